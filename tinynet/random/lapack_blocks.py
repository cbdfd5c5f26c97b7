"""LAPACK's small building blocks, as tinynet.random.lapack_svd and lapack_eigh use them.

Householder reflectors (dlarfg: beta = -sign(alpha) ||(alpha, x)||, v[0] = 1),
plane rotations (LAPACK 3.10's dlartg: c >= 0, r with f's sign), the 2 x 2
triangular SVD (dlas2, dlasv2) and the application of a run of rotations to
adjacent columns or rows (dlasr with a variable pivot). Each follows LAPACK's
formulas, because the signs of singular vectors and eigenvectors come from them.

>>> c, s, r = rotation(-3.0, 4.0)
>>> c, s, r
(0.6, -0.8, -5.0)
"""

import math

__all__ = ['sign', 'reflector', 'rotation', 'singular_values_2x2', 'svd_2x2', 'rotate_columns', 'rotate_rows',
           'selection_sort',
           'EPS', 'UNFL']

EPS = 2.0 ** -53       # dlamch('Epsilon')
UNFL = 2.0 ** -1022    # dlamch('Safe minimum')
_EPS = EPS
_UNFL = UNFL
_RTMIN = math.sqrt(_UNFL)
_SAFMAX = math.ldexp(1.0, 1022)    # 1 / safe minimum, made at run time (inf where floats are 32-bit)
_RTMAX = math.sqrt(_SAFMAX / 2)


def sign(a, b):
    """Fortran's SIGN(a, b): |a| with the sign (bit) of b."""
    return math.copysign(abs(a), b)



def reflector(alpha, x):
    """Return (beta, tau, v) with (I - tau [1 v][1 v]^T) [alpha x] = [beta 0] (dlarfg)."""
    if not x:
        return alpha, 0.0, x
    largest = max(abs(value) for value in x)
    if largest == 0.0:
        return alpha, 0.0, x
    xnorm = largest * math.sqrt(sum((value / largest) ** 2 for value in x))   # dnrm2, safe from underflow
    beta = -sign(math.hypot(alpha, xnorm), alpha)
    tau = (beta - alpha) / beta
    scale = 1.0 / (alpha - beta)
    return beta, tau, [value * scale for value in x]


def rotation(f, g):
    """Return (c, s, r) with [c s; -s c] [f g] = [r 0], c >= 0 and r of f's sign (LAPACK 3.10's dlartg)."""
    if g == 0.0:
        return 1.0, 0.0, f
    if f == 0.0:
        return 0.0, sign(1.0, g), abs(g)
    f1, g1 = abs(f), abs(g)
    if _RTMIN < f1 < _RTMAX and _RTMIN < g1 < _RTMAX:
        d = math.sqrt(f * f + g * g)
        c = f1 / d
        r = sign(d, f)
        return c, g / r, r
    u = min(_SAFMAX, max(_UNFL, f1, g1))
    fs, gs = f / u, g / u
    d = math.sqrt(fs * fs + gs * gs)
    c = abs(fs) / d
    r = sign(d, f)
    return c, gs / r, r * u


def singular_values_2x2(f, g, h):
    """Return (smaller, larger) singular value of [[f, g], [0, h]] (dlas2)."""
    fa, ga, ha = abs(f), abs(g), abs(h)
    fhmn, fhmx = min(fa, ha), max(fa, ha)
    if fhmn == 0.0:
        if fhmx == 0.0:
            return 0.0, ga
        big, small = max(fhmx, ga), min(fhmx, ga)
        return 0.0, big * math.sqrt(1.0 + (small / big) ** 2)
    if ga < fhmx:
        as_ = 1.0 + fhmn / fhmx
        at = (fhmx - fhmn) / fhmx
        au = (ga / fhmx) ** 2
        c = 2.0 / (math.sqrt(as_ * as_ + au) + math.sqrt(at * at + au))
        return fhmn * c, fhmx / c
    au = fhmx / ga
    if au == 0.0:
        return (fhmn * fhmx) / ga, ga
    as_ = 1.0 + fhmn / fhmx
    at = (fhmx - fhmn) / fhmx
    c = 1.0 / (math.sqrt(1.0 + (as_ * au) ** 2) + math.sqrt(1.0 + (at * au) ** 2))
    smaller = (fhmn * c) * au
    return smaller + smaller, ga / (c + c)


