"""Integer arithmetic as NumPy's fixed-width loops do it: floor_divide, remainder, power and shifts.

Python's ints never overflow and never divide by zero quietly; NumPy's do both.
Each function takes the dtype and answers as NumPy's loop for that width:
a division by zero gives 0 with a warning, a result out of range wraps, a
shift by the width or more gives 0 (or -1 for a negative signed value).

    >>> int_floor_divide(-7, 2, INT8), int_power(3, 5, INT8), int_left_shift(1, 7, INT8), int_right_shift(-5, 8, INT8)
    (-4, -13, -128, -1)
"""

from tinynet.core.dtypes import _RUNTIME_WARNING, INT8, INT64, UINT8, _warn
from tinynet.core.representable import _wrap_ints


def int_floor_divide(a, b, d):
    """Return a // b in integer dtype d: 0 (with a warning) when b is 0, wrapped on overflow.

    >>> int_floor_divide(-7, 2, INT8), int_floor_divide(7, -2, INT8)
    (-4, -4)
    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     int_floor_divide(5, 0, INT8), int_floor_divide(-128, -1, INT8)
    (0, -128)
    >>> [str(w.message) for w in caught]
    ['divide by zero encountered in floor_divide', 'overflow encountered in floor_divide']
    """
    if b == 0:
        _warn("divide by zero encountered in floor_divide", _RUNTIME_WARNING)
        return 0
    q = a // b
    if q > d._max:
        _warn("overflow encountered in floor_divide", _RUNTIME_WARNING)
        return _wrap_ints([q], d)[0]
    return q


def int_floor_divide_list(xs, ys, d):
    """Return [x // y] in integer dtype d, as ``int_floor_divide`` for each pair (one warning per kind).

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     int_floor_divide_list([7, 7, -128], [2, 0, -1], INT8)
    [3, 0, -128]
    >>> [str(w.message) for w in caught]
    ['divide by zero encountered in floor_divide', 'overflow encountered in floor_divide']
    """
    if 0 in ys:
        _warn("divide by zero encountered in floor_divide", _RUNTIME_WARNING)
        result = [x // y if y else 0 for x, y in zip(xs, ys)]
    else:
        result = [x // y for x, y in zip(xs, ys)]
    if result and max(result) > d._max:
        _warn("overflow encountered in floor_divide", _RUNTIME_WARNING)
        return _wrap_ints(result, d)
    return result


def int_remainder(a, b, d):
    """Return a % b (the sign of b, as Python and NumPy) in integer dtype d: 0 when b is 0, with a warning.

    >>> int_remainder(-7, 3, INT8), int_remainder(7, -3, INT8)
    (2, -2)
    """
    if b == 0:
        _warn("divide by zero encountered in remainder", _RUNTIME_WARNING)
        return 0
    return a % b


def int_remainder_list(xs, ys, d):
    """Return [x % y] in integer dtype d, as ``int_remainder`` for each pair.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     int_remainder_list([-7, 5], [3, 0], INT8)
    [2, 0]
    >>> [str(w.message) for w in caught]
    ['divide by zero encountered in remainder']
    """
    if 0 in ys:
        _warn("divide by zero encountered in remainder", _RUNTIME_WARNING)
        return [x % y if y else 0 for x, y in zip(xs, ys)]
    return [x % y for x, y in zip(xs, ys)]


def _pow_mod(a, b, modulus):
    try:
        return pow(a, b, modulus)
    except (TypeError, NotImplementedError, ValueError):  # runtimes without three-argument pow
        result = 1
        a %= modulus
        while b:
            if b & 1:
                result = result * a % modulus
            a = a * a % modulus
            b >>= 1
        return result


def _negative_power():
    return ValueError("Integers to negative integer powers are not allowed.")


def int_power(a, b, d):
    """Return a ** b in integer dtype d, wrapped as NumPy's fixed-width power; b < 0 raises ValueError.

    >>> int_power(3, 5, INT8), int_power(2, 9, UINT8), int_power(0, 0, INT64)
    (-13, 0, 1)
    >>> int_power(2, -1, INT8)
    Traceback (most recent call last):
      ...
    ValueError: Integers to negative integer powers are not allowed.
    """
    if b < 0:
        raise _negative_power()
    return _wrap_ints([_pow_mod(a, b, 1 << d._bits)], d)[0]


def int_power_list(xs, ys, d):
    """Return [x ** y] in integer dtype d, as ``int_power`` for each pair.

    >>> int_power_list([3, -2], [5, 3], INT8)
    [-13, -8]
    """
    if ys and min(ys) < 0:
        raise _negative_power()
    modulus = 1 << d._bits
    return _wrap_ints([_pow_mod(x, y, modulus) for x, y in zip(xs, ys)], d)


def int_left_shift(a, s, d):
    """Return a << s in integer dtype d: wrapped, and 0 when s is negative or at least the width.

    >>> int_left_shift(1, 7, INT8), int_left_shift(5, 8, UINT8), int_left_shift(1, -1, INT64)
    (-128, 0, 0)
    """
    if 0 <= s < d._bits:
        return _wrap_ints([a << s], d)[0]
    return 0


def int_left_shift_list(xs, ss, d):
    """Return [x << s] in integer dtype d, as ``int_left_shift`` for each pair.

    >>> int_left_shift_list([1, 255, 3], [7, 1, 9], UINT8)
    [128, 254, 0]
    """
    bits = d._bits
    return _wrap_ints([x << s if 0 <= s < bits else 0 for x, s in zip(xs, ss)], d)


def int_right_shift(a, s, d):
    """Return a >> s in integer dtype d (arithmetic for signed): at least the width, or negative,
    gives 0, or -1 for negative a.

    >>> int_right_shift(-5, 1, INT8), int_right_shift(-5, 8, INT8), int_right_shift(5, -1, INT8)
    (-3, -1, 0)
    """
    if 0 <= s < d._bits:
        return a >> s
    return -1 if a < 0 else 0


def int_right_shift_list(xs, ss, d):
    """Return [x >> s] in integer dtype d, as ``int_right_shift`` for each pair.

    >>> int_right_shift_list([-5, 5, -1], [1, 64, 70], INT64)
    [-3, 0, -1]
    """
    bits = d._bits
    return [x >> s if 0 <= s < bits else (-1 if x < 0 else 0) for x, s in zip(xs, ss)]
