"""The scalar type hierarchy and the questions asked of it (core/numerictypes.py), against NumPy.

Each abstract type is compared by name with NumPy's: the same concrete types are below it, the same
dtypes answer issubdtype and isdtype the same way, and min_scalar_type picks the same dtype for any value.
"""
import math

import numpy
import pytest
from hypothesis import given, settings, strategies as st

from strategies import ALL_DTYPES, agree_nd, nd_cases

ABSTRACT = ["generic", "number", "integer", "signedinteger", "unsignedinteger", "inexact", "floating",
            "complexfloating"]
KINDS = ["bool", "signed integer", "unsigned integer", "integral", "real floating", "complex floating",
         "numeric"]
SCALARS = ["bool_", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float16",
           "float32", "float64", "complex64", "complex128"]


@pytest.mark.parametrize("abstract", ABSTRACT)
@pytest.mark.parametrize("concrete", SCALARS)
def test_hierarchy_matches_numpy(tn, abstract, concrete):
    expected = issubclass(getattr(numpy, concrete), getattr(numpy, abstract))
    assert issubclass(getattr(tn, concrete), getattr(tn, abstract)) == expected
    assert isinstance(getattr(tn, concrete)(1), getattr(tn, abstract)) == expected
    assert tn.issubdtype(concrete, getattr(tn, abstract)) == expected
    assert tn.issubdtype(tn.dtype(concrete), getattr(tn, abstract)) == expected


@pytest.mark.parametrize("a", ABSTRACT)
@pytest.mark.parametrize("b", ABSTRACT)
def test_abstract_types_nest_as_numpy(tn, a, b):
    assert issubclass(getattr(tn, a), getattr(tn, b)) == issubclass(getattr(numpy, a), getattr(numpy, b))


@pytest.mark.parametrize("kind", KINDS + [("bool", "real floating")])
@pytest.mark.parametrize("name", SCALARS)
def test_isdtype(tn, kind, name):
    assert tn.isdtype(tn.dtype(name), kind) == numpy.isdtype(numpy.dtype(name), kind)
    assert tn.isdtype(getattr(tn, name), kind) == numpy.isdtype(getattr(numpy, name), kind)


def test_isdtype_bad_input(tn):
    for args in [(1.0, "numeric"), (tn.float64, "foo"), (tn.float64, 3)]:
        np_args = tuple(getattr(numpy, "float64") if a is tn.float64 else a for a in args)
        with pytest.raises(Exception) as expected:
            numpy.isdtype(*np_args)
        with pytest.raises(type(expected.value)) as got:
            tn.isdtype(*args)
        assert str(got.value) == str(expected.value)


def test_issubdtype_with_python_types(tn):
    for a, b in [("float64", float), ("int32", int), ("int64", int), ("complex128", complex), ("bool", bool),
                 (float, "floating"), ("f4", "f8")]:
        b_np = getattr(numpy, b) if isinstance(b, str) and b == "floating" else b
        b_tn = getattr(tn, b) if isinstance(b, str) and b == "floating" else b
        assert tn.issubdtype(a, b_tn) == numpy.issubdtype(a, b_np), (a, b)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.integers(-2 ** 63, 2 ** 64 - 1), st.floats(), st.booleans(),
                 st.complex_numbers(allow_nan=False, allow_infinity=False)))
def test_min_scalar_type(tn, value):
    try:
        expected = numpy.min_scalar_type(value)
    except (OverflowError, TypeError):
        return
    if expected.kind == "O":  # ints beyond 64 bits: object arrays are out of scope
        return
    assert tn.min_scalar_type(value).name == expected.name


@settings(max_examples=50, deadline=None)
@given(a=nd_cases())
def test_min_scalar_type_of_arrays(tn, a):
    agree_nd(lambda xp, x: xp.min_scalar_type(x).name, tn, a)


def test_tables(tn):
    assert tn.typecodes == numpy.typecodes
    for key, value in tn.sctypeDict.items():
        if key in ("longlong", "ulonglong"):  # NumPy's own 64-bit twin types; tinynet has one int64
            assert numpy.dtype(numpy.sctypeDict[key]).name == tn.dtype(value).name
            continue
        assert value.__name__ == numpy.sctypeDict[key].__name__, key
    assert tn.little_endian == numpy.little_endian
    names = {t.__name__ for t in numpy.ScalarType}
    assert {t.__name__ for t in tn.ScalarType} <= names
    assert tn.uint is tn.uint64 and numpy.uint is numpy.uint64


def test_isscalar(tn):
    for make in [lambda xp: 1, lambda xp: 1.5, lambda xp: "a", lambda xp: b"x", lambda xp: xp.float32(1),
                 lambda xp: xp.array(1), lambda xp: [1], lambda xp: None, lambda xp: 1j, lambda xp: xp.True_,
                 lambda xp: xp.int8(3), lambda xp: xp.zeros(3)]:
        assert tn.isscalar(make(tn)) == numpy.isscalar(make(numpy))


def test_abstract_types_cannot_be_made(tn):
    with pytest.raises(TypeError):
        tn.floating(1.0)
