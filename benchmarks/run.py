"""Benchmark tinynet against NumPy, the plain-Python floor, a hand-fused loop and micrograd.

    python3 benchmarks/run.py            # the full run, about ten minutes: prints the tables and writes
                                         # benchmarks/results.md and benchmarks/results.svg
    python3 benchmarks/run.py --quick    # a smoke run of a few seconds: every row, tiny sizes, no files
    python3 benchmarks/run.py --groups 'seed,matmul 2'   # just those row groups, full size, no files

Every figure is measured in this one run: the sides of a comparison are timed in turn, repeat after
repeat, and a ratio is the median of the per-repeat ratios (tinynet's time divided by the other's, so
below 1 means tinynet is faster).  NumPy's BLAS runs on one thread, as tinynet does.  NumPy, micrograd
and PyPy are optional: a row whose comparison is missing says so.  Under PyPy (found as ``pypy3`` on the
PATH) the pure-Python sides run again in a subprocess and the speed-up over CPython is reported.  Peak
memory comes from ``tracemalloc``.
"""

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile

# NumPy's BLAS would spread a large product over every core (and fight other jobs for them on a shared
# machine); tinynet computes on one core, so NumPy gets one too.  Set before NumPy is first imported.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
for path in (HERE, ROOT):
    if path not in sys.path:
        sys.path.insert(0, path)

import cases  # noqa: E402
import chart  # noqa: E402
from timing import compare, median, ratio  # noqa: E402


class Settings:
    """How long to measure: the full run, or a quick smoke run that still prints every row."""

    def __init__(self, quick):
        self.quick = quick
        self.repeats = 2 if quick else 7
        self.min_time = 0.002 if quick else 0.2
        self.seed_iterations = 50 if quick else 1000
        self.matmul_sizes = cases.QUICK_MATMUL_SIZES if quick else cases.MATMUL_SIZES
        self.elementwise_n = 20 if quick else 100
        self.epochs = 3 if quick else 100
        self.samples = 10 if quick else cases.N_SAMPLES
        self.micrograd_steps = 1 if quick else 2
        self.import_repeats = 2 if quick else 9
        self.nd_shape = cases.QUICK_ND_SHAPE if quick else cases.ND_SHAPE
        self.batched = (2, 8) if quick else (8, 32)  # (batch, n): batch products of n x n
        self.einsum_n = 8 if quick else 32
        self.einsum_batched = (2, 4) if quick else (8, 16)
        self.float32_n = 100 if quick else 10 ** 4
        self.column_n = 20 if quick else 200
        self.sort_n = 1000 if quick else 10 ** 5
        self.binomial_draws = 100 if quick else 10 ** 5
        self.pad_n = 20 if quick else 200
        self.print_n = 10 if quick else 100
        self.svd_n = 8 if quick else 64
        self.fft_n = 16 if quick else 1024
        self.model_n = 20 if quick else 300  # load a 2-n-n-1 model file


# ---------------------------------------------------------------------------------------------------------
# measuring the row groups


