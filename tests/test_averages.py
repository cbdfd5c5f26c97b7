"""average, ptp, cov, corrcoef, digitize, cumulative_sum and cumulative_prod against NumPy.

Exact: average (the products and their sum are NumPy's, in its order), ptp, digitize and the cumulative
functions.  cov and corrcoef multiply X by X^T, which NumPy hands to BLAS (another order of additions):
allowed there, per element, 1e-12 of the largest |entry| (data in -10..10, so nothing overflows).
The library under test is ``--array-lib``.
"""
import os
import warnings

import numpy
import pytest
from hypothesis import HealthCheck, assume, given, settings, strategies as st

from strategies import ALL_DTYPES, NUMERIC_DTYPES, REAL_DTYPES, NdCase, agree_nd, nd_cases, nd_shapes

AVG = settings(max_examples=int(os.environ.get("TINYNET_EXAMPLES", "50")), deadline=None,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                      HealthCheck.filter_too_much])


@pytest.fixture(scope="module")
def xp(tn):
    return tn


def _quiet(fn):
    def run(*args):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with numpy.errstate(all="ignore"):
                return fn(*args)
    return run


def axis_args(ndim):
    if not ndim:
        return st.none()
    single = st.integers(-ndim, ndim - 1)
    many = st.lists(st.integers(0, ndim - 1), unique=True, min_size=1, max_size=ndim).map(tuple)
    return st.one_of(st.none(), single, many)


@AVG
@given(st.data(), st.booleans(), st.booleans())
def test_average(xp, data, returned, keepdims):
    case = data.draw(nd_cases(shape=nd_shapes(max_dims=4), dtype=st.sampled_from(NUMERIC_DTYPES + ("bool",))))
    axis = data.draw(axis_args(case.ndim))
    kind = data.draw(st.sampled_from(["none", "full", "axis"]))
    if kind == "none":
        agree_nd(_quiet(lambda np, a: np.average(a, axis=axis, returned=returned, keepdims=keepdims)), xp, case)
        return
    if kind == "axis" and axis is not None:
        axes = axis if isinstance(axis, tuple) else (axis,)
        shape = tuple(case.shape[i] for i in axes)
    else:
        shape = case.shape
    weights = data.draw(nd_cases(shape=shape, dtype=st.sampled_from(["float64", "int64", "float32"]), small=True))
    agree_nd(_quiet(lambda np, a, w: np.average(a, axis=axis, weights=w, returned=returned, keepdims=keepdims)),
             xp, case, weights)


@AVG
@given(st.data(), st.booleans())
def test_ptp(xp, data, keepdims):
    case = data.draw(nd_cases(shape=nd_shapes(max_dims=4), dtype=st.sampled_from(
        [d for d in ALL_DTYPES if d != "bool"])))
    axis = data.draw(axis_args(case.ndim))
    agree_nd(_quiet(lambda np, a: np.ptp(a, axis=axis, keepdims=keepdims)), xp, case, signed_zeros=False)


def _cov_tolerance(fn, *cases):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with numpy.errstate(all="ignore"):
            try:
                expected = numpy.asarray(fn(numpy, *[c.build(numpy) for c in cases]))
            except Exception:  # noqa: BLE001 - then both must raise, which agree_nd checks exactly
                return None
    finite = numpy.abs(expected[numpy.isfinite(expected)])
    return 1e-12 * (float(finite.max()) if finite.size else 1.0) + 1e-300


@AVG
@given(st.data(), st.booleans(), st.booleans(), st.sampled_from([None, 0, 1, 2]),
       st.sampled_from(["cov", "corrcoef"]))
