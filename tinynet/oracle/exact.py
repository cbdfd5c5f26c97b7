"""Exact sums, products and moments of floats, rounded once to float32 or float64.

Every finite float is an integer times a power of two, so a list of them is a list of integers
``X[i]`` times one common power ``2**E`` (the smallest exponent among them).  Sums and dot products of
such integers are exact in Python's unbounded integers, and only the final value is rounded, with
``round_fraction``.  That is the cost of one integer multiply-add per term, which keeps a 64x64 matmul
(262,144 products) well under a second.

    >>> fsum_exact = sum_exact([0.1, 0.2, -0.3])          # 0.1 + 0.2 - 0.3 is 2**-54 + 2**-56 ...
    >>> fsum_exact
    2.7755575615628914e-17
    >>> matmul_exact([[1.0, 2.0]], [[3.0], [4.0]])
    [[11.0]]

Non-finite inputs follow IEEE 754: a nan, or infinities of both signs among the terms (including
``inf * 0``) give nan, otherwise an infinite term gives that infinity.
"""

import math
from fractions import Fraction

from tinynet.oracle.rounding import FORMATS, format_of, round_fraction


# ---------------------------------------------------------------------------------------------------------
# floats as integers times a common power of two


def _scaled(values):
    """Return (integers, E) with values[i] == integers[i] * 2**E exactly (all values finite)."""
    pairs = [x.as_integer_ratio() for x in values]
    if not pairs:
        return [], 0
    shift = max(d for _, d in pairs).bit_length() - 1  # the largest denominator is 2**shift
    return [n << (shift - (d.bit_length() - 1)) for n, d in pairs], -shift


def _power(integer, exponent):
    """Return integer * 2**exponent as a Fraction."""
    return Fraction(integer << exponent) if exponent >= 0 else Fraction(integer, 1 << -exponent)


def _special_sum(signs_of_infinities, has_nan):
    """Return the IEEE sum of the non-finite terms: nan, +-inf, or None when every term is finite."""
    if has_nan or len(signs_of_infinities) > 1:
        return math.nan
    if signs_of_infinities:
        return math.inf if signs_of_infinities.pop() > 0 else -math.inf
    return None


def _special_of(values):
    infinities = {1 if x > 0 else -1 for x in values if x in (math.inf, -math.inf)}
    return _special_sum(infinities, any(x != x for x in values))


# ---------------------------------------------------------------------------------------------------------
# sums and moments


def exact_sum(values):
    """Return the exact sum of finite floats as a Fraction (the oracle's sum before rounding).

    >>> exact_sum([0.5, 0.25])
    Fraction(3, 4)
    """
    integers, e = _scaled(values)
    return _power(sum(integers), e)


def sum_exact(values, dtype="float64"):
    """Return sum(values) correctly rounded: the float nearest the exact sum, ties to even.

    >>> sum_exact([1e16, 1.0, -1e16]), sum_exact([]), sum_exact([-0.0, -0.0])
    (1.0, 0.0, -0.0)
    """
    special = _special_of(values)
    if special is not None:
        return special
    if values and all(x == 0 and math.copysign(1, x) < 0 for x in values):
        return -0.0  # IEEE: the sum of negative zeros is -0
    return round_fraction(exact_sum(values), dtype)


def mean_exact(values, dtype="float64"):
    """Return (sum of values) / n correctly rounded; nan for no values.

    >>> mean_exact([1.0, 2.0, 2.0])
    1.6666666666666667
    """
    special = _special_of(values)
    if special is not None or not values:
        return math.nan if special is None else special
    if all(x == 0 and math.copysign(1, x) < 0 for x in values):
        return -0.0
    return round_fraction(exact_sum(values) / len(values), dtype)


def exact_var(values, correction=0):
    """Return the exact variance sum((x - mean)**2) / (n - correction) of finite floats, as a Fraction.

    With integers X and common scale 2**E: sum((x - mean)**2) = (n * sum(X**2) - sum(X)**2) / n * 4**E.

    >>> exact_var([1.0, 2.0, 4.0], correction=1)
    Fraction(7, 3)
    """
    integers, e = _scaled(values)
    n = len(integers)
    total = sum(integers)
    squares = sum(k * k for k in integers)
    return _power(n * squares - total * total, 2 * e) / (n * (n - correction))


def var_exact(values, correction=0, dtype="float64"):
    """Return the variance correctly rounded; nan when n - correction <= 0 or any value is non-finite.

    >>> var_exact([1.0, 2.0, 4.0]), var_exact([1.0], correction=1)
    (1.5555555555555556, nan)
    """
    if len(values) - correction <= 0 or _special_of(values) is not None:
        return math.nan
    return round_fraction(exact_var(values, correction), dtype)


def std_exact(values, correction=0, dtype="float64"):
    """Return the standard deviation: the correctly rounded square root of the exact variance.

    >>> std_exact([1.0, 2.0, 4.0]) == 1.247219128924647
    True
    """
    if len(values) - correction <= 0 or _special_of(values) is not None:
        return math.nan
    return round_sqrt(exact_var(values, correction), dtype)


