"""The fourteen dtypes, NumPy 2's promotion and casting rules, and the kernels that keep values in range.

An array stores plain Python values; its dtype says which values are allowed:

    ==========  ====  ===========================================  ===========
    dtype       kind  Python values                                NumPy char
    ==========  ====  ===========================================  ===========
    bool        b     bool                                         ``?``
    int8 ...    i     int in -2**(bits-1) .. 2**(bits-1) - 1       ``b h i l``
    uint8 ...   u     int in 0 .. 2**bits - 1                      ``B H I L``
    float16     f     float exactly representable in binary16      ``e``
    float32     f     float exactly representable in binary32      ``f``
    float64     f     float                                        ``d``
    complex64   c     complex whose parts are binary32 values      ``F``
    complex128  c     complex                                      ``D``
    ==========  ====  ===========================================  ===========

(the integers come in 8, 16, 32 and 64 bits).  Arithmetic is done on the
Python values and ``fix`` puts each result back into range: integers wrap
around modulo ``2**bits`` and float32 rounds to the nearest binary32 value.

    >>> dtype("f4"), as_dtype(int), as_dtype(complex), dtype("float32") == "single"
    (dtype('float32'), dtype('int64'), dtype('complex128'), True)
    >>> promote(INT8, UINT8), promote(INT64, UINT64), promote(FLOAT16, INT16)
    (dtype('int16'), dtype('float64'), dtype('float32'))
    >>> promote_weak(UINT8, 3), promote_weak(FLOAT32, 0.5), promote_weak(INT8, 0.5)
    (dtype('uint8'), dtype('float32'), dtype('float64'))
    >>> fix([127, 128, -129], INT8), fix([0.1], FLOAT32)
    ([127, -128, 127], [0.10000000149011612])
    >>> cast([2.9, -2.9, 300.0], FLOAT64, UINT8)
    [2, 254, 44]

Promotion follows NEP 50 (NumPy 2): a Python ``bool``, ``int``, ``float`` or
``complex`` is "weak" and takes the array's dtype when the array's kind can
hold it.  Casting follows ``ndarray.astype``; where C leaves a conversion
undefined (nan or a float out of range to an integer), the result is the one
NumPy gives on x86-64 (see ``cast``).

The scalar types (``float64``, ``int8``, ...) are defined in ``scalars``,
which registers them here as each dtype's ``type`` and ``make_scalar``.
"""

import math
import struct
import sys
from array import array

from tinynet.core.errors import ComplexWarning
from tinynet.core.errors import warn as _errors_warn

try:
    _RUNTIME_WARNING = RuntimeWarning
except NameError:  # MicroPython has no warning classes
    _RUNTIME_WARNING = Exception

_INF = float("inf")

# On most MicroPython boards ``float`` is IEEE binary32: there 1 + 2**-24 rounds
# back to 1 (a tie, broken to even), while in binary64 it is exact.
FLOAT_IS_SINGLE = 1.0 + 2.0 ** -24 == 1.0


def _warn(message, category):
    """Issue a warning as NumPy does: floating-point ones through the error state (``errors.warn``)."""
    _errors_warn(message, category, stacklevel=4)


# --------------------------------------------------------------------------
# dtype objects
# --------------------------------------------------------------------------


class dtype:
    """The type of an array's elements: dtype('float64'), dtype('int8'), ...

    ``dtype(spec)`` accepts what ``np.dtype`` accepts for these dtypes: names
    ('float32', 'single'), codes ('f4', '<f4', 'f'), Python types and scalar types.

    >>> d = dtype("int16")
    >>> d.kind, d.itemsize, d.char, d.str, d.byteorder, d.alignment
    ('i', 2, 'h', '<i2', '=', 2)
    >>> dtype("xyz")
    Traceback (most recent call last):
      ...
    TypeError: data type 'xyz' not understood
    """

    shape = ()
    ndim = 0
    isnative = True
    names = None
    fields = None
    subdtype = None
    hasobject = False

    def __new__(cls, spec="float64", align=False, copy=False):
        return as_dtype(spec)

    def __repr__(self):
        return "dtype('%s')" % self.name

    def __str__(self):
        return self.name

    def __eq__(self, other):
        if isinstance(other, dtype):
            return self is other
        try:
            return as_dtype(other) is self
        except (TypeError, ValueError):
            return False

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self.name)

    def __reduce__(self):
        return (dtype, (self.name,))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def base(self):
        """The dtype itself (NumPy's base of a sub-array dtype)."""
        return self

    @property
    def descr(self):
        """The array-interface description, [('', '<f8')]."""
        return [("", self.str)]


def _make_dtype(name, kind, itemsize, char, python_type):
    d = object.__new__(dtype)
    d.name = name
    d.kind = kind
    d.itemsize = itemsize
    d.char = char
    d.python_type = python_type
    d.str = ("|" if itemsize == 1 else "<") + kind + "%d" % itemsize
    d.byteorder = "|" if itemsize == 1 else "="
    d.alignment = itemsize // 2 if kind == "c" else itemsize
    d.type = None  # the scalar class, registered by tinynet.core.scalars
    d.make_scalar = None
    bits = 8 * itemsize
    d._bits = bits
    if kind == "i":
        d._min, d._max = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    elif kind == "u":
        d._min, d._max = 0, (1 << bits) - 1
    else:
        d._min = d._max = None
    return d


BOOL = _make_dtype("bool", "b", 1, "?", bool)
INT8 = _make_dtype("int8", "i", 1, "b", int)
INT16 = _make_dtype("int16", "i", 2, "h", int)
INT32 = _make_dtype("int32", "i", 4, "i", int)
INT64 = _make_dtype("int64", "i", 8, "l", int)
UINT8 = _make_dtype("uint8", "u", 1, "B", int)
UINT16 = _make_dtype("uint16", "u", 2, "H", int)
UINT32 = _make_dtype("uint32", "u", 4, "I", int)
UINT64 = _make_dtype("uint64", "u", 8, "L", int)
FLOAT16 = _make_dtype("float16", "f", 2, "e", float)
FLOAT32 = _make_dtype("float32", "f", 4, "f", float)
FLOAT64 = _make_dtype("float64", "f", 8, "d", float)
COMPLEX64 = _make_dtype("complex64", "c", 8, "F", complex)
COMPLEX128 = _make_dtype("complex128", "c", 16, "D", complex)

# In the order NumPy's promotion searches them: the first dtype both operands
# cast to safely is their promotion.
ALL_DTYPES = (BOOL, UINT8, INT8, UINT16, INT16, UINT32, INT32, UINT64, INT64,
              FLOAT16, FLOAT32, FLOAT64, COMPLEX64, COMPLEX128)

