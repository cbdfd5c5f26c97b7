"""N-d reductions on flat value lists, adding in the order NumPy adds.

An array here is a flat list of its values in C order (row-major) and a shape
tuple: shape (2, 3) with values ``[a00, a01, a02, a10, a11, a12]``.  Each
reduction takes ``values, shape, axes, keepdims`` and returns a new
``(values, shape)`` pair.  ``axes`` is None (every axis), an int or a tuple
of ints, negative ones counting from the end.  A reduction to a single value
returns a list of one value and shape ``()``.

    >>> sum_values([1, 2, 3, 4, 5, 6], (2, 3), 0, dtype_kind="i")
    ([5, 7, 9], (3,))
    >>> sum_values([1, 2, 3, 4, 5, 6], (2, 3), -1, keepdims=True, dtype_kind="i")
    ([6, 15], (2, 1))
    >>> mean_values([1.0, 9.0, 3.0, 4.0], (2, 2), None)
    ([4.25], ())

Values are Python objects: bool, int (exact, unbounded: the caller wraps
integers to their dtype), float (float32 values are floats that float32 can
hold; pass ``float32=True`` and every operation rounds to float32, as NumPy
computes float32 in float32) and complex.  ``dtype_kind`` is NumPy's kind
letter: "b", "i", "u", "f" or "c".

The order of float additions (checked against NumPy 2.4, bit for bit)
    NumPy's ``add.reduce`` walks a C-contiguous array in C order, after
    dropping length-1 axes and merging neighbouring axes that are both reduced
    or both kept.  Its inner loop runs along the last merged axis:

    - if that axis is reduced, each contiguous run along it is summed with
      ``pairwise_sum`` (blocks of up to 128 with 8 running totals, longer runs
      split in two at a multiple of 8), and the run's sum is added to the
      output: ``out = ((0.0 + run_0) + run_1) + ...``;
    - if it is kept, the rows are added one after another, element by
      element: ``out[j] = ((0.0 + a[0, j]) + a[1, j]) + ...``.

    So ``axis=None`` is one pairwise sum over all values (of any length),
    axes (1, 2) of a 3-d array are pairwise over each merged 2-d block, axis 0
    of a 2-d array is a plain loop down each column, and axes (0, 2) of a 3-d
    array sum each run along axis 2 pairwise and add the runs along axis 0
    in order.  The output starts at NumPy's identity 0.0, so a sum of -0.0
    values is 0.0, as in NumPy.
    When NumPy must cast the input first (ints to float64 for ``mean``,
    ``var`` and ``std``), it reduces through buffers of 8192 values: each run
    is then summed pairwise in pieces of 8192 values, added in order.
    ``mean`` is that sum divided by the count.

Verified bit for bit against NumPy 2.4 (tests/test_reduce_math.py, with values
such as 1e16, 1, -1e16, 2**60 that give a different answer in any other
order), for every reduction here and in the modules below, on 0-d to 6-d
arrays, any axes, runs longer than 128 and than 8192; each module's
docstring names what is not matched.

Nothing here imports above ``tinynet.core``; the functions use neither
itertools, functools, operator nor math.fsum, so they run on MicroPython.

This module holds what every program needs, float64 and integer sums and means, with
``reduce_axes`` (the axes and the grouping of a reduction, re-exported here).  The rest loads on
first use, one concept per module:
``reduce_kernels`` (float32 and complex sums), ``reduce_layouts`` (``reduce`` with any
kernel, grouping for any layout of axes), ``reduce_products`` (prod),
``reduce_extremes`` (max, min, argmax, argmin, any, all, count_nonzero),
``reduce_stats`` (var, std) and ``cumulative`` (cumsum, cumprod).
"""

