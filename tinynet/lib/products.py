"""Products of vectors and matrices: outer, inner and transpose.

``dot`` and ``matmul`` live with the array (the ``@`` operator needs them);
these build on them.

    >>> from tinynet import outer, inner
    >>> outer([1, 2], [1, 10]).tolist(), inner([1, 2], [3, 4])
    ([[1, 10], [2, 20]], np.int64(11))
"""

from tinynet.core import dtypes
from tinynet.core import nested
from tinynet.core.dtypes import BOOL
from tinynet.core.ndarray import asarray, dot, ndarray

# --------------------------------------------------------------------------
# Products
# --------------------------------------------------------------------------


def outer(a, b):
    """Return the outer product: P[i][j] = a[i] * b[j] (inputs are flattened).

    >>> outer([1, 2], [1, 10, 100]).tolist()
    [[1, 10, 100], [2, 20, 200]]
    """
    a, b = asarray(a).ravel(), asarray(b).ravel()
    d = dtypes.promote(a._dtype, b._dtype)
    data = nested.outer(a._data, b._data)
    if d is BOOL:
        data = [[bool(x) for x in row] for row in data]
    elif d.kind == "u":
        data = nested.map_elementwise(dtypes.wrapper(d), data, 2)
    return ndarray._wrap(data, (a.size, b.size), d)


def inner(a, b):
    """Return the inner product of two vectors: sum_k a[k] * b[k].

    >>> inner([1, 2, 3], [1, 1, 1])
    np.int64(6)
    """
    a, b = asarray(a), asarray(b)
    if a.ndim == 2 or b.ndim == 2:
        return dot(a, b.T)
    return dot(a, b)


def transpose(a, axes=None):
    """Return a with its axes reversed (a matrix's rows become columns).

    >>> transpose([[1, 2, 3]]).tolist()
    [[1], [2], [3]]
    """
    return asarray(a).transpose(axes)
