"""Shapes as tuples: the number of elements, and the way Python prints a shape.

    >>> size_of((2, 3)), format_shape((3,))
    (6, '(3,)')
"""


def format_shape(shape):
    """Return a shape as Python prints a tuple: (3,) or (2, 3).

    >>> format_shape((3,)), format_shape((2, 3)), format_shape(())
    ('(3,)', '(2, 3)', '()')
    """
    if len(shape) == 1:
        return "(%d,)" % shape[0]
    return "(" + ", ".join(str(n) for n in shape) + ")"


def size_of(shape):
    """Return the number of elements in an array of this shape.

    >>> size_of((2, 3)), size_of(()), size_of((0, 4))
    (6, 1, 0)
    """
    size = 1
    for n in shape:
        size *= n
    return size
