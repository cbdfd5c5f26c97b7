"""Differential tests of pad (tinynet/lib/arraypad.py) against NumPy: every mode, every form of pad_width
and of the mode's keywords, N-d shapes (0-d and size 0 included) and all fourteen dtypes.

Values computed in floating point (mean, linear_ramp) may differ from NumPy's float32/float16 arithmetic in
the last place; elements are small there so that integer results are exact.
"""
import numpy
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from strategies import ALL_DTYPES, NdCase, agree_nd, nd_cases, nd_shapes

SETTINGS = settings(max_examples=50, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
REAL = [d for d in ALL_DTYPES if not d.startswith("complex")]


@st.composite
def widths(draw, ndim, top=4):
    form = draw(st.sampled_from(["int", "one", "pair", "per_axis", "dict"]))
    w = st.integers(0, top)
    if form == "int":
        return draw(w)
    if form == "one":
        return (draw(w),)
    if form == "pair":
        return (draw(w), draw(w))
    if form == "dict" and ndim:
        return {draw(st.integers(-ndim, ndim - 1)): (draw(w), draw(w))}
    return tuple((draw(w), draw(w)) for _ in range(ndim))


def cases(dtypes=ALL_DTYPES, max_dims=3, min_side=0):
    return nd_cases(shape=nd_shapes(0, max_dims, max_side=4, max_size=24, min_side=min_side),
                    dtype=st.sampled_from(dtypes), small=True)


@given(a=cases(), data=st.data())
@SETTINGS
def test_pad_constant_edge_wrap_empty(tn, a, data):
    pw = data.draw(widths(a.ndim))
    c = data.draw(st.one_of(st.integers(-3, 3), st.tuples(st.integers(-3, 3), st.integers(0, 5)),
                            st.sampled_from([1.5, True])))
    agree_nd(lambda np, x: np.pad(x, pw, constant_values=c), tn, a, message=True)
    for mode in ("edge", "wrap"):
        agree_nd(lambda np, x: np.pad(x, pw, mode=mode), tn, a, message=True)
    agree_nd(lambda np, x: np.pad(x, pw, mode="empty").shape, tn, a)


@given(a=cases(min_side=1), data=st.data(), mode=st.sampled_from(["reflect", "symmetric"]),
       kind=st.sampled_from(["even", "odd"]))
@SETTINGS
def test_pad_reflect_symmetric(tn, a, data, mode, kind):
    pw = data.draw(widths(a.ndim, top=9))
    if kind == "odd" and a.dtype == "bool":
        kind = "even"
    agree_nd(lambda np, x: np.pad(x, pw, mode=mode, reflect_type=kind), tn, a, message=True)


@given(a=cases(REAL, min_side=1), data=st.data(), mode=st.sampled_from(["maximum", "minimum", "mean", "median"]))
@SETTINGS
def test_pad_statistics(tn, a, data, mode):
    pw = data.draw(widths(a.ndim))
    stat = data.draw(st.one_of(st.none(), st.integers(1, 5), st.tuples(st.integers(1, 5), st.integers(1, 5))))
    ulps = 2 if mode == "mean" else None
    agree_nd(lambda np, x: np.pad(x, pw, mode=mode, stat_length=stat), tn, a, message=True, ulps=ulps)


@given(a=cases([d for d in REAL if d != "bool"], min_side=1), data=st.data())
@SETTINGS
def test_pad_linear_ramp(tn, a, data):
    pw = data.draw(widths(a.ndim))
    ends = data.draw(st.one_of(st.integers(-5, 5), st.tuples(st.integers(-5, 5), st.integers(-5, 5))))
    # NumPy's linspace may round the step the other way: allow an ulp of the ramp's larger end
    agree_nd(lambda np, x: np.pad(x, pw, mode="linear_ramp", end_values=ends), tn, a, message=True, ulps=2,
             rtol=1e-14)


def _tens(vector, width, axis, kwargs):
    before, after = width
    vector[:before] = kwargs.get("value", 10)
    if after:
        vector[-after:] = axis


@given(a=cases(), data=st.data())
@SETTINGS
def test_pad_callable(tn, a, data):
    pw = data.draw(widths(a.ndim))
    agree_nd(lambda np, x: np.pad(x, pw, mode=_tens, value=3), tn, a)


def test_pad_errors(tn):
    a = NdCase([1, 2], (2,), "int64")
    agree_nd(lambda np, x: np.pad(x, 1, mode="foo"), tn, a, message=True)
    agree_nd(lambda np, x: np.pad(x, 1.0), tn, a, message=True)
    agree_nd(lambda np, x: np.pad(x, -1), tn, a, message=True)
    agree_nd(lambda np, x: np.pad(x, (1, 2, 3)), tn, a, message=True)
    agree_nd(lambda np, x: np.pad(x, 1, mode="edge", constant_values=3), tn, a, message=True)
    agree_nd(lambda np, x: np.pad(x, 1, mode="maximum", stat_length=-1), tn, a, message=True)
    agree_nd(lambda np, x: np.pad(np.zeros((0, 2)), 1, mode="edge"), tn, message=True)
    agree_nd(lambda np, x: np.pad(x, 3, mode="reflect", reflect_type="x"), tn, a)
    agree_nd(lambda np, x: np.pad(x, 1).flags["OWNDATA"], tn, a)


# ---------------------------------------------------------------------------------------------------------
# constant, empty, edge, wrap and even reflect/symmetric copy slices of the flat values, every axis at once
# (arraypad._pad_by_copying)

VIEWS = {
    "as is": lambda x: x,
    "transposed": lambda x: x.T,
    "reversed": lambda x: x[::-1],
    "every other": lambda x: x[..., ::2],
    "first axis sliced": lambda x: x[1:],
}
ROW_MODES = ["constant", "edge", "wrap", "reflect", "symmetric"]


@given(a=cases(max_dims=4), data=st.data(), mode=st.sampled_from(ROW_MODES), view=st.sampled_from(sorted(VIEWS)))
@SETTINGS
def test_pad_of_views_by_runs_of_rows(tn, a, data, mode, view):
    """Views (transposed, reversed, strided, sliced; size 0 too) padded by widths past the axis's length."""
    pw = data.draw(widths(a.ndim, top=9))
    agree_nd(lambda np, x: np.pad(VIEWS[view](x), pw, mode=mode), tn, a, message=True)


@given(a=cases(max_dims=4), data=st.data())
@SETTINGS
def test_pad_empty_fills_zeros_of_the_dtype(tinynet_only, a, data):
    """NumPy leaves mode='empty' unspecified; tinynet fills zeros of the array's dtype (a 0.0, not a 0)."""
    pw = tuple((data.draw(st.integers(0, 4)), data.draw(st.integers(0, 4))) for _ in range(a.ndim)) or 1
    x = a.build(tinynet_only)
    padded = tinynet_only.pad(x, pw, mode="empty")
    zeros = tinynet_only.pad(x, pw, mode="constant", constant_values=0)
    assert padded.dtype == x.dtype and padded.shape == zeros.shape
    assert [type(v) for v in padded.ravel().tolist()] == [type(v) for v in zeros.ravel().tolist()]


@given(a=cases(max_dims=4), data=st.data(), mode=st.sampled_from(ROW_MODES + ["empty"]))
@SETTINGS
def test_padding_by_copying_agrees_with_padding_line_by_line(tinynet_only, a, data, mode):
    """The fast path (_pad_by_copying, every axis at once) against the plain one it sits beside
    (_pad_lines, axis after axis), with different fills before and after each axis."""
    from tinynet.lib import arraypad

    x = a.build(tinynet_only)
    widths = [(data.draw(st.integers(0, 9)), data.draw(st.integers(0, 9))) for _ in range(x.ndim)]
    if mode not in ("constant", "empty"):
        widths = [(b, e) if n else (0, 0) for n, (b, e) in zip(x.shape, widths)]
    final = tuple(n + b + e for n, (b, e) in zip(x.shape, widths))
    convert = tinynet_only.dtype(x.dtype).type
    options = [{"odd": False, "constant": (convert(k + 1).item(), convert(k + 2).item())} for k in range(x.ndim)]
    sources = [arraypad._sources(n, b, e, mode, o, x._dtype) for n, (b, e), o in zip(x.shape, widths, options)]
    fast = arraypad._pad_by_copying(x, widths, sources) if x.ndim else x
    plain = x
    for axis, (before, after) in enumerate(widths):
        if before or after:
            plain = arraypad._pad_lines(plain, axis, before, after, mode, options[axis])
    assert fast.shape == plain.shape == final
    assert fast.ravel().tolist() == plain.ravel().tolist()
