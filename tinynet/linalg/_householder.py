"""Householder reflections: QR factorization and reduction to Hessenberg form, on lists of rows.

A Householder reflector H = I - tau v v^H (v[0] = 1) maps a vector x onto beta e_1, with |beta| = ||x||.
A product of n of them turns any matrix into an upper-triangular R (``qr_factor``), or a square matrix
into upper Hessenberg form, zero below the first subdiagonal (``hessenberg``), using only unitary
transformations.  The conventions are LAPACK's (``xLARFG``, ``xGEQRF``), so ``qr(a, mode='raw')`` gives
the same numbers as NumPy's, and R's diagonal has the same signs.

    >>> R, vs, taus = qr_factor([[3.0, 1.0], [4.0, 2.0]])
    >>> R
    [[-5.0, -2.2], [0.0, 0.3999999999999999]]
    >>> form_q(vs, taus, 2, 2)
    [[-0.6000000000000001, -0.8], [-0.8, 0.6]]

Accuracy: Householder QR is backward stable: the computed Q is orthonormal to ~n * eps and
Q R = A + E with ||E|| <~ n * eps * ||A|| (Golub and Van Loan, section 5.2), the same bound as LAPACK's,
so Q and R agree with NumPy's to about cond(A) * n * eps.
"""

import math

from tinynet.linalg._common import conj, hypot, norm2


def reflector(x, is_complex=False):
    """Return (beta, v, tau) with (I - tau v v^H)^H x = beta e_1, v[0] = 1, beta real (LAPACK's xLARFG).

    beta = -sign(Re x_0) * ||x||, tau = (beta - x_0) / beta, v = x / (x_0 - beta) below v[0].  When
    x_1.. are all zero (and x_0 is real) nothing needs reflecting: tau = 0 and H = I.

    >>> reflector([3.0, 4.0])
    (-5.0, [1.0, 0.5], 1.6)
    >>> reflector([2.0, 0.0])
    (2.0, [1.0, 0.0], 0.0)
    """
    alpha = x[0]
    tail_norm = norm2(x[1:])
    if tail_norm == 0 and (not is_complex or alpha.imag == 0):
        zero = 0j if is_complex else 0.0
        return alpha, [1.0 + zero] + [zero] * (len(x) - 1), zero
    if is_complex:
        size = hypot(hypot(alpha.real, alpha.imag), tail_norm)
        beta = -math.copysign(size, alpha.real)
    else:
        beta = -math.copysign(hypot(alpha, tail_norm), alpha)
    tau = (beta - alpha) / beta
    scale = 1.0 / (alpha - beta)
    v = [1.0 + 0 * alpha] + [xi * scale for xi in x[1:]]
    return beta + 0 * alpha, v, tau


def reflect_rows(M, v, coef, r0, c0, c1, is_complex=False):
    """Apply (I - coef v v^H) from the left to rows r0.. r0+len(v)-1, columns c0..c1-1 of M, in place.

    Each column y of that block becomes y - coef * v * (v^H y).
    """
    k = len(v)
    vc = [conj(z) for z in v] if is_complex else v
    rows = [M[r0 + i] for i in range(k)]
    for j in range(c0, c1):
        w = 0.0
        for i in range(k):
            w += vc[i] * rows[i][j]
        if w != 0:
            w *= coef
            for i in range(k):
                rows[i][j] -= v[i] * w


def reflect_columns(M, v, coef, c0, r0, r1, is_complex=False):
    """Apply (I - coef v v^H) from the right to columns c0.. c0+len(v)-1, rows r0..r1-1 of M, in place.

    Each row y of that block becomes y - coef * (y v) * v^H.
    """
    k = len(v)
    vc = [conj(z) * coef for z in v] if is_complex else [z * coef for z in v]
    for i in range(r0, r1):
        row = M[i]
        w = 0.0
        for j in range(k):
            w += row[c0 + j] * v[j]
        if w != 0:
            for j in range(k):
                row[c0 + j] -= w * vc[j]


