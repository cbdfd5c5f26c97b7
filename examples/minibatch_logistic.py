# Logistic regression fitted by mini-batch stochastic gradient descent on seeded synthetic data.
import numpy as np

np.random.seed(42)
n_samples, n_features = 200, 3
X = np.random.randn(n_samples, n_features)
true_w = np.array([1.5, -2.0, 0.5])
true_b = -0.25
noise = 0.3 * np.random.randn(n_samples)
y = (X @ true_w + true_b + noise > 0).astype(float)
print("positive fraction:", y.mean())


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


w = np.zeros(n_features)
b = 0.0
learning_rate = 0.5
batch_size = 32
eps = 1e-12

for epoch in range(15):
    idx = np.random.permutation(n_samples)
    for i in range(0, n_samples, batch_size):
        batch = idx[i:i + batch_size]
        X_batch, y_batch = X[batch], y[batch]
        p = sigmoid(X_batch @ w + b)
        # gradient of the mean cross-entropy: X^T (p - y) / m
        error = p - y_batch
        grad_w = X_batch.T @ error / len(batch)
        grad_b = error.mean()
        w -= learning_rate * grad_w
        b -= learning_rate * grad_b
    p_all = np.clip(sigmoid(X @ w + b), eps, 1 - eps)
    loss = -(y * np.log(p_all) + (1 - y) * np.log(1 - p_all)).mean()
    if epoch % 3 == 0 or epoch == 14:
        print(f"epoch {epoch:2d}  loss {loss:.5f}  |w| {np.sqrt(np.sum(w ** 2)):.4f}")

print("learned w:", w)
print("learned b:", round(float(b), 4))
print("true w:   ", true_w)
probabilities = sigmoid(X[:6] @ w + b)
print(probabilities)
predictions = (sigmoid(X @ w + b) >= 0.5).astype(int)
print(predictions[:20])
print(predictions[:20] == y[:20])
print(f"accuracy {np.mean(predictions == y):.3f}")
