"""Window functions for signal processing, and the Bessel function I0 that the Kaiser window needs.

Each window of length M is symmetric and peaks at 1 in its middle.  The cosine windows are written over
n = 1-M, 3-M, ..., M-1 (steps of 2), so the middle sample is at n = 0 and the edges at n = +-(M-1):

    bartlett   1 - |n| / (M-1)                                  (a triangle)
    hanning    0.5  + 0.5  cos(pi n / (M-1))
    hamming    0.54 + 0.46 cos(pi n / (M-1))
    blackman   0.42 + 0.5  cos(pi n / (M-1)) + 0.08 cos(2 pi n / (M-1))
    kaiser     I0(beta sqrt(1 - (2k/(M-1) - 1)**2)) / I0(beta)     for k = 0 .. M-1

M < 1 gives an empty array and M = 1 gives [1.0].

    >>> from tinynet import hanning, bartlett
    >>> hanning(5).tolist(), bartlett(5).tolist()
    ([0.0, 0.5, 1.0, 0.5, 0.0], [0.0, 0.5, 1.0, 0.5, 0.0])
"""

import math

from tinynet.core import dtypes, errors, floats
from tinynet.core.dtypes import FLOAT64
from tinynet.core.ndarray import asarray, ndarray
from tinynet.lib.creation import ones
from tinynet.lib.ranges import arange
from tinynet.lib.elementwise import sqrt, where
from tinynet.lib.elementwise_math import cos

# Made at run time, not math.inf: the compiler folds that into a constant that frozen firmware cannot
# hold (mpy-tool writes it into C as a bare inf).
_INF = float("inf")

def _window_length(M):
    """M as a float (NumPy accepts any real M), or None when the window is empty or a single 1.0."""
    if isinstance(M, (complex, ndarray)) or not isinstance(M + 0, (int, float)):
        raise TypeError("M must be a real number, not %r" % (M,))
    return float(M)


def _symmetric_positions(M):
    """n = 1-M, 3-M, ..., M-1: the positions of a window's samples, centred on 0."""
    return arange(1 - M, M, 2)


def _special(M):
    M = _window_length(M)
    if M < 1:
        return M, asarray([], dtype=FLOAT64)
    if M == 1:
        return M, ones(1, dtype=FLOAT64)
    return M, None


def bartlett(M):
    """Return the Bartlett (triangular) window: w[n] = 1 - |n| / (M-1) for n = 1-M, 3-M, ..., M-1.

    >>> bartlett(4).tolist()
    [0.0, 0.6666666666666667, 0.6666666666666667, 0.0]
    """
    M, done = _special(M)
    if done is not None:
        return done
    n = _symmetric_positions(M)
    return where(n <= 0, 1 + n / (M - 1), 1 - n / (M - 1))


def _cosine_window(M, terms):
    """sum_j c_j cos(j pi n / (M-1)), the Hann, Hamming and Blackman family."""
    M, done = _special(M)
    if done is not None:
        return done
    n = _symmetric_positions(M)
    result = None
    for j, c in enumerate(terms):
        term = c if j == 0 else c * cos((j * math.pi if j > 1 else math.pi) * n / (M - 1))
        result = term if result is None else result + term
    return result


def hanning(M):
    """Return the Hann window: w[n] = 0.5 + 0.5 cos(pi n / (M-1)) for n = 1-M, 3-M, ..., M-1.

    >>> hanning(3).tolist()
    [0.0, 1.0, 0.0]
    """
    return _cosine_window(M, (0.5, 0.5))


def hamming(M):
    """Return the Hamming window: w[n] = 0.54 + 0.46 cos(pi n / (M-1)) for n = 1-M, 3-M, ..., M-1.

    >>> [round(w, 12) for w in hamming(3).tolist()]
    [0.08, 1.0, 0.08]
    """
    return _cosine_window(M, (0.54, 0.46))


def blackman(M):
    """Return the Blackman window: w[n] = 0.42 + 0.5 cos(pi n/(M-1)) + 0.08 cos(2 pi n/(M-1)).

    >>> [round(w, 12) for w in blackman(3).tolist()]
    [-0.0, 1.0, -0.0]
    """
    return _cosine_window(M, (0.42, 0.5, 0.08))


