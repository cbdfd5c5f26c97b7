"""Bits: pack booleans into bytes and back (packbits, unpackbits), and numbers as digit strings.

``packbits`` turns each run of eight truth values along an axis into one uint8, first value in the
most significant bit (``bitorder='big'``) or in the least (``'little'``); a short last run is padded
with zeros. ``unpackbits`` undoes it::

    >>> from tinynet import array
    >>> packbits(array([1, 0, 1, 1, 0, 0, 0, 0, 1]))
    array([176, 128], dtype=uint8)
    >>> unpackbits(array([176], dtype="uint8"))
    array([1, 0, 1, 1, 0, 0, 0, 0], dtype=uint8)

``binary_repr`` and ``base_repr`` write an integer's digits: ``binary_repr(-3, width=4) == '1101'``
(two's complement), ``base_repr(255, 16) == 'FF'``.
"""

from tinynet.core import dtypes
from tinynet.core.errors import AxisError
from tinynet.core.ndarray import asarray, ndarray

_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

# the eight bits of every byte, most significant first
_BITS_BIG = [tuple((byte >> (7 - k)) & 1 for k in range(8)) for byte in range(256)]
_BITS_LITTLE = [tuple(reversed(bits)) for bits in _BITS_BIG]


# ---------------------------------------------------------------------------------------------------------
# working along one axis
# ---------------------------------------------------------------------------------------------------------


def _check_bitorder(bitorder):
    if bitorder not in ("big", "little"):
        raise ValueError("'order' must be either 'little' or 'big'")


def _rows_along(a, axis):
    """Return (rows, shape, axis): the values of each line along ``axis`` (None: of the flat array).

    ``shape`` is the array's shape with that axis moved last, so a result built row by row has
    shape ``shape[:-1] + (new_length,)`` before moving the axis back.
    """
    if axis is None or a.ndim == 0:
        if axis is not None and axis not in (0, -1):
            raise AxisError("axis %d is out of bounds for array of dimension 1" % axis)
        values = a._values()
        return [list(values)], (len(values),), 0
    axis = _as_int(axis)
    if not -a.ndim <= axis < a.ndim:
        raise AxisError("axis %d is out of bounds for array of dimension %d" % (axis, a.ndim))
    axis %= a.ndim
    order = [k for k in range(a.ndim) if k != axis] + [axis]
    moved = a.transpose(order)
    values = moved._values()
    n = a.shape[axis]
    outer = 1
    for k in order[:-1]:
        outer *= a.shape[k]
    return [values[i * n:(i + 1) * n] for i in range(outer)], moved.shape, axis


def _from_rows(rows, shape, axis, length, flat):
    """Build the uint8 result from rows of ``length`` values, putting the axis back where it was."""
    values = []
    for row in rows:
        values.extend(row)
    if flat:
        return ndarray._make(values, (length,), dtypes.UINT8)
    out = ndarray._make(values, shape[:-1] + (length,), dtypes.UINT8)
    order = list(range(len(shape) - 1))
    order.insert(axis, len(shape) - 1)
    return out.transpose(order)


# ---------------------------------------------------------------------------------------------------------
# packbits, unpackbits
# ---------------------------------------------------------------------------------------------------------


def packbits(a, axis=None, bitorder="big"):
    """Pack truth values into uint8 bytes along an axis (the flattened array when axis is None).

    Byte j of a line holds values ``8j .. 8j+7``: with ``bitorder='big'``,
    ``byte = sum(bit_k << (7 - k))``; with ``'little'``, ``sum(bit_k << k)``. Any non-zero value is a 1.
    The axis gets length ``ceil(n / 8)``.

    >>> from tinynet import array
    >>> packbits(array([[1, 0, 1], [0, 1, 1]]), axis=1)
    array([[160],
           [ 96]], dtype=uint8)
    >>> packbits(array([1, 0, 1]), bitorder="little")
    array([5], dtype=uint8)
    """
    a = asarray(a)
    if a.dtype.kind not in "biu":
        raise TypeError("Expected an input array of integer or boolean data type")
    _check_bitorder(bitorder)
    rows, shape, axis_ = _rows_along(a, axis)
    n = shape[-1]
    length = (n + 7) // 8
    little = bitorder == "little"
    packed = []
    for row in rows:
        out = []
        for start in range(0, n, 8):
            chunk = row[start:start + 8]
            byte = 0
            if little:
                for k, bit in enumerate(chunk):
                    if bit:
                        byte |= 1 << k
            else:
                for k, bit in enumerate(chunk):
                    if bit:
                        byte |= 128 >> k
            out.append(byte)
        packed.append(out)
    return _from_rows(packed, shape, axis_, length, axis is None or a.ndim == 0)


