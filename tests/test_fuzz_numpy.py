"""Fuzzing tinynet against NumPy as a hostile user would: 10,000 calls with bad shapes, axes, dtypes,
indices, sizes, nesting depths and values.

Hypothesis draws each call from one of ten families (creation with sizes up to 2**64, shaping, indexing
and assignment, reductions along drawn axes, joining, products, casting, arithmetic and comparisons,
sorting and rounding, linear algebra), runs it on NumPy and on the library under test, and demands one of:

- both raise, and tinynet's exception is of NumPy's class or a subclass of it (for NumPy's own classes:
  of every builtin class NumPy's derives from, and of the same name for the public ones, AxisError and
  LinAlgError).  An IndexError, KeyError, AttributeError, ZeroDivisionError, OverflowError, RecursionError
  or TypeError where NumPy raises something else fails, as does any exception where NumPy answers;
- both answer, with the same type (array or scalar), shape, dtype and values (bit for bit, nan and the
  sign of zero included, except where a family states a tolerance);
- NumPy builds an object or string array (from a Python int past uint64, say) and tinynet refuses with
  TypeError, ValueError or OverflowError: tinynet holds numbers only, by design.

Sizes past the memory budget (tinynet.core.memory) must raise MemoryError at once, with NumPy's message
when NumPy raises one.  A call that runs longer than a minute fails as a hang (where the platform has
SIGALRM): no honest call here takes more than a few milliseconds.

The ten tests draw 1,000 calls each, 10,000 in all (TINYNET_FUZZ_CALLS sets the total), in about
half a minute.  With --array-lib=numpy every call runs on NumPy twice, which checks the harness.
"""
import os
import signal
import warnings

import numpy
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from strategies import ALL_DTYPES, COMPLEX_DTYPES, FLOAT_DTYPES, INT_DTYPES, REAL_DTYPES, NdCase, assert_same_nd, nd_cases, \
    nd_elements, nd_shapes

FAMILIES = ("creation", "shaping", "indexing", "reductions", "joining", "products", "casting", "arithmetic",
            "sorting", "linalg")
CALLS = int(os.environ.get("TINYNET_FUZZ_CALLS", "10000"))
# The same 10,000 calls every run (derandomize), so that the suite is green or red for a reason;
# TINYNET_FUZZ_EXPLORE=1 draws new ones, to search for the next defect.
EXPLORE = os.environ.get("TINYNET_FUZZ_EXPLORE") == "1"
FUZZ = settings(max_examples=max(1, CALLS // len(FAMILIES)), deadline=None, derandomize=not EXPLORE,
                database=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                      HealthCheck.filter_too_much])
HANG_SECONDS = 60
COUNT = {"families": set(), "calls": 0, "both raised": 0, "both answered": 0, "refused a non-numeric array": 0}

NAN, INF = float("nan"), float("inf")
HUGE = (10 ** 11, 2 ** 40, 10 ** 12, 10 ** 15, 2 ** 62, 2 ** 63 - 1, 2 ** 63, 10 ** 20, 2 ** 64)
BAD_DTYPES = ("int", "float", "complex", "bool_", "i4", "f8", "u1", "c8", "f2", "<i2", "int128", "float80",
              "banana", "", 3, None)

# ---------------------------------------------------------------------------------------------------------
# what the calls are made of
# ---------------------------------------------------------------------------------------------------------

SHAPE = nd_shapes(0, 4, max_side=4, max_size=24)


def arrays(dtypes=ALL_DTYPES, shape=SHAPE, small=False):
    """An NdCase of a drawn dtype and shape (0-d to 4-d, size 0 included)."""
    return nd_cases(shape, st.sampled_from(dtypes), small=small)


sizes = st.one_of(st.integers(-3, 5), st.integers(-3, 5), st.sampled_from(HUGE + (-2 ** 63, 2.5, "3", True)))
shapes = st.one_of(sizes, st.lists(sizes, max_size=4).map(tuple), st.lists(st.integers(0, 4), max_size=4).map(tuple))
dtypes = st.sampled_from(ALL_DTYPES + BAD_DTYPES)
axes = st.one_of(st.none(), st.integers(-5, 5), st.integers(-5, 5),
                 st.sampled_from([2 ** 63, -2 ** 63 - 1, 1.0, "0", (0, 0), (0, 1), (-1, 0), (1, -1), (5,), ()]))
