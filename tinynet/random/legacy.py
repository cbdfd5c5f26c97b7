"""NumPy's legacy global random generator, value for value.

``seed(n)`` followed by the same calls gives the same numbers as
``numpy.random.seed(n)`` does in NumPy: the same MT19937 stream
(``tinynet.mt19937``), the same 53-bit doubles, the same polar-method
Gaussians with a cached second value, the same masked rejection sampling for
integers and shuffles.

>>> seed(0)
>>> random_sample()
0.5488135039273248
>>> randint(10)
5
>>> standard_normal()
0.11849646073740812

A size of ``None`` gives a Python scalar; an int or a tuple gives an
``ndarray`` of that shape, filled in C (row-major) order: ``size=(2, 3)``
draws six values and lays them out as ``[[v0, v1, v2], [v3, v4, v5]]``.


The module functions use one global ``RandomState``, made on first use (so
importing seeds nothing, and ``seed(n)`` first makes it seeded with n); make
your own ``RandomState(seed)`` for an independent stream. On runtimes whose
standard ``random.Random`` has ``setstate`` (CPython, PyPy, Pyodide) the words
are drawn by its C code; elsewhere (MicroPython) by plain Python. Both give the
same stream.
"""

import math

from tinynet.random import bounded as _bounded
from tinynet.core import dtypes as _dtypes
from tinynet.random import mt19937
from tinynet.core import nested as _nested
from tinynet.random import sampling as _sampling

from tinynet.core.ndarray import ndarray as _ndarray

__all__ = [
    'RandomState', 'seed', 'get_state', 'set_state',
    'random', 'random_sample', 'sample', 'ranf', 'rand',
    'randn', 'standard_normal', 'normal', 'uniform', 'randint',
    'shuffle', 'permutation', 'choice',
]

# ---------------------------------------------------------------------------
# The generator
# ---------------------------------------------------------------------------

