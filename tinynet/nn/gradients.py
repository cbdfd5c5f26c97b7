"""gradcheck: backprop's gradient against finite differences of the loss, loaded on first use."""

from tinynet.nn import labels as _labels
from tinynet.nn import training as _training
from tinynet.nn.inputs import _to_lists
from tinynet.nn.network import Network  # noqa: F401 - Network for the doctest


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
    targets = _labels.targets(net, y, a.shape[0])
    nabla_w, nabla_b, _, _ = _training._backprop(net, a, targets)
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
