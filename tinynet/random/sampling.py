"""The array side of random sampling, shared by the legacy RandomState and the modern Generator.

Both generators turn NumPy-style arguments into flat Python lists, draw one
value per list entry, and lay the draws out as an array. This module does
the turning and the laying out; the bit generators and their algorithms live
in ``tinynet.mt19937``, ``tinynet.pcg64``, ``tinynet.bounded`` and
``tinynet.ziggurat``.

- A *size* is ``None`` (one Python scalar), an int or a tuple of ints:
  ``shape_of_size(3) == (3,)``.
- A *parameter* (``loc``, ``low``, ...) is a scalar or an array-like. It is
  held as ``(values, shape)``: its values flat in C (row-major) order, so
  ``[[1, 2], [3, 4]]`` is ``([1, 2, 3, 4], (2, 2))``. Parameters broadcast
  against each other and the size as NumPy's sampling loops broadcast them.
- Draws come back as a flat list and ``build`` lays them out in C order.

>>> from tinynet.core.dtypes import FLOAT64
>>> shape, (locs, scales) = broadcast_parameters((2, 2), [flatten([0.0, 10.0]), flatten(1.0)])
>>> shape, locs, scales
((2, 2), [0.0, 10.0, 0.0, 10.0], [1.0, 1.0, 1.0, 1.0])
>>> build([1.5, 2.5, 3.5, 4.5], shape, FLOAT64).tolist()
[[1.5, 2.5], [3.5, 4.5]]
"""

import math

from tinynet.core import dtypes as _dtypes
from tinynet.core import memory as _memory
from tinynet.core import nested as _nested
from tinynet.core.ndarray import ndarray as _ndarray
from tinynet.core.nested import format_shape

__all__ = [
    'index_or_none', 'as_dimension', 'shape_of_size',
    'flatten', 'flatten_as', 'array_dtype', 'array_values', 'build', 'permuted_values', 'shuffle_array',
    'draws',
    'is_scalar', 'scalar_value', 'is_negative', 'is_finite', 'check_non_negative',
    'broadcast_shapes', 'expand', 'broadcast_parameters',
    'INT_BOUNDS', 'integer_arguments', 'integer_dtype', 'bounds_message', 'check_bounds', 'closed_range',
]

# the range of each dtype the integer draws can produce
INT_BOUNDS = {'int64': (-0x8000000000000000, 0x7FFFFFFFFFFFFFFF), 'uint8': (0, 255), 'bool': (0, 1)}


# ---------------------------------------------------------------------------
# Integers, sizes and shapes
# ---------------------------------------------------------------------------

def index_or_none(value):
    """Return value as a Python int if it is an integer (bool, int or anything with __index__), else None.

    >>> index_or_none(True), index_or_none(7), index_or_none(7.0), index_or_none('7')
    (1, 7, None, None)
    """
    if isinstance(value, bool):   # before int: on MicroPython a bool is not an int
        return int(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, (float, str, bytes)):
        return None
    if hasattr(value, '__index__'):
        try:
            return value.__index__()
        except TypeError:
            return None
    return None


def as_dimension(value):
    """Return one dimension of a size (or an axis) as an int, with NumPy's TypeError for anything else.

    tinynet arrays are refused, even 0-d ones.

    >>> as_dimension(3)
    3
    >>> as_dimension(2.0)
    Traceback (most recent call last):
        ...
    TypeError: 'float' object cannot be interpreted as an integer
    """
    index = None if isinstance(value, _ndarray) else index_or_none(value)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return index


def shape_of_size(size):
    """Return a size as a shape tuple (None stays None), each dimension non-negative.

    >>> shape_of_size(3), shape_of_size((2, 3)), shape_of_size(None)
    ((3,), (2, 3), None)
    >>> shape_of_size(-1)
    Traceback (most recent call last):
        ...
    ValueError: negative dimensions are not allowed
    """
    if size is None:
        return None
    if isinstance(size, (tuple, list)):
        shape = tuple(as_dimension(dim) for dim in size)
    else:
        index = None if isinstance(size, _ndarray) else index_or_none(size)
        if index is None:
            raise TypeError("expected a sequence of integers or a single integer, got '%s'" % (size,))
        shape = (index,)
    for dim in shape:
        if dim < 0:
            raise ValueError('negative dimensions are not allowed')
    _memory.check_size(shape, _dtypes.FLOAT64)
    return shape


# ---------------------------------------------------------------------------
# Array-likes as flat lists, and flat lists as arrays
# ---------------------------------------------------------------------------

