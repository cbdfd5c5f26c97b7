"""The reductions beyond sum: prod, mean, var, std, max and min (``extreme``), argmax and argmin
(``arg``), any and all (``logical``), cumsum and cumprod (``cumulative``), and nonzero.

They share ``core/reductions.py``'s rules (axes, ``keepdims``, ``out=``, ``where=``) and load on first
use: ``reductions.var`` and the array methods reach them through that module.

    >>> from tinynet import array
    >>> a = array([[1, 5], [7, 2]])
    >>> a.max(axis=1).tolist(), a.argmin(), a.var(), a.cumsum().tolist()
    ([5, 7], np.int64(0), np.float64(5.6875), [1, 6, 13, 15])
"""

from tinynet.core import dtypes
from tinynet.core import floats
from tinynet.core import index_math
from tinynet.core import reduce_math
from tinynet.core.dtypes import BOOL, FLOAT64, INT64
from tinynet.core.errors import warn
from tinynet.core.ndarray import _size_of, asarray, ndarray, normalize_axis
from tinynet.core.reductions import (_accumulated, _axes, _f32, _finish, _memory_order, _statistics_axes, _with_where,
                                     sum)
from tinynet.core.ufunc import _maximum, _minimum, binary, unary


def _check_output(a, axes, d, keepdims):
    if not a.size:  # an empty a's result can still be too big to build
        reduce_math.check_output(a._shape, axes, d, keepdims)


def prod(a, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=True):
    """Return the product of a over the given axes."""
    from tinynet.core import reduce_products

    a, d = _accumulated(_memory_order(asarray(a), axis), dtype, where, 1)
    axes = _axes(a, axis)
    _check_output(a, axes, d, keepdims)
    values, shape = reduce_products.prod_values(a._values(), a._shape, axes, keepdims, d.kind, _f32(d))
    if initial is not None:
        values = [v * initial for v in values]
    if d is BOOL:  # a product in bool is the logical and: True or False, not a number
        values = [bool(v) for v in values]
    return _finish(dtypes.fix(values, d), shape, d, out)


def _mean_dtype(a, dtype):
    if dtype is not None:
        return dtypes.as_dtype(dtype)
    if a._dtype.kind in "fc":
        return a._dtype
    return FLOAT64


def _count(a, axes):
    n = 1
    for i in axes:
        n *= a._shape[i]
    return n


def _warn_empty(count, name):
    if count == 0:
        warn("Mean of empty slice." if name == "mean" else "Degrees of freedom <= 0 for slice")


def mean(a, axis=None, dtype=None, out=None, keepdims=False, where=True):
    """Return the mean of a over the given axes: sum / count (in float64 for integers)."""
    a = _memory_order(asarray(a), axis)
    d = _mean_dtype(a, dtype)
    axes = _statistics_axes(a, axis)
    _check_output(a, axes, d, keepdims)
    if where is not True:
        total = sum(a, axis, d, None, keepdims, None, where)
        count = sum(ndarray._make([True] * a.size, a._shape, BOOL), axis, INT64, None, keepdims, None, where)
        return _finish_divide(total, count, d, out)
    count = _count(a, axes)
    if d.kind in "biu":  # the sum in d, divided, then cast back to d unsafely, as NumPy computes it
        _warn_empty(count, "mean")
        quotient = asarray(asarray(sum(a, axes, d, None, keepdims)) / count).astype(d)
        return _finish(quotient._values(), quotient._shape, d, out)
    if a._dtype is not d and a._buf:  # (an empty a stays: NumPy never makes it in d)
        a = a.astype(d)
    _warn_empty(count, "mean")
    values, shape = reduce_math.mean_values(a._values(), a._shape, axes, keepdims, d.kind, _f32(d))
    return _finish(dtypes.fix(values, d), shape, d, out)


def _finish_divide(total, count, d, out):
    quotient = binary("divide", total, count)
    quotient = asarray(quotient).astype(d)
    return _finish(quotient._values(), quotient._shape, d, out)


