"""N-d products on flat value lists: matmul, dot, tensordot, inner, outer, vdot and kron.

An array here is a pair ``(values, shape)``: ``values`` is a flat list of Python numbers in C
(row-major) order and ``shape`` a tuple.  ``[1, 2, 3, 4, 5, 6], (2, 3)`` is the matrix
``[[1, 2, 3], [4, 5, 6]]`` and ``[7], ()`` is the scalar 7.  Every function takes such pairs and
returns one, following NumPy's shape rules and error messages:

    >>> matmul([1, 2, 3, 4], (2, 2), [5, 6, 7, 8], (2, 2))
    ([19, 22, 43, 50], (2, 2))

The sums of products (matmul, dot, tensordot, inner, and einsum of two or more operands) all
end in one 2-d kernel, ``nested.matmul`` (``C[i][j] = sum_k A[i][k] * B[k][j]``), run on row
slices of the flat lists: an N-d product is first rearranged (transposed, with broadcast axes
given stride 0) so that it *is* a matrix product or a batch of them.  einsum lives in
``core/einsum_math.py`` (it ends in the same kernel), loaded on its first call.

Dtypes are the caller's job: it casts the inputs to the result dtype first and fixes the results
after (wrapping ints, rounding float32).  Sums are exact for ints; for floats they are plain
left-to-right sums of products (``math.sumprod`` on Python 3.12+), which differ from NumPy's
BLAS order in the last bits.  With ``boolean=True`` (bool inputs) a sum of products becomes
NumPy's logical "or of ands" and the results are bools.  A sum of no terms is the int 0.
"""

from tinynet.core import nested
from tinynet.core.nested import size_of as _size

# --------------------------------------------------------------------------
# Index math on flat C-order lists
# --------------------------------------------------------------------------




def _c_strides(shape):
    """Return the C-order strides (in elements) of a shape: (2, 3, 4) -> (12, 4, 1)."""
    strides = [1] * len(shape)
    step = 1
    for d in range(len(shape) - 1, -1, -1):
        strides[d] = step
        step *= shape[d]
    return tuple(strides)


def _offsets(shape, strides):
    """Return the flat positions sum_d i_d * strides[d] of every index of shape, in C order."""
    offsets = [0]
    for n, stride in zip(shape, strides):
        steps = [i * stride for i in range(n)]
        offsets = [o + t for o in offsets for t in steps]
    return offsets


def _gather(values, shape, strides):
    """Return the values of a strided view, as a fresh flat list in C order."""
    return [values[o] for o in _offsets(shape, strides)]


def _permute(values, shape, axes):
    """Return (values, shape) of the transpose that puts axis axes[d] at position d."""
    strides = _c_strides(shape)
    new_shape = tuple(shape[ax] for ax in axes)
    if tuple(axes) == tuple(range(len(shape))):
        return values, new_shape
    return _gather(values, new_shape, [strides[ax] for ax in axes]), new_shape


def _row_sums(values, p, n):
    """Return the sums of consecutive chunks of n values (left to right): a (p, n) -> (p,) reduction."""
    if n == 1:
        return values
    if n == 0:
        return [0] * p
    sums = []
    for start in range(0, len(values), n):
        total = 0
        for v in values[start : start + n]:
            total += v
        sums.append(total)
    return sums


def _as_bool(values):
    return [bool(v) for v in values]


def _shape_text(shape):
    """Return a shape as NumPy writes it in error messages: (2,3), (3,) or ()."""
    return _remapped_text(shape)


def _remapped_text(dims):
    """Return dims the way NumPy's iterator prints them, None meaning newaxis.

    Leading newaxes are left out; a single axis keeps its trailing comma: (3,), (3,newaxis), (3).
    """
    first = 0
    while first < len(dims) and dims[first] is None:
        first += 1
    if first == len(dims):
        return "()"
    text = ",".join("newaxis" if d is None else str(d) for d in dims[first:])
    return "(" + text + (",)" if len(dims) == 1 else ")")


def _scale(a, a_shape, b, b_shape, boolean):
    """dot/inner with a 0-d operand: multiply every element by the scalar."""
    if not a_shape:
        s = a[0]
        values, shape = [s * x for x in b], tuple(b_shape)
    else:
        s = b[0]
        values, shape = [x * s for x in a], tuple(a_shape)
    return (_as_bool(values) if boolean else values), shape


# --------------------------------------------------------------------------
# The 2-d kernel and matmul
# --------------------------------------------------------------------------


