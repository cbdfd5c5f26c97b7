"""NumPy-like scalars: what reductions and indexing return (where ``float`` can be subclassed; see ``scalars``).

``np.sum(a)`` in NumPy gives an ``np.float64``: it is a Python float, so it
prints and computes as one, and it also has ``.item()``, ``.round()``,
``.shape``, ``.dtype`` and every array method.  tinynet's scalars do the same:

    >>> x = float64(0.1) + 0.2
    >>> x, x.dtype, x.shape, x.item(), x.round(2), f"{x:.3f}"
    (np.float64(0.30000000000000004), dtype('float64'), (), 0.30000000000000004, np.float64(0.3), '0.300')
    >>> int64(6) / 4, 0.5 * int64(3), True_ & False_, ~True_
    (np.float64(1.5), np.float64(1.5), np.False_, np.False_)

As in NumPy, ``float64`` subclasses ``float``, while the integer and bool
scalars are their own types (not ``int`` or ``bool``): that way Python asks
them, not ``int``, how to compute ``0.5 * n``, and they answer as NumPy does.
They still work wherever Python wants an int (``range(n)``, ``xs[n]``).

MicroPython cannot subclass ``float`` soundly (``float(x)`` of such a
subclass raises there), so on MicroPython reductions return plain floats,
ints and bools, and these names only serve as ``dtype=`` arguments.
"""

from tinynet.core import dtypes
from tinynet.core import floats
from tinynet.core.dtypes import BOOL, COMPLEX64, FLOAT32, FLOAT64, INT64, UINT8, UINT64
from tinynet.core.ndarray import asarray, ndarray
from tinynet.core.ufunc import binary


def _is_array_like(value):
    return isinstance(value, (ndarray, list, tuple)) or (hasattr(value, "shape") and not hasattr(value, "_dtype"))


def _cast(value, d):
    """A scalar type called on an array casts it: an array, or a scalar for a 0-d array, as in NumPy."""
    result = asarray(value).astype(d)
    return dtypes.scalar(result._values()[0], d) if not result._shape else result


def _scalar_if_0d(value):
    """A 0-d array as the scalar of its dtype; anything else unchanged."""
    if type(value) is ndarray and not value._shape:
        return dtypes.scalar(value._values()[0], value._dtype)
    return value


class _ScalarMethods:
    """What every scalar shares: item(), dtype, and every array method through a 0-d array."""

    __slots__ = ()
    shape = ()
    ndim = 0
    size = 1

    def tolist(self):
        """Return the value as a plain Python number (as NumPy's scalars do)."""
        return self.item()

    @property
    def dtype(self):
        return self._dtype

    @property
    def itemsize(self):
        return self._dtype.itemsize

    def _as_array(self):
        return ndarray._make([self.item()], (), self._dtype)

    def __array__(self, dtype=None, copy=None):
        # NumPy asks for this when a scalar sits inside a list it converts.
        return self._as_array().__array__(dtype, copy)

    def __getattr__(self, name):
        # Every other array method (sum, mean, reshape, astype, T, ...) works on the scalar as on a
        # 0-d array, and a 0-d answer comes back as a scalar, as in NumPy (np.float32(1).copy() is a
        # float32; .ravel() is an array).
        if name.startswith("__"):
            raise AttributeError(name)
        value = getattr(self._as_array(), name)
        if type(value) is ndarray:
            return _scalar_if_0d(value)
        if callable(value):
            def method(*args, **kwargs):
                return _scalar_if_0d(value(*args, **kwargs))
            return method
        return value

    def __getitem__(self, key):
        """Index the scalar as a 0-d array: ``x[()]`` is x itself, ``x[...]`` a 0-d array, ``x[None]`` 1-d."""
        if type(key) is tuple and not key:
            return self
        try:
            return self._as_array()[key]
        except IndexError:
            raise IndexError("invalid index to scalar variable.")

    def __copy__(self):
        return self  # scalars are immutable

    def __deepcopy__(self, memo=None):
        return self

    def __repr__(self):
        from tinynet.core import printing  # loaded on first print: a board that only computes never needs it

        return printing.scalar_repr(self.item(), self._dtype.name)

    def __str__(self):
        from tinynet.core import printing

        return printing.scalar_str(self.item(), self._dtype.name)


