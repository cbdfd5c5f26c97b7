"""Casting values from one dtype to another: ``cast`` (what ``ndarray.astype`` does) and one-value converters.

    >>> cast([2.9, -2.9, 300.0], FLOAT64, UINT8), cast([300, -1], INT64, INT8), converter(UINT8)(257)
    ([2, 254, 44], [44, -1], 1)

Where C leaves a conversion undefined (nan or a float out of range to an
integer), the result is the one NumPy gives on x86-64 (see ``cast``).
"""

from tinynet.core.dtypes import (
    _INF, _INT64_MAX, _INT64_MIN, _RUNTIME_WARNING, _UINT64_MASK, _UINT64_MAX, BOOL, COMPLEX64, FLOAT16, FLOAT32,
    FLOAT64, FLOAT_IS_SINGLE, INT8, INT16, INT64, UINT8, UINT32, UINT64, _warn, real_dtype,
)  # noqa: F401 - the examples use COMPLEX64 and INT16
from tinynet.core.representable import _fix_and_warn, _wrap_ints


# The C conversion NumPy's loops use for a float -> integer dtype on x86-64: a
# truncation to int32 (cvttsd2si) for the narrow types, to int64 for int64 and
# uint32, and the compiler's two-step for uint64.  Out of range, the result is
# the "integer indefinite" value (-2**31 or -2**63), then narrowed.
_INT32_RANGE = (-(1 << 31), (1 << 31) - 1)
_INT64_RANGE = (_INT64_MIN, _INT64_MAX)


def _c_range(d):
    if d is UINT64:
        return _INT64_MIN, _UINT64_MAX
    if d is INT64 or d is UINT32:
        return _INT64_RANGE
    return _INT32_RANGE


def _float_to_int_one(x, d):
    """One float converted as x86-64 C code converts it: (value, whether the conversion was invalid)."""
    low, high = _c_range(d)
    if d is UINT64:
        high = _INT64_MAX
        if x >= 9223372036854775808.0:  # x - 2**63 goes through int64, then the top bit is set back
            if x >= 18446744073709551616.0:  # also inf
                return 0, True
            return int(x), False
    if x != x or x == _INF or x == -_INF:
        t, invalid = low, True
    else:
        t = int(x)
        invalid = t < low or t > high
        if invalid:
            t = low
    if d is UINT64:
        return t & _UINT64_MASK, invalid
    return _wrap_ints([t], d)[0], invalid


def _floats_to_ints(values, d):
    low, high = _c_range(d)
    try:
        ints = [int(x) for x in values]  # truncates toward zero; raises on nan and inf
    except (ValueError, OverflowError):
        ints = None
    if ints is not None and (not ints or (min(ints) >= low and max(ints) <= high)):
        return list(_wrap_ints(ints, d))
    result = []
    invalid = False
    for x in values:
        value, bad = _float_to_int_one(x, d)
        result.append(value)
        invalid = invalid or bad
    if invalid:
        _warn("invalid value encountered in cast", _RUNTIME_WARNING)
    return result


def _ints_to_floats(values, d):
    if d is FLOAT64 or FLOAT_IS_SINGLE and d is FLOAT32:
        return [float(x) for x in values]
    if d is FLOAT32:
        from tinynet.core import float_rounding

        if values and (min(values) < -float_rounding.TWO_53 or max(values) > float_rounding.TWO_53):
            return [float_rounding.int_to_float32(x) for x in values]
        return float_rounding.fix_float32([float(x) for x in values])
    floats = [float(x) for x in values]
    return _fix_and_warn(floats, FLOAT16)