def _matmul_2d(a, a_start, b, b_start, n, k, m):
    """Return the flat product of the n x k matrix at a[a_start:] and the k x m matrix at b[b_start:].

    C[i][j] = sum_k A[i][k] * B[k][j], computed by nested.matmul on row slices.
    """
    if k == 0:  # an empty sum for every entry
        return [0] * (n * m)
    rows_a = [a[a_start + i * k : a_start + (i + 1) * k] for i in range(n)]
    rows_b = [b[b_start + j * m : b_start + (j + 1) * m] for j in range(k)]
    flat = []
    for row in nested.matmul(rows_a, rows_b):
        flat.extend(row)
    return flat


def _batched_matmul(a, a_starts, b, b_starts, n, k, m):
    """Return the concatenated products of the matrices starting at each pair of positions."""
    if n == 1 and m == 1 and k == 1:  # elementwise products ('ij,ij->ij'), each a sum from 0 as above
        return [0 + a[i] * b[j] for i, j in zip(a_starts, b_starts)]
    values = []
    if n == 1 and m == 1:  # a batch of dot products ('bi,bi->b')
        for a_start, b_start in zip(a_starts, b_starts):
            values.append(nested.dot(a[a_start : a_start + k], b[b_start : b_start + k]))
        return values
    for a_start, b_start in zip(a_starts, b_starts):
        values.extend(_matmul_2d(a, a_start, b, b_start, n, k, m))
    return values


def _batch_strides(batch, shape, block):
    """Return the strides that walk an operand's batch axes (right-aligned) over the broadcast batch.

    Each batch element is a block of `block` values; a missing or length-1 axis gets stride 0.
    """
    strides = [0] * len(batch)
    step = block
    for d in range(1, len(shape) + 1):
        if shape[-d] != 1:
            strides[-d] = step
        step *= shape[-d]
    return strides


def _broadcast(shapes):
    """Return the broadcast of the given shapes (right-aligned), or None if they do not broadcast."""
    ndim = max([len(s) for s in shapes] + [0])
    result = [1] * ndim
    for s in shapes:
        for d in range(1, len(s) + 1):
            n = s[-d]
            if n != 1:
                if result[-d] != 1 and result[-d] != n:
                    return None
                result[-d] = n
    return tuple(result)


_MATMUL_SIGNATURE = "(n?,k),(k,m?)->(n?,m?)"


def matmul(a, a_shape, b, b_shape, boolean=False):
    """Return NumPy's matmul of two arrays: C[..., i, j] = sum_k A[..., i, k] * B[..., k, j].

    A 1-d a is a row (1, k) and a 1-d b a column (k, 1), and that axis is dropped from the
    result.  Leading (batch) axes broadcast; each batch element is one 2-d product.

    >>> matmul([1, 2, 3, 4], (2, 2), [1, 1], (2,))
    ([3, 7], (2,))
    >>> matmul([1, 0, 0, 1, 2, 0, 0, 2], (2, 2, 2), [1, 2, 3, 4], (2, 2))
    ([1, 2, 3, 4, 2, 4, 6, 8], (2, 2, 2))
    >>> matmul([1, 2, 3], (3,), [1, 2], (2,))
    Traceback (most recent call last):
      ...
    ValueError: matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 2 is different from 3)
    """
    a_shape, b_shape = tuple(a_shape), tuple(b_shape)
    for i, shape in ((0, a_shape), (1, b_shape)):
        if not shape:
            raise ValueError(
                "matmul: Input operand %d does not have enough dimensions (has 0, gufunc core with "
                "signature %s requires 1)" % (i, _MATMUL_SIGNATURE)
            )
    n, k = a_shape[-2:] if len(a_shape) > 1 else (1, a_shape[0])
    k_b, m = b_shape[-2:] if len(b_shape) > 1 else (b_shape[0], 1)
    if k_b != k:
        raise ValueError(
            "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
            "%s (size %d is different from %d)" % (_MATMUL_SIGNATURE, k_b, k)
        )
    a_batch, b_batch = a_shape[:-2], b_shape[:-2]
    batch = _broadcast([a_batch, b_batch])
    if batch is None:
        raise ValueError(
            "operands could not be broadcast together with remapped shapes [original->remapped]: "
            "%s->%s %s->%s  and requested shape %s"
            % (_shape_text(a_shape), _remapped_text(a_batch + (None, None)),
               _shape_text(b_shape), _remapped_text(b_batch + (None, None)), _shape_text((n, m)))
        )
    shape = batch + a_shape[-2:-1] + b_shape[-1:] if len(b_shape) > 1 else batch + a_shape[-2:-1]
    a_starts = _offsets(batch, _batch_strides(batch, a_batch, n * k))
    b_starts = _offsets(batch, _batch_strides(batch, b_batch, k * m))
    values = _batched_matmul(a, a_starts, b, b_starts, n, k, m)
    return (_as_bool(values) if boolean else values), shape