class RandomState:
    """A Mersenne Twister stream with NumPy's legacy methods: RandomState(seed) == numpy's.

    >>> rs = RandomState(42)
    >>> rs.random_sample()
    0.3745401188473625
    >>> rs.randint(100)
    92
    """

    def __init__(self, seed=None):
        if hasattr(seed, 'random_raw'):
            # a bit generator (or its class, refused there): the legacy algorithms on its words
            from tinynet.random.legacy_bits import adopt

            adopt(self, seed)
            return
        # seeded once, here: with the seed's words, or from the operating system for None
        self._bits = mt19937.new_generator(seed=None if seed is None else _seed_words(seed))
        self._has_gauss = 0
        self._gauss = 0.0

    def _is_legacy(self):
        """True while the words come from a Mersenne Twister engine (not another bit generator)."""
        return hasattr(self._bits, 'seed_by_array')

    def __str__(self):
        return 'RandomState(%s)' % ('MT19937' if self._is_legacy() else type(self._bits).__name__)

    def __getattr__(self, name):
        # Called only for names the class lacks. The distributions (binomial, gamma, ...) live in
        # legacy_distributions and join the class on first use, so a board that only draws uniforms
        # and normals never loads them.
        if name in DISTRIBUTIONS or name in ('tomaxint', '_exponential', '_poisson'):
            load_distributions()
            return getattr(self, name)
        raise AttributeError("'RandomState' object has no attribute %r" % name)

    def __repr__(self):
        return '%s at 0x%X' % (self, id(self))

    # -- state ---------------------------------------------------------------

    def seed(self, seed=None):
        """Reseed the generator: an int in [0, 2**32 - 1], a 1-d sequence of such ints, or None.

        An int seeds with init_genrand, a sequence with init_by_array, None
        from the operating system. Seeding forgets the cached Gaussian.

        >>> seed(1234)
        >>> random_sample()
        0.1915194503788923
        >>> seed(2**32)
        Traceback (most recent call last):
            ...
        ValueError: Seed must be between 0 and 2**32 - 1
        """
        if not self._is_legacy():
            raise TypeError('can only re-seed a MT19937 BitGenerator')
        if seed is None:
            self._bits.seed_from_entropy()
        else:
            words = _seed_words(seed)
            if isinstance(words, list):
                self._bits.seed_by_array(words)
            else:
                self._bits.seed(words)
        self._has_gauss = 0
        self._gauss = 0.0

    def get_state(self, legacy=True):
        """Return the state as NumPy does: ('MT19937', keys, pos, has_gauss, cached_gaussian).

        keys is an int64 array of the 624 words (tinynet has no uint32).
        With legacy=False the state is a dict, as in NumPy.

        >>> seed(0)
        >>> name, keys, pos, has_gauss, cached = get_state()
        >>> name, keys[:3].tolist(), pos, has_gauss, cached
        ('MT19937', [0, 1, 1812433255], 624, 0, 0.0)
        """
        if not self._is_legacy():
            from tinynet.random.legacy_bits import state_of

            return state_of(self, legacy)
        key, pos = self._bits.get_state()
        keys = _sampling.build(key, (len(key),), _dtypes.INT64)
        if legacy:
            return ('MT19937', keys, pos, self._has_gauss, self._gauss)
        return {'bit_generator': 'MT19937', 'state': {'key': keys, 'pos': pos},
                'has_gauss': self._has_gauss, 'gauss': self._gauss}

    def set_state(self, state):
        """Restore a state from get_state (a tuple or dict; NumPy's states work too).

        >>> seed(3)
        >>> saved = get_state()
        >>> first = randn()
        >>> set_state(saved)
        >>> randn() == first
        True
        """
        if not self._is_legacy():
            from tinynet.random.legacy_bits import restore_state

            restore_state(self, state)
            return
        if isinstance(state, dict):
            if 'bit_generator' not in state or 'state' not in state:
                raise ValueError('state dictionary is not valid.')
            name = state['bit_generator']
            key = state['state']['key']
            pos = state['state']['pos']
            has_gauss = state.get('has_gauss', 0)
            gauss = state.get('gauss', 0.0)
        elif isinstance(state, (tuple, list)):
            name = state[0]
            if name != 'MT19937':
                raise ValueError('set_state can only be used with legacy MT19937 state instances.')
            key = state[1]
            pos = state[2]
            has_gauss = state[3] if len(state) > 3 else 0
            gauss = state[4] if len(state) > 3 else 0.0
        else:
            raise TypeError('state must be a dict or a tuple.')
        if name != 'MT19937':
            raise ValueError('state must be for a MT19937 PRNG')
        if isinstance(key, _ndarray):
            key = list(key._values())
        self._bits.set_state(key, pos)
        self._has_gauss = int(has_gauss)
        self._gauss = float(gauss)

    # -- uniform doubles -----------------------------------------------------

    def random_sample(self, size=None):
        """Return doubles in [0, 1): ((a >> 5) * 2**26 + (b >> 6)) / 2**53 from two 32-bit words.

        >>> seed(0)
        >>> random_sample()
        0.5488135039273248
        >>> random_sample(3).shape
        (3,)
        """
        shape = _sampling.shape_of_size(size)
        if shape is None:
            return self._bits.next_double()
        return _sampling.build(self._bits.doubles(_nested.size_of(shape)), shape, _dtypes.FLOAT64)

    def random(self, size=None):
        """Return doubles in [0, 1); the same as random_sample.

        >>> seed(0)
        >>> random()
        0.5488135039273248
        """
        return self.random_sample(size)

    def rand(self, *dims):
        """Return doubles in [0, 1) of shape dims, given as separate arguments: rand(2, 3).

        >>> seed(0)
        >>> rand()
        0.5488135039273248
        >>> rand(2, 3).shape
        (2, 3)
        """
        if len(dims) == 0:
            return self.random_sample()
        _check_dims(dims)
        return self.random_sample(dims)

    def uniform(self, low=0.0, high=1.0, size=None):
        """Return doubles in [low, high): low + (high - low) * random_sample().

        >>> seed(0)
        >>> uniform(-1, 1)
        0.0976270078546495
        """
        if _sampling.is_scalar(low) and _sampling.is_scalar(high):
            low = float(_sampling.scalar_value(low))
            width = float(_sampling.scalar_value(high)) - low
            if not _sampling.is_finite(width):
                raise OverflowError('Range exceeds valid bounds')
            shape = _sampling.shape_of_size(size)
            next_double = self._bits.next_double
            if shape is None:
                return low + width * next_double()
            values = self._bits.doubles(_nested.size_of(shape))
            for i in range(len(values)):
                values[i] = low + width * values[i]
            return _sampling.build(values, shape, _dtypes.FLOAT64)
        shape, (lows, highs) = _sampling.broadcast_parameters(
            _sampling.shape_of_size(size), [_sampling.flatten(low), _sampling.flatten(high)], convert=float)
        widths = [h - l for l, h in zip(lows, highs)]
        for width in widths:
            if not _sampling.is_finite(width):
                raise OverflowError('Range exceeds valid bounds')
        doubles = self._bits.doubles(len(lows))
        values = [l + w * u for l, w, u in zip(lows, widths, doubles)]
        return _sampling.build(values, shape, _dtypes.FLOAT64)

    # -- Gaussians -----------------------------------------------------------

    def _next_gauss(self):
        """Return one standard normal by the polar method, caching the second value (legacy_gauss)."""
        if self._has_gauss:
            value = self._gauss
            self._has_gauss = 0
            self._gauss = 0.0
            return value
        next_double = self._bits.next_double
        while True:
            # a point uniform in the unit disc, origin excluded
            x1 = 2.0 * next_double() - 1.0
            x2 = 2.0 * next_double() - 1.0
            r2 = x1 * x1 + x2 * x2
            if r2 < 1.0 and r2 != 0.0:
                break
        f = math.sqrt(-2.0 * math.log(r2) / r2)
        self._gauss = f * x1
        self._has_gauss = 1
        return f * x2

    _normal = _next_gauss

    @property
    def _double(self):
        """The uniform doubles the distributions draw: the bit generator's next_double."""
        return self._bits.next_double

    def standard_normal(self, size=None):
        """Return samples of N(0, 1) by the polar method: f * x2, then f * x1, f = sqrt(-2 ln r2 / r2).

        >>> seed(0)
        >>> standard_normal()
        1.764052345967664
        >>> standard_normal((2, 2)).shape
        (2, 2)
        """
        shape = _sampling.shape_of_size(size)
        if shape is None:
            return self._next_gauss()
        return _sampling.build(_sampling.draws(self._next_gauss, _nested.size_of(shape)), shape, _dtypes.FLOAT64)

    def randn(self, *dims):
        """Return samples of N(0, 1) of shape dims, given as separate arguments: randn(2, 3).

        >>> seed(0)
        >>> randn()
        1.764052345967664
        >>> randn(3).shape
        (3,)
        """
        if len(dims) == 0:
            return self.standard_normal()
        _check_dims(dims)
        return self.standard_normal(dims)

    def normal(self, loc=0.0, scale=1.0, size=None):
        """Return samples of N(loc, scale**2): loc + scale * standard_normal().

        >>> seed(0)
        >>> normal(10, 2)
        13.528104691935328
        >>> normal(0, -1)
        Traceback (most recent call last):
            ...
        ValueError: scale < 0
        """
        if _sampling.is_scalar(loc) and _sampling.is_scalar(scale):
            loc = float(_sampling.scalar_value(loc))
            scale = float(_sampling.scalar_value(scale))
            if _sampling.is_negative(scale):
                raise ValueError('scale < 0')
            shape = _sampling.shape_of_size(size)
            if shape is None:
                return loc + scale * self._next_gauss()
            values = _sampling.draws(self._next_gauss, _nested.size_of(shape))
            for i in range(len(values)):
                values[i] = loc + scale * values[i]
            return _sampling.build(values, shape, _dtypes.FLOAT64)
        shape, (locs, scales) = _sampling.broadcast_parameters(
            _sampling.shape_of_size(size), [_sampling.flatten(loc), _sampling.flatten(scale)], convert=float)
        for value in scales:
            if _sampling.is_negative(value):
                raise ValueError('scale < 0')
        gauss = self._next_gauss
        values = [m + s * gauss() for m, s in zip(locs, scales)]
        return _sampling.build(values, shape, _dtypes.FLOAT64)

    # -- integers ------------------------------------------------------------

    def randint(self, low, high=None, size=None, dtype=int):
        """Return ints uniform in [low, high), or [0, low) when high is None, by masked rejection.

        >>> seed(0)
        >>> randint(10)
        5
        >>> randint(5, 3)
        Traceback (most recent call last):
            ...
        ValueError: low >= high
        """
        low, high, kind, shape = _sampling.integer_arguments(low, high, size, dtype, 'randint')
        if shape is not None and _nested.size_of(shape) == 0:
            return _sampling.build([], shape, kind)
        if _sampling.is_scalar(low) and _sampling.is_scalar(high):
            low, high = _sampling.closed_range(low, high, kind)   # [low, high] from here on
            count = 1 if shape is None else _nested.size_of(shape)
            values = self._bounded_ints(kind, [low] * count, [high - low] * count)
        else:
            shape, (lows, highs) = _sampling.broadcast_parameters(
                shape, [_sampling.flatten(low), _sampling.flatten(high)], convert=int)
            highs = [value - 1 for value in highs]
            for l, h in zip(lows, highs):
                _sampling.check_bounds(l, h, kind.name)
            values = self._bounded_ints(kind, lows, [h - l for l, h in zip(lows, highs)])
        if shape is None:
            if dtype is int or dtype is bool:
                return dtype(values[0])
            return kind.type(values[0])
        return _sampling.build(values, shape, kind)

    def _bounded_ints(self, kind, offsets, ranges):
        """Return offsets[i] + a uniform int in [0, ranges[i]] for each i, drawn as NumPy draws kind."""
        bits = self._bits
        if kind.name == 'int64':
            return [off + _bounded.random_interval(bits, rng) for off, rng in zip(offsets, ranges)]
        buffer = _bounded.SmallBuffer(bits, 8 if kind.name == 'uint8' else 1)
        values = [off + _bounded.masked_chunk(buffer, rng) for off, rng in zip(offsets, ranges)]
        if kind.name == 'bool':
            return [value != 0 for value in values]
        return values

    # -- permutations --------------------------------------------------------

    def shuffle(self, x):
        """Shuffle a list or an array in place along its first axis (Fisher-Yates from the end).

        >>> seed(0)
        >>> items = [0, 1, 2, 3, 4]
        >>> shuffle(items)
        >>> items
        [2, 0, 1, 3, 4]
        """
        if isinstance(x, _ndarray):
            if len(x.shape) == 0:
                raise TypeError('len() of unsized object')
            _sampling.shuffle_array(self._shuffled_range, x)
            return
        _bounded.shuffle_list(self._bits, x)

    def _shuffled_range(self, n):
        """Return list(range(n)) shuffled as shuffle shuffles a list of n items."""
        return _bounded.shuffled_range(self._bits, n)

    def permutation(self, x):
        """Return a shuffled arange(x) for an int x, or a shuffled copy of an array along its first axis.

        >>> seed(0)
        >>> permutation(5).tolist()
        [2, 0, 1, 3, 4]
        """
        if not isinstance(x, _ndarray):
            n = _sampling.index_or_none(x)
            if n is not None:
                values = _bounded.shuffled_range(self._bits, n)
                return _sampling.build(values, (len(values),), _dtypes.INT64)
        values, shape, dtype = _sampling.array_values(x)
        if len(shape) == 0:
            raise IndexError('x must be an integer or at least 1-dimensional')
        order = _bounded.shuffled_range(self._bits, shape[0])
        return _sampling.build(_sampling.permuted_values(values, shape, 0, order), shape, dtype)

    def choice(self, a, size=None, replace=True, p=None):
        """Return a random sample from a 1-d array, or from arange(a) for an int a.

        With p, a value is picked by u = random_sample() and the first index i with
        cdf[i] > u, where cdf = cumsum(p) / sum(p).

        >>> seed(0)
        >>> choice(5)
        4
        >>> choice([10, 20, 30], p=[0.1, 0.1, 0.8])
        np.int64(30)
        >>> choice(3, p=[0.5, 0.6, 0.1])
        Traceback (most recent call last):
            ...
        ValueError: probabilities do not sum to 1
        """
        shape = _sampling.shape_of_size(size)
        count = 1 if shape is None else _nested.size_of(shape)
        # the population: an int n (sample from arange(n)) or a 1-d array
        population = None
        if isinstance(a, _ndarray) and len(a.shape) == 0:
            a = a.tolist()
        pop_size = _sampling.index_or_none(a) if not isinstance(a, _ndarray) else None
        if pop_size is not None:
            if pop_size <= 0 and count != 0:
                raise ValueError('a must be greater than 0 unless no samples are taken')
        else:
            values, a_shape, a_dtype = _sampling.array_values(a)
            if len(a_shape) == 0:
                raise ValueError('a must be 1-dimensional or an integer')
            if len(a_shape) != 1:
                raise ValueError('a must be 1-dimensional')
            population = values
            pop_size = a_shape[0]
            if pop_size == 0 and count != 0:
                raise ValueError("'a' cannot be empty unless no samples are taken")
        # the probabilities: checked as NumPy checks them
        if p is not None:
            from tinynet.random import weighted as _weighted   # loaded only for choice with p

            weights = _weighted.checked_probabilities(p, pop_size, legacy=True)
        # the indices
        if replace:
            if p is not None:
                indices = _weighted.weighted_indices(self._bits, weights, count)
            else:
                indices = self._bounded_ints(_dtypes.INT64, [0] * count, [pop_size - 1] * count)
        else:
            if count > pop_size:
                raise ValueError("Cannot take a larger sample than population when 'replace=False'")
            if p is not None:
                indices = _weighted.unique_weighted_indices(self._bits, weights, count)
            else:
                indices = _bounded.shuffled_range(self._bits, pop_size)[:count]
        # the result
        if population is None:
            if shape is None:
                return indices[0]
            return _sampling.build(indices, shape, _dtypes.INT64)
        picked = [population[i] for i in indices]
        if shape is None:
            return a_dtype.type(picked[0])
        return _sampling.build(picked, shape, a_dtype)


