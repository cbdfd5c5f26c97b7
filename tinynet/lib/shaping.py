"""Shapes and joining: reshape, moveaxis, concatenate, stack, split, tile, repeat, meshgrid, ...

Most of these are views, as in NumPy: ``moveaxis``, ``expand_dims``, ``flip``, ``broadcast_to`` and the
pieces ``split`` returns only change shape, strides and offset.  Joining copies: ``concatenate`` along
axis k reads each array in C order, where the elements of one index of the first k axes sit together,
and interleaves those blocks.

    >>> from tinynet import concatenate, vstack, c_, reshape
    >>> concatenate([[1, 2], [3]]).tolist(), vstack([[1, 2], [3, 4]]).tolist()
    ([1, 2, 3], [[1, 2], [3, 4]])
    >>> c_[[1, 2], [3, 4]].tolist(), reshape([1, 2, 3, 4], (2, -1)).tolist()
    ([[1, 3], [2, 4]], [[1, 2], [3, 4]])
"""

from tinynet.core import complex_parts
from tinynet.core import dtypes
from tinynet.core import index_math
from tinynet.core import memory
from tinynet.core.selection import broadcast_shape
from tinynet.core.errors import AxisError
from tinynet.core.indexing import _check_c_long, _int_index
from tinynet.core.ndarray import (
    _size_of,
    array,
    asarray,
    ndarray,
    normalize_axis,
    normalize_axis_tuple,
)

# --------------------------------------------------------------------------
# Shapes
# --------------------------------------------------------------------------


def _named_axis(axis, ndim, argname):
    """Return axis as a non-negative int; an AxisError names the argument, as NumPy's does.

    >>> _named_axis(-1, 2, "axis1")
    1
    >>> _named_axis(2, 2, "source")
    Traceback (most recent call last):
      ...
    tinynet.AxisError: source: axis 2 is out of bounds for array of dimension 2
    """
    try:
        return normalize_axis(axis, ndim)
    except AxisError:
        raise AxisError("%s: axis %d is out of bounds for array of dimension %d" % (argname, axis, ndim))


def _named_axes(axes, ndim, argname):
    """Return an int or a sequence of axes as a tuple of distinct non-negative ints (for moveaxis)."""
    axes = tuple(axes) if isinstance(axes, (tuple, list)) else (axes,)
    result = tuple(_named_axis(axis, ndim, argname) for axis in axes)
    if len(set(result)) != len(result):
        raise ValueError("repeated axis in `%s` argument" % argname)
    return result


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


def size(a, axis=None):
    """Return the number of elements of an array-like (along one axis if given).

    >>> size([[1, 2], [3, 4]]), size([[1, 2, 3]], 1)
    (4, 3)
    """
    a = asarray(a)
    if axis is None:
        return a.size
    return a.shape[normalize_axis(axis, a.ndim)]


def reshape(a, shape=None, order="C", newshape=None, copy=None):
    """Return the elements of a in a new shape (a view when possible; one length may be -1).

    >>> reshape([1, 2, 3, 4], (2, 2)).tolist()
    [[1, 2], [3, 4]]
    """
    if shape is None:
        shape = newshape
    return asarray(a).reshape(shape, order=order, copy=copy)


def ravel(a, order="C"):
    """Return the elements of a as a 1-d array (a view when possible).

    >>> ravel([[1, 2], [3, 4]]).tolist()
    [1, 2, 3, 4]
    """
    return asarray(a).ravel(order)


def squeeze(a, axis=None):
    """Return a view of a without its length-1 axes.

    >>> squeeze([[1], [2]]).tolist()
    [1, 2]
    """
    return asarray(a).squeeze(axis)


def transpose(a, axes=None):
    """Return a view of a with its axes permuted (reversed by default).

    >>> transpose([[1, 2, 3]]).tolist()
    [[1], [2], [3]]
    """
    return asarray(a).transpose(axes)


def permute_dims(a, axes):
    """Return a view of a with its axes in the given order (the array API's transpose).

    Axis i of the result is axis axes[i] of a: ``result.shape[i] == a.shape[axes[i]]``.

    >>> from tinynet import zeros
    >>> permute_dims(zeros((2, 3, 4)), (2, 0, 1)).shape
    (4, 2, 3)
    """
    return asarray(a).transpose(axes)


