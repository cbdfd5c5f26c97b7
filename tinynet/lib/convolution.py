"""Discrete convolution and correlation of two 1-d sequences.

    correlate:  c[k] = sum_n a[n + k] * conj(v[n])
    convolve:   (a * v)[k] = sum_n a[n] * v[k - n]      = correlate(a, v[::-1]), the "flipped" one

``mode`` says which shifts k to keep:
    'full'   every shift where the two overlap at all: len(a) + len(v) - 1 values
    'same'   the middle max(len(a), len(v)) values of 'full'
    'valid'  only shifts where one lies entirely inside the other: max - min + 1 values

    >>> from tinynet import convolve, correlate
    >>> convolve([1, 2, 3], [0, 1, 0.5]).tolist()
    [0.0, 1.0, 2.5, 4.0, 1.5]
    >>> correlate([1, 2, 3], [0, 1, 0.5], "same").tolist()
    [2.0, 3.5, 3.0]
"""

from tinynet.core import dtypes
from tinynet.core.dtypes import BOOL
from tinynet.core.ndarray import asarray, ndarray

_MODES = {"full": "full", "f": "full", 2: "full", "same": "same", "s": "same", 1: "same",
          "valid": "valid", "v": "valid", 0: "valid"}


def _mode(mode):
    try:
        return _MODES[mode]
    except (KeyError, TypeError):
        raise ValueError("mode must be one of 'valid', 'same', or 'full' (got %r)" % (mode,)) from None


def _sequences(a, v):
    a, v = asarray(a), asarray(v)
    if a.ndim > 1 or v.ndim > 1:
        raise ValueError("object too deep for desired array")
    a, v = a.ravel(), v.ravel()
    if a.size == 0:
        raise ValueError("a cannot be empty")
    if v.size == 0:
        raise ValueError("v cannot be empty")
    d = dtypes.result_type(a.dtype, v.dtype)
    return a.astype(d).tolist(), v.astype(d).tolist(), d


def _correlate_lists(x, y, mode, boolean):
    """c[k] = sum_n x[n + k] * y[n] over the shifts that mode keeps (y already conjugated).

    The shifts run from k = -(len(y) - 1), where only y's last element meets x's first, to
    k = len(x) - 1; 'valid' and 'same' keep a centred part of that range.
    """
    n, m = len(x), len(y)
    if mode == "valid":
        first, count = 0, n - m + 1
    elif mode == "same":
        first, count = -(m // 2), n
    else:
        first, count = -(m - 1), n + m - 1
    out = []
    zero = type(y[0])(0)  # +0.0 for floats, as a running sum starts (so 0 + -0.0 is 0.0)
    for k in range(first, first + count):
        lo, hi = max(0, -k), min(m, n - k)
        if boolean:
            out.append(any(x[i + k] and y[i] for i in range(lo, hi)))
        else:
            out.append(sum([x[i + k] * y[i] for i in range(lo, hi)], zero))
    return out


def correlate(a, v, mode="valid"):
    """Return the cross-correlation c[k] = sum_n a[n + k] * conj(v[n]) of two 1-d sequences.

    When v is longer than a, the roles swap and the result is reversed (and conjugated), as in NumPy.

    >>> correlate([1, 2, 3], [1, 1]).tolist()
    [3, 5]
    """
    mode = _mode(mode)
    x, y, d = _sequences(a, v)
    swapped = len(y) > len(x)
    if swapped:
        x, y = y, x
    if d.kind == "c":
        y = [z.conjugate() for z in y]
    out = _correlate_lists(x, y, mode, d is BOOL)
    if swapped:
        out.reverse()
        if d.kind == "c":
            out = [z.conjugate() for z in out]
    return _finish(out, d)


def convolve(a, v, mode="full"):
    """Return the discrete convolution (a * v)[k] = sum_n a[n] * v[k - n] of two 1-d sequences.

    >>> convolve([1, 2], [1, 1, 1]).tolist()
    [1, 3, 3, 2]
    """
    mode = _mode(mode)
    x, y, d = _sequences(a, v)
    if len(y) > len(x):
        x, y = y, x
    return _finish(_correlate_lists(x, y[::-1], mode, d is BOOL), d)


def _finish(values, d):
    return ndarray._make(dtypes.fix(values, d), (len(values),), d)
