"""The NumPy-named functions, one concept per module, built on the array core.

Each module holds one concept (``shaping``, ``sorting``, ``setops``, ...); ``tinynet`` re-exports its names,
most of them loaded on first use (``lib/catalog.py`` lists which module holds which name).

    >>> from tinynet.lib import shaping
    >>> shaping.hstack([[1], [2, 3]]).tolist()
    [1, 2, 3]
"""

# Submodules NumPy exposes as ``np.lib.<name>``, loaded on first use (module __getattr__ works on MicroPython).
_PUBLIC_SUBMODULES = ("stride_tricks",)


def __getattr__(name):
    if name in _PUBLIC_SUBMODULES:
        module = __import__("tinynet.lib." + name, None, None, [name])
        globals()[name] = module
        return module
    raise AttributeError("module 'tinynet.lib' has no attribute %r" % name)
