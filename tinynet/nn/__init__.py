"""The trainer: a feed-forward network with backprop, written once against an array namespace.

``network`` holds ``Network`` and ``load`` (what predicting needs), and ``lists`` the network that
predicts on nested lists (``load(path, backend="lists")``, for small boards); ``training`` and ``labels``
what fitting needs, loaded on the first fit; ``activations`` and ``losses`` their pieces, each beside its
derivative; ``modelfile`` the JSON model files; ``datasets`` the toy data sets; ``perceptron`` and
``gradients`` (``Perceptron``, ``gradcheck``) load on first use.
"""

from tinynet.nn.network import Network, TrainingDivergedError, load, namespace

__all__ = ["Network", "Perceptron", "TrainingDivergedError", "gradcheck", "load", "namespace"]

_COLD = {"Perceptron": "perceptron", "gradcheck": "gradients"}

# The submodules: MicroPython asks a package's __getattr__ for ``from tinynet.nn import training`` before
# it looks for the submodule (and would stop at its AttributeError), so __getattr__ imports them.
_SUBMODULES = (" activations atomicfile datasets gradients inputs labels lists losses modelcheck modelfile modelwrite "
               "network perceptron training ")


def __getattr__(name):
    if name in _COLD:
        module = __import__("tinynet.nn." + _COLD[name], None, None, [name])
        value = getattr(module, name)
        globals()[name] = value
        return value
    if " " not in name and " " + name + " " in _SUBMODULES:
        return __import__("tinynet.nn." + name, None, None, [name])
    raise AttributeError("module 'tinynet.nn' has no attribute %r" % name)


def __dir__():
    return sorted(set(globals()) | set(_COLD))
