"""Elementwise math: exp, log, sqrt, tanh, the arithmetic and comparisons, maximum, clip, where.

Each function applies its formula to every element, broadcasting its
operands as the operators do, and accepts arrays, nested lists or plain
numbers; a function of plain numbers returns a NumPy-like scalar:

    >>> from tinynet import exp, maximum, where, array
    >>> exp([0.0, 1000.0]).tolist()
    [1.0, inf]
    >>> maximum(0, array([-2, 3])).tolist()
    [0, 3]
    >>> where(array([1, -1]) > 0, 1.0, -1.0).tolist()
    [1.0, -1.0]

Floats follow IEEE 754 as NumPy does: overflow gives inf, log(0) gives -inf,
and 0/0 gives nan, never an exception.

These are the functions a small program uses.  The rest load on first use: more math (log2, sin,
floor, remainder, ...) from ``elementwise_math``, truth and bits (isnan, logical_and, left_shift,
isclose, ...) from ``elementwise_logic``, and the complex loops from ``elementwise_complex``.
"""

import math

from tinynet.core import dtypes
from tinynet.core import index_math
from tinynet.core import memory
from tinynet.core.dtypes import BOOL
from tinynet.core.ndarray import asarray, ndarray
from tinynet.core.ufunc import _values_in, binary, unary_op
from tinynet.core.umath import ufunc
from tinynet.lib import ufunc_loops

# --------------------------------------------------------------------------
# Elementwise math
# --------------------------------------------------------------------------


def _float_function(name, x, fast, careful, poles=()):
    """Apply a float function elementwise (complex input through cmath's function of that name).

    The result is float: the input's own float dtype, or for bools and integers the smallest float
    that holds them (int8 -> float16, int16 -> float32, int32 and int64 -> float64), as NumPy picks.
    Domain errors are reported as NumPy reports them ("divide by zero encountered in log").  The
    complex loop is named, not passed: lib/elementwise_complex.py loads only when complex input comes.
    """
    return ufunc_loops.apply_unary(name, x, ufunc_loops.INEXACT, fast, careful, name, poles)


def exp(x):
    """Return e**x elementwise (inf where it overflows, as IEEE says).

    >>> exp([0.0, 1.0, 1000.0]).tolist()
    [1.0, 2.718281828459045, inf]
    """
    return _float_function("exp", x, math.exp, "exp")


def log(x):
    """Return the natural logarithm elementwise (-inf at 0, nan below 0).

    >>> log([1.0, 0.0, -1.0]).tolist()
    [0.0, -inf, nan]
    """
    return _float_function("log", x, math.log, "log", (0.0,))


def sqrt(x):
    """Return the square root elementwise (nan below 0).

    >>> sqrt([4.0, 2.0, -1.0]).tolist()
    [2.0, 1.4142135623730951, nan]
    """
    return _float_function("sqrt", x, math.sqrt, "sqrt")


def tanh(x):
    """Return the hyperbolic tangent elementwise: (e**x - e**-x) / (e**x + e**-x).

    >>> tanh([0.0, 1000.0]).tolist()
    [0.0, 1.0]
    """
    return _float_function("tanh", x, math.tanh, math.tanh)


def absolute(x):
    """Return |x| elementwise.

    >>> absolute([-1.5, 2]).tolist(), absolute(-3), absolute([3 + 4j])
    ([1.5, 2.0], np.int64(3), array([5.]))
    """
    return unary_op("absolute", asarray(x))  # |a + bj| is real: complex128 gives float64


def negative(x):
    """Return -x elementwise.

    >>> negative([1, -2]).tolist()
    [-1, 2]
    """
    return -asarray(x)


def add(a, b):
    """Return a + b elementwise.

    >>> add([1, 2], 3).tolist()
    [4, 5]
    """
    return _binary_function("add", a, b)


def subtract(a, b):
    """Return a - b elementwise.

    >>> subtract([1, 2], 3).tolist()
    [-2, -1]
    """
    return _binary_function("subtract", a, b)


def multiply(a, b):
    """Return a * b elementwise.

    >>> multiply([1, 2], 3).tolist()
    [3, 6]
    """
    return _binary_function("multiply", a, b)


