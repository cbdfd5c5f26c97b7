"""Rearranging: roll, rot90, diff, ediff1d, insert, delete, append, resize, trim_zeros, block, unstack.

Each builds a new array from the elements of another, moved, removed, added or differenced along an axis.
``rot90`` and ``unstack`` are views (they only reorder axes and flip strides); ``trim_zeros`` slices; the
rest copy, and their results own their data, as NumPy's do.

    >>> from tinynet import roll, diff, insert, delete
    >>> roll([1, 2, 3, 4], 1).tolist(), diff([1, 4, 9, 16]).tolist(), diff([1, 4, 9, 16], n=2).tolist()
    ([4, 1, 2, 3], [3, 5, 7], [2, 2])
    >>> insert([1, 2, 3], 1, 9).tolist(), delete([1, 2, 3], [0, 2]).tolist()
    ([1, 9, 2, 3], [2])
"""

from tinynet.core import dtypes
from tinynet.core import memory
from tinynet.core import selection as _core
from tinynet.core.dtypes import BOOL, INT64
from tinynet.core.ndarray import asarray, ndarray, normalize_axis
from tinynet.lib.shaping import concatenate, flip, moveaxis

_NO_VALUE = object()


def _along(a, axis, start, stop):
    """The view a[..., start:stop, ...] with the slice on axis."""
    key = [slice(None)] * a.ndim
    key[axis] = slice(start, stop)
    return a[tuple(key)]


# --------------------------------------------------------------------------
# Moving elements
# --------------------------------------------------------------------------


def roll(a, shift, axis=None):
    """Roll elements along axes: out[(i + shift) mod n] = a[i] (flattened first if axis is None).

    shift and axis may be tuples (broadcast together); shifts on the same axis add up.

    >>> roll([[1, 2, 3], [4, 5, 6]], 1, axis=1).tolist(), roll([[1, 2, 3], [4, 5, 6]], (1, 1), axis=(0, 1)).tolist()
    ([[3, 1, 2], [6, 4, 5]], [[6, 4, 5], [3, 1, 2]])
    """
    a = asarray(a)
    if axis is None:
        return roll(a.ravel(), shift, 0).reshape(a._shape)
    shifts = list(shift) if isinstance(shift, (tuple, list)) else [shift]
    axes = list(axis) if isinstance(axis, (tuple, list)) else [axis]
    if len(shifts) != len(axes) and len(shifts) != 1 and len(axes) != 1:
        raise ValueError("'shift' and 'axis' should be scalars or 1D sequences")
    if len(shifts) == 1:
        shifts = shifts * len(axes)
    if len(axes) == 1:
        axes = axes * len(shifts)
    total = [0] * a.ndim
    for s, k in zip(shifts, axes):
        total[normalize_axis(k, a.ndim)] += int(s)
    values, shape = list(a._values()), a._shape
    for k, s in enumerate(total):
        n = shape[k]
        if n and s % n:
            order = [(i - s) % n for i in range(n)]
            values, shape = _core.take(values, shape, order, k)
    return ndarray._make(values if values is not a._buf else list(values), shape, a._dtype)


def rot90(m, k=1, axes=(0, 1)):
    """Rotate an array by 90 degrees k times in the plane of two axes, from the first towards the second.

    A view: k = 1 is flip along axes[1] then swap the two axes.

    >>> rot90([[1, 2], [3, 4]]).tolist(), rot90([[1, 2], [3, 4]], 2).tolist()
    ([[2, 4], [1, 3]], [[4, 3], [2, 1]])
    """
    m = asarray(m)
    axes = tuple(axes)
    if len(axes) != 2:
        raise ValueError("len(axes) must be 2.")
    if axes[0] == axes[1] or abs(axes[0] - axes[1]) == m.ndim:
        raise ValueError("Axes must be different.")
    if not (-m.ndim <= axes[0] < m.ndim and -m.ndim <= axes[1] < m.ndim):
        raise ValueError("Axes=%s out of range for array of ndim=%d." % (axes, m.ndim))
    k %= 4
    if k == 0:
        return m[...]
    if k == 2:
        return flip(flip(m, axes[0]), axes[1])
    order = list(range(m.ndim))
    first, second = axes[0] % m.ndim, axes[1] % m.ndim
    order[first], order[second] = order[second], order[first]
    if k == 1:
        return flip(m, axes[1]).transpose(order)
    return flip(m.transpose(order), axes[1])


def unstack(x, *, axis=0):
    """Split an array into the views along an axis: x[..., i, ...] for each i, as a tuple.

    >>> [v.tolist() for v in unstack([[1, 2], [3, 4]], axis=1)]
    [[1, 3], [2, 4]]
    """
    x = asarray(x)
    if x.ndim == 0:
        raise ValueError("Input array must be at least 1-d.")
    moved = moveaxis(x, axis, 0)
    return tuple(moved[i] for i in range(moved._shape[0]))  # views, or scalars of a 1-d array


