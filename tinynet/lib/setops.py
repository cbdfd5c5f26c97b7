"""Set operations on arrays: unique (and the array API's unique_* forms), intersect1d, union1d, setdiff1d,
setxor1d, isin.

A set here is a sorted 1-d array of distinct values.  Everything is built on one step: sort the values
(n log n; nan sorts last, complex numbers by real part then imaginary part), then walk the sorted list once,
starting a new group wherever a value differs from the one before.  A group's first position gives
``return_index``, its length ``return_counts``, and its number, written back at each original position,
``return_inverse``.  ``isin`` instead puts the test values in a hash set (linear time).

Equality is IEEE's: ``0.0 == -0.0``, and nan equals nothing, so by default ``unique`` gathers the nans
into one group on purpose (``equal_nan=True``), while the two-set functions keep every nan apart.

    >>> from tinynet import unique, intersect1d, isin
    >>> values, counts = unique([3, 1, 3, 2, 3], return_counts=True)
    >>> values.tolist(), counts.tolist()
    ([1, 2, 3], [1, 1, 3])
    >>> intersect1d([1, 3, 4, 3], [3, 1, 2, 1]).tolist(), isin([1, 5], [5, 6]).tolist()
    ([1, 3], [False, True])
"""

from collections import namedtuple

from tinynet.core import dtypes
from tinynet.core import memory
from tinynet.core.dtypes import BOOL, INT64
from tinynet.core.ndarray import asarray, ndarray, normalize_axis

UniqueAllResult = namedtuple("UniqueAllResult", ["values", "indices", "inverse_indices", "counts"])
UniqueCountsResult = namedtuple("UniqueCountsResult", ["values", "counts"])
UniqueInverseResult = namedtuple("UniqueInverseResult", ["values", "inverse_indices"])

# --------------------------------------------------------------------------
# Sorting into groups
# --------------------------------------------------------------------------


def _complex_key(z):
    """NumPy's complex order: real part, then imaginary part; a nan part sorts after every number."""
    re_nan = z.real != z.real
    im_nan = z.imag != z.imag
    return (re_nan, im_nan, 0.0 if re_nan else z.real, 0.0 if im_nan else z.imag)


def _float_key(x):
    return (True, 0.0) if x != x else (False, x)


def _half_key(x):
    return (False, 0.0) if x != x else (True, x)


def sort_order(values, kind):
    """Return the positions of values in NumPy's sort order (nan last), equal values by position.

    >>> sort_order([3.0, float("nan"), 1.0, 3.0], "f")
    [2, 0, 3, 1]
    """
    n = len(values)
    if kind == "c":
        keys = [_complex_key(z) for z in values]
    elif kind == "f" and any(x != x for x in values):
        keys = [_float_key(x) for x in values]
    else:
        keys = values
    # sorting positions by key is stable on CPython; callers that need the first position of a run of
    # equal values take its minimum, so a runtime whose sort is not stable gives the same answers
    return sorted(range(n), key=keys.__getitem__)


def _is_nan(x):
    return x != x


def groups(values, order, equal_nan):
    """Split sorted positions into runs of equal values: a list of (start, stop) into order.

    With equal_nan, all nans (complex: a nan in either part) form one run; without, each is alone.

    >>> groups([2, 1, 2], [1, 0, 2], True)
    [(0, 1), (1, 3)]
    """
    runs = []
    start = 0
    n = len(order)
    for k in range(1, n + 1):
        if k < n:
            a, b = values[order[k - 1]], values[order[k]]
            if a == b or (equal_nan and a != a and b != b):
                continue
        runs.append((start, k))
        start = k
    return runs if n else []


def _rows_equal(a, b):
    for x, y in zip(a, b):
        if not x == y:  # explicit, so that a nan object is not equal to itself through identity
            return False
    return True


# --------------------------------------------------------------------------
# unique
# --------------------------------------------------------------------------


