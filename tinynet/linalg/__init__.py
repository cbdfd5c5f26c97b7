"""Linear algebra, as ``numpy.linalg``: ``det``, ``inv``, ``solve``, ``norm``."""

from tinynet.linalg._linalg import LinAlgError, det, inv, norm, solve

__all__ = ["LinAlgError", "det", "inv", "norm", "solve"]
