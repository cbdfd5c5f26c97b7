"""The 256-layer ziggurat for Exp(1), built the way NumPy's Generator builds its tables.

Marsaglia and Tsang's ziggurat for the exponential density ``f(x) = exp(-x)``
stacks 255 rectangles on a base layer (the rectangle ``[0, r] x [0, f(r)]``
plus the tail beyond ``r``); every layer has the area

    v = r f(r) + (tail area) = r exp(-r) + exp(-r) = (r + 1) exp(-r),

and the right edges ``x[255] = r > x[254] > ... > x[1] > x[0] = 0`` follow
from the recursion

    x[i] = -ln(v / x[i+1] + f(x[i+1])).

``r`` is the root of the closing condition of the recursion, that the top
layer reaches the peak: ``v / x[1] + f(x[1]) = 1``. Marsaglia and Tsang print
``r = 7.69711747013104972``; NumPy's tables are those of the root to many more
digits, carried through the recursion without rounding. Done in double
precision, or from the 18 printed digits, the recursion drifts by 1 to 4 units
in the last place in about 20 of the upper layers, enough to change one draw in
twenty. Here the root was found by bisection to 48 digits (``R_DIGITS``) and the
recursion runs in 160-bit fixed point with integers, so every runtime builds
the same tables; each entry is rounded to a double once, at the end:

- ``we[i] = x[i] / 2**53``: turns a 53-bit random integer into a point of layer i
  (``we[0] = (v / f(r)) / 2**53 = (r + 1) / 2**53``, the base layer as a rectangle);
- ``ke[i] = round(2**53 * x[i-1] / x[i])``: below it the point lies under the layer
  above and is accepted at once (``ke[0] = round(2**53 * r / (r + 1))``, ``ke[1] = 0``);
- ``fe[i] = f(x[i])``: the heights for the wedge test (``fe[0] = 1``).

>>> ke, we, fe = tables()
>>> ke[1], we[255] * 2**53, fe[0], abs(fe[255] / math.exp(-R) - 1) < 1e-15
(0, 7.69711747013105, 1.0, True)

``standard_exponentials(bits, count)`` draws as NumPy's ``random_standard_exponential``:
one 64-bit word w per sample almost always, layer ``idx = (w >> 3) & 0xFF`` and
``ri = w >> 11``, the sample ``ri * we[idx]``, kept if ``ri < ke[idx]``.

>>> from tinynet.random.pcg64 import PCG64
>>> standard_exponentials(PCG64(0), 2)
[0.6799319039689096, 1.0195971014658647]
"""

import math
import struct

from tinynet.random.pcg64 import MULTIPLIER
from tinynet.random import ziggurat as _z

__all__ = ['R', 'R_DIGITS', 'tables', 'standard_exponentials', 'closing_gap', 'float_tables',
           'standard_exponentials_float']

# r to 48 decimals: the root of the closing condition (see closing_gap), by bisection
R_DIGITS = '7.697117470131049714044628048015215499113968639224'
R = float(R_DIGITS)
LAYERS = 256

_P = _z._PRECISION
_ONE = 1 << _P


def _fixed_from_digits(digits):
    """Return a decimal string such as '7.69...' as a fixed-point int (value * 2**P)."""
    whole, fraction = digits.split('.')
    return (int(whole + fraction) << _P) // (10 ** len(fraction))


def _exp_fixed(a):
    """Return exp(a / 2**P) * 2**P for a fixed-point int a: 2**k exp(a - k ln 2), a Taylor series."""
    ln2 = _z._ln2_fixed()
    k = a // ln2
    reduced = a - k * ln2
    term = _ONE
    total = _ONE
    j = 1
    while term != 0:
        term = (term * reduced >> _P) // j
        total += term
        j += 1
    return total << k if k >= 0 else total >> -k


def _log_fixed(a):
    """Return ln(a / 2**P) * 2**P for a positive fixed-point int: s ln 2 + 2 atanh((m - 1) / (m + 1))."""
    shift = _z._bit_count(a) - (_P + 1)        # a = m * 2**shift with m in [1, 2) (fixed point)
    m = a >> shift if shift >= 0 else a << -shift
    if 2 * m * m > 4 * _ONE * _ONE:            # m > sqrt 2: halve it, so |atanh's argument| < 0.172
        shift += 1
        m = a >> shift if shift >= 0 else a << -shift
    return shift * _z._ln2_fixed() + 2 * _z._atanh_fixed(m - _ONE, m + _ONE)


