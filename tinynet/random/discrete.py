"""Integer-valued distributions, draw for draw as NumPy's C code draws them.

Each sampler takes ``double``, a function returning the next uniform double
in [0, 1) of a bit generator, and the distribution's parameters, and returns
one Python int. The same samplers serve the legacy ``RandomState`` (doubles
from MT19937) and ``Generator`` (doubles from PCG64 and the others); where the
two differ (a zero shortcut, a formula) a flag says which one is meant.

The algorithms, all published:

- binomial: inversion of the cdf for ``n * min(p, 1 - p) <= 30``, else BTPE
  (Kachitvichyanukul and Schmeiser, 1988);
- poisson: multiplication of uniforms for ``lam < 10``, else PTRS, the
  transformed rejection of Hormann (1993), with ``loggam`` the Stirling series;
- geometric: a search of the cdf for ``p >= 1/3``, else inversion;
- hypergeometric: drawing the sample one by one for ``nsample <= 10``, else
  HRUA, the ratio of uniforms of Stadlober (1989);
- zipf: Devroye's rejection; logseries: Kemp's second method (LK).

>>> from tinynet.random.mt19937 import MT19937
>>> bits = MT19937(0)
>>> binomial(bits.next_double, 10, 0.5, True), poisson(bits.next_double, 3.0)
(5, 5)
"""

import math

__all__ = ['binomial', 'binomial_draws', 'poisson', 'poisson_draws', 'poisson_any', 'loggam', 'geometric',
           'hypergeometric', 'zipf', 'logseries', 'LONG_MAX']

LONG_MAX = 9223372036854775807
_LONG_MAX_FLOAT = 9.223372036854776e18
_INF = float('inf')


def _log1p(x):
    """Return ln(1 + x); MicroPython, which has no log1p, gets log(1 + x)."""
    try:
        return math.log1p(x)
    except AttributeError:
        return math.log(1.0 + x)


def _expm1(x):
    """Return e**x - 1; MicroPython, which has no expm1, gets exp(x) - 1."""
    try:
        return math.expm1(x)
    except AttributeError:
        return math.exp(x) - 1.0


def _log(x):
    """Return ln x as C's log does at the edges: -inf at 0 (Python raises there)."""
    if x > 0.0:
        return math.log(x)
    return -_INF if x == 0.0 else float('nan')


# ---------------------------------------------------------------------------
# Binomial: inversion and BTPE
# ---------------------------------------------------------------------------

def binomial_draws(double, n, p, count, legacy):
    """Return count draws of Binomial(n, p); legacy keeps RandomState's draw for n == 0 or p == 0.

    With r = min(p, 1 - p), n * r <= 30 inverts the cdf, otherwise BTPE;
    a draw with p > 1/2 is n minus a draw with 1 - p. Generator returns 0 for
    n == 0 or p == 0 without drawing; RandomState draws one double even then.

    >>> from tinynet.random.mt19937 import MT19937
    >>> binomial_draws(MT19937(0).next_double, 100, 0.5, 4, True)
    [52, 51, 61, 51]
    """
    if not legacy and (n == 0 or p == 0.0):
        return [0] * count
    if p <= 0.5:
        r, flip = p, False
    else:
        r, flip = 1.0 - p, True
    if r * n <= 30.0:
        values = _inversion(double, n, r, count)
    else:
        values = _btpe(double, n, r, count)
    if flip:
        for i in range(count):
            values[i] = n - values[i]
    return values


def binomial(double, n, p, legacy):
    """Return one draw of Binomial(n, p); see binomial_draws.

    >>> from tinynet.random.mt19937 import MT19937
    >>> binomial(MT19937(1).next_double, 1000, 0.3, True)
    297
    """
    return binomial_draws(double, n, p, 1, legacy)[0]


def _inversion(double, n, p, count):
    """Return count draws by walking the pmf from 0: P(X = x) = P(X = x-1) * (n - x + 1) p / (x q).

    A walk that passes bound = min(n, np + 10 sqrt(npq + 1)) starts again with a new uniform.
    """
    q = 1.0 - p
    qn = math.exp(n * math.log(q))
    np_ = n * p
    bound = int(min(float(n), np_ + 10.0 * math.sqrt(np_ * q + 1)))
    values = [0] * count
    for i in range(count):
        x = 0
        px = qn
        u = double()
        while u > px:
            x += 1
            if x > bound:
                x = 0
                px = qn
                u = double()
            else:
                u -= px
                px = ((n - x + 1) * p * px) / (x * q)
        values[i] = x
    return values