# Codes that may carry a byte-order prefix ('<f8', '=i4', '|b1').
_CODES = {
    "?": BOOL, "b1": BOOL,
    "b": INT8, "i1": INT8, "h": INT16, "i2": INT16, "i": INT32, "i4": INT32,
    "l": INT64, "q": INT64, "p": INT64, "i8": INT64,
    "B": UINT8, "u1": UINT8, "H": UINT16, "u2": UINT16, "I": UINT32, "u4": UINT32,
    "L": UINT64, "Q": UINT64, "P": UINT64, "u8": UINT64,
    "e": FLOAT16, "f2": FLOAT16, "f": FLOAT32, "f4": FLOAT32, "d": FLOAT64, "f8": FLOAT64,
    "F": COMPLEX64, "c8": COMPLEX64, "D": COMPLEX128, "c16": COMPLEX128,
}
_NAMES = {
    "bool": BOOL, "bool_": BOOL,
    "int8": INT8, "byte": INT8, "int16": INT16, "short": INT16, "int32": INT32, "intc": INT32,
    "int64": INT64, "int": INT64, "int_": INT64, "long": INT64, "longlong": INT64, "intp": INT64,
    "uint8": UINT8, "ubyte": UINT8, "uint16": UINT16, "ushort": UINT16, "uint32": UINT32, "uintc": UINT32,
    "uint64": UINT64, "uint": UINT64, "ulong": UINT64, "ulonglong": UINT64, "uintp": UINT64,
    "float16": FLOAT16, "half": FLOAT16, "float32": FLOAT32, "single": FLOAT32,
    "float64": FLOAT64, "float": FLOAT64, "double": FLOAT64,
    "complex64": COMPLEX64, "csingle": COMPLEX64, "complex128": COMPLEX128, "complex": COMPLEX128,
    "cdouble": COMPLEX128,
}
# Names NumPy knows but tinynet has no dtype for.
_UNSUPPORTED = ("g", "G", "f16", "c32", "longdouble", "clongdouble", "float128", "complex256",
                "object", "object_", "O", "str", "str_", "unicode", "U", "S", "a", "bytes", "bytes_",
                "V", "void", "M", "m", "datetime64", "timedelta64", "M8", "m8")
_REMOVED = ("bool8", "int0", "uint0", "object0", "str0", "bytes0", "void0")


def as_dtype(spec):
    """Return the dtype named by a string, a scalar type, a Python type or a dtype.

    None means float64, as in NumPy's ``zeros(3, dtype=None)``.

    >>> as_dtype("int64"), as_dtype(float), as_dtype(None), as_dtype("<f8"), as_dtype("c8")
    (dtype('int64'), dtype('float64'), dtype('float64'), dtype('float64'), dtype('complex64'))
    >>> as_dtype("float128")
    Traceback (most recent call last):
      ...
    TypeError: data type 'float128' is not supported by tinynet
    """
    if isinstance(spec, dtype):
        return spec
    if spec is None:
        return FLOAT64
    if isinstance(spec, str):
        return _parse_name(spec)
    for d in ALL_DTYPES:
        if spec is d.type:
            return d
    if spec is float:
        return FLOAT64
    if spec is int:
        return INT64
    if spec is bool:
        return BOOL
    if spec is complex:
        return COMPLEX128
    # NumPy's dtypes (by .name) and scalar types (by __name__).
    name = getattr(spec, "name", None)
    if not isinstance(name, str):
        name = getattr(spec, "__name__", None)
    if isinstance(name, str):
        if name in _NAMES:
            return _NAMES[name]
        if name in _UNSUPPORTED:
            raise TypeError("data type %r is not supported by tinynet" % name)
    if isinstance(spec, type):
        raise TypeError("data type %r not understood" % (spec,))
    raise TypeError("Cannot interpret '%s' as a data type" % (spec,))


def _parse_name(spec):
    if spec in _NAMES:
        return _NAMES[spec]
    if spec in _CODES:
        return _CODES[spec]
    if len(spec) > 1 and spec[0] in "<>=|" and spec[1:] in _CODES:
        return _CODES[spec[1:]]  # tinynet is little-endian only: '>f8' reads as native
    if spec in _UNSUPPORTED or len(spec) > 1 and spec[0] in "<>=|" and spec[1:] in _UNSUPPORTED:
        raise TypeError("data type %r is not supported by tinynet" % spec)
    if spec in _REMOVED:
        raise TypeError("Alias %r was removed in NumPy 2.0. Use a name without a digit at the end." % spec)
    raise TypeError("data type %r not understood" % spec)


def real_dtype(d):
    """Return the dtype of the real and imaginary parts of dtype d (d itself when d is real).

    >>> real_dtype(COMPLEX64), real_dtype(COMPLEX128), real_dtype(INT8)
    (dtype('float32'), dtype('float64'), dtype('int8'))
    """
    if d is COMPLEX64:
        return FLOAT32
    if d is COMPLEX128:
        return FLOAT64
    return d


# --------------------------------------------------------------------------
# Promotion and casting rules
# --------------------------------------------------------------------------

_CASTINGS = ("no", "equiv", "safe", "same_kind", "unsafe")
_KIND_ORDER = {"b": 0, "u": 1, "i": 2, "f": 3, "c": 4}


def _float_size_for_int(itemsize):
    """The itemsize of the smallest float that holds every integer of this itemsize
    (float64 for 64-bit integers: NumPy counts int64 -> float64 as safe)."""
    return 2 if itemsize == 1 else 4 if itemsize == 2 else 8


def _can_cast_safe(a, b):
    """Return whether every value of dtype a is a value of dtype b (NumPy's 'safe' casting)."""
    if a is b or a.kind == "b":
        return True
    ka, kb = a.kind, b.kind
    if kb == "b":
        return False
    if ka == "u":
        if kb == "u":
            return b.itemsize >= a.itemsize
        if kb == "i":
            return b.itemsize > a.itemsize
    elif ka == "i":
        if kb == "i":
            return b.itemsize >= a.itemsize
        if kb == "u":
            return False
    if ka in "ui":
        part = b.itemsize if kb == "f" else b.itemsize // 2
        return part >= _float_size_for_int(a.itemsize)
    if ka == "f":
        if kb == "f":
            return b.itemsize >= a.itemsize
        if kb == "c":
            return b.itemsize // 2 >= a.itemsize
        return False
    return kb == "c" and b.itemsize >= a.itemsize  # complex


def can_cast(from_, to, casting="safe"):
    """Return whether NumPy's casting rule allows dtype from_ -> dtype to.

    casting: 'no' and 'equiv' (the same dtype), 'safe' (every value survives),
    'same_kind' (safe, or towards a higher kind in b < u < i < f < c, or within
    a kind), 'unsafe' (anything).  from_ may be an array; Python numbers are
    refused as in NumPy 2.

    >>> can_cast(INT8, UINT8), can_cast(UINT8, INT16), can_cast(FLOAT64, FLOAT32, "same_kind")
    (False, True, True)
    >>> can_cast(300, UINT8)
    Traceback (most recent call last):
      ...
    TypeError: can_cast() does not support Python ints, floats, and complex because the result used to depend on the value.
    This change was part of adopting NEP 50, we may explicitly allow them again in the future.
    """
    if from_ is None or to is None:  # NumPy reads both types first; None is no default here
        raise TypeError("did not understand one of the types; 'None' not accepted")
    if casting not in _CASTINGS:
        raise ValueError(
            "casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got %r)" % (casting,)
        )
    if isinstance(from_, (bool, int, float, complex)) and not hasattr(from_, "dtype"):
        raise TypeError(
            "can_cast() does not support Python ints, floats, and complex because the result used to "
            "depend on the value.\nThis change was part of adopting NEP 50, we may explicitly allow "
            "them again in the future."
        )
    a = _dtype_of_operand(from_)
    b = as_dtype(to)
    if casting == "unsafe" or a is b:
        return True
    if casting in ("no", "equiv"):
        return False
    if _can_cast_safe(a, b):
        return True
    if casting == "same_kind":
        return _KIND_ORDER[a.kind] < _KIND_ORDER[b.kind] or a.kind == b.kind
    return False


