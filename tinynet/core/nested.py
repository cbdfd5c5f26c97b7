"""Matrix math on plain nested lists: the ground floor of tinynet.

A matrix is a list of rows, each row a list of numbers, row-major:
``[[1, 2, 3], [4, 5, 6]]`` has shape (2, 3).  A vector is a flat list and a
scalar is just a number, with shapes (n,) and ().  Nothing here knows about
``ndarray``; the array's matrix products are computed as these functions compute
them (``sum_of_products``), and its float sums by ``pairwise_sum`` and
``pairwise_rows``, which live in ``core/pairwise.py`` (every program sums, so
they load with ``import tinynet``; this module loads on first use).

    >>> A = [[1, 2], [3, 4]]
    >>> transpose(A)
    [[1, 3], [2, 4]]
    >>> matmul(A, [[1, 0], [0, 1]])
    [[1, 2], [3, 4]]
    >>> zip_with(add, A, (2, 2), [10, 20], (2,))
    ([[11, 22], [13, 24]], (2, 2))
    >>> pairwise_sum([0.1] * 10), sum_of_products([1, 2], [3, 4])
    (1.0, 11)

Each operation is written once as its formula, plainly, and where profiling
showed it matters, a faster form sits beside it doing the same arithmetic
(the tests check that the two agree).  The operators as functions (``add``,
``mul``, ...) come from ``core/portable.py``: C ones where the runtime has the
``operator`` module, plain ones on a bare MicroPython port.
"""

from tinynet.core.pairwise import pairwise_rows, pairwise_sum, running_sums  # noqa: F401 - re-exported
from tinynet.core.portable import (  # noqa: F401 - re-exported: nested.add, nested.mul, ...
    add,
    and_,
    eq,
    floordiv,
    fold,
    ge,
    gt,
    invert,
    le,
    lt,
    mod,
    mul,
    ne,
    neg,
    or_,
    repeat,
    sub,
    sumprod,
    truediv,
    xor,
)
from tinynet.core.shapes import format_shape, size_of  # noqa: F401 - size_of re-exported

NAN = float("nan")


# --------------------------------------------------------------------------
# Shapes
# --------------------------------------------------------------------------


def broadcast_shapes(*shapes):
    """Return the shape that NumPy's broadcasting rules give these shapes.

    Align the shapes on the right; on each axis the sizes must be equal or 1,
    and a 1 stretches to the other size.

    >>> broadcast_shapes((2, 3), (3,)), broadcast_shapes((2, 1), (1, 4)), broadcast_shapes((), (5,))
    ((2, 3), (2, 4), (5,))
    >>> broadcast_shapes((2, 3), (4,))
    Traceback (most recent call last):
      ...
    ValueError: operands could not be broadcast together with shapes (2,3) (4,) 
    """
    ndim = max(len(s) for s in shapes)
    result = []
    for axis in range(-ndim, 0):
        size = 1
        for s in shapes:
            n = s[axis] if -axis <= len(s) else 1
            if n != 1:
                if size != 1 and size != n:
                    raise ValueError(
                        "operands could not be broadcast together with shapes "
                        + " ".join(_compact_shape(s) for s in shapes)
                        + " "
                    )
                size = n
        result.append(size)
    return tuple(result)


def _compact_shape(shape):
    """NumPy writes shapes without spaces in broadcasting errors: (2,3)."""
    return format_shape(shape).replace(" ", "")


# --------------------------------------------------------------------------
# Building and reshaping
# --------------------------------------------------------------------------


def flatten(data, shape):
    """Return the elements of a 0-, 1- or 2-d nested list in row-major order.

    >>> flatten([[1, 2], [3, 4]], (2, 2)), flatten(7, ())
    ([1, 2, 3, 4], [7])
    """
    if len(shape) == 0:
        return [data]
    if len(shape) == 1:
        return list(data)
    flat = []
    for row in data:
        flat.extend(row)
    return flat


def unflatten(flat, shape):
    """Return a flat row-major list arranged as a nested list of the given shape.

    >>> unflatten([1, 2, 3, 4, 5, 6], (2, 3))
    [[1, 2, 3], [4, 5, 6]]
    """
    if len(shape) == 0:
        return flat[0]
    if len(shape) == 1:
        return list(flat)
    n = shape[1]
    if n == 0:
        return [[] for _ in range(shape[0])]
    return [flat[i : i + n] for i in range(0, shape[0] * n, n)]


def constant(value, shape):
    """Return a nested list of the given shape with every element value.

    >>> constant(0.0, (2, 3)), constant(7, (2,)), constant(1, ())
    ([[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]], [7, 7], 1)
    """
    if len(shape) == 0:
        return value
    if len(shape) == 1:
        return [value] * shape[0]
    return [[value] * shape[1] for _ in range(shape[0])]


def copy(data, shape):
    """Return a copy that shares no list with the original.

    >>> A = [[1, 2]]; B = copy(A, (1, 2)); B[0][0] = 9; A
    [[1, 2]]
    """
    if len(shape) == 2:
        return [row[:] for row in data]
    if len(shape) == 1:
        return data[:]
    return data


