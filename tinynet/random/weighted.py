"""Choosing indices with given probabilities, as both of NumPy's random generators choose them.

The probabilities ``p`` are a flat list of floats, one per index of the
population, checked the way NumPy checks them (non-negative, no NaN, and a
compensated sum within ``sqrt(eps)`` of 1). An index is picked from a double
``u`` uniform in [0, 1) by the cumulative distribution: the first ``i`` with
``cdf[i] > u``, where ``cdf = cumsum(p) / sum(p)``.

>>> cdf([0.25, 0.25, 0.5])
[0.25, 0.5, 1.0]
>>> searchsorted_right(cdf([0.25, 0.25, 0.5]), 0.6)
2

The bit generator ``bits`` is anything with ``doubles(count)``: ``tinynet.pcg64.PCG64``
or ``tinynet.mt19937.MT19937``.
"""

from tinynet.random import sampling as _sampling

__all__ = ['SQRT_EPS', 'kahan_sum', 'cdf', 'searchsorted_right',
           'checked_probabilities', 'weighted_indices', 'unique_weighted_indices']

SQRT_EPS = 1.4901161193847656e-08   # sqrt(2.220446049250313e-16), NumPy's tolerance on sum(p)

# NumPy's messages for bad p: (1-d, same size, NaN, negative, sum); the legacy generator's are older
_MESSAGES = ('p must be 1-dimensional', 'a and p must have same size', 'Probabilities contain NaN',
             'Probabilities are not non-negative',
             'Probabilities do not sum to 1. See Notes section of docstring for more information.')
_LEGACY_MESSAGES = ("'p' must be 1-dimensional", "'a' and 'p' must have same size", 'probabilities contain NaN',
                    'probabilities are not non-negative', 'probabilities do not sum to 1')


def kahan_sum(values):
    """Return the compensated sum of values: y = v - c; t = s + y; c = (t - s) - y; s = t.

    >>> kahan_sum([0.1] * 10), sum([0.1] * 10)
    (1.0, 0.9999999999999999)
    """
    if not values:
        return 0.0
    total = values[0]
    carry = 0.0
    for value in values[1:]:
        y = value - carry
        t = total + y
        carry = (t - total) - y
        total = t
    return total


def cdf(p):
    """Return the running sum of p divided by its last entry (cumsum, then cdf /= cdf[-1]).

    >>> cdf([1.0, 1.0, 2.0])
    [0.25, 0.5, 1.0]
    """
    running = []
    total = 0.0
    for weight in p:
        total = total + weight
        running.append(total)
    last = running[-1]
    return [value / last for value in running]


def searchsorted_right(sorted_values, u):
    """Return the number of entries of a sorted list that are <= u (searchsorted with side='right').

    >>> searchsorted_right([0.25, 0.5, 1.0], 0.5), searchsorted_right([0.25, 0.5, 1.0], 0.1)
    (2, 0)
    """
    lo = 0
    hi = len(sorted_values)
    while lo < hi:
        mid = (lo + hi) // 2
        if sorted_values[mid] <= u:
            lo = mid + 1
        else:
            hi = mid
    return lo


def checked_probabilities(p, pop_size, legacy=False):
    """Return p as a flat list of floats after NumPy's checks, with the legacy generator's messages if legacy.

    >>> checked_probabilities([0.5, 0.5], 2)
    [0.5, 0.5]
    >>> checked_probabilities([0.5, 0.6], 2, legacy=True)
    Traceback (most recent call last):
        ...
    ValueError: probabilities do not sum to 1
    """
    messages = _LEGACY_MESSAGES if legacy else _MESSAGES
    weights, p_shape = _sampling.flatten_as(p, float)
    if len(p_shape) != 1:
        raise ValueError(messages[0])
    if len(weights) != pop_size:
        raise ValueError(messages[1])
    p_sum = kahan_sum(weights)
    if p_sum != p_sum:
        raise ValueError(messages[2])
    for weight in weights:
        if weight < 0:
            raise ValueError(messages[3])
    if abs(p_sum - 1.0) > SQRT_EPS:
        raise ValueError(messages[4])
    return weights


def weighted_indices(bits, weights, count):
    """Return count indices drawn with replacement, index i with probability weights[i]: one double each.

    >>> from tinynet.random.pcg64 import PCG64
    >>> PCG64(0).doubles(3)
    [0.6369616873214543, 0.2697867137638703, 0.04097352393619469]
    >>> weighted_indices(PCG64(0), [0.1, 0.2, 0.7], 3)
    [2, 1, 0]
    """
    table = cdf(weights)
    return [searchsorted_right(table, u) for u in bits.doubles(count)]


def unique_weighted_indices(bits, weights, count):
    """Return count distinct indices drawn with probabilities weights (NumPy's loop for replace=False).

    Each round draws one double per index still missing, zeroes the weights
    of the indices found so far, and keeps each new index once, in order of
    its first appearance.

    >>> from tinynet.random.pcg64 import PCG64
    >>> unique_weighted_indices(PCG64(0), [0.1, 0.2, 0.7], 3)
    [2, 1, 0]
    """
    positive = 0
    for weight in weights:
        if weight > 0:
            positive += 1
    if positive < count:
        raise ValueError('Fewer non-zero entries in p than size')
    weights = list(weights)
    found = []
    while len(found) < count:
        draws = bits.doubles(count - len(found))
        for index in found:
            weights[index] = 0.0
        table = cdf(weights)
        seen = set()
        for u in draws:
            index = searchsorted_right(table, u)
            if index not in seen:
                seen.add(index)
                found.append(index)
    return found
