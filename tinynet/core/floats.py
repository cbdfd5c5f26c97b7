"""Scalar arithmetic that gives IEEE 754 answers instead of raising.

Python raises where IEEE arithmetic, and so NumPy, returns a special value:
``math.exp(1000)`` raises ``OverflowError`` (``ValueError`` on MicroPython) and
``1.0 / 0.0`` raises ``ZeroDivisionError``.  NumPy returns ``inf`` for both.
The functions here return what NumPy returns:

    >>> exp(1000.0), divide(1.0, 0.0), divide(0.0, 0.0), log(0.0)
    (inf, inf, nan, -inf)

They are the careful, per-element path.  Array code first runs the fast
builtin over a whole row (``map(math.exp, row)``) and falls back to these
only when Python raises, so the common case costs nothing extra.
"""

import math

from tinynet.core import lazy as _lazy

inf = float("inf")
nan = float("nan")

from tinynet.core.errors import ARITHMETIC_ERRORS  # noqa: E402,F401 - Python raises these where IEEE has an answer


def copysign(x, y):
    """Return x with the sign of y (as math.copysign, kept here for clarity).

    >>> copysign(2.0, -0.0)
    -2.0
    """
    return math.copysign(x, y)


def exp(x):
    """Return e**x, with inf on overflow.

    >>> exp(0.0), exp(1000.0), exp(-1000.0)
    (1.0, inf, 0.0)
    """
    try:
        return math.exp(x)
    except ARITHMETIC_ERRORS:
        return inf if x > 0 else 0.0


def log(x):
    """Return the natural logarithm: -inf at 0, nan below 0.

    >>> log(1.0), log(0.0), log(-1.0)
    (0.0, -inf, nan)
    """
    if x > 0:
        return math.log(x)
    if x == 0:
        return -inf
    return nan  # x < 0 or x is nan


def sqrt(x):
    """Return the square root: nan below 0.

    >>> sqrt(4.0), sqrt(-1.0), sqrt(-0.0)
    (2.0, nan, -0.0)
    """
    if x >= 0:
        return math.sqrt(x)
    return nan  # x < 0 or x is nan


def sin(x):
    """Return sin(x): nan for infinities.

    >>> sin(0.0), sin(inf)
    (0.0, nan)
    """
    try:
        return math.sin(x)
    except ValueError:
        return nan


def cos(x):
    """Return cos(x): nan for infinities.

    >>> cos(0.0), cos(-inf)
    (1.0, nan)
    """
    try:
        return math.cos(x)
    except ValueError:
        return nan


def divide(a, b):
    """Return a / b: signed inf for x / 0, nan for 0 / 0.

    >>> divide(1, 4), divide(-1.0, 0.0), divide(1.0, -0.0), divide(0, 0)
    (0.25, -inf, -inf, nan)
    """
    try:
        return a / b
    except ZeroDivisionError:
        if a != a or a == 0:
            return nan
        return math.copysign(inf, a) * math.copysign(1.0, b)


def floor_divide(a, b):
    """Return a // b as NumPy does: 0 for integers divided by 0, inf or nan for floats.

    >>> floor_divide(7, 2), floor_divide(7, 0), floor_divide(-1.0, 0.0), floor_divide(0.0, 0.0)
    (3, 0, -inf, nan)
    """
    try:
        return a // b
    except ZeroDivisionError:
        if type(a) is not float and type(b) is not float:
            return 0
        return divide(a, b)


def remainder(a, b):
    """Return a % b with the sign of b, as NumPy does: 0 for integers mod 0, nan for floats.

    >>> remainder(-7, 3), remainder(7, 0), remainder(1.0, 0.0)
    (2, 0, nan)
    """
    try:
        return a % b
    except ZeroDivisionError:
        if type(a) is not float and type(b) is not float:
            return 0
        return nan


def power(a, b):
    """Return a ** b for floats: inf on overflow, nan for a negative base and a fractional power.

    >>> power(2.0, 3.0), power(10.0, 400.0), power(-8.0, 1 / 3), power(0.0, -1.0)
    (8.0, inf, nan, inf)
    """
    try:
        return math.pow(a, b)
    except ARITHMETIC_ERRORS:
        pass
    odd = b == math.floor(b) and math.fmod(b, 2.0) != 0 if b == b and abs(b) != inf else False
    if a == 0:  # 0 ** negative
        return math.copysign(inf, a) if odd else inf
    if a != a or b != b or (a < 0 and b != math.floor(b)):
        return nan
    if abs(a) < 1 and b > 0 or abs(a) > 1 and b < 0:
        return -0.0 if a < 0 and odd else 0.0
    return -inf if a < 0 and odd else inf


def int_power(a, b):
    """Return a ** b for integers, refusing negative powers as NumPy does.

    >>> int_power(3, 4)
    81
    >>> int_power(2, -1)
    Traceback (most recent call last):
      ...
    ValueError: Integers to negative integer powers are not allowed.
    """
    if b < 0:
        raise ValueError("Integers to negative integer powers are not allowed.")
    return a ** b


def sign(x):
    """Return -1, 0 or 1 by the sign of x (nan stays nan), in x's type.

    >>> sign(-2.5), sign(0.0), sign(3)
    (-1.0, 0.0, 1)
    """
    if x > 0:
        return type(x)(1)
    if x < 0:
        return type(x)(-1)
    return x if x != x else type(x)(0)


def round_half_even(x, decimals=0):
    """Round x to the given decimals as NumPy does: scale, round half to even, unscale.

    NumPy computes ``rint(x * 10**d) / 10**d``, which is not always the
    decimal rounding Python's ``round(x, d)`` gives, so we do the same.

    >>> round_half_even(2.5), round_half_even(0.125, 2), round_half_even(1234.5, -1)
    (2.0, 0.12, 1230.0)
    """
    if x != x or x in (inf, -inf):
        return x
    if decimals >= 0:
        scale = 10.0 ** decimals
        y = x * scale
        if y in (inf, -inf):
            return y  # NumPy scales first, so this overflows to inf as NumPy's does
        return math.copysign(float(round(y)) / scale, x)
    scale = 10.0 ** -decimals
    return math.copysign(float(round(x / scale)) * scale, x)


# The rest of C's math library, and isclose and complex_sign, live in ``libm``, loaded on the first
# ``floats.NAME`` of one of these.
_LAZY = (("libm",
    " FORMATS _LN2 acos acosh asin atanh cbrt complex_sign cosh exp2 expm1 fmod heaviside hypot isclose ldexp"
    " log1p logaddexp logaddexp2 logaddexp_single logaddexp2_single modulus nextafter rint sinh spacing tan"
    " trunc "),
)


def __getattr__(name):
    """Load a libm function on first use (``floats.expm1`` imports ``libm``), then keep it here."""
    return _lazy.load(globals(), "tinynet.core.floats", _LAZY, name)