# The ufunc behind each operator method, and whether the scalar is the right operand.
_UFUNCS = {
    "__add__": ("add", False), "__radd__": ("add", True),
    "__sub__": ("subtract", False), "__rsub__": ("subtract", True),
    "__mul__": ("multiply", False), "__rmul__": ("multiply", True),
    "__truediv__": ("divide", False), "__rtruediv__": ("divide", True),
    "__floordiv__": ("floor_divide", False), "__rfloordiv__": ("floor_divide", True),
    "__mod__": ("remainder", False), "__rmod__": ("remainder", True),
    "__pow__": ("power", False), "__rpow__": ("power", True),
    "__and__": ("bitwise_and", False), "__rand__": ("bitwise_and", True),
    "__or__": ("bitwise_or", False), "__ror__": ("bitwise_or", True),
    "__xor__": ("bitwise_xor", False), "__rxor__": ("bitwise_xor", True),
    "__lshift__": ("left_shift", False), "__rlshift__": ("left_shift", True),
    "__rshift__": ("right_shift", False), "__rrshift__": ("right_shift", True),
    "__lt__": ("less", False), "__le__": ("less_equal", False),
    "__gt__": ("greater", False), "__ge__": ("greater_equal", False),
    "__eq__": ("equal", False), "__ne__": ("not_equal", False),
}
_ARITHMETIC = tuple(name for name in _UFUNCS if _UFUNCS[name][0] in (
    "add", "subtract", "multiply", "divide", "floor_divide", "remainder", "power"))


def _as_array_operation(name, self, other):
    """Compute as NumPy does, on 0-d arrays: 1/0.0 is inf, int % 0 is 0, uint8 wraps."""
    ufunc, reflected = _UFUNCS[name]
    here = self._as_array()
    answer = binary(ufunc, other, here) if reflected else binary(ufunc, here, other)
    if ufunc == "multiply" and type(answer) is not ndarray and not isinstance(other, ndarray):
        d = getattr(answer, "_dtype", None)
        if d is COMPLEX64:
            return _complex64_product(self, other)
        if d is dtypes.COMPLEX128:  # NumPy's scalar product does not fuse a step, as its array loop does
            x = asarray(self).astype(d).item()
            return dtypes.scalar(x * asarray(other).astype(d).item(), d)  # (ar br - ai bi) + (ar bi + ai br) j
    return answer


def _complex64_product(a, b):
    """a * b for a complex64 scalar result, as NumPy's scalar computes it: each of the four products and
    the two sums rounds to float32 ((ar br - ai bi) + (ar bi + ai br) j; its arrays may fuse a step)."""
    x = asarray(a).astype(COMPLEX64).item()
    y = asarray(b).astype(COMPLEX64).item()
    products = dtypes.fix([x.real * y.real, x.imag * y.imag, x.real * y.imag, x.imag * y.real], FLOAT32)
    try:
        parts = [products[0] - products[1], products[2] + products[3]]
    except (OverflowError, ValueError):  # (MicroPython) inf - inf
        parts = [floats.nan, floats.nan]
    parts = dtypes.fix(parts, FLOAT32)
    return dtypes.scalar(complex(parts[0], parts[1]), COMPLEX64)


def _array_operation(name):
    def method(self, other):
        return _as_array_operation(name, self, other)

    return method


def _unary_array_operation(name):
    def method(self):
        return getattr(self._as_array(), name)()

    return method


def _float_method(name):
    base = getattr(float, name)
    if name in ("__pow__", "__rpow__"):  # (-1.0) ** 0.5 is nan for NumPy, complex for Python

        def power(self, other):
            if type(other) in (float, int) or isinstance(other, float64):
                base_, exponent = (self, other) if name == "__pow__" else (other, self)
                return float64(floats.power(float(base_), float(exponent)))  # C's pow, as NumPy's scalars
            return _as_array_operation(name, self, other)

        return power

    def method(self, other):
        # Python's float arithmetic is float64's; where it raises (1 / 0.0), NumPy's IEEE answer instead.
        try:
            result = base(self, other)
        except floats.ARITHMETIC_ERRORS:
            return _as_array_operation(name, self, other)
        return _new_float(float64, result) if type(result) is float else result

    return method


