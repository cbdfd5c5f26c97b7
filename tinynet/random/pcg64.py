"""PCG64 and SeedSequence: the bit generator behind NumPy's ``default_rng``.

A seed becomes a stream of 64-bit words in two steps, as in NumPy:

1. ``SeedSequence(seed)`` hashes the seed's 32-bit words into a *pool* of
   four 32-bit words, and ``generate_state`` stretches the pool into as many
   well-mixed words as a bit generator needs.
2. ``PCG64`` takes four 64-bit words from it as a 128-bit start state and a
   128-bit increment, and then steps the linear congruential generator
   ``state = state * 0x2360ED051FC65DA44385DF649FCCF645 + inc (mod 2**128)``.
   Each word it returns is the new state put through the XSL-RR output
   function: xor the two 64-bit halves, then rotate right by the top 6 bits.

The state is one Python int of 128 bits (``_state``), the odd increment
(``_inc``), and a one-word buffer for 32-bit draws: a 64-bit word serves two
of them, the low half first.

>>> bits = PCG64(42)
>>> bits.next_uint64()
14276969152011380360
>>> bits.next_double()
0.4388784397520523
>>> bits.next_uint32(), bits.next_uint32()
(1859786276, 3687649986)

Plain Python with big ints: it runs everywhere, MicroPython too. Seeds are
read as integers the way both random generators read them
(``tinynet.sampling.index_or_none``).
"""

from tinynet.random.bit_generator import BitGenerator
from tinynet.random.sampling import index_or_none

__all__ = ['SeedSequence', 'PCG64']

_MASK32 = 0xFFFFFFFF
_MASK64 = 0xFFFFFFFFFFFFFFFF
_MASK128 = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF
MULTIPLIER = 0x2360ED051FC65DA44385DF649FCCF645   # PCG's default 128-bit multiplier
_TWO_POW_MINUS_53 = 1.0 / 9007199254740992.0

# SeedSequence's hash constants (O'Neill's seed_seq_fe) and its default pool of 4 words
_INIT_A = 0x43B0D7E5
_MULT_A = 0x931E8875
_INIT_B = 0x8B51F9DD
_MULT_B = 0x58F38DED
_MIX_MULT_L = 0xCA01F9DD
_MIX_MULT_R = 0x4973F715
_XSHIFT = 16
DEFAULT_POOL_SIZE = 4


# ---------------------------------------------------------------------------
# Seeds as 32-bit words
# ---------------------------------------------------------------------------

def _int_words(n):
    """Return a non-negative int as its 32-bit words, least significant first ([0] for 0)."""
    if n < 0:
        raise ValueError('expected non-negative integer')
    if n == 0:
        return [0]
    words = []
    while n > 0:
        words.append(n & _MASK32)
        n >>= 32
    return words


def _entropy_words(entropy):
    """Return the 32-bit words of an int or of a (nested) sequence of ints, as NumPy coerces them."""
    number = index_or_none(entropy)
    if number is not None:
        return _int_words(number)
    if isinstance(entropy, str):
        text = entropy.strip()
        base = 16 if text.startswith('0x') else 8 if text.startswith('0') and len(text) > 1 else 10
        return _int_words(int(text, base))
    if hasattr(entropy, 'tolist'):
        entropy = entropy.tolist()   # a NumPy or tinynet array
    if not isinstance(entropy, (list, tuple, range)):
        raise TypeError('seed must be integer')
    words = []
    for item in entropy:
        words.extend(_entropy_words(item))
    return words


def _check_entropy(entropy):
    """Raise NumPy's TypeError unless entropy is an int or a sequence (list, tuple, range, array)."""
    if index_or_none(entropy) is not None:
        return
    if isinstance(entropy, (list, tuple, range)):
        return
    if hasattr(entropy, 'tolist') and hasattr(entropy, 'shape'):
        if len(entropy.shape) == 0:
            raise TypeError('len() of unsized object')
        return
    raise TypeError('SeedSequence expects int or sequence of ints for entropy not %s' % (entropy,))


