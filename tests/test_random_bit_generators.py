"""The bit generators against NumPy's: same seed, same words, same state, same Generator draws.

MT19937, PCG64, PCG64DXSM, Philox and SFC64 are each seeded through SeedSequence, as NumPy seeds
them; their raw words, 32-bit words (two from each 64-bit word, low half first), doubles, and a
Generator's draws on them must equal NumPy's exactly.
"""
import numpy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

NAMES = ['MT19937', 'PCG64', 'PCG64DXSM', 'Philox', 'SFC64']
SEEDS = st.one_of(st.integers(0, 2**128), st.lists(st.integers(0, 2**32 - 1), min_size=1, max_size=5))


def pair(tn, name, seed):
    return getattr(tn.random, name)(seed), getattr(numpy.random, name)(seed)


@pytest.mark.parametrize('name', NAMES)
@settings(max_examples=25, deadline=None)
@given(seed=SEEDS, count=st.integers(0, 40))
def test_raw_words_match_numpy(tn, name, seed, count):
    ours, theirs = pair(tn, name, seed)
    raw = ours.random_raw(count)
    assert tuple(raw.shape) == (count,) and raw.dtype.name == 'uint64'
    assert raw.tolist() == theirs.random_raw(count).tolist()
    assert int(ours.random_raw()) == int(theirs.random_raw())


@pytest.mark.parametrize('name', NAMES)
@settings(max_examples=20, deadline=None)
@given(seed=SEEDS, count=st.integers(1, 30))
def test_generator_draws_on_each_bit_generator(tn, name, seed, count):
    ours, theirs = pair(tn, name, seed)
    g, h = tn.random.Generator(ours), numpy.random.Generator(theirs)
    assert g.random(count).tolist() == h.random(count).tolist()
    assert g.integers(0, 1000, count).tolist() == h.integers(0, 1000, count).tolist()   # 32-bit words
    assert g.standard_normal(count).tolist() == h.standard_normal(count).tolist()
    assert g.integers(0, 2**40, count).tolist() == h.integers(0, 2**40, count).tolist()
    assert g.permutation(count).tolist() == h.permutation(count).tolist()


@pytest.mark.parametrize('name', NAMES)
def test_state_round_trip_and_spawn(tn, name):
    ours, theirs = pair(tn, name, 2024)
    ours.random_raw(3)
    theirs.random_raw(3)
    state = ours.state
    assert state['bit_generator'] == theirs.state['bit_generator'] == name
    first = ours.random_raw(5).tolist()
    ours.state = state
    assert ours.random_raw(5).tolist() == first == theirs.random_raw(5).tolist()
    with pytest.raises(ValueError):
        ours.state = {'bit_generator': 'other', 'state': {}}
    children, expected = ours.spawn(2), theirs.spawn(2)
    assert [c.random_raw(2).tolist() for c in children] == [c.random_raw(2).tolist() for c in expected]


@pytest.mark.parametrize('name', ['PCG64', 'PCG64DXSM', 'Philox'])
@settings(max_examples=20, deadline=None)
@given(seed=st.integers(0, 2**64), delta=st.integers(0, 2**130), jumps=st.integers(1, 5))
def test_advance_and_jumped(tn, name, seed, delta, jumps):
    ours, theirs = pair(tn, name, seed)
    ours.random_raw(1)
    theirs.random_raw(1)
    assert ours.jumped(jumps).random_raw(3).tolist() == theirs.jumped(jumps).random_raw(3).tolist()
    ours.advance(delta)
    theirs.advance(delta)
    assert ours.random_raw(3).tolist() == theirs.random_raw(3).tolist()


@settings(max_examples=30, deadline=None)
@given(entropy=SEEDS, spawn_key=st.lists(st.integers(0, 2**32), max_size=3), pool_size=st.sampled_from([4, 8]),
       n_words=st.integers(0, 10))
def test_seed_sequence(tn, entropy, spawn_key, pool_size, n_words):
    ours = tn.random.SeedSequence(entropy, spawn_key=spawn_key, pool_size=pool_size)
    theirs = numpy.random.SeedSequence(entropy, spawn_key=spawn_key, pool_size=pool_size)
    assert ours.entropy == theirs.entropy and tuple(ours.spawn_key) == theirs.spawn_key
    assert ours.pool_size == theirs.pool_size
    assert list(ours.generate_state(n_words)) == theirs.generate_state(n_words).tolist()
    assert list(ours.generate_state(n_words, 'uint64')) == theirs.generate_state(n_words, numpy.uint64).tolist()


def test_generator_refuses_what_is_not_a_bit_generator(tn):
    with pytest.raises(AttributeError, match="'int' object has no attribute 'capsule'"):
        tn.random.Generator(5)
    assert tn.random.default_rng(tn.random.SFC64(1)).bit_generator.state['bit_generator'] == 'SFC64'
