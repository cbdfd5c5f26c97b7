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

# Submodules a board may not need load on first use (module __getattr__ works on MicroPython too).
_SUBMODULES = " exceptions fft linalg nn oracle random testing "

# Functions that live in modules a board rarely needs also load on first use: the first
# ``np.nansum`` imports tinynet.lib.nanfunctions, and later look-ups find it in globals().
# One entry per module: the module's path, then the public names it provides, in one string
# separated by spaces (one string costs a board's heap far less than a tuple of names).
_LAZY = {
    "tinynet.lib.sorting": "argpartition argsort bincount lexsort partition searchsorted sort sort_complex",
    "tinynet.core.formatfloat": "format_float_positional format_float_scientific",
    "tinynet.core.printoptions": "get_printoptions printoptions set_printoptions",
    "tinynet.lib.arrayprint": "array2string array_repr array_str",
    "tinynet.core.methods_layout": "flatiter",
    "tinynet.core.dlpack": "from_dlpack",
    "tinynet.lib.elementwise_math": "ceil cos floor floor_divide log10 log1p log2 mod positive remainder sign sin "
                                    "square",
    "tinynet.lib.elementwise_logic": "allclose array_equal bitwise_and bitwise_not bitwise_or bitwise_xor invert "
                                     "isclose isfinite isinf isnan left_shift logical_and logical_not logical_or "
                                     "logical_xor right_shift",
    "tinynet.lib.iteration": "ndenumerate ndindex nditer",
    "tinynet.lib.products": "einsum inner kron outer tensordot vdot",
    "tinynet.lib.shaping": "array_split ascontiguousarray asfortranarray atleast_1d atleast_2d atleast_3d "
                           "broadcast_arrays broadcast_shapes broadcast_to c_ column_stack concat concatenate "
                           "copy diag diagflat diagonal dsplit dstack expand_dims flip fliplr flipud hsplit "
                           "hstack matrix_transpose may_share_memory meshgrid moveaxis ndim permute_dims r_ ravel "
                           "repeat reshape rollaxis shape shares_memory size split squeeze stack swapaxes tile "
                           "trace transpose vsplit vstack",
    "tinynet.lib.ranges": "arange geomspace linspace logspace",
    "tinynet.lib.builders": "eye fromfunction fromiter identity",
    "tinynet.lib.like": "empty_like full_like ones_like zeros_like",
    "tinynet.lib.bits": "base_repr binary_repr packbits unpackbits",
    "tinynet.lib.functional": "apply_along_axis apply_over_axes vectorize",
    "tinynet.lib.textio": "loadtxt savetxt",
    "tinynet.lib.textfill": "genfromtxt",
    "tinynet.lib.npyio": "save load savez savez_compressed frombuffer fromfile fromstring",
    "tinynet.lib.statistics": "median percentile quantile",
    "tinynet.lib.histograms": "histogram histogram2d histogram_bin_edges histogramdd",
    "tinynet.lib.averages": "average corrcoef cov cumulative_prod cumulative_sum digitize ptp",
    "tinynet.lib.nanfunctions": "nanargmax nanargmin nancumprod nancumsum nanmax nanmean nanmedian nanmin "
                                "nanpercentile nanprod nanquantile nanstd nansum nanvar",
    "tinynet.core.limits": "finfo iinfo",
    "tinynet.core.exception_types": "ComplexWarning",
    "tinynet.core.errcall": "getbufsize geterrcall setbufsize seterrcall",
    "tinynet.core.promotion": "promote_types result_type",
    "tinynet.core.numerictypes": "ScalarType complexfloating floating generic inexact integer isdtype isscalar "
                                 "issubdtype little_endian min_scalar_type number sctypeDict signedinteger "
                                 "typecodes unsignedinteger",
    "tinynet.lib.type_check": "angle common_type imag iscomplex iscomplexobj isreal isrealobj mintypecode "
                              "nan_to_num real real_if_close typename",
    "tinynet.lib.ufunclike": "fix isneginf isposinf sinc",
    "tinynet.lib.conversion": "array_equiv asanyarray asarray_chkfinite astype isfortran iterable require",
    "tinynet.lib.elementwise_int": "bitwise_count bitwise_invert bitwise_left_shift bitwise_right_shift conj "
                                   "conjugate divmod fmax fmin fmod gcd lcm",
    "tinynet.lib.elementwise_float": "acos acosh arccos arccosh arcsin arcsinh arctan arctan2 arctanh asin asinh "
                                     "atan atan2 atanh cbrt copysign cosh deg2rad degrees exp2 expm1 fabs "
                                     "float_power frexp heaviside hypot ldexp logaddexp logaddexp2 modf nextafter "
                                     "rad2deg radians reciprocal rint signbit sinh spacing tan trunc",
    "tinynet.lib.setops": "intersect1d isin setdiff1d setxor1d union1d unique unique_all unique_counts "
                          "unique_inverse unique_values",
    "tinynet.lib.index_tricks": "diag_indices diag_indices_from fill_diagonal index_exp indices ix_ mgrid ogrid "
                                "ravel_multi_index s_ unravel_index",
    "tinynet.lib.twodim": "mask_indices tri tril tril_indices tril_indices_from triu triu_indices "
                          "triu_indices_from",
    "tinynet.lib.arraypad": "pad",
    "tinynet.lib.calculus": "gradient interp trapezoid unwrap",
    "tinynet.lib.convolution": "convolve correlate",
    "tinynet.lib.polynomial": "poly poly1d polyadd polyder polydiv polyfit polyint polymul polysub polyval roots "
                              "vander",
    "tinynet.lib.vectors": "cross matvec vecdot vecmat",
    "tinynet.lib.windows": "bartlett blackman hamming hanning i0 kaiser",
    "tinynet.lib.rearranging": "append block delete diff ediff1d insert resize roll rot90 trim_zeros unstack",
    "tinynet.lib.array_api_info": "__array_namespace_info__",
    "tinynet.lib.selection": "argwhere choose compress copyto extract flatnonzero piecewise place put "
                             "put_along_axis putmask select take take_along_axis",
}


