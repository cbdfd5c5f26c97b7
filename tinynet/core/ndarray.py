"""The ndarray: an N-dimensional array whose views share memory, as NumPy's do.

An array is a window onto a flat Python list, its *buffer*.  Four numbers say which elements the
window shows and in what order, exactly as in NumPy:

- ``shape``: the length of each axis, ``(2, 3)`` for two rows of three;
- ``strides``: how far to step in the buffer to move one place along each axis (in elements here;
  NumPy's ``.strides`` counts bytes, and ``.strides`` gives that figure);
- ``offset``: where element ``[0, 0, ...]`` sits in the buffer;
- ``dtype``: the element type (``float64``, ``int8``, ``complex64``, ...).

Element ``a[i, j]`` is ``buffer[offset + i * strides[0] + j * strides[1]]``.  A fresh 2x3 array has
strides ``(3, 1)`` (row-major, "C order"); its transpose is the same buffer with strides ``(1, 3)``,
and ``a[:, 1]`` is the same buffer with offset 1 and strides ``(3,)``.  Slicing, transposing and most
reshapes only change those numbers, so they are views: a write through one is seen by the other.

    >>> from tinynet import array
    >>> a = array([[1, 2, 3], [4, 5, 6]])
    >>> b = a[:, 1:]
    >>> b[0, 0] = 77
    >>> a.tolist(), b.base is a
    ([[1, 77, 3], [4, 5, 6]], True)
    >>> (a * 10 + array([1, 2, 3])).tolist()
    [[11, 772, 33], [41, 52, 63]]

The values in a buffer are plain Python objects: ``bool``, ``int`` (kept inside the dtype's range),
``float`` (for float32, a float that float32 can hold exactly) or ``complex``.  The index arithmetic
lives in ``index_math``; the elementwise operations in ``ufunc``; reductions in ``reduce_math``.
"""

import sys

from tinynet.core import binary
from tinynet.core import complex_parts
from tinynet.core import dtypes
from tinynet.core import index_math
from tinynet.core import memory
from tinynet.core.dtypes import BOOL, FLOAT64, INT64
from tinynet.core.errors import AxisError
from tinynet.core.nested import format_shape

_MICROPYTHON = sys.implementation.name == "micropython"


def _size_of(shape):
    n = 1
    for length in shape:
        n *= length
    return n


_C_STRIDES = {}
_new_object = object.__new__


def _c_strides(shape):
    """index_math.c_strides, remembered for the shapes a program keeps meeting."""
    strides = _C_STRIDES.get(shape)
    if strides is None:
        strides = index_math.c_strides(shape)
        if len(_C_STRIDES) < 1024:
            _C_STRIDES[shape] = strides
    return strides


def _owner_laid_out(values, shape, d, axes):
    """A new array owning `values`, which hold its elements with axes[0] slowest and axes[-1] fastest.

    axes = [0, 1, ..., n-1] is C order (then this is ``ndarray._make``); reversed, it is Fortran order.
    """
    a = ndarray._make(list(values), shape, d)
    if axes != sorted(axes):
        step = _c_strides(tuple(shape[i] for i in axes))
        strides = [0] * len(shape)
        for i, axis in enumerate(axes):
            strides[axis] = step[i]
        a._strides = tuple(strides)
        a._full = None  # C order only if the layout happens to be C-contiguous too
    return a


# --------------------------------------------------------------------------
# Flags
# --------------------------------------------------------------------------


class flagsobj:
    """The memory-layout flags of an array: ``a.flags['C_CONTIGUOUS']``, ``a.flags.writeable``."""

    def __init__(self, array):
        self._array = array

    @property
    def c_contiguous(self):
        a = self._array
        return index_math.is_c_contiguous(a._shape, a._strides)

    @property
    def f_contiguous(self):
        a = self._array
        return index_math.is_f_contiguous(a._shape, a._strides)

    @property
    def owndata(self):
        return self._array._base is None

    @property
    def writeable(self):
        return self._array._writeable

    @writeable.setter
    def writeable(self, value):
        self._array.setflags(write=value)

    _NAMES = {"C_CONTIGUOUS": "c_contiguous", "CONTIGUOUS": "c_contiguous", "C": "c_contiguous",
              "F_CONTIGUOUS": "f_contiguous", "FORTRAN": "f_contiguous", "F": "f_contiguous",
              "OWNDATA": "owndata", "O": "owndata", "WRITEABLE": "writeable", "W": "writeable"}

    def __getitem__(self, name):
        if name not in self._NAMES:
            raise KeyError("Unknown flag")
        return getattr(self, self._NAMES[name])

    def __setitem__(self, name, value):
        if self._NAMES.get(name) != "writeable":
            raise KeyError("Unknown flag")
        self.writeable = value

    def __repr__(self):
        lines = []
        for name in ("C_CONTIGUOUS", "F_CONTIGUOUS", "OWNDATA", "WRITEABLE"):
            lines.append("  %s : %s" % (name, self[name]))
        lines.append("  ALIGNED : True")
        lines.append("  WRITEBACKIFCOPY : False")
        return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------
# The array
# --------------------------------------------------------------------------


