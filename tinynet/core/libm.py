"""C's math library (libm) one float at a time, with the IEEE answers where Python's ``math`` raises; isclose.

The inverse, hyperbolic and exponential functions, and rint, trunc, fmod, ldexp,
hypot, logaddexp, heaviside, nextafter and spacing: each is the careful,
per-element path of a ufunc (``np.arccos``, ``np.expm1``, ...), which first runs
``math``'s function over a whole row and comes here only when it raises.
The common ones (exp, log, sqrt, sin, cos, divide, power) are in ``floats``,
which finds these too (``floats.expm1``) and loads this module on first use.

    >>> acos(2.0), cosh(1000.0), expm1(1e-10), hypot(3.0, 4.0), nextafter(1.0, 2.0)
    (nan, inf, 1.00000000005e-10, 5.0, 1.0000000000000002)
"""

import math
import sys

from tinynet.core.floats import ARITHMETIC_ERRORS, exp, inf, nan
from tinynet.core.fused import to_float32 as _f32


def acos(x):
    """Return arccos(x): nan outside [-1, 1].

    >>> acos(1.0), acos(2.0)
    (0.0, nan)
    """
    return math.acos(x) if -1.0 <= x <= 1.0 else nan


def asin(x):
    """Return arcsin(x): nan outside [-1, 1].

    >>> asin(0.0), asin(-2.0)
    (0.0, nan)
    """
    return math.asin(x) if -1.0 <= x <= 1.0 else nan


def acosh(x):
    """Return arccosh(x) = log(x + sqrt(x*x - 1)): nan below 1, inf at inf.

    >>> acosh(1.0), acosh(0.5), acosh(inf)
    (0.0, nan, inf)
    """
    if x >= 1.0:
        return math.acosh(x) if x != inf else inf
    return nan


def atanh(x):
    """Return arctanh(x) = log((1 + x) / (1 - x)) / 2: +-inf at +-1 (a pole), nan outside [-1, 1].

    >>> atanh(0.0), atanh(1.0), atanh(-1.0), atanh(2.0)
    (0.0, inf, -inf, nan)
    """
    if -1.0 < x < 1.0:
        return math.atanh(x)
    if x == 1.0 or x == -1.0:
        return math.copysign(inf, x)
    return nan


def cosh(x):
    """Return cosh(x) = (e**x + e**-x) / 2: inf where it overflows.

    >>> cosh(0.0), cosh(1000.0)
    (1.0, inf)
    """
    try:
        return math.cosh(x)
    except ARITHMETIC_ERRORS:
        return inf if x == x else nan


def sinh(x):
    """Return sinh(x) = (e**x - e**-x) / 2: +-inf where it overflows.

    >>> sinh(0.0), sinh(-1000.0)
    (0.0, -inf)
    """
    try:
        return math.sinh(x)
    except ARITHMETIC_ERRORS:
        return math.copysign(inf, x) if x == x else nan


def tan(x):
    """Return tan(x): nan at +-inf.

    >>> tan(0.0), tan(inf)
    (0.0, nan)
    """
    return math.tan(x) if x - x == 0 else nan


def exp2(x):
    """Return 2**x: inf where it overflows, 0 where it underflows.

    >>> exp2(10.0), exp2(2000.0), exp2(-2000.0)
    (1024.0, inf, 0.0)
    """
    try:
        return math.pow(2.0, x)
    except ARITHMETIC_ERRORS:
        return inf if x > 0 else 0.0 if x < 0 else nan


def expm1(x):
    """Return e**x - 1, accurate for small x (Kahan's trick where math has no expm1).

    With u = e**x rounded, (u - 1) * (x / log(u)) cancels u's rounding error (the ratio first:
    (u - 1) * x would overflow for x near log of the largest float).

    >>> expm1(0.0), expm1(1e-20), expm1(1000.0), expm1(-inf), expm1(709.7)
    (0.0, 1e-20, inf, -1.0, 1.6549840276802644e+308)
    """
    if _math_expm1 is not None:
        try:
            return _math_expm1(x)
        except ARITHMETIC_ERRORS:
            return inf if x > 0 else nan
    u = exp(x)
    if u == 1.0:
        return x
    v = u - 1.0
    if v == -1.0 or u == inf or x != x:
        return v
    return v * (x / math.log(u))


_math_expm1 = getattr(math, "expm1", None)


