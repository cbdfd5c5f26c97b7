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

from tinynet.core import dtypes
from tinynet.core import errors
from tinynet.core import index_math
from tinynet.core import memory
from tinynet.core import portable
from tinynet.core.dtypes import BOOL, FLOAT64, INT64
from tinynet.core.ndarray import _size_of, asarray, ndarray

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


# The operators as functions: C functions from the operator module where the runtime has it (portable.py
# supplies plain ones where it does not).
_add, _sub, _mul, _truediv = portable.add, portable.sub, portable.mul, portable.truediv
_floordiv, _mod = portable.floordiv, portable.mod
_lt, _le, _eq, _ne, _gt, _ge = portable.lt, portable.le, portable.eq, portable.ne, portable.gt, portable.ge
_and, _or, _xor = portable.and_, portable.or_, portable.xor


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


# Each operation: (fast kernel, careful kernel used when the fast one raises).  A careful kernel named by a
# string is that function of floats.py, which loads the first time a fast kernel raises.
_KERNELS = {
    "add": (_add, _add),
    "subtract": (_sub, _sub),
    "multiply": (_mul, _mul),
    "divide": (_truediv, "divide"),
    "floor_divide": (_floordiv, "floor_divide"),
    "remainder": (_mod, "remainder"),
    "power": (math.pow, "power"),
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
    if d.kind in "iu" and name in ("power", "left_shift", "right_shift"):
        from tinynet.core import ufunc_kernels  # Python's ints are not fixed-width: these kernels wrap

        return ufunc_kernels.int_kernels(name, d)
    if d.kind == "c":
        from tinynet.core import ufunc_kernels  # NumPy's complex ordering, power and division

        pair = ufunc_kernels.complex_kernels(name, d)
        if pair is not None:
            return pair
    return _KERNELS[name]


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
        from tinynet.core import floats

        return unary(floats.sqrt, asarray(x).astype(d, copy=False))  # NumPy computes x ** 0.5 as sqrt(x)
    # Integers compare exactly as Python ints, whatever their widths (NumPy 2 does too).
    cast_to = d if d.kind in "fc" or name not in COMPARISONS else None
    xs = _values_in(x, shape, cast_to)
    ys = _values_in(y, shape, cast_to)
    fast, careful = kernels(name, d)
    try:
        values = list(map(fast, xs, ys))
    except errors.ARITHMETIC_ERRORS:
        if type(careful) is str:
            from tinynet.core import floats

            careful = getattr(floats, careful)
        values = list(map(careful, xs, ys))
        if d.kind in "iu" and (name == "floor_divide" or name == "remainder") and 0 in ys:
            errors.floating_error(errors.DIVIDE, name)  # NumPy gives 0 and warns
    if name in COMPARISONS:
        return result(values, shape, BOOL)
    out = FLOAT64 if name == "divide" and d.kind in "iub" else d
    values = dtypes.fix(values, out)
    if out.kind == "f":
        check_float_errors(name, xs, ys, values, out.name)
    elif out.kind == "c" and errors.watching():
        from tinynet.core import ufunc_kernels

        ufunc_kernels.check_complex_errors(name, xs, ys, values)
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


class UFuncTypeError(TypeError):
    """A ufunc cannot cast between the dtypes asked for (a TypeError, as NumPy's)."""


# --------------------------------------------------------------------------
# Elsewhere: the matrix products (core/matmul.py, on every program's path), in-place operators
# (core/inplace.py), clip and round (core/clip_round.py), the kernels of complex and fixed-width integer
# dtypes (core/ufunc_kernels.py).  The last three load on first use.
# --------------------------------------------------------------------------


def inplace(name, a, other):
    """a op= other (see core/inplace.py). The first call loads that module and puts its function in this
    one's place, so later calls (ufunc.inplace, as the operators make them) go straight to it."""
    global inplace
    from tinynet.core import inplace as module

    inplace = module.inplace
    return inplace(name, a, other)


# The same-dtype fast path of binary (core/same_dtype.py) and the unary operators (core/unary.py) are on
# every program's path: they load with this module, in files of their own.
from tinynet.core.matmul import dot, matmul, matmul_operator  # noqa: E402,F401
from tinynet.core.same_dtype import _same_dtype_binary  # noqa: E402
from tinynet.core.unary import _same, unary, unary_op  # noqa: E402,F401
