"""Variance and standard deviation over axes, in NumPy's order of operations, for ``reduce_math``'s callers.

var = sum(|x - mean|**2) / max(count - ddof, 0): the mean as ``reduce_math.mean_values`` takes it,
the deviations, their squares (re*re + im*im for complex), summed in NumPy's order; float32 and
complex64 round every step to float32.

    >>> var_values([1.0, 2.0, 3.0, 4.0], (4,), None)
    ([1.25], ())
"""

from math import sqrt

from tinynet.core.portable import sub
from tinynet.core.reduce_axes import _merge_axes, _reduced_flags
from tinynet.core.reduce_kernels import round_all as _round_all
from tinynet.core.reduce_math import (
    INF,
    _divide,
    _float_sum,
    _means,
    _sum_for_stats,
    normalize_axes,
    reduced_count,
    reduced_shape,
)


def _spread(means, blocks):
    """Return the means repeated so that each element, in C order, meets the mean of its output.

    ``blocks`` are the merged axes ([length, is_reduced], outermost first): a reduced block repeats
    what lies inside it, a kept block steps through the means.

    >>> _spread([1.0, 2.0], [[2, False], [3, True]]), _spread([1.0, 2.0], [[3, True], [2, False]])
    ([1.0, 1.0, 1.0, 2.0, 2.0, 2.0], [1.0, 2.0, 1.0, 2.0, 1.0, 2.0])
    """
    if not means or not [b for b in blocks if b[1]]:
        return means
    n, is_reduced = blocks[0]
    rest = blocks[1:]
    if is_reduced:
        return _spread(means, rest) * n
    if len(rest) == 1:  # [kept, reduced]: each mean once for each element of its run
        run = range(rest[0][0])
        return [m for m in means for _ in run]
    k = len(means) // n
    spread = []
    for i in range(0, len(means), k):
        spread += _spread(means[i : i + k], rest)
    return spread


def var_values(values, shape, axes=None, keepdims=False, dtype_kind="f", float32=False, ddof=0):
    """Return the variance over ``axes``: sum(|x - mean|**2) / max(count - ddof, 0).

    The steps are NumPy's: the mean as in ``mean_values``, the deviations
    x - mean, their squares (re**2 + im**2 for complex), summed in NumPy's
    order, divided by count - ddof.  Complex input gives real variances.  NumPy
    warns "Degrees of freedom <= 0 for slice" when ddof >= count; the caller does.

    >>> var_values([1.0, 2.0, 3.0, 4.0], (4,), None)
    ([1.25], ())
    >>> var_values([1, 2, 3, 4], (2, 2), 0, dtype_kind="i", ddof=1)
    ([2.0, 2.0], (2,))
    """
    axes = normalize_axes(axes, len(shape))
    count = reduced_count(shape, axes)
    is_complex = dtype_kind == "c"
    f32 = float32 and dtype_kind in ("f", "c")
    means = _means(_sum_for_stats(values, shape, axes, dtype_kind, f32), count, is_complex, f32)
    spread = _spread(means, _merge_axes(shape, _reduced_flags(len(shape), axes)))
    if is_complex:
        deviations = list(map(sub, values, spread))
        re = [z.real for z in deviations]
        im = [z.imag for z in deviations]
        if f32:
            re = _round_all(re)
            im = _round_all(im)
            squares = _round_all(
                [x + y for x, y in zip(_round_all([x * x for x in re]), _round_all([y * y for y in im]))]
            )
        else:
            squares = [x * x + y * y for x, y in zip(re, im)]
    elif f32:
        deviations = _round_all(list(map(sub, values, spread)))
        squares = _round_all([x * x for x in deviations])
    else:  # the deviation d = x - mean, then d * d, in one pass
        squares = [(x - m) * (x - m) for x, m in zip(values, spread)]
    sums = _float_sum(squares, shape, axes, False, f32)
    dof = count - ddof
    if dof < 0:
        dof = 0
    variances = [s / dof for s in sums] if dof else [_divide(s, dof) for s in sums]
    if f32:
        variances = _round_all(variances)
    return variances, reduced_shape(shape, axes, keepdims)


def std_values(values, shape, axes=None, keepdims=False, dtype_kind="f", float32=False, ddof=0):
    """Return the standard deviation over ``axes``: sqrt(var_values(...)).

    >>> std_values([1.0, 3.0], (2,), None)
    ([1.0], ())
    """
    variances, out_shape = var_values(values, shape, axes, keepdims, dtype_kind, float32, ddof)
    roots = [v if v != v or v == INF else sqrt(v) for v in variances]
    if float32 and dtype_kind in ("f", "c"):
        roots = _round_all(roots)
    return roots, out_shape
