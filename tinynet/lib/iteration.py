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
