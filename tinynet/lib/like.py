"""Arrays shaped like another: zeros_like, ones_like, full_like and empty_like (loaded on first use).

Each takes the shape and dtype of ``a`` unless ``shape=`` or ``dtype=`` says otherwise, and fills a new
array as ``full`` does; by default (``order='K'``) its memory is laid out as a's is.  tinynet has no
ndarray subclasses, so ``subok`` changes nothing:

    >>> from tinynet import zeros_like, full_like
    >>> zeros_like([[1, 2]]).tolist(), full_like([1.5, 2.5], 7).tolist()
    ([[0, 0]], [7.0, 7.0])
"""

from tinynet.core.ndarray import asarray, check_device
from tinynet.lib.creation import _memory_order, full


def _like(a, dtype, order, shape, fill_value):
    """full(...) shaped like a, its memory laid out as `order` says of a.

    'C' and 'F' are row and column order; 'A' is Fortran order when a is Fortran-contiguous and not C;
    'K' (the default) keeps the order of a's axes in memory (by the size of their strides) when the new
    array has a's number of dimensions, else C.
    """
    a = asarray(a)
    result = full(a._shape if shape is None else shape, fill_value, dtype=a._dtype if dtype is None else dtype)
    order = "K" if order is None else order
    if isinstance(order, str) and order.upper() in ("A", "K"):
        order = order.upper()
    else:
        order = _memory_order(order)
    if result.ndim < 2 or order == "C" or (order == "K" and result.ndim != a.ndim):
        return result
    if order == "A" or (order == "K" and (a.flags.c_contiguous or a.flags.f_contiguous)):
        order = "F" if a.flags.f_contiguous and not a.flags.c_contiguous else "C"
    if order == "F":
        return result._copy_laid_out("F")
    if order == "C":
        return result
    from tinynet.core.methods_layout import _owner_laid_out

    strides = a._strides
    axes = sorted(range(a.ndim), key=lambda i: (-abs(strides[i]), i))
    return _owner_laid_out(result.transpose(axes)._values(), result._shape, result._dtype, axes)


def zeros_like(a, dtype=None, order="K", subok=True, shape=None, *, device=None):
    """Return zeros with the shape and dtype of a.

    >>> zeros_like([[1, 2]]).tolist()
    [[0, 0]]
    """
    check_device(device)
    return _like(a, dtype, order, shape, 0)


def ones_like(a, dtype=None, order="K", subok=True, shape=None, *, device=None):
    """Return ones with the shape and dtype of a.

    >>> ones_like([1.5, 2.5]).tolist()
    [1.0, 1.0]
    """
    check_device(device)
    return _like(a, dtype, order, shape, 1)


def full_like(a, fill_value, dtype=None, order="K", subok=True, shape=None, *, device=None):
    """Return an array with the shape and dtype of a, filled with fill_value.

    >>> full_like([1, 2], 9).tolist()
    [9, 9]
    """
    check_device(device)
    return _like(a, dtype, order, shape, fill_value)


def empty_like(a, dtype=None, order="K", subok=True, shape=None, *, device=None):
    """Return a new array like a (filled with zeros).

    >>> empty_like([1.0]).tolist()
    [0.0]
    """
    check_device(device)
    return zeros_like(a, dtype, order, subok, shape)
