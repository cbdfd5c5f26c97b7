"""Complex arithmetic against NumPy bit for bit: *, /, np.reciprocal, np.square, ** by small integers,
and the float32-stepped complex64 results that weighted averages and means are made of.

NumPy's complex loops are not correctly rounded, so "close" is not the test: tinynet follows their steps.
Division is Smith's method with a reciprocal (scl = 1 / (br + bi rat), each part times scl); the array
multiply loop fuses a multiply-add, fma(a, c, -(b d)) + fma(a, d, b c) i (NumPy's scalar product does not);
np.reciprocal divides by the Smith denominator; a ** 2 and a ** -1 with a Python int are np.square and
np.reciprocal, np.power's small integer powers are npy_cpow's unfused products; complex64 rounds every
step to float32.  Parts are drawn from ordinary, huge, tiny and subnormal values and from the special ones
(both zeros, both infinities, nan), so the sign of a zero and which part is nan are compared too.

Each case compares shape, dtype and every value bit for bit (nan == nan); the same tests pass with
``--array-lib=numpy``.
"""
import numpy
import pytest
from hypothesis import given, settings, strategies as st

from strategies import agree_nd, nd_broadcastable_shapes, nd_cases, nd_shapes

SETTINGS = settings(max_examples=60, deadline=None)
INF, NAN = float("inf"), float("nan")
SPECIAL = (0.0, -0.0, INF, -INF, NAN, 1.0, -1.0, 0.5, 2.0, 3.0)


def _part(dtype):
    """One part of a complex dtype: moderate, huge, tiny, subnormal or special, exact in the part dtype."""
    width = 32 if dtype == "complex64" else 64
    big = float(numpy.finfo("float32" if width == 32 else "float64").max)
    tiny = 1e-45 if width == 32 else 5e-324
    return st.one_of(st.floats(-10, 10, width=width), st.floats(width=width, allow_nan=False, allow_infinity=False),
                     st.floats(-1e-30, 1e-30).map(lambda v: float(numpy.float32(v)) if width == 32 else v),
                     st.sampled_from(SPECIAL + (tiny, -tiny, big)))


def _complexes(dtype):
    part = _part(dtype)
    return st.tuples(part, part).map(lambda p: complex(*p))


def _case(dtype, shape=None):
    return nd_cases(shape=shape if shape is not None else nd_shapes(), dtype=dtype,
                    elements_for=lambda d: _complexes(d))


DTYPES = st.sampled_from(["complex128", "complex64"])


@pytest.mark.parametrize("op", ["*", "/"])
@SETTINGS
@given(data=st.data())
def test_multiply_and_divide_arrays(tn, op, data):
    """a * b and a / b over broadcast N-d arrays (0-d and size 0 included) of either complex dtype."""
    dtype = data.draw(DTYPES, label="dtype")
    sa, sb = data.draw(nd_broadcastable_shapes(2), label="shapes")
    a = data.draw(_case(dtype, sa), label="a")
    b = data.draw(_case(dtype, sb), label="b")
    if op == "*":
        # NumPy fuses one product of each part (fma) in its vector loop over operands of one shape; where
        # broadcasting sends it to its scalar loop ((1,) * (1, 1)) it rounds each product, as tinynet does
        # not.  There the two may differ by the rounding of one product: eps |a| |b| in each part.
        atol = None
        if tuple(sa) != tuple(sb):
            eps = float(numpy.finfo("float32" if dtype == "complex64" else "float64").eps)
            with numpy.errstate(all="ignore"):
                bound = numpy.abs(a.numpy()) * numpy.abs(b.numpy()) * eps
            atol = numpy.nan_to_num(bound, nan=0.0, posinf=0.0)
        agree_nd(lambda xp, x, y: x * y, tn, a, b, rtol=atol)
        agree_nd(lambda xp, x, y: xp.multiply(x, y), tn, a, b, rtol=atol)
    else:
        agree_nd(lambda xp, x, y: x / y, tn, a, b)
        agree_nd(lambda xp, x, y: xp.divide(x, y), tn, a, b)


@SETTINGS
@given(data=st.data())
def test_operations_with_python_and_real_operands(tn, data):
    """A complex array with a Python complex, and with a real array of the matching width (promoted)."""
    dtype = data.draw(DTYPES, label="dtype")
    a = data.draw(_case(dtype), label="a")
    z = data.draw(_complexes("complex128"), label="z")
    real = "float32" if dtype == "complex64" else "float64"
    r = data.draw(nd_cases(shape=(), dtype=real), label="r")
    for fn in (lambda xp, x: x * z, lambda xp, x: z * x, lambda xp, x: x / z, lambda xp, x: z / x):
        agree_nd(fn, tn, a)
    agree_nd(lambda xp, x, y: x * y, tn, a, r)
    agree_nd(lambda xp, x, y: x / y, tn, a, r)
    agree_nd(lambda xp, x, y: y / x, tn, a, r)


@SETTINGS
@given(data=st.data())
def test_scalar_products_and_quotients(tn, data):
    """NumPy scalars (complex128, complex64) times and over each other: the unfused scalar product."""
    dtype = data.draw(DTYPES, label="dtype")
    x, y = data.draw(_complexes(dtype), label="x"), data.draw(_complexes(dtype), label="y")

    def scalars(xp):
        kind = getattr(xp, dtype)
        return kind(x), kind(y)

    agree_nd(lambda xp: scalars(xp)[0] * scalars(xp)[1], tn)
    agree_nd(lambda xp: scalars(xp)[0] / scalars(xp)[1], tn)
    agree_nd(lambda xp: scalars(xp)[0] ** 2, tn)


