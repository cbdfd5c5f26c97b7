"""Max, min, argmax, argmin, any, all and count_nonzero over axes, for ``reduce_math``'s callers.

Each picks or tests elements without arithmetic: a nan wins max, min, argmax and argmin (the first
nan for the arg- ones), complex numbers compare by real part then imaginary part, as in NumPy.
Not matched: max and min may return 0.0 where NumPy returns -0.0 (its SIMD kernels leave that open).

    >>> max_values([1.0, 5.0, 3.0, 2.0], (2, 2), 0)
    ([3.0, 5.0], (2,))
    >>> argmin_values([3, 1, 2, 0], (2, 2), 1)
    ([1, 1], (2,))
"""

from tinynet.core.nested import all_true, any_true, arg_max, arg_min, nan_max, nan_min
from tinynet.core.reduce_axes import _apply, _ufunc_axes, normalize_axes, reduced_count, reduced_shape


def _has_nan_part(z):
    return z.real != z.real or z.imag != z.imag


def _complex_extreme(values, larger):
    """Return (index, value) of NumPy's complex max or min: lexicographic, first nan wins."""
    best = 0
    for i in range(len(values)):
        z = values[i]
        if _has_nan_part(z):
            return i, z
        if i:
            b = values[best]
            if larger:
                better = z.real > b.real or (z.real == b.real and z.imag > b.imag)
            else:
                better = z.real < b.real or (z.real == b.real and z.imag < b.imag)
            if better:
                best = i
    return best, values[best]


def _complex_max(values):
    return _complex_extreme(values, True)[1]


def _complex_min(values):
    return _complex_extreme(values, False)[1]


def _check_nonempty(shape, axes, name):
    if reduced_count(shape, axes) == 0:
        raise ValueError("zero-size array to reduction operation %s which has no identity" % name)


def max_values(values, shape, axes=None, keepdims=False):
    """Return the largest value over ``axes``; nan if any reduced value is nan.

    Complex values compare by real part, then imaginary part, as in NumPy.

    >>> max_values([1.0, 5.0, float("nan"), 2.0], (2, 2), 1)
    ([5.0, nan], (2,))
    >>> max_values([], (0,), None)
    Traceback (most recent call last):
    ...
    ValueError: zero-size array to reduction operation maximum which has no identity
    """
    axes = _ufunc_axes(axes, len(shape))
    _check_nonempty(shape, axes, "maximum")
    kernel = _complex_max if values and type(values[0]) is complex else nan_max
    return _apply(values, shape, axes, kernel), reduced_shape(shape, axes, keepdims)


def min_values(values, shape, axes=None, keepdims=False):
    """Return the smallest value over ``axes``; nan if any reduced value is nan.

    >>> min_values([3, 1, 2, 0], (2, 2), 0)
    ([2, 0], (2,))
    """
    axes = _ufunc_axes(axes, len(shape))
    _check_nonempty(shape, axes, "minimum")
    kernel = _complex_min if values and type(values[0]) is complex else nan_min
    return _apply(values, shape, axes, kernel), reduced_shape(shape, axes, keepdims)


def _complex_arg_max(values):
    return _complex_extreme(values, True)[0]


def _complex_arg_min(values):
    return _complex_extreme(values, False)[0]


def _arg_reduce(values, shape, axis, keepdims, name, kernel, complex_kernel):
    if not shape:  # NumPy flattens a 0-d array to 1-d here, and answers with shape ()
        return _arg_reduce(values, (1,), axis, False, name, kernel, complex_kernel)[0], ()
    ndim = len(shape)
    if axis is None:
        axes = tuple(range(ndim))
        keep_shape = (1,) * ndim
        flat_shape = (len(values),)
    else:
        if isinstance(axis, tuple):
            raise TypeError("'tuple' object cannot be interpreted as an integer")
        axes = normalize_axes(axis, ndim)
        keep_shape = reduced_shape(shape, axes, True)
    if reduced_count(shape, axes) == 0:
        raise ValueError("attempt to get %s of an empty sequence" % name)
    if values and type(values[0]) is complex:
        kernel = complex_kernel
    if axis is None:
        result = _apply(values, flat_shape, (0,), kernel)
    else:
        result = _apply(values, shape, axes, kernel)
    return result, keep_shape if keepdims else reduced_shape(shape, axes)


def argmax_values(values, shape, axis=None, keepdims=False):
    """Return the index of the first largest value along ``axis`` (None: into the flat list).

    A nan counts as the largest value, so the first nan wins.

    >>> argmax_values([1, 7, 7, 2, 0, 9], (2, 3), 1)
    ([1, 2], (2,))
    >>> argmax_values([1.0, float("nan"), 9.0], (3,), None)
    ([1], ())
    """
    return _arg_reduce(values, shape, axis, keepdims, "argmax", arg_max, _complex_arg_max)


def argmin_values(values, shape, axis=None, keepdims=False):
    """Return the index of the first smallest value along ``axis`` (a nan counts as smallest).

    >>> argmin_values([3, 1, 2, 0], (2, 2), 0)
    ([1, 1], (2,))
    """
    return _arg_reduce(values, shape, axis, keepdims, "argmin", arg_min, _complex_arg_min)


def any_values(values, shape, axes=None, keepdims=False):
    """Return whether any reduced value is true (False for none).

    >>> any_values([0, 0, 0, 3], (2, 2), 1)
    ([False, True], (2,))
    """
    axes = _ufunc_axes(axes, len(shape))
    return _apply(values, shape, axes, any_true), reduced_shape(shape, axes, keepdims)


def all_values(values, shape, axes=None, keepdims=False):
    """Return whether every reduced value is true (True for none).

    >>> all_values([1, 0, 2, 3], (2, 2), 0)
    ([True, False], (2,))
    """
    axes = _ufunc_axes(axes, len(shape))
    return _apply(values, shape, axes, all_true), reduced_shape(shape, axes, keepdims)


def _count_true(values):
    count = 0
    for v in values:
        if v:
            count += 1
    return count


def count_nonzero_values(values, shape, axes=None, keepdims=False):
    """Return how many reduced values are nonzero.

    >>> count_nonzero_values([0, 1, 2, 0.0, 0j, 3], (2, 3), 1)
    ([2, 1], (2,))
    """
    axes = _ufunc_axes(axes, len(shape))
    return _apply(values, shape, axes, _count_true), reduced_shape(shape, axes, keepdims)
