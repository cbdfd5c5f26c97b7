"""Differential tests: operators, broadcasting and elementwise functions agree with NumPy.

Every property draws operands (arrays of broadcastable shapes and any of the four dtypes, Python scalars,
NumPy-like scalars; left or right of the operator) and runs the same expression under NumPy and under the
library under test.  Exact results are required wherever IEEE arithmetic fixes the answer; see
tests/strategies.py for the tolerances of transcendental functions.
"""
import operator

import numpy
import pytest
from hypothesis import given, strategies as st

from strategies import agree_nd, nd_cases
from strategies import (INT31, INT62, PROPERTY, PROPERTY_PER_CASE, ArrayCase, agree, array_cases,
                        broadcast_shape, broadcastable_shapes, dtypes, elements, operand_pairs, operands,
                        shapes, shapes_broadcastable_to)

BINARY = {
    "+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
    "//": operator.floordiv, "%": operator.mod,
}
# int64 bounds that keep each operation inside int64: sums of two values below 2**62, products below 2**62
INT_BOUND = {"+": INT62, "-": INT62, "*": INT31, "/": INT62, "//": INT62, "%": INT62}
COMPARE = {"==": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le,
           ">": operator.gt, ">=": operator.ge}
INPLACE = {"+=": operator.iadd, "-=": operator.isub, "*=": operator.imul, "/=": operator.itruediv,
           "//=": operator.ifloordiv, "%=": operator.imod}
INPLACE_BOUND = {"+=": INT62, "-=": INT62, "*=": INT31, "/=": INT62, "//=": INT62, "%=": INT62}
LOGICAL = {"&": operator.and_, "|": operator.or_, "^": operator.xor}


# -- arithmetic operators -------------------------------------------------------------------------------


@pytest.mark.parametrize("op", sorted(BINARY))
@PROPERTY
@given(data=st.data())
def test_binary_operator(tn, op, data):
    """x OP y for arrays, 0-d arrays, Python scalars and NumPy-like scalars on either side."""
    x, y = data.draw(operand_pairs(int_bound=INT_BOUND[op]), label="x, y")
    agree(lambda xp, a, b: BINARY[op](a, b), tn, x, y)


@pytest.mark.parametrize("op", ["+", "-", "*", "/"])
@pytest.mark.parametrize("scalar", [1, 2, 0.5, -1.5, 0, True])
@PROPERTY_PER_CASE
@given(a=array_cases(dtype=st.sampled_from(["int64", "float64"]), int_bound=INT31))
def test_reflected_operator_with_python_scalar(tn, op, scalar, a):
    """The reflected forms tutorials write: 1 - a, 2 * a, 1 / a, 0.5 + a."""
    agree(lambda xp, arr: BINARY[op](scalar, arr), tn, a)


@PROPERTY
@given(a=array_cases(dtype="float64"))
def test_sigmoid_expression(tn, a):
    """1 / (1 + exp(-z)), the expression of the seed program, with z of any magnitude (exp may overflow)."""
    agree(lambda xp, z: 1 / (1 + xp.exp(-z)), tn, a, ulps=4)


@pytest.mark.parametrize("dtype", ["int64", "uint8", "bool"])
@PROPERTY
@given(data=st.data())
def test_power_of_integers(tn, dtype, data):
    """Integer ** non-negative integer stays integer (uint8 wraps around); 0 ** 0 == 1."""
    base_bound = 12 if dtype == "int64" else 255
    sa, sb = data.draw(broadcastable_shapes(), label="shapes")
    a = data.draw(array_cases(sa, dtype, int_bound=base_bound), label="base")
    b = data.draw(operands(sb, dtype, min_value=0, max_value=16, int_bound=16), label="exponent")
    agree(lambda xp, x, y: x ** y, tn, a, b)