def can_cast_same_kind(source, target):
    """Return whether NumPy's 'same_kind' casting allows source -> target.

    >>> can_cast_same_kind(UINT8, INT64), can_cast_same_kind(INT64, UINT8), can_cast_same_kind(FLOAT64, INT64)
    (True, False, False)
    """
    return can_cast(source, target, "same_kind")


_PROMOTED = {}


def promote(a, b):
    """Return the dtype NumPy gives a binary operation on arrays of dtypes a and b (np.promote_types).

    The result is the first dtype, in the order of ``ALL_DTYPES``, that both cast to safely.

    >>> promote(BOOL, UINT8), promote(UINT8, INT64), promote(INT64, UINT64), promote(COMPLEX64, FLOAT64)
    (dtype('uint8'), dtype('int64'), dtype('float64'), dtype('complex128'))
    """
    if a is b:
        return a
    key = (a.name, b.name)
    result = _PROMOTED.get(key)
    if result is None:
        for d in ALL_DTYPES:
            if _can_cast_safe(a, d) and _can_cast_safe(b, d):
                result = d
                break
        _PROMOTED[key] = result
    return result


def promote_all(dtypes_in):
    """Return the common dtype of several dtypes, as NumPy promotes a sequence of them.

    NumPy does not fold left to right: it first picks the dtype of the highest kind (bool, unsigned,
    signed, float, complex; the wider of one kind), promotes each dtype with that one, and only then
    combines the results.  So int8 and uint8 never meet as int16 beside a float16:

    >>> promote_all([INT8, UINT8, FLOAT16]), promote(promote(INT8, UINT8), FLOAT16)
    (dtype('float16'), dtype('float32'))
    """
    main = dtypes_in[0]
    for d in dtypes_in:
        if (_KIND_ORDER[d.kind], d.itemsize) > (_KIND_ORDER[main.kind], main.itemsize):
            main = d
    result = None
    for d in dtypes_in:
        step = promote(main, d)
        result = step if result is None else promote(result, step)
    return result


def promote_types(type1, type2):
    """Return the smallest dtype both dtype specifications cast to safely (np.promote_types).

    >>> promote_types("i1", "u1"), promote_types(float, "f2"), promote_types("int64", "uint64")
    (dtype('int16'), dtype('float64'), dtype('float64'))
    """
    return promote(as_dtype(type1), as_dtype(type2))


_WEAK_DEFAULT = {"b": BOOL, "i": INT64, "f": FLOAT64, "c": COMPLEX128}


def _weak_kind(x):
    """The kind of a weak (Python) scalar or Python scalar type: 'b', 'i', 'f' or 'c'."""
    if x is bool or x is int or x is float or x is complex:
        return {bool: "b", int: "i", float: "f", complex: "c"}[x]
    if isinstance(x, dtype):
        return "i" if x.kind == "u" else x.kind
    t = type(x)
    if t is bool:
        return "b"
    if t is int:
        return "i"
    if t is float:
        return "f"
    if t is complex:
        return "c"
    if isinstance(x, bool):
        return "b"
    if isinstance(x, int):
        return "i"
    if isinstance(x, float):
        return "f"
    if isinstance(x, complex):
        return "c"
    raise TypeError("%r is not a Python bool, int, float or complex" % (x,))


def _weak_result(d, kind):
    """NEP 50: the dtype of an array of dtype d combined with a weak scalar of this kind."""
    k = d.kind
    if kind == "b":
        return d
    if kind == "i":
        return INT64 if k == "b" else d
    if kind == "f":
        return FLOAT64 if k in "biu" else d
    if k == "c":
        return d
    if k == "f":
        return COMPLEX128 if d is FLOAT64 else COMPLEX64
    return COMPLEX128


def promote_weak(array_dtype, python_value_or_type):
    """Return the dtype of an array combined with a Python scalar (NEP 50).

    A Python bool, int, float or complex is "weak": it takes the array's dtype
    unless the array's kind is lower, when the result is the scalar kind's
    default (int64, float64, complex128), except that a float16 or float32
    array with a complex gives complex64.  A Python int value must fit an
    integer result: ``uint8_array + 300`` raises OverflowError.

    >>> promote_weak(UINT8, int), promote_weak(BOOL, int), promote_weak(INT64, float)
    (dtype('uint8'), dtype('int64'), dtype('float64'))
    >>> promote_weak(FLOAT32, 2.5), promote_weak(FLOAT32, 1j), promote_weak(INT8, True)
    (dtype('float32'), dtype('complex64'), dtype('int8'))
    >>> promote_weak(UINT8, 300)
    Traceback (most recent call last):
      ...
    OverflowError: Python integer 300 out of bounds for uint8
    """
    result = _weak_result(array_dtype, _weak_kind(python_value_or_type))
    x = python_value_or_type
    if type(x) is int or isinstance(x, int) and not isinstance(x, bool) and not hasattr(x, "dtype"):
        check_python_int(x, result)
    return result


def _is_weak(x):
    t = type(x)
    return t is bool or t is int or t is float or t is complex


def _dtype_of_operand(x):
    """The dtype of an array, scalar or dtype specification."""
    if isinstance(x, dtype):
        return x
    d = getattr(x, "dtype", None)
    if d is not None and not isinstance(x, type):
        return as_dtype(d)
    return as_dtype(x)


def result_type(*arrays_and_dtypes):
    """Return the dtype NumPy 2 gives an operation on these arrays, dtypes and Python scalars.

    Arrays and dtypes promote with ``promote``; Python scalars are weak (see
    ``promote_weak``) and only decide the result when nothing else does.

    >>> result_type(INT8, UINT8), result_type(UINT8, 300), result_type(FLOAT16, 1j), result_type(1, 2.0)
    (dtype('int16'), dtype('uint8'), dtype('complex64'), dtype('float64'))
    """
    if not arrays_and_dtypes:
        raise ValueError("at least one array or dtype is required")
    strong = []
    weak_kind = None
    for x in arrays_and_dtypes:
        if _is_weak(x):
            kind = _weak_kind(x)
            if weak_kind is None or _KIND_ORDER[kind] > _KIND_ORDER[weak_kind]:
                weak_kind = kind
        else:
            strong.append(_dtype_of_operand(x))
    strong = promote_all(strong) if strong else None
    if strong is None:
        return _WEAK_DEFAULT[weak_kind]
    if weak_kind is None:
        return strong
    return _weak_result(strong, weak_kind)


def accumulator(d):
    """Return the dtype NumPy sums, multiplies and accumulates dtype d in.

    Integers narrower than int64 widen to int64 (unsigned ones to uint64), bool to int64.

    >>> accumulator(BOOL), accumulator(UINT8), accumulator(INT16), accumulator(FLOAT32)
    (dtype('int64'), dtype('uint64'), dtype('int64'), dtype('float32'))
    """
    if d.kind in "bi":
        return INT64
    if d.kind == "u":
        return UINT64
    return d


# --------------------------------------------------------------------------
# Machine limits: iinfo and finfo
# --------------------------------------------------------------------------


def _info_dtype(spec):
    """The dtype of iinfo/finfo's argument: a dtype spec, an array or a number."""
    if isinstance(spec, (bool, int, float, complex)) and not isinstance(spec, type):
        return _dtype_of_operand(spec) if hasattr(spec, "dtype") else dtype_of_value(spec)
    if not isinstance(spec, (str, type, dtype)) and getattr(spec, "dtype", None) is not None:
        return as_dtype(spec.dtype)
    return as_dtype(spec)


