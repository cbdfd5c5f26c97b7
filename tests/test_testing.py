"""Differential tests of tinynet.testing against numpy.testing: same pass/fail, same messages.

Every property draws NumPy objects (arrays of the fourteen dtypes and 0-d to 6-d shapes, with nan,
inf and -0.0; scalars; nested lists and dicts), runs the assertion from ``numpy.testing`` on them
as the reference, and runs the same assertion from the library under test on the same objects
rebuilt in that library (``Lib.build``).  Both must pass, or both raise AssertionError with the
same text, or both raise the same other exception type.  The ``lib`` fixture also runs every
property with NumPy on both sides, which checks the harness itself.

Second arrays are drawn from the first one (cast to another dtype, a few elements nudged by an ulp,
by a tiny relative amount, or replaced), so that the assertions pass about as often as they fail.
"""
import math
import os
import re
import warnings

import numpy as np
import numpy.testing as npt
import pytest
from hypothesis import HealthCheck, assume, given, settings, strategies as st

import tinynet
import tinynet.testing as tnt

NAMES = ("bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
         "float16", "float32", "float64", "complex64", "complex128")
FLOATS = ("float16", "float32", "float64")
INEXACT = FLOATS + ("complex64", "complex128")
LIST_DTYPES = ("bool", "int64", "float64", "complex128")  # what a nested Python list infers

