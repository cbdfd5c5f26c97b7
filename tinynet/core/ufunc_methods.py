"""The parts of a ufunc that a plain call does not need: the keywords ``out=``, ``where=``, ``dtype=``,
``casting=``, and the methods ``reduce``, ``accumulate``, ``reduceat``, ``outer`` and ``at``.

Plain functions of ``self`` that ``core/umath.py`` sets on the ufunc class: on CPython as it loads, on
MicroPython on the first use of any of them.

>>> from tinynet import add, multiply, array
>>> add.reduce([[1, 2], [3, 4]]).tolist(), multiply.outer([1, 2], [1, 10]).tolist()
([4, 6], [[1, 10], [2, 20]])
>>> out = array([0.0, 0.0]); add([1, 2], 1, out=out) is out, out.tolist()
(True, [2.0, 3.0])
"""

from tinynet.core import dtypes
from tinynet.core import errors
from tinynet.core import index_math
from tinynet.core import reductions
from tinynet.core.dtypes import BOOL
from tinynet.core.ndarray import _compact, _size_of, asarray, ndarray, normalize_axis
from tinynet.core.ufunc import UFuncTypeError, _values_in, result
from tinynet.core.umath import _NoValue


# The reductions that have a faster (and NumPy-ordered) form than folding the function.
_REDUCE = {
    "add": lambda a, axis, dtype, out, keepdims, initial, where: reductions.sum(
        a, axis, dtype, out, keepdims, initial, where),
    "multiply": lambda a, axis, dtype, out, keepdims, initial, where: reductions.prod(
        a, axis, dtype, out, keepdims, initial, where),
    "maximum": lambda a, axis, dtype, out, keepdims, initial, where: reductions.extreme(
        "maximum", a if dtype is None else a.astype(dtype), axis, out, keepdims, initial, where),
    "minimum": lambda a, axis, dtype, out, keepdims, initial, where: reductions.extreme(
        "minimum", a if dtype is None else a.astype(dtype), axis, out, keepdims, initial, where),
}


_ACCUMULATE = {"add": "add", "multiply": "multiply"}


# The functions whose reduction may visit the elements in any order (associative and commutative).
_REORDERABLE = ("add", "multiply", "maximum", "minimum", "logical_and", "logical_or", "logical_xor",
                "bitwise_and", "bitwise_or", "bitwise_xor", "fmax", "fmin", "hypot", "logaddexp", "logaddexp2",
                "gcd")


# The reductions whose answer for one element differs from that element: NumPy starts them from the
# identity, so gcd.reduce([-4]) = gcd(0, -4) = 4 and hypot.reduce([-1.0]) = 1.0.
_START_FROM_IDENTITY = ("gcd", "hypot", "logaddexp", "logaddexp2")


# Comparisons and logical functions: their dtype= can only be bool, the output's dtype.
_BOOL_OUTPUT = ("equal", "not_equal", "less", "less_equal", "greater", "greater_equal", "logical_and",
                "logical_or", "logical_xor", "logical_not", "isnan", "isinf", "isfinite", "signbit")


# The kinds of dtype= a Python number may be computed in (it is weak: any dtype of its kind or above).
_WEAK_KINDS = {bool: "biufc", int: "iufc", float: "fc", complex: "c"}


def _call_keywords(self, args, out, where, dtype, casting):
    """A call with out=, where=, dtype= or an output given by position (see ufunc.__call__)."""
    if self.nout > 1:
        return self._call_outputs(args, out, where, dtype, casting)
    if len(args) == self.nin + 1 and out is None:
        out, args = args[-1], args[:-1]
    if len(args) != self.nin:
        raise TypeError("%s() takes from %d to %d positional arguments but %d were given"
                        % (self.__name__, self.nin, self.nin + 1, len(args)))
    if isinstance(out, tuple):
        if len(out) != 1:
            raise ValueError("The 'out' tuple must have exactly one entry per ufunc output")
        out = out[0]
    if dtype is not None:
        args = self._inputs_in(dtypes.as_dtype(dtype), args, casting)
    value = self._function(*args)
    if value is NotImplemented:
        raise TypeError("ufunc '%s' not supported for the input types" % self.__name__)
    if (self.__name__ in ("multiply", "square") and type(out) is ndarray and out.size == 1
            and value._dtype.kind == "c" and [x for x in args if getattr(x, "_buf", None) is out._buf]):
        from tinynet.core.inplace import _plain_product  # np.multiply(a, b, out=a) on one complex element

        value = _plain_product(value, asarray(args[0]), asarray(args[-1]))
    if where is not True:
        value = self._masked(value, where, out)
    if out is None:
        return value
    return _into(self.__name__, value, out, casting)


