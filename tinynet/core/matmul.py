"""The matrix products of arrays: ``a @ b``, ``matmul``, ``dot``.

The fast path (``_matmul_same_dtype``) covers what small programs do all the time: float64 or int64
vectors and matrices, through the ground floor's formula C[i][j] = sum_k A[i][k] * B[k][j].  Everything
else (batches, other dtypes, empty axes, ``out=``) goes through ``matmul_general``, loaded on first use.
"""

from tinynet.core import dtypes
from tinynet.core import memory
from tinynet.core import portable
from tinynet.core.dtypes import FLOAT64, INT64
from tinynet.core.ndarray import ndarray
from tinynet.core.ufunc import _mul, operand


def matmul_operator(a, b):
    if type(a) is not ndarray or type(b) is not ndarray:
        if operand(a) is None or operand(b) is None:
            return NotImplemented
    return matmul(a, b)


def _matmul_same_dtype(a, b):
    """a @ b for float64 (or int64) vectors and matrices, through the ground floor's formula.

    The fast path of ``matmul`` and ``dot`` for the products small programs make all the time: no
    batches, no promotion beyond int64 with float64, no empty axis.  Exact because it adds the same
    products in the same order as the general path.  Returns None where the general path must decide.
    """
    if type(a) is not ndarray or type(b) is not ndarray:
        return None
    d = a._dtype
    if b._dtype is not d:
        if (d is INT64 and b._dtype is FLOAT64) or (d is FLOAT64 and b._dtype is INT64):
            d = FLOAT64  # int64 and float64 meet in float64; the ints are converted once, below
        else:
            return None
    elif d is not FLOAT64 and d is not INT64:
        return None
    a_shape, b_shape = a._shape, b._shape
    matrices = len(a_shape) == 2 and len(b_shape) == 2
    if matrices:
        n, k = a_shape
        k_b, m = b_shape
    else:
        if len(a_shape) == 1:
            n, k = 1, a_shape[0]
        elif len(a_shape) == 2:
            n, k = a_shape
        else:
            return None
        if len(b_shape) == 1:
            k_b, m = b_shape[0], 1
        elif len(b_shape) == 2:
            k_b, m = b_shape
        else:
            return None
    if k != k_b or not (n and k and m) or n * k * m == 1:
        return None  # a shape error, an empty result or one product (dot's sign of zero): the general path
    if n * m > 65536:
        memory.check_size((n, m), d)
    av = a._buf if a._full else a._values()  # the buffer itself when it holds just the elements, in order
    bv = b._buf if b._full else b._values()
    if a._dtype is not d:
        av = list(map(float, av))
    if b._dtype is not d:
        bv = list(map(float, bv))
    # C[i][j] = sum_k A[i][k] * B[k][j].  Column j of a C-ordered B is every m-th value from j, and
    # zip(*[iter(av)] * k) deals A's values out into rows of k.  Each entry is then the sum of products
    # of a row and a column, made as nested.sum_of_products makes it, written out to save a call each.
    if _sumprod is not None:
        columns = [bv[j::m] for j in range(m)]
        values = [_sumprod(row, column) for row in zip(*[iter(av)] * k) for column in columns]
    elif k == 2:  # two products per entry (a 2x2 product, a layer of two inputs): added inline, in sum's order
        columns = list(zip(bv[:m], bv[m:]))
        values = [0 + x0 * y0 + x1 * y1 for x0, x1 in zip(av[::2], av[1::2]) for y0, y1 in columns]
    else:
        columns = [bv[j::m] for j in range(m)] if m > 1 else [bv]
        values = [sum(map(_mul, row, column)) for row in zip(*[iter(av)] * k) for column in columns]
    if d is INT64:
        values = dtypes.fix(values, d)
    if matrices:
        return ndarray._make(values, (n, m), d)
    shape = a_shape[:-1] + b_shape[1:]
    if not shape:
        return dtypes.scalar(values[0], d)
    return ndarray._make(values, shape, d)


_sumprod = portable.sumprod  # math.sumprod on Python 3.12+, else None


def matmul(a, b, out=None):
    """Return the matrix product a @ b: C[i][j] = sum_k A[i][k] * B[k][j], over broadcast batches.

    1-d operands are treated as a row (on the left) or a column (on the right), and that axis is
    dropped from the result, as in NumPy.

    >>> matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]).tolist()
    [[19, 22], [43, 50]]
    >>> matmul([1, 2], [3, 4])
    np.int64(11)
    """
    if out is None:
        done = _matmul_same_dtype(a, b)
        if done is not None:
            return done
    from tinynet.core import matmul_general  # batches, other dtypes, empty axes, out=: on first use

    return matmul_general.matmul(a, b, out)


def dot(a, b, out=None):
    """Return the dot product: sum_k a[k] * b[k] for vectors, the matrix product for matrices.

    >>> dot([1, 2, 3], [4, 5, 6])
    np.int64(32)
    >>> dot([[1, 0], [0, 1]], [[4, 1], [2, 2]]).tolist()
    [[4, 1], [2, 2]]
    """
    if out is None:
        done = _matmul_same_dtype(a, b)  # for vectors and matrices, dot is matmul
        if done is not None:
            return done
    from tinynet.core import matmul_general  # N-d products, other dtypes, out=: on first use

    return matmul_general.dot(a, b, out)
