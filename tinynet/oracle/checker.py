"""Check an array library against the oracle: ulps, special values, dtypes, shapes and exceptions.

``check(xp)`` runs each operation of the Array API standard that the oracle covers (and sigmoid, softmax,
log_softmax and logsumexp when the library has them) on seeded random inputs, float32 and float64, of
several magnitudes and shapes, plus the special values.  It returns a report (a dict):

    >>> import tinynet
    >>> report = check(tinynet, operations=["exp", "sum"], size=20)
    >>> report["operations"]["exp"]["float64"]["max_ulp"] <= 1, report["operations"]["exp"]["status"]
    (True, 'ok')

Errors are counted in ulps between the library's float and the correctly rounded one (0 means correctly
rounded, 1 the float next to it).  ``assert_ulp_close`` checks one result inside a test.
"""

import math
import random
import struct
import warnings

from tinynet.oracle import activations, arrays, elementary, exact, trig
from tinynet.oracle.rounding import ulp_error

DTYPES = ("float32", "float64")
NAN, INF = math.nan, math.inf
SPECIALS = [0.0, -0.0, INF, -INF, NAN, 5e-324, -5e-324, 2.0 ** -149, 1.7976931348623157e308,
            -1.7976931348623157e308, 3.4028234663852886e38, 2.2250738585072014e-308, 1.1754943508222875e-38,
            1.0, -1.0, 0.5, 2.0, 1e-300, 1e300]

# name -> (oracle function on floats, the interval most random inputs come from)
UNARY = {
    "exp": (elementary.exp, (-750, 720)), "expm1": (elementary.expm1, (-50, 720)),
    "log": (elementary.log, (0, 1e300)), "log1p": (elementary.log1p, (-1, 1e300)),
    "log2": (elementary.log2, (0, 1e300)), "log10": (elementary.log10, (0, 1e300)),
    "sqrt": (elementary.sqrt, (0, 1e300)), "sin": (trig.sin, (-1e4, 1e4)), "cos": (trig.cos, (-1e4, 1e4)),
    "tan": (trig.tan, (-1e4, 1e4)), "asin": (trig.asin, (-1, 1)), "acos": (trig.acos, (-1, 1)),
    "atan": (trig.atan, (-1e300, 1e300)), "sinh": (elementary.sinh, (-720, 720)),
    "cosh": (elementary.cosh, (-720, 720)), "tanh": (elementary.tanh, (-25, 25)),
    "asinh": (elementary.asinh, (-1e300, 1e300)), "acosh": (elementary.acosh, (1, 1e300)),
    "atanh": (elementary.atanh, (-1, 1)), "sigmoid": (activations.sigmoid, (-100, 100)),
}
BINARY = {"atan2": (trig.atan2, (-1e3, 1e3)), "pow": (elementary.pow, (0, 60)),
          "hypot": (elementary.hypot, (-1e300, 1e300))}
ROWS = {  # reductions along axis 1 of a (rows, n) array: oracle on one row (or a pair of rows)
    "sum": exact.sum_exact, "mean": exact.mean_exact, "var": exact.var_exact, "std": exact.std_exact,
    "cumulative_sum": exact.cumulative_sum_exact, "logsumexp": activations.logsumexp,
    "softmax": activations.softmax, "log_softmax": activations.log_softmax, "vecdot": exact.vecdot_exact,
}
OPERATIONS = list(UNARY) + list(BINARY) + list(ROWS) + ["matmul"]
NOT_IN_STANDARD = ("sigmoid", "logsumexp", "softmax", "log_softmax")
REQUIRED = ("asarray", "reshape", "float32", "float64")


class NotANamespace(TypeError):
    """The module lacks what every array namespace has (asarray, reshape, float32, float64)."""


def to32(x):
    """Return x rounded to float32 (infinities beyond its range)."""
    try:
        return struct.unpack("f", struct.pack("f", x))[0]
    except OverflowError:
        return math.copysign(INF, x)


# ---------------------------------------------------------------------------------------------------------
# talking to the library


def _make(xp, values, shape, dtype):
    array = xp.asarray(values, dtype=getattr(xp, dtype))
    return xp.reshape(array, shape)


def _values(array):
    """Return the elements of an array of any library as a flat list of Python floats."""
    if hasattr(array, "tolist"):
        data = array.tolist()
        flat = []
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            else:
                flat.append(float(item))
        return flat
    shape = tuple(array.shape)
    if shape == ():
        return [float(array)]
    import importlib
    xp = importlib.import_module(type(array).__module__.split(".")[0])
    flat = xp.reshape(array, (-1,))
    return [float(flat[i]) for i in range(flat.shape[0])]


