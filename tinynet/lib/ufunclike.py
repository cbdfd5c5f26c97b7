"""Functions built from ufuncs: fix, isposinf, isneginf, sinc and i0.

    >>> import tinynet as np
    >>> np.fix([-2.7, 2.7]), np.isposinf([np.inf, -np.inf, 1.0])
    (array([-2.,  2.]), array([ True, False, False]))
    >>> np.sinc([0.0, 0.5])
    array([1.        , 0.63661977])
"""

import math

from tinynet.core import dtypes
from tinynet.core import errors
from tinynet.core import floats
from tinynet.core.ndarray import asarray, ndarray
from tinynet.core.ufunc import result


def fix(x, out=None):
    """Round toward zero elementwise: ceil(x) where x < 0, floor(x) elsewhere (integers stay integers).

    >>> fix([-2.5, -0.5, 0.5, 2.5]).tolist(), fix(3)
    ([-2.0, -0.0, 0.0, 2.0], np.int64(3))
    """
    a = asarray(x)
    if a._dtype.kind == "c":
        from tinynet.lib.ufunc_loops import not_supported  # noqa: PLC0415

        raise not_supported("ceil")
    values = a._values() if a._dtype.kind != "f" else [floats.trunc(v) for v in a._values()]
    value = result(list(values), a._shape, a._dtype)
    if out is not None:
        out[...] = value
        return out
    return value


def _check_real(name, a):
    if a._dtype.kind == "c":
        raise TypeError("This operation is not supported for %s values because it would be ambiguous."
                        % a._dtype.name)


def isposinf(x, out=None):
    """Return whether each element is +inf (False for integers; complex input is refused).

    >>> isposinf([float("inf"), float("-inf"), 2]).tolist()
    [True, False, False]
    """
    a = asarray(x)
    _check_real("isposinf", a)
    value = result([v == floats.inf for v in a._values()], a._shape, dtypes.BOOL)
    return value if out is None else _write(out, value)


def isneginf(x, out=None):
    """Return whether each element is -inf (False for integers; complex input is refused).

    >>> isneginf([float("inf"), float("-inf"), 2]).tolist()
    [False, True, False]
    """
    a = asarray(x)
    _check_real("isneginf", a)
    value = result([v == -floats.inf for v in a._values()], a._shape, dtypes.BOOL)
    return value if out is None else _write(out, value)


def _write(out, value):
    if not isinstance(out, ndarray):
        raise TypeError("return arrays must be of ArrayType")
    out[...] = value
    return out


def sinc(x):
    """Return sin(pi x) / (pi x) elementwise, with sinc(0) = 1.

    As NumPy computes it: y = pi * where(x == 0, 1e-20, x), then sin(y) / y, so the dtype follows those
    operations (integers give float64, float32 stays float32).

    >>> sinc([0.0, 1.0, -0.5]).tolist()
    [1.0, 3.8981718325193755e-17, 0.6366197723675814]
    """
    from tinynet.lib.elementwise import sin, where  # noqa: PLC0415 - the ufuncs of the formula

    a = asarray(x)
    y = math.pi * where(a == 0, 1.0e-20, a)
    with errors.errstate(all="ignore"):
        return sin(y) / y


def _i0(x):
    """The modified Bessel function of the first kind, order 0, of x >= 0 (a float)."""
    if x != x or x == floats.inf:
        return floats.nan  # NumPy's formula e**x * series / sqrt(x) is inf / inf at inf
    if x > 710.0:
        return floats.inf  # e**x overflows, as in NumPy's formula
    if x <= 30.0:
        # sum_k ((x/2)**k / k!)**2: positive terms, so accurate to a few ulps
        q = x * x / 4.0
        term, total, k = 1.0, 1.0, 0
        while term > total * 1e-17:
            k += 1
            term *= q / (k * k)
            total += term
        return total
    # e**x / sqrt(2 pi x) * (1 + 1/(8x) + 9/(2 (8x)**2) + ...), stopped where the terms stop shrinking
    total, term, k = 1.0, 1.0, 0
    while True:
        k += 1
        new = term * (2 * k - 1) ** 2 / (k * 8.0 * x)
        if new < total * 1e-17 or new > term:
            break
        term = new
        total += term
    return floats.exp(x) * (total / math.sqrt(2.0 * math.pi * x))


def i0(x):
    """Return the modified Bessel function of the first kind, order 0, elementwise.

    I0(x) = sum_k ((x/2)**k / k!)**2, which grows like e**|x| / sqrt(2 pi |x|) (inf past x = 709.78,
    with NumPy's warning "overflow encountered in exp").  Integers give float64; complex is refused.
    The result is always an array (0-d for a scalar), as NumPy's.

    >>> i0([0.0, 1.0, -1.0]).tolist()
    [1.0, 1.2660658777520082, 1.2660658777520082]
    """
    a = asarray(x)
    if a._dtype.kind == "c":
        raise TypeError("i0 not supported for complex values")
    d = a._dtype if a._dtype.kind == "f" else dtypes.FLOAT64
    values = [float(v) for v in a._values()]
    out = dtypes.fix([_i0(abs(v)) for v in values], d)
    if floats.inf in out and any(v - v == 0 and w == floats.inf for v, w in zip(values, out)):
        errors.floating_error(errors.OVERFLOW, "exp")
    return ndarray._make(out, a._shape, d)  # a 0-d array for a scalar, as NumPy's piecewise gives
