"""Differential tests of nditer's order of visit (tinynet/lib/iteration.py) against NumPy.

Views of N-d arrays of every dtype (transposed, reversed, strided, broadcast against a second operand),
iterated in orders C, F, A and K with multi_index, c_index and f_index tracked: the elements, their
multi-indices and flat indices must come in NumPy's order, and writes through readwrite views must land
where NumPy's do.
"""
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from strategies import agree_nd, nd_cases, nd_shapes

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _view(x, axes, steps):
    """x with its axes permuted and each axis walked with the given step (negative: backwards)."""
    x = x.transpose(axes)
    return x[tuple(slice(None, None, step) for step in steps) + (Ellipsis,)]


@st.composite
def _layouts(draw):
    empty_ok = draw(st.integers(0, 5)) == 0  # size 0 now and then; mostly elements to put in order
    a = draw(nd_cases(shape=nd_shapes(0, 4, max_side=4, max_size=36, min_side=0 if empty_ok else 1)))
    axes = tuple(draw(st.permutations(range(a.ndim))))
    steps = tuple(draw(st.sampled_from([1, 1, -1, 2, -2])) for _ in range(a.ndim))
    return a, axes, steps


def _visit(it, tracked):
    seen = []
    for value in it:
        entry = [v[()] for v in value] if isinstance(value, tuple) else [value[()]]
        if "multi_index" in tracked:
            entry.append(it.multi_index)
        if "c_index" in tracked or "f_index" in tracked:
            entry.append(it.index)
        seen.append(tuple(entry))
    return seen


@given(layout=_layouts(), order=st.sampled_from(["C", "F", "A", "K"]),
       tracked=st.sampled_from([[], ["multi_index"], ["c_index"], ["f_index"], ["multi_index", "c_index"]]))
@SETTINGS
def test_order_of_visit(tn, layout, order, tracked):
    a, axes, steps = layout
    agree_nd(lambda xp, x: _visit(xp.nditer(_view(x, axes, steps), flags=tracked + ["zerosize_ok"], order=order),
                                  tracked), tn, a)


@given(layout=_layouts(), order=st.sampled_from(["C", "F", "K"]), data=st.data())
@SETTINGS
def test_two_operands_broadcast(tn, layout, order, data):
    a, axes, steps = layout
    shape = tuple(a.shape[i] for i in axes)
    trailing = data.draw(st.integers(0, len(shape)))
    b = data.draw(nd_cases(shape=tuple(1 if data.draw(st.booleans()) else n for n in shape[len(shape) - trailing:])))
    agree_nd(lambda xp, x, y: _visit(xp.nditer([_view(x, axes, steps), y], flags=["multi_index", "zerosize_ok"],
                                               order=order), ["multi_index"]), tn, a, b)


@given(layout=_layouts(), order=st.sampled_from(["C", "F", "K"]))
@SETTINGS
def test_writes_follow_the_visit(tn, layout, order):
    a, axes, steps = layout

    def count_into(xp, x):
        view = _view(x, axes, steps)
        with xp.nditer(view, flags=["zerosize_ok"], op_flags=["readwrite"], order=order) as it:
            for k, v in enumerate(it):
                v[...] = k % 2
        return x

    agree_nd(count_into, tn, a)


def test_index_needs_a_flag(tn):
    agree_nd(lambda xp: xp.nditer(xp.arange(3)).index, tn, message=True)


@pytest.mark.parametrize("order", ["X", "c", "f", None])
def test_order_spelling(tn, order):
    agree_nd(lambda xp: [int(v) for v in xp.nditer(xp.arange(6).reshape(2, 3), order=order)], tn, message=True)