def qr_factor(A, is_complex=False):
    """Return (R, vs, taus): the Householder QR factorization A = H_0 H_1 ... H_{k-1} R, k = min(m, n).

    Step j reflects column j of the working matrix, from row j down, onto beta_j e_1 (``reflector``)
    and applies H_j^H to the columns to its right.  R is m x n, zero below the diagonal; vs[j] is the
    reflector's vector (length m - j) and taus[j] its coefficient.

    >>> qr_factor([[1.0], [0.0]])
    ([[1.0], [0.0]], [[1.0, 0.0]], [0.0])
    """
    m = len(A)
    n = len(A[0]) if m else 0
    R = [[complex(x) for x in row] for row in A] if is_complex else [row[:] for row in A]
    zero = 0j if is_complex else 0.0
    vs, taus = [], []
    for j in range(min(m, n)):
        beta, v, tau = reflector([R[i][j] for i in range(j, m)], is_complex)
        # apply H_j^H = I - conj(tau) v v^H to the remaining columns
        if tau != 0:
            reflect_rows(R, v, conj(tau) if is_complex else tau, j, j + 1, n, is_complex)
        R[j][j] = beta
        for i in range(j + 1, m):
            R[i][j] = zero
        vs.append(v)
        taus.append(tau)
    return R, vs, taus


def form_q(vs, taus, m, cols, is_complex=False):
    """Return the first cols columns of Q = H_0 H_1 ... H_{k-1} (an m x cols matrix with orthonormal columns).

    Backward accumulation: start from the first cols columns of I and apply H_{k-1}, ..., H_0 in turn.

    >>> form_q([[1.0, 1.0]], [1.0], 2, 1)
    [[0.0], [-1.0]]
    """
    one = 1 + 0j if is_complex else 1.0
    Q = [[one if i == j else 0 * one for j in range(cols)] for i in range(m)]
    for j in range(len(vs) - 1, -1, -1):
        if taus[j] != 0:
            reflect_rows(Q, vs[j], taus[j], j, 0, cols, is_complex)
    return Q


def complete_basis(U, m, is_complex=False):
    """Return m - r further orthonormal columns (as a list of columns) orthogonal to the r columns in U.

    U is a list of r orthonormal columns of length m.  The complete QR factorization of the m x r
    matrix [U] has Q = [U', W], where the columns of W span the orthogonal complement of U's range.

    >>> complete_basis([[1.0, 0.0, 0.0]], 3)
    [[0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]
    """
    r = len(U)
    if r == 0:
        one = 1 + 0j if is_complex else 1.0
        return [[one if i == j else 0 * one for i in range(m)] for j in range(m)]
    A = [[U[j][i] for j in range(r)] for i in range(m)]
    _, vs, taus = qr_factor(A, is_complex)
    Q = form_q(vs, taus, m, m, is_complex)
    return [[Q[i][j] for i in range(m)] for j in range(r, m)]


def hessenberg(A, is_complex=False):
    """Return (H, Z): A = Z H Z^H with H upper Hessenberg (zero below the first subdiagonal), Z unitary.

    Step k reflects column k below the subdiagonal onto beta e_1: H <- P_k^H H P_k with
    P_k = I - tau v v^H acting on rows and columns k+1..n-1; Z accumulates the product P_0 P_1 ...

    >>> H, Z = hessenberg([[1.0, 2.0, 3.0], [0.0, 4.0, 5.0], [0.0, 0.0, 6.0]])
    >>> H == [[1.0, 2.0, 3.0], [0.0, 4.0, 5.0], [0.0, 0.0, 6.0]]
    True
    """
    n = len(A)
    H = [[complex(x) for x in row] for row in A] if is_complex else [row[:] for row in A]
    one = 1 + 0j if is_complex else 1.0
    Z = [[one if i == j else 0 * one for j in range(n)] for i in range(n)]
    for k in range(n - 2):
        beta, v, tau = reflector([H[i][k] for i in range(k + 1, n)], is_complex)
        if tau == 0:
            continue
        # H <- P^H H (rows k+1.., columns k..), then H <- H P (columns k+1.., all rows)
        reflect_rows(H, v, conj(tau) if is_complex else tau, k + 1, k, n, is_complex)
        reflect_columns(H, v, tau, k + 1, 0, n, is_complex)
        reflect_columns(Z, v, tau, k + 1, 0, n, is_complex)
        H[k + 1][k] = beta
        for i in range(k + 2, n):
            H[i][k] = 0j if is_complex else 0.0
    return H, Z
