"""Training runs for the portable trainer tests, written once for any backend.

make_fixtures.py runs them with ``backend="numpy"`` on CPython; the portable tests run them with
``backend="tinynet"`` on every runtime and compare: the same seed gives both backends the same
initial weights, so losses, weights and outputs must agree to ``TRAINING_TOL`` relative.
"""
from tinynet.nn import Network, Perceptron

# Rounding differences (summation order, a compensated sum() on Pyodide) grow a little over many
# steps, so training results are compared more loosely than single operations.
TRAINING_TOL = 1e-9

XOR_X = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]
XOR_Y = [0, 1, 1, 0]
XOR_EPOCHS = 300

# Three small clusters for a softmax network trained in shuffled mini-batches with momentum.
CLUSTERS_X = [[0.1, 0.2], [0.3, 0.1], [0.2, 0.4], [0.0, 0.1],
              [1.1, 0.9], [0.9, 1.2], [1.2, 1.1], [1.0, 0.8],
              [-0.9, 1.0], [-1.1, 0.8], [-1.0, 1.2], [-0.8, 0.9]]
CLUSTERS_Y = [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2]
CLUSTERS_EPOCHS = 25

# The seed program's AND data, one sample a row.
AND_X = [[0, 0], [1, 0], [0, 1], [1, 1]]
AND_Y = [0, 0, 0, 1]


def train_xor(backend):
    """Return (network, history) for [2, 8, 1] tanh/sigmoid trained full-batch on XOR."""
    net = Network([2, 8, 1], hidden="tanh", output="sigmoid", seed=0, backend=backend)
    history = net.fit(XOR_X, XOR_Y, epochs=XOR_EPOCHS, lr=0.5)
    return net, history


def train_clusters(backend):
    """Return (network, history) for [2, 6, 3] relu/softmax trained in mini-batches of 4 with momentum."""
    net = Network([2, 6, 3], hidden="relu", output="softmax", seed=3, backend=backend)
    history = net.fit(CLUSTERS_X, CLUSTERS_Y, epochs=CLUSTERS_EPOCHS, lr=0.2, batch_size=4, momentum=0.9)
    return net, history


def train_perceptron(backend):
    """Return the seed tutorial's perceptron trained on AND for 1000 iterations."""
    return Perceptron(weights=[0.4, 0.2], bias=1.0, lr=0.1, backend=backend).fit(AND_X, AND_Y, iterations=1000)


def summary(net, history, X):
    """Return what the tests compare: the loss history, the model's weights and biases, the outputs."""
    model = net.to_dict()
    return {
        "history": [float(loss) for loss in history],
        "weights": model["weights"],
        "biases": model["biases"],
        "proba": [[float(p) for p in row] for row in net.predict_proba(X).tolist()],
        "labels": [int(label) for label in net.predict(X).tolist()],
    }


def training_runs(backend):
    """Return {name: summary} for every training run on the backend."""
    xor_net, xor_history = train_xor(backend)
    clusters_net, clusters_history = train_clusters(backend)
    return {
        "xor": summary(xor_net, xor_history, XOR_X),
        "clusters": summary(clusters_net, clusters_history, CLUSTERS_X),
    }