def _edges(r):
    """Return (x, v): the right edges x[0..255] of the layers for base edge r (fixed point), and v."""
    v = ((r + _ONE) * _exp_fixed(-r)) >> _P
    x = [0] * LAYERS
    x[LAYERS - 1] = r
    for i in range(LAYERS - 2, 0, -1):
        x[i] = -_log_fixed((v << _P) // x[i + 1] + _exp_fixed(-x[i + 1]))
    return x, v


def closing_gap(r_digits=R_DIGITS):
    """Return v / x[1] + f(x[1]) - 1 for the base edge r: zero at the r of the 256-layer ziggurat.

    It falls as r grows, so bisection finds the root.

    >>> abs(closing_gap()) < 1e-40, closing_gap('7.69') > 0 > closing_gap('7.70')
    (True, True)
    """
    x, v = _edges(_fixed_from_digits(r_digits))
    gap = (v << _P) // x[1] + _exp_fixed(-x[1]) - _ONE
    return gap / _ONE if abs(gap) > (1 << 40) else math.ldexp(float(gap), -_P)


def _round_ratio(numerator, denominator):
    """Return round(numerator / denominator) for positive ints (a tie goes up; none occurs here)."""
    quotient, rest = divmod(numerator, denominator)
    return quotient + (1 if 2 * rest >= denominator else 0)


def _build():
    r = _fixed_from_digits(R_DIGITS)
    x, _ = _edges(r)
    ke = [0] * LAYERS
    we = [0.0] * LAYERS
    fe = [0.0] * LAYERS
    ke[0] = _round_ratio(r << 53, r + _ONE)
    we[0] = _z._to_double(r + _ONE, -_P - 53)
    fe[0] = 1.0
    for i in range(1, LAYERS):
        we[i] = _z._to_double(x[i], -_P - 53)
        fe[i] = _z._to_double(_exp_fixed(-x[i]), -_P)
        if i >= 2:
            ke[i] = _round_ratio(x[i - 1] << 53, x[i])
    return ke, we, fe


_TABLES = None


def tables():
    """Return the exponential ziggurat tables (ke, we, fe), three lists of 256, built on first use.

    >>> ke, we, fe = tables()
    >>> len(ke), abs(ke[0] - 2**53 * R / (R + 1)) < 2
    (256, True)
    """
    global _TABLES
    if _TABLES is None:
        _TABLES = _build()
    return _TABLES


_MASK64 = 0xFFFFFFFFFFFFFFFF
_MASK128 = (1 << 128) - 1


def _finish(bits, zig, idx, x):
    """Finish a draw outside its layer's core: the tail r + Exp(1), or the wedge test; None means draw again."""
    _, _, fe = zig
    if idx == 0:
        # memorylessness: beyond r the density is r + Exp(1)
        return R - _z._log1p(-bits.next_double())
    if (fe[idx - 1] - fe[idx]) * bits.next_double() + fe[idx] < math.exp(-x):
        return x
    return None


def standard_exponentials(bits, count):
    """Return count samples of Exp(1) by the ziggurat: x = ri * we[idx], kept if ri < ke[idx].

    >>> from tinynet.random.pcg64 import PCG64
    >>> [round(e, 6) for e in standard_exponentials(PCG64(42), 3)]
    [2.404209, 2.33619, 2.384761]
    """
    zig = tables()
    ke, we, _ = zig
    if type(bits).__name__ != 'PCG64':
        return _from_words(bits, count, zig)
    state = bits._state
    inc = bits._inc
    multiplier = MULTIPLIER
    mask64 = _MASK64
    mask128 = _MASK128
    values = []
    append = values.append
    while len(values) < count:
        state = (state * multiplier + inc) & mask128
        w = ((state >> 64) ^ state) & mask64
        rot = state >> 122
        word = ((w >> rot) | (w << (64 - rot))) & mask64
        idx = (word >> 3) & 0xFF
        ri = word >> 11
        value = ri * we[idx]
        if ri < ke[idx]:
            append(value)
            continue
        bits._state = state
        value = _finish(bits, zig, idx, value)
        state = bits._state
        if value is not None:
            append(value)
    bits._state = state
    return values


def _from_words(bits, count, zig):
    """The same ziggurat on any bit generator's next_uint64."""
    ke, we, _ = zig
    next_uint64 = bits.next_uint64
    values = []
    while len(values) < count:
        word = next_uint64()
        idx = (word >> 3) & 0xFF
        ri = word >> 11
        value = ri * we[idx]
        if ri < ke[idx]:
            values.append(value)
            continue
        value = _finish(bits, zig, idx, value)
        if value is not None:
            values.append(value)
    return values


# ---------------------------------------------------------------------------
# float32: the same ziggurat on 32-bit words
# ---------------------------------------------------------------------------

def to_float32(x):
    """Return the float32 nearest a double (ties to even), as a Python float."""
    return struct.unpack('f', struct.pack('f', x))[0]


def _to_float32_exact(mantissa, exponent):
    """Return the float32 nearest mantissa * 2**exponent (a positive int mantissa), rounded once."""
    shift = _z._bit_count(mantissa) - 24
    if shift > 0:
        kept = mantissa >> shift
        rest = mantissa - (kept << shift)
        half = 1 << (shift - 1)
        if rest > half or (rest == half and kept & 1):
            kept += 1
        mantissa = kept
        exponent += shift
    return math.ldexp(float(mantissa), exponent)


_FLOAT_TABLES = None
R_FLOAT = to_float32(R)
# Layer 226's width x[226] / 2**23 lies 0.0024 float32 units in the last place below the midpoint
# of two float32s; NumPy's table holds the upper one (its tables carry a little rounding of their
# own), and draws from that layer show it. We take the upper one there too.
_FLOAT_ROUNDED_UP = (226,)


def float_tables():
    """Return (ke, we, fe) for float32 draws: 23-bit integers, we[i] = x[i] / 2**23 and fe[i] = f(x[i]) in float32.

    >>> ke, we, fe = float_tables()
    >>> ke[1], we[255] * 2**23, fe[0]
    (0, 7.697117328643799, 1.0)
    """
    global _FLOAT_TABLES
    if _FLOAT_TABLES is None:
        r = _fixed_from_digits(R_DIGITS)
        x, _ = _edges(r)
        ke = [0] * LAYERS
        we = [0.0] * LAYERS
        fe = [0.0] * LAYERS
        ke[0] = _round_ratio(r << 23, r + _ONE)
        we[0] = _to_float32_exact(r + _ONE, -_P - 23)
        fe[0] = 1.0
        for i in range(1, LAYERS):
            we[i] = _to_float32_exact(x[i], -_P - 23)
            if i in _FLOAT_ROUNDED_UP:
                we[i] = _next_up_float32(we[i])
            fe[i] = _to_float32_exact(_exp_fixed(-x[i]), -_P)
            if i >= 2:
                ke[i] = _round_ratio(x[i - 1] << 23, x[i])
        _FLOAT_TABLES = (ke, we, fe)
    return _FLOAT_TABLES


def _next_up_float32(x):
    """Return the float32 just above a positive float32 x."""
    mantissa, exponent = math.frexp(x)
    return math.ldexp(mantissa + 2.0 ** -24, exponent)


def _next_float(bits):
    """A float32 in [0, 1): (next_uint32() >> 8) * 2**-24."""
    return (bits.next_uint32() >> 8) * (1.0 / 16777216.0)


def standard_exponentials_float(bits, count):
    """Return count float32 samples of Exp(1): a 32-bit word w gives idx = (w >> 1) & 0xFF and ri = w >> 9.

    Every operation rounds to float32, as NumPy's float path computes: ri * we[idx] (exact in
    double, then rounded once), the tail r - log1p(-u), the wedge test against exp(-x).
    One difference remains: in the tail (draws above r, about 45 in 10**5) log1p(-u) is
    rounded correctly to float32, while the C library's log1pf that NumPy calls is not always,
    so about 1 tail draw in 150 (3 draws in 10**6) is 1 float32 unit in the last place away
    from NumPy's.

    >>> from tinynet.random.pcg64 import PCG64
    >>> standard_exponentials_float(PCG64(0), 2)
    [0.65172278881073, 2.498840093612671]
    """
    ke, we, fe = float_tables()
    f32 = to_float32
    next_uint32 = bits.next_uint32
    values = []
    while len(values) < count:
        word = next_uint32()
        idx = (word >> 1) & 0xFF
        ri = word >> 9
        x = f32(ri * we[idx])
        if ri < ke[idx]:
            values.append(x)
            continue
        if idx == 0:
            values.append(f32(R_FLOAT - f32(_z._log1p(-_next_float(bits)))))
            continue
        height = f32(f32(f32(fe[idx - 1] - fe[idx]) * _next_float(bits)) + fe[idx])
        if height < f32(math.exp(-x)):
            values.append(x)
    return values