# --------------------------------------------------------------------------
# Differences
# --------------------------------------------------------------------------


def diff(a, n=1, axis=-1, prepend=_NO_VALUE, append=_NO_VALUE):
    """Return the n-th discrete difference along axis: out[i] = a[i + 1] - a[i], applied n times.

    prepend/append are joined to a along the axis first (a scalar fills a slice).  For bool arrays
    the difference is a[i + 1] != a[i].

    >>> diff([1, 2, 4, 7]).tolist(), diff([1, 2, 4, 7], 2).tolist(), diff([1, 2], prepend=0, append=[5]).tolist()
    ([1, 2, 3], [1, 1], [1, 1, 3])
    """
    if n == 0:
        return a
    if n < 0:
        raise ValueError("order must be non-negative but got %r" % (n,))
    a = asarray(a)
    if a.ndim == 0:
        raise ValueError("diff requires input that is at least one dimensional")
    axis = normalize_axis(axis, a.ndim)
    parts = []
    for extra in (prepend, None, append):
        if extra is None:
            parts.append(a)
        elif extra is not _NO_VALUE:
            e = asarray(extra)
            if e.ndim == 0:
                shape = a._shape[:axis] + (1,) + a._shape[axis + 1:]
                e = ndarray._make([e._values()[0]] * _size(shape), shape, e._dtype)
            parts.append(e)
    if len(parts) > 1:
        a = concatenate(parts, axis=axis)
    for _ in range(n):
        length = a._shape[axis]
        upper, lower = _along(a, axis, 1, max(length, 1)), _along(a, axis, 0, max(length - 1, 0))
        a = (upper != lower) if a._dtype is BOOL else upper - lower
    return a


def _size(shape):
    n = 1
    for length in shape:
        n *= length
    return n


def ediff1d(ary, to_end=None, to_begin=None):
    """Return the differences of consecutive elements of the flattened array: out[i] = a[i + 1] - a[i].

    to_begin and to_end are put before and after, in ary's dtype (they must cast to it by 'same_kind').

    >>> ediff1d([1, 2, 4, 7], to_begin=-99, to_end=[88, 99]).tolist()
    [-99, 1, 2, 3, 88, 99]
    """
    a = asarray(ary).ravel()
    d = a._dtype
    middle = a[1:] - a[:-1]
    parts = []
    for name, extra in (("to_begin", to_begin), (None, None), ("to_end", to_end)):
        if name is None:
            parts.append(list(middle._values()))
            continue
        if extra is None:
            continue
        e = asarray(extra).ravel()
        if not dtypes.can_cast(e._dtype, d, "same_kind"):
            raise TypeError("dtype of `%s` must be compatible with input `ary` under the `same_kind` rule." % name)
        parts.append(e._values() if e._dtype is d else dtypes.cast(e._values(), e._dtype, d))
    values = []
    for p in parts:
        values.extend(p)
    return ndarray._make(values, (len(values),), d)


# --------------------------------------------------------------------------
# Inserting and deleting
# --------------------------------------------------------------------------


def _index_argument(obj, n):
    """(indices, was_scalar) of insert/delete's obj: a slice, an int, or a sequence of ints."""
    if isinstance(obj, slice):
        start, stop, step = obj.indices(n)
        chosen = list(range(start, stop, step))
        return ndarray._make(chosen, (len(chosen),), INT64), False
    index = asarray(obj)
    if index.size == 0 and not isinstance(obj, ndarray):
        return [], False
    if index._dtype.kind not in "iub":
        raise IndexError("arrays used as indices must be of integer (or boolean) type")
    return index, index.ndim == 0


