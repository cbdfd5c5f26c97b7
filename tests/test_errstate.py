"""The floating-point error state (core/errors.py) against NumPy: seterr/geterr, errstate as a context
manager and a decorator, the six modes, seterrcall, the buffer size, and which operations report which
error with which message.
"""
import io
import warnings
from contextlib import redirect_stdout

import numpy
import pytest
from hypothesis import given, settings, strategies as st

CASES = [  # (expression, the errors NumPy reports)
    ("xp.array([1.0, -1.0]) / 0.0", None), ("xp.array([0.0]) / 0.0", None), ("xp.array([1e308]) * 10", None),
    ("xp.array([xp.inf]) - xp.inf", None), ("xp.array([0.0]) ** -1.0", None), ("xp.log(xp.array([0.0, -1.0]))", None),
    ("xp.sqrt(xp.array([-1.0]))", None), ("xp.exp(xp.array([1000.0]))", None),
    ("xp.array([3], dtype='int8') // 0", None), ("xp.array([1.0]) % 0.0", None),
    ("xp.arccos(xp.array([2.0]))", None), ("xp.array([1e38], dtype='float32') * xp.float32(10)", None),
    ("xp.array([1e-300]) * 1e-10", None), ("xp.exp(xp.array([-709.0]))", None),
    ("xp.array([300.0]).astype('int8')", None), ("xp.array([1.0, 2.0]) + 1.0", None),
]


def _messages(xp, expression, mode):
    caught = []
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        with xp.errstate(all=mode):
            try:
                eval(expression, {"xp": xp})
            except FloatingPointError as error:
                caught.append("raised: %s" % error)
    caught.extend(str(w.message) for w in record if issubclass(w.category, RuntimeWarning))
    return caught


@pytest.mark.parametrize("expression", [c[0] for c in CASES])
@pytest.mark.parametrize("mode", ["warn", "raise", "ignore"])
def test_errors_reported_as_numpy(tn, expression, mode):
    assert _messages(tn, expression, mode) == _messages(numpy, expression, mode)


def test_defaults_and_seterr_roundtrip(tn):
    assert tn.geterr() == numpy.geterr() == {"divide": "warn", "over": "warn", "under": "ignore",
                                              "invalid": "warn"}
    old = tn.seterr(all="ignore", divide="raise")
    try:
        assert tn.geterr() == {"divide": "raise", "over": "ignore", "under": "ignore", "invalid": "ignore"}
    finally:
        tn.seterr(**old)
    assert tn.geterr() == old
    with pytest.raises(ValueError, match="invalid error mode 'foo'"):
        tn.seterr(divide="foo")


def test_errstate_decorator_and_reentry(tn):
    @tn.errstate(divide="raise")
    def inverse(x):
        return 1.0 / x
    with pytest.raises(FloatingPointError, match="divide by zero encountered in divide"):
        inverse(tn.array([0.0]))
    assert tn.geterr()["divide"] == "warn"
    state = tn.errstate(all="ignore")
    with state:
        with pytest.raises(TypeError, match="Cannot enter `np.errstate` twice."):
            with state:
                pass


@pytest.mark.parametrize("xp_name", ["tinynet", "numpy"])
def test_call_print_and_log_modes(tn, xp_name):
    xp = tn if xp_name == "tinynet" else numpy
    calls = []
    old = xp.seterrcall(lambda words, flags: calls.append((words, flags)))
    try:
        with xp.errstate(divide="call", invalid="call"):
            xp.log(xp.array([0.0, -1.0]))
        assert calls == [("divide by zero", 9), ("invalid value", 9)]

        class Log:
            written = []

            def write(self, text):
                self.written.append(text)

        xp.seterrcall(Log())
        with xp.errstate(divide="log"):
            xp.array([1.0]) / 0.0
        assert Log.written == ["Warning: divide by zero encountered in divide\n"]
    finally:
        xp.seterrcall(old)
    with pytest.raises(TypeError, match="python object must be callable or have a callable write method"):
        xp.seterrcall(5)


def test_print_mode(tinynet_only):
    """'print' writes the message to stdout (NumPy writes it with C's printf, which Python cannot capture)."""
    tn = tinynet_only
    out = io.StringIO()
    with redirect_stdout(out):
        with tn.errstate(over="print"):
            tn.array([1e308]) * 10
    assert out.getvalue() == "Warning: overflow encountered in multiply\n"


@settings(max_examples=30, deadline=None)
@given(size=st.integers(-5, 2 * 10 ** 7))
def test_bufsize(tn, size):
    for xp in (tn, numpy):
        old = xp.getbufsize()
        try:
            try:
                xp.setbufsize(size)
                result = ("ok", xp.getbufsize())
            except ValueError as error:
                result = ("raised", str(error))
        finally:
            xp.setbufsize(old)
        if xp is tn:
            mine = result
    assert mine == result
