"""Index math: NumPy's indexing, broadcasting and reshaping as arithmetic on (offset, shape, strides).

An array is a window on a flat buffer ``buf``.  Element ``a[i0, ..., ik]`` lives at

    buf[offset + i0 * strides[0] + ... + ik * strides[k]]

with strides counted in elements; they may be negative (reversed axes) or 0 (broadcast or new axes).
"In C order" means the row-major flattening.  A 2x3 array over ``list(range(6))``:

    >>> offset, shape, strides = 0, (2, 3), (3, 1)
    >>> resolve((slice(None), -1), offset, shape, strides)        # a[:, -1]: a view
    ('view', 2, (2,), (3,))
    >>> resolve(IndexArray([1, 0], (2,), False), offset, shape, strides)  # a[[1, 0]]: a copy
    ('copy', [3, 4, 5, 0, 1, 2], (2, 3))
    >>> gather(list(range(6)), 2, (2,), (3,))
    [2, 5]

``resolve`` answers a read ``a[key]``: basic indexing (ints, slices, ``None``, ``...``) gives the
parameters of a view sharing the buffer; advanced indexing (integer or boolean arrays) gives the
buffer positions of a copy.  Keys of ints and slices are resolved here; the rest of NumPy's rule
lives in ``advanced_index``, loaded with the first key that needs it.  ``setitem_plan`` answers a write ``a[key] = value``: the target
positions in C order and the shape to broadcast the value to.  The rest are the helpers both need
(positions, gather, scatter, contiguity, broadcasting, reshape without copying).

This module knows no array class: index arrays arrive as ``IndexArray`` (flat values and a shape),
and everything returned is plain ints, tuples and lists.  Errors carry NumPy's types and wording.
"""

from tinynet.core.shapes import size_of as _size

__all__ = [
    "IndexArray", "to_index_array", "resolve", "setitem_plan",
    "c_strides", "f_strides", "flat_positions", "gather", "scatter",
    "is_c_contiguous", "is_f_contiguous", "broadcast_shapes", "broadcast_strides",
    "reshape_strides", "resolve_shape", "validate_shape",
]

VALID_INDICES = ("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) "
                 "and integer or boolean arrays are valid indices")


class _KeyProbe:
    """Return whatever ``[]`` receives (a slice cannot be built by calling ``slice`` on MicroPython)."""

    def __getitem__(self, key):
        return key


_SLICE_TYPE = type(_KeyProbe()[:])


def _probe_slice_read():
    """Tell whether lists support reading with a negative step (``buf[s:e:-k]``)."""
    try:
        return [0, 1, 2, 3][3::-2] == [3, 1] and [0, 1, 2, 3][3:0:-2] == [3, 1]
    except Exception:  # a port without extended slices
        return False


def _probe_slice_store():
    """Tell whether lists support extended slice assignment (MicroPython does not)."""
    try:
        row = [0, 0, 0, 0]
        row[3::-2] = [1, 2]
        return row == [0, 2, 0, 1]
    except Exception:
        return False


_SLICE_READ = _probe_slice_read()
_SLICE_STORE = _probe_slice_store()


# ---------------------------------------------------------------------------------------------
# Index arrays
# ---------------------------------------------------------------------------------------------

class IndexArray:
    """An integer or boolean index array: its values flattened in C order, and its shape.

    >>> IndexArray([True, False], (2,), True)
    IndexArray([True, False], (2,), True)
    """

    def __init__(self, values, shape, is_bool):
        self.values = values
        self.shape = tuple(shape)
        self.is_bool = is_bool

    def __repr__(self):
        return "IndexArray(%r, %r, %r)" % (self.values, self.shape, self.is_bool)


def _is_sequence(obj):
    return isinstance(obj, (list, tuple, range))








def to_index_array(obj):
    """Convert a (nested) list of ints or bools to an ``IndexArray``, as NumPy converts an index list.

    All bools give a boolean mask; any int makes an integer array (bools then count as 0 and 1);
    an empty list is an integer array.  Floats and other objects are not indices.  (The work is
    done by ``advanced_index.to_index_array``, loaded with the first such key.)

    >>> to_index_array([[0, 2], [1, -1]])
    IndexArray([0, 2, 1, -1], (2, 2), False)
    >>> to_index_array([True, False, True])
    IndexArray([True, False, True], (3,), True)
    >>> to_index_array([1.5])
    Traceback (most recent call last):
    ...
    IndexError: only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices
    """
    from tinynet.core import advanced_index

    return advanced_index.to_index_array(obj)