def cumulative_sum_exact(values, dtype="float64"):
    """Return the running sums, each the correctly rounded exact prefix sum.

    >>> cumulative_sum_exact([1e16, 1.0, 1.0, -1e16])
    [1e+16, 1e+16, 1.0000000000000002e+16, 2.0]
    """
    out = []
    finite = [x for x in values if x - x == 0]
    integers, e = _scaled(finite)
    it = iter(integers)
    running, infinities, has_nan, all_negative_zero = 0, set(), False, True
    for x in values:
        if x != x:
            has_nan = True
        elif x in (math.inf, -math.inf):
            infinities.add(1 if x > 0 else -1)
        else:
            running += next(it)
        all_negative_zero = all_negative_zero and x == 0 and math.copysign(1, x) < 0
        special = _special_sum(set(infinities), has_nan)
        if special is not None:
            out.append(special)
        elif all_negative_zero:
            out.append(-0.0)
        else:
            out.append(round_fraction(_power(running, e), dtype))
    return out


# ---------------------------------------------------------------------------------------------------------
# products


def _product_specials(x, y):
    """Return the IEEE value of sum(x[i] * y[i]) if some term is not finite, else None."""
    infinities, has_nan = set(), False
    for a, b in zip(x, y):
        if a - a == 0 and b - b == 0:
            continue
        p = a * b  # inf * 0 is nan here, as in IEEE
        if p != p:
            has_nan = True
        elif p in (math.inf, -math.inf):
            infinities.add(1 if p > 0 else -1)
    if has_nan or infinities:
        return _special_sum(infinities, has_nan)
    return None


def _signed_zero_dot(x, y):
    """Return True when every product x[i] * y[i] is -0.0 (the IEEE sum is then -0.0)."""
    return bool(x) and all(a * b == 0 and math.copysign(1, a * b) < 0 for a, b in zip(x, y))


def vecdot_exact(x, y, dtype="float64"):
    """Return sum_i x[i] * y[i], the exact sum of exact products rounded once.

    >>> vecdot_exact([1e20, 1.0, -1e20], [1.0, 1.0, 1.0]), vecdot_exact([0.1], [0.1])
    (1.0, 0.010000000000000002)
    """
    if len(x) != len(y):
        raise ValueError("vecdot needs vectors of one length, got %d and %d" % (len(x), len(y)))
    special = _product_specials(x, y)
    if special is not None:
        return special
    if _signed_zero_dot(x, y):
        return -0.0
    xs, ex = _scaled(x)
    ys, ey = _scaled(y)
    return round_fraction(_power(sum(a * b for a, b in zip(xs, ys)), ex + ey), dtype)


def matmul_exact(a, b, dtype="float64"):
    """Return C[i][j] = sum_k A[i][k] * B[k][j] for nested lists, each entry rounded once.

    A and B are scaled once to integers, so each entry costs n integer multiply-adds and one rounding.

    >>> matmul_exact([[1e20, 1.0]], [[1.0, 0.0], [1.0, 2.0]])
    [[1e+20, 2.0]]
    """
    n = len(b)
    if any(len(row) != n for row in a):
        raise ValueError("matmul: shapes (%d,%d) and (%d,%d) not aligned"
                         % (len(a), len(a[0]) if a else 0, n, len(b[0]) if b else 0))
    columns = [list(col) for col in zip(*b)] if b else []
    flat_a = [x for row in a for x in row]
    flat_b = [x for col in columns for x in col]
    finite = all(x - x == 0 for x in flat_a) and all(x - x == 0 for x in flat_b)
    if not finite:
        return [[vecdot_exact(row, col, dtype) for col in columns] for row in a]
    ia, ea = _scaled(flat_a)
    ib, eb = _scaled(flat_b)
    rows_i = [ia[i * n:(i + 1) * n] for i in range(len(a))]
    cols_i = [ib[j * n:(j + 1) * n] for j in range(len(columns))]
    out = []
    for row, row_i in zip(a, rows_i):
        line = []
        for col, col_i in zip(columns, cols_i):
            total = sum(p * q for p, q in zip(row_i, col_i))
            if total == 0 and _signed_zero_dot(row, col):
                line.append(-0.0)
            else:
                line.append(round_fraction(_power(total, ea + eb), dtype))
        out.append(line)
    return out


# ---------------------------------------------------------------------------------------------------------
# square roots of exact values


def round_sqrt(value, dtype="float64"):
    """Return the float nearest sqrt(value) for an exact value >= 0 (nan below 0).

    With value = a/b, r = isqrt(a * b * 4**s) brackets sqrt(value) in [r, r + 1) / (b * 2**s).  When r*r
    is exact the root is rational and rounded once; otherwise the root is irrational, so it is no tie,
    and s grows until both ends of the bracket round to the same float.

    >>> round_sqrt(Fraction(2)) == 2 ** 0.5, round_sqrt(Fraction(9, 4)), round_sqrt(-1)
    (True, 1.5, nan)
    """
    value = Fraction(value)
    if value < 0:
        return math.nan
    if value == 0:
        return 0.0
    precision = FORMATS[format_of(dtype)][0]
    a, b = value.numerator, value.denominator
    s = max(0, precision + 8 - (a * b).bit_length() // 2 + b.bit_length())
    while True:
        square = (a * b) << (2 * s)
        r = math.isqrt(square)
        scale = b << s
        if r * r == square:
            return round_fraction(Fraction(r, scale), dtype)
        low = round_fraction(Fraction(r, scale), dtype)
        if low == round_fraction(Fraction(r + 1, scale), dtype):
            return low
        s += 32
