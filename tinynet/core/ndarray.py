"""The ndarray: a NumPy-style array of at most two dimensions, on nested lists.

An array keeps its values as plain Python lists (see ``nested``): a 2x3
float array holds ``[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]`` together with its
shape ``(2, 3)`` and dtype ``float64``.  Operators broadcast as NumPy does:

    >>> from tinynet import array
    >>> a = array([[1, 2, 3], [4, 5, 6]])
    >>> a.shape, a.dtype
    ((2, 3), dtype('int64'))
    >>> (a * 10 + array([1, 2, 3])).tolist()
    [[11, 22, 33], [41, 52, 63]]
    >>> (a / 2).dtype, (a > 2).tolist()
    (dtype('float64'), [[False, False, True], [True, True, True]])
    >>> (a @ a.T).tolist()
    [[14, 32], [32, 77]]

Views: indexing a 2-d array with an int or a slice of rows (``a[1]``,
``a[1:3]``) gives a view that shares the rows, so writing into it writes into
``a``, as in NumPy.  Other slices (``v[1:]`` of a vector, ``a[:, 1:]``) and
index arrays give copies.
"""

import math
import sys

from tinynet.core import dtypes
from tinynet.core import floats
from tinynet.core import indexing
from tinynet.core import nested
from tinynet.core.dtypes import BOOL, FLOAT64, INT64
from tinynet.core.nested import format_shape

try:

    class AxisError(ValueError, IndexError):
        """An axis argument is out of range (both a ValueError and an IndexError, as in NumPy)."""

except TypeError:  # runtimes that refuse two built-in exception bases

    class AxisError(ValueError):  # noqa: F811
        """An axis argument is out of range."""


_MICROPYTHON = sys.implementation.name == "micropython"


# --------------------------------------------------------------------------
# Turning Python objects into nested data
# --------------------------------------------------------------------------


def _plain(obj):
    """Turn arrays (tinynet's or NumPy's) and NumPy scalars inside obj into plain Python."""
    if isinstance(obj, ndarray):
        return obj.tolist()
    if isinstance(obj, (list, tuple)):
        return [_plain(x) for x in obj]
    if isinstance(obj, (float, int, bool)):
        return obj
    if isinstance(obj, range):
        return list(obj)
    tolist = getattr(obj, "tolist", None)  # NumPy arrays and scalars
    if tolist is not None:
        return tolist()
    return obj


def _infer_dtype(flat):
    """The smallest of bool < int64 < float64 that holds every value, as NumPy infers."""
    kinds = set(map(type, flat))
    if kinds <= {float}:
        return FLOAT64
    best = BOOL
    for t in kinds:
        if t is float:
            return FLOAT64
        if t is int or t is bool:
            d = INT64 if t is int else BOOL
        else:
            d = dtypes.kind_of_value(_first_of_type(flat, t))
        best = dtypes.promote(best, d)
    return best


def _first_of_type(flat, t):
    for x in flat:
        if type(x) is t:
            return x


def to_data(obj, dtype=None):
    """Return (data, shape, dtype) for any array-like: nested lists, scalars, arrays.

    >>> to_data([[1, 2], [3, 4.5]])
    ([[1.0, 2.0], [3.0, 4.5]], (2, 2), dtype('float64'))
    >>> to_data([True, False], dtype="int64")
    ([1, 0], (2,), dtype('int64'))
    """
    if isinstance(obj, ndarray):
        d = obj._dtype if dtype is None else dtypes.as_dtype(dtype)
        if d is obj._dtype:
            return nested.copy(obj._data, obj._shape), obj._shape, d
        return _convert(obj._data, obj._shape, d), obj._shape, d
    if dtype is None and getattr(obj, "dtype", None) is not None and hasattr(obj, "tolist"):
        dtype = _numpy_dtype(obj)  # a NumPy array keeps its dtype
    plain = _plain(obj)
    shape = nested.shape_of(plain)
    nested.check_ndim(shape)
    flat = nested.flatten(plain, shape)
    for x in flat:
        if type(x) not in (float, int, bool):
            dtypes.kind_of_value(x)  # raises TypeError for strings, None, objects
    d = _infer_dtype(flat) if dtype is None else dtypes.as_dtype(dtype)
    if not flat and dtype is None:
        d = FLOAT64
    convert = dtypes.converter(d)
    return nested.unflatten(list(map(convert, flat)), shape), shape, d


def _numpy_dtype(obj):
    try:
        return dtypes.as_dtype(obj.dtype.name)
    except (TypeError, AttributeError):
        return None


def _convert(data, shape, d):
    """Cast nested data to dtype d's Python type."""
    return nested.map_elementwise(dtypes.converter(d), data, len(shape))


# --------------------------------------------------------------------------
# Operands of binary operations
# --------------------------------------------------------------------------


def _operand(x):
    """Return (data, shape, dtype, weak) for an operand, or None if it is not one.

    Python's bool, int and float are 'weak' (NEP 50): they adopt the other
    operand's dtype where they fit.  Arrays and NumPy-like scalars are not.
    """
    t = type(x)
    if t is ndarray:
        return x._data, x._shape, x._dtype, False
    if t is float:
        return x, (), FLOAT64, True
    if t is int:
        return x, (), INT64, True
    if t is bool:
        return x, (), BOOL, True
    if isinstance(x, ndarray):
        return x._data, x._shape, x._dtype, False
    if hasattr(x, "_dtype") and hasattr(x, "item"):  # tinynet's NumPy-like scalars
        return x.item(), (), x._dtype, False
    if isinstance(x, (list, tuple, range)) or hasattr(x, "__array_interface__"):
        data, shape, d = to_data(x)
        return data, shape, d, False
    if isinstance(x, float):
        return float(x), (), FLOAT64, True
    if isinstance(x, int):
        return int(x), (), INT64, True
    return None


def _result_dtype(da, weak_a, db, weak_b):
    if weak_b and not weak_a:
        return dtypes.promote_weak(da, db.python_type)
    if weak_a and not weak_b:
        return dtypes.promote_weak(db, da.python_type)
    return dtypes.promote(da, db)


# Each binary operation: (fast kernel, careful kernel used when the fast one raises).
_KERNELS = {
    "add": (nested.add, nested.add),
    "subtract": (nested.sub, nested.sub),
    "multiply": (nested.mul, nested.mul),
    "divide": (nested.truediv, floats.divide),
    "floor_divide": (nested.floordiv, floats.floor_divide),
    "remainder": (nested.mod, floats.remainder),
    "power": (math.pow, floats.power),
    "less": (nested.lt, nested.lt),
    "less_equal": (nested.le, nested.le),
    "equal": (nested.eq, nested.eq),
    "not_equal": (nested.ne, nested.ne),
    "greater": (nested.gt, nested.gt),
    "greater_equal": (nested.ge, nested.ge),
    "bitwise_and": (nested.and_, nested.and_),
    "bitwise_or": (nested.or_, nested.or_),
    "bitwise_xor": (nested.xor, nested.xor),
}

