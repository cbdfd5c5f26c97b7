"""Each fast path agrees with the plain code it sits beside.

A fast path is only allowed if it computes what the plain version computes.  Each test runs both on the
same inputs and compares them bit for bit (floats by their bits, so -0.0 and nan count), except where a
path is documented to add in a different order (math.sumprod), which is compared to rounding.
"""
import math
import struct
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tinynet
from tinynet.nn import activations
from tinynet.lib import elementwise
from tinynet.core import nested

ndarray_module = sys.modules["tinynet.core.ndarray"]  # the module: tinynet.ndarray is also the class's name

from strategies import array_cases, broadcastable_shapes, build, operand_pairs

EXAMPLES = settings(max_examples=150, deadline=None)


def _bits(x):
    """A key that tells apart every float bit pattern, -0.0 and nan included, and keeps ints and bools."""
    if isinstance(x, list):
        return [_bits(v) for v in x]
    if type(x) is float:
        return ("float", struct.pack("<d", x))
    return (type(x).__name__, x)


def _same(fast, plain):
    assert _bits(fast) == _bits(plain), "fast path %r != plain path %r" % (fast, plain)


_NAN = float("nan")


def _nan_blind(values):
    """values with every nan made one nan.  Which nan a sum gives when nans of both signs meet (inf - inf
    makes a negative one) depends on the machine code of the addition: CPython's specialised float add
    and operator.add may put the operands in different registers.  NumPy's sums leave it open too."""
    return [_NAN if v != v else v for v in values]


# ---------------------------------------------------------------------------------------------------------
# nested.zip_with: the common broadcasts (array with a value, matrix with a row)

KERNELS = [nested.add, nested.sub, nested.mul, nested.lt, nested.ge, nested.eq]


@EXAMPLES
@given(shapes=broadcastable_shapes(), data=st.data(), kernel=st.sampled_from(KERNELS))
def test_zip_with_common_broadcasts_agree_with_the_general_broadcast(shapes, data, kernel):
    a = data.draw(array_cases(shapes[0], "float64")).nested
    b = data.draw(array_cases(shapes[1], "float64")).nested
    fast = nested.zip_with(kernel, a, shapes[0], b, shapes[1])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(nested, "_zip_common_broadcast", lambda *args: None)
        plain = nested.zip_with(kernel, a, shapes[0], b, shapes[1])
    assert fast[1] == plain[1]
    _same(fast[0], plain[0])


@pytest.mark.parametrize("a_shape, b_shape", [
    ((3, 4), ()), ((), (3, 4)), ((4,), ()), ((), (4,)), ((3, 4), (4,)), ((4,), (3, 4)),
    ((3, 4), (1, 4)), ((3, 1), (4,)), ((0, 4), (4,)), ((3, 0), ()),
])
@pytest.mark.parametrize("kernel", [nested.sub, nested.lt])
def test_each_common_broadcast_keeps_the_operands_in_order(a_shape, b_shape, kernel):
    a = nested.unflatten([0.5 * i - 1.0 for i in range(nested.size_of(a_shape))], a_shape)
    b = nested.unflatten([0.25 * i + 0.125 for i in range(nested.size_of(b_shape))], b_shape)
    fast = nested.zip_with(kernel, a, a_shape, b, b_shape)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(nested, "_zip_common_broadcast", lambda *args: None)
        plain = nested.zip_with(kernel, a, a_shape, b, b_shape)
    assert fast[1] == plain[1]
    _same(fast[0], plain[0])


# ---------------------------------------------------------------------------------------------------------
# matrix products


@EXAMPLES
@given(n=st.integers(1, 7), k=st.integers(1, 7), p=st.integers(1, 7), data=st.data())
def test_matmul_agrees_with_the_triple_loop(n, k, p, data):
    """nested.matmul (transposed, sum of products in C) against the textbook definition."""
    A = data.draw(array_cases((n, k), "float64", nonfinite=False)).nested
    B = data.draw(array_cases((k, p), "float64", nonfinite=False)).nested
    fast, plain = nested.matmul(A, B), nested.matmul_naive(A, B)
    if nested.sumprod is None and sys.version_info < (3, 12):
        _same(fast, plain)  # the same additions in the same order
    else:
        # math.sumprod adds in extended precision and sum() compensates from 3.12: equal to rounding
        for i in range(n):
            for j in range(p):
                scale = sum(abs(A[i][t] * B[t][j]) for t in range(k))
                assert abs(fast[i][j] - plain[i][j]) <= 4 * sys.float_info.epsilon * scale


