"""Sorting, searching and counting: sort, argsort, partition, searchsorted, lexsort, bincount.

(unique lives with the set operations, in setops.py.)

NumPy sorts nan after every number, and complex numbers by real part, then imaginary part (nan
parts last); so do we.  Every sort is stable (equal values keep their order), whatever ``kind``
says and on MicroPython too: ``tinynet/core/sorting.py`` holds the algorithms on flat lists.

    >>> from tinynet import sort, argsort, unique, searchsorted
    >>> sort([3.0, float("nan"), 1.0]).tolist(), argsort([3, 1, 2]).tolist(), unique([3, 1, 3]).tolist()
    ([1.0, 3.0, nan], [1, 2, 0], [1, 3])
    >>> searchsorted([1, 2, 2, 5], [2, 3]).tolist()
    [1, 3]
"""

import builtins

from tinynet.core import dtypes
from tinynet.core import sorting as _core
from tinynet.core.dtypes import COMPLEX64, COMPLEX128, FLOAT64, INT64
from tinynet.core.errors import warn
from tinynet.core.ndarray import asarray, ndarray, normalize_axis

# --------------------------------------------------------------------------
# Sorting
# --------------------------------------------------------------------------


def sort(a, axis=-1, kind=None, order=None, *, stable=None, descending=False):
    """Return a sorted copy of a along an axis (None: the flattened array).

    Ascending, nan last, complex by (real, imag); stable for every kind (NumPy's
    default 'quicksort' is not, so equal values that differ, -0.0 and 0.0, may come out in
    another order there).  ``descending=True`` (the Array API's keyword; NumPy has none) gives
    the reverse order, nan first, equal values still in their original order.

    >>> sort([3.0, float("nan"), 1.0]).tolist(), sort([[3, 1], [2, 0]], axis=None).tolist()
    ([1.0, 3.0, nan], [0, 1, 2, 3])
    >>> sort([[3, 1], [2, 0]], axis=0).tolist(), sort([1, 3, 2], descending=True).tolist()
    ([[2, 0], [3, 1]], [3, 2, 1])
    """
    a = asarray(a)
    if not descending:
        return _core.sort_array(a, axis, kind, order, stable)
    return _take_sorted(a, argsort(a, axis, kind, order, stable=stable, descending=True), axis)


def argsort(a, axis=-1, kind=None, order=None, *, stable=None, descending=False):
    """Return the indices that sort a along an axis: a[argsort(a)] == sort(a) (1-d).

    Stable for every kind: equal values keep their order, as NumPy's kind='stable'.  With
    ``descending=True`` (the Array API's keyword), the indices of the descending order, equal
    values still in their original order: the reversed stable sort of the reversed array,
    index i of the reversed array being n - 1 - i of a.

    >>> argsort([3, 1, 2]).tolist(), argsort([[3, 1], [0, 2]], axis=0).tolist()
    ([1, 2, 0], [[1, 0], [0, 1]])
    >>> argsort([2, 5, 2, 7], descending=True).tolist()
    [3, 1, 0, 2]
    """
    a = asarray(a)
    if not descending:
        return _core.argsort_array(a, axis, kind, order, stable)
    from tinynet.lib.shaping import flip  # noqa: PLC0415 - shaping imports nothing from here

    if axis is None:
        a, axis = a.reshape(-1), 0
    axis = normalize_axis(axis, a.ndim)
    n = a._shape[axis]
    reversed_order = _core.argsort_array(flip(a, axis), axis, kind, order, stable)
    return flip((n - 1) - reversed_order, axis)


def _take_sorted(a, indices, axis):
    from tinynet.lib.selection import take_along_axis  # noqa: PLC0415 - loaded on first use

    if axis is None:
        return take_along_axis(a.reshape(-1), indices, 0)
    return take_along_axis(a, indices, axis)


def sort_complex(a):
    """Return a sorted by real part, then imaginary part, as complex numbers.

    int8, uint8, int16 and uint16 give complex64; other real dtypes complex128.

    >>> sort_complex([5, 3, 6, 2, 1]).tolist()
    [(1+0j), (2+0j), (3+0j), (5+0j), (6+0j)]
    """
    result = sort(a)
    d = result._dtype
    if d.kind != "c":
        result = result.astype(COMPLEX64 if d.char in "bhBH" else COMPLEX128)
    return result


def lexsort(keys, axis=-1):
    """Return the indices that sort by the last key, ties broken by the key before it, and so on.

    ``keys`` is a sequence of arrays of one shape (or a 2-d array, one key per row); the sort
    along ``axis`` is stable.

    >>> surnames = [2, 1, 2, 1]
    >>> first_names = [0, 9, 1, 3]
    >>> lexsort((first_names, surnames)).tolist()
    [3, 1, 0, 2]
    """
    keys = _key_arrays(keys)
    shape = keys[0]._shape
    for key in keys:
        if key._shape != shape:
            raise ValueError("all keys need to be the same shape")
    if axis is None:
        raise TypeError("'NoneType' object cannot be interpreted as an integer")
    if not shape:
        return dtypes.scalar(0, INT64)
    axis = normalize_axis(axis, len(shape))
    columns = [key.swapaxes(axis, -1)._values() for key in keys]
    n = shape[axis]
    out = []
    for start in range(0, len(columns[0]), n) if n else ():
        out.extend(_core.lex_order([c[start:start + n] for c in columns]))
    moved = keys[0].swapaxes(axis, -1)._shape
    return ndarray._make(out, moved, INT64).swapaxes(axis, -1).copy()


