"""Measure tinynet's speed on whichever Python runs this file.

    python3 tools/measure_runtimes.py
    pypy3 tools/measure_runtimes.py
    node tools/pyodide_run.mjs tools/measure_runtimes.py
    node tools/mpy_run.mjs --with examples tools/measure_runtimes.py

It prints the best of several runs of: a 64x64 float matrix product, 100 full-batch epochs of a
[2, 8, 1] network on XOR, and loading the board example's model and classifying its six readings.
For MicroPython's memory use, see tools/mpy_memory.mjs (its WebAssembly build does not collect
garbage while a script runs, so a script cannot measure its own live heap there).
"""
import sys


def _parent(path):
    cut = max(path.rfind("/"), path.rfind("\\"))
    return path[:cut] if cut > 0 else "."


PROJECT_ROOT = _parent(_parent(__file__))
if PROJECT_ROOT not in sys.path:
    sys.path.insert(0, PROJECT_ROOT)

ON_MICROPYTHON = sys.implementation.name == "micropython"


def _now_ms():
    import time
    if hasattr(time, "ticks_us"):
        return time.ticks_us() / 1000.0
    return time.perf_counter() * 1000.0


def best_ms(function, repeat):
    """Return the fastest of repeat calls of function, in milliseconds."""
    best = None
    for _ in range(repeat):
        started = _now_ms()
        function()
        elapsed = _now_ms() - started
        if best is None or elapsed < best:
            best = elapsed
    return best


def _report(label, milliseconds):
    print("%-38s %9.2f ms" % (label, milliseconds))


def _grid(rows, columns, a, b, modulus):
    return [[((i * a + j * b + 13) % modulus) / float(modulus) - 0.5 for j in range(columns)]
            for i in range(rows)]


def main():
    version = ".".join([str(part) for part in sys.implementation.version[:3]])
    name = sys.implementation.name
    if sys.platform == "emscripten":
        name = "pyodide (%s)" % name
    print("tinynet on %s %s" % (name, version))

    import tinynet as np
    from tinynet.nn import Network, load

    # speed: a 64x64 matrix product
    a = np.array(_grid(64, 64, 31, 7, 101))
    b = np.array(_grid(64, 64, 3, 17, 103))
    _report("matmul 64x64 @ 64x64", best_ms(lambda: a @ b, 3 if ON_MICROPYTHON else 10))

    # speed: training on XOR
    X = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]
    y = [0, 1, 1, 0]

    def train():
        net = Network([2, 8, 1], hidden="tanh", output="sigmoid", seed=0)
        net.fit(X, y, epochs=100, lr=0.5)
        return net

    _report("XOR [2, 8, 1], 100 epochs", best_ms(train, 2 if ON_MICROPYTHON else 5))

    # speed: what a board does, load a model file and classify readings
    board = PROJECT_ROOT + "/examples/board"
    readings = [[-0.8, 0.6], [0.0, 1.0], [0.9, 0.3], [1.0, -0.5], [2.0, 0.4], [0.5, 0.25]]

    def predict():
        model = load(board + "/model.json")
        return model.predict(readings)

    _report("load model.json, predict 6 readings", best_ms(predict, 3 if ON_MICROPYTHON else 10))

    def predict_on_lists():
        return load(board + "/model.json", backend="lists").predict(readings)

    _report("the same on lists (backend='lists')", best_ms(predict_on_lists, 3 if ON_MICROPYTHON else 10))


if __name__ == "__main__":
    main()
