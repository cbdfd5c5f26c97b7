"""Sorting and counting: sort, argsort, unique, bincount.

NumPy sorts nan after every number; so do we.  Sorts here are stable (equal
values keep their order), also on MicroPython, whose own sort is not.

    >>> from tinynet import sort, argsort, unique
    >>> sort([3.0, float("nan"), 1.0]).tolist(), argsort([3, 1, 2]).tolist(), unique([3, 1, 3]).tolist()
    ([1.0, 3.0, nan], [1, 2, 0], [1, 3])
"""

import builtins

from tinynet.core import nested
from tinynet.core.dtypes import INT64
from tinynet.core.ndarray import asarray, ndarray, normalize_axis

# --------------------------------------------------------------------------
# Sorting and searching
# --------------------------------------------------------------------------


def _sort_key(x):
    # NumPy sorts nan after every number; the index keeps equal values in order
    # (a stable sort, also on runtimes whose own sort is not stable).
    return (x != x, x)


def argsort(a, axis=-1):
    """Return the indices that would sort a along an axis (stable; nan last).

    >>> argsort([3, 1, 2]).tolist()
    [1, 2, 0]
    """
    a = asarray(a)
    if a.ndim == 0:
        return ndarray._wrap(0, (), INT64)
    axis = normalize_axis(axis, a.ndim)

    def order(values):
        return sorted(range(len(values)), key=lambda i: (_sort_key(values[i]), i))

    if a.ndim == 1:
        return ndarray._wrap(order(a._data), a._shape, INT64)
    if axis == 1:
        return ndarray._wrap([order(row) for row in a._data], a._shape, INT64)
    columns = [order(list(c)) for c in zip(*a._data)]
    return ndarray._wrap(nested.transpose(columns) if columns else [[] for _ in a._data], a._shape, INT64)


def sort(a, axis=-1):
    """Return a sorted copy of a along an axis (nan last).

    >>> sort([3.0, float("nan"), 1.0]).tolist()
    [1.0, 3.0, nan]
    """
    a = asarray(a)
    if a.ndim == 0:
        return a.copy()
    axis = normalize_axis(axis, a.ndim)

    def ordered(values):
        return sorted(values, key=_sort_key)

    if a.ndim == 1:
        return ndarray._wrap(ordered(a._data), a._shape, a._dtype)
    if axis == 1:
        return ndarray._wrap([ordered(row) for row in a._data], a._shape, a._dtype)
    columns = [ordered(list(c)) for c in zip(*a._data)]
    return ndarray._wrap(nested.transpose(columns) if columns else [[] for _ in a._data], a._shape, a._dtype)


def unique(a, return_counts=False):
    """Return the sorted distinct elements of a (and how often each occurs).

    >>> unique([3, 1, 3, 2]).tolist()
    [1, 2, 3]
    >>> [x.tolist() for x in unique([1, 1, 2], return_counts=True)]
    [[1, 2], [2, 1]]
    """
    a = asarray(a)
    values = sort(a.ravel())._data
    distinct, counts = [], []
    for v in values:
        if distinct and (v == distinct[-1] or (v != v and distinct[-1] != distinct[-1])):
            counts[-1] += 1
        else:
            distinct.append(v)
            counts.append(1)
    result = ndarray._wrap(distinct, (len(distinct),), a._dtype)
    if return_counts:
        return result, ndarray._wrap(counts, (len(counts),), INT64)
    return result


def bincount(x, minlength=0):
    """Return how often each non-negative integer occurs in x.

    >>> bincount([0, 1, 1, 3]).tolist()
    [1, 2, 0, 1]
    """
    x = asarray(x)
    if x.ndim != 1 or x._dtype.kind not in "iub":
        raise ValueError("object too deep for desired array" if x.ndim > 1 else "bincount needs a 1-d int array")
    counts = [0] * builtins.max([minlength] + [v + 1 for v in x._data])
    for v in x._data:
        if v < 0:
            raise ValueError("'list' argument must have no negative elements")
        counts[v] += 1
    return ndarray._wrap(counts, (len(counts),), INT64)