def _fresh_entropy():
    """Return 128 unpredictable bits from the operating system, or from the clock if it has none."""
    try:
        import os
        return int.from_bytes(os.urandom(16), 'little')
    except (ImportError, AttributeError, NotImplementedError, OSError):
        pass
    import time
    bits = int(time.time() * 1000000) & _MASK64
    if hasattr(time, 'ticks_us'):
        bits = (bits << 32) ^ (time.ticks_us() & _MASK32)
    try:
        import random as stdlib_random
        bits = (bits << 32) ^ stdlib_random.getrandbits(32)
    except (ImportError, AttributeError):
        pass
    return (bits ^ (id(bits) << 64)) & _MASK128


# ---------------------------------------------------------------------------
# SeedSequence: hash a seed into a pool, stretch the pool into words
# ---------------------------------------------------------------------------

def _hashmix(value, hash_const):
    """Return hash(value) and the next hash constant: v ^= c; c *= MULT_A; v *= c; v ^= v >> 16."""
    value ^= hash_const
    hash_const = (hash_const * _MULT_A) & _MASK32
    value = (value * hash_const) & _MASK32
    return value ^ (value >> _XSHIFT), hash_const


def _mix(x, y):
    """Return the mix of two words: r = L * x - R * y (mod 2**32); r ^= r >> 16."""
    result = (_MIX_MULT_L * x - _MIX_MULT_R * y) & _MASK32
    return result ^ (result >> _XSHIFT)


def mix_entropy(entropy, pool_size=DEFAULT_POOL_SIZE):
    """Return the pool of pool_size words that a list of 32-bit entropy words hashes into.

    First each pool word takes one hashed entropy word (hashed zeros past the
    end), then every pool word is mixed into every other, so late words
    reach early ones; entropy beyond the pool is mixed into each pool word.

    >>> mix_entropy([42])
    [1662858758, 128880814, 1875164712, 753753205]
    """
    hash_const = _INIT_A
    pool = []
    for i in range(pool_size):
        word = entropy[i] if i < len(entropy) else 0
        hashed, hash_const = _hashmix(word, hash_const)
        pool.append(hashed)
    for i_src in range(pool_size):
        for i_dst in range(pool_size):
            if i_src != i_dst:
                hashed, hash_const = _hashmix(pool[i_src], hash_const)
                pool[i_dst] = _mix(pool[i_dst], hashed)
    for i_src in range(pool_size, len(entropy)):
        for i_dst in range(pool_size):
            hashed, hash_const = _hashmix(entropy[i_src], hash_const)
            pool[i_dst] = _mix(pool[i_dst], hashed)
    return pool


class SeedSequence:
    """A seed hashed into a pool of 32-bit words, as NumPy's SeedSequence: same pool, same state words.

    >>> seq = SeedSequence(42)
    >>> seq.pool
    [1662858758, 128880814, 1875164712, 753753205]
    >>> seq.generate_state(2)
    [3444837047, 2669555309]
    """

    def __init__(self, entropy=None, spawn_key=(), pool_size=DEFAULT_POOL_SIZE, n_children_spawned=0):
        if entropy is None:
            entropy = _fresh_entropy()
        else:
            _check_entropy(entropy)
        self.entropy = entropy
        self.spawn_key = tuple(spawn_key)
        self.pool_size = pool_size
        self.n_children_spawned = n_children_spawned
        self.pool = mix_entropy(self._assembled_entropy(), pool_size)

    def __repr__(self):
        lines = ['SeedSequence(', '    entropy=%r,' % (self.entropy,)]
        if self.spawn_key:
            lines.append('    spawn_key=%r,' % (self.spawn_key,))
        if self.pool_size != DEFAULT_POOL_SIZE:
            lines.append('    pool_size=%r,' % (self.pool_size,))
        if self.n_children_spawned:
            lines.append('    n_children_spawned=%r,' % (self.n_children_spawned,))
        lines.append(')')
        return '\n'.join(lines)

    def _assembled_entropy(self):
        """Return the seed's words, padded with zeros to the pool size when a spawn key follows."""
        words = _entropy_words(self.entropy)
        spawn_words = _entropy_words(list(self.spawn_key))
        if spawn_words and len(words) < self.pool_size:
            words = words + [0] * (self.pool_size - len(words))
        return words + spawn_words

    def generate_state(self, n_words, dtype='uint32'):
        """Return n_words words stretched from the pool: w = pool[i % n] ^ c; c *= MULT_B; w *= c; w ^= w >> 16.

        dtype 'uint32' gives 32-bit words; 'uint64' joins pairs of them, the
        first as the low half. NumPy returns an array; here it is a list of ints.

        >>> SeedSequence(0).generate_state(2, 'uint64')
        [15793235383387715774, 12390638538380655177]
        """
        name = getattr(dtype, '__name__', None) or getattr(dtype, 'name', None) or dtype
        if name not in ('uint32', 'uint64'):
            raise ValueError('only support uint32 or uint64')
        count = n_words * 2 if name == 'uint64' else n_words
        hash_const = _INIT_B
        words = []
        pool = self.pool
        for i in range(count):
            word = pool[i % len(pool)] ^ hash_const
            hash_const = (hash_const * _MULT_B) & _MASK32
            word = (word * hash_const) & _MASK32
            words.append(word ^ (word >> _XSHIFT))
        if name == 'uint64':
            return [words[2 * i] | (words[2 * i + 1] << 32) for i in range(n_words)]
        return words

    def spawn(self, n_children):
        """Return n_children independent SeedSequences: the same entropy, spawn keys extended by 0, 1, ...

        >>> children = SeedSequence(7).spawn(2)
        >>> children[1].spawn_key, children[1].generate_state(1)
        ((1,), [3618983171])
        """
        start = self.n_children_spawned
        children = [SeedSequence(self.entropy, self.spawn_key + (i,), self.pool_size)
                    for i in range(start, start + n_children)]
        self.n_children_spawned += n_children
        return children


