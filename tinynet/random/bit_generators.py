"""The bit generators MT19937, PCG64DXSM, Philox and SFC64, seeded through SeedSequence as NumPy seeds them.

(PCG64, the default, lives in ``pcg64``.) Each gives NumPy's words for the same seed:

- ``MT19937(seed)``: the Mersenne Twister with key[0] = 2**31 and key[1:] from
  ``generate_state(624)[1:]``, position 623 (not the legacy ``RandomState`` seeding);
- ``PCG64DXSM(seed)``: PCG's 128-bit LCG with the cheap multiplier 0xda942042e4dd58b5 and
  the DXSM output function on the state before each step;
- ``Philox(seed)``: Philox-4x64 with 10 rounds, a 256-bit counter and a 128-bit key
  (``generate_state(2, uint64)``), four words per block;
- ``SFC64(seed)``: Chris Doty-Humphrey's small fast chaotic generator, three words from
  ``generate_state(3, uint64)`` and a counter, run 12 steps.

>>> MT19937(0).random_raw(), PCG64DXSM(0).random_raw(), Philox(0).random_raw()
(2058676884, 15672045205194312304, 259491006799949737)

Plain Python on big ints; they run everywhere, slowly on 32-bit MicroPython ports.
"""

from tinynet.random import mt19937 as _mt
from tinynet.random.bit_generator import BitGenerator

__all__ = ['MT19937', 'PCG64DXSM', 'Philox', 'SFC64']

_MASK64 = 0xFFFFFFFFFFFFFFFF
_MASK128 = (1 << 128) - 1
_MASK256 = (1 << 256) - 1
_PCG_MULTIPLIER = 0x2360ED051FC65DA44385DF649FCCF645
JUMP_STEP = 210306068529402873165736369884012333109   # PCG's jumped: about 2**128 (phi - 1)


class MT19937(BitGenerator):
    """NumPy's MT19937 bit generator (for Generator): SeedSequence seeding, 32-bit native words.

    >>> MT19937(0).random_raw(2).tolist()
    [2058676884, 2606108953]
    """

    def __init__(self, seed=None):
        BitGenerator.__init__(self, seed)
        words = self._seed_seq.generate_state(_mt.STATE_SIZE)
        words[0] = 0x80000000   # the top bit set: the key is never all zero
        self._engine = _mt.new_generator(seed=0)
        self._engine.set_state(words, _mt.STATE_SIZE - 1)

    @property
    def state(self):
        """{'bit_generator': 'MT19937', 'state': {'key': [624 words], 'pos': int}}."""
        key, pos = self._engine.get_state()
        return {'bit_generator': 'MT19937', 'state': {'key': key, 'pos': pos}}

    @state.setter
    def state(self, value):
        inner = self._check_state(value)
        key = inner['key']
        key = key.tolist() if hasattr(key, 'tolist') else list(key)
        self._engine.set_state(key, inner['pos'])

    def next_uint32(self):
        return self._engine.next_uint32()

    def _next_raw(self):
        return self._engine.next_uint32()

    def next_uint64(self):
        """Return two 32-bit words as one, the first as the high half."""
        return self._engine.next_uint64()

    def next_double(self):
        """Return ((a >> 5) * 2**26 + (b >> 6)) / 2**53 from two words, as the legacy generator does."""
        return self._engine.next_double()

    def doubles(self, count):
        return self._engine.doubles(count)