@EXAMPLES
@given(n=st.integers(1, 6), k=st.integers(1, 6), p=st.integers(1, 6), data=st.data())
def test_integer_matmul_is_exact(n, k, p, data):
    A = data.draw(array_cases((n, k), "int64")).nested
    B = data.draw(array_cases((k, p), "int64")).nested
    _same(nested.matmul(A, B), nested.matmul_naive(A, B))


# ---------------------------------------------------------------------------------------------------------
# the array core: reading and writing through strides


def _naive_positions(offset, shape, strides):
    """Every buffer position of a strided view in C order, one index tuple at a time (the definition)."""
    positions = []
    for index in tinynet.ndindex(shape):
        p = offset
        for i, s in zip(index, strides):
            p += i * s
        positions.append(p)
    return positions


@EXAMPLES
@given(shape=st.lists(st.integers(0, 4), min_size=0, max_size=4).map(tuple), data=st.data())
def test_gather_and_scatter_by_rows_agree_with_the_definition(shape, data):
    """index_math reads and writes whole rows with slices; the definition visits one index tuple at a time."""
    from tinynet.core import index_math

    strides = tuple(data.draw(st.integers(-6, 6)) for _ in shape)
    low = high = 0
    for n, s in zip(shape, strides):
        if n:
            low += min(0, (n - 1) * s)
            high += max(0, (n - 1) * s)
    offset = -low
    buf = list(range(high - low + 1))
    expected = [buf[p] for p in _naive_positions(offset, shape, strides)]
    assert index_math.gather(buf, offset, shape, strides) == expected
    if all(s != 0 for s in strides) and len(set(_naive_positions(offset, shape, strides))) == len(expected):
        target = list(buf)
        values = [-1 - v for v in expected]
        index_math.scatter(target, offset, shape, strides, values)
        plain = list(buf)
        for p, v in zip(_naive_positions(offset, shape, strides), values):
            plain[p] = v
        assert target == plain


@EXAMPLES
@given(shape=st.lists(st.integers(1, 4), min_size=1, max_size=4).map(tuple), data=st.data())
def test_integer_index_fast_path_agrees_with_the_general_resolver(shape, data):
    """a[i] takes a shortcut; a[(i,)] goes through index_math.resolve."""
    a = tinynet.arange(int(math.prod(shape))).reshape(shape)[..., ::-1]
    i = data.draw(st.integers(-shape[0], shape[0] - 1))
    fast, plain = a[i], a[(i,)]
    assert tinynet.asarray(fast).shape == tinynet.asarray(plain).shape
    assert tinynet.asarray(fast).tolist() == tinynet.asarray(plain).tolist()


# ---------------------------------------------------------------------------------------------------------
# the trainer's sigmoid


@EXAMPLES
@given(case=array_cases(st.tuples(st.integers(0, 5), st.integers(0, 5)), "float64"))
def test_sigmoid_fast_path_agrees_with_the_array_formula(case):
    z = tinynet.array(case.nested, dtype=float) if case.shape[0] else tinynet.zeros(case.shape)
    fast = activations.sigmoid(tinynet, z)
    e = tinynet.exp(-tinynet.maximum(z, -z))
    plain = tinynet.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    assert fast.shape == plain.shape and fast.dtype == plain.dtype
    _same(fast.tolist(), plain.tolist())


def test_sigmoid_fast_path_handles_signed_zeros_infinities_and_nan():
    z = tinynet.array([[0.0, -0.0, math.inf, -math.inf, math.nan, 800.0, -800.0]])
    e = tinynet.exp(-tinynet.maximum(z, -z))
    plain = tinynet.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    _same(activations.sigmoid(tinynet, z).tolist(), plain.tolist())


# ---------------------------------------------------------------------------------------------------------
# ufunc.binary: float64 or int64 operands of one dtype and shape, without promotion or broadcasting


BINARY_NAMES = ["add", "subtract", "multiply", "divide", "less", "less_equal", "equal", "not_equal", "greater",
                "greater_equal"]


