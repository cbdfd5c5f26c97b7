"""Print arrays and scalars exactly as NumPy 2 prints them.

An array reaches this module as plain data: its values, its shape tuple and its
dtype name. The values come as one flat list in C (row-major) order when called
with ``flat=True`` (shape (2, 3) holds ``[a00, a01, a02, a10, a11, a12]``), or
else nested (``[[1, 2], [3, 4]]`` is 2x2, and a 0-d array is the value itself).
The dtypes are bool, int8 to int64, uint8 to uint64, float16, float32, float64,
complex64 and complex128. A value is a Python bool, int, float or complex; a
float16 or float32 value is a float that the format holds exactly, and a
complex64 value has two such parts. The functions return the text NumPy shows
for it, character for character: brackets and blank lines for any number of
axes, column alignment, the choice between fixed and scientific notation, line
wrapping and summarization with '...'.

>>> print(array_str([1.0, 2.5, -3.0, 0.125], (2, 2), 'float64', flat=True))
[[ 1.     2.5  ]
 [-3.     0.125]]
>>> array_repr([1e-05, 1.0, 1000.0], (3,), 'float64', flat=True)
'array([1.e-05, 1.e+00, 1.e+03])'
>>> array_repr([0.10000000149011612, 0.3333333432674408], (2,), 'float32', flat=True)
'array([0.1       , 0.33333334], dtype=float32)'
>>> array_repr([1+2j, 1-0.5j], (2,), 'complex128', flat=True)
'array([1.+2.j , 1.-0.5j])'
>>> print(array_str(list(range(8)), (2, 2, 2), 'uint8', flat=True))
[[[0 1]
  [2 3]]
<BLANKLINE>
 [[4 5]
  [6 7]]]
>>> scalar_repr(0.10000000149011612, 'float32'), scalar_repr(1+2j, 'complex128')
('np.float32(0.1)', 'np.complex128(1+2j)')

The floats of one array share one notation. It is fixed-point unless, among the
finite nonzero magnitudes, the largest is at least 1e8 (1e6 for float32, 1e3
for float16), or the smallest is below 1e-4, or the largest is over 1000 times
the smallest (both tests in the array's own precision); then every value is
written in scientific notation with as many digits as the longest needs
(``suppress=True`` keeps only the first test, and rounds tiny values to 0.).
A complex array formats its real parts and its imaginary parts that way, apart.

Floats are turned into decimal digits by NumPy's rule (Dragon4): the shortest
digits that read back as the same value of the array's format (float16, 32 or
64), cut off at ``precision`` places and then rounded correctly. CPython and
PyPy print floats correctly, so there the digits come from ``repr`` and
``%``-formatting; other runtimes (such as MicroPython) use an exact version with
Python integers that gives the same digits. The two are kept side by side and
tested against each other.
"""

import math
import sys

from tinynet.core.shapes import size_of as _size

__all__ = ['array_str', 'array_repr', 'array2string', 'scalar_str', 'scalar_repr', 'float_repr',
           'format_float_positional', 'format_float_scientific',
           'set_printoptions', 'get_printoptions', 'printoptions']

_INF = float('inf')


# ---------------------------------------------------------------- print options

_FLOAT_MODES = ('fixed', 'unique', 'maxprec', 'maxprec_equal')
_DEFAULT_OPTIONS = {'precision': 8, 'threshold': 1000, 'edgeitems': 3, 'linewidth': 75,
                    'suppress': False, 'nanstr': 'nan', 'infstr': 'inf', 'sign': '-',
                    'floatmode': 'maxprec'}
_options = dict(_DEFAULT_OPTIONS)


def _checked_options(precision=None, threshold=None, edgeitems=None, linewidth=None,
                     suppress=None, nanstr=None, infstr=None, formatter=None, sign=None,
                     floatmode=None, legacy=None, override_repr=None):
    """Return the options given (not None), checked and converted as NumPy does."""
    if formatter is not None or override_repr is not None:
        raise ValueError('tinynet does not support the formatter and override_repr print options')
    if legacy is not None and legacy is not False:
        raise ValueError('tinynet supports only legacy=False')
    changes = {}
    if precision is not None:
        if not isinstance(precision, int) or isinstance(precision, bool):
            if not hasattr(precision, '__index__'):
                raise TypeError('precision must be an integer')
            precision = precision.__index__()
        changes['precision'] = precision
    if threshold is not None:
        if not isinstance(threshold, (int, float)) and not hasattr(threshold, '__float__'):
            raise TypeError('threshold must be numeric')
        if threshold != threshold:
            raise ValueError('threshold must be non-NAN, try sys.maxsize for '
                             'untruncated representation')
        changes['threshold'] = threshold
    if edgeitems is not None:
        changes['edgeitems'] = int(edgeitems)
    if linewidth is not None:
        changes['linewidth'] = int(linewidth)
    if suppress is not None:
        changes['suppress'] = bool(suppress)
    if nanstr is not None:
        changes['nanstr'] = nanstr
    if infstr is not None:
        changes['infstr'] = infstr
    if sign is not None:
        if sign not in ('-', '+', ' '):
            raise ValueError("sign option must be one of ' ', '+', or '-'")
        changes['sign'] = sign
    if floatmode is not None:
        if floatmode not in _FLOAT_MODES:
            raise ValueError('floatmode option must be one of ' +
                             ', '.join(['"%s"' % mode for mode in _FLOAT_MODES]))
        changes['floatmode'] = floatmode
    return changes