def _float_comparison(name):
    base = getattr(float, name)

    def method(self, other):
        result = base(self, other)
        if result is NotImplemented:
            return _as_array_operation(name, self, other)
        return bool_(result)  # NumPy compares scalars to np.True_ / np.False_

    return method


# --------------------------------------------------------------------------
# float64: a float subclass, as NumPy's is
# --------------------------------------------------------------------------

try:
    _new_float = float.__new__  # MicroPython's float has no __new__: float64 stays a plain float there

    class float64(_ScalarMethods, float):
        """NumPy's float64 scalar: a Python float that also knows its dtype.

        >>> float64(2) / 4, float64(1.0) / 0.0
        (np.float64(0.5), np.float64(inf))
        """

        __slots__ = ()
        _dtype = FLOAT64

        def __new__(cls, x=0.0):
            if type(x) is not float and _is_array_like(x):  # np.float64(a) casts an array, as in NumPy
                return _cast(x, FLOAT64)
            return float.__new__(cls, x)

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

    for _name in _ARITHMETIC:
        setattr(float64, _name, _float_method(_name))
    for _name in ("__lt__", "__le__", "__gt__", "__ge__", "__eq__", "__ne__"):
        setattr(float64, _name, _float_comparison(_name))
    float64.__hash__ = float.__hash__  # defining __eq__ would otherwise drop it
    SCALARS = float(float64(0.5)) == 0.5
except (AttributeError, TypeError):  # MicroPython
    SCALARS = False

if not SCALARS:

    class float64:  # noqa: F811 - a name for dtype=; values stay plain floats
        """NumPy's float64 (a name for dtype=; values are plain floats here)."""

        _dtype = FLOAT64

        def __new__(cls, x=0.0):
            return float(x)


# --------------------------------------------------------------------------
# Integer and bool scalars: their own types, as NumPy's are
# --------------------------------------------------------------------------


class _ValueScalar(_ScalarMethods):
    """A scalar that holds a plain Python value and does its arithmetic on 0-d arrays."""

    __slots__ = ("_value",)

    def item(self):
        """Return the value as a plain Python number."""
        return self._value

    def __bool__(self):
        return bool(self._value)

    def __int__(self):
        return int(self._value)

    def __index__(self):
        return int(self._value)

    def __float__(self):
        return float(self._value)

    def __hash__(self):
        return hash(self._value)

    def __format__(self, spec):
        return format(self._value, spec)

    def __trunc__(self):
        return int(self._value)

    def __floor__(self):
        return int(self._value)

    def __ceil__(self):
        return int(self._value)


for _name in _UFUNCS:
    setattr(_ValueScalar, _name, _array_operation(_name))
for _name in ("__neg__", "__pos__", "__abs__", "__invert__"):
    setattr(_ValueScalar, _name, _unary_array_operation(_name))


def _holding(cls, value):
    """A new scalar of class cls holding value (already of its dtype); the plain value where scalars are off."""
    if not SCALARS:
        return value
    self = object.__new__(cls)
    self._value = value
    return self


class _IntegerScalar(_ValueScalar):
    """An integer scalar; the value wraps into the dtype's range as NumPy's does."""

    __slots__ = ()

    def __new__(cls, value=0):
        if _is_array_like(value):  # np.int64(a > 0) casts an array, as in NumPy
            return _cast(value, cls._dtype)
        value = dtypes.convert_scalar(value, cls._dtype)
        return _holding(cls, value)

    def round(self, decimals=0):
        """Round to the given decimals (no change for decimals >= 0).

        >>> int64(1234).round(-2)
        np.int64(1200)
        """
        value = self._value
        if decimals < 0:
            value = int(floats.round_half_even(float(value), decimals))
        return type(self)(value)

    def __round__(self, ndigits=None):
        if ndigits is None:
            return self._value
        return self.round(ndigits)


class int64(_IntegerScalar):
    """NumPy's int64 scalar.

    >>> int64(3) * 2, 7 // int64(2), 1 / int64(0), range(int64(3))
    (np.int64(6), np.int64(3), np.float64(inf), range(0, 3))
    """

    __slots__ = ()
    _dtype = INT64


