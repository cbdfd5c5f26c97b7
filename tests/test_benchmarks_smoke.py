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
