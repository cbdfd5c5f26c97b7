"""Generator's distributions built on the exponential ziggurat: the exponential and gamma families and their kin.

``GammaFamily`` is mixed into ``Generator``. Every method draws as NumPy 2.4's
Generator draws, value for value for the same seed:

- Exp(1) from the 256-layer exponential ziggurat (``tinynet.random.exponential_ziggurat``),
  or ``-log1p(-u)`` with ``method='inv'``;
- Gamma(k) by Marsaglia and Tsang on the ziggurat Gaussians for k > 1, and for
  k < 1 the rejection that takes a uniform and an exponential (``continuous.standard_gamma``);
- beta by Johnk's method for a, b <= 1, else Ga / (Ga + Gb); chi-square, F, t and
  the noncentral forms from gammas, normals and Poissons;
- pareto expm1(E / a), power (-expm1(-E))**(1/a), weibull E**(1/a), rayleigh
  scale sqrt(2E), geometric ceil(-E / log1p(-p)) below p = 1/3;
- negative binomial as Poisson(Gamma(n, (1 - p) / p)), Dirichlet as normalised
  gammas (or stick-breaking betas when every alpha < 0.1).

>>> from tinynet.random import default_rng
>>> rng = default_rng(0)
>>> rng.standard_exponential(), rng.standard_gamma(2.5)
(0.6799319039689096, 1.9779727954936381)
"""

import math

from tinynet.random import continuous as _c
from tinynet.random import discrete as _d
from tinynet.random import exponential_ziggurat as _ezig
from tinynet.core import dtypes as _dtypes
from tinynet.core import nested as _nested
from tinynet.random import sampling as _sampling
from tinynet.random.parameters import FLOAT64, INT64, POISSON_LAM_MAX, fill, check
from tinynet.random.multivariate import multinomial_row, rows_shape, vector_values, kahan_sum

__all__ = ['GammaFamily']

_NN = 'non-negative'
_POS = 'positive'
_INT64_MAX = 0x7FFFFFFFFFFFFFFF


def _check_float64(dtype, name):
    """Refuse any dtype but float64 with NumPy's TypeError (float32 draws are not built)."""
    dt = _dtypes.as_dtype(dtype)
    if dt.name != 'float64':
        raise TypeError('Unsupported dtype %r for %s' % (dt, name))


def _log1p(x):
    try:
        return math.log1p(x)
    except AttributeError:   # MicroPython
        return _c._log1p(x)


