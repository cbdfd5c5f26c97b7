"""The Mersenne Twister MT19937, seeded the way NumPy's legacy generator seeds it.

The state is 624 unsigned 32-bit words (the *key*) and a position ``pos`` in
0..624. Each draw reads ``key[pos]``, tempers it and advances ``pos``; when
``pos`` reaches 624 the whole key is *twisted* into the next block first. A
freshly seeded generator has ``pos == 624``, so its first draw twists.

>>> bits = MT19937(0)
>>> bits.next_uint32(), bits.next_uint32()
(2357136044, 2546248239)
>>> bits.next_double()
0.7151893663724195

Two generators live here with one interface:

- ``MT19937``: plain Python; runs everywhere, MicroPython too. It keeps each
  word as two 16-bit halves in two ``array('H')`` and does all its arithmetic
  on halves. On a 32-bit MicroPython port a small int has 31 bits, so a 32-bit
  word would be a big int on the heap, and seeding would allocate about
  256 KB; on halves the state is 2.5 KB and seeding allocates nothing.
- ``FastMT19937``: the same stream drawn by ``random.Random`` from the
  standard library, which is the same MT19937 with the same 53-bit doubles
  written in C. Its whole state lives inside that ``random.Random`` object;
  we only compute the seeded key in Python and load it with ``setstate``.

``init_genrand`` and ``init_by_array`` compute the seeded key on whole words,
as the MT19937 paper writes it; ``FastMT19937`` uses them, and ``MT19937``
does the same steps on halves. ``new_generator()`` picks the fast one when the
runtime has it. A generator is seeded once, when it is made (``MT19937(seed)``);
``seed()`` reseeds it.
"""

from array import array

try:
    import random as _stdlib_random
except ImportError:  # a minimal MicroPython build
    _stdlib_random = None

STATE_SIZE = 624
_SHIFT = 397
_WORD_MASK = 0xFFFFFFFF
_TWO_POW_26 = 67108864.0
_TWO_POW_53 = 9007199254740992.0


# ---------------------------------------------------------------------------
# Seeding on whole words: the key as the MT19937 paper computes it
# ---------------------------------------------------------------------------

def init_genrand(seed):
    """Return the key for an integer seed: key[i] = 1812433253 * (key[i-1] ^ (key[i-1] >> 30)) + i.

    Everything is taken modulo 2**32; ``key[0]`` is the seed itself.

    >>> key = init_genrand(5489)
    >>> len(key), key[0], key[1], key[623]
    (624, 5489, 1301868182, 79981964)
    """
    key = [0] * STATE_SIZE
    value = seed & _WORD_MASK
    key[0] = value
    for i in range(1, STATE_SIZE):
        value = (1812433253 * (value ^ (value >> 30)) + i) & _WORD_MASK
        key[i] = value
    return key


def init_by_array(init_key):
    """Return the key for a seed given as a sequence of 32-bit words (MT19937's init_by_array).

    Start from ``init_genrand(19650218)``, mix every word of ``init_key`` into
    the key, mix once more over the whole key, and set the top bit of key[0]:

        first pass:  key[i] = (key[i] ^ (p ^ (p >> 30)) * 1664525) + init_key[j] + j
        second pass: key[i] = (key[i] ^ (p ^ (p >> 30)) * 1566083941) - i

    with p = key[i-1], modulo 2**32.

    >>> key = init_by_array([1, 2, 3])
    >>> key[0], key[1], key[623]
    (2147483648, 188977461, 2738794993)
    """
    n_words = len(init_key)
    key = init_genrand(19650218)
    i = 1
    j = 0
    # first pass: fold the seed words into the key
    for _ in range(STATE_SIZE if STATE_SIZE > n_words else n_words):
        previous = key[i - 1]
        key[i] = ((key[i] ^ ((previous ^ (previous >> 30)) * 1664525))
                  + init_key[j] + j) & _WORD_MASK
        i += 1
        j += 1
        if i >= STATE_SIZE:
            key[0] = key[STATE_SIZE - 1]
            i = 1
        if j >= n_words:
            j = 0
    # second pass: stir the whole key once more
    for _ in range(STATE_SIZE - 1):
        previous = key[i - 1]
        key[i] = ((key[i] ^ ((previous ^ (previous >> 30)) * 1566083941)) - i) & _WORD_MASK
        i += 1
        if i >= STATE_SIZE:
            key[0] = key[STATE_SIZE - 1]
            i = 1
    key[0] = 0x80000000  # the top bit set: the key is never all zero
    return key


