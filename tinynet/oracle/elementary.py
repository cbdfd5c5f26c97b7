"""Correctly rounded exp, log, their relatives, the hyperbolic functions, sqrt, hypot and pow.

Each function takes a float (an input of the dtype), settles the special values (nan, infinities, zeros,
domain errors, overflow and underflow) as IEEE 754 and the Array API standard say, and hands the rest to
``correctly_rounded`` with an evaluator that returns a value and an error bound.  ``u = 10**(1 - p)`` is
at least twice the relative error of one correctly rounded p-digit decimal operation; decimal's ``exp``,
``ln``, ``log10`` and ``sqrt`` are correctly rounded, and ``+ - * /`` are too.

    >>> exp(1.0) == 2.718281828459045, exp(-1000.0), exp(710.0), log(-1.0)
    (True, 0.0, inf, nan)
    >>> expm1(1e-300), log1p(-0.0), exp(1.0, "float32")
    (1e-300, -0.0, 2.7182817459106445)

Arguments near 0 of functions that cancel there (expm1, log1p, sinh, tanh, asinh, atanh) get
``-log10|x|`` extra digits, so the absolute error stays small relative to the result; below ``2**-30``
their Taylor polynomials, with the next term as the error bound, answer at once.
"""

import math
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal, localcontext
from fractions import Fraction

from tinynet.oracle.exact import round_sqrt
from tinynet.oracle.rounding import round_fraction
from tinynet.oracle.ziv import START_DIGITS, context, correctly_rounded, unit

INF = math.inf
NAN = math.nan
TINY = 2.0 ** -30


def _extra(x):
    """Return the digits lost to cancellation near 0: -log10|x| for |x| < 1, else 0."""
    return max(0, -Decimal(x).adjusted()) + 2


def _series_or(p, x, series):
    """Return the Taylor (value, bound) for tiny x on the first pass, or None to use the general method."""
    if p == START_DIGITS and abs(x) < TINY:
        return series(Fraction(x))
    return None


def _decimal(q):
    """Return the Fraction q as a Decimal rounded in the current context (relative error <= u/2)."""
    return Decimal(q.numerator) / Decimal(q.denominator)


# ---------------------------------------------------------------------------------------------------------
# exp and log


_EXP_CONTEXT = context(START_DIGITS)
_EXP_UNIT = unit(START_DIGITS)
_FLOOR = context(START_DIGITS + 5, ROUND_FLOOR)
_CEILING = context(START_DIGITS + 5, ROUND_CEILING)


def _exp(p, x):
    v = Decimal(x).exp()
    return v, v * unit(p)


def exp(x, dtype="float64"):
    """Return e**x correctly rounded: decimal's exp is correctly rounded, err <= |v| u / 2."""
    x = float(x)
    if x != x or x == INF:
        return x
    if x == -INF or x < -1200:
        return 0.0
    if x > 1200:
        return INF
    if x == 0:
        return 1.0
    if dtype == "float64":  # the first pass of Ziv's loop, inlined: most inputs end here
        v = _EXP_CONTEXT.exp(Decimal(x))
        err = v * _EXP_UNIT
        low = float(_FLOOR.subtract(v, err))
        if low == float(_CEILING.add(v, err)):
            return low
    return correctly_rounded(_exp, dtype, x)


def _expm1(p, x):
    series = _series_or(p, x, lambda t: (t + t * t / 2, abs(t) ** 3 / 5))
    if series:
        return series
    with localcontext() as ctx:
        ctx.prec = p + _extra(x)
        e = Decimal(x).exp()
        v = e - 1
        return v, (e + abs(v)) * unit(ctx.prec)


def expm1(x, dtype="float64"):
    """Return e**x - 1: exp at p - log10|x| digits, then one subtraction; err <= (e**x + |v|) u."""
    x = float(x)
    if x != x or x == INF or x == 0:
        return x
    if x == -INF or x < -200:
        return -1.0 if x == -INF else correctly_rounded(lambda p: (Fraction(-1), Fraction(1, 10 ** 80)), dtype)
    if x > 1200:
        return INF
    return correctly_rounded(_expm1, dtype, x)


def _log_domain(x):
    """Return the special value of log at x, or None for 0 < x < inf."""
    if x != x or x == INF:
        return x
    if x == 0:
        return -INF
    if x < 0:
        return NAN
    return None


def _log(p, x):
    v = Decimal(x).ln()
    return v, abs(v) * unit(p)


def log(x, dtype="float64"):
    """Return ln x: decimal's ln is correctly rounded, err <= |v| u / 2 (log 1 is exactly +0)."""
    x = float(x)
    special = _log_domain(x)
    if special is not None:
        return special
    return 0.0 if x == 1 else correctly_rounded(_log, dtype, x)


def _log2(p, x):
    v = Decimal(x).ln() / Decimal(2).ln()
    return v, 2 * abs(v) * unit(p)


