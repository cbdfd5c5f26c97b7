"""The array core: the ground floor of formulas on nested lists, dtypes, the ndarray, printing, scalars.

Nothing here imports from the rest of tinynet. ``nested.py`` is the place to start reading: the matrix
product written as its formula, ``C[i][j] = sum_k A[i][k] * B[k][j]``.
"""
