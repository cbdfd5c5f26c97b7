"""Tests of tinynet.nn, activations and losses: the API, the arithmetic of training, stability, learning.

Expected values come from NumPy written out independently here (a textbook backprop, the naive formulas of
each activation and loss, NumPy's own legacy generator, the seed program itself), never from the code
under test.  The cross-backend and gradient-check properties live in test_nn_backends.py.
"""
import contextlib
import io
import math
import os
import runpy

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

import tinynet
from tinynet.nn import activations
from tinynet.nn import datasets
from tinynet.nn import losses
from tinynet.nn import Network, Perceptron, TrainingDivergedError, gradcheck, load

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED_PROGRAM = os.path.join(ROOT, "examples", "seed_program.py")
BACKENDS = ["tinynet", "numpy"]
XOR_X = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]
XOR_Y = [0, 1, 1, 0]


def _lists(a):
    return a.tolist() if hasattr(a, "tolist") else a


# ---------------------------------------------------------------------------------------------------------
# the seed program's perceptron


def _run_seed_program():
    """Run the tutorial's program with NumPy and return its final W and b."""
    with contextlib.redirect_stdout(io.StringIO()):
        namespace = runpy.run_path(SEED_PROGRAM)
    return namespace["W"], namespace["b"]


@pytest.mark.parametrize("backend", BACKENDS)
def test_perceptron_reproduces_the_seed_program_exactly(backend):
    W, b = _run_seed_program()
    x = np.array([[0, 1, 0, 1], [0, 0, 1, 1]])  # the seed's layout: one sample per column
    y = [0, 0, 0, 1]
    p = Perceptron(weights=[0.4, 0.2], bias=1.0, lr=0.1, backend=backend).fit(x.T.tolist(), y, iterations=1000)
    assert p.weights == W.ravel().tolist()  # bit for bit
    assert p.bias == float(b)
    assert p.predict(x.T.tolist()).tolist() == y
    assert p.score(x.T.tolist(), y) == 1.0


def _seed_loop(iterations):
    """Return W and b after the seed program's loop body has run the given number of times (NumPy)."""
    x = np.array([[0, 1, 0, 1], [0, 0, 1, 1]])
    y = np.array([[0, 0, 0, 1]])
    W = np.zeros((x.shape[0], y.shape[0]))
    W[0], W[1] = 0.4, 0.2
    b = 1
    m = x.shape[1]
    for _ in range(iterations):
        z = np.dot(W.T, x) + b
        s = 1 / (1 + np.exp(-z))
        y_pred = np.array(s >= 0.5, dtype="int64")
        dW = np.dot(x, (y_pred - y).T) / m
        db = np.sum(y_pred - y) / m
        W = W - 0.1 * dW
        b = b - 0.1 * db
    return W, b


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("iterations", [0, 1, 2, 5, 13, 50])
def test_perceptron_matches_the_seed_loop_at_every_iteration_count(backend, iterations):
    W, b = _seed_loop(iterations)
    X = [[0, 0], [1, 0], [0, 1], [1, 1]]
    p = Perceptron(weights=[0.4, 0.2], bias=1.0, lr=0.1, backend=backend).fit(X, [0, 0, 0, 1], iterations)
    assert p.weights == W.ravel().tolist()
    assert p.bias == float(b)


def test_perceptron_does_not_overflow_for_large_inputs():
    p = Perceptron(weights=[1.0, 1.0], bias=0.0, backend="numpy")
    with np.errstate(over="raise", divide="raise", invalid="raise"):
        proba = p.predict_proba([[1000.0, 1000.0], [-1000.0, -1000.0]])
    assert proba.tolist()[0][0] == 1.0 and 0.0 <= proba.tolist()[1][0] < 1e-300


def test_perceptron_rejects_mismatched_data():
    with pytest.raises(ValueError, match="shape"):
        Perceptron(weights=[0.4, 0.2]).fit([[0, 0, 1]], [0])
    with pytest.raises(ValueError, match="samples"):
        Perceptron(weights=[0.4, 0.2]).fit([[0, 0], [1, 1]], [0])


# ---------------------------------------------------------------------------------------------------------
# activations and losses against their naive formulas


Z_WIDE = [[-1000.0, -30.0, -1.5, -1e-300, 0.0, 1e-300, 2.0, 30.0, 1000.0]]


def _naive_activation(name, z):
    if name == "sigmoid":
        return 1.0 / (1.0 + np.exp(-z))
    if name == "tanh":
        return np.tanh(z)
    if name == "relu":
        return np.maximum(z, 0.0)
    if name == "identity":
        return z
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


