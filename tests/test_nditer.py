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


# --------------------------------------------------------------------------------------------- nested_iters

@st.composite
def _groups(draw, ndim):
    """The axes 0..ndim-1 shuffled and cut into 2 or 3 lists (some possibly empty), now and then one left out."""
    axes = list(draw(st.permutations(range(ndim))))
    if axes and draw(st.integers(0, 5)) == 0:
        axes.pop()
    cuts = sorted(draw(st.lists(st.integers(0, len(axes)), min_size=1, max_size=2)))
    bounds = [0] + cuts + [len(axes)]
    return [axes[bounds[k]:bounds[k + 1]] for k in range(len(bounds) - 1)]


def _nested_visit(its, tracked):
    def walk(depth):
        it = its[depth]
        seen = []
        for value in it:
            entry = [v[()] for v in value] if isinstance(value, tuple) else [value[()]]
            if tracked:
                entry.append(it.multi_index)
            if depth + 1 < len(its):
                entry.append(walk(depth + 1))
            seen.append(tuple(entry))
        return seen

    return walk(0)


@given(layout=_layouts(), order=st.sampled_from(["C", "F", "K"]), tracked=st.booleans(), data=st.data())
@SETTINGS
def test_nested_iters(tn, layout, order, tracked, data):
    a, axes, steps = layout
    groups = data.draw(_groups(a.ndim))
    flags = ["multi_index"] if tracked else []
    agree_nd(lambda xp, x: _nested_visit(xp.nested_iters(_view(x, axes, steps), groups, flags=flags, order=order),
                                         tracked), tn, a, message=True)


@given(layout=_layouts(), data=st.data())
@SETTINGS
def test_nested_iters_two_operands_and_writes(tn, layout, data):
    a, axes, steps = layout
    groups = data.draw(_groups(a.ndim))
    shape = tuple(-(-a.shape[i] // abs(step)) for i, step in zip(axes, steps))  # the view's shape
    b = data.draw(nd_cases(shape=tuple(1 if data.draw(st.booleans()) else n for n in shape)))

    def write(xp, x, y):
        its = xp.nested_iters([_view(x, axes, steps), y], groups, flags=["multi_index"],
                              op_flags=[["readwrite"], ["readonly"]])
        count = [0]

        def walk(depth):
            for first, _ in its[depth]:
                if depth + 1 < len(its):
                    walk(depth + 1)
                else:
                    first[...] = count[0] % 2
                    count[0] += 1

        walk(0)
        return x, count[0]

    agree_nd(write, tn, a, b, message=True)


@pytest.mark.parametrize("groups", [[[0], [0, 1, 2]], [[0], [1, 5]], [[0, 1, 2]], [[-1], [0, 1]], []])
def test_nested_iters_bad_axes(tn, groups):
    agree_nd(lambda xp: xp.nested_iters(xp.arange(12).reshape(2, 3, 2), groups), tn, message=True)


def test_nested_iters_operands_disagree(tn):
    agree_nd(lambda xp: xp.nested_iters([xp.zeros((2, 3, 2)), xp.zeros((3, 2))], [[0], [1, 2]]), tn, message=True)
