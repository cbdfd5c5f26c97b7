"""Predicting on plain nested lists: a saved network's forward pass on the ground floor, for small boards.

``load(path, backend="lists")`` gives a ``ListNetwork``: the weights as Python lists and the forward pass
written with ``core/nested.py``'s formulas, so predicting never loads the array core.  Rows of numbers go
in, and lists come out.  It is how a board with about 100 KB of heap predicts (docs/runtimes.md,
"Memory"), and a small example of what ``a @ W + b`` and an activation do, one number at a time.

The answers are backend="tinynet"'s, bit for bit (tests/test_nn_lists.py checks it): each weighted sum
is ``nested.sum_of_products`` of a row and a column, which is how tinynet's matmul makes it, and each
activation is the same float formula applied to each number.

    >>> model = {"format": "tinynet-network", "version": 2, "sizes": [2, 1], "hidden": "tanh",
    ...          "output": "sigmoid", "loss": "bce", "classes": ["off", "on"],
    ...          "weights": [[[2.0], [-1.0]]], "biases": [[0.5]]}
    >>> net = ListNetwork(model)
    >>> net
    Network([2, 1], hidden='tanh', output='sigmoid', loss='bce', backend='lists')
    >>> net.predict_proba([[0.0, 0.0], [-1.0, 1.0]])
    [[0.6224593312018546], [0.07585818002124356]]
    >>> net.predict([[0.0, 0.0], [-1.0, 1.0]])
    ['on', 'off']

A ListNetwork predicts; it does not train.  Train with backend "tinynet" or "numpy", save, and load the
file with backend="lists" where the heap is small.
"""

from math import exp, tanh

from tinynet.core.nested import nan_max, pairwise_sum, sum_of_products, transpose
from tinynet.nn.activations import _sigmoid_of_float
from tinynet.nn.inputs import (NAN_OUTPUTS, _all_finite_lists, _has_nan, _to_lists, check_input_shape, class_indices,
                               not_finite)


# ---------------------------------------------------------------------------------------------------------
# the activations, one row of weighted sums at a time (each the formula its array form applies)


def _sigmoid_row(z):
    return [_sigmoid_of_float(x) for x in z]


def _tanh_row(z):
    return [tanh(x) for x in z]


def _relu_row(z):
    return [x if x > 0 else 0.0 for x in z]  # where(z > 0, z, 0): nan and -0.0 give 0.0


def _identity_row(z):
    return z


def _softmax_row(z):
    """exp(z_j - max(z)) / sum_k exp(z_k - max(z)), the sum added in NumPy's pairwise order."""
    top = nan_max(z)
    e = [exp(x - top) for x in z]
    total = pairwise_sum(e)
    return [x / total for x in e]


ROW_ACTIVATIONS = {"sigmoid": _sigmoid_row, "tanh": _tanh_row, "relu": _relu_row, "identity": _identity_row,
                   "softmax": _softmax_row}


# ---------------------------------------------------------------------------------------------------------
# the network


class ListNetwork:
    """A trained network that predicts on nested lists, made from a checked model (nn/modelfile.py).

    Holds each weight matrix W_l as its columns (``W_l[:, j]`` is ``columns[l][j]``), the order in which
    the weighted sums use them, and each bias vector as a list.
    """

    backend = "lists"

    def __init__(self, model):
        self.sizes = list(model["sizes"])
        self.hidden = model["hidden"]
        self.output = model["output"]
        self.loss_name = model["loss"]
        self.classes_ = list(model["classes"])
        try:
            self._columns = [transpose(W) for W in model["weights"]]
            self.biases = [list(b) for b in model["biases"]]
        except MemoryError:  # nothing half-built is returned; the message says what the model needs
            from tinynet.nn import modelfile

            sizes = self.sizes
            raise MemoryError(modelfile.heap_message(sizes, modelfile._heap_need(sizes, 0), modelfile._free_heap()))

    def __repr__(self):
        return "Network(%r, hidden=%r, output=%r, loss=%r, backend='lists')" % (
            self.sizes, self.hidden, self.output, self.loss_name)

    @property
    def weights(self):
        """The weight matrices as lists of rows, of shape (sizes[l], sizes[l + 1])."""
        return [transpose(columns) for columns in self._columns]

    def predict_proba(self, X):
        """Return the output layer's activations for the rows of X, a list of rows.

        a_l = f_l(a_{l-1} . W_l + b_l), one sample at a time: entry j of z is the sum of products of the
        sample's row with column j of W_l, plus b_l[j].
        """
        rows = self._inputs(X)
        last = len(self._columns) - 1
        hidden, output = ROW_ACTIVATIONS[self.hidden], ROW_ACTIVATIONS[self.output]
        outputs = []
        for a in rows:
            for l in range(last + 1):
                z = [sum_of_products(a, column) + b for column, b in zip(self._columns[l], self.biases[l])]
                a = (output if l == last else hidden)(z)
            outputs.append(a)
        if _has_nan(outputs):
            raise ValueError(NAN_OUTPUTS)
        return outputs

    def predict(self, X):
        """Return the class of each row of X, a list: classes_[1] where the one output is >= 0.5, else
        classes_[0]; for more output units the class of the largest output."""
        return [self.classes_[k] for k in class_indices(self.predict_proba(X))]

    def score(self, X, y):
        """Return the accuracy of predict(X) against the labels y, a float (nn/labels.py, score)."""
        from tinynet.nn import labels

        return labels.score(self, X, y)

    def to_dict(self):
        """Return the whole model as plain lists, numbers and strings: Network.to_dict, which reads only the
        attributes a ListNetwork has too (sizes, the activations, loss_name, classes_, weights, biases)."""
        from tinynet.nn.network import Network

        return Network.to_dict(self)

    def _inputs(self, X):
        """Return X as rows of sizes[0] finite floats, or raise the ValueError backend="tinynet" raises
        (the same checks in the same order: convertible, finite, 2-d, as many features as inputs)."""
        rows = _to_lists(X)
        shape = tuple(X.shape) if hasattr(X, "shape") else _shape(rows)
        if len(shape) == 2 and [row for row in rows if not isinstance(row, list) or len(row) != shape[1]]:
            raise ValueError("setting an array element with a sequence. The requested array has an "
                             "inhomogeneous shape after 1 dimensions. The detected shape was (%d,) + "
                             "inhomogeneous part." % shape[0])
        try:
            rows = _floats(rows)
        except OverflowError:  # an int too large for a float
            raise not_finite("X")
        if not _all_finite_lists(rows):
            raise not_finite("X", rows)
        check_input_shape(shape, self.sizes[0])
        return rows


def _floats(data):
    """Nested lists of numbers (or strings of them) as nested lists of floats; TypeError for other values,
    in the tinynet backend's words."""
    if isinstance(data, list):
        return [_floats(item) for item in data]
    if isinstance(data, (int, float, str, complex)):
        return float(data)  # float's own errors: "could not convert string to float: 'x'"
    raise TypeError("unsupported value %r of type %s: tinynet arrays hold bool, int, float and complex"
                    % (data, type(data).__name__))


def _shape(data):
    """The shape of nested lists, read along their first entries: (2,) for [1.0, 2.0], () for a number."""
    shape = []
    while isinstance(data, list):
        shape.append(len(data))
        if not data:
            break
        data = data[0]
    return tuple(shape)
