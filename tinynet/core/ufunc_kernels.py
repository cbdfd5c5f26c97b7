"""Elementwise kernels for the rarer dtypes: complex numbers and fixed-width integers.

``ufunc.kernels`` hands over here when an operation computes in a complex dtype (NumPy's ordering of
complex numbers, its complex power and division) or in an integer dtype where Python's unbounded ints
differ from NumPy's fixed widths (power wraps, shifts past the width give 0 or -1).

>>> complex_kernels("less")[0](1 + 5j, 2 + 0j), int_kernels("left_shift", dtypes.INT8)[0](1, 9)
(True, 0)
"""

import math

try:
    import cmath
except ImportError:  # ports built without complex numbers
    cmath = None

from tinynet.core import dtypes  # noqa: F401 - the example above uses it
from tinynet.core import floats

_INF = float("inf")
_NAN = float("nan")


def int_kernels(name, d):
    """Kernels for integer dtypes where Python's int rules differ from NumPy's fixed widths."""
    bits = 8 * d.itemsize
    if name == "power":
        modulus = 1 << bits

        def power(a, b):
            if b < 0:
                raise ValueError("Integers to negative integer powers are not allowed.")
            return pow(a, b, modulus)  # wraps as NumPy's fixed-width power does; fix() restores the sign

        return power, power
    if name == "left_shift":

        def left_shift(a, b):
            return 0 if b >= bits or b < 0 else a << b

        return left_shift, left_shift
    if name == "right_shift":

        def right_shift(a, b):
            if b >= bits or b < 0:
                return -1 if a < 0 else 0
            return a >> b

        return right_shift, right_shift
    return None


def _complex_divide(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        a = complex(a)
        nan = float("nan")
        if a == 0 or a != a:
            return complex(nan, nan)
        return complex(floats.divide(a.real, 0.0) if a.real else nan, floats.divide(a.imag, 0.0) if a.imag else nan)


def _complex_less(a, b):
    return (a.real < b.real and a.imag == a.imag and b.imag == b.imag) or (a.real == b.real and a.imag < b.imag)


def _complex_less_equal(a, b):
    return (a.real < b.real and a.imag == a.imag and b.imag == b.imag) or (a.real == b.real and a.imag <= b.imag)


def _complex_greater(a, b):
    return (a.real > b.real and a.imag == a.imag and b.imag == b.imag) or (a.real == b.real and a.imag > b.imag)


def _complex_greater_equal(a, b):
    return (a.real > b.real and a.imag == a.imag and b.imag == b.imag) or (a.real == b.real and a.imag >= b.imag)


def _complex_maximum(a, b):
    # a wins when it holds a nan (nan propagates) or is not below b; else b (which may hold the nan).
    return a if a != a or _complex_greater_equal(a, b) else b


def _complex_minimum(a, b):
    return a if a != a or _complex_less_equal(a, b) else b


_COMPLEX_ORDER = {"less": _complex_less, "less_equal": _complex_less_equal, "greater": _complex_greater,
                  "greater_equal": _complex_greater_equal, "maximum": _complex_maximum,
                  "minimum": _complex_minimum}


def _complex_power(a, b):
    """a ** b for complex numbers by NumPy's algorithm (npy_cpow).

    b = 0 gives 1. 0 ** b is 0 when b has a positive real part (whatever its imaginary part), else
    nan+nanj. An integer power n with |n| < 100 is repeated complex products: a itself for n = 1, a a for
    2, a (a a) for 3, else squaring and multiplying from 1 (then 1 / that for n < 0); infinite parts give
    what those products give. Any other power is exp(b log a), as libm's cpow computes it.
    """
    a, b = complex(a), complex(b)
    br, bi = b.real, b.imag
    if br == 0 and bi == 0:
        return complex(1.0, 0.0)
    if a == 0:
        return complex(0.0, 0.0) if br > 0 else complex(_NAN, _NAN)
    if bi == 0 and -100 < br < 100 and br == int(br):
        n = int(br)
        if n == 1:
            return a
        if n == 2:
            return a * a
        if n == 3:
            return a * (a * a)
        power, square, k = complex(1.0, 0.0), a, abs(n)
        while True:
            if k & 1:
                power = power * square
            k >>= 1
            if not k:
                break
            square = square * square
        return power if n > 0 else _reciprocal(power)
    if cmath is None:
        return a ** b
    try:
        return _complex_exp(b * cmath.log(a))
    except (ValueError, OverflowError):
        return complex(_NAN, _NAN)


def _reciprocal(z):
    """1 / z by Smith's method, as NumPy divides complex numbers (so 1 / (0.5 + 0j) is 2 - 0j)."""
    br, bi = z.real, z.imag
    if abs(br) >= abs(bi):
        if br == 0 and bi == 0:
            return complex(floats.divide(1.0, abs(br)), floats.divide(0.0, abs(bi)))
        rat = bi / br
        scale = 1.0 / (br + bi * rat)
        return complex(scale, (0.0 - rat) * scale)
    rat = br / bi
    scale = 1.0 / (bi + br * rat)
    return complex(rat * scale, -1.0 * scale)


def _complex_exp(w):
    """e**w, with IEEE's infinities where cmath raises: e**x (cos y + i sin y), a zero imaginary part kept."""
    try:
        return cmath.exp(w)
    except (OverflowError, ValueError):
        x, y = w.real, w.imag
        e = floats.exp(x)
        if y == 0:
            return complex(e, y)
        if y != y or y in (_INF, -_INF):  # C99: e**(inf + i nan) is inf + i nan, e**(-inf + i nan) is 0
            return complex(_INF, _NAN) if x == _INF else complex(0.0, 0.0) if x == -_INF else complex(_NAN, _NAN)
        return complex(e * math.cos(y), e * math.sin(y))


def complex_kernels(name):
    """The (fast, careful) kernels of operation `name` on complex numbers, or None where the real ones serve."""
    order = _COMPLEX_ORDER.get(name)
    if order is not None:
        return order, order
    if name == "divide":
        return _truediv, _complex_divide
    if name == "power":
        return _complex_power, _complex_power
    return None


def _truediv(a, b):
    return a / b