def divide(a, b):
    """Return a / b elementwise (inf or nan where b is 0).

    >>> divide([1, 2], 4).tolist()
    [0.25, 0.5]
    """
    return _binary_function("divide", a, b)


def power(a, b):
    """Return a ** b elementwise.

    >>> power([2, 3], 2).tolist()
    [4, 9]
    """
    return _binary_function("power", a, b)


def maximum(a, b):
    """Return the larger of a and b elementwise (nan if either is nan).

    >>> maximum([1, 5], [4, 2]).tolist(), maximum(0, [-1.5, 2.0]).tolist()
    ([4, 5], [0.0, 2.0])
    """
    return _binary_function("maximum", a, b)


def minimum(a, b):
    """Return the smaller of a and b elementwise (nan if either is nan).

    >>> minimum([1, 5], [4, 2]).tolist()
    [1, 2]
    """
    return _binary_function("minimum", a, b)


def less(a, b):
    """Return a < b elementwise, as bools.

    >>> less([1, 5], 3).tolist()
    [True, False]
    """
    return _binary_function("less", a, b)


def less_equal(a, b):
    """Return a <= b elementwise, as bools (False where either is nan).

    >>> less_equal([1, 3, 5], 3).tolist()
    [True, True, False]
    """
    return _binary_function("less_equal", a, b)


def greater(a, b):
    """Return a > b elementwise, as bools (False where either is nan).

    >>> greater([1, 5], [4, 2]).tolist()
    [False, True]
    """
    return _binary_function("greater", a, b)


def greater_equal(a, b):
    """Return a >= b elementwise, as bools (False where either is nan).

    >>> greater_equal([1.0, float("nan")], 1).tolist()
    [True, False]
    """
    return _binary_function("greater_equal", a, b)


def equal(a, b):
    """Return a == b elementwise, as bools; values compare across dtypes (2 == 2.0), nan equals nothing.

    >>> equal([1, float("nan")], [1.0, float("nan")]).tolist()
    [True, False]
    """
    return _binary_function("equal", a, b)


def not_equal(a, b):
    """Return a != b elementwise, as bools (the negation of equal: True where either is nan).

    >>> not_equal([[1], [2]], [1, 2]).tolist()
    [[False, True], [True, False]]
    """
    return _binary_function("not_equal", a, b)


def _binary_function(name, a, b):
    # Python numbers stay weak (NEP 50); anything else becomes an array first.
    if not isinstance(a, (ndarray, bool, int, float, complex)):
        a = asarray(a)
    if not isinstance(b, (ndarray, bool, int, float, complex)):
        b = asarray(b)
    result = binary(name, a, b)
    if result is NotImplemented:
        raise TypeError("unsupported operand types for %s: %r and %r" % (name, type(a), type(b)))
    return result


def clip(a, min=None, max=None, out=None, *, a_min=None, a_max=None):  # noqa: A002 - NumPy 2's keyword names
    """Return a with values limited to [min, max]: minimum(maximum(a, min), max).

    The bounds go by position, or by the names ``min``/``max`` (NumPy 2 and the Array API) or
    ``a_min``/``a_max`` (NumPy 1); None leaves that side open.  With ``out`` (an array, or a tuple of
    one) the result is written there and out is returned; it must take the result's dtype under
    'same_kind' casting and its shape, as for any ufunc: clipping in place is ``clip(g, -5, 5, out=g)``.

    >>> clip([-2.0, 0.5, 3.0], 0, 1).tolist(), clip([1, 5, 9], max=6).tolist()
    ([0.0, 0.5, 1.0], [1, 5, 6])
    >>> g = asarray([-8.0, 2.0, 9.0]); clip(g, -5, 5, out=g) is g, g.tolist()
    (True, [-5.0, 2.0, 5.0])

    A Python int bound that cannot bind an integer array is dropped: clip(uint8 array, -1, 300) is a copy.
    """
    result = _clipped(a, min, max, a_min, a_max)
    if out is None:
        return result
    from tinynet.core.ufunc_methods import _into

    return _into("clip", result, _one_out(out), "same_kind")


def _one_out(out):
    """The output array of a one-output ufunc: out itself, or the only element of a tuple."""
    if isinstance(out, tuple):
        if len(out) != 1:
            raise ValueError("The 'out' tuple must have exactly one entry per ufunc output")
        out = out[0]
    return out


