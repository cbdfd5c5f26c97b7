"""Histograms: histogram, histogram_bin_edges, histogram2d, histogramdd.

A histogram counts the values falling in each bin ``[e[i], e[i+1])``; the last bin also holds its right
edge.  ``bins`` is a number of equal bins over ``range`` (default: the data's min to max), a sequence of
edges, or the name of a rule that picks the bin width h from the n values:

    'sqrt'     h = ptp / sqrt(n)                'sturges'  h = ptp / (log2(n) + 1)
    'rice'     h = ptp / (2 n**(1/3))           'scott'    h = (24 sqrt(pi) / n)**(1/3) * std
    'fd'       h = 2 IQR n**(-1/3)              'doane'    h = ptp / (1 + log2(n) + log2(1 + |g1| / s_g1))
    'stone'    the k in 1..max(100, sqrt n) minimizing (2 - (n + 1) sum p_k**2) / (ptp / k)
    'auto'     min(max(fd, sqrt / 2), sturges)

and there are ceil(ptp / h) bins.  Equal bins find a value's bin as NumPy does:
``i = int((x - e[0]) / (e[-1] - e[0]) * bins)``, then one step down if ``x < e[i]`` or up if
``x >= e[i+1]`` (floating-point rounding near an edge), so the counts match NumPy's exactly.

    >>> from tinynet import histogram, histogram2d
    >>> counts, edges = histogram([1, 2, 1, 4], bins=3)
    >>> counts.tolist(), edges.tolist()
    ([2, 1, 1], [1.0, 2.0, 3.0, 4.0])
    >>> histogram2d([0.0, 1.0, 1.0], [0.0, 0.0, 1.0], bins=2)[0].tolist()
    [[1.0, 0.0], [1.0, 1.0]]
"""

import builtins
from math import ceil, log2, pi, sqrt

from tinynet.core import dtypes
from tinynet.core import reductions as _core
from tinynet.core.dtypes import FLOAT64, INT64, UINT8
from tinynet.core.errors import warn
from tinynet.core.ndarray import asarray, ndarray
from tinynet.core.sorting import search, sorted_values
from tinynet.core.ufunc import binary

BLOCK = 65536  # NumPy counts in blocks of this many values (it changes how weights are summed)


# --------------------------------------------------------------------------
# Numbers in a dtype
# --------------------------------------------------------------------------


def _rounder(d):
    """A function rounding a Python float to dtype d (identity for float64 and integers)."""
    if d.kind == "f" and d is not FLOAT64:
        return lambda x: dtypes.fix([x], d)[0]
    return lambda x: x


class _Edge(object):
    """An outer edge: its value and dtype (None for a Python number, which NumPy promotes weakly)."""

    __slots__ = ("value", "dtype")

    def __init__(self, value, d):
        self.value = value
        self.dtype = d

    def text(self):
        if self.dtype is None:
            return str(self.value)
        return str(dtypes.scalar(self.value, self.dtype))


def _inexact(d):
    return d if d.kind in "fc" else FLOAT64


def _outer_edges(values, d, range_):
    """Return the outer edges (first, last): range_, else the data's min and max, widened by 1/2 if equal."""
    if range_ is not None:
        first, last = range_
        first = _Edge(first, getattr(first, "dtype", None) and dtypes.as_dtype(first.dtype))
        last = _Edge(last, getattr(last, "dtype", None) and dtypes.as_dtype(last.dtype))
        if first.value > last.value:
            raise ValueError("max must be larger than min in range parameter.")
        if not (_finite(first.value) and _finite(last.value)):
            raise ValueError("supplied range of [%s, %s] is not finite" % (first.text(), last.text()))
    elif not values:
        first, last = _Edge(0, None), _Edge(1, None)
    else:
        first, last = _Edge(_minimum(values), d), _Edge(_maximum(values), d)
        if not (_finite(first.value) and _finite(last.value)):
            raise ValueError("autodetected range of [%s, %s] is not finite" % (first.text(), last.text()))
    if first.value == last.value:
        for edge, shift in ((first, -0.5), (last, 0.5)):
            if edge.dtype is None:
                edge.value = edge.value + shift
            else:
                edge.dtype = _inexact(edge.dtype)
                edge.value = _rounder(edge.dtype)(edge.value + shift)
    return first, last


def _finite(x):
    return x == x and x not in (float("inf"), float("-inf"))


def _minimum(values):
    """The smallest value, or the first nan (as NumPy's min)."""
    low = values[0]
    for x in values:
        if x != x:
            return x
        if x < low:
            low = x
    return low


