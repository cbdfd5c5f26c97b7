"""The distributions of NumPy's legacy ``RandomState``, value for value.

``RandomState`` takes these methods from ``LegacyDistributions`` the first time
one of them is asked for (``legacy.load_distributions``). Each one
checks its parameters with NumPy's message, broadcasts them against the size
(``tinynet.random.parameters``), and draws with the algorithms NumPy keeps for
the legacy generator: Gaussians by the polar method with a cached second
value, Exp(1) as ``-log(1 - u)``, gamma by Marsaglia and Tsang on those
Gaussians, binomial by inversion or BTPE (``tinynet.random.discrete``).

>>> from tinynet.random import RandomState
>>> rs = RandomState(0)
>>> rs.binomial(10, 0.5, size=5).tolist()
[5, 6, 5, 5, 5]
>>> rs.poisson(3.0), rs.exponential(2.0)
(6, 1.6788656934776458)

The methods need three things of the class that uses them: ``_double()``
(a uniform double), ``_normal()`` (a legacy Gaussian) and ``_bits`` (the
MT19937 bit generator, for ``bytes`` and ``tomaxint``).
"""

import math

from tinynet.random import continuous as _c
from tinynet.random import discrete as _d
from tinynet.random import sampling as _sampling
from tinynet.random.parameters import FLOAT64, INT64, fill, check
from tinynet.random.multivariate import multinomial_rows, dirichlet_rows, multivariate_normal

__all__ = ['LegacyDistributions']

_NONE = None
_NN = 'non-negative'
_POS = 'positive'


