"""Fuzzing the command line with bad input: every bad command line exits 2 with one line on stderr.

Hypothesis builds command lines from short valid ones (train xor --epochs 2, predict MODEL data.csv,
trace) with one thing made wrong: an option value out of range or not a number, an unknown option or
command, a missing or special file, a CSV file that is malformed, has one class, fractional or unknown
labels, numbers too large to standardize or to fold into the first layer, a model file that is damaged,
a network too big to build, or a learning rate that makes training diverge.  Each line runs in-process
through ``main(argv)`` with stdout and stderr captured, and must return 2, print exactly one line
``tinynet: error: ...`` on stderr (train runs with --quiet, so no progress line comes first), print
nothing on stdout, leave no model file behind, and raise nothing.  A sample of the same lines also runs
as ``python3 -m tinynet`` in a subprocess with a timeout, to check the real exit status and that no
traceback is printed.

The run tries 80 generated lines in-process and 16 in subprocesses (TINYNET_FUZZ_CLI=10 tries ten times as
many), in about half a minute.
"""
import contextlib
import io
import json
import os
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from tinynet.cli.main import main
from tinynet.nn import Network

SCALE = int(os.environ.get("TINYNET_FUZZ_CLI", "1"))
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COUNT = {"in-process": 0, "subprocess": 0}

