"""CPython's C helpers that a bare MicroPython port lacks, with plain-Python fallbacks.

Native MicroPython ports have no ``itertools``, ``functools`` or ``operator`` and no
``math.sumprod``.  Where the runtime has them, tinynet uses the C versions (they keep loops
out of Python); where it has not, the definitions below do the same thing.

    >>> add(2, 3), mul(2, 3), list(repeat(7, 3))
    (5, 6, [7, 7, 7])
"""

try:  # CPython, PyPy and Pyodide: repeat in C.
    from itertools import repeat
except ImportError:  # native MicroPython ports have no itertools.

    def repeat(value, times=None):
        """Yield value, times times or forever when times is None (as itertools.repeat)."""
        if times is None:
            while True:
                yield value
        for _ in range(times):
            yield value

try:  # CPython, PyPy and Pyodide: a sequential sum (x0 + x1) + x2 + ... in one C loop
    from functools import reduce as fold
except ImportError:  # native MicroPython ports have no functools: pairwise.py loops instead
    fold = None

try:  # Python 3.12+: the sum of products in one C loop, without a float object per product
    from math import sumprod  # novermin - guarded: older Pythons take the except branch
except ImportError:
    sumprod = None

try:  # CPython, PyPy and Pyodide: the operators as C functions.
    from operator import add, sub, mul, truediv, floordiv, mod, neg, lt, le, eq, ne, ge, gt
    from operator import and_, or_, xor, invert
except ImportError:  # MicroPython has only part of the operator module.

    def and_(a, b):
        return a & b

    def or_(a, b):
        return a | b

    def xor(a, b):
        return a ^ b

    def invert(a):
        return ~a

    def add(a, b):
        return a + b

    def sub(a, b):
        return a - b

    def mul(a, b):
        return a * b

    def truediv(a, b):
        return a / b

    def floordiv(a, b):
        return a // b

    def mod(a, b):
        return a % b

    def neg(a):
        return -a

    def lt(a, b):
        return a < b

    def le(a, b):
        return a <= b

    def eq(a, b):
        return a == b

    def ne(a, b):
        return a != b

    def ge(a, b):
        return a >= b

    def gt(a, b):
        return a > b