def _maximum(values):
    high = values[0]
    for x in values:
        if x != x:
            return x
        if x > high:
            high = x
    return high


def _linspace(first, last, num):
    """NumPy's linspace(first, last, num) in the dtype of the edges (float32 rounds every step)."""
    strong = [e.dtype for e in (first, last) if e.dtype is not None]
    dt = _inexact(dtypes.result_type(*strong)) if strong else FLOAT64  # Python numbers promote weakly
    r = _rounder(dt)
    start, stop = r(float(first.value)), r(float(last.value))
    delta = r(stop - start)
    div = num - 1
    step = r(delta / div) if div > 0 else float("nan")
    if div > 0 and step == 0:
        data = [r(r(r(i / div) * delta) + start) for i in range(num)]
    elif div > 0:
        data = [r(r(i * step) + start) for i in range(num)]
    else:
        data = [r(r(i * delta) + start) for i in range(num)]
    if num > 1:
        data[-1] = stop
    return data, dt


# --------------------------------------------------------------------------
# Bin edges
# --------------------------------------------------------------------------


def _ravel_and_check_weights(a, weights):
    a = asarray(a)
    if a._dtype.kind == "b":
        warn("Converting input from bool to <class 'numpy.uint8'> for compatibility.")
        a = a.astype(UINT8)
    if weights is not None:
        weights = asarray(weights)
        if weights._shape != a._shape:
            raise ValueError("weights should have the same shape as a.")
        weights = weights.ravel()
    return a.ravel(), weights


def _bin_edges(a, bins, range_, weights):
    """Return (edges array, (first, last, n) for equal bins or None), as NumPy's _get_bin_edges."""
    values = a._values()
    n_equal = None
    if isinstance(bins, str):
        if bins not in _SELECTORS:
            raise ValueError("%r is not a valid estimator for `bins`" % bins)
        if weights is not None:
            raise TypeError("Automated estimation of the number of bins is not supported for weighted data")
        first, last = _outer_edges(values, a._dtype, range_)
        if range_ is not None:
            values = [x for x in values if first.value <= x <= last.value]
        if not values:
            n_equal = 1
        else:
            width = _SELECTORS[bins](ndarray._make(list(values), (len(values),), a._dtype), range_)
            if width:
                if a._dtype.kind in "iu" and width < 1:
                    width = 1
                n_equal = int(ceil(_span(first, last) / width))
            else:
                n_equal = 1
    elif asarray(bins).ndim == 0:
        if isinstance(bins, float) or (hasattr(bins, "dtype") and asarray(bins)._dtype.kind not in "iu"):
            raise TypeError("`bins` must be an integer, a string, or an array")
        n_equal = int(bins)
        if n_equal < 1:
            raise ValueError("`bins` must be positive, when an integer")
        first, last = _outer_edges(values, a._dtype, range_)
    elif asarray(bins).ndim == 1:
        edges = asarray(bins)
        e = edges._values()
        if any(e[i] > e[i + 1] for i in range(len(e) - 1)):
            raise ValueError("`bins` must increase monotonically, when an array")
        return edges, None
    else:
        raise ValueError("`bins` must be 1d, when an array")
    bin_type = _bin_type(first, last, a._dtype)
    data, _ = _linspace(first, last, n_equal + 1)
    data = dtypes.fix(data, bin_type)
    if any(data[i] >= data[i + 1] for i in range(n_equal)):
        raise ValueError("Too many bins for data range. Cannot create %d finite-sized bins." % n_equal)
    return ndarray._make(data, (n_equal + 1,), bin_type), (first, last, n_equal)


def _bin_type(first, last, d):
    """result_type(first, last, a), made float64 when it is an integer type."""
    parts = [e.dtype if e.dtype is not None else e.value for e in (first, last)]
    t = dtypes.result_type(d, *parts)
    return FLOAT64 if t.kind in "biu" else t


def _span(first, last):
    """last - first as NumPy's _unsigned_subtract computes it (exact for integers), as a float."""
    if (first.dtype or dtypes.result_type(first.value)).kind in "iu" and \
            (last.dtype or dtypes.result_type(last.value)).kind in "iu":
        return float(last.value - first.value)
    d = dtypes.result_type(*[e.dtype if e.dtype is not None else e.value for e in (first, last)])
    return _rounder(d)(float(last.value) - float(first.value))


