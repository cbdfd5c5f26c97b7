"""Save arrays to .npy and .npz files and load them back, byte for byte as NumPy does.

``save`` writes one array in NumPy's .npy format (``lib/format.py`` describes it); ``savez`` and
``savez_compressed`` write several into one .npz file, a zip archive with one .npy member per array;
``load`` reads either.  NumPy reads what tinynet writes and tinynet reads what NumPy writes.

    >>> import os, tempfile
    >>> from tinynet import array
    >>> folder = tempfile.mkdtemp()
    >>> path = os.path.join(folder, "weights")
    >>> save(path, array([[1, 2], [3, 4]], dtype="int32"))     # writes weights.npy
    >>> load(path + ".npy")
    array([[1, 2],
           [3, 4]], dtype=int32)
    >>> savez(path, w=array([1.5]), b=array([0]))               # writes weights.npz
    >>> with load(path + ".npz") as f:
    ...     sorted(f.files), f["w"]
    (['b', 'w'], array([1.5]))

Writing to a path is atomic: the bytes go to a temporary file in the same folder, which is flushed,
synced to disk and then renamed over the target, so an interrupted save leaves the old file whole.
``allow_pickle=False`` is the default for loading, as in NumPy; tinynet has no object dtype, so pickled
data cannot be loaded at all.  Memory-mapped loading (``mmap_mode``) is NumPy's ``memmap``, which is out
of scope: it raises ValueError.  ``zipfile`` is a CPython module, so .npz needs CPython, PyPy or Pyodide;
.npy works on MicroPython too.
"""

import os

from tinynet.core import binary, dtypes
from tinynet.core.ndarray import asarray, ndarray
from tinynet.lib import format as npy_format

_ZIP_MAGIC = b"PK\x03\x04"
_EMPTY_ZIP_MAGIC = b"PK\x05\x06"
_MMAP_MODES = ("r", "r+", "w+", "c", "readonly", "readwrite", "write", "copyonwrite")


# ---------------------------------------------------------------------------------------------------------
# paths and atomic writes
# ---------------------------------------------------------------------------------------------------------


def _path_of(file):
    """Return the path a file argument names, or None for an open file object."""
    if hasattr(file, "__fspath__"):
        file = file.__fspath__()
    if isinstance(file, bytes):
        file = file.decode()
    if isinstance(file, str):
        return file
    return None


def _check_writable(file, name):
    if _path_of(file) is None and not hasattr(file, "write"):
        raise TypeError("%s: expected str, bytes, os.PathLike or a file object with write, not %s"
                        % (name, type(file).__name__))


def atomic_write(path, write):
    """Call ``write(fh)`` on a temporary file beside ``path``, sync it, then rename it onto ``path``.

    If anything fails, the temporary file is removed and whatever was at ``path`` is untouched.
    """
    folder, slash, base = path.rpartition("/")
    temporary = "%s%s.%s.%d.tmp" % (folder, slash, base, id(write))
    try:
        with open(temporary, "wb") as fh:
            write(fh)
            fh.flush()
            if hasattr(os, "fsync"):
                os.fsync(fh.fileno())
        if hasattr(os, "replace"):
            os.replace(temporary, path)
        else:  # MicroPython: rename replaces an existing file on POSIX ports
            os.rename(temporary, path)
    except BaseException:
        try:
            os.remove(temporary)
        except OSError:
            pass
        raise


def write_to(file, write, suffix=None):
    """Write through ``write(fh)`` to a path (atomically, adding ``suffix`` if missing) or a file object."""
    path = _path_of(file)
    if path is None:
        write(file)
        return
    if suffix is not None and not path.endswith(suffix):
        path += suffix
    atomic_write(path, write)


# ---------------------------------------------------------------------------------------------------------
# .npy
# ---------------------------------------------------------------------------------------------------------


def save(file, arr, allow_pickle=True, fix_imports=None):
    """Save one array to a binary file in NumPy's .npy format.

    ``file`` is a path (".npy" is added when it lacks that suffix) or a binary file object. The header
    records dtype, shape and order; the elements follow in C order (Fortran order for an array laid out
    that way), little-endian.

    >>> import io
    >>> from tinynet import arange
    >>> buf = io.BytesIO()
    >>> save(buf, arange(3, dtype="uint8"))
    >>> data = buf.getvalue()
    >>> len(data), data[-3:]
    (131, b'\\x00\\x01\\x02')
    """
    _check_writable(file, "save")
    a = asarray(arr)
    write_to(file, lambda fh: npy_format.write_array(fh, a), ".npy")