# ---------------------------------------------------------------------------------------------
# Slices
# ---------------------------------------------------------------------------------------------




def _slice_part(value):
    if value is None or type(value) is int:
        return value
    if value is True or value is False:
        return 1 if value else 0
    if isinstance(value, int) or (hasattr(value, "__index__") and not isinstance(value, float)):
        return value.__index__()
    raise TypeError("slice indices must be integers or None or have an __index__ method")


def _slice_span(key, n):
    """Normalize a slice against an axis of length n; return (start, length, step).

    As ``slice.indices``: negative bounds count from the end, then bounds are clipped to
    [0, n] for a positive step and to [-1, n - 1] for a negative one.

    >>> _slice_span(_KeyProbe()[::-2], 5)
    (4, 3, -2)
    """
    step = _slice_part(key.step)
    if step is None:
        step = 1
    elif step == 0:
        raise ValueError("slice step cannot be zero")
    start = _slice_part(key.start)
    stop = _slice_part(key.stop)
    if step > 0:
        lower, upper = 0, n
    else:
        lower, upper = -1, n - 1
    if start is None:
        start = upper if step < 0 else lower
    else:
        if start < 0:
            start += n
        start = lower if start < lower else upper if start > upper else start
    if stop is None:
        stop = lower if step < 0 else upper
    else:
        if stop < 0:
            stop += n
        stop = lower if stop < lower else upper if stop > upper else stop
    if step > 0:
        length = (stop - start + step - 1) // step if stop > start else 0
    else:
        length = (start - stop - step - 1) // (-step) if start > stop else 0
    return start, length, step


def _out_of_bounds(index, axis, n):
    return IndexError("index %d is out of bounds for axis %d with size %d" % (index, axis, n))


def _too_many(ndim, used):
    return IndexError("too many indices for array: array is %d-dimensional, but %d were indexed"
                      % (ndim, used))


# ---------------------------------------------------------------------------------------------
# resolve and setitem_plan
# ---------------------------------------------------------------------------------------------

def resolve(key, offset, shape, strides):
    """Resolve ``a[key]`` for the array (offset, shape, strides); return a view or a copy plan.

    Returns ``("view", offset, shape, strides)`` for basic indexing (ints, slices, None, ...):
    the result shares the buffer.  Returns ``("copy", flat_indices, shape)`` for advanced
    indexing: ``[buf[i] for i in flat_indices]`` is the result in C order.

    Ints and slices are resolved here; a key holding anything else (None, ..., bools, index
    arrays) goes to ``advanced_index.resolve_full``, which states NumPy's advanced indexing
    rules.  NumPy returns a scalar, not a 0-d array, when the result shape is () and the key
    holds no Ellipsis; that choice is left to the caller.

    >>> resolve((0, slice(None, None, -1)), 0, (2, 3), (3, 1))     # a[0, ::-1]
    ('view', 2, (3,), (-1,))
    >>> rows, cols = IndexArray([0, 1], (2,), False), IndexArray([2, 0], (2,), False)
    >>> resolve((rows, cols), 0, (2, 3), (3, 1))                   # a[[0, 1], [2, 0]]
    ('copy', [2, 3], (2,))
    >>> resolve(5, 0, (3,), (1,))
    Traceback (most recent call last):
    ...
    IndexError: index 5 is out of bounds for axis 0 with size 3
    """
    ndim = len(shape)
    if type(key) is int:  # fast path: a[i]
        if not ndim:
            raise _too_many(0, 1)
        n = shape[0]
        i = key + n if key < 0 else key
        if i < 0 or i >= n:
            raise _out_of_bounds(key, 0, n)
        return ("view", offset + i * strides[0], tuple(shape[1:]), tuple(strides[1:]))

    if type(key) is tuple and len(key) <= ndim:
        view = _resolve_basic(key, offset, shape, strides)
        if view is not None:
            return view
    from tinynet.core import advanced_index  # None, ..., bools and index arrays: loaded on first use

    return advanced_index.resolve_full(key, offset, shape, strides)


