"""Bounded integers and shuffles, drawn from a bit generator the way NumPy's Generator draws them.

Every function here takes a bit generator ``bits`` (anything with
``next_uint32`` and ``next_uint64``: ``tinynet.pcg64.PCG64`` or
``tinynet.mt19937.MT19937``) and a closed range ``[0, rng]``. Two methods turn
raw words into such ints:

- **Lemire's method** (Generator's ``integers`` and ``choice``): multiply a random word
  ``u`` of w bits by ``rng + 1`` and keep the high w bits of the product. The
  draw is rejected when the low w bits fall below ``2**w mod (rng + 1)``, so
  every result is equally likely. A range below ``2**32`` uses 32-bit words,
  which the bit generator cuts from 64-bit words, two at a time.
- **Masked rejection** (``shuffle`` and ``permutation`` of both generators,
  and all of the legacy ``randint``): keep the low bits under the smallest
  mask ``2**k - 1 >= rng`` and retry while the value is above ``rng``.

>>> from tinynet.random.pcg64 import PCG64
>>> bounded(PCG64(0), 9), bounded_fill(PCG64(0), 9, 3)
(8, [8, 6, 5])
>>> items = list(range(6))
>>> shuffle_list(PCG64(0), items)
>>> items
[3, 2, 5, 4, 0, 1]
"""

__all__ = ['bounded', 'bounded_fill', 'SmallBuffer', 'bounded_uint8', 'bounded_bool',
           'mask_for', 'random_interval', 'masked_chunk',
           'shuffle_list', 'shuffled_range', 'shuffle_tail']

_MASK32 = 0xFFFFFFFF
_MASK64 = 0xFFFFFFFFFFFFFFFF


# ---------------------------------------------------------------------------
# Lemire's method on 32 and 64 bits
# ---------------------------------------------------------------------------

def _lemire32(bits, rng):
    """Return a uniform int in [0, rng] for 0 < rng < 2**32 - 1: the high half of u * (rng + 1), u of 32 bits."""
    excl = rng + 1
    m = bits.next_uint32() * excl
    leftover = m & _MASK32
    if leftover < excl:
        # the threshold 2**32 mod (rng + 1) is below rng + 1, so most draws skip the modulo
        threshold = (_MASK32 - rng) % excl
        while leftover < threshold:
            m = bits.next_uint32() * excl
            leftover = m & _MASK32
    return m >> 32


def _lemire64(bits, rng):
    """Return a uniform int in [0, rng] for 2**32 - 1 < rng < 2**64 - 1: the high half of u * (rng + 1), u of 64 bits."""
    excl = rng + 1
    m = bits.next_uint64() * excl
    leftover = m & _MASK64
    if leftover < excl:
        threshold = (_MASK64 - rng) % excl
        while leftover < threshold:
            m = bits.next_uint64() * excl
            leftover = m & _MASK64
    return m >> 64


def bounded(bits, rng):
    """Return a uniform int in [0, rng] for 0 <= rng < 2**64 by Lemire's method (NumPy's random_bounded_uint64).

    The full ranges 2**32 - 1 and 2**64 - 1 take a raw word; 0 takes none.

    >>> from tinynet.random.pcg64 import PCG64
    >>> bits = PCG64(0)
    >>> bounded(bits, 2**40 - 1), bounded(bits, 0)
    (700346781657, 0)
    """
    if rng == 0:
        return 0
    if rng <= _MASK32:
        if rng == _MASK32:
            return bits.next_uint32()
        return _lemire32(bits, rng)
    if rng == _MASK64:
        return bits.next_uint64()
    return _lemire64(bits, rng)


def bounded_fill(bits, rng, count):
    """Return count uniform ints in [0, rng], the same as count calls of bounded(bits, rng).

    >>> from tinynet.random.pcg64 import PCG64
    >>> bounded_fill(PCG64(0), 9, 3)
    [8, 6, 5]
    """
    if rng == 0 or count == 0:
        return [0] * count
    if rng < _MASK32:
        # the loop of _lemire32 with its constants hoisted
        next_uint32 = bits.next_uint32
        excl = rng + 1
        threshold = (_MASK32 - rng) % excl
        values = []
        append = values.append
        for _ in range(count):
            m = next_uint32() * excl
            while (m & _MASK32) < threshold:
                m = next_uint32() * excl
            append(m >> 32)
        return values
    if rng == _MASK64:
        return bits.uint64s(count)
    return [bounded(bits, rng) for _ in range(count)]


# ---------------------------------------------------------------------------
# uint8 and bool: a 32-bit word eaten 8 or 1 bits at a time
# ---------------------------------------------------------------------------

