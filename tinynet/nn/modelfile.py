"""Model files: a network as versioned JSON, written atomically and read back with strict checks.

A model file is one JSON object.  For a network with sizes [2, 2, 1] it reads::

    {"format": "tinynet-network", "version": 2,
     "sizes": [2, 2, 1], "hidden": "tanh", "output": "sigmoid", "loss": "bce",
     "classes": [0, 1],
     "weights": [
      [[0.5, -1.25], [2.0, 0.125]],
      [[1.5], [-0.75]]
     ],
     "biases": [
      [0.0, 0.25],
      [-0.5]
     ]}

``weights[l]`` is the matrix W_{l+1} as a list of rows, of shape (sizes[l], sizes[l+1]), and ``biases[l]``
the vector b_{l+1} of length sizes[l+1].  ``classes`` lists the labels the output units stand for, as
scikit-learn's ``classes_`` does: two for one sigmoid unit (output < 0.5 means classes[0]), else one per
unit; they are numbers or strings, all of one kind, without repeats.  Version 1 files, which have no
``classes``, still load: their classes are the unit numbers 0, 1, ... (0 and 1 for one unit).

Floats are written with Python's shortest round-trip repr, so ``load(save(model))`` gives back every
weight bit for bit.  Nothing is ever pickled or evaluated: the file is parsed as JSON, then every key,
type, shape and number is checked, and any problem with the content raises a ValueError that names it
(problems of the filesystem raise OSError).

    >>> model = {"format": "tinynet-network", "version": 2, "sizes": [1, 1], "hidden": "tanh",
    ...          "output": "identity", "loss": "mse", "classes": [0, 1], "weights": [[[0.5]]],
    ...          "biases": [[-1.0]]}
    >>> loads(dumps(model)) == model
    True
    >>> loads(dumps(model).replace("0.5", '"0.5"'))
    Traceback (most recent call last):
        ...
    ValueError: model: weights[0][0][0] is '0.5', not a number

Saves go through a temporary file with a unique name in the target's folder, which is flushed, synced
to the disk and renamed over the target: a reader sees the old file or the new one, never a part of
either, and any number of threads or processes may save to one path at once.
"""

import json
import sys

from tinynet.core import memory as _memory
from tinynet.nn import activations as _activations
from tinynet.nn import losses as _losses
from tinynet.nn.atomicfile import _open_flags, _path_text, write_atomically  # noqa: F401 - svg.py writes with it

try:
    import os
except ImportError:  # a MicroPython port without a filesystem module: files are written in place
    os = None  # type: ignore[assignment]

FORMAT = "tinynet-network"
VERSION = 2
READABLE_VERSIONS = (1, 2)
_KEYS = {
    1: ("format", "version", "sizes", "hidden", "output", "loss", "weights", "biases"),
    2: ("format", "version", "sizes", "hidden", "output", "loss", "classes", "weights", "biases"),
}

# The largest model file load reads, unless told otherwise: a 2-1000-1000-1 network takes about 20 MB.
MAX_BYTES = 256 * 1024 * 1024

# The mode bits of a regular file, as os.stat reports them (S_IFMT and S_IFREG of the stat module, which
# MicroPython lacks).
_S_IFMT = 0o170000
_S_IFREG = 0o100000
_S_IFDIR = 0o040000
_EISDIR = 21
_FILE_KINDS = {0o010000: "a FIFO", 0o020000: "a character device", 0o060000: "a block device",
               0o140000: "a socket", 0o120000: "a symbolic link"}


def parameter_count(sizes):
    """Return the number of weights and biases of a network of these layer sizes: sum n_l * n_{l+1} + n_{l+1}.

    >>> parameter_count([2, 3, 1])
    13
    """
    return sum([sizes[l] * sizes[l + 1] + sizes[l + 1] for l in range(len(sizes) - 1)])