class iinfo:
    """Machine limits of an integer dtype: min, max, bits.

    >>> iinfo(INT8)
    iinfo(min=-128, max=127, dtype=int8)
    >>> iinfo("uint16").max, iinfo(int).bits
    (65535, 64)
    """

    def __init__(self, int_type):
        d = _info_dtype(int_type)
        if d.kind not in "iu":
            raise ValueError("Invalid integer data type %r." % d.kind)
        self.dtype = d
        self.kind = d.kind
        self.bits = d._bits
        self.min = d._min
        self.max = d._max

    def __repr__(self):
        return "iinfo(min=%d, max=%d, dtype=%s)" % (self.min, self.max, self.dtype.name)

    def __str__(self):
        line = "-" * 63
        return "Machine parameters for %s\n%s\nmin = %d\nmax = %d\n%s\n" % (
            self.dtype.name, line, self.min, self.max, line)


# Per float dtype: bits, nmant, nexp, minexp, maxexp, precision, resolution, and
# NumPy's printed forms of (resolution, eps, epsneg, tiny, max, smallest_subnormal)
# and of max in the repr.
_FLOAT_LAYOUT = {
    "float16": (16, 10, 5, -14, 16, 3, 0.001,
                ("0.001", "0.000977", "0.0004883", "6.104e-05", "6.55e+04", "6e-08"), "6.55040e+04"),
    "float32": (32, 23, 8, -126, 128, 6, 1e-06,
                ("1e-06", "1.1920929e-07", "5.9604645e-08", "1.1754944e-38", "3.4028235e+38", "1e-45"),
                "3.4028235e+38"),
    "float64": (64, 52, 11, -1022, 1024, 15, 1e-15,
                ("1e-15", "2.220446049250313e-16", "1.1102230246251565e-16", "2.2250738585072014e-308",
                 "1.7976931348623157e+308", "5e-324"), "1.7976931348623157e+308"),
}


class finfo:
    """Machine limits of a float dtype (of the parts, for a complex dtype).

    Values are scalars of the dtype: eps = 2**-nmant is the gap above 1, tiny (also
    smallest_normal) = 2**minexp, max = (2 - eps) * 2**(maxexp - 1).
    ``finfo(float)`` describes Python's float: binary32 on a single-precision
    MicroPython build (``FLOAT_IS_SINGLE``), binary64 elsewhere.

    >>> finfo(FLOAT32)
    finfo(resolution=1e-06, min=-3.4028235e+38, max=3.4028235e+38, dtype=float32)
    >>> float(finfo("float16").eps), finfo(COMPLEX128).dtype, finfo(FLOAT64).nmant
    (0.0009765625, dtype('float64'), 52)
    """

    def __init__(self, dtype_spec):
        if dtype_spec is float or dtype_spec is complex:
            d = FLOAT32 if FLOAT_IS_SINGLE else FLOAT64
        else:
            d = real_dtype(_info_dtype(dtype_spec))
        if d.kind != "f":
            raise ValueError("data type <class 'numpy.%s'> not inexact" % d.name)
        bits, nmant, nexp, minexp, maxexp, precision, resolution, texts, max_text = _FLOAT_LAYOUT[d.name]
        self.dtype = d
        self.bits = bits
        self.nmant = nmant
        self.nexp = self.iexp = nexp
        self.minexp = minexp
        self.maxexp = maxexp
        self.machep = -nmant
        self.negep = -nmant - 1
        self.precision = precision
        self.eps = math.ldexp(1.0, -nmant)
        self.epsneg = math.ldexp(1.0, -nmant - 1)
        self.max = math.ldexp(1.0 - math.ldexp(1.0, -nmant - 1), maxexp)
        self.min = -self.max
        self.tiny = self.smallest_normal = math.ldexp(1.0, minexp)
        self.smallest_subnormal = math.ldexp(1.0, minexp - nmant)
        self.resolution = fix([resolution], d)[0]
        for name in ("eps", "epsneg", "max", "min", "tiny", "smallest_normal", "smallest_subnormal", "resolution"):
            setattr(self, name, scalar(getattr(self, name), d))  # NumPy gives scalars of the dtype
        self._texts = texts
        self._max_text = max_text

    def __repr__(self):
        return "finfo(resolution=%s, min=-%s, max=%s, dtype=%s)" % (
            self._texts[0], self._max_text, self._max_text, self.dtype.name)

    def __str__(self):
        resolution, eps, epsneg, tiny, biggest, subnormal = self._texts
        line = "-" * 63
        return "".join([
            "Machine parameters for %s\n" % self.dtype.name, line, "\n",
            "precision = %d   resolution = %s\n" % (self.precision, resolution),
            "machep = %d   eps =        %s\n" % (self.machep, eps),
            "negep =  %d   epsneg =     %s\n" % (self.negep, epsneg),
            "minexp = %d   tiny =       %s\n" % (self.minexp, tiny),
            "maxexp = %d   max =        %s\n" % (self.maxexp, biggest),
            "nexp =   %d   min =        -max\n" % self.nexp,
            "smallest_normal = %s   smallest_subnormal = %s\n" % (tiny, subnormal),
            line, "\n",
        ])


# --------------------------------------------------------------------------
# The dtype of Python values
# --------------------------------------------------------------------------

_INT64_MIN = -(1 << 63)
_INT64_MAX = (1 << 63) - 1
_UINT64_MAX = (1 << 64) - 1
_UINT64_MASK = _UINT64_MAX


def _unsupported(x):
    return TypeError(
        "unsupported value %r of type %s: tinynet arrays hold bool, int, float and complex"
        % (x, type(x).__name__)
    )


def kind_of_value(x):
    """Return the dtype of a Python value's kind: bool, int64, float64 or complex128.

    Every Python int counts as int64 here (see ``dtype_of_value`` for the size check).

    >>> kind_of_value(True), kind_of_value(3), kind_of_value(2.5), kind_of_value(1j)
    (dtype('bool'), dtype('int64'), dtype('float64'), dtype('complex128'))
    >>> kind_of_value("a")
    Traceback (most recent call last):
      ...
    TypeError: unsupported value 'a' of type str: tinynet arrays hold bool, int, float and complex
    """
    t = type(x)
    if t is float:
        return FLOAT64
    if t is bool:
        return BOOL
    if t is int:
        return INT64
    if t is complex:
        return COMPLEX128
    if isinstance(x, float):
        return FLOAT64
    if isinstance(x, bool):
        return BOOL
    if isinstance(x, int):
        return INT64
    if isinstance(x, complex):
        return COMPLEX128
    raise _unsupported(x)


def _int_dtype_for(low, high):
    """The dtype np.array gives Python ints from low to high: each int is int64, or uint64 above int64,
    and the two together promote to float64."""
    if low >= _INT64_MIN and high <= _INT64_MAX:
        return INT64
    if low < _INT64_MIN or high > _UINT64_MAX:
        raise OverflowError("Python int too large to convert to C long")
    return UINT64 if low > _INT64_MAX else FLOAT64


def dtype_of_value(x):
    """Return the dtype np.array gives one value: a Python scalar, or a NumPy or tinynet scalar.

    >>> dtype_of_value(3), dtype_of_value(2 ** 63), dtype_of_value(0.5), dtype_of_value(1j)
    (dtype('int64'), dtype('uint64'), dtype('float64'), dtype('complex128'))
    """
    t = type(x)
    if t is int:
        return _int_dtype_for(x, x)
    if t is float or t is bool or t is complex:
        return kind_of_value(x)
    d = getattr(x, "dtype", None)
    if d is not None:
        return as_dtype(d)
    if isinstance(x, int) and not isinstance(x, bool):
        return _int_dtype_for(x, x)
    return kind_of_value(x)