def log2(x, dtype="float64"):
    """Return log2 x = ln x / ln 2 (three roundings, err <= 2 |v| u); powers of two give their exponent."""
    x = float(x)
    special = _log_domain(x)
    if special is not None:
        return special
    mantissa, exponent = math.frexp(x)
    if mantissa == 0.5:
        return float(exponent - 1)
    return correctly_rounded(_log2, dtype, x)


def _log10(p, x):
    v = Decimal(x).log10()
    return v, abs(v) * unit(p)


def log10(x, dtype="float64"):
    """Return log10 x: decimal's log10 is correctly rounded (and exact at powers of ten)."""
    x = float(x)
    special = _log_domain(x)
    if special is not None:
        return special
    return 0.0 if x == 1 else correctly_rounded(_log10, dtype, x)


def _log1p(p, x):
    series = _series_or(p, x, lambda t: (t - t * t / 2, abs(t) ** 3 / 2))
    if series:
        return series
    with localcontext() as ctx:
        ctx.prec = p + _extra(x)
        v = (1 + Decimal(x)).ln()  # 1 + x has relative error u/2: ln moves by at most u/2 (1 + u)
        return v, (1 + abs(v)) * unit(ctx.prec)


def log1p(x, dtype="float64"):
    """Return ln(1 + x), with 1 + x formed at p - log10|x| digits so that its rounding stays relative."""
    x = float(x)
    if x != x or x == INF or x == 0:
        return x
    if x == -1:
        return -INF
    if x < -1:
        return NAN
    return correctly_rounded(_log1p, dtype, x)


# ---------------------------------------------------------------------------------------------------------
# hyperbolic functions


def _sinh(p, x):
    series = _series_or(p, x, lambda t: (t + t ** 3 / 6, abs(t) ** 5 / 100))
    if series:
        return series
    with localcontext() as ctx:
        ctx.prec = p + _extra(x)
        a = Decimal(x).exp()
        b = 1 / a
        v = (a - b) / 2
        return v, (2 * (a + b) + abs(v)) * unit(ctx.prec)


def sinh(x, dtype="float64"):
    """Return (e**x - e**-x) / 2, at p - log10|x| digits near 0; err <= (2 (e**x + e**-x) + |v|) u."""
    x = float(x)
    if x != x or x in (INF, -INF) or x == 0:
        return x
    if abs(x) > 1200:
        return math.copysign(INF, x)
    return correctly_rounded(_sinh, dtype, x)


def _cosh(p, x):
    a = Decimal(x).exp()
    v = (a + 1 / a) / 2
    return v, 3 * v * unit(p)


def cosh(x, dtype="float64"):
    """Return (e**x + e**-x) / 2: no cancellation, four roundings, err <= 3 v u."""
    x = abs(float(x))
    if x != x or x == INF:
        return x
    if x > 1200:
        return INF
    return 1.0 if x == 0 else correctly_rounded(_cosh, dtype, x)


def _tanh(p, x):
    series = _series_or(p, x, lambda t: (t - t ** 3 / 3, abs(t) ** 5 / 4))
    if series:
        return series
    with localcontext() as ctx:
        ctx.prec = p + _extra(x)
        u = unit(ctx.prec)
        e = (2 * Decimal(x)).exp()
        t = e - 1                                  # expm1(2x), absolute error (e + |t|) u
        relative_t = (e + abs(t)) * u / abs(t)
        v = t / (t + 2)
        return v, abs(v) * (2 * relative_t + 3 * u)


def tanh(x, dtype="float64"):
    """Return expm1(2x) / (expm1(2x) + 2); past |x| = 40 the value is within 1e-34 of +-1."""
    x = float(x)
    if x != x or x == 0:
        return x
    if abs(x) > 40:
        one = math.copysign(1, x)
        return correctly_rounded(lambda p: (Fraction(one) * (1 - Fraction(1, 10 ** 34)),
                                            Fraction(1, 10 ** 34)), dtype)
    return correctly_rounded(_tanh, dtype, x)


def _asinh(p, x):
    series = _series_or(p, x, lambda t: (t - t ** 3 / 6, abs(t) ** 5 / 10))
    if series:
        return series
    with localcontext() as ctx:
        ctx.prec = p + _extra(x)
        a = abs(Decimal(x))
        v = (a + (a * a + 1).sqrt()).ln()  # the argument has relative error <= 3u/2
        return v.copy_sign(Decimal(x)), (2 + abs(v)) * unit(ctx.prec)


def asinh(x, dtype="float64"):
    """Return sign(x) ln(|x| + sqrt(x**2 + 1)), at p - log10|x| digits near 0."""
    x = float(x)
    if x != x or x in (INF, -INF) or x == 0:
        return x
    return correctly_rounded(_asinh, dtype, x)


def _acosh(p, x):
    w = (Fraction(x) - 1) * (Fraction(x) + 1)  # x**2 - 1 exactly
    v = (Decimal(x) + _decimal(w).sqrt()).ln()
    return v, (2 + abs(v)) * unit(p)


def acosh(x, dtype="float64"):
    """Return ln(x + sqrt((x - 1)(x + 1))), with (x - 1)(x + 1) exact; nan below 1."""
    x = float(x)
    if x != x or x == INF:
        return x
    if x < 1:
        return NAN
    return 0.0 if x == 1 else correctly_rounded(_acosh, dtype, x)