def _check_mmap_mode(mmap_mode):
    if mmap_mode is None:
        return
    if mmap_mode not in _MMAP_MODES:
        raise ValueError("mode must be one of %r (got %r)" % (list(_MMAP_MODES), mmap_mode))
    raise ValueError("mmap_mode=%r asks for a memory-mapped array (memmap), which tinynet does not have; "
                     "load without mmap_mode to read the whole array" % (mmap_mode,))


def load(file, mmap_mode=None, allow_pickle=False, fix_imports=True, encoding="ASCII", max_header_size=None):
    """Load an array from a .npy file, or the arrays of a .npz file as a lazy NpzFile.

    The first bytes decide: ``b"\\x93NUMPY"`` is a .npy file, ``b"PK\\x03\\x04"`` a zip archive (.npz).
    Anything else would be a pickle, which is refused.

    >>> import io
    >>> from tinynet import array
    >>> buf = io.BytesIO(); save(buf, array([True, False])); _ = buf.seek(0)
    >>> load(buf)
    array([ True, False])
    >>> load(io.BytesIO(b"not an array"))
    Traceback (most recent call last):
      ...
    ValueError: This file contains pickled (object) data. If you trust the file you can load it unsafely using the `allow_pickle=` keyword argument or `pickle.load()`.
    """
    _check_mmap_mode(mmap_mode)
    if max_header_size is None:
        max_header_size = npy_format.MAX_HEADER_SIZE
    if allow_pickle:  # a trusted file: NumPy does not limit its header either
        max_header_size = 2 ** 64
    path = _path_of(file)
    fh = open(path, "rb") if path is not None else file
    keep_open = False
    try:
        start = fh.tell() if hasattr(fh, "tell") else 0
        magic = fh.read(len(npy_format.MAGIC))
        if not magic:
            raise EOFError("No data left in file")
        fh.seek(start)
        if magic.startswith(_ZIP_MAGIC) or magic.startswith(_EMPTY_ZIP_MAGIC):
            keep_open = True
            return NpzFile(fh, own_fid=path is not None, allow_pickle=allow_pickle,
                           max_header_size=max_header_size)
        if magic == npy_format.MAGIC:
            return npy_format.read_array(fh, allow_pickle, max_header_size)
        if not allow_pickle:
            raise ValueError("This file contains pickled (object) data. If you trust the file you can load "
                             "it unsafely using the `allow_pickle=` keyword argument or `pickle.load()`.")
        raise ValueError("Failed to interpret file %r as a .npy or .npz file: tinynet does not read pickles "
                         "(it has no object dtype)" % (file,))
    finally:
        if path is not None and not keep_open:
            fh.close()


# ---------------------------------------------------------------------------------------------------------
# .npz
# ---------------------------------------------------------------------------------------------------------


def _zipfile():
    """CPython's zipfile module, which .npz files need (MicroPython has none)."""
    try:
        import zipfile
    except ImportError:
        raise ImportError(".npz files need the zipfile module, which this Python lacks; use save and "
                          "load with one .npy file per array")
    return zipfile


class NpzFile:
    """The arrays of a .npz file: a read-only mapping from names to arrays, each read on first access.

    ``files`` lists the names (the member names without ".npy"); ``f["x"]`` or ``f.f.x`` reads one.
    Close it, or use it in a ``with`` block, to release the file.
    """

    def __init__(self, fid, own_fid=False, allow_pickle=False, max_header_size=None):
        self.zip = None
        self.fid = None
        zipfile = _zipfile()
        self.zip = zipfile.ZipFile(fid)
        self.fid = fid if own_fid else None
        self.allow_pickle = allow_pickle
        self.max_header_size = max_header_size or npy_format.MAX_HEADER_SIZE
        self._files = self.zip.namelist()
        self.files = [name[:-4] if name.endswith(".npy") else name for name in self._files]
        self.f = _Attributes(self)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        """Close the archive (and the file, when load opened it)."""
        if self.zip is not None:
            self.zip.close()
            self.zip = None
        if self.fid is not None:
            self.fid.close()
            self.fid = None

    def __del__(self):
        try:
            self.close()
        except Exception:  # noqa: BLE001 - nothing to report from a destructor
            pass

    def __len__(self):
        return len(self.files)

    def __iter__(self):
        return iter(self.files)

    def __contains__(self, key):
        return key in self.files

    def keys(self):
        return list(self.files)

    def values(self):
        return [self[k] for k in self.files]

    def items(self):
        return [(k, self[k]) for k in self.files]

    def get(self, key, default=None):
        return self[key] if key in self.files else default

    def __getitem__(self, key):
        if key in self._files:
            member = key
        elif key in self.files:
            member = self._files[self.files.index(key)]
        else:
            raise KeyError("%s is not a file in the archive" % key)
        if self.zip is None:
            raise ValueError("I/O operation on closed NpzFile")
        with self.zip.open(member) as fh:
            import io

            data = io.BytesIO(fh.read())
        if not data.getvalue().startswith(npy_format.MAGIC):
            return data.getvalue()  # a member that is not an array: its bytes, as NumPy returns them
        return npy_format.read_array(data, self.allow_pickle, self.max_header_size)

    def __repr__(self):
        shown = ", ".join(self.files[:5]) + ("..." if len(self.files) > 5 else "")
        name = getattr(self.fid, "name", "object")
        return "NpzFile %r with keys: %s" % (name, shown)


