"""Norms and condition numbers, as ``numpy.linalg``: norm, vector_norm, matrix_norm, cond.

A vector norm reduces one axis (or several, flattened together); a matrix norm reduces two axes,
rows then columns.  The axes to reduce are moved to the end, so each norm is computed on a plain list
of values (a vector, or a row-major matrix), and the other axes index the results.

    >>> from tinynet import linalg
    >>> linalg.norm([3.0, 4.0]), linalg.norm([[1.0, 2.0], [3.0, 4.0]], 1)
    (np.float64(5.0), np.float64(6.0))
    >>> linalg.vector_norm([[3.0, 4.0], [6.0, 8.0]], axis=1).tolist()
    [5.0, 10.0]
    >>> linalg.cond([[2.0, 0.0], [0.0, 0.5]])
    np.float64(4.0)

Accuracy: the vector norms and the 1, inf and Frobenius matrix norms are sums, exact to ~n * eps
relative; the 2, -2 and nuclear norms and cond come from the singular values (one-sided Jacobi SVD)
and agree with NumPy's to ~n * eps * ||A|| (cond: to ~n * eps * cond(A) relative).
"""

import math

from tinynet.core import dtypes, floats
from tinynet.core.dtypes import FLOAT64
from tinynet.core.ndarray import asarray, normalize_axis
from tinynet.linalg import _common as common
from tinynet.linalg._common import INF, NAN, LinAlgError, finish, result_dtype, unstack
from tinynet.linalg._jacobi import svd_jacobi
from tinynet.linalg._triangular import inverse


def _norm_dtype(x):
    """The dtype of a norm of x: x's own float type, the real type for complex, float64 for the rest."""
    d = x._dtype
    if d.kind == "f":
        return d
    if d.kind == "c":
        return common.real_of(d)
    return FLOAT64


def _groups(x, axes):
    """Return (outer shape, groups): x's values with the given axes moved to the end, cut into groups.

    Each group holds the values along those axes (row-major when there are two), for one position of
    the other axes; the outer shape lists the other axes in order.
    """
    others = [k for k in range(x.ndim) if k not in axes]
    moved = x.transpose(others + list(axes)) if x.ndim else x
    values = moved._values()
    if x._dtype.kind not in "fc":
        values = [float(v) for v in values]
    size = 1
    for k in axes:
        size *= x._shape[k]
    outer = tuple(x._shape[k] for k in others)
    count = 1
    for k in outer:
        count *= k
    return outer, [values[i * size:(i + 1) * size] for i in range(count)]


def _empty_min():
    return ValueError("zero-size array to reduction operation minimum which has no identity")


def _vector_norm(values, ord):
    """Return the vector norm of one list of values (Python numbers)."""
    if ord is None or ord == 2:
        return math.sqrt(sum([abs(v) ** 2 for v in values], 0.0))
    if ord == INF:
        return max([abs(v) for v in values] + [0.0])
    if ord == -INF:
        if not values:
            raise _empty_min()
        return min([abs(v) for v in values])
    if ord == 0:
        return float(len([v for v in values if v != 0]))
    if ord == 1:
        return sum([abs(v) for v in values], 0.0)
    # the general p-norm: (sum_i |x_i|^p)^(1/p)
    p = float(ord)
    total = sum([floats.power(abs(v), p) for v in values], 0.0)
    return floats.power(total, 1.0 / p)


def _check_vector_ord(ord):
    if isinstance(ord, str):
        raise ValueError("Invalid norm order '%s' for vectors" % ord)


def _singular_values(values, rows, cols):
    is_complex = bool(values) and type(values[0]) is complex
    A = [values[i * cols:(i + 1) * cols] for i in range(rows)]
    for v in values:
        if v != v or v - v != 0:
            raise LinAlgError("SVD did not converge")
    return svd_jacobi(A, False, False, is_complex)[1]


