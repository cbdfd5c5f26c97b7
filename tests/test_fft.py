"""Differential tests of tinynet.fft against numpy.fft.

Shapes, dtypes and errors must be NumPy's exactly.  Values are compared within

    max |got - numpy| <= 8 * eps * (log2(N) + 1) * scale,

where eps is the result dtype's machine epsilon (2^-52, or 2^-23 for single precision), N the product
of the transformed lengths, and scale = f * sum |x| bounds every term of the result (f the norm's
factor, doubled for the complex-to-real transforms, whose input stands for twice as many terms).  Both
libraries' errors fit in that bound: an FFT's error grows as log2(N) (NumPy's pocketfft computes
single precision in single precision; tinynet computes in double and rounds once).
"""
import math

import numpy
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from strategies import to_numpy

# NumPy 2 deprecates s= without axes=; both libraries warn, and the tests still compare the results
pytestmark = pytest.mark.filterwarnings("ignore:`axes` should not be `None`:DeprecationWarning")
SETTINGS = settings(max_examples=60, deadline=None)
# axis lengths 1..64: small ones, primes (Bluestein) and powers of two (radix 2) all turn up
LENGTHS = st.one_of(st.integers(1, 8), st.sampled_from([11, 13, 16, 17, 31, 32, 37, 60, 61, 64]),
                    st.integers(1, 64))
DTYPES = ("float16", "float32", "float64", "complex64", "complex128", "int64", "int8", "bool")
REAL_DTYPES = ("float16", "float32", "float64", "int64", "int8", "bool")
NORMS = (None, "backward", "ortho", "forward")
C2R = ("irfft", "hfft", "irfftn", "irfft2")


def _values(shape, dtype, seed):
    rng = numpy.random.default_rng(seed)
    size = int(numpy.prod(shape))
    if dtype == "bool":
        return rng.integers(0, 2, size).astype(bool).reshape(shape)
    if dtype.startswith("int"):
        return rng.integers(-100, 100, size).astype(dtype).reshape(shape)
    x = rng.standard_normal(size) * 10.0 ** rng.integers(-3, 4)
    if dtype.startswith("complex"):
        x = x + 1j * rng.standard_normal(size)
    return x.astype(dtype).reshape(shape)


def _norm_factor(norm, lengths, inverse):
    N = math.prod(lengths) if lengths else 1
    if norm == "ortho":
        return 1.0 / math.sqrt(N)
    if (norm in (None, "backward")) == inverse:
        return 1.0 / N
    return 1.0


def _check(name, tn, x, lengths, inverse, **kwargs):
    tn_x = tn.asarray(x.ravel().tolist(), dtype=str(x.dtype)).reshape(x.shape)
    try:
        expected = getattr(numpy.fft, name)(x, **kwargs)
    except (ValueError, TypeError, IndexError) as error:  # NumPy refuses: so must tinynet, with its type
        with pytest.raises(type(error)):
            getattr(tn.fft, name)(tn_x, **kwargs)
        return
    got = getattr(tn.fft, name)(tn_x, **kwargs)
    got = to_numpy(got)
    context = "%s%s %s %r" % (name, x.shape, x.dtype, kwargs)
    assert got.shape == expected.shape, context
    assert got.dtype == expected.dtype, context + ": %s != %s" % (got.dtype, expected.dtype)
    eps = numpy.finfo(expected.dtype).eps
    N = math.prod(lengths) if lengths else 1
    f = _norm_factor(kwargs.get("norm"), lengths, inverse) * (2 if name in C2R else 1)
    scale = f * float(numpy.abs(x.astype(complex)).sum()) + numpy.finfo(float).tiny
    tolerance = 8 * eps * (math.log2(N) + 1) * scale
    error = float(numpy.abs(got.astype(complex) - expected).max()) if got.size else 0.0
    assert error <= tolerance, "%s: max error %g > tolerance %g" % (context, error, tolerance)


