"""Sorting and searching against NumPy: sort, argsort, partition, argpartition, searchsorted, lexsort,
sort_complex, bincount and the ndarray methods sort (in place, through views), argsort, partition,
argpartition and searchsorted.

Shapes of 0 to 6 axes (size 0 included) and every dtype; nan, inf and signed zeros are drawn.  What is
compared, and why:
    exact                       kind='stable' (and stable=True) sort and argsort, lexsort, searchsorted,
                                bincount: NumPy's answer is determined.
    values, zeros unsigned      sort with the default kind, and sort_complex (which sorts with it): NumPy's
                                quicksort is not stable, so -0.0 and 0.0 may come out in either order (which
                                one depends on the machine: AVX-512 builds sort float16/32/64 with SIMD
                                networks, sort_complex([1.0, 1.0, -0.0, 0.0, -0.0, 0.0]) among them).
    a[argsort] == sort          argsort with the default kind: ties may be ordered either way.
    the partition property      partition, argpartition: NumPy leaves the order on each side of kth open, so
                                the kth values equal a sort's, everything before is <= and after is >=.
The library under test is ``--array-lib`` (tinynet by default; numpy checks the tests themselves).
"""
import os
import warnings

import numpy
import pytest
from hypothesis import HealthCheck, assume, example, given, settings, strategies as st

from strategies import ALL_DTYPES, NdCase, agree_nd, assert_same_nd, nd_cases, nd_shapes, to_numpy

SORT = settings(max_examples=int(os.environ.get("TINYNET_EXAMPLES", "60")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.filter_too_much])
KINDS = [None, "quicksort", "mergesort", "heapsort", "stable"]


@pytest.fixture(scope="module")
def xp(tn):
    return tn


def _axis(ndim, allow_none=True):
    choices = [st.integers(-ndim, ndim - 1)] if ndim else []
    if allow_none or not ndim:
        choices.append(st.none())
    return st.one_of(*choices)


@st.composite
def case_and_axis(draw, min_dims=0, allow_none=True, dtypes=ALL_DTYPES):
    case = draw(nd_cases(shape=nd_shapes(min_dims=min_dims), dtype=st.sampled_from(dtypes)))
    return case, draw(_axis(case.ndim, allow_none))


# ---------------------------------------------------------------------------------------------------------
# sort and argsort
# ---------------------------------------------------------------------------------------------------------


@SORT
@given(case_and_axis(), st.sampled_from([("kind", "stable"), ("kind", "mergesort"), ("stable", True)]))
def test_stable_sort_and_argsort_exact(xp, data, option):
    case, axis = data
    options = {option[0]: option[1]}
    agree_nd(lambda np, a: np.sort(a, axis=axis, **options), xp, case)
    agree_nd(lambda np, a: np.argsort(a, axis=axis, **options), xp, case)


@SORT
@given(case_and_axis(), st.sampled_from(KINDS))
def test_sort_any_kind_values(xp, data, kind):
    case, axis = data
    agree_nd(lambda np, a: np.sort(a, axis=axis, kind=kind), xp, case, signed_zeros=False)


@SORT
@given(case_and_axis(), st.sampled_from(KINDS))
def test_argsort_any_kind_sorts(xp, data, kind):
    """a[argsort(a)] is the sorted array (ties may come in any order with the unstable kinds)."""
    case, axis = data
    a = case.build(numpy)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if a.ndim == 0 and axis is not None:
            agree_nd(lambda np, x: np.argsort(x, axis=axis, kind=kind), xp, case)
            return
        got = to_numpy(xp.argsort(case.build(xp), axis=axis, kind=kind))
    flat = a.ravel() if axis is None else a
    assert got.dtype == numpy.int64 and got.shape == flat.shape
    assert_same_nd(numpy.take_along_axis(flat, got, axis=-1 if axis is None else axis),
                   numpy.sort(flat, axis=-1 if axis is None else axis, kind="stable"), signed_zeros=False)


@SORT
@given(case_and_axis(min_dims=1, allow_none=False), st.sampled_from(["T", "reverse", "plain"]))
def test_method_sort_in_place_through_views(xp, data, view):
    case, axis = data

    def fn(np, a):
        v = {"T": a.T, "reverse": a[..., ::-1], "plain": a}[view]
        assert v.sort(axis=axis) is None
        return v.copy()
    agree_nd(fn, xp, case, signed_zeros=False)


