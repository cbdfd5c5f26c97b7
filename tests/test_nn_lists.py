"""backend="lists": a saved network predicting on nested lists must answer as backend="tinynet" does.

Hypothesis draws a model (1 to 3 layers of width 1 to 24, every activation, weights of every scale, int,
float and string classes) and inputs.  The lists backend must give the tinynet backend's probabilities
bit for bit and the same labels, and NumPy's probabilities within a bound on rounding that the test
computes from the magnitudes of the terms (NumPy's BLAS adds the products in another order).  Bad inputs must raise what the tinynet backend raises, type and message.
"""
import math
import pathlib

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import tinynet
from tinynet.nn import Network, load
from tinynet.nn.lists import ListNetwork

ACTIVATIONS = ["tanh", "sigmoid", "relu", "identity", "softmax"]
PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ROOT = pathlib.Path(__file__).resolve().parent.parent


@st.composite
def models(draw):
    """Draw a valid model dict (as modelfile writes it) with weights of a drawn scale."""
    n_layers = draw(st.integers(1, 3))
    sizes = [draw(st.integers(1, 24)) for _ in range(n_layers + 1)]
    output = draw(st.sampled_from(ACTIVATIONS))
    scale = draw(st.sampled_from([1e-3, 1.0, 30.0, 1e150]))
    number = st.floats(-1.0, 1.0, allow_nan=False).map(lambda x: x * scale)
    weights = [[[draw(number) for _ in range(m)] for _ in range(n)] for n, m in zip(sizes, sizes[1:])]
    biases = [[draw(number) for _ in range(m)] for m in sizes[1:]]
    n_classes = 2 if sizes[-1] == 1 else sizes[-1]
    kind = draw(st.sampled_from(["int", "float", "str"]))
    classes = [{"int": k * 3 - 1, "float": k / 4.0, "str": "c%d" % k}[kind] for k in range(n_classes)]
    return {"format": "tinynet-network", "version": 2, "sizes": sizes, "hidden": draw(st.sampled_from(ACTIVATIONS)),
            "output": output, "loss": "mse", "classes": classes, "weights": weights, "biases": biases}


def _inputs(draw, n_inputs):
    value = st.floats(-1e3, 1e3, allow_nan=False) | st.integers(-5, 5)
    return [[draw(value) for _ in range(n_inputs)] for _ in range(draw(st.integers(1, 6)))]


def _outcome(function):
    """(result, None) or (None, (exception type, message)) of calling function."""
    try:
        return function(), None
    except (ValueError, TypeError, OverflowError) as error:
        return None, (type(error), str(error))


@PROPERTY
@given(data=st.data())
def test_lists_predict_as_tinynet_does_bit_for_bit(data):
    model = data.draw(models())
    X = _inputs(data.draw, model["sizes"][0])
    arrays = Network.from_dict(model)
    lists = Network.from_dict(model, backend="lists")
    expected, error = _outcome(lambda: arrays.predict_proba(X).tolist())
    got, got_error = _outcome(lambda: lists.predict_proba(X))
    assert got_error == error
    if error is None:
        assert got == expected
        assert [[math.copysign(1, x) for x in row] for row in got] == \
            [[math.copysign(1, x) for x in row] for row in expected]  # the sign of zero too
        labels = arrays.predict(X)
        assert lists.predict(X) == (labels if isinstance(labels, list) else labels.tolist())


@PROPERTY
@given(data=st.data())
def test_lists_predict_as_numpy_does_to_rounding(data):
    model = data.draw(models())
    X = _inputs(data.draw, model["sizes"][0])
    with np.errstate(all="ignore"):
        expected, error = _outcome(lambda: Network.from_dict(model, backend="numpy").predict_proba(X).tolist())
        bound = _rounding_bound(model, X)
    got, got_error = _outcome(lambda: ListNetwork(model).predict_proba(X))
    if error is not None or got_error is not None:
        return  # an overflow to nan may happen in one order of addition and not the other
    with np.errstate(all="ignore"):
        same = (np.abs(np.array(got) - np.array(expected)) <= bound) | (np.array(got) == np.array(expected))
    assert np.all(same), (got, expected, bound)


def _rounding_bound(model, X):
    """How far two orders of addition may take the outputs apart: each weighted sum of k products is off by
    at most (k + 2) eps times the sum of the terms' magnitudes, and what the layer before was off by goes
    through |W|; each activation passes an error on as it came (softmax: twice the row's largest, to every output) and
    adds a few ulps of its own."""
    eps = np.finfo(np.float64).eps
    a = np.array(X, dtype=float)
    error = np.zeros_like(a)
    for l, (W, b) in enumerate(zip(model["weights"], model["biases"])):
        W, b = np.array(W), np.array(b)
        magnitude = np.abs(a) @ np.abs(W) + np.abs(b)
        error = error @ np.abs(W) + (W.shape[0] + 2) * eps * magnitude
        name = model["output"] if l == len(model["weights"]) - 1 else model["hidden"]
        if name == "softmax":  # every output moves with every input: by at most twice the largest error
            error = 2.0 * np.max(error, axis=1, keepdims=True) + 0 * error
        a = _ACTIVATIONS[name](a @ W + b)
        error = error + 8 * eps * np.abs(a)  # the activation's own rounding (NumPy's exp, tanh: a few ulps)
    return error * 4 + 1e-300