# --------------------------------------------------------------------------
# dot, inner, tensordot
# --------------------------------------------------------------------------


def _not_aligned(a_shape, b_shape, a_axis, b_axis):
    return ValueError(
        "shapes %s and %s not aligned: %d (dim %d) != %d (dim %d)"
        % (_shape_text(a_shape), _shape_text(b_shape), a_shape[a_axis], a_axis, b_shape[b_axis], b_axis)
    )


def dot(a, a_shape, b, b_shape, boolean=False):
    """Return NumPy's dot: sum over the last axis of a and the second-to-last of b.

    dot(a, b)[i..., j..., l] = sum_k a[i..., k] * b[j..., k, l]; the result's shape is
    a.shape[:-1] + b.shape[:-2] + b.shape[-1:].  A 1-d b contributes its only axis (k);
    a 0-d operand multiplies.

    >>> dot([1, 2, 3], (3,), [4, 5, 6], (3,))
    ([32], ())
    >>> dot([1, 2, 3, 4], (2, 2), [10], ())
    ([10, 20, 30, 40], (2, 2))
    >>> dot([1, 2, 3, 4, 5, 6], (2, 3), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], (2, 5))
    Traceback (most recent call last):
      ...
    ValueError: shapes (2,3) and (2,5) not aligned: 3 (dim 1) != 2 (dim 0)
    """
    a_shape, b_shape = tuple(a_shape), tuple(b_shape)
    if not a_shape or not b_shape:
        return _scale(a, a_shape, b, b_shape, boolean)
    b_axis = max(len(b_shape) - 2, 0)
    k = a_shape[-1]
    if b_shape[b_axis] != k:
        raise _not_aligned(a_shape, b_shape, len(a_shape) - 1, b_axis)
    # Bring b's summed axis to the front: b becomes the k x (the rest) matrix, one matmul.
    ndim_b = len(b_shape)
    bt, bt_shape = _permute(b, b_shape, [b_axis] + [d for d in range(ndim_b) if d != b_axis])
    p, q = _size(a_shape[:-1]), _size(bt_shape[1:])
    values = _matmul_2d(a, 0, bt, 0, p, k, q)
    shape = a_shape[:-1] + b_shape[:-2] + b_shape[-1:] if ndim_b > 1 else a_shape[:-1]
    return (_as_bool(values) if boolean else values), shape


def inner(a, a_shape, b, b_shape, boolean=False):
    """Return NumPy's inner product: sum over the last axes of both.

    inner(a, b)[i..., j...] = sum_k a[i..., k] * b[j..., k]; a 0-d operand multiplies.

    >>> inner([1, 2, 3, 4], (2, 2), [1, 10], (2,))
    ([21, 43], (2,))
    """
    a_shape, b_shape = tuple(a_shape), tuple(b_shape)
    if not a_shape or not b_shape:
        return _scale(a, a_shape, b, b_shape, boolean)
    k = a_shape[-1]
    if b_shape[-1] != k:  # NumPy reports b with its last two axes swapped
        swapped = b_shape[:-2] + b_shape[-1:] + b_shape[-2:-1] if len(b_shape) > 1 else b_shape
        raise _not_aligned(a_shape, swapped, len(a_shape) - 1, max(len(b_shape) - 2, 0))
    ndim_b = len(b_shape)
    bt, _ = _permute(b, b_shape, [ndim_b - 1] + list(range(ndim_b - 1)))
    values = _matmul_2d(a, 0, bt, 0, _size(a_shape[:-1]), k, _size(b_shape[:-1]))
    return (_as_bool(values) if boolean else values), a_shape[:-1] + b_shape[:-1]


def _axis_list(axes):
    """One side of tensordot's axes: a sequence becomes a list, a single axis a list of one."""
    try:
        return list(axes)
    except TypeError:
        return [axes]


def _has_duplicates(items):
    for i in range(len(items)):
        if items[i] in items[i + 1 :]:
            return True
    return False


