"""The Mersenne Twister MT19937, seeded the way NumPy's legacy generator seeds it.

The state is 624 unsigned 32-bit words (the *key*) and a position ``pos`` in
0..624. Each draw reads ``key[pos]``, tempers it and advances ``pos``; when
``pos`` reaches 624 the whole key is *twisted* into the next block first. A
freshly seeded generator has ``pos == 624``, so its first draw twists.

>>> bits = MT19937()
>>> bits.seed(0)
>>> bits.next_uint32(), bits.next_uint32()
(2357136044, 2546248239)
>>> bits.next_double()
0.7151893663724195

Two generators live here with one interface:

- ``MT19937``: the reference, plain Python; runs everywhere, MicroPython too.
- ``FastMT19937``: the same stream drawn by ``random.Random`` from the
  standard library, which is the same MT19937 with the same 53-bit doubles
  written in C. Its whole state lives inside that ``random.Random`` object;
  we only compute the seeded key in Python and load it with ``setstate``.

``new_generator()`` picks the fast one when the runtime has it.
"""

try:
    import random as _stdlib_random
except ImportError:  # a minimal MicroPython build
    _stdlib_random = None

STATE_SIZE = 624
_SHIFT = 397
_UPPER_MASK = 0x80000000
_LOWER_MASK = 0x7FFFFFFF
_WORD_MASK = 0xFFFFFFFF
_TWIST_XOR = (0, 0x9908B0DF)   # indexed by the low bit of y: the matrix A
_TWO_POW_26 = 67108864.0
_TWO_POW_53 = 9007199254740992.0


# ---------------------------------------------------------------------------
# Seeding: the 624-word key, computed in plain Python for both generators
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
    the key, mix once more over the whole key, and set the top bit of key[0].

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


def entropy_key():
    """Return an unpredictable key from the operating system, or from the clock if it has none.

    >>> key = entropy_key()
    >>> len(key), key[0]
    (624, 2147483648)
    """
    key = None
    try:
        import os
        data = os.urandom(4 * STATE_SIZE)
        key = [int.from_bytes(data[4 * i:4 * i + 4], 'little') for i in range(STATE_SIZE)]
    except (ImportError, AttributeError, NotImplementedError, OSError):
        pass
    if key is None:
        import time
        words = [int(time.time() * 1000000) & _WORD_MASK, id(key) & _WORD_MASK]
        if hasattr(time, 'ticks_us'):
            words.append(time.ticks_us() & _WORD_MASK)
        if _stdlib_random is not None and hasattr(_stdlib_random, 'getrandbits'):
            words.append(_stdlib_random.getrandbits(32))
        key = init_by_array(words)
    key[0] = 0x80000000
    return key


# ---------------------------------------------------------------------------
# Reference generator: plain Python
# ---------------------------------------------------------------------------

def _twist(key):
    """Advance the key by one block in place: key[i] = key[i+397] ^ (y >> 1) ^ (A if y odd)."""
    # y joins the top bit of key[i] with the low 31 bits of key[i+1];
    # indices wrap modulo 624 and later words see the already-updated ones
    for i in range(STATE_SIZE - _SHIFT):
        y = (key[i] & _UPPER_MASK) | (key[i + 1] & _LOWER_MASK)
        key[i] = key[i + _SHIFT] ^ (y >> 1) ^ _TWIST_XOR[y & 1]
    for i in range(STATE_SIZE - _SHIFT, STATE_SIZE - 1):
        y = (key[i] & _UPPER_MASK) | (key[i + 1] & _LOWER_MASK)
        key[i] = key[i + _SHIFT - STATE_SIZE] ^ (y >> 1) ^ _TWIST_XOR[y & 1]
    y = (key[STATE_SIZE - 1] & _UPPER_MASK) | (key[0] & _LOWER_MASK)
    key[STATE_SIZE - 1] = key[_SHIFT - 1] ^ (y >> 1) ^ _TWIST_XOR[y & 1]


def _temper(y):
    """Return the output word for key word y (MT19937's tempering)."""
    y ^= y >> 11
    y ^= (y << 7) & 0x9D2C5680
    y ^= (y << 15) & 0xEFC60000
    return y ^ (y >> 18)


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


