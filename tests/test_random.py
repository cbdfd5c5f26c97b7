"""tinynet.random against NumPy's legacy generator: same seed, same calls, same numbers.

Every test draws from a tinynet RandomState and from ``numpy.random.RandomState`` with the same
seed and compares the results exactly. The tests run on both bit generators: the plain-Python
MT19937 (what MicroPython uses) and the one backed by the standard library's ``random.Random``.
"""
import math
import time

import numpy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tinynet.random import legacy, mt19937
from tinynet import random as tnr
from tinynet.core.ndarray import array as tn_array
from tinynet.core.ndarray import ndarray

BACKENDS = ['pure', 'fast']
SEEDS = st.integers(0, 2**32 - 1)
DIMS = st.integers(0, 6)
SIZES = st.one_of(st.none(), DIMS, st.tuples(DIMS), st.tuples(DIMS, DIMS))


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def make_state(seed, backend):
    """Return a tinynet RandomState on the chosen bit generator, seeded with seed."""
    state = tnr.RandomState(0)
    state._bits = mt19937.new_generator(fast=(backend == 'fast'))
    state.seed(seed)
    return state


def numpy_raw(seed, count):
    """Return NumPy's first count raw 32-bit words after legacy seeding."""
    bits = numpy.random.MT19937()
    bits._legacy_seeding(seed)
    return bits.random_raw(count).tolist()


def assert_same(ours, theirs):
    """Assert a tinynet result equals NumPy's: same type of scalar, or same shape, dtype and values."""
    if isinstance(theirs, numpy.ndarray):
        assert isinstance(ours, ndarray), (type(ours), theirs)
        assert ours.shape == theirs.shape, (ours.shape, theirs.shape)
        assert ours.dtype.name == theirs.dtype.name, (ours.dtype, theirs.dtype)
        assert ours.tolist() == theirs.tolist(), (ours.tolist(), theirs.tolist())
        return
    if isinstance(theirs, numpy.generic):
        assert type(ours).__name__ == type(theirs).__name__, (type(ours), type(theirs))
        assert ours == theirs.item(), (ours, theirs)
        return
    assert type(ours) is type(theirs), (type(ours), type(theirs))
    assert ours == theirs, (ours, theirs)


def outcome(call):
    """Return ('ok', result) or (exception class name, message) for call()."""
    try:
        return 'ok', call()
    except Exception as error:  # noqa: BLE001 - the exception itself is what is compared
        return type(error).__name__, str(error)


def both(seed, backend, call):
    """Run call(generator) on tinynet and NumPy with the same seed; assert the results agree."""
    ours = outcome(lambda: call(make_state(seed, backend)))
    theirs = outcome(lambda: call(numpy.random.RandomState(seed)))
    assert ours[0] == theirs[0], (ours, theirs)
    if ours[0] == 'ok':
        assert_same(ours[1], theirs[1])
    else:
        assert ours[1] == theirs[1], (ours, theirs)


def as_args(size):
    """Turn a size into the separate arguments rand and randn take."""
    if size is None:
        return ()
    if isinstance(size, int):
        return (size,)
    return tuple(size)


# ---------------------------------------------------------------------------
# the bit generators
# ---------------------------------------------------------------------------

@pytest.mark.parametrize('backend', BACKENDS)
@settings(max_examples=60, deadline=None)
@given(seed=SEEDS, count=st.integers(1, 1500))
def test_words_match_numpy_after_init_genrand(backend, seed, count):
    bits = mt19937.new_generator(fast=(backend == 'fast'))
    bits.seed(seed)
    half = count // 2
    words = [bits.next_uint32() for _ in range(half)] + bits.uint32s(count - half)
    assert words == numpy_raw(seed, count)


@pytest.mark.parametrize('backend', BACKENDS)
@settings(max_examples=40, deadline=None)
@given(words=st.lists(st.integers(0, 2**32 - 1), min_size=1, max_size=700))
def test_words_match_numpy_after_init_by_array(backend, words):
    bits = mt19937.new_generator(fast=(backend == 'fast'))
    bits.seed_by_array(words)
    assert bits.uint32s(700) == numpy_raw(words, 700)


