"""Every public name tinynet counts (tools/count_names.py) is documented by example and tested against NumPy.

The two rules, checked for each present name of ``numpy``, ``numpy.random`` and ``numpy.linalg``:

(a) **A doctest, collected by the suite.**  What counts as the name's docstring:

- a function, ufunc or class: its own ``__doc__``; an alias (``np.single is np.float32``,
  ``np.amax is np.max``) is the same object, so the shared docstring counts for both;
- a module (``np.linalg``, ``np.lib``): its module docstring;
- an instance of a tinynet class that is used through its methods (``np.r_``, ``np.s_``, ``np.mgrid``,
  ``np.True_``): its class's docstring;
- a module function of ``np.random`` that hands its arguments to the global ``RandomState``
  (``np.random.normal`` calls ``RandomState.normal`` of the global generator): the method's docstring, whose
  doctests call the module function;
- a plain constant, a value of a built-in type that carries no docstring of its own (``np.pi``, ``np.e``,
  ``np.inf``, ``np.nan``, ``np.newaxis``, ``np.euler_gamma``, ``np.little_endian``, ``np.typecodes``,
  ``np.sctypeDict``, ``np.ScalarType``): some doctest example uses it as ``np.NAME`` (or
  ``tinynet.NAME``), so its value is shown and checked.

That docstring must contain ``>>>``, and it must be one that pytest's ``--doctest-modules`` collects from the
files under tinynet/ (doctest reads a module's functions and classes whose ``__module__`` is that module,
their methods, and the module's ``__test__`` table): a docstring that no module hands to doctest never runs.

(b) **A differential test.**  A differential test file is a tests/test_*.py file, other than this one and
tests/test_count_names.py, that imports NumPy or the helpers of tests/strategies.py (which build every
expected value with NumPy).  A name is referenced by such a file when its source has ``.NAME`` as an
attribute (``xp.amax(``, ``np.random.shuffle``, ``tn.r_[``) or the string ``"NAME"`` / ``'NAME'`` (a name
in a parametrized list, looked up with ``getattr``).  Names of one or two letters (``e``) count only as
attributes, since a two-letter string is usually something else (a dtype code, a mode).
"""
import doctest
import importlib
import importlib.util
import os
import re
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TESTS = os.path.join(ROOT, "tests")
PACKAGE = os.path.join(ROOT, "tinynet")
NOT_DIFFERENTIAL = ("test_name_coverage.py", "test_count_names.py")

pytest.importorskip("numpy")


def _count_names():
    spec = importlib.util.spec_from_file_location("count_names", os.path.join(ROOT, "tools", "count_names.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _present_names():
    """[(namespace, name, object)] for every name count_names.py counts as present."""
    import tinynet

    script = _count_names()
    found = []
    for namespace in script.NAMESPACES:
        module = script._module_named(tinynet, namespace)
        for name in script.count(namespace)[1]:
            found.append((namespace, name, getattr(module, name)))
    return found


PLAIN_TYPES = (int, float, complex, bool, str, type(None), tuple, list, dict)


def _is_constant(obj):
    return type(obj) in PLAIN_TYPES


def _module_names():
    """The dotted names of the modules under tinynet/, as pytest's doctest collection imports them."""
    names = []
    for folder, _, files in os.walk(PACKAGE):
        for file in files:
            if file.endswith(".py") and file != "__main__.py":  # pytest collects no doctests from __main__.py
                path = os.path.relpath(os.path.join(folder, file), ROOT)[:-3].split(os.sep)
                if path[-1] == "__init__":
                    path.pop()
                names.append(".".join(path))
    return sorted(names)


def _collected_doctests():
    """Every doctest --doctest-modules collects from tinynet/: [(docstring, [example sources])]."""
    finder = doctest.DocTestFinder()
    tests = []
    for name in _module_names():
        module = importlib.import_module(name)
        for test in finder.find(module, name):
            if test.examples:
                tests.append((test.docstring or "", [example.source for example in test.examples]))
    return tests


def _docstring_owner(namespace, obj):
    """The object whose docstring documents obj (see rule (a)); None for a plain constant."""
    if _is_constant(obj):
        return None
    if namespace == "numpy.random" and callable(obj) and not isinstance(obj, type):
        from tinynet.random.legacy import RandomState

        module = getattr(obj, "__module__", "")
        method = getattr(RandomState, getattr(obj, "__name__", ""), None)
        if module == "tinynet.random.legacy" and method is not None:
            return method
    if isinstance(obj, type) or callable(obj) or type(obj).__name__ == "module":
        return obj
    return type(obj)


def _docstring_gaps():
    collected = _collected_doctests()
    docstrings = {doc for doc, _ in collected}
    sources = "".join(source for _, examples in collected for source in examples)
    gaps = []
    for namespace, name, obj in _present_names():
        label = "%s.%s" % (namespace, name)
        owner = _docstring_owner(namespace, obj)
        if owner is None:
            if not re.search(r"\b(np|tinynet)\.%s\b" % re.escape(name), sources):
                gaps.append("%s (constant: no doctest example uses np.%s)" % (label, name))
            continue
        doc = getattr(owner, "__doc__", None) or ""
        if ">>>" not in doc:
            gaps.append("%s (no >>> in the docstring of %r)" % (label, owner))
        elif doc not in docstrings:
            gaps.append("%s (the doctest of %r is not collected by --doctest-modules)" % (label, owner))
    return gaps


def test_every_present_name_has_a_collected_doctest():
    gaps = _docstring_gaps()
    assert not gaps, "%d names without a doctest that the suite runs:\n  %s" % (len(gaps), "\n  ".join(gaps))


def _differential_sources():
    sources = []
    for file in sorted(os.listdir(TESTS)):
        if not (file.startswith("test_") and file.endswith(".py")) or file in NOT_DIFFERENTIAL:
            continue
        with open(os.path.join(TESTS, file)) as fh:
            text = fh.read()
        if re.search(r"^\s*(import numpy|from numpy\b|from strategies import|import strategies)", text, re.M):
            sources.append(text)
    return "\n".join(sources)


def _is_referenced(name, text):
    if re.search(r"\.%s\b" % re.escape(name), text):
        return True
    return len(name) > 2 and re.search(r"""["']%s["']""" % re.escape(name), text) is not None


def test_every_present_name_is_in_a_differential_test():
    text = _differential_sources()
    untested = ["%s.%s" % (namespace, name) for namespace, name, _ in _present_names()
                if not _is_referenced(name, text)]
    assert not untested, ("%d names no differential test file references (as .NAME or \"NAME\"):\n  %s"
                          % (len(untested), "\n  ".join(untested)))


def test_the_rules_catch_a_gap():
    """The checks can fail: an undocumented function and an unreferenced name are caught."""

    def undocumented(x):
        return x

    assert _docstring_owner("numpy", undocumented) is undocumented and ">>>" not in (undocumented.__doc__ or "")
    assert _docstring_owner("numpy", 3.0) is None
    assert not _is_referenced("no_such_name", "xp.no_such_nam(a); 'no_such_name_2'")
    assert _is_referenced("amax", "xp.amax(a)") and _is_referenced("concat", "@parametrize('n', ['concat'])")
    assert not _is_referenced("e", "dtype='e'") and _is_referenced("e", "np.e + 1")