def row_groups(settings, pure):
    """Return [(group, {side: case}, min_time)] for every row group, in the order they are measured.

    pure=True keeps only the sides that need no NumPy or micrograd (the ones PyPy runs).
    """
    t = settings.min_time
    groups = [("seed", cases.seed_cases(settings.seed_iterations, pure), t)]
    for n in settings.matmul_sizes:
        groups.append(("matmul %d" % n, cases.matmul_cases(n, pure), t))
    n = settings.elementwise_n
    groups.append(("sigmoid", cases.sigmoid_cases(n, pure), t))
    groups.append(("stable sigmoid", cases.stable_sigmoid_cases(n, pure), t))
    groups.append(("add", cases.add_cases(n, pure), t))
    shape = settings.nd_shape
    groups.append(("broadcast add", cases.broadcast_add_cases(shape, pure), t))
    groups.append(("broadcast mul", cases.broadcast_mul_cases(shape, pure), t))
    groups.append(("nd multiply", cases.nd_multiply_cases(shape, pure), t))
    groups.append(("nd sum last", cases.nd_sum_last_cases(shape, pure), t))
    groups.append(("nd sum first", cases.nd_sum_first_cases(shape, pure), t))
    batch, size = settings.batched
    groups.append(("batched matmul", cases.batched_matmul_cases(batch, size, pure), t))
    size = settings.einsum_n
    groups.append(("einsum ij", cases.einsum_cases("ij,jk->ik", [(size, size)] * 2, pure), t))
    batch, size = settings.einsum_batched
    groups.append(("einsum bij", cases.einsum_cases("bij,bjk->bik", [(batch, size, size)] * 2, pure), t))
    groups.append(("float32", cases.float32_cases(settings.float32_n, pure), t))
    groups.append(("column set", cases.column_set_cases(settings.column_n, pure), t))
    groups.append(("column add", cases.column_add_cases(settings.column_n, pure), t))
    groups.append(("sort", cases.sort_cases(settings.sort_n, pure), t))
    groups.append(("percentile", cases.percentile_cases(settings.sort_n, pure), t))
    groups.append(("binomial", cases.binomial_cases(settings.binomial_draws, pure), t))
    groups.append(("unique", cases.unique_cases(settings.sort_n, pure), t))
    groups.append(("pad", cases.pad_cases(settings.pad_n, pure), t))
    groups.append(("print", cases.print_cases(settings.print_n, pure), t))
    groups.append(("svd", cases.svd_cases(settings.svd_n, pure), t))
    groups.append(("fft", cases.fft_cases(settings.fft_n, pure), t))
    groups.append(("load model", cases.load_model_cases(settings.model_n, pure), t))
    train = cases.train_cases(settings.epochs, pure, settings.micrograd_steps, settings.samples)
    groups.append(("train", train, 0.0))
    return groups


def measure_all(settings, pure, only=None, wanted=None):
    """Return {group: {side: [seconds per call, one per repeat]}}; only=(group, side) measures just that,
    wanted=[group, ...] just those groups."""
    measured = {}
    for group, sides, min_time in row_groups(settings, pure):
        if wanted is not None and group not in wanted:
            continue
        if only is not None:
            if group != only[0]:
                continue
            sides = {only[1]: sides[only[1]]}
        measured[group] = compare(sides, settings.repeats, min_time)
    return measured


def import_times(repeats):
    """Return {module: [seconds]}: `import module` timed inside fresh interpreters, taking turns.

    Both modules import from cached bytecode, as they do for a user after the first import: the
    interpreters may write it (even where PYTHONDONTWRITEBYTECODE is set) into a temporary
    PYTHONPYCACHEPREFIX, and one untimed import of each fills that cache first.
    """
    modules = ["tinynet"] + (["numpy"] if cases.have("numpy") else [])
    program = "import time; t = time.perf_counter(); import %s; print(time.perf_counter() - t)"
    times = dict((m, []) for m in modules)
    environment = dict(os.environ)
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as cache:
        environment["PYTHONPYCACHEPREFIX"] = cache
        for turn in range(repeats + 1):
            for m in modules:
                out = subprocess.run([sys.executable, "-c", program % m], cwd=ROOT, check=True, env=environment,
                                     capture_output=True, text=True).stdout
                if turn > 0:
                    times[m].append(float(out.split()[-1]))
    return times


def peak_memory(settings):
    """Return {run: {side: peak bytes}} for the seed program and the moons training."""
    peaks = {"seed": {}, "train": {}}
    seed = cases.seed_cases(settings.seed_iterations, pure=False)
    train = cases.train_cases(settings.epochs, False, settings.micrograd_steps, settings.samples)
    for side in ("tinynet", "numpy"):
        if side in seed:
            peaks["seed"][side] = _peak(lambda: seed[side]())
        if side in train:
            run = train[side].prepare()
            peaks["train"][side] = _peak(run)
    return peaks