@pytest.mark.parametrize('backend', BACKENDS)
@settings(max_examples=40, deadline=None)
@given(seed=SEEDS, skip=st.integers(0, 1300), count=st.integers(1, 20))
def test_64_bit_words_match_numpy(backend, seed, skip, count):
    # NumPy's mt19937_next64, which the masked draws of wide ranges use: high word first
    bits = mt19937.new_generator(fast=(backend == 'fast'))
    bits.seed(seed)
    theirs = numpy.random.MT19937()
    theirs._legacy_seeding(seed)
    theirs.random_raw(skip)
    bits.uint32s(skip)
    expected = [theirs.ctypes.next_uint64(theirs.ctypes.state) for _ in range(count)]
    assert [bits.next_uint64() for _ in range(count)] == expected


@settings(max_examples=40, deadline=None)
@given(seed=SEEDS, skip=st.integers(0, 1300), count=st.integers(1, 700))
def test_pure_and_fast_generators_agree(seed, skip, count):
    pure = mt19937.MT19937()
    fast = mt19937.FastMT19937()
    pure.seed(seed)
    fast.seed(seed)
    assert pure.uint32s(skip) == fast.uint32s(skip)
    assert pure.get_state() == fast.get_state()
    assert pure.doubles(count) == fast.doubles(count)
    assert [pure.next_double() for _ in range(3)] == [fast.next_double() for _ in range(3)]
    # a state moved from one to the other continues the same stream
    fast.set_state(*pure.get_state())
    assert pure.uint32s(count) == fast.uint32s(count)


@pytest.mark.parametrize('backend', BACKENDS)
@settings(max_examples=40, deadline=None)
@given(seed=SEEDS, count=st.integers(1, 700))
def test_doubles_match_numpy(backend, seed, count):
    bits = mt19937.new_generator(fast=(backend == 'fast'))
    bits.seed(seed)
    expected = numpy.random.RandomState(seed).random_sample(count).tolist()
    assert [bits.next_double()] + bits.doubles(count - 1) == expected


def test_init_genrand_key_matches_numpy():
    for seed in (0, 1, 5489, 2**32 - 1):
        assert mt19937.init_genrand(seed) == numpy.random.RandomState(seed).get_state()[1].tolist()


def test_new_generator_prefers_the_fast_one_on_cpython():
    assert mt19937.has_fast_generator()
    assert isinstance(mt19937.new_generator(), mt19937.FastMT19937)
    assert isinstance(legacy._global_state._bits, mt19937.FastMT19937)


# ---------------------------------------------------------------------------
# every drawing function against NumPy
# ---------------------------------------------------------------------------

@pytest.mark.parametrize('backend', BACKENDS)
@settings(max_examples=60, deadline=None)
@given(seed=SEEDS, size=SIZES)
def test_random_sample_and_aliases(backend, seed, size):
    both(seed, backend, lambda g: g.random_sample(size))
    both(seed, backend, lambda g: g.random(size))
    both(seed, backend, lambda g: g.rand(*as_args(size)))


@pytest.mark.parametrize('backend', BACKENDS)
@settings(max_examples=60, deadline=None)
@given(seed=SEEDS, size=SIZES)
def test_standard_normal_and_randn(backend, seed, size):
    both(seed, backend, lambda g: g.standard_normal(size))
    both(seed, backend, lambda g: g.randn(*as_args(size)))


FINITE = st.floats(-1e6, 1e6, allow_nan=False)
SCALE = st.floats(0, 1e6, allow_nan=False)


@pytest.mark.parametrize('backend', BACKENDS)
@settings(max_examples=60, deadline=None)
@given(seed=SEEDS, size=SIZES, loc=FINITE, scale=SCALE)
def test_normal(backend, seed, size, loc, scale):
    both(seed, backend, lambda g: g.normal(loc, scale, size))
    both(seed, backend, lambda g: [g.normal(), g.normal(loc), g.normal(scale=scale, loc=int(loc))])


@pytest.mark.parametrize('backend', BACKENDS)
@settings(max_examples=60, deadline=None)
@given(seed=SEEDS, size=SIZES, low=FINITE, high=FINITE)
def test_uniform(backend, seed, size, low, high):
    both(seed, backend, lambda g: g.uniform(low, high, size))
    both(seed, backend, lambda g: [g.uniform(), g.uniform(low), g.uniform(high=int(high))])


