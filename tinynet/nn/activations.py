"""Activation functions and their derivatives, written once for any array namespace.

An activation is applied to a layer's weighted inputs ``z``, a 2-d array with one row per sample and one
column per unit: ``[[0.5, -1.0], [2.0, 0.0]]`` is two samples of a layer of two units.  Each activation
comes as a pair of functions of an array namespace ``xp`` (``tinynet``, ``numpy`` or any namespace that
follows the Python array API standard):

- ``forward(xp, z)`` returns ``a = f(z)``, elementwise (row by row for softmax);
- ``backward(xp, z, a, grad_a)`` returns ``grad_z``, the chain rule through ``f``: ``grad_a * f'(z)``
  elementwise, or the Jacobian-vector product of each row for softmax.

Only operations that NumPy and the array API standard share are used, and each function is numerically
stable: no input of any magnitude overflows ``exp``.  One fast path: on tinynet's own float64 arrays,
sigmoid applies its formula to each element in a single pass instead of ten whole-array steps, with the
same operations in the same order, so the results are the same to the bit (a test checks this).

    >>> import tinynet as xp
    >>> z = xp.asarray([[-1000.0, 0.0, 1000.0]])
    >>> sigmoid(xp, z)
    array([[0. , 0.5, 1. ]])
    >>> softmax(xp, z)
    array([[0., 0., 1.]])
    >>> sorted(ACTIVATIONS)
    ['identity', 'relu', 'sigmoid', 'softmax', 'tanh']
"""


from math import exp as _exp

_FAST = []  # type: list  # (ndarray, float64, unary) of tinynet's core, found by the first sigmoid: the lists
# backend (nn/lists.py) predicts without loading the array core at all


def _fast_path():
    from tinynet.core.dtypes import FLOAT64
    from tinynet.core.ndarray import ndarray
    from tinynet.core.ufunc import unary

    _FAST.extend((ndarray, FLOAT64, unary))
    return _FAST


# ---------------------------------------------------------------------------------------------------------
# sigmoid


def sigmoid(xp, z):
    """Return the logistic function s(z) = 1 / (1 + exp(-z)), elementwise, without overflow.

    With e = exp(-|z|), which lies in (0, 1] and so never overflows, s(z) = 1 / (1 + e) for z >= 0 and
    s(z) = e / (1 + e) for z < 0.

    >>> import tinynet as xp
    >>> sigmoid(xp, xp.asarray([[0.0, 2.0, -2.0]]))
    array([[0.5       , 0.88079708, 0.11920292]])
    """
    ndarray, float64, unary = _FAST or _fast_path()
    if type(z) is ndarray and z.dtype is float64:
        return unary(_sigmoid_of_float, z)
    e = xp.exp(-xp.maximum(z, -z))  # exp(-|z|)
    return xp.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _sigmoid_of_float(z):
    """sigmoid of one float with the array formula's operations: e = exp(-maximum(z, -z)), then the branch."""
    if z >= 0:
        return 1.0 / (1.0 + _exp(-z))  # maximum(z, -z) is z here (for -0.0 too, as _maximum keeps z)
    e = _exp(z if -z > z else -z)  # -maximum(z, -z): z below 0, -z for a nan (maximum keeps the nan z)
    return e / (1.0 + e)


def sigmoid_backward(xp, z, a, grad_a):
    """Return grad_z = grad_a * s'(z), where s'(z) = s(z) (1 - s(z)) = a (1 - a).

    >>> import tinynet as xp
    >>> a = sigmoid(xp, xp.asarray([[0.0]]))
    >>> sigmoid_backward(xp, None, a, xp.asarray([[1.0]]))
    array([[0.25]])
    """
    return grad_a * a * (1.0 - a)


# ---------------------------------------------------------------------------------------------------------
# tanh


def tanh(xp, z):
    """Return the hyperbolic tangent tanh(z) = (e^z - e^-z) / (e^z + e^-z), elementwise.

    >>> import tinynet as xp
    >>> tanh(xp, xp.asarray([[0.0, 1000.0, -1000.0]]))
    array([[ 0.,  1., -1.]])
    """
    return xp.tanh(z)


