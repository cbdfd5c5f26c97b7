"""Arguments of the ndarray's indexing and shape methods: integers, axes, shapes, index keys and the
values assigned through an index (``a[key] = value``).

``index_math`` does the arithmetic on (offset, shape, strides); this module turns what the caller wrote
(an int, a list, a NumPy-like scalar, a mask, a nested list of values) into what that arithmetic takes,
with NumPy's errors for what it refuses.

>>> normalize_axis_tuple((-1, 0), 3), _as_shape(4)
((2, 0), (4,))
"""

from tinynet.core import dtypes
from tinynet.core import index_math
from tinynet.core.construct import asarray, to_data
from tinynet.core.dtypes import BOOL
from tinynet.core.errors import AxisError
from tinynet.core.ndarray import _size_of, ndarray


def _is_integer(x):
    return isinstance(x, int) or (hasattr(x, "__index__") and not isinstance(x, (float, ndarray)))


def _int_index(x):
    if isinstance(x, bool) or not _is_integer(x):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)
    return int(x)


def _as_shape(shape, unknown_ok=False):
    """Turn an int or a sequence of ints into a shape tuple (TypeError for anything else).

    A negative length is an error, except in a reshape (unknown_ok), where it stands for the unknown one.
    """
    if _is_integer(shape) and not isinstance(shape, bool):
        shape = (int(shape),)
    else:
        if shape is None:
            raise TypeError("Use () not None as shape arguments")
        try:
            shape = tuple(shape)
        except TypeError:
            if isinstance(shape, (float, complex)):  # (NumPy's words for a single number that is not an int)
                raise TypeError("expected a sequence of integers or a single integer, got '%r'" % (shape,))
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(shape).__name__)
        shape = tuple(_int_index(n) for n in shape)
    if not unknown_ok:
        for n in shape:
            if n < 0 and n != -1:
                raise ValueError("negative dimensions are not allowed")
    return shape


def normalize_axis(axis, ndim, prefix=None):
    """Return axis as a non-negative int, checking it is in range (prefix: the argument's name for the error).

    >>> normalize_axis(-1, 2)
    1
    >>> normalize_axis(2, 2)
    Traceback (most recent call last):
      ...
    tinynet.AxisError: axis 2 is out of bounds for array of dimension 2
    """
    axis = _int_index(axis)
    if not -ndim <= axis < ndim:
        _check_c_long(axis)
        if prefix is not None:  # NumPy names the argument: "axis2: axis 2 is out of bounds ..."
            raise AxisError(axis, ndim, prefix)
        raise AxisError("axis %d is out of bounds for array of dimension %d" % (axis, ndim))
    return axis % ndim


def _check_c_long(n, index=False):
    """Raise NumPy's OverflowError for an int that a C long cannot hold (an axis or index past int64).

    As an index, NumPy reads an int first as an unsigned 64-bit one: from 2**64 on, and below -2**63, it
    refuses it as no integer at all (IndexError).
    """
    if index and (n >= 1 << 64 or n < -(1 << 63)):
        raise IndexError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or "
                         "boolean arrays are valid indices")
    if n >= 1 << 63 or n < -(1 << 63):
        raise OverflowError("Python int too large to convert to C long")


def normalize_axis_tuple(axis, ndim):
    """Return an axis argument (None, an int or a tuple) as a tuple of non-negative ints.

    >>> normalize_axis_tuple(None, 3), normalize_axis_tuple((-1, 0), 3)
    ((0, 1, 2), (2, 0))
    """
    if axis is None:
        return tuple(range(ndim))
    if isinstance(axis, (tuple, list)):
        axes = tuple(normalize_axis(a, ndim) for a in axis)
        if len(set(axes)) != len(axes):
            raise ValueError("duplicate value in 'axis'")
        return axes
    return (normalize_axis(axis, ndim),)


def _has_ellipsis(key):
    return key is Ellipsis or (type(key) is tuple and any(k is Ellipsis for k in key))


def _index_key(key):
    """Turn the lists, ranges and arrays inside an index into index_math.IndexArray objects."""
    if type(key) is tuple:
        return tuple(_index_part(k) for k in key)
    if isinstance(key, list) and any(isinstance(k, (slice, type(None), type(Ellipsis))) for k in key):
        return tuple(_index_part(k) for k in key)  # NumPy's old rule for a list with slices in it
    return _index_part(key)


def _index_part(k):
    """One part of an index as index_math.resolve takes it: ints, slices, None and ... as they are; arrays,
    lists and NumPy objects through core/index_keys.py (loaded on first use)."""
    if type(k) is int:
        _check_c_long(k, index=True)
        return k
    if k is None or type(k) is slice or k is Ellipsis:
        return k
    from tinynet.core import index_keys

    return index_keys.index_part(k)


