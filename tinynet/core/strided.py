"""Walking a strided array: where its elements lie in the buffer, reading and writing them in C order.

An array is a window on a flat buffer ``buf``: element ``a[i0, ..., ik]`` lives at

    buf[offset + i0 * strides[0] + ... + ik * strides[k]]

with strides counted in elements (negative for reversed axes, 0 for broadcast ones).  This
module lists those positions (``flat_positions``), reads and writes the elements through them
(``gather``, ``scatter``, a whole row per slice where the runtime allows), gives the strides of
contiguous layouts and tells contiguity, and broadcasts shapes and strides.  ``index_math``
re-exports every public name here.

    >>> gather(list(range(6)), 2, (2,), (3,))       # column 2 of a 2x3 array over range(6)
    [2, 5]
    >>> flat_positions(0, (2, 3), (1, 2))           # a 2x3 array stored column by column
    [0, 2, 4, 1, 3, 5]
"""

from tinynet.core.shapes import size_of as _size


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
