"""Assertions on any objects: equal, almost equal, and equal to some significant digits.

``assert_equal`` walks dicts, lists and tuples item by item and hands arrays to
``assert_array_equal``; everything else is compared as a scalar, with nan equal to nan and
0.0 unequal to -0.0.  ``assert_almost_equal`` does the same with a tolerance of
``1.5 * 10**-decimal``; ``assert_approx_equal`` compares floats to ``significant`` digits.

    >>> assert_equal({"w": [1, 2.5], "b": 0}, {"w": [1, 2.5], "b": 0})
    >>> assert_equal([4, 5], [4, 6])
    Traceback (most recent call last):
      ...
    AssertionError:
    Items are not equal:
    item=1
    <BLANKLINE>
     ACTUAL: 5
     DESIRED: 6

A scalar here is a Python number, a tinynet or NumPy scalar (``np.float32(0.1)``), a string or
any ``numbers.Number``.  Scalars with a dtype compute as NumPy's do: ``float32(0.1) == 0.1``
holds, because the Python float is rounded to float32 first (NEP 50).
"""

import math

from tinynet.core import dtypes
from tinynet.core.ndarray import asarray, ndarray
from tinynet.testing import values as vals
from tinynet.testing.arrays import assert_array_almost_equal, assert_array_equal
from tinynet.testing.compare import build_err_msg

try:
    from numbers import Number as _Number
except ImportError:  # MicroPython
    _Number = None

_INF = float("inf")
_NAN = float("nan")

# --------------------------------------------------------------------------
# What kind of object is this?
# --------------------------------------------------------------------------


def _is_ndarray(x):
    """A tinynet or NumPy array (not a scalar)."""
    return isinstance(x, ndarray) or type(x).__name__ == "ndarray"


def _is_python_number(x):
    t = type(x)
    return t is bool or t is int or t is float or t is complex


def _typed(x):
    """(value, dtype) of a tinynet or NumPy scalar, or None for anything else."""
    if _is_python_number(x) or _is_ndarray(x):
        return None
    d = getattr(x, "dtype", None)
    if d is None or not hasattr(x, "item"):
        return None
    try:
        return x.item(), dtypes.as_dtype(d)
    except TypeError:  # a dtype tinynet does not have (str, datetime, ...)
        return None


def isscalar(x):
    """Return whether x is a scalar as NumPy counts them: a number, a NumPy-like scalar, str or bytes."""
    if _is_python_number(x) or isinstance(x, (str, bytes)):
        return True
    if _is_ndarray(x):
        return False
    if _typed(x) is not None:
        return True
    return _Number is not None and isinstance(x, _Number)


def _number(x):
    """(Python value, dtype or None) of a number; TypeError for anything else (as NumPy's ufuncs)."""
    if _is_python_number(x):
        return x, None
    typed = _typed(x)
    if typed is None:
        raise TypeError("ufunc not supported for the input types")
    return typed


def _isnan(x):
    v, d = _number(x)
    return isinstance(v, (float, complex)) and vals.isnan([v], d or dtypes.dtype_of_value(v))[0]


def _isfinite(x):
    v, d = _number(x)
    return not isinstance(v, (float, complex)) or vals.isfinite([v], d or dtypes.dtype_of_value(v))[0]


def _signbit(x):
    v, d = _number(x)
    if isinstance(v, complex) or (d is not None and d.kind == "c"):
        raise TypeError("ufunc 'signbit' not supported for the input types")
    return math.copysign(1.0, float(v)) < 0


def _iscomplexobj(x):
    d = getattr(x, "dtype", None)
    if d is not None:
        try:
            return dtypes.as_dtype(d).kind == "c"
        except TypeError:
            return False
    if isinstance(x, complex):
        return True
    if isinstance(x, (list, tuple)):
        try:
            return asarray(x)._dtype.kind == "c"
        except TypeError:  # not numbers (NumPy would make a str or object array)
            return False
    return False


def _part(x, imaginary):
    """np.real(x) or np.imag(x): the attribute of a number, else of the array made from x."""
    typed = _typed(x)
    if typed is not None:
        v, d = typed
        part = complex(v).imag if imaginary else complex(v).real
        return dtypes.real_dtype(d).type(part) if d.kind == "c" else (0 if imaginary else x)
    if _is_python_number(x):
        return x.imag if imaginary else x.real
    a = asarray(x)
    return a.imag if imaginary else a.real