@pytest.mark.parametrize("name", sorted(activations.ACTIVATIONS))
@pytest.mark.parametrize("backend", BACKENDS)
def test_activations_are_finite_and_warning_free_at_magnitude_1000(name, backend):
    xp = tinynet if backend == "tinynet" else np
    forward, backward = activations.get(name)
    z = xp.asarray(Z_WIDE, dtype=xp.float64)
    with np.errstate(over="raise", divide="raise", invalid="raise"):
        a = forward(xp, z)
        g = backward(xp, z, a, xp.asarray([[1.0] * len(Z_WIDE[0])], dtype=xp.float64))
    for value in a.tolist()[0] + g.tolist()[0]:
        assert math.isfinite(value), (name, a, g)
    if name == "sigmoid":
        assert a.tolist()[0][0] == 0.0 and a.tolist()[0][-1] == 1.0 and a.tolist()[0][4] == 0.5
    if name == "softmax":
        assert a.tolist()[0][-1] == 1.0


moderate = st.floats(-20.0, 20.0, allow_nan=False)
rows_of = st.integers(1, 4).flatmap(
    lambda n: st.lists(st.lists(moderate, min_size=n, max_size=n), min_size=1, max_size=4))


@pytest.mark.parametrize("name", sorted(activations.ACTIVATIONS))
@settings(max_examples=40, deadline=None)
@given(z=rows_of)
def test_activations_match_their_naive_formulas(name, z):
    forward, _ = activations.get(name)
    expected = _naive_activation(name, np.asarray(z))
    for xp in (np, tinynet):
        got = np.asarray(forward(xp, xp.asarray(z, dtype=xp.float64)).tolist())
        np.testing.assert_allclose(got, expected, rtol=1e-14, atol=1e-300)


@pytest.mark.parametrize("name", sorted(activations.ACTIVATIONS))
@settings(max_examples=40, deadline=None)
@given(z=rows_of, data=st.data())
def test_activation_backward_is_the_derivative_of_forward(name, z, data):
    forward, backward = activations.get(name)
    z = np.asarray(z)
    grad_a = np.asarray(data.draw(st.lists(st.lists(st.floats(-2, 2), min_size=z.shape[1], max_size=z.shape[1]),
                                           min_size=z.shape[0], max_size=z.shape[0])))
    if name == "relu":
        z = np.where(np.abs(z) < 1e-3, 1.0, z)  # keep away from the kink
    h = 1e-6
    # d/dz_ij of sum(grad_a * f(z)), by central differences, is the chain rule's grad_z_ij
    expected = np.zeros_like(z)
    for i in range(z.shape[0]):
        for j in range(z.shape[1]):
            plus, minus = z.copy(), z.copy()
            plus[i, j] += h
            minus[i, j] -= h
            expected[i, j] = (np.sum(grad_a * forward(np, plus)) - np.sum(grad_a * forward(np, minus))) / (2 * h)
    for xp in (np, tinynet):
        zx = xp.asarray(z.tolist(), dtype=xp.float64)
        got = np.asarray(backward(xp, zx, forward(xp, zx), xp.asarray(grad_a.tolist(), dtype=xp.float64)).tolist())
        np.testing.assert_allclose(got, expected, rtol=1e-6, atol=1e-7)


def _naive_loss(name, z, y):
    if name == "bce":
        p = 1.0 / (1.0 + np.exp(-z))
        return float(np.mean(-y * np.log(p) - (1 - y) * np.log(1 - p)))
    if name == "cce":
        p = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
        return float(np.mean(-(y * np.log(p)).sum(axis=1)))
    return float(np.mean((z - y) ** 2))


@pytest.mark.parametrize("name", ["bce", "cce", "mse"])
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_losses_match_their_naive_formulas(name, data):
    m = data.draw(st.integers(1, 5))
    k = data.draw(st.integers(2, 4))
    z = np.asarray(data.draw(st.lists(st.lists(st.floats(-15, 15), min_size=k, max_size=k), min_size=m, max_size=m)))
    labels = data.draw(st.lists(st.integers(0, k - 1), min_size=m, max_size=m))
    y = np.eye(k)[labels] if name == "cce" else np.asarray(
        data.draw(st.lists(st.lists(st.sampled_from([0.0, 1.0]), min_size=k, max_size=k), min_size=m, max_size=m)))
    output = {"bce": "sigmoid", "cce": "softmax", "mse": "identity"}[name]
    value, _ = losses.get(name, output)
    expected = _naive_loss(name, z, y)
    for xp in (np, tinynet):
        zx = xp.asarray(z.tolist(), dtype=xp.float64)
        a = activations.get(output)[0](xp, zx)
        got = value(xp, zx, a, xp.asarray(y.tolist(), dtype=xp.float64))
        assert math.isclose(got, expected, rel_tol=1e-9, abs_tol=1e-12), (got, expected)


