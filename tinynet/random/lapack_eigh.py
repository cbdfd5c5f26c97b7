"""The eigenvectors of a small symmetric matrix as LAPACK's dsyevd computes them, signs included.

``Generator.multivariate_normal(..., method='eigh')`` draws ``mean + z (u sqrt|s|)^T``
with ``s, u = numpy.linalg.eigh(cov)``, which reads cov's lower triangle. Each
eigenvector is fixed only up to its sign; LAPACK's come from its steps, which for
n <= 25 are:

1. reduce A to tridiagonal T = Q^T A Q by Householder reflectors on the lower
   triangle (dsytd2 with uplo 'L': reflector i annihilates A[i+2:, i]);
2. diagonalise T by implicit QL or QR sweeps with Wilkinson's shift (dsteqr):
   each unreduced block is swept from its end with the smaller diagonal entry,
   2 x 2 blocks by dlaev2, every rotation applied to Z, starting at I;
3. sort the eigenvalues increasing by selection, swapping Z's columns;
4. return u = Q Z.

They agree with LAPACK's to rounding, so the signs agree except where rounding
decides them (an eigenvalue repeated to rounding).

>>> s, u = eigenvectors([[2.0, 1.0], [1.0, 2.0]])
>>> s
[1.0, 3.0]
>>> [[round(value, 12) for value in row] for row in u]
[[-0.707106781187, 0.707106781187], [0.707106781187, 0.707106781187]]
"""

import math

from tinynet.random.lapack_blocks import reflector as _reflector, rotate_columns as _rotate_columns
from tinynet.random.lapack_blocks import rotation as _rotation, selection_sort as _selection_sort, sign as _sign

__all__ = ['eigenvectors', 'LARGEST']

LARGEST = 25            # dstedc's SMLSIZ: past it LAPACK divides and conquers
_EPS = 2.0 ** -53
_EPS2 = _EPS * _EPS
_SAFMIN = 2.0 ** -1022
_MAXIT = 30


# ---------------------------------------------------------------------------
# Householder tridiagonalisation (dsytd2, lower)
# ---------------------------------------------------------------------------

def _tridiagonalise(a, n):
    """Reduce the symmetric a (rows, both triangles from the lower one; modified) to (d, e) and Q's reflectors."""
    d = [0.0] * n
    e = [0.0] * (n - 1)
    reflectors = []
    for i in range(n - 1):
        beta, tau, tail = _reflector(a[i + 1][i], [a[r][i] for r in range(i + 2, n)])
        e[i] = beta
        v = [1.0] + tail
        reflectors.append((tau, v))
        if tau != 0.0:
            # A[i+1:, i+1:] := H A H with H = I - tau v v^T: w = tau A v - (tau^2 / 2)(v^T A v) v, A -= v w^T + w v^T
            size = n - i - 1
            x = [0.0] * size
            for r in range(size):
                row = a[i + 1 + r]
                acc = 0.0
                for c in range(size):
                    acc += row[i + 1 + c] * v[c]
                x[r] = tau * acc
            alpha = -0.5 * tau * sum(x[k] * v[k] for k in range(size))
            w = [x[k] + alpha * v[k] for k in range(size)]
            for r in range(size):
                row = a[i + 1 + r]
                for c in range(size):
                    row[i + 1 + c] -= v[r] * w[c] + w[r] * v[c]
        d[i] = a[i][i]
    d[n - 1] = a[n - 1][n - 1]
    return d, e, reflectors


# ---------------------------------------------------------------------------
# Implicit QL / QR on the tridiagonal (dsteqr)
# ---------------------------------------------------------------------------

