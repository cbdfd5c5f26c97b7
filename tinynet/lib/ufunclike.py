"""Functions built from ufuncs: fix, isposinf, isneginf and sinc (i0 lives with the windows it serves).

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

    As NumPy computes it: y = pi x, replaced where 0 by the dtype's epsilon (1e-20 for complex), then
    sin(y) / y, so the dtype follows those operations (integers give float64, float32 stays float32).

    >>> sinc([0.0, 1.0, -0.5]).tolist()
    [1.0, 3.8981718325193755e-17, 0.6366197723675814]
    """
    from tinynet.lib.elementwise import where  # noqa: PLC0415 - the ufuncs of the formula
    from tinynet.lib.elementwise_math import sin  # noqa: PLC0415

    y = math.pi * asarray(x)
    eps = dtypes.finfo(y.dtype).eps if y.dtype.kind == "f" else 1.0e-20
    y = where(y != 0, y, eps)
    with errors.errstate(all="ignore"):
        return sin(y) / y
