"""The ndarray's arithmetic methods a board rarely calls: prod, var, std, argmin, any, all, cumsum,
cumprod, clip, round, nonzero, conj and dot.

Each is one line handing over to ``core/reductions.py`` or ``core/ufunc.py``, as the methods kept on
the class do.  ``core/ndarray.py`` sets them on the class (on CPython as it loads, on MicroPython on
first use).
"""

from tinynet.core import reductions as _reductions
from tinynet.core import ufunc as _ufunc
from tinynet.core.ndarray import array  # noqa: F401 - the examples use it


def dot(self, other, out=None):
    """Return the dot product with other (see tinynet.dot).

    >>> array([[1, 2], [3, 4]]).dot(array([1, 1])).tolist()
    [3, 7]
    """
    return _ufunc.dot(self, other, out=out)


def mean(self, axis=None, dtype=None, out=None, keepdims=False, where=True):
    """Return the arithmetic mean over the given axes: sum / count.

    >>> array([[1, 2], [3, 5]]).mean(axis=0).tolist()
    [2.0, 3.5]
    """
    return _reductions.mean(self, axis, dtype, out, keepdims, where)



def max(self, axis=None, out=None, keepdims=False, initial=None, where=True):
    """Return the largest element over the given axes (nan if any is nan, as NumPy).

    >>> array([[1, 5], [7, 2]]).max(axis=1).tolist()
    [5, 7]
    """
    return _reductions.extreme("maximum", self, axis, out, keepdims, initial, where)



def min(self, axis=None, out=None, keepdims=False, initial=None, where=True):
    """Return the smallest element over the given axes (nan if any is nan, as NumPy).

    >>> array([[1, 5], [7, 2]]).min(axis=0).tolist()
    [1, 2]
    """
    return _reductions.extreme("minimum", self, axis, out, keepdims, initial, where)



def argmax(self, axis=None, out=None, keepdims=False):
    """Return the index of the first largest element along an axis (flat index for None).

    >>> array([[1, 5], [7, 2]]).argmax(axis=1).tolist(), array([[1, 5], [7, 2]]).argmax()
    ([1, 0], np.int64(2))
    """
    return _reductions.arg("argmax", self, axis, out, keepdims)


def prod(self, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=True):
    """Return the product over the given axes.

    >>> array([[1, 2], [3, 4]]).prod(axis=1).tolist()
    [2, 12]
    """
    return _reductions.prod(self, axis, dtype, out, keepdims, initial, where)


def var(self, axis=None, dtype=None, out=None, ddof=0, keepdims=False, where=True, mean=None, correction=None):
    """Return the variance: mean(abs(x - x.mean())**2), dividing by count - ddof.

    >>> array([1.0, 2.0, 3.0, 4.0]).var()
    np.float64(1.25)
    """
    return _reductions.var(self, axis, dtype, out, ddof, keepdims, where, correction)


def std(self, axis=None, dtype=None, out=None, ddof=0, keepdims=False, where=True, mean=None, correction=None):
    """Return the standard deviation: the square root of var.

    >>> array([1.0, 2.0, 3.0, 4.0]).std()
    np.float64(1.118033988749895)
    """
    return _reductions.std(self, axis, dtype, out, ddof, keepdims, where, correction)


def argmin(self, axis=None, out=None, keepdims=False):
    """Return the index of the first smallest element along an axis.

    >>> array([3, 1, 1]).argmin()
    np.int64(1)
    """
    return _reductions.arg("argmin", self, axis, out, keepdims)


def any(self, axis=None, out=None, keepdims=False, where=True):
    """Return whether any element over the given axes is true.

    >>> array([[0, 1], [0, 0]]).any(axis=1).tolist()
    [True, False]
    """
    return _reductions.logical("any", self, axis, out, keepdims, where)


def all(self, axis=None, out=None, keepdims=False, where=True):
    """Return whether every element over the given axes is true.

    >>> array([[1, 1], [0, 1]]).all(axis=0).tolist()
    [False, True]
    """
    return _reductions.logical("all", self, axis, out, keepdims, where)


def cumsum(self, axis=None, dtype=None, out=None):
    """Return running sums along an axis (None: over the flattened array).

    >>> array([[1, 2], [3, 4]]).cumsum().tolist(), array([[1, 2], [3, 4]]).cumsum(axis=0).tolist()
    ([1, 3, 6, 10], [[1, 2], [4, 6]])
    """
    return _reductions.cumulative("add", self, axis, dtype, out)


def cumprod(self, axis=None, dtype=None, out=None):
    """Return running products along an axis (None: over the flattened array).

    >>> array([1, 2, 3, 4]).cumprod().tolist()
    [1, 2, 6, 24]
    """
    return _reductions.cumulative("multiply", self, axis, dtype, out)


def clip(self, min=None, max=None, out=None, **kwargs):  # noqa: A002 - NumPy's parameter names
    """Return the array with values limited to [min, max].

    >>> array([-2, 0, 5]).clip(-1, 3).tolist()
    [-1, 0, 3]
    """
    from tinynet.core import clip_round

    return clip_round.clip(self, min, max, out)


def round(self, decimals=0, out=None):
    """Round half to even to the given number of decimals, as np.round does.

    >>> array([0.5, 1.5, 2.5, 2.675]).round().tolist(), array([2.675]).round(2).tolist()
    ([0.0, 2.0, 2.0, 3.0], [2.68])
    """
    from tinynet.core import clip_round

    return clip_round.round_array(self, decimals, out)


def nonzero(self):
    """Return a tuple of index arrays, one per axis, of the non-zero elements.

    >>> [i.tolist() for i in array([[0, 3], [4, 0]]).nonzero()]
    [[0, 1], [1, 0]]
    """
    return _reductions.nonzero(self)


def conj(self):
    """Return the complex conjugate (the values themselves for real dtypes)."""
    return _ufunc.unary_op("conjugate", self)


conjugate = conj
