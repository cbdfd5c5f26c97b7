"""Differential tests: tinynet.printing writes arrays and scalars exactly as NumPy 2 does.

Every property builds a NumPy array from drawn values, gives ``a.tolist(), a.shape, a.dtype.name`` to the
printing functions and compares with ``str(a)`` / ``repr(a)``. The float digits are tested twice: once on the
fast path CPython uses (repr and %-formatting) and once on the exact integer path other runtimes use.
"""
import doctest
import importlib
import math
import struct

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from tinynet.core import dragon4, fastdigits, floatparts, printing

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
FEW = settings(max_examples=25, deadline=None,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

INF = float('inf')
NAN = float('nan')
SPECIAL_FLOATS = [0.0, -0.0, INF, -INF, NAN, 1e300, -1e300, 1e-300, 5e-324, -5e-324, 1e8, 99999999.0,
                  1e-4, 9.9999e-5, 0.5, 1.0, -1.0, 1e16, 2.0 ** -1022, 2.0 ** 70, 0.1, 123456.789]
DTYPE_NAMES = ('float64', 'int64', 'uint8', 'bool')


# ----------------------------------------------------------------------------- strategies

def any_floats():
    """Draw any float: subnormals, huge, tiny, negative zero, nan and inf included."""
    return st.floats(allow_nan=True, allow_infinity=True)


def scaled_floats(scale):
    """Draw floats around one power of ten, as the values of one array often are."""
    return st.one_of(st.floats(-10.0, 10.0).map(lambda x: x * 10.0 ** scale),
                     st.integers(-1000, 1000).map(lambda n: n * 10.0 ** scale),
                     st.sampled_from([0.0, -0.0]))


def float_lists(size):
    """Draw size floats: of one scale, rounded decimals, whole numbers, or a wild mix."""
    mixed = st.one_of(any_floats(), st.sampled_from(SPECIAL_FLOATS), st.integers(-10 ** 6, 10 ** 6).map(float),
                      st.floats(-1e3, 1e3))
    one_scale = st.integers(-12, 12).flatmap(lambda k: st.lists(scaled_floats(k), min_size=size,
                                                                 max_size=size))
    decimals = st.integers(0, 9).flatmap(lambda d: st.lists(
        st.floats(-1e4, 1e4).map(lambda x: round(x, d)), min_size=size, max_size=size))
    wholes = st.lists(st.integers(-10 ** 9, 10 ** 9).map(float), min_size=size, max_size=size)
    with_specials = st.lists(st.one_of(st.floats(-100.0, 100.0), st.sampled_from(SPECIAL_FLOATS)),
                             min_size=size, max_size=size)
    return st.one_of(one_scale, decimals, wholes, with_specials, st.lists(dyadic_floats(), min_size=size,
                                                                          max_size=size),
                     st.lists(mixed, min_size=size, max_size=size))


def dyadic_floats():
    """Draw n / 2**m: their decimal expansions end in ...5, so cutting them off gives exact ties."""
    return st.builds(lambda n, m: n / 2.0 ** m, st.integers(-2 ** 20, 2 ** 20), st.integers(0, 40))


def value_lists(dtype_name, size):
    """Draw size values of the Python type that matches the dtype."""
    if dtype_name == 'float64':
        return float_lists(size)
    if dtype_name == 'int64':
        return st.one_of(st.lists(st.integers(-2 ** 63, 2 ** 63 - 1), min_size=size, max_size=size),
                         st.lists(st.integers(-100, 100), min_size=size, max_size=size))
    if dtype_name == 'uint8':
        return st.lists(st.integers(0, 255), min_size=size, max_size=size)
    return st.lists(st.booleans(), min_size=size, max_size=size)


def small_shapes():
    """Draw (), (n,) or (n, m) with sides 0..12."""
    side = st.integers(0, 12)
    return st.one_of(st.just(()), st.tuples(side), st.tuples(side, side))


@st.composite
def numpy_arrays(draw, shapes=small_shapes(), dtypes=st.sampled_from(DTYPE_NAMES)):
    """Draw a NumPy array of one of the four dtypes."""
    shape = draw(shapes)
    dtype_name = draw(dtypes)
    size = 1
    for n in shape:
        size *= n
    values = draw(value_lists(dtype_name, size))
    if shape == ():
        return np.array(values[0], dtype=dtype_name)
    return np.array(values, dtype=dtype_name).reshape(shape)


def assert_prints_like_numpy(a):
    """Compare str and repr of a NumPy array with ours, showing both on failure."""
    data, shape, name = a.tolist(), a.shape, a.dtype.name
    for ours, theirs in ((printing.array_str, str), (printing.array_repr, repr)):
        expected = theirs(a)
        got = ours(data, shape, name)
        assert got == expected, '%s of shape %s %s\nnumpy:\n%s\ntinynet:\n%s' % (
            theirs.__name__, shape, name, expected, got)


class exact_path:
    """Inside this block the printing functions run as on a runtime without correct float formatting."""

    def __enter__(self):
        self.saved = floatparts._dragon4, floatparts.float_repr
        floatparts._dragon4, floatparts.float_repr = dragon4._dragon4_exact, dragon4._float_repr_exact

    def __exit__(self, *exc_info):
        floatparts._dragon4, floatparts.float_repr = self.saved


# ------------------------------------------------------------------------- arrays vs NumPy

@SETTINGS
@given(numpy_arrays())
def test_str_and_repr_match_numpy(a):
    assert_prints_like_numpy(a)


@FEW
@given(st.sampled_from([(2000,), (1001,), (40, 40), (3, 400), (400, 3), (33, 31), (1, 1500)]),
       st.sampled_from(DTYPE_NAMES), st.integers(0, 2 ** 32 - 1), st.integers(-10, 10))
def test_big_arrays_wrap_and_summarize_like_numpy(shape, dtype_name, seed, scale):
    values = np.random.default_rng(seed).standard_normal(shape) * 10.0 ** scale
    if dtype_name == 'uint8':
        a = (np.abs(values) * 50).clip(0, 255).astype('uint8')
    elif dtype_name != 'float64':
        a = (values * 50).clip(-1e15, 1e15).astype(dtype_name)
    else:
        a = values
    assert_prints_like_numpy(a)


@settings(max_examples=60, deadline=None)
@given(numpy_arrays(shapes=st.sampled_from([(8, 12), (12,), (75,), (3, 30)]), dtypes=st.just('float64')))
def test_wide_rows_wrap_like_numpy(a):
    assert_prints_like_numpy(a)


def test_empty_and_zero_dimensional_arrays():
    for shape in [(0,), (2, 0), (0, 3), (0, 0)]:
        for name in DTYPE_NAMES:
            assert_prints_like_numpy(np.zeros(shape, dtype=name))
    for value, name in [(5.0, 'float64'), (-0.0, 'float64'), (NAN, 'float64'), (1e20, 'float64'),
                        (3, 'int64'), (7, 'uint8'), (True, 'bool'), (False, 'bool')]:
        assert_prints_like_numpy(np.array(value, dtype=name))


@pytest.mark.parametrize('values', [
    [1e8, 1.0], [99999999.0, 1e6], [99999999.99999999, 1e5], [12345678.0, 50000.0], [1e-4, 0.05],
    [9.9999e-5, 0.05], [0.0001, 0.1], [1.0, 1000.0], [1.0, 1000.0000000001], [-1.0, 1000.0, 0.0],
    [0.001, 1.0], [0.001, 1.0000000000000002], [1e8, 1e-10], [1e-10, 2e-10], [5e-9, 1.0], [4e-9, 1.0],
    [6e-9, -1.0], [0.5, 0.25, 0.125, 0.0625], [0.001953125, 1.0], [1.5, 2.5, 0.5],
])
def test_threshold_cases_match_numpy(values):
    # the switch to scientific notation and the rounding of tiny values, at their boundaries
    for suppress in (False, True):
        for precision in (8, 3, 0):
            with np.printoptions(precision=precision, suppress=suppress), \
                    printing.printoptions(precision=precision, suppress=suppress):
                assert_prints_like_numpy(np.array(values))
                with exact_path():
                    assert_prints_like_numpy(np.array(values))


def test_every_pair_of_special_values_matches_numpy():
    for first in SPECIAL_FLOATS:
        for second in SPECIAL_FLOATS:
            assert_prints_like_numpy(np.array([first, second]))
            assert_prints_like_numpy(np.array([[first], [second]]))
            assert_prints_like_numpy(np.array([first, second, 2.5]))


@pytest.mark.parametrize('linewidth', [75, 72])
@pytest.mark.parametrize('dtype_name', ['int64', 'float64'])
def test_rows_wrap_at_every_width_like_numpy(dtype_name, linewidth):
    # element widths 1..13 against row lengths 1..40 land lines on and around the line-width limit
    with np.printoptions(linewidth=linewidth), printing.printoptions(linewidth=linewidth):
        for width in range(1, 14):
            for columns in range(1, 41):
                row = [10 ** (width - 1)] * columns
                for shape in [(columns,), (2, columns)]:
                    a = np.array(row * (shape[0] if len(shape) == 2 else 1), dtype=dtype_name).reshape(shape)
                    assert_prints_like_numpy(a)
                with np.printoptions(threshold=20), printing.printoptions(threshold=20):
                    assert_prints_like_numpy(np.array(row * 9, dtype=dtype_name).reshape(9, columns))


def test_dtype_moves_to_a_new_line_when_the_last_line_is_full():
    a = np.arange(17, dtype='uint8').reshape(1, 17) + 100
    assert_prints_like_numpy(a)
    assert_prints_like_numpy(np.arange(22, dtype='uint8') + 100)


def test_printing_does_not_mutate_the_data():
    data = [[1.5, -0.0], [NAN, 1e-300]]
    printing.array_repr(data, (2, 2), 'float64')
    assert repr(data) == repr([[1.5, -0.0], [NAN, 1e-300]])


# ------------------------------------------------------------------------------ print options

print_options = st.fixed_dictionaries({}, optional={
    'precision': st.integers(0, 16),
    'suppress': st.booleans(),
    'linewidth': st.integers(10, 200),
    'threshold': st.sampled_from([0, 5, 10, 50, 1000, 10 ** 9]),
    'edgeitems': st.integers(0, 6),
})


@SETTINGS
@given(print_options, numpy_arrays())
def test_print_options_match_numpy(options, a):
    with np.printoptions(**options), printing.printoptions(**options):
        assert_prints_like_numpy(a)


def test_printoptions_restores_and_reports_the_options():
    before = printing.get_printoptions()
    with printing.printoptions(precision=3, linewidth=40) as options:
        assert options['precision'] == 3 and options['linewidth'] == 40
        assert printing.get_printoptions() == options
    assert printing.get_printoptions() == before


def test_default_options_are_numpys():
    assert printing.get_printoptions() == np.get_printoptions()


def test_set_printoptions_changes_and_keeps_options():
    try:
        printing.set_printoptions(precision=4)
        printing.set_printoptions(suppress=True)
        assert printing.get_printoptions()['precision'] == 4
        with np.printoptions(precision=4, suppress=True):
            assert_prints_like_numpy(np.array([1e-7, 2.0 / 3.0]))
    finally:
        printing.set_printoptions(precision=8, suppress=False)


def test_bad_print_options_raise_like_numpy():
    with pytest.raises(TypeError, match='precision must be an integer'):
        printing.set_printoptions(precision=1.5)
    with pytest.raises(TypeError, match='threshold must be numeric'):
        printing.set_printoptions(threshold='10')
    with pytest.raises(ValueError, match='threshold must be non-NAN'):
        printing.set_printoptions(threshold=NAN)
    assert printing.get_printoptions()['precision'] == 8


# ---------------------------------------------------------------------------------- scalars

scalars = st.one_of(
    st.tuples(st.just('float64'), st.one_of(any_floats(), st.sampled_from(SPECIAL_FLOATS))),
    st.tuples(st.just('int64'), st.integers(-2 ** 63, 2 ** 63 - 1)),
    st.tuples(st.just('uint8'), st.integers(0, 255)),
    st.tuples(st.just('bool'), st.booleans()))


@settings(max_examples=300, deadline=None)
@given(scalars)
def test_scalar_repr_and_str_match_numpy(case):
    name, value = case
    scalar = np.dtype(name).type(value)
    assert printing.scalar_repr(value, name) == repr(scalar)
    assert printing.scalar_str(value, name) == str(scalar)


# ------------------------------------------------------------- float digits: fast vs exact

def floats_from_bits():
    """Draw any finite float by its 64 bits, so every exponent is equally likely."""
    return st.integers(0, 2 ** 64 - 1).map(
        lambda bits: struct.unpack('<d', struct.pack('<Q', bits))[0]).filter(lambda x: x - x == 0)


finite_floats = st.one_of(floats_from_bits(), st.floats(allow_nan=False, allow_infinity=False), dyadic_floats(),
                          st.integers(-1074, 1023).map(lambda k: math.ldexp(1.0, k)),
                          st.sampled_from([0.0, -0.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
                                           1e-300, 1e300, 0.1, 1e16, 9007199254740993.0]))


@settings(max_examples=1000, deadline=None)
@given(finite_floats)
def test_exact_float_repr_matches_cpython_repr(x):
    assert dragon4._float_repr_exact(x) == repr(x)
    assert printing.float_repr(x) == repr(x)


def test_exact_float_repr_of_non_finite_values():
    assert [dragon4._float_repr_exact(v) for v in (INF, -INF, NAN)] == ['inf', '-inf', 'nan']


@settings(max_examples=1000, deadline=None)
@given(finite_floats.filter(lambda x: x != 0).map(abs), st.booleans(),
       st.integers(-1, 20), st.integers(-1, 20))
def test_fast_digits_agree_with_exact_digits(x, fractional, cutoff_max, cutoff_min):
    if not fractional:                       # counts of digits in all start at one
        cutoff_max = max(cutoff_max, 1) if cutoff_max >= 0 else -1
        cutoff_min = max(cutoff_min, 1) if cutoff_min >= 0 else -1
    if cutoff_max >= 0 and cutoff_min > cutoff_max:
        cutoff_min = cutoff_max
    assert (fastdigits._dragon4_fast(x, fractional, cutoff_max, cutoff_min) ==
            dragon4._dragon4_exact(x, fractional, cutoff_max, cutoff_min))


format_arguments = st.fixed_dictionaries({
    'precision': st.one_of(st.none(), st.integers(0, 17)),
    'min_digits': st.one_of(st.none(), st.integers(0, 17)),
    'trim': st.sampled_from(['.', '0', '-', 'k']),
    'pad_left': st.one_of(st.none(), st.integers(0, 6)),
})


@settings(max_examples=500, deadline=None)
@given(finite_floats, format_arguments, st.one_of(st.none(), st.integers(0, 10)), st.booleans())
def test_one_float_formats_like_numpy(x, arguments, pad_or_exp_digits, exact):
    precision, min_digits, trim = arguments['precision'], arguments['min_digits'], arguments['trim']
    if precision is not None and min_digits is not None and min_digits > precision:
        min_digits = precision
    # the narrower argument space of the first version; tests/test_printing_nd.py draws all of it
    # (trailing zeros that a cutoff leaves behind, unique=False, fractional=False, sign)
    if trim == 'k' and min_digits != precision:
        trim = '.'
    if trim == '-' and (precision is not None or min_digits is not None):
        trim = '0'
    original = floatparts._dragon4
    floatparts._dragon4 = dragon4._dragon4_exact if exact else fastdigits._dragon4_fast
    try:   # chosen by a drawn flag rather than exact_path(), so both paths see the same examples
        if precision is not None or abs(x) < 1e16:
            expected = np.format_float_positional(x, precision=precision, unique=True, trim=trim,
                                                  pad_left=arguments['pad_left'], pad_right=pad_or_exp_digits,
                                                  min_digits=min_digits)
            got = printing.format_float_positional(x, precision=precision, unique=True, trim=trim,
                                                   pad_left=arguments['pad_left'],
                                                   pad_right=pad_or_exp_digits, min_digits=min_digits)
            assert got == expected
        expected = np.format_float_scientific(x, precision=precision, unique=True, trim=trim,
                                              pad_left=arguments['pad_left'], exp_digits=pad_or_exp_digits,
                                              min_digits=min_digits)
        got = printing.format_float_scientific(x, precision=precision, unique=True, trim=trim,
                                               pad_left=arguments['pad_left'],
                                               exp_digits=pad_or_exp_digits, min_digits=min_digits)
        assert got == expected
    finally:
        floatparts._dragon4 = original


# ------------------------------------------------- the exact path alone (as on MicroPython)

@SETTINGS
@given(numpy_arrays(dtypes=st.just('float64')))
def test_exact_path_prints_arrays_like_numpy(a):
    with exact_path():
        assert floatparts._dragon4 is dragon4._dragon4_exact
        assert_prints_like_numpy(a)


@FEW
@given(print_options, numpy_arrays(dtypes=st.just('float64')))
def test_exact_path_with_print_options(options, a):
    with exact_path(), np.printoptions(**options), printing.printoptions(**options):
        assert_prints_like_numpy(a)


@settings(max_examples=200, deadline=None)
@given(st.one_of(finite_floats, st.sampled_from([INF, -INF, NAN])))
def test_exact_path_prints_scalars_like_numpy(x):
    with exact_path():
        assert printing.scalar_repr(x, 'float64') == repr(np.float64(x))
        assert printing.array_str(x, (), 'float64') == str(np.array(x))


def test_exact_path_big_array():
    a = np.random.default_rng(7).standard_normal((40, 40)) * 1e-3
    with exact_path():
        assert_prints_like_numpy(a)


# -------------------------------------------------------------------------- speed, doctests

def test_printing_a_100_by_100_float_array_summarizes():
    # Its speed is a row of benchmarks/run.py ("print"); here: the summary is NumPy's, to the character.
    a = np.random.default_rng(3).standard_normal((100, 100))
    text = printing.array_repr(a.tolist(), a.shape, 'float64')
    assert text == repr(a)


@pytest.mark.parametrize('name', ['printing', 'arraytext', 'binaryformats', 'complexprint', 'dragon4',
                                  'fastdigits', 'floatformat', 'floatparts', 'formatfloat', 'printoptions'])
def test_doctests(name):
    module = importlib.import_module('tinynet.core.' + name)
    failures, tried = doctest.testmod(module)
    assert tried > 0 and failures == 0
