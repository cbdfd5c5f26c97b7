"""The C side of DLPack: its structs, and capsules made and read with ctypes (CPython only).

DLPack (dmlc/dlpack, ``dlpack.h``) hands an N-d array from one library to another as a C struct
inside a PyCapsule.  The struct describes memory; it does not own Python objects::

    DLTensor                    data (void *), device (type, id), ndim, dtype (code, bits, lanes),
                                shape (int64 *), strides (int64 *, in elements; NULL = C order),
                                byte_offset
    DLManagedTensor             dl_tensor, manager_ctx, deleter          capsule "dltensor"
    DLManagedTensorVersioned    version (major, minor), manager_ctx,     capsule "dltensor_versioned"
                                deleter, flags, dl_tensor

The rules of the exchange:

- the producer names the capsule "dltensor" (or "dltensor_versioned");
- the consumer takes the tensor by renaming the capsule "used_dltensor" (``_versioned``), reads it,
  and calls ``deleter(managed)`` when done;
- a capsule that nobody took must have its tensor freed by the producer, once the capsule is gone;
- if a versioned tensor's major version is not 1, the consumer may read nothing but the deleter.

This module knows bytes, not tinynet arrays: ``export`` wraps bytes already laid out in C order,
and ``consume`` hands a ``Tensor`` (the fields, and ``read(start, count)`` for the bytes) to a
function of the caller's.  ``tinynet/core/dlpack.py`` does the rest.

How tinynet's capsules are freed, and why no Python code runs from C.  Each export is one block
from ``PyMem_RawMalloc``: the managed struct, then shape and strides, then the data (aligned to
256 bytes, as dlpack.h asks).  Its deleter is ``PyMem_RawFree`` itself, so a consumer frees it
from any thread, with or without the GIL, even after Python has shut down.  The capsule has no
destructor.  A destructor written in Python (a ctypes callback) would run whenever the capsule's
last reference goes, and C code often drops references while an exception is on its way out
(``list(generator)`` when the generator raises, a consumer's own error path); a ctypes callback
run at that moment replaces the exception with a SystemError.  Instead this module keeps each
capsule it made in ``_live`` and sweeps that list from time to time: a capsule only the list
still refers to is dropped, and freed first if still named "dltensor" (nobody took it).  Sweeps
run at each export (once the list has doubled since the last sweep) and after each garbage
collection (CPython starts one only with no exception set).
"""

import ctypes
import gc
import sys
import _thread

if sys.implementation.name != "cpython":
    raise ImportError("ctypes.pythonapi is CPython's alone")

VERSION = (1, 0)  # the DLPack ABI these structs follow
FLAG_READ_ONLY = 1  # DLPACK_FLAG_BITMASK_READ_ONLY
FLAG_IS_COPIED = 2  # DLPACK_FLAG_BITMASK_IS_COPIED
DATA_ALIGNMENT = 256


# ---------------------------------------------------------------- the structs of dlpack.h

class DLDevice(ctypes.Structure):
    _fields_ = [("device_type", ctypes.c_int32), ("device_id", ctypes.c_int32)]


class DLDataType(ctypes.Structure):
    _fields_ = [("code", ctypes.c_uint8), ("bits", ctypes.c_uint8), ("lanes", ctypes.c_uint16)]


class DLTensor(ctypes.Structure):
    _fields_ = [("data", ctypes.c_void_p), ("device", DLDevice), ("ndim", ctypes.c_int32),
                ("dtype", DLDataType), ("shape", ctypes.c_void_p), ("strides", ctypes.c_void_p),
                ("byte_offset", ctypes.c_uint64)]


class DLManagedTensor(ctypes.Structure):
    _fields_ = [("dl_tensor", DLTensor), ("manager_ctx", ctypes.c_void_p), ("deleter", ctypes.c_void_p)]


class DLPackVersion(ctypes.Structure):
    _fields_ = [("major", ctypes.c_uint32), ("minor", ctypes.c_uint32)]


class DLManagedTensorVersioned(ctypes.Structure):
    _fields_ = [("version", DLPackVersion), ("manager_ctx", ctypes.c_void_p), ("deleter", ctypes.c_void_p),
                ("flags", ctypes.c_uint64), ("dl_tensor", DLTensor)]