def _atanh(p, x):
    series = _series_or(p, x, lambda t: (t + t ** 3 / 3, abs(t) ** 5 / 4))
    if series:
        return series
    with localcontext() as ctx:
        ctx.prec = p + _extra(x)
        ratio = _decimal((1 + Fraction(x)) / (1 - Fraction(x)))  # exact ratio, one rounding
        v = ratio.ln() / 2
        return v, (1 + abs(v)) * unit(ctx.prec)


def atanh(x, dtype="float64"):
    """Return ln((1 + x) / (1 - x)) / 2 with the ratio exact before one rounding; +-inf at +-1."""
    x = float(x)
    if x != x or x == 0:
        return x
    if abs(x) == 1:
        return math.copysign(INF, x)
    if abs(x) > 1:
        return NAN
    return correctly_rounded(_atanh, dtype, x)


# ---------------------------------------------------------------------------------------------------------
# roots and powers


def sqrt(x, dtype="float64"):
    """Return sqrt(x) exactly rounded by integer square roots (``round_sqrt``); sqrt(-0.0) is -0.0."""
    x = float(x)
    if x != x or x == INF or x == 0:
        return x
    return NAN if x < 0 else round_sqrt(Fraction(x), dtype)


def hypot(x, y, dtype="float64"):
    """Return sqrt(x**2 + y**2) rounded once from the exact sum of squares; inf wins over nan."""
    x, y = float(x), float(y)
    if x in (INF, -INF) or y in (INF, -INF):
        return INF
    if x != x or y != y:
        return NAN
    return round_sqrt(Fraction(x) ** 2 + Fraction(y) ** 2, dtype)


def _is_odd_integer(y):
    return y == math.floor(y) and abs(y) < 2.0 ** 53 and int(y) % 2 == 1


def _pow_special(x, y):
    """Return the Array API standard's special-case value of x**y, or None for the general case."""
    if y == 0:
        return 1.0
    if x == 1:
        return NAN if y != y else 1.0
    if x != x or y != y:
        return NAN
    if y in (INF, -INF):
        if abs(x) == 1:
            return 1.0
        return INF if (abs(x) > 1) == (y > 0) else 0.0
    odd = _is_odd_integer(y)
    if x in (INF, -INF) or x == 0:
        big = (x != 0) == (y > 0)  # the magnitude is inf for inf**positive and 0**negative
        negative = math.copysign(1, x) < 0 and odd
        return math.copysign(INF if big else 0.0, -1 if negative else 1)
    if x < 0 and y != math.floor(y):
        return NAN
    return None


def _root(fraction, k):
    """Return the exact 2**k-th root of a positive Fraction, or None when it is irrational."""
    num, den = fraction.numerator, fraction.denominator
    for _ in range(k):
        rn, rd = math.isqrt(num), math.isqrt(den)
        if rn * rn != num or rd * rd != den:
            return None
        num, den = rn, rd
    return Fraction(num, den)


def _pow_exact(x, y):
    """Return x**y as a Fraction when it is rational and small enough to form, else None."""
    numerator, denominator = y.as_integer_ratio()  # denominator is 2**k
    k = denominator.bit_length() - 1
    base = _root(Fraction(abs(x)), k) if k else Fraction(abs(x))
    if base is None:
        return None
    if base.numerator.bit_length() + base.denominator.bit_length() - 2 <= 0 or \
            abs(numerator) * (base.numerator.bit_length() + base.denominator.bit_length()) <= 4096:
        power = base ** numerator
        return -power if x < 0 and numerator % 2 else power
    return None


def _pow(p, x, y):
    estimate = abs(y * math.log(abs(x)))
    with localcontext() as ctx:
        ctx.prec = p + len(str(int(estimate))) + 2
        u = unit(ctx.prec)
        t = Decimal(y) * abs(Decimal(x)).ln()  # relative error <= u
        v = t.exp()                             # relative error <= |t| u + u/2
        if x < 0 and _is_odd_integer(y):
            v = -v
        return v, abs(v) * (2 * abs(t) + 1) * u


def pow(x, y, dtype="float64"):
    """Return x**y: exact when the result is rational (integer y, or a root that exists), else exp(y ln|x|).

    Only the rational case can land on a tie between two floats, so it is rounded from the exact value.

    >>> pow(2.0, 0.5) == 2 ** 0.5, pow(-8.0, 1 / 3), pow(-0.0, -3.0), pow(float("nan"), 0.0)
    (True, nan, -inf, 1.0)
    """
    x, y = float(x), float(y)
    special = _pow_special(x, y)
    if special is not None:
        return special
    log_size = y * math.log2(abs(x))
    if log_size > 1100 or log_size < -1200:
        odd = x < 0 and _is_odd_integer(y)
        return math.copysign(INF if log_size > 0 else 0.0, -1 if odd else 1)
    exact = _pow_exact(x, y)
    if exact is not None:
        return round_fraction(exact, dtype)
    return correctly_rounded(_pow, dtype, x, y)

