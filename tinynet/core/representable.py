"""Keeping results representable in their dtype: ``fix``, as NumPy's fixed-width storage does.

Arithmetic is done on the Python values; ``fix`` then puts each result back
into its dtype: integers wrap around modulo ``2**bits`` (two's complement),
float32 and float16 round to the nearest value (``float_rounding``), and
complex64 rounds both parts.  ``dtypes.fix`` finds it too.

    >>> fix([127, 128, -129], INT8), fix([256, -1], UINT8), fix([0.1], FLOAT32), fix([0.5, 1e300], FLOAT64)
    ([127, -128, 127], [0, 255], [0.10000000149011612], [0.5, 1e+300])
"""

from tinynet.core.dtypes import (  # noqa: F401 - the examples use INT8 and UINT8
    BOOL, COMPLEX64, COMPLEX128, FLOAT16, FLOAT32, FLOAT64, FLOAT_IS_SINGLE, INT8, UINT8,
)


def _wrap_ints(values, d):
    """Integers reduced into dtype d's range, two's complement (values itself when all fit)."""
    if not values or (min(values) >= d._min and max(values) <= d._max):
        return values
    mask = (1 << d._bits) - 1
    if d.kind == "u":
        return [x & mask for x in values]
    half = 1 << (d._bits - 1)
    return [((x + half) & mask) - half for x in values]


def fix(values, d):
    """Return a flat list of results made representable in dtype d, as NumPy stores them.

    Integers wrap modulo 2**bits into range (two's complement); float32 and
    float16 round to nearest (inf on overflow); complex64 rounds both parts to
    float32.  bool, float64 and complex128 are unchanged.  Returns ``values``
    itself when nothing changes (integers already in range, or those dtypes).

    >>> fix([250, 256, -1], UINT8), fix([1.0 + 2 ** -30, 1e39], FLOAT32), fix([70000.0], FLOAT16)
    ([250, 0, 255], [1.0, inf], [inf])
    >>> fix([0.1 + 0.2j], COMPLEX64)
    [(0.10000000149011612+0.20000000298023224j)]
    """
    kind = d.kind
    if kind == "i" or kind == "u":
        return _wrap_ints(values, d)
    if d is FLOAT64 or d is BOOL or d is COMPLEX128 or FLOAT_IS_SINGLE and d is not FLOAT16:
        return values
    from tinynet.core import float_rounding  # float32, float16 and complex64 round

    if d is FLOAT32:
        return float_rounding.fix_float32(values)
    if d is FLOAT16:
        return float_rounding.fix_float16(values)
    reals = float_rounding.fix_float32([z.real for z in values])
    imags = float_rounding.fix_float32([z.imag for z in values])
    return [complex(r, i) for r, i in zip(reals, imags)]


def _fix_and_warn(values, d):
    """fix() for a cast, with NumPy's 'overflow encountered in cast' warning."""
    result = fix(values, d)
    if result is not values and (d.kind == "f" or d.kind == "c"):  # float32, float16, complex64 rounded
        from tinynet.core.float_rounding import warn_overflow

        warn_overflow(values, result, d)
    return result