@SETTINGS
@given(n=LENGTHS, batch=st.integers(1, 3), dtype=st.sampled_from(DTYPES), norm=st.sampled_from(NORMS),
       name=st.sampled_from(["fft", "ifft"]), cut=st.sampled_from([None, -1, 0, 5]), seed=st.integers(0, 99))
def test_complex_1d(tn, n, batch, dtype, norm, name, cut, seed):
    x = _values((batch, n), dtype, seed)
    length = n if cut is None else max(1, n + cut)
    axis = seed % 2 - 2 if batch > 1 else -1
    if axis == -2:
        length = batch if cut is None else max(1, batch + cut)
    kwargs = {"norm": norm, "axis": axis}
    if cut is not None:
        kwargs["n"] = length
    _check(name, tn, x, [length], name == "ifft", **kwargs)


@SETTINGS
@given(n=LENGTHS, dtype=st.sampled_from(REAL_DTYPES), norm=st.sampled_from(NORMS),
       name=st.sampled_from(["rfft", "ihfft"]), new_n=st.one_of(st.none(), st.integers(1, 70)),
       seed=st.integers(0, 99))
def test_real_forward_1d(tn, n, dtype, norm, name, new_n, seed):
    x = _values((2, n), dtype, seed)
    length = n if new_n is None else new_n
    _check(name, tn, x, [length], name == "ihfft", n=new_n, norm=norm)


@SETTINGS
@given(m=LENGTHS, dtype=st.sampled_from(DTYPES), norm=st.sampled_from(NORMS),
       name=st.sampled_from(["irfft", "hfft"]), new_n=st.one_of(st.none(), st.integers(1, 70)),
       seed=st.integers(0, 99))
def test_real_inverse_1d(tn, m, dtype, norm, name, new_n, seed):
    assume(new_n is not None or m > 1)
    x = _values((m, 2), dtype, seed)
    length = 2 * (m - 1) if new_n is None else new_n
    _check(name, tn, x, [length], name == "irfft", n=new_n, axis=0, norm=norm)


@st.composite
def _nd_cases(draw):
    ndim = draw(st.integers(1, 3))
    shape = tuple(draw(st.integers(0, 9)) for _ in range(ndim))
    axes = draw(st.one_of(st.none(), st.lists(st.integers(-ndim, ndim - 1), min_size=1, max_size=ndim,
                                              unique_by=lambda k: k % ndim)))
    # an empty array padded by s is left out: NumPy returns uninitialised memory for it
    use_s = draw(st.booleans()) and 0 not in shape
    s = None
    if use_s:
        count = ndim if axes is None else len(axes)
        s = tuple(draw(st.integers(1, 10)) for _ in range(count))
    return shape, axes, s


@SETTINGS
@given(case=_nd_cases(), dtype=st.sampled_from(DTYPES), norm=st.sampled_from(NORMS),
       name=st.sampled_from(["fftn", "ifftn", "rfftn", "irfftn"]), seed=st.integers(0, 99))
def test_nd(tn, case, dtype, norm, name, seed):
    shape, axes, s = case
    if name == "rfftn":
        assume(not dtype.startswith("complex"))
    ndim = len(shape)
    used = list(range(ndim)) if axes is None and s is None else (
        list(range(ndim - len(s), ndim)) if axes is None else [k % ndim for k in axes])
    lengths = [shape[k] for k in used] if s is None else list(s)
    if name == "irfftn" and s is None:
        assume(shape[used[-1]] > 1)
        lengths[-1] = 2 * (shape[used[-1]] - 1)
    x = _values(shape, dtype, seed)
    _check(name, tn, x, lengths, name in ("ifftn", "irfftn"), s=s, axes=axes, norm=norm)


@SETTINGS
@given(rows=st.integers(1, 6), cols=st.integers(2, 9), dtype=st.sampled_from(REAL_DTYPES),
       norm=st.sampled_from(NORMS), name=st.sampled_from(["fft2", "ifft2", "rfft2", "irfft2"]),
       seed=st.integers(0, 99))
