"""NumPy's elementwise arithmetic on flat lists of values, as the assertions need it.

An operand here is a flat list of Python values (an array's elements in C order) and its dtype.
Every function takes lists of equal length (the caller has already stretched a 0-d side) and gives
NumPy's answer for those dtypes: the two sides are promoted to a common dtype first (NEP 50), the
result is rounded or wrapped back into it (``dtypes.fix``), and a Python number given as a
tolerance is *weak*, so it is first rounded to the array's dtype.  Arithmetic returns
``(values, dtype)``; tests return lists of bools.

    >>> from tinynet.core.dtypes import INT8, FLOAT16, UINT8
    >>> subtract([100], INT8, [-100], INT8)          # int8 wraps around
    ([-56], dtype('int8'))
    >>> absolute([-128], INT8)                       # so does abs(-128)
    ([-128], dtype('int8'))
    >>> multiply_weak(1e-07, [65504.0], FLOAT16)     # 1e-07 is first rounded to float16
    ([0.007808685302734375], dtype('float16'))
    >>> isclose([3.0, 3.0], FLOAT16, [3.001, 3.01], FLOAT16, 1e-3, 0.0, True)
    [True, False]

Computing in binary64 and rounding once to float32 or float16 gives the correctly rounded
float32/float16 result for + - * / and sqrt (binary64 has more than twice their precision plus
two bits), which is what NumPy's float32 and float16 loops give.  ``abs`` of a complex128 is C's
``hypot`` as glibc 2.35+ computes it (Borges' corrected algorithm), which NumPy calls.
"""

import math

from tinynet.core import dtypes
from tinynet.core.dtypes import BOOL, FLOAT32, FLOAT64

INF = float("inf")
NAN = float("nan")


def _integer(d):
    return d.kind in "biu"


# --------------------------------------------------------------------------
# Classifying values
# --------------------------------------------------------------------------


def isnan(values, d):
    """Return x != x elementwise (for complex: either part is nan); False for bool and integers.

    >>> isnan([1.0, float("nan")], FLOAT64)
    [False, True]
    """
    kind = d.kind
    if kind == "f":
        return [x != x for x in values]
    if kind == "c":
        return [z.real != z.real or z.imag != z.imag for z in values]
    return [False] * len(values)


def isinf(values, d):
    """Return |x| == inf elementwise (for complex: either part is infinite).

    >>> isinf([INF, -INF, NAN, 1.0], FLOAT64)
    [True, True, False, False]
    """
    kind = d.kind
    if kind == "f":
        return [x == INF or x == -INF for x in values]
    if kind == "c":
        return [z.real == INF or z.real == -INF or z.imag == INF or z.imag == -INF for z in values]
    return [False] * len(values)


def isfinite(values, d):
    """Return whether x is neither inf nor nan (for complex: both parts), elementwise.

    >>> isfinite([INF, NAN, 1.0], FLOAT64)
    [False, False, True]
    """
    kind = d.kind
    if kind == "f":
        return [x - x == 0 for x in values]
    if kind == "c":
        return [z.real - z.real == 0 and z.imag - z.imag == 0 for z in values]
    return [True] * len(values)


def is_zero(values, d):
    """Return x == 0 elementwise (-0.0 and 0j count as zero, nan does not).

    >>> is_zero([0.0, -0.0, NAN, 2.0], FLOAT64)
    [True, True, False, False]
    """
    return [x == 0 for x in values]


# --------------------------------------------------------------------------
# Comparisons
# --------------------------------------------------------------------------


def _common(xs, dx, ys, dy):
    """Both lists cast to their promoted dtype."""
    d = dtypes.promote(dx, dy)
    return dtypes.cast(xs, dx, d), dtypes.cast(ys, dy, d), d


