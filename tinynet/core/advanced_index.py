"""NumPy's full indexing rule, for ``index_math.resolve`` (loaded on the first key that needs it).

``index_math`` resolves the keys most programs use, ints and slices, to views.  Everything else
a key may hold comes here: ``None`` (a new axis of length 1), ``...`` (as many full slices as the
other items leave), Python bools and 0-d arrays, and advanced indices, integer and boolean arrays,
which make a copy:

- index arrays, and ints alongside them, broadcast together; a boolean array stands for its
  ``nonzero()`` positions and uses as many axes as it has;
- if all advanced indices sit next to each other, their broadcast shape replaces them in place,
  otherwise it comes first (``a[:, [0, 1], 0, [1, 2]]`` has the index dimensions in front);
- a 0-d integer array acts as an int but forces a copy.

    >>> from tinynet.core.index_math import IndexArray
    >>> resolve_full((None, IndexArray([1, 0], (2,), False)), 0, (2, 3), (3, 1))   # a[None, [1, 0]]
    ('copy', [3, 4, 5, 0, 1, 2], (1, 2, 3))
    >>> resolve_full((Ellipsis, None), 0, (2, 3), (3, 1))                          # a[..., None]: a view
    ('view', 0, (2, 3, 1), (3, 1, 0))
"""

from tinynet.core.index_math import (
    VALID_INDICES,
    IndexArray,
    _SLICE_TYPE,
    _is_sequence,
    _out_of_bounds,
    _slice_span,
    _too_many,
)
from tinynet.core.shapes import size_of as _size
from tinynet.core.strided import _broadcast, _collapse, _grid, _shape_text, broadcast_strides, c_strides, gather

def _inhomogeneous(depth, shape):
    return ValueError(
        "setting an array element with a sequence. The requested array has an inhomogeneous shape "
        "after %d dimensions. The detected shape was %r + inhomogeneous part." % (depth, tuple(shape[:depth])))


def _index_value(x):
    """Return x as an int index: an int, a bool (as 0 or 1) or an object with ``__index__``."""
    if type(x) is int:
        return x
    if x is True or x is False:
        return 1 if x else 0
    if isinstance(x, int) or (hasattr(x, "__index__") and not isinstance(x, float)):
        return x.__index__()
    raise IndexError(VALID_INDICES)


def to_index_array(obj):
    """Convert a (nested) list of ints or bools to an ``IndexArray``, as NumPy converts an index list.

    All bools give a boolean mask; any int makes an integer array (bools then count as 0 and 1);
    an empty list is an integer array.  Floats and other objects are not indices.

    >>> to_index_array([[0, 2], [1, -1]])
    IndexArray([0, 2, 1, -1], (2, 2), False)
    >>> to_index_array([True, False, True])
    IndexArray([True, False, True], (3,), True)
    >>> to_index_array([])
    IndexArray([], (0,), False)
    >>> to_index_array([1.5])
    Traceback (most recent call last):
    ...
    IndexError: only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices
    """
    if isinstance(obj, IndexArray):
        return obj
    # The shape is read off the first element at each depth; every other element must agree.
    shape = []
    probe = obj
    while _is_sequence(probe):
        shape.append(len(probe))
        if not len(probe):
            break
        probe = probe[0]
    level = [obj]
    for depth in range(len(shape)):
        n = shape[depth]
        deeper = []
        for item in level:
            if not _is_sequence(item) or len(item) != n:
                raise _inhomogeneous(depth, shape)
            deeper.extend(item)
        level = deeper
    kinds = set(map(type, level))  # one pass in C for the common all-int or all-bool lists
    if kinds == {bool}:
        return IndexArray(level, tuple(shape), True)
    if not kinds <= {int}:
        for x in level:
            if _is_sequence(x):
                raise _inhomogeneous(len(shape), shape)
        level = [x if type(x) is int else _index_value(x) for x in level]
    return IndexArray(level, tuple(shape), False)


