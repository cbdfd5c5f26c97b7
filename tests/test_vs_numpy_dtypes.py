"""Differential tests: dtypes, promotion, NumPy-like scalars and conversions agree with NumPy.

Promotion follows NumPy 2 (NEP 50): arrays and NumPy-like scalars are "strong" and promote by dtype;
Python bool/int/float operands are "weak" and take the array's dtype when their kind allows it (so
uint8_array * 2 stays uint8 and wraps around, int_array + 1.5 becomes float64, and uint8_array + 300
raises OverflowError).  Integer / integer is float64, sums of bools are int64, comparisons give bool.

Reductions and scalar indexing return NumPy-like scalars: they print, format and compute like Python
numbers and also have .item(), .round(), .shape, .ndim and .dtype.
"""
import itertools
import operator

import numpy
import pytest
from hypothesis import given, strategies as st

from strategies import (DTYPE_NAMES, INT31, PROPERTY, PROPERTY_PER_CASE, ArrayCase, Scalar, agree,
                        array_cases, elements, python_scalars, run_quietly, shapes, sum_tolerance)

# NumPy 2.4 stopped converting one-element arrays of ndim > 0 to Python numbers.
NUMPY_BEFORE_2_4 = tuple(int(part) for part in numpy.__version__.split(".")[:2]) < (2, 4)

SAMPLES = {
    "bool": ArrayCase([True, False, True], (3,), "bool"),
    "uint8": ArrayCase([3, 250, 0], (3,), "uint8"),
    "int64": ArrayCase([-7, 5, 0], (3,), "int64"),
    "float64": ArrayCase([2.5, -0.0, 1e300], (3,), "float64"),
}
SCALAR_SAMPLES = {"bool": True, "uint8": 7, "int64": -3, "float64": 0.75}
OPERATORS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
             "//": operator.floordiv, "%": operator.mod, "**": operator.pow, "==": operator.eq,
             "<": operator.lt}


# -- promotion tables -----------------------------------------------------------------------------------


@pytest.mark.parametrize("op", sorted(OPERATORS))
@pytest.mark.parametrize("left, right", list(itertools.product(DTYPE_NAMES, DTYPE_NAMES)))
def test_array_array_promotion(tn, op, left, right):
    """array OP array for every pair of dtypes: result dtype (and values) as in NumPy."""
    b = SAMPLES[right] if op != "**" else ArrayCase([1, 2, 0], (3,), right) if right != "bool" \
        else ArrayCase([True, False, True], (3,), "bool")
    if op == "**" and right == "float64":
        b = ArrayCase([0.5, 2.0, -1.0], (3,), "float64")
    agree(lambda xp, x, y: OPERATORS[op](x, y), tn, SAMPLES[left], b, ulps=4)


@pytest.mark.parametrize("op", sorted(set(OPERATORS) - {"**"}))
@pytest.mark.parametrize("scalar", [True, False, 2, 0, 255, 1.5, -0.0, 300, -1], ids=repr)
@pytest.mark.parametrize("dtype", DTYPE_NAMES)
@pytest.mark.parametrize("side", ["left", "right"])
def test_python_scalars_are_weak(tn, op, scalar, dtype, side):
    """array OP python_scalar keeps the array's dtype if the scalar's kind allows (NEP 50).

    uint8_array + 300 and uint8_array + -1 raise OverflowError; comparisons with them do not.
    """
    a = SAMPLES[dtype]
    if side == "left":
        agree(lambda xp, x: OPERATORS[op](scalar, x), tn, a, ulps=4)
    else:
        agree(lambda xp, x: OPERATORS[op](x, scalar), tn, a, ulps=4)


@pytest.mark.parametrize("scalar", [True, False, 2, 0, 1.5, -0.0, 0.5, -1], ids=repr)
@pytest.mark.parametrize("dtype", DTYPE_NAMES)
@pytest.mark.parametrize("side", ["left", "right"])
def test_python_scalar_powers_are_weak(tn, scalar, dtype, side):
    """a ** 2 keeps int64, a ** 0.5 is float64, int_array ** -1 raises ValueError, 2 ** a, 0.5 ** a."""
    a = SAMPLES[dtype]
    if side == "left":
        agree(lambda xp, x: scalar ** x, tn, a, ulps=4)
    else:
        agree(lambda xp, x: x ** scalar, tn, a, ulps=4)


