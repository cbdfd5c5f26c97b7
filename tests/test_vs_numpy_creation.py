"""Differential tests: array creation agrees with NumPy.

array (dtype inferred from nested Python values, or given as a string, a dtype attribute or a Python type;
from nested lists, from arrays, from lists of arrays and of scalars), asarray, zeros, ones, full, empty,
zeros_like, ones_like, eye, arange and linspace.  All results are exact: arange and linspace compute their
values with a fixed sequence of float operations, and the library under test must reproduce it.
"""
import pytest
from hypothesis import assume, given, strategies as st

from strategies import (INT62, PROPERTY, Scalar, agree, array_cases, dtypes, elements,
                        nested_lists, shapes, sides)

SPELLINGS = ["string", "attribute", "python"]


def _dtype_argument(xp, name, spelling):
    """The dtype argument in one of its spellings: 'int64', np.int64 or int."""
    if name is None:
        return None
    if spelling == "attribute":
        return getattr(xp, "bool_" if name == "bool" else name)
    if spelling == "python" and name != "uint8":
        return {"bool": bool, "int64": int, "float64": float}[name]
    return name


def _with_dtype(kwargs, xp, name, spelling):
    if name is not None:
        kwargs = dict(kwargs)
        kwargs["dtype"] = _dtype_argument(xp, name, spelling)
    return kwargs


# -- array from Python values ---------------------------------------------------------------------------

MIXED = st.one_of(st.booleans(), st.integers(-INT62, INT62), elements("float64"))


@PROPERTY
@given(shape=shapes(), data=st.data())
def test_array_infers_dtype(tn, shape, data):
    """np.array(nested) is bool if all values are bool, int64 if ints (and bools), else float64."""
    kinds = data.draw(st.sampled_from([st.booleans(), st.integers(-INT62, INT62), elements("float64"), MIXED]),
                      label="element kind")
    nested = data.draw(nested_lists(shape, kinds), label="nested")
    assume(not (len(shape) == 2 and shape[0] == 0))
    agree(lambda xp: xp.array(nested), tn)
    agree(lambda xp: xp.asarray(nested), tn)


def _target_elements(name):
    """Python values NumPy converts to dtype name without error or undefined behaviour."""
    if name == "bool":
        return st.one_of(st.booleans(), st.integers(-5, 5), elements("float64"))
    if name == "uint8":
        return st.one_of(st.booleans(), st.integers(0, 255))
    if name == "int64":
        return st.one_of(st.booleans(), st.integers(-INT62, INT62),
                         elements("float64", min_value=-2.0 ** 62, max_value=2.0 ** 62))
    return MIXED


@pytest.mark.parametrize("spelling", SPELLINGS)
@PROPERTY
@given(name=dtypes(), shape=shapes(), data=st.data())
def test_array_with_dtype(tn, spelling, name, shape, data):
    """np.array(nested, dtype=...) converts: floats truncate to ints, nonzero -> True."""
    nested = data.draw(nested_lists(shape, _target_elements(name)), label="nested")
    assume(not (len(shape) == 2 and shape[0] == 0))
    agree(lambda xp: xp.array(nested, dtype=_dtype_argument(xp, name, spelling)), tn)


@PROPERTY
@given(a=array_cases(int_bound=INT62), name=st.one_of(st.none(), dtypes()),
       spelling=st.sampled_from(SPELLINGS))
def test_array_from_array(tn, a, name, spelling):
    """np.array(a) copies; np.array(mask, dtype='int64') gives 0/1; np.array(a, dtype=float) converts."""
    if name in ("uint8", "int64") and a.dtype == "float64":
        name = "float64"  # float -> int conversion of arbitrary floats is undefined in NumPy
    if name == "uint8" and a.dtype == "int64":
        name = "int64"

    def convert(xp, x):
        return xp.array(x, **_with_dtype({}, xp, name, spelling))

    agree(convert, tn, a)


@PROPERTY
@given(rows=st.lists(array_cases(shape=st.just((3,)), dtype=dtypes(["int64", "float64"])), min_size=1,
                     max_size=4))
def test_array_from_list_of_arrays(tn, rows):
    """np.array([row0, row1]) stacks 1-d arrays into a 2-d array; mixing with a Python list works too."""
    agree(lambda xp, parts: xp.array(parts), tn, rows)
    agree(lambda xp, parts: xp.array(parts + [[1, 2, 3]]), tn, rows)


@PROPERTY
@given(values=st.lists(st.one_of(elements("float64").map(lambda v: Scalar(v, "float64")),
                                 st.integers(-1000, 1000).map(lambda v: Scalar(v, "int64"))),
                       min_size=0, max_size=5))
def test_array_from_list_of_scalars(tn, values):
    """np.array([loss0, loss1]) of NumPy-like scalars, e.g. losses collected during training."""
    agree(lambda xp, items: xp.array(items), tn, values)


