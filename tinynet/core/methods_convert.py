"""The ndarray's conversions a board rarely calls: item, fill, the Array API's device and namespace,
and the Python protocols only CPython or NumPy look up (round, format, index, copy, __array__).

Plain functions of ``self`` that ``core/ndarray.py`` sets on the class (on CPython as it loads, on
MicroPython on first use).

>>> from tinynet import array
>>> array([[1, 2], [3, 4]]).item(1, 0), "%.1f" % array(2.5), round(array(2.5))
(3, '2.5', 2)
"""

import sys

from tinynet.core import dtypes
from tinynet.core.construct import check_device
from tinynet.core.indexing import _int_index, _one_value
from tinynet.core.ndarray import array, ndarray  # noqa: F401 - the examples use array


@property
def device(self):
    """The device the array lives on: always "cpu"."""
    return "cpu"


def to_device(self, device, *, stream=None):
    """Return the array on device, which must be "cpu" (the array itself, as NumPy does).

    >>> a = array([1, 2]); a.to_device("cpu") is a
    True
    """
    if not isinstance(device, str):
        raise TypeError("to_device() argument 1 must be str, not %s" % (type(device).__name__,))
    check_device(device)
    if stream is not None:
        raise ValueError("The stream argument in to_device() is not supported")
    return self


def __array_namespace__(self, *, api_version=None):
    """Return the Array API namespace of this array: tinynet itself, for any version up to 2024.12.

    >>> import tinynet
    >>> array([1]).__array_namespace__(api_version="2023.12") is tinynet
    True
    """
    if api_version is not None and api_version not in ("2021.12", "2022.12", "2023.12", "2024.12"):
        raise ValueError('Version "%s" of the Array API Standard is not supported.' % (api_version,))
    import tinynet

    return tinynet


def item(self, *args):
    """Return one element as a plain Python scalar (the only one, or at a position).

    >>> array([[1.5]]).item(), array([4, 5]).item(1), array([[1, 2], [3, 4]]).item(1, 0)
    (1.5, 5, 3)
    """
    if not args:
        if self.size != 1:
            raise ValueError("can only convert an array of size 1 to a Python scalar")
        return self._values()[0]
    if len(args) == 1 and isinstance(args[0], tuple):
        args = args[0]
    if len(args) == 1:
        i = _int_index(args[0])
        n = self.size
        if not -n <= i < n:
            raise IndexError("index %d is out of bounds for size %d" % (i, n))
        return self._values()[i % n]
    if len(args) != self.ndim:
        raise ValueError("incorrect number of indices for array")
    return self[tuple(args)].item()


def _sequence_as_scalar(value, d):
    """Convert a list or tuple to one element of dtype d as NumPy's fill does: bools by truth, else refuse."""
    kind = type(value).__name__
    if d.kind == "b":
        return len(value) > 0
    if d.kind == "f":
        raise ValueError("setting an array element with a sequence.")
    if d.kind == "c":
        raise TypeError("must be real number, not %s" % kind)
    raise TypeError("int() argument must be a string, a bytes-like object or a real number, not '%s'" % kind)


def fill(self, value):
    """Set every element to value (a scalar), in place; the value is converted even if there are none."""
    if isinstance(value, (list, tuple)):  # NumPy converts it as one scalar of the dtype: Python's rules
        value = _sequence_as_scalar(value, self._dtype)
    if not isinstance(value, ndarray):
        value = _one_value(value, self._dtype)
    self[...] = value


def __copy__(self):
    return self.copy()


def __deepcopy__(self, memo=None):
    return self.copy()


def __index__(self):
    if self._dtype.kind not in "iub" or self._shape:
        raise TypeError("only integer scalar arrays can be converted to a scalar index")
    return int(self._values()[0])


def __round__(self, ndigits=None):
    if ndigits is None:
        return round(self._only_value())
    return self.round(ndigits)


def __format__(self, spec):
    if not self._shape:
        return format(dtypes.scalar(self._values()[0], self._dtype), spec)
    if spec:
        raise TypeError("unsupported format string passed to numpy.ndarray.__format__")
    return str(self)


def __array__(self, dtype=None, copy=None):
    """Hand NumPy a copy: np.asarray(a) for a tinynet array a, with the same dtype.

    Only NumPy calls this, so NumPy is already loaded; tinynet itself never imports it.
    """
    numpy = sys.modules["numpy"]
    return numpy.array(self.tolist(), dtype=self._dtype.name if dtype is None else dtype)


def __dlpack__(self, *, stream=None, max_version=None, dl_device=None, copy=None):
    """Return a DLPack capsule of a copy of the array, for another library's from_dlpack.

    A "dltensor_versioned" capsule when max_version is (1, 0) or later, else "dltensor".  The
    elements are always copied out of the array's list (so copy=False raises BufferError);
    core/dlpack.py tells the rest.

    >>> type(array([1.5, 2.5]).__dlpack__(max_version=(1, 0))).__name__
    'PyCapsule'
    """
    from tinynet.core import dlpack

    return dlpack.export(self, stream, max_version, dl_device, copy)


def __dlpack_device__(self):
    """Return the array's device in DLPack's terms: (1, 0), that is kDLCPU and device 0.

    >>> array([1]).__dlpack_device__()
    (1, 0)
    """
    return (1, 0)
