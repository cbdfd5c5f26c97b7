"""Order statistics: quantile, percentile and median, with every method NumPy 2.4 documents.

A quantile ``q`` (0 <= q <= 1) of n sorted values ``x[0] <= ... <= x[n-1]`` (nan sorts last) sits at a
*virtual index* ``v`` that depends on the method.  The continuous methods (Hyndman and Fan's types 4 to
9) interpolate between the neighbours ``i = floor(v)`` and ``i + 1`` with weight ``g = v - i``:

    method                      v                           as NumPy writes it
    interpolated_inverted_cdf   n*q + (0 + q*(1-0-1)) - 1    alpha=0,   beta=1
    hazen                       n*q + (1/2 + q*0) - 1        alpha=1/2, beta=1/2
    weibull                     n*q + (0 + q*1) - 1          alpha=0,   beta=0
    linear (the default)        (n - 1)*q                    alpha=1,   beta=1
    median_unbiased             n*q + (1/3 + q*(1/3)) - 1    alpha=1/3, beta=1/3
    normal_unbiased             n*q + (3/8 + q*(1/4)) - 1    alpha=3/8, beta=3/8
    averaged_inverted_cdf       n*q - 1, then g = 1/2 where it is 0, else 1
    midpoint                    (floor((n-1)q) + ceil((n-1)q)) / 2, then g = 1/2 (0 at a whole index)

and the discrete ones pick one value: ``lower`` floor((n-1)q), ``higher`` ceil((n-1)q), ``nearest``
round-half-even((n-1)q), ``inverted_cdf`` (the first i with i + 1 >= n*q) and ``closest_observation``
(n*q - 1/2, ties to the even order statistic).  An index below 0 takes x[0]; at or past n - 1, x[n-1].

The interpolation is NumPy's two-sided lerp, which is exact at both ends:

    d = x[i+1] - x[i]                      (in the data's dtype: int8 wraps around, as in NumPy)
    result = x[i] + d*g          if g < 1/2
    result = x[i+1] - d*(1 - g)  if g >= 1/2

A slice holding nan gives nan.  ``q`` given as a Python number is *weak* (NEP 50): float32 data then
gives float32 results; a list or array of q gives float64.

    >>> from tinynet import quantile, percentile, median
    >>> quantile([1, 2, 3, 4], 0.5), percentile([[10, 7, 4], [3, 2, 1]], 50, axis=0).tolist()
    (np.float64(2.5), [6.5, 4.5, 2.5])
    >>> quantile([1, 2, 3, 4], [0.25, 0.75], method="lower").tolist(), median([[1, 5], [2, 9]], axis=1).tolist()
    ([1, 3], [3.0, 5.5])
"""

from math import ceil, floor

from tinynet.core import dtypes
from tinynet.core import reduce_kernels, reduce_math
from tinynet.core.dtypes import FLOAT64, INT64
from tinynet.core.errors import warn
from tinynet.core.indexing import normalize_axis
from tinynet.core.ndarray import _size_of, asarray, ndarray
from tinynet.core.sorting import order, sorted_values
from tinynet.core.ufunc import result

NAN = float("nan")

# alpha and beta of the continuous methods: v = n*q + (alpha + q*(1 - alpha - beta)) - 1
_ALPHA_BETA = {
    "interpolated_inverted_cdf": (0.0, 1.0),
    "hazen": (0.5, 0.5),
    "weibull": (0.0, 0.0),
    "median_unbiased": (1 / 3.0, 1 / 3.0),
    "normal_unbiased": (3 / 8.0, 3 / 8.0),
}
METHODS = ("inverted_cdf", "averaged_inverted_cdf", "closest_observation", "interpolated_inverted_cdf",
           "hazen", "weibull", "linear", "median_unbiased", "normal_unbiased", "lower", "higher",
           "midpoint", "nearest")
_DISCRETE = ("inverted_cdf", "closest_observation", "lower", "higher", "nearest")


# --------------------------------------------------------------------------
# Slices along the reduced axes
# --------------------------------------------------------------------------