_COMPARISONS = ("less", "less_equal", "equal", "not_equal", "greater", "greater_equal")
_BITWISE = ("bitwise_and", "bitwise_or", "bitwise_xor")


def _maximum(a, b):
    # NumPy propagates nan: if either is nan, the answer is nan.
    if a != a:
        return a
    if b != b:
        return b
    return b if b > a else a


def _minimum(a, b):
    if a != a:
        return a
    if b != b:
        return b
    return b if b < a else a


def _int_power(a, b):
    return floats.int_power(a, b)


def _kernel(name, dt):
    """The (fast, careful) kernels of operation `name` for result dtype dt."""
    if name == "maximum":
        return _maximum, _maximum
    if name == "minimum":
        return _minimum, _minimum
    if dt is BOOL:
        if name == "add":  # NumPy's + on bools is logical or, * is logical and
            return nested.or_, nested.or_
        if name == "multiply":
            return nested.and_, nested.and_
        if name == "subtract":
            raise TypeError(
                "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, "
                "the `^` operator, or the logical_xor function instead."
            )
    if name == "power" and dt.kind != "f":
        return _int_power, _int_power
    return _KERNELS[name]


def binary(name, a, b):
    """Apply the named elementwise operation to two operands with broadcasting.

    Returns NotImplemented when an operand is not array-like, so Python can
    try the other operand's method.

    >>> binary("add", array([1, 2]), 0.5).tolist()
    [1.5, 2.5]
    """
    result = _same_dtype_binary(name, a, b)
    if result is not None:
        return result
    left = _operand(a)
    right = _operand(b)
    if left is None or right is None:
        return NotImplemented
    da, db = left[2], right[2]
    dt = _result_dtype(da, left[3], db, right[3])
    if name in _BITWISE and dt.kind == "f":
        raise TypeError(
            "ufunc '%s' not supported for the input types, and the inputs could not be safely "
            "coerced to any supported types according to the casting rule ''safe''" % name
        )
    if name == "divide" and dt.kind != "f":
        dt = FLOAT64
    elif dt is BOOL and name in ("floor_divide", "remainder", "power"):
        dt = INT64  # NumPy gives int8 here; tinynet's smallest signed int is int64
    if dt.kind == "u" and name not in _COMPARISONS:
        _check_unsigned_scalar(left, dt)
        _check_unsigned_scalar(right, dt)
    if name == "power" and dt is FLOAT64 and right[1] == () and right[0] == 0.5:
        return unary(floats.sqrt, asarray(a), FLOAT64)  # NumPy computes x ** 0.5 as sqrt(x)
    fast, careful = _kernel(name, dt)
    if left[1] != right[1]:
        nested.broadcast_shapes(left[1], right[1])  # shape errors first, outside the retry below
    try:
        data, shape = nested.zip_with(fast, left[0], left[1], right[0], right[1])
    except floats.ARITHMETIC_ERRORS:
        data, shape = nested.zip_with(careful, left[0], left[1], right[0], right[1])
    if name in _COMPARISONS:
        dt = BOOL
    elif dt.kind == "u":
        data = nested.map_elementwise(dtypes.wrapper(dt), data, len(shape))
    elif dt is FLOAT64 and name in ("maximum", "minimum") and (da.kind != "f" or db.kind != "f"):
        data = _convert(data, shape, FLOAT64)  # maximum(int array, 0.5) picks some ints
    elif dt is INT64 and (da is BOOL or db is BOOL) and name in _KEEPS_BOOLS:
        data = _convert(data, shape, INT64)  # True & 3 is 1, but max(True, 0) is True
    return _result(data, shape, dt)


_KEEPS_BOOLS = ("maximum", "minimum", "bitwise_and", "bitwise_or", "bitwise_xor", "floor_divide", "remainder")


# The fast path of binary() for the bulk of numerical code: float64 or int64 arrays combined with arrays
# of the same dtype (of the same shape, or one row such as a bias) or with Python numbers of that kind.
# There is no promotion to work out: the result keeps the dtype (bool for comparisons, float64 for
# division), and the kernels are the ones binary() picks for that dtype.
_SAME_DTYPE_KERNELS = {
    "add": nested.add, "subtract": nested.sub, "multiply": nested.mul, "divide": nested.truediv,
    "less": nested.lt, "less_equal": nested.le, "equal": nested.eq, "not_equal": nested.ne,
    "greater": nested.gt, "greater_equal": nested.ge, "maximum": _maximum, "minimum": _minimum,
}


_ARITHMETIC = ("add", "subtract", "multiply", "divide")
_FLOAT_INT_LIMIT = 2 ** 1023  # ints below this convert to finite floats


def _same_dtype_binary(name, a, b):
    """Return binary(name, a, b) when both operands are of dtype float64, or both int64; else None."""
    kernel = _SAME_DTYPE_KERNELS.get(name)
    if kernel is None:
        return None
    d = a._dtype if type(a) is ndarray else b._dtype if type(b) is ndarray else None
    if d is not FLOAT64 and d is not INT64:
        return None
    a_data, a_shape = _same_dtype_operand(a, d, name)
    if a_shape is None:
        return None
    b_data, b_shape = _same_dtype_operand(b, d, name)
    if b_shape is None or not (a_shape or b_shape):
        return None
    if a_shape != b_shape and a_shape and b_shape and a_shape[-1:] != b_shape[-1:]:
        return None  # a broadcast that stretches a column, or an error: the general path says which
    try:
        data, shape = nested.zip_with(kernel, a_data, a_shape, b_data, b_shape)
    except floats.ARITHMETIC_ERRORS:
        return None  # 1.0 / 0.0 and the like: the general path gives IEEE answers
    return ndarray._wrap(data, shape, BOOL if name in _COMPARISONS else FLOAT64 if name == "divide" else d)


def _same_dtype_operand(x, d, name):
    """Return (data, shape) of an array of dtype d with at least one axis, or of a number of d's kind.

    A Python int takes either dtype, except in maximum and minimum with floats (which may pick the
    int and so need a cast); a Python float or float64 scalar takes float64 only.  Else (None, None).
    In arithmetic with floats an int is converted once, here: x + n is x + float(n) for every float x
    (Python converts n the same way each time), and float + float skips int's NotImplemented round trip.
    """
    t = type(x)
    if t is ndarray:
        if x._dtype is d and x._shape:
            return x._data, x._shape
    elif t is int:
        if d is INT64:
            return x, ()
        if name in _ARITHMETIC:
            if -_FLOAT_INT_LIMIT < x < _FLOAT_INT_LIMIT:
                return float(x), ()
        elif name != "maximum" and name != "minimum":
            return x, ()  # comparisons of floats with ints are exact in Python: keep the int
    elif d is FLOAT64 and (t is float or (isinstance(x, float) and not _MICROPYTHON)):
        return float(x), ()
    return None, None