class SmallBuffer:
    """A 32-bit word handed out width bits at a time, low bits first; one lives for one call of integers or randint.

    >>> from tinynet.random.pcg64 import PCG64
    >>> buffer = SmallBuffer(PCG64(0), 8)
    >>> [buffer.next_chunk() for _ in range(5)]
    [95, 130, 194, 217, 207]
    """

    def __init__(self, bits, width):
        self.bits = bits
        self.width = width
        self.per_word = 32 // width - 1   # chunks left after a refill
        self.low_mask = (1 << width) - 1
        self.word = 0
        self.left = 0

    def next_chunk(self):
        """Return the next width-bit chunk, drawing a 32-bit word when the buffer is empty."""
        if self.left == 0:
            self.word = self.bits.next_uint32()
            self.left = self.per_word
        else:
            self.word >>= self.width
            self.left -= 1
        return self.word & self.low_mask


def bounded_uint8(buffer, rng):
    """Return a uniform int in [0, rng] for rng < 256 from a byte buffer: Lemire's method on 8 bits.

    >>> from tinynet.random.pcg64 import PCG64
    >>> buffer = SmallBuffer(PCG64(0), 8)
    >>> [bounded_uint8(buffer, 199) for _ in range(3)]
    [74, 101, 151]
    """
    if rng == 0:
        return 0
    if rng == 0xFF:
        return buffer.next_chunk()
    excl = rng + 1
    m = buffer.next_chunk() * excl
    leftover = m & 0xFF
    if leftover < excl:
        threshold = (0xFF - rng) % excl
        while leftover < threshold:
            m = buffer.next_chunk() * excl
            leftover = m & 0xFF
    return m >> 8


def bounded_bool(buffer, off, rng):
    """Return a bool in [off, off + rng] from a bit buffer: off when rng is 0, else the next bit.

    >>> from tinynet.random.pcg64 import PCG64
    >>> buffer = SmallBuffer(PCG64(0), 1)
    >>> [bounded_bool(buffer, 0, 1) for _ in range(5)]
    [True, True, True, True, True]
    """
    if rng == 0:
        return off != 0
    return buffer.next_chunk() != 0


# ---------------------------------------------------------------------------
# Masked rejection and the shuffles
# ---------------------------------------------------------------------------

def mask_for(maximum):
    """Return the smallest mask 2**k - 1 that is >= maximum (maximum < 2**64): smear the top bit down.

    >>> mask_for(5), mask_for(8), mask_for(255)
    (7, 15, 255)
    """
    mask = maximum
    mask |= mask >> 1
    mask |= mask >> 2
    mask |= mask >> 4
    mask |= mask >> 8
    mask |= mask >> 16
    mask |= mask >> 32
    return mask


def random_interval(bits, maximum):
    """Return a uniform int in [0, maximum] by masked rejection: v = word & mask until v <= maximum.

    32-bit words serve a maximum below 2**32, 64-bit words a larger one.

    >>> from tinynet.random.pcg64 import PCG64
    >>> random_interval(PCG64(0), 5)
    1
    """
    if maximum == 0:
        return 0
    mask = mask_for(maximum)
    if maximum <= _MASK32:
        value = bits.next_uint32() & mask
        while value > maximum:
            value = bits.next_uint32() & mask
        return value
    value = bits.next_uint64() & mask
    while value > maximum:
        value = bits.next_uint64() & mask
    return value


def masked_chunk(buffer, maximum):
    """Return a uniform int in [0, maximum] from a SmallBuffer by masked rejection.

    This is how NumPy's legacy randint draws uint8 and bool values.

    >>> from tinynet.random.pcg64 import PCG64
    >>> buffer = SmallBuffer(PCG64(0), 8)
    >>> [masked_chunk(buffer, 9) for _ in range(3)]
    [2, 2, 9]
    """
    if maximum == 0:
        return 0
    mask = mask_for(maximum)
    value = buffer.next_chunk() & mask
    while value > maximum:
        value = buffer.next_chunk() & mask
    return value


def shuffle_list(bits, items):
    """Shuffle a list in place: Fisher-Yates from the end, swapping items[i] and items[random_interval(i)].

    >>> from tinynet.random.pcg64 import PCG64
    >>> items = list(range(6))
    >>> shuffle_list(PCG64(0), items)
    >>> items
    [3, 2, 5, 4, 0, 1]
    """
    for i in range(len(items) - 1, 0, -1):
        j = random_interval(bits, i)
        items[i], items[j] = items[j], items[i]


def shuffled_range(bits, n):
    """Return list(range(n)) shuffled by shuffle_list: the values of permutation(n).

    >>> from tinynet.random.pcg64 import PCG64
    >>> shuffled_range(PCG64(0), 6)
    [3, 2, 5, 4, 0, 1]
    """
    items = list(range(n))
    shuffle_list(bits, items)
    return items


def shuffle_tail(bits, items, first):
    """Shuffle by swaps from the end down to index first, j = bounded(i) (NumPy's shuffle of sample indices).

    With first = 1 the whole list is shuffled; with a larger first only
    items[first:] ends up random, which is all a partial sample needs.

    >>> from tinynet.random.pcg64 import PCG64
    >>> items = list(range(6))
    >>> shuffle_tail(PCG64(0), items, 1)
    >>> items
    [1, 4, 0, 2, 3, 5]
    """
    for i in range(len(items) - 1, first - 1, -1):
        j = bounded(bits, i)
        items[i], items[j] = items[j], items[i]
