"""Calculus on sampled data: gradient, trapezoid, interp, unwrap.

    gradient    f'(x_i) ~ (f[i+1] - f[i-1]) / (2h) inside, one-sided differences at the ends
    trapezoid   integral of y dx ~ sum_i (x[i+1] - x[i]) * (y[i+1] + y[i]) / 2
    interp      the piecewise-linear function through (xp[j], fp[j]), evaluated at x
    unwrap      adds multiples of the period so that no step between neighbours exceeds half of it

    >>> from tinynet import gradient, trapezoid, interp
    >>> gradient([1, 4, 9, 16]).tolist(), trapezoid([1, 2, 3]).item()
    ([3.0, 4.0, 6.0, 7.0], 4.0)
    >>> interp([0.5, 1.5], [0, 1, 2], [0, 10, 0]).tolist()
    [5.0, 5.0]
"""

import math

from tinynet.core import dtypes
from tinynet.core.dtypes import COMPLEX128, FLOAT64
from tinynet.core.ndarray import asarray, ndarray, normalize_axis_tuple
from tinynet.lib.elementwise import absolute, where
from tinynet.lib.elementwise_math import mod
from tinynet.lib.rearranging import diff

# Made at run time, not math.inf or math.nan: the compiler folds those into constants that frozen firmware
# cannot hold (mpy-tool writes them into C as bare inf and nan).
_NAN = float("nan")


def _along(ndim, axis, s):
    key = [slice(None)] * ndim
    key[axis] = s
    return tuple(key)


# --------------------------------------------------------------------------
# gradient
# --------------------------------------------------------------------------


def _spacings(varargs, f, axes):
    """One spacing per axis: a scalar step h, or the sample coordinates' differences."""
    n = len(varargs)
    if n == 0:
        return [1.0] * len(axes)
    if n == 1 and asarray(varargs[0]).ndim == 0:
        return [varargs[0]] * len(axes)
    if n != len(axes):
        raise TypeError("invalid number of arguments")
    steps = []
    for spacing, axis in zip(varargs, axes):
        spacing = asarray(spacing)
        if spacing.ndim == 0:
            steps.append(spacing)
            continue
        if spacing.ndim != 1:
            raise ValueError("distances must be either scalars or 1d")
        if len(spacing) != f.shape[axis]:
            raise ValueError("when 1d, distances must match the length of the corresponding dimension")
        if spacing.dtype.kind in "iub":
            spacing = spacing.astype(FLOAT64)
        step = diff(spacing)
        uniform = step.size and bool((step == step[0]).all())
        steps.append(step[0] if uniform else step)
    return steps


def _gradient_along(f, axis, h, edge_order):
    """The derivative of f along one axis, for a uniform step h (0-d) or the steps h[i] (1-d)."""
    nd = f.ndim
    out = f * 0  # same shape and dtype, all zeros
    inner = _along(nd, axis, slice(1, -1))
    ahead, behind, here = (_along(nd, axis, slice(2, None)), _along(nd, axis, slice(None, -2)),
                           _along(nd, axis, slice(1, -1)))
    uniform = asarray(h).ndim == 0
    if uniform:
        out[inner] = (f[ahead] - f[behind]) / (2.0 * h)
    else:
        dx1, dx2 = h[:-1], h[1:]
        a = -dx2 / (dx1 * (dx1 + dx2))
        b = (dx2 - dx1) / (dx1 * dx2)
        c = dx1 / (dx2 * (dx1 + dx2))
        shape = [1] * nd
        shape[axis] = -1
        a, b, c = a.reshape(shape), b.reshape(shape), c.reshape(shape)
        out[inner] = a * f[behind] + b * f[here] + c * f[ahead]
    first, second, third = (_along(nd, axis, k) for k in (0, 1, 2))
    last, last2, last3 = (_along(nd, axis, k) for k in (-1, -2, -3))
    if edge_order == 1:
        h0 = h if uniform else h[0]
        hn = h if uniform else h[-1]
        out[first] = (f[second] - f[first]) / h0
        out[last] = (f[last] - f[last2]) / hn
        return out
    if uniform:
        a, b, c = -1.5 / h, 2.0 / h, -0.5 / h
    else:
        dx1, dx2 = h[0], h[1]
        a = -(2.0 * dx1 + dx2) / (dx1 * (dx1 + dx2))
        b = (dx1 + dx2) / (dx1 * dx2)
        c = -dx1 / (dx2 * (dx1 + dx2))
    out[first] = a * f[first] + b * f[second] + c * f[third]
    if uniform:
        a, b, c = 0.5 / h, -2.0 / h, 1.5 / h
    else:
        dx1, dx2 = h[-2], h[-1]
        a = dx2 / (dx1 * (dx1 + dx2))
        b = -(dx2 + dx1) / (dx1 * dx2)
        c = (2.0 * dx2 + dx1) / (dx2 * (dx1 + dx2))
    out[last] = a * f[last3] + b * f[last2] + c * f[last]
    return out


