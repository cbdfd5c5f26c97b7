"""Differential tests of tinynet.core.reduce_math against NumPy.

Each property draws an array (0-d to 6-d, size-0 axes included), an ``axis``
(None, an int, a tuple, negative ones too) and ``keepdims``, runs one
reduction through an *implementation* and compares with NumPy on the same
array.  The implementations are ``reduce_math`` (flat value lists and shapes,
from ``a.ravel().tolist()`` and ``a.shape``) and NumPy itself behind the same
interface, so every property also checks itself with NumPy on both sides.

What must match bit for bit (nan == nan; -0.0 != 0.0):
    sum, mean, var, std for float64, float32, complex128, complex64, int64 and
    bool (ints exactly, after wrapping to int64 as the caller will), cumsum
    for every dtype, prod and cumprod for the real dtypes, argmax, argmin,
    any, all, count_nonzero, and the groups ``reduce`` hands to its kernel.
    The values come from a pool of magnitudes (1e16, 1, -1e16, 2**60, 0.1,
    ...) under which any other order of additions gives a different answer.
What is compared with a tolerance, and why:
    max and min ignore the sign of a zero result: NumPy's SIMD kernels may
    return 0.0 or -0.0 for [0.0, -0.0].  Complex prod over an outer axis and
    complex cumprod: NumPy's elementwise complex multiply fuses a*c - b*d
    into one FMA on CPUs that have it (AVX-512 here), which pure Python does
    not; allowed error 4 ulp of each part's magnitude scale, per step.
"""
import doctest
import math
import os
import struct
import types
import warnings

import numpy as np
import pytest
from hypothesis import assume, given, settings, strategies as st

from tinynet.core import (
    cumulative,
    reduce_axes,
    reduce_extremes,
    reduce_kernels,
    reduce_layouts,
    reduce_math,
    reduce_products,
    reduce_stats,
)

# reduce_math holds the sums and means every program needs; the other reductions load on first use from
# modules of their own.  The tests reach them all through one namespace.
MODULES = (reduce_math, reduce_axes, reduce_kernels, reduce_layouts, reduce_products, reduce_extremes, reduce_stats, cumulative)
rm = types.SimpleNamespace(**{k: v for m in MODULES for k, v in vars(m).items() if not k.startswith("__")})
from tinynet.core.nested import pairwise_sum

SETTINGS = settings(max_examples=int(os.environ.get("TINYNET_EXAMPLES", "60")), deadline=None)
KIND = {"float64": "f", "float32": "f", "complex128": "c", "complex64": "c", "int64": "i", "bool": "b"}
FLOAT32 = ("float32", "complex64")

# Magnitudes that make every order of additions give a different answer.
POOL = [1e16, -1e16, 1.0, 3.0, -7.0, 0.5, 1e-3, 2.0 ** 60, -(2.0 ** 60), 123.25, 1e8, -1e8, 0.1, 3e7, -0.0, 0.0]
POOL32 = [float(np.float32(x)) for x in POOL + [1e30, -3e30, 2.0 ** -20]]
INT_POOL = [10 ** 16, -(10 ** 16), 1, 3, -7, 2 ** 60, -(2 ** 60), 123, 2 ** 53 + 1, 0]
SPECIAL = [float("nan"), float("inf"), -float("inf")]


# ---------------------------------------------------------------------------------------------------------
# Strategies
# ---------------------------------------------------------------------------------------------------------


@st.composite
def array_shapes(draw, max_size=2000):
    """Draw a shape of 0..6 axes of length 0..4, with one long axis (up to 300) now and then."""
    ndim = draw(st.integers(0, 6))
    shape = [draw(st.integers(0, 4)) for _ in range(ndim)]
    if ndim and draw(st.integers(0, 3)) == 0:
        shape[draw(st.integers(0, ndim - 1))] = draw(st.integers(5, 300))
    size = 1
    for n in shape:
        size *= n
    assume(size <= max_size)
    return tuple(shape)