class GammaFamily:
    """Generator's methods on exponential and gamma variates (needs _bits, _double, _normal, _exponential)."""

    # -- exponential -------------------------------------------------------

    def standard_exponential(self, size=None, dtype='float64', method='zig'):
        """Draw from Exp(1), density exp(-x) on x >= 0: the exponential ziggurat, or -log1p(-u) for method 'inv'.

        dtype float32 draws from 32-bit words with float32 tables (see exponential_ziggurat).

        >>> from tinynet.random import default_rng
        >>> default_rng(0).standard_exponential(3).tolist()
        [0.6799319039689096, 1.0195971014658647, 0.019806662589055352]
        >>> default_rng(0).standard_exponential(method='inv')
        1.013246905717726
        """
        dt = _dtypes.as_dtype(dtype)
        if dt.name == 'float32':
            return self._float32_exponentials(size, method)
        _check_float64(dtype, 'standard_exponential')
        shape = _sampling.shape_of_size(size)
        count = 1 if shape is None else _nested.size_of(shape)
        if method == 'zig':
            values = _ezig.standard_exponentials(self._bits, count)
        else:
            values = [-_log1p(-u) for u in self._bits.doubles(count)]
        if shape is None:
            return values[0]
        return _sampling.build(values, shape, FLOAT64)

    def _float32_exponentials(self, size, method):
        """Exp(1) in float32: the ziggurat on 32-bit words, or -log1p(-u) for a 24-bit uniform u."""
        shape = _sampling.shape_of_size(size)
        count = 1 if shape is None else _nested.size_of(shape)
        if method == 'zig':
            values = _ezig.standard_exponentials_float(self._bits, count)
        else:
            f32 = _ezig.to_float32
            values = [f32(-f32(_log1p(-_ezig._next_float(self._bits)))) for _ in range(count)]
        if shape is None:
            return values[0]
        return _sampling.build(values, shape, _dtypes.FLOAT32)

    def exponential(self, scale=1.0, size=None):
        """Draw from the exponential distribution of mean scale: scale * E for E ~ Exp(1).

        >>> from tinynet.random import default_rng
        >>> default_rng(0).exponential(2.0)
        1.3598638079378191
        """
        return fill(lambda s: s * self._exponential(), size, [(scale, 'scale', _NN, float)], FLOAT64)

    # -- gamma and its relatives ---------------------------------------------

    def standard_gamma(self, shape, size=None, dtype='float64'):
        """Draw from Gamma(shape, 1): Marsaglia and Tsang for shape > 1, Exp(1) at 1, a rejection below.

        >>> from tinynet.random import default_rng
        >>> default_rng(0).standard_gamma(0.5, size=2).tolist()
        [0.43566582109041196, 0.0016788296637499191]
        """
        _check_float64(dtype, 'standard_gamma')
        return fill(lambda k: _c.standard_gamma(self, k), size, [(shape, 'shape', _NN, float)], FLOAT64)

    def gamma(self, shape, scale=1.0, size=None):
        """Draw from Gamma(shape, scale): scale * standard_gamma(shape).

        >>> from tinynet.random import default_rng
        >>> default_rng(0).gamma(2.5, 2.0)
        4.71411182833197
        """
        return fill(lambda k, s: s * _c.standard_gamma(self, k), size,
                    [(shape, 'shape', _NN, float), (scale, 'scale', _NN, float)], FLOAT64)

    def beta(self, a, b, size=None):
        """Draw from Beta(a, b): Johnk's X / (X + Y), X = U**(1/a), Y = V**(1/b) for a, b <= 1, else Ga / (Ga + Gb).

        >>> from tinynet.random import default_rng
        >>> default_rng(0).beta(2.0, 3.0)
        0.322405312761077
        """
        return fill(self._beta, size, [(a, 'a', _POS, float), (b, 'b', _POS, float)], FLOAT64)

    def _beta(self, a, b):
        """One Beta(a, b) draw; when X or Y underflows to 0 the ratio X / (X + Y) is taken in logs.

        With m = max(ln X, ln Y), ln X - m and ln Y - m are at most 0, and
        X / (X + Y) = exp((ln X - m) - logaddexp(ln X - m, ln Y - m)).
        Below a, b < 3e-103 the draw is 1 with probability a / (a + b) (U (a + b) < a), else 0.
        """
        if a < 3e-103 and b < 3e-103:
            # Beta(a, b) then puts all but 1e-100 of its mass on 0 and 1: a Bernoulli trial
            # (compared as U (a + b) < a, which rounds as NumPy's does for subnormal a and b)
            return 1.0 if self._double() * (a + b) < a else 0.0
        if a <= 1.0 and b <= 1.0:
            while True:
                u = self._double()
                v = self._double()
                x = _c._pow(u, _c._div(1.0, a))    # a == 0 (a Dirichlet stick) gives x = 0
                y = _c._pow(v, _c._div(1.0, b))
                total = x + y
                if total <= 1.0 and u + v > 0.0:
                    if x > 0 and y > 0:
                        return x / total
                    log_x = _c._div(_c._log(u), a)
                    log_y = _c._div(_c._log(v), b)
                    log_m = log_x if log_x > log_y else log_y
                    log_x -= log_m
                    log_y -= log_m
                    return _c._exp(log_x - _logaddexp(log_x, log_y))
        ga = _c.standard_gamma(self, a)
        gb = _c.standard_gamma(self, b)
        return _c._div(ga, ga + gb)

    def chisquare(self, df, size=None):
        """Draw from chi-square(df) = 2 Gamma(df / 2).

        >>> from tinynet.random import default_rng
        >>> default_rng(0).chisquare(3.0)
        2.615616684311462
        """
        return fill(lambda k: _c.chisquare(self, k), size, [(df, 'df', _POS, float)], FLOAT64)

    def f(self, dfnum, dfden, size=None):
        """Draw from F(dfnum, dfden) = (chi2(dfnum) dfden) / (chi2(dfden) dfnum).

        >>> from tinynet.random import default_rng
        >>> default_rng(0).f(3.0, 5.0)
        0.6701212235021777
        """
        return fill(lambda a, b: _c.f(self, a, b), size,
                    [(dfnum, 'dfnum', _POS, float), (dfden, 'dfden', _POS, float)], FLOAT64)

    def standard_t(self, df, size=None):
        """Draw from Student's t(df) = Z / sqrt(chi2(df) / df), drawn as sqrt(df / 2) Z / sqrt(Gamma(df / 2)).

        >>> from tinynet.random import default_rng
        >>> default_rng(0).standard_t(3.0)
        0.1517493114514101
        """
        return fill(lambda k: _c.standard_t(self, k), size, [(df, 'df', _POS, float)], FLOAT64)

    def noncentral_chisquare(self, df, nonc, size=None):
        """Draw from the noncentral chi-square: chi2(df - 1) + (Z + sqrt(nonc))**2 for df > 1, else a Poisson mixture.

        A nan nonc gives nan without drawing.

        >>> from tinynet.random import default_rng
        >>> default_rng(0).noncentral_chisquare(3.0, 2.0)
        3.0036665241990277
        """
        return fill(lambda k, lam: _c.noncentral_chisquare(self, k, lam, self._poisson, False), size,
                    [(df, 'df', _POS, float), (nonc, 'nonc', _NN, float)], FLOAT64)

    def noncentral_f(self, dfnum, dfden, nonc, size=None):
        """Draw from the noncentral F: (noncentral chi2(dfnum, nonc) dfden) / (chi2(dfden) dfnum).

        >>> from tinynet.random import default_rng
        >>> default_rng(0).noncentral_f(3.0, 5.0, 2.0)
        0.7695396264528124
        """
        return fill(lambda a, b, lam: _c.noncentral_f(self, a, b, lam, self._poisson, False), size,
                    [(dfnum, 'dfnum', _POS, float), (dfden, 'dfden', _POS, float), (nonc, 'nonc', _NN, float)],
                    FLOAT64)

    # -- transforms of one exponential ---------------------------------------

    def pareto(self, a, size=None):
        """Draw from the Pareto II (Lomax) distribution: expm1(E / a) for E ~ Exp(1).

        >>> from tinynet.random import default_rng
        >>> default_rng(0).pareto(3.0)
        0.2543831878606541
        """
        return fill(lambda a_: _c.pareto(self, a_, False), size, [(a, 'a', _POS, float)], FLOAT64)

    def power(self, a, size=None):
        """Draw from the power distribution, density a x**(a - 1) on [0, 1]: (-expm1(-E))**(1 / a).

        >>> from tinynet.random import default_rng
        >>> default_rng(0).power(3.0)
        0.7901652743207939
        """
        return fill(lambda a_: _c.power(self, a_, False), size, [(a, 'a', _POS, float)], FLOAT64)

    def weibull(self, a, size=None):
        """Draw from Weibull(a): E**(1 / a) for E ~ Exp(1), and 0 when a == 0.

        >>> from tinynet.random import default_rng
        >>> default_rng(0).weibull(2.0)
        0.824579834806133
        """
        return fill(lambda a_: _c.weibull(self, a_), size, [(a, 'a', _NN, float)], FLOAT64)

    def rayleigh(self, scale=1.0, size=None):
        """Draw from Rayleigh(scale): scale sqrt(2 E) for E ~ Exp(1).

        >>> from tinynet.random import default_rng
        >>> default_rng(0).rayleigh(1.0)
        1.1661319856421997
        """
        return fill(lambda s: _c.rayleigh(self, s, False), size, [(scale, 'scale', _NN, float)], FLOAT64)

    # -- discrete ------------------------------------------------------------

    def _geometric(self, p):
        """One Geometric(p) draw: a search of the cdf for p >= 1/3, else ceil(-E / log1p(-p)) capped at 2**63 - 1."""
        if p >= 0.333333333333333333333333:
            return _d.geometric(self._double, p, False)
        z = -self._exponential() / _log1p(-p)
        if z >= 9.223372036854776e+18:
            return _INT64_MAX
        return int(math.ceil(z))

    def geometric(self, p, size=None):
        """Draw from Geometric(p) on 1, 2, ...: the number of trials up to the first success, P(X = k) = (1 - p)**(k - 1) p.

        >>> from tinynet.random import default_rng
        >>> default_rng(0).geometric(0.1, size=4).tolist()
        [7, 10, 1, 1]
        """
        return fill(self._geometric, size, [(p, 'p', 'unit-above-0', float)], INT64)

    def negative_binomial(self, n, p, size=None):
        """Draw from NegBinomial(n, p), the failures before the n-th success: Poisson(Gamma(n, (1 - p) / p)).

        n and p must keep the Poisson's mean plus ten deviations below NumPy's limit:
        n (1 - p) / p + 10 n sqrt(1 - p) / p < 2**63 - 1 - 10 sqrt(2**63 - 1).

        >>> from tinynet.random import default_rng
        >>> default_rng(0).negative_binomial(5, 0.5, size=4).tolist()
        [1, 5, 1, 2]
        """
        params = [(n, 'n', 'positive-not-nan', float), (p, 'p', 'unit-above-0', float)]
        _check_poisson_limit(params)
        return fill(self._negative_binomial, size, params, INT64)

    def _negative_binomial(self, n, p):
        y = (1 - p) / p * _c.standard_gamma(self, n)
        return _d.poisson(self._double, y)


    # -- vectors -------------------------------------------------------------

    def dirichlet(self, alpha, size=None):
        """Draw from Dirichlet(alpha): gammas g_j ~ Gamma(alpha_j) divided by their sum.

        When every alpha_j < 0.1 it breaks a stick instead, x_j = V_j prod(1 - V_i, i < j)
        with V_j ~ Beta(alpha_j, alpha_j+1 + ... + alpha_k), which keeps tiny alphas from
        underflowing to 0 / 0. A zero alpha_j gives x_j = 0.

        >>> from tinynet.random import default_rng
        >>> default_rng(0).dirichlet([1.0, 2.0, 3.0]).round(6).tolist()
        [0.135351, 0.298971, 0.565678]
        """
        alpha = vector_values(alpha, 'alpha')
        for a in alpha:
            if a < 0:
                raise ValueError('alpha < 0')
        k = len(alpha)
        shape = rows_shape(size, k)
        out = [0.0] * _nested.size_of(shape)
        if k > 0:
            small = all(a < 0.1 for a in alpha)      # False when an alpha is nan, as for NumPy's max
            row = self._dirichlet_sticks if small else self._dirichlet_gammas
            for start in range(0, len(out), k):
                row(alpha, out, start)
        return _sampling.build(out, shape, FLOAT64)

    def _dirichlet_gammas(self, alpha, out, start):
        acc = 0.0
        for j, a in enumerate(alpha):
            g = _c.standard_gamma(self, a)
            out[start + j] = g
            acc += g
        inverse = _c._div(1.0, acc)
        for j in range(len(alpha)):
            out[start + j] = _times(out[start + j], inverse)

    def _dirichlet_sticks(self, alpha, out, start):
        k = len(alpha)
        if sum(alpha) == 0:        # every alpha is 0: the row stays 0, nothing is drawn
            return
        tails = [0.0] * k           # tails[j] = alpha[j] + ... + alpha[k - 1]
        tails[k - 1] = alpha[k - 1]
        for j in range(k - 2, -1, -1):
            tails[j] = tails[j + 1] + alpha[j]
        acc = 1.0
        for j in range(k - 1):
            v = self._beta(alpha[j], tails[j + 1])     # Beta(a, 0) is 1, as C computes it
            out[start + j] = acc * v
            acc *= 1.0 - v
            if tails[j + 1] == 0:
                break
        out[start + k - 1] = acc

    def multinomial(self, n, pvals, size=None):
        """Draw counts of n trials over the last axis of pvals: a chain of binomials, k_j ~ B(n - sum k, p_j / rest).

        n (ints) and the rows of pvals broadcast against each other (and against size,
        whose shape the rows then take); the output has one more axis, of len(pvals[-1]).

        >>> from tinynet.random import default_rng
        >>> default_rng(0).multinomial(10, [0.2, 0.3, 0.5], size=2).tolist()
        [[2, 2, 6], [0, 1, 9]]
        >>> default_rng(0).multinomial([3, 4], [0.5, 0.5]).tolist()
        [[2, 1], [1, 3]]
        """
        p_values, p_shape = _sampling.flatten(pvals)
        if len(p_shape) == 0 or p_shape[-1] == 0:
            raise ValueError('pvals must have at least 1 dimension and the last dimension of pvals '
                             'must be greater than 0.')
        d = p_shape[-1]
        p_values = [float(v) for v in p_values]
        n_values, n_shape = _sampling.flatten(n)
        n_values = [_as_count(v) for v in n_values]
        for count in n_values:
            if count < 0:
                raise ValueError('n < 0')
        check(p_values, 'pvals', 'unit', True)
        rows = [p_values[start:start + d] for start in range(0, len(p_values), d)]
        for row in rows:
            if kahan_sum(row[:-1]) > 1.0 + 1e-12:
                raise ValueError('sum(pvals[:-1]) > 1.0')
        shape = _sampling.shape_of_size(size)
        batch, (counts, which) = _sampling.broadcast_parameters(
            shape, [(n_values, n_shape), (list(range(len(rows))), p_shape[:-1])])
        out = [0] * (len(counts) * d)
        for i in range(len(counts)):
            multinomial_row(self._double, counts[i], rows[which[i]], out, i * d)
        return _sampling.build(out, tuple(batch) + (d,), INT64)


