"""The floats of one array written alike, as NumPy's FloatingFormat: one notation, shared widths.

The floats of one array share one notation. It is fixed-point unless, among the
finite nonzero magnitudes, the largest is at least 1e8 (1e6 for float32, 1e3
for float16), or the smallest is below 1e-4, or the largest is over 1000 times
the smallest (both tests in the array's own precision); then every value is
written in scientific notation with as many digits as the longest needs
(``suppress=True`` keeps only the first test, and rounds tiny values to 0.).

>>> from tinynet.core.printing import _options
>>> _FloatFormat([1.0, -0.5, 1e-05], _FLOAT64, _options).format_all()
[' 1.e+00', '-5.e-01', ' 1.e-05']
"""

from tinynet.core.binaryformats import _FLOAT64, _is_negative, _round_to  # noqa: F401 - _FLOAT64 for the doctest
from tinynet.core.floatparts import _exponent_text, _positional_parts, _scientific_parts, _sign_of


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