@PROPERTY
@given(value=st.one_of(st.booleans(), st.integers(-INT62, INT62), elements("float64")))
def test_array_of_a_python_scalar_is_0d(tn, value):
    """np.array(5) is a 0-d array with shape (); np.array(2.5)[()] gives the scalar back."""
    agree(lambda xp: xp.array(value), tn)
    agree(lambda xp: xp.array(value)[()], tn)


@PROPERTY
@given(a=array_cases(int_bound=INT62), name=st.one_of(st.none(), dtypes()))
def test_asarray(tn, a, name):
    """np.asarray(a) returns a itself when no conversion is needed; a converted copy otherwise."""
    if name in ("uint8", "int64") and a.dtype == "float64" or (name == "uint8" and a.dtype == "int64"):
        name = None

    def convert(xp, x):
        result = xp.asarray(x) if name is None else xp.asarray(x, dtype=name)
        return result is x, result

    agree(convert, tn, a)


# -- filled arrays --------------------------------------------------------------------------------------


@st.composite
def shape_arguments(draw):
    """A shape as NumPy accepts it: an int, a tuple of 0..2 ints, or a list."""
    form = draw(st.sampled_from(["int", "tuple", "tuple", "list"]))
    if form == "int":
        return draw(sides())
    shape = draw(shapes())
    return list(shape) if form == "list" else shape


@pytest.mark.parametrize("name", ["zeros", "ones"])
@PROPERTY
@given(shape=shape_arguments(), dtype=st.one_of(st.none(), dtypes()), spelling=st.sampled_from(SPELLINGS))
def test_zeros_and_ones(tn, name, shape, dtype, spelling):
    """np.zeros(3), np.ones((2, 3), dtype=int): float64 unless a dtype is given."""
    agree(lambda xp: getattr(xp, name)(shape, **_with_dtype({}, xp, dtype, spelling)), tn)


@PROPERTY
@given(shape=shape_arguments(), dtype=st.one_of(st.none(), dtypes()))
def test_empty_has_shape_and_dtype(tn, shape, dtype):
    """np.empty gives the right shape and dtype (its values are arbitrary, so they are not compared)."""

    def describe(xp):
        e = xp.empty(shape) if dtype is None else xp.empty(shape, dtype=dtype)
        return tuple(e.shape), str(e.dtype), e.ndim, e.size

    agree(describe, tn)


@PROPERTY
@given(shape=shape_arguments(), value=st.one_of(st.booleans(), st.integers(-INT62, INT62),
                                                elements("float64")),
       dtype=st.one_of(st.none(), st.sampled_from(["float64", "bool"])))
def test_full(tn, shape, value, dtype):
    """np.full(shape, v) takes its dtype from v (int -> int64, float -> float64, bool -> bool)."""
    kwargs = {} if dtype is None else {"dtype": dtype}
    agree(lambda xp: xp.full(shape, value, **kwargs), tn)


@pytest.mark.parametrize("name", ["zeros_like", "ones_like"])
@PROPERTY
@given(a=array_cases(int_bound=INT62), dtype=st.one_of(st.none(), dtypes()))
def test_like(tn, name, a, dtype):
    """np.zeros_like(a) keeps a's shape and dtype; dtype= overrides the dtype."""
    agree(lambda xp, x: getattr(xp, name)(x) if dtype is None else getattr(xp, name)(x, dtype=dtype), tn, a)


@PROPERTY
@given(n=st.integers(0, 7), m=st.one_of(st.none(), st.integers(0, 7)), k=st.integers(-8, 8),
       dtype=st.one_of(st.none(), dtypes()))
def test_eye(tn, n, m, k, dtype):
    """np.eye(N), np.eye(N, M), np.eye(N, k=1), np.eye(N, dtype=int): ones on the k-th diagonal."""
    kwargs = {} if dtype is None else {"dtype": dtype}
    agree(lambda xp: xp.eye(n, **kwargs), tn)
    agree(lambda xp: xp.eye(n, m, k=k, **kwargs), tn)


# -- ranges ---------------------------------------------------------------------------------------------


@PROPERTY
@given(start=st.integers(-20, 20), stop=st.integers(-20, 20), step=st.integers(-5, 5).filter(bool),
       form=st.sampled_from(["stop", "start stop", "start stop step"]))
def test_arange_of_ints(tn, start, stop, step, form):
    """np.arange(stop), np.arange(start, stop), np.arange(start, stop, step), negative steps: int64."""
    calls = {
        "stop": lambda xp: xp.arange(stop),
        "start stop": lambda xp: xp.arange(start, stop),
        "start stop step": lambda xp: xp.arange(start, stop, step),
    }
    agree(calls[form], tn)


NICE_FLOATS = st.one_of(st.integers(-40, 40).map(lambda i: i / 4.0), st.integers(-30, 30).map(lambda i: i / 10.0),
                        st.floats(-10, 10))


@PROPERTY
@given(start=NICE_FLOATS, stop=NICE_FLOATS,
       step=st.one_of(st.sampled_from([0.1, 0.25, 0.5, -0.1, -0.5, 1.0, 0.3, 1e-1 * 3]),
                      st.floats(0.05, 3), st.floats(-3, -0.05)),
       int_start=st.booleans())