# ---------------------------------------------------------------------------------------------
# Key parsing: one entry per item of the key
# ---------------------------------------------------------------------------------------------

_INT, _INT0, _SLICE, _NEW, _ELLIPSIS, _ARRAY, _MASK, _BOOL0 = range(8)


def _parse(key):
    """Classify each item of a key; return (entries, number of array axes the key uses).

    An entry is (kind, item).  A 0-d integer array counts as an int but makes the result a copy
    (_INT0), as in NumPy; a Python bool or 0-d boolean array adds an axis of length 1 or 0 (_BOOL0).
    """
    items = key if type(key) is tuple else (key,)
    entries = []
    used = 0
    seen_ellipsis = False
    for item in items:
        if type(item) is int:
            entries.append((_INT, item))
            used += 1
        elif type(item) is _SLICE_TYPE:
            entries.append((_SLICE, item))
            used += 1
        elif item is None:
            entries.append((_NEW, None))
        elif item is ...:
            if seen_ellipsis:
                raise IndexError("an index can only have a single ellipsis ('...')")
            seen_ellipsis = True
            entries.append((_ELLIPSIS, None))
        elif item is True or item is False:
            entries.append((_BOOL0, item))
        else:
            if _is_sequence(item):
                item = to_index_array(item)
            if isinstance(item, IndexArray):
                if item.is_bool:
                    if item.shape:
                        entries.append((_MASK, item))
                        used += len(item.shape)
                    else:
                        entries.append((_BOOL0, bool(item.values[0])))
                elif item.shape:
                    entries.append((_ARRAY, item))
                    used += 1
                else:
                    entries.append((_INT0, _index_value(item.values[0])))
                    used += 1
            else:
                entries.append((_INT, _index_value(item)))
                used += 1
    return entries, used


# ---------------------------------------------------------------------------------------------
# The whole key: basic items move the view, advanced ones gather a copy
# ---------------------------------------------------------------------------------------------


def resolve_full(key, offset, shape, strides):
    """Resolve ``a[key]`` for any key, as ``index_math.resolve`` documents; return a view or a copy plan.

    ``("view", offset, shape, strides)`` when the key holds only basic items, else
    ``("copy", flat_indices, shape)`` with ``[buf[i] for i in flat_indices]`` the result in C order.

    >>> rows, cols = IndexArray([0, 1], (2,), False), IndexArray([2, 0], (2,), False)
    >>> resolve_full((rows, cols), 0, (2, 3), (3, 1))                   # a[[0, 1], [2, 0]]
    ('copy', [2, 3], (2,))
    """
    ndim = len(shape)
    entries, used = _parse(key)
    if used > ndim:
        raise _too_many(ndim, used)
    spread = ndim - used  # axes an Ellipsis (explicit or implied at the end) stands for

    # Boolean arrays must match the axes they cover (NumPy lets a boolean axis of length 0 pass).
    axis = 0
    for kind, item in entries:
        if kind == _MASK:
            for j in range(len(item.shape)):
                if item.shape[j] != shape[axis + j] and item.shape[j]:
                    raise IndexError(
                        "boolean index did not match indexed array along axis %d; size of axis is "
                        "%d but size of corresponding boolean axis is %d"
                        % (axis + j, shape[axis + j], item.shape[j]))
            axis += len(item.shape)
        elif kind == _ELLIPSIS:
            axis += spread
        elif kind != _NEW and kind != _BOOL0:
            axis += 1

    # Basic part: walk the key, moving the offset and collecting the view's (length, stride) dims.
    # Advanced entries are set aside; `fancy_at` is where their dims go (run == 3: separated).
    dims = []
    advanced = []
    fancy_at = 0
    run = 0  # 0: no advanced index yet, 1: inside the first run, 2: after it, 3: a second run
    copy = False
    axis = 0
    for kind, item in entries:
        if kind == _SLICE:
            start, length, step = _slice_span(item, shape[axis])
            offset += start * strides[axis]
            dims.append((length, strides[axis] * step))
            axis += 1
            if run == 1:
                run = 2
            continue
        if kind == _NEW:
            dims.append((1, 0))
        elif kind == _ELLIPSIS:
            for ax in range(axis, axis + spread):
                dims.append((shape[ax], strides[ax]))
            axis += spread
        else:
            if kind == _INT or kind == _INT0:
                n = shape[axis]
                i = item + n if item < 0 else item
                if i < 0 or i >= n:
                    raise _out_of_bounds(item, axis, n)
                offset += i * strides[axis]
                axis += 1
                copy = copy or kind == _INT0
            else:
                advanced.append((kind, item, axis))
                axis += len(item.shape) if kind == _MASK else 1 if kind == _ARRAY else 0
            if run == 0:
                run = 1
                fancy_at = len(dims)
            elif run == 2:
                run = 3
            continue
        if run == 1:
            run = 2
    for ax in range(axis, ndim):
        dims.append((shape[ax], strides[ax]))

    if not advanced:
        view_shape = tuple([n for n, s in dims])
        if copy:
            return ("copy", _grid([offset], dims), view_shape)
        return ("view", offset, view_shape, tuple([s for n, s in dims]))

    if run == 3:
        fancy_at = 0
    fancy_shape, fancy_offsets = _advanced_offsets(advanced, shape, strides)
    before, after = dims[:fancy_at], dims[fancy_at:]
    starts = _grid([offset], before)
    if len(starts) == 1:
        start = starts[0]
        middle = [start + f for f in fancy_offsets] if start else fancy_offsets
    else:
        middle = [p + f for p in starts for f in fancy_offsets]
    result_shape = tuple([n for n, s in before]) + fancy_shape + tuple([n for n, s in after])
    return ("copy", _grid(middle, after), result_shape)