class ndarray:
    """An N-dimensional array of one dtype: a shape and strides over a shared flat buffer.

    Make arrays with ``tinynet.array``, ``zeros`` and friends rather than by calling ``ndarray``
    directly, as with NumPy.  ``ndarray(shape, dtype)`` gives zeros.

    >>> x = ndarray((2, 3))
    >>> x.shape, x.dtype, x.strides
    ((2, 3), dtype('float64'), (24, 8))
    """

    __slots__ = ("_buf", "_offset", "_shape", "_strides", "_dtype", "_base", "_writeable", "_full")
    __hash__ = None

    def __init__(self, shape, dtype=float, buffer=None, offset=0, strides=None, order=None):
        shape = _as_shape(shape)
        d = dtypes.as_dtype(dtype)
        memory.check_size(shape, d)
        self._buf = [dtypes.converter(d)(0)] * _size_of(shape)
        self._offset = 0
        self._shape = shape
        self._strides = _c_strides(shape)
        self._dtype = d
        self._base = None
        self._writeable = True
        self._full = True

    # ---------------------------------------------------------------- construction

    @staticmethod
    def _make(buf, shape, dtype):
        """Wrap a fresh C-ordered buffer (already valid for dtype) as a new array that owns it.

        Every operation builds its result here, so it only fills the slots: the strides of a shape
        seen before come from a dictionary, without a call.
        """
        a = _new_object(ndarray)
        a._buf = buf
        a._offset = 0
        a._shape = shape
        strides = _C_STRIDES.get(shape)
        a._strides = _c_strides(shape) if strides is None else strides
        a._dtype = dtype
        a._base = None
        a._writeable = True
        a._full = True  # the elements are the whole buffer, in C order
        return a

    @classmethod
    def _wrap(cls, data, shape, dtype):
        """Build an array from nested lists already valid for shape and dtype."""
        return cls._make(_flatten(data, len(shape)), shape, dtype)

    def _view(self, offset, shape, strides, dtype=None):
        """A view of the same buffer: base is the array that owns the memory."""
        a = object.__new__(ndarray)
        a._buf = self._buf
        a._offset = offset
        a._shape = shape
        a._strides = strides
        a._dtype = self._dtype if dtype is None else dtype
        a._base = self if self._base is None else self._base
        a._writeable = self._writeable
        a._full = None  # worked out when first needed
        return a

    # ---------------------------------------------------------------- reading and writing elements

    def _values(self):
        """The elements in C order, as a list the caller must not change (it may be the buffer)."""
        full = self._full
        if full is None:
            full = self._full = (self._offset == 0 and len(self._buf) == _size_of(self._shape)
                                 and index_math.is_c_contiguous(self._shape, self._strides))
        if full:
            return self._buf
        return index_math.gather(self._buf, self._offset, self._shape, self._strides)

    def _assign(self, values):
        """Write a list of values (already of this dtype, in C order) into this array's elements."""
        if not self._writeable:
            raise ValueError("assignment destination is read-only")
        index_math.scatter(self._buf, self._offset, self._shape, self._strides, values)

    def _in_memory_order(self):
        """A view whose C order is the order the elements lie in memory (NumPy's order 'K').

        The axes are sorted by the size of their stride, largest first; NumPy does not reverse
        negative strides for this.
        """
        strides = self._strides
        order = sorted(range(len(strides)), key=lambda i: (-abs(strides[i]), i))
        return self._view(self._offset, tuple(self._shape[i] for i in order), tuple(strides[i] for i in order))

    # ---------------------------------------------------------------- attributes

    @property
    def shape(self):
        """The length of each axis, as a tuple."""
        return self._shape

    @shape.setter
    def shape(self, new_shape):
        new_shape = index_math.resolve_shape(_as_shape(new_shape, unknown_ok=True), self.size)
        strides = index_math.reshape_strides(self._shape, self._strides, new_shape)
        if strides is None:
            raise AttributeError(
                "Incompatible shape for in-place modification. Use `.reshape()` to make a copy with the "
                "desired shape."
            )
        self._shape, self._strides, self._full = new_shape, strides, None

    @property
    def ndim(self):
        """The number of axes."""
        return len(self._shape)

    @property
    def size(self):
        """The number of elements."""
        return _size_of(self._shape)

    @property
    def dtype(self):
        """The element type."""
        return self._dtype

    @property
    def itemsize(self):
        """Bytes per element, as NumPy stores them."""
        return self._dtype.itemsize

    @property
    def nbytes(self):
        """Bytes the elements would take in NumPy."""
        return self.size * self._dtype.itemsize

    @property
    def strides(self):
        """Bytes to step along each axis, as NumPy reports them."""
        return tuple(s * self._dtype.itemsize for s in self._strides)

    @property
    def base(self):
        """The array whose memory this one views, or None if it owns its memory."""
        return self._base

    @property
    def flags(self):
        """The layout flags: C_CONTIGUOUS, F_CONTIGUOUS, OWNDATA, WRITEABLE."""
        return flagsobj(self)

    @property
    def T(self):
        """The transpose: the axes in reverse order (a view)."""
        return self.transpose()

    @property
    def mT(self):
        """The transpose of the last two axes (a view), as in the array API."""
        if self.ndim < 2:
            raise ValueError("matrix transpose with ndim < 2 is undefined")
        return self.swapaxes(-1, -2)

    @property
    def flat(self):
        """An iterator over the elements in C order that also takes indices: ``a.flat[3] = 0``."""
        return flatiter(self)

    @property
    def real(self):
        """The real parts, a view (for real dtypes, the array itself).

        >>> z = array([1 + 2j, 3 - 4j]); r = z.real; r[0] = 9; z.tolist()
        [(9+2j), (3-4j)]
        """
        if self._dtype.kind != "c":
            return self
        return self._part_view(0)

    @real.setter
    def real(self, value):
        self.real[...] = value

    @property
    def imag(self):
        """The imaginary parts, a view (for real dtypes, read-only zeros)."""
        if self._dtype.kind != "c":
            zeros = ndarray._make([dtypes.converter(self._dtype)(0)] * self.size, self._shape, self._dtype)
            zeros._writeable = False
            return zeros
        return self._part_view(1)

    @imag.setter
    def imag(self, value):
        if self._dtype.kind != "c":
            raise TypeError("array does not have imaginary part to set")
        self.imag[...] = value

    def _part_view(self, part):
        """A float view of the real (part 0) or imaginary (part 1) parts, over the interleaved floats of
        a PartBuffer: NumPy's layout, so offsets and strides double (see core/complex_parts.py)."""
        view = self._view(2 * self._offset + part, self._shape, tuple(2 * s for s in self._strides),
                          dtypes.real_dtype(self._dtype))
        view._buf = complex_parts.PartBuffer(self._buf)
        view._full = False  # the buffer holds complex numbers, never this view's floats in C order
        return view

    @property
    def device(self):
        """The device the array lives on: always "cpu"."""
        return "cpu"

    def to_device(self, device, *, stream=None):
        """Return the array on device, which must be "cpu" (the array itself, as NumPy does).

        >>> a = array([1, 2]); a.to_device("cpu") is a
        True
        """
        if not isinstance(device, str):
            raise TypeError("to_device() argument 1 must be str, not %s" % (type(device).__name__,))
        check_device(device)
        if stream is not None:
            raise ValueError("The stream argument in to_device() is not supported")
        return self

    def __array_namespace__(self, *, api_version=None):
        """Return the Array API namespace of this array: tinynet itself, for any version up to 2024.12.

        >>> import tinynet
        >>> array([1]).__array_namespace__(api_version="2023.12") is tinynet
        True
        """
        if api_version is not None and api_version not in ("2021.12", "2022.12", "2023.12", "2024.12"):
            raise ValueError('Version "%s" of the Array API Standard is not supported.' % (api_version,))
        import tinynet

        return tinynet

    # ---------------------------------------------------------------- conversion

    def tolist(self):
        """Return the values as (nested) Python lists of bool, int, float or complex.

        >>> array([[1, 2], [3, 4]]).tolist()
        [[1, 2], [3, 4]]
        """
        values = self._values()
        if not self._shape:
            return values[0]
        return _unflatten(values, self._shape)

    # bytes and files (the layout is core/binary.py's; .npy files are lib/format.py's)

    def item(self, *args):
        """Return one element as a plain Python scalar (the only one, or at a position).

        >>> array([[1.5]]).item(), array([4, 5]).item(1), array([[1, 2], [3, 4]]).item(1, 0)
        (1.5, 5, 3)
        """
        if not args:
            if self.size != 1:
                raise ValueError("can only convert an array of size 1 to a Python scalar")
            return self._values()[0]
        if len(args) == 1 and isinstance(args[0], tuple):
            args = args[0]
        if len(args) == 1:
            i = _int_index(args[0])
            n = self.size
            if not -n <= i < n:
                raise IndexError("index %d is out of bounds for size %d" % (i, n))
            return self._values()[i % n]
        if len(args) != self.ndim:
            raise ValueError("incorrect number of indices for array")
        return self[tuple(args)].item()

    def astype(self, dtype, order="K", casting="unsafe", subok=True, copy=True):
        """Return the values cast to dtype (floats to ints truncate toward zero).

        >>> array([1.7, -1.7]).astype(int).tolist()
        [1, -1]
        """
        d = dtypes.as_dtype(dtype)
        if casting != "unsafe" and not dtypes.can_cast(self._dtype, d, casting):
            raise TypeError(
                "Cannot cast array data from %r to %r according to the rule '%s'" % (self._dtype, d, casting)
            )
        if d is self._dtype:
            return self.copy() if copy else self
        return ndarray._make(dtypes.cast(self._values(), self._dtype, d), self._shape, d)

    def copy(self, order="C"):
        """Return a copy that shares no memory with this array, laid out in the given order.

        Order 'C' is row-major, 'F' column-major, 'A' column-major only for an array laid out that way,
        'K' the order the elements lie in memory. The copy owns its memory in every order.

        >>> a = array([1, 2]); b = a.copy(); b[0] = 9; a.tolist()
        [1, 2]
        >>> f = array([[1, 2], [3, 4]]).copy(order="F")
        >>> f.flags["F_CONTIGUOUS"], f.flags["OWNDATA"], f.tolist()
        (True, True, [[1, 2], [3, 4]])
        """
        if order == "C" or self.ndim < 2:
            return ndarray._make(list(self._values()), self._shape, self._dtype)
        return self._copy_laid_out(order)

    def _copy_laid_out(self, order):
        """A copy that owns its memory, its axes laid out slowest to fastest as `order` ('C', 'F', 'A', 'K') says."""
        if order not in ("C", "F", "A", "K"):
            raise ValueError("order must be one of 'C', 'F', 'A', or 'K' (got %r)" % (order,))
        n = self.ndim
        if order == "C" or n < 2:
            axes = list(range(n))
        elif order == "F" or (self.flags.f_contiguous and not self.flags.c_contiguous):
            axes = list(range(n - 1, -1, -1))
        elif order == "A" or self.flags.c_contiguous:
            axes = list(range(n))
        else:  # 'K': the axes by the size of their strides, largest first
            strides = self._strides
            axes = sorted(range(n), key=lambda i: (-abs(strides[i]), i))
        return _owner_laid_out(self.transpose(axes)._values(), self._shape, self._dtype, axes)

    def _with_ndmin(self, ndmin):
        """This array with length-1 axes put in front until it has at least ndmin axes (np.array's ndmin)."""
        if self.ndim < ndmin:
            return self.reshape((1,) * (ndmin - self.ndim) + self._shape)
        return self

    def view(self, dtype=None):
        """Return a new array object that views the same memory."""
        if dtype is not None and dtypes.as_dtype(dtype) is not self._dtype:
            raise TypeError("tinynet views keep the dtype; use astype to convert")
        return self._view(self._offset, self._shape, self._strides)

    def fill(self, value):
        """Set every element to value (a scalar), in place; the value is converted even if there are none."""
        if isinstance(value, (list, tuple)):  # NumPy converts it as one scalar of the dtype: Python's rules
            value = _sequence_as_scalar(value, self._dtype)
        if not isinstance(value, ndarray):
            value = _one_value(value, self._dtype)
        self[...] = value

    def __copy__(self):
        return self.copy()

    def __deepcopy__(self, memo=None):
        return self.copy()

    # ---------------------------------------------------------------- shape (views where NumPy has them)

    def reshape(self, *shape, order="C", copy=None):
        """Return the elements in a new shape (a view when the layout allows); one length may be -1.

        >>> array([1, 2, 3, 4, 5, 6]).reshape(2, -1).tolist()
        [[1, 2, 3], [4, 5, 6]]
        >>> array([1, 2, 3, 4, 5, 6]).reshape((3, 2), order="F").tolist()
        [[1, 4], [2, 5], [3, 6]]
        """
        if len(shape) == 1:
            shape = shape[0]
        new_shape = index_math.resolve_shape(_as_shape(shape, unknown_ok=True), self.size)
        if order not in ("C", "F", "A", "K"):
            raise ValueError("order must be one of 'C', 'F', 'A' (got %r)" % (order,))
        if order in ("A", "K"):  # memory order: Fortran only for arrays laid out that way
            order = "F" if self.flags.f_contiguous and not self.flags.c_contiguous else "C"
        if not copy:
            strides = index_math.reshape_strides(self._shape, self._strides, new_shape, order)
            if strides is not None:
                return self._view(self._offset, new_shape, strides)
            if copy is False:
                raise ValueError("Unable to avoid creating a copy while reshaping.")
        # As NumPy does: copy in the order asked for, keeping the shape, then view the copy in the new shape
        # (so the result's base is the copy).
        copied = self.copy(order)
        strides = index_math.reshape_strides(copied._shape, copied._strides, new_shape, order)
        return copied._view(0, new_shape, strides)

    def ravel(self, order="C"):
        """Return the elements as a 1-d array (a view when the layout allows).

        >>> array([[1, 2], [3, 4]]).ravel().tolist(), array([[1, 2], [3, 4]]).ravel("F").tolist()
        ([1, 2, 3, 4], [1, 3, 2, 4])
        """
        if order == "K" and not (self.flags.c_contiguous or self.flags.f_contiguous):
            return self._in_memory_order().ravel()
        if order in ("A", "K"):
            order = "F" if self.flags.f_contiguous and not self.flags.c_contiguous else "C"
        contiguous = self.flags.f_contiguous if order == "F" else self.flags.c_contiguous
        if contiguous:
            return self.reshape((self.size,), order=order)
        values = self.transpose()._values() if order == "F" else self._values()
        return ndarray._make(list(values), (self.size,), self._dtype)  # a copy that owns its memory

    def flatten(self, order="C"):
        """Return a 1-d copy of the elements.

        >>> array([[1, 2], [3, 4]]).flatten().tolist()
        [1, 2, 3, 4]
        """
        flat = self.ravel(order)
        return flat.copy() if flat._buf is self._buf else flat

    def squeeze(self, axis=None):
        """Return a view without length-1 axes (or only those named).

        >>> array([[[1], [2]]]).squeeze().shape, array([[[1], [2]]]).squeeze(axis=0).shape
        ((2,), (2, 1))
        """
        if axis is None:
            axes = [i for i, n in enumerate(self._shape) if n == 1]
        else:
            axes = normalize_axis_tuple(axis, self.ndim)
            for i in axes:
                if self._shape[i] != 1:
                    raise ValueError("cannot select an axis to squeeze out which has size not equal to one")
        if not axes and axis is None:
            return self
        keep = [i for i in range(self.ndim) if i not in axes]
        return self._view(self._offset, tuple(self._shape[i] for i in keep), tuple(self._strides[i] for i in keep))

    def transpose(self, *axes):
        """Return a view with the axes permuted (reversed by default): T[j, i] = A[i, j].

        >>> array([[1, 2, 3], [4, 5, 6]]).transpose().tolist()
        [[1, 4], [2, 5], [3, 6]]
        >>> ndarray((2, 3, 4)).transpose(1, 0, 2).shape
        (3, 2, 4)
        """
        if not axes or axes == (None,):  # the common case: every axis reversed
            return self._view(self._offset, tuple(reversed(self._shape)), tuple(reversed(self._strides)))
        if len(axes) == 1 and not _is_integer(axes[0]):
            axes = axes[0]
        if axes is None:  # an empty tuple, a.transpose(()), is an order of no axes: for 0-d arrays only
            axes = tuple(range(self.ndim - 1, -1, -1))
        else:
            if len(axes) != self.ndim:
                raise ValueError("axes don't match array")
            axes = tuple(normalize_axis(a, self.ndim) for a in axes)
            if len(set(axes)) != len(axes):
                raise ValueError("repeated axis in transpose")
        return self._view(self._offset, tuple(self._shape[i] for i in axes), tuple(self._strides[i] for i in axes))

    # ---------------------------------------------------------------- indexing

    def __len__(self):
        if not self._shape:
            raise TypeError("len() of unsized object")
        return self._shape[0]

    def __iter__(self):
        if not self._shape:
            raise TypeError("iteration over a 0-d array")
        if len(self._shape) == 1:
            scalar = dtypes.scalar
            d = self._dtype
            return iter([scalar(x, d) for x in self._values()])
        return iter([self[i] for i in range(self._shape[0])])

    def __getitem__(self, key):
        shape = self._shape
        # The fast path training loops meet most: one int on the first axis.
        if type(key) is int and shape:
            n = shape[0]
            if not -n <= key < n:
                _check_c_long(key, index=True)
                raise IndexError("index %d is out of bounds for axis 0 with size %d" % (key, n))
            start = self._offset + (key % n) * self._strides[0]
            if len(shape) == 1:
                return dtypes.scalar(self._buf[start], self._dtype)
            return self._view(start, shape[1:], self._strides[1:])
        plan = index_math.resolve(_index_key(key), self._offset, shape, self._strides)
        if plan[0] == "view":
            _, offset, new_shape, strides = plan
            if not new_shape and not _has_ellipsis(key):
                return dtypes.scalar(self._buf[offset], self._dtype)
            return self._view(offset, new_shape, strides)
        _, positions, new_shape = plan
        buf = self._buf
        values = [buf[i] for i in positions]
        return ndarray._make(values, new_shape, self._dtype)

    def __setitem__(self, key, value):
        if not self._writeable:
            raise ValueError("assignment destination is read-only")
        shape = self._shape
        if type(key) is int and len(shape) == 1:  # v[i] = x
            n = shape[0]
            if not -n <= key < n:
                _check_c_long(key, index=True)
                raise IndexError("index %d is out of bounds for axis 0 with size %d" % (key, n))
            self._buf[self._offset + (key % n) * self._strides[0]] = _one_value(value, self._dtype)
            return
        mask = type(key) is ndarray and key._dtype is BOOL and len(key._shape) == len(shape)  # a[a > 2] = v
        key = _index_key(key)
        plan = index_math.resolve(key, self._offset, shape, self._strides)
        if plan[0] == "view":  # basic indexing: write row by row through the view's strides
            _, offset, target_shape, strides = plan
            if (isinstance(value, ndarray) and value._buf is self._buf and value._offset == offset
                    and value._shape == target_shape and value._strides == strides):
                return  # a[k] += v has written through the view already; Python now assigns it back
            values = _values_for(value, target_shape, self._dtype)
            index_math.scatter(self._buf, offset, target_shape, strides, values)
            return
        positions, target_shape = index_math.setitem_plan(key, self._offset, shape, self._strides)
        values = _advanced_values_for(value, target_shape, self._dtype, mask)
        buf = self._buf
        for i, v in zip(positions, values):
            buf[i] = v

    # ---------------------------------------------------------------- scalars

    def __float__(self):
        if self.size != 1 and _MICROPYTHON:
            # MicroPython tries float(right operand) for `0.5 * a` before a.__rmul__;
            # NotImplemented sends it on to __rmul__ as CPython would go directly.
            return NotImplemented
        return float(self._only_value())

    def __int__(self):
        return int(self._only_value())

    def __complex__(self):
        return complex(self._only_value())

    def __index__(self):
        if self._dtype.kind not in "iub" or self._shape:
            raise TypeError("only integer scalar arrays can be converted to a scalar index")
        return int(self._values()[0])

    def __bool__(self):
        if self.size == 1:
            return bool(self._values()[0])
        if self.size == 0:
            raise ValueError(
                "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that "
                "an array is not empty."
            )
        raise ValueError(
            "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()"
        )

    def _only_value(self):
        if self.size != 1:  # NumPy 2 still converts any size-1 array (with a DeprecationWarning past 0-d)
            raise TypeError("only length-1 arrays can be converted to Python scalars")
        return self._values()[0]

    def __round__(self, ndigits=None):
        if ndigits is None:
            return round(self._only_value())
        return self.round(ndigits)

    def __format__(self, spec):
        if not self._shape:
            return format(dtypes.scalar(self._values()[0], self._dtype), spec)
        if spec:
            raise TypeError("unsupported format string passed to numpy.ndarray.__format__")
        return str(self)

    def __array__(self, dtype=None, copy=None):
        """Hand NumPy a copy: np.asarray(a) for a tinynet array a, with the same dtype.

        Only NumPy calls this, so NumPy is already loaded; tinynet itself never imports it.
        """
        numpy = sys.modules["numpy"]
        return numpy.array(self.tolist(), dtype=self._dtype.name if dtype is None else dtype)


    # ---------------------------------------------------------------- operators (ufunc.py holds the rules)

    def __add__(self, other):
        return _ufunc.binary("add", self, other)

    def __radd__(self, other):
        return _ufunc.binary("add", other, self)

    def __iadd__(self, other):
        return _ufunc.inplace("add", self, other)

    def __sub__(self, other):
        return _ufunc.binary("subtract", self, other)

    def __rsub__(self, other):
        return _ufunc.binary("subtract", other, self)

    def __isub__(self, other):
        return _ufunc.inplace("subtract", self, other)

    def __mul__(self, other):
        return _ufunc.binary("multiply", self, other)

    def __rmul__(self, other):
        return _ufunc.binary("multiply", other, self)

    def __imul__(self, other):
        return _ufunc.inplace("multiply", self, other)

    def __truediv__(self, other):
        return _ufunc.binary("divide", self, other)

    def __rtruediv__(self, other):
        return _ufunc.binary("divide", other, self)

    def __itruediv__(self, other):
        return _ufunc.inplace("divide", self, other)

    def __floordiv__(self, other):
        return _ufunc.binary("floor_divide", self, other)

    def __rfloordiv__(self, other):
        return _ufunc.binary("floor_divide", other, self)

    def __ifloordiv__(self, other):
        return _ufunc.inplace("floor_divide", self, other)

    def __mod__(self, other):
        return _ufunc.binary("remainder", self, other)

    def __rmod__(self, other):
        return _ufunc.binary("remainder", other, self)

    def __imod__(self, other):
        return _ufunc.inplace("remainder", self, other)

    def __pow__(self, other):
        if type(other) is int and other == 2 and self._dtype is dtypes.BOOL:
            # NumPy's ** operator computes a ** 2 as np.square(a), whose bool loop is int8 (np.power's is int64)
            return _ufunc.binary("power", self.astype(dtypes.INT8), 2)
        return _ufunc.binary("power", self, other)

    def __rpow__(self, other):
        return _ufunc.binary("power", other, self)

    def __ipow__(self, other):
        return _ufunc.inplace("power", self, other)

    def __and__(self, other):
        return _ufunc.binary("bitwise_and", self, other)

    def __rand__(self, other):
        return _ufunc.binary("bitwise_and", other, self)

    def __iand__(self, other):
        return _ufunc.inplace("bitwise_and", self, other)

    def __or__(self, other):
        return _ufunc.binary("bitwise_or", self, other)

    def __ror__(self, other):
        return _ufunc.binary("bitwise_or", other, self)

    def __ior__(self, other):
        return _ufunc.inplace("bitwise_or", self, other)

    def __xor__(self, other):
        return _ufunc.binary("bitwise_xor", self, other)

    def __rxor__(self, other):
        return _ufunc.binary("bitwise_xor", other, self)

    def __ixor__(self, other):
        return _ufunc.inplace("bitwise_xor", self, other)

    def __lshift__(self, other):
        return _ufunc.binary("left_shift", self, other)

    def __rlshift__(self, other):
        return _ufunc.binary("left_shift", other, self)

    def __ilshift__(self, other):
        return _ufunc.inplace("left_shift", self, other)

    def __rshift__(self, other):
        return _ufunc.binary("right_shift", self, other)

    def __rrshift__(self, other):
        return _ufunc.binary("right_shift", other, self)

    def __irshift__(self, other):
        return _ufunc.inplace("right_shift", self, other)

    def __lt__(self, other):
        return _ufunc.binary("less", self, other)

    def __le__(self, other):
        return _ufunc.binary("less_equal", self, other)

    def __gt__(self, other):
        return _ufunc.binary("greater", self, other)

    def __ge__(self, other):
        return _ufunc.binary("greater_equal", self, other)

    def __eq__(self, other):
        result = _ufunc.binary("equal", self, other)
        return self._compare_each(other, True) if result is NotImplemented else result

    def __ne__(self, other):
        result = _ufunc.binary("not_equal", self, other)
        return self._compare_each(other, False) if result is NotImplemented else result

    def _compare_each(self, other, equal):
        """a == other for a non-numeric other (a string, None, any object): each element compared in
        Python, as NumPy 2 compares with such objects (so a == 'x' is all False, not one False)."""
        values = [bool(v == other) if equal else bool(v != other) for v in self._values()]
        return _ufunc.result(values, self._shape, BOOL)

    def __neg__(self):
        return _ufunc.unary_op("negative", self)

    def __pos__(self):
        return _ufunc.unary_op("positive", self)

    def __abs__(self):
        return _ufunc.unary_op("absolute", self)

    def __invert__(self):
        return _ufunc.unary_op("invert", self)

    def __divmod__(self, other):
        return _ufunc.binary("floor_divide", self, other), _ufunc.binary("remainder", self, other)

    def __rdivmod__(self, other):
        return _ufunc.binary("floor_divide", other, self), _ufunc.binary("remainder", other, self)

    # ---------------------------------------------------------------- products

    def __matmul__(self, other):
        product = _ufunc._matmul_same_dtype(self, other)  # the common case, first
        if product is None:
            return _ufunc.matmul_operator(self, other)
        return product

    def __rmatmul__(self, other):
        return _ufunc.matmul_operator(other, self)

    def __imatmul__(self, other):
        return _ufunc.inplace("matmul", self, other)

    def dot(self, other, out=None):
        """Return the dot product with other (see tinynet.dot).

        >>> array([[1, 2], [3, 4]]).dot(array([1, 1])).tolist()
        [3, 7]
        """
        return _ufunc.dot(self, other, out=out)

    # ---------------------------------------------------------------- reductions (reductions.py)

    def sum(self, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=True):
        """Return the sum over the given axes (None: all), adding floats in NumPy's pairwise order.

        >>> a = array([[1, 2, 3], [4, 5, 6]])
        >>> a.sum(), a.sum(axis=0).tolist(), a.sum(axis=1, keepdims=True).tolist()
        (np.int64(21), [5, 7, 9], [[6], [15]])
        """
        return _reductions.sum(self, axis, dtype, out, keepdims, initial, where)

    def prod(self, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=True):
        """Return the product over the given axes.

        >>> array([[1, 2], [3, 4]]).prod(axis=1).tolist()
        [2, 12]
        """
        return _reductions.prod(self, axis, dtype, out, keepdims, initial, where)

    def mean(self, axis=None, dtype=None, out=None, keepdims=False, where=True):
        """Return the arithmetic mean over the given axes: sum / count.

        >>> array([[1, 2], [3, 5]]).mean(axis=0).tolist()
        [2.0, 3.5]
        """
        return _reductions.mean(self, axis, dtype, out, keepdims, where)

    def var(self, axis=None, dtype=None, out=None, ddof=0, keepdims=False, where=True, mean=None, correction=None):
        """Return the variance: mean(abs(x - x.mean())**2), dividing by count - ddof.

        >>> array([1.0, 2.0, 3.0, 4.0]).var()
        np.float64(1.25)
        """
        return _reductions.var(self, axis, dtype, out, ddof, keepdims, where, correction)

    def std(self, axis=None, dtype=None, out=None, ddof=0, keepdims=False, where=True, mean=None, correction=None):
        """Return the standard deviation: the square root of var.

        >>> array([1.0, 2.0, 3.0, 4.0]).std()
        np.float64(1.118033988749895)
        """
        return _reductions.std(self, axis, dtype, out, ddof, keepdims, where, correction)

    def max(self, axis=None, out=None, keepdims=False, initial=None, where=True):
        """Return the largest element over the given axes (nan if any is nan, as NumPy).

        >>> array([[1, 5], [7, 2]]).max(axis=1).tolist()
        [5, 7]
        """
        return _reductions.extreme("maximum", self, axis, out, keepdims, initial, where)

    def min(self, axis=None, out=None, keepdims=False, initial=None, where=True):
        """Return the smallest element over the given axes (nan if any is nan, as NumPy).

        >>> array([[1, 5], [7, 2]]).min(axis=0).tolist()
        [1, 2]
        """
        return _reductions.extreme("minimum", self, axis, out, keepdims, initial, where)

    def argmax(self, axis=None, out=None, keepdims=False):
        """Return the index of the first largest element along an axis (flat index for None).

        >>> array([[1, 5], [7, 2]]).argmax(axis=1).tolist(), array([[1, 5], [7, 2]]).argmax()
        ([1, 0], np.int64(2))
        """
        return _reductions.arg("argmax", self, axis, out, keepdims)

    def argmin(self, axis=None, out=None, keepdims=False):
        """Return the index of the first smallest element along an axis.

        >>> array([3, 1, 1]).argmin()
        np.int64(1)
        """
        return _reductions.arg("argmin", self, axis, out, keepdims)

    def any(self, axis=None, out=None, keepdims=False, where=True):
        """Return whether any element over the given axes is true.

        >>> array([[0, 1], [0, 0]]).any(axis=1).tolist()
        [True, False]
        """
        return _reductions.logical("any", self, axis, out, keepdims, where)

    def all(self, axis=None, out=None, keepdims=False, where=True):
        """Return whether every element over the given axes is true.

        >>> array([[1, 1], [0, 1]]).all(axis=0).tolist()
        [False, True]
        """
        return _reductions.logical("all", self, axis, out, keepdims, where)

    def cumsum(self, axis=None, dtype=None, out=None):
        """Return running sums along an axis (None: over the flattened array).

        >>> array([[1, 2], [3, 4]]).cumsum().tolist(), array([[1, 2], [3, 4]]).cumsum(axis=0).tolist()
        ([1, 3, 6, 10], [[1, 2], [4, 6]])
        """
        return _reductions.cumulative("add", self, axis, dtype, out)

    def cumprod(self, axis=None, dtype=None, out=None):
        """Return running products along an axis (None: over the flattened array).

        >>> array([1, 2, 3, 4]).cumprod().tolist()
        [1, 2, 6, 24]
        """
        return _reductions.cumulative("multiply", self, axis, dtype, out)

    def clip(self, min=None, max=None, out=None, **kwargs):  # noqa: A002 - NumPy's parameter names
        """Return the array with values limited to [min, max].

        >>> array([-2, 0, 5]).clip(-1, 3).tolist()
        [-1, 0, 3]
        """
        return _ufunc.clip(self, min, max, out)

    def round(self, decimals=0, out=None):
        """Round half to even to the given number of decimals, as np.round does.

        >>> array([0.5, 1.5, 2.5, 2.675]).round().tolist(), array([2.675]).round(2).tolist()
        ([0.0, 2.0, 2.0, 3.0], [2.68])
        """
        return _ufunc.round_array(self, decimals, out)

    def nonzero(self):
        """Return a tuple of index arrays, one per axis, of the non-zero elements.

        >>> [i.tolist() for i in array([[0, 3], [4, 0]]).nonzero()]
        [[0, 1], [1, 0]]
        """
        return _reductions.nonzero(self)

    def conj(self):
        """Return the complex conjugate (the values themselves for real dtypes)."""
        return _ufunc.unary_op("conjugate", self)

    conjugate = conj

    # ---------------------------------------------------------------- sorting and searching (sorting.py)

    # ---------------------------------------------------------------- selection (core/selection.py)

    # ---------------------------------------------------------------- printing

    def __repr__(self):
        from tinynet.core import printing

        return printing.array_repr(self._values(), self._shape, self._dtype.name, flat=True)

    def __str__(self):
        from tinynet.core import printing

        return printing.array_str(self._values(), self._shape, self._dtype.name, flat=True)


