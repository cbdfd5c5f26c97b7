"""Selection: take, put, take_along_axis, put_along_axis, choose, select, piecewise, place, putmask,
compress, extract, argwhere, flatnonzero, copyto.

Each picks elements by position or by a condition.  Reading (``take``, ``compress``, ``choose``,
``select``, ``extract``) returns a new array that owns its data; writing (``put``, ``place``, ``putmask``,
``put_along_axis``, ``copyto``) changes an existing array in place and returns None.  The flat-buffer
algorithms live in ``tinynet.core.selection``, shared with the ndarray methods of the same names.

    >>> from tinynet import array, take, select, argwhere
    >>> take([[1, 2, 3], [4, 5, 6]], [0, 2], axis=1).tolist()
    [[1, 3], [4, 6]]
    >>> x = array([-2, 0, 3])
    >>> select([x < 0, x > 0], [-x, x * 10], default=7).tolist()
    [2, 7, 30]
    >>> argwhere([[0, 1], [1, 0]]).tolist()
    [[0, 1], [1, 0]]
"""

from tinynet.core import dtypes
from tinynet.core import index_math
from tinynet.core import selection as _core
from tinynet.core.dtypes import BOOL, INT64
from tinynet.core.ndarray import asarray, ndarray, normalize_axis

# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


def _broadcast_values(a, shape):
    """The values of a broadcast to shape, in C order (a list the caller must not change)."""
    if a._shape == shape:
        return a._values()
    strides = index_math.broadcast_strides(a._shape, a._strides, shape)
    return a._view(a._offset, shape, strides)._values()


def _require_array(a, message):
    if not isinstance(a, ndarray):
        raise TypeError(message % type(a).__name__)
    if not a._writeable:
        raise ValueError("assignment destination is read-only")


# --------------------------------------------------------------------------
# By position
# --------------------------------------------------------------------------


def take(a, indices, axis=None, out=None, mode="raise"):
    """Take elements along an axis: out[..., k, ...] = a[..., indices[k], ...] (flattened if axis is None).

    mode: 'raise' (indices must lie in -n..n-1), 'wrap' (i mod n) or 'clip' (into 0..n-1).

    >>> take([4, 5, 6], [[0, 2], [-1, 1]]).tolist(), take([4, 5, 6], 7, mode="clip")
    ([[4, 6], [6, 5]], np.int64(6))
    """
    return asarray(a).take(indices, axis=axis, out=out, mode=mode)


def put(a, ind, v, mode="raise"):
    """Set a.flat[ind[k]] = v[k % len(v)] in place, for each k in order.

    >>> a = array([1, 2, 3, 4]); put(a, [0, 3], [8, 9]); a.tolist()
    [8, 2, 3, 9]
    """
    if not isinstance(a, ndarray):
        raise TypeError("argument 1 must be numpy.ndarray, not %s" % type(a))
    a.put(ind, v, mode=mode)


def compress(condition, a, axis=None, out=None):
    """Return the slices of a along axis where the 1-d condition is true (flattened if axis is None).

    >>> compress([True, False, True], [[1, 2, 3], [4, 5, 6]], axis=1).tolist()
    [[1, 3], [4, 6]]
    """
    return asarray(a).compress(condition, axis=axis, out=out)


def choose(a, choices, out=None, mode="raise"):
    """Pick from choices by an integer index array: out[i] = choices[a[i]][i], all arrays broadcast.

    >>> choose([[0, 1], [1, 0]], [[1, 2], [10, 20]]).tolist()
    [[1, 20], [10, 2]]
    """
    return asarray(a).choose(choices, out=out, mode=mode)


