"""Training a Network: initial weights, backpropagation, gradient steps, the loss, and their checks.

Loaded on the first Network() or fit: a network loaded from a file only to predict never needs it.
The formulas are those of core/nn/network.py's docstring: the forward pass a_l = f_l(a_{l-1} . W_l + b_l),
and backprop's deltas flowing from the loss at the output back through each hidden layer.
"""

import math

from tinynet.nn import labels as _labels
from tinynet.nn.inputs import _all_finite, _is_finite, _to_lists
from tinynet.nn.labels import _short
from tinynet.nn.network import Network, TrainingDivergedError  # noqa: F401 - Network for the doctests


def draw_weights(net, seed, hidden, output):
    """Give net its random generator (seeded with seed) and its initial weights and zero biases.

    Weights are N(0, 1) draws scaled by 1 / sqrt(n_in) (by sqrt(2 / n_in) for relu layers).
    """
    from tinynet.random.legacy import RandomState

    net._rng = RandomState(seed)
    net.weights = []
    net.biases = []
    for l in range(1, len(net.sizes)):
        n_in, n_out = net.sizes[l - 1], net.sizes[l]
        name = output if l == len(net.sizes) - 1 else hidden
        scale = math.sqrt((2.0 if name == "relu" else 1.0) / n_in)
        draws = net._generator().standard_normal((n_in, n_out)).tolist()
        net.weights.append(net._float_array([[w * scale for w in row] for row in draws]))
        net.biases.append(net.xp.zeros((n_out,), dtype=net.xp.float64))


def _backprop(net, a, targets):
    """Return (nabla_w, nabla_b, activations, zs): the gradient of the mean loss over the rows of a."""
    xp = net.xp
    m = float(a.shape[0])
    n_layers = len(net.weights)
    nabla_w = [None] * n_layers
    nabla_b = [None] * n_layers
    # forward pass
    activations, zs = net._forward(a)
    # backward pass: the output layer's error comes from the loss ...
    loss_delta = net._loss_functions[1]
    delta = loss_delta(xp, zs[-1], activations[-1], targets, net._output_functions[1])  # delta_L = dl/dz_L
    nabla_w[-1] = activations[-2].T @ delta / m  # dW_L = a_{L-1}^T . delta_L / m
    nabla_b[-1] = xp.sum(delta, axis=0) / m  # db_L = sum(delta_L, axis=0) / m
    # ... and flows back through each hidden layer, from the last to the first.  As in Nielsen's
    # network.py, index -l counts layers from the output: zs[-1] is the output layer's, zs[-2] the
    # last hidden layer's, and weights[-l + 1] is the matrix just above layer -l.
    hidden_backward = net._hidden_functions[1]
    for l in range(2, n_layers + 1):
        grad_a = delta @ net.weights[-l + 1].T  # dl/da_l = delta_{l+1} . W_{l+1}^T
        delta = hidden_backward(xp, zs[-l], activations[-l], grad_a)  # delta_l = dl/da_l * f'(z_l)
        nabla_w[-l] = activations[-l - 1].T @ delta / m  # dW_l = a_{l-1}^T . delta_l / m
        nabla_b[-l] = xp.sum(delta, axis=0) / m  # db_l = sum(delta_l, axis=0) / m
    return nabla_w, nabla_b, activations, zs


def _loss_of(net, activations, zs, targets):
    """Return the loss of a forward pass's output against targets, as a float."""
    return net._loss_functions[0](net.xp, zs[-1], activations[-1], targets)


def backprop(net, X, y):
    """Return (nabla_w, nabla_b), the gradient of the mean loss on (X, y) for every weight and bias.

    >>> net = Network([2, 1], output="identity", seed=0)
    >>> nabla_w, nabla_b = net.backprop([[1.0, 2.0]], [0.0])
    >>> [g.shape for g in nabla_w], [g.shape for g in nabla_b]
    ([(2, 1)], [(1,)])
    """
    a = net._inputs(X)
    nabla_w, nabla_b, _, _ = _backprop(net, a, _labels.targets(net, y, a.shape[0]))
    return nabla_w, nabla_b


