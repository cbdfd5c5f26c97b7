"""Differential tests: tinynet.core.printing writes N-d arrays of every dtype exactly as NumPy 2 does.

Each property builds a NumPy array ``a`` (0-d to 6-d, size-0 axes included, some big enough to be
summarized) of one of the 14 dtypes, gives ``a.ravel().tolist(), a.shape, a.dtype.name`` to the printing
functions with ``flat=True`` and compares with ``str(a)`` / ``repr(a)``. Scalars compare with NumPy's
scalar ``repr`` / ``str``. With ``--array-lib=numpy`` the same properties run with NumPy as the
implementation too (rebuilding the array from the flat values), which checks the harness itself.
"""
import math
import struct

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from tinynet.core import binaryformats, dragon4, fastdigits, floatparts, printing

SETTINGS = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
FEW = settings(max_examples=40, deadline=None,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

INF = float('inf')
NAN = float('nan')
BOOL = ('bool',)
INTEGERS = ('int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64')
FLOATS = ('float16', 'float32', 'float64')
COMPLEXES = ('complex64', 'complex128')
DTYPE_NAMES = BOOL + INTEGERS + FLOATS + COMPLEXES
PART_WIDTH = {'float16': 16, 'float32': 32, 'float64': 64, 'complex64': 32, 'complex128': 64}
BITS_FORMAT = {16: ('<H', '<e'), 32: ('<I', '<f'), 64: ('<Q', '<d')}


# ------------------------------------------------------------------ the implementation under test

class NumpyPrinting:
    """NumPy behind printing's signatures: with --array-lib=numpy the properties must pass with it too."""

    @staticmethod
    def array_str(values, shape, dtype_name, flat=True):
        return str(np.array(values, dtype=dtype_name).reshape(shape))

    @staticmethod
    def array_repr(values, shape, dtype_name, flat=True):
        return repr(np.array(values, dtype=dtype_name).reshape(shape))

    @staticmethod
    def scalar_str(value, dtype_name):
        return str(np.dtype(dtype_name).type(value))

    @staticmethod
    def scalar_repr(value, dtype_name):
        return repr(np.dtype(dtype_name).type(value))

    @staticmethod
    def array2string(values, shape, dtype_name, flat=True, **options):
        return np.array2string(np.array(values, dtype=dtype_name).reshape(shape), **options)

    printoptions = staticmethod(np.printoptions)
    format_float_positional = staticmethod(np.format_float_positional)
    format_float_scientific = staticmethod(np.format_float_scientific)


@pytest.fixture(scope='session')
def impl(tn):
    """The printing functions under test: tinynet's, or NumPy's when the suite runs NumPy on both sides."""
    return NumpyPrinting if tn.__name__ == 'numpy' else printing


# ----------------------------------------------------------------------------- strategies

def floats_from_bits(width):
    """Draw any value of a float format by its bits, so every exponent is equally likely."""
    integer_format, float_format = BITS_FORMAT[width]
    return st.integers(0, 2 ** width - 1).map(
        lambda bits: struct.unpack(float_format, struct.pack(integer_format, bits))[0])


def special_floats(width):
    """Values at the edges of a format: zeros, nan, inf, the largest, the smallest, cutoffs."""
    info = np.finfo({16: np.float16, 32: np.float32, 64: np.float64}[width])
    values = [0.0, -0.0, INF, -INF, NAN, float(info.max), -float(info.max), float(info.tiny),
              float(info.smallest_subnormal), -float(info.smallest_subnormal), 1e-4, 9.9999e-5, 1e3,
              999.0, 1e6, 999999.0, 1e8, 99999999.0, 1e16, 0.1, 0.5, 1.0, -1.0, 2.0 / 3.0, 65504.0, 1024.0]
    return st.sampled_from(values)


def float_lists(width, size):
    """Draw size floats: of one scale, rounded decimals, whole numbers, or a wild mix with specials."""
    anything = st.one_of(st.floats(width=width), floats_from_bits(width), special_floats(width))
    one_scale = st.integers(-12, 12).flatmap(lambda k: st.lists(
        st.one_of(st.floats(-10.0, 10.0).map(lambda x: x * 10.0 ** k),
                  st.integers(-1000, 1000).map(lambda n: n * 10.0 ** k), st.sampled_from([0.0, -0.0])),
        min_size=size, max_size=size))
    decimals = st.integers(0, 6).flatmap(lambda d: st.lists(
        st.floats(-1e4, 1e4).map(lambda x: round(x, d)), min_size=size, max_size=size))
    wholes = st.lists(st.integers(-10 ** 6, 10 ** 6).map(float), min_size=size, max_size=size)
    with_specials = st.lists(st.one_of(st.floats(-100.0, 100.0), special_floats(width)),
                             min_size=size, max_size=size)
    return st.one_of(one_scale, decimals, wholes, with_specials,
                     st.lists(anything, min_size=size, max_size=size))


def value_lists(dtype_name, size):
    """Draw size Python values for the dtype (NumPy rounds floats to the dtype when it builds the array)."""
    if dtype_name == 'bool':
        return st.lists(st.booleans(), min_size=size, max_size=size)
    if dtype_name in INTEGERS:
        info = np.iinfo(dtype_name)
        return st.one_of(st.lists(st.integers(int(info.min), int(info.max)), min_size=size, max_size=size),
                         st.lists(st.integers(max(int(info.min), -100), 100), min_size=size, max_size=size))
    width = PART_WIDTH[dtype_name]
    if dtype_name in FLOATS:
        return float_lists(width, size)
    return st.tuples(float_lists(width, size), float_lists(width, size)).map(
        lambda parts: [complex(re, im) for re, im in zip(*parts)])


# the longest side per number of axes keeps the drawn arrays small (at most a few hundred values)
LONGEST_SIDE = {0: 0, 1: 20, 2: 12, 3: 5, 4: 4, 5: 3, 6: 2}


def shapes():
    """Draw a shape of 0 to 6 axes, sides 0 included."""
    return st.integers(0, 6).flatmap(
        lambda ndim: st.lists(st.integers(0, LONGEST_SIDE[ndim]), min_size=ndim, max_size=ndim).map(tuple))


def size_of(shape):
    size = 1
    for n in shape:
        size *= n
    return size


def build_array(values, shape, dtype_name):
    """Make the NumPy array: values cast to the dtype (overflow to inf allowed), then reshaped."""
    with np.errstate(over='ignore', invalid='ignore'):
        return np.array(values, dtype=dtype_name).reshape(shape)


@st.composite
def numpy_arrays(draw, shape_strategy=None, dtypes=st.sampled_from(DTYPE_NAMES)):
    """Draw a NumPy array of any of the 14 dtypes."""
    shape = draw(shapes() if shape_strategy is None else shape_strategy)
    dtype_name = draw(dtypes)
    return build_array(draw(value_lists(dtype_name, size_of(shape))), shape, dtype_name)


def random_array(shape, dtype_name, seed, scale):
    """Make a big array from a seeded generator, with nan, inf and -0.0 sprinkled into float ones."""
    rng = np.random.default_rng(seed)
    if dtype_name == 'bool':
        return rng.random(shape) < 0.5
    if dtype_name in INTEGERS:
        info = np.iinfo(dtype_name)
        low, high = (int(info.min), int(info.max)) if scale > 0 else (max(int(info.min), -50), 50)
        return rng.integers(low, high, size=shape, dtype=dtype_name, endpoint=True)
    parts = []
    for _ in range(2 if dtype_name in COMPLEXES else 1):
        part = rng.standard_normal(shape) * 10.0 ** scale
        if seed % 3 == 0:
            flat = part.reshape(-1)
            for value in (NAN, INF, -INF, -0.0):
                flat[rng.integers(0, flat.size)] = value
        parts.append(part)
    with np.errstate(over='ignore', invalid='ignore'):
        if len(parts) == 1:
            return parts[0].astype(dtype_name)
        values = np.empty(shape, dtype=dtype_name)
        values.real, values.imag = parts
        return values


def assert_prints_like_numpy(impl, a):
    """Compare str and repr of a NumPy array with the implementation's, showing both on failure."""
    values, shape, name = a.ravel().tolist(), a.shape, a.dtype.name
    for ours, theirs in ((impl.array_str, str), (impl.array_repr, repr)):
        expected = theirs(a)
        got = ours(values, shape, name, flat=True)
        assert got == expected, '%s of shape %s %s\nnumpy:\n%s\ntinynet:\n%s' % (
            theirs.__name__, shape, name, expected, got)


class exact_path:
    """Inside this block the printing functions run as on a runtime without correct float formatting."""

    def __enter__(self):
        self.saved = floatparts._dragon4, floatparts.float_repr
        floatparts._dragon4, floatparts.float_repr = dragon4._dragon4_exact, dragon4._float_repr_exact

    def __exit__(self, *exc_info):
        floatparts._dragon4, floatparts.float_repr = self.saved


# --------------------------------------------------------------------------- arrays vs NumPy

@SETTINGS
@given(numpy_arrays())
def test_nd_arrays_of_every_dtype_print_like_numpy(impl, a):
    assert_prints_like_numpy(impl, a)


BIG_SHAPES = [(1001,), (3, 400), (400, 3), (11, 11, 11), (2, 3, 4, 50), (3, 3, 3, 3, 3, 7),
              (1, 1, 1001), (2, 2, 2, 2, 2, 40), (7, 1, 150), (6, 6, 6, 6, 6)]


@FEW
@given(st.sampled_from(BIG_SHAPES), st.sampled_from(DTYPE_NAMES), st.integers(0, 2 ** 32 - 1),
       st.integers(-10, 10))
def test_big_nd_arrays_summarize_like_numpy(impl, shape, dtype_name, seed, scale):
    assert_prints_like_numpy(impl, random_array(shape, dtype_name, seed, scale))


@pytest.mark.parametrize('dtype_name', DTYPE_NAMES)
def test_empty_arrays_of_every_dtype(impl, dtype_name):
    for shape in [(0,), (0, 3), (3, 0), (1, 0), (0, 0), (2, 0, 4), (1, 1, 0), (0, 1, 2, 3, 4, 5)]:
        assert_prints_like_numpy(impl, np.zeros(shape, dtype=dtype_name))


ZERO_DIMENSIONAL_VALUES = {
    'bool': [True, False],
    'int': [0, 1, -1, 5, 100, -128, 127],
    'uint': [0, 1, 5, 100, 255],
    'float': [0.0, -0.0, 1.0, 0.5, 1e-5, 1e20, NAN, INF, -INF, 1.0 / 3.0, 1e-4, 123456.0],
    'complex': [0j, 1 + 2j, -1j, complex(-0.0, 0.0), complex(NAN, INF), complex(1e20, -1e-5), 0.5j],
}


@pytest.mark.parametrize('dtype_name', DTYPE_NAMES)
def test_zero_dimensional_arrays_of_every_dtype(impl, dtype_name):
    kind = 'uint' if dtype_name.startswith('uint') else dtype_name.rstrip('0123456789')
    for value in ZERO_DIMENSIONAL_VALUES[kind]:
        assert_prints_like_numpy(impl, build_array(value, (), dtype_name))


@pytest.mark.parametrize('dtype_name', DTYPE_NAMES)
def test_deep_nesting_and_blank_lines(impl, dtype_name):
    for shape in [(1, 1, 1, 1, 1, 1), (2, 1, 2, 1, 2, 1), (2, 2, 2, 2, 2, 2), (1, 2, 3), (3, 1, 1, 2)]:
        assert_prints_like_numpy(impl, random_array(shape, dtype_name, 11, 0))


@pytest.mark.parametrize('dtype_name', FLOATS + COMPLEXES)
def test_notation_boundaries_in_the_dtypes_own_precision(impl, dtype_name):
    # 1e3 / 1e6 / 1e8 switch float16 / float32 / float64 to e-notation; 1e-4 and the ratio 1000 are
    # compared after rounding to the dtype
    for values in [[1e3, 1.0], [999.0, 1.0], [1e6, 1.0], [999999.0, 1.0], [1e8, 1.0], [99999999.0, 1.0],
                   [1e-4, 0.05], [9.9999e-5, 0.05], [0.0001, 0.1], [1.0, 1000.0], [1.0, 1000.5],
                   [1.0, 1000.0000001], [0.001, 1.0], [0.001, 1.0000001], [65504.0, 1.0], [5e-8, 1.0]]:
        for suppress in (False, True):
            with np.printoptions(suppress=suppress), impl.printoptions(suppress=suppress):
                assert_prints_like_numpy(impl, build_array(values, (2,), dtype_name))


def test_float16_values_exhaustively(impl):
    # every finite float16 in arrays of eight neighbours, and each as a scalar
    every = np.arange(0, 0x7C00, dtype=np.uint16).view(np.float16)
    for start in range(0, every.size, 977):
        assert_prints_like_numpy(impl, every[start:start + 8])
    for x in every[::7]:
        assert impl.scalar_repr(float(x), 'float16') == repr(x)
        assert impl.scalar_repr(-float(x), 'float16') == repr(-x)


# ------------------------------------------------------------------------------ print options

print_options = st.fixed_dictionaries({}, optional={
    'precision': st.integers(0, 12),
    'suppress': st.booleans(),
    'linewidth': st.integers(10, 200),
    'threshold': st.sampled_from([0, 5, 10, 50, 1000]),
    'edgeitems': st.integers(0, 4),
    'floatmode': st.sampled_from(['fixed', 'unique', 'maxprec', 'maxprec_equal']),
    'sign': st.sampled_from(['-', '+', ' ']),
    'nanstr': st.sampled_from(['nan', 'NaN', 'not a number', '?']),
    'infstr': st.sampled_from(['inf', 'Inf', 'infinity']),
})


@SETTINGS
@given(print_options, numpy_arrays())
def test_print_options_match_numpy_for_every_dtype(impl, options, a):
    with np.printoptions(**options), impl.printoptions(**options):
        assert_prints_like_numpy(impl, a)


@FEW
@given(print_options, numpy_arrays(dtypes=st.sampled_from(FLOATS + COMPLEXES)))
def test_exact_path_with_print_options(impl, options, a):
    # the digits as a runtime without correct float formatting (MicroPython) makes them
    with exact_path(), np.printoptions(**options), impl.printoptions(**options):
        assert_prints_like_numpy(impl, a)


def test_printoptions_report_the_new_options():
    with printing.printoptions(floatmode='fixed', sign='+', nanstr='NaN') as options:
        assert options['floatmode'] == 'fixed' and options['sign'] == '+' and options['nanstr'] == 'NaN'
    assert printing.get_printoptions() == np.get_printoptions()


def test_bad_new_print_options_raise_like_numpy():
    with pytest.raises(ValueError, match='floatmode option must be one of'):
        printing.set_printoptions(floatmode='exact')
    with pytest.raises(ValueError, match="sign option must be one of ' ', '\\+', or '-'"):
        printing.set_printoptions(sign='x')
    assert printing.get_printoptions() == np.get_printoptions()
    with printing.printoptions(precision=-1), pytest.raises(ValueError, match='precision must be >= 0'):
        printing.array_repr([1.5], (1,), 'float32', flat=True)     # as NumPy: only when floats print
    with printing.printoptions(precision=-1):
        assert printing.array_repr([1], (1,), 'int8', flat=True) == 'array([1], dtype=int8)'


@settings(max_examples=60, deadline=None)
@given(numpy_arrays(dtypes=st.sampled_from(DTYPE_NAMES)), st.integers(20, 120),
       st.sampled_from([' ', ', ', ';']), st.sampled_from(['', 'x = ', 'values(']),
       st.sampled_from(['', ')', ');']))
def test_array2string_matches_numpy(impl, a, width, separator, prefix, suffix):
    expected = np.array2string(a, max_line_width=width, separator=separator, prefix=prefix, suffix=suffix)
    got = impl.array2string(a.ravel().tolist(), a.shape, a.dtype.name, max_line_width=width,
                                separator=separator, prefix=prefix, suffix=suffix)
    assert got == expected


def test_array_str_and_repr_take_numpys_keyword_arguments():
    a = np.array([[1e-9, 2.0 / 3.0, 7.0]] * 4)
    values = a.ravel().tolist()
    assert printing.array_repr(values, a.shape, 'float64', flat=True, max_line_width=30, precision=3,
                               suppress_small=True) == np.array_repr(a, 30, 3, True)
    assert printing.array_str(values, a.shape, 'float64', flat=True, max_line_width=30, precision=3,
                              suppress_small=True) == np.array_str(a, 30, 3, True)


def test_nested_and_flat_inputs_agree():
    a = random_array((2, 3, 4), 'float32', 5, 0)
    assert printing.array_repr(a.tolist(), a.shape, 'float32') == \
        printing.array_repr(a.ravel().tolist(), a.shape, 'float32', flat=True) == repr(a)
    assert printing.array_str([[]], (1, 0), 'int8') == str(np.zeros((1, 0), 'int8'))


# ---------------------------------------------------------------------------------- scalars

def scalar_cases():
    """Draw (dtype name, Python value) for any of the 14 dtypes."""
    integer_cases = st.sampled_from(INTEGERS).flatmap(lambda name: st.tuples(
        st.just(name), st.integers(int(np.iinfo(name).min), int(np.iinfo(name).max))))
    float_cases = st.sampled_from(FLOATS).flatmap(lambda name: st.tuples(
        st.just(name), st.one_of(floats_from_bits(PART_WIDTH[name]), special_floats(PART_WIDTH[name]),
                                 st.floats(width=PART_WIDTH[name]))))
    complex_cases = st.sampled_from(COMPLEXES).flatmap(lambda name: st.tuples(
        st.just(name), st.builds(complex, st.one_of(floats_from_bits(PART_WIDTH[name]),
                                                    special_floats(PART_WIDTH[name])),
                                 st.one_of(floats_from_bits(PART_WIDTH[name]), special_floats(PART_WIDTH[name])))))
    return st.one_of(st.tuples(st.just('bool'), st.booleans()), integer_cases, float_cases, complex_cases)


@settings(max_examples=400, deadline=None)
@given(scalar_cases())
def test_scalar_repr_and_str_match_numpy(impl, case):
    name, value = case
    with np.errstate(over='ignore', invalid='ignore'):
        scalar = np.dtype(name).type(value)          # rounds a float to the dtype
    value = scalar.item()
    assert impl.scalar_repr(value, name) == repr(scalar)
    assert impl.scalar_str(value, name) == str(scalar)
    assert impl.array_str(value, (), name, flat=False) == str(np.array(scalar))


@settings(max_examples=150, deadline=None)
@given(scalar_cases())
def test_exact_path_prints_scalars_like_numpy(case):
    name, value = case
    with np.errstate(over='ignore', invalid='ignore'):
        scalar = np.dtype(name).type(value)
    with exact_path():
        assert printing.scalar_repr(scalar.item(), name) == repr(scalar)


def test_scalar_examples():
    f32 = float(np.float32(1.0 / 3.0))
    assert printing.scalar_repr(f32, 'float32') == 'np.float32(0.33333334)'
    assert printing.scalar_repr(float(np.float32(0.1)), 'float32') == 'np.float32(0.1)'
    assert printing.scalar_repr(3, 'int8') == 'np.int8(3)'
    assert printing.scalar_repr(1 + 2j, 'complex128') == 'np.complex128(1+2j)'
    assert printing.scalar_str(complex(NAN, NAN), 'complex64') == '(nan+nanj)'
    assert printing.scalar_repr(65504.0, 'float16') == 'np.float16(6.55e+04)'


def test_unknown_dtype_raises_like_numpy():
    with pytest.raises(TypeError, match="data type 'float128x' not understood"):
        printing.array_repr([1.0], (1,), 'float128x', flat=True)
    with pytest.raises(TypeError, match="data type 'int3' not understood"):
        printing.scalar_str(1, 'int3')


def test_wrong_number_of_values_raises():
    with pytest.raises(ValueError, match='cannot print 5 values as an array of shape \\(2, 3\\)'):
        printing.array_str([1.0] * 5, (2, 3), 'float64', flat=True)


# ------------------------------------------------- digits of float32 and float16 values

@pytest.mark.parametrize('width', [16, 32])
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_rounding_to_a_narrow_format_matches_numpy(width, data):
    x = data.draw(st.one_of(st.floats(allow_nan=False), floats_from_bits(64).filter(lambda v: v == v)))
    fmt = {16: binaryformats._FLOAT16, 32: binaryformats._FLOAT32}[width]
    with np.errstate(over='ignore'):
        expected = float(np.array(x).astype({16: np.float16, 32: np.float32}[width]))
    got = binaryformats._round_to(x, fmt)
    assert got == expected and math.copysign(1.0, got) == math.copysign(1.0, expected)


@pytest.mark.parametrize('width', [16, 32, 64])
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_fast_digits_agree_with_exact_digits_for_every_format(width, data):
    fmt = {16: binaryformats._FLOAT16, 32: binaryformats._FLOAT32, 64: binaryformats._FLOAT64}[width]
    x = abs(binaryformats._round_to(data.draw(st.one_of(floats_from_bits(width), special_floats(width))), fmt))
    if x - x != 0 or x == 0:
        return
    fractional, unique = data.draw(st.booleans()), data.draw(st.booleans())
    cutoff_max = data.draw(st.integers(-1 if unique else 0, 20))
    cutoff_min = data.draw(st.integers(-1, 20)) if unique else -1
    if not fractional:                       # counts of digits in all start at one
        cutoff_max = max(cutoff_max, 1) if cutoff_max >= 0 else -1
        cutoff_min = max(cutoff_min, 1) if cutoff_min >= 0 else -1
    if cutoff_max >= 0 and cutoff_min > cutoff_max:
        cutoff_min = cutoff_max
    assert (fastdigits._dragon4_fast(x, fractional, cutoff_max, cutoff_min, fmt, unique) ==
            dragon4._dragon4_exact(x, fractional, cutoff_max, cutoff_min, fmt, unique))


@pytest.mark.parametrize('dtype', [np.float16, np.float32])
def test_shortest_digits_of_every_power_of_two_and_its_neighbours(dtype):
    info = np.finfo(dtype)
    for k in range(int(info.minexp) - int(info.nmant), int(info.maxexp)):
        x = dtype(2.0 ** k)
        for y in (x, np.nextafter(x, dtype(0)), np.nextafter(x, dtype(INF))):
            if np.isfinite(y):
                name = np.dtype(dtype).name
                assert printing.scalar_repr(float(y), name) == repr(y)


# ------------------------------------------------- format_float_positional / scientific

float_arguments = st.fixed_dictionaries({
    'precision': st.one_of(st.none(), st.integers(0, 20)),
    'min_digits': st.one_of(st.none(), st.integers(0, 20)),
    'unique': st.booleans(),
    'trim': st.sampled_from(['.', '0', '-', 'k']),
    'sign': st.booleans(),
    'pad_left': st.one_of(st.none(), st.integers(0, 6)),
})


def any_float64():
    return st.one_of(floats_from_bits(64), special_floats(64), st.floats(-1e6, 1e6),
                     st.builds(lambda n, m: n / 2.0 ** m, st.integers(-2 ** 20, 2 ** 20), st.integers(0, 40)))


def outcome(function, *args, **kwargs):
    """Return what a call gives: its text, or the type of the error it raises."""
    try:
        return function(*args, **kwargs)
    except (TypeError, ValueError) as error:
        return type(error).__name__ + ': ' + str(error).split('`')[0]


@settings(max_examples=600, deadline=None)
@given(any_float64(), float_arguments, st.one_of(st.none(), st.integers(0, 8)), st.booleans())
def test_format_float_positional_matches_numpy(impl, x, arguments, pad_right, fractional):
    if abs(x) > 1e30 and arguments['precision'] is None and fractional:
        x = x / 1e280 if x - x == 0 else x      # keep the digits of positional text short
    expected = outcome(np.format_float_positional, x, fractional=fractional, pad_right=pad_right, **arguments)
    got = outcome(impl.format_float_positional, x, fractional=fractional, pad_right=pad_right, **arguments)
    assert got == expected


@settings(max_examples=600, deadline=None)
@given(any_float64(), float_arguments, st.one_of(st.none(), st.integers(0, 7)))
def test_format_float_scientific_matches_numpy(impl, x, arguments, exp_digits):
    expected = outcome(np.format_float_scientific, x, exp_digits=exp_digits, **arguments)
    got = outcome(impl.format_float_scientific, x, exp_digits=exp_digits, **arguments)
    assert got == expected


def test_format_float_errors_match_numpy():
    for function in (printing.format_float_positional, printing.format_float_scientific):
        with pytest.raises(ValueError, match='precision must be >= 0'):
            function(1.5, precision=-1)
        with pytest.raises(ValueError, match='min_digits must be less than or equal to precision'):
            function(1.5, precision=2, min_digits=3)
        with pytest.raises(TypeError, match='in non-unique mode `precision` must be supplied'):
            function(1.5, unique=False)
        with pytest.raises(TypeError, match="trim must be 'k', '.', '0' or '-'"):
            function(1.5, trim='x')
    with pytest.raises(ValueError, match='precision must be greater than 0 if fractional=False'):
        printing.format_float_positional(1.5, precision=0, fractional=False)


# -------------------------------------------------------------------------------------- speed

def test_printing_big_float32_and_complex_arrays_in_full():
    # Their speed is measured in benchmarks/ (the "print" row); here: the full text is NumPy's.
    a = random_array((30, 30), 'float32', 3, 0)
    z = random_array((30, 30), 'complex64', 4, 0)
    with printing.printoptions(threshold=10 ** 9), np.printoptions(threshold=10 ** 9):
        assert printing.array_repr(a.ravel().tolist(), a.shape, 'float32', flat=True) == repr(a)
        assert printing.array_repr(z.ravel().tolist(), z.shape, 'complex64', flat=True) == repr(z)
