"""Differential tests: reductions (sum, mean, max, min, argmax, argmin, std, var) agree with NumPy.

Each reduction is called as a function and as a method, with axis None, valid axes (negative too) and an
occasional invalid one (NumPy raises AxisError, which is both a ValueError and an IndexError), with and
without keepdims.  Integer sums are exact (bool sums give int64; uint8 sums give an unsigned int in NumPy,
so only the kind is compared there).  max/min/argmax/argmin are exact (nan propagates; the first nan or the
first extreme wins).  Float sums and means are allowed the reordering error of pairwise summation, std and
var a bound derived from it (see the helpers below).
"""
import math

import numpy
import pytest
from hypothesis import given, strategies as st

from strategies import (EPS, INT31, PROPERTY, TINIEST, ArrayCase, Scalar, agree, array_cases, dtypes, shapes,
                        sum_tolerance)

FLOAT_BOUND = 1e300  # sums of up to 24 * 24 such values cannot overflow
SPREAD_BOUND = 1e150  # squares of deviations cannot overflow


@st.composite
def reduction_cases(draw, max_abs=FLOAT_BOUND, dtype_names=("bool", "uint8", "int64", "float64", "float64")):
    """Draw (array, axis, keepdims): axis is None, valid, or now and then out of range."""
    a = draw(array_cases(dtype=dtypes(dtype_names), int_bound=INT31, max_abs=max_abs))
    ndim = a.ndim
    if ndim == 0:
        # NumPy accepts axis=0 on 0-d arrays in sum/max/argmax (a legacy special case of ufunc
        # reductions) but raises AxisError in mean/std/var; neither is asked of the library under test.
        return a, None, draw(st.sampled_from([None, False, True]))
    axis = draw(st.one_of(st.sampled_from([None] + list(range(-ndim, ndim)) * 3),
                          st.sampled_from([ndim, -ndim - 1])))
    keepdims = draw(st.sampled_from([None, False, True]))
    return a, axis, keepdims


def _call(xp, x, name, axis, keepdims, method, extra=None):
    """Call x.name(...) or xp.name(x, ...) with axis/keepdims given only when set."""
    kwargs = dict(extra or {})
    if axis is not None:
        kwargs["axis"] = axis
    if keepdims is not None:
        kwargs["keepdims"] = keepdims
    if method:
        return getattr(x, name)(**kwargs)
    return getattr(xp, name)(x, **kwargs)


def _valid_axis(a, axis):
    return axis is None or -a.ndim <= axis < a.ndim


def _count(a, axis):
    return a.size if axis is None else a.shape[axis]


def _variance_tolerance(np_x, axis, keepdims, ddof=0):
    """Allowed error of var: 8 * (n + 2) * eps * max|x|**2 * n / (n - ddof), per result element."""
    x = numpy.abs(np_x.astype(float))
    n = np_x.size if axis is None else np_x.shape[axis]
    if x.size == 0:
        return 0.0
    with numpy.errstate(all="ignore"):
        biggest = numpy.max(x, axis=axis, keepdims=bool(keepdims)) if n else 0.0
        return 8 * (n + 2) * EPS * biggest ** 2 * n / max(n - ddof, 1) + TINIEST


@pytest.mark.parametrize("method", [False, True], ids=["function", "method"])
@pytest.mark.parametrize("name", ["sum", "mean"])
@PROPERTY
@given(case=reduction_cases())
def test_sum_and_mean(tn, name, method, case):
    """np.sum / a.sum and np.mean / a.mean along any axis, with keepdims."""
    a, axis, keepdims = case
    tol = 0.0
    if _valid_axis(a, axis):
        tol = sum_tolerance(a.numpy(), axis, bool(keepdims), mean=(name == "mean"))
    agree(lambda xp, x: _call(xp, x, name, axis, keepdims, method), tn, a, atol=tol)


@pytest.mark.parametrize("method", [False, True], ids=["function", "method"])
@pytest.mark.parametrize("name", ["max", "min", "argmax", "argmin"])
@PROPERTY
@given(case=reduction_cases())
def test_extremes(tn, name, method, case):
    """max/min keep the dtype and propagate nan; argmax/argmin give the first index (int64)."""
    a, axis, keepdims = case
    agree(lambda xp, x: _call(xp, x, name, axis, keepdims, method), tn, a, signed_zeros=False)


@pytest.mark.parametrize("method", [False, True], ids=["function", "method"])
@pytest.mark.parametrize("name", ["std", "var"])
@PROPERTY
@given(case=reduction_cases(max_abs=SPREAD_BOUND))
def test_std_and_var(tn, name, method, case):
    """np.std / np.var (population, ddof=0) along any axis, with keepdims; float64 results."""
    a, axis, keepdims = case
    tol = 0.0
    if _valid_axis(a, axis):
        tol = _variance_tolerance(a.numpy(), axis, keepdims)
        if name == "std":
            tol = numpy.sqrt(tol) * 1.01 + TINIEST
    agree(lambda xp, x: _call(xp, x, name, axis, keepdims, method), tn, a, atol=tol)


@pytest.mark.parametrize("name", ["std", "var"])
@pytest.mark.parametrize("ddof", [0, 1, 2])
@PROPERTY
@given(case=reduction_cases(max_abs=SPREAD_BOUND, dtype_names=("int64", "float64")))
def test_std_and_var_with_ddof(tn, name, ddof, case):
    """ddof=1 gives the sample variance (divide by n - 1); n - ddof <= 0 gives inf or nan, as in NumPy."""
    a, axis, keepdims = case
    tol = 0.0
    if _valid_axis(a, axis):
        tol = _variance_tolerance(a.numpy(), axis, keepdims, ddof)
        if name == "std":
            tol = numpy.sqrt(tol) * 1.01 + TINIEST
    agree(lambda xp, x: _call(xp, x, name, axis, keepdims, False, {"ddof": ddof}), tn, a, atol=tol)
    agree(lambda xp, x: _call(xp, x, name, axis, keepdims, True, {"ddof": ddof}), tn, a, atol=tol)