def gradient(f, *varargs, axis=None, edge_order=1):
    """Return the gradient of sampled f: second-order central differences inside, one-sided at the ends.

    Inside, f'(x_i) ~ (f[i+1] - f[i-1]) / (2h) for a uniform step h (varargs: one step for every axis,
    one per axis, or the coordinates along each axis; for uneven steps the weights are those of the
    interpolating parabola).  At the ends, edge_order=1 takes first differences and edge_order=2 the
    three-point one-sided formulas.  Several axes give a tuple of arrays, one per axis.

    >>> gradient([1, 2, 4, 7], 2.0).tolist()
    [0.5, 0.75, 1.25, 1.5]
    """
    f = asarray(f)
    axes = normalize_axis_tuple(axis, f.ndim)
    if edge_order not in (1, 2):
        raise ValueError("'edge_order' greater than 2 not supported" if edge_order > 2
                         else "edge_order must be 1 or 2")
    steps = _spacings(varargs, f, axes)
    if f.dtype.kind in "iub":
        f = f.astype(FLOAT64)
    outputs = []
    for ax, h in zip(axes, steps):
        if f.shape[ax] < edge_order + 1:
            raise ValueError("Shape of array too small to calculate a numerical gradient, at least "
                             "(edge_order + 1) elements are required.")
        outputs.append(_gradient_along(f, ax, h, edge_order))
    return outputs[0] if len(axes) == 1 else tuple(outputs)


# --------------------------------------------------------------------------
# trapezoid
# --------------------------------------------------------------------------


def trapezoid(y, x=None, dx=1.0, axis=-1):
    """Return the trapezoid rule's integral along axis: sum_i (x[i+1] - x[i]) * (y[i+1] + y[i]) / 2.

    Without x the samples are dx apart.

    >>> trapezoid([1, 2, 3], x=[0, 2, 4]).item()
    8.0
    """
    y = asarray(y)
    axis = normalize_axis_tuple(axis, y.ndim)[0]
    if x is None:
        d = dx
    else:
        x = asarray(x)
        if x.ndim == 1:
            d = diff(x)
            shape = [1] * y.ndim
            shape[axis] = d.shape[0]
            d = d.reshape(shape)
        else:
            d = diff(x, axis=axis)
    upper = y[_along(y.ndim, axis, slice(1, None))]
    lower = y[_along(y.ndim, axis, slice(None, -1))]
    return (d * (upper + lower) / 2.0).sum(axis)


# --------------------------------------------------------------------------
# interp
# --------------------------------------------------------------------------