@SORT
@given(case_and_axis())
def test_method_argsort(xp, data):
    case, axis = data
    agree_nd(lambda np, a: a.argsort(axis=axis, kind="stable"), xp, case)


def test_order_of_special_values(xp):
    nan = float("nan")
    values = [nan, 1.0, -0.0, float("-inf"), 0.0, float("inf"), -1.0, nan]
    case = NdCase(values, (8,), "float64")
    agree_nd(lambda np, a: np.sort(a, kind="stable"), xp, case)
    agree_nd(lambda np, a: np.argsort(a, kind="stable"), xp, case)
    parts = [0.0, 1.0, -1.0, nan]
    numbers = [complex(r, i) for r in parts for i in parts]
    cplx = NdCase(numbers, (16,), "complex128")
    agree_nd(lambda np, a: np.sort(a, kind="stable"), xp, cplx)
    agree_nd(lambda np, a: np.argsort(a, kind="stable"), xp, cplx)
    agree_nd(lambda np, a: np.sort_complex(a), xp, cplx)


@SORT
@given(nd_cases(shape=nd_shapes(max_dims=3)))
@example(NdCase([1.0, 1.0, -0.0, 0.0, -0.0, 0.0], (6,), "float64"))
@example(NdCase([-0.0, -0.0, 1.0, -0.0, -0.0, -0.0, 0.0, 0.0, 1.0, 1.0, 1.0, 0.0, -0.0, 1.0, 0.0, 1.0, -0.0], (17,),
                "complex128"))
def test_sort_complex(xp, case):
    """sort_complex sorts with the default (unstable) kind: the order of -0.0 and 0.0 is open."""
    agree_nd(lambda np, a: np.sort_complex(a) if a.ndim else np.sort_complex(a.reshape(1)), xp, case,
             signed_zeros=False)


def test_sort_of_many_floats_is_n_log_n(xp):
    """10**5 floats with ties, nan and signed zeros sort to NumPy's stable answer."""
    rng = numpy.random.default_rng(7)
    raw = rng.integers(-1000, 1000, 10 ** 5).astype(float) / 4
    raw[::97] = numpy.nan
    raw[::101] = -0.0
    case = NdCase(raw.tolist(), raw.shape, "float64")
    agree_nd(lambda np, a: np.sort(a, kind="stable"), xp, case)
    agree_nd(lambda np, a: np.argsort(a, kind="stable"), xp, case)


# ---------------------------------------------------------------------------------------------------------
# partition and argpartition
# ---------------------------------------------------------------------------------------------------------


def _check_partition(result, a, kths, axis):
    """result is a partition of a along axis at every k in kths (NumPy's order: nan last)."""
    reference = numpy.sort(a, axis=axis, kind="stable")
    result = numpy.moveaxis(result, axis, -1)
    reference = numpy.moveaxis(reference, axis, -1)
    assert_same_nd(numpy.sort(result, axis=-1, kind="stable"), reference, signed_zeros=False)
    n = a.shape[axis]
    for k in kths:
        k = k % n
        pivot = result[..., k:k + 1]
        assert_same_nd(result[..., k], reference[..., k], signed_zeros=False)
        before, after = result[..., :k], result[..., k + 1:]
        rank = numpy.argsort(numpy.concatenate([before, pivot, after], axis=-1), axis=-1, kind="stable")
        ranked = numpy.take_along_axis(numpy.concatenate([before, pivot, after], axis=-1), rank, axis=-1)
        assert_same_nd(ranked[..., k], reference[..., k], signed_zeros=False)
        # everything before the pivot sorts no later than it, everything after no earlier
        for i in range(k):
            assert numpy.all(~_later(result[..., i], result[..., k]))
        for i in range(k + 1, n):
            assert numpy.all(~_later(result[..., k], result[..., i]))


def _later(x, y):
    """Whether x comes strictly after y in NumPy's sort order (nan last, complex lexicographic)."""
    if x.dtype.kind == "c":
        pairs = numpy.stack([x, y], axis=-1)
        order = numpy.argsort(pairs, axis=-1, kind="stable")
        return (order[..., 0] == 1) & (pairs[..., 0] != pairs[..., 1]) & ~(
            numpy.isnan(pairs[..., 0]) & numpy.isnan(pairs[..., 1]))
    with numpy.errstate(invalid="ignore"):
        if x.dtype.kind == "f":
            return (x > y) | (numpy.isnan(x) & ~numpy.isnan(y))
        return x > y


