"""Triangular factorizations of one square matrix: LU with partial pivoting, and Cholesky.

The matrices are lists of rows of Python floats or complex numbers (``[[4.0, 3.0], [6.0, 3.0]]``).
LU gives the (log-)determinant, linear solves and the inverse; Cholesky factors a
Hermitian positive-definite matrix.

    >>> LU, perm, swaps, singular = lu_factor([[4.0, 3.0], [6.0, 3.0]])
    >>> LU, perm, swaps, singular
    ([[6.0, 3.0], [0.6666666666666666, 1.0]], [1, 0], 1, False)
    >>> lu_solve(LU, perm, [[10.0], [12.0]])
    [[1.0], [2.0]]
    >>> cholesky_lower([[4.0, 2.0], [2.0, 5.0]])
    [[2.0, 0.0], [1.0, 2.0]]

Accuracy: Gaussian elimination with partial pivoting is backward stable in practice: the computed
factors are exact for A + E with |E| <~ n * eps * growth * |A| (the growth factor is small for all but
contrived matrices), so solves and inverses agree with LAPACK's to about cond(A) * n * eps.  Cholesky is
backward stable unconditionally, with |E| <~ n * eps * |A|.
"""

import math

from tinynet.linalg._common import LinAlgError, conj

# LAPACK's sfmin: the smallest float whose reciprocal does not overflow (the smallest normal float;
# 2**-126 where Python's float is single precision, as on most boards)
_SFMIN = math.ldexp(1.0, -1022) or math.ldexp(1.0, -126)


# --------------------------------------------------------------------------
# LU with partial pivoting
# --------------------------------------------------------------------------


def lu_factor(A):
    """Return (LU, perm, swaps, singular): P A = L U by Gaussian elimination with partial pivoting.

    L (unit lower triangular, its 1s not stored) and U share the returned matrix LU; row i of P A is
    row perm[i] of A; swaps counts the row exchanges (the sign of det P is (-1)^swaps); singular says
    whether some pivot was exactly zero, as LAPACK's getrf reports.

    The factors are built a column at a time, left to right (the "left-looking" order of LAPACK's and
    OpenBLAS's getf2).  For column j: (1) bring it up to date with the columns already factored,
    a_ij -= sum_{k < min(i, j)} l_ik u_kj, forming each sum first and subtracting it once; (2) pick as
    pivot the entry of largest magnitude on or below the diagonal and swap its row up; (3) store the
    multipliers l_ij = a_ij * (1 / a_jj) below the diagonal.  In exact arithmetic this is the same
    elimination as subtracting l_ik u_kj one k at a time; in floating point the order decides which
    nearly singular matrices end with an exactly zero pivot, and this order is NumPy's:
    [[1, 2, 3], [4, 5, 6], [7, 8, 9]] is singular in both.

    >>> lu_factor([[1.0, 2.0], [2.0, 4.0]])[3]
    True
    >>> lu_factor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]])[3]
    True
    """
    n = len(A)
    LU = [row[:] for row in A]
    perm = list(range(n))
    swaps = 0
    singular = False
    for j in range(n):
        # (1) u_ij (i < j) and the Schur complement's column (i >= j): subtract the dot product of
        # row i of L with column j of U, both as far as they are known
        column = [row[j] for row in LU]
        for i in range(1, n):
            m = i if i < j else j
            if m:
                row = LU[i]
                t = 0.0
                for k in range(m):
                    t += row[k] * column[k]
                column[i] = row[j] = column[i] - t
        # (2) partial pivoting: the largest |a_ij| for i >= j
        p, big = j, abs(column[j])
        for i in range(j + 1, n):
            size = abs(column[i])
            if size > big:
                p, big = i, size
        if p != j:
            LU[j], LU[p] = LU[p], LU[j]
            column[j], column[p] = column[p], column[j]
            perm[j], perm[p] = perm[p], perm[j]
            swaps += 1
        pivot = column[j]
        if pivot == 0:
            singular = True  # the column is zero on and below the diagonal: nothing to divide
            continue
        # (3) as getf2: multiply by 1 / pivot (divide only by a pivot so small its reciprocal would
        # overflow); a_ij * (1 / a_jj) may differ from a_ij / a_jj in the last bit, so that
        # [[6.81640625, 1], [6.81640625, 1]] leaves a tiny nonzero pivot and is inverted, as in NumPy
        recip = 1 / pivot if abs(pivot) >= _SFMIN else None
        for i in range(j + 1, n):
            LU[i][j] = column[i] * recip if recip is not None else column[i] / pivot
    return LU, perm, swaps, singular


