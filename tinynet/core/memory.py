"""The memory budget: refuse, at once, arrays too large to build.

NumPy asks the operating system for ``size * itemsize`` bytes and raises MemoryError when it cannot
have them.  tinynet builds Python lists, which cost more per element and take time to fill, so an
array past the budget would allocate for minutes before failing.  ``check_size`` raises NumPy's
error first, with NumPy's message:

    >>> check_size((100000, 100000), "float64")
    Traceback (most recent call last):
      ...
    MemoryError: Unable to allocate 74.5 GiB for an array with shape (100000, 100000) and data type float64

The budget counts bytes as NumPy would (``size * itemsize``).  It is 2 GiB by default (on MicroPython,
the size of the heap); ``set_limit(n_bytes)`` changes it.  Sizes past what an index can address are
NumPy's ValueError "Maximum allowed dimension exceeded".
"""

_INTP_MAX = (1 << 63) - 1
_UNITS = ("bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB")


def _default_limit():
    try:
        import gc

        return gc.mem_free() + gc.mem_alloc()  # MicroPython: the whole heap
    except (ImportError, AttributeError):
        return 2 << 30


_limit = [_default_limit()]
_dtypes = []  # tinynet.core.dtypes, imported by the first check_size: a model file's budget needs no dtype


def set_limit(n_bytes):
    """Set the largest array, in NumPy's bytes (size * itemsize), that tinynet will build; return the old one."""
    old = _limit[0]
    _limit[0] = int(n_bytes)
    return old


def get_limit():
    """Return the memory budget in bytes."""
    return _limit[0]


def size_text(n_bytes):
    """Write a byte count as NumPy does in its MemoryError: three significant digits and a binary unit.

    >>> size_text(80000000000), size_text(10**12), size_text(512)
    ('74.5 GiB', '931. GiB', '512 bytes')
    """
    unit = 0
    value = float(n_bytes)
    while value >= 1024 and unit < len(_UNITS) - 1:
        value /= 1024
        unit += 1
    if unit and round(value) == 1024 and unit < len(_UNITS) - 1:
        value /= 1024
        unit += 1
    if unit == 0:
        return "%d bytes" % n_bytes
    return "%s %s" % (_three_digits(value), _UNITS[unit])


def _three_digits(value):
    # '%#.3g' keeps the point: 931. and 8.00, as NumPy prints them.
    return "%#.3g" % value


def check_view(shape, d):
    """Raise NumPy's ValueError if shape's lengths, zeros skipped, times d's itemsize pass the index range.

    NumPy checks this for every array it makes, views and empty arrays included; return the size.

    >>> from tinynet.core.dtypes import FLOAT64
    >>> check_view((2**62, 0, 2), FLOAT64)
    Traceback (most recent call last):
      ...
    ValueError: array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.
    """
    size = 1
    nonzero = d.itemsize
    for n in shape:
        if n > _INTP_MAX:
            raise ValueError("Maximum allowed dimension exceeded")
        size *= n
        nonzero *= n or 1
    if nonzero > _INTP_MAX:
        raise ValueError("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")
    return size


def check_size(shape, dtype):
    """Raise MemoryError (or ValueError past the index range) if an array of shape and dtype is too big.

    >>> check_size((10**12, 0), "float64") is None
    True
    """
    if not _dtypes:
        from tinynet.core import dtypes

        _dtypes.append(dtypes)
    dtypes = _dtypes[0]
    d = dtype if isinstance(dtype, dtypes.dtype) else dtypes.as_dtype(dtype)
    n_bytes = check_view(shape, d) * d.itemsize
    if n_bytes > _limit[0]:
        shape_text = "(" + ", ".join(str(n) for n in shape) + ("," if len(shape) == 1 else "") + ")"
        raise MemoryError(
            "Unable to allocate %s for an array with shape %s and data type %s" % (size_text(n_bytes), shape_text, d.name)
        )
