"""Print arrays exactly as NumPy 2 prints them.

An array reaches this module as plain data: its values as nested lists (a 0-d
array is the scalar itself, ``[1.0, 2.5]`` is 1-d, ``[[1, 2], [3, 4]]`` is 2x2
in row-major order), its shape tuple and its dtype name ('float64', 'int64',
'uint8' or 'bool'). The functions here return the text NumPy shows for it,
character for character, including the column alignment, the choice between
fixed and scientific notation, line wrapping and summarization with '...'.

>>> print(array_str([[1.0, 2.5], [-3.0, 0.125]], (2, 2), 'float64'))
[[ 1.     2.5  ]
 [-3.     0.125]]
>>> array_repr([1e-05, 1.0, 1000.0], (3,), 'float64')
'array([1.e-05, 1.e+00, 1.e+03])'
>>> array_repr([7, 200], (2,), 'uint8')
'array([  7, 200], dtype=uint8)'
>>> scalar_repr(0.1, 'float64')
'np.float64(0.1)'

The floats of one array share one notation. It is fixed-point unless, among the
finite nonzero magnitudes, the largest is at least 1e8, or the smallest is below
1e-4, or the largest is over 1000 times the smallest; then every value is
written in scientific notation with as many digits as the longest needs
(``suppress=True`` keeps only the first test, and rounds tiny values to 0.).

Floats are turned into decimal digits by NumPy's rule (Dragon4): the shortest
digits that read back as the same float, cut off at ``precision`` places and
then rounded correctly. CPython and PyPy already print floats correctly, so
there the digits come from ``repr`` and ``%``-formatting; other runtimes (such
as MicroPython) use an exact version with Python integers that gives the same
digits. The two are kept side by side and tested against each other.
"""

import math
import sys

__all__ = ['array_str', 'array_repr', 'scalar_str', 'scalar_repr', 'float_repr',
           'set_printoptions', 'get_printoptions', 'printoptions']


# ---------------------------------------------------------------- print options

_DEFAULT_OPTIONS = {'precision': 8, 'threshold': 1000, 'edgeitems': 3,
                    'linewidth': 75, 'suppress': False}
_options = dict(_DEFAULT_OPTIONS)


def set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None,
                     suppress=None):
    """Set how arrays are printed; options left as None keep their value.

    >>> set_printoptions(precision=3)
    >>> array_str([1.0 / 3.0], (1,), 'float64')
    '[0.333]'
    >>> set_printoptions(precision=8)
    """
    changes = {}
    if precision is not None:
        if not isinstance(precision, int) or isinstance(precision, bool):
            if not hasattr(precision, '__index__'):
                raise TypeError('precision must be an integer')
            precision = precision.__index__()
        if precision < 0:
            raise ValueError('precision must be >= 0')
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
    _options.update(changes)


def get_printoptions():
    """Return the current print options as a new dict.

    >>> get_printoptions()['linewidth']
    75
    """
    options = dict(_options)
    options.update({'floatmode': 'maxprec', 'nanstr': 'nan', 'infstr': 'inf',
                    'sign': '-', 'formatter': None, 'legacy': False, 'override_repr': None})
    return options


class printoptions:
    """Set print options inside a ``with`` block and restore them after it.

    >>> with printoptions(precision=2, suppress=True):
    ...     print(array_str([2.0 / 3.0, 1e-10], (2,), 'float64'))
    [0.67 0.  ]
    >>> array_str([2.0 / 3.0], (1,), 'float64')
    '[0.66666667]'
    """

    def __init__(self, **options):
        self.options = options
        self.saved = None

    def __enter__(self):
        self.saved = dict(_options)
        set_printoptions(**self.options)
        return get_printoptions()

    def __exit__(self, *exc_info):
        _options.clear()
        _options.update(self.saved)
        return False


# --------------------------------------------- exact decimal digits (Dragon4)
#
# A finite float x > 0 is mantissa * 2**exponent exactly. Written as r / s with
# Python integers, together with half the gaps to its neighbouring floats
# (m_low / s below, m_high / s above), its decimal digits come out one at a time
# by long division. Digit generation stops at the first digit where the digits
# so far, rounded, already read back as x (the "unique" or shortest digits), or
# at a cutoff place, whichever comes first. The last digit is then rounded by
# comparing the remainder with one half, ties to the even digit.
#
# A result is (digits, exponent): the significant digits without trailing zeros
# and the power of ten of the first one, so 0.0125 is ('125', -2).

