"""Differential tests of tinynet.core.index_math against NumPy: indexing, views, broadcasting, reshapes.

Every case is a NumPy view of ``base = numpy.arange(N)``: a random basic slice of a bigger array, maybe
transposed and maybe broadcast (stride 0), so offsets and strides are non-trivial and can be negative.
Because ``base[p] == p``, an element's value is its buffer position, and the view's (offset, shape,
strides) are read off NumPy itself.  A key is drawn once and built twice: with NumPy arrays for NumPy and
with ``IndexArray`` for index_math.  The tests compare shapes, values, view-or-copy (``shares_memory``),
a view's offset and strides, and the type and message of every error.

Each property runs against two implementations: ``index_math`` and ``NumpyIndexMath``, an adapter that
answers the same questions by asking NumPy.  The second run checks the tests themselves.
"""
import os

import pytest
from hypothesis import HealthCheck, event, given, settings, strategies as st

import numpy
from numpy.lib.stride_tricks import as_strided

from tinynet.core import index_math, strided
from tinynet.core.index_math import IndexArray

SETTINGS = settings(max_examples=int(os.environ.get("TINYNET_EXAMPLES", "100")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
ITEM = 8  # bytes per int64 element


# ---------------------------------------------------------------------------------------------------------
# NumPy as an implementation of the same API (positions are values, since the buffer is an arange)
# ---------------------------------------------------------------------------------------------------------

def numpy_view(offset, shape, strides):
    """Return (base, view): a NumPy view with these element parameters over a fresh arange buffer."""
    size = 1
    for n in shape:
        size *= n
    if not size:
        base = numpy.arange(1)
        return base, as_strided(base, shape, [s * ITEM for s in strides])
    high = offset + sum((n - 1) * s for n, s in zip(shape, strides) if s > 0)
    base = numpy.arange(high + 1)
    return base, as_strided(base[offset:], shape, [s * ITEM for s in strides])


def lowest_offset(shape, strides):
    """The smallest offset at which a view with these strides stays inside its buffer."""
    return -sum((n - 1) * s for n, s in zip(shape, strides) if s < 0 and n > 0)


def view_params(base, view):
    """Return the (offset, shape, strides) of a NumPy view of base, in elements."""
    offset = view.__array_interface__["data"][0] - base.__array_interface__["data"][0]
    return offset // ITEM, view.shape, tuple(s // ITEM for s in view.strides)


def numpy_key(key):
    """Turn a key holding IndexArrays into the same key for NumPy."""
    def one(item):
        if isinstance(item, IndexArray):
            dtype = bool if item.is_bool else numpy.intp
            return numpy.array(item.values, dtype=dtype).reshape(item.shape)
        return item
    return tuple(one(k) for k in key) if type(key) is tuple else one(key)


def is_basic(key):
    """Tell whether a key holds only ints, slices, None and Ellipsis (NumPy then returns a view)."""
    items = key if type(key) is tuple else (key,)
    return all(type(k) in (int, slice) or k is None or k is Ellipsis for k in items)


class NumpyIndexMath:
    """index_math's API, answered by NumPy."""

    @staticmethod
    def to_index_array(obj):
        values = numpy.asarray(obj)
        if values.size and values.dtype.kind not in "biu":
            raise IndexError(index_math.VALID_INDICES)
        is_bool = values.dtype.kind == "b"
        flat = values.ravel().tolist() if values.size else []
        return IndexArray(flat, values.shape, is_bool)

    @staticmethod
    def resolve(key, offset, shape, strides):
        base, view = numpy_view(offset, shape, strides)
        result = view[numpy_key(key)]
        if not isinstance(result, numpy.ndarray):  # a NumPy scalar: its value is its position
            if is_basic(key):
                return ("view", int(result), (), ())
            return ("copy", [int(result)], ())
        if numpy.shares_memory(result, base) or (not result.size and is_basic(key)):
            return ("view",) + view_params(base, result)
        return ("copy", result.ravel().tolist(), result.shape)

    @staticmethod
    def setitem_plan(key, offset, shape, strides):
        base, view = numpy_view(offset, shape, strides)
        result = numpy.asarray(view[numpy_key(key)])
        return result.ravel().tolist(), result.shape

    @staticmethod
    def flat_positions(offset, shape, strides):
        return numpy_view(offset, shape, strides)[1].ravel().tolist()

    @staticmethod
    def gather(buf, offset, shape, strides):
        return [buf[p] for p in NumpyIndexMath.flat_positions(offset, shape, strides)]

    @staticmethod
    def scatter(buf, offset, shape, strides, values):
        for p, v in zip(NumpyIndexMath.flat_positions(offset, shape, strides), values):
            buf[p] = v

    @staticmethod
    def c_strides(shape):
        source = numpy.arange(int(numpy.prod(shape))).reshape((1,) * 6 + (-1,))
        return tuple(s // ITEM for s in source.reshape(shape).strides)

    @staticmethod
    def f_strides(shape):
        source = numpy.arange(int(numpy.prod(shape))).reshape((1,) * 6 + (-1,))
        return tuple(s // ITEM for s in source.reshape(shape, order="F").strides)

    @staticmethod
    def is_c_contiguous(shape, strides):
        return numpy_view(lowest_offset(shape, strides), shape, strides)[1].flags.c_contiguous

    @staticmethod
    def is_f_contiguous(shape, strides):
        return numpy_view(lowest_offset(shape, strides), shape, strides)[1].flags.f_contiguous

    @staticmethod
    def broadcast_shapes(*shapes):
        try:
            return numpy.broadcast_shapes(*shapes)
        except ValueError:
            # NumPy's iterator words the error as ufuncs do (np.broadcast_shapes words it otherwise)
            numpy.nditer([numpy.empty(s) for s in shapes], flags=["zerosize_ok", "refs_ok"])
            raise

    @staticmethod
    def broadcast_strides(shape, strides, new_shape):
        view = numpy_view(lowest_offset(shape, strides), shape, strides)[1]
        try:
            result = numpy.broadcast_to(view, new_shape)
        except ValueError:
            raise ValueError(broadcast_error_text(shape, new_shape))
        return tuple(s // ITEM for s in result.strides)

    @staticmethod
    def reshape_strides(shape, strides, new_shape, order="C"):
        base, view = numpy_view(lowest_offset(shape, strides), shape, strides)
        result = view.reshape(new_shape, order=order)
        if result.size and not numpy.shares_memory(result, base):
            return None
        return tuple(s // ITEM for s in result.strides)

    @staticmethod
    def resolve_shape(new_shape, size):
        return numpy.zeros(size).reshape(new_shape).shape


IMPLEMENTATIONS = {"index_math": index_math, "numpy": NumpyIndexMath}
implementations = pytest.mark.parametrize("im", list(IMPLEMENTATIONS.values()), ids=list(IMPLEMENTATIONS))


def broadcast_error_text(shape, new_shape):
    """NumPy's wording when an assignment cannot broadcast the value (a[...] = v)."""
    try:
        numpy.empty(new_shape)[...] = numpy.empty(shape)
    except ValueError as error:
        return str(error)
    return None


# ---------------------------------------------------------------------------------------------------------
# strategies: views of an arange and keys
# ---------------------------------------------------------------------------------------------------------

class Case:
    """A view of base = arange(N), with the recipe to rebuild the same view over a copy of base."""

    def __init__(self, parent, slicer, perm, target):
        self.parent, self.slicer, self.perm, self.target = parent, slicer, perm, target
        size = int(numpy.prod(parent))
        self.base = numpy.arange(size)
        self.view = self.make(self.base)

    def make(self, base):
        view = base.reshape(self.parent)[self.slicer + (Ellipsis,)].transpose(self.perm)
        return view if self.target is None else numpy.broadcast_to(view, self.target)

    @property
    def params(self):
        return view_params(self.base, self.view)

    def __repr__(self):
        return "Case(parent=%r, slicer=%r, perm=%r, target=%r) -> params %r" % (
            self.parent, self.slicer, self.perm, self.target, self.params)


def bound(n):
    return st.one_of(st.none(), st.integers(-n - 2, n + 2))


@st.composite
def slices(draw, n, zero_step=False, full=2):
    """Draw a slice over an axis of length n: whole (full times in full + 1) or with any bounds."""
    steps = [None, 1, 2, 3, -1, -2, -3] + ([0] if zero_step else [])
    step = draw(st.sampled_from(steps))
    if draw(st.integers(0, full)):
        return slice(None, None, step)
    return slice(draw(bound(n)), draw(bound(n)), step)


@st.composite
def cases(draw, broadcast=True):
    """Draw a view of 0..6 axes of an arange: sliced (any steps), transposed, maybe broadcast."""
    ndim = draw(st.integers(0, 6))
    cap = 5 if ndim <= 3 else 3
    parent = tuple(draw(st.lists(st.sampled_from([0] + list(range(1, cap + 1)) * 6),
                                 min_size=ndim, max_size=ndim)))
    slicer = tuple(draw(slices(n, full=5)) for n in parent)
    perm = tuple(draw(st.permutations(range(ndim))))
    target = None
    if broadcast and draw(st.integers(0, 3)) == 0:
        shape = numpy.empty(parent)[slicer].transpose(perm).shape
        target = tuple(2 if n == 1 and draw(st.booleans()) else n for n in shape)
        if len(target) < 6 and draw(st.booleans()):
            target = (draw(st.integers(0, 2)),) + target
    return Case(parent, slicer, perm, target)


def index_values(n, wild=None):
    """Index values for an axis of length n: in range, or (wild) out of range too, about one time in eight."""
    if n == 0:
        return st.integers(-2, 2)
    if wild is None:
        return st.integers(0, 7).flatmap(lambda k: index_values(n, k == 0))
    return st.integers(-n - 2, n + 1) if wild else st.integers(-n, n - 1)


@st.composite
def index_arrays(draw, n, is_bool, shape):
    """An IndexArray of this shape: a mask, or positions along an axis of length n (rarely out of range)."""
    size = int(numpy.prod(shape))
    element = st.booleans() if is_bool else index_values(n, draw(st.integers(0, 7)) == 0)
    values = draw(st.lists(element, min_size=size, max_size=size))
    return IndexArray(values, shape, is_bool)


@st.composite
def array_shapes(draw, common):
    """The shape of an integer index array: mostly one that broadcasts with `common`, sometimes any."""
    if draw(st.integers(0, 7)) == 0:
        return tuple(draw(st.lists(st.integers(0, 3), max_size=2)))
    ndim = draw(st.integers(0, len(common)))
    return tuple(1 if draw(st.integers(0, 3)) == 0 else n for n in common[len(common) - ndim:])


BASIC_KINDS = ["int"] * 6 + ["slice"] * 6 + ["none", "none", "ellipsis", "ellipsis", "float"]
KINDS = {  # basic keys, and keys where advanced indices are common
    False: BASIC_KINDS + ["int_array", "bool_array", "bool", "int_0d", "bool_0d", "list"],
    True: BASIC_KINDS + ["int_array"] * 9 + ["bool_array"] * 5 + ["bool", "int_0d", "bool_0d", "list"] * 2,
}


@st.composite
def keys(draw, shape):
    """Draw a key for an array of this shape, as index_math receives it (IndexArray for arrays).

    Items: ints, slices (step 0 now and then), None, Ellipsis (sometimes two), integer arrays whose
    shapes mostly broadcast together, boolean arrays mostly fitting the axes they cover, Python bools,
    0-d arrays, plain lists and floats.  Keys are sometimes longer than the array has axes.
    """
    ndim = len(shape)
    count = draw(st.integers(0, 7).flatmap(
        lambda k: st.integers(0, ndim + 2) if k == 0 else st.integers(min(ndim, 1), ndim)))
    common = tuple(draw(st.lists(st.integers(1, 3), max_size=2)))  # the shape int arrays aim for
    kinds = KINDS[draw(st.booleans())]
    items = []
    axis = 0
    for i in range(count):
        n = shape[axis] if axis < ndim else 3
        kind = draw(st.sampled_from(kinds))
        if kind == "int":
            items.append(draw(index_values(n)))
            axis += 1
        elif kind == "slice":
            items.append(draw(slices(n, zero_step=draw(st.integers(0, 19)) == 0)))
            axis += 1
        elif kind == "none":
            items.append(None)
        elif kind == "ellipsis":
            items.append(Ellipsis)
            axis = max(axis, ndim - (count - i - 1))
        elif kind == "int_array":
            items.append(draw(index_arrays(n, False, draw(array_shapes(common)))))
            axis += 1
        elif kind == "bool_array":
            k = draw(st.integers(1, 3))
            fitted = tuple(shape[axis:axis + k])
            if not fitted or draw(st.integers(0, 5)) == 0:
                fitted = tuple(draw(st.lists(st.integers(0, 3), min_size=1, max_size=2)))
            items.append(draw(index_arrays(n, True, fitted)))
            axis += len(fitted)
        elif kind == "bool":
            items.append(draw(st.booleans()))
        elif kind == "int_0d":
            items.append(IndexArray([draw(index_values(n))], (), False))
            axis += 1
        elif kind == "bool_0d":
            items.append(IndexArray([draw(st.booleans())], (), True))
        elif kind == "list":
            items.append(draw(st.lists(index_values(n), max_size=3)))
            axis += 1
        else:
            items.append(draw(st.sampled_from([1.0, -0.5])))
    if len(items) == 1 and draw(st.booleans()):
        return items[0]
    return tuple(items)


# ---------------------------------------------------------------------------------------------------------
# resolve and setitem_plan
# ---------------------------------------------------------------------------------------------------------

def numpy_outcome(view, key):
    """Return NumPy's answer to view[key]: ("ok", result) or ("error", exception)."""
    try:
        return "ok", view[numpy_key(key)]
    except (IndexError, ValueError, TypeError) as error:
        return "error", error


def assert_same_error(error, call):
    with pytest.raises(type(error)) as info:
        call()
    assert str(info.value) == str(error)


@implementations
@SETTINGS
@given(data=st.data())
def test_resolve_matches_numpy(im, data):
    case = data.draw(cases(), label="case")
    offset, shape, strides = case.params
    key = data.draw(keys(shape), label="key")
    buf = case.base.tolist()
    status, expected = numpy_outcome(case.view, key)
    if status == "error":
        event("error: " + str(expected)[:22])
        assert_same_error(expected, lambda: im.resolve(key, offset, shape, strides))
        return
    got = im.resolve(key, offset, shape, strides)
    event("%s, size %s" % (got[0], "0" if not numpy.size(expected) else ">0"))
    if got[0] == "view":
        result_shape = got[2]
        values = index_math.gather(buf, got[1], got[2], got[3])
    else:
        result_shape = got[2]
        values = [buf[i] for i in got[1]]
    assert result_shape == numpy.shape(expected)
    assert values == numpy.ravel(expected).tolist()
    if isinstance(expected, numpy.ndarray) and expected.size:
        assert (got[0] == "view") == numpy.shares_memory(expected, case.base), got[0]
        if got[0] == "view":
            assert got[1:] == view_params(case.base, expected)


@implementations
@SETTINGS
@given(data=st.data())
def test_setitem_plan_matches_numpy_assignment(im, data):
    case = data.draw(cases(broadcast=False), label="case")
    offset, shape, strides = case.params
    key = data.draw(keys(shape), label="key")
    work = case.base.copy()
    target = case.make(work)
    status, expected = numpy_outcome(case.view, key)
    if status == "error":
        assert_same_error(expected, lambda: im.setitem_plan(key, offset, shape, strides))
        return
    values = numpy.arange(1000, 1000 + numpy.size(expected)).reshape(numpy.shape(expected))
    target[numpy_key(key)] = values
    positions, plan_shape = im.setitem_plan(key, offset, shape, strides)
    assert plan_shape == numpy.shape(expected)
    buf = case.base.tolist()
    for p, v in zip(positions, values.ravel().tolist()):  # in order: the last write wins
        buf[p] = v
    assert buf == work.tolist()


@implementations
@pytest.mark.parametrize("key, message", [
    ((0, 0, 0), "too many indices for array: array is 2-dimensional, but 3 were indexed"),
    ((Ellipsis, 0, Ellipsis), "an index can only have a single ellipsis ('...')"),
    (5, "index 5 is out of bounds for axis 0 with size 2"),
    ((0, -4), "index -4 is out of bounds for axis 1 with size 3"),
    ((IndexArray([0, 1], (2,), False), IndexArray([0, 1, 2], (3,), False)),
     "shape mismatch: indexing arrays could not be broadcast together with shapes (2,) (3,) "),
    (IndexArray([True, False, True], (3,), True),
     "boolean index did not match indexed array along axis 0; size of axis is 2 but size of "
     "corresponding boolean axis is 3"),
    ((slice(None), IndexArray([3], (1,), False)), "index 3 is out of bounds for axis 1 with size 3"),
    (1.0, index_math.VALID_INDICES),
    ("a", index_math.VALID_INDICES),
])
def test_resolve_error_messages(im, key, message):
    with pytest.raises(IndexError) as info:
        im.resolve(key, 0, (2, 3), (3, 1))
    assert str(info.value) == message


K = numpy.s_  # K[...] writes a key with slices and Ellipsis as NumPy receives it
ONE = IndexArray([0], (1,), False)
FIVE = IndexArray([5], (1,), False)
MASK3 = IndexArray([True, False, True], (3,), True)
MASK2 = IndexArray([True, False], (2,), True)


@implementations
@pytest.mark.parametrize("key", [
    K[5, 1.0], K[5, ..., ...], K[1.0, ..., ...], K[..., ..., 1.0], K[::0, 1.0], K[5, ::0], K[::0, 5],
    K[1, 2, 3, ::0], K[9, 9, 9], K[MASK3, 5], K[5, MASK3], K[::0, MASK2], K[FIVE, MASK2], K[FIVE, ::0],
    K[FIVE, 9], K[9, FIVE], K[FIVE, IndexArray([1, 2, 3], (3,), False)], K[ONE, 1.0:2],
    K[IndexArray([0, 5], (2,), False), IndexArray([7, 0], (2,), False)], K[MASK3, 0, 0, 0],
    K[IndexArray([], (0,), False), FIVE], K[1.0:2:0], K[1:2.0:0.0], K[True:2],
])
def test_error_precedence_matches_numpy(im, key):
    """When a key has several faults, the first one NumPy reports is the one reported."""
    status, expected = numpy_outcome(numpy.arange(6).reshape(2, 3), key)
    if status == "ok":
        assert im.resolve(key, 0, (2, 3), (3, 1))[2] == expected.shape
    else:
        assert_same_error(expected, lambda: im.resolve(key, 0, (2, 3), (3, 1)))


@implementations
def test_slice_step_zero(im):
    with pytest.raises(ValueError, match="^slice step cannot be zero$"):
        im.resolve((slice(None), slice(None, None, 0)), 0, (2, 3), (3, 1))


class Index:
    """An object usable as an index through __index__ (like NumPy's integer scalars)."""

    def __init__(self, value):
        self.value = value

    def __index__(self):
        return self.value


@implementations
def test_index_protocol_and_bool_scalars(im):
    assert im.resolve((Index(1), slice(Index(0), None, Index(2))), 0, (2, 3), (3, 1)) == ("view", 3, (2,), (2,))
    assert im.resolve(True, 0, (2, 3), (3, 1)) == ("copy", [0, 1, 2, 3, 4, 5], (1, 2, 3))
    assert im.resolve(False, 0, (2, 3), (3, 1)) == ("copy", [], (0, 2, 3))
    assert im.resolve((), 7, (), ()) == ("view", 7, (), ())


def test_fancy_dims_go_first_when_separated():
    """a[[0], :, [0]] of a 2x3x4 array has shape (1, 3): the advanced axes move to the front."""
    zero = IndexArray([0], (1,), False)
    assert index_math.resolve((zero, slice(None), zero), 0, (2, 3, 4), (12, 4, 1)) == ("copy", [0, 4, 8], (1, 3))
    assert index_math.resolve((slice(None), zero, zero), 0, (2, 3, 4), (12, 4, 1)) == ("copy", [0, 12], (2, 1))


# ---------------------------------------------------------------------------------------------------------
# to_index_array
# ---------------------------------------------------------------------------------------------------------

scalars = st.one_of(st.integers(-5, 5), st.booleans())
nested = st.recursive(st.lists(scalars, max_size=3), lambda inner: st.lists(inner, max_size=3), max_leaves=12)


@implementations
@SETTINGS
@given(obj=st.one_of(nested, st.lists(st.one_of(scalars, st.just(1.5)), max_size=3)))
def test_to_index_array_matches_numpy(im, obj):
    try:
        array = numpy.asarray(obj)
    except ValueError as error:  # ragged
        assert_same_error(error, lambda: im.to_index_array(obj))
        return
    if array.size and array.dtype.kind not in "biu":
        assert_same_error(IndexError(index_math.VALID_INDICES), lambda: im.to_index_array(obj))
        return
    got = im.to_index_array(obj)
    assert got.shape == array.shape
    assert got.is_bool == (array.dtype.kind == "b")
    assert got.values == array.ravel().tolist()


# ---------------------------------------------------------------------------------------------------------
# positions, gather, scatter, contiguity
# ---------------------------------------------------------------------------------------------------------

def naive_positions(offset, shape, strides):
    """The plain version: every multi-index in C order, position = offset + sum(i_k * strides[k])."""
    points = [offset]
    for n, s in zip(shape, strides):
        points = [p + i * s for p in points for i in range(n)]
    return points


@implementations
@SETTINGS
@given(case=cases())
def test_positions_gather_and_flags_match_numpy(im, case):
    offset, shape, strides = case.params
    buf = case.base.tolist()
    expected = case.view.ravel().tolist()
    assert im.flat_positions(offset, shape, strides) == expected
    assert index_math.flat_positions(offset, shape, strides) == naive_positions(offset, shape, strides) \
        or not case.view.size
    assert im.gather([-x for x in buf], offset, shape, strides) == [-x for x in expected]
    assert im.is_c_contiguous(shape, strides) == case.view.flags.c_contiguous
    assert im.is_f_contiguous(shape, strides) == case.view.flags.f_contiguous


@implementations
@SETTINGS
@given(case=cases(broadcast=False))
def test_scatter_matches_numpy_assignment(im, case):
    offset, shape, strides = case.params
    work = case.base.copy()
    values = numpy.arange(1000, 1000 + case.view.size).reshape(case.view.shape)
    case.make(work)[...] = values
    buf = case.base.tolist()
    im.scatter(buf, offset, shape, strides, values.ravel().tolist())
    assert buf == work.tolist()


def test_scatter_without_extended_slices_agrees(monkeypatch):
    """The MicroPython path (no extended slice assignment or negative-step reads) gives the same buffer."""
    buf_fast, buf_plain = list(range(20)), list(range(20))
    index_math.scatter(buf_fast, 19, (2, 3), (-7, -2), [1, 2, 3, 4, 5, 6])
    monkeypatch.setattr(strided, "_SLICE_STORE", False)
    monkeypatch.setattr(strided, "_SLICE_READ", False)
    index_math.scatter(buf_plain, 19, (2, 3), (-7, -2), [1, 2, 3, 4, 5, 6])
    assert buf_fast == buf_plain
    assert index_math.gather(buf_plain, 19, (2, 3), (-7, -2)) == [1, 2, 3, 4, 5, 6]


def test_gather_negative_step_reaching_the_front():
    buf = list(range(10))
    assert index_math.gather(buf, 4, (5,), (-1,)) == [4, 3, 2, 1, 0]
    assert index_math.gather(buf, 9, (2, 4), (-1, -2)) == [9, 7, 5, 3, 8, 6, 4, 2]
    assert index_math.gather(buf, 6, (2, 4), (1, -2)) == [6, 4, 2, 0, 7, 5, 3, 1]


@implementations
@SETTINGS
@given(shape=st.lists(st.integers(0, 4), max_size=6).map(tuple))
def test_contiguous_strides_match_numpy(im, shape):
    """Strides of a fresh C (F) reshape; from 7 axes, so that NumPy's unchanged-shape shortcut is not taken."""
    source = numpy.arange(int(numpy.prod(shape))).reshape((1,) * 6 + (-1,))
    assert im.c_strides(shape) == tuple(s // ITEM for s in source.reshape(shape).strides)
    assert im.f_strides(shape) == tuple(s // ITEM for s in source.reshape(shape, order="F").strides)


# ---------------------------------------------------------------------------------------------------------
# broadcasting
# ---------------------------------------------------------------------------------------------------------

@st.composite
def shape_lists(draw):
    """Draw 1..4 shapes of 0..4 axes that mostly broadcast together (lengths 0..3, often 1)."""
    full = tuple(draw(st.lists(st.sampled_from([0, 1, 2, 3]), max_size=4)))
    out = []
    for _ in range(draw(st.integers(1, 4))):
        ndim = draw(st.integers(0, len(full)))
        shape = tuple(1 if draw(st.integers(0, 2)) == 0 else n for n in full[len(full) - ndim:])
        if draw(st.integers(0, 5)) == 0 and shape:
            shape = shape[:-1] + (draw(st.integers(0, 4)),)
        out.append(shape)
    return out


@implementations
@SETTINGS
@given(shapes=shape_lists())
def test_broadcast_shapes_matches_numpy(im, shapes):
    try:
        expected = numpy.broadcast_shapes(*shapes)
    except ValueError:
        with pytest.raises(ValueError) as info:
            numpy.nditer([numpy.empty(s) for s in shapes], flags=["zerosize_ok", "refs_ok"])
        assert_same_error(info.value, lambda: im.broadcast_shapes(*shapes))
        return
    assert im.broadcast_shapes(*shapes) == expected


@implementations
@SETTINGS
@given(case=cases(broadcast=False), data=st.data())
def test_broadcast_strides_matches_broadcast_to(im, case, data):
    offset, shape, strides = case.params
    target = list(shape)
    for k in range(len(target)):
        if target[k] == 1 and data.draw(st.booleans()):
            target[k] = data.draw(st.integers(0, 3))
        elif data.draw(st.integers(0, 7)) == 0:
            target[k] = data.draw(st.integers(0, 4))
    target = tuple(data.draw(st.lists(st.integers(0, 3), max_size=6 - len(target)))) + tuple(target)
    if data.draw(st.integers(0, 9)) == 0:
        target = target[1:]
    try:
        expected = numpy.broadcast_to(case.view, target)
    except ValueError:
        with pytest.raises(ValueError) as info:
            im.broadcast_strides(shape, strides, target)
        if not shape or shape[0] != 1:  # a[...] = v drops leading 1s (broadcast_to refuses to)
            assert str(info.value) == broadcast_error_text(shape, target)
        return
    assert im.broadcast_strides(shape, strides, target) == tuple(s // ITEM for s in expected.strides)


# ---------------------------------------------------------------------------------------------------------
# reshaping
# ---------------------------------------------------------------------------------------------------------

def prime_factors(n):
    factors, p = [], 2
    while n > 1:
        while n % p == 0:
            factors.append(p)
            n //= p
        p += 1
    return factors


@st.composite
def new_shapes(draw, size):
    """Draw a shape of 0..6 axes with this size: its prime factors grouped at random, 1s sprinkled in."""
    if size == 0:
        shape = draw(st.lists(st.integers(0, 3), min_size=1, max_size=5))
        shape[draw(st.integers(0, len(shape) - 1))] = 0
        return tuple(shape)
    factors = draw(st.permutations(prime_factors(size)))
    ndim = draw(st.integers(1 if factors else 0, 6))
    shape = [1] * ndim
    for f in factors:
        shape[draw(st.integers(0, ndim - 1))] *= f
    return tuple(shape)


@implementations
@SETTINGS
@given(case=cases(), data=st.data())
def test_reshape_strides_matches_numpy(im, case, data):
    offset, shape, strides = case.params
    new_shape = data.draw(new_shapes(case.view.size), label="new_shape")
    order = data.draw(st.sampled_from(["C", "C", "F", "A"]), label="order")
    result = case.view.reshape(new_shape, order=order)
    got = im.reshape_strides(shape, strides, new_shape, order)
    if result.size and not numpy.shares_memory(result, case.base):
        assert got is None
    else:
        assert got == tuple(s // ITEM for s in result.strides)


@implementations
@SETTINGS
@given(size=st.integers(0, 24), new_shape=st.lists(st.integers(-2, 6), max_size=4).map(tuple))
def test_resolve_shape_matches_numpy(im, size, new_shape):
    try:
        expected = numpy.zeros(size).reshape(new_shape).shape
    except ValueError as error:
        assert_same_error(error, lambda: im.resolve_shape(new_shape, size))
        return
    assert im.resolve_shape(new_shape, size) == expected


@implementations
def test_resolve_shape_messages(im):
    with pytest.raises(ValueError, match="^can only specify one unknown dimension$"):
        im.resolve_shape((-1, -1), 6)
    with pytest.raises(ValueError, match=r"^cannot reshape array of size 6 into shape \(4,\)$"):
        im.resolve_shape((4,), 6)
    assert im.resolve_shape(6, 6) == (6,)


def test_validate_shape():
    with pytest.raises(ValueError) as info:
        numpy.empty((2, -1))
    assert_same_error(info.value, lambda: index_math.validate_shape((2, -1)))
    assert index_math.validate_shape([2, 0]) == (2, 0)
