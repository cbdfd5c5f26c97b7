"""The SVD of a small square matrix as LAPACK's dgesdd computes it, signs included, for multivariate_normal.

NumPy's ``Generator.multivariate_normal`` draws ``mean + z (u sqrt(s))^T`` with
``u, s, vh = numpy.linalg.svd(cov)``. A singular vector is fixed only up to its
sign, so to give NumPy's numbers the factor must have LAPACK's signs, and those
come from the steps LAPACK takes. For an n x n matrix with n <= 25, dgesdd:

1. reduces A to upper bidiagonal form B = Q^T A P by Householder reflectors
   (dgebd2: H_i = I - tau v v^T with v[0] = 1 and beta = -sign(alpha) ||x||, as dlarfg);
2. diagonalises B by implicit QR sweeps (dbdsqr): zero-shift or shifted sweeps
   chased from the larger end of each unreduced block, 2 x 2 blocks by dlasv2,
   rotations by dlartg, every left rotation applied to U_B, starting at I;
3. makes the singular values positive (only V changes sign) and sorts them
   in decreasing order, swapping U_B's columns;
4. returns u = Q U_B.

Only u and s are computed here (multivariate_normal needs no V). They agree with
LAPACK's to rounding (its BLAS sums in another order), so the signs agree except
where rounding decides them: a singular value repeated to rounding, where any
rotation of its vectors is an SVD, and (measured: 2 of 2000 random 2..8 x 8
covariances) a sweep that a last-bit difference sends another way, which flips
a pair of vectors.

>>> u, s = left_singular_vectors([[4.0, 2.0], [2.0, 3.0]])
>>> [round(value, 12) for value in s]
[5.561552812809, 1.438447187191]
>>> [[round(value, 12) for value in row] for row in u]
[[-0.788205438016, -0.615412209403], [-0.615412209403, 0.788205438016]]
"""

import math

from tinynet.random.lapack_blocks import EPS as _EPS, UNFL as _UNFL, selection_sort as _selection_sort
from tinynet.random.lapack_blocks import reflector as _reflector, rotation as _rotation, sign as _sign
from tinynet.random.lapack_blocks import (rotate_columns as _rotate_columns, rotate_rows as _rotate_rows,
                                          singular_values_2x2 as _singular_values_2x2, svd_2x2 as _svd_2x2)

__all__ = ['left_singular_vectors', 'singular_value_decomposition', 'LARGEST']

LARGEST = 25            # dbdsdc's SMLSIZ: past it LAPACK divides and conquers
_TOL = max(10.0, min(100.0, _EPS ** -0.125)) * _EPS
_MAXITR = 6
_SMALLEST = 2.0 ** -459  # dgesdd's smlnum, sqrt(safe minimum) / precision


# ---------------------------------------------------------------------------
# Householder bidiagonalisation (dgebd2)
# ---------------------------------------------------------------------------

def _bidiagonalise(a, n):
    """Reduce a (rows, modified) to upper bidiagonal (d, e); return d, e, Q's and P's reflectors [(tau, v)]."""
    d = [0.0] * n
    e = [0.0] * max(n - 1, 0)
    reflectors = []
    right_reflectors = []
    for i in range(n):
        # H_i annihilates a[i+1:, i]; applied to a[i:, i+1:] from the left
        beta, tau, tail = _reflector(a[i][i], [a[r][i] for r in range(i + 1, n)])
        d[i] = beta
        v = [1.0] + tail
        reflectors.append((tau, v))
        if tau != 0.0:
            for j in range(i + 1, n):
                w = 0.0
                for k in range(len(v)):
                    w += v[k] * a[i + k][j]
                w *= tau
                for k in range(len(v)):
                    a[i + k][j] -= w * v[k]
        if i < n - 1:
            # G_i annihilates a[i, i+2:]; applied to a[i+1:, i+1:] from the right
            beta, tau, tail = _reflector(a[i][i + 1], [a[i][c] for c in range(i + 2, n)])
            e[i] = beta
            g = [1.0] + tail
            right_reflectors.append((tau, g))
            if tau != 0.0:
                for r in range(i + 1, n):
                    row = a[r]
                    w = 0.0
                    for k in range(len(g)):
                        w += row[i + 1 + k] * g[k]
                    w *= tau
                    for k in range(len(g)):
                        row[i + 1 + k] -= w * g[k]
    return d, e, reflectors, right_reflectors



# ---------------------------------------------------------------------------
# Implicit QR on the bidiagonal (dbdsqr)
# ---------------------------------------------------------------------------