def set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None,
                     suppress=None, nanstr=None, infstr=None, formatter=None, sign=None,
                     floatmode=None, legacy=None, override_repr=None):
    """Set how arrays are printed; options left as None keep their value.

    floatmode is 'maxprec' (at most precision digits, each value its own),
    'maxprec_equal' (as many digits for all as the longest needs), 'fixed'
    (always precision digits) or 'unique' (all the digits needed, any number);
    sign is '-', '+' (always a sign) or ' ' (a space where a '+' would be).

    >>> set_printoptions(precision=3)
    >>> array_str([1.0 / 3.0], (1,), 'float64')
    '[0.333]'
    >>> set_printoptions(precision=8)
    """
    _options.update(_checked_options(precision, threshold, edgeitems, linewidth, suppress,
                                     nanstr, infstr, formatter, sign, floatmode, legacy,
                                     override_repr))


def get_printoptions():
    """Return the current print options as a new dict.

    >>> get_printoptions()['linewidth']
    75
    """
    options = dict(_options)
    options.update({'formatter': None, 'legacy': False, 'override_repr': None})
    return options


class printoptions:
    """Set print options inside a ``with`` block and restore them after it.

    >>> with printoptions(precision=2, suppress=True):
    ...     print(array_str([2.0 / 3.0, 1e-10], (2,), 'float64'))
    [0.67 0.  ]
    >>> array_str([2.0 / 3.0], (1,), 'float64')
    '[0.66666667]'
    """

    def __init__(self, *args, **options):
        self.args = args
        self.options = options
        self.saved = None

    def __enter__(self):
        self.saved = dict(_options)
        set_printoptions(*self.args, **self.options)
        return get_printoptions()

    def __exit__(self, *exc_info):
        _options.clear()
        _options.update(self.saved)
        return False


def _current_options(**overrides):
    """Return a copy of the print options with the overrides that are not None applied."""
    options = dict(_options)
    options.update(_checked_options(**overrides))
    return options


# ------------------------------------------------------- binary float formats
#
# float16, float32 and float64 differ in the bits of their significand and the
# range of their exponent. Dragon4 needs both (the gaps between neighbouring
# values decide how many digits are enough), and so do the comparisons NumPy
# makes in an array's own precision when it picks a notation.

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
_INTEGER_NAMES = ('int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64')
_IMPLIED_DTYPES = ('float64', 'int64', 'bool', 'complex128')     # repr shows no dtype= for these


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


# --------------------------------------------- exact decimal digits (Dragon4)
#
# A finite float x > 0 is mantissa * 2**exponent exactly. Written as r / s with
# Python integers, together with half the gaps to its neighbouring values in its
# format (m_low / s below, m_high / s above), its decimal digits come out one at
# a time by long division. In unique mode, digit generation stops at the first
# digit where the digits so far, rounded, already read back as x (the shortest
# digits), or at a cutoff place, whichever comes first; in exact mode it stops at
# the cutoff or when nothing is left. The last digit is then rounded by comparing
# the remainder with one half, ties to the even digit.
#
# A result is (digits, exponent): the significant digits and the power of ten of
# the first one, so 0.0125 is ('125', -2).

_LOG10_2 = 0.30102999566398119521
_SMALLEST_NORMAL = 2.2250738585072014e-308


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


# ------------------------------------------ fast decimal digits (CPython, PyPy)
#
# CPython's repr(float) gives the shortest round-trip digits of a float64, and
# its '%.Nf' / '%.Ne' formatting rounds the exact value correctly (ties to even).
# For float32 and float16 the shortest digits are the fewest N for which '%.Ne'
# reads back as the same value of the format (found by bisection, since more
# digits are never farther). Dragon4's result is one or the other except in rare
# cases, which go to the exact version above.

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


if getattr(sys, 'implementation', None) is not None and \
        sys.implementation.name in ('cpython', 'pypy'):
    _dragon4 = _dragon4_fast
    _shortest_text = float.__repr__               # repr of the plain float, even for a subclass
else:
    _dragon4 = _dragon4_exact
    _shortest_text = repr                         # not shortest here; only the fast path uses it


# ------------------------------------------------------------------ float_repr

def _is_negative(x):
    """Tell whether a float has its sign bit set (True for -0.0)."""
    return x < 0 or (x == 0 and math.copysign(1.0, x) < 0)


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


