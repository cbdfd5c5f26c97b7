"""The exception and warning classes tinynet shares with NumPy (``numpy.exceptions``).

Each class sits where NumPy's does in the hierarchy, so ``except`` clauses and
``warnings`` filters written for NumPy catch tinynet's too.

    >>> issubclass(ComplexWarning, RuntimeWarning)
    True
"""

try:
    _RuntimeWarning = RuntimeWarning
except NameError:  # MicroPython has no warning classes
    _RuntimeWarning = Exception


class ComplexWarning(_RuntimeWarning):
    """Warn that casting complex values to a real dtype drops their imaginary parts.

    >>> str(ComplexWarning("Casting complex values to real discards the imaginary part"))
    'Casting complex values to real discards the imaginary part'
    """


try:

    class AxisError(ValueError, IndexError):
        """Report an axis argument out of range; both a ValueError and an IndexError, as in NumPy.

        >>> str(AxisError("axis 2 is out of bounds for array of dimension 2"))
        'axis 2 is out of bounds for array of dimension 2'
        >>> issubclass(AxisError, ValueError) and issubclass(AxisError, IndexError)
        True
        """

        __module__ = "tinynet"

        def __init__(self, axis, ndim=None, msg_prefix=None):
            if ndim is None and msg_prefix is None:  # AxisError("message"), as NumPy allows
                self.axis = self.ndim = None
                super().__init__(axis)
                return
            self.axis, self.ndim = axis, ndim
            message = "axis %s is out of bounds for array of dimension %s" % (axis, ndim)
            super().__init__(message if msg_prefix is None else "%s: %s" % (msg_prefix, message))

except TypeError:  # runtimes that refuse two built-in exception bases

    class AxisError(ValueError):  # noqa: F811
        """Report an axis argument out of range."""

        __module__ = "tinynet"


try:
    import warnings as _warnings
except ImportError:  # bare MicroPython ports have no warnings module
    _warnings = None


def warn(message, category=_RuntimeWarning, stacklevel=3):
    """Issue a warning as NumPy does (RuntimeWarning by default; nothing where there is no warnings module)."""
    if _warnings is not None:
        _warnings.warn(message, category, stacklevel=stacklevel)