DELETER = ctypes.CFUNCTYPE(None, ctypes.c_void_p)  # void (*deleter)(DLManagedTensor *self)


# ---------------------------------------------------------------- the C API functions used

def _api(name, restype, *argtypes):
    """A private ctypes binding of a C API function (ctypes.pythonapi's own are shared)."""
    return ctypes.PYFUNCTYPE(restype, *argtypes)((name, ctypes.pythonapi))


_capsule_new = _api("PyCapsule_New", ctypes.py_object, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)
_capsule_is_valid = _api("PyCapsule_IsValid", ctypes.c_int, ctypes.py_object, ctypes.c_char_p)
_capsule_get_pointer = _api("PyCapsule_GetPointer", ctypes.c_void_p, ctypes.py_object, ctypes.c_char_p)
_capsule_set_name = _api("PyCapsule_SetName", ctypes.c_int, ctypes.py_object, ctypes.c_void_p)
_raw_malloc = _api("PyMem_RawMalloc", ctypes.c_void_p, ctypes.c_size_t)
_raw_free = _api("PyMem_RawFree", None, ctypes.c_void_p)
RAW_FREE = ctypes.cast(_raw_free, ctypes.c_void_p).value  # the deleter of every tensor tinynet exports


def _static_name(text):
    """A C string that is never freed: a capsule keeps a pointer to its name for its whole life."""
    data = text.encode("ascii") + b"\0"
    address = _raw_malloc(len(data))
    if not address:
        raise MemoryError("cannot allocate a capsule name")
    ctypes.memmove(address, data, len(data))
    return address


NAMES = {False: "dltensor", True: "dltensor_versioned"}
_NAME_POINTERS = {name: _static_name(name) for name in ("dltensor", "dltensor_versioned", "used_dltensor",
                                                         "used_dltensor_versioned")}


# ---------------------------------------------------------------- producing

_live = []  # [capsule, block] for each capsule exported and not yet seen dropped
_lock = _thread.allocate_lock()
_sweep_at = [16]
_gc_hooked = []


def export(data, shape, code, bits, versioned, flags=0):
    """Return a capsule holding a DLPack tensor of the C-ordered bytes data.

    shape is a tuple of ints, (code, bits) the DLPack dtype; versioned picks
    DLManagedTensorVersioned (capsule "dltensor_versioned", with flags) over DLManagedTensor.
    """
    struct = DLManagedTensorVersioned if versioned else DLManagedTensor
    ndim = len(shape)
    head = ctypes.sizeof(struct) + 16 * ndim
    size = head + (DATA_ALIGNMENT - 1 + len(data) if data else 0)
    block = _raw_malloc(size)
    if not block:
        raise MemoryError("Unable to allocate %d bytes for a DLPack tensor" % size)
    try:
        managed = struct.from_address(block)
        if versioned:
            managed.version.major, managed.version.minor = VERSION
            managed.flags = flags
        managed.manager_ctx = None
        managed.deleter = RAW_FREE
        _fill_tensor(managed.dl_tensor, block, head, data, shape, code, bits)
        capsule = _capsule_new(block, _NAME_POINTERS[NAMES[versioned]], None)
    except BaseException:
        _raw_free(block)
        raise
    _keep(capsule, block)
    return capsule


def _fill_tensor(tensor, block, head, data, shape, code, bits):
    """Write the DLTensor: shape and C strides after the struct, the data at the next 256-byte boundary."""
    ndim = len(shape)
    shape_at = head - 16 * ndim
    strides = [1] * ndim
    for axis in range(ndim - 2, -1, -1):
        strides[axis] = strides[axis + 1] * shape[axis + 1]
    if ndim:
        (ctypes.c_int64 * (2 * ndim)).from_address(block + shape_at)[:] = list(shape) + strides
    if data:
        start = (block + head + DATA_ALIGNMENT - 1) // DATA_ALIGNMENT * DATA_ALIGNMENT
        ctypes.memmove(start, data, len(data))
        tensor.data = start
    else:
        tensor.data = None  # a tensor of size 0 has no data (dlpack.h)
    tensor.device.device_type, tensor.device.device_id = 1, 0  # kDLCPU, device 0
    tensor.ndim = ndim
    tensor.dtype.code, tensor.dtype.bits, tensor.dtype.lanes = code, bits, 1
    tensor.shape = block + shape_at
    tensor.strides = block + shape_at + 8 * ndim
    tensor.byte_offset = 0


