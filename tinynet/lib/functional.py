"""Apply Python functions over arrays: vectorize, apply_along_axis, apply_over_axes.

None of these is faster than a loop: each calls the Python function once per element (vectorize),
once per 1-d slice (apply_along_axis) or once per axis (apply_over_axes). They save writing the loop
and the bookkeeping of shapes and dtypes, exactly as NumPy's do::

    >>> from tinynet import array
    >>> clip_low = vectorize(lambda x, low: x if x > low else low)
    >>> clip_low(array([[1, 5], [7, 2]]), 3)
    array([[3, 5],
           [7, 3]])
    >>> apply_along_axis(lambda row: row.max() - row.min(), 1, array([[1, 5], [7, 2]]))
    array([4, 5])
"""

from tinynet.core import dtypes
from tinynet.core.errors import AxisError
from tinynet.core.ndarray import array, asarray, ndarray

_NO_VALUE = object()
_TYPECODES = "?bBhHiIlLqQpPefdgFDGSUVOMm"  # what NumPy's typecodes['All'] holds


# ---------------------------------------------------------------------------------------------------------
# signatures of generalized ufuncs: "(m,n),(n)->(m)"
# ---------------------------------------------------------------------------------------------------------


def parse_signature(signature):
    """Return (input core dims, output core dims): one tuple of dimension names per argument.

    >>> parse_signature("(m,n),(n)->(m)")
    ([('m', 'n'), ('n',)], [('m',)])
    """
    text = signature.replace(" ", "") if isinstance(signature, str) else ""
    sides = text.split("->")
    groups = [_dimension_lists(side) for side in sides] if len(sides) == 2 else [None]
    if any(g is None for g in groups):
        raise ValueError("not a valid gufunc signature: %s" % signature)
    return groups[0], groups[1]


def _is_name(word):
    return bool(word) and all(ch.isalpha() or ch.isdigit() or ch == "_" for ch in word)


def _dimension_lists(text):
    """The names in "(a,b),(c)", or None when the text is not such a list of groups."""
    if len(text) < 2 or text[0] != "(" or text[-1] != ")":
        return None
    groups = []
    for group in text[1:-1].split("),("):
        names = group.split(",") if group else []
        if not all(_is_name(name) for name in names):
            return None
        groups.append(tuple(names))
    return groups


def _update_sizes(sizes, a, core_dims):
    """Record the length of each named core dimension of ``a`` (its last axes), checking agreement."""
    if not core_dims:
        return
    if a.ndim < len(core_dims):
        raise ValueError("%d-dimensional argument does not have enough dimensions for all core dimensions %r"
                         % (a.ndim, core_dims))
    for name, n in zip(core_dims, a.shape[a.ndim - len(core_dims):]):
        if name in sizes and sizes[name] != n:
            raise ValueError("inconsistent size for core dimension %r: %r vs %r" % (name, n, sizes[name]))
        sizes[name] = n


# ---------------------------------------------------------------------------------------------------------
# vectorize
# ---------------------------------------------------------------------------------------------------------


def _check_otypes(otypes):
    if otypes is None:
        return None
    if isinstance(otypes, str):
        for char in otypes:
            if char not in _TYPECODES:
                raise ValueError("Invalid otype specified: %s" % (char,))
        return [dtypes.as_dtype(char) for char in otypes]
    return [dtypes.as_dtype(t) for t in otypes]


def _scalar_of(a):
    """The first element of an array as a NumPy-like scalar of its dtype."""
    return a.reshape(-1)[0]


def _as_output(values, shape, d):
    """Gather the Python results into an array of dtype d, as NumPy's cast from objects does."""
    for v in values:
        if isinstance(v, (list, tuple)) or (isinstance(v, ndarray) and v.ndim):
            raise ValueError("setting an array element with a sequence.")
    if not values:
        return ndarray._make([], shape, d)
    return array(values, dtype=d).reshape(shape)


