"""ufunc objects against NumPy: calls with out=, where=, dtype=, and reduce, accumulate, outer, at, reduceat.

Every property runs the same expression in NumPy and in the library under test (tinynet, or NumPy itself
with --array-lib=numpy) and compares shape, dtype and values (exactly: these are integer and exact float
operations on small integers), or the exception type when NumPy raises.
"""
import numpy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from strategies import ALL_DTYPES, agree_nd, nd_cases, nd_shapes

SETTINGS = settings(max_examples=40, deadline=None)
INT_DTYPES = ["int8", "int16", "int32", "int64", "uint8", "uint32", "float32", "float64", "bool"]
FOLDING = ["add", "multiply", "maximum", "minimum", "subtract", "bitwise_or", "logical_and", "logical_or",
           "bitwise_xor"]


def small_cases(shape=None, dtype=None):
    return nd_cases(shape=shape if shape is not None else nd_shapes(min_dims=1, max_dims=3, max_size=24),
                    dtype=dtype if dtype is not None else st.sampled_from(INT_DTYPES), small=True)


@SETTINGS
@given(name=st.sampled_from(FOLDING), a=small_cases(), data=st.data())
def test_reduce(tn, name, a, data):
    axis = data.draw(st.sampled_from([0, -1, None, 1]))
    keepdims = data.draw(st.booleans())
    agree_nd(lambda xp, x: getattr(xp, name).reduce(x, axis=axis, keepdims=keepdims), tn, a)


@SETTINGS
@given(name=st.sampled_from(["subtract", "divide", "power", "floor_divide", "arctan2", "hypot", "fmod",
                             "left_shift", "maximum", "logical_and", "add"]),
       a=small_cases(nd_shapes(min_dims=0, max_dims=3, max_size=12)), data=st.data())
def test_reduce_over_no_axis_or_several(tn, name, a, data):
    """axis=() keeps every element (in the loop's dtype); a function that is not reorderable refuses several
    axes, but only after finding its loop (bool subtract is a TypeError first)."""
    axis = data.draw(st.sampled_from([(), None, (0, 1), (0,), (-1, 0)]), label="axis")
    dtype = data.draw(st.sampled_from([None, "int64", "float64", "bool"]), label="dtype")
    # float power, arctan2 and hypot go through the C library, which may differ by an ulp
    agree_nd(lambda xp, x: getattr(xp, name).reduce(x, axis=axis, dtype=dtype), tn, a,
             ulps=2 if name in ("power", "arctan2", "hypot") else None)


@SETTINGS
@given(a=small_cases(), data=st.data())
def test_sum_and_prod_in_bool_are_logical(tn, a, data):
    """dtype=bool makes a sum a logical or and a product a logical and: True or False, never a count."""
    axis = data.draw(st.sampled_from([None, 0, -1, ()]), label="axis")
    keepdims = data.draw(st.booleans(), label="keepdims")
    agree_nd(lambda xp, x: xp.sum(x, axis=axis, dtype=bool, keepdims=keepdims), tn, a)
    agree_nd(lambda xp, x: xp.prod(x, axis=axis, dtype=bool, keepdims=keepdims), tn, a)
    agree_nd(lambda xp, x: xp.add.reduce(x, axis=axis, dtype=bool), tn, a)


@SETTINGS
@given(name=st.sampled_from(["add", "multiply", "maximum", "subtract", "bitwise_or"]), a=small_cases(),
       data=st.data())
def test_accumulate(tn, name, a, data):
    axis = data.draw(st.sampled_from([0, -1, 1]))
    agree_nd(lambda xp, x: getattr(xp, name).accumulate(x, axis=axis), tn, a)


@SETTINGS
@given(name=st.sampled_from(["add", "multiply", "subtract", "maximum", "less", "power"]),
       a=small_cases(nd_shapes(max_dims=2, max_size=6)), b=small_cases(nd_shapes(max_dims=2, max_size=6)))
def test_outer(tn, name, a, b):
    # power of floats goes through the C library's pow (powf for float32), which may differ by an ulp
    agree_nd(lambda xp, x, y: getattr(xp, name).outer(x, y), tn, a, b, ulps=2 if name == "power" else None)


