"""The NumPy-named functions: elementwise math, reductions, joining and reshaping.

Each accepts arrays, nested lists or plain numbers, as NumPy's do, and a
function of plain numbers returns a NumPy-like scalar:

    >>> from tinynet import exp, maximum, concatenate, array
    >>> exp([0.0, 1000.0]).tolist()
    [1.0, inf]
    >>> maximum(0, array([-2, 3])).tolist()
    [0, 3]
    >>> concatenate([[1, 2], [3]]).tolist()
    [1, 2, 3]
"""

import builtins
import math

from . import dtypes, floats, nested
from .dtypes import BOOL, FLOAT64, INT64
from .ndarray import (
    _result,
    array,
    asarray,
    binary,
    dot,
    ndarray,
    normalize_axis,
    unary,
)

# --------------------------------------------------------------------------
# Elementwise math
# --------------------------------------------------------------------------


def _float_function(x, fast, careful):
    """Apply a float function elementwise; the result is float64 whatever x's dtype."""
    return unary(fast, asarray(x), FLOAT64, careful)


def exp(x):
    """Return e**x elementwise (inf where it overflows, as IEEE says).

    >>> exp([0.0, 1.0, 1000.0]).tolist()
    [1.0, 2.718281828459045, inf]
    """
    return _float_function(x, math.exp, floats.exp)


def log(x):
    """Return the natural logarithm elementwise (-inf at 0, nan below 0).

    >>> log([1.0, 0.0, -1.0]).tolist()
    [0.0, -inf, nan]
    """
    return _float_function(x, math.log, floats.log)


def _log2(x):
    return floats.log(x) / math.log(2.0) if not x > 0 else math.log2(x)


def log2(x):
    """Return the base-2 logarithm elementwise.

    >>> log2([1.0, 8.0]).tolist()
    [0.0, 3.0]
    """
    return _float_function(x, math.log2, _log2)


def _log10(x):
    return floats.log(x) if not x > 0 else math.log10(x)


def log10(x):
    """Return the base-10 logarithm elementwise.

    >>> log10([1.0, 1000.0]).tolist()
    [0.0, 3.0]
    """
    return _float_function(x, math.log10, _log10)


def _log1p(x):
    # log(1 + x) accurately for small x: with u = 1 + x rounded, log(u) * x / (u - 1)
    # cancels the rounding error of u (a classic trick; MicroPython has no log1p).
    u = 1.0 + x
    if u == 1.0:
        return float(x)
    if u <= 0 or u == floats.inf:
        return floats.log(u)
    return math.log(u) * x / (u - 1.0)


_math_log1p = getattr(math, "log1p", None)


def log1p(x):
    """Return log(1 + x) elementwise, accurate for small x.

    >>> log1p([0.0, 1e-20]).tolist()
    [0.0, 1e-20]
    """
    return _float_function(x, _math_log1p or _log1p, _log1p)


def sqrt(x):
    """Return the square root elementwise (nan below 0).

    >>> sqrt([4.0, 2.0, -1.0]).tolist()
    [2.0, 1.4142135623730951, nan]
    """
    return _float_function(x, math.sqrt, floats.sqrt)


def tanh(x):
    """Return the hyperbolic tangent elementwise: (e**x - e**-x) / (e**x + e**-x).

    >>> tanh([0.0, 1000.0]).tolist()
    [0.0, 1.0]
    """
    return _float_function(x, math.tanh, math.tanh)


def sin(x):
    """Return the sine elementwise.

    >>> sin([0.0]).tolist()
    [0.0]
    """
    return _float_function(x, math.sin, floats.sin)


def cos(x):
    """Return the cosine elementwise.

    >>> cos([0.0]).tolist()
    [1.0]
    """
    return _float_function(x, math.cos, floats.cos)


def _floor(x):
    try:
        return float(math.floor(x))
    except floats.ARITHMETIC_ERRORS:
        return x


def _ceil(x):
    try:
        return float(math.ceil(x))
    except floats.ARITHMETIC_ERRORS:
        return x


def floor(x):
    """Return the largest integer <= x elementwise, as floats.

    >>> floor([-1.5, 2.5]).tolist()
    [-2.0, 2.0]
    """
    a = asarray(x)
    if a._dtype.kind != "f":
        return unary(_identity, a)
    return unary(_floor, a, FLOAT64)


