"""Functions that make new arrays: zeros, ones, eye, arange, linspace, ...

They take the same arguments as NumPy's and give the same values:

    >>> from tinynet import zeros, arange, linspace
    >>> zeros((2, 3)).tolist()
    [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]]
    >>> arange(5).tolist(), arange(0.0, 1.0, 0.25).tolist()
    ([0, 1, 2, 3, 4], [0.0, 0.25, 0.5, 0.75])
    >>> linspace(0, 1, 5).tolist()
    [0.0, 0.25, 0.5, 0.75, 1.0]
"""

import math

from tinynet.core import dtypes
from tinynet.core import memory
from tinynet.core.dtypes import FLOAT64, INT64
from tinynet.core.ndarray import _as_shape, _size_of, asarray, check_device, ndarray


def _shape_arg(shape):
    """Turn an int or a sequence of ints into a shape tuple, as NumPy accepts."""
    if isinstance(shape, ndarray):
        shape = shape.tolist()
    shape = _as_shape(shape)
    for n in shape:
        if n < 0:
            raise ValueError("negative dimensions are not allowed")
    return shape


def full(shape, fill_value, dtype=None, *, device=None):
    """Return a new array of the given shape with every element fill_value.

    >>> full((2, 2), 7).tolist(), full(3, 0.5).dtype
    ([[7, 7], [7, 7]], dtype('float64'))
    """
    check_device(device)
    shape = _shape_arg(shape)
    value = asarray(fill_value)
    d = value._dtype if dtype is None else dtypes.as_dtype(dtype)
    memory.check_size(shape, d)
    if value._shape:
        result = ndarray._make([dtypes.converter(d)(0)] * _size_of(shape), shape, d)
        result[...] = value
        return result
    if dtype is None:
        return ndarray._make([value._values()[0]] * _size_of(shape), shape, d)
    if isinstance(fill_value, int):  # a Python int must fit d (NumPy 2's rule: OverflowError else)
        return ndarray._make([dtypes.convert_scalar(fill_value, d)] * _size_of(shape), shape, d)
    # anything else is cast as astype casts (NumPy copies it in with casting='unsafe'): 1e300 -> int64 min
    return ndarray._make([value.astype(d)._values()[0]] * _size_of(shape), shape, d)


def zeros(shape, dtype=float, *, device=None):
    """Return a new array of zeros (float64 unless dtype says otherwise).

    >>> zeros(3).tolist(), zeros((1, 2), dtype=int).tolist()
    ([0.0, 0.0, 0.0], [[0, 0]])
    """
    check_device(device)
    return full(shape, 0, dtype=dtypes.as_dtype(dtype))


def ones(shape, dtype=float, *, device=None):
    """Return a new array of ones (float64 unless dtype says otherwise).

    >>> ones((2, 1)).tolist()
    [[1.0], [1.0]]
    """
    check_device(device)
    return full(shape, 1, dtype=dtypes.as_dtype(dtype))


def empty(shape, dtype=float, *, device=None):
    """Return a new array; NumPy leaves it uninitialised, tinynet fills it with zeros.

    >>> empty(2).shape
    (2,)
    """
    check_device(device)
    return zeros(shape, dtype)


def _like(a, dtype, shape):
    a = asarray(a)
    return (a._shape if shape is None else shape), (a._dtype if dtype is None else dtype)


def zeros_like(a, dtype=None, shape=None, *, device=None):
    """Return zeros with the shape and dtype of a.

    >>> zeros_like([[1, 2]]).tolist()
    [[0, 0]]
    """
    check_device(device)
    shape, dtype = _like(a, dtype, shape)
    return full(shape, 0, dtype=dtype)


def ones_like(a, dtype=None, shape=None, *, device=None):
    """Return ones with the shape and dtype of a.

    >>> ones_like([1.5, 2.5]).tolist()
    [1.0, 1.0]
    """
    check_device(device)
    shape, dtype = _like(a, dtype, shape)
    return full(shape, 1, dtype=dtype)


def full_like(a, fill_value, dtype=None, shape=None, *, device=None):
    """Return an array with the shape and dtype of a, filled with fill_value.

    >>> full_like([1, 2], 9).tolist()
    [9, 9]
    """
    check_device(device)
    shape, dtype = _like(a, dtype, shape)
    return full(shape, fill_value, dtype=dtype)


def empty_like(a, dtype=None, shape=None, *, device=None):
    """Return a new array like a (filled with zeros).

    >>> empty_like([1.0]).tolist()
    [0.0]
    """
    check_device(device)
    return zeros_like(a, dtype, shape)