def _distinct_sorted(a, equal_nan):
    """The sorted distinct values alone: a hash set, then a sort of what is left (the fast path)."""
    values = a._values()
    kind = a._dtype.kind
    if kind not in "fc":
        return sorted(set(values))
    numbers = [x for x in values if x == x]
    nans = [x for x in values if x != x]
    seen = {}
    for x in numbers:  # the first of equal values (0.0 and -0.0) stays, as a stable sort keeps it
        if x not in seen:
            seen[x] = x
    distinct = sorted(seen.values(), key=_complex_key if kind == "c" else None)
    if nans:
        if kind == "c":
            nans = [nans[i] for i in sort_order(nans, "c")]
        distinct += nans[:1] if equal_nan else nans
    return distinct


def _unique_flat(a, equal_nan):
    """(distinct values in order, first index, inverse list, counts) of a's values in C order."""
    values = a._values()
    order = sort_order(values, a._dtype.kind)
    runs = groups(values, order, equal_nan)
    first, counts = [], []
    inverse = [0] * len(values)
    complex_kind = a._dtype.kind == "c"
    for g, (start, stop) in enumerate(runs):
        # the first occurrence; complex nans of different parts are one run, led by NumPy's sort order
        first.append(order[start] if complex_kind else min(order[start:stop]))
        counts.append(stop - start)
        for k in range(start, stop):
            inverse[order[k]] = g
    return [values[p] for p in first], first, inverse, counts


def _unique_rows(a, axis):
    """unique along an axis: each slice along it is one item; items compare element by element in order."""
    others = [k for k in range(a.ndim) if k != axis]
    moved = a.transpose([axis] + others)  # the axis first, the others in their order
    n = moved._shape[0]
    rest = moved._shape[1:]
    width = 1
    for length in rest:
        width *= length
    values = moved._values()
    rows = [tuple(values[i * width:(i + 1) * width]) for i in range(n)]
    kind = a._dtype.kind
    key = _complex_key if kind == "c" else (_float_key if kind == "f" else None)
    if a._dtype.name == "float16":
        key = _half_key  # NumPy compares float16 slices with nan first
    keys = rows if key is None else [tuple(key(x) for x in row) for row in rows]
    order = [i for _, i in sorted(zip(keys, range(n)))]
    first, counts = [], []
    inverse = [0] * n
    for k, p in enumerate(order):
        if k == 0 or not _rows_equal(rows[order[k - 1]], rows[p]):
            first.append(p)
            counts.append(0)
        inverse[p] = len(first) - 1
        counts[-1] += 1
    out = []
    for p in first:
        out.extend(rows[p])
    result = ndarray._make(out, (len(first),) + rest, a._dtype)
    back = [0] * a.ndim
    for position, k in enumerate([axis] + others):
        back[k] = position
    return result.transpose(back), first, inverse, counts


def unique(ar, return_index=False, return_inverse=False, return_counts=False, axis=None, *, equal_nan=True,
           sorted=True):  # noqa: A002 - NumPy's keyword
    """Return the sorted distinct elements of ar, and optionally where they come from and how often.

    - return_index: the position (in the flattened ar) of each value's first occurrence;
    - return_inverse: for each element of ar, the position of its value in the result, so that
      ``values[inverse]`` rebuilds ar (inverse has ar's shape; with axis, it is 1-d);
    - return_counts: how often each value occurs.

    With axis, the slices along it are the items, ordered element by element.  equal_nan=True gathers
    every nan into one value (a slice with a nan in it equals no other slice).  sorted=False allows any order; tinynet's result is sorted either way.

    >>> v, i, inv, c = unique([[2, 1], [2, 3]], True, True, True)
    >>> v.tolist(), i.tolist(), inv.tolist(), c.tolist()
    ([1, 2, 3], [1, 0, 3], [[1, 0], [1, 2]], [1, 2, 1])
    >>> unique([[1, 2], [0, 1], [1, 2]], axis=0).tolist()
    [[0, 1], [1, 2]]
    """
    a = asarray(ar)
    if axis is not None:
        axis = normalize_axis(axis, a.ndim)
    if (axis is None or a.ndim == 1) and not (return_index or return_inverse or return_counts):
        values = _distinct_sorted(a, equal_nan)
        return ndarray._make(values, (len(values),), a._dtype)
    if axis is None or a.ndim == 1:  # a 1-d array along its axis is the flat case (equal_nan holds)
        values, first, inverse, counts = _unique_flat(a, equal_nan)
        result = ndarray._make(values, (len(values),), a._dtype)
        inverse_shape = a._shape
    else:
        result, first, inverse, counts = _unique_rows(a, axis)
        inverse_shape = (len(inverse),)
    extras = []
    if return_index:
        extras.append(ndarray._make(first, (len(first),), INT64))
    if return_inverse:
        extras.append(ndarray._make(inverse, inverse_shape, INT64))
    if return_counts:
        extras.append(ndarray._make(counts, (len(counts),), INT64))
    return tuple([result] + extras) if extras else result


