"""The benchmark cases: what tinynet runs and what it is compared with, as callables to time.

Each ``*_cases`` function returns a dict of name -> callable (or ``timing.Case``) for one row group of the
table.  Names start with the side they measure: ``tinynet``, ``floor`` (the plain-Python floor),
``numpy``, ``fused`` or ``micrograd``.  Only the pure-Python sides run under PyPy (``pure=True``).
"""

import contextlib
import io
import math
import os
import random
from operator import add, mul

import fused_mlp
from timing import Case

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SEED_PROGRAM = os.path.join(ROOT, "examples", "seed_program.py")

MATMUL_SIZES = (2, 4, 8, 16, 32, 64, 128, 256)
QUICK_MATMUL_SIZES = (2, 8, 32)
LAYER_SIZES = [2, 16, 16, 1]
N_SAMPLES = 100


def have(module_name):
    """Return whether a module can be imported."""
    try:
        __import__(module_name)
    except ImportError:
        return False
    return True


def _grid(rows, columns, seed):
    """Return a rows x columns list of floats in [-1, 1), the same on every runtime."""
    generator = random.Random(seed)
    return [[generator.uniform(-1.0, 1.0) for _ in range(columns)] for _ in range(rows)]


# ---------------------------------------------------------------------------------------------------------
# the seed program


def seed_source(module_name, iterations):
    """Return the seed program's source with `import numpy as np` swapped for module_name."""
    with open(SEED_PROGRAM) as f:
        source = f.read()
    source = source.replace("import numpy as np", "import %s as np" % module_name)
    return source.replace("range (1000)", "range (%d)" % iterations)


def run_silently(code):
    """Run compiled code in a fresh namespace with its prints discarded; return what it printed."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(code, {"__name__": "__seed__"})
    return out.getvalue()


def seed_cases(iterations, pure):
    sides = ["tinynet"] if pure or not have("numpy") else ["tinynet", "numpy"]
    cases = {}
    for side in sides:
        code = compile(seed_source(side, iterations), SEED_PROGRAM, "exec")
        cases[side] = (lambda code=code: run_silently(code))
    return cases


# ---------------------------------------------------------------------------------------------------------
# matrix product


def matmul_floor(A, B):
    """The plain-Python floor named in the issue, verbatim: zip(*B) is re-evaluated for every row."""
    return [[sum(map(mul, r, c)) for c in zip(*B)] for r in A]


def matmul_floor_transposed(A, B):
    """The same sums with B transposed once into lists: the fastest plain-Python product we know."""
    columns = [list(c) for c in zip(*B)]
    return [[sum(map(mul, r, c)) for c in columns] for r in A]


def matmul_cases(n, pure):
    import tinynet

    A, B = _grid(n, n, 1), _grid(n, n, 2)
    a, b = tinynet.array(A), tinynet.array(B)
    cases = {
        "tinynet": lambda: a @ b,
        "floor": lambda: matmul_floor(A, B),
        "floor_transposed": lambda: matmul_floor_transposed(A, B),
    }
    if not pure and have("numpy"):
        import numpy

        na, nb = numpy.array(A), numpy.array(B)
        cases["numpy"] = lambda: na @ nb
    return cases


# ---------------------------------------------------------------------------------------------------------
# elementwise sigmoid and add


def sigmoid_cases(n, pure):
    import tinynet

    Z = _grid(n, n, 3)
    z = tinynet.array(Z)
    exp = math.exp
    cases = {
        "tinynet": lambda: 1.0 / (1.0 + tinynet.exp(-z)),
        "floor": lambda: [[1.0 / (1.0 + exp(-v)) for v in row] for row in Z],
    }
    if not pure and have("numpy"):
        import numpy

        nz = numpy.array(Z)
        cases["numpy"] = lambda: 1.0 / (1.0 + numpy.exp(-nz))
    return cases


def stable_sigmoid_cases(n, pure):
    from tinynet.nn import activations
    import tinynet

    Z = _grid(n, n, 3)
    z = tinynet.array(Z)
    sigmoid = fused_mlp.sigmoid
    return {
        "tinynet": lambda: activations.sigmoid(tinynet, z),
        "floor": lambda: [list(map(sigmoid, row)) for row in Z],
    }


def add_cases(n, pure):
    import tinynet

    A, B = _grid(n, n, 4), _grid(n, n, 5)
    a, b = tinynet.array(A), tinynet.array(B)
    cases = {
        "tinynet": lambda: a + b,
        "floor": lambda: [list(map(add, r, s)) for r, s in zip(A, B)],
    }
    if not pure and have("numpy"):
        import numpy

        na, nb = numpy.array(A), numpy.array(B)
        cases["numpy"] = lambda: na + nb
    return cases


# ---------------------------------------------------------------------------------------------------------
# training a [2, 16, 16, 1] network on moons


def moons_data(samples):
    """Return (X, y) as plain lists: samples points on two noisy half circles."""
    from tinynet.nn import datasets

    X, y = datasets.moons(samples, noise=0.1, seed=0)
    return X.tolist(), y.tolist()


def _network(backend):
    from tinynet.nn import Network

    return Network(LAYER_SIZES, hidden="tanh", output="sigmoid", seed=0, backend=backend)


def train_cases(epochs, pure, micrograd_steps, samples=N_SAMPLES):
    X, y = moons_data(samples)
    lr = 0.5

    def prepare_network(backend):
        def prepare():
            net = _network(backend)
            return lambda: net.fit(X, y, epochs=epochs, lr=lr)

        return prepare

    def prepare_fused():
        net = _network("tinynet")
        weights = [W.tolist() for W in net.weights]
        biases = [b.tolist() for b in net.biases]
        Y = [[float(label)] for label in y]
        return lambda: fused_mlp.train(X, Y, weights, biases, epochs, lr)

    cases = {"tinynet": Case(prepare=prepare_network("tinynet")), "fused": Case(prepare=prepare_fused)}
    if not pure and have("numpy"):
        cases["numpy"] = Case(prepare=prepare_network("numpy"))
    if not pure and have("micrograd"):
        cases["micrograd"] = Case(prepare=lambda: _micrograd_trainer(X, y, micrograd_steps))
    return cases


def _micrograd_trainer(X, y, steps):
    """Return a callable that trains micrograd's MLP(2, [16, 16, 1]) for `steps` full-batch steps.

    micrograd's MLP has ReLU hidden units and a linear output and its Value has no exp, so the loss is
    the mean squared error against labels -1/+1: the same shape, batch and step count, its own math.
    """
    from micrograd.nn import MLP

    random.seed(0)
    model = MLP(LAYER_SIZES[0], LAYER_SIZES[1:])
    inputs = [list(row) for row in X]
    targets = [2.0 * label - 1.0 for label in y]

    def train():
        for _ in range(steps):
            outputs = [model(row) for row in inputs]
            loss = sum((out - target) ** 2 for out, target in zip(outputs, targets)) * (1.0 / len(inputs))
            model.zero_grad()
            loss.backward()
            for p in model.parameters():
                p.data -= 0.05 * p.grad

    return train