def normalize_axes(axis, ndim):
    """Return the sorted axes named by axis (None: all), with NumPy's AxisError and 'repeated axis'."""
    items = axis if isinstance(axis, tuple) else (axis,)
    if axis is not None and len(items) != len(set(normalize_axis(i, ndim) for i in items)):  # each in range first
        raise ValueError("repeated axis")
    return reduce_math.normalize_axes(axis, ndim)


def reduced_runs(a, axis):
    """Return (runs, kept_shape, keep_shape): a's values grouped by output position.

    The reduced axes (None: all) move last and merge, so each run holds the values one result
    reduces, in C order; kept_shape is the result's shape, keep_shape the keepdims one.
    """
    axes = normalize_axes(axis, a.ndim)
    kept = [i for i in range(a.ndim) if i not in axes]
    moved = a.transpose(kept + list(axes)) if a.ndim else a
    values = moved._values()
    kept_shape = tuple(a._shape[i] for i in kept)
    keep_shape = tuple(1 if i in axes else a._shape[i] for i in range(a.ndim))
    n = _size_of(tuple(a._shape[i] for i in axes))
    outputs = _size_of(kept_shape)
    if n == 0:
        return [[] for _ in range(outputs)], kept_shape, keep_shape
    return [values[i:i + n] for i in range(0, len(values), n)], kept_shape, keep_shape


def finish(values, shape, d, out, keepdims=False):
    """Wrap result values (C order) as a scalar (shape ()) or an array, or write them into out.

    With keepdims the answer is always an array (a 0-d one for 0-d input), as NumPy's.
    """
    if out is not None:
        out[...] = ndarray._make(values, shape, d) if shape else values[0]
        return out
    if keepdims:
        return ndarray._make(values, shape, d)
    return result(values, shape, d)


# --------------------------------------------------------------------------
# The quantile of one sorted list
# --------------------------------------------------------------------------


def check_q(q, percent):
    """Return (values, shape, dtype, weak) of q, divided by 100 for percentiles, checked in range."""
    weak = type(q) in (int, float)
    arr = asarray(q)
    if arr._dtype.kind == "c":
        raise TypeError("q must be real")
    if percent:
        values = [x / 100.0 for x in arr._values()]
        qd = arr._dtype if arr._dtype.kind == "f" else FLOAT64
        values = dtypes.fix(values, qd)
        message = "Percentiles must be in the range [0, 100]"
    else:
        values = list(arr._values())
        qd = arr._dtype
        message = "Quantiles must be in the range [0, 1]"
    for x in values:
        if not 0 <= x <= 1:
            raise ValueError(message)
    if arr.ndim > 2:
        raise ValueError("q must be a scalar or 1d")
    if qd.kind == "b":
        qd = INT64
        values = [int(x) for x in values]
    return values, arr._shape, qd, weak


def check_method(method):
    if method not in METHODS:
        raise ValueError("%r is not a valid method. Use one of: dict_keys(%r)" % (method, list(METHODS)))


def _virtual_index(method, n, q, qd):
    """Return the (float, or int for whole-number methods on int q) virtual index of q among n values."""
    r = (lambda x: x) if qd.kind != "f" or qd is FLOAT64 else (lambda x: dtypes.fix([x], qd)[0])
    if method == "linear":
        return r((n - 1) * q)
    if method in _ALPHA_BETA:
        alpha, beta = _ALPHA_BETA[method]
        return r(r(r(n * q) + r(alpha + r(q * (1 - alpha - beta)))) - 1)
    if method == "averaged_inverted_cdf":
        return r(r(n * q) - 1)
    # midpoint
    x = r((n - 1) * q)
    return r(0.5 * (floor(x) + ceil(x)))


def _discrete_index(method, n, q):
    """Return the index the discrete methods pick (0..n-1)."""
    if method == "lower":
        return int(floor((n - 1) * q))
    if method == "higher":
        return int(ceil((n - 1) * q))
    if method == "nearest":
        return int(round((n - 1) * q))  # round half to even, as np.around
    index = n * q - 1 if method == "inverted_cdf" else n * q - 1 - 0.5
    previous = floor(index)
    gamma = index - previous
    if method == "inverted_cdf":
        pick = gamma == 0
    else:  # closest_observation: the even order statistic at a tie (1-based), an odd 0-based index
        pick = gamma == 0 and previous % 2 == 1
    i = int(previous if pick else previous + 1)
    return i if i > 0 else 0


