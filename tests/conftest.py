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


# ---------------------------------------------------------------------------------------------------------
# NumPy 1 as the reference (Python 3.8, whose newest NumPy is 1.24)
# ---------------------------------------------------------------------------------------------------------

def _numpy_version():
    """The installed NumPy's version as a tuple of ints, or None without NumPy."""
    try:
        import numpy
    except ImportError:
        return None
    return tuple(int(part) for part in numpy.__version__.split(".")[:2] if part.isdigit())


NUMPY_1_REASON = (
    "NumPy %s is not a reference for tinynet, which follows NumPy 2 (NEP 50 promotion, NumPy 2's reprs and "
    "errors): differential tests run with NumPy 2 (Python 3.9+). On this interpreter tinynet is checked by "
    "its doctests, the tests that do not compare with NumPy, and the portable suite against NumPy 2's answers "
    "(tests/portable/fixtures)")


# Modules that use NumPy only where NumPy 1.24 and 2 agree (a second backend for the trainer, a reader of
# .npy files, a source of data), each run on Python 3.8 with NumPy 1.24: they run there.
VERSION_FREE_MODULES = ("test_benchmarks_smoke", "test_board_imports", "test_check_cli", "test_cli", "test_datasets",
                        "test_examples", "test_fuzz_cli", "test_fuzz_files", "test_linalg", "test_modelfile", "test_nn",
                        "test_nn_backends", "test_portable")

# Modules (or module::test) that compare with NumPy without the fixtures or helpers below, and what of
# NumPy 2 they read.
NUMPY_2_MODULES = {
    "test_dtypes_nd": "dtype names, specs, finfo and casts against NumPy 2's (float_ and cfloat are gone in 2)",
    "test_count_names": "counts NumPy 2's public names (numpy.strings is new in 2)",
    "test_name_coverage": "walks NumPy 2's public names, as tools/count_names.py counts them (float_ is gone in 2)",
    "test_index_math": "index plans and NumPy 2's error messages and their order",
    "test_generator": "Generator's draws, scalar types and messages against NumPy 2's (np.bool is new in 2, "
                      "Generator.spawn in 1.25)",
}


def compares_with_numpy(item):
    """Why a collected test compares tinynet with the installed NumPy, or None: it takes the ``tn`` or
    ``xp`` fixture (the library under test, checked against NumPy), its module uses the differential helpers
    of tests/strategies.py (agree_nd, assert_same_nd, nd_cases, ...), which build every reference with NumPy,
    it is in NUMPY_2_MODULES, or its module imports NumPy and is not one of VERSION_FREE_MODULES."""
    if {"tn", "xp", "tinynet_only"} & set(getattr(item, "fixturenames", ())):
        return "a differential test"
    module = getattr(item, "module", None)
    if module is None:
        return None
    name = module.__name__.rpartition(".")[2]
    test = "%s::%s" % (name, getattr(item, "originalname", item.name))
    if name in NUMPY_2_MODULES or test in NUMPY_2_MODULES:
        return NUMPY_2_MODULES.get(name) or NUMPY_2_MODULES[test]
    if any(getattr(value, "__module__", None) == "strategies" for value in vars(module).values()):
        return "built on tests/strategies.py's comparisons with NumPy"
    if name.startswith("test_") and name not in VERSION_FREE_MODULES and any(
            getattr(value, "__name__", "").partition(".")[0] == "numpy" for value in vars(module).values()):
        return "compares with NumPy"
    return None


def pytest_collection_modifyitems(config, items):
    version = _numpy_version()
    if version is None or version >= (2, 0):
        return
    reason = NUMPY_1_REASON % ".".join(map(str, version))
    for item in items:
        why = compares_with_numpy(item)
        if why:
            item.add_marker(pytest.mark.skip(reason="%s: %s" % (why, reason)))
