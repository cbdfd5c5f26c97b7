"""Reshaping as arithmetic: the shape a reshape asks for, and the strides of a view showing it.

Loaded on the first reshape; ``index_math.resolve_shape``, ``reshape_strides`` and
``validate_shape`` hand over to the functions here.

    >>> resolve_shape((2, -1), 6), reshape_strides((2, 3), (3, 1), (3, 2))
    ((2, 3), (2, 1))
"""

from tinynet.core.index_math import _is_sequence
from tinynet.core.memory import _INTP_MAX, check_view
from tinynet.core.shapes import size_of as _size
from tinynet.core.strided import c_strides, f_strides, is_c_contiguous, is_f_contiguous


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


def resolve_shape(new_shape, size, dtype=None):
    """Return the shape a reshape to new_shape means for an array of this size (and dtype).

    One negative entry (written -1) stands for the length that makes the sizes agree:
    size // (product of the other entries).  As in NumPy, that product must not pass the index range
    before a 0 stops it, and an empty result's lengths, zeros skipped, times the itemsize must not either.

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
            if known > _INTP_MAX:  # NumPy's product overflowed
                raise ValueError("cannot reshape array of size %d into shape %s" % (size, _reshape_text(dims)))
    if unknown >= 0:
        if known == 0 or size % known:
            raise ValueError("cannot reshape array of size %d into shape %s" % (size, _reshape_text(dims)))
        dims[unknown] = size // known
    elif known != size:
        raise ValueError("cannot reshape array of size %d into shape %s" % (size, _reshape_text(dims)))
    if not size and dtype is not None:
        check_view(dims, dtype)
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