def _neighbours(method, n, v):
    """Return (i, j, g): the two indices to interpolate between and NumPy's weight g."""
    if v >= n - 1:
        i = j = n - 1
        previous = -1
    elif v < 0:
        i = j = previous = 0
    else:
        i = previous = int(floor(v))
        j = i + 1
    g = v - previous
    if method == "averaged_inverted_cdf":
        g = 0.5 if g == 0 else 1.0
    elif method == "midpoint":
        g = 0.0 if v % 1 == 0 else 0.5
    return i, j, g


def _lerp(a, b, g, data, rd):
    """Return NumPy's a + (b - a)*g (or b - (b - a)*(1 - g) for g >= 1/2) in the result dtype rd.

    b - a is taken in the data's dtype (ints wrap around); g and 1 - g are cast to rd, and
    every step rounds to rd (exact for float16 and float32: a product or sum of two of their
    values rounds once from a double).
    """
    if data.kind == "b":
        raise TypeError("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, "
                        "the `^` operator, or the logical_xor function instead.")
    diff = dtypes.fix([b - a], data)[0]
    if rd is FLOAT64:
        if g >= 0.5:
            return b - diff * (1 - g)
        return a + diff * g
    fix = dtypes.fix
    if g >= 0.5:
        one_minus = fix([1 - g], rd)[0]
        return fix([b - fix([diff * one_minus], rd)[0]], rd)[0]
    return fix([a + fix([diff * fix([g], rd)[0]], rd)[0]], rd)[0]


def quantile_of_sorted(xs, qs, qd, method, data, rd):
    """Return the quantiles qs of the sorted list xs (nan last) by the given method.

    >>> quantile_of_sorted([1.0, 2.0, 3.0, 4.0], [0.5, 1.0], FLOAT64, "linear", FLOAT64, FLOAT64)
    [2.5, 4.0]
    """
    n = len(xs)
    if n == 0:
        raise IndexError("index -1 is out of bounds for axis 0 with size 0")
    last = xs[-1]
    if last != last:  # a slice holding nan
        return [last] * len(qs)
    out = []
    whole = qd.kind in "iu" and method == "linear"
    for q in qs:
        if method in _DISCRETE or whole:
            out.append(xs[(n - 1) * q if whole else _discrete_index(method, n, q)])
            continue
        i, j, g = _neighbours(method, n, _virtual_index(method, n, q, qd))
        out.append(_lerp(xs[i], xs[j], g, data, rd))
    return out


def result_dtype(data, qd, weak, method):
    """The dtype quantile answers in: the data's for the discrete methods, else the lerp's."""
    if method in _DISCRETE or (method == "linear" and qd.kind in "iu"):
        return data
    return dtypes.result_type(data, 0.5 if weak else qd)


def weighted_quantile(xs, ws, qs, qd):
    """Return method='inverted_cdf' quantiles with weights: the first x whose cumulative weight reaches q.

    The weights follow the values in sorted order; the cumulative sums are normalized to end at 1.

    >>> weighted_quantile([1.0, 2.0, 3.0], [1.0, 0.0, 3.0], [0.25, 0.5], FLOAT64)
    [1.0, 3.0]
    """
    n = len(xs)
    if n == 0:
        raise IndexError("index -1 is out of bounds for axis 0 with size 0")
    cdf = []
    total = 0.0
    for w in ws:
        total += w
        cdf.append(total)
    last = cdf[-1]
    cdf = [c / last if last else (NAN if c == 0 else c * float("inf")) for c in cdf]
    if cdf[-1] != cdf[-1] or cdf[-1] in (float("inf"), -float("inf")):
        raise ValueError("Weights included NaN, inf or were all zero.")
    if xs[-1] != xs[-1]:  # a slice holding nan (sorted last) gives nan
        return [xs[-1]] * len(qs)
    if qd.kind == "f":
        cdf = dtypes.fix(cdf, qd)
    if cdf[0] == 0:
        cdf = [-1.0 if c == 0 else c for c in cdf]
    out = []
    for q in qs:
        i = 0
        lo, hi = 0, n
        while lo < hi:  # the first i with q <= cdf[i]
            mid = (lo + hi) // 2
            if cdf[mid] < q:
                lo = mid + 1
            else:
                hi = mid
        i = lo if lo < n else n - 1
        out.append(xs[i])
    return out


