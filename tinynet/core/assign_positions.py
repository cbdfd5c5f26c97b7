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
