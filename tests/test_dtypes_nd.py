"""Differential tests of tinynet.core.dtypes against NumPy 2: the fourteen dtypes and their names,
promotion (NEP 50), can_cast, result_type, iinfo/finfo, and the value kernels fix, cast, from_python,
infer_dtype, check_python_int and the integer arithmetic helpers.

Every differential property runs twice, through the ``impl`` fixture: once with tinynet's dtypes module
as the implementation and once with NumPy itself, which checks the reference side of the test.

Where NumPy is not deterministic the tests say so and compare less:
  * float -> integer casts of nan, inf and floats out of the C conversion's range are undefined in C.
    ``test_cast_out_of_range_one_value`` compares them one value at a time against NumPy's scalar loop
    on x86-64 only.  In whole arrays, float -> uint32 of such values also depends on NumPy's SIMD loop
    (and the CPU), so those elements are left out there.
  * NumPy turns Python ints beyond uint64 into object arrays; tinynet has no object dtype and raises
    OverflowError instead.
"""
import math
import platform
import warnings

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from tinynet.core import dtypes, float_rounding
from tinynet.core import errors

NAMES = ("bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
         "float16", "float32", "float64", "complex64", "complex128")
INT_NAMES = ("int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64")
FLOAT_NAMES = ("float16", "float32", "float64")
COMPLEX_NAMES = ("complex64", "complex128")
CASTINGS = ("no", "equiv", "safe", "same_kind", "unsafe")
X86_64 = platform.machine().lower() in ("x86_64", "amd64")

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PER_CASE = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# ---------------------------------------------------------------------------------------------------------
# The two implementations
# ---------------------------------------------------------------------------------------------------------


def _d(spec):
    return dtypes.dtype(spec)


class TinynetImpl:
    name = "tinynet"

    def dtype(self, spec):
        return dtypes.dtype(spec)

    def promote_types(self, a, b):
        return dtypes.promote_types(a, b).name

    def can_cast(self, a, b, casting):
        return dtypes.can_cast(a, b, casting)

    def result_type(self, *args):
        return dtypes.result_type(*args).name

    def weak_result(self, name, value):
        return dtypes.promote_weak(_d(name), value).name

    def fix(self, values, name):
        return dtypes.fix(list(values), _d(name))

    def cast(self, values, a, b):
        return dtypes.cast(list(values), _d(a), _d(b))

    def from_python(self, values, name):
        return dtypes.from_python(list(values), _d(name))

    def infer(self, values):
        return dtypes.infer_dtype(list(values)).name

    def check_python_int(self, value, name):
        return dtypes.check_python_int(value, _d(name))

    def iinfo(self, spec):
        return dtypes.iinfo(spec)

    def finfo(self, spec):
        return dtypes.finfo(spec)

    def int_op(self, op, xs, ys, name):
        return getattr(dtypes, "int_%s_list" % op)(list(xs), list(ys), _d(name))

    def accumulator(self, name):
        return dtypes.accumulator(_d(name)).name


_UFUNCS = {"floor_divide": np.floor_divide, "remainder": np.remainder, "power": np.power,
           "left_shift": np.left_shift, "right_shift": np.right_shift}


class NumpyImpl:
    name = "numpy"

    def dtype(self, spec):
        return np.dtype(spec)

    def promote_types(self, a, b):
        return np.promote_types(a, b).name

    def can_cast(self, a, b, casting):
        return bool(np.can_cast(a, b, casting))

    def result_type(self, *args):
        return np.result_type(*args).name

    def weak_result(self, name, value):
        return np.add(np.zeros(1, dtype=name), value).dtype.name

    def fix(self, values, name):
        if name in INT_NAMES:
            return np.array([v % 2 ** 64 for v in values], dtype=np.uint64).astype(name).tolist()
        return np.array(values).astype(name).tolist()

    def cast(self, values, a, b):
        return np.array(values, dtype=a).astype(b).tolist()

    def from_python(self, values, name):
        return np.array(values, dtype=name).tolist()

    def infer(self, values):
        result = np.array(values).dtype
        if result == object:
            raise OverflowError("Python int too large to convert to C long")
        return result.name

    def check_python_int(self, value, name):
        np.array([value], dtype=name)
        return value

    def iinfo(self, spec):
        return np.iinfo(spec)

    def finfo(self, spec):
        return np.finfo(spec)

    def int_op(self, op, xs, ys, name):
        return _UFUNCS[op](np.array(xs, dtype=name), np.array(ys, dtype=name)).tolist()

    def accumulator(self, name):
        return np.sum(np.zeros(2, dtype=name)).dtype.name