def _along_axis_setup(arr, indices, axis, name):
    """Check take_along_axis's arguments; return (arr, indices, axis), flattening arr if axis is None."""
    arr, indices = asarray(arr), asarray(indices)
    if indices._dtype.kind not in "iu":
        raise IndexError("`indices` must be an integer array")
    if axis is None:
        if indices.ndim != 1:
            raise ValueError("when axis=None, `indices` must have a single dimension.")
        return arr.ravel(), indices, 0
    if indices.ndim != arr.ndim:
        raise ValueError("`indices` and `arr` must have the same number of dimensions")
    return arr, indices, normalize_axis(axis, arr.ndim)


def _along_axis_plan(arr, indices, axis):
    """The broadcast shapes and positions for a[index along axis]: (result shape, flat positions in arr).

    The axes other than `axis` of arr and indices broadcast together; along `axis` the result has the
    length of indices, and element [..., k, ...] reads arr[..., indices[..., k, ...], ...].
    """
    other_arr = arr._shape[:axis] + (1,) + arr._shape[axis + 1:]
    other_ind = indices._shape[:axis] + (1,) + indices._shape[axis + 1:]
    common = index_math.broadcast_shapes(other_arr, other_ind)
    shape = common[:axis] + (indices._shape[axis],) + common[axis + 1:]
    index = _broadcast_values(indices, shape)
    n = arr._shape[axis]
    outer = 1
    for length in shape[:axis]:
        outer *= length
    m = shape[axis]
    inner = 1
    for length in shape[axis + 1:]:
        inner *= length
    # position of arr[o, j, i] in arr's own C order, with stretched axes of arr read at index 0
    arr_shape = common[:axis] + (n,) + common[axis + 1:]
    strides = index_math.broadcast_strides(arr._shape, index_math.c_strides(arr._shape), arr_shape)
    positions = index_math.flat_positions(0, arr_shape, strides)
    fixed = []
    for j in index:  # NumPy's message for an index array, also on an empty axis
        if not -n <= j < n:
            raise IndexError("index %d is out of bounds for axis %d with size %d" % (j, axis, n))
        fixed.append(j + n if j < 0 else j)
    out = []
    for o in range(outer):
        for k in range(m):
            base = (o * m + k) * inner
            row = (o * n) * inner
            for i in range(inner):
                out.append(positions[row + fixed[base + i] * inner + i])
    return shape, out


def take_along_axis(arr, indices, axis=-1):
    """Return out[..., k, ...] = arr[..., indices[..., k, ...], ...]: pick along axis, slice by slice.

    The other axes of arr and indices broadcast; typical use is with argsort's result.

    >>> take_along_axis(array([[10, 30, 20]]), array([[0, 2, 1]]), axis=1).tolist()
    [[10, 20, 30]]
    """
    arr, indices, axis = _along_axis_setup(arr, indices, axis, "take_along_axis")
    shape, positions = _along_axis_plan(arr, indices, axis)
    values = arr._values()
    return ndarray._make([values[p] for p in positions], shape, arr._dtype)


def put_along_axis(arr, indices, values, axis):
    """Set arr[..., indices[..., k, ...], ...] = values[..., k, ...] in place (values broadcast).

    >>> a = array([[1, 2, 3]]); put_along_axis(a, array([[2]]), 9, axis=1); a.tolist()
    [[1, 2, 9]]
    """
    if not isinstance(arr, ndarray):
        raise TypeError("put_along_axis() argument 1 must be numpy.ndarray, not %s" % type(arr).__name__)
    if not arr._writeable:
        raise ValueError("assignment destination is read-only")
    target, indices, axis = _along_axis_setup(arr, indices, axis, "put_along_axis")
    shape, positions = _along_axis_plan(target, indices, axis)
    source = asarray(values)
    new = _broadcast_values(source, index_math.broadcast_shapes(source._shape, shape))
    if len(new) != len(positions):
        raise ValueError("shape mismatch: value array of shape %s could not be broadcast to indexing result "
                         "of shape %s" % (source._shape, shape))
    if source._dtype is not arr._dtype:
        new = dtypes.cast(new, source._dtype, arr._dtype, setting=True)
    buf = target._buf
    c_positions = index_math.flat_positions(target._offset, target._shape, target._strides)
    for p, v in zip(positions, new):
        buf[c_positions[p]] = v


