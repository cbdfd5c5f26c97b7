"""Promotion beyond two arrays: Python scalars (NEP 50), result_type, promote_types, sequences of dtypes.

Two array dtypes promote with ``dtypes.promote``.  A Python ``bool``, ``int``,
``float`` or ``complex`` is "weak" (NEP 50, NumPy 2): it takes the array's
dtype when the array's kind can hold it.

    >>> promote_weak(UINT8, 3), promote_weak(FLOAT32, 0.5), promote_weak(INT8, 0.5)
    (dtype('uint8'), dtype('float32'), dtype('float64'))
    >>> result_type(INT8, UINT8, 1.5), promote_types("i2", "u2"), promote_all([BOOL, INT8, FLOAT16])
    (dtype('float64'), dtype('int32'), dtype('float16'))
"""

from tinynet.core.dtypes import (
    BOOL, COMPLEX64, COMPLEX128, FLOAT16, FLOAT32, FLOAT64, INT8, INT64, UINT8, _dtype_of_operand,
    as_dtype, dtype, promote,
)  # noqa: F401 - the examples use INT8 and UINT8
from tinynet.core.cast_rules import _KIND_ORDER, can_cast
from tinynet.core.value_conversion import check_python_int


def can_cast_same_kind(source, target):
    """Return whether NumPy's 'same_kind' casting allows source -> target.

    >>> can_cast_same_kind(UINT8, INT64), can_cast_same_kind(INT64, UINT8), can_cast_same_kind(FLOAT64, INT64)
    (True, False, False)
    """
    return can_cast(source, target, "same_kind")


def promote_all(dtypes_in):
    """Return the common dtype of several dtypes, as NumPy promotes a sequence of them.

    NumPy does not fold left to right: it first picks the dtype of the highest kind (bool, unsigned,
    signed, float, complex; the wider of one kind), promotes each dtype with that one, and only then
    combines the results.  So int8 and uint8 never meet as int16 beside a float16:

    >>> promote_all([INT8, UINT8, FLOAT16]), promote(promote(INT8, UINT8), FLOAT16)
    (dtype('float16'), dtype('float32'))
    """
    main = dtypes_in[0]
    for d in dtypes_in:
        if (_KIND_ORDER[d.kind], d.itemsize) > (_KIND_ORDER[main.kind], main.itemsize):
            main = d
    result = None
    for d in dtypes_in:
        step = promote(main, d)
        result = step if result is None else promote(result, step)
    return result


def promote_types(type1, type2):
    """Return the smallest dtype both dtype specifications cast to safely (np.promote_types).

    >>> promote_types("i1", "u1"), promote_types(float, "f2"), promote_types("int64", "uint64")
    (dtype('int16'), dtype('float64'), dtype('float64'))
    """
    return promote(as_dtype(type1), as_dtype(type2))


def _weak_kind(x):
    """The kind of a weak (Python) scalar or Python scalar type: 'b', 'i', 'f' or 'c'."""
    if x is bool or x is int or x is float or x is complex:
        return {bool: "b", int: "i", float: "f", complex: "c"}[x]
    if isinstance(x, dtype):
        return "i" if x.kind == "u" else x.kind
    t = type(x)
    if t is bool:
        return "b"
    if t is int:
        return "i"
    if t is float:
        return "f"
    if t is complex:
        return "c"
    if isinstance(x, bool):
        return "b"
    if isinstance(x, int):
        return "i"
    if isinstance(x, float):
        return "f"
    if isinstance(x, complex):
        return "c"
    raise TypeError("%r is not a Python bool, int, float or complex" % (x,))


def _weak_result(d, kind):
    """NEP 50: the dtype of an array of dtype d combined with a weak scalar of this kind."""
    k = d.kind
    if kind == "b":
        return d
    if kind == "i":
        return INT64 if k == "b" else d
    if kind == "f":
        return FLOAT64 if k in "biu" else d
    if k == "c":
        return d
    if k == "f":
        return COMPLEX128 if d is FLOAT64 else COMPLEX64
    return COMPLEX128


def promote_weak(array_dtype, python_value_or_type):
    """Return the dtype of an array combined with a Python scalar (NEP 50).

    A Python bool, int, float or complex is "weak": it takes the array's dtype
    unless the array's kind is lower, when the result is the scalar kind's
    default (int64, float64, complex128), except that a float16 or float32
    array with a complex gives complex64.  A Python int value must fit an
    integer result: ``uint8_array + 300`` raises OverflowError.

    >>> promote_weak(UINT8, int), promote_weak(BOOL, int), promote_weak(INT64, float)
    (dtype('uint8'), dtype('int64'), dtype('float64'))
    >>> promote_weak(FLOAT32, 2.5), promote_weak(FLOAT32, 1j), promote_weak(INT8, True)
    (dtype('float32'), dtype('complex64'), dtype('int8'))
    >>> promote_weak(UINT8, 300)
    Traceback (most recent call last):
      ...
    OverflowError: Python integer 300 out of bounds for uint8
    """
    result = _weak_result(array_dtype, _weak_kind(python_value_or_type))
    x = python_value_or_type
    if type(x) is int or isinstance(x, int) and not isinstance(x, bool) and not hasattr(x, "dtype"):
        check_python_int(x, result)
    return result


_WEAK_DEFAULT = {"b": BOOL, "i": INT64, "f": FLOAT64, "c": COMPLEX128}


def _is_weak(x):
    t = type(x)
    return t is bool or t is int or t is float or t is complex



def result_type(*arrays_and_dtypes):
    """Return the dtype NumPy 2 gives an operation on these arrays, dtypes and Python scalars.

    Arrays and dtypes promote with ``promote``; Python scalars are weak (see
    ``promote_weak``) and only decide the result when nothing else does.

    >>> result_type(INT8, UINT8), result_type(UINT8, 300), result_type(FLOAT16, 1j), result_type(1, 2.0)
    (dtype('int16'), dtype('uint8'), dtype('complex64'), dtype('float64'))
    """
    if not arrays_and_dtypes:
        raise ValueError("at least one array or dtype is required")
    strong = []
    weak_kind = None
    for x in arrays_and_dtypes:
        if _is_weak(x):
            kind = _weak_kind(x)
            if weak_kind is None or _KIND_ORDER[kind] > _KIND_ORDER[weak_kind]:
                weak_kind = kind
        else:
            strong.append(_dtype_of_operand(x))
    strong = promote_all(strong) if strong else None
    if strong is None:
        return _WEAK_DEFAULT[weak_kind]
    if weak_kind is None:
        return strong
    return _weak_result(strong, weak_kind)

