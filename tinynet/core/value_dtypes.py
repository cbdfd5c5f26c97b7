"""The dtype of Python values, and Python values converted into a dtype (what ``np.array(values)`` does first).

    >>> infer_dtype([1, 2.5]), infer_dtype([2 ** 63]), dtype_of_value(True), kind_of_value(1j)
    (dtype('float64'), dtype('uint64'), dtype('bool'), dtype('complex128'))
    >>> from_python([1, 2.7, True], INT8), convert_scalar(0.1, FLOAT32)
    ([1, 2, 1], 0.10000000149011612)
"""

from tinynet.core.dtypes import (  # noqa: F401 - the examples use COMPLEX64, FLOAT16, FLOAT32, INT8 and UINT8
    _INT64_MAX, _INT64_MIN, _UINT64_MAX, BOOL, COMPLEX64, COMPLEX128, FLOAT16, FLOAT32, FLOAT64, INT8, INT64, UINT8,
    UINT64, as_dtype, promote,
)
from tinynet.core.representable import _fix_and_warn


def _unsupported(x):
    return TypeError(
        "unsupported value %r of type %s: tinynet arrays hold bool, int, float and complex"
        % (x, type(x).__name__)
    )


def kind_of_value(x):
    """Return the dtype of a Python value's kind: bool, int64, float64 or complex128.

    Every Python int counts as int64 here (see ``dtype_of_value`` for the size check).

    >>> kind_of_value(True), kind_of_value(3), kind_of_value(2.5), kind_of_value(1j)
    (dtype('bool'), dtype('int64'), dtype('float64'), dtype('complex128'))
    >>> kind_of_value("a")
    Traceback (most recent call last):
      ...
    TypeError: unsupported value 'a' of type str: tinynet arrays hold bool, int, float and complex
    """
    t = type(x)
    if t is float:
        return FLOAT64
    if t is bool:
        return BOOL
    if t is int:
        return INT64
    if t is complex:
        return COMPLEX128
    if isinstance(x, float):
        return FLOAT64
    if isinstance(x, bool):
        return BOOL
    if isinstance(x, int):
        return INT64
    if isinstance(x, complex):
        return COMPLEX128
    raise _unsupported(x)


def _int_dtype_for(low, high):
    """The dtype np.array gives Python ints from low to high: each int is int64, or uint64 above int64,
    and the two together promote to float64."""
    if low >= _INT64_MIN and high <= _INT64_MAX:
        return INT64
    if low < _INT64_MIN or high > _UINT64_MAX:
        raise OverflowError("Python int too large to convert to C long")
    return UINT64 if low > _INT64_MAX else FLOAT64


def dtype_of_value(x):
    """Return the dtype np.array gives one value: a Python scalar, or a NumPy or tinynet scalar.

    >>> dtype_of_value(3), dtype_of_value(2 ** 63), dtype_of_value(0.5), dtype_of_value(1j)
    (dtype('int64'), dtype('uint64'), dtype('float64'), dtype('complex128'))
    """
    t = type(x)
    if t is int:
        return _int_dtype_for(x, x)
    if t is float or t is bool or t is complex:
        return kind_of_value(x)
    d = getattr(x, "dtype", None)
    if d is not None:
        return as_dtype(d)
    if isinstance(x, int) and not isinstance(x, bool):
        return _int_dtype_for(x, x)
    return kind_of_value(x)