BOUND = st.one_of(st.integers(-300, 300), st.integers(-2**40, 2**40), st.integers(-2**63, 2**63 - 1))


@pytest.mark.parametrize('backend', BACKENDS)
@settings(max_examples=100, deadline=None)
@given(seed=SEEDS, size=SIZES, low=BOUND, high=BOUND)
def test_randint(backend, seed, size, low, high):
    both(seed, backend, lambda g: g.randint(low, high, size))
    both(seed, backend, lambda g: g.randint(high, size=size))


@pytest.mark.parametrize('backend', BACKENDS)
@settings(max_examples=60, deadline=None)
@given(seed=SEEDS, size=SIZES, low=st.integers(-1, 256), high=st.integers(-1, 257),
       dtype=st.sampled_from(['uint8', 'int64', 'bool', bool, int]))
def test_randint_dtypes(backend, seed, size, low, high, dtype):
    both(seed, backend, lambda g: g.randint(low, high, size, dtype=dtype))
    both(seed, backend, lambda g: g.randint(low % 3, size=size, dtype=dtype))


@pytest.mark.parametrize('backend', BACKENDS)
@pytest.mark.parametrize('low, high', [
    (-2**63, 2**63),            # the full 64-bit range: no rejection
    (0, 2**32),                 # exactly 32 bits
    (0, 2**32 + 1),             # just over: the 64-bit path
    (5, 6),                     # one value: no draw at all
    (2**63 - 10, 2**63 - 1),
    (0.5, 7.9),                 # floats are truncated, as NumPy does
])
def test_randint_edges(backend, low, high):
    for seed in (0, 1, 2**32 - 1):
        both(seed, backend, lambda g: g.randint(low, high, size=7))
        both(seed, backend, lambda g: [g.randint(low, high) for _ in range(3)])


@pytest.mark.parametrize('backend', BACKENDS)
@settings(max_examples=60, deadline=None)
@given(seed=SEEDS, n=st.integers(0, 60))
def test_shuffle_list(backend, seed, n):
    def shuffled(g):
        items = list(range(n))
        g.shuffle(items)
        return items
    both(seed, backend, shuffled)


@pytest.mark.parametrize('backend', BACKENDS)
@settings(max_examples=60, deadline=None)
@given(seed=SEEDS, rows=st.integers(0, 9), cols=st.integers(1, 4))
def test_shuffle_arrays_in_place(backend, seed, rows, cols):
    flat = [float(i) for i in range(rows * cols)]
    grid = [flat[r * cols:(r + 1) * cols] for r in range(rows)]
    for data in (flat, grid):
        ours = tn_array(data)
        theirs = numpy.array(data)
        make_state(seed, backend).shuffle(ours)
        numpy.random.RandomState(seed).shuffle(theirs)
        assert_same(ours, theirs)


def test_shuffling_rows_keeps_row_views_live():
    grid = tn_array([[0, 1], [2, 3], [4, 5], [6, 7]])
    first_row = grid[0]
    expected = numpy.array([[0, 1], [2, 3], [4, 5], [6, 7]])
    expected_first_row = expected[0]
    make_state(5, 'fast').shuffle(grid)
    numpy.random.RandomState(5).shuffle(expected)
    assert grid.tolist() == expected.tolist()
    assert first_row.tolist() == expected_first_row.tolist()


@pytest.mark.parametrize('backend', BACKENDS)
@settings(max_examples=60, deadline=None)
@given(seed=SEEDS, n=st.integers(-2, 60))
def test_permutation_of_int(backend, seed, n):
    both(seed, backend, lambda g: g.permutation(n))


@pytest.mark.parametrize('backend', BACKENDS)
@settings(max_examples=60, deadline=None)
@given(seed=SEEDS, rows=st.integers(1, 9), cols=st.integers(1, 4),
       kind=st.sampled_from(['int', 'float', 'bool']))
def test_permutation_of_array_is_a_shuffled_copy(backend, seed, rows, cols, kind):
    convert = {'int': int, 'float': float, 'bool': lambda i: i % 2 == 0}[kind]
    flat = [convert(i) for i in range(rows * cols)]
    grid = [flat[r * cols:(r + 1) * cols] for r in range(rows)]
    for data in (flat, grid):
        both(seed, backend, lambda g: g.permutation(data))
        source = tn_array(data)
        before = source.tolist()
        ours = make_state(seed, backend).permutation(source)
        assert source.tolist() == before
        assert_same(ours, numpy.random.RandomState(seed).permutation(numpy.array(data)))


