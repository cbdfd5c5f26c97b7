"""Run every program in examples/ under NumPy and under tinynet and compare what they print.

Each example is a NumPy program written as a tutorial would write it. The NumPy run uses the file as it
is; the tinynet run uses the same text with ``import numpy as np`` replaced by ``import tinynet as np``,
from a temporary file, with the checkout's root first on PYTHONPATH. The two standard outputs must be
identical, line for line: there is no tolerance.
"""
import difflib
import os
import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))
NUMPY_IMPORT = "import numpy as np"
TINYNET_IMPORT = "import tinynet as np"
TIMEOUT_SECONDS = 600


def _run(path, cwd):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT)] + [p for p in [env.get("PYTHONPATH")] if p])
    env["PYTHONHASHSEED"] = "0"
    try:
        done = subprocess.run([sys.executable, str(path)], cwd=str(cwd), env=env,
                              capture_output=True, text=True, timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        pytest.fail("%s did not finish within %d s" % (path.name, TIMEOUT_SECONDS))
    if done.returncode != 0:
        pytest.fail("%s exited with %d\n--- stdout ---\n%s\n--- stderr ---\n%s"
                    % (path.name, done.returncode, done.stdout, done.stderr))
    return done.stdout


def _run_with_numpy(example, tmp_path):
    return _run(example, tmp_path)


def _run_with_tinynet(example, tmp_path):
    source = example.read_text()
    if NUMPY_IMPORT not in source:
        pytest.fail("%s has no line %r to swap" % (example.name, NUMPY_IMPORT))
    swapped = source.replace(NUMPY_IMPORT, TINYNET_IMPORT)
    script = tmp_path / ("tinynet_" + example.name)
    script.write_text(swapped)
    return _run(script, tmp_path)


def _assert_same_output(expected, actual, name):
    if expected != actual:
        diff = "".join(difflib.unified_diff(
            expected.splitlines(True), actual.splitlines(True),
            fromfile=name + " with numpy", tofile=name + " with tinynet"))
        pytest.fail("%s prints differently under tinynet:\n%s" % (name, diff))


def test_examples_exist():
    names = [example.name for example in EXAMPLES]
    assert "seed_program.py" in names
    assert len(names) >= 7, names


@pytest.mark.parametrize("example", EXAMPLES, ids=[example.stem for example in EXAMPLES])
def test_example_prints_what_numpy_prints(example, tmp_path):
    expected = _run_with_numpy(example, tmp_path)
    assert expected.strip(), "%s printed nothing under numpy" % example.name
    actual = _run_with_tinynet(example, tmp_path)
    _assert_same_output(expected, actual, example.name)


def test_seed_program_predicts_the_and_gate(tmp_path):
    # The seed program learns AND of the two input rows; its last print is the prediction.
    seed = ROOT / "examples" / "seed_program.py"
    for output in (_run_with_numpy(seed, tmp_path), _run_with_tinynet(seed, tmp_path)):
        assert output.splitlines()[-1] == "[[0 0 0 1]]", output


def test_swapped_program_really_uses_tinynet(tmp_path):
    # Guard against the swap silently running NumPy: the swapped text must import the checkout's tinynet.
    probe = tmp_path / "probe.py"
    probe.write_text(NUMPY_IMPORT.replace("numpy", "tinynet")
                     + "\nimport os\nprint(os.path.dirname(os.path.dirname(np.__file__)))\n")
    assert _run(probe, tmp_path).strip() == str(ROOT)
