"""``python3 -m tinynet check MODULE``: measure an array library against the correctly rounded oracle.

    python3 -m tinynet check numpy                  # the table
    python3 -m tinynet check array_api_strict --json
    python3 -m tinynet check numpy --max-ulp 4      # exit 1 if any operation is further off

The table has one line per operation: the largest and mean error in ulps for float32 and float64, the number
of special-value results that differ from IEEE 754 and the standard, dtype or shape differences, and
exceptions.  The details follow the table.  A module that is not an array namespace gets one line naming what
it lacks, and exit status 2.
"""

import importlib
import json
import sys
import time

from tinynet.oracle import checker


def add_parser(commands, parser_class=None):
    """Add the check command to the subparsers of the command line."""
    check = commands.add_parser("check", help="measure an array library against correctly rounded results")
    check.add_argument("module", metavar="MODULE", help="an array namespace to import: numpy, array_api_strict, "
                       "array_api_compat.numpy, torch, jax.numpy, tinynet")
    check.add_argument("--json", action="store_true", help="print the report as JSON")
    check.add_argument("--max-ulp", type=float, default=None, metavar="N",
                       help="exit 1 if an operation is more than N ulps from the correctly rounded result")
    check.add_argument("--size", type=int, default=1000, metavar="N",
                       help="random inputs per operation and dtype (default 1000)")
    check.add_argument("--seed", type=int, default=0, metavar="N", help="seed of the random inputs (default 0)")
    check.add_argument("--op", action="append", dest="operations", metavar="NAME", choices=checker.OPERATIONS,
                       help="check only this operation (repeatable)")
    return check


def _bar(stream):
    """Return a progress function drawing a bar on stream (a terminal), or None elsewhere."""
    if not (hasattr(stream, "isatty") and stream.isatty()):
        return None
    start = time.monotonic()

    def draw(done, total, name):
        width = 30
        filled = width * done // max(total, 1)
        stream.write("\r[%s%s] %2d/%d %-14s %5.1fs" % ("#" * filled, "." * (width - filled), done, total, name,
                                                        time.monotonic() - start))
        if done == total:
            stream.write("\r" + " " * (width + 40) + "\r")
        stream.flush()
    return draw


def _ulps(entry):
    if entry is None:
        return "%8s %8s" % ("-", "-")
    worst = entry["max_ulp"]
    return "%8s %8.3f" % ("inf" if worst == float("inf") else "%.4g" % worst, entry["mean_ulp"])


def format_table(report):
    """Return the report as a table and a list of details, as text."""
    lines = ["%s %s against the correctly rounded results (seed %d, %d random inputs per operation and dtype)"
             % (report["module"], report["version"], report["seed"], report["size"]),
             "",
             "%-15s %8s %8s %8s %8s  %7s  %7s  %7s" % ("", "float32", "", "float64", "", "special", "dtype/", ""),
             "%-15s %8s %8s %8s %8s  %7s  %7s  %7s" % ("operation", "max ulp", "mean", "max ulp", "mean",
                                                      "wrong", "shape", "raised")]
    details = []
    for name, entry in report["operations"].items():
        if entry["status"] == "missing":
            lines.append("%-15s %s" % (name, "missing"))
            continue
        lines.append("%-15s %s %s  %7d  %7d  %7d" % (name, _ulps(entry.get("float32")), _ulps(entry.get("float64")),
                                                     len(entry["special"]), len(entry["dtype_shape"]),
                                                     len(entry["exceptions"])))
        for dtype in report["dtypes"]:
            worst = entry.get(dtype, {}).get("worst")
            if worst and entry[dtype]["max_ulp"] >= 1:
                details.append("%s %s worst: inputs %s, got %r, correctly rounded %r" % (
                    name, dtype, ", ".join(repr(v) if isinstance(v, float) else str(v) for v in worst["inputs"]),
                    worst["got"], worst["expected"]))
        details.extend("special value: " + text for text in entry["special"])
        details.extend("dtype/shape: " + text for text in entry["dtype_shape"])
        details.extend("raised: " + text for text in entry["exceptions"])
    return "\n".join(lines + ([""] + details if details else []))


def run_check(args):
    """Run the check command; return 0, 1 (--max-ulp exceeded) or 2 (not an array namespace)."""
    try:
        xp = importlib.import_module(args.module)
    except Exception as error:
        sys.stderr.write("tinynet check: cannot import %s: %s\n" % (args.module, error))
        return 2
    lacking = checker.missing_names(xp)
    if lacking:
        sys.stderr.write("tinynet check: %s is not an array namespace: it has no %s\n"
                         % (args.module, ", ".join(lacking)))
        return 2
    if args.size < 1:
        sys.stderr.write("tinynet check: --size must be at least 1, got %d\n" % args.size)
        return 2
    report = checker.check(xp, args.operations, size=args.size, seed=args.seed, progress=_bar(sys.stderr))
    if args.json:
        print(json.dumps(report, indent=1, default=repr))
    else:
        print(format_table(report))
    if args.max_ulp is not None and checker.worst_ulp(report) > args.max_ulp:
        return 1
    return 0
