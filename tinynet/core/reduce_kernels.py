"""Float32 and complex sums in NumPy's order, for ``reduce_math`` (loaded on the first such sum).

``reduce_math`` adds float64 runs with ``pairwise.pairwise_sum``.  Float32 sums and complex sums
follow the same plan with NumPy's other inner loops, written out here:

- a float32 run is summed pairwise with 8 running totals, every addition rounded to float32;
- each part of a complex run (real, imaginary) is summed pairwise with 4 running totals;
- runs are then added in order (``running_total``), rounding each step for float32;
- a float32 mean is the quotient taken in float64 and rounded, as NumPy promotes float32 / intp;
  a complex mean is z * (1/n) per part, NumPy's complex division by n + 0j.

Float16 sums (NumPy accumulates half sums in float32) are not modelled.

    >>> tenth = round_float32(0.1)                 # 0.1 as float32 holds it
    >>> run_sum([tenth] * 3, False, True)           # the float32 sum, as NumPy's
    0.30000001192092896
    >>> run_sum([1 + 2j, 3 - 1j], True, False)
    (4+1j)
"""

from array import array

from tinynet.core.float_rounding import fix_float32
from tinynet.core.portable import add
from tinynet.core.pairwise import pairwise_sum
from tinynet.core.reduce_math import _divide


def round_float32(x):
    """Return x rounded to the nearest float32 value (overflow gives inf).

    >>> round_float32(0.1), round_float32(1e39)
    (0.10000000149011612, inf)
    """
    return array("f", (x,))[0]


def round_all(xs):
    """Return the list xs with each value rounded to float32."""
    return list(array("f", xs))


def _pairwise_lanes(a, start, n, lanes, f32):
    """Return NumPy's pairwise sum of a[start:start+n] with ``lanes`` running totals.

    Real float32 sums use 8 lanes, each part of a complex sum uses 4 (NumPy
    keeps 8 totals over interleaved real and imaginary parts); with ``f32``
    every addition rounds to float32.
    """
    if n < lanes:
        total = 0.0
        for i in range(start, start + n):
            total += a[i]
            if f32:
                total = round_float32(total)
        return total
    if n <= 16 * lanes:
        acc = a[start : start + lanes]
        end = start + n - n % lanes
        for i in range(start + lanes, end, lanes):
            acc = [x + y for x, y in zip(acc, a[i : i + lanes])]
            if f32:
                acc = round_all(acc)
        while len(acc) > 1:  # ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
            acc = [acc[j] + acc[j + 1] for j in range(0, len(acc), 2)]
            if f32:
                acc = round_all(acc)
        total = acc[0]
        for i in range(end, start + n):
            total += a[i]
            if f32:
                total = round_float32(total)
        return total
    half = n // 2
    half -= half % lanes
    total = _pairwise_lanes(a, start, half, lanes, f32) + _pairwise_lanes(
        a, start + half, n - half, lanes, f32
    )
    return round_float32(total) if f32 else total


def _plus(x, y):
    """Return [x[i] + y[i] for each i], each sum rounded to float32: a column of float32 additions."""
    return fix_float32(list(map(add, x, y)))


def running_columns(totals, rows):
    """Return ((totals + rows[0]) + rows[1]) + ... element by element, each addition rounded to float32.

    >>> running_columns([0.0, 0.0], [[1.0, 2.0], [3.0, 2.0 ** -30]])
    [4.0, 2.0]
    """
    for row in rows:
        totals = _plus(totals, row)
    return totals