def _lazy_module_of(name):
    """Return the module in _LAZY that provides name (None if none does); for None, every lazy name."""
    every = []
    for module_name in _LAZY:
        names = _LAZY[module_name]
        if not isinstance(names, str):         # an entry written as a tuple of names works too
            names = " ".join(names)
        if name is None:
            every.extend(names.split())
        elif " " + name + " " in " " + names + " ":
            return module_name
    return every if name is None else None


def __getattr__(name):
    if " " in name:                              # the tables separate names with spaces
        raise AttributeError("module 'tinynet' has no attribute %r" % name)
    if " " + name + " " in _SUBMODULES:
        module = __import__("tinynet." + name, None, None, [name])
        globals()[name] = module
        return module
    if name == "__all__":
        # built on first use (``from tinynet import *`` asks for it), so a board never pays for it:
        # the public names imported above, the submodules NumPy exports, then the lazy names
        names = [key for key in globals() if key[0] != "_" and type(globals()[key]) is not type(_math)]
        names.extend(("linalg", "random", "testing"))
        known = set(names)
        names.extend(key for key in _lazy_module_of(None) if key not in known)
        globals()[name] = names
        return names
    module_name = _lazy_module_of(name)
    if module_name is not None:
        module = __import__(module_name, None, None, [name])
        value = getattr(module, name)
        globals()[name] = value
        return value
    raise AttributeError("module 'tinynet' has no attribute %r" % name)


def __dir__():
    names = set(globals())
    names.update(_SUBMODULES.split())
    names.update(_lazy_module_of(None))
    names.add("__all__")
    return sorted(names)


__version__ = "0.1.0"
__array_api_version__ = "2024.12"  # the Array API standard's version this namespace follows, as NumPy 2.4's

pi = _math.pi
euler_gamma = 0.5772156649015329
e = _math.e
inf = float("inf")
nan = float("nan")
newaxis = None
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
