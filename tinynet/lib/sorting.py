"""Sorting and counting: sort, argsort, unique, bincount.

NumPy sorts nan after every number, and complex numbers by real part, then
imaginary part; so do we.  Sorts here are stable (equal values keep their
order), also on MicroPython, whose own sort is not.

    >>> from tinynet import sort, argsort, unique
    >>> sort([3.0, float("nan"), 1.0]).tolist(), argsort([3, 1, 2]).tolist(), unique([3, 1, 3]).tolist()
    ([1.0, 3.0, nan], [1, 2, 0], [1, 3])
"""

import builtins

from tinynet.core.dtypes import INT64
from tinynet.core.errors import AxisError
from tinynet.core.ndarray import asarray, ndarray, normalize_axis

# --------------------------------------------------------------------------
# Sorting and searching
# --------------------------------------------------------------------------


def _sort_key(x):
    # NumPy sorts nan after every number; the index keeps equal values in order
    # (a stable sort, also on runtimes whose own sort is not stable).
    if isinstance(x, complex):
        return _complex_key(x)
    return (x != x, x)


def _complex_key(z):
    """Order complex numbers as NumPy does: by real part, then imaginary part, with nan parts last.

    The groups run R + Rj, R + nanj (by real part), nan + Rj (by imaginary part), nan + nanj.

    >>> sorted([complex("nan+1j"), 2 + 0j, complex("1+nanj"), 1 + 5j], key=_complex_key)
    [(1+5j), (2+0j), (1+nanj), (nan+1j)]
    """
    re_nan = z.real != z.real
    im_nan = z.imag != z.imag
    return (re_nan, im_nan, 0.0 if re_nan else z.real, 0.0 if im_nan else z.imag)


def along_axis(a, axis, f, d):
    """Apply f (a function of a list returning a list of the same length) to every 1-d slice along axis.

    The axis is moved last, so each slice is one contiguous run of the values in C order.
    """
    moved = a.swapaxes(axis, -1)
    n = moved._shape[-1]
    values = moved._values()
    out = []
    for start in range(0, len(values), n) if n else ():
        out.extend(f(values[start:start + n]))
    return ndarray._make(out, moved._shape, d).swapaxes(axis, -1).copy()


def _order(values):
    return sorted(range(len(values)), key=lambda i: (_sort_key(values[i]), i))


def _ordered(values):
    return [values[i] for i in _order(values)]  # stable even where the runtime's sort is not


def argsort(a, axis=-1, kind=None, order=None, stable=None):
    """Return the indices that would sort a along an axis (stable; nan last; axis=None flattens).

    >>> argsort([3, 1, 2]).tolist(), argsort([[3, 1], [0, 2]], axis=0).tolist()
    ([1, 2, 0], [[1, 0], [0, 1]])
    """
    a = asarray(a)
    if axis is None:
        a, axis = a.ravel(), 0
    if a.ndim == 0:
        return ndarray._make([0], (), INT64)
    axis = normalize_axis(axis, a.ndim)
    return along_axis(a, axis, _order, INT64)


def sort(a, axis=-1, kind=None, order=None, stable=None):
    """Return a sorted copy of a along an axis (nan last; axis=None sorts the flattened array).

    >>> sort([3.0, float("nan"), 1.0]).tolist(), sort([[3, 1], [2, 0]], axis=None).tolist()
    ([1.0, 3.0, nan], [0, 1, 2, 3])
    """
    a = asarray(a)
    if axis is None:
        a, axis = a.ravel(), 0
    if a.ndim == 0:
        raise AxisError("axis -1 is out of bounds for array of dimension 0")
    axis = normalize_axis(axis, a.ndim)
    return along_axis(a, axis, _ordered, a._dtype)


def unique(a, return_counts=False):
    """Return the sorted distinct elements of a (and how often each occurs).

    >>> unique([3, 1, 3, 2]).tolist()
    [1, 2, 3]
    >>> [x.tolist() for x in unique([1, 1, 2], return_counts=True)]
    [[1, 2], [2, 1]]
    """
    a = asarray(a)
    values = sort(a.ravel())._values()
    distinct, counts = [], []
    for v in values:
        if distinct and (v == distinct[-1] or (v != v and distinct[-1] != distinct[-1])):
            counts[-1] += 1
        else:
            distinct.append(v)
            counts.append(1)
    result = ndarray._make(distinct, (len(distinct),), a._dtype)
    if return_counts:
        return result, ndarray._make(counts, (len(counts),), INT64)
    return result


def bincount(x, minlength=0):
    """Return how often each non-negative integer occurs in x.

    >>> bincount([0, 1, 1, 3]).tolist()
    [1, 2, 0, 1]
    """
    x = asarray(x)
    if x.ndim != 1 or x._dtype.kind not in "iub":
        raise ValueError("object too deep for desired array" if x.ndim > 1 else "bincount needs a 1-d int array")
    values = x._values()
    counts = [0] * builtins.max([minlength] + [v + 1 for v in values])
    for v in values:
        if v < 0:
            raise ValueError("'list' argument must have no negative elements")
        counts[v] += 1
    return ndarray._make(counts, (len(counts),), INT64)
