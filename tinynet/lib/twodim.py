"""Triangles: tri, tril, triu, tril_indices, triu_indices, tril_indices_from, triu_indices_from, mask_indices.

The lower triangle with offset k of an (n, m) matrix is the set of (i, j) with j <= i + k: k = 0 is the
main diagonal and below, k = 1 adds the diagonal above it, k = -1 starts one below.  The upper triangle
with offset k is j >= i + k.

    >>> from tinynet import tri, triu, tril_indices
    >>> tri(3, dtype=int).tolist()
    [[1, 0, 0], [1, 1, 0], [1, 1, 1]]
    >>> triu([[1, 2, 3], [4, 5, 6]], 1).tolist()
    [[0, 2, 3], [0, 0, 6]]
    >>> [x.tolist() for x in tril_indices(3)]
    [[0, 1, 1, 2, 2, 2], [0, 0, 1, 0, 1, 2]]
"""

from tinynet.core import dtypes
from tinynet.core.dtypes import INT64
from tinynet.core.ndarray import asarray, ndarray


def tri(N, M=None, k=0, dtype=float, *, like=None):
    """Return an N x M array with ones at and below diagonal k: T[i, j] = 1 if j <= i + k, else 0.

    >>> tri(2, 3, 1, dtype=int).tolist()
    [[1, 1, 0], [1, 1, 1]]
    """
    M = N if M is None else M
    d = dtypes.as_dtype(dtype)
    one, zero = dtypes.converter(d)(1), dtypes.converter(d)(0)
    values = []
    for i in range(N):
        cut = max(min(i + k + 1, M), 0)
        values.extend([one] * cut + [zero] * (M - cut))
    return ndarray._make(values, (N, M), d)


def _triangle(m, k, lower):
    m = asarray(m)
    if m.ndim == 0:
        raise TypeError("tri() missing 1 required positional argument: 'N'")
    if m.ndim == 1:  # a vector is the last row of a square matrix, repeated (NumPy broadcasts it)
        n = cols = m._shape[0]
        values = list(m._values()) * n
        shape = (n, n)
    else:
        n, cols = m._shape[-2], m._shape[-1]
        values = list(m._values())
        shape = m._shape
    zero = dtypes.converter(m._dtype)(0)
    block = n * cols
    for start in range(0, len(values), block or 1):
        for i in range(n):
            row = start + i * cols
            cut = max(min(i + k + 1, cols), 0) if lower else max(min(i + k, cols), 0)
            if lower:
                values[row + cut:row + cols] = [zero] * (cols - cut)
            else:
                values[row:row + cut] = [zero] * cut
    return ndarray._make(values, shape, m._dtype)


def tril(m, k=0):
    """Return a copy of m with the elements above diagonal k set to zero (on the last two axes).

    >>> tril([[1, 2], [3, 4]]).tolist()
    [[1, 0], [3, 4]]
    """
    return _triangle(m, k, lower=True)


def triu(m, k=0):
    """Return a copy of m with the elements below diagonal k set to zero (on the last two axes).

    >>> triu([[1, 2], [3, 4]]).tolist()
    [[1, 2], [0, 4]]
    """
    return _triangle(m, k, lower=False)


def _pairs(n, m, keep):
    rows, cols = [], []
    for i in range(n):
        for j in range(m):
            if keep(i, j):
                rows.append(i)
                cols.append(j)
    return ndarray._make(rows, (len(rows),), INT64), ndarray._make(cols, (len(cols),), INT64)


def tril_indices(n, k=0, m=None):
    """Return the (rows, cols) of the lower triangle j <= i + k of an n x m matrix, in C order.

    >>> [x.tolist() for x in tril_indices(2, 1, 3)]
    [[0, 0, 1, 1, 1], [0, 1, 0, 1, 2]]
    """
    return _pairs(n, n if m is None else m, lambda i, j: j <= i + k)


def triu_indices(n, k=0, m=None):
    """Return the (rows, cols) of the upper triangle j >= i + k of an n x m matrix, in C order.

    >>> [x.tolist() for x in triu_indices(3, 1)]
    [[0, 0, 1], [1, 2, 2]]
    """
    return _pairs(n, n if m is None else m, lambda i, j: j >= i + k)


def _matrix_shape(arr):
    arr = asarray(arr)
    if arr.ndim != 2:
        raise ValueError("input array must be 2-d")
    return arr._shape


def tril_indices_from(arr, k=0):
    """Return the indices of the lower triangle of the 2-d array arr (see tril_indices).

    >>> [x.tolist() for x in tril_indices_from(ndarray((2, 2)))]
    [[0, 1, 1], [0, 0, 1]]
    """
    n, m = _matrix_shape(arr)
    return tril_indices(n, k, m)


def triu_indices_from(arr, k=0):
    """Return the indices of the upper triangle of the 2-d array arr (see triu_indices).

    >>> [x.tolist() for x in triu_indices_from(ndarray((2, 2)))]
    [[0, 0, 1], [0, 1, 1]]
    """
    n, m = _matrix_shape(arr)
    return triu_indices(n, k, m)


def mask_indices(n, mask_func, k=0):
    """Return the indices where mask_func(ones((n, n)), k) is non-zero, e.g. mask_indices(n, triu).

    >>> [x.tolist() for x in mask_indices(3, triu, 1)]
    [[0, 0, 1], [1, 2, 2]]
    """
    ones = ndarray._make([1] * (n * n), (n, n), INT64)
    return asarray(mask_func(ones, k)).nonzero()
