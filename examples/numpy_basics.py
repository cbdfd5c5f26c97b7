# A quick tour of array basics: creation, reshaping, broadcasting, stacking, statistics and dtypes.
import numpy as np

a = np.arange(12)
print(a)
M = a.reshape(3, 4)
print(M)
print(M.shape, M.ndim, M.size, M.dtype)
print(M.T)
print(M[1], M[:, 2], M[-1, -1])
print(M[::2, 1:3])

x = np.linspace(0, 1, 5)
print(x)
print(np.linspace(-2, 2, 9).reshape(3, 3))
I = np.eye(3)
print(I)
print(np.eye(3, dtype=int) * 7)

# broadcasting: a row of shape (4,) and a column of shape (3, 1)
row = np.array([10, 20, 30, 40])
col = np.array([[1], [2], [3]])
print(M + row)
print(M * col)
print(row + col)
print(M / 4)
print(M - M.mean(axis=0))

top = np.ones((2, 3))
bottom = np.zeros((1, 3))
print(np.vstack([top, bottom]))
print(np.hstack([np.arange(3), np.arange(5, 7)]))
print(np.concatenate([M, M * 2], axis=1))
print(np.concatenate([M, -M], axis=0).shape)

data = np.array([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])
print("mean", data.mean(), "std", data.std(), "var", data.var())
samples = np.sin(np.arange(10) * 0.7) * 3
print(samples)
print(np.round(samples, 2))
print(f"std of samples: {samples.std():.5f}")
print(np.round(samples.sum(), 3), np.round(samples.max(), 4), samples.argmax(), samples.argmin())
print(np.allclose(np.sin(x) ** 2 + np.cos(x) ** 2, np.ones(5)))
print(np.allclose(x, x + 1e-3))

big = samples > 0
print(big)
print(np.array(big, dtype='int64'))
print(big.astype(float))
print(samples.astype(int))
print(M.astype('float64') / 3)
print(np.sum(big), big.sum(), np.mean(big))
print(np.sqrt(np.arange(1, 6)) * np.exp(-np.arange(5)))
