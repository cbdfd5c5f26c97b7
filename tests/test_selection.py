"""Differential tests of selection (tinynet/lib/selection.py, tinynet/core/selection.py) against NumPy.

take, put, compress, choose, take_along_axis, put_along_axis, select, piecewise, place, putmask, extract,
argwhere, flatnonzero and copyto, and the ndarray methods .take, .put, .compress, .choose, .repeat and
.resize, over N-d shapes (0-d and size 0 included) and all fourteen dtypes.  Writes are checked through
agree_nd, which compares the input arrays after the call.
"""
import numpy
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from strategies import ALL_DTYPES, NdCase, agree_nd, nd_cases, nd_shapes, undefined_in_c

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
MODES = st.sampled_from(["raise", "wrap", "clip"])


def _axis(data, ndim, allow_none=True):
    options = list(range(-ndim, ndim)) + ([None] if allow_none else [])
    return data.draw(st.sampled_from(options)) if options else None


def _indices(data, n, max_dims=2):
    shape = data.draw(nd_shapes(0, max_dims, max_side=3))
    size = 1
    for s in shape:
        size *= s
    flat = data.draw(st.lists(st.integers(-n - 2, n + 2), min_size=size, max_size=size))
    return numpy.array(flat, dtype=numpy.int64).reshape(shape).tolist() if shape else (flat[0] if flat else 0)


@given(a=nd_cases(), data=st.data(), mode=MODES)
@SETTINGS
def test_take(tn, a, data, mode):
    axis = _axis(data, a.ndim)
    n = a.size if axis is None else a.shape[axis]
    idx = _indices(data, n)
    if n == 0 and mode != "raise":
        mode = "raise"  # NumPy 2.4 loops forever on wrap/clip along an empty axis when the result is empty
    agree_nd(lambda np, x: np.take(x, idx, axis=axis, mode=mode), tn, a, message=True)
    agree_nd(lambda np, x: x.take(idx, axis=axis, mode=mode), tn, a, message=True)


def test_take_errors_and_out(tn):
    a = NdCase([1, 2, 3], (3,), "int64")
    agree_nd(lambda np, x: np.take(x, 5), tn, a, message=True)
    agree_nd(lambda np, x: np.take(x, [[0], [7]], axis=0), tn, a, message=True)
    agree_nd(lambda np, x: np.take(x, [1], mode="x"), tn, a, message=True)
    agree_nd(lambda np, x: np.take(x, [1], axis=1), tn, a, message=True)
    agree_nd(lambda np, x: np.take(x, [1.5, 2.0]), tn, a)
    agree_nd(lambda np, x: np.take(x, np.array([1.5])), tn, a, message=True)
    agree_nd(lambda np, x: np.take(x, [1, 2], out=np.zeros(2, dtype="int8")), tn, a)
    agree_nd(lambda np, x: np.take(x, [1, 2], out=np.zeros(3, dtype="int64")), tn, a, message=True)
    agree_nd(lambda np, x: np.take(x, [1, 2], out=np.zeros(2)), tn, a, message=True)
    e = NdCase([], (0,), "float32")
    agree_nd(lambda np, x: np.take(x, [0], mode="wrap"), tn, e, message=True)
    agree_nd(lambda np, x: np.take(x, [], mode="clip"), tn, e)


@given(a=nd_cases(), data=st.data(), mode=MODES)
@SETTINGS
def test_put(tn, a, data, mode):
    idx = _indices(data, a.size, max_dims=1)
    values = data.draw(nd_cases(shape=nd_shapes(0, 1, max_side=3), dtype=st.sampled_from(ALL_DTYPES)))
    if undefined_in_c(values, a.dtype):
        return  # put casts unsafely: nan, inf or out-of-range floats to integers are undefined in C
    agree_nd(lambda np, x, v: np.put(x, idx, v, mode=mode), tn, a, values, message=True)


def test_put_errors(tn):
    agree_nd(lambda np: np.put([1, 2], [0], [1]), tn)
    agree_nd(lambda np: np.put(np.zeros(0), [1], [1]), tn, message=True)
    agree_nd(lambda np: np.put(np.zeros(0), [], [1]), tn, message=True)


@given(a=nd_cases(), data=st.data())
@SETTINGS
def test_compress_and_extract(tn, a, data):
    axis = _axis(data, a.ndim)
    n = a.size if axis is None else a.shape[axis]
    cond = data.draw(st.lists(st.booleans(), max_size=n + 1))
    agree_nd(lambda np, x: np.compress(cond, x, axis=axis), tn, a, message=True)
    agree_nd(lambda np, x: x.compress(cond, axis=axis), tn, a, message=True)
    flat_cond = data.draw(st.lists(st.integers(0, 1), max_size=a.size + 1))
    agree_nd(lambda np, x: np.extract(flat_cond, x), tn, a, message=True)