class LegacyDistributions:
    """The legacy distribution methods, mixed into RandomState."""

    def _exponential(self):
        """Return one Exp(1) draw as the legacy generator makes it: -log(1 - u)."""
        return -math.log(1.0 - self._double())

    def _poisson(self, lam):
        return _d.poisson(self._double, lam)

    # -- discrete ------------------------------------------------------------

    def binomial(self, n, p, size=None):
        """Draw from Binomial(n, p): successes in n trials of probability p (inversion or BTPE).

        P(X = k) = C(n, k) p**k (1 - p)**(n - k). With r = min(p, 1 - p), n r <= 30
        inverts the cdf from 0; a larger n r uses BTPE. Even n == 0 or p in {0, 1} draws one double.

        >>> from tinynet.random import RandomState
        >>> RandomState(0).binomial(100, 0.5, size=4).tolist()
        [52, 51, 61, 51]
        >>> RandomState(0).binomial(10, 1.5)
        Traceback (most recent call last):
            ...
        ValueError: p < 0, p > 1 or p is NaN
        """
        double = self._double
        return fill(lambda n_, p_: _d.binomial(double, n_, p_, True), size,
                    [(n, 'n', _NN, int), (p, 'p', 'unit', float)], INT64,
                    lambda count, n_, p_: _d.binomial_draws(double, n_, p_, count, True))

    def poisson(self, lam=1.0, size=None):
        """Draw from Poisson(lam): P(X = k) = lam**k e**-lam / k! (PTRS for lam >= 10, else multiplication).

        >>> from tinynet.random import RandomState
        >>> RandomState(0).poisson(4.0, size=5).tolist()
        [6, 7, 1, 8, 4]
        """
        double = self._double
        return fill(lambda lam_: _d.poisson(double, lam_), size, [(lam, 'lam', 'legacy-poisson', float)], INT64,
                    lambda count, lam_: _d.poisson_draws(double, lam_, count))

    def geometric(self, p, size=None):
        """Draw from Geometric(p), the trial of the first success: P(X = k) = (1 - p)**(k - 1) p, k >= 1.

        >>> from tinynet.random import RandomState
        >>> RandomState(0).geometric(0.2, size=4).tolist()
        [4, 6, 5, 4]
        """
        double = self._double
        return fill(lambda p_: _d.geometric(double, p_, True), size, [(p, 'p', 'unit-above-0', float)], INT64)

    def negative_binomial(self, n, p, size=None):
        """Draw from NegativeBinomial(n, p), failures before the n-th success: Poisson(Gamma(n, (1 - p) / p)).

        >>> from tinynet.random import RandomState
        >>> RandomState(0).negative_binomial(3, 0.5, size=4).tolist()
        [11, 0, 5, 5]
        """
        def draw(n_, p_):
            y = _c._div(1 - p_, p_) * _c.standard_gamma(self, n_)
            return _d.poisson_any(self._double, y)
        return fill(draw, size, [(n, 'n', _POS, float), (p, 'p', 'unit', float)], INT64)

    def hypergeometric(self, ngood, nbad, nsample, size=None):
        """Draw the good items in nsample drawn without replacement from ngood good and nbad bad ones.

        P(X = k) = C(ngood, k) C(nbad, nsample - k) / C(ngood + nbad, nsample).

        >>> from tinynet.random import RandomState
        >>> RandomState(0).hypergeometric(10, 5, 8, size=4).tolist()
        [5, 5, 4, 6]
        >>> RandomState(0).hypergeometric(1, 1, 3)
        Traceback (most recent call last):
            ...
        ValueError: ngood + nbad < nsample
        """
        params = [(ngood, 'ngood', None, int), (nbad, 'nbad', None, int), (nsample, 'nsample', None, int)]
        _check_hypergeometric(params)
        double = self._double
        return fill(lambda g, b, s: _d.hypergeometric(double, g, b, s), size, params, INT64)

    def zipf(self, a, size=None):
        """Draw from Zipf(a): P(X = k) = k**-a / zeta(a), k >= 1, by Devroye's rejection.

        >>> from tinynet.random import RandomState
        >>> RandomState(0).zipf(2.0, size=4).tolist()
        [2, 2, 1, 1]
        """
        double = self._double
        return fill(lambda a_: _d.zipf(double, a_), size, [(a, 'a', 'above-1', float)], INT64)

    def logseries(self, p, size=None):
        """Draw from the logarithmic series: P(X = k) = -p**k / (k ln(1 - p)), k >= 1.

        >>> from tinynet.random import RandomState
        >>> RandomState(0).logseries(0.9, size=4).tolist()
        [3, 2, 4, 7]
        """
        double = self._double
        return fill(lambda p_: _d.logseries(double, p_), size, [(p, 'p', 'unit-below-1', float)], INT64)

    # -- exponential and gamma families --------------------------------------

    def standard_exponential(self, size=None):
        """Draw from Exp(1): -log(1 - u) for a uniform u.

        >>> from tinynet.random import RandomState
        >>> RandomState(0).standard_exponential()
        0.79587450816311
        """
        return fill(self._exponential, size, [], FLOAT64)

    def exponential(self, scale=1.0, size=None):
        """Draw from the exponential distribution of mean scale: scale * -log(1 - u).

        >>> from tinynet.random import RandomState
        >>> RandomState(0).exponential(2.0)
        1.59174901632622
        """
        return fill(lambda s: s * self._exponential(), size, [(scale, 'scale', _NN, float)], FLOAT64)

    def standard_gamma(self, shape, size=None):
        """Draw from Gamma(shape, 1) by Marsaglia and Tsang on legacy Gaussians (Johnk's method below 1).

        >>> from tinynet.random import RandomState
        >>> RandomState(0).standard_gamma(2.5)
        5.93870070324508
        """
        return fill(lambda k: _c.standard_gamma(self, k), size, [(shape, 'shape', _NN, float)], FLOAT64)

    def gamma(self, shape, scale=1.0, size=None):
        """Draw from Gamma(shape, scale): scale * standard_gamma(shape).

        >>> from tinynet.random import RandomState
        >>> RandomState(0).gamma(2.5, 2.0)
        11.87740140649016
        """
        return fill(lambda k, s: s * _c.standard_gamma(self, k), size,
                    [(shape, 'shape', _NN, float), (scale, 'scale', _NN, float)], FLOAT64)

    def beta(self, a, b, size=None):
        """Draw from Beta(a, b): Johnk's method for a, b <= 1, else Ga / (Ga + Gb).

        >>> from tinynet.random import RandomState
        >>> RandomState(0).beta(2.0, 3.0)
        0.6035897484783911
        """
        return fill(lambda a_, b_: _c.beta(self, a_, b_), size, [(a, 'a', _POS, float), (b, 'b', _POS, float)],
                    FLOAT64)

    def chisquare(self, df, size=None):
        """Draw from chi-square(df) = 2 Gamma(df / 2).

        >>> from tinynet.random import RandomState
        >>> RandomState(0).chisquare(3.0)
        8.595176347917409
        """
        return fill(lambda k: _c.chisquare(self, k), size, [(df, 'df', _POS, float)], FLOAT64)

    def noncentral_chisquare(self, df, nonc, size=None):
        """Draw from the noncentral chi-square: chi2(df - 1) + (Z + sqrt(nonc))**2, or a Poisson mixture for df <= 1.

        >>> from tinynet.random import RandomState
        >>> RandomState(0).noncentral_chisquare(3.0, 2.0)
        6.239245521554961
        """
        return fill(lambda k, lam: _c.noncentral_chisquare(self, k, lam, self._poisson, True), size,
                    [(df, 'df', _POS, float), (nonc, 'nonc', _NN, float)], FLOAT64)

    def f(self, dfnum, dfden, size=None):
        """Draw from F(dfnum, dfden) = (chi2(dfnum) / dfnum) / (chi2(dfden) / dfden).

        >>> from tinynet.random import RandomState
        >>> RandomState(0).f(3.0, 5.0)
        2.5483773867869313
        """
        return fill(lambda a, b: _c.f(self, a, b), size,
                    [(dfnum, 'dfnum', _POS, float), (dfden, 'dfden', _POS, float)], FLOAT64)

    def noncentral_f(self, dfnum, dfden, nonc, size=None):
        """Draw from the noncentral F: (noncentral chi2(dfnum, nonc) / dfnum) / (chi2(dfden) / dfden).

        >>> from tinynet.random import RandomState
        >>> RandomState(0).noncentral_f(3.0, 5.0, 2.0)
        0.9717417001774388
        """
        return fill(lambda a, b, lam: _c.noncentral_f(self, a, b, lam, self._poisson, True), size,
                    [(dfnum, 'dfnum', _POS, float), (dfden, 'dfden', _POS, float), (nonc, 'nonc', _NN, float)],
                    FLOAT64)

    def standard_t(self, df, size=None):
        """Draw from Student's t(df) = Z / sqrt(chi2(df) / df), drawn as sqrt(df / 2) Z / sqrt(Gamma(df / 2)).

        >>> from tinynet.random import RandomState
        >>> RandomState(0).standard_t(3.0)
        1.6796902172594506
        """
        return fill(lambda k: _c.standard_t(self, k), size, [(df, 'df', _POS, float)], FLOAT64)

    # -- from Gaussians ------------------------------------------------------

    def standard_cauchy(self, size=None):
        """Draw from the standard Cauchy distribution: the ratio of two Gaussians.

        >>> from tinynet.random import RandomState
        >>> RandomState(0).standard_cauchy()
        4.40839827218306
        """
        return fill(lambda: _c.standard_cauchy(self), size, [], FLOAT64)

    def lognormal(self, mean=0.0, sigma=1.0, size=None):
        """Draw from the log-normal distribution: exp(mean + sigma Z).

        >>> from tinynet.random import RandomState
        >>> RandomState(0).lognormal(0.0, 1.0)
        5.836039190663969
        """
        return fill(lambda m, s: _c._exp(m + s * self._normal()), size,
                    [(mean, 'mean', None, float), (sigma, 'sigma', _NN, float)], FLOAT64)

    def wald(self, mean, scale, size=None):
        """Draw from the Wald (inverse Gaussian) distribution by Michael, Schucany and Haas.

        >>> from tinynet.random import RandomState
        >>> RandomState(0).wald(1.0, 2.0)
        0.3078756406229838
        """
        return fill(lambda m, s: _c.wald(self, m, s), size,
                    [(mean, 'mean', _POS, float), (scale, 'scale', _POS, float)], FLOAT64)

    # -- from one uniform or one exponential ---------------------------------

    def laplace(self, loc=0.0, scale=1.0, size=None):
        """Draw from Laplace(loc, scale), density exp(-|x - loc| / scale) / (2 scale), by inversion.

        >>> from tinynet.random import RandomState
        >>> RandomState(0).laplace(0.0, 1.0)
        0.10272732760316473
        """
        return fill(lambda m, s: _c.laplace(self, m, s), size,
                    [(loc, 'loc', None, float), (scale, 'scale', _NN, float)], FLOAT64)

    def logistic(self, loc=0.0, scale=1.0, size=None):
        """Draw from Logistic(loc, scale): loc + scale ln(u / (1 - u)).

        >>> from tinynet.random import RandomState
        >>> RandomState(0).logistic(0.0, 1.0)
        0.19587791157148726
        """
        return fill(lambda m, s: _c.logistic(self, m, s), size,
                    [(loc, 'loc', None, float), (scale, 'scale', _NN, float)], FLOAT64)

    def gumbel(self, loc=0.0, scale=1.0, size=None):
        """Draw from Gumbel(loc, scale): loc - scale ln(-ln(1 - u)).

        >>> from tinynet.random import RandomState
        >>> RandomState(0).gumbel(0.0, 1.0)
        0.2283137586277238
        """
        return fill(lambda m, s: _c.gumbel(self, m, s), size,
                    [(loc, 'loc', None, float), (scale, 'scale', _NN, float)], FLOAT64)

    def rayleigh(self, scale=1.0, size=None):
        """Draw from Rayleigh(scale): scale sqrt(-2 log1p(-u)).

        >>> from tinynet.random import RandomState
        >>> RandomState(0).rayleigh(1.0)
        1.2616453607595994
        """
        return fill(lambda s: _c.rayleigh(self, s, True), size, [(scale, 'scale', _NN, float)], FLOAT64)

    def pareto(self, a, size=None):
        """Draw from the Pareto II (Lomax) distribution: exp(E / a) - 1 for E ~ Exp(1).

        >>> from tinynet.random import RandomState
        >>> RandomState(0).pareto(3.0)
        0.30381098483863833
        """
        return fill(lambda a_: _c.pareto(self, a_, True), size, [(a, 'a', _POS, float)], FLOAT64)

    def power(self, a, size=None):
        """Draw from the power distribution, density a x**(a - 1) on [0, 1]: (1 - exp(-E))**(1 / a).

        >>> from tinynet.random import RandomState
        >>> RandomState(0).power(3.0)
        0.8187316819035433
        """
        return fill(lambda a_: _c.power(self, a_, True), size, [(a, 'a', _POS, float)], FLOAT64)

    def weibull(self, a, size=None):
        """Draw from Weibull(a): E**(1 / a) for E ~ Exp(1) (0 when a == 0).

        >>> from tinynet.random import RandomState
        >>> RandomState(0).weibull(2.0)
        0.892117990045661
        """
        return fill(lambda a_: _c.weibull(self, a_), size, [(a, 'a', _NN, float)], FLOAT64)

    def triangular(self, left, mode, right, size=None):
        """Draw from the triangular distribution on [left, right] with its peak at mode, by inversion.

        >>> from tinynet.random import RandomState
        >>> RandomState(0).triangular(0.0, 1.0, 3.0)
        1.354667517966034
        >>> RandomState(0).triangular(1.0, 1.0, 1.0)
        Traceback (most recent call last):
            ...
        ValueError: left == right
        """
        params = [(left, 'left', None, float), (mode, 'mode', None, float), (right, 'right', None, float)]
        _check_triangular(params)
        return fill(lambda l, m, r: _c.triangular(self, l, m, r), size, params, FLOAT64)

    def vonmises(self, mu, kappa, size=None):
        """Draw from von Mises(mu, kappa) on [-pi, pi], density exp(kappa cos(x - mu)) / (2 pi I0(kappa)).

        >>> from tinynet.random import RandomState
        >>> RandomState(0).vonmises(0.0, 4.0)
        0.5664411022373059
        """
        return fill(lambda m, k: _c.vonmises(self, m, k, True), size,
                    [(mu, 'mu', None, float), (kappa, 'kappa', _NN, float)], FLOAT64)

    # -- vectors -------------------------------------------------------------

    def multinomial(self, n, pvals, size=None):
        """Draw counts of n trials over len(pvals) outcomes: a chain of binomials, k_j ~ B(n - sum k, p_j / rest).

        >>> from tinynet.random import RandomState
        >>> RandomState(0).multinomial(10, [0.2, 0.3, 0.5], size=2).tolist()
        [[2, 4, 4], [2, 3, 5]]
        """
        index = _sampling.index_or_none(n)
        if index is None:
            raise TypeError('an integer is required')
        return multinomial_rows(self._double, index, pvals, size, legacy=True)

    def dirichlet(self, alpha, size=None):
        """Draw from Dirichlet(alpha): independent Gamma(alpha_j) draws divided by their sum.

        >>> from tinynet.random import RandomState
        >>> RandomState(0).dirichlet([1.0, 2.0, 3.0]).tolist()
        [0.08199566722160008, 0.29043792278812774, 0.6275664099902721]
        """
        return dirichlet_rows(lambda a: _c.standard_gamma(self, a), alpha, size, legacy=True)

    def multivariate_normal(self, mean, cov, size=None, check_valid='warn', tol=1e-8):
        """Draw from N(mean, cov): mean + z (sqrt(s) v) for z ~ N(0, I) and the SVD cov = u diag(s) v.

        >>> from tinynet.random import RandomState
        >>> RandomState(0).multivariate_normal([0.0, 1.0], [[1.0, 0.0], [0.0, 4.0]]).round(6).tolist()
        [0.400157, 4.528105]
        """
        return multivariate_normal(self.standard_normal, mean, cov, size, check_valid, tol, method='svd')

    # -- integers and bytes --------------------------------------------------

    def random_integers(self, low, high=None, size=None):
        """Draw ints uniform in the closed range [low, high] ([1, low] if high is None); deprecated in NumPy.

        >>> import warnings
        >>> from tinynet.random import RandomState
        >>> with warnings.catch_warnings():
        ...     warnings.simplefilter('ignore')
        ...     RandomState(0).random_integers(5)
        np.int64(5)
        """
        if high is None:
            high = low
            low = 1
        _warn_deprecated('This function is deprecated. Please call randint(%s, %s + 1) instead' % (low, high))
        return self.randint(low, int(_sampling.scalar_value(high)) + 1 if _sampling.is_scalar(high)
                            else _plus_one(high), size, 'int64')

    def tomaxint(self, size=None):
        """Draw ints uniform in [0, 2**63 - 1]: a 64-bit word shifted right by one.

        >>> from tinynet.random import RandomState
        >>> RandomState(0).tomaxint()
        5061911111874532631
        """
        bits = self._bits
        return fill(lambda: bits.next_uint64() >> 1, size, [], INT64)

    def bytes(self, length):
        """Return length random bytes: 32-bit words, little-endian, cut to length.

        >>> from tinynet.random import RandomState
        >>> RandomState(0).bytes(5)
        b'\\xac\\n\\x7f\\x8c/'
        """
        length = _sampling.as_dimension(length)
        n_words = (length - 1) // 4 + 1 if length > 0 else 1   # C's division: even 0 bytes draws a word
        out = bytearray()
        for word in self._bits.uint32s(n_words):
            out.extend(bytes((word & 0xFF, (word >> 8) & 0xFF, (word >> 16) & 0xFF, word >> 24)))
        return bytes(out[:length])