def _seed_words(seed):
    """Return an int seed, or a list of 32-bit words for init_by_array, checked as NumPy checks them."""
    if hasattr(seed, 'squeeze') and not isinstance(seed, (list, tuple)):
        seed = seed.squeeze()
    if isinstance(seed, _ndarray) and len(seed.shape) == 0:
        seed = seed.tolist()
    index = _sampling.index_or_none(seed)
    if index is not None:
        if index < 0 or index > 0xFFFFFFFF:
            raise ValueError('Seed must be between 0 and 2**32 - 1')
        return index
    values, shape = _sampling.flatten(seed)
    if not values:
        raise ValueError('Seed must be non-empty')
    words = []
    for value in values:
        word = _sampling.index_or_none(value)
        if word is None:
            if isinstance(value, str):
                source = '<U%d' % max(len(v) for v in values if isinstance(v, str))
            else:
                source = 'float64'
            where = 'scalar' if len(shape) == 0 else 'array data'
            raise TypeError("Cannot cast %s from dtype('%s') to dtype('int64') according to the rule 'safe'"
                            % (where, source))
        words.append(word)
    if len(shape) != 1:
        raise ValueError('Seed array must be 1-d')
    for word in words:
        if word < 0 or word > 0xFFFFFFFF:
            raise ValueError('Seed must be between 0 and 2**32 - 1')
    return words