def check_memory(sizes, source="network"):
    """Raise MemoryError, before anything is allocated, if a network of these sizes exceeds the memory budget.

    The need is counted as NumPy would hold the parameters, 8 bytes (float64) each, against the limit of
    tinynet.core.memory (2 GiB by default, the heap on MicroPython; memory.set_limit changes it).

    >>> check_memory([2, 10**9, 1])
    Traceback (most recent call last):
        ...
    MemoryError: network: sizes [2, 1000000000, 1] need 4000000001 parameters, 29.8 GiB as float64, more than the memory budget of 2.00 GiB (tinynet.core.memory.set_limit)
    """
    n = parameter_count(sizes)
    need = 8 * n
    if need > _memory.get_limit():
        raise MemoryError("%s: sizes %s need %d parameters, %s as float64, more than the memory budget of %s "
                          "(tinynet.core.memory.set_limit)" % (source, _short_repr(sizes, 80), n,
                                                               _memory.size_text(need),
                                                               _memory.size_text(_memory.get_limit())))


def _free_heap():
    """Return the bytes free on MicroPython's heap after a collection, or None on a Python without one."""
    try:
        import gc
    except ImportError:
        return None
    if not hasattr(gc, "mem_free"):
        return None
    gc.collect()
    return gc.mem_free()


def _heap_need(sizes, text_length):
    """Return the heap, in bytes, that loading a model file of these sizes holds at its peak on MicroPython.

    The file's text, its parsed weights and the network's arrays are alive at once; each weight costs a
    float object and a list slot, about 6 machine words, in both of the last two: text + 12 words per
    parameter (measured: 22 bytes per parameter for each on a 32-bit port, 45 on a 64-bit one).

    >>> _heap_need([2, 3, 1], 400) >= 400 + 13 * 12 * 4
    True
    """
    word = 8 if sys.maxsize > (1 << 40) else 4  # the bytes of a pointer
    return text_length + 12 * word * parameter_count(sizes)


def check_heap(sizes, text_length, source="model"):
    """Raise MemoryError, before the weights are parsed, if loading this model cannot fit in the free heap.

    Only MicroPython reports a heap (``gc.mem_free``); elsewhere this checks nothing (check_memory's budget
    still applies).  The message says how much the model needs and how much is free.

    >>> check_heap([2, 3, 1], 400) is None
    True
    """
    free = _free_heap()
    if free is None:
        return None
    need = _heap_need(sizes, text_length)
    if need > free:
        raise MemoryError(heap_message(sizes, need, free, source))
    return None


def heap_message(sizes, need, free, source="model"):
    """Return the text of a MemoryError for a model that needs `need` bytes of heap where `free` are free."""
    text = "%s: sizes %s need %d parameters, about %s of heap to load" % (
        source, _short_repr(sizes, 80), parameter_count(sizes), _memory.size_text(need))
    if free is not None:
        text += ", but only %s is free" % _memory.size_text(free)
    return text


def default_classes(n_outputs):
    """Return the classes of a network with n_outputs output units that was given none: 0, 1, ...

    One unit separates two classes (0 below 0.5, 1 above); n units of a softmax stand for n classes.

    >>> default_classes(1), default_classes(3)
    ([0, 1], [0, 1, 2])
    """
    return list(range(max(n_outputs, 2)))


# ---------------------------------------------------------------------------------------------------------
# writing


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


# ---------------------------------------------------------------------------------------------------------
# reading


def load(path, max_bytes=MAX_BYTES):
    """Return the checked model stored in the JSON file at path.

    Raises ValueError naming the problem if the content is not a valid model file, if path is a special
    file (a FIFO, a device, a socket: these are refused before any read, so none can hang or stream
    forever) or if the file is larger than max_bytes; OSError if the file cannot be read.
    """
    path = _path_text(path)
    source = "model file %r" % (path,)
    return loads(_read_regular_file(path, max_bytes, source), source=source)