def _btpe(double, n, p, count):
    """Return count draws by BTPE: a triangle, two parallelograms and two exponential tails over the pmf."""
    r = p
    q = 1.0 - r
    fm = n * r + r
    m = int(math.floor(fm))
    p1 = math.floor(2.195 * math.sqrt(n * r * q) - 4.6 * q) + 0.5
    xm = m + 0.5
    xl = xm - p1
    xr = xm + p1
    c = 0.134 + 20.5 / (15.3 + m)
    a = (fm - xl) / (fm - xl * r)
    laml = a * (1.0 + a / 2.0)
    a = (xr - fm) / (xr * q)
    lamr = a * (1.0 + a / 2.0)
    p2 = p1 * (1.0 + 2.0 * c)
    p3 = p2 + c / laml
    p4 = p3 + c / lamr
    nrq = n * r * q
    values = [0] * count
    for i in range(count):
        while True:
            u = double() * p4
            v = double()
            if u <= p1:
                # the triangle: accepted at once
                y = int(math.floor(xm - p1 * v + u))
                break
            if u <= p2:
                # the parallelograms
                x = xl + (u - p1) / c
                v = v * c + 1.0 - abs(m - x + 0.5) / p1
                if v > 1.0:
                    continue
                y = int(math.floor(x))
            elif u <= p3:
                # the left exponential tail
                if v == 0.0:
                    continue
                y = int(math.floor(xl + math.log(v) / laml))
                if y < 0:
                    continue
                v = v * (u - p2) * laml
            else:
                # the right exponential tail
                if v == 0.0:
                    continue
                y = int(math.floor(xr - math.log(v) / lamr))
                if y > n:
                    continue
                v = v * (u - p3) * lamr
            if _btpe_accepts(n, r, q, m, xm, nrq, y, v):
                break
        values[i] = y
    return values


def _btpe_accepts(n, r, q, m, xm, nrq, y, v):
    """Return True if v lies under the pmf ratio f(y) / f(m): exactly near m, by Stirling's bounds far away."""
    k = abs(y - m)
    if not (k > 20 and k < nrq / 2.0 - 1):
        # f(y) / f(m) as a product of successive ratios
        s = r / q
        a = s * (n + 1)
        f = 1.0
        if m < y:
            for i in range(m + 1, y + 1):
                f *= (a / i - s)
        elif m > y:
            for i in range(y + 1, m + 1):
                f /= (a / i - s)
        return v <= f
    # squeeze on ln v, then the Stirling-series bound
    rho = (k / nrq) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5)
    t = -k * k / (2 * nrq)
    big_a = _log(v)
    if big_a < t - rho:
        return True
    if big_a > t + rho:
        return False
    x1 = float(y + 1)
    f1 = float(m + 1)
    z = float(n + 1 - m)
    w = float(n - y + 1)
    x2 = x1 * x1
    f2 = f1 * f1
    z2 = z * z
    w2 = w * w
    bound = (xm * math.log(f1 / x1) + (n - m + 0.5) * math.log(z / w)
             + (y - m) * math.log(w * r / (x1 * q))
             + (13680. - (462. - (132. - (99. - 140. / f2) / f2) / f2) / f2) / f1 / 166320.
             + (13680. - (462. - (132. - (99. - 140. / z2) / z2) / z2) / z2) / z / 166320.
             + (13680. - (462. - (132. - (99. - 140. / x2) / x2) / x2) / x2) / x1 / 166320.
             + (13680. - (462. - (132. - (99. - 140. / w2) / w2) / w2) / w2) / w / 166320.)
    return not (big_a > bound)


# ---------------------------------------------------------------------------
# Poisson: multiplication and PTRS
# ---------------------------------------------------------------------------

_LOGGAM_COEFFICIENTS = (8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04,
                        -5.952380952380952e-04, 8.417508417508418e-04, -1.917526917526918e-03,
                        6.410256410256410e-03, -2.955065359477124e-02, 1.796443723688307e-01,
                        -1.39243221690590e+00)
_HALF_LOG_TWO_PI = 0.5 * math.log(2 * math.pi)


def loggam(x):
    """Return ln Gamma(x) by the Stirling series at x0 = x + n >= 7, then ln Gamma(x) = ln Gamma(x0) - sum ln(x0 - k).

    >>> loggam(1.0), loggam(2.0), round(loggam(10.0), 12)
    (0.0, 0.0, 12.801827480081)
    """
    if x == 1.0 or x == 2.0:
        return 0.0
    n = int(7 - x) if x < 7.0 else 0
    x0 = x + n
    x2 = (1.0 / x0) * (1.0 / x0)
    coefficients = _LOGGAM_COEFFICIENTS
    gl0 = coefficients[9]
    for k in range(8, -1, -1):
        gl0 *= x2
        gl0 += coefficients[k]
    gl = gl0 / x0 + _HALF_LOG_TWO_PI + (x0 - 0.5) * math.log(x0) - x0
    if x < 7.0:
        for _ in range(n):
            gl -= math.log(x0 - 1.0)
            x0 -= 1.0
    return gl


