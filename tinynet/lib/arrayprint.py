"""Printing arrays as text, as ``numpy``'s array2string, array_repr and array_str.

The formatting itself lives in ``core/printing.py``, which works on (values in C order, shape, dtype
name); these take the array.

    >>> from tinynet import array, array2string, array_repr
    >>> array2string(array([1.5, 2.25]), separator=", ")
    '[1.5 , 2.25]'
    >>> array_repr(array([[1, 2]], dtype="int8"))
    'array([[1, 2]], dtype=int8)'
"""

from tinynet.core import printing
from tinynet.core.ndarray import asarray


def array2string(a, max_line_width=None, precision=None, suppress_small=None, separator=" ", prefix="",
                 formatter=None, threshold=None, edgeitems=None, sign=None, floatmode=None, suffix="",
                 legacy=None):
    """Return the text of the values of a, with NumPy's print options (overridden by the arguments).

    Nested brackets, one level per axis; each row after the first starts below the previous one's values.

    >>> array2string(asarray([[1, 2], [3, 4]]), separator=", ")
    '[[1, 2],\\n [3, 4]]'
    >>> array2string(asarray([0.1, 2.0]), precision=2)
    '[0.1 2. ]'
    """
    a = asarray(a)
    return printing.array2string(a._values(), a._shape, a._dtype.name, True, max_line_width, precision,
                                 suppress_small, separator, prefix, formatter, threshold, edgeitems, sign,
                                 floatmode, suffix, legacy)


def array_repr(arr, max_line_width=None, precision=None, suppress_small=None):
    """Return repr(arr): ``array([...])`` with the dtype where NumPy shows it.

    The dtype is shown unless it is the default one for the values (float64, int64, bool, complex128).

    >>> array_repr(asarray([1.0, 2.5], dtype="float32"))
    'array([1. , 2.5], dtype=float32)'
    """
    a = asarray(arr)
    return printing.array_repr(a._values(), a._shape, a._dtype.name, True, max_line_width, precision,
                               suppress_small)


def array_str(a, max_line_width=None, precision=None, suppress_small=None):
    """Return str(a): the values in brackets, rows on their own lines; a 0-d array is its value alone.

    >>> array_str(asarray([[1, 2], [3, 4]])), array_str(asarray(3.5))
    ('[[1 2]\\n [3 4]]', '3.5')
    """
    a = asarray(a)
    return printing.array_str(a._values(), a._shape, a._dtype.name, True, max_line_width, precision,
                              suppress_small)