def _clipped(a, min, max, a_min, a_max):  # noqa: A002 - NumPy's names
    """clip without out: the new array."""
    a_min = _one_bound("a_min", a_min, min)
    a_max = _one_bound("a_max", a_max, max)
    result = asarray(a)
    from tinynet.core.clip_round import open_bound  # clip's rules for bounds, loaded with the first clip

    a_min, a_max = open_bound(result._dtype, a_min, True), open_bound(result._dtype, a_max, False)
    if a_min is None and a_max is None:  # NumPy 2: nothing to limit, a copy (bools have no positive loop)
        from tinynet.lib.elementwise_math import positive

        return positive(result)
    bounds = [asarray(b)._shape for b in (a_min, a_max) if b is not None]
    index_math.broadcast_shapes(result._shape, *bounds)  # NumPy names all the shapes when they clash
    if a_min is not None:
        result = _binary_function("maximum", result, a_min)
    if a_max is not None:
        result = _binary_function("minimum", result, a_max)
    return result


def _one_bound(old_name, old_value, value):
    if old_value is not None and value is not None:
        raise TypeError("clip() got multiple values for argument %r" % (old_name,))
    return value if old_value is None else old_value


def where(condition, x=None, y=None):
    """Return x where condition is true and y elsewhere, all three broadcast together.

    With only a condition, return the indices where it is true (see nonzero).

    >>> where([True, False, True], [1, 2, 3], 0).tolist()
    [1, 0, 3]
    >>> where(asarray([[1, -1]]) > 0, 1.0, -1.0).tolist()
    [[1.0, -1.0]]
    """
    if x is None and y is None:
        return asarray(condition).nonzero()
    if x is None or y is None:
        raise ValueError("either both or neither of x and y should be given")
    c = asarray(condition).astype(BOOL, copy=False)
    left, right = _operand_of(x), _operand_of(y)
    d = _where_dtype(left, right)
    left, right = left[0], right[0]
    shape = index_math.broadcast_shapes(c._shape, left._shape, right._shape)
    memory.check_size(shape, d)
    cs = _values_in(c, shape, BOOL)
    xs = _values_in(left.astype(d, copy=False), shape, d)
    ys = _values_in(right.astype(d, copy=False), shape, d)
    values = [a if keep else b for keep, a, b in zip(cs, xs, ys)]
    return ndarray._make(values, shape, d)  # a 0-d array, not a scalar, as NumPy's where gives


def _operand_of(x):
    """Return (array, the Python type of x if x is a weak Python number, else None)."""
    weak = type(x) if type(x) in (bool, int, float, complex) else None
    return asarray(x), weak


def _where_dtype(left, right):
    (a, weak_a), (b, weak_b) = left, right
    if weak_a and not weak_b:
        return dtypes.promote_weak(b._dtype, weak_a)
    if weak_b and not weak_a:
        return dtypes.promote_weak(a._dtype, weak_b)
    return dtypes.promote(a._dtype, b._dtype)


# The functions above as ufunc objects (see core/umath.py).  The docstrings' examples still run as
# doctests: doctest reads __test__ for objects that are not functions.  (MicroPython keeps no docstrings.)
__test__ = {}
for _name, _nin, _neutral in [("exp", 1, None), ("log", 1, None), ("sqrt", 1, None), ("tanh", 1, None),
        ("absolute", 1, None), ("negative", 1, None), ("add", 2, 0), ("subtract", 2, None), ("multiply", 2, 1),
        ("divide", 2, None), ("power", 2, None), ("maximum", 2, None), ("minimum", 2, None), ("less", 2, None),
        ("less_equal", 2, None), ("greater", 2, None), ("greater_equal", 2, None), ("equal", 2, None),
        ("not_equal", 2, None)]:
    _doc = getattr(globals()[_name], "__doc__", None)
    if ">>>" in (_doc or ""):
        __test__[_name] = _doc
    globals()[_name] = ufunc(_name, _nin, globals()[_name], _neutral, _doc)
abs = absolute  # noqa: A001 - NumPy's public name
pow = power  # noqa: A001 - the array API's name
true_divide = divide
