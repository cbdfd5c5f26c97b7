"""Index math: NumPy's indexing, broadcasting and reshaping as arithmetic on (offset, shape, strides).

An array is a window on a flat buffer ``buf``.  Element ``a[i0, ..., ik]`` lives at

    buf[offset + i0 * strides[0] + ... + ik * strides[k]]

with strides counted in elements; they may be negative (reversed axes) or 0 (broadcast or new axes).
"In C order" means the row-major flattening.  A 2x3 array over ``list(range(6))``:

    >>> offset, shape, strides = 0, (2, 3), (3, 1)
    >>> resolve((slice(None), -1), offset, shape, strides)        # a[:, -1]: a view
    ('view', 2, (2,), (3,))
    >>> resolve(IndexArray([1, 0], (2,), False), offset, shape, strides)  # a[[1, 0]]: a copy
    ('copy', [3, 4, 5, 0, 1, 2], (2, 3))
    >>> gather(list(range(6)), 2, (2,), (3,))
    [2, 5]

``resolve`` answers a read ``a[key]``: basic indexing (ints, slices, ``None``, ``...``) gives the
parameters of a view sharing the buffer; advanced indexing (integer or boolean arrays) gives the
buffer positions of a copy.  Keys of ints and slices are resolved here; the rest of NumPy's rule
lives in ``advanced_index``, loaded with the first key that needs it.  ``setitem_plan`` answers a
write ``a[key] = value``: the target positions in C order and the shape to broadcast the value to.
The helpers both need (positions, gather, scatter, contiguity, broadcasting) live in ``strided``
and are re-exported here; reshaping without copying lives in ``reshape_math``, loaded on the
first reshape.

This module knows no array class: index arrays arrive as ``IndexArray`` (flat values and a shape),
and everything returned is plain ints, tuples and lists.  Errors carry NumPy's types and wording.
"""

from tinynet.core.shapes import size_of as _size
from tinynet.core.strided import (  # noqa: F401 - re-exported: index_math.gather, index_math.c_strides, ...
    _broadcast,
    _collapse,
    _grid,
    _shape_text,
    broadcast_shapes,
    broadcast_strides,
    c_strides,
    f_strides,
    flat_positions,
    gather,
    is_c_contiguous,
    is_f_contiguous,
    scatter,
)

__all__ = [
    "IndexArray", "to_index_array", "resolve", "setitem_plan",
    "c_strides", "f_strides", "flat_positions", "gather", "scatter",
    "is_c_contiguous", "is_f_contiguous", "broadcast_shapes", "broadcast_strides",
    "reshape_strides", "resolve_shape", "validate_shape",
]

VALID_INDICES = ("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) "
                 "and integer or boolean arrays are valid indices")


class _KeyProbe:
    """Return whatever ``[]`` receives (a slice cannot be built by calling ``slice`` on MicroPython)."""

    def __getitem__(self, key):
        return key


_SLICE_TYPE = type(_KeyProbe()[:])


# ---------------------------------------------------------------------------------------------
# Index arrays
# ---------------------------------------------------------------------------------------------

class IndexArray:
    """An integer or boolean index array: its values flattened in C order, and its shape.

    >>> IndexArray([True, False], (2,), True)
    IndexArray([True, False], (2,), True)
    """

    def __init__(self, values, shape, is_bool):
        self.values = values
        self.shape = tuple(shape)
        self.is_bool = is_bool

    def __repr__(self):
        return "IndexArray(%r, %r, %r)" % (self.values, self.shape, self.is_bool)


def _is_sequence(obj):
    return isinstance(obj, (list, tuple, range))