@PROPERTY
@given(data=st.data())
def test_power_of_floats(tn, data):
    """float ** float, including 0.0 ** -1 == inf and (-8.0) ** (1/3) == nan, within 4 ulp."""
    x, y = data.draw(operand_pairs(dtypes_a=["float64"], dtypes_b=["float64", "int64"], int_bound=40),
                     label="x, y")
    agree(lambda xp, a, b: a ** b, tn, x, y, ulps=4)


@pytest.mark.parametrize("exponent", [2, 3, 0.5, -1, 0])
@PROPERTY
@given(a=array_cases(dtype="float64"))
def test_power_by_python_scalar(tn, exponent, a):
    """a ** 2, a ** 0.5 and a ** -1 as tutorials write them, and the reflected 2.0 ** a."""
    agree(lambda xp, x: x ** exponent, tn, a, ulps=4)
    agree(lambda xp, x: float(exponent) ** x, tn, a, ulps=4)


def test_ieee_results_without_exceptions(tn):
    """1/0.0 = inf, -1/0.0 = -inf, 0/0.0 = nan, x//0.0 and x%0.0 give inf/nan, int // 0 == 0, int % 0 == 0."""
    floats = ArrayCase([1.0, -1.0, 0.0, -0.0, float("inf"), float("nan")], (6,), "float64")
    zeros = ArrayCase([0.0, 0.0, 0.0, -0.0, 0.0, 0.0], (6,), "float64")
    ints = ArrayCase([5, -5, 0], (3,), "int64")
    int_zeros = ArrayCase([0, 0, 0], (3,), "int64")
    for op in BINARY.values():
        agree(lambda xp, a, b: op(a, b), tn, floats, zeros)
        agree(lambda xp, a, b: op(a, b), tn, ints, int_zeros)
        agree(lambda xp, a: op(a, 0), tn, ints)
        agree(lambda xp, a: op(a, 0.0), tn, floats)


# -- in-place operators ---------------------------------------------------------------------------------


@pytest.mark.parametrize("op", sorted(INPLACE))
@PROPERTY
@given(data=st.data())
def test_inplace_operator(tn, op, data):
    """a OP= b updates a itself; int arrays reject float results with a casting TypeError, as NumPy does."""
    a, b = data.draw(operand_pairs(swap=False, int_bound=INPLACE_BOUND[op]), label="a, b")

    def update(xp, x, y):
        before = x
        x = INPLACE[op](x, y)
        return x is before, x

    agree(update, tn, a, b)


@pytest.mark.parametrize("op", ["+=", "-=", "*=", "/="])
@pytest.mark.parametrize("operand", [1.5, 2.0, 0.5])
def test_inplace_on_int_array_with_float_operand_is_a_type_error(tn, op, operand):
    """a = np.array([1, 2]); a += 1.5 raises a casting error (a TypeError) in NumPy."""
    a = ArrayCase([1, 2, 3], (3,), "int64")
    b = ArrayCase([0.5, 1.5, 2.5], (3,), "float64")
    agree(lambda xp, x: INPLACE[op](x, operand), tn, a)
    agree(lambda xp, x, y: INPLACE[op](x, y), tn, a, b)


@pytest.mark.parametrize("op", ["+=", "-=", "*=", "/="])
@PROPERTY
@given(a=array_cases(shape=shapes(min_dims=2, max_dims=2, min_side=1), dtype="float64"),
       value=elements("float64"))
def test_inplace_updates_row_views(tn, op, a, value):
    """r = a[0]; a OP= value changes r as well: indexing a 2-d array with an int gives a view of the row."""

    def update(xp, x):
        row = x[0]
        x = INPLACE[op](x, value)
        return row, x

    agree(update, tn, a)


# -- comparisons and logic ------------------------------------------------------------------------------