# --------------------------------------------------------------------------
# By condition
# --------------------------------------------------------------------------


def select(condlist, choicelist, default=0):
    """Return, elementwise, the choice of the first true condition (default where none is true).

    out[i] = choicelist[k][i] for the smallest k with condlist[k][i]; all arrays broadcast.  The dtype is
    the common dtype of the choices and default (a Python number is weak, as in NumPy 2).

    >>> select([[True, False, False], [True, True, False]], [[1, 2, 3], [4, 5, 6]], default=-1).tolist()
    [1, 5, -1]
    """
    if len(condlist) != len(choicelist):
        raise ValueError("list of cases must be same length as list of conditions")
    if not condlist:
        raise ValueError("select with an empty condition list is not possible")
    choices = [c if isinstance(c, (bool, int, float, complex)) else asarray(c) for c in choicelist]
    strong_default = default if isinstance(default, (bool, int, float, complex)) else asarray(default)
    d = dtypes.result_type(*(choices + [strong_default]))
    conditions = [asarray(c) for c in condlist]
    for k, c in enumerate(conditions):
        if c._dtype is not BOOL:
            raise TypeError("invalid entry %d in condlist: should be boolean ndarray" % k)
    arrays = [asarray(c) for c in choices] + [asarray(strong_default)]
    # NumPy broadcasts the choices (with default) together first, then the conditions with them
    condition_shape = _core.broadcast_shape([c._shape for c in conditions])
    choice_shape = _core.broadcast_shape([a._shape for a in arrays])
    shape = _core.broadcast_shape([condition_shape, choice_shape])
    result = list(_cast_to_shape(arrays[-1], d, shape))
    for c, choice in zip(reversed(conditions), reversed(arrays[:-1])):
        flags = _broadcast_values(c, shape)
        picked = _cast_to_shape(choice, d, shape)
        result = [p if f else r for f, p, r in zip(flags, picked, result)]
    return ndarray._make(result, shape, d)


def _cast_to_shape(a, d, shape):
    values = _broadcast_values(a, shape)
    return values if a._dtype is d else dtypes.cast(values, a._dtype, d)


def piecewise(x, condlist, funclist, *args, **kw):
    """Evaluate a piecewise function: out[cond_k] = f_k(x[cond_k]) (or the constant f_k), else 0.

    With one more function than conditions, the last applies where no condition holds.  Later
    conditions overwrite earlier ones.  The result has x's dtype.

    >>> x = array([-1.0, 0.0, 2.0])
    >>> piecewise(x, [x < 0, x > 0], [lambda v: -v, lambda v: v * v]).tolist()
    [1.0, 0.0, 4.0]
    """
    x = asarray(x)
    if _is_scalar(condlist) or (not isinstance(condlist[0], (list, ndarray)) and x.ndim != 0):
        condlist = [condlist]  # one condition, not a list of them
    stacked = asarray(condlist, dtype=BOOL)
    n = len(stacked)
    if len(funclist) == n + 1:  # the last function applies where no condition holds
        otherwise = [True] * _size_of(stacked._shape[1:])
        for k in range(n):
            otherwise = [o and not c for o, c in zip(otherwise, stacked[k]._values())]
        stacked = ndarray._make(stacked._values() + otherwise, (n + 1,) + stacked._shape[1:], BOOL)
        n += 1
    elif len(funclist) != n:
        raise ValueError("with %d condition(s), either %d or %d functions are expected" % (n, n, n + 1))
    y = ndarray._make([dtypes.converter(x._dtype)(0)] * x.size, x._shape, x._dtype)
    for k, f in enumerate(funclist):
        condition = stacked[k]
        if not callable(f):
            y[condition] = f
            continue
        chosen = x[condition]
        if chosen.size > 0:  # f is not called on an empty selection
            y[condition] = f(chosen, *args, **kw)
    return y