def test_arange_of_floats(tn, start, stop, step, int_start):
    """np.arange(0.0, 1.0, 0.1) and friends: float64 values start + i * step, length ceil((stop-start)/step)."""
    assume(abs((stop - start) / step) < 400)
    if int_start:
        start = int(start)
    agree(lambda xp: xp.arange(start, stop, step), tn)


@PROPERTY
@given(stop=st.integers(-5, 40), dtype=dtypes(["int64", "float64"]))
def test_arange_with_dtype(tn, stop, dtype):
    """np.arange(n, dtype=float) gives float64 values."""
    agree(lambda xp: xp.arange(stop, dtype=dtype), tn)


@PROPERTY
@given(start=st.one_of(NICE_FLOATS, st.integers(-20, 20)), stop=st.one_of(NICE_FLOATS, st.integers(-20, 20)),
       num=st.one_of(st.none(), st.integers(0, 60)), endpoint=st.one_of(st.none(), st.booleans()))
def test_linspace(tn, start, stop, num, endpoint):
    """np.linspace(start, stop, num, endpoint): num (default 50) float64 values, stop included by default."""
    kwargs = {}
    if num is not None:
        kwargs["num"] = num
    if endpoint is not None:
        kwargs["endpoint"] = endpoint
    agree(lambda xp: xp.linspace(start, stop, **kwargs), tn)
    if num is not None:
        agree(lambda xp: xp.linspace(start, stop, num), tn)


@PROPERTY
@given(a=array_cases(shape=shapes(min_dims=1, min_side=1), dtype=dtypes(["int64", "float64"]), int_bound=1000))
def test_array_copies_its_nested_list(tn, a):
    """np.array(lst) copies: changing lst afterwards leaves the array alone (asarray(lst) too)."""
    import copy

    def build_then_change(xp, make):
        nested = copy.deepcopy(a.nested)
        result = make(xp)(nested)
        if isinstance(nested[0], list):
            nested[0][0] = 999
            nested[0] = [7] * len(nested[0])
        else:
            nested[0] = 999
        return result

    agree(lambda xp: build_then_change(xp, lambda lib: lib.array), tn)
    agree(lambda xp: build_then_change(xp, lambda lib: lib.asarray), tn)


# -- memory order: order= of zeros, ones, empty, full and the *_like functions --------------------------

ORDERS = ["C", "F", "A", "K", "c", "f", "k", None, "X", 1]


def _layout(x):
    """What order= decides: the strides (in elements) and the contiguity flags (the strides of an empty
    array are not compared: NumPy 2.4 gives zeros there, which no element can tell apart)."""
    strides = tuple(s // x.itemsize for s in x.strides) if x.size else None
    return (strides, bool(x.flags.c_contiguous), bool(x.flags.f_contiguous))


@PROPERTY
@given(shape=st.lists(st.integers(0, 4), max_size=4).map(tuple), order=st.sampled_from(ORDERS),
       name=st.sampled_from(["zeros", "ones", "empty", "full"]), dtype=st.sampled_from(["int8", "float64"]))
def test_creation_order(tn, shape, order, name, dtype):
    """np.zeros((2, 3), order='F') lays the elements out column by column ('C' and 'F' in either case; None
    is 'C'; 'A' and 'K' are refused with ValueError, other strings too, and a non-string with TypeError)."""
    def make(xp):
        args = (shape, 7) if name == "full" else (shape,)
        x = getattr(xp, name)(*args, dtype=dtype, order=order)
        return _layout(x), (x if name != "empty" else xp.zeros(0))

    agree(make, tn)


@PROPERTY
@given(shape=st.lists(st.integers(1, 4), min_size=1, max_size=4).map(tuple), data=st.data(),
       order=st.sampled_from(ORDERS), name=st.sampled_from(["zeros_like", "ones_like", "empty_like", "full_like"]))
def test_like_order(tn, shape, data, order, name):
    """np.zeros_like(a) keeps a's memory layout (order='K', the default: axes by the size of a's strides),
    'A' is Fortran only for a Fortran-contiguous a, 'C'/'F' force one; with a new shape of another
    number of dimensions 'K' gives C order."""
    perm = data.draw(st.permutations(range(len(shape))), label="axes of a")
    step = data.draw(st.sampled_from([1, 2, -1]), label="step along the last axis")
    new_shape = data.draw(st.one_of(st.none(), st.lists(st.integers(1, 3), max_size=3).map(tuple)), label="shape")

    def make(xp):
        a = xp.arange(1, 1 + 2 * _size(shape), dtype=xp.int16).reshape(shape[:-1] + (2 * shape[-1],))
        a = a[..., ::step] if step != 1 else a[..., :shape[-1]]
        a = a.transpose(perm)
        args = (a, 5) if name == "full_like" else (a,)
        x = getattr(xp, name)(*args, order=order, shape=new_shape)
        return _layout(x), (x if name != "empty_like" else xp.zeros(0))

    agree(make, tn)


def _size(shape):
    n = 1
    for side in shape:
        n *= side
    return n
