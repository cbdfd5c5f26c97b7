"""tinynet.nn on every runtime: training agrees with the NumPy backend, model files round-trip.

The NumPy backend's answers come from fixtures/nn.json (written by make_fixtures.py with the same
functions in cases_nn.py); here the same runs use tinynet's own arrays.
"""
import json
import sys

import cases_nn
import portable_support as support
from tinynet.nn import Network, load


# Training runs compare to 1e-9, or to PROGRAM_TOL (about 1e-4) where floats are float32.
TRAINING_TOL = support.PROGRAM_TOL if support.FLOAT_IS_SINGLE else cases_nn.TRAINING_TOL
TRAINING_ABS_TOL = support.PROGRAM_TOL if support.FLOAT_IS_SINGLE else 1e-12


def _fixture(name):
    return support.load_fixture("nn")[name]


def _check_close(actual, expected, what, rel_tol=TRAINING_TOL, abs_tol=TRAINING_ABS_TOL):
    message = support.first_difference(actual, expected, "f", "", rel_tol, abs_tol)
    assert message is None, "%s differs from the NumPy backend: %s" % (what, message)


def _check_run(summary, expected):
    _check_close(summary["history"], expected["history"], "loss history")
    _check_close(summary["weights"], expected["weights"], "weights")
    _check_close(summary["biases"], expected["biases"], "biases")
    _check_close(summary["proba"], expected["proba"], "predicted probabilities")
    assert summary["labels"] == expected["labels"], (summary["labels"], expected["labels"])


def test_xor_mlp_trains_as_on_numpy():
    net, history = cases_nn.train_xor("tinynet")
    _check_run(cases_nn.summary(net, history, cases_nn.XOR_X), _fixture("xor"))
    assert net.score(cases_nn.XOR_X, cases_nn.XOR_Y) == 1.0
    assert history[-1] < 0.05 < history[0], (history[0], history[-1])


def test_softmax_minibatch_momentum_trains_as_on_numpy():
    net, history = cases_nn.train_clusters("tinynet")
    _check_run(cases_nn.summary(net, history, cases_nn.CLUSTERS_X), _fixture("clusters"))
    assert net.score(cases_nn.CLUSTERS_X, cases_nn.CLUSTERS_Y) == 1.0


def test_perceptron_reaches_the_seed_programs_weights():
    perceptron = cases_nn.train_perceptron("tinynet")
    expected = _fixture("perceptron")
    # 1000 steps: as a training run where floats are float32, as one operation elsewhere
    tolerance = TRAINING_TOL if support.FLOAT_IS_SINGLE else support.REL_TOL
    _check_close(perceptron.weights, expected["weights"], "perceptron weights", tolerance)
    _check_close([perceptron.bias], [expected["bias"]], "perceptron bias", tolerance)
    assert perceptron.predict(cases_nn.AND_X).tolist() == cases_nn.AND_Y


def test_saved_model_loads_back_exactly():
    net, _ = cases_nn.train_xor("tinynet")
    path = support.join(support.temp_folder(), "tinynet_portable_model.json")
    try:
        net.save(path)
        loaded = load(path)
        with open(path) as handle:
            stored = json.loads(handle.read())
    finally:
        support.remove_file(path)
    if support.FLOAT_IS_SINGLE:
        # MicroPython's single-precision float() is not correctly rounded: about 1 float32 in 70
        # reads back one unit in the last place away from the one repr() printed.
        saved = net.to_dict()
        _check_close(loaded.to_dict()["weights"], saved["weights"], "loaded weights", 4 * support.EPSILON, 0.0)
        _check_close(loaded.to_dict()["biases"], saved["biases"], "loaded biases", 4 * support.EPSILON, 0.0)
        _check_close(loaded.predict_proba(cases_nn.XOR_X).tolist(), net.predict_proba(cases_nn.XOR_X).tolist(),
                     "loaded model's probabilities", support.REL_TOL, support.ABS_TOL)
    else:
        assert loaded.to_dict() == net.to_dict(), "a saved model did not load back bit for bit"
        assert stored["weights"] == net.to_dict()["weights"]
        assert loaded.predict_proba(cases_nn.XOR_X).tolist() == net.predict_proba(cases_nn.XOR_X).tolist()
    assert loaded.predict(cases_nn.XOR_X).tolist() == cases_nn.XOR_Y


def test_bad_model_files_raise_value_error():
    model = Network([2, 3, 1], seed=0).to_dict()
    good = json.dumps(model)
    newer = dict(model)
    newer["version"] = 99
    ragged = dict(model)
    ragged["weights"] = [model["weights"][0][:1], model["weights"][1]]
    bad_files = {
        "truncated": good[: len(good) // 2],
        "newer version": json.dumps(newer),
        "wrong shape": json.dumps(ragged),
        "not json": "this is not a model",
    }
    path = support.join(support.temp_folder(), "tinynet_portable_bad_model.json")
    try:
        for problem, content in bad_files.items():
            with open(path, "w") as handle:
                handle.write(content)
            try:
                load(path)
            except ValueError:
                continue
            raise AssertionError("a %s model file loaded without a ValueError" % problem)
    finally:
        support.remove_file(path)


def test_model_too_big_for_the_memory_raises_memory_error_saying_what_it_needs():
    # On MicroPython with a board-sized heap (up to 16 MB) the free heap is the limit; elsewhere, and where a
    # model past the heap would take long to write out, a memory budget set small stands in for it.
    import gc
    from tinynet.core import memory
    free = gc.mem_free() if hasattr(gc, "mem_free") else None
    if free is not None and free > 16 << 20:
        free = None
    n = free // 100 if free is not None else 1000
    model = Network([1, 2, 1], seed=0).to_dict()
    model["sizes"] = [1, n, 1]
    model["weights"] = [[[0.0] * n], [[0.0]] * n]
    model["biases"] = [[0.0] * n, [0.0]]
    text = json.dumps(model)
    model = None
    path = support.join(support.temp_folder(), "tinynet_portable_big_model.json")
    with open(path, "w") as handle:
        handle.write(text)
    old_limit = memory.set_limit(1000) if free is None else None
    try:
        from tinynet.nn import modelfile
        for how, read in (("loads", lambda: modelfile.loads(text)), ("load", lambda: load(path))):
            try:
                read()
            except MemoryError as error:
                message = str(error)
                assert "need %d parameters" % (3 * n + 1) in message, message
                continue
            raise AssertionError("%s: a model of %d parameters loaded without MemoryError" % (how, 3 * n + 1))
    finally:
        if old_limit is not None:
            memory.set_limit(old_limit)
        support.remove_file(path)


def test_board_example_predicts_as_numpy_does():
    board_folder = support.join(support.PROJECT_ROOT, "examples", "board")
    if board_folder not in sys.path:
        sys.path.append(board_folder)
    import predict_on_board
    expected = _fixture("board")
    assert predict_on_board.READINGS == expected["readings"]
    # model.json was made with float64; on a single-precision build it loads rounded to float32.  The
    # example predicts on nested lists; with backend="tinynet" the same lines use tinynet arrays.
    for backend in ("lists", "tinynet"):
        labels, probabilities = predict_on_board.predict(support.join(board_folder, "model.json"), backend=backend)
        _check_close(probabilities, expected["proba"], "the board's probabilities (%s)" % backend,
                     support.REL_TOL, support.ABS_TOL)
        assert labels == expected["labels"], (backend, labels, expected["labels"])
