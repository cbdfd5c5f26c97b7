"""The oracle against mpmath at 400 bits: a bounded sample per function and dtype, the special values of
IEEE 754 and the Array API standard, and inputs whose results lie within 2**-100 of a rounding boundary.

tools/oracle_mpmath.py runs the same comparison on 10**5 inputs per function (docs/oracle.md has the figures).
"""

import math
import random
import struct
from fractions import Fraction

import pytest

from tinynet import oracle
from tinynet.oracle import activations, elementary, exact, trig
from tinynet.oracle.rounding import round_fraction

mpmath = pytest.importorskip("mpmath")
mpmath.mp.prec = 400
FORMATS = {"float64": (53, -1022, 1023), "float32": (24, -126, 127)}
NAN, INF = math.nan, math.inf


def to32(x):
    return struct.unpack("f", struct.pack("f", x))[0]


def mp_round(value, fmt):
    """Round an mpf to fmt with mpmath's rounding (subnormal precision and overflow included)."""
    from mpmath.libmp import from_man_exp, round_nearest, to_float
    precision, emin, emax = FORMATS[fmt]
    value = mpmath.mpf(value)
    if mpmath.isnan(value):
        return NAN
    if mpmath.isinf(value) or value == 0:
        return float(value)
    exponent = int(mpmath.floor(mpmath.log(abs(value), 2)))
    bits = precision - max(0, emin - exponent)
    smallest = mpmath.mpf(2) ** (emin - precision + 1)
    if bits <= 0:
        return math.copysign(float(smallest) if abs(value) > smallest / 2 else 0.0, float(value))
    man, exp_ = value.man_exp
    result = to_float(from_man_exp(man if value > 0 else -man, exp_, bits, round_nearest), rnd=round_nearest)
    limit = (2 - 2.0 ** (1 - precision)) * 2.0 ** emax
    return math.copysign(INF, result) if abs(result) > limit else result


def same(a, b):
    return (a != a and b != b) or (a == b and math.copysign(1, a) == math.copysign(1, b))


UNARY = {
    "exp": (elementary.exp, mpmath.exp, (-750, 720)), "expm1": (elementary.expm1, mpmath.expm1, (-60, 720)),
    "log": (elementary.log, mpmath.log, (0, 1e300)), "log1p": (elementary.log1p, mpmath.log1p, (-1, 1e30)),
    "log2": (elementary.log2, lambda x: mpmath.log(x, 2), (0, 1e300)),
    "log10": (elementary.log10, mpmath.log10, (0, 1e300)), "sqrt": (elementary.sqrt, mpmath.sqrt, (0, 1e300)),
    "sinh": (elementary.sinh, mpmath.sinh, (-720, 720)), "cosh": (elementary.cosh, mpmath.cosh, (-720, 720)),
    "tanh": (elementary.tanh, mpmath.tanh, (-25, 25)), "asinh": (elementary.asinh, mpmath.asinh, (-1e300, 1e300)),
    "acosh": (elementary.acosh, mpmath.acosh, (1, 1e300)), "atanh": (elementary.atanh, mpmath.atanh, (-1, 1)),
    "sin": (trig.sin, mpmath.sin, (-1e300, 1e300)), "cos": (trig.cos, mpmath.cos, (-1e300, 1e300)),
    "tan": (trig.tan, mpmath.tan, (-1e300, 1e300)), "asin": (trig.asin, mpmath.asin, (-1, 1)),
    "acos": (trig.acos, mpmath.acos, (-1, 1)), "atan": (trig.atan, mpmath.atan, (-1e300, 1e300)),
    "sigmoid": (activations.sigmoid, lambda x: 1 / (1 + mpmath.exp(-x)), (-760, 760)),
}


def draws(low, high, n, fmt, seed):
    """Return n nonzero inputs in (low, high): uniform, log-uniform magnitudes, and near the ends and 0, 1."""
    rng = random.Random(seed)
    out = []
    while len(out) < n:
        kind = rng.random()
        if kind < 0.4:
            x = rng.uniform(max(low, -800.0), min(high, 800.0))
        elif kind < 0.8:
            x = math.copysign(10 ** rng.uniform(-320, math.log10(max(abs(low), abs(high)))), rng.choice((-1, 1)))
        else:
            x = rng.choice((0.0, 1.0, -1.0, low, high)) + rng.choice((1, -1)) * 2.0 ** -rng.randint(1, 60)
        x = to32(x) if fmt == "float32" and abs(x) < 3e38 else x
        if fmt == "float32" and abs(x) > 3e38:
            continue
        if x != 0 and low <= x <= high:
            out.append(x)
    return out