def _dtype_name(xp, array):
    for name in ("float32", "float64", "float16", "int64", "int32", "bool"):
        if hasattr(xp, name) and array.dtype == getattr(xp, name):
            return name
    return str(array.dtype)


def _call(xp, name, *args, axis=None):
    function = getattr(xp, name)
    if axis is None:
        return function(*args)
    try:
        return function(*args, axis=axis)
    except TypeError:
        return function(*args, dim=axis)  # torch's spelling


# ---------------------------------------------------------------------------------------------------------
# inputs


def _draw(rng, low, high, dtype):
    kind = rng.random()
    if kind < 0.5:
        x = rng.uniform(max(low, -1e4), min(high, 1e4))
    elif kind < 0.85:
        top = math.log10(max(abs(low), abs(high), 1e-300))
        x = math.copysign(10 ** rng.uniform(-40, top), rng.choice((-1, 1)) if low < 0 else 1)
    else:
        x = rng.choice((0.0, 1.0, -1.0, low, high)) + rng.choice((1, -1)) * 2.0 ** -rng.randint(1, 60)
    x = min(max(x, low), high)
    return to32(x) if dtype == "float32" else x


def _row_values(rng, n, dtype, name):
    scale = 10 ** rng.randint(-3, 3)
    values = [rng.gauss(0, 1) * scale for _ in range(n)]
    if name in ("softmax", "log_softmax", "logsumexp"):
        values = [v * 10 / scale for v in values]
    return [to32(v) for v in values] if dtype == "float32" else values


# ---------------------------------------------------------------------------------------------------------
# one operation


def _kind(x):
    """Return the IEEE class of x: nan, +inf, -inf, +0, -0 or finite (nonzero)."""
    if x != x:
        return "nan"
    if x in (INF, -INF) or x == 0:
        return repr(x)
    return "finite"


class _Result:
    def __init__(self):
        self.report = {"status": "ok", "special": [], "dtype_shape": [], "exceptions": []}

    def errors(self, dtype, pairs):
        """Record (inputs, got, expected) triples of random finite inputs as ulp errors."""
        worst, total, count = None, 0.0, 0
        for inputs, got, expected in pairs:
            error = ulp_error(got, expected, dtype)
            total += error if error != INF else 0.0
            count += 1
            if worst is None or error > worst[0]:
                worst = (error, inputs, got, expected)
        entry = {"count": count, "max_ulp": worst[0] if worst else 0.0, "mean_ulp": total / count if count else 0.0}
        if worst and worst[0] > 0:
            entry["worst"] = {"inputs": worst[1], "got": worst[2], "expected": worst[3]}
        self.report[dtype] = entry

    def specials(self, name, pairs):
        for inputs, got, expected in pairs:
            message = "%s(%s) = %r, expected %r" % (name, ", ".join(repr(v) for v in inputs), got, expected)
            if _kind(got) != _kind(expected) and message not in self.report["special"] and \
                    len(self.report["special"]) < 12:
                self.report["special"].append(message)

    def check_dtype_shape(self, xp, name, result, dtype, shape):
        found = _dtype_name(xp, result)
        if found != dtype or tuple(result.shape) != tuple(shape):
            message = "%s: result %s %s, expected %s %s" % (name, found, tuple(result.shape), dtype, tuple(shape))
            if message not in self.report["dtype_shape"]:
                self.report["dtype_shape"].append(message)

    def exception(self, name, dtype, error):
        self.report["exceptions"].append("%s (%s): %s: %s" % (name, dtype, type(error).__name__, error))