def flatten(x):
    """Return (flat values, shape) of a scalar, a nested list or an array.

    >>> flatten([[1, 2], [3, 4]]), flatten(5), flatten(range(3))
    (([1, 2, 3, 4], (2, 2)), ([5], ()), ([0, 1, 2], (3,)))
    """
    if isinstance(x, _ndarray):
        return list(x._values()), tuple(x._shape)
    if not isinstance(x, (list, tuple)) and hasattr(x, 'tolist'):
        x = x.tolist()   # a NumPy array or scalar
    if isinstance(x, range):
        x = list(x)      # choice(range(n * n), p): a range is a sequence of ints, as a list is
    if not isinstance(x, (list, tuple)):
        return [x], ()
    parts = [flatten(item) for item in x]
    if not parts:
        return [], (0,)
    inner = parts[0][1]
    for _, shape in parts:
        if shape != inner:
            raise ValueError('setting an array element with a sequence. The requested array '
                             'has an inhomogeneous shape after 1 dimensions.')
    shape = (len(parts),) + inner
    return [value for values, _ in parts for value in values], shape


def flatten_as(x, convert):
    """Return (flat values, shape) of an array-like as flatten does, each value passed through convert.

    >>> flatten_as([1, 2], float)
    ([1.0, 2.0], (2,))
    """
    values, shape = flatten(x)
    return [convert(value) for value in values], shape


def array_dtype(x, values):
    """Return the dtype NumPy gives an array-like: its own for an ndarray, else bool, int64 or float64 from values.

    >>> array_dtype([1, 2], [1, 2]), array_dtype([1, 2.5], [1, 2.5]), array_dtype([], [])
    (dtype('int64'), dtype('float64'), dtype('float64'))
    """
    if isinstance(x, _ndarray):
        return x._dtype
    kind = 'bool'
    for value in values:
        if isinstance(value, bool):
            continue
        if index_or_none(value) is not None:
            if kind == 'bool':
                kind = 'int64'
        elif isinstance(value, float) or hasattr(value, '__float__'):
            kind = 'float64'
        else:
            raise TypeError('tinynet arrays hold bool, int or float values, not %s' % type(value).__name__)
    if not values:
        kind = 'float64'
    return _dtypes.as_dtype(kind)


def array_values(x):
    """Return (flat values, shape, dtype) of an array-like, each value converted to the dtype's Python type.

    >>> array_values([[1, 2.5]])
    ([1.0, 2.5], (1, 2), dtype('float64'))
    """
    values, shape = flatten(x)
    dtype = array_dtype(x, values)
    convert = dtype.python_type
    return [convert(value) for value in values], shape, dtype


def build(values, shape, dtype):
    """Return an ndarray of shape holding the flat list values in C order.

    >>> build([1, 2, 3, 4, 5, 6], (2, 3), _dtypes.INT64).tolist()
    [[1, 2, 3], [4, 5, 6]]
    """
    return _ndarray._make(values, shape, dtype)


def permuted_values(values, shape, axis, order):
    """Return the C-order values of an array whose entries along axis are taken in order.

    new[..., i, ...] = old[..., order[i], ...]: with axis 0, order picks whole rows (blocks).

    >>> permuted_values([0, 1, 2, 3, 4, 5], (2, 3), 1, [2, 0, 1])
    [2, 0, 1, 5, 3, 4]
    >>> permuted_values([0, 1, 2, 3, 4, 5], (2, 3), 0, [1, 0])
    [3, 4, 5, 0, 1, 2]
    """
    if not values:
        return []
    n = shape[axis]
    inner = _nested.size_of(shape[axis + 1:])
    result = [None] * len(values)
    k = 0
    for base in range(0, len(values), n * inner):
        for i in order:
            start = base + i * inner
            result[k:k + inner] = values[start:start + inner]
            k += inner
    return result


def shuffle_array(shuffled_range, x, axis=0):
    """Shuffle an ndarray in place along axis by order = shuffled_range(shape[axis]).

    The order's draws are those a Fisher-Yates shuffle of shape[axis] items makes, so the array ends
    as NumPy's shuffle leaves it; views of x see the change.

    >>> from tinynet.core.ndarray import array
    >>> x = array([[1, 2], [3, 4], [5, 6]])
    >>> shuffle_array(lambda n: [2, 0, 1], x)
    >>> x.tolist()
    [[5, 6], [1, 2], [3, 4]]
    """
    shape = tuple(x._shape)
    if _nested.size_of(shape) == 0:
        return
    order = shuffled_range(shape[axis])
    x._assign(permuted_values(list(x._values()), shape, axis, order))


def draws(draw, count):
    """Return [draw() for _ in range(count)], with the list made at its full length before the first draw.

    On MicroPython the heap holds everything a draw leaves behind until it fills up, and a list that
    grows as it goes then needs a large free block among them: 1024 normal draws into a growing list
    needed 62 KB of heap on a 32-bit port, into a list made first 16 KB.

    >>> values = iter([3, 1, 2])
    >>> draws(lambda: next(values), 3)
    [3, 1, 2]
    """
    values = [0.0] * count
    for i in range(count):
        values[i] = draw()
    return values