@pytest.mark.parametrize("op", sorted(COMPARE))
@PROPERTY
@given(data=st.data())
def test_comparison(tn, op, data):
    """Comparisons broadcast and give bool arrays; nan compares unequal; int64 vs float64 as NumPy compares."""
    x, y = data.draw(operand_pairs(int_bound=INT62), label="x, y")
    agree(lambda xp, a, b: COMPARE[op](a, b), tn, x, y)


@pytest.mark.parametrize("op", sorted(LOGICAL))
@PROPERTY
@given(data=st.data())
def test_logical_operator(tn, op, data):
    """&, | and ^ on bool arrays (mask combinations like (a > 0) & (b < 1)), and on ints bitwise."""
    x, y = data.draw(operand_pairs(dtypes_a=["bool", "bool", "bool", "int64", "uint8"],
                                   dtypes_b=["bool", "bool", "bool", "int64", "uint8"]), label="x, y")
    agree(lambda xp, a, b: LOGICAL[op](a, b), tn, x, y)


@PROPERTY
@given(a=array_cases(dtype=dtypes(["bool", "bool", "int64", "uint8", "float64"])))
def test_invert(tn, a):
    """~mask negates a bool array (bitwise not on ints; TypeError on floats)."""
    agree(lambda xp, x: ~x, tn, a)


@PROPERTY
@given(a=array_cases(dtype=dtypes(["bool", "bool", "int64", "float64"])))
def test_mask_from_comparison_combined(tn, a):
    """(a > 0) & (a < 1) | ~(a == 0): comparison results feed the logical operators."""
    agree(lambda xp, x: (x > 0) & (x < 1) | ~(x == 0), tn, a)


# -- unary operators ------------------------------------------------------------------------------------


@PROPERTY
@given(a=array_cases(int_bound=INT62))
def test_negative(tn, a):
    """-a (uint8 wraps around, bool raises TypeError in NumPy)."""
    agree(lambda xp, x: -x, tn, a)


@PROPERTY
@given(a=array_cases(int_bound=INT62))
def test_positive(tn, a):
    """+a returns the values unchanged."""
    agree(lambda xp, x: +x, tn, a)


@PROPERTY
@given(a=array_cases(int_bound=INT62))
def test_builtin_abs(tn, a):
    """abs(a) keeps the dtype; abs(-0.0) == 0.0."""
    agree(lambda xp, x: abs(x), tn, a)


# -- elementwise functions ------------------------------------------------------------------------------

TRANSCENDENTAL = ["exp", "log", "tanh", "sin", "cos"]


@pytest.mark.parametrize("name", TRANSCENDENTAL)
@PROPERTY
@given(a=array_cases(dtype=dtypes(["int64", "float64"])))
def test_transcendental(tn, name, a):
    """exp, log, tanh, sin, cos within 4 ulp; exp(1000) == inf, log(0) == -inf, log(-1) == nan."""
    agree(lambda xp, x: getattr(xp, name)(x), tn, a, ulps=4)


@pytest.mark.parametrize("name", TRANSCENDENTAL + ["sqrt"])
@PROPERTY
@given(a=array_cases(dtype=dtypes(["bool", "uint8"]), max_value=11))
def test_transcendental_of_small_ints_gives_floats(tn, name, a):
    """exp/log/... of bool and uint8 give floats.

    NumPy computes these in float16 (a dtype tinynet does not have), so only the kind is required to match
    and the values to agree within float16's precision (relative 2**-10).  Inputs stay below 12 so that
    exp does not overflow float16.
    """
    with numpy.errstate(all="ignore"):
        expected = getattr(numpy, name)(a.numpy()).astype(float)
    tolerance = numpy.where(numpy.isfinite(expected), numpy.abs(expected) * 2.0 ** -10, 0.0) + 2.0 ** -24
    agree(lambda xp, x: getattr(xp, name)(x), tn, a, atol=tolerance)


@pytest.mark.parametrize("value", [1000.0, -1000.0, 0.0, -0.0, 1e-300, -1.0, float("inf"), float("-inf"),
                                   float("nan"), 709.0, 710.0, -745.0, -746.0])