def _is_scalar(obj):
    return isinstance(obj, (bool, int, float, complex)) or (hasattr(obj, "dtype") and not hasattr(obj, "ndim")) \
        or (hasattr(obj, "item") and not isinstance(obj, ndarray) and getattr(obj, "ndim", 1) == 0)


def _size_of(shape):
    n = 1
    for length in shape:
        n *= length
    return n


def place(arr, mask, vals):
    """Set the elements of arr where mask is true to vals, in order, cycling vals: in place.

    The k-th true position (in C order) gets vals[k % len(vals)].

    >>> a = array([1, 2, 3, 4]); place(a, [True, False, True, True], [7, 8]); a.tolist()
    [7, 2, 8, 7]
    """
    if not isinstance(arr, ndarray):
        raise TypeError("place() argument 1 must be numpy.ndarray, not %s" % type(arr).__name__)
    mask = asarray(mask)
    if mask.size != arr.size:
        raise ValueError("place: mask and data must be the same size")
    source = _assigned_values(vals, arr._dtype).ravel()
    flags = mask._values()
    targets = [i for i in range(arr.size) if flags[i]]
    if not targets:
        return
    if source.size == 0:
        raise ValueError("Cannot insert from an empty array!")
    if not arr._writeable:
        raise ValueError("assignment destination is read-only")
    new = source._values()
    positions = index_math.flat_positions(arr._offset, arr._shape, arr._strides)
    m = len(new)
    buf = arr._buf
    for k, i in enumerate(targets):
        buf[positions[i]] = new[k % m]


def putmask(a, mask, values):
    """Set a.flat[i] = values.flat[i % len(values)] wherever mask.flat[i] is true: in place.

    Unlike place, the value used depends on the position i, not on how many true entries came before.

    >>> a = array([1, 2, 3, 4]); putmask(a, [True, False, True, True], [7, 8]); a.tolist()
    [7, 2, 7, 8]
    """
    if not isinstance(a, ndarray):
        raise TypeError("putmask: first argument must be an array")
    mask = asarray(mask)
    if mask.size != a.size:
        raise ValueError("putmask: mask and data must be the same size")
    source = _assigned_values(values, a._dtype)
    if source.size == 0:
        return
    if not a._writeable:
        raise ValueError("assignment destination is read-only")
    new = source._values()
    flags = mask._values()
    positions = index_math.flat_positions(a._offset, a._shape, a._strides)
    m = len(new)
    buf = a._buf
    for i, flag in enumerate(flags):
        if flag:
            buf[positions[i]] = new[i % m]


def _assigned_values(values, d):
    """Values for place and putmask as an array of dtype d: an array must cast safely; Python values
    are converted straight to d (so an out-of-range Python int raises OverflowError, as in NumPy 2)."""
    if isinstance(values, ndarray) or (hasattr(values, "dtype") and hasattr(values, "shape")
                                       and getattr(values, "ndim", 0) > 0):
        source = asarray(values)
        if not dtypes.can_cast(source._dtype, d, "safe"):
            what = "scalar" if source.ndim == 0 else "array data"
            raise TypeError("Cannot cast %s from dtype('%s') to dtype('%s') according to the rule 'safe'"
                            % (what, source._dtype.name, d.name))
        return source if source._dtype is d else source.astype(d)
    return asarray(values, dtype=d)


def extract(condition, arr):
    """Return the elements of arr (flattened) where condition (flattened) is true, as a 1-d array.

    >>> extract([[True, False], [False, True]], [[1, 2], [3, 4]]).tolist()
    [1, 4]
    """
    arr = asarray(arr).ravel()
    flags = asarray(condition).ravel()._values()
    return arr.take([i for i, c in enumerate(flags) if c])


def flatnonzero(a):
    """Return the indices of the non-zero elements of the flattened array.

    >>> flatnonzero([[0, 3], [4, 0]]).tolist()
    [1, 2]
    """
    values = asarray(a)._values()
    found = [i for i, x in enumerate(values) if x]
    return ndarray._make(found, (len(found),), INT64)