def test_2d(tn, rows, cols, dtype, norm, name, seed):
    x = _values((2, rows, cols), dtype, seed)
    lengths = [rows, 2 * (cols - 1) if name == "irfft2" else cols]
    _check(name, tn, x, lengths, name in ("ifft2", "irfft2"), norm=norm)


@SETTINGS
@given(n=st.integers(1, 40), d=st.sampled_from([1.0, 0.5, 3.0, 0.1, 7]), name=st.sampled_from(["fftfreq", "rfftfreq"]))
def test_frequencies(tn, n, d, name):
    expected = getattr(numpy.fft, name)(n, d)
    got = to_numpy(getattr(tn.fft, name)(n, d))
    assert got.dtype == expected.dtype and got.shape == expected.shape
    assert got.tolist() == expected.tolist(), (n, d)


@SETTINGS
@given(shape=st.lists(st.integers(0, 6), min_size=1, max_size=3), name=st.sampled_from(["fftshift", "ifftshift"]),
       which=st.integers(0, 3))
def test_shifts(tn, shape, name, which):
    x = numpy.arange(int(numpy.prod(shape))).reshape(shape)
    axes = [None, 0, (0, -1), [-1]][which]
    expected = getattr(numpy.fft, name)(x, axes=axes)
    got = to_numpy(getattr(tn.fft, name)(tn.asarray(x.ravel().tolist(), dtype="int64").reshape(shape), axes=axes))
    assert got.shape == expected.shape and got.tolist() == expected.tolist()


def test_round_trip_is_close(tn):
    x = numpy.arange(1.0, 38.0)
    back = to_numpy(tn.fft.ifft(tn.fft.fft(tn.asarray(x.tolist()))))
    assert numpy.abs(back - x).max() < 1e-12


def test_out(tn):
    x = tn.asarray([1.0, 2.0, 3.0, 4.0])
    out = tn.zeros(4, dtype="complex64")
    assert tn.fft.fft(x, out=out) is out
    assert to_numpy(out).tolist() == [10, -2 + 2j, -2, -2 - 2j]
    out_real = tn.zeros(6, dtype="float32")
    assert tn.fft.irfft(x, out=out_real) is out_real
    with pytest.raises(ValueError, match="wrong shape"):
        tn.fft.fft(x, out=tn.zeros(3, dtype="complex128"))
    with pytest.raises(TypeError, match="Cannot cast"):
        tn.fft.fft(x, out=tn.zeros(4))


@pytest.mark.parametrize("call, error", [
    (lambda f, x: f.fft(x, n=0), ValueError),
    (lambda f, x: f.fft(x, n=-3), ValueError),
    (lambda f, x: f.fft(x, n=2.5), TypeError),
    (lambda f, x: f.fft(x, axis=1), IndexError),
    (lambda f, x: f.fft(x, norm="bad"), ValueError),
    (lambda f, x: f.fft(x[:0]), ValueError),
    (lambda f, x: f.irfft(x[:1]), ValueError),
    (lambda f, x: f.rfft(x + 1j), TypeError),
    (lambda f, x: f.fftn(x, s=(3, 4)), IndexError),
    (lambda f, x: f.fftn(x, s=(3, 4), axes=(0,)), ValueError),
    (lambda f, x: f.fftfreq(2.5), ValueError),
    (lambda f, x: f.fftfreq(0), ZeroDivisionError),
])
def test_errors_are_numpys(tn, call, error):
    with pytest.raises(error):
        call(numpy.fft, numpy.arange(4.0))
    with pytest.raises(error):
        call(tn.fft, tn.arange(4.0))


def test_array_api_keywords(tinynet_only):
    tn = tinynet_only
    assert tn.fft.fftfreq(4, d=0.5, device="cpu", dtype="float32").dtype == tn.float32
    with pytest.raises(ValueError, match="Device"):
        tn.fft.fftfreq(4, device="gpu")
    with pytest.raises(ValueError):
        tn.fft.rfftfreq(4, dtype="int64")
