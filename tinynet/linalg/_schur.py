"""Eigenvalues and eigenvectors of a general square matrix, by the QR algorithm on the Schur form.

Three steps, as in LAPACK's ``xGEEV``:

1. reduce A to upper Hessenberg form H = Z^H A Z by Householder reflections (``_householder.hessenberg``);
2. run the shifted QR algorithm on H until it is (quasi-)triangular, the Schur form T = Q^H A Q:
   Francis's implicit double shift for real matrices (complex-conjugate eigenvalues stay in 2x2 blocks on
   the diagonal, and the arithmetic stays real), the Wilkinson single shift for complex ones;
3. find each eigenvector of T by back substitution, and multiply by Q.

    >>> w, V = eig_kernel([[0.0, -1.0], [1.0, 0.0]], False, True)
    >>> w
    [1j, -1j]
    >>> w, V = eig_kernel([[2.0, 0.0], [0.0, 3.0]], False, True)
    >>> w, V
    ([2.0, 3.0], [[1.0, 0.0], [0.0, 1.0]])

Accuracy: the QR algorithm is backward stable: the computed Schur form is exact for A + E with
||E|| <~ n^2 * eps * ||A|| (in practice ~n * eps * ||A||), the same as LAPACK's.  Each computed eigenvalue
lambda is then off by about eps * ||A|| * cond(lambda), where cond(lambda) = 1 / |y^H x| for unit left and
right eigenvectors y, x; for a normal matrix that is eps * ||A||.  Eigenvectors are accurate to about
eps * ||A|| / gap (up to a scalar factor), and are normalized to unit length with their largest
component real, as LAPACK's.
"""

import cmath
import math

from tinynet.linalg._common import BIG, EPS, TINY, LinAlgError, conj, divide, norm2, scale_to_unit, unscale
from tinynet.linalg._householder import hessenberg, reflect_columns, reflect_rows, reflector

MAX_ITERATIONS = 100  # QR sweeps allowed per eigenvalue found; 2 to 4 is typical


# --------------------------------------------------------------------------
# Deflation
# --------------------------------------------------------------------------


def _split_point(H, hi, scale):
    """Return the smallest l <= hi such that H[l][l-1] .. H[hi][hi-1] are all nonzero, zeroing a negligible one.

    A subdiagonal entry is negligible when |h_l,l-1| <= eps * (|h_l-1,l-1| + |h_ll|): setting it to zero
    changes A by less than its own rounding.  H then splits into independent blocks.
    """
    l = hi
    while l > 0:
        s = abs(H[l - 1][l - 1]) + abs(H[l][l])
        if s == 0:
            s = scale
        if abs(H[l][l - 1]) <= EPS * s:
            H[l][l - 1] = 0 * H[l][l - 1]
            return l
        l -= 1
    return 0


def _matrix_scale(H):
    total = 0.0
    for row in H:
        for x in row:
            total += abs(x)
    return total


# --------------------------------------------------------------------------
# Real matrices: Francis double shift
# --------------------------------------------------------------------------


def real_schur(H, Z):
    """Turn upper Hessenberg H into the real Schur form T in place (Z <- Z Q when Z is not None).

    Francis's implicit double-shift QR step (Golub and Van Loan, Algorithm 7.5.1): the two shifts are the
    eigenvalues of the trailing 2x2 block of the active window, entering only through their sum s and
    product t, so the arithmetic stays real.  The first column of (H - s1 I)(H - s2 I) is formed, a
    3x3 Householder reflector maps it onto e_1, and the bulge this creates below the subdiagonal is
    chased down and out by further reflectors.  A negligible subdiagonal entry splits off a converged
    1x1 block (a real eigenvalue) or 2x2 block (``_standardize``), and the window shrinks.
    """
    n = len(H)
    scale = _matrix_scale(H)
    hi = n - 1
    its = 0
    while hi >= 0:
        l = _split_point(H, hi, scale)
        if l == hi:  # a 1x1 block has converged
            hi -= 1
            its = 0
            continue
        if l == hi - 1:  # a 2x2 block has converged
            _standardize(H, Z, hi - 1)
            hi -= 2
            its = 0
            continue
        its += 1
        if its > MAX_ITERATIONS:
            raise LinAlgError("Eigenvalues did not converge")
        # the shifts' sum s and product t: from the trailing 2x2 block, or an exceptional pair
        if its % 10 == 0:
            w = abs(H[hi][hi - 1]) + abs(H[hi - 1][hi - 2])
            s, t = 1.5 * w, w * w
        else:
            s = H[hi - 1][hi - 1] + H[hi][hi]
            t = H[hi - 1][hi - 1] * H[hi][hi] - H[hi - 1][hi] * H[hi][hi - 1]
        _francis_step(H, Z, l, hi, s, t)
    return H


