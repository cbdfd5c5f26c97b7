"""Model files: exact round trips, portability between backends, atomic saves, strict rejection of bad files."""
import io
import json
import math
import os
import random
import subprocess
import sys
import threading

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from tinynet.nn import atomicfile, modelfile
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
    assert stored["format"] == "tinynet-network" and stored["version"] == 2
    assert stored["classes"] == [0, 1]
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


def test_save_into_a_missing_folder_raises_naming_the_target_and_leaves_nothing(tmp_path, trained):
    target = str(tmp_path / "no-such-folder" / "model.json")
    with pytest.raises(FileNotFoundError) as caught:
        trained.save(target)
    assert caught.value.filename == target
    assert target in str(caught.value) and ".tmp" not in str(caught.value)
    assert os.listdir(str(tmp_path)) == []


# ---------------------------------------------------------------------------------------------------------
# rejecting bad files


def _text_of(model):
    return json.dumps(model)


BAD_MODELS = {
    "newer version": (lambda: _model(version=3), "format version 3 is not supported"),
    "version as float": (lambda: _model(version=2.0), "format version 2.0 is not supported"),
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
    "hidden as a list": (lambda: _model(hidden=["tanh"]), r"hidden activation \['tanh'\] is not one of"),
    "output as an object": (lambda: _model(output={"a": 1}), "output activation {'a': 1} is not one of"),
    "loss as a list": (lambda: _model(loss=["bce"]), r"loss \['bce'\] is not a name"),
    "format as a list": (lambda: _model(format=["tinynet-network"]), "not a tinynet model"),
    "sizes as a string": (lambda: _model(sizes="2,3,1"), "sizes must be a list"),
    "sizes with a list": (lambda: _model(sizes=[2, [3], 1]), "sizes must be a list"),
    "sizes with a bool": (lambda: _model(sizes=[2, True, 1]), "sizes must be a list"),
    "weights as an object": (lambda: _model(weights={"0": 1}), "weights must be a list of 2 layers"),
    "a row as a number": (lambda: _model(weights=[[1.0, 2.0], _model()["weights"][1]]),
                          r"weights\[0\]\[0\] must be a list of 3 numbers"),
    "a number as a list": (lambda: _model(biases=[[0.0, [0.5], 0.0], [0.0]]), r"biases\[0\]\[1\] is \[0.5\]"),
    "a number as an object": (lambda: _model(biases=[[0.0, {}, 0.0], [0.0]]), r"biases\[0\]\[1\] is {}"),
    "classes missing": (lambda: {k: v for k, v in _model().items() if k != "classes"}, "missing key 'classes'"),
    "classes too few": (lambda: _model(classes=[0]), "classes must be a list of 2 labels for 1 output unit"),
    "classes repeated": (lambda: _model(classes=[1, 1]), "classes must not repeat a label"),
    "classes mixed": (lambda: _model(classes=[0, "a"]), "classes must be all numbers or all strings"),
    "classes of lists": (lambda: _model(classes=[[0], [1]]), "classes must be all numbers or all strings"),
    "classes of bools": (lambda: _model(classes=[False, True]), "classes must be all numbers or all strings"),
    "classes as text": (lambda: _model(classes="01"), "classes must be a list of 2 labels"),
    "version 1 with classes": (lambda: _model(version=1), "unknown key 'classes'"),
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
    assert lines[0] == '{"format": "tinynet-network", "version": 2,'
    assert lines[1] == ' "sizes": [2, 5, 3, 1], "hidden": "tanh", "output": "sigmoid", "loss": "bce",'
    assert lines[2] == ' "classes": [0, 1],'
    assert len(lines) == 3 + 1 + 3 + 1 + 1 + 3 + 1
    assert modelfile.dumps(modelfile.loads(text)) == text


@pytest.mark.parametrize("nesting", [100, 1000, 5000, 100000])
def test_deeply_nested_json_is_a_value_error(nesting):
    for text in ("[" * nesting, "[" * nesting + "]" * nesting, '{"a": ' * nesting + "1" + "}" * nesting):
        with pytest.raises(ValueError):
            modelfile.loads(text)


class _NoParser:
    """Stands in for the json module: a text that reaches it fails the test."""

    @staticmethod
    def loads(text):
        raise AssertionError("json.loads was handed a text nested %d deep" % text.count("["))

    load = loads


@pytest.mark.parametrize("stream", [False, True], ids=["whole text", "stream"])
def test_a_deeply_nested_file_is_refused_before_json_parses_it(tmp_path, monkeypatch, stream):
    """json recurses once per level, and CPython 3.8 can abort the interpreter when such a parse starts
    near the recursion limit: so a file nested past MAX_NESTING never reaches json at all."""
    path = str(tmp_path / "deep.json")
    with open(path, "w") as f:
        f.write('{"format": "tinynet-network", "sizes": ' + "[" * 100000)
    monkeypatch.setattr(modelfile, "json", _NoParser)
    if stream:
        monkeypatch.setattr(modelfile, "os", type("OsWithoutOpen", (), {"stat": staticmethod(os.stat)}))
    with pytest.raises(ValueError, match="nested too deeply \\(more than 32 levels\\)"):
        load(path)


def _json_depth(value):
    """The nesting of a parsed JSON value: 0 for a number or a string, 1 for [] or [1], 2 for [[]]."""
    if isinstance(value, dict):
        return 1 + max([_json_depth(v) for v in value.values()] + [0])
    if isinstance(value, list):
        return 1 + max([_json_depth(v) for v in value] + [0])
    return 0


# strings full of what could fool a bracket count: brackets, quotes, backslashes, escapes, non-ASCII
_tricky_text = st.text(st.sampled_from('[]{}"\\\n\t/ab\u00e9\u4e2d\U0001f600'), max_size=8)
_json_leaves = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | _tricky_text
_json_values = st.recursive(_json_leaves, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
    _tricky_text, inner, max_size=3), max_leaves=8)


