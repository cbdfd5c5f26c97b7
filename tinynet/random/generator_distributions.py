"""Distributions of NumPy's ``Generator``, value for value: the ones built on uniforms and Gaussians.

``Generator`` inherits these methods from ``GeneratorDistributions``. They share
their samplers with the legacy ``RandomState`` (``tinynet.random.discrete`` and
``tinynet.random.continuous``), with Generator's differences: Gaussians from
the 256-layer ziggurat, no draw at all for binomial's n == 0 or p == 0, von
Mises as a normal for kappa > 1e6, zipf's a >= 1025 giving 1, and logseries
with log1p and expm1. ``hypergeometric`` draws from the urn or by HRUA
(``tinynet.random.urn``), ``wald`` with the rationalised form of Michael,
Schucany and Haas's root, and ``bytes`` from 32-bit words.

>>> from tinynet.random import default_rng
>>> rng = default_rng(0)
>>> rng.binomial(10, 0.5, size=4).tolist(), rng.poisson(3.0)
([6, 4, 2, 2], 7)

The methods need ``_bits`` (the bit generator) of the class that uses them.
"""

import math

from tinynet.random import continuous as _c
from tinynet.random import discrete as _d
from tinynet.random import sampling as _sampling
from tinynet.random import urn as _urn
from tinynet.random import ziggurat as _ziggurat
from tinynet.random import exponential_ziggurat as _ezig
from tinynet.core import nested as _nested
from tinynet.random.parameters import FLOAT64, INT64, check, fill
from tinynet.random.legacy_distributions import _check_triangular
from tinynet.random.generator_gamma import GammaFamily
from tinynet.random.generator_vectors import VectorDistributions

__all__ = ['GeneratorDistributions']

_NN = 'non-negative'
_POS = 'positive'
_HYPERGEOMETRIC_MAX = 10**9
_INT64_MIN, _INT64_MAX = -0x8000000000000000, 0x7FFFFFFFFFFFFFFF
# the dtypes that cast safely to int64
_SAFE_TO_INT64 = ('bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32')


class GeneratorDistributions(GammaFamily, VectorDistributions):
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

    def hypergeometric(self, ngood, nbad, nsample, size=None):
        """Draw the good items among nsample drawn without replacement from ngood good and nbad bad ones.

        P(X = k) = C(ngood, k) C(nbad, nsample - k) / C(ngood + nbad, nsample). A sample
        under 10 (or leaving under 10 behind) is drawn from the urn item by item, any other
        by HRUA (``tinynet.random.urn``). ngood and nbad must be below 10**9; nsample may be 0.

        >>> from tinynet.random import default_rng
        >>> default_rng(0).hypergeometric(10, 5, 8, size=4).tolist()
        [6, 4, 7, 6]
        >>> default_rng(0).hypergeometric(1, 1, 3)
        Traceback (most recent call last):
            ...
        ValueError: ngood + nbad < nsample
        """
        params = _hypergeometric_parameters(ngood, nbad, nsample)
        bits = self._bits
        return fill(lambda g, b, s: _urn.hypergeometric(bits, g, b, s), size, params, INT64)

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

    def wald(self, mean, scale, size=None):
        """Draw from the Wald (inverse Gaussian) distribution by Michael, Schucany and Haas: a normal and a uniform.

        With Y = mean Z**2, the smaller root of their quadratic is written without cancellation, as
        NumPy 2.4 writes it: X = mean (1 - 2 / (1 + sqrt(1 + 4 scale / Y))). The draw is X if
        U <= mean / (mean + X), else mean**2 / X. mean and scale must be > 0 (nan passes, and gives nan).

        >>> from tinynet.random import default_rng
        >>> default_rng(0).wald(1.0, 2.0, size=3).tolist()
        [0.9149595352110188, 0.6382249742954071, 1.4572439264515373]
        >>> default_rng(0).wald(0.0, 1.0)
        Traceback (most recent call last):
            ...
        ValueError: mean <= 0
        """
        return fill(self._wald, size, [(mean, 'mean', _POS, float), (scale, 'scale', _POS, float)], FLOAT64)

    def _wald(self, mean, scale):
        y = self._normal()
        y = mean * y * y
        x = mean * (1.0 - 2.0 / (1.0 + math.sqrt(1.0 + _c._div(4 * scale, y))))
        if self._double() <= _c._div(mean, mean + x):
            return x
        return _c._div(mean * mean, x)

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

    # -- bytes ---------------------------------------------------------------

    def bytes(self, length):
        """Return length random bytes: ceil(length / 4) 32-bit words, each little-endian, cut to length.

        The words count as C counts them, (length - 1) / 4 + 1 with the quotient truncated,
        so even bytes(0) draws a word, as NumPy's does.

        >>> from tinynet.random import default_rng
        >>> default_rng(0).bytes(5)
        b'_\\x82\\xc2\\xd9\\xcf'
        """
        length = _as_intp(length)
        n_words = _c_quotient(length - 1, 4) + 1
        if n_words < 0:
            raise ValueError('negative dimensions are not allowed')
        out = bytearray()
        for word in self._bits.uint32s(n_words):
            out.extend(bytes((word & 0xFF, (word >> 8) & 0xFF, (word >> 16) & 0xFF, word >> 24)))
        return bytes(out[:length])


