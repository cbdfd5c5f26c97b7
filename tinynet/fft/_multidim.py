"""N-dimensional transforms: fftn, ifftn, rfftn, irfftn and their two-axis forms fft2, ifft2, rfft2, irfft2.

The N-dimensional transform is the one-dimensional transform applied along each axis in turn:

    X_{k_1..k_d} = sum_{j_1..j_d} x_{j_1..j_d} e^{-2 pi i (j_1 k_1 / n_1 + ... + j_d k_d / n_d)}.

``s`` gives the length of each transformed axis (None in it keeps the input's length), ``axes`` the axes
(default: the last len(s) axes, or every axis).  The real transforms take the last axis of ``axes`` as
the halved one.  The norm applies to each axis, so "ortho" divides by sqrt(n_1 ... n_d) in all.

    >>> from tinynet import fft
    >>> fft.fft2([[1.0, 2.0], [3.0, 4.0]]).tolist()
    [[(10+0j), (-2+0j)], [(-4+0j), 0j]]
    >>> fft.irfftn(fft.rfftn([[1.0, 2.0], [3.0, 4.0]]), s=(2, 2)).tolist()
    [[1.0, 2.0], [3.0, 4.0]]
"""

from tinynet.core import dtypes
from tinynet.fft import _common
from tinynet.fft._onedim import complex_transform, real_forward, real_inverse


def _cook_s_axes(a, s, axes, inverse_real):
    """Return (s, axes) as lists of equal length, with NumPy's defaults and checks."""
    if s is None:
        if axes is None:
            axes = list(range(a.ndim))
        else:
            axes = _axes_list(axes)
        s = [a._shape[_common.normalize_axis(k, a.ndim)] for k in axes]
        if inverse_real and axes:
            s[-1] = 2 * (s[-1] - 1)
    else:
        if not isinstance(s, (tuple, list)) and not hasattr(s, "tolist"):
            raise TypeError("'%s' object is not iterable" % type(s).__name__)
        s = list(s.tolist() if hasattr(s, "tolist") else s)
        if axes is None:
            dtypes._warn("`axes` should not be `None` if `s` is not `None` (Deprecated in NumPy 2.0). In a "
                         "future version of NumPy, this will raise an error and `s[i]` will correspond to the "
                         "size along the transformed axis specified by `axes[i]`. To retain current behaviour, "
                         "pass a sequence [0, ..., k-1] to `axes` for an array of dimension k.", DeprecationWarning)
            axes = list(range(-len(s), 0))
        else:
            axes = _axes_list(axes)
        if len(s) != len(axes):
            raise ValueError("Shape and axes have different lengths.")
        for i, k in enumerate(axes):
            if s[i] is None:
                size = a._shape[_common.normalize_axis(k, a.ndim)]
                s[i] = 2 * (size - 1) if inverse_real and i == len(axes) - 1 else size
    axes = [_common.normalize_axis(k, a.ndim) for k in axes]
    s = [_common.check_size(_common.as_length(n)) if n is not None else None for n in s]
    return s, axes


def _axes_list(axes):
    if not isinstance(axes, (tuple, list)) and not hasattr(axes, "tolist"):
        raise TypeError("'%s' object is not iterable" % type(axes).__name__)
    return list(axes.tolist() if hasattr(axes, "tolist") else axes)


def _check_real_axes(axes, name):
    if not axes:
        raise IndexError("%s needs at least one axis to transform" % name)


def _complex_nd(a, s, axes, norm, out, inverse, name):
    a = _common.as_input(a, name=name)
    rd = _common.real_dtype_of(a._dtype)
    s, axes = _cook_s_axes(a, s, axes, False)
    norm = _common.check_norm(norm)
    if not axes:
        return a
    for i in range(len(axes) - 1, -1, -1):
        a = complex_transform(a, s[i], axes[i], norm, inverse, rd)
        rd = _common.after_complex_pass(rd)
    return _common.finish(a, _common.complex_of(rd), out, name)


def fftn(a, s=None, axes=None, norm=None, out=None):
    """Compute the N-dimensional discrete Fourier transform over axes (default: all of them).

    >>> from tinynet import fft
    >>> fft.fftn([[1.0, 1.0], [1.0, 1.0]]).tolist()
    [[(4+0j), 0j], [0j, 0j]]
    """
    return _complex_nd(a, s, axes, norm, out, False, "fftn")