def eye(N, M=None, k=0, dtype=float, *, device=None):
    """Return a 2-d array with ones on diagonal k and zeros elsewhere: I[i][j] = (j - i == k).

    >>> eye(3).tolist()
    [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]
    >>> eye(2, 3, k=1, dtype=int).tolist()
    [[0, 1, 0], [0, 0, 1]]
    """
    check_device(device)
    M = N if M is None else M
    shape = _shape_arg((N, M))
    d = dtypes.as_dtype(dtype)
    memory.check_size(shape, d)
    one, zero = dtypes.converter(d)(1), dtypes.converter(d)(0)
    values = [zero] * (N * M)
    for i in range(max(0, -k), min(N, M - k)):
        values[i * M + i + k] = one
    return ndarray._make(values, shape, d)


def identity(n, dtype=float):
    """Return the n x n identity matrix.

    >>> identity(2).tolist()
    [[1.0, 0.0], [0.0, 1.0]]
    """
    return eye(n, dtype=dtype)


def arange(start, stop=None, step=1, dtype=None, *, device=None):
    """Return evenly spaced values in [start, stop): start + i * step.

    The dtype is int64 when every argument is an int, else float64.

    >>> arange(3).tolist(), arange(1, 10, 3).tolist(), arange(5, 0, -2).tolist()
    ([0, 1, 2], [1, 4, 7], [5, 3, 1])
    >>> arange(0, 1, 0.3).tolist()
    [0.0, 0.3, 0.6, 0.8999999999999999]
    """
    check_device(device)
    if stop is None:
        start, stop = 0, start
    if step == 0:
        raise ZeroDivisionError("division by zero")
    values = [_plain_number(v) for v in (start, stop, step)]
    start, stop, step = values
    is_int = all(type(v) is int for v in values)
    d = dtypes.as_dtype(dtype) if dtype is not None else (INT64 if is_int else FLOAT64)
    n = len(range(start, stop, step)) if is_int else None
    if d is dtypes.BOOL and (n if is_int else _float_length(start, stop, step)) > 2:
        raise TypeError("arange() is only supported for booleans when the result has at most length 2.")
    if is_int:
        memory.check_size((n,), d)
        data = list(range(start, stop, step))
    else:
        start, stop, step = float(start), float(stop), float(step)
        quotient = (stop - start) / step
        if quotient != quotient:
            raise ValueError("arange: cannot compute length")
        if quotient - quotient != 0.0 or abs(quotient) >= 2.0 ** 63:  # NumPy's length overflows its intp
            raise ValueError("Maximum allowed size exceeded")
        n = max(int(math.ceil(quotient)), 0)
        if quotient == 0.0 and stop - start != 0.0 and math.copysign(1.0, quotient) > 0:
            n = 1  # a step so large that the quotient underflows still leaves start, as in NumPy
        memory.check_size((n,), d)
        # NumPy computes the first two values and steps by their difference.
        delta = (start + step) - start
        data = [start + i * delta for i in range(n)]
        if n:
            data[0] = start
    return ndarray._make(dtypes.cast(data, INT64 if is_int else FLOAT64, d), (len(data),), d)


def _float_length(start, stop, step):
    """The length of a float arange, or 0 where it cannot be computed (the main path says why)."""
    quotient = (float(stop) - float(start)) / float(step)
    return max(math.ceil(quotient), 0) if quotient - quotient == 0.0 else 0


def _plain_number(v):
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float):
        return float(v)
    if hasattr(v, "item"):
        return _plain_number(v.item())
    raise TypeError("unsupported operand type for arange: %r" % (v,))


def linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, *, device=None):
    """Return num evenly spaced numbers from start to stop: start + i * step.

    >>> linspace(2.0, 3.0, num=5).tolist()
    [2.0, 2.25, 2.5, 2.75, 3.0]
    >>> linspace(0, 1, 4, endpoint=False).tolist()
    [0.0, 0.25, 0.5, 0.75]
    """
    check_device(device)
    # (MicroPython's int has no __int__ attribute, so ints are let through by type first)
    if isinstance(num, (str, float)) or not (isinstance(num, int) or hasattr(num, "__int__")):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(num).__name__)
    num = int(num)
    if num < 0:
        raise ValueError("Number of samples, %d, must be non-negative." % num)
    memory.check_size((num,), FLOAT64)
    start, stop = float(start), float(stop)
    div = (num - 1) if endpoint else num
    span = stop - start
    if div > 0:
        step = span / div
        if step == 0:
            data = [(i / div) * span + start for i in range(num)]
        else:
            data = [i * step + start for i in range(num)]
    else:
        step = float("nan")
        data = [i * span + start for i in range(num)]
    if endpoint and num > 1:
        data[-1] = stop
    d = FLOAT64 if dtype is None else dtypes.as_dtype(dtype)
    if d.kind in "iu":  # NumPy floors before casting to an integer dtype: -0.5 becomes -1, not 0
        data = [math.floor(x) if x - x == 0.0 else x for x in data]
        data = [float(x) for x in data]
    result = ndarray._make(dtypes.cast(data, FLOAT64, d), (num,), d)
    if retstep:
        return result, dtypes.scalar(step, FLOAT64)
    return result