def ceil(x):
    """Return the smallest integer >= x elementwise, as floats.

    >>> ceil([-1.5, 2.5]).tolist()
    [-1.0, 3.0]
    """
    a = asarray(x)
    if a._dtype.kind != "f":
        return unary(_identity, a)
    return unary(_ceil, a, FLOAT64)


def _identity(x):
    return x


def absolute(x):
    """Return |x| elementwise.

    >>> absolute([-1.5, 2]).tolist(), absolute(-3)
    ([1.5, 2.0], np.int64(3))
    """
    a = asarray(x)
    if a._dtype is BOOL:
        return unary(_identity, a)
    return unary(builtins.abs, a)


abs = absolute  # noqa: A001 - NumPy's public name


def square(x):
    """Return x * x elementwise.

    >>> square([-3, 2]).tolist()
    [9, 4]
    """
    a = asarray(x)
    if a._dtype is BOOL:
        a = a.astype(INT64)  # NumPy squares bools in a small int type, not as logical and
    return binary("multiply", a, a)


def sign(x):
    """Return -1, 0 or 1 elementwise by the sign of x (nan stays nan).

    >>> sign([-2.5, 0.0, 3.0]).tolist()
    [-1.0, 0.0, 1.0]
    """
    a = asarray(x)
    if a._dtype is BOOL:
        raise TypeError("ufunc 'sign' did not contain a loop with signature matching types")
    return unary(floats.sign, a)


def isnan(x):
    """Return whether each element is nan.

    >>> isnan([1.0, float("nan")]).tolist()
    [False, True]
    """
    return unary(_is_nan, asarray(x), BOOL)


def isinf(x):
    """Return whether each element is +inf or -inf.

    >>> isinf([1.0, float("-inf")]).tolist()
    [False, True]
    """
    return unary(_is_inf, asarray(x), BOOL)


def isfinite(x):
    """Return whether each element is neither inf nor nan.

    >>> isfinite([1.0, float("inf"), float("nan")]).tolist()
    [True, False, False]
    """
    return unary(_is_finite, asarray(x), BOOL)


def _is_nan(x):
    return x != x


def _is_inf(x):
    return x == floats.inf or x == -floats.inf


def _is_finite(x):
    return x == x and x != floats.inf and x != -floats.inf


def logical_not(x):
    """Return not x elementwise.

    >>> logical_not([True, False]).tolist()
    [False, True]
    """
    return unary(_not, asarray(x), BOOL)


def _not(x):
    return not x


def logical_and(a, b):
    """Return a and b elementwise, as bools.

    >>> logical_and([True, True], [True, False]).tolist()
    [True, False]
    """
    return binary("bitwise_and", asarray(a).astype(BOOL), asarray(b).astype(BOOL))


def logical_or(a, b):
    """Return a or b elementwise, as bools.

    >>> logical_or([True, False], [False, False]).tolist()
    [True, False]
    """
    return binary("bitwise_or", asarray(a).astype(BOOL), asarray(b).astype(BOOL))


def add(a, b):
    """Return a + b elementwise.

    >>> add([1, 2], 3).tolist()
    [4, 5]
    """
    return _binary_function("add", a, b)


def subtract(a, b):
    """Return a - b elementwise.

    >>> subtract([1, 2], 3).tolist()
    [-2, -1]
    """
    return _binary_function("subtract", a, b)


def multiply(a, b):
    """Return a * b elementwise.

    >>> multiply([1, 2], 3).tolist()
    [3, 6]
    """
    return _binary_function("multiply", a, b)


def divide(a, b):
    """Return a / b elementwise (inf or nan where b is 0).

    >>> divide([1, 2], 4).tolist()
    [0.25, 0.5]
    """
    return _binary_function("divide", a, b)


true_divide = divide


def floor_divide(a, b):
    """Return a // b elementwise.

    >>> floor_divide([7, -7], 2).tolist()
    [3, -4]
    """
    return _binary_function("floor_divide", a, b)


def remainder(a, b):
    """Return a % b elementwise, with the sign of b.

    >>> remainder([7, -7], 3).tolist()
    [1, 2]
    """
    return _binary_function("remainder", a, b)


mod = remainder


def power(a, b):
    """Return a ** b elementwise.

    >>> power([2, 3], 2).tolist()
    [4, 9]
    """
    return _binary_function("power", a, b)


def maximum(a, b):
    """Return the larger of a and b elementwise (nan if either is nan).

    >>> maximum([1, 5], [4, 2]).tolist(), maximum(0, [-1.5, 2.0]).tolist()
    ([4, 5], [0.0, 2.0])
    """
    return _binary_function("maximum", a, b)


