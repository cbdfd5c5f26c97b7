"""The loops of lib's ufuncs of two inputs (arctan2, hypot, gcd, fmax, ...): promotion, loop dtype, IEEE care.

The two inputs are first promoted together (NEP 50: Python numbers are weak), then the first loop the
common dtype casts to safely is taken, as ``ufunc_loops`` does for one input; errors are found the same
way (see ``ufunc_loops``).  The module loads with the first such ufunc.

    >>> from tinynet.core import dtypes
    >>> loop_dtype2("hypot", dtypes.INT8, dtypes.INT16, INEXACT).name
    'float32'
"""

from tinynet.core import dtypes
from tinynet.core import errors
from tinynet.core import index_math
from tinynet.core import memory
from tinynet.core.ndarray import _size_of
from tinynet.core.ufunc import _values_in, result, result_dtype
from tinynet.lib.ufunc_loops import _INF, ARITHMETIC_ERRORS, INEXACT, as_operand, not_supported  # noqa: F401


def loop_dtype2(name, da, db, loops):
    """Return the first dtype in loops that both da and db cast to safely (TypeError if none)."""
    for t in loops:
        if (da is t or dtypes.can_cast(da, t, "safe")) and (db is t or dtypes.can_cast(db, t, "safe")):
            return t
    raise not_supported(name)


def _dtype_class(d, weak):
    """NumPy's name for the class of dtype d, as its loop-matching errors print it."""
    if weak and d.kind != "b":
        return "numpy.dtypes._Py%sDType" % {"i": "Long", "f": "Float", "c": "Complex"}[d.kind]
    name = d.name[0].upper() + d.name[1:]
    return "numpy.dtypes.%sDType" % (name.replace("Uint", "UInt"),)


def promoted_operands(name, a, b, loops):
    """Like binary_operands, for ufuncs that promote the inputs first and need a loop of exactly that dtype
    (gcd and lcm: bool with bool, or int64 with uint64 (float64), has none)."""
    (x, weak_x), (y, weak_y) = as_operand(name, a), as_operand(name, b)
    d = None
    try:
        d = result_dtype(x, weak_x, y, weak_y)
    except OverflowError:
        d = y._dtype if weak_x else x._dtype
    if d not in loops:
        from tinynet.core.ufunc import UFuncTypeError  # noqa: PLC0415 - only on this error path
        raise UFuncTypeError("ufunc '%s' did not contain a loop with signature matching types (<class '%s'>, "
                             "<class '%s'>) -> None" % (name, _dtype_class(x._dtype, weak_x),
                                                        _dtype_class(y._dtype, weak_y)))
    return binary_operands(name, x if not weak_x else a, y if not weak_y else b, (d,))


def _weak_dtype(value, other):
    """The dtype a weak Python number takes beside an array of dtype other (NEP 50): int8 for 2 beside
    int8, float64 for 2.5 beside int8; other itself for an int outside other's range (an integer loop
    refuses it later, a float loop takes its value)."""
    try:
        return dtypes.promote_weak(other, value)
    except OverflowError:
        return other


def binary_operands(name, a, b, loops):
    """Return (xs, ys, shape, loop dtype) for a function of two inputs: broadcast, cast to the loop dtype.

    The loop is the first in loops that each input's dtype casts to safely (int8 and uint8 meet in
    float16 for arctan2, not in the int16 they promote to); a Python number takes the other side's dtype.
    """
    (x, weak_x), (y, weak_y) = as_operand(name, a), as_operand(name, b)
    shape = x._shape if x._shape == y._shape else index_math.broadcast_shapes(x._shape, y._shape)
    dx, dy = x._dtype, y._dtype
    if weak_x and not weak_y:
        dx = _weak_dtype(x._values()[0], dy)
    elif weak_y and not weak_x:
        dy = _weak_dtype(y._values()[0], dx)
    d = loop_dtype2(name, dx, dy, loops)
    if d.kind in "iu":
        if weak_x:
            dtypes.check_python_int(x._values()[0], d)
        if weak_y:
            dtypes.check_python_int(y._values()[0], d)
    if _size_of(shape) > 1 << 20:
        memory.check_size(shape, d)
    return _values_in(x, shape, d), _values_in(y, shape, d), shape, d


def apply_binary(name, a, b, loops, real, careful=None, complex_kernel=None, pole=None, int_kernel=None,
                 promote=False, single=None):
    """Apply a function of two inputs elementwise in the loop dtype NumPy picks.

    single(x, y), where given, is the kernel of the float16 and float32 loops: NumPy's algorithm rounds each
    of its steps to float32 there, and the result can differ from the exact one by more than rounding.

    pole(x, y) says whether an infinite result from finite inputs is a division by zero (else overflow);
    int_kernel(xs, ys, d) computes an integer loop on whole lists (it may report its own errors).
    promote: promote the inputs first and require a loop of that very dtype (gcd, lcm).
    """
    xs, ys, shape, d = (promoted_operands if promote else binary_operands)(name, a, b, loops)
    if d.kind in "iub" and int_kernel is not None:
        return result(dtypes.fix(int_kernel(xs, ys, d), d), shape, d)
    if d.kind == "c":
        kernel = complex_kernel
    elif single is not None and d.kind == "f" and d.itemsize <= 4:
        kernel = single
    else:
        kernel = real
    if type(kernel) is str:
        from tinynet.lib import elementwise_complex

        kernel = elementwise_complex.kernel(kernel)
    if kernel is None:
        raise not_supported(name)
    try:
        out = list(map(kernel, xs, ys))
    except ARITHMETIC_ERRORS:
        if careful is None:
            raise
        out = list(map(careful, xs, ys))
    out = dtypes.fix(out, d)
    if d.kind == "f":
        check_binary(name, xs, ys, out, pole, d.name)
    return result(out, shape, d)


def check_binary(name, xs, ys, values, pole=None, format_name="float64"):
    """Report the floating-point errors of values = [f(x, y)] (see the module docstring)."""
    if not values:
        return
    errors.check_underflow(values, format_name, name)
    total = sum(values)
    if total - total == 0 or not errors.watching():
        return
    flags = 0
    for x, y, v in zip(xs, ys, values):
        if v - v == 0:
            continue
        if v != v:
            if x == x and y == y:
                flags |= errors.INVALID
        elif x - x == 0 and y - y == 0:
            flags |= errors.DIVIDE if pole is not None and pole(x, y) else errors.OVERFLOW
    if flags:
        errors.floating_error(flags, name)


def is_finite(x):
    """Return whether the float x is neither inf nor nan."""
    return x - x == 0


def is_nan(x):
    return x != x


def is_inf(x):
    return x == _INF or x == -_INF
