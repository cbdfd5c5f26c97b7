"""The exception and warning classes tinynet shares with NumPy (``numpy.exceptions``).

``tinynet.exceptions`` re-exports them under NumPy 2's names: AxisError, ComplexWarning,
DTypePromotionError, ModuleDeprecationWarning, RankWarning, TooHardError and VisibleDeprecationWarning.

Each class sits where NumPy's does in the hierarchy, so ``except`` clauses and
``warnings`` filters written for NumPy catch tinynet's too.

    >>> issubclass(ComplexWarning, RuntimeWarning)
    True
"""

try:
    _RuntimeWarning = RuntimeWarning
except NameError:  # MicroPython has no warning classes
    _RuntimeWarning = Exception
try:
    _UserWarning = UserWarning
    _DeprecationWarning = DeprecationWarning
except NameError:
    _UserWarning = _DeprecationWarning = Exception


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


class DTypePromotionError(TypeError):
    """Report dtypes that have no common dtype to promote to (a TypeError, as in NumPy).

    >>> issubclass(DTypePromotionError, TypeError)
    True
    """

    __module__ = "tinynet.exceptions"


class TooHardError(RuntimeError):
    """Report that an exact answer (``shares_memory`` with ``max_work``) would take too much work.

    >>> issubclass(TooHardError, RuntimeError)
    True
    """

    __module__ = "tinynet.exceptions"


class RankWarning(_RuntimeWarning):
    """Warn that a least-squares fit (``polyfit``) is poorly conditioned: its matrix lost rank.

    >>> issubclass(RankWarning, RuntimeWarning)
    True
    """

    __module__ = "tinynet.exceptions"


class VisibleDeprecationWarning(_UserWarning):
    """Warn of a deprecation that users should see (a UserWarning, so it is shown by default).

    >>> issubclass(VisibleDeprecationWarning, UserWarning)
    True
    """

    __module__ = "tinynet.exceptions"


class ModuleDeprecationWarning(_DeprecationWarning):
    """Warn that a module is deprecated (a DeprecationWarning).

    >>> issubclass(ModuleDeprecationWarning, DeprecationWarning)
    True
    """

    __module__ = "tinynet.exceptions"


try:
    import warnings as _warnings
except ImportError:  # bare MicroPython ports have no warnings module
    _warnings = None


def warn(message, category=_RuntimeWarning, stacklevel=3):
    """Issue a warning as NumPy does (RuntimeWarning by default; nothing where there is no warnings module)."""
    if _warnings is not None:
        _warnings.warn(message, category, stacklevel=stacklevel)
