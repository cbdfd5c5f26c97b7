"""Building an ndarray from Python data: ``array``, ``asarray`` and the rules they share.

``to_data`` walks nested lists (and tuples, ranges, arrays and NumPy-like scalars inside them) level by
level to find the shape, then infers the dtype as NumPy does (bool < int64 < float64 < complex128,
NumPy-like scalars and arrays inside keeping theirs) and converts the values.  ``_flatten`` and
``_unflatten`` go between nested lists and the flat C-order lists a buffer holds.

>>> to_data([[1, 2], [3, 4.5]])
([1.0, 2.0, 3.0, 4.5], (2, 2), dtype('float64'))
>>> _unflatten([1, 2, 3, 4, 5, 6], (2, 3))
[[1, 2, 3], [4, 5, 6]]
"""

from tinynet.core import dtypes
from tinynet.core.dtypes import FLOAT64
from tinynet.core.ndarray import _size_of, ndarray
from tinynet.core.shapes import format_shape


def _flatten(data, ndim):
    """The values of nested lists of depth ndim, in C order."""
    if ndim == 0:
        return [data]
    for _ in range(ndim - 1):
        data = [x for row in data for x in row]
    return list(data)


def _unflatten(values, shape):
    """Nested lists of the given shape from values in C order (a 0-d shape gives the one value)."""
    if not shape:
        return values[0]
    if _size_of(shape) == 0:
        return _empty_nest(shape)
    rows = list(values)
    for n in reversed(shape[1:]):
        rows = [rows[i:i + n] for i in range(0, len(rows), n)]
    return rows


def _empty_nest(shape):
    if not shape or shape[0] == 0:
        return []
    return [_empty_nest(shape[1:]) for _ in range(shape[0])]



def to_data(obj, dtype=None):
    """Return (values in C order, shape, dtype) for any array-like: nested lists, scalars, arrays.

    >>> to_data([[1, 2], [3, 4.5]])
    ([1.0, 2.0, 3.0, 4.5], (2, 2), dtype('float64'))
    >>> to_data([True, False], dtype="int64")
    ([1, 0], (2,), dtype('int64'))
    """
    if isinstance(obj, ndarray):
        d = obj._dtype if dtype is None else dtypes.as_dtype(dtype)
        values = obj._values()
        if d is obj._dtype:
            return list(values), obj._shape, d
        return dtypes.cast(values, obj._dtype, d), obj._shape, d
    if type(obj).__name__ == "flatiter" and hasattr(obj, "base"):  # a.flat: its elements, 1-d
        return to_data(obj.copy(), dtype)
    source_dtype = None
    if getattr(obj, "dtype", None) is not None and hasattr(obj, "tolist") and hasattr(obj, "shape"):
        source_dtype = _numpy_dtype(obj)  # a NumPy array or scalar keeps its dtype
        if dtype is None:
            dtype = source_dtype
    if source_dtype is not None and not isinstance(obj, (list, tuple)):  # a NumPy array: its own shape
        shape = tuple(obj.shape)
        values = _flatten(obj.tolist(), len(shape)) if shape else [obj.tolist()]
        met = [source_dtype]
        scalars_met = False
    else:
        shape, values, met, scalars_met = _shape_and_values(obj)
    if dtype is None:
        d = dtypes.infer_dtype(values) if (values or not met) and not scalars_met else met[0]
        for other in met:
            d = dtypes.promote(d, other)
        if not values and not met:
            d = FLOAT64
        return dtypes.from_python(values, d), shape, d
    d = dtypes.as_dtype(dtype)
    if source_dtype is not None and source_dtype is not d:
        return dtypes.cast(dtypes.from_python(values, source_dtype), source_dtype, d), shape, d
    return dtypes.from_python(values, d), shape, d


def _is_sequence(x):
    return isinstance(x, (list, tuple, range)) or (hasattr(x, "shape") and hasattr(x, "tolist") and x.shape != ())


def _inhomogeneous(shape):
    return ValueError(
        "setting an array element with a sequence. The requested array has an inhomogeneous shape after %d "
        "dimensions. The detected shape was %s + inhomogeneous part." % (len(shape), _compact(tuple(shape)))
    )