def _c_quotient(a, b):
    """Return a / b truncated toward zero, as C divides ints."""
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def _as_intp(value):
    """Return value as a C npy_intp, as Cython converts an argument: ints and floats (truncated) only."""
    index = _sampling.index_or_none(value)
    if index is None:
        if isinstance(value, (str, bytes)) or not hasattr(value, '__float__') or hasattr(value, '__len__'):
            raise TypeError('an integer is required')
        number = float(value)
        if number != number:
            raise ValueError('cannot convert float NaN to integer')
        if number in (float('inf'), float('-inf')):
            raise OverflowError('cannot convert float infinity to integer')
        index = int(number)
    if not _INT64_MIN <= index <= _INT64_MAX:
        raise OverflowError('Python int too large to convert to C long')
    return index


# ---------------------------------------------------------------------------
# hypergeometric's parameters
# ---------------------------------------------------------------------------

def _int64_values(value):
    """Return (flat ints, shape, is_array) of a parameter converted to int64 as NumPy converts it.

    An array must cast safely (a float array is refused); a Python float or a list of them
    is truncated; an int outside int64 overflows.
    """
    dtype = getattr(value, 'dtype', None)
    values, shape = _sampling.flatten(value)
    if dtype is not None and hasattr(value, 'shape'):
        name = getattr(dtype, 'name', str(dtype))
        if name not in _SAFE_TO_INT64:
            where = 'scalar' if len(shape) == 0 else 'array data'
            raise TypeError("Cannot cast %s from dtype('%s') to dtype('int64') according to the rule 'safe'"
                            % (where, name))
    ints = []
    for v in values:
        index = _sampling.index_or_none(v)
        if index is None:
            if isinstance(v, float) and v != v:
                raise ValueError('cannot convert float NaN to integer')
            index = int(v)      # a float truncates; a string gives int()'s ValueError, as in NumPy
        if not _INT64_MIN <= index <= _INT64_MAX:
            raise OverflowError('Python int too large to convert to C long')
        ints.append(index)
    return ints, shape


def _hypergeometric_parameters(ngood, nbad, nsample):
    """Return fill's parameters for hypergeometric, checked in NumPy's order.

    First ngood and nbad < 10**9, then ngood + nbad >= nsample (broadcast as np.add and np.less
    broadcast), then each >= 0.
    """
    columns = [_int64_values(value) for value in (ngood, nbad, nsample)]
    (good, good_shape), (bad, bad_shape), (sample, sample_shape) = columns
    for v in good + bad:
        if v >= _HYPERGEOMETRIC_MAX:
            raise ValueError('both ngood and nbad must be less than %d' % _HYPERGEOMETRIC_MAX)
    total_shape = _nested.broadcast_shapes(good_shape, bad_shape)
    totals = [g + b for g, b in zip(_sampling.expand(good, good_shape, total_shape),
                                    _sampling.expand(bad, bad_shape, total_shape))]
    pair_shape = _nested.broadcast_shapes(total_shape, sample_shape)
    for t, s in zip(_sampling.expand(totals, total_shape, pair_shape),
                    _sampling.expand(sample, sample_shape, pair_shape)):
        if t < s:
            raise ValueError('ngood + nbad < nsample')
    params = []
    for (values, shape), name in zip(columns, ('ngood', 'nbad', 'nsample')):
        check(values, name, _NN, len(shape) > 0)
        value = values[0] if len(shape) == 0 else _sampling.build(values, shape, INT64)
        params.append((value, name, None, int))
    return params