def element(dtype, specials):
    if dtype == "bool":
        return st.booleans()
    if dtype == "int64":
        return st.sampled_from(INT_POOL) | st.integers(-(2 ** 63), 2 ** 63 - 1)
    pool = POOL32 if dtype in FLOAT32 else POOL
    real = st.sampled_from(pool)
    if dtype in FLOAT32:
        real = real | st.floats(width=32, allow_nan=False, allow_infinity=False)
    else:
        real = real | st.floats(-1e6, 1e6)
    if specials:
        real = real | st.sampled_from(SPECIAL)
    if dtype.startswith("complex"):
        return st.builds(complex, real, real)
    return real


@st.composite
def arrays(draw, dtypes=("float64", "float32", "complex128", "complex64", "int64", "bool"), max_size=2000):
    dtype = draw(st.sampled_from(dtypes))
    shape = draw(array_shapes(max_size=max_size))
    size = 1
    for n in shape:
        size *= n
    specials = draw(st.integers(0, 5)) == 0
    values = draw(st.lists(element(dtype, specials), min_size=size, max_size=size))
    return np.array(values, dtype=dtype).reshape(shape)


@st.composite
def axis_args(draw, ndim):
    """Draw None, an int or a tuple of distinct axes, each possibly negative."""
    choice = draw(st.integers(0, 3 if ndim else 1))
    if choice == 0:
        return None
    if choice == 1:
        return ()
    if choice == 2:
        return draw(st.integers(-ndim, ndim - 1))
    axes = draw(st.lists(st.integers(0, ndim - 1), unique=True, max_size=ndim))
    return tuple(draw(st.sampled_from([a, a - ndim])) for a in axes)


@st.composite
def single_axis(draw, ndim):
    if ndim == 0 or draw(st.booleans()):
        return None
    return draw(st.integers(-ndim, ndim - 1))


# ---------------------------------------------------------------------------------------------------------
# The two implementations behind one interface: flat values and shape in, (values, shape) out
# ---------------------------------------------------------------------------------------------------------


def _numpy_call(name, values, shape, dtype, *args, **kwargs):
    a = np.array(values, dtype=dtype).reshape(shape)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        out = np.asarray(getattr(np, name)(a, *args, **kwargs))
    return out.ravel().tolist(), out.shape


class ReduceMath:
    name = "reduce_math"

    def reduction(self, name, values, shape, dtype, axis, keepdims, **kw):
        f32 = dtype in FLOAT32
        if name in ("sum", "prod", "mean", "var", "std"):
            f = getattr(rm, name + "_values")
            if name in ("var", "std"):
                return f(values, shape, axis, keepdims, KIND[dtype], f32, kw.get("ddof", 0))
            return f(values, shape, axis, keepdims, KIND[dtype], f32)
        if name in ("argmax", "argmin"):
            return getattr(rm, name + "_values")(values, shape, axis, keepdims)
        return getattr(rm, name + "_values")(values, shape, axis, keepdims)

    def accumulate(self, name, values, shape, dtype, axis):
        return getattr(rm, name + "_values")(values, shape, axis, KIND[dtype], dtype in FLOAT32)

    def groups(self, values, shape, axis):
        return rm.reduce(values, shape, axis, list)


class NumPy:
    name = "numpy"

    def reduction(self, name, values, shape, dtype, axis, keepdims, **kw):
        return _numpy_call(name, values, shape, dtype, axis=axis, keepdims=keepdims, **kw)

    def accumulate(self, name, values, shape, dtype, axis):
        return _numpy_call(name, values, shape, dtype, axis=axis)

    def groups(self, values, shape, axis):
        return numpy_groups_by_indexing(np.array(values, dtype=object).reshape(shape), axis)


IMPLEMENTATIONS = [ReduceMath(), NumPy()]
impl_param = pytest.mark.parametrize("impl", IMPLEMENTATIONS, ids=lambda i: i.name)


