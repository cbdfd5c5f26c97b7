"""Reductions of arrays: sum here; prod, mean, var, std, max, min, argmax, argmin, any, all, cumsum, cumprod
and nonzero in ``reductions_extra`` (loaded on first use, and reachable here by name).

Each one reads the array's values in C order, hands them to ``reduce_math`` (which adds floats in
NumPy's order, so sums match NumPy bit for bit) with the axes to reduce, and wraps the answer: a
NumPy-like scalar when no axes remain, else an array (with the reduced axes kept as length 1 under
``keepdims=True``).

    >>> from tinynet import array
    >>> a = array([[[1, 2], [3, 4]], [[5, 6], [7, 8]]])
    >>> a.sum(axis=(0, 2)).tolist(), a.max(axis=-1, keepdims=True).shape
    ([14, 22], (2, 2, 1))
"""

from tinynet.core import dtypes
from tinynet.core.dtypes import BOOL, FLOAT64, INT64
from tinynet.core.pairwise import pairwise_sum
from tinynet.core.ndarray import asarray, ndarray
from tinynet.core.ufunc import _values_in, result


def _axes(a, axis):
    """The axes a ufunc reduction (sum, prod, max, any, ...) runs over, as a sorted tuple.

    NumPy's ufunc reductions let a 0-d array be reduced over the int axis 0 (or -1), not over the
    tuple (0,); mean, var and std count the elements of the named axes first and refuse both
    (``_statistics_axes``).
    """
    if a.ndim == 0 and (axis == 0 or axis == -1) and not isinstance(axis, tuple):
        return ()
    from tinynet.core import reduce_math  # the sums along axes load with the first one a program asks for

    return reduce_math.normalize_axes(axis, a.ndim)


def _statistics_axes(a, axis):
    """The axes mean, var and std run over: any axis of a 0-d array is out of bounds, as in NumPy."""
    from tinynet.core import reduce_math

    return reduce_math.normalize_axes(axis, a.ndim)


_builtin_sum = sum  # this module's own sum shadows the builtin below


def sum_of_ints(values):
    """The exact sum of a list of ints (Python's ints do not overflow, so the order does not matter)."""
    return _builtin_sum(values)


def _f32(d):
    """Whether float sums must round every step to single precision (float32 and complex64)."""
    return d.name in ("float32", "complex64", "float16")


def _finish(values, shape, d, out):
    if out is not None:
        out[...] = ndarray._make(values, shape, d) if shape else values[0]
        return out
    return result(values, shape, d)


def _with_where(a, where, fill):
    """Replace the elements where `where` is False by fill (the operation's identity)."""
    if where is True:
        return a
    mask = asarray(where, dtype=BOOL)
    shape = a._shape
    keep = _values_in(mask, shape, BOOL)
    values = [x if k else fill for x, k in zip(a._values(), keep)]
    return ndarray._make(values, shape, a._dtype)


def _memory_order(a, axis):
    """For a reduction over every axis, a view of a whose C order is its memory order, as NumPy adds in.

    NumPy walks the elements the way they lie in memory (a transposed array column by column of its
    view), so a float sum of a.T equals that of a bit for bit.
    """
    if a.ndim < 2 or a._full or not (axis is None or (isinstance(axis, tuple) and len(axis) == a.ndim)):
        return a
    return a._in_memory_order()


def _accumulated(a, dtype, where, identity):
    """a in the dtype a sum or product accumulates in (bools and small ints widen, as NumPy's do), with
    the elements `where` leaves out replaced by the identity."""
    d = dtypes.as_dtype(dtype) if dtype is not None else dtypes.accumulator(a._dtype)
    if d is not a._dtype and a._buf:  # (an empty a stays: NumPy never makes it in d)
        a = a.astype(d)
    return _with_where(a, where, dtypes.converter(d)(identity)), d


def sum(a, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=True):  # noqa: A001
    """Return the sum of a over the given axes, adding floats in NumPy's pairwise order."""
    a = _memory_order(asarray(a), axis)
    if axis is None and dtype is None and out is None and not keepdims and initial is None and where is True:
        if a._dtype is INT64:  # the exact sum of every value, wrapped once: no order to keep
            total = sum_of_ints(a._values())
            if not INT64._min <= total <= INT64._max:
                total = dtypes.fix([total], INT64)[0]
            return dtypes.scalar(total, INT64)
        if a._dtype is FLOAT64:  # NumPy's order for every axis: one pairwise sum, added to its 0.0
            return dtypes.scalar(0.0 + pairwise_sum(a._values()), FLOAT64)
    a, d = _accumulated(a, dtype, where, 0)
    from tinynet.core import reduce_math

    axes = _axes(a, axis)
    if not a.size:  # an empty a's result can still be too big to build
        reduce_math.check_output(a._shape, axes, d, keepdims)
    values, shape = reduce_math.sum_values(a._values(), a._shape, axes, keepdims, d.kind, _f32(d))
    if initial is not None:
        values = [v + initial for v in values]
    if d is BOOL:  # a sum of 0s and 1s in bool is their logical or: True, not a count
        values = [bool(v) for v in values]
    return _finish(dtypes.fix(values, d), shape, d, out)


_EXTRA = ("prod", "mean", "var", "std", "extreme", "arg", "logical", "cumulative", "nonzero")


def __getattr__(name):
    # prod, mean, var, std, extreme (max, min), arg (argmax, argmin), logical (any, all), cumulative and
    # nonzero live in core/reductions_extra.py, loaded on first use: reductions.var(...) still works.  Any other name is
    # refused before importing anything (doctest and inspect probe modules for attributes like __wrapped__).
    if name not in _EXTRA:
        raise AttributeError("module 'tinynet.core.reductions' has no attribute %r" % name)
    from tinynet.core import reductions_extra

    value = getattr(reductions_extra, name)
    globals()[name] = value
    return value