ndarray.__module__ = "tinynet"


class flatiter:
    """Iterate over an array's elements in C order; index it as a 1-d array: ``a.flat[2] = 7``."""

    def __init__(self, array):
        self.base = array

    def __iter__(self):
        return iter(self.base.ravel())

    def __len__(self):
        return self.base.size

    def __getitem__(self, key):
        return self.base.reshape(-1)[key] if self.base.flags.c_contiguous else self.base.flatten()[key]

    def __setitem__(self, key, value):
        a = self.base
        positions = index_math.flat_positions(a._offset, a._shape, a._strides)
        view = ndarray._make(positions, (len(positions),), INT64)[key]
        targets = view.tolist() if isinstance(view, ndarray) else [int(view)]
        values = _values_for(value, (len(targets),), a._dtype) if targets else []
        if not a._writeable:
            raise ValueError("assignment destination is read-only")
        for i, v in zip(targets, values):
            a._buf[i] = v


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


def _is_integer(x):
    return isinstance(x, int) or (hasattr(x, "__index__") and not isinstance(x, (float, ndarray)))


def _int_index(x):
    if isinstance(x, bool) or not _is_integer(x):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)
    return int(x)


def _as_shape(shape, unknown_ok=False):
    """Turn an int or a sequence of ints into a shape tuple (TypeError for anything else).

    A negative length is an error, except in a reshape (unknown_ok), where it stands for the unknown one.
    """
    if _is_integer(shape) and not isinstance(shape, bool):
        shape = (int(shape),)
    else:
        if shape is None:
            raise TypeError("Use () not None as shape arguments")
        try:
            shape = tuple(shape)
        except TypeError:
            if isinstance(shape, (float, complex)):  # (NumPy's words for a single number that is not an int)
                raise TypeError("expected a sequence of integers or a single integer, got '%r'" % (shape,))
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(shape).__name__)
        shape = tuple(_int_index(n) for n in shape)
    if not unknown_ok:
        for n in shape:
            if n < 0 and n != -1:
                raise ValueError("negative dimensions are not allowed")
    return shape


