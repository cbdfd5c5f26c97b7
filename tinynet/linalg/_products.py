"""Products in ``numpy.linalg``: multi_dot, and the array API's linalg names for the main namespace's.

``multi_dot`` multiplies a chain of matrices in the cheapest order.  ``outer``, ``trace``,
``diagonal``, ``cross``, ``matmul``, ``tensordot``, ``vecdot`` and ``matrix_transpose`` are the array
API's spellings: they act on the last axes (a stack of matrices or vectors) and are stricter about
their inputs than the main namespace's functions of the same names.

    >>> from tinynet import linalg
    >>> linalg.multi_dot([[[1, 2]], [[3], [4]], [[5]]]).tolist()
    [[55]]
    >>> linalg.cross([1, 0, 0], [0, 1, 0]).tolist()
    [0, 0, 1]
    >>> linalg.vecdot([[1, 2], [3, 4]], [1, 1]).tolist()
    [3, 7]
"""

from tinynet.core import dtypes
from tinynet.core.dtypes import BOOL
from tinynet.core.ndarray import asarray, ndarray, normalize_axis
from tinynet.linalg import _common as common
from tinynet.linalg._common import shape_text


# --------------------------------------------------------------------------
# multi_dot
# --------------------------------------------------------------------------


def chain_order(dims):
    """Return split[i][j]: where to split the product A_i ... A_j for the fewest scalar multiplications.

    The classic dynamic programme (Cormen et al., section 15.2): A_i is dims[i] x dims[i+1];
    cost[i][j] = min over i <= k < j of cost[i][k] + cost[k+1][j] + dims[i] * dims[k+1] * dims[j+1].

    >>> chain_order([10, 100, 5, 50])[0][2]  # (A0 A1) A2 is cheaper
    1
    """
    n = len(dims) - 1
    cost = [[0] * n for _ in range(n)]
    split = [[0] * n for _ in range(n)]
    for length in range(1, n):
        for i in range(n - length):
            j = i + length
            best = None
            for k in range(i, j):
                q = cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1]
                if best is None or q < best:
                    best, split[i][j] = q, k
            cost[i][j] = best
    return split


def multi_dot(arrays, *, out=None):
    """Return the product of two or more arrays, multiplied in the order that needs the fewest operations.

    The first array may be 1-d (a row vector) and the last 1-d (a column vector); the rest must be
    2-d.  The result equals dot(dot(A, B), C)... up to rounding.

    >>> multi_dot([[1, 2], [[1, 0], [0, 1]], [3, 4]])
    np.int64(11)
    """
    from tinynet.core.ufunc import dot

    n = len(arrays)
    if n < 2:
        raise ValueError("Expecting at least two arrays.")
    if n == 2:
        return dot(arrays[0], arrays[1], out=out)
    arrays = [asarray(a) for a in arrays]
    ndim_first, ndim_last = arrays[0].ndim, arrays[-1].ndim
    if ndim_first == 1:
        arrays[0] = arrays[0].reshape(1, arrays[0]._shape[0])
    if ndim_last == 1:
        arrays[-1] = arrays[-1].reshape(arrays[-1]._shape[0], 1)
    common.check_2d(*arrays)
    dims = [a._shape[0] for a in arrays] + [arrays[-1]._shape[1]]
    split = chain_order(dims)

    def product(i, j):
        if i == j:
            return arrays[i]
        return dot(product(i, split[i][j]), product(split[i][j] + 1, j))

    result = product(0, n - 1)
    if ndim_first == 1 and ndim_last == 1:
        result = result[0, 0]
    elif ndim_first == 1 or ndim_last == 1:
        result = result.ravel()
    if out is not None:
        out[...] = result
        return out
    return result


# --------------------------------------------------------------------------
# The array API's names
# --------------------------------------------------------------------------


def outer(x1, x2):
    """Return the outer product of two vectors: P[i, j] = x1[i] * x2[j] (both must be 1-d).

    >>> outer([1, 2], [1, 10]).tolist()
    [[1, 10], [2, 20]]
    """
    from tinynet.lib.products import outer as core_outer

    x1, x2 = asarray(x1), asarray(x2)
    if x1.ndim != 1 or x2.ndim != 1:
        raise ValueError("Input arrays must be one-dimensional, but they are x1.ndim=%d and x2.ndim=%d."
                         % (x1.ndim, x2.ndim))
    return core_outer(x1, x2)


def trace(x, *, offset=0, dtype=None):
    """Return the sum along the diagonal of each matrix: sum_i x[..., i, i + offset].

    >>> trace([[1, 2], [3, 4]]), trace([[[1, 2], [3, 4]], [[5, 6], [7, 8]]]).tolist()
    (np.int64(5), [5, 13])
    """
    from tinynet.lib.shaping import trace as core_trace

    return core_trace(x, offset, axis1=-2, axis2=-1, dtype=dtype)


def diagonal(x, *, offset=0):
    """Return the diagonal of each matrix, x[..., i, i + offset], as a view.

    >>> diagonal([[1, 2], [3, 4]]).tolist(), diagonal([[1, 2], [3, 4]], offset=1).tolist()
    ([1, 4], [2])
    """
    from tinynet.lib.shaping import diagonal as core_diagonal

    return core_diagonal(x, offset, axis1=-2, axis2=-1)