def _result(data, shape, dt):
    """Wrap an operation's result: an array, or a scalar when it has no axes (as NumPy)."""
    if not shape:
        return dtypes.scalar(data, dt)
    return ndarray._wrap(data, shape, dt)


def _check_unsigned_scalar(operand, dt):
    value, shape, d, weak = operand
    low, high = dtypes.bounds(dt)
    if weak and d is INT64 and not low <= value <= high:
        raise OverflowError("Python integer %d out of bounds for %s" % (value, dt.name))


def unary(f, a, dt=None, careful=None):
    """Apply f to every element of array a; the result has dtype dt (default a's).

    >>> unary(abs, array([-1, 2])).tolist()
    [1, 2]
    """
    try:
        data = nested.map_elementwise(f, a._data, a.ndim)
    except floats.ARITHMETIC_ERRORS:
        if careful is None:
            raise
        data = nested.map_elementwise(careful, a._data, a.ndim)
    return _result(data, a._shape, a._dtype if dt is None else dt)


# --------------------------------------------------------------------------
# Axes
# --------------------------------------------------------------------------


def normalize_axis(axis, ndim):
    """Return axis as a non-negative int, or None for all axes.

    >>> normalize_axis(-1, 2), normalize_axis(None, 2), normalize_axis((0, 1), 2)
    (1, None, None)
    >>> normalize_axis(2, 2)
    Traceback (most recent call last):
      ...
    tinynet.core.ndarray.AxisError: axis 2 is out of bounds for array of dimension 2
    """
    if axis is None:
        return None
    if isinstance(axis, (tuple, list)):
        axes = sorted(set(normalize_axis(a, ndim) for a in axis))
        if len(axes) != len(axis):
            raise ValueError("duplicate value in 'axis'")
        if len(axes) == ndim:
            return None
        if len(axes) == 1:
            return axes[0]
        return None if not axes else axes[0]
    if not isinstance(axis, int) or isinstance(axis, bool):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(axis).__name__)
    if not -ndim <= axis < ndim:
        raise AxisError("axis %d is out of bounds for array of dimension %d" % (axis, ndim))
    return axis % ndim


# --------------------------------------------------------------------------
# Indexing
# --------------------------------------------------------------------------


def _as_index_array(key):
    """Return an IndexArray for a list, range or array used as an index."""
    if isinstance(key, ndarray):
        data, shape, d = key._data, key._shape, key._dtype
    else:
        data, shape, d = to_data(key)
        if not nested.flatten(data, shape):
            d = INT64  # an empty list indexes nothing
    if d is FLOAT64:
        raise IndexError(
            "arrays used as indices must be of integer (or boolean) type"
        )
    return indexing.IndexArray(nested.flatten(data, shape), shape, d is BOOL, data if len(shape) == 2 else None)


def _index_key(key):
    """Turn the lists, ranges and arrays inside an index into IndexArrays."""
    if type(key) is tuple:
        return tuple(_index_part(k) for k in key)
    return _index_part(key)


def _index_part(k):
    if hasattr(k, "_dtype") and not isinstance(k, ndarray):  # a NumPy-like scalar: index with its value
        return k.item()
    if isinstance(k, (list, tuple, range, ndarray)) or (hasattr(k, "tolist") and hasattr(k, "shape")):
        return _as_index_array(k)
    return k



# --------------------------------------------------------------------------
# The array
# --------------------------------------------------------------------------