# The files the command lines use, by name: (kind, content).
FILES = {
    "good.csv": "0,0,0\n0,1,1\n1,0,1\n1,1,0\n",
    "garbage.csv": "x1,x2,label\n0,0,0\nabc,1,0\n",
    "nan.csv": "0,0,0\nnan,1,1\n",
    "inf.csv": "0,0,0\n1,inf,1\n",
    "ragged.csv": "0,0,0\n0,1\n",
    "fraction.csv": "0,0,0\n1,1,0.5\n",
    "oneclass.csv": "0,0,3\n1,1,3\n",
    "header.csv": "x1,x2,label\n",
    "empty.csv": "",
    "onecolumn.csv": "1\n2\n",
    "fold.csv": "1e300,0,0\n1e300,1e-300,1\n",
    "unknownlabel.csv": "0,0,5\n",
    "wide.csv": "1,2,3,4,5\n",
    "overflow.csv": "1e308,1e308\n-1e308,1e308\n",
    "quote.csv": '0,0,0\n"1,1,1\n',
}
BINARY_FILES = {"binary.csv": b"\xff\xfe\x00\x81garbage\n", "binary.json": b"\x80\x81\x82"}
BAD_MODELS = {
    "truncated.json": lambda good: good[: len(good) // 2],
    "deep.json": lambda good: "[" * 5000,
    "listhidden.json": lambda good: good.replace('"hidden": "tanh"', '"hidden": ["tanh"]'),
    "nanweight.json": lambda good: good.replace("[[", "[[NaN, ", 1),
    "newer.json": lambda good: good.replace('"version": 2', '"version": 99'),
    "noclasses.json": lambda good: good.replace('"classes": [0, 1],', ""),
    "hugeint.json": lambda good: good.replace('"sizes": [2', '"sizes": [' + "9" * 5000),
    "strclasses.json": lambda good: good.replace('"classes": [0, 1]', '"classes": [0, "a"]'),
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """A folder with the data and model files the command lines name, and the cwd while they run."""
    path = tmp_path_factory.mktemp("cli-fuzz")
    for name, text in FILES.items():
        (path / name).write_text(text)
    for name, data in BINARY_FILES.items():
        (path / name).write_bytes(data)
    net = Network([2, 3, 1], seed=0)
    net.save(str(path / "model.json"))
    good = (path / "model.json").read_text()
    for name, damage in BAD_MODELS.items():
        (path / name).write_text(damage(good))
    model = net.to_dict()
    model.update(hidden="identity", weights=[[[1.0, 1.0, 1.0], [1.0, 1.0, 1.0]], [[1.0], [-1.0], [0.0]]])
    (path / "linear.json").write_text(json.dumps(model))
    (path / "folder.json").mkdir()
    if hasattr(os, "mkfifo"):
        os.mkfifo(str(path / "fifo.json"))
        os.mkfifo(str(path / "fifo.csv"))
    return path


# ---------------------------------------------------------------------------------------------------------
# the bad command lines

TRAIN = ["train", "xor", "--epochs", "2", "--quiet"]
BAD_OPTION_VALUES = {
    "--epochs": ["-1", "x", "1.5", "", "nan", "1e3", "9" * 200, "--quiet"],
    "--lr": ["0", "-1", "nan", "inf", "-inf", "1e309", "abc", "", "0x1"],
    "--momentum": ["1", "-0.1", "nan", "2", "inf", "1e400"],
    "--l2": ["-1", "nan", "inf", "x", "-1e-300"],
    "--batch-size": ["0", "-3", "x", "1.5"],
    "--seed": ["-1", "4294967296", "x", "1e3", "9" * 50],
    "--hidden": ["16,x", ",", "-1", "100000,100000", "1e3", "4000,4000", "16,0"],
    "--activation": ["swish", "", "TANH"],
    "--loss": ["hinge", "cce", ""],
    "--backend": ["torch", ""],
}
GENERATED_BAD = {
    "--samples": ["1", "0", "10000001", "x"],
    "--noise": ["-1", "nan", "inf", "1e308"],
    "--classes": ["1", "0", "1001", "x"],
}


def _train_with_bad_option():
    options = st.sampled_from(sorted(BAD_OPTION_VALUES))
    return options.flatmap(lambda option: st.sampled_from(BAD_OPTION_VALUES[option]).map(
        lambda value: TRAIN + [option, value]))


def _generated_data_with_bad_option():
    data = st.sampled_from(["moons", "circles", "spiral", "blobs"])
    option = st.sampled_from(sorted(GENERATED_BAD))
    return st.tuples(data, option).flatmap(lambda pair: st.sampled_from(GENERATED_BAD[pair[1]]).map(
        lambda value: ["train", pair[0], "--epochs", "1", "--quiet", pair[1], value]))


def _train_on_bad_data():
    names = st.sampled_from(["garbage.csv", "nan.csv", "inf.csv", "ragged.csv", "fraction.csv", "oneclass.csv",
                             "header.csv", "empty.csv", "onecolumn.csv", "fold.csv", "binary.csv", "missing.csv",
                             "fifo.csv", "folder.json", "moonz", "quote.csv"])
    return names.map(lambda name: ["train", name, "--epochs", "2", "--quiet"])


def _misplaced_options():
    return st.sampled_from([
        ["train", "xor", "--samples", "50", "--quiet"],
        ["train", "moons", "--classes", "4", "--quiet"],
        ["train", "spiral", "--loss", "bce", "--quiet"],
        ["train", "xor", "--loss", "cce", "--quiet"],
        ["train", "--quiet"],
        ["train", "xor", "extra", "--quiet"],
        ["train", "xor", "--frobnicate", "--quiet"],
        ["frobnicate"],
        ["train", "xor", "--save", "no/such/dir/model.json", "--quiet"],
        ["train", "xor", "--plot", "no/such/dir/plot.svg", "--quiet"],
        ["predict"],
        ["predict", "model.json"],
        ["--epochs", "3"],
        ["trace", "data.csv"],
        ["trace", "--hidden", "none"],
        ["trace", "--samples", "1001"],
        ["trace", "--activation", "softmax"],
        ["trace", "--lr", "0"],
    ])


def _diverging_training():
    lr = st.sampled_from(["1e300", "1e250", "1e308"])
    data = st.sampled_from(["xor", "and", "good.csv"])
    return st.tuples(data, lr, st.sampled_from([[], ["--batch-size", "2"], ["--momentum", "0"]])).map(
        lambda t: ["train", t[0], "--activation", "relu", "--lr", t[1], "--epochs", "5", "--quiet",
                   "--save", "diverged.json"] + t[2])


def _predict_with_bad_files():
    models = st.sampled_from(sorted(BAD_MODELS) + ["binary.json", "missing.json", "folder.json", "fifo.json",
                                                   "good.csv"])
    bad_model = models.map(lambda model: ["predict", model, "good.csv"])
    data = st.sampled_from(["wide.csv", "unknownlabel.csv", "fraction.csv", "ragged.csv", "garbage.csv",
                            "missing.csv", "empty.csv", "binary.csv", "fifo.csv"])
    bad_data = data.map(lambda name: ["predict", "model.json", name])
    overflow = st.just(["predict", "linear.json", "overflow.csv"])
    return st.one_of(bad_model, bad_data, overflow)


bad_command_lines = st.one_of(_train_with_bad_option(), _generated_data_with_bad_option(), _train_on_bad_data(),
                              _misplaced_options(), _diverging_training(), _predict_with_bad_files())


_OVERFLOWING_BATCHES = ["train", "xor", "--activation", "relu", "--lr", "1e300", "--epochs", "5", "--quiet",
                        "--save", "diverged.json", "--batch-size", "2"]  # overflow warnings once leaked before the error


def _run_in_process(argv, cwd):
    out, err = io.StringIO(), io.StringIO()
    old = os.getcwd()
    os.chdir(str(cwd))
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main(argv)
    finally:
        os.chdir(old)
    return status, out.getvalue(), err.getvalue()


def _assert_one_error_line(argv, status, stdout, stderr):
    assert status == 2, (argv, status, stdout, stderr)
    assert "Traceback" not in stderr, (argv, stderr)
    assert stderr.startswith("tinynet: error: "), (argv, stderr)
    assert stderr.endswith("\n") and stderr.count("\n") == 1, (argv, stderr)
    assert len(stderr) < 400, (argv, stderr)
    assert stdout == "", (argv, stdout)


@settings(max_examples=80 * SCALE, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(argv=bad_command_lines)
@example(argv=_OVERFLOWING_BATCHES)
def test_bad_command_lines_exit_2_with_one_line_in_process(folder, argv):
    status, stdout, stderr = _run_in_process(argv, folder)
    COUNT["in-process"] += 1
    _assert_one_error_line(argv, status, stdout, stderr)
    assert not (folder / "diverged.json").exists()


@settings(max_examples=16 * SCALE, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(argv=bad_command_lines)
@example(argv=_OVERFLOWING_BATCHES)
def test_bad_command_lines_exit_2_with_one_line_as_a_process(folder, argv):
    env = dict(os.environ, PYTHONPATH=ROOT)
    result = subprocess.run([sys.executable, "-m", "tinynet"] + argv, cwd=str(folder), env=env,
                            capture_output=True, text=True, timeout=60)
    COUNT["subprocess"] += 1
    _assert_one_error_line(argv, result.returncode, result.stdout, result.stderr)
    assert not (folder / "diverged.json").exists()


def test_divergence_with_progress_output_ends_in_one_error_line(folder):
    status, stdout, stderr = _run_in_process(["train", "xor", "--activation", "relu", "--lr", "1e300",
                                              "--epochs", "30", "--save", "diverged.json"], folder)
    assert status == 2 and stdout == ""
    lines = stderr.splitlines()
    assert lines[0].startswith("training a 2-16-16-1 network")
    assert lines[-1].startswith("tinynet: error: training diverged at epoch 1 of 30: the loss became nan")
    assert sum("tinynet: error" in line for line in lines) == 1
    assert not (folder / "diverged.json").exists()


def test_the_lines_tried(folder):
    """Report how many lines ran (after the two property tests, in file order)."""
    if COUNT["in-process"] and COUNT["subprocess"]:
        sys.stderr.write("fuzzed command lines: %(in-process)d in-process, %(subprocess)d as processes\n" % COUNT)
        assert COUNT["in-process"] + COUNT["subprocess"] >= 60