def _key_arrays(keys):
    if isinstance(keys, ndarray) and keys.ndim == 0 or isinstance(keys, (int, float, complex)):
        raise TypeError("need sequence of keys with len > 0 in lexsort")
    if isinstance(keys, ndarray):
        keys = [keys[i] for i in range(len(keys))]
    keys = [asarray(k) for k in keys]
    if not keys:
        raise TypeError("need sequence of keys with len > 0 in lexsort")
    return keys


# --------------------------------------------------------------------------
# Partial sorting
# --------------------------------------------------------------------------


def partition(a, kth, axis=-1, kind="introselect", order=None):
    """Return a copy of a whose kth element (along axis) is where a sort puts it.

    Every element before it is <= it and every element after is >= it (for each k in kth).
    NumPy leaves the order within the two sides open; here both sides are sorted.

    >>> partition([3, 4, 2, 1], 2).tolist()
    [1, 2, 3, 4]
    """
    return _core.partition_array(asarray(a), kth, axis, kind, order)


def argpartition(a, kth, axis=-1, kind="introselect", order=None):
    """Return the indices that partition a along axis: a[argpartition(a, k)] is partition(a, k).

    >>> argpartition([3, 4, 2, 1], 1).tolist()
    [3, 2, 0, 1]
    """
    return _core.partition_array(asarray(a), kth, axis, kind, order, arg=True)


# --------------------------------------------------------------------------
# Searching
# --------------------------------------------------------------------------


def searchsorted(a, v, side="left", sorter=None):
    """Return the indices at which inserting v into the sorted 1-d a keeps it sorted.

    side='left': the first i with a[i-1] < v <= a[i]; side='right': a[i-1] <= v < a[i].
    With sorter, a[sorter] is the sorted array.  Found by binary search: log n each.

    >>> searchsorted([1, 2, 3, 4, 5], 3), searchsorted([1, 2, 3, 4, 5], 3, side="right")
    (np.int64(2), np.int64(3))
    >>> searchsorted([3, 1, 2], [2.5, 0], sorter=[1, 2, 0]).tolist()
    [2, 0]
    """
    return _core.searchsorted_array(asarray(a), v, side, sorter)


# --------------------------------------------------------------------------
# Counting
# --------------------------------------------------------------------------


def bincount(x, weights=None, minlength=0):
    """Return how often each non-negative integer occurs in x: out[k] = count of x == k.

    With weights, out[k] = sum of weights[i] over the i with x[i] == k (float64).  The result
    has max(max(x) + 1, minlength) entries.

    >>> bincount([0, 1, 1, 3]).tolist(), bincount([0, 1, 1], weights=[0.5, 1.0, 2.0]).tolist()
    ([1, 2, 0, 1], [0.5, 3.0])
    """
    values = _bincount_input(x)
    if minlength is None:
        raise TypeError("use 0 instead of None for minlength")
    minlength = _core_index(minlength)
    if minlength < 0:
        raise ValueError("'minlength' must not be negative")
    for v in values:
        if v < 0:
            raise ValueError("'list' argument must have no negative elements")
    size = builtins.max([minlength] + [v + 1 for v in values])
    if weights is None or not values:  # NumPy counts (int64) when x is empty, weights or not
        counts = [0] * size
        for v in values:
            counts[v] += 1
        return ndarray._make(counts, (size,), INT64)
    w = asarray(weights)
    if w._dtype.kind == "c":
        raise TypeError("float() argument must be a string or a real number, not 'complex'")
    if w.size != len(values):
        raise ValueError("The weights and list don't have the same length.")
    sums = [0.0] * size
    for v, weight in zip(values, w.astype(FLOAT64).ravel()._values()):
        sums[v] += weight
    return ndarray._make(sums, (size,), FLOAT64)


def _bincount_input(x):
    x = asarray(x)
    if x.ndim != 1:
        if x.ndim == 0:
            raise ValueError("object of too small depth for desired array")
        raise ValueError("setting an array element with a sequence. The requested array would exceed "
                         "the maximum number of dimension of 1.")
    if x._dtype.kind == "f":
        warn("Non-integer input passed to bincount. In a future version of NumPy, this will be an error. "
             "(Deprecated NumPy 2.1)", DeprecationWarning)
        return [int(v) for v in x._values()]
    if x._dtype.kind not in "iub":
        raise TypeError("Cannot cast array data from dtype('%s') to dtype('int64') according to the rule "
                        "'safe'" % x._dtype.name)
    return [int(v) for v in x._values()]


def _core_index(n):
    if isinstance(n, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return int(n.__index__()) if hasattr(n, "__index__") else int(n)