def _last_at_or_below(xp, x):
    """The largest j with xp[j] <= x, or -1 (binary search: xp is sorted)."""
    lo, hi = 0, len(xp)
    while lo < hi:
        mid = (lo + hi) // 2
        if xp[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1


def _interp_one(x, xp, fp, slopes, left, right):
    """The line through the two samples around x (NumPy's rule, including its nan fall-backs)."""
    if x != x:
        return x
    last = len(xp) - 1
    j = _last_at_or_below(xp, x)
    if j < 0:
        return left
    if j >= last:
        return fp[last] if x == xp[last] else right
    if x == xp[j]:
        return fp[j]
    slope = slopes[j]
    value = slope * (x - xp[j]) + fp[j]
    if value != value:
        value = slope * (x - xp[j + 1]) + fp[j + 1]
        if value != value and fp[j] == fp[j + 1]:
            value = fp[j]
    return value


def _interp_real(xs, xp, fp, left, right, reciprocal=False):
    left = fp[0] if left is None else left
    right = fp[-1] if right is None else right
    if len(xp) == 1:  # one sample: left of it, right of it, or (nan included) the sample itself
        return [left if x < xp[0] else right if x > xp[0] else fp[0] for x in xs]
    if reciprocal:  # NumPy's complex interp multiplies by 1 / (xp[j+1] - xp[j]) instead of dividing
        slopes = [(fp[j + 1] - fp[j]) * (1.0 / (xp[j + 1] - xp[j])) if xp[j + 1] != xp[j] else _NAN
                  for j in range(len(xp) - 1)]
    else:
        slopes = [(fp[j + 1] - fp[j]) / (xp[j + 1] - xp[j]) if xp[j + 1] != xp[j] else _NAN
                  for j in range(len(xp) - 1)]
    return [_interp_one(x, xp, fp, slopes, left, right) for x in xs]


def interp(x, xp, fp, left=None, right=None, period=None):
    """Return the piecewise-linear interpolant through (xp[j], fp[j]), evaluated at each x.

    Between xp[j] and xp[j+1]: fp[j] + (x - xp[j]) * (fp[j+1] - fp[j]) / (xp[j+1] - xp[j]).  Below
    xp[0] the value is left (default fp[0]), above xp[-1] it is right (default fp[-1]).  xp must
    increase; with ``period`` the points are taken modulo the period and sorted first.  Complex fp
    interpolates its real and imaginary parts separately.

    >>> interp(2.5, [1, 2, 3], [3, 2, 0]).item()
    1.0
    """
    x = asarray(x)
    xp = asarray(xp, dtype=FLOAT64) if asarray(xp).dtype.kind != "c" else asarray(xp)
    fp = asarray(fp)
    if xp.dtype.kind == "c":
        raise TypeError("Cannot cast array data from dtype('complex128') to dtype('float64') "
                        "according to the rule 'safe'")
    if xp.ndim != 1 or fp.ndim != 1:
        raise ValueError("object too deep for desired array" if max(xp.ndim, fp.ndim) > 1
                         else "object of too small depth for desired array")
    if xp.shape[0] != fp.shape[0]:
        raise ValueError("fp and xp are not of the same length.")
    if xp.shape[0] == 0:
        raise ValueError("array of sample points is empty")
    if x.dtype.kind == "c":
        raise TypeError("Cannot cast array data from dtype('complex128') to dtype('float64') "
                        "according to the rule 'safe'")
    xs = [float(v) for v in x.astype(FLOAT64)._values()]
    xps, fps = [float(v) for v in xp._values()], fp._values()
    if period is not None:
        if period == 0:
            raise ValueError("period must be a non-zero value")
        period = abs(period)
        left = right = None
        xs = [v % period for v in xs]
        pairs = sorted(zip([v % period for v in xps], range(len(xps))))
        xps = [p for p, _ in pairs]
        fps = [fps[i] for _, i in pairs]
        xps = [xps[-1] - period] + xps + [xps[0] + period]
        fps = [fps[-1]] + fps + [fps[0]]
    if fp.dtype.kind == "c":
        d = COMPLEX128
        fps = [complex(v) for v in fps]
        lo = None if left is None else complex(left)
        hi = None if right is None else complex(right)
        re = _interp_real(xs, xps, [v.real for v in fps], None if lo is None else lo.real,
                          None if hi is None else hi.real, True)
        im = _interp_real(xs, xps, [v.imag for v in fps], None if lo is None else lo.imag,
                          None if hi is None else hi.imag, True)
        # A nan x gives nan + 0j in NumPy's complex loop (with one sample point, that point's value).
        several = len(xps) > 1
        values = [complex(r, 0.0 if x != x and several else i) for r, i, x in zip(re, im, xs)]
    else:
        d = FLOAT64
        fps = [float(v) for v in fps]
        values = _interp_real(xs, xps, fps, None if left is None else float(left),
                              None if right is None else float(right))
    out = ndarray._make(dtypes.fix(values, d), x.shape, d)
    return out


# --------------------------------------------------------------------------
# unwrap
# --------------------------------------------------------------------------


def unwrap(p, discont=None, axis=-1, *, period=2 * math.pi):
    """Return p with multiples of period added so that no jump between neighbours exceeds discont.

    Each difference d between neighbours along axis is moved into [-period/2, period/2) by
    d' = mod(d + period/2, period) - period/2 (a jump of exactly +period/2 stays positive); the
    corrections d' - d, where |d| >= discont (default period/2), are summed along the axis and added.

    >>> [round(v, 6) for v in unwrap([0.0, 3.0, 6.0, 9.0]).tolist()]
    [0.0, 3.0, 6.0, 9.0]
    >>> unwrap([0, 1, 2, 0, 1], period=3).tolist()
    [0, 1, 2, 3, 4]
    """
    p = asarray(p)
    axis = normalize_axis_tuple(axis, p.ndim)[0]
    dd = diff(p, axis=axis)
    if discont is None:
        discont = period / 2
    integral = dd.dtype.kind in "iu" and isinstance(period, int)
    if integral:
        high, rem = divmod(period, 2)
        ambiguous = rem == 0
    else:
        high = period / 2
        ambiguous = True
    low = -high
    ddmod = mod(dd - low, period) + low
    if ambiguous:
        ddmod = where((ddmod == low) & (dd > 0), high, ddmod)
    correction = ddmod - dd
    correction = where(absolute(dd) < discont, 0, correction)
    d = dtypes.result_type(dd.dtype, period)
    out = p.astype(d, copy=True)
    rest = _along(p.ndim, axis, slice(1, None))
    out[rest] = p[rest] + correction.cumsum(axis)
    return out


