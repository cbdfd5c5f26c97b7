# Freeze tinynet into MicroPython firmware: its bytecode then runs from flash, not RAM.
#
# From your board's manifest (or a manifest of your own that includes the board's):
#     include("$(PORT_DIR)/boards/manifest.py")
#     include("/path/to/tinynet")          # the folder holding this file
# then build the firmware with it:
#     make BOARD=ESP32_GENERIC FROZEN_MANIFEST=/path/to/your/manifest.py
# See docs/runtimes.md. Written by `python3 tools/board_files.py --write` from the board files
# (all of tinynet/ but the command line); tests/test_board_imports.py checks it is current.

metadata(description="NumPy-style arrays and a backprop trainer in pure Python", version="0.1.0", license="MIT")

package(
    "tinynet",
    files=[
        "__init__.py",
        "core/__init__.py",
        "core/binary.py",
        "core/dtypes.py",
        "core/errors.py",
        "core/floats.py",
        "core/index_math.py",
        "core/memory.py",
        "core/ndarray.py",
        "core/nested.py",
        "core/printing.py",
        "core/products_math.py",
        "core/reduce_math.py",
        "core/reductions.py",
        "core/scalars.py",
        "core/sorting.py",
        "core/ufunc.py",
        "core/umath.py",
        "lib/__init__.py",
        "lib/arrayprint.py",
        "lib/creation.py",
        "lib/elementwise.py",
        "lib/format.py",
        "lib/iteration.py",
        "lib/npyio.py",
        "lib/products.py",
        "lib/reductions.py",
        "lib/shaping.py",
        "lib/sorting.py",
        "linalg/__init__.py",
        "linalg/_common.py",
        "linalg/_decompositions.py",
        "linalg/_householder.py",
        "linalg/_jacobi.py",
        "linalg/_linalg.py",
        "linalg/_norms.py",
        "linalg/_products.py",
        "linalg/_schur.py",
        "linalg/_triangular.py",
        "nn/__init__.py",
        "nn/activations.py",
        "nn/datasets.py",
        "nn/losses.py",
        "nn/modelfile.py",
        "nn/network.py",
        "random/__init__.py",
        "random/bounded.py",
        "random/generator.py",
        "random/legacy.py",
        "random/mt19937.py",
        "random/pcg64.py",
        "random/sampling.py",
        "random/weighted.py",
        "random/ziggurat.py",
        "testing/__init__.py",
        "testing/arrays.py",
        "testing/compare.py",
        "testing/objects.py",
        "testing/raises.py",
        "testing/ulp.py",
        "testing/values.py",
    ],
    base_path=".",
)