def poisson_draws(double, lam, count):
    """Return count draws of Poisson(lam): PTRS for lam >= 10, else multiply uniforms until the product <= e**-lam.

    >>> from tinynet.random.mt19937 import MT19937
    >>> poisson_draws(MT19937(0).next_double, 4.0, 5), poisson_draws(MT19937(0).next_double, 100.0, 3)
    ([6, 7, 1, 8, 4], [101, 103, 98])
    """
    if lam >= 10:
        return _ptrs(double, lam, count)
    if lam == 0:
        return [0] * count
    enlam = math.exp(-lam)
    values = [0] * count
    for i in range(count):
        x = 0
        prod = double()
        while prod > enlam:
            x += 1
            prod *= double()
        values[i] = x
    return values


def poisson(double, lam):
    """Return one draw of Poisson(lam); see poisson_draws.

    >>> from tinynet.random.mt19937 import MT19937
    >>> poisson(MT19937(0).next_double, 3.0)
    5
    """
    return poisson_draws(double, lam, 1)[0]


def poisson_any(double, lam):
    """Return a Poisson draw for any lam a mixture can produce, as C gives it: nan is 0, and a k past int64
    (lam near 2**63 or beyond, inf included) is -2**63.

    Negative binomial with p near 0 asks for Poisson(1e18) or Poisson(inf); NumPy's PTRS converts its k to
    int64 as the machine does, so a finite k is kept and one past the range becomes -2**63, after the draws
    PTRS makes before it accepts.

    >>> from tinynet.random.mt19937 import MT19937
    >>> poisson_any(MT19937(0).next_double, float('inf')), poisson_any(MT19937(0).next_double, 1e18)
    (-9223372036854775808, 1000000000137091072)
    """
    if lam != lam:
        double()       # the multiplication method: one uniform, and the product test fails at once
        return 0
    return poisson(double, lam)


def _c_long(x):
    """floor(x) converted to int64 as x86 converts it: nan, inf and values past the range give -2**63."""
    if x != x or x >= 9223372036854775808.0 or x < -9223372036854775808.0:
        return -LONG_MAX - 1
    return int(math.floor(x))


def _ptrs(double, lam, count):
    """Return count Poisson draws by PTRS: k = floor((2a/us + b) u + lam + 0.43), then a squeeze and the exact test."""
    slam = math.sqrt(lam)
    loglam = math.log(lam)
    b = 0.931 + 2.53 * slam
    a = -0.059 + 0.02483 * b
    log_invalpha = math.log(1.1239 + 1.1328 / (b - 3.4))
    vr = 0.9277 - 3.6224 / (b - 2)
    values = [0] * count
    for i in range(count):
        while True:
            u = double() - 0.5
            v = double()
            us = 0.5 - abs(u)
            if us == 0.0:
                continue   # C gets k = floor(-inf) < 0 here and draws again
            k = _c_long((2 * a / us + b) * u + lam + 0.43)
            if us >= 0.07 and v <= vr:
                break
            if k < 0 or (us < 0.013 and v > us):
                continue
            if v == 0.0 or (math.log(v) + log_invalpha - math.log(a / (us * us) + b)
                            <= -lam + k * loglam - loggam(k + 1)):
                break
        values[i] = int(k)
    return values


# ---------------------------------------------------------------------------
# Geometric, hypergeometric, zipf and logseries
# ---------------------------------------------------------------------------

def geometric(double, p, legacy):
    """Return a draw of Geometric(p) on 1, 2, ...: a search of the cdf for p >= 1/3, else inversion.

    Inversion is ceil(log(1 - u) / log(1 - p)) in RandomState and
    ceil(-E / log1p(-p)) for an exponential E in Generator (see continuous).

    >>> from tinynet.random.mt19937 import MT19937
    >>> geometric(MT19937(0).next_double, 0.5, True), geometric(MT19937(0).next_double, 0.01, True)
    (2, 80)
    """
    if p >= 0.333333333333333333333333:
        x = 1
        total = prod = p
        q = 1.0 - p
        u = double()
        while u > total:
            prod *= q
            total += prod
            x += 1
        return x
    value = math.ceil(_log(1.0 - double()) / math.log(1.0 - p))
    return int(value)


def hypergeometric(double, good, bad, sample):
    """Return the number of good items in a sample of sample from good + bad, as RandomState draws it.

    A sample of at most 10 is drawn item by item; a larger one by HRUA.

    >>> from tinynet.random.mt19937 import MT19937
    >>> hypergeometric(MT19937(0).next_double, 10, 5, 8), hypergeometric(MT19937(0).next_double, 100, 200, 50)
    (5, 19)
    """
    if sample > 10:
        return _hrua(double, good, bad, sample)
    if sample > 0:
        return _hyp(double, good, bad, sample)
    return 0


