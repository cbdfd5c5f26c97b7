"""Round an exact value to the nearest float32 or float64, and measure errors in ulps.

A binary format keeps ``precision`` significant bits; its normal numbers have exponents from ``emin``
to ``emax`` and below ``2**emin`` the quantum stays ``2**(emin - precision + 1)`` (the subnormals).
Rounding is to nearest, ties to even, of the exact value, with overflow to infinity when the value is
at least the largest finite number plus half an ulp:

    >>> from fractions import Fraction
    >>> round_fraction(Fraction(1, 3), "float32")
    0.3333333432674408
    >>> round_fraction(Fraction(1, 3), "float64") == 1 / 3
    True
    >>> round_fraction(Fraction(2 ** 128), "float32")
    inf
    >>> ulp_error(0.3333333432674408, Fraction(1, 3), "float32")  # a third of an ulp above
    0.3333333333333333
"""

import math
from fractions import Fraction

#: name -> (precision in bits, emin, emax)
FORMATS = {"float64": (53, -1022, 1023), "float32": (24, -126, 127)}


def format_of(dtype):
    """Return the name of the float format of dtype ("float32", "float64", a dtype or a NumPy dtype)."""
    name = getattr(dtype, "name", None) or getattr(dtype, "__name__", None) or str(dtype)
    name = str(name).lower()
    for known in FORMATS:
        if name.endswith(known):
            return known
    raise ValueError("the oracle rounds to float32 or float64, not %r" % (dtype,))


def _floor_log2(num, den):
    """Return e with 2**e <= num/den < 2**(e+1), for positive integers num and den."""
    e = num.bit_length() - den.bit_length()
    if (num << -e if e < 0 else num) < (den << e if e > 0 else den):
        e -= 1
    return e


def round_fraction(value, dtype="float64"):
    """Return the float of format dtype nearest the exact rational value (ties to even).

    >>> round_fraction(Fraction(3, 2 ** 150), "float32")  # a subnormal: 1.5 quanta, a tie, goes to 2
    2.802596928649634e-45
    >>> round_fraction(Fraction(-1, 10 ** 400))
    -0.0
    """
    precision, emin, emax = FORMATS[format_of(dtype)]
    value = Fraction(value)
    if value == 0:
        return 0.0
    num, den = abs(value.numerator), value.denominator
    sign = -1.0 if value < 0 else 1.0
    e = max(_floor_log2(num, den), emin)
    shift = e - precision + 1  # the quantum is 2**shift
    if shift >= 0:
        q, r = divmod(num, den << shift)
        twice_r, d = 2 * r, den << shift
    else:
        q, r = divmod(num << -shift, den)
        twice_r, d = 2 * r, den
    if twice_r > d or (twice_r == d and q & 1):
        q += 1
    if q.bit_length() + shift > emax + 1:
        return sign * math.inf
    return sign * math.ldexp(q, shift)


def to_format(x, dtype="float64"):
    """Return the Python float x rounded to format dtype (the identity for float64).

    >>> to_format(0.1, "float32")
    0.10000000149011612
    """
    if x != x or x in (math.inf, -math.inf) or format_of(dtype) == "float64":
        return float(x)
    return round_fraction(Fraction(x), dtype) if x != 0 else float(x)


def ulp(value, dtype="float64"):
    """Return the spacing of format dtype at the exact value: 2**(e - precision + 1) for 2**e <= |value|.

    Below the normal range the spacing is the smallest subnormal; at and beyond the largest finite
    number it is the spacing of the top binade.

    >>> ulp(1.0), ulp(0.0, "float32") == 2 ** -149
    (Fraction(1, 4503599627370496), True)
    """
    precision, emin, emax = FORMATS[format_of(dtype)]
    value = Fraction(value)
    if value == 0:
        e = emin
    else:
        e = min(max(_floor_log2(abs(value.numerator), value.denominator), emin), emax)
    return Fraction(2) ** (e - precision + 1)


def ulp_error(actual, expected, dtype="float64"):
    """Return |actual - expected| in ulps of format dtype at expected, as a float.

    expected is an exact value (a Fraction, an int) or a correctly rounded float from the oracle.  Two
    nans, or equal infinities, are 0 apart; nan against a number, or an infinity against anything else, is
    infinitely far.  A finite actual against an expected infinity is measured from the largest finite number
    plus one ulp (where rounding to infinity starts), so an overflow to the largest float counts about 1 ulp.

    >>> ulp_error(1.0 + 2 ** -52, 1.0), ulp_error(float("nan"), float("nan")), ulp_error(1.0, float("inf"))
    (1.0, 0.0, inf)
    """
    actual = float(actual)
    if isinstance(expected, float):
        if expected != expected or actual != actual:
            return 0.0 if (expected != expected) == (actual != actual) else math.inf
        if math.isinf(expected) or math.isinf(actual):
            return 0.0 if expected == actual else math.inf
    elif actual != actual or math.isinf(actual):
        return math.inf
    ratio = abs(Fraction(actual) - Fraction(expected)) / ulp(expected, dtype)
    return float(ratio) if ratio < 2 ** 1000 else math.inf
