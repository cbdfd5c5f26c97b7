"""Index helpers: unravel_index, ravel_multi_index, indices, ix_, mgrid, ogrid, s_, index_exp, diag_indices,
diag_indices_from, fill_diagonal.

A multi-index (i0, i1, ..., ik) into shape (n0, ..., nk) and a flat index p name the same element:
in C order p = (...(i0 * n1 + i1) * n2 + ...) + ik, so the last index varies fastest; in Fortran order the
first does.  ``ravel_multi_index`` computes p, ``unravel_index`` undoes it by repeated divmod.

    >>> from tinynet import unravel_index, ravel_multi_index, mgrid
    >>> [int(i) for i in unravel_index(22, (3, 4, 5))]
    [1, 0, 2]
    >>> int(ravel_multi_index((1, 0, 2), (3, 4, 5)))
    22
    >>> mgrid[0:2, 0:3].tolist()
    [[[0, 0, 0], [1, 1, 1]], [[0, 1, 2], [0, 1, 2]]]
"""

import math

from tinynet.core import dtypes
from tinynet.core import index_math
from tinynet.core import memory
from tinynet.core.dtypes import FLOAT64, INT64
from tinynet.core.ndarray import asarray, ndarray

# --------------------------------------------------------------------------
# Flat and multi-indices
# --------------------------------------------------------------------------


def _dims(shape):
    return (int(shape),) if isinstance(shape, int) or hasattr(shape, "__index__") else tuple(int(n) for n in shape)


def _int_array(x, empty_message=None):
    a = asarray(x)
    if a._dtype.kind not in "iub":
        if a.size == 0 and empty_message and not isinstance(x, ndarray):
            raise TypeError(empty_message)
        raise TypeError("only int indices permitted")
    return a


_EMPTY = ("indices must be integral: the provided empty sequence was inferred as float. "
          "Wrap it with 'np.array(indices, dtype=np.intp)'")


def _result(values, shape):
    if not shape:
        return dtypes.scalar(values[0], INT64)
    return ndarray._make(values, shape, INT64)


