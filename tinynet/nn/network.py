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

import math

from tinynet.nn import activations as _activations
from tinynet.nn import losses as _losses
from tinynet.nn import modelfile as _modelfile


# ---------------------------------------------------------------------------------------------------------
# backends


def namespace(backend):
    """Return the array namespace for backend: 'tinynet', 'numpy', or an array namespace module itself.

    >>> namespace("tinynet").__name__
    'tinynet'
    >>> namespace("torch")
    Traceback (most recent call last):
        ...
    ValueError: unknown backend 'torch'; expected 'tinynet', 'numpy' or an array namespace module
    """
    if isinstance(backend, str):
        if backend == "tinynet":
            import tinynet

            return tinynet
        if backend == "numpy":
            # Only on the user's request: tinynet itself never needs NumPy.
            try:
                import numpy
            except ImportError:
                raise ImportError("backend='numpy' needs NumPy installed (pip install numpy); "
                                  "backend='tinynet' needs nothing")
            return numpy
        raise ValueError("unknown backend %r; expected 'tinynet', 'numpy' or an array namespace module" % backend)
    missing = [name for name in _NAMESPACE_NEEDS if not hasattr(backend, name)]
    if missing:
        raise TypeError("backend %r is not an array namespace: it has no %s" % (backend, ", ".join(missing)))
    return backend


_NAMESPACE_NEEDS = ("asarray", "zeros", "exp", "tanh", "log", "maximum", "where", "sum", "max", "float64", "int64")


def _backend_name(xp):
    """Return the name under which a network records its namespace: 'tinynet', 'numpy', or the module's."""
    return getattr(xp, "__name__", repr(xp))


def _random_state(seed):
    """Return tinynet's NumPy-compatible generator seeded with seed."""
    from tinynet.random.legacy import RandomState

    return RandomState(seed)


# ---------------------------------------------------------------------------------------------------------
# turning user data into plain lists and arrays


def _to_lists(data):
    """Return data (nested lists, or an array of any backend) as nested Python lists of numbers."""
    if isinstance(data, (list, tuple)):
        return [_to_lists(item) for item in data]
    tolist = getattr(data, "tolist", None)
    if tolist is not None:
        return tolist()
    shape = getattr(data, "shape", None)
    if shape is None:
        return data  # a plain number
    # a namespace without tolist: element by element, with one index per axis
    if len(shape) == 0:
        return float(data)
    if len(shape) == 1:
        return [float(data[i]) for i in range(shape[0])]
    return [[float(data[i, j]) for j in range(shape[1])] for i in range(shape[0])]


def _argmax(row):
    """Return the index of the first largest value in row, as NumPy's argmax does."""
    best = 0
    for j in range(1, len(row)):
        if row[j] > row[best]:
            best = j
    return best


