"""numpy.format_float_positional and numpy.format_float_scientific.

These follow NumPy's functions of the same names for any float format, from
the digits exactly as Dragon4 generates them: with trim='k' a zero that the
cutoff left at the end stays ('1.0' for 1.04 at precision 1).
"""

from tinynet.core.binaryformats import _FLOAT64
from tinynet.core.dragon4 import _dragon4_digits
from tinynet.core.floatparts import _exponent_text, _non_finite_text, _sign_of


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
