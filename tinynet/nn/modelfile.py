"""Model files: a network as versioned JSON, read back with strict checks (and written atomically).

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
    >>> from tinynet.nn.modelwrite import dumps
    >>> loads(dumps(model)) == model
    True
    >>> loads(dumps(model).replace("0.5", '"0.5"'))
    Traceback (most recent call last):
        ...
    ValueError: model: weights[0][0][0] is '0.5', not a number

Writing (``dumps``, ``save``, atomically) lives in nn/modelwrite.py and loads on the first save;
the checks of a parsed model live in nn/modelcheck.py.
"""

import json
import sys

from tinynet.core import memory as _memory
from tinynet.nn.modelcheck import (  # noqa: F401 - the checks are modelfile's API too
    FORMAT,
    READABLE_VERSIONS,
    VERSION,
    _is_int,
    _short_repr,
    _short_text,
    check,
    check_classes,
    default_classes,
)

try:
    import os
except ImportError:  # a MicroPython port without a filesystem module: files are written in place
    os = None  # type: ignore[assignment]

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


# ---------------------------------------------------------------------------------------------------------
# reading


def load(path, max_bytes=MAX_BYTES):
    """Return the checked model stored in the JSON file at path.

    Raises ValueError naming the problem if the content is not a valid model file, if path is a special
    file (a FIFO, a device, a socket: these are refused before any read, so none can hang or stream
    forever) or if the file is larger than max_bytes; OSError if the file cannot be read.
    """
    if not isinstance(path, str):  # a pathlib.Path, say
        from tinynet.nn.atomicfile import _path_text

        path = _path_text(path)
    source = "model file %r" % (path,)
    if os is None or not hasattr(os, "open") or not hasattr(os, "fstat"):  # MicroPython: see _load_stream
        return _load_stream(path, max_bytes, source)
    return loads(_read_regular_file(path, max_bytes, source), source=source)


def _read_regular_file(path, max_bytes, source):
    """Return the text of the regular file at path, refusing special files and files over max_bytes.

    The file is opened without blocking (a FIFO with no writer would block a plain open), and what was
    opened is looked at before reading; it reads the size fstat gave plus one byte, so a file that grew past
    the limit meanwhile is caught too.  (MicroPython, which has no os.open, reads through _load_stream.)
    """
    from tinynet.nn.atomicfile import _open_flags

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


# A file read as a stream is searched for its declared sizes this many characters at a time (the files save
# writes give them on the second line): a board's fragmented heap more often has a free block of 256 bytes
# than of 1 KB.
_HEAD = 256


def _load_stream(path, max_bytes, source):
    """Return the checked model in the file at path, parsed as it is read (MicroPython, which has no os.open).

    The text is never held whole: a board's heap is fragmented into holes, and a file of a few KB may find
    no free block to read into where its parsed numbers still fit (json.load reads the stream as it parses).
    Special files and files past max_bytes are refused first (os.stat), and the declared sizes, found in a
    first pass over the file, are checked against the memory budget and the free heap before the weights are
    parsed.
    """
    size = None
    if os is not None and hasattr(os, "stat"):
        status = os.stat(path)
        size = status[6]
        _check_regular(status[0], size, path, max_bytes, source)
    with open(path) as f:
        try:
            sizes = _sizes_in_stream(f)
        except UnicodeError:
            raise ValueError("%s is not UTF-8 text" % source)
        if sizes is not None and size is not None and size >= 2 * parameter_count(sizes):
            check_memory(sizes, source)
            check_heap(sizes, 0, source)
        f.seek(0)
        _check_nesting(_pieces(f), source)
        f.seek(0)
        return check(_parsed(json.load, f, sizes, 0, source), source)


