"""Weighted averages, spreads and correlations: average, ptp, cov, corrcoef, digitize, cumulative_sum.

    average(a, weights=w) = sum(a * w) / sum(w)
    ptp(a)                = max(a) - min(a)                       (in a's dtype: int8 wraps)
    cov(X)[i, j]          = sum_k (X[i,k] - m_i) * conj(X[j,k] - m_j) / (N - ddof)
    corrcoef(X)[i, j]     = cov[i, j] / sqrt(cov[i, i] * cov[j, j]), clipped to [-1, 1]

Rows of ``X`` are variables and columns observations (``rowvar=False`` swaps them).

    >>> from tinynet import average, ptp, cov, digitize, cumulative_sum
    >>> average([1, 2, 3, 4], weights=[4, 3, 2, 1]), ptp([[4, 9], [2, 3]], axis=1).tolist()
    (np.float64(2.0), [5, 1])
    >>> cov([[0, 1, 2], [2, 1, 0]]).tolist()
    [[1.0, -1.0], [-1.0, 1.0]]
    >>> digitize([0.2, 6.4, 3.0], [0.0, 1.0, 2.5, 4.0]).tolist(), cumulative_sum([1, 2, 3], include_initial=True).tolist()
    ([1, 4, 3], [0, 1, 3, 6])
"""

from tinynet.core import dtypes
from tinynet.core import reduce_math
from tinynet.core import reductions as _core
from tinynet.core import sorting as _sorting
from tinynet.core.dtypes import FLOAT64
from tinynet.core.errors import AxisError, warn
from tinynet.core.ndarray import asarray, ndarray, normalize_axis
from tinynet.core.ufunc import binary, matmul


# --------------------------------------------------------------------------
# average and ptp
# --------------------------------------------------------------------------


def _axis_tuple(axis, ndim):
    """The axes as a tuple (None stays None); NumPy names the argument in its AxisError here."""
    if axis is None:
        return None
    items = axis if isinstance(axis, tuple) else (axis,)
    try:
        axes = tuple(normalize_axis(i, ndim) for i in items)  # in the order given: weights follow it
    except AxisError as error:
        raise AxisError("axis: %s" % error)
    if len(set(axes)) != len(axes):
        raise ValueError("repeated axis")
    return axes


def _weights_like(w, a, axis):
    """Return w broadcast against a: of a's shape, or of the lengths of a along axis (then reshaped)."""
    if w._shape == a._shape:
        return w
    if axis is None:
        raise TypeError("Axis must be specified when shapes of a and weights differ.")
    if w._shape != tuple(a._shape[i] for i in axis):
        raise ValueError("Shape of weights must be consistent with shape of a along specified axis.")
    ranks = sorted(range(len(axis)), key=lambda i: axis[i])
    return w.transpose(ranks).reshape(tuple(n if i in axis else 1 for i, n in enumerate(a._shape)))


def average(a, axis=None, weights=None, returned=False, *, keepdims=False):
    """Return the weighted average over the given axes: sum(a * w) / sum(w) (the mean without weights).

    With returned=True, also return the sum of the weights (the count without weights).
    Weights summing to zero raise ZeroDivisionError.

    >>> average([[1.0, 2.0], [3.0, 4.0]], axis=1, weights=[1, 3]).tolist()
    [1.75, 3.75]
    >>> [x.tolist() for x in average([1.0, 3.0], returned=True)]
    [2.0, 2.0]
    """
    a = asarray(a)
    axes = _axis_tuple(axis, a.ndim)
    if weights is None:
        result = _core.mean(a, axes, None, None, keepdims)
        avg = asarray(result)
        scl = dtypes.scalar(dtypes.fix([a.size / avg.size], avg._dtype)[0], avg._dtype)  # NumPy: / 0 raises
    else:
        w = _weights_like(asarray(weights), a, axes)
        if a._dtype.kind in "biu":
            d = dtypes.result_type(a._dtype, w._dtype, FLOAT64)
        else:
            d = dtypes.result_type(a._dtype, w._dtype)
        scl = _core.sum(w, axes, d, None, keepdims)
        if 0 in [0 if x == 0 else 1 for x in asarray(scl)._values()]:
            raise ZeroDivisionError("Weights sum to zero, can't be normalized")
        products = asarray(binary("multiply", a.astype(d, copy=False), w.astype(d, copy=False)))
        result = binary("divide", _core.sum(products, axes, None, None, keepdims), scl)
        avg = asarray(result)
    if not returned:
        return result
    if asarray(scl)._shape != avg._shape:
        from tinynet.lib.shaping import broadcast_to  # noqa: PLC0415

        scl = broadcast_to(asarray(scl), avg._shape).copy()
    return result, scl


