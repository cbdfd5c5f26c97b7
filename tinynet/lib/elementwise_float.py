"""Floating-point ufuncs: trigonometric and hyperbolic functions and their inverses, exponentials and
logarithms, rounding, and the functions of a float's representation (copysign, nextafter, spacing, ...).

Each is a ``ufunc`` object, so it has NumPy's keywords (``out=``, ``where=``, ``dtype=``) and, with two
inputs, the methods ``reduce``, ``accumulate``, ``outer``, ``at`` and ``reduceat``:

    >>> import tinynet as np
    >>> np.arccos([1.0, 0.0, -1.0])
    array([0.        , 1.57079633, 3.14159265])
    >>> np.hypot.reduce([3.0, 4.0, 12.0]), np.arctan2(1, 1) * 4
    (np.float64(13.0), np.float64(3.141592653589793))

Integers compute in the smallest float that holds them exactly (``np.sin(int8)`` is float16, int16 gives
float32, wider integers float64); float32 stays float32, rounded once from the double result.  Outside a
function's domain the answer is IEEE's (``arccos(2) = nan``, ``arctanh(1) = inf``) with NumPy's warning
("invalid value encountered in arccos"), which ``np.errstate`` silences or turns into an exception.
See ``ufunc_loops`` for how the loop dtype is chosen and errors are found.
"""

import math

from tinynet.core import dtypes
from tinynet.core import floats
from tinynet.core.dtypes import BOOL, FLOAT64, INT32
from tinynet.core import index_math
from tinynet.core.ufunc import _values_in
from tinynet.core.ufunc_kernels import _complex_exp, _complex_power, reciprocal_kernel  # (np.power's complex loop)
from tinynet.core.umath import ufunc
from tinynet.lib import complex_special
from tinynet.lib import ufunc_loops as loops
from tinynet.lib.ufunc_loops import FLOATS, INEXACT, apply_binary, apply_unary

try:
    import cmath
except ImportError:  # ports built without complex numbers
    cmath = None

_INF = float("inf")
_NAN = float("nan")


def _complex(name, careful=None):
    """cmath's function of that name, with careful(z) where it raises (None where the runtime lacks it:
    then complex input is refused)."""
    fast = getattr(cmath, name, None)
    if fast is None:
        return None
    return _careful_complex(fast, careful or _complex_nan)


def _careful_complex(fast, careful):
    def kernel(z):
        try:
            return fast(z)
        except (OverflowError, ValueError, ZeroDivisionError):
            return careful(z)
    return kernel


# Where cmath raises (an infinite part, a pole), the answers come from the real parts' formulas; a zero
# imaginary part stays zero, as C99's complex functions keep it.


def _exp_parts(z):
    # e**(x + iy) = e**x (cos y + i sin y)
    x, y = z.real, z.imag
    return complex(_exp_times(x, floats.cos(y)), y if y == 0 else _exp_times(x, floats.sin(y)))


def _exp_times(x, c):
    """e**x * c, finite where the product is though e**x alone overflows: e**(x + log|c|) with c's sign."""
    if x > 709.0 and c == c and c != 0 and x != _INF:
        return math.copysign(floats.exp(x + math.log(abs(c))), c)
    return floats.exp(x) * c


def _atanh_pole(z):
    # atanh(+-1 +- 0i) = +-inf +- 0i, the poles (cmath raises there)
    return complex(math.copysign(_INF, z.real), math.copysign(0.0, z.imag))


def _atan_pole(z):
    # atan(z) = -i atanh(iz)
    w = _atanh_pole(complex(-z.imag, z.real))
    return complex(w.imag, -w.real)


def _complex_tan(z):
    # C99's tan z = -i tanh(iz), iz = -y + ix; where it leaves a sign open, NumPy's (C's ctan) is followed
    x, y = z.real, z.imag
    if math.isinf(y) and not math.isfinite(x):  # 0 +- i, the zero with x's sign
        return complex(math.copysign(0.0, x), math.copysign(1.0, y))
    if y == 0 and x != x:
        return complex(x, y)
    w = complex_special.tanh(complex(-y, x))
    return complex(w.imag, -w.real)


