"""Functions whose result is complex where the real one is undefined, as ``numpy.emath`` (``numpy.lib.scimath``).

``np.sqrt(-1.0)`` is nan (with a RuntimeWarning); ``np.emath.sqrt(-1.0)`` is ``1j``.  The rule, for each
function: if a real input lies outside the real function's domain, the whole input is first converted to
complex, and the complex function gives the principal value; otherwise the real function answers, with a
real result.

- ``sqrt``, ``log``, ``log2``, ``log10``: complex when some x < 0;
- ``logn(n, x) = log(x) / log(n)``: each of n and x complex when some element of it is < 0;
- ``power(x, p)``: x complex when some x < 0; p made float when some p < 0 (so 2 ** -1 is 0.5, not an error);
- ``arccos``, ``arcsin``, ``arctanh``: complex when some |x| > 1.

The complex dtype is complex64 for float32, int8, int16, uint8 and uint16 input, complex128 otherwise.

    >>> import tinynet as np
    >>> np.emath.sqrt(-1), np.emath.sqrt(4), np.emath.log(-1)
    (np.complex128(1j), np.float64(2.0), np.complex128(3.141592653589793j))
    >>> np.emath.power([2, -2], [-2, 2]), np.emath.arccos([2, 0.5])
    (array([0.25+0.j, 4.  -0.j]), array([0.        -1.3169579j, 1.04719755-0.j       ]))
"""

from tinynet.core.ndarray import asarray

__all__ = ["arccos", "arcsin", "arctanh", "log", "log10", "log2", "logn", "power", "sqrt"]

# the real dtypes NumPy widens to complex64 (the rest go to complex128)
_TO_COMPLEX64 = ("float32", "int8", "int16", "uint8", "uint16")


def _complex(x):
    """x as a complex array: complex64 for the small dtypes, complex128 for the others."""
    if x.dtype.kind == "c":
        return x
    return x.astype("complex64" if x.dtype.name in _TO_COMPLEX64 else "complex128")


def _any(mask):
    return bool(asarray(mask).any())


def _real_below_zero(x):
    """x as an array, made complex when a real element is below zero."""
    x = asarray(x)
    if x.dtype.kind != "c" and x.size and _any(x < 0):
        return _complex(x)
    return x


def _real_beyond_one(x):
    """x as an array, made complex when a real element has |x| > 1."""
    x = asarray(x)
    if x.dtype.kind != "c" and x.size and _any(abs(x) > 1):
        return _complex(x)
    return x


def _ufunc(name):
    """tinynet's ufunc of that name (the package loads it on first use)."""
    import tinynet  # noqa: PLC0415 - the package imports this module, not the other way round

    return getattr(tinynet, name)


def _scalar_or_array(result):
    """A 0-d result as its scalar, as NumPy's ufuncs give."""
    result = asarray(result)
    return result[()] if result.ndim == 0 else result


def sqrt(x):
    """Return the square root: principal complex root where some x < 0.

    >>> sqrt([-4.0, 0.25])
    array([0. +2.j, 0.5+0.j])
    """
    return _scalar_or_array(_ufunc("sqrt")(_real_below_zero(x)))


def log(x):
    """Return the natural logarithm: log|x| + i pi where x < 0 (the whole input complex then).

    >>> log([-1.0, 1.0])
    array([0.+3.14159265j, 0.+0.j        ])
    """
    return _scalar_or_array(_ufunc("log")(_real_below_zero(x)))


def log10(x):
    """Return the base-10 logarithm: log10|x| + i pi / ln 10 where x < 0.

    >>> log10([-10.0, 100.0])
    array([1.+1.36437635j, 2.+0.j        ])
    """
    return _scalar_or_array(_ufunc("log10")(_real_below_zero(x)))


def log2(x):
    """Return the base-2 logarithm: log2|x| + i pi / ln 2 where x < 0.

    >>> log2([-2.0, 4.0])
    array([1.+4.53236014j, 2.+0.j        ])
    """
    return _scalar_or_array(_ufunc("log2")(_real_below_zero(x)))


def logn(n, x):
    """Return the base-n logarithm of x: log(x) / log(n), each made complex where it has a negative element.

    >>> logn(2, [4, -8])
    array([2.+0.j        , 3.+4.53236014j])
    """
    return _scalar_or_array(_ufunc("log")(_real_below_zero(x)) / _ufunc("log")(_real_below_zero(n)))


def power(x, p):
    """Return x ** p: x complex where some x < 0, p float where some p < 0 (an integer power may be negative).

    >>> power(2, -1), power(-8, 2)
    (np.float64(0.5), np.complex128(64-0j))
    """
    p = asarray(p)
    if p.dtype.kind != "c" and p.size and _any(p < 0):
        p = p * 1.0
    return _scalar_or_array(_ufunc("power")(_real_below_zero(x), p))


def arccos(x):
    """Return the inverse cosine: the principal complex value where some |x| > 1.

    >>> arccos([2.0])
    array([0.-1.3169579j])
    """
    return _scalar_or_array(_ufunc("arccos")(_real_beyond_one(x)))


def arcsin(x):
    """Return the inverse sine: the principal complex value where some |x| > 1.

    >>> arcsin([2.0])
    array([1.57079633+1.3169579j])
    """
    return _scalar_or_array(_ufunc("arcsin")(_real_beyond_one(x)))


def arctanh(x):
    """Return the inverse hyperbolic tangent: the principal complex value where some |x| > 1.

    >>> arctanh([2.0])
    array([0.54930614+1.57079633j])
    """
    return _scalar_or_array(_ufunc("arctanh")(_real_beyond_one(x)))