def _read_regular_file(path, max_bytes, source):
    """Return the text of the regular file at path, refusing special files and files over max_bytes.

    CPython opens the file without blocking (a FIFO with no writer would block a plain open) and looks at
    what it opened before reading; it reads the size fstat gave plus one byte, so a file that grew past
    the limit meanwhile is caught too.  MicroPython, which has no os.open, looks with os.stat first and
    reads the file as text in one piece (no second copy of it as bytes on a board's small heap).
    """
    if os is not None and hasattr(os, "open") and hasattr(os, "fstat"):
        fd = os.open(path, _open_flags("O_RDONLY", "O_NONBLOCK", "O_BINARY", "O_CLOEXEC"))
        try:
            status = os.fstat(fd)
            _check_regular(status[0], status[6], path, max_bytes, source)
            f = os.fdopen(fd, "rb")
        except BaseException:
            os.close(fd)
            raise
        with f:
            data = f.read(min(status[6], max_bytes) + 1)
        if len(data) > max_bytes:
            raise ValueError("%s is larger than the limit of %d bytes" % (source, max_bytes))
        try:
            return data.decode("utf-8")
        except UnicodeError:
            raise ValueError("%s is not UTF-8 text" % source)
    size = None
    if os is not None and hasattr(os, "stat"):
        status = os.stat(path)
        size = status[6]
        _check_regular(status[0], size, path, max_bytes, source)
    try:
        with open(path) as f:
            return f.read()
    except UnicodeError:
        raise ValueError("%s is not UTF-8 text" % source)
    except MemoryError:  # a board's heap cannot hold the text, let alone the model
        if size is None:
            raise
        free = _free_heap() or 0
        raise MemoryError("%s is %d bytes: reading it needs %s of heap in one block, and loading it more; %s is "
                          "free%s" % (source, size, _memory.size_text(size), _memory.size_text(free),
                                      " but not in one block" if free >= size else ""))


def _check_regular(mode, size, path, max_bytes, source):
    """Raise unless the stat mode is a regular file's and size is at most max_bytes."""
    kind = mode & _S_IFMT
    if kind == _S_IFDIR:
        raise OSError(_EISDIR, "Is a directory", path)  # IsADirectoryError on CPython, as open() raises
    if kind != _S_IFREG:
        raise ValueError("%s is not a regular file (it is %s)" % (source, _FILE_KINDS.get(kind, "special")))
    if size > max_bytes:
        raise ValueError("%s is %d bytes, larger than the limit of %d bytes" % (source, size, max_bytes))


def loads(text, source="model"):
    """Return the checked model in the JSON text; raise ValueError naming any problem.

    >>> loads('{"format": "tinynet-network", "version": 2, "sizes": [1, 1]')  # doctest: +ELLIPSIS
    Traceback (most recent call last):
        ...
    ValueError: model is not valid JSON (is it truncated?): ...
    >>> loads("[" * 100000)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
        ...
    ValueError: model is not ...

    (Python's json parser raises RecursionError, or on 3.13+ reads deeper and finds the text cut short:
    either way a ValueError comes out.)
    """
    if not isinstance(text, str):
        raise ValueError("%s: expected JSON text, got %s" % (source, type(text).__name__))
    sizes = _declared_sizes(text)
    if sizes is not None and len(text) >= 2 * parameter_count(sizes):  # each number takes 2 characters or more
        check_memory(sizes, source)
        check_heap(sizes, len(text), source)
    try:
        model = json.loads(text)
    except MemoryError:  # the estimate was short: still nothing of the model exists
        if sizes is None:
            raise
        raise MemoryError(heap_message(sizes, _heap_need(sizes, len(text)), _free_heap(), source))
    except ValueError as error:
        raise ValueError("%s is not valid JSON (is it truncated?): %s" % (source, _short_text(str(error), 100)))
    except RuntimeError:  # RecursionError on CPython, RuntimeError on MicroPython: brackets nested deeply
        raise ValueError("%s is not a model file: its JSON is nested too deeply" % source)
    return check(model, source)


def _declared_sizes(text):
    """Return the list after the first "sizes" key of a model file's text, if it is one of positive ints.

    Read before the whole text is parsed, so that a file holding a network too big for the memory is
    refused with MemoryError before its weights fill the heap.  A file too short to hold the parameters its
    sizes declare is corrupt, not too big: loads leaves it to the full check, which raises ValueError.
    Anything else (no such key, not a list) gives None and is left to the full check too.
    """
    key = text.find('"sizes"')
    start = text.find("[", key) if key >= 0 else -1
    end = text.find("]", start) if start >= 0 else -1
    if end < 0 or end - start > 10000 or text[key + 7:start].strip() != ":":
        return None
    try:
        sizes = json.loads(text[start:end + 1])
    except ValueError:
        return None
    if isinstance(sizes, list) and len(sizes) >= 2 and all([_is_int(n) and n >= 1 for n in sizes]):
        return sizes
    return None


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
