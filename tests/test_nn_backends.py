"""One trainer, three array namespaces: tinynet, NumPy and array_api_strict must train alike.

Hypothesis draws a network (1 to 3 hidden layers of width 1 to 8, every activation, every loss that fits
the output), data, labels, a seed and training settings.  The same seed gives every backend the same initial
weights and the same mini-batches, so after k steps the backends may differ only by rounding: the loss
history and every weight and bias must agree to 1e-9 relative (with an absolute floor of 1e-12 for values
that cancel to nearly zero, such as a bias whose gradient sums to zero).  gradcheck must stay below 1e-6
for smooth activations on every backend.
"""
import math
import os

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings, strategies as st

from tinynet.nn import Network, TrainingDivergedError, gradcheck

try:
    import array_api_strict
except ImportError:  # it needs Python 3.9+: on 3.8 the strict namespace's tests skip themselves
    array_api_strict = None
needs_strict = pytest.mark.skipif(array_api_strict is None, reason="array_api_strict is not installed")

REL_TOL = 1e-9
ABS_TOL = 1e-12
# TINYNET_NN_EXAMPLES=2000 runs a longer search; the default keeps the file to a few seconds.
EXAMPLES = int(os.environ.get("TINYNET_NN_EXAMPLES", "100"))
PROPERTY = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SMALLER = settings(max_examples=max(1, EXAMPLES // 2), deadline=None, suppress_health_check=[HealthCheck.too_slow])

# (output activation, loss) pairs that fit; None means the default loss of the output
OUTPUTS_AND_LOSSES = [("sigmoid", None), ("sigmoid", "mse"), ("softmax", None), ("softmax", "mse"),
                      ("identity", None), ("tanh", "mse"), ("relu", "mse")]
HIDDEN = ["tanh", "sigmoid", "relu", "identity", "softmax"]
SMOOTH = ["tanh", "sigmoid", "identity", "softmax"]


@st.composite
def training_cases(draw, hidden_activations=HIDDEN, outputs=OUTPUTS_AND_LOSSES, max_samples=12):
    """Draw (network arguments, X, y, fit arguments) for a small training run."""
    n_hidden_layers = draw(st.integers(1, 3))
    hidden_sizes = [draw(st.integers(1, 8)) for _ in range(n_hidden_layers)]
    n_inputs = draw(st.integers(1, 4))
    output, loss = draw(st.sampled_from(outputs))
    n_outputs = draw(st.integers(2, 4)) if output == "softmax" else draw(st.sampled_from([1, 1, 2, 3]))
    m = draw(st.integers(1, max_samples))
    value = st.floats(-3.0, 3.0, allow_nan=False, allow_infinity=False)
    X = [[draw(value) for _ in range(n_inputs)] for _ in range(m)]
    if n_outputs == 1:
        y = [draw(st.integers(0, 1)) for _ in range(m)]
    elif output == "softmax" or draw(st.booleans()):
        y = [draw(st.integers(0, n_outputs - 1)) for _ in range(m)]  # labels, one-hot encoded by fit
    else:
        y = [[draw(st.sampled_from([0.0, 1.0, 0.25])) for _ in range(n_outputs)] for _ in range(m)]
    network = {"sizes": [n_inputs] + hidden_sizes + [n_outputs], "hidden": draw(st.sampled_from(hidden_activations)),
               "output": output, "loss": loss, "seed": draw(st.integers(0, 2 ** 32 - 1))}
    bounded = output in ("sigmoid", "softmax") and loss is None
    fit = {"epochs": draw(st.integers(1, 4)),
           "lr": draw(st.sampled_from([0.5, 0.1, 0.01] if bounded else [0.1, 0.01])),
           "batch_size": draw(st.sampled_from([None, None, 1, 2, 5])),
           "momentum": draw(st.sampled_from([0.0, 0.0, 0.9])),
           "l2": draw(st.sampled_from([0.0, 0.0, 1e-3]))}
    return network, X, y, fit


def _train(backend, network, X, y, fit):
    """Return (network, loss history): a run that diverges stops early (TrainingDivergedError), and its
    history is the losses before it; its weights are those from before the epoch that diverged."""
    net = Network(backend=backend, **network)
    with np.errstate(all="ignore"):
        try:
            history = net.fit(X, y, **fit)
        except TrainingDivergedError as error:
            history = error.history
    return net, history


def _flatten(values):
    if isinstance(values, list):
        out = []
        for item in values:
            out.extend(_flatten(item))
        return out
    return [values]


def _assert_agree(actual, expected, what, rel_tol=REL_TOL, abs_tol=ABS_TOL):
    actual, expected = _flatten(actual), _flatten(expected)
    assert len(actual) == len(expected), what
    for i, (a, b) in enumerate(zip(actual, expected)):
        if math.isnan(a) and math.isnan(b):
            continue
        assert a == b or math.isclose(a, b, rel_tol=rel_tol, abs_tol=abs_tol), (
            "%s differ at flat index %d: %r vs %r (relative difference %.3g)"
            % (what, i, a, b, abs(a - b) / max(abs(a), abs(b))))


def _assert_same_training(net_a, history_a, net_b, history_b, **tolerances):
    if len(history_a) != len(history_b):
        # one backend's rounding overflowed an epoch before the other's: the epochs both ran agree, and
        # the one that went on has reached losses, or weights, beyond any float calculation's reach (with
        # weights of 1e88 a forward pass overflows, and whether a sum of +inf and -inf products comes out
        # inf or nan depends on the order of addition; relu turns a nan into 0, and so a loss of 0)
        n = min(len(history_a), len(history_b))
        _assert_agree(history_a[:n], history_b[:n], "loss histories", **tolerances)
        longer, net = (history_a, net_a) if len(history_a) > n else (history_b, net_b)
        model = net.to_dict()
        largest = max(abs(v) for v in _flatten(model["weights"]) + _flatten(model["biases"]))
        assert max(abs(loss) for loss in longer[n:]) > 1e100 or largest > 1e50, (history_a, history_b, largest)
        return
    _assert_agree(history_a, history_b, "loss histories", **tolerances)
    model_a, model_b = net_a.to_dict(), net_b.to_dict()
    _assert_agree(model_a["weights"], model_b["weights"], "weights", **tolerances)
    _assert_agree(model_a["biases"], model_b["biases"], "biases", **tolerances)


@PROPERTY
@given(case=training_cases())
def test_tinynet_and_numpy_backends_train_alike(case):
    network, X, y, fit = case
    net_t, history_t = _train("tinynet", network, X, y, fit)
    net_n, history_n = _train("numpy", network, X, y, fit)
    _assert_same_training(net_t, history_t, net_n, history_n)
    finite = all(math.isfinite(v) for v in history_n)
    if finite and len(history_t) == len(history_n):  # (the same epochs ran: the same weights to compare)
        with np.errstate(all="ignore"):
            _assert_agree(net_t.predict_proba(X).tolist(), net_n.predict_proba(X).tolist(), "outputs")


@needs_strict
@SMALLER
@given(case=training_cases())
def test_array_api_strict_trains_as_numpy_does(case):
    network, X, y, fit = case
    net_s, history_s = _train(array_api_strict, network, X, y, fit)
    net_n, history_n = _train("numpy", network, X, y, fit)
    _assert_same_training(net_s, history_s, net_n, history_n)


@pytest.mark.parametrize("backend", ["tinynet", "numpy", pytest.param(array_api_strict, marks=needs_strict)],
                         ids=["tinynet", "numpy", "strict"])
@SMALLER
@given(case=training_cases(hidden_activations=SMOOTH,
                           outputs=[pair for pair in OUTPUTS_AND_LOSSES if pair[0] != "relu"], max_samples=6))
def test_gradcheck_is_below_1e_6_for_smooth_activations(backend, case):
    network, X, y, fit = case
    net = Network(backend=backend, **network)
    with np.errstate(all="ignore"):
        if fit["epochs"] > 2:  # check some trained networks too, not only freshly initialised ones
            try:
                net.fit(X, y, epochs=fit["epochs"], lr=0.05)
            except TrainingDivergedError:
                pass
        # finite differences lose relative accuracy as the loss grows (rounding is ~1e-16 L / h), and a
        # network that diverged is no test of backprop
        assume(net.loss(X, y) < 100.0)
        error = gradcheck(net, X, y)
    assert error < 1e-6, (network, error)


@needs_strict
def test_array_api_strict_runs_the_whole_api_unchanged(tmp_path):
    X = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]
    y = [0, 1, 1, 0]
    net = Network([2, 8, 1], seed=0, backend=array_api_strict)
    history = net.fit(X, y, epochs=300, lr=0.5, batch_size=2, momentum=0.5)
    assert history[-1] < history[0]
    labels = net.predict(array_api_strict.asarray(X))
    assert type(labels) is type(array_api_strict.asarray([0]))
    assert net.score(X, y) == 1.0
    path = str(tmp_path / "strict.json")
    net.save(path)
    from tinynet.nn import load

    for backend in ("tinynet", "numpy", array_api_strict):
        assert load(path, backend=backend).to_dict() == net.to_dict()