def log1p(x):
    """Return log(1 + x), accurate for small x: -inf at -1 (a pole), nan below.

    Without math.log1p: u = 1 + x rounded, then log(u) * (x / (u - 1)), the ratio first so that
    log(u) * x cannot overflow for x near the largest float.

    >>> log1p(0.0), log1p(1e-20), log1p(-1.0), log1p(-2.0), log1p(1.7976931348623157e308)
    (0.0, 1e-20, -inf, nan, 709.782712893384)
    """
    if x > -1.0:
        if _math_log1p is not None:
            return _math_log1p(x) if x != inf else inf
        u = 1.0 + x
        if u == 1.0:
            return x
        return math.log(u) * (x / (u - 1.0)) if u != inf else inf
    if x == -1.0:
        return -inf
    return nan


_math_log1p = getattr(math, "log1p", None)


# Written as strings: a board whose floats are single precision must still load this module.
_CBRT_LOW, _CBRT_HIGH = float("1e-290"), float("1e290")


def cbrt(x):
    """Return the real cube root: cbrt(-8) = -2.

    |x| ** (1/3), then one Newton step y -= (y**3 - x) / (3 y**2), which brings it to within an ulp
    (some libm's cbrt, which math.cbrt calls, give cbrt(27) = 3.0000000000000004).

    >>> cbrt(27.0), cbrt(-8.0), cbrt(-0.0), cbrt(inf)
    (3.0, -2.0, -0.0, inf)
    """
    if x == 0 or x - x != 0:
        return x
    if not _CBRT_LOW < abs(x) < _CBRT_HIGH:  # keep y**3 in the normal range: cbrt(x 2**(3k)) = cbrt(x) 2**k
        k = 200 if abs(x) < 1.0 else -200
        return math.ldexp(cbrt(math.ldexp(x, 3 * k)), -k)
    y = math.copysign(abs(x) ** (1.0 / 3.0), x)
    return y - (y * y * y - x) / (3.0 * y * y)



def rint(x):
    """Round to the nearest integer, halves to even, keeping the sign of a zero (inf and nan stay).

    >>> rint(2.5), rint(3.5), rint(-0.4), rint(inf)
    (2.0, 4.0, -0.0, inf)
    """
    if x - x != 0:
        return x
    return math.copysign(float(round(x)), x)


def trunc(x):
    """Round toward zero, keeping the sign of a zero (inf and nan stay).

    >>> trunc(-2.7), trunc(-0.5), trunc(inf)
    (-2.0, -0.0, inf)
    """
    if x - x != 0:
        return x
    return math.copysign(float(math.trunc(x)), x)


def fmod(x, y):
    """Return the C remainder x - trunc(x / y) * y, with the sign of x: nan where y is 0 or x is inf.

    >>> fmod(-7.0, 3.0), fmod(7.0, -3.0), fmod(1.0, 0.0), fmod(1.0, inf)
    (-1.0, 1.0, nan, 1.0)
    """
    if y == 0 or x - x != 0 or y != y:
        return nan
    return math.fmod(x, y)


def ldexp(x, n):
    """Return x * 2**n exactly (rounded once where the result is subnormal): +-inf on overflow.

    >>> ldexp(3.0, 4), ldexp(1.0, 5000), ldexp(-1.0, 5000), ldexp(1.0, -5000)
    (48.0, inf, -inf, 0.0)
    """
    try:
        return math.ldexp(x, n)
    except ARITHMETIC_ERRORS:
        return math.copysign(inf, x) if n > 0 else math.copysign(0.0, x)


def modulus(x, y):
    """Return |x + yj| = hypot(x, y) through abs() of a complex (MicroPython has no math.hypot): inf if a
    part is infinite (even with a nan) or where it overflows.

    >>> modulus(3.0, 4.0), modulus(1e308, 1e308), modulus(inf, nan)
    (5.0, 1.4142135623730951e+308, inf)
    """
    if x == inf or x == -inf or y == inf or y == -inf:
        return inf
    try:
        return abs(complex(x, y))
    except OverflowError:
        return inf


def hypot(x, y):
    """Return sqrt(x*x + y*y) without needless overflow; inf if either is inf, even with a nan.

    >>> hypot(3.0, 4.0), hypot(1e308, 1e308), hypot(inf, nan)
    (5.0, 1.4142135623730951e+308, inf)
    """
    if x == inf or x == -inf or y == inf or y == -inf:
        return inf
    try:
        return _hypot(x, y)
    except ARITHMETIC_ERRORS:
        return inf


# Veltkamp's splitter 2**ceil(p/2) + 1 for p-bit floats: 2**27 + 1 for doubles, 2**12 + 1 where Python's
# float is single precision (most board firmware)
_SPLITTER = 134217729.0 if 1.0 + 2.0 ** -30 != 1.0 else 4097.0


def _split(a):
    # Veltkamp's split: a = hi + lo exactly, each with at most half the significant bits
    c = _SPLITTER * a
    hi = c - (c - a)
    return hi, a - hi


