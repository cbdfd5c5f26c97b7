"""Compare the oracle's sums, moments, dot products and softmax family with independent references.

    python3 tools/oracle_mpmath_rows.py [N] [FUNCTION ...]   (N random rows per function and dtype, default 100000)

References: math.fsum (correctly rounded) for float64 sums; mpmath at 600 bits (exact for these rows: their entries span 10**-40 to 10**40 at most, under 300 bits)
rounded by tools/oracle_mpmath.round_to for the rest.  Rows have 1 to 12 entries of mixed signs and
magnitudes from 1e-20 to 1e20, so sums and dot products cancel often.
"""

import math
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import mpmath  # noqa: E402
from oracle_mpmath import round_to, same, to_fmt  # noqa: E402

from tinynet.oracle import activations, exact  # noqa: E402


def row(rng, fmt, wide=True):
    n = rng.randint(1, 12)
    values = [math.copysign(10 ** rng.uniform(-20, 20) if wide else rng.uniform(0, 30), rng.random() - 0.5)
              for _ in range(n)]
    if rng.random() < 0.3 and n > 1:  # a near-cancelling pair
        values[1] = -values[0] * (1 + rng.choice((1, -1)) * 2.0 ** -rng.randint(10, 50))
    return [to_fmt(v, fmt) for v in values]


def mp_sum(values):
    return mpmath.fsum([mpmath.mpf(v) for v in values])


def references(name, values, other, fmt):
    mpmath.mp.prec = 600
    if name == "sum":
        return math.fsum(values) if fmt == "float64" else round_to(mp_sum(values), fmt)
    if name == "mean":
        return round_to(mp_sum(values) / len(values), fmt)
    if name in ("var", "std"):
        if len(values) < 2:
            return None
        m = mp_sum(values) / len(values)
        v = mpmath.fsum([(mpmath.mpf(x) - m) ** 2 for x in values]) / (len(values) - 1)
        return round_to(v if name == "var" else mpmath.sqrt(v), fmt) if v else 0.0
    if name == "vecdot":
        total = mpmath.fsum([mpmath.mpf(a) * mpmath.mpf(b) for a, b in zip(values, other)])
        return round_to(total, fmt)
    if name == "cumulative_sum":
        return [math.fsum(values[:k + 1]) if fmt == "float64" else round_to(mp_sum(values[:k + 1]), fmt)
                for k in range(len(values))]
    mpmath.mp.prec = 400
    s = mpmath.fsum([mpmath.exp(v) for v in values])
    if name == "logsumexp":
        return round_to(mpmath.log(s), fmt)
    if name == "softmax":
        return [round_to(mpmath.exp(v) / s, fmt) for v in values]
    if len(values) == 1:
        return [0.0]  # x - ln(e**x) is exactly +0, which mpmath's ln(exp(x)) misses in the last bits
    return [round_to(v - mpmath.log(s), fmt) for v in values]


def ours(name, values, other, fmt):
    if name in ("var", "std"):
        return getattr(exact, name + "_exact")(values, 1, fmt) if len(values) > 1 else None
    if name == "vecdot":
        return exact.vecdot_exact(values, other, fmt)
    if name in ("logsumexp", "softmax", "log_softmax"):
        return getattr(activations, name)(values, fmt)
    return getattr(exact, name + "_exact")(values, fmt)


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 100000
    rng = random.Random(13)
    total_bad = 0
    names = argv[2:] or ("sum", "mean", "var", "std", "cumulative_sum", "vecdot", "logsumexp", "softmax",
                         "log_softmax")
    for name in names:
        for fmt in ("float64", "float32"):
            start, bad = time.time(), 0
            for _ in range(n):
                values = row(rng, fmt, wide=name not in ("logsumexp", "softmax", "log_softmax"))
                other = row(rng, fmt)[:len(values)] + [1.0] * len(values)
                other = other[:len(values)]
                got, want = ours(name, values, other, fmt), references(name, values, other, fmt)
                got, want = (got if isinstance(got, list) else [got]), (want if isinstance(want, list) else [want])
                if want != [None] and not all(same(g, w) for g, w in zip(got, want)):
                    bad += 1
                    if bad <= 3:
                        print("    ", name, fmt, values, got, want)
            total_bad += bad
            print("%-14s %-8s %7d rows  %d misrounded  %.1fs" % (name, fmt, n, bad, time.time() - start),
                  flush=True)
    print("total misrounded:", total_bad)
    return 1 if total_bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
