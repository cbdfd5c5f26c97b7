"""Helpers shared by the portable tests: fixtures, tolerant comparison and output capture.

Everything here runs on CPython, PyPy, Pyodide and MicroPython, so it uses only what all four
have: no os.path, no tempfile, no traceback, no math.isclose.

A fixture file is JSON written by ``make_fixtures.py`` from NumPy's answers. A value in it is
encoded as one of::

    {"array": {"dtype": "float64", "shape": [2, 2], "data": [[1.0, 2.0], [3.0, "inf"]]}}
    {"scalar": {"dtype": "int64", "value": 3}}
    {"text": "[1 2 3]"}
    {"raises": ["ValueError"], "message": "..."}
    {"tuple": [value, value, ...]}

Floats that JSON cannot hold are the strings ``"inf"``, ``"-inf"`` and ``"nan"``.

Floats compare within ``REL_TOL`` relative plus ``ABS_TOL`` absolute: MicroPython may read and print
the last digit of a float differently, and Pyodide's ``sum()`` is compensated, so results can differ
from NumPy's in the last bits. Ints, bools, strings, shapes and dtypes compare exactly.

On a MicroPython build with single-precision floats (most boards: ESP32, RP2040, ESP8266), Python's
float is IEEE binary32 and tinynet says so (``tinynet.core.dtypes.FLOAT_IS_SINGLE``). There the
tolerances come from float32's epsilon ``EPSILON = 2**-23``: ``16 * EPSILON`` (about 2e-6) for one
operation, ``1024 * EPSILON`` (about 1e-4) for whole programs and training runs, and printed text is
compared number by number within them (``texts_match``). Labels, ints, bools and words still
compare exactly.
"""
import json
import sys


def _float_is_single():
    """Return True when Python's float is binary32 here, as tinynet reports it."""
    try:
        from tinynet.core.dtypes import FLOAT_IS_SINGLE
    except ImportError:  # a tinynet from before it reported its precision
        return 1.0 + 2.0 ** -24 == 1.0
    return FLOAT_IS_SINGLE


FLOAT_IS_SINGLE = _float_is_single()
if FLOAT_IS_SINGLE:
    EPSILON = 2.0 ** -23            # float32's machine epsilon (numpy.finfo(numpy.float32).eps)
    REL_TOL = 16 * EPSILON          # one operation: a few roundings of half an epsilon each
    ABS_TOL = 16 * EPSILON          # results near zero that come from cancelling values near 1
    PROGRAM_TOL = 1024 * EPSILON    # programs and training runs: hundreds of steps of rounding
else:
    EPSILON = 2.0 ** -52
    REL_TOL = 1e-12
    ABS_TOL = 1e-12
    PROGRAM_TOL = 0.0               # printed text must match NumPy's character for character

try:  # pytest (on CPython) reports this exception as a skip; run.py counts it as one
    from unittest import SkipTest
except ImportError:
    class SkipTest(Exception):
        """Raised by a test that cannot apply on this runtime; the message says why."""

INF = float("inf")
NAN = float("nan")


def _parent(path):
    """Return the folder part of a path with '/' or '\\' separators ('.' when there is none)."""
    cut = max(path.rfind("/"), path.rfind("\\"))
    if cut < 0:
        return "."
    if cut == 0:
        return path[:1]
    return path[:cut]


HERE = _parent(__file__)
PROJECT_ROOT = _parent(_parent(HERE))
FIXTURES = HERE + "/fixtures"


def join(*parts):
    """Join path parts with '/', which every runtime here accepts."""
    return "/".join(parts)


def read_text(path):
    """Return the contents of a text file."""
    with open(path) as handle:
        return handle.read()


def load_fixture(name):
    """Return the decoded JSON fixture ``fixtures/<name>.json``."""
    return json.loads(read_text(join(FIXTURES, name + ".json")))


def decode_float(value):
    """Turn a fixture number (or 'inf', '-inf', 'nan') into a Python float."""
    if value == "inf":
        return INF
    if value == "-inf":
        return -INF
    if value == "nan":
        return NAN
    return float(value)


def decode_data(data, kind):
    """Turn fixture data (nested lists) into Python values of the dtype kind 'b', 'u', 'i' or 'f'."""
    if isinstance(data, list):
        return [decode_data(item, kind) for item in data]
    if kind == "f":
        return decode_float(data)
    if kind == "b":
        return bool(data)
    return int(data)


_KINDS = {"bool": "b", "int8": "i", "int16": "i", "int32": "i", "int64": "i", "uint8": "u", "uint16": "u",
          "uint32": "u", "uint64": "u", "float32": "f", "float64": "f"}


def kind_of(dtype_name):
    """Return the one-letter kind of a dtype name, as NumPy's dtype.kind."""
    return _KINDS[dtype_name]


# ---------------------------------------------------------------- comparison

def _is_nan(x):
    return x != x


