"""NumPy's pairwise float sum, on plain lists: the order in which tinynet adds floats.

Adding n floats one after another lets rounding error grow like n; adding them in a balanced
tree makes it grow like log n.  NumPy sums blocks of up to 128 numbers with eight running totals
and splits longer lists in two; ``pairwise_sum`` adds in exactly that order, so float sums match
NumPy's bit for bit.  ``core/reduce_math.py`` explains how NumPy applies it along axes.

    >>> pairwise_sum([0.1] * 10), pairwise_rows([1.0, 2.0, 3.0, 4.0], 2)
    (1.0, [3.0, 7.0])
"""

from tinynet.core.portable import add, fold


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
    if n < 8:
        total = 0.0
        for i in range(start, start + n):
            total += a[i]
        return total
    if n <= 128:
        end = start + n - n % 8
        if fold is not None:  # each running total is a sequential sum of every 8th value: fold them in C
            r0, r1, r2, r3, r4, r5, r6, r7 = [fold(add, a[j:end:8]) for j in range(start, start + 8)]
            total = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
            for i in range(end, start + n):
                total += a[i]
            return total
        r0, r1, r2, r3, r4, r5, r6, r7 = a[start : start + 8]
        for i in range(start + 8, end, 8):
            r0 += a[i]
            r1 += a[i + 1]
            r2 += a[i + 2]
            r3 += a[i + 3]
            r4 += a[i + 4]
            r5 += a[i + 5]
            r6 += a[i + 6]
            r7 += a[i + 7]
        total = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
        for i in range(end, start + n):
            total += a[i]
        return total
    half = n // 2
    half -= half % 8
    return _pairwise(a, start, half) + _pairwise(a, start + half, n - half)


def pairwise_rows(values, n):
    """Return pairwise_sum of each run of n consecutive values (n <= 128), for every run at once.

    The order of additions in each run is pairwise_sum's; the work goes down the columns of the
    runs, so a whole column of additions is one pass at C speed instead of one Python loop per run.

    >>> pairwise_rows([1.0, 2.0, 3.0, 4.0], 2), pairwise_rows([0.1] * 20, 10)
    ([3.0, 7.0], [1.0, 1.0])
    """
    runs = len(values) // n if n else 0
    if n < 8:
        totals = [0.0] * runs
        for j in range(n):
            totals = list(map(add, totals, values[j::n]))
        return totals
    end = n - n % 8
    # lane j: the running total of values j, j + 8, j + 16, ... of each run
    lanes = [running_sums(values[j::n], [values[i::n] for i in range(j + 8, end, 8)]) for j in range(8)]
    totals = [((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)) for r0, r1, r2, r3, r4, r5, r6, r7 in zip(*lanes)]
    for i in range(end, n):
        totals = list(map(add, totals, values[i::n]))
    return totals


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
