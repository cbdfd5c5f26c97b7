"""Checking a model: every key, type, name, shape and number of a parsed model file, and its classes.

Nothing in a model file is trusted: any problem raises a ValueError that names it (the key, the layer,
the row and column, the value).  Version 1 files, which have no ``classes``, come back as version 2
with their default classes.
"""

from tinynet.nn import activations as _activations
from tinynet.nn import losses as _losses

FORMAT = "tinynet-network"
VERSION = 2
READABLE_VERSIONS = (1, 2)
_KEYS = {
    1: ("format", "version", "sizes", "hidden", "output", "loss", "weights", "biases"),
    2: ("format", "version", "sizes", "hidden", "output", "loss", "classes", "weights", "biases"),
}


def default_classes(n_outputs):
    """Return the classes of a network with n_outputs output units that was given none: 0, 1, ...

    One unit separates two classes (0 below 0.5, 1 above); n units of a softmax stand for n classes.

    >>> default_classes(1), default_classes(3)
    ([0, 1], [0, 1, 2])
    """
    return list(range(max(n_outputs, 2)))


def check(model, source="model"):
    """Return model with every weight as a float, after checking its keys, version, types, names and shapes.

    Version 1 models come back as version 2, with their default classes.  Rows that are already lists
    of finite floats are shared with model, not copied.

    >>> check({"format": "tinynet-network", "version": 3})
    Traceback (most recent call last):
        ...
    ValueError: model: format version 3 is not supported (this tinynet reads versions 1 and 2)
    """
    if not isinstance(model, dict):
        raise ValueError("%s: expected a JSON object, got %s" % (source, type(model).__name__))
    if model.get("format") != FORMAT or not isinstance(model.get("format"), str):
        raise ValueError("%s: not a tinynet model (format is %s, expected %r)"
                         % (source, _short_repr(model.get("format")), FORMAT))
    version = model.get("version")
    if not _is_int(version) or version not in READABLE_VERSIONS:
        raise ValueError("%s: format version %s is not supported (this tinynet reads versions 1 and 2)"
                         % (source, _short_repr(version)))
    keys = _KEYS[version]
    for key in keys:
        if key not in model:
            raise ValueError("%s: missing key %r" % (source, key))
    for key in sorted([str(k) for k in model]):
        if key not in keys:
            raise ValueError("%s: unknown key %s" % (source, _short_repr(key)))
    sizes = model["sizes"]
    if not isinstance(sizes, list) or len(sizes) < 2 or not all([_is_int(n) and n >= 1 for n in sizes]):
        raise ValueError("%s: sizes must be a list of at least two positive ints, got %s"
                         % (source, _short_repr(sizes)))
    for key in ("hidden", "output"):
        name = model[key]
        if not isinstance(name, str) or name not in _activations.ACTIVATIONS:
            raise ValueError("%s: %s activation %s is not one of %s"
                             % (source, key, _short_repr(name), ", ".join(sorted(_activations.ACTIVATIONS))))
    if not isinstance(model["loss"], str):
        raise ValueError("%s: loss %s is not a name" % (source, _short_repr(model["loss"])))
    try:
        _losses.get(model["loss"], model["output"])
    except ValueError as error:
        raise ValueError("%s: %s" % (source, error))
    n_layers = len(sizes) - 1
    for key in ("weights", "biases"):
        if not isinstance(model[key], list) or len(model[key]) != n_layers:
            raise ValueError("%s: %s must be a list of %d layers for sizes %s"
                             % (source, key, n_layers, _short_repr(sizes)))
    weights = []
    biases = []
    for l in range(n_layers):
        n_in, n_out = sizes[l], sizes[l + 1]
        weights.append(_matrix(model["weights"][l], n_in, n_out, "weights[%d]" % l, source, sizes))
        biases.append(_vector(model["biases"][l], n_out, "biases[%d]" % l, source, sizes))
    # after the shapes, so that sizes[-1] is known to be the length of a list in the file, not any int
    if version == 1:
        classes = default_classes(sizes[-1])
    else:
        classes = check_classes(model["classes"], sizes[-1], source)
    return {"format": FORMAT, "version": VERSION, "sizes": list(sizes), "hidden": model["hidden"],
            "output": model["output"], "loss": model["loss"], "classes": classes, "weights": weights,
            "biases": biases}