def _matrix_norm(values, rows, cols, ord):
    """Return the matrix norm of one row-major rows x cols matrix."""
    if ord is None or ord == "fro" or ord == "f":
        return math.sqrt(sum([abs(v) ** 2 for v in values], 0.0))
    if ord == 2 or ord == -2 or ord == "nuc":
        s = _singular_values(values, rows, cols)
        if ord == 2:
            return max(s + [0.0])  # the largest singular value
        if ord == "nuc":
            return sum(s, 0.0)  # the sum of the singular values
        if not s:
            raise _empty_min()
        return min(s)
    if ord == 1 or ord == -1:  # the largest (smallest) column sum of |a_ij|
        sums = [sum([abs(values[i * cols + j]) for i in range(rows)], 0.0) for j in range(cols)]
    elif ord == INF or ord == -INF:  # the largest (smallest) row sum
        sums = [sum([abs(v) for v in values[i * cols:(i + 1) * cols]], 0.0) for i in range(rows)]
    else:
        raise ValueError("Invalid norm order for matrices.")
    if ord == 1 or ord == INF:
        return max(sums + [0.0])
    if not sums:
        raise _empty_min()
    return min(sums)


def _keep(shape, axes):
    return tuple(1 if k in axes else shape[k] for k in range(len(shape)))


def norm(x, ord=None, axis=None, keepdims=False):  # noqa: A002 - NumPy's parameter name
    """Return a vector or matrix norm, as numpy.linalg.norm.

    With axis=None: the 2-norm sqrt(sum |x_i|^2) of all elements when ord is None (or for 'fro' on 2-d,
    2 on 1-d); otherwise x must be 1-d or 2-d.  An int axis takes vector norms along it; a pair of axes
    takes matrix norms over them.  Vector ords: None/2, inf (max |x_i|), -inf (min), 0 (count of
    nonzeros), 1 (sum |x_i|), any other p: (sum |x_i|^p)^(1/p).  Matrix ords: None/'fro' (Frobenius),
    'nuc' (sum of singular values), 2 and -2 (largest and smallest singular value), 1 and -1 (largest
    and smallest column sum of |a_ij|), inf and -inf (largest and smallest row sum).

    >>> norm([[1.0, 2.0], [2.0, 4.0]]), norm([3.0, -4.0], ord=1), norm([3.0, -4.0], ord=float("inf"))
    (np.float64(5.0), np.float64(7.0), np.float64(4.0))
    >>> norm([[3.0, 4.0], [6.0, 8.0]], axis=1).tolist()
    [5.0, 10.0]
    >>> norm([[1.0, 0.0], [0.0, 2.0]], ord=2), norm([[1.0, 0.0], [0.0, 2.0]], ord="nuc")
    (np.float64(2.0), np.float64(3.0))
    """
    x = asarray(x)
    d = _norm_dtype(x)
    nd = x.ndim
    if axis is None and (ord is None or (ord in ("f", "fro") and nd == 2) or (ord == 2 and nd == 1)):
        # the common case: the 2-norm of all elements
        _, [values] = _groups(x, tuple(range(nd)))
        return finish([_vector_norm(values, None)], (1,) * nd if keepdims else (), d)
    if axis is None:
        axis = tuple(range(nd))
    elif not isinstance(axis, tuple):
        try:
            axis = (int(axis),)
        except Exception:
            raise TypeError("'axis' must be None, an integer or a tuple of integers")
    if len(axis) == 1:
        k = normalize_axis(axis[0], nd)
        _check_vector_ord(ord)
        outer, groups = _groups(x, (k,))
        values = [_vector_norm(g, ord) for g in groups]
        return finish(values, _keep(x._shape, (k,)) if keepdims else outer, d)
    if len(axis) == 2:
        row_axis, col_axis = normalize_axis(axis[0], nd), normalize_axis(axis[1], nd)
        if row_axis == col_axis:
            raise ValueError("Duplicate axes given.")
        if ord == 2 or ord == -2 or ord == "nuc":
            result_dtype(asarray([], dtype=d))  # the SVD refuses float16, as NumPy's
        outer, groups = _groups(x, (row_axis, col_axis))
        rows, cols = x._shape[row_axis], x._shape[col_axis]
        values = [_matrix_norm(g, rows, cols, ord) for g in groups]
        if not groups and ord not in (None, "fro", "f", 2, -2, "nuc", 1, -1, INF, -INF):
            raise ValueError("Invalid norm order for matrices.")
        return finish(values, _keep(x._shape, (row_axis, col_axis)) if keepdims else outer, d)
    raise ValueError("Improper number of dimensions to norm.")