class vectorize:
    """Turn a function of scalars into one of arrays: ``out[i] = pyfunc(a[i], b[i], ...)``, broadcast.

    The output dtype is ``otypes`` if given, else the dtype of the first result (pyfunc is called once
    more on the first elements to find it; later results are cast to that dtype, so a first result of
    ``1`` makes an int array even if later ones are floats). Positions and keyword names in
    ``excluded`` are passed through unchanged. With ``signature`` (``"(n),(n)->()"``), pyfunc gets
    whole sub-arrays over the core dimensions and the loop runs over the rest, as a generalized ufunc.
    ``cache=True`` reuses that extra first call's result instead of calling pyfunc on it again.

    >>> from tinynet import array
    >>> vectorize(lambda x: x / 2, otypes=[float])(array([1, 2]))
    array([0.5, 1. ])
    >>> vectorize(lambda v: v.sum(), signature="(n)->()")(array([[1, 2], [3, 4]]))
    array([3, 7])
    >>> vectorize(lambda x: (x, -x))(array([1, 2]))
    (array([1, 2]), array([-1, -2]))
    """

    def __init__(self, pyfunc=_NO_VALUE, otypes=None, doc=None, excluded=None, cache=False, signature=None):
        self.pyfunc = pyfunc
        self.cache = cache
        self.signature = signature
        self.otypes = _check_otypes(otypes)
        self.excluded = set(excluded) if excluded is not None else set()
        self.__doc__ = doc if doc is not None else getattr(pyfunc, "__doc__", None)
        self._core = parse_signature(signature) if signature is not None else None

    def __call__(self, *args, **kwargs):
        if self.pyfunc is _NO_VALUE:  # used as @vectorize(otypes=...): this call gives the function
            self.pyfunc = args[0]
            if self.__doc__ is None:
                self.__doc__ = getattr(args[0], "__doc__", None)
            return self
        func, vector_args = self._bind(args, kwargs)
        if self._core is not None:
            return self._call_with_signature(func, vector_args)
        return self._call_elementwise(func, vector_args)

    def _bind(self, args, kwargs):
        """Split the arguments: excluded ones are fixed into func, the others are vectorized."""
        positions = [i for i in range(len(args)) if i not in self.excluded]
        names = [k for k in kwargs if k not in self.excluded]
        pyfunc = self.pyfunc

        def func(*values):
            call_args = list(args)
            for i, v in zip(positions, values):
                call_args[i] = v
            call_kwargs = dict(kwargs)
            for k, v in zip(names, values[len(positions):]):
                call_kwargs[k] = v
            return pyfunc(*call_args, **call_kwargs)

        return func, [args[i] for i in positions] + [kwargs[k] for k in names]

    def _call_elementwise(self, func, vector_args):
        from tinynet.lib.shaping import broadcast_arrays

        arrays = [asarray(a) for a in vector_args]
        otypes = self.otypes
        first = None
        if otypes is None:
            if any(a.size == 0 for a in arrays):
                raise ValueError("cannot call `vectorize` on size 0 inputs unless `otypes` is set")
            first = func(*[_scalar_of(a) for a in arrays])  # once more, to learn the output dtypes
            results = first if isinstance(first, tuple) else (first,)
            otypes = [asarray(r).dtype for r in results]
        if not arrays:
            return func()
        arrays = broadcast_arrays(*arrays)
        shape = arrays[0].shape
        columns = [a._values() for a in arrays]
        nout = len(otypes)
        outputs = [[] for _ in range(nout)]
        for k, values in enumerate(zip(*columns)):
            # cache=True: the first element's result is reused rather than computed twice
            result = first if (k == 0 and self.cache and first is not None) else func(*values)
            if nout == 1:
                outputs[0].append(result)
                continue
            if not isinstance(result, tuple) or len(result) != nout:
                raise ValueError("wrong number of outputs from pyfunc: expected %d" % nout)
            for out, r in zip(outputs, result):
                out.append(r)
        if not columns:
            shape = ()
        arrays_out = tuple(_as_output(out, shape, d) for out, d in zip(outputs, otypes))
        return arrays_out[0] if nout == 1 else arrays_out

    def _call_with_signature(self, func, vector_args):
        from tinynet.lib.creation import empty
        from tinynet.lib.shaping import broadcast_shapes, broadcast_to

        input_dims, output_dims = self._core
        if len(vector_args) != len(input_dims):
            raise TypeError("wrong number of positional arguments: expected %r, got %r"
                            % (len(input_dims), len(vector_args)))
        arrays = [asarray(a) for a in vector_args]
        sizes = {}
        loop_shapes = []
        for a, dims in zip(arrays, input_dims):
            _update_sizes(sizes, a, dims)
            loop_shapes.append(a.shape[:a.ndim - len(dims)])
        loop = broadcast_shapes(*loop_shapes)
        arrays = [broadcast_to(a, loop + tuple(sizes[name] for name in dims)) for a, dims in zip(arrays, input_dims)]
        nout = len(output_dims)
        outputs = None
        for index in _indices(loop):
            results = func(*[a[index] for a in arrays])
            got = len(results) if isinstance(results, tuple) else 1
            if got != nout:
                raise ValueError("wrong number of outputs from pyfunc: expected %r, got %r" % (nout, got))
            results = results if nout > 1 else (results,)
            if outputs is None:
                for r, dims in zip(results, output_dims):
                    _update_sizes(sizes, asarray(r), dims)
                outputs = [empty(loop + tuple(sizes[n] for n in dims),
                                 dtype=self.otypes[k] if self.otypes else asarray(results[k]).dtype)
                           for k, dims in enumerate(output_dims)]
            for out, r in zip(outputs, results):
                out[index] = r
        if outputs is None:
            if self.otypes is None:
                raise ValueError("cannot call `vectorize` on size 0 inputs unless `otypes` is set")
            if any(name not in sizes for dims in output_dims for name in dims):
                raise ValueError("cannot call `vectorize` with a signature including new output dimensions on "
                                 "size 0 inputs")
            outputs = [empty(loop + tuple(sizes[n] for n in dims), dtype=self.otypes[k])
                       for k, dims in enumerate(output_dims)]
        return outputs[0] if nout == 1 else tuple(outputs)


