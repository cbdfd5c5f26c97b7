"""NumPy's scalar types: ``float64``, ``int8``, ``bool_``, ... (``np.True_`` and ``np.False_`` too).

Where Python's ``float`` can be subclassed (CPython, PyPy, Pyodide), these are the
NumPy-like scalars of ``scalar_types``: ``np.sum(a)`` gives an ``np.float64`` that
is a Python float and also has ``.dtype``, ``.item()`` and every array method.

MicroPython cannot subclass ``float`` soundly (``float(x)`` of such a subclass
raises there).  There reductions and indexing give plain floats, ints and bools,
and the scalar types are only names: for ``dtype=``, and to convert a value as
NumPy does (``int8(300)`` raises OverflowError, ``float32(0.1)`` rounds).  That
way a board never loads the scalar classes at all.

    >>> float64(0.5) + 1, int8(-3), bool_(2), float32(1) / 3
    (np.float64(1.5), np.int8(-3), np.True_, np.float32(0.33333334))
"""

from tinynet.core import dtypes


def _float_subclasses_work():
    """Whether a subclass of float keeps its value (it does not on MicroPython, which lacks float.__new__)."""
    try:

        class _Probe(float):
            __slots__ = ()

        return float(float.__new__(_Probe, 0.5)) == 0.5
    except (AttributeError, TypeError):
        return False


if _float_subclasses_work():
    from tinynet.core.scalar_types import (  # noqa: F401 - the scalar types, re-exported
        SCALARS, False_, True_, bool_, complex64, complex128, float16, float32, float64, int8, int16, int32, int64,
        is_scalar, uint8, uint16, uint32, uint64,
    )

    for _scalar_type in (bool_, int8, int16, int32, int64, uint8, uint16, uint32, uint64, float16, float32, float64,
                         complex64, complex128):
        _scalar_type.__module__ = __name__  # they are tinynet.core.scalars.float64 and so on, as they always were
else:
    SCALARS = False

    def _is_array_like(value):
        from tinynet.core.ndarray import ndarray

        return isinstance(value, (ndarray, list, tuple)) or (hasattr(value, "shape") and not hasattr(value, "_dtype"))

    def _convert(value, d):
        """What calling a scalar type gives here: an array cast to d (a plain value for a 0-d one), or the
        value converted as ``a[i] = value`` converts it."""
        if _is_array_like(value):
            from tinynet.core.ndarray import asarray

            result = asarray(value).astype(d)
            return result._values()[0] if not result._shape else result
        return dtypes.convert_scalar(value, d)

    class _Converting:
        """A scalar type that converts the value it is called with (its instances are plain Python values)."""

        def __new__(cls, value=0):
            return _convert(value, cls._dtype)

    class float64:
        _dtype = dtypes.FLOAT64

        def __new__(cls, x=0.0):
            return float(x)

    class bool_:
        _dtype = dtypes.BOOL

        def __new__(cls, value=False):
            return _convert(value, dtypes.BOOL) if _is_array_like(value) else bool(value)

    class _ComplexConverting:
        def __new__(cls, real=0.0, imag=None):
            if _is_array_like(real):
                return _convert(real, cls._dtype)
            return dtypes.convert_scalar(complex(real) if imag is None else complex(real, imag), cls._dtype)

    class int8(_Converting):
        _dtype = dtypes.INT8

    class int16(_Converting):
        _dtype = dtypes.INT16

    class int32(_Converting):
        _dtype = dtypes.INT32

    class int64(_Converting):
        _dtype = dtypes.INT64

    class uint8(_Converting):
        _dtype = dtypes.UINT8

    class uint16(_Converting):
        _dtype = dtypes.UINT16

    class uint32(_Converting):
        _dtype = dtypes.UINT32

    class uint64(_Converting):
        _dtype = dtypes.UINT64

    class float16(_Converting):
        _dtype = dtypes.FLOAT16

    class float32(_Converting):
        _dtype = dtypes.FLOAT32

    class complex64(_ComplexConverting):
        _dtype = dtypes.COMPLEX64

    class complex128(_ComplexConverting):
        _dtype = dtypes.COMPLEX128

    True_ = True
    False_ = False

    def is_scalar(x):
        """Return whether x is one of tinynet's NumPy-like scalars (never, here: values are plain)."""
        return False

    for _scalar_type in (bool_, int8, int16, int32, int64, uint8, uint16, uint32, uint64, float16, float32, float64,
                         complex64, complex128):
        _scalar_type._dtype.type = _scalar_type