def _outcome(call):
    """Return a result as (shape, dtype, bits), or the exception's type and text."""
    try:
        result = tinynet.asarray(call())
        return result.shape, result.dtype, _bits(result.tolist())
    except (TypeError, ValueError, OverflowError, ZeroDivisionError) as error:
        return type(error), str(error)


@EXAMPLES
@given(name=st.sampled_from(BINARY_NAMES), dtype=st.sampled_from(["float64", "int64", "float32"]),
       shape=st.lists(st.integers(1, 3), min_size=0, max_size=3).map(tuple) | st.sampled_from([(65,), (9, 9)]),
       scalar=st.one_of(st.none(), st.integers(-5, 5), st.integers(-2 ** 63, 2 ** 63 - 1), st.floats(-3, 3)),
       scalar_first=st.booleans(), data=st.data())
def test_same_dtype_binary_agrees_with_the_general_path(name, dtype, shape, scalar, scalar_first, data):
    """Same-dtype operands (int64 division included, which gives float64), 0-d arrays and weak scalars on
    either side (a number with an array is one comprehension: _WITH_A_NUMBER)."""
    from tinynet.core import ufunc

    # float32 arrays: float64 values inside float32's range, rounded by astype
    source, bound = ("float64", {"max_abs": 1e30}) if dtype == "float32" else (dtype, {})
    x = data.draw(array_cases(shape, source, **bound)).build(tinynet).astype(dtype)
    y = scalar if scalar is not None else data.draw(array_cases(shape, source, **bound)).build(tinynet).astype(dtype)
    if scalar is not None and scalar_first:
        x, y = y, x
    fast = _outcome(lambda: ufunc.binary(name, x, y))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ufunc, "_same_dtype_binary", lambda *args: None)
        plain = _outcome(lambda: ufunc.binary(name, x, y))
    assert fast == plain


@EXAMPLES
@given(shapes=st.sampled_from([((3, 2), (2, 4)), ((3, 2), (2,)), ((2,), (2, 4)), ((3,), (3,)), ((1, 3), (3, 1)),
                               ((0, 1), (1, 0)), ((2, 0), (0, 3)), ((0, 2), (2,)), ((2,), (2, 0)),
                               ((2, 2), (2, 2)), ((2,), (2,)), ((1, 2), (2, 1)), ((5, 2), (2, 1))]),
       dtypes=st.sampled_from([("float64", "float64"), ("int64", "int64"), ("float64", "int64"), ("int64", "float64")]),
       data=st.data())
def test_matmul_fast_path_agrees_with_the_general_product(shapes, dtypes, data):
    """Vectors and matrices of float64 and int64 go through nested.matmul; the general path through products_math."""
    from tinynet.core import matmul

    a = data.draw(array_cases(shapes[0], dtypes[0], nonfinite=False)).build(tinynet)
    b = data.draw(array_cases(shapes[1], dtypes[1], nonfinite=False)).build(tinynet)
    fast = tinynet.asarray(a @ b)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(matmul, "_matmul_same_dtype", lambda *args: None)
        plain = tinynet.asarray(a @ b)
    assert fast.shape == plain.shape and fast.dtype == plain.dtype
    if nested.sumprod is None:
        _same(fast.tolist(), plain.tolist())
    else:
        assert tinynet.allclose(fast, plain, rtol=1e-12, atol=1e-300)


@EXAMPLES
@given(n=st.integers(1, 4), m=st.integers(1, 4), transpose=st.booleans(),
       values=st.lists(st.sampled_from([1e16, -1e16, 1.0, 0.1, -0.0, 0.0, -float("inf"), float("nan"), 2.0 ** -1074])
                       | st.floats(-1e3, 1e3), min_size=16, max_size=16))
def test_matmul_with_two_products_per_entry_agrees_with_the_general_product(n, m, transpose, values):
    """k = 2 writes each entry's two products out; the general path sums them as sum(map(mul, ...)) does.
    Transposed (non-contiguous) operands, signed zeros, inf and nan included."""
    from tinynet.core import matmul

    a = tinynet.array(values[:2 * n]).reshape((2, n)).T if transpose else tinynet.array(values[:2 * n]).reshape((n, 2))
    b = tinynet.array(values[8:8 + 2 * m]).reshape((2, m))
    fast = a @ b
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(matmul, "_matmul_same_dtype", lambda *args: None)
        plain = a @ b
    assert fast.shape == plain.shape == (n, m)
    if nested.sumprod is None:
        _same(_nan_blind(fast.ravel().tolist()), _nan_blind(plain.ravel().tolist()))


