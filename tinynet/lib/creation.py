"""Functions that make new arrays: zeros, ones, eye, arange, linspace, ...

They take the same arguments as NumPy's and give the same values:

    >>> from tinynet import zeros, arange, linspace
    >>> zeros((2, 3)).tolist()
    [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]]
    >>> arange(5).tolist(), arange(0.0, 1.0, 0.25).tolist()
    ([0, 1, 2, 3, 4], [0.0, 0.25, 0.5, 0.75])
    >>> linspace(0, 1, 5).tolist()
    [0.0, 0.25, 0.5, 0.75, 1.0]
"""

import math

from tinynet.core import dtypes
from tinynet.core import memory
from tinynet.core.dtypes import FLOAT64, INT64
from tinynet.core.ndarray import _as_shape, _size_of, asarray, ndarray


def _shape_arg(shape):
    """Turn an int or a sequence of ints into a shape tuple, as NumPy accepts."""
    if isinstance(shape, ndarray):
        shape = shape.tolist()
    shape = _as_shape(shape)
    for n in shape:
        if n < 0:
            raise ValueError("negative dimensions are not allowed")
    return shape


def full(shape, fill_value, dtype=None):
    """Return a new array of the given shape with every element fill_value.

    >>> full((2, 2), 7).tolist(), full(3, 0.5).dtype
    ([[7, 7], [7, 7]], dtype('float64'))
    """
    shape = _shape_arg(shape)
    value = asarray(fill_value)
    d = value._dtype if dtype is None else dtypes.as_dtype(dtype)
    memory.check_size(shape, d)
    if value._shape:
        result = ndarray._make([dtypes.converter(d)(0)] * _size_of(shape), shape, d)
        result[...] = value
        return result
    if dtype is None:
        return ndarray._make([value._values()[0]] * _size_of(shape), shape, d)
    return ndarray._make([dtypes.convert_scalar(fill_value, d)] * _size_of(shape), shape, d)


def zeros(shape, dtype=float):
    """Return a new array of zeros (float64 unless dtype says otherwise).

    >>> zeros(3).tolist(), zeros((1, 2), dtype=int).tolist()
    ([0.0, 0.0, 0.0], [[0, 0]])
    """
    return full(shape, 0, dtype=dtypes.as_dtype(dtype))


def ones(shape, dtype=float):
    """Return a new array of ones (float64 unless dtype says otherwise).

    >>> ones((2, 1)).tolist()
    [[1.0], [1.0]]
    """
    return full(shape, 1, dtype=dtypes.as_dtype(dtype))


def empty(shape, dtype=float):
    """Return a new array; NumPy leaves it uninitialised, tinynet fills it with zeros.

    >>> empty(2).shape
    (2,)
    """
    return zeros(shape, dtype)


def _like(a, dtype, shape):
    a = asarray(a)
    return (a._shape if shape is None else shape), (a._dtype if dtype is None else dtype)


def zeros_like(a, dtype=None, shape=None):
    """Return zeros with the shape and dtype of a.

    >>> zeros_like([[1, 2]]).tolist()
    [[0, 0]]
    """
    shape, dtype = _like(a, dtype, shape)
    return full(shape, 0, dtype=dtype)


def ones_like(a, dtype=None, shape=None):
    """Return ones with the shape and dtype of a.

    >>> ones_like([1.5, 2.5]).tolist()
    [1.0, 1.0]
    """
    shape, dtype = _like(a, dtype, shape)
    return full(shape, 1, dtype=dtype)


def full_like(a, fill_value, dtype=None, shape=None):
    """Return an array with the shape and dtype of a, filled with fill_value.

    >>> full_like([1, 2], 9).tolist()
    [9, 9]
    """
    shape, dtype = _like(a, dtype, shape)
    return full(shape, fill_value, dtype=dtype)


def empty_like(a, dtype=None, shape=None):
    """Return a new array like a (filled with zeros).

    >>> empty_like([1.0]).tolist()
    [0.0]
    """
    return zeros_like(a, dtype, shape)