def ifftn(a, s=None, axes=None, norm=None, out=None):
    """Compute the N-dimensional inverse transform over axes: the sum with e^{+2 pi i ...} / (n_1 ... n_d).

    >>> from tinynet import fft
    >>> fft.ifftn([[4.0, 0.0], [0.0, 0.0]]).tolist()
    [[(1+0j), (1+0j)], [(1+0j), (1+0j)]]
    """
    return _complex_nd(a, s, axes, norm, out, True, "ifftn")


def fft2(a, s=None, axes=(-2, -1), norm=None, out=None):
    """Compute the two-dimensional transform over axes (default: the last two); fftn with two axes.

    >>> from tinynet import fft
    >>> fft.fft2([[0.0, 1.0], [0.0, 0.0]]).tolist()
    [[(1+0j), (-1+0j)], [(1+0j), (-1+0j)]]
    """
    return _complex_nd(a, s, axes, norm, out, False, "fft2")


def ifft2(a, s=None, axes=(-2, -1), norm=None, out=None):
    """Compute the two-dimensional inverse transform over axes (default: the last two).

    >>> from tinynet import fft
    >>> fft.ifft2([[4.0, 0.0], [0.0, 0.0]]).tolist()
    [[(1+0j), (1+0j)], [(1+0j), (1+0j)]]
    """
    return _complex_nd(a, s, axes, norm, out, True, "ifft2")


def rfftn(a, s=None, axes=None, norm=None, out=None):
    """Compute the N-dimensional transform of a real input; the last axis keeps n//2 + 1 terms.

    >>> from tinynet import fft
    >>> fft.rfftn([[1.0, 2.0, 3.0, 4.0]]).tolist()
    [[(10+0j), (-2+2j), (-2+0j)]]
    """
    a = _common.as_input(a, real_only=True, name="rfftn")
    rd = _common.real_dtype_of(a._dtype)
    s, axes = _cook_s_axes(a, s, axes, False)
    norm = _common.check_norm(norm)
    _check_real_axes(axes, "rfftn")
    a = real_forward(a, s[-1], axes[-1], norm, rd)
    rd = _common.after_complex_pass(rd)
    for i in range(len(axes) - 2, -1, -1):
        a = complex_transform(a, s[i], axes[i], norm, False, rd)
    return _common.finish(a, _common.complex_of(rd), out, "rfftn")


def irfftn(a, s=None, axes=None, norm=None, out=None):
    """Compute the inverse of rfftn: a real array, the last axis of length s[-1] (default 2(m - 1)).

    >>> from tinynet import fft
    >>> fft.irfftn([[10.0, -2 + 2j, -2.0]]).tolist()
    [[1.0, 2.0, 3.0, 4.0]]
    """
    a = _common.as_input(a, name="irfftn")
    rd = _common.real_dtype_of(a._dtype)
    s, axes = _cook_s_axes(a, s, axes, True)
    norm = _common.check_norm(norm)
    _check_real_axes(axes, "irfftn")
    for i in range(len(axes) - 1):
        a = complex_transform(a, s[i], axes[i], norm, True, rd)
        rd = _common.after_complex_pass(rd)
    return _common.finish(real_inverse(a, s[-1], axes[-1], norm, rd), rd, out, "irfftn")


def rfft2(a, s=None, axes=(-2, -1), norm=None, out=None):
    """Compute the two-dimensional transform of a real input (rfftn over the last two axes).

    >>> from tinynet import fft
    >>> fft.rfft2([[1.0, 2.0], [3.0, 4.0]]).tolist()
    [[(10+0j), (-2+0j)], [(-4+0j), 0j]]
    """
    return rfftn(a, s, axes, norm, out)


def irfft2(a, s=None, axes=(-2, -1), norm=None, out=None):
    """Compute the inverse of rfft2 (irfftn over the last two axes).

    >>> from tinynet import fft
    >>> fft.irfft2([[10.0, -2.0], [-4.0, 0.0]]).tolist()
    [[1.0, 2.0], [3.0, 4.0]]
    """
    return irfftn(a, s, axes, norm, out)

