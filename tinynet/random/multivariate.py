"""Vector-valued draws: multinomial counts, Dirichlet proportions and multivariate normals.

Each draw is a row of length d (the number of outcomes or dimensions); the
output has shape ``size + (d,)``, rows in C order.

>>> from tinynet.random.mt19937 import MT19937
>>> multinomial_rows(MT19937(0).next_double, 10, [0.2, 0.3, 0.5], None, legacy=True).tolist()
[2, 4, 4]
"""

import math

from tinynet.core import dtypes as _dtypes
from tinynet.core import nested as _nested
from tinynet.random import discrete as _d
from tinynet.random import sampling as _sampling
from tinynet.random.weighted import kahan_sum

__all__ = ['vector_values', 'rows_shape', 'multinomial_row', 'multinomial_rows', 'dirichlet_rows',
           'multivariate_normal']


def vector_values(x, name):
    """Return a 1-d array-like as a list of floats, with NumPy's errors for 0-d and deeper input.

    >>> vector_values([1, 2], 'pvals')
    [1.0, 2.0]
    """
    values, shape = _sampling.flatten(x)
    if len(shape) == 0:
        raise TypeError('%s must be a 1-d sequence' % name)
    if len(shape) > 1:
        raise ValueError('setting an array element with a sequence. The requested array would exceed '
                         'the maximum number of dimension of 1.')
    return [float(v) for v in values]


def rows_shape(size, d):
    """Return the output shape size + (d,) of a vector draw, (d,) for size None.

    >>> rows_shape(None, 3), rows_shape(2, 3), rows_shape((2, 4), 3)
    ((3,), (2, 3), (2, 4, 3))
    """
    shape = _sampling.shape_of_size(size)
    return (d,) if shape is None else shape + (d,)


def multinomial_row(double, n, pvals, out, start):
    """Write one multinomial draw into out[start:start + d]: k_j ~ B(n - sum k_i, p_j / (1 - sum p_i)).

    The last outcome takes what is left; a run that uses up n stops drawing.
    """
    d = len(pvals)
    remaining_p = 1.0
    dn = n
    for j in range(d - 1):
        k = _d.binomial(double, dn, pvals[j] / remaining_p, False) if remaining_p != 0 else dn
        out[start + j] = k
        dn -= k
        if dn <= 0:
            break
        remaining_p -= pvals[j]
    if dn > 0:
        out[start + d - 1] = dn


def multinomial_rows(double, n, pvals, size, legacy):
    """Return multinomial draws of n trials over pvals, of shape size + (len(pvals),), as RandomState checks them.

    >>> from tinynet.random.mt19937 import MT19937
    >>> multinomial_rows(MT19937(0).next_double, 4, [0.5, 0.5], 2, legacy=True).tolist()
    [[2, 2], [3, 1]]
    """
    pvals = vector_values(pvals, 'pvals')
    if n < 0:
        raise ValueError('n < 0')
    for p in pvals:
        if not (0 <= p <= 1):
            raise ValueError('pvals < 0, pvals > 1 or pvals contains NaNs')
    if kahan_sum(pvals[:-1]) > 1.0 + 1e-12:
        raise ValueError('sum(pvals[:-1]) > 1.0')
    d = len(pvals)
    shape = rows_shape(size, d)
    total = _nested.size_of(shape)
    out = [0] * total
    if d > 0:
        for start in range(0, total, d):
            multinomial_row(double, n, pvals, out, start)
    return _sampling.build(out, shape, _dtypes.INT64)


def dirichlet_rows(gamma, alpha, size, legacy):
    """Return Dirichlet(alpha) draws: g_j = gamma(alpha_j), x_j = g_j * (1 / sum g), rows of shape size + (k,).

    >>> dirichlet_rows(lambda a: a, [1.0, 3.0], None, legacy=True).tolist()
    [0.25, 0.75]
    """
    alpha = vector_values(alpha, 'alpha')
    for a in alpha:
        if a <= 0:
            raise ValueError('alpha <= 0')
    k = len(alpha)
    shape = rows_shape(size, k)
    total = _nested.size_of(shape)
    out = [0.0] * total
    if k > 0:
        for start in range(0, total, k):
            acc = 0.0
            for j in range(k):
                g = gamma(alpha[j])
                out[start + j] = g
                acc += g
            invacc = 1.0 / acc if acc != 0.0 else float('inf')
            for j in range(k):
                value = out[start + j]
                out[start + j] = value * invacc if value != 0.0 or invacc != float('inf') else float('nan')
    return _sampling.build(out, shape, _dtypes.FLOAT64)