# ---------------------------------------------------------------------------
# Parameters: scalars, signs, and broadcasting against each other and the size
# ---------------------------------------------------------------------------

def is_scalar(x):
    """Return True for a Python or NumPy scalar or a 0-d array: a parameter that needs no broadcasting.

    >>> is_scalar(2.0), is_scalar([2.0])
    (True, False)
    """
    if isinstance(x, _ndarray):
        return len(x._shape) == 0
    if isinstance(x, (list, tuple)):
        return False
    return len(getattr(x, 'shape', ())) == 0


def scalar_value(x):
    """Return the Python value of a scalar or a 0-d array.

    >>> from tinynet.core.ndarray import array
    >>> scalar_value(array(2.5)), scalar_value(3)
    (2.5, 3)
    """
    if isinstance(x, _ndarray):
        return x._values()[0]
    if hasattr(x, 'item') and not isinstance(x, (bool, int, float)):
        return x.item()
    return x


def is_negative(value):
    """Return True if the sign bit of value is set (-0.0 counts, as NumPy's signbit checks).

    >>> is_negative(-0.0), is_negative(0.0)
    (True, False)
    """
    return value < 0 or (value == 0 and math.copysign(1.0, value) < 0)


def is_finite(value):
    """Return True unless value is inf, -inf or nan: value - value == 0.

    >>> is_finite(1e308), is_finite(float('inf'))
    (True, False)
    """
    return value - value == 0.0


def check_non_negative(values, name):
    """Raise NumPy's ValueError 'name < 0' if any value has its sign bit set.

    >>> check_non_negative([1.0, -0.0], 'scale')
    Traceback (most recent call last):
        ...
    ValueError: scale < 0
    """
    for value in values:
        if is_negative(value):
            raise ValueError('%s < 0' % name)


def broadcast_shapes(shapes):
    """Return the broadcast shape of several shapes, with the shape-mismatch error of NumPy's samplers.

    >>> broadcast_shapes([(2, 1), (3,)])
    (2, 3)
    >>> broadcast_shapes([(2,), (3,)])
    Traceback (most recent call last):
        ...
    ValueError: shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (2,) and arg 1 with shape (3,).
    """
    ndim = 0
    for shape in shapes:
        if len(shape) > ndim:
            ndim = len(shape)
    result = []
    for axis in range(ndim):
        dim = 1
        owner = 0
        for arg in range(len(shapes)):
            shape = shapes[arg]
            offset = axis - (ndim - len(shape))
            if offset < 0 or shape[offset] == 1:
                continue
            if dim == 1:
                dim = shape[offset]
                owner = arg
            elif shape[offset] != dim:
                raise ValueError(
                    'shape mismatch: objects cannot be broadcast to a single shape.  Mismatch '
                    'is between arg %d with shape %s and arg %d with shape %s.'
                    % (owner, format_shape(shapes[owner]), arg, format_shape(shape)))
        result.append(dim)
    return tuple(result)