def _urandom(count):
    """Return count bytes from the operating system, or None when it has no source of them."""
    try:
        import os
        return os.urandom(count)
    except (ImportError, AttributeError, NotImplementedError, OSError):
        return None


def _clock_words():
    """Return a few 32-bit words from the clocks: the seed of last resort, for init_by_array."""
    import time
    words = [int(time.time() * 1000000) & _WORD_MASK, id(words) & _WORD_MASK]
    if hasattr(time, 'ticks_us'):
        words.append(time.ticks_us() & _WORD_MASK)
    if _stdlib_random is not None and hasattr(_stdlib_random, 'getrandbits'):
        words.append(_stdlib_random.getrandbits(32))
    return words


def entropy_key():
    """Return an unpredictable key from the operating system, or from the clock if it has none.

    >>> key = entropy_key()
    >>> len(key), key[0]
    (624, 2147483648)
    """
    data = _urandom(4 * STATE_SIZE)
    if data is None:
        key = init_by_array(_clock_words())
    else:
        key = [int.from_bytes(data[4 * i:4 * i + 4], 'little') for i in range(STATE_SIZE)]
    key[0] = 0x80000000
    return key


def _check_state(key, pos):
    """Return the key as a list of ints after checking it is 624 words and 0 <= pos <= 624."""
    key = [int(word) for word in key]
    if len(key) != STATE_SIZE:
        raise ValueError('state must be a 624 element array, got %d' % len(key))
    for word in key:
        if word < 0 or word > _WORD_MASK:
            raise ValueError('state words must be between 0 and 2**32 - 1')
    pos = int(pos)
    if pos < 0 or pos > STATE_SIZE:
        raise ValueError('state position must be between 0 and 624, got %d' % pos)
    return key, pos


# ---------------------------------------------------------------------------
# 32-bit arithmetic on 16-bit halves
#
# A word w is the pair (w >> 16, w & 0xFFFF). Every intermediate value below
# stays under 2**26, a small int on every MicroPython port.
# ---------------------------------------------------------------------------

def _low16_of_product(a, b):
    """Return (a * b) & 0xFFFF for 16-bit a and b, from two products of under 24 bits."""
    return (a * (b & 0xFF) + (((a * (b >> 8)) & 0xFF) << 8)) & 0xFFFF


def _times(high, low, c_high, c_low):
    """Return the halves of (w * c) mod 2**32 for the word w = (high, low) and the constant c = (c_high, c_low).

    w * c = low * c_low + ((high * c_low + low * c_high) << 16), mod 2**32; the
    first product is needed in full, the other two only in their low 16 bits.

    >>> _times(0, 0xFFFF, 0, 0xFFFF) == (0xFFFE, 0x0001)     # 65535**2 = 0xFFFE0001
    True
    """
    part_low = low * (c_low & 0xFF)
    part_high = low * (c_low >> 8)
    result_low = part_low + ((part_high & 0xFF) << 8)
    result_high = ((part_high >> 8) + (result_low >> 16)
                   + _low16_of_product(high, c_low) + _low16_of_product(low, c_high))
    return result_high & 0xFFFF, result_low & 0xFFFF


def _genrand_halves(seed, high, low):
    """Fill high and low with the halves of init_genrand(seed), on halves."""
    h = (seed >> 16) & 0xFFFF
    l = seed & 0xFFFF
    high[0] = h
    low[0] = l
    for i in range(1, STATE_SIZE):
        # key[i] = 1812433253 * (p ^ (p >> 30)) + i, with p >> 30 = h >> 14
        h, l = _times(h, l ^ (h >> 14), 0x6C07, 0x8965)
        l += i
        h = (h + (l >> 16)) & 0xFFFF
        l &= 0xFFFF
        high[i] = h
        low[i] = l


