"""Writing model files: a model as JSON text, one row of weights a line, saved atomically.

Floats are written with Python's shortest round-trip repr, so ``load(save(model))`` gives back every
weight bit for bit.  Saves go through a temporary file with a unique name in the target's folder, which
is flushed, synced to the disk and renamed over the target (nn/atomicfile.py): a reader sees the old
file or the new one, never a part of either.  Loaded on the first save.
"""

import json

from tinynet.nn.atomicfile import write_atomically
from tinynet.nn.modelcheck import check


def dumps(model):
    """Return model (a dict as made by Network.to_dict) as JSON text, keys in a fixed order, one row a line.

    >>> print(dumps({"format": "tinynet-network", "version": 2, "sizes": [1, 1], "hidden": "tanh",
    ...              "output": "identity", "loss": "mse", "classes": ["no", "yes"], "weights": [[[0.1]]],
    ...              "biases": [[0.0]]}))
    {"format": "tinynet-network", "version": 2,
     "sizes": [1, 1], "hidden": "tanh", "output": "identity", "loss": "mse",
     "classes": ["no", "yes"],
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
            ", ".join([str(n) for n in model["sizes"]]), json.dumps(model["hidden"]),
            json.dumps(model["output"]), json.dumps(model["loss"])),
        ' "classes": [%s],' % ", ".join([_format_class(c) for c in model["classes"]]),
        ' "weights": [',
        ",\n".join(["  [%s]" % ", ".join([_format_row(row) for row in W]) for W in model["weights"]]),
        " ],",
        ' "biases": [',
        ",\n".join(["  " + _format_row(b) for b in model["biases"]]),
        " ]}",
    ]
    return "\n".join(lines)


def _format_class(label):
    """Return a class label (an int, a float or a string) as JSON."""
    if isinstance(label, float):
        return _format_float(label)
    return json.dumps(label)


def _format_row(row):
    """Return a list of finite floats as a JSON array, each number as text that reads back exactly.

    The row is written with repr in one go and read back in one go; only a runtime whose repr loses
    digits (MicroPython's does for some numbers) takes the slower path of one number at a time.
    """
    texts = list(map(repr, row))
    if list(map(float, texts)) != row:
        texts = [_format_float(x) for x in row]
    return "[%s]" % ", ".join(texts)


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

    A reader of path sees the old file or the new one, never a half-written one.  The model is checked
    first, so a model with a non-finite weight raises ValueError and leaves path as it was.  Where the
    runtime has no os module the file is written in place.
    """
    write_atomically(path, dumps(model) + "\n")
