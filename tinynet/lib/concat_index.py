"""Concatenation written as indexing: ``r_[a, b]`` joins along the first axis, ``c_[a, b]`` along the last.

Each entry of the index becomes an array, and the arrays are concatenated:

- a slice ``start:stop:step`` is ``arange(start, stop, step)``; a complex step ``Nj`` is
  ``linspace(start, stop, N)`` (stop included);
- a scalar is a one-element array; anything else is ``array(item)``;
- every entry gets at least ``ndmin`` axes (1 for ``r_``, 2 for ``c_``), and the dtype is the
  ``result_type`` of the entries, Python scalars counting as weak (so ``r_[int8_array, 3]`` stays int8).

A string first entry sets how:  ``"axis"``, ``"axis,ndmin"`` or ``"axis,ndmin,trans1d"``.  ``trans1d``
says where an entry's own axes go when it is given more: -1 (``r_``) puts them last, ``(1, ..., n)``;
0 (``c_``) puts them first, ``(n, 1)``.  ``"r"`` and ``"c"`` make an ``np.matrix`` in NumPy, which is out of
tinynet's scope, and raise ValueError here.

    >>> r_[1:4, 0, [7, 8]].tolist(), c_[[1, 2], [3, 4]].tolist()
    ([1, 2, 3, 0, 7, 8], [[1, 3], [2, 4]])
    >>> r_["0,2", [1, 2], [3, 4]].tolist(), r_["-1,3,0", [1, 2]].shape
    ([[1, 2], [3, 4]], (2, 1, 1))
"""

from tinynet.core import scalars
from tinynet.core.ndarray import array, asarray, ndarray
from tinynet.core.promotion import result_type
from tinynet.lib.shaping import concatenate


class AxisConcatenator:
    """Concatenate the entries of an index along axis, each given at least ndmin axes (see the module).

    >>> AxisConcatenator(axis=-1, ndmin=2, trans1d=0)[[1, 2], [3, 4]].tolist()
    [[1, 3], [2, 4]]
    """

    def __init__(self, axis=0, ndmin=1, trans1d=-1):
        self.axis = axis
        self.ndmin = ndmin
        self.trans1d = trans1d

    def __getitem__(self, key):
        if not isinstance(key, tuple):
            key = (key,)
        axis, ndmin, trans1d = self.axis, self.ndmin, self.trans1d
        parts, kinds = [], []
        for k, item in enumerate(key):
            if isinstance(item, str):
                if k != 0:
                    raise ValueError("special directives must be the first entry.")
                axis, ndmin, trans1d = _directive(item, axis, ndmin, trans1d)
                continue
            if isinstance(item, slice):
                part = _slice_range(item, ndmin, trans1d)
                kinds.append(part.dtype)
            elif _is_scalar(item):
                part = item
                kinds.append(item)  # a Python scalar stays weak in result_type, as in NumPy
            else:
                part = _with_ndmin(item, ndmin, trans1d)
                kinds.append(part.dtype)
            parts.append(part)
        if kinds:
            dtype = result_type(*kinds)
            parts = [array(part, dtype=dtype, copy=None, ndmin=ndmin) for part in parts]
        return concatenate(tuple(parts), axis=axis)

    def __len__(self):
        return 0


def _directive(text, axis, ndmin, trans1d):
    """Read a string entry: "axis", "axis,ndmin" or "axis,ndmin,trans1d"; return (axis, ndmin, trans1d)."""
    if text in ("r", "c"):
        raise ValueError("r_[%r, ...] makes an np.matrix, which tinynet does not have (out of scope)" % text)
    if "," in text:
        fields = text.split(",")
        try:
            axis, ndmin = int(fields[0]), int(fields[1])
            if len(fields) == 3:
                trans1d = int(fields[2])
        except ValueError:
            raise ValueError("unknown special directive %r" % (text,))
        return axis, ndmin, trans1d
    try:
        return int(text), ndmin, trans1d
    except ValueError:
        raise ValueError("unknown special directive")


def _is_scalar(item):
    return isinstance(item, (bool, int, float, complex)) or scalars.is_scalar(item)


def _slice_range(s, ndmin, trans1d):
    """arange(start, stop, step), or linspace(start, stop, N) for a complex step Nj; then ndmin axes."""
    from tinynet.lib.ranges import arange, linspace  # noqa: PLC0415 - ranges builds on shaping

    start = 0 if s.start is None else s.start
    step = 1 if s.step is None else s.step
    if isinstance(step, complex):
        values = linspace(start, s.stop, int(abs(step)))
    else:
        values = arange(start, s.stop, step)
    if ndmin > 1:
        values = array(values, copy=None, ndmin=ndmin)
        if trans1d != -1:
            values = values.swapaxes(-1, trans1d)
    return values


def _with_ndmin(item, ndmin, trans1d):
    """array(item) with at least ndmin axes; its own axes start at trans1d (-1: they end the shape)."""
    part = item if isinstance(item, ndarray) else asarray(item)
    own = part.ndim
    part = array(part, copy=None, ndmin=ndmin)
    if trans1d != -1 and own < ndmin:
        added = ndmin - own
        start = trans1d + added + 1 if trans1d < 0 else trans1d
        order = list(range(ndmin))
        part = part.transpose(order[:start] + order[added:] + order[start:added])
    return part


r_ = AxisConcatenator(axis=0, ndmin=1, trans1d=-1)
c_ = AxisConcatenator(axis=-1, ndmin=2, trans1d=0)
