"""Reductions: sum, mean, var, std, max, argmax, any, cumsum, round, nonzero (median: lib/statistics.py).

Each reduces over the given axes (an int, a tuple, or ``None`` for all of
them), keeping the reduced axes with length 1 when ``keepdims=True``.  Float
sums are added in NumPy's order, so they match NumPy bit for bit:

    >>> from tinynet import sum, mean, argmax
    >>> sum([[1, 2], [3, 4]]), sum([[1, 2], [3, 4]], axis=0).tolist()
    (np.int64(10), [4, 6])
    >>> mean([[1.0, 2.0], [3.0, 5.0]], axis=1, keepdims=True).tolist()
    [[1.5], [4.0]]
    >>> argmax([[1, 9], [7, 2]], axis=1).tolist()
    [1, 0]
"""

from tinynet.core import reductions as _core
from tinynet.core.dtypes import BOOL, INT64
from tinynet.core.ndarray import asarray

def nonzero(a):
    """Return a tuple of index arrays, one per axis, of the non-zero elements.

    >>> [i.tolist() for i in nonzero([[0, 1], [2, 0]])]
    [[0, 1], [1, 0]]
    """
    return asarray(a).nonzero()


def count_nonzero(a, axis=None, keepdims=False):
    """Return the number of non-zero elements (over the given axes).

    >>> count_nonzero([0, 1, 2, 0]), count_nonzero([[0, 1], [2, 3]], axis=0).tolist()
    (np.int64(2), [1, 2])
    """
    return asarray(a).astype(BOOL).sum(axis=axis, dtype=INT64, keepdims=keepdims)


# --------------------------------------------------------------------------
# Reductions: each is the array method of the same name
# --------------------------------------------------------------------------


def sum(a, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=True):  # noqa: A001
    """Return the sum of the elements over the given axes.

    >>> sum([[1, 2], [3, 4]]), sum([[1, 2], [3, 4]], axis=0).tolist()
    (np.int64(10), [4, 6])
    """
    return _core.sum(a, axis, dtype, out, keepdims, initial, where)


def prod(a, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=True):
    """Return the product of the elements over the given axes.

    >>> prod([1, 2, 3, 4])
    np.int64(24)
    """
    return _core.prod(a, axis, dtype, out, keepdims, initial, where)


def mean(a, axis=None, dtype=None, out=None, keepdims=False, where=True):
    """Return the mean over the given axes: sum / count.

    >>> mean([1, 2, 3, 4])
    np.float64(2.5)
    """
    return _core.mean(a, axis, dtype, out, keepdims, where)


def var(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, where=True, mean=None, correction=None):
    """Return the variance over the given axes: mean(|x - mean(x)|**2).

    >>> var([1, 2, 3, 4])
    np.float64(1.25)
    """
    return _core.var(a, axis, dtype, out, ddof, keepdims, where, correction)


def std(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, where=True, mean=None, correction=None):
    """Return the standard deviation over the given axes: sqrt(var).

    >>> std([0, 2])
    np.float64(1.0)
    """
    return _core.std(a, axis, dtype, out, ddof, keepdims, where, correction)


def max(a, axis=None, out=None, keepdims=False, initial=None, where=True):  # noqa: A001
    """Return the largest element over the given axes.

    >>> max([[1, 5], [7, 2]]), max([[1, 5], [7, 2]], axis=0).tolist()
    (np.int64(7), [7, 5])
    """
    return _core.extreme("maximum", a, axis, out, keepdims, initial, where)


def min(a, axis=None, out=None, keepdims=False, initial=None, where=True):  # noqa: A001
    """Return the smallest element over the given axes.

    >>> min([[1, 5], [7, 2]], axis=1).tolist()
    [1, 2]
    """
    return _core.extreme("minimum", a, axis, out, keepdims, initial, where)


amax = max
amin = min


def argmax(a, axis=None, out=None, keepdims=False):
    """Return the index of the first largest element along an axis.

    >>> argmax([[1, 5], [7, 2]], axis=1).tolist()
    [1, 0]
    """
    return _core.arg("argmax", a, axis, out, keepdims)


def argmin(a, axis=None, out=None, keepdims=False):
    """Return the index of the first smallest element along an axis.

    >>> argmin([4, 1, 1])
    np.int64(1)
    """
    return _core.arg("argmin", a, axis, out, keepdims)


def any(a, axis=None, out=None, keepdims=False, where=True):  # noqa: A001
    """Return whether any element over the given axes is true.

    >>> any([0, 0, 1])
    np.True_
    """
    return _core.logical("any", a, axis, out, keepdims, where)


def all(a, axis=None, out=None, keepdims=False, where=True):  # noqa: A001
    """Return whether every element over the given axes is true.

    >>> all([1, 1, 0])
    np.False_
    """
    return _core.logical("all", a, axis, out, keepdims, where)


def cumsum(a, axis=None, dtype=None, out=None):
    """Return the running sums along an axis.

    >>> cumsum([1, 2, 3]).tolist()
    [1, 3, 6]
    """
    return _core.cumulative("add", a, axis, dtype, out)


def cumprod(a, axis=None, dtype=None, out=None):
    """Return the running products along an axis.

    >>> cumprod([1, 2, 3]).tolist()
    [1, 2, 6]
    """
    return _core.cumulative("multiply", a, axis, dtype, out)


def round(a, decimals=0, out=None):  # noqa: A001 - NumPy's public name
    """Round half to even to the given number of decimals: rint(a * 10**d) / 10**d.

    >>> round([0.5, 1.5, 2.5]).tolist(), round(2.675, 2)
    ([0.0, 2.0, 2.0], np.float64(2.68))
    """
    return asarray(a).round(decimals, out)


around = round
