"""tinynet.random on every runtime: seeded draws equal NumPy's legacy global generator's."""
import tinynet as np

import cases_random
import portable_support as support


def test_seeded_streams_match_numpy():
    support.check_cases(cases_random.RANDOM, support.load_fixture("random"), np)


def test_reseeding_restarts_the_stream():
    np.random.seed(123)
    first = np.random.rand(4).tolist() + np.random.randn(3).tolist()
    np.random.seed(123)
    second = np.random.rand(4).tolist() + np.random.randn(3).tolist()
    assert first == second, (first, second)
