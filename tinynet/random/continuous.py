"""Continuous distributions, draw for draw as NumPy's C code draws them.

Each sampler takes a *source* ``src`` and the distribution's parameters and
returns one float. A source has three methods:

- ``src._double()``: the next uniform double in [0, 1);
- ``src._normal()``: the next N(0, 1) (the legacy polar method with its cached
  second value, or the ziggurat of ``Generator``);
- ``src._exponential()``: the next Exp(1) (``-log(1 - u)`` in the legacy
  generator, the exponential ziggurat in ``Generator``).

The legacy ``RandomState`` and ``Generator`` share every formula here except
where a ``legacy`` flag chooses; NumPy keeps the old formulas for the legacy
generator so that old seeds give old numbers.

>>> from tinynet.random.legacy import RandomState
>>> src = RandomState(0)
>>> standard_gamma(src, 2.5), beta(src, 0.5, 0.5)
(5.93870070324508, 0.6232356835552665)

Where C's ``log``, ``exp``, ``pow`` or a division gives inf, nan or a signed
zero, Python raises instead; the helpers ``_log``, ``_exp``, ``_pow`` and
``_div`` give what C gives.
"""

import math

__all__ = ['standard_gamma', 'beta', 'chisquare', 'f', 'noncentral_chisquare', 'noncentral_f',
           'standard_t', 'standard_cauchy', 'laplace', 'gumbel', 'logistic', 'pareto', 'power',
           'weibull', 'rayleigh', 'wald', 'vonmises', 'triangular']

_INF = float('inf')
_NAN = float('nan')


def _log(x):
    """Return ln x with C's edges: -inf at 0, nan below."""
    if x > 0.0:
        return math.log(x)
    if x == 0.0:
        return -_INF
    return _NAN


def _exp(x):
    """Return e**x with C's overflow to inf."""
    try:
        return math.exp(x)
    except (OverflowError, ValueError):   # MicroPython raises ValueError
        return _INF if x > 0 else _NAN


def _pow(x, y):
    """Return x**y with C's edges: inf on overflow, inf for 0 to a negative power, nan off the domain."""
    try:
        return math.pow(x, y)
    except OverflowError:
        return _INF
    except (ValueError, ZeroDivisionError):
        if x == 0.0:
            return _INF
        return _NAN


try:
    _log1p = math.log1p
except AttributeError:
    # MicroPython has no log1p; 1 + x is exact for x = -u, u a 53-bit uniform, so the correctly rounded
    # log of 1 + x is used (C's log1p can differ from it in the last bit)
    def _log1p(x):
        from tinynet.random.ziggurat import exact_log
        return exact_log(1.0 + x)


def _div(x, y):
    """Return x / y with IEEE's answers for y == 0: +-inf, or nan for 0 / 0."""
    try:
        return x / y
    except ZeroDivisionError:
        if x == 0.0 or x != x:
            return _NAN
        negative = (x < 0) != (math.copysign(1.0, y) < 0)
        return -_INF if negative else _INF


# ---------------------------------------------------------------------------
# Gamma and the distributions built on it
# ---------------------------------------------------------------------------

def standard_gamma(src, shape):
    """Return a draw of Gamma(shape, 1) by Marsaglia and Tsang (shape > 1) or Johnk's rejection (shape < 1).

    shape >= 1: with b = shape - 1/3 and c = 1/sqrt(9 b), draw X ~ N(0, 1) until
    V = (1 + c X)**3 > 0, then accept b V if U < 1 - 0.0331 X**4 or
    ln U < X**2 / 2 + b (1 - V + ln V). shape == 1 is Exp(1); shape == 0 is 0.

    >>> from tinynet.random.legacy import RandomState
    >>> standard_gamma(RandomState(1), 0.5)
    0.17390735240615365
    """
    if shape == 1.0:
        return src._exponential()
    if shape == 0.0:
        return 0.0
    if shape < 1.0:
        inverse = 1.0 / shape
        while True:
            u = src._double()
            v = src._exponential()
            if u <= 1.0 - shape:
                x = _pow(u, inverse)
                if x <= v:
                    return x
            else:
                y = -math.log((1 - u) / shape)
                x = _pow(1.0 - shape + shape * y, inverse)
                if x <= v + y:
                    return x
    b = shape - 1. / 3.
    c = 1. / math.sqrt(9 * b)
    while True:
        while True:
            x = src._normal()
            v = 1.0 + c * x
            if not v <= 0.0:   # nan leaves the loop too, as in C
                break
        v = v * v * v
        u = src._double()
        if u < 1.0 - 0.0331 * (x * x) * (x * x):
            return b * v
        if _log(u) < 0.5 * x * x + b * (1. - v + math.log(v)):
            return b * v