def _resolve_basic(key, offset, shape, strides):
    """Resolve a tuple of ints and slices no longer than shape; None if it holds anything else.

    The common case of basic indexing: the same arithmetic as resolve's.  The whole key is
    checked first, so that errors come in NumPy's order (a bad item before a bad bound).
    """
    for item in key:
        if type(item) is not int and type(item) is not _SLICE_TYPE:
            return None
    out_shape = []
    out_strides = []
    axis = 0
    for item in key:
        if type(item) is int:
            n = shape[axis]
            i = item + n if item < 0 else item
            if i < 0 or i >= n:
                raise _out_of_bounds(item, axis, n)
            offset += i * strides[axis]
        else:
            start, length, step = _slice_span(item, shape[axis])
            offset += start * strides[axis]
            out_shape.append(length)
            out_strides.append(strides[axis] * step)
        axis += 1
    return ("view", offset, tuple(out_shape) + tuple(shape[axis:]),
            tuple(out_strides) + tuple(strides[axis:]))




def setitem_plan(key, offset, shape, strides):
    """Resolve ``a[key] = value``; return (target buffer positions in C order, target shape).

    The caller broadcasts the value to the shape and writes value i to position i, in order,
    so a repeated index takes the last value written (as in NumPy).

    >>> setitem_plan((slice(None), 1), 0, (2, 3), (3, 1))          # a[:, 1] = ...
    ([1, 4], (2,))
    >>> setitem_plan(IndexArray([0, 0], (2,), False), 0, (3,), (1,))
    ([0, 0], (2,))
    """
    plan = resolve(key, offset, shape, strides)
    if plan[0] == "view":
        return flat_positions(plan[1], plan[2], plan[3]), plan[2]
    return plan[1], plan[2]


# ---------------------------------------------------------------------------------------------
# Positions, gather and scatter
# ---------------------------------------------------------------------------------------------



def _collapse(shape, strides):
    """Merge axes that step through the buffer as one; return (length, stride) pairs or None if empty.

    Axes of length 1 are dropped, and an axis whose stride equals the next axis' length times
    its stride is joined to it: the positions, in C order, do not change.
    """
    dims = []
    for n, s in zip(shape, strides):
        if n == 1:
            continue
        if n == 0:
            return None
        if dims and dims[-1][1] == n * s:
            dims[-1] = (dims[-1][0] * n, s)
        else:
            dims.append((n, s))
    return dims


def _grid(starts, dims):
    """Return p + (every offset of the grid dims, in C order) for each p in starts, in order."""
    dims = _collapse([n for n, s in dims], [s for n, s in dims])
    if dims is None:
        return []
    if not dims:
        return starts
    points = starts
    for n, s in dims[:-1]:
        if s:
            steps = range(0, n * s, s)
            points = [p + d for p in points for d in steps]
        else:
            points = [p for p in points for _ in range(n)]
    n, s = dims[-1]
    if len(points) == 1:
        p = points[0]
        return list(range(p, p + n * s, s)) if s else [p] * n
    out = []
    if s:
        for p in points:
            out.extend(range(p, p + n * s, s))
    else:
        for p in points:
            out.extend([p] * n)
    return out


def flat_positions(offset, shape, strides):
    """Return the buffer position of every element, in C order.

    position(i0, ..., ik) = offset + sum_j i_j * strides[j]

    >>> flat_positions(5, (2, 3), (-3, 1))
    [5, 6, 7, 2, 3, 4]
    """
    return _grid([offset], list(zip(shape, strides)))


def _row(buf, start, n, step):
    """Return buf[start], buf[start + step], ... (n values) by one slice where lists allow it."""
    if step == 1:
        return buf[start:start + n]
    if step == 0:
        return [buf[start]] * n
    if not _SLICE_READ:
        return [buf[start + j * step] for j in range(n)]
    stop = start + n * step
    if stop < 0:  # a negative stop would count from the end: run to the front instead
        return buf[start::step]
    return buf[start:stop:step]


