"""Differential tests of rearranging (tinynet/lib/rearranging.py) against NumPy.

roll, rot90, unstack, diff, ediff1d, insert, delete, append, resize, trim_zeros and block over N-d shapes
(0-d and size 0 included) and all fourteen dtypes; views and copies as NumPy makes them.
"""
import numpy
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from strategies import ALL_DTYPES, NdCase, agree_nd, nd_cases, nd_shapes

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _axis(data, ndim, allow_none=True):
    options = list(range(-ndim, ndim)) + ([None] if allow_none else [])
    return data.draw(st.sampled_from(options)) if options else None


@given(a=nd_cases(), data=st.data())
@SETTINGS
def test_roll(tn, a, data):
    shift = data.draw(st.integers(-7, 7))
    agree_nd(lambda np, x: np.roll(x, shift), tn, a)
    if a.ndim:
        axes = data.draw(st.lists(st.integers(-a.ndim, a.ndim - 1), min_size=1, max_size=3))
        shifts = data.draw(st.one_of(st.integers(-5, 5), st.lists(st.integers(-5, 5), min_size=len(axes),
                                                                  max_size=len(axes)).map(tuple)))
        agree_nd(lambda np, x: np.roll(x, shifts, axis=tuple(axes)), tn, a)
    agree_nd(lambda np, x: np.roll(x, 1).flags["OWNDATA"], tn, a)
    agree_nd(lambda np, x: np.roll(x, 1, axis=a.ndim), tn, a, message=True)


@given(a=nd_cases(shape=nd_shapes(0, 4, max_side=4)), k=st.integers(-5, 5), data=st.data())
@SETTINGS
def test_rot90_and_unstack(tn, a, k, data):
    axes = data.draw(st.tuples(st.integers(-3, 3), st.integers(-3, 3)))
    agree_nd(lambda np, x: np.rot90(x, k, axes=axes), tn, a, message=True)
    agree_nd(lambda np, x: np.shares_memory(np.rot90(x, k, axes=axes), x) if x.size else True, tn, a)
    axis = data.draw(st.integers(-4, 4))
    agree_nd(lambda np, x: np.unstack(x, axis=axis), tn, a, message=True)


@given(a=nd_cases(shape=nd_shapes(0, 4, max_side=5)), n=st.integers(-1, 3), data=st.data())
@SETTINGS
def test_diff(tn, a, n, data):
    axis = _axis(data, a.ndim, allow_none=False) if a.ndim else -1
    agree_nd(lambda np, x: np.diff(x, n=n, axis=axis), tn, a, message=True)
    if a.ndim and n >= 0:
        pre = data.draw(st.sampled_from([0, 1, True, 2.5]))
        agree_nd(lambda np, x: np.diff(x, n=n, axis=axis, prepend=pre, append=x), tn, a)


@given(a=nd_cases(dtype=st.sampled_from([d for d in ALL_DTYPES if d != "bool"])), data=st.data())
@SETTINGS
def test_ediff1d(tn, a, data):
    begin = data.draw(st.sampled_from([None, 0, -1, 300, 1.5, [1, 2]]))
    end = data.draw(st.sampled_from([None, 7, [1.0], [3, 4]]))
    agree_nd(lambda np, x: np.ediff1d(x, to_end=end, to_begin=begin), tn, a, message=True)


@given(a=nd_cases(shape=nd_shapes(0, 3, max_side=4)), data=st.data())
@SETTINGS
def test_insert(tn, a, data):
    axis = _axis(data, a.ndim)
    n = a.size if axis is None else a.shape[axis]
    kind = data.draw(st.sampled_from(["int", "list1", "list", "slice"]))
    if kind == "int":
        obj = data.draw(st.integers(-n - 1, n + 1))
    elif kind == "list1":
        obj = [data.draw(st.integers(-n - 1, n + 1))]
    elif kind == "list":
        obj = data.draw(st.lists(st.integers(-n, n), min_size=2, max_size=4))
    else:
        obj = slice(data.draw(st.integers(-n, n)), data.draw(st.integers(-n, n)))
    value = data.draw(st.sampled_from([0, 1, [1, 2], [[3]], True]))
    agree_nd(lambda np, x: np.insert(x, obj, value, axis=axis), tn, a, message=True)


