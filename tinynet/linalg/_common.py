"""What every linalg function shares: the error class, the result tuples, dtype rules and stacks.

A *stack* of matrices is an array of shape (..., M, N): the last two axes hold one matrix and the
leading axes (the batch) index the matrices.  The kernels work on one matrix at a time, as a list of
rows of Python floats (or complex numbers), the representation of ``core/nested.py``:
``[[1.0, 2.0], [3.0, 4.0]]`` is 2x2, row-major.  ``unstack`` turns an array into those lists and
``restack`` turns results back into an array.

    >>> from tinynet import array
    >>> batch, mats = unstack(array([[[1, 2], [3, 4]], [[5, 6], [7, 8]]]), False)
    >>> batch, mats
    ((2,), [[[1.0, 2.0], [3.0, 4.0]], [[5.0, 6.0], [7.0, 8.0]]])
    >>> restack(mats, batch, (2, 2), FLOAT32).dtype
    dtype('float32')

The dtype rule is NumPy's: the arithmetic is done in double precision (Python floats); float32 and
complex64 inputs give float32 and complex64 results, every other real input (bool, integers, float64)
gives float64, and float16 is refused.
"""

import math
from collections import namedtuple

from tinynet.core import dtypes
from tinynet.core.dtypes import COMPLEX64, COMPLEX128, FLOAT16, FLOAT32, FLOAT64
from tinynet.core.ndarray import ndarray

# The unit roundoff of the floats the kernels compute with (IEEE double; single on some boards).
# (Computed, not written as literals: a single-precision board cannot hold double's extremes.)
EPS = 2.0 ** -23 if dtypes.FLOAT_IS_SINGLE else 2.0 ** -52
TINY = 2.0 ** -126 if dtypes.FLOAT_IS_SINGLE else 2.0 ** -1022  # the smallest normal float
# squares of numbers below BIG do not overflow.  ldexp, not 2.0 ** 511: mpy-cross folds a literal power into
# a constant, and freezing it into single-float firmware fails (float32 cannot hold 2**511).
BIG = math.ldexp(1.0, 63 if dtypes.FLOAT_IS_SINGLE else 511)
INF = float("inf")
NAN = float("nan")


class LinAlgError(ValueError):
    """A matrix is singular, not square where it must be, or an algorithm did not converge (a ValueError, as in NumPy).

    >>> issubclass(LinAlgError, ValueError)
    True
    """

    __module__ = "tinynet.linalg"


# The named results, as NumPy 2 returns them: tuples whose fields can also be read by name.
EigResult = namedtuple("EigResult", ["eigenvalues", "eigenvectors"])
EighResult = namedtuple("EighResult", ["eigenvalues", "eigenvectors"])
QRResult = namedtuple("QRResult", ["Q", "R"])
SlogdetResult = namedtuple("SlogdetResult", ["sign", "logabsdet"])
SVDResult = namedtuple("SVDResult", ["U", "S", "Vh"])


# --------------------------------------------------------------------------
# Scalars
# --------------------------------------------------------------------------


def conj(z):
    """Return the complex conjugate (MicroPython's complex has no .conjugate()).

    >>> conj(1 + 2j)
    (1-2j)
    """
    return complex(z.real, -z.imag)


def divide(z, d):
    """Return z / d for real or complex z and d, scaled so that a tiny or huge d neither underflows nor
    overflows in between (Smith's algorithm; MicroPython divides complex numbers by the textbook formula).

    >>> divide(3 + 4j, 2.0), divide(2j, 2 ** -1000 * 1j)
    ((1.5+2j), (2.1430172143725346e+301+0j))
    """
    if type(d) is not complex:
        if type(z) is complex:
            return complex(z.real / d, z.imag / d)
        return z / d
    z = complex(z)
    c, e = d.real, d.imag
    if abs(c) >= abs(e):
        r = e / c
        den = c + e * r
        return complex((z.real + z.imag * r) / den, (z.imag - z.real * r) / den)
    r = c / e
    den = c * r + e
    return complex((z.real * r + z.imag) / den, (z.imag * r - z.real) / den)


def _hypot(x, y):
    """Return sqrt(x^2 + y^2) without overflow or underflow in the squares (x, y real).

    >>> _hypot(3.0, 4.0), _hypot(3e200, 4e200) > 4.99e200
    (5.0, True)
    """
    x, y = abs(x), abs(y)
    big = x if x > y else y
    if big == 0.0 or big == INF:
        return big
    small = x + y - big
    r = small / big
    return big * math.sqrt(1.0 + r * r)


try:  # CPython, PyPy and Pyodide: correctly rounded
    from math import hypot
except ImportError:  # MicroPython
    hypot = _hypot


