"""Fuzzing the model-file loader with corrupted copies of real saved models.

Every file here starts as a model that tinynet saved (several sizes, hidden activations, outputs, classes of
ints and strings, and a version 1 file), and is then damaged the way files get damaged or forged: cut
short, bytes overwritten, inserted or removed, a value replaced by one of the wrong type, a list made
longer or shorter, a key dropped or added, numbers replaced by huge ones, NaN or Infinity, brackets nested
thousands deep.  The loader must answer each one at once with ValueError, or, when the damage happens to
leave a valid model (a digit changed inside a weight), with a model that passes every check.  Any other
exception (TypeError, KeyError, RecursionError, ...) fails the test.

The run writes and loads a little over 1,200 corrupted files (TINYNET_FUZZ_FILES=10 runs ten times as
many) in well under a minute.  A killed save is tried too: a process saving in a loop is killed at random
moments, and the file it was replacing always loads.
"""
import copy
import json
import os
import signal
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from tinynet.nn import Network, load
from tinynet.nn import modelfile

SCALE = int(os.environ.get("TINYNET_FUZZ_FILES", "1"))
CORRUPTIONS_PER_EXAMPLE = 4
FUZZ = settings(max_examples=100 * SCALE, deadline=None, derandomize=False,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
COUNT = {"files": 0, "rejected": 0, "still valid": 0}
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _saved_models():
    """Return the text of a few real model files, as tinynet writes them."""
    X = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]
    texts = []
    for sizes, hidden, output, labels in (([2, 3, 1], "tanh", "sigmoid", [0, 1, 1, 0]),
                                          ([2, 4, 3, 3], "relu", "softmax", ["cat", "dog", "eel", "cat"]),
                                          ([2, 1], "identity", "sigmoid", [-1, 7, 7, -1]),
                                          ([2, 2, 2], "sigmoid", "softmax", [0, 1, 1, 0])):
        net = Network(sizes, hidden=hidden, output=output, seed=len(sizes), backend="numpy")
        net.fit(X, labels, epochs=3, lr=0.5)
        texts.append(modelfile.dumps(net.to_dict()))
    old = json.loads(texts[0])
    del old["classes"]
    old["version"] = 1
    texts.append(json.dumps(old))
    return texts


MODELS = _saved_models()


def _check_answer(path):
    """Load path: ValueError, or a model that passes every check again.  Count which."""
    COUNT["files"] += 1
    try:
        model = modelfile.load(path)
    except ValueError:
        COUNT["rejected"] += 1
        return
    COUNT["still valid"] += 1
    assert modelfile.check(model) == model
    text = modelfile.dumps(model)  # every number finite, every shape right, or dumps would raise
    assert modelfile.loads(text) == model
    net = Network.from_dict(model)
    try:
        assert len(net.predict([[0.5] * model["sizes"][0]])) == 1
    except ValueError as error:  # weights near 1e308 that overflow: said, not hidden
        assert "outputs are nan" in str(error)


def _write(folder, name, data):
    path = os.path.join(str(folder), name)
    with open(path, "wb") as f:
        f.write(data)
    return path


# ---------------------------------------------------------------------------------------------------------
# byte-level damage: truncation, overwritten, inserted and removed bytes


byte_damage = st.sampled_from(["truncate", "overwrite", "insert", "delete", "duplicate"])


@FUZZ
@given(data=st.data())
def test_files_with_damaged_bytes_are_rejected_with_value_error(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("bytes", numbered=True)
    base = data.draw(st.sampled_from(MODELS)).encode("utf-8")
    for i in range(CORRUPTIONS_PER_EXAMPLE):
        damaged = bytearray(base)
        for _ in range(data.draw(st.integers(1, 4))):
            kind = data.draw(byte_damage)
            at = data.draw(st.integers(0, max(len(damaged) - 1, 0)))
            if kind == "truncate":
                damaged = damaged[:at]
            elif kind == "overwrite" and damaged:
                damaged[at] = data.draw(st.integers(0, 255))
            elif kind == "insert":
                damaged[at:at] = data.draw(st.binary(min_size=1, max_size=8))
            elif kind == "delete":
                del damaged[at:at + data.draw(st.integers(1, 16))]
            else:
                damaged[at:at] = damaged[at:at + data.draw(st.integers(1, 64))]
        _check_answer(_write(folder, "m%d.json" % i, bytes(damaged)))


# ---------------------------------------------------------------------------------------------------------
# structural damage: wrong types, wrong shapes, missing and extra keys, non-finite and huge numbers


def _paths(value, prefix=()):
    """Return the path (a tuple of keys and indices) of every value inside a JSON value, itself included,
    down to a depth of 9."""
    paths = [prefix]
    if len(prefix) > 8:  # inside brackets nested by an earlier mutation: deep enough
        return paths
    if isinstance(value, dict):
        for key in value:
            paths.extend(_paths(value[key], prefix + (key,)))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            paths.extend(_paths(item, prefix + (i,)))
    return paths


def _get(value, path):
    for step in path:
        value = value[step]
    return value


def _set(value, path, new):
    if not path:
        return new
    _get(value, path[:-1])[path[-1]] = new
    return value


wrong_values = st.one_of(
    st.none(), st.booleans(), st.integers(-10 ** 30, 10 ** 30), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=8), st.just("tanh"), st.just([]), st.just({}), st.just(["tanh"]), st.just([[1.0]]),
    st.just({"format": "tinynet-network"}), st.lists(st.integers(0, 3), max_size=4),
    st.recursive(st.floats(-1, 1), lambda inner: st.lists(inner, max_size=3), max_leaves=6),
)