def _check_count(count, available):
    """How many bits to keep of each line: count (padded with zeros beyond the bytes), or 8n + count."""
    if count is None:
        return available
    count = _as_int(count)
    if count < 0:
        if -count > available:
            raise ValueError("-count larger than number of elements")
        return available + count
    return count


def unpackbits(a, axis=None, count=None, bitorder="big"):
    """Unpack each uint8 into its eight bits along an axis (the flattened array when axis is None).

    Bit k of a byte, with ``bitorder='big'``, is ``(byte >> (7 - k)) & 1``; with ``'little'``,
    ``(byte >> k) & 1``. ``count`` keeps that many bits of each line (padding with zeros when it
    asks for more than there are); a negative count drops that many from the end.

    >>> from tinynet import array
    >>> unpackbits(array([[5], [6]], dtype="uint8"), axis=1, count=4, bitorder="little")
    array([[1, 0, 1, 0],
           [0, 1, 1, 0]], dtype=uint8)
    >>> unpackbits(array([5], dtype="uint8"), count=-5)
    array([0, 0, 0], dtype=uint8)
    """
    a = asarray(a)
    if a.dtype is not dtypes.UINT8:
        raise TypeError("Expected an input array of unsigned byte data type")
    _check_bitorder(bitorder)
    rows, shape, axis_ = _rows_along(a, axis)
    length = _check_count(count, 8 * shape[-1])
    table = _BITS_LITTLE if bitorder == "little" else _BITS_BIG
    unpacked = []
    for row in rows:
        bits = []
        for byte in row:
            bits.extend(table[byte])
        if length <= len(bits):
            del bits[length:]
        else:
            bits.extend([0] * (length - len(bits)))
        unpacked.append(bits)
    return _from_rows(unpacked, shape, axis_, length, axis is None or a.ndim == 0)


# ---------------------------------------------------------------------------------------------------------
# digit strings
# ---------------------------------------------------------------------------------------------------------


def _as_int(num):
    """An int from an int, a bool or an integer scalar; TypeError for anything else, as operator.index.

    (MicroPython's int has no __index__, and its bool is no int.)
    """
    if isinstance(num, (bool, int)):
        return int(num)
    if isinstance(num, float) or not hasattr(num, "__index__"):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(num).__name__)
    return num.__index__()


def _digits(n, base):
    """The digits of a non-negative int in a base, most significant first ('0' for zero)."""
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(_DIGITS[r])
    return "".join(reversed(out)) or "0"


def binary_repr(num, width=None):
    """Return the binary digits of an integer; negative numbers in two's complement when width is given.

    Without width a negative number gets a minus sign. With width the string is padded with zeros to
    ``width`` digits, and a negative ``num`` is written as ``2**width + num``.

    >>> binary_repr(5), binary_repr(-5), binary_repr(-5, width=8), binary_repr(3, width=4)
    ('101', '-101', '11111011', '0011')
    >>> binary_repr(5, width=2)
    Traceback (most recent call last):
      ...
    ValueError: Insufficient bit width=2 provided for binwidth=3
    """
    num = _as_int(num)
    if width is not None:
        width = _as_int(width)
    if num == 0:
        return "0" * (width or 1)
    if num > 0:
        text = _digits(num, 2)
        needed = len(text)
    else:
        if width is None:
            return "-" + _digits(-num, 2)
        magnitude = -num - 1  # a sign bit, then the bits of |num| - 1 (none for -1)
        needed = (len(_digits(magnitude, 2)) if magnitude else 0) + 1
        text = _digits((1 << width) + num, 2) if width >= needed else ""
    if width is not None:
        if width < needed:
            raise ValueError("Insufficient bit width=%d provided for binwidth=%d" % (width, needed))
        text = "0" * (width - len(text)) + text
    return text


def base_repr(number, base=2, padding=0):
    """Return the digits of an integer in a base from 2 to 36 (digits 0-9 then A-Z), after padding zeros.

    ``padding`` zeros go in front of the digits (and after a minus sign).

    >>> base_repr(255, 16), base_repr(-5, 2, padding=3), base_repr(7, 36)
    ('FF', '-000101', '7')
    """
    if base > len(_DIGITS):
        raise ValueError("Bases greater than 36 not handled in base_repr.")
    if base < 2:
        raise ValueError("Bases less than 2 not handled in base_repr.")
    n = int(number)
    text = _digits(abs(n), base) if n else ""
    if padding:  # any non-zero padding, even a negative one (which adds nothing), stands in for zero
        return ("-" if n < 0 else "") + "0" * max(padding, 0) + text
    return ("-" if n < 0 else "") + (text or "0")
