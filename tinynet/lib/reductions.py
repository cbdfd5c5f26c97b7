"""Reductions: sum, mean, var, std, max, argmax, any, cumsum, round, nonzero.

Each reduces over one axis (``axis=0`` down the columns, ``axis=1`` along
the rows, ``None`` over everything), keeping the reduced axis with length 1
when ``keepdims=True``.  Float sums are added in NumPy's pairwise order, so
they match NumPy bit for bit:

    >>> from tinynet import sum, mean, argmax
    >>> sum([[1, 2], [3, 4]]), sum([[1, 2], [3, 4]], axis=0).tolist()
    (np.int64(10), [4, 6])
    >>> mean([[1.0, 2.0], [3.0, 5.0]], axis=1, keepdims=True).tolist()
    [[1.5], [4.0]]
    >>> argmax([[1, 9], [7, 2]], axis=1).tolist()
    [1, 0]
"""

from tinynet.core import nested
from tinynet.core.dtypes import BOOL, FLOAT64
from tinynet.core.ndarray import asarray

def nonzero(a):
    """Return a tuple of index arrays, one per axis, of the non-zero elements.

    >>> [i.tolist() for i in nonzero([[0, 1], [2, 0]])]
    [[0, 1], [1, 0]]
    """
    return asarray(a).nonzero()


def count_nonzero(a, axis=None):
    """Return the number of non-zero elements (over an axis).

    >>> count_nonzero([0, 1, 2, 0])
    2
    """
    total = asarray(a).astype(BOOL).sum(axis=axis)
    return int(total) if axis is None else total


# --------------------------------------------------------------------------
# Reductions
# --------------------------------------------------------------------------


def sum(a, axis=None, dtype=None, keepdims=False):  # noqa: A001 - NumPy's public name
    """Return the sum of the elements over an axis.

    >>> sum([[1, 2], [3, 4]]), sum([[1, 2], [3, 4]], axis=0).tolist()
    (np.int64(10), [4, 6])
    """
    return asarray(a).sum(axis=axis, dtype=dtype, keepdims=keepdims)


def prod(a, axis=None, keepdims=False):
    """Return the product of the elements over an axis.

    >>> prod([1, 2, 3, 4])
    np.int64(24)
    """
    return asarray(a).prod(axis=axis, keepdims=keepdims)


def mean(a, axis=None, dtype=None, keepdims=False):
    """Return the mean over an axis: sum / count.

    >>> mean([1, 2, 3, 4])
    np.float64(2.5)
    """
    return asarray(a).mean(axis=axis, keepdims=keepdims)


def var(a, axis=None, dtype=None, ddof=0, keepdims=False):
    """Return the variance over an axis: mean(|x - mean(x)|**2).

    >>> var([1, 2, 3, 4])
    np.float64(1.25)
    """
    return asarray(a).var(axis=axis, ddof=ddof, keepdims=keepdims)


def std(a, axis=None, dtype=None, ddof=0, keepdims=False):
    """Return the standard deviation over an axis: sqrt(var).

    >>> std([0, 2])
    np.float64(1.0)
    """
    return asarray(a).std(axis=axis, ddof=ddof, keepdims=keepdims)


def max(a, axis=None, keepdims=False):  # noqa: A001 - NumPy's public name
    """Return the largest element over an axis.

    >>> max([[1, 5], [7, 2]]), max([[1, 5], [7, 2]], axis=0).tolist()
    (np.int64(7), [7, 5])
    """
    return asarray(a).max(axis=axis, keepdims=keepdims)


def min(a, axis=None, keepdims=False):  # noqa: A001 - NumPy's public name
    """Return the smallest element over an axis.

    >>> min([[1, 5], [7, 2]], axis=1).tolist()
    [1, 2]
    """
    return asarray(a).min(axis=axis, keepdims=keepdims)


amax = max
amin = min


def argmax(a, axis=None, keepdims=False):
    """Return the index of the first largest element over an axis.

    >>> argmax([[1, 5], [7, 2]], axis=1).tolist()
    [1, 0]
    """
    return asarray(a).argmax(axis=axis, keepdims=keepdims)


def argmin(a, axis=None, keepdims=False):
    """Return the index of the first smallest element over an axis.

    >>> argmin([4, 1, 1])
    np.int64(1)
    """
    return asarray(a).argmin(axis=axis, keepdims=keepdims)


def any(a, axis=None, keepdims=False):  # noqa: A001 - NumPy's public name
    """Return whether any element over an axis is true.

    >>> any([0, 0, 1])
    np.True_
    """
    return asarray(a).any(axis=axis, keepdims=keepdims)


def all(a, axis=None, keepdims=False):  # noqa: A001 - NumPy's public name
    """Return whether every element over an axis is true.

    >>> all([1, 1, 0])
    np.False_
    """
    return asarray(a).all(axis=axis, keepdims=keepdims)


def cumsum(a, axis=None):
    """Return the running sums along an axis.

    >>> cumsum([1, 2, 3]).tolist()
    [1, 3, 6]
    """
    return asarray(a).cumsum(axis=axis)


def round(a, decimals=0):  # noqa: A001 - NumPy's public name
    """Round half to even to the given number of decimals: rint(a * 10**d) / 10**d.

    >>> round([0.5, 1.5, 2.5]).tolist(), round(2.675, 2)
    ([0.0, 2.0, 2.0], np.float64(2.68))
    """
    return asarray(a).round(decimals)


around = round


def median(a, axis=None, keepdims=False):
    """Return the median over an axis: the middle value, or the mean of the two middle values.

    >>> median([3, 1, 2]), median([[1.0, 4.0], [2.0, 8.0]], axis=0).tolist()
    (np.float64(2.0), [1.5, 6.0])
    """
    return asarray(a).astype(FLOAT64, copy=False)._reduce_rows(
        _median_of, axis, keepdims, FLOAT64, "median"
    )


def _median_of(values):
    if nested.has_nan(values):
        return nested.NAN
    ordered = sorted(values)
    n = len(ordered)
    if n % 2:
        return ordered[n // 2]
    return (ordered[n // 2 - 1] + ordered[n // 2]) / 2.0  # the mean of the two middle values, as NumPy