@pytest.mark.parametrize("name", TRANSCENDENTAL + ["sqrt"])
def test_ieee_special_values(tn, name, value):
    """exp(1000) == inf with no exception, log(0) == -inf, sqrt(-1) == nan, tanh(inf) == 1, sin(inf) == nan."""
    a = ArrayCase([value], (1,), "float64")
    agree(lambda xp, x: getattr(xp, name)(x), tn, a, ulps=4)
    agree(lambda xp, x: getattr(xp, name)(x[0]), tn, a, ulps=4)


@PROPERTY
@given(a=array_cases(dtype=dtypes(["int64", "float64"])))
def test_sqrt(tn, a):
    """sqrt is correctly rounded in IEEE arithmetic, so it must match exactly; sqrt(-0.0) == -0.0."""
    agree(lambda xp, x: xp.sqrt(x), tn, a)


@pytest.mark.parametrize("name", ["abs", "square", "sign"])
@PROPERTY
@given(a=array_cases(int_bound=INT31))
def test_exact_unary_function(tn, name, a):
    """np.abs, np.square, np.sign for every dtype (np.sign of bool raises TypeError in NumPy)."""
    agree(lambda xp, x: getattr(xp, name)(x), tn, a)


@pytest.mark.parametrize("name", TRANSCENDENTAL + ["sqrt", "abs", "square", "sign"])
@given(value=st.one_of(elements("float64"), st.integers(-1000, 1000)))
@PROPERTY
def test_function_of_python_scalar(tn, name, value):
    """np.exp(2.0), np.sign(-3): functions accept Python numbers and return NumPy-like scalars."""
    agree(lambda xp: getattr(xp, name)(value), tn, ulps=4)


@pytest.mark.parametrize("name", ["maximum", "minimum"])
@PROPERTY
@given(data=st.data())
def test_maximum_minimum(tn, name, data):
    """np.maximum(0, z) as in ReLU: broadcasts, propagates nan.  The sign of a zero tie is unspecified."""
    x, y = data.draw(operand_pairs(int_bound=INT62), label="x, y")
    agree(lambda xp, a, b: getattr(xp, name)(a, b), tn, x, y, signed_zeros=False)


@PROPERTY
@given(data=st.data())
def test_clip(tn, data):
    """np.clip(a, lo, hi) with scalar or array bounds: min(max(a, lo), hi) elementwise."""
    a = data.draw(array_cases(int_bound=1000), label="a")
    lo = data.draw(operands(shapes_broadcastable_to(a.shape), dtype=a.dtype,
                            forms=("python", "python", "array"), int_bound=1000), label="lo")
    hi = data.draw(operands(shapes_broadcastable_to(a.shape), dtype=a.dtype,
                            forms=("python", "python", "array"), int_bound=1000), label="hi")
    agree(lambda xp, x, l, h: xp.clip(x, l, h), tn, a, lo, hi, signed_zeros=False)


@PROPERTY
@given(data=st.data())
def test_clip_into_out(tn, data):
    """np.clip(g, lo, hi, out=o), as gradient clipping writes it: o is returned and holds the result cast
    'same_kind' to its dtype (a float result into an int out raises); a.clip(lo, hi, o) the same."""
    a = data.draw(array_cases(int_bound=1000), label="a")
    lo = data.draw(operands(shapes_broadcastable_to(a.shape), forms=("python", "array"), int_bound=1000), label="lo")
    out = data.draw(array_cases(a.shape, int_bound=1000), label="out")
    method = data.draw(st.booleans(), label="method")

    def clip_into(xp, x, bound, o):
        result = x.clip(bound, 100, o) if method else xp.clip(x, -bound, bound, out=o)
        return result is o, o

    agree(clip_into, tn, a, lo, out, signed_zeros=False)


