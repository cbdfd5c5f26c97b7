"""The Array API inspection namespace: what tinynet supports, as the standard asks a library to say.

``tinynet.__array_namespace_info__()`` returns an object whose methods answer the questions the
Array API standard (version 2024.12) lets code ask of a namespace instead of guessing:

    >>> import tinynet as np
    >>> info = np.__array_namespace_info__()
    >>> info.default_device(), info.devices()
    ('cpu', ['cpu'])
    >>> info.default_dtypes()["real floating"]
    dtype('float64')
    >>> sorted(info.dtypes(kind="unsigned integer"))
    ['uint16', 'uint32', 'uint64', 'uint8']

tinynet has one device, the Python process (``"cpu"``), as NumPy does; every dtype of the standard
is supported, complex ones included. The answers match NumPy 2's, except that ``dtypes()`` maps
``"bool"`` to ``dtype('bool')`` like every other entry.
"""

from tinynet.core import dtypes as _dtypes
from tinynet.core.ndarray import check_device

__all__ = ["__array_namespace_info__"]

# The standard's dtype kinds, each with the dtype names it covers, in the order NumPy lists them.
_KINDS = {
    "bool": ("bool",),
    "signed integer": ("int8", "int16", "int32", "int64"),
    "unsigned integer": ("uint8", "uint16", "uint32", "uint64"),
    "real floating": ("float32", "float64"),
    "complex floating": ("complex64", "complex128"),
}
_KINDS["integral"] = _KINDS["signed integer"] + _KINDS["unsigned integer"]
_KINDS["numeric"] = _KINDS["integral"] + _KINDS["real floating"] + _KINDS["complex floating"]
_ORDER = _KINDS["bool"] + _KINDS["numeric"]


class __array_namespace_info__:  # noqa: N801 - the standard names this class
    """Inspection utilities for the tinynet namespace (the Array API's ``__array_namespace_info__``).

    >>> __array_namespace_info__().capabilities()["boolean indexing"]
    True
    """

    __module__ = "tinynet"

    def capabilities(self):
        """Return which optional behaviours tinynet has: all of them, with up to 64 dimensions.

        >>> sorted(__array_namespace_info__().capabilities().items())
        [('boolean indexing', True), ('data-dependent shapes', True), ('max dimensions', 64)]
        """
        return {"boolean indexing": True, "data-dependent shapes": True, "max dimensions": 64}

    def default_device(self):
        """Return the device new arrays live on: "cpu".

        >>> __array_namespace_info__().default_device()
        'cpu'
        """
        return "cpu"

    def devices(self):
        """Return the list of devices: ["cpu"].

        >>> __array_namespace_info__().devices()
        ['cpu']
        """
        return ["cpu"]

    def default_dtypes(self, *, device=None):
        """Return the dtypes creation functions choose: float64, complex128, int64 for integers and indices.

        >>> d = __array_namespace_info__().default_dtypes(device="cpu")
        >>> d["integral"], d["indexing"], d["complex floating"]
        (dtype('int64'), dtype('int64'), dtype('complex128'))
        """
        check_device(device)
        return {
            "real floating": _dtypes.as_dtype("float64"),
            "complex floating": _dtypes.as_dtype("complex128"),
            "integral": _dtypes.as_dtype("int64"),
            "indexing": _dtypes.as_dtype("int64"),
        }

    def dtypes(self, *, device=None, kind=None):
        """Return {name: dtype} for the standard's dtypes of a kind, or of any kind in a tuple of kinds.

        Kinds are "bool", "signed integer", "unsigned integer", "integral", "real floating",
        "complex floating" and "numeric"; None means every dtype.

        >>> list(__array_namespace_info__().dtypes(kind=("bool", "real floating")))
        ['bool', 'float32', 'float64']
        """
        check_device(device)
        if kind is None:
            wanted = set(_ORDER)
        else:
            kinds = kind if isinstance(kind, tuple) else (kind,)
            wanted = set()
            for one in kinds:
                if one not in _KINDS:
                    raise ValueError("unsupported kind: %r" % (one,))
                wanted.update(_KINDS[one])
        return {name: _dtypes.as_dtype(name) for name in _ORDER if name in wanted}