def histogram_bin_edges(a, bins=10, range=None, weights=None):  # noqa: A002 - NumPy's parameter name
    """Return the bin edges histogram would use (see the module docstring for the rules).

    >>> histogram_bin_edges([0, 1, 2, 3, 4, 5], bins="sturges").tolist()
    [0.0, 1.25, 2.5, 3.75, 5.0]
    """
    a, weights = _ravel_and_check_weights(a, weights)
    return _bin_edges(a, bins, range, weights)[0]


# --------------------------------------------------------------------------
# Counting
# --------------------------------------------------------------------------


def _as_compared(edge, data):
    """The edge as NumPy compares it with data of dtype data (a Python float rounds to float32 data)."""
    d = dtypes.result_type(data, edge.dtype if edge.dtype is not None else edge.value)
    return _rounder(d)(float(edge.value)) if d.kind == "f" else edge.value


def _equal_bin_indices(values, data, edges, uniform):
    """Return (kept positions, bin indices) of the values inside [first, last], as NumPy computes them.

    i = int((x - first) / (last - first) * n), in the dtypes NumPy computes it in, then corrected
    by one where rounding put x on the wrong side of an edge; the last bin keeps its right edge.
    """
    first, last, n = uniform
    bins = edges._values()
    d = edges._dtype
    r = _rounder(d)
    low, high = _as_compared(first, data), _as_compared(last, data)
    both_int = all((e.dtype or dtypes.result_type(e.value)).kind in "iu" for e in (first, last))
    denominator_is_float64 = both_int or any(e.dtype is None or e.dtype is FLOAT64 for e in (first, last))
    q = FLOAT64 if denominator_is_float64 else _bin_type(first, last, d)
    rq = _rounder(q)
    denominator = _span(first, last)
    start = r(float(first.value))
    kept, indices = [], []
    for k, x in enumerate(values):
        if not (low <= x <= high):
            continue
        x = r(float(x))
        i = int(rq(rq(r(x - start) / denominator) * n))
        if i == n:
            i -= 1
        if x < bins[i]:
            i -= 1
        if x >= bins[i + 1] and i != n - 1:
            i += 1
        kept.append(k)
        indices.append(i)
    return kept, indices


def _count_equal_bins(a, weights, edges, uniform, ntype):
    n = uniform[2]
    values = a._values()
    w = None if weights is None else weights._values()
    counts = [dtypes.converter(ntype)(0)] * n
    for start in range(0, len(values), BLOCK):
        block = values[start:start + BLOCK]
        kept, indices = _equal_bin_indices(block, a._dtype, edges, uniform)
        if w is None:
            for i in indices:
                counts[i] += 1
            continue
        sums = [0j if ntype.kind == "c" else 0.0] * n  # bincount adds the weights in float64
        for k, i in zip(kept, indices):
            sums[i] += w[start + k] if ntype.kind == "c" else float(w[start + k])
        sums = dtypes.cast(sums, FLOAT64 if ntype.kind != "c" else dtypes.COMPLEX128, ntype)
        counts = dtypes.fix([c + s for c, s in zip(counts, sums)], ntype)
    return counts


def _count_by_sorting(a, weights, edges, ntype):
    """Counts for arbitrary edges: cumulative counts at each edge (searchsorted on sorted data), differenced."""
    values = a._values()
    e = edges._values()
    d = dtypes.result_type(a._dtype, edges._dtype)
    e_keys = dtypes.cast(list(e), edges._dtype, d)
    cumulative = [dtypes.converter(ntype)(0)] * len(e)
    for start in range(0, len(values), BLOCK):
        block = dtypes.cast(list(values[start:start + BLOCK]), a._dtype, d)
        if weights is None:
            ordered = sorted_values(block)
            found = search(ordered, e_keys[:-1], "left") + search(ordered, e_keys[-1:], "right")
            cumulative = [c + f for c, f in zip(cumulative, found)]
            continue
        from tinynet.core.sorting import order  # noqa: PLC0415

        sort = order(block)
        ordered = [block[i] for i in sort]
        w = weights._values()
        sw = ndarray._make([w[start + i] for i in sort], (len(sort),), weights._dtype)
        running = asarray(_core.cumulative("add", sw, 0, None, None))
        cw = [0] + list(running._values())
        found = search(ordered, e_keys[:-1], "left") + search(ordered, e_keys[-1:], "right")
        cumulative = dtypes.fix([c + cw[f] for c, f in zip(cumulative, found)], ntype)
    return dtypes.fix([cumulative[i + 1] - cumulative[i] for i in range(len(e) - 1)], ntype)


