"""Complex values as NumPy prints them: real and imaginary parts formatted apart, then joined.

An array's real parts and imaginary parts each share one float format; the
imaginary parts always carry a sign. A complex scalar is written like Python's
complex: '(1+2j)', or '2j' when the real part is +0.

>>> _complex_scalar_text(1 - 2j, _FLOAT64), _complex_scalar_text(0.5j, _FLOAT64)
('(1-2j)', '0.5j')
"""

from tinynet.core.binaryformats import _FLOAT64, _is_negative  # noqa: F401 - _FLOAT64 for the doctest
from tinynet.core.floatformat import _FloatFormat
from tinynet.core.floatparts import _float_scalar_text


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
