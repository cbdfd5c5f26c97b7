"""``np.broadcast``: arrays broadcast against each other, and walked together, element by element.

It holds the shape the arguments broadcast to and one iterator per argument over its broadcast view;
iterating it gives a tuple with one element of each argument, in C order.  ``a + b`` computes its
answer at exactly these pairs of elements.

    >>> b = broadcast([[1], [2]], [10, 20, 30])
    >>> b.shape, b.size, b.ndim, b.numiter
    ((2, 3), 6, 2, 2)
    >>> [(int(x), int(y)) for x, y in b]
    [(1, 10), (1, 20), (1, 30), (2, 10), (2, 20), (2, 30)]
    >>> broadcast([1, 2], [1, 2, 3])
    Traceback (most recent call last):
        ...
    ValueError: shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (2,) and arg 1 with shape (3,).
"""

from tinynet.core.ndarray import asarray
from tinynet.lib.shaping import broadcast_arrays

MAX_ARGS = 64  # NumPy's limit on the arrays one broadcast (or one iterator) takes


class broadcast:
    """broadcast(*arrays): the broadcast of up to 64 arrays (a broadcast argument counts its arrays).

    shape, size, ndim (and its older name nd) describe the result; numiter is the number of arrays;
    iters holds one flat iterator per array, over the array broadcast to shape (NumPy's walk the array
    itself with the broadcast strides); index counts the tuples handed out; reset() starts again.

    >>> b = broadcast([1, 2, 3], 10)
    >>> next(b), b.index
    ((np.int64(1), np.int64(10)), 1)
    >>> b.reset(); b.index, len(list(b)), broadcast().shape, list(broadcast())
    (0, 3, (), [()])
    """

    def __init__(self, *args):
        arrays = []
        for arg in args:
            if isinstance(arg, broadcast):
                arrays.extend(it.base for it in arg.iters)
            else:
                arrays.append(asarray(arg))
        if len(arrays) > MAX_ARGS:
            raise ValueError("Need at least 0 and at most %d array objects." % MAX_ARGS)
        views = broadcast_arrays(*arrays) if arrays else ()
        self.shape = views[0].shape if views else ()
        self.ndim = self.nd = len(self.shape)
        size = 1
        for n in self.shape:
            size *= n
        self.size = size
        self.numiter = len(views)
        self.iters = tuple(view.flat for view in views)
        self.index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.index >= self.size:
            raise StopIteration
        self.index += 1
        return tuple(next(it) for it in self.iters)

    def reset(self):
        """Start the iteration again from the first element."""
        self.index = 0
        for it in self.iters:
            it.index = 0
