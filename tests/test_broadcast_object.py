"""np.broadcast against NumPy: shape, size, ndim, nd, numiter, index, the tuples it hands out and reset.

Hypothesis draws 0 to 4 arrays of broadcastable shapes (0-d and size 0 included) and every dtype; both
libraries iterate them and every tuple's elements must agree in value and dtype.  Bad input must raise
NumPy's ValueError with NumPy's message.  Runs with --array-lib=numpy too.
"""
import math

import numpy
from hypothesis import given, settings, strategies as st

from strategies import build, nd_broadcastable_shapes, nd_cases

SETTINGS = settings(max_examples=80, deadline=None)


def _float_key(x):
    return ("nan",) if math.isnan(x) else (x, math.copysign(1.0, x))


def _key(value):
    """An element as (dtype name, value), nan and the sign of zero kept apart."""
    item = value.item() if hasattr(value, "item") else value
    if isinstance(item, float):
        item = _float_key(item)
    elif isinstance(item, complex):
        item = (_float_key(item.real), _float_key(item.imag))
    return (str(getattr(value, "dtype", type(value).__name__)), item)


def _walk(b, steps=None):
    """Describe a broadcast object and the tuples it hands out (all, or the first `steps`)."""
    described = [b.shape, b.size, b.ndim, b.nd, b.numiter, len(b.iters), b.index]
    for count, values in enumerate(b):
        described.append(tuple(_key(v) for v in values))
        if steps is not None and count + 1 == steps:
            break
    described.append(b.index)
    return described


@SETTINGS
@given(data=st.data(), count=st.integers(0, 4))
def test_broadcast_walks_as_numpy_does(tn, data, count):
    shapes = data.draw(nd_broadcastable_shapes(count), label="shapes")
    cases = [data.draw(nd_cases(shape=shape), label="array %d" % i) for i, shape in enumerate(shapes)]
    steps = data.draw(st.integers(1, 6), label="steps before reset")
    results = []
    for xp in (numpy, tn):
        b = xp.broadcast(*build(cases, xp))
        first = _walk(b, steps)
        b.reset()
        results.append((first, _walk(b)))
    assert results[1] == results[0]


def test_a_broadcast_argument_counts_its_arrays(tn):
    for xp in (numpy, tn):
        inner = xp.broadcast(xp.arange(3), xp.zeros((2, 1)))
        outer = xp.broadcast(inner, 7)
        assert (outer.shape, outer.numiter, outer.size) == ((2, 3), 3, 6)
        assert [tuple(float(v) for v in t) for t in outer][:2] == [(0.0, 0.0, 7.0), (1.0, 0.0, 7.0)]


def _error(xp, *args):
    try:
        xp.broadcast(*args)
    except ValueError as error:
        return str(error)
    return None


def test_bad_input_raises_numpys_error(tn):
    for args in [([1, 2], [1, 2, 3]), (numpy.zeros((2, 3)).tolist(), [[1], [2], [3]]), [1] * 65]:
        expected = _error(numpy, *args)
        assert expected is not None and _error(tn, *args) == expected
    assert _error(tn, *([1] * 64)) is None