def infer_dtype(values):
    """Return the dtype np.array gives a flat list of values (float64 for no values).

    Kinds promote bool < int < float < complex.  Each Python int is int64, or
    uint64 above int64's range, and the two promote to float64.  Ints beyond
    uint64 raise OverflowError (NumPy would make an object array).

    >>> infer_dtype([True, 2]), infer_dtype([1, 2.5]), infer_dtype([1, 1j]), infer_dtype([])
    (dtype('int64'), dtype('float64'), dtype('complex128'), dtype('float64'))
    >>> infer_dtype([2 ** 63, True]), infer_dtype([2 ** 63, 1])
    (dtype('uint64'), dtype('float64'))
    >>> infer_dtype([2 ** 64])
    Traceback (most recent call last):
      ...
    OverflowError: Python int too large to convert to C long
    """
    if not values:
        return FLOAT64
    result = None
    kinds = set(map(type, values))
    if len(kinds) > 2:  # NumPy promotes in the order the types first appear, and that order can matter
        kinds = _in_order_met(values, len(kinds))
    for t in kinds:
        if t is bool:
            d = BOOL
        elif t is int:
            ints = [x for x in values if type(x) is int]
            d = _int_dtype_for(min(ints), max(ints))
        elif t is float:
            d = FLOAT64
        elif t is complex:
            d = COMPLEX128
        else:
            d = None
            for x in values:
                if type(x) is t:
                    dx = dtype_of_value(x)
                    d = dx if d is None else promote(d, dx)
        result = d if result is None else promote(result, d)
    return result


def _in_order_met(values, count):
    """The first `count` distinct types of values, in the order they first appear."""
    met = []
    for x in values:
        t = type(x)
        if t not in met:
            met.append(t)
            if len(met) == count:
                break
    return met


def check_python_int(value, d):
    """Return a Python int unchanged if it fits dtype d, else raise OverflowError as NumPy 2 does.

    Ints beyond the C long (beyond uint64 for uint32 and uint64, as NumPy reads
    those unsigned) are "too large"; others outside the dtype's range are
    "out of bounds".  Float dtypes take any int below
    float64's overflow; bool takes any int.

    >>> check_python_int(255, UINT8)
    255
    >>> check_python_int(300, UINT8)
    Traceback (most recent call last):
      ...
    OverflowError: Python integer 300 out of bounds for uint8
    >>> check_python_int(2 ** 64, UINT64)
    Traceback (most recent call last):
      ...
    OverflowError: Python int too large to convert to C long
    """
    kind = d.kind
    if kind == "i" or kind == "u":
        if not d._min <= value <= d._max:
            # NumPy reads the int as a C long first (as an unsigned one for uint32 and uint64).
            if value < _INT64_MIN or value > (_UINT64_MAX if d is UINT64 or d is UINT32 else _INT64_MAX):
                raise OverflowError("Python int too large to convert to C long")
            raise OverflowError("Python integer %d out of bounds for %s" % (value, d.name))
    elif kind == "f" or kind == "c":
        _int_to_float(value)
    return value


def _int_to_float(value):
    """float(value), raising CPython's OverflowError beyond float64 on every runtime."""
    try:
        f = float(value)
    except OverflowError:
        f = _INF
    if f == _INF or f == -_INF:
        raise OverflowError("int too large to convert to float")
    return f


def _python_to_int(x, d):
    """One Python value assigned into integer dtype d (np.array([x], dtype=d))."""
    t = type(x)
    if t is int:
        return check_python_int(x, d)
    if t is bool:
        return int(x)
    if t is float:
        if x != x:
            raise ValueError("cannot convert float NaN to integer")
        if x == _INF or x == -_INF:
            raise OverflowError("cannot convert float infinity to integer")
        return check_python_int(int(x), d)
    if t is complex:
        raise TypeError("int() argument must be a string, a bytes-like object or a real number, not 'complex'")
    return _convert_other(x, d)


def _convert_other(x, d):
    """A NumPy or tinynet scalar (anything with a dtype) cast to d as astype does; a str parsed as NumPy
    parses one into a number (int(), float() or complex() of it: their ValueError for a bad literal)."""
    if type(x) is str:
        if d.kind == "b":
            return len(x) > 0
        if d.kind in "iu":
            return check_python_int(int(x), d)
        return from_python([float(x) if d.kind == "f" else complex(x)], d)[0]
    source = getattr(x, "dtype", None)
    if source is None:
        source = kind_of_value(x)  # raises TypeError for strings, None, objects
        return from_python([source.python_type(x)], d)[0]
    item = x.item() if hasattr(x, "item") else x
    return cast([item], as_dtype(source), d)[0]


def from_python(values, d):
    """Return a flat list of Python scalars converted to dtype d as np.array(values, dtype=d) does.

    bool: truth value.  Integers: a Python int must fit (``check_python_int``),
    a float is truncated toward zero and must then fit, nan raises ValueError.
    Floats: float(x), then rounded to d (inf on overflow, with NumPy's warning).
    A complex into a real dtype raises TypeError.  NumPy and tinynet scalars
    (values with a dtype) are cast as ``astype`` casts.

    >>> from_python([1, 2.7, True], INT8), from_python([0.1, 2], FLOAT32), from_python([0, 2.5], BOOL)
    ([1, 2, 1], [0.10000000149011612, 2.0], [False, True])
    >>> from_python([1, 300], UINT8)
    Traceback (most recent call last):
      ...
    OverflowError: Python integer 300 out of bounds for uint8
    """
    kind = d.kind
    if kind == "b":
        return [x if type(x) is bool else _to_bool_one(x) for x in values]
    kinds = set(map(type, values))
    if kind == "i" or kind == "u":
        if kinds <= {int, bool} and values:
            if min(values) >= d._min and max(values) <= d._max:
                return [int(x) for x in values]
        return [_python_to_int(x, d) for x in values]
    if kinds <= {float, int, bool}:
        if kind == "f" and kinds <= {float}:
            return _fix_and_warn(list(values), d)
        try:
            result = [float(x) for x in values]
        except OverflowError:  # an int beyond float64: go one value at a time
            return _python_to_inexact(values, d)
        if kind == "c":
            result = [complex(x) for x in result]
        return _fix_and_warn(result, d)
    return _python_to_inexact(values, d)


def _python_to_inexact(values, d):
    """from_python into a float or complex dtype one value at a time, in order: on a value that
    cannot be converted, NumPy has already stored (and warned about) the values before it."""
    kind = d.kind
    result = []
    for x in values:
        t = type(x)
        try:
            if t is complex:
                if kind == "f":
                    raise TypeError("float() argument must be a string or a real number, not 'complex'")
                value = x
            elif t is float or t is bool:
                value = float(x)
            elif t is int:
                value = _int_to_float(x)
            else:
                value = _convert_other(x, FLOAT64 if kind == "f" else COMPLEX128)
        except (TypeError, ValueError, OverflowError):
            _fix_and_warn(result, d)
            raise
        result.append(complex(value) if kind == "c" else value)
    return _fix_and_warn(result, d)


def _to_bool_one(x):
    if type(x) is str:
        return len(x) > 0  # NumPy: a non-empty string is True
    if hasattr(x, "dtype") and hasattr(x, "item"):
        x = x.item()
    if type(x) not in (bool, int, float, complex):
        kind_of_value(x)
    return bool(x)


