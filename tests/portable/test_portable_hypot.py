"""np.hypot and np.abs of complex arrays on every runtime, with values whose squares overflow or underflow.

MicroPython's math has no hypot, and most boards' floats are single precision, where 1e20 squared is
already past the largest float: tinynet scales before squaring (core/libm.py, core/complex_abs.py).
Each expected value is exact: hypot(3 * 2**k, 4 * 2**k) is 5 * 2**k.
"""
import tinynet as np

INF = float("inf")
NAN = float("nan")
BIG = 2.0 ** 100  # its square overflows a float32
TINY = 2.0 ** -120  # its square underflows a float32 to 0


def test_hypot_scales_instead_of_squaring():
    x = np.array([3.0, 3 * BIG, 3 * TINY, 0.0, INF, NAN])
    got = np.hypot(x, np.array([4.0, 4 * BIG, 4 * TINY, -0.0, NAN, 1.0]))
    values = got.tolist()
    assert values[:5] == [5.0, 5 * BIG, 5 * TINY, 0.0, INF], values
    assert values[5] != values[5], values
    assert float(np.hypot(3.0, 4.0)) == 5.0


def test_abs_of_complex_scales_too():
    for dtype in ("complex64", "complex128"):
        z = np.array([3 + 4j, complex(3 * BIG, -4 * BIG), complex(-3 * TINY, 4 * TINY), 0j], dtype=dtype)
        assert np.abs(z).tolist() == [5.0, 5 * BIG, 5 * TINY, 0.0], (dtype, np.abs(z).tolist())
        assert str(np.abs(z).dtype) == ("float32" if dtype == "complex64" else "float64")
