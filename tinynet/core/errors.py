"""Floating-point errors as NumPy handles them (seterr, geterr, errstate), warnings, and AxisError.

NumPy's other exception and warning classes (ComplexWarning, DTypePromotionError,
RankWarning, ...) are in ``exception_types``, and seterrcall, geterrcall and the
buffer size in ``errcall``; ``errors.NAME`` finds them, loading their module on
first use.

    >>> old = seterr(divide="raise")
    >>> floating_error(DIVIDE, "divide")
    Traceback (most recent call last):
      ...
    FloatingPointError: divide by zero encountered in divide
    >>> _ = seterr(**old)
"""

from tinynet.core import lazy as _lazy

# Errors that Python raises where IEEE arithmetic has an answer (1.0 / 0.0, math.exp(1000)); the loops catch
# them and redo the work with the careful kernels of floats.py.  MicroPython raises ValueError where CPython
# raises OverflowError.
ARITHMETIC_ERRORS = (OverflowError, ZeroDivisionError, ValueError)

try:
    _RuntimeWarning = RuntimeWarning
except NameError:  # MicroPython has no warning classes
    _RuntimeWarning = Exception


try:

    class AxisError(ValueError, IndexError):
        """Report an axis argument out of range; both a ValueError and an IndexError, as in NumPy.

        >>> str(AxisError("axis 2 is out of bounds for array of dimension 2"))
        'axis 2 is out of bounds for array of dimension 2'
        >>> issubclass(AxisError, ValueError) and issubclass(AxisError, IndexError)
        True
        """

        __module__ = "tinynet"

        def __init__(self, axis, ndim=None, msg_prefix=None):
            if ndim is None and msg_prefix is None:  # AxisError("message"), as NumPy allows
                self.axis = self.ndim = None
                super().__init__(axis)
                return
            self.axis, self.ndim = axis, ndim
            message = "axis %s is out of bounds for array of dimension %s" % (axis, ndim)
            super().__init__(message if msg_prefix is None else "%s: %s" % (msg_prefix, message))

except TypeError:  # runtimes that refuse two built-in exception bases

    class AxisError(ValueError):  # noqa: F811
        """Report an axis argument out of range."""

        __module__ = "tinynet"


try:
    import warnings as _warnings
except ImportError:  # bare MicroPython ports have no warnings module
    _warnings = None

try:
    _FloatingPointError = FloatingPointError
except NameError:  # MicroPython has no FloatingPointError

    class _FloatingPointError(ArithmeticError):
        """Report a floating-point error under errstate(...='raise')."""


def warn(message, category=_RuntimeWarning, stacklevel=3):
    """Issue a warning as NumPy does (RuntimeWarning by default; nothing where there is no warnings module).

    A floating-point warning ("divide by zero encountered in divide", "overflow encountered in cast", ...)
    goes through the error state instead (see ``floating_error``), so ``errstate`` governs it.
    """
    if category is _RuntimeWarning:
        for kind, words, flag in _KINDS:
            if message.startswith(words + " encountered in "):
                floating_error(flag, message[len(words) + 16:])
                return
    if _warnings is not None:
        _warnings.warn(message, category, stacklevel=stacklevel)


# --------------------------------------------------------------------------
# The floating-point error state: seterr, geterr, errstate, seterrcall
# --------------------------------------------------------------------------

# Each kind of floating-point error: its seterr keyword, its words in messages, and its bit in the flags a
# 'call' callback receives.  NumPy checks them in this order, so warnings come in this order too.
DIVIDE, OVERFLOW, UNDERFLOW, INVALID = 1, 2, 4, 8
_KINDS = (("divide", "divide by zero", DIVIDE), ("over", "overflow", OVERFLOW),
          ("under", "underflow", UNDERFLOW), ("invalid", "invalid value", INVALID))
_MODES = ("ignore", "warn", "raise", "call", "print", "log")
_DEFAULT = {"divide": "warn", "over": "warn", "under": "ignore", "invalid": "warn"}
# The state is one per process (MicroPython has no contextvars); errstate restores it on exit.
_state = dict(_DEFAULT)
_callback = [None]


try:
    from sys import _getframe
except ImportError:  # MicroPython: warnings name a line inside tinynet
    _getframe = None
_PACKAGE = __file__[:-len("core/errors.py")]


def _stacklevel_outside(stacklevel):
    """The stacklevel of the first caller outside tinynet, so that a warning names the user's line."""
    if _getframe is None:
        return stacklevel
    frame, level = _getframe(2), 2
    while frame is not None and frame.f_code.co_filename.startswith(_PACKAGE):
        frame, level = frame.f_back, level + 1
    return level


