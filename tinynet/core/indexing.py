"""Indexing: which elements an index selects, as NumPy's rules say.

An index is an int, a slice, ``None`` (a new axis), ``...``, an integer
index array or a boolean mask, or a tuple of these, one per axis.
``locate`` turns an index and an array's shape into the result's shape and
the location of every element it selects: a position for a vector, a
(row, column) pair for a matrix.

    >>> locate((1, IndexArray([0, 2], (2,), False)), (2, 3))
    ((2,), [(1, 0), (1, 2)])
    >>> locate(IndexArray([2, 0], (2,), False), (3,))
    ((2,), [2, 0])

The array class reads (``a[key]``) and writes (``a[key] = v``) through these
locations.  Positions are checked against the shape here, so an index out of
range raises ``IndexError`` naming the axis, as in NumPy.
"""

from tinynet.core import nested

class IndexArray:
    """An integer or boolean index array, flattened: positions (or a mask) and its shape.

    The array class turns lists, ranges and arrays inside an index into
    these before calling ``locate``, so this module needs no array type.
    """

    def __init__(self, flat, shape, is_bool, rows=None):
        self.flat = flat
        self.shape = shape
        self.is_bool = is_bool
        self.rows = rows  # the nested mask, for a 2-d boolean mask


class _Axis:
    """One axis of an index: an int (drops the axis), a slice, or a list of positions."""

    def __init__(self, kind, positions, key=None, shape=None):
        self.kind = kind  # "int", "slice", "array" or "new"
        self.positions = positions
        self.key = key
        self.shape = shape  # the index array's shape, for "array"


def index_position(key, n, axis):
    """Check an integer index against an axis of length n; return it non-negative."""
    if not -n <= key < n:
        raise IndexError("index %d is out of bounds for axis %d with size %d" % (key, axis, n))
    return key % n


def _parse_key(key, shape):
    """Split an index into one _Axis per array axis (plus any newaxis entries)."""
    if not isinstance(key, tuple):
        key = (key,)
    ndim = len(shape)
    # Expand an Ellipsis into as many full slices as it stands for.
    used = sum(1 for k in key if k is not None and k is not Ellipsis and not _is_full_mask(k, ndim))
    used += sum(len(_mask_shape(k)) - 1 for k in key if _is_full_mask(k, ndim))
    if any(k is Ellipsis for k in key):
        i = [j for j, k in enumerate(key) if k is Ellipsis][0]
        key = key[:i] + (_FULL,) * (ndim - used) + tuple(k for k in key[i + 1 :] if k is not Ellipsis)
    if used > ndim:
        raise IndexError(
            "too many indices for array: array is %d-dimensional, but %d were indexed" % (ndim, used)
        )
    axes = []
    axis = 0
    for k in key:
        if k is None:
            axes.append(_Axis("new", [0]))
            continue
        if _is_full_mask(k, ndim) and ndim == 2 and len(_mask_shape(k)) == 2:
            return "mask2d", k
        if axis >= ndim:
            raise IndexError(
                "too many indices for array: array is %d-dimensional, but %d were indexed" % (ndim, used)
            )
        n = shape[axis]
        if k is _FULL:
            axes.append(_Axis("slice", list(range(n))))
        elif isinstance(k, slice):
            axes.append(_Axis("slice", list(range(n))[k], k))
        elif isinstance(k, int) and not isinstance(k, bool):
            axes.append(_Axis("int", [index_position(k, n, axis)], k))
        elif isinstance(k, bool):
            raise IndexError("boolean scalar indices are not supported by tinynet")
        elif isinstance(k, IndexArray):
            flat, kshape, is_mask = k.flat, k.shape, k.is_bool
            if is_mask:
                if len(kshape) != 1 or kshape[0] != n:
                    raise IndexError(
                        "boolean index did not match indexed array along axis %d; size of axis is %d "
                        "but size of corresponding boolean axis is %d" % (axis, n, kshape[0] if kshape else 1)
                    )
                positions = [i for i, keep in enumerate(flat) if keep]
                axes.append(_Axis("array", positions, k, (len(positions),)))
            else:
                positions = [index_position(int(i), n, axis) for i in flat]
                axes.append(_Axis("array", positions, k, kshape))
        else:
            raise IndexError(
                "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or "
                "boolean arrays are valid indices"
            )
        axis += 1
    while axis < ndim:
        axes.append(_Axis("slice", list(range(shape[axis]))))
        axis += 1
    return "axes", axes


