"""Selection on flat value lists: take, put, compress, choose, repeat, resize.

These are the algorithms behind ``ndarray.take``, ``.put``, ``.compress``, ``.choose``, ``.repeat`` and
``.resize`` and the NumPy functions of the same names in ``tinynet.lib.selection``.  They know no array
class: an array arrives as its values in C order and its shape, and they return new values (and shapes).

Along an axis, an array of shape ``(outer..., n, inner...)`` is ``O`` blocks of ``n`` runs of ``I``
values, with ``O = prod(outer)`` and ``I = prod(inner)``: element ``[o, j, i]`` is
``values[(o * n + j) * I + i]``.  Taking index ``j`` along the axis copies run ``j`` of every block, one
slice at a time, so the cost is one list slice per (block, index), not one Python step per element.

    >>> take([1, 2, 3, 4, 5, 6], (2, 3), [2, 0], 1)
    ([3, 1, 6, 4], (2, 2))
    >>> repeat_values([1, 2, 3, 4], (2, 2), [1, 2], 0)
    ([1, 2, 3, 4, 3, 4], (3, 2))
"""

from tinynet.core.shapes import size_of as _size

MODES = ("raise", "wrap", "clip")


def check_mode(mode):
    """Return mode if it is one of NumPy's clip modes ('raise', 'wrap', 'clip'), else raise ValueError.

    >>> check_mode("wrap")
    'wrap'
    """
    if mode not in MODES:
        raise ValueError("clipmode must be one of 'clip', 'raise', or 'wrap' (got %r)" % (mode,))
    return mode


def fix_indices(indices, n, mode, axis=0):
    """Return indices into a length-n axis as 0..n-1, by NumPy's clip mode.

    'raise': -n <= i < n is required (negative i counts from the end), else IndexError;
    'wrap': i mod n; 'clip': i clipped to 0..n-1 (a negative i becomes 0, it does not count from the end).

    >>> fix_indices([-1, 4], 3, "wrap"), fix_indices([-1, 4], 3, "clip")
    ([2, 1], [0, 2])
    >>> fix_indices([5], 3, "raise")
    Traceback (most recent call last):
      ...
    IndexError: index 5 is out of bounds for axis 0 with size 3
    """
    if mode == "raise":
        out = []
        for i in indices:
            if not -n <= i < n:
                raise IndexError("index %d is out of bounds for axis %d with size %d" % (i, axis, n))
            out.append(i + n if i < 0 else i)
        return out
    if n == 0:
        if indices:
            raise IndexError("cannot do a non-empty take from an empty axes.")
        return []
    if mode == "wrap":
        return [i % n for i in indices]
    top = n - 1
    return [0 if i < 0 else (top if i > top else i) for i in indices]


def _blocks(shape, axis):
    """(outer, n, inner): the number of blocks before the axis, its length, the run length after it."""
    return _size(shape[:axis]), shape[axis], _size(shape[axis + 1:])


def take(values, shape, indices, axis, mode="raise"):
    """Return (values, shape) of the array taken at the given indices (a flat list) along axis.

    result[o, k, i] = a[o, indices[k], i]; the result's shape has len(indices) in place of the axis
    (the caller reshapes that axis to the shape of its index array).

    >>> take([1, 2, 3, 4], (4,), [3, -1, 0], 0)
    ([4, 4, 1], (3,))
    """
    outer, n, inner = _blocks(shape, axis)
    new_shape = shape[:axis] + (len(indices),) + shape[axis + 1:]
    if n == 0 or outer == 0:
        # NumPy: a non-empty result from an empty axis is an error; otherwise indices are checked
        # (in 'raise' mode) only when there is a block to take from.
        if _size(new_shape):
            raise IndexError("cannot do a non-empty take from an empty axes.")
        if outer and mode == "raise":
            fix_indices(indices, n, mode, axis)
        return [], new_shape
    positions = fix_indices(indices, n, mode, axis)
    out = []
    if inner == 1:
        for o in range(outer):
            base = o * n
            out.extend([values[base + j] for j in positions])
    else:
        for o in range(outer):
            base = o * n
            for j in positions:
                start = (base + j) * inner
                out.extend(values[start:start + inner])
    return out, new_shape


def put(buf_positions, indices, values, mode="raise"):
    """Return the (position, value) pairs a.put(indices, values) writes, values repeated to fit.

    buf_positions lists the buffer positions of a's elements in C order; a.flat[indices[k]] = values[k
    mod len(values)], in order, so the last write to a position wins.

    >>> put([10, 11, 12], [0, -1], [7])
    [(10, 7), (12, 7)]
    """
    return list(put_pairs(buf_positions, indices, values, mode))


