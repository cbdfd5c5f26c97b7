"""Rounding to float32 and float16: what ``fix`` and ``cast`` do for the narrow float dtypes.

A C cast to float (struct's 'f' and array('f')) rounds a float64 to the nearest
binary32 value, ties to even, and gives inf past the largest; struct's 'e' does
the same for binary16 where the runtime has it.  The plain-arithmetic versions
(``round_float32_plain``, ``round_float16_plain``) show the rule and serve where
struct falls short.

    >>> fix_float32([0.1, 1e39]), fix_float16([0.1, 65519.0, 70000.0]), int_to_float32(2 ** 60 + 2 ** 36 + 1)
    ([0.10000000149011612, inf], [0.0999755859375, 65504.0, inf], 1.1529216420458004e+18)
"""

import math
import struct
import sys
from array import array

from tinynet.core.dtypes import _INF, _RUNTIME_WARNING, COMPLEX64, _warn

_FLOAT32_OVERFLOW = float("3.4028235677973366e+38")  # max + half an ulp: from here on float32 rounds to inf
_FLOAT16_OVERFLOW = 65520.0


def _round_binary(x, precision, min_exp, overflow_at):
    """Round x to the nearest float with `precision` significant bits, exponents down to min_exp
    (subnormals below), ties to even; inf from overflow_at on.  The plain, portable version."""
    if x != x or x == 0 or x == _INF or x == -_INF:
        return x
    a = -x if x < 0 else x
    if a >= overflow_at:
        return math.copysign(_INF, x)
    e = math.frexp(a)[1]  # 2**(e-1) <= a < 2**e
    q = e - precision
    if q < min_exp - precision + 1:
        q = min_exp - precision + 1  # a subnormal: fixed absolute spacing
    scaled = math.ldexp(a, -q)
    whole = math.floor(scaled)
    rest = scaled - whole
    if rest > 0.5 or rest == 0.5 and whole % 2 == 1:
        whole += 1
    return math.copysign(math.ldexp(float(whole), q), x)


def round_float16_plain(x):
    """Return x rounded to the nearest float16 value (inf on overflow), in plain arithmetic.

    >>> round_float16_plain(0.1), round_float16_plain(65519.0), round_float16_plain(65520.0)
    (0.0999755859375, 65504.0, inf)
    """
    return _round_binary(x, 11, -14, _FLOAT16_OVERFLOW)


def round_float32_plain(x):
    """Return x rounded to the nearest float32 value (inf on overflow), in plain arithmetic.

    >>> round_float32_plain(0.1), round_float32_plain(1e39)
    (0.10000000149011612, inf)
    """
    return _round_binary(x, 24, -126, _FLOAT32_OVERFLOW)


def _has_struct_e():
    """Whether struct's 'e' format exists and rounds ties to even (MicroPython's rounds them away)."""
    try:
        return (struct.unpack("<e", struct.pack("<e", 0.1))[0] == 0.0999755859375
                and struct.unpack("<e", struct.pack("<e", 2049.0))[0] == 2048.0)
    except (ValueError, TypeError, struct.error, OverflowError):
        return False


def _struct_e_raises_on_overflow():
    try:
        struct.pack("<e", 65520.0)
    except OverflowError:
        return True
    except (ValueError, TypeError, struct.error):
        pass
    return False  # MicroPython packs nan instead


_HAS_STRUCT_E = _has_struct_e()
_PACK_FLOAT32 = sys.implementation.name == "cpython"  # struct packs faster than array('f') on CPython
# One struct call may round a whole list only where it raises on overflow.
_BULK_STRUCT_E = _HAS_STRUCT_E and _struct_e_raises_on_overflow()


def round_float16_one(x):
    """x rounded to the nearest float16 value, one at a time (inf on overflow)."""
    if x >= _FLOAT16_OVERFLOW or x <= -_FLOAT16_OVERFLOW:
        return math.copysign(_INF, x)
    if _HAS_STRUCT_E:
        return struct.unpack("<e", struct.pack("<e", x))[0]
    return round_float16_plain(x)


def round_float32_one(x):
    """x rounded to the nearest float32 value, one at a time (inf on overflow)."""
    if x >= _FLOAT32_OVERFLOW or x <= -_FLOAT32_OVERFLOW:
        return math.copysign(_INF, x)
    return array("f", [x])[0]


def fix_float16(values):
    """Each value rounded to the nearest float16 (inf on overflow), as a new list."""
    # Fast path: one struct call packs every value; it raises on overflow.
    if _BULK_STRUCT_E and values:
        n = len(values)
        try:
            return list(struct.unpack("<%de" % n, struct.pack("<%de" % n, *values)))
        except OverflowError:
            pass
    return [round_float16_one(x) for x in values]


def fix_float32(values):
    """Each value rounded to the nearest float32 (inf on overflow), as a new list."""
    # Fast path: a C cast to float and back rounds each value to the nearest float32 (inf on
    # overflow).  struct and array('f') make the same casts; on CPython struct takes about 0.7 of the
    # time (float32 arithmetic is the float64 arithmetic plus this pass, so the pass sets its speed).
    try:
        if _PACK_FLOAT32:
            try:
                n = len(values)
                return list(struct.unpack("%df" % n, struct.pack("%df" % n, *values)))
            except struct.error:
                pass  # not all floats: array('f') raises what it raises
        return list(array("f", values))
    except OverflowError:
        return [round_float32_one(x) for x in values]


TWO_53 = 1 << 53


def int_to_float32(n):
    """Round an int to the nearest float32 once (float(n) first would round twice above 2**53)."""
    m = -n if n < 0 else n
    if m <= TWO_53:
        return round_float32_one(float(n))
    e = math.frexp(float(m))[1]  # the bit length of m, or one more when float(m) rounded up
    if (m >> (e - 1)) == 0:
        e -= 1
    shift = e - 24
    q = m >> shift
    rest = m - (q << shift)
    half = 1 << (shift - 1)
    if rest > half or rest == half and q & 1:
        q += 1
    f = math.ldexp(float(q), shift)
    return -f if n < 0 else f


def _overflowed(before, after):
    """Whether some finite value became inf."""
    if _INF not in after and -_INF not in after:
        return False
    for x, y in zip(before, after):
        if (y == _INF or y == -_INF) and x != _INF and x != -_INF:
            return True
    return False


def warn_overflow(values, rounded, d):
    """Warn as NumPy's cast does when rounding to dtype d (float32, float16, complex64) made a finite value inf."""
    if d is COMPLEX64:
        values = [z.real for z in values] + [z.imag for z in values]
        rounded = [z.real for z in rounded] + [z.imag for z in rounded]
    if _overflowed(values, rounded):
        _warn("overflow encountered in cast", _RUNTIME_WARNING)
