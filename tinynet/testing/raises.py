"""Assertions that code raises an exception, or issues a warning.

Each works two ways, as in NumPy (and unittest, whose failure messages these keep):

- called with a function and its arguments, it calls the function:
  ``assert_raises(ZeroDivisionError, divmod, 1, 0)``;
- called with the class alone, it returns a context manager for a ``with`` block.

    >>> with assert_raises(ValueError) as context:
    ...     int("seven")
    >>> context.exception.args
    ("invalid literal for int() with base 10: 'seven'",)
    >>> assert_raises(ValueError, int, "7")
    Traceback (most recent call last):
      ...
    AssertionError: ValueError not raised by int
"""

import re

try:
    import warnings as _warnings
except ImportError:  # a bare MicroPython port has no warnings module
    _warnings = None


def _is_subtype(expected, base):
    if isinstance(expected, tuple):
        for e in expected:
            if not _is_subtype(e, base):
                return False
        return True
    return isinstance(expected, type) and issubclass(expected, base)


def _clear_frames(tb):
    """Free the local variables of the frames of a caught exception (as unittest does)."""
    try:
        import traceback
        traceback.clear_frames(tb)
    except (ImportError, AttributeError):  # MicroPython
        pass


class _RaisesContext:
    """The context manager of assert_raises and assert_raises_regex; .exception holds what was caught."""

    def __init__(self, expected, pattern=None):
        self.expected = expected
        self.pattern = pattern
        self.regex = None if pattern is None else re.compile(pattern)
        if pattern is not None and not isinstance(pattern, str):
            self.pattern = getattr(pattern, "pattern", pattern)  # an already compiled expression
        self.obj_name = None
        self.msg = None
        self.exception = None

    def handle(self, name, args, kwargs):
        """Return self for a with block (no function given), else call the function inside self."""
        if not _is_subtype(self.expected, BaseException):
            raise TypeError("%s() arg 1 must be an exception type or tuple of exception types" % name)
        if not args:
            self.msg = kwargs.pop("msg", None)
            if kwargs:
                raise TypeError("%r is an invalid keyword argument for this function" % (next(iter(kwargs)),))
            return self
        function, args = args[0], args[1:]
        try:
            self.obj_name = function.__name__
        except AttributeError:
            self.obj_name = str(function)
        with self:
            function(*args, **kwargs)
        return None

    def _fail(self, standard):
        raise AssertionError(standard if self.msg is None else "%s : %s" % (standard, self.msg))

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            try:
                name = self.expected.__name__
            except AttributeError:
                name = str(self.expected)
            if self.obj_name:
                self._fail("%s not raised by %s" % (name, self.obj_name))
            self._fail("%s not raised" % name)
        _clear_frames(tb)
        if not issubclass(exc_type, self.expected):
            return False  # a different exception goes on up
        try:
            self.exception = exc_value.with_traceback(None)  # kept without its frames
        except AttributeError:  # MicroPython
            self.exception = exc_value
        if self.regex is None:
            return True
        if not self.regex.search(str(exc_value)):
            self._fail('"%s" does not match "%s"' % (self.pattern, str(exc_value)))
        return True


def assert_raises(*args, **kwargs):
    """Assert that a function raises an exception of the given class.

    Rule: ``assert_raises(cls, f, *args, **kwargs)`` calls ``f(*args, **kwargs)``, which must raise
    ``cls`` (or a subclass, or one of a tuple of classes); another exception passes through
    unchanged, and none at all fails with ``"<cls> not raised by <f>"``.  ``assert_raises(cls)``
    returns a context manager instead (``msg=`` adds text to its failure message); its
    ``.exception`` is the exception caught.

    >>> assert_raises(ZeroDivisionError, divmod, 1, 0)
    >>> with assert_raises(KeyError, msg="the dict had it"):
    ...     {"a": 1}["a"]
    Traceback (most recent call last):
      ...
    AssertionError: KeyError not raised : the dict had it
    """
    if not args:
        raise TypeError("assertRaises() missing 1 required positional argument: 'expected_exception'")
    return _RaisesContext(args[0]).handle("assertRaises", args[1:], kwargs)


def assert_raises_regex(exception_class, expected_regexp, *args, **kwargs):
    """Assert that a function raises ``exception_class`` with a message matching a regular expression.

    Rule: as ``assert_raises``, and ``re.search(expected_regexp, str(exception))`` must find a match.
    Without a function it returns a context manager.

    >>> assert_raises_regex(ValueError, "base 10", int, "seven")
    >>> assert_raises_regex(ValueError, "base 2", int, "seven")
    Traceback (most recent call last):
      ...
    AssertionError: "base 2" does not match "invalid literal for int() with base 10: 'seven'"
    """
    return _RaisesContext(exception_class, expected_regexp).handle("assertRaisesRegex", args, kwargs)


class _WarnsContext:
    """The context manager of assert_warns: records warnings of one class and lets others through."""

    def __init__(self, warning_class, name=None):
        self.warning_class = warning_class
        self.name = name

    def __enter__(self):
        if _warnings is None:
            raise RuntimeError("assert_warns needs the warnings module, which this Python does not have")
        self._catcher = _warnings.catch_warnings(record=True)
        self._log = self._catcher.__enter__()
        _warnings.simplefilter("always")
        return self._log

    def __exit__(self, exc_type, exc_value, tb):
        self._catcher.__exit__(exc_type, exc_value, tb)
        matched = [w for w in self._log if issubclass(w.category, self.warning_class)]
        for w in self._log:  # the others are issued again, under the caller's filters
            if not issubclass(w.category, self.warning_class):
                _warnings.warn_explicit(w.message, w.category, w.filename, w.lineno, source=w.source)
        self._log[:] = matched
        if exc_type is None and not matched:
            raise AssertionError("No warning raised" + (" when calling %s" % self.name if self.name else ""))
        return False


def assert_warns(warning_class, *args, **kwargs):
    """Assert that a function issues a warning of the given class; return the function's result.

    Rule: ``func(*args, **kwargs)`` must issue at least one warning of ``warning_class`` (or a
    subclass); those warnings are recorded and not shown, others are issued as usual.  With the
    class alone it returns a context manager whose value is the list of warnings recorded.

    >>> import warnings
    >>> assert_warns(UserWarning, warnings.warn, "careful")
    >>> assert_warns(RuntimeWarning, abs, -2)
    Traceback (most recent call last):
      ...
    AssertionError: No warning raised when calling abs
    """
    if not args and not kwargs:
        return _WarnsContext(warning_class)
    if not args:
        if "match" in kwargs:
            raise RuntimeError("assert_warns does not use 'match' kwarg, use pytest.warns instead")
        raise RuntimeError("assert_warns(...) needs at least one arg")
    function, args = args[0], args[1:]
    with _WarnsContext(warning_class, name=function.__name__):
        return function(*args, **kwargs)