# --------------------------------------------------------------------------
# Public functions
# --------------------------------------------------------------------------


def quantile(a, q, axis=None, out=None, overwrite_input=False, method="linear", keepdims=False, *,
             weights=None):
    """Return the q-th quantiles of a over the given axes (0 <= q <= 1), by one of 13 methods.

    The result's shape is q's shape followed by a's kept axes.  See the module docstring for the
    virtual index of each method and NumPy's lerp.

    >>> quantile([[10, 7, 4], [3, 2, 1]], 0.5), quantile([1, 2, 3, 4], 0.4, method="hazen")
    (np.float64(3.5), np.float64(2.1))
    >>> quantile([1.0, 2.0, 3.0], 0.5, weights=[1, 1, 4], method="inverted_cdf")  # a 0-d array, as NumPy's
    array(3.)
    """
    return _quantile(a, q, axis, out, method, keepdims, weights, percent=False)


def percentile(a, q, axis=None, out=None, overwrite_input=False, method="linear", keepdims=False, *,
               weights=None):
    """Return the q-th percentiles of a (0 <= q <= 100): quantile(a, q / 100).

    >>> percentile([1, 2, 3, 4], [25, 50]).tolist()
    [1.75, 2.5]
    """
    return _quantile(a, q, axis, out, method, keepdims, weights, percent=True)


def _quantile(a, q, axis, out, method, keepdims, weights, percent, skip_nan=False):
    a = asarray(a)
    if a._dtype.kind == "c":
        raise TypeError("a must be an array of real numbers")
    qs, q_shape, qd, weak = check_q(q, percent)
    if weights is not None and method != "inverted_cdf":
        raise ValueError("Only method 'inverted_cdf' supports weights. Got: %s." % method)
    check_method(method)
    runs, kept_shape, keep_shape = reduced_runs(a, axis)
    weight_runs = None if weights is None else _weight_runs(a, weights, axis)
    data = a._dtype
    rd = data if weights is not None else result_dtype(data, qd, weak, method)
    if data.kind == "b" and rd is not data:
        _lerp(False, False, 0.0, data, rd)  # raises NumPy's TypeError: bools do not subtract
    columns = []
    warned = False
    for k, run in enumerate(runs):
        ws = None if weight_runs is None else weight_runs[k]
        if skip_nan and data.kind == "f":
            keep = [i for i in range(len(run)) if run[i] == run[i]]
            if len(keep) < len(run):
                run = [run[i] for i in keep]
                ws = None if ws is None else [ws[i] for i in keep]
            if not run:
                if not warned:
                    warn("All-NaN slice encountered")
                    warned = True
                columns.append([NAN] * len(qs))
                if k == 0:  # NumPy's apply_along_axis takes the dtype of the first slice's answer
                    rd = data
                continue
        if ws is None:
            columns.append(quantile_of_sorted(sorted_values(run), qs, qd, method, data, rd))
        else:
            sort = order(run)
            columns.append(weighted_quantile([run[i] for i in sort], [ws[i] for i in sort], qs, qd))
    values = [column[i] for i in range(len(qs)) for column in columns]
    shape = q_shape + (keep_shape if keepdims else kept_shape)
    weighted_array = weights is not None and not (shape == () and values and values[0] != values[0])
    return finish(dtypes.fix(values, rd), shape, rd, out, keepdims or weighted_array)  # as NumPy's