@SETTINGS
@given(name=st.sampled_from(["add", "subtract", "multiply", "maximum"]),
       a=small_cases(nd_shapes(min_dims=1, max_dims=2, min_side=1, max_size=12)), data=st.data())
def test_at_applies_once_per_index_repeats_included(tn, name, a, data):
    n = a.shape[0]
    indices = data.draw(st.lists(st.integers(-n, n - 1), max_size=6))
    value = data.draw(st.integers(0, 3))

    def apply(xp, x):
        getattr(xp, name).at(x, indices, value)
        return x

    agree_nd(apply, tn, a)


@SETTINGS
@given(a=small_cases(nd_shapes(min_dims=1, max_dims=2, min_side=1, max_size=12), st.sampled_from(["int64", "float64"])),
       data=st.data())
def test_reduceat(tn, a, data):
    n = a.shape[0]
    indices = data.draw(st.lists(st.integers(0, n - 1), min_size=1, max_size=5))
    agree_nd(lambda xp, x: xp.add.reduceat(x, indices, axis=0), tn, a)


@SETTINGS
@given(name=st.sampled_from(["add", "multiply", "subtract", "maximum"]),
       a=small_cases(nd_shapes(max_dims=2, max_size=8), st.sampled_from(["int64", "float64", "int8"])),
       out_dtype=st.sampled_from(["int64", "float64", "int8", "float32"]), data=st.data())
def test_out_and_where(tn, name, a, out_dtype, data):
    use_where = data.draw(st.booleans())

    def call(xp, x):
        out = xp.ones(x.shape, dtype=out_dtype)
        if use_where:
            getattr(xp, name)(x, 2, out=out, where=x > 0)
        else:
            getattr(xp, name)(x, 2, out=out)
        return out

    agree_nd(call, tn, a)


@SETTINGS
@given(a=small_cases(nd_shapes(max_dims=2, max_size=8), st.sampled_from(["int8", "int64"])),
       dtype=st.sampled_from(["float64", "int64", "float32"]))
def test_dtype_keyword_sets_the_loop_dtype(tn, a, dtype):
    agree_nd(lambda xp, x: xp.add(x, x, dtype=dtype), tn, a)


@SETTINGS
@given(name=st.sampled_from(["add", "multiply", "equal", "less", "logical_and", "maximum", "negative", "sqrt",
                             "isnan"]),
       a=nd_cases(nd_shapes(max_dims=3, max_size=12), st.sampled_from(ALL_DTYPES), small=True),
       dtype=st.sampled_from(ALL_DTYPES), casting=st.sampled_from(["same_kind", "safe", "unsafe"]),
       other=st.sampled_from(["array", 2, 1.5, 1j, True]))
def test_dtype_keyword_casts_inputs_by_the_casting_rule(tn, name, a, dtype, casting, other):
    """dtype= casts the inputs under casting= (NumPy's UFuncTypeError when the rule refuses one); for a
    comparison or logical function it can only be bool, the output's dtype."""
    def call(xp, x):
        f = getattr(xp, name)
        args = (x,) if f.nin == 1 else (x, x if other == "array" else other)
        return f(*args, dtype=dtype, casting=casting)
    with numpy.errstate(all="ignore"):
        agree_nd(call, tn, a, message=True, ulps=1)


def test_reduce_of_an_empty_axis_needs_an_identity(tn):
    agree_nd(lambda xp: xp.maximum.reduce(xp.zeros((0, 3))), tn, message=True)
    agree_nd(lambda xp: xp.add.reduce(xp.zeros((0, 3))), tn)
    agree_nd(lambda xp: xp.subtract.reduce(xp.zeros((0, 3))), tn)


def test_unary_ufuncs_have_no_reduce(tn):
    agree_nd(lambda xp: xp.exp.reduce(xp.ones(3)), tn, message=True)


@pytest.mark.parametrize("name", ["add", "exp", "less", "maximum", "invert"])
def test_ufunc_attributes(tn, name):
    import numpy

    mine, theirs = getattr(tn, name), getattr(numpy, name)
    assert (mine.nin, mine.nout, mine.__name__, repr(mine)) == (theirs.nin, theirs.nout, theirs.__name__, repr(theirs))
