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


@pytest.mark.parametrize("v", [6.81640625, 7.3, 3.0, 0.1])
def test_equal_rows_are_singular_only_where_lapack_finds_a_zero_pivot(v):
    """LAPACK's getf2 multiplies by 1 / pivot: 7.3 * (1 / 7.3) is not 1, which leaves a pivot of about 1e-16,
    so NumPy inverts [[7.3, 1], [7.3, 1]] (to about 1e15); 3.0 * (1 / 3.0) is 1 and the pivot is 0."""
    rows = [[v, 1.0], [v, 1.0]]
    try:
        want = numpy.linalg.inv(numpy.array(rows))
    except numpy.linalg.LinAlgError:
        with pytest.raises(linalg.LinAlgError, match="Singular matrix"):
            linalg.inv(rows)
        assert linalg.det(rows) == 0.0
        return
    assert numpy.array(linalg.inv(rows).tolist()).tolist() == want.tolist()
    assert float(linalg.det(rows)) == float(numpy.linalg.det(numpy.array(rows)))


@pytest.mark.parametrize("n, start, scale", [(2, 1, 1), (3, 0, 1), (3, 1, 1), (4, 1, 1), (5, 1, 1), (6, 1, 1),
                                             (8, 1, 1), (9, 1, 1), (12, 1, 1), (6, 1, 0.1), (4, 1, 0.3)])
def test_matrices_of_consecutive_numbers_are_singular_where_numpy_finds_it(n, start, scale):
    """np.arange(1, 10).reshape(3, 3), the rank-2 matrix of many tutorials: NumPy's getf2 forms each update
    as one dot product and subtracts it, and so ends on a pivot of exactly 0 ("Singular matrix"), where
    subtracting the products one at a time leaves about 1e-16 and an inverse of about 1e16.  (OpenBLAS
    also fuses each multiply-add of the dot product (FMA), which tinynet does not: arange(1, 50) as 7x7
    and arange(1, 101) as 10x10 are still singular in tinynet and inverted by NumPy on such machines.)"""
    rows = [[(start + n * i + j) * scale for j in range(n)] for i in range(n)]
    try:
        numpy.linalg.inv(numpy.array(rows))
        numpy_singular = False
    except numpy.linalg.LinAlgError:
        numpy_singular = True
    try:
        linalg.inv(rows)
        singular = False
    except linalg.LinAlgError:
        singular = True
    assert singular == numpy_singular, (rows, numpy_singular)
    if numpy_singular:
        assert float(linalg.det(rows)) == 0.0