class uint8(_IntegerScalar):
    """NumPy's uint8 scalar: arithmetic wraps modulo 256.

    >>> uint8(200) + uint8(100)
    np.uint8(44)
    """

    __slots__ = ()
    _dtype = UINT8


class int8(_IntegerScalar):
    """NumPy's int8 scalar: arithmetic wraps at 8 bits.

    >>> int8(100) + int8(100)
    np.int8(-56)
    """

    __slots__ = ()
    _dtype = dtypes.INT8


class int16(_IntegerScalar):
    """NumPy's int16 scalar: two bytes, -2**15 .. 2**15 - 1; // and % round toward minus infinity.

    >>> int16(-5) // 2, int16(7) * int16(3), int16(7).itemsize
    (np.int16(-3), np.int16(21), 2)
    """

    __slots__ = ()
    _dtype = dtypes.INT16


class int32(_IntegerScalar):
    """NumPy's int32 scalar: -2**31 .. 2**31 - 1; % takes the sign of the divisor, as Python's does.

    >>> int32(7) % -3, int32(2) ** 10
    (np.int32(-2), np.int32(1024))
    """

    __slots__ = ()
    _dtype = dtypes.INT32


class uint16(_IntegerScalar):
    """NumPy's uint16 scalar: 0 .. 2**16 - 1; a Python int keeps the type (NEP 50) when it fits.

    >>> uint16(3) + 4, uint16(9) // uint16(2)
    (np.uint16(7), np.uint16(4))
    """

    __slots__ = ()
    _dtype = dtypes.UINT16


class uint32(_IntegerScalar):
    """NumPy's uint32 scalar: 0 .. 2**32 - 1; true division gives float64.

    >>> uint32(7) / 2, uint32(5) - 1
    (np.float64(3.5), np.uint32(4))
    """

    __slots__ = ()
    _dtype = dtypes.UINT32


class uint64(_IntegerScalar):
    """NumPy's uint64 scalar (the sum of uint8 values).

    >>> uint64(5)
    np.uint64(5)
    """

    __slots__ = ()
    _dtype = UINT64


class bool_(_ValueScalar):
    """NumPy's bool scalar: np.True_ and np.False_.

    It is true or false in ``if``, prints as True or False, and computes as a
    0-d bool array does: ``True_ + True_`` is ``True_``, ``True_ + 1`` is
    ``int64(2)``, and ``-True_`` raises.

    >>> bool_(2), bool_(0.0), bool_(1) == True, True_ + True_
    (np.True_, np.False_, np.True_, np.True_)
    """

    __slots__ = ()
    _dtype = BOOL

    def __new__(cls, value=False):
        if _is_array_like(value):
            return _cast(value, BOOL)
        value = bool(value)
        if not SCALARS:
            return value
        existing = _BOOLS.get(value)
        if existing is not None:
            return existing
        self = object.__new__(cls)
        self._value = value
        return self


_BOOLS = {}



class _FloatScalar(_ValueScalar):
    """A float scalar narrower than float64 (float32, float16): its value is rounded to the dtype.

    >>> float32(0.1), float32(0.1) + float32(0.2), float32(1) / 3
    (np.float32(0.1), np.float32(0.3), np.float32(0.33333334))
    """

    __slots__ = ()

    def __new__(cls, value=0.0):
        if _is_array_like(value):
            return _cast(value, cls._dtype)
        value = dtypes.convert_scalar(value, cls._dtype)
        return _holding(cls, value)

    def round(self, decimals=0):
        """Round half to even to the given decimals, as np.round does."""
        return type(self)(floats.round_half_even(self._value, decimals))

    def __round__(self, ndigits=None):
        if ndigits is None:
            return round(self._value)
        return self.round(ndigits)

    def is_integer(self):
        return self._value == int(self._value) if self._value == self._value and abs(self._value) != float("inf") else False


class float32(_FloatScalar):
    """NumPy's float32 scalar: single precision, printed with its shortest repr.

    Each result is rounded to the nearest float32 (24-bit significand: 16777217 is not one).

    >>> float32(0.1) + 0.2, float32(16777217)
    (np.float32(0.3), np.float32(1.6777216e+07))
    """

    __slots__ = ()
    _dtype = dtypes.FLOAT32