@st.composite
def partition_case(draw):
    case, axis = draw(case_and_axis(min_dims=1))
    n = case.size if axis is None else case.shape[axis]
    assume(n > 0)
    kth = draw(st.one_of(st.integers(-n, n - 1),
                         st.lists(st.integers(-n, n - 1), min_size=1, max_size=3)))
    return case, axis, kth


@SORT
@given(partition_case())
def test_partition_property(xp, data):
    case, axis, kth = data
    a = case.build(numpy)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        got = to_numpy(xp.partition(case.build(xp), kth, axis=axis))
        indices = to_numpy(xp.argpartition(case.build(xp), kth, axis=axis))
    flat = a.ravel() if axis is None else a
    ax = 0 if axis is None else axis % a.ndim
    assert got.dtype == a.dtype and got.shape == flat.shape
    assert indices.dtype == numpy.int64 and indices.shape == flat.shape
    kths = kth if isinstance(kth, list) else [kth]
    _check_partition(got, flat, kths, ax)
    _check_partition(numpy.take_along_axis(flat, indices, axis=ax), flat, kths, ax)
    assert_same_nd(numpy.sort(indices, axis=ax), numpy.broadcast_to(
        numpy.arange(flat.shape[ax]).reshape([-1 if i == ax else 1 for i in range(flat.ndim)]), flat.shape) + 0)


@SORT
@given(partition_case())
def test_method_partition_in_place(xp, data):
    case, axis, kth = data
    assume(axis is not None)
    a = case.build(xp)
    a.partition(kth, axis=axis)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        _check_partition(to_numpy(a), case.build(numpy), kth if isinstance(kth, list) else [kth], axis % case.ndim)
        indices = to_numpy(case.build(xp).argpartition(kth, axis=axis))
    _check_partition(numpy.take_along_axis(case.build(numpy), indices, axis=axis), case.build(numpy),
                     kth if isinstance(kth, list) else [kth], axis % case.ndim)


# ---------------------------------------------------------------------------------------------------------
# searchsorted, lexsort
# ---------------------------------------------------------------------------------------------------------


@st.composite
def searchsorted_case(draw):
    dtype = draw(st.sampled_from(ALL_DTYPES))
    a = draw(nd_cases(shape=nd_shapes(min_dims=1, max_dims=1, max_side=12), dtype=dtype))
    v_dtype = draw(st.sampled_from([dtype, dtype, "int64", "float64", "float32", "uint8", "bool"]))
    v = draw(nd_cases(shape=nd_shapes(max_dims=3), dtype=v_dtype))
    return a, v


@SORT
@given(searchsorted_case(), st.sampled_from(["left", "right"]), st.booleans())
def test_searchsorted(xp, cases, side, use_sorter):
    a, v = cases

    def fn(np, a, v):
        if use_sorter:
            return np.searchsorted(a, v, side=side, sorter=np.argsort(a, kind="stable"))
        return np.searchsorted(np.sort(a, kind="stable"), v, side=side)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        agree_nd(fn, xp, a, v)
        agree_nd(lambda np, a, v: np.sort(a, kind="stable").searchsorted(v, side), xp, a, v)


@SORT
@given(searchsorted_case(), st.sampled_from(["left", "right"]),
       st.one_of(st.integers(-300, 300), st.floats(allow_nan=True), st.booleans()))
def test_searchsorted_python_scalar(xp, cases, side, value):
    a, _ = cases
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        agree_nd(lambda np, a: np.searchsorted(np.sort(a, kind="stable"), value, side=side), xp, a)


@SORT
@given(st.lists(st.one_of(st.integers(-5, 5).map(float), st.just(float("nan")), st.just(float("inf"))),
                max_size=12),
       st.lists(st.one_of(st.integers(-6, 6).map(float), st.just(float("nan"))), max_size=6),
       st.sampled_from(["left", "right"]))