@pytest.mark.parametrize("dtype", ["bool", "int8", "uint8", "int16", "uint32", "int64", "uint64", "float32"])
@PROPERTY_PER_CASE
@given(data=st.data())
def test_clip_python_int_bounds_past_the_dtype(tn, dtype, data):
    """A Python int lower bound below an integer dtype's range, or upper bound above it, binds nothing and
    is dropped (clip(uint8, -1, 300) is a uint8 copy); past the range on the other side it raises."""
    a = data.draw(nd_cases(dtype=dtype, small=True), label="a")
    lo = data.draw(st.one_of(st.none(), st.integers(-2**63, 2**63)), label="lo")
    hi = data.draw(st.one_of(st.none(), st.integers(-2**63, 2**63)), label="hi")
    agree_nd(lambda xp, x: xp.clip(x, lo, hi), tn, a)


@pytest.mark.parametrize("lo, hi", [(1e-15, 1 - 1e-15), (0, 1), (-1.0, 1.0), (0, None), (None, 0.5)])
@PROPERTY
@given(a=array_cases(dtype=dtypes(["int64", "float64"]), int_bound=1000))
def test_clip_with_tutorial_bounds(tn, lo, hi, a):
    """np.clip(probs, 1e-15, 1 - 1e-15) and one-sided clips with None."""
    agree(lambda xp, x: xp.clip(x, lo, hi), tn, a, signed_zeros=False)


# -- where ----------------------------------------------------------------------------------------------


@PROPERTY
@given(data=st.data())
def test_where_three_arguments(tn, data):
    """np.where(cond, x, y) broadcasts all three and promotes x with y."""
    shape_c, shape_x = data.draw(broadcastable_shapes(), label="cond, x shapes")
    shape_y = data.draw(shapes_broadcastable_to(broadcast_shape(shape_c, shape_x)), label="y shape")
    cond = data.draw(array_cases(shape_c, "bool"), label="cond")
    x = data.draw(operands(shape_x, forms=("array", "array", "python")), label="x")
    y = data.draw(operands(shape_y, forms=("array", "array", "python")), label="y")
    agree(lambda xp, c, a, b: xp.where(c, a, b), tn, cond, x, y)


@PROPERTY
@given(a=array_cases(dtype="float64"))
def test_where_relu_gradient(tn, a):
    """np.where(z > 0, z, 0.01 * z) and np.where(z > 0, 1.0, 0.0), as in leaky ReLU and its derivative."""
    agree(lambda xp, z: xp.where(z > 0, z, 0.01 * z), tn, a)
    agree(lambda xp, z: xp.where(z > 0, 1.0, 0.0), tn, a)


@PROPERTY
@given(a=array_cases(shape=shapes(min_dims=1)))
def test_where_one_argument(tn, a):
    """np.where(cond) returns a tuple of int64 index arrays, one per axis (like nonzero)."""
    agree(lambda xp, x: xp.where(x), tn, a)


# -- rounding -------------------------------------------------------------------------------------------


@PROPERTY
@given(a=array_cases(dtype=dtypes(["int64", "float64", "float64"]), int_bound=INT31),
       decimals=st.integers(-3, 6))
def test_round(tn, a, decimals):
    """np.round(a, d) and a.round(d): half to even, computed as NumPy does (scale, rint, unscale)."""
    agree(lambda xp, x: xp.round(x, decimals), tn, a)
    agree(lambda xp, x: x.round(decimals), tn, a)


@PROPERTY
@given(a=array_cases(dtype=dtypes(["int64", "float64"]), int_bound=INT31))
def test_round_default(tn, a):
    """np.round(a) and a.round() round half to even: 0.5 -> 0.0, 1.5 -> 2.0, 2.5 -> 2.0, -0.5 -> -0.0."""
    agree(lambda xp, x: xp.round(x), tn, a)
    agree(lambda xp, x: x.round(), tn, a)


# -- closeness and equality -----------------------------------------------------------------------------