def mean_and_cov_length(mean_shape, cov_shape):
    """Return n for a mean of shape (n,) and a cov of shape (n, n); ValueError naming the problem else."""
    if len(mean_shape) != 1:
        raise ValueError('mean must be 1 dimensional')
    if len(cov_shape) != 2 or cov_shape[0] != cov_shape[1]:
        raise ValueError('cov must be 2 dimensional and square')
    if mean_shape[0] != cov_shape[0]:
        raise ValueError('mean and cov must have same length')
    return mean_shape[0]


def multivariate_normal(standard_normal, mean, cov, size, check_valid, tol, method):
    """Return mean + z (sqrt(s) v) for z of shape size + (N,) from standard_normal and cov = u diag(s) v (SVD).

    check_valid ('warn', 'raise' or 'ignore') says what to do when v^T diag(s) v is not cov
    within tol, that is when cov is not symmetric positive-semidefinite. For N <= 25 the SVD
    follows LAPACK's dgesdd step by step (tinynet.random.lapack_svd), so v has LAPACK's signs
    and draws agree with NumPy's to rounding (unless rounding decides a sign: a repeated
    singular value). Past 25 (LAPACK divides and conquers) and for a cov with inf or nan,
    tinynet.linalg.svd serves; its signs can differ from LAPACK's, and a flipped vector flips
    the matching coordinate z_i of every draw.
    """
    from tinynet.linalg import svd   # loaded only here
    from tinynet.random.lapack_svd import LARGEST, singular_value_decomposition

    mean_values, mean_shape = _sampling.flatten(mean)
    cov_values, cov_shape = _sampling.flatten(cov)
    shape = _sampling.shape_of_size(size)
    shape = () if shape is None else shape
    n = mean_and_cov_length(mean_shape, cov_shape)
    final_shape = shape + (n,)
    z = standard_normal(final_shape)
    z = list(z._values())
    if method != 'svd':
        raise ValueError("method must be one of {'eigh', 'svd', 'cholesky'}")
    cov_rows = [[float(cov_values[i * n + j]) for j in range(n)] for i in range(n)]
    found = None
    if 0 < n <= LARGEST:
        found = singular_value_decomposition(cov_rows)   # LAPACK's steps, so LAPACK's signs
    if found is not None:
        _, s, v = found
    else:
        _, s, v = svd(_sampling.build([x for row in cov_rows for x in row], (n, n), _dtypes.FLOAT64))
        s = list(s._values())
        v = [list(v[i]._values()) for i in range(n)] if n else []
    if check_valid != 'ignore':
        if check_valid not in ('warn', 'raise'):
            raise ValueError("check_valid must equal 'warn', 'raise', or 'ignore'")
        if not _reconstructs(v, s, cov_rows, tol):
            message = 'covariance is not symmetric positive-semidefinite.'
            if check_valid == 'raise':
                raise ValueError(message)
            _warn(message)
    # the factor A = sqrt(s)[:, None] * v, so that A^T A = v^T diag(s) v = cov
    factor = [[math.sqrt(s[i]) * v[i][j] for j in range(n)] for i in range(n)]
    means = [float(m) for m in mean_values]
    out = [0.0] * len(z)
    for start in range(0, len(z), n):
        row = z[start:start + n]
        for j in range(n):
            acc = 0.0
            for i in range(n):
                acc += row[i] * factor[i][j]
            out[start + j] = acc + means[j]
    return _sampling.build(out, final_shape, _dtypes.FLOAT64)


def _reconstructs(v, s, cov, tol):
    """Return True if v^T diag(s) v equals cov within |a - b| <= tol + tol |b| (NumPy's allclose)."""
    n = len(s)
    for i in range(n):
        for j in range(n):
            value = 0.0
            for k in range(n):
                value += v[k][i] * s[k] * v[k][j]
            if not abs(value - cov[i][j]) <= tol + tol * abs(cov[i][j]):
                return False
    return True


def _warn(message):
    try:
        import warnings
    except ImportError:   # MicroPython
        print('RuntimeWarning: ' + message)
        return
    warnings.warn(message, RuntimeWarning, stacklevel=4)
