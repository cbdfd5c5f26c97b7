"""A feed-forward neural network trained by backpropagation, written once for any array namespace.

    >>> from tinynet.nn.network import Network
    >>> X = [[0, 0], [0, 1], [1, 0], [1, 1]]
    >>> y = [0, 1, 1, 0]
    >>> net = Network([2, 8, 1], hidden="tanh", output="sigmoid", seed=0)
    >>> history = net.fit(X, y, epochs=500, lr=0.5)
    >>> history[-1] < history[0]
    True
    >>> net.predict(X)
    array([0, 1, 1, 0])
    >>> net.score(X, y)
    1.0

Representation: a network with layer sizes ``[n_0, n_1, ..., n_L]`` holds, for each layer l = 1..L, a
weight matrix ``W_l`` of shape (n_{l-1}, n_l) and a bias vector ``b_l`` of shape (n_l,), as arrays of its
backend.  Samples are rows, as in scikit-learn: ``X`` has shape (m, n_0), ``[[0, 0], [0, 1]]`` is two
samples of two features, and the forward pass is ``a_l = f_l(a_{l-1} . W_l + b_l)`` with ``a_0 = X``.

The code uses only what NumPy and the Python array API standard have in common (``asarray``, ``zeros``,
``@``, ``.T``, ``exp``, ``tanh``, ``log``, ``maximum``, ``where``, ``sum`` and ``max`` with ``axis`` and
``keepdims``, and arithmetic), so ``backend="tinynet"`` runs it in pure Python, ``backend="numpy"`` runs the
same lines on NumPy, and any standard namespace module (``array_api_strict``, for one) works unchanged.
Initial weights and the mini-batch shuffle are drawn as plain numbers from ``tinynet.random`` with the
network's seed, so every backend starts from the same weights and sees the same batches; trained on the
same data, two backends agree to rounding.

Labels are classes, as in scikit-learn's classifiers: ``fit`` maps any label values (numbers or strings)
to the output units through ``classes_``, and ``predict`` answers with those labels.  Inputs and settings
are checked before training (``ValueError: Input X contains NaN.``), and training that diverges stops
with ``TrainingDivergedError`` rather than leave a network of nans behind.

Aims and limits: this is the textbook algorithm (Nielsen's ``network.py``, vectorised over a batch), kept
readable: plain gradient descent with optional momentum and L2, dense layers only, one activation for all
hidden layers, 2-d arrays only.
"""

from tinynet.nn import activations as _activations
from tinynet.nn import losses as _losses
from tinynet.nn import modelfile as _modelfile
from tinynet.nn.inputs import (  # noqa: F401 - namespace is public here
    NAN_OUTPUTS,
    _all_finite,
    _backend_name,
    _check_sizes,
    _has_nan,
    _is_int,
    _is_number,
    _to_lists,
    check_input_shape,
    class_indices,
    namespace,
    not_finite,
)


# ---------------------------------------------------------------------------------------------------------
# the network


