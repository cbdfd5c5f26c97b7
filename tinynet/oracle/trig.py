"""Correctly rounded sin, cos, tan and the inverse functions asin, acos, atan, atan2.

sin, cos, tan: the argument is reduced exactly enough, ``x = k pi/2 + r`` with ``|r| <= pi/4``, using pi to
``p + log10|x| + 10`` digits (Machin's formula in integers, cached), so even ``sin(1e308)`` is right; then
the Taylor series of sin r and cos r, summed at p digits.  The bound adds the error of r (``|k|`` times the
error of pi/2, plus two roundings) to the series' rounding ``(3N + 3) u sum|terms|`` and its truncation.

    >>> sin(1e22) == -0.8522008497671888, cos(0.0), tan(-0.0), sin(float("inf"))
    (True, 1.0, -0.0, nan)

atan: ``atan t = 2 atan(t / (1 + sqrt(1 + t**2)))`` halves the angle until ``|t| < 0.05``, then the series;
each halving adds at most 4u of relative error.  ``|t| > 1`` uses ``pi/2 - atan(1/t)``.  asin and acos are
atan of exact ratios: ``asin x = atan(x / sqrt((1 - x)(1 + x)))``, ``acos x = 2 atan(sqrt((1 - x)/(1 + x)))``.

    >>> atan2(1.0, -1.0) == 3 * math.pi / 4, atan2(-0.0, -0.0), acos(1.0), asin(2.0)
    (True, -3.141592653589793, 0.0, nan)
"""

import math
from decimal import Decimal, getcontext, localcontext
from fractions import Fraction

from tinynet.oracle.ziv import START_DIGITS, context, correctly_rounded, unit

INF = math.inf
NAN = math.nan
TINY = 2.0 ** -30
_PI_CACHE = {"digits": 0, "value": 0}


# ---------------------------------------------------------------------------------------------------------
# pi


