"""The oracle on arrays: tinynet arrays, NumPy arrays, nested lists or scalars in, correctly rounded out.

Every function takes its inputs as exact values (a float32 array's values are float32 numbers, so they
are exact too), applies the function exactly, and rounds each result once to ``dtype``: "float64" or
"float32", or by default the dtype of the first input if it is float32, else float64.  A scalar in gives a
Python float out; anything else gives a tinynet array of that dtype and the broadcast or reduced shape.

    >>> from tinynet import oracle
    >>> oracle.exp([0.0, 1.0]).tolist()
    [1.0, 2.718281828459045]
    >>> oracle.sum([[0.1, 0.2], [-0.3, 0.0]], axis=None)
    2.7755575615628914e-17
    >>> oracle.matmul([[1e20, 1.0, -1e20]], [[1.0], [1.0], [1.0]]).tolist()
    [[1.0]]
"""

import tinynet
from tinynet.oracle import activations, elementary, exact, trig
from tinynet.oracle.rounding import format_of

UNARY = {
    name: getattr(module, name)
    for module, names in (
        (elementary, ("exp", "expm1", "log", "log1p", "log2", "log10", "sqrt", "sinh", "cosh", "tanh",
                      "asinh", "acosh", "atanh")),
        (trig, ("sin", "cos", "tan", "asin", "acos", "atan")),
        (activations, ("sigmoid",)),
    )
    for name in names
}
BINARY = {"atan2": trig.atan2, "pow": elementary.pow, "hypot": elementary.hypot}

# A worked example per function for its docstring: (inputs, the correctly rounded float64 result, from
# mpmath at 300 bits).
EXAMPLES = {
    "exp": ("0.5", "1.6487212707001282"), "expm1": ("0.5", "0.6487212707001282"),
    "log": ("0.5", "-0.6931471805599453"), "log1p": ("0.5", "0.4054651081081644"), "log2": ("0.5", "-1.0"),
    "log10": ("0.5", "-0.3010299956639812"), "sqrt": ("0.5", "0.7071067811865476"),
    "sinh": ("0.5", "0.5210953054937474"), "cosh": ("0.5", "1.1276259652063807"),
    "tanh": ("0.5", "0.46211715726000974"), "asinh": ("0.5", "0.48121182505960347"),
    "acosh": ("1.5", "0.9624236501192069"), "atanh": ("0.5", "0.5493061443340549"),
    "sin": ("0.5", "0.479425538604203"), "cos": ("0.5", "0.8775825618903728"),
    "tan": ("0.5", "0.5463024898437905"), "asin": ("0.5", "0.5235987755982989"),
    "acos": ("0.5", "1.0471975511965979"), "atan": ("0.5", "0.4636476090008061"),
    "sigmoid": ("0.5", "0.6224593312018546"), "atan2": ("1.0, 2.0", "0.4636476090008061"),
    "pow": ("2.0, 0.5", "1.4142135623730951"), "hypot": ("1.0, 2.0", "2.23606797749979"),
}


def _docstring(name, summary, function):
    arguments, result = EXAMPLES[name]
    return "%s\n\n    >>> from tinynet import oracle\n    >>> oracle.%s(%s)\n    %s\n\n    %s" % (
        summary, name, arguments, result, (function.__doc__ or "").strip())


# ---------------------------------------------------------------------------------------------------------
# reading inputs and writing results


def _dtype_of(x, dtype):
    if dtype is not None:
        return format_of(dtype)
    found = getattr(x, "dtype", None)
    return "float32" if found is not None and str(getattr(found, "name", found)).endswith("float32") else "float64"


def _as_array(x):
    """Return x as a float64 tinynet array (its values exact), and whether x was a Python scalar."""
    scalar = isinstance(x, (int, float))
    if hasattr(x, "tolist") and not isinstance(x, tinynet.ndarray):
        x = x.tolist()
    return tinynet.asarray(x, dtype="float64"), scalar


def _result(values, shape, dtype, scalar):
    if scalar:
        return values[0]
    return tinynet.asarray(values, dtype=dtype).reshape(shape)


def _flat(array):
    return array.reshape(-1).tolist()


