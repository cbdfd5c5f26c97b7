"""histogram, histogram_bin_edges, histogram2d and histogramdd against NumPy.

Counts and edges are compared exactly, for every real dtype and N-d input (histogram ravels it): equal bins
(NumPy's index formula and its one-step corrections near an edge), explicit edges, every width rule
('auto', 'fd', 'doane', 'scott', 'stone', 'rice', 'sturges', 'sqrt'), a range, weights and density.
Densities divide by sums NumPy adds pairwise, as tinynet does.  The library under test is ``--array-lib``.
"""
import os
import warnings

import numpy
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from strategies import REAL_DTYPES, NdCase, agree_nd, nd_cases, nd_shapes

HIST = settings(max_examples=int(os.environ.get("TINYNET_EXAMPLES", "50")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.filter_too_much])
RULES = ["auto", "fd", "doane", "scott", "stone", "rice", "sturges", "sqrt"]


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


@st.composite
def data_case(draw, dtypes=REAL_DTYPES):
    return draw(nd_cases(shape=nd_shapes(max_dims=3), dtype=st.sampled_from(dtypes),
                         small=draw(st.integers(0, 3)) > 0))


@st.composite
def bins_arg(draw):
    kind = draw(st.sampled_from(["int", "int", "edges", "rule"]))
    if kind == "int":
        return draw(st.integers(1, 12))
    if kind == "rule":
        return draw(st.sampled_from(RULES))
    edges = sorted(draw(st.lists(st.integers(-20, 20).map(lambda i: i / 2.0), min_size=1, max_size=6)))
    return edges if draw(st.booleans()) else [int(e) for e in edges]


ranges = st.one_of(st.none(), st.tuples(st.integers(-10, 10), st.integers(-10, 10)).map(lambda t: tuple(sorted(t))),
                   st.tuples(st.floats(-10, 10), st.floats(-10, 10)).map(lambda t: tuple(sorted(t))))


@HIST
@given(data_case(), bins_arg(), ranges, st.booleans())
def test_histogram(xp, case, bins, range_, density):
    agree_nd(_quiet(lambda np, a: np.histogram(a, bins=bins, range=range_, density=density)), xp, case)
    agree_nd(_quiet(lambda np, a: np.histogram_bin_edges(a, bins=bins, range=range_)), xp, case)


@HIST
@given(st.data(), st.one_of(st.integers(1, 12), st.lists(st.integers(-10, 10), min_size=1, max_size=6).map(sorted)),
       ranges, st.booleans())
def test_histogram_weights(xp, data, bins, range_, density):
    case = data.draw(data_case(dtypes=("float64", "float32", "int64", "uint8")))
    weights = data.draw(nd_cases(shape=case.shape, dtype=st.sampled_from(["float64", "int64", "float32"]),
                                 small=True))
    agree_nd(_quiet(lambda np, a, w: np.histogram(a, bins=bins, range=range_, density=density, weights=w)),
             xp, case, weights)


@HIST
@given(st.data(), st.sampled_from([3, [2, 4], [[0, 1, 5], [0, 2]], [0.0, 0.5, 1.0, 4.0]]), st.booleans(),
       st.booleans())
def test_histogram2d_and_dd(xp, data, bins, density, weighted):
    n = data.draw(st.integers(0, 12))
    dtype = data.draw(st.sampled_from(["float64", "int64", "float32"]))
    x = data.draw(nd_cases(shape=(n,), dtype=dtype, small=True))
    y = data.draw(nd_cases(shape=(n,), dtype=dtype, small=True))
    w = data.draw(nd_cases(shape=(n,), dtype="float64", small=True))

    def fn2(np, x, y, w):
        return np.histogram2d(x, y, bins=bins, density=density, weights=w if weighted else None)
    agree_nd(_quiet(fn2), xp, x, y, w)
    points = NdCase([[a, b] for a, b in zip(x.nested, y.nested)] if n else [], (n, 2), dtype)
    agree_nd(_quiet(lambda np, p: np.histogramdd(p, bins=bins if bins != [0.0, 0.5, 1.0, 4.0] else 4,
                                                 density=density)), xp, points)


def test_edge_cases_of_equal_bins(xp):
    """Values a rounding away from an edge, float32 data with a Python range, the right edge itself."""
    cases = [
        (NdCase([0.1 * i for i in range(11)], (11,), "float64"), {"bins": 10}),
        (NdCase([0.1, 0.2, 0.30000001192092896, 0.7], (4,), "float32"), {"bins": 7, "range": (0.1, 0.7)}),
        (NdCase([1, 2, 3, 4, 5], (5,), "int8"), {"bins": 4}),
        (NdCase([5.0, 5.0], (2,), "float32"), {"bins": 3}),
        (NdCase([True, False, True], (3,), "bool"), {"bins": 2}),
        (NdCase([], (0,), "float64"), {"bins": "auto"}),
    ]
    for case, options in cases:
        agree_nd(_quiet(lambda np, a: np.histogram(a, **options)), xp, case)


BAD = [
    "np.histogram([1, 2], bins=0)",
    "np.histogram([1, 2], bins=2.5)",
    "np.histogram([1, 2], bins=[[1, 2]])",
    "np.histogram([1, 2], bins=[2, 1])",
    "np.histogram([1, 2], bins='foo')",
    "np.histogram([1, 2], bins='auto', weights=[1, 1])",
    "np.histogram([1, 2], range=(2, 1))",
    "np.histogram([1, 2], range=(0, np.inf))",
    "np.histogram([1, np.nan])",
    "np.histogram([1, 2], weights=[1])",
    "np.histogram([0.0, 1e-300], bins=10**6)",
    "np.histogram2d([1, 2], [1])",
    "np.histogramdd(np.zeros((3, 2)), bins=[2, 2, 2])",
    "np.histogramdd(np.zeros((3, 2)), range=[(0, 1)])",
    "np.histogramdd(np.zeros((3, 2)), bins=[0, 2])",
    "np.histogramdd(np.zeros((3, 2)), bins=[[2, 1], 2])",
    "np.histogramdd(np.zeros((3, 2)), bins=[2.5, 2])",
]


@pytest.mark.parametrize("expression", BAD)
def test_bad_input(xp, expression):
    agree_nd(_quiet(lambda np: eval(expression, {"np": np})), xp, message=True)