def floats_close(actual, expected, rel_tol=REL_TOL, abs_tol=ABS_TOL):
    """Return True when two floats agree: |a - e| <= rel_tol * |e| + abs_tol, nan == nan, inf == inf."""
    if _is_nan(expected):
        return _is_nan(actual)
    if expected == INF or expected == -INF:
        return actual == expected
    return abs(actual - expected) <= rel_tol * abs(expected) + abs_tol


def _kind_matches(value, kind):
    if kind == "f":
        return isinstance(value, float)
    if kind == "b":
        return isinstance(value, bool)
    return isinstance(value, int) and not isinstance(value, bool)


def first_difference(actual, expected, kind, where="", rel_tol=REL_TOL, abs_tol=ABS_TOL):
    """Return a message naming the first place where nested data differ, or None when they agree."""
    if isinstance(expected, list):
        if not isinstance(actual, list):
            return "%s: expected a list, got %r" % (where or "value", actual)
        if len(actual) != len(expected):
            return "%s: expected length %d, got %d" % (where or "value", len(expected), len(actual))
        for index in range(len(expected)):
            message = first_difference(actual[index], expected[index], kind,
                                       "%s[%d]" % (where, index), rel_tol, abs_tol)
            if message is not None:
                return message
        return None
    if not _kind_matches(actual, kind):
        return "%s: expected a %s value like %r, got %r of type %s" % (
            where or "value", kind, expected, actual, type(actual).__name__)
    if kind == "f":
        if floats_close(actual, expected, rel_tol, abs_tol):
            return None
        return "%s: expected %r, got %r (difference %r)" % (
            where or "value", expected, actual, actual - expected)
    if actual != expected:
        return "%s: expected %r, got %r" % (where or "value", expected, actual)
    return None


def _plain_scalar(value, kind):
    """Return a tinynet scalar as the plain Python float, int or bool of the given kind."""
    if kind == "f":
        return float(value)
    if kind == "b":
        return bool(value)
    return int(value)


def describe_difference(actual, expected, rel_tol=REL_TOL, abs_tol=ABS_TOL):
    """Compare a tinynet result with a fixture value; return None or a message saying how they differ."""
    if "tuple" in expected:
        parts = expected["tuple"]
        if not isinstance(actual, (tuple, list)) or len(actual) != len(parts):
            return "expected a sequence of %d results, got %r" % (len(parts), actual)
        for index in range(len(parts)):
            message = describe_difference(actual[index], parts[index], rel_tol, abs_tol)
            if message is not None:
                return "result %d: %s" % (index, message)
        return None
    if "text" in expected:
        if texts_match(actual, expected["text"], rel_tol, abs_tol):
            return None
        return "expected text\n%s\ngot\n%s" % (expected["text"], actual)
    if "array" in expected:
        spec = expected["array"]
        shape = getattr(actual, "shape", None)
        dtype = getattr(actual, "dtype", None)
        if shape is None or dtype is None or not hasattr(actual, "tolist"):
            return "expected an array, got %r of type %s" % (actual, type(actual).__name__)
        if tuple(shape) != tuple(spec["shape"]):
            return "expected shape %r, got %r" % (tuple(spec["shape"]), tuple(shape))
        if not dtype == spec["dtype"]:
            return "expected dtype %s, got %s" % (spec["dtype"], dtype)
        kind = kind_of(spec["dtype"])
        return first_difference(actual.tolist(), decode_data(spec["data"], kind), kind,
                                "", rel_tol, abs_tol)
    if "scalar" in expected:
        spec = expected["scalar"]
        kind = kind_of(spec["dtype"])
        if getattr(actual, "shape", ()) != () or isinstance(actual, (list, tuple, str)):
            return "expected a %s scalar, got %r" % (spec["dtype"], actual)
        try:
            value = _plain_scalar(actual, kind)
        except (TypeError, ValueError) as error:
            return "expected a %s scalar, got %r (%s)" % (spec["dtype"], actual, error)
        return first_difference(value, decode_data(spec["value"], kind), kind, "", rel_tol, abs_tol)
    if "value" in expected:
        value = expected["value"]
        if isinstance(value, float) or value in ("inf", "-inf", "nan"):
            return first_difference(actual, decode_float(value), "f", "", rel_tol, abs_tol)
        if actual != value:
            return "expected %r, got %r" % (value, actual)
        return None
    raise ValueError("unknown fixture value %r" % (expected,))


def check_cases(cases, fixture, namespace, rel_tol=REL_TOL, abs_tol=ABS_TOL):
    """Run each (name, function) case with the namespace and compare it with the fixture's answer.

    Raise AssertionError listing every case that differs, so one test reports all its cases.
    """
    failures = []
    for name, function in cases:
        if name not in fixture:
            failures.append("%s: no answer in the fixture (run tests/portable/make_fixtures.py)" % name)
            continue
        expected = fixture[name]
        try:
            actual = function(namespace)
        except Exception as error:
            if "raises" in expected:
                message = _check_raised(error, expected)
                if message is not None:
                    failures.append("%s: %s" % (name, message))
                continue
            failures.append("%s: raised %s: %s" % (name, type(error).__name__, error))
            continue
        if "raises" in expected:
            failures.append("%s: expected %s, got %r" % (name, " or ".join(expected["raises"]), actual))
            continue
        message = describe_difference(actual, expected, rel_tol, abs_tol)
        if message is not None:
            failures.append("%s: %s" % (name, message))
    if failures:
        raise AssertionError("%d of %d cases differ from NumPy:\n  %s" % (
            len(failures), len(cases), "\n  ".join(failures)))


