"""Determinants, inverses and linear systems, as ``numpy.linalg``, on stacks of matrices.

NumPy hands these to LAPACK; here they are the textbook algorithms (``_triangular`` for LU and
Cholesky, ``_jacobi`` for the SVD behind least squares and the pseudo-inverse), so a student can read
them.  Every function takes a stack (..., M, N) and works matrix by matrix; float32 input gives float32
results, integers give float64, complex stays complex.  Results agree with NumPy's to rounding (the
order of operations differs, so not bit for bit):

    >>> from tinynet import linalg
    >>> linalg.det([[1.0, 2.0], [3.0, 4.0]]).round(12)
    np.float64(-2.0)
    >>> linalg.solve([[2.0, 0.0], [0.0, 4.0]], [2.0, 2.0]).tolist()
    [1.0, 0.5]
    >>> linalg.det([[[2.0, 0.0], [0.0, 3.0]], [[1.0, 1.0], [1.0, 1.0]]]).tolist()
    [6.0, 0.0]
"""

from tinynet.core import dtypes, floats
from tinynet.core.dtypes import BOOL, FLOAT32, INT32, INT64, finfo
from tinynet.core.ndarray import asarray, ndarray
from tinynet.linalg import _common as common
from tinynet.linalg._common import (
    EPS,
    LinAlgError,
    SlogdetResult,
    conj,
    finish,
    restack,
    result_dtype,
    shape_text,
    unstack,
)
from tinynet.linalg._decompositions import svd_stack
from tinynet.linalg._triangular import (
    cholesky_lower,
    inverse,
    lu_factor,
    slogdet_from_lu,
    solve_matrix,
)

_NO_VALUE = object()  # marks a keyword that was not given (pinv's rtol)
_FLOAT32_EPS = 2.0 ** -23


# --------------------------------------------------------------------------
# Determinants
# --------------------------------------------------------------------------


def det(a):
    """Return the determinant of each matrix, from its LU factors: det A = (-1)^swaps * prod_i u_ii.

    det(P A) = det(L) det(U) = prod_i u_ii and det P = (-1)^swaps.  As NumPy does, the product is
    formed as sign * exp(sum_i log |u_ii|) (see slogdet), so the results agree to the last bits;
    a singular matrix gives 0 and a 0x0 matrix 1.

    Accuracy: backward stable (Gaussian elimination with partial pivoting); the relative error is
    ~N * eps * cond(A), as LAPACK's.

    >>> det([[2.0, 0.0], [0.0, 3.0]])
    np.float64(6.0)
    >>> det([[1, 2], [2, 4]])
    np.float64(0.0)
    """
    a = asarray(a)
    common.check_stacked_square(a)
    d = result_dtype(a)
    batch, mats = unstack(a, common.is_complex(d))
    cplx = common.is_complex(d)
    values = []
    for A in mats:
        LU, _, swaps, _ = lu_factor(A)
        sign, logdet = slogdet_from_lu(LU, swaps, cplx)
        values.append(sign * floats.exp(logdet))
    return finish(values, batch, d)


def slogdet(a):
    """Return SlogdetResult(sign, logabsdet) with det(A) = sign * exp(logabsdet), without overflow.

    From the LU factors: sign = (-1)^swaps * prod_i u_ii / |u_ii| (a unit complex number for complex A)
    and logabsdet = sum_i log |u_ii|.  A singular matrix gives sign 0 and logabsdet -inf.

    Accuracy: logabsdet is off by ~N * eps * cond(A) (absolute), as LAPACK's.

    >>> slogdet([[-2.0, 0.0], [0.0, 1.5]])
    SlogdetResult(sign=np.float64(-1.0), logabsdet=np.float64(1.0986122886681096))
    """
    a = asarray(a)
    common.check_stacked_square(a)
    d = result_dtype(a)
    cplx = common.is_complex(d)
    batch, mats = unstack(a, cplx)
    signs, logs = [], []
    for A in mats:
        LU, _, swaps, _ = lu_factor(A)
        sign, logdet = slogdet_from_lu(LU, swaps, cplx)
        signs.append(sign)
        logs.append(logdet)
    return SlogdetResult(finish(signs, batch, d), finish(logs, batch, common.real_of(d)))


# --------------------------------------------------------------------------
# Inverses and solves
# --------------------------------------------------------------------------


