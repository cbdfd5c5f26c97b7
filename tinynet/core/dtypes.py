"""The four dtypes tinynet knows, their scalar types and NumPy's promotion rules.

Every array has one dtype, and every value in it is the matching Python type:

    ========  ====  ==============  ==========================
    dtype     kind  Python values   NumPy name
    ========  ====  ==============  ==========================
    bool      b     bool            ``np.bool_``
    uint8     u     int in 0..255   ``np.uint8``
    int64     i     int             ``np.int64`` (NumPy's default int)
    float64   f     float           ``np.float64`` (the default float)
    ========  ====  ==============  ==========================

    >>> as_dtype("float64"), as_dtype(int), as_dtype(bool)
    (dtype('float64'), dtype('int64'), dtype('bool'))
    >>> promote(INT64, FLOAT64)
    dtype('float64')
    >>> as_dtype("f8") == "float64", as_dtype("f8") == float
    (True, True)

The scalar types (``float64``, ``int64``, ...) are defined in ``scalars``,
which registers them here.
"""

from tinynet.core import floats

# --------------------------------------------------------------------------
# dtype objects
# --------------------------------------------------------------------------


class dtype:
    """The type of an array's elements: dtype('float64'), dtype('int64'), ...

    >>> dtype("int64").kind, dtype("float64").itemsize
    ('i', 8)
    """

    def __new__(cls, spec="float64"):
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
        except TypeError:
            return False

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self.name)

    @property
    def str(self):
        """The array-protocol type string, as NumPy gives it ('<f8')."""
        return ("|" if self.itemsize == 1 else "<") + self.kind + "%d" % self.itemsize


def _make_dtype(name, kind, itemsize, char, python_type):
    d = object.__new__(dtype)
    d.name = name
    d.kind = kind
    d.itemsize = itemsize
    d.char = char
    d.python_type = python_type
    d.type = None  # the scalar class, registered by tinynet.scalars
    d.make_scalar = None
    return d


BOOL = _make_dtype("bool", "b", 1, "?", bool)
UINT8 = _make_dtype("uint8", "u", 1, "B", int)
INT64 = _make_dtype("int64", "i", 8, "l", int)
UINT64 = _make_dtype("uint64", "u", 8, "L", int)  # only as the sum of uint8 values, as in NumPy
FLOAT64 = _make_dtype("float64", "f", 8, "d", float)

# Promotion goes up this ladder: bool < uint8 < int64 < uint64 < float64,
# except that int64 and uint64 together need float64 (neither holds the other).
_RANK = {"bool": 0, "uint8": 1, "int64": 2, "uint64": 2.5, "float64": 3}
_BY_RANK = (BOOL, UINT8, INT64, UINT64, FLOAT64)

_NAMES = {
    "bool": BOOL, "bool_": BOOL, "bool8": BOOL, "?": BOOL, "b1": BOOL,
    "uint8": UINT8, "u1": UINT8, "B": UINT8, "ubyte": UINT8,
    "uint64": UINT64, "u8": UINT64, "L": UINT64, "uint": UINT64, "ulong": UINT64,
    "int64": INT64, "int": INT64, "int_": INT64, "i8": INT64, "l": INT64, "long": INT64,
    "intp": INT64, "q": INT64, "longlong": INT64,
    "float64": FLOAT64, "float": FLOAT64, "float_": FLOAT64, "f8": FLOAT64, "d": FLOAT64,
    "double": FLOAT64,
}


def as_dtype(spec):
    """Return the dtype named by a string, a scalar type, a Python type or a dtype.

    None means float64, as in NumPy's ``zeros(3, dtype=None)``.

    >>> as_dtype("int64"), as_dtype(float), as_dtype(None), as_dtype("<f8")
    (dtype('int64'), dtype('float64'), dtype('float64'), dtype('float64'))
    >>> as_dtype("complex128")
    Traceback (most recent call last):
      ...
    TypeError: data type 'complex128' is not supported by tinynet (use bool, uint8, int64 or float64)
    """
    if isinstance(spec, dtype):
        return spec
    if spec is None:
        return FLOAT64
    if isinstance(spec, str):
        key = spec[1:] if spec[:1] in "<>=|" and len(spec) > 1 else spec
        if key in _NAMES:
            return _NAMES[key]
        raise TypeError(
            "data type %r is not supported by tinynet (use bool, uint8, int64 or float64)" % spec
        )
    for d in _BY_RANK:
        if spec is d.type:
            return d
    if spec is bool:
        return BOOL
    if spec is int:
        return INT64
    if spec is float:
        return FLOAT64
    name = getattr(spec, "name", None) or getattr(spec, "__name__", None)
    if isinstance(name, str) and name in _NAMES:  # NumPy's own dtypes and scalar types
        return _NAMES[name]
    raise TypeError("data type %r not understood" % (spec,))


def promote(a, b):
    """Return the dtype NumPy gives a binary operation on arrays of dtypes a and b.

    >>> promote(BOOL, UINT8), promote(UINT8, INT64), promote(INT64, UINT64)
    (dtype('uint8'), dtype('int64'), dtype('float64'))
    """
    if (a is INT64 and b is UINT64) or (a is UINT64 and b is INT64):
        return FLOAT64
    return a if _RANK[a.name] >= _RANK[b.name] else b


