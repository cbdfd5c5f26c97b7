"""Ufuncs of remainders, divisors, bits and nan-skipping extremes: fmod, divmod, gcd, lcm, bitwise_count,
fmax, fmin, conjugate, and the array API's names for the bitwise ufuncs.

    >>> import tinynet as np
    >>> np.fmod([-7, 7], 3), np.divmod([-7, 7], 3)
    (array([-1,  1]), (array([-3,  2]), array([2, 1])))
    >>> np.gcd.reduce([12, 18, 27]), np.lcm(4, 6), np.fmax([1.0, np.nan], [np.nan, np.nan])
    (np.int64(3), np.int64(12), array([ 1., nan]))

Integer results wrap at the dtype's width as NumPy's do (``gcd(int8(-128), 0)`` is -128), and a division
by zero gives 0 with NumPy's warning ("divide by zero encountered in fmod").
"""

import math

from tinynet.core import dtypes
from tinynet.core import errors
from tinynet.core import floats
from tinynet.core.dtypes import UINT8
from tinynet.core.ufunc import unary_op
from tinynet.core.umath import ufunc
from tinynet.lib import elementwise_logic
from tinynet.lib import ufunc_loops as loops
from tinynet.lib.ufunc_loops import ANY, FLOATS, INTEGER, apply_binary

_NAN = float("nan")
_INF = float("inf")


# --------------------------------------------------------------------------
# Remainders: fmod (C's, the sign of the dividend) and divmod (Python's, the sign of the divisor)
# --------------------------------------------------------------------------


def _int_fmod(xs, ys, d):
    # C's remainder: |x| mod |y| with the sign of x; x fmod 0 is 0, with a warning
    if 0 in ys:
        errors.floating_error(errors.DIVIDE, "fmod")
    return [(abs(x) % abs(y) if x >= 0 else -(abs(x) % abs(y))) if y else 0 for x, y in zip(xs, ys)]


def fmod(x1, x2):
    """Return the C remainder elementwise: x1 - trunc(x1 / x2) * x2, with the sign of x1.

    Compare ``remainder`` (Python's ``%``), which takes the sign of x2.

    >>> fmod([-7.0, 7.0], [3.0, -3.0]).tolist(), fmod([-7, 7], 3).tolist()
    ([-1.0, 1.0], [-1, 1])
    """
    return apply_binary("fmod", x1, x2, INTEGER + FLOATS, floats.fmod, floats.fmod, int_kernel=_int_fmod)


def _float_divmod(a, b):
    """(floor(a / b), a - floor(a / b) * b) computed as NumPy does, from the exact C remainder fmod(a, b)."""
    mod = floats.fmod(a, b)
    if not b:
        return floats.divide(a, b), mod
    div = (a - mod) / b
    if mod:
        if (b < 0) != (mod < 0):
            mod += b
            div -= 1.0
    else:
        mod = math.copysign(0.0, b)
    if div:
        quotient = math.floor(div) if div - div == 0 else div
        if div - quotient > 0.5:
            quotient += 1.0
        return float(quotient), mod
    return math.copysign(0.0, floats.divide(a, b)), mod


