"""Ziv's strategy: evaluate at rising precision until the error interval rounds to one float.

An evaluator ``f(p, *args)`` returns ``(v, err)``: an approximation ``v`` (a Decimal or a Fraction)
computed with about ``p`` significant decimal digits, and a rigorous bound ``err`` on ``|v - exact|``.
If both ends of ``[v - err, v + err]`` round to the same float, rounding is monotonic, so the exact value
rounds to that float too.  Otherwise the precision doubles.  It terminates because the exact value of every
function evaluated this way is never a rounding boundary (a midpoint between two floats): the cases where
it could be (exact powers and roots) are settled exactly before any evaluator runs.

    >>> from decimal import Decimal
    >>> correctly_rounded(lambda p: (Decimal(1) / Decimal(3), Decimal(10) ** -40), "float64") == 1 / 3
    True

Decimal arithmetic here runs in a context with ``p`` digits and the widest exponent range, so e**1000 or
1e-600 are ordinary numbers; the functions rule out arguments that would leave even that range.
"""

import decimal
from fractions import Fraction

from tinynet.oracle.rounding import round_fraction

START_DIGITS = 40
MAX_DIGITS = 20000


def context(p, rounding=decimal.ROUND_HALF_EVEN):
    """Return a decimal context of p digits, the widest exponent range and no traps (cached)."""
    key = (p, rounding)
    if key not in _CONTEXTS:
        _CONTEXTS[key] = decimal.Context(prec=p, rounding=rounding, Emax=decimal.MAX_EMAX,
                                         Emin=decimal.MIN_EMIN, traps=[])
    return _CONTEXTS[key]


_CONTEXTS = {}


def unit(p):
    """Return 10**(1 - p): at least twice the relative error of one correctly rounded p-digit operation."""
    return decimal.Decimal(1).scaleb(1 - p)


def correctly_rounded(evaluate, dtype, *args):
    """Return the float of dtype nearest the exact value that evaluate(p, *args) brackets."""
    p = START_DIGITS
    fast = dtype == "float64"
    while p <= MAX_DIGITS:
        with decimal.localcontext(context(p)):
            v, err = evaluate(p, *args)
        if fast and isinstance(v, decimal.Decimal):
            # float(Decimal) is correctly rounded; the ends rounded outward only widen the interval
            low = float(context(p + 5, decimal.ROUND_FLOOR).subtract(v, abs(err)))
            if low == float(context(p + 5, decimal.ROUND_CEILING).add(v, abs(err))):
                return low
            p *= 2
            continue
        v, err = Fraction(v), Fraction(abs(err))
        low = round_fraction(v - err, dtype)
        if low == round_fraction(v + err, dtype):
            return low
        p *= 2
    raise ArithmeticError("could not round the value to %s within %d digits" % (dtype, MAX_DIGITS))