def histogram(a, bins=10, range=None, density=None, weights=None):  # noqa: A002 - NumPy's parameter name
    """Return (counts, edges): how many values (or how much weight) fall in each bin.

    density=True divides each count by the total and by its bin's width, so the histogram
    integrates to 1.

    >>> counts, edges = histogram([0.5, 1.5, 1.7, 9.0], bins=[0, 1, 2, 10])
    >>> counts.tolist(), histogram([1, 2, 2], bins=2, density=True)[0].tolist()
    ([1, 2, 1], [0.6666666666666666, 1.3333333333333333])
    """
    a, weights = _ravel_and_check_weights(a, weights)
    edges, uniform = _bin_edges(a, bins, range, weights)
    ntype = INT64 if weights is None else weights._dtype
    if uniform is not None:
        counts = _count_equal_bins(a, weights, edges, uniform, ntype)
    else:
        counts = _count_by_sorting(a, weights, edges, ntype)
    n = ndarray._make(counts, (len(counts),), ntype)
    if density:
        e = edges._values()
        steps = dtypes.fix([e[i + 1] - e[i] for i in builtins.range(len(e) - 1)], edges._dtype)  # np.diff
        widths = ndarray._make([float(w) for w in steps], (len(steps),), FLOAT64)
        return binary("divide", binary("divide", n, widths), _core.sum(n)), edges
    return n, edges


# --------------------------------------------------------------------------
# Width rules for bins="..."
# --------------------------------------------------------------------------


def _ptp(x):
    values = x._values()
    high, low = _maximum(values), _minimum(values)
    if x._dtype.kind in "iu":
        return float(high - low)
    return _rounder(x._dtype)(high - low)


def _width_sqrt(x, range_):
    return _ptp(x) / sqrt(x.size)


def _width_sturges(x, range_):
    return _ptp(x) / (log2(x.size) + 1.0)


def _width_rice(x, range_):
    return _ptp(x) / (2.0 * x.size ** (1.0 / 3))


def _width_scott(x, range_):
    return (24.0 * pi ** 0.5 / x.size) ** (1.0 / 3.0) * float(_core.std(x))


def _width_stone(x, range_):
    n = x.size
    spread = _ptp(x)
    if n <= 1 or spread == 0:
        return 0
    upper = max(100, int(sqrt(n)))
    best, best_k = None, 0
    for k in range(1, upper + 1):
        counts = histogram(x, bins=k, range=range_)[0]._values()
        p = [c / n for c in counts]
        total = 0.0
        for pk in p:
            total += pk * pk
        score = (2 - (n + 1) * total) / (spread / k)
        if best is None or score < best:
            best, best_k = score, k
    if best_k == upper:
        warn("The number of bins estimated may be suboptimal.")
    return spread / best_k


def _width_doane(x, range_):
    n = x.size
    if n > 2:
        sg1 = sqrt(6.0 * (n - 2) / ((n + 1.0) * (n + 3)))
        sigma = _core.std(x)
        if float(sigma) > 0.0:
            temp = asarray(binary("subtract", x, _core.mean(x)))
            temp = asarray(binary("divide", temp, sigma)).astype(temp._dtype, copy=False)
            temp = asarray(binary("power", temp, 3)).astype(temp._dtype, copy=False)
            g1 = float(_core.mean(temp))
            return _ptp(x) / (1.0 + log2(n) + log2(1.0 + abs(g1) / sg1))
    return 0.0


def _width_fd(x, range_):
    from tinynet.lib.statistics import percentile  # noqa: PLC0415

    upper, lower = percentile(x, [75, 25])._values()
    return 2.0 * (upper - lower) * x.size ** (-1.0 / 3.0)


def _width_auto(x, range_):
    fd = _width_fd(x, range_)
    sturges = _width_sturges(x, range_)
    return min(max(fd, _width_sqrt(x, range_) / 2), sturges)


_SELECTORS = {"stone": _width_stone, "auto": _width_auto, "doane": _width_doane, "fd": _width_fd,
              "rice": _width_rice, "scott": _width_scott, "sqrt": _width_sqrt, "sturges": _width_sturges}


# --------------------------------------------------------------------------
# Several dimensions
# --------------------------------------------------------------------------


def _columns(sample):
    """Return (N, D, columns): the D coordinate columns of N points."""
    shape = getattr(sample, "shape", None)
    if shape is not None and len(shape) == 2:
        s = asarray(sample)
    else:
        if isinstance(sample, (list, tuple)) and sample and all(hasattr(c, "dtype") for c in sample):
            from tinynet.lib.shaping import stack  # noqa: PLC0415 - keeps the arrays' own dtypes

            s = stack([asarray(c) for c in sample])
        else:
            s = asarray(sample)
        if s.ndim < 2:
            s = s.reshape((1,) * (2 - s.ndim) + s._shape)
        s = s.T
    n, dims = s._shape
    return n, dims, [s[:, i] for i in range(dims)]