# ---------------------------------------------------------------------------
# The global generator behind the module functions, as numpy.random has
# ---------------------------------------------------------------------------

# It is made on first use, so importing tinynet.random seeds nothing: np.random.seed(n) makes it
# seeded with n, and any other first call makes it seeded from the operating system.

_global = None


def _state():
    """Return the global RandomState, made (and seeded from entropy) on first use."""
    global _global
    if _global is None:
        _global = RandomState()
    return _global


def seed(seed=None):
    """Reseed the global generator (making it, seeded once, on first use); see RandomState.seed.

    >>> seed(0); rand()
    0.5488135039273248
    """
    global _global
    if _global is None:
        _global = RandomState(seed)
    elif not _global._is_legacy():
        # set_bit_generator gave it another kind: that kind's own seeding
        from tinynet.random.legacy_bits import reseed_global

        reseed_global(_global, seed)
    else:
        _global.seed(seed)


def get_state(legacy=True):
    """Return the global generator's state; see RandomState.get_state."""
    return _state().get_state(legacy)


def set_state(state):
    """Restore the global generator's state; see RandomState.set_state."""
    _state().set_state(state)


def random_sample(size=None):
    """Return doubles in [0, 1) from the global generator; see RandomState.random_sample."""
    return _state().random_sample(size)