# --------------------------------------------------------------------------
# Transpose and matrix products
# --------------------------------------------------------------------------


def transpose(matrix):
    """Return the transpose: T[j][i] = A[i][j].

    >>> transpose([[1, 2, 3], [4, 5, 6]])
    [[1, 4], [2, 5], [3, 6]]
    """
    # zip(*rows) walks the rows in step, yielding one column at a time.
    return [list(column) for column in zip(*matrix)]


def dot(u, v):
    """Return the dot product of two vectors: sum_k u[k] * v[k].

    >>> dot([1, 2, 3], [4, 5, 6])
    32
    """
    total = 0
    for a, b in zip(u, v):
        total += a * b
    return total


def matmul_naive(A, B):
    """Return the matrix product by its definition: C[i][j] = sum_k A[i][k] * B[k][j].

    This is the textbook triple loop.  ``matmul`` computes the same sums faster.

    >>> matmul_naive([[1, 2], [3, 4]], [[5, 6], [7, 8]])
    [[19, 22], [43, 50]]
    """
    n, m = len(A), len(B[0]) if B else 0
    C = [[0] * m for _ in range(n)]
    for i in range(n):
        for j in range(m):
            total = 0
            for k in range(len(B)):
                total += A[i][k] * B[k][j]
            C[i][j] = total
    return C


def matmul(A, B):
    """Return the matrix product C = A B, where C[i][j] = sum_k A[i][k] * B[k][j].

    Entry C[i][j] is the dot product of row i of A with column j of B.  We
    transpose B once, so that each column is a ready-made list, and let
    ``map(mul, row, column)`` form the products at C speed.

    >>> matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]])
    [[19, 22], [43, 50]]
    """
    columns = transpose(B)
    if not columns:  # B has no columns: every row of C is empty
        return [[] for _ in A]
    if sumprod is not None:
        return [[sumprod(row, column) for column in columns] for row in A]
    return [[sum(map(mul, row, column)) for column in columns] for row in A]


def outer(u, v):
    """Return the outer product: P[i][j] = u[i] * v[j].

    >>> outer([1, 2], [3, 4, 5])
    [[3, 4, 5], [6, 8, 10]]
    """
    return [list(map(mul, repeat(a), v)) for a in u]


def sum_of_products(u, v):
    """Return sum_k u[k] * v[k]: the dot product, with the products made and added at C speed.

    >>> sum_of_products([1, 2, 3], [4, 5, 6])
    32
    """
    # sum(map(mul, u, v)) is the fastest sum of products in pure CPython before
    # 3.12: the products are made and added without a Python-level loop.  From
    # 3.12, math.sumprod does the same in one C loop and is about twice as fast.
    # It adds in extended precision, so its float results can differ from
    # sum(map(mul, u, v)) in the last bit (so can sum() itself from 3.12, which
    # compensates rounding); NumPy's BLAS adds in yet another order, so tinynet's
    # products match NumPy's to rounding, never bit for bit, on any Python.
    if sumprod is not None:
        return sumprod(u, v)
    return sum(map(mul, u, v))


# --------------------------------------------------------------------------
# Elementwise operations with broadcasting
# --------------------------------------------------------------------------


def zip_with(f, a, a_shape, b, b_shape):
    """Return (f(a, b) elementwise with broadcasting, the result's shape).

    Broadcasting stretches axes of length 1 (and missing leading axes) to
    match the other operand, without copying: a row is reused for every row,
    a single value is repeated along a row.

    >>> zip_with(mul, [[1], [2]], (2, 1), [1, 10, 100], (3,))
    ([[1, 10, 100], [2, 20, 200]], (2, 3))
    >>> zip_with(sub, 10, (), [1, 2], (2,))
    ([9, 8], (2,))
    """
    if a_shape == b_shape:  # the common case: no stretching at all
        shape = a_shape
        if len(shape) == 2:
            return [list(map(f, ra, rb)) for ra, rb in zip(a, b)], shape
        if len(shape) == 1:
            return list(map(f, a, b)), shape
        return f(a, b), shape
    fast = _zip_common_broadcast(f, a, a_shape, b, b_shape)
    if fast is not None:
        return fast
    shape = broadcast_shapes(a_shape, b_shape)
    if len(shape) == 0:
        return f(a, b), shape
    if len(shape) == 1:
        return _zip_row(f, a, len(a_shape), b, len(b_shape), shape[0]), shape
    rows, columns = shape
    rows_a = _broadcast_rows(a, a_shape, rows)
    rows_b = _broadcast_rows(b, b_shape, rows)
    ndim_a = min(len(a_shape), 1)
    ndim_b = min(len(b_shape), 1)
    return [_zip_row(f, ra, ndim_a, rb, ndim_b, columns) for ra, rb in zip(rows_a, rows_b)], shape