def _format_shape(shape):
    """Return shape written as NumPy writes it: (4,) or (4, 2)."""
    return "(%s)" % ", ".join(str(n) for n in shape) if len(shape) != 1 else "(%d,)" % shape[0]


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
        self._rng = _random_state(seed)
        self.weights = []
        self.biases = []
        for l in range(1, len(self.sizes)):
            n_in, n_out = self.sizes[l - 1], self.sizes[l]
            name = output if l == len(self.sizes) - 1 else hidden
            scale = math.sqrt((2.0 if name == "relu" else 1.0) / n_in)
            draws = self._generator().standard_normal((n_in, n_out)).tolist()
            self.weights.append(self._float_array([[w * scale for w in row] for row in draws]))
            self.biases.append(self.xp.zeros((n_out,), dtype=self.xp.float64))

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
            self.classes_ = _classes_of(_to_lists(classes), self.sizes[-1], "classes")
            self._classes_fixed = True

    def __repr__(self):
        return "Network(%r, hidden=%r, output=%r, loss=%r, backend=%r)" % (
            self.sizes, self.hidden, self.output, self.loss_name, self.backend)

    # -----------------------------------------------------------------------------------------------------
    # forward and backward passes

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

    def _backprop(self, a, targets):
        """Return (nabla_w, nabla_b, activations, zs): the gradient of the mean loss over the rows of a."""
        xp = self.xp
        m = float(a.shape[0])
        n_layers = len(self.weights)
        nabla_w = [None] * n_layers
        nabla_b = [None] * n_layers
        # forward pass
        activations, zs = self._forward(a)
        # backward pass: the output layer's error comes from the loss ...
        loss_delta = self._loss_functions[1]
        delta = loss_delta(xp, zs[-1], activations[-1], targets, self._output_functions[1])  # delta_L = dl/dz_L
        nabla_w[-1] = activations[-2].T @ delta / m  # dW_L = a_{L-1}^T . delta_L / m
        nabla_b[-1] = xp.sum(delta, axis=0) / m  # db_L = sum(delta_L, axis=0) / m
        # ... and flows back through each hidden layer, from the last to the first.  As in Nielsen's
        # network.py, index -l counts layers from the output: zs[-1] is the output layer's, zs[-2] the
        # last hidden layer's, and weights[-l + 1] is the matrix just above layer -l.
        hidden_backward = self._hidden_functions[1]
        for l in range(2, n_layers + 1):
            grad_a = delta @ self.weights[-l + 1].T  # dl/da_l = delta_{l+1} . W_{l+1}^T
            delta = hidden_backward(xp, zs[-l], activations[-l], grad_a)  # delta_l = dl/da_l * f'(z_l)
            nabla_w[-l] = activations[-l - 1].T @ delta / m  # dW_l = a_{l-1}^T . delta_l / m
            nabla_b[-l] = xp.sum(delta, axis=0) / m  # db_l = sum(delta_l, axis=0) / m
        return nabla_w, nabla_b, activations, zs

    def _loss_of(self, activations, zs, targets):
        """Return the loss of a forward pass's output against targets, as a float."""
        return self._loss_functions[0](self.xp, zs[-1], activations[-1], targets)

    def backprop(self, X, y):
        """Return (nabla_w, nabla_b), the gradient of the mean loss on (X, y) for every weight and bias.

        >>> net = Network([2, 1], output="identity", seed=0)
        >>> nabla_w, nabla_b = net.backprop([[1.0, 2.0]], [0.0])
        >>> [g.shape for g in nabla_w], [g.shape for g in nabla_b]
        ([(2, 1)], [(1,)])
        """
        a = self._inputs(X)
        nabla_w, nabla_b, _, _ = self._backprop(a, self._targets(y, a.shape[0]))
        return nabla_w, nabla_b

    # -----------------------------------------------------------------------------------------------------
    # training

    def fit(self, X, y, epochs=1000, lr=0.1, batch_size=None, momentum=0.0, l2=0.0, shuffle=True,
            callback=None):
        """Train by gradient descent and return the loss on (X, y) after each epoch, as a list of floats.

        Each step moves every parameter against the gradient of the mean loss over a batch:
        W <- W - lr * (dW + l2 * W) and b <- b - lr * db, where l2 * W is the gradient of the penalty
        (l2 / 2) ||W||^2 (biases are not penalised).  With momentum mu, v <- mu * v - lr * gradient and
        W <- W + v instead (velocities start at zero on every call).  batch_size=None takes one step per
        epoch on all samples; otherwise each epoch takes one step per batch of batch_size rows, in an
        order shuffled by the network's seeded generator (or in the given order if shuffle is False).
        The reported loss does not include the L2 penalty.  If callback is given, callback(epoch, loss) is
        called after each epoch, with the epoch's number counted from 1 and its entry of the history, while
        the network holds that epoch's weights (a progress bar can call score there); it changes nothing
        about the training.

        y holds one class label per row (numbers or strings), as for scikit-learn's classifiers, or a 2-d
        array of targets, one column per output unit.  The first fit of a network made without classes
        sets ``classes_``: the unit numbers 0, 1, ... when every label is one of them (0 and 1 for one
        output unit), else the sorted distinct labels, which must be as many as the classes the output
        separates (two for one sigmoid unit, one per unit of a softmax).  Later fits, and networks made
        or loaded with classes, take labels from ``classes_`` only.

        Non-finite numbers in X or y, and settings out of range, raise ValueError naming them, before any
        step.  If the loss or a weight becomes nan or infinite, training stops: the network goes back to
        the weights it had before the epoch that diverged, and TrainingDivergedError (a ValueError) says
        at which epoch; its ``history`` holds the losses of the epochs before.

        >>> net = Network([2, 2, 1], seed=1)
        >>> history = net.fit([[0, 0], [1, 1]], [0, 1], epochs=3, lr=0.5, batch_size=1)
        >>> len(history), history[2] < history[0]
        (3, True)
        >>> net = Network([1, 1], seed=0)
        >>> _ = net.fit([[-1.0], [1.0]], ["off", "on"], epochs=50, lr=1.0)
        >>> net.classes_, net.predict([[-2.0], [3.0]])
        (['off', 'on'], ['off', 'on'])
        """
        lr, momentum, l2 = _check_training(epochs, lr, batch_size, momentum, l2)
        xp = self.xp
        a = self._inputs(X)
        targets = self._targets(y, a.shape[0], fitting=True)
        m = a.shape[0]
        velocities = None
        if momentum:
            velocities = ([xp.zeros(W.shape, dtype=xp.float64) for W in self.weights],
                          [xp.zeros(b.shape, dtype=xp.float64) for b in self.biases])
        history = []
        if batch_size is None or batch_size >= m:
            # full batch: the forward pass of each step also gives the loss after the step before it
            before = None
            for epoch in range(epochs):
                nabla_w, nabla_b, activations, zs = self._backprop(a, targets)
                if epoch > 0:
                    self._check_progress(epoch, self._loss_of(activations, zs, targets), history, before)
                    if callback is not None:
                        callback(epoch, history[-1])
                before = (list(self.weights), list(self.biases))  # the step makes new arrays
                self._step(nabla_w, nabla_b, lr, momentum, l2, velocities)
            if epochs > 0:
                self._check_progress(epochs, self.loss(a, targets), history, before)
                if callback is not None:
                    callback(epochs, history[-1])
            return history
        take_rows = _row_taker(xp, a, targets)
        for epoch in range(epochs):
            before = (list(self.weights), list(self.biases))
            order = self._generator().permutation(m).tolist() if shuffle else list(range(m))
            for start in range(0, m, batch_size):
                batch_a, batch_targets = take_rows(order[start:start + batch_size])
                nabla_w, nabla_b, _, _ = self._backprop(batch_a, batch_targets)
                self._step(nabla_w, nabla_b, lr, momentum, l2, velocities)
            self._check_progress(epoch + 1, self.loss(a, targets), history, before)
            if callback is not None:
                callback(epoch + 1, history[-1])
        return history

    def _check_progress(self, epoch, loss, history, before):
        """Append an epoch's loss to history, or, if it or a parameter is not finite, undo the epoch and raise.

        before holds the weights and biases from before the epoch.  A finite sum of a parameter array
        shows every entry is finite; only a sum that is not (an entry is nan or infinite, or the sum of
        huge finite entries overflows) costs a closer look.
        """
        problem = None
        if not _is_finite(loss):
            problem = "the loss became %s" % (loss,)
        else:
            for l in range(len(self.weights)):
                if not (_all_finite(self.xp, self.weights[l]) and _all_finite(self.xp, self.biases[l])):
                    problem = "layer %d's weights became nan or infinite" % (l + 1)
                    break
        if problem is None:
            history.append(loss)
            return
        if before is not None:
            self.weights, self.biases = before
        raise TrainingDivergedError(
            "training diverged at epoch %d: %s; the network keeps its weights from before that epoch "
            "(a smaller lr, or inputs on a smaller scale, may help)" % (epoch, problem), epoch, list(history))

    def _step(self, nabla_w, nabla_b, lr, momentum, l2, velocities):
        """Move every weight and bias one step against its gradient (with momentum and L2 if asked)."""
        for l in range(len(self.weights)):
            grad_w = nabla_w[l] + l2 * self.weights[l] if l2 else nabla_w[l]  # d/dW [L + l2/2 ||W||^2]
            if velocities is None:
                self.weights[l] = self.weights[l] - lr * grad_w  # W <- W - lr * dW
                self.biases[l] = self.biases[l] - lr * nabla_b[l]  # b <- b - lr * db
            else:
                velocity_w, velocity_b = velocities
                velocity_w[l] = momentum * velocity_w[l] - lr * grad_w  # v <- mu v - lr dW
                velocity_b[l] = momentum * velocity_b[l] - lr * nabla_b[l]
                self.weights[l] = self.weights[l] + velocity_w[l]  # W <- W + v
                self.biases[l] = self.biases[l] + velocity_b[l]

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
            raise ValueError("the network's outputs are nan for some rows of X: their weighted sums overflow "
                             "(are the inputs on the scale the network was trained on?)")
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
        return self._label_array([self.classes_[k] for k in self._class_indices(self.predict_proba(X))])

    def _class_indices(self, outputs):
        """Return the index into classes_ of each row of a 2-d array of outputs (or targets), as ints."""
        rows = _to_lists(outputs)
        if len(rows) and len(rows[0]) == 1:
            return [1 if row[0] >= 0.5 else 0 for row in rows]
        return [_argmax(row) for row in rows]

    def _label_array(self, labels):
        """Return labels as the backend's int64 array (int classes), float64 array (numbers) or a list."""
        xp = self.xp
        if all([_is_int(c) and -2 ** 63 <= c < 2 ** 63 for c in self.classes_]):
            return xp.asarray(labels, dtype=xp.int64)
        if all([_is_number(c) for c in self.classes_]):
            return xp.asarray([float(label) for label in labels], dtype=xp.float64)
        return labels

    def score(self, X, y):
        """Return the accuracy of predict(X) against the labels y (or the classes of 2-d targets y), a float.

        A label that is not one of classes_ counts as a wrong prediction.

        >>> net = Network([2, 1], seed=0)
        >>> net.score([[0.0, 0.0], [-1.0, -1.0]], [1, 1])
        0.5
        """
        predicted = [self.classes_[k] for k in self._class_indices(self.predict_proba(X))]
        expected = _to_lists(y)
        if not isinstance(expected, list) or len(expected) != len(predicted):
            raise ValueError("X has %d samples but y has %s" % (
                len(predicted), len(expected) if isinstance(expected, list) else "none"))
        if expected and isinstance(expected[0], list):
            expected = [self.classes_[k] for k in self._class_indices(expected)]
        correct = 0
        for p, e in zip(predicted, expected):
            if p == e:
                correct += 1
        return correct / len(predicted) if predicted else 0.0

    def loss(self, X, y):
        """Return the mean loss of the network on (X, y), a float.

        >>> net = Network([2, 1], seed=0)
        >>> round(net.loss([[0.0, 0.0]], [1]), 12)   # -log(0.5)
        0.69314718056
        """
        a = self._inputs(X)
        targets = self._targets(y, a.shape[0])
        activations, zs = self._forward(a)
        return self._loss_of(activations, zs, targets)

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
            raise ValueError("Input %s contains infinity or a value too large for dtype('float64')." % name)
        if not _all_finite(self.xp, array):
            if _has_nan(_to_lists(array)):
                raise ValueError("Input %s contains NaN." % name)
            raise ValueError("Input %s contains infinity or a value too large for dtype('float64')." % name)
        return array

    def _inputs(self, X):
        """Return X as a finite float64 array of shape (m, n_0), or raise ValueError."""
        a = self._checked_float_array(X, "X")
        shape = tuple(a.shape)
        if len(shape) != 2:
            raise ValueError("X must be 2-d with one row per sample, got shape %s" % _format_shape(shape))
        if shape[1] != self.sizes[0]:
            raise ValueError("X has %d features per sample, but the network has %d inputs"
                             % (shape[1], self.sizes[0]))
        return a

    def _targets(self, y, m, fitting=False):
        """Return y as float64 targets of shape (m, n_L): labels become a column (one output) or one-hot rows.

        Labels are looked up in classes_; when fitting a network whose classes are not fixed yet, the
        labels set classes_ first (see fit).
        """
        n_out = self.sizes[-1]
        classes = self.classes_
        if isinstance(y, self._array_type) and len(y.shape) == 2:
            targets = self._checked_float_array(y, "y")
        else:
            values = _to_lists(y)
            if not isinstance(values, list):
                raise ValueError("y must be a 1-d array of labels or a 2-d array of targets, got %s" % _short(y))
            if values and isinstance(values[0], list):
                targets = self._checked_float_array(values, "y")
            else:
                _check_labels(values)
                if fitting and not self._classes_fixed:
                    classes = _classes_for_labels(values, n_out)
                indices = _class_indices_of(values, classes)
                if n_out == 1:
                    targets = self._float_array([[float(k)] for k in indices])
                else:
                    targets = self._float_array(_one_hot(indices, n_out))
        shape = tuple(targets.shape)
        if len(shape) == 0 or shape[0] != m:
            raise ValueError("X has %d samples but y has %s" % (m, shape[0] if len(shape) else "none"))
        if len(shape) != 2 or shape[1] != n_out:
            raise ValueError("y has shape %s, but the network has %d outputs: expected (%d,) labels or (%d, %d)"
                             " targets" % (_format_shape(shape), n_out, m, m, n_out))
        if fitting:  # the classes are the network's from now on
            self.classes_ = classes
            self._classes_fixed = True
        return targets

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
        return cls._from_checked(_modelfile.check(model), backend)

    def _generator(self):
        """Return the network's random generator, seeding it (with 0, for a loaded network) on first use."""
        if self._rng is None:
            self._rng = _random_state(0)
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

    Raises ValueError, naming the problem, if the file is not a valid model file (of any version this
    tinynet reads), and OSError if it cannot be read.
    """
    return Network._from_checked(_modelfile.load(path), backend)


# ---------------------------------------------------------------------------------------------------------
# checks and helpers of the network


def _check_sizes(sizes):
    """Return sizes as a list of positive ints, or raise ValueError (MemoryError past the memory budget)."""
    try:
        sizes = list(sizes)
    except TypeError:
        raise ValueError("sizes must be a list of layer sizes such as [2, 8, 1], got %r" % (sizes,))
    if len(sizes) < 2:
        raise ValueError("sizes must list at least an input and an output layer, got %r" % (sizes,))
    for n in sizes:
        if isinstance(n, bool) or not isinstance(n, int) or n < 1:
            raise ValueError("layer sizes must be positive ints, got %r" % (sizes,))
    _modelfile.check_memory(sizes)
    return sizes


def _check_training(epochs, lr, batch_size, momentum, l2):
    """Return (lr, momentum, l2) as floats, or raise ValueError naming the first setting out of range."""
    if isinstance(epochs, bool) or not isinstance(epochs, int) or epochs < 0:
        raise ValueError("epochs must be a non-negative int, got %s" % _short(epochs))
    lr = _real_setting("lr", lr)
    if not lr > 0.0:
        raise ValueError("lr must be a positive finite number, got %r" % lr)
    if batch_size is not None and (isinstance(batch_size, bool) or not isinstance(batch_size, int)
                                   or batch_size < 1):
        raise ValueError("batch_size must be a positive int or None, got %s" % _short(batch_size))
    momentum = _real_setting("momentum", momentum)
    if not 0.0 <= momentum < 1.0:
        raise ValueError("momentum must be in [0, 1), got %r" % momentum)
    l2 = _real_setting("l2", l2)
    if not l2 >= 0.0:
        raise ValueError("l2 must be a non-negative finite number, got %r" % l2)
    return lr, momentum, l2


def _real_setting(name, value):
    """Return a training setting as a finite float, or raise ValueError naming it."""
    if isinstance(value, (str, bytes, bool)):
        raise ValueError("%s must be a finite number, got %s" % (name, _short(value)))
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        raise ValueError("%s must be a finite number, got %s" % (name, _short(value)))
    if not _is_finite(number):
        raise ValueError("%s must be a finite number, got %r" % (name, number))
    return number


class TrainingDivergedError(ValueError):
    """Training stopped because the loss or a weight became nan or infinite.

    epoch is the epoch (counted from 1) that diverged and history the losses of the epochs before it;
    the network holds the weights it had before that epoch.
    """

    def __init__(self, message, epoch=None, history=None):
        ValueError.__init__(self, message)
        self.epoch = epoch
        self.history = history if history is not None else []


# ---------------------------------------------------------------------------------------------------------
# labels and classes


def _check_labels(labels):
    """Raise ValueError unless every label is a finite number or a string (scikit-learn's wording for nan)."""
    for label in labels:
        if isinstance(label, str) or _is_int(label) or isinstance(label, bool):
            continue
        if not isinstance(label, float):
            raise ValueError("y holds a label of type %s; labels must be numbers or strings (or pass 2-d "
                             "targets)" % type(label).__name__)
        if label != label:
            raise ValueError("Input y contains NaN.")
        if not _is_finite(label):
            raise ValueError("Input y contains infinity or a value too large for dtype('float64').")


def _classes_for_labels(labels, n_outputs):
    """Return the classes a first fit on labels gives a network with n_outputs output units.

    The unit numbers 0..k-1 (k = 2 for one unit) when every label is one of them, else the sorted
    distinct labels, which must number k.

    >>> _classes_for_labels([1, 0, 1], 1), _classes_for_labels([2, 0], 3)
    ([0, 1], [0, 1, 2])
    >>> _classes_for_labels(["b", "a", "b"], 1)
    ['a', 'b']
    >>> _classes_for_labels([0, 1, 100000], 1)
    Traceback (most recent call last):
        ...
    ValueError: y has 3 classes [0, 1, 100000], but a network with 1 output unit separates 2 classes
    """
    n_classes = max(n_outputs, 2)
    if all([not isinstance(label, str) and label == int(label) and 0 <= label < n_classes for label in labels]):
        return list(range(n_classes))
    return _classes_of(labels, n_outputs, "y")


def _classes_of(labels, n_outputs, name):
    """Return the sorted distinct labels, which must be n_outputs (or 2 for one unit), or raise ValueError.

    Float labels with a fraction are refused as scikit-learn refuses them: a classifier takes classes.
    """
    if not isinstance(labels, list):
        raise ValueError("%s must be a list of class labels, got %s" % (name, _short(labels)))
    _check_labels(labels)
    strings = [label for label in labels if isinstance(label, str)]
    if strings and len(strings) != len(labels):
        raise ValueError("Mix of label input types (string and number)")
    if not strings:
        for label in labels:
            if label != int(label):
                raise ValueError("Unknown label type: continuous. Maybe you are trying to fit a classifier, which "
                                 "expects discrete classes on a regression target with continuous values. "
                                 "(For real-valued targets, pass y as a 2-d array of shape (m, outputs).)")
        labels = [int(label) if isinstance(label, bool) else label for label in labels]
    distinct = []
    seen = set()
    for label in labels:
        if label not in seen:
            seen.add(label)
            distinct.append(label)
    classes = _sorted(distinct)
    n_classes = max(n_outputs, 2)
    if len(classes) != n_classes:
        raise ValueError("%s has %d class%s %s, but a network with %d output unit%s separates %d classes"
                         % (name, len(classes), "" if len(classes) == 1 else "es", _short(classes, 80),
                            n_outputs, "" if n_outputs == 1 else "s", n_classes))
    return classes


def _sorted(values):
    """Return values sorted ascending (distinct values, so the sort's stability does not matter)."""
    return sorted(values)


def _class_indices_of(labels, classes):
    """Return the index in classes of each label, or raise ValueError naming the labels not in classes."""
    position = {}
    for k in range(len(classes)):
        position[classes[k]] = k
    indices = []
    unseen = []
    for label in labels:
        k = position.get(label)
        if k is None or isinstance(label, str) != isinstance(classes[k], str):
            unseen.append(label)
        else:
            indices.append(k)
    if unseen:
        shown = []
        for label in unseen:
            if label not in shown:
                shown.append(label)
        raise ValueError("y contains previously unseen labels: %s (the network's classes are %s)"
                         % (_short(shown, 80), _short(classes, 80)))
    return indices


def _one_hot(indices, n_classes):
    """Return one-hot rows for class indices in 0..n_classes-1: 2 of 3 becomes [0.0, 0.0, 1.0]."""
    rows = []
    for k in indices:
        row = [0.0] * n_classes
        row[k] = 1.0
        rows.append(row)
    return rows


# ---------------------------------------------------------------------------------------------------------
# finite numbers


def _is_int(value):
    """Return True for an int that is not a bool."""
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value):
    """Return True for an int or a float that is not a bool."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _is_finite(x):
    """Return True if the float x is neither nan nor infinite (x - x is 0 exactly then)."""
    return x - x == 0.0


def _all_finite(xp, array):
    """Return True if every entry of the array is finite.

    One sum decides the usual case: a finite sum means finite entries.  A sum that is not finite (a nan,
    an infinity, or huge entries whose sum overflows) is settled entry by entry.
    """
    with _Quiet(xp):
        total = float(xp.sum(array))
    if _is_finite(total):
        return True
    return _all_finite_lists(_to_lists(array))


def _all_finite_lists(nested):
    """Return True if every number in a nested list is finite."""
    if isinstance(nested, list):
        for item in nested:
            if not _all_finite_lists(item):
                return False
        return True
    return _is_finite(nested)


class _Quiet:
    """A context in which NumPy (or any namespace with errstate) keeps quiet about overflow and nan."""

    def __init__(self, xp):
        errstate = getattr(xp, "errstate", None)
        self.state = errstate(all="ignore") if errstate is not None else None

    def __enter__(self):
        if self.state is not None:
            self.state.__enter__()
        return self

    def __exit__(self, kind, value, traceback):
        if self.state is not None:
            return self.state.__exit__(kind, value, traceback)
        return False


def _has_nan(nested):
    """Return True if a nested list of floats holds a nan."""
    if isinstance(nested, list):
        for item in nested:
            if _has_nan(item):
                return True
        return False
    return nested != nested


def _short(value, limit=60):
    """Return repr(value), cut to about limit characters."""
    try:
        text = repr(value)
    except (RuntimeError, ValueError):
        text = "<%s>" % type(value).__name__
    return text if len(text) <= limit else text[:limit - 3] + "..."


def _row_taker(xp, a, targets):
    """Return a function that takes the rows at given indices from a and targets, on any namespace."""
    take = getattr(xp, "take", None)
    if take is not None:

        def take_rows(indices):
            index = xp.asarray(indices, dtype=xp.int64)
            return take(a, index, axis=0), take(targets, index, axis=0)

        return take_rows
    a_rows, target_rows = _to_lists(a), _to_lists(targets)

    def take_rows_from_lists(indices):
        return (xp.asarray([a_rows[i] for i in indices], dtype=xp.float64),
                xp.asarray([target_rows[i] for i in indices], dtype=xp.float64))

    return take_rows_from_lists


# ---------------------------------------------------------------------------------------------------------
# gradient check


def gradcheck(net, X, y, eps=1e-3):
    """Return the largest relative error between backprop's gradient and finite differences of the loss.

    For every weight and bias w, the numerical derivative is the sixth-order central difference
    n = [45 (L(w+h) - L(w-h)) - 9 (L(w+2h) - L(w-2h)) + (L(w+3h) - L(w-3h))] / (60 h), h = eps, whose
    error is O(h^6) plus rounding of order 1e-16 L / h, about 1e-13 here.  The relative error of backprop's
    g is |g - n| / max(|g|, |n|, 1e-6): below 1e-6 the floor compares in absolute terms, so rounding noise
    in a zero gradient is not divided by zero.  A correct backprop gives errors near 1e-8; a wrong one,
    errors near 1.  Like any finite difference it needs a loss of moderate size (a diverged network with a
    loss of 1e19 has rounding noise of 1e19 * 1e-16 / h in every difference).  The network is left unchanged.

    >>> net = Network([2, 3, 1], seed=0)
    >>> gradcheck(net, [[0.5, -1.0], [1.5, 2.0]], [0, 1]) < 1e-6
    True
    """
    xp = net.xp
    a = net._inputs(X)
    targets = net._targets(y, a.shape[0])
    nabla_w, nabla_b, _, _ = net._backprop(a, targets)
    worst = 0.0
    for params, grads in ((net.weights, nabla_w), (net.biases, nabla_b)):
        for l in range(len(params)):
            original = params[l]
            values = _to_lists(original)
            gradient = _to_lists(grads[l])

            def loss_at(index, w):
                """Return the loss with parameter params[l][index] set to w."""
                _put(values, index, w)
                params[l] = xp.asarray(values, dtype=xp.float64)
                return net.loss(a, targets)

            for index, analytic in _entries(gradient):
                w = _get(values, index)
                differences = [loss_at(index, w + k * eps) - loss_at(index, w - k * eps) for k in (1, 2, 3)]
                _put(values, index, w)
                numeric = (45.0 * differences[0] - 9.0 * differences[1] + differences[2]) / (60.0 * eps)
                error = abs(analytic - numeric) / max(abs(analytic), abs(numeric), 1e-6)
                if error > worst or error != error:
                    worst = error
            params[l] = original
    return worst


def _entries(nested):
    """Yield (index, value) for every number in a 1-d or 2-d nested list, index an int or an (i, j) pair."""
    for i, item in enumerate(nested):
        if isinstance(item, list):
            for j, value in enumerate(item):
                yield (i, j), value
        else:
            yield i, item


def _get(nested, index):
    """Return nested[i] or nested[i][j] for index i or (i, j)."""
    if isinstance(index, tuple):
        return nested[index[0]][index[1]]
    return nested[index]


def _put(nested, index, value):
    """Set nested[i] or nested[i][j] to value for index i or (i, j)."""
    if isinstance(index, tuple):
        nested[index[0]][index[1]] = value
    else:
        nested[index] = value


# ---------------------------------------------------------------------------------------------------------
# the tutorial's perceptron


class Perceptron:
    """The seed tutorial's single sigmoid unit, trained on the error of its thresholded prediction.

    Each iteration computes z = X . W + b, s = 1 / (1 + exp(-z)) and y_pred = [s >= 0.5], then steps
    W <- W - lr * X^T (y_pred - y) / m and b <- b - lr * sum(y_pred - y) / m, exactly as the tutorial
    does (the tutorial keeps samples in columns; here they are rows, as everywhere in tinynet).

    >>> X = [[0, 0], [1, 0], [0, 1], [1, 1]]
    >>> p = Perceptron(weights=[0.4, 0.2], bias=1.0, lr=0.1).fit(X, [0, 0, 0, 1], iterations=1000)
    >>> p.predict(X)
    array([0, 0, 0, 1])
    """

    def __init__(self, weights=(0.0, 0.0), bias=0.0, lr=0.1, backend="tinynet"):
        self.xp = namespace(backend)
        self.backend = _backend_name(self.xp)
        self.W = self.xp.asarray([[float(w)] for w in _to_lists(weights)], dtype=self.xp.float64)
        self.b = float(bias)
        self.lr = lr

    def __repr__(self):
        return "Perceptron(weights=%r, bias=%r, lr=%r, backend=%r)" % (
            self.weights, self.b, self.lr, self.backend)

    @property
    def weights(self):
        """The weights as a flat list of floats."""
        return [row[0] for row in _to_lists(self.W)]

    @property
    def bias(self):
        """The bias, a float."""
        return self.b

    def _inputs(self, X):
        """Return X as a float64 array of shape (m, n), n the number of weights."""
        rows = _to_lists(X)
        a = self.xp.asarray(rows, dtype=self.xp.float64)
        if len(a.shape) != 2 or a.shape[1] != self.W.shape[0]:
            raise ValueError("X must have shape (m, %d) for %d weights, got %s"
                             % (self.W.shape[0], self.W.shape[0], _format_shape(tuple(a.shape))))
        return a

    def _sigmoid(self, a):
        """Return s = 1 / (1 + exp(-z)) with z = a . W + b, the tutorial's formula, as a column.

        exp's argument is capped at 700, which changes nothing a threshold at 0.5 can see and keeps exp
        from overflowing for any z.
        """
        xp = self.xp
        z = a @ self.W + self.b  # z = X . W + b
        return 1.0 / (1.0 + xp.exp(-xp.maximum(z, -700.0)))  # s = 1 / (1 + exp(-z))

    def _thresholded(self, a):
        """Return y_pred = [s >= 0.5] as a float column: 1.0 where s >= 0.5, else 0.0."""
        xp = self.xp
        s = self._sigmoid(a)
        zeros = xp.zeros(s.shape, dtype=xp.float64)
        return xp.where(s >= 0.5, zeros + 1.0, zeros)

    def predict_proba(self, X):
        """Return the sigmoid outputs s for the rows of X, as a column with one row per sample.

        >>> Perceptron(weights=[1.0, -1.0], bias=0.0, backend="numpy").predict_proba([[0.0, 0.0]])
        array([[0.5]])
        """
        return self._sigmoid(self._inputs(X))

    def predict(self, X):
        """Return the labels [s >= 0.5] as a 1-d int64 array.

        >>> Perceptron(weights=[1.0, -1.0], bias=0.0).predict([[0.0, 0.0], [0.0, 1.0]])
        array([1, 0])
        """
        labels = [int(row[0]) for row in _to_lists(self._thresholded(self._inputs(X)))]
        return self.xp.asarray(labels, dtype=self.xp.int64)

    def score(self, X, y):
        """Return the fraction of samples whose predicted label equals y, a float."""
        predicted = _to_lists(self.predict(X))
        expected = _to_lists(y)
        if len(expected) != len(predicted):
            raise ValueError("X has %d samples but y has %d" % (len(predicted), len(expected)))
        correct = 0
        for p, e in zip(predicted, expected):
            if p == e:
                correct += 1
        return correct / len(predicted)

    def fit(self, X, y, iterations=1000):
        """Run the tutorial's update for the given number of iterations and return self."""
        xp = self.xp
        a = self._inputs(X)
        m = a.shape[0]
        labels = _to_lists(y)
        if not isinstance(labels, list) or len(labels) != m:
            raise ValueError("X has %d samples but y has %r" % (m, y))
        targets = xp.asarray([[float(v)] for v in labels], dtype=xp.float64)
        for _ in range(iterations):
            y_pred = self._thresholded(a)  # y_pred = [sigmoid(X . W + b) >= 0.5]
            error = y_pred - targets
            dW = a.T @ error / m  # dW = X^T . (y_pred - y) / m
            db = float(xp.sum(error)) / m  # db = sum(y_pred - y) / m
            self.W = self.W - self.lr * dW  # W <- W - lr * dW
            self.b = self.b - self.lr * db  # b <- b - lr * db
        return self