def equal(xs, dx, ys, dy):
    """Return x == y elementwise, compared in the promoted dtype (int64 == float64 compares floats).

    Two integer dtypes compare exactly, as NumPy's mixed int64/uint64 loops do.

    >>> equal([2 ** 53 + 1], dtypes.INT64, [2.0 ** 53], FLOAT64)
    [True]
    """
    if not (_integer(dx) and _integer(dy)):
        xs, ys, d = _common(xs, dx, ys, dy)
    return [x == y for x, y in zip(xs, ys)]


def _complex_less(x, y):
    """NumPy's order of complex numbers: by real part, then imaginary part; nan compares False."""
    if x.real < y.real:
        return x.imag == x.imag and y.imag == y.imag
    return x.real == y.real and x.imag < y.imag


def _complex_less_equal(x, y):
    if x.real < y.real:
        return x.imag == x.imag and y.imag == y.imag
    return x.real == y.real and x.imag <= y.imag


def less(xs, dx, ys, dy):
    """Return x < y elementwise in the promoted dtype (complex: lexicographic, as NumPy orders it).

    >>> less([1, 2], dtypes.INT64, [1.5, 1.5], FLOAT64)
    [True, False]
    >>> less([1j, 1 + 1j], dtypes.COMPLEX128, [2j, 1 + 0j], dtypes.COMPLEX128)
    [True, False]
    """
    if not (_integer(dx) and _integer(dy)):
        xs, ys, d = _common(xs, dx, ys, dy)
        if d.kind == "c":
            return [_complex_less(x, y) for x, y in zip(xs, ys)]
    return [x < y for x, y in zip(xs, ys)]


def less_equal(xs, dx, ys, dy):
    """Return x <= y elementwise in the promoted dtype.

    >>> less_equal([1.0, NAN], FLOAT64, [1.0, 1.0], FLOAT64)
    [True, False]
    """
    if not (_integer(dx) and _integer(dy)):
        xs, ys, d = _common(xs, dx, ys, dy)
        if d.kind == "c":
            return [_complex_less_equal(x, y) for x, y in zip(xs, ys)]
    return [x <= y for x, y in zip(xs, ys)]


# --------------------------------------------------------------------------
# Arithmetic
# --------------------------------------------------------------------------


def subtract(xs, dx, ys, dy):
    """Return (x - y, dtype) in the promoted dtype, wrapped or rounded into it.

    >>> subtract([1], dtypes.UINT8, [3], dtypes.UINT8)
    ([254], dtype('uint8'))
    """
    if dx is BOOL and dy is BOOL:
        raise TypeError("numpy boolean subtract, the `-` operator, is not supported, use the "
                        "bitwise_xor, the `^` operator, or the logical_xor function instead.")
    xs, ys, d = _common(xs, dx, ys, dy)
    return dtypes.fix([x - y for x, y in zip(xs, ys)], d), d


# hypot as glibc computes it (C. F. Borges, "An Improved Algorithm for hypot(a, b)", 2019): a first
# estimate h = sqrt(x*x + y*y), then one correction step that removes most of its rounding error.
# ldexp, not literal powers: mpy-cross folds 2.0 ** 511 into a constant that single-float firmware cannot freeze.
_SCALE = math.ldexp(1.0, -600)
_LARGE = math.ldexp(1.0, 511)
_TINY = math.ldexp(1.0, -511)
_EPS = 2.0 ** -54


def _hypot_kernel(ax, ay):
    """sqrt(ax**2 + ay**2) for ax >= ay > 0 of moderate size, with Borges' correction."""
    h = math.sqrt(ax * ax + ay * ay)
    if h <= 2.0 * ay:
        delta = h - ay
        t1 = ax * (2.0 * delta - ax)
        t2 = (delta - 2.0 * (ax - ay)) * delta
    else:
        delta = h - ax
        t1 = 2.0 * delta * (ax - 2.0 * ay)
        t2 = (4.0 * delta - ay) * ay + delta * delta
    return h - (t1 + t2) / (2.0 * h)