def numpy_groups(a, axis):
    """The reference for ``reduce``: kept axes moved to the front, each output's elements in C order."""
    axes = rm.normalize_axes(axis, a.ndim)
    kept = [d for d in range(a.ndim) if d not in axes]
    out_shape = tuple(a.shape[d] for d in kept)
    outputs = int(np.prod(out_shape))
    count = int(np.prod([a.shape[d] for d in axes]))
    if outputs == 0:
        return [], out_shape
    moved = np.transpose(a, kept + list(axes))
    return moved.reshape(outputs, count).tolist(), out_shape


def numpy_groups_by_indexing(a, axis):
    """The same groups found another way: index each output position, ':' on the reduced axes."""
    axes = rm.normalize_axes(axis, a.ndim)
    out_shape = tuple(n for d, n in enumerate(a.shape) if d not in axes)
    groups = []
    for position in np.ndindex(*out_shape):
        it = iter(position)
        index = tuple(slice(None) if d in axes else next(it) for d in range(a.ndim))
        groups.append(np.asarray(a[index]).ravel().tolist())
    return groups, out_shape


# ---------------------------------------------------------------------------------------------------------
# Comparison
# ---------------------------------------------------------------------------------------------------------


def _float_bits(x):
    if x != x:
        return "nan"
    return struct.pack("<d", x)


def wrap64(x):
    return ((x + 2 ** 63) % 2 ** 64) - 2 ** 63


def key(x, signed_zeros=True):
    """A key equal for bit-identical results (all nans alike; ints wrapped to int64)."""
    if isinstance(x, bool):
        return ("b", x)
    if isinstance(x, int):
        return ("i", wrap64(x))
    if isinstance(x, complex):
        return ("c", key(x.real, signed_zeros), key(x.imag, signed_zeros))
    if not signed_zeros and x == 0:
        return ("f", 0.0)
    return ("f", _float_bits(x))


def assert_bit_equal(got, expected, what, signed_zeros=True):
    got_values, got_shape = got
    exp_values, exp_shape = expected
    assert got_shape == exp_shape, "%s: shape %s != NumPy's %s" % (what, got_shape, exp_shape)
    got_keys = [key(v, signed_zeros) for v in got_values]
    exp_keys = [key(v, signed_zeros) for v in exp_values]
    if got_keys != exp_keys:
        bad = [i for i in range(len(exp_keys)) if got_keys[i] != exp_keys[i]][:3]
        raise AssertionError("%s: values differ at flat %s: %s vs NumPy's %s" % (
            what, bad, [got_values[i] for i in bad], [exp_values[i] for i in bad]))


def _close_part(x, y, scale):
    if x != x or y != y:
        return x != x and y != y
    if math.isinf(x) or math.isinf(y):
        return x == y
    return abs(x - y) <= scale


def assert_close_complex(got, expected, what, steps, eps):
    """Allow 4 ulp per multiplication step of the larger part's magnitude (NumPy fuses with FMA)."""
    assert got[1] == expected[1], "%s: shape %s != %s" % (what, got[1], expected[1])
    tiniest = 2.0 ** -1074 if eps < 1e-10 else 2.0 ** -149
    for z, w in zip(got[0], expected[0]):
        z, w = complex(z), complex(w)
        scale = 4 * (steps + 1) * (eps * max(abs(w.real), abs(w.imag)) + tiniest)
        if z.real != z.real or z.imag != z.imag:
            scale = 0
        assert _close_part(z.real, w.real, scale) and _close_part(z.imag, w.imag, scale), \
            "%s: %r vs NumPy's %r" % (what, z, w)


