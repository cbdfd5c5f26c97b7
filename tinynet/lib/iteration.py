"""Iterating over N-d arrays: ndindex, ndenumerate and nditer.

An index of an array of shape (2, 3) runs in C order: (0, 0), (0, 1), (0, 2), (1, 0), ... --
the last axis fastest, like the digits of a counter.

    >>> from tinynet import ndindex, ndenumerate, nditer, arange
    >>> list(ndindex(2, 2))
    [(0, 0), (0, 1), (1, 0), (1, 1)]
    >>> [(i, int(v)) for i, v in ndenumerate(arange(3))]
    [((0,), 0), ((1,), 1), ((2,), 2)]

``nditer`` is what gradient checks use to visit every weight and nudge it in place:

    >>> x = arange(4.0).reshape(2, 2)
    >>> it = nditer(x, flags=["multi_index"], op_flags=["readwrite"])
    >>> while not it.finished:
    ...     x[it.multi_index] += 10
    ...     moved = it.iternext()
    >>> x.tolist()
    [[10.0, 11.0], [12.0, 13.0]]
"""

from tinynet.core import dtypes
from tinynet.core import index_math
from tinynet.core.ndarray import asarray


class ndindex:
    """Iterate over the index tuples of an array of the given shape, in C order.

    >>> list(ndindex((1, 3)))
    [(0, 0), (0, 1), (0, 2)]
    """

    def __init__(self, *shape):
        if len(shape) == 1 and isinstance(shape[0], (tuple, list)):
            shape = tuple(shape[0])
        self.shape = tuple(int(n) for n in shape)

    def __iter__(self):
        shape = self.shape
        for n in shape:
            if n == 0:
                return
        index = [0] * len(shape)
        while True:
            yield tuple(index)
            axis = len(shape) - 1  # add one to the last digit, carrying leftwards
            while axis >= 0:
                index[axis] += 1
                if index[axis] < shape[axis]:
                    break
                index[axis] = 0
                axis -= 1
            if axis < 0:
                return

    def __next__(self):
        raise TypeError("use iter(ndindex(...))")


def ndenumerate(arr):
    """Yield (index tuple, value) for every element of arr, in C order.

    >>> [(i, v.item()) for i, v in ndenumerate([[5, 6]])]
    [((0, 0), 5), ((0, 1), 6)]
    """
    a = asarray(arr)
    values = a._values()
    for k, index in enumerate(ndindex(a._shape)):
        yield index, dtypes.scalar(values[k], a._dtype)


