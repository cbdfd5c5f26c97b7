"""NumPy's pairwise float sum, on plain lists: the order in which tinynet adds floats.

Adding n floats one after another lets rounding error grow like n; adding them in a balanced
tree makes it grow like log n.  NumPy sums blocks of up to 128 numbers with eight running totals
and splits longer lists in two; ``pairwise_sum`` adds in exactly that order, so float sums match
NumPy's bit for bit.  ``core/reduce_math.py`` explains how NumPy applies it along axes.

    >>> pairwise_sum([0.1] * 10), pairwise_rows([1.0, 2.0, 3.0, 4.0], 2)
    (1.0, [3.0, 7.0])
"""

from tinynet.core.portable import add, fold


def _left_to_right(values, start):
    """Return ((start + values[0]) + values[1]) + ..., the additions made one after another."""
    if fold is not None:
        return fold(add, values, start)
    for x in values:
        start += x
    return start


# chain(values, start) adds left to right.  sum() does that in one C loop on CPython before 3.12,
# PyPy and MicroPython; CPython 3.12+ compensates sum()'s rounding (Neumaier), which is not the
# order NumPy adds in, so there the additions are folded one by one.
chain = sum if sum([1.0, -1e16], 1e16) == 0.0 else _left_to_right


def pairwise_sum(values):
    """Return the sum of a list of floats, added in NumPy's pairwise order.

    Adding n floats one after another lets rounding error grow like n; adding
    them in a balanced tree makes it grow like log n.  NumPy sums blocks of
    up to 128 numbers with eight running totals, and splits longer lists in
    two.  We add in exactly that order, so float sums match NumPy bit for bit.

    >>> pairwise_sum([0.1] * 10), 0.1 * 10
    (1.0, 1.0)
    >>> pairwise_sum([1.0, 2.0, 3.0])
    6.0
    """
    return _pairwise(values, 0, len(values))


def _pairwise(a, start, n):
    if n < 8:  # a plain loop from 0.0
        return chain(a[start : start + n], 0.0)
    if n <= 128:  # running total j adds values j, j + 8, j + 16, ...; then the tail, in order
        end = start + n - n % 8
        r0, r1, r2, r3, r4, r5, r6, r7 = [chain(a[j + 8 : end : 8], a[j]) for j in range(start, start + 8)]
        return chain(a[end : start + n], ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)))
    half = n // 2
    half -= half % 8
    return _pairwise(a, start, half) + _pairwise(a, start + half, n - half)


def pairwise_expression(n):
    """Return the additions pairwise_sum makes for n <= 128 values a0, a1, ..., as Python source.

    ``+`` groups from the left, so ``a + b + c`` is ``(a + b) + c``: a run of additions made in order.

    >>> pairwise_expression(3)
    '0.0 + a0 + a1 + a2'
    >>> pairwise_expression(10)
    '((a0 + a1) + (a2 + a3)) + ((a4 + a5) + (a6 + a7)) + a8 + a9'
    >>> pairwise_expression(17)[:60]
    '(((a0 + a8) + (a1 + a9)) + ((a2 + a10) + (a3 + a11))) + (((a'
    """
    names = ["a%d" % i for i in range(n)]
    if n < 8:
        return " + ".join(["0.0"] + names)
    end = n - n % 8
    r = ["(%s)" % " + ".join(names[j:end:8]) if end > 8 else names[j] for j in range(8)]
    return " + ".join(["((%s + %s) + (%s + %s)) + ((%s + %s) + (%s + %s))" % tuple(r)] + names[end:])


_ROW_KERNELS = {}  # n -> the compiled comprehension of pairwise_rows for runs of n


def pairwise_rows(values, n):
    """Return [0.0 + pairwise_sum(run) for each run of n consecutive values] (1 <= n <= 128).

    This is NumPy's sum along a contiguous last axis: each run added in pairwise order, then
    added to the output's 0.0.  pairwise_expression(n) is compiled once per n into one
    comprehension that takes the runs as tuples and makes every addition inline: no call, no
    slice and no list per run.  A runtime that cannot compile (or lacks the memory to) sums each
    run with pairwise_sum.

    >>> pairwise_rows([1.0, 2.0, 3.0, 4.0], 2), pairwise_rows([0.1] * 20, 10), pairwise_rows([-0.0], 1)
    ([3.0, 7.0], [1.0, 1.0], [0.0])
    """
    kernel = _ROW_KERNELS.get(n)
    if kernel is None:
        names = ", ".join("a%d" % i for i in range(n))
        source = "lambda values: [0.0 + (%s) for %s, in zip(*[iter(values)] * %d)]"
        try:
            kernel = eval(source % (pairwise_expression(n), names, n))
        except Exception:  # no compiler on this runtime, or no memory for one

            def kernel(values):
                return [0.0 + pairwise_sum(values[i : i + n]) for i in range(0, len(values), n)]

        _ROW_KERNELS[n] = kernel
    return kernel(values)


def running_sums(totals, columns):
    """Return [((totals[r] + columns[0][r]) + columns[1][r]) + ... for each r], added left to right.

    Three columns go in per pass: one comprehension with three additions costs less than three
    passes of one (fewer lists built and walked), and the order of the additions is the same.

    >>> running_sums([0.0, 0.0], [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [7.0, 8.0]])
    [16.0, 20.0]
    """
    k = 0
    while len(columns) - k >= 3:
        totals = [((t + x) + y) + z for t, x, y, z in zip(totals, columns[k], columns[k + 1], columns[k + 2])]
        k += 3
    for column in columns[k:]:
        totals = list(map(add, totals, column))
    return totals