def _two_product(a, b):
    # Dekker's exact product: a * b = p + err exactly (no overflow for |a|, |b| <= 1)
    p = a * b
    ah, al = _split(a)
    bh, bl = _split(b)
    return p, ((ah * bh - p) + ah * bl + al * bh) + al * bl


def rounded_hypot(x, y):
    """sqrt(x*x + y*y) correctly rounded: the root of the rounded sum, corrected by one Newton step on the
    exact residual x*x + y*y - h*h (Dekker's products, after scaling x to [0.5, 1) by a power of two).
    CPython's math.hypot does this from 3.10 on; on 3.8 and 3.9 it is 1 ulp off in about a third of cases
    (hypot(0.1, 0.7) is 0.7071067811865476 there).

    >>> rounded_hypot(3.0, 4.0), rounded_hypot(1e-320, 0.0), rounded_hypot(0.1, 0.7)
    (5.0, 1e-320, 0.7071067811865475)
    """
    x, y = abs(x), abs(y)
    if x < y:
        x, y = y, x
    if y == 0 or x == inf or x != x or y != y:
        return x + y  # |x| itself, or the inf or nan
    e = math.frexp(x)[1]
    x, y = math.ldexp(x, -e), math.ldexp(y, -e)
    h = math.sqrt(x * x + y * y)
    xx, xe = _two_product(x, x)
    yy, ye = _two_product(y, y)
    hh, he = _two_product(h, h)
    return math.ldexp(h + (((xx - hh) + yy) + ((xe + ye) - he)) / (2.0 * h), e)


_hypot = math.hypot if sys.implementation.name == "cpython" and sys.version_info >= (3, 10) else rounded_hypot


def logaddexp(x, y):
    """Return log(e**x + e**y) without overflow: max(x, y) + log1p(e**-|x - y|).

    >>> logaddexp(0.0, 0.0) == math.log(2.0), logaddexp(1000.0, 1000.0), logaddexp(-inf, 2.0)
    (True, 1000.6931471805599, 2.0)
    """
    if x == y:
        return x + _LN2  # also right for +-inf
    d = x - y
    if d > 0:
        return x + log1p(math.exp(-d))
    if d <= 0:
        return y + log1p(math.exp(d))
    return d  # nan


def logaddexp2(x, y):
    """Return log2(2**x + 2**y) without overflow: max(x, y) + log2(1 + 2**-|x - y|).

    >>> logaddexp2(3.0, 3.0), logaddexp2(-inf, 5.0)
    (4.0, 5.0)
    """
    if x == y:
        return x + 1.0
    d = x - y
    if d > 0:
        return x + log1p(exp2(-d)) / _LN2
    if d <= 0:
        return y + log1p(exp2(d)) / _LN2
    return d


_LN2 = 0.6931471805599453


def logaddexp_single(x, y):
    """Return logaddexp(x, y) as NumPy's float32 loop computes it (its float16 loop calls it too), with
    every step rounded to float32.

    Most of the difference is in x - y: rounded to float32 it can lose the low bits of a small x, and
    when the final sum cancels, the answer from exact steps differs from NumPy's by thousands of ulps.
    Below, x is float32(-0.0003); the exact answer, rounded to float32, is 3.5506978747434914e-05.

    >>> logaddexp_single(-0.0003000000142492354, -8.0)
    3.5506964195519686e-05
    """
    if x == y:
        return _f32(x + _LN2_SINGLE)
    d = _f32(x - y)
    if d > 0:
        return _f32(x + _f32(log1p(_f32(exp(-d)))))
    if d <= 0:
        return _f32(y + _f32(log1p(_f32(exp(d)))))
    return d


def logaddexp2_single(x, y):
    """Return logaddexp2(x, y) as NumPy's float32 loop computes it, every step rounded to float32
    (log2(1 + t) is the float32 product of log2(e) and log1p(t)).

    >>> logaddexp2_single(3.0, 3.0), logaddexp2_single(0.0010000000474974513, -12.0)  # float32(0.001)
    (4.0, 0.0013519334606826305)
    """
    if x == y:
        return _f32(x + 1.0)
    d = _f32(x - y)
    if d > 0:
        return _f32(x + _f32(_LOG2E_SINGLE * _f32(log1p(_f32(exp2(-d))))))
    if d <= 0:
        return _f32(y + _f32(_LOG2E_SINGLE * _f32(log1p(_f32(exp2(d))))))
    return d


_LN2_SINGLE = _f32(_LN2)
_LOG2E_SINGLE = _f32(1.4426950408889634)


