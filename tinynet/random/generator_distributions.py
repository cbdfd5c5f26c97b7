"""Distributions of NumPy's ``Generator``, value for value: the ones built on uniforms and Gaussians.

``Generator`` inherits these methods from ``GeneratorDistributions``. They share
their samplers with the legacy ``RandomState`` (``tinynet.random.discrete`` and
``tinynet.random.continuous``), with Generator's differences: Gaussians from
the 256-layer ziggurat, no draw at all for binomial's n == 0 or p == 0, von
Mises as a normal for kappa > 1e6, zipf's a >= 1025 giving 1, and logseries
with log1p and expm1.

>>> from tinynet.random import default_rng
>>> rng = default_rng(0)
>>> rng.binomial(10, 0.5, size=4).tolist(), rng.poisson(3.0)
([6, 4, 2, 2], 7)

The methods need ``_bits`` (the bit generator) of the class that uses them.
"""

import math

from tinynet.random import continuous as _c
from tinynet.random import discrete as _d
from tinynet.random import ziggurat as _ziggurat
from tinynet.random import exponential_ziggurat as _ezig
from tinynet.random.parameters import FLOAT64, INT64, fill
from tinynet.random.legacy_distributions import _check_triangular
from tinynet.random.generator_gamma import GammaFamily

__all__ = ['GeneratorDistributions']

_NN = 'non-negative'
_POS = 'positive'


class GeneratorDistributions(GammaFamily):
    """Generator's distribution methods built on uniform doubles and ziggurat Gaussians."""

    @property
    def _double(self):
        return self._bits.next_double

    def _normal(self):
        return _ziggurat.standard_normals(self._bits, 1)[0]

    def _exponential(self):
        return _ezig.standard_exponentials(self._bits, 1)[0]

    def _poisson(self, lam):
        return _d.poisson(self._double, lam)

    # -- discrete ------------------------------------------------------------

    def binomial(self, n, p, size=None):
        """Draw from Binomial(n, p) by inversion (n min(p, 1 - p) <= 30) or BTPE; n == 0 or p == 0 draws nothing.

        >>> from tinynet.random import default_rng
        >>> default_rng(0).binomial(100, 0.5, size=4).tolist()
        [51, 57, 31, 53]
        """
        double = self._double
        return fill(lambda n_, p_: _d.binomial(double, n_, p_, False), size,
                    [(n, 'n', _NN, int), (p, 'p', 'unit', float)], INT64,
                    lambda count, n_, p_: _d.binomial_draws(double, n_, p_, count, False))

    def poisson(self, lam=1.0, size=None):
        """Draw from Poisson(lam): PTRS for lam >= 10, else multiplication of uniforms.

        >>> from tinynet.random import default_rng
        >>> default_rng(0).poisson(4.0, size=5).tolist()
        [2, 0, 7, 3, 4]
        """
        double = self._double
        return fill(lambda lam_: _d.poisson(double, lam_), size, [(lam, 'lam', 'poisson', float)], INT64,
                    lambda count, lam_: _d.poisson_draws(double, lam_, count))

    def zipf(self, a, size=None):
        """Draw from Zipf(a), P(X = k) = k**-a / zeta(a), by Devroye's rejection (a >= 1025 gives 1).

        >>> from tinynet.random import default_rng
        >>> default_rng(0).zipf(2.0, size=4).tolist()
        [2, 1, 2, 5]
        """
        double = self._double
        return fill(lambda a_: _d.zipf(double, a_, False), size, [(a, 'a', 'above-1', float)], INT64)

    def logseries(self, p, size=None):
        """Draw from the logarithmic series, P(X = k) = -p**k / (k ln(1 - p)), by Kemp's LK.

        >>> from tinynet.random import default_rng
        >>> default_rng(0).logseries(0.9, size=4).tolist()
        [1, 1, 2, 3]
        """
        double = self._double
        return fill(lambda p_: _d.logseries(double, p_, False), size, [(p, 'p', 'unit-below-1', float)], INT64)

    # -- continuous ----------------------------------------------------------

    def standard_cauchy(self, size=None):
        """Draw from the standard Cauchy distribution: the ratio of two ziggurat Gaussians.

        >>> from tinynet.random import default_rng
        >>> default_rng(0).standard_cauchy()
        -0.9517455902902531
        """
        return fill(lambda: _c.standard_cauchy(self), size, [], FLOAT64)

    def lognormal(self, mean=0.0, sigma=1.0, size=None):
        """Draw from the log-normal distribution: exp(mean + sigma Z).

        >>> from tinynet.random import default_rng
        >>> default_rng(0).lognormal()
        1.133976204153072
        """
        return fill(lambda m, s: _c._exp(m + s * self._normal()), size,
                    [(mean, 'mean', None, float), (sigma, 'sigma', _NN, float)], FLOAT64)

    def laplace(self, loc=0.0, scale=1.0, size=None):
        """Draw from Laplace(loc, scale) by inversion: loc + scale ln(2u), or loc - scale ln(2 - 2u).

        >>> from tinynet.random import default_rng
        >>> default_rng(0).laplace()
        0.3200997251577807
        """
        return fill(lambda m, s: _c.laplace(self, m, s), size,
                    [(loc, 'loc', None, float), (scale, 'scale', _NN, float)], FLOAT64)

    def logistic(self, loc=0.0, scale=1.0, size=None):
        """Draw from Logistic(loc, scale): loc + scale ln(u / (1 - u)).

        >>> from tinynet.random import default_rng
        >>> default_rng(0).logistic()
        0.5622011350067172
        """
        return fill(lambda m, s: _c.logistic(self, m, s), size,
                    [(loc, 'loc', None, float), (scale, 'scale', _NN, float)], FLOAT64)

    def gumbel(self, loc=0.0, scale=1.0, size=None):
        """Draw from Gumbel(loc, scale): loc - scale ln(-ln(1 - u)).

        >>> from tinynet.random import default_rng
        >>> default_rng(0).gumbel()
        -0.013159932702447984
        """
        return fill(lambda m, s: _c.gumbel(self, m, s), size,
                    [(loc, 'loc', None, float), (scale, 'scale', _NN, float)], FLOAT64)

    def triangular(self, left, mode, right, size=None):
        """Draw from the triangular distribution on [left, right] peaking at mode, by inversion of its cdf.

        >>> from tinynet.random import default_rng
        >>> default_rng(0).triangular(0.0, 1.0, 3.0)
        1.5241172553108178
        """
        params = [(left, 'left', None, float), (mode, 'mode', None, float), (right, 'right', None, float)]
        _check_triangular(params)
        return fill(lambda l, m, r: _c.triangular(self, l, m, r), size, params, FLOAT64)

    def vonmises(self, mu, kappa, size=None):
        """Draw from von Mises(mu, kappa) by Best and Fisher's rejection; a normal of variance 1/kappa past 1e6.

        >>> from tinynet.random import default_rng
        >>> default_rng(0).vonmises(0.0, 4.0)
        -0.742072989908773
        """
        return fill(lambda m, k: _c.vonmises(self, m, k, False), size,
                    [(mu, 'mu', None, float), (kappa, 'kappa', _NN, float)], FLOAT64)