def check_classes(classes, n_outputs, source="model"):
    """Return classes as a list after checking it labels n_outputs units: unique numbers or strings.

    >>> check_classes(["cat", "dog"], 1)
    ['cat', 'dog']
    >>> check_classes([0, 1, 1], 3)
    Traceback (most recent call last):
        ...
    ValueError: model: classes must not repeat a label, got [0, 1, 1]
    """
    n_classes = max(n_outputs, 2)
    if not isinstance(classes, list) or len(classes) != n_classes:
        raise ValueError("%s: classes must be a list of %d labels for %d output unit%s, got %s"
                         % (source, n_classes, n_outputs, "" if n_outputs == 1 else "s", _short_repr(classes)))
    if all([isinstance(c, str) for c in classes]):
        pass
    elif all([_is_number(c) for c in classes]):
        for c in classes:
            if isinstance(c, float) and c - c != 0.0:
                raise ValueError("%s: classes must be finite, got %s" % (source, _short_repr(classes)))
    else:
        raise ValueError("%s: classes must be all numbers or all strings, got %s" % (source, _short_repr(classes)))
    if len(set(classes)) != len(classes):
        raise ValueError("%s: classes must not repeat a label, got %s" % (source, _short_repr(classes)))
    return list(classes)


def _is_int(value):
    """Return True for an int that is not a bool."""
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value):
    """Return True for an int or a float that is not a bool."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _short_repr(value, limit=60):
    """Return repr(value), cut to about limit characters (a corrupt file may hold anything)."""
    try:
        text = repr(value)
    except (RuntimeError, ValueError):  # a deep structure, or an int too long to print
        text = "<%s>" % type(value).__name__
    return _short_text(text, limit)


def _short_text(text, limit):
    """Return text, cut to about limit characters."""
    return text if len(text) <= limit else text[:limit - 3] + "..."


def _matrix(rows, n_rows, n_columns, name, source, sizes):
    """Return rows as a list of float rows of the given shape, or raise ValueError naming the problem."""
    if not isinstance(rows, list) or len(rows) != n_rows:
        raise ValueError("%s: %s must be %d rows of %d numbers for sizes %s"
                         % (source, name, n_rows, n_columns, _short_repr(sizes)))
    return [_vector(row, n_columns, "%s[%d]" % (name, i), source, sizes) for i, row in enumerate(rows)]


_FLOATS_ONLY = {float}


def _vector(values, n, name, source, sizes):
    """Return values as a list of n finite floats, or raise ValueError naming the problem.

    The usual row, n floats, is checked without a Python loop over its numbers: its set of types must
    be {float} and its sum must be finite (a nan or an infinity makes the sum nan or infinite).  Only a
    row that fails this (ints, a bad value, or finite floats whose sum overflows) is checked one number
    at a time, to convert or to name the culprit.
    """
    if not isinstance(values, list) or len(values) != n:
        raise ValueError("%s: %s must be a list of %d numbers for sizes %s" % (source, name, n, _short_repr(sizes)))
    if set(map(type, values)) == _FLOATS_ONLY:
        total = sum(values)
        if total - total == 0.0:
            return values
    floats = []
    for j in range(n):
        value = values[j]
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError("%s: %s[%d] is %s, not a number" % (source, name, j, _short_repr(value)))
        try:
            x = float(value)
        except OverflowError:
            x = float("inf")
        if x - x != 0.0:  # inf - inf and nan - nan are nan
            raise ValueError("%s: %s[%d] is %s, not a finite number" % (source, name, j, _short_repr(value)))
        floats.append(x)
    return floats
