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
from tinynet.nn import atomicfile, modelfile

SCALE = int(os.environ.get("TINYNET_FUZZ_FILES", "1"))
CORRUPTIONS_PER_EXAMPLE = 4
# derandomize is left to the profile (tests/conftest.py): CI draws the same files every run, and a run
# elsewhere draws new ones
FUZZ = settings(max_examples=100 * SCALE, deadline=None,
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


class _OsWithoutOpen:
    """The os module of a MicroPython port: stat, but no os.open, so load parses the file as a stream."""

    stat = staticmethod(os.stat)


def _load_as_on_micropython(path):
    real_os = modelfile.os
    modelfile.os = _OsWithoutOpen
    try:
        return modelfile.load(path)
    finally:
        modelfile.os = real_os


def _check_answer(path):
    """Load path: ValueError, or a model that passes every check again.  Count which.

    The file is loaded twice, as CPython reads it (the whole text, then json.loads) and as MicroPython does
    (json.load from the stream, _load_stream); both must give the same answer.
    """
    COUNT["files"] += 1
    try:
        streamed = _load_as_on_micropython(path)
    except ValueError:
        streamed = ValueError
    try:
        model = modelfile.load(path)
    except ValueError:
        COUNT["rejected"] += 1
        assert streamed is ValueError, "read whole: ValueError; parsed as a stream: a model"
        return
    assert streamed == model, "read whole: a model; parsed as a stream: %r" % (streamed,)
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
    # a killed process cannot remove its temporary file; it is hidden and never mistaken for the model,
    # and the next save removes it
    assert all(name.startswith(".model.json.") and name.endswith(".tmp") for name in leftovers), leftovers
    Network([2, 1], seed=0).save(path)
    assert os.listdir(str(tmp_path)) == ["model.json"]


def test_the_next_save_removes_what_a_killed_save_left_and_nothing_else(tmp_path):
    """A save killed (SIGKILL) after creating its temporary file leaves it; the next save of that path
    removes it, and also one of a live writer that is older than an hour, but not a fresh one of a live
    writer, nor another target's, nor a name outside tinynet's pattern."""
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("no SIGKILL here")
    path = str(tmp_path / "model.json")
    program = ("import sys, time; sys.path.insert(0, %r)\n"
               "from tinynet.nn import atomicfile\n"
               "fd, name = atomicfile._create_temporary(%r)\n"
               "atomicfile.os.write(fd, b'{\"format\": \"tinynet-net')\n"
               "sys.stdout.write(name + '\\n'); sys.stdout.flush()\n"
               "time.sleep(600)\n" % (ROOT, path))
    process = subprocess.Popen([sys.executable, "-c", program], stdout=subprocess.PIPE)
    try:
        killed_temporary = process.stdout.readline().decode().strip()
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        process.stdout.close()
    assert os.path.exists(killed_temporary)
    live = "%s.%d.1.1.%s.tmp" % (os.path.join(str(tmp_path), ".model.json"), os.getpid(), "ab12cd34")
    old_live = "%s.%d.1.2.tmp" % (os.path.join(str(tmp_path), ".model.json"), os.getpid())
    others = [str(tmp_path / name) for name in (".other.json.%d.1.1.tmp" % process.pid, ".model.json.backup",
                                                ".model.json.%d.x.1.tmp" % process.pid, "model.json.tmp")]
    for name in [live, old_live] + others:
        with open(name, "w") as f:
            f.write("partial")
    hour_ago = time.time() - 2 * atomicfile.STALE_SECONDS
    os.utime(old_live, (hour_ago, hour_ago))
    Network([2, 1], seed=0).save(path)
    assert not os.path.exists(killed_temporary)
    assert not os.path.exists(old_live)
    assert sorted(os.listdir(str(tmp_path))) == sorted(["model.json", os.path.basename(live)]
                                                       + [os.path.basename(n) for n in others])
    assert load(path).sizes == [2, 1]


# ---------------------------------------------------------------------------------------------------------
# networks too big for the memory budget


def test_a_network_too_big_for_the_memory_budget_raises_memory_error_at_once():
    """Network([2, 10**9, 1]) asks for 29.8 GiB: MemoryError naming the sizes and the need, before allocating."""
    for backend in ("tinynet", "numpy"):
        with pytest.raises(MemoryError, match=r"sizes \[2, 1000000000, 1\] need 4000000001 parameters, 29.8 GiB"):
            Network([2, 10 ** 9, 1], backend=backend)
    from tinynet.core import memory
    old = memory.set_limit(1000)  # 125 float64s
    try:
        Network([2, 10, 10, 1])  # 151 parameters would not fit, 2-30-1 ... neither; 2-3-1 (13) does
    except MemoryError as error:
        assert "151 parameters, 1.18 KiB as float64, more than the memory budget of 1000 bytes" in str(error)
    else:
        raise AssertionError("a network past a budget of 1000 bytes was built")
    finally:
        memory.set_limit(old)
    assert Network([2, 3, 1]).sizes == [2, 3, 1]


def test_a_model_file_too_big_for_the_memory_raises_memory_error_before_parsing(tmp_path, monkeypatch):
    """A file holding a network past the budget: MemoryError naming its need, before json reads the weights.

    A file whose sizes declare more numbers than it has characters for is corrupt, not too big: ValueError.
    """
    from tinynet.core import memory
    text = modelfile.dumps(Network([2, 40, 40, 1], seed=0).to_dict())  # 1,801 parameters, 14.1 KiB
    path = str(tmp_path / "big.json")
    with open(path, "w") as f:
        f.write(text)
    parsed, real_loads = [], json.loads
    monkeypatch.setattr(modelfile.json, "loads", lambda *args, **kw: parsed.append(1) or real_loads(*args, **kw))
    old = memory.set_limit(8 * 1000)
    try:
        with pytest.raises(MemoryError, match=r"sizes \[2, 40, 40, 1\] need 1801 parameters, 14.1 KiB as float64, "
                                              r"more than the memory budget of 7.81 KiB"):
            load(path)
        assert parsed == [1]  # only the short list of sizes was parsed
        monkeypatch.undo()
        forged = text.replace("[2, 40, 40, 1]", "[2, 40000, 40000, 1]", 1)
        with pytest.raises(ValueError, match="must be"):
            modelfile.loads(forged)
    finally:
        memory.set_limit(old)
    assert load(path).sizes == [2, 40, 40, 1]


def test_a_model_file_too_big_is_refused_before_parsing_when_read_as_a_stream(tmp_path, monkeypatch):
    """MicroPython's path (no os.open: json.load parses as it reads) checks the declared sizes first too."""
    from tinynet.core import memory
    path = str(tmp_path / "big.json")
    with open(path, "w") as f:
        f.write(modelfile.dumps(Network([2, 40, 40, 1], seed=0).to_dict()))
    streamed = []
    monkeypatch.setattr(modelfile.json, "load", lambda *args, **kw: streamed.append(1))
    old = memory.set_limit(8 * 1000)
    try:
        with pytest.raises(MemoryError, match=r"sizes \[2, 40, 40, 1\] need 1801 parameters"):
            _load_as_on_micropython(path)
    finally:
        memory.set_limit(old)
    assert streamed == []  # nothing of the weights was parsed
    monkeypatch.undo()
    assert _load_as_on_micropython(path) == modelfile.load(path)


def test_the_stream_reader_finds_sizes_anywhere_in_the_file(tmp_path):
    """The sizes may come after the weights (a file written by other code), the key cut by a piece's end."""
    from tinynet.core import memory
    model = json.loads(modelfile.dumps(Network([2, 40, 40, 1], seed=0).to_dict()))
    sizes_last = dict((key, model[key]) for key in model if key != "sizes")
    sizes_last["sizes"] = model["sizes"]
    path = str(tmp_path / "late.json")
    for pad in range(0, 2 * modelfile._HEAD, 7):  # every place of the key relative to the pieces
        with open(path, "w") as f:
            f.write(json.dumps(sizes_last).replace("{", "{" + " " * pad, 1))
        old = memory.set_limit(8 * 1000)
        try:
            with pytest.raises(MemoryError, match=r"sizes \[2, 40, 40, 1\] need 1801 parameters"):
                _load_as_on_micropython(path)
        finally:
            memory.set_limit(old)
    assert _load_as_on_micropython(path) == model
