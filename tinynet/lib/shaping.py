"""Shapes and joining: reshape, concatenate, vstack, hstack, c_, meshgrid, tile, ...

    >>> from tinynet import concatenate, vstack, c_, reshape
    >>> concatenate([[1, 2], [3]]).tolist(), vstack([[1, 2], [3, 4]]).tolist()
    ([1, 2, 3], [[1, 2], [3, 4]])
    >>> c_[[1, 2], [3, 4]].tolist(), reshape([1, 2, 3, 4], (2, -1)).tolist()
    ([[1, 3], [2, 4]], [[1, 2], [3, 4]])
"""

import builtins

from tinynet.core import dtypes
from tinynet.core.ndarray import array, asarray, ndarray, normalize_axis

# --------------------------------------------------------------------------
# Shapes
# --------------------------------------------------------------------------


def shape(a):
    """Return the shape of an array-like.

    >>> shape([[1, 2, 3]])
    (1, 3)
    """
    return asarray(a).shape


def ndim(a):
    """Return the number of dimensions of an array-like.

    >>> ndim([[1], [2]])
    2
    """
    return asarray(a).ndim


def size(a):
    """Return the number of elements of an array-like.

    >>> size([[1, 2], [3, 4]])
    4
    """
    return asarray(a).size


def reshape(a, newshape, order="C"):
    """Return the elements of a in a new shape (one dimension may be -1).

    >>> reshape([1, 2, 3, 4], (2, 2)).tolist()
    [[1, 2], [3, 4]]
    """
    return asarray(a).reshape(newshape, order=order)


def ravel(a):
    """Return the elements of a as a 1-d array.

    >>> ravel([[1, 2], [3, 4]]).tolist()
    [1, 2, 3, 4]
    """
    return asarray(a).ravel()


def squeeze(a, axis=None):
    """Return a without its length-1 axes.

    >>> squeeze([[1], [2]]).tolist()
    [1, 2]
    """
    return asarray(a).squeeze(axis)


def expand_dims(a, axis):
    """Return a with a new length-1 axis at position axis.

    >>> expand_dims([1, 2], 0).shape, expand_dims([1, 2], 1).shape
    ((1, 2), (2, 1))
    """
    a = asarray(a)
    axis = normalize_axis(axis, a.ndim + 1)
    return a.reshape(a._shape[:axis] + (1,) + a._shape[axis:])


def atleast_1d(a):
    """Return a as an array with at least one dimension.

    >>> atleast_1d(5).tolist()
    [5]
    """
    a = asarray(a)
    return a.reshape(1) if a.ndim == 0 else a


def atleast_2d(a):
    """Return a as an array with at least two dimensions (a vector becomes one row).

    >>> atleast_2d([1, 2]).tolist()
    [[1, 2]]
    """
    a = asarray(a)
    if a.ndim == 2:
        return a
    return a.reshape(1, a.size)


def concatenate(arrays, axis=0):
    """Join arrays along an existing axis (None: flatten them first).

    >>> concatenate([[[1, 2]], [[3, 4]]]).tolist(), concatenate([[[1], [2]], [[3], [4]]], axis=1).tolist()
    ([[1, 2], [3, 4]], [[1, 3], [2, 4]])
    """
    arrays = [asarray(a) for a in arrays]
    if not arrays:
        raise ValueError("need at least one array to concatenate")
    if axis is None:
        arrays = [a.ravel() for a in arrays]
        axis = 0
    first = arrays[0]
    if first.ndim == 0:
        raise ValueError("zero-dimensional arrays cannot be concatenated")
    for i, a in enumerate(arrays):
        if a.ndim != first.ndim:
            raise ValueError(
                "all the input array dimensions except for the concatenation axis must match exactly, "
                "but the array at index 0 has %d dimension(s) and the array at index %d has %d "
                "dimension(s)" % (first.ndim, i, a.ndim)
            )
    axis = normalize_axis(axis, first.ndim)
    for i, a in enumerate(arrays):
        for dim in range(first.ndim):
            if dim != axis and a._shape[dim] != first._shape[dim]:
                raise ValueError(
                    "all the input array dimensions except for the concatenation axis must match "
                    "exactly, but along dimension %d, the array at index 0 has size %d and the array "
                    "at index %d has size %d" % (dim, first._shape[dim], i, a._shape[dim])
                )
    d = first._dtype
    for a in arrays[1:]:
        d = dtypes.promote(d, a._dtype)
    parts = [a.astype(d, copy=False)._data for a in arrays]
    if first.ndim == 1:
        data = []
        for part in parts:
            data.extend(part)
        return ndarray._wrap(data, (len(data),), d)
    if axis == 0:
        data = [row[:] for part in parts for row in part]
        return ndarray._wrap(data, (len(data), first._shape[1]), d)
    data = []
    for rows in zip(*parts):
        joined = []
        for row in rows:
            joined.extend(row)
        data.append(joined)
    if not data:
        data = []
    columns = 0
    for a in arrays:
        columns += a._shape[1]
    return ndarray._wrap(data, (first._shape[0], columns), d)


