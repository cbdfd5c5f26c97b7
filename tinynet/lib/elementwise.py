"""Elementwise math: exp, log, sqrt, tanh, maximum, clip, where, isclose, ...

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
"""

import math

try:
    import cmath
except ImportError:  # ports built without complex numbers
    cmath = None

from tinynet.core import dtypes
from tinynet.core import floats
from tinynet.core import index_math
from tinynet.core import memory
from tinynet.core.dtypes import BOOL
from tinynet.core.ndarray import asarray, ndarray
from tinynet.core.ufunc import _values_in, binary, unary, unary_op
from tinynet.core.ufunc_kernels import _complex_exp
from tinynet.lib import ufunc_loops
from tinynet.core.umath import ufunc
from tinynet.core.ufunc import result as _result

# --------------------------------------------------------------------------
# Elementwise math
# --------------------------------------------------------------------------


def _float_function(name, x, fast, careful, poles=()):
    """Apply a float function elementwise (complex input through cmath's function of that name).

    The result is float: the input's own float dtype, or for bools and integers the smallest float
    that holds them (int8 -> float16, int16 -> float32, int32 and int64 -> float64), as NumPy picks.
    Domain errors are reported as NumPy reports them ("divide by zero encountered in log").
    """
    return ufunc_loops.apply_unary(name, x, ufunc_loops.INEXACT, fast, careful, _complex_kernel(name), poles)


def _complex_kernel(name):
    """The complex loop of the named function (None where the runtime has no cmath)."""
    if cmath is None:
        return None
    kernel = _COMPLEX_KERNELS.get(name)
    return kernel if kernel is not None else _complex_careful(name)


# Complex kernels: cmath's functions, with C99's answers where cmath raises (log of 0 is -inf with the
# angle of the zero; e**z overflowing is IEEE's infinities).

_LOG2E = 1.4426950408889634
_LOG10E = 0.4342944819032518


def _complex_log(z):
    try:
        return cmath.log(z)
    except ValueError:  # log(0 + 0j) = -inf + i atan2(imag, real)
        return complex(-floats.inf, math.atan2(z.imag, z.real))


def _complex_log2(z):
    w = _complex_log(z)  # NumPy: log(z) times log2(e), part by part
    return complex(w.real * _LOG2E, w.imag * _LOG2E)


def _complex_log10(z):
    w = _complex_log(z)
    return complex(w.real * _LOG10E, w.imag * _LOG10E)


def _complex_log1p(z):
    # NumPy: log(1 + z) = log(hypot(1 + x, y)) + i atan2(y, 1 + x)
    x = z.real + 1.0
    return complex(floats.log(floats.modulus(x, z.imag)), math.atan2(z.imag, x))


def _sin_parts(z):
    # sin(x + iy) = sin x cosh y + i cos x sinh y (a zero real part stays zero)
    x, y = z.real, z.imag
    real = x if x == 0 else floats.sin(x) * _cosh(y)
    return complex(real, floats.cos(x) * _sinh(y))


def _cos_parts(z):
    # cos(x + iy) = cos x cosh y - i sin x sinh y (a zero real part gives a zero imaginary part)
    x, y = z.real, z.imag
    imag = -x * y if x == 0 else -floats.sin(x) * _sinh(y)
    return complex(floats.cos(x) * _cosh(y), imag if imag == imag or x != 0 else 0.0)


def _cosh(y):
    return floats.exp(abs(y)) / 2.0 if abs(y) > 20.0 else math.cosh(y)


def _sinh(y):
    return math.copysign(floats.exp(abs(y)) / 2.0, y) if abs(y) > 20.0 else math.sinh(y)


_PARTS = {"sin": _sin_parts, "cos": _cos_parts}


def _complex_careful(name):
    function = getattr(cmath, name, None) if cmath is not None else None
    parts = _PARTS.get(name)

    def kernel(z):
        try:
            return function(z)
        except (ValueError, OverflowError):
            return parts(z) if parts is not None else complex(floats.nan, floats.nan)
    return kernel


_COMPLEX_KERNELS = {"exp": _complex_exp, "log": _complex_log, "log2": _complex_log2, "log10": _complex_log10,
                    "log1p": _complex_log1p}


def exp(x):
    """Return e**x elementwise (inf where it overflows, as IEEE says).

    >>> exp([0.0, 1.0, 1000.0]).tolist()
    [1.0, 2.718281828459045, inf]
    """
    return _float_function("exp", x, math.exp, floats.exp)


def log(x):
    """Return the natural logarithm elementwise (-inf at 0, nan below 0).

    >>> log([1.0, 0.0, -1.0]).tolist()
    [0.0, -inf, nan]
    """
    return _float_function("log", x, math.log, floats.log, (0.0,))


