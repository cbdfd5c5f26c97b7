"""Model files: a network as versioned JSON, written atomically and read back with strict checks.

A model file is one JSON object.  For a network with sizes [2, 2, 1] it reads::

    {"format": "tinynet-network", "version": 1,
     "sizes": [2, 2, 1], "hidden": "tanh", "output": "sigmoid", "loss": "bce",
     "weights": [
      [[0.5, -1.25], [2.0, 0.125]],
      [[1.5], [-0.75]]
     ],
     "biases": [
      [0.0, 0.25],
      [-0.5]
     ]}

``weights[l]`` is the matrix W_{l+1} as a list of rows, of shape (sizes[l], sizes[l+1]), and ``biases[l]``
the vector b_{l+1} of length sizes[l+1].  Floats are written with Python's shortest round-trip repr, so
``load(save(model))`` gives back every weight bit for bit.  Nothing is ever pickled or evaluated: the file
is parsed as JSON, then every key, shape and number is checked, and any problem raises a ValueError that
names it.

    >>> model = {"format": "tinynet-network", "version": 1, "sizes": [1, 1], "hidden": "tanh",
    ...          "output": "identity", "loss": "mse", "weights": [[[0.5]]], "biases": [[-1.0]]}
    >>> loads(dumps(model)) == model
    True
    >>> loads(dumps(model).replace("0.5", '"0.5"'))
    Traceback (most recent call last):
        ...
    ValueError: model: weights[0][0][0] is '0.5', not a number
"""

import json

from tinynet.nn import activations as _activations
from tinynet.nn import losses as _losses

try:
    import os
except ImportError:  # a MicroPython port without a filesystem module: files are written in place
    os = None

FORMAT = "tinynet-network"
VERSION = 1
_KEYS = ("format", "version", "sizes", "hidden", "output", "loss", "weights", "biases")


# ---------------------------------------------------------------------------------------------------------
# writing


def dumps(model):
    """Return model (a dict as made by Network.to_dict) as JSON text, keys in a fixed order, one row a line.

    >>> print(dumps({"format": "tinynet-network", "version": 1, "sizes": [1, 1], "hidden": "tanh",
    ...              "output": "identity", "loss": "mse", "weights": [[[0.1]]], "biases": [[0.0]]}))
    {"format": "tinynet-network", "version": 1,
     "sizes": [1, 1], "hidden": "tanh", "output": "identity", "loss": "mse",
     "weights": [
      [[0.1]]
     ],
     "biases": [
      [0.0]
     ]}
    """
    model = check(model)
    lines = [
        '{"format": %s, "version": %d,' % (json.dumps(model["format"]), model["version"]),
        ' "sizes": [%s], "hidden": %s, "output": %s, "loss": %s,' % (
            ", ".join(str(n) for n in model["sizes"]), json.dumps(model["hidden"]),
            json.dumps(model["output"]), json.dumps(model["loss"])),
        ' "weights": [',
        ",\n".join("  [%s]" % ", ".join(_format_row(row) for row in W) for W in model["weights"]),
        " ],",
        ' "biases": [',
        ",\n".join("  " + _format_row(b) for b in model["biases"]),
        " ]}",
    ]
    return "\n".join(lines)


def _format_row(row):
    """Return a list of floats as a JSON array."""
    return "[%s]" % ", ".join(_format_float(x) for x in row)


def _format_float(x):
    """Return the shortest text that reads back as exactly x (17 significant digits where repr is shorter)."""
    text = repr(x)
    if float(text) != x:  # a runtime whose repr does not round-trip
        text = "%.17g" % x
    if "e" not in text and "." not in text:
        text += ".0"
    return text


def save(model, path):
    """Write model to path as JSON atomically: write a temporary file beside it, then rename it over path.

    A reader of path sees the old file or the new one, never a half-written one.  Where the runtime has no
    os module the file is written in place.
    """
    write_atomically(path, dumps(model) + "\n")


def write_atomically(path, text):
    """Write text to path (UTF-8) through a temporary file beside it, renamed over path at the end.

    A reader of path sees the old file or the new one, never a half-written one, and a failed write
    leaves the old file alone.  Where the runtime has no os module the file is written in place.
    """
    if os is None:
        _write(path, text)
        return
    temporary = "%s.%s.tmp" % (path, os.getpid() if hasattr(os, "getpid") else "new")
    try:
        _write(temporary, text)
        _rename(temporary, path)
    except BaseException:
        try:
            os.remove(temporary)
        except OSError:
            pass
        raise


def _write(path, text):
    """Write text to path and push it to the disk where the runtime can."""
    try:
        f = open(path, "w", encoding="utf-8")
    except TypeError:  # MicroPython's open takes no encoding; it writes UTF-8 anyway
        f = open(path, "w")
    with f:
        f.write(text)
        f.flush()
        if hasattr(os, "fsync") and hasattr(f, "fileno"):
            os.fsync(f.fileno())