def _inputs_in(self, d, args, casting):
    """The inputs cast to the loop dtype d that ``dtype=`` asks for, refused as NumPy refuses them.

    For a comparison or a logical function, dtype=bool names the output's dtype: the inputs are
    compared as they are (any other dtype has no loop there).
    """
    if self.__name__ in _BOOL_OUTPUT:
        if d is not BOOL:
            raise TypeError("No loop matching the specified signature and casting was found for ufunc %s"
                            % self.__name__)
        return args
    one = ndarray._make([dtypes.converter(d)(1)], (), d)
    probe = self._function(*([one] * self.nin))  # the loop for d: its own TypeError if there is none
    if getattr(probe, "dtype", d) is not d:  # (np.sqrt has no int8 loop: dtype=int8 does not upcast)
        raise TypeError("No loop matching the specified signature and casting was found for ufunc %s"
                        % self.__name__)
    cast = []
    for i, x in enumerate(args):
        t = type(x)
        if t in _WEAK_KINDS:  # a Python number is weak: it takes any dtype of its kind or above
            source, fits = dtypes.promote_weak(d, t), d.kind in _WEAK_KINDS[t]
        else:
            source = asarray(x)._dtype
            fits = dtypes.can_cast(source, d, casting)
        if casting != "unsafe" and not fits:
            which = "input" if self.nin == 1 else "input %d" % i
            raise UFuncTypeError("Cannot cast ufunc '%s' %s from %r to %r with casting rule '%s'"
                                 % (self.__name__, which, source, d, casting))
        if t in _WEAK_KINDS and t is int and d.kind in "iu":
            dtypes.check_python_int(x, d)  # 300 into int8 overflows, whatever the casting rule
        cast.append(asarray(x).astype(d))
    return tuple(cast)


def _call_outputs(self, args, out, where, dtype, casting):
    """Call a ufunc of several outputs (frexp, modf, divmod): out is a tuple with one entry per output."""
    if len(args) > self.nin:
        if out is not None:
            raise TypeError("cannot specify 'out' as both a positional and keyword argument")
        out, args = tuple(args[self.nin:]), args[:self.nin]
    if len(args) != self.nin or (out is not None and len(out) != self.nout):
        if len(args) == self.nin:
            raise ValueError("The 'out' tuple must have exactly one entry per ufunc output")
        raise TypeError("%s() takes from %d to %d positional arguments but %d were given"
                        % (self.__name__, self.nin, self.nargs, len(args)))
    if dtype is not None:
        raise TypeError("Cannot provide `dtype` when a ufunc has no outputs or more than one")
    values = self._function(*args)
    outs = (None,) * self.nout if out is None else out
    if where is not True:
        values = tuple(self._masked(v, where, o) for v, o in zip(values, outs))
    return tuple(v if o is None else _into(self.__name__, v, o, casting) for v, o in zip(values, outs))


def _masked(self, value, where, out):
    """Keep value where `where` is true and out's old values (zeros without out) elsewhere."""
    value = asarray(value)
    mask = asarray(where, dtype=BOOL)
    shape = value._shape
    if out is not None:
        shape = out._shape
    shape = index_math.broadcast_shapes(shape, mask._shape, value._shape)
    keep = _values_in(mask, shape, None)
    new = _values_in(value, shape, None)
    if out is not None:
        old = _values_in(out, shape, value._dtype)
    else:
        old = [dtypes.converter(value._dtype)(0)] * len(new)
    return ndarray._make([n if k else o for k, n, o in zip(keep, new, old)], shape, value._dtype)


def _check_binary(self, method):
    if self.nin != 2:
        raise ValueError("%s only supported for binary functions" % method)
    if self.nout != 1 and method != "outer":
        raise ValueError("%s only supported for functions returning a single value" % method)


def _result_dtype(self, d):
    """The dtype the function gives for two operands of dtype d (TypeError if it has no loop for d)."""
    one = ndarray._make([dtypes.converter(d)(1)], (), d)
    with errors.errstate(all="ignore"):
        return asarray(self(one, one))._dtype