def ptp(a, axis=None, out=None, keepdims=False):
    """Return the range of values (peak to peak) over the given axes: max - min, in a's dtype.

    >>> ptp([[4, 9, 2], [1, 1, 1]], axis=1).tolist(), ptp([1.5, -2.0])
    ([7, 0], np.float64(3.5))
    """
    a = asarray(a)
    high = _core.extreme("maximum", a, axis, None, keepdims)
    low = _core.extreme("minimum", a, axis, None, keepdims)
    spread = binary("subtract", high, low)
    if out is not None:
        out[...] = spread
        return out
    return spread


# --------------------------------------------------------------------------
# Covariance and correlation
# --------------------------------------------------------------------------


def _as_rows(m, rowvar, d, name):
    m = asarray(m)
    if m.ndim > 2:
        raise ValueError("%s has more than 2 dimensions" % name)
    rows = m.astype(d)
    if rows.ndim < 2:
        rows = rows.reshape((1,) * (2 - rows.ndim) + rows._shape)
    return rows, m


def _observation_weights(fweights, aweights, n):
    """Return (w, aweights) as lists of floats, checked as NumPy checks them (None when not given)."""
    w = None
    checked = []
    for name, given in (("fweights", fweights), ("aweights", aweights)):
        if given is None:
            checked.append(None)
            continue
        values = asarray(given, dtype=FLOAT64)
        if name == "fweights" and any(x != round(x) for x in values._values()):
            raise TypeError("fweights must be integer")
        if values.ndim > 1:
            raise RuntimeError("cannot handle multidimensional %s" % name)
        if values._shape[0] != n:
            raise RuntimeError("incompatible numbers of samples and %s" % name)
        if any(x < 0 for x in values._values()):
            raise ValueError("%s cannot be negative" % name)
        checked.append(list(values._values()))
        w = checked[-1] if w is None else [x * y for x, y in zip(w, checked[-1])]
    return w, checked[1]


def cov(m, y=None, rowvar=True, bias=False, ddof=None, fweights=None, aweights=None, *, dtype=None):
    """Return the covariance matrix of the rows of m (variables) over its columns (observations).

    C = (X - mean) (X - mean)^H / (N - ddof); ddof is 1 unless bias=True.  fweights (integer
    repeat counts) and aweights (importance weights) weight the observations as NumPy documents:
    with w = fweights * aweights, the normalization is sum(w) - ddof * sum(w * aweights) / sum(w).

    >>> cov([1.0, 2.0, 4.0])
    array(2.33333333)
    """
    if ddof is not None and ddof != int(ddof):
        raise ValueError("ddof must be integer")
    m_arr = asarray(m)
    y_arr = None if y is None else asarray(y)
    if dtype is None:
        d = dtypes.result_type(m_arr._dtype, FLOAT64) if y_arr is None else \
            dtypes.result_type(m_arr._dtype, y_arr._dtype, FLOAT64)
    else:
        d = dtypes.as_dtype(dtype)
    X, m_arr = _as_rows(m_arr, rowvar, d, "m")
    if not rowvar and m_arr.ndim != 1:
        X = X.T
    if X._shape[0] == 0:
        return ndarray._make([], (0, 0), FLOAT64)
    if y_arr is not None:
        Y, _ = _as_rows(y_arr, rowvar, d, "y")
        if not rowvar and Y._shape[0] != 1:
            Y = Y.T
        from tinynet.lib.shaping import concatenate  # noqa: PLC0415

        X = concatenate((X, Y), axis=0)
    if ddof is None:
        ddof = 0 if bias else 1
    n = X._shape[1]
    w, aw = _observation_weights(fweights, aweights, n)
    weights = None if w is None else ndarray._make(w, (n,), FLOAT64)
    avg, w_sum = average(X, axis=1, weights=weights, returned=True)
    w_sum = asarray(w_sum)._values()[0] if asarray(w_sum).size else 0.0
    if w is None:
        fact = n - ddof
    elif ddof == 0:
        fact = w_sum
    elif aw is None:
        fact = w_sum - ddof
    else:
        fact = w_sum - ddof * _core.sum(ndarray._make([x * y for x, y in zip(w, aw)], (n,), FLOAT64)) / w_sum
    if fact <= 0:
        warn("Degrees of freedom <= 0 for slice")
        fact = 0.0
    X = asarray(binary("subtract", X, asarray(avg).reshape(-1, 1)))
    X_T = X.T if w is None else asarray(binary("multiply", X, weights)).T
    if X._dtype.kind == "c":
        X_T = X_T.conj()
    c = asarray(binary("multiply", matmul(X, X_T), _reciprocal(fact)))
    return c.squeeze()


def _reciprocal(fact):
    """NumPy's true_divide(1, fact), which gives inf (not an error) for fact 0."""
    fact = float(fact)
    return 1.0 / fact if fact else float("inf")


