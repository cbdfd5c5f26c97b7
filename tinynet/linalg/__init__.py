"""Linear algebra, as ``numpy.linalg``: decompositions, solvers, norms and products on stacks of matrices.

Every function takes a matrix or a stack of them, shape (..., M, N), and follows NumPy 2.4's dtype
rules (float32 stays float32, integers become float64, complex stays complex) and error messages.
The algorithms are the textbook ones, written to be read: LU with partial pivoting (``_triangular``),
Householder QR and Hessenberg reduction (``_householder``), Jacobi rotations for the SVD and the
Hermitian eigenproblem (``_jacobi``), and the Francis QR algorithm for general eigenvalues
(``_schur``).  Each function's docstring states its accuracy.

    >>> from tinynet import linalg
    >>> linalg.solve([[3.0, 1.0], [1.0, 2.0]], [9.0, 8.0]).tolist()
    [2.0, 3.0]
    >>> linalg.eigvalsh([[2.0, 1.0], [1.0, 2.0]]).round(12).tolist()
    [1.0, 3.0]
"""

from tinynet.linalg._common import (
    EighResult,
    EigResult,
    LinAlgError,
    QRResult,
    SlogdetResult,
    SVDResult,
)
from tinynet.linalg._decompositions import (
    eig,
    eigh,
    eigvals,
    eigvalsh,
    qr,
    svd,
    svdvals,
)
from tinynet.linalg._linalg import (
    cholesky,
    det,
    inv,
    lstsq,
    matrix_power,
    matrix_rank,
    pinv,
    slogdet,
    solve,
    tensorinv,
    tensorsolve,
)
from tinynet.linalg._norms import (
    cond,
    matrix_norm,
    norm,
    vector_norm,
)
from tinynet.linalg._products import (
    cross,
    diagonal,
    matmul,
    matrix_transpose,
    multi_dot,
    outer,
    tensordot,
    trace,
    vecdot,
)

__all__ = [
    "EigResult", "EighResult", "LinAlgError", "QRResult", "SVDResult", "SlogdetResult",
    "cholesky", "cond", "cross", "det", "diagonal", "eig", "eigh", "eigvals", "eigvalsh", "inv", "lstsq",
    "matmul", "matrix_norm", "matrix_power", "matrix_rank", "matrix_transpose", "multi_dot", "norm", "outer",
    "pinv", "qr", "slogdet", "solve", "svd", "svdvals", "tensordot", "tensorinv", "tensorsolve", "trace",
    "vecdot", "vector_norm",
]
