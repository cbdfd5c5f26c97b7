"""Reductions that ignore nan: nansum, nanmean, nanvar, nanmax, nanargmax, nanmedian, nanquantile, ...

Each treats nan (in float and complex arrays: a complex number with a nan part) as missing:

- the sums and products replace it by 0 or 1 and then add or multiply in NumPy's order, so
  ``nansum`` equals ``sum`` of the replaced array bit for bit;
- ``nanmean`` is that sum divided by the count of non-nan values (nan with "Mean of empty slice"
  where there are none); ``nanvar`` sums |x - mean|**2 over the non-nan values, / (count - ddof);
- ``nanmin``/``nanmax`` skip nan (NumPy's ``fmin``/``fmax``): an all-nan slice gives nan with the
  RuntimeWarning "All-NaN slice encountered", and ``nanargmin``/``nanargmax`` raise ValueError there;
- ``nanmedian`` and ``nanquantile`` drop the nan of each slice first.

Integer and bool arrays hold no nan: each function then equals its plain counterpart.

    >>> from tinynet import nansum, nanmean, nanmax, nanargmin, nanmedian
    >>> nan = float("nan")
    >>> nansum([1.0, nan, 2.0]), nanmean([[1.0, nan], [3.0, 5.0]], axis=1).tolist()
    (np.float64(3.0), [1.0, 4.0])
    >>> nanmax([nan, 2.0, 1.0]), nanargmin([nan, 2.0, 1.0]), nanmedian([nan, 1.0, 2.0, 9.0])
    (np.float64(2.0), np.int64(2), np.float64(2.0))
"""

from math import sqrt

from tinynet.core import dtypes
from tinynet.core import reduce_layouts, reduce_math
from tinynet.core import reductions as _core
from tinynet.core.dtypes import BOOL, INT64
from tinynet.core.errors import warn
from tinynet.core.ndarray import asarray, ndarray
from tinynet.core.ufunc import binary
from tinynet.lib import statistics as _stats

NAN = float("nan")
INF = float("inf")


# --------------------------------------------------------------------------
# Replacing nan
# --------------------------------------------------------------------------


def _inexact(a):
    return a._dtype.kind in "fc"


def _replaced(a, fill):
    """Return (a with every nan replaced by fill, the list of nan flags: None for ints and bools)."""
    if not _inexact(a):
        return a, None
    values = a._values()
    mask = [x != x for x in values]
    if True not in mask:
        return a, mask
    fill = dtypes.converter(a._dtype)(fill)
    return ndarray._make([fill if m else x for x, m in zip(values, mask)], a._shape, a._dtype), mask


def _axes(a, axis):
    if a.ndim == 0 and axis in (0, -1, (0,), (-1,)):
        return ()
    return reduce_math.normalize_axes(axis, a.ndim)


# --------------------------------------------------------------------------
# Sums, products, running sums
# --------------------------------------------------------------------------


def nansum(a, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=True):
    """Return the sum over the given axes with nan counted as 0: sum(where(isnan(a), 0, a)).

    >>> nansum([[1.0, float("nan")], [2.0, 3.0]], axis=0).tolist()
    [3.0, 3.0]
    """
    return _core.sum(_replaced(asarray(a), 0)[0], axis, dtype, out, keepdims, initial, where)


def nanprod(a, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=True):
    """Return the product over the given axes with nan counted as 1.

    >>> nanprod([2.0, float("nan"), 3.0])
    np.float64(6.0)
    """
    return _core.prod(_replaced(asarray(a), 1)[0], axis, dtype, out, keepdims, initial, where)


def nancumsum(a, axis=None, dtype=None, out=None):
    """Return the running sums along an axis with nan counted as 0 (None: over the flattened array).

    >>> nancumsum([1.0, float("nan"), 2.0]).tolist()
    [1.0, 1.0, 3.0]
    """
    return _core.cumulative("add", _replaced(asarray(a), 0)[0], axis, dtype, out)