class PCG64DXSM(BitGenerator):
    """NumPy's PCG64DXSM: the output is DXSM of the state before the step state = state * 0xda942042e4dd58b5 + inc.

    DXSM: hi ^= hi >> 32; hi *= 0xda942042e4dd58b5; hi ^= hi >> 48; hi *= (lo | 1), all mod 2**64.

    >>> PCG64DXSM(0).random_raw(2).tolist()
    [15672045205194312304, 10230625629676741203]
    """

    _MULTIPLIER = 0xDA942042E4DD58B5

    def __init__(self, seed=None):
        BitGenerator.__init__(self, seed)
        words = self._seed_seq.generate_state(4, 'uint64')
        initstate = (words[0] << 64) | words[1]
        initseq = (words[2] << 64) | words[3]
        # seeded as PCG64 is, with PCG's 128-bit multiplier; only the draws use the cheap one
        inc = ((initseq << 1) | 1) & _MASK128
        state = inc                                   # one step from 0
        state = (state + initstate) & _MASK128
        self._state = (state * _PCG_MULTIPLIER + inc) & _MASK128
        self._inc = inc

    @property
    def state(self):
        """{'bit_generator': 'PCG64DXSM', 'state': {'state': int, 'inc': int}, 'has_uint32', 'uinteger'}."""
        return self._buffer_state({'bit_generator': 'PCG64DXSM', 'state': {'state': self._state, 'inc': self._inc}})

    @state.setter
    def state(self, value):
        inner = self._check_state(value)
        self._state = int(inner['state']) & _MASK128
        self._inc = int(inner['inc']) & _MASK128

    def next_uint64(self):
        state = self._state
        hi = state >> 64
        lo = (state & _MASK64) | 1
        hi ^= hi >> 32
        hi = (hi * 0xDA942042E4DD58B5) & _MASK64
        hi ^= hi >> 48
        hi = (hi * lo) & _MASK64
        self._state = (state * 0xDA942042E4DD58B5 + self._inc) & _MASK128
        return hi

    def advance(self, delta):
        """Advance the stream by delta words in O(log delta) steps, and empty the 32-bit buffer."""
        self._state = _lcg_advance(self._state, delta, self._MULTIPLIER, self._inc)
        self._has_uint32 = 0
        self._uinteger = 0
        return self

    def jumped(self, jumps=1):
        """Return a copy advanced by jumps * 210306068529402873165736369884012333109 words (2**128 (phi - 1)).

        >>> PCG64DXSM(0).jumped().random_raw() == PCG64DXSM(0).advance(JUMP_STEP).random_raw()
        True
        """
        copy = PCG64DXSM(self._seed_seq)
        copy.state = self.state
        return copy.advance(JUMP_STEP * int(jumps))


def _lcg_advance(state, delta, multiplier, inc):
    """Return the LCG state after delta steps of x -> a x + c, by squaring (Brown's jump-ahead)."""
    delta = int(delta) & _MASK128
    acc_mult, acc_plus = 1, 0
    cur_mult, cur_plus = multiplier, inc
    while delta > 0:
        if delta & 1:
            acc_mult = (acc_mult * cur_mult) & _MASK128
            acc_plus = (acc_plus * cur_mult + cur_plus) & _MASK128
        cur_plus = ((cur_mult + 1) * cur_plus) & _MASK128
        cur_mult = (cur_mult * cur_mult) & _MASK128
        delta >>= 1
    return (acc_mult * state + acc_plus) & _MASK128