def _by_array_halves(words, high, low):
    """Fill high and low with the halves of init_by_array(words), on halves."""
    n_words = len(words)
    word_highs = [(word >> 16) & 0xFFFF for word in words]
    word_lows = [word & 0xFFFF for word in words]
    _genrand_halves(19650218, high, low)
    i = 1
    j = 0
    # first pass: key[i] = (key[i] ^ (p ^ (p >> 30)) * 1664525) + words[j] + j
    for _ in range(STATE_SIZE if STATE_SIZE > n_words else n_words):
        p_high = high[i - 1]
        m_high, m_low = _times(p_high, low[i - 1] ^ (p_high >> 14), 0x0019, 0x660D)
        l = (low[i] ^ m_low) + word_lows[j] + j
        high[i] = ((high[i] ^ m_high) + word_highs[j] + (l >> 16)) & 0xFFFF
        low[i] = l & 0xFFFF
        i += 1
        j += 1
        if i >= STATE_SIZE:
            high[0] = high[STATE_SIZE - 1]
            low[0] = low[STATE_SIZE - 1]
            i = 1
        if j >= n_words:
            j = 0
    # second pass: key[i] = (key[i] ^ (p ^ (p >> 30)) * 1566083941) - i
    for _ in range(STATE_SIZE - 1):
        p_high = high[i - 1]
        m_high, m_low = _times(p_high, low[i - 1] ^ (p_high >> 14), 0x5D58, 0x8B65)
        l = (low[i] ^ m_low) - i
        high[i] = ((high[i] ^ m_high) + (l >> 16)) & 0xFFFF   # l >> 16 is -1 on a borrow
        low[i] = l & 0xFFFF
        i += 1
        if i >= STATE_SIZE:
            high[0] = high[STATE_SIZE - 1]
            low[0] = low[STATE_SIZE - 1]
            i = 1
    high[0] = 0x8000  # key[0] = 0x80000000: the key is never all zero
    low[0] = 0


def _entropy_halves():
    """Return the halves of a key from the operating system's random bytes, key[0] = 2**31; None if it has none.

    Two random bytes make a random half, in either byte order.
    """
    high = _urandom(2 * STATE_SIZE)
    low = _urandom(2 * STATE_SIZE) if high is not None else None
    if low is None:
        return None
    high = array('H', high)
    low = array('H', low)
    high[0] = 0x8000   # key[0] = 2**31, as entropy_key() sets it
    low[0] = 0
    return high, low


def _twist_halves(high, low):
    """Advance the key by one block in place: key[i] = key[i+397] ^ (y >> 1) ^ (A if y odd).

    y joins the top bit of key[i] with the low 31 bits of key[i+1], and
    A = 0x9908B0DF; indices wrap modulo 624 and later words see the already
    updated ones.
    """
    for i in range(STATE_SIZE):
        j = i + 1
        if j == STATE_SIZE:
            j = 0
        k = i + _SHIFT
        if k >= STATE_SIZE:
            k -= STATE_SIZE
        y_high = (high[i] & 0x8000) | (high[j] & 0x7FFF)
        y_low = low[j]
        new_high = high[k] ^ (y_high >> 1)
        new_low = low[k] ^ (y_low >> 1) ^ ((y_high & 1) << 15)
        if y_low & 1:
            new_high ^= 0x9908
            new_low ^= 0xB0DF
        high[i] = new_high
        low[i] = new_low


def _temper_halves(h, l):
    """Return the halves of the output word for key word (h, l): MT19937's tempering, 16 bits at a time.

        y ^= y >> 11;  y ^= (y << 7) & 0x9D2C5680;  y ^= (y << 15) & 0xEFC60000;  y ^= y >> 18

    >>> h, l = _temper_halves(0, 1)
    >>> (h << 16) | l
    4194449
    """
    l ^= ((h << 5) & 0xFFFF) | (l >> 11)
    h ^= h >> 11
    h ^= (((h << 7) & 0xFFFF) | (l >> 9)) & 0x9D2C
    l ^= (l << 7) & 0x5680
    h ^= (((h & 1) << 15) | (l >> 1)) & 0xEFC6
    l ^= h >> 2
    return h, l


# ---------------------------------------------------------------------------
# MT19937 in plain Python, on 16-bit halves
# ---------------------------------------------------------------------------

