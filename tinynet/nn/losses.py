"""Loss functions and the error they send back into the network, written once for any array namespace.

A loss compares the network's output with the targets ``y``, both 2-d arrays with one row per sample and
one column per output unit: for two samples of a single sigmoid unit, ``y = [[0.0], [1.0]]``.  Every loss
is an average over the m samples, L = (1/m) sum_i l_i, and comes as two functions of an array namespace:

- ``value(xp, z, a, y)`` returns L as a Python float, from the output layer's weighted inputs ``z`` and
  activations ``a``;
- ``delta(xp, z, a, y, backward)`` returns the rows dl_i/dz_i, the error of the output layer that
  backpropagation starts from (``backward`` is the output activation's chain rule, used by MSE only).

The cross-entropies are computed from ``z`` (the logits) rather than from the probabilities, so they never
take the log of 0 and stay finite for logits of any magnitude.

=========  ===================================  ===============  =======================================
name       loss                                 output           per-sample error delta_i = dl_i/dz_i
=========  ===================================  ===============  =======================================
``bce``    binary cross-entropy, mean over k    sigmoid          (a_i - y_i) / k
           outputs
``cce``    categorical cross-entropy            softmax          a_i sum_j y_ij - y_i (a_i - y_i for
                                                                 one-hot rows)
``mse``    mean squared error, mean over k      any              f'(z_i) * 2 (a_i - y_i) / k
           outputs
=========  ===================================  ===============  =======================================

    >>> import tinynet as xp
    >>> z = xp.asarray([[0.0], [0.0]])
    >>> y = xp.asarray([[0.0], [1.0]])
    >>> round(binary_cross_entropy(xp, z, None, y), 12)   # log 2
    0.69314718056
    >>> default_loss("softmax")
    'cce'
"""


# ---------------------------------------------------------------------------------------------------------
# binary cross-entropy, for sigmoid outputs


def binary_cross_entropy(xp, z, a, y):
    """Return the mean binary cross-entropy of s = sigmoid(z) against targets y.

    L = mean(-y log s - (1 - y) log(1 - s)), computed from the logits as
    mean(max(z, 0) - z y + log(1 + exp(-|z|))), which is the same quantity without any log of 0.

    >>> import tinynet as xp
    >>> binary_cross_entropy(xp, xp.asarray([[1000.0], [-1000.0]]), None, xp.asarray([[1.0], [0.0]]))
    0.0
    >>> binary_cross_entropy(xp, xp.asarray([[1000.0]]), None, xp.asarray([[0.0]]))
    1000.0
    """
    m, k = y.shape
    abs_z = xp.maximum(z, -z)
    positive_part = xp.where(z > 0, z, xp.zeros(z.shape, dtype=xp.float64))  # max(z, 0)
    losses = positive_part - z * y + xp.log(1.0 + xp.exp(-abs_z))
    return float(xp.sum(losses)) / (m * k)


def binary_cross_entropy_delta(xp, z, a, y, backward=None):
    """Return delta_i = dl_i/dz_i = (a_i - y_i) / k, since d/dz [softplus(z) - z y] = sigmoid(z) - y.

    >>> import tinynet as xp
    >>> binary_cross_entropy_delta(xp, None, xp.asarray([[0.25, 0.5]]), xp.asarray([[0.0, 1.0]]))
    array([[ 0.125, -0.25 ]])
    """
    k = y.shape[1]
    return (a - y) / float(k)


# ---------------------------------------------------------------------------------------------------------
# categorical cross-entropy, for softmax outputs