def beta(src, a, b):
    """Return a draw of Beta(a, b): Johnk's X / (X + Y), X = U**(1/a), Y = V**(1/b), for a, b <= 1; else Ga / (Ga + Gb).

    >>> from tinynet.random.legacy import RandomState
    >>> beta(RandomState(0), 2.0, 3.0)
    0.6035897484783911
    """
    if a <= 1.0 and b <= 1.0:
        while True:
            u = src._double()
            v = src._double()
            x = _pow(u, 1.0 / a)
            y = _pow(v, 1.0 / b)
            total = x + y
            if total <= 1.0 and u + v > 0.0:
                if total > 0:
                    return x / total
                # both underflowed: the same ratio in logs
                log_x = _log(u) / a
                log_y = _log(v) / b
                log_m = log_x if log_x > log_y else log_y
                log_x -= log_m
                log_y -= log_m
                return _exp(log_x - _log(_exp(log_x) + _exp(log_y)))
    ga = standard_gamma(src, a)
    gb = standard_gamma(src, b)
    return _div(ga, ga + gb)


def chisquare(src, df):
    """Return a draw of chi-square(df) = 2 Gamma(df / 2)."""
    return 2.0 * standard_gamma(src, df / 2.0)


def f(src, dfnum, dfden):
    """Return a draw of F(dfnum, dfden) = (chi2(dfnum) dfden) / (chi2(dfden) dfnum)."""
    top = chisquare(src, dfnum) * dfden
    return _div(top, chisquare(src, dfden) * dfnum)


def noncentral_chisquare(src, df, nonc, poisson, legacy):
    """Return a draw of the noncentral chi-square: chi2(df - 1) + (Z + sqrt(nonc))**2 for df > 1,
    else chi2(df + 2 i) with i ~ Poisson(nonc / 2). poisson(lam) draws the Poisson.

    A nan nonc gives nan: Generator before drawing, RandomState after the draws it would make.
    """
    if nonc != nonc and not legacy:
        return _NAN
    if nonc == 0:
        return chisquare(src, df)
    if 1 < df:
        chi2 = chisquare(src, df - 1)
        n = src._normal() + math.sqrt(nonc)
        return chi2 + n * n
    i = poisson(nonc / 2.0)
    out = chisquare(src, df + 2 * i)
    return _NAN if nonc != nonc else out


def noncentral_f(src, dfnum, dfden, nonc, poisson, legacy):
    """Return a draw of the noncentral F: (noncentral chi2(dfnum, nonc) dfden) / (chi2(dfden) dfnum)."""
    t = noncentral_chisquare(src, dfnum, nonc, poisson, legacy) * dfden
    return _div(t, chisquare(src, dfden) * dfnum)


def standard_t(src, df):
    """Return a draw of Student's t: sqrt(df / 2) Z / sqrt(Gamma(df / 2))."""
    num = src._normal()
    denom = standard_gamma(src, df / 2)
    return _div(math.sqrt(df / 2) * num, math.sqrt(denom)) if denom == denom else _NAN


def standard_cauchy(src):
    """Return a draw of the standard Cauchy distribution: Z1 / Z2 (legacy) for two normals."""
    num = src._normal()
    return _div(num, src._normal())


# ---------------------------------------------------------------------------
# Location-scale families from one uniform
# ---------------------------------------------------------------------------

def laplace(src, loc, scale):
    """Return a draw of Laplace(loc, scale): loc + scale ln(2U) for U < 1/2, loc - scale ln(2 - 2U) above; U = 0 draws again."""
    while True:
        u = src._double()
        if u >= 0.5:
            return loc - scale * math.log(2.0 - u - u)
        if u > 0.0:
            return loc + scale * math.log(u + u)


def gumbel(src, loc, scale):
    """Return a draw of Gumbel(loc, scale): loc - scale ln(-ln U) for U = 1 - u in (0, 1); U = 1 draws again."""
    while True:
        u = 1.0 - src._double()
        if u < 1.0:
            return loc - scale * math.log(-math.log(u))


def logistic(src, loc, scale):
    """Return a draw of Logistic(loc, scale): loc + scale ln(U / (1 - U)); U = 0 draws again."""
    while True:
        u = src._double()
        if u > 0.0:
            return loc + scale * math.log(u / (1.0 - u))