def normalize_axis(axis, ndim, prefix=None):
    """Return axis as a non-negative int, checking it is in range (prefix: the argument's name for the error).

    >>> normalize_axis(-1, 2)
    1
    >>> normalize_axis(2, 2)
    Traceback (most recent call last):
      ...
    tinynet.AxisError: axis 2 is out of bounds for array of dimension 2
    """
    axis = _int_index(axis)
    if not -ndim <= axis < ndim:
        _check_c_long(axis)
        if prefix is not None:  # NumPy names the argument: "axis2: axis 2 is out of bounds ..."
            raise AxisError(axis, ndim, prefix)
        raise AxisError("axis %d is out of bounds for array of dimension %d" % (axis, ndim))
    return axis % ndim


def _check_c_long(n, index=False):
    """Raise NumPy's OverflowError for an int that a C long cannot hold (an axis or index past int64).

    As an index, NumPy reads an int first as an unsigned 64-bit one: from 2**64 on, and below -2**63, it
    refuses it as no integer at all (IndexError).
    """
    if index and (n >= 1 << 64 or n < -(1 << 63)):
        raise IndexError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or "
                         "boolean arrays are valid indices")
    if n >= 1 << 63 or n < -(1 << 63):
        raise OverflowError("Python int too large to convert to C long")


