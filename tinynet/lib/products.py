"""Products of vectors, matrices and tensors: outer, inner, vdot, kron, tensordot, einsum.

``dot`` and ``matmul`` live with the array (the ``@`` operator needs them); these build on the same
index arithmetic in ``core/products_math.py``, whose 2-d kernel is the ground floor's formula
``C[i][j] = sum_k A[i][k] * B[k][j]``.

    >>> from tinynet import outer, inner, einsum
    >>> outer([1, 2], [1, 10]).tolist(), inner([1, 2], [3, 4])
    ([[1, 10], [2, 20]], np.int64(11))
    >>> einsum("ij,jk->ik", [[1, 2]], [[3], [4]]).tolist()
    [[11]]
"""

from tinynet.core import dtypes
from tinynet.core import products_math
from tinynet.core.dtypes import BOOL
from tinynet.core.ndarray import asarray
from tinynet.core.matmul_general import _finish_product, _product_operands, blas_sums
from tinynet.lib.shaping import common_dtype


def _product(kernel, a, b, **options):
    a, b, xs, ys, d = _product_operands(a, b)
    values, shape = kernel(xs, a._shape, ys, b._shape, boolean=d is BOOL, **options)
    return _finish_product(values, shape, d, None)


def outer(a, b, out=None):
    """Return the outer product: P[i, j] = a[i] * b[j] (inputs are flattened).

    >>> outer([1, 2], [1, 10, 100]).tolist()
    [[1, 10, 100], [2, 20, 200]]
    """
    result = _product(products_math.outer, asarray(a).ravel(), asarray(b).ravel())
    if out is not None:
        out[...] = result
        return out
    return result


def _blas_signs(values, xs, ys, d, blas, scaled):
    """Give the zeros of a float product NumPy's signs: its dot (which inner and tensordot call) sums
    from +0.0, except that BLAS returns a lone product as it is and a 0-d operand outside BLAS
    multiplies (see matmul_general.blas_sums)."""
    if d.kind not in "fc":
        return values
    if blas and len(xs) == len(ys) == 1:
        return [xs[0] * ys[0]]
    if scaled and not blas:
        return values
    return [0 + v for v in values]


def inner(a, b):
    """Return the inner product over the last axes: sum_k a[..., k] * b[..., k].

    >>> inner([1, 2, 3], [1, 1, 1]), inner([[1, 2], [3, 4]], [[1, 0], [0, 1]]).tolist()
    (np.int64(6), [[1, 2], [3, 4]])
    """
    a, b, xs, ys, d = _product_operands(a, b)
    values, shape = products_math.inner(xs, a._shape, ys, b._shape, boolean=d is BOOL)
    blas = blas_sums(d, a._shape, b._shape)
    values = _blas_signs(values, xs, ys, d, blas, not a._shape or not b._shape)
    return _finish_product(values, shape, d, None)


def vdot(a, b):
    """Return the dot product of the flattened inputs, conjugating the first: sum_k conj(a[k]) * b[k].

    >>> vdot([[1, 2], [3, 4]], [[1, 1], [1, 1]])
    np.int64(10)
    """
    return _product(products_math.vdot, a, b)


def kron(a, b):
    """Return the Kronecker product: blocks a[i, j] * b.

    >>> kron([1, 10], [1, 2]).tolist()
    [1, 2, 10, 20]
    """
    return _product(products_math.kron, a, b)


def tensordot(a, b, axes=2):
    """Return the sum of products over the given axes of a and b (the last `axes` of a with the first of b).

    The result is always an array, a 0-d one when every axis is summed, as in NumPy.

    >>> tensordot([[1, 2], [3, 4]], [[1, 0], [0, 1]]), tensordot([1, 2], [3, 4], axes=0).tolist()
    (array(5), [[3, 4], [6, 8]])
    """
    a, b, xs, ys, d = _product_operands(a, b)
    values, shape = products_math.tensordot(xs, a._shape, ys, b._shape, axes=axes, boolean=d is BOOL)
    blas = d.kind in "fc" and d.itemsize > 2  # NumPy's tensordot is a dot of two matrices
    return asarray(_finish_product(_blas_signs(values, xs, ys, d, blas, False), shape, d, None))


def einsum(subscripts, *operands, out=None, dtype=None, order="K", casting="safe", optimize=False):
    """Evaluate Einstein summation: repeated labels are multiplied and summed, as NumPy's einsum.

    ``"ij,jk->ik"`` is the matrix product, ``"ii->i"`` the diagonal, ``"ij->"`` the sum, ``"...ij->...ji"``
    a batched transpose; without ``->`` the output is the labels seen once, in alphabetical order.
    ``optimize`` is accepted and ignored: the order of contraction does not change the result's values
    beyond rounding.

    >>> einsum("ii", [[1, 2], [3, 4]]), einsum("ij->j", [[1, 2], [3, 4]]).tolist()
    (np.int64(5), [4, 6])
    """
    arrays = [asarray(x) for x in operands]
    if not arrays:
        raise ValueError("No input operands")
    d = common_dtype(arrays, dtype)
    pairs = [(x._values() if x._dtype is d else dtypes.cast(x._values(), x._dtype, d), x._shape) for x in arrays]
    from tinynet.core import einsum_math

    values, shape = einsum_math.einsum(subscripts, *pairs, boolean=d is BOOL)
    return _finish_product(values, shape, d, out)
