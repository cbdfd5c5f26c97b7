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
ND_SHAPE = (16, 32, 32)  # the N-d rows: broadcasting, elementwise and reductions
QUICK_ND_SHAPE = (2, 4, 8)
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


def _grids(shape, seed):
    """Return nested lists of floats in [-1, 1) with the given shape (1-d to 3-d), the same on every runtime."""
    if len(shape) == 1:
        return _grid(1, shape[0], seed)[0]
    if len(shape) == 2:
        return _grid(shape[0], shape[1], seed)
    return [_grid(shape[1], shape[2], seed * 1000 + k) for k in range(shape[0])]


def _numpy_side(cases, pure, make):
    """Add cases["numpy"] = make(numpy) when NumPy is wanted and installed."""
    if not pure and have("numpy"):
        import numpy

        cases["numpy"] = make(numpy)
    return cases


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


# ---------------------------------------------------------------------------------------------------------
# N-d arrays: broadcasting, elementwise operations and reductions on contiguous data
#
# The floor is the comprehension a programmer would write over the same numbers held as nested lists
# (a 3-d array as a list of matrices), with the broadcast spelled out: an operand that is broadcast
# along an axis is simply reused along it.


def broadcast_add_cases(shape, pure):
    """(p, r, c) + (c,): the vector is added to every row of every matrix."""
    import tinynet

    A, v = _grids(shape, 6), _grids(shape[-1:], 7)
    a, b = tinynet.array(A), tinynet.array(v)
    cases = {
        "tinynet": lambda: a + b,
        "floor": lambda: [[list(map(add, row, v)) for row in matrix] for matrix in A],
    }
    return _numpy_side(cases, pure, lambda numpy: _bound(numpy.add, numpy.array(A), numpy.array(v)))


def broadcast_mul_cases(shape, pure):
    """(p, r, c) * (p, 1, c): matrix k's rows are each multiplied by row 0 of C[k]."""
    import tinynet

    A, C = _grids(shape, 8), _grids((shape[0], 1, shape[2]), 9)
    a, c = tinynet.array(A), tinynet.array(C)
    cases = {
        "tinynet": lambda: a * c,
        "floor": lambda: [[list(map(mul, row, c_k[0])) for row in matrix] for matrix, c_k in zip(A, C)],
    }
    return _numpy_side(cases, pure, lambda numpy: _bound(numpy.multiply, numpy.array(A), numpy.array(C)))


def nd_multiply_cases(shape, pure):
    """a * b on two contiguous arrays of one N-d shape; the flat floor multiplies two flat lists."""
    import tinynet

    A, B = _grids(shape, 10), _grids(shape, 11)
    a, b = tinynet.array(A), tinynet.array(B)
    A_flat = [x for matrix in A for row in matrix for x in row]
    B_flat = [x for matrix in B for row in matrix for x in row]
    cases = {
        "tinynet": lambda: a * b,
        "floor": lambda: [[list(map(mul, r, s)) for r, s in zip(P, Q)] for P, Q in zip(A, B)],
        "floor_flat": lambda: list(map(mul, A_flat, B_flat)),
    }
    return _numpy_side(cases, pure, lambda numpy: _bound(numpy.multiply, numpy.array(A), numpy.array(B)))


def nd_sum_last_cases(shape, pure):
    """a.sum(axis=-1) on a contiguous 3-d array: one sum per row."""
    import tinynet

    A = _grids(shape, 12)
    a = tinynet.array(A)
    cases = {
        "tinynet": lambda: a.sum(axis=-1),
        "floor": lambda: [list(map(sum, matrix)) for matrix in A],
    }
    return _numpy_side(cases, pure, lambda numpy: _bound_sum(numpy.array(A), -1))


def nd_sum_first_cases(shape, pure):
    """a.sum(axis=0) on a contiguous 3-d array: the matrices added together."""
    import tinynet

    A = _grids(shape, 13)
    a = tinynet.array(A)
    cases = {
        "tinynet": lambda: a.sum(axis=0),
        "floor": lambda: [list(map(sum, zip(*rows))) for rows in zip(*A)],
    }
    return _numpy_side(cases, pure, lambda numpy: _bound_sum(numpy.array(A), 0))