def _peak(function):
    import tracemalloc

    tracemalloc.start()
    try:
        if hasattr(tracemalloc, "reset_peak"):  # Python 3.9+; on 3.8 the start above has no peak yet either
            tracemalloc.reset_peak()
        function()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def pypy_groups(settings):
    """Run the pure sides under pypy3; return (version, groups) or (reason it did not run, None).

    In the full run each side of each group gets a fresh PyPy process: its JIT specialises the loops
    it compiles to the types it saw first (the floor's zip(*B) yields tuples, tinynet's columns are
    lists), so sides measured in one process slow each other down.  The quick run uses one process.
    """
    pypy = shutil.which("pypy3")
    if pypy is None:
        return "pypy3 not found (apt-get install -y pypy3)", None
    command = [pypy, os.path.join(HERE, "run.py"), "--pure-json"] + (["--quick"] if settings.quick else [])
    if settings.quick:
        runs = [command]
    else:
        runs = [command + ["--only", group, side]
                for group, sides, _ in row_groups(settings, pure=True) for side in sorted(sides)]
    version, groups = None, {}
    for run in runs:
        done = subprocess.run(run, cwd=ROOT, capture_output=True, text=True)
        if done.returncode != 0:
            return "pypy3 failed: %s" % done.stderr.strip().splitlines()[-1:], None
        result = json.loads(done.stdout.strip().splitlines()[-1])
        version = result["version"]
        for group, sides in result["groups"].items():
            groups.setdefault(group, {}).update(sides)
    return version, groups


# ---------------------------------------------------------------------------------------------------------
# the tables


def format_time(seconds):
    """Return a duration with a unit that keeps three significant digits: 2.5 µs, 31.4 ms, 1.20 s."""
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("µs", 1e-6)):
        if seconds >= scale:
            break
    else:
        unit, scale = "ns", 1e-9
    value = seconds / scale
    digits = 2 if value < 10 else 1 if value < 100 else 0
    return "%.*f %s" % (digits, value, unit)


def format_ratio(x):
    if x >= 10:
        return "%.0fx" % x
    if x >= 0.1:
        return "%.2fx" % x
    return "%.4fx" % x


def format_bytes(n):
    if n >= 1 << 20:
        return "%.1f MB" % (n / float(1 << 20))
    return "%.0f KB" % (n / 1024.0)


class Row:
    """One line of the main table: tinynet's time against one other side's, with the target if any."""

    def __init__(self, case, group, other, label, target=None, scale=1.0, note=""):
        self.case, self.group, self.other, self.label = case, group, other, label
        self.target, self.scale, self.note = target, scale, note
        self.ratio = None
        self.times = None

    def fill(self, groups):
        times = groups.get(self.group, {})
        if "tinynet" in times and self.other in times:
            self.times = times
            self.ratio = ratio(times, "tinynet", self.other) / self.scale

    def cells(self):
        tinynet = format_time(median(self.times["tinynet"])) if self.times else "-"
        if self.ratio is None:
            return [self.case, tinynet, self.label, "not installed", "-", self._target_text(), "-"]
        other = format_time(median(self.times[self.other]) * self.scale)
        met = "-" if self.target is None else ("yes" if self.ratio <= self.target else "no")
        return [self.case, tinynet, self.label, other, format_ratio(self.ratio), self._target_text(), met]

    def _target_text(self):
        if self.target is None:
            return ""
        if self.target < 0.1:
            return "<= %s (%.0fx faster)" % (format_ratio(self.target), 1 / self.target)
        return "<= %s" % format_ratio(self.target)


