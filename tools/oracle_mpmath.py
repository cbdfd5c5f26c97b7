"""Compare the oracle with mpmath at 400 bits on many inputs per function; print the misrounded counts.

    python3 tools/oracle_mpmath.py [N] [FUNCTION ...]      (N inputs per function and dtype, default 100000)

The reference: mpmath evaluates at 400 bits, then rounds to the format with its own rounding (nearest, ties
to even, with the subnormal precision and the overflow threshold of the format).  It is a separate
implementation from the oracle's, so an agreement is evidence for both.
"""

import math
import random
import struct
import sys
import time

import mpmath
from mpmath import mp
from mpmath.libmp import from_man_exp, round_nearest, to_float

from tinynet.oracle import activations, elementary, trig

mp.prec = 400
FORMATS = {"float64": (53, -1022, 1023), "float32": (24, -126, 127)}

UNARY = {
    "exp": (elementary.exp, mpmath.exp), "expm1": (elementary.expm1, mpmath.expm1),
    "log": (elementary.log, mpmath.log), "log1p": (elementary.log1p, mpmath.log1p),
    "log2": (elementary.log2, lambda x: mpmath.log(x, 2)), "log10": (elementary.log10, mpmath.log10),
    "sqrt": (elementary.sqrt, mpmath.sqrt), "sinh": (elementary.sinh, mpmath.sinh),
    "cosh": (elementary.cosh, mpmath.cosh), "tanh": (elementary.tanh, mpmath.tanh),
    "asinh": (elementary.asinh, mpmath.asinh), "acosh": (elementary.acosh, mpmath.acosh),
    "atanh": (elementary.atanh, mpmath.atanh), "sin": (trig.sin, mpmath.sin), "cos": (trig.cos, mpmath.cos),
    "tan": (trig.tan, mpmath.tan), "asin": (trig.asin, mpmath.asin), "acos": (trig.acos, mpmath.acos),
    "atan": (trig.atan, mpmath.atan), "sigmoid": (activations.sigmoid, lambda x: 1 / (1 + mpmath.exp(-x))),
}
BINARY = {
    "atan2": (trig.atan2, mpmath.atan2), "pow": (elementary.pow, mpmath.power),
    "hypot": (elementary.hypot, mpmath.hypot),
}
DOMAIN = {  # where the inputs are drawn: the function's domain, most of it finite results
    "exp": (-750, 720), "expm1": (-50, 720), "sinh": (-720, 720), "cosh": (-720, 720), "tanh": (-25, 25),
    "sigmoid": (-760, 760), "log1p": (-1, 1e300), "acosh": (1, 1e300), "atanh": (-1, 1), "asin": (-1, 1),
    "acos": (-1, 1),
}


def round_to(value, fmt):
    """Round an mpf (finite) to the format with mpmath's own rounding, as a Python float."""
    precision, emin, emax = FORMATS[fmt]
    if value == 0:
        return 0.0
    exponent = int(mpmath.floor(mpmath.log(abs(value), 2)))
    bits = precision - max(0, emin - exponent)
    if bits <= 0:
        # below half the smallest subnormal, or between it and the smallest subnormal
        smallest = mpmath.mpf(2) ** (emin - precision + 1)
        return math.copysign(float(smallest) if abs(value) > smallest / 2 else 0.0, float(value))
    man, exp_ = value.man_exp  # man is |mantissa|: the sign goes on at the end
    rounded = from_man_exp(man if value > 0 else -man, exp_, bits, round_nearest)
    result = to_float(rounded, rnd=round_nearest)
    limit = (2 - 2.0 ** (1 - precision)) * 2.0 ** emax
    return math.copysign(math.inf, result) if abs(result) > limit else result


def to_fmt(x, fmt):
    return struct.unpack("f", struct.pack("f", x))[0] if fmt == "float32" else x


def draw(rng, name, fmt):
    """Draw one input: uniform in the domain, log-uniform magnitudes, or near 0, 1 and the domain's edges."""
    low, high = DOMAIN.get(name, (-1e300, 1e300))
    kind = rng.random()
    if kind < 0.4:
        x = rng.uniform(max(low, -800), min(high, 800))
    elif kind < 0.8:
        x = math.copysign(10 ** rng.uniform(-320, 308), rng.choice((-1, 1)))
    else:
        x = rng.choice((0.0, 1.0, -1.0, low, high)) + rng.choice((1, -1)) * 2.0 ** -rng.randint(1, 60)
    x = to_fmt(x, fmt)
    if x == 0:  # mpmath has no signed zero: the special values are tested in tests/test_oracle.py
        x = to_fmt(2.0 ** -rng.randint(1, 140), fmt)
    if fmt == "float32" and (math.isinf(x) or abs(x) > 3e38):
        x = to_fmt(rng.uniform(-100, 100), fmt)
    return x


def reference(f, args, fmt):
    try:
        value = f(*[mpmath.mpf(a) for a in args])
    except (ValueError, ZeroDivisionError):
        return math.nan
    if isinstance(value, mpmath.mpc) or (hasattr(value, "imag") and value.imag != 0):
        return math.nan
    value = mpmath.mpf(value)
    if mpmath.isnan(value):
        return math.nan
    if mpmath.isinf(value):
        return float(value)
    return round_to(value, fmt)


def same(a, b):
    return (a != a and b != b) or (a == b and math.copysign(1, a) == math.copysign(1, b)) or (a == b == 0)


def run(name, n, fmt, rng):
    ours, theirs = UNARY[name] if name in UNARY else BINARY[name]
    arity = 1 if name in UNARY else 2
    bad = []
    for _ in range(n):
        args = [draw(rng, name, fmt)]
        if arity == 2:
            args.append(draw(rng, name, fmt) if name != "pow" else to_fmt(rng.choice(
                (rng.uniform(-40, 40), float(rng.randint(-30, 30)), rng.uniform(-3, 3))), fmt))
            if name == "pow":
                args[0] = abs(args[0]) if rng.random() < 0.7 else args[0]
                if abs(args[0]) > 1e10 or abs(args[0]) < 1e-10:
                    args[0] = to_fmt(rng.uniform(0, 50), fmt)
        expected = reference(theirs, args, fmt)
        got = ours(*args, fmt)
        if not same(got, expected):
            bad.append((args, got, expected))
    return bad


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 100000
    names = argv[2:] or list(UNARY) + list(BINARY)
    rng = random.Random(2026)
    total_bad = 0
    for name in names:
        for fmt in ("float64", "float32"):
            start = time.time()
            bad = run(name, n, fmt, rng)
            total_bad += len(bad)
            print("%-8s %-8s %7d inputs  %d misrounded  %.1fs" % (name, fmt, n, len(bad), time.time() - start),
                  flush=True)
            for case in bad[:5]:
                print("    ", case, flush=True)
    print("total misrounded:", total_bad)
    return 1 if total_bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
