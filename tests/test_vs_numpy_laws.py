"""Algebraic laws checked on the library under test alone: both sides of each identity use its arrays.

(A @ B).T == B.T @ A.T (exactly for ints; within the product tolerance for floats), broadcasting
operators commute, transpose is an involution, reshape and ravel round-trip, concatenation followed by
slicing gives the pieces back, integer arithmetic distributes.  NumPy is used only to compute
tolerances and to hold one side for the comparison helper.
"""
import numpy
from hypothesis import given, strategies as st

from strategies import (INT31, PROPERTY, array_cases, assert_same, broadcastable_shapes, dtypes,
                        matmul_shapes, product_tolerance, run_quietly, shapes, sides, to_numpy)


def assert_law(left, right, **options):
    """Both sides of an identity, computed by the library under test, must agree in shape, dtype and values.

    Whether a side is a scalar or a 0-d array is left to the differential tests.
    """
    assert_same(numpy.asarray(to_numpy(left)), numpy.asarray(to_numpy(right)), **options)


@st.composite
def product_pairs(draw, dtype):
    sa, sb = draw(matmul_shapes())
    options = dict(int_bound=2 ** 20, nonfinite=False, max_abs=1e150)
    return draw(array_cases(sa, dtype, **options)), draw(array_cases(sb, dtype, **options))


@PROPERTY
@given(pair=product_pairs("int64"))
def test_transpose_of_product_ints(tn, pair):
    """(A @ B).T == B.T @ A.T exactly for integer matrices."""
    a, b = (case.build(tn) for case in pair)
    assert_law((a @ b).T, b.T @ a.T)
    assert_law(tn.dot(a, b).T, tn.dot(b.T, a.T))


@PROPERTY
@given(pair=product_pairs("float64"))
def test_transpose_of_product_floats(tn, pair):
    """(A @ B).T == B.T @ A.T for floats, within twice the product tolerance (each side may round)."""
    a, b = (case.build(tn) for case in pair)
    tolerance = 2 * product_tolerance(pair[0].numpy(), pair[1].numpy()).T
    assert_law((a @ b).T, b.T @ a.T, atol=tolerance)


@PROPERTY
@given(shapes_ab=broadcastable_shapes(), data=st.data())
def test_broadcasting_operators_commute(tn, shapes_ab, data):
    """a + b == b + a, a * b == b * a, a == b equals b == a, maximum(a, b) == maximum(b, a), for any shapes."""
    da = data.draw(dtypes(["bool", "uint8", "int64", "float64"]), label="dtype a")
    db = data.draw(dtypes(["bool", "uint8", "int64", "float64"]), label="dtype b")
    a = data.draw(array_cases(shapes_ab[0], da, int_bound=INT31), label="a").build(tn)
    b = data.draw(array_cases(shapes_ab[1], db, int_bound=INT31), label="b").build(tn)
    assert_law(a + b, b + a)
    assert_law(a * b, b * a)
    assert_law(a == b, b == a)
    assert_law(a < b, b > a)
    status, value = run_quietly(lambda: tn.maximum(a, b))
    if status == "ok":
        assert_law(value, tn.maximum(b, a), signed_zeros=False)


@PROPERTY
@given(a=array_cases(int_bound=INT31))
def test_transpose_is_an_involution(tn, a):
    """a.T.T == a and np.transpose(np.transpose(a)) == a, values and dtype."""
    x = a.build(tn)
    assert_law(x.T.T, x)
    assert_law(tn.transpose(tn.transpose(x)), x)


@PROPERTY
@given(a=array_cases(int_bound=INT31), data=st.data())
def test_reshape_round_trips(tn, a, data):
    """a.reshape(s).reshape(a.shape) == a, a.ravel().reshape(a.shape) == a, a.reshape(-1) == a.ravel()."""
    x = a.build(tn)
    size = a.size
    divisors = [d for d in range(1, size + 1) if size % d == 0] or [0]
    d = data.draw(st.sampled_from(divisors), label="rows")
    target = (d, size // d) if d else (0, 3)
    assert_law(x.reshape(target).reshape(a.shape), x)
    assert_law(x.ravel().reshape(a.shape), x)
    assert_law(x.reshape(-1), x.ravel())
    assert_law(x.flatten(), x.ravel())


@PROPERTY
@given(n=sides(), m=sides(), k=sides(), dtype=dtypes(), data=st.data())
def test_concatenate_then_slice_gives_the_pieces(tn, n, m, k, dtype, data):
    """c = concatenate([a, b]) has c[:len(a)] == a and c[len(a):] == b; the same along axis 1."""
    a = data.draw(array_cases((n, m), dtype, int_bound=INT31), label="a").build(tn)
    b = data.draw(array_cases((k, m), dtype, int_bound=INT31), label="b").build(tn)
    c = tn.concatenate([a, b])
    assert_law(c[:n], a)
    assert_law(c[n:], b)
    d = tn.concatenate([a.T, b.T], axis=1)
    assert_law(d[:, :n], a.T)
    assert_law(d[:, n:], b.T)
    assert_law(tn.vstack([a, b]), c)


@PROPERTY
@given(shape=shapes(), data=st.data())
def test_integer_arithmetic_distributes(tn, shape, data):
    """a * (b + c) == a * b + a * c and (a - b) + b == a exactly for int64 (no overflow by construction)."""
    a, b, c = (data.draw(array_cases(shape, "int64", int_bound=2 ** 20), label=name).build(tn)
               for name in "abc")
    assert_law(a * (b + c), a * b + a * c)
    assert_law((a - b) + b, a)
    assert_law(-(-a), a)


@PROPERTY
@given(a=array_cases(shape=shapes(min_dims=2, max_dims=2), dtype="float64", nonfinite=False))
def test_identity_matrix_is_neutral(tn, a):
    """a @ eye(m) == a and eye(n) @ a == a for finite floats (the sign of a zero may change)."""
    x = a.build(tn)
    n, m = a.shape
    assert_law(x @ tn.eye(m), x, signed_zeros=False)
    assert_law(tn.eye(n) @ x, x, signed_zeros=False)


@PROPERTY
@given(a=array_cases(dtype=dtypes(["bool", "uint8", "int64"]), int_bound=2 ** 52))
def test_astype_round_trip(tn, a):
    """Integers survive a trip through float64 when they are below 2**53: a.astype(float).astype(a.dtype) == a."""
    x = a.build(tn)
    assert_law(x.astype("float64").astype(a.dtype), x)


@PROPERTY
@given(a=array_cases(shape=shapes(min_dims=1), dtype="int64", int_bound=INT31))
def test_sum_over_both_axes_in_either_order(tn, a):
    """For ints, a.sum() == a.sum(axis=0).sum() == a.sum(axis=-1).sum()."""
    x = a.build(tn)
    total = x.sum()
    assert_law(x.sum(axis=0).sum() if x.ndim == 2 else x.sum(axis=0), total)
    if x.ndim == 2:
        assert_law(x.sum(axis=-1).sum(), total)
