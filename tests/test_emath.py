"""Differential tests of np.emath (tinynet/emath.py) and np.row_stack (tinynet/lib/deprecated.py) against NumPy.

emath's rule is checked exactly (which inputs turn complex, and the result's dtype and shape); the values
come from the complex and real ufuncs, so they agree within a few units in the last place of the result
dtype (NumPy's complex log, arccos and friends are its own C code, tinynet's are written from the formulas).
Inputs are N-d (0-d and size 0 included) of every real and complex dtype, values spanning each function's
domain edges (negative, |x| > 1, zeros, inf and nan).
"""
import warnings

import numpy
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from strategies import ALL_DTYPES, NdCase, agree_nd, nd_cases, nd_shapes

SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
ONE_ARGUMENT = ("sqrt", "log", "log2", "log10", "arccos", "arcsin", "arctanh")
# values near the domain edges of every function above, exactly representable in float16
EDGES = (0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1.5, -1.5, 2.0, -2.0, 4.0, -8.0, 100.0, float("inf"), float("-inf"),
         float("nan"))


def _element(dtype):
    if dtype == "bool":
        return st.booleans()
    if dtype.startswith(("int", "uint")):
        low = 0 if dtype.startswith("uint") else -100
        return st.integers(low, 100)
    if dtype.startswith("complex"):
        return st.tuples(st.sampled_from(EDGES), st.sampled_from((0.0, -0.0, 1.0, -2.0))).map(lambda p: complex(*p))
    return st.sampled_from(EDGES)


def _cases(dtype=None):
    return nd_cases(shape=nd_shapes(0, 3, max_side=3), dtype=st.sampled_from(ALL_DTYPES) if dtype is None else dtype,
                    elements_for=_element)


@pytest.mark.parametrize("name", ONE_ARGUMENT)
@given(a=_cases())
@SETTINGS
def test_one_argument(tn, name, a):
    agree_nd(lambda xp, x: getattr(xp.emath, name)(x), tn, a, ulps=4)
    agree_nd(lambda xp, x: getattr(xp.emath, name)(x.tolist()), tn, a, ulps=4)


# The precision each input is computed in: log of an int8 is float16, of an int16 or float32 float32.
_EPS = {"bool": 2.0 ** -10, "int8": 2.0 ** -10, "uint8": 2.0 ** -10, "float16": 2.0 ** -10, "int16": 2.0 ** -23,
        "uint16": 2.0 ** -23, "float32": 2.0 ** -23, "complex64": 2.0 ** -23}


def _allowance(fn, a, b, ulps):
    """Per element: ulps units of the coarser input precision, relative to |NumPy's result| + 1.

    logn and power combine two results (log x / log n, exp(p log x)), each rounded in its input's precision,
    so the error of the answer follows the coarser input, not the result dtype (complex128 for log(int16))."""
    with warnings.catch_warnings(), numpy.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        try:
            expected = numpy.asarray(fn(numpy, a.build(numpy), b.build(numpy)))
        except (ValueError, TypeError, ZeroDivisionError, OverflowError):
            return 0.0
        magnitude = numpy.where(numpy.isfinite(expected), abs(expected), 0.0)
    eps = max(_EPS.get(a.dtype, 2.0 ** -52), _EPS.get(b.dtype, 2.0 ** -52))
    return ulps * eps * (magnitude + 1.0)


@given(n=_cases(), x=_cases())
@SETTINGS
def test_logn(tn, n, x):
    def logn(xp, base, y):
        return xp.emath.logn(base, y)

    agree_nd(logn, tn, n, x, rtol=_allowance(logn, n, x, 8))


@given(x=_cases(), p=_cases(st.sampled_from(("bool", "int8", "int64", "uint8", "float32", "float64"))))
@SETTINGS
def test_power(tn, x, p):
    def power(xp, base, q):
        return xp.emath.power(base, q)

    agree_nd(power, tn, x, p, rtol=_allowance(power, x, p, 64))


def test_scalars_and_examples(tn):
    for value in (-1, 4, -8.0, 0.25, 2, -0.0, True, 1j, -1 + 0j):
        for name in ONE_ARGUMENT:
            agree_nd(lambda xp: getattr(xp.emath, name)(value), tn, ulps=4)
    agree_nd(lambda xp: (xp.emath.power(2, -1), xp.emath.power([2, -2], [-2, 2]), xp.emath.logn(2, [4, -8])), tn,
             ulps=4)
    agree_nd(lambda xp: xp.emath.sqrt(xp.array([-1], dtype="int16")), tn)  # small dtypes widen to complex64
    agree_nd(lambda xp: xp.emath.sqrt(xp.array([-1], dtype="float16")), tn)  # float16 widens to complex128


@given(arrays=st.lists(nd_cases(shape=st.sampled_from([(), (3,), (1, 3), (2, 3), (0, 3)])), min_size=1, max_size=3),
       dtype=st.sampled_from([None, "float32", "int64"]), casting=st.sampled_from(["same_kind", "unsafe", "no"]))
@SETTINGS
def test_row_stack(tn, arrays, dtype, casting):
    def stacked(xp, *xs):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = xp.row_stack(xs, dtype=dtype, casting=casting)
        return result, [(w.category.__name__, str(w.message)) for w in caught if w.category is DeprecationWarning]

    agree_nd(stacked, tn, *arrays, message=True)
    agree_nd(lambda xp, *xs: xp.vstack(xs, dtype=dtype, casting=casting), tn, *arrays, message=True)
    agree_nd(lambda xp, *xs: xp.hstack(xs, dtype=dtype, casting=casting), tn, *arrays, message=True)
    agree_nd(lambda xp, *xs: xp.stack(xs, dtype=dtype, casting=casting), tn, *arrays, message=True)


def test_row_stack_warns_at_the_caller(tn):
    with pytest.warns(DeprecationWarning, match="`row_stack` alias is deprecated") as caught:
        tn.row_stack([NdCase([1, 2], (2,), "int64").build(tn)])
    assert caught[0].filename == __file__