class Network:
    """A fully connected feed-forward network, a_l = f_l(a_{l-1} . W_l + b_l) for l = 1..L.

    sizes: units per layer, inputs first: [2, 8, 1] has 2 inputs, 8 hidden units and 1 output.
    hidden: activation of every hidden layer ('tanh', 'sigmoid', 'relu', 'identity' or 'softmax').
    output: activation of the output layer; 'sigmoid' for binary labels, 'softmax' for classes.
    loss: 'bce', 'cce' or 'mse'; None picks the one that fits output (see tinynet.losses).
    seed: seeds tinynet.random, which draws the initial weights and the mini-batch shuffle.
    backend: 'tinynet', 'numpy' or an array namespace module.
    classes: the class labels (numbers or strings) the output units stand for, sorted: two for one sigmoid
        unit, one per unit of a softmax.  None leaves them to the first fit (see fit); until then they
        are 0, 1, ...  The network's ``classes_`` holds them, as in scikit-learn.

    Weights start as N(0, 1) draws scaled by 1 / sqrt(n_in) (by sqrt(2 / n_in) for relu layers); biases
    start at zero.

    >>> net = Network([2, 3, 1], seed=0)
    >>> net
    Network([2, 3, 1], hidden='tanh', output='sigmoid', loss='bce', backend='tinynet')
    >>> [W.shape for W in net.weights], [b.shape for b in net.biases]
    ([(2, 3), (3, 1)], [(3,), (1,)])
    >>> net.classes_, Network([2, 3], output="softmax", classes=["b", "c", "a"]).classes_
    ([0, 1], ['a', 'b', 'c'])
    """

    def __init__(self, sizes, hidden="tanh", output="sigmoid", loss=None, seed=0, backend="tinynet", classes=None):
        self._configure(sizes, hidden, output, loss, seed, backend, classes)
        from tinynet.nn import training  # the first network made to train loads the trainer

        training.draw_weights(self, seed, hidden, output)

    def _configure(self, sizes, hidden, output, loss, seed, backend, classes):
        """Set everything but the weights: the namespace, the layer sizes, the functions and the classes."""
        self.xp = namespace(backend)
        self.backend = _backend_name(self.xp)
        self.sizes = _check_sizes(sizes)
        self.hidden = hidden
        self.output = output
        self.loss_name = _losses.default_loss(output) if loss is None else loss
        self.seed = seed
        self._hidden_functions = _activations.get(hidden)
        self._output_functions = _activations.get(output)
        self._loss_functions = _losses.get(self.loss_name, output)
        self._array_type = type(self.xp.zeros((1,), dtype=self.xp.float64))
        if classes is None:
            self.classes_ = _modelfile.default_classes(self.sizes[-1])
            self._classes_fixed = False
        else:
            from tinynet.nn import labels

            self.classes_ = labels._classes_of(_to_lists(classes), self.sizes[-1], "classes")
            self._classes_fixed = True

    def __repr__(self):
        return "Network(%r, hidden=%r, output=%r, loss=%r, backend=%r)" % (
            self.sizes, self.hidden, self.output, self.loss_name, self.backend)

    # -----------------------------------------------------------------------------------------------------
    # forward pass, and training (in nn/training.py and nn/labels.py, loaded on first use)

    def _forward(self, a):
        """Return (activations, zs): the activations a_0..a_L and weighted inputs z_1..z_L for input rows a."""
        xp = self.xp
        activations = [a]
        zs = []
        last = len(self.weights) - 1
        for l in range(len(self.weights)):
            f = self._output_functions[0] if l == last else self._hidden_functions[0]
            z = a @ self.weights[l] + self.biases[l]  # z_l = a_{l-1} . W_l + b_l
            a = f(xp, z)  # a_l = f_l(z_l)
            zs.append(z)
            activations.append(a)
        return activations, zs

    def backprop(self, X, y):
        """Return (nabla_w, nabla_b), the gradient of the mean loss on (X, y) (nn/training.py)."""
        from tinynet.nn import training

        return training.backprop(self, X, y)

    def fit(self, X, y, epochs=1000, lr=0.1, batch_size=None, momentum=0.0, l2=0.0, shuffle=True,
            callback=None):
        """Train by gradient descent and return the loss after each epoch (rules: nn/training.py, fit)."""
        from tinynet.nn import training

        return training.fit(self, X, y, epochs, lr, batch_size, momentum, l2, shuffle, callback)

    # -----------------------------------------------------------------------------------------------------
    # using a trained network

    def predict_proba(self, X):
        """Return the output layer's activations for the rows of X, one row per sample.

        Raises ValueError if an output is nan (inputs so large that the weighted sums overflow), rather
        than hand on numbers that mean nothing.

        >>> net = Network([2, 1], seed=0)
        >>> net.predict_proba([[0.0, 0.0]])
        array([[0.5]])
        """
        activations, _ = self._forward(self._inputs(X))
        outputs = activations[-1]
        if not _all_finite(self.xp, outputs) and _has_nan(_to_lists(outputs)):
            raise ValueError(NAN_OUTPUTS)
        return outputs

    def predict(self, X):
        """Return the class of each row of X: for one output unit classes_[1] where the output is >= 0.5,
        else classes_[0]; for more units the class of the largest output.

        Classes that are ints come back as an int64 array, other numbers as a float64 array, strings as
        a list.

        >>> net = Network([2, 1], seed=0)
        >>> net.predict([[0.0, 0.0], [-1.0, -1.0]])
        array([1, 0])
        """
        return self._label_array([self.classes_[k] for k in class_indices(self.predict_proba(X))])

    def _label_array(self, labels):
        """Return labels as the backend's int64 array (int classes), float64 array (numbers) or a list."""
        xp = self.xp
        if all([_is_int(c) and -2 ** 63 <= c < 2 ** 63 for c in self.classes_]):
            return xp.asarray(labels, dtype=xp.int64)
        if all([_is_number(c) for c in self.classes_]):
            return xp.asarray([float(label) for label in labels], dtype=xp.float64)
        return labels

    def score(self, X, y):
        """Return the accuracy of predict(X) against the labels y, a float (nn/labels.py, score)."""
        from tinynet.nn import labels

        return labels.score(self, X, y)

    def loss(self, X, y):
        """Return the mean loss of the network on (X, y), a float (nn/training.py)."""
        from tinynet.nn import training

        return training.loss(self, X, y)

    # -----------------------------------------------------------------------------------------------------
    # checking and converting inputs

    def _float_array(self, data):
        """Return data (nested lists or an array of any backend) as a float64 array of this backend."""
        xp = self.xp
        if isinstance(data, self._array_type):
            return data if data.dtype == xp.float64 else xp.asarray(data, dtype=xp.float64)
        return xp.asarray(_to_lists(data), dtype=xp.float64)

    def _checked_float_array(self, data, name):
        """Return data as a float64 array of this backend, or raise ValueError if it is not all finite.

        The messages are scikit-learn's: "Input X contains NaN.", "Input y contains infinity or a value
        too large for dtype('float64')."
        """
        try:
            array = self._float_array(data)
        except OverflowError:  # an int too large for a float
            raise not_finite(name)
        if not _all_finite(self.xp, array):
            raise not_finite(name, _to_lists(array))
        return array

    def _inputs(self, X):
        """Return X as a finite float64 array of shape (m, n_0), or raise ValueError."""
        a = self._checked_float_array(X, "X")
        check_input_shape(tuple(a.shape), self.sizes[0])
        return a

    # -----------------------------------------------------------------------------------------------------
    # model files

    def to_dict(self):
        """Return the whole model as plain lists, numbers and strings, ready for JSON.

        >>> d = Network([2, 1], seed=0).to_dict()
        >>> sorted(d)
        ['biases', 'classes', 'format', 'hidden', 'loss', 'output', 'sizes', 'version', 'weights']
        >>> d["biases"], d["classes"]
        ([[0.0]], [0, 1])
        """
        return {
            "format": _modelfile.FORMAT,
            "version": _modelfile.VERSION,
            "sizes": list(self.sizes),
            "hidden": self.hidden,
            "output": self.output,
            "loss": self.loss_name,
            "classes": list(self.classes_),
            "weights": [_to_lists(W) for W in self.weights],
            "biases": [_to_lists(b) for b in self.biases],
        }

    @classmethod
    def from_dict(cls, model, backend="tinynet"):
        """Return the network described by model (as made by to_dict, or read from a file of any version),
        after checking it.

        >>> net = Network([2, 1], seed=0)
        >>> Network.from_dict(net.to_dict(), backend="numpy").to_dict() == net.to_dict()
        True
        """
        return _network_of(_modelfile.check(model), backend)

    def _generator(self):
        """Return the network's random generator, seeding it (with 0, for a loaded network) on first use."""
        if self._rng is None:
            from tinynet.random.legacy import RandomState

            self._rng = RandomState(0)
        return self._rng

    @classmethod
    def _from_checked(cls, model, backend):
        """Return the network of a model that modelfile.check has passed (no weights are drawn, no copies)."""
        net = object.__new__(cls)  # no __init__: it would draw weights only to replace them (MicroPython
        # has no cls.__new__, but has object.__new__)
        net._configure(model["sizes"], model["hidden"], model["output"], model["loss"], 0, backend, None)
        net.classes_ = list(model["classes"])  # in the file's order, which names the units
        net._classes_fixed = True
        net._rng = None  # made on first use: a loaded network that only predicts loads no tinynet.random
        xp = net.xp
        # the checked rows are lists of finite floats: hand them to the namespace as they are
        try:
            net.weights = [xp.asarray(W, dtype=xp.float64) for W in model["weights"]]
            net.biases = [xp.asarray(b, dtype=xp.float64) for b in model["biases"]]
        except MemoryError:  # the half-built network is dropped here: nothing partial is returned
            sizes = model["sizes"]
            raise MemoryError(_modelfile.heap_message(sizes, _modelfile._heap_need(sizes, 0), _modelfile._free_heap()))
        return net

    def save(self, path):
        """Write the model to path as JSON, atomically (a temporary file, then a rename)."""
        _modelfile.save(self.to_dict(), path)