def test_cov_corrcoef(xp, data, rowvar, with_y, ddof, name):
    shape = data.draw(nd_shapes(max_dims=2, min_dims=0, max_side=5))
    dtype = data.draw(st.sampled_from(["float64", "int64", "float32", "complex128", "bool"]))
    case = data.draw(nd_cases(shape=shape, dtype=dtype, small=True))
    cases = [case]
    if with_y:
        cases.append(data.draw(nd_cases(shape=shape, dtype=dtype, small=True)))
    options = {"rowvar": rowvar} if name == "corrcoef" else {"rowvar": rowvar, "ddof": ddof}

    def fn(np, *arrays):
        return getattr(np, name)(*arrays, **options)
    tolerance = _cov_tolerance(fn, *cases)
    extra = {} if tolerance is None else {"rtol": tolerance}
    agree_nd(_quiet(fn), xp, *cases, signed_zeros=False, **extra)


@AVG
@given(st.data())
def test_cov_weights(xp, data):
    n = data.draw(st.integers(1, 6))
    case = data.draw(nd_cases(shape=(data.draw(st.integers(1, 3)), n), dtype="float64", small=True))
    f = NdCase(data.draw(st.lists(st.integers(0, 3), min_size=n, max_size=n)), (n,), "int64")
    a = NdCase(data.draw(st.lists(st.sampled_from([0.5, 1.0, 2.0]), min_size=n, max_size=n)), (n,), "float64")
    ddof = data.draw(st.sampled_from([None, 0, 1]))

    def fn(np, m, fw, aw):
        return np.cov(m, fweights=fw, aweights=aw, ddof=ddof)
    tolerance = _cov_tolerance(fn, case, f, a)
    agree_nd(_quiet(fn), xp, case, f, a, signed_zeros=False, **({} if tolerance is None else {"rtol": tolerance}))


@AVG
@given(st.data(), st.booleans(), st.booleans())
def test_digitize(xp, data, right, decreasing):
    dtype = data.draw(st.sampled_from(["float64", "int64", "float32", "uint8"]))
    x = data.draw(nd_cases(shape=nd_shapes(max_dims=3), dtype=dtype))
    bins = data.draw(nd_cases(shape=nd_shapes(min_dims=1, max_dims=1, max_side=6), dtype=dtype))
    ordered = sorted(bins.nested, key=lambda v: (v != v, v), reverse=decreasing)
    bins = NdCase(ordered, bins.shape, bins.dtype)
    agree_nd(_quiet(lambda np, a, b: np.digitize(a, b, right=right)), xp, x, bins)


@AVG
@given(st.data(), st.sampled_from(["cumulative_sum", "cumulative_prod"]), st.booleans())
def test_cumulative(xp, data, name, include_initial):
    case = data.draw(nd_cases(shape=nd_shapes(max_dims=3), dtype=st.sampled_from(ALL_DTYPES)))
    axis = data.draw(st.one_of(st.none(), st.integers(-case.ndim, case.ndim - 1)) if case.ndim else st.none())
    agree_nd(_quiet(lambda np, a: getattr(np, name)(a, axis=axis, include_initial=include_initial)), xp, case)


BAD = [
    "np.average([1, 2], weights=[0, 0])",
    "np.average([[1, 2]], weights=[1, 1])",
    "np.average([[1, 2]], axis=1, weights=[1, 1, 1])",
    "np.average(np.zeros((2, 3)), axis=2)",
    "np.ptp(np.array([], dtype=float))",
    "np.cov([[1, 2], [3, 4]], ddof=1.5)",
    "np.cov(np.zeros((2, 2, 2)))",
    "np.cov([1, 2, 3], fweights=[1, 2])",
    "np.cov([1, 2, 3], fweights=[1, 2.5, 1])",
    "np.cov([1, 2, 3], aweights=[1, -2, 1])",
    "np.digitize([1, 2], [[1]])",
    "np.digitize([1, 2], 1)",
    "np.digitize([1, 2], [3, 1, 2])",
    "np.digitize([1j], [1])",
    "np.cumulative_sum(np.ones((2, 2)))",
    "np.cumulative_prod(np.ones(3), axis=1)",
]


@pytest.mark.parametrize("expression", BAD)
def test_bad_input(xp, expression):
    agree_nd(_quiet(lambda np: eval(expression, {"np": np})), xp, message=True)
