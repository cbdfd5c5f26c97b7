"""tinynet.linalg against numpy.linalg on stacks of matrices, in float64, float32, int64 and complex128.

Hypothesis draws a batch shape (0 to 2 axes), a matrix size up to 8, a dtype and a seed; the seed builds
matrices whose answers are well determined: general ones as Q1 diag(s) Q2 with s in [1, 4] (so
cond <= 4), Hermitian ones as Q diag(lambda) Q^H with eigenvalues at least 0.6 apart, and so on.  Each
property runs with the library under test and with NumPy, and compares shape, dtype and values.

Tolerances follow the accuracy each docstring states: for a result of size ~scale,
    atol = C * n * eps64 * scale * cond  (+ 4 * eps32 * scale when the result is float32 or complex64),
with C = 100 (room for both libraries' rounding).  Decompositions are compared up to their freedom: QR
after making R's diagonal positive, eigenvectors and singular vectors up to a sign (or a complex phase)
where their eigenvalue or singular value is separated from the others (the bound grows as 1 / gap), plus
the defining identities (Q R = A, U diag(S) Vh = A, A V = V diag(w)).

Each property also runs with NumPy on both sides (the ``xp`` fixture), which checks the test itself.
Error tests compare the exception type and message with NumPy's.
"""
import importlib
import math
import os
import warnings

import numpy
import pytest
from hypothesis import HealthCheck, assume, given, settings, strategies as st

import tinynet

LA = settings(max_examples=int(os.environ.get("TINYNET_EXAMPLES", "40")), deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                     HealthCheck.filter_too_much])
EPS64 = 2.0 ** -52
EPS32 = 2.0 ** -23
C = 100
DTYPES = ("float64", "float32", "int64", "complex128")
SINGLE = ("float32", "complex64")


@pytest.fixture(scope="module", params=["tinynet", "numpy"])
def xp(request):
    """The library under test: tinynet, and NumPy itself (which checks the tests)."""
    return importlib.import_module(request.param)


# ---------------------------------------------------------------------------------------------------------
# moving arrays between the libraries, and comparing them
# ---------------------------------------------------------------------------------------------------------


def lib_array(xp, a):
    """The NumPy array a, built in library xp (same values, shape and dtype)."""
    a = numpy.asarray(a)
    if xp is numpy:
        return a.copy()
    return xp.asarray(a.ravel().tolist(), dtype=a.dtype.name).reshape(a.shape)


def to_np(x):
    """An array or scalar of either library, as a NumPy array (0-d for scalars)."""
    if isinstance(x, (numpy.ndarray, numpy.generic)):
        return numpy.asarray(x)
    a = tinynet.asarray(x)
    return numpy.array(a.ravel().tolist(), dtype=a.dtype.name).reshape(a.shape)


def is_scalar(x):
    return not hasattr(x, "shape") or (x.shape == () and not isinstance(x, (numpy.ndarray, tinynet.ndarray)))


def check(got, want, atol=0.0, what=""):
    """Assert shape and dtype equal NumPy's and every value is within atol (nan matching nan)."""
    got_np, want = to_np(got), numpy.asarray(want)
    assert got_np.shape == want.shape, "%s: shape %s, NumPy %s" % (what, got_np.shape, want.shape)
    assert got_np.dtype == want.dtype, "%s: dtype %s, NumPy %s" % (what, got_np.dtype, want.dtype)
    if want.size:
        diff = numpy.abs(got_np.astype(complex) - want.astype(complex))
        both_nan = numpy.isnan(got_np) & numpy.isnan(want) if want.dtype.kind in "fc" else False
        same_inf = got_np == want
        bad = ~((diff <= atol) | both_nan | same_inf)
        assert not bad.any(), "%s: max difference %.3g > atol %.3g\ngot %r\nNumPy %r" % (
            what, numpy.max(numpy.where(bad, diff, 0)), atol, got_np, want)


def tol(dtype, n, scale, cond=1.0):
    """The allowed absolute error of a result of size ~scale computed from an n x n problem."""
    t = C * max(n, 1) * EPS64 * scale * cond
    if dtype in SINGLE:
        t += 4 * EPS32 * scale * cond
    return t


def result_single(dtype):
    return dtype in SINGLE


def eps_of(dtype):
    return EPS32 if dtype in SINGLE else EPS64


