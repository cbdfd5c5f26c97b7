"""The portable suite's CPython side.

- Every portable test (tests/portable/test_*.py) runs here under pytest, one pytest test each.
- The fixtures are regenerated from NumPy into a temporary folder and must equal the committed
  ones, so NumPy's answers cannot drift from what the other runtimes are checked against.
- NumPy itself passes the fixture comparison (which checks the comparison code on real answers),
  and a changed answer makes it fail.
- The runner, tests/portable/run.py, reports failures and exits non-zero when a test fails.
"""
import importlib.util
import json
import math
import os
import pathlib
import shutil
import subprocess
import sys

import numpy
import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
PORTABLE = ROOT / "tests" / "portable"
if str(PORTABLE) not in sys.path:
    sys.path.insert(0, str(PORTABLE))

import make_fixtures  # noqa: E402
import portable_support as support  # noqa: E402


def _load_runner():
    """Import tests/portable/run.py under a name no other test module uses."""
    spec = importlib.util.spec_from_file_location("portable_run", PORTABLE / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


run = _load_runner()


def _portable_tests():
    tests = []
    for module_name in run.find_modules(str(PORTABLE)):
        module = __import__(module_name)
        for test_name, function in run.find_tests(module):
            tests.append(pytest.param(function, id="%s.%s" % (module_name, test_name)))
    return tests


@pytest.mark.parametrize("test", _portable_tests())
def test_portable_suite_on_cpython(test):
    test()


# ---------------------------------------------------------------- the fixtures stay NumPy's

def _same_json(actual, expected, where="fixture"):
    """Assert two decoded JSON values are equal, floats to within 1e-12 relative (BLAS may differ)."""
    if isinstance(expected, float) and isinstance(actual, float):
        assert math.isclose(actual, expected, rel_tol=1e-12, abs_tol=1e-300), (where, actual, expected)
    elif isinstance(expected, dict):
        assert isinstance(actual, dict) and sorted(actual) == sorted(expected), (where, sorted(actual), sorted(expected))
        for key in expected:
            _same_json(actual[key], expected[key], "%s.%s" % (where, key))
    elif isinstance(expected, list):
        assert isinstance(actual, list) and len(actual) == len(expected), (where, actual, expected)
        for index, (a, e) in enumerate(zip(actual, expected)):
            _same_json(a, e, "%s[%d]" % (where, index))
    else:
        assert type(actual) is type(expected) and actual == expected, (where, actual, expected)


def test_committed_fixtures_match_numpy(tmp_path):
    names = make_fixtures.write_fixtures(str(tmp_path))
    committed = sorted(p.name for p in (PORTABLE / "fixtures").glob("*.json"))
    assert sorted(names) == committed, "run: python3 tests/portable/make_fixtures.py"
    for name in names:
        fresh = json.loads((tmp_path / name).read_text())
        stored = json.loads((PORTABLE / "fixtures" / name).read_text())
        try:
            _same_json(fresh, stored, name)
        except AssertionError as error:
            raise AssertionError("%s no longer matches NumPy %s (regenerate with "
                                 "python3 tests/portable/make_fixtures.py): %s"
                                 % (name, numpy.__version__, error)) from None


@pytest.mark.parametrize("topic", sorted(make_fixtures.ARRAY_TOPICS))
def test_numpy_passes_its_own_fixtures(topic):
    with numpy.errstate(all="ignore"):
        support.check_cases(make_fixtures.ARRAY_TOPICS[topic], support.load_fixture(topic), numpy)


def test_a_changed_answer_fails_the_comparison():
    fixture = support.load_fixture("matmul")
    cases = [case for case in make_fixtures.ARRAY_TOPICS["matmul"] if case[0] == "matmul_floats"]
    support.check_cases(cases, fixture, numpy)
    data = fixture["matmul_floats"]["array"]["data"]
    data[1][2] *= 1 + 1e-9
    with pytest.raises(AssertionError, match=r"matmul_floats: \[1\]\[2\]: expected"):
        support.check_cases(cases, fixture, numpy)


def test_a_wrong_dtype_or_shape_fails_the_comparison():
    expected = {"array": {"dtype": "float64", "shape": [2], "data": [1.0, 2.0]}}
    assert support.describe_difference(numpy.array([1.0, 2.0]), expected) is None
    assert "dtype" in support.describe_difference(numpy.array([1, 2]), expected)
    assert "shape" in support.describe_difference(numpy.array([[1.0, 2.0]]), expected)


def test_tolerance_is_relative_and_handles_non_finite_values():
    assert support.floats_close(1.0 + 1e-13, 1.0)
    assert not support.floats_close(1.0 + 1e-10, 1.0)
    assert support.floats_close(float("nan"), float("nan"))
    assert not support.floats_close(1e308, float("inf"))
    assert support.floats_close(float("-inf"), float("-inf"))


def test_printed_numbers_compare_within_tolerance_only_on_single_precision(monkeypatch):
    ours = "[[0.04999995]\n [0.05      ]]\n-0.07499989\nepoch 3: 6 mistakes\n"
    numpys = "[[0.05]\n [0.05]]\n-0.07499999999999982\nepoch 3: 6 mistakes\n"
    assert not support.texts_match(ours, numpys)               # double precision: character for character
    monkeypatch.setattr(support, "FLOAT_IS_SINGLE", True)
    tolerance = 16 * 2.0 ** -23
    assert support.texts_match(ours, numpys, tolerance, tolerance)
    assert not support.texts_match(ours.replace("-0.07499989", "-0.0751"), numpys, tolerance, tolerance)
    assert not support.texts_match(ours.replace("6 mistakes", "7 mistakes"), numpys, tolerance, tolerance)
    assert not support.texts_match(ours.replace("epoch", "epoc"), numpys, tolerance, tolerance)
    assert not support.texts_match(ours + "1", numpys, tolerance, tolerance)
    assert support.text_tokens("[[1. 2.]] x=(3, 4)") == ["[", "[", "1.", "2.", "]", "]", "x", "=", "(", "3", ",",
                                                           "4", ")"]


def test_numpy_program_output_is_captured():
    source = "import numpy as np\nprint(np.array([1, 2]))\nprint('a', 'b', sep='-', end='!')\n"
    assert support.run_program(source, numpy) == "[1 2]\na-b!"


# ---------------------------------------------------------------- the runner itself

def test_runner_reports_failures_and_exits_nonzero(tmp_path):
    shutil.copy(PORTABLE / "run.py", tmp_path / "run.py")
    (tmp_path / "test_sample.py").write_text(
        "def test_good():\n    assert 1 + 1 == 2\n\n"
        "def test_bad():\n    assert 1 + 1 == 3, 'arithmetic'\n\n"
        "def helper():\n    raise RuntimeError('not a test')\n")
    done = subprocess.run([sys.executable, str(tmp_path / "run.py")], capture_output=True, text=True)
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[-1] == "1 passed, 1 failed"
    assert "FAILED test_sample.test_bad: AssertionError: arithmetic" in lines


def test_runner_passes_and_exits_zero(tmp_path):
    shutil.copy(PORTABLE / "run.py", tmp_path / "run.py")
    (tmp_path / "test_sample.py").write_text("def test_good():\n    pass\n")
    done = subprocess.run([sys.executable, str(tmp_path / "run.py")], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1] == "1 passed, 0 failed"


def test_runner_counts_skipped_tests(tmp_path):
    shutil.copy(PORTABLE / "run.py", tmp_path / "run.py")
    (tmp_path / "test_sample.py").write_text(
        "class SkipTest(Exception):\n    pass\n\n"
        "def test_good():\n    pass\n\n"
        "def test_not_here():\n    raise SkipTest('needs double precision')\n")
    done = subprocess.run([sys.executable, str(tmp_path / "run.py")], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert "skipped test_sample.test_not_here: needs double precision" in lines
    assert lines[-1] == "1 passed, 0 failed, 1 skipped"


def test_runner_fails_when_no_test_ran(tmp_path):
    shutil.copy(PORTABLE / "run.py", tmp_path / "run.py")
    done = subprocess.run([sys.executable, str(tmp_path / "run.py")], capture_output=True, text=True)
    assert done.returncode == 1
    assert done.stdout.splitlines()[-1] == "0 passed, 0 failed"


# ---------------------------------------------------------------- the board example

def _import_from(folder, name):
    spec = importlib.util.spec_from_file_location("board_" + name, folder / (name + ".py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_board_model_is_what_the_training_script_makes(tmp_path):
    board = ROOT / "examples" / "board"
    train_on_pc = _import_from(board, "train_on_pc")
    fresh_path = tmp_path / "model.json"
    assert train_on_pc.main([str(fresh_path)]) == 0
    fresh = json.loads(fresh_path.read_text())
    committed = json.loads((board / "model.json").read_text())
    for key in ("format", "version", "sizes", "hidden", "output", "loss"):
        assert fresh[key] == committed[key], (key, fresh[key], committed[key])
    # Training repeats the same floating-point steps; allow for a different BLAS summing in another order.
    assert numpy.allclose(numpy.concatenate([numpy.ravel(W) for W in fresh["weights"]]),
                          numpy.concatenate([numpy.ravel(W) for W in committed["weights"]]),
                          rtol=1e-9, atol=1e-12), "retrain: python3 examples/board/train_on_pc.py"
    assert numpy.allclose(numpy.concatenate(fresh["biases"]), numpy.concatenate(committed["biases"]),
                          rtol=1e-9, atol=1e-12), "retrain: python3 examples/board/train_on_pc.py"


def test_board_script_runs_on_cpython(tmp_path):
    board = ROOT / "examples" / "board"
    done = subprocess.run([sys.executable, str(board / "predict_on_board.py"), str(board / "model.json")],
                          capture_output=True, text=True, cwd=str(tmp_path),
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 6 and lines[0].startswith("reading [-0.8, 0.6] -> class 0 (p = "), lines