def _shape_and_values(obj):
    """Return (shape, values in C order, dtypes met, whether scalars were met) for nested sequences.

    The dtypes met are those of arrays and NumPy-like scalars inside, in order; where scalars were met,
    the dtype of the plain Python numbers comes first (NumPy promotes them in the order met).

    Walks level by level, not by recursion, so nesting depth costs no stack; NumPy's limit of 64
    dimensions and its error for ragged input apply.
    """
    met = []
    shape = []
    level = [obj]
    while level:
        first = level[0]
        if not _is_sequence(first):
            for item in level:
                if _is_sequence(item):
                    raise _inhomogeneous(shape)
            break
        n = len(first)
        expanded = []
        for item in level:
            if not _is_sequence(item) or len(item) != n:
                raise _inhomogeneous(shape)
            if not isinstance(item, (list, tuple, range)):  # an array inside: its values and its dtype
                met.append(_numpy_dtype(item) or item.dtype)
                item = item.tolist()
            expanded.extend(item)
        shape.append(n)
        if len(shape) > 64:
            raise ValueError(
                "setting an array element with a sequence. The requested array would exceed the maximum number "
                "of dimension of 64."
            )
        level = expanded
    values = level
    plain = None  # the values that were Python numbers, where NumPy-like scalars were met too
    for i, x in enumerate(values):
        t = type(x)
        if t is not float and t is not int and t is not bool and t is not complex and hasattr(x, "dtype"):
            d = _numpy_dtype(x)
            if d is not None:
                if plain is None:
                    plain = values[:i]
                met.append(d)
                values[i] = x.item()
                continue
        if plain is not None:
            plain.append(x)
    if plain is not None:  # a scalar's dtype is its own (np.float32(1) stays float32): infer from the rest
        if plain:
            met.insert(0, dtypes.infer_dtype(plain))
        return tuple(shape), values, met, True
    return tuple(shape), values, met, False


def _numpy_dtype(obj):
    try:
        return dtypes.as_dtype(obj.dtype.name)
    except (TypeError, AttributeError):
        return None


def check_device(device):
    """Raise ValueError unless device is None or tinynet's one device, "cpu" (the Array API's device=)."""
    if device is not None and device != "cpu":
        raise ValueError('Device not understood. Only "cpu" is allowed, but received: %s' % (device,))


def asarray(a, dtype=None, order=None, copy=None, device=None):
    """Return a as an ndarray, without copying if it already is one of that dtype.

    >>> asarray([1, 2]).tolist()
    [1, 2]
    """
    check_device(device)
    if isinstance(a, ndarray) and (dtype is None or dtypes.as_dtype(dtype) is a._dtype):
        if copy:
            return a.copy()
        return a
    if copy is False:  # a list, a scalar or a cast always builds a new array
        raise ValueError("Unable to avoid copy while creating an array as requested.")
    values, shape, d = to_data(a, dtype)
    return ndarray._make(values, shape, d)


def array(obj, dtype=None, copy=True, order="K", subok=False, ndmin=0, like=None):
    """Return a new array holding the values of obj (nested lists, scalars or arrays).

    The dtype is inferred as NumPy does (bool < int64 < float64 < complex128) unless given.

    >>> array([[1, 2], [3, 4]]).shape, array([1, 2.5]).dtype, array([True, False], dtype="int64").tolist()
    ((2, 2), dtype('float64'), [1, 0])
    """
    if copy is False or copy is None:
        result = asarray(obj, dtype, copy=copy)
    elif isinstance(obj, ndarray) and (dtype is None or dtypes.as_dtype(dtype) is obj._dtype):
        return obj._copy_laid_out(order)._with_ndmin(ndmin)  # 'K' keeps a transposed array's layout
    else:
        values, shape, d = to_data(obj, dtype)
        result = ndarray._make(values, shape, d)
        if order == "F" and result.ndim > 1:
            result = result._copy_laid_out("F")
    return result._with_ndmin(ndmin)


def _compact(shape):
    return format_shape(shape).replace(" ", "")

