"""logspace, geomspace, fromfunction and fromiter against NumPy, over N-d start/stop and every dtype."""
import os
import warnings

import numpy
import pytest
from hypothesis import given, settings, strategies as st

from strategies import ALL_DTYPES, assert_same_nd, nd_cases, nd_shapes

SETTINGS = settings(max_examples=int(os.environ.get("TINYNET_IO_EXAMPLES", "60")), deadline=None)
ENDS = st.one_of(st.integers(-12, 12), st.floats(-12, 12, allow_nan=False).map(lambda x: round(x, 3)))
SMALL_SHAPES = nd_shapes(max_dims=2, max_side=3)


def _ends(shape):
    return st.lists(ENDS, min_size=1, max_size=1).map(lambda v: v[0]) if shape is None else \
        nd_cases(shape=shape, dtype=st.sampled_from(["int64", "float64", "float32"]), small=True)


def _build(x, lib):
    return x.build(lib) if hasattr(x, "build") else x


def _quietly(fn, lib):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with numpy.errstate(all="ignore"):
            return fn(lib)


def _close(got, expected):
    """Power and log are a few ulps from correctly rounded in NumPy (SIMD kernels) and in libm."""
    if expected.dtype.kind == "c":
        assert_same_nd(got, expected, rtol=numpy.abs(expected) * 1e-13 + 1e-300)
    else:
        assert_same_nd(got, expected, ulps=8)


@SETTINGS
@given(st.data(), st.one_of(st.none(), SMALL_SHAPES), st.integers(0, 7), st.booleans(),
       st.sampled_from([10.0, 2, 0.5, None]), st.sampled_from([None, "float32", "float64", "int64"]))
def test_logspace_matches_numpy(tn, data, shape, num, endpoint, base, dtype):
    start, stop = data.draw(_ends(shape)), data.draw(_ends(shape))
    axis = data.draw(st.integers(-1 - (len(shape) if shape else 0), len(shape) if shape else 0))
    kwargs = {} if base is None else {"base": base}

    def fn(xp):
        return xp.logspace(_build(start, xp), _build(stop, xp), num, endpoint=endpoint, dtype=dtype, axis=axis,
                           **kwargs)

    expected = _quietly(fn, numpy)
    got = _quietly(fn, tn)
    in_float32 = "float32" in (getattr(start, "dtype", None), getattr(stop, "dtype", None))
    if expected.dtype.kind in "iu":
        # the cast truncates the float result: a last-bit difference may move an integer by one, and computed
        # in float32 (NumPy's powf) by float32's last places too (10 ** 7.33 is 21544330 or 21544332 there)
        # (assert_same_nd compares integers exactly, so the allowance is checked here on their float values)
        spacing = numpy.abs(expected.astype(float)) * 2.0 ** -21 if in_float32 else 0.0
        assert str(got.dtype) == str(expected.dtype) and tuple(got.shape) == expected.shape, (got, expected)
        gap = numpy.abs(numpy.asarray(got.tolist(), dtype=float).reshape(expected.shape) - expected.astype(float))
        assert (gap <= 1.0 + spacing).all(), "tinynet %r, numpy %r" % (got, expected)
    elif in_float32:
        # computed in float32 (NumPy's powf), then cast: allow float32's last places
        assert_same_nd(got, expected, rtol=numpy.abs(expected.astype(float)) * 2.0 ** -21)
    else:
        _close(got, expected)


@SETTINGS
@given(st.data(), st.one_of(st.none(), SMALL_SHAPES), st.integers(0, 7), st.booleans(),
       st.sampled_from([None, "float32", "complex128"]))
