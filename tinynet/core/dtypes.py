"""The fourteen dtypes, and the rules every array operation needs: naming, promotion, keeping values in range.

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

Promotion follows NEP 50 (NumPy 2): a Python ``bool``, ``int``, ``float`` or
``complex`` is "weak" and takes the array's dtype when the array's kind can
hold it.

This module holds what ``import tinynet`` and the common array operations use.
The rest of the dtype rules live beside it, one concept per module, and load on
first use (a board that never asks for them never compiles them):

    ===============================  ==================================================================
    ``dtype_specs``                  every name and code ``np.dtype`` accepts ('f4', '<i2', 'single')
    ``value_dtypes``                 the dtype of Python values, and Python values into a dtype
    ``promotion``                    ``result_type``, ``promote_types``, promoting a sequence of dtypes
    ``casting``                      ``cast`` (``ndarray.astype``) and one-value converters
    ``float_rounding``               rounding to float32 and float16
    ``integer_math``                 floor_divide, remainder, power and shifts of fixed-width integers
    ``limits``                       ``iinfo`` and ``finfo``
    ===============================  ==================================================================

Their public names are also attributes of this module (``dtypes.cast``,
``dtypes.finfo``): the first use imports the module that holds the name.

The scalar types (``float64``, ``int8``, ...) are defined in ``scalars``,
which registers them here as each dtype's ``type`` and ``make_scalar``.
"""

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

# The canonical names; every other name and code is parsed by ``dtype_specs``.
_BY_NAME = {d.name: d for d in ALL_DTYPES}


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
        d = _BY_NAME.get(spec)
        if d is not None:
            return d
        from tinynet.core import dtype_specs

        return dtype_specs.parse_name(spec)
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
    from tinynet.core import dtype_specs  # NumPy's dtypes (by .name) and scalar types (by __name__)

    return dtype_specs.from_object(spec)

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


def _dtype_of_operand(x):
    """The dtype of an array, scalar or dtype specification."""
    if isinstance(x, dtype):
        return x
    d = getattr(x, "dtype", None)
    if d is not None and not isinstance(x, type):
        return as_dtype(d)
    return as_dtype(x)


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
# The dtype of Python values
# --------------------------------------------------------------------------

_INT64_MIN = -(1 << 63)
_INT64_MAX = (1 << 63) - 1
_UINT64_MAX = (1 << 64) - 1
_UINT64_MASK = _UINT64_MAX


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


# --------------------------------------------------------------------------
# Keeping values representable: fix
# --------------------------------------------------------------------------

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
    if d is FLOAT64 or d is BOOL or d is COMPLEX128 or FLOAT_IS_SINGLE and d is not FLOAT16:
        return values
    from tinynet.core import float_rounding  # float32, float16 and complex64 round

    if d is FLOAT32:
        return float_rounding.fix_float32(values)
    if d is FLOAT16:
        return float_rounding.fix_float16(values)
    reals = float_rounding.fix_float32([z.real for z in values])
    imags = float_rounding.fix_float32([z.imag for z in values])
    return [complex(r, i) for r, i in zip(reals, imags)]


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


# --------------------------------------------------------------------------
# The names that load on first use
# --------------------------------------------------------------------------

# Each module beside this one, and the names of it that ``dtypes.NAME`` finds.
_LAZY = {
    "value_dtypes": ("convert_scalar", "dtype_of_value", "from_python", "infer_dtype", "kind_of_value"),
    "casting": ("cast", "converter", "wrap_uint8", "wrapper"),
    "promotion": ("can_cast_same_kind", "promote_all", "promote_types", "result_type"),
    "limits": ("finfo", "iinfo"),
    "float_rounding": ("round_float16_plain", "round_float32_plain"),
    "integer_math": ("int_floor_divide", "int_floor_divide_list", "int_left_shift", "int_left_shift_list",
                     "int_power", "int_power_list", "int_remainder", "int_remainder_list", "int_right_shift",
                     "int_right_shift_list"),
}


def __getattr__(name):
    """Load a name of the dtype rules on first use (``dtypes.cast`` imports ``casting``), then keep it here."""
    for module_name, names in _LAZY.items():
        if name in names:
            module = __import__("tinynet.core." + module_name, None, None, [name])
            value = getattr(module, name)
            globals()[name] = value
            return value
    raise AttributeError("module 'tinynet.core.dtypes' has no attribute %r" % name)
