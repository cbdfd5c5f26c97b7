"""In-place operators: ``a += b``, ``a -= b``, ``a @= b``, ...

``a op= b`` computes ``a op b`` as the operator does, checks that the result casts back to a's dtype
under NumPy's 'same_kind' rule and keeps a's shape, then writes it through a's own strides, so every
view of a's memory sees it.

>>> from tinynet import array
>>> a = array([1.0, 2.0]); v = a[::-1]; v += 1; a.tolist()
[2.0, 3.0]
"""

from tinynet.core import dtypes
from tinynet.core import index_math
from tinynet.core.ndarray import _compact, asarray, ndarray
from tinynet.core.ufunc import UFuncTypeError, _loop_dtype, binary, matmul, operand, result_dtype


def _check_inplace_matmul(a, b):
    """a @= b is matmul(a, b, out=a): NumPy checks the cast back to a's dtype, then that a has an axis and b two."""
    loop = dtypes.promote(a._dtype, b._dtype)
    if loop is not a._dtype and not dtypes.can_cast(loop, a._dtype, "same_kind"):
        raise UFuncTypeError("Cannot cast ufunc 'matmul' output from %r to %r with casting rule 'same_kind'"
                             % (loop, a._dtype))
    if a.ndim < 1 or b.ndim < 2:
        raise ValueError("inplace matrix multiplication requires the first operand to have at least one and the "
                         "second at least two dimensions.")


def _plain_product(new, x, y):
    """NumPy's a *= b (and a **= 2) on a complex array of one element: its scalar loop's plain products,
    (ac - bd) + (ad + bc)i with each product rounded, where a larger array's loop fuses multiply-adds
    (core/fused.py) as the operator ``a * b`` does at every size.  new is the fused result, replaced."""
    from tinynet.core.ufunc_kernels import _plain_multiply, _plain_multiply64

    product = _plain_multiply64 if new._dtype.itemsize == 8 else _plain_multiply
    value = product(complex(x._values()[0]), complex(y._values()[0]))
    return asarray([value], dtype=new._dtype).reshape(new._shape)


def inplace(name, a, other):
    """a op= other: the result is cast back to a's dtype (same_kind) and written into a's memory."""
    pair = operand(other)
    if pair is None:
        return NotImplemented
    if not a._writeable:
        raise ValueError("output array is read-only")
    if name != "matmul":
        try:
            loop = _loop_dtype(name, result_dtype(a, False, pair[0], pair[1]), a._dtype, pair[0]._dtype)
        except OverflowError:
            loop = a._dtype
        if loop is not a._dtype and not dtypes.can_cast(loop, a._dtype, "same_kind"):  # NumPy checks this first
            raise UFuncTypeError("Cannot cast ufunc '%s' output from %r to %r with casting rule 'same_kind'"
                                 % (name, loop, a._dtype))
        if pair[0]._shape != a._shape:
            index_math.broadcast_shapes(a._shape, pair[0]._shape, a._shape)  # NumPy names the output too
    if name == "matmul":
        _check_inplace_matmul(a, pair[0])
        new = matmul(a, other)
    elif name == "power" and a._dtype.kind == "c" and (type(other) is int or type(other) is float):
        from tinynet.core.operators import complex_pow  # **= 2, -1, 0.5: NumPy's ** shortcuts

        new = complex_pow(a, other)
    else:
        new = binary(name, a, other)
    if new is NotImplemented:
        return NotImplemented
    if not isinstance(new, ndarray):
        new = asarray(new)
    if new._dtype.kind == "c" and new.size == 1 and (name == "multiply" or (name == "power" and other == 2)):
        new = _plain_product(new, a, pair[0] if name == "multiply" else a)
    if new._dtype is not a._dtype and not dtypes.can_cast(new._dtype, a._dtype, "same_kind"):
        raise UFuncTypeError(
            "Cannot cast ufunc '%s' output from %r to %r with casting rule 'same_kind'"
            % (name, new._dtype, a._dtype)
        )
    if new._shape != a._shape and name == "matmul":
        core = 1 if new._shape[-1:] != a._shape[-1:] else 0
        raise ValueError(
            "matmul: Output operand 0 has a mismatch in its core dimension %d, with gufunc signature "
            "(n?,k),(k,m?)->(n?,m?) (size %d is different from %d)"
            % (core, a._shape[core - 2] if a.ndim >= 2 else a._shape[-1], new._shape[core - 2]))
    if new._shape != a._shape:
        raise ValueError(
            "non-broadcastable output operand with shape %s doesn't match the broadcast shape %s"
            % (_compact(a._shape), _compact(new._shape))
        )
    values = new._values()
    if new._dtype is not a._dtype:
        values = dtypes.cast(values, new._dtype, a._dtype)
    a._assign(values)
    return a