def test_geomspace_matches_numpy(tn, data, shape, num, endpoint, dtype):
    nonzero = st.sampled_from([1, -1, 2, -3, 0.5, 1000, -1e-3, 7.25, 1e10, 1j, -2 + 1j, 3 - 4j])
    if shape is None:
        start, stop = data.draw(nonzero), data.draw(nonzero)
    else:
        size = int(numpy.prod(shape))
        start = numpy.array(data.draw(st.lists(nonzero, min_size=size, max_size=size))).reshape(shape)
        stop = numpy.array(data.draw(st.lists(nonzero, min_size=size, max_size=size))).reshape(shape)
        start, stop = start.tolist(), stop.tolist()

    def fn(xp):
        return xp.geomspace(start, stop, num, endpoint=endpoint, dtype=dtype)

    expected = _quietly(fn, numpy)
    if expected.dtype.kind != "c" and numpy.iscomplexobj(numpy.asarray(start) + numpy.asarray(stop)):
        # computed in complex128, then the real part kept: its error is relative to the complex magnitude
        magnitude = numpy.abs(_quietly(lambda xp: xp.geomspace(start, stop, num, endpoint=endpoint), numpy))
        assert_same_nd(_quietly(fn, tn), expected, rtol=magnitude * 1e-13 + 1e-300)
        return
    _close(_quietly(fn, tn), expected)


def test_geomspace_and_logspace_bad_input(tn):
    for fn in (lambda xp: xp.geomspace(0, 10), lambda xp: xp.geomspace([1, 2], [3, 0]),
               lambda xp: xp.logspace(0, 1, -1), lambda xp: xp.geomspace(1, 10, -2)):
        with pytest.raises(ValueError) as expected:
            fn(numpy)
        with pytest.raises(ValueError) as got:
            fn(tn)
        assert str(got.value) == str(expected.value)


@SETTINGS
@given(nd_shapes(max_dims=4, max_side=4), st.sampled_from(ALL_DTYPES))
def test_fromfunction_matches_numpy(tn, shape, dtype):
    def fn(xp):
        def body(*index):
            total = index[0] * 0 if index else 0
            for k, i in enumerate(index):
                total = total + i * (k + 1)
            return total
        return xp.fromfunction(body, shape, dtype=dtype)

    try:
        expected = _quietly(fn, numpy)
    except TypeError as error:
        with pytest.raises(TypeError) as got:
            _quietly(fn, tn)
        assert str(got.value) == str(error)
        return
    got = _quietly(fn, tn)
    if isinstance(expected, numpy.ndarray):
        assert_same_nd(got, expected)
    else:
        assert got == expected


def test_fromfunction_passes_keywords_and_returns_what_the_function_returns(tn):
    assert tn.fromfunction(lambda i, scale: 7, (3,), scale=2) == 7
    got = tn.fromfunction(lambda i, j, scale: (i - j) * scale, (2, 2), scale=3)
    assert got.tolist() == [[0.0, -3.0], [3.0, 0.0]]
    for bad in (3, (-1,)):
        with pytest.raises((TypeError, ValueError)):
            tn.fromfunction(lambda *i: i, bad)


@SETTINGS
@given(st.sampled_from(ALL_DTYPES), st.integers(-1, 8), st.data())
def test_fromiter_matches_numpy(tn, dtype, count, data):
    case = data.draw(nd_cases(shape=nd_shapes(max_dims=1, max_side=6), dtype=dtype))
    values = case.flat()

    def fn(xp):
        return xp.fromiter(iter(values), dtype=dtype, count=count)

    try:
        expected = _quietly(fn, numpy)
    except ValueError as error:
        with pytest.raises(ValueError) as got:
            fn(tn)
        assert str(got.value) == str(error)
        return
    assert_same_nd(_quietly(fn, tn), expected)


@pytest.mark.parametrize("values, dtype", [([1.7, -1.7], "int8"), ([300], "uint8"), ([1 + 1j], "float64"),
                                           ([True, 2], "bool"), ([[1, 2]], "int64"), ([], "float32")])
def test_fromiter_conversions(tn, values, dtype):
    try:
        expected = _quietly(lambda xp: xp.fromiter(values, dtype), numpy)
    except (TypeError, OverflowError) as error:
        with pytest.raises(type(error)):
            _quietly(lambda xp: xp.fromiter(values, dtype), tn)
        return
    assert_same_nd(_quietly(lambda xp: xp.fromiter(values, dtype), tn), expected)