def random(size=None):
    """Return doubles in [0, 1) from the global generator; see RandomState.random."""
    return _state().random_sample(size)


sample = random_sample
ranf = random_sample


def _check_dims(dims):
    """Refuse bools among rand's and randn's dimensions, as NumPy does (other non-integers fail later)."""
    for n in dims:
        if isinstance(n, bool):
            raise TypeError("an integer is required")


def rand(*dims):
    """Return doubles in [0, 1) of shape dims from the global generator; see RandomState.rand."""
    return _state().rand(*dims)


def randn(*dims):
    """Return N(0, 1) samples of shape dims from the global generator; see RandomState.randn."""
    return _state().randn(*dims)


def standard_normal(size=None):
    """Return N(0, 1) samples from the global generator; see RandomState.standard_normal."""
    return _state().standard_normal(size)


def normal(loc=0.0, scale=1.0, size=None):
    """Return N(loc, scale**2) samples from the global generator; see RandomState.normal."""
    return _state().normal(loc, scale, size)


def uniform(low=0.0, high=1.0, size=None):
    """Return doubles in [low, high) from the global generator; see RandomState.uniform."""
    return _state().uniform(low, high, size)


def randint(low, high=None, size=None, dtype=int):
    """Return ints in [low, high) from the global generator; see RandomState.randint."""
    return _state().randint(low, high, size, dtype)


