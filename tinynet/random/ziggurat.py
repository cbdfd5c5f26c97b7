"""The 256-layer ziggurat for N(0, 1), built the way NumPy's Generator builds its tables.

Marsaglia and Tsang's ziggurat covers the right half of the bell
``f(x) = exp(-x**2 / 2)`` with 256 horizontal layers of equal area ``v``:
a base layer (the rectangle ``[0, r] x [0, f(r)]`` plus the tail beyond
``r``) and 255 rectangles stacked on it. Their right edges ``x[255] = r >
x[254] > ... > x[1]`` follow from the recursion

    x[i] = sqrt(-2 * ln(v / x[i+1] + f(x[i+1])))

and the layers give three tables, indexed by layer:

- ``wi[i] = x[i] / 2**52``: turns a 52-bit random integer into a point of layer i
  (``wi[0] = (v / f(r)) / 2**52``, the base layer's width as a rectangle);
- ``ki[i] = round(2**52 * x[i-1] / x[i])``: below it the point lies under the
  layer above, so it is accepted at once (``ki[0] = round(2**52 * r * f(r) / v)``, ``ki[1] = 0``);
- ``fi[i] = f(x[i])``: the heights, for the wedge test (``fi[0] = 1``).

NumPy's parameters are ``r = 3.6541528853610088`` and ``v = 0.004928673233974652``
(double precision; the tail-area formula ``r f(r) + sqrt(pi/2) erfc(r/sqrt(2))``
gives a value 3 units in the last place higher, and that one does not reproduce
NumPy's stream). The recursion runs in double precision with correctly rounded
``exp`` and ``ln``, which are computed here with integers so that every runtime
builds the same tables. NumPy's own table took one near-tie the other way: at
layer 38 the exact ``exp`` lies 0.002 units in the last place below the midpoint
of two doubles, and NumPy's entry is the upper one; every layer below it is
computed from that entry. We take the upper one there too, and then all 768
entries agree with NumPy's, bit for bit.

>>> ki, wi, fi = tables()
>>> ki[0], ki[1], wi[255] * 2**52, fi[0]
(4208095142473578, 0, 3.654152885361009, 1.0)

``standard_normals(bits, count)`` draws with them from a PCG64, as NumPy's
``random_standard_normal`` does: one 64-bit word per sample almost always.

>>> from tinynet.random.pcg64 import PCG64
>>> standard_normals(PCG64(0), 2)
[0.1257302210933933, -0.1321048632913019]
"""

import math

from tinynet.random.pcg64 import MULTIPLIER

__all__ = ['R', 'INV_R', 'V', 'tables', 'standard_normals', 'exact_exp', 'exact_log']

R = 3.6541528853610088            # the base layer's right edge (NumPy's ziggurat_nor_r)
INV_R = 1.0 / R                   # NumPy's ziggurat_nor_inv_r, the same double
V = 0.004928673233974652          # the area of every layer
LAYERS = 256
_ROUNDED_UP = (38,)               # layers whose height NumPy's table holds one ulp up
_TWO_POW_52 = 4503599627370496.0

# ---------------------------------------------------------------------------
# Correctly rounded exp and ln of doubles, in fixed point with big ints
# ---------------------------------------------------------------------------

_PRECISION = 160                  # fraction bits of the fixed-point numbers
_ONE = 1 << _PRECISION
_LN2 = None                       # ln 2 in fixed point, computed on first use


def _atanh_fixed(numerator, denominator):
    """Return atanh(n / d) * 2**P for |n / d| < 1: z + z**3 / 3 + z**5 / 5 + ..."""
    if numerator < 0:
        return -_atanh_fixed(-numerator, denominator)
    z = (numerator << _PRECISION) // denominator
    z_squared = (z * z) >> _PRECISION
    term = z
    total = z
    k = 3
    while term != 0:
        term = (term * z_squared) >> _PRECISION
        total += term // k
        k += 2
    return total


def _ln2_fixed():
    """Return ln 2 * 2**P, as 2 atanh(1/3)."""
    global _LN2
    if _LN2 is None:
        _LN2 = 2 * _atanh_fixed(1, 3)
    return _LN2