def reduce(self, array, axis=0, dtype=None, out=None, keepdims=False, initial=_NoValue, where=True):
    """Fold the function along the given axes: f(f(a[0], a[1]), a[2]) ..."""
    self._check_binary("reduce")
    a = asarray(array)
    fast = _REDUCE.get(self.__name__)
    if fast is not None:
        return fast(a, axis, dtype, out, keepdims, None if initial is _NoValue else initial, where)
    reorderable = self.__name__ in _REORDERABLE
    # NumPy's order of checks: the axes, then the loop (bool subtract is its TypeError, and dtype=d needs a
    # loop from d to d: divide has none for int64), then whether several axes may be folded
    several = a.ndim > 1 if axis is None else isinstance(axis, (tuple, list)) and len(axis) != 1
    if axis is not None:  # AxisError, then repeats
        axes = [normalize_axis(i, a.ndim) for i in (axis if isinstance(axis, (tuple, list)) else (axis,))]
        if len(set(axes)) != len(axes):
            raise ValueError("duplicate value in 'axis'")
    loop = None  # the dtype asked for, once its loop from d to d is found
    if dtype is not None:
        loop = dtypes.as_dtype(dtype)
        if self._result_dtype(loop) is not loop:
            raise TypeError("No loop matching the specified signature and casting was found for ufunc %s"
                            % self.__name__)
    elif several and not reorderable:
        self._result_dtype(a._dtype)
    if axis is None:
        if a.ndim > 1 and not reorderable:
            raise ValueError("reduction operation '%s' is not reorderable, so at most one axis may be "
                             "specified" % self.__name__)
        value = self.reduce(a.ravel(), 0, dtype, None, False, initial, where)
        if keepdims:
            value = asarray(value).reshape((1,) * a.ndim)
        return value if out is None else _into(self.__name__, value, out, "same_kind")
    elif isinstance(axis, (tuple, list)):
        if len(axis) > 1 and reorderable:
            value = a
            for i in sorted(axes)[::-1]:
                value = self.reduce(value, i, dtype, None, keepdims, initial, where)
            return value if out is None else _into(self.__name__, value, out, "same_kind")
        if not axis:  # no axis to fold: each element alone, in the loop's dtype
            d = loop if loop is not None else self._result_dtype(a._dtype)
            value = a.astype(d)
            if self.identity is not None:  # each element folded with the identity: hypot gives |x|
                value = self(ndarray._make([dtypes.converter(d)(self.identity)], (), d), value)
            if out is not None:
                return _into(self.__name__, value, out, "same_kind")
            return value[()] if value.ndim == 0 else value  # a 0-d result is a scalar, as every reduction's
        if len(axis) != 1:
            raise ValueError("reduction operation '%s' is not reorderable, so at most one axis may be "
                             "specified" % self.__name__)
    axis = axes[0]  # one axis, checked above
    if loop is not None:
        a = a.astype(loop)
    if where is not True:
        raise ValueError("reduction operation '%s' does not have an identity, so to use a where mask "
                         "one has to specify 'initial'" % self.__name__)
    d = loop if loop is not None else self._result_dtype(a._dtype)
    moved = _axis_first(a, axis)  # fold along the first axis
    rest = moved._shape[1:]
    items = [moved[i] for i in range(moved._shape[0])]
    if initial is not _NoValue:
        items.insert(0, _filled(rest, initial, d))
    elif self.identity is not None and self.__name__ in _START_FROM_IDENTITY:
        items.insert(0, _filled(rest, self.identity, d))  # NumPy starts from it: hypot.reduce([-1.0]) = 1.0
    elif not items:
        if self.identity is None:
            raise ValueError("zero-size array to reduction operation %s which has no identity" % self.__name__)
        items = [_filled(rest, self.identity, d)]
    total = items[0]
    for x in items[1:]:
        total = self(total, x)
    total = asarray(total)
    if total._dtype is not d:  # a single element still takes the function's dtype (bool for logical_and)
        total = total.astype(d)
    if keepdims:
        total = total.reshape(a._shape[:axis] + (1,) + a._shape[axis + 1:])
    value = result(list(total._values()), total._shape, total._dtype)
    return value if out is None else _into(self.__name__, value, out, "same_kind")


def accumulate(self, array, axis=0, dtype=None, out=None):
    """Keep every partial result of reduce along an axis: out[i] = f(out[i - 1], a[i])."""
    self._check_binary("accumulate")
    a = asarray(array)
    if a.ndim == 0:
        raise TypeError("cannot accumulate on a scalar")
    if self.__name__ in _ACCUMULATE:
        value = reductions.cumulative(_ACCUMULATE[self.__name__], a, axis, dtype, None)
    else:
        if dtype is not None:
            a = a.astype(dtype)
        axis = normalize_axis(axis, a.ndim)
        loop = self._result_dtype(a._dtype)  # NumPy refuses dtypes the function has no loop for, even when empty
        moved = a.swapaxes(0, axis)
        parts = []
        for i in range(moved._shape[0]):
            parts.append(moved[i] if i == 0 else asarray(self(parts[-1], moved[i])))
        d = parts[-1]._dtype if len(parts) > 1 else loop
        values = []
        for p in parts:
            values.extend(asarray(p).astype(d)._values())
        value = ndarray._make(values, moved._shape, d).swapaxes(0, axis).copy()
    return value if out is None else _into(self.__name__, value, out, "same_kind")


