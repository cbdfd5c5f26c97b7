"""Exact decimal digits of a float (Dragon4), with Python integers: NumPy's digits on any runtime.

CPython and PyPy print floats correctly, so there printing takes its digits from
``repr`` and ``%``-formatting (core/fastdigits.py); other runtimes (such as
MicroPython) use this exact version, which gives the same digits. The two are
kept side by side and tested against each other.

A finite float x > 0 is mantissa * 2**exponent exactly. Written as r / s with
Python integers, together with half the gaps to its neighbouring values in its
format (m_low / s below, m_high / s above), its decimal digits come out one at
a time by long division. In unique mode, digit generation stops at the first
digit where the digits so far, rounded, already read back as x (the shortest
digits), or at a cutoff place, whichever comes first; in exact mode it stops at
the cutoff or when nothing is left. The last digit is then rounded by comparing
the remainder with one half, ties to the even digit.

A result is (digits, exponent): the significant digits and the power of ten of
the first one, so 0.0125 is ('125', -2).
"""

import math

from tinynet.core.binaryformats import _FLOAT64, _is_negative

_LOG10_2 = 0.30102999566398119521


def _decompose(x, fmt):
    """Split a positive finite value of fmt into exact integers: x = mantissa * 2**exponent."""
    fraction, binary_exponent = math.frexp(x)     # x = fraction * 2**e, 0.5 <= fraction < 1
    if binary_exponent < fmt.min_exponent:        # subnormal: the exponent is fixed
        fixed = fmt.min_exponent - fmt.bits
        return int(math.ldexp(fraction, binary_exponent - fixed)), fixed, binary_exponent
    return int(math.ldexp(fraction, fmt.bits)), binary_exponent - fmt.bits, binary_exponent


def _dragon4_digits(x, fmt, unique, fractional, cutoff_max, cutoff_min):
    """Return Dragon4's digits of x > 0 as generated, trailing zeros included.

    cutoff_max counts places after the point when fractional, else digits in all
    (-1: no cutoff); cutoff_min is the least that must be printed (-1: none).

    >>> _dragon4_digits(1.04, _FLOAT64, True, True, 1, -1)
    ('10', 0)
    >>> from tinynet.core.binaryformats import _FLOAT32
    >>> _dragon4_digits(0.10000000149011612, _FLOAT32, True, True, -1, -1)
    ('1', -1)
    """
    mantissa, exponent, binary_exponent = _decompose(x, fmt)
    even = mantissa % 2 == 0
    # the gap below a power of two is half the gap above (except at the smallest normal)
    unequal = mantissa == 1 << (fmt.bits - 1) and binary_exponent > fmt.min_exponent
    if exponent >= 0:
        r, s, m_high = mantissa << (exponent + 2), 4, 1 << (exponent + 1)
    else:
        r, s, m_high = mantissa << 2, 1 << (2 - exponent), 2
    m_low = m_high // 2 if unequal else m_high

    # k estimates floor(log10(x)) + 1, correct or one too low
    k = int(math.ceil((binary_exponent - 1) * _LOG10_2 - 0.69))
    if fractional and cutoff_max >= 0 and k <= -cutoff_max:
        k = 1 - cutoff_max                        # start at the cutoff place: rounds to 0 or 1
    if k > 0:
        s *= 10 ** k
    elif k < 0:
        power = 10 ** (-k)
        r, m_low, m_high = r * power, m_low * power, m_high * power
    if r >= s:
        k += 1
    else:
        r, m_low, m_high = r * 10, m_low * 10, m_high * 10

    stop_max = None
    if cutoff_max >= 0:
        stop_max = -cutoff_max if fractional else k - cutoff_max
    stop_min = k
    if cutoff_min >= 0:
        stop_min = min(k, -cutoff_min if fractional else k - cutoff_min)
    first_exponent = k - 1

    digits = []
    low = high = False
    while True:
        k -= 1
        digit, r = divmod(r, s)
        if unique:
            if even:                               # ties read back to the even mantissa
                low, high = r <= m_low, r + m_high >= s
            else:
                low, high = r < m_low, r + m_high > s
            if ((low or high) and k <= stop_min) or (stop_max is not None and k <= stop_max):
                break
        elif r == 0 or (stop_max is not None and k <= stop_max):
            break
        digits.append(digit)
        r, m_low, m_high = r * 10, m_low * 10, m_high * 10

    round_down = low
    if low == high:                                # both roundings are allowed: take the nearer
        twice = 2 * r
        round_down = twice < s or (twice == s and digit % 2 == 0)
    if not round_down:
        digit += 1
        while digit == 10:                         # carry into the digits before
            if not digits:
                digit = 1
                first_exponent += 1
                break
            digit = digits.pop() + 1
    digits.append(digit)
    return ''.join([str(d) for d in digits]), first_exponent


def _normalize(digits, first_exponent):
    """Drop trailing zeros; all zeros become ('0', 0)."""
    stripped = digits.rstrip('0')
    if not stripped:
        return '0', 0
    return stripped, first_exponent


def _dragon4_exact(x, fractional, cutoff_max, cutoff_min, fmt=_FLOAT64, unique=True):
    """Return NumPy's Dragon4 digits of x > 0, without trailing zeros, exactly.

    >>> _dragon4_exact(0.3, True, -1, -1)
    ('3', -1)
    >>> _dragon4_exact(2.0 / 3.0, True, 8, -1)
    ('66666667', -1)
    """
    digits, first_exponent = _dragon4_digits(x, fmt, unique, fractional, cutoff_max, cutoff_min)
    return _normalize(digits, first_exponent)


def _float_repr_exact(x):
    """Return repr(float(x)) as CPython writes it, from the exact digits."""
    if x != x:
        return 'nan'
    if x - x != 0:
        return '-inf' if x < 0 else 'inf'
    sign = '-' if _is_negative(x) else ''
    if x == 0:
        return sign + '0.0'
    digits, first_exponent = _dragon4_exact(abs(x), False, -1, -1)
    return sign + _repr_layout(digits, first_exponent)


def _repr_layout(digits, first_exponent):
    """Lay out shortest digits as repr does: positional for 1e-4 <= |x| < 1e16."""
    if -4 <= first_exponent < 16:
        if first_exponent >= 0:
            whole = first_exponent + 1
            if len(digits) <= whole:
                return digits + '0' * (whole - len(digits)) + '.0'
            return digits[:whole] + '.' + digits[whole:]
        return '0.' + '0' * (-first_exponent - 1) + digits
    mantissa = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '')
    power = str(abs(first_exponent))
    return mantissa + ('e-' if first_exponent < 0 else 'e+') + '0' * (2 - len(power)) + power
