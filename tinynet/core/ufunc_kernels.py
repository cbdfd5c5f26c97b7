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

from tinynet.core import dtypes
from tinynet.core import floats
from tinynet.core import fused

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
    """a / b by Smith's method with a reciprocal, as NumPy's complex loop divides (CPython's a / b divides
    by the denominator instead, and differs in the last bit for about 4 quotients in 10).

    With |br| >= |bi|: rat = bi / br, scl = 1 / (br + bi rat), a / b = ((ar + ai rat) scl, (ai - ar rat) scl);
    otherwise rat = br / bi, scl = 1 / (bi + br rat), a / b = ((ar rat + ai) scl, (ai rat - ar) scl).
    b = 0 gives ar / |br| and ai / |br| (IEEE: an infinity, or nan from a zero part).  Each division is
    IEEE's here (floats.divide); ``_smith`` is the fast kernel that raises on a zero divisor instead.

    >>> _complex_divide(1 + 1j, 0j), _complex_divide(3 + 0j, 7 + 1j) == complex(0.42, -0.06)
    ((inf+infj), False)
    """
    a, b = complex(a), complex(b)
    ar, ai, br, bi = a.real, a.imag, b.real, b.imag
    div = floats.divide
    if abs(br) >= abs(bi):
        if br == 0 and bi == 0:
            return complex(div(ar, abs(br)), div(ai, abs(br)))
        rat = div(bi, br)
        scl = div(1.0, br + bi * rat)
        return complex((ar + ai * rat) * scl, (ai - ar * rat) * scl)
    rat = div(br, bi)
    scl = div(1.0, bi + br * rat)
    return complex((ar * rat + ai) * scl, (ai * rat - ar) * scl)


def _smith(a, b):
    # the fast form of _complex_divide: ZeroDivisionError where a divisor is 0 (b = 0, nan parts)
    br, bi = b.real, b.imag
    if abs(br) >= abs(bi):
        rat = bi / br
        scl = 1.0 / (br + bi * rat)
        return complex((a.real + a.imag * rat) * scl, (a.imag - a.real * rat) * scl)
    rat = br / bi
    scl = 1.0 / (bi + br * rat)
    return complex((a.real * rat + a.imag) * scl, (a.imag * rat - a.real) * scl)


# complex64: NumPy computes each real operation of its complex loops in float32, so every product, sum and
# quotient below is rounded to float32 (``_f``) before the next one uses it.
_f = fused.to_float32


def _multiply64(z, w):
    """z * w for complex64 as NumPy's loop computes it with fused multiply-add (see core/fused.py):
    fmaf(a, c, -(b d)) + fmaf(a, d, b c) i, the products b d and b c rounded to float32 first."""
    a, b, c, d = z.real, z.imag, w.real, w.imag
    return complex(fused.fma32(a, c, -_f(b * d)), fused.fma32(a, d, _f(b * c)))


def _divide64(a, b):
    """a / b for complex64: ``_complex_divide``'s steps, each rounded to float32."""
    a, b = complex(a), complex(b)
    ar, ai, br, bi = a.real, a.imag, b.real, b.imag
    div = floats.divide
    if abs(br) >= abs(bi):
        if br == 0 and bi == 0:
            return complex(_f(div(ar, abs(br))), _f(div(ai, abs(br))))
        rat = _f(div(bi, br))
        scl = _f(div(1.0, _f(br + _f(bi * rat))))
        return complex(_f(_f(ar + _f(ai * rat)) * scl), _f(_f(ai - _f(ar * rat)) * scl))
    rat = _f(div(br, bi))
    scl = _f(div(1.0, _f(bi + _f(br * rat))))
    return complex(_f(_f(_f(ar * rat) + ai) * scl), _f(_f(_f(ai * rat) - ar) * scl))


def _smith64(a, b):
    # the fast form of _divide64 (float32 steps; a double's + - * / of float32 values, rounded to float32,
    # is float32's own operation): ZeroDivisionError where a divisor is 0 hands over to _divide64
    br, bi = b.real, b.imag
    f = _f
    if abs(br) >= abs(bi):
        rat = f(bi / br)
        scl = f(1.0 / f(br + f(bi * rat)))
        return complex(f(f(a.real + f(a.imag * rat)) * scl), f(f(a.imag - f(a.real * rat)) * scl))
    rat = f(br / bi)
    scl = f(1.0 / f(bi + f(br * rat)))
    return complex(f(f(f(a.real * rat) + a.imag) * scl), f(f(f(a.imag * rat) - a.real) * scl))