scalars = st.one_of(st.integers(-10, 10), st.floats(allow_nan=True, allow_infinity=True), st.booleans(),
                    st.sampled_from([NAN, INF, -INF, -0.0, 2 ** 31, 2 ** 63 - 1, 2 ** 63, 2 ** 64, -2 ** 63 - 1,
                                     1e308, 1j, complex(INF, NAN), "a", None, [1, 2], [[1], [2, 3]]]))


class Built(object):
    """A drawn argument that each library builds for itself: an array, a NumPy-like scalar or a list of them."""

    def __init__(self, make, text):
        self.make, self.text = make, text

    def __repr__(self):
        return self.text


def build(value, xp):
    """Build an argument for library xp: NdCases and Builts become its objects, containers are rebuilt."""
    if isinstance(value, NdCase):
        return value.build(xp)
    if isinstance(value, Built):
        return value.make(xp)
    if isinstance(value, tuple):
        return tuple(build(v, xp) for v in value)
    if isinstance(value, list):
        return [build(v, xp) for v in value]
    if isinstance(value, dict):
        return {k: build(v, xp) for k, v in value.items()}
    return value


@st.composite
def typed_scalars(draw):
    """A NumPy-like scalar, as np.float32(1.5): built by each library from its own type of that name."""
    dtype = draw(st.sampled_from(ALL_DTYPES))
    value = draw(nd_elements(dtype))
    return Built(lambda xp: getattr(xp, dtype)(value), "np.%s(%r)" % (dtype, value))


operands = st.one_of(arrays(), arrays(), scalars, typed_scalars())


class Call(object):
    """One call: the text a person would type, the function to run on each library, and how to compare."""

    def __init__(self, text, function, args=(), kwargs=None, ulps=None, values=True, signed_zeros=True,
                 rtol=None):
        self.text, self.function, self.args, self.kwargs = text, function, args, kwargs or {}
        self.ulps, self.values, self.signed_zeros, self.rtol = ulps, values, signed_zeros, rtol

    def run(self, xp):
        return self.function(xp, *build(self.args, xp), **build(self.kwargs, xp))

    def __repr__(self):
        try:
            return "%s  with args %r, kwargs %r" % (self.text, self.args, self.kwargs)
        except RecursionError:  # a list nested thousands deep
            return "%s  with args nested too deeply to print" % self.text


def call(text, function, *args, **kwargs):
    """A Call of function(xp, *args, **kwargs); options of the comparison are the keywords ending in '_'."""
    options = {k[:-1]: kwargs.pop(k) for k in list(kwargs) if k.endswith("_")}
    return Call(text, function, args, kwargs, **options)


def named(name):
    """A function of (xp, *args, **kwargs) calling xp.<name>, with dotted names (linalg.solve) allowed."""
    def function(xp, *args, **kwargs):
        target = xp
        for part in name.split("."):
            target = getattr(target, part)
        return target(*args, **kwargs)
    return function


def method(name):
    """A function of (xp, array, *args, **kwargs) calling array.<name>."""
    return lambda xp, a, *args, **kwargs: getattr(a, name)(*args, **kwargs)


def keywords(draw, options):
    """Draw a subset of the optional keyword arguments {name: strategy}."""
    return {k: draw(v) for k, v in options.items() if draw(st.booleans())}


# ---------------------------------------------------------------------------------------------------------
# the ten families
# ---------------------------------------------------------------------------------------------------------


def _nested(depth, leaf):
    value = leaf
    for _ in range(depth):
        value = [value]
    return value