def _weight_runs(a, weights, axis):
    """Return the weights grouped as reduced_runs groups a (weights of a's shape, or of the axes' lengths)."""
    w = asarray(weights)
    if w._shape != a._shape:
        if axis is None:
            raise TypeError("Axis must be specified when shapes of a and weights differ.")
        axes = normalize_axes(axis, a.ndim)
        given = axis if isinstance(axis, tuple) else (axis,)
        given = tuple(g % a.ndim for g in given)
        if w._shape != tuple(a._shape[i] for i in given):
            raise ValueError("Shape of weights must be consistent with shape of a along specified axis.")
        ranks = sorted(range(len(given)), key=lambda i: given[i])
        w = w.transpose(ranks).reshape(tuple(a._shape[i] if i in axes else 1 for i in range(a.ndim)))
        from tinynet.lib.shaping import broadcast_to

        w = broadcast_to(w, a._shape)
    values = w.astype(FLOAT64)._values()
    for x in values:
        if x < 0:
            raise ValueError("Weights must be non-negative.")
    return reduced_runs(w.astype(FLOAT64), axis)[0]


def median(a, axis=None, out=None, overwrite_input=False, keepdims=False):
    """Return the median over the given axes: the middle value, or the mean of the two middle values.

    The mean is NumPy's (sum of the two, then / 2, in the mean's dtype: float64 for integers), so
    float32 [3e38, 3e38] gives inf as in NumPy.  A slice holding nan gives nan; an empty one nan
    with a RuntimeWarning "Mean of empty slice".

    >>> median([3, 1, 2]), median([[1.0, 4.0], [2.0, 8.0]], axis=0).tolist()
    (np.float64(2.0), [1.5, 6.0])
    """
    return _median(asarray(a), axis, out, keepdims)


def _median(a, axis, out, keepdims, skip_nan=False):
    data = a._dtype
    d = data if data.kind in "fc" else FLOAT64
    if not a.size and a._shape:  # an empty a's result can still be too big to build
        from tinynet.core import reduce_math

        reduce_math.check_output(a._shape, reduce_math.normalize_axes(axis, a.ndim), d, keepdims)
    runs, kept_shape, keep_shape = reduced_runs(a, axis)
    values = []
    empty = all_nan = False
    for run in runs:
        if skip_nan and data.kind in "fc" and run:
            numbers = [x for x in run if x == x]
            if not numbers:  # an all-nan slice: nan (for a 1-d pass, NumPy's answer is the last element)
                all_nan = True
                values.append(run[-1] if axis is None or a.ndim == 1 else complex(NAN, 0.0) if d.kind == "c" else NAN)
                continue
            run = numbers
        elif not run:
            empty = True
        xs = sorted_values(run)
        n = len(xs)
        if n == 0:
            values.append(complex(NAN, NAN) if d.kind == "c" else NAN)
            continue
        if xs[-1] != xs[-1]:  # holding nan, which sorts last: NumPy answers with that element
            values.append(xs[-1])
            continue
        values.append(mean_of_middle(xs[n // 2:n // 2 + 1] if n % 2 else xs[n // 2 - 1:n // 2 + 1], data))
    if all_nan:
        warn("All-NaN slice encountered")
    if empty:
        warn("Mean of empty slice")
    shape = keep_shape if keepdims else kept_shape
    return finish(dtypes.fix(values, d), shape, d, out, keepdims)


def mean_of_middle(middle, data):
    """Return NumPy's mean of the one or two middle values: ((0 + x0) + x1) / count, in its dtype.

    Integers average in float64; float32 and complex64 round every step to single precision, and
    float16 adds in float32 as NumPy does.

    >>> mean_of_middle([1, 2], INT64), mean_of_middle([-0.0], FLOAT64)
    (1.5, 0.0)
    """
    if data.kind in "biu":
        middle = [float(x) for x in middle]
        data = FLOAT64
    single = data.name in ("float32", "float16", "complex64")
    total = 0j if data.kind == "c" else 0.0
    for x in middle:
        total = total + x
        if single:
            total = _round_single(total)
    quotient = total / len(middle)
    return _round_single(quotient) if single else quotient


def _round_single(x):
    if type(x) is complex:
        return complex(reduce_kernels.round_float32(x.real), reduce_kernels.round_float32(x.imag))
    return reduce_kernels.round_float32(x)
