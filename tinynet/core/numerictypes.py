"""NumPy's hierarchy of scalar types, and the questions asked of it: issubdtype, isdtype, min_scalar_type.

The abstract types sort the concrete ones as NumPy does::

    generic
    +-- bool
    +-- number
        +-- integer
        |   +-- signedinteger     int8 int16 int32 int64
        |   +-- unsignedinteger   uint8 uint16 uint32 uint64
        +-- inexact
            +-- floating          float16 float32 float64
            +-- complexfloating   complex64 complex128

    >>> import tinynet as np
    >>> issubclass(np.float32, np.floating), isinstance(np.int8(3), np.integer), issubclass(np.int8, np.inexact)
    (True, True, False)
    >>> np.issubdtype("float32", np.floating), np.issubdtype(np.uint8, np.signedinteger)
    (True, False)

The tables: ``typecodes`` (the one-letter codes by kind), ``sctypeDict`` (every name of a scalar type),
``ScalarType`` (every scalar type, Python's included) and ``little_endian``, as NumPy has them:

    >>> np.typecodes["AllFloat"], np.sctypeDict["single"] is np.float32, np.little_endian
    ('efdgFDG', True, True)
    >>> np.float32 in np.ScalarType, float in np.ScalarType
    (True, True)

tinynet's scalar classes are defined before this module (the core needs them; this module loads on first
use), so the abstract types answer ``issubclass`` and ``isinstance`` through a metaclass, which looks a
concrete type up in the table of its members, rather than by being real base classes.
"""

import sys

from tinynet.core import dtypes
from tinynet.core import scalars
from tinynet.core.ndarray import asarray, ndarray

# --------------------------------------------------------------------------
# The abstract scalar types
# --------------------------------------------------------------------------

_MEMBERS = {}  # abstract type -> the concrete scalar types below it


class _AbstractScalarType(type):
    """The metaclass of the abstract types: a concrete scalar type is a subclass if it is a member."""

    def __subclasscheck__(cls, sub):
        if type.__subclasscheck__(cls, sub):
            return True
        return sub in _MEMBERS.get(cls, ())

    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __repr__(cls):
        return "<class 'numpy.%s'>" % cls.__name__


def _abstract(name, base, doc):
    """Make an abstract scalar type; NumPy refuses to instantiate one."""

    def refuse(cls, *args, **kwargs):
        raise TypeError("cannot create 'numpy.%s' instances" % name)

    return _AbstractScalarType(name, base, {"__doc__": doc, "__new__": refuse, "__module__": "numpy"})


generic = _abstract("generic", (), """The base of every NumPy scalar type; NumPy makes no instance of it.

    >>> isinstance(scalars.float64(1), generic), isinstance(1.0, generic)
    (True, False)
    """)
number = _abstract("number", (generic,), """The base of the numeric scalar types (every one but bool).

    >>> issubclass(scalars.int8, number), issubclass(scalars.bool_, number)
    (True, False)
    """)
integer = _abstract("integer", (number,), """The base of the integer scalar types, signed and unsigned.

    >>> issubclass(scalars.uint8, integer), issubclass(scalars.float16, integer)
    (True, False)
    """)
signedinteger = _abstract("signedinteger", (integer,), """The base of int8, int16, int32 and int64.

    >>> issubclass(scalars.int16, signedinteger), issubclass(scalars.uint16, signedinteger)
    (True, False)
    """)
unsignedinteger = _abstract("unsignedinteger", (integer,), """The base of uint8, uint16, uint32 and uint64.

    >>> issubclass(scalars.uint32, unsignedinteger), issubclass(scalars.int32, unsignedinteger)
    (True, False)
    """)
inexact = _abstract("inexact", (number,), """The base of the floating and complex scalar types.

    >>> issubclass(scalars.complex64, inexact), issubclass(scalars.int64, inexact)
    (True, False)
    """)
