"""Predict with a model trained on a PC: runs on MicroPython (a board) and on any other Python.

Copy to the board the tinynet/ folder, model.json and this file, then run it (for example
``mpremote run predict_on_board.py`` or ``import predict_on_board`` at the REPL)::

    micropython predict_on_board.py [model.json] [lists|tinynet]

It loads the model for nested lists (``backend="lists"``: no arrays, so it fits in a small heap, and no
NumPy anywhere) and classifies a few sensor readings, printing one line each.  With the default
``backend="tinynet"`` the same lines return tinynet arrays, and need about 30 KB more heap.
"""
import sys

from tinynet.nn import load

# Readings to classify: points near each moon, and one between them.
READINGS = [
    [-0.8, 0.6],
    [0.0, 1.0],
    [0.9, 0.3],
    [1.0, -0.5],
    [2.0, 0.4],
    [0.5, 0.25],
]


def predict(path, readings=READINGS, backend="lists"):
    """Return (labels, probabilities) for the readings, as lists, from the model saved at path."""
    net = load(path, backend=backend)
    probabilities = net.predict_proba(readings)
    labels = net.predict(readings)
    if backend != "lists":  # tinynet arrays
        probabilities, labels = probabilities.tolist(), labels.tolist()
    return labels, [row[0] for row in probabilities]


def main(argv):
    path = argv[0] if argv else "model.json"
    labels, probabilities = predict(path, backend=argv[1] if len(argv) > 1 else "lists")
    for reading, label, probability in zip(READINGS, labels, probabilities):
        print("reading %s -> class %d (p = %.3f)" % (reading, label, probability))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
