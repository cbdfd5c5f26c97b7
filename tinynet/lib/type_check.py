"""Questions about real and complex values and types: real, imag, angle, iscomplex, isreal, real_if_close,
nan_to_num, common_type, mintypecode, typename.

A complex array holds pairs (real, imag); ``real`` and ``imag`` view the parts, ``angle`` is
atan2(imag, real).  The ``is...obj`` questions ask about the dtype, the others about each value:

    >>> import tinynet as np
    >>> z = np.array([1 + 2j, 3 + 0j])
    >>> np.real(z), np.imag(z), np.iscomplex(z), np.iscomplexobj(z)
    (array([1., 3.]), array([2., 0.]), array([ True, False]), True)
    >>> np.nan_to_num(np.array([np.nan, np.inf, -1.5]))
    array([ 0.00000000e+000,  1.79769313e+308, -1.50000000e+000])
"""

from tinynet.core import dtypes
from tinynet.core.ndarray import asarray, ndarray
from tinynet.core.ufunc import result

_NAN = float("nan")
_INF = float("inf")


def real(val):
    """Return the real part of val (a view for a complex array; the array itself for a real one).

    >>> real([1 + 2j, 3]).tolist(), real(2.5)
    ([1.0, 3.0], 2.5)
    """
    try:
        return val.real
    except AttributeError:
        return asarray(val).real


def imag(val):
    """Return the imaginary part of val (zeros for a real array).

    >>> imag([1 + 2j, 3]).tolist(), imag(2.5)
    ([2.0, 0.0], 0.0)
    """
    try:
        return val.imag
    except AttributeError:
        return asarray(val).imag


def angle(z, deg=False):
    """Return the angle of each complex number: atan2(imag, real), in radians (degrees if deg).

    Real input has angle 0 or pi; its dtype follows arctan2's rule (int8 gives float16).

    >>> angle([1j, -1, 1 + 1j], deg=True).tolist()
    [90.0, 180.0, 45.0]
    """
    from tinynet.lib.elementwise_float import arctan2  # noqa: PLC0415 - loaded on first use

    a = asarray(z)
    if a._dtype.kind == "c":
        result_angle = arctan2(a.imag, a.real)
    else:
        result_angle = arctan2(0, a)
    if deg:
        result_angle = result_angle * (180.0 / 3.141592653589793)
    return result_angle


def iscomplexobj(x):
    """Return whether x has a complex dtype (whatever its values).

    >>> iscomplexobj([1, 2]), iscomplexobj([1 + 0j])
    (False, True)
    """
    d = getattr(x, "dtype", None)
    d = d if isinstance(d, dtypes.dtype) else asarray(x)._dtype
    return d.kind == "c"


def isrealobj(x):
    """Return whether x does not have a complex dtype.

    >>> isrealobj([1.5]), isrealobj([1j])
    (True, False)
    """
    return not iscomplexobj(x)


def iscomplex(x):
    """Return whether each element has a nonzero imaginary part (all False for a real dtype).

    >>> iscomplex([1 + 1j, 1 + 0j, 2]).tolist()
    [True, False, False]
    """
    a = asarray(x)
    if a._dtype.kind == "c":
        return result([v.imag != 0 for v in a._values()], a._shape, dtypes.BOOL)
    return result([False] * a.size, a._shape, dtypes.BOOL)


def isreal(x):
    """Return whether each element has a zero imaginary part (all True for a real dtype).

    >>> isreal([1 + 1j, 1 + 0j, 2]).tolist()
    [False, True, True]
    """
    a = asarray(x)
    if a._dtype.kind == "c":
        return result([v.imag == 0 for v in a._values()], a._shape, dtypes.BOOL)
    return result([True] * a.size, a._shape, dtypes.BOOL)


def real_if_close(a, tol=100):
    """Return the real part if every imaginary part is below tol (in machine epsilons when tol > 1).

    >>> real_if_close([2.1 + 4e-15j, 5.2 + 3e-15j]).tolist(), real_if_close([2.1 + 4e-13j]).dtype
    ([2.1, 5.2], dtype('complex128'))
    """
    arr = asarray(a)
    if arr._dtype.kind != "c":
        return arr
    if tol > 1:
        tol = dtypes.finfo(dtypes.real_dtype(arr._dtype)).eps * tol
    if all(abs(v.imag) < tol for v in arr._values()):
        return arr.real
    return arr