@pytest.mark.parametrize("name", ["sum", "mean", "max", "min", "argmax", "argmin", "std", "var"])
@PROPERTY
@given(a=array_cases(shape=shapes(min_dims=1, min_side=1), dtype=dtypes(["int64", "float64"]),
                     int_bound=INT31, max_abs=SPREAD_BOUND),
       axis=st.sampled_from([0, -1]))
def test_positional_axis(tn, name, a, axis):
    """a.sum(0), np.max(a, -1): the axis may be passed positionally."""
    tol = 0.0
    if name in ("sum", "mean"):
        tol = sum_tolerance(a.numpy(), axis, mean=(name == "mean"))
    elif name in ("std", "var"):
        tol = _variance_tolerance(a.numpy(), axis, False)
        tol = numpy.sqrt(tol) * 1.01 + TINIEST if name == "std" else tol
    agree(lambda xp, x: getattr(x, name)(axis), tn, a, atol=tol, signed_zeros=False)
    agree(lambda xp, x: getattr(xp, name)(x, axis), tn, a, atol=tol, signed_zeros=False)


@PROPERTY
@given(a=array_cases(dtype="bool"), axis=st.sampled_from([None, 0, -1]))
def test_sum_of_bool_counts(tn, a, axis):
    """np.sum(mask) counts True values as an int64 (accuracy = np.mean(pred == y) also uses this)."""
    if axis is not None and a.ndim == 0:
        axis = None
    agree(lambda xp, x: xp.sum(x, axis=axis), tn, a)
    agree(lambda xp, x: (x == True).mean(), tn, a)  # noqa: E712 -- elementwise comparison on purpose


@pytest.mark.parametrize("name", ["sum", "mean", "max", "min", "argmax", "argmin", "std", "var"])
@pytest.mark.parametrize("shape", [(0,), (0, 3), (3, 0)])
def test_empty_reductions(tn, name, shape):
    """sum of nothing is 0, mean of nothing is nan, max/argmax of nothing raise ValueError."""
    a = ArrayCase([] if shape[0] == 0 else [[]] * shape[0], shape, "float64")
    for axis in [None, 0, -1]:
        agree(lambda xp, x: getattr(xp, name)(x, axis=axis), tn, a)


@PROPERTY
@given(a=array_cases(shape=shapes(min_dims=1, max_dims=2), dtype=dtypes(["int64", "float64"]),
                     int_bound=INT31))
def test_builtin_sum_max_min_iterate(tn, a):
    """Python's sum(a), max(a), min(a) iterate over the first axis and combine the items as NumPy does."""
    agree(lambda xp, x: sum(x), tn, a)
    if a.ndim == 1 and a.shape[0] > 0:
        agree(lambda xp, x: max(x), tn, a)
        agree(lambda xp, x: min(x), tn, a)


@PROPERTY
@given(a=array_cases(shape=shapes(min_dims=2, max_dims=2, min_side=1), dtype="float64",
                     nonfinite=False, max_abs=1e3))
def test_softmax_normalisation(tn, a):
    """exp(z - max(z, axis=1, keepdims=True)) / sum(..., axis=1, keepdims=True), as in a softmax classifier."""

    def softmax(xp, z):
        e = xp.exp(z - xp.max(z, axis=1, keepdims=True))
        return e / xp.sum(e, axis=1, keepdims=True)

    agree(softmax, tn, a, atol=(a.shape[1] + 8) * 4 * EPS)


def test_mean_of_large_ints_is_float(tn):
    """np.mean of int64 is computed in float64; the result is a float64 scalar."""
    a = ArrayCase([2 ** 53, 1, 2 ** 40, -3], (4,), "int64")
    agree(lambda xp, x: x.mean(), tn, a, atol=sum_tolerance(a.numpy(), mean=True))
    assert math.isfinite(float(numpy.mean(a.numpy())))


@pytest.mark.parametrize("name", ["sum", "mean", "max", "min", "argmax", "argmin", "std", "var"])
@PROPERTY
@given(values=st.lists(st.one_of(st.integers(-1000, 1000), st.floats(-1e6, 1e6)), min_size=1, max_size=12))
def test_reductions_of_python_lists(tn, name, values):
    """np.mean(losses) over a Python list of numbers, as training loops collect them."""
    x = numpy.array(values, dtype=float)
    tol = None
    if name in ("sum", "mean"):
        tol = sum_tolerance(x, mean=name == "mean")
    elif name in ("std", "var"):
        tol = _variance_tolerance(x, None, False)
        tol = numpy.sqrt(tol) * 1.01 + TINIEST if name == "std" else tol
    agree(lambda xp: getattr(xp, name)(values), tn, atol=tol, signed_zeros=False)


@PROPERTY
@given(values=st.lists(st.floats(-1e6, 1e6), min_size=1, max_size=12))
def test_mean_of_collected_scalars(tn, values):
    """np.mean([a.sum(), b.sum()]) over a list of NumPy-like scalars."""
    scalars = [Scalar(v, "float64") for v in values]
    agree(lambda xp, items: xp.mean(items), tn, scalars,
          atol=sum_tolerance(numpy.array(values), mean=True))
