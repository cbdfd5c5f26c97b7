"""The tutorial's story, told with the numbers the article left out: what ``python3 -m tinynet`` prints.

The network is the seed tutorial's: one sigmoid unit with two inputs learning AND.  The code below is the
tutorial's own, line for line (samples are columns of ``x``, as in the article), written against an array
namespace ``np`` so that the same lines run on tinynet or on NumPy and print the same text:

    >>> import io, contextlib
    >>> out = io.StringIO()
    >>> with contextlib.redirect_stdout(out):
    ...     predictions = tell()
    >>> predictions
    [0, 0, 0, 1]
    >>> out.getvalue().splitlines()[0]
    'A single sigmoid unit learns AND, in pure Python (the forward- and backprop tutorial).'
"""


def tell(np=None):
    """Print the tutorial's steps with every intermediate array, and return the final predictions as a list.

    np is the array namespace: tinynet (the default) or numpy; both print the same text.
    """
    if np is None:
        import tinynet as np

    print("A single sigmoid unit learns AND, in pure Python (the forward- and backprop tutorial).")
    print()
    print("The data: each column of x is a sample, and y holds the targets x1 AND x2.")
    x = np.array([[0, 1, 0, 1], [0, 0, 1, 1]])
    y = np.array([[0, 0, 0, 1]])
    _show("x =", x)
    _show("y =", y)
    print()
    print("The weights and bias, set by hand as in the article:")
    W = np.zeros((x.shape[0], y.shape[0]))
    W[0], W[1] = 0.4, 0.2
    b = 1
    m = x.shape[1]  # the number of samples
    a = 0.1  # the learning rate
    _show("W =", W)
    _show("b =", b)
    print()

    print("Forward pass: the weighted sum, the sigmoid and the threshold at 0.5.")
    z = np.dot(W.T, x) + b
    s = 1 / (1 + np.exp(-z))
    y_pred = np.array(s >= 0.5, dtype="int64")
    _show("z = W.T @ x + b", z)
    _show("s = 1 / (1 + exp(-z))", s)
    _show("y_pred = s >= 0.5", y_pred)
    _show("y_pred - y", y_pred - y)
    print("%d of %d predictions are wrong." % (int(np.sum(y_pred != y)), m))
    print()

    print("Backward pass: the gradients, and one step against them with learning rate a = %s." % a)
    dW = np.dot(x, (y_pred - y).T) / m
    db = np.sum(y_pred - y) / m
    _show("dW = x @ (y_pred - y).T / m", dW)
    _show("db = sum(y_pred - y) / m", db)
    W = W - a * dW
    b = b - a * db
    _show("W = W - a * dW", W)
    _show("b = b - a * db", b)
    print()

    # iteration 1 was the step above; iterations 2 to 1000 repeat it, noting the last one that moved W.
    last_change = 1
    for i in range(2, 1001):
        z = np.dot(W.T, x) + b
        s = 1 / (1 + np.exp(-z))
        y_pred = np.array(s >= 0.5, dtype="int64")
        if np.any(y_pred != y):
            last_change = i
        dW = np.dot(x, (y_pred - y).T) / m
        db = np.sum(y_pred - y) / m
        W = W - a * dW
        b = b - a * db
    print("After 1000 iterations of the same forward and backward pass:")
    _show("W =", W)
    _show("b =", b)
    print("(The predictions were last wrong at iteration %d; since then y_pred - y is zero, so the steps"
        % last_change)
    print(" change nothing.)")
    print()

    print("The final predictions:")
    z = np.dot(W.T, x) + b
    s = 1 / (1 + np.exp(-z))
    y_pred = np.array(s >= 0.5, dtype="int64")
    _show("s = 1 / (1 + exp(-z))", s)
    _show("y_pred = s >= 0.5", y_pred)
    _show("y =", y)
    if np.array_equal(y_pred, y):
        print("Every prediction equals its target: the unit has learned AND.")
    else:
        print("Some predictions differ from their targets.")
    print()
    print("Next: python3 -m tinynet train moons --plot moons.svg   (a two-layer network, with a picture)")
    print("      python3 -m tinynet trace                          (every matrix of one backprop step)")
    return [int(v) for v in y_pred.tolist()[0]]


_LABEL_WIDTH = 30


def _show(label, value):
    """Print label, padded to a fixed width, then value printed as NumPy prints it, its lines aligned."""
    label = label.strip()
    lines = str(value).split("\n")
    print(label + " " * (_LABEL_WIDTH - len(label)) + lines[0])
    for line in lines[1:]:
        print(" " * _LABEL_WIDTH + line)