# ---------------------------------------------------------------------------
# PCG64: a 128-bit LCG with the XSL-RR output function
# ---------------------------------------------------------------------------

def _output(state):
    """Return XSL-RR of a 128-bit state: (high ^ low) rotated right by state >> 122."""
    x = ((state >> 64) ^ state) & _MASK64
    rot = state >> 122
    return ((x >> rot) | (x << (64 - rot))) & _MASK64


class PCG64(BitGenerator):
    """NumPy's PCG64 bit generator: PCG64(seed) gives numpy.random.PCG64(seed)'s words.

    The seed goes through SeedSequence; its first four 64-bit words are the
    start state (high, low) and the stream selector (high, low).

    >>> bits = PCG64(0)
    >>> bits.random_raw(2).tolist()
    [11749869230777074271, 4976686463289251617]
    """

    def __init__(self, seed=None):
        BitGenerator.__init__(self, seed)
        words = self._seed_seq.generate_state(4, 'uint64')
        self._seed_state((words[0] << 64) | words[1], (words[2] << 64) | words[3])

    def __repr__(self):
        return 'PCG64()'

    def _seed_state(self, initstate, initseq):
        """Start the LCG as PCG's srandom does: inc = 2 * initseq + 1, one step, add initstate, one step."""
        inc = ((initseq << 1) | 1) & _MASK128
        state = inc                                    # one step from 0
        state = (state + initstate) & _MASK128
        self._state = (state * MULTIPLIER + inc) & _MASK128
        self._inc = inc
        self._has_uint32 = 0
        self._uinteger = 0

    # -- state -----------------------------------------------------------------

    @property
    def state(self):
        """The state as NumPy's dict: {'bit_generator': 'PCG64', 'state': {'state', 'inc'}, ...}.

        >>> PCG64(42).state['state']['inc']
        332724090758049132448979897138935081983
        """
        return {'bit_generator': 'PCG64',
                'state': {'state': self._state, 'inc': self._inc},
                'has_uint32': self._has_uint32, 'uinteger': self._uinteger}

    @state.setter
    def state(self, value):
        if not isinstance(value, dict):
            raise TypeError('state must be a dict')
        if value.get('bit_generator') != 'PCG64':
            raise ValueError('state must be for a PCG64 RNG')
        self._state = int(value['state']['state']) & _MASK128
        self._inc = int(value['state']['inc']) & _MASK128
        self._has_uint32 = int(value['has_uint32'])
        self._uinteger = int(value['uinteger'])

    def advance(self, delta):
        """Advance the stream by delta words as if that many were drawn (PCG's jump-ahead).

        It composes delta steps of x -> a * x + c in O(log delta) squarings,
        and empties the 32-bit buffer, as NumPy's advance does.

        >>> a, b = PCG64(3), PCG64(3)
        >>> _ = a.random_raw(5)
        >>> b.advance(5).next_uint64() == a.next_uint64()
        True
        """
        delta = int(delta) & _MASK128
        acc_mult, acc_plus = 1, 0
        cur_mult, cur_plus = MULTIPLIER, self._inc
        while delta > 0:
            if delta & 1:
                acc_mult = (acc_mult * cur_mult) & _MASK128
                acc_plus = (acc_plus * cur_mult + cur_plus) & _MASK128
            cur_plus = ((cur_mult + 1) * cur_plus) & _MASK128
            cur_mult = (cur_mult * cur_mult) & _MASK128
            delta >>= 1
        self._state = (acc_mult * self._state + acc_plus) & _MASK128
        self._has_uint32 = 0
        self._uinteger = 0
        return self

    def jumped(self, jumps=1):
        """Return a copy advanced by jumps * 210306068529402873165736369884012333109 words (2**128 (phi - 1)).

        >>> PCG64(0).jumped().next_uint64() == PCG64(0).advance(210306068529402873165736369884012333109).next_uint64()
        True
        """
        copy = PCG64(self._seed_seq)
        copy.state = self.state
        return copy.advance(210306068529402873165736369884012333109 * int(jumps))

    # -- draws -----------------------------------------------------------------

    def next_uint64(self):
        """Return the next 64-bit word: step the LCG, then XSL-RR of the new state.

        >>> PCG64(42).next_uint64()
        14276969152011380360
        """
        state = (self._state * MULTIPLIER + self._inc) & _MASK128
        self._state = state
        x = ((state >> 64) ^ state) & _MASK64
        rot = state >> 122
        return ((x >> rot) | (x << (64 - rot))) & _MASK64

    def next_uint32(self):
        """Return the next 32-bit word: the low half of a fresh 64-bit word, then its high half.

        >>> bits = PCG64(42)
        >>> bits.next_uint32(), bits.next_uint32()
        (383329928, 3324115917)
        """
        if self._has_uint32:
            self._has_uint32 = 0
            return self._uinteger
        word = self.next_uint64()
        self._has_uint32 = 1
        self._uinteger = word >> 32
        return word & _MASK32

    def next_double(self):
        """Return a double in [0, 1): (next_uint64() >> 11) * 2**-53.

        >>> PCG64(42).next_double()
        0.7739560485559633
        """
        state = (self._state * MULTIPLIER + self._inc) & _MASK128
        self._state = state
        x = ((state >> 64) ^ state) & _MASK64
        rot = state >> 122
        return ((((x >> rot) | (x << (64 - rot))) & _MASK64) >> 11) * _TWO_POW_MINUS_53

    def uint64s(self, count):
        """Return the next count 64-bit words as a list (the loop of next_uint64, inlined).

        >>> PCG64(42).uint64s(2)
        [14276969152011380360, 8095878257575067585]
        """
        state = self._state
        inc = self._inc
        multiplier = MULTIPLIER
        mask64 = _MASK64
        mask128 = _MASK128
        words = []
        append = words.append
        for _ in range(count):
            state = (state * multiplier + inc) & mask128
            x = ((state >> 64) ^ state) & mask64
            rot = state >> 122
            append(((x >> rot) | (x << (64 - rot))) & mask64)
        self._state = state
        return words

    def doubles(self, count):
        """Return the next count doubles in [0, 1) as a list (the loop of next_double, inlined).

        >>> PCG64(42).doubles(2)
        [0.7739560485559633, 0.4388784397520523]
        """
        state = self._state
        inc = self._inc
        multiplier = MULTIPLIER
        mask64 = _MASK64
        mask128 = _MASK128
        scale = _TWO_POW_MINUS_53
        values = []
        append = values.append
        for _ in range(count):
            state = (state * multiplier + inc) & mask128
            x = ((state >> 64) ^ state) & mask64
            rot = state >> 122
            append(((((x >> rot) | (x << (64 - rot))) & mask64) >> 11) * scale)
        self._state = state
        return values
