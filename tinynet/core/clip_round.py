"""clip and round on arrays: ``a.clip(lo, hi)``, ``a.round(decimals)``, ``np.round``.

clip is maximum(a, lo) then minimum(that, hi), so nan stays nan.  round rounds half to even at the given
number of decimals as NumPy does: floats through ``floats.round_half_even``, integers to a multiple of
10**-decimals, bools through NumPy's float16 loop.

>>> from tinynet import array
>>> round_array(array([0.5, 1.5, 2.675]), 2).tolist(), clip(array([-2, 5]), 0, 3).tolist()
([0.5, 1.5, 2.68], [0, 3])
"""

from tinynet.core import floats
from tinynet.core.dtypes import BOOL
from tinynet.core.ufunc import _same, binary, operand, unary


def open_bound(d, bound, lower):
    """Return None for a Python int bound that cannot bind an integer dtype d, else bound.

    NumPy's clip drops a Python int lower bound below d's minimum and an upper bound above d's maximum
    (clip(uint8 array, -1, 300) is a copy); any other out-of-range Python int still raises OverflowError.
    """
    if type(bound) is int and d.kind in "iu" and (bound < d._min if lower else bound > d._max):
        return None
    return bound


def clip(a, low, high, out=None):
    """Return a with values limited to [low, high] (nan stays nan)."""
    low, high = open_bound(a._dtype, low, True), open_bound(a._dtype, high, False)
    for bound in (low, high):
        if bound is not None and operand(bound) is None:
            raise TypeError("'<' not supported between instances of 'float' and '%s'" % type(bound).__name__)
    result_array = a
    if low is not None:
        result_array = binary("maximum", result_array, low)
    if high is not None:
        result_array = binary("minimum", result_array, high)
    if result_array is a:
        result_array = a.copy()
    if out is not None:  # written as a ufunc writes: 'same_kind' casting, out's shape
        from tinynet.core.ufunc_methods import _into

        return _into("clip", result_array, out, "same_kind")
    return result_array


# The largest power of ten each float size holds (float16, float32, float64): past it 10**decimals is inf
# in the dtype, and NumPy's round gives nan.
_LARGEST_POWER = {2: 4, 4: 38, 8: 308}


def _c_int(n):
    """Return n (an integer) as NumPy reads a C int argument: TypeError for others, OverflowError past 32 bits."""
    if not isinstance(n, int):  # MicroPython's ints have no __index__; NumPy-like integer scalars do
        if not hasattr(n, "__index__"):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
        n = n.__index__()
    n = int(n)
    if not -(1 << 63) <= n < (1 << 63):
        raise OverflowError("Python int too large to convert to C long")
    if n >= 1 << 31:
        raise OverflowError("signed integer is greater than maximum")
    if n < -(1 << 31):
        raise OverflowError("signed integer is less than minimum")
    return n


def round_array(a, decimals=0, out=None):
    """Round half to even to the given number of decimals, as np.round does."""
    decimals = _c_int(decimals)
    d = a._dtype
    if d.kind == "f":
        if abs(decimals) > _LARGEST_POWER[d.itemsize]:  # NumPy scales by 10**decimals in d, which overflows
            result_array = unary(_to_nan, a)
        else:
            result_array = unary(lambda x: floats.round_half_even(x, decimals), a)
    elif d.kind == "c" and abs(decimals) > _LARGEST_POWER[d.itemsize // 2]:  # as for floats: nan
        result_array = unary(lambda z: complex(float("nan"), float("nan")), a)
    elif d.kind == "c":
        result_array = unary(
            lambda z: complex(floats.round_half_even(z.real, decimals), floats.round_half_even(z.imag, decimals)), a
        )
    elif d is BOOL:
        if decimals:
            raise TypeError(
                "Cannot cast ufunc 'multiply' output from dtype('float16') to dtype('bool') "
                "with casting rule 'same_kind'"
            )
        result_array = a.astype("float16")[()]  # NumPy rounds bools with its smallest float loop
    elif decimals >= 0:
        result_array = unary(_same, a)
    else:
        scale = 10 ** (-decimals)
        result_array = unary(lambda x: _round_int(x, scale), a)
    if out is not None:  # written as a ufunc writes: 'same_kind' casting, out's shape
        from tinynet.core.ufunc_methods import _into

        return _into("clip", result_array, out, "same_kind")
    return result_array


def _to_nan(x):
    return float("nan")


def _round_int(x, scale):
    """Round an int to a multiple of scale, halves to even, as NumPy's integer round does."""
    q, r = divmod(x, scale)
    if 2 * r > scale or (2 * r == scale and q % 2):
        q += 1
    return q * scale