def _arctan_inverse(n, scale):
    """Return atan(1/n) * scale, truncated, by its series in integers (error < number of terms)."""
    total, term, k, sign = 0, scale // n, 1, 1
    n2 = n * n
    while term:
        total += sign * (term // k)
        term //= n2
        k += 2
        sign = -sign
    return total


def pi_digits(digits):
    """Return pi * 10**digits rounded down, within 1: Machin's pi = 16 atan(1/5) - 4 atan(1/239).

    >>> pi_digits(10)
    31415926535
    """
    if _PI_CACHE["digits"] >= digits:
        return _PI_CACHE["value"] // 10 ** (_PI_CACHE["digits"] - digits)
    guard = 10 ** 10
    scale = 10 ** digits * guard
    value = (16 * _arctan_inverse(5, scale) - 4 * _arctan_inverse(239, scale)) // guard
    _PI_CACHE["digits"], _PI_CACHE["value"] = digits, value
    return value


def _pi(digits):
    """Return (pi, bound) as Decimals with |pi - exact| <= bound = 10**-digits."""
    exact = context(digits + 5)  # scaleb rounds to its context: give it room for every digit
    return Decimal(pi_digits(digits)).scaleb(-digits, exact), Decimal(1).scaleb(-digits, exact)


# ---------------------------------------------------------------------------------------------------------
# sin, cos, tan


def _series(r, start):
    """Return (sum, bound) of the sin (start=1) or cos (start=0) Taylor series at r, |r| <= 1."""
    term = r if start else Decimal(1)
    total, absolute, n, k = term, abs(term), 0, start
    r2 = r * r
    limit = abs(term).scaleb(-(_digits() + 2))
    while abs(term) > limit:
        term = -term * r2 / ((k + 1) * (k + 2))
        k += 2
        n += 1
        total += term
        absolute += abs(term)
    return total, (3 * n + 3) * absolute * unit(_digits()) + 2 * abs(term)


def _digits():
    return getcontext().prec


def _reduce(x, p):
    """Return (k mod 4, r, bound on |r - (x - k pi/2)|) with |r| <= pi/4 + tiny."""
    digits = p + max(0, Decimal(x).adjusted()) + 10
    pi, pi_error = _pi(digits)
    with localcontext() as ctx:
        ctx.prec = digits
        half_pi = pi / 2
        k = int((Decimal(x) / half_pi).to_integral_value())
        r = Decimal(x) - k * half_pi
        bound = abs(k) * (pi_error + half_pi * unit(digits)) + abs(r) * unit(digits)
    return k % 4, +r, bound + abs(r) * unit(p)


def _sin_cos(p, x):
    """Return ((sin x, bound), (cos x, bound))."""
    quadrant, r, r_error = _reduce(x, p + 4)
    s, s_error = _series(r, 1)
    c, c_error = _series(r, 0)
    s_error += r_error
    c_error += r_error
    sin_x = [(s, s_error), (c, c_error), (-s, s_error), (-c, c_error)][quadrant]
    cos_x = [(c, c_error), (-s, s_error), (-c, c_error), (s, s_error)][quadrant]
    return sin_x, cos_x


def _tiny(p, x, series):
    return series(Fraction(x)) if p == START_DIGITS and abs(x) < TINY else None


def sin(x, dtype="float64"):
    """Return sin x correctly rounded (nan for infinities, sin(+-0) = +-0)."""
    x = float(x)
    if x != x or x in (INF, -INF):
        return NAN
    if x == 0:
        return x
    return correctly_rounded(lambda p: _tiny(p, x, lambda t: (t - t ** 3 / 6, abs(t) ** 5 / 100))
                             or _sin_cos(p, x)[0], dtype)


def cos(x, dtype="float64"):
    """Return cos x correctly rounded (nan for infinities)."""
    x = float(x)
    if x != x or x in (INF, -INF):
        return NAN
    if x == 0:
        return 1.0
    return correctly_rounded(lambda p: _tiny(p, x, lambda t: (1 - t * t / 2, t ** 4 / 20))
                             or _sin_cos(p, x)[1], dtype)


def _tan(p, x):
    (s, s_error), (c, c_error) = _sin_cos(p, x)
    v = s / c
    return v, abs(v) * (s_error / abs(s) + 2 * c_error / abs(c) + unit(p))


def tan(x, dtype="float64"):
    """Return sin x / cos x, with relative error bounds added (cos x is never 0 at a float)."""
    x = float(x)
    if x != x or x in (INF, -INF):
        return NAN
    if x == 0:
        return x
    return correctly_rounded(lambda p: _tiny(p, x, lambda t: (t + t ** 3 / 3, abs(t) ** 5))
                             or _tan(p, x), dtype)


# ---------------------------------------------------------------------------------------------------------
# atan and its relatives


def _atan_small(t):
    """Return (atan t, relative bound) for |t| <= 1 at the current precision; t carries no error."""
    halvings = 0
    while abs(t) > Decimal("0.05"):
        t = t / (1 + (1 + t * t).sqrt())
        halvings += 1
    term, total, absolute, k = t, t, abs(t), 1
    t2 = t * t
    limit = abs(t).scaleb(-(_digits() + 2))
    power = t
    while abs(term) > limit:
        power = -power * t2
        k += 2
        term = power / k
        total += term
        absolute += abs(term)
    n = (k - 1) // 2
    relative = (4 * halvings + 3 * n + 4) * unit(_digits()) * absolute / abs(total) + 2 * abs(term) / abs(total)
    return total * (1 << halvings), relative


def _atan(t, p, relative_t=0):
    """Return (atan t, absolute bound) for a Decimal t with relative error relative_t."""
    if t == 0:
        return Decimal(0), Decimal(0)
    if abs(t) <= 1:
        v, relative = _atan_small(t)
        return v, abs(v) * (relative + relative_t)
    pi, pi_error = _pi(p + 5)
    a, relative = _atan_small(1 / t)
    v = (pi / 2).copy_sign(t) - a
    return v, abs(a) * (relative + relative_t + unit(p)) + pi_error + abs(v) * unit(p)


def _atan_fraction(p, q):
    """Return (atan q, bound) for an exact Fraction q."""
    t = Decimal(q.numerator) / Decimal(q.denominator)
    return _atan(t, p, unit(p))


def atan(x, dtype="float64"):
    """Return atan x correctly rounded; +-pi/2 at +-inf."""
    x = float(x)
    if x != x or x == 0:
        return x
    if x in (INF, -INF):
        return correctly_rounded(lambda p: _half_pi(p, x), dtype)
    return correctly_rounded(lambda p: _tiny(p, x, lambda t: (t - t ** 3 / 3, abs(t) ** 5 / 5))
                             or _atan_fraction(p, Fraction(x)), dtype)


def _half_pi(p, sign):
    pi, error = _pi(p + 5)
    return (pi / 2).copy_sign(Decimal(sign)), error


def asin(x, dtype="float64"):
    """Return asin x = atan(x / sqrt((1 - x)(1 + x))) with the product exact; nan beyond [-1, 1]."""
    x = float(x)
    if x != x or x == 0:
        return x
    if abs(x) > 1:
        return NAN
    if abs(x) == 1:
        return correctly_rounded(lambda p: _half_pi(p, x), dtype)

    def evaluate(p):
        w = Decimal(((1 - Fraction(x)) * (1 + Fraction(x))).numerator) / \
            Decimal(((1 - Fraction(x)) * (1 + Fraction(x))).denominator)
        return _atan(Decimal(x) / w.sqrt(), p, 3 * unit(p))
    return correctly_rounded(lambda p: _tiny(p, x, lambda t: (t + t ** 3 / 6, abs(t) ** 5 / 10))
                             or evaluate(p), dtype)


def acos(x, dtype="float64"):
    """Return acos x = 2 atan(sqrt((1 - x) / (1 + x))) with the ratio exact; pi at -1, +0 at 1."""
    x = float(x)
    if x != x:
        return x
    if abs(x) > 1:
        return NAN
    if x == 1:
        return 0.0
    if x == -1:
        return correctly_rounded(lambda p: _pi(p + 5), dtype)

    def evaluate(p):
        ratio = (1 - Fraction(x)) / (1 + Fraction(x))
        w = Decimal(ratio.numerator) / Decimal(ratio.denominator)
        v, error = _atan(w.sqrt(), p, 2 * unit(p))
        return 2 * v, 2 * error + 2 * abs(v) * unit(p)
    return correctly_rounded(evaluate, dtype)


def _atan2_special(y, x):
    """Return the standard's special value of atan2(y, x) as a multiple of pi (a Fraction), a float, or None."""
    if y != y or x != x:
        return NAN
    negative = math.copysign(1, y) < 0
    sign = -1 if negative else 1
    if y == 0:
        if x > 0 or (x == 0 and math.copysign(1, x) > 0):
            return -0.0 if negative else 0.0
        return Fraction(sign)  # +-pi for x < 0 or x = -0
    if y in (INF, -INF):
        if x == INF:
            return Fraction(sign, 4)
        if x == -INF:
            return Fraction(3 * sign, 4)
        return Fraction(sign, 2)
    if x == 0:
        return Fraction(sign, 2)
    if x == INF:
        return -0.0 if negative else 0.0
    if x == -INF:
        return Fraction(sign)
    return None


def atan2(y, x, dtype="float64"):
    """Return the angle of (x, y): atan(|y/x|) with the ratio exact, moved to the quadrant of (x, y)."""
    y, x = float(y), float(x)
    special = _atan2_special(y, x)
    if isinstance(special, float):
        return special
    if special is not None:
        def evaluate(p):
            pi, error = _pi(p + 5)
            return pi * special.numerator / special.denominator, error
        return correctly_rounded(evaluate, dtype)

    def evaluate(p):
        a, error = _atan_fraction(p, abs(Fraction(y) / Fraction(x)))
        if x < 0:
            pi, pi_error = _pi(p + 5)
            a, error = pi - a, error + pi_error + pi * unit(p)
        return a.copy_sign(Decimal(y)), error
    return correctly_rounded(evaluate, dtype)