_FULL = object()  # stands for ':' when an Ellipsis is expanded


def is_full_slice(k):
    """Return whether k is the slice ':'."""
    return type(k) is slice and k.start is None and k.stop is None and k.step is None


def _mask_shape(k):
    return k.shape if isinstance(k, IndexArray) else ()


def _is_full_mask(k, ndim):
    return isinstance(k, IndexArray) and k.is_bool and len(k.shape) == 2


def locate(key, shape):
    """Return (result shape, nested list of locations) that an index selects.

    A location is a position for 1-d arrays and a (row, column) pair for 2-d
    arrays; the nested list has the result's shape.
    """
    kind, parsed = _parse_key(key, shape)
    if kind == "mask2d":
        mask = parsed
        if mask.shape != shape:
            axis = 0 if mask.shape[0] != shape[0] else 1
            raise IndexError(
                "boolean index did not match indexed array along axis %d; size of axis is %d but size "
                "of corresponding boolean axis is %d" % (axis, shape[axis], mask.shape[axis])
            )
        locations = [
            (i, j) for i, row in enumerate(mask.rows) for j, keep in enumerate(row) if keep
        ]
        return (len(locations),), locations
    axes = [a for a in parsed if a.kind != "new"]
    arrays = [a for a in axes if a.kind == "array"]
    if len(shape) == 0:
        result_shape = tuple(1 for a in parsed if a.kind == "new")
        return result_shape, nested.constant((), result_shape)
    if len(arrays) == 2 or (len(arrays) == 1 and len(axes) == 2 and any(a.kind == "int" for a in axes)):
        # Advanced indices on both axes: they broadcast together, pairing up positions.
        shapes = [a.shape if a.kind == "array" else () for a in axes]
        bshape = nested.broadcast_shapes(*shapes)
        nested.check_ndim(bshape)
        rows = _broadcast_positions(axes[0], shapes[0], bshape)
        cols = _broadcast_positions(axes[1], shapes[1], bshape)
        pairs = list(zip(rows, cols))
        return _with_new_axes(bshape, nested.unflatten(pairs, bshape) if bshape else pairs[0], parsed)
    # Otherwise each axis selects independently (an outer product of positions).
    dims = []
    for a in axes:
        if a.kind == "slice":
            dims.append((len(a.positions),))
        elif a.kind == "array":
            dims.append(a.shape)
        else:
            dims.append(())
    result_shape = ()
    for d in dims:
        result_shape += d
    if len(axes) == 1:
        only = axes[0]
        locations = only.positions if dims[0] else only.positions[0]
        if len(dims[0]) == 2:
            locations = nested.unflatten(only.positions, dims[0])
        nested.check_ndim(result_shape)
        return _with_new_axes(result_shape, locations, parsed)
    nested.check_ndim(result_shape)
    r, c = axes
    if not dims[0] and not dims[1]:
        locations = (r.positions[0], c.positions[0])
    elif not dims[0]:
        i = r.positions[0]
        locations = [(i, j) for j in c.positions]
    elif not dims[1]:
        j = c.positions[0]
        locations = [(i, j) for i in r.positions]
    else:
        locations = [[(i, j) for j in c.positions] for i in r.positions]
    return _with_new_axes(result_shape, locations, parsed)


def _broadcast_positions(axis, shape, bshape):
    size = nested.size_of(bshape)
    if axis.kind == "int" or shape == () or nested.size_of(shape) == 1:
        return [axis.positions[0]] * size if axis.positions else []
    if shape == bshape:
        return axis.positions
    data = nested.broadcast_to(nested.unflatten(axis.positions, shape), shape, bshape)
    return nested.flatten(data, bshape)


def _with_new_axes(result_shape, locations, parsed):
    """Insert the length-1 axes that None (np.newaxis) entries ask for."""
    if not any(a.kind == "new" for a in parsed):
        return result_shape, locations
    shape = []
    out_dims = iter(result_shape)
    for a in parsed:
        if a.kind == "new":
            shape.append(1)
        elif a.kind == "slice":
            shape.append(next(out_dims))
        elif a.kind == "array":
            for _ in a.shape:
                shape.append(next(out_dims))
    shape = tuple(shape) + tuple(out_dims)
    nested.check_ndim(shape)
    flat = nested.flatten(locations, result_shape)
    return shape, nested.unflatten(flat, shape)