class nditer:
    """An iterator over one or more arrays broadcast together, element by element.

    Each step gives 0-d views of the current elements, writeable with ``op_flags=["readwrite"]``
    (``v[...] = 0``).  ``flags=["multi_index"]`` tracks ``it.multi_index``; ``"c_index"`` (``"f_index"``)
    tracks ``it.index``, the element's flat position in C (Fortran) order.  The loop form is
    ``while not it.finished: ...; it.iternext()``, or plain ``for``.

    The order of the visit: ``order="C"`` the last axis fastest, ``"F"`` the first, ``"A"`` F when every
    operand is Fortran-contiguous, and ``"K"`` (the default) memory order: axes sorted by the operands'
    strides, largest outermost (where operands disagree, or a stride is 0, C order stands), and an axis every
    operand steps backwards along is walked backwards.  So ``nditer(a.T)`` visits a's elements as they lie.

    >>> [(int(x), int(y)) for x, y in nditer([[1, 2], [10]])]
    [(1, 10), (2, 10)]
    >>> [int(x) for x in nditer(asarray([[0, 1, 2], [3, 4, 5]]).T)]
    [0, 1, 2, 3, 4, 5]
    """

    def __init__(self, op, flags=None, op_flags=None, op_dtypes=None, order="K", casting="safe",
                 op_axes=None, itershape=None, buffersize=0):
        for name, value in (("op_dtypes", op_dtypes), ("op_axes", op_axes), ("itershape", itershape)):
            if value is not None:
                raise ValueError("tinynet's nditer iterates the operands as they are: %s=%r is not supported"
                                 % (name, value))
        flags = flags or []
        if "external_loop" in flags:
            raise ValueError("tinynet's nditer gives one element per step: flags=['external_loop'] is not supported")
        order = "K" if order is None else order.upper() if isinstance(order, str) else order  # as NumPy reads it
        if order not in ("C", "F", "A", "K"):
            raise ValueError("order must be one of 'C', 'F', 'A', or 'K' (got %r)" % (order,))
        operands = list(op) if isinstance(op, (list, tuple)) else [op]
        self._single = not isinstance(op, (list, tuple))
        self.operands = [asarray(x) for x in operands]
        self._writeable = []
        for k in range(len(self.operands)):
            wanted = op_flags[k] if op_flags and isinstance(op_flags[0], (list, tuple)) else (op_flags or ["readonly"])
            self._writeable.append("readwrite" in wanted or "writeonly" in wanted)
            if self._writeable[-1] and not self.operands[k]._writeable:
                raise ValueError("output operand requires a reduction, or the operand is read-only")
        self.shape = index_math.broadcast_shapes(*[x._shape for x in self.operands])
        if 0 in self.shape and "zerosize_ok" not in flags:
            raise ValueError("Iteration of zero-sized operands is not enabled")
        for x, writeable in zip(self.operands, self._writeable):
            if writeable:  # NumPy's words count the axes from the last, as its iterator stores them
                short = len(self.shape) - x.ndim
                for k in range(len(self.shape) - 1, -1, -1):
                    if self.shape[k] != 1 and (k < short or x._shape[k - short] == 1):
                        raise _reduction_error(len(self.shape) - 1 - k)
        self._views = []
        for x in self.operands:
            strides = index_math.broadcast_strides(x._shape, x._strides, self.shape)
            self._views.append(x._view(x._offset, self.shape, strides))
        self._has_multi_index = "multi_index" in flags
        self._index_order = "C" if "c_index" in flags else "F" if "f_index" in flags else None
        self._indices = _visit_order(self.shape, [v._strides for v in self._views], order, self.operands)
        if not self._indices and "zerosize_ok" not in flags:
            raise ValueError("Iteration of zero-sized operands is not enabled")
        self.itersize = len(self._indices)
        self.iterindex = 0
        self.finished = self.itersize == 0

    @property
    def multi_index(self):
        if not self._has_multi_index:
            raise ValueError("Iterator is not tracking a multi-index")
        return self._indices[self.iterindex]

    @property
    def index(self):
        """The flat position of the current element in C order ("c_index") or Fortran order ("f_index")."""
        if self._index_order is None:
            raise ValueError("Iterator does not have an index")
        axes = range(len(self.shape)) if self._index_order == "C" else range(len(self.shape) - 1, -1, -1)
        position = 0
        for axis in axes:
            position = position * self.shape[axis] + self._indices[self.iterindex][axis]
        return position

    @property
    def value(self):
        values = tuple(self._element(k) for k in range(len(self._views)))
        return values[0] if self._single else values

    def __getitem__(self, k):
        return self._element(k)

    def _element(self, k):
        view = self._views[k][self._indices[self.iterindex] + (Ellipsis,)]
        view._writeable = self._writeable[k]
        return view

    def iternext(self):
        """Step to the next element; return False once past the last."""
        self.iterindex += 1
        if self.iterindex >= self.itersize:
            self.finished = True
            self.iterindex = self.itersize - 1 if self.itersize else 0
            return False
        return True

    def reset(self):
        self.iterindex = 0
        self.finished = self.itersize == 0

    def __iter__(self):
        while not self.finished:
            yield self.value
            self.iternext()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def close(self):
        pass


def _visit_order(shape, strides, order, operands):
    """The multi-indices in the order nditer visits them (see nditer's docstring for the rule)."""
    ndim = len(shape)
    if order == "A":
        order = "F" if all(x.flags.f_contiguous for x in operands) else "C"
    # a stride counts only on an axis longer than 1 (on the others any order visits the same elements)
    live = [[s[axis] if shape[axis] > 1 else 0 for axis in range(ndim)] for s in strides]
    flipped = set()
    if order == "F":
        outer_first = list(range(ndim - 1, -1, -1))
    elif order == "K":
        outer_first = _memory_order(ndim, live)
        for axis in range(ndim):
            steps = [s[axis] for s in live]
            if any(step < 0 for step in steps) and not any(step > 0 for step in steps):
                flipped.add(axis)
    else:
        outer_first = list(range(ndim))
    visited = []
    for counter in ndindex(*[shape[axis] for axis in outer_first]):
        index = [0] * ndim
        for axis, i in zip(outer_first, counter):
            index[axis] = shape[axis] - 1 - i if axis in flipped else i
        visited.append(tuple(index))
    return visited if ndim else [()]


def _memory_order(ndim, strides):
    """The axes, outermost first, sorted by stride: an insertion sort that starts from C order and moves an
    axis outward past another only if the operands that step along both say its stride is larger (any
    operand saying otherwise keeps C order)."""
    inner_first = list(range(ndim - 1, -1, -1))
    for i in range(1, ndim):
        axis = inner_first[i]
        place = i
        for j in range(i - 1, -1, -1):
            other = inner_first[j]
            decided, move = False, False
            for s in strides:
                if s[axis] != 0 and s[other] != 0:
                    if abs(s[other]) <= abs(s[axis]):
                        move = False
                    elif not decided:
                        move = True
                    decided = True
            if decided:
                if not move:
                    break
                place = j
        if place != i:
            inner_first.insert(place, inner_first.pop(i))
    return inner_first[::-1]


# --------------------------------------------------------------------------
# nested_iters: one nditer per group of axes, each inner one following the outer ones
# --------------------------------------------------------------------------


