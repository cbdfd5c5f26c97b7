"""What Python's operators and built-in conversions call on an ndarray: ``a + b``, ``b - a``, ``a += b``,
``a < b``, ``-a``, ``a @ b``, ``divmod(a, b)``, ``float(a)``, ``bool(a)``.

Each operator hands over to ``ufunc.binary`` (a + b), with the operands swapped for the reflected form
(Python calls b.__radd__(a) for a + b when a cannot add b), or to ``ufunc.inplace`` (a += b).  Python looks
operators up on the class, never on the instance, so ``attach`` sets them all on the ndarray class when
``core/ndarray.py`` loads: the 36 arithmetic ones from one table rather than 36 near-identical defs.

    >>> from tinynet import array
    >>> a = array([1, 2, 3])
    >>> (2 * a - 1).tolist(), (a >= 2).tolist(), float(a[0]), divmod(a, 2)[1].tolist()
    ([1, 3, 5], [False, True, True], 1.0, [1, 0, 1])
"""

import sys

from tinynet.core import dtypes
from tinynet.core import matmul as _products
from tinynet.core import ufunc as _ufunc
from tinynet.core.dtypes import BOOL

_MICROPYTHON = sys.implementation.name == "micropython"


def __float__(self):
    if self._shape and _MICROPYTHON:
        # MicroPython tries float(right operand) for `0.5 * a` before a.__rmul__;
        # NotImplemented sends it on to __rmul__ as CPython would go directly.
        return NotImplemented
    return float(self._only_value())


def __int__(self):
    return int(self._only_value())


def __complex__(self):
    return complex(self._only_value())


def __bool__(self):
    if self.size == 1:
        return bool(self._values()[0])
    if self.size == 0:
        raise ValueError(
            "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that "
            "an array is not empty."
        )
    raise ValueError(
        "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()"
    )


def _only_value(self):
    if self._shape:  # NumPy 2.4: float(), int() and complex() take 0-d arrays only, not [x] or [[x]]
        raise TypeError("only 0-dimensional arrays can be converted to Python scalars")
    return self._values()[0]


def __pow__(self, other):
    if type(other) is int and other == 2 and self._dtype is dtypes.BOOL:
        # NumPy's ** operator computes a ** 2 as np.square(a), whose bool loop is int8 (np.power's is int64)
        return _ufunc.binary("power", self.astype(dtypes.INT8), 2)
    if self._dtype.kind == "c" and (type(other) is int or type(other) is float):
        return complex_pow(self, other)
    return _ufunc.binary("power", self, other)


def complex_pow(a, n):
    """a ** n for a complex array and a Python number: NumPy's operator takes a ** 2 (an int) as np.square(a),
    a ** -1 as np.reciprocal(a) and a ** 0.5 as np.sqrt(a), whose complex loops round otherwise than
    np.power's (square fuses a multiply-add, reciprocal divides by Smith's denominator)."""
    if type(n) is int and n == 2:
        return _ufunc.binary("multiply", a, a)
    if type(n) is int and n == -1:
        from tinynet.lib.elementwise_float import reciprocal  # noqa: PLC0415 - complex ** -1 only

        return reciprocal(a)
    if n == 0.5:
        from tinynet.lib.elementwise import sqrt  # noqa: PLC0415

        return sqrt(a)
    return _ufunc.binary("power", a, n)


def __eq__(self, other):
    result = _ufunc.binary("equal", self, other)
    return self._compare_each(other, True) if result is NotImplemented else result


def __ne__(self, other):
    result = _ufunc.binary("not_equal", self, other)
    return self._compare_each(other, False) if result is NotImplemented else result


def _compare_each(self, other, equal):
    """a == other for a non-numeric other (a string, None, any object): each element compared in
    Python, as NumPy 2 compares with such objects (so a == 'x' is all False, not one False)."""
    values = [bool(v == other) if equal else bool(v != other) for v in self._values()]
    return _ufunc.result(values, self._shape, BOOL)


def __divmod__(self, other):
    return _ufunc.binary("floor_divide", self, other), _ufunc.binary("remainder", self, other)


def __rdivmod__(self, other):
    return _ufunc.binary("floor_divide", other, self), _ufunc.binary("remainder", other, self)


def __matmul__(self, other):
    product = _products._matmul_same_dtype(self, other)  # the common case, first
    if product is None:
        return _products.matmul_operator(self, other)
    return product


def __rmatmul__(self, other):
    return _products.matmul_operator(other, self)


def __imatmul__(self, other):
    return _ufunc.inplace("matmul", self, other)


def _operator(name):
    def operator(self, other):
        return _ufunc.binary(name, self, other)
    return operator


def _reflected(name):
    def operator(self, other):
        return _ufunc.binary(name, other, self)
    return operator


def _inplace(name):
    def operator(self, other):
        return _ufunc.inplace(name, self, other)
    return operator


def _unary(name):
    def operator(self):
        return _ufunc.unary_op(name, self)
    return operator


# Python's name (without underscores) and NumPy's ufunc: __add__, __radd__ and __iadd__ compute add.
_ARITHMETIC = ("add add sub subtract mul multiply truediv divide floordiv floor_divide mod remainder pow power "
               "and bitwise_and or bitwise_or xor bitwise_xor lshift left_shift rshift right_shift").split()


def attach(cls):
    """Set the operators and conversions on cls (the ndarray class)."""
    for name in ("__float__", "__int__", "__complex__", "__bool__", "_only_value", "__pow__", "__eq__", "__ne__",
                 "_compare_each", "__divmod__", "__rdivmod__", "__matmul__", "__rmatmul__", "__imatmul__"):
        setattr(cls, name, globals()[name])
    for i in range(0, len(_ARITHMETIC), 2):
        python, numpy = _ARITHMETIC[i], _ARITHMETIC[i + 1]
        if python != "pow":  # __pow__ is written out above (bool ** 2 is NumPy's square)
            setattr(cls, "__%s__" % python, _operator(numpy))
        setattr(cls, "__r%s__" % python, _reflected(numpy))
        setattr(cls, "__i%s__" % python, _inplace(numpy))
    for python, numpy in (("lt", "less"), ("le", "less_equal"), ("gt", "greater"), ("ge", "greater_equal")):
        setattr(cls, "__%s__" % python, _operator(numpy))
    for python, numpy in (("neg", "negative"), ("pos", "positive"), ("abs", "absolute"), ("invert", "invert")):
        setattr(cls, "__%s__" % python, _unary(numpy))
