"""Reductions over any layout of axes: ``reduce`` with any kernel, and the general grouping.

``reduce_math`` groups the reduced elements of the common layouts (rows, columns, the middle axis
of three) by slices; any other layout, such as axes (0, 2) of a 4-d array, is grouped here through
an index list of the transposed array.  Loaded on first use.

    >>> reduce([1, 2, 3, 4, 5, 6], (2, 3), 0, list)
    ([[1, 4], [2, 5], [3, 6]], (3,))
"""

from tinynet.core.reduce_axes import _apply, normalize_axes, reduced_shape


def reduce(values, shape, axes, kernel, keepdims=False):
    """Apply ``kernel`` (a function of a list) to the elements reduced into each output.

    For each output position in C order, ``kernel`` receives the reduced
    elements in C order: ``out[i, k] = kernel([a[i, j, k] for j ...])`` when
    reducing axis 1 of a 3-d array.

    >>> reduce([1, 2, 3, 4, 5, 6], (2, 3), None, max, keepdims=True)
    ([6], (1, 1))
    """
    axes = normalize_axes(axes, len(shape))
    out_shape = reduced_shape(shape, axes, keepdims)
    return _apply(values, shape, axes, kernel), out_shape


def groups_by_index(values, blocks, count):
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
