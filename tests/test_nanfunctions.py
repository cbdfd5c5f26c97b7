"""The nan-functions against NumPy: nansum, nanprod, nancumsum, nancumprod, nanmean, nanvar, nanstd, nanmin,
nanmax, nanargmin, nanargmax, nanmedian, nanquantile and nanpercentile.

Shapes of 0 to 4 axes (size 0 included), every dtype NumPy accepts, and values where about one in three is
nan, so that all-nan slices are common.  Results are compared exactly: the sums are NumPy's sums of the
array with nan replaced, in NumPy's order, and the means and variances take NumPy's steps in its dtypes.
Signed zeros are not compared for nanmin/nanmax (NumPy's fmin/fmax leave the sign of a zero open) nor for
nanmedian (NumPy's masked-array median adds the middle values without the 0.0 start).  NumPy's warnings ("Mean of empty slice", "All-NaN slice encountered", "Degrees of freedom <= 0 for
slice.") and its errors are checked by name.  The library under test is ``--array-lib``.
"""
import os
import warnings

import numpy
import pytest
from hypothesis import HealthCheck, assume, given, settings, strategies as st

from strategies import ALL_DTYPES, NdCase, agree_nd, nd_cases, nd_elements, nd_shapes

NANS = settings(max_examples=int(os.environ.get("TINYNET_EXAMPLES", "50")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.filter_too_much])
NAN = float("nan")


@pytest.fixture(scope="module")
def xp(tn):
    return tn


def with_nans(dtype):
    element = nd_elements(dtype)
    if dtype in ("float16", "float32", "float64"):
        return st.one_of(st.just(NAN), element, element)
    if dtype in ("complex64", "complex128"):
        return st.one_of(st.just(complex(NAN, 0.0)), st.just(complex(1.0, NAN)), element, element)
    return element


def axis_args(ndim, tuples=True):
    if not ndim:
        return st.sampled_from([None, 0, -1])
    single = st.integers(-ndim, ndim - 1)
    if not tuples:
        return st.one_of(st.none(), single)
    many = st.lists(st.integers(0, ndim - 1), unique=True, min_size=1, max_size=ndim).map(tuple)
    return st.one_of(st.none(), single, many)


@st.composite
def nan_case(draw, dtypes=ALL_DTYPES, tuples=True):
    case = draw(nd_cases(shape=nd_shapes(max_dims=4), dtype=st.sampled_from(dtypes), elements_for=with_nans))
    return case, draw(axis_args(case.ndim, tuples))


def _quiet(fn):
    def run(*args):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with numpy.errstate(all="ignore"):
                return fn(*args)
    return run


@NANS
@given(nan_case(), st.sampled_from(["nansum", "nanprod"]), st.booleans())
def test_nansum_nanprod(xp, data, name, keepdims):
    case, axis = data
    agree_nd(_quiet(lambda np, a: getattr(np, name)(a, axis=axis, keepdims=keepdims)), xp, case)


@NANS
@given(nan_case(tuples=False), st.sampled_from(["nancumsum", "nancumprod"]))
def test_nancumsum_nancumprod(xp, data, name):
    case, axis = data
    agree_nd(_quiet(lambda np, a: getattr(np, name)(a, axis=axis)), xp, case)


@NANS
@given(nan_case(), st.booleans())
def test_nanmean(xp, data, keepdims):
    case, axis = data
    agree_nd(_quiet(lambda np, a: np.nanmean(a, axis=axis, keepdims=keepdims)), xp, case)


@NANS
@given(nan_case(), st.sampled_from(["nanvar", "nanstd"]), st.integers(0, 2), st.booleans())
def test_nanvar_nanstd(xp, data, name, ddof, keepdims):
    case, axis = data
    agree_nd(_quiet(lambda np, a: getattr(np, name)(a, axis=axis, ddof=ddof, keepdims=keepdims)), xp, case)


@NANS
@given(nan_case(), st.sampled_from(["nanmin", "nanmax"]), st.booleans())
def test_nanmin_nanmax(xp, data, name, keepdims):
    case, axis = data
    agree_nd(_quiet(lambda np, a: getattr(np, name)(a, axis=axis, keepdims=keepdims)), xp, case,
             signed_zeros=False)


@NANS
@given(nan_case(dtypes=("float64", "float32", "int16")), st.sampled_from(["nanmin", "nanmax"]),
       st.sampled_from([-1.0, 0.0, 2.5]), st.booleans())
def test_nanmin_nanmax_initial_and_where(xp, data, name, initial, masked):
    case, axis = data
    mask = NdCase(numpy.arange(case.size).reshape(case.shape).__mod__(2).astype(bool).tolist(), case.shape,
                  "bool")
    where = mask if masked else True

    def fn(np, a, w):
        return getattr(np, name)(a, axis=axis, initial=initial, where=w if masked else True)
    agree_nd(_quiet(fn), xp, case, where, signed_zeros=False)


