"""Unary operations on arrays: -a, +a, abs(a), ~a, a.conj(), and ``unary``, which maps a function of one
value over an array's elements, with NumPy's dtype rules and errors.

    >>> from tinynet import array
    >>> unary(abs, array([-1, 2])).tolist(), unary_op("negative", array([1.5])).tolist()
    ([1, 2], [-1.5])
"""

from tinynet.core import dtypes
from tinynet.core import errors
from tinynet.core import portable
from tinynet.core.dtypes import BOOL
from tinynet.core.ufunc import result


def unary(f, a, dt=None, careful=None):
    """Apply f to every element of array a; the result has dtype dt (default a's dtype).

    >>> from tinynet import array
    >>> unary(abs, array([-1, 2])).tolist()
    [1, 2]
    """
    values = a._values()
    try:
        values = list(map(f, values))
    except errors.ARITHMETIC_ERRORS:
        if careful is None:
            raise
        values = list(map(careful, values))
    d = a._dtype if dt is None else dt
    return result(dtypes.fix(values, d), a._shape, d)


def _same(x):
    return x


def _logical_not(x):
    return not x


_neg, _invert = portable.neg, portable.invert


def _conjugate(x):
    return x.conjugate()


def unary_op(name, a):
    """The unary operators -a, +a, abs(a), ~a and a.conj() with NumPy's dtype rules."""
    d = a._dtype
    if name == "negative":
        if d is BOOL:
            raise TypeError(
                "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator "
                "or the logical_not function instead."
            )
        return unary(_neg, a)
    if name == "positive":
        if d is BOOL:
            raise TypeError(
                "ufunc 'positive' did not contain a loop with signature matching types "
                "<class 'numpy.dtypes.BoolDType'> -> None"
            )
        return unary(_same, a)
    if name == "absolute":
        if d is BOOL:
            return unary(_same, a)
        if d.kind == "c":
            from tinynet.core import complex_abs

            real = dtypes.real_dtype(d)
            return unary(complex_abs.abs32 if real.itemsize == 4 else complex_abs.abs64, a, real)
        return unary(abs, a)
    if name == "conjugate":
        if d.kind == "c":
            return unary(_conjugate, a)
        return unary(_same, a)
    if d is BOOL:
        return unary(_logical_not, a)
    if d.kind in "fc":
        raise TypeError(
            "ufunc 'invert' not supported for the input types, and the inputs could not be safely "
            "coerced to any supported types according to the casting rule ''safe''"
        )
    return unary(_invert, a)