@pytest.mark.parametrize("op", ["+", "*", "/", "==", "-"])
@pytest.mark.parametrize("left, right", list(itertools.product(DTYPE_NAMES, DTYPE_NAMES)))
def test_numpy_scalars_are_strong(tn, op, left, right):
    """array OP np.int64(v) promotes like two arrays: uint8_array + np.int64(1) is int64."""
    s = Scalar(SCALAR_SAMPLES[right], right)
    agree(lambda xp, x, y: OPERATORS[op](x, y), tn, SAMPLES[left], s)
    agree(lambda xp, x, y: OPERATORS[op](y, x), tn, SAMPLES[left], s)


@pytest.mark.parametrize("op", ["+", "*", "/", "=="])
@pytest.mark.parametrize("left, right", list(itertools.product(DTYPE_NAMES, DTYPE_NAMES)))
def test_zero_dimensional_arrays_are_strong(tn, op, left, right):
    """array OP 0-d array promotes by dtype (NEP 50), and 0-d OP 0-d gives a scalar."""
    zero_d = ArrayCase(SCALAR_SAMPLES[right], (), right)
    agree(lambda xp, x, y: OPERATORS[op](x, y), tn, SAMPLES[left], zero_d)
    agree(lambda xp, x, y: OPERATORS[op](x, y), tn, ArrayCase(SCALAR_SAMPLES[left], (), left), zero_d)


@PROPERTY
@given(a=array_cases(dtype="uint8"), b=array_cases(dtype="uint8"), k=st.integers(0, 255))
def test_uint8_wraps_around(tn, a, b, k):
    """uint8 arithmetic is modulo 256: 250 + 10 == 4, 0 - 1 == 255, 16 * 16 == 0, -x == 256 - x."""
    if a.shape == b.shape:
        agree(lambda xp, x, y: x + y, tn, a, b)
        agree(lambda xp, x, y: x - y, tn, a, b)
        agree(lambda xp, x, y: x * y, tn, a, b)
    agree(lambda xp, x: x * k, tn, a)
    agree(lambda xp, x: k - x, tn, a)
    agree(lambda xp, x: -x, tn, a)


@pytest.mark.parametrize("name", ["sum", "mean", "max", "argmax"])
@pytest.mark.parametrize("dtype", DTYPE_NAMES)
def test_reduction_dtypes(tn, name, dtype):
    """sum(bool) is int64, sum(uint8) an unsigned int, mean(anything) float64, argmax int64."""
    tol = sum_tolerance(SAMPLES[dtype].numpy(), mean=name == "mean") if dtype == "float64" else None
    agree(lambda xp, x: getattr(x, name)(), tn, SAMPLES[dtype], atol=tol)
    agree(lambda xp, x: getattr(xp, name)(x, axis=0), tn, SAMPLES[dtype], atol=tol)


@PROPERTY
@given(a=array_cases(dtype="bool"))
def test_bool_array_to_int64(tn, a):
    """np.array(mask, dtype='int64') and mask.astype(int) give 0/1 ints, as the seed program relies on."""
    agree(lambda xp, m: xp.array(m, dtype="int64"), tn, a)
    agree(lambda xp, m: xp.array(m, dtype=xp.int64), tn, a)
    agree(lambda xp, m: m.astype(int), tn, a)
    agree(lambda xp, m: m * 1, tn, a)


# -- dtype objects --------------------------------------------------------------------------------------


@pytest.mark.parametrize("dtype", DTYPE_NAMES)
def test_dtype_object(tn, dtype):
    """a.dtype compares equal to its name and to the scalar type, and has .name, .kind, .itemsize, str()."""
    attribute = "bool_" if dtype == "bool" else dtype

    def describe(xp, x):
        d = x.dtype
        return (d == dtype, d == getattr(xp, attribute), d != "float64" if dtype != "float64" else True,
                d.name, d.kind, d.itemsize, str(d))

    agree(describe, tn, SAMPLES[dtype])


# -- NumPy-like scalars ---------------------------------------------------------------------------------


@st.composite
def scalar_sources(draw):
    """An array and a way to get a scalar out of it: a reduction or an element."""
    a = draw(array_cases(shape=shapes(min_dims=1, min_side=1), int_bound=INT31,
                         dtype=st.sampled_from(DTYPE_NAMES)))
    how = draw(st.sampled_from(["sum", "mean", "max", "element", "np.sum", "np.mean", "std"]))
    return a, how


