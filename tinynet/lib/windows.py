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

from tinynet.core import dtypes
from tinynet.core.dtypes import FLOAT64
from tinynet.core.ndarray import asarray, ndarray
from tinynet.lib.creation import ones
from tinynet.lib.ranges import arange
from tinynet.lib.elementwise import sqrt, where
from tinynet.lib.elementwise_math import cos

# Made at run time, not math.inf or math.nan: the compiler folds those into constants that frozen firmware
# cannot hold (mpy-tool writes them into C as bare inf and nan).
_INF = float("inf")
_NAN = float("nan")


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


def _i0_series(x):
    """I0(x) = sum_k ((x/2)**k / k!)**2, summed with math.fsum until the terms stop mattering."""
    quarter_square = x * x / 4.0
    term = 1.0
    terms = [1.0]
    k = 0
    while term > 1e-17 * terms[0] or k < 2:
        k += 1
        term *= quarter_square / (k * k)
        terms.append(term)
        if term < 1e-18 * math.fsum(terms):
            break
    return math.fsum(terms)


def _i0_asymptotic(x):
    """I0(x) ~ e**x / sqrt(2 pi x) * sum_k ((2k-1)!!)**2 / (k! (8x)**k), for large x.

    e**x is split as (e**(x/2))**2 so that values up to I0's own overflow near x = 713.99 stay finite.
    """
    terms = [1.0]
    term = 1.0
    k = 0
    while True:
        k += 1
        term *= (2 * k - 1) ** 2 / (k * 8.0 * x)
        if term < 1e-17:
            break
        terms.append(term)
    half = math.exp(x / 2.0)
    return half * (half / math.sqrt(2 * math.pi * x) * math.fsum(terms))


def _i0_one(x):
    if x != x:
        return x
    x = abs(x)
    if x == _INF:
        return _NAN  # NumPy's answer (its formula meets inf / inf); the limit itself is inf
    if x <= 40.0:
        return _i0_series(x)
    if x > 709.782712893384:  # NumPy's formula overflows in e**x here, though I0 itself lasts to ~713.98
        return _INF
    return _i0_asymptotic(x)


def i0(x):
    """Return I0(x), the modified Bessel function of the first kind of order 0, elementwise.

    I0(x) = sum_k ((x/2)**k / k!)**2: summed as that power series (with math.fsum) up to |x| = 40,
    and from its asymptotic expansion e**x / sqrt(2 pi x) * (1 + 1/(8x) + 9/(2 (8x)**2) + ...) above.
    Both agree with NumPy's Chebyshev approximation to about 1e-15 relative.  Complex input is refused,
    as by NumPy, and i0(+-inf) is nan, as NumPy gives it.

    >>> i0(0.0), round(float(i0(1.0)), 12)
    (array(1.), 1.266065877752)
    """
    x = asarray(x)
    if x.dtype.kind == "c":
        raise TypeError("i0 not supported for complex values")
    if x.dtype.kind not in "f":
        x = x.astype(FLOAT64)
    return ndarray._make(dtypes.fix([_i0_one(v) for v in x._values()], x.dtype), x.shape, x.dtype)