def _indices(shape):
    """Every index tuple of a shape, in C order (the last index fastest)."""
    total = 1
    for n in shape:
        total *= n
    for flat in range(total):
        index = []
        for n in reversed(shape):
            flat, i = divmod(flat, n)
            index.append(i)
        yield tuple(reversed(index))


# ---------------------------------------------------------------------------------------------------------
# apply_along_axis, apply_over_axes
# ---------------------------------------------------------------------------------------------------------


def _normalize_axis(axis, ndim):
    from tinynet.lib.bits import _as_int

    axis = _as_int(axis)
    if not -ndim <= axis < ndim:
        raise AxisError("axis %d is out of bounds for array of dimension %d" % (axis, ndim))
    return axis % ndim


def apply_along_axis(func1d, axis, arr, *args, **kwargs):
    """Call ``func1d`` on every 1-d slice of ``arr`` along ``axis``: ``out[i, ..., :] = func1d(arr[i, ..., :])``.

    The result's shape is the array's with ``axis`` replaced by the shape of func1d's result (removed
    for a scalar result); its dtype is that of the first result, and later results are cast to it.

    >>> from tinynet import array
    >>> apply_along_axis(sorted, 0, array([[3, 1], [1, 2], [2, 0]]))
    array([[1, 0],
           [2, 1],
           [3, 2]])
    """
    from tinynet.lib.creation import empty

    a = asarray(arr)
    axis = _normalize_axis(axis, a.ndim)
    order = [k for k in range(a.ndim) if k != axis] + [axis]
    moved = a.transpose(order)  # the slices are now the last axis
    outer = moved.shape[:-1]
    if any(n == 0 for n in outer):
        raise ValueError("Cannot apply_along_axis when any iteration dimensions are 0")
    indices = _indices(outer)
    first_index = next(indices)
    first = asarray(func1d(moved[first_index], *args, **kwargs))
    out = empty(outer + first.shape, dtype=first.dtype)
    out[first_index] = first
    for index in indices:
        out[index] = func1d(moved[index], *args, **kwargs)
    # put the result's own axes where the sliced axis was
    n_outer, n_result = len(outer), first.ndim
    back = list(range(axis)) + list(range(n_outer, n_outer + n_result)) + list(range(axis, n_outer))
    return out.transpose(back)


def apply_over_axes(func, a, axes):
    """Apply ``func(a, axis)`` for each axis in turn, keeping the number of dimensions.

    Each call's result replaces ``a``; a result with one dimension fewer gets the axis back with
    length 1 (so reductions keep their dimensions, like ``keepdims=True``).

    >>> from tinynet import arange, sum
    >>> apply_over_axes(sum, arange(24).reshape(2, 3, 4), [0, 2])
    array([[[ 60],
            [ 92],
            [124]]])
    """
    from tinynet.lib.shaping import expand_dims

    val = asarray(a)
    n = val.ndim
    if isinstance(axes, int) or (isinstance(axes, ndarray) and axes.ndim == 0):
        axes = (axes,)
    for axis in axes:
        axis = int(axis)
        if axis < 0:
            axis += n
        res = func(val, axis)
        res = asarray(res)
        if res.ndim != val.ndim:
            res = expand_dims(res, axis)
            if res.ndim != val.ndim:
                raise ValueError("function is not returning an array of the correct shape")
        val = res
    return val