def matrix_transpose(x):
    """Return a view of x with its last two axes swapped: ``result[..., i, j] == x[..., j, i]``.

    >>> from tinynet import zeros
    >>> matrix_transpose(zeros((5, 2, 3))).shape, matrix_transpose([[1, 2]]).tolist()
    ((5, 3, 2), [[1], [2]])
    """
    return asarray(x).mT


def swapaxes(a, axis1, axis2):
    """Return a view of a with two axes swapped.

    >>> swapaxes([[1, 2, 3]], 0, 1).shape
    (3, 1)
    """
    a = asarray(a)
    axis1 = _int_index(axis1)  # each must be an int of C's long, axis1 first, before either is checked
    _check_c_long(axis1)
    axis2 = _int_index(axis2)
    _check_c_long(axis2)
    return a.swapaxes(_named_axis(axis1, a.ndim, "axis1"), _named_axis(axis2, a.ndim, "axis2"))


def moveaxis(a, source, destination):
    """Return a view of a with the source axes moved to the destination positions.

    >>> moveaxis(ndarray((2, 3, 4)), 0, -1).shape, moveaxis(ndarray((2, 3, 4)), [0, 1], [-1, -2]).shape
    ((3, 4, 2), (4, 3, 2))
    """
    a = asarray(a)
    source = _named_axes(source, a.ndim, "source")
    destination = _named_axes(destination, a.ndim, "destination")
    if len(source) != len(destination):
        raise ValueError("`source` and `destination` arguments must have the same number of elements")
    order = [n for n in range(a.ndim) if n not in source]
    for dest, src in sorted(zip(destination, source)):
        order.insert(dest, src)
    return a.transpose(order)


def rollaxis(a, axis, start=0):
    """Roll axis backwards until it lies before position start (a view); the other axes keep their order.

    Moving axis forward (axis < start) puts it at position start - 1.

    >>> from tinynet import zeros
    >>> rollaxis(zeros((2, 3, 4)), 2).shape, rollaxis(zeros((2, 3, 4)), 0, 2).shape
    ((4, 2, 3), (3, 2, 4))
    """
    a = asarray(a)
    axis = normalize_axis(axis, a.ndim)
    if start < 0:
        start += a.ndim
    if not 0 <= start <= a.ndim:
        raise AxisError("'start' arg requires %d <= start < %d, but %d was passed in" % (-a.ndim, a.ndim + 1, start))
    if axis < start:
        start -= 1
    if axis == start:
        return a[...]
    order = [n for n in range(a.ndim) if n != axis]
    order.insert(start, axis)
    return a.transpose(order)


def expand_dims(a, axis):
    """Return a view of a with new length-1 axes at the given positions.

    >>> expand_dims([1, 2], 0).shape, expand_dims([1, 2], 1).shape, expand_dims([1, 2], (0, 2)).shape
    ((1, 2), (2, 1), (1, 2, 1))
    """
    a = asarray(a)
    axes = tuple(axis) if isinstance(axis, (tuple, list)) else (axis,)
    axes = tuple(normalize_axis(i, a.ndim + len(axes)) for i in axes)
    if len(set(axes)) != len(axes):
        raise ValueError("repeated axis")
    shape = list(a._shape)
    for i in sorted(axes):
        shape.insert(i, 1)
    return a.reshape(tuple(shape))


def atleast_1d(*arys):
    """Return the inputs as arrays with at least one dimension.

    >>> atleast_1d(5).tolist()
    [5]
    """
    result = [_at_least(a, 1) for a in arys]
    return result[0] if len(result) == 1 else tuple(result)


def atleast_2d(*arys):
    """Return the inputs as arrays with at least two dimensions (a vector becomes one row).

    >>> atleast_2d([1, 2]).tolist()
    [[1, 2]]
    """
    result = [_at_least(a, 2) for a in arys]
    return result[0] if len(result) == 1 else tuple(result)


def atleast_3d(*arys):
    """Return the inputs as arrays with at least three dimensions: (n,) -> (1, n, 1), (m, n) -> (m, n, 1).

    >>> atleast_3d([1, 2]).shape, atleast_3d([[1, 2]]).shape
    ((1, 2, 1), (1, 2, 1))
    """
    result = [_at_least(a, 3) for a in arys]
    return result[0] if len(result) == 1 else tuple(result)