from tinynet.core.errors import AxisError  # noqa: F401 - re-exported: reduce_math.AxisError
from tinynet.core.pairwise import chain, pairwise_rows, pairwise_sum, running_sums
from tinynet.core.reduce_axes import (  # noqa: F401 - re-exported: reduce_math.normalize_axes, ...
    _apply,
    _axis_index,
    _groups,
    _merge_axes,
    _reduced_flags,
    _ufunc_axes,
    check_output,
    normalize_axes,
    reduced_count,
    reduced_shape,
)
from tinynet.core.shapes import size_of as _size

INF = float("inf")
NAN = float("nan")
BUFFER_SIZE = 8192  # NumPy's default ufunc buffer size, in elements


# --------------------------------------------------------------------------
# IEEE division
# --------------------------------------------------------------------------


def _divide(a, b):
    """Return a / b with IEEE semantics for b == 0 (nan or a signed inf), as NumPy divides."""
    if b:
        return a / b
    if a != a or a == 0:
        return NAN
    return INF if a > 0 else -INF


# --------------------------------------------------------------------------
# Summation kernels
# --------------------------------------------------------------------------


def _float_sum(values, shape, axes, is_complex, f32, chunk=0):
    """Return the float (or complex) sums over ``axes`` in NumPy's order (see the module doc).

    ``chunk`` > 0 sums each run pairwise in pieces of that many values, as
    NumPy does when it reduces through a cast buffer.
    """
    zero = 0j if is_complex else 0.0
    kernels = None
    if is_complex or f32:  # NumPy's other inner loops: loaded on the first such sum
        from tinynet.core import reduce_kernels as kernels
    outputs = _size(reduced_shape(shape, axes))
    if outputs == 0:
        return []
    if reduced_count(shape, axes) == 0:
        return [zero] * outputs
    blocks = _merge_axes(shape, _reduced_flags(len(shape), axes))
    if blocks and blocks[-1][1]:
        # The inner loop runs along a reduced block: one pairwise sum per run
        # (per piece of a run, with a buffer), then the runs are added in order.
        n = blocks.pop()[0]
        piece = chunk if 0 < chunk < n else n
        pieces = (n + piece - 1) // piece
        if piece == n <= 128 and not is_complex and type(values[0]) is float:
            # every run at once, each added to 0.0
            partials = kernels.float32_rows(values, n) if f32 else pairwise_rows(values, n)
            if not [b for b in blocks if b[1]]:
                return partials
        else:
            partials = []
            for start in range(0, len(values), n):
                for s in range(start, start + n, piece):
                    run = values[s : min(s + piece, start + n)]
                    partials.append(kernels.run_sum(run, is_complex, f32) if kernels else pairwise_sum(run))
        if pieces == 1 and not [b for b in blocks if b[1]]:
            return [zero + x for x in partials]  # one partial per output, added to NumPy's 0.0
        values = partials
        shape = [b[0] for b in blocks] + [pieces]
        reduced = [b[1] for b in blocks] + [True]
    else:
        shape = [b[0] for b in blocks]
        reduced = [b[1] for b in blocks]
        if not is_complex:
            sums = _sums_down_columns(values, shape, reduced, kernels)
            if sums is not None:
                return sums
    if kernels:
        return [kernels.running_total(group, is_complex, f32) for group in _groups(values, shape, reduced)]
    return [_running_total(group) for group in _groups(values, shape, reduced)]


def _running_total(addends):
    """Return ((0.0 + x0) + x1) + ...: runs added in order, as NumPy's outer reduce loop adds them."""
    return chain(addends, 0.0)


def _sums_down_columns(values, shape, reduced, float32_kernels=None):
    """The float sums of _float_sum's last case, where the merged axes are [reduced, kept]
    (``a.sum(axis=0)``) or [kept, reduced, kept] (``a.sum(axis=1)`` of a 3-d array); None for others.

    out[o, k] = ((0.0 + a[o, 0, k]) + a[o, 1, k]) + ..., as ``_running_total`` adds each group:
    the same additions in the same order, for a whole block of outputs at once (_column_totals).
    float32_kernels (reduce_kernels) rounds every addition to float32.
    """
    if reduced == [True, False]:
        outer, count, inner = 1, shape[0], shape[1]
    elif reduced == [False, True, False]:
        outer, count, inner = shape
    else:
        return None
    sums = []
    plane = count * inner
    for start in range(0, outer * plane, plane):
        sums.extend(_column_totals(values, start, count, inner, float32_kernels))
    return sums