def triangular(src, left, mode, right):
    """Return a draw of the triangular distribution by inversion of its cdf.

    U <= (mode - left) / (right - left) gives left + sqrt(U (mode - left)(right - left)),
    else right - sqrt((1 - U)(right - mode)(right - left)).
    """
    base = right - left
    leftbase = mode - left
    ratio = leftbase / base
    leftprod = leftbase * base
    rightprod = (right - mode) * base
    u = src._double()
    if u <= ratio:
        return left + math.sqrt(u * leftprod)
    return right - math.sqrt((1.0 - u) * rightprod)


# ---------------------------------------------------------------------------
# Transforms of one exponential
# ---------------------------------------------------------------------------

def pareto(src, a, legacy):
    """Return a draw of Pareto II (Lomax): exp(E / a) - 1 (legacy) or expm1(E / a), E ~ Exp(1)."""
    e = src._exponential()
    if legacy:
        return _exp(_div(e, a)) - 1
    return _expm1(_div(e, a))


def _expm1(x):
    """Return e**x - 1, accurate near 0 where the runtime has expm1."""
    try:
        return math.expm1(x)
    except AttributeError:   # MicroPython
        return _exp(x) - 1.0
    except OverflowError:
        return _INF


def power(src, a, legacy):
    """Return a draw of the power distribution: (1 - exp(-E))**(1/a) (legacy) or (-expm1(-E))**(1/a)."""
    e = src._exponential()
    base = 1 - _exp(-e) if legacy else -_expm1(-e)
    return _pow(base, _div(1., a))


def weibull(src, a):
    """Return a draw of Weibull(a): E**(1/a), and 0 for a == 0."""
    if a == 0.0:
        return 0.0
    return _pow(src._exponential(), _div(1., a))


def rayleigh(src, mode, legacy):
    """Return a draw of Rayleigh(mode): mode sqrt(-2 log1p(-U)) (legacy) or mode sqrt(2 E)."""
    if legacy:
        return mode * math.sqrt(-2.0 * _log1p(-src._double()))
    return mode * math.sqrt(2.0 * src._exponential())


# ---------------------------------------------------------------------------
# Wald and von Mises
# ---------------------------------------------------------------------------

def wald(src, mean, scale):
    """Return a draw of Wald(mean, scale) by Michael, Schucany and Haas: one normal and one uniform.

    Y = mean Z**2, X = mean + mean / (2 scale) (Y - sqrt(4 scale Y + Y**2)); X if U <= mean / (mean + X), else mean**2 / X.
    """
    mu_2l = mean / (2 * scale)
    y = src._normal()
    y = mean * y * y
    x = mean + mu_2l * (y - math.sqrt(4 * scale * y + y * y))
    u = src._double()
    if u <= _div(mean, mean + x):
        return x
    return _div(mean * mean, x)


def vonmises(src, mu, kappa, legacy):
    """Return a draw of von Mises(mu, kappa) by Best and Fisher's rejection, wrapped to [-pi, pi].

    kappa < 1e-8 is uniform on the circle. Generator uses a normal of variance
    1/kappa for kappa > 1e6; the legacy generator does not.
    """
    if kappa != kappa:
        return _NAN   # no draw, as NumPy
    if kappa < 1e-8:
        return math.pi * (2 * src._double() - 1)
    if kappa < 1e-5:
        s = 1. / kappa + kappa
    elif kappa <= 1e6 or legacy:
        r = 1 + math.sqrt(1 + 4 * kappa * kappa)
        rho = (r - math.sqrt(2 * r)) / (2 * kappa)
        s = (1 + rho * rho) / (2 * rho)
    else:
        # a von Mises of kappa > 1e6 is a normal of variance 1 / kappa to double precision
        result = mu + math.sqrt(1. / kappa) * src._normal()
        if result < -math.pi:
            result += 2 * math.pi
        if result > math.pi:
            result -= 2 * math.pi
        return result
    while True:
        u = src._double()
        z = math.cos(math.pi * u)
        w = (1 + s * z) / (s + z)
        y = kappa * (s - w)
        v = src._double()
        if y * (2 - y) - v >= 0 or _log(_div(y, v)) + 1 - y >= 0:
            break
    u = src._double()
    result = math.acos(w)
    if u < 0.5:
        result = -result
    return _wrap(result + mu)


def _wrap(result):
    """Return an angle wrapped into [-pi, pi] as NumPy wraps it: fmod(|x| + pi, 2 pi) - pi, with x's sign."""
    negative = result < 0
    mod = math.fabs(result)
    mod = math.fmod(mod + math.pi, 2 * math.pi) - math.pi
    if negative:
        mod *= -1
    return mod