def _scalar(xp, x, how):
    if how == "element":
        return x[(0,) * x.ndim]
    if how.startswith("np."):
        return getattr(xp, how[3:])(x)
    return getattr(x, how)()


@PROPERTY
@given(case=scalar_sources())
def test_scalar_attributes(tn, case):
    """A reduction or element is a scalar with .shape == (), .ndim == 0, .dtype, .item() and .round()."""
    a, how = case
    exact = how in ("max", "element") or a.dtype != "float64" and how in ("sum", "np.sum")
    tol = None if exact else sum_tolerance(a.numpy(), mean=how in ("mean", "np.mean"))
    if how == "std":
        tol = 1e-7 * max([abs(v) for v in a.flat() if abs(v) < 1e150] + [0.0]) + 1e-300
        if any(abs(v) >= 1e150 for v in a.flat() if a.dtype == "float64"):
            return  # squares overflow; std of huge values is covered in the reduction tests

    def attributes(xp, x):
        s = _scalar(xp, x, how)
        return s, s.shape, s.ndim, str(s.dtype), s.item()

    agree(attributes, tn, a, atol=tol)
    if exact and a.dtype != "bool":  # NumPy cannot round a bool scalar (it raises); no tutorial does
        agree(lambda xp, x: _scalar(xp, x, how).round(4), tn, a)
        agree(lambda xp, x: _scalar(xp, x, how).round(), tn, a)


@PROPERTY
@given(value=elements("float64"), decimals=st.integers(-2, 8))
def test_scalar_round(tn, value, decimals):
    """loss.round(4), np.round(loss, 4) and round(loss, 4) give float64 scalars; round(x) gives an int."""
    s = Scalar(value, "float64")
    agree(lambda xp, x: x.round(decimals), tn, s)
    agree(lambda xp, x: xp.round(x, decimals), tn, s)
    agree(lambda xp, x: round(x, decimals), tn, s)
    agree(lambda xp, x: round(x), tn, s)


FORMATS = ["", ".6f", ".4f", ".2e", "g", ".3g", "8.3f", "<10", ">12.5f", "+.1f", ".0f", ".2%"]


@pytest.mark.parametrize("spec", FORMATS)
@PROPERTY_PER_CASE
@given(value=st.one_of(elements("float64"), elements("float64", max_abs=1e6)))
def test_float_scalar_formatting(tn, spec, value):
    """f"{loss:.6f}", str(loss) and format(loss, spec) print as for Python floats (NumPy's float64)."""
    s = Scalar(value, "float64")
    agree(lambda xp, x: format(x, spec), tn, s)
    agree(lambda xp, x: f"{x}", tn, s)
    agree(lambda xp, x: str(x), tn, s)


@pytest.mark.parametrize("spec", ["", "d", "5d", "<4", ">6", "+d", ",", ".2f", "x"])
@given(value=st.integers(-10 ** 12, 10 ** 12), dtype=st.sampled_from(["int64", "uint8", "bool"]))
@PROPERTY_PER_CASE
def test_int_scalar_formatting(tn, spec, value, dtype):
    """f"{n:5d}", str(n) for int64 and uint8 scalars; str(np.True_) is 'True'."""
    if dtype == "uint8":
        value %= 256
    if dtype == "bool":
        value = bool(value)
        spec = "" if spec in ("d", "5d", "+d", ",", "x", ".2f") else spec
    s = Scalar(value, dtype)
    agree(lambda xp, x: format(x, spec), tn, s)
    agree(lambda xp, x: str(x), tn, s)


@pytest.mark.parametrize("dtype", DTYPE_NAMES)
@PROPERTY
@given(data=st.data())
def test_scalar_repr(tn, dtype, data):
    """repr(np.float64(0.5)) is 'np.float64(0.5)' in NumPy 2; print([loss]) shows it."""
    s = Scalar(data.draw(elements(dtype)), dtype)
    agree(lambda xp, x: repr(x), tn, s)
    agree(lambda xp, x: str([x]), tn, s)


NUMPY_LIKE_SCALARS = st.sampled_from(DTYPE_NAMES).flatmap(
    lambda d: elements(d, int_bound=1000).map(lambda v: Scalar(v, d)))