@pytest.mark.parametrize("backend", BACKENDS)
def test_cross_entropies_stay_finite_for_huge_logits(backend):
    xp = tinynet if backend == "tinynet" else np
    z = xp.asarray([[1000.0, -1000.0]], dtype=xp.float64)
    y = xp.asarray([[0.0, 1.0]], dtype=xp.float64)
    with np.errstate(over="raise", divide="raise", invalid="raise"):
        bce = losses.binary_cross_entropy(xp, z, None, y)
        cce = losses.categorical_cross_entropy(xp, z, None, y)
    assert bce == 1000.0  # each element costs 1000 nats, the mean of two is 1000
    assert cce == 2000.0  # log softmax of the true class is -2000


def test_default_losses_and_bad_pairs():
    assert Network([2, 1], output="sigmoid").loss_name == "bce"
    assert Network([2, 3], output="softmax").loss_name == "cce"
    assert Network([2, 1], output="identity").loss_name == "mse"
    assert Network([2, 1], output="sigmoid", loss="mse").loss_name == "mse"
    with pytest.raises(ValueError, match="needs a softmax output"):
        Network([2, 3], output="sigmoid", loss="cce")
    with pytest.raises(ValueError, match="unknown loss"):
        Network([2, 1], loss="hinge")
    with pytest.raises(ValueError, match="unknown activation"):
        Network([2, 4, 1], hidden="swish")


# ---------------------------------------------------------------------------------------------------------
# the arithmetic of training, against a textbook NumPy backprop written here


def _textbook_gradient(W1, b1, W2, b2, X, Y):
    """Gradient of the mean BCE of a tanh/sigmoid network, written out by hand with NumPy."""
    m = X.shape[0]
    z1 = X @ W1 + b1
    a1 = np.tanh(z1)
    z2 = a1 @ W2 + b2
    a2 = 1 / (1 + np.exp(-z2))
    d2 = (a2 - Y) / Y.shape[1]
    d1 = (d2 @ W2.T) * (1 - a1 ** 2)
    return X.T @ d1 / m, d1.sum(axis=0) / m, a1.T @ d2 / m, d2.sum(axis=0) / m


@pytest.mark.parametrize("backend", BACKENDS)
def test_initial_weights_are_numpys_legacy_normal_draws_scaled(backend):
    seed = 7
    net = Network([3, 5, 2, 1], hidden="relu", output="sigmoid", seed=seed, backend=backend)
    rng = np.random.RandomState(seed)
    expected = [rng.standard_normal((3, 5)) * math.sqrt(2.0 / 3),
                rng.standard_normal((5, 2)) * math.sqrt(2.0 / 5),
                rng.standard_normal((2, 1)) * math.sqrt(1.0 / 2)]
    for W, E in zip(net.weights, expected):
        np.testing.assert_allclose(np.asarray(W.tolist()), E, rtol=1e-15, atol=0)
    assert [b.tolist() for b in net.biases] == [[0.0] * 5, [0.0] * 2, [0.0]]


