"""Generator's vector-valued draws beyond multinomial and Dirichlet: an urn of colours and N(mean, cov).

``VectorDistributions`` is mixed into ``Generator``. Each draw is a row of
length d (the colours, or the dimension of the normal); the output has shape
``size + (d,)``, rows in C order.

>>> from tinynet.random import default_rng
>>> default_rng(0).multivariate_hypergeometric([3, 2, 5], 4, size=2).tolist()
[[2, 0, 2], [1, 1, 2]]
>>> default_rng(0).multivariate_normal([0.0, 10.0], [[1.0, 0.0], [0.0, 4.0]], method='cholesky').tolist()
[0.1257302210933933, 9.735790273417397]
"""

import math

from tinynet.core import dtypes as _dtypes
from tinynet.core import nested as _nested
from tinynet.random import sampling as _sampling
from tinynet.random import urn as _urn
from tinynet.random.multivariate import _reconstructs, _warn, mean_and_cov_length

__all__ = ['VectorDistributions']

_INT64_MAX = 0x7FFFFFFFFFFFFFFF
_MARGINALS_MAX = 10**9
_COUNT_MAX = _INT64_MAX // 8          # NumPy allocates total * sizeof(size_t) bytes for 'count'
_INTEGER_DTYPES = ('int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64')