def put_pairs(buf_positions, indices, values, mode="raise"):
    """Yield put's (position, value) pairs one at a time, so that, as in NumPy, the writes before a
    bad index have happened when the IndexError is raised."""
    n = len(buf_positions)
    if n == 0 and indices:
        raise IndexError("cannot replace elements of an empty array")
    if not values or not indices:
        return
    m = len(values)
    for k, i in enumerate(indices):
        if mode == "raise":
            if not -n <= i < n:
                raise IndexError("index %d is out of bounds for axis 0 with size %d" % (i, n))
            j = i + n if i < 0 else i
        elif mode == "wrap":
            j = i % n
        else:
            j = 0 if i < 0 else (n - 1 if i >= n else i)
        yield buf_positions[j], values[k % m]


def compress(condition, values, shape, axis):
    """Return (values, shape) of the slices along axis where condition (a list of bools) is true.

    A condition shorter than the axis leaves out the rest; a true entry past the end is an IndexError
    (this is take at the positions of the true entries).

    >>> compress([True, False, True], [1, 2, 3, 4, 5, 6], (2, 3), 1)
    ([1, 3, 4, 6], (2, 2))
    """
    return take(values, shape, [j for j, c in enumerate(condition) if c], axis)


def broadcast_shape(shapes):
    """The shape a list of shapes broadcasts to, with NumPy's message naming the first two that clash.

    >>> broadcast_shape([(2, 1), (3,)])
    (2, 3)
    >>> broadcast_shape([(2,), (3,)])
    Traceback (most recent call last):
      ...
    ValueError: shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (2,) and arg 1 with shape (3,).
    """
    ndim = 0
    for shape in shapes:
        ndim = max(ndim, len(shape))
    result = []
    for i in range(ndim):
        length, source = 1, None
        for j, shape in enumerate(shapes):
            k = i + len(shape) - ndim
            if k < 0 or shape[k] == 1:
                continue
            if length == 1:
                length, source = shape[k], j
            elif shape[k] != length:
                raise ValueError(
                    "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between "
                    "arg %d with shape %s and arg %d with shape %s." % (source, shapes[source], j, shapes[j]))
        result.append(length)
    return tuple(result)


def choose(index, choices, mode="raise"):
    """Return [choices[index[k]][k] for each k]: each element picks from the choice its index names.

    index and every choice are lists of one length (already broadcast).  'raise' requires
    0 <= i < len(choices) (negative indices are invalid), 'wrap' and 'clip' bring i into range.

    >>> choose([0, 1, 0], [[1, 2, 3], [10, 20, 30]])
    [1, 20, 3]
    """
    n = len(choices)
    if mode == "raise":
        for i in index:
            if not 0 <= i < n:
                raise ValueError("invalid entry in choice array")
        picks = index
    elif mode == "wrap":
        picks = [i % n for i in index]
    else:
        picks = [0 if i < 0 else (n - 1 if i >= n else i) for i in index]
    return [choices[i][k] for k, i in enumerate(picks)]


def repeat_values(values, shape, counts, axis):
    """Return (values, shape) with slice j along axis repeated counts[j] times.

    >>> repeat_values([1, 2, 3], (3,), [2, 0, 1], 0)
    ([1, 1, 3], (3,))
    """
    outer, n, inner = _blocks(shape, axis)
    total = 0
    for c in counts:
        total += c
    out = []
    for o in range(outer):
        base = o * n
        for j, c in enumerate(counts):
            if c:
                start = (base + j) * inner
                block = values[start:start + inner]
                out.extend(block * c if inner != 1 else [block[0]] * c)
    return out, shape[:axis] + (total,) + shape[axis + 1:]


def repeat_counts(counts, n):
    """Return one non-negative repeat count per slice: an int applies to all n, a list must have n.

    >>> repeat_counts(2, 3), repeat_counts([1, 0], 2)
    ([2, 2, 2], [1, 0])
    """
    if isinstance(counts, list):
        if len(counts) == 1:
            counts = counts[0]
        elif len(counts) != n:
            raise ValueError("operands could not be broadcast together with shape (%d,) (%d,)" % (n, len(counts)))
    if not isinstance(counts, list):
        if counts < 0 and n:
            raise ValueError("negative dimensions are not allowed")
        return [counts] * n
    for c in counts:
        if c < 0:
            raise ValueError("repeats may not contain negative values.")
    return counts


def resized(values, size, fill):
    """Return values cut or extended to size: with fill as the padding value, or cycled if fill is None.

    ndarray.resize pads with zeros; np.resize repeats the values in C order.

    >>> resized([1, 2, 3], 5, 0), resized([1, 2, 3], 5, None), resized([1, 2, 3], 2, None)
    ([1, 2, 3, 0, 0], [1, 2, 3, 1, 2], [1, 2])
    """
    n = len(values)
    if size <= n:
        return list(values[:size])
    if fill is not None:
        return list(values) + [fill] * (size - n)
    if n == 0:
        raise ValueError("cannot resize an empty array")
    times = size // n + 1
    return (list(values) * times)[:size]
