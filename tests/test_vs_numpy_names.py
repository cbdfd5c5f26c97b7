"""Differential tests against NumPy of names no other test file covered: aliases, splits, r_/c_ and friends.

- splits and joins: hsplit, vsplit, dsplit, concat, atleast_2d, r_ and c_ (with their string directives);
- axes: permute_dims, rollaxis;
- ufunc aliases and the ufunc type: amax, amin, bitwise_and, bitwise_not, logical_xor, true_divide, positive;
- scalar type aliases (byte, ubyte, short, ushort, intc, uintc, long, ulong, intp, uintp, csingle, ...) and
  the constants e, euler_gamma, False_;
- flatiter (a.flat), geterrcall, random.BitGenerator.

Each runs on N-d shapes (0-d and size 0 included where NumPy accepts them) and the dtypes NumPy accepts,
comparing shape, dtype and values exactly (agree_nd), and errors by type and, where noted, message.
"""
import math

import numpy
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from strategies import ALL_DTYPES, COMPLEX_DTYPES, INT_DTYPES, NdCase, agree_nd, nd_cases, nd_elements, nd_shapes

SETTINGS = settings(max_examples=50, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
BITWISE_DTYPES = ("bool",) + INT_DTYPES


def _sections(data, length):
    """An int number of sections (dividing length or not) or a list of split points (out of range too)."""
    if data.draw(st.booleans()):
        return data.draw(st.integers(1, 4))
    return data.draw(st.lists(st.integers(-length - 1, length + 2), max_size=3))


# --------------------------------------------------------------------------------------------- splits, joins

@given(a=nd_cases(shape=nd_shapes(0, 4, max_side=5)), data=st.data())
@SETTINGS
def test_hsplit_vsplit_dsplit(tn, a, data):
    for name, axis in (("hsplit", 1 if a.ndim > 1 else 0), ("vsplit", 0), ("dsplit", 2)):
        length = a.shape[axis] if axis < a.ndim else 0
        sections = _sections(data, length)
        agree_nd(lambda xp, x: getattr(xp, name)(x, sections), tn, a, message=True)
    agree_nd(lambda xp, x: [xp.shares_memory(p, x) for p in xp.hsplit(x, [1]) if p.size] if x.ndim else [], tn, a)


@given(data=st.data(), dtypes=st.tuples(st.sampled_from(ALL_DTYPES), st.sampled_from(ALL_DTYPES)))
@SETTINGS
def test_concat(tn, data, dtypes):
    shape = data.draw(nd_shapes(1, 4, max_side=4))
    axis = data.draw(st.sampled_from([None] + list(range(-len(shape), len(shape)))))
    other = list(shape)
    if axis is not None:
        other[axis] = data.draw(st.integers(0, 4))
    elif data.draw(st.booleans()):
        other = other[:-1]  # axis=None flattens, so any shapes join
    a = data.draw(nd_cases(shape=tuple(shape), dtype=dtypes[0]))
    b = data.draw(nd_cases(shape=tuple(other), dtype=dtypes[1]))
    agree_nd(lambda xp, x, y: xp.concat([x, y], axis=axis), tn, a, b)
    agree_nd(lambda xp, x, y: xp.concat((x, y, x), axis=axis), tn, a, b)
    agree_nd(lambda xp, x, y: xp.concat([x, y], axis=len(shape)), tn, a, b, message=True)


@given(cases=st.lists(nd_cases(shape=nd_shapes(0, 4, max_side=3)), min_size=1, max_size=3))
@SETTINGS
def test_atleast_2d(tn, cases):
    agree_nd(lambda xp, x: xp.atleast_2d(x), tn, cases[0])
    agree_nd(lambda xp, x: xp.shares_memory(xp.atleast_2d(x), x) if x.size else True, tn, cases[0])
    agree_nd(lambda xp, *xs: xp.atleast_2d(*xs), tn, *cases)
    agree_nd(lambda xp, x: xp.atleast_2d(x.tolist()), tn, cases[0])


# r_ and c_: entries are arrays of 0 to 2 axes, slices (arange, or linspace for a complex step) and scalars
DIRECTIVES = ("0", "-1", "1", "0,1", "0,2", "1,2", "-1,2", "0,2,0", "1,2,0", "0,3,-1", "1,3,1", "-1,3,0",
              "0,3,-2", "2,3,0", "0,2,0,7", "x", "1,x")


@st.composite
def _entries(draw):
    length = draw(st.integers(0, 3))
    dtype = st.sampled_from(ALL_DTYPES)
    kinds = draw(st.lists(st.sampled_from(["vector", "vector", "matrix", "scalar", "pyscalar", "slice",
                                           "linspace"]), min_size=1, max_size=3))
    out = []
    for kind in kinds:
        if kind == "vector":
            out.append(draw(nd_cases(shape=(length,), dtype=dtype)))
        elif kind == "matrix":
            out.append(draw(nd_cases(shape=(draw(st.integers(0, 2)), length), dtype=dtype)))
        elif kind == "scalar":
            out.append(draw(nd_cases(shape=(), dtype=dtype)))
        elif kind == "pyscalar":
            out.append(draw(st.sampled_from([0, -3, 2.5, True, 1j, 300])))
        elif kind == "slice":
            start = draw(st.integers(-2, 2))
            out.append(slice(start, start + length, draw(st.sampled_from([None, 1]))))
        else:
            out.append(slice(draw(st.sampled_from([0, -1.5])), 2, complex(0, length)))
    return out


@given(entries=_entries(), directive=st.one_of(st.none(), st.sampled_from(DIRECTIVES)))
@SETTINGS
def test_r_and_c(tn, entries, directive):
    key = ([directive] if directive is not None else []) + entries
    agree_nd(lambda xp, *items: xp.r_[tuple(items)], tn, *key, message=True)
    agree_nd(lambda xp, *items: xp.c_[tuple(items)], tn, *key, message=True)
    if len(key) > 1:
        agree_nd(lambda xp, *items: xp.r_[items[1], items[0]], tn, *key, message=True)


def test_r_and_c_examples(tn):
    """NumPy's documented forms, value for value."""
    a = NdCase([1, 2], (2,), "int8")
    agree_nd(lambda xp, x: xp.r_[x, 300], tn, a, message=True)              # int8 cannot hold 300
    agree_nd(lambda xp, x: xp.r_[x, 3.5, True], tn, a)
    agree_nd(lambda xp, x: xp.r_[xp.float32(2), 1e300], tn, a)
    agree_nd(lambda xp: xp.r_[-1:1:6j, [0] * 3, 5, 6], tn)
    agree_nd(lambda xp: xp.r_["0,2", [1, 2, 3], [4, 5, 6]], tn)
    agree_nd(lambda xp: xp.r_["0,2,0", [1, 2, 3], [4, 5, 6]], tn)
    agree_nd(lambda xp: xp.r_["1,2,0", [1, 2, 3], [4, 5, 6]], tn)
    agree_nd(lambda xp: xp.c_[xp.zeros((2, 2, 2)), xp.ones((2, 2, 1))], tn)
    agree_nd(lambda xp: xp.r_[()], tn, message=True)
    agree_nd(lambda xp: xp.r_[1, "0", 2], tn, message=True)
    assert len(tn.r_) == len(tn.c_) == 0


# --------------------------------------------------------------------------------------------- axes

@given(a=nd_cases(shape=nd_shapes(0, 5, max_side=3)), data=st.data())
@SETTINGS
def test_permute_dims(tn, a, data):
    axes = tuple(data.draw(st.permutations(range(a.ndim))))
    negative = tuple(i - a.ndim if data.draw(st.booleans()) else i for i in axes)
    agree_nd(lambda xp, x: xp.permute_dims(x, negative), tn, a)
    agree_nd(lambda xp, x: xp.shares_memory(xp.permute_dims(x, axes), x) if x.size else True, tn, a)
    bad = data.draw(st.lists(st.integers(-a.ndim - 1, a.ndim + 1), max_size=a.ndim + 1).map(tuple))
    agree_nd(lambda xp, x: xp.permute_dims(x, bad), tn, a)


@given(a=nd_cases(shape=nd_shapes(0, 5, max_side=3)), data=st.data())
@SETTINGS
def test_rollaxis(tn, a, data):
    axis = data.draw(st.integers(-a.ndim - 1, a.ndim))
    start = data.draw(st.integers(-a.ndim - 2, a.ndim + 2))
    agree_nd(lambda xp, x: xp.rollaxis(x, axis, start), tn, a, message=True)
    agree_nd(lambda xp, x: xp.rollaxis(x, axis), tn, a, message=True)
    if a.ndim and a.size:
        agree_nd(lambda xp, x: xp.shares_memory(xp.rollaxis(x, -1, 0), x), tn, a)


# --------------------------------------------------------------------------------------------- ufunc aliases

@given(a=nd_cases(shape=nd_shapes(0, 4, max_side=4)), data=st.data())
@SETTINGS
def test_amax_amin(tn, a, data):
    axis = data.draw(st.sampled_from([None] + list(range(-a.ndim, a.ndim))))
    keepdims = data.draw(st.booleans())
    for name in ("amax", "amin"):  # the sign of a zero result is unspecified: max(0.0, -0.0) may be either
        agree_nd(lambda xp, x: getattr(xp, name)(x, axis=axis, keepdims=keepdims), tn, a, message=True,
                 signed_zeros=False)
        agree_nd(lambda xp, x: getattr(xp, name)(x, axis=axis, initial=0, where=x != 0) if x.dtype.kind != "c"
                 else True, tn, a, signed_zeros=False)


@st.composite
def _pairs(draw, dtypes):
    """Two cases of broadcastable shapes (0 to 4 axes, size 0 included) with dtypes drawn from dtypes."""
    from strategies import nd_broadcastable_shapes

    shape_a, shape_b = draw(nd_broadcastable_shapes(max_dims=4))
    a = draw(nd_cases(shape=shape_a, dtype=st.sampled_from(dtypes)))
    b = draw(nd_cases(shape=shape_b, dtype=st.sampled_from(dtypes)))
    return a, b


@given(pair=_pairs(ALL_DTYPES))
@SETTINGS
def test_bitwise_and_logical_xor(tn, pair):
    a, b = pair
    agree_nd(lambda xp, x, y: xp.bitwise_and(x, y), tn, a, b)
    agree_nd(lambda xp, x, y: xp.logical_xor(x, y), tn, a, b)
    agree_nd(lambda xp, x: xp.bitwise_and(x, 6), tn, a)
    agree_nd(lambda xp, x: xp.logical_xor(x, 0.5), tn, a)
    agree_nd(lambda xp, x, y: xp.bitwise_and.reduce(x, axis=None) if x.dtype.kind in "biu" else True, tn, a, b)


@given(a=nd_cases(shape=nd_shapes(0, 4, max_side=4)))
@SETTINGS
def test_bitwise_not_and_positive(tn, a):
    agree_nd(lambda xp, x: xp.bitwise_not(x), tn, a)
    agree_nd(lambda xp, x: xp.positive(x), tn, a)
    agree_nd(lambda xp, x: (xp.bitwise_not is xp.invert, xp.positive(x) is x), tn, a)


@given(pair=_pairs(tuple(d for d in ALL_DTYPES if d not in COMPLEX_DTYPES)))
@SETTINGS
def test_true_divide(tn, pair):
    a, b = pair
    agree_nd(lambda xp, x, y: xp.true_divide(x, y), tn, a, b)
    agree_nd(lambda xp, x: xp.true_divide(x, 2), tn, a)
    agree_nd(lambda xp, x: xp.true_divide(1.5, x), tn, a)
    assert tn.true_divide is tn.divide


@given(pair=_pairs(COMPLEX_DTYPES))
@SETTINGS
def test_true_divide_complex(tn, pair):
    # NumPy divides complex numbers by Smith's method; tinynet's order of operations may round differently
    a, b = pair
    agree_nd(lambda xp, x, y: xp.true_divide(x, y), tn, a, b, ulps=4)


UFUNC_NAMES = ("add", "positive", "bitwise_and", "bitwise_not", "logical_xor", "true_divide", "amax", "equal",
               "not_equal", "greater", "greater_equal", "less_equal", "sqrt", "divmod")


@pytest.mark.parametrize("name", UFUNC_NAMES)
def test_ufunc_type(tn, name):
    """Which names are ufuncs, and their number of inputs, outputs and identity."""
    f = getattr(tn, name)
    g = getattr(numpy, name)
    assert isinstance(f, tn.ufunc) == isinstance(g, numpy.ufunc)
    if isinstance(g, numpy.ufunc):
        assert (f.__name__, f.nin, f.nout, f.nargs) == (g.__name__, g.nin, g.nout, g.nargs)
        assert repr(f) == repr(g)
    with pytest.raises(TypeError):
        tn.ufunc()


# --------------------------------------------------------------------------------------------- scalar types

SCALAR_ALIASES = ("byte", "ubyte", "short", "ushort", "intc", "uintc", "long", "ulong", "intp", "uintp",
                  "int_", "uint", "half", "single", "double", "csingle", "cdouble", "bool_", "bool", "float32",
                  "float16", "int16", "int32", "uint16", "uint32", "complex64", "complex128")


@pytest.mark.parametrize("name", ["longlong", "ulonglong"])
def test_longlong_dtypes(tn, name):
    # On Linux NumPy's longlong is a scalar type of its own (named longlong) with the int64 dtype; tinynet's
    # is int64 itself, so only the dtype is compared.
    agree_nd(lambda xp: (xp.dtype(getattr(xp, name)).name, xp.asarray([7], dtype=getattr(xp, name))), tn)


@pytest.mark.parametrize("name", SCALAR_ALIASES)
@given(data=st.data())
@settings(max_examples=20, deadline=None)
def test_scalar_type_aliases(tn, name, data):
    dtype_name = numpy.dtype(getattr(numpy, name)).name
    value = data.draw(nd_elements(dtype_name))
    shape = data.draw(nd_shapes(0, 3, max_side=3))
    case = data.draw(nd_cases(shape=shape, dtype=dtype_name))
    agree_nd(lambda xp: xp.dtype(getattr(xp, name)).name, tn)
    agree_nd(lambda xp: getattr(xp, name)(value), tn)
    agree_nd(lambda xp, x: getattr(xp, name)(x), tn, case)
    agree_nd(lambda xp, x: xp.asarray(x, dtype=getattr(xp, name)), tn, case)
    agree_nd(lambda xp: getattr(xp, name) is getattr(xp, dtype_name if dtype_name != "bool" else "bool_"), tn)


ABSTRACT = ("generic", "number", "integer", "signedinteger", "unsignedinteger", "inexact", "floating",
            "complexfloating")


@pytest.mark.parametrize("dtype_name", ALL_DTYPES)
def test_abstract_scalar_types(tn, dtype_name):
    concrete = "bool_" if dtype_name == "bool" else dtype_name
    for name in ABSTRACT:
        agree_nd(lambda xp: (issubclass(getattr(xp, concrete), getattr(xp, name)),
                             xp.issubdtype(dtype_name, getattr(xp, name))), tn)
    agree_nd(lambda xp: [xp.number() for _ in [0]], tn, message=True)


def test_constants(tn):
    agree_nd(lambda xp: (xp.e, xp.euler_gamma, xp.pi, xp.inf, xp.nan, xp.newaxis), tn)
    assert math.isclose(tn.euler_gamma, 0.5772156649015329, rel_tol=0, abs_tol=0)
    agree_nd(lambda xp: (xp.False_, xp.True_, xp.False_ + 1, xp.False_ | xp.True_, ~xp.False_), tn)
    agree_nd(lambda xp: (xp.False_ is xp.bool_(0), xp.asarray(xp.False_), xp.array([1, 2]) * xp.False_), tn)
    agree_nd(lambda xp: (xp.exp(1.0) == xp.e, xp.zeros(3)[:, xp.newaxis]), tn)


# --------------------------------------------------------------------------------------------- flatiter

@given(a=nd_cases(shape=nd_shapes(0, 4, max_side=4)), data=st.data())
@SETTINGS
def test_flatiter(tn, a, data):
    steps = data.draw(st.integers(0, a.size + 1))

    def walk(xp, x):
        it = x.flat
        seen = [next(it) for _ in range(min(steps, x.size))]
        return isinstance(it, xp.flatiter), seen, it.index, it.coords, len(it), list(it), it.index

    agree_nd(walk, tn, a)
    agree_nd(lambda xp, x: (x.T.flat.copy(), xp.array(x.T.flat), xp.asarray(x.flat).shape), tn, a)
    index = data.draw(st.one_of(st.integers(-a.size - 1, a.size), st.lists(st.integers(0, max(a.size - 1, 0)),
                                                                           max_size=3),
                                st.sampled_from([slice(None), slice(1, None, 2), Ellipsis])))
    agree_nd(lambda xp, x: x.T.flat[index], tn, a, message=False)
    if a.size:
        value = data.draw(nd_elements(a.dtype))

        def assign(xp, x):
            x.T.flat[index] = value
            return x

        agree_nd(assign, tn, a)


def test_flatiter_restarts_when_indexed(tn):
    agree_nd(lambda xp: _restart(xp.arange(6).reshape(2, 3)), tn)


def _restart(a):
    it = a.flat
    next(it), next(it)
    value = it[4]
    return value, it.index, next(it), it.coords


# --------------------------------------------------------------------------------------------- geterrcall

def test_geterrcall(tn):
    def handler(kind, flag):
        calls.append(kind)

    calls = []
    old = tn.seterrcall(handler)
    try:
        assert tn.geterrcall() is handler
        with tn.errstate(call=None):
            assert tn.geterrcall() is None
        assert tn.geterrcall() is handler
        with tn.errstate(divide="call"):
            tn.divide(tn.ones(2), 0.0)
        assert calls == ["divide by zero"]
    finally:
        tn.seterrcall(old)
    assert tn.geterrcall() is old
    with pytest.raises(TypeError, match="python object must be callable or have a callable write method"):
        tn.seterrcall(3)


# --------------------------------------------------------------------------------------------- BitGenerator

@pytest.mark.parametrize("name", ["MT19937", "PCG64", "PCG64DXSM", "Philox", "SFC64"])
@given(seed=st.integers(0, 2 ** 64))
@settings(max_examples=10, deadline=None)
def test_bit_generator_base(tn, name, seed):
    kind = getattr(tn.random, name)
    assert issubclass(kind, tn.random.BitGenerator)
    bits = kind(seed)
    assert isinstance(bits, tn.random.BitGenerator)
    assert bits.random_raw() == getattr(numpy.random, name)(seed).random_raw()
    assert [int(x) for x in kind(seed).random_raw(3)] == getattr(numpy.random, name)(seed).random_raw(3).tolist()
    assert bits.seed_seq.entropy == seed


def test_bit_generator_is_abstract(tn):
    agree_nd(lambda xp: xp.random.BitGenerator(0), tn, message=True)