EXAMPLES = int(os.environ.get("TINYNET_EXAMPLES", "100"))
FAST = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.filter_too_much])
FEW = settings(FAST, max_examples=max(1, EXAMPLES // 2))


# ---------------------------------------------------------------------------------------------------------
# The two libraries
# ---------------------------------------------------------------------------------------------------------


class Lib:
    """A library under test: its testing module, and how to rebuild NumPy objects in it."""

    def __init__(self, name):
        self.name = name
        self.testing = npt if name == "numpy" else tnt

    def build(self, obj):
        """The library's version of a NumPy array, scalar, or container of them."""
        if isinstance(obj, np.ndarray):
            if self.name == "numpy":
                return obj.copy()
            return tinynet.array(obj.ravel().tolist(), dtype=obj.dtype.name).reshape(obj.shape)
        if isinstance(obj, np.generic):
            if self.name == "numpy":
                return obj
            return getattr(tinynet, "bool_" if obj.dtype.name == "bool" else obj.dtype.name)(obj.item())
        if isinstance(obj, list):
            return [self.build(x) for x in obj]
        if isinstance(obj, tuple):
            return tuple(self.build(x) for x in obj)
        if isinstance(obj, dict):
            return {k: self.build(v) for k, v in obj.items()}
        return obj

    def __repr__(self):
        return self.name


@pytest.fixture(scope="module", params=["tinynet", "numpy"])
def lib(request):
    return Lib(request.param)


def outcome(fn):
    """('pass', result) or (exception type name, message for AssertionError), warnings silenced."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return "pass", fn()
        except AssertionError as error:
            return "AssertionError", str(error)
        except Exception as error:  # noqa: BLE001 - the type is what is compared
            return type(error).__name__, None


def agree(lib, name, args, kwargs=None, compare_result=None):
    """Run testing.<name>(*args) on NumPy objects and on the library's; the outcomes must match."""
    kwargs = kwargs or {}
    want = outcome(lambda: getattr(npt, name)(*args, **kwargs))
    built = lib.build(list(args))
    got = outcome(lambda: getattr(lib.testing, name)(*built, **kwargs))
    context = "%s(%s, **%r)" % (name, ", ".join(_show(a) for a in args), kwargs)
    assert got[0] == want[0], "%s\n%s: %r\nnumpy: %r" % (context, lib, got, want)
    if want[0] == "AssertionError":
        assert got[1] == want[1], "%s\nmessages differ\n%s:\n%s\nnumpy:\n%s" % (context, lib, got[1], want[1])
    elif want[0] == "pass" and compare_result is not None:
        compare_result(got[1], want[1], context)
    return want[0]


def _show(a):
    if isinstance(a, np.ndarray):
        return "np.array(%r, dtype=%s).reshape(%r)" % (a.ravel().tolist(), a.dtype.name, a.shape)
    return repr(a)


# ---------------------------------------------------------------------------------------------------------
# Strategies
# ---------------------------------------------------------------------------------------------------------


@st.composite
def shapes(draw, max_dims=6, max_size=12):
    """A shape of 0..6 axes, with at most max_size elements (size-0 axes included)."""
    ndim = draw(st.integers(0, max_dims))
    shape = []
    size = 1
    for _ in range(ndim):
        side = draw(st.sampled_from([1, 2, 3, 4, 0] if ndim <= 2 else [1, 1, 1, 2, 2, 2, 3, 3, 0]))
        if size * max(side, 1) > max_size:
            side = 1
        shape.append(side)
        size *= max(side, 1)
    return tuple(shape)


SPECIAL_FLOATS = (0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 3.0, 0.1, 1e-7, 1e-5, 100.0, 65504.0, 1e30,
                  1e-300, 5e-324, 1e300, math.inf, -math.inf, math.nan)


def real_values(dtype):
    if dtype == "bool":
        return st.booleans()
    if dtype in FLOATS or dtype.startswith("complex"):
        return st.one_of(st.sampled_from(SPECIAL_FLOATS), st.floats(width=16 if dtype == "float16" else 64),
                         st.integers(-20, 20).map(lambda i: i / 4.0))
    info = np.iinfo(dtype)
    return st.one_of(st.integers(-3, 3).filter(lambda v: info.min <= v <= info.max),
                     st.sampled_from([int(info.min), int(info.max)]),
                     st.integers(int(info.min), int(info.max)))


def element_values(dtype):
    if dtype.startswith("complex"):
        part = real_values(dtype)
        return st.one_of(st.builds(complex, part, part), part.map(complex))
    return real_values(dtype)


@st.composite
def arrays(draw, dtype=None, shape=None, names=NAMES):
    """A NumPy array of a drawn dtype and shape."""
    dtype = dtype or draw(st.sampled_from(names))
    shape = draw(shapes()) if shape is None else shape
    size = int(np.prod(shape))
    values = draw(st.lists(element_values(dtype), min_size=size, max_size=size))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return np.array(values, dtype=dtype).reshape(shape)


def _nudged(x, how, y_dtype):
    """One element changed a little: by one ulp, by a relative 1e-8 or 1e-4, by one, or made nan/inf/0."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if how == "ulp" and y_dtype.kind in "fc":
            real = np.nextafter(x.real, np.inf, dtype=x.real.dtype)
            return real + 1j * x.imag if y_dtype.kind == "c" else real
        if how in ("rel8", "rel4") and y_dtype.kind in "fc":
            return x * (1 + (1e-8 if how == "rel8" else 1e-4))
        if how in ("ulp", "rel8", "rel4", "one") and y_dtype.kind in "iu":
            return x + 1 if x < np.iinfo(y_dtype).max else x - 1
        if how in ("ulp", "one") and y_dtype.kind == "b":
            return not x
        if how == "nan" and y_dtype.kind in "fc":
            return np.nan
        if how == "inf" and y_dtype.kind in "fc":
            return -np.inf if x > 0 else np.inf
        if how == "zero":
            return 0
        return x


CHANGES = ("ulp", "rel8", "rel4", "one", "nan", "inf", "zero", "new")


@st.composite
def second_arrays(draw, x, names=NAMES, same_dtype=None):
    """An array like x: x cast to a drawn dtype, with a few elements nudged or replaced."""
    if same_dtype is None:
        same_dtype = draw(st.booleans())
    y_dtype = np.dtype(x.dtype if same_dtype else draw(st.sampled_from(names)))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        y = x.astype(y_dtype)
        flat = y.reshape(-1)
        for i in range(flat.size):
            how = draw(st.sampled_from(["keep"] * 5 + list(CHANGES)))
            if how == "new":
                flat[i] = draw(element_values(y_dtype.name))
            elif how != "keep":
                flat[i] = _nudged(flat[i], how, y_dtype)
    return y


@st.composite
def operand(draw, base, kind):
    """base in a drawn form: the array, a 0-d array, a NumPy scalar, a Python number or a nested list."""
    if kind == "scalar":
        value = base.reshape(-1)[0] if base.size else np.zeros((), base.dtype)[()]
        form = draw(st.sampled_from(["0d", "numpy", "python"]))
        if form == "0d":
            return np.array(value)
        if form == "numpy":
            return value
        return value.item() if base.dtype.name in LIST_DTYPES else np.array(value)
    if base.dtype.name in LIST_DTYPES and base.ndim and draw(st.integers(0, 5)) == 0:
        return base.tolist()
    return base


@st.composite
def array_pairs(draw, names=NAMES, y_names=None, same_dtype=None):
    """(actual, desired) for the array assertions: mostly equal shapes, some a scalar side or other shapes."""
    x = draw(arrays(names=names))
    y = draw(second_arrays(x, names=y_names or names, same_dtype=same_dtype))
    form = draw(st.sampled_from(["same"] * 6 + ["x scalar", "y scalar", "mismatch"]))
    if form == "mismatch":
        y = draw(arrays(dtype=y.dtype.name, names=names))
        assume(y.shape != x.shape)
    left = draw(operand(x, "scalar" if form == "x scalar" else "array"))
    right = draw(operand(y, "scalar" if form == "y scalar" else "array"))
    if draw(st.booleans()):
        left, right = right, left
    return left, right


ERR_MSGS = st.sampled_from(["", "", "", "short note", "a rather long explanation of what went wrong in "
                            "this check, longer than the header", "two\nlines", 42])
COMMON = st.fixed_dictionaries({}, optional={"err_msg": ERR_MSGS, "verbose": st.booleans()})


# ---------------------------------------------------------------------------------------------------------
# Array assertions
# ---------------------------------------------------------------------------------------------------------


@FAST
@given(pair=array_pairs(), options=COMMON, strict=st.booleans())
def test_assert_array_equal(lib, pair, options, strict):
    """Equal shapes and elements; nan/inf places; a scalar against every element; strict shapes and dtypes."""
    if strict:
        options = dict(options, strict=True)
    agree(lib, "assert_array_equal", pair, options)


@FAST
@given(pair=array_pairs(), options=COMMON, strict=st.booleans())
def test_assert_array_equal_same_dtype(lib, pair, options, strict):
    """The same, for two arrays of one dtype (the message's differences are then computed in it)."""
    left, right = pair
    if isinstance(left, np.ndarray) and isinstance(right, np.ndarray) and left.shape == right.shape:
        right = _quiet(lambda: right.astype(left.dtype))
    agree(lib, "assert_array_equal", (left, right), dict(options, strict=strict))


TOLERANCES = st.sampled_from([0.0, 1e-7, 1e-5, 1e-3, 0.1, 1.0, 0, 2])


@FAST
@given(pair=array_pairs(), rtol=TOLERANCES, atol=TOLERANCES, equal_nan=st.booleans(), options=COMMON,
       strict=st.booleans())
def test_assert_allclose(lib, pair, rtol, atol, equal_nan, options, strict):
    """|actual - desired| <= atol + rtol * |desired| in desired's float dtype; equal_nan; the header."""
    kwargs = dict(options, rtol=rtol, atol=atol, equal_nan=equal_nan, strict=strict)
    agree(lib, "assert_allclose", pair, kwargs)


@FAST
@given(pair=array_pairs(names=INEXACT, same_dtype=True), rtol=TOLERANCES, atol=TOLERANCES)
def test_assert_allclose_narrow_floats(lib, pair, rtol, atol):
    """float16, float32 and complex64 data are compared in their own precision (tolerances rounded to it)."""
    agree(lib, "assert_allclose", pair, dict(rtol=rtol, atol=atol))


@FEW
@given(x=arrays(names=FLOATS), rtol=st.sampled_from([math.inf, math.nan, 1e-7]),
       atol=st.sampled_from([math.nan, 0.0]))
def test_assert_allclose_invalid_tolerances(lib, x, rtol, atol):
    """A nan or inf tolerance warns 'One of rtol or atol is not valid' when values are compared."""
    def warned(testing):
        with warnings.catch_warnings(record=True) as log:
            warnings.simplefilter("always")
            try:
                actual = lib.build(x) if testing is lib.testing else x
                testing.assert_allclose(actual, x, rtol=rtol, atol=atol)
            except AssertionError:
                pass
        return [(w.category.__name__, str(w.message)) for w in log if "rtol" in str(w.message)]

    assert warned(lib.testing) == warned(npt)


@FAST
@given(pair=array_pairs(), decimal=st.integers(0, 9), options=COMMON)
def test_assert_array_almost_equal(lib, pair, decimal, options):
    """|desired - actual| < 1.5 * 10**-decimal elementwise; the arrays printed with decimal digits."""
    agree(lib, "assert_array_almost_equal", pair, dict(options, decimal=decimal))


@FAST
@given(pair=array_pairs(), options=COMMON, strict=st.booleans())
def test_assert_array_less(lib, pair, options, strict):
    """x < y elementwise (complex: lexicographic); nan places must agree; inf is an ordinary number here."""
    agree(lib, "assert_array_less", pair, dict(options, strict=strict))


@FEW
@given(x=arrays(names=NAMES), data=st.data())
def test_assert_array_less_shifted(lib, x, data):
    """x against x + 1 (passes unless nan, inf or wrap-around get in the way) and against x itself."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        y = x + 1 if x.dtype != bool else np.ones_like(x)
    agree(lib, "assert_array_less", (x, y))
    agree(lib, "assert_array_less", (x, data.draw(st.sampled_from([x, y]))))


@FAST
@given(pair=array_pairs(), rtol=TOLERANCES)
def test_numpy_inputs(pair, rtol):
    """tinynet.testing takes NumPy arrays and scalars as they are, and answers as numpy.testing."""
    direct = Lib("tinynet")
    direct.build = lambda obj: obj
    agree(direct, "assert_array_equal", pair)
    agree(direct, "assert_allclose", pair, dict(rtol=rtol))
    agree(direct, "assert_array_less", pair)
    agree(direct, "assert_equal", pair)


@FEW
@given(x=arrays(names=NAMES), y=arrays(names=NAMES))
def test_unrelated_arrays(lib, x, y):
    """Two independent arrays: mostly shape mismatches and failures with many differences."""
    for name in ("assert_array_equal", "assert_allclose", "assert_array_almost_equal", "assert_array_less"):
        agree(lib, name, (x, y))


@FEW
@given(x=arrays(names=FLOATS + ("int64",), shape=(7, 8)), y=arrays(names=FLOATS + ("int64",), shape=(7, 8)))
def test_long_reports(lib, x, y):
    """Large arrays: the first five mismatches and the repr cut to three lines."""
    agree(lib, "assert_allclose", (x, y))
    agree(lib, "assert_array_equal", (x, y), dict(err_msg="context"))


# ---------------------------------------------------------------------------------------------------------
# assert_equal, assert_almost_equal, assert_approx_equal
# ---------------------------------------------------------------------------------------------------------


def numpy_scalars(names=NAMES):
    return st.sampled_from(names).flatmap(
        lambda name: element_values(name).map(lambda v: _quiet(lambda: np.array(v, dtype=name)[()])))


def _quiet(fn):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fn()


PYTHON_SCALARS = st.one_of(st.booleans(), st.integers(-5, 5), st.sampled_from(SPECIAL_FLOATS),
                           st.floats(), st.builds(complex, st.sampled_from(SPECIAL_FLOATS),
                                                  st.sampled_from(SPECIAL_FLOATS)))
# never compared with an array: NumPy would make a str or object array of them
OTHER_OBJECTS = st.sampled_from(["abc", "", None])
NUMBERS = st.one_of(PYTHON_SCALARS, numpy_scalars())
SCALARS = st.one_of(NUMBERS, OTHER_OBJECTS)


def leaves():
    return st.one_of(NUMBERS, NUMBERS, arrays(names=NAMES))


@st.composite
def trees(draw, depth=2):
    """A leaf, or a list, tuple or dict of up to three trees (nested up to depth)."""
    if depth == 0 or draw(st.integers(0, 2)) == 0:
        return draw(leaves())
    kind = draw(st.sampled_from(["list", "tuple", "dict"]))
    if kind == "dict":
        keys = draw(st.lists(st.sampled_from(["a", "b", 1]), max_size=3, unique=True))
        return {k: draw(trees(depth - 1)) for k in keys}
    items = [draw(trees(depth - 1)) for _ in range(draw(st.integers(0, 3)))]
    return items if kind == "list" else tuple(items)


@st.composite
def similar_trees(draw, tree):
    """A tree like tree: the same structure with some leaves kept, some replaced."""
    if isinstance(tree, (list, tuple)):
        items = [draw(similar_trees(t)) for t in tree]
        if draw(st.integers(0, 6)) == 0:
            items = items[:-1]
        return type(tree)(items) if draw(st.integers(0, 8)) else list(items)
    if isinstance(tree, dict):
        return {k: draw(similar_trees(v)) for k, v in tree.items() if draw(st.integers(0, 8))}
    choice = draw(st.integers(0, 5))
    if choice <= 2:
        return tree
    if isinstance(tree, np.ndarray) and choice == 3:
        return draw(second_arrays(tree))
    if isinstance(tree, (np.generic, float, int, complex)) and choice == 3 and not isinstance(tree, str):
        if isinstance(tree, (complex, np.complexfloating)):
            return tree
        return _quiet(lambda: np.float32(tree))
    return draw(leaves())


@FAST
@given(data=st.data(), strict=st.booleans(), options=COMMON)
def test_assert_equal(lib, data, strict, options):
    """Dicts, lists, tuples, arrays and scalars item by item: nan == nan, 0.0 != -0.0, scalar vs array."""
    actual = data.draw(trees(), label="actual")
    desired = data.draw(similar_trees(actual), label="desired")
    agree(lib, "assert_equal", (actual, desired), dict(options, strict=strict))


@FAST
@given(actual=SCALARS, desired=SCALARS)
def test_assert_equal_scalars(lib, actual, desired):
    """Two scalars of any kinds (NumPy scalars compare in their dtypes, 0.1 == float32(0.1))."""
    agree(lib, "assert_equal", (actual, desired))
    agree(lib, "assert_equal", (actual, actual))


@FAST
@given(data=st.data(), decimal=st.integers(0, 10), options=COMMON)
def test_assert_almost_equal(lib, data, decimal, options):
    """Numbers and NumPy scalars (complex ones part by part, nan, inf), and arrays."""
    actual = data.draw(st.one_of(PYTHON_SCALARS, numpy_scalars(), arrays()), label="actual")
    if isinstance(actual, np.ndarray):
        desired = data.draw(second_arrays(actual), label="desired")
    else:
        desired = data.draw(st.one_of(st.just(actual), PYTHON_SCALARS, numpy_scalars(),
                                      st.sampled_from([1e-8, 1e-3, -1e-3]).map(
                                          lambda d: actual + d if not isinstance(actual, bool) else d)),
                            label="desired")
    agree(lib, "assert_almost_equal", (actual, desired), dict(options, decimal=decimal))


@FAST
@given(actual=st.one_of(st.sampled_from(SPECIAL_FLOATS), st.floats()),
       relative=st.sampled_from([0.0, 1e-12, 1e-8, 4e-7, 1e-6, 1e-4, 0.5, -1.0, math.nan]),
       significant=st.integers(1, 12), options=COMMON)
def test_assert_approx_equal(lib, actual, relative, significant, options):
    """Floats to significant digits (both scaled by a power of ten near their mean); nan and inf."""
    desired = actual * (1 + relative)
    agree(lib, "assert_approx_equal", (actual, desired), dict(options, significant=significant))
    agree(lib, "assert_approx_equal", (desired, actual), dict(significant=significant))


# ---------------------------------------------------------------------------------------------------------
# assert_array_max_ulp
# ---------------------------------------------------------------------------------------------------------


def same_ulp_result(got, want, context):
    assert tuple(got.shape) == want.shape, context
    assert str(got.dtype) == want.dtype.name, context
    assert got.tolist() == want.tolist(), context


@st.composite
def ulp_pairs(draw):
    x = draw(arrays(names=FLOATS + ("int16", "int64", "bool", "complex64")))
    if draw(st.integers(0, 9)) == 0:
        return x, draw(arrays(names=FLOATS))
    y = x.copy()
    if x.dtype.kind == "f":
        flat = y.reshape(-1)
        for i in range(flat.size):
            steps = draw(st.integers(-3, 3))
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                for _ in range(abs(steps)):
                    flat[i] = np.nextafter(flat[i], np.inf if steps > 0 else -np.inf)
                if draw(st.integers(0, 9)) == 0:
                    flat[i] = draw(element_values(x.dtype.name))
    y_dtype = draw(st.sampled_from([x.dtype.name] * 3 + list(FLOATS)))
    return x, _quiet(lambda: y.astype(y_dtype))


@FAST
@given(pair=ulp_pairs(), maxulp=st.sampled_from([0, 1, 2, 3, 1.5, 100, 2 ** 40]),
       dtype=st.sampled_from([None, None, "float16", "float32", "float64"]))
def test_assert_array_max_ulp(lib, pair, maxulp, dtype):
    """ULP distances of float16/32/64: ints as float64, -0.0 == 0.0, nan == nan, wrap-around across 0."""
    agree(lib, "assert_array_max_ulp", pair, dict(maxulp=maxulp, dtype=dtype), compare_result=same_ulp_result)


# ---------------------------------------------------------------------------------------------------------
# assert_raises, assert_raises_regex, assert_warns
# ---------------------------------------------------------------------------------------------------------


def raise_value_error(text="bad value 3"):
    raise ValueError(text)


def raise_key_error():
    return {}["missing"]


def quiet_function(x=1):
    return x


FUNCTIONS = {"value": raise_value_error, "key": raise_key_error, "none": quiet_function}
EXCEPTIONS = st.sampled_from([ValueError, KeyError, LookupError, Exception, (KeyError, ValueError),
                              TypeError])


def run_raises(testing, name, args, kwargs, context_form, msg):
    """Call testing.<name>, in the call form or as a context manager; return (outcome, exception caught)."""
    def call():
        if not context_form:
            return getattr(testing, name)(*args, **kwargs)
        with getattr(testing, name)(*args[:-1], **({"msg": msg} if msg else {})) as caught:
            args[-1]()
        return repr(caught.exception)

    return outcome(call)


@FAST
@given(expected=EXCEPTIONS, which=st.sampled_from(sorted(FUNCTIONS)), context_form=st.booleans(),
       msg=st.sampled_from([None, "extra words"]))
def test_assert_raises(lib, expected, which, context_form, msg):
    """Passes if the function raises expected (or a subclass), else fails 'X not raised [by f]'."""
    args = (expected, FUNCTIONS[which])
    assert run_raises(lib.testing, "assert_raises", args, {}, context_form, msg) == \
        run_raises(npt, "assert_raises", args, {}, context_form, msg)


@FAST
@given(expected=EXCEPTIONS, which=st.sampled_from(sorted(FUNCTIONS)), context_form=st.booleans(),
       pattern=st.sampled_from(["bad", "value [0-9]", "^bad", "missing", "x{2}", re.compile("BAD", re.I)]))
def test_assert_raises_regex(lib, expected, which, context_form, pattern):
    """As assert_raises, and the message must match: '"<pattern>" does not match "<message>"'."""
    args = (expected, pattern, FUNCTIONS[which])
    assert run_raises(lib.testing, "assert_raises_regex", args, {}, context_form, None) == \
        run_raises(npt, "assert_raises_regex", args, {}, context_form, None)


def bad_exception_classes(lib):
    """Not an exception class: TypeError, as in unittest."""
    for testing in (lib.testing, npt):
        with pytest.raises(TypeError, match="must be an exception type"):
            testing.assert_raises(int, quiet_function)


def test_assert_raises_rejects_non_exceptions(lib):
    bad_exception_classes(lib)
    with pytest.raises(TypeError, match="is an invalid keyword argument"):
        lib.testing.assert_raises(ValueError, other=1)


def warn_user(text="careful"):
    warnings.warn(text, UserWarning)
    return text


def warn_both():
    warnings.warn("one", UserWarning)
    warnings.warn("two", RuntimeWarning)
    return 2


WARNERS = {"user": warn_user, "both": warn_both, "none": quiet_function}


def run_warns(testing, cls, function, context_form):
    """(outcome, warnings seen outside) for assert_warns, without NumPy's own DeprecationWarning."""
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter("always")
        try:
            if context_form:
                with testing.assert_warns(cls):
                    function()
                result = ("pass", None)
            else:
                result = ("pass", testing.assert_warns(cls, function))
        except AssertionError as error:
            result = ("AssertionError", str(error))
    outside = [(w.category.__name__, str(w.message)) for w in log
               if not (w.category is DeprecationWarning and "NumPy warning suppression" in str(w.message))]
    return result, outside


@FAST
@given(cls=st.sampled_from([UserWarning, RuntimeWarning, Warning, DeprecationWarning]),
       which=st.sampled_from(sorted(WARNERS)), context_form=st.booleans())
def test_assert_warns(lib, cls, which, context_form):
    """Passes if a warning of cls is issued (swallowing it; others get through); else fails."""
    assert run_warns(lib.testing, cls, WARNERS[which], context_form) == \
        run_warns(npt, cls, WARNERS[which], context_form)


def test_assert_warns_needs_a_function(lib):
    for testing in (lib.testing, npt):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with pytest.raises(RuntimeError, match="does not use 'match'"):
                testing.assert_warns(UserWarning, match="x")
            with pytest.raises(RuntimeError, match="needs at least one arg"):
                testing.assert_warns(UserWarning, other=1)


# ---------------------------------------------------------------------------------------------------------
# The package
# ---------------------------------------------------------------------------------------------------------


def test_lazy_submodule_and_names():
    """tinynet.testing loads on first use and has numpy.testing's names for these assertions."""
    assert "testing" in tinynet.__all__
    assert tinynet.testing is tnt
    for name in tnt.__all__:
        assert hasattr(npt, name), name
        assert getattr(tnt, name).__doc__.split("\n")[0].endswith(".")
