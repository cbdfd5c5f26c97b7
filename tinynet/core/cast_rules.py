"""Which casts NumPy allows: ``can_cast`` and its rules 'no', 'equiv', 'safe', 'same_kind' and 'unsafe'.

'safe' means every value of one dtype is a value of the other; ``dtypes.promote``
builds on it (two dtypes promote to the first dtype both cast to safely).

    >>> can_cast(INT8, UINT8), can_cast(UINT8, INT16), can_cast(INT64, FLOAT64), can_cast(FLOAT64, FLOAT32, "same_kind")
    (False, True, True, True)
"""

from tinynet.core.dtypes import FLOAT32, FLOAT64, INT8, INT16, INT64, UINT8, _dtype_of_operand, as_dtype  # noqa: F401

_CASTINGS = ("no", "equiv", "safe", "same_kind", "unsafe")
_KIND_ORDER = {"b": 0, "u": 1, "i": 2, "f": 3, "c": 4}


def _float_size_for_int(itemsize):
    """The itemsize of the smallest float that holds every integer of this itemsize
    (float64 for 64-bit integers: NumPy counts int64 -> float64 as safe)."""
    return 2 if itemsize == 1 else 4 if itemsize == 2 else 8


def _can_cast_safe(a, b):
    """Return whether every value of dtype a is a value of dtype b (NumPy's 'safe' casting)."""
    if a is b or a.kind == "b":
        return True
    ka, kb = a.kind, b.kind
    if kb == "b":
        return False
    if ka == "u":
        if kb == "u":
            return b.itemsize >= a.itemsize
        if kb == "i":
            return b.itemsize > a.itemsize
    elif ka == "i":
        if kb == "i":
            return b.itemsize >= a.itemsize
        if kb == "u":
            return False
    if ka in "ui":
        part = b.itemsize if kb == "f" else b.itemsize // 2
        return part >= _float_size_for_int(a.itemsize)
    if ka == "f":
        if kb == "f":
            return b.itemsize >= a.itemsize
        if kb == "c":
            return b.itemsize // 2 >= a.itemsize
        return False
    return kb == "c" and b.itemsize >= a.itemsize  # complex


def can_cast(from_, to, casting="safe"):
    """Return whether NumPy's casting rule allows dtype from_ -> dtype to.

    casting: 'no' and 'equiv' (the same dtype), 'safe' (every value survives),
    'same_kind' (safe, or towards a higher kind in b < u < i < f < c, or within
    a kind), 'unsafe' (anything).  from_ may be an array; Python numbers are
    refused as in NumPy 2.

    >>> can_cast(INT8, UINT8), can_cast(UINT8, INT16), can_cast(FLOAT64, FLOAT32, "same_kind")
    (False, True, True)
    >>> can_cast(300, UINT8)
    Traceback (most recent call last):
      ...
    TypeError: can_cast() does not support Python ints, floats, and complex because the result used to depend on the value.
    This change was part of adopting NEP 50, we may explicitly allow them again in the future.
    """
    if from_ is None or to is None:  # NumPy reads both types first; None is no default here
        raise TypeError("did not understand one of the types; 'None' not accepted")
    b = as_dtype(to)  # NumPy reads `to` first, then the rule, then from_
    if casting not in _CASTINGS:
        raise ValueError(
            "casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got %r)" % (casting,)
        )
    if isinstance(from_, (bool, int, float, complex)) and not hasattr(from_, "dtype"):
        raise TypeError(
            "can_cast() does not support Python ints, floats, and complex because the result used to "
            "depend on the value.\nThis change was part of adopting NEP 50, we may explicitly allow "
            "them again in the future."
        )
    a = _dtype_of_operand(from_)
    if casting == "unsafe" or a is b:
        return True
    if casting in ("no", "equiv"):
        return False
    if _can_cast_safe(a, b):
        return True
    if casting == "same_kind":
        return _KIND_ORDER[a.kind] < _KIND_ORDER[b.kind] or a.kind == b.kind
    return False