class Philox(BitGenerator):
    """NumPy's Philox (4x64, 10 rounds): a counter-based generator, four words per counter value.

    Each round multiplies counter words 0 and 2 by 0xD2E7470EE14C6C93 and 0xCA5A826395121157
    into (hi, lo) halves and gives (hi1 ^ c1 ^ k0, lo1, hi0 ^ c3 ^ k1, lo0); between rounds
    the key grows by (0x9E3779B97F4A7C15, 0xBB67AE8584CAA73B).

    >>> Philox(0).random_raw(5).tolist()[4]
    18061843536446043542
    """

    def __init__(self, seed=None, counter=None, key=None):
        if key is not None and seed is not None:
            raise ValueError('seed and key cannot be both used')
        BitGenerator.__init__(self, seed)
        if key is None:
            key = self._seed_seq.generate_state(2, 'uint64')
        else:
            key = _words(key, 2)
        self._key = list(key)
        self._counter = _words(counter, 4) if counter is not None else [0, 0, 0, 0]
        self._buffer = [0, 0, 0, 0]
        self._buffer_pos = 4

    @property
    def state(self):
        """{'bit_generator': 'Philox', 'state': {'counter', 'key'}, 'buffer', 'buffer_pos', 'has_uint32', 'uinteger'}."""
        return self._buffer_state({'bit_generator': 'Philox',
                                   'state': {'counter': list(self._counter), 'key': list(self._key)},
                                   'buffer': list(self._buffer), 'buffer_pos': self._buffer_pos})

    @state.setter
    def state(self, value):
        inner = self._check_state(value)
        self._counter = _words(inner['counter'], 4)
        self._key = _words(inner['key'], 2)
        self._buffer = _words(value['buffer'], 4)
        self._buffer_pos = int(value['buffer_pos'])

    def next_uint64(self):
        if self._buffer_pos < 4:
            word = self._buffer[self._buffer_pos]
            self._buffer_pos += 1
            return word
        counter = self._counter
        for i in range(4):           # increment the 256-bit counter
            counter[i] = (counter[i] + 1) & _MASK64
            if counter[i]:
                break
        self._buffer = _philox_block(counter, self._key)
        self._buffer_pos = 1
        return self._buffer[0]

    def advance(self, delta):
        """Add delta to the 256-bit counter (each step of it is 4 words) and empty the buffers."""
        value = 0
        for i in range(4):
            value |= self._counter[i] << (64 * i)
        value = (value + int(delta)) & _MASK256
        self._counter = [(value >> (64 * i)) & _MASK64 for i in range(4)]
        self._buffer = [0, 0, 0, 0]
        self._buffer_pos = 4
        self._has_uint32 = 0
        self._uinteger = 0
        return self

    def jumped(self, jumps=1):
        """Return a copy whose counter is advanced by jumps * 2**128.

        >>> Philox(0).jumped().state['state']['counter']
        [0, 0, 1, 0]
        """
        copy = Philox(self._seed_seq)
        copy.state = self.state
        return copy.advance(int(jumps) << 128)


def _words(value, count):
    """Return count 64-bit words from a list or array of them, or from one int (least significant first)."""
    if hasattr(value, 'tolist'):
        value = value.tolist()
    if isinstance(value, (list, tuple)):
        words = [int(v) & _MASK64 for v in value]
        if len(words) != count:
            raise ValueError('expected %d words, got %d' % (count, len(words)))
        return words
    value = int(value)
    return [(value >> (64 * i)) & _MASK64 for i in range(count)]


def _philox_block(counter, key):
    """Return the four words of Philox-4x64-10 for one counter value and key."""
    c0, c1, c2, c3 = counter
    k0, k1 = key
    for round_ in range(10):
        if round_:
            k0 = (k0 + 0x9E3779B97F4A7C15) & _MASK64
            k1 = (k1 + 0xBB67AE8584CAA73B) & _MASK64
        product0 = 0xD2E7470EE14C6C93 * c0
        product1 = 0xCA5A826395121157 * c2
        c0, c1, c2, c3 = ((product1 >> 64) ^ c1 ^ k0, product1 & _MASK64,
                          (product0 >> 64) ^ c3 ^ k1, product0 & _MASK64)
    return [c0, c1, c2, c3]


class SFC64(BitGenerator):
    """NumPy's SFC64: tmp = a + b + w; w += 1; a = b ^ (b >> 11); b = c + (c << 3); c = rotl(c, 24) + tmp.

    >>> SFC64(0).random_raw(2).tolist()
    [10490465040999277362, 4331856608414834465]
    """

    def __init__(self, seed=None):
        BitGenerator.__init__(self, seed)
        a, b, c = self._seed_seq.generate_state(3, 'uint64')
        self._s = [a, b, c, 1]
        for _ in range(12):
            self.next_uint64()

    @property
    def state(self):
        """{'bit_generator': 'SFC64', 'state': {'state': [a, b, c, w]}, 'has_uint32', 'uinteger'}."""
        return self._buffer_state({'bit_generator': 'SFC64', 'state': {'state': list(self._s)}})

    @state.setter
    def state(self, value):
        self._s = _words(self._check_state(value)['state'], 4)

    def next_uint64(self):
        a, b, c, w = self._s
        tmp = (a + b + w) & _MASK64
        self._s = [b ^ (b >> 11), (c + (c << 3)) & _MASK64,
                   (((c << 24) | (c >> 40)) + tmp) & _MASK64, (w + 1) & _MASK64]
        return tmp