def unique_all(x):
    """Return (values, indices, inverse_indices, counts) of x as a namedtuple; nans stay apart.

    >>> r = unique_all([3, 1, 3])
    >>> r.values.tolist(), r.indices.tolist(), r.inverse_indices.tolist(), r.counts.tolist()
    ([1, 3], [1, 0], [1, 0, 1], [1, 2])
    """
    return UniqueAllResult(*unique(x, True, True, True, equal_nan=False))


def unique_counts(x):
    """Return (values, counts) of x as a namedtuple; nans stay apart.

    >>> unique_counts([3, 1, 3]).counts.tolist()
    [1, 2]
    """
    return UniqueCountsResult(*unique(x, return_counts=True, equal_nan=False))


def unique_inverse(x):
    """Return (values, inverse_indices) of x as a namedtuple; inverse_indices has x's shape.

    >>> unique_inverse([[3, 1], [3, 3]]).inverse_indices.tolist()
    [[1, 0], [1, 1]]
    """
    return UniqueInverseResult(*unique(x, return_inverse=True, equal_nan=False))


def unique_values(x):
    """Return the distinct values of x (flattened); nans stay apart.

    NumPy leaves the order unspecified (it may use a hash table); tinynet's is sorted.

    >>> unique_values([[3, 1], [3, 3]]).tolist()
    [1, 3]
    """
    return unique(x, equal_nan=False)


# --------------------------------------------------------------------------
# Two sets
# --------------------------------------------------------------------------


def _common(a, b):
    """Flatten a and b and bring them to their common dtype (a Python scalar counts as an array here)."""
    a, b = asarray(a).ravel(), asarray(b).ravel()
    d = dtypes.promote(a._dtype, b._dtype)
    return _as(a, d), _as(b, d), d


def _as(a, d):
    return a if a._dtype is d else a.astype(d)


def intersect1d(ar1, ar2, assume_unique=False, return_indices=False):
    """Return the sorted values that both ar1 and ar2 hold (flattened), and optionally where.

    Sort the distinct values of both together; a value in both sits twice in a row.  return_indices
    gives the first position of each common value in the flattened ar1 and ar2.

    >>> v, i1, i2 = intersect1d([1, 2, 2, 3], [3, 2, 5], return_indices=True)
    >>> v.tolist(), i1.tolist(), i2.tolist()
    ([2, 3], [1, 3], [1, 0])
    """
    a, b, d = _common(ar1, ar2)
    if assume_unique:
        u1, f1 = a._values(), list(range(a.size))
        u2, f2 = b._values(), list(range(b.size))
    else:
        u1, f1, _, _ = _unique_flat(a, True)
        u2, f2, _, _ = _unique_flat(b, True)
    both = list(u1) + list(u2)
    order = sort_order(both, d.kind)
    common, where1, where2 = [], [], []
    n1 = len(u1)
    for k in range(len(order) - 1):
        p, q = order[k], order[k + 1]
        if p > q:
            p, q = q, p
        if p < n1 <= q and both[p] == both[q]:  # one from each side (p from ar1: its value is kept)
            common.append(both[p])
            where1.append(f1[p])
            where2.append(f2[q - n1])
    result = ndarray._make(common, (len(common),), d)
    if return_indices:
        return (result, ndarray._make(where1, (len(where1),), INT64),
                ndarray._make(where2, (len(where2),), INT64))
    return result