def _split(x):
    """Return (m, e) with x == m * 2**e exactly, m an int (x a finite double)."""
    fraction, exponent = math.frexp(x)
    return int(fraction * 9007199254740992.0), exponent - 53


def _bit_count(n):
    """Return the number of bits of a positive int (int.bit_length, which MicroPython lacks)."""
    return len(bin(n)) - 2


def _to_double(mantissa, exponent):
    """Return the double nearest to mantissa * 2**exponent (mantissa a positive int), ties to even."""
    shift = _bit_count(mantissa) - 53
    if shift > 0:
        kept = mantissa >> shift
        rest = mantissa - (kept << shift)
        half = 1 << (shift - 1)
        if rest > half or (rest == half and kept & 1):
            kept += 1
        mantissa = kept
        exponent += shift
    return math.ldexp(float(mantissa), exponent)


def exact_exp(x):
    """Return exp(x) correctly rounded to a double: exp(x) = 2**k * exp(x - k ln 2).

    >>> exact_exp(1.0), exact_exp(-0.5)
    (2.718281828459045, 0.6065306597126334)
    """
    mantissa, exponent = _split(x)
    if exponent >= -_PRECISION:
        a = mantissa << (exponent + _PRECISION)
    else:
        a = mantissa >> (-exponent - _PRECISION)
    ln2 = _ln2_fixed()
    k = a // ln2
    reduced = a - k * ln2                       # 0 <= reduced < ln 2, so every term is positive
    term = _ONE
    total = _ONE
    j = 1
    while term != 0:
        term = (term * reduced >> _PRECISION) // j
        total += term
        j += 1
    return _to_double(total, k - _PRECISION)


def exact_log(x):
    """Return ln(x) correctly rounded to a double, for a positive finite x: e ln 2 + 2 atanh((m - 1) / (m + 1)).

    >>> exact_log(2.0), exact_log(0.5), exact_log(1.0)
    (0.6931471805599453, -0.6931471805599453, 0.0)
    """
    mantissa, exponent = _split(x)
    # x = m * 2**e with m = mantissa / 2**53 in [0.5, 1); move m into [sqrt(1/2), sqrt(2))
    exponent += 53
    scale = 1 << 53
    if mantissa * mantissa < (scale * scale) >> 1:
        mantissa <<= 1
        exponent -= 1
    value = exponent * _ln2_fixed() + 2 * _atanh_fixed(mantissa - scale, mantissa + scale)
    if value == 0:
        return 0.0
    if value < 0:
        return -_to_double(-value, -_PRECISION)
    return _to_double(value, -_PRECISION)


def _next_up(x):
    """Return the double just above a positive double x."""
    mantissa, exponent = _split(x)
    return math.ldexp(float(mantissa + 1), exponent)


# ---------------------------------------------------------------------------
# The tables
# ---------------------------------------------------------------------------

_TABLES = None


def _height(x, layer):
    """Return f(x) = exp(-x * x / 2) as NumPy's table holds it for layer."""
    height = exact_exp(-0.5 * x * x)
    if layer in _ROUNDED_UP:
        height = _next_up(height)
    return height


def _build():
    """Return (ki, wi, fi) by the recursion x[i] = sqrt(-2 ln(v / x[i+1] + f(x[i+1]))) from x[255] = r."""
    top = LAYERS - 1
    x = [0.0] * LAYERS
    fi = [0.0] * LAYERS
    x[top] = R
    fi[top] = _height(R, top)
    x[0] = V / fi[top]                          # the base layer as a rectangle of area v
    fi[0] = 1.0
    for i in range(top - 1, 0, -1):
        x[i] = math.sqrt(-2.0 * exact_log(V / x[i + 1] + fi[i + 1]))
        fi[i] = _height(x[i], i)
    wi = [value / _TWO_POW_52 for value in x]
    ki = [0] * LAYERS
    ki[0] = _round_half_even((R / x[0]) * _TWO_POW_52)
    for i in range(2, LAYERS):
        ki[i] = _round_half_even((x[i - 1] / x[i]) * _TWO_POW_52)
    return ki, wi, fi


