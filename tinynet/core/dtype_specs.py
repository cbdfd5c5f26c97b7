"""Every name and code ``np.dtype`` accepts for tinynet's dtypes, and the errors for the rest.

``dtypes.as_dtype`` finds the canonical names ('float64', 'int8') itself; any other
string, and objects named like NumPy's dtypes and scalar types, come here:

    >>> parse_name("f4"), parse_name("<i2"), parse_name("single"), parse_name(">c16")
    (dtype('float32'), dtype('int16'), dtype('float32'), dtype('complex128'))
    >>> parse_name("int0")
    Traceback (most recent call last):
      ...
    TypeError: Alias 'int0' was removed in NumPy 2.0. Use a name without a digit at the end.
"""

from tinynet.core.dtypes import (
    BOOL, COMPLEX64, COMPLEX128, FLOAT16, FLOAT32, FLOAT64, INT8, INT16, INT32, INT64, UINT8, UINT16, UINT32, UINT64,
)

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


def parse_name(spec):
    """Return the dtype a string names: a name ('double'), or a code with an optional byte order ('<f8')."""
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



def from_object(spec):
    """Return the dtype of a NumPy dtype (by its .name) or scalar type (by its __name__), else raise TypeError.

    >>> class float32: pass
    >>> from_object(float32)
    dtype('float32')
    >>> from_object(3.5)
    Traceback (most recent call last):
      ...
    TypeError: Cannot interpret '3.5' as a data type
    """
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