# z * w for complex128 as NumPy's multiply loop computes it with fused multiply-add (see core/fused.py):
# fma(a, c, -(b d)) + fma(a, d, b c) i.  CPython's (ac - bd) + (ad + bc)i differs in about half the draws.
_multiply128 = fused.complex_multiply


def _plain_multiply(z, w):
    return z * w  # (ac - bd) + (ad + bc)i, two roundings: NumPy's scalar code (npy_cpow's products)


def _reciprocal128(z):
    return _complex_divide(1.0, z)


def _reciprocal64(z):
    return _divide64(1.0, z)


def reciprocal_kernel(d):
    """np.reciprocal's kernel for complex dtype d: NumPy's own loop, which divides by the Smith denominator
    (not 1 / z as ``divide`` computes it).  With |zi| <= |zr|: r = zi / zr, t = zr + zi r, 1 / z = 1 / t - (r / t)i;
    otherwise r = zr / zi, t = zi + zr r, 1 / z = r / t - (1 / t)i.  In complex64 each step rounds to float32.

    >>> reciprocal_kernel(dtypes.COMPLEX128)(0.5 + 0j), reciprocal_kernel(dtypes.COMPLEX128)(0j)
    ((2-0j), (nan+nanj))
    """
    return _reciprocal_np64 if d.itemsize == 8 else _reciprocal_np128


def _reciprocal_np128(z):
    zr, zi = z.real, z.imag
    div = floats.divide
    if abs(zi) <= abs(zr):
        r = div(zi, zr)
        t = zr + zi * r
        return complex(div(1.0, t), -div(r, t))
    r = div(zr, zi)
    t = zi + zr * r
    return complex(div(r, t), -div(1.0, t))


def _reciprocal_np64(z):
    zr, zi = z.real, z.imag
    div = floats.divide
    if abs(zi) <= abs(zr):
        r = _f(div(zi, zr))
        t = _f(zr + _f(zi * r))
        return complex(_f(div(1.0, t)), -_f(div(r, t)))
    r = _f(div(zr, zi))
    t = _f(zi + _f(zr * r))
    return complex(_f(div(r, t)), -_f(div(1.0, t)))


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


def _complex_power(a, b, mul=_plain_multiply, inverse=_reciprocal128):
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
            return mul(a, a)
        if n == 3:
            return mul(a, mul(a, a))
        power, square, k = complex(1.0, 0.0), a, abs(n)
        while True:
            if k & 1:
                power = mul(power, square)
            k >>= 1
            if not k:
                break
            square = mul(square, square)
        return power if n > 0 else inverse(power)
    if cmath is None:
        return a ** b
    try:
        return _complex_exp(c_multiply(b, cmath.log(a)))
    except (ValueError, OverflowError):
        return complex(_NAN, _NAN)


def _unit_or_zero(v):
    # an infinite part becomes +-1, a finite one +-0 (C99 Annex G's "box" of an infinite operand)
    return math.copysign(1.0 if v in (_INF, -_INF) else 0.0, v)


def _nan_to_zero(v):
    return math.copysign(0.0, v) if v != v else v


def c_multiply(z, w):
    """z * w as C99's complex multiplication computes it (Annex G): the textbook (ac - bd) + (ad + bc)i,
    except that where both parts come out nan but an operand or a partial product is infinite, the answer
    is an infinity (so (inf + inf i) * 1j is -inf + inf i, where Python's product is nan + nan i).

    >>> c_multiply(complex(float("inf"), float("inf")), 1j)
    (-inf+infj)
    """
    a, b, c, d = z.real, z.imag, w.real, w.imag
    ac, bd, ad, bc = a * c, b * d, a * d, b * c
    x, y = ac - bd, ad + bc
    if x == x or y == y:
        return complex(x, y)
    infinite = (_INF, -_INF)
    again = False
    if a in infinite or b in infinite:
        a, b, c, d = _unit_or_zero(a), _unit_or_zero(b), _nan_to_zero(c), _nan_to_zero(d)
        again = True
    if c in infinite or d in infinite:
        c, d, a, b = _unit_or_zero(c), _unit_or_zero(d), _nan_to_zero(a), _nan_to_zero(b)
        again = True
    if not again and (ac in infinite or bd in infinite or ad in infinite or bc in infinite):
        a, b, c, d = _nan_to_zero(a), _nan_to_zero(b), _nan_to_zero(c), _nan_to_zero(d)
        again = True
    if again:
        x, y = _INF * (a * c - b * d), _INF * (a * d + b * c)
    return complex(x, y)


