"""Differential tests against NumPy of lib/type_check.py, lib/ufunclike.py and lib/conversion.py:
real, imag, angle, iscomplex(obj), isreal(obj), real_if_close, nan_to_num, common_type, mintypecode,
typename, fix, isposinf, isneginf, sinc, i0, asanyarray, asarray_chkfinite, require, isfortran, astype,
iterable and array_equiv, over N-d shapes and every dtype.

Exact wherever NumPy is: sinc and i0 go through sin and exp, so they are compared within a few ulps.
i0 is NumPy's algorithm (Cephes's Chebyshev series, in the input's precision) operation for operation;
only e**x differs (NumPy's SIMD exp against the C library's, up to 1 ulp), which moves a float64 result
by at most 3 ulps and a float32 one by at most 4 (100,000 random values each); float16 is exact.
"""
import numpy
import pytest
from hypothesis import HealthCheck, assume, example, given, settings, strategies as st

from strategies import ALL_DTYPES, FLOAT_DTYPES, NdCase, agree_nd, nd_broadcastable_shapes, nd_cases, nd_elements, undefined_in_c

SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
EXACT = ["real", "imag", "iscomplex", "isreal", "iscomplexobj", "isrealobj", "real_if_close", "nan_to_num",
         "fix", "isposinf", "isneginf", "asanyarray", "asarray_chkfinite", "isfortran", "iterable"]


@pytest.mark.parametrize("name", EXACT)
@SETTINGS
@given(a=nd_cases())
def test_exact_functions(tn, name, a):
    agree_nd(lambda xp, x: getattr(xp, name)(x), tn, a)


@SETTINGS
@given(a=nd_cases(), deg=st.booleans())
def test_angle(tn, a, deg):
    agree_nd(lambda xp, x: xp.angle(x, deg=deg), tn, a, ulps=2)


@SETTINGS
@given(a=nd_cases(dtype=st.sampled_from(FLOAT_DTYPES + ("complex64", "complex128"))),
       fills=st.tuples(st.floats(-1e6, 1e6), st.one_of(st.none(), st.floats(-1e6, 1e6)),
                       st.one_of(st.none(), st.floats(-1e6, 1e6))))
def test_nan_to_num_with_fills_and_in_place(tn, a, fills):
    nan, posinf, neginf = fills
    agree_nd(lambda xp, x: xp.nan_to_num(x, nan=nan, posinf=posinf, neginf=neginf), tn, a)
    agree_nd(lambda xp, x: xp.nan_to_num(x, copy=False), tn, a)


@SETTINGS
@given(a=nd_cases(), scalar=nd_elements("float64"))
def test_scalars_and_lists(tn, a, scalar):
    for name in ("real", "imag", "nan_to_num", "fix", "isposinf", "iscomplex", "sinc", "i0"):
        agree_nd(lambda xp, v: getattr(xp, name)(v), tn, scalar, ulps=4)
    agree_nd(lambda xp, x: xp.real_if_close(x + 1e-15j) if x.dtype.kind in "fc" else x, tn, a)


def _sinc_elements(dtype):
    # complex parts of moderate size: NumPy divides complex64 in single precision, where sin(y) / y of a
    # subnormal y is inf + nan j
    if dtype.startswith("complex"):
        part = st.one_of(st.just(0.0), st.floats(1e-3, 50.0), st.floats(-50.0, -1e-3))
        return st.tuples(part, part).map(lambda p: complex(*p))
    return nd_elements(dtype)


I0_ULPS = {"float16": 0, "float32": 4}  # others, and integers (computed in float64): 3