def minimum(a, b):
    """Return the smaller of a and b elementwise (nan if either is nan).

    >>> minimum([1, 5], [4, 2]).tolist()
    [1, 2]
    """
    return _binary_function("minimum", a, b)


def _binary_function(name, a, b):
    # Python numbers stay weak (NEP 50); anything else becomes an array first.
    if not isinstance(a, (ndarray, bool, int, float)):
        a = asarray(a)
    if not isinstance(b, (ndarray, bool, int, float)):
        b = asarray(b)
    result = binary(name, a, b)
    if result is NotImplemented:
        raise TypeError("unsupported operand types for %s: %r and %r" % (name, type(a), type(b)))
    return result


def clip(a, a_min=None, a_max=None):
    """Return a with values limited to [a_min, a_max]: min(max(a, a_min), a_max).

    >>> clip([-2.0, 0.5, 3.0], 0, 1).tolist()
    [0.0, 0.5, 1.0]
    """
    result = asarray(a)
    if a_min is None and a_max is None:
        raise ValueError("One of max or min must be given")
    bounds = [asarray(b)._shape for b in (a_min, a_max) if b is not None]
    nested.broadcast_shapes(result._shape, *bounds)  # NumPy names all the shapes when they clash
    if a_min is not None:
        result = _binary_function("maximum", result, a_min)
    if a_max is not None:
        result = _binary_function("minimum", result, a_max)
    return result


def where(condition, x=None, y=None):
    """Return x where condition is true and y elsewhere, all three broadcast together.

    With only a condition, return the indices where it is true (see nonzero).

    >>> where([True, False, True], [1, 2, 3], 0).tolist()
    [1, 0, 3]
    >>> where(array([[1, -1]]) > 0, 1.0, -1.0).tolist()
    [[1.0, -1.0]]
    """
    if x is None and y is None:
        return nonzero(condition)
    if x is None or y is None:
        raise ValueError("either both or neither of x and y should be given")
    c = asarray(condition).astype(BOOL, copy=False)
    left, right = _operand_of(x), _operand_of(y)
    d = _where_dtype(left, right)
    left, right = left[0], right[0]
    shape = nested.broadcast_shapes(c._shape, left._shape, right._shape)
    nested.check_ndim(shape)
    cs = nested.broadcast_to(c._data, c._shape, shape)
    xs = nested.broadcast_to(left.astype(d, copy=False)._data, left._shape, shape)
    ys = nested.broadcast_to(right.astype(d, copy=False)._data, right._shape, shape)
    if len(shape) == 0:
        data = xs if cs else ys
    elif len(shape) == 1:
        data = [a if keep else b for keep, a, b in zip(cs, xs, ys)]
    else:
        data = [
            [a if keep else b for keep, a, b in zip(rc, rx, ry)] for rc, rx, ry in zip(cs, xs, ys)
        ]
    return ndarray._wrap(data, shape, d)  # a 0-d array, not a scalar, as NumPy's where gives


def _operand_of(x):
    """Return (array, the Python type of x if x is a weak Python number, else None)."""
    weak = type(x) if type(x) in (bool, int, float) else None
    return asarray(x), weak


def _where_dtype(left, right):
    (a, weak_a), (b, weak_b) = left, right
    if weak_a and not weak_b:
        return dtypes.promote_weak(b._dtype, weak_a)
    if weak_b and not weak_a:
        return dtypes.promote_weak(a._dtype, weak_b)
    return dtypes.promote(a._dtype, b._dtype)


def nonzero(a):
    """Return a tuple of index arrays, one per axis, of the non-zero elements.

    >>> [i.tolist() for i in nonzero([[0, 1], [2, 0]])]
    [[0, 1], [1, 0]]
    """
    return asarray(a).nonzero()


def count_nonzero(a, axis=None):
    """Return the number of non-zero elements (over an axis).

    >>> count_nonzero([0, 1, 2, 0])
    2
    """
    total = asarray(a).astype(BOOL).sum(axis=axis)
    return int(total) if axis is None else total


def isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    """Return whether a and b are equal within tolerance elementwise: |a - b| <= atol + rtol * |b|.

    >>> isclose([1.0, 1.0], [1.0 + 1e-9, 1.1]).tolist()
    [True, False]
    """
    a, b = asarray(a), asarray(b)

    def close(x, y):
        return floats.isclose(float(x), float(y), rtol, atol, equal_nan)

    data, shape = nested.zip_with(close, a._data, a._shape, b._data, b._shape)
    return _result(data, shape, BOOL)


def allclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    """Return whether every element of a is close to b (see isclose).

    >>> allclose([1.0, 2.0], [1.0, 2.0 + 1e-10]), allclose([1.0], [1.1])
    (True, False)
    """
    return bool(asarray(isclose(a, b, rtol, atol, equal_nan)).all())


def array_equal(a1, a2, equal_nan=False):
    """Return whether two arrays have the same shape and the same elements.

    >>> array_equal([1, 2], [1, 2]), array_equal([1, 2], [[1, 2]])
    (True, False)
    """
    a, b = asarray(a1), asarray(a2)
    if a._shape != b._shape:
        return False
    flat_a = nested.flatten(a._data, a._shape)
    flat_b = nested.flatten(b._data, b._shape)
    for x, y in zip(flat_a, flat_b):
        if x != y and not (equal_nan and x != x and y != y):
            return False
    return True


# --------------------------------------------------------------------------
# Reductions
# --------------------------------------------------------------------------


def sum(a, axis=None, dtype=None, keepdims=False):  # noqa: A001 - NumPy's public name
    """Return the sum of the elements over an axis.

    >>> sum([[1, 2], [3, 4]]), sum([[1, 2], [3, 4]], axis=0).tolist()
    (np.int64(10), [4, 6])
    """
    return asarray(a).sum(axis=axis, dtype=dtype, keepdims=keepdims)


def prod(a, axis=None, keepdims=False):
    """Return the product of the elements over an axis.

    >>> prod([1, 2, 3, 4])
    np.int64(24)
    """
    return asarray(a).prod(axis=axis, keepdims=keepdims)


def mean(a, axis=None, dtype=None, keepdims=False):
    """Return the mean over an axis: sum / count.

    >>> mean([1, 2, 3, 4])
    np.float64(2.5)
    """
    return asarray(a).mean(axis=axis, keepdims=keepdims)


def var(a, axis=None, dtype=None, ddof=0, keepdims=False):
    """Return the variance over an axis: mean(|x - mean(x)|**2).

    >>> var([1, 2, 3, 4])
    np.float64(1.25)
    """
    return asarray(a).var(axis=axis, ddof=ddof, keepdims=keepdims)


def std(a, axis=None, dtype=None, ddof=0, keepdims=False):
    """Return the standard deviation over an axis: sqrt(var).

    >>> std([0, 2])
    np.float64(1.0)
    """
    return asarray(a).std(axis=axis, ddof=ddof, keepdims=keepdims)


def max(a, axis=None, keepdims=False):  # noqa: A001 - NumPy's public name
    """Return the largest element over an axis.

    >>> max([[1, 5], [7, 2]]), max([[1, 5], [7, 2]], axis=0).tolist()
    (np.int64(7), [7, 5])
    """
    return asarray(a).max(axis=axis, keepdims=keepdims)


def min(a, axis=None, keepdims=False):  # noqa: A001 - NumPy's public name
    """Return the smallest element over an axis.

    >>> min([[1, 5], [7, 2]], axis=1).tolist()
    [1, 2]
    """
    return asarray(a).min(axis=axis, keepdims=keepdims)


amax = max
amin = min


def argmax(a, axis=None, keepdims=False):
    """Return the index of the first largest element over an axis.

    >>> argmax([[1, 5], [7, 2]], axis=1).tolist()
    [1, 0]
    """
    return asarray(a).argmax(axis=axis, keepdims=keepdims)


def argmin(a, axis=None, keepdims=False):
    """Return the index of the first smallest element over an axis.

    >>> argmin([4, 1, 1])
    np.int64(1)
    """
    return asarray(a).argmin(axis=axis, keepdims=keepdims)


def any(a, axis=None, keepdims=False):  # noqa: A001 - NumPy's public name
    """Return whether any element over an axis is true.

    >>> any([0, 0, 1])
    np.True_
    """
    return asarray(a).any(axis=axis, keepdims=keepdims)


def all(a, axis=None, keepdims=False):  # noqa: A001 - NumPy's public name
    """Return whether every element over an axis is true.

    >>> all([1, 1, 0])
    np.False_
    """
    return asarray(a).all(axis=axis, keepdims=keepdims)