@settings(max_examples=300, deadline=None)
@given(value=_json_values, depth=st.integers(0, 40) | st.integers(30, 34), data=st.data(),
       ascii_only=st.booleans(), piece_size=st.integers(1, 9))
def test_the_nesting_count_agrees_with_the_parsed_depth(value, depth, data, ascii_only, piece_size):
    """_check_nesting refuses a text exactly when its parsed value is more than MAX_NESTING deep, read
    whole or in pieces of a few characters (which never end inside an escape)."""
    for _ in range(depth):  # wrapped in lists and in objects whose keys are tricky strings
        key = data.draw(st.none() | _tricky_text)
        value = [value] if key is None else {key: value}
    text = json.dumps(value, ensure_ascii=ascii_only)
    pieces = list(modelfile._pieces(io.StringIO(text), piece_size))
    assert "".join(pieces) == text
    assert not any(piece.endswith("\\") for piece in pieces[:-1]), pieces
    too_deep = _json_depth(json.loads(text)) > modelfile.MAX_NESTING
    for given_as in ([text], pieces):
        try:
            modelfile._check_nesting(given_as, "model")
            refused = False
        except ValueError as error:
            assert "nested too deeply" in str(error)
            refused = True
        assert refused == too_deep, (text, refused)


def test_huge_integers_and_numbers_are_value_errors():
    model = _model()
    for token in ("1" * 5000, "1e400", "-1e400", "9" * 400):
        text = json.dumps(model).replace('"biases": [[0.0', '"biases": [[%s' % token, 1)
        assert token in text
        with pytest.raises(ValueError):
            modelfile.loads(text)
    # Python 3.11+ refuses to parse an int of 5000 digits; before, it parses and the check refuses it
    with pytest.raises(ValueError, match="sizes must be|not valid JSON"):
        modelfile.loads(json.dumps(_model()).replace('"sizes": [2', '"sizes": [%s' % ("7" * 5000), 1))


def test_integers_are_accepted_as_weights_and_come_back_as_floats():
    model = _model(biases=[[0, 1, -2], [3]])
    back = modelfile.check(model)
    assert back["biases"] == [[0.0, 1.0, -2.0], [3.0]]
    assert all(type(x) is float for row in back["biases"] for x in row)


# ---------------------------------------------------------------------------------------------------------
# classes and old files


def _version_1(net):
    model = net.to_dict()
    del model["classes"]
    model["version"] = 1
    return model


@pytest.mark.parametrize("sizes,output,classes", [([2, 3, 1], "sigmoid", [0, 1]),
                                                 ([2, 4, 3], "softmax", [0, 1, 2])])
