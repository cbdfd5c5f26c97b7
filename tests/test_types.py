"""mypy checks the trainer and the command line clean (setup.cfg's [mypy] section names the files).

tinynet ships no py.typed, so it claims no types to its users; mypy runs here as a lint that catches
wrong calls and None slips inside the package.  The test skips where mypy is not installed (it is in the
test extra).
"""
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_mypy_is_clean_over_the_checked_packages():
    pytest.importorskip("mypy")
    result = subprocess.run([sys.executable, "-m", "mypy", "--no-incremental"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True,
                            timeout=600)
    assert result.returncode == 0, result.stdout
    assert "Success: no issues found" in result.stdout


def test_no_py_typed_is_shipped():
    """A py.typed marker would claim annotations that the package does not have."""
    assert not os.path.exists(os.path.join(ROOT, "tinynet", "py.typed"))
    with open(os.path.join(ROOT, "MANIFEST.in")) as f:
        assert "py.typed" not in f.read()