def tanh_backward(xp, z, a, grad_a):
    """Return grad_z = grad_a * tanh'(z), where tanh'(z) = 1 - tanh(z)^2 = 1 - a^2.

    >>> import tinynet as xp
    >>> tanh_backward(xp, None, xp.asarray([[0.0, 0.5]]), xp.asarray([[1.0, 1.0]]))
    array([[1.  , 0.75]])
    """
    return grad_a * (1.0 - a * a)


# ---------------------------------------------------------------------------------------------------------
# relu


def relu(xp, z):
    """Return the rectified linear unit relu(z) = max(z, 0), elementwise.

    >>> import tinynet as xp
    >>> relu(xp, xp.asarray([[-2.0, 0.0, 3.0]]))
    array([[0., 0., 3.]])
    """
    return xp.where(z > 0, z, xp.zeros(z.shape, dtype=xp.float64))


def relu_backward(xp, z, a, grad_a):
    """Return grad_z = grad_a * relu'(z), where relu'(z) = 1 for z > 0 and 0 otherwise.

    >>> import tinynet as xp
    >>> relu_backward(xp, xp.asarray([[-2.0, 3.0]]), None, xp.asarray([[5.0, 5.0]]))
    array([[0., 5.]])
    """
    return xp.where(z > 0, grad_a, xp.zeros(z.shape, dtype=xp.float64))


# ---------------------------------------------------------------------------------------------------------
# identity


def identity(xp, z):
    """Return z unchanged: f(z) = z, the output of a linear (regression) layer.

    >>> import tinynet as xp
    >>> identity(xp, xp.asarray([[-2.0, 3.0]]))
    array([[-2.,  3.]])
    """
    return z


def identity_backward(xp, z, a, grad_a):
    """Return grad_z = grad_a, since f'(z) = 1.

    >>> import tinynet as xp
    >>> identity_backward(xp, None, None, xp.asarray([[0.5]]))
    array([[0.5]])
    """
    return grad_a


# ---------------------------------------------------------------------------------------------------------
# softmax


def softmax(xp, z):
    """Return the softmax of each row, a_j = exp(z_j) / sum_k exp(z_k), without overflow.

    The row maximum is subtracted first: exp(z_j - max(z)) <= 1, and the ratio is unchanged.

    >>> import tinynet as xp
    >>> softmax(xp, xp.asarray([[0.0, 0.0], [1000.0, 0.0]]))
    array([[0.5, 0.5],
           [1. , 0. ]])
    """
    e = xp.exp(z - xp.max(z, axis=1, keepdims=True))
    return e / xp.sum(e, axis=1, keepdims=True)


def softmax_backward(xp, z, a, grad_a):
    """Return grad_z for softmax, row by row: grad_z = a * (grad_a - sum_k grad_a_k a_k).

    This is the Jacobian-vector product with da_j/dz_i = a_j (delta_ij - a_i), which is symmetric.

    >>> import tinynet as xp
    >>> softmax_backward(xp, None, xp.asarray([[0.5, 0.5]]), xp.asarray([[1.0, 0.0]]))
    array([[ 0.25, -0.25]])
    """
    return a * (grad_a - xp.sum(grad_a * a, axis=1, keepdims=True))


# ---------------------------------------------------------------------------------------------------------
# the table of activations by name

ACTIVATIONS = {
    "sigmoid": (sigmoid, sigmoid_backward),
    "tanh": (tanh, tanh_backward),
    "relu": (relu, relu_backward),
    "identity": (identity, identity_backward),
    "softmax": (softmax, softmax_backward),
}


def get(name):
    """Return the (forward, backward) pair of the activation called name.

    >>> forward, backward = get("tanh")
    >>> forward.__name__, backward.__name__
    ('tanh', 'tanh_backward')
    >>> get("swish")
    Traceback (most recent call last):
        ...
    ValueError: unknown activation 'swish'; expected one of identity, relu, sigmoid, softmax, tanh
    """
    pair = ACTIVATIONS.get(name) if isinstance(name, str) else None
    if pair is None:
        raise ValueError("unknown activation %r; expected one of %s" % (name, ", ".join(sorted(ACTIVATIONS))))
    return pair
