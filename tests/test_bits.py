"""packbits, unpackbits, binary_repr and base_repr against NumPy."""
import os

import numpy
import pytest
from hypothesis import given, settings, strategies as st

from strategies import ALL_DTYPES, INT_DTYPES, agree_nd, nd_cases, nd_shapes

SETTINGS = settings(max_examples=int(os.environ.get("TINYNET_IO_EXAMPLES", "80")), deadline=None)
AXES = st.one_of(st.none(), st.integers(-7, 6))


@SETTINGS
@given(nd_cases(dtype=st.sampled_from(ALL_DTYPES), shape=nd_shapes(max_side=12, max_size=96)), AXES,
       st.sampled_from(["big", "little"]))
def test_packbits_matches_numpy(tn, case, axis, bitorder):
    agree_nd(lambda xp, a: xp.packbits(a, axis=axis, bitorder=bitorder), tn, case, message=True)


@SETTINGS
@given(nd_cases(dtype=st.sampled_from(["uint8", "uint8", "int8", "bool"]), shape=nd_shapes(max_side=5)), AXES,
       st.one_of(st.none(), st.integers(-20, 20)), st.sampled_from(["big", "little"]))
def test_unpackbits_matches_numpy(tn, case, axis, count, bitorder):
    a = case.build(numpy)
    if a.dtype == numpy.uint8 and count and count > 0 and (a.size == 0 if axis is None else
                                                            a.ndim and -a.ndim <= axis < a.ndim and a.shape[axis] == 0):
        # NumPy pads from uninitialised memory here (its result changes from call to call); tinynet pads zeros
        expected = numpy.unpackbits(a, axis=axis, count=count, bitorder=bitorder)
        got = tn.unpackbits(case.build(tn), axis=axis, count=count, bitorder=bitorder)
        assert got.shape == expected.shape and not got.any()
        return
    agree_nd(lambda xp, a: xp.unpackbits(a, axis=axis, count=count, bitorder=bitorder), tn, case, message=True)


@SETTINGS
@given(nd_cases(dtype=st.sampled_from(["bool", "uint8"]), shape=nd_shapes(min_dims=1, max_side=10)),
       st.sampled_from(["big", "little"]))
def test_unpack_of_pack_restores_the_bits(tn, case, bitorder):
    a = case.build(tn)
    axis = a.ndim - 1
    n = a.shape[axis]
    back = tn.unpackbits(tn.packbits(a, axis=axis, bitorder=bitorder), axis=axis, count=n, bitorder=bitorder)
    assert back.tolist() == (a != 0).astype("uint8").tolist()


def test_bit_errors(tn):
    for fn in (lambda xp: xp.packbits(xp.array([1.0])),
               lambda xp: xp.packbits(xp.array([1]), bitorder="x"),
               lambda xp: xp.unpackbits(xp.array([1], dtype="int16")),
               lambda xp: xp.unpackbits(xp.array([1], dtype="uint8"), count=1.5),
               lambda xp: xp.unpackbits(xp.array([1], dtype="uint8"), count=-9),
               lambda xp: xp.packbits(xp.array([1]), axis=1.5)):
        with pytest.raises(Exception) as expected:
            fn(numpy)
        with pytest.raises(type(expected.value)) as got:
            fn(tn)
        assert str(got.value) == str(expected.value)


@SETTINGS
@given(st.one_of(st.integers(-2 ** 70, 2 ** 70), st.integers(-300, 300), st.booleans()),
       st.one_of(st.none(), st.integers(0, 80)))
def test_binary_repr_matches_numpy(tn, num, width):
    try:
        expected = numpy.binary_repr(num, width)
    except ValueError as error:
        with pytest.raises(ValueError) as got:
            tn.binary_repr(num, width)
        assert str(got.value) == str(error)
        return
    assert tn.binary_repr(num, width) == expected


@pytest.mark.parametrize("dtype", INT_DTYPES)
def test_binary_repr_of_array_scalars(tn, dtype):
    for value in (numpy.iinfo(dtype).min, numpy.iinfo(dtype).max, 0):
        width = numpy.dtype(dtype).itemsize * 8
        assert tn.binary_repr(tn.array(value, dtype=dtype)[()], width) == \
            numpy.binary_repr(numpy.array(value, dtype=dtype)[()], width)


@SETTINGS
@given(st.one_of(st.integers(-2 ** 70, 2 ** 70), st.integers(-50, 50)), st.integers(0, 40), st.integers(-2, 5))
def test_base_repr_matches_numpy(tn, number, base, padding):
    try:
        expected = numpy.base_repr(number, base, padding)
    except ValueError as error:
        with pytest.raises(ValueError) as got:
            tn.base_repr(number, base, padding)
        assert str(got.value) == str(error)
        return
    assert tn.base_repr(number, base, padding) == expected


def test_digit_strings_refuse_floats(tn):
    for fn in (lambda xp: xp.binary_repr(2.5), lambda xp: xp.binary_repr(2, width=4.0)):
        with pytest.raises(TypeError) as expected:
            fn(numpy)
        with pytest.raises(TypeError) as got:
            fn(tn)
        assert str(got.value) == str(expected.value)