@NANS
@given(nan_case(tuples=False), st.sampled_from(["nanargmin", "nanargmax"]), st.booleans())
def test_nanargmin_nanargmax(xp, data, name, keepdims):
    case, axis = data
    agree_nd(_quiet(lambda np, a: getattr(np, name)(a, axis=axis, keepdims=keepdims)), xp, case, message=True)


@NANS
@given(nan_case(dtypes=tuple(d for d in ALL_DTYPES if d not in ("float16",))), st.booleans())
def test_nanmedian(xp, data, keepdims):
    case, axis = data
    if isinstance(axis, tuple) and len(axis) > 1:  # NumPy's reshape(kept + (-1,)) fails on a kept length 0
        assume(all(case.shape[i] for i in range(case.ndim) if i not in axis))
    if case.dtype in ("complex64", "complex128"):  # NumPy's masked mean of one complex inf gives nan+nanj
        assume(all(numpy.isfinite(z) or numpy.isnan(z) for z in numpy.ravel(case.build(numpy))))
    agree_nd(_quiet(lambda np, a: np.nanmedian(a, axis=axis, keepdims=keepdims)), xp, case, signed_zeros=False)


@NANS
@given(nan_case(dtypes=("float64", "float32", "int64", "uint8")),
       st.one_of(st.floats(0, 1), st.lists(st.floats(0, 1), max_size=3)),
       st.sampled_from(["linear", "lower", "hazen", "midpoint", "nearest", "inverted_cdf", "weibull"]))
def test_nanquantile_nanpercentile(xp, data, q, method):
    case, axis = data
    if isinstance(axis, tuple) and len(axis) > 1:
        assume(all(case.shape[i] for i in range(case.ndim) if i not in axis))
    n = case.size if axis is None or not case.ndim else numpy.prod(
        [case.shape[i] for i in (axis if isinstance(axis, tuple) else (axis,))] or [1])
    assume(n > 0)
    agree_nd(_quiet(lambda np, a: np.nanquantile(a, q, axis=axis, method=method)), xp, case)
    percent = [100 * x for x in q] if isinstance(q, list) else 100 * q
    if all(0 <= x <= 100 for x in (percent if isinstance(percent, list) else [percent])):
        agree_nd(_quiet(lambda np, a: np.nanpercentile(a, percent, axis=axis, method=method)), xp, case)


# ---------------------------------------------------------------------------------------------------------
# warnings and errors
# ---------------------------------------------------------------------------------------------------------

WARNINGS = [
    ("np.nanmean(np.array([np.nan, np.nan]))", "Mean of empty slice"),
    ("np.nanmax(np.array([[np.nan, 1.0], [np.nan, np.nan]]), axis=1)", "All-NaN slice encountered"),
    ("np.nanmin(np.array([np.nan]))", "All-NaN slice encountered"),
    ("np.nanmedian(np.array([np.nan, np.nan]))", "All-NaN slice encountered"),
    ("np.nanmedian(np.array([]))", "Mean of empty slice"),
    ("np.nanquantile(np.array([np.nan]), 0.5)", "All-NaN slice encountered"),
    ("np.nanvar(np.array([np.nan, 1.0]), ddof=1)", "Degrees of freedom <= 0 for slice."),
]


@pytest.mark.parametrize("expression, message", WARNINGS)
def test_warnings(xp, expression, message):
    with pytest.warns(RuntimeWarning, match=message.replace(".", r"\.").replace("<", "<")):
        value = eval(expression, {"np": xp})
    assert numpy.isnan(numpy.asarray(value.tolist() if hasattr(value, "tolist") else value)).any()


BAD = [
    "np.nanargmax(np.array([[np.nan, 1.0], [np.nan, np.nan]]), axis=1)",
    "np.nanargmin(np.array([np.nan]))",
    "np.nanargmax(np.array([]))",
    "np.nanmin(np.array([]))",
    "np.nanmin(np.array([], dtype=int))",
    "np.nanmax(np.array([np.nan, 1.0]), where=[False, True])",
    "np.nanmean(np.array([1.0, 2.0]), dtype=int)",
    "np.nanvar(np.array([1.0, np.nan]), ddof=1, correction=1)",
    "np.nansum(np.zeros((2, 3)), axis=2)",
    "np.nanmean(np.zeros((2, 3)), axis=(0, 0))",
    "np.nanpercentile(np.array([1.0, np.nan]), 101)",
    "np.nanquantile(np.array([1.0, np.nan]), 0.5, method='foo')",
]


@pytest.mark.parametrize("expression", BAD)
def test_bad_input(xp, expression):
    agree_nd(_quiet(lambda np: eval(expression, {"np": np})), xp, message=True)