def nancumprod(a, axis=None, dtype=None, out=None):
    """Return the running products along an axis with nan counted as 1.

    >>> nancumprod([2.0, float("nan"), 3.0]).tolist()
    [2.0, 2.0, 6.0]
    """
    return _core.cumulative("multiply", _replaced(asarray(a), 1)[0], axis, dtype, out)


# --------------------------------------------------------------------------
# Mean, variance, standard deviation
# --------------------------------------------------------------------------


def _check_inexact(a, dtype, out):
    if dtype is not None and dtypes.as_dtype(dtype).kind not in "fc":
        raise TypeError("If a is inexact, then dtype must be inexact")
    if out is not None and out.dtype.kind not in "fc":
        raise TypeError("If a is inexact, then out must be inexact")


def _counts(mask, a, axis, keepdims, where):
    """The number of non-nan elements (where `where` holds) over the axes, as an int64 array."""
    present = ndarray._make([not m for m in mask], a._shape, BOOL)
    return asarray(_core.sum(present, axis, INT64, None, keepdims, None, where))


def _divide_into(total, count, d):
    """total / count computed as NumPy's true_divide(total, count) and cast back to total's dtype d."""
    quotient = asarray(binary("divide", asarray(total), count))
    values = dtypes.fix(quotient.astype(d)._values(), d) if quotient._dtype is not d else quotient._values()
    return ndarray._make(list(values), quotient._shape, d)


def nanmean(a, axis=None, dtype=None, out=None, keepdims=False, *, where=True):
    """Return the mean of the non-nan elements: nansum(a) / count(not isnan(a)).

    An all-nan (or empty) slice gives nan with the RuntimeWarning "Mean of empty slice".

    >>> nanmean([1.0, float("nan"), 4.0])
    np.float64(2.5)
    """
    a = asarray(a)
    arr, mask = _replaced(a, 0)
    if mask is None:
        return _core.mean(a, axis, dtype, out, keepdims, where)
    _check_inexact(a, dtype, out)
    count = _counts(mask, a, axis, keepdims, where)
    total = _core.sum(arr, axis, dtype, None, keepdims, None, where)
    mean = _divide_into(total, count, asarray(total)._dtype)
    if 0 in count._values():
        warn("Mean of empty slice")
    return _stats.finish(mean._values(), mean._shape, mean._dtype, out)


def nanvar(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=True, mean=None,
           correction=None):
    """Return the variance of the non-nan elements: sum(|x - m|**2) / (count - ddof), m their mean.

    Where count - ddof <= 0 the answer is nan, with the RuntimeWarning "Degrees of freedom <= 0
    for slice.".  ``correction`` is the array API's name for ddof.

    >>> nanvar([1.0, float("nan"), 3.0]), nanvar([1.0, float("nan"), 3.0], ddof=1)
    (np.float64(1.0), np.float64(2.0))
    """
    if correction is not None:
        if ddof != 0:
            raise ValueError("ddof and correction can't be provided simultaneously.")
        ddof = correction
    a = asarray(a)
    arr, mask = _replaced(a, 0)
    if mask is None:
        if mean is None:
            return _core.var(a, axis, dtype, out, ddof, keepdims, where)
        mask = [False] * a.size  # a given mean: the steps below, with nothing left out
    else:
        _check_inexact(a, dtype, out)
    count = _counts(mask, a, axis, True, where)
    if mean is None:
        total = asarray(_core.sum(arr, axis, dtype, None, True, None, where))
        mean = _divide_into(total, count, total._dtype)
    deviations = asarray(binary("subtract", arr, mean))
    if _inexact(arr):
        deviations = deviations.astype(arr._dtype, copy=False)  # NumPy subtracts into the array's copy
    d = deviations._dtype
    squares = _squares([0 if m else x for x, m in zip(deviations._values(), mask)], d)
    real = dtypes.real_dtype(d) if d.kind == "c" else d
    variance = asarray(_core.sum(ndarray._make(squares, a._shape, real), axis, dtype, None, keepdims, None, where))
    count = count if keepdims else count.reshape(variance._shape)
    dof = [n - ddof for n in count._values()]
    divisor = ndarray._make(dof, variance._shape, INT64 if isinstance(ddof, int) else dtypes.FLOAT64)
    quotient = _divide_into(variance, divisor, variance._dtype)._values()
    if any(k <= 0 for k in dof):
        warn("Degrees of freedom <= 0 for slice.")
        quotient = [NAN if k <= 0 else v for v, k in zip(quotient, dof)]
    return _stats.finish(list(quotient), variance._shape, variance._dtype, out)


