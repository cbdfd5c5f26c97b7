"""Shared Hypothesis strategies and comparison helpers for the differential tests against NumPy.

A strategy draws an array *description*, not an array: an ``ArrayCase`` holds a nested Python list, its
shape and a dtype name, and builds the same array in either library from that one list::

    >>> import numpy
    >>> case = ArrayCase([[1, 2], [3, 4]], (2, 2), "int64")
    >>> case.build(numpy).tolist()
    [[1, 2], [3, 4]]

A test then runs one expression on both libraries and compares the answers with ``agree``::

    >>> agree(lambda xp, a: a.T, numpy, case).tolist()   # NumPy's answer, once both agree
    [[1, 3], [2, 4]]

Strategies (shapes are tuples of 0, 1 or 2 ints; sides are 0..6, occasionally up to 24)
    shapes, broadcastable_shapes, nonbroadcastable_shapes, shapes_broadcastable_to, matmul_shapes,
    misaligned_matmul_shapes, axes_for, dtypes, floats, elements, nested_lists, array_cases,
    python_scalars, operands and operand_pairs (arrays, Python scalars and NumPy-like ``Scalar``s);
    PROPERTY is the shared @settings (about 100 examples, no deadline)

N-d strategies (shapes of 0..6 axes, all fourteen dtypes; used by the N-d suites)
    ALL_DTYPES, INT_DTYPES, FLOAT_DTYPES, COMPLEX_DTYPES, NUMERIC_DTYPES, REAL_DTYPES, nd_shapes,
    nd_broadcastable_shapes, nd_elements, nd_nested, nd_cases (NdCase); assert_same_nd and agree_nd compare
    dtype names exactly; known_bug(reason) marks a test strict-xfail for tinynet only

Comparison
    assert_same(tn_result, np_result, ulps=None, atol=None, signed_zeros=True)
    agree(fn, tn, *args, ...) runs ``fn(library, *built_args)`` on both libraries and compares results,
    raised exceptions (message=True: and their messages) and the (possibly mutated) inputs.
    to_numpy(x) reads an array or scalar of the library under test into NumPy through its public API.

Tolerances, and why they exist
    exact      + - * / // % **(ints), comparisons, abs, sign, square, sqrt (IEEE correctly rounded), integer
               sums, max/min, indexing, reshape, concatenation, rounding, arange, linspace: the results are
               determined bit for bit, so they must match bit for bit (nan == nan, and -0.0 != 0.0 unless the
               operation leaves the sign of a zero unspecified, like max over [0.0, -0.0]).
    sums       float sums and means: NumPy adds with pairwise summation along contiguous axes and a plain
               loop along others, so the order of additions is an implementation detail.  Allowed error per
               result element: (n + 1) * eps * sum(|x_i|) over the n summed elements.
    products   float matmul/dot: BLAS reorders, blocks and fuses (FMA) the products.  Allowed error per
               element: (k + 1) * eps * sum_k |A[i,k] * B[k,j]| plus (k + 1) * 2**-1074 for underflow.
    ulps       exp, log, tanh, sin, cos and float ** float: NumPy uses SIMD kernels that are accurate to a few
               units in the last place, not correctly rounded.  Allowed error: 4 ulp of NumPy's answer.

The library under test is chosen in tests/conftest.py: ``--array-lib=numpy`` (or the environment variable
TINYNET_TEST_LIB=numpy) runs the whole suite with NumPy on both sides, which checks the tests themselves.
"""
import math
import os
import warnings

import numpy
from hypothesis import HealthCheck, assume, settings, strategies as st

DTYPE_NAMES = ("bool", "uint8", "int64", "float64")
KIND_OF = {"bool": "b", "uint8": "u", "int64": "i", "float64": "f"}
PYTHON_TYPE_OF = {"bool": bool, "uint8": int, "int64": int, "float64": float}
EPS = 2.0 ** -52
TINIEST = 2.0 ** -1074
INF = float("inf")
NAN = float("nan")
INT31 = 2 ** 31 - 1
INT62 = 2 ** 62 - 1