def _softmax(z):
    e = np.exp(z - np.max(z, axis=1, keepdims=True))
    return e / np.sum(e, axis=1, keepdims=True)


_ACTIVATIONS = {"tanh": np.tanh, "sigmoid": lambda z: 0.5 * (1.0 + np.tanh(z / 2)), "relu": lambda z: np.maximum(z, 0),
                "identity": lambda z: z, "softmax": _softmax}


BAD_INPUTS = [
    [0.5, 0.25],                       # 1-d
    0.5,                               # a number
    [],                                # empty
    [[]],                              # no features
    [[[0.5, 0.25]]],                   # 3-d
    [[0.5, 0.25, 1.0]],                # too many features
    [[0.5]],                           # too few
    [[0.5, 0.25], [1.0]],              # ragged
    [[0.5, float("nan")]],
    [[float("inf"), 0.0]],
    [[-float("inf"), float("nan")]],   # nan is named first
    [[10 ** 400, 0]],                  # an int too large for a float
    [[0.5, "x"]],
    [[0.5, None]],
    [[0.5, b"1"]],
    [[0.5, 1j]],
    [[1e308, 1e308]],                  # finite inputs whose weighted sum overflows to nan
    [float("nan"), 1.0],               # nan in a 1-d X: named before the shape
]


@pytest.mark.parametrize("X", BAD_INPUTS, ids=repr)
@pytest.mark.parametrize("output", ["sigmoid", "softmax"])
def test_bad_inputs_raise_what_tinynet_raises(X, output):
    model = {"format": "tinynet-network", "version": 2, "sizes": [2, 2], "hidden": "tanh", "output": output,
             "loss": "mse", "classes": [0, 1], "weights": [[[1.0, -1.0], [1.0, -1.0]]], "biases": [[0.0, 0.0]]}
    if output == "sigmoid":
        model.update(sizes=[2, 1], weights=[[[1.0], [-1.0]]], biases=[[0.0]])
    with tinynet.errstate(all="ignore"):  # inf - inf in softmax: NumPy's warning, which the lists do not give
        expected = _outcome(lambda: Network.from_dict(model).predict_proba(X).tolist())
    got = _outcome(lambda: Network.from_dict(model, backend="lists").predict_proba(X))
    assert got == expected
    assert got[1] is not None or X == [[1e308, 1e308]] and output == "sigmoid"


def test_numpy_and_tinynet_arrays_are_inputs_too():
    net = Network([3, 4, 2], output="softmax", seed=3)
    lists = Network.from_dict(net.to_dict(), backend="lists")
    X = np.array([[0.5, -1.0, 2.0], [0.0, 0.0, 0.0]])
    assert lists.predict_proba(X) == net.predict_proba(X).tolist()
    assert lists.predict_proba(net.xp.asarray(X.tolist())) == net.predict_proba(X).tolist()
    assert lists.predict_proba(np.zeros((0, 3))) == []


def test_load_with_the_lists_backend(tmp_path):
    net = Network([2, 5, 1], seed=7)
    net.fit([[0, 0], [0, 1], [1, 0], [1, 1]], [0, 0, 0, 1], epochs=200, lr=0.5)
    path = str(tmp_path / "model.json")
    net.save(path)
    lists = load(path, backend="lists")
    assert isinstance(lists, ListNetwork) and lists.backend == "lists"
    assert repr(lists) == repr(net).replace("'tinynet'", "'lists'")
    assert lists.to_dict() == net.to_dict()
    assert lists.predict([[0, 0], [1, 1]]) == net.predict([[0, 0], [1, 1]]).tolist() == [0, 1]
    X, y = [[0, 0], [0, 1], [1, 0], [1, 1]], [0, 1, 0, 1]
    assert lists.score(X, y) == net.score(X, y) == 0.75


def test_the_board_example_predicts_the_same_on_both_backends():
    model = str(ROOT / "examples" / "board" / "model.json")
    readings = [[-0.8, 0.6], [0.0, 1.0], [0.9, 0.3], [1.0, -0.5], [2.0, 0.4], [0.5, 0.25]]
    arrays, lists = load(model), load(model, backend="lists")
    assert lists.predict(readings) == arrays.predict(readings).tolist()
    assert lists.predict_proba(readings) == arrays.predict_proba(readings).tolist()


def test_training_on_lists_is_refused_with_the_way_to_predict():
    with pytest.raises(ValueError, match=r"backend 'lists' only predicts: train with backend 'tinynet' or "
                                         r"'numpy', save, and load the file with load\(path, backend='lists'\)"):
        Network([2, 1], backend="lists")


def test_a_model_too_big_for_the_heap_says_what_it_needs(monkeypatch):
    from tinynet.nn import lists

    def no_room(matrix):
        raise MemoryError("memory allocation failed")

    monkeypatch.setattr(lists, "transpose", no_room)
    model = Network([2, 3, 1], seed=0).to_dict()
    with pytest.raises(MemoryError, match=r"model: sizes \[2, 3, 1\] need 13 parameters, about .* of heap to load"):
        ListNetwork(model)