def test_version_1_files_load_with_the_unit_numbers_as_classes(tmp_path, sizes, output, classes):
    net = Network(sizes, output=output, seed=3, backend="numpy")
    path = str(tmp_path / "old.json")
    with open(path, "w") as f:
        f.write(json.dumps(_version_1(net)))
    loaded = load(path)
    assert loaded.classes_ == classes
    assert loaded.to_dict() == net.to_dict()
    assert loaded.predict(X).tolist() == net.predict(X).tolist()


def test_the_committed_board_model_loads_with_its_two_classes():
    path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "examples", "board",
                        "model.json")
    with open(path) as f:
        assert json.load(f)["version"] in (1, 2)
    assert load(path).classes_ == [0, 1]


@pytest.mark.parametrize("classes", [["cat", "dog", "eel"], [-5, 0, 100000], [-2.0, 1.0, 7.0],
                                     ["z\u00e9", "\u2603", 'a "quote"']])
def test_classes_of_any_kind_round_trip(tmp_path, classes):
    X3 = [[0.0, 0.0], [1.0, 0.0], [0.0, 1.0]]
    labels = [classes[2], classes[0], classes[1]]
    net = Network([2, 4, 3], output="softmax", seed=1)
    net.fit(X3, labels, epochs=30, lr=0.5)
    path = str(tmp_path / "classes.json")
    net.save(path)
    loaded = load(path, backend="numpy")
    assert loaded.classes_ == sorted(classes)
    assert list(loaded.predict(X3)) == list(net.predict(X3))


def test_classes_in_a_file_keep_their_order(tmp_path):
    model = _model(classes=["yes", "no"])
    net = Network.from_dict(model)
    assert net.classes_ == ["yes", "no"]  # unit output < 0.5 means "yes", as the file says
    assert modelfile.loads(modelfile.dumps(model))["classes"] == ["yes", "no"]


def test_non_finite_class_labels_are_rejected():
    with pytest.raises(ValueError, match="classes must be finite"):
        modelfile.check(_model(classes=[0.0, float("nan")]))
    with pytest.raises(ValueError, match="classes must be finite"):
        modelfile.loads(json.dumps(_model()).replace('"classes": [0, 1]', '"classes": [0, Infinity]'))


# ---------------------------------------------------------------------------------------------------------
# special files and limits