@given(data=st.data(), mode=MODES)
@SETTINGS
def test_choose(tn, data, mode):
    shapes = data.draw(st.lists(nd_shapes(0, 3, max_side=3), min_size=2, max_size=4))
    dtypes = st.sampled_from(ALL_DTYPES)
    choices = [data.draw(nd_cases(shape=s, dtype=dtypes)) for s in shapes[1:]]
    index = data.draw(nd_cases(shape=shapes[0], dtype=st.sampled_from(["int8", "int64", "uint8", "bool"]),
                               elements_for=lambda d: st.integers(0, 1) if d == "bool"
                               else st.integers(-1 if d[0] == "i" else 0, len(choices) + 1)))
    agree_nd(lambda np, i, *c: np.choose(i, c, mode=mode), tn, index, *choices, message=True)


@given(a=nd_cases(shape=nd_shapes(1, 4, max_side=4)), data=st.data())
@SETTINGS
def test_take_along_axis(tn, a, data):
    axis = _axis(data, a.ndim)
    if axis is None:
        shape = (data.draw(st.integers(0, 4)),)
        n = a.size
    else:
        shape = tuple(data.draw(st.sampled_from([1, s])) for s in a.shape)
        shape = shape[:axis] + (data.draw(st.integers(0, 4)),) + shape[axis + 1:]
        n = a.shape[axis]
    size = 1
    for s in shape:
        size *= s
    idx = numpy.array(data.draw(st.lists(st.integers(-n, max(n - 1, 0) + (n == 0)), min_size=size,
                                         max_size=size)), dtype=numpy.int64).reshape(shape).tolist()
    agree_nd(lambda np, x: np.take_along_axis(x, np.array(idx, dtype=np.int64).reshape(shape), axis=axis),
             tn, a, message=True)
    agree_nd(lambda np, x: np.put_along_axis(x, np.array(idx, dtype=np.int64).reshape(shape),
                                             np.arange(size).reshape(shape), axis=axis), tn, a, message=True)


def test_take_along_axis_sorts(tn):
    a = NdCase([[3, 1, 2], [9, 7, 8]], (2, 3), "int16")
    agree_nd(lambda np, x: np.take_along_axis(x, np.array([[1, 2, 0], [1, 2, 0]]), axis=1), tn, a)
    agree_nd(lambda np, x: np.take_along_axis(x, np.array([0.0]), axis=None), tn, a, message=True)
    agree_nd(lambda np, x: np.take_along_axis(x, np.array([[0]]), axis=None), tn, a, message=True)
    agree_nd(lambda np, x: np.take_along_axis(x, np.array([0]), axis=0), tn, a, message=True)
    agree_nd(lambda np, x: np.take_along_axis(x, np.array([[5]]), axis=1), tn, a, message=True)
    agree_nd(lambda np, x: np.put_along_axis(x, np.array([[0], [2]]), [[-1], [-2]], axis=1), tn, a)


@given(data=st.data())
@SETTINGS
def test_select(tn, data):
    shapes = data.draw(st.lists(nd_shapes(0, 3, max_side=3), min_size=2, max_size=5))
    k = len(shapes) // 2
    conds = [data.draw(nd_cases(shape=s, dtype="bool")) for s in shapes[:k]]
    dtypes = st.sampled_from(ALL_DTYPES)
    choices = [data.draw(nd_cases(shape=s, dtype=dtypes)) for s in shapes[k:2 * k]]
    default = data.draw(st.sampled_from([0, 1.5, -1, True]))
    agree_nd(lambda np, c, ch: np.select(c, ch, default=default), tn, conds, choices, message=True)


def test_select_errors(tn):
    agree_nd(lambda np: np.select([[1, 0]], [[1, 2]]), tn, message=True)
    agree_nd(lambda np: np.select([], []), tn, message=True)
    agree_nd(lambda np: np.select([[True]], [[1], [2]]), tn, message=True)
    agree_nd(lambda np: np.select([np.array([True, False])], [np.array([1, 2], dtype=np.int8)]), tn)


@given(a=nd_cases(shape=nd_shapes(0, 3, max_side=4), dtype=st.sampled_from(["int64", "float64", "int8",
                                                                              "float32", "complex128"]),
                  small=True), data=st.data())