def _bidiagonal_svd(d, e, n, vt=None):
    """Diagonalise the upper bidiagonal (d, e) in place; return U_B (rows) with its rotations applied.

    vt, if given (the identity), receives the right rotations, sign changes and swaps: VT_B.
    """
    u = [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]
    # 1-based views, as the algorithm is written: d[1..n], e[1..n-1]
    d.insert(0, 0.0)
    e.insert(0, 0.0)
    if n > 1:
        _qr_sweeps(d, e, u, n, vt)
    values = d[1:]
    del d[0]
    del e[0]
    # make the singular values positive (V's rows change sign), then sort them decreasing
    for i in range(n):
        if values[i] < 0.0:
            values[i] = -values[i]
            if vt is not None:
                vt[i] = [-value for value in vt[i]]
    for i in range(1, n):
        smallest_at, smallest = 0, values[0]
        for j in range(1, n + 1 - i):
            if values[j] <= smallest:
                smallest_at, smallest = j, values[j]
        last = n - i
        if smallest_at != last:
            values[smallest_at] = values[last]
            values[last] = smallest
            for row in u:
                row[smallest_at], row[last] = row[last], row[smallest_at]
            if vt is not None:
                vt[smallest_at], vt[last] = vt[last], vt[smallest_at]
    _sort_as_dbdsdc(u, values, vt)
    return u, values


def _sort_as_dbdsdc(u, values, vt):
    """Sort again as dlasdq (increasing, strictly smaller first) and dbdsdc (decreasing, strictly larger first) do.

    On distinct values this changes nothing; it decides where equal values' vectors go.
    """
    _selection_sort(values, u, vt)
    _selection_sort(values, u, vt, decreasing=True)


def _qr_sweeps(d, e, u, n, vt):
    """dbdsqr's main loop on 1-based d, e: split, 2 x 2 blocks, convergence tests, shifted or zero-shift sweeps."""
    smax = max(max(abs(v) for v in d[1:]), max(abs(v) for v in e[1:n]))
    sminoa = abs(d[1])
    if sminoa != 0.0:
        mu = sminoa
        for i in range(2, n + 1):
            mu = abs(d[i]) * (mu / (mu + abs(e[i - 1])))
            sminoa = min(sminoa, mu)
            if sminoa == 0.0:
                break
    sminoa = sminoa / math.sqrt(float(n))
    thresh = max(_TOL * sminoa, _MAXITR * (n * (n * _UNFL)))
    max_passes = _MAXITR * n
    passes = 0
    iteration = -1
    oldll = oldm = -1
    idir = 0
    m = n
    while m > 1:
        if iteration >= n:
            iteration -= n
            passes += 1
            if passes >= max_passes:
                raise ArithmeticError('SVD did not converge')
        # find the diagonal block to work on: e[ll .. m-1] nonzero
        smax = abs(d[m])
        ll = 0
        for lll in range(1, m):
            candidate = m - lll
            abss, abse = abs(d[candidate]), abs(e[candidate])
            if abse <= thresh:
                ll = candidate
                break
            smax = max(smax, abss, abse)
        if ll:
            e[ll] = 0.0
            if ll == m - 1:
                m -= 1
                continue
        ll += 1
        if ll == m - 1:
            sigmn, sigmx, sinr, cosr, sinl, cosl = _svd_2x2(d[m - 1], e[m - 1], d[m])
            d[m - 1], e[m - 1], d[m] = sigmx, 0.0, sigmn
            a, b = m - 2, m - 1
            for row in u:
                x, y = row[a], row[b]
                row[a] = cosl * x + sinl * y
                row[b] = cosl * y - sinl * x
            if vt is not None:
                upper, lower = vt[a], vt[b]
                for j in range(n):
                    x, y = upper[j], lower[j]
                    upper[j] = cosr * x + sinr * y
                    lower[j] = cosr * y - sinr * x
            m -= 2
            continue
        if ll > oldm or m < oldll:
            idir = 1 if abs(d[ll]) >= abs(d[m]) else 2
        # convergence tests
        if idir == 1:
            if abs(e[m - 1]) <= abs(_TOL) * abs(d[m]):
                e[m - 1] = 0.0
                continue
            mu = abs(d[ll])
            smin = mu
            split = False
            for lll in range(ll, m):
                if abs(e[lll]) <= _TOL * mu:
                    e[lll] = 0.0
                    split = True
                    break
                mu = abs(d[lll + 1]) * (mu / (mu + abs(e[lll])))
                smin = min(smin, mu)
            if split:
                continue
        else:
            if abs(e[ll]) <= abs(_TOL) * abs(d[ll]):
                e[ll] = 0.0
                continue
            mu = abs(d[m])
            smin = mu
            split = False
            for lll in range(m - 1, ll - 1, -1):
                if abs(e[lll]) <= _TOL * mu:
                    e[lll] = 0.0
                    split = True
                    break
                mu = abs(d[lll]) * (mu / (mu + abs(e[lll])))
                smin = min(smin, mu)
            if split:
                continue
        oldll, oldm = ll, m
        # the shift: zero where it would ruin relative accuracy, else from the trailing 2 x 2
        if n * _TOL * (smin / smax) <= max(_EPS, 0.01 * _TOL):
            shift = 0.0
        else:
            if idir == 1:
                sll = abs(d[ll])
                shift = _singular_values_2x2(d[m - 1], e[m - 1], d[m])[0]
            else:
                sll = abs(d[m])
                shift = _singular_values_2x2(d[ll], e[ll], d[ll + 1])[0]
            if sll > 0.0 and (shift / sll) ** 2 < _EPS:
                shift = 0.0
        iteration += m - ll
        if shift == 0.0:
            _zero_shift_sweep(d, e, u, vt, ll, m, idir, thresh)
        else:
            _shifted_sweep(d, e, u, vt, ll, m, idir, shift, thresh)


