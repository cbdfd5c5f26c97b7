"""Elementwise operations: NumPy's promotion, broadcasting and IEEE rules around a Python kernel.

Every binary operator goes through ``binary(name, a, b)`` in five steps:

1. **operands**: each side becomes (values in C order, shape, dtype, weak).  Python's bool, int,
   float and complex are *weak* (NEP 50): they take the other side's dtype where they fit.
2. **dtype**: the result dtype by NumPy 2's promotion rules (``dtypes.promote``); values of a
   different kind are cast to it first (``int8 + float32`` adds float32 values).
3. **broadcasting**: a side whose shape differs is read through a view with stride 0 along the
   stretched axes, so ``(3, 1) + (4,)`` reads each value of the column four times.
4. **kernel**: one Python function mapped over the two lists (``x + y``).  Where Python raises but
   IEEE arithmetic has an answer (``1.0 / 0.0``, ``exp(1000)``), the careful kernel from ``floats``
   redoes the work.
5. **fix**: results are brought back into the dtype: integers wrap around at their width, float32
   rounds to single precision (``dtypes.fix``).

    >>> from tinynet import array
    >>> binary("add", array([[1], [2]], dtype="int8"), array([126, 127], dtype="int8")).tolist()
    [[127, -128], [-128, -127]]
    >>> binary("multiply", array([0.1], dtype="float32"), 3).tolist()
    [0.30000001192092896]
"""

import math

try:
    import cmath
except ImportError:  # ports built without complex numbers
    cmath = None

from tinynet.core import dtypes
from tinynet.core import errors
from tinynet.core import floats
from tinynet.core import index_math
from tinynet.core import memory
from tinynet.core import nested
from tinynet.core.dtypes import BOOL, FLOAT64, INT64
from tinynet.core.ndarray import _compact, _size_of, asarray, ndarray

# --------------------------------------------------------------------------
# Operands
# --------------------------------------------------------------------------


def operand(x):
    """Return (array, weak) for an operand of an elementwise operation, or None if it is not one.

    Python numbers become 0-d arrays marked weak; lists and NumPy arrays become arrays.
    """
    t = type(x)
    if t is ndarray:
        return x, False
    if t is float or t is int or t is bool or t is complex:
        return _python_scalar(x), True
    if isinstance(x, ndarray):
        return x, False
    if hasattr(x, "_dtype") and hasattr(x, "item"):  # tinynet's NumPy-like scalars
        return ndarray._make([x.item()], (), x._dtype), False
    if isinstance(x, (list, tuple, range)) or hasattr(x, "__array_interface__"):
        return asarray(x), False
    if isinstance(x, bool):
        return _python_scalar(bool(x)), True
    if isinstance(x, int):
        return _python_scalar(int(x)), True
    if isinstance(x, float):
        return _python_scalar(float(x)), True
    return None


def _python_scalar(x):
    """A weak Python number as a 0-d array of its default dtype (bool, int64, float64, complex128)."""
    t = type(x)
    d = BOOL if t is bool else INT64 if t is int else FLOAT64 if t is float else dtypes.COMPLEX128
    a = ndarray._make([x], (), d)
    return a


def result_dtype(a, weak_a, b, weak_b):
    """The dtype NumPy 2 gives an operation between a and b (NEP 50: Python numbers are weak)."""
    if weak_b and not weak_a:
        return dtypes.promote_weak(a._dtype, b._values()[0])
    if weak_a and not weak_b:
        return dtypes.promote_weak(b._dtype, a._values()[0])
    return dtypes.promote(a._dtype, b._dtype)


# --------------------------------------------------------------------------
# Kernels
# --------------------------------------------------------------------------

_INF = float("inf")
_NAN = float("nan")


# The operators as functions: C functions from the operator module where the runtime has it (nested.py
# supplies plain ones where it does not).
_add, _sub, _mul, _truediv = nested.add, nested.sub, nested.mul, nested.truediv
_floordiv, _mod = nested.floordiv, nested.mod
_lt, _le, _eq, _ne, _gt, _ge = nested.lt, nested.le, nested.eq, nested.ne, nested.gt, nested.ge
_and, _or, _xor = nested.and_, nested.or_, nested.xor


def _maximum(a, b):
    # NumPy propagates nan: if either is nan, the answer is nan.
    if a != a:
        return a
    if b != b:
        return b
    return b if b > a else a


def _minimum(a, b):
    if a != a:
        return a
    if b != b:
        return b
    return b if b < a else a