def _eigen_2x2(a, b, c):
    """Return (rt1, rt2, cs1, sn1): eigenvalues of [[a, b], [b, c]], |rt1| >= |rt2|, and rt1's vector (dlaev2)."""
    sm = a + c
    df = a - c
    adf = abs(df)
    tb = b + b
    ab = abs(tb)
    if abs(a) > abs(c):
        acmx, acmn = a, c
    else:
        acmx, acmn = c, a
    if adf > ab:
        rt = adf * math.sqrt(1.0 + (ab / adf) ** 2)
    elif adf < ab:
        rt = ab * math.sqrt(1.0 + (adf / ab) ** 2)
    else:
        rt = ab * math.sqrt(2.0)
    if sm < 0.0:
        rt1 = 0.5 * (sm - rt)
        sgn1 = -1
        rt2 = (acmx / rt1) * acmn - (b / rt1) * b
    elif sm > 0.0:
        rt1 = 0.5 * (sm + rt)
        sgn1 = 1
        rt2 = (acmx / rt1) * acmn - (b / rt1) * b
    else:
        rt1 = 0.5 * rt
        rt2 = -0.5 * rt
        sgn1 = 1
    if df >= 0.0:
        cs = df + rt
        sgn2 = 1
    else:
        cs = df - rt
        sgn2 = -1
    if abs(cs) > ab:
        ct = -tb / cs
        sn1 = 1.0 / math.sqrt(1.0 + ct * ct)
        cs1 = ct * sn1
    elif ab == 0.0:
        cs1, sn1 = 1.0, 0.0
    else:
        tn = -cs / tb
        cs1 = 1.0 / math.sqrt(1.0 + tn * tn)
        sn1 = tn * cs1
    if sgn1 == sgn2:
        cs1, sn1 = -sn1, cs1
    return rt1, rt2, cs1, sn1


def _hypot(x, y):
    """dlapy2: sqrt(x**2 + y**2) without overflow."""
    w, z = max(abs(x), abs(y)), min(abs(x), abs(y))
    if z == 0.0:
        return w
    return w * math.sqrt(1.0 + (z / w) ** 2)


def _tridiagonal_eigen(d, e, n):
    """Diagonalise (d, e) in place (1-based inside); return Z (rows) with every rotation applied, values sorted."""
    z = [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]
    d.insert(0, 0.0)
    e.insert(0, 0.0)
    e.append(0.0)
    nmaxit = n * _MAXIT
    jtot = 0
    l1 = 1
    while l1 <= n:
        if l1 > 1:
            e[l1 - 1] = 0.0
        m = n
        for mm in range(l1, n):
            tst = abs(e[mm])
            if tst == 0.0:
                m = mm
                break
            if tst <= (math.sqrt(abs(d[mm])) * math.sqrt(abs(d[mm + 1]))) * _EPS:
                e[mm] = 0.0
                m = mm
                break
        l, lend = l1, m
        l1 = m + 1
        if lend == l:
            continue
        if max(max(abs(v) for v in d[l:lend + 1]), max(abs(v) for v in e[l:lend])) == 0.0:
            continue
        if abs(d[lend]) < abs(d[l]):
            l, lend = lend, l
        if lend > l:
            jtot = _ql(d, e, z, n, l, lend, jtot, nmaxit)
        else:
            jtot = _qr(d, e, z, n, l, lend, jtot, nmaxit)
        if jtot >= nmaxit:
            raise ArithmeticError('Eigenvalues did not converge')
    values = d[1:n + 1]
    _selection_sort(values, z)  # increasing, strictly smaller first
    return z, values


def _ql(d, e, z, n, l, lend, jtot, nmaxit):
    """QL sweeps on the block l..lend (l < lend) until it is diagonal; return the sweep count."""
    while True:
        m = lend
        for mm in range(l, lend):
            if abs(e[mm]) ** 2 <= (_EPS2 * abs(d[mm])) * abs(d[mm + 1]) + _SAFMIN:
                m = mm
                break
        if m < lend:
            e[m] = 0.0
        p = d[l]
        if m == l:
            d[l] = p
            l += 1
            if l <= lend:
                continue
            return jtot
        if m == l + 1:
            rt1, rt2, c, s = _eigen_2x2(d[l], e[l], d[l + 1])
            _rotate_columns(z, l - 1, [c], [s], False)
            d[l], d[l + 1], e[l] = rt1, rt2, 0.0
            l += 2
            if l <= lend:
                continue
            return jtot
        if jtot == nmaxit:
            return jtot
        jtot += 1
        g = (d[l + 1] - p) / (2.0 * e[l])
        r = _hypot(g, 1.0)
        g = d[m] - p + (e[l] / (g + _sign(r, g)))
        s, c, p = 1.0, 1.0, 0.0
        cosines = [0.0] * (m - l)
        sines = [0.0] * (m - l)
        for i in range(m - 1, l - 1, -1):
            f = s * e[i]
            b = c * e[i]
            c, s, r = _rotation(g, f)
            if i != m - 1:
                e[i + 1] = r
            g = d[i + 1] - p
            r = (d[i] - g) * s + 2.0 * c * b
            p = s * r
            d[i + 1] = g + p
            g = c * r - b
            cosines[i - l] = c
            sines[i - l] = -s
        _rotate_columns(z, l - 1, cosines, sines, False)
        d[l] = d[l] - p
        e[l] = g