def eye(N, M=None, k=0, dtype=float):
    """Return a 2-d array with ones on diagonal k and zeros elsewhere: I[i][j] = (j - i == k).

    >>> eye(3).tolist()
    [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]
    >>> eye(2, 3, k=1, dtype=int).tolist()
    [[0, 1, 0], [0, 0, 1]]
    """
    M = N if M is None else M
    shape = _shape_arg((N, M))
    d = dtypes.as_dtype(dtype)
    memory.check_size(shape, d)
    one, zero = dtypes.converter(d)(1), dtypes.converter(d)(0)
    values = [zero] * (N * M)
    for i in range(max(0, -k), min(N, M - k)):
        values[i * M + i + k] = one
    return ndarray._make(values, shape, d)


def identity(n, dtype=float):
    """Return the n x n identity matrix.

    >>> identity(2).tolist()
    [[1.0, 0.0], [0.0, 1.0]]
    """
    return eye(n, dtype=dtype)


def arange(start, stop=None, step=1, dtype=None):
    """Return evenly spaced values in [start, stop): start + i * step.

    The dtype is int64 when every argument is an int, else float64.

    >>> arange(3).tolist(), arange(1, 10, 3).tolist(), arange(5, 0, -2).tolist()
    ([0, 1, 2], [1, 4, 7], [5, 3, 1])
    >>> arange(0, 1, 0.3).tolist()
    [0.0, 0.3, 0.6, 0.8999999999999999]
    """
    if stop is None:
        start, stop = 0, start
    if step == 0:
        raise ZeroDivisionError("division by zero")
    values = [_plain_number(v) for v in (start, stop, step)]
    start, stop, step = values
    is_int = all(type(v) is int for v in values)
    d = dtypes.as_dtype(dtype) if dtype is not None else (INT64 if is_int else FLOAT64)
    if is_int:
        memory.check_size((len(range(start, stop, step)),), d)
        data = list(range(start, stop, step))
    else:
        start, stop, step = float(start), float(stop), float(step)
        length = math.ceil((stop - start) / step)
        if length != length or abs(length) == float("inf"):
            raise ValueError("arange: cannot compute length")
        n = max(int(length), 0)
        memory.check_size((n,), d)
        # NumPy computes the first two values and steps by their difference.
        delta = (start + step) - start
        data = [start + i * delta for i in range(n)]
        if n:
            data[0] = start
    return ndarray._make(dtypes.cast(data, INT64 if is_int else FLOAT64, d), (len(data),), d)


def _plain_number(v):
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float):
        return float(v)
    if hasattr(v, "item"):
        return _plain_number(v.item())
    raise TypeError("unsupported operand type for arange: %r" % (v,))


def linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None):
    """Return num evenly spaced numbers from start to stop: start + i * step.

    >>> linspace(2.0, 3.0, num=5).tolist()
    [2.0, 2.25, 2.5, 2.75, 3.0]
    >>> linspace(0, 1, 4, endpoint=False).tolist()
    [0.0, 0.25, 0.5, 0.75]
    """
    num = int(num)
    if num < 0:
        raise ValueError("Number of samples, %d, must be non-negative." % num)
    memory.check_size((num,), FLOAT64)
    start, stop = float(start), float(stop)
    div = (num - 1) if endpoint else num
    span = stop - start
    if div > 0:
        step = span / div
        if step == 0:
            data = [(i / div) * span + start for i in range(num)]
        else:
            data = [i * step + start for i in range(num)]
    else:
        step = float("nan")
        data = [i * span + start for i in range(num)]
    if endpoint and num > 1:
        data[-1] = stop
    d = FLOAT64 if dtype is None else dtypes.as_dtype(dtype)
    result = ndarray._make(dtypes.cast(data, FLOAT64, d), (num,), d)
    if retstep:
        return result, dtypes.scalar(step, FLOAT64)
    return result