def to_index_array(obj):
    """Convert a (nested) list of ints or bools to an ``IndexArray``, as NumPy converts an index list.

    All bools give a boolean mask; any int makes an integer array (bools then count as 0 and 1);
    an empty list is an integer array.  Floats and other objects are not indices.  (The work is
    done by ``advanced_index.to_index_array``, loaded with the first such key.)

    >>> to_index_array([[0, 2], [1, -1]])
    IndexArray([0, 2, 1, -1], (2, 2), False)
    >>> to_index_array([True, False, True])
    IndexArray([True, False, True], (3,), True)
    >>> to_index_array([1.5])
    Traceback (most recent call last):
    ...
    IndexError: only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices
    """
    return _advanced_index().to_index_array(obj)


# ---------------------------------------------------------------------------------------------
# Slices
# ---------------------------------------------------------------------------------------------


def _slice_part(value):
    if value is None or type(value) is int:
        return value
    if value is True or value is False:
        return 1 if value else 0
    if isinstance(value, int) or (hasattr(value, "__index__") and not isinstance(value, float)):
        return value.__index__()
    raise TypeError("slice indices must be integers or None or have an __index__ method")


def _slice_span(key, n):
    """Normalize a slice against an axis of length n; return (start, length, step).

    As ``slice.indices``: negative bounds count from the end, then bounds are clipped to
    [0, n] for a positive step and to [-1, n - 1] for a negative one.

    >>> _slice_span(_KeyProbe()[::-2], 5)
    (4, 3, -2)
    """
    step = _slice_part(key.step)
    if step is None:
        step = 1
    elif step == 0:
        raise ValueError("slice step cannot be zero")
    start = _slice_part(key.start)
    stop = _slice_part(key.stop)
    if step > 0:
        lower, upper = 0, n
    else:
        lower, upper = -1, n - 1
    if start is None:
        start = upper if step < 0 else lower
    else:
        if start < 0:
            start += n
        start = lower if start < lower else upper if start > upper else start
    if stop is None:
        stop = lower if step < 0 else upper
    else:
        if stop < 0:
            stop += n
        stop = lower if stop < lower else upper if stop > upper else stop
    if step > 0:
        length = (stop - start + step - 1) // step if stop > start else 0
    else:
        length = (start - stop - step - 1) // (-step) if start > stop else 0
    return start, length, step


def _out_of_bounds(index, axis, n):
    return IndexError("index %d is out of bounds for axis %d with size %d" % (index, axis, n))


def _too_many(ndim, used):
    return IndexError("too many indices for array: array is %d-dimensional, but %d were indexed"
                      % (ndim, used))


# ---------------------------------------------------------------------------------------------
# resolve and setitem_plan
# ---------------------------------------------------------------------------------------------

def resolve(key, offset, shape, strides):
    """Resolve ``a[key]`` for the array (offset, shape, strides); return a view or a copy plan.

    Returns ``("view", offset, shape, strides)`` for basic indexing (ints, slices, None, ...):
    the result shares the buffer.  Returns ``("copy", flat_indices, shape)`` for advanced
    indexing: ``[buf[i] for i in flat_indices]`` is the result in C order.

    Ints and slices are resolved here; a key holding anything else (None, ..., bools, index
    arrays) goes to ``advanced_index.resolve_full``, which states NumPy's advanced indexing
    rules.  NumPy returns a scalar, not a 0-d array, when the result shape is () and the key
    holds no Ellipsis; that choice is left to the caller.

    >>> resolve((0, slice(None, None, -1)), 0, (2, 3), (3, 1))     # a[0, ::-1]
    ('view', 2, (3,), (-1,))
    >>> rows, cols = IndexArray([0, 1], (2,), False), IndexArray([2, 0], (2,), False)
    >>> resolve((rows, cols), 0, (2, 3), (3, 1))                   # a[[0, 1], [2, 0]]
    ('copy', [2, 3], (2,))
    >>> resolve(5, 0, (3,), (1,))
    Traceback (most recent call last):
    ...
    IndexError: index 5 is out of bounds for axis 0 with size 3
    """
    ndim = len(shape)
    if type(key) is int:  # fast path: a[i]
        if not ndim:
            raise _too_many(0, 1)
        n = shape[0]
        i = key + n if key < 0 else key
        if i < 0 or i >= n:
            raise _out_of_bounds(key, 0, n)
        return ("view", offset + i * strides[0], tuple(shape[1:]), tuple(strides[1:]))

    if type(key) is tuple and len(key) <= ndim:
        view = _resolve_basic(key, offset, shape, strides)
        if view is not None:
            return view
    return _advanced_index().resolve_full(key, offset, shape, strides)  # None, ..., bools, index arrays


