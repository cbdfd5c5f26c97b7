"""tinynet: NumPy-style arrays and a backprop trainer in pure Python.

Swap one import and NumPy tutorial code runs unchanged:

    >>> import tinynet as np
    >>> x = np.array([[0, 1, 0, 1], [0, 0, 1, 1]])
    >>> W = np.zeros((x.shape[0], 1))
    >>> W[0], W[1] = 0.4, 0.2
    >>> z = np.dot(W.T, x) + 1
    >>> print(1 / (1 + np.exp(-z)))
    [[0.73105858 0.80218389 0.76852478 0.83201839]]

The layers, from the ground up: ``core`` (``core/nested.py`` is matrix math on
nested lists; then floats, dtypes, the ndarray, printing), ``lib`` (the
NumPy-named functions), ``linalg`` and ``random`` (NumPy's
namespace), then ``nn`` (the trainer) and ``cli`` (the command line).
"""

import math as _math

from tinynet.lib.creation import (
    arange,
    empty,
    empty_like,
    eye,
    full,
    full_like,
    identity,
    linspace,
    ones,
    ones_like,
    zeros,
    zeros_like,
)
from tinynet.core.dtypes import dtype
from tinynet.lib.elementwise import (
    abs,
    absolute,
    add,
    allclose,
    array_equal,
    ceil,
    clip,
    cos,
    divide,
    exp,
    floor,
    floor_divide,
    isclose,
    isfinite,
    isinf,
    isnan,
    log,
    log10,
    log1p,
    log2,
    logical_and,
    logical_not,
    logical_or,
    maximum,
    minimum,
    mod,
    multiply,
    power,
    remainder,
    sign,
    sin,
    sqrt,
    square,
    subtract,
    tanh,
    true_divide,
    where,
)
from tinynet.lib.reductions import (
    all,
    amax,
    amin,
    any,
    argmax,
    argmin,
    around,
    count_nonzero,
    cumsum,
    max,
    mean,
    median,
    min,
    nonzero,
    prod,
    round,
    std,
    sum,
    var,
)
from tinynet.lib.products import (
    inner,
    outer,
    transpose,
)
from tinynet.lib.shaping import (
    array_split,
    atleast_1d,
    atleast_2d,
    c_,
    column_stack,
    concatenate,
    copy,
    diag,
    diagflat,
    expand_dims,
    flip,
    hstack,
    meshgrid,
    ndim,
    r_,
    ravel,
    repeat,
    reshape,
    shape,
    size,
    split,
    squeeze,
    stack,
    tile,
    trace,
    vstack,
)
from tinynet.lib.sorting import (
    argsort,
    bincount,
    sort,
    unique,
)
from tinynet.core.ndarray import AxisError, array, asarray, dot, matmul, ndarray
from tinynet.core.printing import get_printoptions, printoptions, set_printoptions
from tinynet.core.scalars import False_, True_, bool_, float64, int64, uint8, uint64


# Submodules a board may not need load on first use (module __getattr__ works on MicroPython too).
_SUBMODULES = ("linalg", "nn", "random")


def __getattr__(name):
    if name in _SUBMODULES:
        module = __import__("tinynet." + name, None, None, [name])
        globals()[name] = module
        return module
    raise AttributeError("module 'tinynet' has no attribute %r" % name)


__version__ = "0.1.0"

pi = _math.pi
e = _math.e
inf = float("inf")
nan = float("nan")
newaxis = None
bool = bool_  # noqa: A001 - NumPy 2 spells it np.bool too
float_ = float64
int_ = int64

__all__ = [
    "AxisError", "False_", "True_", "abs", "absolute", "add", "all", "allclose", "amax", "amin", "any", "arange",
    "argmax", "argmin", "argsort", "around", "array", "array_equal", "asarray", "atleast_1d",
    "atleast_2d", "bincount", "bool", "bool_", "c_", "ceil", "clip", "column_stack", "concatenate",
    "copy", "cos", "count_nonzero", "cumsum", "diag", "diagflat", "array_split", "split", "flip", "median", "divide", "dot", "dtype", "e", "empty",
    "empty_like", "exp", "expand_dims", "eye", "float64", "float_", "floor", "floor_divide", "full",
    "full_like", "get_printoptions", "hstack", "identity", "inf", "inner", "int64", "int_", "isclose",
    "isfinite", "isinf", "isnan", "linalg", "linspace", "log", "log1p", "log2", "log10", "logical_and",
    "logical_not", "logical_or", "matmul", "max", "maximum", "mean", "meshgrid", "min", "minimum",
    "mod", "multiply", "nan", "ndarray", "ndim", "newaxis", "nonzero", "ones", "ones_like", "outer",
    "pi", "power", "printoptions", "prod", "r_", "random", "ravel", "remainder", "repeat", "reshape",
    "round", "set_printoptions", "shape", "sign", "sin", "size", "sort", "sqrt", "square", "squeeze",
    "stack", "std", "subtract", "sum", "tanh", "tile", "trace", "transpose", "true_divide", "uint8",
    "uint64", "unique", "var", "vstack", "where", "zeros", "zeros_like",
]
