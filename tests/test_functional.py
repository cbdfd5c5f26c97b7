"""vectorize, apply_along_axis and apply_over_axes against NumPy, over N-d shapes and every dtype."""
import os

import numpy
import pytest
from hypothesis import given, settings, strategies as st

from strategies import _builtin_bases, ALL_DTYPES, REAL_DTYPES, agree_nd, nd_broadcastable_shapes, nd_cases, nd_shapes

SETTINGS = settings(max_examples=int(os.environ.get("TINYNET_IO_EXAMPLES", "50")), deadline=None)


def _raises_like_numpy(tn, fn):
    """fn(tn) raises what fn(numpy) raises: a builtin base class in common, and the same message."""
    with pytest.raises(Exception) as expected:
        fn(numpy)
    with pytest.raises(Exception) as got:
        fn(tn)
    assert isinstance(got.value, _builtin_bases(type(expected.value))), (got.value, expected.value)
    assert str(got.value) == str(expected.value)

# Functions of Python scalars; each gives the same answer for NumPy's scalars and tinynet's.
SCALAR_FUNCTIONS = {
    "double": lambda x: x * 2,
    "is_big": lambda x: abs(x) > 3,
    "to_float": lambda x: float(abs(x)) / 4,
    "first_int_then_float": lambda x: 1 if x == 0 else abs(x) * 0.5,
}


@SETTINGS
@given(nd_cases(dtype=st.sampled_from(ALL_DTYPES), small=True), st.sampled_from(sorted(SCALAR_FUNCTIONS)),
       st.sampled_from([None, [float], "d", [bool], ["int32"]]))
def test_vectorize_one_argument(tn, case, name, otypes):
    fn = SCALAR_FUNCTIONS[name]
    agree_nd(lambda xp, a: xp.vectorize(fn, otypes=otypes)(a), tn, case, message=True)


@SETTINGS
@given(st.data(), nd_broadcastable_shapes(count=2, max_dims=4), st.sampled_from(REAL_DTYPES))
def test_vectorize_broadcasts_two_arguments_and_keywords(tn, data, shapes, dtype):
    a = data.draw(nd_cases(shape=shapes[0], dtype=dtype, small=True))
    b = data.draw(nd_cases(shape=shapes[1], dtype=dtype, small=True))

    def f(x, y, scale=1):
        return (x - y) * scale

    agree_nd(lambda xp, p, q: xp.vectorize(f)(p, y=q, scale=3), tn, a, b, message=True)
    agree_nd(lambda xp, p, q: xp.vectorize(f, excluded={"scale"})(p, q, scale=2), tn, a, b, message=True)


@SETTINGS
@given(nd_cases(dtype=st.sampled_from(["int64", "float64"]), small=True))
def test_vectorize_many_outputs_and_excluded_positions(tn, case):
    agree_nd(lambda xp, a: xp.vectorize(lambda x: (x, x * 2))(a), tn, case)
    agree_nd(lambda xp, a: xp.vectorize(lambda x, table: table[int(abs(x)) % 3], excluded={1})(a, [7, 8, 9]),
             tn, case)


SIGNATURES = [
    ("(n)->()", lambda v: v.sum()),
    ("(n)->(n)", lambda v: v[::-1] * 2),
    ("(m,n)->(n,m)", lambda m: m.T),
    ("()->(k)", lambda x: _pair(x)),
    ("(n)->(),()", lambda v: (v.max(), v.min())),
]


def _pair(x):
    """[x, x] in x's own library and dtype."""
    import tinynet
    xp = numpy if isinstance(x, (numpy.generic, numpy.ndarray)) else tinynet
    return xp.concatenate([xp.asarray(x)[None]] * 2)


@SETTINGS
@given(st.sampled_from(range(len(SIGNATURES))), nd_cases(shape=nd_shapes(max_dims=4, max_side=3),
                                                          dtype=st.sampled_from(["int64", "float64", "int8"]),
                                                          small=True),
       st.sampled_from([None, [float, float]]))
def test_vectorize_with_signature(tn, which, case, otypes):
    signature, fn = SIGNATURES[which]
    if otypes is not None:
        otypes = otypes[:len(signature.split("->")[1].split("),("))]
    agree_nd(lambda xp, a: xp.vectorize(fn, signature=signature, otypes=otypes)(a), tn, case, message=True)


