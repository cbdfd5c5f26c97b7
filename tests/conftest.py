"""Choose the array library the differential tests run against NumPy.

By default the library under test is tinynet.  ``pytest --array-lib=numpy`` (or TINYNET_TEST_LIB=numpy)
runs every differential test with NumPy on both sides: they must all pass that way, which checks the
tests themselves.  Tests of contracts that only tinynet has (for example TypeError for non-numeric data)
skip themselves in that mode.

Under CI (CI=true) the "ci" profile draws the same examples every run.
``pytest --hypothesis-profile=explore`` ignores the example database (so that a new search is not spent
replaying known failures); with TINYNET_EXAMPLES=1000 it searches ten times longer.
"""
import importlib
import os
import sys

import pytest
from hypothesis import settings

settings.register_profile("explore", database=None)
# CI draws the same examples on every run (derandomize), so a red run points at a change, not at luck;
# searching for new failures is what the default and "explore" profiles are for.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI") == "true":
    settings.load_profile("ci")

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def pytest_addoption(parser):
    parser.addoption("--array-lib", default=os.environ.get("TINYNET_TEST_LIB", "tinynet"),
                     help="array library the differential tests compare with NumPy (tinynet or numpy)")


@pytest.fixture(scope="session")
def tn(request):
    """The array library under test, imported by name."""
    return importlib.import_module(request.config.getoption("--array-lib"))


@pytest.fixture(scope="session")
def tinynet_only(tn):
    """Skip a test of a tinynet-only contract when the suite runs with NumPy on both sides."""
    if tn.__name__ == "numpy":
        pytest.skip("tinynet-only contract: NumPy behaves differently here on purpose")
    return tn