def _complex_exp(w):
    """e**w, with IEEE's infinities where cmath raises: e**x (cos y + i sin y), a zero imaginary part kept."""
    if w.real == -_INF and w.imag - w.imag != 0:  # e**(-inf + i y), y inf or nan: a zero with y's sign
        return complex(0.0, math.copysign(0.0, w.imag))  # (even a nan's sign bit, as glibc's cexp keeps it)
    try:
        return cmath.exp(w)
    except (OverflowError, ValueError):
        x, y = w.real, w.imag
        e = floats.exp(x)
        if y == 0:
            return complex(e, y)
        if y != y or y in (_INF, -_INF):  # C99: e**(inf + i nan) is inf + i nan, e**(-inf + i nan) is 0
            return complex(_INF, _NAN) if x == _INF else complex(_NAN, _NAN)
        if e == _INF and x == x and x < _INF:
            return _exp_scaled(x, math.cos(y), math.sin(y))
        return complex(e * math.cos(y), e * math.sin(y))


# e**_T is the largest power of two a Python float holds: 2**1023 for a double, 2**127 on a MicroPython
# built with single-precision floats (where math.exp(1023 ln 2) raises ValueError at import).
_T = (127 if dtypes.FLOAT_IS_SINGLE else 1023) * 0.6931471805599453
_E_T = math.exp(_T)


def _exp_scaled(x, c, s):
    """e**x (c + i s) where e**x alone overflows but the product may not (e**710 cos 1 is 1.2e308): the
    factor e**_T goes into c and s first, once or twice, and e**(x - _T) last."""
    for _ in range(2):
        if x > _T:
            x, c, s = x - _T, c * _E_T, s * _E_T
    e = floats.exp(x)
    return complex(e * c, e * s)


def _finite(z):
    return z.real - z.real == 0 and z.imag - z.imag == 0


def check_complex_errors(name, xs, ys, values):
    """Report the floating-point errors of complex values = [f(x, y)] as NumPy does where C99 specifies them:
    from finite operands, a nan part is invalid and an infinite part an overflow (a division by zero for
    x / 0); 0 ** b is invalid unless b is a positive real number.  (Underflow, and flags NumPy's libm
    raises in intermediate steps, are not followed.)"""
    from tinynet.core import errors

    flags = 0
    power = name == "power"
    for x, y, v in zip(xs, ys, values):
        if power and x == 0 and y != 0 and not y.real > 0:
            flags |= errors.INVALID
        elif not _finite(v) and _finite(x) and _finite(y):
            if v.real != v.real or v.imag != v.imag:
                flags |= errors.INVALID
            else:
                flags |= errors.DIVIDE if name == "divide" and y == 0 else errors.OVERFLOW
    if flags:
        errors.floating_error(flags, name)


def complex_kernels(name, d=None):
    """The (fast, careful) kernels of operation `name` on complex numbers of dtype d (complex128 if None), or
    None where the real ones serve (+ and -: one rounding of each part is NumPy's float32 step too)."""
    order = _COMPLEX_ORDER.get(name)
    if order is not None:
        return order, order
    if d is not None and d.itemsize == 8:  # complex64
        if name == "multiply":
            return _multiply64, _multiply64
        if name == "divide":
            return _smith64, _divide64
        if name == "power":
            return _power64, _power64
        return None
    if name == "divide":
        return _smith, _complex_divide
    if name == "multiply":
        return _multiply128, _multiply128
    if name == "power":
        return _complex_power, _complex_power
    return None


def _power64(a, b):
    return _complex_power(a, b, _plain_multiply64, _reciprocal64)


def _plain_multiply64(z, w):
    # npy_cpowf's products: (ac - bd) + (ad + bc)i, each step rounded to float32 (no fused multiply-add)
    a, b, c, d = z.real, z.imag, w.real, w.imag
    return complex(_f(_f(a * c) - _f(b * d)), _f(_f(a * d) + _f(b * c)))