# ---------------------------------------------------------------------------------------------------------
# sequences on a log scale: logspace, geomspace (start and stop may be arrays; the samples run along axis)
# ---------------------------------------------------------------------------------------------------------


def _spaced(start, stop, num, endpoint, dt):
    """Samples along a new first axis, as NumPy's linspace computes them for array start and stop.

    With ``div = num - 1`` (``num`` without the endpoint) and ``step = (stop - start) / div``:
    ``y[i] = i * step + start``, or ``y[i] = i / div * (stop - start) + start`` when some step is 0;
    the last sample is ``stop`` exactly. Every operation rounds to dt (float32 stays float32).
    Returns (values in C order, shape).
    """
    from tinynet.lib.shaping import broadcast_arrays

    if num < 0:
        raise ValueError("Number of samples, %d, must be non-negative." % num)
    start, stop = broadcast_arrays(asarray(start).astype(dt), asarray(stop).astype(dt))
    begin, end = start._values(), stop._values()

    def fix(v):
        return dtypes.fix([v], dt)[0]

    delta = [fix(b - a) for a, b in zip(begin, end)]
    div = (num - 1) if endpoint else num
    steps = [fix(x / div) for x in delta] if div > 0 else None
    scale_first = steps is not None and any(s == 0 for s in steps)
    values = []
    for i in range(num):
        i = float(i)
        if steps is None:
            row = [fix(i * x) for x in delta]
        elif scale_first:
            row = [fix(fix(i / div) * x) for x in delta]
        else:
            row = [fix(i * s) for s in steps]
        values.extend(fix(y + a) for y, a in zip(row, begin))
    if endpoint and num > 1:
        values[-len(end):] = list(end) if end else []
    return values, (num,) + start.shape


def _move_first_axis(a, axis):
    from tinynet.lib.shaping import moveaxis

    return a if axis == 0 else moveaxis(a, 0, axis)


def _inexact_dtype(*args):
    d = dtypes.result_type(*[asarray(x) for x in args])
    return dtypes.result_type(d, 1.0) if d.kind in "biu" else d


def logspace(start, stop, num=50, endpoint=True, base=10.0, dtype=None, axis=0):
    """Return num numbers spaced evenly on a log scale: ``base ** linspace(start, stop, num)``.

    start, stop and base broadcast together; the samples run along ``axis`` of the result.

    >>> logspace(0, 3, 4).tolist()
    [1.0, 10.0, 100.0, 1000.0]
    >>> logspace(0, 2, 3, base=2.0, dtype=int).tolist()
    [1, 2, 4]
    """
    from tinynet.lib.elementwise import power
    from tinynet.lib.shaping import expand_dims

    dt = _inexact_dtype(start, stop)
    values, shape = _spaced(start, stop, int(num), endpoint, dt)
    exponents = ndarray._make(values, shape, dt)
    b = base  # a Python number stays weak: float32 exponents give float32 powers
    if not isinstance(base, (bool, int, float, complex)):
        b = asarray(base)
        if b.ndim:
            b = expand_dims(b, 0)
    result = _move_first_axis(power(b, exponents), axis)
    return result if dtype is None else result.astype(dtype)


def geomspace(start, stop, num=50, endpoint=True, dtype=None, axis=0):
    """Return num numbers spaced evenly on a log scale from start to stop (a geometric progression).

    The rule: with ``s = sign(start)``, ``s * logspace(log10(start / s), log10(stop / s), num)``, and the
    first and last samples are start and stop exactly. A sequence cannot include zero.

    >>> geomspace(1, 1000, 4).tolist()
    [1.0, 10.0, 100.0, 1000.0]
    >>> geomspace(-1, -100, 3).tolist()
    [-1.0, -10.0, -100.0]
    >>> geomspace(0, 1, 3)
    Traceback (most recent call last):
      ...
    ValueError: Geometric sequence cannot include zero
    """
    from tinynet.lib.shaping import broadcast_arrays

    num = int(num)
    # NumPy computes in the common dtype of start, stop, a float and the requested dtype (float64 if None)
    dt = dtypes.result_type(_inexact_dtype(start, stop, float(num)), dtypes.as_dtype(float if dtype is None else dtype))
    first, last = broadcast_arrays(asarray(start).astype(dt), asarray(stop).astype(dt))
    begin, end = first._values(), last._values()
    if any(x == 0 for x in begin) or any(x == 0 for x in end):
        raise ValueError("Geometric sequence cannot include zero")
    signs = [_unit(x, dt) for x in begin]
    fix = dtypes.fix
    begin = fix([x / s for x, s in zip(begin, signs)], dt)  # on the positive real axis for reals
    end = fix([x / s for x, s in zip(end, signs)], dt)
    logs_begin = fix([_log10(x) for x in begin], dt)
    logs_end = fix([_log10(x) for x in end], dt)
    values, shape = _spaced(ndarray._make(logs_begin, first.shape, dt), ndarray._make(logs_end, first.shape, dt),
                            num, endpoint, dt)
    values = fix([_pow10(y) for y in values], dt)
    width = len(begin)
    if num > 0:
        values[:width] = begin
    if num > 1 and endpoint:
        values[len(values) - width:] = end
    values = fix([v * signs[k % width] if width else v for k, v in enumerate(values)], dt)
    result = _move_first_axis(ndarray._make(values, shape, dt), axis)
    return result if dtype is None else result.astype(dtype)


