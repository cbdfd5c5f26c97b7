"""Write NumPy's answers for the portable suite into tests/portable/fixtures/ (CPython and NumPy only).

    python3 tests/portable/make_fixtures.py            # rewrite the committed fixtures
    python3 tests/portable/make_fixtures.py OUT_DIR    # write them somewhere else

The portable tests run the same case functions with tinynet on every runtime and compare with these
files. tests/test_portable.py regenerates them into a temporary folder and checks they still match
the committed ones, so the fixtures cannot drift from NumPy.

Floats are written with repr(), which round-trips exactly on CPython; JSON has no inf or nan, so
those become the strings "inf", "-inf" and "nan".
"""
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROJECT_ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, PROJECT_ROOT)

import numpy  # noqa: E402

import cases_arrays  # noqa: E402
import cases_nn  # noqa: E402
import cases_random  # noqa: E402
import portable_support as support  # noqa: E402

DTYPE_NAMES = ("bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float32",
               "float64")

# Cases whose error message, not only its type, must match NumPy's.
MESSAGE_CASES = ("dot_not_aligned", "not_broadcastable", "not_broadcastable_2d")

# The builtin exception classes a NumPy error is matched against.
ERROR_CLASSES = (ValueError, TypeError, IndexError, KeyError, ZeroDivisionError, OverflowError)

# The topics of the array cases: fixture name -> list of (name, function).
ARRAY_TOPICS = {
    "creation": cases_arrays.CREATION,
    "matmul": cases_arrays.MATMUL,
    "broadcasting": cases_arrays.BROADCASTING,
    "reductions": cases_arrays.REDUCTIONS,
    "indexing": cases_arrays.INDEXING,
    "printing": cases_arrays.PRINTING,
    "ndviews": cases_arrays.ND_VIEWS,
    "random": cases_random.RANDOM,
}

# NumPy programs whose printed output every runtime must reproduce: every examples/*.py.
PROGRAMS = tuple(sorted(name[:-3] for name in os.listdir(os.path.join(PROJECT_ROOT, "examples"))
                        if name.endswith(".py")))


def encode_number(value):
    """Return a float, int or bool as JSON can hold it."""
    if isinstance(value, float) and not math.isfinite(value):
        return "nan" if value != value else ("inf" if value > 0 else "-inf")
    return value


def encode_data(data):
    """Encode nested lists of numbers."""
    if isinstance(data, list):
        return [encode_data(item) for item in data]
    return encode_number(data)


def _dtype_name(dtype):
    if dtype.name not in DTYPE_NAMES:
        raise ValueError("NumPy gave dtype %s, which tinynet does not have" % dtype.name)
    return dtype.name


def encode(value):
    """Encode a NumPy result as a fixture value (see portable_support.py for the format)."""
    if isinstance(value, numpy.ndarray):
        return {"array": {"dtype": _dtype_name(value.dtype), "shape": list(value.shape),
                          "data": encode_data(value.tolist())}}
    if isinstance(value, numpy.generic):
        return {"scalar": {"dtype": _dtype_name(value.dtype), "value": encode_number(value.item())}}
    if isinstance(value, str):
        return {"text": value}
    if isinstance(value, (tuple, list)):
        return {"tuple": [encode(item) for item in value]}
    if value is None or isinstance(value, (bool, int, float)):
        return {"value": encode_number(value)}
    raise TypeError("cannot encode %r of type %s" % (value, type(value).__name__))


def answer(name, function):
    """Run one case with NumPy and return its encoded result or error."""
    try:
        with numpy.errstate(all="ignore"):
            result = function(numpy)
    except Exception as error:
        names = [cls.__name__ for cls in ERROR_CLASSES if isinstance(error, cls)]
        if not names:
            raise
        raised = {"raises": names}
        if name in MESSAGE_CASES:
            raised["message"] = str(error)
        return raised
    return encode(result)


def array_fixtures():
    """Return {topic: {case name: answer}} for every array topic."""
    fixtures = {}
    for topic, cases in ARRAY_TOPICS.items():
        answers = {}
        for name, function in cases:
            if name in answers:
                raise ValueError("case %s appears twice in %s" % (name, topic))
            answers[name] = answer(name, function)
        fixtures[topic] = answers
    return fixtures


def program_fixtures():
    """Return {"programs": {name: {"text": output}}} with NumPy's printed output of each program."""
    outputs = {}
    for name in PROGRAMS:
        source = support.read_text(os.path.join(PROJECT_ROOT, "examples", name + ".py"))
        numpy.random.seed(None)
        outputs[name] = {"text": support.run_program(source, numpy)}
    return {"programs": outputs}


def nn_fixtures():
    """Return {"nn": ...}: the trainer's runs on NumPy, the seed's perceptron and the board model's outputs."""
    answers = cases_nn.training_runs("numpy")
    source = support.read_text(os.path.join(PROJECT_ROOT, "examples", "seed_program.py"))
    _, seed = support.exec_program(source, numpy)
    answers["perceptron"] = {"weights": [float(w) for w in seed["W"].ravel()], "bias": float(seed["b"])}
    sys.path.insert(0, os.path.join(PROJECT_ROOT, "examples", "board"))
    import predict_on_board
    from tinynet.nn import load
    board = load(os.path.join(PROJECT_ROOT, "examples", "board", "model.json"), backend="numpy")
    readings = predict_on_board.READINGS
    answers["board"] = {
        "readings": readings,
        "proba": [float(row[0]) for row in board.predict_proba(readings)],
        "labels": [int(label) for label in board.predict(readings)],
    }
    return {"nn": answers}


def all_fixtures():
    """Return every fixture file's content: {file stem: JSON-ready object}."""
    fixtures = {}
    fixtures.update(array_fixtures())
    fixtures.update(program_fixtures())
    fixtures.update(nn_fixtures())
    return fixtures


def dumps(content):
    """Return the fixture text: one case a line, sorted by name, so diffs stay readable."""
    lines = []
    for key in sorted(content):
        lines.append(" %s: %s" % (json.dumps(key), json.dumps(content[key], sort_keys=True, allow_nan=False)))
    return "{\n" + ",\n".join(lines) + "\n}\n"


def write_fixtures(folder):
    """Write every fixture file into a folder; return the file names written."""
    os.makedirs(folder, exist_ok=True)
    names = []
    for stem, content in sorted(all_fixtures().items()):
        name = stem + ".json"
        with open(os.path.join(folder, name), "w") as handle:
            handle.write(dumps(content))
        names.append(name)
    return names


def main(argv):
    folder = argv[0] if argv else os.path.join(HERE, "fixtures")
    names = write_fixtures(folder)
    print("wrote %d fixture files to %s (numpy %s)" % (len(names), folder, numpy.__version__))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
