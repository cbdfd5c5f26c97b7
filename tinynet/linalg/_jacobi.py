"""Jacobi methods: the symmetric (Hermitian) eigenproblem and the singular value decomposition.

Both repeat plane rotations, each making one pair of rows and columns orthogonal, sweeping over all
pairs until nothing is left to rotate.  They are slower than LAPACK's divide-and-conquer methods but
short, and as accurate or more so:

    >>> w, V = eigh_jacobi([[2.0, 1.0], [1.0, 2.0]])
    >>> [round(x, 12) for x in w]
    [1.0, 3.0]
    >>> U, s, Vh = svd_jacobi([[3.0, 0.0], [0.0, -4.0]], True)
    >>> s
    [4.0, 3.0]

Matrices are lists of rows of Python floats or complex numbers.
"""

import math

from tinynet.linalg._common import BIG, EPS, TINY, LinAlgError, conj, scale_to_unit, unscale
from tinynet.linalg._householder import complete_basis

MAX_SWEEPS = 60  # each sweep converges quadratically in the end; 10 to 15 suffice for n <= 100


def _rotation(zeta):
    """Return (c, s, t) for the rotation that annihilates a 2x2 off-diagonal pair: t is the smaller root of
    t^2 + 2 zeta t - 1 = 0, so |t| <= 1 (the rotation angle is at most pi/4), c = 1/sqrt(1 + t^2), s = c t."""
    if abs(zeta) > BIG:  # t ~ 1 / (2 zeta); zeta^2 would overflow
        t = 0.5 / zeta
    else:
        t = 1.0 / (abs(zeta) + math.sqrt(1.0 + zeta * zeta))
        if zeta < 0:
            t = -t
    c = 1.0 / math.sqrt(1.0 + t * t)
    return c, c * t, t


def eigh_jacobi(A, is_complex=False, compute_v=True):
    """Return (w, V): the eigenvalues of Hermitian A in ascending order, and its eigenvectors as the columns of V.

    The cyclic Jacobi method (Jacobi 1846; Golub and Van Loan, Algorithm 8.5.3).  For each pair p < q
    with a_pq != 0, a rotation J in the (p, q) plane gives A <- J^H A J with a_pq = 0:
    tau = (a_qq - a_pp) / (2 |a_pq|), t = sign(tau) / (|tau| + sqrt(1 + tau^2)), c = 1 / sqrt(1 + t^2),
    s = c t; the diagonal becomes a_pp - t |a_pq| and a_qq + t |a_pq|.  For complex A, the phase
    e = a_pq / |a_pq| is taken out first.  V accumulates the rotations.  Sweeps over all pairs end when
    every |a_pq| <= eps * sqrt(|a_pp a_qq|) (or is below eps^2 * ||A||_F).  A is first scaled by a power
    of two (exact) so that its largest entry is about 1.

    Accuracy: backward stable: the eigenvalues are those of A + E with ||E||_2 <~ n * eps * ||A||_2, so
    they agree with LAPACK's to ~n * eps * ||A||; eigenvectors of eigenvalues separated by a gap g agree
    to ~n * eps * ||A|| / g (up to sign or phase).  Orthogonality of V holds to ~n * eps.

    >>> w, V = eigh_jacobi([[1.0, 0.0], [0.0, -1.0]])
    >>> w, V
    ([-1.0, 1.0], [[0.0, 1.0], [1.0, 0.0]])
    """
    n = len(A)
    zero = 0j if is_complex else 0.0
    A, exponent = scale_to_unit(A, is_complex)
    Vt = [[zero + (1.0 if i == j else 0.0) for j in range(n)] for i in range(n)] if compute_v else None
    frob = math.sqrt(sum([abs(x) * abs(x) for row in A for x in row], 0.0))
    floor = EPS * EPS * frob + TINY
    for _ in range(MAX_SWEEPS):
        rotated = False
        for p in range(n - 1):
            for q in range(p + 1, n):
                apq = A[p][q]
                size = abs(apq)
                if size == 0:
                    continue
                app, aqq = A[p][p], A[q][q]
                if is_complex:
                    app, aqq = app.real, aqq.real
                if size <= EPS * math.sqrt(abs(app * aqq)) or size <= floor:
                    A[p][q] = A[q][p] = zero  # negligible against the diagonal: deflate
                    continue
                rotated = True
                c, s, t = _rotation((aqq - app) / (2.0 * size))
                e = apq / size  # the phase of a_pq (+1 or -1 when real)
                ec = conj(e) if is_complex else e
                # rows p and q of J^H A, for J = D R (D turns column q by conj(e), R is the real rotation):
                # row p <- c row p - s e row q, row q <- s row p + c e row q
                row_p, row_q = A[p], A[q]
                se, ce, sec, cec = s * e, c * e, s * ec, c * ec
                new_p = [c * x - se * y for x, y in zip(row_p, row_q)]
                new_q = [s * x + ce * y for x, y in zip(row_p, row_q)]
                # the columns are the conjugates of the rows (A stays Hermitian), except the 2x2 block
                A[p], A[q] = new_p, new_q
                for k in range(n):
                    if k != p and k != q:
                        row_k = A[k]
                        row_k[p] = conj(new_p[k]) if is_complex else new_p[k]
                        row_k[q] = conj(new_q[k]) if is_complex else new_q[k]
                new_p[p] = zero + (app - t * size)
                new_q[q] = zero + (aqq + t * size)
                new_p[q] = new_q[p] = zero
                # V <- V J: the same combination of V's columns p and q (Vt's rows)
                if compute_v:
                    vp, vq = Vt[p], Vt[q]
                    Vt[p] = [c * x - sec * y for x, y in zip(vp, vq)]
                    Vt[q] = [s * x + cec * y for x, y in zip(vp, vq)]
        if not rotated:
            break
    else:
        raise LinAlgError("Eigenvalues did not converge")
    w = [unscale(A[i][i].real if is_complex else A[i][i], exponent) for i in range(n)]
    order = sorted(range(n), key=lambda i: w[i])
    V = [[Vt[j][i] for j in order] for i in range(n)] if compute_v else None
    return [w[i] for i in order], V