@st.composite
def creation_calls(draw):
    kind = draw(st.sampled_from(["zeros", "ones", "empty", "full", "eye", "identity", "arange", "linspace",
                                 "array", "deep", "ragged", "rand", "zeros_like", "tile", "repeat"]))
    # one fault at a time: NumPy's order of checks between a bad dtype and a bad size is its own affair
    dtype = {"dtype": draw(dtypes)} if draw(st.booleans()) else {}
    if dtype and dtype["dtype"] not in ALL_DTYPES:
        return call(kind + " with a bad dtype", named("zeros" if kind in ("deep", "ragged", "rand") else
                                                      "ones"), draw(SHAPE), **dtype)
    if kind in ("zeros", "ones", "empty"):
        return call(kind, named(kind), draw(shapes), values_=kind != "empty", **dtype)
    if kind == "full":
        return call(kind, named(kind), draw(shapes), draw(scalars), **dtype)
    if kind == "eye":
        more = keywords(draw, {"M": st.one_of(st.none(), sizes), "k": st.one_of(st.integers(-5, 5), sizes)})
        return call(kind, named(kind), draw(sizes), **dict(more, **dtype))
    if kind == "identity":
        return call(kind, named(kind), draw(sizes), **dtype)
    if kind == "arange":
        bounds = st.one_of(st.integers(-5, 5), st.sampled_from([0.5, -2.5, 1e12, 1e300, INF, NAN]))
        args = draw(st.lists(bounds, min_size=1, max_size=3))
        return call(kind, named(kind), *args, **dtype)
    if kind == "linspace":
        num = st.one_of(st.integers(-3, 60), st.sampled_from([10 ** 11, 10 ** 15, 2.5, "3", True]))
        more = keywords(draw, {"num": num, "endpoint": st.booleans()})
        ends = st.one_of(st.integers(-5, 5), st.floats(-10, 10), st.sampled_from([INF, NAN, 1e308]))
        if dtype.get("dtype") in INT_DTYPES + ("int", "i4", "u1", "<i2", "bool", "bool_"):
            ends = st.one_of(st.integers(-5, 5), st.floats(-10, 10))  # DIVERGENCES: inf and nan cast to ints
        return call(kind, named(kind), draw(ends), draw(ends), ulps_=4, **dict(more, **dtype))
    if kind == "array":
        nested = draw(st.one_of(st.lists(scalars, max_size=4), st.lists(st.lists(scalars, max_size=3), max_size=3)))
        return call(kind, named(kind), nested, **dtype)
    if kind == "deep":
        depth = draw(st.one_of(st.integers(0, 40), st.sampled_from([63, 64, 65, 200, 600, 3000])))
        return call("array(%d-deep list)" % depth, named("array"), _nested(depth, draw(st.sampled_from([1, [], 2.5]))))
    if kind == "ragged":
        return call(kind, named("array"), draw(st.sampled_from([[[1, 2], [3]], [[1], 2], [[[1]], [2]], [[], [1]]])))
    if kind == "rand":
        dims = draw(st.lists(sizes, max_size=3))
        return call("random.rand", named("random.rand"), *dims, values_=False)
    if kind == "zeros_like":
        return call(kind, named(kind), draw(arrays()), **dict(keywords(draw, {"shape": shapes}), **dtype))
    if kind == "tile":
        return call(kind, named(kind), draw(arrays()), draw(shapes))
    return call(kind, named(kind), draw(arrays()), draw(st.one_of(sizes, st.lists(sizes, max_size=3))),
                **keywords(draw, {"axis": axes}))


@st.composite
def shaping_calls(draw):
    a = draw(arrays())
    kind = draw(st.sampled_from(["reshape", "transpose", "swapaxes", "squeeze", "expand_dims", "moveaxis", "ravel",
                                 "flatten", "broadcast_to", "atleast_3d", "flip", "split", "array_split", "T",
                                 "meshgrid", "diag", "trace"]))
    if kind == "reshape":
        return call(kind, named(kind), a, draw(st.one_of(shapes, st.lists(st.sampled_from([-1, 0, 1, 2, 3, 4, 6, 24]),
                                                                      max_size=4).map(tuple))))
    if kind == "transpose":
        return call(kind, named(kind), a, draw(st.one_of(st.none(), st.permutations(range(len(a.shape))).map(tuple),
                                                         st.lists(st.integers(-5, 5), max_size=4).map(tuple))))
    if kind in ("swapaxes", "moveaxis"):
        return call(kind, named(kind), a, draw(axes), draw(axes))
    if kind in ("squeeze", "flip"):
        return call(kind, named(kind), a, **keywords(draw, {"axis": axes}))
    if kind == "expand_dims":
        return call(kind, named(kind), a, draw(axes))
    if kind in ("ravel", "flatten"):
        return call(kind, method(kind), a, **keywords(draw, {"order": st.sampled_from(["C", "F", "A", "K", "X"])}))
    if kind == "broadcast_to":
        return call(kind, named(kind), a, draw(shapes))
    if kind == "atleast_3d":
        return call(kind, named(kind), a)
    if kind in ("split", "array_split"):
        sections = st.one_of(st.integers(-1, 5).filter(lambda n: n != 0 or kind == "array_split"),
                             st.lists(st.integers(-5, 6), max_size=3))  # DIVERGENCES: split(a, 0)
        return call(kind, named(kind), a, draw(sections), **keywords(draw, {"axis": axes}))
    if kind == "T":
        return call("a.T", lambda xp, x: x.T, a)
    if kind == "meshgrid":
        more = draw(st.lists(arrays(shape=nd_shapes(0, 2, max_side=3, max_size=6)), max_size=3))
        options = keywords(draw, {"indexing": st.sampled_from(["xy", "ij", "yx"]), "sparse": st.booleans()})
        return call(kind, named(kind), a, *more, **options)
    if kind == "diag":
        return call(kind, named(kind), a, **keywords(draw, {"k": st.integers(-5, 5)}))
    return call(kind, named(kind), a, **keywords(draw, {"offset": st.integers(-5, 5), "axis1": axes, "axis2": axes}))


