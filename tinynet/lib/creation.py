"""Functions that make new arrays filled with one value: zeros, ones, empty and full.

They take the same arguments as NumPy's and give the same values:

    >>> from tinynet import zeros, ones, full
    >>> zeros((2, 3)).tolist()
    [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]]
    >>> ones(2, dtype=int).tolist(), full(2, 0.5).tolist()
    ([1, 1], [0.5, 0.5])

The other creation functions load on first use: arange, linspace, logspace and geomspace
(``lib/ranges.py``), eye, identity, fromfunction and fromiter (``lib/builders.py``), and the
*_like forms (``lib/like.py``).
"""

from tinynet.core import dtypes
from tinynet.core import memory
from tinynet.core.ndarray import _as_shape, _size_of, asarray, check_device, ndarray


def _shape_arg(shape):
    """Turn an int or a sequence of ints into a shape tuple, as NumPy accepts."""
    if isinstance(shape, ndarray):
        shape = shape.tolist()
    shape = _as_shape(shape)
    for n in shape:
        if n < 0:
            raise ValueError("negative dimensions are not allowed")
    return shape


def _memory_order(order):
    """'C' or 'F' from a creation function's order argument (None is 'C'), with NumPy's errors."""
    if order is None:
        return "C"
    if not isinstance(order, str):
        raise TypeError("order must be str, not %s" % type(order).__name__)
    upper = order.upper()
    if upper in ("C", "F"):
        return upper
    if upper in ("A", "K"):
        raise ValueError("only 'C' or 'F' order is permitted")
    raise ValueError("order must be one of 'C', 'F', 'A', or 'K' (got %r)" % (order,))


def full(shape, fill_value, dtype=None, order="C", *, device=None):
    """Return a new array of the given shape with every element fill_value.

    ``order='F'`` lays the elements out column by column in memory (Fortran order): the values are
    the same, only ``strides`` and ``flags`` differ.

    >>> full((2, 2), 7).tolist(), full(3, 0.5).dtype
    ([[7, 7], [7, 7]], dtype('float64'))
    >>> full((2, 3), 1.0, order="F").strides
    (8, 16)
    """
    check_device(device)
    result = _filled(_shape_arg(shape), fill_value, dtype)
    if _memory_order(order) == "F" and result.ndim > 1:
        return result._copy_laid_out("F")
    return result


def _filled(shape, fill_value, dtype):
    """full in C order."""
    value = asarray(fill_value)
    d = value._dtype if dtype is None else dtypes.as_dtype(dtype)
    memory.check_size(shape, d)
    if value._shape:
        result = ndarray._make([dtypes.converter(d)(0)] * _size_of(shape), shape, d)
        result[...] = value
        return result
    if dtype is None:
        return ndarray._make([value._values()[0]] * _size_of(shape), shape, d)
    if isinstance(fill_value, int):  # a Python int must fit d (NumPy 2's rule: OverflowError else)
        return ndarray._make([dtypes.convert_scalar(fill_value, d)] * _size_of(shape), shape, d)
    # anything else is cast as astype casts (NumPy copies it in with casting='unsafe'): 1e300 -> int64 min
    return ndarray._make([value.astype(d)._values()[0]] * _size_of(shape), shape, d)


def zeros(shape, dtype=float, order="C", *, device=None):
    """Return a new array of zeros (float64 unless dtype says otherwise).

    >>> zeros(3).tolist(), zeros((1, 2), dtype=int).tolist()
    ([0.0, 0.0, 0.0], [[0, 0]])
    """
    check_device(device)
    return full(shape, 0, dtype=dtypes.as_dtype(dtype), order=order)


def ones(shape, dtype=float, order="C", *, device=None):
    """Return a new array of ones (float64 unless dtype says otherwise).

    >>> ones((2, 1)).tolist()
    [[1.0], [1.0]]
    """
    check_device(device)
    return full(shape, 1, dtype=dtypes.as_dtype(dtype), order=order)


def empty(shape, dtype=float, order="C", *, device=None):
    """Return a new array; NumPy leaves it uninitialised, tinynet fills it with zeros.

    >>> empty(2).shape
    (2,)
    """
    check_device(device)
    return zeros(shape, dtype, order)
