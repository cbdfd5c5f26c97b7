"""The parts of the floating-point error state few programs touch, loaded on first use.

``seterrcall`` sets what the error modes 'call' and 'log' of ``seterr`` use;
``act`` carries out those modes and 'print' for ``errors.floating_error``;
``find_underflow`` looks for subnormal results once underflow is not ignored;
``decorate`` makes ``@errstate(...)`` work on a function; ``getbufsize`` and
``setbufsize`` keep NumPy's API (tinynet computes on whole lists).

    >>> calls = []
    >>> old = seterrcall(lambda words, flags: calls.append((words, flags)))
    >>> with errstate(divide="call"):
    ...     floating_error(DIVIDE, "divide")
    >>> calls, seterrcall(old) is not None
    ([('divide by zero', 1)], True)
"""

from tinynet.core import errors
from tinynet.core.errors import DIVIDE, UNDERFLOW, errstate, floating_error

_bufsize = [8192]

# The smallest normal number of each float format (strings: a single-precision board must load this).
_TINY = {"float16": float("6.103515625e-05"), "float32": float("1.1754943508222875e-38"),
         "float64": float("2.2250738585072014e-308")}


def act(mode, words, flags, message, name):
    """Carry out error mode 'print', 'call' or 'log' for one kind of floating-point error."""
    callback = errors._callback[0]
    if mode == "print":
        print("Warning: " + message)
    elif mode == "call":
        if callback is None:
            raise NameError("python callback specified for %s (in  %s) but no function found." % (words, name))
        callback(words, flags)
    else:
        if getattr(callback, "write", None) is None:
            raise NameError("log specified for %s (in %s) but no object with write method found." % (words, name))
        callback.write("Warning: %s\n" % message)


def seterrcall(func):
    """Set the function that mode 'call' calls (or the object with a write method that mode 'log' writes to).

    Return the old one.  ``func(kind_words, flags)``: for example ``("divide by zero", 1)``.

    >>> calls = []
    >>> old = seterrcall(lambda words, flags: calls.append((words, flags)))
    >>> with errstate(divide="call"):
    ...     floating_error(DIVIDE, "divide")
    >>> calls, seterrcall(old) is not None
    ([('divide by zero', 1)], True)
    """
    if func is not None and not callable(func) and not callable(getattr(func, "write", None)):
        raise TypeError("python object must be callable or have a callable write method")
    old = errors._callback[0]
    errors._callback[0] = func
    return old


def geterrcall():
    """Return the function (or object) that the 'call' and 'log' modes use; None by default.

    >>> geterrcall() is None
    True
    """
    return errors._callback[0]


def getbufsize():
    """Return the size of the buffer NumPy's ufuncs compute in (in elements); kept for NumPy's API.

    >>> getbufsize()
    8192
    """
    return _bufsize[0]


def setbufsize(size):
    """Set the ufunc buffer size (a multiple of 16, at most 10_000_000 elements); return the old size.

    tinynet computes on whole lists, so the size changes nothing but what getbufsize returns.

    >>> old = setbufsize(4096); getbufsize(), setbufsize(old)
    (4096, 4096)
    """
    size = size.__index__()
    if size < 0:
        raise ValueError("buffer size must be non-negative")
    if size > 10000000:
        raise ValueError("Buffer size, %s, is too big" % size)
    if size < 5:
        raise ValueError("Buffer size, %s, is too small" % size)
    if size % 16:
        raise ValueError("Buffer size, %s, is not a multiple of 16" % size)
    old = _bufsize[0]
    _bufsize[0] = size
    return old


def find_underflow(values, format_name, name):
    """Report an underflow of operation `name` if a value is subnormal in the float format (errors.check_underflow)."""
    tiny = _TINY.get(format_name)
    if tiny is None:
        return
    for v in values:
        if 0 < abs(v) < tiny:
            floating_error(UNDERFLOW, name)
            return


def decorate(state, function):
    """The function run inside errstate `state` (``@np.errstate(all="raise")``)."""

    def with_errstate(*args, **kwargs):
        # A fresh errstate per call, so that a decorated function may call itself.
        with errstate(call=state._call, **state._settings):
            return function(*args, **kwargs)

    with_errstate.__name__ = getattr(function, "__name__", "with_errstate")
    with_errstate.__doc__ = getattr(function, "__doc__", None)
    return with_errstate