def _special(name):
    """The complex loop with C99's special values from lib/complex_special.py (None without cmath)."""
    return getattr(complex_special, name) if cmath is not None else None


def _complex_nan(z):
    return complex(_NAN, _NAN)


def _edges(kernel, edges):
    """kernel(z), except for the values C99 leaves a sign unspecified at: there NumPy's answer, edges(z)
    (None where it is kernel's own)."""
    if kernel is None:
        return None

    def careful(z):
        w = edges(z)
        return kernel(z) if w is None else w
    return careful


# C99 leaves these signs "unspecified"; NumPy's (and glibc's) choices are asin(+-inf + i nan) = nan + i inf
# and acos(+-inf + i nan) = nan - i inf.
def _asin_edges(z):
    return complex(_NAN, _INF) if z.imag != z.imag and z.real in (_INF, -_INF) else _tiny(z)


def _acos_edges(z):
    return complex(_NAN, -_INF) if z.imag != z.imag and z.real in (_INF, -_INF) else None


def _atan_edges(z):
    if z.imag != z.imag and z.real in (_INF, -_INF):  # atan(+-inf + i nan) = +-pi/2 + 0i, as NumPy gives
        return complex(math.copysign(math.pi / 2, z.real), math.copysign(0.0, z.imag))
    return _tiny(z)


def _tiny(z):
    # asin, asinh, atan and atanh of z are z (1 + O(|z|**2)) part by part: z itself where |z| < 2**-30,
    # subnormal parts included (cmath flushes some of them to zero)
    return z if abs(z.real) < 2.0 ** -30 and abs(z.imag) < 2.0 ** -30 else None


def _complex_exp2(z):
    return _complex_exp(complex(z.real * floats._LN2, z.imag * floats._LN2))  # not z * ln2: 0 * inf


def _unary(name, x, real, careful=None, complex_kernel=None, poles=(), table=INEXACT):
    return apply_unary(name, x, table, real, careful, complex_kernel, poles)


# --------------------------------------------------------------------------
# Trigonometric and hyperbolic functions, and their inverses
# --------------------------------------------------------------------------


def tan(x):
    """Return tan(x) = sin(x) / cos(x) elementwise (nan at +-inf).

    >>> tan([0.0, 0.7853981633974483]).tolist()
    [0.0, 0.9999999999999999]
    """
    return _unary("tan", x, math.tan, floats.tan, _complex_tan if cmath is not None else None)


def arcsin(x):
    """Return the inverse sine in [-pi/2, pi/2] elementwise (nan outside [-1, 1]).

    >>> arcsin([0.0, 1.0, 2.0]).tolist()
    [0.0, 1.5707963267948966, nan]
    """
    return _unary("arcsin", x, math.asin, floats.asin, _edges(_complex("asin"), _asin_edges))


def arccos(x):
    """Return the inverse cosine in [0, pi] elementwise (nan outside [-1, 1]).

    >>> arccos([1.0, -1.0, 2.0]).tolist()
    [0.0, 3.141592653589793, nan]
    """
    return _unary("arccos", x, math.acos, floats.acos, _edges(_complex("acos"), _acos_edges))


def arctan(x):
    """Return the inverse tangent in [-pi/2, pi/2] elementwise.

    >>> arctan([0.0, float("inf")]).tolist()
    [0.0, 1.5707963267948966]
    """
    return _unary("arctan", x, math.atan, math.atan, _edges(_complex("atan", _atan_pole), _atan_edges), poles=(1j, -1j))


def sinh(x):
    """Return sinh(x) = (e**x - e**-x) / 2 elementwise (+-inf where it overflows).

    >>> sinh([0.0, 1.0]).tolist()
    [0.0, 1.1752011936438014]
    """
    return _unary("sinh", x, math.sinh, floats.sinh, _special("sinh"))