def _zip_common_broadcast(f, a, a_shape, b, b_shape):
    """zip_with's fast path for an array with a single value and a matrix with a row; None otherwise.

    These are the broadcasts training code does most (``z * 2.0``, ``a @ W + b``).  The
    general path computes the same values, row by row, through _broadcast_rows and _zip_row.
    """
    if not b_shape:  # an array and a single value, repeated along every row
        if len(a_shape) == 2:
            return [list(map(f, row, repeat(b))) for row in a], a_shape
        return list(map(f, a, repeat(b))), a_shape
    if not a_shape:
        if len(b_shape) == 2:
            return [list(map(f, repeat(a), row)) for row in b], b_shape
        return list(map(f, repeat(a), b)), b_shape
    if len(a_shape) == 2 and b_shape == a_shape[1:]:  # a matrix and one row, reused for every row
        return [list(map(f, row, b)) for row in a], a_shape
    if len(b_shape) == 2 and a_shape == b_shape[1:]:
        return [list(map(f, a, row)) for row in b], b_shape
    return None


def _broadcast_rows(x, shape, rows):
    """Yield the rows of x stretched to `rows` rows: each a list, or a scalar."""
    if len(shape) < 2:  # a vector or a scalar is the same for every row
        return repeat(x, rows)
    if shape[0] == rows:
        return x
    return repeat(x[0], rows)  # a single row, stretched


def _zip_row(f, x, x_ndim, y, y_ndim, n):
    """Combine two rows (or a row and a scalar) into a row of length n."""
    if x_ndim and len(x) != n:  # a length-1 row stretched to n
        x, x_ndim = x[0], 0
    if y_ndim and len(y) != n:
        y, y_ndim = y[0], 0
    if x_ndim and y_ndim:
        return list(map(f, x, y))
    if x_ndim:
        return list(map(f, x, repeat(y)))
    if y_ndim:
        return list(map(f, repeat(x), y))
    return [f(x, y)] * n


def broadcast_to(data, shape, new_shape):
    """Return data stretched to new_shape as a fresh nested list.

    >>> broadcast_to([1, 2], (2,), (3, 2))
    [[1, 2], [1, 2], [1, 2]]
    """
    if broadcast_shapes(shape, new_shape) != new_shape:
        raise ValueError(
            "operands could not be broadcast together with remapped shapes "
            "[original->remapped]: %s  and requested shape %s"
            % (_compact_shape(shape), _compact_shape(new_shape))
        )
    if len(new_shape) == 0:
        return data
    if len(new_shape) == 1:
        return _zip_row(_first, data, len(shape), 0, 0, new_shape[0])
    return [
        _zip_row(_first, row, min(len(shape), 1), 0, 0, new_shape[1])
        for row in _broadcast_rows(data, shape, new_shape[0])
    ]


def _first(a, b):
    return a


# --------------------------------------------------------------------------
# Reductions
# --------------------------------------------------------------------------


def product(values):
    """Return the product of a list: x_0 * x_1 * ... (1 for an empty list).

    >>> product([2, 3, 4]), product([])
    (24, 1)
    """
    total = 1
    for v in values:
        total *= v
    return total


def has_nan(values):
    """Return whether a list holds a nan (the one value not equal to itself).

    >>> has_nan([1.0, float("nan")]), has_nan([1.0])
    (True, False)
    """
    for v in values:
        if v != v:
            return True
    return False


def nan_max(values):
    """Return the largest value, or nan if any value is nan (as NumPy's max).

    >>> nan_max([1.0, 3.0, 2.0]), nan_max([1.0, float("nan")])
    (3.0, nan)
    """
    m = max(values)
    if type(m) is float and has_nan(values):
        return NAN
    return m


def nan_min(values):
    """Return the smallest value, or nan if any value is nan (as NumPy's min).

    >>> nan_min([1.0, 3.0, 2.0])
    1.0
    """
    m = min(values)
    if type(m) is float and has_nan(values):
        return NAN
    return m


def _first_nan(values):
    for i, v in enumerate(values):
        if v != v:
            return i
    return -1


def arg_max(values):
    """Return the index of the first largest value (of the first nan, if any).

    >>> arg_max([1, 5, 5]), arg_max([1.0, float("nan"), 9.0])
    (1, 1)
    """
    if values and type(values[0]) is float:
        i = _first_nan(values)
        if i >= 0:
            return i
    return values.index(max(values))


def arg_min(values):
    """Return the index of the first smallest value (of the first nan, if any).

    >>> arg_min([4, 1, 1])
    1
    """
    if values and type(values[0]) is float:
        i = _first_nan(values)
        if i >= 0:
            return i
    return values.index(min(values))


def any_true(values):
    """Return whether any value is true.

    >>> any_true([0, 0.0, 2])
    True
    """
    for v in values:
        if v:
            return True
    return False


def all_true(values):
    """Return whether every value is true.

    >>> all_true([1, 0])
    False
    """
    for v in values:
        if not v:
            return False
    return True


