"""The seed tutorial's perceptron, as a class: loaded on first use of tinynet.nn.Perceptron."""

from tinynet.nn.inputs import _backend_name, _format_shape, _to_lists, namespace


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
