"""tinynet.linalg against numpy.linalg: norms, det, inv and solve on random well-conditioned matrices."""
import math

import numpy
import pytest
from hypothesis import assume, given, settings, strategies as st

import tinynet
from tinynet import linalg

SETTINGS = settings(max_examples=100, deadline=None)
# Entries from -100 to 100, away from the subnormal range where 1/x overflows in either library.
finite = st.floats(-100, 100, allow_nan=False, allow_infinity=False).filter(lambda v: v == 0 or abs(v) > 1e-6)


def matrices(n_min=1, n_max=5):
    return st.integers(n_min, n_max).flatmap(
        lambda n: st.lists(st.lists(finite, min_size=n, max_size=n), min_size=n, max_size=n)
    )


def well_conditioned(rows):
    a = numpy.array(rows)
    return numpy.linalg.cond(a) < 1e6


def close(tn_value, np_value, rtol):
    got = numpy.array(tinynet.asarray(tn_value).tolist())
    want = numpy.asarray(np_value)
    assert got.shape == want.shape, (got.shape, want.shape)
    scale = max(1.0, float(numpy.max(numpy.abs(want))) if want.size else 1.0)
    assert numpy.allclose(got, want, rtol=rtol, atol=rtol * scale), "tinynet %r\nnumpy %r" % (got, want)


@SETTINGS
@given(rows=matrices())
def test_inverse_and_determinant_agree_with_numpy(rows):
    assume(well_conditioned(rows))
    close(linalg.inv(rows), numpy.linalg.inv(numpy.array(rows)), 1e-8)
    close(linalg.det(rows), numpy.linalg.det(numpy.array(rows)), 1e-9)


@SETTINGS
@given(rows=matrices(), data=st.data())
def test_solve_agrees_with_numpy(rows, data):
    assume(well_conditioned(rows))
    n = len(rows)
    b = data.draw(st.lists(finite, min_size=n, max_size=n))
    close(linalg.solve(rows, b), numpy.linalg.solve(numpy.array(rows), numpy.array(b)), 1e-8)
    x = linalg.solve(rows, b)
    close(tinynet.dot(rows, x), b, 1e-7)  # the defining law: A x = b


@SETTINGS
@given(rows=matrices(), ord=st.sampled_from([None, 1, -1, math.inf, -math.inf, "fro"]))
def test_matrix_norms_agree_with_numpy(rows, ord):
    close(linalg.norm(rows, ord=ord), numpy.linalg.norm(numpy.array(rows), ord=ord), 1e-12)


@SETTINGS
@given(rows=matrices(), ord=st.sampled_from([None, 0, 1, 2, 3, math.inf, -math.inf]), axis=st.sampled_from([0, 1, -1]),
       keepdims=st.booleans())
def test_vector_norms_along_an_axis_agree_with_numpy(rows, ord, axis, keepdims):
    close(linalg.norm(rows, ord=ord, axis=axis, keepdims=keepdims),
          numpy.linalg.norm(numpy.array(rows), ord=ord, axis=axis, keepdims=keepdims), 1e-12)


def test_singular_and_non_square_matrices_are_refused_as_numpy_does():
    with pytest.raises(linalg.LinAlgError, match="Singular matrix"):
        linalg.inv([[1.0, 2.0], [2.0, 4.0]])
    with pytest.raises(ValueError, match="square"):
        linalg.inv([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    assert linalg.det([[1.0, 2.0], [2.0, 4.0]]) == 0.0