def reference(name, a, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        out = np.asarray(getattr(np, name)(a, **kwargs))
    return out.ravel().tolist(), out.shape


def describe(name, a, axis, keepdims=None):
    return "%s(%s %s, axis=%r, keepdims=%r)" % (name, a.dtype, a.shape, axis, keepdims)


# ---------------------------------------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------------------------------------


@impl_param
@SETTINGS
@given(data=st.data())
def test_sum_mean_var_std_bit_exact(impl, data):
    a = data.draw(arrays())
    axis = data.draw(axis_args(a.ndim))
    keepdims = data.draw(st.booleans())
    values, dtype = a.ravel().tolist(), str(a.dtype)
    for name in ("sum", "mean", "var", "std"):
        kwargs = {}
        if name in ("var", "std"):
            kwargs["ddof"] = data.draw(st.integers(0, 2))
        got = impl.reduction(name, values, a.shape, dtype, axis, keepdims, **kwargs)
        expected = reference(name, a, axis=axis, keepdims=keepdims, **kwargs)
        assert_bit_equal(got, expected, describe(name, a, axis, keepdims))


@impl_param
@SETTINGS
@given(data=st.data())
def test_sum_of_long_runs_bit_exact(impl, data):
    """Runs longer than NumPy's pairwise block (128) and its cast buffer (8192) for int means."""
    dtype = data.draw(st.sampled_from(["float64", "float32", "complex128", "int64"]))
    shape = data.draw(st.sampled_from([(9000,), (2, 4500), (3, 3000), (3000, 3), (2, 3, 1500), (8300, 1)]))
    size = int(np.prod(shape))
    seed = data.draw(st.integers(0, 2 ** 32 - 1))
    rng = np.random.default_rng(seed)
    pool = np.array(INT_POOL if dtype == "int64" else (POOL32 if dtype in FLOAT32 else POOL))
    a = rng.choice(pool, size=size).astype(dtype).reshape(shape)
    if dtype.startswith("complex"):
        a = a + 1j * rng.choice(pool, size=size).reshape(shape)
    axis = data.draw(axis_args(a.ndim))
    values = a.ravel().tolist()
    for name in ("sum", "mean"):
        got = impl.reduction(name, values, a.shape, str(a.dtype), axis, False)
        assert_bit_equal(got, reference(name, a, axis=axis), describe(name, a, axis))


@impl_param
@SETTINGS
@given(data=st.data())
def test_prod_and_running_reductions(impl, data):
    a = data.draw(arrays(max_size=300))
    if a.dtype.kind == "f":  # vary the magnitudes
        a = a / np.asarray(data.draw(st.sampled_from([1.0, 3.0, 1e8, 0.5])), dtype=a.dtype)
    if a.dtype.kind == "c":  # keep complex products (compared with a tolerance) in range
        with np.errstate(all="ignore"):
            a = np.where(np.abs(a) > 2, a / np.maximum(np.abs(a), 1), a).astype(a.dtype)
    values, dtype = a.ravel().tolist(), str(a.dtype)
    axis = data.draw(axis_args(a.ndim))
    keepdims = data.draw(st.booleans())
    what = describe("prod", a, axis, keepdims)
    eps = 2.0 ** -23 if dtype in FLOAT32 else 2.0 ** -52
    got = impl.reduction("prod", values, a.shape, dtype, axis, keepdims)
    expected = reference("prod", a, axis=axis, keepdims=keepdims)
    if a.dtype.kind == "c":
        assert_close_complex(got, expected, what, a.size, eps)
    else:
        assert_bit_equal(got, expected, what)
    line = data.draw(single_axis(a.ndim))
    got = impl.accumulate("cumsum", values, a.shape, dtype, line)
    assert_bit_equal(got, reference("cumsum", a, axis=line), describe("cumsum", a, line))
    got = impl.accumulate("cumprod", values, a.shape, dtype, line)
    expected = reference("cumprod", a, axis=line)
    if a.dtype.kind == "c":
        assert_close_complex(got, expected, describe("cumprod", a, line), a.size, eps)
    else:
        assert_bit_equal(got, expected, describe("cumprod", a, line))


@impl_param
@SETTINGS
@given(data=st.data())
def test_extremes_and_logic(impl, data):
    a = data.draw(arrays(max_size=500))
    values, dtype = a.ravel().tolist(), str(a.dtype)
    axis = data.draw(axis_args(a.ndim))
    keepdims = data.draw(st.booleans())
    for name in ("any", "all", "count_nonzero"):
        got = impl.reduction(name, values, a.shape, dtype, axis, keepdims)
        assert_bit_equal(got, reference(name, a, axis=axis, keepdims=keepdims), describe(name, a, axis))
    empty = rm.reduced_count(a.shape, rm.normalize_axes(axis, a.ndim)) == 0
    for name in ("max", "min"):
        if empty:
            with pytest.raises(ValueError, match="zero-size array to reduction operation"):
                impl.reduction(name, values, a.shape, dtype, axis, keepdims)
            continue
        got = impl.reduction(name, values, a.shape, dtype, axis, keepdims)
        expected = reference(name, a, axis=axis, keepdims=keepdims)
        assert_bit_equal(got, expected, describe(name, a, axis, keepdims), signed_zeros=False)
    line = data.draw(single_axis(a.ndim))
    line_empty = a.size == 0 if line is None else a.shape[line] == 0
    for name in ("argmax", "argmin"):
        if line_empty:
            with pytest.raises(ValueError, match="attempt to get %s of an empty sequence" % name):
                impl.reduction(name, values, a.shape, dtype, line, keepdims)
            continue
        got = impl.reduction(name, values, a.shape, dtype, line, keepdims)
        assert_bit_equal(got, reference(name, a, axis=line, keepdims=keepdims), describe(name, a, line))


@impl_param
@SETTINGS
@given(data=st.data())
def test_reduce_groups_in_c_order(impl, data):
    shape = data.draw(array_shapes(max_size=500))
    size = int(np.prod(shape))
    values = list(range(size))
    axis = data.draw(axis_args(len(shape)))
    keepdims = data.draw(st.booleans())
    groups, out_shape = impl.groups(values, shape, axis)
    expected, expected_shape = numpy_groups(np.array(values, dtype=object).reshape(shape), axis)
    assert (groups, out_shape) == (expected, expected_shape)
    got = rm.reduce(values, shape, axis, len, keepdims=keepdims)
    assert got[1] == rm.reduced_shape(shape, rm.normalize_axes(axis, len(shape)), keepdims)


@SETTINGS
@given(data=st.data())
def test_group_fast_paths_match_index_version(data):
    shape = data.draw(array_shapes(max_size=500))
    axes = rm.normalize_axes(data.draw(axis_args(len(shape))), len(shape))
    assume(0 not in shape)
    values = list(range(int(np.prod(shape))))
    reduced = [d in axes for d in range(len(shape))]
    blocks = rm._merge_axes(shape, reduced)
    count = rm.reduced_count(shape, axes)
    assert rm._groups(values, shape, reduced) == rm.groups_by_index(values, blocks, count)


@given(st.lists(st.floats(-1e300, 1e300), max_size=600))
@SETTINGS
def test_lane_pairwise_is_nested_pairwise_sum(values):
    assert key(rm._pairwise_lanes(values, 0, len(values), 8, False)) == key(pairwise_sum(values))


# ---------------------------------------------------------------------------------------------------------
# Axes, errors, contracts
# ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("axis, ndim, expected", [
    (None, 3, (0, 1, 2)), (1, 3, (1,)), (-1, 3, (2,)), ((2, -3), 3, (0, 2)), ((), 2, ()), (None, 0, ()),
    (np.int64(1), 2, (1,)),
])
def test_normalize_axes(axis, ndim, expected):
    assert rm.normalize_axes(axis, ndim) == expected


