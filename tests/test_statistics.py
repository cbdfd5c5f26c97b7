"""quantile, percentile and median against NumPy: every method, N-d shapes, every real dtype, weights.

Values are compared exactly: the virtual index, NumPy's two-sided lerp and the mean of the middle values
are computed in the same order and the same dtype as NumPy, so the answers agree bit for bit (signed
zeros included), with nan and inf in the data, int8 differences that wrap around, and float32 data with
a weak (Python number) q answering in float32.  The library under test is ``--array-lib``.
"""
import os
import warnings

import numpy
import pytest
from hypothesis import HealthCheck, assume, given, settings, strategies as st

from strategies import (ALL_DTYPES, REAL_DTYPES, NdCase, agree_nd, nd_cases, nd_shapes)

STATS = settings(max_examples=int(os.environ.get("TINYNET_EXAMPLES", "60")), deadline=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                        HealthCheck.filter_too_much])
METHODS = ["inverted_cdf", "averaged_inverted_cdf", "closest_observation", "interpolated_inverted_cdf",
           "hazen", "weibull", "linear", "median_unbiased", "normal_unbiased", "lower", "higher",
           "midpoint", "nearest"]


@pytest.fixture(scope="module")
def xp(tn):
    return tn


def axis_args(ndim):
    """None, an int (maybe negative) or a tuple of distinct axes."""
    if not ndim:
        return st.none()
    single = st.integers(-ndim, ndim - 1)
    many = st.lists(st.integers(0, ndim - 1), unique=True, min_size=1, max_size=ndim).map(tuple)
    return st.one_of(st.none(), single, many)


@st.composite
def reduced_case(draw, dtypes=REAL_DTYPES, nonempty=True):
    case = draw(nd_cases(shape=nd_shapes(max_dims=4), dtype=st.sampled_from(dtypes)))
    axis = draw(axis_args(case.ndim))
    if isinstance(axis, tuple) and len(axis) > 1:
        # NumPy merges the reduced axes with reshape(kept + (-1,)), which fails when a kept axis is 0
        assume(all(case.shape[i] for i in range(case.ndim) if i not in [k % case.ndim for k in axis]))
    if nonempty:
        axes = range(case.ndim) if axis is None else (axis if isinstance(axis, tuple) else (axis,))
        count = 1
        for i in axes:
            count *= case.shape[i]
        assume(count > 0)
    return case, axis


qs = st.one_of(
    st.sampled_from([0.0, 1.0, 0.5, 0.25, 0.1, 0.3, 0.7, 0.9, 1 / 3.0, 0, 1]),
    st.floats(0, 1),
    st.lists(st.floats(0, 1), min_size=0, max_size=3),
    st.lists(st.lists(st.sampled_from([0.0, 0.2, 0.5, 1.0]), min_size=2, max_size=2), min_size=1, max_size=2),
)


def _quiet(fn):
    def run(*args):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with numpy.errstate(all="ignore"):
                return fn(*args)
    return run


@STATS
@given(reduced_case(), qs, st.sampled_from(METHODS), st.booleans())
def test_quantile(xp, data, q, method, keepdims):
    case, axis = data
    agree_nd(_quiet(lambda np, a: np.quantile(a, q, axis=axis, method=method, keepdims=keepdims)), xp, case)


@STATS
@given(reduced_case(), st.one_of(st.sampled_from([0, 100, 50, 30, 12.5, 99.9]), st.floats(0, 100),
                                 st.lists(st.floats(0, 100), max_size=3)),
       st.sampled_from(METHODS))
def test_percentile(xp, data, q, method):
    case, axis = data
    agree_nd(_quiet(lambda np, a: np.percentile(a, q, axis=axis, method=method)), xp, case)


@STATS
@given(reduced_case(dtypes=("float32", "float64", "int64", "uint8")), qs, st.data())
def test_weighted_inverted_cdf(xp, data, q, draw):
    case, axis = data
    if axis is None or draw.draw(st.booleans()):
        shape = case.shape
    else:
        axes = axis if isinstance(axis, tuple) else (axis,)
        shape = tuple(case.shape[i] for i in axes)
    weights = draw.draw(nd_cases(shape=shape, dtype=st.sampled_from(["float64", "int64"]),
                                 elements_for=lambda d: st.integers(0, 4) if d == "int64"
                                 else st.sampled_from([0.0, 0.5, 1.0, 2.5, 0.1])))
    # NumPy sorts with its unstable default kind here, so -0.0 and 0.0 may trade places
    agree_nd(_quiet(lambda np, a, w: np.quantile(a, q, axis=axis, weights=w, method="inverted_cdf")),
             xp, case, weights, signed_zeros=False)


@STATS
@given(reduced_case(dtypes=ALL_DTYPES, nonempty=False), st.booleans())
def test_median(xp, data, keepdims):
    case, axis = data
    agree_nd(_quiet(lambda np, a: np.median(a, axis=axis, keepdims=keepdims)), xp, case)


def test_median_warns_on_an_empty_slice(xp):
    with pytest.warns(RuntimeWarning, match="Mean of empty slice"):
        assert numpy.isnan(float(xp.median(xp.zeros(0))))


def test_quantile_lerp_details(xp):
    """Exact at both ends, int8 differences wrap around as in NumPy, float32 keeps float32 for a weak q."""
    cases = [
        (NdCase([-100, 100], (2,), "int8"), 0.5),
        (NdCase([1.0, 2.0], (2,), "float32"), 0.3),
        (NdCase([1.0, 2.0], (2,), "float32"), [0.3]),
        (NdCase([1.0, float("inf")], (2,), "float64"), 1.0),
        (NdCase([3e38, 3e38], (2,), "float32"), 0.5),
    ]
    for case, q in cases:
        agree_nd(_quiet(lambda np, a: np.quantile(a, q)), xp, case)
        agree_nd(_quiet(lambda np, a: np.median(a)), xp, case)


BAD = [
    "np.percentile([1, 2], 101)",
    "np.percentile([1, 2], -1)",
    "np.quantile([1, 2], 1.5)",
    "np.quantile([1, 2], [0.5, -0.1])",
    "np.quantile([1, 2], 0.5, method='foo')",
    "np.quantile([1, 2], [[[0.5]]])",
    "np.quantile([1j, 2], 0.5)",
    "np.quantile([True, False], 0.5)",
    "np.quantile([], 0.5)",
    "np.quantile([1, 2, 3], 0.5, axis=1)",
    "np.median([1, 2, 3], axis=1)",
    "np.median([[1, 2, 3]], axis=(0, 0))",
    "np.quantile([1, 2, 3], [0.5], weights=[1, 1, 1])",
    "np.quantile([1, 2, 3], [0.5], weights=[1, 1, -1], method='inverted_cdf')",
    "np.quantile([1, 2, 3], [0.5], weights=[0, 0, 0], method='inverted_cdf')",
    "np.quantile([[1, 2, 3]], [0.5], weights=[0, 0, 1], method='inverted_cdf')",
    "np.quantile([[1, 2, 3]], [0.5], axis=1, weights=[0, 1], method='inverted_cdf')",
]


@pytest.mark.parametrize("expression", BAD)
def test_bad_input(xp, expression):
    agree_nd(_quiet(lambda np: eval(expression, {"np": np})), xp, message=True)
