"""Fast decimal digits of a float (CPython, PyPy): the same digits as core/dragon4.py, from repr and %.

CPython's repr(float) gives the shortest round-trip digits of a float64, and
its '%.Nf' / '%.Ne' formatting rounds the exact value correctly (ties to even).
For float32 and float16 the shortest digits are the fewest N for which '%.Ne'
reads back as the same value of the format (found by bisection, since more
digits are never farther). Dragon4's result is one or the other except in rare
cases, which go to the exact version (core/dragon4.py).
"""

import math

from tinynet.core.binaryformats import _FLOAT64, _is_power_of_two, _significant_bits
from tinynet.core.dragon4 import _dragon4_exact, _normalize

_shortest_text = float.__repr__               # repr of the plain float, even for a subclass


def _parse_decimal(text):
    """Read '-12.50', '1.5e-05' or '3e+20' into (digits, exponent) of its magnitude."""
    if text[0] == '-':
        text = text[1:]
    exponent = 0
    if 'e' in text:
        text, power = text.split('e')
        exponent = int(power)
    if '.' in text:
        whole, fraction = text.split('.')
    else:
        whole, fraction = text, ''
    every = whole + fraction
    significant = every.lstrip('0')
    return _normalize(significant, len(whole) - 1 - (len(every) - len(significant)) + exponent)


def _shortest_narrow(x, fmt):
    """Return the shortest digits of x > 0 that read back as x in fmt, or None to go exact.

    A decimal reads back as x when it is nearer to x than half the gap to the
    neighbouring values; one exactly half a gap away may be a tie, left to the
    exact version (as is x = 2**k, whose gaps differ on its two sides).
    """
    if _is_power_of_two(x, fmt):
        return None
    fraction, exponent = math.frexp(x)
    half_gap = math.ldexp(0.5, exponent - _significant_bits(exponent, fmt))
    low, high = 1, fmt.max_digits
    while low < high:                             # bisect for the fewest digits that read back
        middle = (low + high) // 2
        distance = abs(float('%.*e' % (middle - 1, x)) - x)
        if distance == half_gap:
            return None
        if distance < half_gap:
            high = middle
        else:
            low = middle + 1
    return _parse_decimal('%.*e' % (low - 1, x))


def _dragon4_fast(x, fractional, cutoff_max, cutoff_min, fmt=_FLOAT64, unique=True):
    """Return the same digits as _dragon4_exact, from repr and %-formatting.

    >>> _dragon4_fast(2.0 / 3.0, True, 8, -1)
    ('66666667', -1)
    """
    if cutoff_max >= 0 and (not unique or (cutoff_min == cutoff_max and not _is_power_of_two(x, fmt))):
        # exactly cutoff_max places (or digits): the correctly rounded value
        if fractional:
            return _parse_decimal('%.*f' % (cutoff_max, x))
        return _parse_decimal('%.*e' % (cutoff_max - 1, x))
    # at least 0 places changes nothing while the gaps are below 1 (x < 2**(bits-1))
    if cutoff_min >= 0 and not (fractional and cutoff_min == 0 and x < fmt.gaps_below_one):
        return _dragon4_exact(x, fractional, cutoff_max, cutoff_min, fmt, unique)
    if fmt is _FLOAT64:
        digits, first_exponent = _parse_decimal(_shortest_text(x))
    else:
        shortest = _shortest_narrow(x, fmt)
        if shortest is None:
            return _dragon4_exact(x, fractional, cutoff_max, cutoff_min, fmt, unique)
        digits, first_exponent = shortest
    if cutoff_max < 0:
        return digits, first_exponent
    if fractional:
        if first_exponent - len(digits) + 1 >= -cutoff_max:
            return digits, first_exponent
        return _parse_decimal('%.*f' % (cutoff_max, x))
    if len(digits) <= cutoff_max:
        return digits, first_exponent
    return _parse_decimal('%.*e' % (cutoff_max - 1, x))