def cosh(x):
    """Return cosh(x) = (e**x + e**-x) / 2 elementwise (inf where it overflows).

    >>> cosh([0.0, 1.0]).tolist()
    [1.0, 1.5430806348152437]
    """
    return _unary("cosh", x, math.cosh, floats.cosh, _special("cosh"))


def arcsinh(x):
    """Return the inverse hyperbolic sine log(x + sqrt(x**2 + 1)) elementwise.

    >>> arcsinh([0.0, 1.0]).tolist()
    [0.0, 0.881373587019543]
    """
    return _unary("arcsinh", x, math.asinh, math.asinh, _edges(_complex("asinh"), _tiny))


def arccosh(x):
    """Return the inverse hyperbolic cosine log(x + sqrt(x**2 - 1)) elementwise (nan below 1).

    >>> arccosh([1.0, 2.0, 0.5]).tolist()
    [0.0, 1.3169578969248166, nan]
    """
    return _unary("arccosh", x, math.acosh, floats.acosh, _special("acosh"))


def arctanh(x):
    """Return the inverse hyperbolic tangent log((1 + x) / (1 - x)) / 2 elementwise (+-inf at +-1).

    >>> arctanh([0.0, 0.5, 1.0]).tolist()
    [0.0, 0.5493061443340548, inf]
    """
    return _unary("arctanh", x, math.atanh, floats.atanh, _edges(_complex("atanh", _atanh_pole), _tiny), poles=(1.0, -1.0))


def arctan2(x1, x2):
    """Return the angle of the point (x2, x1) in [-pi, pi] elementwise: atan(x1 / x2) in the right quadrant.

    >>> arctan2([1.0, 1.0, -1.0], [1.0, -1.0, -1.0]).tolist()
    [0.7853981633974483, 2.356194490192345, -2.356194490192345]
    """
    return apply_binary("arctan2", x1, x2, FLOATS, math.atan2)


def hypot(x1, x2):
    """Return sqrt(x1**2 + x2**2) elementwise, without overflow in the squares.

    >>> hypot([3.0, 1e200], [4.0, 1e200]).tolist()
    [5.0, 1.414213562373095e+200]
    """
    return apply_binary("hypot", x1, x2, FLOATS, floats.hypot)


def _float32(x):
    return dtypes.fix([x], dtypes.FLOAT32)[0]


# The factors as NumPy's single-precision loops hold them: pi / 180 rounded, and 180 / pi computed in
# float32 from a rounded pi (57.295776, not the rounded 57.29578).
_RADIANS_PER_DEGREE = (math.pi / 180.0, _float32(math.pi / 180.0))
_DEGREES_PER_RADIAN = (180.0 / math.pi, _float32(180.0 / _float32(math.pi)))


def _scale(name, x, factors):
    """x * factor in the loop's dtype: float32 and float16 (computed in float32) use the float32 factor."""
    a, weak = loops.as_operand(name, x)
    d = loops.loop_dtype(name, a._dtype, FLOATS)
    factor = factors[0] if d is FLOAT64 else factors[1]
    values = loops.values_as(a, d)
    out = [v * factor for v in values]
    if d is dtypes.FLOAT16:
        out = dtypes.fix(out, dtypes.FLOAT32)  # NumPy's half loops compute in float32
    out = dtypes.fix(out, d)
    loops.check_unary(name, values, out)
    return loops.result(out, a._shape, d)


def deg2rad(x):
    """Return x degrees in radians: x * pi / 180 elementwise.

    >>> deg2rad([180.0, 90.0]).tolist()
    [3.141592653589793, 1.5707963267948966]
    """
    return _scale("deg2rad", x, _RADIANS_PER_DEGREE)


def radians(x):
    """Return x degrees in radians (the same as deg2rad): x * pi / 180.

    >>> radians(180.0)
    np.float64(3.141592653589793)
    """
    return _scale("radians", x, _RADIANS_PER_DEGREE)