def hypot(x, y):
    """Return sqrt(x**2 + y**2) as C's hypot does: inf if either is infinite, else nan if either is nan.

    >>> hypot(3.0, 4.0), hypot(INF, NAN), hypot(1e308, 1e308)
    (5.0, inf, 1.4142135623730951e+308)
    """
    if x == INF or x == -INF or y == INF or y == -INF:
        return INF
    if x != x or y != y:
        return NAN
    x, y = abs(float(x)), abs(float(y))
    ax, ay = (y, x) if x < y else (x, y)
    if ax > _LARGE:  # scale down so that ax * ax cannot overflow
        if ay <= ax * _EPS:
            return ax + ay
        return _hypot_kernel(ax * _SCALE, ay * _SCALE) / _SCALE
    if ay < _TINY:  # scale up so that ay * ay cannot underflow
        if ax >= ay / _EPS:
            return ax + ay
        return _hypot_kernel(ax / _SCALE, ay / _SCALE) * _SCALE
    if ay <= ax * _EPS:
        return ax + ay
    return _hypot_kernel(ax, ay)


def _abs_complex64(z):
    """|z| for a complex64 scalar (C's hypotf): sqrt(re*re + im*im) in binary64, whose squares are
    exact, rounded once to float32."""
    re, im = z.real, z.imag
    if re == INF or re == -INF or im == INF or im == -INF:
        return INF
    return math.sqrt(re * re + im * im)


def _one_plus_square(r, bits):
    """fma(r, r, 1) for 0 <= r <= 1: 1 + r*r exactly, rounded once to a multiple of 2**-bits, ties to even."""
    fraction, exponent = math.frexp(r)  # r = M * 2**(exponent - 53) with M an integer below 2**53
    mantissa = int(fraction * 2.0 ** 53)
    k = 106 - 2 * exponent  # 1 + r*r = (2**k + M*M) / 2**k exactly
    total = (1 << k) + mantissa * mantissa
    drop = k - bits
    q = total >> drop
    rest = total - (q << drop)
    half = 1 << (drop - 1)
    if rest > half or (rest == half and q % 2 == 1):
        q += 1
    return math.ldexp(float(q), -bits)


def _abs_complex_vector(z, single):
    """|z| as NumPy's SIMD loop for complex arrays computes it: with M = max(|re|, |im|) and
    m = min(|re|, |im|), ``M * sqrt(fma(m/M, m/M, 1))``, each step rounded to the dtype
    (inf if a part is inf, else nan if a part is nan, 0 if both parts are 0)."""
    re, im = abs(z.real), abs(z.imag)
    if re == INF or im == INF:
        return INF
    if re != re or im != im:
        return NAN
    larger, smaller = (re, im) if re >= im else (im, re)
    if larger == 0:
        return 0.0
    ratio = smaller / larger
    if single:
        ratio = dtypes.fix([ratio], FLOAT32)[0]
    # fma: ratio * ratio + 1 exactly, then one rounding
    root = math.sqrt(_one_plus_square(ratio, 23 if single else 52))
    if single:
        root = dtypes.fix([root], FLOAT32)[0]
    return root * larger


def absolute(values, d, vector=True):
    """Return (|x|, dtype): integers wrap (int8 |-128| is -128), complex gives its real dtype.

    NumPy computes |z| of complex arrays with a SIMD formula (``vector=True``) and of complex
    scalars with C's hypot (``vector=False``); the two differ in the last bit now and then.

    >>> absolute([-0.0, -2.5], FLOAT64), absolute([3 + 4j], dtypes.COMPLEX64)
    (([0.0, 2.5], dtype('float64')), ([5.0], dtype('float32')))
    >>> absolute([2.75 - 1j], dtypes.COMPLEX64)[0], absolute([2.75 - 1j], dtypes.COMPLEX64, vector=False)[0]
    ([2.9261746406555176], [2.9261748790740967])
    """
    kind = d.kind
    if kind == "b" or kind == "u":
        return list(values), d
    if kind == "i":
        return dtypes.fix([abs(x) for x in values], d), d
    if kind == "f":
        return [abs(x) for x in values], d
    single = d is dtypes.COMPLEX64
    if vector:
        result = [_abs_complex_vector(z, single) for z in values]
    elif single:
        result = [_abs_complex64(z) for z in values]
    else:
        result = [hypot(z.real, z.imag) for z in values]
    if single:
        return dtypes.fix(result, FLOAT32), FLOAT32
    return result, FLOAT64