def _rename(source, target):
    """Rename source to target, replacing target (os.replace where it exists, else os.rename)."""
    if hasattr(os, "replace"):
        os.replace(source, target)
        return
    try:
        os.rename(source, target)
    except OSError:  # some filesystems refuse to rename over an existing file
        os.remove(target)
        os.rename(source, target)


# ---------------------------------------------------------------------------------------------------------
# reading


def load(path):
    """Return the checked model stored in the JSON file at path; raise ValueError naming any problem."""
    with open(path) as f:
        text = f.read()
    return loads(text, source="model file %r" % (path,))


def loads(text, source="model"):
    """Return the checked model in the JSON text; raise ValueError naming any problem.

    >>> loads('{"format": "tinynet-network", "version": 1, "sizes": [1, 1]')
    Traceback (most recent call last):
        ...
    ValueError: model is not valid JSON (is it truncated?)
    """
    try:
        model = json.loads(text)
    except ValueError:
        raise ValueError("%s is not valid JSON (is it truncated?)" % source)
    return check(model, source)


def check(model, source="model"):
    """Return a copy of model with every number as a float, after checking keys, version, names and shapes.

    >>> check({"format": "tinynet-network", "version": 2})
    Traceback (most recent call last):
        ...
    ValueError: model: format version 2 is not supported (this tinynet reads version 1)
    """
    if not isinstance(model, dict):
        raise ValueError("%s: expected a JSON object, got %s" % (source, type(model).__name__))
    if model.get("format") != FORMAT:
        raise ValueError("%s: not a tinynet model (format is %r, expected %r)"
                         % (source, model.get("format"), FORMAT))
    version = model.get("version")
    if version != VERSION or isinstance(version, bool):
        raise ValueError("%s: format version %r is not supported (this tinynet reads version %d)"
                         % (source, version, VERSION))
    for key in _KEYS:
        if key not in model:
            raise ValueError("%s: missing key %r" % (source, key))
    for key in sorted(model):
        if key not in _KEYS:
            raise ValueError("%s: unknown key %r" % (source, key))
    sizes = model["sizes"]
    if (not isinstance(sizes, list) or len(sizes) < 2
            or not all(_is_int(n) and n >= 1 for n in sizes)):
        raise ValueError("%s: sizes must be a list of at least two positive ints, got %r" % (source, sizes))
    for key in ("hidden", "output"):
        if model[key] not in _activations.ACTIVATIONS:
            raise ValueError("%s: %s activation %r is not one of %s"
                             % (source, key, model[key], ", ".join(sorted(_activations.ACTIVATIONS))))
    try:
        _losses.get(model["loss"], model["output"])
    except ValueError as error:
        raise ValueError("%s: %s" % (source, error))
    n_layers = len(sizes) - 1
    for key in ("weights", "biases"):
        if not isinstance(model[key], list) or len(model[key]) != n_layers:
            raise ValueError("%s: %s must be a list of %d layers for sizes %r" % (source, key, n_layers, sizes))
    weights = []
    biases = []
    for l in range(n_layers):
        n_in, n_out = sizes[l], sizes[l + 1]
        weights.append(_matrix(model["weights"][l], n_in, n_out, "weights[%d]" % l, source, sizes))
        biases.append(_vector(model["biases"][l], n_out, "biases[%d]" % l, source, sizes))
    return {"format": FORMAT, "version": VERSION, "sizes": list(sizes), "hidden": model["hidden"],
            "output": model["output"], "loss": model["loss"], "weights": weights, "biases": biases}


def _is_int(value):
    """Return True for an int that is not a bool."""
    return isinstance(value, int) and not isinstance(value, bool)


def _matrix(rows, n_rows, n_columns, name, source, sizes):
    """Return rows as a list of float rows of the given shape, or raise ValueError naming the problem."""
    if not isinstance(rows, list) or len(rows) != n_rows or not all(isinstance(row, list) for row in rows):
        raise ValueError("%s: %s must be %d rows of %d numbers for sizes %r"
                         % (source, name, n_rows, n_columns, sizes))
    return [_vector(row, n_columns, "%s[%d]" % (name, i), source, sizes) for i, row in enumerate(rows)]


def _vector(values, n, name, source, sizes):
    """Return values as a list of n finite floats, or raise ValueError naming the problem."""
    if not isinstance(values, list) or len(values) != n:
        raise ValueError("%s: %s must be a list of %d numbers for sizes %r" % (source, name, n, sizes))
    floats = []
    for j, value in enumerate(values):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError("%s: %s[%d] is %r, not a number" % (source, name, j, value))
        try:
            x = float(value)
        except OverflowError:
            x = float("inf")
        if x - x != 0.0:  # inf - inf and nan - nan are nan
            raise ValueError("%s: %s[%d] is %r, not a finite number" % (source, name, j, value))
        floats.append(x)
    return floats