class MT19937:
    """The MT19937 bit generator in plain Python: 32-bit words and 53-bit doubles.

    The state is ``_high`` and ``_low`` (``array('H')`` of the 624 words' top
    and bottom 16 bits) and ``_pos``. A seed is an int (init_genrand), a list
    of 32-bit words (init_by_array), or None for the operating system's entropy.

    >>> bits = MT19937(42)
    >>> bits.next_uint32()
    1608637542
    """

    def __init__(self, seed=None):
        entropy = _entropy_halves() if seed is None else None
        if entropy is None:
            # placeholders for the seed to overwrite (a range, unlike bytes of zeros, needs no second buffer)
            self._high = array('H', range(STATE_SIZE))
            self._low = array('H', range(STATE_SIZE))
        else:
            self._high, self._low = entropy
        self._pos = STATE_SIZE
        if isinstance(seed, list):
            self.seed_by_array(seed)
        elif seed is not None:
            self.seed(seed)
        elif entropy is None:  # no entropy from the operating system: the clock
            self.seed_by_array(_clock_words())

    def seed_from_entropy(self):
        """Reseed with fresh bytes from the operating system (or from the clock if it has none).

        >>> bits = MT19937(0)
        >>> bits.seed_from_entropy()
        >>> bits.get_state()[0][0]
        2147483648
        """
        entropy = _entropy_halves()
        if entropy is None:
            self.seed_by_array(_clock_words())
            return
        self._high, self._low = entropy
        self._pos = STATE_SIZE

    def seed(self, seed):
        """Seed from an integer in [0, 2**32 - 1] with init_genrand.

        >>> bits = MT19937(0)
        >>> bits.seed(1)
        >>> bits.get_state()[0][:2], bits.get_state()[1]
        ([1, 1812433254], 624)
        """
        _genrand_halves(seed, self._high, self._low)
        self._pos = STATE_SIZE

    def seed_by_array(self, words):
        """Seed from a sequence of 32-bit words with init_by_array.

        >>> bits = MT19937([1, 2, 3])
        >>> bits.next_uint32()
        2619334238
        """
        _by_array_halves(words, self._high, self._low)
        self._pos = STATE_SIZE

    def get_state(self):
        """Return (key, pos): a copy of the 624 key words and the position.

        >>> key, pos = MT19937(0).get_state()
        >>> key[:3], pos
        ([0, 1, 1812433255], 624)
        """
        high = self._high
        low = self._low
        return [(high[i] << 16) | low[i] for i in range(STATE_SIZE)], self._pos

    def set_state(self, key, pos):
        """Load a key of 624 words and a position in 0..624.

        >>> bits = MT19937(1)
        >>> bits.set_state(init_genrand(0), 624)
        >>> bits.next_uint32()
        2357136044
        """
        key, pos = _check_state(key, pos)
        for i in range(STATE_SIZE):
            self._high[i] = key[i] >> 16
            self._low[i] = key[i] & 0xFFFF
        self._pos = pos

    def _next_halves(self):
        """Return the halves of the next output word, twisting a new block when the key is used up."""
        pos = self._pos
        if pos >= STATE_SIZE:
            _twist_halves(self._high, self._low)
            pos = 0
        self._pos = pos + 1
        return _temper_halves(self._high[pos], self._low[pos])

    def next_uint32(self):
        """Return the next 32-bit word.

        >>> MT19937(0).next_uint32()
        2357136044
        """
        h, l = self._next_halves()
        return (h << 16) | l

    def next_uint64(self):
        """Return a 64-bit word from two 32-bit words, the first as the high half (NumPy's mt19937_next64).

        >>> MT19937(0).next_uint64() == (2357136044 << 32) | 2546248239
        True
        """
        high = self.next_uint32()
        return (high << 32) | self.next_uint32()

    def next_double(self):
        """Return a double in [0, 1): ((a >> 5) * 2**26 + (b >> 6)) / 2**53 from two words.

        a >> 5 and b >> 6 come straight from the halves, so no 32-bit int is made.

        >>> MT19937(0).next_double()
        0.5488135039273248
        """
        h, l = self._next_halves()
        a = (h << 11) | (l >> 5)
        h, l = self._next_halves()
        b = (h << 10) | (l >> 6)
        return (a * _TWO_POW_26 + b) / _TWO_POW_53

    def uint32s(self, count):
        """Return the next count words as a list.

        >>> MT19937(0).uint32s(2)
        [2357136044, 2546248239]
        """
        words = [0] * count
        for i in range(count):
            words[i] = self.next_uint32()
        return words

    def doubles(self, count):
        """Return the next count doubles in [0, 1) as a list.

        The list is made at its full length first, as ``sampling.draws`` explains.

        >>> MT19937(0).doubles(2)
        [0.5488135039273248, 0.7151893663724195]
        """
        values = [0.0] * count
        next_double = self.next_double
        for i in range(count):
            values[i] = next_double()
        return values


# ---------------------------------------------------------------------------
# Fast generator: the same stream from the standard library's C code
# ---------------------------------------------------------------------------