def var(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, where=True, correction=None):
    """Return the variance: the mean of abs(x - x.mean())**2, dividing by count - ddof."""
    a = _memory_order(asarray(a), axis)
    if correction is not None:
        ddof = correction
    axes = _statistics_axes(a, axis)  # NumPy reads the axis before the dtype
    d = _mean_dtype(a, dtype)
    count = _count(a, axes)
    if count - ddof <= 0:
        warn("Degrees of freedom <= 0 for slice")
    _check_output(a, axes, d, True)  # NumPy's first step: the mean, kept in d with the reduced axes
    if d.kind in "biu" or (d.kind == "f" and a._dtype.kind == "c"):
        return _var_in(d, a, axes, count, ddof, keepdims, out)
    if a._dtype is not d and a._dtype.kind != "c":
        a = a.astype(d)
    from tinynet.core import reduce_stats

    values, shape = reduce_stats.var_values(a._values(), a._shape, axes, keepdims, a._dtype.kind, _f32(a._dtype), ddof)
    out_d = dtypes.real_dtype(a._dtype) if a._dtype.kind == "c" else d
    if dtype is not None and d.kind == "c":  # NumPy sums the real squares in the complex dtype asked for
        out_d = d
        values = [complex(v) for v in values]
    return _finish(dtypes.fix(values, out_d), shape, out_d, out)


def _var_in(d, a, axes, count, ddof, keepdims, out):
    """var with an integer or bool dtype (or complex a with a real float dtype), step by step in that dtype
    as NumPy computes it.

    mean = sum(a, dtype=d) / count, cast to d (truncated); x = a - mean; var = sum(x * x, dtype=d) / (count -
    ddof), cast to d.  Each true division gives floats that are cast back unsafely, so the answer is
    NumPy's integer one, not the rounded float variance.  For complex a the sum in d keeps only the real
    parts (with NumPy's ComplexWarning), so the mean is real, while x = a - mean stays complex and its squares
    are x.real**2 + x.imag**2 in x's real precision: var([1+2j, 3-1j], dtype=float16) is (5 + 2) / 2 = 3.5.
    """
    mean_d = asarray(sum(a, axes, d, None, True)) / count
    centered = a - mean_d.astype(d)
    if centered.dtype.kind != "c":
        squares = centered * centered
    elif d.kind == "f":
        squares = centered.real * centered.real + centered.imag * centered.imag
    else:
        squares = centered * centered.conj()
    total = asarray(sum(squares, axes, d, None, keepdims)) / (count - ddof)
    values = asarray(total).astype(d)
    if out is not None:
        out[...] = values
        return out
    return values[()]


def std(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, where=True, correction=None):
    """Return the standard deviation: the square root of the variance."""
    v = asarray(var(a, axis, dtype, None, ddof, keepdims, where, correction))
    if v.dtype.kind == "c":  # a complex dtype was asked for: the variance is real, held as complex
        root = asarray(unary(floats.sqrt, asarray(v.real))).astype(v.dtype)
        root = root[()] if not root.ndim else root
    else:
        root = unary(floats.sqrt, v)
    if v.dtype.kind in "biu":  # var computed in an integer dtype: a scalar root is cast back to it, as in NumPy
        if v.ndim:
            loop = "float16" if v.dtype.itemsize == 1 else "float32" if v.dtype.itemsize == 2 else "float64"
            raise TypeError("Cannot cast ufunc 'sqrt' output from dtype('%s') to dtype('%s') with casting rule "
                            "'same_kind'" % (loop, v.dtype))
        root = asarray(root).astype(v.dtype)[()]
    if out is not None:
        out[...] = root
        return out
    return root