index_items = st.one_of(
    st.integers(-5, 5), st.integers(-5, 5),
    st.sampled_from([2 ** 63, -2 ** 63 - 1, 2 ** 64, 1.0, None, Ellipsis, True, False, "0"]),
    st.builds(slice, st.one_of(st.none(), st.integers(-5, 5), st.sampled_from([2 ** 63, -2 ** 70])),
              st.one_of(st.none(), st.integers(-5, 5), st.sampled_from([2 ** 64])),
              st.one_of(st.none(), st.integers(-3, 3), st.sampled_from([2 ** 63, 0.5]))),
    st.lists(st.integers(-5, 5), max_size=4),
    st.lists(st.booleans(), max_size=4).map(lambda bits: Built(lambda xp: xp.array(bits, dtype=bool),
                                                               "np.array(%r, dtype=bool)" % (bits,))))
indices = st.one_of(index_items, st.lists(index_items, max_size=4).map(tuple))


@st.composite
def indexing_calls(draw):
    a = draw(arrays())
    index = draw(indices)
    if draw(st.booleans()):
        return call("a[index]", lambda xp, x, i: x[i], a, index)
    value = draw(st.one_of(scalars, arrays(shape=nd_shapes(0, 1, max_side=1)), arrays(shape=nd_shapes(0, 2, max_side=4))))
    if isinstance(value, complex) and a.dtype not in COMPLEX_DTYPES:
        value = value.real  # DIVERGENCES: a complex value for an empty selection of a real array is not checked

    def assign(xp, x, i, v):
        x[i] = v
        return x
    return call("a[index] = value", assign, a, index, value)


REDUCTIONS = ("sum", "prod", "mean", "var", "std", "max", "min", "argmax", "argmin", "all", "any", "cumsum",
              "cumprod", "median", "count_nonzero")


@st.composite
def reduction_calls(draw):
    name = draw(st.sampled_from(REDUCTIONS))
    a = draw(arrays(small=True))
    options = {"axis": axes}
    if name not in ("argmax", "argmin", "cumsum", "cumprod", "count_nonzero", "median"):
        options["keepdims"] = st.booleans()
    if name in ("sum", "prod", "mean", "var", "std", "cumsum", "cumprod"):
        options["dtype"] = dtypes
    if name in ("var", "std"):
        options["ddof"] = st.one_of(st.integers(-2, 30), st.sampled_from([0.5, 2 ** 62, NAN]))

    inexact = a.dtype in FLOAT_DTYPES + COMPLEX_DTYPES or name in ("mean", "var", "std", "median")
    chosen = keywords(draw, options)
    if chosen.get("dtype") in INT_DTYPES + ("bool",) + BAD_DTYPES[:10] and "ddof" in chosen:
        chosen["ddof"] = draw(st.integers(0, 1))  # DIVERGENCES: a negative float cast to an integer dtype
    return call(name, named(name), a, ulps_=16 if inexact else None, **chosen)


@st.composite
def joining_calls(draw):
    name = draw(st.sampled_from(["concatenate", "stack", "vstack", "hstack", "dstack", "column_stack"]))
    first = draw(arrays(shape=nd_shapes(0, 3, max_side=3, max_size=12)))
    if draw(st.booleans()):  # a partner of the same shape, perhaps with one side changed
        shape = list(first.shape)
        if shape and draw(st.booleans()):
            shape[draw(st.integers(0, len(shape) - 1))] = draw(st.integers(0, 3))
        more = draw(st.lists(arrays(shape=st.just(tuple(shape))), max_size=2))
    else:
        more = draw(st.lists(arrays(shape=nd_shapes(0, 3, max_side=3, max_size=12)), max_size=2))
    items = draw(st.sampled_from([[first] + more, [], [first, [1.5]], [first] + more]))
    options = {"axis": axes} if name in ("concatenate", "stack") else {}
    return call(name, named(name), items, **keywords(draw, options))


