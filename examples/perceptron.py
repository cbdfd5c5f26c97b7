# Rosenblatt's perceptron on a seeded, linearly separable two-class problem with labels -1 and +1.
import numpy as np

np.random.seed(7)
X = np.random.uniform(-1, 1, size=(60, 2))
# points above the line x0 + 2*x1 = 0.6 are class +1, the rest class -1
y = np.where(X[:, 0] + 2 * X[:, 1] > 0.6, 1, -1)
print(y)
print("class sizes:", np.sum(y == 1), np.sum(y == -1))

w = np.zeros(2)
b = 0.0
eta = 0.1

for epoch in range(20):
    mistakes = 0
    for i in range(len(X)):
        prediction = np.sign(np.dot(X[i], w) + b)
        if prediction != y[i]:
            # move the boundary towards the misclassified point
            w += eta * y[i] * X[i]
            b += eta * y[i]
            mistakes += 1
    print(f"epoch {epoch + 1}: {mistakes} mistakes, w = {w}, b = {b:.2f}")
    if mistakes == 0:
        break

activation = X @ w + b
predictions = np.where(activation >= 0, 1, -1)
print(predictions)
print(np.sign(activation[:8]))
print(predictions == y)
print("all separated:", np.array_equal(predictions, y))
margins = y * activation
print("smallest margin: %.4f" % margins.min())
print(np.round(w / np.abs(w).max(), 3))