def _complex_divide(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        a = complex(a)
        nan = float("nan")
        if a == 0 or a != a:
            return complex(nan, nan)
        return complex(floats.divide(a.real, 0.0) if a.real else nan, floats.divide(a.imag, 0.0) if a.imag else nan)


# Each operation: (fast kernel, careful kernel used when the fast one raises).
_KERNELS = {
    "add": (_add, _add),
    "subtract": (_sub, _sub),
    "multiply": (_mul, _mul),
    "divide": (_truediv, floats.divide),
    "floor_divide": (_floordiv, floats.floor_divide),
    "remainder": (_mod, floats.remainder),
    "power": (math.pow, floats.power),
    "less": (_lt, _lt),
    "less_equal": (_le, _le),
    "equal": (_eq, _eq),
    "not_equal": (_ne, _ne),
    "greater": (_gt, _gt),
    "greater_equal": (_ge, _ge),
    "bitwise_and": (_and, _and),
    "bitwise_or": (_or, _or),
    "bitwise_xor": (_xor, _xor),
    "maximum": (_maximum, _maximum),
    "minimum": (_minimum, _minimum),
}

COMPARISONS = ("less", "less_equal", "equal", "not_equal", "greater", "greater_equal")
_BITWISE = ("bitwise_and", "bitwise_or", "bitwise_xor", "left_shift", "right_shift")
_SYMBOLS = {"add": "+", "subtract": "-", "multiply": "*", "divide": "/", "floor_divide": "//",
            "remainder": "%", "power": "**", "bitwise_and": "&", "bitwise_or": "|", "bitwise_xor": "^",
            "left_shift": "<<", "right_shift": ">>"}


def _int_kernels(name, d):
    """Kernels for integer dtypes where Python's int rules differ from NumPy's fixed widths."""
    bits = 8 * d.itemsize
    if name == "power":
        modulus = 1 << bits

        def power(a, b):
            if b < 0:
                raise ValueError("Integers to negative integer powers are not allowed.")
            return pow(a, b, modulus)  # wraps as NumPy's fixed-width power does; fix() restores the sign

        return power, power
    if name == "left_shift":

        def left_shift(a, b):
            return 0 if b >= bits or b < 0 else a << b

        return left_shift, left_shift
    if name == "right_shift":

        def right_shift(a, b):
            if b >= bits or b < 0:
                return -1 if a < 0 else 0
            return a >> b

        return right_shift, right_shift
    return _KERNELS[name]


def kernels(name, d):
    """The (fast, careful) kernels of operation `name` computed in dtype d."""
    if d is BOOL:
        if name == "add":  # NumPy's + on bools is logical or, * is logical and
            return _or, _or
        if name == "multiply":
            return _and, _and
        if name == "subtract":
            raise TypeError(
                "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, "
                "the `^` operator, or the logical_xor function instead."
            )
    if d.kind in "iu":
        if name in ("power", "left_shift", "right_shift"):
            return _int_kernels(name, d)
    if d.kind == "c":
        order = _COMPLEX_ORDER.get(name)
        if order is not None:
            return order, order
        if name == "divide":
            return _truediv, _complex_divide
        if name == "power":
            return _complex_power, _complex_power
    return _KERNELS[name]


# Complex numbers are ordered as NumPy orders them: by real part, then by imaginary part.  A real part
# decides only when neither imaginary part is nan; equal real parts hand over to the imaginary parts.


def _complex_less(a, b):
    return (a.real < b.real and a.imag == a.imag and b.imag == b.imag) or (a.real == b.real and a.imag < b.imag)


def _complex_less_equal(a, b):
    return (a.real < b.real and a.imag == a.imag and b.imag == b.imag) or (a.real == b.real and a.imag <= b.imag)


def _complex_greater(a, b):
    return (a.real > b.real and a.imag == a.imag and b.imag == b.imag) or (a.real == b.real and a.imag > b.imag)


def _complex_greater_equal(a, b):
    return (a.real > b.real and a.imag == a.imag and b.imag == b.imag) or (a.real == b.real and a.imag >= b.imag)


def _complex_maximum(a, b):
    # a wins when it holds a nan (nan propagates) or is not below b; else b (which may hold the nan).
    return a if a != a or _complex_greater_equal(a, b) else b


def _complex_minimum(a, b):
    return a if a != a or _complex_less_equal(a, b) else b


_COMPLEX_ORDER = {"less": _complex_less, "less_equal": _complex_less_equal, "greater": _complex_greater,
                  "greater_equal": _complex_greater_equal, "maximum": _complex_maximum,
                  "minimum": _complex_minimum}


def _complex_power(a, b):
    """a ** b for complex numbers by NumPy's algorithm (npy_cpow).

    b = 0 gives 1. 0 ** b is 0 when b has a positive real part (whatever its imaginary part), else
    nan+nanj. An integer power n with |n| < 100 is repeated complex products: a itself for n = 1, a a for
    2, a (a a) for 3, else squaring and multiplying from 1 (then 1 / that for n < 0); infinite parts give
    what those products give. Any other power is exp(b log a), as libm's cpow computes it.
    """
    a, b = complex(a), complex(b)
    br, bi = b.real, b.imag
    if br == 0 and bi == 0:
        return complex(1.0, 0.0)
    if a == 0:
        return complex(0.0, 0.0) if br > 0 else complex(_NAN, _NAN)
    if bi == 0 and -100 < br < 100 and br == int(br):
        n = int(br)
        if n == 1:
            return a
        if n == 2:
            return a * a
        if n == 3:
            return a * (a * a)
        power, square, k = complex(1.0, 0.0), a, abs(n)
        while True:
            if k & 1:
                power = power * square
            k >>= 1
            if not k:
                break
            square = square * square
        return power if n > 0 else _reciprocal(power)
    if cmath is None:
        return a ** b
    try:
        return _complex_exp(b * cmath.log(a))
    except (ValueError, OverflowError):
        return complex(_NAN, _NAN)


def _reciprocal(z):
    """1 / z by Smith's method, as NumPy divides complex numbers (so 1 / (0.5 + 0j) is 2 - 0j)."""
    br, bi = z.real, z.imag
    if abs(br) >= abs(bi):
        if br == 0 and bi == 0:
            return complex(floats.divide(1.0, abs(br)), floats.divide(0.0, abs(bi)))
        rat = bi / br
        scale = 1.0 / (br + bi * rat)
        return complex(scale, (0.0 - rat) * scale)
    rat = br / bi
    scale = 1.0 / (bi + br * rat)
    return complex(rat * scale, -1.0 * scale)


def _complex_exp(w):
    """e**w, with IEEE's infinities where cmath raises: e**x (cos y + i sin y), a zero imaginary part kept."""
    try:
        return cmath.exp(w)
    except (OverflowError, ValueError):
        x, y = w.real, w.imag
        e = floats.exp(x)
        if y == 0:
            return complex(e, y)
        if y != y or y in (_INF, -_INF):  # C99: e**(inf + i nan) is inf + i nan, e**(-inf + i nan) is 0
            return complex(_INF, _NAN) if x == _INF else complex(0.0, 0.0) if x == -_INF else complex(_NAN, _NAN)
        return complex(e * math.cos(y), e * math.sin(y))


# --------------------------------------------------------------------------
# binary: the five steps
# --------------------------------------------------------------------------


def binary(name, a, b):
    """Apply the named elementwise operation to two operands with broadcasting.

    Returns NotImplemented when an operand is not array-like, so Python can try the other
    operand's method.

    >>> from tinynet import array
    >>> binary("add", array([1, 2]), 0.5).tolist()
    [1.5, 2.5]
    """
    if type(a) is ndarray or type(b) is ndarray:
        done = _same_dtype_binary(name, a, b)
        if done is not None:
            return done
    left = operand(a)
    right = operand(b)
    if left is None or right is None:
        return NotImplemented
    (x, weak_x), (y, weak_y) = left, right
    try:
        d = result_dtype(x, weak_x, y, weak_y)
    except OverflowError:
        # A Python int outside an integer array's range: NumPy 2 still compares exactly and divides
        # in float64; every other operation refuses it.
        if name in COMPARISONS and (y._dtype if weak_x else x._dtype) is not BOOL:
            d = x._dtype if weak_y else y._dtype  # (bools compare in int64: refused, as in NumPy 2)
        elif name == "divide":
            d = FLOAT64
        else:
            raise
    d = _loop_dtype(name, d, x._dtype, y._dtype)
    if (d.kind == "u" or d.kind == "i") and name not in COMPARISONS:
        if weak_x:
            dtypes.check_python_int(x._values()[0], d)
        if weak_y:
            dtypes.check_python_int(y._values()[0], d)
    if x._shape == y._shape:
        shape = x._shape
    else:
        shape = index_math.broadcast_shapes(x._shape, y._shape)
    if _size_of(shape) > 1 << 20:
        memory.check_size(shape, d)  # (n, 1) + (1, n), or a broadcast view, can be past the budget
    if name == "power" and d.kind == "f" and not y._shape and y._values()[0] == 0.5:
        return unary(floats.sqrt, asarray(x).astype(d, copy=False))  # NumPy computes x ** 0.5 as sqrt(x)
    # Integers compare exactly as Python ints, whatever their widths (NumPy 2 does too).
    cast_to = d if d.kind in "fc" or name not in COMPARISONS else None
    xs = _values_in(x, shape, cast_to)
    ys = _values_in(y, shape, cast_to)
    fast, careful = kernels(name, d)
    try:
        values = list(map(fast, xs, ys))
    except floats.ARITHMETIC_ERRORS:
        values = list(map(careful, xs, ys))
        if d.kind in "iu" and (name == "floor_divide" or name == "remainder") and 0 in ys:
            errors.floating_error(errors.DIVIDE, name)  # NumPy gives 0 and warns
    if name in COMPARISONS:
        return result(values, shape, BOOL)
    out = FLOAT64 if name == "divide" and d.kind in "iub" else d
    values = dtypes.fix(values, out)
    if out.kind == "f":
        check_float_errors(name, xs, ys, values, out.name)
    return result(values, shape, out)


# The operations whose infinite result from finite operands is a division by zero (x / 0, 0.0 ** -1:
# y or, for power, x is 0), not an overflow.
_POLES = ("divide", "floor_divide", "power", "remainder", "fmod", "divmod")


def check_float_errors(name, xs, ys, values, format_name="float64"):
    """Report the floating-point errors of values = [f(x, y)] through the error state, as NumPy does.

    Invalid: a nan from operands that are not nan (inf - inf, 0 * inf, 0 / 0).  Divide by zero: an
    infinity from finite operands where y is 0 (1 / 0, 0.0 ** -1).  Overflow: any other infinity from
    finite operands (1e308 * 10).  It costs one sum of the values unless an inf or nan is among them.
    """
    if not values:
        return
    errors.check_underflow(values, format_name, name)
    total = sum(values)
    if total - total == 0 or not errors.watching():
        return  # every value finite (a nan or inf makes the sum nan or inf), or nobody listens
    flags = 0
    pole = name in _POLES
    power = name == "power"
    for x, y, v in zip(xs, ys, values):
        if v - v == 0:
            continue
        if v != v:
            if x == x and y == y:
                flags |= errors.INVALID
        elif x - x == 0 and y - y == 0:
            flags |= errors.DIVIDE if pole and (x if power else y) == 0 else errors.OVERFLOW
    if flags:
        errors.floating_error(flags, name)


# The fast path of binary() for the bulk of numerical code: float64, float32 or int64 arrays combined with
# an array of the same dtype and shape, or with a Python number of that kind.  There is no promotion or
# broadcasting to work out: the result keeps the dtype, except that comparisons give bool and int64
# division gives float64.  Each operation's entry: (kernel, what the result is).
_SAME, _COMPARE, _DIVIDE = 0, 1, 2
_SAME_DTYPE_KERNELS = {
    "add": (_add, _SAME), "subtract": (_sub, _SAME), "multiply": (_mul, _SAME), "divide": (_truediv, _DIVIDE),
    "less": (_lt, _COMPARE), "less_equal": (_le, _COMPARE), "equal": (_eq, _COMPARE),
    "not_equal": (_ne, _COMPARE), "greater": (_gt, _COMPARE), "greater_equal": (_ge, _COMPARE),
}
_FLOAT_INT_LIMIT = 2 ** 53  # ints below this convert to floats exactly


def _same_dtype_values(x, d, shape):
    """The values of operand x if it is an array of dtype d and this shape, or a Python number of d's kind."""
    t = type(x)
    if t is ndarray:
        if x._dtype is d and x._shape == shape:
            return x._values()
        return None
    if t is float or (d is FLOAT64 and isinstance(x, float) and hasattr(x, "_dtype")):  # a float or np.float64
        if d is FLOAT64:
            return [float(x)] * _size_of(shape)
        return dtypes.fix([x], d) * _size_of(shape) if d.kind == "f" else None  # weak: cast to float32 first
    if t is int:
        if d is INT64:
            return [x] * _size_of(shape) if -_FLOAT_INT_LIMIT < x < _FLOAT_INT_LIMIT else None
        if -_FLOAT_INT_LIMIT < x < _FLOAT_INT_LIMIT and (d is FLOAT64 or -(1 << 24) <= x <= 1 << 24):
            return [float(x)] * _size_of(shape)  # converted once, as NumPy casts the weak int once
    return None


def _same_dtype_binary(name, a, b):
    """binary(name, a, b) when both operands are float64, float32 or int64 of one shape; else None.

    Exact because it makes the general path's choices without working them out: the dtype is the
    operands' own (NEP 50 keeps it for a weak Python number that fits, as checked above), nothing is
    broadcast, and the same kernel is mapped over the same values.  Where the kernel raises
    (``1.0 / 0.0``), None hands the case to the general path and its IEEE answers.
    """
    entry = _SAME_DTYPE_KERNELS.get(name)
    if entry is None:
        return None
    kernel, kind = entry
    array = a if type(a) is ndarray else b
    d = array._dtype
    if d is not FLOAT64 and d is not INT64 and d is not dtypes.FLOAT32:
        return None
    shape = array._shape
    if type(a) is ndarray and type(b) is ndarray and a._dtype is b._dtype and a._shape == b._shape:
        xs, ys = a._values(), b._values()  # the common case, without two calls to _same_dtype_values
    else:
        if _size_of(shape) > 1 << 20:
            memory.check_size(shape, d)  # a number against a huge broadcast view: NumPy's MemoryError at once
        xs = _same_dtype_values(a, d, shape)
        if xs is None:
            return None
        ys = _same_dtype_values(b, d, shape)
        if ys is None:
            return None
    if kind == _DIVIDE and d is INT64:
        # NumPy divides int64 in float64: each int is first rounded to the nearest float, as float() rounds.
        xs, ys, d = list(map(float, xs)), list(map(float, ys)), FLOAT64
    try:
        values = list(map(kernel, xs, ys))
    except floats.ARITHMETIC_ERRORS:
        return None  # 1.0 / 0.0 and the like: the general path gives IEEE answers
    if kind == _COMPARE:
        return result(values, shape, BOOL)
    if d is not FLOAT64:
        values = dtypes.fix(values, d)  # int64 wraps around, float32 rounds
    if d is not INT64:
        total = sum(values)
        if total - total != 0 or errors.underflow_watched():  # an inf or nan among the values, or underflow asked for
            check_float_errors(name, xs, ys, values, d.name)
    return result(values, shape, d)


def _loop_dtype(name, d, da, db):
    """The dtype the loop computes in: NumPy's promotion, adjusted per operation."""
    if name in _BITWISE and d.kind in "fc":
        raise TypeError(
            "ufunc '%s' not supported for the input types, and the inputs could not be safely "
            "coerced to any supported types according to the casting rule ''safe''" % name
        )
    if name in ("left_shift", "right_shift") and d is BOOL:
        return dtypes.INT8
    if name == "divide" and d.kind in "iub":
        return FLOAT64
    if d is BOOL and name in ("floor_divide", "remainder", "power"):
        return dtypes.INT8
    if d.kind == "c" and name in ("floor_divide", "remainder"):
        raise TypeError("ufunc '%s' not supported for the input types, and the inputs could not be safely "
                        "coerced to any supported types according to the casting rule ''safe''" % name)
    return d


def _values_in(x, shape, d):
    """The values of x broadcast to shape, in C order, cast to dtype d if it is of another kind (None: as they are)."""
    if x._shape == shape:
        values = x._values()
    elif not x._shape:
        values = [x._values()[0]] * _size_of(shape)
    else:
        strides = index_math.broadcast_strides(x._shape, x._strides, shape)
        values = index_math.gather(x._buf, x._offset, shape, strides)
    if d is not None and x._dtype is not d and (x._dtype.kind != d.kind or x._dtype.itemsize > d.itemsize):
        values = dtypes.cast(values, x._dtype, d)  # another kind, or a weak Python float for float32
    return values


def result(values, shape, d):
    """Wrap an operation's result: an array, or a NumPy-like scalar when it has no axes."""
    if not shape:
        return dtypes.scalar(values[0], d)
    return ndarray._make(values, shape, d)


# --------------------------------------------------------------------------
# In-place operators: compute, check the cast, write through the array's own strides
# --------------------------------------------------------------------------


def _check_inplace_matmul(a, b):
    """a @= b is matmul(a, b, out=a): NumPy checks the cast back to a's dtype, then that a has an axis and b two."""
    loop = dtypes.promote(a._dtype, b._dtype)
    if loop is not a._dtype and not dtypes.can_cast(loop, a._dtype, "same_kind"):
        raise UFuncTypeError("Cannot cast ufunc 'matmul' output from %r to %r with casting rule 'same_kind'"
                             % (loop, a._dtype))
    if a.ndim < 1 or b.ndim < 2:
        raise ValueError("inplace matrix multiplication requires the first operand to have at least one and the "
                         "second at least two dimensions.")


def inplace(name, a, other):
    """a op= other: the result is cast back to a's dtype (same_kind) and written into a's memory."""
    pair = operand(other)
    if pair is None:
        return NotImplemented
    if not a._writeable:
        raise ValueError("output array is read-only")
    if name != "matmul":
        try:
            loop = _loop_dtype(name, result_dtype(a, False, pair[0], pair[1]), a._dtype, pair[0]._dtype)
        except OverflowError:
            loop = a._dtype
        if loop is not a._dtype and not dtypes.can_cast(loop, a._dtype, "same_kind"):  # NumPy checks this first
            raise UFuncTypeError("Cannot cast ufunc '%s' output from %r to %r with casting rule 'same_kind'"
                                 % (name, loop, a._dtype))
        if pair[0]._shape != a._shape:
            index_math.broadcast_shapes(a._shape, pair[0]._shape, a._shape)  # NumPy names the output too
    if name == "matmul":
        _check_inplace_matmul(a, pair[0])
        new = matmul(a, other)
    else:
        new = binary(name, a, other)
    if new is NotImplemented:
        return NotImplemented
    if not isinstance(new, ndarray):
        new = asarray(new)
    if new._dtype is not a._dtype and not dtypes.can_cast(new._dtype, a._dtype, "same_kind"):
        raise UFuncTypeError(
            "Cannot cast ufunc '%s' output from %r to %r with casting rule 'same_kind'"
            % (name, new._dtype, a._dtype)
        )
    if new._shape != a._shape and name == "matmul":
        core = 1 if new._shape[-1:] != a._shape[-1:] else 0
        raise ValueError(
            "matmul: Output operand 0 has a mismatch in its core dimension %d, with gufunc signature "
            "(n?,k),(k,m?)->(n?,m?) (size %d is different from %d)"
            % (core, a._shape[core - 2] if a.ndim >= 2 else a._shape[-1], new._shape[core - 2]))
    if new._shape != a._shape:
        raise ValueError(
            "non-broadcastable output operand with shape %s doesn't match the broadcast shape %s"
            % (_compact(a._shape), _compact(new._shape))
        )
    values = new._values()
    if new._dtype is not a._dtype:
        values = dtypes.cast(values, new._dtype, a._dtype)
    a._assign(values)
    return a


class UFuncTypeError(TypeError):
    """A ufunc cannot cast between the dtypes asked for (a TypeError, as NumPy's)."""


# --------------------------------------------------------------------------
# Unary operations
# --------------------------------------------------------------------------


def unary(f, a, dt=None, careful=None):
    """Apply f to every element of array a; the result has dtype dt (default a's dtype).

    >>> from tinynet import array
    >>> unary(abs, array([-1, 2])).tolist()
    [1, 2]
    """
    values = a._values()
    try:
        values = list(map(f, values))
    except floats.ARITHMETIC_ERRORS:
        if careful is None:
            raise
        values = list(map(careful, values))
    d = a._dtype if dt is None else dt
    return result(dtypes.fix(values, d), a._shape, d)


def unary_values(f, a, d):
    """Like unary, but always an array (for .real and .imag)."""
    return ndarray._make(dtypes.fix(list(map(f, a._values())), d), a._shape, d)


def _same(x):
    return x


def _logical_not(x):
    return not x


_neg, _invert = nested.neg, nested.invert


def _complex_abs(z):
    return floats.hypot(z.real, z.imag)


def _conjugate(x):
    return x.conjugate()


def unary_op(name, a):
    """The unary operators -a, +a, abs(a), ~a and a.conj() with NumPy's dtype rules."""
    d = a._dtype
    if name == "negative":
        if d is BOOL:
            raise TypeError(
                "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator "
                "or the logical_not function instead."
            )
        return unary(_neg, a)
    if name == "positive":
        if d is BOOL:
            raise TypeError(
                "ufunc 'positive' did not contain a loop with signature matching types "
                "<class 'numpy.dtypes.BoolDType'> -> None"
            )
        return unary(_same, a)
    if name == "absolute":
        if d is BOOL:
            return unary(_same, a)
        if d.kind == "c":
            return unary(abs, a, dtypes.real_dtype(d), _complex_abs)  # |z| past the largest float is inf
        return unary(abs, a)
    if name == "conjugate":
        if d.kind == "c":
            return unary(_conjugate, a)
        return unary(_same, a)
    if d is BOOL:
        return unary(_logical_not, a)
    if d.kind in "fc":
        raise TypeError(
            "ufunc 'invert' not supported for the input types, and the inputs could not be safely "
            "coerced to any supported types according to the casting rule ''safe''"
        )
    return unary(_invert, a)


# --------------------------------------------------------------------------
# Products (here because the @ operator needs them)
# --------------------------------------------------------------------------


def matmul_operator(a, b):
    if type(a) is not ndarray or type(b) is not ndarray:
        if operand(a) is None or operand(b) is None:
            return NotImplemented
    return matmul(a, b)


def _product_operands(a, b):
    a, b = asarray(a), asarray(b)
    d = dtypes.promote(a._dtype, b._dtype)
    xs = a._values() if a._dtype is d else dtypes.cast(a._values(), a._dtype, d)
    ys = b._values() if b._dtype is d else dtypes.cast(b._values(), b._dtype, d)
    return a, b, xs, ys, d


def _matmul_same_dtype(a, b):
    """a @ b for float64 (or int64) vectors and matrices, through the ground floor's formula.

    The fast path of ``matmul`` and ``dot`` for the products small programs make all the time: no
    batches, no promotion beyond int64 with float64, no empty axis.  Exact because it adds the same
    products in the same order as the general path.  Returns None where the general path must decide.
    """
    if type(a) is not ndarray or type(b) is not ndarray:
        return None
    d = a._dtype
    if b._dtype is not d:
        if (d is INT64 and b._dtype is FLOAT64) or (d is FLOAT64 and b._dtype is INT64):
            d = FLOAT64  # int64 and float64 meet in float64; the ints are converted once, below
        else:
            return None
    elif d is not FLOAT64 and d is not INT64:
        return None
    a_shape, b_shape = a._shape, b._shape
    matrices = len(a_shape) == 2 and len(b_shape) == 2
    if matrices:
        n, k = a_shape
        k_b, m = b_shape
    else:
        if len(a_shape) == 1:
            n, k = 1, a_shape[0]
        elif len(a_shape) == 2:
            n, k = a_shape
        else:
            return None
        if len(b_shape) == 1:
            k_b, m = b_shape[0], 1
        elif len(b_shape) == 2:
            k_b, m = b_shape
        else:
            return None
    if k != k_b or not (n and k and m):
        return None  # a shape error, or an empty result: the general path words or shapes it
    if n * m > 65536:
        memory.check_size((n, m), d)
    av = a._buf if a._full else a._values()  # the buffer itself when it holds just the elements, in order
    bv = b._buf if b._full else b._values()
    if a._dtype is not d:
        av = list(map(float, av))
    if b._dtype is not d:
        bv = list(map(float, bv))
    # C[i][j] = sum_k A[i][k] * B[k][j].  Column j of a C-ordered B is every m-th value from j, and
    # zip(*[iter(av)] * k) deals A's values out into rows of k.  Each entry is then the sum of products
    # of a row and a column, made as nested.sum_of_products makes it, written out to save a call each.
    columns = [bv[j::m] for j in range(m)] if m > 1 else [bv]
    if _sumprod is not None:
        values = [_sumprod(row, column) for row in zip(*[iter(av)] * k) for column in columns]
    else:
        values = [sum(map(_mul, row, column)) for row in zip(*[iter(av)] * k) for column in columns]
    if d is INT64:
        values = dtypes.fix(values, d)
    if matrices:
        return ndarray._make(values, (n, m), d)
    shape = a_shape[:-1] + b_shape[1:]
    if not shape:
        return dtypes.scalar(values[0], d)
    return ndarray._make(values, shape, d)


_sumprod = nested.sumprod  # math.sumprod on Python 3.12+, else None


def matmul(a, b, out=None):
    """Return the matrix product a @ b: C[i][j] = sum_k A[i][k] * B[k][j], over broadcast batches.

    1-d operands are treated as a row (on the left) or a column (on the right), and that axis is
    dropped from the result, as in NumPy.

    >>> matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]).tolist()
    [[19, 22], [43, 50]]
    >>> matmul([1, 2], [3, 4])
    np.int64(11)
    """
    if out is None:
        done = _matmul_same_dtype(a, b)
        if done is not None:
            return done
    from tinynet.core import products_math  # N-d and batched products load on first use

    a, b, xs, ys, d = _product_operands(a, b)
    _check_product_size(a._shape, b._shape, d, "matmul")
    values, shape = products_math.matmul(xs, a._shape, ys, b._shape, boolean=d is BOOL)
    return _finish_product(values, shape, d, out)


def dot(a, b, out=None):
    """Return the dot product: sum_k a[k] * b[k] for vectors, the matrix product for matrices.

    >>> dot([1, 2, 3], [4, 5, 6])
    np.int64(32)
    >>> dot([[1, 0], [0, 1]], [[4, 1], [2, 2]]).tolist()
    [[4, 1], [2, 2]]
    """
    if out is None:
        done = _matmul_same_dtype(a, b)  # for vectors and matrices, dot is matmul
        if done is not None:
            return done
    from tinynet.core import products_math  # N-d products load on first use

    a, b, xs, ys, d = _product_operands(a, b)
    if not a._shape or not b._shape:
        return binary("multiply", a, b)
    _check_product_size(a._shape, b._shape, d, "dot")
    values, shape = products_math.dot(xs, a._shape, ys, b._shape, boolean=d is BOOL)
    return _finish_product(values, shape, d, out)


def _check_product_size(a_shape, b_shape, d, name):
    """Refuse at once a product whose result would be past the memory budget (shape errors are left to
    products_math, which words them as NumPy does)."""
    if not a_shape or not b_shape:
        return
    if name == "dot":
        shape = a_shape[:-1] + b_shape[:-2] + b_shape[-1:] if len(b_shape) > 1 else a_shape[:-1]
    else:
        rows = a_shape[-2:-1]
        columns = b_shape[-1:] if len(b_shape) > 1 else ()
        try:
            batch = index_math.broadcast_shapes(a_shape[:-2], b_shape[:-2])
        except ValueError:
            return
        shape = batch + rows + columns
    memory.check_size(shape, d)


def _finish_product(values, shape, d, out):
    if values and type(values[0]) is not d.python_type:  # an empty sum is the int 0; bool sums are ints
        values = dtypes.from_python(values, d)
    values = dtypes.fix(values, d)
    if out is not None:
        out[...] = ndarray._make(values, shape, d)
        return out
    return result(values, shape, d)


# --------------------------------------------------------------------------
# clip and round
# --------------------------------------------------------------------------


def clip(a, low, high, out=None):
    """Return a with values limited to [low, high] (nan stays nan)."""
    for bound in (low, high):
        if bound is not None and operand(bound) is None:
            raise TypeError("'<' not supported between instances of 'float' and '%s'" % type(bound).__name__)
    result_array = a
    if low is not None:
        result_array = binary("maximum", result_array, low)
    if high is not None:
        result_array = binary("minimum", result_array, high)
    if result_array is a:
        result_array = a.copy()
    if out is not None:
        out[...] = result_array
        return out
    return result_array


# The largest power of ten each float size holds (float16, float32, float64): past it 10**decimals is inf
# in the dtype, and NumPy's round gives nan.
_LARGEST_POWER = {2: 4, 4: 38, 8: 308}


def _c_int(n):
    """Return n (an integer) as NumPy reads a C int argument: TypeError for others, OverflowError past 32 bits."""
    if not isinstance(n, int):  # MicroPython's ints have no __index__; NumPy-like integer scalars do
        if not hasattr(n, "__index__"):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
        n = n.__index__()
    n = int(n)
    if not -(1 << 63) <= n < (1 << 63):
        raise OverflowError("Python int too large to convert to C long")
    if n >= 1 << 31:
        raise OverflowError("signed integer is greater than maximum")
    if n < -(1 << 31):
        raise OverflowError("signed integer is less than minimum")
    return n


def round_array(a, decimals=0, out=None):
    """Round half to even to the given number of decimals, as np.round does."""
    decimals = _c_int(decimals)
    d = a._dtype
    if d.kind == "f":
        if abs(decimals) > _LARGEST_POWER[d.itemsize]:  # NumPy scales by 10**decimals in d, which overflows
            result_array = unary(_to_nan, a)
        else:
            result_array = unary(lambda x: floats.round_half_even(x, decimals), a)
    elif d.kind == "c" and abs(decimals) > _LARGEST_POWER[d.itemsize // 2]:  # as for floats: nan
        result_array = unary(lambda z: complex(float("nan"), float("nan")), a)
    elif d.kind == "c":
        result_array = unary(
            lambda z: complex(floats.round_half_even(z.real, decimals), floats.round_half_even(z.imag, decimals)), a
        )
    elif d is BOOL:
        if decimals:
            raise TypeError(
                "Cannot cast ufunc 'multiply' output from dtype('float16') to dtype('bool') "
                "with casting rule 'same_kind'"
            )
        result_array = a.astype("float16")[()]  # NumPy rounds bools with its smallest float loop
    elif decimals >= 0:
        result_array = unary(_same, a)
    else:
        scale = 10 ** (-decimals)
        result_array = unary(lambda x: _round_int(x, scale), a)
    if out is not None:
        out[...] = result_array
        return out
    return result_array


def _to_nan(x):
    return float("nan")


def _round_int(x, scale):
    """Round an int to a multiple of scale, halves to even, as NumPy's integer round does."""
    q, r = divmod(x, scale)
    if 2 * r > scale or (2 * r == scale and q % 2):
        q += 1
    return q * scale