def cumsum(a, axis=None):
    """Return the running sums along an axis.

    >>> cumsum([1, 2, 3]).tolist()
    [1, 3, 6]
    """
    return asarray(a).cumsum(axis=axis)


def round(a, decimals=0):  # noqa: A001 - NumPy's public name
    """Round half to even to the given number of decimals: rint(a * 10**d) / 10**d.

    >>> round([0.5, 1.5, 2.5]).tolist(), round(2.675, 2)
    ([0.0, 2.0, 2.0], np.float64(2.68))
    """
    return asarray(a).round(decimals)


around = round


# --------------------------------------------------------------------------
# Products
# --------------------------------------------------------------------------


def outer(a, b):
    """Return the outer product: P[i][j] = a[i] * b[j] (inputs are flattened).

    >>> outer([1, 2], [1, 10, 100]).tolist()
    [[1, 10, 100], [2, 20, 200]]
    """
    a, b = asarray(a).ravel(), asarray(b).ravel()
    d = dtypes.promote(a._dtype, b._dtype)
    data = nested.outer(a._data, b._data)
    if d is BOOL:
        data = [[bool(x) for x in row] for row in data]
    elif d.kind == "u":
        data = nested.map_elementwise(dtypes.wrapper(d), data, 2)
    return ndarray._wrap(data, (a.size, b.size), d)


def inner(a, b):
    """Return the inner product of two vectors: sum_k a[k] * b[k].

    >>> inner([1, 2, 3], [1, 1, 1])
    np.int64(6)
    """
    a, b = asarray(a), asarray(b)
    if a.ndim == 2 or b.ndim == 2:
        return dot(a, b.T)
    return dot(a, b)


def transpose(a, axes=None):
    """Return a with its axes reversed (a matrix's rows become columns).

    >>> transpose([[1, 2, 3]]).tolist()
    [[1], [2], [3]]
    """
    return asarray(a).transpose(axes)


# --------------------------------------------------------------------------
# Shapes
# --------------------------------------------------------------------------


def shape(a):
    """Return the shape of an array-like.

    >>> shape([[1, 2, 3]])
    (1, 3)
    """
    return asarray(a).shape


def ndim(a):
    """Return the number of dimensions of an array-like.

    >>> ndim([[1], [2]])
    2
    """
    return asarray(a).ndim


def size(a):
    """Return the number of elements of an array-like.

    >>> size([[1, 2], [3, 4]])
    4
    """
    return asarray(a).size


def reshape(a, newshape, order="C"):
    """Return the elements of a in a new shape (one dimension may be -1).

    >>> reshape([1, 2, 3, 4], (2, 2)).tolist()
    [[1, 2], [3, 4]]
    """
    return asarray(a).reshape(newshape, order=order)


def ravel(a):
    """Return the elements of a as a 1-d array.

    >>> ravel([[1, 2], [3, 4]]).tolist()
    [1, 2, 3, 4]
    """
    return asarray(a).ravel()


def squeeze(a, axis=None):
    """Return a without its length-1 axes.

    >>> squeeze([[1], [2]]).tolist()
    [1, 2]
    """
    return asarray(a).squeeze(axis)


def expand_dims(a, axis):
    """Return a with a new length-1 axis at position axis.

    >>> expand_dims([1, 2], 0).shape, expand_dims([1, 2], 1).shape
    ((1, 2), (2, 1))
    """
    a = asarray(a)
    axis = normalize_axis(axis, a.ndim + 1)
    return a.reshape(a._shape[:axis] + (1,) + a._shape[axis:])


def atleast_1d(a):
    """Return a as an array with at least one dimension.

    >>> atleast_1d(5).tolist()
    [5]
    """
    a = asarray(a)
    return a.reshape(1) if a.ndim == 0 else a


def atleast_2d(a):
    """Return a as an array with at least two dimensions (a vector becomes one row).

    >>> atleast_2d([1, 2]).tolist()
    [[1, 2]]
    """
    a = asarray(a)
    if a.ndim == 2:
        return a
    return a.reshape(1, a.size)