@pytest.fixture(scope="module", params=[TinynetImpl(), NumpyImpl()], ids=["tinynet", "numpy"])
def impl(request):
    return request.param


# ---------------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------------


def outcome(fn, *args):
    """Run fn(*args), returning ('ok', value) or ('raised', type name, message), and the warnings seen."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = ("ok", fn(*args))
        except (TypeError, ValueError, OverflowError) as error:
            result = ("raised", type(error).__name__, str(error))
    return result, sorted({(w.category.__name__, str(w.message)) for w in caught})


def exact(values):
    """Python values in a form that compares exactly: type and repr (nan == nan, -0.0 != 0.0)."""
    return [(type(v).__name__, repr(v)) for v in values]


def assert_same_values(got, want, context):
    assert exact(got) == exact(want), "%s\n  got:  %r\n  want: %r" % (context, got, want)


def quiet(fn, *args):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fn(*args)


def as_values(raw, name):
    """Python values of dtype `name` made from raw Python numbers by NumPy (rounding floats)."""
    return quiet(lambda: np.array(raw).astype(name).tolist())


# Floats NumPy's conversions treat specially: the edges of int32, uint32, int64 and uint64, huge, tiny.
EDGES = [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 127.5, 128.0, -129.0, 255.9, 256.0, 65535.5, 65536.0, -32769.0,
         2.0 ** 31, -2.0 ** 31, 2.0 ** 31 - 0.5, -2.0 ** 31 - 1, 2.0 ** 32, 2.0 ** 32 + 5, -2.0 ** 32,
         2.0 ** 63, -2.0 ** 63, 2.0 ** 63 - 1024, 2.0 ** 64, 2.0 ** 64 - 2048, -2.0 ** 64, 1.5 * 2.0 ** 63,
         1e30, -1e30, 1e300, 65504.0, 65520.0, 3.4028235677973366e+38, 2.0 ** -149, 2.0 ** -24, 1e-320,
         float("nan"), float("inf"), float("-inf"),
         # ties: float16 (2049, 2051, subnormal 2**-25), float32 (1 + 2**-24, 2**24 + 1, subnormal 2**-150)
         2049.0, 2051.0, 2.0 ** -25, 3 * 2.0 ** -25, 1 + 2.0 ** -24, 1 + 3 * 2.0 ** -24, 16777217.0, 2.0 ** -150,
         3 * 2.0 ** -150, 65519.99, 4095.0 + 0.5]
INT_EDGES = [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32769, 65535, 65536, 2 ** 31 - 1, 2 ** 31,
             -2 ** 31 - 1, 2 ** 32 - 1, 2 ** 32, 2 ** 53 + 1, 2 ** 60 + 2 ** 36 + 1, 2 ** 63 - 1, -2 ** 63,
             2 ** 63, 2 ** 64 - 1, 2 ** 64, -2 ** 63 - 1, 65519, 65520, 16777217, 2 ** 24 + 3]

any_floats = st.one_of(st.floats(), st.sampled_from(EDGES), st.floats(-1e6, 1e6))


def values_of(name, max_size=6):
    """Draw a list of Python values of dtype `name`."""
    if name == "bool":
        return st.lists(st.booleans(), max_size=max_size)
    if name in INT_NAMES:
        info = np.iinfo(name)
        edges = [v for v in INT_EDGES if info.min <= v <= info.max]
        element = st.one_of(st.integers(int(info.min), int(info.max)), st.sampled_from(edges))
        return st.lists(element, max_size=max_size)
    if name in FLOAT_NAMES:
        return st.lists(any_floats, max_size=max_size).map(lambda raw: as_values(raw, name))
    return (st.lists(st.tuples(any_floats, any_floats), max_size=max_size)
            .map(lambda pairs: as_values([complex(a, b) for a, b in pairs], name)))


# ---------------------------------------------------------------------------------------------------------
# dtype objects and names
# ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_dtype_attributes_match_numpy(impl, name):
    """kind, itemsize, char, name, str, alignment, byteorder, repr and str() of each dtype are NumPy's."""
    d, want = impl.dtype(name), np.dtype(name)
    for attr in ("kind", "itemsize", "char", "name", "str", "alignment", "byteorder", "isnative", "shape",
                 "ndim", "descr", "names", "fields", "subdtype", "hasobject"):
        assert getattr(d, attr) == getattr(want, attr), (name, attr, getattr(d, attr), getattr(want, attr))
    assert (repr(d), str(d)) == (repr(want), str(want))
    assert d.base == d and hash(d) == hash(impl.dtype(name))