def _log2(x):
    return floats.log(x) / math.log(2.0) if not x > 0 else math.log2(x)


def log2(x):
    """Return the base-2 logarithm elementwise.

    >>> log2([1.0, 8.0]).tolist()
    [0.0, 3.0]
    """
    return _float_function("log2", x, math.log2, _log2, (0.0,))


def _log10(x):
    return floats.log(x) if not x > 0 else math.log10(x)


def log10(x):
    """Return the base-10 logarithm elementwise.

    >>> log10([1.0, 1000.0]).tolist()
    [0.0, 3.0]
    """
    return _float_function("log10", x, math.log10, _log10, (0.0,))


def _log1p(x):
    # log(1 + x) accurately for small x: with u = 1 + x rounded, log(u) * x / (u - 1)
    # cancels the rounding error of u (a classic trick; MicroPython has no log1p).
    u = 1.0 + x
    if u == 1.0:
        return float(x)
    if u <= 0 or u == floats.inf:
        return floats.log(u)
    return math.log(u) * x / (u - 1.0)


_math_log1p = getattr(math, "log1p", None)


def log1p(x):
    """Return log(1 + x) elementwise, accurate for small x.

    >>> log1p([0.0, 1e-20]).tolist()
    [0.0, 1e-20]
    """
    return _float_function("log1p", x, _math_log1p or _log1p, _log1p, (-1.0,))


def sqrt(x):
    """Return the square root elementwise (nan below 0).

    >>> sqrt([4.0, 2.0, -1.0]).tolist()
    [2.0, 1.4142135623730951, nan]
    """
    return _float_function("sqrt", x, math.sqrt, floats.sqrt)


def tanh(x):
    """Return the hyperbolic tangent elementwise: (e**x - e**-x) / (e**x + e**-x).

    >>> tanh([0.0, 1000.0]).tolist()
    [0.0, 1.0]
    """
    return _float_function("tanh", x, math.tanh, math.tanh)


def sin(x):
    """Return the sine elementwise.

    >>> sin([0.0]).tolist()
    [0.0]
    """
    return _float_function("sin", x, math.sin, floats.sin)


def cos(x):
    """Return the cosine elementwise.

    >>> cos([0.0]).tolist()
    [1.0]
    """
    return _float_function("cos", x, math.cos, floats.cos)


def _floor(x):
    try:
        return math.copysign(float(math.floor(x)), x)  # floor(-0.0) is -0.0
    except floats.ARITHMETIC_ERRORS:  # inf and nan are their own floor
        return x


def _ceil(x):
    try:
        return math.copysign(float(math.ceil(x)), x)  # ceil(-0.5) is -0.0
    except floats.ARITHMETIC_ERRORS:
        return x


def floor(x):
    """Return the largest integer <= x elementwise, as floats.

    >>> floor([-1.5, 2.5]).tolist()
    [-2.0, 2.0]
    """
    return _rounding("floor", x, _floor)


def ceil(x):
    """Return the smallest integer >= x elementwise, as floats.

    >>> ceil([-1.5, 2.5]).tolist()
    [-1.0, 3.0]
    """
    return _rounding("ceil", x, _ceil)


def _rounding(name, x, kernel):
    """floor or ceil: bools and integers come back in their own dtype, floats keep theirs, complex is refused."""
    a = asarray(x)
    if a._dtype.kind == "c":
        raise ufunc_loops.not_supported(name)
    if a._dtype.kind != "f":
        return unary(_identity, a)
    return unary(kernel, a)


def _identity(x):
    return x


def absolute(x):
    """Return |x| elementwise.

    >>> absolute([-1.5, 2]).tolist(), absolute(-3), absolute([3 + 4j])
    ([1.5, 2.0], np.int64(3), array([5.]))
    """
    return unary_op("absolute", asarray(x))  # |a + bj| is real: complex128 gives float64


def square(x):
    """Return x * x elementwise.

    >>> square([-3, 2]).tolist()
    [9, 4]
    """
    a = asarray(x)
    if a._dtype is BOOL:
        a = a.astype(dtypes.INT8)  # NumPy squares bools in int8, not as logical and
    return binary("multiply", a, a)