def corrcoef(x, y=None, rowvar=True, *, dtype=None):
    """Return the Pearson correlation coefficients: R[i, j] = C[i, j] / sqrt(C[i, i] * C[j, j]).

    C is cov(x, y); the entries are clipped to [-1, 1] (real and imaginary parts).

    >>> corrcoef([[1.0, 2.0, 3.0], [3.0, 1.0, 2.0]]).tolist()
    [[1.0, -0.5], [-0.5, 1.0]]
    """
    c = cov(x, y, rowvar, dtype=dtype)
    if c.ndim == 0:
        return binary("divide", c, c)
    n = c._shape[0]
    values = c._values()
    diagonal = [values[i * n + i] for i in range(n)]
    stddev = _sqrt_list([z.real if type(z) is complex else z for z in diagonal])
    rows = asarray(binary("divide", c, ndarray._make(stddev, (n, 1), FLOAT64)))
    r = asarray(binary("divide", rows, ndarray._make(stddev, (1, n), FLOAT64)))
    clipped = [_clip_unit(z) for z in r._values()]
    return ndarray._make(dtypes.fix(clipped, r._dtype), r._shape, r._dtype)


def _sqrt_list(values):
    from math import sqrt  # noqa: PLC0415

    return [x if x != x else (sqrt(x) if x >= 0 else float("nan")) for x in values]


def _clip1(x):
    if x != x:
        return x
    return -1.0 if x < -1.0 else (1.0 if x > 1.0 else x)


def _clip_unit(z):
    if type(z) is complex:
        return complex(_clip1(z.real), _clip1(z.imag))
    return _clip1(z)


# --------------------------------------------------------------------------
# digitize and the array API's cumulative functions
# --------------------------------------------------------------------------


def digitize(x, bins, right=False):
    """Return the index of the bin each value falls in: i with bins[i-1] <= x < bins[i].

    right=True closes bins on the right instead (bins[i-1] < x <= bins[i]); decreasing bins count
    from the other end.  A binary search per value: searchsorted(bins, x, side).

    >>> digitize([1.0, 2.0, 3.5], [1.0, 2.0, 3.0]).tolist(), digitize([1.0, 2.0], [1.0, 2.0], right=True).tolist()
    ([1, 2, 3], [0, 1])
    """
    x = asarray(x)
    bins = asarray(bins)
    if x._dtype.kind == "c":
        raise TypeError("x may not be complex")
    if bins.ndim != 1:
        raise ValueError("object too deep for desired array" if bins.ndim > 1
                         else "object of too small depth for desired array")
    edges = bins._values()
    # NumPy tests the bins for order as float64 values: int64 -2**63 + 1 and -2**63 read as equal there
    direction = _monotonicity([float(v) for v in edges] if bins._dtype.kind in "biu" else edges)
    if direction == 0:
        raise ValueError("bins must be monotonically increasing or decreasing")
    rising = direction == 1
    side = "left" if right else "right"
    if rising:
        return _sorting.searchsorted_array(bins, x, side)
    found = asarray(_sorting.searchsorted_array(bins[::-1], x, side))
    return binary("subtract", len(edges), found)


def _monotonicity(edges):
    """1 if edges rise, -1 if they fall, 0 if neither, by NumPy's test.

    Leading equal values are skipped; the first change of value picks the direction (a nan there
    reads as falling), and every later step must keep it.
    """
    n = len(edges)
    i = 1
    while i < n and edges[i] == edges[i - 1]:
        i += 1
    if i >= n:
        return 1
    rising = edges[i - 1] < edges[i]
    for k in range(i + 1, n):
        if (edges[k - 1] > edges[k]) if rising else (edges[k - 1] < edges[k]):
            return 0
    return 1 if rising else -1


def _cumulative(name, x, axis, dtype, out, include_initial):
    x = asarray(x)
    if axis is None:
        if x.ndim > 1:
            raise ValueError("For arrays which have more than one dimension ``axis`` argument is required.")
        axis = 0
    if x.ndim == 0:
        x = x.reshape(1)
    axis = normalize_axis(axis, x.ndim)
    running = asarray(_core.cumulative(name, x, axis, dtype, None))
    if include_initial:
        d = running._dtype
        shape = tuple(1 if i == axis else n for i, n in enumerate(x._shape))
        start = ndarray._make([dtypes.converter(d)(0 if name == "add" else 1)] * reduce_math._size(shape), shape, d)
        from tinynet.lib.shaping import concatenate  # noqa: PLC0415

        running = concatenate((start, running), axis=axis)
    if out is not None:
        out[...] = running
        return out
    return running


def cumulative_sum(x, *, axis=None, dtype=None, out=None, include_initial=False):
    """Return the running sums along an axis (the array API's cumsum); include_initial puts 0 first.

    >>> cumulative_sum([[1, 2], [3, 4]], axis=1).tolist()
    [[1, 3], [3, 7]]
    """
    return _cumulative("add", x, axis, dtype, out, include_initial)


def cumulative_prod(x, *, axis=None, dtype=None, out=None, include_initial=False):
    """Return the running products along an axis (the array API's cumprod); include_initial puts 1 first.

    >>> cumulative_prod([1.0, 2.0, 3.0], include_initial=True).tolist()
    [1.0, 1.0, 2.0, 6.0]
    """
    return _cumulative("multiply", x, axis, dtype, out, include_initial)