@pytest.mark.parametrize("backend", BACKENDS)
def test_one_step_matches_a_textbook_backprop(backend):
    X = np.array([[0.5, -1.0], [1.5, 2.0], [-0.25, 0.75]])
    y = [0, 1, 1]
    net = Network([2, 3, 1], hidden="tanh", output="sigmoid", seed=3, backend=backend)
    W1, W2 = (np.asarray(W.tolist()) for W in net.weights)
    b1, b2 = (np.asarray(b.tolist()) for b in net.biases)
    dW1, db1, dW2, db2 = _textbook_gradient(W1, b1, W2, b2, X, np.array(y, dtype=float)[:, None])
    nabla_w, nabla_b = net.backprop(X.tolist(), y)
    for got, expected in zip(list(nabla_w) + list(nabla_b), [dW1, dW2, db1, db2]):
        np.testing.assert_allclose(np.asarray(got.tolist()), expected, rtol=1e-12, atol=1e-15)
    net.fit(X.tolist(), y, epochs=1, lr=0.3)
    np.testing.assert_allclose(np.asarray(net.weights[0].tolist()), W1 - 0.3 * dW1, rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(np.asarray(net.biases[1].tolist()), b2 - 0.3 * db2, rtol=1e-12, atol=1e-15)


@pytest.mark.parametrize("backend", BACKENDS)
def test_momentum_and_l2_follow_their_update_rules(backend):
    X, y = [[0.5, -1.0], [1.5, 2.0]], [0, 1]
    lr, mu, l2 = 0.2, 0.9, 0.01
    reference = Network([2, 2, 1], seed=4, backend=backend)
    W = [np.asarray(w.tolist()) for w in reference.weights]
    b = [np.asarray(v.tolist()) for v in reference.biases]
    velocity_w = [np.zeros_like(w) for w in W]
    velocity_b = [np.zeros_like(v) for v in b]
    for _ in range(2):
        g_w, g_b = reference.backprop(X, y)
        for l in range(2):
            velocity_w[l] = mu * velocity_w[l] - lr * (np.asarray(g_w[l].tolist()) + l2 * W[l])
            velocity_b[l] = mu * velocity_b[l] - lr * np.asarray(g_b[l].tolist())
            W[l] = W[l] + velocity_w[l]
            b[l] = b[l] + velocity_b[l]
        reference.weights = [reference.xp.asarray(w.tolist()) for w in W]
        reference.biases = [reference.xp.asarray(v.tolist()) for v in b]
    net = Network([2, 2, 1], seed=4, backend=backend)
    net.fit(X, y, epochs=2, lr=lr, momentum=mu, l2=l2)
    for got, expected in zip(net.weights + net.biases, W + b):
        np.testing.assert_allclose(np.asarray(got.tolist()), expected, rtol=1e-13, atol=1e-15)


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("batch_size", [None, 2])
def test_history_is_the_loss_after_each_epoch(backend, batch_size):
    X, y = datasets.moons(12, noise=0.1, seed=1)
    net = Network([2, 4, 1], seed=2, backend=backend)
    history = net.fit(X, y, epochs=5, lr=0.5, batch_size=batch_size)
    assert len(history) == 5 and all(isinstance(h, float) for h in history)
    assert history[-1] == net.loss(X, y)
    one_at_a_time = Network([2, 4, 1], seed=2, backend=backend)
    if batch_size is None:  # full batch: epochs run one call at a time give the same numbers
        assert [one_at_a_time.fit(X, y, epochs=1, lr=0.5)[0] for _ in range(5)] == history
    assert net.fit(X, y, epochs=0) == []


@pytest.mark.parametrize("backend", BACKENDS)
def test_inputs_of_every_kind_give_the_same_result(backend):
    X_lists = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]
    forms = [
        (X_lists, XOR_Y),
        (tuple(tuple(r) for r in X_lists), tuple(XOR_Y)),
        (np.asarray(X_lists), np.asarray(XOR_Y)),
        (tinynet.asarray(X_lists), tinynet.asarray(XOR_Y)),
        ([[0, 0], [0, 1], [1, 0], [1, 1]], [[0], [1], [1], [0]]),  # int features, 2-d targets
    ]
    results = []
    for X, y in forms:
        net = Network([2, 3, 1], seed=0, backend=backend)
        results.append((net.fit(X, y, epochs=3, lr=0.5), net.loss(X, y), net.score(X, y)))
    assert all(r == results[0] for r in results)


@pytest.mark.parametrize("backend", BACKENDS)
def test_softmax_accepts_labels_or_one_hot_targets(backend):
    X = [[0.0, 1.0], [1.0, 0.0], [2.0, 2.0]]
    labels = [2, 0, 1]
    one_hot = np.eye(3)[labels].tolist()
    net = Network([2, 3], output="softmax", seed=0, backend=backend)
    assert net.loss(X, labels) == net.loss(X, one_hot)
    proba = np.asarray(net.predict_proba(X).tolist())
    assert net.predict(X).tolist() == proba.argmax(axis=1).tolist()
    assert net.score(X, one_hot) == net.score(X, labels)


def test_bad_arguments_raise_clear_errors():
    with pytest.raises(ValueError, match="at least an input and an output"):
        Network([3])
    with pytest.raises(ValueError, match="positive ints"):
        Network([2, 0, 1])
    with pytest.raises(ValueError, match="unknown backend"):
        Network([2, 1], backend="torch")
    net = Network([2, 3], output="softmax")
    with pytest.raises(ValueError, match="3 features per sample, but the network has 2 inputs"):
        net.fit([[1.0, 2.0, 3.0]], [0])
    with pytest.raises(ValueError, match="must be 2-d"):
        net.predict([1.0, 2.0])
    with pytest.raises(ValueError, match="X has 2 samples but y has 1"):
        net.fit([[1.0, 2.0], [3.0, 4.0]], [0])
    with pytest.raises(ValueError, match=r"y has 2 classes \[0, 3\], but a network with 3 output units "
                                         r"separates 3 classes"):
        net.fit([[1.0, 2.0], [3.0, 4.0]], [0, 3])
    with pytest.raises(ValueError, match="expected"):
        net.fit([[1.0, 2.0]], [[0.0, 1.0]])
    for settings_ in ({"epochs": -1}, {"lr": 0.0}, {"batch_size": 0}, {"momentum": 1.0}, {"l2": -0.1}):
        with pytest.raises(ValueError):
            net.fit([[1.0, 2.0]], [0], **settings_)