def _plus_one(high):
    values, shape = _sampling.flatten(high)
    return _sampling.build([int(v) + 1 for v in values], shape, INT64)


def _warn_deprecated(message):
    try:
        import warnings
    except ImportError:   # MicroPython
        return
    warnings.warn(message, DeprecationWarning, stacklevel=3)


def _check_hypergeometric(params):
    """Check ngood, nbad, nsample as NumPy does: the total first, then each sign, then nsample >= 1."""
    columns = []
    all_scalar = True
    for value, _, _, kind in params:
        values, shape = _sampling.flatten(value)
        all_scalar = all_scalar and _sampling.is_scalar(value)
        columns.append((values, shape))
    try:
        shape = _sampling.broadcast_shapes([s for _, s in columns])
    except ValueError:
        return   # fill reports the mismatch
    good, bad, sample = [_sampling.expand([int(v) for v in vals], s, shape) for vals, s in columns]
    nan_words = ' is NaN' if all_scalar else ' contains NaNs'
    for g, b, s in zip(good, bad, sample):
        if g + b < s:
            raise ValueError('ngood + nbad < nsample')
    check(good, 'ngood', 'non-negative', not all_scalar)
    check(bad, 'nbad', 'non-negative', not all_scalar)
    for s in sample:
        if s < 1:
            raise ValueError('nsample < 1 or nsample' + nan_words)


def _check_triangular(params):
    """Check left <= mode <= right and left < right, in NumPy's order."""
    columns = [_sampling.flatten(value) for value, _, _, _ in params]
    try:
        shape = _sampling.broadcast_shapes([s for _, s in columns])
    except ValueError:
        return   # fill reports the mismatch
    left, mode, right = [_sampling.expand([float(v) for v in vals], s, shape) for vals, s in columns]
    if any(l > m for l, m in zip(left, mode)):
        raise ValueError('left > mode')
    if any(m > r for m, r in zip(mode, right)):
        raise ValueError('mode > right')
    if any(l == r for l, r in zip(left, right)):
        raise ValueError('left == right')