def _at_least(a, n):
    a = asarray(a)
    if a.ndim >= n:
        return a
    if n == 3 and a.ndim == 2:
        return a.reshape(a._shape + (1,))
    if n == 3 and a.ndim == 1:
        return a.reshape((1,) + a._shape + (1,))
    return a.reshape((1,) * (n - a.ndim) + a._shape)


# --------------------------------------------------------------------------
# Broadcasting
# --------------------------------------------------------------------------


def broadcast_shapes(*shapes):
    """Return the shape that arrays of the given shapes broadcast to.

    Aligned from the last axis, lengths must be equal or 1.  A mismatch names the first two arguments
    that disagree, as NumPy's does.

    >>> broadcast_shapes((3, 1), (4,))
    (3, 4)
    >>> broadcast_shapes((2, 3), (3,), (4, 1))
    Traceback (most recent call last):
      ...
    ValueError: shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (2, 3) and arg 2 with shape (4, 1).
    """
    return broadcast_shape([tuple(s) if isinstance(s, (tuple, list)) else (s,) for s in shapes])


def broadcast_to(a, shape):
    """Return a read-only view of a broadcast to shape (stretched axes have stride 0).

    >>> broadcast_to([1, 2], (2, 2)).tolist(), broadcast_to([1, 2], (2, 2)).strides
    ([[1, 2], [1, 2]], (0, 8))
    """
    a = asarray(a)
    shape = (shape,) if isinstance(shape, int) else tuple(shape)
    for n in shape:
        if n < 0:
            raise ValueError("all elements of broadcast shape must be non-negative")
    if len(shape) < a.ndim:
        raise ValueError("input operand has more dimensions than allowed by the axis remapping")
    for n, m in zip(reversed(a._shape), reversed(shape)):
        if n != 1 and n != m:
            raise ValueError("operands could not be broadcast together with remapped shapes "
                             "[original->remapped]: %s  and requested shape %s"
                             % (_compact_shape(a._shape), _compact_shape(shape)))
    _check_iteration(shape)
    memory.check_view(shape, a._dtype)
    strides = index_math.broadcast_strides(a._shape, a._strides, shape)
    view = a._view(a._offset, shape, strides)
    view._writeable = False
    return view


def _check_iteration(shape):
    """Refuse a shape whose product, taken from the first length on, passes the index range before a 0
    ends it: NumPy builds a broadcast view with its iterator, which counts the elements that way."""
    count = 1
    for n in shape:
        count *= n
        if count > 2**63 - 1:
            raise ValueError("iterator is too large")


def _compact_shape(shape):
    """Write a shape as NumPy's broadcasting errors do: (2,3), (3,)."""
    return "(" + ",".join(str(n) for n in shape) + ("," if len(shape) == 1 else "") + ")"


def broadcast_arrays(*args):
    """Return views of the arguments broadcast to one shape.

    >>> [x.shape for x in broadcast_arrays([[1], [2]], [3, 4, 5])]
    [(2, 3), (2, 3)]
    """
    arrays = [asarray(a) for a in args]
    target = broadcast_shape([a._shape for a in arrays])
    return tuple(a if a._shape == target else broadcast_to(a, target) for a in arrays)


# --------------------------------------------------------------------------
# Memory
# --------------------------------------------------------------------------


def shares_memory(a, b, max_work=None):
    """Return whether a and b share an element of the same buffer (computed exactly).

    >>> x = array([1, 2, 3, 4])
    >>> shares_memory(x[::2], x[1::2]), shares_memory(x[:2], x[1:])
    (False, True)
    """
    a, b = asarray(a), asarray(b)
    if a.size == 0 or b.size == 0:
        return False
    both = complex_parts.comparable(a, b, _positions)  # (z.real is a view of z's parts)
    if both is None:
        return False
    positions = set(both[0])
    for p in both[1]:
        if p in positions:
            return True
    return False


def _positions(a):
    return index_math.flat_positions(a._offset, a._shape, a._strides)