@pytest.mark.parametrize("axis, ndim, error, message", [
    (2, 2, rm.AxisError, "axis 2 is out of bounds for array of dimension 2"),
    (-3, 2, rm.AxisError, "axis -3 is out of bounds for array of dimension 2"),
    (0, 0, rm.AxisError, "axis 0 is out of bounds for array of dimension 0"),
    ((0, 5), 2, rm.AxisError, "axis 5 is out of bounds for array of dimension 2"),
    ((0, -2), 2, ValueError, "duplicate value in 'axis'"),
    ((0, 0, 5), 2, rm.AxisError, "axis 5 is out of bounds for array of dimension 2"),
    (1.0, 2, TypeError, "'float' object cannot be interpreted as an integer"),
    ([0, 1], 2, TypeError, "'list' object cannot be interpreted as an integer"),
])
def test_axis_errors_match_numpy(axis, ndim, error, message):
    with pytest.raises(error) as ours:
        rm.normalize_axes(axis, ndim)
    assert str(ours.value) == message
    numpy_error = np.exceptions.AxisError if error is rm.AxisError else error
    reduction = np.sum if ndim else np.mean  # np.sum lets a 0-d array take axis 0 (tested below)
    with pytest.raises(numpy_error) as theirs:
        reduction(np.zeros((1,) * ndim), axis=axis)
    assert str(theirs.value) == message