def test_a_fifo_is_refused_at_once_without_hanging(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    path = str(tmp_path / "model.fifo")
    os.mkfifo(path)
    outcome = []

    def try_to_load():
        try:
            load(path)
        except ValueError as error:
            outcome.append(str(error))

    # a plain open() of a FIFO without a writer blocks for ever: the thread is a guard against a hang, with
    # a bound generous enough never to measure speed
    reader = threading.Thread(target=try_to_load, daemon=True)
    reader.start()
    reader.join(60)
    assert not reader.is_alive(), "load blocked on a FIFO"
    assert len(outcome) == 1 and "is not a regular file (it is a FIFO)" in outcome[0], outcome


def test_a_device_is_refused(tmp_path):
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero here")
    with pytest.raises(ValueError, match="not a regular file \\(it is a character device\\)"):
        load("/dev/zero")


def test_a_folder_is_an_os_error(tmp_path):
    with pytest.raises(IsADirectoryError):
        load(str(tmp_path))
    with pytest.raises(FileNotFoundError):
        load(str(tmp_path / "missing.json"))


def test_files_over_the_size_limit_are_refused_before_reading(tmp_path, trained):
    path = str(tmp_path / "model.json")
    trained.save(path)
    size = os.path.getsize(path)
    assert modelfile.load(path, max_bytes=size)["sizes"] == [2, 5, 3, 1]
    with pytest.raises(ValueError, match="larger than the limit of %d bytes" % (size - 1)):
        modelfile.load(path, max_bytes=size - 1)


def test_binary_garbage_is_a_value_error(tmp_path):
    path = str(tmp_path / "garbage.json")
    for data in (b"\xff\xfe\x00\x01", b"\x80" * 100, "{\"format\": \"\u00e9\"}".encode("latin-1")):
        with open(path, "wb") as f:
            f.write(data)
        with pytest.raises(ValueError):
            load(path)


def test_a_pathlib_path_works(tmp_path, trained):
    path = tmp_path / "model.json"
    trained.save(path)
    assert load(path).to_dict() == trained.to_dict()


# ---------------------------------------------------------------------------------------------------------
# saving: unique temporary files, permissions, failures


def test_the_saved_file_has_the_usual_permissions(tmp_path, trained):
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    path = str(tmp_path / "model.json")
    trained.save(path)
    umask = os.umask(0)
    os.umask(umask)
    assert os.stat(path).st_mode & 0o777 == 0o666 & ~umask


def test_a_save_that_fails_while_writing_removes_its_temporary_file(tmp_path, trained, monkeypatch):
    path = str(tmp_path / "model.json")
    trained.save(path)
    before = open(path).read()

    def failing_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(modelfile.os, "fsync", failing_fsync)
    with pytest.raises(OSError, match="No space left"):
        trained.save(path)
    assert os.listdir(str(tmp_path)) == ["model.json"]
    assert open(path).read() == before


def test_a_save_into_a_read_only_folder_names_the_target(tmp_path, trained):
    if os.name != "posix" or os.geteuid() == 0:
        pytest.skip("root may write anywhere")
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(PermissionError) as caught:
            trained.save(str(folder / "model.json"))
        assert caught.value.filename == str(folder / "model.json")
    finally:
        folder.chmod(0o700)


def test_temporary_names_are_unique_and_hidden_beside_the_target(tmp_path):
    path = str(tmp_path / "model.json")
    names = {atomicfile._temporary_name(path) for _ in range(1000)}
    assert len(names) == 1000
    for name in names:
        folder, base = os.path.split(name)
        assert folder == str(tmp_path) and base.startswith(".model.json.") and base.endswith(".tmp")


def test_four_threads_saving_to_one_path_while_a_reader_loads(tmp_path):
    """4 threads save 50 times each to one path while a reader loads it: no exception anywhere, the
    reader always sees a complete model (one of the four), and no temporary file is left behind."""
    path = str(tmp_path / "shared.json")
    nets = [Network([3, 16, 2], output="softmax", seed=seed, backend="numpy") for seed in range(4)]
    models = [net.to_dict() for net in nets]
    nets[0].save(path)
    errors = []
    reads = []
    done = threading.Event()

    def writer(net):
        try:
            for _ in range(50):
                net.save(path)
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(repr(error))

    def reader():
        try:
            while not done.is_set():
                reads.append(modelfile.load(path))
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(repr(error))

    threads = [threading.Thread(target=writer, args=(net,)) for net in nets]
    watcher = threading.Thread(target=reader)
    watcher.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    done.set()
    watcher.join()
    assert errors == []
    assert len(reads) > 0
    for model in reads:
        assert model in models
    assert os.listdir(str(tmp_path)) == ["shared.json"]


def test_processes_saving_to_one_path_never_collide(tmp_path):
    path = str(tmp_path / "shared.json")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    program = ("import sys; sys.path.insert(0, %r)\n"
               "from tinynet.nn import Network\n"
               "net = Network([2, 8, 1], seed=int(sys.argv[1]), backend='numpy')\n"
               "for _ in range(40):\n"
               "    net.save(%r)\n" % (root, path))
    processes = [subprocess.Popen([sys.executable, "-c", program, str(seed)], stderr=subprocess.PIPE)
                 for seed in range(3)]
    for process in processes:
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err.decode()
    assert load(path).sizes == [2, 8, 1]
    assert os.listdir(str(tmp_path)) == ["shared.json"]


# ---------------------------------------------------------------------------------------------------------
# a large file (how long loading takes is measured in benchmarks/, not asserted here)


def _big_model(sizes, seed=0):
    rng = random.Random(seed)
    return {"format": "tinynet-network", "version": 2, "sizes": sizes, "hidden": "tanh", "output": "sigmoid",
            "loss": "bce", "classes": [0, 1],
            "weights": [[[rng.gauss(0.0, 1.0) for _ in range(sizes[l + 1])] for _ in range(sizes[l])]
                        for l in range(len(sizes) - 1)],
            "biases": [[rng.gauss(0.0, 1.0) for _ in range(sizes[l + 1])] for l in range(len(sizes) - 1)]}


@pytest.mark.parametrize("backend", ["tinynet", "numpy"])
def test_a_2_1000_1000_1_model_file_loads_every_weight(tmp_path, backend):
    model = _big_model([2, 1000, 1000, 1])
    path = str(tmp_path / "big.json")
    modelfile.save(model, path)
    net = load(path, backend=backend)
    assert net.to_dict() == model