SPECS = ("? b h i l q p B H I L Q P e f d F D b1 i1 i2 i4 i8 u1 u2 u4 u8 f2 f4 f8 c8 c16 "
         "int uint float complex bool bool_ int_ byte ubyte short ushort intc uintc long ulong longlong "
         "ulonglong intp uintp half single double csingle cdouble "
         "<f8 =f8 |f8 |b1 <b1 =i1 <u1 >u1 |i8 <c16 <e =? <? <i2 "
         "xyz float_ longfloat complex_ cfloat singlecomplex Int64 e2 i3 f3 float8 Float64 b2 ?1 l8 d8 f8f "
         "<float64 <int |bool").split() + list(NAMES)
TYPES = [bool, int, float, complex, None, np.float32, np.intc, np.longlong, np.bool_, np.complex64, np.half,
         np.single, np.double, np.cdouble, np.int_, np.uint, np.intp, np.uint8, np.dtype("int16"),
         np.dtype("complex64")]


@pytest.mark.parametrize("spec", SPECS + TYPES, ids=repr)
def test_dtype_specs_match_numpy(impl, spec):
    """dtype(spec) names NumPy's dtype, or raises NumPy's TypeError ("data type 'xyz' not understood")."""
    got = outcome(lambda: impl.dtype(spec).name)
    want = outcome(lambda: np.dtype(spec).name)
    assert got == want, (spec, got, want)


@pytest.mark.parametrize("spec", ["float128", "longdouble", "g", "G", "c32", "O", "object", "U", "str", "S",
                                  "bytes", "V", "M", "m", "datetime64", "timedelta64", str, np.str_,
                                  np.longdouble, np.object_])
def test_dtypes_numpy_has_and_tinynet_does_not_raise_type_error(spec):
    """Names NumPy knows but tinynet has no dtype for raise TypeError naming them."""
    with pytest.raises(TypeError, match="not supported by tinynet"):
        dtypes.dtype(spec)


def test_removed_aliases_and_non_specs_raise_numpys_errors():
    """NumPy 2 removed 'bool8' and 'int0'; a number is not a dtype."""
    for spec in ("bool8", "int0", "uint0"):
        got, want = outcome(dtypes.dtype, spec), outcome(np.dtype, spec)
        assert got == want
    assert outcome(dtypes.dtype, 3) == outcome(np.dtype, 3)
    assert outcome(dtypes.dtype, 2.5) == outcome(np.dtype, 2.5)


EQ_SPECS = [s for s in SPECS if not s.startswith(">")] + TYPES + ["float128", 3, [], "O"]


@pytest.mark.parametrize("name", NAMES)
def test_dtype_equality_with_specs_matches_numpy(impl, name):
    """dtype == 'f4', == float, == np.float32 ... agree with NumPy (unknown specs compare unequal)."""
    d, want = impl.dtype(name), np.dtype(name)
    for spec in EQ_SPECS:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            assert (d == spec, d != spec) == (want == spec, want != spec), (name, spec)


def test_dtypes_copy_and_pickle_to_themselves():
    """copy, deepcopy and pickle give back the same dtype object (a dtype is a singleton)."""
    import copy
    import pickle
    for name in NAMES:
        d = dtypes.dtype(name)
        assert copy.copy(d) is d and copy.deepcopy(d) is d and pickle.loads(pickle.dumps(d)) is d
    assert dtypes.FLOAT64.name == "float64" and dtypes.INT64.name == "int64"


def test_constants_name_every_dtype():
    """BOOL, INT8 ... COMPLEX128 are the dtypes of those names; ALL_DTYPES lists the fourteen."""
    for name in NAMES:
        assert getattr(dtypes, name.upper()) is dtypes.dtype(name)
    assert sorted(d.name for d in dtypes.ALL_DTYPES) == sorted(NAMES)


# ---------------------------------------------------------------------------------------------------------
# Promotion and casting rules
# ---------------------------------------------------------------------------------------------------------


def test_promote_types_every_pair_matches_numpy(impl):
    """promote(a, b) is np.promote_types(a, b) for all 196 pairs (int64 + uint64 -> float64, ...)."""
    for a in NAMES:
        for b in NAMES:
            assert impl.promote_types(a, b) == np.promote_types(a, b).name, (a, b)


def test_promote_on_dtype_objects_is_symmetric_and_cached():
    for a in dtypes.ALL_DTYPES:
        for b in dtypes.ALL_DTYPES:
            assert dtypes.promote(a, b) is dtypes.promote(b, a) is dtypes.promote_types(a.name, b.name)


def test_can_cast_every_pair_and_rule_matches_numpy(impl):
    """can_cast(a, b, casting) for all pairs and the five casting rules."""
    for a in NAMES:
        for b in NAMES:
            for casting in CASTINGS:
                assert impl.can_cast(a, b, casting) == bool(np.can_cast(a, b, casting)), (a, b, casting)


