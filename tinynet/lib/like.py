"""Arrays shaped like another: zeros_like, ones_like, full_like and empty_like (loaded on first use).

Each takes the shape and dtype of ``a`` unless ``shape=`` or ``dtype=`` says otherwise, and fills a new
array as ``full`` does:

    >>> from tinynet import zeros_like, full_like
    >>> zeros_like([[1, 2]]).tolist(), full_like([1.5, 2.5], 7).tolist()
    ([[0, 0]], [7.0, 7.0])
"""

from tinynet.core.ndarray import asarray, check_device
from tinynet.lib.creation import full


def _like(a, dtype, shape):
    a = asarray(a)
    return (a._shape if shape is None else shape), (a._dtype if dtype is None else dtype)


def zeros_like(a, dtype=None, shape=None, *, device=None):
    """Return zeros with the shape and dtype of a.

    >>> zeros_like([[1, 2]]).tolist()
    [[0, 0]]
    """
    check_device(device)
    shape, dtype = _like(a, dtype, shape)
    return full(shape, 0, dtype=dtype)


def ones_like(a, dtype=None, shape=None, *, device=None):
    """Return ones with the shape and dtype of a.

    >>> ones_like([1.5, 2.5]).tolist()
    [1.0, 1.0]
    """
    check_device(device)
    shape, dtype = _like(a, dtype, shape)
    return full(shape, 1, dtype=dtype)


def full_like(a, fill_value, dtype=None, shape=None, *, device=None):
    """Return an array with the shape and dtype of a, filled with fill_value.

    >>> full_like([1, 2], 9).tolist()
    [9, 9]
    """
    check_device(device)
    shape, dtype = _like(a, dtype, shape)
    return full(shape, fill_value, dtype=dtype)


def empty_like(a, dtype=None, shape=None, *, device=None):
    """Return a new array like a (filled with zeros).

    >>> empty_like([1.0]).tolist()
    [0.0]
    """
    check_device(device)
    return zeros_like(a, dtype, shape)
