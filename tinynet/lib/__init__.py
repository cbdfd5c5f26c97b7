"""The NumPy-named functions, one concept per module, built on the array core.

Each module holds one concept (``shaping``, ``sorting``, ``setops``, ...); ``tinynet`` re-exports its names,
most of them loaded on first use (``lib/catalog.py`` lists which module holds which name).

    >>> from tinynet.lib import shaping
    >>> shaping.hstack([[1], [2, 3]]).tolist()
    [1, 2, 3]
"""


def __getattr__(name):
    # A submodule loads on first use: np.lib.stride_tricks, as NumPy exposes it, and any other.  MicroPython asks
    # here for every submodule that ``from tinynet.lib import name`` has not loaded yet (CPython imports it itself
    # once this raises), so each is imported here, not just the public ones.
    if name[:2] != "__":
        try:
            module = __import__("tinynet.lib." + name, None, None, [name])
        except ImportError:
            module = None
        if module is not None:
            globals()[name] = module
            return module
    raise AttributeError("module 'tinynet.lib' has no attribute %r" % name)
