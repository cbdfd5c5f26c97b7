"""The ndarray methods a board rarely calls: sorting, selection (take, put, compress, choose, repeat),
resize, diagonal, trace, swapaxes, setflags, tobytes and tofile.

They are plain functions of ``self`` that ``core/ndarray.py`` sets on the class (its table
``_METHODS`` names them): on CPython as it loads, on MicroPython on the first use of any of them, so
``import tinynet`` on a board neither compiles nor holds them.

>>> import tinynet as np
>>> np.array([3, 1, 2]).take([0, 2]).tolist()
[3, 2]
"""

from tinynet.core import binary
from tinynet.core import dtypes
from tinynet.core import index_math
from tinynet.core import memory
from tinynet.core import reductions as _reductions
from tinynet.core.construct import array, asarray  # noqa: F401 - the examples below use array
from tinynet.core.indexing import _int_index, _is_integer, normalize_axis
from tinynet.core.ndarray import _c_strides, _size_of, ndarray


def _int_list(obj):
    """Return (flat list of ints, shape) of an index argument.

    Integer and bool arrays are used as they are; an array of another kind is refused as NumPy's
    'same_kind' cast to intp refuses it, while Python floats in a list truncate, as NumPy converts them.
    """
    if isinstance(obj, ndarray) or (hasattr(obj, "dtype") and hasattr(obj, "shape")):
        a = asarray(obj)
        if a._dtype.kind not in "biu":
            raise TypeError("Cannot cast array data from dtype('%s') to dtype('int64') according to the rule "
                            "'same_kind'" % a._dtype.name)
        return [int(v) for v in a._values()], a._shape
    a = asarray(obj)
    if a._dtype.kind == "c":
        raise TypeError("int() argument must be a string, a bytes-like object or a real number, not 'complex'")
    return [int(v) for v in a._values()], a._shape


def _broadcast_values(a, shape):
    """The values of a broadcast to shape, in C order."""
    if a._shape == shape:
        return a._values()
    strides = index_math.broadcast_strides(a._shape, a._strides, shape)
    return a._view(a._offset, shape, strides)._values()


def _into_out(values, shape, d, out, name):
    """Write a result (values of dtype d in C order) into out, as NumPy's take/compress/choose do."""
    if not isinstance(out, ndarray):
        raise TypeError("output must be an array")
    if out._shape != shape:
        raise ValueError("output array does not match result of ndarray.%s" % name)
    if not dtypes.can_cast(out._dtype, d, "safe"):
        raise TypeError("Cannot cast array data from dtype('%s') to dtype('%s') according to the rule 'safe'"
                        % (out._dtype.name, d.name))
    out._assign(values if out._dtype is d else dtypes.cast(values, d, out._dtype))
    return out



def setflags(self, write=None, align=None, uic=None):
    """Make the array read-only (write=False) or writeable again (only if its base is)."""
    if write is None:
        return
    if write and self._base is not None and not self._base._writeable:
        raise ValueError("cannot set WRITEABLE flag to True of this array")
    self._writeable = bool(write)


def tobytes(self, order="C"):
    """Return the elements' bytes as NumPy lays them out: little-endian, in C or Fortran order.

    Order 'A' is Fortran for an array laid out in Fortran order (and not C order), else C;
    'K' is C, as in NumPy.

    >>> array([1, 2], dtype="int16").tobytes()
    b'\\x01\\x00\\x02\\x00'
    >>> array([[1, 2], [3, 4]], dtype="uint8").tobytes("F")
    b'\\x01\\x03\\x02\\x04'
    """
    if order not in ("C", "F", "A", "K"):
        raise ValueError("order must be one of 'C', 'F', 'A', or 'K' (got %r)" % (order,))
    if order == "A":
        order = "F" if self.flags.f_contiguous and not self.flags.c_contiguous else "C"
    values = self.transpose()._values() if order == "F" else self._values()
    return binary.pack(values, self._dtype.name, "<")


