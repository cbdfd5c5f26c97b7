"""NumPy names that NumPy 2 deprecates but still has: each warns as NumPy does, then does its job.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     row_stack([[1, 2], [3, 4]]).shape, str(caught[0].message)
    ((2, 2), '`row_stack` alias is deprecated. Use `np.vstack` directly.')
"""

from tinynet.core.errors import warn
from tinynet.lib.shaping import vstack


def row_stack(tup, dtype=None, casting="same_kind"):
    """Stack arrays as rows (vectors become rows): vstack, after NumPy's DeprecationWarning.

    >>> import warnings
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")
    ...     row_stack([[1], [2]]).tolist()
    [[1], [2]]
    """
    warn("`row_stack` alias is deprecated. Use `np.vstack` directly.", DeprecationWarning, stacklevel=3)
    return vstack(tup, dtype=dtype, casting=casting)