def rad2deg(x):
    """Return x radians in degrees: x * 180 / pi elementwise.

    >>> rad2deg([3.141592653589793]).tolist()
    [180.0]
    """
    return _scale("rad2deg", x, _DEGREES_PER_RADIAN)


def degrees(x):
    """Return x radians in degrees (the same as rad2deg): x * 180 / pi.

    >>> degrees(1.5707963267948966)
    np.float64(90.0)
    """
    return _scale("degrees", x, _DEGREES_PER_RADIAN)


# --------------------------------------------------------------------------
# Exponentials and logarithms
# --------------------------------------------------------------------------


def exp2(x):
    """Return 2**x elementwise (inf where it overflows).

    >>> exp2([3.0, -1.0, 2000.0]).tolist()
    [8.0, 0.5, inf]
    """
    return _unary("exp2", x, floats.exp2, floats.exp2, _complex_exp2 if cmath is not None else None)


def expm1(x):
    """Return e**x - 1 elementwise, accurate where x is tiny (e**x rounds to 1 there).

    >>> expm1([0.0, 1e-10]).tolist()
    [0.0, 1.00000000005e-10]
    """
    return _unary("expm1", x, floats.expm1, floats.expm1, _special("expm1"))


def cbrt(x):
    """Return the real cube root elementwise: cbrt(-8) = -2.

    >>> cbrt([27.0, -8.0, 0.001]).tolist()
    [3.0, -2.0, 0.1]
    """
    return _unary("cbrt", x, floats.cbrt, table=FLOATS)


def logaddexp(x1, x2):
    """Return log(e**x1 + e**x2) elementwise without overflow: max + log1p(e**-|x1 - x2|).

    >>> logaddexp([0.0, 1000.0], [0.0, 1000.0]).tolist()
    [0.6931471805599453, 1000.6931471805599]
    """
    return apply_binary("logaddexp", x1, x2, FLOATS, floats.logaddexp, single=floats.logaddexp_single)


def logaddexp2(x1, x2):
    """Return log2(2**x1 + 2**x2) elementwise without overflow.

    >>> logaddexp2([3.0, -float("inf")], [3.0, 5.0]).tolist()
    [4.0, 5.0]
    """
    return apply_binary("logaddexp2", x1, x2, FLOATS, floats.logaddexp2, single=floats.logaddexp2_single)


def _reciprocal_int(d):
    # NumPy divides 1.0 by the value and converts back: 0 for |x| > 1, and at 0 (a division by zero) the
    # converted inf, which is the minimum for 32- and 64-bit ints and 0 for the others.
    at_zero = d._min if d.kind == "i" and d.itemsize >= 4 else 0

    def kernel(xs):
        if 0 in xs:
            from tinynet.core import errors  # noqa: PLC0415 - only on this rare path
            errors.floating_error(errors.DIVIDE, "reciprocal")
        return [at_zero if v == 0 else v if v == 1 or v == -1 else 0 for v in xs]
    return kernel


def reciprocal(x):
    """Return 1 / x elementwise, in x's own dtype (so 0 for integers other than 1 and -1).

    >>> reciprocal([2.0, 0.5]).tolist(), reciprocal([1, 2]).tolist()
    ([0.5, 2.0], [1, 0])
    """
    a, weak = loops.as_operand("reciprocal", x)
    d = loops.loop_dtype("reciprocal", a._dtype, loops.NUMBER)
    if d.kind in "iu":
        values = loops.values_as(a, d)
        return loops.result(_reciprocal_int(d)(values), a._shape, d)
    complex_kernel = reciprocal_kernel(d) if d.kind == "c" else None  # NumPy's own complex loop
    return _unary("reciprocal", a, _one_over, _careful_one_over, complex_kernel, poles=(0.0,))


def _one_over(x):
    return 1.0 / x


def _careful_one_over(x):
    return floats.divide(1.0, x)