def lu_solve(LU, perm, B):
    """Return X with A X = B from A's LU factors: forward substitution L Y = P B, then back U X = Y.

    B is a list of n rows (one per equation), each holding the right-hand sides' entries.

    >>> lu_solve([[2.0, 0.0], [0.5, 1.0]], [0, 1], [[2.0], [3.0]])
    [[1.0], [2.0]]
    """
    n = len(LU)
    X = [B[p][:] for p in perm]  # P B
    # forward substitution: y_i = b_i - sum_{j<i} l_ij y_j (L has a unit diagonal)
    for i in range(1, n):
        row_l, xi = LU[i], X[i]
        for j in range(i):
            l = row_l[j]
            if l != 0:
                X[i] = xi = [a - l * b for a, b in zip(xi, X[j])]
    # back substitution: x_i = (y_i - sum_{j>i} u_ij x_j) / u_ii
    for i in range(n - 1, -1, -1):
        row_u, xi = LU[i], X[i]
        for j in range(i + 1, n):
            u = row_u[j]
            if u != 0:
                xi = [a - u * b for a, b in zip(xi, X[j])]
        d = row_u[i]
        X[i] = [a / d for a in xi]
    return X


def slogdet_from_lu(LU, swaps, is_complex):
    """Return (sign, log|det A|) from A's LU factors: sign = (-1)^swaps * prod u_ii/|u_ii|, log|det| = sum log|u_ii|.

    A zero pivot gives (0, -inf), as NumPy.  Summing logarithms cannot overflow where the product would.

    >>> slogdet_from_lu([[-2.0, 1.0], [0.0, 4.0]], 0, False)
    (-1.0, 2.0794415416798357)
    """
    sign = complex(-1.0 if swaps % 2 else 1.0) if is_complex else (-1.0 if swaps % 2 else 1.0)
    log_total = 0.0
    for i in range(len(LU)):
        u = LU[i][i]
        size = abs(u)
        if size == 0:
            return (0j if is_complex else 0.0), -float("inf")
        sign *= u / size
        log_total += math.log(size)
    if is_complex:
        size = abs(sign)  # renormalize the phase: the rounding of the product drifts off the unit circle
        sign = sign / size
    return sign, log_total


def solve_matrix(A, B):
    """Return X with A X = B (B a list of rows), raising LinAlgError('Singular matrix') on a zero pivot.

    >>> solve_matrix([[2.0, 1.0], [1.0, 3.0]], [[3.0], [5.0]])
    [[0.8], [1.4]]
    """
    LU, perm, _, singular = lu_factor(A)
    if singular:
        raise LinAlgError("Singular matrix")
    return lu_solve(LU, perm, B)


def inverse(A):
    """Return A^-1 by solving A X = I, raising LinAlgError('Singular matrix') on a zero pivot.

    >>> inverse([[4.0, 7.0], [2.0, 6.0]])
    [[0.6000000000000001, -0.7000000000000001], [-0.2, 0.4]]
    """
    n = len(A)
    one = 1.0 if not n or type(A[0][0]) is not complex else 1 + 0j
    zero = one * 0
    return solve_matrix(A, [[one if i == j else zero for j in range(n)] for i in range(n)])


# --------------------------------------------------------------------------
# Cholesky
# --------------------------------------------------------------------------


def cholesky_lower(A, is_complex=False):
    """Return L, lower triangular with a positive diagonal, with A = L L^H (Cholesky-Banachiewicz).

    Only the lower triangle of A is read.  Row by row:
    l_jj = sqrt(a_jj - sum_{k<j} |l_jk|^2) and l_ij = (a_ij - sum_{k<j} l_ik conj(l_jk)) / l_jj for i > j.
    Raises LinAlgError('Matrix is not positive definite') when a diagonal term is not positive.

    >>> cholesky_lower([[1.0, 0.0], [2.0, 1.0]])
    Traceback (most recent call last):
      ...
    tinynet.linalg.LinAlgError: Matrix is not positive definite
    """
    n = len(A)
    zero = 0j if is_complex else 0.0
    if is_complex:
        A = [[complex(x) for x in row] for row in A]
    L = [[zero] * n for _ in range(n)]
    for j in range(n):
        row_j = L[j]
        # the diagonal term: what is left of a_jj after the earlier columns
        if is_complex:
            d = A[j][j].real - sum([z.real * z.real + z.imag * z.imag for z in row_j[:j]], 0.0)
        else:
            d = A[j][j] - sum([x * x for x in row_j[:j]], 0.0)
        if d <= 0:
            raise LinAlgError("Matrix is not positive definite")
        ljj = math.sqrt(d) if d == d else d  # nan propagates, as in LAPACK
        row_j[j] = ljj + zero
        conj_j = [conj(z) for z in row_j[:j]] if is_complex else row_j[:j]
        # the column below the diagonal
        for i in range(j + 1, n):
            row_i = L[i]
            row_i[j] = (A[i][j] - sum([x * y for x, y in zip(row_i[:j], conj_j)], zero)) / ljj
    return L