def _bound(function, x, y):
    return lambda: function(x, y)


def _bound_sum(x, axis):
    return lambda: x.sum(axis=axis)


# ---------------------------------------------------------------------------------------------------------
# batched matrix product and einsum


def batched_matmul_cases(batch, n, pure):
    """A stack of `batch` n x n products with @; the floor is the issue's one-liner once per matrix."""
    import tinynet

    A = [_grid(n, n, 20 + k) for k in range(batch)]
    B = [_grid(n, n, 40 + k) for k in range(batch)]
    a, b = tinynet.array(A), tinynet.array(B)
    cases = {
        "tinynet": lambda: a @ b,
        "floor": lambda: [matmul_floor(A_k, B_k) for A_k, B_k in zip(A, B)],
    }
    return _numpy_side(cases, pure, lambda numpy: _bound(numpy.matmul, numpy.array(A), numpy.array(B)))


def einsum_cases(subscripts, shapes, pure):
    """einsum(subscripts, x, y), against tinynet's own @ on the same operands and against NumPy's einsum."""
    import tinynet

    X, Y = _grids(shapes[0], 60), _grids(shapes[1], 61)
    x, y = tinynet.array(X), tinynet.array(Y)
    cases = {
        "tinynet": lambda: tinynet.einsum(subscripts, x, y),
        "matmul": lambda: x @ y,
    }

    def numpy_einsum(numpy):
        nx, ny = numpy.array(X), numpy.array(Y)
        return lambda: numpy.einsum(subscripts, nx, ny)

    return _numpy_side(cases, pure, numpy_einsum)


# ---------------------------------------------------------------------------------------------------------
# float32 arithmetic


def float32_cases(n, pure):
    """a * b + c on three float32 vectors of n elements, against the same on float64 in tinynet."""
    import tinynet

    values = [_grids((n,), seed) for seed in (70, 71, 72)]
    a, b, c = [tinynet.array(v, dtype=tinynet.float32) for v in values]
    a64, b64, c64 = [tinynet.array(v) for v in values]
    cases = {
        "tinynet": lambda: a * b + c,
        "float64": lambda: a64 * b64 + c64,
    }

    def numpy_float32(numpy):
        na, nb, nc = [numpy.array(v, dtype=numpy.float32) for v in values]
        return lambda: na * nb + nc

    return _numpy_side(cases, pure, numpy_float32)


# ---------------------------------------------------------------------------------------------------------
# writing through a column view


def column_set_cases(n, pure):
    """a[:, 3] = values on an n x n array; the floor sets element 3 of each row of a list of rows."""
    import tinynet

    A, values = _grid(n, n, 80), _grids((n,), 81)
    a, v = tinynet.array(A), tinynet.array(values)
    rows = [list(row) for row in A]

    def tinynet_set():
        a[:, 3] = v

    def floor_set():
        for row, value in zip(rows, values):
            row[3] = value

    cases = {"tinynet": tinynet_set, "floor": floor_set}

    def numpy_set(numpy):
        na, nv = numpy.array(A), numpy.array(values)

        def run():
            na[:, 3] = nv

        return run

    return _numpy_side(cases, pure, numpy_set)


def column_add_cases(n, pure):
    """a[:, 1:5] += 1 on an n x n array; the floor adds 1 to items 1 to 4 of each row of a list of rows."""
    import tinynet

    A = _grid(n, n, 82)
    a = tinynet.array(A)
    rows = [list(row) for row in A]

    def tinynet_add():
        a[:, 1:5] += 1

    def floor_add():
        for row in rows:
            row[1:5] = [x + 1 for x in row[1:5]]

    cases = {"tinynet": tinynet_add, "floor": floor_add}

    def numpy_add(numpy):
        na = numpy.array(A)

        def run():
            na[:, 1:5] += 1

        return run

    return _numpy_side(cases, pure, numpy_add)