def float_power(x1, x2):
    """Return x1 ** x2 elementwise, always in float64 (or complex128): no integer overflow.

    >>> float_power([2, 10], [-1, 20]).tolist()
    [0.5, 1e+20]
    """
    return apply_binary("float_power", x1, x2, (FLOAT64, dtypes.COMPLEX128), math.pow, floats.power,
                        _complex_power, pole=_power_pole)


def _power_pole(x, y):
    return x == 0


# --------------------------------------------------------------------------
# Rounding
# --------------------------------------------------------------------------


def rint(x):
    """Round to the nearest integer elementwise, halves to even (floats stay floats).

    >>> rint([0.5, 1.5, 2.5, -0.4]).tolist()
    [0.0, 2.0, 2.0, -0.0]
    """
    return _unary("rint", x, floats.rint, floats.rint, _complex_rint)


def _complex_rint(z):
    return complex(floats.rint(z.real), floats.rint(z.imag))


def trunc(x):
    """Round toward zero elementwise; integers and bools are returned in their own dtype.

    >>> trunc([-1.7, 1.7]).tolist(), trunc([3, -3]).tolist()
    ([-1.0, 1.0], [3, -3])
    """
    a, weak = loops.as_operand("trunc", x)
    if a._dtype.kind in "biu":
        return loops.result(list(a._values()), a._shape, a._dtype)
    return _unary("trunc", a, floats.trunc, floats.trunc, table=FLOATS)


def fabs(x):
    """Return |x| elementwise as floats (complex input is refused; use absolute).

    >>> fabs([-1, 2]).tolist()
    [1.0, 2.0]
    """
    return _unary("fabs", x, abs, table=FLOATS)


# --------------------------------------------------------------------------
# The representation of floats
# --------------------------------------------------------------------------


def copysign(x1, x2):
    """Return the magnitude of x1 with the sign of x2 elementwise (signed zeros and nan signs count).

    >>> copysign([1.0, 2.0], [-0.0, 1.0]).tolist()
    [-1.0, 2.0]
    """
    return apply_binary("copysign", x1, x2, FLOATS, math.copysign)


def signbit(x):
    """Return whether the sign bit is set elementwise (True for -0.0).

    >>> signbit([-0.0, 0.0, -2.0]).tolist()
    [True, False, True]
    """
    return apply_unary("signbit", x, FLOATS, _sign_bit, out_dtype=_bool_dtype)


def _sign_bit(x):
    return math.copysign(1.0, x) < 0


def _bool_dtype(d):
    return BOOL


def nextafter(x1, x2):
    """Return the next float after x1 toward x2 elementwise, in the loop's own float format.

    >>> nextafter([1.0, 1.0], [2.0, 0.0]).tolist()
    [1.0000000000000002, 0.9999999999999999]
    """
    xs, ys, shape, d = loops.binary_operands("nextafter", x1, x2, FLOATS)
    out = [floats.nextafter(x, y, d.name) for x, y in zip(xs, ys)]
    loops.check_unary("nextafter", xs, out)  # nextafter(max, inf) overflows
    return loops.result(out, shape, d)


def spacing(x):
    """Return the distance from x to the next float away from zero, in x's float format.

    >>> spacing([1.0, -1.0]).tolist(), spacing(dtypes.scalar(1.0, dtypes.FLOAT32))
    ([2.220446049250313e-16, -2.220446049250313e-16], np.float32(1.1920929e-07))
    """
    a, weak = loops.as_operand("spacing", x)
    d = loops.loop_dtype("spacing", a._dtype, FLOATS)
    values = loops.values_as(a, d)
    out = [floats.spacing(v, d.name) for v in values]
    loops.check_unary("spacing", [v if v - v == 0 else _NAN for v in values], out)  # spacing(inf) is a quiet nan
    return loops.result(out, a._shape, d)


