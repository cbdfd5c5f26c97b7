"""The axes of a reduction: which axes, the shape left, and the reduced elements of each output.

Every reduction in ``reduce_math`` and its neighbours starts here: ``normalize_axes`` turns NumPy's
``axis`` argument (None, an int or a tuple, negative ones counting from the end) into a sorted tuple,
``reduced_shape`` gives the result's shape, and ``_groups`` hands each output its reduced elements in
C order, by slices for the common layouts.  ``reduce_math`` re-exports these names.

    >>> normalize_axes((-1, 0), 3), reduced_shape((2, 3, 4), (0, 2), keepdims=True)
    ((0, 2), (1, 3, 1))
    >>> _groups([1, 2, 3, 4, 5, 6], (2, 3), [True, False])      # axis 0: the columns
    [[1, 4], [2, 5], [3, 6]]
"""

from tinynet.core import memory
from tinynet.core.errors import AxisError
from tinynet.core.shapes import size_of as _size


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


def check_output(shape, axes, d, keepdims=False):
    """Refuse at once, as NumPy does, the result of reducing an empty array of this shape when it is too big
    to build (the sum of each row of (2**40, 0) is 2**40 zeros).

    >>> check_output((2**40, 0), (1,), "float64")
    Traceback (most recent call last):
      ...
    MemoryError: Unable to allocate 8.00 TiB for an array with shape (1099511627776,) and data type float64
    """
    memory.check_size(reduced_shape(shape, axes, keepdims), d)


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
    from tinynet.core import reduce_layouts  # any other layout: loaded on first use

    return reduce_layouts.groups_by_index(values, blocks, count)


def _reduced_flags(ndim, axes):
    return [d in axes for d in range(ndim)]


def _apply(values, shape, axes, kernel):
    outputs = _size(reduced_shape(shape, axes))
    if outputs == 0:
        return []
    if reduced_count(shape, axes) == 0:
        return [kernel([]) for _ in range(outputs)]
    return [kernel(group) for group in _groups(values, shape, _reduced_flags(len(shape), axes))]