def promote_weak(array_dtype, python_type):
    """Return the dtype of an array combined with a Python scalar (NEP 50).

    A Python bool, int or float is "weak": it takes the array's dtype unless
    the array's kind is lower (an int array plus 0.5 becomes float64).

    >>> promote_weak(UINT8, int), promote_weak(BOOL, int), promote_weak(INT64, float)
    (dtype('uint8'), dtype('int64'), dtype('float64'))
    """
    scalar = as_dtype(python_type)
    if _KIND_RANK[array_dtype.kind] >= _KIND_RANK[scalar.kind]:
        return array_dtype
    return scalar


# For weak scalars only the kind matters: a Python int fits any integer dtype.
_KIND_RANK = {"b": 0, "u": 1, "i": 1, "f": 2}


def can_cast_same_kind(source, target):
    """Return whether NumPy's 'same_kind' casting allows source -> target.

    >>> can_cast_same_kind(UINT8, INT64), can_cast_same_kind(INT64, UINT8), can_cast_same_kind(FLOAT64, INT64)
    (True, False, False)
    """
    if source is target or source.kind == "b":
        return True
    if source.kind == "f":
        return target.kind == "f"
    if source.kind == "i":
        return target.kind in "if"
    return target.kind != "b"  # uint8 to any number


# --------------------------------------------------------------------------
# Converting values
# --------------------------------------------------------------------------

_INT64_MIN = -(2 ** 63)


def _to_int(x):
    if type(x) is float:
        if x != x or x in (floats.inf, -floats.inf):
            return _INT64_MIN  # what NumPy gives (with a warning) on x86
        return int(x)
    return int(x)


def _to_uint8(x):
    return _to_int(x) & 0xFF


def _to_uint64(x):
    return _to_int(x) & _UINT64_MASK


_UINT64_MASK = 2 ** 64 - 1


def _to_bool(x):
    return bool(x)


def _to_float(x):
    return float(x)


def converter(d):
    """Return the function that turns one value into dtype d's Python type.

    >>> converter(INT64)(2.7), converter(UINT8)(257), converter(BOOL)(0.0), converter(FLOAT64)(3)
    (2, 1, False, 3.0)
    """
    if d is FLOAT64:
        return _to_float
    if d is INT64:
        return _to_int
    if d is UINT8:
        return _to_uint8
    if d is UINT64:
        return _to_uint64
    return _to_bool


def wrap_uint8(x):
    """Return an integer reduced modulo 256, as uint8 arithmetic wraps.

    >>> wrap_uint8(300), wrap_uint8(-1)
    (44, 255)
    """
    return x & 0xFF


def wrapper(d):
    """Return the function that wraps integer results into unsigned dtype d (None if d does not wrap).

    >>> wrapper(UINT64)(-1) == 2 ** 64 - 1, wrapper(INT64)
    (True, None)
    """
    if d is UINT8:
        return wrap_uint8
    if d is UINT64:
        return _to_uint64
    return None


def accumulator(d):
    """Return the dtype NumPy sums, multiplies and accumulates dtype d in.

    >>> accumulator(BOOL), accumulator(UINT8), accumulator(FLOAT64)
    (dtype('int64'), dtype('uint64'), dtype('float64'))
    """
    if d is BOOL:
        return INT64
    if d is UINT8:
        return UINT64
    return d


def bounds(d):
    """Return the (smallest, largest) value an integer dtype holds.

    >>> bounds(UINT8)
    (0, 255)
    """
    if d is UINT8:
        return 0, 255
    if d is UINT64:
        return 0, _UINT64_MASK
    return -(2 ** 63), 2 ** 63 - 1


def kind_of_value(x):
    """Return the dtype a single Python value implies: bool, int64 or float64.

    NumPy's own scalars (which are not all Python subclasses) are read
    through their ``.item()``.

    >>> kind_of_value(True), kind_of_value(3), kind_of_value(2.5)
    (dtype('bool'), dtype('int64'), dtype('float64'))
    >>> kind_of_value("a")
    Traceback (most recent call last):
      ...
    TypeError: unsupported value 'a' of type str: tinynet arrays hold bool, int and float
    """
    t = type(x)
    if t is float:
        return FLOAT64
    if t is bool:
        return BOOL
    if t is int:
        return INT64
    if isinstance(x, float):
        return FLOAT64
    if isinstance(x, bool):
        return BOOL
    if isinstance(x, int):
        return INT64
    raise TypeError(
        "unsupported value %r of type %s: tinynet arrays hold bool, int and float"
        % (x, t.__name__)
    )


# --------------------------------------------------------------------------
# Scalars
# --------------------------------------------------------------------------


def scalar(value, d):
    """Return a NumPy-like scalar of dtype d holding value.

    The scalar types live in ``tinynet.scalars``, which registers them here
    as each dtype's ``make_scalar``.  Until then, and on MicroPython (which
    cannot subclass float soundly), the plain Python value is returned.

    >>> scalar(2.5, FLOAT64)
    np.float64(2.5)
    """
    make = d.make_scalar
    return value if make is None else make(value)
