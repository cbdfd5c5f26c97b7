# A two-layer sigmoid network learns XOR, with backpropagation written out by hand.
# The third input column is a constant 1 that plays the part of a bias.
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def sigmoid_slope(out):
    # derivative of the sigmoid, written in terms of its output
    return out * (1 - out)


X = np.array([[0, 0, 1],
              [0, 1, 1],
              [1, 0, 1],
              [1, 1, 1]])
y = np.array([[0, 1, 1, 0]]).T

np.random.seed(1)
syn0 = 2 * np.random.random((3, 4)) - 1
syn1 = 2 * np.random.random((4, 1)) - 1
print("initial weights, layer 0:")
print(syn0)

for step in range(6000):
    # forward pass
    l0 = X
    l1 = sigmoid(np.dot(l0, syn0))
    l2 = sigmoid(np.dot(l1, syn1))

    # backward pass
    l2_error = y - l2
    if step % 1500 == 0:
        print(f"step {step:5d}  mean |error| = {np.mean(np.abs(l2_error)):.6f}")
    l2_delta = l2_error * sigmoid_slope(l2)
    l1_error = l2_delta.dot(syn1.T)
    l1_delta = l1_error * sigmoid_slope(l1)

    syn1 += l1.T.dot(l2_delta)
    syn0 += np.dot(l0.T, l1_delta)

print("output after training:")
print(l2)
print("hidden layer:")
print(l1)
print("weights, layer 1:")
print(syn1)
predictions = (l2 > 0.5).astype(int)
print(predictions.T)
print(predictions == y)
print("all correct:", np.array_equal(predictions, y))