@pytest.mark.parametrize("fmt", ["float64", "float32"])
@pytest.mark.parametrize("name", sorted(UNARY))
def test_unary_against_mpmath(name, fmt):
    ours, reference, (low, high) = UNARY[name]
    for x in draws(low, high, 150, fmt, seed=hash(name) % 1000):
        expected = mp_round(reference(mpmath.mpf(x)), fmt) if low < x < high or name in ("sqrt",) else None
        if expected is None:
            continue
        got = ours(x, fmt)
        assert same(got, expected), "%s(%r) as %s: oracle %r, mpmath %r" % (name, x, fmt, got, expected)


@pytest.mark.parametrize("fmt", ["float64", "float32"])
def test_binary_against_mpmath(fmt):
    rng = random.Random(7)
    cast = to32 if fmt == "float32" else float
    for _ in range(150):
        y, x = cast(rng.uniform(-50, 50)), cast(math.copysign(10 ** rng.uniform(-30, 30), rng.random() - 0.5))
        assert same(trig.atan2(y, x, fmt), mp_round(mpmath.atan2(y, x), fmt)), (y, x)
        assert same(elementary.hypot(y, x, fmt), mp_round(mpmath.hypot(y, x), fmt)), (y, x)
        base, power = cast(rng.uniform(0, 60)), cast(rng.choice((rng.uniform(-30, 30), float(rng.randint(-20, 20)))))
        if base:
            assert same(elementary.pow(base, power, fmt), mp_round(mpmath.power(base, power), fmt)), (base, power)


# ---------------------------------------------------------------------------------------------------------
# hard to round: results within about 2**-100 of a rounding boundary


HARD = [
    ("exp", 2.0 ** -54), ("exp", -2.0 ** -54), ("exp", 2.0 ** -53), ("exp", -2.0 ** -55), ("exp", 2.0 ** -60),
    ("expm1", 2.0 ** -30), ("expm1", 2.0 ** -29), ("log1p", 2.0 ** -29), ("log", 1 + 2.0 ** -52),
    ("log", 1 - 2.0 ** -53), ("sin", 2.0 ** -26), ("sin", 2.0 ** -27), ("tan", 2.0 ** -27), ("atan", 2.0 ** -27),
    ("sinh", 2.0 ** -26), ("tanh", 2.0 ** -26), ("asinh", 2.0 ** -26), ("atanh", 2.0 ** -26),
    ("cos", 2.0 ** -27), ("cos", 2.0 ** -26), ("cosh", 2.0 ** -26), ("cosh", 2.0 ** -27),
    # the float64 closest to a multiple of pi/2 (Kahan and McDonald): argument reduction needs ~60 extra bits
    ("sin", 6381956970095103 * 2.0 ** 797), ("cos", 6381956970095103 * 2.0 ** 797),
    ("tan", 6381956970095103 * 2.0 ** 797), ("sin", 1e22), ("cos", 2.0 ** 1023), ("sin", -1.7976931348623157e308),
    ("exp", 709.782712893384), ("exp", -745.1332191019411), ("exp", -708.3964185322641), ("exp", 88.72283935546875),
    ("exp", -103.97207641601562), ("log", 5e-324), ("log2", 5e-324), ("log10", 1.7976931348623157e308),
]


@pytest.mark.parametrize("fmt", ["float64", "float32"])
@pytest.mark.parametrize("name,x", HARD)
def test_hard_cases(name, x, fmt):
    ours, reference, _ = UNARY[name]
    x = to32(x) if fmt == "float32" and abs(x) < 3e38 else x
    if fmt == "float32" and abs(x) >= 3e38:
        pytest.skip("not a float32")
    mpmath.mp.prec = 2000
    try:
        expected = mp_round(reference(mpmath.mpf(x)), fmt)
    finally:
        mpmath.mp.prec = 400
    assert same(ours(x, fmt), expected), (name, x, fmt)


# ---------------------------------------------------------------------------------------------------------
# special values (IEEE 754 and the Array API standard's special cases)