def _francis_step(H, Z, l, hi, s, t):
    """One implicit double-shift QR sweep over the window H[l..hi][l..hi]."""
    n = len(H)
    # the first column of (H - s1 I)(H - s2 I) = H^2 - s H + t I has three nonzero entries
    h00, h01, h10 = H[l][l], H[l][l + 1], H[l + 1][l]
    x = h00 * h00 + h01 * h10 - s * h00 + t
    y = h10 * (h00 + H[l + 1][l + 1] - s)
    z = h10 * H[l + 2][l + 1]
    for k in range(l, hi):
        vector = [x, y, z] if k < hi - 1 else [x, y]
        beta, v, tau = reflector(vector)
        size = len(v)
        if tau != 0:
            # P H P with P = I - tau v v^T on rows and columns k..k+size-1
            reflect_rows(H, v, tau, k, max(l, k - 1), n)
            reflect_columns(H, v, tau, k, 0, min(k + size, hi) + 1)
            if Z is not None:
                reflect_columns(Z, v, tau, k, 0, n)
            if k > l:  # the bulge's column is now beta e_1
                H[k][k - 1] = beta
                for i in range(k + 1, k + size):
                    H[i][k - 1] = 0.0
        # the next vector to reflect is the bulge below the subdiagonal
        if k < hi - 1:
            x, y = H[k + 1][k], H[k + 2][k]
            z = H[k + 3][k] if k < hi - 2 else 0.0


def _standardize(H, Z, i):
    """Make the converged 2x2 block at rows/columns i, i+1 upper triangular if its eigenvalues are real.

    With p = (a - d) / 2 and disc = p^2 + b c, the eigenvalues are d + p +- sqrt(disc).  When disc >= 0,
    the rotation whose first column is an eigenvector (z, c), z = p + sign(p) sqrt(disc), makes the block
    triangular with lambda_1 = d + z on top.  A complex pair (disc < 0) keeps its 2x2 block.
    """
    n = len(H)
    a, b, c, d = H[i][i], H[i][i + 1], H[i + 1][i], H[i + 1][i + 1]
    if c == 0:
        return
    p = 0.5 * (a - d)
    disc = p * p + b * c
    if disc < 0:
        return
    z = p + math.copysign(math.sqrt(disc), p)
    lam1 = d + z
    lam2 = d - b * c / z if z != 0 else d
    r = math.sqrt(z * z + c * c)
    cs, sn = z / r, c / r
    # H <- G^T H G with G = [[cs, -sn], [sn, cs]] in the (i, i+1) plane
    row_i, row_j = H[i], H[i + 1]
    for j in range(i, n):
        x, y = row_i[j], row_j[j]
        row_i[j], row_j[j] = cs * x + sn * y, cs * y - sn * x
    for M, rows in ((H, i + 2), (Z, n)):
        if M is None:
            continue
        for k in range(rows):
            row = M[k]
            x, y = row[i], row[i + 1]
            row[i], row[i + 1] = cs * x + sn * y, cs * y - sn * x
    H[i][i], H[i + 1][i + 1], H[i + 1][i] = lam1, lam2, 0.0