# The default for one property: about a hundred examples (TINYNET_EXAMPLES=1000 for a deeper search), no
# per-example deadline (the first call of a pure-Python kernel can be slow), and no complaint about
# drawing a few hundred elements.
PROPERTY = settings(max_examples=int(os.environ.get("TINYNET_EXAMPLES", "100")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much])
# For a property parametrized over many cases (each case gets fewer examples; the total stays large).
PROPERTY_PER_CASE = settings(PROPERTY, max_examples=max(1, PROPERTY.max_examples // 4))

# ---------------------------------------------------------------------------------------------------------
# shapes
# ---------------------------------------------------------------------------------------------------------


def sides(max_side=6, big_side=24):
    """Draw an axis length: 0..max_side most of the time, up to big_side about one time in eight."""
    if big_side <= max_side:
        return st.integers(0, max_side)
    return st.integers(0, 7).flatmap(
        lambda k: st.integers(max_side + 1, big_side) if k == 7 else st.integers(0, max_side))


def shapes(min_dims=0, max_dims=2, min_side=0, max_side=6, big_side=24):
    """Draw a shape with min_dims..max_dims axes."""
    side = sides(max_side, big_side).filter(lambda n: n >= min_side) if min_side else sides(max_side, big_side)
    return st.integers(min_dims, max_dims).flatmap(lambda nd: st.tuples(*[side] * nd))


@st.composite
def broadcastable_shapes(draw, max_side=6, big_side=12):
    """Draw a pair of shapes (0, 1 or 2 axes each) that NumPy can broadcast together.

    Aligned trailing axes are equal or one of them is 1; any leading axes of the longer shape are free.
    Lengths of 1 are drawn often so that stretching is exercised on every axis.
    """
    side = st.one_of(st.just(1), sides(max_side, big_side))
    first = draw(st.integers(0, 2).flatmap(lambda nd: st.tuples(*[side] * nd)))
    ndim = draw(st.integers(0, 2))
    second = []
    for k in range(1, ndim + 1):
        if k <= len(first) and first[-k] != 1:
            second.insert(0, draw(st.sampled_from([first[-k], 1])))
        else:
            second.insert(0, draw(side))
    pair = (tuple(first), tuple(second))
    return pair[::-1] if draw(st.booleans()) else pair


def broadcast_shape(a, b):
    """Return NumPy's broadcast shape of two shapes (the tests' own reference, computed by NumPy)."""
    return numpy.broadcast_shapes(a, b)


@st.composite
def nonbroadcastable_shapes(draw):
    """Draw a pair of shapes that cannot be broadcast: one aligned axis differs and neither length is 1."""
    first, second = draw(broadcastable_shapes())
    assume(first and second)
    k = draw(st.integers(1, min(len(first), len(second))))
    x, y = draw(st.lists(st.sampled_from([0, 2, 3, 4, 5]), min_size=2, max_size=2, unique=True))
    first, second = list(first), list(second)
    first[-k], second[-k] = x, y
    return tuple(first), tuple(second)


@st.composite
def matmul_shapes(draw, max_side=6, big_side=12):
    """Draw aligned shapes for a @ b: (n,)@(n,), (m,n)@(n,), (n,)@(n,p) or (m,n)@(n,p)."""
    m, n, p = (draw(sides(max_side, big_side)) for _ in range(3))
    kind = draw(st.sampled_from(["1.1", "2.1", "1.2", "2.2"]))
    return {"1.1": ((n,), (n,)), "2.1": ((m, n), (n,)), "1.2": ((n,), (n, p)), "2.2": ((m, n), (n, p))}[kind]


@st.composite
def misaligned_matmul_shapes(draw):
    """Draw shapes of 1 or 2 axes whose inner lengths differ, so a @ b must raise ValueError."""
    m, p = draw(sides()), draw(sides())
    n, k = draw(st.lists(st.integers(0, 6), min_size=2, max_size=2, unique=True))
    kind = draw(st.sampled_from(["1.1", "2.1", "1.2", "2.2"]))
    return {"1.1": ((n,), (k,)), "2.1": ((m, n), (k,)), "1.2": ((n,), (k, p)), "2.2": ((m, n), (k, p))}[kind]


@st.composite
def shapes_broadcastable_to(draw, target):
    """Draw a shape that broadcasts to target: a suffix of it with some lengths replaced by 1."""
    ndim = draw(st.integers(0, len(target)))
    suffix = target[len(target) - ndim:]
    return tuple(1 if draw(st.booleans()) else d for d in suffix)


def axes_for(ndim, allow_none=True):
    """Draw a valid axis for an array of ndim axes: None (if allowed) or -ndim..ndim-1."""
    choices = [None] if allow_none else []
    choices += list(range(-ndim, ndim))
    return st.sampled_from(choices)


# ---------------------------------------------------------------------------------------------------------
# dtypes and values
# ---------------------------------------------------------------------------------------------------------


def dtypes(names=DTYPE_NAMES):
    """Draw one of the dtype names tinynet supports."""
    return st.sampled_from(list(names))


FLOAT_SPECIALS = (0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 3.0, 1e300, -1e300, 1e-300, -1e-300,
                  5e-324, 2.0 ** 53, 1.7976931348623157e308)


def floats(nonfinite=True, max_abs=None, min_value=None, max_value=None):
    """Draw a float: small integers, halves, signed zeros, huge and tiny magnitudes, and inf/nan if allowed.

    max_abs (or min_value/max_value) bounds the finite values; nonfinite adds inf, -inf and nan, also
    when the finite values are bounded (unless min_value/max_value give a range).
    """
    lo = -max_abs if max_abs is not None else min_value
    hi = max_abs if max_abs is not None else max_value
    ranged = min_value is not None or max_value is not None
    bounded = lo is not None or hi is not None

    def inside(x):
        return (lo is None or x >= lo) and (hi is None or x <= hi)

    specials = [x for x in FLOAT_SPECIALS if inside(x)]
    allow = nonfinite and not bounded
    parts = [st.floats(min_value=lo, max_value=hi, allow_nan=allow, allow_infinity=allow),
             st.integers(-10, 10).map(float).filter(inside),
             st.integers(-40, 40).map(lambda i: i / 4.0).filter(inside)]
    if specials:
        parts.append(st.sampled_from(specials))
    if nonfinite and not ranged:  # a branch of its own, so that about one element in 15 is nan
        parts.append(st.sampled_from([INF, -INF, NAN]))
    return st.one_of(*parts)


def elements(dtype, nonfinite=True, max_abs=None, int_bound=INT31, min_value=None, max_value=None):
    """Draw a Python value for one element of an array of the named dtype.

    bool: True/False; uint8: 0..255; int64: -int_bound..int_bound (callers bound it so the operation under
    test cannot overflow int64); float64: see floats().
    """
    if dtype == "bool":
        return st.booleans()
    if dtype == "uint8":
        lo = 0 if min_value is None else max(0, int(min_value))
        hi = 255 if max_value is None else min(255, int(max_value))
        return st.integers(lo, hi)
    if dtype == "int64":
        lo = -int_bound if min_value is None else max(-int_bound, int(min_value))
        hi = int_bound if max_value is None else min(int_bound, int(max_value))
        return st.integers(lo, hi)
    if dtype == "float64":
        return floats(nonfinite=nonfinite, max_abs=max_abs, min_value=min_value, max_value=max_value)
    raise ValueError("unknown dtype %r" % (dtype,))


def nested_lists(shape, element):
    """Draw a nested list of the given shape whose leaves come from element."""
    if len(shape) == 0:
        return element
    if len(shape) == 1:
        return st.lists(element, min_size=shape[0], max_size=shape[0])
    return st.lists(st.lists(element, min_size=shape[1], max_size=shape[1]),
                    min_size=shape[0], max_size=shape[0])


class ArrayCase(object):
    """The description of one array: nested Python values, a shape and a dtype name.

    build(lib) makes the array with ``lib.array(nested, dtype=name)``.  A (0, m) array cannot be written as
    a nested list, so it is made with ``lib.zeros(shape, dtype=name)`` instead.
    """

    def __init__(self, nested, shape, dtype):
        self.nested = nested
        self.shape = tuple(shape)
        self.dtype = dtype

    def build(self, lib):
        if len(self.shape) == 2 and self.shape[0] == 0:
            return lib.zeros(self.shape, dtype=self.dtype)
        return lib.array(self.nested, dtype=self.dtype)

    def numpy(self):
        return self.build(numpy)

    @property
    def ndim(self):
        return len(self.shape)

    @property
    def size(self):
        n = 1
        for d in self.shape:
            n *= d
        return n

    def flat(self):
        if self.ndim == 0:
            return [self.nested]
        if self.ndim == 1:
            return list(self.nested)
        return [x for row in self.nested for x in row]

    def __repr__(self):
        return "array(%r, dtype=%r)  # shape %s" % (self.nested, self.dtype, _shape_text(self.shape))


@st.composite
def array_cases(draw, shape=None, dtype=None, **element_options):
    """Draw an ArrayCase.

    shape and dtype may be fixed values or strategies; element_options go to elements().
    """
    if shape is None:
        shape = shapes()
    if dtype is None:
        dtype = dtypes()
    if isinstance(shape, st.SearchStrategy):
        shape = draw(shape)
    if isinstance(dtype, st.SearchStrategy):
        dtype = draw(dtype)
    nested = draw(nested_lists(tuple(shape), elements(dtype, **element_options)))
    return ArrayCase(nested, shape, dtype)


def python_scalars(dtype=None, **element_options):
    """Draw a Python bool, int or float holding a value of the named dtype (any of the four if None)."""
    if dtype is None:
        return dtypes().flatmap(lambda name: python_scalars(name, **element_options))
    return elements(dtype, **element_options).map(PYTHON_TYPE_OF[dtype])


@st.composite
def operands(draw, shape=None, dtype=None, forms=("array", "array", "array", "python", "scalar"),
             **element_options):
    """Draw one operand for an operator: an ArrayCase, a Python scalar, or a NumPy-like Scalar.

    shape (a tuple or a strategy) fixes the array's shape; a scalar form ignores it.
    """
    form = draw(st.sampled_from(list(forms)))
    if isinstance(shape, st.SearchStrategy):
        shape = draw(shape)
    if dtype is None:
        dtype = draw(dtypes())
    if form == "array":
        return draw(array_cases(shape if shape is not None else shapes(), dtype, **element_options))
    value = draw(elements(dtype, **element_options))
    if form == "python":
        return PYTHON_TYPE_OF[dtype](value)
    return Scalar(value, dtype)


@st.composite
def operand_pairs(draw, swap=True, forms=("array", "array", "array", "python", "scalar"),
                  dtypes_a=DTYPE_NAMES, dtypes_b=DTYPE_NAMES, **element_options):
    """Draw (x, y) for x OP y: an array and a broadcastable array or a scalar, in either order if swap."""
    sa, sb = draw(broadcastable_shapes())
    a = draw(array_cases(sa, draw(dtypes(dtypes_a)), **element_options))
    b = draw(operands(sb, draw(dtypes(dtypes_b)), forms=forms, **element_options))
    if swap and draw(st.booleans()):
        return b, a
    return a, b


# ---------------------------------------------------------------------------------------------------------
# comparison
# ---------------------------------------------------------------------------------------------------------


def _shape_text(shape):
    return "(" + ",".join(str(d) for d in shape) + ("," if len(shape) == 1 else "") + ")"


def _is_array(x):
    return type(x).__name__ == "ndarray"


def _dtype_name(dt):
    name = getattr(dt, "name", None)
    return name if name is not None else str(dt)


def to_numpy(x):
    """Read an array or scalar of the library under test into NumPy through its public API."""
    if isinstance(x, (numpy.ndarray, numpy.generic)):
        return x
    if _is_array(x):
        return numpy.array(x.tolist(), dtype=_dtype_name(x.dtype)).reshape(tuple(x.shape))
    if hasattr(x, "dtype"):
        return numpy.array(x.item(), dtype=_dtype_name(x.dtype))[()]
    return x


class Mismatch(AssertionError):
    """A difference between the library under test and NumPy."""


def _fail(what, tn_result, np_result, context, extra=""):
    lines = ["tinynet and NumPy disagree: " + what]
    if context:
        lines.append("inputs: " + context)
    lines.append("tinynet: " + _show(tn_result))
    lines.append("numpy:   " + _show(np_result))
    if extra:
        lines.append(extra)
    raise Mismatch("\n".join(lines))


def _show(x):
    if _is_array(x):
        try:
            return "array %s shape %s dtype %s" % (x.tolist(), _shape_text(tuple(x.shape)), _dtype_name(x.dtype))
        except Exception as error:  # a broken tolist() must not hide the report
            return "%s (tolist failed: %r)" % (type(x).__name__, error)
    if hasattr(x, "dtype") and not isinstance(x, (list, tuple)):
        return "%r (type %s, dtype %s)" % (x, type(x).__name__, _dtype_name(getattr(x, "dtype", None)))
    return "%r (type %s)" % (x, type(x).__name__)


def _check_dtype(tn_dtype, np_dtype, tn_result, np_result, context):
    np_name = np_dtype.name
    kind = getattr(tn_dtype, "kind", None)
    if kind != np_dtype.kind:
        _fail("dtype kind %r != %r" % (kind, np_dtype.kind), tn_result, np_result, context)
    if np_name in DTYPE_NAMES:
        if _dtype_name(tn_dtype) != np_name or str(tn_dtype) != np_name:
            _fail("dtype %s != %s" % (_dtype_name(tn_dtype), np_name), tn_result, np_result, context)


def _flatten(nested, depth):
    if depth == 0:
        return [nested]
    out = []
    for item in nested:
        out.extend(_flatten(item, depth - 1))
    return out


def _leaf_problem(t, n, ulps, tol, signed_zeros):
    """Return why leaf t differs from NumPy's leaf n, or None."""
    if type(t) is not type(n):
        return "element type %s != %s" % (type(t).__name__, type(n).__name__)
    if isinstance(n, complex):  # equal part by part, nan agreeing with nan
        parts = ((t.real, n.real), (t.imag, n.imag))
        return None if all(x == y or (x != x and y != y) for x, y in parts) else "value"
    if not isinstance(n, float):
        return None if t == n else "value"
    if math.isnan(n) or math.isnan(t):
        return None if math.isnan(n) and math.isnan(t) else "nan"
    if math.isinf(n) or math.isinf(t):
        return None if t == n else "inf"
    if ulps is None and tol is None:
        if t != n:
            return "value"
        if signed_zeros and t == 0.0 and math.copysign(1.0, t) != math.copysign(1.0, n):
            return "sign of zero"
        return None
    allowed = 0.0
    if ulps is not None:
        allowed += ulps * math.ulp(n)
    if tol is not None:
        allowed += tol
    return None if abs(t - n) <= allowed else "off by %r (allowed %r)" % (abs(t - n), allowed)


def _compare_values(tn_values, np_values, ndim, ulps, atol, signed_zeros, tn_result, np_result, context):
    """Compare two tolist() structures of depth ndim, leaf by leaf."""
    tn_flat = _flatten(tn_values, ndim)
    np_flat = _flatten(np_values, ndim)
    if ndim == 2:
        tn_rows = [len(row) if isinstance(row, list) else None for row in tn_values]
        np_rows = [len(row) for row in np_values]
        if not isinstance(tn_values, list) or tn_rows != np_rows:
            _fail("tolist() structure", tn_result, np_result, context)
    if len(tn_flat) != len(np_flat):
        _fail("number of elements %d != %d" % (len(tn_flat), len(np_flat)), tn_result, np_result, context)
    tols = [None] * len(np_flat)
    if atol is not None:
        shape = numpy.shape(np_result) if isinstance(np_result, (numpy.ndarray, numpy.generic)) else ()
        tols = [float(x) for x in numpy.broadcast_to(numpy.asarray(atol, dtype=float), shape).ravel()]
    problems = []
    for i, (t, n) in enumerate(zip(tn_flat, np_flat)):
        why = _leaf_problem(t, n, ulps, tols[i], signed_zeros)
        if why is not None:
            problems.append("  flat index %d: tinynet %r, numpy %r: %s%s" % (
                i, t, n, why, _difference_text(t, n)))
    if problems:
        _fail("%d of %d values differ" % (len(problems), len(np_flat)), tn_result, np_result, context,
              "differences:\n" + "\n".join(problems[:12]))


def _difference_text(t, n):
    if isinstance(t, float) and isinstance(n, float) and math.isfinite(t) and math.isfinite(n):
        d = abs(t - n)
        return " (difference %r = %.3g ulp)" % (d, d / math.ulp(n) if n or d else 0.0)
    return ""


def assert_same(tn_result, np_result, ulps=None, atol=None, signed_zeros=True, context=""):
    """Assert that tn_result (from the library under test) matches NumPy's np_result.

    Arrays: same shape (a tuple), dtype kind (and dtype name when NumPy's is bool/uint8/int64/float64),
    tolist() values of the same Python types.  NumPy scalars: the result is a scalar, not an array, with
    .shape == (), .ndim == 0, a matching dtype and an equal .item().  Python values, lists and tuples are
    compared by type and recursively.  Floats are equal bit for bit (nan == nan, signed zeros) unless ulps
    or atol (a number or an array broadcastable to the result) allow an error.
    """
    if isinstance(np_result, numpy.ndarray):
        if not _is_array(tn_result):
            _fail("expected an ndarray, got %s" % type(tn_result).__name__, tn_result, np_result, context)
        shape = tn_result.shape
        if type(shape) is not tuple or shape != np_result.shape:
            _fail("shape %r != %r" % (shape, np_result.shape), tn_result, np_result, context)
        _check_dtype(tn_result.dtype, np_result.dtype, tn_result, np_result, context)
        _compare_values(tn_result.tolist(), np_result.tolist(), np_result.ndim, ulps, atol, signed_zeros,
                        tn_result, np_result, context)
    elif isinstance(np_result, numpy.generic):
        if _is_array(tn_result) or not hasattr(tn_result, "dtype"):
            _fail("expected a NumPy-like scalar, got %s" % type(tn_result).__name__,
                  tn_result, np_result, context)
        if getattr(tn_result, "shape", None) != () or getattr(tn_result, "ndim", None) != 0:
            _fail("scalar .shape/.ndim are %r/%r, not ()/0" % (getattr(tn_result, "shape", None),
                                                                getattr(tn_result, "ndim", None)),
                  tn_result, np_result, context)
        _check_dtype(tn_result.dtype, np_result.dtype, tn_result, np_result, context)
        _compare_values(tn_result.item(), np_result.item(), 0, ulps, atol, signed_zeros,
                        tn_result, np_result, context)
    elif isinstance(np_result, (list, tuple)):
        if type(tn_result) is not type(np_result) or len(tn_result) != len(np_result):
            _fail("container type or length", tn_result, np_result, context)
        for t, n in zip(tn_result, np_result):
            assert_same(t, n, ulps=ulps, atol=atol, signed_zeros=signed_zeros, context=context)
    elif isinstance(np_result, (bool, int, float, complex)):
        _compare_values(tn_result, np_result, 0, ulps, atol, signed_zeros, tn_result, np_result, context)
    else:
        if type(tn_result) is not type(np_result) or tn_result != np_result:
            _fail("value", tn_result, np_result, context)


def build(obj, lib):
    """Turn an argument description into the library's object: ArrayCase -> array, tuples/lists recursed."""
    if isinstance(obj, ArrayCase):
        return obj.build(lib)
    if isinstance(obj, tuple):
        return tuple(build(x, lib) for x in obj)
    if isinstance(obj, list):
        return [build(x, lib) for x in obj]
    if isinstance(obj, Scalar):
        return obj.build(lib)
    return obj


class Scalar(object):
    """A NumPy-like scalar argument: built as lib.<dtype>(value), e.g. numpy.float64(2.5)."""

    def __init__(self, value, dtype):
        self.value = value
        self.dtype = dtype

    def build(self, lib):
        return getattr(lib, "bool_" if self.dtype == "bool" else self.dtype)(self.value)

    def __repr__(self):
        return "%s(%r)" % ("bool_" if self.dtype == "bool" else self.dtype, self.value)


def _builtin_bases(error_type):
    """The builtin exception classes an exception type derives from (NumPy's own classes removed)."""
    bases = [c for c in error_type.__mro__ if c.__module__ == "builtins"
             and c not in (Exception, BaseException, object)]
    return tuple(bases) or (Exception,)


def _collect_arrays(built, case):
    """Pair the arrays built from ArrayCase arguments (anywhere in nested tuples/lists) in order."""
    if isinstance(case, ArrayCase):
        return [built]
    if isinstance(case, (tuple, list)):
        out = []
        for b, c in zip(built, case):
            out.extend(_collect_arrays(b, c))
        return out
    return []


def run_quietly(fn, *args):
    """Call fn(*args) with NumPy's floating-point warnings silenced; return ("ok", value) or ("raised", error)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with numpy.errstate(all="ignore"):
            try:
                return "ok", fn(*args)
            except Exception as error:  # the comparison below decides whether raising was right
                return "raised", error


def agree(fn, tn, *args, **options):
    """Run fn(lib, *built_args) with lib = NumPy and lib = tn, and assert that both give the same outcome.

    If NumPy raises, the library under test must raise an exception of one of the builtin classes NumPy's
    exception derives from (NumPy's UFuncTypeError is a TypeError, its AxisError a ValueError and an
    IndexError).  Otherwise the results must pass assert_same(**options), and every array argument must
    afterwards equal NumPy's (so in-place operators and item assignment are checked, and so is "inputs are
    not mutated").  Pass message=True to also require NumPy's exact error message.
    """
    check_message = options.pop("message", False)
    context = "; ".join(repr(a) for a in args)
    np_args = build(list(args), numpy)
    tn_args = build(list(args), tn)
    np_status, np_value = run_quietly(fn, numpy, *np_args)
    tn_status, tn_value = run_quietly(fn, tn, *tn_args)
    if np_status == "raised":
        if tn_status != "raised":
            _fail("NumPy raised %s(%r) but tinynet did not" % (type(np_value).__name__, str(np_value)),
                  tn_value, np_value, context)
        allowed = _builtin_bases(type(np_value))
        if not isinstance(tn_value, allowed):
            _fail("exception type: tinynet raised %s(%r), NumPy %s(%r)" % (
                type(tn_value).__name__, str(tn_value), type(np_value).__name__, str(np_value)),
                tn_value, np_value, context)
        if check_message and str(tn_value).strip() != str(np_value).strip():
            _fail("error message %r != %r" % (str(tn_value), str(np_value)), tn_value, np_value, context)
        return np_value
    if tn_status == "raised":
        raise Mismatch("tinynet raised %s: %s, NumPy returned %s\ninputs: %s" % (
            type(tn_value).__name__, tn_value, _show(np_value), context)) from tn_value
    assert_same(tn_value, np_value, context=context, **options)
    for t, n in zip(_collect_arrays(tn_args, list(args)), _collect_arrays(np_args, list(args))):
        if _is_array(n) or isinstance(n, numpy.ndarray):
            assert_same(t, n, context=context + "  [an input array after the operation]")
    return np_value


# ---------------------------------------------------------------------------------------------------------
# tolerances computed with NumPy from the inputs (see the module docstring)
# ---------------------------------------------------------------------------------------------------------


def sum_tolerance(np_array, axis=None, keepdims=False, mean=False):
    """Allowed error of a float sum (or mean): (n + 1) * eps * sum(|x|) over the n summed elements."""
    x = numpy.abs(numpy.asarray(np_array, dtype=float))
    n = x.size if axis is None else x.shape[axis]
    with numpy.errstate(all="ignore"):
        total = numpy.sum(x, axis=axis, keepdims=keepdims)
        if mean:
            total = total / max(n, 1)
        return (n + 1) * EPS * total + TINIEST


def product_tolerance(np_a, np_b):
    """Allowed error of float a @ b (or dot with a 0-d operand): (k + 1) * eps * (|a| @ |b|) + underflow."""
    a = numpy.abs(numpy.asarray(np_a, dtype=float))
    b = numpy.abs(numpy.asarray(np_b, dtype=float))
    if a.ndim == 0 or b.ndim == 0:
        return 2 * EPS * a * b + TINIEST
    k = a.shape[-1]
    with numpy.errstate(all="ignore"):
        return (k + 1) * EPS * numpy.matmul(a, b) + (k + 1) * TINIEST


# ---------------------------------------------------------------------------------------------------------
# N-d shapes, all fourteen dtypes, and a comparison that checks dtype names exactly
# ---------------------------------------------------------------------------------------------------------
#
# The N-d differential suites (tests/test_vs_numpy_nd.py, test_views.py, test_vs_numpy_promotion.py,
# test_bad_input_nd.py) draw shapes of 0 to 6 axes and every dtype.  An ``NdCase`` is an ArrayCase of any
# number of axes; ``agree_nd`` is ``agree`` with the dtype compared by name for all fourteen dtypes, values
# compared leaf by leaf (complex by parts) and tolerances in units of the result dtype's last place.

ALL_DTYPES = ("bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
              "float16", "float32", "float64", "complex64", "complex128")
INT_DTYPES = ("int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64")
FLOAT_DTYPES = ("float16", "float32", "float64")
COMPLEX_DTYPES = ("complex64", "complex128")
NUMERIC_DTYPES = INT_DTYPES + FLOAT_DTYPES + COMPLEX_DTYPES
REAL_DTYPES = ("bool",) + INT_DTYPES + FLOAT_DTYPES


@st.composite
def nd_shapes(draw, min_dims=0, max_dims=6, max_side=4, max_size=48, min_side=0):
    """Draw a shape of min_dims..max_dims axes (sides min_side..max_side, size at most max_size).

    Size-0 axes are drawn (when min_side is 0); later sides shrink so that the size stays small enough for
    a pure-Python kernel to run a few hundred examples quickly.
    """
    ndim = draw(st.integers(min_dims, max_dims))
    shape = []
    size = 1
    for _ in range(ndim):
        top = max_side if size == 0 else max(min_side, min(max_side, max_size // max(size, 1)))
        side = draw(st.integers(min_side, top))
        shape.append(side)
        size *= side
    return tuple(shape)


@st.composite
def nd_broadcastable_shapes(draw, count=2, max_dims=5, max_side=4, max_size=48):
    """Draw count shapes that broadcast together: suffixes of one shape with some sides replaced by 1."""
    target = draw(nd_shapes(0, max_dims, max_side=max_side, max_size=max_size))
    out = []
    for _ in range(count):
        ndim = draw(st.integers(0, len(target)))
        suffix = target[len(target) - ndim:]
        out.append(tuple(1 if draw(st.integers(0, 3)) == 0 else d for d in suffix))
    return tuple(out)


def _rounded_float(dtype_name):
    """A strategy for Python floats that the named float dtype holds exactly (inf and nan included)."""
    def to_dtype(x):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return float(numpy.array(x, dtype=dtype_name))
    return floats().map(to_dtype)


def nd_elements(dtype, small=False):
    """Draw a Python value for one element of the named dtype (any of the fourteen).

    Integers cover the dtype's whole range with its extremes drawn often; floats are exactly representable
    in the dtype (float16/float32 values are rounded by NumPy); complex values have such parts.
    small=True keeps values in -10..10 (halves for floats), for operations whose result should stay exact.
    """
    if dtype == "bool":
        return st.booleans()
    if dtype in INT_DTYPES:
        info = numpy.iinfo(dtype)
        lo, hi = int(info.min), int(info.max)
        if small:
            return st.integers(max(lo, -10), min(hi, 10))
        return st.one_of(st.integers(max(lo, -10), min(hi, 10)), st.integers(lo, hi),
                         st.sampled_from([lo, hi, lo + 1, hi - 1]))
    if dtype in FLOAT_DTYPES:
        if small:
            return st.integers(-20, 20).map(lambda i: i / 2.0)
        return _rounded_float(dtype)
    if dtype in COMPLEX_DTYPES:
        part = nd_elements("float32" if dtype == "complex64" else "float64", small)
        return st.tuples(part, part).map(lambda p: complex(p[0], p[1]))
    raise ValueError("unknown dtype %r" % (dtype,))


def nd_nested(shape, element):
    """Draw a nested list of any shape (not size 0) whose leaves come from element."""
    if len(shape) == 0:
        return element
    inner = nd_nested(shape[1:], element)
    return st.lists(inner, min_size=shape[0], max_size=shape[0])


class NdCase(ArrayCase):
    """An ArrayCase of any number of axes; a size-0 array is made with ``lib.zeros(shape, dtype=name)``."""

    def build(self, lib):
        if self.size == 0:
            return lib.zeros(self.shape, dtype=self.dtype)
        return lib.array(self.nested, dtype=self.dtype)

    def flat(self):
        return _flatten(self.nested, self.ndim) if self.size else []

    def __repr__(self):
        return "array(%r, dtype=%r)  # shape %s" % (self.nested, self.dtype, _shape_text(self.shape))


@st.composite
def nd_cases(draw, shape=None, dtype=None, small=False, elements_for=None):
    """Draw an NdCase; shape and dtype may be fixed values or strategies (defaults: nd_shapes(), ALL_DTYPES)."""
    if shape is None:
        shape = nd_shapes()
    if dtype is None:
        dtype = st.sampled_from(ALL_DTYPES)
    if isinstance(shape, st.SearchStrategy):
        shape = draw(shape)
    if isinstance(dtype, st.SearchStrategy):
        dtype = draw(dtype)
    element = elements_for(dtype) if elements_for is not None else nd_elements(dtype, small)
    nested = draw(nd_nested(tuple(shape), element)) if _size_of(shape) else []
    return NdCase(nested, shape, dtype)


def _size_of(shape):
    n = 1
    for d in shape:
        n *= d
    return n


def _ulp_in(value, dtype_name):
    """One unit in the last place of value in the named float (or complex part) dtype."""
    part = {"complex64": "float32", "complex128": "float64"}.get(dtype_name, dtype_name)
    if part not in FLOAT_DTYPES:
        part = "float64"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return float(numpy.spacing(numpy.array(abs(value), dtype=part)))


def _nd_leaf_problem(t, n, dtype_name, ulps, rtol, signed_zeros):
    if type(t) is not type(n):
        return "element type %s != %s" % (type(t).__name__, type(n).__name__)
    if isinstance(n, complex):
        return (_nd_leaf_problem(t.real, n.real, dtype_name, ulps, rtol, signed_zeros)
                or _nd_leaf_problem(t.imag, n.imag, dtype_name, ulps, rtol, signed_zeros))
    if not isinstance(n, float):
        return None if t == n else "value"
    if math.isnan(n) or math.isnan(t):
        return None if math.isnan(n) and math.isnan(t) else "nan"
    if math.isinf(n) or math.isinf(t):
        return None if t == n else "inf"
    if ulps is None and rtol is None:
        if t != n:
            return "value"
        if signed_zeros and t == 0.0 and math.copysign(1.0, t) != math.copysign(1.0, n):
            return "sign of zero"
        return None
    allowed = 0.0
    if ulps is not None:
        allowed += ulps * _ulp_in(n, dtype_name)
    if rtol is not None:
        allowed += rtol
    return None if abs(t - n) <= allowed else "off by %r (allowed %r)" % (abs(t - n), allowed)


def assert_same_nd(tn_result, np_result, ulps=None, rtol=None, signed_zeros=True, context=""):
    """Assert tn_result matches NumPy's np_result: type (array/scalar), shape, dtype name and values.

    Values are equal bit for bit (nan == nan, signed zeros) unless ulps (units in the last place of the
    result dtype) or rtol (an absolute allowance per element: a number or an array broadcastable to the
    result) allow an error.
    """
    if isinstance(np_result, (numpy.ndarray, numpy.generic)):
        if isinstance(np_result, numpy.ndarray) and not _is_array(tn_result):
            _fail("expected an ndarray, got %s" % type(tn_result).__name__, tn_result, np_result, context)
        if isinstance(np_result, numpy.generic):
            if _is_array(tn_result) or not hasattr(tn_result, "dtype"):
                _fail("expected a NumPy-like scalar, got %s" % type(tn_result).__name__,
                      tn_result, np_result, context)
            if type(tn_result).__name__ != type(np_result).__name__:
                _fail("scalar type %s != %s" % (type(tn_result).__name__, type(np_result).__name__),
                      tn_result, np_result, context)
        shape = tn_result.shape
        if type(shape) is not tuple or shape != np_result.shape:
            _fail("shape %r != %r" % (shape, np_result.shape), tn_result, np_result, context)
        name = np_result.dtype.name
        if _dtype_name(tn_result.dtype) != name or str(tn_result.dtype) != name:
            _fail("dtype %s != %s" % (_dtype_name(tn_result.dtype), name), tn_result, np_result, context)
        if isinstance(np_result, numpy.ndarray):
            tn_flat = _flatten(tn_result.tolist(), np_result.ndim)
        else:
            tn_flat = [tn_result.item()]
        np_flat = np_result.ravel().tolist() if isinstance(np_result, numpy.ndarray) else [np_result.item()]
        if len(tn_flat) != len(np_flat):
            _fail("number of elements %d != %d" % (len(tn_flat), len(np_flat)), tn_result, np_result, context)
        tols = [None] * len(np_flat)
        if rtol is not None:
            tols = [float(x) for x in numpy.broadcast_to(numpy.asarray(rtol, dtype=float),
                                                         numpy.shape(np_result)).ravel()]
        problems = []
        for i, (t, n) in enumerate(zip(tn_flat, np_flat)):
            why = _nd_leaf_problem(t, n, name, ulps, tols[i], signed_zeros)
            if why is not None:
                problems.append("  flat index %d: tinynet %r, numpy %r: %s" % (i, t, n, why))
        if problems:
            _fail("%d of %d values differ" % (len(problems), len(np_flat)), tn_result, np_result, context,
                  "differences:\n" + "\n".join(problems[:12]))
    elif isinstance(np_result, (list, tuple)):
        if type(tn_result) is not type(np_result) or len(tn_result) != len(np_result):
            _fail("container type or length", tn_result, np_result, context)
        for t, n in zip(tn_result, np_result):
            assert_same_nd(t, n, ulps=ulps, rtol=rtol, signed_zeros=signed_zeros, context=context)
    elif isinstance(np_result, (bool, int, float, complex)):
        why = _nd_leaf_problem(tn_result, np_result, "float64", ulps, rtol, signed_zeros)
        if why is not None:
            _fail("value: " + why, tn_result, np_result, context)
    else:
        if type(tn_result) is not type(np_result) or tn_result != np_result:
            _fail("value", tn_result, np_result, context)


def agree_nd(fn, lib, *args, **options):
    """Run fn(xp, *built_args) with xp = NumPy and xp = lib; assert the same outcome (assert_same_nd).

    If NumPy raises, lib must raise an exception of one of the builtin classes NumPy's derives from
    (message=True: with the same message).  Array arguments must afterwards equal NumPy's (so writes and
    "inputs not mutated" are checked).  Returns NumPy's result.
    """
    check_message = options.pop("message", False)
    context = "; ".join(repr(a) for a in args)
    np_args = build(list(args), numpy)
    tn_args = build(list(args), lib)
    np_status, np_value = run_quietly(fn, numpy, *np_args)
    tn_status, tn_value = run_quietly(fn, lib, *tn_args)
    if np_status == "raised":
        if tn_status != "raised":
            _fail("NumPy raised %s(%r) but %s did not" % (type(np_value).__name__, str(np_value), lib.__name__),
                  tn_value, np_value, context)
        allowed = _builtin_bases(type(np_value))
        if not isinstance(tn_value, allowed):
            _fail("exception type: %s(%r) vs NumPy %s(%r)" % (
                type(tn_value).__name__, str(tn_value), type(np_value).__name__, str(np_value)),
                tn_value, np_value, context)
        if check_message and str(tn_value).strip() != str(np_value).strip():
            _fail("error message %r != %r" % (str(tn_value), str(np_value)), tn_value, np_value, context)
    else:
        if tn_status == "raised":
            raise Mismatch("%s raised %s: %s, NumPy returned %s\ninputs: %s" % (
                lib.__name__, type(tn_value).__name__, tn_value, _show(np_value), context)) from tn_value
        assert_same_nd(tn_value, np_value, context=context, **options)
    for t, n in zip(_collect_arrays(tn_args, list(args)), _collect_arrays(np_args, list(args))):
        # an input written in place (a view sorted in place) is held to the result's own rule for zeros
        zeros = {"signed_zeros": options["signed_zeros"]} if "signed_zeros" in options else {}
        assert_same_nd(t, n, context=context + "  [an input array after the operation]", **zeros)
    return np_value


def undefined_in_c(case, target):
    """True if casting NdCase case to dtype name target converts a float to an integer that C leaves undefined:
    a float or complex element whose real part is nan, infinite, or (truncated toward zero) outside target's
    range.  NumPy's answer then is whatever the compiler and CPU give (float32 -inf to uint32 differs between
    its SIMD and scalar loops), so differential tests leave such casts out of the comparison.

    >>> undefined_in_c(NdCase([-1.5, float("inf")], (2,), "float32"), "uint32")
    True
    >>> undefined_in_c(NdCase([-0.5, 255.9], (2,), "float64"), "uint8")
    False
    """
    target = str(target)
    if case.dtype not in FLOAT_DTYPES + COMPLEX_DTYPES or target not in INT_DTYPES:
        return False
    info = numpy.iinfo(target)
    for x in case.flat():
        real = x.real if isinstance(x, complex) else x
        if not math.isfinite(real) or not info.min <= math.trunc(real) <= info.max:
            return True
    return False


def known_bug(reason):
    """Mark a test that takes the ``xp`` fixture: strict xfail for tinynet, a plain pass for NumPy.

    For a bug in tinynet's core that its owner fixes separately; once fixed the tinynet case passes,
    the strict xfail fails, and the mark must be removed.
    """
    import pytest  # noqa: PLC0415 - strategies is imported by doctest collection without pytest plugins

    return pytest.mark.parametrize(
        "xp", [pytest.param("tinynet", marks=pytest.mark.xfail(strict=True, reason=reason)), "numpy"],
        indirect=True)
