"""The ndarray's layout methods a board rarely calls: flags, strides, base, flat, mT, squeeze, ravel,
flatten, view, and copies laid out in Fortran or memory order.

They are plain functions of ``self`` (properties where NumPy has attributes) that ``core/ndarray.py``
sets on the class: on CPython as it loads, on MicroPython on the first use of any of them, so
``import tinynet`` on a board neither compiles nor holds them.

>>> from tinynet import array
>>> a = array([[1, 2, 3], [4, 5, 6]])
>>> a.strides, a.T.flags["F_CONTIGUOUS"], a.ravel("F").tolist()
((24, 8), True, [1, 4, 2, 5, 3, 6])
"""

from tinynet.core import complex_parts
from tinynet.core import dtypes
from tinynet.core import index_math
from tinynet.core.dtypes import INT64
from tinynet.core.indexing import _as_shape, _is_integer, _values_for, normalize_axis, normalize_axis_tuple
from tinynet.core.ndarray import _c_strides, array, ndarray  # noqa: F401 - the examples use array


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

    # tinynet's items are always aligned and never written back from a copy
    aligned, writebackifcopy = True, False
    contiguous, fortran = c_contiguous, f_contiguous  # NumPy's older names

    # The combined flags: behaved = aligned and writeable; carray = behaved and C-contiguous; fnc =
    # Fortran- and not C-contiguous; forc = either order.  NumPy's farray asks for any one of aligned,
    # writeable and Fortran-contiguous, and not C-contiguous: with aligned items, any array not in C order.
    @property
    def behaved(self):
        return self.writeable

    @property
    def carray(self):
        return self.writeable and self.c_contiguous

    @property
    def fnc(self):
        return self.f_contiguous and not self.c_contiguous

    @property
    def farray(self):
        return not self.c_contiguous

    @property
    def forc(self):
        return self.f_contiguous or self.c_contiguous

    @property
    def num(self):
        """The flags as NumPy's bit mask: C 1, F 2, OWNDATA 4, ALIGNED 256, WRITEABLE 1024."""
        return self.c_contiguous + 2 * self.f_contiguous + 4 * self.owndata + 256 + 1024 * self.writeable

    _NAMES = {"C_CONTIGUOUS": "c_contiguous", "CONTIGUOUS": "c_contiguous", "C": "c_contiguous",
              "F_CONTIGUOUS": "f_contiguous", "FORTRAN": "f_contiguous", "F": "f_contiguous",
              "OWNDATA": "owndata", "O": "owndata", "WRITEABLE": "writeable", "W": "writeable",
              "ALIGNED": "aligned", "A": "aligned", "WRITEBACKIFCOPY": "writebackifcopy", "X": "writebackifcopy",
              "BEHAVED": "behaved", "B": "behaved", "CARRAY": "carray", "CA": "carray", "FARRAY": "farray",
              "FA": "farray", "FNC": "fnc", "FORC": "forc"}

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