def float_repr(x):
    """Return the shortest text that reads back as the float x, as repr(x) on CPython.

    >>> float_repr(0.1 + 0.2)
    '0.30000000000000004'
    >>> float_repr(1e16), float_repr(-0.0), float_repr(2.5e-05)
    ('1e+16', '-0.0', '2.5e-05')
    """
    if _dragon4 is _dragon4_fast:
        return _shortest_text(x)
    return _float_repr_exact(float(x))


# ------------------------------------------------ one float as parts of text
#
# Array printing measures every value first and writes it second, so it keeps
# each value in parts: the signed whole part and the fraction digits, or the
# signed leading digit, the other digits and the power of ten. The parts carry
# no trailing zeros; the writer pads the fraction with zeros where NumPy does.

def _sign_of(x, plus):
    """Return '-' for a negative x (or -0.0), '+' when plus is asked for, else ''."""
    if _is_negative(x):
        return '-'
    return '+' if plus else ''


def _positional_parts(x, fmt, precision, min_digits, unique=True, plus=False):
    """Return the signed whole part and the fraction digits of x in positional form."""
    sign = _sign_of(x, plus)
    if x == 0:
        return sign + '0', ''
    x = abs(x)
    if _dragon4 is _dragon4_fast and fmt is _FLOAT64 and unique and precision >= 0 and \
            min_digits <= 0 and x < 1e15:
        # fast path for array printing: the same as below, without parsing digits
        text = _shortest_text(x)
        if 'e' not in text:
            whole, fraction = text.split('.')
            if len(fraction) <= precision:
                return sign + whole, '' if fraction == '0' else fraction
            whole, fraction = ('%.*f' % (precision, x)).split('.') if precision else \
                ('%.0f' % x, '')
            return sign + whole, fraction.rstrip('0')
    digits, first_exponent = _dragon4(x, True, precision, min_digits, fmt, unique)
    if first_exponent < 0:
        return sign + '0', '0' * (-first_exponent - 1) + digits
    whole = first_exponent + 1
    if len(digits) <= whole:
        return sign + digits + '0' * (whole - len(digits)), ''
    return sign + digits[:whole], digits[whole:]


def _scientific_parts(x, fmt, precision, min_digits, unique=True, plus=False):
    """Return the signed leading digit, the other digits, and the power of ten of x."""
    sign = _sign_of(x, plus)
    if x == 0:
        return sign + '0', '', 0
    x = abs(x)
    if _dragon4 is _dragon4_fast and fmt is _FLOAT64 and unique and 0 <= precision <= 12 and \
            x >= _SMALLEST_NORMAL and (min_digits < 0 or (min_digits == precision and
                                                          not _is_power_of_two(x))):
        # fast path for array printing: for normal floats and at most 13 digits,
        # '%.Ne' rounds the shortest digits to themselves, so it serves both passes
        mantissa, power = ('%.*e' % (precision, x)).split('e')
        if '.' in mantissa:
            lead, fraction = mantissa.split('.')
        else:
            lead, fraction = mantissa, ''
        return sign + lead, fraction.rstrip('0'), int(power)
    digits, first_exponent = _dragon4(x, False, precision + 1 if precision >= 0 else -1,
                                      min_digits + 1 if min_digits >= 0 else -1, fmt, unique)
    return sign + digits[0], digits[1:], first_exponent


def _exponent_text(power, exp_digits):
    """Write the power of ten after the 'e': sign, then at least exp_digits digits."""
    width = 2 if exp_digits < 0 else min(exp_digits, 5)
    text = str(abs(power))
    if len(text) < width:
        text = '0' * (width - len(text)) + text
    elif power == 0 and width == 0:
        text = ''
    return ('-' if power < 0 else '+') + text


# ---------------------------------------- format_float_positional / scientific
#
# These follow NumPy's functions of the same names for any float format, from
# the digits exactly as Dragon4 generates them: with trim='k' a zero that the
# cutoff left at the end stays ('1.0' for 1.04 at precision 1).

def _none_or_non_negative(value, name):
    """Turn NumPy's None (not given) into -1, and refuse negative values."""
    if value is None:
        return -1
    if value < 0:
        raise ValueError('%s must be >= 0' % name)
    return value


def _checked_format_arguments(precision, unique, trim, pad_left, pad_right, min_digits):
    """Check the arguments shared by the two format_float functions as NumPy does."""
    precision = _none_or_non_negative(precision, 'precision')
    pad_left = _none_or_non_negative(pad_left, 'pad_left')
    pad_right = _none_or_non_negative(pad_right, 'pad_right')
    min_digits = _none_or_non_negative(min_digits, 'min_digits')
    if min_digits > 0 and precision > 0 and min_digits > precision:
        raise ValueError('min_digits must be less than or equal to precision')
    if trim not in ('k', '.', '0', '-'):
        raise TypeError("if supplied, trim must be 'k', '.', '0' or '-' found `%s`" % (trim,))
    if not unique and precision < 0:
        raise TypeError('in non-unique mode `precision` must be supplied')
    return precision, pad_left, pad_right, min_digits