def inv(a):
    """Return the inverse of each matrix: A^-1 with A A^-1 = I, by LU with partial pivoting.

    Accuracy: ||X - A^-1|| / ||A^-1|| ~ N * eps * cond(A), as LAPACK's getri.

    >>> inv([[4.0, 7.0], [2.0, 6.0]]).round(2).tolist()
    [[0.6, -0.7], [-0.2, 0.4]]
    >>> inv([[1.0, 2.0], [2.0, 4.0]])
    Traceback (most recent call last):
      ...
    tinynet.linalg.LinAlgError: Singular matrix
    """
    a = asarray(a)
    common.check_stacked_square(a)
    d = result_dtype(a)
    batch, mats = unstack(a, common.is_complex(d))
    n = a._shape[-1]
    return restack([inverse(A) for A in mats], batch, (n, n), d)


def _mismatch(name, signature, size, expected):
    return ValueError("%s: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature %s "
                      "(size %d is different from %d)" % (name, signature, size, expected))


def solve(a, b):
    """Return x with a @ x = b for each square, non-singular matrix of a (LU with partial pivoting).

    NumPy 2's rule for b: a 1-d b (M,) is one vector, solved against every matrix of a; otherwise b is
    a stack of (M, K) matrices whose batch axes broadcast against a's.

    Accuracy: backward stable; ||x - x_true|| / ||x_true|| ~ N * eps * cond(a), as LAPACK's gesv.

    >>> solve([[1.0, 1.0], [1.0, -1.0]], [3.0, 1.0]).tolist()
    [2.0, 1.0]
    >>> solve([[[2.0]], [[4.0]]], [[[8.0]]]).tolist()
    [[[4.0]], [[2.0]]]
    """
    a = asarray(a)
    common.check_stacked_square(a)
    b = asarray(b)
    d = result_dtype(a, b)
    cplx = common.is_complex(d)
    m = a._shape[-1]
    a_batch, mats = unstack(a, cplx)
    if b.ndim == 1:
        if b._shape[0] != m:
            raise _mismatch("solve1", "(m,m),(m)->(m)", b._shape[0], m)
        column = [[x] for x in common.python_values(b, cplx)]
        solutions = [[row[0] for row in solve_matrix(A, column)] for A in mats]
        return restack(solutions, a_batch, (m,), d)
    signature = "(m,m),(m,n)->(m,n)"
    if b.ndim < 2:
        raise ValueError("solve: Input operand 1 does not have enough dimensions (has %d, gufunc core with "
                         "signature %s requires 2)" % (b.ndim, signature))
    if b._shape[-2] != m:
        raise _mismatch("solve", signature, b._shape[-2], m)
    k = b._shape[-1]
    b_batch, rhs = unstack(b, cplx)
    joined = common.broadcast_batches(a_batch, b_batch)
    if joined is None:
        raise ValueError(
            "operands could not be broadcast together with remapped shapes [original->remapped]: "
            "%s->%s %s->%s  and requested shape %s"
            % (shape_text(a._shape), shape_text(a_batch + (None, None)),
               shape_text(b._shape), shape_text(b_batch + (None, None)), shape_text((m, k))))
    batch, (ia, ib) = joined
    return restack([solve_matrix(mats[i], rhs[j]) for i, j in zip(ia, ib)], batch, (m, k), d)


def cholesky(a, *, upper=False):
    """Return the Cholesky factor of each Hermitian positive-definite matrix: A = L L^H (or U^H U if upper).

    L is lower triangular with a positive real diagonal; only A's lower triangle is read (the upper one
    when upper=True, and then U = L^H is returned).  Cholesky-Banachiewicz, see ``_triangular``.

    Accuracy: backward stable; L L^H = A + E with ||E|| <~ N * eps * ||A||, as LAPACK's potrf.

    >>> cholesky([[4.0, 2.0], [2.0, 5.0]]).tolist()
    [[2.0, 0.0], [1.0, 2.0]]
    >>> cholesky([[4.0, 2.0], [2.0, 5.0]], upper=True).tolist()
    [[2.0, 1.0], [0.0, 2.0]]
    """
    a = asarray(a)
    common.check_stacked_square(a)
    d = result_dtype(a)
    cplx = common.is_complex(d)
    batch, mats = unstack(a, cplx)
    n = a._shape[-1]
    factors = []
    for A in mats:
        if upper:  # the upper triangle of A is the lower triangle of A^H, and U = L^H
            L = cholesky_lower(common.transpose(A, n, n, cplx), cplx)
            zero = L[0][0] * 0 if n else 0.0
            factors.append([[zero if j < i else L[j][i] if j == i or not cplx else conj(L[j][i])
                             for j in range(n)] for i in range(n)])
        else:
            factors.append(cholesky_lower(A, cplx))
    return restack(factors, batch, (n, n), d)