def quiet(fn, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with numpy.errstate(all="ignore"):
            return fn(*args, **kwargs)


# ---------------------------------------------------------------------------------------------------------
# matrices with well-determined answers
# ---------------------------------------------------------------------------------------------------------


batches = st.lists(st.integers(0, 7).map(lambda k: 0 if k == 0 else 1 + k % 3), max_size=2).map(tuple)
sizes = st.integers(1, 8)
seeds = st.integers(0, 2 ** 32 - 1)
dtypes = st.sampled_from(DTYPES)


def unitary(rng, shape, complex_):
    """Random orthogonal (unitary) matrices of shape (..., n, n), by QR of Gaussian ones."""
    g = rng.standard_normal(shape)
    if complex_:
        g = g + 1j * rng.standard_normal(shape)
    if shape[-1] == 0:
        return g
    q, r = numpy.linalg.qr(g)
    d = numpy.diagonal(r, axis1=-2, axis2=-1)
    return q * (d / numpy.abs(d))[..., None, :]


def general(rng, batch, m, n, dtype, low=1.0, high=4.0):
    """Matrices Q1 diag(s) Q2 with singular values s in [low, high] (cond <= high / low); for int64,
    a row-permuted, diagonally dominant integer matrix (so that pivoting is exercised)."""
    shape = tuple(batch) + (m, n)
    if dtype == "int64":
        a = rng.integers(-3, 4, shape)
        k = min(m, n)
        idx = numpy.arange(k)
        a[..., idx, idx] += 4 * max(m, n) * rng.choice([-1, 1], size=tuple(batch) + (k,))
        return a[..., rng.permutation(m), :].astype("int64")
    complex_ = dtype.startswith("complex")
    k = min(m, n)
    s = rng.uniform(low, high, tuple(batch) + (k,))
    u = unitary(rng, tuple(batch) + (m, m), complex_)[..., :, :k]
    v = unitary(rng, tuple(batch) + (n, n), complex_)[..., :k, :]
    return ((u * s[..., None, :]) @ v).astype(dtype)


def spread(rng, batch, n):
    """Values at least 0.6 apart: a shuffled -n/2 .. n/2 ramp, each jiggled by up to 0.2."""
    count = int(numpy.prod(batch, dtype=int))
    base = numpy.zeros(tuple(batch) + (n,))
    if n and count:
        base = numpy.stack([rng.permutation(n) for _ in range(count)]).reshape(tuple(batch) + (n,))
    return base - n / 2 + rng.uniform(-0.2, 0.2, tuple(batch) + (n,))


def hermitian(rng, batch, n, dtype, positive=False):
    """Hermitian matrices Q diag(lambda) Q^H with eigenvalues 0.6 apart (all >= 1 if positive);
    for int64, symmetric integer matrices (G + G^T, or G G^T + n I if positive)."""
    shape = tuple(batch) + (n, n)
    if dtype == "int64":
        g = rng.integers(-3, 4, shape)
        if positive:
            return (g @ numpy.swapaxes(g, -1, -2) + n * numpy.eye(n, dtype=int)).astype("int64")
        return (g + numpy.swapaxes(g, -1, -2)).astype("int64")
    lam = spread(rng, batch, n)
    if positive:
        lam = lam - lam.min(axis=-1, keepdims=True) + 1 if n else lam
    q = unitary(rng, shape, dtype.startswith("complex"))
    a = (q * lam[..., None, :]) @ numpy.conj(numpy.swapaxes(q, -1, -2))
    a = (a + numpy.conj(numpy.swapaxes(a, -1, -2))) / 2
    return a.astype(dtype)


def diagonalizable(rng, batch, n, dtype):
    """Real (or complex) matrices X D X^-1 with well-separated eigenvalues (complex-conjugate pairs in
    2x2 blocks for real dtypes) and a well-conditioned eigenvector matrix X = I + E, ||E|| < 0.3."""
    shape = tuple(batch) + (n, n)
    complex_ = dtype.startswith("complex")
    lam = spread(rng, batch, n)
    d = numpy.zeros(shape, dtype=complex if complex_ else float)
    idx = numpy.arange(n)
    d[..., idx, idx] = lam + (1j * spread(rng, batch, n) if complex_ else 0)
    if not complex_:
        for k in range(0, n - 1, 2):  # some diagonal pairs become rotation blocks a +- i b
            if rng.random() < 0.5:
                d[..., k, k + 1] = 1.5 + k
                d[..., k + 1, k] = -(1.5 + k)
                d[..., k + 1, k + 1] = d[..., k, k]
    e = rng.uniform(-1, 1, shape) + (1j * rng.uniform(-1, 1, shape) if complex_ else 0)
    x = numpy.eye(n) + 0.3 * e / (2 * max(n, 1))
    a = x @ d @ numpy.linalg.inv(x)
    return (a if complex_ else a.real).astype(dtype)


def norm2(a):
    """The largest 2-norm in a stack (1 for an empty stack)."""
    a = numpy.asarray(a, dtype=complex)
    if a.size == 0:
        return 1.0
    return float(numpy.max(numpy.linalg.norm(a, 2, axis=(-2, -1)))) if a.ndim >= 2 else float(numpy.max(numpy.abs(a)))


def phase_aligned_distance(v, w):
    """Per column: min over unit c of ||v_j - c w_j|| (vectors equal up to sign or phase give 0)."""
    inner = numpy.sum(numpy.conj(w) * v, axis=-2)
    c = numpy.where(numpy.abs(inner) > 0, inner / numpy.where(inner == 0, 1, numpy.abs(inner)), 1)
    return numpy.linalg.norm(v - w * c[..., None, :], axis=-2)


def gaps(values):
    """For each value along the last axis, its distance to the nearest other value (inf if alone)."""
    values = numpy.asarray(values)
    n = values.shape[-1]
    if n < 2:
        return numpy.full(values.shape, numpy.inf)
    diff = numpy.abs(values[..., :, None] - values[..., None, :]) + numpy.where(numpy.eye(n, dtype=bool), numpy.inf, 0)
    return diff.min(axis=-1)


# ---------------------------------------------------------------------------------------------------------
# determinants, inverses, solves
# ---------------------------------------------------------------------------------------------------------


@LA
@given(batch=batches, n=st.integers(0, 8), dtype=dtypes, seed=seeds)
def test_det_slogdet_inv_agree_with_numpy(xp, batch, n, dtype, seed):
    rng = numpy.random.default_rng(seed)
    a = general(rng, batch, n, n, dtype)
    la = lib_array(xp, a)
    eps = eps_of(dtype)
    det_np = numpy.linalg.det(a)
    check(xp.linalg.det(la), det_np, C * (n + 1) * eps * numpy.abs(det_np).max(initial=1.0), "det")
    sign, logdet = xp.linalg.slogdet(la)
    sign_np, logdet_np = numpy.linalg.slogdet(a)
    check(sign, sign_np, C * (n + 1) * eps, "slogdet sign")
    check(logdet, logdet_np, C * (n + 1) * eps * max(1.0, numpy.abs(logdet_np).max(initial=1.0)), "slogdet log")
    inv_np = numpy.linalg.inv(a)
    check(xp.linalg.inv(la), inv_np, tol(dtype, n, norm2(inv_np), 4.0), "inv")
    assert is_scalar(xp.linalg.det(la)) == (batch == ())


@LA
@given(batch=batches, n=sizes, dtype=dtypes, rhs=st.integers(0, 3), seed=seeds, data=st.data())
def test_solve_agrees_with_numpy_under_numpy2_rule(xp, batch, n, dtype, rhs, seed, data):
    rng = numpy.random.default_rng(seed)
    a = general(rng, batch, n, n, dtype)
    b_dtype = data.draw(st.sampled_from([dtype, "float64", "int64"]))
    if rhs == 0:  # b.ndim == 1: one vector, solved against every matrix
        b = rng.integers(-5, 6, (n,)).astype(b_dtype)
    else:  # a stack of (n, rhs) matrices whose batch broadcasts against a's
        b_batch = tuple(data.draw(st.sampled_from([k, 1])) for k in batch[len(batch) - data.draw(
            st.integers(0, len(batch))):])
        b = rng.integers(-5, 6, b_batch + (n, rhs)).astype(b_dtype)
    x_np = numpy.linalg.solve(a, b)
    x = xp.linalg.solve(lib_array(xp, a), lib_array(xp, b))
    check(x, x_np, tol(x_np.dtype.name, n, norm2(numpy.linalg.inv(a)) * max(1.0, numpy.abs(b).max(initial=1.0)) * n,
                       4.0), "solve")
    # the defining law: a @ x = b
    ax = numpy.matmul(a, to_np(x)[..., None] if rhs == 0 else to_np(x))
    residual = ax[..., 0] if rhs == 0 else ax
    assert numpy.allclose(residual, b, atol=tol(x_np.dtype.name, n, 10 * max(1.0, numpy.abs(b).max(initial=1.0)), 4.0))


@LA
@given(batch=batches, n=st.integers(0, 8), dtype=dtypes, upper=st.booleans(), seed=seeds)
def test_cholesky_agrees_with_numpy(xp, batch, n, dtype, upper, seed):
    rng = numpy.random.default_rng(seed)
    a = hermitian(rng, batch, n, dtype, positive=True)
    want = numpy.linalg.cholesky(a, upper=upper)
    check(xp.linalg.cholesky(lib_array(xp, a), upper=upper), want, tol(want.dtype.name, n, norm2(want)), "cholesky")


@LA
@given(batch=batches, m=st.integers(0, 8), n=st.integers(0, 8), dtype=dtypes, seed=seeds)
def test_pinv_lstsq_matrix_rank_agree_with_numpy(xp, batch, m, n, dtype, seed):
    rng = numpy.random.default_rng(seed)
    a = general(rng, batch, m, n, dtype)
    want = numpy.linalg.pinv(a)
    check(xp.linalg.pinv(lib_array(xp, a)), want, tol(want.dtype.name, max(m, n), norm2(want), 4.0), "pinv")
    check(xp.linalg.matrix_rank(lib_array(xp, a)), numpy.linalg.matrix_rank(a), 0, "matrix_rank")
    if batch == ():
        b = rng.integers(-5, 6, (m, 2)).astype("float64")
        for rhs in (b, b[:, 0]):
            got = xp.linalg.lstsq(lib_array(xp, a), lib_array(xp, rhs))
            x_np, res_np, rank_np, s_np = numpy.linalg.lstsq(a, rhs)
            scale = norm2(want) * max(1.0, numpy.abs(rhs).max(initial=1.0)) * max(m, 1)
            check(got[0], x_np, tol(x_np.dtype.name, max(m, n), scale, 4.0), "lstsq x")
            check(got[1], res_np, tol(res_np.dtype.name, max(m, n), max(1.0, res_np.max(initial=1.0)) * scale, 4.0),
                  "lstsq residuals")
            check(got[2], rank_np, 0, "lstsq rank")
            check(got[3], s_np, tol(s_np.dtype.name, max(m, n), 4.0), "lstsq s")


@LA
@given(batch=batches, m=st.integers(1, 8), n=st.integers(1, 8), rank=st.integers(0, 8), dtype=dtypes,
       hermitian=st.booleans(), seed=seeds)
def test_matrix_rank_of_rank_deficient_matrices(xp, batch, m, n, rank, dtype, hermitian, seed):
    rng = numpy.random.default_rng(seed)
    r = min(rank, m, n)
    # integer factors: the product is exact in every dtype, so its rank is exactly r
    left = rng.integers(-3, 4, tuple(batch) + (m, r))
    a = (left @ numpy.swapaxes(left, -1, -2) if hermitian else left @ rng.integers(-3, 4, tuple(batch) + (r, n)))
    a = a.astype(dtype)
    check(xp.linalg.matrix_rank(lib_array(xp, a), hermitian=hermitian),
          numpy.linalg.matrix_rank(a, hermitian=hermitian), 0, "matrix_rank")


@LA
@given(batch=batches, n=sizes, power=st.integers(-3, 7), dtype=dtypes, seed=seeds)
def test_matrix_power_agrees_with_numpy(xp, batch, n, power, dtype, seed):
    rng = numpy.random.default_rng(seed)
    if dtype == "int64" and power >= 0:
        a = rng.integers(-3, 4, tuple(batch) + (n, n))  # stays int64; exact (wrapping) arithmetic
    else:
        a = general(rng, batch, n, n, dtype, 0.8, 1.25)
    want = numpy.linalg.matrix_power(a, power)
    atol = 0 if want.dtype.kind in "iu" else tol(want.dtype.name, n * (abs(power) + 1), norm2(want) + 1, 2.0)
    check(xp.linalg.matrix_power(lib_array(xp, a), power), want, atol, "matrix_power")


@LA
@given(n=st.integers(1, 4), k=st.integers(1, 3), dtype=dtypes, seed=seeds)
def test_tensorsolve_and_tensorinv_agree_with_numpy(xp, n, k, dtype, seed):
    rng = numpy.random.default_rng(seed)
    size = n * k
    a = general(rng, (), size, size, dtype).reshape(n, k, size)
    b = rng.integers(-4, 5, (n, k)).astype(dtype)
    want = numpy.linalg.tensorsolve(a, b)
    scale = norm2(numpy.linalg.inv(a.reshape(size, size))) * 5 * size
    check(xp.linalg.tensorsolve(lib_array(xp, a), lib_array(xp, b)), want, tol(want.dtype.name, size, scale, 4.0),
          "tensorsolve")
    inv_np = numpy.linalg.tensorinv(a.reshape(n, k, n, k), ind=2)
    check(xp.linalg.tensorinv(lib_array(xp, a.reshape(n, k, n, k)), ind=2), inv_np,
          tol(inv_np.dtype.name, size, norm2(inv_np.reshape(size, size)), 4.0), "tensorinv")


# ---------------------------------------------------------------------------------------------------------
# decompositions
# ---------------------------------------------------------------------------------------------------------


@LA
@given(batch=batches, m=st.integers(0, 8), n=st.integers(0, 8), dtype=dtypes,
       mode=st.sampled_from(["reduced", "complete", "r", "raw"]), seed=seeds)
def test_qr_agrees_with_numpy_up_to_signs(xp, batch, m, n, dtype, mode, seed):
    rng = numpy.random.default_rng(seed)
    a = general(rng, batch, m, n, dtype)
    scale = norm2(a)
    if mode == "raw":
        a = a[(0,) * len(batch)] if batch and 0 not in batch else a.reshape(a.shape[-2:]) if not batch else a
        if a.ndim != 2:
            return
    want = numpy.linalg.qr(a, mode=mode)
    got = xp.linalg.qr(lib_array(xp, a), mode=mode)
    if mode == "r":
        r, r_np = to_np(got), want
        check(got, r_np, math.inf, "qr r")  # shape and dtype; values up to row signs:
        check(numpy.abs(r), numpy.abs(r_np), tol(r_np.dtype.name, max(m, n), scale), "qr |R|")
        return
    if mode == "raw":  # LAPACK's conventions, followed exactly: compare directly
        h_np, tau_np = want
        check(got[0], h_np, tol(h_np.dtype.name, max(m, n), scale), "qr raw h")
        check(got[1], tau_np, tol(tau_np.dtype.name, max(m, n), 2.0), "qr raw tau")
        return
    q, r = got
    assert type(got).__name__ == "QRResult" and got.Q is q and got.R is r
    q_np, r_np = want
    check(q, q_np, math.inf, "qr Q")
    check(r, r_np, math.inf, "qr R")
    q, r = to_np(q), to_np(r)
    t = tol(q_np.dtype.name, max(m, n), scale)
    # the defining identities: A = Q R, Q^H Q = I, R upper triangular
    assert numpy.allclose(q @ r, a, atol=t), "Q R != A"
    eye = numpy.eye(q.shape[-1])
    assert numpy.allclose(numpy.conj(numpy.swapaxes(q, -1, -2)) @ q, eye, atol=tol(q_np.dtype.name, max(m, n), 1.0))
    assert (numpy.tril(r, -1) == 0).all()
    # up to signs (phases): scale R's rows and Q's columns so that R's diagonal is real and positive
    k = min(m, n)
    for qq, rr in ((q, r), (q_np, r_np)):
        d = numpy.diagonal(rr[..., :k, :k], axis1=-2, axis2=-1)
        phase = numpy.where(d == 0, 1, d / numpy.where(d == 0, 1, numpy.abs(d)))
        qq[..., :, :k] *= phase[..., None, :]
        rr[..., :k, :] *= numpy.conj(phase)[..., :, None]
    check(q[..., :, :k], q_np[..., :, :k], t, "Q (signs fixed)")
    check(r, r_np, t, "R (signs fixed)")


@LA
@given(batch=batches, m=st.integers(0, 8), n=st.integers(0, 8), dtype=dtypes, full=st.booleans(), seed=seeds)
def test_svd_agrees_with_numpy_up_to_signs(xp, batch, m, n, dtype, full, seed):
    rng = numpy.random.default_rng(seed)
    k = min(m, n)
    complex_ = dtype.startswith("complex")
    if dtype == "int64":
        a = rng.integers(-4, 5, tuple(batch) + (m, n)).astype(dtype)
    else:  # distinct singular values, at least 0.3 apart
        s = numpy.abs(spread(rng, batch, k)) + 1 + numpy.arange(k) * 0.3 if k else numpy.zeros(tuple(batch) + (0,))
        u = unitary(rng, tuple(batch) + (m, m), complex_)[..., :, :k]
        v = unitary(rng, tuple(batch) + (n, n), complex_)[..., :k, :]
        a = ((u * s[..., None, :]) @ v).astype(dtype)
    la = lib_array(xp, a)
    u_np, s_np, vh_np = numpy.linalg.svd(a, full_matrices=full)
    result = xp.linalg.svd(la, full_matrices=full)
    u, s, vh = result
    assert result.U is u and result.S is s and result.Vh is vh
    scale = norm2(a)
    t = tol(s_np.dtype.name, max(m, n), scale)
    check(s, s_np, t, "S")
    check(xp.linalg.svd(la, compute_uv=False), s_np, t, "S alone")
    check(xp.linalg.svdvals(la), s_np, t, "svdvals")
    check(u, u_np, math.inf, "U")
    check(vh, vh_np, math.inf, "Vh")
    u, s, vh = to_np(u), to_np(s), to_np(vh)
    assert numpy.all(s[..., :-1] >= s[..., 1:]), "singular values not descending"
    # A = U diag(S) Vh, and U, Vh orthonormal
    assert numpy.allclose((u[..., :, :k] * s[..., None, :]) @ vh[..., :k, :], a, atol=t)
    unit = tol(u_np.dtype.name, max(m, n), 1.0)
    assert numpy.allclose(numpy.conj(numpy.swapaxes(u, -1, -2)) @ u, numpy.eye(u.shape[-1]), atol=unit)
    assert numpy.allclose(vh @ numpy.conj(numpy.swapaxes(vh, -1, -2)), numpy.eye(vh.shape[-2]), atol=unit)
    # singular vectors up to sign (phase), where the singular value is separated from the others
    if k:
        gap = gaps(s_np.astype(float))
        bound = 10 * unit * (1 + scale / gap)
        # a zero singular value of a non-square matrix has a larger null space behind it: not separated
        separated = (gap > 1e-3 * scale) & ((s_np > 1e-3 * scale) | (m == n))
        du = phase_aligned_distance(u[..., :, :k], u_np[..., :, :k])
        dv = phase_aligned_distance(numpy.conj(numpy.swapaxes(vh[..., :k, :], -1, -2)),
                                    numpy.conj(numpy.swapaxes(vh_np[..., :k, :], -1, -2)))
        assert numpy.all((du <= bound) | ~separated), "U columns differ beyond sign: %r" % du
        assert numpy.all((dv <= bound) | ~separated), "Vh rows differ beyond sign: %r" % dv


@LA
@given(batch=batches, n=st.integers(0, 8), dtype=dtypes, seed=seeds)
def test_hermitian_svd_agrees_with_numpy(xp, batch, n, dtype, seed):
    rng = numpy.random.default_rng(seed)
    a = hermitian(rng, batch, n, dtype)
    u_np, s_np, vh_np = numpy.linalg.svd(a, hermitian=True)
    u, s, vh = xp.linalg.svd(lib_array(xp, a), hermitian=True)
    t = tol(s_np.dtype.name, n, norm2(a))
    check(s, s_np, t, "S")
    check(u, u_np, math.inf, "U")
    check(vh, vh_np, math.inf, "Vh")
    assert numpy.allclose((to_np(u) * to_np(s)[..., None, :]) @ to_np(vh), a, atol=t)
    check(xp.linalg.svd(lib_array(xp, a), compute_uv=False, hermitian=True), s_np, t, "S alone")


@LA
@given(batch=batches, n=st.integers(0, 8), dtype=dtypes, uplo=st.sampled_from(["L", "U", "l", "u"]), seed=seeds)
def test_eigh_agrees_with_numpy_up_to_signs(xp, batch, n, dtype, uplo, seed):
    rng = numpy.random.default_rng(seed)
    a = hermitian(rng, batch, n, dtype)
    # only one triangle is read: spoil the other one
    if n > 1 and dtype != "int64":
        junk = numpy.triu(numpy.ones((n, n)), 1) * 7.5
        a = a + (junk if uplo in "Ll" else junk.T).astype(dtype)
    w_np, v_np = numpy.linalg.eigh(a, UPLO=uplo)
    result = xp.linalg.eigh(lib_array(xp, a), UPLO=uplo)
    w, v = result
    assert result.eigenvalues is w and result.eigenvectors is v
    clean = numpy.tril(a) if uplo in "Ll" else numpy.triu(a)
    clean = clean + numpy.conj(numpy.swapaxes(numpy.tril(a, -1) if uplo in "Ll" else numpy.triu(a, 1), -1, -2))
    scale = norm2(clean)
    t = tol(w_np.dtype.name, n, scale)
    check(w, w_np, t, "eigenvalues")
    check(xp.linalg.eigvalsh(lib_array(xp, a), UPLO=uplo), w_np, t, "eigvalsh")
    check(v, v_np, math.inf, "eigenvectors")
    w, v = to_np(w), to_np(v)
    assert numpy.all(w[..., :-1] <= w[..., 1:]), "eigenvalues not ascending"
    assert numpy.allclose(clean.astype(v.dtype) @ v, v * w[..., None, :], atol=t)
    unit = tol(v_np.dtype.name, n, 1.0)
    assert numpy.allclose(numpy.conj(numpy.swapaxes(v, -1, -2)) @ v, numpy.eye(n), atol=unit)
    if n:
        gap = gaps(w_np)
        bound = 10 * unit * (1 + scale / gap)
        dist = phase_aligned_distance(v, v_np)
        assert numpy.all((dist <= bound) | (gap < 1e-3 * scale)), "eigenvectors differ beyond sign: %r" % dist


def match(values, reference):
    """values reordered to pair each reference value with its nearest unused one."""
    values = list(values)
    order = []
    for r in reference:
        j = min((j for j in range(len(values)) if j not in order), key=lambda j: abs(values[j] - r))
        order.append(j)
    return order


@LA
@given(batch=batches, n=st.integers(0, 8), dtype=dtypes, seed=seeds)
def test_eig_agrees_with_numpy_up_to_scaling(xp, batch, n, dtype, seed):
    rng = numpy.random.default_rng(seed)
    if dtype == "int64":
        a = rng.integers(-5, 6, tuple(batch) + (n, n)).astype("int64")
        w_all = numpy.linalg.eigvals(a)
        # eigenvalues well separated and well conditioned, so that both libraries agree on them
        assume(numpy.all(gaps(w_all) > 0.05))
        vecs = numpy.linalg.eig(a)[1]
        assume(a.size == 0 or numpy.max(numpy.linalg.cond(vecs)) < 1e3)
    else:
        a = diagonalizable(rng, batch, n, dtype)
    la = lib_array(xp, a)
    w_np, v_np = numpy.linalg.eig(a)
    result = xp.linalg.eig(la)
    w, v = result
    assert result.eigenvalues is w and result.eigenvectors is v
    check(w, w_np, math.inf, "eigenvalues")  # shape and dtype (real only when every eigenvalue is real)
    check(v, v_np, math.inf, "eigenvectors")
    check(xp.linalg.eigvals(la), w_np, math.inf, "eigvals")
    w, v, wv = to_np(w), to_np(v), to_np(xp.linalg.eigvals(la))
    scale = norm2(a)
    cond = 1e3 if dtype == "int64" else 4.0
    t = tol(w_np.dtype.name, n, scale, cond)
    flat = int(numpy.prod(batch, dtype=int))
    for b in range(flat):
        idx = numpy.unravel_index(b, batch) if batch else ()
        order = match(w[idx], w_np[idx])
        assert numpy.allclose(w[idx][order], w_np[idx], atol=t), (w[idx], w_np[idx])
        assert numpy.allclose(numpy.sort_complex(wv[idx]), numpy.sort_complex(w[idx]), atol=t)
        vb, vnb = v[idx][:, order], v_np[idx]
        # unit eigenvectors, equal up to a phase; A v = lambda v
        assert numpy.allclose(numpy.linalg.norm(vb, axis=0), 1, atol=tol(v_np.dtype.name, n, 1.0))
        gap = gaps(w_np[idx])
        dist = phase_aligned_distance(vb, vnb)
        assert numpy.all(dist <= 10 * tol(v_np.dtype.name, n, 1.0, cond) * (1 + scale / gap)), dist
        assert numpy.allclose(a[idx].astype(vb.dtype) @ vb, vb * w[idx][order], atol=t)


@LA
@given(n=st.integers(2, 8), seed=seeds)
def test_eig_of_random_real_matrices_satisfies_a_v_equals_v_lambda(xp, n, seed):
    rng = numpy.random.default_rng(seed)
    a = rng.standard_normal((n, n))
    w, v = (to_np(x) for x in xp.linalg.eig(lib_array(xp, a)))
    assert numpy.allclose(a @ v, v * w, atol=tol("float64", n, norm2(a), 10.0))
    # complex eigenvalues of a real matrix come in conjugate pairs, their eigenvectors too
    w_np = numpy.linalg.eigvals(a)
    assert w.dtype == w_np.dtype
    scale = norm2(a)
    assert numpy.allclose(numpy.sort_complex(w), numpy.sort_complex(w_np),
                          atol=numpy.sqrt(EPS64) * scale * n)  # loose: the eigenvalues' cond is not controlled


# ---------------------------------------------------------------------------------------------------------
# norms and condition numbers
# ---------------------------------------------------------------------------------------------------------


VECTOR_ORDS = [None, 2, 1, 0, math.inf, -math.inf, 3, -1, 0.5, -2]
MATRIX_ORDS = [None, "fro", "nuc", 2, -2, 1, -1, math.inf, -math.inf]


@st.composite
def norm_cases(draw):
    ndim = draw(st.integers(1, 4))
    shape = tuple(draw(st.lists(st.integers(1, 4), min_size=ndim, max_size=ndim)))
    kind = draw(st.sampled_from(["none", "vector", "matrix"] if ndim >= 2 else ["none", "vector"]))
    if kind == "none":
        axis, ord = None, (draw(st.sampled_from([None, 2, 1, math.inf, -math.inf]) if ndim == 1 else
                                st.sampled_from([None, "fro", 1, -1, math.inf, 2, "nuc"])) if ndim <= 2 else None)
    elif kind == "vector":
        axis, ord = draw(st.integers(-ndim, ndim - 1)), draw(st.sampled_from(VECTOR_ORDS))
    else:
        pair = draw(st.lists(st.integers(0, ndim - 1), min_size=2, max_size=2, unique=True))
        axis = tuple(draw(st.sampled_from([k, k - ndim])) for k in pair)
        ord = draw(st.sampled_from(MATRIX_ORDS))
    return shape, axis, ord


@LA
@given(case=norm_cases(), dtype=dtypes, keepdims=st.booleans(), seed=seeds)
def test_norm_agrees_with_numpy(xp, case, dtype, keepdims, seed):
    shape, axis, ord = case
    rng = numpy.random.default_rng(seed)
    a = rng.integers(-5, 6, shape) if dtype == "int64" else rng.uniform(-3, 3, shape)
    if dtype == "complex128":
        a = a + 1j * rng.uniform(-3, 3, shape)
    a = a.astype(dtype)
    want = quiet(numpy.linalg.norm, a, ord, axis, keepdims)
    got = quiet(xp.linalg.norm, lib_array(xp, a), ord, axis, keepdims)
    scale = max(1.0, float(numpy.max(numpy.abs(want))) if numpy.size(want) else 1.0)
    check(got, want, tol(numpy.asarray(want).dtype.name, a.size, scale), "norm ord=%r axis=%r" % (ord, axis))
    assert is_scalar(got) == is_scalar(want)


@LA
@given(shape=st.lists(st.integers(0, 4), min_size=0, max_size=3).map(tuple), dtype=dtypes, keepdims=st.booleans(),
       ord=st.sampled_from([2, 1, 0, math.inf, 3, -1, 0.5]), seed=seeds, data=st.data())
def test_vector_norm_agrees_with_numpy(xp, shape, dtype, keepdims, ord, seed, data):
    rng = numpy.random.default_rng(seed)
    a = (rng.integers(-5, 6, shape) if dtype == "int64" else rng.uniform(-3, 3, shape)).astype(dtype)
    ndim = len(shape)
    axis = data.draw(st.one_of(st.none(), st.integers(-ndim, ndim - 1) if ndim else st.none(),
                               st.lists(st.integers(0, ndim - 1), unique=True, min_size=1, max_size=ndim).map(tuple)
                               if ndim else st.none()))
    if a.size == 0 and ord in (-1, 0.5):
        ord = 2
    want = quiet(numpy.linalg.vector_norm, a, axis=axis, keepdims=keepdims, ord=ord)
    got = quiet(xp.linalg.vector_norm, lib_array(xp, a), axis=axis, keepdims=keepdims, ord=ord)
    scale = max(1.0, float(numpy.max(numpy.abs(want))) if numpy.size(want) else 1.0)
    check(got, want, tol(numpy.asarray(want).dtype.name, max(a.size, 1), scale), "vector_norm")


@LA
@given(batch=batches, m=st.integers(1, 6), n=st.integers(1, 6), dtype=dtypes, keepdims=st.booleans(),
       ord=st.sampled_from(["fro", "nuc", 2, -2, 1, -1, math.inf, -math.inf]), seed=seeds)
def test_matrix_norm_agrees_with_numpy(xp, batch, m, n, dtype, keepdims, ord, seed):
    rng = numpy.random.default_rng(seed)
    a = general(rng, batch, m, n, dtype)
    want = numpy.linalg.matrix_norm(a, keepdims=keepdims, ord=ord)
    got = xp.linalg.matrix_norm(lib_array(xp, a), keepdims=keepdims, ord=ord)
    check(got, want, tol(want.dtype.name, max(m, n), norm2(a) * max(m, n)), "matrix_norm")


@LA
@given(batch=batches, n=sizes, dtype=dtypes, p=st.sampled_from([None, 2, -2, "fro", "nuc", 1, -1, math.inf, -math.inf]),
       seed=seeds, data=st.data())
def test_cond_agrees_with_numpy(xp, batch, n, dtype, p, seed, data):
    rng = numpy.random.default_rng(seed)
    m = data.draw(st.integers(1, 8)) if p in (None, 2, -2) else n  # the 2-norm cond takes any shape
    a = general(rng, batch, m, n, dtype)
    want = numpy.linalg.cond(a, p)
    got = xp.linalg.cond(lib_array(xp, a), p)
    check(got, want, tol(numpy.asarray(want).dtype.name, max(m, n), numpy.max(numpy.abs(want), initial=1.0), 4.0),
          "cond")
    assert is_scalar(got) == is_scalar(want)


# ---------------------------------------------------------------------------------------------------------
# products: multi_dot and the array API's names
# ---------------------------------------------------------------------------------------------------------


@LA
@given(dims=st.lists(st.integers(1, 6), min_size=3, max_size=6), first_1d=st.booleans(), last_1d=st.booleans(),
       dtype=dtypes, seed=seeds)
def test_multi_dot_agrees_with_numpy(xp, dims, first_1d, last_1d, dtype, seed):
    rng = numpy.random.default_rng(seed)
    arrays = [rng.integers(-4, 5, (dims[i], dims[i + 1])).astype(dtype) for i in range(len(dims) - 1)]
    if first_1d:
        arrays[0] = arrays[0][0]
    if last_1d:
        arrays[-1] = arrays[-1][:, 0]
    want = numpy.linalg.multi_dot(arrays)
    got = xp.linalg.multi_dot([lib_array(xp, x) for x in arrays])
    exact = dtype == "int64"
    check(got, want, 0 if exact else tol(want.dtype.name, 6, float(numpy.max(numpy.abs(want), initial=1)) * 36),
          "multi_dot")
    assert is_scalar(got) == is_scalar(want)


def test_multi_dot_chooses_the_cheapest_order():
    from tinynet.linalg._products import chain_order

    # Cormen et al.'s example: ((A1 (A2 A3)) ((A4 A5) A6)) for these six matrices
    split = chain_order([30, 35, 15, 5, 10, 20, 25])
    assert split[0][5] == 2 and split[0][2] == 0 and split[3][5] == 4


@LA
@given(batch=batches, n=sizes, dtype=dtypes, offset=st.integers(-3, 3), seed=seeds)
def test_array_api_names_agree_with_numpy(xp, batch, n, dtype, offset, seed):
    rng = numpy.random.default_rng(seed)
    a = rng.integers(-5, 6, tuple(batch) + (n, n)).astype(dtype)
    b = rng.integers(-5, 6, tuple(batch) + (n, n)).astype(dtype)
    la, lb = lib_array(xp, a), lib_array(xp, b)
    check(xp.linalg.trace(la, offset=offset), numpy.linalg.trace(a, offset=offset), 0, "trace")
    check(xp.linalg.diagonal(la, offset=offset), numpy.linalg.diagonal(a, offset=offset), 0, "diagonal")
    check(xp.linalg.matrix_transpose(la), numpy.linalg.matrix_transpose(a), 0, "matrix_transpose")
    check(xp.linalg.matmul(la, lb), numpy.linalg.matmul(a, b), 0 if dtype == "int64" else 1e-12 * n, "matmul")
    check(xp.linalg.vecdot(la, lb), numpy.linalg.vecdot(a, b), 0 if dtype == "int64" else 1e-12 * n, "vecdot")
    check(xp.linalg.vecdot(la, lb, axis=-2), numpy.linalg.vecdot(a, b, axis=-2), 0 if dtype == "int64" else 1e-12 * n,
          "vecdot axis=-2")
    row = a[(0,) * (a.ndim - 1)] if a.size else a.ravel()
    check(xp.linalg.outer(lib_array(xp, row), lib_array(xp, b.ravel())), numpy.linalg.outer(row, b.ravel()),
          0 if dtype == "int64" else 1e-12, "outer")
    bt = numpy.moveaxis(b, -1, 0)  # its first axis meets a's last
    check(xp.linalg.tensordot(la, lib_array(xp, bt), axes=1), numpy.linalg.tensordot(a, bt, axes=1),
          0 if dtype == "int64" else 1e-12 * n, "tensordot")
    v = rng.integers(-5, 6, tuple(batch) + (3,)).astype(dtype)
    w = rng.integers(-5, 6, (3,)).astype(dtype)
    check(xp.linalg.cross(lib_array(xp, v), lib_array(xp, w)), numpy.linalg.cross(v, w), 1e-12, "cross")
    if batch:
        check(xp.linalg.cross(lib_array(xp, numpy.moveaxis(v, -1, 0)), lib_array(xp, numpy.moveaxis(v, -1, 0)), axis=0),
              numpy.linalg.cross(numpy.moveaxis(v, -1, 0), numpy.moveaxis(v, -1, 0), axis=0), 1e-12, "cross axis=0")


# ---------------------------------------------------------------------------------------------------------
# errors: NumPy's exception types and messages
# ---------------------------------------------------------------------------------------------------------


def outcome(fn, xp, *arrays, **kwargs):
    """(exception class name, message), or ('ok', None) when fn returns."""
    built = [lib_array(xp, a) if isinstance(a, numpy.ndarray) else a for a in arrays]
    try:
        quiet(fn(xp), *built, **kwargs)
    except Exception as e:  # noqa: BLE001 - any exception is compared with NumPy's
        return type(e).__name__, str(e)
    return "ok", None


def same_outcome(fn, xp, *arrays, **kwargs):
    got = outcome(fn, xp, *arrays, **kwargs)
    want = outcome(fn, numpy, *arrays, **kwargs)
    assert got == want, "got %r, NumPy %r" % (got, want)
    return want


SQUARE_FUNCTIONS = {
    "det": lambda xp: xp.linalg.det,
    "slogdet": lambda xp: xp.linalg.slogdet,
    "inv": lambda xp: xp.linalg.inv,
    "cholesky": lambda xp: xp.linalg.cholesky,
    "eig": lambda xp: xp.linalg.eig,
    "eigvals": lambda xp: xp.linalg.eigvals,
    "eigh": lambda xp: xp.linalg.eigh,
    "eigvalsh": lambda xp: xp.linalg.eigvalsh,
    "matrix_power": lambda xp: lambda a: xp.linalg.matrix_power(a, 2),
    "solve": lambda xp: lambda a: xp.linalg.solve(a, xp.ones(a.shape[-2:])),
    "cond 1": lambda xp: lambda a: xp.linalg.cond(a, 1),
}
STACKED_2D_FUNCTIONS = dict(SQUARE_FUNCTIONS, **{
    "svd": lambda xp: xp.linalg.svd,
    "svdvals": lambda xp: xp.linalg.svdvals,
    "qr": lambda xp: xp.linalg.qr,
    "pinv": lambda xp: xp.linalg.pinv,
    "cond": lambda xp: xp.linalg.cond,
    "matrix_norm": lambda xp: xp.linalg.matrix_norm,
})


@pytest.mark.parametrize("name", sorted(SQUARE_FUNCTIONS))
@LA
@given(batch=batches, m=sizes, extra=st.integers(1, 3), dtype=dtypes)
def test_non_square_input_is_refused_as_numpy_does(xp, name, batch, m, extra, dtype):
    a = numpy.ones(tuple(batch) + (m, m + extra), dtype=dtype)
    assert same_outcome(SQUARE_FUNCTIONS[name], xp, a)[0] == "LinAlgError"


@pytest.mark.parametrize("name", sorted(STACKED_2D_FUNCTIONS))
@pytest.mark.parametrize("shape", [(), (3,), (0,), (1,)])
def test_fewer_than_two_axes_are_refused_as_numpy_does(xp, name, shape):
    same_outcome(STACKED_2D_FUNCTIONS[name], xp, numpy.ones(shape))


SINGULAR_FUNCTIONS = {
    "inv": lambda xp: xp.linalg.inv,
    "solve": lambda xp: lambda a: xp.linalg.solve(a, xp.ones(a.shape[-1])),
    "matrix_power -2": lambda xp: lambda a: xp.linalg.matrix_power(a, -2),
    "det": lambda xp: xp.linalg.det,
    "slogdet": lambda xp: xp.linalg.slogdet,
    "cond 1": lambda xp: lambda a: xp.linalg.cond(a, 1),
}


@pytest.mark.parametrize("name", sorted(SINGULAR_FUNCTIONS))
@LA
@given(batch=batches, n=sizes, dtype=dtypes, seed=seeds, data=st.data())
def test_singular_matrices_as_numpy(xp, name, batch, n, dtype, seed, data):
    rng = numpy.random.default_rng(seed)
    a = general(rng, batch, n, n, dtype)
    if a.size:
        # one matrix of the stack gets a zero column: an exactly zero pivot in both libraries
        where = tuple(data.draw(st.integers(0, k - 1)) for k in batch)
        a[where + (Ellipsis, data.draw(st.integers(0, n - 1)))] = 0
    want = same_outcome(SINGULAR_FUNCTIONS[name], xp, a)
    if a.size and name in ("inv", "solve", "matrix_power -2"):
        assert want == ("LinAlgError", "Singular matrix")


@LA
@given(batch=batches, n=sizes, dtype=dtypes, upper=st.booleans(), seed=seeds, data=st.data())
def test_non_positive_definite_matrices_are_refused_as_numpy_does(xp, batch, n, dtype, upper, seed, data):
    rng = numpy.random.default_rng(seed)
    a = hermitian(rng, batch, n, dtype, positive=True)
    if a.size:
        where = tuple(data.draw(st.integers(0, k - 1)) for k in batch)
        j = data.draw(st.integers(0, n - 1))
        a[where + (j, j)] = -abs(a[where + (j, j)]) - 1  # a negative diagonal entry: not positive definite
    want = same_outcome(lambda xp: lambda x: xp.linalg.cholesky(x, upper=upper), xp, a)
    if a.size:
        assert want == ("LinAlgError", "Matrix is not positive definite")


BAD_INPUTS = [
    ("float16", lambda xp: xp.linalg.det, (numpy.ones((2, 2), dtype="float16"),), {}),
    ("float16 svd", lambda xp: xp.linalg.svd, (numpy.ones((2, 2), dtype="float16"),), {}),
    ("qr mode", lambda xp: xp.linalg.qr, (numpy.ones((2, 2)),), {"mode": "bad"}),
    ("UPLO", lambda xp: xp.linalg.eigh, (numpy.ones((2, 2)),), {"UPLO": "X"}),
    ("eig nan", lambda xp: xp.linalg.eig, (numpy.array([[numpy.nan, 1.0], [1.0, 1.0]]),), {}),
    ("eigvals inf", lambda xp: xp.linalg.eigvals, (numpy.array([[numpy.inf, 1.0], [1.0, 1.0]]),), {}),
    ("svd nan", lambda xp: xp.linalg.svd, (numpy.array([[numpy.nan, 1.0], [1.0, 1.0]]),), {}),
    ("solve1 size", lambda xp: xp.linalg.solve, (numpy.eye(2), numpy.ones(3)), {}),
    ("solve size", lambda xp: xp.linalg.solve, (numpy.eye(2), numpy.ones((3, 1))), {}),
    ("solve 0-d b", lambda xp: xp.linalg.solve, (numpy.eye(2), numpy.float64(1.0)), {}),
    ("solve numpy 2 rule", lambda xp: xp.linalg.solve, (numpy.ones((3, 2, 2)) + numpy.eye(2), numpy.ones((3, 2))), {}),
    ("solve broadcast", lambda xp: xp.linalg.solve, (numpy.ones((3, 2, 2)), numpy.ones((4, 2, 1))), {}),
    ("lstsq sizes", lambda xp: xp.linalg.lstsq, (numpy.ones((3, 2)), numpy.ones(2)), {}),
    ("lstsq 3-d", lambda xp: xp.linalg.lstsq, (numpy.ones((1, 3, 2)), numpy.ones(3)), {}),
    ("cond empty", lambda xp: xp.linalg.cond, (numpy.ones((0, 0)),), {}),
    ("cond order", lambda xp: xp.linalg.cond, (numpy.eye(2),), {"p": "foo"}),
    ("cond non-square", lambda xp: xp.linalg.cond, (numpy.ones((2, 3)),), {"p": 1}),
    ("norm order", lambda xp: xp.linalg.norm, (numpy.ones((2, 2)),), {"ord": 3}),
    ("norm vector order", lambda xp: xp.linalg.norm, (numpy.ones((2, 2)),), {"ord": "nuc", "axis": 0}),
    ("norm 3 axes", lambda xp: xp.linalg.norm, (numpy.ones((2, 2, 2)),), {"axis": (0, 1, 2)}),
    ("norm axes repeated", lambda xp: xp.linalg.norm, (numpy.ones((2, 2)),), {"axis": (0, 0)}),
    ("norm axis list", lambda xp: xp.linalg.norm, (numpy.ones(2),), {"axis": [0]}),
    ("norm axis range", lambda xp: xp.linalg.norm, (numpy.ones((2, 2)),), {"axis": 2}),
    ("norm 3-d order", lambda xp: xp.linalg.norm, (numpy.ones((2, 2, 2)),), {"ord": 1}),
    ("norm empty min", lambda xp: xp.linalg.norm, (numpy.ones((3, 0)),), {"ord": -1}),
    ("norm empty -inf", lambda xp: xp.linalg.norm, (numpy.ones((0, 3)),), {"ord": -math.inf, "axis": 0}),
    ("vector_norm repeated", lambda xp: xp.linalg.vector_norm, (numpy.ones((2, 2)),), {"axis": (0, 0)}),
    ("vector_norm fro", lambda xp: xp.linalg.vector_norm, (numpy.ones((2, 2)),), {"ord": "fro"}),
    ("matrix_norm 1-d", lambda xp: xp.linalg.matrix_norm, (numpy.ones(3),), {}),
    ("matrix_power float", lambda xp: xp.linalg.matrix_power, (numpy.eye(2), 1.5), {}),
    ("matrix_rank both", lambda xp: xp.linalg.matrix_rank, (numpy.eye(2),), {"tol": 1.0, "rtol": 1.0}),
    ("pinv both", lambda xp: xp.linalg.pinv, (numpy.eye(2),), {"rcond": 0.1, "rtol": 0.1}),
    ("pinv int rtol", lambda xp: xp.linalg.pinv, (numpy.eye(2, dtype=int),), {"rtol": None}),
    ("tensorsolve", lambda xp: xp.linalg.tensorsolve, (numpy.ones((2, 3, 5)), numpy.ones((2, 3))), {}),
    ("tensorinv ind", lambda xp: xp.linalg.tensorinv, (numpy.ones((2, 2)),), {"ind": 0}),
    ("tensorinv singular", lambda xp: xp.linalg.tensorinv, (numpy.zeros((2, 2, 2, 2)),), {}),
    ("tensorsolve singular", lambda xp: xp.linalg.tensorsolve, (numpy.zeros((2, 2, 4)), numpy.ones((2, 2))), {}),
    ("multi_dot one", lambda xp: lambda a: xp.linalg.multi_dot([a]), (numpy.ones(3),), {}),
    ("multi_dot 3-d", lambda xp: lambda a: xp.linalg.multi_dot([a, a, a]), (numpy.ones((2, 2, 2)),), {}),
    ("outer 2-d", lambda xp: xp.linalg.outer, (numpy.ones((2, 2)), numpy.ones(2)), {}),
    ("cross 2-vectors", lambda xp: xp.linalg.cross, (numpy.ones(2), numpy.ones(3)), {}),
    ("matrix_transpose 1-d", lambda xp: xp.linalg.matrix_transpose, (numpy.ones(3),), {}),
    ("vecdot sizes", lambda xp: xp.linalg.vecdot, (numpy.ones(3), numpy.ones(2)), {}),
    ("vecdot broadcast", lambda xp: xp.linalg.vecdot, (numpy.ones((2, 3)), numpy.ones((3, 3))), {}),
    ("matrix_rank broadcast", lambda xp: xp.linalg.matrix_rank, (numpy.ones((3, 2, 2)),), {"tol": numpy.ones(2)}),
]


@pytest.mark.parametrize("name, fn, args, kwargs", BAD_INPUTS, ids=[case[0] for case in BAD_INPUTS])
def test_bad_input_is_refused_as_numpy_does(xp, name, fn, args, kwargs):
    assert same_outcome(fn, xp, *args, **kwargs)[0] != "ok"


# ---------------------------------------------------------------------------------------------------------
# edge shapes: empty matrices and stacks
# ---------------------------------------------------------------------------------------------------------


EMPTY_CASES = [
    ("det 0x0", lambda xp, a: xp.linalg.det(a), (0, 0)),
    ("det empty stack", lambda xp, a: xp.linalg.det(a), (0, 2, 2)),
    ("inv 3x0x0", lambda xp, a: xp.linalg.inv(a), (3, 0, 0)),
    ("slogdet 0x0", lambda xp, a: xp.linalg.slogdet(a), (0, 0)),
    ("qr 0x3", lambda xp, a: xp.linalg.qr(a), (0, 3)),
    ("qr 3x0 complete", lambda xp, a: xp.linalg.qr(a, mode="complete"), (3, 0)),
    ("qr 0x3 raw", lambda xp, a: xp.linalg.qr(a, mode="raw"), (0, 3)),
    ("svd 0x3", lambda xp, a: xp.linalg.svd(a), (0, 3)),
    ("svd 3x0", lambda xp, a: xp.linalg.svd(a), (3, 0)),
    ("svd 2x0x3 values", lambda xp, a: xp.linalg.svd(a, compute_uv=False), (2, 0, 3)),
    ("eig 0x0", lambda xp, a: xp.linalg.eig(a), (0, 0)),
    ("eigh 0x0", lambda xp, a: xp.linalg.eigh(a), (0, 0)),
    ("cholesky 0x0", lambda xp, a: xp.linalg.cholesky(a), (0, 0)),
    ("pinv 2x0x3", lambda xp, a: xp.linalg.pinv(a), (2, 0, 3)),
    ("lstsq 0x3", lambda xp, a: xp.linalg.lstsq(a, xp.zeros(0)), (0, 3)),
    ("lstsq 3x0", lambda xp, a: xp.linalg.lstsq(a, xp.zeros(3)), (3, 0)),
    ("lstsq no rhs", lambda xp, a: xp.linalg.lstsq(a + 1, xp.ones((3, 0))), (3, 2)),
    ("norm 2 of 0x3", lambda xp, a: xp.linalg.norm(a, 2), (0, 3)),
    ("norm -1 of 0x3", lambda xp, a: xp.linalg.norm(a, -1), (0, 3)),
    ("norm -inf of 3x0 along 0", lambda xp, a: xp.linalg.norm(a, -math.inf, axis=0), (3, 0)),
    ("matrix_power 0", lambda xp, a: xp.linalg.matrix_power(a + 1, 0), (2, 3, 3)),
    ("matrix_rank 1-d", lambda xp, a: xp.linalg.matrix_rank(a + 1), (3,)),
]


@pytest.mark.parametrize("name, fn, shape", EMPTY_CASES, ids=[case[0] for case in EMPTY_CASES])
def test_empty_and_degenerate_shapes_as_numpy(xp, name, fn, shape):
    a = numpy.zeros(shape)
    want = quiet(fn, numpy, a)
    got = quiet(fn, xp, lib_array(xp, a))
    if isinstance(want, tuple):
        assert isinstance(got, tuple) and len(got) == len(want)
        for g, w in zip(got, want):
            check(g, w, 1e-12, name)
    elif isinstance(want, int) and not isinstance(want, numpy.generic):
        assert got == want and type(got) is int
    else:
        check(got, want, 1e-12, name)