def svd_2x2(f, g, h):
    """Return (ssmin, ssmax, snr, csr, snl, csl): the signed SVD of [[f, g], [0, h]] (dlasv2)."""
    ft, fa, ht, ha = f, abs(f), h, abs(h)
    pmax = 1
    swap = ha > fa
    if swap:
        pmax = 3
        ft, ht = ht, ft
        fa, ha = ha, fa
    gt, ga = g, abs(g)
    if ga == 0.0:
        ssmin, ssmax = ha, fa
        clt, crt, slt, srt = 1.0, 1.0, 0.0, 0.0
    else:
        small_g = True
        if ga > fa:
            pmax = 2
            if fa / ga < _EPS:
                small_g = False
                ssmax = ga
                ssmin = fa / (ga / ha) if ha > 1.0 else (fa / ga) * ha
                clt, slt, srt, crt = 1.0, ht / gt, 1.0, ft / gt
        if small_g:
            dd = fa - ha
            el = 1.0 if dd == fa else dd / fa
            m = gt / ft
            t = 2.0 - el
            mm, tt = m * m, t * t
            s = math.sqrt(tt + mm)
            r = abs(m) if el == 0.0 else math.sqrt(el * el + mm)
            a = 0.5 * (s + r)
            ssmin, ssmax = ha / a, fa * a
            if mm == 0.0:
                if el == 0.0:
                    t = sign(2.0, ft) * sign(1.0, gt)
                else:
                    t = gt / sign(dd, ft) + m / t
            else:
                t = (m / (s + t) + m / (r + el)) * (1.0 + a)
            el = math.sqrt(t * t + 4.0)
            crt = 2.0 / el
            srt = t / el
            clt = (crt + srt * m) / a
            slt = (ht / ft) * srt / a
    if swap:
        csl, snl, csr, snr = srt, crt, slt, clt
    else:
        csl, snl, csr, snr = clt, slt, crt, srt
    if pmax == 1:
        tsign = sign(1.0, csr) * sign(1.0, csl) * sign(1.0, f)
    elif pmax == 2:
        tsign = sign(1.0, snr) * sign(1.0, csl) * sign(1.0, g)
    else:
        tsign = sign(1.0, snr) * sign(1.0, snl) * sign(1.0, h)
    ssmax = sign(ssmax, tsign)
    ssmin = sign(ssmin, tsign * sign(1.0, f) * sign(1.0, h))
    return ssmin, ssmax, snr, csr, snl, csl


def rotate_columns(u, first, cosines, sines, forward):
    """Apply plane rotations k = 1, 2, ... to columns (first + k - 1, first + k) of u from the right (dlasr 'R', 'V')."""
    order = range(len(cosines)) if forward else range(len(cosines) - 1, -1, -1)
    for k in order:
        c, s = cosines[k], sines[k]
        if c == 1.0 and s == 0.0:
            continue
        a, b = first + k, first + k + 1
        for row in u:
            temp = row[b]
            row[b] = c * temp - s * row[a]
            row[a] = s * temp + c * row[a]


def rotate_rows(vt, first, cosines, sines, forward):
    """Apply plane rotations k = 1, 2, ... to rows (first + k - 1, first + k) of vt from the left (dlasr 'L', 'V')."""
    if vt is None:
        return
    order = range(len(cosines)) if forward else range(len(cosines) - 1, -1, -1)
    for k in order:
        c, s = cosines[k], sines[k]
        if c == 1.0 and s == 0.0:
            continue
        upper, lower = vt[first + k], vt[first + k + 1]
        for j in range(len(upper)):
            temp = lower[j]
            lower[j] = c * temp - s * upper[j]
            upper[j] = s * temp + c * upper[j]


def selection_sort(values, columns, rows=None, decreasing=False):
    """Sort values in place by straight selection, as LAPACK's drivers sort eigen- and singular values.

    Each place takes the smallest (largest, if decreasing) value after it, the first of equal ones, and
    the vectors follow their values: column i of each row of columns swaps with column k, and
    rows[i] with rows[k].  Which of equal values' vectors ends where is LAPACK's, hence this and not sorted().

    >>> values, u = [3.0, 1.0, 2.0], [[30, 10, 20]]
    >>> selection_sort(values, u); values, u
    ([1.0, 2.0, 3.0], [[10, 20, 30]])
    """
    n = len(values)
    for i in range(n - 1):
        k, best = i, values[i]
        for j in range(i + 1, n):
            if (values[j] > best) if decreasing else (values[j] < best):
                k, best = j, values[j]
        if k != i:
            values[k], values[i] = values[i], best
            for row in columns:
                row[i], row[k] = row[k], row[i]
            if rows is not None:
                rows[i], rows[k] = rows[k], rows[i]