def gather(buf, offset, shape, strides):
    """Return the elements of the array (offset, shape, strides) over buf, in C order.

    Fast path: merged axes, then one slice per row of the last merged axis.

    >>> gather([0, 1, 2, 3, 4, 5], 5, (2, 3), (-3, -1))
    [5, 4, 3, 2, 1, 0]
    >>> gather([7, 8], 1, (2, 2), (0, 0))
    [8, 8, 8, 8]
    """
    dims = _collapse(shape, strides)
    if dims is None:
        return []
    if not dims:
        return [buf[offset]]
    n, step = dims[-1]
    starts = _grid([offset], dims[:-1])
    if len(starts) == 1:
        return _row(buf, starts[0], n, step)
    out = []
    if step == 1:
        for p in starts:
            out.extend(buf[p:p + n])
    else:
        for p in starts:
            out.extend(_row(buf, p, n, step))
    return out


def scatter(buf, offset, shape, strides, values):
    """Write values (in C order) into the array (offset, shape, strides) over buf, in place.

    Rows of the last merged axis are written by slice assignment where lists allow it;
    where two elements share a position (stride 0) the later value stays.

    >>> buf = [0] * 6
    >>> scatter(buf, 0, (2, 2), (3, 2), [1, 2, 3, 4])
    >>> buf
    [1, 0, 2, 3, 0, 4]
    """
    dims = _collapse(shape, strides)
    if dims is None:
        size = 0
    else:
        size = _size([n for n, s in dims])
    if len(values) != size:
        raise ValueError("scatter needs %d values for shape %s, got %d"
                         % (size, _shape_text(tuple(shape)), len(values)))
    if dims is None:
        return
    if not dims:
        buf[offset] = values[0]
        return
    n, step = dims[-1]
    starts = _grid([offset], dims[:-1])
    k = 0
    if step == 1:
        for p in starts:
            buf[p:p + n] = values[k:k + n]
            k += n
    elif step == 0:
        for p in starts:
            buf[p] = values[k + n - 1]
            k += n
    elif _SLICE_STORE:
        for p in starts:
            stop = p + n * step
            if stop < 0:
                buf[p::step] = values[k:k + n]
            else:
                buf[p:stop:step] = values[k:k + n]
            k += n
    else:
        for p in starts:
            for j in range(n):
                buf[p + j * step] = values[k + j]
            k += n


# ---------------------------------------------------------------------------------------------
# Contiguity and strides
# ---------------------------------------------------------------------------------------------

def c_strides(shape):
    """Return the strides of a C-ordered (row-major) array of this shape, in elements.

    strides[k] = shape[k+1] * ... * shape[-1], with an axis of length 0 counted as 1 (as NumPy).

    >>> c_strides((2, 3, 4))
    (12, 4, 1)
    """
    out = [0] * len(shape)
    step = 1
    for k in range(len(shape) - 1, -1, -1):
        out[k] = step
        if shape[k]:
            step *= shape[k]
    return tuple(out)


def f_strides(shape):
    """Return the strides of a Fortran-ordered (column-major) array of this shape, in elements.

    >>> f_strides((2, 3, 4))
    (1, 2, 6)
    """
    out = [0] * len(shape)
    step = 1
    for k in range(len(shape)):
        out[k] = step
        if shape[k]:
            step *= shape[k]
    return tuple(out)


def is_c_contiguous(shape, strides):
    """Tell whether the elements lie in C order, one after another (NumPy's C_CONTIGUOUS flag).

    Axes of length 1 may have any stride; an empty array is contiguous.

    >>> is_c_contiguous((2, 3), (3, 1)), is_c_contiguous((2, 3), (1, 2)), is_c_contiguous((1, 3), (7, 1))
    (True, False, True)
    """
    if 0 in shape:
        return True
    step = 1
    for k in range(len(shape) - 1, -1, -1):
        if shape[k] != 1:
            if strides[k] != step:
                return False
            step *= shape[k]
    return True


def is_f_contiguous(shape, strides):
    """Tell whether the elements lie in Fortran order, one after another (NumPy's F_CONTIGUOUS flag).

    >>> is_f_contiguous((2, 3), (1, 2)), is_f_contiguous((2, 3), (3, 1))
    (True, False)
    """
    if 0 in shape:
        return True
    step = 1
    for k in range(len(shape)):
        if shape[k] != 1:
            if strides[k] != step:
                return False
            step *= shape[k]
    return True


