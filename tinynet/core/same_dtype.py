"""The fast path of ``ufunc.binary`` for the bulk of numerical code: float64, float32 or int64 arrays
combined with an array of the same dtype and shape, or with a Python number of that kind.

There is no promotion or broadcasting to work out: the result keeps the dtype, except that comparisons
give bool and int64 division gives float64.  Anything else (and any operation that raises, such as
``1.0 / 0.0``) goes to the general path, which gives the same answers the long way.

    >>> from tinynet import array
    >>> _same_dtype_binary("add", array([1.0, 2.0]), 0.5).tolist(), _same_dtype_binary("add", array([1]), 0.5)
    ([1.5, 2.5], None)
"""

from tinynet.core import dtypes
from tinynet.core import errors
from tinynet.core import memory
from tinynet.core.dtypes import BOOL, FLOAT64, INT64
from tinynet.core.ndarray import _size_of, ndarray
from tinynet.core.ufunc import _add, _eq, _ge, _gt, _le, _lt, _mul, _ne, _sub, _truediv, check_float_errors, result

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

# An array with a Python number: a comprehension with the number in a local runs at a list
# comprehension's speed, where map(add, [x] * n, ys) calls operator.add for each element (about 20%
# slower for add on CPython 3.11).  Below about 64 elements the comprehension's own call costs more
# than it saves, so small arrays keep map.  Each entry: (number first, number second).
_WITH_A_NUMBER = {
    "add": (lambda x, ys: [x + y for y in ys], lambda xs, y: [x + y for x in xs]),
    "subtract": (lambda x, ys: [x - y for y in ys], lambda xs, y: [x - y for x in xs]),
    "multiply": (lambda x, ys: [x * y for y in ys], lambda xs, y: [x * y for x in xs]),
    "divide": (lambda x, ys: [x / y for y in ys], lambda xs, y: [x / y for x in xs]),
}


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
    with_number = None
    if len(xs) > 64 and (type(a) is not ndarray or type(b) is not ndarray):
        with_number = _WITH_A_NUMBER.get(name)
    try:
        if with_number is None:
            values = list(map(kernel, xs, ys))
        elif type(a) is ndarray:
            values = with_number[1](xs, ys[0])
        else:
            values = with_number[0](xs[0], ys)
    except errors.ARITHMETIC_ERRORS:
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