def _operands(a, b):
    """Values and the common dtype for a binary operation on two numbers, one of them typed (NEP 50)."""
    va, da = _number(a)
    vb, db = _number(b)
    if da is None:
        da = dtypes.promote_weak(db, va)
    elif db is None:
        db = dtypes.promote_weak(da, vb)
    d = dtypes.promote(da, db)
    return (dtypes.cast([va], da if _typed(a) else dtypes.dtype_of_value(va), d)[0],
            dtypes.cast([vb], db if _typed(b) else dtypes.dtype_of_value(vb), d)[0], d)


def _scalars_equal(a, b):
    """a == b as Python (two Python objects) or NumPy (a typed scalar on a side) computes it."""
    if _typed(a) is None and _typed(b) is None:
        return bool(a == b)
    try:
        va, vb, d = _operands(a, b)
    except OverflowError:  # a Python int beyond the dtype's range compares exactly, as in NumPy 2
        return _number(a)[0] == _number(b)[0]
    except TypeError:  # a NumPy-like scalar is never equal to a str, None, ...
        return False
    return vals.equal([va], d, [vb], d)[0]


def _distance(a, b):
    """|a - b| as a float, computed as Python or NumPy computes it."""
    if _typed(a) is None and _typed(b) is None:
        return float(abs(a - b))
    va, vb, d = _operands(a, b)
    diff, dd = vals.subtract([va], d, [vb], d)
    return float(vals.absolute(diff, dd)[0][0])


# --------------------------------------------------------------------------
# The assertions
# --------------------------------------------------------------------------


def assert_equal(actual, desired, err_msg="", verbose=True, strict=False):
    """Assert that two objects are equal: dicts and lists item by item, arrays elementwise.

    Rule: dicts need the same keys and equal values; lists and tuples the same length and equal
    items (the failing key or index is named in the message); if either side is an array,
    ``assert_array_equal(actual, desired, err_msg, verbose, strict=strict)`` decides.  Scalars are
    equal if both are nan, or ``desired == actual`` and, for zeros, the signs agree (0.0 is not -0.0).
    A scalar and a non-scalar are never equal.

    >>> assert_equal([1.0, float("nan")], [1, float("nan")])
    >>> assert_equal(0.0, -0.0)
    Traceback (most recent call last):
      ...
    AssertionError:
    Items are not equal:
     ACTUAL: 0.0
     DESIRED: -0.0
    """
    if isinstance(desired, dict):
        if not isinstance(actual, dict):
            raise AssertionError(repr(type(actual)))
        assert_equal(len(actual), len(desired), err_msg, verbose)
        for key in desired:
            if key not in actual:
                raise AssertionError(repr(key))
            assert_equal(actual[key], desired[key], "key=%r\n%s" % (key, err_msg), verbose)
        return
    if isinstance(desired, (list, tuple)) and isinstance(actual, (list, tuple)):
        assert_equal(len(actual), len(desired), err_msg, verbose)
        for k in range(len(desired)):
            assert_equal(actual[k], desired[k], "item=%r\n%s" % (k, err_msg), verbose)
        return
    if _is_ndarray(actual) or _is_ndarray(desired):
        assert_array_equal(actual, desired, err_msg, verbose, strict=strict)
        return
    msg = build_err_msg([actual, desired], err_msg, verbose=verbose)
    # complex numbers: the real and imaginary parts separately, so that nan and -0.0 count in each
    try:
        use_complex = _iscomplexobj(actual) or _iscomplexobj(desired)
    except (ValueError, TypeError):
        use_complex = False
    if use_complex:
        try:
            assert_equal(_part(actual, False), _part(desired, False))
            assert_equal(_part(actual, True), _part(desired, True))
        except AssertionError:
            raise AssertionError(msg)
        except TypeError:  # a str or other non-number has no parts to match a complex number's
            raise AssertionError(msg)
    if isscalar(desired) != isscalar(actual):
        raise AssertionError(msg)
    # nan equals nan; a zero must have the same sign
    try:
        desired_nan, actual_nan = _isnan(desired), _isnan(actual)
        if desired_nan and actual_nan:
            return
        if _scalars_equal(desired, 0) and _scalars_equal(actual, 0):
            if _signbit(desired) != _signbit(actual):
                raise AssertionError(msg)
    except (TypeError, ValueError):
        pass
    if not _scalars_equal(desired, actual):
        raise AssertionError(msg)