def _non_finite_text(x, plus):
    """Write nan or inf as Dragon4 does: nan never has a sign, inf has '-' or '+' if asked."""
    if x != x:
        return 'nan'
    return ('-' if x < 0 else '+' if plus else '') + 'inf'


def _trim_fraction(fraction, wanted, trim):
    """Apply trim to fraction digits: 'k' pads to wanted, the others drop trailing zeros."""
    if trim == '0' and not fraction:
        return '0'
    if trim == 'k':
        if wanted > len(fraction):
            fraction += '0' * (wanted - len(fraction))
        return fraction
    if fraction:
        fraction = fraction.rstrip('0')
        if not fraction and trim == '0':
            fraction = '0'
    return fraction


def _format_positional_text(x, fmt, precision, unique, fractional, trim, plus, pad_left,
                            pad_right, min_digits):
    """Write x in positional notation as numpy.format_float_positional (arguments checked)."""
    if x - x != 0:
        return _non_finite_text(x, plus)
    sign = _sign_of(x, plus)
    digits, first_exponent = '0', 0
    if x != 0:
        digits, first_exponent = _dragon4_digits(abs(x), fmt, unique, fractional, precision,
                                                 min_digits)
    if first_exponent >= 0:
        whole_count = first_exponent + 1
        whole, fraction = digits[:whole_count], digits[whole_count:]
        whole += '0' * (whole_count - len(whole))
    else:
        whole, fraction = '0', '0' * (-first_exponent - 1) + digits
    wanted = min_digits if unique else precision
    wanted = max(wanted, 0) if fractional else wanted - len(whole)
    point = '' if trim == '-' and not fraction else '.'
    fraction = _trim_fraction(fraction, wanted, trim)
    if trim == '-' and not fraction:
        point = ''
    text = sign + whole + point + fraction
    if pad_right >= len(fraction):
        if trim == '-' and not fraction:
            text += ' '                            # room for the point that is not there
        text += ' ' * (pad_right - len(fraction))
    if pad_left > len(sign + whole):
        text = ' ' * (pad_left - len(sign + whole)) + text
    return text


def _format_scientific_text(x, fmt, precision, unique, trim, plus, pad_left, exp_digits,
                            min_digits):
    """Write x in scientific notation as numpy.format_float_scientific (arguments checked)."""
    if x - x != 0:
        return _non_finite_text(x, plus)
    sign = _sign_of(x, plus)
    digits, power = '0', 0
    if x != 0:
        digits, power = _dragon4_digits(abs(x), fmt, unique, False,
                                        precision + 1 if precision >= 0 else -1,
                                        min_digits + 1 if min_digits >= 0 else -1)
    lead, fraction = sign + digits[0], digits[1:]
    point = '' if trim == '-' and not fraction else '.'    # a point left bare by trimming stays
    fraction = _trim_fraction(fraction, max(min_digits if unique else precision, 0), trim)
    text = lead + point + fraction + 'e' + _exponent_text(power, exp_digits)
    if pad_left > len(lead):
        text = ' ' * (pad_left - len(lead)) + text
    return text


def format_float_positional(x, precision=None, unique=True, fractional=True, trim='k', sign=False,
                            pad_left=None, pad_right=None, min_digits=None):
    """Write the float64 x in positional notation, as numpy.format_float_positional.

    unique gives the shortest digits that read back as x, cut at precision places
    (or significant digits when not fractional); otherwise the exact value rounded
    at precision. trim: 'k' keeps trailing zeros, '.' drops them, '0' leaves one
    zero after the point, '-' also drops the point. Pads count characters left
    and right of the point.

    >>> format_float_positional(0.1), format_float_positional(2.0 / 3.0, precision=3)
    ('0.1', '0.667')
    >>> format_float_positional(1.5, trim='-', sign=True, pad_left=3, pad_right=3)
    ' +1.5  '
    >>> format_float_positional(0.1, unique=False, precision=20)
    '0.10000000000000000555'
    """
    precision, pad_left, pad_right, min_digits = _checked_format_arguments(
        precision, unique, trim, pad_left, pad_right, min_digits)
    if not fractional and precision == 0:
        raise ValueError('precision must be greater than 0 if fractional=False')
    return _format_positional_text(float(x), _FLOAT64, precision, unique, fractional, trim,
                                   bool(sign), pad_left, pad_right, min_digits)


def format_float_scientific(x, precision=None, unique=True, trim='k', sign=False, pad_left=None,
                            exp_digits=None, min_digits=None):
    """Write the float64 x in scientific notation, as numpy.format_float_scientific.

    precision and min_digits count digits after the point; exp_digits is the
    least number of digits of the exponent (2 when None).

    >>> format_float_scientific(12345.0), format_float_scientific(1e-300, precision=3, min_digits=3)
    ('1.2345e+04', '1.000e-300')
    >>> format_float_scientific(0.5, trim='-', exp_digits=3)
    '5e-001'
    """
    precision, pad_left, exp_digits, min_digits = _checked_format_arguments(
        precision, unique, trim, pad_left, exp_digits, min_digits)
    return _format_scientific_text(float(x), _FLOAT64, precision, unique, trim, bool(sign),
                                   pad_left, exp_digits, min_digits)


