"""Running sums and products along an axis (cumsum, cumprod), for ``reduce_math``'s callers.

out[.., i, ..] = out[.., i-1, ..] + a[.., i, ..] (or *), starting from the first element, in C order
as NumPy accumulates; float32 rounds every step to float32.  Not matched: a complex cumprod may differ
from NumPy's in the last bits (NumPy's complex multiply may fuse a*c - b*d into one FMA).

    >>> cumsum_values([1, 2, 3, 4, 5, 6], (2, 3), 0, dtype_kind="i")
    ([1, 2, 3, 5, 7, 9], (2, 3))
"""

from tinynet.core.shapes import size_of as _size
from tinynet.core.reduce_kernels import complex_multiply as _complex_multiply
from tinynet.core.reduce_kernels import round_all as _round_all
from tinynet.core.reduce_kernels import round_float32
from tinynet.core.reduce_math import normalize_axes


def _accumulate(values, shape, axis, step_rows, step):
    """Return out[.., i, ..] = step(out[.., i-1, ..], a[.., i, ..]) along ``axis`` (None: flat).

    Along the last axis the loop runs over numbers (``step``); along an outer
    axis it runs over whole rows of the inner axes at once (``step_rows``).
    """
    if axis is None or not shape:  # NumPy flattens a 0-d array to 1-d here
        shape = (len(values),)
    if axis is None:
        axis = 0
    else:
        if isinstance(axis, tuple):
            raise TypeError("'tuple' object cannot be interpreted as an integer")
        axis = normalize_axes(axis, len(shape))[0]
    n = shape[axis]
    inner = _size(shape[axis + 1 :])
    plane = n * inner
    out = []
    if plane == 0:
        return out, tuple(shape)
    for start in range(0, len(values), plane):
        if inner == 1:
            total = values[start]
            out.append(total)
            for i in range(start + 1, start + n):
                total = step(total, values[i])
                out.append(total)
            continue
        row = values[start : start + inner]
        out.extend(row)
        for s in range(start + inner, start + plane, inner):
            row = step_rows(row, values[s : s + inner])
            out.extend(row)
    return out, tuple(shape)


def _add(x, y):
    return x + y


def _add32(x, y):
    return round_float32(x + y)


def _add_complex32(z, w):
    return complex(round_float32(z.real + w.real), round_float32(z.imag + w.imag))


def _add_rows(row, new):
    return [x + y for x, y in zip(row, new)]


def _add_rows32(row, new):
    return _round_all([x + y for x, y in zip(row, new)])


def _add_complex_rows32(row, new):
    re = _round_all([x.real + y.real for x, y in zip(row, new)])
    im = _round_all([x.imag + y.imag for x, y in zip(row, new)])
    return [complex(x, y) for x, y in zip(re, im)]


def _multiply(x, y):
    return x * y


def _multiply32(x, y):
    return round_float32(x * y)


def _multiply_complex(z, w):
    return _complex_multiply(z, w, False)


def _multiply_complex32(z, w):
    return _complex_multiply(z, w, True)


def _multiply_rows(row, new):
    return [x * y for x, y in zip(row, new)]


def _multiply_rows32(row, new):
    return _round_all([x * y for x, y in zip(row, new)])


def _multiply_complex_rows(row, new):
    return [_complex_multiply(x, y, False) for x, y in zip(row, new)]


def _multiply_complex_rows32(row, new):
    return [_complex_multiply(x, y, True) for x, y in zip(row, new)]


def _as_ints(values, dtype_kind):
    if dtype_kind == "b":
        return [1 if v else 0 for v in values]
    return values


def cumsum_values(values, shape, axis=None, dtype_kind="f", float32=False):
    """Return the running sums along ``axis``: out[i] = out[i-1] + a[i] (axis None: flattened).

    The first element is copied; bools count as 0 and 1.

    >>> cumsum_values([1, 2, 3, 4, 5, 6], (2, 3), 0, dtype_kind="i")
    ([1, 2, 3, 5, 7, 9], (2, 3))
    >>> cumsum_values([1.0, 2.0, 3.0, 4.0], (2, 2), None)
    ([1.0, 3.0, 6.0, 10.0], (4,))
    """
    values = _as_ints(values, dtype_kind)
    if dtype_kind == "c" and float32:
        return _accumulate(values, shape, axis, _add_complex_rows32, _add_complex32)
    if dtype_kind == "f" and float32:
        return _accumulate(values, shape, axis, _add_rows32, _add32)
    return _accumulate(values, shape, axis, _add_rows, _add)


def cumprod_values(values, shape, axis=None, dtype_kind="f", float32=False):
    """Return the running products along ``axis``: out[i] = out[i-1] * a[i] (axis None: flattened).

    >>> cumprod_values([1, 2, 3, 4], (2, 2), 1, dtype_kind="i")
    ([1, 2, 3, 12], (2, 2))
    """
    values = _as_ints(values, dtype_kind)
    if dtype_kind == "c" and float32:
        return _accumulate(values, shape, axis, _multiply_complex_rows32, _multiply_complex32)
    if dtype_kind == "c":
        return _accumulate(values, shape, axis, _multiply_complex_rows, _multiply_complex)
    if dtype_kind == "f" and float32:
        return _accumulate(values, shape, axis, _multiply_rows32, _multiply32)
    return _accumulate(values, shape, axis, _multiply_rows, _multiply)
