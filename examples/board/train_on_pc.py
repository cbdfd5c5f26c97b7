"""Train a small classifier on a PC with NumPy and save it for a microcontroller.

    python3 examples/board/train_on_pc.py            # writes examples/board/model.json
    python3 examples/board/train_on_pc.py OUT.json   # writes it elsewhere

The data are two interleaving half circles ("moons") with noise, 200 points of two features each,
made with NumPy's seeded generator. The network, [2, 8, 1] with tanh hidden units and a sigmoid
output, trains on NumPy arrays (backend="numpy"); the saved JSON file is all a board needs, with
tinynet/ copied next to predict_on_board.py.
"""
import os
import sys

import numpy as np

from tinynet.nn import Network

HERE = os.path.dirname(os.path.abspath(__file__))
MODEL_PATH = os.path.join(HERE, "model.json")

SIZES = [2, 8, 1]
EPOCHS = 2000
LEARNING_RATE = 0.5
SEED = 0


def make_moons(n_samples=200, noise=0.15, seed=SEED):
    """Return (X, y): two noisy half circles, label 0 for the upper one and 1 for the lower one."""
    rng = np.random.RandomState(seed)
    half = n_samples // 2
    t_upper = np.linspace(0.0, np.pi, half)
    t_lower = np.linspace(0.0, np.pi, n_samples - half)
    upper = np.column_stack([np.cos(t_upper), np.sin(t_upper)])
    lower = np.column_stack([1.0 - np.cos(t_lower), 0.5 - np.sin(t_lower)])
    X = np.vstack([upper, lower]) + rng.normal(scale=noise, size=(n_samples, 2))
    y = np.concatenate([np.zeros(half, dtype=np.int64), np.ones(n_samples - half, dtype=np.int64)])
    return X, y


def train():
    """Return the network trained on the moons, and its training history."""
    X, y = make_moons()
    net = Network(SIZES, hidden="tanh", output="sigmoid", seed=SEED, backend="numpy")
    history = net.fit(X, y, epochs=EPOCHS, lr=LEARNING_RATE)
    return net, history, net.score(X, y)


def main(argv):
    path = argv[0] if argv else MODEL_PATH
    net, history, accuracy = train()
    net.save(path)
    print("trained %r for %d epochs: loss %.4f, training accuracy %.3f" % (
        SIZES, EPOCHS, history[-1], accuracy))
    print("saved %s (%d bytes)" % (path, os.path.getsize(path)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
