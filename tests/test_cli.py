"""Tests of ``python3 -m tinynet``, run as a subprocess from the checkout, as a newcomer would run it.

Expected numbers come from NumPy (the tutorial's loop, a textbook backprop, a forward pass from the saved
weights), never from the command line itself.
"""

import contextlib
import io
import json
import math
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import numpy
import pytest

from tinynet.nn import datasets
from tinynet.nn import Network

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SVG = "{http://www.w3.org/2000/svg}"


def run(*args, cwd=ROOT):
    """Run python3 -m tinynet with args: from the checkout without an install or PYTHONPATH, as README
    says, or from another folder cwd with the checkout on PYTHONPATH."""
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    if cwd != ROOT:
        env["PYTHONPATH"] = ROOT
    return subprocess.run([sys.executable, "-m", "tinynet"] + [str(a) for a in args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def write_csv(path, rows, header=None):
    with open(path, "w") as f:
        if header:
            f.write(header + "\n")
        for row in rows:
            f.write(",".join(repr(v) for v in row) + "\n")
    return path


# ---------------------------------------------------------------------------------------------------------
# the demo


def _tutorial_with_numpy():
    """Return (W, b, final predictions) of the tutorial's program run on NumPy."""
    x = numpy.array([[0, 1, 0, 1], [0, 0, 1, 1]])
    y = numpy.array([[0, 0, 0, 1]])
    W = numpy.zeros((2, 1))
    W[0], W[1] = 0.4, 0.2
    b = 1
    for _ in range(1000):
        y_pred = numpy.array(1 / (1 + numpy.exp(-(numpy.dot(W.T, x) + b))) >= 0.5, dtype="int64")
        W = W - 0.1 * numpy.dot(x, (y_pred - y).T) / 4
        b = b - 0.1 * numpy.sum(y_pred - y) / 4
    s = 1 / (1 + numpy.exp(-(numpy.dot(W.T, x) + b)))
    return W, b, s


@pytest.fixture(scope="module")
def demo():
    result = run()
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_demo_runs_from_the_checkout_and_its_final_predictions_equal_the_targets(demo):
    final = demo.split("The final predictions:")[1]
    predicted = re.search(r"y_pred = s >= 0\.5 +(\[\[.*\]\])", final).group(1)
    targets = re.search(r"\ny = +(\[\[.*\]\])", final).group(1)
    assert predicted == targets == "[[0 0 0 1]]"
    assert "Every prediction equals its target" in final


def test_demo_prints_the_numbers_numpy_computes(demo):
    W, b, s = _tutorial_with_numpy()
    after = demo.split("After 1000 iterations")[1]
    assert str(W).split("\n")[0] in after and str(W).split("\n")[1] in after
    assert str(b) in after
    assert str(s) in after
    first = demo.split("Forward pass")[1].split("Backward pass")[0]
    z = numpy.array([[0.4, 0.2]]) @ numpy.array([[0, 1, 0, 1], [0, 0, 1, 1]]) + 1
    assert str(1 / (1 + numpy.exp(-z))) in first
    assert "3 of 4 predictions are wrong" in first


def test_demo_prints_the_same_text_on_numpy(demo):
    from tinynet.cli import demo as demo_module

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        demo_module.tell(numpy)
    assert out.getvalue() == demo


def test_the_guide_shows_the_demo_output_as_it_is(demo):
    with open(os.path.join(ROOT, "docs", "cli.md")) as f:
        guide = f.read()
    shown = guide.split("## The tutorial")[1].split("```text\n")[1].split("```")[0]
    assert shown == demo


def test_demo_command_is_the_default():
    assert run("demo").stdout == run().stdout


# ---------------------------------------------------------------------------------------------------------
# train


def _summary(stdout):
    match = re.search(r"loss (\S+)  accuracy (\S+)% \((\d+) of (\d+)\)  time (\S+) s", stdout)
    assert match, stdout
    return float(match.group(1)), float(match.group(2)) / 100.0


@pytest.fixture(scope="module")
def moons_run(tmp_path_factory):
    """Train on moons with the defaults, saving the model and the picture."""
    folder = tmp_path_factory.mktemp("moons")
    result = run("train", "moons", "--save", folder / "moons.json", "--plot", folder / "moons.svg")
    assert result.returncode == 0, result.stderr
    return folder, result


def test_train_xor_learns_it():
    result = run("train", "xor", "--quiet")
    assert result.returncode == 0, result.stderr
    loss, accuracy = _summary(result.stdout)
    assert accuracy == 1.0 and loss < 0.01


def test_train_moons_reaches_high_accuracy(moons_run):
    folder, result = moons_run
    loss, accuracy = _summary(result.stdout)
    assert accuracy >= 0.97
    assert "saved the model to" in result.stdout and "moons.svg" in result.stdout
    # the saved model scores the same on the same data, computed here with NumPy from its weights
    X, y = datasets.moons(200, noise=0.1, seed=0)
    labels = _numpy_predict(json.load(open(folder / "moons.json")), numpy.array(X.tolist()))
    assert numpy.mean(labels == numpy.array(y.tolist())) == pytest.approx(accuracy, abs=0.001)


def test_train_on_numpy_backend_matches_tinynet():
    tinynet_run = run("train", "xor", "--quiet", "--epochs", "40")
    numpy_run = run("train", "xor", "--quiet", "--epochs", "40", "--backend", "numpy")
    assert numpy_run.returncode == 0, numpy_run.stderr
    assert _summary(numpy_run.stdout) == pytest.approx(_summary(tinynet_run.stdout), rel=1e-9)


def test_train_warns_when_the_loss_diverges_and_still_draws(tmp_path):
    result = run("train", "moons", "--samples", "20", "--lr", "1000", "--momentum", "0.99", "--epochs", "30",
                 "--hidden", "64", "--activation", "relu", "--quiet", "--plot", tmp_path / "diverged.svg")
    assert result.returncode == 0, result.stderr
    assert "the training diverged; try a smaller --lr" in result.stderr
    assert re.match(r"loss \d\.\d+e\+\d+  accuracy", result.stdout)  # a huge loss in exponent notation
    root = ET.parse(tmp_path / "diverged.svg").getroot()
    assert len(list(root.iter(SVG + "path"))) == 1


def test_train_reads_a_csv_with_a_header_and_comments(tmp_path):
    path = tmp_path / "and.csv"
    # a byte-order mark, a comment, a header and a blank line
    path.write_text("\ufeff# the AND gate\nx1,x2,label\n0,0,0\n0,1,0\n\n1,0,0\n1,1,1\n", encoding="utf-8")
    result = run("train", path, "--quiet", "--hidden", "none", "--epochs", "300")
    assert result.returncode == 0, result.stderr
    assert _summary(result.stdout)[1] == 1.0


def test_train_with_zero_epochs_reports_the_untrained_network():
    X, y = datasets.and_gate()
    raw = numpy.array(X.tolist())
    standardized = (raw - raw.mean(axis=0)) / raw.std(axis=0)
    untrained = Network([2, 16, 16, 1], seed=0)
    for options, inputs in (([], standardized), (["--no-standardize"], raw)):
        result = run("train", "and", "--quiet", "--epochs", "0", *options)
        assert result.returncode == 0, result.stderr
        loss, _ = _summary(result.stdout)
        assert loss == pytest.approx(untrained.loss(inputs.tolist(), y), abs=1e-6)


def test_train_learns_inputs_of_any_scale_and_saves_a_model_for_raw_inputs(tmp_path):
    # the AND gate with inputs 0 or 1000 offset by 5000: hopeless for tanh units without standardizing
    rows = [[5000.0 + 1000.0 * a, 5000.0 + 1000.0 * b, float(a and b)] for a in (0, 1) for b in (0, 1)]
    data = write_csv(tmp_path / "big.csv", rows)
    result = run("train", data, "--quiet", "--epochs", "100", "--save", tmp_path / "big.json")
    assert result.returncode == 0, result.stderr
    assert _summary(result.stdout)[1] == 1.0
    labels = _numpy_predict(json.load(open(tmp_path / "big.json")), numpy.array(rows)[:, :2])
    assert labels.tolist() == [0, 0, 0, 1]


def test_labels_are_classes_so_0_1_and_100000_make_three_output_units(tmp_path):
    rows = [[0.0, 0.0, 0], [0.0, 1.0, 1], [1.0, 0.0, 100000], [1.0, 1.0, 0]] * 3
    data = write_csv(tmp_path / "sparse.csv", rows)
    result = run("train", data, "--epochs", "300", "--save", tmp_path / "sparse.json")
    assert result.returncode == 0, result.stderr
    assert "training a 2-16-16-3 network" in result.stderr
    assert _summary(result.stdout)[1] == 1.0
    model = json.load(open(tmp_path / "sparse.json"))
    assert model["classes"] == [0, 1, 100000] and model["sizes"][-1] == 3
    # NumPy's argmax over the saved weights picks the unit; the unit's class is the label
    units = _numpy_predict(model, numpy.array(rows)[:, :2])
    assert [model["classes"][k] for k in units] == [row[2] for row in rows]
    predicted = run("predict", tmp_path / "sparse.json", data)
    assert predicted.returncode == 0, predicted.stderr
    assert predicted.stdout.split() == [str(row[2]) for row in rows]
    assert "accuracy 100.0% (12 of 12 rows)" in predicted.stderr


def test_two_labels_of_any_value_make_one_sigmoid_unit(tmp_path):
    rows = [[0.0, 0.0, -1], [0.0, 1.0, -1], [1.0, 0.0, -1], [1.0, 1.0, 7]]
    data = write_csv(tmp_path / "and.csv", rows)
    result = run("train", data, "--quiet", "--hidden", "none", "--epochs", "300", "--save", tmp_path / "m.json")
    assert result.returncode == 0, result.stderr
    model = json.load(open(tmp_path / "m.json"))
    assert model["sizes"] == [2, 1] and model["classes"] == [-1, 7]
    assert run("predict", tmp_path / "m.json", data).stdout.split() == ["-1", "-1", "-1", "7"]


def test_inputs_near_the_largest_float_are_standardized_without_overflow(tmp_path):
    data = write_csv(tmp_path / "huge.csv", [[1e200, 2.0, 0], [-1e200, 3.0, 1]])
    result = run("train", data, "--quiet", "--save", tmp_path / "huge.json")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert _summary(result.stdout)[1] == 1.0
    text = open(tmp_path / "huge.json").read()
    assert "nan" not in text.lower() and "inf" not in text.lower()
    assert _numpy_predict(json.loads(text), numpy.array([[1e200, 2.0], [-1e200, 3.0]])).tolist() == [0, 1]
    from tinynet.cli.main import standardize

    for column in ([1.7e308, -1.7e308, 1e308], [5e-324, 0.0, -5e-324], [1e300, 1e300, 1e300]):
        mean, scale, rows = standardize([[x] for x in column])
        assert all(math.isfinite(v) for v in mean + scale + [r[0] for r in rows])
        expected = (numpy.array(column) / 2.0 ** 1000 - numpy.mean(numpy.array(column) / 2.0 ** 1000))
        spread = numpy.std(numpy.array(column) / 2.0 ** 1000)
        if spread > 0:
            numpy.testing.assert_allclose([r[0] for r in rows], expected / spread, rtol=1e-12)


def test_divergence_is_one_error_line_after_the_progress_and_nothing_is_saved(tmp_path):
    result = run("train", "xor", "--activation", "relu", "--lr", "1e300", "--epochs", "30", "--save",
                 tmp_path / "model.json", "--plot", tmp_path / "plot.svg")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines[-1].startswith("tinynet: error: training diverged at epoch 1 of 30")
    assert sum(line.startswith("tinynet: error") for line in lines) == 1
    assert os.listdir(str(tmp_path)) == []


def test_folding_the_standardization_into_the_first_layer_is_exact():
    from tinynet.cli.main import fold_standardization, standardize

    X, _ = datasets.blobs(30, centers=2, seed=4)
    raw = X.tolist()
    mean, scale, inputs = standardize(raw)
    numpy.testing.assert_allclose(numpy.array(inputs), (numpy.array(raw) - numpy.mean(raw, axis=0))
                                  / numpy.std(raw, axis=0), atol=1e-12)
    net = Network([2, 5, 3], hidden="relu", output="softmax", seed=2)
    net.biases = [b + 0.3 for b in net.biases]
    folded = fold_standardization(net, mean, scale)
    numpy.testing.assert_allclose(numpy.array(folded.predict_proba(raw).tolist()),
                                  numpy.array(net.predict_proba(inputs).tolist()), rtol=1e-12, atol=1e-14)


# ---------------------------------------------------------------------------------------------------------
# the picture made by --plot


def test_plot_is_svg_with_loss_curve_grid_and_points(moons_run):
    folder, _ = moons_run
    root = ET.parse(folder / "moons.svg").getroot()
    assert root.tag == SVG + "svg"
    groups = {g.get("class"): g for g in root.iter(SVG + "g")}
    paths = list(groups["loss"].iter(SVG + "path"))
    assert len(paths) == 1 and paths[0].get("d").startswith("M ") and paths[0].get("d").count(" L ") == 199
    assert len(list(groups["grid"].iter(SVG + "rect"))) > 80  # at least one per row of cells
    assert len(list(groups["points"].iter(SVG + "circle"))) == 200
    texts = " ".join(t.text or "" for t in root.iter(SVG + "text"))
    assert "epoch" in texts and "x1" in texts and "class 0" in texts and "class 1" in texts
    assert root.find(SVG + "title").text.startswith("moons")
    assert not [name for name in os.listdir(folder) if name.endswith(".tmp")]


def test_plot_of_data_with_more_than_two_features_has_only_the_loss_curve(tmp_path):
    rows = [[0, 0, 1, 0], [0, 1, 0, 1], [1, 0, 1, 1], [1, 1, 0, 0]]
    result = run("train", write_csv(tmp_path / "three.csv", rows), "--quiet", "--epochs", "5",
                 "--plot", tmp_path / "three.svg")
    assert result.returncode == 0, result.stderr
    root = ET.parse(tmp_path / "three.svg").getroot()
    classes = [g.get("class") for g in root.iter(SVG + "g")]
    assert classes == ["loss"]


# ---------------------------------------------------------------------------------------------------------
# predict


def _numpy_predict(model, X):
    """Return the class labels of the rows of X by a NumPy forward pass through a saved model's weights."""
    activation = {"tanh": numpy.tanh, "relu": lambda z: numpy.maximum(z, 0),
                  "sigmoid": lambda z: 1 / (1 + numpy.exp(-z))}
    a = X
    layers = len(model["weights"])
    for l, (W, b) in enumerate(zip(model["weights"], model["biases"])):
        z = a @ numpy.array(W) + numpy.array(b)
        if l < layers - 1:
            a = activation[model["hidden"]](z)
        elif model["output"] == "sigmoid":
            return (1 / (1 + numpy.exp(-z)) >= 0.5).astype(int)[:, 0]
        else:
            return numpy.argmax(z, axis=1)


def test_predict_agrees_with_numpy_and_the_library(moons_run, tmp_path):
    folder, _ = moons_run
    model_path = folder / "moons.json"
    X, y = datasets.moons(60, noise=0.3, seed=11)
    features = write_csv(tmp_path / "features.csv", X.tolist(), header="x1,x2")
    result = run("predict", model_path, features)
    assert result.returncode == 0, result.stderr
    printed = [int(line) for line in result.stdout.split()]
    expected = _numpy_predict(json.load(open(model_path)), numpy.array(X.tolist()))
    assert printed == expected.tolist()
    from tinynet import nn

    assert printed == nn.load(str(model_path)).predict(X).tolist()
    assert result.stderr == ""  # no labels, no accuracy


def test_predict_with_a_label_column_reports_accuracy(moons_run, tmp_path):
    folder, _ = moons_run
    X, y = datasets.moons(40, noise=0.3, seed=12)
    rows = [r + [label] for r, label in zip(X.tolist(), y.tolist())]
    result = run("predict", folder / "moons.json", write_csv(tmp_path / "labelled.csv", rows))
    assert result.returncode == 0, result.stderr
    printed = numpy.array([int(line) for line in result.stdout.split()])
    assert len(printed) == 40
    correct = int(numpy.sum(printed == numpy.array(y.tolist())))
    assert result.stderr == "accuracy %.1f%% (%d of 40 rows)\n" % (100.0 * correct / 40, correct)


@pytest.mark.parametrize("options", [[], ["--proba"]])
def test_predict_on_lists_prints_what_the_tinynet_backend_prints(moons_run, tmp_path, options):
    folder, _ = moons_run
    X, y = datasets.moons(30, noise=0.3, seed=13)
    rows = [r + [label] for r, label in zip(X.tolist(), y.tolist())]
    data = write_csv(tmp_path / "labelled.csv", rows)
    arrays = run("predict", folder / "moons.json", data, *options)
    lists = run("predict", folder / "moons.json", data, "--backend", "lists", *options)
    assert arrays.returncode == lists.returncode == 0, lists.stderr
    assert lists.stdout == arrays.stdout and len(lists.stdout.split()) == 30
    assert lists.stderr == arrays.stderr and lists.stderr.startswith("accuracy ")


def test_predict_proba_prints_the_output_unit(moons_run, tmp_path):
    folder, _ = moons_run
    X = [[0.0, 0.0], [1.0, -0.5]]
    result = run("predict", folder / "moons.json", write_csv(tmp_path / "two.csv", X), "--proba")
    model = json.load(open(folder / "moons.json"))
    a = numpy.array(X)
    for W, b in zip(model["weights"][:-1], model["biases"][:-1]):
        a = numpy.tanh(a @ numpy.array(W) + numpy.array(b))
    p = 1 / (1 + numpy.exp(-(a @ numpy.array(model["weights"][-1]) + numpy.array(model["biases"][-1]))))
    assert [float(v) for v in result.stdout.split()] == pytest.approx(p[:, 0].tolist(), abs=1e-6)


# ---------------------------------------------------------------------------------------------------------
# trace


def _block(text, formula):
    """Return the array printed under the line that starts with formula, as a NumPy array."""
    lines = text.split("\n")
    start = [i for i, line in enumerate(lines) if line.strip().startswith(formula)][0]
    rows = []
    for line in lines[start + 1:]:
        if not line.startswith("      "):
            break
        rows.append([float(v) for v in line.replace("[", " ").replace("]", " ").split()])
    return numpy.array(rows)


def test_trace_prints_the_gradients_of_a_textbook_backprop():
    result = run("trace")
    assert result.returncode == 0, result.stderr
    text = result.stdout
    for formula in ("z1 = X @ W1 + b1", "a1 = tanh(z1)", "z2 = a1 @ W2 + b2", "delta2 = a2 - Y",
                    "dW2 = a1.T @ delta2 / m", "db2 = sum(delta2, axis=0) / m",
                    "delta1 = (delta2 @ W2.T) * (1 - a1**2)", "dW1 = X.T @ delta1 / m"):
        assert formula in text
    assert re.search(r"z1 = X @ W1 \+ b1 +\(4, 3\)", text)
    # the same step computed here with NumPy, from the network's initial weights
    net = Network([2, 3, 1], seed=0)
    W1, W2 = (numpy.array(W.tolist()) for W in net.weights)
    X = numpy.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    Y = numpy.array([[0.0], [1.0], [1.0], [0.0]])
    a1 = numpy.tanh(X @ W1)
    a2 = 1 / (1 + numpy.exp(-(a1 @ W2)))
    delta2 = a2 - Y
    delta1 = (delta2 @ W2.T) * (1 - a1 ** 2)
    numpy.testing.assert_allclose(_block(text, "W1 "), W1, atol=6e-5)
    numpy.testing.assert_allclose(_block(text, "dW2 ="), a1.T @ delta2 / 4, atol=6e-5)
    numpy.testing.assert_allclose(_block(text, "dW1 ="), X.T @ delta1 / 4, atol=6e-5)
    numpy.testing.assert_allclose(_block(text, "db1 =")[0], delta1.sum(axis=0) / 4, atol=6e-5)
    loss = -numpy.mean(Y * numpy.log(a2) + (1 - Y) * numpy.log(1 - a2))
    assert "= %.6f" % loss in text
    assert "largest difference 0)" in text


def test_trace_takes_other_data_and_layers():
    result = run("trace", "spiral", "--hidden", "4,3", "--activation", "relu", "--samples", "6")
    assert result.returncode == 0, result.stderr
    assert "delta2 = (delta3 @ W3.T) * (z2 > 0)" in result.stdout
    assert "a3 = softmax(z3)" in result.stdout


# ---------------------------------------------------------------------------------------------------------
# errors: one line on stderr, exit status 2, no traceback


BAD_FILES = {
    "bad.csv": "x1,x2,label\n0,0,0\n0,1,1\n1,0,1\nabc,1,0\n",
    "ragged.csv": "0,0,0\n0,1\n",
    "fractional.csv": "0,0,0\n1,1,1.5\n",
    "five.csv": "1,2,3,4,5\n",
    "empty.csv": "x1,x2,label\n",
    "broken.json": '{"format": "tinynet-network"',
    "other.json": '{"format": "something-else", "version": 1}',
    "twoclass.csv": "0.5,0.5,7\n",
    "huge.csv": "1e300,0,0\n1e300,1e-300,1\n",
    "deep.json": "[" * 5000,
    "overflow.csv": "1e308,1e308\n-1e308,1e308\n",
}

ERRORS = [
    (["train", "missing.csv"], "no such file: missing.csv"),
    (["train", "bad.csv"], "bad.csv, line 5: 'abc' is not a finite number"),
    (["train", "ragged.csv"], "ragged.csv, line 2: expected 3 fields, got 2"),
    (["train", "fractional.csv"], "fractional.csv, line 2: the label in the last column, 1.5, is not a class "
                                  "label (a whole number)"),
    (["train", "empty.csv"], "empty.csv: no data rows"),
    (["train", "moonz"], "unknown data set 'moonz'"),
    (["train", "xor", "--epochs", "x"], "argument --epochs: must be a non-negative whole number, got 'x'"),
    (["train", "xor", "--lr", "-1"], "argument --lr: must be a number greater than 0, got '-1'"),
    (["train", "xor", "--lr", "nan"], "argument --lr: must be a number greater than 0, got 'nan'"),
    (["train", "xor", "--momentum", "1"], "argument --momentum: must be a number in [0, 1), got '1'"),
    (["train", "xor", "--batch-size", "0"], "argument --batch-size: must be a positive whole number"),
    (["train", "xor", "--hidden", "16,x"], "argument --hidden: takes layer sizes such as 16,16"),
    (["train", "xor", "--activation", "swish"], "argument --activation: invalid choice: 'swish'"),
    (["train", "xor", "--backend", "torch"], "argument --backend: invalid choice: 'torch'"),
    (["train", "xor", "--samples", "50"], "xor is a fixed truth table; --samples applies to"),
    (["train", "moons", "--classes", "4"], "--classes applies to spiral and blobs, not moons"),
    (["train", "spiral", "--loss", "bce"], "loss 'bce' needs a sigmoid output layer, not softmax"),
    (["train", "xor", "--save", "no/such/dir/m.json"], "no such directory"),
    (["train"], "the following arguments are required: DATA"),
    (["predict", "missing.json", "five.csv"], "no such file: missing.json"),
    (["predict", "broken.json", "five.csv"], "model file 'broken.json' is not valid JSON"),
    (["predict", "other.json", "five.csv"], "not a tinynet model"),
    (["predict", "MODEL", "five.csv"], "has 2 inputs, but five.csv has 5 columns: expected 2 (features) or 3"),
    (["predict", "MODEL", "missing.csv"], "no such file: missing.csv"),
    (["predict", "MODEL", "ragged.csv"], "ragged.csv, line 2: expected 3 fields, got 2"),
    (["predict", "MODEL", "twoclass.csv"], "twoclass.csv, line 1: the label in the last column, 7, is not one "
                                           "of the model's classes 0, 1"),
    (["train", "twoclass.csv"], "every label is 7; training needs at least two classes"),
    (["train", "huge.csv", "--quiet"], "the inputs' scale cannot be folded"),
    (["train", "xor", "--activation", "relu", "--lr", "1e300", "--epochs", "30", "--quiet"],
     "training diverged at epoch 1 of 30: the loss became nan; nothing was saved (try a smaller --lr than "
     "1e+300)"),
    (["train", "xor", "--activation", "relu", "--lr", "1e300", "--epochs", "30", "--quiet", "--save", "d.json"],
     "training diverged at epoch 1 of 30"),
    (["train", "xor", "--hidden", "100000,100000"], "a 2-100000-100000-1 network has 10000500001 weights and "
                                                    "biases; the command line trains at most 10000000"),
    (["train", "moons", "--samples", "10000000"], "argument --samples: must be a whole number from 2 to 1000000"),
    (["train", "xor", "--seed", "4294967296"], "argument --seed: must be a whole number from 0 to 4294967295"),
    (["train", "xor", "--epochs", "1" * 5000], "argument --epochs: must be a non-negative whole number, got '111"),
    (["predict", "fifo.json", "five.csv"], "model file 'fifo.json' is not a regular file (it is a FIFO)"),
    (["predict", "deep.json", "five.csv"], "model file 'deep.json' is not "),
    (["predict", "listhidden.json", "five.csv"], "hidden activation ['tanh'] is not one of"),
    (["predict", "linear.json", "overflow.csv"], "overflow.csv: the network's outputs are nan"),
    (["trace", "data.csv"], "trace runs on a built-in data set"),
    (["trace", "--hidden", "none"], "trace needs at least one hidden layer"),
    (["frobnicate"], "argument COMMAND: invalid choice: 'frobnicate'"),
]


@pytest.fixture(scope="module")
def error_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("errors")
    for name, text in BAD_FILES.items():
        (folder / name).write_text(text)
    net = Network([2, 3, 1], seed=0)
    net.save(str(folder / "model.json"))
    model = net.to_dict()
    model["hidden"] = ["tanh"]
    (folder / "listhidden.json").write_text(json.dumps(model))
    # identity units that overflow to inf for inputs near 1e308, and an output unit that subtracts them
    model.update(hidden="identity", weights=[[[1.0, 1.0, 1.0], [1.0, 1.0, 1.0]], [[1.0], [-1.0], [0.0]]])
    (folder / "linear.json").write_text(json.dumps(model))
    os.mkfifo(str(folder / "fifo.json"))
    return folder


@pytest.mark.parametrize("args,message", ERRORS, ids=[" ".join(args) for args, _ in ERRORS])
def test_bad_input_gives_one_line_and_exit_status_2(error_folder, args, message):
    args = [str(error_folder / "model.json") if a == "MODEL" else a for a in args]
    result = run(*args, cwd=error_folder)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("tinynet: error: ")
    assert result.stderr.count("\n") == 1, result.stderr
    assert message in result.stderr
    assert result.stdout == ""
    assert not (error_folder / "d.json").exists()


def test_predict_into_a_closed_pipe_stops_quietly(moons_run, tmp_path):
    folder, _ = moons_run
    rows = [[0.1 * i, 0.0] for i in range(20000)]
    data = write_csv(tmp_path / "many.csv", rows)
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    command = "'%s' -m tinynet predict '%s' '%s' | head -n 1" % (sys.executable, folder / "moons.json", data)
    result = subprocess.run(command, shell=True, cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.stdout.strip() in ("0", "1")
    assert "Traceback" not in result.stderr and "Exception" not in result.stderr
