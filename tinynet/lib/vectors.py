"""Products of vectors along the last axis: vecdot, matvec, vecmat, and the cross product.

Each works on stacks: the leading axes broadcast as in ``matmul``, and the product acts on the trailing
"core" axes (NumPy calls these generalized ufuncs, with signatures such as ``(m,n),(n)->(m)``):

    vecdot(x, y)   (n),(n)->()       sum_i conj(x[i]) * y[i]
    matvec(A, x)   (m,n),(n)->(m)    sum_j A[i, j] * x[j]
    vecmat(x, A)   (n),(n,m)->(m)    sum_i conj(x[i]) * A[i, j]
    cross(a, b)    3-vectors: (a1 b2 - a2 b1, a2 b0 - a0 b2, a0 b1 - a1 b0)

    >>> from tinynet import vecdot, matvec, cross
    >>> vecdot([[1, 2], [3, 4]], [1, 1]).tolist(), matvec([[1, 2], [3, 4]], [1, 1]).tolist()
    ([3, 7], [3, 7])
    >>> cross([1, 0, 0], [0, 1, 0]).tolist()
    [0, 0, 1]
"""

from tinynet.core.errors import warn
from tinynet.core.ndarray import asarray, normalize_axis
from tinynet.core.ufunc import matmul
from tinynet.lib.shaping import moveaxis, stack


def _conj(x):
    return x.conj() if x.dtype.kind == "c" else x


def _core_size_check(name, signature, operand, dim, size, expected):
    if size != expected:
        raise ValueError("%s: Input operand %d has a mismatch in its core dimension %d, with gufunc "
                         "signature %s (size %d is different from %d)"
                         % (name, operand, dim, signature, size, expected))


def _at_least(name, signature, x, operand, ndim):
    if x.ndim < ndim:
        raise ValueError("%s: Input operand %d does not have enough dimensions (has %d, gufunc core "
                         "with signature %s requires %d)" % (name, operand, x.ndim, signature, ndim))


def vecdot(x1, x2, *, axis=-1):
    """Return the dot product of vectors along axis: sum_i conj(x1[..., i]) * x2[..., i].

    The other axes broadcast.

    >>> vecdot([1j, 2], [1j, 1]).item()
    (3+0j)
    """
    x1, x2 = asarray(x1), asarray(x2)
    signature = "(n),(n)->()"
    _at_least("vecdot", signature, x1, 0, 1)
    _at_least("vecdot", signature, x2, 1, 1)
    x1 = moveaxis(x1, normalize_axis(axis, x1.ndim), -1)
    x2 = moveaxis(x2, normalize_axis(axis, x2.ndim), -1)
    _core_size_check("vecdot", signature, 1, 0, x2.shape[-1], x1.shape[-1])
    product = matmul(_conj(x1)[..., None, :], x2[..., :, None])[..., 0, 0]
    return product[()] if product.ndim == 0 else product  # a lone result is a scalar, as in NumPy


def matvec(x1, x2):
    """Return the matrix-vector product of stacks: out[..., i] = sum_j x1[..., i, j] * x2[..., j].

    >>> matvec([[0, 1], [1, 0]], [5, 7]).tolist()
    [7, 5]
    """
    x1, x2 = asarray(x1), asarray(x2)
    signature = "(m,n),(n)->(m)"
    _at_least("matvec", signature, x1, 0, 2)
    _at_least("matvec", signature, x2, 1, 1)
    _core_size_check("matvec", signature, 1, 0, x2.shape[-1], x1.shape[-1])
    return matmul(x1, x2[..., :, None])[..., 0]


def vecmat(x1, x2):
    """Return the vector-matrix product of stacks: out[..., j] = sum_i conj(x1[..., i]) * x2[..., i, j].

    >>> vecmat([1, 2], [[1, 0], [0, 1]]).tolist()
    [1, 2]
    """
    x1, x2 = asarray(x1), asarray(x2)
    signature = "(n),(n,m)->(m)"
    _at_least("vecmat", signature, x1, 0, 1)
    _at_least("vecmat", signature, x2, 1, 2)
    _core_size_check("vecmat", signature, 1, 0, x2.shape[-2], x1.shape[-1])
    return matmul(_conj(x1)[..., None, :], x2)[..., 0, :]


def cross(a, b, axisa=-1, axisb=-1, axisc=-1, axis=None):
    """Return the cross product of 3-vectors (or of 2-vectors, the z-component alone) along an axis.

    a x b = (a1 b2 - a2 b1, a2 b0 - a0 b2, a0 b1 - a1 b0); a 2-vector is read as having a zero third
    component.  ``axis`` sets axisa, axisb and axisc at once; the vectors' other axes broadcast.

    >>> cross([1, 2, 3], [4, 5, 6]).tolist(), cross([1, 0], [0, 1, 0]).tolist()
    ([-3, 6, -3], [0, 0, 1])
    """
    if axis is not None:
        axisa = axisb = axisc = axis
    a, b = asarray(a), asarray(b)
    if a.ndim == 0 or b.ndim == 0:
        raise ValueError("At least one array has zero dimension")
    a = moveaxis(a, normalize_axis(axisa, a.ndim, "axisa"), -1)
    b = moveaxis(b, normalize_axis(axisb, b.ndim, "axisb"), -1)
    if a.shape[-1] not in (2, 3) or b.shape[-1] not in (2, 3):
        raise ValueError("incompatible dimensions for cross product\n(dimension must be 2 or 3)")
    if a.shape[-1] == 2 and b.shape[-1] == 2:
        warn("Arrays of 2-dimensional vectors are deprecated. Use arrays of 3-dimensional vectors "
             "instead. (deprecated in NumPy 2.0)", DeprecationWarning)
        return asarray(a[..., 0] * b[..., 1] - a[..., 1] * b[..., 0])  # 0-d stays an array
    a0, a1 = a[..., 0], a[..., 1]
    b0, b1 = b[..., 0], b[..., 1]
    if a.shape[-1] == 3 and b.shape[-1] == 3:
        a2, b2 = a[..., 2], b[..., 2]
        parts = [a1 * b2 - a2 * b1, a2 * b0 - a0 * b2, a0 * b1 - a1 * b0]
    elif a.shape[-1] == 2:
        b2 = b[..., 2]
        parts = [a1 * b2, -(a0 * b2), a0 * b1 - a1 * b0]
    else:
        a2 = a[..., 2]
        parts = [-(a2 * b1), a2 * b0, a0 * b1 - a1 * b0]
    out = stack(parts, axis=-1)
    return moveaxis(out, -1, normalize_axis(axisc, out.ndim, "axisc"))