def minimum(xs, ys, d):
    """Return the elementwise minimum of two lists of one dtype; a nan on either side wins.

    >>> minimum([1.0, NAN, 3.0], [2.0, 0.0, NAN], FLOAT64)
    [1.0, nan, nan]
    """
    out = []
    for x, y in zip(xs, ys):
        if x != x:
            out.append(x)
        elif y != y:
            out.append(y)
        else:
            out.append(y if y < x else x)
    return out


def _ieee_divide(x, y):
    """x / y with IEEE results for a zero divisor (inf with the quotient's sign, or nan)."""
    if y == 0:
        if x != x or x == 0:
            return NAN
        negative = (x < 0) != (math.copysign(1.0, y) < 0)
        return -INF if negative else INF
    return x / y


def true_divide(xs, dx, ys, dy):
    """Return (x / y, dtype): integers divide as float64, floats in their promoted dtype.

    >>> true_divide([1], dtypes.INT8, [3], dtypes.INT8)
    ([0.3333333333333333], dtype('float64'))
    """
    d = dtypes.promote(dx, dy)
    if _integer(d):
        d = FLOAT64
    xs, ys = dtypes.cast(xs, dx, d), dtypes.cast(ys, dy, d)
    return dtypes.fix([_ieee_divide(x, y) for x, y in zip(xs, ys)], d), d


def _later_max(a, b):
    """max(a, b) as the x86 max instruction: b unless a is greater (so 0.0 vs -0.0 gives b)."""
    return a if a > b else b


def _lanes_max(v):
    """The horizontal max of one SIMD register of 8 float64 or 16 float32 lanes, in the order the
    compiler's reduce (halves, then quarters, then shuffles within 128 bits) combines them."""
    half = len(v) // 2
    v = [_later_max(v[half + i], v[i]) for i in range(half)]  # upper half against lower half
    quarter = half // 2
    v = [_later_max(v[quarter + i], v[i]) for i in range(quarter)]
    if len(v) == 4:  # float32: swap pairs of lanes, then neighbours
        v = [_later_max(v[0], v[2]), _later_max(v[1], v[3])]
    return _later_max(v[0], v[1])


_LANES = {"float64": 8, "float32": 16}


def max_value(values, d=FLOAT64):
    """Return the largest value, or the first nan if there is one (as NumPy's max).

    Which of 0.0 and -0.0 (equal, so either is "the largest") comes out follows NumPy's loops on
    x86-64 with AVX-512: float16 keeps the earlier; for float64 and float32 a register of 8 or 16
    lanes starts as element 0 in every lane and takes the rest a register at a time (blocks of eight
    registers first, combined as a tree), a tie going to the later operand; its lanes are then
    combined by the compiler's horizontal reduction, and the remaining elements taken one by one
    (a tie going to the later).

    >>> max_value([1.0, 3.0, 2.0]), max_value([1.0, NAN])
    (3.0, nan)
    >>> max_value([0.0, -0.0]), max_value([0.0, -0.0], dtypes.FLOAT16)
    (-0.0, 0.0)
    """
    for x in values:
        if x != x:
            return x
    lanes = _LANES.get(d.name)
    if lanes is None:
        best = values[0]
        for x in values:
            if x > best:
                best = x
        return best
    register = [values[0]] * lanes
    rest = values[1:]
    start = 0

    def take(register, chunk):
        return [_later_max(a, b) for a, b in zip(register, chunk)]

    while len(rest) - start >= 8 * lanes:  # eight registers, combined pairwise
        level = [rest[start + k * lanes:start + (k + 1) * lanes] for k in range(8)]
        while len(level) > 1:
            level = [take(level[k], level[k + 1]) for k in range(0, len(level), 2)]
        register = take(register, level[0])
        start += 8 * lanes
    while len(rest) - start >= lanes:
        register = take(register, rest[start:start + lanes])
        start += lanes
    best = _lanes_max(register)
    for x in rest[start:]:
        best = _later_max(best, x)
    return best


