"""The loops behind lib's ufuncs: NumPy's choice of a loop dtype, and an elementwise map with IEEE care.

A NumPy ufunc has a list of loops, one per dtype it computes in (``np.arccos.types`` is
``['e->e', 'f->f', 'd->d', 'F->F', 'D->D', ...]``).  For an input of dtype t it takes the **first loop
that t casts to safely**, and refuses the input if there is none:

    >>> from tinynet.core import dtypes
    >>> loop_dtype("arccos", dtypes.INT8, INEXACT).name, loop_dtype("arccos", dtypes.INT32, INEXACT).name
    ('float16', 'float64')
    >>> loop_dtype("gcd", dtypes.FLOAT32, INTEGER)
    Traceback (most recent call last):
      ...
    TypeError: ufunc 'gcd' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''

So int8 and uint8 compute in float16, int16 in float32, wider integers in float64.  A function of two
inputs first promotes them together (NEP 50: Python numbers are weak), then picks the loop the same way.

Every value is computed in Python's double precision, then rounded to the loop's dtype (float32 and
float16 round once, so their results are correctly rounded wherever the double result is).  Floating-point
errors are reported through the error state (``errors.floating_error``): a nan from an input that is not
nan is 'invalid', an infinity from a finite input is 'divide by zero' at a pole (log(0), arctanh(1)) and
'overflow' elsewhere.  Finding them costs one ``sum`` of the results unless an inf or nan is there.
Underflow (ignored by default) is looked for only when asked for: a subnormal result.
"""

from tinynet.core import dtypes
from tinynet.core import errors
from tinynet.core.dtypes import (BOOL, COMPLEX64, COMPLEX128, FLOAT16, FLOAT32, FLOAT64, INT8, INT16, INT32, INT64,
                                 UINT8, UINT16, UINT32, UINT64)
from tinynet.core.ndarray import asarray
from tinynet.core.ufunc import operand, result

# Loop tables, in NumPy's order.
FLOATS = (FLOAT16, FLOAT32, FLOAT64)
INEXACT = FLOATS + (COMPLEX64, COMPLEX128)
INTEGER = (INT8, UINT8, INT16, UINT16, INT32, UINT32, INT64, UINT64)
REAL = INTEGER + FLOATS
NUMBER = INTEGER + INEXACT
ANY = (BOOL,) + NUMBER

_INF = float("inf")
ARITHMETIC_ERRORS = errors.ARITHMETIC_ERRORS


def not_supported(name):
    """The TypeError NumPy raises when no loop of ufunc `name` takes the inputs."""
    return TypeError("ufunc '%s' not supported for the input types, and the inputs could not be safely "
                     "coerced to any supported types according to the casting rule ''safe''" % name)


def loop_dtype(name, d, loops):
    """Return the first dtype in loops that d casts to safely (TypeError if none does)."""
    for t in loops:
        if d is t or dtypes.can_cast(d, t, "safe"):
            return t
    raise not_supported(name)


def as_operand(name, x):
    """Return (array, weak) for an input of ufunc `name` (weak: a Python number, NEP 50)."""
    pair = operand(x)
    if pair is None:
        pair = operand(asarray(x))
    return pair


# --------------------------------------------------------------------------
# One input
# --------------------------------------------------------------------------