def _divmod(x1, x2):
    xs, ys, shape, d = loops.binary_operands("divmod", x1, x2, INTEGER + FLOATS)
    flags = 0
    if d.kind == "f":
        pairs = [_float_divmod(x, y) for x, y in zip(xs, ys)]
        quotients, remainders = [q for q, r in pairs], [r for q, r in pairs]
        for x, y, q, r in zip(xs, ys, quotients, remainders):
            if x == x and y == y and (q != q or r != r):
                flags |= errors.INVALID
            if q - q != 0 and q == q and x - x == 0 and y - y == 0:
                flags |= errors.DIVIDE
        quotients, remainders = dtypes.fix(quotients, d), dtypes.fix(remainders, d)
    else:
        quotients = [x // y if y else 0 for x, y in zip(xs, ys)]
        remainders = [x % y if y else 0 for x, y in zip(xs, ys)]
        if 0 in ys:
            flags |= errors.DIVIDE
        if quotients and d.kind == "i" and max(quotients) > d._max:  # min // -1
            flags |= errors.OVERFLOW
        quotients, remainders = dtypes.fix(quotients, d), dtypes.fix(remainders, d)
    if flags:
        errors.floating_error(flags, "divmod")
    return loops.result(quotients, shape, d), loops.result(remainders, shape, d)


def divmod(x1, x2):  # noqa: A001 - NumPy's public name
    """Return (x1 // x2, x1 % x2) elementwise: the floor quotient and the remainder with the sign of x2.

    >>> q, r = divmod([7, -7], 2); q.tolist(), r.tolist()
    ([3, -4], [1, 1])
    """
    return _divmod(x1, x2)


# --------------------------------------------------------------------------
# Divisors and bits
# --------------------------------------------------------------------------


def _gcd(a, b):
    # Euclid's algorithm (MicroPython has no math.gcd)
    a, b = abs(a), abs(b)
    while b:
        a, b = b, a % b
    return a


_gcd_fast = getattr(math, "gcd", _gcd)


def _int_gcd(xs, ys, d):
    return list(map(_gcd_fast, xs, ys))


def _int_lcm(xs, ys, d):
    return [abs(x * y) // _gcd_fast(x, y) if x and y else 0 for x, y in zip(xs, ys)]


def gcd(x1, x2):
    """Return the greatest common divisor of |x1| and |x2| elementwise (gcd(0, 0) = 0).

    >>> gcd([12, -20, 0], [18, 8, 5]).tolist()
    [6, 4, 5]
    """
    return apply_binary("gcd", x1, x2, INTEGER, None, int_kernel=_int_gcd, promote=True)


def lcm(x1, x2):
    """Return the least common multiple of |x1| and |x2| elementwise: |x1 x2| / gcd(x1, x2) (0 if either is 0).

    >>> lcm([4, -6, 0], [6, 4, 5]).tolist()
    [12, 12, 0]
    """
    return apply_binary("lcm", x1, x2, INTEGER, None, int_kernel=_int_lcm, promote=True)


def _bit_count(x):
    return bin(x).count("1")  # bin(-5) is '-0b101': the bits of |x|


def bitwise_count(x):
    """Return the number of 1 bits in |x| elementwise, as uint8 (bitwise_count(-1) = 1).

    >>> bitwise_count([0, 7, -8, 255]).tolist()
    [0, 3, 1, 8]
    """
    a, weak = loops.as_operand("bitwise_count", x)
    d = loops.loop_dtype("bitwise_count", a._dtype, INTEGER)
    return loops.result(list(map(_bit_count, loops.values_as(a, d))), a._shape, UINT8)


# --------------------------------------------------------------------------
# The larger and smaller value, skipping nan
# --------------------------------------------------------------------------


def _fmax(a, b):
    return a if a >= b or b != b else b


def _fmin(a, b):
    return a if a <= b or b != b else b


def _is_nan_complex(z):
    return z.real != z.real or z.imag != z.imag


def _complex_fmax(a, b):
    # complex numbers compare by real part, then imaginary part; a nan loses
    if _is_nan_complex(b):
        return a
    if _is_nan_complex(a):
        return b
    return a if (a.real, a.imag) >= (b.real, b.imag) else b


def _complex_fmin(a, b):
    if _is_nan_complex(b):
        return a
    if _is_nan_complex(a):
        return b
    return a if (a.real, a.imag) <= (b.real, b.imag) else b


def fmax(x1, x2):
    """Return the larger of x1 and x2 elementwise, skipping nan: nan only where both are nan.

    Compare ``maximum``, which gives nan where either is.

    >>> fmax([1.0, float("nan"), 3.0], [2.0, 0.0, float("nan")]).tolist()
    [2.0, 0.0, 3.0]
    """
    return apply_binary("fmax", x1, x2, ANY, _fmax, complex_kernel=_complex_fmax)


def fmin(x1, x2):
    """Return the smaller of x1 and x2 elementwise, skipping nan: nan only where both are nan.

    >>> fmin([1.0, float("nan"), 3.0], [2.0, 0.0, float("nan")]).tolist()
    [1.0, 0.0, 3.0]
    """
    return apply_binary("fmin", x1, x2, ANY, _fmin, complex_kernel=_complex_fmin)


# --------------------------------------------------------------------------
# Complex conjugate
# --------------------------------------------------------------------------


def conjugate(x):
    """Return the complex conjugate elementwise: conj(a + bj) = a - bj (real input is returned as it is).

    >>> conjugate([1 + 2j, 3]).tolist()
    [(1-2j), (3-0j)]
    """
    a, weak = loops.as_operand("conjugate", x)
    d = loops.loop_dtype("conjugate", a._dtype, loops.NUMBER)
    if d is not a._dtype:
        a = a.astype(d)  # bools compute in int8, as NumPy's loops do
    return unary_op("conjugate", a)


# --------------------------------------------------------------------------
# The functions above as ufunc objects
# --------------------------------------------------------------------------

_BINARY = [("fmod", None), ("gcd", 0), ("lcm", None), ("fmax", None), ("fmin", None)]
__test__ = {}
for _name, _nin, _nout, _identity in ([(n, 2, 1, i) for n, i in _BINARY] + [("divmod", 2, 2, None)]
                                      + [("bitwise_count", 1, 1, None), ("conjugate", 1, 1, None)]):
    _doc = getattr(globals()[_name], "__doc__", None)
    if ">>>" in (_doc or ""):
        __test__[_name] = _doc
    globals()[_name] = ufunc(_name, _nin, globals()[_name], _identity, _doc, _nout)

conj = conjugate
# The array API's names for the bitwise ufuncs: the same objects.
bitwise_invert = elementwise_logic.invert
bitwise_left_shift = elementwise_logic.left_shift
bitwise_right_shift = elementwise_logic.right_shift
