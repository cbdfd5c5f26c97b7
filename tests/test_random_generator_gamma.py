"""Generator's exponential and gamma families against NumPy's: same seed, same numbers.

Each test draws from ``tn.random.default_rng(seed)`` (tinynet, or NumPy itself with
``--array-lib=numpy``) and from ``numpy.random.default_rng(seed)`` and compares type, shape,
dtype and every value exactly, then the next ``random()`` of both (the same number of words
consumed). Exp(1) comes from the 256-layer exponential ziggurat, so these tests fail if a
single table entry that a draw touches differs from NumPy's.
"""
import numpy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from test_random_distributions import BAD, SEEDS, SIZES, SPECS, both_generators, positive, same, unit

NAN = float('nan')

SPECS = dict(SPECS)
SPECS['geometric'] = (st.one_of(st.sampled_from([1.0, 0.5, 1.0 / 3, 0.3333333333333333, 1e-10, 1e-300]),
                                st.floats(1e-9, 1.0)),)
TINY = (1e-5, 1e-3, 1e-120, 2.9e-103, 3e-103, 5e-324)
SPECS['beta'] = (positive(50.0, TINY + (0.5, 1.0, 2.0)), positive(50.0, TINY + (0.5, 1.0, 3.0)))
SPECS['negative_binomial'] = (positive(1e4, (1e-3, 1.0, 1e4, 1e10)), unit((1.0, 0.5, 1e-3, 1e-12)))

NAMES = ('standard_exponential', 'exponential', 'standard_gamma', 'gamma', 'beta', 'chisquare', 'f',
         'standard_t', 'noncentral_chisquare', 'noncentral_f', 'pareto', 'power', 'weibull', 'rayleigh',
         'geometric', 'negative_binomial')


@pytest.mark.parametrize('seed', [0, 1, 12345])
def test_standard_exponential_long_runs(tn, seed):
    """2 * 10**5 draws: every layer of the ziggurat is used hundreds of times, the tail and wedges too."""
    ours = tn.random.default_rng(seed).standard_exponential(200000)
    theirs = numpy.random.default_rng(seed).standard_exponential(200000)
    assert ours.tolist() == theirs.tolist()


@settings(max_examples=30, deadline=None)
@given(seed=SEEDS, count=st.integers(0, 3000), method=st.sampled_from(['zig', 'inv']))
def test_standard_exponential_seeds(tn, seed, count, method):
    both_generators(tn, seed, lambda rng: rng.standard_exponential(count, method=method))


@pytest.mark.parametrize('bits', ['MT19937', 'PCG64DXSM', 'Philox', 'SFC64'])
def test_standard_exponential_on_other_bit_generators(tn, bits):
    ours = tn.random.Generator(getattr(tn.random, bits)(7))
    theirs = numpy.random.Generator(getattr(numpy.random, bits)(7))
    assert ours.standard_exponential(5000).tolist() == theirs.standard_exponential(5000).tolist()
    assert ours.standard_gamma(0.7, 500).tolist() == theirs.standard_gamma(0.7, 500).tolist()


def test_unsupported_dtypes(tn):
    for name, args in (('standard_exponential', ()), ('standard_gamma', (1.0,))):  # float32 gamma: not built
        with pytest.raises(TypeError, match='Unsupported dtype'):
            getattr(tn.random.default_rng(0), name)(*args, dtype='int64')


@pytest.mark.parametrize('name', NAMES)
@settings(max_examples=25, deadline=None)
@given(data=st.data(), seed=SEEDS, size=SIZES)
def test_scalar_parameters(tn, name, data, seed, size):
    params = tuple(data.draw(strategy) for strategy in SPECS[name])
    both_generators(tn, seed, lambda rng: getattr(rng, name)(*params, size=size))


@pytest.mark.parametrize('name', [n for n in NAMES if SPECS[n]])
@settings(max_examples=10, deadline=None)
@given(data=st.data(), seed=SEEDS, shape=st.sampled_from([(3,), (2, 1), (1, 2, 3), (0,)]))
def test_array_parameters(tn, name, data, seed, shape):
    """The first parameter is an array of shape, broadcast against the others (and a size, sometimes)."""
    count = int(numpy.prod(shape))
    first = numpy.array([data.draw(SPECS[name][0]) for _ in range(count)]).reshape(shape).tolist()
    rest = tuple(data.draw(strategy) for strategy in SPECS[name][1:])
    size = data.draw(st.sampled_from([None, (2,) + shape]))
    both_generators(tn, seed, lambda rng: getattr(rng, name)(first, *rest, size=size))


GENERATOR_BAD = [case for case in BAD if case[0] in NAMES + ('dirichlet', 'multinomial')] + [
    ('negative_binomial', (NAN, 0.5)), ('negative_binomial', (1.0, NAN)), ('negative_binomial', (1e10, 1e-20)),
    ('negative_binomial', ([1.0, 1e10], [0.5, 1e-20])), ('weibull', (NAN,)), ('dirichlet', ([-1.0, 1.0],)),
    ('multinomial', (3, [])), ('multinomial', ([3, -1], [0.5, 0.5])), ('multinomial', (3, [[0.5, 0.5], [0.9, 0.9]])),
]


@pytest.mark.parametrize('case', GENERATOR_BAD, ids=lambda case: case[0])
def test_bad_parameters(tn, case):
    name, args = case[0], case[1]
    size = case[2] if len(case) > 2 else None
    both_generators(tn, 1, lambda rng: getattr(rng, name)(*args, size=size))


ALPHAS = st.one_of(st.sampled_from([0.0, 1e-3, 0.05, 0.0999, 0.1, 1.0, 7.5]), st.floats(1e-4, 10.0))