def may_share_memory(a, b, max_work=None):
    """Return whether a and b might share memory: their buffers and element ranges overlap.

    >>> x = array([1, 2, 3, 4])
    >>> may_share_memory(x[::2], x[1::2]), may_share_memory(x, array([1]))
    (True, False)
    """
    a, b = asarray(a), asarray(b)
    if a.size == 0 or b.size == 0:
        return False
    both = complex_parts.comparable(a, b, _extent)
    if both is None:
        return False
    (low_a, high_a), (low_b, high_b) = both
    return low_a <= high_b and low_b <= high_a


def _extent(a):
    low = high = a._offset
    for n, s in zip(a._shape, a._strides):
        if s > 0:
            high += (n - 1) * s
        else:
            low += (n - 1) * s
    return low, high


def ascontiguousarray(a, dtype=None):
    """Return a C-contiguous array with the values of a (a itself if it already is one).

    >>> x = array([[1, 2], [3, 4]]).T
    >>> ascontiguousarray(x).flags["C_CONTIGUOUS"], x.flags["C_CONTIGUOUS"]
    (True, False)
    """
    a = asarray(a, dtype=dtype)
    if a.ndim == 0:
        return a.reshape(1)
    if a.flags.c_contiguous:
        return a
    return a.copy()


def asfortranarray(a, dtype=None):
    """Return an F-contiguous array with the values of a (a itself if it already is one; 0-d gives 1-d).

    The copy owns its memory, as NumPy's does: the C-ordered copy of a.T, seen transposed.

    >>> x = asfortranarray(array([[1, 2], [3, 4]]))
    >>> x.flags["F_CONTIGUOUS"], x.flags["OWNDATA"], x.tolist()
    (True, True, [[1, 2], [3, 4]])
    """
    a = asarray(a, dtype=dtype)
    if a.ndim == 0:
        return a.reshape(1)
    if a.flags.f_contiguous:
        return a
    result = a.T.copy().T
    result._base = None  # the only array on the fresh buffer: it owns the memory
    return result


def copy(a, order="K"):
    """Return an array copy of a.

    >>> copy([[1, 2]]).tolist()
    [[1, 2]]
    """
    return array(a, order=order)


# --------------------------------------------------------------------------
# Joining
# --------------------------------------------------------------------------


_KIND_RANK = {"b": 0, "i": 1, "u": 1, "f": 2, "c": 3}


def common_dtype(arrays, dtype=None):
    """Return the dtype NumPy gives arrays combined together (dtype, if given, wins).

    Every dtype is promoted into the one of highest kind.

    Promotion is not associative (int8, uint8 -> int16, but int16 with float16 -> float32, while
    float16 holds int8 and uint8 alone), so, like NumPy, start from the dtype of the highest kind
    (bool < int < float < complex) and promote each of the others into it.

    >>> common_dtype([array([1], dtype="int8"), array([1], dtype="uint8"), array([1.0], dtype="float16")])
    dtype('float16')
    """
    if dtype is not None:
        return dtypes.as_dtype(dtype)
    d = arrays[0]._dtype
    for a in arrays[1:]:
        if _KIND_RANK[a._dtype.kind] > _KIND_RANK[d.kind]:
            d = a._dtype
    for a in arrays:
        d = dtypes.promote(d, a._dtype)
    return d