def assert_almost_equal(actual, desired, decimal=7, err_msg="", verbose=True):
    """Assert that two numbers (or arrays) agree to ``decimal`` places.

    Rule: ``abs(desired - actual) < 1.5 * 10**(-decimal)``, computed as NumPy computes it for the
    two numbers' types; inf must equal inf and nan must meet nan.  Complex numbers are checked part
    by part; lists, tuples and arrays go to ``assert_array_almost_equal``.

    >>> assert_almost_equal(2.3333333333333, 7 / 3)
    >>> assert_almost_equal(1.0, 1.1, decimal=3)
    Traceback (most recent call last):
      ...
    AssertionError:
    Arrays are not almost equal to 3 decimals
     ACTUAL: 1.0
     DESIRED: 1.1
    """
    def failure():
        return AssertionError(build_err_msg([actual, desired], err_msg, verbose=verbose,
                                            header="Arrays are not almost equal to %d decimals" % decimal))

    try:
        use_complex = _iscomplexobj(actual) or _iscomplexobj(desired)
    except ValueError:
        use_complex = False
    if use_complex:
        try:
            assert_almost_equal(_part(actual, False), _part(desired, False), decimal=decimal)
            assert_almost_equal(_part(actual, True), _part(desired, True), decimal=decimal)
        except AssertionError:
            raise failure()
    if isinstance(actual, (tuple, list)) or isinstance(desired, (tuple, list)) or \
            _is_ndarray(actual) or _is_ndarray(desired):
        assert_array_almost_equal(actual, desired, decimal, err_msg)
        return
    try:
        if not (_isfinite(desired) and _isfinite(actual)):
            if _isnan(desired) or _isnan(actual):
                if not (_isnan(desired) and _isnan(actual)):
                    raise failure()
            elif not _scalars_equal(desired, actual):
                raise failure()
            return
    except TypeError:
        pass
    if _distance(desired, actual) >= 1.5 * 10.0 ** (-decimal):
        raise failure()


def _power_of_ten(exponent):
    """10.0 ** exponent, with inf (not OverflowError) past the float range, as NumPy's power."""
    try:
        return 10.0 ** exponent
    except OverflowError:
        return _INF


def _divide(x, y):
    """x / y for floats with IEEE results when y is 0 (as NumPy's float64 division)."""
    return vals._ieee_divide(x, y)


def assert_approx_equal(actual, desired, significant=7, err_msg="", verbose=True):
    """Assert that two numbers agree to ``significant`` significant digits.

    Rule: both are scaled by ``10**floor(log10((|actual| + |desired|) / 2))`` to lie near 1, then
    must differ by less than ``10**-(significant - 1)``; inf must equal inf and nan meet nan.

    >>> assert_approx_equal(1234567.0, 1234568.0, significant=6)
    >>> assert_approx_equal(1234567.0, 1234568.0)
    Traceback (most recent call last):
      ...
    AssertionError:
    Items are not equal to 7 significant digits:
     ACTUAL: 1234567.0
     DESIRED: 1234568.0
    """
    actual, desired = float(actual), float(desired)
    if desired == actual:
        return
    mean = 0.5 * (abs(desired) + abs(actual))
    if mean != mean:
        scale = _NAN
    elif mean == 0:
        scale = 0.0  # 10 ** log10(0) = 10 ** -inf
    elif mean == _INF:
        scale = _INF
    else:
        scale = _power_of_ten(math.floor(math.log10(mean)))
    scaled_desired = _divide(desired, scale)
    scaled_actual = _divide(actual, scale)
    msg = build_err_msg([actual, desired], err_msg, verbose=verbose,
                        header="Items are not equal to %d significant digits:" % significant)
    if not (math.isfinite(desired) and math.isfinite(actual)):
        if desired != desired or actual != actual:
            if not (desired != desired and actual != actual):
                raise AssertionError(msg)
        elif not desired == actual:
            raise AssertionError(msg)
        return
    if abs(scaled_desired - scaled_actual) >= _power_of_ten(-(significant - 1)):
        raise AssertionError(msg)
