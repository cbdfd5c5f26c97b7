"""Random numbers, as ``numpy.random``, value for value.

The legacy global generator (``seed``, ``rand``, ``randn``, ...; MT19937) lives in ``legacy``, the modern
``default_rng`` (PCG64, the ziggurat) in ``generator``. Bit generators are in ``mt19937`` and ``pcg64``;
what both share is in ``sampling``, ``bounded`` and ``weighted``.
"""

from tinynet.random.generator import Generator, default_rng
from tinynet.random.legacy import (
    RandomState,
    choice,
    get_state,
    normal,
    permutation,
    rand,
    randint,
    randn,
    random,
    random_sample,
    ranf,
    sample,
    seed,
    set_state,
    shuffle,
    standard_normal,
    uniform,
)

__all__ = [
    "Generator", "RandomState", "choice", "default_rng", "get_state", "normal", "permutation", "rand",
    "randint", "randn", "random", "random_sample", "ranf", "sample", "seed", "set_state", "shuffle",
    "standard_normal", "uniform",
]
