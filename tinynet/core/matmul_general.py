"""The matrix products beyond ``matmul.py``'s fast path: batches, other dtypes, empty axes, ``out=``.

The operands are promoted to one dtype and their values handed, as flat lists, to ``products_math``,
which computes C[i][j] = sum_k A[i][k] * B[k][j] over broadcast batches (``matmul``) or over the last
axis of a and the second-to-last of b (``dot``).  ``matmul.matmul`` and ``matmul.dot`` load this
module the first time a product leaves their fast path.

    >>> matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]], None).tolist()
    [[19, 22], [43, 50]]
    >>> dot(2, [1, 2], None).tolist()
    [2, 4]
"""

from tinynet.core import dtypes
from tinynet.core import index_math
from tinynet.core import memory
from tinynet.core import products_math
from tinynet.core.dtypes import BOOL
from tinynet.core.ndarray import asarray, ndarray
from tinynet.core.ufunc import binary, result


def matmul(a, b, out):
    """Return a @ b (into out when given) by the general path: promote, check the size, multiply."""
    a, b, xs, ys, d = _product_operands(a, b)
    _check_product_size(a._shape, b._shape, d, "matmul")
    values, shape = products_math.matmul(xs, a._shape, ys, b._shape, boolean=d is BOOL)
    return _finish_product(values, shape, d, out)


def dot(a, b, out):
    """Return dot(a, b) (into out when given) by the general path; a 0-d operand multiplies."""
    a, b, xs, ys, d = _product_operands(a, b)
    if not a._shape or not b._shape:
        product = binary("multiply", a, b)
        return product + 0 if blas_sums(d, a._shape, b._shape) and len(xs) * len(ys) > 1 else product
    _check_product_size(a._shape, b._shape, d, "dot")
    values, shape = products_math.dot(xs, a._shape, ys, b._shape, boolean=d is BOOL)
    if len(xs) == len(ys) == 1 and blas_sums(d, a._shape, b._shape):
        values = [xs[0] * ys[0]]
    return _finish_product(values, shape, d, out)


def blas_sums(d, a_shape, b_shape):
    """Whether NumPy's dot hands operands of these shapes and dtype d to BLAS.

    It does for float32, float64, complex64 and complex128 operands of at most 2 axes.  The sums then
    start from +0.0 (so a sum of -0.0s is +0.0), except where both operands hold one element: that
    product is returned as it is, sign of zero and all.  Other dtypes and shapes add from +0.0, and a
    0-d operand outside BLAS multiplies.
    """
    return d.kind in "fc" and d.itemsize > 2 and len(a_shape) <= 2 and len(b_shape) <= 2


def _product_operands(a, b):
    a, b = asarray(a), asarray(b)
    d = dtypes.promote(a._dtype, b._dtype)
    xs = a._values() if a._dtype is d else dtypes.cast(a._values(), a._dtype, d)
    ys = b._values() if b._dtype is d else dtypes.cast(b._values(), b._dtype, d)
    return a, b, xs, ys, d


def _check_product_size(a_shape, b_shape, d, name):
    """Refuse at once a product whose result would be past the memory budget (shape errors are left to
    products_math, which words them as NumPy does)."""
    if not a_shape or not b_shape:
        return
    if name == "dot":
        shape = a_shape[:-1] + b_shape[:-2] + b_shape[-1:] if len(b_shape) > 1 else a_shape[:-1]
    else:
        rows = a_shape[-2:-1]
        columns = b_shape[-1:] if len(b_shape) > 1 else ()
        try:
            batch = index_math.broadcast_shapes(a_shape[:-2], b_shape[:-2])
        except ValueError:
            return
        shape = batch + rows + columns
    memory.check_size(shape, d)


def _finish_product(values, shape, d, out):
    if values and type(values[0]) is not d.python_type:  # an empty sum is the int 0; bool sums are ints
        values = dtypes.from_python(values, d)
    values = dtypes.fix(values, d)
    if out is not None:
        out[...] = ndarray._make(values, shape, d)
        return out
    return result(values, shape, d)