def infer_dtype(values):
    """Return the dtype np.array gives a flat list of values (float64 for no values).

    Kinds promote bool < int < float < complex.  Each Python int is int64, or
    uint64 above int64's range, and the two promote to float64.  Ints beyond
    uint64 raise OverflowError (NumPy would make an object array).

    >>> infer_dtype([True, 2]), infer_dtype([1, 2.5]), infer_dtype([1, 1j]), infer_dtype([])
    (dtype('int64'), dtype('float64'), dtype('complex128'), dtype('float64'))
    >>> infer_dtype([2 ** 63, True]), infer_dtype([2 ** 63, 1])
    (dtype('uint64'), dtype('float64'))
    >>> infer_dtype([2 ** 64])
    Traceback (most recent call last):
      ...
    OverflowError: Python int too large to convert to C long
    """
    if not values:
        return FLOAT64
    result = None
    kinds = set(map(type, values))
    if len(kinds) > 2:  # NumPy promotes in the order the types first appear, and that order can matter
        kinds = _in_order_met(values, len(kinds))
    for t in kinds:
        if t is bool:
            d = BOOL
        elif t is int:
            ints = [x for x in values if type(x) is int]
            d = _int_dtype_for(min(ints), max(ints))
        elif t is float:
            d = FLOAT64
        elif t is complex:
            d = COMPLEX128
        else:
            d = None
            for x in values:
                if type(x) is t:
                    dx = dtype_of_value(x)
                    d = dx if d is None else promote(d, dx)
        result = d if result is None else promote(result, d)
    return result


def _in_order_met(values, count):
    """The first `count` distinct types of values, in the order they first appear."""
    met = []
    for x in values:
        t = type(x)
        if t not in met:
            met.append(t)
            if len(met) == count:
                break
    return met



def from_python(values, d):
    """Return a flat list of Python scalars converted to dtype d as np.array(values, dtype=d) does.

    bool: truth value.  Integers: a Python int must fit (``value_conversion.check_python_int``),
    a float is truncated toward zero and must then fit, nan raises ValueError.
    Floats: float(x), then rounded to d (inf on overflow, with NumPy's warning).
    A complex into a real dtype raises TypeError.  NumPy and tinynet scalars
    (values with a dtype) are cast as ``astype`` casts.

    >>> from_python([1, 2.7, True], INT8), from_python([0.1, 2], FLOAT32), from_python([0, 2.5], BOOL)
    ([1, 2, 1], [0.10000000149011612, 2.0], [False, True])
    >>> from_python([1, 300], UINT8)
    Traceback (most recent call last):
      ...
    OverflowError: Python integer 300 out of bounds for uint8
    """
    kind = d.kind
    if kind == "b":
        return [x if type(x) is bool else _to_bool_one(x) for x in values]
    kinds = set(map(type, values))
    if kind == "i" or kind == "u":
        if kinds <= {int, bool} and values:
            if min(values) >= d._min and max(values) <= d._max:
                return [int(x) for x in values]
        from tinynet.core.value_conversion import python_to_int

        return [python_to_int(x, d) for x in values]
    if kinds <= {float, int, bool}:
        if kind == "f" and kinds <= {float}:
            return _fix_and_warn(list(values), d)
        try:
            result = [float(x) for x in values]
        except OverflowError:  # an int beyond float64: go one value at a time
            from tinynet.core.value_conversion import python_to_inexact

            return python_to_inexact(values, d)
        if kind == "c":
            result = [complex(x) for x in result]
        return _fix_and_warn(result, d)
    from tinynet.core.value_conversion import python_to_inexact

    return python_to_inexact(values, d)


def _to_bool_one(x):
    if type(x) is str:
        return len(x) > 0  # NumPy: a non-empty string is True
    if hasattr(x, "dtype") and hasattr(x, "item"):
        x = x.item()
    if type(x) not in (bool, int, float, complex):
        kind_of_value(x)
    return bool(x)


def convert_scalar(value, d):
    """Return one value converted to dtype d as NumPy assigns it: ``a[i] = value``, ``np.int8(value)``.

    Python scalars follow ``from_python``; NumPy and tinynet scalars are cast as ``astype`` casts.

    >>> convert_scalar(2.7, INT64), convert_scalar(0.1, FLOAT16), convert_scalar(3, COMPLEX64)
    (2, 0.0999755859375, (3+0j))
    >>> convert_scalar(-1, UINT8)
    Traceback (most recent call last):
      ...
    OverflowError: Python integer -1 out of bounds for uint8
    """
    return from_python([value], d)[0]


# --------------------------------------------------------------------------
# Keeping values representable: fix
# --------------------------------------------------------------------------
