"""The real and imaginary parts of a complex buffer, seen as a buffer of floats.

NumPy stores a complex number as two floats side by side, so ``z.real`` and ``z.imag`` are views: float
arrays over the same memory with twice the stride. tinynet keeps complex values as Python ``complex``
objects in the buffer, so a part view reads and writes through a ``PartBuffer`` instead, which shows the
complex list as NumPy's interleaved floats: position ``2k`` is the real part of element ``k``, position
``2k + 1`` its imaginary part.

    >>> zs = [1 + 2j, 3 - 4j]
    >>> parts = PartBuffer(zs)
    >>> len(parts), parts[0], parts[3], parts[0:4:2]
    (4, 1.0, -4.0, [1.0, 3.0])
    >>> parts[1] = 7.0
    >>> zs
    [(1+7j), (3-4j)]

An array over a PartBuffer has float strides and offsets in these units, so NumPy's ``z.real.strides``
(the complex itemsize) and its flags (not contiguous) come out as NumPy's. Only part views ever hold a
PartBuffer; arrays of every other kind index a plain list, and their code never looks here.
"""


class PartBuffer:
    """A complex list seen as its interleaved parts (real at even positions, imaginary at odd ones)."""

    __slots__ = ("complex_buffer",)

    def __init__(self, complex_buffer):
        self.complex_buffer = complex_buffer

    def __len__(self):
        return 2 * len(self.complex_buffer)

    def _part(self, i):
        z = self.complex_buffer[i >> 1]
        return z.imag if i & 1 else z.real

    def __getitem__(self, key):
        if type(key) is int:
            return self._part(key)
        positions = range(len(self))[key]
        if len(positions) and positions.step % 2 == 0:  # every position holds the same part
            zs = self.complex_buffer
            chosen = [zs[i >> 1] for i in positions]
            return [z.imag for z in chosen] if positions[0] & 1 else [z.real for z in chosen]
        return [self._part(i) for i in positions]

    def __setitem__(self, key, value):
        if type(key) is int:
            self._set(key, value)
            return
        positions = range(len(self))[key]
        if len(value) != len(positions):
            raise ValueError("attempt to assign sequence of size %d to extended slice of size %d"
                             % (len(value), len(positions)))
        for i, x in zip(positions, value):
            self._set(i, x)

    def _set(self, i, x):
        zs = self.complex_buffer
        z = zs[i >> 1]
        zs[i >> 1] = complex(z.real, x) if i & 1 else complex(x, z.imag)


def memory_of(a):
    """(the list that holds a's memory, whether a's positions count float parts rather than elements)."""
    buf = a._buf
    if type(buf) is PartBuffer:
        return buf.complex_buffer, True
    return buf, False


def comparable(a, b, measure):
    """measure(a) and measure(b) in one unit, or None if a and b lie in different memory.

    measure gives positions (a list) or an extent (low, high) of an array's elements in its buffer's
    units; where only one of a and b is a part view, the complex array's element p becomes the parts
    2p and 2p + 1.
    """
    memory_a, parts_a = memory_of(a)
    memory_b, parts_b = memory_of(b)
    if memory_a is not memory_b:
        return None
    ma, mb = measure(a), measure(b)
    if parts_a and not parts_b:
        mb = _in_parts(mb)
    elif parts_b and not parts_a:
        ma = _in_parts(ma)
    return ma, mb


def _in_parts(measure):
    if type(measure) is tuple:  # an extent (low, high)
        return 2 * measure[0], 2 * measure[1] + 1
    out = []
    for p in measure:
        out.append(2 * p)
        out.append(2 * p + 1)
    return out
