"""NumPy-like scalars: what reductions and indexing return.

``np.sum(a)`` in NumPy gives an ``np.float64``: it is a Python float, so it
prints and computes as one, and it also has ``.item()``, ``.round()``,
``.shape``, ``.dtype`` and every array method.  tinynet's scalars do the same:

    >>> x = float64(0.1) + 0.2
    >>> x, x.dtype, x.shape, x.item(), x.round(2), f"{x:.3f}"
    (np.float64(0.30000000000000004), dtype('float64'), (), 0.30000000000000004, np.float64(0.3), '0.300')
    >>> int64(6) / 4, True_ & False_, ~True_
    (np.float64(1.5), np.False_, np.False_)

MicroPython cannot subclass ``float`` or ``int`` soundly (``float(x)`` of
such a subclass raises there), so on MicroPython reductions return plain
floats, ints and bools, and these names only serve as ``dtype=`` arguments.
"""

from . import floats, printing
from .dtypes import BOOL, FLOAT64, INT64, UINT8, UINT64
from .ndarray import binary, ndarray


class _ScalarMethods:
    """What every scalar shares: the 0-d array view, item() and array methods."""

    __slots__ = ()
    shape = ()
    ndim = 0
    size = 1

    def item(self):
        """Return the value as a plain Python number."""
        return self._dtype.python_type(self)

    def tolist(self):
        """Return the value as a plain Python number (as NumPy's scalars do)."""
        return self.item()

    @property
    def dtype(self):
        return self._dtype

    @property
    def itemsize(self):
        return self._dtype.itemsize

    def __getattr__(self, name):
        # Every other array method (sum, mean, reshape, astype, T, ...) works
        # on the scalar as on a 0-d array, as in NumPy.
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(ndarray._wrap(self.item(), (), self._dtype), name)

    def __repr__(self):
        return printing.scalar_repr(self.item(), self._dtype.name)

    def __str__(self):
        return printing.scalar_str(self.item(), self._dtype.name)


# The ufunc behind each arithmetic method, and whether the scalar is the right operand.
_UFUNCS = {
    "__add__": ("add", False), "__radd__": ("add", True),
    "__sub__": ("subtract", False), "__rsub__": ("subtract", True),
    "__mul__": ("multiply", False), "__rmul__": ("multiply", True),
    "__truediv__": ("divide", False), "__rtruediv__": ("divide", True),
    "__floordiv__": ("floor_divide", False), "__rfloordiv__": ("floor_divide", True),
    "__mod__": ("remainder", False), "__rmod__": ("remainder", True),
    "__pow__": ("power", False), "__rpow__": ("power", True),
}


def _as_array_operation(name, self, other):
    """Do scalar arithmetic as NumPy does it, on 0-d arrays: 1/0.0 is inf, int % 0 is 0."""
    ufunc, reflected = _UFUNCS[name]
    here = ndarray._wrap(self.item(), (), self._dtype)
    return binary(ufunc, other, here) if reflected else binary(ufunc, here, other)


def _float_method(name):
    base = getattr(float, name)

    def method(self, other):
        if name in ("__pow__", "__rpow__"):  # (-1.0) ** 0.5 is nan for NumPy, complex for Python
            return _as_array_operation(name, self, other)
        try:
            result = base(self, other)
        except floats.ARITHMETIC_ERRORS:
            return _as_array_operation(name, self, other)
        return float64(result) if type(result) is float else result

    return method


def _int_method(name):
    base = getattr(int, name)

    def method(self, other):
        if type(other) is float or name in ("__pow__", "__rpow__", "__truediv__", "__rtruediv__"):
            return _as_array_operation(name, self, other)
        try:
            result = base(self, other)
        except floats.ARITHMETIC_ERRORS:
            return _as_array_operation(name, self, other)
        if type(result) is int:
            return type(self)(result)
        return float64(result) if type(result) is float else result

    return method


_ARITHMETIC = (
    "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__",
    "__truediv__", "__rtruediv__", "__floordiv__", "__rfloordiv__",
    "__mod__", "__rmod__", "__pow__", "__rpow__",
)

