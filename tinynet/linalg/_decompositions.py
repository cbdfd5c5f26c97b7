"""Matrix decompositions, as ``numpy.linalg``: qr, svd, svdvals, eig, eigvals, eigh, eigvalsh.

Each works on a stack of matrices (..., M, N), one matrix at a time, with NumPy 2's dtype rules and
named results.  The algorithms are in ``_householder`` (QR), ``_jacobi`` (SVD and the Hermitian
eigenproblem) and ``_schur`` (the general eigenproblem).

    >>> from tinynet import linalg
    >>> Q, R = linalg.qr([[3.0, 1.0], [4.0, 2.0]])
    >>> R.round(6).tolist()
    [[-5.0, -2.2], [0.0, 0.4]]
    >>> linalg.svd([[3.0, 0.0], [0.0, -4.0]]).S.tolist()
    [4.0, 3.0]
    >>> linalg.eigvalsh([[2.0, 1.0], [1.0, 2.0]]).round(12).tolist()
    [1.0, 3.0]
"""

import math

from tinynet.core.errors import warn
from tinynet.core.ndarray import asarray
from tinynet.linalg import _common as common
from tinynet.linalg._common import (
    NAN,
    EighResult,
    EigResult,
    LinAlgError,
    QRResult,
    SVDResult,
    conj,
    restack,
    result_dtype,
    unstack,
)
from tinynet.linalg._householder import form_q, qr_factor
from tinynet.linalg._jacobi import eigh_jacobi, svd_jacobi
from tinynet.linalg._schur import eig_kernel


# --------------------------------------------------------------------------
# QR
# --------------------------------------------------------------------------


def qr(a, mode="reduced"):
    """Return the QR factorization A = Q R of each matrix, by Householder reflections.

    Q has orthonormal columns and R is upper triangular.  For an M x N matrix and K = min(M, N), mode
    'reduced' gives Q (M, K) and R (K, N); 'complete' gives Q (M, M) and R (M, N); 'r' gives R alone;
    'raw' gives (h, tau) as LAPACK stores them: h (N, M) holds R and the reflectors' vectors, tau (K,)
    their coefficients.  R's diagonal has LAPACK's signs, so Q and R equal NumPy's to rounding.

    Accuracy: backward stable; Q R = A + E with ||E|| <~ N * eps * ||A||, and Q is orthonormal to ~N * eps.

    >>> Q, R = qr([[0.0, 2.0], [1.0, 1.0]])
    >>> Q.tolist(), R.tolist()
    ([[0.0, -1.0], [-1.0, 0.0]], [[-1.0, -1.0], [0.0, -2.0]])
    >>> qr([[1.0, 2.0]], mode="r").tolist()
    [[1.0, 2.0]]
    """
    if mode not in ("reduced", "complete", "r", "raw"):
        if mode in ("f", "full"):
            warn("The 'full' option is deprecated in favor of 'reduced'.\n"
                 "For backward compatibility let mode default.", DeprecationWarning)
            mode = "reduced"
        elif mode in ("e", "economic"):
            warn("The 'economic' option is deprecated.", DeprecationWarning)
            mode = "economic"
        else:
            raise ValueError("Unrecognized mode '%s'" % (mode,))
    a = asarray(a)
    common.check_stacked_2d(a)
    m, n = a._shape[-2:]
    k = min(m, n)
    d = result_dtype(a)
    cplx = common.is_complex(d)
    batch, mats = unstack(a, cplx)
    factors = [qr_factor(A, cplx) for A in mats]
    if mode == "r":
        return restack([R[:k] for R, _, _ in factors], batch, (k, n), d)
    if mode in ("raw", "economic"):
        stored = []
        for R, vs, _ in factors:
            h = [row[:] for row in R]
            for j in range(len(vs)):
                for i in range(j + 1, m):
                    h[i][j] = vs[j][i - j]
            stored.append(h)
        if mode == "economic":
            return restack(stored, batch, (m, n), d)
        h = restack([[[h[i][j] for i in range(m)] for j in range(n)] for h in stored], batch, (n, m), d)
        return h, restack([taus for _, _, taus in factors], batch, (k,), d)
    cols = m if mode == "complete" and m > n else k
    Qs = [form_q(vs, taus, m, cols, cplx) for _, vs, taus in factors]
    Rs = [R[:cols] for R, _, _ in factors]
    return QRResult(restack(Qs, batch, (m, cols), d), restack(Rs, batch, (cols, n), d))


# --------------------------------------------------------------------------
# SVD
# --------------------------------------------------------------------------