_LOG10_2 = 0.30102999566398119521
_HIDDEN_BIT = 1 << 52
_SMALLEST_NORMAL = 2.2250738585072014e-308


def _decompose(x):
    """Split a positive finite float into exact integers: x = mantissa * 2**exponent."""
    fraction, binary_exponent = math.frexp(x)    # x = fraction * 2**e, 0.5 <= fraction < 1
    if binary_exponent < -1021:                  # subnormal: the exponent is fixed
        return int(math.ldexp(fraction, binary_exponent + 1074)), -1074, binary_exponent
    return int(math.ldexp(fraction, 53)), binary_exponent - 53, binary_exponent


def _dragon4_exact(x, fractional, cutoff_max, cutoff_min):
    """Return NumPy's Dragon4 digits of x > 0 with exact integer arithmetic.

    cutoff_max counts places after the point when fractional, else digits in all
    (-1: no cutoff); cutoff_min is the least that must be printed (-1: none).

    >>> _dragon4_exact(0.3, True, -1, -1)
    ('3', -1)
    >>> _dragon4_exact(2.0 / 3.0, True, 8, -1)
    ('66666667', -1)
    """
    mantissa, exponent, binary_exponent = _decompose(x)
    even = mantissa % 2 == 0
    # the gap below a power of two is half the gap above (except at the smallest normal)
    unequal = mantissa == _HIDDEN_BIT and binary_exponent > -1021
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
    while True:
        k -= 1
        digit, r = divmod(r, s)
        if even:                                   # ties read back to the even mantissa
            low, high = r <= m_low, r + m_high >= s
        else:
            low, high = r < m_low, r + m_high > s
        if ((low or high) and k <= stop_min) or (stop_max is not None and k <= stop_max):
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
    return _normalize(''.join([str(d) for d in digits]), first_exponent)


def _normalize(digits, first_exponent):
    """Drop trailing zeros; all zeros become ('0', 0)."""
    stripped = digits.rstrip('0')
    if not stripped:
        return '0', 0
    return stripped, first_exponent


# ------------------------------------------ fast decimal digits (CPython, PyPy)
#
# CPython's repr(float) gives the shortest round-trip digits, and its
# '%.Nf' / '%.Ne' formatting rounds the exact value correctly (ties to even).
# Dragon4's result is one or the other except in rare cases, which go to the
# exact version above.

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


def _is_power_of_two(x):
    """Tell whether the gap below x is half the gap above it (x = +-2**k, normal)."""
    fraction, binary_exponent = math.frexp(x)
    return (fraction == 0.5 or fraction == -0.5) and binary_exponent > -1021


def _dragon4_fast(x, fractional, cutoff_max, cutoff_min):
    """Return the same digits as _dragon4_exact, from repr and %-formatting.

    >>> _dragon4_fast(2.0 / 3.0, True, 8, -1)
    ('66666667', -1)
    """
    if cutoff_min >= 0 and not (fractional and cutoff_min == 0 and x < 1e15):
        if fractional or cutoff_min != cutoff_max or cutoff_max < 0:
            return _dragon4_exact(x, fractional, cutoff_max, cutoff_min)
        if _is_power_of_two(x):                  # unequal gaps: rare, do it exactly
            return _dragon4_exact(x, fractional, cutoff_max, cutoff_min)
        # at least and at most cutoff_max digits: the correctly rounded value
        return _parse_decimal('%.*e' % (cutoff_max - 1, x))
    digits, first_exponent = _parse_decimal(_shortest_text(x))
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


# ------------------------------------------------- one float as text (Dragon4)

def _positional_parts(x, precision, min_digits):
    """Return the sign and integer part, and the fraction digits, of x in positional form."""
    sign = '-' if _is_negative(x) else ''
    if x == 0:
        return sign + '0', ''
    if _dragon4 is _dragon4_fast and precision >= 0 and min_digits <= 0 and abs(x) < 1e15:
        # fast path for array printing: the same as below, without parsing digits
        text = _shortest_text(x)
        if 'e' not in text:
            whole, fraction = text.split('.')
            if len(fraction) <= precision:
                return whole, '' if fraction == '0' else fraction
            whole, _, fraction = ('%.*f' % (precision, x)).partition('.')
            return whole, fraction.rstrip('0')
    digits, first_exponent = _dragon4(abs(x), True, precision, min_digits)
    if first_exponent < 0:
        return sign + '0', '0' * (-first_exponent - 1) + digits
    whole = first_exponent + 1
    if len(digits) <= whole:
        return sign + digits + '0' * (whole - len(digits)), ''
    return sign + digits[:whole], digits[whole:]


