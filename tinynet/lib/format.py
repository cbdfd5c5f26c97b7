"""The .npy file format: one array, a short text header, then the raw bytes of the elements.

A .npy file (format version 1.0, what NumPy writes for every array of these dtypes) is:

1. the magic string ``b"\\x93NUMPY"``, then the version as two bytes, ``b"\\x01\\x00"``;
2. the length of the header as a little-endian unsigned 16-bit integer (32-bit in version 2.0, which
   is used only when the header would not fit in 65535 bytes);
3. the header: the text of a Python dict with three keys, in this order,
   ``{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }``, then spaces and a final newline so
   that the data starts at a multiple of 64 bytes.  Before those spaces NumPy leaves room for the
   length of the first axis (the last one for Fortran order) to grow to 21 digits, so a file can be
   appended to in place;
4. the elements: ``descr`` names the byte order and type ('<' little-endian, '>' big-endian, '|' one
   byte; 'b1' bool, 'i4' int32, 'u2' uint16, 'f8' float64, 'c16' complex128, ...), in C order, or in
   Fortran order (first index fastest) when ``fortran_order`` is True.

    >>> import io
    >>> from tinynet import array
    >>> buf = io.BytesIO()
    >>> write_array(buf, array([1.0, 2.0]))
    >>> data = buf.getvalue()
    >>> data[:10], len(data)
    (b'\\x93NUMPY\\x01\\x00v\\x00', 144)
    >>> data[10:56]
    b"{'descr': '<f8', 'fortran_order': False, 'shap"
    >>> _ = buf.seek(0); read_array(buf)
    array([1., 2.])

The header is read by a small parser of Python literals (dicts, tuples, lists, strings, ints, True and
False), never by ``eval``, so a hostile file cannot run code.
"""

import struct
import sys

from tinynet.core import binary, dtypes
from tinynet.core.ndarray import asarray, ndarray

MAGIC = b"\x93NUMPY"
ALIGNMENT = 64
GROWTH_AXIS_DIGITS = 21  # room left in the header for the growing axis's length
MAX_HEADER_SIZE = 10000  # NumPy's default limit when reading

_BYTEORDERS = ("<", ">", "|", "=")


# ---------------------------------------------------------------------------------------------------------
# writing
# ---------------------------------------------------------------------------------------------------------


def header_text(descr, fortran_order, shape):
    """Return the header text, padded with spaces and a newline to end at a multiple of 64 bytes."""
    text = "{'descr': %r, 'fortran_order': %r, 'shape': %r, }" % (descr, fortran_order, tuple(shape))
    if shape:
        growing = shape[-1] if fortran_order else shape[0]
        text += " " * (GROWTH_AXIS_DIGITS - len(repr(growing)))
    for version, prefix in (((1, 0), 10), ((2, 0), 12)):
        padding = -(prefix + len(text) + 1) % ALIGNMENT
        full = text + " " * padding + "\n"
        if version == (1, 0) and len(full) > 65535:
            continue
        return version, full
    raise ValueError("header does not fit in a .npy file")


def header_bytes(descr, fortran_order, shape):
    """Return the magic string, version, header length and header: everything before the data."""
    version, text = header_text(descr, fortran_order, shape)
    length = struct.pack("<H" if version == (1, 0) else "<I", len(text))
    return MAGIC + bytes(version) + length + text.encode("latin1")


def array_bytes(a):
    """Return (fortran_order, data): the elements in the order NumPy's save writes them.

    Fortran order is used, as NumPy uses it, for arrays laid out in Fortran order and not C order.
    """
    fortran = a.ndim > 1 and a.flags.f_contiguous and not a.flags.c_contiguous
    values = a.transpose()._values() if fortran else a._values()
    return fortran, binary.pack(values, a.dtype.name, "<")


def write_array(fh, a):
    """Write one array to a binary file object in .npy format."""
    a = asarray(a)
    fortran, data = array_bytes(a)
    fh.write(header_bytes(a.dtype.str, fortran, a.shape))
    fh.write(data)


# ---------------------------------------------------------------------------------------------------------
# reading the header: a parser of Python literals
# ---------------------------------------------------------------------------------------------------------


