"""Products over axes for ``reduce_math``'s callers: out = ((1 * x0) * x1) * ..., in C order.

NumPy multiplies one element at a time, starting from its identity (1.0, 1+0j); float32 rounds
every product to float32, and a complex product is (ac - bd) + (ad + bc)i.  Not matched: a complex
product over outer axes may differ from NumPy's in the last bits, because NumPy's elementwise complex
multiply fuses a*c - b*d into one FMA on CPUs that have one.

    >>> prod_values([1, 2, 3, 4], (2, 2), 0, dtype_kind="i")
    ([3, 8], (2,))
"""

from tinynet.core.reduce_axes import _apply, _ufunc_axes, reduced_shape
from tinynet.core.reduce_kernels import complex_multiply, round_float32


def prod_values(values, shape, axes=None, keepdims=False, dtype_kind="f", float32=False):
    """Return the product over ``axes``: out = ((1 * x0) * x1) * ..., in C order.

    >>> prod_values([1, 2, 3, 4], (2, 2), 0, dtype_kind="i")
    ([3, 8], (2,))
    >>> prod_values([], (0,), None)
    ([1.0], ())
    """
    axes = _ufunc_axes(axes, len(shape))
    out_shape = reduced_shape(shape, axes, keepdims)
    if dtype_kind == "c":
        kernel = _complex_product32 if float32 else _complex_product
    elif dtype_kind == "f":
        kernel = _float_product32 if float32 else _float_product
    else:
        kernel = _int_product
    return _apply(values, shape, axes, kernel), out_shape


def _int_product(values):
    total = 1
    for v in values:
        total *= v
    return total


def _float_product(values):
    total = 1.0
    for v in values:
        total *= v
    return total


def _float_product32(values):
    total = 1.0
    for v in values:
        total = round_float32(total * v)
    return total


def _complex_product(values):
    total = complex(1.0, 0.0)
    for v in values:
        total = complex_multiply(total, v, False)
    return total


def _complex_product32(values):
    total = complex(1.0, 0.0)
    for v in values:
        total = complex_multiply(total, v, True)
    return total