class flatiter:
    """An iterator over an array's elements in C order, that also indexes like a 1-d view: ``a.flat[2] = 7``.

    ``index`` is the flat position of the next element and ``coords`` its N-d index; indexing starts the
    iteration over (as NumPy's does).  ``copy()`` is ``a.flatten()``.

    >>> it = array([[1, 2], [3, 4]]).flat
    >>> next(it), it.index, it.coords, it[[0, 3]].tolist()
    (np.int64(1), 1, (0, 1), [1, 4])
    """

    def __init__(self, array):
        self.base = array
        self.index = 0
        self._walk = None  # the 1-d array the iteration reads (a view where the array is C-contiguous)

    @property
    def coords(self):
        """The N-d index of the next element: index unravelled over the array's shape (C order)."""
        coords = []
        rest = self.index
        for side in reversed(self.base._shape[1:]):
            rest, i = divmod(rest, side) if side else (rest, 0)
            coords.append(i)
        coords.append(rest)
        return tuple(reversed(coords)) if self.base._shape else ()

    def __iter__(self):
        return self

    def __next__(self):
        if self.index >= self.base.size:
            raise StopIteration
        if self._walk is None:
            self._walk = self._flat()
        value = self._walk[self.index]
        self.index += 1
        return value

    def __len__(self):
        return self.base.size

    def _flat(self):
        return self.base.reshape(-1) if self.base.flags.c_contiguous else self.base.flatten()

    def copy(self):
        """Return the elements as a new 1-d array (a.flatten())."""
        return self.base.flatten()

    def __array__(self, dtype=None, copy=None):
        return self.base.flatten().__array__(dtype)  # for NumPy: numpy.asarray(a.flat)

    def __getitem__(self, key):
        self.index, self._walk = 0, None
        return self._flat()[key]

    def __setitem__(self, key, value):
        self.index, self._walk = 0, None
        a = self.base
        positions = index_math.flat_positions(a._offset, a._shape, a._strides)
        view = ndarray._make(positions, (len(positions),), INT64)[key]
        targets = view.tolist() if isinstance(view, ndarray) else [int(view)]
        values = _values_for(value, (len(targets),), a._dtype) if targets else []
        if not a._writeable:
            raise ValueError("assignment destination is read-only")
        for i, v in zip(targets, values):
            a._buf[i] = v


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
def mT(self):
    """The transpose of the last two axes (a view), as in the array API."""
    if self.ndim < 2:
        raise ValueError("matrix transpose with ndim < 2 is undefined")
    return self.swapaxes(-1, -2)


@property
def flat(self):
    """An iterator over the elements in C order that also takes indices: ``a.flat[3] = 0``."""
    return flatiter(self)


def _part_view(self, part):
    """A float view of the real (part 0) or imaginary (part 1) parts, over the interleaved floats of
    a PartBuffer: NumPy's layout, so offsets and strides double (see core/complex_parts.py)."""
    view = self._view(2 * self._offset + part, self._shape, tuple(2 * s for s in self._strides),
                      dtypes.real_dtype(self._dtype))
    view._buf = complex_parts.PartBuffer(self._buf)
    view._full = False  # the buffer holds complex numbers, never this view's floats in C order
    return view


def _in_memory_order(self):
    """A view whose C order is the order the elements lie in memory (NumPy's order 'K').

    The axes are sorted by the size of their stride, largest first; NumPy does not reverse
    negative strides for this.
    """
    strides = self._strides
    order = sorted(range(len(strides)), key=lambda i: (-abs(strides[i]), i))
    return self._view(self._offset, tuple(self._shape[i] for i in order), tuple(strides[i] for i in order))


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


def view(self, dtype=None):
    """Return a new array object that views the same memory."""
    if dtype is not None and dtypes.as_dtype(dtype) is not self._dtype:
        raise TypeError("tinynet views keep the dtype; use astype to convert")
    return self._view(self._offset, self._shape, self._strides)


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
    if not self._shape and type(axis) is int and (axis == 0 or axis == -1):
        axis = ()  # NumPy lets a 0-d array squeeze its axis 0 (or -1), an integer, not a tuple: a view
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


def reshape(self, *shape, order="C", copy=None):
    """Return the elements in a new shape (a view when the layout allows); one length may be -1.

    >>> array([1, 2, 3, 4, 5, 6]).reshape(2, -1).tolist()
    [[1, 2, 3], [4, 5, 6]]
    >>> array([1, 2, 3, 4, 5, 6]).reshape((3, 2), order="F").tolist()
    [[1, 4], [2, 5], [3, 6]]
    """
    if len(shape) == 1:
        shape = shape[0]
    new_shape = index_math.resolve_shape(_as_shape(shape, unknown_ok=True), self.size, self._dtype)
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


def _permuted(self, axes):
    """transpose(*axes) for an explicit order of the axes (the class's transpose does the plain reversal)."""
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