# ---------------------------------------------------------------------------------------------------------
# elementwise functions


def _unary(name):
    function = UNARY[name]

    def apply(x, dtype=None):
        fmt = _dtype_of(x, dtype)
        array, scalar = _as_array(x)
        return _result([function(v, fmt) for v in _flat(array)], array.shape, fmt, scalar)
    apply.__name__ = name
    apply.__doc__ = _docstring(name, "Return %s of each element, correctly rounded to dtype." % name, function)
    return apply


def _binary(name):
    function = BINARY[name]

    def apply(x1, x2, dtype=None):
        fmt = _dtype_of(x1, dtype)
        a, scalar_a = _as_array(x1)
        b, scalar_b = _as_array(x2)
        a, b = tinynet.broadcast_arrays(a, b)
        values = [function(u, v, fmt) for u, v in zip(_flat(a), _flat(b))]
        return _result(values, a.shape, fmt, scalar_a and scalar_b)
    apply.__name__ = name
    apply.__doc__ = _docstring(name, "Return %s of each pair of broadcast elements, correctly rounded to dtype."
                               % name, function)
    return apply


# ---------------------------------------------------------------------------------------------------------
# reductions along an axis


def _rows(x, axis):
    """Return (rows along axis as lists, the shape of the rest) for axis an int or None (all elements)."""
    array, _ = _as_array(x)
    if axis is None:
        return [_flat(array)], ()
    axis = axis + array.ndim if axis < 0 else axis
    if not 0 <= axis < array.ndim:
        raise tinynet.AxisError("axis %d is out of bounds for array of dimension %d" % (axis, array.ndim))
    moved = tinynet.moveaxis(array, axis, -1)
    rest = moved.shape[:-1]
    n = moved.shape[-1]
    flat = _flat(moved)
    return [flat[i * n:(i + 1) * n] for i in range(len(flat) // n if n else _size(rest))], rest


def _size(shape):
    size = 1
    for n in shape:
        size *= n
    return size


def _reduce(function, x, axis, dtype, **options):
    fmt = _dtype_of(x, dtype)
    rows, rest = _rows(x, axis)
    values = [function(row, dtype=fmt, **options) for row in rows]
    if rest == ():
        return values[0]
    return tinynet.asarray(values, dtype=fmt).reshape(rest)


def sum(x, axis=None, dtype=None):
    """Return the exact sum along axis (all elements for None), rounded once."""
    return _reduce(exact.sum_exact, x, axis, dtype)


def mean(x, axis=None, dtype=None):
    """Return the exact mean along axis, rounded once."""
    return _reduce(exact.mean_exact, x, axis, dtype)


def var(x, axis=None, correction=0, dtype=None):
    """Return the exact variance sum((x - mean)**2) / (n - correction) along axis, rounded once."""
    return _reduce(exact.var_exact, x, axis, dtype, correction=correction)


def std(x, axis=None, correction=0, dtype=None):
    """Return the correctly rounded square root of the exact variance along axis."""
    return _reduce(exact.std_exact, x, axis, dtype, correction=correction)


def logsumexp(x, axis=None, dtype=None):
    """Return ln(sum(e**x)) along axis, correctly rounded."""
    return _reduce(activations.logsumexp, x, axis, dtype)


def _along(function, x, axis, dtype):
    """Apply a row -> row function along axis and put the axis back."""
    fmt = _dtype_of(x, dtype)
    array, _ = _as_array(x)
    if array.ndim == 0:
        raise ValueError("%s needs an array of at least one dimension" % function.__name__)
    rows, rest = _rows(array, axis)
    n = array.shape[axis]
    values = [v for row in rows for v in function(row, dtype=fmt)]
    moved = tinynet.asarray(values, dtype=fmt).reshape(tuple(rest) + (n,))
    return tinynet.moveaxis(moved, -1, axis)


def cumulative_sum(x, axis=None, dtype=None):
    """Return the running sums along axis, each the exact prefix sum rounded once (1-d x: axis may be None)."""
    array, _ = _as_array(x)
    if axis is None:
        if array.ndim > 1:
            raise ValueError("cumulative_sum needs axis for an array of %d dimensions" % array.ndim)
        axis = 0
    return _along(exact.cumulative_sum_exact, x, axis, dtype)


def softmax(x, axis=-1, dtype=None):
    """Return e**x / sum(e**x) along axis, each element correctly rounded."""
    return _along(activations.softmax, x, axis, dtype)


def log_softmax(x, axis=-1, dtype=None):
    """Return x - logsumexp(x) along axis, each element correctly rounded."""
    return _along(activations.log_softmax, x, axis, dtype)


# ---------------------------------------------------------------------------------------------------------
# products


def vecdot(x1, x2, axis=-1, dtype=None):
    """Return sum_k x1[..., k] * x2[..., k] over axis after broadcasting, each rounded once."""
    fmt = _dtype_of(x1, dtype)
    a, _ = _as_array(x1)
    b, _ = _as_array(x2)
    a, b = tinynet.broadcast_arrays(a, b)
    rows_a, rest = _rows(a, axis)
    rows_b, _ = _rows(b, axis)
    values = [exact.vecdot_exact(u, v, fmt) for u, v in zip(rows_a, rows_b)]
    return values[0] if rest == () else tinynet.asarray(values, dtype=fmt).reshape(rest)


def matmul(x1, x2, dtype=None):
    """Return the matrix product C[..., i, j] = sum_k A[..., i, k] B[..., k, j], each entry rounded once.

    1-d operands are promoted as in ``tinynet.matmul`` (a row, a column), and stacks broadcast.
    """
    fmt = _dtype_of(x1, dtype)
    a, _ = _as_array(x1)
    b, _ = _as_array(x2)
    if a.ndim == 0 or b.ndim == 0:
        raise ValueError("matmul: Input operand does not have enough dimensions")
    if a.ndim == 1 and b.ndim == 1:
        return vecdot(a, b, dtype=fmt)
    squeeze_a, squeeze_b = a.ndim == 1, b.ndim == 1
    a = a.reshape((1,) + a.shape) if squeeze_a else a
    b = b.reshape(b.shape + (1,)) if squeeze_b else b
    if a.shape[-1] != b.shape[-2]:
        raise ValueError("matmul: shapes %s and %s not aligned: %d (dim %d) != %d (dim %d)"
                         % (a.shape, b.shape, a.shape[-1], a.ndim - 1, b.shape[-2], b.ndim - 2))
    batch = tinynet.broadcast_shapes(a.shape[:-2], b.shape[:-2])
    a = tinynet.broadcast_to(a, batch + a.shape[-2:])
    b = tinynet.broadcast_to(b, batch + b.shape[-2:])
    m, n, p = a.shape[-2], a.shape[-1], b.shape[-1]
    flat_a, flat_b = _flat(a), _flat(b)
    out = []
    for s in range(_size(batch)):
        block_a = flat_a[s * m * n:(s + 1) * m * n]
        block_b = flat_b[s * n * p:(s + 1) * n * p]
        rows = [block_a[i * n:(i + 1) * n] for i in range(m)]
        columns = [block_b[k * p:(k + 1) * p] for k in range(n)]
        if n == 0:
            out.extend([0.0] * (m * p))
            continue
        for line in exact.matmul_exact(rows, columns, fmt):
            out.extend(line)
    shape = batch + (m, p)
    result = tinynet.asarray(out, dtype=fmt).reshape(shape)
    if squeeze_a:
        result = result.reshape(batch + (p,))
    if squeeze_b:
        result = result.reshape(result.shape[:-1])
    return result


def dot(x1, x2, dtype=None):
    """Return the dot product: vecdot for two 1-d arrays, matmul for 2-d ones (each entry rounded once)."""
    a, _ = _as_array(x1)
    b, _ = _as_array(x2)
    if a.ndim <= 2 and b.ndim <= 2 and a.ndim and b.ndim:
        return matmul(x1, x2, dtype=dtype)
    raise ValueError("oracle.dot takes 1-d or 2-d arrays, got %d-d and %d-d (use matmul for stacks)"
                     % (a.ndim, b.ndim))


globals().update({name: _unary(name) for name in UNARY})
globals().update({name: _binary(name) for name in BINARY})
