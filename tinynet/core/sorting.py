"""Sorting and searching on flat value lists, in NumPy's order, and along an axis of an array.

NumPy's order of values:

- numbers ascending; ``-0.0`` and ``0.0`` are equal (a stable sort keeps them in input order);
- every nan after every number (``[nan, 1.0, -inf]`` sorts to ``[-inf, 1.0, nan]``);
- complex numbers by real part, then imaginary part, in four groups: ``R + Rj``, then
  ``R + nanj`` (by real part), ``nan + Rj`` (by imaginary part), then ``nan + nanj``.

Every sort here is stable (equal values keep their input order): Python's ``list.sort``
(Timsort, n log n) is stable on CPython, PyPy and Pyodide; on MicroPython, whose sort is not,
the index joins the key.  So one algorithm serves all of NumPy's ``kind`` names.

    >>> order([3.0, float("nan"), 1.0, 3.0])
    [2, 0, 3, 1]
    >>> sorted_values([2, 0, 1]), search([1, 2, 2, 3], [2, 5], "right")
    ([0, 1, 2], [3, 4])

Nothing here imports above ``tinynet.core``, nor itertools, functools or bisect.
"""

import sys

from tinynet.core.errors import AxisError

_STABLE_SORT = sys.implementation.name != "micropython"

try:  # the C binary search of CPython and PyPy; MicroPython has none, and _bisect below serves
    from bisect import bisect_left as _c_bisect_left, bisect_right as _c_bisect_right
except ImportError:
    _c_bisect_left = _c_bisect_right = None


# --------------------------------------------------------------------------
# Keys: NumPy's total order as something Python's sort compares
# --------------------------------------------------------------------------


def complex_key(z):
    """Return a key ordering complex numbers as NumPy does: real part, imaginary part, nan parts last.

    >>> sorted([complex("nan+1j"), 2 + 0j, complex("1+nanj"), 1 + 5j], key=complex_key)
    [(1+5j), (2+0j), (1+nanj), (nan+1j)]
    """
    re_nan = z.real != z.real
    im_nan = z.imag != z.imag
    return (re_nan, im_nan, 0.0 if re_nan else z.real, 0.0 if im_nan else z.imag)


def float_key(x):
    """Return a key ordering floats with nan after everything (inf included).

    >>> sorted([float("nan"), float("inf"), -1.0], key=float_key)
    [-1.0, inf, nan]
    """
    if x != x:
        return (True, 0.0)
    return (False, x)


def _has_nan(values):
    for x in values:
        if x != x:
            return True
    return False


def keys_of(values):
    """Return values unchanged if Python's own < orders them as NumPy does, else a list of keys."""
    if not values:
        return values
    first = values[0]
    if type(first) is complex:
        return [complex_key(z) for z in values]
    if type(first) is float and _has_nan(values):
        return [float_key(x) for x in values]
    return values


# --------------------------------------------------------------------------
# Sorting one list
# --------------------------------------------------------------------------


def _sort_indices(indices, keys):
    """Sort a list of indices by keys[i], stably, in place."""
    if _STABLE_SORT:
        indices.sort(key=keys.__getitem__)
    else:
        indices.sort(key=lambda i: (keys[i], i))
    return indices


def order(values):
    """Return the indices that sort values stably, in NumPy's order (nan last).

    ``values[order(values)[0]]`` is the smallest; equal values keep their input order.

    >>> order([2, 1, 2, 0]), order([0.0, -0.0, float("nan"), -1.0])
    ([3, 1, 0, 2], [3, 0, 1, 2])
    """
    n = len(values)
    if n and type(values[0]) is float and _has_nan(values):
        numbers = _sort_indices([i for i in range(n) if values[i] == values[i]], values)
        return numbers + [i for i in range(n) if values[i] != values[i]]
    return _sort_indices(list(range(n)), keys_of(values))


def sorted_values(values):
    """Return values sorted stably in NumPy's order (nan last, -0.0 and 0.0 in input order).

    >>> sorted_values([3.0, float("nan"), -0.0, 0.0, -1.0])
    [-1.0, -0.0, 0.0, 3.0, nan]
    """
    if not values:
        return []
    kind = type(values[0])
    if kind is int or kind is bool or (kind is float and _STABLE_SORT and not _has_nan(values)):
        return sorted(values)  # equal ints are identical; floats stay stable on this runtime
    return [values[i] for i in order(values)]