def real_schur_eigenvalues(T):
    """Return the eigenvalues on the diagonal of a real Schur form, complex pairs (+ imaginary part first).

    >>> real_schur_eigenvalues([[1.0, 2.0, 0.0], [-2.0, 1.0, 0.0], [0.0, 0.0, 5.0]])
    [(1+2j), (1-2j), 5.0]
    """
    n = len(T)
    values = []
    i = 0
    while i < n:
        if i + 1 < n and T[i + 1][i] != 0:
            a, b, c, d = T[i][i], T[i][i + 1], T[i + 1][i], T[i + 1][i + 1]
            p = 0.5 * (a - d)
            im = math.sqrt(-(p * p + b * c))
            re = 0.5 * (a + d)
            values.extend([complex(re, im), complex(re, -im)])
            i += 2
        else:
            values.append(T[i][i])
            i += 1
    return values


# --------------------------------------------------------------------------
# Complex matrices: Wilkinson single shift
# --------------------------------------------------------------------------


def complex_schur(H, Z):
    """Turn complex upper Hessenberg H into upper-triangular T in place (Z <- Z Q when Z is not None).

    The implicit single-shift QR step: the shift mu is the eigenvalue of the trailing 2x2 block nearer
    its last diagonal entry (Wilkinson's shift); a Givens rotation maps the first column of H - mu I
    onto e_1, and further rotations chase the bulge down the subdiagonal.
    """
    n = len(H)
    scale = _matrix_scale(H)
    hi = n - 1
    its = 0
    while hi >= 0:
        l = _split_point(H, hi, scale)
        if l == hi:
            hi -= 1
            its = 0
            continue
        its += 1
        if its > MAX_ITERATIONS:
            raise LinAlgError("Eigenvalues did not converge")
        a, b, c, d = H[hi - 1][hi - 1], H[hi - 1][hi], H[hi][hi - 1], H[hi][hi]
        if its % 10 == 0:
            mu = d + 0.75 * abs(c)  # an exceptional shift breaks a cycle
        else:
            p = 0.5 * (a - d)
            root = cmath.sqrt(p * p + b * c)
            # eigenvalues d + p +- root; take the one nearer d
            mu = d + p - root if abs(p - root) <= abs(p + root) else d + p + root
        _single_shift_step(H, Z, l, hi, mu)
    for i in range(1, n):
        for j in range(i - 1):
            H[i][j] = 0j
    return H


def _givens(x, y):
    """Return (c, s), c real, with [[c, s], [-conj(s), c]] [x, y] = [r, 0]."""
    if y == 0:
        return 1.0, 0j
    if x == 0:
        return 0.0, conj(y) / abs(y)
    ax = abs(x)
    r = math.sqrt(ax * ax + abs(y) ** 2)
    return ax / r, (x / ax) * conj(y) / r


def _single_shift_step(H, Z, l, hi, mu):
    n = len(H)
    x, y = H[l][l] - mu, H[l + 1][l]
    for k in range(l, hi):
        c, s = _givens(x, y)
        sc = conj(s)
        # rows k, k+1 <- G [rows k, k+1]
        row_k, row_j = H[k], H[k + 1]
        for j in range(max(l, k - 1), n):
            u, w = row_k[j], row_j[j]
            row_k[j], row_j[j] = c * u + s * w, c * w - sc * u
        # columns k, k+1 <- [columns k, k+1] G^H
        for M, rows in ((H, min(k + 2, hi) + 1), (Z, n)):
            if M is None:
                continue
            for i in range(rows):
                row = M[i]
                u, w = row[k], row[k + 1]
                row[k], row[k + 1] = c * u + sc * w, c * w - s * u
        if k > l:
            H[k + 1][k - 1] = 0j
        if k < hi - 1:
            x, y = H[k + 1][k], H[k + 2][k]


# --------------------------------------------------------------------------
# Eigenvectors
# --------------------------------------------------------------------------


def _blocks(T, real):
    """Return the diagonal blocks of a (quasi-)triangular T as (start, size) pairs."""
    n = len(T)
    blocks = []
    i = 0
    while i < n:
        size = 2 if real and i + 1 < n and T[i + 1][i] != 0 else 1
        blocks.append((i, size))
        i += size
    return blocks


