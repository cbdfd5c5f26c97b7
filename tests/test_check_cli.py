"""The checker: ``tinynet.oracle.check``, ``assert_ulp_close`` and ``python3 -m tinynet check``."""

import json
import math
import sys
import types

import pytest

import tinynet
from tinynet.cli import main
from tinynet.oracle import assert_ulp_close, check
from tinynet.oracle.checker import OPERATIONS, NotANamespace, worst_ulp


def fake_namespace(**functions):
    """Return a module-like namespace built on tinynet, with some functions replaced."""
    xp = types.SimpleNamespace(asarray=tinynet.asarray, reshape=tinynet.reshape, float32=tinynet.float32,
                               float64=tinynet.float64, __name__="fake", __version__="0")
    for name, function in functions.items():
        setattr(xp, name, function)
    return xp


def test_a_correctly_rounded_library_scores_zero():
    from tinynet import oracle

    def exp(x):
        return tinynet.asarray(oracle.exp(x).tolist(), dtype=x.dtype)
    report = check(fake_namespace(exp=exp), operations=["exp"], size=40)
    entry = report["operations"]["exp"]
    assert entry["float64"]["max_ulp"] == 0 and entry["float32"]["max_ulp"] == 0
    assert entry["special"] == [] and entry["dtype_shape"] == [] and entry["exceptions"] == []


def test_an_inaccurate_library_is_measured_and_its_faults_named():
    def exp(x):  # 1 + x + x**2/2 is no exp; it also returns float64 for float32 input and nan for -inf
        values = [1 + v + v * v / 2 for v in x.reshape(-1).tolist()]
        return tinynet.asarray(values, dtype="float64").reshape(x.shape)

    def log(x):
        raise RuntimeError("no log today")
    report = check(fake_namespace(exp=exp, log=log), operations=["exp", "log", "sin"], size=40)
    entry = report["operations"]["exp"]
    assert entry["float64"]["max_ulp"] > 1e6 and worst_ulp(report) > 1e6
    assert any("exp(-inf)" in text for text in entry["special"])
    assert any("result float64" in text and "expected float32" in text for text in entry["dtype_shape"])
    assert report["operations"]["log"]["exceptions"][0].startswith("log (float32): RuntimeError: no log today")
    assert report["operations"]["sin"]["status"] == "missing"


def test_not_a_namespace_and_unknown_operations():
    with pytest.raises(NotANamespace, match="it has no asarray, reshape, float32, float64"):
        check(math)
    with pytest.raises(ValueError, match="unknown operation frobnicate"):
        check(tinynet, operations=["frobnicate"])


def test_assert_ulp_close():
    assert_ulp_close(tinynet.exp(tinynet.asarray([0.5, -3.0])), "exp", [0.5, -3.0], max_ulp=1)
    assert_ulp_close(tinynet.asarray([math.nan, 0.0]), "log", [-1.0, 1.0], max_ulp=0)
    assert_ulp_close(6.0, "sum", [1.0, 2.0, 3.0], max_ulp=0)
    with pytest.raises(AssertionError, match="sum: 1 of 1 elements more than 0 ulp"):
        assert_ulp_close(0.0, "sum", [1e16, 1.0, -1e16], max_ulp=0)
    with pytest.raises(AssertionError, match="2 elements, the oracle gives 1"):
        assert_ulp_close([1.0, 2.0], "exp", [0.0])


def test_check_tinynet_has_every_operation():
    report = check(tinynet, size=8, dtypes=("float64",))
    missing = [name for name, entry in report["operations"].items() if entry["status"] == "missing"]
    # NumPy has no sigmoid or softmax family; the Array API name pow comes with the namespace work
    assert set(missing) <= {"sigmoid", "logsumexp", "softmax", "log_softmax", "pow"}
    assert report["operations"]["sqrt"]["float64"]["max_ulp"] == 0


def test_command_line_table_json_and_exit_codes(capsys):
    assert main(["check", "tinynet", "--op", "exp", "--op", "sum", "--size", "16"]) == 0
    out = capsys.readouterr().out
    assert "max ulp" in out and out.splitlines()[4].split()[0] == "exp"
    assert main(["check", "tinynet", "--op", "hypot", "--size", "8", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["operations"]["hypot"]["float64"]["max_ulp"] == 0
    assert main(["check", "tinynet", "--op", "cumulative_sum", "--size", "64", "--max-ulp", "0"]) in (0, 1)
    assert main(["check", "math"]) == 2
    assert capsys.readouterr().err.strip() == \
        "tinynet check: math is not an array namespace: it has no asarray, reshape, float32, float64"
    assert main(["check", "no_such_module_here"]) == 2
    assert "cannot import no_such_module_here" in capsys.readouterr().err


def test_max_ulp_exit_status(monkeypatch, capsys):
    def exp(x):
        return tinynet.asarray([v * 2 for v in tinynet.exp(x).reshape(-1).tolist()], dtype=x.dtype).reshape(x.shape)
    module = fake_namespace(exp=exp)
    monkeypatch.setitem(sys.modules, "fake_array_lib", module)
    assert main(["check", "fake_array_lib", "--op", "exp", "--size", "8", "--max-ulp", "4"]) == 1
    assert "exp" in capsys.readouterr().out


def test_every_operation_is_known():
    assert {"exp", "matmul", "softmax", "vecdot", "atan2"} <= set(OPERATIONS)
