"""Assignment through index arrays and masks: ``a[[0, 2]] = v``, ``a[a > 2] = 0``.

Such a key selects a list of positions in the buffer (``index_math.setitem_plan``); the value is
broadcast to the shape of the selection and cast to the array's dtype, with NumPy's words when it does
not fit.  Loaded with the first such assignment (basic indexing writes through views, in ndarray.py).

    >>> from tinynet import array
    >>> a = array([1, 2, 3, 4]); a[a > 2] = 0; a[[0, 0]] = 9; a.tolist()
    [9, 2, 0, 0]
"""

from tinynet.core import index_math
from tinynet.core.construct import _compact, to_data
from tinynet.core.indexing import _values_for
from tinynet.core.ndarray import ndarray


def set_positions(a, key, value, mask):
    """a[key] = value for an index key that selects a list of positions (index arrays, a mask)."""
    positions, target_shape = index_math.setitem_plan(key, a._offset, a._shape, a._strides)
    values = _advanced_values_for(value, target_shape, a._dtype, mask)
    buf = a._buf
    for i, v in zip(positions, values):
        buf[i] = v


def value_errors_first(a, key, value):
    """Raise what NumPy raises for a[key] = value before it checks the bounds of key's integer index arrays:
    the value's conversion to a's dtype, and for a lone index array, its broadcast to the selection.  A key
    with a boolean array, or a plain int that may be out of bounds, is left alone (NumPy checks those first)."""
    items = key if type(key) is tuple else (key,)
    arrays = [k for k in items if type(k) is index_math.IndexArray]
    if not arrays or [k for k in arrays if k.is_bool] or len(items) > len(a._shape):
        return
    for axis in range(len(items)):
        k = items[axis]
        if k is None or k is Ellipsis or type(k) is int and not -a._shape[axis] <= k < a._shape[axis]:
            return
    if items == (key,):
        _advanced_values_for(value, key.shape + a._shape[1:], a._dtype, False)
    else:
        _values_for(value, _shape_of_value(value), a._dtype)


def _advanced_values_for(value, shape, d, mask):
    """_values_for under an index array or mask (a copy's positions), with NumPy's words for a bad value."""
    if mask:  # one boolean mask as deep as the array: NumPy takes a 0-d or 1-d value only
        vshape = _shape_of_value(value)
        if len(vshape) > 1:
            raise TypeError("NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, "
                            "input has %d dimensions" % len(vshape))
        if vshape and vshape[0] not in (1, shape[0]):
            raise ValueError("NumPy boolean array indexing assignment cannot assign %d input values to the %d "
                             "output values where the mask is true" % (vshape[0], shape[0]))
    try:
        return _values_for(value, shape, d)
    except ValueError as error:
        if not str(error).startswith("could not broadcast"):
            raise
        raise ValueError("shape mismatch: value array of shape %s could not be broadcast to indexing result "
                         "of shape %s" % (_compact(_shape_of_value(value)), _compact(shape)))


def _shape_of_value(value):
    if isinstance(value, ndarray):
        return value._shape
    if isinstance(value, (list, tuple)):
        return to_data(value)[1]
    return ()