def _triangular_vector(T, blocks, b, lam):
    """Return x with (T - lam I) x = 0, zero below block b: back substitution through the blocks above.

    Start with the null vector of block b itself, then for each block j above solve
    (T_jj - lam I) x_j = -sum_{l > j} T_jl x_l, replacing a near-zero pivot by smin (as LAPACK's xTREVC)
    so that repeated eigenvalues still give a vector.
    """
    n = len(T)
    start, size = blocks[b]
    end = start + size
    zero = lam * 0
    x = [zero] * end
    if size == 1:
        x[start] = zero + 1.0
    else:
        x[start] = T[start][start + 1] + zero
        x[start + 1] = lam - T[start][start]
    smin = max(EPS * (abs(lam.real) + abs(lam.imag)) if type(lam) is complex else EPS * abs(lam),
               TINY * n / EPS)
    for j in range(b - 1, -1, -1):
        s0, sz = blocks[j]
        rhs = []
        for i in range(s0, s0 + sz):
            row = T[i]
            total = zero
            for k in range(s0 + sz, end):
                total += row[k] * x[k]
            rhs.append(-total)
        if sz == 1:
            den = T[s0][s0] - lam
            if abs(den) < smin:
                den = smin
            x[s0] = divide(rhs[0], den)
        else:
            a, bb = T[s0][s0] - lam, T[s0][s0 + 1]
            c, d = T[s0 + 1][s0], T[s0 + 1][s0 + 1] - lam
            det = a * d - bb * c
            if abs(det) < smin * smin:
                det = smin * smin
            x[s0] = divide(rhs[0] * d - bb * rhs[1], det)
            x[s0 + 1] = divide(a * rhs[1] - c * rhs[0], det)
        big = max([abs(v) for v in x])
        if big > BIG:  # rescale against overflow; only the direction matters
            x = [divide(v, big) for v in x]
    return x


def _normalize(v):
    """Scale v to unit 2-norm, with its largest component real and positive when complex (LAPACK's rule)."""
    norm = norm2(v)
    if norm == 0 or norm != norm:
        return v
    if type(v[0]) is complex:
        k = max(range(len(v)), key=lambda i: abs(v[i]))
        phase = conj(v[k]) / abs(v[k])
        v = [z * phase / norm for z in v]
        v[k] = complex(v[k].real, 0.0)
        return v
    return [z / norm for z in v]


def schur_vectors(T, Q, real):
    """Return the eigenvectors of A = Q T Q^H as the columns of a matrix, in the order of T's diagonal.

    For a real T, the vector of the second eigenvalue of a complex pair is the conjugate of the first's.
    """
    n = len(T)
    blocks = _blocks(T, real)
    columns = []
    for b in range(len(blocks)):
        start, size = blocks[b]
        if size == 1:
            lam = T[start][start]
        else:
            lam = real_schur_eigenvalues([[T[start][start], T[start][start + 1]],
                                          [T[start + 1][start], T[start + 1][start + 1]]])[0]
        x = _triangular_vector(T, blocks, b, lam)
        # v = Q x (x is zero below its block)
        v = [sum([Q[i][k] * x[k] for k in range(len(x))], lam * 0) for i in range(n)]
        v = _normalize(v)
        columns.append(v)
        if size == 2:
            columns.append([conj(z) for z in v])
    return [[columns[j][i] for j in range(n)] for i in range(n)]


def eig_kernel(A, is_complex, compute_v):
    """Return (w, V): the eigenvalues of square A and (if compute_v) its unit eigenvectors as V's columns.

    >>> eig_kernel([[1.0, 1.0], [0.0, 2.0]], False, False)
    ([1.0, 2.0], None)
    """
    n = len(A)
    if n == 0:
        return [], ([] if compute_v else None)
    # scale by a power of two (exact, as LAPACK's xGEEV does) so that the largest entry is about 1:
    # the shifts' products in the QR sweeps then cannot overflow
    A, exponent = scale_to_unit(A, is_complex)
    H, Z = hessenberg(A, is_complex)
    if not compute_v:
        Z = None
    if is_complex:
        complex_schur(H, Z)
        w = [H[i][i] for i in range(n)]
    else:
        real_schur(H, Z)
        w = real_schur_eigenvalues(H)
    vectors = schur_vectors(H, Z, not is_complex) if compute_v else None
    return [unscale(x, exponent) for x in w], vectors