def tensordot(a, a_shape, b, b_shape, axes=2, boolean=False):
    """Return NumPy's tensordot: sum of products over the paired axes axes[0] of a and axes[1] of b.

    axes=N pairs the last N axes of a with the first N of b.  The result's axes are a's unpaired
    axes, then b's unpaired axes: a is rearranged to (free, paired) and b to (paired, free), and
    the two are one matrix product.

    >>> tensordot([1, 2, 3, 4], (2, 2), [1, 2, 3, 4], (2, 2))
    ([30], ())
    >>> tensordot([1, 2, 3, 4], (2, 2), [1, 10], (2,), axes=([0], [0]))
    ([31, 42], (2,))
    >>> tensordot([1, 2, 3, 4], (2, 2), [1, 2, 3], (3,), axes=1)
    Traceback (most recent call last):
      ...
    ValueError: shape-mismatch for sum
    """
    a_shape, b_shape = tuple(a_shape), tuple(b_shape)
    try:
        iter(axes)
    except TypeError:  # an int N: the last N axes of a with the first N of b
        axes_a, axes_b = list(range(-axes, 0)), list(range(0, axes))
    else:
        axes_a, axes_b = axes
        axes_a, axes_b = _axis_list(axes_a), _axis_list(axes_b)
    for paired in (axes_a, axes_b):
        if _has_duplicates(paired):
            raise ValueError("duplicate axes are not allowed in tensordot")
    ndim_a, ndim_b = len(a_shape), len(b_shape)
    equal = len(axes_a) == len(axes_b)
    if equal:
        for i in range(len(axes_a)):
            if a_shape[axes_a[i]] != b_shape[axes_b[i]]:  # IndexError for an axis out of range
                equal = False
                break
            if axes_a[i] < 0:
                axes_a[i] += ndim_a
            if axes_b[i] < 0:
                axes_b[i] += ndim_b
    if not equal:
        raise ValueError("shape-mismatch for sum")
    if _has_duplicates(axes_a) or _has_duplicates(axes_b):  # such as 0 and -2 of a 2-d array
        raise ValueError("axes don't match array")
    free_a = [d for d in range(ndim_a) if d not in axes_a]
    free_b = [d for d in range(ndim_b) if d not in axes_b]
    at, _ = _permute(a, a_shape, free_a + axes_a)
    bt, _ = _permute(b, b_shape, axes_b + free_b)
    k = _size([a_shape[d] for d in axes_a])
    free_a_shape = tuple(a_shape[d] for d in free_a)
    free_b_shape = tuple(b_shape[d] for d in free_b)
    values = _matmul_2d(at, 0, bt, 0, _size(free_a_shape), k, _size(free_b_shape))
    return (_as_bool(values) if boolean else values), free_a_shape + free_b_shape


# --------------------------------------------------------------------------
# outer, vdot, kron
# --------------------------------------------------------------------------


def outer(a, a_shape, b, b_shape, boolean=False):
    """Return the outer product of the flattened inputs: P[i][j] = a[i] * b[j].

    >>> outer([1, 2], (2,), [1, 10, 100], (3,))
    ([1, 10, 100, 2, 20, 200], (2, 3))
    """
    values = [x * y for x in a for y in b]
    return (_as_bool(values) if boolean else values), (len(a), len(b))


def vdot(a, a_shape, b, b_shape, boolean=False):
    """Return the dot product of the flattened inputs, conjugating the first: sum_k conj(a[k]) * b[k].

    >>> vdot([1j, 2], (2,), [1j, 3], (2,))
    ([(7+0j)], ())
    >>> vdot([1, 2, 3], (3,), [1, 2], (2,))
    Traceback (most recent call last):
      ...
    ValueError: cannot reshape array of size 2 into shape (3,)
    """
    if len(b) != len(a):
        raise ValueError("cannot reshape array of size %d into shape (%d,)" % (len(b), len(a)))
    conj = [complex(x.real, -x.imag) if type(x) is complex else x for x in a]
    total = nested.dot(conj, b)
    return [bool(total) if boolean else total], ()


def kron(a, a_shape, b, b_shape, boolean=False):
    """Return the Kronecker product: K[i * p + k, j * q + l] = a[i, j] * b[k, l], in any number of axes.

    The shorter shape is padded with leading 1s; the result's shape is the elementwise product
    of the shapes.  It is the outer product with the axes of a and b interleaved.

    >>> kron([1, 2], (2,), [1, 10], (2,))
    ([1, 10, 2, 20], (4,))
    >>> kron([1, 0, 0, 1], (2, 2), [5], (1,))
    ([5, 0, 0, 5], (2, 2))
    """
    ndim = max(len(a_shape), len(b_shape))
    a_pad = (1,) * (ndim - len(a_shape)) + tuple(a_shape)
    b_pad = (1,) * (ndim - len(b_shape)) + tuple(b_shape)
    product = [x * y for x in a for y in b]  # axes (a axes..., b axes...)
    interleaved = []
    for d in range(ndim):
        interleaved.extend([d, ndim + d])
    values, _ = _permute(product, a_pad + b_pad, interleaved)
    shape = tuple(a_pad[d] * b_pad[d] for d in range(ndim))
    return (_as_bool(values) if boolean else values), shape
