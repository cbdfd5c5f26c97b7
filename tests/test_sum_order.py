"""Sums, means, variances and deviations along axes add in NumPy's order, bit for bit, on every layout.

core/pairwise.py and core/reduce_math.py have fast paths for the common layouts: a contiguous last axis
(``pairwise_rows``: one compiled comprehension for all runs), an outer axis (``_sums_down_columns``: sum's
C loop down each column) and left-to-right chains (``chain``: sum where it adds in order).  These
properties draw arrays whose additions give a different answer in any other order (1e16, 1, -1e16, 2**60,
...; nan, inf and -0.0 now and then), in every real and complex dtype NumPy sums exactly as tinynet does,
as contiguous arrays, transposes and sliced or reversed views, with run lengths on both sides of 8 and
128, and compare with NumPy bit for bit (nan == nan, -0.0 != 0.0).  The plain-Python transcription of
NumPy's loops below is checked against the fast paths too, on the runtime's other branches.
"""
import contextlib
import struct

import numpy
import pytest
from hypothesis import given, settings, strategies as st

from strategies import NdCase, agree_nd

EXAMPLES = settings(max_examples=60, deadline=None)

POOL = [1e16, -1e16, 1.0, 3.0, -7.0, 0.5, 0.1, 2.0 ** 60, -(2.0 ** 60), 123.25, 1e8, -0.0, 0.0]
SPECIAL = [float("nan"), float("inf"), -float("inf")]
EXACT_DTYPES = ("float64", "float32", "complex128", "complex64", "bool",
                "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64")
LAST_SIDES = [0, 1, 2, 7, 8, 9, 15, 16, 17, 31, 32, 33, 64, 127, 128, 129, 200]
VIEWS = {
    "as is": lambda a: a,
    "transposed": lambda a: a.T,
    "every other": lambda a: a[..., ::2],
    "reversed rows": lambda a: a[::-1],
    "first axis sliced": lambda a: a[1:],
}


def _values(dtype, size, seed, specials):
    """size values for the named dtype, from a seeded generator (faster to draw than element by element):
    order-sensitive floats (and nan, inf, -0.0 when specials), or integers across the dtype's range."""
    rng = numpy.random.default_rng(seed)
    if dtype == "bool":
        return rng.integers(0, 2, size).astype(bool).tolist()
    if dtype[0] in "iu":
        info = numpy.iinfo(dtype)
        return rng.integers(int(info.min), int(info.max), size, endpoint=True, dtype=dtype).tolist()
    pool = numpy.array(POOL + SPECIAL if specials else POOL + [0.25, -3.5])
    part = "float32" if dtype in ("float32", "complex64") else "float64"
    real = [pool[rng.integers(0, len(pool), size)].astype(part).tolist() for _ in range(2)]
    return [complex(x, y) for x, y in zip(*real)] if dtype.startswith("complex") else real[0]


@st.composite
def cases(draw, dtypes=EXACT_DTYPES, max_size=1200):
    """Draw an NdCase of 1 to 4 axes whose last axis crosses the block sizes of NumPy's pairwise sum."""
    dtype = draw(st.sampled_from(dtypes))
    last = draw(st.sampled_from(LAST_SIDES))
    shape = [last]
    for _ in range(draw(st.integers(0, 3))):
        room = max_size // max(1, numpy.prod(shape))
        shape.insert(0, draw(st.integers(0 if last else 1, min(5, max(1, room)))))
    shape = tuple(shape)
    size = int(numpy.prod(shape))
    values = _values(dtype, size, draw(st.integers(0, 2 ** 32)), draw(st.integers(0, 4)) == 0)
    return NdCase(numpy.array(values, dtype=object).reshape(shape).tolist() if size else [], shape, dtype)


def _axes(draw, ndim, view):
    """None, or (not for a transpose) an axis or a pair of axes."""
    if view == "transposed":  # NumPy reduces a transpose along an axis in memory order: not modelled
        return None
    return draw(st.sampled_from([None] + list(range(-ndim, ndim)) + ([(0, ndim - 1)] if ndim > 2 else [])))


@EXAMPLES
@given(case=cases(), view=st.sampled_from(sorted(VIEWS)), data=st.data())
def test_sum_along_any_axis_of_any_view_is_numpys(tn, case, view, data):
    axis = _axes(data.draw, len(case.shape), view)
    agree_nd(lambda xp, a: VIEWS[view](a).sum(axis=axis), tn, case)


@EXAMPLES
@given(case=cases(("float64", "float32", "complex128", "int64", "bool")), view=st.sampled_from(sorted(VIEWS)),
       name=st.sampled_from(["mean", "var", "std"]), data=st.data())
def test_mean_var_std_along_any_axis_are_numpys(tn, case, view, name, data):
    axis = _axes(data.draw, len(case.shape), view)
    agree_nd(lambda xp, a: getattr(VIEWS[view](a), name)(axis=axis), tn, case)


