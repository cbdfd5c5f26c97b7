"""NumPy 2's exception and warning classes, as ``numpy.exceptions`` holds them.

NumPy 2 code catches ``np.exceptions.AxisError`` (the name left NumPy's main namespace). Each class
subclasses the built-in class NumPy's does, so ``except ValueError`` still catches an AxisError:

    >>> import tinynet as np
    >>> try:
    ...     np.zeros(2).sum(axis=1)
    ... except np.exceptions.AxisError as error:
    ...     print(error)
    axis 1 is out of bounds for array of dimension 1
    >>> issubclass(np.exceptions.AxisError, IndexError)
    True

This module loads on first use of ``tinynet.exceptions``; the classes live in ``tinynet.core.errors``.
"""

from tinynet.core.errors import (
    AxisError,
    ComplexWarning,
    DTypePromotionError,
    ModuleDeprecationWarning,
    RankWarning,
    TooHardError,
    VisibleDeprecationWarning,
)

__all__ = ["AxisError", "ComplexWarning", "DTypePromotionError", "ModuleDeprecationWarning", "RankWarning",
           "TooHardError", "VisibleDeprecationWarning"]