class ndarray:
    """An array of bools, ints or floats with at most two dimensions.

    Make arrays with ``tinynet.array``, ``zeros`` and friends rather than by
    calling ``ndarray`` directly, as with NumPy.

    >>> x = ndarray((2,))
    >>> x.shape, x.dtype
    ((2,), dtype('float64'))
    """

    __slots__ = ("_data", "_shape", "_dtype")
    __hash__ = None

    def __init__(self, shape, dtype=float):
        shape = (shape,) if isinstance(shape, int) else tuple(shape)
        nested.check_ndim(shape)
        d = dtypes.as_dtype(dtype)
        zero = dtypes.converter(d)(0)
        self._data = nested.constant(zero, shape)
        self._shape = shape
        self._dtype = d

    @classmethod
    def _wrap(cls, data, shape, dtype):
        """Build an array from data already valid for shape and dtype, without checking."""
        a = object.__new__(cls)
        a._data = data
        a._shape = shape
        a._dtype = dtype
        return a

    # ---------------------------------------------------------------- attributes

    @property
    def shape(self):
        """The length of each axis, as a tuple."""
        return self._shape

    @shape.setter
    def shape(self, new_shape):
        reshaped = self.reshape(new_shape)
        self._data, self._shape = reshaped._data, reshaped._shape

    @property
    def ndim(self):
        """The number of axes: 0, 1 or 2."""
        return len(self._shape)

    @property
    def size(self):
        """The number of elements."""
        return nested.size_of(self._shape)

    @property
    def dtype(self):
        """The element type: bool, uint8, int64 or float64."""
        return self._dtype

    @property
    def itemsize(self):
        """Bytes per element, as NumPy stores them."""
        return self._dtype.itemsize

    @property
    def nbytes(self):
        """Bytes the elements would take in NumPy."""
        return self.size * self._dtype.itemsize

    @property
    def T(self):
        """The transpose (the same array for 0-d and 1-d)."""
        return self.transpose()

    @property
    def flat(self):
        """An iterator over the elements in row-major order."""
        return iter(self.ravel())

    # ---------------------------------------------------------------- conversion

    def tolist(self):
        """Return the values as (nested) Python lists of bool, int or float.

        >>> array([[1, 2], [3, 4]]).tolist()
        [[1, 2], [3, 4]]
        """
        return nested.copy(self._data, self._shape)

    def item(self, *args):
        """Return one element as a plain Python scalar (the only one, or at a position).

        >>> array([[1.5]]).item(), array([4, 5]).item(1)
        (1.5, 5)
        """
        if not args:
            if self.size != 1:
                raise ValueError("can only convert an array of size 1 to a Python scalar")
            return nested.flatten(self._data, self._shape)[0]
        flat = nested.flatten(self._data, self._shape)
        if len(args) == 1 and isinstance(args[0], int):
            return flat[indexing.index_position(args[0], len(flat), 0)]
        value = self[args if len(args) > 1 else args[0]]
        return value.item() if hasattr(value, "item") else value

    def astype(self, dtype, copy=True):
        """Return a copy cast to dtype (floats to ints truncate toward zero).

        >>> array([1.7, -1.7]).astype(int).tolist()
        [1, -1]
        """
        d = dtypes.as_dtype(dtype)
        if d is self._dtype:
            return self.copy() if copy else self
        return ndarray._wrap(_convert(self._data, self._shape, d), self._shape, d)

    def copy(self):
        """Return a copy that shares no data with this array.

        >>> a = array([1, 2]); b = a.copy(); b[0] = 9; a.tolist()
        [1, 2]
        """
        return ndarray._wrap(nested.copy(self._data, self._shape), self._shape, self._dtype)

    def fill(self, value):
        """Set every element to value, in place."""
        self[...] = value

    # ---------------------------------------------------------------- shape

    def reshape(self, *shape, order="C"):
        """Return the elements in a new shape; one dimension may be -1 (inferred).

        >>> array([1, 2, 3, 4, 5, 6]).reshape(2, -1).tolist()
        [[1, 2, 3], [4, 5, 6]]
        """
        if order != "C":
            raise ValueError("tinynet supports only order='C'")
        if len(shape) == 1 and not isinstance(shape[0], int):
            shape = shape[0]
        new_shape = _resolve_shape(tuple(int(n) for n in shape), self.size)
        nested.check_ndim(new_shape)
        flat = nested.flatten(self._data, self._shape)
        return ndarray._wrap(nested.unflatten(flat, new_shape), new_shape, self._dtype)

    def ravel(self):
        """Return the elements as a 1-d array, row by row.

        >>> array([[1, 2], [3, 4]]).ravel().tolist()
        [1, 2, 3, 4]
        """
        flat = nested.flatten(self._data, self._shape)
        if len(self._shape) == 1:
            flat = flat[:]
        return ndarray._wrap(flat, (len(flat),), self._dtype)

    def flatten(self):
        """Return a 1-d copy of the elements, row by row.

        >>> array([[1, 2], [3, 4]]).flatten().tolist()
        [1, 2, 3, 4]
        """
        return self.ravel()

    def squeeze(self, axis=None):
        """Return the array without its length-1 axes.

        >>> array([[1, 2, 3]]).squeeze().shape
        (3,)
        """
        if axis is None:
            shape = tuple(n for n in self._shape if n != 1)
        else:
            axis = normalize_axis(axis, self.ndim)
            if self._shape[axis] != 1:
                raise ValueError("cannot select an axis to squeeze out which has size not equal to one")
            shape = self._shape[:axis] + self._shape[axis + 1 :]
        return self.reshape(shape)

    def transpose(self, *axes):
        """Return the transpose: T[j][i] = A[i][j] (0-d and 1-d arrays are unchanged).

        >>> array([[1, 2, 3], [4, 5, 6]]).transpose().tolist()
        [[1, 4], [2, 5], [3, 6]]
        """
        if len(axes) == 1 and axes[0] is not None and not isinstance(axes[0], int):
            axes = tuple(axes[0])
        if axes and axes != (None,):
            axes = tuple(normalize_axis(a, self.ndim) for a in axes)
            if sorted(axes) != list(range(self.ndim)):
                raise ValueError("axes don't match array")
            if axes == tuple(range(self.ndim)):
                return ndarray._wrap(self._data, self._shape, self._dtype)
        if self.ndim < 2:
            return ndarray._wrap(self._data, self._shape, self._dtype)
        rows, columns = self._shape
        data = nested.transpose(self._data) if rows else []
        if not data and columns:
            data = [[] for _ in range(columns)]
        return ndarray._wrap(data, (columns, rows), self._dtype)

    # ---------------------------------------------------------------- indexing

    def __len__(self):
        if not self._shape:
            raise TypeError("len() of unsized object")
        return self._shape[0]

    def __iter__(self):
        if not self._shape:
            raise TypeError("iteration over a 0-d array")
        if len(self._shape) == 1:
            return iter([dtypes.scalar(x, self._dtype) for x in self._data])
        row_shape = (self._shape[1],)
        return iter([ndarray._wrap(row, row_shape, self._dtype) for row in self._data])

    def __getitem__(self, key):
        shape = self._shape
        d = self._dtype
        # Fast paths: the indexing that training loops do all the time.
        if type(key) is int and shape:
            i = indexing.index_position(key, shape[0], 0)
            if len(shape) == 1:
                return dtypes.scalar(self._data[i], d)
            return ndarray._wrap(self._data[i], (shape[1],), d)  # a view of row i
        if type(key) is tuple and len(key) == 2 and len(shape) == 2 and type(key[0]) is int:
            i = indexing.index_position(key[0], shape[0], 0)
            if type(key[1]) is int:
                return dtypes.scalar(self._data[i][indexing.index_position(key[1], shape[1], 1)], d)
        if type(key) is tuple and len(key) == 2 and type(key[0]) is slice and indexing.is_full_slice(key[1]):
            key = key[0]  # a[i:j, :] is a[i:j]
        if type(key) is slice and shape:
            rows = self._data[key]
            if len(shape) == 2:  # the same row lists: a view, as NumPy's row slices are
                return ndarray._wrap(rows, (len(rows), shape[1]), d)
            return ndarray._wrap(rows, (len(rows),), d)  # a copy (1-d slices are not views)
        if key is Ellipsis or (type(key) is tuple and not key):
            if not shape and key == ():
                return dtypes.scalar(self._data, d)
            return ndarray._wrap(self._data, shape, d)
        result_shape, locations = indexing.locate(_index_key(key), shape)
        data = self._gather(locations, len(result_shape))
        if not result_shape:
            return dtypes.scalar(data, d)
        return ndarray._wrap(data, result_shape, d)

    def _gather(self, locations, ndim):
        data = self._data
        if len(self._shape) == 0:
            get = _constant(data)
        elif len(self._shape) == 1:

            def get(location):
                return data[location]

        else:

            def get(location):
                return data[location[0]][location[1]]

        return nested.map_elementwise(get, locations, ndim)

    def __setitem__(self, key, value):
        shape = self._shape
        convert = dtypes.converter(self._dtype)
        # Fast paths: W[0] = 0.4, a[i, j] = v, d[mask] = 0.
        if type(key) is int and shape:
            i = indexing.index_position(key, shape[0], 0)
            if len(shape) == 1:
                self._data[i] = convert(_as_scalar(value))
                return
            self._data[i][:] = _broadcast_value(value, (shape[1],), self._dtype)
            return
        if type(key) is tuple and len(key) == 2 and len(shape) == 2 and type(key[0]) is int and type(key[1]) is int:
            i = indexing.index_position(key[0], shape[0], 0)
            j = indexing.index_position(key[1], shape[1], 1)
            self._data[i][j] = convert(_as_scalar(value))
            return
        if key is Ellipsis or (type(key) is tuple and not key and not shape):
            if not shape:
                self._data = convert(_as_scalar(value))
                return
            new = _broadcast_value(value, shape, self._dtype)
            if len(shape) == 2:
                for row, new_row in zip(self._data, new):
                    row[:] = new_row
            else:
                self._data[:] = new
            return
        result_shape, locations = indexing.locate(_index_key(key), shape)
        values = _broadcast_value(value, result_shape, self._dtype)
        flat_locations = nested.flatten(locations, result_shape)
        flat_values = nested.flatten(values, result_shape)
        data = self._data
        if len(shape) == 1:
            for i, v in zip(flat_locations, flat_values):
                data[i] = v
        elif len(shape) == 2:
            for (i, j), v in zip(flat_locations, flat_values):
                data[i][j] = v
        elif flat_values:
            self._data = flat_values[-1]

    # ---------------------------------------------------------------- scalars

    def __float__(self):
        if self.size != 1 and _MICROPYTHON:
            # MicroPython tries float(right operand) for `0.5 * a` before a.__rmul__;
            # NotImplemented sends it on to __rmul__ as CPython would go directly.
            return NotImplemented
        return float(self._only_value())

    def __int__(self):
        return int(self._only_value())

    def __index__(self):
        if self._dtype.kind not in "iub" or self._shape:
            raise TypeError("only integer scalar arrays can be converted to a scalar index")
        return int(self._data)

    def __bool__(self):
        if self.size == 1:
            return bool(nested.flatten(self._data, self._shape)[0])
        if self.size == 0:
            raise ValueError(
                "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that "
                "an array is not empty."
            )
        raise ValueError(
            "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()"
        )

    def _only_value(self):
        if self.size != 1:
            raise TypeError("only length-1 arrays can be converted to Python scalars")
        return nested.flatten(self._data, self._shape)[0]

    def __round__(self, ndigits=None):
        if ndigits is None:
            return round(self._only_value())
        return self.round(ndigits)

    def __format__(self, spec):
        if not self._shape:
            return format(dtypes.scalar(self._data, self._dtype), spec)
        if spec:
            raise TypeError("unsupported format string passed to numpy.ndarray.__format__")
        return str(self)

    def __array__(self, dtype=None, copy=None):
        """Hand NumPy a copy: np.asarray(a) for a tinynet array a, with the same dtype.

        Only NumPy calls this, so NumPy is already loaded; tinynet itself never imports it.
        """
        numpy = sys.modules["numpy"]
        return numpy.array(self.tolist(), dtype=self._dtype.name if dtype is None else dtype)

    # ---------------------------------------------------------------- printing

    def __repr__(self):
        from tinynet.core import printing

        return printing.array_repr(self._data, self._shape, self._dtype.name)

    def __str__(self):
        from tinynet.core import printing

        return printing.array_str(self._data, self._shape, self._dtype.name)

    # ---------------------------------------------------------------- arithmetic

    def __add__(self, other):
        return binary("add", self, other)

    def __radd__(self, other):
        return binary("add", other, self)

    def __sub__(self, other):
        return binary("subtract", self, other)

    def __rsub__(self, other):
        return binary("subtract", other, self)

    def __mul__(self, other):
        return binary("multiply", self, other)

    def __rmul__(self, other):
        return binary("multiply", other, self)

    def __truediv__(self, other):
        return binary("divide", self, other)

    def __rtruediv__(self, other):
        return binary("divide", other, self)

    def __floordiv__(self, other):
        return binary("floor_divide", self, other)

    def __rfloordiv__(self, other):
        return binary("floor_divide", other, self)

    def __mod__(self, other):
        return binary("remainder", self, other)

    def __rmod__(self, other):
        return binary("remainder", other, self)

    def __pow__(self, other):
        return binary("power", self, other)

    def __rpow__(self, other):
        return binary("power", other, self)

    def __and__(self, other):
        return binary("bitwise_and", self, other)

    def __rand__(self, other):
        return binary("bitwise_and", other, self)

    def __or__(self, other):
        return binary("bitwise_or", self, other)

    def __ror__(self, other):
        return binary("bitwise_or", other, self)

    def __xor__(self, other):
        return binary("bitwise_xor", self, other)

    def __rxor__(self, other):
        return binary("bitwise_xor", other, self)

    def __lt__(self, other):
        return binary("less", self, other)

    def __le__(self, other):
        return binary("less_equal", self, other)

    def __gt__(self, other):
        return binary("greater", self, other)

    def __ge__(self, other):
        return binary("greater_equal", self, other)

    def __eq__(self, other):
        return binary("equal", self, other)

    def __ne__(self, other):
        return binary("not_equal", self, other)

    def __neg__(self):
        if self._dtype is BOOL:
            raise TypeError(
                "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator "
                "or the logical_not function instead."
            )
        if self._dtype.kind == "u":
            wrap = dtypes.wrapper(self._dtype)
            return unary(lambda x: wrap(-x), self)
        return unary(nested.neg, self)

    def __pos__(self):
        if self._dtype is BOOL:
            raise TypeError(
                "ufunc 'positive' did not contain a loop with signature matching types "
                "<class 'numpy.dtypes.BoolDType'> -> None"
            )
        return unary(_same, self)

    def __abs__(self):
        if self._dtype is BOOL:
            return unary(_same, self)
        return unary(abs, self)

    def __invert__(self):
        if self._dtype is BOOL:
            return unary(_logical_not, self)
        if self._dtype.kind == "f":
            raise TypeError(
                "ufunc 'invert' not supported for the input types, and the inputs could not be safely "
                "coerced to any supported types according to the casting rule ''safe''"
            )
        if self._dtype.kind == "u":
            wrap = dtypes.wrapper(self._dtype)
            return unary(lambda x: wrap(~x), self)
        return unary(nested.invert, self)

    # In-place operators write into the existing lists, so row views stay live.

    def _inplace(self, name, other):
        operand = _operand(other)
        if operand is not None and operand[1] != self._shape:
            nested.broadcast_shapes(self._shape, operand[1], self._shape)  # NumPy names the output too
        result = binary(name, self, other)
        if result is NotImplemented:
            return NotImplemented
        if not isinstance(result, ndarray):  # a scalar from a 0-d operation
            result = ndarray._wrap(result.item() if hasattr(result, "item") else result, (), _operand(result)[2])
        if result._dtype is not self._dtype:
            if not dtypes.can_cast_same_kind(result._dtype, self._dtype):
                raise TypeError(
                    "Cannot cast ufunc '%s' output from %r to %r with casting rule 'same_kind'"
                    % (name, result._dtype, self._dtype)
                )
            result = result.astype(self._dtype)
        if result._shape != self._shape:
            raise ValueError(
                "non-broadcastable output operand with shape %s doesn't match the broadcast shape %s"
                % (_compact(self._shape), _compact(result._shape))
            )
        if len(self._shape) == 2:
            for row, new_row in zip(self._data, result._data):
                row[:] = new_row
        elif len(self._shape) == 1:
            self._data[:] = result._data
        else:
            self._data = result._data
        return self

    def __iadd__(self, other):
        return self._inplace("add", other)

    def __isub__(self, other):
        return self._inplace("subtract", other)

    def __imul__(self, other):
        return self._inplace("multiply", other)

    def __itruediv__(self, other):
        return self._inplace("divide", other)

    def __ifloordiv__(self, other):
        return self._inplace("floor_divide", other)

    def __imod__(self, other):
        return self._inplace("remainder", other)

    def __ipow__(self, other):
        return self._inplace("power", other)

    def __iand__(self, other):
        return self._inplace("bitwise_and", other)

    def __ior__(self, other):
        return self._inplace("bitwise_or", other)

    def __ixor__(self, other):
        return self._inplace("bitwise_xor", other)

    # ---------------------------------------------------------------- products

    def __matmul__(self, other):
        if type(other) is ndarray:
            product = _matmul_float64(self, other)
            if product is not None:
                return product
        if _operand(other) is None:
            return NotImplemented
        return matmul(self, other)

    def __rmatmul__(self, other):
        if _operand(other) is None:
            return NotImplemented
        return matmul(other, self)

    def dot(self, other):
        """Return the dot product with other (see tinynet.dot).

        >>> array([[1, 2], [3, 4]]).dot(array([1, 1])).tolist()
        [3, 7]
        """
        return dot(self, other)

    # ---------------------------------------------------------------- reductions

    def sum(self, axis=None, dtype=None, keepdims=False):
        """Return the sum over an axis (None: all elements).

        Floats are added in NumPy's pairwise order, so sums match NumPy exactly.

        >>> a = array([[1, 2, 3], [4, 5, 6]])
        >>> a.sum(), a.sum(axis=0).tolist(), a.sum(axis=1, keepdims=True).tolist()
        (np.int64(21), [5, 7, 9], [[6], [15]])
        """
        source = self
        d = self._dtype
        if dtype is not None:
            d = dtypes.as_dtype(dtype)
        else:
            d = dtypes.accumulator(d)  # bools sum as int64, uint8 as uint64
        if d is not self._dtype:
            source = self.astype(d)
        return source._reduce(nested.reduce_sum, axis, keepdims, d)

    def prod(self, axis=None, keepdims=False):
        """Return the product over an axis.

        >>> array([[1, 2], [3, 4]]).prod(axis=1).tolist()
        [2, 12]
        """
        d = dtypes.accumulator(self._dtype)
        source = self.astype(d) if d is not self._dtype else self
        return source._reduce_rows(nested.product, axis, keepdims, d, "multiply", empty_ok=True)

    def mean(self, axis=None, dtype=None, keepdims=False):
        """Return the arithmetic mean over an axis: sum / count, in float64.

        >>> array([[1, 2], [3, 5]]).mean(axis=0).tolist()
        [2.0, 3.5]
        """
        count = self._count(axis)
        total = self.astype(FLOAT64, copy=False).sum(axis=axis, keepdims=keepdims)
        return binary("divide", total, float(count)) if isinstance(total, ndarray) else dtypes.scalar(
            floats.divide(float(total), float(count)), FLOAT64
        )

    def var(self, axis=None, dtype=None, ddof=0, keepdims=False):
        """Return the variance: mean((x - mean(x))**2), dividing by count - ddof.

        >>> array([1.0, 2.0, 3.0, 4.0]).var()
        np.float64(1.25)
        """
        count = self._count(axis)
        x = self.astype(FLOAT64, copy=False)
        mean = x.sum(axis=axis, keepdims=True) / float(count) if x.ndim else x
        deviation = x - mean
        squares = deviation * deviation
        total = squares.sum(axis=axis, keepdims=keepdims)
        divisor = float(max(count - ddof, 0))
        if isinstance(total, ndarray):
            return binary("divide", total, divisor)
        return dtypes.scalar(floats.divide(float(total), divisor), FLOAT64)

    def std(self, axis=None, dtype=None, ddof=0, keepdims=False):
        """Return the standard deviation: the square root of var.

        >>> array([1.0, 2.0, 3.0, 4.0]).std()
        np.float64(1.118033988749895)
        """
        v = self.var(axis=axis, ddof=ddof, keepdims=keepdims)
        if isinstance(v, ndarray):
            return unary(floats.sqrt, v)
        return dtypes.scalar(floats.sqrt(float(v)), FLOAT64)

    def max(self, axis=None, keepdims=False):
        """Return the largest element over an axis (nan if any is nan, as NumPy).

        >>> array([[1, 5], [7, 2]]).max(axis=1).tolist()
        [5, 7]
        """
        return self._reduce_rows(nested.nan_max, axis, keepdims, self._dtype, "maximum")

    def min(self, axis=None, keepdims=False):
        """Return the smallest element over an axis (nan if any is nan, as NumPy).

        >>> array([[1, 5], [7, 2]]).min(axis=0).tolist()
        [1, 2]
        """
        return self._reduce_rows(nested.nan_min, axis, keepdims, self._dtype, "minimum")

    def argmax(self, axis=None, keepdims=False):
        """Return the index of the first largest element over an axis (flat index for None).

        >>> array([[1, 5], [7, 2]]).argmax(axis=1).tolist(), array([[1, 5], [7, 2]]).argmax()
        ([1, 0], np.int64(2))
        """
        return self._reduce_rows(nested.arg_max, axis, keepdims, INT64, "argmax")

    def argmin(self, axis=None, keepdims=False):
        """Return the index of the first smallest element over an axis.

        >>> array([3, 1, 1]).argmin()
        np.int64(1)
        """
        return self._reduce_rows(nested.arg_min, axis, keepdims, INT64, "argmin")

    def any(self, axis=None, keepdims=False):
        """Return whether any element over an axis is true.

        >>> array([[0, 1], [0, 0]]).any(axis=1).tolist()
        [True, False]
        """
        return self._reduce_rows(nested.any_true, axis, keepdims, BOOL, "any", empty_ok=True)

    def all(self, axis=None, keepdims=False):
        """Return whether every element over an axis is true.

        >>> array([[1, 1], [0, 1]]).all(axis=0).tolist()
        [False, True]
        """
        return self._reduce_rows(nested.all_true, axis, keepdims, BOOL, "all", empty_ok=True)

    def cumsum(self, axis=None):
        """Return running sums along an axis (None: over the flattened array).

        >>> array([[1, 2], [3, 4]]).cumsum().tolist(), array([[1, 2], [3, 4]]).cumsum(axis=0).tolist()
        ([1, 3, 6, 10], [[1, 2], [4, 6]])
        """
        d = dtypes.accumulator(self._dtype)
        source = self.astype(d) if d is not self._dtype else self
        axis = normalize_axis(axis, self.ndim)
        if axis is None:
            return ndarray._wrap(nested.running_sum(nested.flatten(source._data, source._shape)), (self.size,), d)
        if self.ndim == 1:
            return ndarray._wrap(nested.running_sum(source._data), self._shape, d)
        if axis == 1:
            return ndarray._wrap([nested.running_sum(row) for row in source._data], self._shape, d)
        columns = [nested.running_sum(list(c)) for c in zip(*source._data)]
        return ndarray._wrap(nested.transpose(columns) if columns else [[] for _ in source._data], self._shape, d)

    def clip(self, min=None, max=None):  # noqa: A002 - NumPy's parameter names
        """Return the array with values limited to [min, max].

        >>> array([-2, 0, 5]).clip(-1, 3).tolist()
        [-1, 0, 3]
        """
        result = self
        if min is not None:
            result = binary("maximum", result, min)
        if max is not None:
            result = binary("minimum", result, max)
        return result.copy() if result is self else result

    def round(self, decimals=0):
        """Round half to even to the given number of decimals, as np.round does.

        >>> array([0.5, 1.5, 2.5, 2.675]).round().tolist(), array([2.675]).round(2).tolist()
        ([0.0, 2.0, 2.0, 3.0], [2.68])
        """
        if self._dtype.kind == "f":
            return unary(lambda x: floats.round_half_even(x, decimals), self)
        if self._dtype is BOOL:
            if decimals:
                raise TypeError(
                    "Cannot cast ufunc 'multiply' output from dtype('float64') to dtype('bool') "
                    "with casting rule 'same_kind'"
                )
            return unary(float, self, FLOAT64)  # NumPy gives float16, which tinynet does not have
        if decimals >= 0:
            return unary(_same, self)
        return unary(lambda x: int(floats.round_half_even(float(x), decimals)), self)

    def nonzero(self):
        """Return a tuple of index arrays, one per axis, of the non-zero elements.

        >>> [i.tolist() for i in array([0, 3, 0, 4]).nonzero()]
        [[1, 3]]
        """
        if self.ndim == 1:
            positions = [i for i, x in enumerate(self._data) if x]
            return (ndarray._wrap(positions, (len(positions),), INT64),)
        if self.ndim == 2:
            pairs = [(i, j) for i, row in enumerate(self._data) for j, x in enumerate(row) if x]
            rows = [p[0] for p in pairs]
            columns = [p[1] for p in pairs]
            return (ndarray._wrap(rows, (len(rows),), INT64), ndarray._wrap(columns, (len(columns),), INT64))
        raise ValueError("Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.")

    # ---------------------------------------------------------------- reduction machinery

    def _count(self, axis):
        axis = normalize_axis(axis, self.ndim)
        return self.size if axis is None else self._shape[axis]

    def _reduction_axis(self, axis):
        """Normalize axis; the only axis of a vector is the same as all axes."""
        if self.ndim == 0 and axis in (0, -1):
            return None  # NumPy lets a 0-d array be reduced over "axis 0"
        axis = normalize_axis(axis, self.ndim)
        return None if self.ndim == 1 else axis

    def _reduce(self, reducer, axis, keepdims, d):
        """Reduce with reducer(data, shape, axis) -> a value or a list."""
        axis = self._reduction_axis(axis)
        if not self._shape:
            value = self._data
        else:
            value = reducer(self._data, self._shape, axis)
        return self._finish(value, axis, keepdims, d)

    def _reduce_rows(self, f, axis, keepdims, d, name, empty_ok=False):
        """Reduce by applying f (a function of a list) along an axis."""
        axis = self._reduction_axis(axis)
        if not empty_ok and (self.size == 0 if axis is None else self._shape[axis] == 0):
            if name in ("argmax", "argmin"):
                raise ValueError("attempt to get %s of an empty sequence" % name)
            raise ValueError(
                "zero-size array to reduction operation %s which has no identity" % name
            )
        if not self._shape:
            value = f([self._data])
        elif len(self._shape) == 2 and axis == 0 and self._shape[0] == 0:
            value = [f([]) for _ in range(self._shape[1])]
        else:
            value = nested.reduce_rows(f, self._data, self._shape, axis)
        return self._finish(value, axis, keepdims, d)

    def _finish(self, value, axis, keepdims, d):
        convert = dtypes.converter(d)
        if axis is None:
            value = convert(value)
            if keepdims and self._shape:
                shape = tuple(1 for _ in self._shape)
                return ndarray._wrap(nested.constant(value, shape), shape, d)
            return dtypes.scalar(value, d)
        value = [convert(v) for v in value]
        shape = self._shape[:axis] + self._shape[axis + 1 :]
        if keepdims:
            shape = self._shape[:axis] + (1,) + self._shape[axis + 1 :]
            if axis == 1:
                return ndarray._wrap([[v] for v in value], shape, d)
            return ndarray._wrap([value], shape, d)
        return ndarray._wrap(value, shape, d)


