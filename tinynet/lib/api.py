"""The names ``import tinynet`` puts in its namespace: the ndarray, the dtypes and scalars, errstate, and
the functions small programs use (creation, elementwise math, reductions, dot).

On CPython they are there from the import on; on MicroPython they arrive with the first name a program
asks for (``np.array``), so a board that only predicts with nested lists (``nn/lists.py``) never holds
the array core.  Every other public function loads on first use through ``lib/catalog.py``.
"""

from tinynet.core.cast_rules import can_cast
from tinynet.core.dtypes import dtype
from tinynet.core.errors import (
    AxisError,
    errstate,
    geterr,
    seterr,
)
from tinynet.core.ndarray import (
    array,
    asarray,
    ndarray,
)
from tinynet.core.scalars import (
    bool_,
    complex128,
    complex64,
    False_,
    float16,
    float32,
    float64,
    int16,
    int32,
    int64,
    int8,
    True_,
    uint16,
    uint32,
    uint64,
    uint8,
)
from tinynet.core.umath import ufunc
from tinynet.core.ufunc import (
    dot,
    matmul,
)
from tinynet.lib.creation import (
    empty,
    full,
    ones,
    zeros,
)
from tinynet.lib.elementwise import (
    abs,
    absolute,
    add,
    clip,
    divide,
    equal,
    exp,
    greater,
    greater_equal,
    less,
    less_equal,
    log,
    maximum,
    minimum,
    multiply,
    negative,
    not_equal,
    pow,
    power,
    sqrt,
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
    cumprod,
    cumsum,
    max,
    mean,
    min,
    nonzero,
    prod,
    round,
    std,
    sum,
    var,
)

# NumPy's other names for the same types and functions
bool = bool_  # noqa: A001 - NumPy 2 spells it np.bool too
float_ = float64
int_ = int64
double = float64
single = float32
half = float16
cdouble = complex128
csingle = complex64
intp = int64
uintp = uint64
byte = int8
ubyte = uint8
short = int16
ushort = uint16
intc = int32
uintc = uint32
long = int64
ulong = uint64
uint = uint64
longlong = int64
ulonglong = uint64
pow = power  # noqa: A001 - the Array API's name for power, which NumPy 2 has too
