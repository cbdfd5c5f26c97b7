"""Python values converted one at a time into a dtype, where ``value_dtypes.from_python``'s fast paths do not apply.

A Python int must fit an integer dtype (NumPy 2 raises OverflowError rather
than wrap); a float into an integer dtype truncates toward zero and must then
fit; a string is parsed as NumPy parses one; a NumPy or tinynet scalar is cast
as ``astype`` casts it.  Into a float dtype, values convert in order, so that
the ones before a bad value have been converted (and warned about) first.

    >>> check_python_int(255, UINT8), python_to_int(-2.9, INT8), python_to_int("12", INT16)
    (255, -2, 12)
    >>> convert_other("0.1", FLOAT16)
    0.0999755859375
    >>> python_to_int(float("nan"), INT8)
    Traceback (most recent call last):
      ...
    ValueError: cannot convert float NaN to integer
"""

from tinynet.core.dtypes import (
    _INF, _INT64_MAX, _INT64_MIN, _UINT64_MAX, COMPLEX128, FLOAT16, FLOAT64, INT8, INT16, UINT8, UINT32, UINT64,
    as_dtype,
)  # noqa: F401 - the examples use FLOAT16, INT8, INT16 and UINT8
from tinynet.core.representable import _fix_and_warn
from tinynet.core.value_dtypes import from_python, kind_of_value


def check_python_int(value, d):
    """Return a Python int unchanged if it fits dtype d, else raise OverflowError as NumPy 2 does.

    Ints beyond the C long (beyond uint64 for uint32 and uint64, as NumPy reads
    those unsigned) are "too large"; others outside the dtype's range are
    "out of bounds".  Float dtypes take any int below
    float64's overflow; bool takes any int.

    >>> check_python_int(255, UINT8)
    255
    >>> check_python_int(300, UINT8)
    Traceback (most recent call last):
      ...
    OverflowError: Python integer 300 out of bounds for uint8
    >>> check_python_int(2 ** 64, UINT64)
    Traceback (most recent call last):
      ...
    OverflowError: Python int too large to convert to C long
    """
    kind = d.kind
    if kind == "i" or kind == "u":
        if not d._min <= value <= d._max:
            # NumPy reads the int as a C long first (as an unsigned one for uint32 and uint64).
            if value < _INT64_MIN or value > (_UINT64_MAX if d is UINT64 or d is UINT32 else _INT64_MAX):
                raise OverflowError("Python int too large to convert to C long")
            raise OverflowError("Python integer %d out of bounds for %s" % (value, d.name))
    elif kind == "f" or kind == "c":
        _int_to_float(value)
    return value


def _int_to_float(value):
    """float(value), raising CPython's OverflowError beyond float64 on every runtime."""
    try:
        f = float(value)
    except OverflowError:
        f = _INF
    if f == _INF or f == -_INF:
        raise OverflowError("int too large to convert to float")
    return f


def python_to_int(x, d):
    """One Python value assigned into integer dtype d (np.array([x], dtype=d))."""
    t = type(x)
    if t is int:
        return check_python_int(x, d)
    if t is bool:
        return int(x)
    if t is float:
        if x != x:
            raise ValueError("cannot convert float NaN to integer")
        if x == _INF or x == -_INF:
            raise OverflowError("cannot convert float infinity to integer")
        return check_python_int(int(x), d)
    if t is complex:
        raise TypeError("int() argument must be a string, a bytes-like object or a real number, not 'complex'")
    return convert_other(x, d)


def convert_other(x, d):
    """A NumPy or tinynet scalar (anything with a dtype) cast to d as astype does; a str parsed as NumPy
    parses one into a number (int(), float() or complex() of it: their ValueError for a bad literal)."""
    if type(x) is str:
        if d.kind == "b":
            return len(x) > 0
        if d.kind in "iu":
            return check_python_int(int(x), d)
        return from_python([float(x) if d.kind == "f" else complex(x)], d)[0]
    source = getattr(x, "dtype", None)
    if source is None:
        source = kind_of_value(x)  # raises TypeError for strings, None, objects
        return from_python([source.python_type(x)], d)[0]
    item = x.item() if hasattr(x, "item") else x
    from tinynet.core.casting import cast

    return cast([item], as_dtype(source), d)[0]


def python_to_inexact(values, d):
    """from_python into a float or complex dtype one value at a time, in order: on a value that
    cannot be converted, NumPy has already stored (and warned about) the values before it."""
    kind = d.kind
    result = []
    for x in values:
        t = type(x)
        try:
            if t is complex:
                if kind == "f":
                    raise TypeError("float() argument must be a string or a real number, not 'complex'")
                value = x
            elif t is float or t is bool:
                value = float(x)
            elif t is int:
                value = _int_to_float(x)
            else:
                value = convert_other(x, FLOAT64 if kind == "f" else COMPLEX128)
        except (TypeError, ValueError, OverflowError):
            _fix_and_warn(result, d)
            raise
        result.append(complex(value) if kind == "c" else value)
    return _fix_and_warn(result, d)
