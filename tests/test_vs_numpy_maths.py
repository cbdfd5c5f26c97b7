"""Differential tests against NumPy: windows and i0, convolve/correlate, vecdot/matvec/vecmat/cross,
gradient/trapezoid/interp/unwrap, and the polynomial functions with poly1d.

Tolerances, where a result is not compared bit for bit:
- blackman/hamming/hanning: NumPy's cos is its own SIMD routine, tinynet's math.cos.  Allowed: 8 ulps.
- i0 and kaiser: i0 is NumPy's Chebyshev algorithm, but its e**x is NumPy's SIMD exp, tinynet's math.exp
  (up to 1 ulp apart).  Allowed: 3 ulps for i0, 6 for kaiser (a quotient of two i0 values).
- convolve/correlate/vecdot/matvec/vecmat of floats: NumPy's inner products may use BLAS, in another order
  of additions: the sums rule of tests/strategies.py, (n + 1) eps sum |x_i y_i|.
- trapezoid: a sum, as above; polyfit and roots: results of least squares and eigenvalues, 1e-8.
"""
import math

import numpy
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from strategies import NdCase, agree_nd, nd_cases, nd_shapes

SETTINGS = settings(max_examples=50, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

small_ints = st.integers(-6, 6)
finite = st.floats(-1e3, 1e3, allow_nan=False, allow_infinity=False, width=64)


def vector(elements, min_size=1, max_size=7):
    return st.lists(elements, min_size=min_size, max_size=max_size)


# --------------------------------------------------------------------------
# windows and i0
# --------------------------------------------------------------------------


@given(M=st.one_of(st.integers(-2, 40), st.floats(-2, 40, allow_nan=False)))
@SETTINGS
def test_bartlett_exact(tn, M):
    agree_nd(lambda np: np.bartlett(M), tn)


@pytest.mark.parametrize("name", ["blackman", "hamming", "hanning"])
@given(M=st.integers(-2, 60))
@SETTINGS
def test_cosine_windows(tn, name, M):
    agree_nd(lambda np: getattr(np, name)(M), tn, ulps=8)


@given(M=st.integers(-1, 30), beta=st.floats(0, 60, allow_nan=False))
@SETTINGS
def test_kaiser(tn, M, beta):
    agree_nd(lambda np: np.kaiser(M, beta), tn, ulps=6)


@given(x=st.lists(st.one_of(st.floats(-720, 720), st.just(math.nan), st.just(math.inf)), min_size=0, max_size=8))
@SETTINGS
def test_i0(tn, x):
    agree_nd(lambda np, a: np.i0(a), tn, NdCase(x, (len(x),), "float64"), ulps=3)
    agree_nd(_i0_raising, tn, NdCase(x, (len(x),), "float64"), ulps=3, message=True)
    agree_nd(lambda np: np.i0(np.array([1j])), tn)


def _i0_raising(xp, a):
    # underflow (ignored by default) is not compared: NumPy's flags for it come from its SIMD loops
    # (float32 exp(1e-45) underflows there) and from each float16 operation
    with xp.errstate(over="raise", invalid="raise", divide="raise"):
        return xp.i0(a)


@pytest.mark.parametrize("dtype", ["float16", "float32", "float64", "int16"])
def test_i0_floating_point_errors(tn, dtype):
    # e**x overflows for finite x (past 11.09 in float16, 88.72 in float32, 709.78 in float64), and
    # at x = inf the formula meets inf / inf: NumPy's "overflow encountered in exp" and
    # "invalid value encountered in divide"; nan gives nan and no error
    big = {"float16": 12.0, "float32": 89.0, "float64": 710.0, "int16": 720}[dtype]
    specials = () if dtype == "int16" else ([float("nan"), 2.0], [float("-inf")], [float("inf"), -big])
    for values in ([big], [-big, 1.0]) + specials:
        agree_nd(_i0_raising, tn, NdCase(values, (len(values),), dtype), message=True)
        agree_nd(lambda np, a: np.i0(a), tn, NdCase(values, (len(values),), dtype), ulps=3)


# --------------------------------------------------------------------------
# convolution
# --------------------------------------------------------------------------


@pytest.mark.parametrize("dtype", ["bool", "int8", "int64", "uint16", "float32", "float64", "complex128"])
@pytest.mark.parametrize("name", ["convolve", "correlate"])
@given(a=vector(small_ints), v=vector(small_ints), mode=st.sampled_from(["full", "same", "valid", 0, 1, 2]))
@SETTINGS
def test_convolve_correlate(tn, dtype, name, a, v, mode):
    if dtype == "complex128":
        v = [complex(x, x % 3) for x in v]
    elif dtype == "bool":
        a, v = [x > 0 for x in a], [x > 0 for x in v]
    elif dtype.startswith("uint"):
        a, v = [abs(x) for x in a], [abs(x) for x in v]
    ca, cv = NdCase(a, (len(a),), dtype), NdCase(v, (len(v),), dtype)
    # The sign of a complex zero depends on where NumPy conjugates (before or after swapping): not compared.
    agree_nd(lambda np, x, y: getattr(np, name)(x, y, mode), tn, ca, cv, signed_zeros=dtype != "complex128")


@given(a=vector(finite), v=vector(finite))
@SETTINGS
def test_convolve_floats(tn, a, v):
    bound = (len(a) + len(v)) * 2.2e-16 * max(abs(x) for x in a + v) ** 2 * min(len(a), len(v)) + 1e-300
    agree_nd(lambda np, x, y: np.convolve(x, y), tn, NdCase(a, (len(a),), "float64"),
             NdCase(v, (len(v),), "float64"), rtol=bound)


def test_convolve_bad_input(tn):
    for args in (([], [1]), ([1], []), ([[1]], [1])):
        agree_nd(lambda np: np.convolve(*args), tn, message=True)
    agree_nd(lambda np: np.correlate([1, 2], [1], mode="middle"), tn)


# --------------------------------------------------------------------------
# vector products
# --------------------------------------------------------------------------


@pytest.mark.parametrize("dtype", ["int16", "int64", "float64", "complex128", "bool"])
@given(batch=nd_shapes(0, 2, max_side=3), data=st.data())
@SETTINGS
def test_vecdot_matvec_vecmat(tn, dtype, batch, data):
    n = data.draw(st.integers(1, 4))
    m = data.draw(st.integers(1, 3))
    x = data.draw(nd_cases(shape=batch + (n,), dtype=dtype, small=True))
    y = data.draw(nd_cases(shape=batch[1:] + (n,), dtype=dtype, small=True))
    A = data.draw(nd_cases(shape=batch + (m, n), dtype=dtype, small=True))
    B = data.draw(nd_cases(shape=(n, m), dtype=dtype, small=True))
    agree_nd(lambda np, a, b: np.vecdot(a, b), tn, x, y)
    agree_nd(lambda np, a, b: np.matvec(a, b), tn, A, y)
    agree_nd(lambda np, a, b: np.vecmat(a, b), tn, x, B)
    wrong = data.draw(nd_cases(shape=(n + 1,), dtype=dtype, small=True))
    agree_nd(lambda np, a, b: np.vecdot(a, b), tn, x, wrong, message=True)
    agree_nd(lambda np, a, b: np.matvec(a, b), tn, A, wrong, message=True)


@pytest.mark.parametrize("dtype", ["int8", "int64", "float64", "complex128"])
@given(batch=nd_shapes(0, 2, max_side=3), sizes=st.tuples(st.sampled_from([2, 3]), st.sampled_from([2, 3])),
       data=st.data())
@SETTINGS
def test_cross(tn, dtype, batch, sizes, data):
    a = data.draw(nd_cases(shape=batch + (sizes[0],), dtype=dtype, small=True))
    b = data.draw(nd_cases(shape=batch[1:] + (sizes[1],), dtype=dtype, small=True))
    agree_nd(lambda np, x, y: np.cross(x, y), tn, a, b)
    if sizes == (3, 3) and batch:
        c = data.draw(nd_cases(shape=(3,) + batch, dtype=dtype, small=True))
        agree_nd(lambda np, x, y: np.cross(x, y, axisa=0, axisc=0), tn, c, b)
    agree_nd(lambda np: np.cross([1, 2, 3, 4], [1, 2, 3]), tn, message=True)


# --------------------------------------------------------------------------
# calculus
# --------------------------------------------------------------------------


@pytest.mark.parametrize("dtype", ["int32", "float32", "float64"])
@given(shape=nd_shapes(1, 3, max_side=5, min_side=3), edge=st.sampled_from([1, 2]), data=st.data())
@SETTINGS
def test_gradient_exact(tn, dtype, shape, edge, data):
    f = data.draw(nd_cases(shape=shape, dtype=dtype, small=True))
    axis = data.draw(st.integers(-len(shape), len(shape) - 1))
    spacing = data.draw(st.sampled_from(["none", "scalar", "coordinates"]))
    if spacing == "coordinates":
        steps = data.draw(st.lists(st.sampled_from([0.5, 1.0, 2.0, 3.0]), min_size=shape[axis],
                                   max_size=shape[axis]))
        coordinates = [sum(steps[:i + 1]) for i in range(len(steps))]
        agree_nd(lambda np, x: np.gradient(x, np.array(coordinates), axis=axis, edge_order=edge), tn, f)
    elif spacing == "scalar":
        agree_nd(lambda np, x: np.gradient(x, 0.5, axis=axis, edge_order=edge), tn, f)
    else:
        agree_nd(lambda np, x: np.gradient(x, edge_order=edge), tn, f)


def test_gradient_bad_input(tn):
    agree_nd(lambda np: np.gradient([1, 2], edge_order=2), tn, message=True)
    agree_nd(lambda np: np.gradient([1, 2, 3], edge_order=3), tn, message=True)
    agree_nd(lambda np: np.gradient([1, 2, 3], [1, 2]), tn, message=True)


@given(y=nd_cases(shape=nd_shapes(1, 3, max_side=5), dtype=st.sampled_from(["int64", "float64"]), small=True),
       data=st.data())
@SETTINGS
def test_trapezoid(tn, y, data):
    axis = data.draw(st.integers(-y.ndim, y.ndim - 1))
    dx = data.draw(st.sampled_from([1.0, 0.5, 3]))
    agree_nd(lambda np, a: np.trapezoid(a, dx=dx, axis=axis), tn, y, rtol=1e-12)
    n = y.shape[axis]
    x = [0.5 * i * i for i in range(n)]
    agree_nd(lambda np, a: np.trapezoid(a, x=x, axis=axis), tn, y, rtol=1e-12)


@given(xp=st.lists(st.floats(-5, 5, allow_nan=False), min_size=1, max_size=6, unique=True),
       x=st.lists(st.one_of(st.floats(-7, 7), st.sampled_from([math.nan, math.inf, -math.inf])), max_size=6), data=st.data())
@SETTINGS
def test_interp(tn, xp, x, data):
    xp = sorted(xp)
    fp = data.draw(st.lists(finite, min_size=len(xp), max_size=len(xp)))
    options = data.draw(st.sampled_from([{}, {"left": -1.0, "right": 9.0}, {"period": 4.0}]))
    if "period" in options and len(set(numpy.mod(xp, 4.0).tolist())) < len(xp):
        # NumPy orders xp % period with its default sort, which is unstable: for two points equal modulo the
        # period, which fp comes first depends on the CPU's SIMD sort, so that case has no single answer
        options = {}
    agree_nd(lambda np: np.interp(x, xp, fp, **options), tn)
    complex_fp = [complex(v, -v) for v in fp]
    agree_nd(lambda np: np.interp(x, xp, complex_fp), tn)


def test_interp_bad_input(tn):
    agree_nd(lambda np: np.interp([1.0], [], []), tn, message=True)
    agree_nd(lambda np: np.interp([1.0], [1, 2], [1]), tn, message=True)
    agree_nd(lambda np: np.interp([1.0], [1, 2], [1, 2], period=0), tn, message=True)


@given(p=nd_cases(shape=nd_shapes(1, 3, max_side=5), dtype=st.sampled_from(["float64", "int64"])),
       data=st.data())
@SETTINGS
def test_unwrap(tn, p, data):
    axis = data.draw(st.integers(-p.ndim, p.ndim - 1))
    period = data.draw(st.sampled_from([2 * math.pi, 4, 5, 1.5]))
    agree_nd(lambda np, a: np.unwrap(a, axis=axis, period=period), tn, p)


# --------------------------------------------------------------------------
# polynomials
# --------------------------------------------------------------------------


@given(a=vector(small_ints), b=vector(small_ints), m=st.integers(0, 3))
@SETTINGS
def test_polynomial_arithmetic_exact(tn, a, b, m):
    agree_nd(lambda np: np.polyadd(a, b), tn)
    agree_nd(lambda np: np.polysub(a, b), tn)
    agree_nd(lambda np: np.polymul(a, b), tn)
    agree_nd(lambda np: np.polyder(a, m), tn)
    agree_nd(lambda np: np.polyint(a, m, k=list(range(1, m + 1))), tn)
    agree_nd(lambda np: np.polyval(a, [0, 1, -2, 3]), tn)
    agree_nd(lambda np: np.poly(a), tn)
    agree_nd(lambda np: np.vander(a), tn)
    agree_nd(lambda np: np.vander(a, m, increasing=True), tn)
    if b[0]:
        agree_nd(lambda np: np.polydiv([float(c) for c in a], b), tn)


@given(a=vector(small_ints), b=vector(small_ints))
@SETTINGS
def test_poly1d(tn, a, b):
    agree_nd(lambda np: str(np.poly1d(a)), tn)
    agree_nd(lambda np: repr(np.poly1d(a)), tn)
    agree_nd(lambda np: str(np.poly1d(a) * np.poly1d(b) - 3), tn)
    agree_nd(lambda np: (np.poly1d(a) + b).coeffs, tn)
    agree_nd(lambda np: np.poly1d(a)(2.5), tn)
    agree_nd(lambda np: np.poly1d(a).deriv().coeffs, tn)
    agree_nd(lambda np: (np.poly1d(a) ** 2).order, tn)


@given(p=vector(small_ints, min_size=1, max_size=6))
@SETTINGS
def test_roots(tn, p):
    expected = numpy.sort_complex(numpy.roots(p))
    found = numpy.sort_complex(numpy.array(tn.roots(p).tolist(), dtype=complex))
    assert found.shape == expected.shape
    scale = 1 + numpy.abs(expected)
    # Roots of multiplicity k are only determined to about eps**(1/k): compare the polynomial instead.
    assert numpy.all(numpy.abs(found - expected) <= 1e-3 * scale) or numpy.allclose(
        numpy.poly(found), numpy.poly(expected), rtol=1e-6, atol=1e-6)


@given(y=st.lists(finite, min_size=6, max_size=10), deg=st.integers(0, 3))
@SETTINGS
def test_polyfit(tn, y, deg):
    x = list(range(len(y)))
    expected = numpy.polyfit(x, y, deg)
    agree_nd(lambda np: np.polyfit(x, y, deg), tn, rtol=1e-8 * (1 + numpy.abs(expected)))
    agree_nd(lambda np: np.polyfit(x, y, -1), tn, message=True)
