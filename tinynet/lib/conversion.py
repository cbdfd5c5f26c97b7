"""Making and checking arrays: asanyarray, asarray_chkfinite, require, astype, isfortran, iterable,
array_equiv.

    >>> import tinynet as np
    >>> np.array_equiv([1, 2], [[1, 2], [1, 2]]), np.iterable([1]), np.iterable(2)
    (True, True, False)
    >>> np.require([1, 2], dtype="float32", requirements="F").flags.f_contiguous
    True
"""

from tinynet.core import dtypes
from tinynet.core import index_math
from tinynet.core.ndarray import array, asarray, ndarray


def asanyarray(a, dtype=None, order=None, *, like=None):
    """Convert a to an array (tinynet has no ndarray subclasses, so this is asarray).

    >>> asanyarray([1, 2]).tolist()
    [1, 2]
    """
    return asarray(a, dtype=dtype, order=order)


def asarray_chkfinite(a, dtype=None, order=None):
    """Convert a to an array, refusing inf and nan with a ValueError.

    >>> asarray_chkfinite([1.0, 2.0]).tolist()
    [1.0, 2.0]
    >>> asarray_chkfinite([1.0, float("nan")])
    Traceback (most recent call last):
      ...
    ValueError: array must not contain infs or NaNs
    """
    arr = asarray(a, dtype=dtype, order=order)
    if arr._dtype.kind in "fc":
        for v in arr._values():
            if v - v != 0:
                raise ValueError("array must not contain infs or NaNs")
    return arr


_FLAGS = {"C": "C_CONTIGUOUS", "C_CONTIGUOUS": "C_CONTIGUOUS", "CONTIGUOUS": "C_CONTIGUOUS",
          "F": "F_CONTIGUOUS", "F_CONTIGUOUS": "F_CONTIGUOUS", "FORTRAN": "F_CONTIGUOUS",
          "A": "ALIGNED", "ALIGNED": "ALIGNED", "W": "WRITEABLE", "WRITEABLE": "WRITEABLE",
          "O": "OWNDATA", "OWNDATA": "OWNDATA", "E": "ENSUREARRAY", "ENSUREARRAY": "ENSUREARRAY"}


def require(a, dtype=None, requirements=None, *, like=None):
    """Return a as an array of dtype that meets the requirements, copying only if it must.

    requirements: any of 'C' (C-contiguous), 'F' (Fortran-contiguous), 'A' (aligned), 'W' (writeable),
    'O' (owns its data), 'E' (a base-class array), or their long names.

    >>> b = require([[1, 2], [3, 4]], requirements=["F", "W"]); b.flags.f_contiguous, b.flags.writeable
    (True, True)
    """
    if not requirements:
        return asanyarray(a, dtype=dtype)
    if isinstance(requirements, str):
        requirements = [requirements]
    wanted = set(_FLAGS[r.upper()] for r in requirements)
    wanted.discard("ENSUREARRAY")  # tinynet has no ndarray subclasses
    wanted.discard("ALIGNED")  # every tinynet array is aligned
    order = "A"
    if "C_CONTIGUOUS" in wanted and "F_CONTIGUOUS" in wanted:
        raise ValueError("Cannot specify both \"C\" and \"F\" order")
    if "C_CONTIGUOUS" in wanted:
        order = "C"
        wanted.discard("C_CONTIGUOUS")
    elif "F_CONTIGUOUS" in wanted:
        order = "F"
        wanted.discard("F_CONTIGUOUS")
    arr = array(a, dtype=dtype, copy=None, order=order)
    if order != "A":
        wanted.add("C_CONTIGUOUS" if order == "C" else "F_CONTIGUOUS")
    for flag in wanted:
        if not arr.flags[flag]:
            return arr.copy(order)
    return arr


def isfortran(a):
    """Return whether a is Fortran-contiguous and not also C-contiguous (a 1-d array is both: False).

    >>> isfortran(asarray([[1, 2], [3, 4]]).T), isfortran(asarray([1, 2]))
    (True, False)
    """
    return bool(a.flags.f_contiguous and not a.flags.c_contiguous)


def astype(x, dtype, *, copy=True, device=None):
    """Return x cast to dtype (the array API's function form of x.astype); x must be an array or scalar.

    >>> astype(asarray([1.7, -2.2]), "int8").tolist()
    [1, -2]
    """
    if not isinstance(x, ndarray) and not hasattr(x, "_dtype"):
        raise TypeError("Input should be a NumPy array or scalar. It is a %s instead." % (type(x),))
    if device not in (None, "cpu"):
        raise ValueError("Device not understood. Only \"cpu\" is allowed, but received: %s" % (device,))
    return x.astype(dtypes.as_dtype(dtype), copy=copy)


def iterable(y):
    """Return whether y can be iterated over (0-d arrays cannot).

    >>> iterable([1, 2]), iterable(3), iterable(asarray(3))
    (True, False, False)
    """
    try:
        iter(y)
    except TypeError:
        return False
    return True


def array_equiv(a1, a2):
    """Return whether a1 and a2 have equal elements once broadcast together (False if they cannot be).

    >>> array_equiv([1, 2], [[1, 2], [1, 3]]), array_equiv([1, 2], [1, 2, 3])
    (False, False)
    """
    try:
        a, b = asarray(a1), asarray(a2)
    except (TypeError, ValueError):
        return False
    try:
        index_math.broadcast_shapes(a._shape, b._shape)
    except ValueError:
        return False
    return bool(asarray(a == b).all())