def insert(arr, obj, values, axis=None):
    """Insert values before the given indices along axis (flattened first if axis is None).

    obj: an int (values fill a block there, shaped like a slice of arr), a slice, or a sequence (one
    value, or one slice of values, before each index; indices refer to arr before the insertion).

    >>> insert([[1, 2], [3, 4]], 1, [8, 9], axis=1).tolist(), insert([1, 2, 3], [0, 3], [7, 8]).tolist()
    ([[1, 8, 2], [3, 9, 4]], [7, 1, 2, 3, 8])
    """
    arr = asarray(arr)
    if axis is None:
        arr, axis = arr.ravel(), 0
    axis = normalize_axis(axis, arr.ndim)
    n = arr._shape[axis]
    index, scalar = _index_argument(obj, n)
    if isinstance(index, ndarray) and index.size == 1:
        position = int(index._values()[0])
        if not -n <= position <= n:
            shown = "[%d]" % position if index.ndim else "%d" % position
            raise IndexError("index %s is out of bounds for axis %d with size %d" % (shown, axis, n))
        position += n if position < 0 else 0
        block = asarray(values, dtype=arr._dtype)
        while block.ndim < arr.ndim:
            block = block.reshape((1,) + block._shape)
        if scalar:
            block = moveaxis(block, 0, axis)
        count = block._shape[axis] if block.ndim > axis else 1
        new = _zeros_along(arr, axis, n + count)
        new[_key(arr.ndim, axis, slice(0, position))] = _along(arr, axis, 0, position)
        new[_key(arr.ndim, axis, slice(position, position + count))] = block
        new[_key(arr.ndim, axis, slice(position + count, None))] = _along(arr, axis, position, n)
        return new
    positions = [int(i) for i in (index._values() if isinstance(index, ndarray) else index)]
    for p in positions:
        if not -n <= p <= n:
            raise IndexError("index %d is out of bounds for axis %d with size %d" % (p, axis, n))
    positions = [p + n if p < 0 else p for p in positions]
    count = len(positions)
    order = [i for _, i in sorted(zip(positions, range(count)))]  # stable by position
    targets = [0] * count
    for shift, i in enumerate(order):
        targets[i] = positions[i] + shift
    new = _zeros_along(arr, axis, n + count)
    block = asarray(values, dtype=arr._dtype)
    new_positions = ndarray._make(targets, (count,), INT64)
    new[_key(arr.ndim, axis, new_positions)] = block
    taken = set(targets)
    old = ndarray._make([i for i in range(n + count) if i not in taken], (n,), INT64)
    new[_key(arr.ndim, axis, old)] = arr
    return new


def _key(ndim, axis, index):
    key = [slice(None)] * ndim
    key[axis] = index
    return tuple(key)


def _zeros_along(arr, axis, length):
    """A zero array shaped like arr but with `length` along axis (filled in by insert)."""
    shape = arr._shape[:axis] + (length,) + arr._shape[axis + 1:]
    memory.check_size(shape, arr._dtype)
    return ndarray._make([dtypes.converter(arr._dtype)(0)] * _size(shape), shape, arr._dtype)


def delete(arr, obj, axis=None):
    """Return a copy of arr without the slices at the given indices along axis (flattened if None).

    obj: an int, a slice, a sequence of ints (repeats allowed), or a bool mask as long as the axis.

    >>> delete([[1, 2, 3], [4, 5, 6]], 1, axis=1).tolist(), delete([1, 2, 3, 4], slice(None, None, 2)).tolist()
    ([[1, 3], [4, 6]], [2, 4])
    """
    arr = asarray(arr)
    if axis is None:
        arr, axis = arr.ravel(), 0
    axis = normalize_axis(axis, arr.ndim)
    n = arr._shape[axis]
    keep = [True] * n
    if isinstance(obj, slice):
        start, stop, step = obj.indices(n)
        for i in range(start, stop, step):
            keep[i] = False
    else:
        index = asarray(obj)
        if index.size == 0 and not isinstance(obj, ndarray):
            index = ndarray._make([], (0,), INT64)
        if index._dtype is BOOL:
            if index._shape != (n,):
                raise ValueError("boolean array argument obj to delete must be one dimensional and match the "
                                 "axis length of %d" % n)
            keep = [not b for b in index._values()]
        elif index._dtype.kind not in "iu":
            raise IndexError("arrays used as indices must be of integer (or boolean) type")
        else:
            named = axis if index.size == 1 else 0  # NumPy: one index is checked against the axis, more
            for i in index._values():            # go through a 1-d mask, whose axis is 0
                if not -n <= i < n:
                    raise IndexError("index %d is out of bounds for axis %d with size %d" % (i, named, n))
                keep[i] = False
    return arr.compress(keep, axis=axis)


def append(arr, values, axis=None):
    """Return arr with values joined at the end of axis (both flattened if axis is None).

    >>> append([1, 2], [[3, 4]]).tolist(), append([[1, 2]], [[3, 4]], axis=0).tolist()
    ([1, 2, 3, 4], [[1, 2], [3, 4]])
    """
    arr = asarray(arr)
    if axis is None:
        if arr.ndim != 1:
            arr = arr.ravel()
        values = asarray(values).ravel()
        axis = arr.ndim - 1
    return concatenate((arr, values), axis=axis)


def resize(a, new_shape):
    """Return a new array of new_shape filled with a's elements in C order, repeated as needed.

    (ndarray.resize, in place, pads with zeros instead.)

    >>> resize([1, 2, 3], (2, 4)).tolist()
    [[1, 2, 3, 1], [2, 3, 1, 2]]
    """
    a = asarray(a)
    shape = (int(new_shape),) if isinstance(new_shape, int) or hasattr(new_shape, "__index__") else \
        tuple(int(n) for n in new_shape)
    for length in shape:
        if length < 0:
            raise ValueError("all elements of `new_shape` must be non-negative")
    size = _size(shape)
    memory.check_size(shape, a._dtype)
    if size == 0 or a.size == 0:
        return ndarray._make([dtypes.converter(a._dtype)(0)] * size, shape, a._dtype)
    return ndarray._make(_core.resized(a._values(), size, None), shape, a._dtype)


