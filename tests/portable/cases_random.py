"""Seeded draws from the legacy global generator, run with NumPy (fixtures) and with tinynet (tests).

Each case seeds ``np.random`` itself, so the cases do not depend on the order they run in. The
draws must match NumPy's value for value: ints exactly, floats within the suite's tolerance.
"""


def _draws(np, seed, *draws):
    """Seed the global generator, then return the result of each draw function in order."""
    np.random.seed(seed)
    return tuple([draw() for draw in draws])


def _generator_draws(np, seed):
    """Draw from NumPy's modern Generator (PCG64, the ziggurat normal, Lemire's integers)."""
    rng = np.random.default_rng(seed)
    return (rng.random(4), rng.standard_normal((2, 3)), rng.normal(1.0, 0.5, size=3),
            rng.integers(0, 10, size=6), rng.uniform(-1, 1, size=2), rng.permutation(6),
            rng.choice(5, size=3, replace=False))


def _generator_shuffled(np, seed, a, axis):
    """Shuffle a in place along axis with the modern Generator, then return it."""
    np.random.default_rng(seed).shuffle(a, axis=axis)
    return a


def _shuffled(np, seed, a):
    np.random.seed(seed)
    np.random.shuffle(a)
    return a


RANDOM = [
    ("rand_1d", lambda np: _draws(np, 0, lambda: np.random.rand(5))),
    ("rand_2d", lambda np: _draws(np, 42, lambda: np.random.rand(3, 2))),
    ("rand_scalar_then_array", lambda np: _draws(np, 1, lambda: np.random.rand(), lambda: np.random.rand(2))),
    ("random_sample", lambda np: _draws(np, 1, lambda: np.random.random_sample((2, 3)))),
    ("random", lambda np: _draws(np, 2, lambda: np.random.random(4), lambda: np.random.random())),
    ("randn", lambda np: _draws(np, 3, lambda: np.random.randn(4), lambda: np.random.randn(2, 3))),
    ("randn_odd_counts", lambda np: _draws(np, 4, lambda: np.random.randn(3), lambda: np.random.randn(1),
                                           lambda: np.random.randn())),
    ("standard_normal", lambda np: _draws(np, 5, lambda: np.random.standard_normal(5),
                                          lambda: np.random.standard_normal((2, 2)))),
    ("normal", lambda np: _draws(np, 7, lambda: np.random.normal(1.5, 0.2, size=4),
                                 lambda: np.random.normal(loc=-1.0, scale=3.0, size=(2, 3)),
                                 lambda: np.random.normal())),
    ("uniform", lambda np: _draws(np, 9, lambda: np.random.uniform(-1, 1, size=5),
                                  lambda: np.random.uniform(size=(2, 2)), lambda: np.random.uniform(2.0, 3.0))),
    ("gaussian_cache_across_calls", lambda np: _draws(np, 2, lambda: np.random.randn(1), lambda: np.random.rand(2),
                                                      lambda: np.random.randn(3))),
    ("randint", lambda np: _draws(np, 11, lambda: np.random.randint(0, 10, size=8),
                                  lambda: np.random.randint(5), lambda: np.random.randint(-3, 3, size=(2, 4)))),
    ("randint_wide", lambda np: _draws(np, 12, lambda: np.random.randint(0, 1000000, size=4),
                                       lambda: np.random.randint(0, 5000000000, size=3))),
    ("randint_power_of_two", lambda np: _draws(np, 13, lambda: np.random.randint(0, 256, size=6),
                                               lambda: np.random.randint(1, 2, size=3))),
    ("shuffle_1d", lambda np: _shuffled(np, 13, np.arange(10))),
    ("shuffle_rows", lambda np: _shuffled(np, 14, np.arange(12).reshape(4, 3))),
    ("shuffle_3d", lambda np: _shuffled(np, 15, np.arange(24).reshape(4, 3, 2))),
    ("permutation_3d", lambda np: _draws(np, 16, lambda: np.random.permutation(np.arange(24).reshape(4, 2, 3)))),
    ("generator_shuffle_axis", lambda np: _generator_shuffled(np, 8, np.arange(24).reshape(2, 3, 4), 2)),
    ("permutation", lambda np: _draws(np, 17, lambda: np.random.permutation(8))),
    ("permutation_array", lambda np: _draws(np, 18, lambda: np.random.permutation(np.array([[1, 2], [3, 4], [5, 6]])))),
    ("choice_int", lambda np: _draws(np, 19, lambda: np.random.choice(5, size=6))),
    ("choice_array", lambda np: _draws(np, 20, lambda: np.random.choice(np.array([0.5, 1.5, 2.5]), size=4))),
    ("choice_without_replacement", lambda np: _draws(np, 21, lambda: np.random.choice(10, size=4, replace=False))),
    ("choice_p", lambda np: _draws(np, 22, lambda: np.random.choice(3, size=6, p=[0.1, 0.6, 0.3]))),
    ("choice_scalar", lambda np: _draws(np, 23, lambda: np.random.choice(7))),
    ("reseeding_repeats", lambda np: _draws(np, 0, lambda: np.random.rand(3), lambda: np.random.seed(0),
                                            lambda: np.random.rand(3))),
    ("large_seed", lambda np: _draws(np, 4294967295, lambda: np.random.rand(2), lambda: np.random.randint(0, 100, 3))),
    ("default_rng", lambda np: _generator_draws(np, 42)),
    ("default_rng_large_seed", lambda np: _generator_draws(np, 2 ** 40 + 7)),
    ("tutorial_weights", lambda np: _draws(np, 0, lambda: np.random.randn(3, 4) * 0.01, lambda: np.zeros((1, 4)))),
]
