"""Differential tests of lib/elementwise_int.py against NumPy: fmod, divmod, gcd, lcm, bitwise_count,
fmax, fmin, conjugate and the array API's bitwise names, over N-d shapes and every dtype.

All of them are exact: integer results wrap as NumPy's, float remainders are computed from the exact C
fmod.  fmax and fmin leave the sign of a zero unspecified (NumPy's SIMD loop gives fmax(-0.0, 0.0) = 0.0,
its scalar loop -0.0), so zeros compare without their signs there.
"""
import operator

import numpy
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from strategies import ALL_DTYPES, INT_DTYPES, agree_nd, nd_broadcastable_shapes, nd_cases, nd_elements

SETTINGS = settings(max_examples=50, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
BINARY = ["fmod", "divmod", "gcd", "lcm", "fmax", "fmin"]


@pytest.mark.parametrize("name", BINARY)
@SETTINGS
@given(data=st.data())
def test_binary_matches_numpy(tn, name, data):
    """f(a, b) for broadcast N-d arrays of any two dtypes, and with a Python int on either side."""
    sa, sb = data.draw(nd_broadcastable_shapes(max_dims=4, max_size=24), label="shapes")
    a = data.draw(nd_cases(shape=sa, dtype=st.sampled_from(ALL_DTYPES)), label="a")
    b = data.draw(st.one_of(nd_cases(shape=sb, dtype=st.sampled_from(ALL_DTYPES)), st.integers(-300, 300)),
                  label="b")
    zeros = name not in ("fmax", "fmin")
    agree_nd(lambda xp, x, y: getattr(xp, name)(x, y), tn, a, b, signed_zeros=zeros)
    agree_nd(lambda xp, x, y: getattr(xp, name)(y, x), tn, a, b, signed_zeros=zeros)


@pytest.mark.parametrize("name", ["gcd", "lcm", "fmax", "fmin"])
@SETTINGS
@given(data=st.data())
def test_reduce_accumulate_outer(tn, name, data):
    dtype = data.draw(st.sampled_from(INT_DTYPES + ("float64",) if name.startswith("f") else INT_DTYPES))
    a = data.draw(nd_cases(dtype=dtype, elements_for=lambda d: nd_elements(d, small=True)), label="a")
    axis = data.draw(st.sampled_from([None] + list(range(len(a.shape)))))
    agree_nd(lambda xp, x: getattr(xp, name).reduce(x, axis=axis), tn, a, signed_zeros=False)
    if a.shape:
        agree_nd(lambda xp, x: getattr(xp, name).accumulate(x, axis=axis or 0), tn, a, signed_zeros=False)
        agree_nd(lambda xp, x: getattr(xp, name).outer(x, x), tn, a, signed_zeros=False)


@SETTINGS
@given(a=nd_cases())
def test_bitwise_count_and_conjugate(tn, a):
    agree_nd(lambda xp, x: xp.bitwise_count(x), tn, a, message=True)
    agree_nd(lambda xp, x: xp.conjugate(x), tn, a)
    agree_nd(lambda xp, x: xp.conj(x), tn, a)


@pytest.mark.parametrize("op", [operator.lshift, operator.rshift])
@SETTINGS
@given(data=st.data())
def test_reflected_shifts(tn, op, data):
    """int << array and int >> array (the reflected operators) as NumPy computes them."""
    a = data.draw(nd_cases(dtype=st.sampled_from(INT_DTYPES), elements_for=lambda d: st.integers(0, 7)))
    n = data.draw(st.integers(0, 100))
    agree_nd(lambda xp, x: op(n, x), tn, a)


def test_array_api_bitwise_names_are_the_same_ufuncs(tn):
    assert tn.bitwise_invert is tn.invert
    assert tn.bitwise_left_shift is tn.left_shift
    assert tn.bitwise_right_shift is tn.right_shift


def test_divide_by_zero_warns_with_the_ufunc_name(tn):
    with pytest.warns(RuntimeWarning, match="divide by zero encountered in fmod"):
        tn.fmod(tn.array([5], dtype="int8"), 0)
    with tn.errstate(divide="raise"):
        with pytest.raises(FloatingPointError, match="divide by zero encountered in divmod"):
            tn.divmod(tn.array([1.0]), 0.0)
    with pytest.raises(TypeError, match="ufunc 'gcd' did not contain a loop with signature matching types"):
        tn.gcd(tn.array([1.5]), 2)
    with pytest.raises(ValueError, match="reduce only supported for functions returning a single value"):
        tn.divmod.reduce(tn.array([1, 2]))
    assert numpy.gcd.identity == tn.gcd.identity == 0