def _format_positional(x, precision=-1, min_digits=-1, trim='k', pad_left=-1, pad_right=-1):
    """Write x as ddd.ddd the way numpy.format_float_positional does (unique digits).

    trim: 'k' keeps zeros up to min_digits, '.' drops trailing zeros, '0' leaves one
    zero after the point, '-' also drops the point. Pads count characters left and
    right of the point.

    >>> _format_positional(1.5, 8, -1, '.', 3, 4)
    '  1.5   '
    >>> _format_positional(0.125, 2, -1, '-')
    '0.12'
    """
    whole, fraction = _positional_parts(x, precision, min_digits)
    if trim == 'k':
        if len(fraction) < min_digits:
            fraction += '0' * (min_digits - len(fraction))
    elif trim == '0' and not fraction:
        fraction = '0'
    point = '' if trim == '-' and not fraction else '.'
    text = whole + point + fraction
    if pad_right >= len(fraction):
        text += ' ' * (pad_right - len(fraction) + (1 if not point else 0))
    if pad_left > len(whole):
        text = ' ' * (pad_left - len(whole)) + text
    return text


def _scientific_parts(x, precision, min_digits):
    """Return the sign and leading digit, the other digits, and the power of ten of x."""
    sign = '-' if _is_negative(x) else ''
    if x == 0:
        return sign + '0', '', 0
    if _dragon4 is _dragon4_fast and 0 <= precision <= 12 and abs(x) >= _SMALLEST_NORMAL and (
            min_digits < 0 or (min_digits == precision and not _is_power_of_two(x))):
        # fast path for array printing: for normal floats and at most 13 digits,
        # '%.Ne' rounds the shortest digits to themselves, so it serves both passes
        mantissa, _, power = ('%.*e' % (precision, x)).partition('e')
        lead, _, fraction = mantissa.partition('.')
        return lead, fraction.rstrip('0'), int(power)
    digits, first_exponent = _dragon4(abs(x), False, precision + 1 if precision >= 0 else -1,
                                      min_digits + 1 if min_digits >= 0 else -1)
    return sign + digits[0], digits[1:], first_exponent


def _format_scientific(x, precision=-1, min_digits=-1, trim='k', pad_left=-1, exp_digits=-1):
    """Write x as d.ddde+XX the way numpy.format_float_scientific does (unique digits).

    >>> _format_scientific(12345.0, 8, -1, '.')
    '1.2345e+04'
    >>> _format_scientific(1e-300, 3, 3, 'k', 2, 3)
    ' 1.000e-300'
    """
    lead, fraction, power = _scientific_parts(x, precision, min_digits)
    return _scientific_text(lead, fraction, power, min_digits, trim, pad_left, exp_digits)


def _scientific_text(lead, fraction, power, min_digits, trim, pad_left, exp_digits):
    """Join the parts of a number in scientific notation, trimmed and padded."""
    if trim == 'k':
        if len(fraction) < min_digits:
            fraction += '0' * (min_digits - len(fraction))
    elif trim == '0' and not fraction:
        fraction = '0'
    point = '' if trim == '-' and not fraction else '.'
    width = 2 if exp_digits < 0 else min(exp_digits, 5)
    power_text = str(abs(power))
    if len(power_text) < width:
        power_text = '0' * (width - len(power_text)) + power_text
    elif power == 0 and width == 0:
        power_text = ''
    text = lead + point + fraction + ('e-' if power < 0 else 'e+') + power_text
    if pad_left > len(lead):
        text = ' ' * (pad_left - len(lead)) + text
    return text


# ------------------------------------------------------------ element formats

