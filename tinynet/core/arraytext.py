"""The bracketed body of an array's text (NumPy's _array2string): element formats, nesting, wrapping.

Every element is written by one format chosen for the dtype from the values
(floats share a notation and widths, integers are right-aligned, True is padded
to line up with False), then laid out along the axes in nested brackets, with
blank lines between blocks of higher axes and lines wrapped at the line width.

When an array has more than threshold elements, NumPy measures only its
corners (the first and last edgeitems along every axis) and shows those, with
'...' between them, along each axis longer than 2 * edgeitems.

>>> from tinynet.core.printing import _options
>>> print(_array_to_string([1, 2, 30, 4], (2, 2), 'int64', _options, 75, ' ', ''))
[[ 1  2]
 [30  4]]
"""

from tinynet.core.binaryformats import _COMPLEX_FORMATS, _FLOAT_FORMATS
from tinynet.core.floatformat import _FloatFormat
from tinynet.core.shapes import size_of as _size

_INTEGER_NAMES = ('int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64')


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
        from tinynet.core.complexprint import _ComplexFormat   # loaded on the first complex array
        return _ComplexFormat([complex(v) for v in values], _COMPLEX_FORMATS[dtype_name], options)
    if dtype_name in _INTEGER_NAMES:
        return _IntFormat([int(v) for v in values], options['sign'])
    raise _unknown_dtype(dtype_name)


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
