"""Universal functions as objects: ``np.add(a, b, out=c)``, ``np.add.reduce``, ``np.multiply.outer``, ...

A ufunc applies a function elementwise with broadcasting (``ufunc.binary`` does the arithmetic), and
every ufunc of two inputs has the same five methods, each defined by the function alone:

- ``reduce(a, axis)``: fold the function along an axis: ``add.reduce([1, 2, 3]) = (1 + 2) + 3``;
- ``accumulate(a, axis)``: keep every partial result: ``add.accumulate([1, 2, 3]) = [1, 3, 6]``;
- ``outer(a, b)``: every pair: ``out[i, j] = f(a[i], b[j])``;
- ``at(a, indices, b)``: ``a[i] = f(a[i], b)`` in place, once per index, repeated indices included;
- ``reduceat(a, indices)``: reduce each slice ``a[indices[i]:indices[i + 1]]``.

    >>> from tinynet import add, multiply, maximum, array
    >>> add.reduce([[1, 2], [3, 4]]).tolist(), add.accumulate([1, 2, 3]).tolist()
    ([4, 6], [1, 3, 6])
    >>> multiply.outer([1, 2], [1, 10]).tolist(), maximum.reduce([3, 9, 2])
    ([[1, 10], [2, 20]], np.int64(9))
    >>> a = array([0, 0, 0]); add.at(a, [0, 0, 2], 1); a.tolist()
    [2, 0, 1]

The keywords ``out=``, ``where=``, ``dtype=`` and ``casting=`` work as in NumPy: ``where`` picks the
elements to compute (the others keep ``out``'s values), ``dtype`` is the dtype to compute in, and the
result must cast to ``out`` under ``casting`` (default ``'same_kind'``).
"""

import sys


class _NoValue:
    """The default of ``initial``: no initial value given."""


class ufunc:
    """A universal function of one or two inputs (see the module docstring).

    >>> from tinynet import add
    >>> add, add.nin, add.nout, add.identity
    (<ufunc 'add'>, 2, 1, 0)
    """

    nout = 1  # (instances with several outputs, frexp or divmod, set their own)
    identity = None

    def __init__(self, name, nin, function, identity=None, doc=None, nout=1):
        self.__name__ = name
        self.nin = nin
        self._function = function
        if nout != 1:
            self.nout = nout
        if identity is not None:
            self.identity = identity
        if doc is not None:  # (MicroPython keeps no docstrings)
            self.__doc__ = doc

    @property
    def nargs(self):
        """The number of inputs and outputs."""
        return self.nin + self.nout

    def __repr__(self):
        return "<ufunc '%s'>" % self.__name__

    def __call__(self, *args, out=None, where=True, dtype=None, casting="same_kind", **kwargs):
        if len(args) == self.nin and out is None and where is True and dtype is None:
            # The plain call np.exp(z) or np.add(a, b), the common one: no keyword to honour.
            value = self._function(*args)
            if value is NotImplemented:
                raise TypeError("ufunc '%s' not supported for the input types" % self.__name__)
            return value
        return self._call_keywords(args, out, where, dtype, casting)


# The methods and keyword handling that load on first use, from core/ufunc_methods.py.
_METHODS = ("_call_keywords _inputs_in _call_outputs _masked _check_binary _result_dtype reduce accumulate reduceat "
            "outer at")


def _attach():
    from tinynet.core import ufunc_methods

    for name in _METHODS.split():
        setattr(ufunc, name, getattr(ufunc_methods, name))


def _late_method(self, name):
    # MicroPython calls this only for names the class lacks (see ndarray's _METHODS).
    if name in _METHODS.split() and not hasattr(ufunc, name):
        _attach()
        return getattr(self, name)
    raise AttributeError("'numpy.ufunc' object has no attribute %r" % name)


if sys.implementation.name == "micropython":
    ufunc.__getattr__ = _late_method
else:  # CPython, PyPy: at once, so dir() and hasattr answer as in NumPy
    _attach()
