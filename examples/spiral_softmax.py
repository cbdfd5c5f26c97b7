# A linear softmax classifier trained by gradient descent on a seeded three-arm spiral.
import numpy as np

np.random.seed(0)
N = 60   # points per class
D = 2    # dimensionality
K = 3    # number of classes
X = np.zeros((N * K, D))
y = np.zeros(N * K, dtype='uint8')
for j in range(K):
    ix = range(N * j, N * (j + 1))
    r = np.linspace(0.0, 1, N)                                 # radius
    t = np.linspace(j * 4, (j + 1) * 4, N) + np.random.randn(N) * 0.2  # angle
    X[ix] = np.c_[r * np.sin(t), r * np.cos(t)]
    y[ix] = j
print(X[:5])
print(y[::30])

W = 0.01 * np.random.randn(D, K)
b = np.zeros((1, K))
step_size = 1.0
reg = 1e-3
num_examples = X.shape[0]

for i in range(120):
    # class scores and probabilities
    scores = np.dot(X, W) + b
    exp_scores = np.exp(scores)
    probs = exp_scores / np.sum(exp_scores, axis=1, keepdims=True)

    # average cross-entropy loss plus L2 regularization
    correct_logprobs = -np.log(probs[range(num_examples), y])
    data_loss = np.sum(correct_logprobs) / num_examples
    reg_loss = 0.5 * reg * np.sum(W * W)
    loss = data_loss + reg_loss
    if i % 20 == 0:
        print("iteration %d: loss %f" % (i, loss))

    # gradient of the loss with respect to the scores
    dscores = probs
    dscores[range(num_examples), y] -= 1
    dscores /= num_examples

    # backpropagate into W and b
    dW = np.dot(X.T, dscores)
    db = np.sum(dscores, axis=0, keepdims=True)
    dW += reg * W

    W += -step_size * dW
    b += -step_size * db

print(W)
print(b)
scores = np.dot(X, W) + b
predicted_class = np.argmax(scores, axis=1)
print(predicted_class[::10])
print('training accuracy: %.2f' % (np.mean(predicted_class == y)))