def ldexp(x1, x2):
    """Return x1 * 2**x2 elementwise; x2 must be an integer (one that casts safely to int64).

    >>> ldexp([1.0, 3.0], [10, -1]).tolist()
    [1024.0, 1.5]
    """
    x, n = loops.as_operand("ldexp", x1)[0], loops.as_operand("ldexp", x2)[0]
    if n._dtype.kind not in "biu" or not dtypes.can_cast(n._dtype, dtypes.INT64, "safe"):
        raise loops.not_supported("ldexp")
    d = loops.loop_dtype("ldexp", x._dtype, FLOATS)
    shape = x._shape if x._shape == n._shape else index_math.broadcast_shapes(x._shape, n._shape)
    xs, ns = _values_in(x, shape, d), _values_in(n, shape, None)
    out = dtypes.fix([floats.ldexp(v, int(k)) for v, k in zip(xs, ns)], d)
    loops.check_binary("ldexp", xs, [0.0] * len(xs), out)
    return loops.result(out, shape, d)


def frexp(x):
    """Split x into mantissa and exponent elementwise: x = m * 2**e with 0.5 <= |m| < 1 (e is int32).

    >>> m, e = frexp([8.0, 0.0, -3.0]); m.tolist(), e.tolist()
    ([0.5, 0.0, -0.75], [4, 0, 2])
    """
    a, weak = loops.as_operand("frexp", x)
    d = loops.loop_dtype("frexp", a._dtype, FLOATS)
    values = loops.values_as(a, d)
    pairs = [math.frexp(v) if v - v == 0 else (v, 0) for v in values]
    return (loops.result([m for m, e in pairs], a._shape, d), loops.result([e for m, e in pairs], a._shape, INT32))


def modf(x):
    """Split x into fractional and integral parts elementwise, both with the sign of x.

    >>> f, i = modf([3.5, -2.25]); f.tolist(), i.tolist()
    ([0.5, -0.25], [3.0, -2.0])
    """
    a, weak = loops.as_operand("modf", x)
    d = loops.loop_dtype("modf", a._dtype, FLOATS)
    values = loops.values_as(a, d)
    pairs = [math.modf(v) if v == v else (v, v) for v in values]
    return (loops.result([f for f, i in pairs], a._shape, d), loops.result([i for f, i in pairs], a._shape, d))


def heaviside(x1, x2):
    """Return the Heaviside step elementwise: 0 where x1 < 0, x2 where x1 == 0, 1 where x1 > 0.

    >>> heaviside([-1.5, 0.0, 2.0], 0.5).tolist()
    [0.0, 0.5, 1.0]
    """
    return apply_binary("heaviside", x1, x2, FLOATS, floats.heaviside)


# --------------------------------------------------------------------------
# The functions above as ufunc objects
# --------------------------------------------------------------------------

_UNARY = ["tan", "arcsin", "arccos", "arctan", "sinh", "cosh", "arcsinh", "arccosh", "arctanh", "deg2rad",
          "radians", "rad2deg", "degrees", "exp2", "expm1", "cbrt", "reciprocal", "rint", "trunc", "fabs",
          "signbit", "spacing"]
_BINARY = [("arctan2", None), ("hypot", 0), ("logaddexp", -_INF), ("logaddexp2", -_INF), ("float_power", None),
           ("copysign", None), ("nextafter", None), ("ldexp", None), ("heaviside", None)]
_TWO_OUTPUTS = ["frexp", "modf"]

__test__ = {}
for _name, _nin, _nout, _identity in ([(n, 1, 1, None) for n in _UNARY] + [(n, 2, 1, i) for n, i in _BINARY]
                                      + [(n, 1, 2, None) for n in _TWO_OUTPUTS]):
    _doc = getattr(globals()[_name], "__doc__", None)
    if ">>>" in (_doc or ""):
        __test__[_name] = _doc
    globals()[_name] = ufunc(_name, _nin, globals()[_name], _identity, _doc, _nout)

# The array API's names for the same ufuncs.
asin, acos, atan, asinh, acosh, atanh, atan2 = arcsin, arccos, arctan, arcsinh, arccosh, arctanh, arctan2