def norm2(values):
    """Return the Euclidean norm sqrt(sum |v_i|^2) of a list of numbers, scaled against overflow.

    >>> norm2([3.0, 4.0]), norm2([3j, 4.0]), norm2([])
    (5.0, 5.0, 0.0)
    """
    big = 0.0
    for v in values:
        a = abs(v)
        if a > big:
            big = a
    if big == 0.0 or big == INF or big != big:
        return big
    total = 0.0
    for v in values:
        a = abs(v) / big
        total += a * a
    return big * math.sqrt(total)


def scale_to_unit(A, is_complex):
    """Return (2^e A, e), with e chosen so that the largest |entry| is in [1/2, 1).

    Multiplying by a power of two is exact; afterwards squares of entries and of norms can neither
    overflow nor underflow for anything that matters (LAPACK scales the same way).  Complex entries
    become complex numbers.

    >>> scale_to_unit([[3.0, -1.0]], False)
    ([[0.75, -0.25]], -2)
    """
    big = 0.0
    for row in A:
        for x in row:
            if abs(x) > big:
                big = abs(x)
    exponent = -math.frexp(big)[1] if 0 < big < INF else 0
    if is_complex:
        return [[complex(math.ldexp(complex(z).real, exponent), math.ldexp(complex(z).imag, exponent))
                 for z in row] for row in A], exponent
    return [[math.ldexp(x, exponent) for x in row] for row in A], exponent


def unscale(x, exponent):
    """Return x / 2^exponent, undoing scale_to_unit on a result (real or complex).

    >>> unscale(0.75, -2), unscale(0.5j, -2)
    (3.0, 2j)
    """
    if type(x) is complex:
        return complex(math.ldexp(x.real, -exponent), math.ldexp(x.imag, -exponent))
    return math.ldexp(x, -exponent)


# --------------------------------------------------------------------------
# dtypes
# --------------------------------------------------------------------------


def result_dtype(*arrays):
    """Return the dtype NumPy's linalg gives for these inputs: float32/complex64 only if all are single.

    >>> from tinynet import array
    >>> result_dtype(array([1], dtype="float32")), result_dtype(array([1])), result_dtype(array([1j]))
    (dtype('float32'), dtype('float64'), dtype('complex128'))
    """
    single = True
    is_complex = False
    for a in arrays:
        d = a._dtype
        if d.kind == "f" or d.kind == "c":
            if d is FLOAT16:
                raise TypeError("array type float16 is unsupported in linalg")
            if d.kind == "c":
                is_complex = True
            if d is FLOAT64 or d is COMPLEX128:
                single = False
        else:
            single = False
    if is_complex:
        return COMPLEX64 if single else COMPLEX128
    return FLOAT32 if single else FLOAT64


def is_complex(d):
    return d.kind == "c"


def real_of(d):
    """Return the real dtype of a floating dtype: float32 for complex64, float64 for complex128."""
    return dtypes.real_dtype(d)


def complex_of(d):
    """Return the complex dtype of a floating dtype: complex64 for float32, complex128 for float64."""
    return COMPLEX64 if d is FLOAT32 or d is COMPLEX64 else COMPLEX128


def python_values(a, want_complex):
    """Return the elements of a in C order as Python floats (or complex numbers)."""
    values = a._values()
    if want_complex:
        return [complex(v) for v in values]
    if a._dtype.kind == "f":
        return list(values)
    return [float(v) for v in values]


def finish(values, shape, d):
    """Return an array of dtype d from computed Python numbers (a scalar when shape is ())."""
    if d.kind == "c":
        values = [complex(v) for v in values]
    values = dtypes.fix(values, d)
    if not shape:
        return dtypes.scalar(values[0], d)
    return ndarray._make(list(values), tuple(shape), d)


# --------------------------------------------------------------------------
# Stacks of matrices
# --------------------------------------------------------------------------


def check_stacked_2d(*arrays):
    """Refuse arrays with fewer than two axes, with NumPy's LinAlgError."""
    for a in arrays:
        if a.ndim < 2:
            raise LinAlgError("%d-dimensional array given. Array must be at least two-dimensional" % a.ndim)


def check_2d(*arrays):
    """Refuse arrays that are not exactly 2-d (lstsq, multi_dot), with NumPy's LinAlgError."""
    for a in arrays:
        if a.ndim != 2:
            raise LinAlgError("%d-dimensional array given. Array must be two-dimensional" % a.ndim)


def check_stacked_square(*arrays):
    """Refuse arrays whose last two axes are not a square matrix, with NumPy's LinAlgError."""
    check_stacked_2d(*arrays)
    for a in arrays:
        if a._shape[-1] != a._shape[-2]:
            raise LinAlgError("Last 2 dimensions of the array must be square")


