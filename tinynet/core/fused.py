"""Fused multiply-add, x * y + z rounded once, as C's fma and fmaf compute it (loaded on first use).

NumPy's complex multiply loop is vectorised; where the CPU has fused multiply-add (x86-64 with FMA3, as
NumPy's builds dispatch to, and ARM64) it computes z * w = (ac - bd) + (ad + bc)i as
fma(a, c, -(b d)) + fma(a, d, b c) i: the product b d (b c) is rounded, a c (a d) is not.  Python has no
fma before 3.13, so it is built from exact pieces:

- Dekker's product: x * y = p + e exactly, with p = x * y rounded and e from Veltkamp's split of each
  factor into two halves of at most 26 bits (exact where nothing overflows or underflows);
- ``math.fsum`` then rounds p + e + z once, correctly.

In float32 the product of two float32 values is exact in a double, so fmaf(x, y, z) only has to round
x y + z to float32 once: the double sum s and its error t (Knuth's two-sum) say where the exact value
lies, which decides the one case a second rounding gets wrong (s exactly halfway between two float32
values while t is not 0).

    >>> fma(0.1, 10.0, -1.0), 0.1 * 10.0 - 1.0
    (5.551115123125783e-17, 0.0)
    >>> fma32(1.0 + 2.0 ** -23, 1.0 - 2.0 ** -23, -1.0)
    -1.4210854715202004e-14
"""

import math
from array import array

try:
    from math import fsum
except ImportError:  # ports without fsum: two roundings, as a CPU without FMA gives
    fsum = None

try:
    from fractions import Fraction
except ImportError:
    Fraction = None

_SPLIT = 134217729.0  # 2**27 + 1
# Below _SAFE_HI Veltkamp's split cannot overflow; above _SAFE_LO the rounding error of x * y is a normal
# double, held exactly.  (Computed at run time: a board with single-precision floats has neither, and
# there fsum is missing too.)
_SAFE_HI = math.ldexp(1.0, 996)
_SAFE_LO = math.ldexp(1.0, -968)


def fma(x, y, z):
    """x * y + z with one rounding (IEEE's infinities and nans where a part is not finite).

    >>> fma(2.0, 3.0, 1.0), fma(float("inf"), 0.0, 1.0)
    (7.0, nan)
    """
    p = x * y
    if fsum is None:
        return p + z
    if p - p != 0 or z - z != 0:  # an infinity or nan among x, y, z, x * y
        if x - x != 0 or y - y != 0:
            return p + z
        if z - z != 0:
            return z  # the exact product is finite: z decides
        return _exact(x, y, z)  # x * y overflows alone; x * y + z may not
    ap = -p if p < 0 else p
    ax = -x if x < 0 else x
    ay = -y if y < 0 else y
    if _SAFE_LO < ap and ax < _SAFE_HI and ay < _SAFE_HI:
        c = _SPLIT * x
        xh = c - (c - x)
        xl = x - xh
        c = _SPLIT * y
        yh = c - (c - y)
        yl = y - yh
        e = ((xh * yh - p) + xh * yl + xl * yh) + xl * yl
        try:
            r = fsum((p, e, z))
        except OverflowError:
            return _exact(x, y, z)
        return r if r else p + z  # an exact zero: IEEE's sign, which fsum's may not be
    return _exact(x, y, z) if x and y else p + z


def _exact(x, y, z):
    # the rare cases near overflow or underflow: the exact rational value, rounded by float()
    if Fraction is None:
        return x * y + z
    try:
        return float(Fraction(x) * Fraction(y) + Fraction(z))
    except OverflowError:
        return math.copysign(float("inf"), x * y if x * y else z)


_F32 = array("f", (0.0,))


def to_float32(x):
    """x rounded to the nearest float32 (inf past the largest), by a C cast.

    >>> to_float32(0.1), to_float32(1e39)
    (0.10000000149011612, inf)
    """
    _F32[0] = x
    return _F32[0]


def fma32(x, y, z):
    """fmaf: x * y + z for float32 x, y, z, rounded once to float32 (x * y is exact in a double)."""
    p = x * y
    s = p + z
    if s - s != 0:
        return to_float32(s)
    b = s - p
    t = (p - (s - b)) + (z - b)  # two-sum: s + t == p + z exactly
    r = to_float32(s)
    if t == 0:
        return r
    m = s - r  # exact: s and r are within one float32 spacing
    if m == 0 or to_float32(r + 2.0 * m) != r + 2.0 * m:
        return r  # s is not halfway, so the exact value rounds as s does
    # s is halfway between r and r + 2m: t says which side the exact value is on
    return r if (t > 0) == (m < 0) else r + 2.0 * m


def complex_multiply(z, w):
    """z * w = fma(a, c, -(b d)) + fma(a, d, b c) i, NumPy's complex multiply loop with fused multiply-add.

    ``fma`` written out for both parts at once where every split is safe (the common case: this is
    the complex128 multiply kernel); ``fma`` itself takes the rest.

    >>> complex_multiply(0.1 + 0.1j, 0.1 + 0.1j), (0.1 + 0.1j) * (0.1 + 0.1j)
    ((-8.326672684688674e-19+0.020000000000000004j), 0.020000000000000004j)
    """
    a, b, c, d = z.real, z.imag, w.real, w.imag
    if fsum is not None and -_SAFE_HI < a < _SAFE_HI and -_SAFE_HI < c < _SAFE_HI and -_SAFE_HI < d < _SAFE_HI:
        ac = a * c
        ad = a * d
        if ((_SAFE_LO < abs(ac) < _SAFE_HI or not ac and (not a or not c))
                and (_SAFE_LO < abs(ad) < _SAFE_HI or not ad and (not a or not d))):
            t = _SPLIT * a
            ah = t - (t - a)
            al = a - ah
            t = _SPLIT * c
            ch = t - (t - c)
            cl = c - ch
            t = _SPLIT * d
            dh = t - (t - d)
            dl = d - dh
            bd = b * d
            bc = b * c
            try:
                re = fsum((ac, ((ah * ch - ac) + ah * cl + al * ch) + al * cl, -bd))
                im = fsum((ad, ((ah * dh - ad) + ah * dl + al * dh) + al * dl, bc))
            except (OverflowError, ValueError):
                return complex(fma(a, c, -bd), fma(a, d, bc))
            if not re:
                re = ac - bd  # an exact zero: IEEE's sign (fsum's may differ)
            if not im:
                im = ad + bc
            return complex(re, im)
    return complex(fma(a, c, -(b * d)), fma(a, d, b * c))