# --------------------------------------------------------------------------
# Weak (Python) numbers and isclose
# --------------------------------------------------------------------------


def _is_weak(value):
    t = type(value)
    return t is bool or t is int or t is float or t is complex


def scalar_operand(value):
    """Return (value, dtype or None) for a tolerance: dtype None marks a weak Python number.

    A NumPy or tinynet scalar (or 0-d array) keeps its dtype, as in NumPy.

    >>> scalar_operand(0.5), scalar_operand(True)
    ((0.5, None), (True, None))
    """
    if _is_weak(value):
        return value, None
    d = getattr(value, "dtype", None)
    if d is not None:
        d = dtypes.as_dtype(d)
        return value.item() if hasattr(value, "item") else value, d
    return float(value), None


def with_scalar(value, values, d):
    """Cast a scalar operand and a list into the dtype of (scalar op list); return both and the dtype."""
    value, vd = scalar_operand(value)
    if vd is None:
        rd = dtypes.promote_weak(d, value)
        if rd.kind == "f" and not isinstance(value, complex):
            v = dtypes.fix([float(value)], rd)[0]
        else:
            v = dtypes.cast([value], dtypes.dtype_of_value(value), rd)[0]
    else:
        rd = dtypes.promote(d, vd)
        v = dtypes.cast([value], vd, rd)[0]
    return v, dtypes.cast(values, d, rd), rd


def multiply_weak(scalar, values, d):
    """Return (scalar * x, dtype) with NumPy's rules for a Python number times an array."""
    s, values, rd = with_scalar(scalar, values, d)
    return dtypes.fix([s * x for x in values], rd), rd


def add_weak(scalar, values, d):
    """Return (scalar + x, dtype) with NumPy's rules for a Python number plus an array."""
    s, values, rd = with_scalar(scalar, values, d)
    return dtypes.fix([s + x for x in values], rd), rd


def less_than_scalar(values, d, scalar):
    """Return x < scalar elementwise, the scalar taking the array's dtype when it is weak."""
    s, values, rd = with_scalar(scalar, values, d)
    return less(values, rd, [s] * len(values), rd)


def isclose(xs, dx, ys, dy, rtol, atol, equal_nan, scalars=False):
    """Return NumPy's isclose elementwise: |x - y| <= atol + rtol * |y| for finite y, or x == y.

    y is first made inexact (int -> float64, float16 stays float16); rtol and atol are weak Python
    numbers, rounded to y's dtype.  equal_nan also accepts nan against nan.  ``scalars`` says that
    x and y are 0-d, so that NumPy takes x - y as a scalar (see ``absolute``).
    """
    fy = dtypes.result_type(dy, 1.0)
    ys = dtypes.cast(ys, dy, fy)
    diff, dd = subtract(xs, dx, ys, fy)
    distance, d_distance = absolute(diff, dd, vector=not scalars)
    size, d_size = absolute(ys, fy)
    scaled, d_scaled = multiply_weak(rtol, size, d_size)
    tolerance, d_tolerance = add_weak(atol, scaled, d_scaled)
    within = less_equal(distance, d_distance, tolerance, d_tolerance)
    finite = isfinite(ys, fy)
    same = equal(xs, dx, ys, fy)
    result = [(w and f) or s for w, f, s in zip(within, finite, same)]
    if equal_nan:
        nan_x, nan_y = isnan(xs, dx), isnan(ys, fy)
        result = [r or (a and b) for r, a, b in zip(result, nan_x, nan_y)]
    return result
