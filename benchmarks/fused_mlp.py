"""The trainer's math written by hand as fused loops over plain lists: the pure-Python floor for training.

This is what a careful programmer would write without an array library: the same network as
``tinynet.nn.Network(sizes, hidden="tanh", output="sigmoid")`` with binary cross-entropy, trained by
full-batch gradient descent with the same formulas in the same order, but with each layer's steps fused
into one pass (z and a in one comprehension, the backward matrix product and tanh's derivative in
another) and no array objects at all.  A matrix is a list of rows; ``W[p][j]`` joins unit p of one layer
to unit j of the next, as in the trainer.

    >>> W = [[[0.5], [-0.5]]]
    >>> b = [[0.0]]
    >>> history = train([[1.0, 0.0], [0.0, 1.0]], [[1.0], [0.0]], W, b, epochs=2, lr=0.5)
    >>> len(history), history[1] < history[0]
    (2, True)
"""

import math

try:
    from operator import mul
except ImportError:  # MicroPython

    def mul(a, b):
        return a * b


def sigmoid(z):
    """Return 1 / (1 + exp(-z)) without overflow, by the trainer's formula with e = exp(-|z|)."""
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def _forward(X, weights, biases):
    """Return (activations, zs) for rows X: a_l = f(a_{l-1} . W_l + b_l), tanh inside, sigmoid at the end."""
    tanh = math.tanh
    activations = [X]
    zs = []
    a = X
    last = len(weights) - 1
    for l in range(len(weights)):
        columns = list(zip(*weights[l]))
        b = biases[l]
        z = [[sum(map(mul, row, column)) + b_j for column, b_j in zip(columns, b)] for row in a]
        f = sigmoid if l == last else tanh
        a = [list(map(f, row)) for row in z]
        zs.append(z)
        activations.append(a)
    return activations, zs


def bce_loss(z, Y):
    """Return mean(max(z, 0) - z y + log(1 + exp(-|z|))) over every entry, the trainer's stable BCE."""
    exp, log = math.exp, math.log
    total = 0.0
    count = 0
    for z_row, y_row in zip(z, Y):
        for z_ij, y_ij in zip(z_row, y_row):
            total += (z_ij if z_ij > 0 else 0.0) - z_ij * y_ij + log(1.0 + exp(-abs(z_ij)))
        count += len(z_row)
    return total / count


def train(X, Y, weights, biases, epochs, lr):
    """Train in place by full-batch gradient descent; return the loss after each epoch, as fit does.

    X: rows of inputs; Y: rows of 0/1 targets; weights, biases: lists of lists, changed in place.
    """
    m = float(len(X))
    k = float(len(Y[0]))
    history = []
    for epoch in range(epochs):
        activations, zs = _forward(X, weights, biases)
        if epoch > 0:
            history.append(bce_loss(zs[-1], Y))
        # output layer: delta = (a - y) / k
        delta = [[(a_ij - y_ij) / k for a_ij, y_ij in zip(a_row, y_row)]
                 for a_row, y_row in zip(activations[-1], Y)]
        for l in range(len(weights) - 1, -1, -1):
            W = weights[l]
            delta_columns = list(zip(*delta))
            # dW = a_{l-1}^T . delta / m and db = sum(delta, axis=0) / m
            nabla_w = [[sum(map(mul, a_column, d_column)) / m for d_column in delta_columns]
                       for a_column in zip(*activations[l])]
            nabla_b = [sum(d_column) / m for d_column in delta_columns]
            if l > 0:
                # delta_{l-1} = (delta . W^T) * (1 - a^2), fused row by row
                delta = [[sum(map(mul, d_row, w_row)) * (1.0 - a_p * a_p) for w_row, a_p in zip(W, a_row)]
                         for d_row, a_row in zip(delta, activations[l])]
            weights[l] = [[w - lr * g for w, g in zip(w_row, g_row)] for w_row, g_row in zip(W, nabla_w)]
            biases[l] = [b_j - lr * g for b_j, g in zip(biases[l], nabla_b)]
    if epochs > 0:
        _, zs = _forward(X, weights, biases)
        history.append(bce_loss(zs[-1], Y))
    return history