def kaiser(M, beta):
    """Return the Kaiser window: w[k] = I0(beta sqrt(1 - (2k/(M-1) - 1)**2)) / I0(beta), k = 0..M-1.

    beta shapes it: 0 is a rectangle, 5 is close to Hamming, 8.6 close to Blackman.

    >>> [round(w, 6) for w in kaiser(3, 5.0).tolist()]
    [0.036711, 1.0, 0.036711]
    """
    M, done = _special(M)
    if done is not None:
        return done
    n = arange(0, M)
    alpha = (M - 1) / 2.0
    return i0(beta * sqrt(1 - ((n - alpha) / alpha) ** 2.0)) / i0(float(beta))


# --------------------------------------------------------------------------
# I0, the modified Bessel function of the first kind, order 0
# --------------------------------------------------------------------------

# Chebyshev coefficients of the Cephes library's i0 (Moshier, after Clenshaw's expansions as in Abramowitz
# and Stegun 9.8): exp(-x) I0(x) on [0, 8] in the variable x/2 - 2, and exp(-x) sqrt(x) I0(x) on (8, inf)
# in the variable 32/x - 2, highest order first.  The second tends to 1/sqrt(2 pi) as x grows.
_I0_A = (
    -4.41534164647933937950E-18, 3.33079451882223809783E-17, -2.43127984654795469359E-16,
    1.71539128555513303061E-15, -1.16853328779934516808E-14, 7.67618549860493561688E-14,
    -4.85644678311192946090E-13, 2.95505266312963983461E-12, -1.72682629144155570723E-11,
    9.67580903537323691224E-11, -5.18979560163526290666E-10, 2.65982372468238665035E-9,
    -1.30002500998624804212E-8, 6.04699502254191894932E-8, -2.67079385394061173391E-7,
    1.11738753912010371815E-6, -4.41673835845875056359E-6, 1.64484480707288970893E-5,
    -5.75419501008210370398E-5, 1.88502885095841655729E-4, -5.76375574538582365885E-4,
    1.63947561694133579842E-3, -4.32430999505057594430E-3, 1.05464603945949983183E-2,
    -2.37374148058994688156E-2, 4.93052842396707084878E-2, -9.49010970480476444210E-2,
    1.71620901522208775349E-1, -3.04682672343198398683E-1, 6.76795274409476084995E-1,
)
_I0_B = (
    -7.23318048787475395456E-18, -4.83050448594418207126E-18, 4.46562142029675999901E-17,
    3.46122286769746109310E-17, -2.82762398051658348494E-16, -3.42548561967721913462E-16,
    1.77256013305652638360E-15, 3.81168066935262242075E-15, -9.55484669882830764870E-15,
    -4.15056934728722208663E-14, 1.54008621752140982691E-14, 3.85277838274214270114E-13,
    7.18012445138366623367E-13, -1.79417853150680611778E-12, -1.32158118404477131188E-11,
    -3.14991652796324136454E-11, 1.18891471078464383424E-11, 4.94060238822496958910E-10,
    3.39623202570838634515E-9, 2.26666899049817806459E-8, 2.04891858946906374183E-7,
    2.89137052083475648297E-6, 6.88975834691682398426E-5, 3.36911647825569408990E-3,
    8.04490411014108831608E-1,
)


def _clenshaw(y, coefficients):
    """sum_i' c_i T_i(y/2) by Clenshaw's recurrence b0 = y b1 - b2 + c_i, highest order first: (b0 - b2)/2."""
    b0, b1, b2 = coefficients[0], 0.0, 0.0
    for c in coefficients[1:]:
        b2, b1 = b1, b0
        b0 = y * b1 - b2 + c
    return 0.5 * (b0 - b2)