def trim_zeros(filt, trim="fb", axis=None):
    """Trim the leading ('f') and/or trailing ('b') zeros: slices along axis (all axes if None).

    Along each axis the slice keeps from the first to the last index that holds a non-zero anywhere in
    the other axes; an array with no non-zero trims to length 0 everywhere.

    >>> trim_zeros([0, 0, 1, 2, 0]), trim_zeros(array([[0, 0, 0], [0, 5, 0]])).tolist()
    ([1, 2], [[5]])
    """
    lowered = trim.lower()
    if not lowered or any(c not in "fb" for c in lowered):
        raise ValueError("unexpected character(s) in `trim`: %r" % (trim,))
    a = asarray(filt)
    if a.ndim == 0:
        return filt
    axes = range(a.ndim) if axis is None else [normalize_axis(k, a.ndim) for k in
                                               (axis if isinstance(axis, (tuple, list)) else (axis,))]
    flags = [bool(x) for x in a._values()]
    key = [slice(None)] * a.ndim
    for k in axes:
        start, stop = _nonzero_span(flags, a._shape, k)
        if stop == 0:  # no non-zero at all: nothing is left, whichever end is trimmed
            key[k] = slice(0, 0)
        else:
            key[k] = slice(start if "f" in lowered else 0, stop if "b" in lowered else a._shape[k])
    if isinstance(filt, ndarray):
        return filt[tuple(key)]
    if a.ndim == 1:
        return filt[key[0]]
    return a[tuple(key)]


def _nonzero_span(flags, shape, axis):
    """(first, last + 1) of the indices along axis where some element is non-zero; (0, 0) if none."""
    n = shape[axis]
    inner = _size(shape[axis + 1:])
    outer = _size(shape[:axis])
    seen = [False] * n
    for o in range(outer):
        for j in range(n):
            if not seen[j]:
                start = (o * n + j) * inner
                for f in flags[start:start + inner]:
                    if f:
                        seen[j] = True
                        break
    hits = [j for j in range(n) if seen[j]]
    return (hits[0], hits[-1] + 1) if hits else (0, 0)


# --------------------------------------------------------------------------
# block
# --------------------------------------------------------------------------


def block(arrays):
    """Assemble an array from nested lists of blocks: the innermost lists join along the last axis,
    the next level out along the second-to-last, and so on.

    Every leaf is an array (or scalar) given at least as many axes as the nesting is deep; a Python list
    is always a level of nesting, never a leaf.

    >>> block([[array([[1, 2]]), array([[3]])], [array([[4, 5, 6]])]]).tolist()
    [[1, 2, 3], [4, 5, 6]]
    >>> block([1, 2, array([3, 4])]).tolist()
    [1, 2, 3, 4]
    """
    depth, leaf_ndim = _block_depth(arrays, "arrays", [None])
    ndim = max(depth, leaf_ndim)
    return _block_join(arrays, depth, ndim, 0)


def _block_depth(obj, path, first_depth, level=0):
    """Check the nesting (NumPy's messages, naming the path); return (depth, largest leaf ndim)."""
    if type(obj) is tuple:
        raise TypeError("%s is a tuple. Only lists can be used to arrange blocks, and np.block does not allow "
                        "implicit conversion from tuple to ndarray." % path)
    if type(obj) is list:
        if not obj:
            raise ValueError("List at %s cannot be empty" % path)
        depth, ndim = None, 0
        for i, item in enumerate(obj):
            d, nd = _block_depth(item, "%s[%d]" % (path, i), first_depth, level + 1)
            depth = d if depth is None else depth
            ndim = max(ndim, nd)
        return depth, ndim
    if first_depth[0] is None:
        first_depth[0] = (level, path)
    elif first_depth[0][0] != level:
        raise ValueError("List depths are mismatched. First element was at depth %d, but there is an element at "
                         "depth %d (%s)" % (first_depth[0][0], level, path))
    return level, asarray(obj).ndim


def _block_join(obj, depth, ndim, level):
    if type(obj) is not list:
        a = asarray(obj)
        return a.reshape((1,) * (ndim - a.ndim) + a._shape) if a.ndim < ndim else a
    parts = [_block_join(item, depth, ndim, level + 1) for item in obj]
    return concatenate(parts, axis=ndim - depth + level)


from tinynet.core.ndarray import array  # noqa: E402,F401 - for the doctests