class float16(_FloatScalar):
    """NumPy's float16 scalar: half precision (11-bit significand, largest finite value 65504).

    >>> float16(2049), float16(1) / 3
    (np.float16(2.048e+03), np.float16(0.3333))
    """

    __slots__ = ()
    _dtype = dtypes.FLOAT16


class _ComplexScalar(_ValueScalar):
    """A complex scalar: its parts are float64 (complex128) or float32 (complex64)."""

    __slots__ = ()

    def __new__(cls, real=0.0, imag=None):
        if _is_array_like(real):
            return _cast(real, cls._dtype)
        value = complex(real) if imag is None else complex(real, imag)
        value = dtypes.convert_scalar(value, cls._dtype)
        return _holding(cls, value)

    def __complex__(self):
        return self._value

    def __abs__(self):
        """abs() of a complex scalar is C's hypot of the parts (abs() of a Python complex), rounded once to the
        part dtype, as in NumPy (np.absolute on arrays uses a scaled formula that can differ by 1 ulp from it:
        core/complex_abs.py)."""
        real = dtypes.real_dtype(self._dtype)
        return dtypes.scalar(dtypes.convert_scalar(floats.modulus(self._value.real, self._value.imag), real), real)

    @property
    def real(self):
        return dtypes.scalar(self._value.real, dtypes.real_dtype(self._dtype))

    @property
    def imag(self):
        return dtypes.scalar(self._value.imag, dtypes.real_dtype(self._dtype))


class complex64(_ComplexScalar):
    """NumPy's complex64 scalar: two float32 parts, each rounded as float32 is.

    >>> complex64(1 + 0.1j), complex64(1j) * 1j
    (np.complex64(1+0.1j), np.complex64(-1+0j))
    """

    __slots__ = ()
    _dtype = dtypes.COMPLEX64


class complex128(_ComplexScalar):
    """NumPy's complex128 scalar: two float64 parts (a Python complex with NumPy's methods).

    >>> complex128(1 + 2j) * 1j, abs(complex128(3 + 4j))
    (np.complex128(-2+1j), np.float64(5.0))
    """

    __slots__ = ()
    _dtype = dtypes.COMPLEX128

try:  # NumPy 2 calls its bool scalar type "bool" (np.bool_ is an alias); so do we
    bool_.__name__ = bool_.__qualname__ = "bool"
except (AttributeError, TypeError):  # MicroPython's class names are fixed
    pass

if SCALARS:
    True_ = bool_(True)
    _BOOLS[True] = True_
    False_ = bool_(False)
    _BOOLS[False] = False_
else:
    True_ = True
    False_ = False


def _result_maker(cls):
    """The d.make_scalar of scalar type cls: wrap a value an operation computed.

    A fast path for the scalars every reduction and 0-d result returns: a value that already is of the
    dtype's Python type and inside its range is wrapped as it is, which is what calling cls would give
    (its conversion leaves such a value unchanged) without the checks for arrays and Python numbers.
    Any other value, and the dtypes that round (float32, float16, complex64), go through cls itself.
    """
    d = cls._dtype
    if cls is float64:
        new_float = float.__new__

        def make(value):
            return new_float(float64, value) if type(value) is float else float64(value)

    elif cls is bool_:

        def make(value):
            return _BOOLS[value] if type(value) is bool else bool_(value)

    elif d.kind in "iu":
        low, high = d._min, d._max

        def make(value):
            if type(value) is int and low <= value <= high:
                return _holding(cls, value)
            return cls(value)

    elif cls is complex128:

        def make(value):
            return _holding(cls, value) if type(value) is complex else cls(value)

    else:
        make = cls
    return make


# Each dtype learns its scalar type: d.type, and d.make_scalar for the values operations return.
for _scalar_type in (bool_, int8, int16, int32, int64, uint8, uint16, uint32, uint64, float16, float32, float64,
                     complex64, complex128):
    _scalar_type._dtype.type = _scalar_type
    if SCALARS:
        _scalar_type._dtype.make_scalar = _result_maker(_scalar_type)


def is_scalar(x):
    """Return whether x is one of tinynet's NumPy-like scalars.

    >>> is_scalar(float64(1.0)), is_scalar(int64(1)), is_scalar(1.0)
    (True, True, False)
    """
    return isinstance(x, _ScalarMethods)
