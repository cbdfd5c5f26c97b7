"""The trainer: a feed-forward network with backprop, written once against an array namespace.

``network`` holds ``Network``, ``Perceptron``, ``gradcheck`` and ``load``; ``activations`` and ``losses``
their pieces, each beside its derivative; ``modelfile`` the JSON model files; ``datasets`` the toy data sets.
"""

from tinynet.nn.network import Network, Perceptron, TrainingDivergedError, gradcheck, load, namespace

__all__ = ["Network", "Perceptron", "TrainingDivergedError", "gradcheck", "load", "namespace"]