def _replaced(values, nan, posinf, neginf):
    return [nan if v != v else posinf if v == _INF else neginf if v == -_INF else v for v in values]


def nan_to_num(x, copy=True, nan=0.0, posinf=None, neginf=None):
    """Replace nan with `nan` (0.0), +inf with `posinf` (the dtype's largest) and -inf with `neginf`.

    Complex values have each part replaced; integers and bools come back unchanged.  copy=False writes
    into x itself when x is an array.

    >>> nan_to_num([float("nan"), float("-inf"), 1.0], neginf=-9.0).tolist()
    [0.0, -9.0, 1.0]
    """
    arr = x if isinstance(x, ndarray) and not copy else asarray(x).copy()
    d = arr._dtype
    if d.kind not in "fc":
        return result(arr._values(), arr._shape, d) if not arr._shape else arr
    part = dtypes.real_dtype(d)
    info = dtypes.finfo(part)
    top = float(info.max) if posinf is None else posinf
    bottom = float(info.min) if neginf is None else neginf
    fill = dtypes.fix([float(nan), float(top), float(bottom)], part)
    values = arr._values()
    if d.kind == "c":
        reals = _replaced([v.real for v in values], *fill)
        imags = _replaced([v.imag for v in values], *fill)
        new = [complex(r, i) for r, i in zip(reals, imags)]
    else:
        new = _replaced(values, *fill)
    arr._assign(new)
    return result(arr._values(), (), d) if not arr._shape else arr


# --------------------------------------------------------------------------
# Type codes
# --------------------------------------------------------------------------

_NAMES = {"S1": "character", "?": "bool", "b": "signed char", "B": "unsigned char", "h": "short",
          "H": "unsigned short", "i": "integer", "I": "unsigned integer", "l": "long integer",
          "L": "unsigned long integer", "q": "long long integer", "Q": "unsigned long long integer",
          "f": "single precision", "d": "double precision", "g": "long precision",
          "F": "complex single precision", "D": "complex double precision", "G": "complex long double precision",
          "S": "string", "U": "unicode", "V": "void", "O": "object"}


def typename(char):
    """Return the description of a type code: typename('d') is 'double precision'.

    >>> typename("d"), typename("F")
    ('double precision', 'complex single precision')
    """
    return _NAMES[char]


_BY_SIZE = "GDFgdfQqLlIiHhBb?"


def mintypecode(typechars, typeset="GDFgdf", default="d"):
    """Return the smallest type code in typeset that the given types (codes or arrays) safely cast to.

    If none of the types is in typeset, return default; 'F' with 'd' gives 'D'.

    >>> mintypecode(["d", "f", "S"]), mintypecode("idF")
    ('d', 'D')
    """
    codes = [t if isinstance(t, str) else asarray(t)._dtype.char for t in typechars]
    found = set(t for t in codes if t in typeset)
    if not found:
        return default
    if "F" in found and "d" in found:
        return "D"
    return min(found, key=_BY_SIZE.index)


def common_type(*arrays):
    """Return the scalar type that every array converts to without losing precision.

    Integers count as float64, float16 and float32 keep their size; any complex array makes it complex.

    >>> common_type(asarray([1, 2])).__name__, common_type(asarray([1.0], dtype="float32"), asarray([1j])).__name__
    ('float64', 'complex128')
    """
    is_complex = False
    size = 0
    for a in arrays:
        d = asarray(a)._dtype
        if d.kind == "c":
            is_complex = True
            size = max(size, dtypes.real_dtype(d).itemsize)
        elif d.kind in "iu":
            size = max(size, 8)
        elif d.kind == "f":
            size = max(size, d.itemsize)
        else:
            raise TypeError("can't get common type for non-numeric array")
    if is_complex:
        return (dtypes.COMPLEX64 if size <= 4 else dtypes.COMPLEX128).type
    return (dtypes.FLOAT16 if size <= 2 else dtypes.FLOAT32 if size == 4 else dtypes.FLOAT64).type
