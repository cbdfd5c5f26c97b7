"""Model files: exact round trips, portability between backends, atomic saves, strict rejection of bad files."""
import json
import math
import os

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from tinynet.nn import modelfile
from tinynet.nn import Network, load

X = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]
Y = [0, 1, 1, 0]


@pytest.fixture(scope="module")
def trained():
    net = Network([2, 5, 3, 1], hidden="tanh", output="sigmoid", seed=11, backend="numpy")
    net.fit(X, Y, epochs=50, lr=0.5)
    return net


def _model(**changes):
    model = Network([2, 3, 1], seed=0, backend="numpy").to_dict()
    model.update(changes)
    return model


# ---------------------------------------------------------------------------------------------------------
# round trips


@pytest.mark.parametrize("save_backend", ["tinynet", "numpy"])
@pytest.mark.parametrize("load_backend", ["tinynet", "numpy"])
def test_a_saved_model_loads_back_bit_for_bit_on_either_backend(tmp_path, trained, save_backend, load_backend):
    net = Network.from_dict(trained.to_dict(), backend=save_backend)
    path = str(tmp_path / "model.json")
    net.save(path)
    loaded = load(path, backend=load_backend)
    assert loaded.backend == load_backend
    assert loaded.to_dict() == trained.to_dict()
    assert loaded.predict(X).tolist() == trained.predict(X).tolist()
    np.testing.assert_allclose(np.asarray(loaded.predict_proba(X).tolist()),
                               np.asarray(trained.predict_proba(X).tolist()), rtol=1e-12)
    stored = json.loads(open(path).read())
    assert stored["format"] == "tinynet-network" and stored["version"] == 1
    assert stored["weights"] == trained.to_dict()["weights"]


def test_a_loaded_model_keeps_training_like_the_original(tmp_path, trained):
    path = str(tmp_path / "model.json")
    trained.save(path)
    copy = load(path, backend="numpy")
    original = Network.from_dict(trained.to_dict(), backend="numpy")
    assert copy.fit(X, Y, epochs=3, lr=0.1) == original.fit(X, Y, epochs=3, lr=0.1)


any_finite_float = st.floats(allow_nan=False, allow_infinity=False)


@settings(max_examples=100, deadline=None)
@given(weights=st.lists(any_finite_float, min_size=6, max_size=6), biases=st.lists(any_finite_float, min_size=4,
                                                                                      max_size=4))
def test_every_finite_float_round_trips_exactly(weights, biases):
    model = _model(weights=[[weights[0:3], weights[3:6]], [[biases[0]], [biases[1]], [biases[2]]]],
                   biases=[[1.0, -0.0, biases[3]], [5e-324]])
    text = modelfile.dumps(model)
    back = modelfile.loads(text)
    assert back["weights"] == model["weights"] and back["biases"] == model["biases"]
    # the text is JSON any parser reads, with the same numbers
    assert json.loads(text)["weights"] == model["weights"]


def test_signed_zero_and_subnormals_survive(tmp_path):
    model = _model(biases=[[-0.0, 5e-324, 1e308], [-2.5e-310]])
    path = str(tmp_path / "m.json")
    modelfile.save(model, path)
    back = modelfile.load(path)
    assert math.copysign(1.0, back["biases"][0][0]) == -1.0
    assert back["biases"] == [[-0.0, 5e-324, 1e308], [-2.5e-310]]


# ---------------------------------------------------------------------------------------------------------
# atomic saves


def test_save_leaves_no_temporary_file_and_replaces_the_old_one(tmp_path, trained):
    path = str(tmp_path / "model.json")
    with open(path, "w") as f:
        f.write("old")
    trained.save(path)
    assert os.listdir(str(tmp_path)) == ["model.json"]
    assert load(path).to_dict() == trained.to_dict()


def test_a_failed_save_keeps_the_old_file(tmp_path, trained):
    path = str(tmp_path / "model.json")
    trained.save(path)
    before = open(path).read()
    broken = Network.from_dict(trained.to_dict(), backend="numpy")
    broken.weights[0] = broken.weights[0] * float("nan")
    with pytest.raises(ValueError, match="not a finite number"):
        broken.save(path)
    assert open(path).read() == before
    assert os.listdir(str(tmp_path)) == ["model.json"]


def test_save_into_a_missing_folder_raises_and_leaves_nothing(tmp_path, trained):
    with pytest.raises(OSError):
        trained.save(str(tmp_path / "no-such-folder" / "model.json"))
    assert os.listdir(str(tmp_path)) == []


# ---------------------------------------------------------------------------------------------------------
# rejecting bad files


def _text_of(model):
    return json.dumps(model)