SPECIAL = [
    (elementary.exp, NAN, NAN), (elementary.exp, INF, INF), (elementary.exp, -INF, 0.0), (elementary.exp, -0.0, 1.0),
    (elementary.exp, 710.0, INF), (elementary.exp, -746.0, 0.0), (elementary.exp, -745.0, 5e-324),
    (elementary.expm1, -0.0, -0.0), (elementary.expm1, -INF, -1.0), (elementary.expm1, -800.0, -1.0),
    (elementary.log, 0.0, -INF), (elementary.log, -0.0, -INF), (elementary.log, -1e-300, NAN),
    (elementary.log, INF, INF), (elementary.log, 1.0, 0.0), (elementary.log1p, -1.0, -INF),
    (elementary.log1p, -2.0, NAN), (elementary.log1p, -0.0, -0.0), (elementary.log2, 0.5, -1.0),
    (elementary.log2, 5e-324, -1074.0), (elementary.log10, 1000.0, 3.0), (elementary.sqrt, -0.0, -0.0),
    (elementary.sqrt, -1.0, NAN), (elementary.sqrt, INF, INF), (elementary.sinh, -0.0, -0.0),
    (elementary.sinh, -INF, -INF), (elementary.cosh, -INF, INF), (elementary.cosh, -0.0, 1.0),
    (elementary.tanh, -INF, -1.0), (elementary.tanh, -0.0, -0.0), (elementary.tanh, 30.0, 1.0),
    (elementary.asinh, -INF, -INF), (elementary.acosh, 0.5, NAN), (elementary.acosh, 1.0, 0.0),
    (elementary.atanh, 1.0, INF), (elementary.atanh, -1.0, -INF), (elementary.atanh, 1.5, NAN),
    (elementary.atanh, -0.0, -0.0), (trig.sin, INF, NAN), (trig.sin, -0.0, -0.0), (trig.cos, -INF, NAN),
    (trig.tan, -0.0, -0.0), (trig.asin, 1.5, NAN), (trig.asin, -0.0, -0.0), (trig.acos, 1.0, 0.0),
    (trig.acos, -1.0, math.pi), (trig.atan, INF, math.pi / 2), (trig.atan, -0.0, -0.0),
    (activations.sigmoid, -INF, 0.0), (activations.sigmoid, INF, 1.0), (activations.sigmoid, 0.0, 0.5),
    (elementary.exp, 5e-324, 1.0), (elementary.expm1, 5e-324, 5e-324), (trig.sin, 5e-324, 5e-324),
]


@pytest.mark.parametrize("function,x,expected", SPECIAL)
def test_special_values(function, x, expected):
    assert same(function(x), expected), (function.__name__, x, function(x), expected)


POW_SPECIAL = [
    (NAN, 0.0, 1.0), (NAN, -0.0, 1.0), (1.0, NAN, NAN), (2.0, NAN, NAN), (NAN, 1.0, NAN), (2.0, INF, INF),
    (2.0, -INF, 0.0), (-1.0, INF, 1.0), (1.0, -INF, 1.0), (0.5, INF, 0.0), (-0.5, -INF, INF), (INF, 0.5, INF),
    (INF, -2.0, 0.0), (-INF, 3.0, -INF), (-INF, 2.0, INF), (-INF, -3.0, -0.0), (-INF, -2.0, 0.0),
    (0.0, 3.0, 0.0), (0.0, -3.0, INF), (-0.0, 3.0, -0.0), (-0.0, 2.5, 0.0), (-0.0, -3.0, -INF),
    (-0.0, -2.0, INF), (-2.0, 0.5, NAN), (-2.0, 3.0, -8.0), (4.0, 0.5, 2.0), (2.0, 1100.0, INF),
    (-2.0, 1101.0, -INF), (2.0, -1100.0, 0.0), (10.0, -1.0, 0.1),
]


@pytest.mark.parametrize("x,y,expected", POW_SPECIAL)
def test_pow_special_values(x, y, expected):
    assert same(elementary.pow(x, y), expected), (x, y, elementary.pow(x, y))


ATAN2_SPECIAL = [
    (0.0, 1.0, 0.0), (-0.0, 1.0, -0.0), (0.0, -0.0, math.pi), (-0.0, -0.0, -math.pi), (0.0, 0.0, 0.0),
    (-0.0, -1.0, -math.pi), (1.0, 0.0, math.pi / 2), (-1.0, -0.0, -math.pi / 2), (1.0, INF, 0.0),
    (-1.0, INF, -0.0), (1.0, -INF, math.pi), (-1.0, -INF, -math.pi), (INF, 1.0, math.pi / 2),
    (INF, INF, math.pi / 4), (INF, -INF, 3 * math.pi / 4), (-INF, -INF, -3 * math.pi / 4), (NAN, 1.0, NAN),
]