def test_can_cast_same_kind_is_can_cast_same_kind():
    for a in dtypes.ALL_DTYPES:
        for b in dtypes.ALL_DTYPES:
            assert dtypes.can_cast_same_kind(a, b) == bool(np.can_cast(a.name, b.name, "same_kind"))


@pytest.mark.parametrize("args", [(300, "uint8"), (True, "int8"), (1.5, "float32"), (1j, "complex64"),
                                  ("f8", "i8", "bogus")], ids=repr)
def test_can_cast_refuses_python_numbers_and_unknown_rules(impl, args):
    """NumPy 2 refuses can_cast(300, 'uint8') (TypeError) and an unknown casting rule (ValueError)."""
    got = outcome(lambda: impl.can_cast(*args) if len(args) == 3 else impl.can_cast(args[0], args[1], "safe"))
    want = outcome(lambda: np.can_cast(*args))
    assert got == want


def test_can_cast_reads_the_dtype_of_arrays(impl):
    assert impl.can_cast(np.array([1], dtype="int8"), "uint8", "safe") is False
    assert impl.can_cast(np.array([1], dtype="uint8"), "int16", "safe") is True


python_numbers = st.one_of(st.booleans(), st.integers(-1000, 1000), st.floats(-1e6, 1e6), st.complex_numbers(
    max_magnitude=1e6))
operands = st.one_of(st.sampled_from(NAMES), python_numbers)


@FAST
@given(args=st.lists(operands, min_size=1, max_size=4))
def test_result_type_with_python_scalars_matches_numpy(impl, args):
    """result_type over dtypes and weak Python scalars (NEP 50): uint8 + 300 -> uint8, float16 + 1j ->
    complex64, int8 + 1.0 -> float64, scalars alone -> their default dtypes."""
    assert impl.result_type(*args) == np.result_type(*args).name, args


def test_result_type_needs_an_argument_and_treats_types_as_strong(impl):
    assert outcome(impl.result_type) == outcome(np.result_type)
    assert impl.result_type("int8", float) == "float64" and impl.result_type("uint8", int) == "int64"
    assert impl.result_type(None) == "float64"
    assert impl.result_type(np.array([1], dtype="int8"), 1) == "int8"


big_ints = st.one_of(st.integers(-2 ** 70, 2 ** 70), st.sampled_from(INT_EDGES + [-x for x in INT_EDGES]),
                     st.integers(-300, 300), st.sampled_from([10 ** 400, -10 ** 400]))
weak_values = st.one_of(st.booleans(), big_ints, st.floats(allow_nan=False), st.complex_numbers(max_magnitude=1e300))


@FAST
@given(name=st.sampled_from(NAMES), value=weak_values)
def test_promote_weak_matches_numpy_array_plus_python_scalar(impl, name, value):
    """The dtype of array + Python scalar (NEP 50), and NumPy's OverflowError for ints that do not fit:
    'Python integer 300 out of bounds for uint8', 'Python int too large to convert to C long'."""
    got, _ = outcome(impl.weak_result, name, value)
    want, _ = outcome(NumpyImpl().weak_result, name, value)
    assert got == want, (name, value)


def test_promote_weak_keeps_the_first_array_cores_calls():
    """Python types (not values) as the weak operand, as the first array core passes them."""
    assert dtypes.promote_weak(dtypes.UINT8, int) is dtypes.UINT8
    assert dtypes.promote_weak(dtypes.BOOL, int) is dtypes.INT64
    assert dtypes.promote_weak(dtypes.INT64, float) is dtypes.FLOAT64
    assert dtypes.promote_weak(dtypes.FLOAT32, complex) is dtypes.COMPLEX64
    assert dtypes.promote_weak(dtypes.BOOL, bool) is dtypes.BOOL


@pytest.mark.parametrize("name", NAMES)
def test_accumulator_is_the_dtype_numpy_sums_in(impl, name):
    assert impl.accumulator(name) == np.sum(np.zeros(2, dtype=name)).dtype.name


# ---------------------------------------------------------------------------------------------------------
# iinfo and finfo
# ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", INT_NAMES)
def test_iinfo_matches_numpy(impl, name):
    got, want = impl.iinfo(name), np.iinfo(name)
    assert (got.min, got.max, got.bits, got.kind, str(got.dtype)) == (
        int(want.min), int(want.max), want.bits, want.kind, str(want.dtype))
    assert type(got.min) is int and type(got.max) is int
    assert (repr(got), str(got)) == (repr(want), str(want))


FINFO_FIELDS = ("bits", "eps", "epsneg", "max", "min", "tiny", "smallest_normal", "smallest_subnormal",
                "resolution", "precision", "machep", "negep", "minexp", "maxexp", "nmant", "nexp", "iexp")