def _advanced_offsets(advanced, shape, strides):
    """Broadcast the advanced indices together; return (their shape, buffer offsets in C order)."""
    shapes = []
    for kind, item, axis in advanced:
        if kind == _ARRAY:
            shapes.append(item.shape)
        elif kind == _MASK:
            count = item.values.count(True)
            shapes.extend([(count,)] * len(item.shape))
        else:
            shapes.append((1,) if item else (0,))
    fancy_shape = _broadcast(shapes)
    if fancy_shape is None:
        raise IndexError("shape mismatch: indexing arrays could not be broadcast together with shapes "
                         + "".join([_shape_text(s) + " " for s in shapes]))
    if not _size(fancy_shape):
        return fancy_shape, []
    total = None
    for kind, item, axis in advanced:
        if kind == _ARRAY:
            # offset along this axis: index (made non-negative) times the axis' stride
            n, step = shape[axis], strides[axis]
            values = item.values
            if values:
                low, high = min(values), max(values)
                if low < -n or high >= n:
                    for v in values:
                        if v < -n or v >= n:
                            raise _out_of_bounds(v, axis, n)
                if low < 0:
                    values = [v + n if v < 0 else v for v in values]
            part = list(values) if step == 1 else [v * step for v in values]
            part_shape = item.shape
        elif kind == _MASK:
            # nonzero() of the mask, as offsets: positions of its True entries in the covered axes
            k = len(item.shape)
            dims = _collapse(item.shape, strides[axis:axis + k])
            if dims and len(dims) == 1 and dims[0][1]:  # one run: zip with a range, no list of cells
                cells = range(0, dims[0][0] * dims[0][1], dims[0][1])
            else:
                cells = _grid([0], list(zip(item.shape, strides[axis:axis + k])))
            part = [p for p, keep in zip(cells, item.values) if keep]
            part_shape = (len(part),)
        else:
            part = [0] if item else []
            part_shape = (len(part),)
        if part_shape != fancy_shape:
            part = gather(part, 0, fancy_shape,
                          broadcast_strides(part_shape, c_strides(part_shape), fancy_shape))
        total = part if total is None else [a + b for a, b in zip(total, part)]
    return fancy_shape, total