@st.composite
def product_calls(draw):
    name = draw(st.sampled_from(["@", "matmul", "dot", "vdot", "inner", "outer", "tensordot", "kron", "huge @"]))
    if name == "huge @":  # NumPy refuses at once; so must tinynet, with NumPy's message
        n = draw(st.sampled_from([10 ** 5, 2 * 10 ** 5]))
        return call("ones((%d, 1)) @ ones((1, %d))" % (n, n), lambda xp: xp.ones((n, 1)) @ xp.ones((1, n)))
    a_shape = draw(nd_shapes(0, 3, max_side=3, max_size=12))
    b_shape = list(draw(nd_shapes(0, 3, max_side=3, max_size=12)))
    if a_shape and len(b_shape) >= 1 and draw(st.integers(0, 3)):  # aligned most of the time
        b_shape[-2 if len(b_shape) >= 2 else -1] = a_shape[-1]
    dtype = st.sampled_from(ALL_DTYPES)
    a = draw(nd_cases(st.just(a_shape), dtype, small=True))
    b = draw(nd_cases(st.just(tuple(b_shape)), dtype, small=True))
    if name == "@":  # the sign of a zero product is BLAS's affair
        return call("a @ b", lambda xp, x, y: x @ y, a, b, signed_zeros_=False)
    if name == "tensordot":
        return call(name, named(name), a, b, **keywords(draw, {"axes": st.one_of(
            st.integers(-1, 3), st.just(([0], [0])), st.just(([-1], [0])), st.just(([0, 1], [1])))}),
                    signed_zeros_=False)
    return call(name, named(name), a, b, signed_zeros_=False)


CASTINGS = st.sampled_from(["unsafe", "safe", "same_kind", "no", "equiv", "bogus"])


@st.composite
def casting_calls(draw):
    kind = draw(st.sampled_from(["astype", "array", "fill", "can_cast", "result_type"]))
    if kind == "astype":
        a = draw(arrays(dtypes=ALL_DTYPES))
        return call(kind, method(kind), a, draw(dtypes), **keywords(draw, {"casting": CASTINGS}))
    if kind == "array":
        values = draw(st.lists(st.one_of(scalars.filter(lambda v: not isinstance(v, (str, list))),
                                         st.sampled_from([300, -1, 2 ** 31, 2 ** 32, 2 ** 63 - 1, 70000])), max_size=3))
        return call("array(values, dtype)", named("array"), values, dtype=draw(dtypes))
    if kind == "fill":
        def fill(xp, x, v):
            x.fill(v)
            return x
        return call("a.fill(value)", fill, draw(arrays()), draw(scalars))
    if kind == "can_cast":
        return call(kind, named(kind), draw(dtypes), draw(dtypes), **keywords(draw, {"casting": CASTINGS}))
    return call(kind, named(kind), *draw(st.lists(st.one_of(dtypes, arrays()), min_size=1, max_size=3)))


BINARY = {op: eval("lambda xp, x, y: x %s y" % op)
          for op in ("+", "-", "*", "/", "//", "%", "**", "&", "|", "^", "<<", ">>", "==", "!=", "<", "<=", ">", ">=")}
UNARY = {"-a": lambda xp, x: -x, "+a": lambda xp, x: +x, "~a": lambda xp, x: ~x, "abs(a)": lambda xp, x: abs(x)}