# ------------------------------------------------------------ element formats

class _FloatFormat:
    """Format the floats of one array alike, as NumPy's FloatingFormat.

    The first pass writes every finite value with its own digits (its unique
    digits, at most precision places, or exactly precision in 'fixed' mode) to
    find the notation and the widths shared by all; format_all reuses those digits.
    """

    def __init__(self, values, fmt, options):
        self.values = values
        self.fmt = fmt
        self.plus = options['sign'] == '+'
        self.nanstr, self.infstr = options['nanstr'], options['infstr']
        floatmode = options['floatmode']
        self.unique = floatmode != 'fixed'
        self.precision = -1 if floatmode == 'unique' else options['precision']
        if self.precision < -1 or (self.precision < 0 and floatmode != 'unique'):
            raise ValueError('precision must be >= 0')
        self.min_digits = -1
        finite = [v for v in values if v - v == 0]
        magnitudes = [abs(v) for v in finite if v != 0]
        self.exp_format = False
        if magnitudes:
            largest, smallest = max(magnitudes), min(magnitudes)
            # scientific when the values span too many powers of ten for fixed point,
            # compared in the format's own precision as NumPy does
            if largest >= fmt.array_cutoff or (not options['suppress'] and (
                    smallest < fmt.ten_thousandth or _round_to(largest / smallest, fmt) > 1000.0)):
                self.exp_format = True
        # parts of each nonzero finite value (None for the others), aligned with values
        self.first_parts = parts = [None] * len(values)
        write_parts = _scientific_parts if self.exp_format else _positional_parts
        for i in range(len(values)):
            v = values[i]
            if v != 0 and v - v == 0:
                parts[i] = write_parts(v, fmt, self.precision, -1, self.unique, self.plus)
        measured = [p for p in parts if p is not None]
        zero_widths = [len(_sign_of(v, self.plus)) + 1 for v in finite if v == 0]
        if not finite:
            self.pad_left = self.pad_right = 0
        elif self.exp_format:
            self.exp_size = max([2] + [len(str(abs(p[2]))) for p in measured])
            if self.unique:                        # 'fixed' keeps precision digits for all
                self.precision = max([0] + [len(p[1]) for p in measured])
            self.min_digits = self.precision
            self.pad_left = max([len(p[0]) for p in measured] + zero_widths)
            self.pad_right = self.exp_size + 2 + self.precision
        else:
            self.pad_left = max([len(p[0]) for p in measured] + zero_widths)
            if self.unique:
                self.pad_right = max([0] + [len(p[1]) for p in measured])
            else:
                self.pad_right = self.precision
            if floatmode == 'fixed' or floatmode == 'maxprec_equal':
                self.precision = self.min_digits = self.pad_right
            else:
                self.min_digits = 0
        if options['sign'] == ' ' and not [v for v in finite if _is_negative(v)]:
            self.pad_left += 1
        if len(finite) != len(values):             # room for nan and inf
            negative_inf = options['sign'] != '-' or [v for v in values if v - v != 0 and v < 0]
            offset = self.pad_right + 1
            self.pad_left = max(self.pad_left, len(self.nanstr) - offset,
                                len(self.infstr) + (1 if negative_inf else 0) - offset)

    def format_all(self):
        """Return the text of every value given at the start, in order."""
        values, parts = self.values, self.first_parts
        return [self.format(values[i], parts[i]) for i in range(len(values))]

    def __call__(self, x):
        return self.format(float(x), None)

    def format(self, x, parts):
        """Write one value, reusing its first-pass parts when they are final."""
        if x - x != 0:                             # nan or inf
            if x != x:
                text = ('+' if self.plus else '') + self.nanstr
            else:
                text = ('-' if x < 0 else '+' if self.plus else '') + self.infstr
            return ' ' * (self.pad_left + self.pad_right + 1 - len(text)) + text
        if self.exp_format:
            if parts is None or (self.unique and len(parts[1]) != self.precision):
                # fewer unique digits than the others: print more, rounded afresh
                parts = _scientific_parts(x, self.fmt, self.precision, self.precision,
                                          self.unique, self.plus)
            lead, fraction, power = parts
            fraction += '0' * (self.precision - len(fraction))
            return (' ' * (self.pad_left - len(lead)) + lead + '.' + fraction + 'e' +
                    _exponent_text(power, self.exp_size))
        if parts is None or (self.unique and len(parts[1]) < self.min_digits):
            parts = _positional_parts(x, self.fmt, self.precision, self.min_digits, self.unique,
                                      self.plus)
        whole, fraction = parts
        if len(fraction) < self.min_digits:
            fraction += '0' * (self.min_digits - len(fraction))
        return (' ' * (self.pad_left - len(whole)) + whole + '.' + fraction +
                ' ' * (self.pad_right - len(fraction)))