@EXAMPLES
@given(dtype=st.sampled_from(["int64", "float64"]),
       shape=st.lists(st.integers(0, 40), min_size=0, max_size=3).map(tuple), data=st.data())
def test_sum_of_everything_agrees_with_the_general_reduction(dtype, shape, data):
    """x.sum() of int64 adds exactly in one loop and wraps once, of float64 is one pairwise sum; the general
    reduction goes axis by axis."""
    from tinynet.core import reductions

    x = data.draw(array_cases(shape, dtype)).build(tinynet)
    fast = x.sum()
    plain = reductions.sum(x, axis=tuple(range(x.ndim)))
    assert fast.dtype == plain.dtype
    _same(_nan_blind([fast.item()]), _nan_blind([plain.item()]))


# ---------------------------------------------------------------------------------------------------------
# scalars built from results, and float32 rounding


@EXAMPLES
@given(dtype=st.sampled_from(["bool", "int8", "uint8", "int32", "int64", "uint64", "float64", "complex128"]),
       data=st.data())
def test_result_scalars_agree_with_the_scalar_types(dtype, data):
    """d.make_scalar wraps a computed value without the checks; the scalar type itself runs them."""
    source = {"bool": "bool", "uint8": "uint8", "float64": "float64", "complex128": "float64"}.get(dtype, "int64")
    value = data.draw(array_cases((), source, int_bound=2 ** 63 - 1)).build(tinynet).astype(dtype).item()
    d = tinynet.dtype(dtype)
    fast, plain = d.make_scalar(value), d.type(value)
    assert type(fast) is type(plain)
    _same(fast.item(), plain.item())


@EXAMPLES
@given(values=st.lists(st.floats(width=64) | st.integers(-2 ** 70, 2 ** 70).map(float), max_size=40))
def test_float32_rounding_through_struct_agrees_with_array(values):
    """float_rounding.fix_float32 rounds through struct on CPython; array('f') makes the same C casts."""
    from array import array
    from tinynet.core import float_rounding

    try:
        plain = list(array("f", values))
    except OverflowError:
        plain = [float_rounding.round_float32_one(x) for x in values]
    _same(float_rounding.fix_float32(values), plain)


# ---------------------------------------------------------------------------------------------------------
# float sums in NumPy's order, a whole column of additions at a time

_ORDER_SENSITIVE = st.sampled_from([1e16, -1e16, 1.0, -1.0, 0.1, -0.0, 0.0, 2.0 ** 60, 3.5, float("inf")])


@EXAMPLES
@given(n=st.integers(1, 128), runs=st.integers(0, 5), data=st.data())
def test_pairwise_rows_agrees_with_pairwise_sum_of_each_run(n, runs, data):
    """nested.pairwise_rows sums every run in one compiled comprehension; pairwise_sum adds one run at a
    time (and the reduction adds each run's sum to its 0.0)."""
    values = data.draw(st.lists(_ORDER_SENSITIVE | st.floats(-1e3, 1e3), min_size=n * runs, max_size=n * runs))
    plain = [0.0 + nested.pairwise_sum(values[i:i + n]) for i in range(0, n * runs, n)]
    _same(_nan_blind(nested.pairwise_rows(values, n)), _nan_blind(plain))


@EXAMPLES
@given(shape=st.sampled_from([(5, 3), (1, 4), (17, 2), (3, 6, 4), (2, 1, 5), (4, 9, 1)]), data=st.data())
def test_sums_down_columns_agree_with_the_running_total_of_each_group(shape, data):
    """reduce_math._sums_down_columns adds a row at a time; _running_total adds one group at a time."""
    from tinynet.core import reduce_math

    size = nested.size_of(shape)
    values = data.draw(st.lists(_ORDER_SENSITIVE | st.floats(-1e3, 1e3), min_size=size, max_size=size))
    reduced = [True, False] if len(shape) == 2 else [False, True, False]
    fast = reduce_math._sums_down_columns(values, list(shape), reduced)
    groups = reduce_math._groups(values, list(shape), reduced)
    _same(_nan_blind(fast), _nan_blind([reduce_math._running_total(group) for group in groups]))