def svd_jacobi(A, compute_uv=True, full_matrices=True, is_complex=False, cols=None):
    """Return (U, s, Vh) with A = U diag(s) Vh, s descending; U and Vh are None unless compute_uv.

    One-sided Jacobi (Hestenes 1958; Demmel and Veselic 1992).  For m >= n, rotate pairs of columns
    of A until all are mutually orthogonal: with alpha = ||a_p||^2, beta = ||a_q||^2 and
    gamma = a_p^H a_q, the rotation zeta = (beta - alpha) / (2 |gamma|), t = sign(zeta) / (|zeta| +
    sqrt(1 + zeta^2)), c = 1 / sqrt(1 + t^2), s = c t makes the pair orthogonal; V accumulates the
    rotations, so A V = W always.  At convergence (every |gamma| <= m * eps * sqrt(alpha beta)) the
    singular values are the column norms of W and U's columns are W's columns divided by them.  For
    m < n the method runs on A^H and the roles of U and V swap.  Missing columns of U or V (full
    matrices, or zero singular values) are completed to an orthonormal basis by Householder QR.  A is
    first scaled by a power of two (exact) so that its largest entry is about 1, against overflow and
    underflow in the squared norms (``scale_to_unit``).

    cols gives A's number of columns when A has no rows.

    Accuracy: backward stable, and more: each singular value is found to high *relative* accuracy,
    ~m * n * eps * sigma_i * cond(A D) for the best column scaling D.  Against LAPACK (gesdd, whose
    error is ~n * eps * sigma_max) the singular values agree to ~n * eps * sigma_max, the
    reconstruction U diag(s) Vh to ~n * eps * ||A||, and singular vectors of a singular value
    separated by a gap g to ~n * eps * ||A|| / g (up to sign or phase).

    >>> U, s, Vh = svd_jacobi([[0.0, 2.0], [1.0, 0.0], [0.0, 0.0]], True, False)
    >>> U, s, Vh
    ([[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]], [2.0, 1.0], [[0.0, 1.0], [1.0, 0.0]])
    """
    m = len(A)
    n = len(A[0]) if m else (cols or 0)
    if m < n:  # A^H = U' S V'^H, so A = V' S U'^H
        At = [[conj(A[i][j]) if is_complex else A[i][j] for i in range(m)] for j in range(n)]
        U2, s, Vh2 = svd_jacobi(At, compute_uv, full_matrices, is_complex, m)
        if not compute_uv:
            return None, s, None
        U = [[conj(x) if is_complex else x for x in row] for row in zip(*Vh2)]
        Vh = [[conj(x) if is_complex else x for x in row] for row in zip(*U2)]
        return U, s, Vh
    zero = 0j if is_complex else 0.0
    A, exponent = scale_to_unit(A, is_complex)
    W = [[A[i][j] for i in range(m)] for j in range(n)]  # W[j] is column j of A V
    Vt = [[zero + (1.0 if i == j else 0.0) for j in range(n)] for i in range(n)] if compute_uv else None
    tol = max(m, 1) * EPS
    for _ in range(MAX_SWEEPS):
        rotated = False
        norms = [_squared_norm(w, is_complex) for w in W]
        for p in range(n - 1):
            for q in range(p + 1, n):
                alpha, beta = norms[p], norms[q]
                wp, wq = W[p], W[q]
                if is_complex:
                    gamma = sum([conj(x) * y for x, y in zip(wp, wq)], zero)
                else:
                    gamma = sum([x * y for x, y in zip(wp, wq)], zero)
                size = abs(gamma)
                if size <= tol * math.sqrt(alpha * beta) or size < TINY:
                    continue
                rotated = True
                c, s, t = _rotation((beta - alpha) / (2.0 * size))
                e = gamma / size
                ec = conj(e) if is_complex else e
                # column q is first turned by conj(e) so that a_p^H a_q is real, then the pair is rotated
                sec, cec = s * ec, c * ec
                W[p] = [c * x - sec * y for x, y in zip(wp, wq)]
                W[q] = [s * x + cec * y for x, y in zip(wp, wq)]
                # the new squared norms, by the update formula unless it cancels (then recompute them)
                alpha, beta = alpha - t * size, beta + t * size
                norms[p] = alpha if alpha > 1e-4 * norms[p] else _squared_norm(W[p], is_complex)
                norms[q] = beta if beta > 1e-4 * norms[q] else _squared_norm(W[q], is_complex)
                if compute_uv:
                    vp, vq = Vt[p], Vt[q]
                    Vt[p] = [c * x - sec * y for x, y in zip(vp, vq)]
                    Vt[q] = [s * x + cec * y for x, y in zip(vp, vq)]
        if not rotated:
            break
    else:
        raise LinAlgError("SVD did not converge")
    # singular values: the column norms, largest first
    sigma = [_norm(w, is_complex) for w in W]
    order = sorted(range(n), key=lambda j: -sigma[j])
    s = [unscale(sigma[j], exponent) for j in order]
    for x in s:
        if x != x:
            raise LinAlgError("SVD did not converge")
    if not compute_uv:
        return None, s, None
    # U's columns: W's columns scaled to unit length; complete the basis where sigma is zero
    # (a column below TINY / EPS is rounding noise, too small to be normalized: it is replaced too)
    columns = [[x / sigma[j] for x in W[j]] for j in order if sigma[j] > TINY / EPS]
    rank = len(columns)
    width = m if full_matrices else n
    if width > rank:
        columns += complete_basis(columns, m, is_complex)[:width - rank]
    U = [[columns[j][i] for j in range(width)] for i in range(m)]
    Vh = [[conj(x) for x in Vt[j]] if is_complex else Vt[j][:] for j in order]
    return U, s, Vh


def _squared_norm(w, is_complex):
    if is_complex:
        return sum([z.real * z.real + z.imag * z.imag for z in w], 0.0)
    return sum([x * x for x in w], 0.0)


def _norm(w, is_complex):
    """||w||_2, rescaled when the sum of squares would underflow or overflow."""
    total = _squared_norm(w, is_complex)
    if 1.0 / BIG < total < BIG:
        return math.sqrt(total)
    big = max([abs(x) for x in w] + [0.0])
    if big == 0 or big != big or big == float("inf"):
        return big
    return big * math.sqrt(_squared_norm([x / big for x in w], is_complex))