@pytest.mark.parametrize("name", FLOAT_NAMES + COMPLEX_NAMES)
def test_finfo_matches_numpy(impl, name):
    """finfo's fields (ints, and scalars of the dtype: np.float32 for float32's eps), dtype, repr and str are NumPy's."""
    got, want = impl.finfo(name), np.finfo(name)
    for field in FINFO_FIELDS:
        g, w = getattr(got, field), getattr(want, field)
        assert float(g) == float(w) and type(g).__name__ == type(w).__name__, (name, field, g, w)
    assert str(got.dtype) == str(want.dtype)
    assert (repr(got), str(got)) == (repr(want), str(want))


def test_finfo_of_python_float_is_binary64_here():
    """finfo(float) describes Python's float: binary64 on CPython (binary32 on single-precision boards)."""
    assert dtypes.FLOAT_IS_SINGLE is False
    assert dtypes.finfo(float).eps == np.finfo(float).eps and dtypes.finfo(float).dtype is dtypes.FLOAT64
    assert dtypes.finfo(complex).dtype is dtypes.FLOAT64
    assert dtypes.iinfo(int).bits == 64


@pytest.mark.parametrize("spec", ["float64", "bool", float, "complex64"], ids=repr)
def test_iinfo_of_a_non_integer_raises_numpys_value_error(impl, spec):
    assert outcome(impl.iinfo, spec) == outcome(np.iinfo, spec)


@pytest.mark.parametrize("spec", ["int64", "bool", "uint8", int], ids=repr)
def test_finfo_of_a_non_float_raises_numpys_value_error(impl, spec):
    assert outcome(impl.finfo, spec) == outcome(np.finfo, spec)


# ---------------------------------------------------------------------------------------------------------
# fix: making results representable
# ---------------------------------------------------------------------------------------------------------


@FAST
@given(name=st.sampled_from(INT_NAMES), values=st.lists(big_ints.filter(lambda v: abs(v) < 2 ** 80), max_size=8))
def test_fix_wraps_integers_like_numpy(impl, name, values):
    """Integers wrap modulo 2**bits into the dtype's range (two's complement), as NumPy's arithmetic."""
    want = NumpyImpl().fix(values, name)
    assert_same_values(impl.fix(values, name), want, name)


@FAST
@given(name=st.sampled_from(("float16", "float32")), values=st.lists(any_floats, max_size=8))
def test_fix_rounds_floats_like_numpy(impl, name, values):
    """float32 and float16 round to nearest, ties to even, inf on overflow, subnormals kept."""
    want = quiet(lambda: np.array(values).astype(name).tolist())
    assert_same_values(quiet(impl.fix, values, name), want, name)


@FAST
@given(pairs=st.lists(st.tuples(any_floats, any_floats), max_size=6))
def test_fix_rounds_both_parts_of_complex64(impl, pairs):
    values = [complex(a, b) for a, b in pairs]
    want = quiet(lambda: np.array(values).astype("complex64").tolist())
    assert_same_values(quiet(impl.fix, values, "complex64"), want, "complex64")


@FAST
@given(values=st.lists(any_floats, max_size=8))
def test_fix_fast_paths_agree_with_plain_rounding(values):
    """array('f') and struct 'e' (the fast paths) agree with the plain rounding used where they are missing."""
    assert exact(dtypes.fix(values, dtypes.FLOAT32)) == exact([dtypes.round_float32_plain(x) for x in values])
    assert exact(dtypes.fix(values, dtypes.FLOAT16)) == exact([dtypes.round_float16_plain(x) for x in values])
    assert exact(float_rounding.fix_float16(values)) == exact([float_rounding.round_float16_one(x) for x in values])


def test_fix_returns_its_input_when_nothing_changes():
    ints, floats, flags = [1, 2, 3], [0.1, 2.5], [True, False]
    assert dtypes.fix(ints, dtypes.INT8) is ints and dtypes.fix(floats, dtypes.FLOAT64) is floats
    assert dtypes.fix(flags, dtypes.BOOL) is flags and dtypes.fix([], dtypes.UINT8) == []


# ---------------------------------------------------------------------------------------------------------
# cast: ndarray.astype
# ---------------------------------------------------------------------------------------------------------


def _deterministic(x, source, target):
    """Whether NumPy's astype of x is the same in every loop: not a float -> integer conversion out of
    range, except that NumPy on x86-64 agrees with itself there for every target but uint32."""
    if source in ("bool",) + INT_NAMES or target in ("bool",) + FLOAT_NAMES + COMPLEX_NAMES:
        return True
    real = x.real if isinstance(x, complex) else x
    if math.isfinite(real):
        info = np.iinfo(target)
        if info.min <= math.trunc(real) <= info.max:
            return True
    return X86_64 and target != "uint32"


