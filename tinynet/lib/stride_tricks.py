"""Views that walk an array's memory with chosen strides: sliding_window_view and as_strided.

An array is a flat buffer read through an offset, a shape and strides (``docs/design.md``).  A sliding
window view of ``x = [0, 1, 2, 3, 4]`` with windows of 3 reads the buffer with strides (1, 1), in
elements: row i starts at element i, and each row steps one element on.  No element is copied::

    >>> from tinynet import arange
    >>> sliding_window_view(arange(5), 3).tolist()
    [[0, 1, 2], [1, 2, 3], [2, 3, 4]]

Loaded on first use, as ``numpy.lib.stride_tricks`` (``from tinynet.lib.stride_tricks import
sliding_window_view`` or ``np.lib.stride_tricks``).
"""

from tinynet.core.ndarray import _int_index, asarray, normalize_axis


def sliding_window_view(x, window_shape, axis=None, *, subok=False, writeable=False):
    """Return a read-only view of every window of window_shape in x, without copying.

    A window of length w along an axis of length n gives n - w + 1 positions; the result's shape is x's
    shape with each windowed axis shortened so, followed by window_shape.  Element
    ``v[i0, ..., j0, ...] = x[i0 + j0, ...]``: the window axes reuse the strides of the axes they slide
    along.  ``axis`` (default: every axis, in order) may name an axis more than once.  The view is
    read-only unless ``writeable=True`` (then writes land in x, and overlapping windows share them).

    >>> from tinynet import arange
    >>> v = sliding_window_view(arange(6).reshape(2, 3), 2, axis=1)
    >>> v.shape, v.tolist()
    ((2, 2, 2), [[[0, 1], [1, 2]], [[3, 4], [4, 5]]])
    >>> sliding_window_view(arange(5), 2).sum(axis=-1).tolist()
    [1, 3, 5, 7]
    """
    x = asarray(x)
    window_shape = tuple(window_shape) if isinstance(window_shape, (tuple, list)) else (window_shape,)
    if any(isinstance(w, (int, float)) and w < 0 for w in window_shape):
        raise ValueError("`window_shape` cannot contain negative values")
    if axis is None:
        axis = tuple(range(x.ndim))
        if len(window_shape) != len(axis):
            raise ValueError("Since axis is `None`, must provide window_shape for all dimensions of `x`; got "
                             "%d window_shape elements and `x.ndim` is %d." % (len(window_shape), x.ndim))
    else:
        axis = tuple(axis) if isinstance(axis, (tuple, list)) else (axis,)
        axis = tuple(normalize_axis(ax, x.ndim) for ax in axis)
        if len(window_shape) != len(axis):
            raise ValueError("Must provide matching length window_shape and axis; got %d window_shape "
                             "elements and %d axes elements." % (len(window_shape), len(axis)))
    shape = list(x._shape)
    for ax, w in zip(axis, window_shape):
        if shape[ax] < w:
            raise ValueError("window shape cannot be larger than input array shape")
        shape[ax] -= w - 1
    window_shape = tuple(_int_index(w) for w in window_shape)  # checked last, as NumPy's as_strided does
    shape = [_int_index(n) for n in shape]
    strides = x._strides + tuple(x._strides[ax] for ax in axis)
    view = x._view(x._offset, tuple(shape) + window_shape, strides)
    view._writeable = bool(writeable) and x._writeable
    return view


def as_strided(x, shape=None, strides=None, subok=False, writeable=True):
    """Return a view of x's memory with the given shape and strides (in bytes, as NumPy counts them).

    Element ``v[i, j]`` is the item ``offset + i * strides[0] + j * strides[1]`` bytes into x's memory,
    where x starts; shape and strides default to x's.  tinynet's buffer holds whole items, so each
    stride must be a multiple of the item size, and every element the view can reach must lie in the
    buffer: NumPy reads whatever memory is there, tinynet raises ValueError instead of inventing values.

    >>> from tinynet import arange
    >>> as_strided(arange(6), shape=(3, 2), strides=(16, 8)).tolist()
    [[0, 1], [2, 3], [4, 5]]
    >>> as_strided(arange(4), shape=(3, 2), strides=(8, 8)).tolist()
    [[0, 1], [1, 2], [2, 3]]
    """
    x = asarray(x)
    shape = x._shape if shape is None else tuple(_int_index(n) for n in shape)
    size = x.itemsize
    if strides is None:
        element_strides = x._strides if len(shape) == x.ndim else _c_order_strides(shape)
    else:
        strides = tuple(_int_index(s) for s in strides)
        if len(strides) != len(shape):
            raise ValueError("mismatch in length of strides and shape")
        if any(s % size for s in strides):
            raise ValueError("as_strided: tinynet reads whole items, so strides must be multiples of the item "
                             "size %d (got %s)" % (size, strides))
        element_strides = tuple(s // size for s in strides)
    if any(n < 0 for n in shape):
        raise ValueError("negative dimensions are not allowed")
    _check_inside(x, shape, element_strides)
    view = x._view(x._offset, tuple(shape), tuple(element_strides))
    view._writeable = bool(writeable) and x._writeable
    return view


def _c_order_strides(shape):
    strides, step = [], 1
    for n in reversed(shape):
        strides.append(step)
        step *= max(n, 1)
    return tuple(reversed(strides))


def _check_inside(x, shape, strides):
    """Refuse a view that would reach items outside x's buffer."""
    if 0 in shape:
        return
    low = high = x._offset
    for n, s in zip(shape, strides):
        if s > 0:
            high += (n - 1) * s
        else:
            low += (n - 1) * s
    if low < 0 or high >= len(x._buf):
        raise ValueError("as_strided: a view of shape %s with strides %s would reach outside the array's "
                         "memory (items %d to %d of %d)" % (tuple(shape), tuple(s * x.itemsize for s in strides),
                                                             low, high, len(x._buf)))