def apply_unary(name, x, loops, real, careful=None, complex_kernel=None, poles=(), out_dtype=None):
    """Apply a function of one input elementwise, computing in the first loop dtype x casts to.

    real(value) computes a float (or int) loop, complex_kernel(value) a complex one (a name instead: the
    loop of that name in lib/elementwise_complex.py, loaded then); careful(value) redoes the work where real
    raises, as Python does where IEEE has an answer (a name instead: that function of core/floats.py, loaded
    then).  poles are the inputs where an infinite result is a division by zero (log at 0.0).  out_dtype(d)
    gives the result dtype when it is not the loop's (signbit gives bool).
    """
    a, weak = as_operand(name, x)
    d = loop_dtype(name, a._dtype, loops)
    values = values_as(a, d)
    kernel = complex_kernel if d.kind == "c" else real
    if type(kernel) is str:
        from tinynet.lib import elementwise_complex

        kernel = elementwise_complex.kernel(kernel)
    if kernel is None:
        raise not_supported(name)
    if d.kind == "c":
        careful = None  # complex kernels handle their own edges
    try:
        out = list(map(kernel, values))
    except ARITHMETIC_ERRORS:
        if careful is None:
            raise
        if type(careful) is str:
            from tinynet.core import floats

            careful = getattr(floats, careful)
        out = list(map(careful, values))
    rd = d if out_dtype is None else out_dtype(d)
    out = dtypes.fix(out, rd)
    if rd.kind == "f":
        check_unary(name, values, out, poles, rd.name)
    elif rd.kind == "c" and errors.watching():
        check_complex_unary(name, values, out, poles)
    return result(out, a._shape, rd)


# e**z: a nan part where z's part was not nan is an invalid operation even from non-finite z (e**(0 + i inf),
# e**(nan + 1i)), as C99 allows and NumPy's libm does; a nan carried along (e**(inf + i nan)) is not.
_NEW_NAN_INVALID = ("exp", "exp2")


def check_complex_unary(name, zs, values, poles=()):
    """Report the floating-point errors of complex values = [f(z) for z in zs] that C99 (Annex G) specifies:
    an infinite part from finite z is a division by zero at a pole (log at 0, arctanh at +-1) and an
    overflow elsewhere; a nan part from finite z is an invalid operation.  (NumPy's libm also raises
    underflow and overflow in intermediate steps, which depend on its algorithms; those are not followed.)"""
    flags = 0
    new_nan_invalid = name in _NEW_NAN_INVALID
    for z, w in zip(zs, values):
        if w.real - w.real == 0 and w.imag - w.imag == 0:
            continue
        if not (z.real - z.real == 0 and z.imag - z.imag == 0):
            if new_nan_invalid and (w.real != w.real and z.real == z.real or w.imag != w.imag and z.imag == z.imag):
                flags |= errors.INVALID
            elif name in ("sin", "cos", "tan", "sinh", "cosh", "tanh"):
                from tinynet.lib import elementwise_complex

                if elementwise_complex.trig_invalid(name, z, w):
                    flags |= errors.INVALID
            continue
        if w.real != w.real or w.imag != w.imag:
            flags |= errors.INVALID
        if w.real in (_INF, -_INF) or w.imag in (_INF, -_INF):
            flags |= errors.DIVIDE if z in poles else errors.OVERFLOW
    if flags:
        errors.floating_error(flags, name)


def values_as(a, d):
    """The values of array a as the loop dtype d computes with them (bools and ints become floats, ...)."""
    values = a._values()
    if a._dtype is not d and a._dtype.kind != d.kind:
        values = dtypes.cast(values, a._dtype, d)
    return values


def check_unary(name, xs, values, poles=(), format_name="float64"):
    """Report the floating-point errors of values = [f(x) for x in xs] (see the module docstring)."""
    if not values:
        return
    errors.check_underflow(values, format_name, name)
    total = sum(values)
    if total - total == 0 or not errors.watching():
        return
    flags = 0
    for x, v in zip(xs, values):
        if v - v == 0:
            continue
        if v != v:
            if x == x:
                flags |= errors.INVALID
        elif x - x == 0:
            flags |= errors.DIVIDE if x in poles else errors.OVERFLOW
    if flags:
        errors.floating_error(flags, name)


_BINARY_NAMES = ("loop_dtype2", "promoted_operands", "binary_operands", "apply_binary", "check_binary", "is_finite",
                 "is_nan", "is_inf")


def __getattr__(name):
    # The loops of two inputs live in lib/binary_loops.py, loaded with the first ufunc that needs them.
    if name not in _BINARY_NAMES:
        raise AttributeError("module 'tinynet.lib.ufunc_loops' has no attribute %r" % name)
    from tinynet.lib import binary_loops

    value = getattr(binary_loops, name)
    globals()[name] = value
    return value