def concatenate(arrays, axis=0, out=None, dtype=None, casting="same_kind"):
    """Join arrays along an existing axis (None: flatten them first).

    In C order, each index of the axes before `axis` holds one contiguous block of every array;
    the result takes those blocks in turn.

    >>> concatenate([[[1, 2]], [[3, 4]]]).tolist(), concatenate([[[1], [2]], [[3], [4]]], axis=1).tolist()
    ([[1, 2], [3, 4]], [[1, 3], [2, 4]])
    """
    if axis is not None:
        _check_c_long(_int_index(axis))  # NumPy reads the axis before it looks at the arrays
    arrays = [asarray(a) for a in arrays]
    if not arrays:
        raise ValueError("need at least one array to concatenate")
    if axis is None:
        arrays = [a.ravel() for a in arrays]
        axis = 0
    first = arrays[0]
    if first.ndim == 0:
        raise ValueError("zero-dimensional arrays cannot be concatenated")
    axis = normalize_axis(axis, first.ndim)  # NumPy checks the axis against the first array, then the others
    for i, a in enumerate(arrays):  # each array in turn: its number of axes, then their lengths
        if a.ndim != first.ndim:
            raise ValueError(
                "all the input arrays must have same number of dimensions, but the array at index 0 "
                "has %d dimension(s) and the array at index %d has %d dimension(s)" % (first.ndim, i, a.ndim)
            )
        for dim in range(first.ndim):
            if dim != axis and a._shape[dim] != first._shape[dim]:
                raise ValueError(
                    "all the input array dimensions except for the concatenation axis must match "
                    "exactly, but along dimension %d, the array at index 0 has size %d and the array "
                    "at index %d has size %d" % (dim, first._shape[dim], i, a._shape[dim])
                )
    d = common_dtype(arrays, dtype)
    if casting != "same_kind" or dtype is not None:  # each array casts to d under the rule, as in NumPy
        for a in arrays:
            if not dtypes.can_cast(a._dtype, d, casting):
                raise TypeError("Cannot cast array data from %r to %r according to the rule %r"
                                % (a._dtype, d, casting))
    outer = _size_of(first._shape[:axis])
    inner = _size_of(first._shape[axis + 1:])
    blocks = []
    for a in arrays:
        values = a._values() if a._dtype is d else dtypes.cast(a._values(), a._dtype, d)
        blocks.append((values, a._shape[axis] * inner))
    values = []
    for i in range(outer):
        for part, n in blocks:
            values.extend(part[i * n:(i + 1) * n])
    length = 0
    for a in arrays:
        length += a._shape[axis]
    result = ndarray._make(values, first._shape[:axis] + (length,) + first._shape[axis + 1:], d)
    if out is not None:
        out[...] = result
        return out
    return result


def concat(arrays, axis=0):
    """Join arrays along an existing axis (the array API's name for concatenate; axis=None flattens).

    >>> concat([[1, 2], [3]]).tolist(), concat([[[1]], [[2]]], axis=None).tolist()
    ([1, 2, 3], [1, 2])
    """
    return concatenate(arrays, axis=axis)