@st.composite
def probabilities(draw, n):
    """Draw n non-negative weights normalised to sum to 1 (some of them zero)."""
    weights = draw(st.lists(st.one_of(st.just(0.0), st.floats(0.01, 10.0)), min_size=n, max_size=n))
    if sum(weights) == 0.0:
        weights[draw(st.integers(0, n - 1))] = 1.0
    total = sum(weights)
    return [w / total for w in weights]


@pytest.mark.parametrize('backend', BACKENDS)
@settings(max_examples=80, deadline=None)
@given(seed=SEEDS, data=st.data(), n=st.integers(1, 12), size=SIZES, replace=st.booleans(),
       with_p=st.booleans(), from_list=st.booleans())
def test_choice(backend, seed, data, n, size, replace, with_p, from_list):
    p = data.draw(probabilities(n)) if with_p else None
    population = [0.5 * i for i in range(n)] if from_list else n
    both(seed, backend, lambda g: g.choice(population, size, replace, p))


@pytest.mark.parametrize('backend', BACKENDS)
def test_choice_populations(backend):
    for population in ([True, False, True], [3, 1, 4, 1, 5], numpy.arange(4), range(3, 9)):
        both(7, backend, lambda g: g.choice(population, size=(2, 3)))
        both(7, backend, lambda g: g.choice(population, size=3, replace=False))
        both(7, backend, lambda g: g.permutation(population))
        both(7, backend, lambda g: [g.choice(population) for _ in range(4)])
    ours = tnr.default_rng(5).choice(range(2, 40, 3), size=(2, 2), replace=False)
    assert_same(ours, numpy.random.default_rng(5).choice(range(2, 40, 3), size=(2, 2), replace=False))
    ours = make_state(8, backend).choice(tn_array([2.5, 3.5]), size=5)
    assert_same(ours, numpy.random.RandomState(8).choice(numpy.array([2.5, 3.5]), size=5))


# ---------------------------------------------------------------------------
# array-valued parameters
# ---------------------------------------------------------------------------

@pytest.mark.parametrize('backend', BACKENDS)
@pytest.mark.parametrize('call', [
    lambda g: g.normal([1.0, 2.0, 3.0], 2.0),
    lambda g: g.normal(0.0, [[1.0], [2.0]]),
    lambda g: g.normal([1.0, 2.0, 3.0], [[1.0], [2.0]]),
    lambda g: g.normal([1.0, 2.0, 3.0], 1.0, size=(2, 3)),
    lambda g: g.normal([1.0, 2.0, 3.0], 1.0, size=2),
    lambda g: g.normal([1.0, 2.0, 3.0], 1.0, size=(3, 1)),
    lambda g: g.normal([1.0, 2.0], [1.0, -1.0]),
    lambda g: g.uniform([0.0, 10.0], [[1.0], [20.0], [30.0]]),
    lambda g: g.uniform(0.0, [1.0, math.inf]),
    lambda g: g.randint([0, 10, 100], 1000),
    lambda g: g.randint(0, [[2], [2**40]], size=(2, 3)),
    lambda g: g.randint([1, 3, 5, 7], [[10], [20]], dtype='uint8'),
    lambda g: g.randint([0, 5], 3),
    lambda g: g.randint([2**62 + 1, -2**63], 2**63 - 1),
], ids=lambda call: '')
def test_broadcast_parameters(backend, call):
    both(11, backend, call)


# ---------------------------------------------------------------------------
# state, seeding and interleaved calls
# ---------------------------------------------------------------------------

@pytest.mark.parametrize('backend', BACKENDS)
@settings(max_examples=40, deadline=None)
@given(seed=SEEDS, steps=st.lists(st.sampled_from(['rand', 'randn', 'randint', 'shuffle', 'normal',
                                                   'choice', 'permutation', 'uniform', 'reseed']),
                                  min_size=1, max_size=12))