def main_rows(settings):
    iterations, n, epochs = settings.seed_iterations, settings.elementwise_n, settings.epochs
    rows = [Row("seed program, %d iterations" % iterations, "seed", "numpy", "NumPy", 1.0)]
    for size in settings.matmul_sizes:
        target = 2.0 if size <= 8 else 1.15 if size >= 32 else None
        case = "matmul %dx%d" % (size, size)
        group = "matmul %d" % size
        rows.append(Row(case, group, "floor", "floor (issue's one-liner)", target))
        rows.append(Row(case, group, "floor_transposed", "floor, B transposed once"))
        rows.append(Row(case, group, "numpy", "NumPy"))
    shape = "%dx%d" % (n, n)
    rows.append(Row("sigmoid 1/(1+exp(-z)) %s" % shape, "sigmoid", "floor", "list comprehension", 1.3))
    rows.append(Row("sigmoid 1/(1+exp(-z)) %s" % shape, "sigmoid", "numpy", "NumPy"))
    rows.append(Row("trainer's stable sigmoid %s" % shape, "stable sigmoid", "floor", "list comprehension", 1.3))
    rows.append(Row("add %s" % shape, "add", "floor", "list comprehension", 1.3))
    rows.append(Row("add %s" % shape, "add", "numpy", "NumPy"))
    rows.extend(nd_rows(settings))
    train = "train [2, 16, 16, 1], %d steps, %d moons" % (epochs, settings.samples)
    rows.append(Row(train, "train", "fused", "hand-fused loop", 1.3))
    rows.append(Row(train, "train", "numpy", "NumPy backend"))
    scale = epochs / float(settings.micrograd_steps)
    rows.append(Row(train, "train", "micrograd", "micrograd MLP (%d steps, scaled)" % settings.micrograd_steps,
                    1 / 300.0, scale))
    rows.append(Row("import tinynet", "import", "numpy", "import numpy", 0.25))
    return rows


def _shape_text(shape):
    return "(%s)" % ", ".join(str(n) for n in shape) if len(shape) != 1 else "(%d,)" % shape[0]