@PER_CASE
@pytest.mark.parametrize("source", NAMES)
@pytest.mark.parametrize("target", NAMES)
@given(data=st.data())
def test_cast_matches_astype(impl, source, target, data):
    """cast(values, a, b) is np.array(values, a).astype(b): truncation toward zero, wrapping, rounding once
    (int64 -> float32 too), complex -> real with ComplexWarning, overflow -> inf with NumPy's warning."""
    values = data.draw(values_of(source), label="values")
    got, got_warnings = outcome(impl.cast, values, source, target)
    want, want_warnings = outcome(NumpyImpl().cast, values, source, target)
    keep = [k for k, x in enumerate(values) if _deterministic(x, source, target)]
    assert got[0] == want[0] == "ok"
    assert_same_values([got[1][k] for k in keep], [want[1][k] for k in keep], (source, target, values))
    if len(keep) == len(values):
        assert got_warnings == want_warnings, (source, target, values)


@pytest.mark.skipif(not X86_64, reason="float -> integer out of range is undefined in C; tinynet follows x86-64")
@pytest.mark.parametrize("source", FLOAT_NAMES + COMPLEX_NAMES)
@pytest.mark.parametrize("target", INT_NAMES)
def test_cast_out_of_range_one_value(impl, source, target):
    """nan, inf and out-of-range floats to integers, one value at a time: NumPy's scalar loop on x86-64
    (int8..int32 through int32's minimum, int64 and uint32 through int64's, uint64's two-step), with
    'invalid value encountered in cast'."""
    for x in as_values(EDGES + [-x for x in EDGES], source):
        got = outcome(impl.cast, [x], source, target)
        want = outcome(NumpyImpl().cast, [x], source, target)
        assert got == want, (source, target, x)


def test_cast_rounds_int64_to_float32_once():
    """2**60 + 2**36 + 1 is just above a float32 tie; rounding through float64 first would go down."""
    n = 2 ** 60 + 2 ** 36 + 1
    want = np.array([n, -n]).astype("float32").tolist()
    assert dtypes.cast([n, -n], dtypes.INT64, dtypes.FLOAT32) == want
    assert dtypes.cast([n], dtypes.INT64, dtypes.COMPLEX64) == np.array([n]).astype("complex64").tolist()


def test_cast_warns_complex_warning_from_errors_module():
    with pytest.warns(errors.ComplexWarning, match="discards the imaginary part"):
        assert dtypes.cast([1 + 2j], dtypes.COMPLEX128, dtypes.FLOAT64) == [1.0]
    assert issubclass(errors.ComplexWarning, RuntimeWarning)


def test_cast_returns_a_new_list():
    values = [1, 2]
    assert dtypes.cast(values, dtypes.INT64, dtypes.INT64) is not values
    assert dtypes.cast(values, dtypes.INT64, dtypes.INT64, setting=True) == values


# ---------------------------------------------------------------------------------------------------------
# Python values into arrays: infer_dtype, from_python, check_python_int
# ---------------------------------------------------------------------------------------------------------

python_values = st.one_of(st.booleans(), big_ints.filter(lambda v: abs(v) < 2 ** 70), st.floats(),
                          st.complex_numbers(max_magnitude=1e300), st.sampled_from(EDGES))


INFER_CASES = [[], [True, 2], [2 ** 63, 1], [2 ** 63, -1], [2 ** 63, True], [2 ** 63, 1.5], [2 ** 63, 1j],
               [2 ** 64], [-2 ** 63 - 1], [2 ** 64, 1.5], [-2 ** 63, 2 ** 64 - 1], [1, 2.5], [True, 1j], [0.5, 1j]]


@pytest.mark.parametrize("values", INFER_CASES, ids=repr)
def test_infer_dtype_cases(impl, values):
    assert outcome(impl.infer, values) == outcome(NumpyImpl().infer, values)


@FAST
@given(values=st.lists(python_values, max_size=5))
def test_infer_dtype_matches_np_array(impl, values):
    """np.array(list).dtype: bool < int < float < complex; ints above int64 make uint64, or float64
    beside negatives; beyond uint64 NumPy makes an object array and tinynet raises OverflowError."""
    got = outcome(impl.infer, values)
    want = outcome(NumpyImpl().infer, values)
    assert got == want, values