@settings(max_examples=40, deadline=None)
@given(seed=SEEDS, alpha=st.lists(ALPHAS, min_size=0, max_size=5), size=SIZES)
def test_dirichlet(tn, seed, alpha, size):
    """Normalised gammas, or stick-breaking betas when every alpha < 0.1; zeros included."""
    both_generators(tn, seed, lambda rng: rng.dirichlet(alpha, size=size))


SMALL_ALPHAS = st.one_of(st.sampled_from([0.0, 1e-3, 0.0999, 1e-200, 5e-324]), st.floats(0.0, 0.0999))


@settings(max_examples=40, deadline=None)
@given(seed=SEEDS, alpha=st.lists(SMALL_ALPHAS, min_size=1, max_size=6), size=SIZES)
def test_dirichlet_stick_breaking(tn, seed, alpha, size):
    """Every alpha < 0.1: the stick-breaking betas, Beta(a, 0) = 1 and Beta(0, b) = 0 included."""
    both_generators(tn, seed, lambda rng: rng.dirichlet(alpha, size=size))


@settings(max_examples=40, deadline=None)
@given(seed=SEEDS, n=st.integers(0, 1000), k=st.integers(1, 5), size=SIZES, data=st.data())
def test_multinomial(tn, seed, n, k, size, data):
    weights = [data.draw(st.floats(0.0, 1.0)) for _ in range(k)]
    total = sum(weights) or 1.0
    pvals = [w / total for w in weights]
    both_generators(tn, seed, lambda rng: rng.multinomial(n, pvals, size=size))


@settings(max_examples=30, deadline=None)
@given(seed=SEEDS, data=st.data())
def test_multinomial_broadcasts_n_and_pvals(tn, seed, data):
    rows = data.draw(st.integers(1, 3))
    pvals = [[0.2, 0.3, 0.5], [0.0, 1.0, 0.0], [0.5, 0.5, 0.0]][:rows]
    ns = [[data.draw(st.integers(0, 100))] for _ in range(2)]
    size = data.draw(st.sampled_from([None, (3, 2, rows)]))
    both_generators(tn, seed, lambda rng: rng.multinomial(ns, pvals, size=size))
    both_generators(tn, seed, lambda rng: rng.multinomial(7.9, numpy.array(pvals[0]), size=()))


def test_the_ziggurat_closes(tinynet_only):
    """r is the root of the closing condition: the top layer of area v reaches the peak f(0) = 1."""
    from tinynet.random import exponential_ziggurat as ez
    assert abs(ez.closing_gap()) < 1e-40
    assert ez.closing_gap('7.697117470131049714044628048') > 0 > ez.closing_gap('7.697117470131049714044628049')
    ke, we, fe = ez.tables()
    assert ke[1] == 0 and fe[0] == 1.0
    assert all(ke[i] < 2**53 for i in range(256))
    assert all(we[i] < we[i + 1] and fe[i] > fe[i + 1] for i in range(1, 255))


def test_same_as_numpy_scalars(tn):
    same(tn.random.default_rng(3).gamma(2.0), numpy.random.default_rng(3).gamma(2.0))
    same(tn.random.default_rng(3).geometric(0.01), numpy.random.default_rng(3).geometric(0.01))


@settings(max_examples=20, deadline=None)
@given(seed=SEEDS, size=SIZES, method=st.sampled_from(['zig', 'inv']))
def test_standard_exponential_float32(tn, seed, size, method):
    """float32 draws from 32-bit words: exact, but for the documented tail (x > r) where 1 ulp may differ."""
    ours_rng = tn.random.default_rng(seed)
    theirs_rng = numpy.random.default_rng(seed)
    ours = ours_rng.standard_exponential(size, dtype='float32', method=method)
    theirs = theirs_rng.standard_exponential(size, dtype=numpy.float32, method=method)
    if size is None:
        assert type(ours) is float and abs(ours - theirs) <= numpy.spacing(numpy.float32(theirs))
        return
    assert tuple(ours.shape) == theirs.shape and ours.dtype.name == 'float32'
    ours = numpy.array(ours.tolist(), dtype=numpy.float32).reshape(theirs.shape)
    differ = ours != theirs
    assert (theirs[differ] > 7.6971173).all(), 'a draw below the tail differs'
    assert (numpy.abs(ours - theirs)[differ] <= numpy.spacing(theirs[differ])).all()
    assert ours_rng.random() == theirs_rng.random()


def test_standard_exponential_float32_long_run(tn):
    ours = numpy.array(tn.random.default_rng(5).standard_exponential(300000, dtype='float32').tolist(),
                       dtype=numpy.float32)
    theirs = numpy.random.default_rng(5).standard_exponential(300000, dtype=numpy.float32)
    differ = ours != theirs
    assert differ.sum() <= 5 and (theirs[differ] > 7.6971173).all()


@pytest.mark.parametrize("n, p, refused", [(10000.0, 3.8116806693526224e-15, False), (10000.0, 1.2e-15, False),
                                           (10000.0, 1.18e-15, True)])
@pytest.mark.parametrize("as_array", [False, True])
def test_negative_binomial_poisson_limit_is_numpys(tn, n, p, refused, as_array):
    """NumPy refuses (n, p) when (1 - p) / p * (n + 10 sqrt(n)) passes the Poisson limit (about 9.2e18)."""
    rng = tn.random.default_rng(0)
    argument = tn.array([n]) if as_array else n
    if refused:
        with pytest.raises(ValueError, match="n too large or p too small"):
            rng.negative_binomial(argument, p)
    else:
        rng.negative_binomial(argument, p)
