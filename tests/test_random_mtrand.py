"""np.random.mtrand against NumPy: the same names, the same objects as np.random's, the same numbers.

scikit-learn's check_random_state hands out ``np.random.mtrand._rand`` for ``None``: it must be the global
generator that ``np.random.seed`` seeds.  Runs with --array-lib=numpy too.
"""
import numpy
import numpy.random.mtrand
import pytest
from hypothesis import given, settings, strategies as st

MTRAND_NAMES = sorted(name for name in dir(numpy.random.mtrand)
                      if not name.startswith("_") and name not in ("np", "operator", "warnings", "Sequence"))


def test_mtrand_holds_numpys_names_as_the_objects_random_holds(tn):
    assert len(MTRAND_NAMES) == 53
    for name in MTRAND_NAMES:
        assert getattr(tn.random.mtrand, name) is getattr(tn.random, name), name
    with pytest.raises(AttributeError):
        tn.random.mtrand.no_such_function  # noqa: B018


def _check_random_state(xp, seed):
    """scikit-learn's check_random_state, as it is written."""
    if seed is None or seed is xp.random:
        return xp.random.mtrand._rand
    if isinstance(seed, int):
        return xp.random.RandomState(seed)
    return seed


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 2 ** 32 - 1))
def test_mtrand_draws_numpys_numbers(tn, seed):
    drawn = []
    for xp in (numpy, tn):
        xp.random.mtrand.seed(seed)
        values = [xp.random.mtrand.rand(3).tolist(), xp.random.mtrand.randint(0, 100, size=4).tolist(),
                  xp.random.mtrand.normal(2.0, 3.0, size=2).tolist(), xp.random.mtrand.binomial(10, 0.3, 3).tolist()]
        generator = _check_random_state(xp, None)
        values.append(generator.uniform(size=2).tolist())
        values.append(_check_random_state(xp, xp.random).random_sample())
        values.append(_check_random_state(xp, seed).randn(2).tolist())
        drawn.append(values)
    assert drawn[1] == drawn[0]