def reduceat(self, array, indices, axis=0, dtype=None, out=None):
    """Reduce each run a[indices[i]:indices[i + 1]] along an axis (a[indices[i]] when the run is empty)."""
    self._check_binary("reduceat")
    a = asarray(array)
    axis = normalize_axis(axis, a.ndim)
    idx = [int(i) for i in asarray(indices).ravel().tolist()]
    n = a._shape[axis]
    moved = a.swapaxes(0, axis)
    parts = []
    for k, start in enumerate(idx):
        if not 0 <= start < n:
            raise IndexError("index %d out-of-bounds in %s.reduceat [0, %d)" % (start, self.__name__, n))
        stop = idx[k + 1] if k + 1 < len(idx) else n
        if stop <= start:
            parts.append(asarray(moved[start]))
        else:
            parts.append(asarray(self.reduce(moved[start:stop], axis=0, dtype=dtype)))
    d = a._dtype if dtype is None else dtypes.as_dtype(dtype)
    for p in parts:
        d = dtypes.promote(d, p._dtype) if p._dtype is not d else d
    values = []
    for p in parts:
        values.extend(p.astype(d)._values())
    value = ndarray._make(values, (len(parts),) + moved._shape[1:], d).swapaxes(0, axis).copy()
    return value if out is None else _into(self.__name__, value, out, "same_kind")


def outer(self, A, B, **kwargs):
    """Apply the function to every pair: out[i..., j...] = f(A[i...], B[j...])."""
    self._check_binary("outer")
    a, b = asarray(A), asarray(B)
    return self(a.reshape(a._shape + (1,) * b.ndim), b, **kwargs)


def at(self, a, indices, b=None):
    """Apply the function in place at the indexed elements, once per index (repeats accumulate).

    Each result is cast back to a's dtype, as NumPy's ``at`` does.
    """
    if not isinstance(a, ndarray):
        raise TypeError("first operand must be an array")
    if self.nin == 2 and b is None:
        raise ValueError("second operand needed for ufunc")
    if not a._writeable:
        raise ValueError("assignment destination is read-only")
    key = indices
    from tinynet.core.ndarray import _index_key  # noqa: PLC0415 - the same key handling as a[...]

    positions, shape = index_math.setitem_plan(_index_key(key), a._offset, a._shape, a._strides)
    others = _values_in(asarray(b), shape, None) if self.nin == 2 else [None] * len(positions)
    d = a._dtype
    buf = a._buf
    for p, y in zip(positions, others):
        x = ndarray._make([buf[p]], (), d)
        new = asarray(self(x, y) if self.nin == 2 else self(x))
        buf[p] = dtypes.cast(new._values(), new._dtype, d)[0] if new._dtype is not d else new._values()[0]


def _axis_first(a, axis):
    """A view of a with `axis` moved to the front and the other axes in their order."""
    return a.transpose([axis] + [i for i in range(a.ndim) if i != axis])


def _filled(shape, value, d):
    """An array of shape with every element value, in dtype d (an identity of -1 is all ones: 255 in uint8)."""
    if d.kind == "u" and not isinstance(value, bool) and isinstance(value, int) and value < 0:
        value &= d._max
    return ndarray._make([dtypes.convert_scalar(value, d)] * _size_of(shape), shape, d)


def _into(name, value, out, casting):
    """Write a ufunc's result into out, checking the cast and the shape as NumPy does; return out."""
    if not isinstance(out, ndarray):
        raise TypeError("return arrays must be of ArrayType")
    if not out._writeable:
        raise ValueError("output array is read-only")
    value = asarray(value)
    if value._dtype is not out._dtype and not dtypes.can_cast(value._dtype, out._dtype, casting):
        raise UFuncTypeError("Cannot cast ufunc '%s' output from %r to %r with casting rule '%s'"
                             % (name, value._dtype, out._dtype, casting))
    try:
        shape = index_math.broadcast_shapes(value._shape, out._shape)
    except ValueError:
        shape = None
    if shape != out._shape:
        raise ValueError("non-broadcastable output operand with shape %s doesn't match the broadcast shape %s"
                         % (_compact(out._shape), _compact(value._shape)))
    out[...] = value
    return out