def unravel_index(indices, shape, order="C"):
    """Convert flat indices into a tuple of index arrays for shape: the inverse of ravel_multi_index.

    In C order, i_k = (p // (n_{k+1} * ... * n_last)) % n_k; in Fortran order the first axis varies fastest.

    >>> [a.tolist() for a in unravel_index([0, 5, 7], (2, 4))]
    [[0, 1, 1], [0, 1, 3]]
    """
    if order not in ("C", "F"):
        raise ValueError("only 'C' or 'F' order is permitted")
    a = _int_array(indices, _EMPTY)
    dims = _dims(shape)
    size = 1
    for n in dims:
        size *= n
    flat = [int(p) for p in a._values()]
    for p in flat:
        if not 0 <= p < size:
            raise ValueError("index %d is out of bounds for array with size %d" % (p, size))
    if not dims and a.ndim:
        raise ValueError("multiple indices are not supported for 0d arrays")
    axes = range(len(dims) - 1, -1, -1) if order == "C" else range(len(dims))
    columns = [None] * len(dims)
    rest = flat
    for k in axes:
        n = dims[k]
        columns[k] = [p % n for p in rest]
        rest = [p // n for p in rest]
    return tuple(_result(c, a._shape) for c in columns)


def ravel_multi_index(multi_index, dims, mode="raise", order="C"):
    """Convert a tuple of index arrays into flat indices for shape dims: p = sum_k i_k * stride_k.

    mode (one, or one per axis): 'raise' requires 0 <= i_k < n_k, 'wrap' takes i_k mod n_k, 'clip' clips.

    >>> ravel_multi_index(([1, 0], [2, 1]), (2, 3)).tolist(), ravel_multi_index(([1], [7]), (2, 3), mode="wrap").tolist()
    ([5, 1], [4])
    """
    dims = _dims(dims)
    if order not in ("C", "F"):
        raise ValueError("only 'C' or 'F' order is permitted")
    if len(multi_index) != len(dims):
        raise ValueError("parameter multi_index must be a sequence of length %d" % len(dims))
    modes = tuple(mode) if isinstance(mode, (tuple, list)) else (mode,) * len(dims)
    for m in modes:
        if m not in ("raise", "wrap", "clip"):
            raise ValueError("clipmode must be one of 'clip', 'raise', or 'wrap' (got %r)" % (m,))
    arrays = [_int_array(i, _EMPTY) for i in multi_index]

    shape = index_math.broadcast_shapes(*[a._shape for a in arrays])
    if 0 in dims and _size(shape):
        raise ValueError("cannot unravel if shape has zero entries (is empty).")
    strides = index_math.c_strides(dims) if order == "C" else index_math.f_strides(dims)
    total = None
    for a, n, stride, m in zip(arrays, dims, strides, modes):
        values = [int(v) for v in _broadcast(a, shape)]
        fixed = _fix(values, n, m)
        total = [f * stride for f in fixed] if total is None else [t + f * stride for t, f in zip(total, fixed)]
    if total is None:
        total = [0] * _size(shape)
    return _result(total, shape)


def _fix(values, n, mode):
    if mode == "raise":
        for v in values:
            if not 0 <= v < n:
                raise ValueError("invalid entry in coordinates array")
        return values
    if mode == "wrap":
        return [v % n for v in values]
    return [0 if v < 0 else (n - 1 if v >= n else v) for v in values]


def _broadcast(a, shape):
    if a._shape == shape:
        return a._values()
    return a._view(a._offset, shape, index_math.broadcast_strides(a._shape, a._strides, shape))._values()


def _size(shape):
    n = 1
    for length in shape:
        n *= length
    return n


# --------------------------------------------------------------------------
# Grids
# --------------------------------------------------------------------------


def indices(dimensions, dtype=int, sparse=False):
    """Return the grid of indices of shape dimensions: grid[k][i0, ..., i_last] = i_k.

    Dense: one array of shape (len(dimensions),) + dimensions.  Sparse: a tuple whose k-th array has
    length n_k on axis k and 1 elsewhere (they broadcast to the dense grids).

    >>> indices((2, 3)).tolist()
    [[[0, 0, 0], [1, 1, 1]], [[0, 1, 2], [0, 1, 2]]]
    >>> [g.shape for g in indices((2, 3), sparse=True)]
    [(2, 1), (1, 3)]
    """
    dims = tuple(int(n) for n in dimensions)
    d = dtypes.as_dtype(dtype)
    convert = dtypes.converter(d)
    if not sparse:
        memory.check_size((len(dims),) + dims, d)  # NumPy makes the dense result first
    grids = []
    for k, n in enumerate(dims):
        memory.check_size((n,), d)
        shape = (1,) * k + (n,) + (1,) * (len(dims) - k - 1)
        grids.append(ndarray._make([convert(i) for i in range(n)], shape, d))
    if sparse:
        return tuple(grids)
    values = []
    for g in grids:
        values.extend(_broadcast(g, dims))
    return ndarray._make(values, (len(dims),) + dims, d)


def ix_(*args):
    """Return open-mesh index arrays: the k-th of n sequences gets shape (1, ..., len, ..., 1).

    a[ix_(rows, cols)] is then the sub-array of those rows and columns.  A bool sequence stands for the
    positions of its true entries.

    >>> [x.tolist() for x in ix_([0, 2], [True, False, True])]
    [[[0], [2]], [[0, 2]]]
    """
    out = []
    n = len(args)
    for k, seq in enumerate(args):
        a = asarray(seq)
        if a.ndim != 1:
            raise ValueError("Cross index must be 1 dimensional")
        if a.size == 0 and not isinstance(seq, ndarray):
            a = ndarray._make([], (0,), INT64)
        if a._dtype.kind == "b":
            a = a.nonzero()[0]
        out.append(a.reshape((1,) * k + (a.size,) + (1,) * (n - k - 1)))
    return tuple(out)


def _slice_points(s, strict=False):
    """(values, is_float) of one slice of mgrid: arange(start, stop, step), or step=Nj points inclusive.

    strict (a slice within a tuple): a negative count is NumPy's "negative dimensions" error, not empty.
    """
    start = 0 if s.start is None else s.start
    stop = s.stop
    step = 1 if s.step is None else s.step
    if isinstance(step, complex):
        count = int(abs(step))
        if count == 1:
            return [float(start)], True
        delta = (stop - start) / (count - 1)
        return [start + i * delta for i in range(count - 1)] + [float(stop)] if count else [], True
    is_float = any(isinstance(x, float) for x in (start, stop, step))
    count = int(math.ceil((stop - start) / step))
    if count < 0 and strict:
        raise ValueError("negative dimensions are not allowed")
    count = max(count, 0)
    if is_float:
        return [float(start + i * step) for i in range(count)], True
    return [start + i * step for i in range(count)], False


class _Grid:
    """mgrid (dense=True) and ogrid: grids written as slices, ``mgrid[0:2, 0:5:3j]``.

    A slice start:stop:step gives arange(start, stop, step); a complex step Nj gives N points from start
    to stop inclusive (as linspace).  Any float (or complex step) makes every grid float64.  mgrid
    broadcasts the grids to one shape and stacks them; ogrid leaves each grid open (length 1 on the other
    axes).

    >>> mgrid[0:1:3j].tolist(), [g.tolist() for g in ogrid[0:2, 0:3]]
    ([0.0, 0.5, 1.0], [[[0], [1]], [[0, 1, 2]]])
    """

    def __init__(self, dense):
        self.dense = dense

    def __getitem__(self, key):
        single = not isinstance(key, tuple)
        parts = [_slice_points(s, self.dense and not single) for s in ((key,) if single else key)]
        d = FLOAT64 if any(is_float for _, is_float in parts) else INT64
        convert = dtypes.converter(d)
        vectors = [[convert(v) for v in values] for values, _ in parts]
        if single:
            return ndarray._make(vectors[0], (len(vectors[0]),), d)
        dims = tuple(len(v) for v in vectors)
        grids = []
        for k, v in enumerate(vectors):
            grids.append(ndarray._make(v, (1,) * k + (len(v),) + (1,) * (len(dims) - k - 1), d))
        if not self.dense:
            return tuple(grids)
        values = []
        for g in grids:
            values.extend(_broadcast(g, dims))
        return ndarray._make(values, (len(dims),) + dims, d)

    def __len__(self):
        return 0


mgrid = _Grid(dense=True)
ogrid = _Grid(dense=False)


class _IndexExpression:
    """s_ and index_exp: build index tuples with slice syntax, ``a[s_[1:3, ::2]]``.

    index_exp always gives a tuple; s_ gives the item itself when it is one.

    >>> s_[1:3, ::2], s_[2], index_exp[2]
    ((slice(1, 3, None), slice(None, None, 2)), 2, (2,))
    """

    def __init__(self, maketuple):
        self.maketuple = maketuple

    def __getitem__(self, item):
        if self.maketuple and not isinstance(item, tuple):
            return (item,)
        return item


s_ = _IndexExpression(maketuple=False)
index_exp = _IndexExpression(maketuple=True)

# --------------------------------------------------------------------------
# Diagonals
# --------------------------------------------------------------------------


def diag_indices(n, ndim=2):
    """Return the indices of the main diagonal of an n x ... x n array: ndim copies of arange(n).

    >>> [x.tolist() for x in diag_indices(3)]
    [[0, 1, 2], [0, 1, 2]]
    """
    return tuple(ndarray._make(list(range(n)), (n,), INT64) for _ in range(ndim))


def diag_indices_from(arr):
    """Return the indices of the main diagonal of arr (all of whose axes have one length).

    >>> [x.tolist() for x in diag_indices_from(ndarray((2, 2)))]
    [[0, 1], [0, 1]]
    """
    arr = asarray(arr)
    if arr.ndim < 2:
        raise ValueError("input array must be at least 2-d")
    for n in arr._shape:
        if n != arr._shape[0]:
            raise ValueError("All dimensions of input must be of equal length")
    return diag_indices(arr._shape[0], arr.ndim)


def fill_diagonal(a, val, wrap=False):
    """Write val along the main diagonal of a, in place (val repeats to fit).

    In C order the diagonal of an (n, m) matrix is every (m + 1)-th element; it stops after row
    min(n, m) unless wrap, which goes on down a tall matrix.  N-d arrays need equal axes.

    >>> x = ndarray((3, 3), int); fill_diagonal(x, [1, 2]); x.tolist()
    [[1, 0, 0], [0, 2, 0], [0, 0, 1]]
    """
    if not isinstance(a, ndarray):
        raise TypeError("fill_diagonal() argument 1 must be numpy.ndarray, not %s" % type(a).__name__)
    if a.ndim < 2:
        raise ValueError("array must be at least 2-d")
    if a.ndim == 2:
        step = a._shape[1] + 1
        end = a.size if wrap else a._shape[1] * a._shape[1]
    else:
        for n in a._shape:
            if n != a._shape[0]:
                raise ValueError("All dimensions of input must be of equal length")
        step = 1
        stride = 1
        for n in a._shape[:-1]:
            stride *= n
            step += stride
        end = a.size
    targets = list(range(0, min(end, a.size), step))
    source = asarray(val)
    values = dtypes.cast(source._values(), source._dtype, a._dtype, setting=True)
    if not targets or not values:
        return
    if not a._writeable:
        raise ValueError("assignment destination is read-only")
    positions = index_math.flat_positions(a._offset, a._shape, a._strides)
    m = len(values)
    for k, t in enumerate(targets):
        a._buf[positions[t]] = values[k % m]