def test_interleaved_calls_stay_in_step(backend, seed, steps):
    def run(g):
        results = []
        for step in steps:
            if step == 'rand':
                results.append(g.rand(3).tolist())
            elif step == 'randn':
                results.append(g.randn(3).tolist() + [g.randn()])
            elif step == 'randint':
                results.append(g.randint(-5, 2**33, size=3).tolist())
            elif step == 'shuffle':
                items = list(range(7))
                g.shuffle(items)
                results.append(items)
            elif step == 'normal':
                results.append(g.normal(1.0, 2.0))
            elif step == 'choice':
                results.append(g.choice(5, 3, p=[0.1, 0.2, 0.3, 0.2, 0.2]).tolist())
            elif step == 'permutation':
                results.append(g.permutation(6).tolist())
            elif step == 'uniform':
                results.append(g.uniform(-1, 1, 2).tolist())
            else:
                g.seed(seed ^ 1)
        return results
    ours = run(make_state(seed, backend))
    theirs = run(numpy.random.RandomState(seed))
    assert ours == theirs


@pytest.mark.parametrize('backend', BACKENDS)
def test_seeding_forgets_the_cached_gaussian(backend):
    ours = make_state(0, backend)
    theirs = numpy.random.RandomState(0)
    assert ours.randn() == theirs.randn()            # the second value is now cached
    assert ours.get_state()[3] == 1
    ours.seed(1)
    theirs.seed(1)
    assert ours.get_state()[3] == 0 and ours.get_state()[4] == 0.0
    assert ours.randn(5).tolist() == theirs.randn(5).tolist()


def test_module_functions_share_one_global_state():
    tnr.seed(2024)
    numpy.random.seed(2024)
    ours = [tnr.rand(), tnr.randn(), tnr.randint(9), tnr.sample(2).tolist(), tnr.ranf(),
            tnr.standard_normal(2).tolist(), tnr.normal(3.0), tnr.uniform(2.0), tnr.random(),
            tnr.permutation(4).tolist(), tnr.choice(4), tnr.random_sample()]
    theirs = [numpy.random.rand(), numpy.random.randn(), numpy.random.randint(9),
              numpy.random.sample(2).tolist(), numpy.random.ranf(), numpy.random.standard_normal(2).tolist(),
              numpy.random.normal(3.0), numpy.random.uniform(2.0), numpy.random.random(),
              numpy.random.permutation(4).tolist(), numpy.random.choice(4), numpy.random.random_sample()]
    assert ours == theirs