@pytest.mark.parametrize("dtype", ["float64", "float32", "int64"])
def test_zero_d_and_empty_sums(tn, dtype):
    agree_nd(lambda xp, a: a.sum(axis=-1), tn, NdCase(-0.0 if dtype != "int64" else 3, (), dtype))
    for shape in [(0,), (3, 0), (0, 3), (2, 0, 4)]:
        for axis in [None, 0, -1]:
            agree_nd(lambda xp, a: a.sum(axis=axis), tn, NdCase([], shape, dtype))


def test_negative_zeros_sum_to_numpys_zero(tn):
    for shape in [(3, 8), (2, 16), (4, 130), (9, 3)]:
        size = shape[0] * shape[1]
        case = NdCase(numpy.full(shape, -0.0).tolist(), shape, "float64")
        for axis in [None, 0, 1]:
            agree_nd(lambda xp, a: a.sum(axis=axis), tn, case)
    assert size


# ---------------------------------------------------------------------------------------------------------
# the fast paths against a plain transcription of NumPy's loops, on each branch of the runtime

def _bits(values):
    return [struct.pack("<d", v) if v == v else "nan" for v in values]


def _numpy_pairwise(a):
    """NumPy's pairwise sum of one run, transcribed as plain loops (the tests' own reference)."""
    n = len(a)
    if n < 8:
        total = 0.0
        for x in a:
            total += x
        return total
    if n <= 128:
        r = list(a[:8])
        end = n - n % 8
        for i in range(8, end, 8):
            for j in range(8):
                r[j] += a[i + j]
        total = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
        for x in a[end:]:
            total += x
        return total
    half = n // 2
    half -= half % 8
    return _numpy_pairwise(a[:half]) + _numpy_pairwise(a[half:])


_VALUES = st.sampled_from(POOL + SPECIAL) | st.floats(-1e3, 1e3)


CHAIN_KINDS = ["sum", "fold", "loop"]


@contextlib.contextmanager
def _patched_chain(kind):
    """A context in which chain is the runtime's sum ("sum"), functools.reduce as on CPython 3.12+
    ("fold"), or a loop, as on a runtime with neither an ordered sum nor functools ("loop")."""
    from tinynet.core import pairwise, reduce_math

    with pytest.MonkeyPatch.context() as patch:
        if kind != "sum":
            if kind == "loop":
                patch.setattr(pairwise, "fold", None)
            patch.setattr(pairwise, "chain", pairwise._left_to_right)
            patch.setattr(reduce_math, "chain", pairwise._left_to_right)
        yield


@pytest.mark.parametrize("chain_kind", CHAIN_KINDS)
@settings(max_examples=40, deadline=None)
@given(values=st.lists(_VALUES, max_size=400))
def test_pairwise_sum_is_numpys_loop(chain_kind, values):
    from tinynet.core import pairwise

    with _patched_chain(chain_kind):
        assert _bits([pairwise.pairwise_sum(values)]) == _bits([_numpy_pairwise(values)])


@settings(max_examples=40, deadline=None)
@given(n=st.integers(1, 128), runs=st.integers(0, 6), data=st.data())
def test_pairwise_rows_is_numpys_loop_on_each_run(n, runs, data):
    from tinynet.core import pairwise

    values = data.draw(st.lists(_VALUES, min_size=n * runs, max_size=n * runs))
    expected = [0.0 + _numpy_pairwise(values[i:i + n]) for i in range(0, n * runs, n)]
    assert _bits(pairwise.pairwise_rows(values, n)) == _bits(expected)


def test_pairwise_rows_without_a_compiler(monkeypatch):
    """A runtime without eval (or without the memory to compile) sums each run with pairwise_sum."""
    from tinynet.core import pairwise

    def no_eval(source):
        raise MemoryError

    monkeypatch.setattr(pairwise, "_ROW_KERNELS", {})
    monkeypatch.setattr(pairwise, "eval", no_eval, raising=False)
    values = [1e16, 1.0, -1e16, 3.0] * 10 + [-0.0] * 10
    assert _bits(pairwise.pairwise_rows(values, 10)) == _bits([0.0 + _numpy_pairwise(values[i:i + 10])
                                                               for i in range(0, 50, 10)])


@pytest.mark.parametrize("chain_kind", CHAIN_KINDS)
@settings(max_examples=40, deadline=None)
@given(shape=st.sampled_from([(5, 3), (1, 4), (17, 2), (3, 40), (3, 6, 4), (2, 1, 5), (4, 9, 1), (2, 20, 3)]),
       data=st.data())
def test_sums_down_columns_add_each_column_in_order(chain_kind, shape, data):
    from tinynet.core import reduce_math

    size = 1
    for n in shape:
        size *= n
    values = data.draw(st.lists(_VALUES, min_size=size, max_size=size))
    reduced = [True, False] if len(shape) == 2 else [False, True, False]
    expected = []
    for group in reduce_math._groups(values, list(shape), reduced):
        total = 0.0
        for x in group:
            total += x
        expected.append(total)
    with _patched_chain(chain_kind):
        assert _bits(reduce_math._sums_down_columns(values, list(shape), reduced)) == _bits(expected)