class FastMT19937:
    """MT19937 drawn by ``random.Random`` (CPython, PyPy, Pyodide): same words, same doubles.

    The state lives only inside ``self._engine``; its ``getstate()[1]`` is
    the 624 key words followed by pos, exactly the reference's state.

    >>> bits = FastMT19937(0)
    >>> bits.next_uint32(), bits.next_double()
    (2357136044, 0.5928446182250183)
    """

    def __init__(self, seed=None):
        self._engine = _stdlib_random.Random(0)
        if isinstance(seed, list):
            self.seed_by_array(seed)
        elif seed is not None:
            self.seed(seed)
        else:
            self.seed_from_entropy()

    def seed_from_entropy(self):
        """Reseed with fresh bytes from the operating system (or from the clock if it has none).

        >>> bits = FastMT19937(0)
        >>> bits.seed_from_entropy()
        >>> bits.get_state()[0][0]
        2147483648
        """
        self.set_state(entropy_key(), STATE_SIZE)

    def seed(self, seed):
        """Seed from an integer in [0, 2**32 - 1] with init_genrand.

        >>> bits = FastMT19937()
        >>> bits.seed(0)
        >>> bits.next_double()
        0.5488135039273248
        """
        self.set_state(init_genrand(seed), STATE_SIZE)

    def seed_by_array(self, words):
        """Seed from a sequence of 32-bit words with init_by_array.

        >>> bits = FastMT19937()
        >>> bits.seed_by_array([1, 2, 3])
        >>> bits.next_uint32()
        2619334238
        """
        self.set_state(init_by_array(words), STATE_SIZE)

    def get_state(self):
        """Return (key, pos): a copy of the 624 key words and the position.

        >>> bits = FastMT19937()
        >>> bits.seed(0)
        >>> key, pos = bits.get_state()
        >>> key[:3], pos
        ([0, 1, 1812433255], 624)
        """
        words = self._engine.getstate()[1]
        return list(words[:STATE_SIZE]), words[STATE_SIZE]

    def set_state(self, key, pos):
        """Load a key of 624 words and a position in 0..624.

        >>> bits = FastMT19937()
        >>> bits.set_state(init_genrand(0), 624)
        >>> bits.next_uint32()
        2357136044
        """
        key, pos = _check_state(key, pos)
        # version 3 is random.Random's MT19937 layout: key words, then pos
        self._engine.setstate((3, tuple(key) + (pos,), None))

    def next_uint32(self):
        """Return the next 32-bit word.

        >>> bits = FastMT19937()
        >>> bits.seed(0)
        >>> bits.next_uint32()
        2357136044
        """
        return self._engine.getrandbits(32)

    def next_uint64(self):
        """Return a 64-bit word from two 32-bit words, the first as the high half (NumPy's mt19937_next64).

        >>> bits = FastMT19937()
        >>> bits.seed(0)
        >>> bits.next_uint64() == (2357136044 << 32) | 2546248239
        True
        """
        draw = self._engine.getrandbits
        high = draw(32)
        return (high << 32) | draw(32)

    def next_double(self):
        """Return a double in [0, 1): ((a >> 5) * 2**26 + (b >> 6)) / 2**53 from two words.

        >>> bits = FastMT19937()
        >>> bits.seed(0)
        >>> bits.next_double()
        0.5488135039273248
        """
        return self._engine.random()

    def uint32s(self, count):
        """Return the next count words as a list.

        >>> bits = FastMT19937()
        >>> bits.seed(0)
        >>> bits.uint32s(2)
        [2357136044, 2546248239]
        """
        draw = self._engine.getrandbits
        return [draw(32) for _ in range(count)]

    def doubles(self, count):
        """Return the next count doubles in [0, 1) as a list.

        >>> bits = FastMT19937()
        >>> bits.seed(0)
        >>> bits.doubles(2)
        [0.5488135039273248, 0.7151893663724195]
        """
        draw = self._engine.random
        return [draw() for _ in range(count)]


def has_fast_generator():
    """Return True when the standard library offers random.Random with setstate.

    >>> has_fast_generator() in (True, False)
    True
    """
    engine = getattr(_stdlib_random, 'Random', None)
    return engine is not None and hasattr(engine, 'setstate') and hasattr(engine, 'getrandbits')


def new_generator(fast=None, seed=None):
    """Return a new bit generator seeded with seed: the fast one when fast is True, or None and available.

    seed is an int, a list of 32-bit words, or None for fresh entropy.

    >>> type(new_generator(fast=False)).__name__
    'MT19937'
    >>> new_generator(fast=False, seed=0).next_uint32()
    2357136044
    """
    if fast is None:
        fast = has_fast_generator()
    if fast:
        return FastMT19937(seed)
    return MT19937(seed)