@pytest.mark.parametrize('backend', BACKENDS)
@settings(max_examples=30, deadline=None)
@given(seed=SEEDS, skip=st.integers(0, 1300))
def test_state_round_trips_through_numpy(backend, seed, skip):
    ours = make_state(seed, backend)
    theirs = numpy.random.RandomState(seed)
    ours.random_sample(skip // 2)
    ours.randn()                                     # leave a cached Gaussian in the state
    theirs.random_sample(skip // 2)
    theirs.randn()
    name, keys, pos, has_gauss, cached = ours.get_state()
    np_name, np_keys, np_pos, np_has_gauss, np_cached = theirs.get_state()
    assert (name, keys.tolist(), pos, has_gauss, cached) == (np_name, np_keys.tolist(), np_pos,
                                                            np_has_gauss, np_cached)
    # NumPy's state drives tinynet, and tinynet's drives NumPy
    other = make_state(0, backend)
    other.set_state(theirs.get_state())
    fresh = numpy.random.RandomState(0)
    fresh.set_state((name, numpy.array(keys.tolist(), dtype=numpy.uint32), pos, has_gauss, cached))
    assert other.randn(4).tolist() == theirs.randn(4).tolist() == fresh.randn(4).tolist()
    # and the dict form
    other.set_state(ours.get_state(legacy=False))
    assert other.rand(3).tolist() == ours.rand(3).tolist()


@pytest.mark.parametrize('backend', BACKENDS)
def test_seeds_given_as_sequences(backend):
    for seed in ([0], [1, 2, 3], list(range(700)), (2**32 - 1, 0), numpy.array([7, 8]),
                 tn_array([7, 8]), numpy.array(9), numpy.array([5]), True):
        both(seed, backend, lambda g: g.random_sample(5))


def test_seed_none_draws_fresh_entropy():
    first = tnr.RandomState()
    second = tnr.RandomState()
    assert first.get_state()[1].tolist() != second.get_state()[1].tolist()
    tnr.seed()
    tnr.seed(None)
    assert 0.0 <= tnr.random_sample() < 1.0


# ---------------------------------------------------------------------------
# errors: NumPy's types and wording
# ---------------------------------------------------------------------------

@pytest.mark.parametrize('call', [
    lambda g: g.seed(-1),
    lambda g: g.seed(2**32),
    lambda g: g.seed([]),
    lambda g: g.seed(1.5),
    lambda g: g.seed([1.5, 2.0]),
    lambda g: g.seed('abc'),
    lambda g: g.seed([[1, 2]]),
    lambda g: g.seed([1, -2]),
    lambda g: g.rand(-1),
    lambda g: g.rand(2, -1),
    lambda g: g.rand(2.5),
    lambda g: g.rand((2, 3)),
    lambda g: g.random_sample(2.0),
    lambda g: g.normal(0, -1),
    lambda g: g.normal(0, -0.0),
    lambda g: g.normal([1, 2, 3], [1, 2]),
    lambda g: g.uniform(0, math.inf),
    lambda g: g.uniform(math.nan, 1),
    lambda g: g.randint(5, 3),
    lambda g: g.randint(3, 3),
    lambda g: g.randint(0),
    lambda g: g.randint(-1),
    lambda g: g.randint(-2**63 - 1, 0),
    lambda g: g.randint(0, 2**63 + 1),
    lambda g: g.randint(300, dtype='uint8'),
    lambda g: g.randint(-1, 3, dtype='uint8'),
    lambda g: g.randint(3, dtype=bool),
    lambda g: g.randint(5, dtype=float),
    lambda g: g.permutation(3.0),
    lambda g: g.shuffle(5),
    lambda g: g.choice(0),
    lambda g: g.choice(-3),
    lambda g: g.choice([]),
    lambda g: g.choice([[1, 2]]),
    lambda g: g.choice(1.5),
    lambda g: g.choice(3, p=[0.5, 0.5]),
    lambda g: g.choice(2, p=[0.5, 0.6]),
    lambda g: g.choice(2, p=[-0.5, 1.5]),
    lambda g: g.choice(2, p=[math.nan, 1.0]),
    lambda g: g.choice(2, p=[[0.5, 0.5]]),
    lambda g: g.choice(2, 3, replace=False),
    lambda g: g.choice(2, 2, replace=False, p=[1.0, 0.0]),
    lambda g: g.choice(5, -1),
    lambda g: g.set_state(('PCG64', [0] * 624, 0)),
    lambda g: g.set_state(5),
    lambda g: g.set_state({'state': 1}),
], ids=lambda call: '')
def test_errors_match_numpy(call):
    both(0, 'fast', call)


def test_draws_of_any_number_of_dimensions():
    state, theirs = tnr.RandomState(0), numpy.random.RandomState(0)
    assert state.rand(2, 3, 4).tolist() == theirs.rand(2, 3, 4).tolist()
    assert state.normal(0.0, 1.0, size=(1, 1, 2)).tolist() == theirs.normal(0.0, 1.0, size=(1, 1, 2)).tolist()


def test_errors_that_are_tinynet_own():
    state = tnr.RandomState(0)
    with pytest.raises(ValueError, match='624'):
        state.set_state(('MT19937', [1, 2, 3], 0))
    with pytest.raises(ValueError, match='position'):
        state.set_state(('MT19937', [1] * 624, 700))
    with pytest.raises(ValueError, match='2\\*\\*32'):
        state.set_state(('MT19937', [2**32] * 624, 0))


def test_str_and_repr():
    state = tnr.RandomState(0)
    assert str(state) == str(numpy.random.RandomState(0)) == 'RandomState(MT19937)'
    assert repr(state).startswith('RandomState(MT19937) at 0x')


# ---------------------------------------------------------------------------
# speed of the two bit generators (a smoke check, printed with -s)
# ---------------------------------------------------------------------------

def test_both_generators_draw_a_hundred_thousand_doubles():
    for generator in (mt19937.MT19937(), mt19937.FastMT19937()):
        generator.seed(0)
        start = time.perf_counter()
        values = generator.doubles(100000)
        seconds = time.perf_counter() - start
        print('%s: 100000 doubles in %.1f ms' % (type(generator).__name__, seconds * 1000))
        assert values[-1] == numpy.random.RandomState(0).random_sample(100000)[-1]