def cross(x1, x2, *, axis=-1):
    """Return the cross product of (stacks of) 3-vectors: c = (a1 b2 - a2 b1, a2 b0 - a0 b2, a0 b1 - a1 b0).

    The vectors lie along axis in both inputs; the other axes broadcast.

    >>> cross([0, 0, 2], [[1, 0, 0], [0, 1, 0]]).tolist()
    [[0, 2, 0], [-2, 0, 0]]
    """
    from tinynet.lib.shaping import moveaxis, stack

    x1, x2 = asarray(x1), asarray(x2)
    n1 = x1._shape[normalize_axis(axis, x1.ndim)]
    n2 = x2._shape[normalize_axis(axis, x2.ndim)]
    if n1 != 3 or n2 != 3:
        raise ValueError("Both input arrays must be (arrays of) 3-dimensional vectors, but they are %d and %d "
                         "dimensional instead." % (n1, n2))
    a, b = moveaxis(x1, axis, -1), moveaxis(x2, axis, -1)
    a0, a1, a2 = a[..., 0], a[..., 1], a[..., 2]
    b0, b1, b2 = b[..., 0], b[..., 1], b[..., 2]
    c = stack([a1 * b2 - a2 * b1, a2 * b0 - a0 * b2, a0 * b1 - a1 * b0], axis=-1)
    return moveaxis(c, -1, normalize_axis(axis, c.ndim))


def matmul(x1, x2):
    """Return the matrix product x1 @ x2 (stacks of matrices broadcast), as tinynet.matmul.

    >>> matmul([[1, 2], [3, 4]], [[1], [1]]).tolist()
    [[3], [7]]
    """
    from tinynet.core.ufunc import matmul as core_matmul

    return core_matmul(x1, x2)


def tensordot(x1, x2, *, axes=2):
    """Return the sum of products over the last `axes` axes of x1 and the first of x2, as tinynet.tensordot.

    >>> tensordot([[1, 2], [3, 4]], [[1, 0], [0, 1]])
    array(5)
    """
    from tinynet.lib.products import tensordot as core_tensordot

    return core_tensordot(x1, x2, axes=axes)


def matrix_transpose(x):
    """Return each matrix transposed (the last two axes swapped), as a view.

    >>> matrix_transpose([[1, 2, 3]]).tolist()
    [[1], [2], [3]]
    """
    x = asarray(x)
    if x.ndim < 2:
        raise ValueError("Input array must be at least 2-dimensional, but it is %d" % x.ndim)
    return x.mT


def vecdot(x1, x2, *, axis=-1):
    """Return the dot product of vectors along axis: sum_i conj(x1[..., i]) * x2[..., i]; other axes broadcast.

    >>> vecdot([1j, 2], [1j, 1]), vecdot([[1, 2], [3, 4]], [[1, 1], [0, 1]], axis=0).tolist()
    (np.complex128(3+0j), [1, 6])
    """
    x1, x2 = asarray(x1), asarray(x2)
    for i, x in ((0, x1), (1, x2)):
        if x.ndim < 1:
            raise ValueError("vecdot: Input operand %d does not have enough dimensions (has 0, gufunc core with "
                             "signature (n),(n)->() requires 1)" % i)
    a = x1.transpose(_last(x1.ndim, normalize_axis(axis, x1.ndim)))
    b = x2.transpose(_last(x2.ndim, normalize_axis(axis, x2.ndim)))
    n = a._shape[-1]
    if b._shape[-1] != n:
        raise ValueError("vecdot: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
                         "(n),(n)->() (size %d is different from %d)" % (b._shape[-1], n))
    d = dtypes.promote(x1._dtype, x2._dtype)
    joined = common.broadcast_batches(a._shape[:-1], b._shape[:-1])
    if joined is None:
        raise ValueError("operands could not be broadcast together with remapped shapes [original->remapped]: "
                         "%s->%s %s->%s  and requested shape ()"
                         % (shape_text(x1._shape), shape_text(a._shape[:-1]),
                            shape_text(x2._shape), shape_text(b._shape[:-1])))
    batch, (ia, ib) = joined
    xs = dtypes.cast(a._values(), a._dtype, d) if a._dtype is not d else a._values()
    ys = dtypes.cast(b._values(), b._dtype, d) if b._dtype is not d else b._values()
    values = []
    for i, j in zip(ia, ib):
        u, v = xs[i * n:(i + 1) * n], ys[j * n:(j + 1) * n]
        if d is BOOL:
            values.append(any([p and q for p, q in zip(u, v)]))
        elif d.kind == "c":
            values.append(sum([common.conj(p) * q for p, q in zip(u, v)], 0j))
        else:
            values.append(sum([p * q for p, q in zip(u, v)], 0.0 if d.kind == "f" else 0))
    values = dtypes.fix(values, d)
    if not batch:
        return dtypes.scalar(values[0], d)
    return ndarray._make(list(values), batch, d)


def _last(ndim, axis):
    """The axis order that moves axis to the end."""
    return [k for k in range(ndim) if k != axis] + [axis]
