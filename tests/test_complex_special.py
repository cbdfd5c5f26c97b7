"""Special values of the complex cosh, sinh, tanh, arccosh and expm1 (lib/complex_special.py), and
huge finite arguments of log1p and expm1 (no overflow in an intermediate product).

cosh, sinh, tanh and arccosh: every pair of parts from {+-0, +-1.5, +-inf, NaN} must give NumPy's answer
exactly: each part the same, zeros with their sign, NaN where NumPy has NaN (NumPy follows C99's Annex G).
expm1 has no C99 function; NumPy computes it as expm1(x) cos y - 2 sin^2(y/2) + i e^x sin y even where
a part is infinite, which gives NaN where the Array API standard asks for e^z - 1 with C99's e^z (for
example expm1(-inf + i inf) = -1 + 0i).  So for finite input tinynet must agree with NumPy (within 2 ulps
of the larger part) and where a part is not finite it must give the standard's table, checked below.
"""
import math

import numpy
import pytest

from strategies import to_numpy

INF = float("inf")
NAN = float("nan")
PARTS = (0.0, -0.0, 1.5, -1.5, INF, -INF, NAN)
GRID = [complex(x, y) for x in PARTS for y in PARTS]


def _same(u, v):
    """Parts equal, zeros with the same sign, NaN matching NaN."""
    for a, b in ((u.real, v.real), (u.imag, v.imag)):
        if a != a or b != b:
            if not (a != a and b != b):
                return False
        elif a != b or math.copysign(1.0, a) != math.copysign(1.0, b):
            return False
    return True


def _apply(tn, name, values, dtype="complex128"):
    return [complex(v) for v in to_numpy(getattr(tn, name)(tn.asarray(values, dtype=dtype))).tolist()]


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
@pytest.mark.parametrize("name", ["cosh", "sinh", "tanh", "arccosh"])
@pytest.mark.parametrize("dtype", ["complex64", "complex128"])
def test_special_values_are_numpys(tn, name, dtype):
    expected = [complex(v) for v in getattr(numpy, name)(numpy.array(GRID, dtype=dtype)).tolist()]
    got = _apply(tn, name, GRID, dtype)
    wrong = [(z, g, e) for z, g, e in zip(GRID, got, expected)
             if not _same(g, e) and not (all(map(math.isfinite, (g.real, g.imag, e.real, e.imag)))
                                         and abs(g - e) <= 4 * numpy.finfo(dtype).eps * abs(e))]
    assert not wrong, "%s: (input, got, numpy): %s" % (name, wrong[:5])


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
def test_overflowing_cosh_and_sinh_keep_finite_parts(tn):
    z = complex(800.0, 1e-300)
    for name in ("cosh", "sinh"):
        got = _apply(tn, name, [z])[0]
        expected = complex(getattr(numpy, name)(numpy.array([z]))[0])
        assert got.real == expected.real and abs(got.imag - expected.imag) <= 4e-16 * abs(expected.imag)


# (input, the standard's expm1 of it): e^z - 1 with C99's special values of e^z
EXPM1_SPECIAL = [
    (complex(0.0, 0.0), complex(0.0, 0.0)),
    (complex(-0.0, 0.0), complex(0.0, 0.0)),
    (complex(1.5, INF), complex(NAN, NAN)),
    (complex(1.5, NAN), complex(NAN, NAN)),
    (complex(INF, 0.0), complex(INF, 0.0)),
    (complex(-INF, 1.5), complex(-1.0, 0.0 * math.sin(1.5))),
    (complex(-INF, INF), complex(-1.0, 0.0)),
    (complex(INF, INF), complex(INF, NAN)),
    (complex(-INF, NAN), complex(-1.0, 0.0)),
    (complex(INF, NAN), complex(INF, NAN)),
    (complex(NAN, 0.0), complex(NAN, 0.0)),
    (complex(NAN, 1.5), complex(NAN, NAN)),
    (complex(NAN, NAN), complex(NAN, NAN)),
]


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
def test_expm1_special_values_are_the_standards(tinynet_only):
    inputs = [z for z, _ in EXPM1_SPECIAL]
    got = _apply(tinynet_only, "expm1", inputs)
    for (z, expected), g in zip(EXPM1_SPECIAL, got):
        if z == 0:  # the standard: 0 + 0j, sign of the real zero not fixed
            assert g == 0 and math.copysign(1.0, g.imag) == 1.0, (z, g)
        else:
            assert g.real == expected.real or (g.real != g.real and expected.real != expected.real), (z, g)
            assert _same(complex(0.0, g.imag), complex(0.0, expected.imag)), (z, g)


def test_expm1_of_finite_input_is_numpys(tn):
    rng = numpy.random.default_rng(1)
    zs = [complex(x, y) for x, y in zip(rng.uniform(-30, 30, 300), rng.uniform(-30, 30, 300))]
    zs += [complex(1e-10, 2e-10), complex(-1e-300, 1e-300), complex(1e-8, -3.0), complex(0.0, 1e-12)]
    expected = numpy.expm1(numpy.array(zs))
    got = numpy.array(_apply(tn, "expm1", zs))
    scale = numpy.maximum(numpy.abs(expected.real), numpy.abs(expected.imag))
    assert (numpy.abs(got - expected) <= 2 * numpy.finfo(float).eps * scale).all()


HUGE = 1.7976931348623157e308


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
@pytest.mark.parametrize("name, x, other", [
    ("log1p", HUGE, -1.0), ("log1p", HUGE, -2.0), ("log1p", 1e300, -1.0), ("log1p", HUGE / 3, NAN),
    ("expm1", 709.7, NAN), ("log", HUGE, 0.0), ("log2", HUGE, -1.0), ("log10", HUGE, -1.0),
    ("logaddexp", HUGE, NAN), ("arccosh", HUGE, 0.5), ("arcsinh", -HUGE, NAN),
])
@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_huge_finite_inputs_do_not_overflow(tn, name, x, other, dtype):
    # the second element (a pole, NaN or out of the domain) sends the whole array through the careful loop
    if dtype == "float32":
        x = float(numpy.finfo(numpy.float32).max) * (x / HUGE) if abs(x) > 1e38 else x
        x = 88.7 if name == "expm1" else x  # e**88.7 is near float32's largest
    args = [[x, other]] * (2 if name == "logaddexp" else 1)
    expected = getattr(numpy, name)(*[numpy.array(a, dtype=dtype) for a in args])[0]
    got = to_numpy(getattr(tn, name)(*[tn.asarray(a, dtype=dtype) for a in args]))[0]
    assert math.isfinite(got) and got.dtype == expected.dtype
    assert abs(float(got) - float(expected)) <= 2 * numpy.finfo(dtype).eps * abs(float(expected))


def test_fallback_kernels_without_libm_log1p_and_expm1(tinynet_only, monkeypatch):
    from tinynet.core import floats, libm
    monkeypatch.setattr(libm, "_math_log1p", None)
    monkeypatch.setattr(libm, "_math_expm1", None)
    assert floats.log1p(HUGE) == pytest.approx(709.782712893384, rel=1e-15)
    assert floats.expm1(709.7) == pytest.approx(math.expm1(709.7), rel=1e-14)
    assert floats.log1p(1e-20) == 1e-20 and floats.expm1(1e-20) == 1e-20