def _qr(d, e, z, n, l, lend, jtot, nmaxit):
    """QR sweeps on the block lend..l (l > lend) until it is diagonal; return the sweep count."""
    while True:
        m = lend
        for mm in range(l, lend, -1):
            if abs(e[mm - 1]) ** 2 <= (_EPS2 * abs(d[mm])) * abs(d[mm - 1]) + _SAFMIN:
                m = mm
                break
        if m > lend:
            e[m - 1] = 0.0
        p = d[l]
        if m == l:
            d[l] = p
            l -= 1
            if l >= lend:
                continue
            return jtot
        if m == l - 1:
            rt1, rt2, c, s = _eigen_2x2(d[l - 1], e[l - 1], d[l])
            _rotate_columns(z, l - 2, [c], [s], True)
            d[l - 1], d[l], e[l - 1] = rt1, rt2, 0.0
            l -= 2
            if l >= lend:
                continue
            return jtot
        if jtot == nmaxit:
            return jtot
        jtot += 1
        g = (d[l - 1] - p) / (2.0 * e[l - 1])
        r = _hypot(g, 1.0)
        g = d[m] - p + (e[l - 1] / (g + _sign(r, g)))
        s, c, p = 1.0, 1.0, 0.0
        cosines = [0.0] * (l - m)
        sines = [0.0] * (l - m)
        for i in range(m, l):
            f = s * e[i]
            b = c * e[i]
            c, s, r = _rotation(g, f)
            if i != m:
                e[i - 1] = r
            g = d[i] - p
            r = (d[i + 1] - g) * s + 2.0 * c * b
            p = s * r
            d[i] = g + p
            g = c * r - b
            cosines[i - m] = c
            sines[i - m] = s
        _rotate_columns(z, m - 1, cosines, sines, True)
        d[l] = d[l] - p
        e[l - 1] = g


# ---------------------------------------------------------------------------
# The whole
# ---------------------------------------------------------------------------

def eigenvectors(rows):
    """Return (s, u) of the symmetric n x n matrix whose lower triangle is in rows (n <= 25), as LAPACK's dsyevd.

    s increasing; u's columns with LAPACK's signs. Returns None for inf or nan, or if the
    sweeps do not converge (30 n of them): the caller decides.
    """
    n = len(rows)
    a = [[float(rows[max(i, j)][min(i, j)]) for j in range(n)] for i in range(n)]
    for row in a:
        for value in row:
            if value - value != 0.0:
                return None
    if n == 1:
        return [a[0][0]], [[1.0]]
    # dsyevd brings max |a_ij| into [sqrt(safmin / eps), its inverse] first (here by a power of two, exactly)
    largest = max(abs(value) for row in a for value in row)
    factor = 1.0
    if 0.0 < largest < math.ldexp(1.0, -485):
        factor = math.ldexp(1.0, -485 - math.frexp(largest)[1] + 1)
    elif largest > math.ldexp(1.0, 485):
        factor = math.ldexp(1.0, 485 - math.frexp(largest)[1])
    if factor != 1.0:
        a = [[value * factor for value in row] for row in a]
    d, e, reflectors = _tridiagonalise(a, n)
    try:
        z, values = _tridiagonal_eigen(d, e, n)
    except ArithmeticError:
        return None
    # u = diag(1, H_0 H_1 ... H_{n-2}) Z: reflector i acts on rows i + 1 .. n - 1
    for i in range(n - 2, -1, -1):
        tau, v = reflectors[i]
        if tau == 0.0:
            continue
        for j in range(n):
            w = 0.0
            for k in range(len(v)):
                w += v[k] * z[i + 1 + k][j]
            w *= tau
            for k in range(len(v)):
                z[i + 1 + k][j] -= w * v[k]
    return [value / factor for value in values], z