# --------------------------------------------------------------------------
# Least squares, pseudo-inverse and rank (through the SVD)
# --------------------------------------------------------------------------


def lstsq(a, b, rcond=None):
    """Return (x, residuals, rank, s): the least-squares solution minimizing ||b - a x||_2, via the SVD.

    With a = U diag(s) V^H, x = V diag(1/s_i) U^H b over the singular values s_i > rcond * s_0 (the
    others count as zero, which gives the minimum-norm solution when a is rank-deficient).  rcond=None
    means eps * max(M, N); a negative rcond means eps.  residuals holds ||b - a x||^2 for each column
    of b when rank == N < M, and is empty otherwise, as NumPy.  rank is an int32; s holds a's singular
    values.  a must be 2-d, b 1-d or 2-d.

    Accuracy: backward stable (as LAPACK's gelsd); x agrees with NumPy's to ~N * eps * cond(a) (more
    when the residual is large: ~eps * cond(a)^2 * ||r|| / ||a|| ||x||).

    >>> x, residuals, rank, s = lstsq([[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]], [1.0, 2.0, 3.0])
    >>> x.tolist(), residuals.tolist(), rank, s.tolist()
    ([1.0, 2.0], [9.0], np.int32(2), [1.0, 1.0])
    """
    a = asarray(a)
    b = asarray(b)
    is_1d = b.ndim == 1
    if is_1d:
        b = b.reshape(b._shape[0], 1)
    common.check_2d(a, b)
    m, n = a._shape
    m2, n_rhs = b._shape
    if m != m2:
        raise LinAlgError("Incompatible dimensions")
    d = result_dtype(a, b)
    cplx = common.is_complex(d)
    real = common.real_of(d)
    if rcond is None:
        rcond = EPS * max(n, m)
    elif rcond < 0:
        rcond = EPS
    _, _, [(U, s, Vh)] = svd_stack(a, True, False)
    A = unstack(a, cplx)[1][0]
    B = unstack(b, cplx)[1][0]
    cutoff = rcond * (s[0] if s else 0.0)
    rank = len([x for x in s if x > cutoff])
    zero = 0j if cplx else 0.0
    # c = diag(1/s) U^H b over the first `rank` singular values, then x = V c
    c = []
    for i in range(rank):
        u_col = [conj(U[r][i]) if cplx else U[r][i] for r in range(m)]
        c.append([sum([u * B[r][j] for r, u in enumerate(u_col)], zero) / s[i] for j in range(n_rhs)])
    X = [[sum([(conj(Vh[i][row]) if cplx else Vh[i][row]) * c[i][j] for i in range(rank)], zero)
          for j in range(n_rhs)] for row in range(n)]
    # residuals: ||b_j - a x_j||^2 for each column, only for a full-rank tall a
    residuals = []
    if rank == n and m > n:
        for j in range(n_rhs):
            column = [X[i][j] for i in range(n)]
            residuals.append(sum([abs(B[r][j] - sum([x * y for x, y in zip(A[r], column)], zero)) ** 2
                                  for r in range(m)], 0.0))
    x = restack([[row[0] for row in X]] if is_1d else [X], (), (n,) if is_1d else (n, n_rhs), d)
    return (x, restack([residuals], (), (len(residuals),), real), dtypes.scalar(rank, INT32),
            restack([s], (), (len(s),), real))


