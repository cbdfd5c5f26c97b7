"""Discrete Fourier transforms, as ``numpy.fft`` and the Array API standard's ``fft`` extension.

The transform of x_0 .. x_{n-1} is X_k = sum_{j=0}^{n-1} x_j e^{-2 pi i jk/n}, and the inverse is
x_j = (1/n) sum_k X_k e^{2 pi i jk/n}.  tinynet computes it in O(n log n) in pure Python
(``_kernels``: mixed radix 2, 3, 5, 7 and Bluestein's algorithm for other lengths), in double precision,
rounding once to the result dtype.  NumPy's dtype rule holds: float32 and complex64 (and float16) inputs
give complex64 or float32, every other input complex128 or float64.  Against NumPy the results agree to
within a few units of the last place times log2(n), relative to the largest term (tests/test_fft.py
states the bound it checks).

    >>> from tinynet import fft
    >>> fft.fft([1.0, 0.0, -1.0, 0.0]).tolist()
    [0j, (2+0j), 0j, (2+0j)]
    >>> fft.ifft(fft.fft([1.0, 2.0, 3.0, 4.0])).real.tolist()
    [1.0, 2.0, 3.0, 4.0]
    >>> fft.fftfreq(4, d=0.25).tolist()
    [0.0, 1.0, -2.0, -1.0]
"""

from tinynet.fft._helper import fftfreq, fftshift, ifftshift, rfftfreq
from tinynet.fft._multidim import fft2, fftn, ifft2, ifftn, irfft2, irfftn, rfft2, rfftn
from tinynet.fft._onedim import fft, hfft, ifft, ihfft, irfft, rfft

__all__ = [
    "fft", "ifft", "fft2", "ifft2", "fftn", "ifftn", "rfft", "irfft", "rfft2", "irfft2", "rfftn",
    "irfftn", "hfft", "ihfft", "fftfreq", "rfftfreq", "fftshift", "ifftshift",
]
