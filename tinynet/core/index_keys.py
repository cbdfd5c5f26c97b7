"""Index keys that are arrays, lists or NumPy objects, turned into what index_math.resolve takes.

``indexing._index_part`` passes ints, slices, None and ``...`` through itself; every other part of an
index comes here, the first time loading this module:

- an integer or bool array: an ``index_math.IndexArray`` of its values (a 0-d integer array: its int);
- a tinynet scalar: its bool or int (a float scalar is no index: IndexError, as in NumPy);
- a list, tuple or range: its values as plain Python, made into an IndexArray by index_math;
- a NumPy array: as the tinynet array of its values.

    >>> from tinynet import array
    >>> key = index_part(array([True, False]))
    >>> key.values, key.shape, key.is_bool
    ([True, False], (2,), True)
    >>> index_part(array(3))
    3
    >>> plain([array([1, 2]), range(2)])
    [[1, 2], [0, 1]]
"""

from tinynet.core import index_math
from tinynet.core.construct import array
from tinynet.core.dtypes import BOOL
from tinynet.core.indexing import _check_c_long
from tinynet.core.ndarray import ndarray


def index_part(k):
    """Return one part of an index as index_math.resolve takes it (see the module's docstring)."""
    if isinstance(k, ndarray):
        if k._dtype.kind not in "iub":
            raise IndexError("arrays used as indices must be of integer (or boolean) type")
        if not k._shape and k._dtype is not BOOL:
            return int(k._values()[0])
        return index_math.IndexArray(list(k._values()), k._shape, k._dtype is BOOL)
    if hasattr(k, "_dtype") and hasattr(k, "item"):  # tinynet's NumPy-like scalars
        if k._dtype is BOOL:
            return bool(k)
        if k._dtype.kind in "iu":
            return int(k)
        raise IndexError(
            "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean "
            "arrays are valid indices"
        )
    if isinstance(k, (list, tuple, range)):
        return index_math.to_index_array(plain(k))
    if hasattr(k, "tolist") and hasattr(k, "shape"):  # a NumPy array
        return index_part(array(k))
    if type(k) is int:
        _check_c_long(k, index=True)
    elif type(k) is not bool and not hasattr(k, "__index__"):  # (refused here, before the parts after it)
        raise IndexError(
            "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean "
            "arrays are valid indices"
        )
    return k


def plain(obj):
    """Turn arrays (tinynet's or NumPy's) and NumPy scalars inside obj into plain Python."""
    if isinstance(obj, ndarray):
        return obj.tolist()
    if isinstance(obj, (list, tuple)):
        return [plain(x) for x in obj]
    if isinstance(obj, (float, int, bool, complex)):
        return obj
    if isinstance(obj, range):
        return list(obj)
    tolist = getattr(obj, "tolist", None)  # NumPy arrays and scalars, tinynet's scalars
    if tolist is not None:
        return tolist()
    return obj