@given(a=nd_cases(shape=nd_shapes(0, 3, max_side=4)), data=st.data())
@SETTINGS
def test_delete(tn, a, data):
    axis = _axis(data, a.ndim)
    n = a.size if axis is None else a.shape[axis]
    obj = data.draw(st.one_of(
        st.integers(-n - 1, n),
        st.lists(st.integers(-n - 1, n), max_size=4),
        st.lists(st.booleans(), min_size=n, max_size=n + 1),
        st.tuples(st.integers(-n, n), st.integers(-n, n), st.sampled_from([None, 1, 2, -1])).map(
            lambda t: slice(*t))))
    agree_nd(lambda np, x: np.delete(x, obj, axis=axis), tn, a, message=True)


@given(a=nd_cases(shape=nd_shapes(0, 3, max_side=3)), b=nd_cases(shape=nd_shapes(0, 3, max_side=3)),
       data=st.data())
@SETTINGS
def test_append(tn, a, b, data):
    axis = _axis(data, max(a.ndim, 1))
    agree_nd(lambda np, x, y: np.append(x, y, axis=axis), tn, a, b)


@given(a=nd_cases(shape=nd_shapes(0, 3, max_side=4)), new=nd_shapes(0, 3, max_side=5))
@SETTINGS
def test_resize(tn, a, new):
    agree_nd(lambda np, x: np.resize(x, new), tn, a)
    agree_nd(lambda np, x: np.resize(x, -1), tn, a, message=True)


@given(a=nd_cases(shape=nd_shapes(0, 3, max_side=5), elements_for=lambda d: st.sampled_from([0, 0, 1])
                  .map(lambda v: bool(v) if d == "bool" else (complex(v) if d.startswith("complex")
                                                             else (float(v) if d.startswith("float") else v)))),
       trim=st.sampled_from(["fb", "f", "b", "F", "", "bf"]), data=st.data())
@SETTINGS
def test_trim_zeros(tn, a, trim, data):
    axis = data.draw(st.one_of(st.none(), st.integers(-a.ndim, a.ndim - 1) if a.ndim else st.none()))
    agree_nd(lambda np, x: np.trim_zeros(x, trim, axis=axis), tn, a)
    if a.ndim == 1 and trim:
        flat = a.flat()
        assert tn.trim_zeros(list(flat), trim) == numpy.trim_zeros(list(flat), trim)


def test_trim_zeros_errors(tn):
    agree_nd(lambda np: np.trim_zeros([0, 1], "x"), tn, message=True)


@given(data=st.data())
@SETTINGS
def test_block(tn, data):
    rows = data.draw(st.integers(1, 3))
    height = [data.draw(st.integers(0, 2)) for _ in range(rows)]
    widths = [data.draw(st.lists(st.integers(0, 3), min_size=1, max_size=3)) for _ in range(rows)]
    dtype = st.sampled_from(ALL_DTYPES)
    grid = [[data.draw(nd_cases(shape=(h, w), dtype=dtype)) for w in ws] for h, ws in zip(height, widths)]
    agree_nd(lambda np, g: np.block(g), tn, grid, message=True)
    flat = [data.draw(nd_cases(shape=nd_shapes(0, 2, max_side=3), dtype=dtype)) for _ in range(2)]
    agree_nd(lambda np, g: np.block(g), tn, flat, message=True)


def test_block_errors(tn):
    agree_nd(lambda np: np.block([1, [2]]), tn, message=True)
    agree_nd(lambda np: np.block([[1, 2], 3]), tn, message=True)
    agree_nd(lambda np: np.block([]), tn, message=True)
    agree_nd(lambda np: np.block([[1], []]), tn, message=True)
    agree_nd(lambda np: np.block(([1], [2])), tn, message=True)
    agree_nd(lambda np: np.block([[1, 2], [3, 4]]), tn)
