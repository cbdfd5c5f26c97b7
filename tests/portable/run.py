"""Run the portable test suite on any Python: CPython, PyPy, Pyodide or MicroPython.

A portable test is a plain function named ``test_*`` that uses plain ``assert`` statements, in a
module ``tests/portable/test_*.py``. This runner needs neither pytest nor unittest (MicroPython has
neither, nor importlib nor traceback)::

    python3 tests/portable/run.py                   # every test
    python3 tests/portable/run.py printing seed     # tests whose module.function name contains a word
    python3 tests/portable/run.py -v                # also list every test with its time
    node tools/mpy_run.mjs --with examples tests/portable/run.py

It prints one line for each failure followed by its traceback, then ``N passed, N failed`` (and
``, N skipped`` when a test raised ``SkipTest``, saying why it cannot apply on this runtime), and
exits with status 1 when any test failed or when no test ran.
"""
import os
import sys


def _parent(path):
    cut = max(path.rfind("/"), path.rfind("\\"))
    if cut < 0:
        return "."
    if cut == 0:
        return path[:1]
    return path[:cut]


HERE = _parent(__file__)
PROJECT_ROOT = _parent(_parent(HERE))


def _milliseconds():
    """Return a clock reading in milliseconds (MicroPython has no time.perf_counter)."""
    import time
    if hasattr(time, "ticks_ms"):
        return time.ticks_ms()
    return time.perf_counter() * 1000.0


def _print_traceback(error):
    """Print an exception's traceback to stdout on any runtime."""
    if hasattr(sys, "print_exception"):
        sys.print_exception(error, sys.stdout)
        return
    import traceback
    traceback.print_exception(type(error), error, error.__traceback__, file=sys.stdout)


def _first_line(error):
    """Return the first line of an exception's message (the traceback that follows has it all)."""
    return str(error).split("\n")[0]


def runtime_name():
    """Return the runtime's name and version, for example 'micropython 1.27.0'."""
    implementation = sys.implementation
    version = ".".join([str(part) for part in implementation.version[:3]])
    name = implementation.name
    if sys.platform == "emscripten" and name == "cpython":
        name = "pyodide (cpython)"
    return "%s %s" % (name, version)


def find_modules(folder):
    """Return the names of the test modules in a folder, sorted."""
    names = [name[:-3] for name in os.listdir(folder)
             if name.startswith("test_") and name.endswith(".py")]
    names.sort()
    return names


def find_tests(module):
    """Return (name, function) for each test function of a module, sorted by name."""
    tests = []
    # The module's __dict__, not dir(): MicroPython's dir() lists only names that are interned
    # strings, so it misses functions added under computed names.
    names = list(module.__dict__) if hasattr(module, "__dict__") else dir(module)
    for name in sorted(names):
        if name.startswith("test_"):
            function = getattr(module, name)
            if callable(function):
                tests.append((name, function))
    return tests


def _selected(full_name, words):
    if not words:
        return True
    for word in words:
        if word in full_name:
            return True
    return False


def run(words=(), verbose=False, folder=HERE):
    """Run the selected tests; print failures and the closing count; return the number failed."""
    for entry in (PROJECT_ROOT, folder):
        if entry not in sys.path:
            sys.path.insert(0, entry)
    print("portable suite on %s" % runtime_name())
    passed = 0
    failed = 0
    skipped = 0
    for module_name in find_modules(folder):
        try:
            module = __import__(module_name)
        except Exception as error:
            failed += 1
            print("FAILED %s (import): %s: %s" % (module_name, type(error).__name__, _first_line(error)))
            _print_traceback(error)
            continue
        for test_name, function in find_tests(module):
            full_name = "%s.%s" % (module_name, test_name)
            if not _selected(full_name, words):
                continue
            started = _milliseconds()
            try:
                function()
            except KeyboardInterrupt:
                raise
            except BaseException as error:
                if type(error).__name__ == "SkipTest":
                    skipped += 1
                    print("skipped %s: %s" % (full_name, _first_line(error)))
                    continue
                failed += 1
                print("FAILED %s: %s: %s" % (full_name, type(error).__name__, _first_line(error)))
                _print_traceback(error)
                continue
            passed += 1
            if verbose:
                print("ok %s (%d ms)" % (full_name, _milliseconds() - started))
    if skipped:
        print("%d passed, %d failed, %d skipped" % (passed, failed, skipped))
    else:
        print("%d passed, %d failed" % (passed, failed))
    return failed if passed + failed else 1


def main(argv):
    """Run the suite with command-line words; return the exit status."""
    verbose = "-v" in argv
    words = [word for word in argv if not word.startswith("-")]
    return 1 if run(words, verbose) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