class _FloatFormat:
    """Format the floats of one array alike, as NumPy's FloatingFormat ('maxprec').

    The first pass writes every value with its unique digits (at most precision
    places) to find the shared widths; format_all reuses those digits.
    """

    def __init__(self, values, precision, suppress):
        self.values = values
        self.precision = precision
        finite = [v for v in values if v - v == 0]
        magnitudes = [abs(v) for v in finite if v != 0]
        self.exp_format = False
        if magnitudes:
            largest, smallest = max(magnitudes), min(magnitudes)
            # scientific when the values span too many powers of ten for fixed point
            if largest >= 1e8 or (not suppress and (smallest < 0.0001 or
                                                    largest / smallest > 1000.0)):
                self.exp_format = True
        # parts of each nonzero finite value (None for the others), aligned with values
        self.first_parts = parts = [None] * len(values)
        write_parts = _scientific_parts if self.exp_format else _positional_parts
        for i in range(len(values)):
            v = values[i]
            if v != 0 and v - v == 0:
                parts[i] = write_parts(v, precision, -1)
        measured = [p for p in parts if p is not None]
        zeros = [v for v in finite if v == 0]
        if not finite:
            self.pad_left = self.pad_right = 0
        elif self.exp_format:
            self.exp_size = max([2] + [len(str(abs(p[2]))) for p in measured])
            self.precision = max([0] + [len(p[1]) for p in measured])
            self.pad_left = max([len(p[0]) for p in measured] + [2 if _is_negative(v) else 1 for v in zeros])
            self.pad_right = self.exp_size + 2 + self.precision
        else:
            self.pad_left = max([len(p[0]) for p in measured] + [2 if _is_negative(v) else 1 for v in zeros])
            self.pad_right = max([0] + [len(p[1]) for p in measured])
        if len(finite) != len(values):
            negative_inf = 1 if [v for v in values if v < 0 and v - v != 0] else 0
            self.pad_left = max(self.pad_left, 3 + negative_inf - (self.pad_right + 1))

    def format_all(self):
        """Return the text of every value given at the start, in order."""
        values, parts = self.values, self.first_parts
        return [self.format(values[i], parts[i]) for i in range(len(values))]

    def __call__(self, x):
        return self.format(x, None)

    def format(self, x, parts):
        """Write one value, reusing its first-pass parts when given."""
        if x - x != 0:                            # nan or inf
            text = 'nan' if x != x else ('-inf' if x < 0 else 'inf')
            return ' ' * (self.pad_left + self.pad_right + 1 - len(text)) + text
        if self.exp_format:
            if x == 0 or parts is None or len(parts[1]) != self.precision:
                # fewer unique digits than the others: print more, rounded afresh
                parts = _scientific_parts(x, self.precision, self.precision)
            return _scientific_text(parts[0], parts[1], parts[2], self.precision, 'k',
                                    self.pad_left, self.exp_size)
        if x == 0:
            parts = '-0' if _is_negative(x) else '0', ''
        elif parts is None:
            parts = _positional_parts(x, self.precision, 0)
        whole, fraction = parts
        return (' ' * (self.pad_left - len(whole)) + whole + '.' + fraction +
                ' ' * (self.pad_right - len(fraction)))


class _IntFormat:
    """Right-align integers to the width of the longest, as NumPy's IntegerFormat."""

    def __init__(self, values):
        self.values = values
        self.width = max(len(str(max(values))), len(str(min(values)))) if values else 0

    def format_all(self):
        """Return the text of every value given at the start, in order."""
        return [self(v) for v in self.values]

    def __call__(self, x):
        text = str(x)
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


def _make_format(values, dtype_name, zero_dimensional):
    """Choose the element format for a dtype from the values that will be shown."""
    if dtype_name == 'bool':
        return _BoolFormat(values, zero_dimensional)
    if dtype_name == 'float64':
        return _FloatFormat(values, _options['precision'], _options['suppress'])
    return _IntFormat(values)


# --------------------------------------------------------------------- layout
#
# Along each axis NumPy shows items 0 .. edgeitems-1, then '...', then the last
# edgeitems items, when summarizing; otherwise every item.

def _shown_indices(length, edgeitems, summary):
    """Return the leading indices, whether '...' follows them, and the trailing indices."""
    if summary and 2 * edgeitems < length:
        return list(range(edgeitems)), True, [length - i for i in range(edgeitems, 0, -1)] or [length - 1]
    return [], False, list(range(length))