def convert_scalar(value, d):
    """Return one value converted to dtype d as NumPy assigns it: ``a[i] = value``, ``np.int8(value)``.

    Python scalars follow ``from_python``; NumPy and tinynet scalars are cast as ``astype`` casts.

    >>> convert_scalar(2.7, INT64), convert_scalar(0.1, FLOAT16), convert_scalar(3, COMPLEX64)
    (2, 0.0999755859375, (3+0j))
    >>> convert_scalar(-1, UINT8)
    Traceback (most recent call last):
      ...
    OverflowError: Python integer -1 out of bounds for uint8
    """
    return from_python([value], d)[0]


# --------------------------------------------------------------------------
# Keeping values representable: fix
# --------------------------------------------------------------------------

_FLOAT32_OVERFLOW = float("3.4028235677973366e+38")  # max + half an ulp: from here on float32 rounds to inf
_FLOAT16_OVERFLOW = 65520.0


def _round_binary(x, precision, min_exp, overflow_at):
    """Round x to the nearest float with `precision` significant bits, exponents down to min_exp
    (subnormals below), ties to even; inf from overflow_at on.  The plain, portable version."""
    if x != x or x == 0 or x == _INF or x == -_INF:
        return x
    a = -x if x < 0 else x
    if a >= overflow_at:
        return math.copysign(_INF, x)
    e = math.frexp(a)[1]  # 2**(e-1) <= a < 2**e
    q = e - precision
    if q < min_exp - precision + 1:
        q = min_exp - precision + 1  # a subnormal: fixed absolute spacing
    scaled = math.ldexp(a, -q)
    whole = math.floor(scaled)
    rest = scaled - whole
    if rest > 0.5 or rest == 0.5 and whole % 2 == 1:
        whole += 1
    return math.copysign(math.ldexp(float(whole), q), x)


def round_float16_plain(x):
    """Return x rounded to the nearest float16 value (inf on overflow), in plain arithmetic.

    >>> round_float16_plain(0.1), round_float16_plain(65519.0), round_float16_plain(65520.0)
    (0.0999755859375, 65504.0, inf)
    """
    return _round_binary(x, 11, -14, _FLOAT16_OVERFLOW)


def round_float32_plain(x):
    """Return x rounded to the nearest float32 value (inf on overflow), in plain arithmetic.

    >>> round_float32_plain(0.1), round_float32_plain(1e39)
    (0.10000000149011612, inf)
    """
    return _round_binary(x, 24, -126, _FLOAT32_OVERFLOW)


def _has_struct_e():
    """Whether struct's 'e' format exists and rounds ties to even (MicroPython's rounds them away)."""
    try:
        return (struct.unpack("<e", struct.pack("<e", 0.1))[0] == 0.0999755859375
                and struct.unpack("<e", struct.pack("<e", 2049.0))[0] == 2048.0)
    except (ValueError, TypeError, struct.error, OverflowError):
        return False


def _struct_e_raises_on_overflow():
    try:
        struct.pack("<e", 65520.0)
    except OverflowError:
        return True
    except (ValueError, TypeError, struct.error):
        pass
    return False  # MicroPython packs nan instead


_HAS_STRUCT_E = _has_struct_e()
# One struct call may round a whole list only where it raises on overflow.
_BULK_STRUCT_E = _HAS_STRUCT_E and _struct_e_raises_on_overflow()


def _round_float16_one(x):
    if x >= _FLOAT16_OVERFLOW or x <= -_FLOAT16_OVERFLOW:
        return math.copysign(_INF, x)
    if _HAS_STRUCT_E:
        return struct.unpack("<e", struct.pack("<e", x))[0]
    return round_float16_plain(x)


def _round_float32_one(x):
    if x >= _FLOAT32_OVERFLOW or x <= -_FLOAT32_OVERFLOW:
        return math.copysign(_INF, x)
    return array("f", [x])[0]


def _fix_float16(values):
    # Fast path: one struct call packs every value; it raises on overflow.
    if _BULK_STRUCT_E and values:
        n = len(values)
        try:
            return list(struct.unpack("<%de" % n, struct.pack("<%de" % n, *values)))
        except OverflowError:
            pass
    return [_round_float16_one(x) for x in values]


def _fix_float32(values):
    # Fast path: a C cast to float and back rounds each value to the nearest float32 (inf on
    # overflow).  struct and array('f') make the same casts; on CPython struct takes about 0.7 of the
    # time (float32 arithmetic is the float64 arithmetic plus this pass, so the pass sets its speed).
    try:
        if _PACK_FLOAT32:
            try:
                n = len(values)
                return list(struct.unpack("%df" % n, struct.pack("%df" % n, *values)))
            except struct.error:
                pass  # not all floats: array('f') raises what it raises
        return list(array("f", values))
    except OverflowError:
        return [_round_float32_one(x) for x in values]


_PACK_FLOAT32 = sys.implementation.name == "cpython"


def _wrap_ints(values, d):
    """Integers reduced into dtype d's range, two's complement (values itself when all fit)."""
    if not values or (min(values) >= d._min and max(values) <= d._max):
        return values
    mask = (1 << d._bits) - 1
    if d.kind == "u":
        return [x & mask for x in values]
    half = 1 << (d._bits - 1)
    return [((x + half) & mask) - half for x in values]


def fix(values, d):
    """Return a flat list of results made representable in dtype d, as NumPy stores them.

    Integers wrap modulo 2**bits into range (two's complement); float32 and
    float16 round to nearest (inf on overflow); complex64 rounds both parts to
    float32.  bool, float64 and complex128 are unchanged.  Returns ``values``
    itself when nothing changes (integers already in range, or those dtypes).

    >>> fix([250, 256, -1], UINT8), fix([1.0 + 2 ** -30, 1e39], FLOAT32), fix([70000.0], FLOAT16)
    ([250, 0, 255], [1.0, inf], [inf])
    >>> fix([0.1 + 0.2j], COMPLEX64)
    [(0.10000000149011612+0.20000000298023224j)]
    """
    kind = d.kind
    if kind == "i" or kind == "u":
        return _wrap_ints(values, d)
    if d is FLOAT32:
        return values if FLOAT_IS_SINGLE else _fix_float32(values)
    if d is FLOAT16:
        return _fix_float16(values)
    if d is COMPLEX64 and not FLOAT_IS_SINGLE:
        reals = _fix_float32([z.real for z in values])
        imags = _fix_float32([z.imag for z in values])
        return [complex(r, i) for r, i in zip(reals, imags)]
    return values


def _overflowed(before, after):
    """Whether some finite value became inf."""
    if _INF not in after and -_INF not in after:
        return False
    for x, y in zip(before, after):
        if (y == _INF or y == -_INF) and x != _INF and x != -_INF:
            return True
    return False


def _fix_and_warn(values, d):
    """fix() for a cast, with NumPy's 'overflow encountered in cast' warning."""
    result = fix(values, d)
    if result is not values and (d is FLOAT32 or d is FLOAT16):
        if _overflowed(values, result):
            _warn("overflow encountered in cast", _RUNTIME_WARNING)
    elif result is not values and d is COMPLEX64:
        if _overflowed([z.real for z in values] + [z.imag for z in values],
                       [z.real for z in result] + [z.imag for z in result]):
            _warn("overflow encountered in cast", _RUNTIME_WARNING)
    return result