def concatenate(arrays, axis=0):
    """Join arrays along an existing axis (None: flatten them first).

    >>> concatenate([[[1, 2]], [[3, 4]]]).tolist(), concatenate([[[1], [2]], [[3], [4]]], axis=1).tolist()
    ([[1, 2], [3, 4]], [[1, 3], [2, 4]])
    """
    arrays = [asarray(a) for a in arrays]
    if not arrays:
        raise ValueError("need at least one array to concatenate")
    if axis is None:
        arrays = [a.ravel() for a in arrays]
        axis = 0
    first = arrays[0]
    if first.ndim == 0:
        raise ValueError("zero-dimensional arrays cannot be concatenated")
    for i, a in enumerate(arrays):
        if a.ndim != first.ndim:
            raise ValueError(
                "all the input array dimensions except for the concatenation axis must match exactly, "
                "but the array at index 0 has %d dimension(s) and the array at index %d has %d "
                "dimension(s)" % (first.ndim, i, a.ndim)
            )
    axis = normalize_axis(axis, first.ndim)
    for i, a in enumerate(arrays):
        for dim in range(first.ndim):
            if dim != axis and a._shape[dim] != first._shape[dim]:
                raise ValueError(
                    "all the input array dimensions except for the concatenation axis must match "
                    "exactly, but along dimension %d, the array at index 0 has size %d and the array "
                    "at index %d has size %d" % (dim, first._shape[dim], i, a._shape[dim])
                )
    d = first._dtype
    for a in arrays[1:]:
        d = dtypes.promote(d, a._dtype)
    parts = [a.astype(d, copy=False)._data for a in arrays]
    if first.ndim == 1:
        data = []
        for part in parts:
            data.extend(part)
        return ndarray._wrap(data, (len(data),), d)
    if axis == 0:
        data = [row[:] for part in parts for row in part]
        return ndarray._wrap(data, (len(data), first._shape[1]), d)
    data = []
    for rows in zip(*parts):
        joined = []
        for row in rows:
            joined.extend(row)
        data.append(joined)
    if not data:
        data = []
    columns = 0
    for a in arrays:
        columns += a._shape[1]
    return ndarray._wrap(data, (first._shape[0], columns), d)


def vstack(arrays):
    """Stack arrays as rows, one under another (vectors become rows).

    >>> vstack([[1, 2], [3, 4]]).tolist()
    [[1, 2], [3, 4]]
    """
    return concatenate([atleast_2d(a) for a in arrays], axis=0)


def hstack(arrays):
    """Stack arrays side by side (vectors are joined end to end).

    >>> hstack([[1, 2], [3]]).tolist(), hstack([[[1], [2]], [[3], [4]]]).tolist()
    ([1, 2, 3], [[1, 3], [2, 4]])
    """
    arrays = [atleast_1d(a) for a in arrays]
    return concatenate(arrays, axis=0 if arrays and arrays[0].ndim == 1 else 1)


def column_stack(arrays):
    """Stack vectors as the columns of a matrix (matrices are joined side by side).

    >>> column_stack([[1, 2], [3, 4]]).tolist()
    [[1, 3], [2, 4]]
    """
    columns = []
    for a in arrays:
        a = asarray(a)
        columns.append(a.reshape(a.size, 1) if a.ndim < 2 else a)
    return concatenate(columns, axis=1)


def stack(arrays, axis=0):
    """Join vectors of the same length along a new axis.

    >>> stack([[1, 2], [3, 4]]).tolist(), stack([[1, 2], [3, 4]], axis=1).tolist()
    ([[1, 2], [3, 4]], [[1, 3], [2, 4]])
    """
    arrays = [asarray(a) for a in arrays]
    if not arrays:
        raise ValueError("need at least one array to stack")
    for a in arrays:
        if a._shape != arrays[0]._shape:
            raise ValueError("all input arrays must have the same shape")
    axis = normalize_axis(axis, arrays[0].ndim + 1)
    rows = [expand_dims(a, axis) for a in arrays]
    return concatenate(rows, axis=axis)


class _ConcatenateIndex:
    """``c_[...]`` and ``r_[...]``: concatenation written as indexing.

    ``c_[a, b]`` puts vectors side by side as columns; ``r_[a, b]`` joins
    them end to end.  Slices become ranges, as in NumPy: ``r_[0:3]`` is
    ``arange(0, 3)``.
    """

    def __init__(self, columns):
        self.columns = columns

    def __getitem__(self, key):
        if not isinstance(key, tuple):
            key = (key,)
        items = []
        for item in key:
            if isinstance(item, slice):
                item = _slice_to_array(item)
            items.append(asarray(item))
        if self.columns:
            parts = []
            for a in items:
                if a.ndim == 0:
                    a = a.reshape(1, 1)
                elif a.ndim == 1:
                    a = a.reshape(a.size, 1)
                parts.append(a)
            return concatenate(parts, axis=1)
        return concatenate([atleast_1d(a) for a in items], axis=0)