def normalize_axis_tuple(axis, ndim):
    """Return an axis argument (None, an int or a tuple) as a tuple of non-negative ints.

    >>> normalize_axis_tuple(None, 3), normalize_axis_tuple((-1, 0), 3)
    ((0, 1, 2), (2, 0))
    """
    if axis is None:
        return tuple(range(ndim))
    if isinstance(axis, (tuple, list)):
        axes = tuple(normalize_axis(a, ndim) for a in axis)
        if len(set(axes)) != len(axes):
            raise ValueError("duplicate value in 'axis'")
        return axes
    return (normalize_axis(axis, ndim),)


def _flatten(data, ndim):
    """The values of nested lists of depth ndim, in C order."""
    if ndim == 0:
        return [data]
    for _ in range(ndim - 1):
        data = [x for row in data for x in row]
    return list(data)


def _unflatten(values, shape):
    """Nested lists of the given shape from values in C order (a 0-d shape gives the one value)."""
    if not shape:
        return values[0]
    if _size_of(shape) == 0:
        return _empty_nest(shape)
    rows = list(values)
    for n in reversed(shape[1:]):
        rows = [rows[i:i + n] for i in range(0, len(rows), n)]
    return rows


def _empty_nest(shape):
    if not shape or shape[0] == 0:
        return []
    return [_empty_nest(shape[1:]) for _ in range(shape[0])]


