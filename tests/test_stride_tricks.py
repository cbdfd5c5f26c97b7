"""Differential tests: np.lib.stride_tricks.sliding_window_view and as_strided agree with NumPy.

The arrays are drawn in every dtype and up to four axes, and read through a layout of their own (a
transpose, a reversed or stepped axis), since a view's strides come from the array it views.  The
results must match in shape, dtype, values, strides (in bytes) and writeability, and the bad arguments
(negative or too long windows, mismatched axes) must raise NumPy's exception with NumPy's message.
"""
import importlib

import pytest
from hypothesis import given, strategies as st

from strategies import PROPERTY, agree_nd, nd_cases, nd_shapes


def _stride_tricks(xp):
    return importlib.import_module(xp.__name__ + ".lib.stride_tricks")


def _laid_out(x, layout):
    """x read through a view: 'C' as it is, 'T' transposed, 'R' the last axis reversed, 'S' stepped by 2."""
    if x.ndim == 0 or layout == "C":
        return x
    if layout == "T":
        return x.T
    if layout == "R":
        return x[..., ::-1]
    return x[..., ::2]


def _seen(view):
    """What a view shows: its values, its strides (not for an empty array, whose strides NumPy 2.4 sets to
    zero and no element can tell apart) and whether it can be written."""
    return view, view.strides if view.size else None, bool(view.flags.writeable)


@PROPERTY
@given(x=nd_cases(nd_shapes(max_dims=4, max_side=5)), layout=st.sampled_from("CTRS"), data=st.data())
def test_sliding_window_view(tn, x, layout, data):
    """v[i..., j...] = x[i + j ...]: windows along every axis (axis=None) or named axes, repeats allowed."""
    ndim = len(x.shape)
    named = data.draw(st.booleans(), label="axis given")
    if named and ndim:
        axis = data.draw(st.lists(st.integers(-ndim, ndim - 1), min_size=1, max_size=3), label="axis")
        axis = axis[0] if len(axis) == 1 and data.draw(st.booleans(), label="bare int") else tuple(axis)
        count = 1 if isinstance(axis, int) else len(axis)
    else:
        axis, count = None, ndim
    count = data.draw(st.sampled_from([count, count, max(count - 1, 0), count + 1]), label="windows")
    window = tuple(data.draw(st.lists(st.integers(-1, 5), min_size=count, max_size=count), label="window"))
    writeable = data.draw(st.booleans(), label="writeable")

    def windows(xp, a):
        view = _stride_tricks(xp).sliding_window_view(_laid_out(a, layout), window, axis=axis,
                                                      writeable=writeable)
        return _seen(view)

    agree_nd(windows, tn, x, message=True)


@pytest.mark.parametrize("window, axis", [(3, None), (2, 0), ((2, 2), (1, 1)), (1.5, None), ([[2]], None)])
def test_sliding_window_view_argument_errors(tn, window, axis):
    """A float or nested window raises TypeError, as in NumPy; (2, 2) along one axis twice is allowed."""
    def windows(xp):
        return _seen(_stride_tricks(xp).sliding_window_view(xp.arange(12).reshape(3, 4), window, axis=axis))

    agree_nd(windows, tn)


def test_sliding_window_view_writes_reach_the_array(tn):
    """With writeable=True a write through one window shows in x and in every window sharing the item."""
    def write(xp):
        x = xp.arange(6.0)
        view = _stride_tricks(xp).sliding_window_view(x, 3, writeable=True)
        view[1, 1] = -1.0
        return x, view

    agree_nd(write, tn)


@PROPERTY
@given(x=nd_cases(nd_shapes(min_dims=1, max_dims=3, min_side=1, max_side=6)), layout=st.sampled_from("CRS"),
       data=st.data())
def test_as_strided_inside_the_array(tn, x, layout, data):
    """as_strided with byte strides that are multiples of the item size and stay in the array's memory:
    a window of k items stepping s items along the flattened last axis, and x's own shape and strides."""
    n = x.shape[-1] if layout != "S" else (x.shape[-1] + 1) // 2
    k = data.draw(st.integers(1, n), label="window length")
    step = data.draw(st.integers(1, 3), label="window step")
    rows = (n - k) // step + 1
    writeable = data.draw(st.booleans(), label="writeable")

    def strided(xp, a):
        a = _laid_out(a, layout)
        first = a[(0,) * (a.ndim - 1)]  # a 1-d view: its stride walks the last axis
        s = first.strides[0]
        view = _stride_tricks(xp).as_strided(first, shape=(rows, k), strides=(step * s, s), writeable=writeable)
        same = _stride_tricks(xp).as_strided(a)
        return _seen(view), _seen(same)

    agree_nd(strided, tn)


def test_as_strided_outside_the_array_is_refused(tinynet_only):
    """NumPy reads whatever memory lies past the array; tinynet's buffer has none, so it raises ValueError,
    and it refuses strides that are not whole items."""
    stride_tricks = _stride_tricks(tinynet_only)
    with pytest.raises(ValueError, match="outside the array's memory"):
        stride_tricks.as_strided(tinynet_only.arange(4), shape=(4,), strides=(16,))
    with pytest.raises(ValueError, match="multiples of the item size 8"):
        stride_tricks.as_strided(tinynet_only.arange(4), shape=(2,), strides=(4,))


def test_np_lib_stride_tricks_is_the_module(tn):
    """np.lib.stride_tricks loads on first use, as in NumPy."""
    assert tn.lib.stride_tricks is _stride_tricks(tn)
