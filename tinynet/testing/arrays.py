"""The array assertions: equal, close, almost equal to some decimals, and strictly less.

Each takes arrays (tinynet's or NumPy's), nested lists or scalars, and runs ``compare_arrays``
with its own elementwise test and header.  Shapes must match, or one side be a scalar, which is
then checked against every element; nan and inf must sit in the same places on both sides.

    >>> assert_allclose([1.0, 2.0], [1.0, 2.0 + 1e-9])
    >>> assert_array_equal([[1, 2], [3, 4]], 2)
    Traceback (most recent call last):
      ...
    AssertionError:
    Arrays are not equal
    <BLANKLINE>
    Mismatched elements: 3 / 4 (75%)
    Mismatch at indices:
     [0, 0]: 1 (ACTUAL), 2 (DESIRED)
     [1, 0]: 3 (ACTUAL), 2 (DESIRED)
     [1, 1]: 4 (ACTUAL), 2 (DESIRED)
    Max absolute difference among violations: 2
    Max relative difference among violations: 1.
     ACTUAL: array([[1, 2],
           [3, 4]])
     DESIRED: array(2)
"""

from tinynet.core import dtypes
from tinynet.testing import values as vals
from tinynet.testing.compare import compare_arrays


def assert_array_equal(actual, desired, err_msg="", verbose=True, strict=False):
    """Assert that two arrays have equal shapes and equal elements (nan equals nan here).

    Rule: ``actual == desired`` everywhere, compared in the promoted dtype, after checking that nan
    and inf sit in the same places.  A scalar on either side is compared with every element, unless
    ``strict=True``, which also requires the same shape and dtype.  ``err_msg`` is added to the
    message; ``verbose=False`` leaves the two arrays out of it.

    >>> assert_array_equal([1.0, float("nan")], [1, float("nan")])
    >>> assert_array_equal([1, 2], [1.0, 2.0], strict=True)
    Traceback (most recent call last):
      ...
    AssertionError:
    Arrays are not equal
    <BLANKLINE>
    (dtypes int64, float64 mismatch)
     ACTUAL: array([1, 2])
     DESIRED: array([1., 2.])
    """
    compare_arrays(_equal, actual, desired, err_msg=err_msg, verbose=verbose,
                   header="Arrays are not equal", strict=strict)


def _equal(xs, dx, ys, dy, scalars):
    return vals.equal(xs, dx, ys, dy)


def _less(xs, dx, ys, dy, scalars):
    return vals.less(xs, dx, ys, dy)


def assert_allclose(actual, desired, rtol=1e-07, atol=0, equal_nan=True, err_msg="", verbose=True,
                    strict=False):
    """Assert that two arrays are equal within a tolerance: ``|actual - desired| <= atol + rtol * |desired|``.

    Rule: NumPy's ``isclose(actual, desired, rtol, atol, equal_nan)`` everywhere.  desired is made
    inexact first and the tolerances take its dtype (float32 data is compared in float32).
    ``equal_nan=False`` makes nan fail against nan.  Shapes, scalars and ``strict`` are as in
    ``assert_array_equal``.

    >>> assert_allclose([1.0, 100.0], [1.0, 101.0], rtol=0.01)
    >>> assert_allclose([1.0, 2.0, 3.0], [1.0, 2.0, 3.1])
    Traceback (most recent call last):
      ...
    AssertionError:
    Not equal to tolerance rtol=1e-07, atol=0
    <BLANKLINE>
    Mismatched elements: 1 / 3 (33.3%)
    Mismatch at index:
     [2]: 3.0 (ACTUAL), 3.1 (DESIRED)
    Max absolute difference among violations: 0.1
    Max relative difference among violations: 0.03225806
     ACTUAL: array([1., 2., 3.])
     DESIRED: array([1. , 2. , 3.1])
    """
    def close(xs, dx, ys, dy, scalars):
        _check_tolerances(rtol, atol)
        return vals.isclose(xs, dx, ys, dy, rtol, atol, equal_nan, scalars)

    header = "Not equal to tolerance rtol=%s, atol=%s" % (format(rtol, "g"), format(atol, "g"))
    compare_arrays(close, actual, desired, err_msg=str(err_msg), verbose=verbose, header=header,
                   equal_nan=equal_nan, strict=strict)


def _check_tolerances(rtol, atol):
    """NumPy's isclose warns (RuntimeWarning) when a tolerance is inf or nan."""
    r, a = vals.scalar_operand(rtol)[0], vals.scalar_operand(atol)[0]
    if r - r == 0 and a - a == 0:
        return
    try:
        import warnings
    except ImportError:  # MicroPython: no warnings
        return
    warnings.warn("One of rtol or atol is not valid, atol: %s, rtol: %s" % (atol, rtol), RuntimeWarning,
                  stacklevel=5)


def assert_array_almost_equal(actual, desired, decimal=6, err_msg="", verbose=True):
    """Assert that two arrays agree to ``decimal`` places: ``|desired - actual| < 1.5 * 10**-decimal``.

    Rule: desired is made inexact (int -> float64), then ``abs(actual - desired)`` must be below
    ``1.5 * 10**-decimal`` (compared in that dtype) everywhere; nan and inf must match in place.
    The arrays in the message are printed with ``decimal`` digits.

    >>> assert_array_almost_equal([1.0, 2.333333], [1.0, 7 / 3])
    >>> assert_array_almost_equal([1.0, 2.33], [1.0, 7 / 3], decimal=3)
    Traceback (most recent call last):
      ...
    AssertionError:
    Arrays are not almost equal to 3 decimals
    <BLANKLINE>
    Mismatched elements: 1 / 2 (50%)
    Mismatch at index:
     [1]: 2.33 (ACTUAL), 2.3333333333333335 (DESIRED)
    Max absolute difference among violations: 0.00333333
    Max relative difference among violations: 0.00142857
     ACTUAL: array([1.  , 2.33])
     DESIRED: array([1.   , 2.333])
    """
    threshold = 1.5 * 10.0 ** (-decimal)

    def almost(xs, dx, ys, dy, scalars):
        fy = dtypes.result_type(dy, 1.0)
        diff, d_diff = vals.subtract(xs, dx, dtypes.cast(ys, dy, fy), fy)
        distance, d_distance = vals.absolute(diff, d_diff, vector=not scalars)
        return vals.less_than_scalar(distance, d_distance, threshold)

    compare_arrays(almost, actual, desired, err_msg=err_msg, verbose=verbose,
                   header="Arrays are not almost equal to %d decimals" % decimal, precision=decimal)


def assert_array_less(x, y, err_msg="", verbose=True, strict=False):
    """Assert that every element of x is strictly less than the matching element of y.

    Rule: ``x < y`` everywhere (complex numbers ordered by real, then imaginary part).  nan must
    sit in the same places and is then left out; inf is compared like any number, so ``inf < inf``
    fails.  A scalar is compared with every element, unless ``strict=True``.

    >>> assert_array_less([1.0, 2.0], [1.5, float("inf")])
    >>> assert_array_less([1, 5], 4)
    Traceback (most recent call last):
      ...
    AssertionError:
    Arrays are not strictly ordered `x < y`
    <BLANKLINE>
    Mismatched elements: 1 / 2 (50%)
    Mismatch at index:
     [1]: 5 (x), 4 (y)
    Max absolute difference among violations: 1
    Max relative difference among violations: 0.25
     x: array([1, 5])
     y: array(4)
    """
    compare_arrays(_less, x, y, err_msg=err_msg, verbose=verbose,
                   header="Arrays are not strictly ordered `x < y`", equal_inf=False, strict=strict,
                   names=("x", "y"))