def _as_count(value):
    """Return a number of trials as NumPy's int64 cast does: ints as they are, floats truncated."""
    index = _sampling.index_or_none(value)
    if index is not None:
        return index
    value = float(value)
    if value != value or value in (float('inf'), float('-inf')):
        raise ValueError('cannot convert float %s to integer' % value)
    return int(value)


def _check_poisson_limit(params):
    """Check negative_binomial's (n, p) against the Poisson's limit, after each parameter's own rule."""
    flats = []
    for value, name, rule, _ in params:
        values, shape = _sampling.flatten(value)
        values = [float(v) for v in values]
        check(values, name, rule, not _sampling.is_scalar(value))
        flats.append((values, shape))
    _, (ns, ps) = _sampling.broadcast_parameters(None, flats)
    for n, p in zip(ns, ps):
        # the largest Poisson mean a draw can meet, as NumPy bounds it: (1 - p) / p * (n + 10 sqrt(n))
        if (1 - p) / p * (n + 10 * math.sqrt(n)) > POISSON_LAM_MAX:
            raise ValueError('n too large or p too small, see Generator.negative_binomial Notes')


def _logaddexp(x, y):
    """Return ln(e**x + e**y) as max + log1p(exp(-|x - y|)), which neither overflows nor underflows."""
    if x == y:
        return x + 0.6931471805599453
    gap = x - y
    if gap > 0:
        return x + _log1p(_c._exp(-gap))
    return y + _log1p(_c._exp(gap))


def _times(value, inverse):
    """value * inverse with C's nan for 0 * inf."""
    if value == 0.0 and inverse == float('inf'):
        return float('nan')
    return value * inverse