@st.composite
def arithmetic_calls(draw):
    kind = draw(st.sampled_from(["binary", "binary", "binary", "unary", "in-place", "clip", "where", "function"]))
    if kind == "binary":
        op = draw(st.sampled_from(sorted(BINARY)))
        return call("a %s b" % op, BINARY[op], draw(operands), draw(operands), ulps_=4 if op == "**" else None)
    if kind == "unary":
        op = draw(st.sampled_from(sorted(UNARY)))
        return call(op, UNARY[op], draw(arrays()))
    if kind == "in-place":
        op = draw(st.sampled_from(["+=", "-=", "*=", "/=", "//=", "@=", "&=", "<<="]))
        code = compile("x %s y" % op, "<in-place>", "exec")

        def update(xp, x, y):
            names = {"x": x, "y": y}
            exec(code, names)
            return names["x"], x
        return call("a %s b" % op, update, draw(arrays()), draw(operands))
    if kind == "clip":
        real_scalars = scalars.filter(lambda v: not isinstance(v, complex)  # KNOWN_GAPS: complex order
                                      and not (isinstance(v, int) and not 0 <= v < 2 ** 31))
        bound = st.one_of(st.none(), real_scalars, arrays(REAL_DTYPES, nd_shapes(0, 2, max_side=4, max_size=8)))
        return call("clip", named("clip"), draw(arrays(REAL_DTYPES)), draw(bound), draw(bound))
    if kind == "where":
        small = st.one_of(arrays(), typed_scalars(), st.integers(-10, 10), st.floats(), st.booleans())
        return call("where", named("where"), draw(arrays(dtypes=("bool",))), draw(small), draw(small))
    name = draw(st.sampled_from(["sqrt", "exp", "log", "sign", "floor", "isnan", "isfinite", "maximum", "minimum"]))
    args = [draw(st.one_of(arrays(), scalars.filter(lambda v: not isinstance(v, (int, complex)) or
                                                                isinstance(v, int) and -2 ** 63 <= v < 2 ** 63)))
            for _ in range(2 if name in ("maximum", "minimum") else 1)]
    return call(name, named(name), *args, ulps_=4)


@st.composite
def sorting_calls(draw):
    kind = draw(st.sampled_from(["sort", "argsort", "a.sort", "unique", "around", "round", "nonzero"]))
    a = draw(arrays())
    if kind == "sort":
        kinds = st.sampled_from([None, "quicksort", "stable", "mergesort", "heapsort", "bogus"])
        options = keywords(draw, {"axis": axes, "kind": kinds})
        if options.get("kind") == "bogus":  # one fault at a time
            options["axis"] = -1
        return call(kind, named(kind), a, signed_zeros_=False, **options)
    if kind == "argsort":
        return call(kind, named(kind), a, kind="stable", **keywords(draw, {"axis": axes}))
    if kind == "a.sort":
        def sort_in_place(xp, x, **options):
            x.sort(**options)
            return x
        return call(kind, sort_in_place, a, signed_zeros_=False, **keywords(draw, {"axis": axes}))
    if kind == "unique":  # KNOWN_GAPS: complex nans
        return call(kind, named(kind), draw(arrays(REAL_DTYPES)), signed_zeros_=False)
    if kind in ("around", "round"):  # DIVERGENCES: integers near the dtype's limits overflow differently
        a = draw(arrays(small=True)) if a.dtype in INT_DTYPES else a
        far = [-400, 400] if a.dtype in FLOAT_DTYPES + COMPLEX_DTYPES else []  # DIVERGENCES: 10**400 in C ints
        decimals = st.one_of(st.integers(-18, 18), st.sampled_from(far + [2 ** 63, 2 ** 31, -2 ** 40, 1.5, "1"]))
        return call(kind, named(kind), a, **keywords(draw, {"decimals": decimals}))
    return call(kind, named(kind), a)


@st.composite
def square_matrices(draw):
    """Stacks of square float matrices: regular (diagonally dominant) or exactly singular (a row repeated)."""
    n = draw(st.integers(0, 3))
    shape = draw(nd_shapes(0, 1, max_side=2, max_size=2)) + (n, n)
    dtype = draw(st.sampled_from(("float64", "float32", "int64", "complex128", "bool")))
    case = draw(nd_cases(st.just(shape), st.just(dtype), small=True))
    if dtype not in ("bool",) and case.size:
        flat = numpy.array(case.nested, dtype=dtype)
        flat = flat + numpy.eye(n, dtype=dtype) * 40
        if draw(st.booleans()) and n >= 2 and dtype != "complex128":  # LAPACK's complex pivots miss it
            flat[..., 1, :] = flat[..., 0, :]
        case = NdCase(flat.tolist(), shape, dtype)
    return case