def _hyp(double, good, bad, sample):
    """Draw the sample one by one; y counts the smaller kind still left."""
    d1 = float(bad + good - sample)
    d2 = float(min(bad, good))
    y = d2
    k = sample
    while y > 0.0:
        u = double()
        y -= math.floor(u + y / (d1 + k))
        k -= 1
        if k == 0:
            break
    z = int(d2 - y)
    if good > bad:
        z = sample - z
    return z


_D1 = 1.7155277699214135   # 2 sqrt(2 / e)
_D2 = 0.8989161620588988   # 3 - 2 sqrt(3 / e)


def _hrua(double, good, bad, sample):
    """HRUA: the ratio of uniforms around the mode, with loggam for the exact test."""
    mingoodbad = min(good, bad)
    popsize = good + bad
    maxgoodbad = max(good, bad)
    m = min(sample, popsize - sample)
    d4 = float(mingoodbad) / popsize
    d5 = 1.0 - d4
    d6 = m * d4 + 0.5
    d7 = math.sqrt(float(popsize - m) * sample * d4 * d5 / (popsize - 1) + 0.5)
    d8 = _D1 * d7 + _D2
    d9 = int(math.floor(float(m + 1) * (mingoodbad + 1) / (popsize + 2)))
    d10 = (loggam(d9 + 1) + loggam(mingoodbad - d9 + 1) + loggam(m - d9 + 1)
           + loggam(maxgoodbad - m + d9 + 1))
    d11 = min(min(m, mingoodbad) + 1.0, math.floor(d6 + 16 * d7))
    while True:
        x = double()
        y = double()
        if x == 0.0:
            continue   # C's w is +-inf or nan here: rejected by the range test
        w = d6 + d8 * (y - 0.5) / x
        if w < 0.0 or w >= d11:
            continue
        z = int(math.floor(w))
        t = d10 - (loggam(z + 1) + loggam(mingoodbad - z + 1) + loggam(m - z + 1)
                   + loggam(maxgoodbad - m + z + 1))
        if x * (4.0 - x) - 3.0 <= t:
            break
        if x * (x - t) >= 1:
            continue
        if 2.0 * math.log(x) <= t:
            break
    if good > bad:
        z = m - z
    if m < sample:
        z = good - z
    return z


def zipf(double, a, legacy=True):
    """Return a draw of Zipf(a) by Devroye's rejection: X = floor(U**(-1/(a-1))), kept if V X (T-1)/(b-1) <= T/b.

    Here U = 1 - u is in (0, 1] (Generator: U = u U_min + (1 - u) in (U_min, 1], with U_min = LONG_MAX**(1-a),
    so that no draw is spent on an X too large to return), b = 2**(a-1) and T = (1 + 1/X)**(a-1).

    >>> from tinynet.random.mt19937 import MT19937
    >>> zipf(MT19937(0).next_double, 2.0)
    2
    """
    if a >= 1025 and not legacy:
        return 1   # Generator: P(X = 1) is 1 to double precision
    am1 = a - 1.0
    b = 2.0 ** am1
    # Generator draws U from (u_min, 1] only: a smaller U would give an X past LONG_MAX, rejected anyway.
    u_min = 0.0 if legacy else _LONG_MAX_FLOAT ** -am1
    while True:
        u01 = double()
        u = 1.0 - u01 if legacy else u01 * u_min + (1.0 - u01)
        v = double()
        try:
            x = math.floor(u ** (-1.0 / am1))
        except (OverflowError, ValueError):
            continue   # U**(-1/(a-1)) is inf: beyond LONG_MAX
        if x > _LONG_MAX_FLOAT or x < 1.0:
            continue
        t = (1.0 + 1.0 / x) ** am1
        if v * x * (t - 1.0) / (b - 1.0) <= t / b:
            return int(x)


def logseries(double, p, legacy=True):
    """Return a draw of the logarithmic series distribution by Kemp's LK: V >= p gives 1, else a log-ratio.

    With r = log(1 - p) and q = 1 - exp(r U) (Generator: log1p(-p) and -expm1(r U)): V <= q**2 gives floor(1 + log V / log q), V >= q gives 1, else 2.

    >>> from tinynet.random.mt19937 import MT19937
    >>> logseries(MT19937(0).next_double, 0.9)
    3
    """
    r = math.log(1.0 - p) if legacy else _log1p(-p)
    while True:
        v = double()
        if v >= p:
            return 1
        u = double()
        q = 1.0 - math.exp(r * u) if legacy else -_expm1(r * u)
        if v <= q * q:
            if v == 0.0 or q == 0.0:
                continue
            result = math.floor(1 + math.log(v) / math.log(q))
            if result < 1:
                continue
            return int(result)
        if v >= q:
            return 1
        return 2