# --------------------------------------------------------------------------
# Helpers for the methods above
# --------------------------------------------------------------------------


def _constant(value):
    def get(location):
        return value

    return get


def _logical_not(x):
    return not x


def _same(x):
    return x




def _as_scalar(value):
    if isinstance(value, ndarray):
        if value.size != 1:
            raise ValueError(
                "setting an array element with a sequence."
            )
        return nested.flatten(value._data, value._shape)[0]
    if isinstance(value, (list, tuple)):
        data, shape, d = to_data(value)
        if nested.size_of(shape) != 1:
            raise ValueError("setting an array element with a sequence.")
        return nested.flatten(data, shape)[0]
    if isinstance(value, (bool, int, float)):
        return value
    if hasattr(value, "item"):
        return value.item()
    dtypes.kind_of_value(value)
    return value


def _broadcast_value(value, shape, d):
    """Return value cast to dtype d and broadcast to shape, as fresh nested lists."""
    if isinstance(value, ndarray):
        data, vshape = value._data, value._shape
        if value._dtype is not d:
            data = _convert(data, vshape, d)
    elif isinstance(value, (bool, int, float)) and not isinstance(value, ndarray):
        return nested.constant(dtypes.converter(d)(value), shape)
    else:
        data, vshape, _ = to_data(value, dtype=d)
    # NumPy drops leading length-1 axes of the value when they don't fit.
    while len(vshape) > len(shape) and vshape[0] == 1:
        data = data[0]
        vshape = vshape[1:]
    try:
        if nested.broadcast_shapes(vshape, shape) != shape:
            raise ValueError
    except ValueError:
        raise ValueError(
            "could not broadcast input array from shape %s into shape %s" % (_compact(vshape), _compact(shape))
        )
    return nested.broadcast_to(data, vshape, shape)