# ---------------------------------------------------------------------------------------------------------
# sorting and order statistics


def _floats(n, seed):
    generator = random.Random(seed)
    return [generator.uniform(-1.0, 1.0) for _ in range(n)]


def sort_cases(n, pure):
    """np.sort of n floats; the floor is Python's own sorted() of the list (Timsort, the same algorithm)."""
    import tinynet

    values = _floats(n, 20)
    a = tinynet.array(values)
    cases = {
        "tinynet": lambda: tinynet.sort(a),
        "floor": lambda: sorted(values),
    }
    return _numpy_side(cases, pure, lambda numpy: _bound_sort(numpy.sort, numpy.array(values)))


def _bound_sort(function, x):
    return lambda: function(x)


def _percentiles_floor(values, qs):
    """Sort once, then NumPy's linear rule x[i] + (x[i+1] - x[i]) * g at index (n - 1) * q / 100."""
    ordered = sorted(values)
    n = len(ordered)
    out = []
    for q in qs:
        v = (n - 1) * q / 100.0
        i = min(int(v), n - 2)
        out.append(ordered[i] + (ordered[i + 1] - ordered[i]) * (v - i))
    return out


def percentile_cases(n, pure):
    """np.percentile(a, [5, 25, 50, 75, 95]) of n floats; the floor sorts the list and interpolates."""
    import tinynet

    values = _floats(n, 21)
    a = tinynet.array(values)
    qs = [5, 25, 50, 75, 95]
    cases = {
        "tinynet": lambda: tinynet.percentile(a, qs),
        "floor": lambda: _percentiles_floor(values, qs),
    }
    return _numpy_side(cases, pure, lambda numpy: _bound_percentile(numpy, numpy.array(values), qs))


def _bound_percentile(numpy, x, qs):
    return lambda: numpy.percentile(x, qs)
# random draws


def binomial_cases(n_draws, pure):
    """binomial(10, 0.5, size=n_draws) from a seeded RandomState; the floor inverts the same cdf in a plain
    loop over random.random() (one uniform per draw, the pmf walked from 0), which is the least any
    pure-Python binomial by inversion can do."""
    import math
    import tinynet

    rs = tinynet.random.RandomState(0)
    n, p = 10, 0.5

    def floor():
        draw = random.Random(0).random
        q = 1.0 - p
        qn = math.exp(n * math.log(q))
        values = [0] * n_draws
        for i in range(n_draws):
            x, px, u = 0, qn, draw()
            while u > px:
                x += 1
                u -= px
                px = ((n - x + 1) * p * px) / (x * q)
            values[i] = x
        return values

    cases = {"tinynet": lambda: rs.binomial(n, p, n_draws), "floor": floor}

    def numpy_binomial(numpy):
        state = numpy.random.RandomState(0)
        return lambda: state.binomial(n, p, n_draws)

    return _numpy_side(cases, pure, numpy_binomial)



# ---------------------------------------------------------------------------------------------------------
# set operations and padding


