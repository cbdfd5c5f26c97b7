"""Evenly spaced numbers: arange, linspace, logspace, geomspace (loaded on first use).

    >>> from tinynet import arange, linspace
    >>> arange(5).tolist(), arange(0.0, 1.0, 0.25).tolist()
    ([0, 1, 2, 3, 4], [0.0, 0.25, 0.5, 0.75])
    >>> linspace(0, 1, 5).tolist()
    [0.0, 0.25, 0.5, 0.75, 1.0]
"""

import math

from tinynet.core import dtypes
from tinynet.core import memory
from tinynet.core.dtypes import FLOAT64, INT64
from tinynet.core.ndarray import asarray, check_device, ndarray


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