def _chebyshev_sums(ys, coefficients, fix):
    """_clenshaw for each y of ys; fix rounds a list to the dtype (None for float64).

    float32 and float16 are evaluated in their own precision, as NumPy evaluates them: the recurrence
    runs over the whole list at once, each operation rounded.
    """
    if fix is None:
        return [_clenshaw(y, coefficients) for y in ys]
    coefficients = fix(list(coefficients))
    b0, b1 = [coefficients[0]] * len(ys), [0.0] * len(ys)
    b2 = b1
    for c in coefficients[1:]:
        b2, b1 = b1, b0
        products = fix([y * u for y, u in zip(ys, b1)])
        b0 = fix([p + c for p in fix([p - v for p, v in zip(products, b2)])])
    return fix([0.5 * d for d in fix([u - v for u, v in zip(b0, b2)])])


def _i0_values(xs, fix):
    """I0(|x|) for each x of xs, values of one float dtype (rounded by fix, None for float64): see i0."""
    keep = (lambda v: v) if fix is None else fix
    xs = [-x if x < 0 else x for x in xs]  # nan stays nan and goes with the large values
    small = [k for k, x in enumerate(xs) if x <= 8.0]
    large = [k for k, x in enumerate(xs) if not x <= 8.0]
    result = [0.0] * len(xs)
    # 0 <= x <= 8:  e**x A(x/2 - 2)
    x = [xs[k] for k in small]
    sums = _chebyshev_sums(keep([v - 2.0 for v in keep([v / 2.0 for v in x])]), _I0_A, fix)
    for k, value in zip(small, keep([e * s for e, s in zip(keep([floats.exp(v) for v in x]), sums)])):
        result[k] = value
    # x > 8:  e**x B(32/x - 2) / sqrt(x)
    x = [xs[k] for k in large]
    sums = _chebyshev_sums(keep([v - 2.0 for v in keep([32.0 / v for v in x])]), _I0_B, fix)
    scaled = keep([e * s for e, s in zip(keep([floats.exp(v) for v in x]), sums)])
    for k, value in zip(large, keep([p / r for p, r in zip(scaled, keep([floats.sqrt(v) for v in x]))])):
        result[k] = value
    _report_errors(x, scaled)
    return result


def _report_errors(xs, scaled):
    """NumPy's floating-point errors of i0: e**x overflowing for a finite x, then inf / inf at x = inf."""
    total = sum(scaled)
    if total - total == 0:
        return  # every value finite (an inf or nan makes the sum inf or nan)
    if [1 for x, v in zip(xs, scaled) if v == _INF and x != _INF]:
        errors.floating_error(errors.OVERFLOW, "exp")
    if _INF in xs:
        errors.floating_error(errors.INVALID, "divide")


def i0(x):
    """Return I0(x), the modified Bessel function of the first kind of order 0, elementwise.

    I0(x) = sum_k ((x/2)**k / k!)**2 is even and grows like e**|x| / sqrt(2 pi |x|).  It is computed
    as the Cephes library and NumPy compute it, from Clenshaw's Chebyshev expansions of the slowly
    varying e**-x I0(x) and e**-x sqrt(x) I0(x):

        I0(x) = e**x A(x/2 - 2)              for 0 <= x <= 8
        I0(x) = e**x B(32/x - 2) / sqrt(x)   for x > 8

    where A(y) and B(y) are sums of Chebyshev polynomials T_i(y/2), -1 <= y/2 <= 1, summed by
    Clenshaw's recurrence: a few ulps from the true value.  Integers and bools give float64; float32
    and float16 are computed in their own precision, as by NumPy.  Complex input is refused.  e**x
    overflows past 709.78 (I0 itself lasts to about 713.99), so i0 is inf there ("overflow encountered
    in exp"), and at +-inf the formula meets inf / inf: i0(+-inf) is nan, both as NumPy gives them.

    >>> i0(0.0), float(i0(1.0)), float(i0(-38))
    (array(1.), 1.2660658777520082, 2068504714851044.5)
    >>> i0([8.0, 8.5, -100.0, 700.0]).tolist()
    [427.56411572180474, 683.1619269901155, 1.0737517071310738e+42, 1.5295933476718735e+302]
    """
    x = asarray(x)
    if x.dtype.kind == "c":
        raise TypeError("i0 not supported for complex values")
    if x.dtype.kind != "f":
        x = x.astype(FLOAT64)
    d = x.dtype
    fix = None if d is FLOAT64 else (lambda values: dtypes.fix(values, d))
    return ndarray._make(_i0_values(x._values(), fix), x.shape, d)