def _has_ellipsis(key):
    return key is Ellipsis or (type(key) is tuple and any(k is Ellipsis for k in key))


def _index_key(key):
    """Turn the lists, ranges and arrays inside an index into index_math.IndexArray objects."""
    if type(key) is tuple:
        return tuple(_index_part(k) for k in key)
    if isinstance(key, list) and any(isinstance(k, (slice, type(None), type(Ellipsis))) for k in key):
        return tuple(_index_part(k) for k in key)  # NumPy's old rule for a list with slices in it
    return _index_part(key)


def _index_part(k):
    if isinstance(k, ndarray):
        if k._dtype.kind not in "iub":
            raise IndexError("arrays used as indices must be of integer (or boolean) type")
        if not k._shape and k._dtype is not BOOL:
            return int(k._values()[0])
        return index_math.IndexArray(list(k._values()), k._shape, k._dtype is BOOL)
    if hasattr(k, "_dtype") and hasattr(k, "item"):  # tinynet's NumPy-like scalars
        if k._dtype is BOOL:
            return bool(k)
        if k._dtype.kind in "iu":
            return int(k)
        raise IndexError(
            "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean "
            "arrays are valid indices"
        )
    if isinstance(k, (list, tuple, range)):
        return index_math.to_index_array(_plain(k))
    if hasattr(k, "tolist") and hasattr(k, "shape"):  # a NumPy array
        return _index_part(array(k))
    if type(k) is int:
        _check_c_long(k, index=True)
    return k