def _squares(deviations, d):
    """|x|**2 of each deviation, rounded to the dtype (x * conj(x) taken by its real part for complex)."""
    if d.kind == "c":
        squares = [z.real * z.real - z.imag * -z.imag for z in deviations]
        return dtypes.fix(squares, dtypes.real_dtype(d))
    return dtypes.fix([x * x for x in deviations], d)


def nanstd(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=True, mean=None,
           correction=None):
    """Return the standard deviation of the non-nan elements: sqrt(nanvar(a)).

    >>> nanstd([1.0, float("nan"), 3.0])
    np.float64(1.0)
    """
    variance = asarray(nanvar(a, axis, dtype, None, ddof, keepdims, where=where, mean=mean,
                              correction=correction))
    d = variance._dtype
    roots = dtypes.fix([v if v != v or v == INF else sqrt(v) for v in variance._values()], d)
    return _stats.finish(roots, variance._shape, d, out)


# --------------------------------------------------------------------------
# Extremes
# --------------------------------------------------------------------------


def _nan_skipping(larger):
    """The kernel of fmax (larger) or fmin over one group: nan only if every value is nan."""
    def kernel(values):
        best = None
        for x in values:
            if x != x:
                continue
            if best is None:
                best = x
            elif type(x) is complex:
                if (x.real, x.imag) > (best.real, best.imag) if larger else (x.real, x.imag) < (best.real, best.imag):
                    best = x
            elif (x > best) if larger else (x < best):
                best = x
        if best is None:
            return values[0] if values else NAN
        return best
    return kernel


def _extreme(name, a, axis, out, keepdims, initial, where):
    a = asarray(a)
    axes = _axes(a, axis)
    ufunc_name = "fmax" if name == "max" else "fmin"
    if where is not True:
        if initial is None:
            raise ValueError("reduction operation '%s' does not have an identity, so to use a where mask one "
                             "has to specify 'initial'" % ufunc_name)
        a = _core._with_where(a, where, NAN if _inexact(a) else asarray(initial).astype(a._dtype)._values()[0])
    if reduce_math.reduced_count(a._shape, axes) == 0 and initial is None:
        raise ValueError("zero-size array to reduction operation %s which has no identity" % ufunc_name)
    kernel = _nan_skipping(name == "max")
    if initial is not None:
        first = asarray(initial).astype(a._dtype)._values()[0]  # cast as NumPy casts initial
        values, shape = reduce_layouts.reduce(a._values(), a._shape, axes, lambda g: kernel([first] + g), keepdims)
    else:
        values, shape = reduce_layouts.reduce(a._values(), a._shape, axes, kernel, keepdims)
    if _inexact(a) and any(v != v for v in values):
        warn("All-NaN slice encountered")
    return _stats.finish(dtypes.fix(values, a._dtype), shape, a._dtype, out)


def nanmax(a, axis=None, out=None, keepdims=False, initial=None, where=True):
    """Return the largest non-nan element over the given axes (NumPy's fmax.reduce).

    >>> nanmax([[1.0, float("nan")], [float("nan"), float("nan")]], axis=1).tolist()
    [1.0, nan]
    """
    return _extreme("max", a, axis, out, keepdims, initial, where)


