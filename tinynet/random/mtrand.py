"""``numpy.random.mtrand``: the legacy generator under NumPy's older module name.

It holds ``RandomState`` and the functions of the global generator (``mtrand.rand`` is ``np.random.rand``),
and ``_rand``, the global RandomState itself, which code such as scikit-learn's ``check_random_state``
reaches for.  Everything is looked up in ``tinynet.random`` on first use.

    >>> from tinynet.random import mtrand
    >>> mtrand.seed(0); mtrand.rand()
    0.5488135039273248
    >>> mtrand._rand.randint(10, size=3).tolist(), mtrand.RandomState(0).rand()
    ([5, 0, 3], 0.5488135039273248)
"""

_NAMES = (" RandomState beta binomial bytes chisquare choice dirichlet exponential f gamma geometric "
          "get_bit_generator get_state gumbel hypergeometric laplace logistic lognormal logseries multinomial "
          "multivariate_normal negative_binomial noncentral_chisquare noncentral_f normal pareto permutation "
          "poisson power rand randint randn random random_integers random_sample ranf rayleigh sample seed "
          "set_bit_generator set_state shuffle standard_cauchy standard_exponential standard_gamma "
          "standard_normal standard_t triangular uniform vonmises wald weibull zipf ")


def __getattr__(name):
    if name == "_rand":  # the global generator, made (and seeded) on first use
        from tinynet.random import legacy

        return legacy._state()
    if " " not in name and " " + name + " " in _NAMES:
        import tinynet.random

        return getattr(tinynet.random, name)
    raise AttributeError("module 'tinynet.random.mtrand' has no attribute %r" % name)


def __dir__():
    return sorted(_NAMES.split() + ["_rand"])