_ADVANCED = []  # core.advanced_index, once the first key has needed it


def _advanced_index():
    """Return core.advanced_index, imported on the first call (later calls read a list, not an import)."""
    if not _ADVANCED:
        from tinynet.core import advanced_index

        _ADVANCED.append(advanced_index)
    return _ADVANCED[0]


def _resolve_basic(key, offset, shape, strides):
    """Resolve a tuple of ints and slices no longer than shape; None if it holds anything else.

    The common case of basic indexing: the same arithmetic as resolve's.  The whole key is
    checked first, so that errors come in NumPy's order (a bad item before a bad bound).
    """
    for item in key:
        if type(item) is not int and type(item) is not _SLICE_TYPE:
            return None
    out_shape = []
    out_strides = []
    axis = 0
    for item in key:
        if type(item) is int:
            n = shape[axis]
            i = item + n if item < 0 else item
            if i < 0 or i >= n:
                raise _out_of_bounds(item, axis, n)
            offset += i * strides[axis]
        else:
            start, length, step = _slice_span(item, shape[axis])
            offset += start * strides[axis]
            out_shape.append(length)
            out_strides.append(strides[axis] * step)
        axis += 1
    return ("view", offset, tuple(out_shape) + tuple(shape[axis:]),
            tuple(out_strides) + tuple(strides[axis:]))


def setitem_plan(key, offset, shape, strides):
    """Resolve ``a[key] = value``; return (target buffer positions in C order, target shape).

    The caller broadcasts the value to the shape and writes value i to position i, in order,
    so a repeated index takes the last value written (as in NumPy).

    >>> setitem_plan((slice(None), 1), 0, (2, 3), (3, 1))          # a[:, 1] = ...
    ([1, 4], (2,))
    >>> setitem_plan(IndexArray([0, 0], (2,), False), 0, (3,), (1,))
    ([0, 0], (2,))
    """
    plan = resolve(key, offset, shape, strides)
    if plan[0] == "view":
        return flat_positions(plan[1], plan[2], plan[3]), plan[2]
    return plan[1], plan[2]


# ---------------------------------------------------------------------------------------------
# Reshaping: stand-ins for reshape_math's functions, which replace them here on the first call
# ---------------------------------------------------------------------------------------------

def _reshape_math():
    """Import core.reshape_math and bind its functions in this module in place of the stand-ins
    below, so that later calls of index_math.resolve_shape, validate_shape and reshape_strides go
    straight to them."""
    from tinynet.core import reshape_math

    g = globals()
    for name in ("resolve_shape", "validate_shape", "reshape_strides"):
        g[name] = getattr(reshape_math, name)
    return reshape_math


def resolve_shape(new_shape, size, dtype=None):
    """Return the shape a reshape to new_shape means for an array of this size (-1: the length left over).

    >>> resolve_shape((2, -1), 6)
    (2, 3)
    """
    return _reshape_math().resolve_shape(new_shape, size, dtype)


def validate_shape(shape):
    """Check that no length in a shape is negative, as array creation does; return the shape as a tuple."""
    return _reshape_math().validate_shape(shape)


def reshape_strides(shape, strides, new_shape, order="C"):
    """Return the strides of a view showing the array as new_shape, or None if a copy is needed."""
    return _reshape_math().reshape_strides(shape, strides, new_shape, order)
