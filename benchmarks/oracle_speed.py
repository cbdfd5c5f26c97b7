"""Time the oracle: correctly rounded exp over 10**4 float64 inputs, and a 64x64 matmul.

    python3 benchmarks/oracle_speed.py

The issue's bounds: exp under 2 s, matmul under 5 s.  docs/oracle.md records the figures.
"""

import os
import random
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from tinynet import oracle  # noqa: E402
from tinynet.oracle import activations, elementary, exact, trig  # noqa: E402


def timed(label, function, *args):
    start = time.perf_counter()
    function(*args)
    elapsed = time.perf_counter() - start
    print("%-44s %7.3f s" % (label, elapsed))
    return elapsed


def main():
    rng = random.Random(0)
    xs = [rng.uniform(-700, 700) for _ in range(10000)]
    a = [[rng.gauss(0, 1) for _ in range(64)] for _ in range(64)]
    b = [[rng.gauss(0, 1) for _ in range(64)] for _ in range(64)]
    wide = [[rng.gauss(0, 1) * 10 ** rng.randint(-300, 300) for _ in range(64)] for _ in range(64)]
    timed("exp, 10^4 float64 inputs in [-700, 700]", lambda: [elementary.exp(x) for x in xs])
    timed("exp, 10^4 float32 inputs", lambda: [elementary.exp(x, "float32") for x in xs])
    timed("sin, 10^4 float64 inputs in [-700, 700]", lambda: [trig.sin(x) for x in xs])
    big = [rng.uniform(-1, 1) * 10 ** rng.randint(0, 300) for _ in range(1000)]
    timed("sin, 10^3 float64 inputs up to 1e300", lambda: [trig.sin(x) for x in big])
    timed("matmul 64x64 float64 (N(0,1) entries)", exact.matmul_exact, a, b)
    timed("matmul 64x64 float64 (exponents +-300)", exact.matmul_exact, wide, b)
    timed("oracle.matmul 64x64 (array API, tinynet arrays)", oracle.matmul, a, b)
    timed("sum of 10^5 float64", exact.sum_exact, [rng.gauss(0, 1) for _ in range(100000)])
    timed("softmax of 10^3 float64", activations.softmax, [rng.gauss(0, 3) for _ in range(1000)])


if __name__ == "__main__":
    main()