def load(path, backend="tinynet"):
    """Return the network saved in the JSON file at path, on the given backend.

    backend="lists" gives a network that predicts on nested lists without loading the array core
    (nn/lists.py): the way to predict on a board with a small heap.

    Raises ValueError, naming the problem, if the file is not a valid model file (of any version this
    tinynet reads), and OSError if it cannot be read.
    """
    return _network_of(_modelfile.load(path), backend)


def _network_of(model, backend):
    """Return the network of a checked model: a ListNetwork for backend "lists", else a Network."""
    if backend == "lists":
        from tinynet.nn.lists import ListNetwork

        return ListNetwork(model)
    return Network._from_checked(model, backend)


# ---------------------------------------------------------------------------------------------------------
# checks and helpers of the network


class TrainingDivergedError(ValueError):
    """Training stopped because the loss or a weight became nan or infinite.

    epoch is the epoch (counted from 1) that diverged and history the losses of the epochs before it;
    the network holds the weights it had before that epoch.
    """

    def __init__(self, message, epoch=None, history=None):
        ValueError.__init__(self, message)
        self.epoch = epoch
        self.history = history if history is not None else []


# Perceptron (nn/perceptron.py) and gradcheck (nn/gradients.py) load on first use.
_COLD = {"Perceptron": "perceptron", "gradcheck": "gradients"}


def __getattr__(name):
    if name not in _COLD:
        raise AttributeError("module 'tinynet.nn.network' has no attribute %r" % name)
    module = __import__("tinynet.nn." + _COLD[name], None, None, [name])
    return getattr(module, name)
