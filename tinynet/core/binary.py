"""The bytes of an array's elements, laid out as NumPy lays them out in memory.

Each element takes ``itemsize`` bytes, one after another, in the byte order the caller names:
little-endian ('<', what NumPy writes on every common machine) or big-endian ('>').  A complex
element is its real part then its imaginary part.  ``struct`` does the work (it exists on
MicroPython too), one call for a whole list of values::

    >>> pack([1.0, -2.0], "float32")
    b'\\x00\\x00\\x80?\\x00\\x00\\x00\\xc0'
    >>> unpack(b'\\x00\\x00\\x80?\\x00\\x00\\x00\\xc0', "float32")
    [1.0, -2.0]
    >>> pack([1, 256], "uint16", ">")
    b'\\x00\\x01\\x01\\x00'

float16 uses struct's 'e' code where the runtime has it, and the IEEE half-precision layout
written out by hand where it does not (1 sign bit, 5 exponent bits biased by 15, 10 fraction bits).
"""

import math
import struct

# Made at run time, not math.inf or math.nan: the compiler folds those into constants that frozen firmware
# cannot hold (mpy-tool writes them into C as bare inf and nan).
_INF = float("inf")
_NAN = float("nan")

# struct codes of each dtype's element (a bool is one byte, 1 or 0; MicroPython's struct has no '?')
CODES = {
    "bool": "B", "int8": "b", "uint8": "B", "int16": "h", "uint16": "H", "int32": "i", "uint32": "I",
    "int64": "q", "uint64": "Q", "float16": "e", "float32": "f", "float64": "d",
    "complex64": "f", "complex128": "d",
}


def _has_half():
    try:
        return struct.pack("<e", 1.0) == b"\x00\x3c"
    except (ValueError, struct.error, TypeError):
        return False


_HAS_HALF = _has_half()


def _half_bits(x):
    """The 16 bits of a float that float16 holds exactly (IEEE binary16)."""
    sign = 0x8000 if (x < 0 or (x == 0 and math.copysign(1.0, x) < 0)) else 0
    if x != x:
        return 0x7E00
    x = abs(x)
    if x == _INF:
        return sign | 0x7C00
    if x == 0:
        return sign
    m, e = math.frexp(x)  # x = m * 2**e, 0.5 <= m < 1
    if e < -13:  # subnormal: x = fraction * 2**-24
        return sign | int(x * 2.0 ** 24)
    return sign | ((e + 14) << 10) | (int(m * 2048) - 1024)


def _half_value(bits):
    """The float a float16 bit pattern stands for."""
    sign = -1.0 if bits & 0x8000 else 1.0
    exponent = (bits >> 10) & 0x1F
    fraction = bits & 0x3FF
    if exponent == 0x1F:
        return sign * _INF if fraction == 0 else _NAN
    if exponent == 0:
        return sign * fraction * 2.0 ** -24
    return sign * (1024 + fraction) * 2.0 ** (exponent - 25)


def _split_complex(values):
    parts = []
    for z in values:
        parts.append(z.real)
        parts.append(z.imag)
    return parts


def pack(values, dtype_name, byteorder="<"):
    """Return the bytes of a list of values of one dtype, in the given byte order."""
    code = CODES[dtype_name]
    if dtype_name == "bool":
        values = [1 if v else 0 for v in values]
    elif dtype_name in ("complex64", "complex128"):
        values = _split_complex(values)
    if code == "e" and not _HAS_HALF:
        code, values = "H", [_half_bits(x) for x in values]
    return struct.pack("%s%d%s" % (byteorder, len(values), code), *values)


def unpack(data, dtype_name, byteorder="<"):
    """Return the list of values a run of bytes holds (its length a multiple of the itemsize)."""
    code = CODES[dtype_name]
    size = struct.calcsize(code) * (2 if dtype_name.startswith("complex") else 1)
    count = len(data) // size * (2 if size != struct.calcsize(code) else 1)
    half_by_hand = code == "e" and not _HAS_HALF
    values = list(struct.unpack("%s%d%s" % (byteorder, count, "H" if half_by_hand else code), data))
    if half_by_hand:
        values = [_half_value(b) for b in values]
    if dtype_name in ("complex64", "complex128"):
        return [complex(values[i], values[i + 1]) for i in range(0, len(values), 2)]
    if dtype_name == "bool":
        return [v != 0 for v in values]  # any non-zero byte is True, as in NumPy
    return values
