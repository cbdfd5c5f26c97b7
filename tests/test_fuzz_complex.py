"""Complex exp, log, sqrt, power, abs, the trigonometric and hyperbolic functions and their inverses at
their special values, against NumPy: both signs of zero, both infinities and nan in either part, huge, tiny
and subnormal parts.

C99's Annex G fixes most of these answers (log(-0 + 0i) = -inf + i pi, sqrt(-inf + i nan) = nan +- i inf,
asin(+inf + i nan) = nan +- i inf, ...) and leaves a few signs unspecified, where NumPy's are followed.
Each value must match NumPy's bit for bit in its zeros, infinities and nans (the sign of a zero and which
part is nan included); finite parts may differ by 4 ulp, since NumPy's libm and Python's cmath take
different routes to the same correctly specified value.

The RuntimeWarnings of the one-input functions must match NumPy's too, except "underflow": NumPy's libm
raises it in intermediate steps of its own algorithms (log(1 + 5e-324j) squares the imaginary part), which
depends on the C library, not on the mathematics.  Power's warnings are not compared: NumPy's come from
the C library's cpow step by step (see docs/reliability.md).

Two tests: every function on the whole grid of special parts (18 x 18 values, deterministic), and a
Hypothesis search that mixes special and ordinary parts in arrays of both complex dtypes.
"""
import math
import os
import warnings

import numpy
import pytest
from hypothesis import given, settings, strategies as st

INF, NAN = float("inf"), float("nan")
SPECIAL_PARTS = (0.0, -0.0, INF, -INF, NAN, 1.0, -1.0, 0.5, 2.0, 1e308, -1e308, 1e154, 710.0, -745.0,
                 5e-324, -5e-324, 1e-310, 2.2250738585072014e-308)
GRID = [complex(x, y) for x in SPECIAL_PARTS for y in SPECIAL_PARTS]
# (expm1 is left out: where a part is infinite or nan, tinynet gives the Array API standard's e**z - 1
# (lib/complex_special.py), not NumPy's nan)
UNARY = ("exp", "exp2", "log", "log2", "log10", "log1p", "sqrt", "absolute", "arcsin", "arccos", "arctan",
         "arcsinh", "arccosh", "arctanh", "sin", "cos", "tan", "sinh", "cosh", "tanh")
ULPS = 4
EXPONENTIALS = ("exp", "exp2", "power")
SKIPPED = [0]  # values whose angle no double (or float) computation pins down, not compared
EXAMPLES = settings(max_examples=int(os.environ.get("TINYNET_EXAMPLES", "100")), deadline=None)


def run(xp, name, *args, dtype="complex128"):
    """(result, RuntimeWarning messages other than underflow) of xp.name on arrays of args."""
    arrays = [xp.array(a, dtype=dtype) if isinstance(a, list) else a for a in args]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with numpy.errstate(all="warn"), xp.errstate(all="warn"):
            value = getattr(xp, name)(*arrays)
    messages = sorted({str(w.message) for w in caught
                       if issubclass(w.category, RuntimeWarning) and "underflow" not in str(w.message)})
    return value, messages


def part_problem(t, n, allowed):
    """Why float t is not NumPy's n: nan, infinities and the sign of a zero exactly, else within allowed."""
    if math.isnan(n) or math.isnan(t):
        return None if math.isnan(n) and math.isnan(t) else "nan"
    if math.isinf(n) or math.isinf(t):
        return None if t == n else "infinity"
    if t == 0 and n == 0:
        return None if math.copysign(1.0, t) == math.copysign(1.0, n) else "sign of zero"
    return None if abs(t - n) <= allowed else "off by %r, allowed %r" % (abs(t - n), allowed)


def check(tn, name, *args, dtype="complex128", compare_warnings=True):
    """Compare tn.name(*args) with NumPy's: shape, dtype, each part (see part_problem) and warnings.

    A finite part may be off by ULPS units of the dtype's epsilon times the larger finite part of NumPy's
    result times (1 + |w|), where w is the
    argument of the exponential or logarithm inside (z itself, or b log a for a ** b): an error of one
    rounding in w becomes that much in the result."""
    np_value, np_warnings = run(numpy, name, *args, dtype=dtype)
    tn_value, tn_warnings = run(tn, name, *args, dtype=dtype)
    assert (tn_value.shape, str(tn_value.dtype)) == (np_value.shape, str(np_value.dtype)), (name, args)
    with numpy.errstate(all="ignore"):
        z = [numpy.asarray(a, dtype=dtype) for a in args]
        w = numpy.abs(z[1] * numpy.log(z[0]) if name == "power" else z[0])
        eps = numpy.finfo(numpy.dtype(dtype).char.lower()).eps
        allowed = numpy.broadcast_to(ULPS * eps * (1.0 + numpy.nan_to_num(w, posinf=0.0)),
                                     np_value.shape).astype(float).ravel().tolist()
        # The angle of e**w is w's imaginary part: where ULPS roundings of it (b log a for power, float32 for
        # complex64) could move it by more than a thousandth of a radian, NumPy's answer is no reference.
        angle = numpy.abs((z[1] * numpy.log(z[0]) if name == "power" else z[0]).imag) if name in EXPONENTIALS \
            else numpy.zeros(1)
        unknown = numpy.broadcast_to(ULPS * eps * angle > 1e-3 if name == "power" or dtype == "complex64"
                                     else False, np_value.shape).ravel().tolist()
    problems = []
    for i, (t, n) in enumerate(zip(tn_value.ravel().tolist(), np_value.ravel().tolist())):
        if unknown[i]:
            SKIPPED[0] += 1
            continue
        size = max([abs(p) for p in (complex(n).real, complex(n).imag) if math.isfinite(p)] or [0.0])
        tol = allowed[i] * size
        why = part_problem(complex(t).real, complex(n).real, tol) or part_problem(complex(t).imag, complex(n).imag, tol)
        if why:
            inputs = [numpy.broadcast_to(a, np_value.shape).ravel()[i] for a in z]
            problems.append("%s%s: tinynet %r, NumPy %r (%s)" % (name, tuple(inputs), t, n, why))
    assert not problems, "%d of %d differ (%s):\n%s" % (len(problems), np_value.size, dtype, "\n".join(problems[:10]))
    if compare_warnings:
        assert tn_warnings == np_warnings, "warnings %r, NumPy's %r: %s%r as %s" % (
            tn_warnings, np_warnings, name, args, dtype)