def histogramdd(sample, bins=10, range=None, density=None, weights=None):  # noqa: A002
    """Return (counts, edges) of points in D dimensions: the count in each box of the D bin grids.

    sample is an (N, D) array or a sequence of D coordinate arrays; bins is one count or edge
    sequence for all dimensions or one per dimension.  Points on the last edge of a dimension
    count in its last bin.  Counts are floats, as in NumPy.

    >>> from tinynet import array
    >>> counts, edges = histogramdd(array([[0.0, 0.0], [1.0, 1.0], [1.0, 0.5]]), bins=2)
    >>> counts.tolist()
    [[1.0, 0.0], [0.0, 2.0]]
    """
    n, dims, columns = _columns(sample)
    try:
        if len(bins) != dims:
            raise ValueError("The dimension of bins must be equal to the dimension of the sample x.")
    except TypeError:
        bins = [bins] * dims
    if range is None:
        range = (None,) * dims  # noqa: A001
    elif len(range) != dims:
        raise ValueError("range argument must have one entry per dimension")
    edges = []
    for i in builtins.range(dims):
        b = asarray(bins[i])
        if b.ndim == 0:
            if bins[i] < 1:
                raise ValueError("`bins[%d]` must be positive, when an integer" % i)
            first, last = _outer_edges(columns[i]._values(), columns[i]._dtype, range[i])
            if isinstance(bins[i], float) or b._dtype.kind not in "iu":
                raise TypeError("`bins[%d]` must be an integer, when a scalar" % i)
            data, dt = _linspace(first, last, int(bins[i]) + 1)
            edges.append(ndarray._make(data, (len(data),), dt))
        elif b.ndim == 1:
            e = b._values()
            if any(e[k] > e[k + 1] for k in builtins.range(len(e) - 1)):
                raise ValueError("`bins[%d]` must be monotonically increasing, when an array" % i)
            edges.append(b)
        else:
            raise ValueError("`bins[%d]` must be a scalar or 1d array" % i)
    nbin = [len(e) + 1 for e in edges]  # an outlier bin at each end
    flat = [0] * n
    stride = 1
    for i in builtins.range(dims - 1, -1, -1):
        d = dtypes.result_type(edges[i]._dtype, columns[i]._dtype)
        keys = dtypes.cast(list(edges[i]._values()), edges[i]._dtype, d)
        xs = dtypes.cast(list(columns[i]._values()), columns[i]._dtype, d)
        found = search(keys, xs, "right")
        top = keys[-1] if keys else None
        for k in builtins.range(n):
            index = found[k] - 1 if xs[k] == top else found[k]
            flat[k] += index * stride
        stride *= nbin[i]
    from tinynet.lib.sorting import bincount  # noqa: PLC0415

    counts = bincount(ndarray._make(flat, (n,), INT64), weights, minlength=stride).astype(FLOAT64)
    hist = counts.reshape(tuple(nbin))[tuple(slice(1, -1) for _ in builtins.range(dims))].copy()
    if density:
        total = _core.sum(hist)
        for i in builtins.range(dims):
            e = edges[i]._values()
            widths = [float(e[k + 1] - e[k]) for k in builtins.range(len(e) - 1)]
            shape = tuple(nbin[i] - 2 if k == i else 1 for k in builtins.range(dims))
            hist = asarray(binary("divide", hist, ndarray._make(widths, shape, FLOAT64)))
        hist = asarray(binary("divide", hist, total))
    return hist, edges


def histogram2d(x, y, bins=10, range=None, density=None, weights=None):  # noqa: A002
    """Return (counts, x edges, y edges): the 2-d histogram of the points (x[k], y[k]).

    counts[i, j] counts the points with x in x bin i and y in y bin j.

    >>> counts, xedges, yedges = histogram2d([0.0, 1.0], [1.0, 1.0], bins=[2, 1])
    >>> counts.tolist(), xedges.tolist(), yedges.tolist()
    ([[1.0], [1.0]], [0.0, 0.5, 1.0], [0.5, 1.5])
    """
    if len(x) != len(y):
        raise ValueError("x and y must have the same length.")
    try:
        count = len(bins)
    except TypeError:
        count = 1
    if count not in (1, 2):
        edges = asarray(bins)
        bins = [edges, edges]
    hist, edges = histogramdd([x, y], bins, range, density, weights)
    return hist, edges[0], edges[1]