@SETTINGS
@given(a=nd_cases(elements_for=_sinc_elements))
@example(a=NdCase([38], (1,), "int8"))  # a power series summed in double was 5 ulps off here
def test_sinc_and_i0(tn, a):
    if a.dtype.startswith("complex"):
        # NumPy computes complex sin(y) / y in the dtype's precision: compare normwise, with an error
        # that grows with |y| = pi |x| (complex64's sinc(4.4375 - 1j) is 5 ulp off in its real part)
        size = float(numpy.abs(a.numpy()).max(initial=0.0)) * 3.2 + 1.0
        with numpy.errstate(all="ignore"):
            value = float(numpy.nan_to_num(numpy.abs(numpy.sinc(a.numpy())), posinf=0.0).max(initial=0.0))
        eps = 2.0 ** -20 if a.dtype == "complex64" else 2.0 ** -48
        agree_nd(lambda xp, x: xp.sinc(x), tn, a, rtol=size * (value + 1.0) * eps)
    else:
        agree_nd(lambda xp, x: xp.sinc(x), tn, a, ulps=4)
    agree_nd(lambda xp, x: xp.i0(x), tn, a, ulps=I0_ULPS.get(a.dtype, 3))


@SETTINGS
@given(arrays=st.lists(nd_cases(shape=(2,)), min_size=0, max_size=3))
def test_common_type_and_mintypecode(tn, arrays):
    agree_nd(lambda xp, *xs: xp.common_type(*xs).__name__, tn, *arrays)
    agree_nd(lambda xp, *xs: xp.mintypecode(list(xs)), tn, *arrays)
    agree_nd(lambda xp, *xs: xp.mintypecode([x.dtype.char for x in xs] + ["S"]), tn, *arrays)


@pytest.mark.parametrize("char", "?bBhHiIlLqQfdFDgGSUVO")
def test_typename(tn, char):
    assert tn.typename(char) == numpy.typename(char)


@SETTINGS
@given(data=st.data())
def test_array_equiv(tn, data):
    sa, sb = data.draw(nd_broadcastable_shapes(max_dims=3, max_size=12))
    dtype = data.draw(st.sampled_from(("int8", "float64", "bool")))
    elements = lambda d: st.integers(0, 1) if d != "bool" else st.booleans()  # noqa: E731 - equal often
    a = data.draw(nd_cases(shape=sa, dtype=dtype, elements_for=elements))
    b = data.draw(st.one_of(nd_cases(shape=sb, dtype=dtype, elements_for=elements), nd_cases(dtype=dtype)))
    agree_nd(lambda xp, x, y: xp.array_equiv(x, y), tn, a, b)


@SETTINGS
@given(a=nd_cases(), dtype=st.sampled_from(ALL_DTYPES),
       requirements=st.lists(st.sampled_from(["C", "F", "A", "W", "O", "E", "C_CONTIGUOUS", "OWNDATA"]),
                             max_size=3))
def test_require_and_astype(tn, a, dtype, requirements):
    # (nan, inf or a float out of an integer dtype's range casts to whatever C leaves: not compared)
    assume(not undefined_in_c(a, dtype))
    def required(xp, x):
        r = xp.require(x, dtype=dtype, requirements=requirements)
        return r, bool(r.flags.c_contiguous), bool(r.flags.f_contiguous), bool(r.flags.writeable)
    agree_nd(required, tn, a)
    agree_nd(lambda xp, x: xp.require(x.T, requirements=requirements).flags.f_contiguous, tn, a)
    agree_nd(lambda xp, x: xp.isfortran(x.T), tn, a)
    agree_nd(lambda xp, x: xp.astype(x, dtype), tn, a)


def test_bad_input(tn):
    with pytest.raises(ValueError, match="array must not contain infs or NaNs"):
        tn.asarray_chkfinite([1.0, float("inf")])
    with pytest.raises(TypeError, match="Input should be a NumPy array or scalar. It is a <class 'list'> instead."):
        tn.astype([1, 2], "int8")
    with pytest.raises(TypeError, match="This operation is not supported for complex128 values"):
        tn.isposinf(tn.array([1j]))
    with pytest.raises(TypeError, match="i0 not supported for complex values"):
        tn.i0(tn.array([1j]))
    with pytest.raises(TypeError, match="can't get common type for non-numeric array"):
        tn.common_type(tn.array([True]))
    with pytest.raises(ValueError):
        tn.require([1], requirements=["C", "F"])
