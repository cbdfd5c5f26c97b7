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

The work is split so that a board loads only what it prints:

- core/arraytext.py lays out an array's body: element formats, brackets, wrapping, '...';
- core/floatformat.py chooses the shared notation and widths of an array's floats;
- core/floatparts.py writes one float as parts of text, with NumPy's digits, which come
  from core/fastdigits.py (repr and %-formatting, on CPython and PyPy) or from
  core/dragon4.py (exact, with Python integers, elsewhere);
- core/complexprint.py (complex values), core/printoptions.py (set_printoptions & co.) and
  core/formatfloat.py (format_float_positional, format_float_scientific) load on first use.
"""

from tinynet.core.arraytext import _INTEGER_NAMES, _array_to_string, _unknown_dtype
from tinynet.core.binaryformats import _COMPLEX_FORMATS, _FLOAT_FORMATS
from tinynet.core.floatparts import _float_scalar_text, float_repr  # noqa: F401 - float_repr is public here
from tinynet.core.shapes import size_of as _size

__all__ = ['array_str', 'array_repr', 'array2string', 'scalar_str', 'scalar_repr', 'float_repr',
           'format_float_positional', 'format_float_scientific',
           'set_printoptions', 'get_printoptions', 'printoptions']

_IMPLIED_DTYPES = ('float64', 'int64', 'bool', 'complex128')     # repr shows no dtype= for these

# The print options (NumPy's defaults); core/printoptions.py checks and changes them.
_options = {'precision': 8, 'threshold': 1000, 'edgeitems': 3, 'linewidth': 75, 'suppress': False,
            'nanstr': 'nan', 'infstr': 'inf', 'sign': '-', 'floatmode': 'maxprec'}

# Loaded on first use: the print options' setters and numpy.format_float_*.
_COLD = {'set_printoptions': 'printoptions', 'get_printoptions': 'printoptions',
         'printoptions': 'printoptions', 'format_float_positional': 'formatfloat',
         'format_float_scientific': 'formatfloat'}


def __getattr__(name):
    if name not in _COLD:
        raise AttributeError("module 'tinynet.core.printing' has no attribute %r" % name)
    module = __import__('tinynet.core.' + _COLD[name], None, None, [name])
    return getattr(module, name)


def _current_options(**overrides):
    """Return a copy of the print options with the overrides that are not None applied."""
    options = dict(_options)
    for value in overrides.values():
        if value is not None:                     # checked by the module that sets options
            from tinynet.core.printoptions import _checked_options
            options.update(_checked_options(**overrides))
            break
    return options


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
        from tinynet.core.complexprint import _complex_scalar_text
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