# --------------------------------------------------------------------------
# Casting arrays of values: cast (ndarray.astype)
# --------------------------------------------------------------------------

# The C conversion NumPy's loops use for a float -> integer dtype on x86-64: a
# truncation to int32 (cvttsd2si) for the narrow types, to int64 for int64 and
# uint32, and the compiler's two-step for uint64.  Out of range, the result is
# the "integer indefinite" value (-2**31 or -2**63), then narrowed.
_INT32_RANGE = (-(1 << 31), (1 << 31) - 1)
_INT64_RANGE = (_INT64_MIN, _INT64_MAX)


def _c_range(d):
    if d is UINT64:
        return _INT64_MIN, _UINT64_MAX
    if d is INT64 or d is UINT32:
        return _INT64_RANGE
    return _INT32_RANGE


def _float_to_int_one(x, d):
    """One float converted as x86-64 C code converts it: (value, whether the conversion was invalid)."""
    low, high = _c_range(d)
    if d is UINT64:
        high = _INT64_MAX
        if x >= 9223372036854775808.0:  # x - 2**63 goes through int64, then the top bit is set back
            if x >= 18446744073709551616.0:  # also inf
                return 0, True
            return int(x), False
    if x != x or x == _INF or x == -_INF:
        t, invalid = low, True
    else:
        t = int(x)
        invalid = t < low or t > high
        if invalid:
            t = low
    if d is UINT64:
        return t & _UINT64_MASK, invalid
    return _wrap_ints([t], d)[0], invalid


def _floats_to_ints(values, d):
    low, high = _c_range(d)
    try:
        ints = [int(x) for x in values]  # truncates toward zero; raises on nan and inf
    except (ValueError, OverflowError):
        ints = None
    if ints is not None and (not ints or (min(ints) >= low and max(ints) <= high)):
        return list(_wrap_ints(ints, d))
    result = []
    invalid = False
    for x in values:
        value, bad = _float_to_int_one(x, d)
        result.append(value)
        invalid = invalid or bad
    if invalid:
        _warn("invalid value encountered in cast", _RUNTIME_WARNING)
    return result


_TWO_53 = 1 << 53


def _int_to_float32(n):
    """Round an int to the nearest float32 once (float(n) first would round twice above 2**53)."""
    m = -n if n < 0 else n
    if m <= _TWO_53:
        return _round_float32_one(float(n))
    e = math.frexp(float(m))[1]  # the bit length of m, or one more when float(m) rounded up
    if (m >> (e - 1)) == 0:
        e -= 1
    shift = e - 24
    q = m >> shift
    rest = m - (q << shift)
    half = 1 << (shift - 1)
    if rest > half or rest == half and q & 1:
        q += 1
    f = math.ldexp(float(q), shift)
    return -f if n < 0 else f


def _ints_to_floats(values, d):
    if d is FLOAT64 or FLOAT_IS_SINGLE and d is FLOAT32:
        return [float(x) for x in values]
    if d is FLOAT32:
        if values and (min(values) < -_TWO_53 or max(values) > _TWO_53):
            return [_int_to_float32(x) for x in values]
        return _fix_float32([float(x) for x in values])
    floats = [float(x) for x in values]
    return _fix_and_warn(floats, FLOAT16)


def cast(values, from_dtype, to_dtype, setting=False):
    """Return a flat list of values of dtype from_dtype cast to to_dtype, as ndarray.astype casts.

    Unsafe casting, as NumPy: number -> bool is ``x != 0``; float -> integer
    truncates toward zero and wraps into the width; integer -> float rounds
    once to nearest (int64 -> float32 included); complex -> real keeps the real
    part and warns ``ComplexWarning``; overflow to float32/float16 gives inf and
    warns "overflow encountered in cast".  nan, inf and floats out of the C
    conversion's range give what NumPy gives on x86-64, with the RuntimeWarning
    "invalid value encountered in cast": int64 (and int8..int32 through int32)
    get the minimum, -2**63 (or -2**31) narrowed to the width; uint64 gets
    2**63, or 0 for values from 2**63 on (nan gives 2**63).  Other CPUs differ
    there.  ``setting=True`` marks an assignment ``a[...] = b``, which NumPy
    casts the same way.  Returns a new list.

    >>> cast([1.9, -1.9], FLOAT64, INT8), cast([300, -1], INT64, UINT8), cast([0, 2], INT16, BOOL)
    ([1, -1], [44, 255], [False, True])
    >>> cast([2 ** 60 + 2 ** 36 + 1], INT64, FLOAT32), cast([True], BOOL, COMPLEX64)
    ([1.1529216420458004e+18], [(1+0j)])
    """
    a, b = from_dtype, to_dtype
    if a is b:
        return list(values)
    ka, kb = a.kind, b.kind
    if kb == "b":
        if ka == "b":
            return list(values)
        return [x != 0 for x in values]
    if ka == "b":
        if kb == "i" or kb == "u":
            return [1 if x else 0 for x in values]
        if kb == "f":
            return [1.0 if x else 0.0 for x in values]
        return [1 + 0j if x else 0j for x in values]
    if ka == "c" and kb != "c":
        _warn("Casting complex values to real discards the imaginary part", ComplexWarning)
        values = [z.real for z in values]
        ka = "f"
    if kb == "i" or kb == "u":
        if ka == "f":
            return _floats_to_ints(values, b)
        return list(_wrap_ints(values, b))
    if kb == "f":
        if ka == "f":
            return list(_fix_and_warn(values, b))
        return _ints_to_floats(values, b)
    # to complex
    if ka == "c":
        return list(_fix_and_warn(values, b))
    reals = _ints_to_floats(values, real_dtype(b)) if ka != "f" else _fix_and_warn(values, real_dtype(b))
    return [complex(x, 0.0) for x in reals]


# --------------------------------------------------------------------------
# Integer arithmetic as NumPy's fixed-width loops do it
# --------------------------------------------------------------------------


def int_floor_divide(a, b, d):
    """Return a // b in integer dtype d: 0 (with a warning) when b is 0, wrapped on overflow.

    >>> int_floor_divide(-7, 2, INT8), int_floor_divide(7, -2, INT8)
    (-4, -4)
    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     int_floor_divide(5, 0, INT8), int_floor_divide(-128, -1, INT8)
    (0, -128)
    >>> [str(w.message) for w in caught]
    ['divide by zero encountered in floor_divide', 'overflow encountered in floor_divide']
    """
    if b == 0:
        _warn("divide by zero encountered in floor_divide", _RUNTIME_WARNING)
        return 0
    q = a // b
    if q > d._max:
        _warn("overflow encountered in floor_divide", _RUNTIME_WARNING)
        return _wrap_ints([q], d)[0]
    return q