@pytest.mark.parametrize("y,x,expected", ATAN2_SPECIAL)
def test_atan2_special_values(y, x, expected):
    assert same(trig.atan2(y, x), expected), (y, x, trig.atan2(y, x))


def test_hypot_special_values():
    assert elementary.hypot(INF, NAN) == INF and elementary.hypot(NAN, -INF) == INF
    assert math.isnan(elementary.hypot(NAN, 1.0))
    assert elementary.hypot(3.0, 4.0) == 5.0 and elementary.hypot(1e308, 1e308) == math.hypot(1e308, 1e308)
    assert elementary.hypot(1e308, 1e308, "float32") == INF


# ---------------------------------------------------------------------------------------------------------
# exact sums, moments and products


def test_sums_against_fsum_and_mpmath():
    rng = random.Random(3)
    for _ in range(100):
        values = [math.copysign(10 ** rng.uniform(-30, 30), rng.random() - 0.5) for _ in range(rng.randint(1, 40))]
        assert exact.sum_exact(values) == math.fsum(values)  # fsum is correctly rounded too
        f32 = [to32(v) for v in values]
        mpmath.mp.prec = 600
        expected = mp_round(mpmath.fsum([mpmath.mpf(v) for v in f32]), "float32")
        mean = mp_round(mpmath.fsum([mpmath.mpf(v) for v in values]) / len(values), "float64")
        mpmath.mp.prec = 400
        assert exact.sum_exact(f32, "float32") == expected
        assert exact.mean_exact(values) == mean


def test_var_std_against_mpmath():
    rng = random.Random(4)
    mpmath.mp.prec = 1200
    try:
        for _ in range(60):
            values = [rng.gauss(1e6, 1.0) for _ in range(rng.randint(2, 30))]
            m = mpmath.fsum(values) / len(values)
            for correction in (0, 1):
                v = mpmath.fsum([(mpmath.mpf(x) - m) ** 2 for x in values]) / (len(values) - correction)
                assert exact.var_exact(values, correction) == mp_round(v, "float64")
                assert exact.std_exact(values, correction) == mp_round(mpmath.sqrt(v), "float64")
                assert exact.std_exact(values, correction, "float32") == mp_round(mpmath.sqrt(v), "float32")
    finally:
        mpmath.mp.prec = 400


def test_products_against_fractions_and_fsum():
    rng = random.Random(5)
    a = [[rng.uniform(-1, 1) * 10 ** rng.randint(-5, 5) for _ in range(7)] for _ in range(4)]
    b = [[rng.uniform(-1, 1) * 10 ** rng.randint(-5, 5) for _ in range(3)] for _ in range(7)]
    c = exact.matmul_exact(a, b)
    for i in range(4):
        for j in range(3):
            column = [b[k][j] for k in range(7)]
            value = sum(Fraction(x) * Fraction(y) for x, y in zip(a[i], column))
            assert c[i][j] == float(value) == exact.vecdot_exact(a[i], column)


def test_sum_specials_and_signed_zero():
    assert exact.sum_exact([INF, -INF]) != exact.sum_exact([INF, -INF])
    assert exact.sum_exact([INF, 1.0]) == INF and same(exact.sum_exact([-0.0, -0.0]), -0.0)
    assert same(exact.sum_exact([]), 0.0) and same(exact.sum_exact([0.0, -0.0]), 0.0)
    assert math.isnan(exact.vecdot_exact([INF], [0.0])) and exact.vecdot_exact([INF, 1.0], [2.0, 3.0]) == INF
    assert same(exact.vecdot_exact([-1.0], [0.0]), -0.0)
    running = exact.cumulative_sum_exact([1.0, INF, -INF, 1.0])
    assert running[:2] == [1.0, INF] and math.isnan(running[2]) and math.isnan(running[3])
    assert math.isnan(exact.mean_exact([])) and math.isnan(exact.var_exact([1.0], correction=1))


