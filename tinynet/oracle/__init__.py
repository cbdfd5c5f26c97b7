"""The oracle: correctly rounded float32 and float64 results, from the standard library alone.

Each function returns the float nearest the exact mathematical value, ties to even.  Sums, means,
variances and products are exact in rationals and rounded once (``exact.py``); std and sqrt round an exact
square root decided by integer square roots; the transcendental functions run in ``decimal`` at rising
precision until the error interval rounds to one float (Ziv's strategy, ``ziv.py``).  docs/oracle.md
gives the method and error bound of every function.

    >>> from tinynet import oracle
    >>> oracle.sum([1e16, 1.0, -1e16])
    1.0
    >>> oracle.exp(1.0, dtype="float32")
    2.7182817459106445
    >>> oracle.ulp_error(2.7182817459106445, oracle.exp(1.0, dtype="float32"), "float32")
    0.0

``check(module)`` measures an array library against the oracle; ``assert_ulp_close`` is the same for one
result inside a test.
"""

from tinynet.oracle.arrays import (
    acos, acosh, asin, asinh, atan, atan2, atanh, cos, cosh, cumulative_sum, dot, exp, expm1, hypot, log,
    log10, log1p, log2, log_softmax, logsumexp, matmul, mean, pow, sigmoid, sin, sinh, softmax, sqrt, std,
    sum, tan, tanh, var, vecdot,
)
from tinynet.oracle.rounding import round_fraction, ulp, ulp_error

__all__ = [
    "acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "cos", "cosh", "cumulative_sum", "dot",
    "exp", "expm1", "hypot", "log", "log10", "log1p", "log2", "log_softmax", "logsumexp", "matmul", "mean",
    "pow", "sigmoid", "sin", "sinh", "softmax", "sqrt", "std", "sum", "tan", "tanh", "var", "vecdot",
    "round_fraction", "ulp", "ulp_error", "check", "assert_ulp_close",
]


def __getattr__(name):
    if name in ("check", "assert_ulp_close"):
        from tinynet.oracle import checker
        return getattr(checker, name)
    raise AttributeError("module 'tinynet.oracle' has no attribute %r" % name)
