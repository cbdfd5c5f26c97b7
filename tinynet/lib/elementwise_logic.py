"""Elementwise truth and bits: isnan, isinf, isfinite, the logical and bitwise functions, the shifts,
and the comparisons of whole arrays (isclose, allclose, array_equal).

They load on first use (the catalog in lib/catalog.py), so a board that never calls them does not hold them.

>>> from tinynet import array
>>> isnan([1.0, float("nan")]).tolist(), logical_and([1, 0], [1, 1]).tolist(), left_shift(1, [1, 3]).tolist()
([False, True], [True, False], [2, 8])
"""

from tinynet.core import floats
from tinynet.core import index_math
from tinynet.core.dtypes import BOOL
from tinynet.core.ndarray import asarray
from tinynet.core.ufunc import _values_in, binary, unary
from tinynet.core.ufunc import result as _result
from tinynet.core.umath import ufunc
from tinynet.lib.elementwise import _binary_function


def isnan(x):
    """Return whether each element is nan.

    >>> isnan([1.0, float("nan")]).tolist()
    [False, True]
    """
    return unary(_is_nan, asarray(x), BOOL)


def isinf(x):
    """Return whether each element is +inf or -inf.

    >>> isinf([1.0, float("-inf")]).tolist(), isinf([complex(1, float("inf"))]).tolist()
    ([False, True], [True])
    """
    a = asarray(x)
    return unary(_is_inf_complex if a._dtype.kind == "c" else _is_inf, a, BOOL)


def isfinite(x):
    """Return whether each element is neither inf nor nan.

    >>> isfinite([1.0, float("inf"), float("nan")]).tolist(), isfinite([complex(1, float("inf"))]).tolist()
    ([True, False, False], [False])
    """
    a = asarray(x)
    return unary(_is_finite_complex if a._dtype.kind == "c" else _is_finite, a, BOOL)


def _is_nan(x):
    return x != x


def _is_inf(x):
    return x == floats.inf or x == -floats.inf


def _is_finite(x):
    return x == x and x != floats.inf and x != -floats.inf


# A complex number is infinite when either part is (1 + inf i == inf is False in Python), finite when both are.
def _is_inf_complex(z):
    return _is_inf(z.real) or _is_inf(z.imag)


def _is_finite_complex(z):
    return _is_finite(z.real) and _is_finite(z.imag)


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


def logical_xor(a, b):
    """Return a xor b elementwise, as bools.

    >>> logical_xor([True, True], [True, False]).tolist()
    [False, True]
    """
    return binary("bitwise_xor", asarray(a).astype(BOOL), asarray(b).astype(BOOL))


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


def invert(x):
    """Return ~x elementwise: bitwise not for integers, logical not for bools.

    >>> invert([0, 5]).tolist()
    [-1, -6]
    """
    return ~asarray(x)


def isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    """Return whether a and b are equal within tolerance elementwise: |a - b| <= atol + rtol * |b|.

    >>> isclose([1.0, 1.0], [1.0 + 1e-9, 1.1]).tolist()
    [True, False]
    """
    a, b = asarray(a), asarray(b)
    number = complex if a._dtype.kind == "c" or b._dtype.kind == "c" else float  # |a - b| is complex's abs

    def close(x, y):
        return floats.isclose(number(x), number(y), rtol, atol, equal_nan)

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


# The functions above as ufunc objects (see core/umath.py).  The docstrings' examples still run as
# doctests: doctest reads __test__ for objects that are not functions.  (MicroPython keeps no docstrings.)
__test__ = {}
for _name, _nin, _neutral in [("isnan", 1, None), ("isinf", 1, None), ("isfinite", 1, None),
        ("logical_not", 1, None), ("invert", 1, None), ("logical_and", 2, True), ("logical_or", 2, False),
        ("logical_xor", 2, False), ("bitwise_and", 2, -1), ("bitwise_or", 2, 0), ("bitwise_xor", 2, 0),
        ("left_shift", 2, None), ("right_shift", 2, None)]:
    _doc = getattr(globals()[_name], "__doc__", None)
    if ">>>" in (_doc or ""):
        __test__[_name] = _doc
    globals()[_name] = ufunc(_name, _nin, globals()[_name], _neutral, _doc)
bitwise_not = invert
