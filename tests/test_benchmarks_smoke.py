"""Keep benchmarks/ from rotting: the quick run works and prints every row; the hand-fused loop is right.

No timing is asserted here: the numbers depend on the machine and its load.
"""
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCHMARKS = os.path.join(ROOT, "benchmarks")

ROWS = [
    "seed program, 50 iterations",
    "matmul 2x2", "matmul 8x8", "matmul 32x32",
    "floor (issue's one-liner)", "floor, B transposed once",
    "sigmoid 1/(1+exp(-z)) 20x20", "trainer's stable sigmoid 20x20", "add 20x20",
    "hand-fused loop", "NumPy backend", "micrograd MLP",
    "import tinynet",
    "broadcast (2, 4, 8) + (8,)", "broadcast (2, 4, 8) * (2, 1, 8)", "nested comprehension",
    "a * b, (2, 4, 8)", "one map over flat lists", "a.sum(axis=-1), (2, 4, 8)", "a.sum(axis=0), (2, 4, 8)",
    "batched matmul 2 x (8x8)", "einsum 'ij,jk->ik' 8x8", "einsum 'bij,bjk->bik' 2x4x4", "NumPy einsum",
    "tinynet's a @ b", "float32 a * b + c, 100 elements", "tinynet float64",
    "a[:, 3] = values, 20x20", "a[:, 1:5] += 1, 20x20", "loop over lists of rows",
    "sort 1000 floats", "sorted() of the list", "percentile [5, 25, 50, 75, 95] of 1000 floats",
    "unique of 1000 ints", "sorted(set(values))", "pad 20x20 by 2, reflect",
    "Peak memory", "seed program |", "moons training",
    "PyPy",
]


def test_quick_run_prints_every_row_and_writes_the_chart(tmp_path):
    done = subprocess.run([sys.executable, os.path.join(BENCHMARKS, "run.py"), "--quick", "--out", str(tmp_path)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    missing = [row for row in ROWS if row not in done.stdout]
    assert not missing, "rows missing from the benchmark output: %s\n%s" % (missing, done.stdout)
    assert (tmp_path / "results.md").read_text().strip() == done.stdout.strip()
    svg = (tmp_path / "results.svg").read_text()
    assert svg.startswith("<svg") and "matmul 32x32" in svg


@pytest.fixture
def benchmark_modules():
    sys.path.insert(0, BENCHMARKS)
    try:
        import fused_mlp
        yield fused_mlp
    finally:
        sys.path.remove(BENCHMARKS)


@pytest.fixture
def benchmark_cases():
    sys.path.insert(0, BENCHMARKS)
    try:
        import cases
        yield cases
    finally:
        sys.path.remove(BENCHMARKS)


def _shape(x):
    """Return the shape of nested lists (of tuples too), as NumPy would read it."""
    shape = []
    while isinstance(x, (list, tuple)):
        shape.append(len(x))
        x = x[0] if x else None
    return tuple(shape)


def _flatten(x):
    if isinstance(x, (list, tuple)):
        return [v for item in x for v in _flatten(item)]
    return [x]


N_D_GROUPS = [
    ("broadcast_add_cases", ((2, 3, 4), False)),
    ("broadcast_mul_cases", ((2, 3, 4), False)),
    ("nd_multiply_cases", ((2, 3, 4), False)),
    ("nd_sum_last_cases", ((2, 3, 4), False)),
    ("nd_sum_first_cases", ((2, 3, 4), False)),
    ("batched_matmul_cases", (2, 3, False)),
    ("einsum_cases", ("ij,jk->ik", [(3, 4), (4, 5)], False)),
    ("einsum_cases", ("bij,bjk->bik", [(2, 3, 4), (2, 4, 5)], False)),
    ("float32_cases", (7, False)),
]


@pytest.mark.parametrize("factory, arguments", N_D_GROUPS, ids=[g[0] + "-" + str(g[1][0]) for g in N_D_GROUPS])
def test_every_side_of_an_n_d_row_computes_the_same_numbers(benchmark_cases, factory, arguments):
    """A floor is a fair floor only if it computes what tinynet computes (sums to rounding: their orders differ)."""
    sides = getattr(benchmark_cases, factory)(*arguments)
    expected = sides["tinynet"]().tolist()
    for name, side in sides.items():
        got = side()
        got = got.tolist() if hasattr(got, "tolist") else got
        if name == "floor_flat":
            expected_values = _flatten(expected)
        else:
            expected_values = expected
        if factory == "float32_cases" and name == "float64":
            # float32 rounds each operation: it agrees with float64 to single precision only
            assert _flatten(got) == pytest.approx(_flatten(expected_values), rel=1e-5, abs=1e-6), name
        else:
            assert _flatten(got) == pytest.approx(_flatten(expected_values), rel=1e-12, abs=1e-14), name
        assert _shape(got) == _shape(expected_values), name


@pytest.mark.parametrize("factory", ["column_set_cases", "column_add_cases"])
def test_the_column_writes_run_on_every_side(benchmark_cases, factory):
    sides = getattr(benchmark_cases, factory)(8, False)
    for side in sides.values():
        side()
        side()


def test_the_hand_fused_loop_does_the_trainers_math(benchmark_modules):
    """The fused loop is a fair floor only if it computes what Network.fit computes."""
    from tinynet.nn import datasets
    from tinynet.nn import Network

    X, y = datasets.moons(30, noise=0.1, seed=1)
    X, y = X.tolist(), y.tolist()
    net = Network([2, 5, 4, 1], hidden="tanh", output="sigmoid", seed=3)
    weights = [W.tolist() for W in net.weights]
    biases = [b.tolist() for b in net.biases]
    expected_history = net.fit(X, y, epochs=7, lr=0.5)
    history = benchmark_modules.train(X, [[float(label)] for label in y], weights, biases, epochs=7, lr=0.5)
    assert history == pytest.approx(expected_history, rel=1e-12, abs=1e-14)
    for W, W_expected in zip(weights, net.weights):
        for row, row_expected in zip(W, W_expected.tolist()):
            assert row == pytest.approx(row_expected, rel=1e-12, abs=1e-14)
    for b, b_expected in zip(biases, net.biases):
        assert b == pytest.approx(b_expected.tolist(), rel=1e-12, abs=1e-14)