def cast(values, from_dtype, to_dtype, setting=False):
    """Return a flat list of values of dtype from_dtype cast to to_dtype, as ndarray.astype casts.

    Unsafe casting, as NumPy: number -> bool is ``x != 0``; float -> integer
    truncates toward zero and wraps into the width; integer -> float rounds
    once to nearest (int64 -> float32 included); complex -> real keeps the real
    part and warns ``ComplexWarning``; overflow to float32/float16 gives inf and
    warns "overflow encountered in cast".  nan, inf and floats out of the C
    conversion's range give what NumPy gives on x86-64, with the RuntimeWarning
    "invalid value encountered in cast": int64 (and int8..int32 through int32)
    get the minimum, -2**63 (or -2**31) narrowed to the width; uint64 gets
    2**63, or 0 for values from 2**63 on (nan gives 2**63).  Other CPUs differ
    there.  ``setting=True`` marks an assignment ``a[...] = b``, which NumPy
    casts the same way.  Returns a new list.

    >>> cast([1.9, -1.9], FLOAT64, INT8), cast([300, -1], INT64, UINT8), cast([0, 2], INT16, BOOL)
    ([1, -1], [44, 255], [False, True])
    >>> cast([2 ** 60 + 2 ** 36 + 1], INT64, FLOAT32), cast([True], BOOL, COMPLEX64)
    ([1.1529216420458004e+18], [(1+0j)])
    """
    a, b = from_dtype, to_dtype
    if a is b:
        return list(values)
    ka, kb = a.kind, b.kind
    if kb == "b":
        if ka == "b":
            return list(values)
        return [x != 0 for x in values]
    if ka == "b":
        if kb == "i" or kb == "u":
            return [1 if x else 0 for x in values]
        if kb == "f":
            return [1.0 if x else 0.0 for x in values]
        return [1 + 0j if x else 0j for x in values]
    if ka == "c" and kb != "c":
        from tinynet.core.errors import ComplexWarning

        _warn("Casting complex values to real discards the imaginary part", ComplexWarning)
        values = [z.real for z in values]
        ka = "f"
    if kb == "i" or kb == "u":
        if ka == "f":
            return _floats_to_ints(values, b)
        return list(_wrap_ints(values, b))
    if kb == "f":
        if ka == "f":
            return list(_fix_and_warn(values, b))
        return _ints_to_floats(values, b)
    # to complex
    if ka == "c":
        return list(_fix_and_warn(values, b))
    reals = _ints_to_floats(values, real_dtype(b)) if ka != "f" else _fix_and_warn(values, real_dtype(b))
    return [complex(x, 0.0) for x in reals]




# --------------------------------------------------------------------------
# One value at a time (the first array core's helpers)
# --------------------------------------------------------------------------


def _to_int(x):
    if type(x) is float:
        if x != x or x in (_INF, -_INF):
            return _INT64_MIN  # what NumPy gives (with a warning) on x86
        return int(x)
    return int(x)


def _to_uint8(x):
    return _to_int(x) & 0xFF


def _to_uint64(x):
    return _to_int(x) & _UINT64_MASK


def _to_bool(x):
    return bool(x)


def _to_float(x):
    return float(x)


def _to_complex(x):
    return complex(x)


def _converter_to(d):
    def convert(x):
        if type(x) is bool:
            source = BOOL
        elif type(x) is int:
            source = INT64 if _INT64_MIN <= x <= _INT64_MAX else UINT64
            if x > _UINT64_MAX or x < _INT64_MIN:
                x &= _UINT64_MASK
        else:
            from tinynet.core.value_dtypes import dtype_of_value

            source = dtype_of_value(x)
            if hasattr(x, "item") and hasattr(x, "dtype"):
                x = x.item()
        return cast([x], source, d)[0]
    return convert


_CONVERTERS = {"float64": _to_float, "int64": _to_int, "uint8": _to_uint8, "uint64": _to_uint64,
               "bool": _to_bool, "complex128": _to_complex}


def converter(d):
    """Return the function that turns one value into dtype d's Python type (astype's rules, unsafe).

    >>> converter(INT64)(2.7), converter(UINT8)(257), converter(BOOL)(0.0), converter(FLOAT64)(3)
    (2, 1, False, 3.0)
    >>> converter(INT8)(200), converter(FLOAT32)(0.1), converter(COMPLEX64)(0)
    (-56, 0.10000000149011612, 0j)
    """
    convert = _CONVERTERS.get(d.name)
    return convert if convert is not None else _converter_to(d)


def wrap_uint8(x):
    """Return an integer reduced modulo 256, as uint8 arithmetic wraps.

    >>> wrap_uint8(300), wrap_uint8(-1)
    (44, 255)
    """
    return x & 0xFF


def _wrapper_for(d):
    def wrap(x):
        return _wrap_ints([x], d)[0]
    return wrap


def wrapper(d):
    """Return the function that wraps one integer result into dtype d (None for int64 and non-integers).

    >>> wrapper(UINT64)(-1) == 2 ** 64 - 1, wrapper(INT8)(128), wrapper(INT64)
    (True, -128, None)
    """
    if d is UINT8:
        return wrap_uint8
    if d is UINT64:
        return _to_uint64
    if d is INT64 or d.kind not in "iu":
        return None
    return _wrapper_for(d)