def floating_error(flags, name, stacklevel=None):
    """Act on floating-point errors of operation `name` as the error state says.

    flags is the sum of the kinds that happened (DIVIDE | INVALID for log([0, -1])).  For each kind, in
    NumPy's order: 'ignore' does nothing, 'warn' issues a RuntimeWarning "divide by zero encountered in
    divide", 'raise' raises FloatingPointError with that message, 'print' prints it, 'call' calls the
    seterrcall function with ("divide by zero", flags), and 'log' writes it to the seterrcall object.

    >>> old = seterr(all="raise")
    >>> floating_error(DIVIDE, "log")
    Traceback (most recent call last):
      ...
    FloatingPointError: divide by zero encountered in log
    >>> _ = seterr(**old)
    """
    for kind, words, flag in _KINDS:
        if not flags & flag:
            continue
        mode = _state[kind]
        if mode == "ignore":
            continue
        message = "%s encountered in %s" % (words, name)
        if mode == "warn":
            if _warnings is not None:
                _warnings.warn(message, _RuntimeWarning, stacklevel=_stacklevel_outside(stacklevel or 3))
        elif mode == "raise":
            raise _FloatingPointError(message)
        else:  # 'print', 'call' or 'log'
            from tinynet.core import errcall

            errcall.act(mode, words, flags, message, name)


def check_underflow(values, format_name, name):
    """Report an underflow of operation `name` (only when it is not ignored): a result that is subnormal.

    >>> with errstate(under="raise"):
    ...     check_underflow([1.0, 1e-310], "float64", "multiply")
    Traceback (most recent call last):
      ...
    FloatingPointError: underflow encountered in multiply
    """
    if _state["under"] != "ignore":
        from tinynet.core import errcall

        errcall.find_underflow(values, format_name, name)


def underflow_watched():
    """Return whether underflow is acted on (it is ignored by default, and then never looked for)."""
    return _state["under"] != "ignore"


def watching():
    """Return whether any kind of floating-point error is acted on (not every mode is 'ignore')."""
    return _state["divide"] != "ignore" or _state["over"] != "ignore" or _state["invalid"] != "ignore" \
        or _state["under"] != "ignore"


def seterr(all=None, divide=None, over=None, under=None, invalid=None):  # noqa: A002 - NumPy's keyword
    """Set how floating-point errors are handled; return the old settings as a dict.

    Each of divide, over(flow), under(flow) and invalid takes 'ignore', 'warn', 'raise', 'call', 'print'
    or 'log'; ``all`` sets every kind not given.  NumPy's defaults: warn, except underflow, ignored.

    >>> old = seterr(all="ignore", divide="raise")
    >>> sorted(geterr().items())
    [('divide', 'raise'), ('invalid', 'ignore'), ('over', 'ignore'), ('under', 'ignore')]
    >>> _ = seterr(**old); geterr() == old
    True
    """
    old = geterr()
    new = {"divide": divide, "over": over, "under": under, "invalid": invalid}
    for kind in new:
        mode = new[kind] if new[kind] is not None else all
        if mode is None:
            continue
        if mode not in _MODES:
            raise ValueError("invalid error mode %r" % (mode,))
        new[kind] = mode
    for kind in new:
        if new[kind] is not None:
            _state[kind] = new[kind]
    return old


def geterr():
    """Return the current handling of floating-point errors: {'divide': ..., 'over': ..., 'under': ..., 'invalid': ...}.

    >>> geterr() == {'divide': 'warn', 'over': 'warn', 'under': 'ignore', 'invalid': 'warn'}
    True
    """
    return {"divide": _state["divide"], "over": _state["over"], "under": _state["under"],
            "invalid": _state["invalid"]}


class _Unspecified:
    """The default of errstate's call: leave the callback as it is."""


class errstate:
    """Handle floating-point errors one way inside a ``with`` block (or a decorated function).

    The keywords are seterr's (all, divide, over, under, invalid) and ``call`` (seterrcall's function);
    on exit the previous settings come back.

    >>> import tinynet as np
    >>> with np.errstate(divide="ignore"):
    ...     np.log(np.array([0.0]))
    array([-inf])
    >>> @np.errstate(all="raise")
    ... def inverse(x):
    ...     return 1 / x
    >>> inverse(np.array([0.0]))
    Traceback (most recent call last):
      ...
    FloatingPointError: divide by zero encountered in divide
    """

    def __init__(self, *, call=_Unspecified, all=None, divide=None, over=None, under=None,  # noqa: A002
                 invalid=None):
        for mode in (all, divide, over, under, invalid):
            if mode is not None and mode not in _MODES:
                raise ValueError("invalid error mode %r" % (mode,))
        self._call = call
        self._settings = {"all": all, "divide": divide, "over": over, "under": under, "invalid": invalid}
        self._saved = None

    def __enter__(self):
        if self._saved is not None:
            raise TypeError("Cannot enter `np.errstate` twice.")
        self._saved = (geterr(), _callback[0])
        seterr(**self._settings)
        if self._call is not _Unspecified:
            from tinynet.core.errcall import seterrcall

            seterrcall(self._call)

    def __exit__(self, *exc_info):
        old, callback = self._saved
        self._saved = None
        seterr(**old)
        _callback[0] = callback

    def __call__(self, function):
        from tinynet.core import errcall

        return errcall.decorate(self, function)


# Where each name that loads on first use lives.
_LAZY = (
    ("exception_types", " ComplexWarning DTypePromotionError ModuleDeprecationWarning RankWarning TooHardError"
                        " VisibleDeprecationWarning "),
    ("errcall", " getbufsize geterrcall setbufsize seterrcall "),
)


def __getattr__(name):
    """Load a rarely raised class or rarely used setting on first use (``errors.RankWarning``), then keep it."""
    return _lazy.load(globals(), "tinynet.core.errors", _LAZY, name)