def tofile(self, fid, sep="", format="%s"):  # noqa: A002 - NumPy's parameter name
    """Write the elements to a file (a path or an open file), as raw bytes or as text.

    With ``sep=""`` the file gets ``tobytes()`` (C order, no header: ``fromfile`` needs the dtype
    and shape again). Otherwise each element is written as ``format % value`` and the pieces are
    joined by ``sep``.

    >>> import os, tempfile
    >>> path = os.path.join(tempfile.mkdtemp(), "a.txt")
    >>> array([1.5, 2.0]).tofile(path, sep=",", format="%.2f")
    >>> open(path).read()
    '1.50,2.00'
    """
    if sep == "":
        data = self.tobytes()
    else:
        data = sep.join(format % x for x in self._values()).encode()
    if hasattr(fid, "write"):
        fid.write(data if sep == "" or "b" in getattr(fid, "mode", "b") else data.decode())
        return
    if hasattr(fid, "__fspath__"):
        fid = fid.__fspath__()
    with open(fid, "wb") as fh:
        fh.write(data)


def swapaxes(self, axis1, axis2):
    """Return a view with two axes swapped.

    >>> ndarray((2, 3, 4)).swapaxes(0, 2).shape
    (4, 3, 2)
    """
    order = list(range(self.ndim))
    i, j = normalize_axis(axis1, self.ndim, "axis1"), normalize_axis(axis2, self.ndim, "axis2")
    order[i], order[j] = order[j], order[i]
    return self.transpose(order)


def diagonal(self, offset=0, axis1=0, axis2=1):
    """Return a read-only view of the diagonal a[i, i + offset] (over axis1 and axis2).

    >>> array([[1, 2, 3], [4, 5, 6]]).diagonal().tolist(), array([[1, 2, 3], [4, 5, 6]]).diagonal(1).tolist()
    ([1, 5], [2, 6])
    """
    if self.ndim < 2:
        raise ValueError("diag requires an array of at least two dimensions")
    i, j = normalize_axis(axis1, self.ndim, "axis1"), normalize_axis(axis2, self.ndim, "axis2")
    if i == j:
        raise ValueError("axis1 and axis2 cannot be the same")
    n_i, n_j = self._shape[i], self._shape[j]
    start = self._offset
    if offset >= 0:
        length = max(0, min(n_i, n_j - offset))
        if length:
            start += offset * self._strides[j]
    else:
        length = max(0, min(n_i + offset, n_j))
        if length:
            start -= offset * self._strides[i]
    rest = [k for k in range(self.ndim) if k != i and k != j]
    shape = tuple(self._shape[k] for k in rest) + (length,)
    strides = tuple(self._strides[k] for k in rest) + (self._strides[i] + self._strides[j],)
    view = self._view(start, shape, strides)
    view._writeable = False
    return view


def trace(self, offset=0, axis1=0, axis2=1, dtype=None, out=None):
    """Return the sum along the diagonal.

    >>> array([[1, 2], [3, 4]]).trace()
    np.int64(5)
    """
    return _reductions.sum(self.diagonal(offset, axis1, axis2), -1, dtype, out, False, None, True)


def sort(self, axis=-1, kind=None, order=None, stable=None):
    """Sort the array in place along an axis (nan last; stable); a view sorts its base's elements.

    >>> a = array([[3, 1, 2], [9, 7, 8]])
    >>> a[0].sort(); a.tolist()
    [[1, 2, 3], [9, 7, 8]]
    >>> a[:, ::-1].sort(axis=1); a.tolist()
    [[3, 2, 1], [9, 8, 7]]
    """
    from tinynet.core import sorting as _sorting  # loaded on first use
    _sorting.check_kind(kind, stable, order)
    _sorting.sort_in_place(self, _sorting.int_axis(axis))


def argsort(self, axis=-1, kind=None, order=None, stable=None):
    """Return the indices that sort the array along an axis (None: flattened), stably.

    >>> array([3, 1, 2]).argsort().tolist()
    [1, 2, 0]
    """
    from tinynet.core import sorting as _sorting  # loaded on first use
    return _sorting.argsort_array(self, axis, kind, order, stable)