def test_vectorize_signature_pairs_core_dimensions(tn):
    dot = lambda xp: xp.vectorize(lambda u, v: (u * v).sum(), signature="(n),(n)->()")  # noqa: E731
    got = dot(tn)(tn.arange(6).reshape(2, 3), tn.arange(3))
    assert got.tolist() == dot(numpy)(numpy.arange(6).reshape(2, 3), numpy.arange(3)).tolist()
    for bad in (lambda xp: dot(xp)(xp.ones((2, 3)), xp.ones(4)),
                lambda xp: dot(xp)(xp.ones(3)),
                lambda xp: xp.vectorize(lambda x: x, signature="(n->(n)"),
                lambda xp: xp.vectorize(lambda x: x, signature="(n)->()")(5),
                lambda xp: xp.vectorize(lambda x: x.sum(), signature="(n)->()")(xp.ones((0, 3))),
                lambda xp: xp.vectorize(lambda x: x, signature="(n)->(m)", otypes=[float])(xp.ones((0, 3))),
                lambda xp: xp.vectorize(lambda x: x)(xp.array([])),
                lambda xp: xp.vectorize(lambda x: x, otypes="xq")(1),
                lambda xp: xp.vectorize(lambda x: [x, x])(xp.ones(2))):
        _raises_like_numpy(tn, bad)


def test_vectorize_as_a_decorator_keeps_the_docstring(tn):
    @tn.vectorize
    def halve(x):
        """Half of x."""
        return x / 2

    @tn.vectorize(otypes=[int])
    def third(x):
        return x // 3

    assert halve.__doc__ == "Half of x." and halve(tn.array([2, 4])).tolist() == [1.0, 2.0]
    assert third(tn.array([3, 7])).tolist() == [1, 2] and third(3).shape == ()


FUNC1D = {
    "sum": lambda r: r.sum(),
    "reverse": lambda r: r[::-1],
    "first_two": lambda r: r[:2] * 2,
    "outer": lambda r: r[:, None] * r[None, :2],
    "as_list": lambda r: r.tolist(),
}


@SETTINGS
@given(nd_cases(shape=nd_shapes(min_dims=1, max_dims=4, max_side=4, min_side=2),
                dtype=st.sampled_from(ALL_DTYPES), small=True),
       st.sampled_from(sorted(FUNC1D)), st.integers(-5, 4))
def test_apply_along_axis_matches_numpy(tn, case, name, axis):
    fn = FUNC1D[name]
    agree_nd(lambda xp, a: xp.apply_along_axis(fn, axis, a), tn, case, message=True)


def test_apply_along_axis_passes_arguments_and_refuses_empty_loops(tn):
    got = tn.apply_along_axis(lambda r, k, scale: r[k] * scale, 1, tn.arange(6).reshape(2, 3), 2, scale=10)
    assert got.tolist() == [20, 50]
    for bad in (lambda xp: xp.apply_along_axis(lambda r: r, 0, xp.ones((3, 0))),
                lambda xp: xp.apply_along_axis(lambda r: r, 2, xp.ones((3, 2))),
                lambda xp: xp.apply_along_axis(lambda r: r, 0, xp.array(5))):
        _raises_like_numpy(tn, bad)


@SETTINGS
@given(nd_cases(shape=nd_shapes(min_dims=1, max_dims=4, max_side=4), dtype=st.sampled_from(REAL_DTYPES),
                small=True), st.data())
def test_apply_over_axes_matches_numpy(tn, case, data):
    ndim = len(case.shape)
    axes = data.draw(st.lists(st.integers(-ndim, ndim - 1), max_size=3))
    agree_nd(lambda xp, a: xp.apply_over_axes(xp.sum, a, axes), tn, case)
    agree_nd(lambda xp, a: xp.apply_over_axes(lambda v, ax: xp.max(v, axis=ax, keepdims=True)
                                              if v.shape[ax] else v, a, axes[:1] or 0), tn, case)


def test_apply_over_axes_refuses_a_function_that_drops_two_axes(tn):
    bad = lambda xp: xp.apply_over_axes(lambda v, ax: v.sum(), xp.ones((2, 3, 4)), [0])  # noqa: E731
    with pytest.raises(ValueError) as expected:
        bad(numpy)
    with pytest.raises(ValueError) as got:
        bad(tn)
    assert str(got.value) == str(expected.value)


def test_vectorize_calls_the_function_as_often_as_numpy(tn):
    for cache in (False, True):
        for otypes in (None, [float]):
            counts = []
            for xp in (numpy, tn):
                calls = []
                xp.vectorize(lambda x: calls.append(x) or 1.0, otypes=otypes, cache=cache)(xp.arange(3))
                counts.append(len(calls))
            assert counts[0] == counts[1], (cache, otypes, counts)