def vstack(arrays):
    """Stack arrays as rows, one under another (vectors become rows).

    >>> vstack([[1, 2], [3, 4]]).tolist()
    [[1, 2], [3, 4]]
    """
    return concatenate([atleast_2d(a) for a in arrays], axis=0)


def hstack(arrays):
    """Stack arrays side by side (vectors are joined end to end).

    >>> hstack([[1, 2], [3]]).tolist(), hstack([[[1], [2]], [[3], [4]]]).tolist()
    ([1, 2, 3], [[1, 3], [2, 4]])
    """
    arrays = [atleast_1d(a) for a in arrays]
    return concatenate(arrays, axis=0 if arrays and arrays[0].ndim == 1 else 1)


def column_stack(arrays):
    """Stack vectors as the columns of a matrix (matrices are joined side by side).

    >>> column_stack([[1, 2], [3, 4]]).tolist()
    [[1, 3], [2, 4]]
    """
    columns = []
    for a in arrays:
        a = asarray(a)
        columns.append(a.reshape(a.size, 1) if a.ndim < 2 else a)
    return concatenate(columns, axis=1)


def stack(arrays, axis=0):
    """Join vectors of the same length along a new axis.

    >>> stack([[1, 2], [3, 4]]).tolist(), stack([[1, 2], [3, 4]], axis=1).tolist()
    ([[1, 2], [3, 4]], [[1, 3], [2, 4]])
    """
    arrays = [asarray(a) for a in arrays]
    if not arrays:
        raise ValueError("need at least one array to stack")
    for a in arrays:
        if a._shape != arrays[0]._shape:
            raise ValueError("all input arrays must have the same shape")
    axis = normalize_axis(axis, arrays[0].ndim + 1)
    rows = [expand_dims(a, axis) for a in arrays]
    return concatenate(rows, axis=axis)


class _ConcatenateIndex:
    """``c_[...]`` and ``r_[...]``: concatenation written as indexing.

    ``c_[a, b]`` puts vectors side by side as columns; ``r_[a, b]`` joins
    them end to end.  Slices become ranges, as in NumPy: ``r_[0:3]`` is
    ``arange(0, 3)``.
    """

    def __init__(self, columns):
        self.columns = columns

    def __getitem__(self, key):
        if not isinstance(key, tuple):
            key = (key,)
        items = []
        for item in key:
            if isinstance(item, slice):
                item = _slice_to_array(item)
            items.append(asarray(item))
        if self.columns:
            parts = []
            for a in items:
                if a.ndim == 0:
                    a = a.reshape(1, 1)
                elif a.ndim == 1:
                    a = a.reshape(a.size, 1)
                parts.append(a)
            return concatenate(parts, axis=1)
        return concatenate([atleast_1d(a) for a in items], axis=0)


def _slice_to_array(s):
    start = 0 if s.start is None else s.start
    step = 1 if s.step is None else s.step
    from tinynet.lib.creation import arange, linspace

    if isinstance(step, complex):
        return linspace(start, s.stop, int(abs(step)))
    return arange(start, s.stop, step)


c_ = _ConcatenateIndex(columns=True)
r_ = _ConcatenateIndex(columns=False)


def meshgrid(x, y, indexing="xy"):
    """Return coordinate matrices X, Y with X[i][j] = x[j] and Y[i][j] = y[i].

    >>> X, Y = meshgrid([1, 2, 3], [10, 20])
    >>> X.tolist(), Y.tolist()
    ([[1, 2, 3], [1, 2, 3]], [[10, 10, 10], [20, 20, 20]])
    """
    x, y = asarray(x).ravel(), asarray(y).ravel()
    if indexing == "ij":
        X = [[a] * y.size for a in x._data]
        Y = [y._data[:] for _ in x._data]
        return ndarray._wrap(X, (x.size, y.size), x._dtype), ndarray._wrap(Y, (x.size, y.size), y._dtype)
    X = [x._data[:] for _ in y._data]
    Y = [[b] * x.size for b in y._data]
    return ndarray._wrap(X, (y.size, x.size), x._dtype), ndarray._wrap(Y, (y.size, x.size), y._dtype)


def copy(a):
    """Return an array copy of a.

    >>> copy([[1, 2]]).tolist()
    [[1, 2]]
    """
    return array(a)


def diag(v, k=0):
    """Return the diagonal of a matrix, or a matrix with v on its diagonal.

    >>> diag([[1, 2], [3, 4]]).tolist(), diag([1, 2]).tolist()
    ([1, 4], [[1, 0], [0, 2]])
    """
    v = asarray(v)
    if v.ndim == 1:
        n = v.size + (k if k > 0 else -k)
        zero = dtypes.converter(v._dtype)(0)
        data = [[zero] * n for _ in range(n)]
        for i, x in enumerate(v._data):
            data[i + builtins.max(-k, 0)][i + builtins.max(k, 0)] = x
        return ndarray._wrap(data, (n, n), v._dtype)
    if v.ndim == 2:
        rows, columns = v._shape
        values = [v._data[i][i + k] for i in range(rows) if 0 <= i + k < columns]
        return ndarray._wrap(values, (len(values),), v._dtype)
    raise ValueError("Input must be 1- or 2-d.")