BAD_MODELS = {
    "newer version": (lambda: _model(version=2), "format version 2 is not supported"),
    "version as text": (lambda: _model(version="1"), "format version '1' is not supported"),
    "version true": (lambda: _model(version=True), "format version True is not supported"),
    "other format": (lambda: _model(format="keras"), "not a tinynet model"),
    "no format": (lambda: {k: v for k, v in _model().items() if k != "format"}, "not a tinynet model"),
    "missing weights": (lambda: {k: v for k, v in _model().items() if k != "weights"}, "missing key 'weights'"),
    "missing loss": (lambda: {k: v for k, v in _model().items() if k != "loss"}, "missing key 'loss'"),
    "unknown key": (lambda: _model(optimizer="adam"), "unknown key 'optimizer'"),
    "bad sizes": (lambda: _model(sizes=[2, 0, 1]), "sizes must be a list of at least two positive ints"),
    "sizes of floats": (lambda: _model(sizes=[2.0, 3, 1]), "sizes must be"),
    "bad activation": (lambda: _model(hidden="swish"), "hidden activation 'swish' is not one of"),
    "bad loss": (lambda: _model(loss="hinge"), "unknown loss 'hinge'"),
    "loss that does not fit": (lambda: _model(loss="cce"), "needs a softmax output"),
    "too few layers": (lambda: _model(weights=_model()["weights"][:1]), "weights must be a list of 2 layers"),
    "wrong rows": (lambda: _model(weights=[_model()["weights"][0][:1], _model()["weights"][1]]),
                   r"weights\[0\] must be 2 rows of 3 numbers"),
    "wrong columns": (lambda: _model(weights=[[[1.0, 2.0], [3.0, 4.0]], _model()["weights"][1]]),
                      r"weights\[0\]\[0\] must be a list of 3 numbers"),
    "wrong bias length": (lambda: _model(biases=[[0.0, 0.0], [0.0]]), r"biases\[0\] must be a list of 3 numbers"),
    "text number": (lambda: _model(biases=[[0.0, "0.5", 0.0], [0.0]]), r"biases\[0\]\[1\] is '0.5', not a number"),
    "null number": (lambda: _model(biases=[[0.0, None, 0.0], [0.0]]), r"biases\[0\]\[1\] is None, not a number"),
    "boolean number": (lambda: _model(biases=[[0.0, True, 0.0], [0.0]]), r"is True, not a number"),
    "not an object": (lambda: [1, 2, 3], "expected a JSON object"),
}


@pytest.mark.parametrize("problem", sorted(BAD_MODELS))
def test_bad_models_are_rejected_with_a_clear_error(tmp_path, problem):
    make, message = BAD_MODELS[problem]
    path = str(tmp_path / "bad.json")
    with open(path, "w") as f:
        f.write(_text_of(make()))
    with pytest.raises(ValueError, match=message) as caught:
        load(path)
    assert "bad.json" in str(caught.value)  # the message names the file
    with pytest.raises(ValueError, match=message):
        Network.from_dict(make())


@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_non_finite_numbers_are_rejected(tmp_path, token):
    text = modelfile.dumps(_model())
    assert text.count("[0.0, 0.0, 0.0]") == 1
    text = text.replace("[0.0, 0.0, 0.0]", "[%s, 0.0, 0.0]" % token)
    with pytest.raises(ValueError, match="not a finite number"):
        modelfile.loads(text)


def test_truncated_and_garbage_files_are_rejected(tmp_path, trained):
    text = modelfile.dumps(trained.to_dict())
    for cut in (0, 1, len(text) // 3, len(text) // 2, len(text) - 2):
        with pytest.raises(ValueError, match="not valid JSON"):
            modelfile.loads(text[:cut])
    for garbage in ("this is not a model", "\x00\x01", "{'format': 'tinynet-network'}"):
        with pytest.raises(ValueError, match="not valid JSON"):
            modelfile.loads(garbage)


def test_loading_never_evaluates_code(tmp_path):
    marker = tmp_path / "evaluated"
    payload = "__import__('pathlib').Path(%r).touch()" % str(marker)
    path = str(tmp_path / "evil.json")
    with open(path, "w") as f:
        f.write(json.dumps(_model(hidden=payload)))
    with pytest.raises(ValueError):
        load(path)
    with open(path, "w") as f:
        f.write(payload)
    with pytest.raises(ValueError):
        load(path)
    assert not marker.exists()


def test_file_text_is_readable_and_stable(trained):
    text = modelfile.dumps(trained.to_dict())
    lines = text.split("\n")
    assert lines[0] == '{"format": "tinynet-network", "version": 1,'
    assert lines[1] == ' "sizes": [2, 5, 3, 1], "hidden": "tanh", "output": "sigmoid", "loss": "bce",'
    assert len(lines) == 2 + 1 + 3 + 1 + 1 + 3 + 1
    assert modelfile.dumps(modelfile.loads(text)) == text