def _compact(shape):
    return format_shape(shape).replace(" ", "")


def _resolve_shape(shape, size):
    """Fill in a -1 in a requested shape, and check the size matches."""
    unknown = [i for i, n in enumerate(shape) if n == -1]
    if len(unknown) > 1:
        raise ValueError("can only specify one unknown dimension")
    if any(n < -1 for n in shape):
        raise ValueError("negative dimensions not allowed")
    if unknown:
        known = nested.size_of(tuple(n for n in shape if n != -1))
        if known == 0 or size % known:
            raise ValueError(
                "cannot reshape array of size %d into shape %s" % (size, _shape_with_unknown(shape))
            )
        shape = tuple(size // known if n == -1 else n for n in shape)
    if nested.size_of(shape) != size:
        raise ValueError("cannot reshape array of size %d into shape %s" % (size, _shape_with_unknown(shape)))
    return shape


def _shape_with_unknown(shape):
    # NumPy writes the -1 of a requested shape as 'newaxis' in this message.
    return "(" + ",".join("newaxis" if n == -1 else str(n) for n in shape) + ("," if len(shape) == 1 else "") + ")"



# --------------------------------------------------------------------------
# Products (defined here because the @ operator needs them)
# --------------------------------------------------------------------------


def asarray(a, dtype=None):
    """Return a as an ndarray, without copying if it already is one of that dtype.

    >>> asarray([1, 2]).tolist()
    [1, 2]
    """
    if type(a) is ndarray and (dtype is None or dtypes.as_dtype(dtype) is a._dtype):
        return a
    data, shape, d = to_data(a, dtype)
    return ndarray._wrap(data, shape, d)


def array(obj, dtype=None, copy=True, ndmin=0):
    """Return a new array holding the values of obj (nested lists, scalars or arrays).

    The dtype is inferred as NumPy does (bool < int64 < float64) unless given.

    >>> array([[1, 2], [3, 4]]).shape, array([1, 2.5]).dtype, array([True, False], dtype="int64").tolist()
    ((2, 2), dtype('float64'), [1, 0])
    """
    data, shape, d = to_data(obj, dtype)
    result = ndarray._wrap(data, shape, d)
    while result.ndim < ndmin:
        result = result.reshape((1,) + result._shape)
    return result


def matmul(a, b):
    """Return the matrix product a @ b: C[i][j] = sum_k A[i][k] * B[k][j].

    1-d operands are treated as a row (on the left) or a column (on the right),
    and that axis is dropped from the result, as in NumPy.

    >>> matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]).tolist()
    [[19, 22], [43, 50]]
    >>> matmul([1, 2], [3, 4])
    np.int64(11)
    """
    a, b = asarray(a), asarray(b)
    for position, x in enumerate((a, b)):
        if x.ndim == 0:
            raise ValueError(
                "matmul: Input operand %d does not have enough dimensions (has 0, gufunc core with "
                "signature (n?,k),(k,m?)->(n?,m?) requires 1)" % position
            )
    k_a = a._shape[-1]
    k_b = b._shape[0]
    if k_a != k_b:
        raise ValueError(
            "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
            "(n?,k),(k,m?)->(n?,m?) (size %d is different from %d)" % (k_b, k_a)
        )
    return _product_of(a, b)


def dot(a, b):
    """Return the dot product: sum_k a[k] * b[k] for vectors, the matrix product for matrices.

    >>> dot([1, 2, 3], [4, 5, 6])
    np.int64(32)
    >>> dot([[1, 0], [0, 1]], [[4, 1], [2, 2]]).tolist()
    [[4, 1], [2, 2]]
    """
    a, b = asarray(a), asarray(b)
    if a.ndim == 0 or b.ndim == 0:
        return binary("multiply", a, b)
    k_a = a._shape[-1]
    k_b = b._shape[0]
    if k_a != k_b:
        raise ValueError(
            "shapes %s and %s not aligned: %d (dim %d) != %d (dim 0)"
            % (_compact(a._shape), _compact(b._shape), k_a, a.ndim - 1, k_b)
        )
    return _product_of(a, b)


def _product_of(a, b):
    d = dtypes.promote(a._dtype, b._dtype)
    A, B = a._data, b._data
    if a._shape[-1] == 0:  # an empty sum: every entry is 0
        shape = a._shape[:-1] + b._shape[1:]
        return ndarray._wrap(nested.constant(dtypes.converter(d)(0), shape), shape, d) if shape else dtypes.scalar(
            dtypes.converter(d)(0), d
        )
    if a.ndim == 2 and b.ndim == 2:
        data, shape = nested.matmul(A, B), (a._shape[0], b._shape[1])
    elif a.ndim == 2:
        data, shape = nested.matvec(A, B), (a._shape[0],)
    elif b.ndim == 2:
        data, shape = nested.vecmat(A, B), (b._shape[1],)
        if not data and b._shape[1]:
            data = [0] * b._shape[1]
    else:
        data, shape = nested._sum_products(A, B), ()
    if not _sums_have_dtype(d, a._dtype, b._dtype):
        data = nested.map_elementwise(dtypes.converter(d), data, len(shape))
    if not shape:
        return dtypes.scalar(data, d)
    return ndarray._wrap(data, shape, d)


def _sums_have_dtype(d, da, db):
    """Whether sums of products of da and db values are d's Python type already, with no cast needed.

    They are with a float64 operand (floats) and for int64 with int64 (ints); bool @ bool counts in ints
    but gives bools, and int64 @ uint64 gives float64, so those are cast.
    """
    if d is FLOAT64:
        return da is FLOAT64 or db is FLOAT64
    return d is INT64 and da is INT64 and db is INT64


def _matmul_float64(a, b):
    """matmul's fast path for two float64 matrices, a @ b with nothing to promote or cast; else None."""
    a_shape, b_shape = a._shape, b._shape
    if a._dtype is FLOAT64 and b._dtype is FLOAT64 and len(a_shape) == 2 and len(b_shape) == 2:
        if 0 < a_shape[1] == b_shape[0]:
            return ndarray._wrap(nested.matmul(a._data, b._data), (a_shape[0], b_shape[1]), FLOAT64)
    return None
