# Check a hand-written backward pass against central differences, one weight at a time.
import numpy as np

np.random.seed(5)
X = np.random.randn(6, 4)
Y = np.random.randn(6, 2)
W1 = 0.5 * np.random.randn(4, 3)
W2 = 0.5 * np.random.randn(3, 2)


def loss_fn():
    hidden = np.tanh(X @ W1)
    out = hidden @ W2
    return 0.5 * np.sum((out - Y) ** 2)


def analytic_gradients():
    # forward pass
    hidden = np.tanh(X @ W1)
    out = hidden @ W2
    # backward pass: dL/dout = out - Y, dW2 = hidden^T . dout
    dout = out - Y
    dW2 = hidden.T @ dout
    # through tanh: d tanh(z) / dz = 1 - tanh(z)^2
    dhidden = (dout @ W2.T) * (1 - hidden ** 2)
    dW1 = X.T @ dhidden
    return dW1, dW2


def numerical_gradient(W, h=1e-5):
    grad = np.zeros_like(W)
    for i in range(W.shape[0]):
        for j in range(W.shape[1]):
            old = W[i, j]
            W[i, j] = old + h
            loss_plus = loss_fn()
            W[i, j] = old - h
            loss_minus = loss_fn()
            W[i, j] = old
            grad[i, j] = (loss_plus - loss_minus) / (2 * h)
    return grad


print(f"loss {loss_fn():.6f}")
W1_before = np.copy(W1)
dW1, dW2 = analytic_gradients()
num_dW1 = numerical_gradient(W1)
num_dW2 = numerical_gradient(W2)
print("weights restored:", np.array_equal(W1, W1_before))
print(dW1)
print(np.round(dW2, 4))
print(np.round(num_dW2, 4))
for name, exact, approx in [("W1", dW1, num_dW1), ("W2", dW2, num_dW2)]:
    max_diff = np.abs(exact - approx).max()
    scale = np.abs(exact).max() + np.abs(approx).max()
    relative = max_diff / scale
    print(name, exact.shape, "max abs diff below 1e-7:", max_diff < 1e-7,
          "relative error below 1e-8:", relative < 1e-8)
print(np.allclose(dW1, num_dW1, atol=1e-6))
print(np.isclose(dW2, num_dW2, rtol=1e-5))