def _unit(x, dt):
    """NumPy's sign: -1, 0 or 1 for reals; x / |x| for complex numbers."""
    if dt.kind == "c":
        return dtypes.fix([x / abs(x)], dt)[0]
    return 1.0 if x > 0 else (-1.0 if x < 0 else x)


def _log10(x):
    if isinstance(x, complex):
        import cmath

        if x.imag == 0 and x.real > 0:
            return complex(math.log10(x.real), 0.0)
        return cmath.log10(x)
    if x != x or x == float("inf"):
        return x
    return math.log10(x) if x > 0 else float("nan")


def _pow10(y):
    if isinstance(y, complex):
        import cmath

        if y.imag == 0:
            return complex(_pow10(y.real), 0.0)
        return cmath.exp(y * math.log(10.0))
    try:
        return math.pow(10.0, y)
    except OverflowError:
        return float("inf")


# ---------------------------------------------------------------------------------------------------------
# arrays from Python code: fromfunction, fromiter
# ---------------------------------------------------------------------------------------------------------


def _index_grids(shape, d):
    """The arrays of indices NumPy's ``indices(shape)`` gives: grid k holds i_k at [i_0, i_1, ...]."""
    if d.kind == "b" and any(n > 2 for n in shape):
        raise TypeError("arange() is only supported for booleans when the result has at most length 2.")
    grids = []
    size = _size_of(shape)
    for k, n in enumerate(shape):
        inner = _size_of(shape[k + 1:])  # how long each index value repeats
        flat = [(j // inner) % n for j in range(size)] if size else []
        grids.append(ndarray._make(dtypes.cast(flat, INT64, d), shape, d))
    return grids


def fromfunction(function, shape, dtype=float, like=None, **kwargs):
    """Call ``function(i_0, i_1, ...)`` once with index arrays: ``result[i, j] = function(i, j)``.

    Each argument is an array of ``shape`` (of ``dtype``) holding the index along one axis, so the
    function is called once, on whole arrays, not once per element. Its result is returned as is.

    >>> fromfunction(lambda i, j: i * 10 + j, (2, 3), dtype=int).tolist()
    [[0, 1, 2], [10, 11, 12]]
    >>> fromfunction(lambda i, j: i == j, (2, 2)).tolist()
    [[True, False], [False, True]]
    """
    shape = _shape_arg(shape) if not isinstance(shape, int) else None
    if shape is None:
        raise TypeError("'int' object is not iterable")
    return function(*_index_grids(shape, dtypes.as_dtype(dtype)), **kwargs)


def fromiter(iter, dtype, count=-1, like=None):  # noqa: A002 - NumPy's parameter name
    """Return a 1-d array of the values an iterable yields (the first ``count`` of them, if count >= 0).

    Each value is converted to dtype as assigning it to an element would convert it (floats to ints
    truncate toward zero; an int out of the dtype's range raises OverflowError).

    >>> fromiter((x * x for x in range(5)), dtype="int32")
    array([ 0,  1,  4,  9, 16], dtype=int32)
    >>> fromiter(range(3), dtype=float, count=5)
    Traceback (most recent call last):
      ...
    ValueError: iterator too short: Expected 5 but iterator had only 3 items.
    """
    from tinynet.core.ndarray import array

    d = dtypes.as_dtype(float if dtype is None else dtype)
    count = int(count)
    values = []
    if count != 0:
        for x in iter:
            if isinstance(x, (list, tuple)) or (isinstance(x, ndarray) and x.ndim):
                raise TypeError("fromiter needs numbers: %s() argument must be a real number, not %r"
                                % (d.python_type.__name__, type(x).__name__))
            values.append(x)
            if len(values) == count:
                break
    if count > 0 and len(values) < count:
        raise ValueError("iterator too short: Expected %d but iterator had only %d items." % (count, len(values)))
    memory.check_size((len(values),), d)
    return array(values, dtype=d).reshape(len(values))