class VectorDistributions:
    """Generator's multivariate_hypergeometric and multivariate_normal (needs _bits and standard_normal)."""

    def multivariate_hypergeometric(self, colors, nsample, size=None, method='marginals'):
        """Draw how many of each colour a sample of nsample holds, drawn without replacement from an urn.

        The urn holds colors[i] items of colour i. With method='marginals' colour i's count is
        hypergeometric(colors[i], the colours after i, what is still to draw) and the last colour
        takes the rest; with method='count' the first nsample places of the urn are shuffled
        (Fisher-Yates, the urn carried over from one draw to the next) and counted. Past half
        the urn, both draw the items left behind and subtract. The output has shape size + (len(colors),).

        >>> from tinynet.random import default_rng
        >>> default_rng(0).multivariate_hypergeometric([3, 2, 5], 4, method='count').tolist()
        [2, 1, 1]
        >>> default_rng(0).multivariate_hypergeometric([3, 2, 5], 11)
        Traceback (most recent call last):
            ...
        ValueError: nsample > sum(colors)
        """
        if method not in ('count', 'marginals'):
            raise ValueError('method must be "count" or "marginals".')
        nsample = _checked_nsample(nsample)
        colors = _checked_colors(colors)
        total = 0
        for count in colors:
            total += count
        if total > _INT64_MAX:
            raise ValueError('sum(colors) must not exceed the maximum value of a 64 bit signed integer (%d)'
                             % _INT64_MAX)
        if method == 'marginals' and total >= _MARGINALS_MAX:
            raise ValueError('When method is "marginals", sum(colors) must be less than %d.' % _MARGINALS_MAX)
        if method == 'count' and total > _COUNT_MAX:
            raise ValueError("When method is 'count', sum(colors) must not exceed %d" % _COUNT_MAX)
        if nsample > total:
            raise ValueError('nsample > sum(colors)')
        if size is None:
            shape = (len(colors),)
        elif isinstance(size, (tuple, list)) or hasattr(size, '__len__'):
            shape = _sampling.shape_of_size(tuple(size)) + (len(colors),)
        else:
            shape = (_sampling.as_dimension(size), len(colors))
            _sampling.shape_of_size(shape)      # NumPy's error for a negative size
        rows = _nested.size_of(shape[:-1])
        draw = _urn.count_rows if method == 'count' else _urn.marginals_rows
        return _sampling.build(draw(self._bits, colors, nsample, rows), shape, _dtypes.INT64)

    def multivariate_normal(self, mean, cov, size=None, check_valid='warn', tol=1e-8, method='svd'):
        """Draw from N(mean, cov): mean + z A^T for z ~ N(0, I) of shape size + (N,) and A A^T = cov.

        A comes from the decomposition method names: 'svd' (cov = u diag(s) vh, A = u sqrt(s)),
        'eigh' (cov = u diag(s) u^T from cov's lower triangle, A = u sqrt(|s|)) or 'cholesky'
        (cov = L L^T, A = L). Unless check_valid is 'ignore' (or the method is 'cholesky', which
        fails on such a cov), a cov that is not symmetric positive-semidefinite within tol
        (vh^T diag(s) vh != cov for 'svd', an eigenvalue below -tol for 'eigh') warns or raises.

        Agreement with NumPy: z is NumPy's stream, and the standard normals consumed are the same.
        The factor's singular vectors or eigenvectors are unique only up to sign (and to rotation
        within a repeated value), so NumPy's numbers need LAPACK's choices:

        - 'cholesky': the factor is unique; draws agree with NumPy's to rounding (LAPACK and BLAS
          sum in another order: about 1e-15 relative to max |A| |z|);
        - 'svd' (the default) and 'eigh', N <= 25: u comes from LAPACK's own steps, dgesdd's or
          dsyevd's (``tinynet.random.lapack_svd``, ``lapack_eigh``), so the signs are LAPACK's and draws
          agree to rounding, except where rounding decides: a value repeated to rounding (cov = 0.5 I + 0.5
          for one), and for 'svd' about 1 random cov in 1000, where LAPACK's BLAS rounds an implicit QR
          sweep another way and a pair of vectors flips sign;
        - N > 25 (LAPACK divides and conquers there) and a cov with inf or nan: tinynet.linalg's Jacobi
          svd and eigh pick their own signs, so a draw agrees with NumPy's only up to the sign of its
          component along each vector: the same distribution and stream, not always NumPy's numbers.

        >>> from tinynet.random import default_rng
        >>> rng = default_rng(0)
        >>> rng.multivariate_normal([1.0, 2.0], [[4.0, 2.0], [2.0, 3.0]], size=2, method='cholesky').round(12).tolist()
        [[1.251460442187, 1.938905731771], [2.280845300887, 2.788773818816]]
        >>> rng.multivariate_normal([0.0], [[1.0]], method='qr')
        Traceback (most recent call last):
            ...
        ValueError: method must be one of {'eigh', 'svd', 'cholesky'}
        """
        if method not in ('eigh', 'svd', 'cholesky'):
            raise ValueError("method must be one of {'eigh', 'svd', 'cholesky'}")
        means, mean_shape = _real_values(mean)
        covs, cov_shape = _real_values(cov)
        if size is None:
            shape = ()
        elif _sampling.index_or_none(size) is not None and not isinstance(size, (tuple, list)):
            shape = (size,)
        elif isinstance(size, (tuple, list)):
            shape = tuple(size)
        else:
            raise TypeError("'%s' object is unsliceable" % type(size).__name__)
        n = mean_and_cov_length(mean_shape, cov_shape)
        final_shape = shape + (n,)
        z = list(self.standard_normal(final_shape)._values())
        if n == 0:
            raise ValueError('cannot reshape array of size 0 into shape (0)')
        factor = _factor(covs, n, method, check_valid, tol)
        # x_j = mean_j + sum_i z_i A[j][i], row by row
        out = [0.0] * len(z)
        for start in range(0, len(z), n):
            row = z[start:start + n]
            for j in range(n):
                a = factor[j]
                acc = 0.0
                for i in range(n):
                    acc += row[i] * a[i]
                out[start + j] = means[j] + acc
        return _sampling.build(out, final_shape, _dtypes.FLOAT64)


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------

def _checked_nsample(nsample):
    """Return nsample as an int, with NumPy's messages for a non-integer, a negative or a huge one."""
    value = _sampling.index_or_none(nsample)
    if value is None:
        raise ValueError('nsample must be an integer')
    if value < 0:
        raise ValueError('nsample must be nonnegative.')
    if value > _INT64_MAX:
        raise ValueError('nsample must not exceed %d' % _INT64_MAX)
    return value


