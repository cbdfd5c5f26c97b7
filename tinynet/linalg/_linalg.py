"""Linear algebra: norms, determinants, inverses and linear solves, by elimination.

NumPy hands these to LAPACK; here they are the textbook algorithms on
nested lists, so a student can read them.  Results agree with NumPy's to
rounding (the order of operations differs, so not bit for bit):

    >>> from tinynet import linalg, array
    >>> linalg.norm([3.0, 4.0])
    np.float64(5.0)
    >>> linalg.det([[1.0, 2.0], [3.0, 4.0]])
    np.float64(-2.0)
    >>> linalg.solve([[2.0, 0.0], [0.0, 4.0]], [2.0, 2.0]).tolist()
    [1.0, 0.5]
"""

from tinynet.core import dtypes
from tinynet.core import floats
from tinynet.core import nested
from tinynet.core.dtypes import FLOAT64
from tinynet.core.ndarray import asarray, ndarray, normalize_axis


class LinAlgError(ValueError):
    """A matrix is singular, or not square where it must be (a ValueError, as in NumPy)."""

    __module__ = "tinynet.linalg"


def _square_matrix(a, name):
    a = asarray(a).astype(FLOAT64, copy=False)
    if a.ndim != 2:
        raise LinAlgError(
            "%d-dimensional array given. Array must be at least two-dimensional" % a.ndim
        )
    if a.shape[0] != a.shape[1]:
        raise LinAlgError("Last 2 dimensions of the array must be square")
    return a


def _eliminate(A, B):
    """Reduce [A | B] by Gauss-Jordan elimination with partial pivoting.

    Returns (the solution X of A X = B, det(A)).  Each step picks the row
    with the largest pivot in the current column (for stability), swaps it
    up, divides it by the pivot, and subtracts multiples of it from every
    other row, until A has become the identity and B has become X.
    """
    n = len(A)
    A = [row[:] for row in A]
    B = [row[:] for row in B]
    det = 1.0
    for k in range(n):
        pivot_row = max(range(k, n), key=lambda i: abs(A[i][k]))
        pivot = A[pivot_row][k]
        if pivot == 0.0:
            raise LinAlgError("Singular matrix")
        if pivot_row != k:
            A[k], A[pivot_row] = A[pivot_row], A[k]
            B[k], B[pivot_row] = B[pivot_row], B[k]
            det = -det
        det *= pivot
        # Scale the pivot row so its pivot is 1.
        A[k] = [x / pivot for x in A[k]]
        B[k] = [x / pivot for x in B[k]]
        # Subtract it from every other row: row_i -= A[i][k] * row_k.
        for i in range(n):
            if i != k and A[i][k] != 0.0:
                factor = A[i][k]
                A[i] = [x - factor * y for x, y in zip(A[i], A[k])]
                B[i] = [x - factor * y for x, y in zip(B[i], B[k])]
    return B, det


def inv(a):
    """Return the inverse of a square matrix: A^-1 with A A^-1 = I.

    >>> inv([[4.0, 7.0], [2.0, 6.0]]).round(2).tolist()
    [[0.6, -0.7], [-0.2, 0.4]]
    >>> inv([[1.0, 2.0], [2.0, 4.0]])
    Traceback (most recent call last):
      ...
    tinynet.linalg.LinAlgError: Singular matrix
    """
    a = _square_matrix(a, "inv")
    n = a.shape[0]
    identity = [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]
    X, _ = _eliminate(a._data, identity)
    return ndarray._wrap(X, (n, n), FLOAT64)


def solve(a, b):
    """Return x with a @ x = b, for a square, non-singular a.

    >>> solve([[1.0, 1.0], [1.0, -1.0]], [3.0, 1.0]).tolist()
    [2.0, 1.0]
    """
    a = _square_matrix(a, "solve")
    b = asarray(b).astype(FLOAT64, copy=False)
    n = a.shape[0]
    if b.shape[0] != n:
        raise ValueError(
            "solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
            "(m,m),(m,n)->(m,n) (size %d is different from %d)" % (b.shape[0], n)
        )
    columns = b._data if b.ndim == 2 else [[x] for x in b._data]
    X, _ = _eliminate(a._data, columns)
    if b.ndim == 1:
        return ndarray._wrap([row[0] for row in X], (n,), FLOAT64)
    return ndarray._wrap(X, b.shape, FLOAT64)


def det(a):
    """Return the determinant: the product of the pivots, with a sign for each row swap.

    >>> det([[2.0, 0.0], [0.0, 3.0]])
    np.float64(6.0)
    """
    a = _square_matrix(a, "det")
    n = a.shape[0]
    try:
        _, d = _eliminate(a._data, [[] for _ in range(n)])
    except LinAlgError:
        d = 0.0
    return dtypes.scalar(d, FLOAT64)


def norm(x, ord=None, axis=None, keepdims=False):  # noqa: A002 - NumPy's parameter name
    """Return a vector or matrix norm; by default sqrt(sum x_i^2) over all elements.

    ord may be 1, 2, inf, -inf or 'fro' ('fro' and None are the same for
    matrices); with axis, the vector norm of each row or column.

    >>> norm([[1.0, 2.0], [2.0, 4.0]]), norm([3.0, -4.0], ord=1), norm([3.0, -4.0], ord=float("inf"))
    (np.float64(5.0), np.float64(7.0), np.float64(4.0))
    >>> norm([[3.0, 4.0], [6.0, 8.0]], axis=1).tolist()
    [5.0, 10.0]
    """
    a = asarray(x).astype(FLOAT64, copy=False)
    if axis is None and (ord is None or (ord == "fro" and a.ndim == 2) or (ord == 2 and a.ndim == 1)):
        squares = [v * v for v in a._values()]
        value = floats.sqrt(nested.sum_list(squares))
        if keepdims:
            return ndarray._make([value], (1,) * a.ndim, FLOAT64)
        return dtypes.scalar(value, FLOAT64)
    if axis is None and a.ndim == 2:
        if ord in (1, -1):
            sums = abs(a).sum(axis=0)
            return sums.max() if ord == 1 else sums.min()
        if ord in (floats.inf, -floats.inf):
            sums = abs(a).sum(axis=1)
            return sums.max() if ord > 0 else sums.min()
        raise ValueError("Invalid norm order for matrices.")
    if axis is not None:
        axis = normalize_axis(axis, a.ndim)
    return _vector_norm(a, ord, axis, keepdims)


def _vector_norm(a, ord, axis, keepdims):
    magnitude = abs(a)
    if ord is None or ord == 2:
        return (magnitude * magnitude).sum(axis=axis, keepdims=keepdims) ** 0.5
    if ord == floats.inf:
        return magnitude.max(axis=axis, keepdims=keepdims)
    if ord == -floats.inf:
        return magnitude.min(axis=axis, keepdims=keepdims)
    if ord == 1:
        return magnitude.sum(axis=axis, keepdims=keepdims)
    if ord == 0:
        return (magnitude != 0).astype(FLOAT64).sum(axis=axis, keepdims=keepdims)
    if isinstance(ord, str):
        raise ValueError("Invalid norm order '%s' for vectors" % ord)
    return ((magnitude ** float(ord)).sum(axis=axis, keepdims=keepdims)) ** (1.0 / ord)