@pytest.mark.parametrize("name", UNARY)
def test_special_value_grid(tn, name):
    """Every complex of two special parts, one element at a time (so each warning is that value's own)."""
    for z in GRID:
        check(tn, name, [z])


def test_power_special_value_grid(tn):
    """z ** w for the grid of special bases and a grid of exponents: special, integer and fractional."""
    exponents = [complex(x, y) for x in (0.0, -0.0, INF, -INF, NAN, 1.0, -1.0, 0.5, 2.0, 3.0, -2.0, 1e308, 5e-324)
                 for y in (0.0, -0.0, INF, NAN, 1.0, -1.0, 1e308)]
    check(tn, "power", [z for z in GRID for _ in exponents], [w for _ in GRID for w in exponents],
          compare_warnings=False)


PARTS = st.one_of(st.sampled_from(SPECIAL_PARTS), st.floats(), st.floats(-3.0, 3.0))
COMPLEXES = st.builds(complex, PARTS, PARTS)
# complex64: NumPy computes in float32 throughout, so its intermediate steps overflow and underflow near
# float32's limits (1 / 2e-44j is nan - inf i there), where tinynet computes in float64 and rounds once.
# Finite parts stay in 1e-15 .. 1e15, where the two agree; the special parts are all drawn.
PARTS64 = st.one_of(st.sampled_from((0.0, -0.0, INF, -INF, NAN, 1.0, -1.0, 0.5, 2.0)),
                    st.floats(-1e15, 1e15).filter(lambda v: v == 0 or abs(v) > 1e-15))
COMPLEXES64 = st.builds(complex, PARTS64, PARTS64)
# Exponents with finite parts up to 64: past that, b log a is so large that one rounding in log a moves the
# angle of the result by more than pi, and NumPy's answer says nothing about the right one.
EXPONENT_PARTS = st.one_of(st.sampled_from((0.0, -0.0, INF, -INF, NAN, 1.0, -1.0, 0.5, 2.0)), st.floats(-64, 64))
EXPONENTS = st.builds(complex, EXPONENT_PARTS, EXPONENT_PARTS)


@EXAMPLES
@given(data=st.data(), name=st.sampled_from(UNARY), size=st.integers(0, 8),
       dtype=st.sampled_from(["complex128", "complex64"]))
def test_unary_fuzz(tn, data, name, size, dtype):
    # complex64's warnings come from float32 steps inside NumPy's libm (see PARTS64): not compared.  Nor is
    # its log1p, log(|1 + z|) + i arg(1 + z) in float32, where 1 + 4.9e-12 is 1 and the answer 0.
    if dtype == "complex64" and name == "log1p":
        dtype = "complex128"
    values = data.draw(st.lists(COMPLEXES if dtype == "complex128" else COMPLEXES64, min_size=size, max_size=size))
    check(tn, name, values, dtype=dtype, compare_warnings=dtype == "complex128")


@EXAMPLES
@given(data=st.data(), size=st.integers(0, 6), dtype=st.just("complex128"))
def test_power_fuzz(tn, data, size, dtype):
    # complex128 only: complex64's non-integer powers are libm's cpowf, float32 throughout, where tinynet
    # computes exp(b log a) in float64 and rounds once.  (Its integer powers square in float32 as NumPy's
    # do, (4.3e9j) ** 4 = inf + nan i included: tests/test_complex_arithmetic_exact.py compares them exactly.)
    bases = data.draw(st.lists(COMPLEXES, min_size=size, max_size=size))
    exponent = data.draw(st.one_of(st.lists(EXPONENTS, min_size=size, max_size=size), st.integers(-5, 5),
                                   st.sampled_from([0.5, -0.5, 2.0, INF, NAN, 1j, -1j]), EXPONENTS))
    check(tn, "power", bases, exponent, dtype=dtype, compare_warnings=False)
