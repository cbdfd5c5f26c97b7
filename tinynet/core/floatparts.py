"""One float as parts of text, with NumPy's digits: the pieces array and scalar printing are built from.

Array printing measures every value first and writes it second, so it keeps
each value in parts: the signed whole part and the fraction digits, or the
signed leading digit, the other digits and the power of ten. The parts carry
no trailing zeros; the writer pads the fraction with zeros where NumPy does.

A float scalar is written positionally when it is 0 or 1e-4 <= |x| < cutoff
(1e16 for float64, 1e6 for float32, 1e3 for float16), else in scientific
notation, always with its shortest digits. A complex scalar is written like
Python's complex: '(1+2j)', or '2j' when the real part is +0.

The digits come from core/fastdigits.py on CPython and PyPy (repr and
%-formatting, which round correctly there) and from core/dragon4.py elsewhere.

>>> _positional_parts(-2.5, _FLOAT64, 8, -1), _scientific_parts(12500.0, _FLOAT64, 8, -1)
(('-2', '5'), ('1', '25', 4))
>>> _float_scalar_text(1e20, _FLOAT64, '-'), _float_scalar_text(0.5, _FLOAT64, '0')
('1e+20', '0.5')
"""

import sys

from tinynet.core.binaryformats import _FLOAT64, _SMALLEST_NORMAL, _is_negative, _is_power_of_two

if getattr(sys, 'implementation', None) is not None and \
        sys.implementation.name in ('cpython', 'pypy'):
    from tinynet.core.fastdigits import _dragon4_fast, _shortest_text
    _dragon4 = _dragon4_fast
else:
    from tinynet.core.dragon4 import _dragon4_exact as _dragon4
    _dragon4_fast = _shortest_text = None     # only the fast path uses them


def float_repr(x):
    """Return the shortest text that reads back as the float x, as repr(x) on CPython.

    >>> float_repr(0.1 + 0.2)
    '0.30000000000000004'
    >>> float_repr(1e16), float_repr(-0.0), float_repr(2.5e-05)
    ('1e+16', '-0.0', '2.5e-05')
    """
    if _dragon4 is _dragon4_fast:
        return _shortest_text(x)
    from tinynet.core.dragon4 import _float_repr_exact
    return _float_repr_exact(float(x))


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


def _non_finite_text(x, plus):
    """Write nan or inf as Dragon4 does: nan never has a sign, inf has '-' or '+' if asked."""
    if x != x:
        return 'nan'
    return ('-' if x < 0 else '+' if plus else '') + 'inf'


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