def svd_stack(a, compute_uv=True, full_matrices=True, hermitian=False):
    """Return (batch, dtype, [(U, s, Vh) per matrix]) for an array: the shared work of svd, pinv and friends."""
    a = asarray(a)
    if hermitian:
        return _hermitian_svd_stack(a, compute_uv)
    common.check_stacked_2d(a)
    d = result_dtype(a)
    cplx = common.is_complex(d)
    batch, mats = unstack(a, cplx)
    if not _all_finite(mats):
        raise LinAlgError("SVD did not converge")
    n = a._shape[-1]
    return batch, d, [svd_jacobi(A, compute_uv, full_matrices, cplx, n) for A in mats]


def _hermitian_svd_stack(a, compute_uv):
    """SVD of Hermitian matrices from their eigendecomposition A = V diag(w) V^H, as NumPy's hermitian=True:
    s = |w| sorted descending, U = V (same order), Vh = (U diag(sign w))^H."""
    batch, d, results = _eigh_stack(a, "L", compute_uv)
    out = []
    for w, V in results:
        order = sorted(range(len(w)), key=lambda i: -abs(w[i]))
        s = [abs(w[i]) for i in order]
        if not compute_uv:
            out.append((None, s, None))
            continue
        n = len(w)
        U = [[V[i][j] for j in order] for i in range(n)]
        signs = [math.copysign(1.0, w[j]) for j in order]
        if common.is_complex(d):
            Vh = [[conj(U[i][j]) * signs[j] for i in range(n)] for j in range(n)]
        else:
            Vh = [[U[i][j] * signs[j] for i in range(n)] for j in range(n)]
        out.append((U, s, Vh))
    return batch, d, out


def _all_finite(mats):
    for A in mats:
        for row in A:
            for x in row:
                if x != x or x - x != 0:
                    return False
    return True


def svd(a, full_matrices=True, compute_uv=True, hermitian=False):
    """Return the singular value decomposition A = U diag(S) Vh of each matrix, as SVDResult(U, S, Vh).

    S holds the singular values in descending order; U and Vh have orthonormal columns and rows.  For
    an M x N matrix and K = min(M, N): U is (M, M) and Vh (N, N) with full_matrices, else (M, K) and
    (K, N).  With compute_uv=False, only S is returned.  hermitian=True takes A as Hermitian and uses
    its eigendecomposition (from the lower triangle), as NumPy does.  Computed by one-sided Jacobi
    rotations (Hestenes), see ``_jacobi.svd_jacobi``.

    Accuracy: backward stable with high relative accuracy for the singular values: they agree with
    LAPACK's to ~N * eps * S[0]; U diag(S) Vh reconstructs A to ~N * eps * ||A||; singular vectors agree
    up to sign (phase) where the singular values are separated.

    >>> U, S, Vh = svd([[0.0, 2.0], [1.0, 0.0]])
    >>> U.tolist(), S.tolist(), Vh.tolist()
    ([[1.0, 0.0], [0.0, 1.0]], [2.0, 1.0], [[0.0, 1.0], [1.0, 0.0]])
    >>> svd([[3.0, 4.0]], compute_uv=False).tolist()
    [5.0]
    """
    a = asarray(a)
    batch, d, results = svd_stack(a, compute_uv, full_matrices, hermitian)
    real = common.real_of(d)
    if hermitian:
        m = n = a._shape[-1]
    else:
        m, n = a._shape[-2:]
    k = min(m, n)
    S = restack([s for _, s, _ in results], batch, (k,), real)
    if not compute_uv:
        return S
    ucols = m if full_matrices and not hermitian else k
    vrows = n if full_matrices and not hermitian else k
    U = restack([u for u, _, _ in results], batch, (m, ucols), d)
    Vh = restack([v for _, _, v in results], batch, (vrows, n), d)
    return SVDResult(U, S, Vh)


def svdvals(x):
    """Return the singular values of each matrix, in descending order: svd(x, compute_uv=False).

    >>> svdvals([[0.0, 3.0], [-2.0, 0.0]]).tolist()
    [3.0, 2.0]
    """
    return svd(x, compute_uv=False, hermitian=False)


# --------------------------------------------------------------------------
# The Hermitian eigenproblem
# --------------------------------------------------------------------------


def _check_uplo(UPLO):
    UPLO = UPLO.upper()
    if UPLO not in ("L", "U"):
        raise ValueError("UPLO argument must be 'L' or 'U'")
    return UPLO


def _hermitian_from(A, UPLO, cplx):
    """The Hermitian matrix that A's lower ('L') or upper ('U') triangle stands for (diagonal taken as real)."""
    n = len(A)
    H = [row[:] for row in A]
    for i in range(n):
        for j in range(i):
            if UPLO == "L":
                H[j][i] = conj(A[i][j]) if cplx else A[i][j]
            else:
                H[i][j] = conj(A[j][i]) if cplx else A[j][i]
        if cplx:
            H[i][i] = complex(A[i][i].real, 0.0)
    return H


