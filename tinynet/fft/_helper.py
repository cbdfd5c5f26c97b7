"""Sample frequencies and shifts: fftfreq, rfftfreq, fftshift, ifftshift.

For a transform of length n of samples spaced d apart, term k of ``fft`` belongs to the frequency
k / (n d) for k < n/2, and to (k - n) / (n d) above: the negative frequencies come second.

    >>> from tinynet import fft
    >>> fft.fftfreq(4).tolist(), fft.rfftfreq(4).tolist()
    ([0.0, 0.25, -0.5, -0.25], [0.0, 0.25, 0.5])
    >>> fft.fftshift(fft.fftfreq(5)).tolist()
    [-0.4, -0.2, 0.0, 0.2, 0.4]
"""

from tinynet.core import dtypes
from tinynet.core.construct import check_device
from tinynet.core.dtypes import FLOAT64
from tinynet.core.ndarray import asarray, ndarray, normalize_axis
from tinynet.lib.rearranging import roll


def _check_n(n):
    if isinstance(n, bool) or not isinstance(n, int):
        if not (hasattr(n, "__index__") and not isinstance(n, float) and getattr(n, "ndim", 0) == 0):
            raise ValueError("n should be an integer")
        n = n.__index__()
    return int(n)


def _frequencies(ks, n, d, dtype, device):
    check_device(device)
    out_dtype = FLOAT64 if dtype is None else dtypes.as_dtype(dtype)
    if out_dtype.kind != "f":
        raise ValueError("fftfreq needs a real floating-point dtype, not %s" % out_dtype)
    val = 1.0 / (n * float(d))
    values = [k * val for k in ks]
    return ndarray._make(list(dtypes.fix(values, out_dtype)), (len(values),), out_dtype)


def fftfreq(n, d=1.0, device=None, dtype=None):
    """Return the sample frequencies of fft: f_k = k / (n d) for k = 0 .. ceil(n/2) - 1, then -floor(n/2) .. -1.

    dtype (the Array API standard's keyword; NumPy has none) is a real floating dtype, float64 by default.

    >>> from tinynet import fft
    >>> fft.fftfreq(5, d=0.5).tolist()
    [0.0, 0.4, 0.8, -0.8, -0.4]
    """
    n = _check_n(n)
    positive = (n - 1) // 2 + 1
    ks = list(range(positive)) + list(range(-(n // 2), 0))
    return _frequencies(ks, n, d, dtype, device)


def rfftfreq(n, d=1.0, device=None, dtype=None):
    """Return the sample frequencies of rfft: f_k = k / (n d) for k = 0 .. n//2.

    >>> from tinynet import fft
    >>> fft.rfftfreq(5, d=0.5).tolist()
    [0.0, 0.4, 0.8]
    """
    n = _check_n(n)
    return _frequencies(range(n // 2 + 1), n, d, dtype, device)


def _shifts(x, axes, sign):
    if axes is None:
        axes = tuple(range(x.ndim))
        return [sign * (x._shape[k] // 2) for k in axes], axes
    if isinstance(axes, (tuple, list)):
        return [sign * (x._shape[normalize_axis(k, x.ndim)] // 2) for k in axes], tuple(axes)
    return sign * (x._shape[normalize_axis(axes, x.ndim)] // 2), axes


def fftshift(x, axes=None):
    """Move the zero frequency to the middle: roll each axis of length n by n // 2.

    >>> from tinynet import fft
    >>> fft.fftshift([0, 1, 2, -2, -1]).tolist()
    [-2, -1, 0, 1, 2]
    """
    x = asarray(x)
    shift, axes = _shifts(x, axes, 1)
    if axes == ():
        return x.copy()
    return roll(x, shift, axes)


def ifftshift(x, axes=None):
    """Undo fftshift: roll each axis of length n by -(n // 2).

    >>> from tinynet import fft
    >>> fft.ifftshift([-2, -1, 0, 1, 2]).tolist()
    [0, 1, 2, -2, -1]
    """
    x = asarray(x)
    shift, axes = _shifts(x, axes, -1)
    if axes == ():
        return x.copy()
    return roll(x, shift, axes)