def categorical_cross_entropy(xp, z, a, y):
    """Return the mean categorical cross-entropy of a = softmax(z) against targets y (one-hot rows).

    L = (1/m) sum_i -sum_j y_ij log a_ij, with log a_ij = z_ij - max_j z_ij - log sum_k exp(z_ik - max_j z_ij)
    computed without forming a, so it is finite for logits of any magnitude.

    >>> import tinynet as xp
    >>> categorical_cross_entropy(xp, xp.asarray([[0.0, 1000.0]]), None, xp.asarray([[0.0, 1.0]]))
    0.0
    >>> categorical_cross_entropy(xp, xp.asarray([[0.0, 1000.0]]), None, xp.asarray([[1.0, 0.0]]))
    1000.0
    """
    m = y.shape[0]
    shifted = z - xp.max(z, axis=1, keepdims=True)
    log_a = shifted - xp.log(xp.sum(xp.exp(shifted), axis=1, keepdims=True))
    return (0.0 - float(xp.sum(y * log_a))) / m  # 0.0 - s, so that a perfect fit gives 0.0 and not -0.0


def categorical_cross_entropy_delta(xp, z, a, y, backward=None):
    """Return delta_i = dl_i/dz_i = a_i sum_j y_ij - y_i, which is a_i - y_i when the row y_i is one-hot.

    >>> import tinynet as xp
    >>> categorical_cross_entropy_delta(xp, None, xp.asarray([[0.25, 0.75]]), xp.asarray([[0.0, 1.0]]))
    array([[ 0.25, -0.25]])
    """
    return a * xp.sum(y, axis=1, keepdims=True) - y


# ---------------------------------------------------------------------------------------------------------
# mean squared error, for any output


def mean_squared_error(xp, z, a, y):
    """Return the mean squared error over all samples and outputs, L = mean((a - y)^2).

    >>> import tinynet as xp
    >>> mean_squared_error(xp, None, xp.asarray([[1.0, 2.0]]), xp.asarray([[0.0, 0.0]]))
    2.5
    """
    m, k = y.shape
    error = a - y
    return float(xp.sum(error * error)) / (m * k)


def mean_squared_error_delta(xp, z, a, y, backward):
    """Return delta_i = dl_i/dz_i = f'(z_i) * 2 (a_i - y_i) / k, through the output activation's backward.

    >>> import tinynet as xp
    >>> from tinynet.nn.activations import identity_backward
    >>> mean_squared_error_delta(xp, None, xp.asarray([[1.0, 2.0]]), xp.asarray([[0.0, 0.0]]),
    ...                          identity_backward)
    array([[1., 2.]])
    """
    k = y.shape[1]
    grad_a = (a - y) * (2.0 / k)
    return backward(xp, z, a, grad_a)


# ---------------------------------------------------------------------------------------------------------
# the table of losses by name, and which outputs each one fits

LOSSES = {
    "bce": (binary_cross_entropy, binary_cross_entropy_delta),
    "cce": (categorical_cross_entropy, categorical_cross_entropy_delta),
    "mse": (mean_squared_error, mean_squared_error_delta),
}

_REQUIRED_OUTPUT = {"bce": "sigmoid", "cce": "softmax"}


def default_loss(output):
    """Return the loss that fits an output activation: bce for sigmoid, cce for softmax, mse otherwise.

    >>> default_loss("sigmoid"), default_loss("softmax"), default_loss("identity")
    ('bce', 'cce', 'mse')
    """
    if output == "sigmoid":
        return "bce"
    if output == "softmax":
        return "cce"
    return "mse"


def get(name, output):
    """Return the (value, delta) pair of the loss called name, checking that it fits the output activation.

    >>> value, delta = get("mse", "tanh")
    >>> value.__name__
    'mean_squared_error'
    >>> get("bce", "softmax")
    Traceback (most recent call last):
        ...
    ValueError: loss 'bce' needs a sigmoid output layer, not softmax
    """
    pair = LOSSES.get(name) if isinstance(name, str) else None
    if pair is None:
        raise ValueError("unknown loss %r; expected one of %s" % (name, ", ".join(sorted(LOSSES))))
    required = _REQUIRED_OUTPUT.get(name)
    if required is not None and output != required:
        raise ValueError("loss %r needs a %s output layer, not %s" % (name, required, output))
    return pair
