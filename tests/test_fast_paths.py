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
# ndarray.binary: float64 or int64 operands of one dtype, without promotion or broadcasting machinery

NAMES = ["add", "subtract", "multiply", "divide", "less", "less_equal", "equal", "not_equal", "greater",
         "greater_equal", "maximum", "minimum", "power", "floor_divide"]


def _outcome(name, x, y):
    """Return binary's result as (shape, dtype, bits), or the exception's type and text."""
    try:
        result = ndarray_module.binary(name, x, y)
        return result.shape, result.dtype, _bits(result.tolist())
    except (TypeError, ValueError, OverflowError, ZeroDivisionError) as error:
        return type(error), str(error)


def _binary_both_ways(name, x, y):
    """Return (outcome with the fast path, outcome without it)."""
    fast = _outcome(name, x, y)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ndarray_module, "_same_dtype_binary", lambda *args: None)
        plain = _outcome(name, x, y)
    return fast, plain


@EXAMPLES
@given(pair=operand_pairs(forms=("array", "array", "python", "scalar"), dtypes_a=["float64"],
                          dtypes_b=["float64", "float64", "int64", "bool"]),
       name=st.sampled_from(NAMES))
def test_float64_binary_agrees_with_the_general_path(pair, name):
    x, y = build(pair[0], tinynet), build(pair[1], tinynet)
    fast, plain = _binary_both_ways(name, x, y)
    assert fast == plain


@EXAMPLES
@given(pair=operand_pairs(forms=("array", "array", "python", "scalar"), dtypes_a=["int64"],
                          dtypes_b=["int64", "int64", "float64", "bool"]),
       name=st.sampled_from(NAMES))
def test_int64_binary_agrees_with_the_general_path(pair, name):
    x, y = build(pair[0], tinynet), build(pair[1], tinynet)
    fast, plain = _binary_both_ways(name, x, y)
    assert fast == plain


@pytest.mark.parametrize("x, y", [
    ([1.0, -1.0, 0.0], 0),                 # division by zero: the general path gives inf and nan
    ([[1e308]], 10 ** 400),                # an int too large for a float
    ([[0.5, -1.5, 9007199254740992.0]], 2 ** 53 + 1),  # an int that rounds when converted
    ([[1e300, -1e300]], 2 ** 1023 + 2 ** 970),       # converts to a float beyond the fast path's limit
    ([[1.0, -2.0]], -(2 ** 1023)),                   # at the limit
    ([[1.0, 2.0]], [[1.0], [2.0], [3.0]]),  # a broadcast that stretches a column
    ([[1.0, 2.0]], [[1.0, 2.0, 3.0]]),     # shapes that do not broadcast
])
@pytest.mark.parametrize("name", ["add", "subtract", "multiply", "divide", "less", "equal", "maximum"])
def test_float64_binary_hands_the_hard_cases_to_the_general_path(x, y, name):
    a = tinynet.array(x, dtype=float)
    y = tinynet.array(y) if isinstance(y, list) else y
    fast, plain = _binary_both_ways(name, a, y)
    assert fast == plain


@pytest.mark.parametrize("x, y", [
    ([3, -3, 0], 0),                       # division by zero
    ([[1, 2]], 2 ** 70),                   # an int beyond int64
    ([[1, 2]], [[1], [2], [3]]),           # a broadcast that stretches a column
    ([[1, 2]], [[1, 2, 3]]),               # shapes that do not broadcast
    ([[2 ** 53 + 1]], [[3]]),              # true division of ints beyond float precision
])
@pytest.mark.parametrize("name", ["add", "multiply", "divide", "less", "maximum"])
def test_int64_binary_hands_the_hard_cases_to_the_general_path(x, y, name):
    a = tinynet.array(x, dtype="int64")
    y = tinynet.array(y) if isinstance(y, list) else y
    fast, plain = _binary_both_ways(name, a, y)
    assert fast == plain


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


@EXAMPLES
@given(n=st.integers(0, 5), k=st.integers(0, 5), p=st.integers(0, 5), data=st.data())
def test_float64_matmul_operator_agrees_with_the_general_matmul(n, k, p, data):
    """a @ b on two float64 matrices skips promotion and casting; tinynet.matmul takes the general path."""
    a = tinynet.zeros((n, k)) + data.draw(array_cases((n, k), "float64")).build(tinynet)
    b = tinynet.zeros((k, p)) + data.draw(array_cases((k, p), "float64")).build(tinynet)
    fast, plain = a @ b, ndarray_module.matmul(a, b)
    assert fast.shape == plain.shape and fast.dtype == plain.dtype
    _same(fast.tolist(), plain.tolist())


@EXAMPLES
@given(shapes=st.sampled_from([((3, 2), (2, 4)), ((3, 2), (2,)), ((2,), (2, 4)), ((3,), (3,))]),
       dtypes=st.sampled_from([("int64", "int64"), ("float64", "int64"), ("int64", "float64"),
                               ("bool", "bool"), ("uint8", "int64"), ("float64", "bool")]),
       data=st.data())
def test_products_skip_the_cast_only_when_it_changes_nothing(shapes, dtypes, data):
    """A product whose sums already have the result's type is not cast: check against casting every entry."""
    a = data.draw(array_cases(shapes[0], dtypes[0], nonfinite=False)).build(tinynet)
    b = data.draw(array_cases(shapes[1], dtypes[1], nonfinite=False)).build(tinynet)
    fast = tinynet.dot(a, b)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ndarray_module, "_sums_have_dtype", lambda *args: False)
        plain = tinynet.dot(a, b)
    assert fast.dtype == plain.dtype
    _same(fast.tolist(), plain.tolist())


# ---------------------------------------------------------------------------------------------------------
# where: operands that already have the result's shape are read in place


@EXAMPLES
@given(shapes=broadcastable_shapes(), data=st.data())
def test_where_without_copies_agrees_with_where_on_broadcast_copies(shapes, data):
    x = data.draw(array_cases(shapes[0], "float64")).build(tinynet)
    y = data.draw(array_cases(shapes[1], "float64")).build(tinynet)
    condition = x > 0
    fast = elementwise.where(condition, x, y)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(elementwise, "_stretched", lambda a, shape: nested.broadcast_to(a._data, a._shape, shape))
        plain = elementwise.where(condition, x, y)
    assert fast.shape == plain.shape and fast.dtype == plain.dtype
    _same(fast.tolist(), plain.tolist())


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