# ---------------------------------------------------------------- printed text

_PUNCTUATION = "[](),:="


def text_tokens(text):
    """Return the words, numbers and brackets of printed text, whitespace dropped.

    >>> text_tokens("[[0.5 1. ]\n [2.  3. ]] x=4")
    ['[', '[', '0.5', '1.', ']', '[', '2.', '3.', ']', ']', 'x', '=', '4']
    """
    spaced = []
    for char in text:
        if char in _PUNCTUATION:
            spaced.append(" " + char + " ")
        else:
            spaced.append(char)
    return "".join(spaced).split()


def _is_int_token(token):
    digits = token[1:] if token[:1] in "+-" else token
    return len(digits) > 0 and digits.isdigit()


def _float_token(token):
    """Return the float a token spells, or None when it is not a number."""
    try:
        return float(token)
    except ValueError:
        return None


def texts_match(actual, expected, rel_tol=REL_TOL, abs_tol=ABS_TOL):
    """Return True when two printed texts agree: exactly, or on a single-precision build number by number.

    There, each float in the text must be within the tolerances of NumPy's (line breaks and column
    widths may differ, as float32 values print with more digits); ints and every other word must be
    identical.
    """
    if actual == expected:
        return True
    if not FLOAT_IS_SINGLE or not isinstance(actual, str):
        return False
    actual_tokens = text_tokens(actual)
    expected_tokens = text_tokens(expected)
    if len(actual_tokens) != len(expected_tokens):
        return False
    for got, wanted in zip(actual_tokens, expected_tokens):
        if got == wanted:
            continue
        if _is_int_token(got) or _is_int_token(wanted):
            return False
        got_value = _float_token(got)
        wanted_value = _float_token(wanted)
        if got_value is None or wanted_value is None:
            return False
        if not floats_close(got_value, wanted_value, rel_tol, abs_tol):
            return False
    return True


_ERROR_CLASSES = {"ValueError": ValueError, "TypeError": TypeError, "IndexError": IndexError,
                  "KeyError": KeyError, "ZeroDivisionError": ZeroDivisionError,
                  "OverflowError": OverflowError}


def _check_raised(error, expected):
    """Return None when the error is of a class NumPy's error was (and has its message, if recorded).

    ``expected["raises"]`` names every builtin class NumPy's error is an instance of: NumPy's
    AxisError, for one, is both a ValueError and an IndexError, and either is accepted.
    """
    classes = tuple([_ERROR_CLASSES[name] for name in expected["raises"]])
    if not isinstance(error, classes):
        return "expected %s, got %s: %s" % (" or ".join(expected["raises"]), type(error).__name__, error)
    message = expected.get("message")
    if message is not None and str(error).strip() != message.strip():
        return "expected the message %r, got %r" % (message, str(error))
    return None


# ---------------------------------------------------------------- files and output

def temp_folder():
    """Return a folder where tests may write scratch files."""
    try:
        import tempfile
        return tempfile.gettempdir()
    except ImportError:
        pass
    import os
    try:
        os.stat("/tmp")
        return "/tmp"
    except OSError:
        return "."


def remove_file(path):
    """Delete a file if it exists."""
    import os
    try:
        os.remove(path)
    except OSError:
        pass


class Capture:
    """A stand-in for print() that collects what would have been printed.

    >>> capture = Capture()
    >>> capture("a", 1, sep="-")
    >>> capture.text()
    'a-1\\n'
    """

    def __init__(self):
        self.parts = []

    def __call__(self, *values, sep=" ", end="\n", file=None):
        if file is not None and file is not sys.stdout:
            print(*values, sep=sep, end=end, file=file)
            return
        self.parts.append(sep.join([str(value) for value in values]) + end)

    def text(self):
        """Return everything printed so far."""
        return "".join(self.parts)


def run_program(source, namespace_module, module_name="numpy"):
    """Run a NumPy program's source with ``import numpy as np`` served by another module; return its output.

    The program's print() is captured, so this works where redirecting stdout does not (MicroPython).
    """
    return exec_program(source, namespace_module, module_name)[0]


def exec_program(source, namespace_module, module_name="numpy"):
    """Run a program as run_program does; return (printed text, the program's global variables)."""
    capture = Capture()
    swapped = source.replace("import %s as np" % module_name, "np = __tinynet_namespace__")
    namespace = {"__name__": "__main__", "print": capture,
                 "__tinynet_namespace__": namespace_module}
    exec(compile(swapped, "<program>", "exec"), namespace)
    return capture.text(), namespace