def nd_rows(settings):
    """The rows for N-d arrays, views, einsum and float32."""
    shape = settings.nd_shape
    nested = "nested comprehension"
    add_case = "broadcast %s + %s" % (_shape_text(shape), _shape_text(shape[-1:]))
    mul_case = "broadcast %s * %s" % (_shape_text(shape), _shape_text((shape[0], 1, shape[2])))
    multiply = "a * b, %s" % _shape_text(shape)
    sum_last = "a.sum(axis=-1), %s" % _shape_text(shape)
    sum_first = "a.sum(axis=0), %s" % _shape_text(shape)
    rows = [
        Row(add_case, "broadcast add", "floor", nested),
        Row(add_case, "broadcast add", "numpy", "NumPy"),
        Row(mul_case, "broadcast mul", "floor", nested),
        Row(mul_case, "broadcast mul", "numpy", "NumPy"),
        Row(multiply, "nd multiply", "floor", nested, 1.3),
        Row(multiply, "nd multiply", "floor_flat", "one map over flat lists", 1.3),
        Row(multiply, "nd multiply", "numpy", "NumPy"),
        Row(sum_last, "nd sum last", "floor", nested, 1.3),
        Row(sum_last, "nd sum last", "numpy", "NumPy"),
        Row(sum_first, "nd sum first", "floor", nested, 1.3),
        Row(sum_first, "nd sum first", "numpy", "NumPy"),
    ]
    batch, n = settings.batched
    case = "batched matmul %d x (%dx%d)" % (batch, n, n)
    rows.append(Row(case, "batched matmul", "floor", "floor (issue's one-liner) %d times" % batch))
    rows.append(Row(case, "batched matmul", "numpy", "NumPy"))
    n = settings.einsum_n
    case = "einsum 'ij,jk->ik' %dx%d" % (n, n)
    rows.append(Row(case, "einsum ij", "numpy", "NumPy einsum"))
    rows.append(Row(case, "einsum ij", "matmul", "tinynet's a @ b"))
    batch, n = settings.einsum_batched
    case = "einsum 'bij,bjk->bik' %dx%dx%d" % (batch, n, n)
    rows.append(Row(case, "einsum bij", "numpy", "NumPy einsum"))
    rows.append(Row(case, "einsum bij", "matmul", "tinynet's a @ b"))
    case = "float32 a * b + c, %d elements" % settings.float32_n
    rows.append(Row(case, "float32", "float64", "tinynet float64", 2.0))
    rows.append(Row(case, "float32", "numpy", "NumPy float32"))
    n = settings.column_n
    case = "a[:, 3] = values, %dx%d" % (n, n)
    rows.append(Row(case, "column set", "floor", "loop over lists of rows"))
    rows.append(Row(case, "column set", "numpy", "NumPy"))
    case = "a[:, 1:5] += 1, %dx%d" % (n, n)
    rows.append(Row(case, "column add", "floor", "loop over lists of rows"))
    rows.append(Row(case, "column add", "numpy", "NumPy"))
    n = settings.sort_n
    case = "sort %d floats" % n
    rows.append(Row(case, "sort", "floor", "sorted() of the list"))
    rows.append(Row(case, "sort", "numpy", "NumPy"))
    case = "percentile [5, 25, 50, 75, 95] of %d floats" % n
    rows.append(Row(case, "percentile", "floor", "sorted() and interpolation"))
    rows.append(Row(case, "percentile", "numpy", "NumPy"))
    case = "binomial(10, 0.5), %d draws" % settings.binomial_draws
    rows.append(Row(case, "binomial", "floor", "inversion in a plain loop over random()"))
    rows.append(Row(case, "binomial", "numpy", "NumPy"))
    case = "unique of %d ints" % n
    rows.append(Row(case, "unique", "floor", "sorted(set(values))"))
    rows.append(Row(case, "unique", "numpy", "NumPy"))
    case = "pad %dx%d by 2, reflect" % (settings.pad_n, settings.pad_n)
    rows.append(Row(case, "pad", "floor", "slices of nested lists"))
    rows.append(Row(case, "pad", "numpy", "NumPy"))
    case = "print a %dx%d float array in full" % (settings.print_n, settings.print_n)
    rows.append(Row(case, "print", "floor", "repr() of each float, joined"))
    rows.append(Row(case, "print", "numpy", "NumPy"))
    case = "svd of a %dx%d float matrix" % (settings.svd_n, settings.svd_n)
    rows.append(Row(case, "svd", "floor", "A^T A on nested lists (a lower bound)"))
    rows.append(Row(case, "svd", "numpy", "NumPy (LAPACK)"))
    case = "fft of %d complex numbers" % settings.fft_n
    rows.append(Row(case, "fft", "floor", "the O(n^2) DFT as sum(map(mul)) per term, matrix made in advance"))
    rows.append(Row(case, "fft", "numpy", "NumPy (pocketfft)"))
    case = "load a 2-%d-%d-1 model file" % (settings.model_n, settings.model_n)
    rows.append(Row(case, "load model", "floor", "json.load alone, no checks (a lower bound)"))
    rows.append(Row(case, "load model", "numpy", "tinynet's load with backend=\"numpy\""))
    return rows


def markdown_table(header, lines):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out.extend("| " + " | ".join(cells) + " |" for cells in lines)
    return "\n".join(out)


def pypy_table(cpython, pypy, settings):
    header = ["case", "side", "CPython", "PyPy", "speed-up", "on PyPy, tinynet ÷ this side"]
    lines = []
    for group in _pure_groups(settings):
        for side in ("tinynet", "floor", "floor_transposed", "floor_flat", "fused", "float64", "matmul"):
            if side not in cpython.get(group, {}) or pypy is None or side not in pypy.get(group, {}):
                continue
            c, p = median(cpython[group][side]), median(pypy[group][side])
            relative = "" if side == "tinynet" else format_ratio(median(pypy[group]["tinynet"]) / p)
            lines.append([group, side, format_time(c), format_time(p), format_ratio(c / p), relative])
    return markdown_table(header, lines)


def _pure_groups(settings):
    return (["seed"] + ["matmul %d" % n for n in settings.matmul_sizes]
            + ["sigmoid", "stable sigmoid", "add", "broadcast add", "broadcast mul", "nd multiply",
               "nd sum last", "nd sum first", "batched matmul", "einsum ij", "einsum bij", "float32",
               "column set", "column add", "sort", "percentile", "unique", "pad", "train"])