def test_search_fast_path_agrees_with_the_plain_binary_search(values, needles, side):
    """core.sorting.search uses the C bisect where the runtime has one; _bisect is the plain version."""
    from tinynet.core import sorting

    ordered = sorting.sorted_values(values)
    keys = [sorting.float_key(x) for x in ordered]
    plain = [sorting._bisect(keys, sorting.float_key(v), side == "right") for v in needles]
    assert sorting.search(ordered, needles, side) == plain
    assert plain == numpy.searchsorted(numpy.array(ordered, dtype=float), numpy.array(needles, dtype=float),
                                       side=side).tolist()


@st.composite
def lexsort_case(draw):
    shape = draw(nd_shapes(min_dims=1, max_dims=4))
    count = draw(st.integers(1, 3))
    keys = [draw(nd_cases(shape=shape, dtype=st.sampled_from(ALL_DTYPES), small=True)) for _ in range(count)]
    ndim = len(shape)
    return keys, draw(st.one_of(st.none(), st.integers(-ndim, ndim - 1)))


@SORT
@given(lexsort_case())
def test_lexsort(xp, data):
    keys, axis = data
    agree_nd(lambda np, *k: np.lexsort(k, axis=axis) if axis is not None else np.lexsort(k, axis=None), xp, *keys)


def test_lexsort_of_2d_array_sorts_by_last_row(xp):
    case = NdCase([[1, 5, 1, 4, 3, 4, 4], [9, 4, 0, 4, 0, 2, 1]], (2, 7), "int64")
    agree_nd(lambda np, a: np.lexsort(a), xp, case)


# ---------------------------------------------------------------------------------------------------------
# bincount
# ---------------------------------------------------------------------------------------------------------


@SORT
@given(st.lists(st.integers(0, 20), max_size=30), st.sampled_from(["int64", "uint8", "int8", "bool"]),
       st.integers(0, 25), st.booleans())
def test_bincount(xp, values, dtype, minlength, weighted):
    if dtype == "bool":
        values = [v % 2 for v in values]
    x = NdCase(values, (len(values),), dtype)
    w = NdCase([v / 4.0 - 1 for v in range(len(values))], (len(values),), "float32")
    if weighted:
        agree_nd(lambda np, x, w: np.bincount(x, weights=w, minlength=minlength), xp, x, w)
    else:
        agree_nd(lambda np, x: np.bincount(x, minlength=minlength), xp, x)


# ---------------------------------------------------------------------------------------------------------
# bad input: NumPy's exception type and message
# ---------------------------------------------------------------------------------------------------------

BAD = [
    "np.sort(np.array(3))",
    "np.sort([1, 2], kind='foo')",
    "np.sort([1, 2], kind='stable', stable=True)",
    "np.sort([1, 2], order='x')",
    "np.argsort([1, 2], kind=1)",
    "np.sort(np.zeros((2, 3)), axis=2)",
    "np.argsort(np.zeros((2, 3)), axis=-3)",
    "np.partition([1, 2, 3], 3)",
    "np.partition([1, 2, 3], -4)",
    "np.partition([1, 2, 3], [0, 5])",
    "np.partition([1, 2, 3], 1.5)",
    "np.partition([1, 2, 3], True)",
    "np.partition(np.array(3), 0)",
    "np.partition([1, 2, 3], 0, kind='quicksort')",
    "np.argpartition([1, 2, 3], 4)",
    "np.searchsorted([1, 2, 3], 2, side='x')",
    "np.searchsorted([[1, 2, 3]], 2)",
    "np.searchsorted(np.array(1), 2)",
    "np.searchsorted([1, 2, 3], [2], sorter=[0, 1])",
    "np.searchsorted([1, 2, 3], [2], sorter=[0.0, 1, 2])",
    "np.lexsort([])",
    "np.lexsort([[1, 2], [1]])",
    "np.lexsort(np.array(3))",
    "np.bincount([1, -2])",
    "np.bincount([1, 2], minlength=-1)",
    "np.bincount([1], minlength=None)",
    "np.bincount(np.array(1))",
    "np.bincount([1, 2], weights=[1])",
    "np.array([[3, 1]]).sort(axis=2)",
    "np.array([[3, 1]]).sort(axis=None)",
    "np.array(3).sort()",
]


@pytest.mark.parametrize("expression", BAD)
def test_bad_input(xp, expression):
    agree_nd(lambda np: eval(expression, {"np": np}), xp, message=True)