def _round_half_even(value):
    """Return the int nearest a non-negative double, ties to even (as round() does)."""
    whole = int(value)
    rest = value - whole
    if rest > 0.5 or (rest == 0.5 and whole & 1):
        whole += 1
    return whole


def tables():
    """Return the ziggurat tables (ki, wi, fi) as three lists of 256, built on first use.

    >>> ki, wi, fi = tables()
    >>> len(ki), wi[0] * 2**52 * fi[255] == V
    (256, True)
    """
    global _TABLES
    if _TABLES is None:
        _TABLES = _build()
    return _TABLES


# ---------------------------------------------------------------------------
# Sampling
# ---------------------------------------------------------------------------

_MASK64 = 0xFFFFFFFFFFFFFFFF
_MASK128 = (1 << 128) - 1
_MANTISSA_MASK = 0x000FFFFFFFFFFFFF

try:
    _log1p = math.log1p
except AttributeError:
    # MicroPython has no log1p. 1 - u is exact for the doubles u drawn here, so the
    # correctly rounded ln(1 - u) is log1p(-u); C's log1p is not always correctly rounded,
    # so about 1 tail sample in 200 can differ from NumPy's in the last bit there.
    def _log1p(x):
        return exact_log(1.0 + x)


def _finish(bits, tables, idx, rabs, x):
    """Finish a draw that fell outside its layer's core: the tail or the wedge; None means draw again."""
    ki, wi, fi = tables
    if idx == 0:
        # the base layer: a point of the tail beyond r, by Marsaglia's exponential method
        while True:
            xx = -INV_R * _log1p(-bits.next_double())
            yy = -_log1p(-bits.next_double())
            if yy + yy > xx * xx:
                if (rabs >> 8) & 1:
                    return -(R + xx)
                return R + xx
    # the wedge between layer idx and the curve: accept under f(x)
    if (fi[idx - 1] - fi[idx]) * bits.next_double() + fi[idx] < math.exp(-0.5 * x * x):
        return x
    return None


def standard_normals(bits, count):
    """Return count samples of N(0, 1) from a PCG64 by the ziggurat: x = rabs * wi[idx], kept if rabs < ki[idx].

    A 64-bit word w gives the layer idx = w & 0xFF, then a sign bit, then
    rabs, the next 52 bits. The rare draws outside the core go to the tail or
    the wedge test, which take doubles from the same stream.

    >>> from tinynet.random.pcg64 import PCG64
    >>> standard_normals(PCG64(42), 2)
    [0.30471707975443135, -1.0399841062404955]
    """
    zig = tables()
    ki, wi, _ = zig
    if type(bits).__name__ != 'PCG64':
        return _standard_normals_from_words(bits, count, zig)
    state = bits._state
    inc = bits._inc
    multiplier = MULTIPLIER
    mask64 = _MASK64
    mask128 = _MASK128
    values = []
    append = values.append
    while len(values) < count:
        # the PCG64 step and its XSL-RR output, inlined
        state = (state * multiplier + inc) & mask128
        x = ((state >> 64) ^ state) & mask64
        rot = state >> 122
        word = ((x >> rot) | (x << (64 - rot))) & mask64
        idx = word & 0xFF
        word >>= 8
        rabs = (word >> 1) & _MANTISSA_MASK
        value = rabs * wi[idx]
        if word & 1:
            value = -value
        if rabs < ki[idx]:
            append(value)
            continue
        bits._state = state
        value = _finish(bits, zig, idx, rabs, value)
        state = bits._state
        if value is not None:
            append(value)
    bits._state = state
    return values


def _standard_normals_from_words(bits, count, zig):
    """The same ziggurat on any bit generator's next_uint64 (the loop above inlines PCG64's step)."""
    ki, wi, _ = zig
    next_uint64 = bits.next_uint64
    values = []
    while len(values) < count:
        word = next_uint64()
        idx = word & 0xFF
        word >>= 8
        rabs = (word >> 1) & _MANTISSA_MASK
        value = rabs * wi[idx]
        if word & 1:
            value = -value
        if rabs < ki[idx]:
            values.append(value)
            continue
        value = _finish(bits, zig, idx, rabs, value)
        if value is not None:
            values.append(value)
    return values