FROM_PYTHON_CASES = [
    ([300], "uint8"), ([-1], "uint8"), ([-1], "uint64"), ([2 ** 63], "int64"), ([2 ** 63], "uint64"),
    ([2 ** 64], "uint64"), ([-2 ** 63 - 1], "uint64"), ([2 ** 70], "int8"), ([-129], "int8"), ([300], "bool"),
    ([10 ** 400], "float32"), ([2 ** 200], "float32"), ([2 ** 200], "float16"), ([70000], "float16"),
    ([1e300], "float32"), ([300.0], "uint8"), ([300.5], "uint8"), ([-0.5], "uint8"), ([-1.5], "uint8"),
    ([float("nan")], "int64"), ([float("inf")], "int8"), ([float("-inf")], "uint16"), ([1e30], "int64"),
    ([2.0 ** 63], "int64"), ([2.0 ** 63], "uint64"), ([-2.0 ** 63], "int64"), ([2.0 ** 64], "uint64"),
    ([1j], "float64"), ([1 + 1j], "int64"), ([1j], "complex64"), ([2 ** 64], "complex64"),
    ([10 ** 400], "complex64"), ([1e300], "complex64"), ([1.5, 1 + 0j, 0j, float("nan")], "bool"),
    ([True, 2.5, 7], "float16"), ([1.0, 300.0], "uint8"), ([1.0, 2 ** 64], "uint8"), ([2 ** 60 + 2 ** 36 + 1], "float32"),
    ([65535, 0j], "float16"), ([1e300, 10 ** 400], "float32"), ([70000, 1j], "float16"), ([2 ** 63], "uint32"),
]


@pytest.mark.parametrize("values, name", FROM_PYTHON_CASES, ids=repr)
def test_from_python_cases(impl, values, name):
    got, got_warnings = outcome(impl.from_python, values, name)
    want, want_warnings = outcome(NumpyImpl().from_python, values, name)
    assert (exact(got[1]) if got[0] == "ok" else got) == (exact(want[1]) if want[0] == "ok" else want)
    assert got_warnings == want_warnings


@FAST
@given(name=st.sampled_from(NAMES), values=st.lists(python_values, max_size=4))
def test_from_python_matches_np_array_with_dtype(impl, name, values):
    """np.array(values, dtype=d): Python ints must fit, floats truncate and must then fit, nan raises
    ValueError, complex into a real dtype raises TypeError, floats round (overflow warns)."""
    got, got_warnings = outcome(impl.from_python, values, name)
    want, want_warnings = outcome(NumpyImpl().from_python, values, name)
    if got[0] == "ok" and want[0] == "ok":
        assert_same_values(got[1], want[1], (name, values))
    else:
        assert got == want, (name, values)
    assert got_warnings == want_warnings, (name, values)


def test_convert_scalar_is_from_python_for_one_value():
    assert dtypes.convert_scalar(2.7, dtypes.INT8) == 2
    assert dtypes.convert_scalar(np.int64(300), dtypes.INT8) == np.int64(300).astype("int8")
    with pytest.raises(OverflowError, match="Python integer 300 out of bounds for int8"):
        dtypes.convert_scalar(300, dtypes.INT8)
    with pytest.raises(ValueError, match="could not convert string to float: 'a'"):  # NumPy parses strings
        dtypes.convert_scalar("a", dtypes.FLOAT64)
    assert dtypes.convert_scalar(" 2.5", dtypes.FLOAT32) == 2.5 and dtypes.convert_scalar("-7", dtypes.INT8) == -7
    assert dtypes.convert_scalar("", dtypes.BOOL) is False and dtypes.convert_scalar("0", dtypes.BOOL) is True
    with pytest.raises(TypeError):
        dtypes.convert_scalar(None, dtypes.FLOAT64)


@pytest.mark.parametrize("name", NAMES)
def test_check_python_int_at_the_edges(impl, name):
    """The edges of every integer dtype and of C long: 'out of bounds for uint8' or 'too large to convert
    to C long' (NumPy reads uint32 and uint64 as unsigned, so 2**63 is only out of bounds for uint32)."""
    for value in INT_EDGES + [-v for v in INT_EDGES] + [10 ** 400, -10 ** 400]:
        got, _ = outcome(impl.check_python_int, value, name)
        want, _ = outcome(NumpyImpl().check_python_int, value, name)  # (np.array also warns on overflow)
        assert got == want, (name, value)


@FAST
@given(name=st.sampled_from(NAMES), value=big_ints)
def test_check_python_int_matches_np_array(impl, name, value):
    got = outcome(impl.check_python_int, value, name)
    want = outcome(NumpyImpl().check_python_int, value, name)
    assert got[0] == want[0], (name, value)