class _Attributes:
    """``npz.f.name`` reads ``npz["name"]``."""

    def __init__(self, npz):
        self._npz = npz

    def __getattr__(self, key):
        try:
            return self._npz[key]
        except KeyError:
            raise AttributeError(key)

    def __dir__(self):
        return list(self._npz.files)


def _named_arrays(args, kwds):
    arrays = dict(kwds)
    for i, arr in enumerate(args):
        key = "arr_%d" % i
        if key in arrays:
            raise ValueError("Cannot use un-named variables and keyword %s" % key)
        arrays[key] = arr
    return arrays


def _write_npz(file, args, kwds, compress):
    zipfile = _zipfile()
    arrays = {name: asarray(a) for name, a in _named_arrays(args, kwds).items()}
    method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED

    def write(fh):
        with zipfile.ZipFile(fh, mode="w", compression=method, allowZip64=True) as archive:
            for name, a in arrays.items():
                with archive.open(name + ".npy", "w", force_zip64=True) as member:
                    npy_format.write_array(member, a)

    write_to(file, write, ".npz")


def savez(file, *args, allow_pickle=True, **kwds):
    """Save several arrays into one uncompressed .npz file (a zip of .npy files).

    Keyword arrays are stored under their keyword; positional ones as ``arr_0``, ``arr_1``, ...

    >>> import io
    >>> from tinynet import array
    >>> buf = io.BytesIO(); savez(buf, array([1, 2]), y=array([0.5]))
    >>> _ = buf.seek(0); f = load(buf); f.files, f["arr_0"]
    (['y', 'arr_0'], array([1, 2]))
    """
    _check_writable(file, "savez")
    _write_npz(file, args, kwds, compress=False)


def savez_compressed(file, *args, allow_pickle=True, **kwds):
    """Save several arrays into one compressed .npz file (a zip of deflated .npy files).

    >>> import io
    >>> from tinynet import zeros
    >>> buf = io.BytesIO(); savez_compressed(buf, z=zeros(1000))
    >>> _ = buf.seek(0); len(buf.getvalue()) < 1000, load(buf)["z"].sum()
    (True, np.float64(0.0))
    """
    _check_writable(file, "savez_compressed")
    _write_npz(file, args, kwds, compress=True)


# ---------------------------------------------------------------------------------------------------------
# raw bytes and separated text: frombuffer, fromfile, fromstring
# ---------------------------------------------------------------------------------------------------------

_UNMATCHED = "string or file could not be read to its end due to unmatched data"


def _values_from_bytes(data, d, count, what):
    size = d.itemsize
    if count < 0:
        if len(data) % size:
            raise ValueError("%s size must be a multiple of element size" % what)
        count = len(data) // size
    elif len(data) < count * size:
        raise ValueError("%s is smaller than requested size" % what)
    return binary.unpack(bytes(data[:count * size]), d.name, "<")


def frombuffer(buffer, dtype=float, count=-1, offset=0, like=None):
    """Interpret a bytes-like object as a 1-d array: ``itemsize`` bytes per element, little-endian.

    Elements start ``offset`` bytes in; ``count=-1`` reads to the end. tinynet copies the bytes
    (NumPy shares the buffer's memory); for an immutable ``bytes`` the result is read-only, as in NumPy.

    >>> frombuffer(b"\\x01\\x00\\x02\\x00", dtype="int16")
    array([1, 2], dtype=int16)
    >>> frombuffer(b"abc", dtype="float64")
    Traceback (most recent call last):
      ...
    ValueError: buffer size must be a multiple of element size
    """
    d = dtypes.as_dtype(dtype)
    data = buffer if isinstance(buffer, (bytes, bytearray)) else bytes(memoryview(buffer))
    if offset < 0 or offset > len(data):
        raise ValueError("offset must be non-negative and no greater than buffer length (%d)" % len(data))
    values = _values_from_bytes(data[offset:], d, count, "buffer")
    a = ndarray._make(values, (len(values),), d)
    a._writeable = not isinstance(buffer, bytes)
    return a