def expand(values, shape, out_shape):
    """Return the flat values of an array of shape broadcast to out_shape, in C order.

    An axis of length 1 (or a missing leading axis) repeats: its stride is 0.

    >>> expand([1, 2], (2, 1), (2, 3))
    [1, 1, 1, 2, 2, 2]
    >>> expand([1, 2], (2,), (2, 1, 2))
    [1, 2, 1, 2]
    """
    shape = tuple(shape)
    out_shape = tuple(out_shape)
    if shape == out_shape:
        return values
    count = _nested.size_of(out_shape)
    if len(values) == 1:
        return values * count
    if count == 0:
        return []
    ndim = len(out_shape)
    padded = (1,) * (ndim - len(shape)) + shape
    # the stride of each output axis in the input: 0 where the input repeats
    strides = [0] * ndim
    step = 1
    for axis in range(ndim - 1, -1, -1):
        if padded[axis] != 1:
            strides[axis] = step
        step *= padded[axis]
    # rows of the last axis, read with its stride; the outer axes walk by an odometer
    last = out_shape[-1]
    last_stride = strides[-1]
    index = [0] * (ndim - 1)
    result = []
    base = 0
    for _ in range(count // last):
        if last_stride:
            result.extend(values[base:base + last])
        else:
            result.extend([values[base]] * last)
        axis = ndim - 2
        while axis >= 0:
            index[axis] += 1
            base += strides[axis]
            if index[axis] < out_shape[axis]:
                break
            base -= strides[axis] * out_shape[axis]
            index[axis] = 0
            axis -= 1
    return result


def broadcast_parameters(shape, params, size_first=True, convert=None):
    """Return (out_shape, one flat list per parameter) for parameters given as (values, shape) pairs.

    Without a shape (size None) the output has the parameters' broadcast
    shape. With one, the output array takes part in the broadcast: as
    argument 0 when size_first (NumPy's continuous distributions and legacy
    randint), and then the result must have exactly that shape; or as the
    last argument (Generator.integers), and then the first shape-many
    broadcast values are used. Each value goes through convert, if given,
    before it is broadcast.

    >>> broadcast_parameters(None, [([1.0, 2.0], (2,)), ([0.5], ())])
    ((2,), [[1.0, 2.0], [0.5, 0.5]])
    >>> broadcast_parameters((3,), [([1.0, 2.0], (2,))])
    Traceback (most recent call last):
        ...
    ValueError: shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (3,) and arg 1 with shape (2,).
    """
    shapes = [param_shape for _, param_shape in params]
    if shape is None:
        full_shape = out_shape = broadcast_shapes(shapes)
    elif size_first:
        full_shape = broadcast_shapes([shape] + shapes)
        if full_shape != shape:
            raise ValueError('Output size %s is not compatible with broadcast dimensions of inputs %s.'
                             % (format_shape(shape), format_shape(full_shape)))
        out_shape = shape
    else:
        full_shape = broadcast_shapes(shapes + [shape])
        out_shape = shape
    _memory.check_size(full_shape, _dtypes.FLOAT64)
    count = _nested.size_of(out_shape)
    columns = []
    for values, param_shape in params:
        if convert is not None:
            values = [convert(value) for value in values]
        column = expand(values, param_shape, full_shape)
        columns.append(column if len(column) == count else column[:count])
    return out_shape, columns


# ---------------------------------------------------------------------------
# Bounded integer draws: the dtype and the range checks
# ---------------------------------------------------------------------------

def integer_arguments(low, high, size, dtype, method):
    """Return (low, high, dtype, shape) of a bounded integer draw: high None means the range [0, low).

    method names the caller in the dtype error.

    >>> integer_arguments(10, None, 3, int, 'integers')
    (0, 10, dtype('int64'), (3,))
    """
    if high is None:
        high = low
        low = 0
    return low, high, integer_dtype(dtype, method), shape_of_size(size)


def integer_dtype(dtype, method):
    """Return the tinynet dtype that integer draws give for dtype, or raise NumPy's TypeError naming method.

    >>> integer_dtype(int, 'integers'), integer_dtype('uint8', 'randint')
    (dtype('int64'), dtype('uint8'))
    >>> integer_dtype(float, 'randint')
    Traceback (most recent call last):
        ...
    TypeError: Unsupported dtype dtype('float64') for randint
    """
    if dtype is int:
        return _dtypes.INT64
    if dtype is bool:
        return _dtypes.BOOL
    kind = _dtypes.as_dtype(dtype)
    if kind.name not in INT_BOUNDS:
        raise TypeError('Unsupported dtype %r for %s' % (kind, method))
    return kind


def bounds_message(lows, closed=False):
    """Return NumPy's message for a low above high: it names high alone when every low is 0.

    >>> bounds_message([0]), bounds_message([0, 1]), bounds_message([0], closed=True)
    ('high <= 0', 'low >= high', 'high < 0')
    """
    all_zero = True
    for low in lows:
        if low != 0:
            all_zero = False
    if closed:
        return 'high < 0' if all_zero else 'low > high'
    return 'high <= 0' if all_zero else 'low >= high'


def check_bounds(low, high, name, closed=False):
    """Check low and the closed high against dtype name's range, and low <= high, with NumPy's messages.

    closed says whether the caller's own high was inclusive, which only changes the wording.

    >>> check_bounds(0, 255, 'uint8')
    >>> check_bounds(0, 256, 'uint8')
    Traceback (most recent call last):
        ...
    ValueError: high is out of bounds for uint8
    """
    smallest, largest = INT_BOUNDS[name]
    if low < smallest:
        raise ValueError('low is out of bounds for %s' % name)
    if high > largest:
        raise ValueError('high is out of bounds for %s' % name)
    if low > high:
        raise ValueError(bounds_message([low], closed))


def closed_range(low, high, dtype, endpoint=False):
    """Return scalar bounds as the closed interval [low, high] of ints, checked against dtype.

    high is excluded unless endpoint: [low, high) is [low, high - 1].

    >>> closed_range(1, 7, _dtypes.INT64), closed_range(1, 7, _dtypes.INT64, endpoint=True)
    ((1, 6), (1, 7))
    >>> closed_range(5, 3, _dtypes.INT64)
    Traceback (most recent call last):
        ...
    ValueError: low >= high
    """
    low = int(scalar_value(low))
    high = int(scalar_value(high)) - (0 if endpoint else 1)
    check_bounds(low, high, dtype.name, endpoint)
    return low, high