def _sizes_in_stream(f):
    """Return what _declared_sizes finds in the text of stream f, reading it _HEAD characters at a time."""
    tail = ""
    while True:
        piece = f.read(_HEAD)
        if not piece:
            return None
        window = tail + piece
        key = window.find('"sizes"')
        if key >= 0:
            rest = window[key:]
            while "]" not in rest and len(rest) < 10100:  # the list itself (_declared_sizes takes 10,000 at most)
                piece = f.read(_HEAD)
                if not piece:
                    break
                rest += piece
            return _declared_sizes(rest)
        tail = window[-6:]  # a key cut in two by the piece's end


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

    (Brackets nested past MAX_NESTING are refused before json parses anything: see _check_nesting.)
    """
    if not isinstance(text, str):
        raise ValueError("%s: expected JSON text, got %s" % (source, type(text).__name__))
    sizes = _declared_sizes(text)
    if sizes is not None and len(text) >= 2 * parameter_count(sizes):  # each number takes 2 characters or more
        check_memory(sizes, source)
        check_heap(sizes, len(text), source)
    _check_nesting((text,), source)
    return check(_parsed(json.loads, text, sizes, len(text), source), source)


def _parsed(parse, text_or_stream, sizes, text_length, source):
    """Return parse(text_or_stream), json's parsed value, turning its failures into the errors load promises."""
    try:
        return parse(text_or_stream)
    except MemoryError:  # the estimate was short: still nothing of the model exists
        if sizes is None:
            raise
        raise MemoryError(heap_message(sizes, _heap_need(sizes, text_length), _free_heap(), source))
    except UnicodeError:
        raise ValueError("%s is not UTF-8 text" % source)
    except ValueError as error:
        raise ValueError("%s is not valid JSON (is it truncated?): %s" % (source, _short_text(str(error), 100)))
    except RuntimeError:  # RecursionError: nesting within MAX_NESTING, but load was called near the limit
        raise ValueError("%s is not a model file: its JSON is nested too deeply" % source)


# How deep a model file may nest brackets.  Its deepest values, a layer's weights, sit 4 levels down.
MAX_NESTING = 32

_OPENERS = "[{"
_STRUCTURE = '"[]{}'


def _check_nesting(pieces, source):
    """Raise ValueError if the JSON text made of the strings in pieces nests brackets past MAX_NESTING.

    CPython's json parses each level with a recursive call.  Past the recursion limit it raises
    RecursionError, and CPython 3.8 can even abort the whole interpreter ("Cannot recover from stack
    overflow") when a deep parse starts close to the limit.  MicroPython's parser keeps its own stack, and a
    board runs out of memory instead.  So the depth is counted before parsing.

    The count jumps from one bracket or quote to the next with str.find, which runs at C speed on every
    Python; a model file has few of them (two a row of weights), however many numbers it holds.  Inside a
    string it jumps from quote to quote, and a quote after an odd run of backslashes is escaped.
    """
    depth = 0
    in_string = False
    for piece in pieces:
        at = 0
        ahead = [piece.find(c) for c in _STRUCTURE]  # where each structural character is next (-1: nowhere)
        while True:
            if in_string:
                end = piece.find('"', at)
                if end < 0:
                    break  # the string goes on in the next piece
                start = end
                while start > at and piece[start - 1] == "\\":
                    start -= 1
                at = end + 1
                in_string = (end - start) % 2 == 1  # an odd run of backslashes escapes this quote
                continue
            nearest = -1
            for k in range(len(_STRUCTURE)):
                position = ahead[k]
                if 0 <= position < at:
                    position = ahead[k] = piece.find(_STRUCTURE[k], at)
                if position >= 0 and (nearest < 0 or position < nearest):
                    nearest = position
            if nearest < 0:
                break
            c = piece[nearest]
            at = nearest + 1
            if c == '"':
                in_string = True
            elif c in _OPENERS:
                depth += 1
                if depth > MAX_NESTING:
                    raise ValueError("%s is not a model file: its JSON is nested too deeply (more than %d "
                                     "levels)" % (source, MAX_NESTING))
            else:
                depth -= 1


def _pieces(f, size=_HEAD):
    """Yield the text of stream f in pieces of about size characters (small, for a board's heap), none of
    which ends inside an escape (a backslash)."""
    while True:
        piece = f.read(size)
        if not piece:
            return
        while piece[-1] == "\\":
            more = f.read(1)
            if not more:
                break
            piece += more
        yield piece


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


# Writing (nn/modelwrite.py) loads on the first save.
_COLD = {"dumps": "modelwrite", "save": "modelwrite", "write_atomically": "atomicfile", "_open_flags": "atomicfile",
         "_path_text": "atomicfile"}


def __getattr__(name):
    if name not in _COLD:
        raise AttributeError("module 'tinynet.nn.modelfile' has no attribute %r" % name)
    module = __import__("tinynet.nn." + _COLD[name], None, None, [name])
    return getattr(module, name)