def partition(self, kth, axis=-1, kind="introselect", order=None):
    """Partition in place: the kth element goes where a sort puts it, smaller ones before it.

    >>> a = array([3, 4, 2, 1]); a.partition(1); a[1]
    np.int64(2)
    """
    from tinynet.core import sorting as _sorting  # loaded on first use
    self._assign(_sorting.partition_array(self, kth, _sorting.int_axis(axis), kind, order)._values())


def argpartition(self, kth, axis=-1, kind="introselect", order=None):
    """Return the indices that would partition the array (see partition).

    >>> array([3, 4, 2, 1]).argpartition(0)[0]
    np.int64(3)
    """
    from tinynet.core import sorting as _sorting  # loaded on first use
    return _sorting.partition_array(self, kth, axis, kind, order, arg=True)


def searchsorted(self, v, side="left", sorter=None):
    """Return where to insert v into this sorted 1-d array to keep it sorted.

    >>> array([1, 2, 2, 3]).searchsorted([2, 4]).tolist()
    [1, 4]
    """
    from tinynet.core import sorting as _sorting  # loaded on first use
    return _sorting.searchsorted_array(self, v, side, sorter)


def take(self, indices, axis=None, out=None, mode="raise"):
    """Return the elements at the given indices along an axis (of the flattened array if None).

    result[..., k, ...] = a[..., indices[k], ...]; the index array's shape replaces the axis.

    >>> array([[1, 2, 3], [4, 5, 6]]).take([2, 0], axis=1).tolist(), array([4, 5]).take(-1)
    ([[3, 1], [6, 4]], np.int64(5))
    """
    from tinynet.core import selection as _selection  # loaded on first use
    _selection.check_mode(mode)
    a = self.ravel() if axis is None else self
    axis = 0 if axis is None else normalize_axis(axis, a.ndim)
    indices, index_shape = _int_list(indices)
    values, _ = _selection.take(a._values(), a._shape, indices, axis, mode)
    shape = a._shape[:axis] + index_shape + a._shape[axis + 1:]
    if out is not None:
        return _into_out(values, shape, self._dtype, out, "take")
    if not shape:
        return dtypes.scalar(values[0], self._dtype)
    return ndarray._make(values, shape, self._dtype)


def put(self, indices, values, mode="raise"):
    """Set a.flat[indices[k]] = values[k % len(values)], in place (values repeat to fit).

    >>> a = array([1, 2, 3]); a.put([0, 2], [9]); a.tolist()
    [9, 2, 9]
    """
    from tinynet.core import selection as _selection  # loaded on first use
    _selection.check_mode(mode)
    if not self._writeable:
        raise ValueError("assignment destination is read-only")
    indices, _ = _int_list(indices)
    source = asarray(values)
    values = dtypes.cast(source._values(), source._dtype, self._dtype)
    positions = index_math.flat_positions(self._offset, self._shape, self._strides)
    buf = self._buf
    for position, value in _selection.put_pairs(positions, indices, values, mode):
        buf[position] = value


def compress(self, condition, axis=None, out=None):
    """Return the slices along an axis where condition is true (the flattened array if axis is None).

    >>> array([[1, 2], [3, 4]]).compress([False, True], axis=0).tolist()
    [[3, 4]]
    """
    from tinynet.core import selection as _selection  # loaded on first use
    condition = asarray(condition)
    if condition.ndim != 1:
        raise ValueError("condition must be a 1-d array")
    a = self.ravel() if axis is None else self
    axis = 0 if axis is None else normalize_axis(axis, a.ndim)
    flags = [bool(c) for c in condition._values()]
    values, shape = _selection.compress(flags, a._values(), a._shape, axis)
    if out is not None:
        return _into_out(values, shape, self._dtype, out, "compress")
    return ndarray._make(values, shape, self._dtype)