def heaviside(x, h0):
    """Return the step function: 0 for x < 0, h0 at 0, 1 for x > 0 (nan for nan).

    >>> heaviside(-2.0, 0.5), heaviside(0.0, 0.5), heaviside(3.0, 0.5)
    (0.0, 0.5, 1.0)
    """
    if x < 0:
        return 0.0
    if x > 0:
        return 1.0
    return h0 if x == 0 else nan


# --------------------------------------------------------------------------
# Neighbouring floats: nextafter and spacing in float16, float32 and float64
# --------------------------------------------------------------------------

# Each binary float format: (precision in bits, frexp exponent of its smallest normal, largest finite).
FORMATS = {
    "float16": (11, -13, 65504.0),
    "float32": (24, -125, 3.4028234663852886e38),
    "float64": (53, -1021, float("1.7976931348623157e308")),
}


def nextafter(x, y, format_name="float64"):
    """Return the next float after x toward y in the named format (y itself if x == y, as C's nextafter).

    Writing |x| = m * 2**e with 1/2 <= m < 1 (frexp), the floats near x are 2**(e - precision) apart, the
    gap halves below a power of two, and subnormals share the smallest normal's gap.

    >>> nextafter(1.0, 2.0), nextafter(1.0, 0.0), nextafter(0.0, -1.0), nextafter(1.0, 2.0, "float32")
    (1.0000000000000002, 0.9999999999999999, -5e-324, 1.0000001192092896)
    """
    if x != x or y != y:
        return nan
    if x == y:
        return x if format_name == "float16" else y  # NumPy's float16 keeps x's zero; C's nextafter gives y
    precision, min_exp, largest = FORMATS[format_name]
    if x == 0:
        return math.copysign(math.ldexp(1.0, min_exp - precision), y)
    if x - x != 0:
        return math.copysign(largest, x)
    m, e = math.frexp(x)
    e = e if e > min_exp else min_exp
    step = math.ldexp(1.0, e - precision)
    toward_zero = (y > x) != (x > 0)
    if toward_zero and abs(m) == 0.5 and e > min_exp:
        step *= 0.5
    value = x + step if y > x else x - step
    if abs(value) > largest:
        return math.copysign(inf, value)
    return value


def spacing(x, format_name="float64"):
    """Return the distance from x to the next float away from zero (nan for inf and nan).

    spacing(-0.0) is the smallest positive subnormal, as NumPy gives.  NumPy's float16 spacing of a
    negative x is the (positive) gap toward zero instead: nextafter(x, inf) - x.

    >>> spacing(1.0), spacing(-1.0), spacing(0.0), spacing(1.0, "float32"), spacing(inf)
    (2.220446049250313e-16, -2.220446049250313e-16, 5e-324, 1.1920928955078125e-07, nan)
    """
    if x - x != 0:
        return nan
    if x == 0 or (x < 0 and format_name == "float16"):
        return nextafter(x, inf, format_name) - x
    return nextafter(x, math.copysign(inf, x), format_name) - x


def isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    """Return whether |a - b| <= atol + rtol * |b|, NumPy's asymmetric test.

    >>> isclose(1.0, 1.0 + 1e-9), isclose(1.0, 1.1), isclose(inf, inf)
    (True, False, True)
    """
    if a != a or b != b:
        return equal_nan and a != a and b != b
    if a == b:
        return True
    if a - a != 0 or b - b != 0:  # an infinity (in either part of a complex number) equals only itself
        return False
    return abs(a - b) <= atol + rtol * abs(b)


def complex_sign(z, round_abs=None):
    """Return z / |z|, NumPy 2's sign of a complex number (0 at 0; round_abs rounds |z| for complex64).

    Where |z| = hypot(x, y) is nan the sign is nan+nanj. Where it is infinite (a part is infinite, or
    |z| overflowed), the sign is the unit number along the axis of the infinite part: +-1 for an
    infinite real part, else +-1j; inf+infj has no direction and gives nan+nanj.

    >>> complex_sign(3 + 4j), complex_sign(0j), complex_sign(complex(float("inf"), float("nan")))
    ((0.6+0.8j), 0j, (1+0j))
    """
    x, y = z.real, z.imag
    r = modulus(x, y)
    if round_abs is not None:
        r = round_abs(r)
    if r != r:
        return complex(nan, nan)
    if r == inf:
        if x in (inf, -inf):
            return complex(nan, nan) if y in (inf, -inf) else complex(1.0 if x > 0 else -1.0, 0.0)
        return complex(0.0, 1.0 if y > 0 else -1.0)
    if r == 0:
        return complex(0.0, 0.0)
    return complex(x / r, y / r)