def test_round_fraction_edges():
    assert round_fraction(Fraction(2 ** 1024 - 2 ** 970)) == INF          # the midpoint above max rounds up
    assert round_fraction(Fraction(2 ** 1024 - 2 ** 970 - 1)) == 1.7976931348623157e308
    assert round_fraction(Fraction(1, 2 ** 1075)) == 0.0                     # half the smallest subnormal: even
    assert round_fraction(Fraction(3, 2 ** 1076)) == 5e-324
    assert round_fraction(Fraction(1, 2 ** 150), "float32") == 0.0
    assert round_fraction(Fraction(2 ** 128 - 2 ** 103), "float32") == INF
    assert round_fraction(Fraction(2 ** 128 - 2 ** 103 - 1), "float32") == to32(3.4028234663852886e38)


# ---------------------------------------------------------------------------------------------------------
# the array-level API


def test_array_api_shapes_dtypes_and_axes():
    x = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
    assert oracle.exp(x).shape == (2, 3) and str(oracle.exp(x).dtype) == "float64"
    assert str(oracle.exp(x, dtype="float32").dtype) == "float32"
    assert oracle.sum(x, axis=0).tolist() == [5.0, 7.0, 9.0] and oracle.sum(x, axis=-1).tolist() == [6.0, 15.0]
    assert oracle.sum(x) == 21.0 and oracle.mean(x, axis=1).tolist() == [2.0, 5.0]
    assert oracle.var(x, axis=1, correction=1).tolist() == [1.0, 1.0]
    assert oracle.cumulative_sum(x, axis=1).tolist() == [[1.0, 3.0, 6.0], [4.0, 9.0, 15.0]]
    assert oracle.matmul(x, [[1.0], [1.0], [1.0]]).tolist() == [[6.0], [15.0]]
    assert oracle.matmul([1.0, 2.0], [3.0, 4.0]) == 11.0
    assert oracle.vecdot(x, [1.0, 0.0, 0.0]).tolist() == [1.0, 4.0]
    assert oracle.atan2([1.0, -1.0], 0.0).tolist() == [math.pi / 2, -math.pi / 2]
    assert oracle.softmax([[0.0, 0.0]], axis=1).tolist() == [[0.5, 0.5]]
    assert oracle.logsumexp(x, axis=1).tolist()[0] == float(mpmath.log(mpmath.e + mpmath.e ** 2 + mpmath.e ** 3))
    numpy = pytest.importorskip("numpy")
    assert str(oracle.exp(numpy.float32([1.0])).dtype) == "float32"
    assert oracle.sqrt(2.0) == math.sqrt(2.0)


def test_softmax_family_against_mpmath():
    rng = random.Random(6)
    for _ in range(30):
        x = [rng.uniform(-30, 30) for _ in range(rng.randint(1, 6))]
        s = mpmath.fsum([mpmath.exp(v) for v in x])
        assert activations.logsumexp(x) == mp_round(mpmath.log(s), "float64")
        assert activations.softmax(x) == [mp_round(mpmath.exp(v) / s, "float64") for v in x]
        assert activations.log_softmax(x, "float32") == [mp_round(v - mpmath.log(s), "float32") for v in x]
    assert all(math.isnan(v) for v in activations.softmax([1.0, INF]))
    assert activations.softmax([-INF, 0.0]) == [0.0, 1.0] and activations.logsumexp([-INF, -INF]) == -INF


def test_bad_input():
    with pytest.raises(ValueError, match="float32 or float64"):
        oracle.exp(1.0, dtype="int8")
    with pytest.raises(ValueError, match="not aligned"):
        oracle.matmul([[1.0, 2.0]], [[1.0, 2.0]])
    with pytest.raises(Exception, match="axis 2 is out of bounds"):
        oracle.sum([[1.0]], axis=2)


def test_ulp_error():
    assert oracle.ulp_error(1.0 + 2 ** -52, 1.0) == 1.0
    assert oracle.ulp_error(1.0, Fraction(1) + Fraction(1, 2 ** 53)) == 0.5
    assert oracle.ulp_error(NAN, 1.0) == INF and oracle.ulp_error(INF, INF) == 0.0
    assert oracle.ulp_error(5e-324, 0.0) == 1.0


def test_log_softmax_of_one_value_is_plus_zero():
    assert same(activations.log_softmax([-0.5])[0], 0.0) and same(activations.log_softmax([2.0, -INF])[0], 0.0)
    assert activations.log_softmax([2.0, -INF])[1] == -INF and activations.softmax([7.0]) == [1.0]