def test_repr_and_custom_namespace_module():
    with pytest.raises(TypeError, match="not an array namespace"):
        Network([2, 1], backend=math)
    array_api_strict = pytest.importorskip("array_api_strict")  # Python 3.9+
    net = Network([2, 3, 1], backend=array_api_strict)
    assert repr(net) == "Network([2, 3, 1], hidden='tanh', output='sigmoid', loss='bce', backend='array_api_strict')"


# ---------------------------------------------------------------------------------------------------------
# learning what a user would expect, on both backends


@pytest.fixture(scope="module")
def xor_runs():
    runs = {}
    for backend in BACKENDS:
        net = Network([2, 8, 1], hidden="tanh", output="sigmoid", seed=0, backend=backend)
        runs[backend] = (net, net.fit(XOR_X, XOR_Y, epochs=2000, lr=0.5))
    return runs


@pytest.mark.parametrize("backend", BACKENDS)
def test_xor_is_learned(xor_runs, backend):
    net, history = xor_runs[backend]
    assert net.score(XOR_X, XOR_Y) == 1.0
    assert history[-1] < 0.01 < 0.5 < history[0]
    assert net.predict(XOR_X).tolist() == XOR_Y


def test_xor_histories_agree_across_backends(xor_runs):
    np.testing.assert_allclose(xor_runs["tinynet"][1], xor_runs["numpy"][1], rtol=1e-9)


@pytest.mark.parametrize("backend", BACKENDS)
def test_moons_are_learned_in_mini_batches(backend):
    X, y = datasets.moons(200, noise=0.1, seed=0)
    net = Network([2, 16, 1], hidden="tanh", output="sigmoid", seed=0, backend=backend)
    history = net.fit(X, y, epochs=100, lr=0.3, batch_size=20)
    assert net.score(X, y) >= 0.97
    assert history[-1] < 0.1
    X_test, y_test = datasets.moons(200, noise=0.1, seed=1)
    assert net.score(X_test, y_test) >= 0.95


@pytest.mark.parametrize("backend", BACKENDS)
def test_spiral_is_learned_with_softmax_and_momentum(backend):
    X, y = datasets.spiral(150, n_classes=3, noise=0.2, seed=0)
    net = Network([2, 24, 3], hidden="tanh", output="softmax", seed=0, backend=backend)
    history = net.fit(X, y, epochs=100, lr=0.1, batch_size=10, momentum=0.9)
    assert net.score(X, y) >= 0.95
    assert history[-1] < 0.15 < history[0]


def test_a_linear_model_cannot_learn_xor_but_one_hidden_layer_can():
    linear = Network([2, 1], output="sigmoid", seed=0, backend="numpy")
    linear.fit(XOR_X, XOR_Y, epochs=2000, lr=0.5)
    assert linear.score(XOR_X, XOR_Y) <= 0.75


def test_gradcheck_detects_a_wrong_gradient():
    net = Network([2, 3, 1], hidden="tanh", seed=0, backend="numpy")
    assert gradcheck(net, XOR_X, XOR_Y) < 1e-6
    wrong = Network([2, 3, 1], hidden="tanh", seed=0, backend="numpy")
    wrong._hidden_functions = (activations.tanh, activations.sigmoid_backward)  # a deliberate bug
    assert gradcheck(wrong, XOR_X, XOR_Y) > 1e-2
    before = [w.tolist() for w in net.weights]
    gradcheck(net, XOR_X, XOR_Y)
    assert [w.tolist() for w in net.weights] == before


def test_load_is_exported(tmp_path):
    net = Network([2, 1], seed=0)
    path = str(tmp_path / "m.json")
    net.save(path)
    assert load(path).to_dict() == net.to_dict()


def test_fit_does_not_mutate_its_inputs():
    X = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]
    y = [0, 1, 1, 0]
    X_tn, y_tn = tinynet.asarray(X), tinynet.asarray(y)
    net = Network([2, 3, 1], seed=0)
    net.fit(X, y, epochs=3, batch_size=2)
    net.fit(X_tn, y_tn, epochs=3, batch_size=2)
    assert X == [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]] and y == [0, 1, 1, 0]
    assert X_tn.tolist() == X and y_tn.tolist() == y