def _eigh_stack(a, UPLO, compute_v):
    a = asarray(a)
    common.check_stacked_square(a)
    d = result_dtype(a)
    cplx = common.is_complex(d)
    batch, mats = unstack(a, cplx)
    results = []
    for A in mats:
        if not _all_finite([A]):
            n = len(A)
            results.append(([NAN] * n, [[NAN] * n for _ in range(n)] if compute_v else None))
            continue
        results.append(eigh_jacobi(_hermitian_from(A, UPLO, cplx), cplx, compute_v))
    return batch, d, results


def eigh(a, UPLO="L"):
    """Return the eigenvalues (ascending) and orthonormal eigenvectors of Hermitian matrices, as EighResult.

    A V = V diag(w).  Only the lower (UPLO='L') or upper ('U') triangle is read.  Computed by cyclic
    Jacobi rotations, see ``_jacobi.eigh_jacobi``.  The eigenvalues are real; the eigenvectors are
    V's columns (each fixed up to sign, or phase when complex).

    Accuracy: backward stable: the eigenvalues agree with LAPACK's to ~N * eps * ||A||, eigenvectors to
    ~N * eps * ||A|| / gap.  A non-finite matrix gives nan everywhere (LAPACK gives unspecified values).

    >>> w, V = eigh([[2.0, 0.0], [0.0, 1.0]])
    >>> w.tolist(), V.tolist()
    ([1.0, 2.0], [[0.0, 1.0], [1.0, 0.0]])
    """
    UPLO = _check_uplo(UPLO)
    a = asarray(a)
    batch, d, results = _eigh_stack(a, UPLO, True)
    n = a._shape[-1]
    w = restack([w for w, _ in results], batch, (n,), common.real_of(d))
    V = restack([V for _, V in results], batch, (n, n), d)
    return EighResult(w, V)


def eigvalsh(a, UPLO="L"):
    """Return the eigenvalues of Hermitian matrices in ascending order (real), as eigh without vectors.

    >>> eigvalsh([[0.0, 1j], [-1j, 0.0]]).tolist()
    [-1.0, 1.0]
    """
    UPLO = _check_uplo(UPLO)
    a = asarray(a)
    batch, d, results = _eigh_stack(a, UPLO, False)
    return restack([w for w, _ in results], batch, (a._shape[-1],), common.real_of(d))


# --------------------------------------------------------------------------
# The general eigenproblem
# --------------------------------------------------------------------------


def _eig_stack(a, compute_v):
    a = asarray(a)
    common.check_stacked_square(a)
    common.check_finite(a)
    d = result_dtype(a)
    cplx = common.is_complex(d)
    batch, mats = unstack(a, cplx)
    results = [eig_kernel(A, cplx, compute_v) for A in mats]
    # real input gives real output only when every eigenvalue of every matrix is real
    if not cplx:
        for w, _ in results:
            for x in w:
                if type(x) is complex:
                    d = common.complex_of(d)
                    break
    return batch, d, results


def eig(a):
    """Return the eigenvalues and right eigenvectors of square matrices, as EigResult.

    A v = lambda v for each eigenvalue lambda and the matching column v of eigenvectors, normalized to
    unit length (largest component real).  Real input gives real results when every eigenvalue is real,
    otherwise complex ones, as NumPy.  The eigenvalues are in no particular order.  Computed by the QR
    algorithm (Hessenberg reduction, Francis double-shift or Wilkinson single-shift sweeps, then back
    substitution on the Schur form), see ``_schur``.

    Accuracy: backward stable; each eigenvalue agrees with LAPACK's to ~N * eps * ||A|| * cond(lambda),
    and A v - lambda v is ~N * eps * ||A||.

    >>> w, V = eig([[2.0, 0.0], [0.0, 3.0]])
    >>> w.tolist(), V.tolist()
    ([2.0, 3.0], [[1.0, 0.0], [0.0, 1.0]])
    >>> eig([[0.0, -1.0], [1.0, 0.0]]).eigenvalues
    array([0.+1.j, 0.-1.j])
    """
    a = asarray(a)
    batch, d, results = _eig_stack(a, True)
    n = a._shape[-1]
    return EigResult(restack([w for w, _ in results], batch, (n,), d),
                     restack([V for _, V in results], batch, (n, n), d))


def eigvals(a):
    """Return the eigenvalues of square matrices (real when all are real, else complex), as eig without vectors.

    >>> eigvals([[1.0, 2.0], [0.0, 3.0]]).tolist()
    [1.0, 3.0]
    """
    a = asarray(a)
    batch, d, results = _eig_stack(a, False)
    return restack([w for w, _ in results], batch, (a._shape[-1],), d)