def unique_cases(n, pure):
    """np.unique of n ints drawn from n // 10 values; the floor is sorted(set(values))."""
    import tinynet

    generator = random.Random(22)
    values = [generator.randrange(max(n // 10, 1)) for _ in range(n)]
    a = tinynet.array(values)
    cases = {
        "tinynet": lambda: tinynet.unique(a),
        "floor": lambda: sorted(set(values)),
    }
    return _numpy_side(cases, pure, lambda numpy: _bound_sort(numpy.unique, numpy.array(values)))


def _reflect_rows(rows, width):
    """Reflect-pad a list of rows by width on both ends of each row (the floor of np.pad 'reflect')."""
    return [row[width:0:-1] + row + row[-2:-width - 2:-1] for row in rows]


def pad_cases(n, pure):
    """np.pad(a, 2, mode='reflect') of an n x n float matrix; the floor reflects nested lists with slices."""
    import tinynet

    values = _floats(n * n, 23)
    rows = [values[i * n:(i + 1) * n] for i in range(n)]
    a = tinynet.array(rows)

    def floor():
        wide = _reflect_rows(rows, 2)
        return wide[2:0:-1] + wide + wide[-2:-4:-1]

    cases = {
        "tinynet": lambda: tinynet.pad(a, 2, mode="reflect"),
        "floor": floor,
    }
    return _numpy_side(cases, pure, lambda numpy: _bound_pad(numpy, numpy.array(rows)))


def _bound_pad(numpy, x):
    return lambda: numpy.pad(x, 2, mode="reflect")


def print_cases(n, pure):
    """str() of an n x n float64 array printed in full (threshold lifted); the floor joins repr() of rows."""
    import tinynet

    values = _floats(n * n, 24)
    rows = [values[i * n:(i + 1) * n] for i in range(n)]
    a = tinynet.array(rows)

    def tinynet_side():
        with tinynet.printoptions(threshold=10 ** 9):
            return str(a)

    def floor():
        return "\n".join(" ".join(repr(v) for v in row) for row in rows)

    def numpy_side(numpy):
        x = numpy.array(rows)

        def run():
            with numpy.printoptions(threshold=10 ** 9):
                return str(x)
        return run

    return _numpy_side({"tinynet": tinynet_side, "floor": floor}, pure, numpy_side)


def fft_cases(n, pure):
    """np.fft.fft of n complex numbers (n a power of two); the floor is the plain-Python DFT with its
    n x n matrix of e^{-2 pi i jk/n} made in advance: one sum(map(mul)) per output term, n**2 products."""
    import tinynet

    generator = random.Random(26)
    values = [complex(generator.uniform(-1.0, 1.0), generator.uniform(-1.0, 1.0)) for _ in range(n)]
    a = tinynet.array(values)
    roots = [complex(math.cos(2 * math.pi * k / n), -math.sin(2 * math.pi * k / n)) for k in range(n)]
    matrix = [[roots[j * k % n] for j in range(n)] for k in range(n)]

    def floor():
        return [sum(map(mul, row, values)) for row in matrix]

    cases = {"tinynet": lambda: tinynet.fft.fft(a), "floor": floor}
    return _numpy_side(cases, pure, lambda numpy: _bound_fft(numpy, numpy.array(values)))


def _bound_fft(numpy, x):
    return lambda: numpy.fft.fft(x)


def svd_cases(n, pure):
    """np.linalg.svd of an n x n float matrix; the floor is A^T A on nested lists (n**3 multiply-adds, less
    work than any SVD does: a lower bound, not a competitor)."""
    import tinynet

    rows = _grid(n, n, 25)
    a = tinynet.array(rows)
    columns = [list(column) for column in zip(*rows)]

    def floor():
        return [[sum(map(mul, u, v)) for v in columns] for u in columns]

    cases = {"tinynet": lambda: tinynet.linalg.svd(a), "floor": floor}
    return _numpy_side(cases, pure, lambda numpy: _bound_svd(numpy, numpy.array(rows)))


def _bound_svd(numpy, x):
    return lambda: numpy.linalg.svd(x)


def load_model_cases(n, pure):
    """tinynet.nn.load of a saved 2-n-n-1 network: read, nesting and memory checks, json, the model checks
    and the weights made into arrays.  The floor is json.load of the same file and nothing else; the numpy
    side is the same load making NumPy arrays."""
    import atexit
    import json
    import shutil
    import tempfile

    from tinynet.nn import Network, load

    folder = tempfile.mkdtemp(prefix="tinynet-bench-")
    atexit.register(shutil.rmtree, folder, True)
    path = os.path.join(folder, "model.json")
    Network([2, n, n, 1], seed=27).save(path)

    def floor():
        with open(path) as f:
            return json.load(f)

    cases = {"tinynet": lambda: load(path), "floor": floor}
    return _numpy_side(cases, pure, lambda numpy: lambda: load(path, backend="numpy"))