def nanmin(a, axis=None, out=None, keepdims=False, initial=None, where=True):
    """Return the smallest non-nan element over the given axes (NumPy's fmin.reduce).

    >>> nanmin([3.0, float("nan"), -1.0])
    np.float64(-1.0)
    """
    return _extreme("min", a, axis, out, keepdims, initial, where)


def _nan_arg(name, a, axis, out, keepdims):
    a = asarray(a)
    arr, mask = _replaced(a, INF if name == "argmin" else -INF)
    if mask is not None and a.size:
        flags = ndarray._make(mask, a._shape, BOOL)
        if True in asarray(_core.logical("all", flags, axis))._values():
            raise ValueError("All-NaN slice encountered")
    return _core.arg(name, arr, axis, out, keepdims)


def nanargmax(a, axis=None, out=None, *, keepdims=False):
    """Return the index of the first largest non-nan element (nan read as -inf).

    An all-nan slice raises ValueError "All-NaN slice encountered".

    >>> nanargmax([float("nan"), 3.0, 3.0, 1.0])
    np.int64(1)
    """
    return _nan_arg("argmax", a, axis, out, keepdims)


def nanargmin(a, axis=None, out=None, *, keepdims=False):
    """Return the index of the first smallest non-nan element (nan read as +inf).

    >>> nanargmin([[float("nan"), 2.0], [5.0, 4.0]], axis=1).tolist()
    [1, 1]
    """
    return _nan_arg("argmin", a, axis, out, keepdims)


# --------------------------------------------------------------------------
# Median and quantiles
# --------------------------------------------------------------------------


def nanmedian(a, axis=None, out=None, overwrite_input=False, keepdims=False):
    """Return the median of the non-nan elements over the given axes.

    An all-nan slice gives nan with "All-NaN slice encountered"; an empty array nan with "Mean of
    empty slice".

    >>> nanmedian([[1.0, float("nan"), 3.0], [4.0, 5.0, 6.0]], axis=1).tolist()
    [2.0, 5.0]
    """
    a = asarray(a)
    if a.size == 0:
        return nanmean(a, axis, out=out, keepdims=keepdims)
    if not _inexact(a):
        return _stats.median(a, axis, out, overwrite_input, keepdims)
    return _stats._median(a, axis, out, keepdims, skip_nan=True)


def nanquantile(a, q, axis=None, out=None, overwrite_input=False, method="linear", keepdims=False, *,
                weights=None):
    """Return the q-th quantiles of the non-nan elements (0 <= q <= 1); see quantile for the methods.

    >>> nanquantile([float("nan"), 1.0, 2.0, 3.0], [0.25, 0.5]).tolist()
    [1.5, 2.0]
    """
    return _nan_quantile(a, q, axis, out, method, keepdims, weights, False)


def nanpercentile(a, q, axis=None, out=None, overwrite_input=False, method="linear", keepdims=False, *,
                  weights=None):
    """Return the q-th percentiles of the non-nan elements (0 <= q <= 100).

    >>> nanpercentile([float("nan"), 1.0, 2.0, 3.0], 50)
    np.float64(2.0)
    """
    return _nan_quantile(a, q, axis, out, method, keepdims, weights, True)


def _nan_quantile(a, q, axis, out, method, keepdims, weights, percent):
    a = asarray(a)
    if a._dtype.kind == "c":
        raise TypeError("a must be an array of real numbers")
    _stats.check_q(q, percent)
    if a.size == 0:  # NumPy answers an empty array with nanmean's nan (and its warning)
        return nanmean(a, axis, out=out, keepdims=keepdims)
    return _stats._quantile(a, q, axis, out, method, keepdims, weights, percent, skip_nan=True)


__all__ = ["nanargmax", "nanargmin", "nancumprod", "nancumsum", "nanmax", "nanmean", "nanmedian", "nanmin",
           "nanpercentile", "nanprod", "nanquantile", "nanstd", "nansum", "nanvar"]