def pinv(a, rcond=None, hermitian=False, *, rtol=_NO_VALUE):
    """Return the Moore-Penrose pseudo-inverse of each matrix: A^+ = V diag(1/s_i) U^H, via the SVD.

    Singular values s_i <= rcond * max(s) count as zero.  rcond defaults to 1e-15; passing rtol instead
    (the array API's name) sets the same cutoff, and rtol=None means max(M, N) * eps.  hermitian=True
    uses the eigendecomposition.  The result is (..., N, M).

    Accuracy: ~N * eps * cond(A) relative to ||A^+||, as NumPy's own SVD-based pinv.

    >>> pinv([[1.0, 0.0], [0.0, 2.0], [0.0, 0.0]]).tolist()
    [[1.0, 0.0, 0.0], [0.0, 0.5, 0.0]]
    """
    a = asarray(a)
    if rcond is None:
        if rtol is _NO_VALUE:
            rcond = 1e-15
        elif rtol is None:
            rcond = max(a._shape[-2:]) * float(finfo(a._dtype).eps)
        else:
            rcond = rtol
    elif rtol is not _NO_VALUE:
        raise ValueError("`rtol` and `rcond` can't be both set.")
    rcond = asarray(rcond)
    if a.size == 0 and _product(a._shape[-2:]) == 0:  # an empty matrix: its pseudo-inverse is empty too
        m, n = a._shape[-2:]
        return ndarray._make([], a._shape[:-2] + (n, m), a._dtype)
    conj_a = a.conj() if a._dtype.kind == "c" else a
    batch, d, results = svd_stack(conj_a, True, False, hermitian)
    cutoffs = _per_matrix(rcond, batch)
    out = []
    for (U, s, Vh), rc in zip(results, cutoffs):
        cutoff = rc * max(s + [0.0])
        s_inv = [1.0 / x if x > cutoff else 0.0 for x in s]
        m, k = len(U), len(s)
        n = len(Vh[0]) if Vh else conj_a._shape[-1]
        # A^+ = Vh^T diag(s_inv) U^T (for conj(A) = U S Vh, this is the pseudo-inverse of A)
        out.append([[sum([Vh[i][row] * s_inv[i] * U[col][i] for i in range(k)], 0.0) for col in range(m)]
                    for row in range(n)])
    m, n = a._shape[-2:]
    return restack(out, batch, (n, m), d)


def _per_matrix(values, batch):
    """The values of a scalar or array broadcast over a batch shape, one per matrix (as floats)."""
    joined = common.broadcast_batches(batch, values._shape)
    if joined is None or joined[0] != tuple(batch):
        raise ValueError("operands could not be broadcast together with shapes %s %s"
                         % (shape_text(values._shape), shape_text(tuple(batch))))
    flat = [float(x) for x in values._values()]
    return [flat[j] for j in joined[1][1]]


def matrix_rank(A, tol=None, hermitian=False, *, rtol=None):
    """Return the rank of each matrix: the number of singular values above tol.

    tol defaults to S.max() * max(M, N) * eps (eps of the result's float type); rtol sets the relative
    cutoff S.max() * rtol instead.  An array tol or rtol broadcasts against the stack, as NumPy's.  An
    array with fewer than two axes has rank 1 unless all zero.

    Accuracy: exact away from the cutoff; singular values within ~N * eps * S.max() of it may be
    counted differently from NumPy.

    >>> matrix_rank([[1.0, 2.0], [2.0, 4.0]]), matrix_rank([[1.0, 0.0], [0.0, 1.0]]), matrix_rank([0, 0])
    (np.int64(1), np.int64(2), 0)
    """
    if rtol is not None and tol is not None:
        raise ValueError("`tol` and `rtol` can't be both set.")
    A = asarray(A)
    if A.ndim < 2:
        return int(any(v != 0 for v in A._values()))
    batch, d, results = svd_stack(A, False, False, hermitian)
    real = common.real_of(d)
    svals = [dtypes.fix(s, real) for _, s, _ in results]
    k = min(A._shape[-2:]) if not hermitian else A._shape[-1]
    if tol is None and rtol is None:
        eps = _FLOAT32_EPS if real is FLOAT32 else EPS
        cutoffs = [max(s + [0.0]) * max(A._shape[-2:]) * eps for s in svals]
        return finish([len([x for x in s if x > t]) for s, t in zip(svals, cutoffs)], batch, INT64)
    given = asarray(tol if tol is not None else rtol)
    joined = common.broadcast_batches(batch, given._shape)
    if joined is None:
        left = batch + ((k,) if tol is not None else (1,))
        raise ValueError("operands could not be broadcast together with shapes %s %s "
                         % (shape_text(left), shape_text(given._shape + (1,))))
    out_batch, (i_s, i_t) = joined
    limits = [float(x) for x in given._values()]
    ranks = []
    for i, j in zip(i_s, i_t):
        s = svals[i]
        cutoff = limits[j] if tol is not None else max(s + [0.0]) * limits[j]
        ranks.append(len([x for x in s if x > cutoff]))
    return finish(ranks, out_batch, INT64)


