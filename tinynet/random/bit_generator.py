"""BitGenerator: what every bit generator shares, as in NumPy.

A bit generator is seeded from a ``SeedSequence`` (an int, a sequence of
ints or None are turned into one) and makes 64-bit words with
``next_uint64``. From those words come, exactly as in NumPy:

- 32-bit words: a 64-bit word serves two of them, its low half first
  (the buffer is ``has_uint32`` and ``uinteger`` in the state);
- doubles in [0, 1): ``(word >> 11) * 2**-53``.

A subclass sets the state from ``self._seed_seq`` and defines
``next_uint64`` and the ``state`` property; MT19937, whose native words are
32 bits, overrides the others.

>>> from tinynet.random.bit_generators import SFC64
>>> bits = SFC64(0)
>>> bits.random_raw()
10490465040999277362
>>> bits.next_uint32(), bits.next_uint32()
(1518247713, 1008588962)
"""

__all__ = ['BitGenerator']

_MASK32 = 0xFFFFFFFF
_TWO_POW_MINUS_53 = 1.0 / 9007199254740992.0


class BitGenerator:
    """The base of the bit generators: seeding through SeedSequence, 32-bit words and doubles from 64-bit words.

    It is abstract, as NumPy's is: only its subclasses (MT19937, PCG64, ...) make words.

    >>> from tinynet.random.bit_generators import MT19937
    >>> issubclass(MT19937, BitGenerator), MT19937(5).random_raw()
    (True, 1463718072)
    """

    def __init__(self, seed=None):
        from tinynet.random.pcg64 import SeedSequence

        if type(self) is BitGenerator:  # NumPy's exception and words for the abstract class
            raise NotImplementedError('BitGenerator is a base class and cannot be instantized')

        self._seed_seq = seed if isinstance(seed, SeedSequence) else SeedSequence(seed)
        self._has_uint32 = 0
        self._uinteger = 0

    def __repr__(self):
        return '%s()' % type(self).__name__

    @property
    def seed_seq(self):
        """The SeedSequence this bit generator was seeded from."""
        return self._seed_seq

    def spawn(self, n_children):
        """Return n_children new bit generators of this kind, seeded from children of the SeedSequence."""
        return [type(self)(seq) for seq in self._seed_seq.spawn(n_children)]

    def next_uint64(self):
        raise TypeError('%s is an abstract bit generator' % type(self).__name__)

    def _next_raw(self):
        """Return the next native word (64 bits; MT19937's are 32)."""
        return self.next_uint64()

    def next_uint32(self):
        """Return the next 32-bit word: the low half of a fresh 64-bit word, then its high half."""
        if self._has_uint32:
            self._has_uint32 = 0
            return self._uinteger
        word = self.next_uint64()
        self._has_uint32 = 1
        self._uinteger = word >> 32
        return word & _MASK32

    def next_double(self):
        """Return a double in [0, 1): (next_uint64() >> 11) * 2**-53."""
        return (self.next_uint64() >> 11) * _TWO_POW_MINUS_53

    def doubles(self, count):
        """Return the next count doubles as a list."""
        draw = self.next_double
        return [draw() for _ in range(count)]

    def uint64s(self, count):
        """Return the next count 64-bit words as a list."""
        draw = self.next_uint64
        return [draw() for _ in range(count)]

    def uint32s(self, count):
        """Return the next count 32-bit words as a list."""
        draw = self.next_uint32
        return [draw() for _ in range(count)]

    def random_raw(self, size=None, output=True):
        """Return raw native words as NumPy does: one int for size None, else a uint64 array of that size.

        output=False draws the words and returns None.
        """
        if size is None:
            word = self._next_raw()
            return word if output else None
        from tinynet.core import dtypes
        from tinynet.random import sampling

        shape = sampling.shape_of_size(size)
        count = 1
        for dim in shape:
            count *= dim
        draw = self._next_raw
        words = [draw() for _ in range(count)]
        if not output:
            return None
        return sampling.build(words, shape, dtypes.as_dtype('uint64'))

    def _buffer_state(self, state):
        """Add the 32-bit buffer to a state dict."""
        state['has_uint32'] = self._has_uint32
        state['uinteger'] = self._uinteger
        return state

    def _check_state(self, value):
        """Return the 'state' entry of a state dict for this kind, with NumPy's errors for others."""
        if not isinstance(value, dict):
            raise TypeError('state must be a dict')
        name = type(self).__name__
        if value.get('bit_generator') != name:
            raise ValueError('state must be for a %s PRNG' % name)
        self._has_uint32 = int(value.get('has_uint32', 0))
        self._uinteger = int(value.get('uinteger', 0))
        return value['state']
