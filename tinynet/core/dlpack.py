"""DLPack: hand arrays to and from other libraries (NumPy, PyTorch, JAX, CuPy...) as the Array API does.

Three names, as in the Array API standard and NumPy 2:

- ``a.__dlpack_device__()`` is ``(1, 0)``: DLPack's kDLCPU, device 0;
- ``a.__dlpack__()`` returns a PyCapsule holding a DLPack tensor, for a consumer such as
  ``numpy.from_dlpack(a)`` or ``torch.from_dlpack(a)``;
- ``from_dlpack(x)`` makes a tinynet array from any object with ``__dlpack__``.

A tinynet array keeps its elements as Python objects in a list, not as bytes in memory, so it
can share nothing with a C library: ``__dlpack__`` packs the elements into a fresh block of
memory (always a copy, so ``copy=False`` is a BufferError), and ``from_dlpack`` copies another
library's memory into a list (so ``copy=False`` is a ValueError, the standard's error for a
copy that was refused).  Between tinynet arrays nothing needs copying: ``from_dlpack`` of a
tinynet array is a view of it, as NumPy's is of a NumPy array.

    >>> from tinynet import array, from_dlpack
    >>> a = array([[1, 2], [3, 4]], dtype="int16")
    >>> a.__dlpack_device__(), type(a.__dlpack__()).__name__
    ((1, 0), 'PyCapsule')
    >>> b = from_dlpack(a)
    >>> b[0, 0] = 9; a[0, 0]
    np.int16(9)

Any other object goes through the capsule (here a stand-in that exports a tinynet array):

    >>> class Producer:
    ...     def __init__(self, a): self.a = a
    ...     def __dlpack__(self, **options): return self.a.__dlpack__(**options)
    ...     def __dlpack_device__(self): return self.a.__dlpack_device__()
    >>> from_dlpack(Producer(a.T)).tolist()
    [[9, 3], [2, 4]]

Capsules need ctypes and CPython's C API: ``core/dlpack_capsule.py`` holds the C side, and loads
only when a capsule is made or read.  Where there is no ctypes (MicroPython, a board) or no C API
(PyPy), ``__dlpack__`` and ``from_dlpack`` of another library's array raise BufferError saying so;
``from_dlpack`` of a tinynet array works everywhere.

DLPack dtypes: (type code, bits) with kDLInt = 0, kDLUInt = 1, kDLFloat = 2, kDLComplex = 5,
kDLBool = 6; a complex number is its two parts (complex64 is code 5, 64 bits).  Every tinynet
dtype has one.  Elements are in the machine's byte order; strides count elements.
"""

import sys

from tinynet.core import binary
from tinynet.core import dtypes
from tinynet.core import memory
from tinynet.core import strided
from tinynet.core.construct import check_device
from tinynet.core.ndarray import ndarray

try:
    _BufferError = BufferError
except NameError:  # MicroPython has no BufferError: a class of that name stands in
    _BufferError = type("BufferError", (Exception,), {})

KDL_CPU = 1
_KDL_INT, _KDL_UINT, _KDL_FLOAT, _KDL_COMPLEX, _KDL_BOOL = 0, 1, 2, 5, 6

# DLPack's (type code, bits) of each tinynet dtype, and the way back.
CODES = {
    "bool": (_KDL_BOOL, 8),
    "int8": (_KDL_INT, 8), "int16": (_KDL_INT, 16), "int32": (_KDL_INT, 32), "int64": (_KDL_INT, 64),
    "uint8": (_KDL_UINT, 8), "uint16": (_KDL_UINT, 16), "uint32": (_KDL_UINT, 32), "uint64": (_KDL_UINT, 64),
    "float16": (_KDL_FLOAT, 16), "float32": (_KDL_FLOAT, 32), "float64": (_KDL_FLOAT, 64),
    "complex64": (_KDL_COMPLEX, 64), "complex128": (_KDL_COMPLEX, 128),
}
DTYPE_OF_CODE = {code: name for name, code in CODES.items()}

# Device types whose memory the CPU reads: kDLCPU, kDLCUDAHost, kDLROCMHost, kDLCUDAManaged.
_CPU_READABLE = (1, 3, 11, 13)
_NATIVE = "<" if sys.byteorder == "little" else ">"


def _capsules(purpose):
    """The C side (core/dlpack_capsule.py), or BufferError where this Python cannot make capsules."""
    try:
        from tinynet.core import dlpack_capsule
    except (ImportError, AttributeError, OSError) as error:
        raise _BufferError("%s cannot work on this Python (%s): DLPack capsules need ctypes and CPython's C API "
                           "(%s)" % (purpose, sys.implementation.name, error))
    return dlpack_capsule


def _copy_mode(copy):
    """The copy= of the Array API: None, True or False (any other object by its truth, as in NumPy)."""
    if copy is None:
        return None
    if isinstance(copy, str):
        raise ValueError("strings are not allowed for 'copy' keyword. Use True/False/None instead.")
    return bool(copy)


# ---------------------------------------------------------------- producing: ndarray.__dlpack__