# ---------------------------------------------------------------------------------------------
# Broadcasting
# ---------------------------------------------------------------------------------------------

def _shape_text(shape):
    """Format a shape as NumPy's broadcast errors do: (2,3), (3,), ()."""
    if len(shape) == 1:
        return "(%d,)" % shape[0]
    return "(" + ",".join([str(n) for n in shape]) + ")"


def _broadcast(shapes):
    """Return the broadcast shape of shapes, or None when they do not broadcast."""
    ndim = 0
    for shape in shapes:
        if len(shape) > ndim:
            ndim = len(shape)
    result = [1] * ndim
    for shape in shapes:
        lead = ndim - len(shape)
        for k in range(len(shape)):
            n, r = shape[k], result[lead + k]
            if r == 1:
                result[lead + k] = n
            elif n != 1 and n != r:
                return None
    return tuple(result)


def broadcast_shapes(*shapes):
    """Return the shape that the given shapes broadcast to.

    Align the shapes at the right; along each axis the lengths must be equal or 1, and the
    result takes the length that is not 1.

    >>> broadcast_shapes((2, 1), (3,), ())
    (2, 3)
    >>> broadcast_shapes((2, 3), (4, 5))  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
    ...
    ValueError: operands could not be broadcast together with shapes (2,3) (4,5)
    """
    shapes = [(s,) if type(s) is int else tuple(s) for s in shapes]
    result = _broadcast(shapes)
    if result is None:
        raise ValueError("operands could not be broadcast together with shapes "
                         + "".join([_shape_text(s) + " " for s in shapes]))
    return result


def broadcast_strides(shape, strides, new_shape):
    """Return the strides that show the array (shape, strides) as new_shape, as ``broadcast_to``.

    New leading axes and axes of length 1 get stride 0, so every index along them reads the
    same element.

    >>> broadcast_strides((3,), (1,), (2, 3))
    (0, 1)
    >>> broadcast_strides((3,), (1,), (4,))
    Traceback (most recent call last):
    ...
    ValueError: could not broadcast input array from shape (3,) into shape (4,)
    """
    shape, new_shape = tuple(shape), tuple(new_shape)
    for n in new_shape:
        if n < 0:
            raise ValueError("all elements of broadcast shape must be non-negative")
    lead = len(new_shape) - len(shape)
    if lead < 0:
        raise ValueError("could not broadcast input array from shape %s into shape %s"
                         % (_shape_text(shape), _shape_text(new_shape)))
    out = [0] * lead
    for k in range(len(shape)):
        n = shape[k]
        if n == 1:
            out.append(0)
        elif n == new_shape[lead + k]:
            out.append(strides[k])
        else:
            raise ValueError("could not broadcast input array from shape %s into shape %s"
                             % (_shape_text(shape), _shape_text(new_shape)))
    return tuple(out)


# ---------------------------------------------------------------------------------------------
# Reshaping
# ---------------------------------------------------------------------------------------------

def _reshape_text(dims):
    """Format a requested shape as NumPy's reshape error does: -1 reads 'newaxis', leading ones dropped."""
    k = 0
    while k < len(dims) and dims[k] < 0:
        k += 1
    if k == len(dims):
        return "()"
    parts = [str(dims[k])] + ["newaxis" if d < 0 else str(d) for d in dims[k + 1:]]
    return "(" + ",".join(parts) + (",)" if len(dims) == 1 else ")")


def _as_dim(value):
    if type(value) is int:
        return value
    if isinstance(value, int) or (hasattr(value, "__index__") and not isinstance(value, float)):
        return value.__index__()
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def resolve_shape(new_shape, size):
    """Return the shape a reshape to new_shape means for an array of this size.

    One negative entry (written -1) stands for the length that makes the sizes agree:
    size // (product of the other entries).

    >>> resolve_shape((2, -1), 6)
    (2, 3)
    >>> resolve_shape(6, 6)
    (6,)
    >>> resolve_shape((4,), 6)
    Traceback (most recent call last):
    ...
    ValueError: cannot reshape array of size 6 into shape (4,)
    """
    if _is_sequence(new_shape):
        dims = [_as_dim(d) for d in new_shape]
    else:
        dims = [_as_dim(new_shape)]
    unknown = -1
    known = 1
    for k in range(len(dims)):
        if dims[k] < 0:
            if unknown >= 0:
                raise ValueError("can only specify one unknown dimension")
            unknown = k
        else:
            known *= dims[k]
    if unknown >= 0:
        if known == 0 or size % known:
            raise ValueError("cannot reshape array of size %d into shape %s" % (size, _reshape_text(dims)))
        dims[unknown] = size // known
    elif known != size:
        raise ValueError("cannot reshape array of size %d into shape %s" % (size, _reshape_text(dims)))
    return tuple(dims)