class _ComplexFormat:
    """Format complex values as NumPy's ComplexFloatingFormat: real and imaginary parts apart.

    The imaginary parts always carry a sign; the 'j' goes before their padding.
    """

    def __init__(self, values, fmt, options):
        self.values = values
        self.real_format = _FloatFormat([z.real for z in values], fmt, options)
        imag_options = dict(options)
        imag_options['sign'] = '+'
        self.imag_format = _FloatFormat([z.imag for z in values], fmt, imag_options)

    def format_all(self):
        """Return the text of every value given at the start, in order."""
        reals, imags = self.real_format.format_all(), self.imag_format.format_all()
        return [self._join(reals[i], imags[i]) for i in range(len(reals))]

    def __call__(self, z):
        z = complex(z)
        return self._join(self.real_format(z.real), self.imag_format(z.imag))

    @staticmethod
    def _join(real_text, imag_text):
        """Append the imaginary text to the real one with a 'j' before its padding."""
        digits = imag_text.rstrip()
        return real_text + digits + 'j' + imag_text[len(digits):]


class _IntFormat:
    """Right-align integers to the width of the longest, as NumPy's IntegerFormat."""

    def __init__(self, values, sign):
        self.values = values
        self.width = 0
        if values:
            largest, smallest = max(values), min(values)
            largest_width = len(str(largest))
            if sign == ' ' and smallest < 0:
                sign = '-'
            if largest >= 0 and sign != '-':
                largest_width += 1
            self.width = max(largest_width, len(str(smallest)))
        self.sign = '' if sign == '-' else sign

    def format_all(self):
        """Return the text of every value given at the start, in order."""
        return [self(v) for v in self.values]

    def __call__(self, x):
        text = str(x) if x < 0 else self.sign + str(x)
        return ' ' * (self.width - len(text)) + text


class _BoolFormat:
    """Write True as ' True' so it lines up with 'False' (plain 'True' for 0-d)."""

    def __init__(self, values, zero_dimensional):
        self.values = values
        self.true_text = 'True' if zero_dimensional else ' True'

    def format_all(self):
        """Return the text of every value given at the start, in order."""
        return [self(v) for v in self.values]

    def __call__(self, x):
        return self.true_text if x else 'False'


def _unknown_dtype(dtype_name):
    """Return NumPy's error for a dtype name it does not know."""
    return TypeError("data type '%s' not understood" % (dtype_name,))


def _make_format(values, dtype_name, zero_dimensional, options):
    """Choose the element format for a dtype from the values that will be measured."""
    if dtype_name == 'bool':
        return _BoolFormat(values, zero_dimensional)
    if dtype_name in _FLOAT_FORMATS:
        return _FloatFormat([float(v) for v in values], _FLOAT_FORMATS[dtype_name], options)
    if dtype_name in _COMPLEX_FORMATS:
        return _ComplexFormat([complex(v) for v in values], _COMPLEX_FORMATS[dtype_name], options)
    if dtype_name in _INTEGER_NAMES:
        return _IntFormat([int(v) for v in values], options['sign'])
    raise _unknown_dtype(dtype_name)


# --------------------------------------------------------------------- layout
#
# When an array has more than threshold elements, NumPy measures only its
# corners (the first and last edgeitems along every axis) and shows those, with
# '...' between them, along each axis longer than 2 * edgeitems.



def _measured_along(length, edgeitems):
    """Return the indices along one axis that NumPy measures when summarizing."""
    if length > 2 * edgeitems and edgeitems > 0:
        return list(range(edgeitems)) + list(range(length - edgeitems, length))
    return list(range(length))                    # as NumPy: edgeitems 0 keeps all


def _shown_indices(length, edgeitems, summary):
    """Return the leading indices, whether '...' follows them, and the trailing indices."""
    if summary and 2 * edgeitems < length:
        return list(range(edgeitems)), True, list(range(length - edgeitems, length)) or [length - 1]
    return [], False, list(range(length))


def _flat_indices(shape, along):
    """Return the flat C-order positions of every combination of the per-axis indices."""
    positions = [0]
    for axis in range(len(shape)):
        step = _size(shape[axis + 1:])
        positions = [p + i * step for p in positions for i in along[axis]]
    return positions


def _extend_line(text, line, word, line_width, next_line_prefix):
    """Append word to line, first moving to a new line when it would not fit."""
    if len(line) + len(word) > line_width and len(line) > len(next_line_prefix):
        text += line.rstrip() + '\n'
        line = next_line_prefix
    return text, line + word