def _int_prefix(token):
    """The leading sign and digits of a token (C's strtoll stops at the first other character)."""
    end = 1 if token[:1] in ("+", "-") else 0
    while end < len(token) and token[end].isdigit():
        end += 1
    return token[:end]


def _parse_item(token, d, prefix_ok=False):
    """One element of separated text, parsed as NumPy's text reader parses it for dtype d.

    Integers are read as C's strtoll (strtoull for unsigned) reads them, saturating at the 64-bit
    limits, then wrap into a narrower dtype; floats as C's strtod (1e400 is inf); bools as floats,
    True when not zero.
    """
    kind = d.kind
    if kind in "iu":
        if prefix_ok:
            token = _int_prefix(token)
            if kind == "i" and token in ("+", "-"):
                return 0  # NumPy's reader takes a lone sign as a number it stops reading at
        digits = token[1:] if token[:1] in ("+", "-") else token
        if not digits.isdigit() or (kind == "u" and token[0] in "+-"):  # unsigned: no sign at all
            raise ValueError(_UNMATCHED)
        wide = dtypes.UINT64 if kind == "u" else dtypes.INT64
        value = min(max(int(token), wide._min), wide._max)
        return dtypes.cast([value], wide, d)[0]
    try:
        value = float(token)
    except ValueError:
        raise ValueError(_UNMATCHED)
    return value != 0 if kind == "b" else dtypes.cast([value], dtypes.FLOAT64, d)[0]


def _split_text(text, sep):
    """Split on sep; whitespace in sep matches any run of whitespace, as in NumPy's text reader."""
    core = sep.strip()
    tokens = text.split(core) if core else text.split()
    tokens = [t.strip() for t in tokens]
    if tokens and tokens[-1] == "":
        tokens.pop()  # a trailing separator ends the data
    return tokens


def _from_text(text, d, count, sep):
    tokens = _split_text(text, sep)
    if count >= 0:
        if count > len(tokens):
            raise ValueError("string or file holds %d items, fewer than count=%d" % (len(tokens), count))
        tokens = tokens[:count]
    # reading stops once count items are read, so only a prefix of the last one need be a number
    values = [_parse_item(t, d, count >= 0 and i == count - 1) for i, t in enumerate(tokens)]
    return ndarray._make(values, (len(values),), d)


def fromstring(string, dtype=float, count=-1, sep=None, like=None):
    """Read a 1-d array from text whose numbers are separated by ``sep`` (NumPy 2: text mode only).

    A separator of whitespace matches any run of whitespace; a trailing separator is allowed.

    >>> fromstring("1, 2, 3", dtype="int32", sep=",")
    array([1, 2, 3], dtype=int32)
    >>> fromstring("1 2 x", sep=" ")
    Traceback (most recent call last):
      ...
    ValueError: string or file could not be read to its end due to unmatched data
    """
    if not sep:
        raise ValueError("The binary mode of fromstring is removed, use frombuffer instead")
    if isinstance(string, bytes):
        string = string.decode("latin1")
    return _from_text(string, dtypes.as_dtype(dtype), count, sep)


def fromfile(file, dtype=float, count=-1, sep="", offset=0, like=None):
    """Read a 1-d array from a file written by ``tofile``: raw bytes (``sep=""``) or separated text.

    ``offset`` skips that many bytes from the file's current position (binary files only); ``count=-1``
    reads everything, and a larger count than the file holds reads what there is.

    >>> import os, tempfile
    >>> from tinynet import array
    >>> path = os.path.join(tempfile.mkdtemp(), "raw.bin")
    >>> array([1, 2, 3], dtype="int16").tofile(path)
    >>> fromfile(path, dtype="int16", offset=2)
    array([2, 3], dtype=int16)
    """
    d = dtypes.as_dtype(dtype)
    if sep and offset:
        raise TypeError("'offset' argument only permitted for binary files")
    path = _path_of(file)
    fh = open(path, "rb") if path is not None else file
    try:
        if sep:
            data = fh.read()
            text = data.decode("latin1") if isinstance(data, bytes) else data
            return _from_text(text, d, count, sep)
        if offset:
            fh.seek(offset, 1)
        data = fh.read() if count < 0 else fh.read(count * d.itemsize)
    finally:
        if path is not None:
            fh.close()
    usable = len(data) - len(data) % d.itemsize
    values = binary.unpack(data[:usable], d.name, "<")
    return ndarray._make(values, (len(values),), d)