def stack(arrays, axis=0, out=None, dtype=None, casting="same_kind"):
    """Join arrays of one shape along a new axis.

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
    return concatenate([expand_dims(a, axis) for a in arrays], axis=axis, out=out, dtype=dtype, casting=casting)


def vstack(tup, dtype=None, casting="same_kind"):
    """Stack arrays as rows, one under another (vectors become rows).

    >>> vstack([[1, 2], [3, 4]]).tolist()
    [[1, 2], [3, 4]]
    """
    return concatenate([_at_least(a, 2) for a in tup], axis=0, dtype=dtype, casting=casting)


def hstack(tup, dtype=None, casting="same_kind"):
    """Stack arrays side by side (vectors are joined end to end).

    >>> hstack([[1, 2], [3]]).tolist(), hstack([[[1], [2]], [[3], [4]]]).tolist()
    ([1, 2, 3], [[1, 3], [2, 4]])
    """
    arrays = [_at_least(a, 1) for a in tup]
    return concatenate(arrays, axis=0 if arrays and arrays[0].ndim == 1 else 1, dtype=dtype, casting=casting)


def dstack(tup):
    """Stack arrays along a third axis.

    >>> dstack([[1, 2], [3, 4]]).shape
    (1, 2, 2)
    """
    return concatenate([_at_least(a, 3) for a in tup], axis=2)


def column_stack(tup):
    """Stack vectors as the columns of a matrix (matrices are joined side by side).

    >>> column_stack([[1, 2], [3, 4]]).tolist()
    [[1, 3], [2, 4]]
    """
    columns = []
    for a in tup:
        a = asarray(a)
        columns.append(a.reshape(a.size, 1) if a.ndim < 2 else a)
    return concatenate(columns, axis=1)


def meshgrid(*xi, copy=True, sparse=False, indexing="xy"):
    """Return coordinate arrays from coordinate vectors: X[i, j] = x[j], Y[i, j] = y[i] ('xy').

    With indexing='ij' the first vector varies along the first axis.  Any number of vectors.

    >>> X, Y = meshgrid([1, 2, 3], [10, 20])
    >>> X.tolist(), Y.tolist()
    ([[1, 2, 3], [1, 2, 3]], [[10, 10, 10], [20, 20, 20]])
    >>> [g.shape for g in meshgrid([1, 2], [3, 4, 5], [6], indexing="ij")]
    [(2, 3, 1), (2, 3, 1), (2, 3, 1)]
    """
    if indexing not in ("xy", "ij"):
        raise ValueError("Valid values for `indexing` are 'xy' and 'ij'.")
    vectors = [asarray(x).ravel() for x in xi]
    n = len(vectors)
    grids = []
    for i, v in enumerate(vectors):
        shape = [1] * n
        shape[i] = v.size
        grids.append(v.reshape(tuple(shape)))
    if indexing == "xy" and n > 1:
        grids = [g.swapaxes(0, 1) for g in grids]
    if not sparse:
        target = index_math.broadcast_shapes(*[g._shape for g in grids])
        grids = [broadcast_to(g, target) for g in grids]
    if copy:
        grids = [g.copy() for g in grids]
    return tuple(grids)


# --------------------------------------------------------------------------
# Diagonals and flips
# --------------------------------------------------------------------------


def diag(v, k=0):
    """Return the diagonal of a matrix, or a matrix with v on its diagonal.

    >>> diag([[1, 2], [3, 4]]).tolist(), diag([1, 2]).tolist()
    ([1, 4], [[1, 0], [0, 2]])
    """
    v = asarray(v)
    if v.ndim == 1:
        n = v.size + abs(k)
        values = [dtypes.converter(v._dtype)(0)] * (n * n)
        row, column = max(-k, 0), max(k, 0)
        for i, x in enumerate(v._values()):
            values[(row + i) * n + column + i] = x
        return ndarray._make(values, (n, n), v._dtype)
    if v.ndim == 2:
        return v.diagonal(k)
    raise ValueError("Input must be 1- or 2-d.")


def diagflat(v, k=0):
    """Return a square matrix with the flattened input on diagonal k.

    >>> diagflat([[1], [2]]).tolist()
    [[1, 0], [0, 2]]
    """
    return diag(asarray(v).ravel(), k)


def trace(a, offset=0, axis1=0, axis2=1, dtype=None, out=None):
    """Return the sum along the diagonal: sum_i A[i, i + offset].

    >>> trace([[1, 2], [3, 4]])
    np.int64(5)
    """
    a = asarray(a)
    _diagonal_axes(a, axis1, axis2)
    return a.trace(offset, axis1, axis2, dtype, out)


def diagonal(a, offset=0, axis1=0, axis2=1):
    """Return a read-only view of the diagonal of a.

    >>> diagonal([[1, 2], [3, 4]]).tolist()
    [1, 4]
    """
    a = asarray(a)
    _diagonal_axes(a, axis1, axis2)
    return a.diagonal(offset, axis1, axis2)


def _diagonal_axes(a, axis1, axis2):
    """Check diagonal's two axes with NumPy's messages (ints first; then the array must be at least 2-d)."""
    _int_index(axis1), _int_index(axis2)
    if a.ndim < 2:
        raise ValueError("diag requires an array of at least two dimensions")
    first = _named_axis(axis1, a.ndim, "axis1")
    second = _named_axis(axis2, a.ndim, "axis2")
    if first == second:
        raise ValueError("axis1 and axis2 cannot be the same")


def flip(m, axis=None):
    """Return a view of m with the order of elements reversed along the given axes (None: all).

    >>> flip([[1, 2], [3, 4]]).tolist(), flip([[1, 2], [3, 4]], axis=1).tolist()
    ([[4, 3], [2, 1]], [[2, 1], [4, 3]])
    """
    m = asarray(m)
    axes = normalize_axis_tuple(axis, m.ndim)
    if m.ndim == 0:  # NumPy indexes with an empty tuple here, which gives the scalar
        return m[()]
    offset = m._offset
    strides = list(m._strides)
    for i in axes:
        if m._shape[i]:
            offset += (m._shape[i] - 1) * strides[i]
        strides[i] = -strides[i]
    return m._view(offset, m._shape, tuple(strides))


def fliplr(m):
    """Reverse the order of columns (axis 1): ``result[:, j] == m[:, -1 - j]``.

    >>> fliplr([[1, 2], [3, 4]]).tolist()
    [[2, 1], [4, 3]]
    """
    m = asarray(m)
    if m.ndim < 2:
        raise ValueError("Input must be >= 2-d.")
    return flip(m, 1)


def flipud(m):
    """Reverse the order of rows (axis 0): ``result[i] == m[-1 - i]``.

    >>> flipud([[1, 2], [3, 4]]).tolist()
    [[3, 4], [1, 2]]
    """
    m = asarray(m)
    if m.ndim < 1:
        raise ValueError("Input must be >= 1-d.")
    return flip(m, 0)


# --------------------------------------------------------------------------
# Splitting, tiling, repeating
# --------------------------------------------------------------------------


def _part(a, axis, start, stop):
    """The view a[..., start:stop, ...] with the slice on `axis`."""
    offset = a._offset + (start * a._strides[axis] if stop > start else 0)
    shape = a._shape[:axis] + (stop - start,) + a._shape[axis + 1:]
    return a._view(offset, shape, a._strides)


def array_split(ary, indices_or_sections, axis=0):
    """Split an array into views along an axis: n nearly equal parts, or at the given indices.

    With n parts of a length-L axis, the first L % n parts get one extra element, as in NumPy.

    >>> [p.tolist() for p in array_split([1, 2, 3, 4, 5], 3)]
    [[1, 2], [3, 4], [5]]
    >>> [p.tolist() for p in array_split([1, 2, 3, 4, 5], [1, 3])]
    [[1], [2, 3], [4, 5]]
    """
    a = asarray(ary)
    length = a._shape[axis]  # NumPy reads the length as Python indexes a tuple: its IndexError or TypeError
    axis = normalize_axis(axis, a.ndim)
    if isinstance(indices_or_sections, int) or (hasattr(indices_or_sections, "__index__")
                                                and not hasattr(indices_or_sections, "__len__")):
        n = int(indices_or_sections)
        if n <= 0:
            raise ValueError("number sections must be larger than 0.")
        size_each, extra = divmod(length, n)
        bounds = [0]
        for i in range(n):
            bounds.append(bounds[-1] + size_each + (1 if i < extra else 0))
    else:
        bounds = [0] + [int(i) for i in indices_or_sections] + [length]
    parts = []
    for start, stop in zip(bounds[:-1], bounds[1:]):
        start = start + length if start < 0 else start
        stop = stop + length if stop < 0 else stop
        stop = max(min(stop, length), 0)
        start = min(max(start, 0), stop)
        parts.append(_part(a, axis, start, stop))
    return parts


def split(ary, indices_or_sections, axis=0):
    """Split an array into equal views along an axis (an error if they cannot be equal), or at indices.

    >>> [p.tolist() for p in split([1, 2, 3, 4], 2)]
    [[1, 2], [3, 4]]
    """
    a = asarray(ary)
    if isinstance(indices_or_sections, int):
        if indices_or_sections > 0 and a._shape[normalize_axis(axis, a.ndim)] % indices_or_sections:
            raise ValueError("array split does not result in an equal division")
    return array_split(a, indices_or_sections, axis)


def hsplit(ary, indices_or_sections):
    """Split along axis 1 (axis 0 for vectors), as split(ary, indices_or_sections, axis) does.

    >>> [p.tolist() for p in hsplit([[0, 1, 2], [3, 4, 5]], [1])]
    [[[0], [3]], [[1, 2], [4, 5]]]
    """
    a = asarray(ary)
    if a.ndim == 0:
        raise ValueError("hsplit only works on arrays of 1 or more dimensions")
    return split(a, indices_or_sections, 1 if a.ndim > 1 else 0)


def vsplit(ary, indices_or_sections):
    """Split along axis 0 (arrays of at least two dimensions), as split(ary, indices_or_sections, 0).

    >>> [p.tolist() for p in vsplit([[0, 1], [2, 3]], 2)]
    [[[0, 1]], [[2, 3]]]
    """
    a = asarray(ary)
    if a.ndim < 2:
        raise ValueError("vsplit only works on arrays of 2 or more dimensions")
    return split(a, indices_or_sections, 0)


def dsplit(ary, indices_or_sections):
    """Split along axis 2 (arrays of at least three dimensions), as split(ary, indices_or_sections, 2).

    >>> from tinynet import zeros
    >>> [p.shape for p in dsplit(zeros((2, 2, 4)), [1])]
    [(2, 2, 1), (2, 2, 3)]
    """
    a = asarray(ary)
    if a.ndim < 3:
        raise ValueError("dsplit only works on arrays of 3 or more dimensions")
    return split(a, indices_or_sections, 2)


def tile(A, reps):
    """Return A repeated reps[i] times along each axis (reps and A are padded with leading 1s).

    Laid out as A broadcast to (r0, n0, r1, n1, ...) and reshaped to (r0 * n0, r1 * n1, ...).

    >>> tile([1, 2], 2).tolist(), tile([1, 2], (2, 1)).tolist(), tile([1, 2], (1, 2, 2)).shape
    ([1, 2, 1, 2], [[1, 2], [1, 2]], (1, 2, 4))
    """
    a = asarray(A)
    if isinstance(reps, int) or (hasattr(reps, "__index__") and not getattr(reps, "ndim", 0)):
        reps = (reps,)  # an int or an integer scalar (which may be iterable as a 0-d array is not)
    else:
        try:
            reps = tuple(reps)
        except TypeError:
            reps = (reps,)
    reps = tuple(_repeat_count(r, a.size != 0) for r in reps)  # an empty A is only reshaped: no C longs
    n = max(len(reps), a.ndim)
    padded = (1,) * (n - a.ndim) + a._shape
    for r, length in zip((1,) * (n - len(reps)) + reps, padded):
        if r < 0 and (a.size or r * length < 0):  # an empty A is reshaped to (r0 * n0, ...) only
            raise ValueError("negative dimensions are not allowed")
    reps = (1,) * (n - len(reps)) + reps
    a = a.reshape((1,) * (n - a.ndim) + a._shape)
    for r, length in zip(reps, a._shape):
        if r * length > _INTP_MAX:  # possible in an empty array, whose other axes hold no bytes
            raise ValueError("Maximum allowed dimension exceeded")
    if a.size == 0:  # NumPy only reshapes an empty A: each length is r * n, even for a negative r
        return ndarray._make([], tuple(r * m for r, m in zip(reps, a._shape)), a._dtype)
    _check_tile_size(a._shape, reps, a._dtype)
    interleaved = []
    stretched = []
    for r, length in zip(reps, a._shape):
        interleaved += [1, length]
        stretched += [r, length]
    view = broadcast_to(a.reshape(tuple(interleaved)), tuple(stretched))
    return ndarray._make(list(view._values()), tuple(r * m for r, m in zip(reps, a._shape)), a._dtype)


_INTP_MAX = (1 << 63) - 1


def _repeat_count(r, c_long=True):
    """Return a repeat count as NumPy reads it: an integer (TypeError else) that fits a C long."""
    if not isinstance(r, int):  # MicroPython's ints have no __index__; NumPy-like integer scalars do
        if not hasattr(r, "__index__"):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
        r = r.__index__()
    r = int(r)
    if c_long and not -(1 << 63) <= r <= _INTP_MAX:
        raise OverflowError("Python int too large to convert to C long")
    return r


def _check_tile_size(shape, reps, d):
    """Raise NumPy's MemoryError for a tile too large to build, naming the shape NumPy names.

    NumPy tiles one axis at a time, as x.reshape(-1, n).repeat(r, 0) with n the size of the axes not yet
    tiled, so its message names the first of those steps it cannot allocate.
    """
    size = _size_of(shape)
    n = size
    if n == 0:
        return
    for length, r in zip(shape, reps):
        if r != 1:
            memory.check_size((size // n * r, n), d)
            size *= r
        n //= length


def repeat(a, repeats, axis=None):
    """Repeat each element (along an axis, or of the flattened array) repeats times.

    repeats is an int, or one count per element along the axis.

    >>> repeat([1, 2], 2).tolist(), repeat([[1, 2], [3, 4]], [1, 2], axis=0).tolist()
    ([1, 1, 2, 2], [[1, 2], [3, 4], [3, 4]])
    """
    if isinstance(repeats, int):
        _repeat_count(repeats)  # a count past a C long is NumPy's OverflowError, even for an empty a
    elif isinstance(repeats, (list, tuple)):  # NumPy reads the counts before it matches them to a
        for r in repeats:
            if isinstance(r, int):
                _repeat_count(r)
    a = asarray(a)
    if a.ndim == 0 and axis is not None:  # NumPy repeats a 0-d array along an axis as one of shape (1,)
        a = a.reshape(1)
    return a.repeat(repeats, axis)
