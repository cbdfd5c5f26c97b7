"""Arrays built by a rule: eye and identity (ones on a diagonal), fromfunction (a function of the
indices) and fromiter (the items of an iterable).  Loaded on first use.

    >>> from tinynet import eye, fromfunction
    >>> eye(2, 3, k=1, dtype=int).tolist()
    [[0, 1, 0], [0, 0, 1]]
    >>> fromfunction(lambda i, j: i + j, (2, 2), dtype=int).tolist()
    [[0, 1], [1, 2]]
"""

from tinynet.core import dtypes
from tinynet.core import memory
from tinynet.core.dtypes import INT64
from tinynet.core.ndarray import _size_of, check_device, ndarray
from tinynet.lib.creation import _shape_arg


def eye(N, M=None, k=0, dtype=float, *, device=None):
    """Return a 2-d array with ones on diagonal k and zeros elsewhere: I[i][j] = (j - i == k).

    >>> eye(3).tolist()
    [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]
    >>> eye(2, 3, k=1, dtype=int).tolist()
    [[0, 1, 0], [0, 0, 1]]
    """
    check_device(device)
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


# ---------------------------------------------------------------------------------------------------------
# arrays from Python code: fromfunction, fromiter
# ---------------------------------------------------------------------------------------------------------


def _index_grids(shape, d):
    """The arrays of indices NumPy's ``indices(shape)`` gives: grid k holds i_k at [i_0, i_1, ...]."""
    if d.kind == "b" and any(n > 2 for n in shape):
        raise TypeError("arange() is only supported for booleans when the result has at most length 2.")
    grids = []
    size = _size_of(shape)
    for k, n in enumerate(shape):
        inner = _size_of(shape[k + 1:])  # how long each index value repeats
        flat = [(j // inner) % n for j in range(size)] if size else []
        grids.append(ndarray._make(dtypes.cast(flat, INT64, d), shape, d))
    return grids


def fromfunction(function, shape, dtype=float, like=None, **kwargs):
    """Call ``function(i_0, i_1, ...)`` once with index arrays: ``result[i, j] = function(i, j)``.

    Each argument is an array of ``shape`` (of ``dtype``) holding the index along one axis, so the
    function is called once, on whole arrays, not once per element. Its result is returned as is.

    >>> fromfunction(lambda i, j: i * 10 + j, (2, 3), dtype=int).tolist()
    [[0, 1, 2], [10, 11, 12]]
    >>> fromfunction(lambda i, j: i == j, (2, 2)).tolist()
    [[True, False], [False, True]]
    """
    shape = _shape_arg(shape) if not isinstance(shape, int) else None
    if shape is None:
        raise TypeError("'int' object is not iterable")
    return function(*_index_grids(shape, dtypes.as_dtype(dtype)), **kwargs)


def fromiter(iter, dtype, count=-1, like=None):  # noqa: A002 - NumPy's parameter name
    """Return a 1-d array of the values an iterable yields (the first ``count`` of them, if count >= 0).

    Each value is converted to dtype as assigning it to an element would convert it (floats to ints
    truncate toward zero; an int out of the dtype's range raises OverflowError).

    >>> fromiter((x * x for x in range(5)), dtype="int32")
    array([ 0,  1,  4,  9, 16], dtype=int32)
    >>> fromiter(range(3), dtype=float, count=5)
    Traceback (most recent call last):
      ...
    ValueError: iterator too short: Expected 5 but iterator had only 3 items.
    """
    from tinynet.core.ndarray import array

    d = dtypes.as_dtype(float if dtype is None else dtype)
    count = int(count)
    values = []
    if count != 0:
        for x in iter:
            if isinstance(x, (list, tuple)) or (isinstance(x, ndarray) and x.ndim):
                raise TypeError("fromiter needs numbers: %s() argument must be a real number, not %r"
                                % (d.python_type.__name__, type(x).__name__))
            values.append(x)
            if len(values) == count:
                break
    if count > 0 and len(values) < count:
        raise ValueError("iterator too short: Expected %d but iterator had only %d items." % (count, len(values)))
    memory.check_size((len(values),), d)
    return array(values, dtype=d).reshape(len(values))