def _format_nested(words, shape, axis, hanging_indent, width, separator, edgeitems, summary):
    """Lay out the next words along the axes from axis on, in brackets (NumPy's _formatArray).

    words is an iterator over the element texts in printing order.
    """
    if axis == len(shape):
        return next(words)
    leading, show_summary, trailing = _shown_indices(shape[axis], edgeitems, summary)
    pieces = len(leading) * [None] + ([summary] if show_summary else []) + len(trailing) * [None]
    if axis == len(shape) - 1:
        # the last axis: elements side by side, wrapped to fit the width less the ']'
        element_width = width - max(len(separator.rstrip()), 1)
        text, line = '', hanging_indent
        for n in range(len(pieces)):
            piece = pieces[n]
            text, line = _extend_line(text, line, next(words) if piece is None else piece,
                                      element_width, hanging_indent)
            if n < len(pieces) - 1:
                line += separator
        return '[' + (text + line)[len(hanging_indent):] + ']'
    # other axes: one nested block per line, blank lines between blocks of higher axes
    line_separator = separator.rstrip() + '\n' * (len(shape) - axis - 1)
    blocks = []
    for piece in pieces:
        if piece is None:
            piece = _format_nested(words, shape, axis + 1, hanging_indent + ' ', width - 1,
                                   separator, edgeitems, summary)
        blocks.append(hanging_indent + piece)
    return '[' + line_separator.join(blocks)[len(hanging_indent):] + ']'


def _array_to_string(values, shape, dtype_name, options, line_width, separator, prefix):
    """Write the bracketed body of an array from its flat values (NumPy's _array2string)."""
    size = _size(shape)
    if size == 0:
        return '[]'
    edgeitems = options['edgeitems']
    summary = '...' if size > options['threshold'] else ''
    measured = values
    if summary:
        measured = [values[i] for i in _flat_indices(
            shape, [_measured_along(n, edgeitems) for n in shape])]
    element_format = _make_format(measured, dtype_name, shape == (), options)
    if summary and edgeitems <= 0:                # only the last items show, yet all were measured
        shown = _flat_indices(shape, [_shown_indices(n, edgeitems, summary)[2] for n in shape])
        words = [element_format(values[i]) for i in shown]
    else:                                         # the measured values are the shown ones, in order
        words = element_format.format_all()
    return _format_nested(iter(words), shape, 0, ' ' + ' ' * len(prefix), line_width, separator,
                          edgeitems, summary)


def _flatten(data, shape):
    """Return the values of nested lists of this shape as one flat C-order list."""
    if len(shape) == 0:
        return [data]
    rows = data
    for _ in range(len(shape) - 1):
        rows = [item for row in rows for item in row]
    return list(rows)


def _as_flat(data, shape, flat):
    """Return the values in C order, checking their number against the shape."""
    values = data if flat else _flatten(data, shape)
    if len(values) != _size(shape):
        raise ValueError('cannot print %d values as an array of shape %s'
                         % (len(values), _shape_text(shape)))
    return values


def _shape_text(shape):
    """Write a shape as Python writes the tuple: (2000,) or (2, 0)."""
    if len(shape) == 1:
        return '(%d,)' % shape[0]
    return '(' + ', '.join([str(n) for n in shape]) + ')'


# ----------------------------------------------------------------- public API

def array2string(values, shape, dtype_name, flat=True, max_line_width=None, precision=None,
                 suppress_small=None, separator=' ', prefix='', formatter=None, threshold=None,
                 edgeitems=None, sign=None, floatmode=None, suffix='', legacy=None):
    """Return the text of an array's values, as numpy.array2string.

    prefix is the text that will stand before the first line (its length indents
    the lines after it); suffix the text after the last (its length is kept free).

    >>> array2string([1.0, -2.5, 3.25], (3,), 'float64', separator=', ', sign='+')
    '[+1.  , -2.5 , +3.25]'
    >>> print(array2string(list(range(12)), (3, 4), 'int64', prefix='x = '))
    [[ 0  1  2  3]
         [ 4  5  6  7]
         [ 8  9 10 11]]
    """
    shape = tuple(shape)
    values = _as_flat(values, shape, flat)
    options = _current_options(precision=precision, suppress=suppress_small, formatter=formatter,
                               threshold=threshold, edgeitems=edgeitems, sign=sign,
                               floatmode=floatmode, legacy=legacy)
    line_width = options['linewidth'] if max_line_width is None else max_line_width
    return _array_to_string(values, shape, dtype_name, options, line_width - len(suffix),
                            separator, prefix)


def array_str(data, shape, dtype_name, flat=False, max_line_width=None, precision=None,
              suppress_small=None):
    """Return str() of the array with these values, shape and dtype, as NumPy writes it.

    >>> array_str([1.0, -0.5, 2.0], (3,), 'float64')
    '[ 1.  -0.5  2. ]'
    >>> array_str(5.0, (), 'float64'), array_str([0.5j], (), 'complex64', flat=True)
    ('5.0', '0.5j')
    """
    shape = tuple(shape)
    values = _as_flat(data, shape, flat)
    if shape == ():
        return scalar_str(values[0], dtype_name)
    options = _current_options(precision=precision, suppress=suppress_small)
    line_width = options['linewidth'] if max_line_width is None else max_line_width
    return _array_to_string(values, shape, dtype_name, options, line_width, ' ', '')