def _corners(data, shape, edgeitems, axis=0):
    """Return, flat, the values NumPy measures to choose the format (all, or the corners)."""
    if axis == len(shape):
        return [data]
    rows = data
    if edgeitems is not None and shape[axis] > 2 * edgeitems:
        rows = data[:edgeitems] + data[-edgeitems:]   # as NumPy: edgeitems 0 keeps all
    out = []
    for row in rows:
        out.extend(_corners(row, shape, edgeitems, axis + 1))
    return out


def _shown(data, shape, edgeitems, summary, axis=0):
    """Return, flat and in printing order, the values that appear in the text."""
    if axis == len(shape):
        return [data]
    leading, _, trailing = _shown_indices(shape[axis], edgeitems, summary)
    out = []
    for i in leading + trailing:
        out.extend(_shown(data[i], shape, edgeitems, summary, axis + 1))
    return out


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
        for n, piece in enumerate(pieces):
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


def _size(shape):
    """Return the number of elements of an array of this shape."""
    size = 1
    for n in shape:
        size *= n
    return size


def _array_to_string(data, shape, dtype_name, separator, prefix, line_width):
    """Write the bracketed body of an array (NumPy's array2string)."""
    if _size(shape) == 0:
        return '[]'
    edgeitems = _options['edgeitems']
    summary = '...' if _size(shape) > _options['threshold'] else ''
    values = _corners(data, shape, edgeitems if summary else None)
    element_format = _make_format(values, dtype_name, shape == ())
    if summary and edgeitems == 0:                # only the last items show, yet all were measured
        words = [element_format(v) for v in _shown(data, shape, edgeitems, summary)]
    else:                                         # the measured values are the shown ones, in order
        words = element_format.format_all()
    return _format_nested(iter(words), shape, 0, ' ' + ' ' * len(prefix), line_width, separator,
                          edgeitems, summary)


def _shape_text(shape):
    """Write a shape as Python writes the tuple: (2000,) or (2, 0)."""
    if len(shape) == 1:
        return '(%d,)' % shape[0]
    return '(' + ', '.join([str(n) for n in shape]) + ')'


# ----------------------------------------------------------------- public API

def array_str(data, shape, dtype_name):
    """Return str() of the array with these values, shape and dtype, as NumPy writes it.

    >>> array_str([1.0, -0.5, 2.0], (3,), 'float64')
    '[ 1.  -0.5  2. ]'
    >>> array_str(5.0, (), 'float64')
    '5.0'
    """
    shape = tuple(shape)
    if shape == ():
        return scalar_str(data, dtype_name)
    return _array_to_string(data, shape, dtype_name, ' ', '', _options['linewidth'])


def array_repr(data, shape, dtype_name):
    """Return repr() of the array with these values, shape and dtype, as NumPy writes it.

    >>> array_repr([[True, False]], (1, 2), 'bool')
    'array([[ True, False]])'
    >>> array_repr([], (2, 0), 'float64')
    'array([], shape=(2, 0), dtype=float64)'
    >>> array_repr(5.0, (), 'float64')
    'array(5.)'
    """
    shape = tuple(shape)
    prefix = 'array('
    line_width = _options['linewidth']
    body = _array_to_string(data, shape, dtype_name, ', ', prefix, line_width - 1)
    size = _size(shape)
    extras = []
    if (size == 0 and shape != (0,)) or size > _options['threshold']:
        extras.append('shape=' + _shape_text(shape))
    if dtype_name not in ('float64', 'int64', 'bool') or size == 0:
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


def scalar_str(value, dtype_name):
    """Return str() of a NumPy scalar of this dtype.

    >>> scalar_str(0.1, 'float64'), scalar_str(True, 'bool'), scalar_str(7, 'uint8')
    ('0.1', 'True', '7')
    """
    if dtype_name == 'float64':
        return float_repr(value)
    if dtype_name == 'bool':
        return 'True' if value else 'False'
    return str(int(value))


def scalar_repr(value, dtype_name):
    """Return repr() of a NumPy scalar of this dtype, as NumPy 2 writes it.

    >>> scalar_repr(3, 'int64'), scalar_repr(True, 'bool'), scalar_repr(float('inf'), 'float64')
    ('np.int64(3)', 'np.True_', 'np.float64(inf)')
    """
    if dtype_name == 'bool':
        return 'np.True_' if value else 'np.False_'
    return 'np.' + dtype_name + '(' + scalar_str(value, dtype_name) + ')'