@SETTINGS
def test_piecewise(tn, a, data):
    extra = data.draw(st.booleans())
    agree_nd(lambda np, x: np.piecewise(x, [x.real < 0, x.real > 1],
                                        [lambda v: v * 2, 7] + ([lambda v: v - 1] if extra else [])), tn, a)
    agree_nd(lambda np, x: np.piecewise(x, x.real > 0, [lambda v: v + 1, -1]), tn, a)
    agree_nd(lambda np, x: np.piecewise(x, [x.real > 0], [1, 2, 3]), tn, a, message=True)


@given(a=nd_cases(), data=st.data())
@SETTINGS
def test_place_and_putmask(tn, a, data):
    size = data.draw(st.sampled_from([a.size, a.size, a.size + 1]))
    mask = data.draw(st.lists(st.booleans(), min_size=size, max_size=size))
    values = data.draw(nd_cases(shape=nd_shapes(0, 2, max_side=3), dtype=st.sampled_from(ALL_DTYPES)))
    if undefined_in_c(values, a.dtype):
        return  # place and putmask cast unsafely: nan, inf or out-of-range floats to integers are undefined in C
    agree_nd(lambda np, x, v: np.place(x, mask, v), tn, a, values, message=True)
    agree_nd(lambda np, x, v: np.putmask(x, np.array(mask).reshape(a.shape) if size == a.size else mask, v),
             tn, a, values, message=True)


def test_place_and_putmask_errors(tn):
    agree_nd(lambda np: np.place([1, 2], [True, False], [1]), tn, message=True)
    agree_nd(lambda np: np.putmask([1, 2], [True, False], [1]), tn, message=True)


@given(a=nd_cases())
@SETTINGS
def test_argwhere_and_flatnonzero(tn, a):
    agree_nd(lambda np, x: np.argwhere(x), tn, a)
    agree_nd(lambda np, x: np.flatnonzero(x), tn, a)


@given(a=nd_cases(shape=nd_shapes(0, 3, max_side=4)), data=st.data(),
       casting=st.sampled_from(["no", "equiv", "safe", "same_kind", "unsafe"]))
@SETTINGS
def test_copyto(tn, a, data, casting):
    k = data.draw(st.integers(0, a.ndim))
    src_shape = tuple(data.draw(st.sampled_from([1, s])) for s in a.shape[k:])
    src = data.draw(nd_cases(shape=src_shape, dtype=st.sampled_from(ALL_DTYPES)))
    where = data.draw(st.sampled_from([True, None]))
    if where is None:
        where = data.draw(st.lists(st.booleans(), min_size=a.size, max_size=a.size))
        where = numpy.array(where, dtype=bool).reshape(a.shape).tolist() if a.shape else where[0]
    # (an unsafe cast of nan, inf or an out-of-range float to an integer is undefined in C: not compared)
    if not (casting == "unsafe" and undefined_in_c(src, a.dtype)):
        agree_nd(lambda np, x, s: np.copyto(x, s, casting=casting, where=where), tn, a, src, message=True)
    scalar = data.draw(st.sampled_from([0, 1, -1, 300, 2.5, True, 1j]))
    agree_nd(lambda np, x: np.copyto(x, scalar, casting=casting), tn, a, message=True)


def test_copyto_errors(tn):
    agree_nd(lambda np: np.copyto([1], [2]), tn, message=True)


@given(a=nd_cases(shape=nd_shapes(0, 4, max_side=4)), data=st.data())
@SETTINGS
def test_repeat_method(tn, a, data):
    axis = _axis(data, a.ndim)
    n = a.size if axis is None else a.shape[axis]
    count = data.draw(st.integers(-1, 3))
    agree_nd(lambda np, x: x.repeat(count, axis=axis), tn, a, message=True)
    counts = data.draw(st.lists(st.integers(0, 3), min_size=n, max_size=n))
    agree_nd(lambda np, x: x.repeat(counts, axis=axis), tn, a)


@given(a=nd_cases(shape=nd_shapes(0, 3, max_side=4)), new=nd_shapes(0, 3, max_side=5))
@SETTINGS
def test_resize_method(tn, a, new):
    def resize(np, x):
        x.resize(new, refcheck=False)
        return x
    agree_nd(resize, tn, a)


def test_resize_method_errors(tn):
    a = NdCase([1, 2, 3, 4], (4,), "int32")
    agree_nd(lambda np, x: x[1:].resize(2), tn, a, message=True)
    agree_nd(lambda np, x: x.resize(2, -1), tn, a, message=True)


@pytest.mark.parametrize("shape", [(2, 3), (0,), ()])
def test_take_result_owns_data(tn, shape):
    a = tn.ones(shape)
    r = tn.take(a, [0, 0], axis=None) if a.size else tn.take(a, [], axis=None)
    assert r.flags["OWNDATA"]