class _Level(nditer):
    """One iterator of nested_iters: an nditer over its axes, the other axes fixed where the outer levels
    stand (and at 0 for the inner levels and any axis no level names)."""

    def _place(self, levels, depth, arrays, groups, options):
        self._levels, self._depth = levels, depth
        self._arrays, self._groups, self._options = arrays, groups, options
        self._rebuild()

    def _rebuild(self):
        fixed = {}
        for level in self._levels[:self._depth]:
            for axis, i in zip(self._groups[level._depth], level._indices[level.iterindex]):
                fixed[axis] = i
        views = [_level_view(x, self._groups[self._depth], fixed) for x in self._arrays]
        flags, op_flags, order = self._options
        nditer.__init__(self, views if len(views) > 1 or self._many else views[0], flags, op_flags, order=order)

    def _follow(self):
        for level in self._levels[self._depth + 1:]:
            level._rebuild()

    def iternext(self):
        moved = nditer.iternext(self)
        if moved:
            self._follow()
        return moved

    def reset(self):
        nditer.reset(self)
        self._follow()


def _level_view(x, group, fixed):
    """x with every axis outside group fixed (at fixed[axis], else 0) and group's axes in group's order."""
    key = tuple(slice(None) if axis in group else fixed.get(axis, 0) if x.shape[axis] != 1 else 0
                for axis in range(x.ndim))
    view = x[key + (Ellipsis,)]
    kept = [axis for axis in range(x.ndim) if axis in group]
    return view.transpose([kept.index(axis) for axis in group])


def nested_iters(op, axes, flags=None, op_flags=None, op_dtypes=None, order="K", casting="safe", buffersize=0):
    """Return one nditer per list of axes, for nested loops: each visits its own axes (in the order asked,
    see nditer) while the outer ones stand still, and moving an outer one starts the inner ones over.

    An outer iterator's element has the inner axes at 0; an axis no list names stays at 0.

    >>> i, j = nested_iters(asarray([[0, 1, 2], [3, 4, 5]]), [[0], [1]], flags=["multi_index"])
    >>> [(i.multi_index, [int(y) for y in j]) for x in i]
    [((0,), [0, 1, 2]), ((1,), [3, 4, 5])]
    """
    if op_dtypes is not None:
        raise ValueError("tinynet's nested_iters iterates the operands as they are: op_dtypes=%r is not supported"
                         % (op_dtypes,))
    many = isinstance(op, (list, tuple))
    arrays = [asarray(x) for x in (op if many else [op])]
    groups = [list(group) for group in axes]
    if len(groups) < 2:
        raise ValueError("axes must have at least 2 entries for nested iteration")
    empty = any(x.size == 0 for x in arrays)
    if empty and "zerosize_ok" not in (flags or []):
        raise ValueError("Iteration of zero-sized operands is not enabled")
    _check_groups(groups, arrays)
    _check_writes(groups, arrays, op_flags)
    if empty:
        raise ValueError("tinynet's nested_iters does not iterate zero-size operands")
    levels = []
    for depth in range(len(groups)):
        level = _Level.__new__(_Level)
        level._many = many
        levels.append(level)
    for depth, level in enumerate(levels):
        level._place(levels, depth, arrays, groups, (flags, op_flags, order))
    return tuple(levels)


def _check_groups(groups, arrays):
    """Each group in turn: its axes valid for every operand and used once, the operands agreeing on them."""
    seen = set()
    for group in groups:
        for axis in group:
            if axis < 0:
                raise ValueError("An axis is out of bounds")
            if axis in seen:
                raise ValueError("An axis is used more than once")
            seen.add(axis)
            for k, x in enumerate(arrays):
                if axis >= x.ndim:
                    raise ValueError("Iterator input op_axes[%d][0] (==%d) is not a valid axis of op[%d], which "
                                     "has %d dimensions " % (k, axis, k, x.ndim))
        remapped = [tuple(x.shape[axis] for axis in group) for x in arrays]
        try:
            index_math.broadcast_shapes(*remapped)
        except ValueError:
            pairs = " ".join("%s->%s" % (_shape_text(x.shape), _shape_text(r)) for x, r in zip(arrays, remapped))
            raise ValueError("operands could not be broadcast together with remapped shapes "
                             "[original->remapped]: %s " % pairs)


def _check_writes(groups, arrays, op_flags):
    """A written operand may not be broadcast along an axis it would then be written many times over."""
    for k, x in enumerate(arrays):
        wanted = op_flags[k] if op_flags and isinstance(op_flags[0], (list, tuple)) else (op_flags or ["readonly"])
        if "readwrite" not in wanted and "writeonly" not in wanted:
            continue
        for group in groups:
            for axis in reversed(group):
                if x.shape[axis] == 1 and any(y.shape[axis] != 1 for y in arrays):
                    raise _reduction_error(axis)


def _reduction_error(dimension):
    return ValueError("output operand requires a reduction along dimension %d, but the reduction is not enabled. "
                      "The dimension size of 1 does not match the expected output shape." % dimension)


def _shape_text(shape):
    return "(%s%s)" % (",".join(str(n) for n in shape), "," if len(shape) == 1 else "")