def memory_table(peaks):
    header = ["run", "tinynet peak", "NumPy peak", "tinynet ÷ NumPy"]
    lines = []
    for run, label in (("seed", "seed program"), ("train", "moons training (NumPy backend)")):
        sides = peaks[run]
        numpy_peak = sides.get("numpy")
        lines.append([label, format_bytes(sides["tinynet"]),
                      format_bytes(numpy_peak) if numpy_peak else "not installed",
                      format_ratio(sides["tinynet"] / float(numpy_peak)) if numpy_peak else "-"])
    return markdown_table(header, lines)


def machine_line():
    """Return the machine, its Python and the optional packages' versions, in one line."""
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    parts = ["%s, nproc %d" % (cpu, os.cpu_count() or 0),
             "%s %s" % (platform.python_implementation(), platform.python_version())]
    for name in ("numpy", "micrograd"):
        if cases.have(name):
            module = __import__(name)
            parts.append("%s %s" % (name, getattr(module, "__version__", _dist_version(name))))
    return ", ".join(parts)


def _dist_version(name):
    try:
        from importlib.metadata import version

        return version(name)
    except Exception:  # noqa: BLE001 - a version is only a label here
        return "(version unknown)"


# ---------------------------------------------------------------------------------------------------------
# main


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes and few repeats: a smoke run")
    parser.add_argument("--out", help="folder for results.md and results.svg (default: benchmarks/, "
                                      "or none with --quick)")
    parser.add_argument("--no-pypy", action="store_true", help="skip the PyPy rows")
    parser.add_argument("--groups", help="measure only these row groups, comma-separated (for example "
                                         "'seed,matmul 2,nd sum last'), and print their rows: no import times, "
                                         "memory, PyPy or files")
    parser.add_argument("--pure-json", action="store_true", help=argparse.SUPPRESS)  # used under PyPy
    parser.add_argument("--only", nargs=2, metavar=("GROUP", "SIDE"), help=argparse.SUPPRESS)  # with --pure-json
    args = parser.parse_args(argv)
    settings = Settings(args.quick)

    if args.pure_json:
        groups = measure_all(settings, pure=True, only=args.only)
        version = "PyPy %s (Python %s)" % (".".join(map(str, sys.pypy_version_info[:3])) if hasattr(
            sys, "pypy_version_info") else "?", platform.python_version())
        print(json.dumps({"version": version, "groups": groups}))
        return 0

    header = ["case", "tinynet", "compared with", "its time", "tinynet ÷ it", "target", "met"]
    if args.groups:
        wanted = [name.strip() for name in args.groups.split(",")]
        groups = measure_all(settings, pure=False, wanted=wanted)
        rows = [row for row in main_rows(settings) if row.group in wanted]
        for row in rows:
            row.fill(groups)
        print(markdown_table(header, [row.cells() for row in rows]))
        return 0

    groups = measure_all(settings, pure=False)
    groups["import"] = import_times(settings.import_repeats)
    peaks = peak_memory(settings)
    if args.no_pypy:
        pypy_version, pypy = "skipped (--no-pypy)", None
    else:
        pypy_version, pypy = pypy_groups(settings)

    rows = main_rows(settings)
    for row in rows:
        row.fill(groups)
    text = "\n\n".join([
        "Machine: " + machine_line() + (" (quick smoke run)" if args.quick else ""),
        markdown_table(header, [row.cells() for row in rows]),
        "Peak memory (tracemalloc):\n\n" + memory_table(peaks),
        "PyPy: %s\n\n" % pypy_version + pypy_table(groups, pypy, settings),
    ])
    print(text)

    out = args.out if args.out else (None if args.quick else HERE)
    if out:
        if not os.path.isdir(out):
            os.makedirs(out)
        with open(os.path.join(out, "results.md"), "w") as f:
            f.write(text + "\n")
        with open(os.path.join(out, "results.svg"), "w") as f:
            f.write(chart.bar_chart([row for row in rows if row.ratio is not None], machine_line()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