floating = _abstract("floating", (inexact,), """The base of float16, float32 and float64.

    >>> issubclass(scalars.float32, floating), issubclass(scalars.complex64, floating)
    (True, False)
    """)
complexfloating = _abstract("complexfloating", (inexact,), """The base of complex64 and complex128.

    >>> issubclass(scalars.complex128, complexfloating), issubclass(scalars.float64, complexfloating)
    (True, False)
    """)
# doctest reads the examples of the abstract types here: their __module__ is "numpy", as NumPy's are.
__test__ = {t.__name__: t for t in (generic, number, integer, signedinteger, unsignedinteger, inexact, floating,
                                    complexfloating)}

_SIGNED = (scalars.int8, scalars.int16, scalars.int32, scalars.int64)
_UNSIGNED = (scalars.uint8, scalars.uint16, scalars.uint32, scalars.uint64)
_FLOATING = (scalars.float16, scalars.float32, scalars.float64)
_COMPLEX = (scalars.complex64, scalars.complex128)
_MEMBERS[signedinteger] = _SIGNED
_MEMBERS[unsignedinteger] = _UNSIGNED
_MEMBERS[integer] = _SIGNED + _UNSIGNED
_MEMBERS[floating] = _FLOATING
_MEMBERS[complexfloating] = _COMPLEX
_MEMBERS[inexact] = _FLOATING + _COMPLEX
_MEMBERS[number] = _MEMBERS[integer] + _MEMBERS[inexact]
_MEMBERS[generic] = (scalars.bool_,) + _MEMBERS[number]
SCALAR_TYPES = _MEMBERS[generic]

# --------------------------------------------------------------------------
# Tables: type codes, names, the scalar types
# --------------------------------------------------------------------------

typecodes = {"Character": "c", "Integer": "bhilqnp", "UnsignedInteger": "BHILQNP", "Float": "efdg",
             "Complex": "FDG", "AllInteger": "bBhHiIlLqQnNpP", "AllFloat": "efdgFDG", "Datetime": "Mm",
             "All": "?bhilqnpBHILQNPefdgFDGSUVOMm"}

ScalarType = (int, float, complex, bool, bytes, str, memoryview) + SCALAR_TYPES

little_endian = sys.byteorder == "little"


def _sctype_dict():
    """Every name NumPy 2's sctypeDict knows each of tinynet's scalar types by."""
    table = {}
    for t in SCALAR_TYPES:
        table[t._dtype.name] = t
    aliases = {"bool_": "bool", "byte": "int8", "ubyte": "uint8", "short": "int16", "ushort": "uint16",
               "intc": "int32", "uintc": "uint32", "int_": "int64", "intp": "int64", "long": "int64",
               "longlong": "int64", "uint": "uint64", "uintp": "uint64", "ulong": "uint64", "ulonglong": "uint64",
               "half": "float16", "single": "float32", "double": "float64", "float": "float64",
               "csingle": "complex64", "cdouble": "complex128", "complex": "complex128", "int": "int64"}
    for alias, name in aliases.items():
        table[alias] = table[name]
    return table


sctypeDict = _sctype_dict()

# --------------------------------------------------------------------------
# Questions about types
# --------------------------------------------------------------------------


def _scalar_type(x):
    """The scalar type of a dtype-like: an abstract or concrete scalar type stays itself."""
    if isinstance(x, type) and (x in SCALAR_TYPES or x in _MEMBERS or x is generic):
        return x
    return dtypes.as_dtype(x).type


def issubdtype(arg1, arg2):
    """Return whether dtype arg1 is below arg2 in the type hierarchy (arg2 may be abstract: np.floating).

    Python's float and int stand for float64 and int64, as dtype(float) does.

    >>> issubdtype("int8", integer), issubdtype(scalars.float64, float), issubdtype(scalars.int32, int)
    (True, True, False)
    """
    return issubclass(_scalar_type(arg1), _scalar_type(arg2))