@st.composite
def linalg_calls(draw):
    name = draw(st.sampled_from(["solve", "inv", "det", "bad solve", "bad inv"]))
    if name == "bad solve":
        return call("linalg.solve", named("linalg.solve"), draw(arrays(shape=nd_shapes(0, 3, max_side=3), small=True)),
                    draw(arrays(shape=nd_shapes(0, 3, max_side=3), small=True)), rtol_=1e-7)
    if name == "bad inv":
        return call("linalg.inv", named("linalg.inv"), draw(arrays(shape=nd_shapes(0, 3, max_side=3), small=True)),
                    rtol_=1e-7)
    a = draw(square_matrices())
    if name == "solve":
        n = a.shape[-1]
        b_shape = draw(st.sampled_from([(n,), (n, 1), (n, 2), a.shape[:-1], (n + 1,), ()]))
        b = draw(nd_cases(st.just(b_shape), st.sampled_from(("float64", "int64")), small=True))
        return call("linalg.solve", named("linalg.solve"), a, b, rtol_=1e-7)
    return call("linalg." + name, named("linalg." + name), a, rtol_=1e-7)


STRATEGIES = dict(zip(FAMILIES, (creation_calls, shaping_calls, indexing_calls, reduction_calls, joining_calls,
                                 product_calls, casting_calls, arithmetic_calls, sorting_calls, linalg_calls)))

# ---------------------------------------------------------------------------------------------------------
# running one call on both libraries
# ---------------------------------------------------------------------------------------------------------

PUBLIC_NUMPY_ERRORS = ("AxisError", "LinAlgError")


class _Hang(Exception):
    pass


def _alarm(signum, frame):
    raise _Hang("no answer after %d s" % HANG_SECONDS)


def outcome(the_call, xp):
    """Run the call on xp with warnings silenced; return ("ok", value) or ("raised", exception)."""
    watchdog = hasattr(signal, "SIGALRM")
    if watchdog:
        previous = signal.signal(signal.SIGALRM, _alarm)
        signal.alarm(HANG_SECONDS)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with numpy.errstate(all="ignore"):
                try:
                    return "ok", the_call.run(xp)
                except _Hang:
                    raise
                except Exception as error:  # noqa: BLE001 - compared with NumPy's below
                    return "raised", error
    finally:
        if watchdog:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)


def same_error_class(ours, theirs):
    """True if exception ours is of NumPy's exception's class as this suite's docstring defines it."""
    cls = type(theirs)
    if cls.__module__ == "builtins":
        return isinstance(ours, cls)
    bases = [c for c in cls.__mro__ if c.__module__ == "builtins" and c not in (Exception, BaseException, object)]
    if not all(isinstance(ours, c) for c in bases):
        return False
    if cls.__name__ in PUBLIC_NUMPY_ERRORS:
        return any(c.__name__ == cls.__name__ for c in type(ours).__mro__)
    return True


# Messages Python itself gives when code fails inside (an index past a list, a missing attribute, an
# operand a builtin cannot take): an exception with one of them is an internal error, whatever its class.
INTERNAL_MESSAGES = ("index out of range", "has no attribute", "unsupported operand type", "not supported between",
                     "is not subscriptable", "is not iterable", "cannot convert float", "division by zero",
                     "modulo by zero", "maximum recursion depth", "unhashable type", "is not callable",
                     "math domain error", "math range error", "Numerical result out of range",
                     "too large to convert to float", "int too large to convert to C ssize_t")
ORDER_OF_CHECKS = []


def internal(error):
    """Whether an exception is an internal error: of a class never right for bad input, or worded by Python."""
    if isinstance(error, (KeyError, AttributeError, ZeroDivisionError, RecursionError, NameError, AssertionError)):
        return True
    text = str(error)
    return any(message in text for message in INTERNAL_MESSAGES)


def _leaves(value):
    """The values inside nested tuples, lists and dicts."""
    if isinstance(value, (tuple, list)):
        return [leaf for v in value for leaf in _leaves(v)]
    if isinstance(value, dict):
        return _leaves(list(value.values()))
    return [value]


def _non_numeric(value):
    """True for NumPy's object and string arrays (and containers of them), which tinynet does not make."""
    if isinstance(value, (numpy.ndarray, numpy.generic)):
        return value.dtype.kind in "OSUV"
    if isinstance(value, (tuple, list)):
        return any(_non_numeric(v) for v in value)
    return False


