"""The binary float formats that printing writes: float16, float32 and float64.

They differ in the bits of their significand and the range of their exponent.
Dragon4 needs both (the gaps between neighbouring values decide how many digits
are enough), and so do the comparisons NumPy makes in an array's own precision
when it picks a notation. A complex dtype prints its parts in the format of its
float parts.

>>> _FLOAT_FORMATS['float32'].bits, _COMPLEX_FORMATS['complex64'] is _FLOAT32
(24, True)
"""

import math

_INF = float('inf')
_SMALLEST_NORMAL = 2.2250738585072014e-308        # of float64


class _BinaryFormat:
    """An IEEE binary format, described in the terms of math.frexp (x = f * 2**e, 0.5 <= f < 1)."""

    def __init__(self, name, bits, min_exponent, max_exponent, max_digits, digits10):
        self.name = name
        self.bits = bits                          # significant bits, the hidden one included
        self.min_exponent = min_exponent          # frexp exponent of the smallest normal value
        self.max_exponent = max_exponent          # every finite value is below 2**max_exponent
        self.max_digits = max_digits              # shortest round-trip digits never need more
        # arrays switch to e-notation at 10**min(8, finfo.precision), scalars at 1e16 / 10**precision
        self.array_cutoff = 10.0 ** min(8, digits10)
        self.scalar_cutoff = 1e16 if digits10 >= 15 else 10.0 ** digits10
        self.ten_thousandth = 1e-4                # 1e-4 in this format, set below
        self.gaps_below_one = math.ldexp(1.0, bits - 1)   # below this, values are 1/2 apart or less


_FLOAT64 = _BinaryFormat('float64', 53, -1021, 1024, 17, 15)
_FLOAT32 = _BinaryFormat('float32', 24, -125, 128, 9, 6)
_FLOAT16 = _BinaryFormat('float16', 11, -13, 16, 5, 3)
_FLOAT_FORMATS = {'float64': _FLOAT64, 'float32': _FLOAT32, 'float16': _FLOAT16}
_COMPLEX_FORMATS = {'complex128': _FLOAT64, 'complex64': _FLOAT32}


def _significant_bits(exponent, fmt):
    """Return how many bits of precision fmt has at frexp exponent (fewer for subnormals)."""
    return fmt.bits - max(0, fmt.min_exponent - exponent)


def _round_to(x, fmt):
    """Round a float to the nearest value of the format fmt, ties to even, as a cast does.

    >>> _round_to(0.1, _FLOAT32), _round_to(1e5, _FLOAT16)
    (0.10000000149011612, inf)
    """
    if fmt is _FLOAT64 or x == 0 or x - x != 0:
        return x
    fraction, exponent = math.frexp(x)
    if exponent > fmt.max_exponent:
        return math.copysign(_INF, x)
    bits = _significant_bits(exponent, fmt)
    scaled = math.ldexp(fraction, bits)               # exact: fewer bits than a double holds
    whole = math.floor(scaled)
    rest = scaled - whole
    if rest > 0.5 or (rest == 0.5 and whole % 2 == 1):
        whole += 1
    rounded = math.ldexp(whole, exponent - bits)
    if abs(rounded) >= math.ldexp(1.0, fmt.max_exponent):
        rounded = _INF
    return math.copysign(rounded, x)


def _is_power_of_two(x, fmt=_FLOAT64):
    """Tell whether the gap below x is half the gap above it (x = +-2**k, normal)."""
    fraction, binary_exponent = math.frexp(x)
    return (fraction == 0.5 or fraction == -0.5) and binary_exponent > fmt.min_exponent


_FLOAT32.ten_thousandth = _round_to(1e-4, _FLOAT32)
_FLOAT16.ten_thousandth = _round_to(1e-4, _FLOAT16)


def _is_negative(x):
    """Tell whether a float has its sign bit set (True for -0.0)."""
    return x < 0 or (x == 0 and math.copysign(1.0, x) < 0)