def _one_value(value, d):
    """Convert a value assigned to one element: v[i] = x."""
    if isinstance(value, ndarray) or isinstance(value, (list, tuple)):
        values = _values_for(value, (), d)
        return values[0]
    return dtypes.convert_scalar(value, d)


def _values_for(value, shape, d):
    """Return value cast to dtype d and broadcast to shape, as a list in C order."""
    size = _size_of(shape)
    if type(value) is float or type(value) is int or type(value) is bool or type(value) is str:
        return [dtypes.convert_scalar(value, d)] * size  # (a str is parsed: a[0] = "5" stores 5, as in NumPy)
    if isinstance(value, ndarray):
        source = value
    elif isinstance(value, (list, tuple)):
        values, vshape, _ = to_data(value, d)  # Python ints out of d's range raise, as in NumPy 2
        source = ndarray._make(values, vshape, d)
    else:
        source = asarray(value)
    vshape = source._shape
    # NumPy drops leading length-1 axes of the value when they don't fit.
    view = source
    while len(vshape) > len(shape) and vshape[0] == 1:
        vshape = vshape[1:]
        view = view._view(view._offset, vshape, view._strides[1:])
    if vshape != shape:
        strides = index_math.broadcast_strides(vshape, view._strides, shape)
        view = view._view(view._offset, shape, strides)
    values = view._values()
    if source._dtype is not d:
        values = dtypes.cast(values, source._dtype, d, setting=True)
    elif values is source._buf:
        values = list(values)  # a[::-1] = a reads everything before it writes
    elif source._buf is not None:
        values = list(values)
    return values


# --------------------------------------------------------------------------
# The ndarray's indexing methods (core/ndarray.py sets them on the class)
# --------------------------------------------------------------------------


def __len__(self):
    if not self._shape:
        raise TypeError("len() of unsized object")
    return self._shape[0]


def __iter__(self):
    if not self._shape:
        raise TypeError("iteration over a 0-d array")
    if len(self._shape) == 1:
        scalar = dtypes.scalar
        d = self._dtype
        return iter([scalar(x, d) for x in self._values()])
    return iter([self[i] for i in range(self._shape[0])])


def __getitem__(self, key):
    shape = self._shape
    # The fast path training loops meet most: one int on the first axis.
    if type(key) is int and shape:
        n = shape[0]
        if not -n <= key < n:
            _check_c_long(key, index=True)
            raise IndexError("index %d is out of bounds for axis 0 with size %d" % (key, n))
        start = self._offset + (key % n) * self._strides[0]
        if len(shape) == 1:
            return dtypes.scalar(self._buf[start], self._dtype)
        return self._view(start, shape[1:], self._strides[1:])
    plan = index_math.resolve(_index_key(key), self._offset, shape, self._strides)
    if plan[0] == "view":
        _, offset, new_shape, strides = plan
        if not new_shape and not _has_ellipsis(key):
            return dtypes.scalar(self._buf[offset], self._dtype)
        return self._view(offset, new_shape, strides)
    _, positions, new_shape = plan
    buf = self._buf
    values = [buf[i] for i in positions]
    return ndarray._make(values, new_shape, self._dtype)


def __delitem__(self, key):
    """Refuse ``del a[key]``: an array's size is fixed (np.delete returns a new array without the items)."""
    raise ValueError("cannot delete array elements")


def __setitem__(self, key, value):
    if not self._writeable:
        raise ValueError("assignment destination is read-only")
    shape = self._shape
    if type(key) is int and len(shape) == 1:  # v[i] = x
        n = shape[0]
        if not -n <= key < n:
            _check_c_long(key, index=True)
            raise IndexError("index %d is out of bounds for axis 0 with size %d" % (key, n))
        self._buf[self._offset + (key % n) * self._strides[0]] = _one_value(value, self._dtype)
        return
    mask = type(key) is ndarray and key._dtype is BOOL and len(key._shape) == len(shape)  # a[a > 2] = v
    key = _index_key(key)
    try:
        plan = index_math.resolve(key, self._offset, shape, self._strides)
    except IndexError as error:
        if "out of bounds" in str(error):  # NumPy reads an index array's bounds after the value
            from tinynet.core import assign_positions

            assign_positions.value_errors_first(self, key, value)
        raise
    if plan[0] == "view":  # basic indexing: write row by row through the view's strides
        _, offset, target_shape, strides = plan
        if (isinstance(value, ndarray) and value._buf is self._buf and value._offset == offset
                and value._shape == target_shape and value._strides == strides):
            return  # a[k] += v has written through the view already; Python now assigns it back
        values = _values_for(value, target_shape, self._dtype)
        index_math.scatter(self._buf, offset, target_shape, strides, values)
        return
    from tinynet.core import assign_positions  # index arrays and masks: loaded on first use

    assign_positions.set_positions(self, key, value, mask)