_KINDS = {
    "bool": ("b",),
    "signed integer": ("i",),
    "unsigned integer": ("u",),
    "integral": ("i", "u"),
    "real floating": ("f",),
    "complex floating": ("c",),
    "numeric": ("i", "u", "f", "c"),
}


def isdtype(dtype, kind):
    """Return whether dtype is of the kind named (the array API's question).

    kind is a dtype, one of 'bool', 'signed integer', 'unsigned integer', 'integral', 'real floating',
    'complex floating', 'numeric', or a tuple of these (any of them).

    >>> isdtype(dtypes.FLOAT32, "real floating"), isdtype(dtypes.INT8, ("bool", "unsigned integer"))
    (True, False)
    """
    if isinstance(dtype, type) and dtype in SCALAR_TYPES:
        dtype = dtype._dtype
    if not isinstance(dtype, dtypes.dtype):
        raise TypeError("dtype argument must be a NumPy dtype, but it is a %s." % (type(dtype),))
    kinds = kind if isinstance(kind, tuple) else (kind,)
    for k in kinds:
        if isinstance(k, str):
            if k not in _KINDS:
                raise ValueError("kind argument is a string, but %r is not a known kind name." % (k,))
            if dtype.kind in _KINDS[k]:
                return True
        elif isinstance(k, dtypes.dtype) or (isinstance(k, type) and k in SCALAR_TYPES):
            if dtypes.as_dtype(k) is dtype:
                return True
        else:
            raise TypeError("kind argument must be comprised of NumPy dtypes or strings only, but is a %s."
                            % (type(k),))
    return False


def _min_int_dtype(v):
    for d in ((dtypes.UINT8, dtypes.UINT16, dtypes.UINT32, dtypes.UINT64) if v >= 0
              else (dtypes.INT8, dtypes.INT16, dtypes.INT32, dtypes.INT64)):
        if d._min <= v <= d._max:
            return d
    return None


def _min_float_dtype(v):
    # NumPy's thresholds: below 65000 in size float16, below 3.4e38 float32; nan and inf fit float16
    if -65000.0 < v < 65000.0 or v - v != 0:
        return dtypes.FLOAT16
    return dtypes.FLOAT32 if -3.4e38 < v < 3.4e38 else dtypes.FLOAT64


def min_scalar_type(a):
    """Return the smallest dtype that holds the value of a scalar (or a 0-d array); an array's own dtype.

    Integers: the smallest unsigned type for a value >= 0, else the smallest signed one.  Floats: by size
    alone (precision is not asked for), NumPy's thresholds: below 65000 float16, below 3.4e38 float32;
    complex: complex64 if both parts are below 3.4e38.

    >>> min_scalar_type(255), min_scalar_type(-129), min_scalar_type(1e5), min_scalar_type(1j)
    (dtype('uint8'), dtype('int16'), dtype('float32'), dtype('complex64'))
    """
    arr = asarray(a)
    if arr.ndim:
        return arr._dtype
    v = arr._values()[0]
    kind = arr._dtype.kind
    if kind == "b":
        return dtypes.BOOL
    if kind in "iu":
        return _min_int_dtype(v) or arr._dtype
    if kind == "f":
        return _min_float_dtype(v)
    small = -3.4e38 < v.real < 3.4e38 and -3.4e38 < v.imag < 3.4e38
    return dtypes.COMPLEX64 if small or arr._dtype is dtypes.COMPLEX64 else dtypes.COMPLEX128


def isscalar(element):
    """Return whether element is a scalar: a NumPy-like scalar or a Python number, str or bytes.

    Arrays, 0-d ones included, and lists are not.

    >>> isscalar(3.1), isscalar(scalars.float32(1)), isscalar(asarray(1)), isscalar([1]), isscalar("a")
    (True, True, False, False, True)
    """
    if isinstance(element, ndarray):
        return False
    return type(element) in ScalarType or isinstance(element, (int, float, complex)) or scalars.is_scalar(element)
