"""Promotion of many operands: result_type, promote_types, and NumPy's order for a sequence of dtypes.

The pairwise rules (``promote`` for two dtypes, ``promote_weak`` for an array
and a Python scalar) are in ``dtypes``, where every binary operation finds them.

    >>> result_type(INT8, UINT8, 1.5), promote_types("i2", "u2"), promote_all([BOOL, INT8, FLOAT16])
    (dtype('float64'), dtype('int32'), dtype('float16'))
"""

from tinynet.core.dtypes import (
    _KIND_ORDER, BOOL, COMPLEX128, FLOAT16, FLOAT64, INT8, INT64, UINT8, _dtype_of_operand, _weak_kind, _weak_result,
    as_dtype, can_cast, promote,
)  # noqa: F401 - the examples use FLOAT16, INT8 and UINT8


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

