"""One step of backpropagation printed matrix by matrix: what ``python3 -m tinynet trace`` shows.

(The module is not called trace, which would hide NumPy's ``tinynet.trace`` of a matrix.)

Every array of one forward pass, one backward pass and one gradient-descent step is printed with its
shape and the formula that made it, in the notation of ``tinynet.nn`` (samples are rows, m of them):

    z1 = X @ W1 + b1                        (4, 3)
    a1 = tanh(z1)                           (4, 3)
    ...
    dW1 = X.T @ delta1 / m                  (2, 3)

The arithmetic is written out here with tinynet arrays, formula by formula, then checked against
``tinynet.nn.Network.backprop`` and against central differences of the loss (``tinynet.nn.gradcheck``),
so the printed numbers are the library's.

    >>> import io, contextlib
    >>> out = io.StringIO()
    >>> with contextlib.redirect_stdout(out):
    ...     difference = trace()
    >>> difference
    0.0
    >>> "dW1 = X.T @ delta1 / m" in out.getvalue()
    True
"""

import tinynet as np
from tinynet.nn import datasets
from tinynet.nn.network import Network, gradcheck

# the forward formula a = f(z) and the derivative f'(z) of each hidden activation, as printed and as computed
_HIDDEN = {
    "tanh": ("tanh(z{l})", "(1 - a{l}**2)", lambda z: np.tanh(z), lambda z, a: 1.0 - a ** 2),
    "sigmoid": ("1 / (1 + exp(-z{l}))", "a{l} * (1 - a{l})",
                lambda z: 1.0 / (1.0 + np.exp(-z)), lambda z, a: a * (1.0 - a)),
    "relu": ("maximum(z{l}, 0)", "(z{l} > 0)", lambda z: np.maximum(z, 0.0),
             lambda z, a: np.where(z > 0, 1.0, 0.0)),
    "identity": ("z{l}", "1", lambda z: z, lambda z, a: 1.0 + 0.0 * z),
}

HIDDEN_ACTIVATIONS = tuple(sorted(_HIDDEN))

_WIDTH = 44  # the column where shapes start


def load_data(name, samples=6, seed=0):
    """Return (X, y) of a small built-in data set: a gate's truth table, or samples points of the others."""
    if name == "and":
        return datasets.and_gate()
    if name == "or":
        return datasets.or_gate()
    if name == "xor":
        return datasets.xor_gate()
    if name == "moons":
        return datasets.moons(samples, noise=0.1, seed=seed)
    if name == "circles":
        return datasets.circles(samples, noise=0.05, factor=0.5, seed=seed)
    if name == "spiral":
        return datasets.spiral(samples, n_classes=3, seed=seed)
    if name == "blobs":
        return datasets.blobs(samples, centers=3, seed=seed)
    raise ValueError("unknown data set %r" % (name,))