def _checked_colors(colors):
    """Return colors as a list of ints: a 1-d sequence of integers (not bools) in [0, 2**63)."""
    message = ('colors must be a one-dimensional sequence of nonnegative integers not exceeding %d.'
               % _INT64_MAX)
    try:
        values, shape = _sampling.flatten(colors)
    except ValueError:
        raise ValueError(message)
    if len(shape) != 1:
        raise ValueError(message)
    dtype = getattr(colors, 'dtype', None)
    if dtype is not None and hasattr(colors, 'shape'):
        if values and getattr(dtype, 'name', str(dtype)) not in _INTEGER_DTYPES:
            raise ValueError(message)
    ints = []
    for value in values:
        index = None if isinstance(value, bool) else _sampling.index_or_none(value)
        if index is None or index < 0 or index > _INT64_MAX:
            raise ValueError(message)
        ints.append(index)
    return ints


def _real_values(x):
    """Return (flat floats, shape) of mean or cov, refusing complex values as NumPy does."""
    values, shape = _sampling.flatten(x)
    dtype = getattr(x, 'dtype', None)
    if (dtype is not None and getattr(dtype, 'kind', '') == 'c') or any(isinstance(v, complex) for v in values):
        raise TypeError('mean and cov must not be complex')
    return [float(v) for v in values], shape


# ---------------------------------------------------------------------------
# The factor A with A A^T = cov
# ---------------------------------------------------------------------------

def _factor(covs, n, method, check_valid, tol):
    """Return the rows of A (A A^T = cov) by method, after NumPy's check of cov."""
    from tinynet.linalg import cholesky, eigh, svd   # loaded only here

    cov = _sampling.build(covs, (n, n), _dtypes.FLOAT64)
    if method == 'cholesky':
        lower = cholesky(cov).tolist()
        return lower
    u = None
    # LAPACK's steps for the factors NumPy gets (dgesdd, dsyevd), loaded with the first svd or eigh draw
    from tinynet.random import lapack_eigh as _lapack_eigh
    from tinynet.random import lapack_svd as _lapack

    if method == 'svd':
        if n <= _lapack.LARGEST:
            found = _lapack.left_singular_vectors([covs[i * n:(i + 1) * n] for i in range(n)])
            if found is not None:
                u, s = found
        if u is None or check_valid != 'ignore':
            u_any, s_any, vh = svd(cov)       # the check needs vh; past 25 (or with inf) its u serves
            if u is None:
                u, s = u_any.tolist(), s_any.tolist()
    else:
        if n <= _lapack_eigh.LARGEST:
            found = _lapack_eigh.eigenvectors([covs[i * n:(i + 1) * n] for i in range(n)])
            if found is not None:
                s, u = found
        if u is None:
            s, u = eigh(cov)
            s, u = s.tolist(), u.tolist()
    if check_valid != 'ignore':
        if check_valid not in ('warn', 'raise'):
            raise ValueError("check_valid must equal 'warn', 'raise', or 'ignore'")
        if method == 'svd':
            rows = [covs[i * n:(i + 1) * n] for i in range(n)]
            valid = _reconstructs(vh.tolist(), s_any.tolist(), rows, tol)
        else:
            valid = not any(value < -tol for value in s)
        if not valid:
            message = 'covariance is not symmetric positive-semidefinite.'
            if check_valid == 'raise':
                raise ValueError(message)
            _warn(message)
    roots = [math.sqrt(abs(value)) if method == 'eigh' else _sqrt(value) for value in s]
    return [[u[j][i] * roots[i] for i in range(n)] for j in range(n)]


def _sqrt(x):
    """Return sqrt(x), nan for x < 0 (as np.sqrt)."""
    return math.sqrt(x) if x >= 0 else float('nan')