@st.composite
def close_pairs(draw):
    """Two arrays of broadcastable shapes whose values are often equal or nearly equal."""
    sa, sb = draw(broadcastable_shapes())
    a = draw(array_cases(sa, draw(dtypes(["float64", "float64", "int64", "bool"]))))
    base = draw(array_cases(sb, "float64"))
    noise = draw(st.sampled_from([0.0, 1e-12, 1e-9, 1e-6, 1e-3, 1.0]))
    nested = base.nested
    if a.shape == sb and a.dtype == "float64" and draw(st.booleans()):
        flat_a = a.flat()
        nested = numpy.array(flat_a, dtype=float).reshape(sb)
        with numpy.errstate(all="ignore"):
            nested = (nested * (1 + noise)).tolist()
    return a, ArrayCase(nested, sb, "float64")


@PROPERTY
@given(pair=close_pairs(), equal_nan=st.booleans())
def test_isclose_and_allclose(tn, pair, equal_nan):
    """isclose gives a bool array, allclose a Python bool: |a - b| <= atol + rtol * |b|, inf == inf."""
    a, b = pair
    agree(lambda xp, x, y: xp.isclose(x, y), tn, a, b)
    agree(lambda xp, x, y: xp.allclose(x, y), tn, a, b)
    agree(lambda xp, x, y: xp.isclose(x, y, rtol=1e-3, atol=1e-6, equal_nan=equal_nan), tn, a, b)
    agree(lambda xp, x, y: xp.allclose(x, y, rtol=0.0, atol=1e-9, equal_nan=equal_nan), tn, a, b)


@PROPERTY
@given(a=array_cases(), b=array_cases(), same=st.booleans(), equal_nan=st.booleans())
def test_array_equal(tn, a, b, same, equal_nan):
    """array_equal is a Python bool: same shape and equal elements (shape mismatch gives False)."""
    if same:
        b = ArrayCase(a.nested, a.shape, a.dtype)
    agree(lambda xp, x, y: xp.array_equal(x, y), tn, a, b)
    agree(lambda xp, x, y: xp.array_equal(x, y, equal_nan=equal_nan), tn, a, b)


# -- Python lists and numbers as arguments --------------------------------------------------------------


@pytest.mark.parametrize("name", TRANSCENDENTAL + ["sqrt", "abs", "square", "sign", "round"])
@PROPERTY
@given(a=array_cases(dtype=dtypes(["int64", "float64"]), int_bound=1000))
def test_functions_accept_nested_lists(tn, name, a):
    """np.exp([[0.5, 1.0]]) and np.round([1.25, 2.5]): functions take nested lists like arrays."""
    nested = a.nested
    if len(a.shape) == 2 and a.shape[0] == 0:
        nested = []
    agree(lambda xp: getattr(xp, name)(nested), tn, ulps=4)


@PROPERTY
@given(a=array_cases(dtype=dtypes(["int64", "float64"]), int_bound=1000),
       b=array_cases(dtype=dtypes(["int64", "float64"]), int_bound=1000))
def test_binary_functions_accept_lists(tn, a, b):
    """np.maximum(0, [..]), np.where([..] > 0 ...), np.clip([..], 0, 1), np.isclose([..], [..]) on lists."""
    if a.shape == b.shape and not (len(a.shape) == 2 and a.shape[0] == 0):
        agree(lambda xp: xp.maximum(a.nested, b.nested), tn, signed_zeros=False)
        agree(lambda xp: xp.minimum(a.nested, 0), tn, signed_zeros=False)
        agree(lambda xp: xp.isclose(a.nested, b.nested), tn)
        agree(lambda xp: xp.allclose(a.nested, b.nested), tn)
        agree(lambda xp: xp.array_equal(a.nested, b.nested), tn)
        agree(lambda xp: xp.clip(a.nested, -1, 1), tn, signed_zeros=False)