def _wrong_value(data):
    """Draw a wrong value, as a fresh copy (st.just hands out one object, which a later change would alter)."""
    return copy.deepcopy(data.draw(wrong_values))


def _mutate(model, data):
    """Apply one structural change to a decoded model (in place where it can) and return the result."""
    paths = _paths(model)
    path = data.draw(st.sampled_from(paths))
    target = _get(model, path)
    kind = data.draw(st.sampled_from(["replace", "replace", "grow", "shrink", "drop key", "add key", "nest"]))
    if kind == "replace" or (kind in ("grow", "shrink") and not isinstance(target, list)) or (
            kind in ("drop key", "add key") and not isinstance(target, dict)):
        return _set(model, path, _wrong_value(data))
    if kind == "grow":
        target.append(_wrong_value(data) if data.draw(st.booleans()) or not target else target[-1])
    elif kind == "shrink":
        if target:
            target.pop(data.draw(st.integers(0, len(target) - 1)))
    elif kind == "drop key":
        if target:
            del target[data.draw(st.sampled_from(sorted(target)))]
    elif kind == "add key":
        target[data.draw(st.text(max_size=6))] = _wrong_value(data)
    else:
        depth = data.draw(st.sampled_from([2, 50, 1000, 5000]))
        nested = target
        for _ in range(depth):
            nested = [nested]
        return _set(model, path, nested)
    return model


@FUZZ
@given(data=st.data())
def test_files_with_wrong_types_shapes_and_keys_are_rejected_with_value_error(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("structure", numbered=True)
    for i in range(CORRUPTIONS_PER_EXAMPLE):
        model = json.loads(data.draw(st.sampled_from(MODELS)))
        for _ in range(data.draw(st.integers(1, 3))):
            model = _mutate(model, data)
        try:
            text = json.dumps(model)  # NaN and Infinity are written as the tokens Python's json reads
        except (RecursionError, ValueError):
            text = "[" * 100000
        _check_answer(_write(folder, "m%d.json" % i, text.encode("utf-8")))


number_tokens = st.sampled_from(["NaN", "Infinity", "-Infinity", "1e999", "-1e999", "1" * 5000, "1e-999",
                                 "9" * 400 + ".0", "-0", "0", "true", "null", '"1.0"', "[]", "{}", "1e308",
                                 "123456789012345678901234567890"])


@FUZZ
@given(data=st.data())
def test_numbers_replaced_by_huge_or_non_finite_tokens_are_rejected(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("numbers", numbered=True)
    for i in range(CORRUPTIONS_PER_EXAMPLE):
        text = data.draw(st.sampled_from(MODELS))
        starts = [j for j in range(1, len(text)) if text[j] in "-0123456789" and text[j - 1] in "[ ,"]
        for _ in range(data.draw(st.integers(1, 3))):
            at = data.draw(st.sampled_from(starts))
            end = at + 1
            while end < len(text) and text[end] in "0123456789.e+-":
                end += 1
            text = text[:at] + data.draw(number_tokens) + text[end:]
            starts = [j for j in starts if j < at]
            if not starts:
                break
        _check_answer(_write(folder, "m%d.json" % i, text.encode("utf-8")))


# ---------------------------------------------------------------------------------------------------------
# the total, and killed saves


def test_over_a_thousand_corrupted_files_were_answered_with_value_errors():
    """Runs after the three tests above (pytest keeps the file's order); skipped when they did not all run."""
    if COUNT["files"] < 3 * 100 * SCALE * CORRUPTIONS_PER_EXAMPLE * 0.9:
        pytest.skip("the fuzz tests above did not all run (%d files)" % COUNT["files"])
    assert COUNT["files"] >= 1000
    assert COUNT["rejected"] >= 0.8 * COUNT["files"], COUNT
    sys.stderr.write("fuzzed model files: %(files)d, rejected with ValueError %(rejected)d, still valid "
                     "%(still valid)d\n" % COUNT)


def test_saves_killed_at_random_moments_leave_the_old_or_the_new_file(tmp_path):
    """SIGKILL a process that saves a 2-200-200-1 model in a loop, ten times: the path always loads."""
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("no SIGKILL here")
    path = str(tmp_path / "model.json")
    Network([2, 200, 200, 1], seed=0, backend="numpy").save(path)
    program = ("import sys; sys.path.insert(0, %r)\n"
               "from tinynet.nn import Network\n"
               "net = Network([2, 200, 200, 1], seed=1, backend='numpy')\n"
               "sys.stdout.write('ready\\n'); sys.stdout.flush()\n"
               "while True:\n"
               "    net.save(%r)\n" % (ROOT, path))
    delays = [0.0, 0.01, 0.03, 0.05, 0.08, 0.1, 0.13, 0.17, 0.2, 0.25]
    for delay in delays:
        process = subprocess.Popen([sys.executable, "-c", program], stdout=subprocess.PIPE)
        try:
            assert process.stdout.readline() == b"ready\n"
            time.sleep(delay)
        finally:
            process.kill()
            process.wait(timeout=30)
            process.stdout.close()
        assert load(path).sizes == [2, 200, 200, 1]
    leftovers = [name for name in os.listdir(str(tmp_path)) if name != "model.json"]
    # a killed process cannot remove its temporary file; it is hidden and never mistaken for the model
    assert all(name.startswith(".model.json.") and name.endswith(".tmp") for name in leftovers), leftovers
