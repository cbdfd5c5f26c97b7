"""What the transforms share: NumPy's dtype rule, the checks of n, axes and norm, rows along an axis, out=.

An array is transformed along one axis at a time: the axis is moved last (a view), its elements are read
in C order, so that each run of ``shape[axis]`` values is one row, each row is transformed on its own
(``_kernels.fft_list``), and the rows are written into a new array whose axes are then moved back.

The dtype rule is NumPy 2's: float16, float32 and complex64 inputs give single-precision results
(complex64, or float32 from the complex-to-real transforms; float16 from those when the input was
float16), every other bool, integer or floating input gives complex128 or float64.  The arithmetic is done in double precision and rounded once at the end.

    >>> from tinynet import array
    >>> real_dtype_of(array([1.0, 2.0], dtype="float32").dtype), complex_of(real_dtype_of(array([1, 2]).dtype))
    (dtype('float32'), dtype('complex128'))
    >>> along_axis(array([[1.0, 2.0], [3.0, 4.0]]), 0, 2, lambda row: [complex(row[0] + row[1])] * 2).tolist()
    [[(4+0j), (6+0j)], [(4+0j), (6+0j)]]
"""

import math

from tinynet.core import dtypes
from tinynet.core.dtypes import COMPLEX64, COMPLEX128, FLOAT16, FLOAT32, FLOAT64
from tinynet.core.ndarray import asarray, ndarray, normalize_axis
from tinynet.core.ufunc import UFuncTypeError

NORMS = ("backward", "ortho", "forward")


def check_norm(norm):
    """Return norm with None read as "backward"; anything else is NumPy's ValueError."""
    if norm is None:
        return "backward"
    if norm not in NORMS:
        raise ValueError('Invalid norm value %s; should be "backward","ortho" or "forward".' % (norm,))
    return norm


def swap_norm(norm):
    """The norm of the opposite direction (hfft and ihfft are rfft and irfft seen backwards)."""
    return {"backward": "forward", "ortho": "ortho", "forward": "backward"}[norm]


def scale_factor(norm, n, inverse, real_dtype=FLOAT64):
    """Return the factor the sum is multiplied by: 1, 1/sqrt(n) or 1/n, by norm and direction.

    As in NumPy, sqrt(n) or n and then its reciprocal are rounded to the input's real dtype (float16,
    float32 or float64).

    >>> scale_factor("backward", 4, False), scale_factor("backward", 4, True), scale_factor("ortho", 4, True)
    (1.0, 0.25, 0.5)
    >>> scale_factor("ortho", 2, False, FLOAT16)
    0.70703125
    """
    if norm == "ortho":
        root = _round(math.sqrt(n), real_dtype)
        return _round(1.0 / root, real_dtype)
    if (norm == "backward") == inverse:
        return _round(1.0 / _round(float(n), real_dtype), real_dtype)
    return 1.0


def _round(x, d):
    return x if d is FLOAT64 else dtypes.fix([x], d)[0]


def real_dtype_of(d):
    """The dtype NumPy computes a transform's factor in, and its complex-to-real transforms return.

    float16 stays float16, float32 and complex64 give float32, everything else float64.
    """
    if d is FLOAT16:
        return FLOAT16
    if d is FLOAT32 or d is COMPLEX64:
        return FLOAT32
    return FLOAT64


def complex_of(real_dtype):
    """The complex dtype a transform returns for a real dtype: complex128 for float64, else complex64."""
    return COMPLEX128 if real_dtype is FLOAT64 else COMPLEX64


def after_complex_pass(real_dtype):
    """The real dtype of an array that a transform has made complex (float16 has become complex64)."""
    return FLOAT64 if real_dtype is FLOAT64 else FLOAT32


def as_length(n, name="n"):
    """Return n (None allowed) as an int >= 1, with NumPy's errors."""
    if n is None:
        return None
    if not isinstance(n, int):  # (MicroPython's int has no __index__; NumPy's integer scalars do)
        if isinstance(n, float) or not hasattr(n, "__index__"):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
        n = n.__index__()
    n = int(n)
    if n < 1:
        raise ValueError("Invalid number of FFT data points (%d) specified." % n)
    return n


def check_size(n):
    if n < 1:
        raise ValueError("Invalid number of FFT data points (%d) specified." % n)
    return n


def as_input(a, real_only=False, name="fft"):
    """Return a as an array of a kind the transforms accept (bool, integer, float, complex)."""
    a = asarray(a)
    kind = a._dtype.kind
    if kind not in "biufc":
        raise TypeError("ufunc '%s' not supported for the input type %s" % (name, a._dtype))
    if real_only and kind == "c":
        raise TypeError("ufunc '%s' not supported for the input types: %s is complex, a real array is needed"
                        % (name, a._dtype))
    return a


def along_axis(a, axis, out_len, row_transform, real=False):
    """Return a new array with row_transform(row) (a list of out_len numbers) along axis.

    a holds Python numbers; the result holds what row_transform returns, as complex128 (float64 when
    real is true), not yet rounded to the final dtype.
    """
    ndim = a.ndim
    axis = normalize_axis(axis, ndim)
    order = [k for k in range(ndim) if k != axis] + [axis]
    moved = a.transpose(order) if axis != ndim - 1 else a
    values = moved._values()
    length = a._shape[axis]
    rows = len(values) // length if length else 0
    if length == 0:  # the other axes hold elements, this one none: every row is zeros
        rows = 1
        for k in order[:-1]:
            rows *= a._shape[k]
    out = []
    for r in range(rows):
        out.extend(row_transform(values[r * length:(r + 1) * length]))
    shape = tuple(a._shape[k] for k in order[:-1]) + (out_len,)
    result = ndarray._make(out, shape, FLOAT64 if real else COMPLEX128)
    if axis == ndim - 1:
        return result
    back = [0] * ndim
    for position, k in enumerate(order):
        back[k] = position
    return result.transpose(back).copy()


def fit(row, n):
    """Return row cut or padded with zeros to length n (NumPy's n= on the input)."""
    row = list(row)
    if len(row) >= n:
        return row[:n]
    return row + [0.0] * (n - len(row))


def finish(result, d, out, name):
    """Round result to dtype d and return it, or write it into out (NumPy's out= rules)."""
    values = dtypes.fix([complex(v) for v in result._buf] if d.kind == "c" else result._buf, d)
    final = ndarray._make(list(values), result._shape, d)
    if out is None:
        return final
    if not isinstance(out, ndarray):
        raise TypeError("'out' must be an array, not %s" % type(out).__name__)
    if out._shape != final._shape:
        raise ValueError("output array has wrong shape.")
    if not dtypes.can_cast(d, out._dtype, "same_kind"):
        raise UFuncTypeError("Cannot cast ufunc '%s' output from %r to %r with casting rule 'same_kind'"
                             % (name, d, out._dtype))
    out[...] = final
    return out