def _plain(obj):
    """Turn arrays (tinynet's or NumPy's) and NumPy scalars inside obj into plain Python."""
    if isinstance(obj, ndarray):
        return obj.tolist()
    if isinstance(obj, (list, tuple)):
        return [_plain(x) for x in obj]
    if isinstance(obj, (float, int, bool, complex)):
        return obj
    if isinstance(obj, range):
        return list(obj)
    tolist = getattr(obj, "tolist", None)  # NumPy arrays and scalars, tinynet's scalars
    if tolist is not None:
        return tolist()
    return obj


def _sequence_as_scalar(value, d):
    """Convert a list or tuple to one element of dtype d as NumPy's fill does: bools by truth, else refuse."""
    kind = type(value).__name__
    if d.kind == "b":
        return len(value) > 0
    if d.kind == "f":
        raise ValueError("setting an array element with a sequence.")
    if d.kind == "c":
        raise TypeError("must be real number, not %s" % kind)
    raise TypeError("int() argument must be a string, a bytes-like object or a real number, not '%s'" % kind)


def _one_value(value, d):
    """Convert a value assigned to one element: v[i] = x."""
    if isinstance(value, ndarray) or isinstance(value, (list, tuple)):
        values = _values_for(value, (), d)
        return values[0]
    return dtypes.convert_scalar(value, d)


def _advanced_values_for(value, shape, d, mask):
    """_values_for under an index array or mask (a copy's positions), with NumPy's words for a bad value."""
    if mask:  # one boolean mask as deep as the array: NumPy takes a 0-d or 1-d value only
        vshape = _shape_of_value(value)
        if len(vshape) > 1:
            raise TypeError("NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, "
                            "input has %d dimensions" % len(vshape))
        if vshape and vshape[0] not in (1, shape[0]):
            raise ValueError("NumPy boolean array indexing assignment cannot assign %d input values to the %d "
                             "output values where the mask is true" % (vshape[0], shape[0]))
    try:
        return _values_for(value, shape, d)
    except ValueError as error:
        if not str(error).startswith("could not broadcast"):
            raise
        raise ValueError("shape mismatch: value array of shape %s could not be broadcast to indexing result "
                         "of shape %s" % (_compact(_shape_of_value(value)), _compact(shape)))


def _shape_of_value(value):
    if isinstance(value, ndarray):
        return value._shape
    if isinstance(value, (list, tuple)):
        return to_data(value)[1]
    return ()


def _values_for(value, shape, d):
    """Return value cast to dtype d and broadcast to shape, as a list in C order."""
    size = _size_of(shape)
    if type(value) is float or type(value) is int or type(value) is bool or type(value) is str:
        return [dtypes.convert_scalar(value, d)] * size  # (a str is parsed: a[0] = "5" stores 5, as in NumPy)
    if isinstance(value, ndarray):
        source = value
    elif isinstance(value, (list, tuple)):
        values, vshape, _ = to_data(value, d)  # Python ints out of d's range raise, as in NumPy 2
        source = ndarray._make(values, vshape, d)
    else:
        source = asarray(value)
    vshape = source._shape
    # NumPy drops leading length-1 axes of the value when they don't fit.
    view = source
    while len(vshape) > len(shape) and vshape[0] == 1:
        vshape = vshape[1:]
        view = view._view(view._offset, vshape, view._strides[1:])
    if vshape != shape:
        strides = index_math.broadcast_strides(vshape, view._strides, shape)
        view = view._view(view._offset, shape, strides)
    values = view._values()
    if source._dtype is not d:
        values = dtypes.cast(values, source._dtype, d, setting=True)
    elif values is source._buf:
        values = list(values)  # a[::-1] = a reads everything before it writes
    elif source._buf is not None:
        values = list(values)
    return values


# --------------------------------------------------------------------------
# Selection helpers (for take, put, compress, choose, repeat)
# --------------------------------------------------------------------------


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


# --------------------------------------------------------------------------
# Building arrays from Python objects
# --------------------------------------------------------------------------


