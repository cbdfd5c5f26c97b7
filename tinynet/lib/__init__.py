"""The NumPy-named functions, one concept per module, built on the array core.

Each module holds one concept (``shaping``, ``sorting``, ``setops``, ...); ``tinynet`` re-exports its names,
most of them loaded on first use (``lib/catalog.py`` lists which module holds which name).

    >>> from tinynet.lib import shaping
    >>> shaping.hstack([[1], [2, 3]]).tolist()
    [1, 2, 3]
"""