def argwhere(a):
    """Return the indices of the non-zero elements, one row per element: shape (count, a.ndim).

    >>> argwhere([[0, 3], [4, 0]]).tolist()
    [[0, 1], [1, 0]]
    """
    a = asarray(a)
    if a.ndim == 0:
        count = 1 if a._values()[0] else 0
        return ndarray._make([], (count, 0), INT64)
    columns = a.nonzero()
    rows = []
    for index in zip(*[c._values() for c in columns]):
        rows.extend(index)
    return ndarray._make(rows, (len(columns[0]), a.ndim), INT64)


def copyto(dst, src, casting="same_kind", where=True):
    """Copy src into dst (broadcast to dst's shape) where `where` is true, casting by the casting rule.

    A Python number is weak (NEP 50): it may go into any dtype of its kind or higher, if it fits.

    >>> a = array([1.0, 2.0, 3.0]); copyto(a, [7, 8, 9], where=[True, False, True]); a.tolist()
    [7.0, 2.0, 9.0]
    """
    if not isinstance(dst, ndarray):
        raise TypeError("copyto() argument 1 must be a numpy.ndarray, not %s" % type(dst).__name__)
    d = dst._dtype
    if type(src) in (bool, int, float, complex):
        source = _weak_source(src, d, casting)
    else:
        source = asarray(src)
        if not dtypes.can_cast(source._dtype, d, casting):
            what = "scalar" if source.ndim == 0 else "array data"
            raise TypeError("Cannot cast %s from dtype('%s') to dtype('%s') according to the rule '%s'"
                            % (what, source._dtype.name, d.name, casting))
    if not dst._writeable:
        raise ValueError("assignment destination is read-only")
    index_math.broadcast_shapes(source._shape, dst._shape)
    new = list(_cast_to_shape(source, d, dst._shape))
    if where is not True:
        mask = asarray(where).astype(BOOL)
        try:
            flags = _broadcast_values(mask, dst._shape)
        except ValueError:
            raise ValueError("could not broadcast where mask from shape %s into shape %s"
                             % (_compact(mask._shape), _compact(dst._shape)))
        old = dst._values()
        new = [n if f else o for n, o, f in zip(new, old, flags)]
    dst._assign(new)


_DEFAULT_OF = {int: "int64", float: "float64", complex: "complex128"}


def _compact(shape):
    return "(" + ",".join(str(n) for n in shape) + ("," if len(shape) == 1 else "") + ")"


def _weak_source(value, d, casting):
    """A Python number for copyto as a 0-d array of dtype d, refused as NumPy 2 refuses it.

    bool is an ordinary (strong) bool.  An int, float or complex is weak: it takes the dtype w that
    result_type(d, value) gives, and w must cast to d by the casting rule.  Under 'equiv' w must first
    be the value's default dtype (int64, float64, complex128): 1j into float16 fails as a Python complex
    that would be complex64.  An int out of an integer dtype's range
    is an OverflowError, whatever the rule.
    """
    if type(value) is bool:
        w = dtypes.as_dtype("bool")
    else:
        w = dtypes.result_type(d, value)
    if casting == "equiv" and type(value) is not bool and w.name != _DEFAULT_OF[type(value)]:
        raise TypeError("cannot cast Python %s to %s under the casting rule 'equiv'" % (type(value).__name__, w.name))
    if not dtypes.can_cast(w, d, casting):
        raise TypeError("Cannot cast scalar from dtype('%s') to dtype('%s') according to the rule '%s'"
                        % (w.name, d.name, casting))
    if d.kind in "iu" and type(value) is int:
        dtypes.check_python_int(value, d)
    source = asarray(value, dtype=w)
    return source if w is d else source.astype(d)


from tinynet.core.ndarray import array  # noqa: E402,F401 - for the doctests