def _slice_to_array(s):
    start = 0 if s.start is None else s.start
    step = 1 if s.step is None else s.step
    from .creation import arange, linspace

    if isinstance(step, complex):
        return linspace(start, s.stop, int(abs(step)))
    return arange(start, s.stop, step)


c_ = _ConcatenateIndex(columns=True)
r_ = _ConcatenateIndex(columns=False)


def meshgrid(x, y, indexing="xy"):
    """Return coordinate matrices X, Y with X[i][j] = x[j] and Y[i][j] = y[i].

    >>> X, Y = meshgrid([1, 2, 3], [10, 20])
    >>> X.tolist(), Y.tolist()
    ([[1, 2, 3], [1, 2, 3]], [[10, 10, 10], [20, 20, 20]])
    """
    x, y = asarray(x).ravel(), asarray(y).ravel()
    if indexing == "ij":
        X = [[a] * y.size for a in x._data]
        Y = [y._data[:] for _ in x._data]
        return ndarray._wrap(X, (x.size, y.size), x._dtype), ndarray._wrap(Y, (x.size, y.size), y._dtype)
    X = [x._data[:] for _ in y._data]
    Y = [[b] * x.size for b in y._data]
    return ndarray._wrap(X, (y.size, x.size), x._dtype), ndarray._wrap(Y, (y.size, x.size), y._dtype)


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


def copy(a):
    """Return an array copy of a.

    >>> copy([[1, 2]]).tolist()
    [[1, 2]]
    """
    return array(a)


def diag(v, k=0):
    """Return the diagonal of a matrix, or a matrix with v on its diagonal.

    >>> diag([[1, 2], [3, 4]]).tolist(), diag([1, 2]).tolist()
    ([1, 4], [[1, 0], [0, 2]])
    """
    v = asarray(v)
    if v.ndim == 1:
        n = v.size + (k if k > 0 else -k)
        zero = dtypes.converter(v._dtype)(0)
        data = [[zero] * n for _ in range(n)]
        for i, x in enumerate(v._data):
            data[i + builtins.max(-k, 0)][i + builtins.max(k, 0)] = x
        return ndarray._wrap(data, (n, n), v._dtype)
    if v.ndim == 2:
        rows, columns = v._shape
        values = [v._data[i][i + k] for i in range(rows) if 0 <= i + k < columns]
        return ndarray._wrap(values, (len(values),), v._dtype)
    raise ValueError("Input must be 1- or 2-d.")


def trace(a):
    """Return the sum of the diagonal: sum_i A[i][i].

    >>> trace([[1, 2], [3, 4]])
    np.int64(5)
    """
    return diag(a).sum()


def tile(a, reps):
    """Return a repeated reps times (an int, or (rows, columns) for a 2-d result).

    >>> tile([1, 2], 2).tolist(), tile([1, 2], (2, 1)).tolist()
    ([1, 2, 1, 2], [[1, 2], [1, 2]])
    """
    a = asarray(a)
    reps = (reps,) if isinstance(reps, int) else tuple(reps)
    if len(reps) == 1:
        if a.ndim == 2:
            return concatenate([a] * reps[0], axis=1)
        return concatenate([atleast_1d(a)] * reps[0])
    row = atleast_2d(a)
    row = concatenate([row] * reps[1], axis=1) if reps[1] else row[:, :0]
    return concatenate([row] * reps[0], axis=0)


def repeat(a, repeats, axis=None):
    """Return each element repeated (along an axis, or of the flattened array).

    >>> repeat([1, 2], 2).tolist()
    [1, 1, 2, 2]
    """
    a = asarray(a)
    if axis is None:
        values = []
        for v in a.ravel()._data:
            values.extend([v] * repeats)
        return ndarray._wrap(values, (len(values),), a._dtype)
    axis = normalize_axis(axis, a.ndim)
    if a.ndim == 1:
        return repeat(a, repeats)
    if axis == 0:
        rows = [row[:] for row in a._data for _ in range(repeats)]
        return ndarray._wrap(rows, (len(rows), a._shape[1]), a._dtype)
    rows = [[v for v in row for _ in range(repeats)] for row in a._data]
    return ndarray._wrap(rows, (a._shape[0], a._shape[1] * repeats), a._dtype)