def shuffle(x):
    """Shuffle x in place with the global generator; see RandomState.shuffle."""
    _state().shuffle(x)


def permutation(x):
    """Return a shuffled copy or range from the global generator; see RandomState.permutation."""
    return _state().permutation(x)


def choice(a, size=None, replace=True, p=None):
    """Return a random sample of a from the global generator; see RandomState.choice."""
    return _state().choice(a, size, replace, p)


def _share_method_docs():
    """Give each module function above the docstring of the RandomState method it calls, whose examples call
    the module function: help(np.random.normal) shows the rule and an example.  (MicroPython keeps no
    docstrings and takes no function attributes; there this does nothing.)"""
    for name in ('get_state', 'set_state', 'random_sample', 'random', 'rand', 'randn', 'standard_normal',
                 'normal', 'uniform', 'randint', 'shuffle', 'permutation', 'choice'):
        try:
            globals()[name].__doc__ = getattr(RandomState, name).__doc__
        except (AttributeError, TypeError):
            pass


_share_method_docs()


# the distributions of the global generator: np.random.binomial(n, p) is the global RandomState's binomial
DISTRIBUTIONS = (
    'binomial', 'poisson', 'geometric', 'negative_binomial', 'hypergeometric', 'zipf', 'logseries',
    'standard_exponential', 'exponential', 'standard_gamma', 'gamma', 'beta', 'chisquare',
    'noncentral_chisquare', 'f', 'noncentral_f', 'standard_t', 'standard_cauchy', 'lognormal', 'wald',
    'laplace', 'logistic', 'gumbel', 'rayleigh', 'pareto', 'power', 'weibull', 'triangular', 'vonmises',
    'multinomial', 'dirichlet', 'multivariate_normal', 'random_integers', 'bytes',
)


def load_distributions():
    """Give RandomState the methods of LegacyDistributions (done once, on first use of any of them).

    >>> load_distributions()
    >>> RandomState(0).binomial(10, 0.5)
    5
    """
    if 'binomial' in RandomState.__dict__:
        return
    from tinynet.random.legacy_distributions import LegacyDistributions

    for name, value in LegacyDistributions.__dict__.items():
        if not name.startswith('__'):
            setattr(RandomState, name, value)


def _global_method(name):
    """Return a function that calls the global RandomState's method name."""
    def method(*args, **kwargs):
        return getattr(_state(), name)(*args, **kwargs)
    try:
        method.__name__ = name
        method.__qualname__ = name
    except (AttributeError, TypeError):   # MicroPython functions take no attributes
        pass
    return method


def global_distributions():
    """Return {name: function} for the module functions np.random.binomial, ..., documented as the methods.

    >>> seed(0)
    >>> global_distributions()['poisson'](3.0)
    5
    """
    load_distributions()
    functions = {}
    for name in DISTRIBUTIONS:
        method = _global_method(name)
        try:
            rule = getattr(RandomState, name).__doc__
            method.__doc__ = rule.replace('\n', '\n\n    Drawn from the global generator, as numpy.random.%s is.\n' % name, 1)
        except (AttributeError, TypeError):
            pass
        functions[name] = method
    return functions


def __getattr__(name):
    # legacy._global_state was once the RandomState itself; serve it as before (made on first use).
    # The module functions of the distributions are made on first use, with the methods they call.
    if name == '_global_state':
        return _state()
    if name in DISTRIBUTIONS:
        functions = global_distributions()
        globals().update(functions)
        return functions[name]
    raise AttributeError("module 'tinynet.random.legacy' has no attribute %r" % name)


__all__ += list(DISTRIBUTIONS)