def trace(data="xor", hidden=(3,), activation="tanh", lr=0.5, seed=0, samples=6):
    """Print one forward pass, backward pass and gradient step on a small data set; return the largest
    difference between the printed gradients and Network.backprop's (0.0 when they agree exactly)."""
    if activation not in _HIDDEN:
        raise ValueError("activation must be one of %s for trace, got %r" % (", ".join(HIDDEN_ACTIVATIONS),
                                                                             activation))
    X, y = load_data(data, samples, seed)
    labels = [int(v) for v in y.tolist()]
    n_classes = max(max(labels) + 1, 2)
    binary = n_classes == 2
    sizes = [X.shape[1]] + list(hidden) + [1 if binary else n_classes]
    output = "sigmoid" if binary else "softmax"
    net = Network(sizes, hidden=activation, output=output, seed=seed)
    L = len(sizes) - 1  # the number of layers with weights
    m = X.shape[0]
    if binary:
        Y = np.asarray([[float(v)] for v in labels])
    else:
        Y = np.asarray([[1.0 if k == v else 0.0 for k in range(n_classes)] for v in labels])
    f_text, f_prime_text, f, f_prime = _HIDDEN[activation]

    with np.printoptions(precision=4, suppress=True):
        print("One step of backpropagation on %s with a network of layer sizes %s:" % (data, sizes))
        print("%s hidden units, a %s output and the %s loss. Samples are rows, m = %d of them;"
              % (activation, output, "binary cross-entropy" if binary else "cross-entropy", m))
        print("@ is the matrix product, * and ** act elementwise.")
        print()
        print("The data")
        _show("X", X, "inputs, one row per sample")
        _show("Y", Y, "targets: the label as a column" if binary else "targets: one-hot label rows")
        print()
        print("The parameters (seed %d: W ~ N(0, 1) / sqrt(n_in)%s, b = 0)"
              % (seed, " or sqrt(2 / n_in) for relu" if activation == "relu" else ""))
        W = [None] + list(net.weights)  # W[l], b[l] for l = 1..L, as in the formulas
        b = [None] + list(net.biases)
        for l in range(1, L + 1):
            _show("W%d" % l, W[l])
            _show("b%d" % l, b[l])
        print()

        print("Forward pass")
        a = [X]
        z = [None]
        for l in range(1, L + 1):
            previous = "X" if l == 1 else "a%d" % (l - 1)
            z.append(a[l - 1] @ W[l] + b[l])
            _show("z%d = %s @ W%d + b%d" % (l, previous, l, l), z[l])
            if l < L:
                a.append(f(z[l]))
                _show("a%d = %s" % (l, f_text.format(l=l)), a[l])
            elif binary:
                a.append(1.0 / (1.0 + np.exp(-z[l])))
                _show("a%d = 1 / (1 + exp(-z%d))" % (l, l), a[l], "the probability of class 1")
            else:
                e = np.exp(z[l] - np.max(z[l], axis=1, keepdims=True))
                a.append(e / np.sum(e, axis=1, keepdims=True))
                _show("a%d = softmax(z%d)" % (l, l), a[l], "row i: exp(z_ij) / sum_j exp(z_ij)")
        if binary:
            loss = -float(np.mean(Y * np.log(a[L]) + (1.0 - Y) * np.log(1.0 - a[L])))
            _scalar("L = -mean(Y * log(a%d) + (1 - Y) * log(1 - a%d))" % (L, L), loss)
        else:
            loss = -float(np.sum(Y * np.log(a[L]))) / m
            _scalar("L = -sum(Y * log(a%d)) / m" % L, loss)
        print()

        print("Backward pass")
        delta = [None] * (L + 1)
        dW = [None] * (L + 1)
        db = [None] * (L + 1)
        delta[L] = a[L] - Y
        _show("delta%d = a%d - Y" % (L, L), delta[L],
              "each sample's error dl/dz%d (%s + cross-entropy)" % (L, output))
        for l in range(L, 0, -1):
            if l < L:
                delta[l] = (delta[l + 1] @ W[l + 1].T) * f_prime(z[l], a[l])
                _show("delta%d = (delta%d @ W%d.T) * %s" % (l, l + 1, l + 1, f_prime_text.format(l=l)),
                      delta[l], "%s'(z%d)" % (activation, l) if activation != "identity" else "")
            previous = "X" if l == 1 else "a%d" % (l - 1)
            dW[l] = a[l - 1].T @ delta[l] / m
            db[l] = np.sum(delta[l], axis=0) / m
            _show("dW%d = %s.T @ delta%d / m" % (l, previous, l), dW[l], "dL/dW%d" % l)
            _show("db%d = sum(delta%d, axis=0) / m" % (l, l), db[l], "dL/db%d" % l)
        print()

        print("One step of gradient descent with learning rate lr = %s" % lr)
        for l in range(1, L + 1):
            _show("W%d = W%d - lr * dW%d" % (l, l, l), W[l] - lr * dW[l])
            _show("b%d = b%d - lr * db%d" % (l, l, l), b[l] - lr * db[l])
        after = Network(sizes, hidden=activation, output=output, seed=seed)
        after.weights = [W[l] - lr * dW[l] for l in range(1, L + 1)]
        after.biases = [b[l] - lr * db[l] for l in range(1, L + 1)]
        _scalar("L after the step", after.loss(X, y))
        print()

        nabla_w, nabla_b = net.backprop(X, y)
        difference = 0.0
        for l in range(1, L + 1):
            difference = max(difference, float(np.max(np.abs(dW[l] - nabla_w[l - 1]))),
                             float(np.max(np.abs(db[l] - nabla_b[l - 1]))))
        print("Check: tinynet.nn.Network.backprop gives these gradients (largest difference %s), and central"
              % _format_float(difference))
        print("differences of the loss agree with them (largest relative error %s, from tinynet.nn.gradcheck)."
              % _format_float(gradcheck(net, X, y)))
    return difference


def _format_float(x):
    """Return x in short scientific notation, or 0 for zero."""
    return "0" if x == 0 else "%.1e" % x


def _show(formula, value, comment=""):
    """Print formula, the array's shape and a comment on one line, then the array, indented."""
    label = "  " + formula
    shape = "(%s)" % ", ".join(str(n) for n in value.shape) if len(value.shape) != 1 else "(%d,)" % value.shape[0]
    line = label + " " * max(1, _WIDTH - len(label)) + shape
    if comment:
        line += " " * max(2, 10 - len(shape)) + comment
    print(line)
    for text in str(value).split("\n"):
        print("      " + text)


def _scalar(formula, value):
    """Print formula and a float on one line."""
    label = "  " + formula
    print(label + " " * max(1, _WIDTH - len(label)) + "= %.6f" % value)