class MT19937:
    """The MT19937 bit generator in plain Python: 32-bit words and 53-bit doubles.

    ``_key`` and ``_pos`` are the state. ``_out`` caches the tempered words of
    the current block, so a draw is a list lookup.

    >>> bits = MT19937()
    >>> bits.seed(42)
    >>> bits.next_uint32()
    1608637542
    """

    def __init__(self):
        self.set_state(entropy_key(), STATE_SIZE)

    def seed(self, seed):
        """Seed from an integer in [0, 2**32 - 1] with init_genrand.

        >>> bits = MT19937()
        >>> bits.seed(1)
        >>> bits.get_state()[0][:2], bits.get_state()[1]
        ([1, 1812433254], 624)
        """
        self.set_state(init_genrand(seed), STATE_SIZE)

    def seed_by_array(self, words):
        """Seed from a sequence of 32-bit words with init_by_array.

        >>> bits = MT19937()
        >>> bits.seed_by_array([1, 2, 3])
        >>> bits.next_uint32()
        2619334238
        """
        self.set_state(init_by_array(words), STATE_SIZE)

    def get_state(self):
        """Return (key, pos): a copy of the 624 key words and the position.

        >>> bits = MT19937()
        >>> bits.seed(0)
        >>> key, pos = bits.get_state()
        >>> key[:3], pos
        ([0, 1, 1812433255], 624)
        """
        return list(self._key), self._pos

    def set_state(self, key, pos):
        """Load a key of 624 words and a position in 0..624.

        >>> bits = MT19937()
        >>> bits.set_state(init_genrand(0), 624)
        >>> bits.next_uint32()
        2357136044
        """
        key, pos = _check_state(key, pos)
        self._key = key
        self._pos = pos
        self._out = [_temper(word) for word in key]

    def _next_block(self):
        """Twist the key into the next block, temper it, and rewind pos to 0."""
        _twist(self._key)
        self._out = [_temper(word) for word in self._key]
        self._pos = 0

    def next_uint32(self):
        """Return the next 32-bit word.

        >>> bits = MT19937()
        >>> bits.seed(0)
        >>> bits.next_uint32()
        2357136044
        """
        if self._pos >= STATE_SIZE:
            self._next_block()
        word = self._out[self._pos]
        self._pos += 1
        return word

    def next_uint64(self):
        """Return a 64-bit word from two 32-bit words, the first as the high half (NumPy's mt19937_next64).

        >>> bits = MT19937()
        >>> bits.seed(0)
        >>> bits.next_uint64() == (2357136044 << 32) | 2546248239
        True
        """
        high = self.next_uint32()
        return (high << 32) | self.next_uint32()

    def next_double(self):
        """Return a double in [0, 1): ((a >> 5) * 2**26 + (b >> 6)) / 2**53 from two words.

        >>> bits = MT19937()
        >>> bits.seed(0)
        >>> bits.next_double()
        0.5488135039273248
        """
        a = self.next_uint32() >> 5
        b = self.next_uint32() >> 6
        return (a * _TWO_POW_26 + b) / _TWO_POW_53

    def uint32s(self, count):
        """Return the next count words as a list.

        >>> bits = MT19937()
        >>> bits.seed(0)
        >>> bits.uint32s(2)
        [2357136044, 2546248239]
        """
        words = []
        while count > 0:
            if self._pos >= STATE_SIZE:
                self._next_block()
            take = STATE_SIZE - self._pos
            if take > count:
                take = count
            words.extend(self._out[self._pos:self._pos + take])
            self._pos += take
            count -= take
        return words

    def doubles(self, count):
        """Return the next count doubles in [0, 1) as a list.

        >>> bits = MT19937()
        >>> bits.seed(0)
        >>> bits.doubles(2)
        [0.5488135039273248, 0.7151893663724195]
        """
        words = self.uint32s(2 * count)
        return [((words[k] >> 5) * _TWO_POW_26 + (words[k + 1] >> 6)) / _TWO_POW_53
                for k in range(0, 2 * count, 2)]


# ---------------------------------------------------------------------------
# Fast generator: the same stream from the standard library's C code
# ---------------------------------------------------------------------------

class FastMT19937:
    """MT19937 drawn by ``random.Random`` (CPython, PyPy, Pyodide): same words, same doubles.

    The state lives only inside ``self._engine``; its ``getstate()[1]`` is
    the 624 key words followed by pos, exactly the reference's state.

    >>> bits = FastMT19937()
    >>> bits.seed(0)
    >>> bits.next_uint32(), bits.next_double()
    (2357136044, 0.5928446182250183)
    """

    def __init__(self):
        self._engine = _stdlib_random.Random()
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


def new_generator(fast=None):
    """Return a new bit generator: the fast one when fast is True, or None and available.

    >>> type(new_generator(fast=False)).__name__
    'MT19937'
    """
    if fast is None:
        fast = has_fast_generator()
    if fast:
        return FastMT19937()
    return MT19937()