def to_data(obj, dtype=None):
    """Return (values in C order, shape, dtype) for any array-like: nested lists, scalars, arrays.

    >>> to_data([[1, 2], [3, 4.5]])
    ([1.0, 2.0, 3.0, 4.5], (2, 2), dtype('float64'))
    >>> to_data([True, False], dtype="int64")
    ([1, 0], (2,), dtype('int64'))
    """
    if isinstance(obj, ndarray):
        d = obj._dtype if dtype is None else dtypes.as_dtype(dtype)
        values = obj._values()
        if d is obj._dtype:
            return list(values), obj._shape, d
        return dtypes.cast(values, obj._dtype, d), obj._shape, d
    source_dtype = None
    if getattr(obj, "dtype", None) is not None and hasattr(obj, "tolist") and hasattr(obj, "shape"):
        source_dtype = _numpy_dtype(obj)  # a NumPy array or scalar keeps its dtype
        if dtype is None:
            dtype = source_dtype
    if source_dtype is not None and not isinstance(obj, (list, tuple)):  # a NumPy array: its own shape
        shape = tuple(obj.shape)
        values = _flatten(obj.tolist(), len(shape)) if shape else [obj.tolist()]
        met = [source_dtype]
        scalars_met = False
    else:
        shape, values, met, scalars_met = _shape_and_values(obj)
    if dtype is None:
        d = dtypes.infer_dtype(values) if (values or not met) and not scalars_met else met[0]
        for other in met:
            d = dtypes.promote(d, other)
        if not values and not met:
            d = FLOAT64
        return dtypes.from_python(values, d), shape, d
    d = dtypes.as_dtype(dtype)
    if source_dtype is not None and source_dtype is not d:
        return dtypes.cast(dtypes.from_python(values, source_dtype), source_dtype, d), shape, d
    return dtypes.from_python(values, d), shape, d


def _is_sequence(x):
    return isinstance(x, (list, tuple, range)) or (hasattr(x, "shape") and hasattr(x, "tolist") and x.shape != ())


def _inhomogeneous(shape):
    return ValueError(
        "setting an array element with a sequence. The requested array has an inhomogeneous shape after %d "
        "dimensions. The detected shape was %s + inhomogeneous part." % (len(shape), _compact(tuple(shape)))
    )


def _shape_and_values(obj):
    """Return (shape, values in C order, dtypes met, whether scalars were met) for nested sequences.

    The dtypes met are those of arrays and NumPy-like scalars inside, in order; where scalars were met,
    the dtype of the plain Python numbers comes first (NumPy promotes them in the order met).

    Walks level by level, not by recursion, so nesting depth costs no stack; NumPy's limit of 64
    dimensions and its error for ragged input apply.
    """
    met = []
    shape = []
    level = [obj]
    while level:
        first = level[0]
        if not _is_sequence(first):
            for item in level:
                if _is_sequence(item):
                    raise _inhomogeneous(shape)
            break
        n = len(first)
        expanded = []
        for item in level:
            if not _is_sequence(item) or len(item) != n:
                raise _inhomogeneous(shape)
            if not isinstance(item, (list, tuple, range)):  # an array inside: its values and its dtype
                met.append(_numpy_dtype(item) or item.dtype)
                item = item.tolist()
            expanded.extend(item)
        shape.append(n)
        if len(shape) > 64:
            raise ValueError(
                "setting an array element with a sequence. The requested array would exceed the maximum number "
                "of dimension of 64."
            )
        level = expanded
    values = level
    plain = None  # the values that were Python numbers, where NumPy-like scalars were met too
    for i, x in enumerate(values):
        t = type(x)
        if t is not float and t is not int and t is not bool and t is not complex and hasattr(x, "dtype"):
            d = _numpy_dtype(x)
            if d is not None:
                if plain is None:
                    plain = values[:i]
                met.append(d)
                values[i] = x.item()
                continue
        if plain is not None:
            plain.append(x)
    if plain is not None:  # a scalar's dtype is its own (np.float32(1) stays float32): infer from the rest
        if plain:
            met.insert(0, dtypes.infer_dtype(plain))
        return tuple(shape), values, met, True
    return tuple(shape), values, met, False


def _numpy_dtype(obj):
    try:
        return dtypes.as_dtype(obj.dtype.name)
    except (TypeError, AttributeError):
        return None


def check_device(device):
    """Raise ValueError unless device is None or tinynet's one device, "cpu" (the Array API's device=)."""
    if device is not None and device != "cpu":
        raise ValueError('Device not understood. Only "cpu" is allowed, but received: %s' % (device,))


def asarray(a, dtype=None, order=None, copy=None, device=None):
    """Return a as an ndarray, without copying if it already is one of that dtype.

    >>> asarray([1, 2]).tolist()
    [1, 2]
    """
    check_device(device)
    if isinstance(a, ndarray) and (dtype is None or dtypes.as_dtype(dtype) is a._dtype):
        if copy:
            return a.copy()
        return a
    if copy is False:  # a list, a scalar or a cast always builds a new array
        raise ValueError("Unable to avoid copy while creating an array as requested.")
    values, shape, d = to_data(a, dtype)
    return ndarray._make(values, shape, d)


def array(obj, dtype=None, copy=True, order="K", subok=False, ndmin=0, like=None):
    """Return a new array holding the values of obj (nested lists, scalars or arrays).

    The dtype is inferred as NumPy does (bool < int64 < float64 < complex128) unless given.

    >>> array([[1, 2], [3, 4]]).shape, array([1, 2.5]).dtype, array([True, False], dtype="int64").tolist()
    ((2, 2), dtype('float64'), [1, 0])
    """
    if copy is False or copy is None:
        result = asarray(obj, dtype, copy=copy)
    elif isinstance(obj, ndarray) and (dtype is None or dtypes.as_dtype(dtype) is obj._dtype):
        return obj._copy_laid_out(order)._with_ndmin(ndmin)  # 'K' keeps a transposed array's layout
    else:
        values, shape, d = to_data(obj, dtype)
        result = ndarray._make(values, shape, d)
        if order == "F" and result.ndim > 1:
            result = result._copy_laid_out("F")
    return result._with_ndmin(ndmin)


def _real_part(z):
    return z.real


def _imag_part(z):
    return z.imag


def _compact(shape):
    return format_shape(shape).replace(" ", "")


# The operators, products and reductions build arrays, so they load once the class exists.
from tinynet.core import ufunc as _ufunc  # noqa: E402
from tinynet.core import reductions as _reductions  # noqa: E402


# The rarely used methods (sorting, selection, resize, ...) live in core/array_methods.py.
_LATE_METHODS = ("setflags", "tobytes", "tofile", "swapaxes", "diagonal", "trace", "sort", "argsort", "partition",
                 "argpartition", "searchsorted", "take", "put", "compress", "choose", "repeat", "resize")


def _attach_late_methods():
    from tinynet.core import array_methods

    array_methods.attach(ndarray)


def _late_method(self, name):
    # MicroPython calls this only for names the class lacks: the first call of a rarely used method loads
    # core/array_methods.py and sets all of them on the class.
    if name in _LATE_METHODS and not hasattr(ndarray, name):
        _attach_late_methods()
        return getattr(self, name)
    raise AttributeError("'numpy.ndarray' object has no attribute %r" % name)


if _MICROPYTHON:
    ndarray.__getattr__ = _late_method
else:
    _attach_late_methods()  # CPython, PyPy: at once, so ndarray.sort and dir(ndarray) hold them as in NumPy