def _zero_shift_sweep(d, e, u, vt, ll, m, idir, thresh):
    """One QR sweep with zero shift (Demmel and Kahan), chasing the bulge in direction idir."""
    cosines, sines = [], []
    right_cosines, right_sines = [], []
    if idir == 1:
        cs, oldcs, oldsn = 1.0, 1.0, 0.0
        for i in range(ll, m):
            cs, sn, r = _rotation(d[i] * cs, e[i])
            if i > ll:
                e[i - 1] = oldsn * r
            oldcs, oldsn, d[i] = _rotation(oldcs * r, d[i + 1] * sn)
            right_cosines.append(cs)
            right_sines.append(sn)
            cosines.append(oldcs)
            sines.append(oldsn)
        h = d[m] * cs
        d[m] = h * oldcs
        e[m - 1] = h * oldsn
        _rotate_rows(vt, ll - 1, right_cosines, right_sines, True)
        _rotate_columns(u, ll - 1, cosines, sines, True)
        if abs(e[m - 1]) <= thresh:
            e[m - 1] = 0.0
    else:
        cs, oldcs, oldsn = 1.0, 1.0, 0.0
        cosines = [0.0] * (m - ll)
        sines = [0.0] * (m - ll)
        right_cosines = [0.0] * (m - ll)
        right_sines = [0.0] * (m - ll)
        for i in range(m, ll, -1):
            cs, sn, r = _rotation(d[i] * cs, e[i - 1])
            if i < m:
                e[i] = oldsn * r
            oldcs, oldsn, d[i] = _rotation(oldcs * r, d[i - 1] * sn)
            cosines[i - ll - 1] = cs
            sines[i - ll - 1] = -sn
            right_cosines[i - ll - 1] = oldcs
            right_sines[i - ll - 1] = -oldsn
        h = d[ll] * cs
        d[ll] = h * oldcs
        e[ll] = h * oldsn
        _rotate_rows(vt, ll - 1, right_cosines, right_sines, False)
        _rotate_columns(u, ll - 1, cosines, sines, False)
        if abs(e[ll]) <= thresh:
            e[ll] = 0.0


def _shifted_sweep(d, e, u, vt, ll, m, idir, shift, thresh):
    """One implicit QR sweep with the given shift, chasing the bulge in direction idir."""
    if idir == 1:
        cosines, sines = [], []
        right_cosines, right_sines = [], []
        f = (abs(d[ll]) - shift) * (_sign(1.0, d[ll]) + shift / d[ll])
        g = e[ll]
        for i in range(ll, m):
            cosr, sinr, r = _rotation(f, g)
            if i > ll:
                e[i - 1] = r
            f = cosr * d[i] + sinr * e[i]
            e[i] = cosr * e[i] - sinr * d[i]
            g = sinr * d[i + 1]
            d[i + 1] = cosr * d[i + 1]
            cosl, sinl, r = _rotation(f, g)
            d[i] = r
            f = cosl * e[i] + sinl * d[i + 1]
            d[i + 1] = cosl * d[i + 1] - sinl * e[i]
            if i < m - 1:
                g = sinl * e[i + 1]
                e[i + 1] = cosl * e[i + 1]
            right_cosines.append(cosr)
            right_sines.append(sinr)
            cosines.append(cosl)
            sines.append(sinl)
        e[m - 1] = f
        _rotate_rows(vt, ll - 1, right_cosines, right_sines, True)
        _rotate_columns(u, ll - 1, cosines, sines, True)
        if abs(e[m - 1]) <= thresh:
            e[m - 1] = 0.0
    else:
        cosines = [0.0] * (m - ll)
        sines = [0.0] * (m - ll)
        right_cosines = [0.0] * (m - ll)
        right_sines = [0.0] * (m - ll)
        f = (abs(d[m]) - shift) * (_sign(1.0, d[m]) + shift / d[m])
        g = e[m - 1]
        for i in range(m, ll, -1):
            cosr, sinr, r = _rotation(f, g)
            if i < m:
                e[i] = r
            f = cosr * d[i] + sinr * e[i - 1]
            e[i - 1] = cosr * e[i - 1] - sinr * d[i]
            g = sinr * d[i - 1]
            d[i - 1] = cosr * d[i - 1]
            cosl, sinl, r = _rotation(f, g)
            d[i] = r
            f = cosl * e[i - 1] + sinl * d[i - 1]
            d[i - 1] = cosl * d[i - 1] - sinl * e[i - 1]
            if i > ll + 1:
                g = sinl * e[i - 2]
                e[i - 2] = cosl * e[i - 2]
            cosines[i - ll - 1] = cosr
            sines[i - ll - 1] = -sinr
            right_cosines[i - ll - 1] = cosl
            right_sines[i - ll - 1] = -sinl
        e[ll] = f
        if abs(e[ll]) <= thresh:
            e[ll] = 0.0
        _rotate_rows(vt, ll - 1, right_cosines, right_sines, False)
        _rotate_columns(u, ll - 1, cosines, sines, False)