def float32_rows(values, n):
    """Return [0.0 + the float32 pairwise sum of each run of n consecutive values] (1 <= n <= 128).

    The additions are _pairwise_lanes's with 8 lanes, each rounded to float32, made for all runs at
    once: lane j of every run is the column values[j::n], and each addition is one pass down two
    columns (one map, one rounding by array('f')), not one Python loop per run.

    >>> tenth = round_float32(0.1)
    >>> float32_rows([tenth] * 6, 3) == [run_sum([tenth] * 3, False, True)] * 2
    True
    """
    if n < 8:
        return running_columns([0.0] * (len(values) // n), [values[i::n] for i in range(n)])
    end = n - n % 8
    r = [running_columns(values[j::n], [values[i::n] for i in range(j + 8, end, 8)]) for j in range(8)]
    total = _plus(_plus(_plus(r[0], r[1]), _plus(r[2], r[3])), _plus(_plus(r[4], r[5]), _plus(r[6], r[7])))
    return [0.0 + x for x in running_columns(total, [values[i::n] for i in range(end, n)])]


def run_sum(run, is_complex, f32):
    """Return the pairwise sum of one contiguous run (NumPy's inner reduce loop)."""
    n = len(run)
    if is_complex:
        re = [z.real for z in run]
        im = [z.imag for z in run]
        return complex(_pairwise_lanes(re, 0, n, 4, f32), _pairwise_lanes(im, 0, n, 4, f32))
    if f32:
        return _float32_pairwise(run) if n > 128 else _pairwise_lanes(run, 0, n, 8, True)
    return pairwise_sum(run)


def _float32_pairwise(run):
    """Return _pairwise_lanes(run, 0, len(run), 8, True) for a run longer than 128, faster.

    The halving leaves blocks of at most 128 values; the blocks of each length are summed together by
    float32_rows, then added up the same tree, each addition rounded to float32.  (A block's sum
    starts at 0.0, so an all -0.0 block gives 0.0; the reduction's own 0.0 hides the difference.)
    """
    blocks = {}  # length -> [start, ...]

    def split(start, n):
        if n <= 128:
            blocks.setdefault(n, []).append(start)
            return
        half = n // 2 - (n // 2) % 8
        split(start, half)
        split(start + half, n - half)

    def total(start, n):
        if n <= 128:
            return block_sums[start]
        half = n // 2 - (n // 2) % 8
        return round_float32(total(start, half) + total(start + half, n - half))

    split(0, len(run))
    block_sums = {}
    for n, starts in blocks.items():
        values = []
        for start in starts:
            values += run[start : start + n]
        block_sums.update(zip(starts, float32_rows(values, n)))
    return total(0, len(run))


def running_total(addends, is_complex, f32):
    """Return ((0 + x0) + x1) + ..., each addition rounded to float32 when f32."""
    if is_complex:
        re = 0.0
        im = 0.0
        for z in addends:
            re += z.real
            im += z.imag
            if f32:
                re = round_float32(re)
                im = round_float32(im)
        return complex(re, im)
    total = 0.0
    if f32:
        for x in addends:
            total = round_float32(total + x)
    else:
        for x in addends:
            total += x
    return total


def complex_divide(z, n):
    """Return z / n for a count n >= 0 the way NumPy divides complex by real: z * (1/n)."""
    if n == 0:
        return complex(_divide(z.real, 0), _divide(z.imag, 0))
    scale = 1.0 / n
    return complex((z.real + z.imag * 0.0) * scale, (z.imag - z.real * 0.0) * scale)


def means(sums, count, is_complex, f32):
    """Return each sum / count as NumPy computes a float32 or complex mean (see the module doc)."""
    if is_complex:
        out = [complex_divide(s, count) for s in sums]
        if f32:
            out = [complex(round_float32(m.real), round_float32(m.imag)) for m in out]
        return out
    out = [s / count for s in sums] if count else [_divide(s, count) for s in sums]
    return round_all(out) if f32 else out


def complex_multiply(z, w, f32):
    """Return z * w as (ac - bd) + (ad + bc)i, each step rounded to float32 when f32."""
    a, b, c, d = z.real, z.imag, w.real, w.imag
    if f32:
        ac, bd, ad, bc = round_all((a * c, b * d, a * d, b * c))
        re, im = round_all((ac - bd, ad + bc))
        return complex(re, im)
    return complex(a * c - b * d, a * d + b * c)
