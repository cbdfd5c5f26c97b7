"""Correctly rounded sigmoid, softmax, log_softmax and logsumexp.

With ``m = max(x)`` and exact differences ``d_i = x_i - m <= 0``: ``s = sum_i e**d_i`` (at least 1, no
overflow), ``softmax_i = e**d_i / s``, ``logsumexp = m + ln s`` and ``log_softmax_i = d_i - ln s``.  The
differences are exact Fractions; only the exponentials, the sum and ln s are rounded, each with relative
error u, so the bounds below hold; ``d_i - ln s`` never cancels (``d_i <= 0 <= ln s``), and ``m + ln s``
may, which Ziv's loop meets with more digits.

    >>> softmax([0.0, 0.0]), logsumexp([0.0]), log_softmax([0.0, 0.0]) == [-math.log(2)] * 2
    ([0.5, 0.5], 0.0, True)
    >>> sigmoid(0.0), sigmoid(-800.0), sigmoid(40.0)
    (0.5, 0.0, 1.0)

A nan, or a +inf, anywhere makes every result nan (``inf - inf`` in ``x - max``); ``-inf`` entries weigh
nothing; all ``-inf`` gives nan for softmax and log_softmax and ``-inf`` for logsumexp.
"""

import math
from decimal import Decimal, localcontext
from fractions import Fraction

from tinynet.oracle.ziv import correctly_rounded, unit

INF = math.inf
NAN = math.nan
_FAR = -2000  # e**-2000 < 10**-868: terms further below the maximum are bounded, not computed


def _sigmoid(p, x):
    v = 1 / (1 + (-Decimal(x)).exp())
    return v, 3 * v * unit(p)


def sigmoid(x, dtype="float64"):
    """Return 1 / (1 + e**-x): three roundings, err <= 3 v u; far out it is 0 or 1 within 1e-800."""
    x = float(x)
    if x != x:
        return x
    if x > 2000:
        return correctly_rounded(lambda p: (1 - Fraction(1, 10 ** 800), Fraction(1, 10 ** 800)), dtype)
    if x < -2000:
        return 0.0
    return correctly_rounded(_sigmoid, dtype, x)


def _prepare(values):
    """Return (m, differences as Fractions) or a special marker: 'nan' or 'empty' (all -inf)."""
    values = [float(v) for v in values]
    if any(v != v or v == INF for v in values):
        return "nan", None
    finite = [v for v in values if v != -INF]
    if not finite:
        return "empty", None
    m = max(finite)
    return m, [None if v == -INF else Fraction(v) - Fraction(m) for v in values]


def _terms(differences, p):
    """Return (sum s, list of e**d_i (None for -inf), relative bound on s and on each term)."""
    terms, total, far = [], Decimal(0), 0
    for d in differences:
        if d is None or d < _FAR:
            terms.append(None if d is None else Decimal(0))
            far += d is not None
            continue
        t = (Decimal(d.numerator) / Decimal(d.denominator)).exp()  # relative error <= (|d| + 1) u / 2
        terms.append(t)
        total += t
    n = len(differences)
    relative = (2 * -_FAR + n + 3) * unit(p) + far * Decimal(10) ** -860
    return total, terms, relative


def softmax(values, dtype="float64"):
    """Return e**(x_i - m) / sum_j e**(x_j - m) for each i, correctly rounded."""
    m, differences = _prepare(values)
    if m in ("nan", "empty"):
        return [NAN] * len(values)
    out, cache = [], {}
    for i in range(len(values)):
        def evaluate(p, i=i):
            if p not in cache:
                cache[p] = _terms(differences, p)
            total, terms, relative = cache[p]
            t = terms[i]
            if t is None or t == 0:
                return Fraction(0), Fraction(1, 10 ** 860) if t is not None else Fraction(0)
            v = t / total
            return v, v * (2 * relative + unit(p))
        out.append(correctly_rounded(evaluate, dtype))
    return out


def _log_sum(p, differences):
    """Return (ln s, absolute bound), at enough digits that ln s is good relative to itself."""
    total, _, relative = _terms(differences, p)
    if sum(d is not None and d == 0 for d in differences) == 1 and \
            all(d is None or d == 0 or d < _FAR for d in differences):
        if all(d is None or d == 0 for d in differences):
            return Decimal(0), Decimal(0)  # s = 1 exactly: ln s = 0, so log_softmax of the maximum is +0
        return Decimal(0), relative  # s = 1 + (terms below e**-2000)
    rest = total - 1 if total > 1 else total
    with localcontext() as ctx:
        ctx.prec = p + max(0, -rest.adjusted()) + 2 if rest else p
        v = total.ln()
        return v, (total * relative) / total + abs(v) * unit(ctx.prec)


def logsumexp(values, dtype="float64"):
    """Return m + ln(sum_i e**(x_i - m)), correctly rounded; -inf for no finite values."""
    m, differences = _prepare(values)
    if m == "nan":
        return NAN
    if m == "empty":
        return -INF

    def evaluate(p):
        v, error = _log_sum(p, differences)
        return Fraction(m) + Fraction(v), error
    if len(values) == 1:
        return m
    return correctly_rounded(evaluate, dtype)


def log_softmax(values, dtype="float64"):
    """Return (x_i - m) - ln(sum_j e**(x_j - m)) for each i, correctly rounded."""
    m, differences = _prepare(values)
    if m in ("nan", "empty"):
        return [NAN] * len(values)
    out, cache = [], {}

    def evaluate(p, d):
        if p not in cache:
            cache[p] = _log_sum(p, differences)
        v, error = cache[p]
        return d - Fraction(v), error
    for d in differences:
        out.append(-INF if d is None else correctly_rounded(evaluate, dtype, d))
    return out