@SETTINGS
@given(data=st.data(), n=st.sampled_from([2, 3, 4, 5, -1, -2, -3, 7, 1]))
def test_reciprocal_square_and_integer_powers(tn, data, n):
    """np.reciprocal, np.square, a ** n and a **= n (NumPy's operator shortcuts for 2 and -1), np.power(a, n)."""
    dtype = data.draw(DTYPES, label="dtype")
    a = data.draw(_case(dtype), label="a")
    agree_nd(lambda xp, x: xp.reciprocal(x), tn, a)
    agree_nd(lambda xp, x: xp.square(x), tn, a)
    agree_nd(lambda xp, x: x ** n, tn, a)
    agree_nd(lambda xp, x: xp.power(x, n), tn, a)
    agree_nd(lambda xp, x: _in_place_power(x, n), tn, a)


@SETTINGS
@given(data=st.data(), shape=st.sampled_from([(), (1,), (1, 1)]))
def test_in_place_products_of_one_element(tn, data, shape):
    """a *= b, a **= 2, multiply(a, b, out=a) and square(a, out=a) on one complex element: NumPy's scalar loop
    rounds each product (nan + infj for (3e38 + 3e38j) ** 2 in complex64), where a * b fuses a multiply-add."""
    dtype = data.draw(DTYPES, label="dtype")
    a, b = data.draw(_case(dtype, shape), label="a"), data.draw(_case(dtype, shape), label="b")

    def multiply_in_place(xp, x, y):
        x *= y
        return x

    def square_in_place(xp, x):
        x **= 2
        return x

    agree_nd(multiply_in_place, tn, a, b)
    agree_nd(square_in_place, tn, a)
    agree_nd(lambda xp, x, y: xp.multiply(x, y, out=x), tn, a, b)
    agree_nd(lambda xp, x, y: xp.multiply(y, x, out=x), tn, a, b)
    agree_nd(lambda xp, x: xp.square(x, out=x), tn, a)
    agree_nd(lambda xp, x, y: xp.multiply(x, y), tn, a, b)  # a new output: the fused loop


def _in_place_power(x, n):
    y = x.copy()
    y **= n  # NumPy's **= takes the same shortcuts as **
    return y


def _moderate(dtype):
    part = st.floats(-10, 10, width=32 if dtype == "complex64" else 64)
    return st.tuples(part, part).map(lambda p: complex(*p))


@SETTINGS
@given(data=st.data())
def test_average_and_mean(tn, data):
    """np.average with real weights (a product, a sum and a division per element) and np.mean."""
    dtype = data.draw(DTYPES, label="dtype")
    n = data.draw(st.integers(1, 12), label="n")
    a = data.draw(nd_cases(shape=(n,), dtype=dtype, elements_for=_moderate), label="a")
    real = "float32" if dtype == "complex64" else "float64"
    w = data.draw(nd_cases(shape=(n,), dtype=real,
                           elements_for=lambda d: st.floats(0.125, 4, width=32 if d == "float32" else 64)),
                  label="w")
    agree_nd(lambda xp, x, y: xp.average(x, weights=y), tn, a, w)
    agree_nd(lambda xp, x: xp.mean(x), tn, a)
    agree_nd(lambda xp, x: x.sum(), tn, a)


def test_reported_complex64_average(tn):
    """np.average of a 0-d complex64 with a float32 weight: z * w / w in float32 steps is 7.130837e-16j."""
    value = tn.average(tn.array(7.130836334315381e-16j, dtype="complex64"),
                       weights=tn.array(1.5, dtype="float32"))
    expected = numpy.complex64(7.130837e-16j)
    assert (str(value.dtype), value.imag.item(), value.real.item()) == ("complex64", expected.imag.item(), 0.0)


def test_division_special_values(tn):
    """Every quotient of a grid of special parts (0, -0, inf, -inf, nan, 1, huge, subnormal) as NumPy's."""
    parts = (0.0, -0.0, INF, -INF, NAN, 1.0, -2.5, 1e308, 5e-324)
    grid = [complex(x, y) for x in parts for y in parts]
    for dtype in ("complex128", "complex64"):
        with numpy.errstate(all="ignore"):
            a = numpy.array([z for z in grid for _ in grid], dtype=dtype)
            b = numpy.array([w for _ in grid for w in grid], dtype=dtype)
            expected = [a / b, a * b, numpy.reciprocal(a)]
        ta = tn.array(a.tolist(), dtype=dtype)
        tb = tn.array(b.tolist(), dtype=dtype)
        with tn.errstate(all="ignore"):
            got = [ta / tb, ta * tb, tn.reciprocal(ta)]
        for name, g, e in zip(("/", "*", "reciprocal"), got, expected):
            g = numpy.array(g.tolist(), dtype=dtype)
            same = (g.view("u8" if dtype == "complex128" else "u4") == e.view("u8" if dtype == "complex128" else "u4"))
            nan = numpy.isnan(g.view(g.real.dtype)) & numpy.isnan(e.view(e.real.dtype))
            bad = numpy.nonzero(~(same | nan))[0]
            assert not len(bad), "%s %s: %s" % (dtype, name, [(a[i // 2], b[i // 2], g[i // 2], e[i // 2])
                                                               for i in bad[:6]])