try:

    class float64(_ScalarMethods, float):
        """NumPy's float64 scalar: a Python float that also knows its dtype.

        >>> float64(2) / 4
        np.float64(0.5)
        """

        __slots__ = ()
        _dtype = FLOAT64

        def item(self):
            """Return the value as a plain Python float."""
            return float(self)

        def round(self, decimals=0):
            """Round half to even to the given decimals, as np.round does."""
            return float64(floats.round_half_even(float(self), decimals))

        def __round__(self, ndigits=None):
            if ndigits is None:
                return round(float(self))
            return self.round(ndigits)

        def __neg__(self):
            return float64(-float(self))

        def __pos__(self):
            return self

        def __abs__(self):
            return float64(abs(float(self)))

    class int64(_ScalarMethods, int):
        """NumPy's int64 scalar: a Python int that also knows its dtype.

        >>> int64(3) * 2
        np.int64(6)
        """

        __slots__ = ()
        _dtype = INT64

        def item(self):
            """Return the value as a plain Python int."""
            return int(self)

        def round(self, decimals=0):
            """Round to the given decimals (no change for decimals >= 0)."""
            value = int(self)
            if decimals < 0:
                value = int(floats.round_half_even(float(value), decimals))
            return type(self)(value)

        def __neg__(self):
            return type(self)(-int(self))

        def __pos__(self):
            return self

        def __abs__(self):
            return type(self)(abs(int(self)))

    class uint8(int64):
        """NumPy's uint8 scalar.

        >>> uint8(200) + uint8(100)
        np.uint8(44)
        """

        __slots__ = ()
        _dtype = UINT8

        def __new__(cls, value=0):
            return int.__new__(cls, int(value) & 0xFF)

    class uint64(int64):
        """NumPy's uint64 scalar (the sum of uint8 values).

        >>> uint64(5)
        np.uint64(5)
        """

        __slots__ = ()
        _dtype = UINT64

        def __new__(cls, value=0):
            return int.__new__(cls, int(value) & (2 ** 64 - 1))

    for _name in _ARITHMETIC:
        setattr(float64, _name, _float_method(_name))
        setattr(int64, _name, _int_method(_name))
    SUBCLASSES_WORK = float(float64(0.5)) == 0.5 and int(int64(2)) == 2
except (AttributeError, TypeError):  # MicroPython
    SUBCLASSES_WORK = False

if not SUBCLASSES_WORK:

    class float64:  # noqa: F811 - a name for dtype=; values stay plain floats
        """NumPy's float64 (a name for dtype=; values are plain floats here)."""

        def __new__(cls, x=0.0):
            return float(x)

    class int64:  # noqa: F811
        """NumPy's int64 (a name for dtype=; values are plain ints here)."""

        def __new__(cls, x=0):
            return int(x)

    class uint8:  # noqa: F811
        """NumPy's uint8 (a name for dtype=; values are plain ints here)."""

        def __new__(cls, x=0):
            return int(x) & 0xFF

    class uint64:  # noqa: F811
        """NumPy's uint64 (a name for dtype=; values are plain ints here)."""

        def __new__(cls, x=0):
            return int(x) & (2 ** 64 - 1)


class bool_(_ScalarMethods):
    """NumPy's bool scalar: np.True_ and np.False_.

    It is true or false in ``if``, prints as True or False, and combines
    with ``&``, ``|``, ``^`` and ``~`` as NumPy's does.

    >>> bool_(2), bool_(0.0), bool_(1) == True
    (np.True_, np.False_, True)
    """

    __slots__ = ("_value",)
    _dtype = BOOL

    def __new__(cls, value=False):
        if not SUBCLASSES_WORK:
            return bool(value)
        value = bool(value)
        existing = _BOOLS.get(value)
        if existing is not None:
            return existing
        self = object.__new__(cls)
        self._value = value
        return self

    def item(self):
        """Return the value as a plain Python bool."""
        return self._value

    def __bool__(self):
        return self._value

    def __int__(self):
        return int(self._value)

    def __float__(self):
        return float(self._value)

    def __index__(self):
        return int(self._value)

    def __hash__(self):
        return hash(self._value)

    def __eq__(self, other):
        return self._value == _plain(other)

    def __ne__(self, other):
        return self._value != _plain(other)

    def __format__(self, spec):
        return format(self._value, spec)

    def __lt__(self, other):
        return self._value < _plain(other)

    def __le__(self, other):
        return self._value <= _plain(other)

    def __gt__(self, other):
        return self._value > _plain(other)

    def __ge__(self, other):
        return self._value >= _plain(other)


def _bool_array_method(name):
    def method(self, *args):
        return getattr(ndarray._wrap(self._value, (), BOOL), name)(*args)

    return method


# Arithmetic on a bool scalar is arithmetic on a 0-d bool array, as in NumPy
# (True_ + True_ is True_, True_ + 1 is int64(2), -True_ raises).
for _name in _ARITHMETIC + (
    "__and__", "__rand__", "__or__", "__ror__", "__xor__", "__rxor__", "__neg__", "__pos__", "__abs__", "__invert__",
):
    setattr(bool_, _name, _bool_array_method(_name))

_BOOLS = {}

try:  # NumPy 2 calls its bool scalar type "bool" (np.bool_ is an alias); so do we
    bool_.__name__ = bool_.__qualname__ = "bool"
except (AttributeError, TypeError):  # MicroPython's class names are fixed
    pass


def _plain(x):
    return x._value if isinstance(x, bool_) else x


if SUBCLASSES_WORK:
    True_ = bool_(True)
    _BOOLS[True] = True_
    False_ = bool_(False)
    _BOOLS[False] = False_
    FLOAT64.make_scalar = float64
    INT64.make_scalar = int64
    UINT8.make_scalar = uint8
    UINT64.make_scalar = uint64
    BOOL.make_scalar = bool_
else:
    True_ = True
    False_ = False

FLOAT64.type = float64
INT64.type = int64
UINT8.type = uint8
UINT64.type = uint64
BOOL.type = bool_


def is_scalar(x):
    """Return whether x is one of tinynet's NumPy-like scalars.

    >>> is_scalar(float64(1.0)), is_scalar(1.0)
    (True, False)
    """
    return isinstance(x, _ScalarMethods)