def check_finite(*arrays):
    """Refuse arrays holding inf or nan (eig and eigvals), with NumPy's LinAlgError."""
    for a in arrays:
        if a._dtype.kind in "fc":
            for v in a._values():
                if v != v or v - v != 0:  # nan, or inf (inf - inf is nan); complex too
                    raise LinAlgError("Array must not contain infs or NaNs")


def unstack(a, want_complex):
    """Return (batch shape, list of matrices) for an array of shape (..., M, N).

    Each matrix is a list of M rows of N Python floats (complex numbers if want_complex).

    >>> from tinynet import array
    >>> unstack(array([[1, 2], [3, 4]]), True)
    ((), [[[(1+0j), (2+0j)], [(3+0j), (4+0j)]]])
    """
    values = python_values(a, want_complex)
    m, n = a._shape[-2], a._shape[-1]
    batch = a._shape[:-2]
    count = 1
    for k in batch:
        count *= k
    size = m * n
    mats = []
    for b in range(count):
        start = b * size
        mats.append([values[start + i * n:start + (i + 1) * n] for i in range(m)])
    return batch, mats


def restack(mats, batch, core_shape, d):
    """Return the array of dtype d and shape batch + core_shape holding the given matrices (or vectors).

    Each item of mats is a matrix (a list of rows), a vector (a list) or a number, matching core_shape.
    """
    values = []
    ndim = len(core_shape)
    for x in mats:
        if ndim == 2:
            for row in x:
                values.extend(row)
        elif ndim == 1:
            values.extend(x)
        else:
            values.append(x)
    return finish(values, tuple(batch) + tuple(core_shape), d)


def identity(n, value_one=1.0):
    """Return the n x n identity matrix as a list of rows.

    >>> identity(2)
    [[1.0, 0.0], [0.0, 1.0]]
    """
    zero = value_one * 0
    return [[value_one if i == j else zero for j in range(n)] for i in range(n)]


def transpose(matrix, rows, cols, conjugate=False):
    """Return the (conjugate) transpose of a rows x cols matrix given as a list of rows.

    >>> transpose([[1.0, 2.0]], 1, 2), transpose([[1j]], 1, 1, True)
    ([[1.0], [2.0]], [[-1j]])
    """
    if conjugate:
        return [[conj(matrix[i][j]) for i in range(rows)] for j in range(cols)]
    return [[matrix[i][j] for i in range(rows)] for j in range(cols)]


def matmul(A, B, cols):
    """Return the matrix product C[i][j] = sum_k A[i][k] * B[k][j] of lists of rows (B has cols columns).

    >>> matmul([[1.0, 2.0]], [[3.0], [4.0]], 1), matmul([[], []], [], 2)
    ([[11.0]], [[0.0, 0.0], [0.0, 0.0]])
    """
    Bt = [[row[j] for row in B] for j in range(cols)]
    return [[sum([x * y for x, y in zip(row, col)], 0.0) for col in Bt] for row in A]


def shape_text(shape, none_as="newaxis"):
    """Return a shape as NumPy's error messages write it: (2,3), (3,), (); None stands for a new axis.

    >>> shape_text((2, 3)), shape_text((3,)), shape_text((4, None, None))
    ('(2,3)', '(3,)', '(4,newaxis,newaxis)')
    """
    first = 0
    while first < len(shape) and shape[first] is None:
        first += 1
    parts = [none_as if k is None else str(k) for k in shape[first:]]
    if not parts:
        return "()"
    return "(" + ",".join(parts) + (",)" if len(shape) == 1 else ")")


def broadcast_batches(*shapes):
    """Return (batch, [index lists]): the broadcast of batch shapes, and for each operand the position
    of its matrix for every element of the batch (in C order); None if the shapes do not broadcast.

    >>> broadcast_batches((2, 1), (3,))
    ((2, 3), [[0, 0, 0, 1, 1, 1], [0, 1, 2, 0, 1, 2]])
    """
    ndim = max([len(s) for s in shapes] + [0])
    batch = [1] * ndim
    for s in shapes:
        for k in range(1, len(s) + 1):
            if s[-k] != 1:
                if batch[-k] != 1 and batch[-k] != s[-k]:
                    return None
                batch[-k] = s[-k]
    batch = tuple(batch)
    indices = []
    for s in shapes:
        # each operand's strides (in matrices) over the broadcast batch; 0 along axes it lacks or has as 1
        strides = [0] * ndim
        step = 1
        for k in range(1, len(s) + 1):
            if s[-k] != 1:
                strides[-k] = step
            step *= s[-k]
        positions = [0]
        for axis in range(ndim):
            positions = [p + i * strides[axis] for p in positions for i in range(batch[axis])]
        indices.append(positions)
    return batch, indices