def _elementwise(xp, name, dtype, size, rng, result):
    unary = name in UNARY
    oracle, (low, high) = UNARY[name] if unary else BINARY[name]
    arity = 1 if unary else 2
    columns = [[_draw(rng, low, high, dtype) for _ in range(size)] for _ in range(arity)]
    if name == "atan2":
        columns[1] = [_draw(rng, -1e3, 1e3, dtype) for _ in range(size)]
    if name == "pow":
        columns[1] = [_draw(rng, -30, 30, dtype) if rng.random() < 0.7 else float(rng.randint(-20, 20))
                      for _ in range(size)]
    shape = (size // 4, 4) if size % 4 == 0 and size else (size,)
    got = _values_or_none(_run(xp, name, [_make(xp, c, shape, dtype) for c in columns], dtype, shape, result))
    triples = []
    if got is not None:
        triples = [(inputs, g, oracle(*inputs, dtype)) for inputs, g in zip(zip(*columns), got)]
    # the special values, alone and against each other: a wrong kind of result (nan, an infinity, a zero
    # of the wrong sign, or a number where one of those belongs) is a special-value finding; finite
    # results join the ulp figures
    specials = [to32(v) if dtype == "float32" else v for v in SPECIALS]
    cases = [(v,) for v in specials] if arity == 1 else [(a, b) for a in specials for b in specials]
    special_columns = [list(c) for c in zip(*cases)]
    got = _values_or_none(_run(xp, name, [_make(xp, c, (len(cases),), dtype) for c in special_columns], dtype,
                               (len(cases),), result))
    if got is not None:
        special = [(inputs, g, oracle(*inputs, dtype)) for inputs, g in zip(cases, got)]
        result.specials(name, special)
        triples.extend(t for t in special if _kind(t[1]) == _kind(t[2]) == "finite")
    if triples:
        result.errors(dtype, triples)
    if arity == 2 and dtype == "float32":  # mixed float32 and float64 promote to float64
        _run(xp, name, [_make(xp, [1.5], (1,), "float32"), _make(xp, [2.0], (1,), "float64")],
             "float64", (1,), result)


def _run(xp, name, args, dtype, shape, result, axis=None):
    """Call the operation; record dtype/shape problems and exceptions; return the array or None."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # overflow and invalid-value warnings are expected here
            out = _call(xp, name, *args, axis=axis)
    except Exception as error:  # the standard defines a result here, so any exception is a finding
        result.exception(name, dtype, error)
        return None
    result.check_dtype_shape(xp, name, out, dtype, shape)
    return out


def _values_or_none(array):
    return None if array is None else _values(array)


def _rowwise(xp, name, dtype, size, rng, result):
    rows = 16
    n = max(1, size // rows)
    data = [_row_values(rng, n, dtype, name) for _ in range(rows)]
    oracle = ROWS[name]
    along = name in ("cumulative_sum", "softmax", "log_softmax")
    shape = (rows, n) if along else (rows,)
    args = [_make(xp, [v for row in data for v in row], (rows, n), dtype)]
    other = None
    if name == "vecdot":
        other = [_row_values(rng, n, dtype, name) for _ in range(rows)]
        args.append(_make(xp, [v for row in other for v in row], (rows, n), dtype))
    got = _values_or_none(_run(xp, name, args, dtype, shape, result, axis=-1 if name == "vecdot" else 1))
    if got is None:
        return
    if name == "vecdot":
        expected = [oracle(a, b, dtype) for a, b in zip(data, other)]
    elif along:
        expected = [v for row in data for v in oracle(row, dtype=dtype)]
    else:
        expected = [oracle(row, dtype=dtype) for row in data]
    inputs = [("row %d" % (i // (n if along else 1)),) for i in range(len(expected))]
    result.errors(dtype, list(zip(inputs, got, expected)))
    if name in ("sum", "mean", "logsumexp"):
        specials = [[INF, 1.0], [INF, -INF], [NAN, 1.0], [-0.0, -0.0], [1e308, 1e308]]
        for row in specials:
            row = [to32(v) for v in row] if dtype == "float32" else row
            got = _values_or_none(_run(xp, name, [_make(xp, row, (1, 2), dtype)], dtype, (1,), result, axis=1))
            if got is not None:
                result.specials(name, [(tuple(row), got[0], oracle(row, dtype=dtype))])


def _matmul(xp, dtype, size, rng, result):
    m, n, p = 16, max(1, size // 16), 8
    a = [_row_values(rng, n, dtype, "matmul") for _ in range(m)]
    b = [_row_values(rng, p, dtype, "matmul") for _ in range(n)]
    out = _run(xp, "matmul", [_make(xp, [v for r in a for v in r], (m, n), dtype),
                              _make(xp, [v for r in b for v in r], (n, p), dtype)], dtype, (m, p), result)
    got = _values_or_none(out)
    if got is not None:
        expected = [v for row in arrays.exact.matmul_exact(a, b, dtype) for v in row]
        inputs = [("entry %d,%d" % divmod(k, p),) for k in range(len(expected))]
        result.errors(dtype, list(zip(inputs, got, expected)))


def check_operation(xp, name, dtypes=DTYPES, size=1000, seed=0):
    """Return the report of one operation: per dtype max/mean ulps, special values, dtypes, exceptions."""
    result = _Result()
    if not hasattr(xp, name):
        result.report["status"] = "missing"
        return result.report
    for dtype in dtypes:
        rng = random.Random("%s %s %d" % (name, dtype, seed))
        if name in UNARY or name in BINARY:
            _elementwise(xp, name, dtype, size, rng, result)
        elif name == "matmul":
            _matmul(xp, dtype, size, rng, result)
        else:
            _rowwise(xp, name, dtype, size, rng, result)
    return result.report


# ---------------------------------------------------------------------------------------------------------
# the whole library


def missing_names(xp):
    """Return what xp lacks of an array namespace (asarray, reshape, float32, float64)."""
    return [name for name in REQUIRED if not hasattr(xp, name)]


def check(xp, operations=None, dtypes=DTYPES, size=1000, seed=0, progress=None):
    """Check the array namespace xp against the oracle and return the report.

    operations: names to check (all of ``OPERATIONS`` by default).  size: random inputs per operation and
    dtype.  progress: a function called with (done, total, name) before each operation.
    Raises NotANamespace naming what is missing when xp is not an array namespace.
    """
    lacking = missing_names(xp)
    if lacking:
        raise NotANamespace("%s is not an array namespace: it has no %s"
                            % (getattr(xp, "__name__", xp), ", ".join(lacking)))
    operations = list(operations or OPERATIONS)
    unknown = [name for name in operations if name not in OPERATIONS]
    if unknown:
        raise ValueError("check: unknown operation %s (known: %s)" % (", ".join(unknown), ", ".join(OPERATIONS)))
    report = {"module": getattr(xp, "__name__", str(xp)), "version": str(getattr(xp, "__version__", "")),
              "seed": seed, "size": size, "dtypes": list(dtypes), "operations": {}}
    for done, name in enumerate(operations):
        if progress:
            progress(done, len(operations), name)
        report["operations"][name] = check_operation(xp, name, dtypes, size, seed)
    if progress:
        progress(len(operations), len(operations), "")
    return report


def worst_ulp(report):
    """Return the largest max_ulp over all operations and dtypes of a report (0 when none ran)."""
    found = [entry[d]["max_ulp"] for entry in report["operations"].values() for d in report["dtypes"] if d in entry]
    return max(found) if found else 0.0


# ---------------------------------------------------------------------------------------------------------
# one result, inside a test


def assert_ulp_close(actual, op, *inputs, max_ulp=1, dtype=None, **options):
    """Assert that actual is within max_ulp of the correctly rounded op(*inputs), element by element.

    op is an oracle name ("exp", "matmul", "softmax", ...) or an oracle function; options go to it (axis=).
    nan must meet nan, and infinities the same infinity.

    >>> import tinynet
    >>> assert_ulp_close(tinynet.exp(tinynet.asarray([1.0, 2.0])), "exp", [1.0, 2.0], max_ulp=1)
    >>> assert_ulp_close([2.7182818284590455], "exp", [1.0], max_ulp=0)
    Traceback (most recent call last):
    ...
    AssertionError: exp: 1 of 1 elements more than 0 ulp from the correctly rounded result; worst at index 0: got 2.7182818284590455, correctly rounded 2.718281828459045 (1 ulp)
    """
    function = getattr(arrays, op) if isinstance(op, str) else op
    name = op if isinstance(op, str) else getattr(op, "__name__", "op")
    if dtype is None:
        found = getattr(actual, "dtype", None)
        dtype = "float32" if found is not None and str(found).endswith("float32") else "float64"
    expected = function(*inputs, dtype=dtype, **options)
    got = _values(actual) if not isinstance(actual, (int, float, list)) else (
        [float(actual)] if not isinstance(actual, list) else _values(_as_nested(actual)))
    want = _values(expected) if not isinstance(expected, (int, float)) else [float(expected)]
    if len(got) != len(want):
        raise AssertionError("%s: %d elements, the oracle gives %d" % (name, len(got), len(want)))
    errors = [ulp_error(g, w, dtype) for g, w in zip(got, want)]
    bad = [i for i, e in enumerate(errors) if e > max_ulp]
    if bad:
        i = max(bad, key=lambda k: errors[k])
        raise AssertionError("%s: %d of %d elements more than %s ulp from the correctly rounded result; worst at "
                             "index %d: got %r, correctly rounded %r (%s ulp)"
                             % (name, len(bad), len(got), max_ulp, i, got[i], want[i], "%g" % errors[i]))


class _as_nested:
    """Wrap a nested list so that _values can flatten it through tolist()."""

    def __init__(self, data):
        self.data = data

    def tolist(self):
        return self.data