def choose(self, choices, out=None, mode="raise"):
    """Use this integer array to pick from choices: result[i] = choices[a[i]][i] (all broadcast).

    >>> array([0, 1, 0]).choose([[1, 2, 3], [10, 20, 30]]).tolist()
    [1, 20, 3]
    """
    from tinynet.core import selection as _selection  # loaded on first use
    _selection.check_mode(mode)
    if self._dtype.kind not in "biu":
        raise TypeError("Cannot cast array data from dtype('%s') to dtype('int64') according to the rule "
                        "'safe'" % self._dtype.name)
    choices = [asarray(c) for c in choices]
    if not choices:
        raise ValueError("0-length sequence.")
    d = choices[0]._dtype  # NumPy promotes into the dtype of highest kind first: int8, uint8, float16 -> float16
    for c in choices[1:]:
        if "buifc".index(c._dtype.kind[0]) > "buifc".index(d.kind[0]):
            d = c._dtype
    for c in choices:
        d = dtypes.promote(d, c._dtype)
    shape = _selection.broadcast_shape([c._shape for c in choices] + [self._shape])
    index = _broadcast_values(self, shape)
    lists = [_broadcast_values(c, shape) for c in choices]
    lists = [v if c._dtype is d else dtypes.cast(v, c._dtype, d) for v, c in zip(lists, choices)]
    values = _selection.choose(index, lists, mode)
    if out is not None:
        return _into_out(values, shape, d, out, "choose")
    if not shape:
        return dtypes.scalar(values[0], d)
    return ndarray._make(values, shape, d)


def repeat(self, repeats, axis=None):
    """Repeat each element (each slice along axis; of the flattened array if None) repeats times.

    >>> array([[1, 2], [3, 4]]).repeat([1, 2], axis=0).tolist(), array([1, 2]).repeat(2).tolist()
    ([[1, 2], [3, 4], [3, 4]], [1, 1, 2, 2])
    """
    from tinynet.core import selection as _selection  # loaded on first use
    a = self.ravel() if axis is None else self
    axis = 0 if axis is None else normalize_axis(axis, a.ndim)
    counts, count_shape = _int_list(repeats)
    if len(count_shape) > 1:
        raise ValueError("object too deep for desired array")
    counts = _selection.repeat_counts(counts if count_shape else counts[0], a._shape[axis])
    total = 0
    for c in counts:
        total += c
    memory.check_size(a._shape[:axis] + (total,) + a._shape[axis + 1:], a._dtype)
    values, shape = _selection.repeat_values(a._values(), a._shape, counts, axis)
    return ndarray._make(values, shape, a._dtype)


def resize(self, *new_shape, refcheck=True):
    """Change this array's shape and size in place: values kept in C order, new elements zero.

    Only an array that owns its C-contiguous memory can be resized.  The buffer list itself is
    changed, so an earlier view sees the new memory.  tinynet cannot count references, so it does
    not refuse (as NumPy's refcheck may) when other arrays view this one.

    >>> a = array([1, 2, 3]); a.resize((2, 2)); a.tolist()
    [[1, 2], [3, 0]]
    """
    from tinynet.core import selection as _selection  # loaded on first use
    if not new_shape or new_shape == (None,):
        return
    if len(new_shape) == 1 and not _is_integer(new_shape[0]):
        new_shape = new_shape[0]
    shape = tuple(_int_index(n) for n in new_shape)
    for n in shape:
        if n < 0:
            raise ValueError("negative dimensions not allowed")
    if self._base is not None:
        raise ValueError("cannot resize this array: it does not own its data")
    if not self.flags.c_contiguous or self._offset or len(self._buf) != self.size:
        raise ValueError("resize only works on single-segment arrays")
    memory.check_size(shape, self._dtype)
    zero = dtypes.converter(self._dtype)(0)
    self._buf[:] = _selection.resized(self._buf, _size_of(shape), zero)
    self._shape, self._strides, self._full = shape, _c_strides(shape), True

