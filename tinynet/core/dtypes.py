"""The fourteen dtypes, and the rules every array operation needs: naming, casting safely, promotion.

An array stores plain Python values; its dtype says which values are allowed:

    ==========  ====  ===========================================  ==========
    dtype       kind  Python values                                NumPy char
    ==========  ====  ===========================================  ==========
    bool        b     bool                                         ``?``
    int8 ...    i     int in -2**(bits-1) .. 2**(bits-1) - 1       ``b h i l``
    uint8 ...   u     int in 0 .. 2**bits - 1                      ``B H I L``
    float16/32  f     float exactly representable in binary16/32   ``e f``
    float64     f     float                                        ``d``
    complex64   c     complex whose parts are binary32 values      ``F``
    complex128  c     complex                                      ``D``
    ==========  ====  ===========================================  ==========

(the integers come in 8, 16, 32 and 64 bits).  Arithmetic is done on the Python
values and ``fix`` (in ``representable``) puts each result back into range.

    >>> dtype("f4"), as_dtype(int), dtype("float32") == "single", promote(INT8, UINT8), accumulator(UINT8)
    (dtype('float32'), dtype('int64'), True, dtype('int16'), dtype('uint64'))

The other rules load on first use, one concept per module: ``dtype_specs``
(names and codes such as '<i2'), ``value_dtypes`` and ``value_conversion``
(the dtype of Python values, and values into a dtype), ``cast_rules``
(``can_cast``), ``promotion`` (Python scalars, NEP 50; ``result_type``), ``casting`` (``cast``, as ``astype`` does),
``representable`` (``fix``), ``float_rounding``, ``integer_math`` (fixed-width
//, %, **, shifts) and ``limits`` (``finfo``, ``iinfo``).  Their public names are
attributes here too: ``dtypes.cast`` imports ``casting`` on first use.  The
scalar types live in ``scalars``, which registers each as its dtype's ``type``.
"""

from tinynet.core.errors import warn as _errors_warn
from tinynet.core import lazy as _lazy

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

    # Derived from kind and itemsize on each use, so that a dtype object holds only what the hot paths read.
    @property
    def str(self):
        """The array-interface type string: '<f8', and '|u1' for one byte (which has no byte order)."""
        return ("|" if self.itemsize == 1 else "<") + self.kind + "%d" % self.itemsize

    @property
    def byteorder(self):
        """'=' (native: tinynet is little-endian only), and '|' for one byte."""
        return "|" if self.itemsize == 1 else "="

    @property
    def alignment(self):
        """The alignment NumPy requires of an element: its itemsize, half of it for complex."""
        return self.itemsize // 2 if self.kind == "c" else self.itemsize

    @property
    def python_type(self):
        """The Python type of the values an array of this dtype stores: bool, int, float or complex."""
        return _PYTHON_TYPES[self.kind]

    @property
    def _bits(self):
        return 8 * self.itemsize


_PYTHON_TYPES = {"b": bool, "i": int, "u": int, "f": float, "c": complex}


def _make_dtype(name, kind, itemsize, char):
    d = object.__new__(dtype)
    d.name = name
    d.kind = kind
    d.itemsize = itemsize
    d.char = char
    d.type = None  # the scalar class, registered by tinynet.core.scalars
    d.make_scalar = None
    bits = 8 * itemsize
    if kind == "i":
        d._min, d._max = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    elif kind == "u":
        d._min, d._max = 0, (1 << bits) - 1
    else:
        d._min = d._max = None
    return d


BOOL = _make_dtype("bool", "b", 1, "?")
INT8 = _make_dtype("int8", "i", 1, "b")
INT16 = _make_dtype("int16", "i", 2, "h")
INT32 = _make_dtype("int32", "i", 4, "i")
INT64 = _make_dtype("int64", "i", 8, "l")
UINT8 = _make_dtype("uint8", "u", 1, "B")
UINT16 = _make_dtype("uint16", "u", 2, "H")
UINT32 = _make_dtype("uint32", "u", 4, "I")
UINT64 = _make_dtype("uint64", "u", 8, "L")
FLOAT16 = _make_dtype("float16", "f", 2, "e")
FLOAT32 = _make_dtype("float32", "f", 4, "f")
FLOAT64 = _make_dtype("float64", "f", 8, "d")
COMPLEX64 = _make_dtype("complex64", "c", 8, "F")
COMPLEX128 = _make_dtype("complex128", "c", 16, "D")

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
# Promotion of two dtypes
# --------------------------------------------------------------------------

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
        from tinynet.core.cast_rules import _can_cast_safe

        for d in ALL_DTYPES:
            if _can_cast_safe(a, d) and _can_cast_safe(b, d):
                result = d
                break
        _PROMOTED[key] = result
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
# Integer bounds, and scalars
# --------------------------------------------------------------------------

_INT64_MIN = -(1 << 63)
_INT64_MAX = (1 << 63) - 1
_UINT64_MAX = (1 << 64) - 1
_UINT64_MASK = _UINT64_MAX


def bounds(d):
    """Return the (smallest, largest) value an integer dtype holds (int64's for other dtypes).

    >>> bounds(UINT8), bounds(INT16)
    ((0, 255), (-32768, 32767))
    """
    if d.kind in "iu":
        return d._min, d._max
    return _INT64_MIN, _INT64_MAX



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

# Each module beside this one, and the names of it that ``dtypes.NAME`` finds (one string each: it costs a
# board less heap than a tuple of names).
_LAZY = (
    ("representable", " fix "),
    ("value_dtypes", " convert_scalar dtype_of_value from_python infer_dtype kind_of_value "),
    ("value_conversion", " check_python_int "),
    ("cast_rules", " can_cast "),
    ("casting", " cast converter wrap_uint8 wrapper "),
    ("promotion", " can_cast_same_kind promote_all promote_types promote_weak result_type "),
    ("limits", " finfo iinfo "),
    ("float_rounding", " round_float16_plain round_float32_plain "),
    ("integer_math", " int_floor_divide int_floor_divide_list int_left_shift int_left_shift_list int_power"
                     " int_power_list int_remainder int_remainder_list int_right_shift int_right_shift_list "),
)


def __getattr__(name):
    """Load a name of the dtype rules on first use (``dtypes.cast`` imports ``casting``), then keep it here."""
    return _lazy.load(globals(), "tinynet.core.dtypes", _LAZY, name)