def vector_norm(x, *, axis=None, keepdims=False, ord=2):  # noqa: A002
    """Return the vector norm over the given axes (all by default; several axes are flattened together).

    The same ords as norm's vector norms: 2, 1, inf, -inf, 0 or any p.

    >>> vector_norm([[1.0, 2.0], [2.0, 4.0]]), vector_norm([[3.0, 4.0]], axis=(0, 1), ord=1)
    (np.float64(5.0), np.float64(7.0))
    """
    x = asarray(x)
    d = _norm_dtype(x)
    if axis is None:
        axes = tuple(range(x.ndim))
    elif isinstance(axis, tuple):
        axes = tuple(normalize_axis(k, x.ndim) for k in axis)
        if len(set(axes)) != len(axes):
            raise ValueError("repeated axis")
    else:
        axes = (normalize_axis(axis, x.ndim),)
    _check_vector_ord(ord)
    outer, groups = _groups(x, axes)
    values = [_vector_norm(g, ord) for g in groups]
    return finish(values, _keep(x._shape, axes) if keepdims else outer, d)


def matrix_norm(x, *, keepdims=False, ord="fro"):  # noqa: A002
    """Return the matrix norm of each matrix in a stack: norm(x, ord, axis=(-2, -1)).

    >>> matrix_norm([[1.0, -2.0], [3.0, 4.0]], ord=1)
    np.float64(6.0)
    """
    return norm(x, ord=ord, axis=(-2, -1), keepdims=keepdims)


def cond(x, p=None):
    """Return the condition number of each matrix: ||A||_p * ||A^-1||_p.

    For p = None or 2 it is s_max / s_min, the ratio of the extreme singular values (and s_min / s_max
    for -2), defined for any M x N matrix; for 'fro', 'nuc', 1, -1, inf and -inf the matrix must be
    square.  A singular matrix gives inf.

    >>> cond([[1.0, 0.0], [0.0, 4.0]]), cond([[1.0, 0.0], [0.0, 4.0]], -2), cond([[1.0, 2.0], [2.0, 4.0]], 1)
    (np.float64(4.0), np.float64(0.25), np.float64(inf))
    """
    x = asarray(x)
    shape = x._shape
    core = 1
    for k in shape[-2:]:
        core *= k
    if x.size == 0 and core == 0:
        raise LinAlgError("cond is not defined on empty arrays")
    if p is None or p == 2 or p == -2:
        common.check_stacked_2d(x)
        d = result_dtype(x)
        batch, mats = unstack(x, common.is_complex(d))
        real = common.real_of(d)
        ratios = []
        for A in mats:
            s = _singular_values([v for row in A for v in row], len(A), len(A[0]))
            s = dtypes.fix(s, real)
            top, bottom = (s[-1], s[0]) if p == -2 else (s[0], s[-1])
            r = top / bottom if bottom != 0 else (NAN if top == 0 else INF)
            if r != r and not any(v != v for row in A for v in row):
                r = INF  # 0 / 0 from a zero matrix: singular, so inf
            ratios.append(r)
        return finish(ratios, batch, real)
    common.check_stacked_square(x)
    d = result_dtype(x)
    cplx = common.is_complex(d)
    real = common.real_of(d)
    batch, mats = unstack(x, cplx)
    n = shape[-1]
    values = []
    for A in mats:
        flat = [v for row in A for v in row]
        norm_a = _matrix_norm(flat, n, n, p)
        try:
            inv_a = inverse(A)
        except LinAlgError:
            # singular: inf, unless A itself holds nan
            values.append(NAN if any(v != v for v in flat) else INF)
            continue
        norm_inv = _matrix_norm(dtypes.fix([v for row in inv_a for v in row], d), n, n, p)
        r = norm_a * norm_inv
        if r != r and not any(v != v for v in flat):
            r = INF
        values.append(r)
    return finish(values, batch, real)