def _column_totals(values, start, count, inner, float32_kernels):
    """Return the running totals down the columns of the count x inner block of values at start."""
    zeros = [0.0] * inner
    end = start + count * inner
    if chain is sum and not float32_kernels:  # sum's C loop down each column, in order
        if inner < count:  # the columns as strided slices
            return map(sum, [values[k:end:inner] for k in range(start, start + inner)], zeros)
        return map(sum, zip(*[values[s : s + inner] for s in range(start, end, inner)]), zeros)
    rows = [values[s : s + inner] for s in range(start, end, inner)]
    if float32_kernels:  # a row of float32 additions per pass
        return float32_kernels.running_columns(zeros, rows)
    return running_sums(zeros, rows)  # three rows of additions per pass


def _exact_sum(values):
    total = 0
    for v in values:
        total += v
    return total


# --------------------------------------------------------------------------
# Sums and means
# --------------------------------------------------------------------------


def sum_values(values, shape, axes=None, keepdims=False, dtype_kind="f", float32=False):
    """Return the sum over ``axes``: out = sum of a[..] over the reduced axes, in NumPy's order.

    Floats and complex numbers are added in NumPy's order (see the module
    docstring), so the sums match NumPy bit for bit; ints and bools give exact
    Python ints.  An empty sum is 0.

    >>> sum_values([0.1] * 6, (2, 3), 1)
    ([0.30000000000000004, 0.30000000000000004], (2,))
    >>> sum_values([True, True, False], (3,), None, dtype_kind="b")
    ([2], ())
    """
    axes = _ufunc_axes(axes, len(shape))
    out_shape = reduced_shape(shape, axes, keepdims)
    if dtype_kind in ("f", "c"):
        return _float_sum(values, shape, axes, dtype_kind == "c", float32), out_shape
    return _apply(values, shape, axes, _exact_sum), out_shape


def _sum_for_stats(values, shape, axes, dtype_kind, float32):
    """Return NumPy's sum inside mean/var: ints and bools are cast to float64 through buffers."""
    if dtype_kind in ("f", "c"):
        return _float_sum(values, shape, axes, dtype_kind == "c", float32)
    floats = [float(v) for v in values]
    return _float_sum(floats, shape, axes, False, False, BUFFER_SIZE)


def _means(sums, count, is_complex, f32):
    """Return each sum / count (IEEE division: 0 / 0 is nan); float32 and complex in reduce_kernels."""
    if is_complex or f32:
        from tinynet.core import reduce_kernels

        return reduce_kernels.means(sums, count, is_complex, f32)
    return [s / count for s in sums] if count else [_divide(s, count) for s in sums]


def mean_values(values, shape, axes=None, keepdims=False, dtype_kind="f", float32=False):
    """Return the mean over ``axes``: sum (in NumPy's order) / count.

    Ints and bools average in float64; float32 sums in float32 and rounds the
    quotient to float32.  An empty mean is nan (NumPy also warns "Mean of empty
    slice": the caller does that when ``reduced_count`` is 0).

    >>> mean_values([1, 2, 3, 4], (2, 2), 0, dtype_kind="i")
    ([2.0, 3.0], (2,))
    >>> mean_values([], (0,), None)
    ([nan], ())
    """
    axes = normalize_axes(axes, len(shape))
    count = reduced_count(shape, axes)
    sums = _sum_for_stats(values, shape, axes, dtype_kind, float32)
    return _means(sums, count, dtype_kind == "c", float32), reduced_shape(shape, axes, keepdims)