def fit(net, X, y, epochs=1000, lr=0.1, batch_size=None, momentum=0.0, l2=0.0, shuffle=True,
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
    xp = net.xp
    a = net._inputs(X)
    targets = _labels.targets(net, y, a.shape[0], fitting=True)
    m = a.shape[0]
    velocities = None
    if momentum:
        velocities = ([xp.zeros(W.shape, dtype=xp.float64) for W in net.weights],
                      [xp.zeros(b.shape, dtype=xp.float64) for b in net.biases])
    history = []
    if batch_size is None or batch_size >= m:
        # full batch: the forward pass of each step also gives the loss after the step before it
        before = None
        for epoch in range(epochs):
            nabla_w, nabla_b, activations, zs = _backprop(net, a, targets)
            if epoch > 0:
                _check_progress(net, epoch, _loss_of(net, activations, zs, targets), history, before)
                if callback is not None:
                    callback(epoch, history[-1])
            before = (list(net.weights), list(net.biases))  # the step makes new arrays
            _step(net, nabla_w, nabla_b, lr, momentum, l2, velocities)
        if epochs > 0:
            _check_progress(net, epochs, loss(net, a, targets), history, before)
            if callback is not None:
                callback(epochs, history[-1])
        return history
    take_rows = _row_taker(xp, a, targets)
    for epoch in range(epochs):
        before = (list(net.weights), list(net.biases))
        order = net._generator().permutation(m).tolist() if shuffle else list(range(m))
        for start in range(0, m, batch_size):
            batch_a, batch_targets = take_rows(order[start:start + batch_size])
            nabla_w, nabla_b, _, _ = _backprop(net, batch_a, batch_targets)
            _step(net, nabla_w, nabla_b, lr, momentum, l2, velocities)
        _check_progress(net, epoch + 1, loss(net, a, targets), history, before)
        if callback is not None:
            callback(epoch + 1, history[-1])
    return history


def _check_progress(net, epoch, loss, history, before):
    """Append an epoch's loss to history, or, if it or a parameter is not finite, undo the epoch and raise.

    before holds the weights and biases from before the epoch.  A finite sum of a parameter array
    shows every entry is finite; only a sum that is not (an entry is nan or infinite, or the sum of
    huge finite entries overflows) costs a closer look.
    """
    problem = None
    if not _is_finite(loss):
        problem = "the loss became %s" % (loss,)
    else:
        for l in range(len(net.weights)):
            if not (_all_finite(net.xp, net.weights[l]) and _all_finite(net.xp, net.biases[l])):
                problem = "layer %d's weights became nan or infinite" % (l + 1)
                break
    if problem is None:
        history.append(loss)
        return
    if before is not None:
        net.weights, net.biases = before
    raise TrainingDivergedError(
        "training diverged at epoch %d: %s; the network keeps its weights from before that epoch "
        "(a smaller lr, or inputs on a smaller scale, may help)" % (epoch, problem), epoch, list(history))


def _step(net, nabla_w, nabla_b, lr, momentum, l2, velocities):
    """Move every weight and bias one step against its gradient (with momentum and L2 if asked)."""
    for l in range(len(net.weights)):
        grad_w = nabla_w[l] + l2 * net.weights[l] if l2 else nabla_w[l]  # d/dW [L + l2/2 ||W||^2]
        if velocities is None:
            net.weights[l] = net.weights[l] - lr * grad_w  # W <- W - lr * dW
            net.biases[l] = net.biases[l] - lr * nabla_b[l]  # b <- b - lr * db
        else:
            velocity_w, velocity_b = velocities
            velocity_w[l] = momentum * velocity_w[l] - lr * grad_w  # v <- mu v - lr dW
            velocity_b[l] = momentum * velocity_b[l] - lr * nabla_b[l]
            net.weights[l] = net.weights[l] + velocity_w[l]  # W <- W + v
            net.biases[l] = net.biases[l] + velocity_b[l]


def loss(net, X, y):
    """Return the mean loss of the network on (X, y), a float.

    >>> net = Network([2, 1], seed=0)
    >>> round(net.loss([[0.0, 0.0]], [1]), 12)   # -log(0.5)
    0.69314718056
    """
    a = net._inputs(X)
    targets = _labels.targets(net, y, a.shape[0])
    activations, zs = net._forward(a)
    return _loss_of(net, activations, zs, targets)


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