def validate_shape(shape):
    """Check that no length in a shape is negative, as array creation does; return the shape as a tuple.

    >>> validate_shape((2, -1))
    Traceback (most recent call last):
    ...
    ValueError: negative dimensions are not allowed
    """
    shape = tuple(shape)
    for n in shape:
        if n < 0:
            raise ValueError("negative dimensions are not allowed")
    return shape


def reshape_strides(shape, strides, new_shape, order="C"):
    """Return the strides of a view showing the array as new_shape, or None if a copy is needed.

    order='C' reads and places elements in row-major order, 'F' in column-major order, 'A'
    means 'F' for an array that is only Fortran-contiguous.  A view exists when the axes can be
    split into groups, old and new, with equal products, and each group of old axes (ignoring
    length-1 axes) is contiguous within itself in that order: then the group steps through the
    buffer as one axis.  A contiguous array gets the contiguous strides of the new shape, and
    an unchanged shape keeps its strides (as NumPy).

    >>> reshape_strides((2, 3), (3, 1), (3, 2))
    (2, 1)
    >>> reshape_strides((2, 2), (6, 2), (2, 2, 1))                # a[:, ::2] of a 2x6: view
    (6, 2, 2)
    >>> print(reshape_strides((2, 2), (3, 2), (4,)))              # cannot merge: copy
    None
    """
    shape, new_shape = tuple(shape), tuple(new_shape)
    size = _size(shape)
    if _size(new_shape) != size:
        raise ValueError("cannot reshape array of size %d into shape %s" % (size, _reshape_text(new_shape)))
    if order == "A":
        fortran = is_f_contiguous(shape, strides) and not is_c_contiguous(shape, strides)
        order = "F" if fortran else "C"
    if order != "C" and order != "F":
        raise ValueError("order must be one of 'C', 'F', 'A' (got %r)" % (order,))
    if new_shape == shape:
        return tuple(strides)
    if order == "C" and is_c_contiguous(shape, strides):
        return c_strides(new_shape)
    if order == "F" and is_f_contiguous(shape, strides):
        return f_strides(new_shape)

    old = [(n, s) for n, s in zip(shape, strides) if n != 1]
    out = [0] * len(new_shape)
    i = j = 0  # first old axis, first new axis of the current group
    while i < len(old) and j < len(new_shape):
        # grow the group on the smaller side until both products agree
        i_end, j_end = i + 1, j + 1
        old_size, new_size = old[i][0], new_shape[j]
        while old_size != new_size:
            if new_size < old_size:
                new_size *= new_shape[j_end]
                j_end += 1
            else:
                old_size *= old[i_end][0]
                i_end += 1
        # the old axes of the group must step through the buffer as one axis
        for k in range(i, i_end - 1):
            if order == "C":
                if old[k][1] != old[k + 1][0] * old[k + 1][1]:
                    return None
            elif old[k + 1][1] != old[k][0] * old[k][1]:
                return None
        # new strides: the group's innermost stride, times lengths outward
        if order == "C":
            out[j_end - 1] = old[i_end - 1][1]
            for k in range(j_end - 1, j, -1):
                out[k - 1] = out[k] * new_shape[k]
        else:
            out[j] = old[i][1]
            for k in range(j + 1, j_end):
                out[k] = out[k - 1] * new_shape[k - 1]
        i, j = i_end, j_end
    # trailing length-1 axes of the new shape
    if j:
        last = out[j - 1] * (new_shape[j - 1] if order == "F" else 1)
    else:
        last = 1
    for k in range(j, len(new_shape)):
        out[k] = last
    return tuple(out)
