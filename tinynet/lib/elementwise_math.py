"""More elementwise math: log2, log10, log1p, sin, cos, floor, ceil, square, sign, positive,
floor_divide and remainder (mod).

They load on first use (the catalog in lib/catalog.py); exp, log, sqrt, tanh and the arithmetic every
program needs stay in ``lib/elementwise.py``.

>>> log2([1.0, 8.0]).tolist(), floor([-1.5, 2.5]).tolist(), remainder([5, -5], 3).tolist()
([0.0, 3.0], [-2.0, 2.0], [2, 1])
"""

import math

from tinynet.core import dtypes
from tinynet.core import floats
from tinynet.core.dtypes import BOOL
from tinynet.core.ndarray import asarray
from tinynet.core.ufunc import binary, unary
from tinynet.core.umath import ufunc
from tinynet.lib import ufunc_loops
from tinynet.lib.elementwise import _binary_function, _float_function


def _log2(x):
    return floats.log(x) / math.log(2.0) if not x > 0 else math.log2(x)


def log2(x):
    """Return the base-2 logarithm elementwise.

    >>> log2([1.0, 8.0]).tolist()
    [0.0, 3.0]
    """
    return _float_function("log2", x, math.log2, _log2, (0.0,))


def _log10(x):
    return floats.log(x) if not x > 0 else math.log10(x)


def log10(x):
    """Return the base-10 logarithm elementwise.

    >>> log10([1.0, 1000.0]).tolist()
    [0.0, 3.0]
    """
    return _float_function("log10", x, math.log10, _log10, (0.0,))


def _log1p(x):
    # log(1 + x) accurately for small x: with u = 1 + x rounded, log(u) * (x / (u - 1))
    # cancels the rounding error of u (a classic trick; MicroPython has no log1p).  The ratio is
    # taken first: log(u) * x overflows for x near the largest float (log1p(1.8e308) = 709.78).
    u = 1.0 + x
    if u == 1.0:
        return float(x)
    if u <= 0 or u == floats.inf:
        return floats.log(u)
    return math.log(u) * (x / (u - 1.0))


_math_log1p = getattr(math, "log1p", None)


def log1p(x):
    """Return log(1 + x) elementwise, accurate for small x.

    >>> log1p([0.0, 1e-20]).tolist()
    [0.0, 1e-20]
    """
    return _float_function("log1p", x, _math_log1p or _log1p, _log1p, (-1.0,))


def sin(x):
    """Return the sine elementwise.

    >>> sin([0.0]).tolist()
    [0.0]
    """
    return _float_function("sin", x, math.sin, floats.sin)


def cos(x):
    """Return the cosine elementwise.

    >>> cos([0.0]).tolist()
    [1.0]
    """
    return _float_function("cos", x, math.cos, floats.cos)


def _floor(x):
    try:
        return math.copysign(float(math.floor(x)), x)  # floor(-0.0) is -0.0
    except floats.ARITHMETIC_ERRORS:  # inf and nan are their own floor
        return x


def _ceil(x):
    try:
        return math.copysign(float(math.ceil(x)), x)  # ceil(-0.5) is -0.0
    except floats.ARITHMETIC_ERRORS:
        return x


def floor(x):
    """Return the largest integer <= x elementwise, as floats.

    >>> floor([-1.5, 2.5]).tolist()
    [-2.0, 2.0]
    """
    return _rounding("floor", x, _floor)


def ceil(x):
    """Return the smallest integer >= x elementwise, as floats.

    >>> ceil([-1.5, 2.5]).tolist()
    [-1.0, 3.0]
    """
    return _rounding("ceil", x, _ceil)


def _rounding(name, x, kernel):
    """floor or ceil: bools and integers come back in their own dtype, floats keep theirs, complex is refused."""
    a = asarray(x)
    if a._dtype.kind == "c":
        raise ufunc_loops.not_supported(name)
    if a._dtype.kind != "f":
        return unary(_identity, a)
    return unary(kernel, a)


def _identity(x):
    return x


def square(x):
    """Return x * x elementwise.

    >>> square([-3, 2]).tolist()
    [9, 4]
    """
    a = asarray(x)
    if a._dtype is BOOL:
        a = a.astype(dtypes.INT8)  # NumPy squares bools in int8, not as logical and
    return binary("multiply", a, a)


def sign(x):
    """Return -1, 0 or 1 elementwise by the sign of x (nan stays nan); z / |z| for complex z (0 at 0).

    >>> sign([-2.5, 0.0, 3.0]).tolist()
    [-1.0, 0.0, 1.0]
    >>> sign([3 + 4j, 0j]).tolist()
    [(0.6+0.8j), 0j]
    """
    a = asarray(x)
    if a._dtype is BOOL:
        raise TypeError("ufunc 'sign' did not contain a loop with signature matching types")
    if a._dtype.kind == "c":
        if a._dtype is dtypes.COMPLEX128:
            return unary(floats.complex_sign, a)
        part = dtypes.real_dtype(a._dtype)  # complex64: |z| is rounded to float32 before dividing

        def round_abs(r):
            return dtypes.fix([r], part)[0]

        return unary(lambda z: floats.complex_sign(z, round_abs), a)
    return unary(floats.sign, a)


def positive(x):
    """Return +x elementwise (a copy).

    >>> positive([1, -2]).tolist()
    [1, -2]
    """
    return +asarray(x)


def floor_divide(a, b):
    """Return a // b elementwise.

    >>> floor_divide([7, -7], 2).tolist()
    [3, -4]
    """
    return _binary_function("floor_divide", a, b)


def remainder(a, b):
    """Return a % b elementwise, with the sign of b.

    >>> remainder([7, -7], 3).tolist()
    [1, 2]
    """
    return _binary_function("remainder", a, b)


# The functions above as ufunc objects (see core/umath.py).  The docstrings' examples still run as
# doctests: doctest reads __test__ for objects that are not functions.  (MicroPython keeps no docstrings.)
__test__ = {}
for _name, _nin, _neutral in [("log2", 1, None), ("log10", 1, None), ("log1p", 1, None), ("sin", 1, None),
        ("cos", 1, None), ("floor", 1, None), ("ceil", 1, None), ("square", 1, None), ("sign", 1, None),
        ("positive", 1, None), ("floor_divide", 2, None), ("remainder", 2, None)]:
    _doc = getattr(globals()[_name], "__doc__", None)
    if ">>>" in (_doc or ""):
        __test__[_name] = _doc
    globals()[_name] = ufunc(_name, _nin, globals()[_name], _neutral, _doc)
mod = remainder