def test_the_tinynet_backend_never_imports_numpy(tmp_path):
    import subprocess
    import sys

    program = (
        "import sys\n"
        "from tinynet.nn import Network, Perceptron, gradcheck, load\n"
        "from tinynet.nn import datasets\n"
        "X, y = datasets.moons(20, noise=0.1, seed=0)\n"
        "net = Network([2, 4, 1], seed=0)\n"
        "net.fit(X, y, epochs=3, batch_size=5, momentum=0.5)\n"
        "gradcheck(net, X, y)\n"
        "net.save(sys.argv[1])\n"
        "load(sys.argv[1]).predict(X)\n"
        "Perceptron(weights=[0.4, 0.2], bias=1.0).fit([[0, 0], [1, 1]], [0, 1], iterations=3)\n"
        "assert 'numpy' not in sys.modules, 'numpy was imported'\n"
    )
    env = dict(os.environ, PYTHONPATH=ROOT)
    done = subprocess.run([sys.executable, "-c", program, str(tmp_path / "m.json")], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr


# ---------------------------------------------------------------------------------------------------------
# labels are classes, as in scikit-learn's classifiers


LABEL_KINDS = {
    "ints": st.lists(st.integers(-10 ** 6, 10 ** 6), min_size=1, max_size=4, unique=True),
    "strings": st.lists(st.text(min_size=0, max_size=5), min_size=1, max_size=4, unique=True),
    "whole floats": st.lists(st.integers(-1000, 1000).map(float), min_size=1, max_size=4, unique=True),
}


@settings(max_examples=40, deadline=None)
@given(data=st.data(), kind=st.sampled_from(sorted(LABEL_KINDS)), backend=st.sampled_from(BACKENDS))
def test_any_labels_train_exactly_like_their_class_indices(data, kind, backend):
    """Training on labels L is training on their positions in sorted(set(L)), bit for bit, and predict
    answers with the labels themselves."""
    values = data.draw(LABEL_KINDS[kind])
    classes = sorted(values)
    n_classes = max(len(classes), 2)
    if len(classes) == 1:
        classes = sorted(values + [data.draw(LABEL_KINDS[kind].filter(lambda v: v[0] not in values))[0]])
    n_out = 1 if n_classes == 2 else n_classes
    m = data.draw(st.integers(n_classes, 8))
    indices = [k % n_classes for k in range(m)]  # every class appears
    X = [[data.draw(st.floats(-2.0, 2.0)), data.draw(st.floats(-2.0, 2.0))] for _ in range(m)]
    labels = [classes[k] for k in indices]
    output = "sigmoid" if n_out == 1 else "softmax"
    by_label = Network([2, 3, n_out], output=output, seed=5, backend=backend)
    by_index = Network([2, 3, n_out], output=output, seed=5, backend=backend)
    if set(classes) == set(range(n_classes)):
        assert by_label.fit(X, labels, epochs=3, lr=0.5) == by_index.fit(X, indices, epochs=3, lr=0.5)
    else:
        assert by_label.fit(X, labels, epochs=3, lr=0.5) == _fit_on_indices(by_index, X, indices, n_classes)
    assert by_label.classes_ == classes
    assert by_label.to_dict()["weights"] == by_index.to_dict()["weights"]
    expected = [classes[k] for k in _lists(by_index.predict(X))]
    assert list(_lists(by_label.predict(X))) == expected
    assert by_label.score(X, labels) == by_index.score(X, indices)


def _fit_on_indices(net, X, indices, n_classes):
    return net.fit(X, indices, epochs=3, lr=0.5)


def test_classes_follow_scikit_learn():
    X = [[0.0], [1.0], [2.0], [3.0]]
    net = Network([1, 4, 3], output="softmax", seed=0)
    net.fit(X, ["b", "a", "c", "a"], epochs=5)
    assert net.classes_ == ["a", "b", "c"]
    assert all(label in ("a", "b", "c") for label in net.predict(X))
    with pytest.raises(ValueError, match=r"y contains previously unseen labels: \['d'\]"):
        net.fit(X, ["a", "b", "c", "d"], epochs=1)
    with pytest.raises(ValueError, match="previously unseen labels"):
        net.loss(X, ["a", "b", "c", "z"])
    assert net.score(X, ["a", "b", "c", "z"]) <= 0.75  # an unknown label is a wrong answer, as in sklearn
    with pytest.raises(ValueError, match=r"Mix of label input types \(string and number\)"):
        Network([1, 3, 3], output="softmax").fit(X, ["a", 1, 2, "a"])
    with pytest.raises(ValueError, match="Unknown label type: continuous"):
        Network([1, 1]).fit(X, [0.5, 1.5, 0.5, 1.5])
    with pytest.raises(ValueError, match=r"y has 3 classes \[0, 1, 100000\], but a network with 1 output unit "
                                         r"separates 2 classes"):
        Network([1, 1]).fit(X, [0, 1, 100000, 0])
    with pytest.raises(ValueError, match=r"y has 1 class \[7\]"):
        Network([1, 1]).fit(X, [7, 7, 7, 7])
    with pytest.raises(ValueError, match="labels must be numbers or strings"):
        Network([1, 1]).fit(X, [None, 1, 0, 1])
    # labels that are the unit numbers keep them, even when a class is missing from y
    net = Network([1, 3], output="softmax")
    net.fit(X, [0, 2, 2, 0], epochs=1)
    assert net.classes_ == [0, 1, 2]
    # explicit classes are sorted, must fit the output, and fix the classes from the start
    assert Network([1, 1], classes=["yes", "no"]).classes_ == ["no", "yes"]
    with pytest.raises(ValueError, match="classes has 3 classes"):
        Network([1, 1], classes=[1, 2, 3])
    fixed = Network([1, 1], classes=[3, 4])
    with pytest.raises(ValueError, match=r"previously unseen labels: \[0, 1\]"):
        fixed.fit(X, [0, 1, 0, 1])


@pytest.mark.parametrize("backend", BACKENDS)
def test_predict_returns_ints_floats_or_strings_as_the_classes_are(backend):
    X = [[0.0], [1.0]]
    for labels, kind in (([3, 9], "int"), ([2.0, -1.0], "float"), (["x", "y"], "str")):
        net = Network([1, 1], seed=0, backend=backend)
        net.fit(X, labels, epochs=2)
        predicted = net.predict(X)
        values = _lists(predicted)
        assert all(type(v).__name__ == kind for v in values), (labels, values)
        assert set(values) <= set(labels)
        if kind == "str":
            assert isinstance(predicted, list)


# ---------------------------------------------------------------------------------------------------------
# non-finite inputs and settings


NAN, INF = float("nan"), float("inf")


@settings(max_examples=60, deadline=None)
@given(data=st.data(), bad=st.sampled_from([NAN, INF, -INF, 10 ** 400]), backend=st.sampled_from(BACKENDS),
       method=st.sampled_from(["fit", "predict", "predict_proba", "loss", "score"]))
def test_non_finite_x_is_a_value_error_in_every_method(data, bad, backend, method):
    m = data.draw(st.integers(1, 5))
    X = [[data.draw(st.floats(-3.0, 3.0)) for _ in range(2)] for _ in range(m)]
    X[data.draw(st.integers(0, m - 1))][data.draw(st.integers(0, 1))] = bad
    if data.draw(st.booleans()) and not isinstance(bad, int):
        X = np.asarray(X)
    y = [k % 2 for k in range(m)]
    net = Network([2, 3, 1], seed=0, backend=backend)
    before = net.to_dict()
    expected = "Input X contains NaN." if bad != bad else (
        r"Input X contains infinity or a value too large for dtype\('float64'\).")
    with pytest.raises(ValueError, match=expected):
        call = getattr(net, method)
        call(X) if method.startswith("predict") else call(X, y)
    assert net.to_dict() == before


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("bad,message", [(NAN, "Input y contains NaN."),
                                         (INF, r"Input y contains infinity or a value too large"),
                                         (-INF, r"Input y contains infinity or a value too large")])
def test_non_finite_y_is_a_value_error(backend, bad, message):
    net = Network([2, 3, 1], seed=0, backend=backend)
    with pytest.raises(ValueError, match=message):
        net.fit(XOR_X, [0, 1, bad, 0])
    with pytest.raises(ValueError, match=message):
        net.fit(XOR_X, [[0.0], [1.0], [bad], [0.0]])  # 2-d targets
    with pytest.raises(ValueError, match=message):
        net.loss(XOR_X, np.asarray([[0.0], [1.0], [bad], [0.0]]))
    assert net.classes_ == [0, 1]


@pytest.mark.parametrize("setting", ["lr", "momentum", "l2"])
@pytest.mark.parametrize("value", [NAN, INF, -INF, 1e309, "0.1", None, True, [0.1], -1.0])
def test_bad_settings_are_value_errors_naming_the_setting(setting, value):
    if setting == "momentum" and value == -1.0 or setting != "momentum" and value is True:
        value = 1.0 if setting == "momentum" else value
    net = Network([2, 3, 1], seed=0)
    before = net.to_dict()
    with pytest.raises(ValueError, match="^%s must be" % setting):
        net.fit(XOR_X, XOR_Y, epochs=2, **{setting: value})
    assert net.to_dict() == before


# ---------------------------------------------------------------------------------------------------------
# divergence


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("batch_size", [None, 2])
def test_training_that_diverges_stops_with_an_error_and_keeps_finite_weights(backend, batch_size):
    net = Network([2, 16, 16, 1], hidden="relu", seed=0, backend=backend)
    with np.errstate(all="ignore"):
        with pytest.raises(TrainingDivergedError, match="training diverged at epoch 1: the loss became nan") as caught:
            net.fit(XOR_X, XOR_Y, epochs=30, lr=1e300, momentum=0.9, batch_size=batch_size)
    assert isinstance(caught.value, ValueError)
    assert caught.value.epoch == 1 and caught.value.history == []
    model = net.to_dict()  # the weights from before the epoch that diverged: finite, and saveable
    assert all(math.isfinite(w) for W in model["weights"] for row in W for w in row)
    assert model == Network([2, 16, 16, 1], hidden="relu", seed=0, backend=backend).to_dict()
    assert len(net.predict(XOR_X)) == 4


@pytest.mark.parametrize("backend", BACKENDS)
def test_divergence_after_some_epochs_keeps_the_last_finite_epoch(backend):
    net = Network([1, 1], output="identity", loss="mse", seed=0, backend=backend)
    X = [[1.0], [2.0]]
    targets = [[1.0], [2.0]]
    with np.errstate(all="ignore"):
        with pytest.raises(TrainingDivergedError) as caught:
            net.fit(X, targets, epochs=2000, lr=3.0)  # each step multiplies the error by about -14
    error = caught.value
    assert error.epoch > 10 and len(error.history) == error.epoch - 1
    assert all(math.isfinite(loss) for loss in error.history)
    assert net.loss(X, targets) == error.history[-1]


@settings(max_examples=66, deadline=None)
@given(data=st.data())
def test_training_faults_never_leave_a_network_with_non_finite_weights(data):
    """Extreme but finite data and settings: fit either returns with finite weights and losses, or raises
    a ValueError (TrainingDivergedError or a bad setting) and leaves finite weights."""
    magnitude = data.draw(st.sampled_from([1.0, 1e10, 1e100, 1e200, 1e300, 1.7e308]))
    m = data.draw(st.integers(1, 6))
    X = [[data.draw(st.floats(-1.0, 1.0)) * magnitude for _ in range(2)] for _ in range(m)]
    output, loss = data.draw(st.sampled_from([("sigmoid", None), ("identity", "mse"), ("relu", "mse"),
                                              ("softmax", None)]))
    n_out = 3 if output == "softmax" else 1
    y = [k % max(n_out, 2) for k in range(m)]
    if output in ("identity", "relu"):
        y = [[data.draw(st.floats(-1.0, 1.0)) * magnitude] for _ in range(m)]
    net = Network([2, data.draw(st.integers(1, 4)), n_out], hidden=data.draw(st.sampled_from(
        ["tanh", "relu", "identity", "sigmoid"])), output=output, loss=loss, seed=data.draw(st.integers(0, 9)),
        backend=data.draw(st.sampled_from(BACKENDS)))
    settings_ = {"epochs": data.draw(st.integers(1, 5)), "lr": data.draw(st.sampled_from([1e-300, 0.1, 10.0,
                                                                                           1e100, 1e300])),
                 "momentum": data.draw(st.sampled_from([0.0, 0.99])), "l2": data.draw(st.sampled_from([0.0, 1e300])),
                 "batch_size": data.draw(st.sampled_from([None, 1, 2]))}
    with np.errstate(all="ignore"):
        try:
            history = net.fit(X, y, **settings_)
        except TrainingDivergedError as error:
            history = error.history
        assert all(math.isfinite(v) for v in history)
        model = net.to_dict()
        assert all(math.isfinite(w) for layer in model["weights"] for row in layer for w in row)
        assert all(math.isfinite(b) for layer in model["biases"] for b in layer)
        try:
            predicted = net.predict(X)
        except ValueError as error:  # the outputs overflow to nan: said, not hidden
            assert "outputs are nan" in str(error)
        else:
            assert set(_lists(predicted)) <= set(net.classes_)