def sign(x):
    """Return -1, 0 or 1 elementwise by the sign of x (nan stays nan); z / |z| for complex z (0 at 0).

    >>> sign([-2.5, 0.0, 3.0]).tolist()
    [-1.0, 0.0, 1.0]
    >>> sign([3 + 4j, 0j]).tolist()
    [(0.6+0.8j), 0j]
    """
    a = asarray(x)
    if a._dtype is BOOL:
        raise TypeError("ufunc 'sign' did not contain a loop with signature matching types")
    if a._dtype.kind == "c":
        if a._dtype is dtypes.COMPLEX128:
            return unary(floats.complex_sign, a)
        part = dtypes.real_dtype(a._dtype)  # complex64: |z| is rounded to float32 before dividing

        def round_abs(r):
            return dtypes.fix([r], part)[0]

        return unary(lambda z: floats.complex_sign(z, round_abs), a)
    return unary(floats.sign, a)


def isnan(x):
    """Return whether each element is nan.

    >>> isnan([1.0, float("nan")]).tolist()
    [False, True]
    """
    return unary(_is_nan, asarray(x), BOOL)


def isinf(x):
    """Return whether each element is +inf or -inf.

    >>> isinf([1.0, float("-inf")]).tolist()
    [False, True]
    """
    return unary(_is_inf, asarray(x), BOOL)


def isfinite(x):
    """Return whether each element is neither inf nor nan.

    >>> isfinite([1.0, float("inf"), float("nan")]).tolist()
    [True, False, False]
    """
    return unary(_is_finite, asarray(x), BOOL)


def _is_nan(x):
    return x != x


def _is_inf(x):
    return x == floats.inf or x == -floats.inf


def _is_finite(x):
    return x == x and x != floats.inf and x != -floats.inf


def logical_not(x):
    """Return not x elementwise.

    >>> logical_not([True, False]).tolist()
    [False, True]
    """
    return unary(_not, asarray(x), BOOL)


def _not(x):
    return not x


def logical_and(a, b):
    """Return a and b elementwise, as bools.

    >>> logical_and([True, True], [True, False]).tolist()
    [True, False]
    """
    return binary("bitwise_and", asarray(a).astype(BOOL), asarray(b).astype(BOOL))


def logical_or(a, b):
    """Return a or b elementwise, as bools.

    >>> logical_or([True, False], [False, False]).tolist()
    [True, False]
    """
    return binary("bitwise_or", asarray(a).astype(BOOL), asarray(b).astype(BOOL))


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


true_divide = divide


def floor_divide(a, b):
    """Return a // b elementwise.

    >>> floor_divide([7, -7], 2).tolist()
    [3, -4]
    """
    return _binary_function("floor_divide", a, b)


def remainder(a, b):
    """Return a % b elementwise, with the sign of b.

    >>> remainder([7, -7], 3).tolist()
    [1, 2]
    """
    return _binary_function("remainder", a, b)


mod = remainder


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


def logical_xor(a, b):
    """Return a xor b elementwise, as bools.

    >>> logical_xor([True, True], [True, False]).tolist()
    [False, True]
    """
    return binary("bitwise_xor", asarray(a).astype(BOOL), asarray(b).astype(BOOL))


def less(a, b):
    """Return a < b elementwise, as bools.

    >>> less([1, 5], 3).tolist()
    [True, False]
    """
    return _binary_function("less", a, b)


def less_equal(a, b):
    """Return a <= b elementwise, as bools."""
    return _binary_function("less_equal", a, b)


def greater(a, b):
    """Return a > b elementwise, as bools."""
    return _binary_function("greater", a, b)


def greater_equal(a, b):
    """Return a >= b elementwise, as bools."""
    return _binary_function("greater_equal", a, b)


def equal(a, b):
    """Return a == b elementwise, as bools."""
    return _binary_function("equal", a, b)


def not_equal(a, b):
    """Return a != b elementwise, as bools."""
    return _binary_function("not_equal", a, b)


def bitwise_and(a, b):
    """Return a & b elementwise (logical and for bools).

    >>> bitwise_and([12, 10], 6).tolist()
    [4, 2]
    """
    return _binary_function("bitwise_and", a, b)


def bitwise_or(a, b):
    """Return a | b elementwise (logical or for bools).

    >>> bitwise_or([12, 10], 1).tolist()
    [13, 11]
    """
    return _binary_function("bitwise_or", a, b)


def bitwise_xor(a, b):
    """Return a ^ b elementwise.

    >>> bitwise_xor([12, 10], 6).tolist()
    [10, 12]
    """
    return _binary_function("bitwise_xor", a, b)


def left_shift(a, b):
    """Return a << b elementwise, wrapping at the dtype's width.

    >>> left_shift([1, 3], 2).tolist()
    [4, 12]
    """
    return _binary_function("left_shift", a, b)


def right_shift(a, b):
    """Return a >> b elementwise (an arithmetic shift for signed integers).

    >>> right_shift([-8, 8], 2).tolist()
    [-2, 2]
    """
    return _binary_function("right_shift", a, b)