def check_call(tn, the_call):
    """Assert that the library under test and NumPy agree on the call (see the module docstring)."""
    COUNT["calls"] += 1
    np_status, np_value = outcome(the_call, numpy)
    tn_status, tn_value = outcome(the_call, tn)
    where = repr(the_call)
    if np_status == "ok" and _non_numeric(np_value):
        if tn.__name__ == "numpy":
            return
        assert tn_status == "raised" and isinstance(tn_value, (TypeError, ValueError, OverflowError)), (
            "NumPy made a non-numeric array; tinynet must refuse with TypeError, ValueError or OverflowError, "
            "got %r: %s" % (tn_value, where))
        COUNT["refused a non-numeric array"] += 1
        return
    if tn_status == "raised" and isinstance(tn_value, TypeError) and str(tn_value).startswith("unsupported value"):
        # a str or None where NumPy converts or refuses it in its own way: tinynet holds numbers only
        assert any(isinstance(v, (str, type(None))) for v in _leaves((the_call.args, the_call.kwargs))), where
        COUNT["refused a non-numeric array"] += 1
        return
    if np_status == "raised":
        assert tn_status == "raised", "NumPy raised %s(%r), %s returned %r: %s" % (
            type(np_value).__name__, str(np_value), tn.__name__, tn_value, where)
        if not same_error_class(tn_value, np_value):
            assert not internal(tn_value), "%s raised %s(%r), NumPy %s(%r): %s" % (
                tn.__name__, type(tn_value).__name__, str(tn_value), type(np_value).__name__, str(np_value), where)
            ORDER_OF_CHECKS.append("%s(%r) where NumPy raised %s(%r): %s" % (
                type(tn_value).__name__, str(tn_value)[:80], type(np_value).__name__, str(np_value)[:80],
                where[:200]))
        elif isinstance(np_value, MemoryError):
            assert str(tn_value) == str(np_value), "MemoryError message %r, NumPy's %r: %s" % (
                str(tn_value), str(np_value), where)
        COUNT["both raised"] += 1
        return
    if tn_status == "raised":
        raise AssertionError("%s raised %s(%r), NumPy returned %r: %s" % (
            tn.__name__, type(tn_value).__name__, str(tn_value), np_value, where)) from tn_value
    _compare(tn_value, np_value, the_call, where)
    COUNT["both answered"] += 1


def _compare(tn_value, np_value, the_call, where):
    if not the_call.values:  # random or uninitialized values: compare what kind of array came back
        def kind(x):
            return type(x).__name__, getattr(x, "shape", None), str(getattr(x, "dtype", None))
        assert kind(tn_value) == kind(np_value), "%r != %r: %s" % (kind(tn_value), kind(np_value), where)
        return
    if isinstance(np_value, numpy.ndarray) and (np_value.size == 0 or np_value.size > 10 ** 6):
        # (10**12, 0) is valid, and broadcast_to(x, (10**11,)) a view: no tolist of either
        assert (tn_value.shape, str(tn_value.dtype)) == (np_value.shape, str(np_value.dtype)), where
        return
    if isinstance(np_value, numpy.dtype):
        assert type(tn_value).__name__.endswith("DType") or type(tn_value).__name__ == "dtype", where
        assert str(tn_value) == str(np_value), "dtype %s != %s: %s" % (tn_value, np_value, where)
        return
    rtol = the_call.rtol
    if rtol is not None:  # linear algebra: relative to the largest value NumPy gave
        with numpy.errstate(all="ignore"):
            finite = numpy.abs(numpy.asarray(np_value, dtype=complex))
            finite = finite[numpy.isfinite(finite)]
        rtol = rtol * (1.0 + (float(finite.max()) if finite.size else 0.0))
    assert_same_nd(tn_value, np_value, ulps=the_call.ulps, rtol=rtol, signed_zeros=the_call.signed_zeros,
                   context=where)


# ---------------------------------------------------------------------------------------------------------
# the tests: one per family
# ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("family", FAMILIES)
def test_fuzz_against_numpy(tn, family):
    @FUZZ
    @given(the_call=STRATEGIES[family]())
    def check(the_call):
        check_call(tn, the_call)

    COUNT["families"].add(family)

    check()


def test_fuzz_figures(tn):
    """The run made the calls it promises (when the family tests ran first, as they do in file order)."""
    if COUNT["calls"] == 0:
        pytest.skip("the fuzz tests did not run in this session")
    print("\nfuzzed %(calls)d calls: %(both raised)d raised in both, %(both answered)d answered alike, "
          "%(refused a non-numeric array)d non-numeric values refused" % COUNT)
    print("%d calls with more than one fault raised another of NumPy's bad-input errors first:" % len(ORDER_OF_CHECKS))
    for line in ORDER_OF_CHECKS[:40]:
        print("   ", line)
    assert COUNT["both raised"] and COUNT["both answered"]
    if set(COUNT["families"]) == set(FAMILIES):
        assert COUNT["calls"] >= CALLS * 9 // 10
