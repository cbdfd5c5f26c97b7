"""Random numbers, as ``numpy.random``, value for value.

The legacy global generator (``seed``, ``rand``, ``randn``, ...; MT19937) lives in ``legacy``, the modern
``default_rng`` (PCG64, the ziggurat) in ``generator``. Bit generators are in ``mt19937`` and ``pcg64``;
what both share is in ``sampling``, ``bounded`` and ``weighted``.

Importing this package loads the legacy generator's code but makes no generator: the global one is made
and seeded on first use. The distributions (``binomial``, ``gamma``, ...; ``legacy_distributions``,
``discrete``, ``continuous``), ``Generator``, ``default_rng`` and the bit generators (big ints on every
MicroPython port) load on first use too.

    >>> import tinynet as np
    >>> np.random.seed(0); np.random.rand(), np.random.randint(10, size=3).tolist()
    (0.5488135039273248, [5, 0, 3])
"""

from tinynet.random.legacy import (
    RandomState,
    choice,
    get_state,
    normal,
    permutation,
    rand,
    randint,
    randn,
    random,
    random_sample,
    ranf,
    sample,
    seed,
    set_state,
    shuffle,
    standard_normal,
    uniform,
)

_DISTRIBUTIONS = (
    "binomial", "poisson", "geometric", "negative_binomial", "hypergeometric", "zipf", "logseries",
    "standard_exponential", "exponential", "standard_gamma", "gamma", "beta", "chisquare",
    "noncentral_chisquare", "f", "noncentral_f", "standard_t", "standard_cauchy", "lognormal", "wald",
    "laplace", "logistic", "gumbel", "rayleigh", "pareto", "power", "weibull", "triangular", "vonmises",
    "multinomial", "dirichlet", "multivariate_normal", "random_integers", "bytes",
)
_LAZY = {"Generator": "generator", "default_rng": "generator", "BitGenerator": "bit_generator",
         "SeedSequence": "pcg64", "PCG64": "pcg64", "MT19937": "bit_generators", "PCG64DXSM": "bit_generators",
         "Philox": "bit_generators", "SFC64": "bit_generators", "get_bit_generator": "legacy_bits",
         "set_bit_generator": "legacy_bits"}
# MicroPython asks the package's __getattr__ for a submodule on `from tinynet.random import pcg64`
# before it imports it, and stops at an AttributeError; so the submodules are served here too.
_SUBMODULES = ("bit_generator", "bit_generators", "bounded", "continuous", "discrete", "exponential_ziggurat",
               "generator", "generator_distributions", "generator_gamma", "generator_vectors", "lapack_blocks", "lapack_eigh", "lapack_svd", "legacy", "legacy_bits", "legacy_distributions", "mtrand",
               "mt19937", "multivariate", "parameters", "pcg64", "sampling", "urn", "weighted", "ziggurat")


def __getattr__(name):
    if name in _DISTRIBUTIONS:
        # np.random.binomial and the other distributions: made, with their code, on first use
        from tinynet.random import legacy

        value = getattr(legacy, name)
        globals()[name] = value
        return value
    if name in _LAZY:
        module = __import__("tinynet.random." + _LAZY[name], None, None, [_LAZY[name]])
        value = getattr(module, name)
        globals()[name] = value
        return value
    if name in _SUBMODULES:
        return __import__("tinynet.random." + name, None, None, [name])
    raise AttributeError("module 'tinynet.random' has no attribute %r" % name)


__all__ = [
    "BitGenerator", "Generator", "MT19937", "PCG64", "PCG64DXSM", "Philox", "RandomState", "SFC64", "SeedSequence", "beta", "binomial", "bytes", "chisquare", "choice", "default_rng",
    "dirichlet", "exponential", "f", "gamma", "geometric", "get_bit_generator", "get_state", "gumbel", "hypergeometric", "laplace",
    "logistic", "lognormal", "logseries", "multinomial", "multivariate_normal", "negative_binomial",
    "noncentral_chisquare", "noncentral_f", "normal", "pareto", "permutation", "poisson", "power", "rand",
    "randint", "randn", "random", "random_integers", "random_sample", "ranf", "rayleigh", "sample", "seed",
    "set_bit_generator", "set_state", "shuffle", "standard_cauchy", "standard_exponential", "standard_gamma", "standard_normal",
    "standard_t", "triangular", "uniform", "vonmises", "wald", "weibull", "zipf",
]