def negative(x):
    """Return -x elementwise.

    >>> negative([1, -2]).tolist()
    [-1, 2]
    """
    return -asarray(x)


def positive(x):
    """Return +x elementwise (a copy).

    >>> positive([1, -2]).tolist()
    [1, -2]
    """
    return +asarray(x)


def invert(x):
    """Return ~x elementwise: bitwise not for integers, logical not for bools.

    >>> invert([0, 5]).tolist()
    [-1, -6]
    """
    return ~asarray(x)


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


def clip(a, min=None, max=None, *, a_min=None, a_max=None):  # noqa: A002 - NumPy 2's keyword names
    """Return a with values limited to [min, max]: minimum(maximum(a, min), max).

    The bounds go by position, or by the names ``min``/``max`` (NumPy 2 and the Array API) or
    ``a_min``/``a_max`` (NumPy 1); None leaves that side open.

    >>> clip([-2.0, 0.5, 3.0], 0, 1).tolist(), clip([1, 5, 9], max=6).tolist()
    ([0.0, 0.5, 1.0], [1, 5, 6])
    """
    a_min = _one_bound("a_min", a_min, min)
    a_max = _one_bound("a_max", a_max, max)
    result = asarray(a)
    if a_min is None and a_max is None:  # NumPy 2: nothing to limit, a copy (bools have no positive loop)
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


def isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    """Return whether a and b are equal within tolerance elementwise: |a - b| <= atol + rtol * |b|.

    >>> isclose([1.0, 1.0], [1.0 + 1e-9, 1.1]).tolist()
    [True, False]
    """
    a, b = asarray(a), asarray(b)

    def close(x, y):
        return floats.isclose(float(x), float(y), rtol, atol, equal_nan)

    shape = index_math.broadcast_shapes(a._shape, b._shape)
    values = list(map(close, _values_in(a, shape, a._dtype), _values_in(b, shape, b._dtype)))
    return _result(values, shape, BOOL)


def allclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    """Return whether every element of a is close to b (see isclose).

    >>> allclose([1.0, 2.0], [1.0, 2.0 + 1e-10]), allclose([1.0], [1.1])
    (True, False)
    """
    return bool(asarray(isclose(a, b, rtol, atol, equal_nan)).all())


def array_equal(a1, a2, equal_nan=False):
    """Return whether two arrays have the same shape and the same elements.

    >>> array_equal([1, 2], [1, 2]), array_equal([1, 2], [[1, 2]])
    (True, False)
    """
    a, b = asarray(a1), asarray(a2)
    if a._shape != b._shape:
        return False
    flat_a = a._values()
    flat_b = b._values()
    for x, y in zip(flat_a, flat_b):
        if x != y and not (equal_nan and x != x and y != y):
            return False
    return True


# --------------------------------------------------------------------------
# The functions above as ufunc objects, with reduce, accumulate, outer, at and reduceat
# --------------------------------------------------------------------------

_UNARY = ["exp", "log", "log2", "log10", "log1p", "sqrt", "tanh", "sin", "cos", "floor", "ceil", "absolute",
          "square", "sign", "isnan", "isinf", "isfinite", "logical_not", "negative", "positive", "invert"]
# Each binary function with its identity: the value that leaves the other operand unchanged (None: none).
_BINARY = [("add", 0), ("subtract", None), ("multiply", 1), ("divide", None), ("floor_divide", None),
           ("remainder", None), ("power", None), ("maximum", None), ("minimum", None), ("logical_and", True),
           ("logical_or", False), ("logical_xor", False), ("less", None), ("less_equal", None), ("greater", None),
           ("greater_equal", None), ("equal", None), ("not_equal", None), ("bitwise_and", -1), ("bitwise_or", 0),
           ("bitwise_xor", 0), ("left_shift", None), ("right_shift", None)]

# The docstrings' examples still run as doctests: doctest reads __test__ for objects that are not
# functions.  (MicroPython keeps no docstrings: there __doc__ is missing, and None here.)
__test__ = {}
for _name, _nin in [(name, 1) for name in _UNARY] + [(name, 2) for name, _ in _BINARY]:
    _doc = getattr(globals()[_name], "__doc__", None)
    if ">>>" in (_doc or ""):
        __test__[_name] = _doc
    globals()[_name] = ufunc(_name, _nin, globals()[_name], dict(_BINARY).get(_name), _doc)
abs = absolute  # noqa: A001 - NumPy's public name
pow = power  # noqa: A001 - the array API's name
true_divide = divide
mod = remainder