# --------------------------------------------------------------------------
# Powers and tensor equations
# --------------------------------------------------------------------------


def _index(n):
    if type(n) is int:
        return n
    if isinstance(n, bool):
        return int(n)
    index = getattr(n, "__index__", None)
    if index is None:
        raise TypeError("exponent must be an integer")
    try:
        return index()
    except TypeError:
        raise TypeError("exponent must be an integer")


def matrix_power(a, n):
    """Return a^n for each square matrix by repeated squaring: n = 0 gives I, n < 0 inverts first.

    a^n is built from the binary digits of n: square z = a, a^2, a^4, ... and multiply into the result
    the powers whose bit is set, about 2 log2(n) products.  Integer matrices stay integer (with the
    dtype's wrap-around), as NumPy.

    >>> matrix_power([[1, 1], [1, 0]], 10).tolist()
    [[89, 55], [55, 34]]
    >>> matrix_power([[2.0, 0.0], [0.0, 4.0]], -1).tolist()
    [[0.5, 0.0], [0.0, 0.25]]
    """
    from tinynet.core.ufunc import matmul

    a = asarray(a)
    common.check_stacked_square(a)
    n = _index(n)
    if n == 0:
        size = a._shape[-1]
        zero, one = dtypes.cast([False, True], BOOL, a._dtype)
        eye = [one if i == j else zero for i in range(size) for j in range(size)]
        count = a.size // (size * size) if size else 0
        return ndarray._make(eye * count if size else [], a._shape, a._dtype)
    if n < 0:
        a = inv(a)
        n = -n
    if n == 1:
        return a
    if n == 2:
        return matmul(a, a)
    if n == 3:
        return matmul(matmul(a, a), a)
    z = result = None
    while n > 0:
        z = a if z is None else matmul(z, z)  # z = a^(2^i)
        n, bit = divmod(n, 2)
        if bit:
            result = z if result is None else matmul(result, z)
    return result


def _product(shape):
    total = 1
    for k in shape:
        total *= k
    return total


def tensorsolve(a, b, axes=None):
    """Return x with tensordot(a, x, axes=x.ndim) = b, by reshaping to a square linear system.

    a's leading axes match b's shape and its trailing axes give x's shape; the product of each set must
    be equal.  axes moves the listed axes of a to the end first.

    >>> tensorsolve([[[2.0, 0.0], [0.0, 4.0]]], [[2.0, 8.0]]).tolist()
    [1.0, 2.0]
    """
    a = asarray(a)
    b = asarray(b)
    an = a.ndim
    if axes is not None:
        order = list(range(an))
        for k in axes:
            order.remove(k)
            order.insert(an, k)
        a = a.transpose(order)
    old_shape = a._shape[-(an - b.ndim):]
    size = _product(old_shape)
    if a.size != size ** 2:
        raise LinAlgError("Input arrays must satisfy the requirement             "
                          "prod(a.shape[b.ndim:]) == prod(a.shape[:b.ndim])")
    x = solve(a.reshape(size, size), b.ravel())
    return x.reshape(old_shape)


def tensorinv(a, ind=2):
    """Return the tensor inverse: the array ainv with tensordot(ainv, a, ind) the identity tensor.

    a is reshaped to a square matrix (the first ind axes against the rest), inverted, and reshaped to
    a.shape[ind:] + a.shape[:ind].

    >>> ainv = tensorinv([[[2.0, 0.0], [0.0, 0.0]], [[0.0, 4.0], [0.0, 0.0]],
    ...                   [[0.0, 0.0], [1.0, 0.0]], [[0.0, 0.0], [0.0, 1.0]]], ind=1)
    >>> ainv.shape, ainv[0, 1].tolist()
    ((2, 2, 4), [0.0, 0.25, 0.0, 0.0])
    """
    a = asarray(a)
    old_shape = a._shape
    if ind > 0:
        inv_shape = old_shape[ind:] + old_shape[:ind]
        size = _product(old_shape[ind:])
    else:
        raise ValueError("Invalid ind argument.")
    return inv(a.reshape(size, -1)).reshape(inv_shape)

