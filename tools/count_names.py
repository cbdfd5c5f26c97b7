"""Count how many of NumPy's public names tinynet has.

The figure the README quotes comes from here::

    python3 tools/count_names.py             # the figure per namespace and overall
    python3 tools/count_names.py --missing   # and the names still missing, per namespace
    python3 tools/count_names.py --readme    # only the line for README.md
    python3 tools/count_names.py --write-readme   # put that line in README.md (replacing the old one)

The rule.  The public names of a namespace are ``dir(namespace)`` without the names that start with an
underscore, for ``numpy``, ``numpy.random`` and ``numpy.linalg`` of the NumPy installed here.  From those,
OUT_OF_SCOPE below removes what issue 10 leaves out (non-numeric dtypes, masked arrays, ``np.matrix``,
``memmap``, build information, ``longdouble``) and the submodules that serve only those,
each with its reason.  Nothing numeric is removed: ``fft``, ``polynomial``, ``emath``, ``lib``, ``dtypes``
and ``exceptions`` are submodules of numeric code, so each counts as one name of the main namespace, and
counts as present only when tinynet has that submodule (their contents are not counted one by one; the
issue counts the main namespace, ``numpy.random`` and ``numpy.linalg``).

A name counts as present when ``getattr`` finds it in the matching tinynet namespace (lazy names load on
that look-up) and it is not a stub: a function whose own source raises ``NotImplementedError`` counts as
missing, as the issue says.  Whether each present name behaves as NumPy's does is for its differential
test to show, not for this count.
"""
import argparse
import inspect
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

import numpy  # noqa: E402

import tinynet  # noqa: E402

NAMESPACES = ("numpy", "numpy.random", "numpy.linalg")

# Each excluded name, with the reason it is out of scope (issue 10, "Out of scope").
_STRING_DTYPES = "string, bytes, structured and void dtypes are out of scope"
_DATETIME = "datetime dtypes are out of scope"
_OBJECT = "the object dtype is out of scope"
_BUILD = "build and runtime information is out of scope"
_LONGDOUBLE = "longdouble and its relatives are out of scope"

OUT_OF_SCOPE = {
    "numpy": {
        # string, bytes, structured, record and void dtypes, and what works only on them
        "str_": _STRING_DTYPES,
        "bytes_": _STRING_DTYPES,
        "void": _STRING_DTYPES,
        "character": "abstract scalar type of the string and bytes dtypes (out of scope)",
        "flexible": "abstract scalar type of the string, bytes and void dtypes (out of scope)",
        "record": "scalar of structured (record) arrays; structured dtypes are out of scope",
        "recarray": "array of structured records; structured dtypes are out of scope",
        "rec": "submodule for record arrays; structured dtypes are out of scope",
        "char": "submodule of string operations on string arrays; string dtypes are out of scope",
        "strings": "submodule of string ufuncs for string dtypes, out of scope",
        "fromregex": "reads text into a structured array (its dtype must be structured), out of scope",
        # object dtype
        "object_": _OBJECT,
        "frompyfunc": "its ufunc always returns object arrays (NumPy documents this); the object dtype is "
                      "out of scope (vectorize covers typed results)",
        # datetime and timedelta dtypes and the business-day functions built on them
        "datetime64": _DATETIME,
        "timedelta64": _DATETIME,
        "datetime_as_string": _DATETIME,
        "datetime_data": _DATETIME,
        "isnat": "tests datetime64/timedelta64 values for NaT; datetime dtypes are out of scope",
        "busdaycalendar": "business-day calendar for datetime64 dates; datetime dtypes are out of scope",
        "busday_count": "counts business days between datetime64 dates; out of scope",
        "busday_offset": "moves datetime64 dates by business days; out of scope",
        "is_busday": "tests datetime64 dates for business days; out of scope",
        # masked arrays, np.matrix, memmap
        "ma": "masked arrays are out of scope",
        "matrix": "np.matrix is out of scope",
        "asmatrix": "builds an np.matrix, out of scope",
        "bmat": "builds an np.matrix from blocks, out of scope",
        "memmap": "memory-mapped arrays are out of scope",
        # build and runtime information, help utilities, C and Fortran interop
        "show_config": _BUILD,
        "show_runtime": _BUILD,
        "get_include": "path of NumPy's C headers, for building C extensions (build information)",
        "test": "runs NumPy's own test suite (build and runtime information)",
        "info": "prints an object's documentation: a help utility, not array code",
        "f2py": "Fortran-to-Python interface generator, a build tool",
        "ctypeslib": "C interop through ctypes pointers to raw memory; tinynet arrays are Python lists",
        "typing": "static type annotations (NDArray, ArrayLike) with no runtime behaviour",
        "core": "deprecated alias of NumPy's private numpy._core package (looking inside it warns)",
        # long double
        "longdouble": _LONGDOUBLE,
        "clongdouble": _LONGDOUBLE,
        "float128": _LONGDOUBLE,
        "complex256": _LONGDOUBLE,
    },
    "numpy.random": {
        "test": "runs NumPy's own test suite (build and runtime information)",
    },
    "numpy.linalg": {
        "test": "runs NumPy's own test suite (build and runtime information)",
    },
}


