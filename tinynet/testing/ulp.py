"""Distances in units in the last place (ULP): how many floats lie between two floats.

The bits of an IEEE float, read as a sign and a magnitude, count the floats in order: 1.0 is
0x3ff0000000000000 and the next float64 up is 0x3ff0000000000001.  Turning the sign-magnitude
integer into an ordinary one (negative floats below zero, -0.0 and 0.0 both at 0) makes the ULP
distance between x and y the difference of their integers.  As in NumPy, that difference is taken
in the integer type of the float's width (int16 for float16, int32, int64), so it wraps around
for floats of opposite signs far apart, and is then stored as a float of that dtype.  All nans
count as the one quiet nan NumPy writes, and are 0 ULP from each other.

    >>> ulp_distance([1.0, -0.0], [1.0000000000000004, 0.0]).tolist()
    [[2.0, 0.0]]
"""

import math
import struct

from tinynet.core import dtypes
from tinynet.core.dtypes import FLOAT16, FLOAT32, FLOAT64
from tinynet.core.ndarray import ndarray
from tinynet.testing import values as vals
from tinynet.testing.compare import as_array

# dtype -> (struct format of the float, of the integer of the same width, bits, bits of the quiet nan)
_LAYOUT = {
    FLOAT16: ("<e", "<h", 16, 0x7E00),
    FLOAT32: ("<f", "<i", 32, 0x7FC00000),
    FLOAT64: ("<d", "<q", 64, 0x7FF8000000000000),
}
_STRUCT_ERRORS = (ValueError, TypeError, getattr(struct, "error", ValueError))  # MicroPython: no struct.error
_PRECISION = {"f2": 0, "f4": 1, "f8": 2, "c8": 1, "c16": 2}
_FLOATS = (FLOAT16, FLOAT32, FLOAT64)


def _float16_bits(x):
    """The binary16 bits of a float16 value, worked out by hand (for runtimes whose struct has no 'e')."""
    sign = 0x8000 if math.copysign(1.0, x) < 0 else 0
    a = abs(x)
    if a == float("inf"):
        return sign | 0x7C00
    if a == 0:
        return sign
    mantissa, exponent = math.frexp(a)  # a = mantissa * 2**exponent, 0.5 <= mantissa < 1
    biased = exponent + 14
    if biased >= 1:
        return sign | (biased << 10) | int((mantissa * 2 - 1) * 1024)
    return sign | int(a * 2.0 ** 24)  # subnormal: a multiple of 2**-24


def _bits(x, d):
    """The bits of float x of dtype d as an unsigned integer; every nan gives the quiet nan."""
    float_format, int_format, width, quiet_nan = _LAYOUT[d]
    if x != x:
        return quiet_nan
    try:
        packed = struct.pack(float_format, x)
    except _STRUCT_ERRORS:  # no 'e' format here
        return _float16_bits(x)
    return struct.unpack(int_format, packed)[0] & ((1 << width) - 1)


def _ordered(x, d):
    """The bits of x as a signed integer in float order: sign-magnitude turned into two's complement."""
    width = _LAYOUT[d][2]
    bits = _bits(x, d)
    if bits >> (width - 1):  # negative: magnitude m maps to -m (so -0.0 maps to 0)
        return -(bits - (1 << (width - 1)))
    return bits


def _wrap(n, width):
    half = 1 << (width - 1)
    return ((n + half) & ((1 << width) - 1)) - half


def _common_type(dx, dy):
    """NumPy's common_type of two arrays: integers count as float64; bool is refused."""
    precision = 0
    is_complex = False
    for d in (dx, dy):
        if d.kind == "b":
            raise TypeError("can't get common type for non-numeric array")
        if d.kind == "c":
            is_complex = True
        precision = max(precision, 2 if d.kind in "iu" else _PRECISION[d.str[1:]])
    return is_complex, _FLOATS[precision]


def ulp_distance(x, y, dtype=None):
    """Return, for each pair of elements, how many representable floats lie between them (NumPy's nulp_diff).

    Both sides are converted to their common float type (integers to float64), then
    ``|ordered_bits(x) - ordered_bits(y)|`` is taken in the integer of that width and stored as a
    float of that type.  The result has a leading axis of length 1: shape ``(1,) + x.shape``.

    >>> ulp_distance(1.0, 1.0000000000000002).tolist(), ulp_distance([1.0], [2.0], dtype="float16").tolist()
    ([1.0], [[1024.0]])
    """
    a, b = as_array(x), as_array(y)
    if dtype:
        a, b = a.astype(dtype), b.astype(dtype)
    is_complex, d = _common_type(a._dtype, b._dtype)
    if is_complex:
        raise NotImplementedError("_nulp not implemented for complex array")
    shape_a, shape_b = (1,) + a._shape, (1,) + b._shape
    if shape_a != shape_b:
        raise ValueError("Arrays do not have the same shape: %s - %s" % (str(shape_a), str(shape_b)))
    xs = dtypes.cast(list(a._values()), a._dtype, d)
    ys = dtypes.cast(list(b._values()), b._dtype, d)
    width = _LAYOUT[d][2]
    int_dtype = dtypes.as_dtype("int%d" % width)
    steps = [_wrap(_ordered(p, d) - _ordered(q, d), width) for p, q in zip(xs, ys)]
    distances = [abs(s) for s in dtypes.cast(steps, int_dtype, d)]
    return ndarray._make(distances, shape_a, d)


def assert_array_max_ulp(a, b, maxulp=1, dtype=None):
    """Assert that each element of a is within maxulp units in the last place of b; return the distances.

    Rule: ``ulp_distance(a, b, dtype) <= maxulp`` everywhere (float16, float32 or float64; integers
    count as float64).  Shapes must be equal (no broadcasting); complex input raises
    NotImplementedError.  Returns the array of distances, of shape ``(1,) + a.shape``.

    >>> assert_array_max_ulp([1.0, 2.0], [1.0, 2.0000000000000004]).tolist()
    [[0.0, 1.0]]
    >>> assert_array_max_ulp([1.0], [1.5], dtype="float16")
    Traceback (most recent call last):
      ...
    AssertionError: Arrays are not almost equal up to 1 ULP (max difference is 512 ULP)
    """
    distances = ulp_distance(a, b, dtype)
    values = distances._values()
    limit, values_as, d = vals.with_scalar(maxulp, values, distances._dtype)
    within = vals.less_equal(values_as, d, [limit] * len(values), d)
    if not all(within):
        raise AssertionError("Arrays are not almost equal up to %g ULP (max difference is %g ULP)"
                             % (float(maxulp), vals.max_value(values)))
    return distances
