"""Assertions for tests of numerical code, as ``numpy.testing``: same names, rules and messages.

    >>> import tinynet as np
    >>> from tinynet.testing import assert_allclose
    >>> x = np.array([0.1, 0.2, 0.3])
    >>> assert_allclose(x * 3, [0.3, 0.6, 0.9])
    >>> assert_allclose(x, [0.1, 0.2, 0.31], rtol=1e-3)
    Traceback (most recent call last):
      ...
    AssertionError:
    Not equal to tolerance rtol=0.001, atol=0
    <BLANKLINE>
    Mismatched elements: 1 / 3 (33.3%)
    Mismatch at index:
     [2]: 0.3 (ACTUAL), 0.31 (DESIRED)
    Max absolute difference among violations: 0.01
    Max relative difference among violations: 0.03225806
     ACTUAL: array([0.1, 0.2, 0.3])
     DESIRED: array([0.1 , 0.2 , 0.31])

Every assertion takes tinynet arrays, NumPy arrays, nested lists and scalars, and fails with
NumPy's ``AssertionError`` text, so a test written for NumPy reads the same under tinynet:

================================  ====================================================
``assert_array_equal(a, b)``      equal shapes and elements (nan == nan)
``assert_allclose(a, b, rtol,``   ``|a - b| <= atol + rtol * |b|`` elementwise
``atol)``
``assert_array_almost_equal``     ``|a - b| < 1.5 * 10**-decimal`` elementwise
``assert_array_less(x, y)``       ``x < y`` elementwise
``assert_equal(a, b)``            dicts, lists, arrays and scalars, item by item
``assert_almost_equal(a, b)``     numbers (or arrays) to ``decimal`` places
``assert_approx_equal(a, b)``     numbers to ``significant`` digits
``assert_array_max_ulp(a, b)``    at most ``maxulp`` floats apart
``assert_raises(cls, f, ...)``    ``f(...)`` raises cls (or: ``with assert_raises(cls):``)
``assert_raises_regex``           ... with a message matching a regular expression
``assert_warns(cls, f, ...)``     ``f(...)`` issues a warning of class cls
================================  ====================================================

In the array assertions a scalar on one side is compared with every element of the other, nan
and inf must sit in the same places on both sides, and the failure message counts the
mismatches, shows the first five and the largest absolute and relative differences
(``compare.py``).  Differences and tolerances are computed in the arrays' dtypes, as NumPy does
(``values.py``).  The modules: ``arrays`` (the array assertions), ``objects`` (assert_equal and
the scalar ones), ``ulp``, ``raises``.
"""

from tinynet.testing.arrays import (
    assert_allclose,
    assert_array_almost_equal,
    assert_array_equal,
    assert_array_less,
)
from tinynet.testing.objects import (
    assert_almost_equal,
    assert_approx_equal,
    assert_equal,
)
from tinynet.testing.raises import (
    assert_raises,
    assert_raises_regex,
    assert_warns,
)
from tinynet.testing.ulp import assert_array_max_ulp

__all__ = [
    "assert_allclose", "assert_almost_equal", "assert_approx_equal", "assert_array_almost_equal",
    "assert_array_equal", "assert_array_less", "assert_array_max_ulp", "assert_equal", "assert_raises",
    "assert_raises_regex", "assert_warns",
]