@pytest.mark.parametrize("name", ["sum", "prod", "max", "min", "any", "all", "count_nonzero", "mean", "var",
                                  "std", "argmax", "argmin", "cumsum", "cumprod"])
@pytest.mark.parametrize("axis", [None, 0, -1, 1, (), (0,)])
@pytest.mark.parametrize("keepdims", [False, True])
def test_zero_d_axes_follow_numpy(name, axis, keepdims):
    """0-d arrays: ufunc reductions also take axis 0 and -1; argmax and cumsum flatten to 1-d first."""
    a = np.array(-2.5)
    if name in ("cumsum", "cumprod"):
        if keepdims:
            return
        call = lambda f, *args: f(*args, axis=axis)  # noqa: E731
        ours = lambda: getattr(rm, name + "_values")([-2.5], (), axis)  # noqa: E731
    else:
        ours = lambda: getattr(rm, name + "_values")([-2.5], (), axis, keepdims)  # noqa: E731
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            expected = np.asarray(getattr(np, name)(a, axis=axis, **({} if name.startswith("cum") else
                                                                    {"keepdims": keepdims})))
    except Exception as error:  # noqa: BLE001 - the same kind of error, with the same message
        kind = rm.AxisError if isinstance(error, np.exceptions.AxisError) else type(error)
        with pytest.raises(kind) as raised:
            ours()
        assert str(raised.value) == str(error)
        return
    assert_bit_equal(ours(), (expected.ravel().tolist(), expected.shape), "%s(0-d, axis=%r)" % (name, axis))


def test_axis_error_is_value_and_index_error():
    assert issubclass(rm.AxisError, ValueError) and issubclass(rm.AxisError, IndexError)
    assert rm.AxisError.__module__ == "tinynet"


@pytest.mark.parametrize("name, numpy_name", [("max", "maximum"), ("min", "minimum")])
def test_empty_extreme_message(name, numpy_name):
    message = "zero-size array to reduction operation %s which has no identity" % numpy_name
    with pytest.raises(ValueError) as ours:
        getattr(rm, name + "_values")([], (3, 0), 1)
    with pytest.raises(ValueError) as theirs:
        getattr(np, name)(np.zeros((3, 0)), axis=1)
    assert str(ours.value) == str(theirs.value) == message


def test_empty_reductions():
    assert rm.sum_values([], (0, 3), 0) == ([0.0, 0.0, 0.0], (3,))
    assert rm.sum_values([], (0, 3), 0, dtype_kind="i") == ([0, 0, 0], (3,))
    assert rm.prod_values([], (2, 0), 1, dtype_kind="c") == ([1 + 0j, 1 + 0j], (2,))
    assert rm.max_values([], (0, 3), 1) == ([], (0,))
    mean = rm.mean_values([], (0,), None)[0][0]
    assert mean != mean and rm.reduced_count((0,), (0,)) == 0


def test_inputs_not_mutated():
    values = [3.0, 1.0, 2.0, 5.0]
    for f in (rm.sum_values, rm.mean_values, rm.var_values, rm.max_values, rm.prod_values):
        f(values, (2, 2), 0)
    rm.cumsum_values(values, (2, 2), 1)
    assert values == [3.0, 1.0, 2.0, 5.0]


def test_round_float32():
    for x in (0.1, 1e39, -1e39, 3.4028235e38, 1e-46, float("inf")):
        with np.errstate(over="ignore"):
            assert key(rm.round_float32(x)) == key(float(np.float32(x)))


def test_doctests():
    tried = 0
    for module in MODULES:
        result = doctest.testmod(module)
        assert result.failed == 0, module.__name__
        tried += result.attempted
    assert tried > 20