def diagflat(v, k=0):
    """Return a square matrix with the flattened input on diagonal k.

    >>> diagflat([[1], [2]]).tolist()
    [[1, 0], [0, 2]]
    """
    return diag(asarray(v).ravel(), k)


def flip(a, axis=None):
    """Return a with the order of elements reversed along an axis (None: every axis).

    >>> flip([[1, 2], [3, 4]]).tolist(), flip([[1, 2], [3, 4]], axis=1).tolist()
    ([[4, 3], [2, 1]], [[2, 1], [4, 3]])
    """
    a = asarray(a)
    if a.ndim == 0:
        return a.copy()
    axes = range(a.ndim) if axis is None else [normalize_axis(axis, a.ndim)]
    data = a._data
    for ax in axes:
        if ax == 0:
            data = data[::-1]
        else:
            data = [row[::-1] for row in data]
    return ndarray._wrap(data[:] if a.ndim == 1 else [row[:] for row in data], a._shape, a._dtype)


def array_split(a, indices_or_sections, axis=0):
    """Split a into sub-arrays along an axis: n nearly equal parts, or at the given indices.

    With n parts of a length-L axis, the first L % n parts get one extra element, as in NumPy.

    >>> [p.tolist() for p in array_split([1, 2, 3, 4, 5], 3)]
    [[1, 2], [3, 4], [5]]
    >>> [p.tolist() for p in array_split([1, 2, 3, 4, 5], [1, 3])]
    [[1], [2, 3], [4, 5]]
    """
    a = asarray(a)
    axis = normalize_axis(axis, a.ndim)
    length = a._shape[axis]
    if isinstance(indices_or_sections, int):
        n = indices_or_sections
        if n <= 0:
            raise ValueError("number sections must be larger than 0.")
        size, extra = divmod(length, n)
        bounds = [0]
        for i in range(n):
            bounds.append(bounds[-1] + size + (1 if i < extra else 0))
    else:
        bounds = [0] + [int(i) for i in indices_or_sections] + [length]
    parts = []
    for start, stop in zip(bounds[:-1], bounds[1:]):
        stop = builtins.max(builtins.min(stop, length), 0)
        start = builtins.min(builtins.max(start, 0), stop)
        if axis == 0:
            parts.append(a[start:stop].copy())
        else:
            parts.append(a[:, start:stop])
    return parts


def split(a, indices_or_sections, axis=0):
    """Split a into equal sub-arrays along an axis (an error if they cannot be equal), or at indices.

    >>> [p.tolist() for p in split([1, 2, 3, 4], 2)]
    [[1, 2], [3, 4]]
    """
    a = asarray(a)
    if isinstance(indices_or_sections, int) and indices_or_sections > 0:
        if a._shape[normalize_axis(axis, a.ndim)] % indices_or_sections:
            raise ValueError("array split does not result in an equal division")
    return array_split(a, indices_or_sections, axis)


def trace(a):
    """Return the sum of the diagonal: sum_i A[i][i].

    >>> trace([[1, 2], [3, 4]])
    np.int64(5)
    """
    return diag(a).sum()


def tile(a, reps):
    """Return a repeated reps times (an int, or (rows, columns) for a 2-d result).

    >>> tile([1, 2], 2).tolist(), tile([1, 2], (2, 1)).tolist()
    ([1, 2, 1, 2], [[1, 2], [1, 2]])
    """
    a = asarray(a)
    reps = (reps,) if isinstance(reps, int) else tuple(reps)
    if len(reps) == 1:
        if a.ndim == 2:
            return concatenate([a] * reps[0], axis=1)
        return concatenate([atleast_1d(a)] * reps[0])
    row = atleast_2d(a)
    row = concatenate([row] * reps[1], axis=1) if reps[1] else row[:, :0]
    return concatenate([row] * reps[0], axis=0)


def repeat(a, repeats, axis=None):
    """Return each element repeated (along an axis, or of the flattened array).

    >>> repeat([1, 2], 2).tolist()
    [1, 1, 2, 2]
    """
    a = asarray(a)
    if axis is None:
        values = []
        for v in a.ravel()._data:
            values.extend([v] * repeats)
        return ndarray._wrap(values, (len(values),), a._dtype)
    axis = normalize_axis(axis, a.ndim)
    if a.ndim == 1:
        return repeat(a, repeats)
    if axis == 0:
        rows = [row[:] for row in a._data for _ in range(repeats)]
        return ndarray._wrap(rows, (len(rows), a._shape[1]), a._dtype)
    rows = [[v for v in row for _ in range(repeats)] for row in a._data]
    return ndarray._wrap(rows, (a._shape[0], a._shape[1] * repeats), a._dtype)
