"""The array namespace a network runs on, and user data turned into arrays and checked (finite, shaped).

``namespace`` picks the backend; the helpers turn nested lists or arrays of any backend into plain
lists, and check that numbers are finite without a Python loop in the usual case.
"""

from tinynet.nn import modelfile as _modelfile

_NAMESPACE_NEEDS = ("asarray", "zeros", "exp", "tanh", "log", "maximum", "where", "sum", "max", "float64", "int64")


def namespace(backend):
    """Return the array namespace for backend: 'tinynet', 'numpy', or an array namespace module itself.

    >>> namespace("tinynet").__name__
    'tinynet'
    >>> namespace("torch")
    Traceback (most recent call last):
        ...
    ValueError: unknown backend 'torch'; expected 'tinynet', 'numpy' or an array namespace module
    """
    if isinstance(backend, str):
        if backend == "tinynet":
            import tinynet

            return tinynet
        if backend == "numpy":
            # Only on the user's request: tinynet itself never needs NumPy.
            try:
                import numpy
            except ImportError:
                raise ImportError("backend='numpy' needs NumPy installed (pip install numpy); "
                                  "backend='tinynet' needs nothing")
            return numpy
        if backend == "lists":
            raise ValueError("backend 'lists' only predicts: train with backend 'tinynet' or 'numpy', save, and "
                             "load the file with load(path, backend='lists')")
        raise ValueError("unknown backend %r; expected 'tinynet', 'numpy' or an array namespace module" % backend)
    missing = [name for name in _NAMESPACE_NEEDS if not hasattr(backend, name)]
    if missing:
        raise TypeError("backend %r is not an array namespace: it has no %s" % (backend, ", ".join(missing)))
    return backend


def _backend_name(xp):
    """Return the name under which a network records its namespace: 'tinynet', 'numpy', or the module's."""
    return getattr(xp, "__name__", repr(xp))


def _to_lists(data):
    """Return data (nested lists, or an array of any backend) as nested Python lists of numbers."""
    if isinstance(data, (list, tuple)):
        return [_to_lists(item) for item in data]
    tolist = getattr(data, "tolist", None)
    if tolist is not None:
        return tolist()
    shape = getattr(data, "shape", None)
    if shape is None:
        return data  # a plain number
    # a namespace without tolist: element by element, with one index per axis
    if len(shape) == 0:
        return float(data)
    if len(shape) == 1:
        return [float(data[i]) for i in range(shape[0])]
    return [[float(data[i, j]) for j in range(shape[1])] for i in range(shape[0])]


def class_indices(outputs):
    """Return the index into classes_ of each row of outputs (nested lists or a 2-d array), as ints:
    for one output unit 1 where it is >= 0.5, else 0; for more units the index of the largest.

    >>> class_indices([[0.25], [0.5]]), class_indices([[0.1, 0.7, 0.2]])
    ([0, 1], [1])
    """
    rows = _to_lists(outputs)
    if len(rows) and len(rows[0]) == 1:
        return [1 if row[0] >= 0.5 else 0 for row in rows]
    return [_argmax(row) for row in rows]


def _argmax(row):
    """Return the index of the first largest value in row, as NumPy's argmax does."""
    best = 0
    for j in range(1, len(row)):
        if row[j] > row[best]:
            best = j
    return best


def _format_shape(shape):
    """Return shape written as NumPy writes it: (4,) or (4, 2)."""
    return "(%s)" % ", ".join(str(n) for n in shape) if len(shape) != 1 else "(%d,)" % shape[0]


def _check_sizes(sizes):
    """Return sizes as a list of positive ints, or raise ValueError (MemoryError past the memory budget)."""
    try:
        sizes = list(sizes)
    except TypeError:
        raise ValueError("sizes must be a list of layer sizes such as [2, 8, 1], got %r" % (sizes,))
    if len(sizes) < 2:
        raise ValueError("sizes must list at least an input and an output layer, got %r" % (sizes,))
    for n in sizes:
        if isinstance(n, bool) or not isinstance(n, int) or n < 1:
            raise ValueError("layer sizes must be positive ints, got %r" % (sizes,))
    _modelfile.check_memory(sizes)
    return sizes


def _is_int(value):
    """Return True for an int that is not a bool."""
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value):
    """Return True for an int or a float that is not a bool."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _is_finite(x):
    """Return True if the float x is neither nan nor infinite (x - x is 0 exactly then)."""
    return x - x == 0.0


def _all_finite(xp, array):
    """Return True if every entry of the array is finite.

    One sum decides the usual case: a finite sum means finite entries.  A sum that is not finite (a nan,
    an infinity, or huge entries whose sum overflows) is settled entry by entry.
    """
    with _Quiet(xp):
        total = float(xp.sum(array))
    if _is_finite(total):
        return True
    return _all_finite_lists(_to_lists(array))


def _all_finite_lists(nested):
    """Return True if every number in a nested list is finite."""
    if isinstance(nested, list):
        for item in nested:
            if not _all_finite_lists(item):
                return False
        return True
    return _is_finite(nested)


class _Quiet:
    """A context in which NumPy (or any namespace with errstate) keeps quiet about overflow and nan."""

    def __init__(self, xp):
        errstate = getattr(xp, "errstate", None)
        self.state = errstate(all="ignore") if errstate is not None else None

    def __enter__(self):
        if self.state is not None:
            self.state.__enter__()
        return self

    def __exit__(self, kind, value, traceback):
        if self.state is not None:
            return self.state.__exit__(kind, value, traceback)
        return False


NAN_OUTPUTS = ("the network's outputs are nan for some rows of X: their weighted sums overflow (are the inputs "
               "on the scale the network was trained on?)")


def not_finite(name, nested=None):
    """Return the ValueError, in scikit-learn's words, for input `name` holding a nan (when the nested list
    holds one) or else an infinity (or an int too large for a float).

    >>> not_finite("X", [[1.0, float("nan")]]), not_finite("y")
    (ValueError('Input X contains NaN.'), ValueError("Input y contains infinity or a value too large for dtype('float64')."))
    """
    if nested is not None and _has_nan(nested):
        return ValueError("Input %s contains NaN." % name)
    return ValueError("Input %s contains infinity or a value too large for dtype('float64')." % name)


def check_input_shape(shape, n_inputs):
    """Raise ValueError unless shape is (m, n_inputs): one row per sample, one column per input."""
    if len(shape) != 2:
        raise ValueError("X must be 2-d with one row per sample, got shape %s" % _format_shape(shape))
    if shape[1] != n_inputs:
        raise ValueError("X has %d features per sample, but the network has %d inputs" % (shape[1], n_inputs))


def _has_nan(nested):
    """Return True if a nested list of floats holds a nan."""
    if isinstance(nested, list):
        for item in nested:
            if _has_nan(item):
                return True
        return False
    return nested != nested
