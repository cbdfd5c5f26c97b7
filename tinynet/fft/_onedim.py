"""One-dimensional transforms along an axis: fft, ifft, rfft, irfft, hfft, ihfft.

For a row x_0 .. x_{n-1} (cut or padded with zeros to n), with W_n = e^{-2 pi i/n}:

- ``fft``:   X_k = f sum_j x_j W_n^{jk},  k = 0 .. n-1
- ``ifft``:  x_j = f sum_k X_k W_n^{-jk}
- ``rfft``:  the first n//2 + 1 terms of ``fft`` of a real row (the rest are their conjugates)
- ``irfft``: the real row of length n whose ``rfft`` is the input (the imaginary parts of the first
  term, and of the last when n is even, are ignored)
- ``hfft`` and ``ihfft``: the same pair for a Hermitian-symmetric row: hfft(a, n) = irfft(conj(a), n) in
  the opposite norm, ihfft(a) = conj(rfft(a)) in the opposite norm.

The factor f is set by norm: "backward" (the default) gives f = 1 forwards and 1/n backwards, "ortho"
1/sqrt(n) both ways, "forward" 1/n forwards and 1 backwards.

    >>> from tinynet import fft
    >>> fft.fft([1.0, 2.0, 3.0, 4.0]).tolist()
    [(10+0j), (-2+2j), (-2+0j), (-2-2j)]
    >>> fft.irfft(fft.rfft([1.0, 2.0, 3.0, 4.0])).tolist()
    [1.0, 2.0, 3.0, 4.0]
"""

from tinynet.fft import _common
from tinynet.fft._kernels import fft_list

try:
    _conj = complex.conjugate
except AttributeError:  # MicroPython's complex has no conjugate()
    def _conj(z):
        return complex(z.real, -z.imag)


def _length(a, n, axis, default):
    """n as given, or the default length read from the axis (checked)."""
    n = _common.as_length(n)
    if n is None:
        size = a._shape[_common.normalize_axis(axis, a.ndim)]
        n = _common.check_size(default(size))
    return n


def complex_transform(a, n, axis, norm, inverse, real_dtype):
    """fft or ifft of a along axis, as an unrounded complex128 array (n already checked)."""
    f = _common.scale_factor(norm, n, inverse, real_dtype)

    def row_transform(row):
        X = fft_list(_common.fit(row, n), inverse)
        return X if f == 1.0 else [v * f for v in X]
    return _common.along_axis(a, axis, n, row_transform)


def real_forward(a, n, axis, norm, real_dtype):
    """rfft of a along axis: n//2 + 1 complex terms per row (unrounded)."""
    f = _common.scale_factor(norm, n, False, real_dtype)
    m = n // 2 + 1

    def row_transform(row):
        X = fft_list(_common.fit(row, n))[:m]
        return X if f == 1.0 else [v * f for v in X]
    return _common.along_axis(a, axis, m, row_transform)


def real_inverse(a, n, axis, norm, real_dtype, conjugate=False):
    """irfft of a along axis: the real row of length n from its first n//2 + 1 terms (unrounded)."""
    f = _common.scale_factor(norm, n, True, real_dtype)
    m = n // 2 + 1

    def row_transform(row):
        half = [complex(v) for v in _common.fit(row, m)]
        if conjugate:
            half = [_conj(v) for v in half]
        full = half + [_conj(half[j]) for j in range(n - m, 0, -1)]  # X_{n-j} = conj(X_j)
        return [v.real * f for v in fft_list(full, True)]
    return _common.along_axis(a, axis, n, row_transform, real=True)


def fft(a, n=None, axis=-1, norm=None, out=None):
    """Compute the one-dimensional discrete Fourier transform: X_k = sum_j x_j e^{-2 pi i jk/n}.

    n cuts or pads the input along axis (default: its length); norm is "backward" (no factor),
    "ortho" (1/sqrt(n)) or "forward" (1/n).

    >>> from tinynet import fft
    >>> fft.fft([0.0, 1.0, 0.0, 0.0]).tolist()
    [(1+0j), -1j, (-1+0j), 1j]
    >>> fft.fft([1, 1, 1, 1], norm="ortho").tolist()
    [(2+0j), 0j, 0j, 0j]
    """
    a = _common.as_input(a, name="fft")
    rd = _common.real_dtype_of(a._dtype)
    n = _length(a, n, axis, lambda size: size)
    result = complex_transform(a, n, axis, _common.check_norm(norm), False, rd)
    return _common.finish(result, _common.complex_of(rd), out, "fft")


