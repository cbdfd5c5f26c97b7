"""NumPy's exception and warning classes that only some operations raise (``numpy.exceptions``).

``tinynet.exceptions`` re-exports them, with AxisError (which every axis argument can
raise, so it lives in ``errors``), under NumPy 2's names.  Each class sits where
NumPy's does in the hierarchy, so ``except`` clauses and ``warnings`` filters
written for NumPy catch tinynet's too.  ``errors.NAME`` finds each of them too,
loading this module on first use.

    >>> issubclass(ComplexWarning, RuntimeWarning), issubclass(DTypePromotionError, TypeError)
    (True, True)
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