def test_singular_and_non_square_matrices_are_refused_as_numpy_does():
    with pytest.raises(linalg.LinAlgError, match="Singular matrix"):
        linalg.inv([[1.0, 2.0], [2.0, 4.0]])
    with pytest.raises(ValueError, match="square"):
        linalg.inv([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    assert linalg.det([[1.0, 2.0], [2.0, 4.0]]) == 0.0


# --------------------------------------------------------------------------
# Named results, the namespace, laws and contracts (the N-d differential tests are in test_linalg_nd.py)
# --------------------------------------------------------------------------


def test_every_numpy_linalg_name_is_there():
    missing = [name for name in numpy.linalg.__all__ if not hasattr(linalg, name)]
    assert missing == []
    for name in ("EigResult", "EighResult", "QRResult", "SlogdetResult", "SVDResult"):
        assert name in linalg.__all__


def test_named_results_unpack_and_read_by_name():
    a = [[2.0, 1.0], [1.0, 3.0]]
    U, S, Vh = result = linalg.svd(a)
    assert (result.U, result.S, result.Vh) == (U, S, Vh) and repr(result).startswith("SVDResult(U=array(")
    w, V = result = linalg.eigh(a)
    assert result.eigenvalues is w and result.eigenvectors is V
    w, V = result = linalg.eig(a)
    assert result.eigenvalues is w and result.eigenvectors is V
    Q, R = result = linalg.qr(a)
    assert result.Q is Q and result.R is R
    sign, logdet = result = linalg.slogdet(a)
    assert result.sign == sign == 1.0 and abs(float(logdet) - math.log(5.0)) < 1e-15


@SETTINGS
@given(rows=matrices(), data=st.data())
def test_laws_of_the_decompositions(rows, data):
    assume(well_conditioned(rows))
    a = numpy.array(rows)
    b = numpy.array(data.draw(st.lists(st.lists(finite, min_size=len(rows), max_size=len(rows)),
                                       min_size=len(rows), max_size=len(rows))))
    scale = max(1.0, float(numpy.abs(a).max()))
    # det(A B) = det(A) det(B), to rounding: ~n eps (||A|| ||B||)^n
    n = len(rows)
    product_det = float(linalg.det(tinynet.matmul(rows, b.tolist())))
    bound = 100 * n * 2.0 ** -52 * (numpy.linalg.norm(a, 2) * numpy.linalg.norm(b, 2)) ** n
    assert abs(product_det - float(linalg.det(rows)) * float(linalg.det(b.tolist()))) <= bound
    # A A^+ A = A
    close(tinynet.matmul(tinynet.matmul(rows, linalg.pinv(rows)), rows), a, 1e-8)
    # A = Q R with Q orthogonal; A = U diag(S) Vh
    Q, R = linalg.qr(rows)
    close(tinynet.matmul(Q, R), a, 1e-12)
    close(tinynet.matmul(Q.T, Q), numpy.eye(len(rows)), 1e-12)
    U, S, Vh = linalg.svd(rows)
    close(tinynet.matmul(U * S, Vh), a, 1e-12)
    # A^T A = L L^T, and the eigenvalues of A^T A are S^2
    gram = tinynet.matmul(numpy.array(rows).T.tolist(), rows)
    L = linalg.cholesky(gram)
    close(tinynet.matmul(L, L.T), numpy.array(gram.tolist()), 1e-10)
    close(linalg.eigvalsh(gram)[::-1], (S * S).tolist(), 1e-10 * scale)


def test_inputs_are_not_changed():
    a = tinynet.array([[4.0, 1.0, 2.0], [1.0, 3.0, 0.5], [2.0, 0.5, 5.0]])
    before = a.tolist()
    for fn in (linalg.det, linalg.inv, linalg.slogdet, linalg.cholesky, linalg.qr, linalg.svd, linalg.eig,
               linalg.eigh, linalg.eigvals, linalg.eigvalsh, linalg.pinv, linalg.matrix_rank, linalg.cond,
               linalg.norm, lambda x: linalg.solve(x, x), lambda x: linalg.lstsq(x, x),
               lambda x: linalg.matrix_power(x, -2)):
        fn(a)
        assert a.tolist() == before


def test_eigenvectors_of_repeated_and_defective_eigenvalues_follow_lapack():
    # a full set of eigenvectors for a repeated eigenvalue
    w, V = linalg.eig(tinynet.eye(3))
    assert w.tolist() == [1.0, 1.0, 1.0] and V.tolist() == numpy.eye(3).tolist()
    # a defective matrix: both vectors (nearly) parallel, as LAPACK gives them
    w, V = linalg.eig([[1.0, 1.0], [0.0, 1.0]])
    w_np, V_np = numpy.linalg.eig(numpy.array([[1.0, 1.0], [0.0, 1.0]]))
    assert w.tolist() == w_np.tolist()
    assert numpy.allclose(numpy.abs(numpy.array(V.tolist())), numpy.abs(V_np), atol=1e-12)


def test_the_schur_form_and_the_hessenberg_form_are_what_they_say():
    from tinynet.linalg._householder import hessenberg
    from tinynet.linalg._schur import real_schur

    rng = numpy.random.default_rng(3)
    a = rng.standard_normal((7, 7))
    H, Z = hessenberg(a.tolist())
    H, Z = numpy.array(H), numpy.array(Z)
    assert (numpy.tril(H, -2) == 0).all()
    assert numpy.allclose(Z @ H @ Z.T, a, atol=1e-13) and numpy.allclose(Z.T @ Z, numpy.eye(7), atol=1e-14)
    H, Z = hessenberg(a.tolist())
    real_schur(H, Z)
    T, Z = numpy.array(H), numpy.array(Z)
    # quasi-triangular: no two consecutive nonzero subdiagonal entries (2x2 blocks only)
    sub = numpy.diagonal(T, -1) != 0
    assert (numpy.tril(T, -2) == 0).all() and not (sub[:-1] & sub[1:]).any()
    assert numpy.allclose(Z @ T @ Z.T, a, atol=1e-12)


def test_svd_of_tiny_and_huge_matrices_keeps_u_orthonormal():
    a = numpy.array([[0.0, 0.0, 0.0], [-1.0, 4.0, -1.0], [1.0, -1.0, 0.0]])
    for scale in (1.0, 1e-310, 1e-200, 1e200, 1e300):
        U, S, Vh = linalg.svd((a * scale).tolist())
        U = numpy.array(U.tolist())
        assert numpy.allclose(U.T @ U, numpy.eye(3), atol=1e-14)
        close(S, numpy.linalg.svd(a * scale, compute_uv=False), 1e-12)