def int_floor_divide_list(xs, ys, d):
    """Return [x // y] in integer dtype d, as ``int_floor_divide`` for each pair (one warning per kind).

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     int_floor_divide_list([7, 7, -128], [2, 0, -1], INT8)
    [3, 0, -128]
    >>> [str(w.message) for w in caught]
    ['divide by zero encountered in floor_divide', 'overflow encountered in floor_divide']
    """
    if 0 in ys:
        _warn("divide by zero encountered in floor_divide", _RUNTIME_WARNING)
        result = [x // y if y else 0 for x, y in zip(xs, ys)]
    else:
        result = [x // y for x, y in zip(xs, ys)]
    if result and max(result) > d._max:
        _warn("overflow encountered in floor_divide", _RUNTIME_WARNING)
        return _wrap_ints(result, d)
    return result


def int_remainder(a, b, d):
    """Return a % b (the sign of b, as Python and NumPy) in integer dtype d: 0 when b is 0, with a warning.

    >>> int_remainder(-7, 3, INT8), int_remainder(7, -3, INT8)
    (2, -2)
    """
    if b == 0:
        _warn("divide by zero encountered in remainder", _RUNTIME_WARNING)
        return 0
    return a % b


def int_remainder_list(xs, ys, d):
    """Return [x % y] in integer dtype d, as ``int_remainder`` for each pair.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     int_remainder_list([-7, 5], [3, 0], INT8)
    [2, 0]
    >>> [str(w.message) for w in caught]
    ['divide by zero encountered in remainder']
    """
    if 0 in ys:
        _warn("divide by zero encountered in remainder", _RUNTIME_WARNING)
        return [x % y if y else 0 for x, y in zip(xs, ys)]
    return [x % y for x, y in zip(xs, ys)]


def _pow_mod(a, b, modulus):
    try:
        return pow(a, b, modulus)
    except (TypeError, NotImplementedError, ValueError):  # runtimes without three-argument pow
        result = 1
        a %= modulus
        while b:
            if b & 1:
                result = result * a % modulus
            a = a * a % modulus
            b >>= 1
        return result


def _negative_power():
    return ValueError("Integers to negative integer powers are not allowed.")


def int_power(a, b, d):
    """Return a ** b in integer dtype d, wrapped as NumPy's fixed-width power; b < 0 raises ValueError.

    >>> int_power(3, 5, INT8), int_power(2, 9, UINT8), int_power(0, 0, INT64)
    (-13, 0, 1)
    >>> int_power(2, -1, INT8)
    Traceback (most recent call last):
      ...
    ValueError: Integers to negative integer powers are not allowed.
    """
    if b < 0:
        raise _negative_power()
    return _wrap_ints([_pow_mod(a, b, 1 << d._bits)], d)[0]


def int_power_list(xs, ys, d):
    """Return [x ** y] in integer dtype d, as ``int_power`` for each pair.

    >>> int_power_list([3, -2], [5, 3], INT8)
    [-13, -8]
    """
    if ys and min(ys) < 0:
        raise _negative_power()
    modulus = 1 << d._bits
    return _wrap_ints([_pow_mod(x, y, modulus) for x, y in zip(xs, ys)], d)


def int_left_shift(a, s, d):
    """Return a << s in integer dtype d: wrapped, and 0 when s is negative or at least the width.

    >>> int_left_shift(1, 7, INT8), int_left_shift(5, 8, UINT8), int_left_shift(1, -1, INT64)
    (-128, 0, 0)
    """
    if 0 <= s < d._bits:
        return _wrap_ints([a << s], d)[0]
    return 0


def int_left_shift_list(xs, ss, d):
    """Return [x << s] in integer dtype d, as ``int_left_shift`` for each pair.

    >>> int_left_shift_list([1, 255, 3], [7, 1, 9], UINT8)
    [128, 254, 0]
    """
    bits = d._bits
    return _wrap_ints([x << s if 0 <= s < bits else 0 for x, s in zip(xs, ss)], d)


def int_right_shift(a, s, d):
    """Return a >> s in integer dtype d (arithmetic for signed): at least the width, or negative,
    gives 0, or -1 for negative a.

    >>> int_right_shift(-5, 1, INT8), int_right_shift(-5, 8, INT8), int_right_shift(5, -1, INT8)
    (-3, -1, 0)
    """
    if 0 <= s < d._bits:
        return a >> s
    return -1 if a < 0 else 0


def int_right_shift_list(xs, ss, d):
    """Return [x >> s] in integer dtype d, as ``int_right_shift`` for each pair.

    >>> int_right_shift_list([-5, 5, -1], [1, 64, 70], INT64)
    [-3, 0, -1]
    """
    bits = d._bits
    return [x >> s if 0 <= s < bits else (-1 if x < 0 else 0) for x, s in zip(xs, ss)]


# --------------------------------------------------------------------------
# One value at a time (the first array core's helpers)
# --------------------------------------------------------------------------


def _to_int(x):
    if type(x) is float:
        if x != x or x in (_INF, -_INF):
            return _INT64_MIN  # what NumPy gives (with a warning) on x86
        return int(x)
    return int(x)


def _to_uint8(x):
    return _to_int(x) & 0xFF


def _to_uint64(x):
    return _to_int(x) & _UINT64_MASK


def _to_bool(x):
    return bool(x)


def _to_float(x):
    return float(x)


def _to_complex(x):
    return complex(x)


def _converter_to(d):
    def convert(x):
        if type(x) is bool:
            source = BOOL
        elif type(x) is int:
            source = INT64 if _INT64_MIN <= x <= _INT64_MAX else UINT64
            if x > _UINT64_MAX or x < _INT64_MIN:
                x &= _UINT64_MASK
        else:
            source = dtype_of_value(x)
            if hasattr(x, "item") and hasattr(x, "dtype"):
                x = x.item()
        return cast([x], source, d)[0]
    return convert


_CONVERTERS = {"float64": _to_float, "int64": _to_int, "uint8": _to_uint8, "uint64": _to_uint64,
               "bool": _to_bool, "complex128": _to_complex}


def converter(d):
    """Return the function that turns one value into dtype d's Python type (astype's rules, unsafe).

    >>> converter(INT64)(2.7), converter(UINT8)(257), converter(BOOL)(0.0), converter(FLOAT64)(3)
    (2, 1, False, 3.0)
    >>> converter(INT8)(200), converter(FLOAT32)(0.1), converter(COMPLEX64)(0)
    (-56, 0.10000000149011612, 0j)
    """
    convert = _CONVERTERS.get(d.name)
    return convert if convert is not None else _converter_to(d)


def wrap_uint8(x):
    """Return an integer reduced modulo 256, as uint8 arithmetic wraps.

    >>> wrap_uint8(300), wrap_uint8(-1)
    (44, 255)
    """
    return x & 0xFF


def _wrapper_for(d):
    def wrap(x):
        return _wrap_ints([x], d)[0]
    return wrap


def wrapper(d):
    """Return the function that wraps one integer result into dtype d (None for int64 and non-integers).

    >>> wrapper(UINT64)(-1) == 2 ** 64 - 1, wrapper(INT8)(128), wrapper(INT64)
    (True, -128, None)
    """
    if d is UINT8:
        return wrap_uint8
    if d is UINT64:
        return _to_uint64
    if d is INT64 or d.kind not in "iu":
        return None
    return _wrapper_for(d)


def bounds(d):
    """Return the (smallest, largest) value an integer dtype holds (int64's for other dtypes).

    >>> bounds(UINT8), bounds(INT16)
    ((0, 255), (-32768, 32767))
    """
    if d.kind in "iu":
        return d._min, d._max
    return _INT64_MIN, _INT64_MAX


# --------------------------------------------------------------------------
# Scalars
# --------------------------------------------------------------------------


def scalar(value, d):
    """Return a NumPy-like scalar of dtype d holding value.

    The scalar types live in ``tinynet.core.scalars``, which registers them
    here as each dtype's ``make_scalar``.  Until then, and on MicroPython
    (which cannot subclass float soundly), the plain Python value is returned.

    >>> scalar(2.5, FLOAT64)
    np.float64(2.5)
    """
    make = d.make_scalar
    return value if make is None else make(value)