def lex_order(keys):
    """Return the indices that sort by the last key, then the one before, ...: NumPy's lexsort.

    Each key is a list of the same length; the sort is stable.

    >>> lex_order([[1, 2, 3, 4], [0, 1, 0, 1]])
    [0, 2, 1, 3]
    """
    n = len(keys[0])
    indices = list(range(n))
    for key in keys:  # least significant key first, then stable sorts by the more significant ones
        indices = [indices[i] for i in order([key[j] for j in indices])]
    return indices


# --------------------------------------------------------------------------
# Searching a sorted list
# --------------------------------------------------------------------------


def _bisect(keys, x, right):
    """Return where x goes in the sorted keys: before equal keys (left) or after them (right)."""
    lo = 0
    hi = len(keys)
    if right:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < keys[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if keys[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def search(sorted_list, needles, side="left"):
    """Return, for each needle, the index where inserting it keeps sorted_list sorted.

    side "left": the first such index, ``a[i-1] < v <= a[i]``; "right": the last,
    ``a[i-1] <= v < a[i]``.  nan sorts last, as in NumPy.

    >>> search([1.0, 2.0, float("nan")], [2.0, float("nan"), 9.0], "left")
    [1, 2, 2]
    """
    right = side == "right"
    if (sorted_list and type(sorted_list[0]) is float) or (needles and type(needles[0]) is float):
        if _has_nan(sorted_list) or _has_nan(needles):
            sorted_list = [float_key(x) for x in sorted_list]
            needles = [float_key(x) for x in needles]
    elif (sorted_list and type(sorted_list[0]) is complex) or (needles and type(needles[0]) is complex):
        sorted_list = [complex_key(complex(z)) for z in sorted_list]
        needles = [complex_key(complex(z)) for z in needles]
    if _c_bisect_left is not None:  # fast path: the same binary search in C
        find = _c_bisect_right if right else _c_bisect_left
        return [find(sorted_list, v) for v in needles]
    return [_bisect(sorted_list, v, right) for v in needles]


# --------------------------------------------------------------------------
# Arguments NumPy checks
# --------------------------------------------------------------------------


def check_kind(kind, stable=None, order_=None):
    """Check sort's kind=, stable= and order= as NumPy does (every kind sorts stably here)."""
    if order_ is not None:
        raise ValueError("Cannot specify order when the array has no fields.")
    if kind is None:
        return
    if stable is not None:
        raise ValueError("`kind` and keyword parameters can't be provided at the same time. "
                         "Use only one of them.")
    if not isinstance(kind, str):
        raise TypeError("sort kind must be str, not %s" % type(kind).__name__)
    if not kind or kind[0].lower() not in "qhms":
        raise ValueError("sort kind must be one of 'quick', 'heap', or 'stable' (got %r)" % kind)


def check_select_kind(kind):
    """Check partition's kind=: NumPy has only 'introselect'."""
    if kind != "introselect":
        raise ValueError("select kind must be 'introselect' (got %r)" % (kind,))


def kth_list(kth, n):
    """Return partition's kth (an int or a sequence of ints) as a list of indices in range(n).

    >>> kth_list([-1, 0], 3)
    [2, 0]
    """
    items = kth.tolist() if hasattr(kth, "tolist") else kth
    if not isinstance(items, (list, tuple)):
        items = [items]
    for item in items:
        if isinstance(item, (list, tuple)):
            raise ValueError("object too deep for desired array")
    out = []
    for k in items:
        if type(k) is bool:
            raise ValueError("Booleans unacceptable as partition index")
        if not isinstance(k, int):
            index = getattr(k, "__index__", None)
            if index is None or isinstance(k, float):
                raise TypeError("Partition index must be integer")
            k = index()
        if k < 0:
            k += n
        if (k < 0 or k >= n) and n:
            raise ValueError("kth(=%d) out of bounds (%d)" % (k, n))
        out.append(k)
    return out


def check_side(side):
    """Return searchsorted's side as 'left' or 'right' (NumPy also takes 'l'/'r' in either case)."""
    if isinstance(side, str) and side in ("left", "right", "l", "r", "L", "R"):
        return "left" if side[0] in "lL" else "right"
    raise ValueError("search side must be 'left' or 'right' (got %r)" % (side,))


# --------------------------------------------------------------------------
# Along an axis of an array
# --------------------------------------------------------------------------


def int_axis(axis):
    """Return an in-place sort's axis, which must be an int (the methods do not flatten)."""
    if axis is None:
        raise TypeError("'NoneType' object cannot be interpreted as an integer")
    return axis


def _axis_of(a, axis):
    from tinynet.core.ndarray import normalize_axis

    if a.ndim == 0:
        raise AxisError("axis %d is out of bounds for array of dimension 0" % axis)
    return normalize_axis(axis, a.ndim)


def runs(values, n):
    """Yield the consecutive runs of length n of a list (the 1-d slices along the last axis)."""
    if n:
        for start in range(0, len(values), n):
            yield values[start:start + n]


def along_axis(a, axis, f, d):
    """Return the array of f(run) for each 1-d slice of a along axis (f keeps each run's length).

    The axis is swapped last, so each slice is one contiguous run of the values in C order.
    """
    from tinynet.core.ndarray import ndarray

    last = axis == a.ndim - 1  # the runs are already contiguous in C order: no swap, no copy back
    moved = a if last else a.swapaxes(axis, -1)
    values = moved._values()
    n = moved._shape[-1]
    if n == len(values):
        out = list(f(values))
    else:
        out = []
        for run in runs(values, n):
            out.extend(f(run))
    result = ndarray._make(out, moved._shape, d)
    return result if last else result.swapaxes(axis, -1).copy()


def sort_in_place(a, axis):
    """Sort a along axis in place, through its own strides (so a view sorts its base's elements)."""
    axis = _axis_of(a, axis)
    moved = a.swapaxes(axis, -1)
    out = []
    for run in runs(moved._values(), moved._shape[-1]):
        out.extend(sorted_values(run))
    moved._assign(out)


def sort_array(a, axis=-1, kind=None, order_=None, stable=None):
    """Return a sorted copy of a along axis (None: the flattened array)."""
    check_kind(kind, stable, order_)
    if axis is None:
        a, axis = a.ravel(), 0
    elif a.ndim == 0:  # NumPy reads the axis first: a huge one is its OverflowError, any other AxisError
        from tinynet.core.ndarray import normalize_axis

        normalize_axis(axis, 0)
    axis = _axis_of(a, axis)
    return along_axis(a, axis, sorted_values, a._dtype)


def argsort_array(a, axis=-1, kind=None, order_=None, stable=None):
    """Return the indices that sort a along axis (None: the flattened array), stably."""
    from tinynet.core.dtypes import INT64

    check_kind(kind, stable, order_)
    if axis is None or a.ndim == 0:
        if axis is not None:  # NumPy checks the axis of a 0-d array against its one flattened axis
            _axis_of(a.ravel(), axis)
        a, axis = a.ravel(), 0
    axis = _axis_of(a, axis)
    return along_axis(a, axis, order, INT64)


def partition_array(a, kth, axis=-1, kind="introselect", order_=None, arg=False):
    """Return a partitioned copy of a (or the indices, arg=True): a full stable sort is one.

    The kth element is where a sort puts it, smaller-or-equal ones before it and the rest after.
    Sorting costs n log n where NumPy's introselect costs n; in plain Python the C sort is faster.
    """
    from tinynet.core.dtypes import INT64

    check_select_kind(kind)
    if order_ is not None:
        raise ValueError("Cannot specify order when the array has no fields.")
    if axis is None or (arg and a.ndim == 0):
        a, axis = a.ravel(), 0
    axis = _axis_of(a, axis)
    kth_list(kth, a._shape[axis] if a.size else 0)
    if arg:
        return along_axis(a, axis, order, INT64)
    return along_axis(a, axis, sorted_values, a._dtype)


def searchsorted_array(a, v, side="left", sorter=None):
    """Return the indices where the elements of v go into the sorted 1-d array a (a[sorter] if given)."""
    from tinynet.core import dtypes
    from tinynet.core.dtypes import INT64
    from tinynet.core.ndarray import asarray, ndarray

    side = check_side(side)
    if a.ndim != 1:
        raise ValueError("object too deep for desired array" if a.ndim > 1
                         else "object of too small depth for desired array")
    v = asarray(v)  # a Python scalar counts as an array of its default dtype here (not NEP 50's weak)
    d = dtypes.result_type(a, v)
    keys = a.astype(d, copy=False)._values()
    if sorter is not None:
        keys = [keys[i] for i in _sorter_indices(sorter, len(keys))]
    needles = v.astype(d, copy=False)._values()
    found = search(keys, needles, side)
    if v.ndim == 0:
        return dtypes.scalar(found[0], INT64)
    return ndarray._make(found, v._shape, INT64)


def _sorter_indices(sorter, n):
    from tinynet.core.ndarray import asarray

    sorter = asarray(sorter)
    if sorter._dtype.kind not in "iu":
        raise TypeError("sorter must only contain integers")
    if sorter.ndim != 1 or sorter.size != n:
        raise ValueError("sorter.size must equal a.size")
    indices = sorter._values()
    for i in indices:
        if i < 0 or i >= n:
            raise ValueError("Sorter index out of range.")
    return indices