def public_names(module):
    """Return the sorted names of ``dir(module)`` that do not start with an underscore."""
    return sorted(name for name in dir(module) if not name.startswith("_"))


def _module_named(root, dotted):
    module = root
    for part in dotted.split(".")[1:]:
        module = getattr(module, part)
    return module


def is_stub(obj):
    """Tell whether ``obj`` is a function whose own source raises NotImplementedError."""
    if not (inspect.isfunction(obj) or inspect.ismethod(obj)):
        return False
    try:
        source = inspect.getsource(obj)
    except (OSError, TypeError):
        return False
    return "NotImplementedError" in source


def lookup(namespace, name):
    """Return (present, why_not) for ``name`` in the tinynet namespace matching ``namespace``."""
    try:
        module = _module_named(tinynet, namespace)
    except AttributeError:
        return False, "tinynet has no %s" % namespace.replace("numpy", "tinynet")
    try:
        obj = getattr(module, name)
    except AttributeError:
        return False, "absent"
    if is_stub(obj):
        return False, "stub (raises NotImplementedError)"
    return True, ""


def count(namespace):
    """Return (in_scope, present, missing) name lists for one NumPy namespace."""
    excluded = OUT_OF_SCOPE.get(namespace, {})
    in_scope = [n for n in public_names(_module_named(numpy, namespace)) if n not in excluded]
    present, missing = [], []
    for name in in_scope:
        ok, why = lookup(namespace, name)
        if ok:
            present.append(name)
        else:
            missing.append((name, why))
    return in_scope, present, missing


def percent(have, total):
    return 100.0 * have / total if total else 100.0


def readme_line(results):
    """The README line: the overall figure, then each namespace's."""
    have = sum(len(r[1]) for r in results.values())
    total = sum(len(r[0]) for r in results.values())
    parts = ["%s %d of %d" % ("main namespace" if ns == "numpy" else "`%s`" % ns, len(r[1]), len(r[0]))
             for ns, r in results.items()]
    return (README_PREFIX + "%d of the %d public names of NumPy %s in scope (%.1f%%; %s), counted by "
            "`python3 tools/count_names.py` (`--missing` lists the rest)."
            % (have, total, numpy.__version__, percent(have, total), ", ".join(parts)))


README_PREFIX = "- Names: tinynet has "


def write_readme(path, line):
    """Replace the README's line that starts with README_PREFIX by ``line``; return whether it changed."""
    with open(path) as fh:
        lines = fh.read().split("\n")
    found = [i for i, text in enumerate(lines) if text.startswith(README_PREFIX)]
    if len(found) != 1:
        raise SystemExit("%s: expected one line starting %r, found %d" % (path, README_PREFIX, len(found)))
    changed = lines[found[0]] != line
    lines[found[0]] = line
    with open(path, "w") as fh:
        fh.write("\n".join(lines))
    return changed


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--missing", action="store_true", help="list the missing names per namespace")
    parser.add_argument("--readme", action="store_true", help="print only the README line")
    parser.add_argument("--write-readme", nargs="?", const=os.path.join(os.path.dirname(HERE), "README.md"),
                        metavar="PATH", help="replace the figure's line in README.md (or PATH)")
    args = parser.parse_args(argv)
    results = {ns: count(ns) for ns in NAMESPACES}
    if args.write_readme:
        changed = write_readme(args.write_readme, readme_line(results))
        print("%s %s" % ("updated" if changed else "already up to date:", args.write_readme))
        return 0
    if args.readme:
        print(readme_line(results))
        return 0
    print("NumPy %s public names in scope that tinynet has (not stubs)" % numpy.__version__)
    print("%-14s %6s %6s %8s" % ("namespace", "have", "total", "percent"))
    for ns, (in_scope, present, _) in results.items():
        print("%-14s %6d %6d %7.1f%%" % (ns, len(present), len(in_scope), percent(len(present), len(in_scope))))
    have = sum(len(r[1]) for r in results.values())
    total = sum(len(r[0]) for r in results.values())
    print("%-14s %6d %6d %7.1f%%" % ("overall", have, total, percent(have, total)))
    excluded = sum(len(OUT_OF_SCOPE.get(ns, {})) for ns in NAMESPACES)
    print("(%d names out of scope are not counted; see OUT_OF_SCOPE in tools/count_names.py)" % excluded)
    if args.missing:
        for ns, (_, _, missing) in results.items():
            print()
            print("missing from %s (%d):" % (ns, len(missing)))
            for name, why in missing:
                print("  %s%s" % (name, "" if why == "absent" else "  (%s)" % why))
    print()
    print(readme_line(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