@pytest.mark.parametrize("op", sorted(set(OPERATORS) - {"**"}))
@PROPERTY
@given(left=st.one_of(python_scalars("int64", int_bound=1000), python_scalars("float64"), NUMPY_LIKE_SCALARS),
       right=NUMPY_LIKE_SCALARS, swap=st.booleans())
def test_scalar_arithmetic(tn, op, left, right, swap):
    """Scalars compute like NumPy's: np.float64 + 1 is np.float64, np.int64 / 2 is np.float64, and so on."""
    x, y = (right, left) if swap else (left, right)
    agree(lambda xp, a, b: OPERATORS[op](a, b), tn, x, y)


@pytest.mark.parametrize("op", sorted(set(OPERATORS) - {"**"}))
@PROPERTY
@given(left=st.booleans(), right=NUMPY_LIKE_SCALARS)
def test_python_bool_on_the_left_of_a_scalar(tn, op, left, right):
    """True + np.uint8(1) is np.uint8(2) and False < np.bool_(True) is np.True_ (Python bools are weak)."""
    agree(lambda xp, b: OPERATORS[op](left, b), tn, right)


@PROPERTY
@given(base=st.sampled_from(DTYPE_NAMES).flatmap(lambda d: elements(d, int_bound=30).map(lambda v: Scalar(v, d))),
       exponent=st.one_of(st.integers(0, 6), st.sampled_from([0.5, 2.0, -1.0]),
                          st.integers(0, 6).map(lambda v: Scalar(v, "int64"))))
def test_scalar_power(tn, base, exponent):
    """loss ** 2, std ** 0.5, np.int64(3) ** 2."""
    agree(lambda xp, a, b: a ** b, tn, base, exponent, ulps=4)


@PROPERTY
@given(s=st.sampled_from(DTYPE_NAMES).flatmap(lambda d: elements(d, int_bound=INT31).map(lambda v: Scalar(v, d))),
       a=array_cases(int_bound=INT31))
def test_scalar_with_array(tn, s, a):
    """scalar * array and array - scalar give arrays (a scalar from a reduction scales an array)."""
    agree(lambda xp, x, y: x * y, tn, s, a)
    agree(lambda xp, x, y: y - x, tn, s, a)


@PROPERTY
@given(s=st.sampled_from(DTYPE_NAMES).flatmap(lambda d: elements(d, int_bound=INT31).map(lambda v: Scalar(v, d))))
def test_scalar_unary_and_conversions(tn, s):
    """-s, abs(s), float(s), int(s), bool(s), s.item() and isinstance(float64_scalar, float)."""
    agree(lambda xp, x: -x, tn, s)
    agree(lambda xp, x: abs(x), tn, s)
    agree(lambda xp, x: float(x), tn, s)
    agree(lambda xp, x: int(x), tn, s)
    agree(lambda xp, x: bool(x), tn, s)
    agree(lambda xp, x: x.item(), tn, s)
    agree(lambda xp, x: isinstance(x, float), tn, s)


# -- conversions of arrays to Python numbers ------------------------------------------------------------


@PROPERTY
@given(a=array_cases(int_bound=INT31, shape=shapes(max_side=2)))
def test_bool_of_arrays(tn, a):
    """bool(a) of a one-element array is its truth; larger (and, in NumPy 2.2+, empty) arrays raise ValueError."""
    agree(lambda xp, x: bool(x), tn, a)
    agree(lambda xp, x: "yes" if x.size == 1 and x else "no", tn, a)


@PROPERTY
@given(a=array_cases(int_bound=INT31, shape=shapes(max_side=2)))
def test_float_and_int_of_arrays(tn, a):
    """float(a), int(a) and complex(a) convert 0-d arrays only: NumPy 2.4 raises TypeError for [x] and
    [[x]] as for larger arrays ("only 0-dimensional arrays can be converted to Python scalars"), where
    NumPy 2.0 to 2.3 converted them with a DeprecationWarning.  tinynet follows 2.4; against an older
    NumPy a one-element array must raise TypeError here.
    """
    for convert in (float, int, complex):
        if a.ndim > 0 and a.size == 1 and NUMPY_BEFORE_2_4 and tn.__name__ != "numpy":
            status, value = run_quietly(lambda: convert(a.build(tn)))
            assert status == "raised" and isinstance(value, TypeError), (a, value)
        else:
            agree(lambda xp, x: convert(x), tn, a, message=True)