def union1d(ar1, ar2):
    """Return the sorted distinct values that ar1 or ar2 holds (both flattened).

    >>> union1d([3, 1], [[2, 1]]).tolist()
    [1, 2, 3]
    """
    a, b, d = _common(ar1, ar2)
    values = list(a._values()) + list(b._values())
    return unique(ndarray._make(values, (len(values),), d))


def setdiff1d(ar1, ar2, assume_unique=False):
    """Return the values of ar1 that are not in ar2: sorted and distinct, or in ar1's order if assume_unique.

    The result keeps ar1's dtype.

    >>> setdiff1d([5, 1, 3, 1], [3]).tolist(), setdiff1d([5, 1, 3], [3], assume_unique=True).tolist()
    ([1, 5], [5, 1])
    """
    a = asarray(ar1).ravel()
    if not assume_unique:
        a = unique(a)
    keep = isin(a, ar2, invert=True)._values()
    return a.compress(keep)


def setxor1d(ar1, ar2, assume_unique=False):
    """Return the sorted values in exactly one of ar1 and ar2.

    Sort the distinct values of both together; a value in both sits twice in a row, so keep the values
    that differ from both neighbours (a nan differs from everything, so nans from both are kept).

    >>> setxor1d([1, 2, 3], [2, 3, 4]).tolist()
    [1, 4]
    """
    a, b, d = _common(ar1, ar2)
    if not assume_unique:
        a, b = unique(a), unique(b)
    both = list(a._values()) + list(b._values())
    ordered = [both[i] for i in sort_order(both, d.kind)]
    n = len(ordered)
    kept = [x for k, x in enumerate(ordered)
            if (k == 0 or ordered[k - 1] != x) and (k == n - 1 or ordered[k + 1] != x)]
    return ndarray._make(kept, (len(kept),), d)


def isin(element, test_elements, assume_unique=False, invert=False, *, kind=None):
    """Return, for each element, whether it equals one of test_elements (invert: whether it does not).

    The result has element's shape.  Values compare in their common dtype; nan equals nothing.  kind
    ('sort', 'table' or None) picks NumPy's algorithm and does not change the answer; 'table' accepts
    only bool and integer arrays, as NumPy's does.  Here a hash set of the test values answers each
    element in constant time.

    >>> isin([[1, 2], [3, 4]], [4, 1]).tolist(), isin([1.0, float("nan")], [float("nan")]).tolist()
    ([[True, False], [False, True]], [False, False])
    """
    if kind not in (None, "sort", "table"):
        raise ValueError("Invalid kind: %r. Please use None, 'sort' or 'table'." % (kind,))
    a, b = asarray(element), asarray(test_elements)
    if kind == "table" and (a._dtype.kind not in "biu" or b._dtype.kind not in "biu"):
        raise ValueError("The 'table' method is only supported for boolean or integer arrays. "
                         "Please select 'sort' or None for kind.")
    if kind == "table":
        _check_table(b)
    d = dtypes.promote(a._dtype, b._dtype)
    exact = a._dtype.kind in "biu" and b._dtype.kind in "biu"  # Python ints compare exactly
    values = a._values() if exact else _as(a, d)._values()
    tests = b._values() if exact else _as(b, d)._values()
    pool = set(x for x in tests if x == x)
    if invert:
        flags = [not (x == x and x in pool) for x in values]
    else:
        flags = [x == x and x in pool for x in values]
    return ndarray._make(flags, a._shape, BOOL)


def _check_table(b):
    """Refuse kind='table' where NumPy does: a test range past its dtype's maximum, or a table too big.

    NumPy's table has one bool per integer from min(b) to max(b), indexed by value - min(b) computed in
    b's dtype (bool counts as uint8).
    """
    values = b._values()
    if not values:
        return
    top = dtypes.iinfo("uint8" if b._dtype is BOOL else b._dtype.name).max
    span = int(max(values)) - int(min(values))
    if span > top:
        raise RuntimeError("You have specified kind='table', but the range of values in `ar2` or `ar1` exceed "
                           "the maximum integer of the datatype. Please set `kind` to None or 'sort'.")
    memory.check_size((span + 1,), BOOL)