def array_repr(data, shape, dtype_name, flat=False, max_line_width=None, precision=None,
               suppress_small=None):
    """Return repr() of the array with these values, shape and dtype, as NumPy writes it.

    The dtype follows unless it is float64, int64, bool or complex128; the shape
    follows for an empty array (other than shape (0,)) and a summarized one.

    >>> array_repr([[True, False]], (1, 2), 'bool')
    'array([[ True, False]])'
    >>> array_repr([], (2, 0), 'float64', flat=True)
    'array([], shape=(2, 0), dtype=float64)'
    >>> array_repr([5.0], (), 'float16', flat=True)
    'array(5., dtype=float16)'
    """
    shape = tuple(shape)
    values = _as_flat(data, shape, flat)
    options = _current_options(precision=precision, suppress=suppress_small)
    line_width = options['linewidth'] if max_line_width is None else max_line_width
    prefix = 'array('
    body = _array_to_string(values, shape, dtype_name, options, line_width - 1, ', ', prefix)
    size = _size(shape)
    extras = []
    if (size == 0 and shape != (0,)) or size > options['threshold']:
        extras.append('shape=' + _shape_text(shape))
    if dtype_name not in _IMPLIED_DTYPES or size == 0:
        extras.append('dtype=' + dtype_name)
    if not extras:
        return prefix + body + ')'
    text = prefix + body + ','
    extra_text = ', '.join(extras) + ')'
    last_line_length = len(text) - (text.rfind('\n') + 1)
    spacer = ' '
    if last_line_length + len(extra_text) + 1 > line_width:
        spacer = '\n' + ' ' * len(prefix)
    return text + spacer + extra_text


# -------------------------------------------------------------------- scalars
#
# A float scalar is written positionally when it is 0 or 1e-4 <= |x| < cutoff
# (1e16 for float64, 1e6 for float32, 1e3 for float16), else in scientific
# notation, always with its shortest digits. A complex scalar is written like
# Python's complex: '(1+2j)', or '2j' when the real part is +0.

def _float_scalar_text(x, fmt, trim_point):
    """Write one float as a NumPy scalar does; trim_point '0' keeps 1.0, '-' writes 1."""
    if x - x != 0:
        return _non_finite_text(x, False)
    if fmt is _FLOAT64 and trim_point == '0':
        return float_repr(x)                      # NumPy's float64 str is Python's repr
    magnitude = abs(x)
    if magnitude == 0 or 1e-4 <= magnitude < fmt.scalar_cutoff:
        whole, fraction = _positional_parts(x, fmt, -1, -1)
        if not fraction:
            return whole + ('.0' if trim_point == '0' else '')
        return whole + '.' + fraction
    lead, fraction, power = _scientific_parts(x, fmt, -1, -1)
    return lead + ('.' + fraction if fraction else '') + 'e' + _exponent_text(power, -1)


def _complex_scalar_text(z, fmt):
    """Write a complex scalar as NumPy does: '(1+2j)', '(nan+nanj)', or '2j' for a +0 real part."""
    real, imag = z.real, z.imag
    if real == 0 and not _is_negative(real):
        return _float_scalar_text(imag, fmt, '-') + 'j'
    real_text = _float_scalar_text(real, fmt, '-')
    if imag != imag:
        imag_text = '+nan'
    elif imag - imag != 0:
        imag_text = '-inf' if imag < 0 else '+inf'
    else:
        imag_text = _float_scalar_text(imag, fmt, '-')
        if not _is_negative(imag):
            imag_text = '+' + imag_text
    return '(' + real_text + imag_text + 'j)'


def scalar_str(value, dtype_name):
    """Return str() of a NumPy scalar of this dtype.

    >>> scalar_str(0.1, 'float64'), scalar_str(True, 'bool'), scalar_str(7, 'uint8')
    ('0.1', 'True', '7')
    >>> scalar_str(0.3333333432674408, 'float32'), scalar_str(1 - 2j, 'complex128')
    ('0.33333334', '(1-2j)')
    """
    if dtype_name == 'bool':
        return 'True' if value else 'False'
    if dtype_name in _FLOAT_FORMATS:
        return _float_scalar_text(float(value), _FLOAT_FORMATS[dtype_name], '0')
    if dtype_name in _COMPLEX_FORMATS:
        return _complex_scalar_text(complex(value), _COMPLEX_FORMATS[dtype_name])
    if dtype_name in _INTEGER_NAMES:
        return str(int(value))
    raise _unknown_dtype(dtype_name)


def scalar_repr(value, dtype_name):
    """Return repr() of a NumPy scalar of this dtype, as NumPy 2 writes it.

    >>> scalar_repr(3, 'int8'), scalar_repr(True, 'bool'), scalar_repr(float('inf'), 'float64')
    ('np.int8(3)', 'np.True_', 'np.float64(inf)')
    >>> scalar_repr(2j, 'complex64')
    'np.complex64(2j)'
    """
    if dtype_name == 'bool':
        return 'np.True_' if value else 'np.False_'
    text = scalar_str(value, dtype_name)
    if text[0] == '(':
        text = text[1:-1]
    return 'np.' + dtype_name + '(' + text + ')'
