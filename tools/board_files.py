"""Which files of tinynet go on a board, and what a bare MicroPython port offers them.

    python3 tools/board_files.py            # list the board files
    python3 tools/board_files.py --write    # rewrite package.json (mip) and manifest.py (freezing)
    python3 tools/board_files.py --check    # exit 1 if either is out of date

One list, used everywhere a board is concerned: the mip ``package.json``, the freezing
``manifest.py``, ``tools/build_mpy.py``, ``tools/measure_heap.py`` and the static import check
(``tests/test_board_imports.py``). The board files are every ``.py`` file under ``tinynet/``
except the command line (``tinynet/cli/``), ``tinynet/__main__.py``, the oracle (``tinynet/oracle/``) and
the C side of DLPack (``tinynet/core/dlpack_capsule.py``), which need CPython::

    >>> files = board_files()
    >>> "tinynet/__init__.py" in files, "tinynet/core/nested.py" in files
    (True, True)
    >>> [name for name in files if name.startswith("tinynet/cli/")]
    []

``BARE_MODULES`` is what MicroPython 1.27's unix port has built in (``help('modules')`` and
``dir()`` of each, 32-bit build), the same set a board's firmware has or a smaller one. It has no
``itertools``, ``functools``, ``operator`` or ``typing``, and its ``math`` has no ``fsum``, ``prod``,
``gcd``, ``log1p`` or ``sumprod``.
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE = "tinynet"

# Folders and files of the package that need CPython (the command line, the demo, the pictures).
# The oracle needs decimal and fractions (CPython, PyPy, Pyodide); boards do not get it. DLPack
# capsules need ctypes and CPython's C API (core/dlpack.py raises BufferError where they are missing).
NOT_ON_BOARDS = ("tinynet/cli/", "tinynet/__main__.py", "tinynet/oracle/", "tinynet/core/dlpack_capsule.py")

# Module -> the public names it has on MicroPython 1.27's unix port (32-bit; the 64-bit build agrees).
BARE_MODULES = {
    "array": "array",
    "binascii": "a2b_base64 b2a_base64 crc32 hexlify unhexlify",
    "builtins": "",  # every builtin; checked by name elsewhere if ever needed
    "cmath": "cos e exp log log10 phase pi polar rect sin sqrt",
    "collections": "OrderedDict deque namedtuple",
    "errno": "",
    "gc": "collect disable enable isenabled mem_alloc mem_free threshold",
    "hashlib": "sha256",
    "heapq": "heapify heappop heappush",
    "io": "BytesIO IOBase StringIO open",
    "json": "dump dumps load loads",
    "math": ("acos acosh asin asinh atan atan2 atanh ceil copysign cos cosh degrees e erf erfc exp expm1 "
             "fabs factorial floor fmod frexp gamma inf isclose isfinite isinf isnan ldexp lgamma log log10 "
             "log2 modf nan pi pow radians sin sinh sqrt tan tanh tau trunc"),
    "micropython": ("RingIO const heap_lock heap_unlock kbd_intr mem_current mem_info mem_peak mem_total "
                    "opt_level qstr_info schedule stack_use"),
    "os": ("chdir getcwd getenv ilistdir listdir mkdir remove rename rmdir sep stat statvfs system unlink "
           "urandom"),
    "platform": "libc_ver platform python_compiler",
    "random": "choice getrandbits randint random randrange seed uniform",
    "re": "compile match search sub",
    "select": "poll",
    "struct": "calcsize pack pack_into unpack unpack_from",
    "sys": ("argv atexit byteorder exc_info executable exit implementation maxsize modules path platform "
            "print_exception stderr stdin stdout version version_info"),
    "time": ("gmtime localtime mktime sleep sleep_ms sleep_us ticks_add ticks_cpu ticks_diff ticks_ms "
             "ticks_us time time_ns"),
}
# Modules whose every name may be imported (their names are too many or too port-specific to list).
ANY_NAME = ("builtins", "errno")


def is_board_file(path):
    """Return True when a path relative to the project root (with '/') is a board file.

    >>> is_board_file("tinynet/nn/network.py"), is_board_file("tinynet/cli/main.py")
    (True, False)
    """
    if not (path.startswith(PACKAGE + "/") and path.endswith(".py")):
        return False
    for excluded in NOT_ON_BOARDS:
        if path == excluded or (excluded.endswith("/") and path.startswith(excluded)):
            return False
    return True


def board_files(root=ROOT):
    """Return the board files under root, as sorted paths relative to it with '/' separators."""
    found = []
    for folder, subfolders, names in os.walk(os.path.join(root, PACKAGE)):
        subfolders[:] = sorted(name for name in subfolders if name != "__pycache__")
        relative = os.path.relpath(folder, root).replace(os.sep, "/")
        for name in names:
            path = relative + "/" + name
            if is_board_file(path):
                found.append(path)
    return sorted(found)


def module_name(path):
    """Return the dotted module name of a board file.

    >>> module_name("tinynet/core/nested.py"), module_name("tinynet/random/__init__.py")
    ('tinynet.core.nested', 'tinynet.random')
    """
    name = path[:-3].replace("/", ".")
    if name.endswith(".__init__"):
        name = name[:-len(".__init__")]
    return name


def bare_names(module):
    """Return the set of names a bare port's module has; None when any name may be imported from it.

    Raise KeyError for a module a bare port does not have.

    >>> "sqrt" in bare_names("math"), "fsum" in bare_names("math"), bare_names("builtins")
    (True, False, None)
    """
    names = BARE_MODULES[module]
    if module in ANY_NAME:
        return None
    return set(names.split())


def version(root=ROOT):
    """Return tinynet's version, as setup.cfg states it."""
    with open(os.path.join(root, "setup.cfg"), encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("version"):
                return line.split("=", 1)[1].strip()
    raise ValueError("setup.cfg states no version")


# ---------------------------------------------------------------- package.json (mip) and manifest.py

def mip_package(root=ROOT):
    """Return the mip package description: every board file, installed at the same path.

    The sources are relative, so mip fetches each from beside package.json, wherever that is:
    ``mpremote mip install github:OWNER/REPO`` (or ``github:OWNER/REPO@TAG``) from GitHub, or
    ``mpremote mip install package.json`` from a checkout.
    """
    return {"urls": [[path, path] for path in board_files(root)], "version": version(root)}


def mip_package_text(root=ROOT):
    """Return package.json's text: one file per line, so a diff shows which file came or went."""
    package = mip_package(root)
    lines = ['    [%s, %s]' % (json.dumps(dest), json.dumps(source)) for dest, source in package["urls"]]
    return '{\n  "urls": [\n%s\n  ],\n  "version": %s\n}\n' % (",\n".join(lines), json.dumps(package["version"]))


_MANIFEST_HEAD = '''# Freeze tinynet into MicroPython firmware: its bytecode then runs from flash, not RAM.
#
# From your board's manifest (or a manifest of your own that includes the board's):
#     include("$(PORT_DIR)/boards/manifest.py")
#     include("/path/to/tinynet")          # the folder holding this file
# then build the firmware with it:
#     make BOARD=ESP32_GENERIC FROZEN_MANIFEST=/path/to/your/manifest.py
# See docs/runtimes.md. Written by `python3 tools/board_files.py --write` from the board files
# (all of tinynet/ but the command line); tests/test_board_imports.py checks it is current.
'''


def manifest_text(root=ROOT):
    """Return manifest.py's text: MicroPython's package() call over the board files."""
    names = [path[len(PACKAGE) + 1:] for path in board_files(root)]
    listed = "".join('        "%s",\n' % name for name in names)
    return (_MANIFEST_HEAD + "\n"
            + 'metadata(description="NumPy-style arrays and a backprop trainer in pure Python", '
            + 'version="%s", license="MIT")\n\n' % version(root)
            + 'package(\n    "%s",\n    files=[\n%s    ],\n    base_path=".",\n)\n' % (PACKAGE, listed))


GENERATED = {"package.json": mip_package_text, "manifest.py": manifest_text}


def stale_files(root=ROOT):
    """Return the generated files whose contents differ from what --write would write."""
    stale = []
    for name, make_text in sorted(GENERATED.items()):
        path = os.path.join(root, name)
        current = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if current != make_text(root):
            stale.append(name)
    return stale


def main(argv):
    if argv == ["--write"]:
        for name, make_text in sorted(GENERATED.items()):
            with open(os.path.join(ROOT, name), "w", encoding="utf-8") as handle:
                handle.write(make_text(ROOT))
            print("wrote", name)
        return 0
    if argv == ["--check"]:
        stale = stale_files()
        for name in stale:
            print("%s is out of date: run python3 tools/board_files.py --write" % name)
        return 1 if stale else 0
    if argv:
        print("usage: python3 tools/board_files.py [--write | --check]", file=sys.stderr)
        return 2
    for path in board_files():
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
