"""The complex loops of exp, log, log2, log10, log1p, sqrt, tanh, sin and cos.

cmath's functions, with C99's answers where cmath raises: log of 0 is -inf with the angle of the zero,
e**z overflowing gives IEEE's infinities, sin and cos of huge imaginary parts come from their real and
imaginary parts.  ``lib/elementwise.py`` loads this module the first time a complex array meets one of
those functions.

>>> kernel("log")(0j), kernel("log10")(1000 + 0j)
((-inf+0j), (3+0j))
"""

import math

try:
    import cmath
except ImportError:  # ports built without complex numbers
    cmath = None

from tinynet.core import floats
from tinynet.core.ufunc_kernels import _complex_exp
from tinynet.lib import complex_special


def kernel(name):
    """The complex loop of the named function (None where the runtime has no cmath)."""
    if cmath is None:
        return None
    found = _COMPLEX_KERNELS.get(name)
    return found if found is not None else _complex_careful(name)


_LOG2E = 1.4426950408889634


_LOG10E = 0.4342944819032518


def _complex_log(z):
    try:
        return cmath.log(z)
    except ValueError:  # log(0 + 0j) = -inf + i atan2(imag, real)
        return complex(-floats.inf, math.atan2(z.imag, z.real))


def _complex_log2(z):
    w = _complex_log(z)  # NumPy: log(z) times log2(e), part by part
    return complex(w.real * _LOG2E, w.imag * _LOG2E)


def _complex_log10(z):
    w = _complex_log(z)
    return complex(w.real * _LOG10E, w.imag * _LOG10E)


def _complex_log1p(z):
    # NumPy: log(1 + z) = log(hypot(1 + x, y)) + i atan2(y, 1 + x)
    x = z.real + 1.0
    return complex(floats.log(floats.modulus(x, z.imag)), math.atan2(z.imag, x))


def _sin_parts(z):
    # sin(x + iy) = sin x cosh y + i cos x sinh y (a zero real part stays zero)
    x, y = z.real, z.imag
    real = x if x == 0 else floats.sin(x) * _cosh(y)
    return complex(real, floats.cos(x) * _sinh(y))


def _cos_parts(z):
    # cos(x + iy) = cos x cosh y - i sin x sinh y (a zero real part gives a zero imaginary part)
    x, y = z.real, z.imag
    imag = -x * y if x == 0 else -floats.sin(x) * _sinh(y)
    return complex(floats.cos(x) * _cosh(y), imag if imag == imag or x != 0 else 0.0)


def _cosh(y):
    return floats.exp(abs(y)) / 2.0 if abs(y) > 20.0 else math.cosh(y)


def _sinh(y):
    return math.copysign(floats.exp(abs(y)) / 2.0, y) if abs(y) > 20.0 else math.sinh(y)


_PARTS = {"sin": _sin_parts, "cos": _cos_parts}


def _complex_careful(name):
    function = getattr(cmath, name, None) if cmath is not None else None
    parts = _PARTS.get(name)

    def kernel(z):
        try:
            return function(z)
        except (ValueError, OverflowError):
            return parts(z) if parts is not None else complex(floats.nan, floats.nan)
    return kernel


# C99 defines sin z = -i sinh(iz) and cos z = cosh(iz), with iz = -y + ix, and leaves some signs open;
# where it does, NumPy's (the C library's csin and ccos) are followed.  (tan: lib/elementwise_float.py)

def _complex_sin(z):
    x, y = z.real, z.imag
    if math.isinf(y) and not math.isfinite(x):  # nan + i inf, whatever the signs
        return complex(floats.nan, floats.inf)
    w = complex_special.sinh(complex(-y, x))
    return complex(w.imag, -w.real)


def _complex_cos(z):
    x, y = z.real, z.imag
    if x == 0 and y != y:  # nan + i 0, the zero being x
        return complex(floats.nan, x)
    return complex_special.cosh(complex(-y, x))


def trig_invalid(name, z, w):
    """Whether C's csin, ccos, ctan (csinh, ccosh, ctanh) raise invalid at z, which has a nan or infinite part:
    where a nan part comes from z without one, and, as their steps do, csin at nan + i y (y finite, not 0)
    and ctan at +-inf + i nan (the hyperbolic ones at i z's parts: csinh at x + i nan, ctanh at nan +- i inf)."""
    if z.real == z.real and z.imag == z.imag:
        return w.real != w.real or w.imag != w.imag
    x, y = (z.imag, z.real) if name[-1] == "h" else (z.real, z.imag)
    if name[:3] == "sin":
        return x != x and y - y == 0 and y != 0
    return name[:3] == "tan" and y != y and x in (floats.inf, -floats.inf)


_COMPLEX_KERNELS = {"exp": _complex_exp, "log": _complex_log, "log2": _complex_log2, "log10": _complex_log10,
                    "log1p": _complex_log1p, "tanh": complex_special.tanh, "sin": _complex_sin,
                    "cos": _complex_cos}