class _Literal:
    """Parse the Python literals a .npy header holds: dict, tuple, list, str, int, True, False, None."""

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def fail(self):
        raise ValueError("Cannot parse header: %r" % self.text)

    def skip_space(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \t\r\n":
            self.pos += 1

    def peek(self):
        self.skip_space()
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def expect(self, ch):
        if self.peek() != ch:
            self.fail()
        self.pos += 1

    def value(self):
        ch = self.peek()
        if ch == "{":
            return self.sequence("{", "}", True)
        if ch in "([":
            items = self.sequence(ch, ")" if ch == "(" else "]", False)
            return tuple(items) if ch == "(" else items
        if ch in "'\"":
            return self.string(ch)
        return self.word()

    def sequence(self, opening, closing, is_dict):
        self.expect(opening)
        items = {} if is_dict else []
        while self.peek() != closing:
            item = self.value()
            if is_dict:
                self.expect(":")
                items[item] = self.value()
            else:
                items.append(item)
            if self.peek() == ",":
                self.pos += 1
            elif self.peek() != closing:
                self.fail()
        self.pos += 1
        return items

    def string(self, quote):
        end = self.text.find(quote, self.pos + 1)
        if end < 0:
            self.fail()
        s = self.text[self.pos + 1:end]
        self.pos = end + 1
        return s

    def word(self):
        start = self.pos
        while self.pos < len(self.text) and (self.text[self.pos].isalpha() or self.text[self.pos].isdigit()
                                             or self.text[self.pos] in "-+_"):
            self.pos += 1
        word = self.text[start:self.pos]
        constants = {"True": True, "False": False, "None": None}
        if word in constants:
            return constants[word]
        try:
            return int(word)
        except ValueError:
            self.fail()

    def parse(self):
        result = self.value()
        if self.peek():
            self.fail()
        return result


def parse_header(text):
    """Return (descr, fortran_order, shape) from a header's text, checking each of them.

    >>> parse_header("{'descr': '<i4', 'fortran_order': False, 'shape': (3,), }")
    ('<i4', False, (3,))
    """
    d = _Literal(text).parse()
    if not isinstance(d, dict):
        raise ValueError("Header is not a dictionary: %r" % (d,))
    if sorted(d) != ["descr", "fortran_order", "shape"]:
        raise ValueError("Header does not contain the correct keys: %r" % (sorted(d),))
    shape = d["shape"]
    if not isinstance(shape, tuple) or not all(type(n) is int and n >= 0 for n in shape):
        raise ValueError("shape is not valid: %r" % (shape,))
    if d["fortran_order"] not in (True, False):
        raise ValueError("fortran_order is not a valid bool: %r" % (d["fortran_order"],))
    return d["descr"], d["fortran_order"], shape


def dtype_of_descr(descr, allow_pickle=False):
    """Return (dtype, byteorder) for a header's descr, or raise a clear error for dtypes out of scope."""
    if isinstance(descr, list):
        raise ValueError("structured dtypes (descr %r) are out of scope for tinynet" % (descr,))
    if not isinstance(descr, str):
        raise ValueError("descr is not a valid dtype descriptor: %r" % (descr,))
    if descr.lstrip("<>|=") == "O":
        if not allow_pickle:
            raise ValueError("Object arrays cannot be loaded when allow_pickle=False")
        raise ValueError("Object arrays cannot be loaded: tinynet has no object dtype")
    order = descr[0] if descr[:1] in _BYTEORDERS else "="
    code = descr[1:] if descr[:1] in _BYTEORDERS else descr
    if code[:1] not in ("b", "i", "u", "f", "c") or code in ("f16", "c32", "f12", "c24"):
        raise ValueError("tinynet cannot load dtype %r: string, bytes, void, datetime and long double "
                         "dtypes are out of scope" % descr)
    d = dtypes.as_dtype(code)
    if order == "=" or d.itemsize == 1:
        order = "<" if sys.byteorder == "little" else ">"
    return d, order


def _read_exactly(fh, n, what):
    data = fh.read(n)
    if len(data) != n:
        raise ValueError("EOF: reading %s, expected %d bytes got %d" % (what, n, len(data)))
    return data


def read_header(fh, max_header_size=MAX_HEADER_SIZE):
    """Read the magic string, version and header; return (descr, fortran_order, shape)."""
    magic = _read_exactly(fh, 8, "magic string")
    if magic[:6] != MAGIC:
        raise ValueError("the magic string is not correct; expected %r, got %r" % (MAGIC, magic[:6]))
    version = (magic[6], magic[7])
    if version not in ((1, 0), (2, 0), (3, 0)):
        raise ValueError("we only support format version (1,0), (2,0), and (3,0), not %r" % (version,))
    size_format = "<H" if version == (1, 0) else "<I"
    (length,) = struct.unpack(size_format, _read_exactly(fh, struct.calcsize(size_format), "array header length"))
    if length > max_header_size:
        raise ValueError("Header info length (%d) is large and may not be safe to load securely.  To allow "
                         "loading, adjust `max_header_size` or fully trust the `.npy` file using "
                         "`allow_pickle=True`." % length)
    text = _read_exactly(fh, length, "array header").decode("utf8" if version == (3, 0) else "latin1")
    return parse_header(text)


def read_array(fh, allow_pickle=False, max_header_size=MAX_HEADER_SIZE):
    """Read one array in .npy format from a binary file object."""
    descr, fortran_order, shape = read_header(fh, max_header_size)
    d, order = dtype_of_descr(descr, allow_pickle)
    count = 1
    for n in shape:
        count *= n
    data = _read_exactly(fh, count * d.itemsize, "array data")
    values = binary.unpack(data, d.name, order)
    if fortran_order:
        return ndarray._make(values, tuple(reversed(shape)), d).transpose()
    return ndarray._make(values, tuple(shape), d)
