"""The bit generator under a RandomState: get_bit_generator, set_bit_generator, RandomState(bit_generator).

A ``RandomState`` draws its words from a bit generator. Seeded the legacy way
(``RandomState(seed)``, ``np.random.seed``) that is a Mersenne Twister engine,
and ``get_bit_generator()`` hands out an ``MT19937`` bit generator that shares
it, so both see one stream. ``set_bit_generator(bits)`` (or ``RandomState(bits)``)
makes the global generator draw from any bit generator: the legacy algorithms
(polar Gaussians, masked integers, ...) then run on that bit generator's words
and doubles, as in NumPy. Only an MT19937 can be re-seeded the legacy way;
``np.random.seed`` gives any other kind the state of ``type(bits)(seed)``.

>>> from tinynet.random import PCG64
>>> saved = get_bit_generator()
>>> set_bit_generator(PCG64(0))
>>> from tinynet.random import random
>>> random()
0.6369616873214543
>>> set_bit_generator(saved)
"""

from tinynet.random import bit_generators as _bit_generators
from tinynet.random.bit_generator import BitGenerator

__all__ = ['get_bit_generator', 'set_bit_generator', 'adopt', 'bit_generator_of', 'is_legacy_engine',
           'reseed_global', 'state_of', 'restore_state']


def _checked(bit_generator):
    """Return bit_generator if it is a BitGenerator instance, with NumPy's errors for a class or anything else."""
    if isinstance(bit_generator, type) and issubclass(bit_generator, BitGenerator):
        raise ValueError('Invalid bit generator. The bit generator must be instantized.')
    if not isinstance(bit_generator, BitGenerator):
        raise AttributeError("'%s' object has no attribute 'capsule'" % type(bit_generator).__name__)
    return bit_generator


def adopt(state, bit_generator):
    """Make the RandomState state draw from bit_generator (an MT19937 lends its engine), forgetting its cached Gaussian."""
    bit_generator = _checked(bit_generator)
    if isinstance(bit_generator, _bit_generators.MT19937):
        state._bits = bit_generator._engine      # legacy seeding and get_state work on the engine itself
    else:
        state._bits = bit_generator
    state._bit_generator = bit_generator
    state._has_gauss = 0
    state._gauss = 0.0


def is_legacy_engine(state):
    """Return True if the RandomState draws from a Mersenne Twister engine (legacy seeding and states work)."""
    return not isinstance(state._bits, BitGenerator)


def bit_generator_of(state):
    """Return the RandomState's bit generator: made once, for a legacy engine, as an MT19937 sharing it."""
    bits = getattr(state, '_bit_generator', None)
    if bits is None or (is_legacy_engine(state) and bits._engine is not state._bits):
        bits = _bit_generators.MT19937.__new__(_bit_generators.MT19937)
        bits._seed_seq = None      # seeded the legacy way, as NumPy's has no SeedSequence then
        bits._has_uint32 = 0
        bits._uinteger = 0
        bits._engine = state._bits
        state._bit_generator = bits
    return bits


def state_of(state, legacy):
    """Return the state dict of a RandomState on a bit generator other than MT19937 (legacy asks for a warning)."""
    if legacy:
        _warn('get_state and legacy can only be used with the MT19937 BitGenerator. To silence this warning, '
              'set `legacy` to False.')
    result = dict(state._bits.state)
    result['has_uint32'] = state._bits._has_uint32
    result['uinteger'] = state._bits._uinteger
    result['has_gauss'] = state._has_gauss
    result['gauss'] = state._gauss
    return result


def restore_state(state, value):
    """Set a RandomState on a bit generator other than MT19937 from a state dict (a legacy tuple is refused)."""
    if isinstance(value, (tuple, list)):
        raise ValueError('state must be for a %s RNG' % type(state._bits).__name__)
    if not isinstance(value, dict):
        raise TypeError('state must be a dict or a tuple.')
    state._bits.state = value
    state._has_gauss = int(value.get('has_gauss', 0))
    state._gauss = float(value.get('gauss', 0.0))


def reseed_global(state, seed):
    """np.random.seed(seed) on a global RandomState drawing from a bit generator other than MT19937."""
    state._bits.state = type(state._bits)(seed).state


def get_bit_generator():
    """Return the bit generator under the global RandomState (the legacy MT19937 unless set_bit_generator changed it).

    It shares the global generator's stream: drawing from one moves the other.

    >>> from tinynet.random import seed, random
    >>> seed(5)
    >>> bits = get_bit_generator()
    >>> bits.random_raw(), random()
    (953453411, 0.055180123975368534)
    >>> get_bit_generator() is bits
    True
    """
    from tinynet.random.legacy import _state

    return bit_generator_of(_state())


def set_bit_generator(bitgen):
    """Make the global RandomState (np.random.random, np.random.binomial, ...) draw from bitgen, an instantiated BitGenerator.

    The legacy algorithms stay; only the words change. The cached Gaussian is dropped.

    >>> from tinynet.random import SFC64, randint
    >>> saved = get_bit_generator()
    >>> set_bit_generator(SFC64(1))
    >>> randint(5, size=3).tolist()
    [0, 4, 2]
    >>> set_bit_generator(SFC64)
    Traceback (most recent call last):
        ...
    ValueError: Invalid bit generator. The bit generator must be instantized.
    >>> set_bit_generator(saved)
    """
    from tinynet.random.legacy import _state

    adopt(_state(), bitgen)


def _warn(message):
    try:
        import warnings
    except ImportError:   # MicroPython
        print('RuntimeWarning: ' + message)
        return
    warnings.warn(message, RuntimeWarning, stacklevel=4)