def extreme(name, a, axis=None, out=None, keepdims=False, initial=None, where=True):
    """max (name "maximum") or min ("minimum") over the given axes; nan wins, as in NumPy."""
    a = asarray(a)
    axes = _axes(a, axis)
    _check_output(a, axes, a._dtype, keepdims)
    if initial is not None:  # converted to a's dtype first, as NumPy does (int8 refuses 300, bool makes 0 False)
        initial = dtypes.convert_scalar(initial, a._dtype)
    if where is not True:
        if initial is None:
            raise ValueError("reduction operation '%s' does not have an identity, so to use a where mask one "
                             "has to specify 'initial'" % name)
        a = _with_where(a, where, initial)
    if _count(a, axes) == 0 and initial is None:
        raise ValueError("zero-size array to reduction operation %s which has no identity" % name)
    from tinynet.core import reduce_extremes

    reducer = reduce_extremes.max_values if name == "maximum" else reduce_extremes.min_values
    if initial is not None and _count(a, axes) == 0:
        shape = reduce_math.reduced_shape(a._shape, axes, keepdims)
        values = [initial] * _size_of(shape)
    else:
        values, shape = reducer(a._values(), a._shape, axes, keepdims)
        if initial is not None:  # the initial value takes part like one more element
            pick = _maximum if name == "maximum" else _minimum
            values = [pick(v, initial) for v in values]
    return _finish(dtypes.fix(values, a._dtype), shape, a._dtype, out)


def arg(name, a, axis=None, out=None, keepdims=False):
    """argmax or argmin: the index of the first extreme element along one axis (or flat).

    A 0-d array is searched as the 1-d array of its one element (NumPy's rule), so axis 0 or -1 gives 0.
    """
    from tinynet.core import reduce_extremes

    reducer = reduce_extremes.argmax_values if name == "argmax" else reduce_extremes.argmin_values
    a = asarray(a)
    if a.ndim == 0 and axis is not None:
        normalize_axis(axis, 1)
        axis = None
    if axis is None:
        if a.size == 0:
            raise ValueError("attempt to get %s of an empty sequence" % name)
        values, _ = reducer(a._values(), (a.size,), 0, False)
        if keepdims:
            return _finish(values, (1,) * a.ndim, INT64, out)
        return _finish(values, (), INT64, out)
    axis = normalize_axis(axis, a.ndim)
    if a._shape[axis] == 0:
        raise ValueError("attempt to get %s of an empty sequence" % name)
    values, shape = reducer(a._values(), a._shape, axis, keepdims)
    return _finish(values, shape, INT64, out)


def logical(name, a, axis=None, out=None, keepdims=False, where=True):
    """any or all over the given axes."""
    a = asarray(a)
    a = _with_where(a, where, name == "all")
    from tinynet.core import reduce_extremes

    reducer = reduce_extremes.any_values if name == "any" else reduce_extremes.all_values
    axes = _axes(a, axis)
    _check_output(a, axes, BOOL, keepdims)
    values, shape = reducer(a._values(), a._shape, axes, keepdims)
    return _finish(values, shape, BOOL, out)


def cumulative(name, a, axis=None, dtype=None, out=None):
    """cumsum (name "add") or cumprod ("multiply") along an axis (None: the flattened array)."""
    a = asarray(a)
    d = dtypes.as_dtype(dtype) if dtype is not None else dtypes.accumulator(a._dtype)
    if axis is None or not a._shape:  # the flattened array; a 0-d array counts as 1-d, as in NumPy
        a = a.ravel()
    if d is not a._dtype:
        a = a.astype(d)
    axis = 0 if axis is None else normalize_axis(axis, a.ndim)
    from tinynet.core import cumulative

    reducer = cumulative.cumsum_values if name == "add" else cumulative.cumprod_values
    values, _ = reducer(a._values(), a._shape, axis, d.kind, _f32(d))
    if d is BOOL:  # running sums and products of 0 and 1: logical or and and, as bools
        values = [bool(v) for v in values]
    return _finish(dtypes.fix(values, d), a._shape, d, out)


def nonzero(a):
    """A tuple of index arrays, one per axis, of the non-zero elements, in C order.

    A flat position p sits at index (p // stride) % length along each axis of C order.
    """
    if a.ndim == 0:
        raise ValueError("Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.")
    positions = [p for p, x in enumerate(a._values()) if x]
    strides = index_math.c_strides(a._shape)
    return tuple(
        ndarray._make([(p // stride) % length for p in positions], (len(positions),), INT64)
        for length, stride in zip(a._shape, strides)
    )