def ifft(a, n=None, axis=-1, norm=None, out=None):
    """Compute the one-dimensional inverse transform: x_j = (1/n) sum_k X_k e^{2 pi i jk/n}.

    >>> from tinynet import fft
    >>> fft.ifft([4.0, 0.0, 0.0, 0.0]).tolist()
    [(1+0j), (1+0j), (1+0j), (1+0j)]
    """
    a = _common.as_input(a, name="ifft")
    rd = _common.real_dtype_of(a._dtype)
    n = _length(a, n, axis, lambda size: size)
    result = complex_transform(a, n, axis, _common.check_norm(norm), True, rd)
    return _common.finish(result, _common.complex_of(rd), out, "ifft")


def rfft(a, n=None, axis=-1, norm=None, out=None):
    """Compute the transform of a real input, X_k = sum_j x_j e^{-2 pi i jk/n} for k = 0 .. n//2.

    >>> from tinynet import fft
    >>> fft.rfft([1.0, 2.0, 3.0, 4.0]).tolist()
    [(10+0j), (-2+2j), (-2+0j)]
    """
    a = _common.as_input(a, real_only=True, name="rfft")
    rd = _common.real_dtype_of(a._dtype)
    n = _length(a, n, axis, lambda size: size)
    result = real_forward(a, n, axis, _common.check_norm(norm), rd)
    return _common.finish(result, _common.complex_of(rd), out, "rfft")


def irfft(a, n=None, axis=-1, norm=None, out=None):
    """Compute the inverse of rfft: the real x of length n (default 2(m - 1) for m input terms).

    x_j = (1/n) sum_{k=0}^{n-1} X_k e^{2 pi i jk/n}, with X_{n-k} = conj(X_k) filling the terms not given.

    >>> from tinynet import fft
    >>> fft.irfft([10.0, -2 + 2j, -2.0]).tolist()
    [1.0, 2.0, 3.0, 4.0]
    """
    a = _common.as_input(a, name="irfft")
    rd = _common.real_dtype_of(a._dtype)
    n = _length(a, n, axis, lambda size: 2 * (size - 1))
    return _common.finish(real_inverse(a, n, axis, _common.check_norm(norm), rd), rd, out, "irfft")


def hfft(a, n=None, axis=-1, norm=None, out=None):
    """Compute the transform of a Hermitian-symmetric signal given by its first half: a real spectrum.

    hfft(a, n) = n * irfft(conj(a), n) with norm "backward": X_k = sum_j x_j e^{-2 pi i jk/n} where
    x_{n-j} = conj(x_j).

    >>> from tinynet import fft
    >>> fft.hfft([1.0, 2.0, 3.0]).tolist()
    [8.0, -2.0, 0.0, -2.0]
    """
    a = _common.as_input(a, name="hfft")
    rd = _common.real_dtype_of(a._dtype)
    n = _length(a, n, axis, lambda size: 2 * (size - 1))
    norm = _common.swap_norm(_common.check_norm(norm))
    return _common.finish(real_inverse(a, n, axis, norm, rd, conjugate=True), rd, out, "hfft")


def ihfft(a, n=None, axis=-1, norm=None, out=None):
    """Compute the inverse of hfft: conj(rfft(a, n)) / n, the first n//2 + 1 terms.

    >>> from tinynet import fft
    >>> fft.ihfft([8.0, -2.0, 0.0, -2.0]).tolist()
    [(1-0j), (2-0j), (3-0j)]
    """
    a = _common.as_input(a, real_only=True, name="ihfft")
    rd = _common.real_dtype_of(a._dtype)
    n = _length(a, n, axis, lambda size: size)
    result = real_forward(a, n, axis, _common.swap_norm(_common.check_norm(norm)), rd)
    result._buf[:] = [_conj(v) for v in result._buf]
    return _common.finish(result, _common.complex_of(rd), out, "ihfft")
