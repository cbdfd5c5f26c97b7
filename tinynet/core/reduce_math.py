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
    >>> max_values([1.0, 9.0, 3.0, 4.0], (2, 2), None)
    ([9.0], ())

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
    Complex sums add the real and the imaginary parts with NumPy's complex
    pairwise sum: blocks of up to 64 numbers with 4 running totals per part.
    When NumPy must cast the input first (ints to float64 for ``mean``,
    ``var`` and ``std``), it reduces through buffers of 8192 values: each run
    is then summed pairwise in pieces of 8192 values, added in order.
    ``prod``, ``cumsum`` and ``cumprod`` work in C order, one element at a
    time, starting from NumPy's identity (1.0, 1+0j) for ``prod`` and from
    the first element for the running ones.

    ``mean`` is that sum divided by the count (float32: the quotient is taken
    in float64 and rounded, as NumPy promotes float32 / intp; complex:
    z * (1/n) per part, NumPy's complex division by n + 0j).  ``var`` takes the
    mean, the deviations x - mean, their squares (re*re + im*im for complex),
    their sum in the order above, and divides by max(count - ddof, 0); every
    step rounds to float32 for float32 and complex64.

Verified bit for bit against NumPy 2.4 (tests/test_reduce_math.py, with values
such as 1e16, 1, -1e16, 2**60 that give a different answer in any other
order): sum, mean, var, std for float64, float32, complex128, complex64, int64
and bool on 0-d to 6-d arrays, any axes, runs longer than 128 and than 8192;
prod, cumsum and real cumprod; max, min, argmax, argmin, any, all,
count_nonzero.  Not matched: complex ``prod`` over outer axes and complex
``cumprod`` may differ in the last bits, because NumPy's elementwise complex
multiply fuses a*c - b*d into one FMA on CPUs that have one; ``max``/``min``
may return 0.0 where NumPy returns -0.0 (its SIMD kernels leave that open);
float16 (NumPy accumulates half sums in float32) is not modelled.

Nothing here imports above ``tinynet.core``; the functions use neither
itertools, functools, operator nor math.fsum, so they run on MicroPython.
"""

from array import array
from math import sqrt

from tinynet.core.errors import AxisError
from tinynet.core.nested import (
    NAN,
    all_true,
    any_true,
    arg_max,
    arg_min,
    nan_max,
    nan_min,
    pairwise_rows,
    pairwise_sum,
    running_sums,
)
from tinynet.core.nested import size_of as _size

INF = float("inf")
BUFFER_SIZE = 8192  # NumPy's default ufunc buffer size, in elements


# --------------------------------------------------------------------------
# Axes and shapes
# --------------------------------------------------------------------------


def normalize_axes(axis, ndim):
    """Return the axes named by ``axis`` as a sorted tuple of non-negative ints.

    ``axis`` is None (all axes), an int or a tuple of ints; an axis ``a < 0``
    means ``a + ndim``.

    >>> normalize_axes(None, 3), normalize_axes(-1, 3), normalize_axes((2, 0), 3)
    ((0, 1, 2), (2,), (0, 2))
    >>> normalize_axes(2, 2)
    Traceback (most recent call last):
    ...
    tinynet.AxisError: axis 2 is out of bounds for array of dimension 2
    """
    if axis is None:
        return tuple(range(ndim))
    items = axis if isinstance(axis, tuple) else (axis,)
    axes = []
    for item in items:
        a = _axis_index(item)
        if a < -ndim or a >= ndim:
            if not -(1 << 63) <= a < (1 << 63):
                raise OverflowError("Python int too large to convert to C long")
            raise AxisError("axis %d is out of bounds for array of dimension %d" % (a, ndim))
        axes.append(a + ndim if a < 0 else a)
    axes.sort()
    for i in range(1, len(axes)):
        if axes[i] == axes[i - 1]:
            raise ValueError("duplicate value in 'axis'")
    return tuple(axes)


def _axis_index(item):
    if type(item) is bool:
        raise TypeError("an integer is required")
    if isinstance(item, int):
        return item
    index = getattr(item, "__index__", None)  # NumPy and tinynet integer scalars
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(item).__name__)
    return index()


def _ufunc_axes(axis, ndim):
    """Normalize ``axis`` as NumPy's ufunc reductions do: a 0-d array also takes the int 0 or -1."""
    if ndim == 0 and not isinstance(axis, tuple) and axis is not None and _axis_index(axis) in (0, -1):
        return ()
    return normalize_axes(axis, ndim)


def reduced_shape(shape, axes, keepdims=False):
    """Return the shape left after reducing ``axes`` (a normalized tuple).

    >>> reduced_shape((2, 3, 4), (0, 2)), reduced_shape((2, 3, 4), (0, 2), keepdims=True)
    ((3,), (1, 3, 1))
    """
    if keepdims:
        return tuple(1 if d in axes else n for d, n in enumerate(shape))
    return tuple(n for d, n in enumerate(shape) if d not in axes)


def reduced_count(shape, axes):
    """Return how many elements go into each result: the product of the reduced lengths.

    >>> reduced_count((2, 3, 4), (0, 2)), reduced_count((2, 3), ())
    (8, 1)
    """
    count = 1
    for d in axes:
        count *= shape[d]
    return count




def _merge_axes(shape, reduced):
    """Return [[length, is_reduced], ...]: length-1 axes dropped, neighbours of one kind merged.

    This is the loop nest NumPy's iterator runs for a C-contiguous array.
    """
    blocks = []
    for n, r in zip(shape, reduced):
        if n == 1:
            continue
        if blocks and blocks[-1][1] == r:
            blocks[-1][0] *= n
        else:
            blocks.append([n, r])
    return blocks


def _groups(values, shape, reduced):
    """Return, for each output position in C order, its reduced elements in C order.

    ``reduced`` flags each axis of ``shape``.  The kept axes move to the front
    and the reduced ones to the back (a transpose done once, by slices where
    the pattern allows, else by a precomputed index list), so that each group
    is one contiguous piece of the transposed list.
    """
    size = len(values)
    blocks = _merge_axes(shape, reduced)
    kept = [n for n, r in blocks if not r]
    count = 1
    for n, r in blocks:
        if r:
            count *= n
    if len(kept) == len(blocks):  # nothing reduced (or a single element)
        return [[v] for v in values]
    if not kept:  # everything reduced
        return [list(values)]
    if len(blocks) == 2:
        if blocks[1][1]:  # [kept, reduced]: contiguous rows
            return [values[i : i + count] for i in range(0, size, count)]
        inner = blocks[1][0]  # [reduced, kept]: columns
        return [values[j::inner] for j in range(inner)]
    if len(blocks) == 3 and not blocks[0][1]:  # [kept, reduced, kept]
        inner = blocks[2][0]
        plane = count * inner
        return [
            values[start + j : start + plane : inner]
            for start in range(0, size, plane)
            for j in range(inner)
        ]
    return _groups_by_index(values, blocks, count)


def _groups_by_index(values, blocks, count):
    """Return the groups of ``_groups`` through an index list of the transposed array.

    This is the plain version that the slice fast paths of ``_groups`` shortcut;
    ``blocks`` come from ``_merge_axes`` and ``count`` is the group size.
    """
    size = len(values)
    strides = []
    stride = 1
    for n, r in reversed(blocks):
        strides.append(stride)
        stride *= n
    strides.reverse()
    order = [i for i in range(len(blocks)) if not blocks[i][1]]
    order += [i for i in range(len(blocks)) if blocks[i][1]]
    index = [0]
    for i in order:
        steps = [k * strides[i] for k in range(blocks[i][0])]
        index = [b + s for b in index for s in steps]
    moved = [values[i] for i in index]
    return [moved[i : i + count] for i in range(0, size, count)]


def _reduced_flags(ndim, axes):
    return [d in axes for d in range(ndim)]


def _owners(shape, axes):
    """Return, for each element in C order, the flat index of its output position."""
    out_strides = []
    stride = 1
    for d in range(len(shape) - 1, -1, -1):
        if d in axes:
            out_strides.append(0)
        else:
            out_strides.append(stride)
            stride *= shape[d]
    out_strides.reverse()
    index = [0]
    for d in range(len(shape)):
        steps = [k * out_strides[d] for k in range(shape[d])]
        index = [b + s for b in index for s in steps]
    return index


def reduce(values, shape, axes, kernel, keepdims=False):
    """Apply ``kernel`` (a function of a list) to the elements reduced into each output.

    For each output position in C order, ``kernel`` receives the reduced
    elements in C order: ``out[i, k] = kernel([a[i, j, k] for j ...])`` when
    reducing axis 1 of a 3-d array.

    >>> reduce([1, 2, 3, 4, 5, 6], (2, 3), 0, list)
    ([[1, 4], [2, 5], [3, 6]], (3,))
    >>> reduce([1, 2, 3, 4, 5, 6], (2, 3), None, max, keepdims=True)
    ([6], (1, 1))
    """
    axes = normalize_axes(axes, len(shape))
    out_shape = reduced_shape(shape, axes, keepdims)
    return _apply(values, shape, axes, kernel), out_shape


def _apply(values, shape, axes, kernel):
    outputs = _size(reduced_shape(shape, axes))
    if outputs == 0:
        return []
    if reduced_count(shape, axes) == 0:
        return [kernel([]) for _ in range(outputs)]
    return [kernel(group) for group in _groups(values, shape, _reduced_flags(len(shape), axes))]


# --------------------------------------------------------------------------
# Float32 rounding and IEEE division
# --------------------------------------------------------------------------


def round_float32(x):
    """Return x rounded to the nearest float32 value (overflow gives inf).

    >>> round_float32(0.1), round_float32(1e39)
    (0.10000000149011612, inf)
    """
    return array("f", (x,))[0]


def _round_all(xs):
    return list(array("f", xs))


def _divide(a, b):
    """Return a / b with IEEE semantics for b == 0 (nan or a signed inf), as NumPy divides."""
    if b:
        return a / b
    if a != a or a == 0:
        return NAN
    return INF if a > 0 else -INF


def _complex_divide(z, n):
    """Return z / n for a count n >= 0 the way NumPy divides complex by real: z * (1/n)."""
    if n == 0:
        return complex(_divide(z.real, 0), _divide(z.imag, 0))
    scale = 1.0 / n
    return complex((z.real + z.imag * 0.0) * scale, (z.imag - z.real * 0.0) * scale)


# --------------------------------------------------------------------------
# Summation kernels
# --------------------------------------------------------------------------


def _pairwise_lanes(a, start, n, lanes, f32):
    """Return NumPy's pairwise sum of a[start:start+n] with ``lanes`` running totals.

    Real float32 sums use 8 lanes, each part of a complex sum uses 4 (NumPy
    keeps 8 totals over interleaved real and imaginary parts); with ``f32``
    every addition rounds to float32.
    """
    if n < lanes:
        total = 0.0
        for i in range(start, start + n):
            total += a[i]
            if f32:
                total = round_float32(total)
        return total
    if n <= 16 * lanes:
        acc = a[start : start + lanes]
        end = start + n - n % lanes
        for i in range(start + lanes, end, lanes):
            acc = [x + y for x, y in zip(acc, a[i : i + lanes])]
            if f32:
                acc = _round_all(acc)
        while len(acc) > 1:  # ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
            acc = [acc[j] + acc[j + 1] for j in range(0, len(acc), 2)]
            if f32:
                acc = _round_all(acc)
        total = acc[0]
        for i in range(end, start + n):
            total += a[i]
            if f32:
                total = round_float32(total)
        return total
    half = n // 2
    half -= half % lanes
    total = _pairwise_lanes(a, start, half, lanes, f32) + _pairwise_lanes(
        a, start + half, n - half, lanes, f32
    )
    return round_float32(total) if f32 else total


def _run_sum(run, is_complex, f32):
    """Return the pairwise sum of one contiguous run (NumPy's inner reduce loop)."""
    n = len(run)
    if is_complex:
        re = [z.real for z in run]
        im = [z.imag for z in run]
        return complex(_pairwise_lanes(re, 0, n, 4, f32), _pairwise_lanes(im, 0, n, 4, f32))
    if f32:
        return _pairwise_lanes(run, 0, n, 8, True)
    return pairwise_sum(run)


def _running_total(addends, is_complex, f32):
    """Return ((0 + x0) + x1) + ..., each addition rounded to float32 when f32."""
    if is_complex:
        re = 0.0
        im = 0.0
        for z in addends:
            re += z.real
            im += z.imag
            if f32:
                re = round_float32(re)
                im = round_float32(im)
        return complex(re, im)
    total = 0.0
    if f32:
        for x in addends:
            total = round_float32(total + x)
    else:
        for x in addends:
            total += x
    return total


def _float_sum(values, shape, axes, is_complex, f32, chunk=0):
    """Return the float (or complex) sums over ``axes`` in NumPy's order (see the module doc).

    ``chunk`` > 0 sums each run pairwise in pieces of that many values, as
    NumPy does when it reduces through a cast buffer.
    """
    zero = 0j if is_complex else 0.0
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
        if piece == n <= 128 and not is_complex and not f32 and values and type(values[0]) is float:
            partials = pairwise_rows(values, n)  # every run at once, in the same order
        else:
            partials = []
            for start in range(0, len(values), n):
                for s in range(start, start + n, piece):
                    partials.append(_run_sum(values[s : min(s + piece, start + n)], is_complex, f32))
        if pieces == 1 and not f32 and not [b for b in blocks if b[1]]:
            return [zero + x for x in partials]  # one partial per output, added to NumPy's 0.0
        values = partials
        shape = [b[0] for b in blocks] + [pieces]
        reduced = [b[1] for b in blocks] + [True]
    else:
        shape = [b[0] for b in blocks]
        reduced = [b[1] for b in blocks]
        if not is_complex and not f32:
            sums = _sums_down_columns(values, shape, reduced)
            if sums is not None:
                return sums
    return [_running_total(group, is_complex, f32) for group in _groups(values, shape, reduced)]


def _sums_down_columns(values, shape, reduced):
    """The float sums of _float_sum's last case, a whole row at a time, where the merged axes are
    [reduced, kept] (``a.sum(axis=0)``) or [kept, reduced, kept] (``a.sum(axis=1)`` of a 3-d array).

    out[o, k] = ((0.0 + a[o, 0, k]) + a[o, 1, k]) + ..., as ``_running_total`` adds each group: the
    same additions in the same order, made down the columns of the rows.  None for other layouts.
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
        rows = [values[s : s + inner] for s in range(start, start + plane, inner)]
        sums.extend(running_sums([0.0] * inner, rows))
    return sums


def _exact_sum(values):
    total = 0
    for v in values:
        total += v
    return total


# --------------------------------------------------------------------------
# Sums, products, extremes
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


def prod_values(values, shape, axes=None, keepdims=False, dtype_kind="f", float32=False):
    """Return the product over ``axes``: out = ((1 * x0) * x1) * ..., in C order.

    >>> prod_values([1, 2, 3, 4], (2, 2), 0, dtype_kind="i")
    ([3, 8], (2,))
    >>> prod_values([], (0,), None)
    ([1.0], ())
    """
    axes = _ufunc_axes(axes, len(shape))
    out_shape = reduced_shape(shape, axes, keepdims)
    if dtype_kind == "c":
        kernel = _complex_product32 if float32 else _complex_product
    elif dtype_kind == "f":
        kernel = _float_product32 if float32 else _float_product
    else:
        kernel = _int_product
    return _apply(values, shape, axes, kernel), out_shape


def _int_product(values):
    total = 1
    for v in values:
        total *= v
    return total


def _float_product(values):
    total = 1.0
    for v in values:
        total *= v
    return total


def _float_product32(values):
    total = 1.0
    for v in values:
        total = round_float32(total * v)
    return total


def _complex_multiply(z, w, f32):
    """Return z * w as (ac - bd) + (ad + bc)i, each step rounded to float32 when f32."""
    a, b, c, d = z.real, z.imag, w.real, w.imag
    if f32:
        ac, bd, ad, bc = _round_all((a * c, b * d, a * d, b * c))
        re, im = _round_all((ac - bd, ad + bc))
        return complex(re, im)
    return complex(a * c - b * d, a * d + b * c)


def _complex_product(values):
    total = complex(1.0, 0.0)
    for v in values:
        total = _complex_multiply(total, v, False)
    return total


def _complex_product32(values):
    total = complex(1.0, 0.0)
    for v in values:
        total = _complex_multiply(total, v, True)
    return total


def _has_nan_part(z):
    return z.real != z.real or z.imag != z.imag


def _complex_extreme(values, larger):
    """Return (index, value) of NumPy's complex max or min: lexicographic, first nan wins."""
    best = 0
    for i in range(len(values)):
        z = values[i]
        if _has_nan_part(z):
            return i, z
        if i:
            b = values[best]
            if larger:
                better = z.real > b.real or (z.real == b.real and z.imag > b.imag)
            else:
                better = z.real < b.real or (z.real == b.real and z.imag < b.imag)
            if better:
                best = i
    return best, values[best]


def _complex_max(values):
    return _complex_extreme(values, True)[1]


def _complex_min(values):
    return _complex_extreme(values, False)[1]


def _check_nonempty(shape, axes, name):
    if reduced_count(shape, axes) == 0:
        raise ValueError("zero-size array to reduction operation %s which has no identity" % name)


def max_values(values, shape, axes=None, keepdims=False):
    """Return the largest value over ``axes``; nan if any reduced value is nan.

    Complex values compare by real part, then imaginary part, as in NumPy.

    >>> max_values([1.0, 5.0, float("nan"), 2.0], (2, 2), 1)
    ([5.0, nan], (2,))
    >>> max_values([], (0,), None)
    Traceback (most recent call last):
    ...
    ValueError: zero-size array to reduction operation maximum which has no identity
    """
    axes = _ufunc_axes(axes, len(shape))
    _check_nonempty(shape, axes, "maximum")
    kernel = _complex_max if values and type(values[0]) is complex else nan_max
    return _apply(values, shape, axes, kernel), reduced_shape(shape, axes, keepdims)


def min_values(values, shape, axes=None, keepdims=False):
    """Return the smallest value over ``axes``; nan if any reduced value is nan.

    >>> min_values([3, 1, 2, 0], (2, 2), 0)
    ([2, 0], (2,))
    """
    axes = _ufunc_axes(axes, len(shape))
    _check_nonempty(shape, axes, "minimum")
    kernel = _complex_min if values and type(values[0]) is complex else nan_min
    return _apply(values, shape, axes, kernel), reduced_shape(shape, axes, keepdims)


def _complex_arg_max(values):
    return _complex_extreme(values, True)[0]


def _complex_arg_min(values):
    return _complex_extreme(values, False)[0]


def _arg_reduce(values, shape, axis, keepdims, name, kernel, complex_kernel):
    if not shape:  # NumPy flattens a 0-d array to 1-d here, and answers with shape ()
        return _arg_reduce(values, (1,), axis, False, name, kernel, complex_kernel)[0], ()
    ndim = len(shape)
    if axis is None:
        axes = tuple(range(ndim))
        keep_shape = (1,) * ndim
        flat_shape = (len(values),)
    else:
        if isinstance(axis, tuple):
            raise TypeError("'tuple' object cannot be interpreted as an integer")
        axes = normalize_axes(axis, ndim)
        keep_shape = reduced_shape(shape, axes, True)
    if reduced_count(shape, axes) == 0:
        raise ValueError("attempt to get %s of an empty sequence" % name)
    if values and type(values[0]) is complex:
        kernel = complex_kernel
    if axis is None:
        result = _apply(values, flat_shape, (0,), kernel)
    else:
        result = _apply(values, shape, axes, kernel)
    return result, keep_shape if keepdims else reduced_shape(shape, axes)


def argmax_values(values, shape, axis=None, keepdims=False):
    """Return the index of the first largest value along ``axis`` (None: into the flat list).

    A nan counts as the largest value, so the first nan wins.

    >>> argmax_values([1, 7, 7, 2, 0, 9], (2, 3), 1)
    ([1, 2], (2,))
    >>> argmax_values([1.0, float("nan"), 9.0], (3,), None)
    ([1], ())
    """
    return _arg_reduce(values, shape, axis, keepdims, "argmax", arg_max, _complex_arg_max)


def argmin_values(values, shape, axis=None, keepdims=False):
    """Return the index of the first smallest value along ``axis`` (a nan counts as smallest).

    >>> argmin_values([3, 1, 2, 0], (2, 2), 0)
    ([1, 1], (2,))
    """
    return _arg_reduce(values, shape, axis, keepdims, "argmin", arg_min, _complex_arg_min)


def any_values(values, shape, axes=None, keepdims=False):
    """Return whether any reduced value is true (False for none).

    >>> any_values([0, 0, 0, 3], (2, 2), 1)
    ([False, True], (2,))
    """
    axes = _ufunc_axes(axes, len(shape))
    return _apply(values, shape, axes, any_true), reduced_shape(shape, axes, keepdims)


def all_values(values, shape, axes=None, keepdims=False):
    """Return whether every reduced value is true (True for none).

    >>> all_values([1, 0, 2, 3], (2, 2), 0)
    ([True, False], (2,))
    """
    axes = _ufunc_axes(axes, len(shape))
    return _apply(values, shape, axes, all_true), reduced_shape(shape, axes, keepdims)


def _count_true(values):
    count = 0
    for v in values:
        if v:
            count += 1
    return count


def count_nonzero_values(values, shape, axes=None, keepdims=False):
    """Return how many reduced values are nonzero.

    >>> count_nonzero_values([0, 1, 2, 0.0, 0j, 3], (2, 3), 1)
    ([2, 1], (2,))
    """
    axes = _ufunc_axes(axes, len(shape))
    return _apply(values, shape, axes, _count_true), reduced_shape(shape, axes, keepdims)


# --------------------------------------------------------------------------
# Statistics
# --------------------------------------------------------------------------


def _sum_for_stats(values, shape, axes, dtype_kind, float32):
    """Return NumPy's sum inside mean/var: ints and bools are cast to float64 through buffers."""
    if dtype_kind in ("f", "c"):
        return _float_sum(values, shape, axes, dtype_kind == "c", float32)
    floats = [float(v) for v in values]
    return _float_sum(floats, shape, axes, False, False, BUFFER_SIZE)


def _means(sums, count, is_complex, f32):
    if is_complex:
        means = [_complex_divide(s, count) for s in sums]
        if f32:
            means = [complex(round_float32(m.real), round_float32(m.imag)) for m in means]
        return means
    means = [_divide(s, count) for s in sums]
    return _round_all(means) if f32 else means


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


def var_values(values, shape, axes=None, keepdims=False, dtype_kind="f", float32=False, ddof=0):
    """Return the variance over ``axes``: sum(|x - mean|**2) / max(count - ddof, 0).

    The steps are NumPy's: the mean as in ``mean_values``, the deviations
    x - mean, their squares (re**2 + im**2 for complex), summed in NumPy's
    order, divided by count - ddof.  Complex input gives real variances.  NumPy
    warns "Degrees of freedom <= 0 for slice" when ddof >= count; the caller does.

    >>> var_values([1.0, 2.0, 3.0, 4.0], (4,), None)
    ([1.25], ())
    >>> var_values([1, 2, 3, 4], (2, 2), 0, dtype_kind="i", ddof=1)
    ([2.0, 2.0], (2,))
    """
    axes = normalize_axes(axes, len(shape))
    count = reduced_count(shape, axes)
    is_complex = dtype_kind == "c"
    f32 = float32 and dtype_kind in ("f", "c")
    means = _means(_sum_for_stats(values, shape, axes, dtype_kind, f32), count, is_complex, f32)
    owners = _owners(shape, axes)
    if is_complex:
        deviations = [values[i] - means[owners[i]] for i in range(len(values))]
        re = [z.real for z in deviations]
        im = [z.imag for z in deviations]
        if f32:
            re = _round_all(re)
            im = _round_all(im)
            squares = _round_all(
                [x + y for x, y in zip(_round_all([x * x for x in re]), _round_all([y * y for y in im]))]
            )
        else:
            squares = [x * x + y * y for x, y in zip(re, im)]
    else:
        deviations = [values[i] - means[owners[i]] for i in range(len(values))]
        if f32:
            deviations = _round_all(deviations)
            squares = _round_all([x * x for x in deviations])
        else:
            squares = [x * x for x in deviations]
    sums = _float_sum(squares, shape, axes, False, f32)
    dof = count - ddof
    if dof < 0:
        dof = 0
    variances = [_divide(s, dof) for s in sums]
    if f32:
        variances = _round_all(variances)
    return variances, reduced_shape(shape, axes, keepdims)


def std_values(values, shape, axes=None, keepdims=False, dtype_kind="f", float32=False, ddof=0):
    """Return the standard deviation over ``axes``: sqrt(var_values(...)).

    >>> std_values([1.0, 3.0], (2,), None)
    ([1.0], ())
    """
    variances, out_shape = var_values(values, shape, axes, keepdims, dtype_kind, float32, ddof)
    roots = [v if v != v or v == INF else sqrt(v) for v in variances]
    if float32 and dtype_kind in ("f", "c"):
        roots = _round_all(roots)
    return roots, out_shape


# --------------------------------------------------------------------------
# Running sums and products
# --------------------------------------------------------------------------


def _accumulate(values, shape, axis, step_rows, step):
    """Return out[.., i, ..] = step(out[.., i-1, ..], a[.., i, ..]) along ``axis`` (None: flat).

    Along the last axis the loop runs over numbers (``step``); along an outer
    axis it runs over whole rows of the inner axes at once (``step_rows``).
    """
    if axis is None or not shape:  # NumPy flattens a 0-d array to 1-d here
        shape = (len(values),)
    if axis is None:
        axis = 0
    else:
        if isinstance(axis, tuple):
            raise TypeError("'tuple' object cannot be interpreted as an integer")
        axis = normalize_axes(axis, len(shape))[0]
    n = shape[axis]
    inner = _size(shape[axis + 1 :])
    plane = n * inner
    out = []
    if plane == 0:
        return out, tuple(shape)
    for start in range(0, len(values), plane):
        if inner == 1:
            total = values[start]
            out.append(total)
            for i in range(start + 1, start + n):
                total = step(total, values[i])
                out.append(total)
            continue
        row = values[start : start + inner]
        out.extend(row)
        for s in range(start + inner, start + plane, inner):
            row = step_rows(row, values[s : s + inner])
            out.extend(row)
    return out, tuple(shape)


def _add(x, y):
    return x + y


def _add32(x, y):
    return round_float32(x + y)


def _add_complex32(z, w):
    return complex(round_float32(z.real + w.real), round_float32(z.imag + w.imag))


def _add_rows(row, new):
    return [x + y for x, y in zip(row, new)]


def _add_rows32(row, new):
    return _round_all([x + y for x, y in zip(row, new)])


def _add_complex_rows32(row, new):
    re = _round_all([x.real + y.real for x, y in zip(row, new)])
    im = _round_all([x.imag + y.imag for x, y in zip(row, new)])
    return [complex(x, y) for x, y in zip(re, im)]


def _multiply(x, y):
    return x * y


def _multiply32(x, y):
    return round_float32(x * y)


def _multiply_complex(z, w):
    return _complex_multiply(z, w, False)


def _multiply_complex32(z, w):
    return _complex_multiply(z, w, True)


def _multiply_rows(row, new):
    return [x * y for x, y in zip(row, new)]


def _multiply_rows32(row, new):
    return _round_all([x * y for x, y in zip(row, new)])


def _multiply_complex_rows(row, new):
    return [_complex_multiply(x, y, False) for x, y in zip(row, new)]


def _multiply_complex_rows32(row, new):
    return [_complex_multiply(x, y, True) for x, y in zip(row, new)]


def _as_ints(values, dtype_kind):
    if dtype_kind == "b":
        return [1 if v else 0 for v in values]
    return values


def cumsum_values(values, shape, axis=None, dtype_kind="f", float32=False):
    """Return the running sums along ``axis``: out[i] = out[i-1] + a[i] (axis None: flattened).

    The first element is copied; bools count as 0 and 1.

    >>> cumsum_values([1, 2, 3, 4, 5, 6], (2, 3), 0, dtype_kind="i")
    ([1, 2, 3, 5, 7, 9], (2, 3))
    >>> cumsum_values([1.0, 2.0, 3.0, 4.0], (2, 2), None)
    ([1.0, 3.0, 6.0, 10.0], (4,))
    """
    values = _as_ints(values, dtype_kind)
    if dtype_kind == "c" and float32:
        return _accumulate(values, shape, axis, _add_complex_rows32, _add_complex32)
    if dtype_kind == "f" and float32:
        return _accumulate(values, shape, axis, _add_rows32, _add32)
    return _accumulate(values, shape, axis, _add_rows, _add)


def cumprod_values(values, shape, axis=None, dtype_kind="f", float32=False):
    """Return the running products along ``axis``: out[i] = out[i-1] * a[i] (axis None: flattened).

    >>> cumprod_values([1, 2, 3, 4], (2, 2), 1, dtype_kind="i")
    ([1, 2, 3, 12], (2, 2))
    """
    values = _as_ints(values, dtype_kind)
    if dtype_kind == "c" and float32:
        return _accumulate(values, shape, axis, _multiply_complex_rows32, _multiply_complex32)
    if dtype_kind == "c":
        return _accumulate(values, shape, axis, _multiply_complex_rows, _multiply_complex)
    if dtype_kind == "f" and float32:
        return _accumulate(values, shape, axis, _multiply_rows32, _multiply32)
    return _accumulate(values, shape, axis, _multiply_rows, _multiply)