def test_kind_of_value_and_dtype_of_value():
    assert [dtypes.kind_of_value(v).name for v in (True, 3, 2 ** 70, 0.5, 1j)] == [
        "bool", "int64", "int64", "float64", "complex128"]
    assert dtypes.dtype_of_value(2 ** 63).name == "uint64"
    assert dtypes.dtype_of_value(np.float32(1)).name == "float32"
    for bad in ("a", None, object(), [1]):
        with pytest.raises(TypeError, match="tinynet arrays hold bool, int, float and complex"):
            dtypes.kind_of_value(bad)
        with pytest.raises(TypeError):
            dtypes.infer_dtype([1, bad])


# ---------------------------------------------------------------------------------------------------------
# Integer arithmetic
# ---------------------------------------------------------------------------------------------------------


@st.composite
def int_operands(draw, op):
    name = draw(st.sampled_from(INT_NAMES), label="dtype")
    info = np.iinfo(name)
    lo, hi = int(info.min), int(info.max)
    edges = st.sampled_from([v for v in (0, 1, -1, 2, lo, hi, lo + 1, hi - 1) if lo <= v <= hi])
    n = draw(st.integers(0, 6))
    xs = draw(st.lists(st.one_of(st.integers(lo, hi), edges), min_size=n, max_size=n), label="xs")
    if op in ("left_shift", "right_shift"):
        count = st.one_of(st.integers(max(lo, -3), min(hi, info.bits + 3)), st.integers(lo, hi))
    elif op == "power":
        count = st.integers(max(lo, -2), min(hi, 70))
    else:
        count = st.one_of(st.integers(lo, hi), edges)
    ys = draw(st.lists(count, min_size=n, max_size=n), label="ys")
    return name, xs, ys


@pytest.mark.parametrize("op", sorted(_UFUNCS))
@FAST
@given(data=st.data())
def test_integer_arithmetic_matches_numpy(impl, op, data):
    """floor_divide and remainder (0 with a divide-by-zero warning for y == 0, wrapping min // -1), power
    (wrapping; ValueError for negative exponents), shifts (0 or -1 past the width or for negative counts)."""
    name, xs, ys = data.draw(int_operands(op))
    got = outcome(impl.int_op, op, xs, ys, name)
    want = outcome(NumpyImpl().int_op, op, xs, ys, name)
    assert got == want, (op, name, xs, ys)


@pytest.mark.parametrize("op", sorted(_UFUNCS))
@FAST
@given(data=st.data())
def test_integer_helpers_one_pair_agree_with_list_versions(op, data):
    name, xs, ys = data.draw(int_operands(op))
    d = dtypes.dtype(name)
    one = getattr(dtypes, "int_" + op)
    many = getattr(dtypes, "int_%s_list" % op)
    if op == "power" and any(y < 0 for y in ys):
        with pytest.raises(ValueError, match="Integers to negative integer powers are not allowed."):
            many(xs, ys, d)
        return
    assert quiet(many, xs, ys, d) == [quiet(one, x, y, d) for x, y in zip(xs, ys)]


# ---------------------------------------------------------------------------------------------------------
# The first array core's helpers
# ---------------------------------------------------------------------------------------------------------


@FAST
@given(name=st.sampled_from(NAMES), value=st.one_of(st.booleans(), st.integers(-2 ** 63, 2 ** 63 - 1),
                                                   st.floats(-1e15, 1e15)))
def test_converter_matches_astype_of_one_value(name, value):
    """converter(d)(x) is np.array([x]).astype(d)[0] for values that NumPy casts deterministically."""
    source = "bool" if type(value) is bool else "int64" if type(value) is int else "float64"
    if source == "float64" and name in INT_NAMES:
        info = np.iinfo(name)
        if not info.min <= math.trunc(value) <= info.max and name != "int64":
            return
    want = quiet(lambda: np.array([value], dtype=source).astype(name).tolist())
    assert_same_values([quiet(dtypes.converter(dtypes.dtype(name)), value)], want, (name, value))


def test_wrapper_bounds_and_scalar_keep_their_contracts():
    assert dtypes.wrapper(dtypes.UINT8)(300) == 44 and dtypes.wrapper(dtypes.INT64) is None
    assert dtypes.wrapper(dtypes.FLOAT32) is None and dtypes.wrapper(dtypes.INT16)(32768) == -32768
    assert dtypes.wrap_uint8(-1) == 255
    for name in INT_NAMES:
        info = np.iinfo(name)
        assert dtypes.bounds(dtypes.dtype(name)) == (int(info.min), int(info.max))
    assert dtypes.bounds(dtypes.FLOAT64) == (-2 ** 63, 2 ** 63 - 1)
    assert dtypes.real_dtype(dtypes.COMPLEX64) is dtypes.FLOAT32 and dtypes.real_dtype(dtypes.INT8) is dtypes.INT8