def _keep(capsule, block):
    """Add a new capsule to _live; sweep once the list has doubled since the last sweep."""
    with _lock:
        _live.append([capsule, block])
        if not _gc_hooked:
            gc.callbacks.append(_after_collection)
            _gc_hooked.append(True)
    if len(_live) >= _sweep_at[0]:
        sweep()


def _references(entry):
    return sys.getrefcount(entry[0])


_ONLY_LISTED = _references([object(), 0])  # the count when only a _live entry refers to the object


def sweep(wait=True):
    """Drop the capsules nobody else refers to; free the tensor of each that nobody took.

    A capsule renamed "used_dltensor" was taken: its consumer calls the deleter.  With wait=False
    (from the garbage collector) a sweep already under way elsewhere is left to finish.
    """
    if not _lock.acquire(wait):
        return
    try:
        kept = []
        for entry in _live:
            if _references(entry) > _ONLY_LISTED:
                kept.append(entry)
            elif _capsule_is_valid(entry[0], b"dltensor") or _capsule_is_valid(entry[0], b"dltensor_versioned"):
                _raw_free(entry[1])
        _live[:] = kept
        _sweep_at[0] = max(16, 2 * len(kept))
    finally:
        _lock.release()


def _after_collection(phase, info):
    if phase == "stop" and _live and (len(_live) <= 64 or len(_live) >= _sweep_at[0]):
        sweep(wait=False)


# ---------------------------------------------------------------- consuming

class Tensor:
    """The fields of a DLPack tensor being consumed, and ``read(start, count)`` for its bytes.

    ``shape`` and ``strides`` are tuples of ints (``strides`` None when the producer gave NULL,
    meaning C order); ``read`` returns count bytes from start bytes past the first element.
    """

    def __init__(self, managed, versioned):
        tensor = managed.dl_tensor
        self.versioned = versioned
        self.flags = managed.flags if versioned else 0
        self.device = (tensor.device.device_type, tensor.device.device_id)
        self.code, self.bits, self.lanes = tensor.dtype.code, tensor.dtype.bits, tensor.dtype.lanes
        ndim = tensor.ndim
        if ndim < 0:
            raise BufferError("DLPack tensor has a negative number of dimensions (%d)" % ndim)
        self.shape = tuple((ctypes.c_int64 * ndim).from_address(tensor.shape)) if ndim else ()
        self.strides = tuple((ctypes.c_int64 * ndim).from_address(tensor.strides)) if ndim and tensor.strides \
            else None
        self._start = (tensor.data or 0) + tensor.byte_offset

    def read(self, start, count):
        return ctypes.string_at(self._start + start, count)


def consume(capsule, convert):
    """Take the DLPack tensor in capsule, return convert(Tensor) and call the tensor's deleter.

    The capsule is renamed "used_dltensor" (or "used_dltensor_versioned") first, so that its
    producer leaves the tensor to us; the deleter runs even when convert raises.
    """
    if _capsule_is_valid(capsule, b"dltensor_versioned"):
        versioned = True
    elif _capsule_is_valid(capsule, b"dltensor"):
        versioned = False
    else:
        raise ValueError("__dlpack__ returned %r, not a DLPack capsule that is still unused (named "
                         "'dltensor' or 'dltensor_versioned')" % (capsule,))
    name = NAMES[versioned]
    address = _capsule_get_pointer(capsule, name.encode("ascii"))
    _capsule_set_name(capsule, _NAME_POINTERS["used_" + name])
    managed = (DLManagedTensorVersioned if versioned else DLManagedTensor).from_address(address)
    try:
        if versioned and managed.version.major != VERSION[0]:
            raise BufferError("from_dlpack(): the exported DLPack major version is too high to be imported by "
                              "this version of NumPy.")
        return convert(Tensor(managed, versioned))
    finally:
        if managed.deleter:
            DELETER(managed.deleter)(address)
