"""Differential tests: matrix products (@, matmul, dot, ndarray.dot, outer) agree with NumPy.

Integer and bool products are exact (ints are bounded by 2**20 so that sums of up to 24 products stay
inside int64; bool @ bool is a logical or of ands in NumPy).  Float products may differ from NumPy by the
reordering BLAS does: each element is allowed (k + 1) * eps * sum_k |a_ik * b_kj| (see strategies.py).
Floats are bounded by 1e150 so that no partial sum can overflow in one order and not in another; inf and
nan are left out because BLAS kernels treat them in implementation-defined ways (0 * inf shortcuts).
"""
import pytest
from hypothesis import given, strategies as st

from strategies import (PROPERTY, ArrayCase, agree, array_cases, dtypes, elements, matmul_shapes,
                        product_tolerance, shapes, sides)

INT_BOUND = 2 ** 20
FLOAT_BOUND = 1e150
PRODUCTS = {
    "@": lambda xp, a, b: a @ b,
    "matmul": lambda xp, a, b: xp.matmul(a, b),
    "dot": lambda xp, a, b: xp.dot(a, b),
    "method dot": lambda xp, a, b: a.dot(b),
}


@st.composite
def product_operands(draw, shape_pairs=None, dtype_names=("bool", "uint8", "int64", "float64")):
    """Draw aligned operands with independent dtypes."""
    sa, sb = draw(shape_pairs if shape_pairs is not None else matmul_shapes())
    options = dict(int_bound=INT_BOUND, nonfinite=False, max_abs=FLOAT_BOUND)
    a = draw(array_cases(sa, draw(dtypes(dtype_names)), **options))
    b = draw(array_cases(sb, draw(dtypes(dtype_names)), **options))
    return a, b


@pytest.mark.parametrize("name", sorted(PRODUCTS))
@PROPERTY
@given(pair=product_operands())
def test_matrix_product(tn, name, pair):
    """a @ b for (n,)@(n,), (m,n)@(n,), (n,)@(n,p), (m,n)@(n,p): shape, dtype, values; 1-d.1-d is a scalar."""
    a, b = pair
    agree(PRODUCTS[name], tn, a, b, atol=product_tolerance(a.numpy(), b.numpy()))


@pytest.mark.parametrize("name", sorted(PRODUCTS))
@PROPERTY
@given(pair=product_operands(dtype_names=("float64",)),
       scale=st.sampled_from([1.0, 0.25, 1e-3]))
def test_matrix_product_exact_for_small_integer_floats(tn, name, pair, scale):
    """With small integer values (times a power of two or 1e-3) every float sum is exact or nearly so."""
    a = ArrayCase(_integerize(pair[0].nested, scale), pair[0].shape, "float64")
    b = ArrayCase(_integerize(pair[1].nested, 1.0), pair[1].shape, "float64")
    tolerance = 0.0 if scale != 1e-3 else product_tolerance(a.numpy(), b.numpy())
    agree(PRODUCTS[name], tn, a, b, atol=tolerance)


def _integerize(nested, scale):
    if isinstance(nested, list):
        return [_integerize(x, scale) for x in nested]
    return float(int(nested) % 2001 - 1000) * scale


@st.composite
def transposed_pairs(draw):
    """Shapes (n, m) and (n, p), so that a.T @ b is defined: the gradient dW = X.T @ delta."""
    n, m, p = draw(sides()), draw(sides()), draw(sides())
    dtype = draw(dtypes(["int64", "float64"]))
    options = dict(int_bound=INT_BOUND, nonfinite=False, max_abs=FLOAT_BOUND)
    return (draw(array_cases((n, m), dtype, **options)), draw(array_cases((n, p), dtype, **options)))


@PROPERTY
@given(pair=transposed_pairs())
def test_product_of_transpose(tn, pair):
    """X.T @ delta, np.dot(X.T, delta) and delta.T.dot(X), as written in backpropagation."""
    x, delta = pair
    tol = product_tolerance(x.numpy().T, delta.numpy())
    agree(lambda xp, a, b: a.T @ b, tn, x, delta, atol=tol)
    agree(lambda xp, a, b: xp.dot(a.T, b), tn, x, delta, atol=tol)
    agree(lambda xp, a, b: b.T.dot(a), tn, x, delta, atol=tol.T)


@PROPERTY
@given(a=array_cases(shape=shapes(), int_bound=INT_BOUND, nonfinite=False),
       s=st.one_of(array_cases(shape=(), int_bound=INT_BOUND, nonfinite=False),
                   elements("float64", nonfinite=False), st.integers(-INT_BOUND, INT_BOUND)),
       left=st.booleans())
def test_dot_with_a_scalar_multiplies(tn, a, s, left):
    """np.dot(2, a) and np.dot(a, 0-d array) are elementwise products (exact).

    NumPy hands float scalar products to BLAS scaling routines, which treat zeros specially: the sign of a
    zero product is unspecified (np.dot(bool_array, -0.0) is +0.0 although False * -0.0 == -0.0), and
    np.dot([0.0, inf], 0.0) gives [0.0, 0.0] instead of inf * 0 == nan.  So inf and nan are left out.
    """
    if left:
        agree(lambda xp, x, y: xp.dot(y, x), tn, a, s, signed_zeros=False)
    else:
        agree(lambda xp, x, y: xp.dot(x, y), tn, a, s, signed_zeros=False)


@PROPERTY
@given(a=array_cases(int_bound=INT_BOUND), b=array_cases(int_bound=INT_BOUND))
def test_outer(tn, a, b):
    """np.outer(a, b)[i, j] = a.ravel()[i] * b.ravel()[j] (exact: one product per element)."""
    agree(lambda xp, x, y: xp.outer(x, y), tn, a, b)


@PROPERTY
@given(pair=product_operands(shape_pairs=matmul_shapes().filter(lambda s: len(s[0]) == 2 and len(s[1]) == 2),
                             dtype_names=("float64",)),
       bias=st.data())
def test_affine_layer(tn, pair, bias):
    """X @ W + b with b of shape (p,) broadcast over the rows, as in a dense layer."""
    x, w = pair
    b = bias.draw(array_cases((w.shape[1],), "float64", nonfinite=False, max_abs=FLOAT_BOUND), label="b")
    tol = product_tolerance(x.numpy(), w.numpy()) * 2 + abs(b.numpy()) * 2.0 ** -52
    agree(lambda xp, a, c, d: a @ c + d, tn, x, w, b, atol=tol)
    agree(lambda xp, a, c, d: xp.dot(a, c) + d, tn, x, w, b, atol=tol)