# ---------------------------------------------------------------------------
# The whole
# ---------------------------------------------------------------------------

def left_singular_vectors(rows):
    """Return (u, s) of the n x n matrix rows (n <= 25) as LAPACK's dgesdd: u's columns with LAPACK's signs.

    u = Q U_B from the bidiagonalisation's reflectors and the QR sweeps' left rotations;
    s decreasing. Returns None for a matrix with inf or nan, or if the sweeps do not
    converge within LAPACK's limit (6 n**2 rotations of a block): the caller decides.
    """
    found = _decompose(rows, False)
    return None if found is None else found[:2]


def singular_value_decomposition(rows):
    """Return (u, s, vt) of the n x n matrix rows (n <= 25) as LAPACK's dgesdd, or None as left_singular_vectors.

    vt = VT_B P^T: the sweeps' right rotations, the sign changes that make s positive, the
    sorts' swaps, then P's reflectors.

    >>> u, s, vt = singular_value_decomposition([[1.0, 2.0], [3.0, 4.0]])
    >>> [[round(value, 12) for value in row] for row in vt]
    [[-0.576048436766, -0.81741556047], [0.81741556047, -0.576048436766]]
    """
    return _decompose(rows, True)


def _decompose(rows, want_vt):
    n = len(rows)
    a = [[float(value) for value in row] for row in rows]
    for row in a:
        for value in row:
            if value - value != 0.0:      # inf or nan
                return None
    if n == 1:
        value = a[0][0]
        return [[_sign(1.0, value)]], [abs(value)], [[1.0]]   # dbdsdc: U = sign(d), VT = 1, s = |d|
    # dgesdd brings max |a_ij| into [2**-459, 2**459] first (here by a power of two, exactly)
    largest = max(abs(value) for row in a for value in row)
    factor = 1.0
    if 0.0 < largest < _SMALLEST:
        factor = math.ldexp(1.0, -459 - math.frexp(largest)[1] + 1)
    elif largest > math.ldexp(1.0, 459):
        factor = math.ldexp(1.0, 459 - math.frexp(largest)[1])
    if factor != 1.0:
        a = [[value * factor for value in row] for row in a]
    d, e, reflectors, right_reflectors = _bidiagonalise(a, n)
    vt = [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)] if want_vt else None
    try:
        u, s = _bidiagonal_svd(d, e, n, vt)
    except ArithmeticError:
        return None
    s = [value / factor for value in s]
    # u = H_0 H_1 ... H_{n-1} U_B: apply the reflectors from the last to the first
    for i in range(n - 1, -1, -1):
        tau, v = reflectors[i]
        if tau == 0.0:
            continue
        for j in range(n):
            w = 0.0
            for k in range(len(v)):
                w += v[k] * u[i + k][j]
            w *= tau
            for k in range(len(v)):
                u[i + k][j] -= w * v[k]
    if vt is not None:
        # vt = VT_B P^T = VT_B G_{n-2} ... G_0: G_i acts on columns i + 1 .. n - 1
        for i in range(len(right_reflectors) - 1, -1, -1):
            tau, g = right_reflectors[i]
            if tau == 0.0:
                continue
            for row in vt:
                w = 0.0
                for k in range(len(g)):
                    w += row[i + 1 + k] * g[k]
                w *= tau
                for k in range(len(g)):
                    row[i + 1 + k] -= w * g[k]
    return u, s, vt
