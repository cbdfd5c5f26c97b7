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
``float`` (for float32, a float that float32 can hold exactly) or ``complex``.

This module holds the class and what every program uses of it: storage and views, construction, shape
and dtype, ``sum``.  The class gathers the rest from modules by concept: indexing (``a[i, j]``,
``a[key] = v``) from ``indexing``, Python's operators and conversions (``a + b``, ``float(a)``) from
``operators``, which hand over to ``ufunc``.  Building arrays from Python data is ``construct``'s, the
index arithmetic ``index_math``'s.  The methods a program rarely calls live in ``methods_layout``,
``methods_convert``, ``methods_math`` and ``array_methods``: the table ``_METHODS`` below names them,
and they join the class when first used.
"""

import sys

from tinynet.core import dtypes
from tinynet.core import index_math
from tinynet.core import memory

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

    @staticmethod
    def _make(buf, shape, dtype):
        """Wrap a fresh C-ordered buffer (already valid for dtype) as a new array that owns it.

        Every operation builds its result here, so it only fills the slots: the strides of a shape
        seen before come from a dictionary, without a call.  An empty result is the one that can
        have lengths past NumPy's index range (beside a 0), so only it is checked.
        """
        if not buf and shape:
            memory.check_view(shape, dtype)
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

    @property
    def shape(self):
        """The length of each axis, as a tuple."""
        return self._shape

    @shape.setter
    def shape(self, new_shape):
        new_shape = index_math.resolve_shape(_as_shape(new_shape, unknown_ok=True), self.size, self._dtype)
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
    def T(self):
        """The transpose: the axes in reverse order (a view)."""
        return self.transpose()

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

    def tolist(self):
        """Return the values as (nested) Python lists of bool, int, float or complex.

        >>> array([[1, 2], [3, 4]]).tolist()
        [[1, 2], [3, 4]]
        """
        values = self._values()
        if not self._shape:
            return values[0]
        return _unflatten(values, self._shape)

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

    def _with_ndmin(self, ndmin):
        """This array with length-1 axes put in front until it has at least ndmin axes (np.array's ndmin)."""
        if self.ndim < ndmin:
            return self.reshape((1,) * (ndmin - self.ndim) + self._shape)
        return self

    def transpose(self, *axes):
        """Return a view with the axes permuted (reversed by default): T[j, i] = A[i, j].

        >>> array([[1, 2, 3], [4, 5, 6]]).transpose().tolist()
        [[1, 4], [2, 5], [3, 6]]
        >>> ndarray((2, 3, 4)).transpose(1, 0, 2).shape
        (3, 2, 4)
        """
        if not axes or axes == (None,):  # the common case: every axis reversed
            return self._view(self._offset, tuple(reversed(self._shape)), tuple(reversed(self._strides)))
        return self._permuted(axes)

    def sum(self, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=True):
        """Return the sum over the given axes (None: all), adding floats in NumPy's pairwise order.

        >>> a = array([[1, 2, 3], [4, 5, 6]])
        >>> a.sum(), a.sum(axis=0).tolist(), a.sum(axis=1, keepdims=True).tolist()
        (np.int64(21), [5, 7, 9], [[6], [15]])
        """
        return _reductions.sum(self, axis, dtype, out, keepdims, initial, where)

    def __repr__(self):
        from tinynet.core import printing

        return printing.array_repr(self._values(), self._shape, self._dtype.name, flat=True)

    def __str__(self):
        from tinynet.core import printing

        return printing.array_str(self._values(), self._shape, self._dtype.name, flat=True)


ndarray.__module__ = "tinynet"


# --------------------------------------------------------------------------
# Methods that load on first use
# --------------------------------------------------------------------------

# Each module of core/ that holds rarely used methods, with the names it sets on the class.
_METHODS = {
    "methods_layout": "itemsize nbytes strides base flags mT flat _part_view _in_memory_order _copy_laid_out view "
                      "reshape _permuted ravel flatten squeeze",
    "methods_convert": "device to_device __array_namespace__ item fill __copy__ __deepcopy__ __index__ __round__ "
                       "__format__ __array__ __dlpack__ __dlpack_device__",
    "methods_math": "dot mean max min argmax prod var std argmin any all cumsum cumprod clip round nonzero conj conjugate",
    "array_methods": "setflags tobytes tofile swapaxes diagonal trace sort argsort partition argpartition "
                     "searchsorted take put compress choose repeat resize",
}


def _attach(module_name):
    """Import core/<module_name>.py and set the methods it holds on the class."""
    module = __import__("tinynet.core." + module_name, None, None, ["ndarray"])
    for name in _METHODS[module_name].split():
        setattr(ndarray, name, getattr(module, name))


def _late_method(self, name):
    # MicroPython calls this only for names the class lacks: the first use of a rarely used method loads
    # its module, which sets all of that module's methods on the class.
    for module_name, names in _METHODS.items():
        if name in names.split() and not hasattr(ndarray, name):
            _attach(module_name)
            return getattr(self, name)
    raise AttributeError("'numpy.ndarray' object has no attribute %r" % name)


# The building blocks load once the class exists (they import it); names other modules import from here
# are re-exported.
from tinynet.core.construct import _compact, _flatten, _unflatten, array, asarray, check_device, to_data  # noqa: E402,F401
from tinynet.core.indexing import (  # noqa: E402,F401
    _as_shape,
    _check_c_long,
    _has_ellipsis,
    _index_key,
    _int_index,
    _is_integer,
    _one_value,
    _values_for,
    normalize_axis,
    normalize_axis_tuple,
)
from tinynet.core import reductions as _reductions  # noqa: E402
from tinynet.core import indexing as _indexing  # noqa: E402
from tinynet.core import operators as _operators  # noqa: E402

# Indexing (core/indexing.py) and the operators (core/operators.py) live by concept in their modules; the
# class gathers them here.
ndarray.__len__, ndarray.__iter__ = _indexing.__len__, _indexing.__iter__
ndarray.__getitem__, ndarray.__setitem__ = _indexing.__getitem__, _indexing.__setitem__
ndarray.__delitem__ = _indexing.__delitem__
_operators.attach(ndarray)

if _MICROPYTHON:
    ndarray.__getattr__ = _late_method
else:  # CPython, PyPy: all at once, so ndarray.sort, dir(ndarray) and hasattr answer as in NumPy
    for _module_name in _METHODS:
        _attach(_module_name)