def export(self, stream=None, max_version=None, dl_device=None, copy=None):
    """Return a DLPack capsule of a copy of the array (``ndarray.__dlpack__``).

    The capsule is "dltensor_versioned" (DLManagedTensorVersioned, flagged as a copy, and
    read-only if the array is) when the consumer's max_version is 1.0 or later, "dltensor"
    (DLManagedTensor) otherwise.  The elements are packed in C order, in the machine's byte order.
    """
    if stream is not None:
        raise RuntimeError("NumPy only supports stream=None.")
    versioned = _wants_versioned(max_version)
    _check_dl_device(dl_device)
    if _copy_mode(copy) is False:
        raise _BufferError("Unable to avoid copy while exporting with DLPack: a tinynet array keeps its "
                           "elements in a Python list, so __dlpack__ always copies them (copy=None or True)")
    capsules = _capsules("ndarray.__dlpack__")
    code, bits = CODES[self._dtype.name]
    data = binary.pack(self._values(), self._dtype.name, _NATIVE) if self.size else b""
    flags = capsules.FLAG_IS_COPIED | (0 if self._writeable else capsules.FLAG_READ_ONLY)
    return capsules.export(data, self._shape, code, bits, versioned, flags)


def _wants_versioned(max_version):
    """True when the consumer reads DLPack 1.x (max_version a (major, minor) tuple with major >= 1)."""
    if max_version is None:
        return False
    if not isinstance(max_version, tuple) or len(max_version) != 2:
        raise TypeError("max_version must be None or a tuple with two elements.")
    major = _as_int(max_version[0])
    _as_int(max_version[1])
    return major >= 1


def _as_int(value):
    if isinstance(value, (bool, int)):
        return int(value)
    if hasattr(value, "__index__"):
        return value.__index__()
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _check_dl_device(dl_device):
    """Accept None or (kDLCPU, 0); any other device is BufferError, as the standard asks."""
    if dl_device is None:
        return
    if not isinstance(dl_device, tuple):
        raise TypeError("dl_device must be a tuple")
    if len(dl_device) != 2:
        raise TypeError("dl_device must be a tuple of (device type, device id), not %d items" % len(dl_device))
    if (_as_int(dl_device[0]), _as_int(dl_device[1])) != (KDL_CPU, 0):
        raise _BufferError("unsupported device requested")


# ---------------------------------------------------------------- consuming: from_dlpack

def from_dlpack(x, *, device=None, copy=None):
    """Return an array with the data of x, any object with ``__dlpack__`` (the Array API's from_dlpack).

    A tinynet array gives a view of itself (copy=True: a copy).  Another library's array is copied
    into a new array: copy=False cannot be met, so it raises ValueError.  device is None or "cpu".
    The result is read-only when the producer flags its tensor read-only (and copy is not True), as
    in NumPy.

    >>> from tinynet import arange, shares_memory
    >>> a = arange(4.0)
    >>> shares_memory(from_dlpack(a), a), shares_memory(from_dlpack(a, copy=True), a)
    (True, False)
    >>> from_dlpack([1, 2])
    Traceback (most recent call last):
      ...
    AttributeError: 'list' object has no attribute '__dlpack__'
    """
    check_device(device)
    copy = _copy_mode(copy)
    if isinstance(x, ndarray):
        if copy:
            return x.copy()
        return x._view(x._offset, x._shape, x._strides)
    export_method = getattr(x, "__dlpack__", None)
    if export_method is None:
        raise AttributeError("'%s' object has no attribute '__dlpack__'" % type(x).__name__)
    if copy is False:
        raise ValueError("Unable to avoid copy while creating an array from DLPack: a tinynet array keeps its "
                         "elements in a Python list, so from_dlpack copies %s's memory (copy=None or True)"
                         % type(x).__name__)
    capsules = _capsules("from_dlpack")
    options = {"max_version": capsules.VERSION}
    if device == "cpu":
        options["dl_device"] = (KDL_CPU, 0)
    try:
        capsule = export_method(**options)
    except TypeError:  # a producer older than the 2023.12 standard takes no max_version or dl_device
        capsule = export_method()
    return capsules.consume(capsule, lambda tensor: _array_of(tensor, copy))


def _array_of(tensor, copy):
    """A new ndarray with the elements of a DLPack tensor (a dlpack_capsule.Tensor)."""
    if tensor.device[0] not in _CPU_READABLE:
        raise RuntimeError("Unsupported device in DLTensor.")
    if tensor.lanes != 1:
        raise RuntimeError("Unsupported lanes in DLTensor dtype.")
    name = DTYPE_OF_CODE.get((tensor.code, tensor.bits))
    if name is None:
        raise RuntimeError("Unsupported dtype in DLTensor.")
    shape = tensor.shape
    if any(n < 0 for n in shape):
        raise _BufferError("DLTensor has a negative length in its shape %r" % (shape,))
    d = dtypes.as_dtype(name)
    memory.check_size(shape, d)
    a = ndarray._make(_read_values(tensor, shape, name, d.itemsize), shape, d)
    if tensor.flags & 1 and not copy:  # DLPACK_FLAG_BITMASK_READ_ONLY
        a._writeable = False
    return a


def _read_values(tensor, shape, name, itemsize):
    """The elements of the tensor in C order, read from its memory with as few reads as its layout allows."""
    size = 1
    for n in shape:
        size *= n
    if size == 0:
        return []
    strides = tensor.strides
    if strides is None or strides == strided.c_strides(shape):
        return binary.unpack(tensor.read(0, size * itemsize), name, _NATIVE)
    low = sum((n - 1) * s for n, s in zip(shape, strides) if s < 0)
    span = sum((n - 1) * abs(s) for n, s in zip(shape, strides)) + 1
    if span <= 2 * size + 64:  # dense enough: read the whole span at once, then pick the elements
        values = binary.unpack(tensor.read(low * itemsize, span * itemsize), name, _NATIVE)
        return strided.gather(values, -low, shape, strides)
    positions = strided.flat_positions(0, shape, strides)
    return binary.unpack(b"".join([tensor.read(p * itemsize, itemsize) for p in positions]), name, _NATIVE)
