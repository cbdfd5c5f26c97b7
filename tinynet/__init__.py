"""tinynet: NumPy-style arrays and a backprop trainer in pure Python.

Swap one import and NumPy tutorial code runs unchanged:

    >>> import tinynet as np
    >>> x = np.array([[0, 1, 0, 1], [0, 0, 1, 1]])
    >>> W = np.zeros((x.shape[0], 1))
    >>> W[0], W[1] = 0.4, 0.2
    >>> z = np.dot(W.T, x) + 1
    >>> print(1 / (1 + np.exp(-z)))
    [[0.73105858 0.80218389 0.76852478 0.83201839]]

NumPy's constants are here too (``newaxis`` is None, so ``a[:, np.newaxis]`` adds an axis):

    >>> np.pi, np.e, np.euler_gamma, np.zeros(3)[:, np.newaxis].shape
    (3.141592653589793, 2.718281828459045, 0.5772156649015329, (3, 1))

The layers, from the ground up: ``core`` (``core/nested.py`` is matrix math on
nested lists; then floats, dtypes, the ndarray, printing), ``lib`` (the
NumPy-named functions), ``linalg`` and ``random`` (NumPy's
namespace), then ``nn`` (the trainer) and ``cli`` (the command line).
"""

import gc as _gc
import math as _math
import sys as _sys

_MICROPYTHON = _sys.implementation.name == "micropython"

# MicroPython collects garbage only when an allocation fails, by default.  By then the heap is a mix of
# live objects and garbage, and after the collection its free space is holes, too small for the next
# module's code or a 2 KB table although many KB are free in all: a program could run in a 134 KB heap and
# fail in 166 KB.  Collecting every eighth of the heap keeps the free space in large blocks, so a program
# that fits in N KB fits in every larger heap (docs/runtimes.md, "Memory").  A threshold the program set
# itself is kept; gc.threshold(-1) after the import turns this off.
if hasattr(_gc, "threshold") and hasattr(_gc, "mem_free") and _gc.threshold() == -1:
    _gc.threshold((_gc.mem_free() + _gc.mem_alloc()) // 8)


def _load_core():
    """Put the array core's public names (lib/api.py) in this namespace."""
    from tinynet.lib import api

    names = globals()
    for key in dir(api):
        if key[0] != "_":
            names[key] = getattr(api, key)


# On CPython the core loads with the package.  A board loads it with the first name asked for: a program
# that only predicts with nested lists (load(path, backend="lists")) then never holds the ndarray.
if not _MICROPYTHON:
    _load_core()

# Submodules a board may not need load on first use (module __getattr__ works on MicroPython too).
_SUBMODULES = " emath exceptions fft linalg nn oracle random testing "

# Every other public function lives in a module a board rarely needs and loads on first use; the
# catalog of which module holds which name (lib/catalog.py) loads with the first such look-up.


def __getattr__(name):
    if " " in name:                              # the tables separate names with spaces
        raise AttributeError("module 'tinynet' has no attribute %r" % name)
    if " " + name + " " in _SUBMODULES:
        module = __import__("tinynet." + name, None, None, [name])
        globals()[name] = module
        return module
    if "ndarray" not in globals() and (name[:2] != "__" or name == "__all__"):
        # a board's first name from the array core (not a probe such as __path__): load the core
        _load_core()
        if name in globals():
            return globals()[name]
    from tinynet.lib import catalog

    if name == "__all__":
        # built on first use (``from tinynet import *`` asks for it), so a board never pays for it:
        # the public names imported above, the submodules NumPy exports, then the lazy names
        names = [key for key in globals() if key[0] != "_" and type(globals()[key]) is not type(_math)]
        names.extend(("emath", "linalg", "random", "testing"))
        known = set(names)
        names.extend(key for key in catalog.lazy_names() if key not in known)
        globals()[name] = names
        return names
    module_name = catalog.module_of(name)
    if module_name is not None:
        value = getattr(__import__(module_name, None, None, [name]), name)
        globals()[name] = value
        return value
    raise AttributeError("module 'tinynet' has no attribute %r" % name)


def __dir__():
    if "ndarray" not in globals():
        _load_core()
    from tinynet.lib import catalog

    names = set(globals())
    names.update(_SUBMODULES.split())
    names.update(catalog.lazy_names())
    names.add("__all__")
    return sorted(names)


__version__ = "0.1.0"
__array_api_version__ = "2024.12"  # the Array API standard's version this namespace follows, as NumPy 2.4's

pi = _math.pi
euler_gamma = 0.5772156649015329
e = _math.e
inf = float("inf")
nan = float("nan")
newaxis = None
