"""NumPy's modern Generator (``np.random.default_rng``), value for value.

``default_rng(seed)`` followed by the same calls gives the same numbers as
NumPy's: the same PCG64 stream (``tinynet.pcg64``), 53-bit doubles
``(word >> 11) * 2**-53``, Lemire's bounded integers, the 256-layer ziggurat
for Gaussians (``tinynet.ziggurat``), and the same algorithms for shuffles and
samples without replacement.

>>> rng = default_rng(42)
>>> rng.random()
0.7739560485559633
>>> rng.integers(10)
np.int64(6)
>>> rng.standard_normal()
0.7504511958064572

A size of ``None`` gives a Python float (an ``np.int64`` from ``integers``,
as in NumPy); an int or a tuple gives an ``ndarray`` of that shape filled in C
(row-major) order: ``size=(2, 3)`` draws six values and lays them out as
``[[v0, v1, v2], [v3, v4, v5]]``. 

32-bit draws share one buffer in the bit generator: a 64-bit word serves two
of them, so ``integers(10)`` twice uses one word. Doubles and Gaussians take
whole 64-bit words and leave that buffer alone, exactly as NumPy does.
"""

from tinynet.random import bounded as _bounded
from tinynet.core import dtypes as _dtypes
from tinynet.core import nested as _nested
from tinynet.random import sampling as _sampling
from tinynet.random import weighted as _weighted
from tinynet.random import ziggurat as _ziggurat
from tinynet.core.errors import AxisError as _AxisError
from tinynet.core.ndarray import ndarray as _ndarray
from tinynet.core.nested import format_shape
from tinynet.random.bit_generator import BitGenerator
from tinynet.random.generator_distributions import GeneratorDistributions
from tinynet.random.pcg64 import PCG64

__all__ = ['Generator', 'default_rng']


# ---------------------------------------------------------------------------
# Axes
# ---------------------------------------------------------------------------

def _normalize_axis(axis, ndim):
    """Return axis in [0, ndim), or raise NumPy's AxisError."""
    index = _sampling.as_dimension(axis)
    if index < -ndim or index >= ndim:
        raise _AxisError('axis %d is out of bounds for array of dimension %d' % (index, ndim))
    return index + ndim if index < 0 else index


# ---------------------------------------------------------------------------
# The generator
# ---------------------------------------------------------------------------

class Generator(GeneratorDistributions):
    """NumPy's Generator on a PCG64 bit generator: Generator(PCG64(seed)) == numpy's, value for value.

    >>> rng = Generator(PCG64(0))
    >>> rng.random()
    0.6369616873214543
    >>> rng.bit_generator.state['bit_generator']
    'PCG64'
    """

    def __init__(self, bit_generator):
        if not isinstance(bit_generator, BitGenerator):
            # NumPy's error: it looks for the bit generator's C capsule
            raise AttributeError("'%s' object has no attribute 'capsule' (Generator needs a BitGenerator)"
                                 % type(bit_generator).__name__)
        self._bits = bit_generator

    def __repr__(self):
        return 'Generator(%s) at 0x%X' % (type(self._bits).__name__, id(self))

    def __str__(self):
        return 'Generator(%s)' % type(self._bits).__name__

    @property
    def bit_generator(self):
        """The bit generator underneath (PCG64, PCG64DXSM, MT19937, Philox or SFC64)."""
        return self._bits

    def spawn(self, n_children):
        """Return n_children new Generators seeded from children of this one's SeedSequence.

        >>> child = default_rng(1).spawn(2)[1]
        >>> child.random()
        0.4757645185899906
        """
        return [Generator(bits) for bits in self._bits.spawn(n_children)]

    # -- uniform doubles -----------------------------------------------------

    def random(self, size=None, dtype='float64'):
        """Return doubles in [0, 1): (w >> 11) * 2**-53 for 64-bit words w.

        >>> rng = default_rng(0)
        >>> rng.random()
        0.6369616873214543
        >>> rng.random(3).tolist()
        [0.2697867137638703, 0.04097352393619469, 0.016527635528529094]
        """
        if _dtypes.as_dtype(dtype).name != 'float64':
            raise TypeError('Unsupported dtype %r for random' % (_dtypes.as_dtype(dtype),))
        shape = _sampling.shape_of_size(size)
        if shape is None:
            return self._bits.next_double()
        return _sampling.build(self._bits.doubles(_nested.size_of(shape)), shape, _dtypes.FLOAT64)

    def uniform(self, low=0.0, high=1.0, size=None):
        """Return doubles in [low, high): low + (high - low) * random().

        >>> default_rng(0).uniform(-1, 1)
        0.2739233746429086
        >>> default_rng(0).uniform(1, 0)
        Traceback (most recent call last):
            ...
        ValueError: high - low < 0
        """
        shape = _sampling.shape_of_size(size)
        if _sampling.is_scalar(low) and _sampling.is_scalar(high):
            low = float(_sampling.scalar_value(low))
            width = float(_sampling.scalar_value(high)) - low
            if not _sampling.is_finite(width):
                raise OverflowError('high - low range exceeds valid bounds')
            _sampling.check_non_negative([width], 'high - low')
            if shape is None:
                return low + width * self._bits.next_double()
            values = [low + width * u for u in self._bits.doubles(_nested.size_of(shape))]
            return _sampling.build(values, shape, _dtypes.FLOAT64)
        lows, low_shape = _sampling.flatten_as(low, float)
        highs, high_shape = _sampling.flatten_as(high, float)
        width_shape = _nested.broadcast_shapes(high_shape, low_shape)   # as np.subtract(high, low)
        widths = [h - l for h, l in zip(_sampling.expand(highs, high_shape, width_shape),
                                        _sampling.expand(lows, low_shape, width_shape))]
        for width in widths:
            if not _sampling.is_finite(width):
                raise OverflowError('Range exceeds valid bounds')
        _sampling.check_non_negative(widths, 'high - low')
        out_shape, (lows, widths) = _sampling.broadcast_parameters(shape, [(lows, low_shape), (widths, width_shape)])
        doubles = self._bits.doubles(len(lows))
        return _sampling.build([l + w * u for l, w, u in zip(lows, widths, doubles)], out_shape, _dtypes.FLOAT64)

    # -- Gaussians -----------------------------------------------------------

    def standard_normal(self, size=None, dtype='float64'):
        """Return samples of N(0, 1) by the 256-layer ziggurat.

        >>> rng = default_rng(0)
        >>> rng.standard_normal()
        0.1257302210933933
        >>> rng.standard_normal((2, 2)).shape
        (2, 2)
        """
        if _dtypes.as_dtype(dtype).name != 'float64':
            raise TypeError('Unsupported dtype %r for standard_normal' % (_dtypes.as_dtype(dtype),))
        shape = _sampling.shape_of_size(size)
        if shape is None:
            return _ziggurat.standard_normals(self._bits, 1)[0]
        return _sampling.build(_ziggurat.standard_normals(self._bits, _nested.size_of(shape)), shape, _dtypes.FLOAT64)

    def normal(self, loc=0.0, scale=1.0, size=None):
        """Return samples of N(loc, scale**2): loc + scale * standard_normal().

        >>> default_rng(0).normal(10, 2)
        10.251460442186787
        >>> default_rng(0).normal(0, -1)
        Traceback (most recent call last):
            ...
        ValueError: scale < 0
        """
        shape = _sampling.shape_of_size(size)
        if _sampling.is_scalar(loc) and _sampling.is_scalar(scale):
            loc = float(_sampling.scalar_value(loc))
            scale = float(_sampling.scalar_value(scale))
            _sampling.check_non_negative([scale], 'scale')
            if shape is None:
                return loc + scale * _ziggurat.standard_normals(self._bits, 1)[0]
            values = [loc + scale * z for z in _ziggurat.standard_normals(self._bits, _nested.size_of(shape))]
            return _sampling.build(values, shape, _dtypes.FLOAT64)
        locs, loc_shape = _sampling.flatten_as(loc, float)
        scales, scale_shape = _sampling.flatten_as(scale, float)
        _sampling.check_non_negative(scales, 'scale')
        out_shape, (locs, scales) = _sampling.broadcast_parameters(shape, [(locs, loc_shape), (scales, scale_shape)])
        gaussians = _ziggurat.standard_normals(self._bits, len(locs))
        return _sampling.build([m + s * z for m, s, z in zip(locs, scales, gaussians)], out_shape, _dtypes.FLOAT64)

    # -- integers ------------------------------------------------------------

    def integers(self, low, high=None, size=None, dtype='int64', endpoint=False):
        """Return ints uniform in [low, high) (or [low, high] with endpoint=True) by Lemire's method.

        With high None the range is [0, low). A range that fits in 32 bits
        draws 32-bit words (two per 64-bit word), a wider one 64-bit words.

        >>> rng = default_rng(0)
        >>> rng.integers(10), rng.integers(1, 7, size=4).tolist()
        (np.int64(8), [4, 4, 2, 2])
        >>> rng.integers(5, 3)
        Traceback (most recent call last):
            ...
        ValueError: low >= high
        """
        low, high, kind, shape = _sampling.integer_arguments(low, high, size, dtype, 'integers')
        if shape is not None and _nested.size_of(shape) == 0:
            return _sampling.build([], shape, kind)
        is_open = 0 if endpoint else 1
        if _sampling.is_scalar(low) and _sampling.is_scalar(high):
            low, high = _sampling.closed_range(low, high, kind, bool(endpoint))
            count = 1 if shape is None else _nested.size_of(shape)
            if kind.name == 'int64':
                values = [low + v for v in _bounded.bounded_fill(self._bits, high - low, count)]
            else:
                values = self._bounded_ints(kind, [low] * count, [high - low] * count)
            if shape is None:
                if dtype is int or dtype is bool:
                    return dtype(values[0])
                return _dtypes.scalar(values[0], kind)
            return _sampling.build(values, shape, kind)
        lows, low_shape = _sampling.flatten_as(low, int)
        highs, high_shape = _sampling.flatten_as(high, int)
        smallest, largest = _sampling.INT_BOUNDS[kind.name]
        for value in lows:
            if value < smallest:
                raise ValueError('low is out of bounds for %s' % kind.name)
        for value in highs:
            if value - is_open > largest:
                raise ValueError('high is out of bounds for %s' % kind.name)
        pair_shape = _nested.broadcast_shapes(low_shape, high_shape)   # as np.greater_equal(low, high)
        for l, h in zip(_sampling.expand(lows, low_shape, pair_shape),
                        _sampling.expand(highs, high_shape, pair_shape)):
            if l > h - is_open:
                raise ValueError(_sampling.bounds_message(lows, bool(endpoint)))
        out_shape, (lows, highs) = _sampling.broadcast_parameters(shape, [(lows, low_shape), (highs, high_shape)],
                                                                  size_first=False)
        values = self._bounded_ints(kind, lows, [h - is_open - l for l, h in zip(lows, highs)])
        return _sampling.build(values, out_shape, kind)

    def _bounded_ints(self, kind, offsets, ranges):
        """Return offsets[i] + a uniform int in [0, ranges[i]] for each i, drawn as NumPy draws kind.

        int64 draws come straight from the bit generator; uint8 and bool draws
        eat a 32-bit buffer that lives for this one call, 8 or 1 bits at a time.
        """
        bits = self._bits
        if kind.name == 'int64':
            return [off + _bounded.bounded(bits, rng) for off, rng in zip(offsets, ranges)]
        if kind.name == 'uint8':
            buffer = _bounded.SmallBuffer(bits, 8)
            return [off + _bounded.bounded_uint8(buffer, rng) for off, rng in zip(offsets, ranges)]
        buffer = _bounded.SmallBuffer(bits, 1)
        return [_bounded.bounded_bool(buffer, off, rng) for off, rng in zip(offsets, ranges)]

    # -- permutations --------------------------------------------------------

    def shuffle(self, x, axis=0):
        """Shuffle a list or an array in place along an axis: Fisher-Yates from the end, j = random_interval(i).

        >>> items = [0, 1, 2, 3, 4]
        >>> default_rng(0).shuffle(items)
        >>> items
        [2, 4, 3, 0, 1]
        """
        bits = self._bits
        if isinstance(x, _ndarray):
            ndim = len(x.shape)
            if ndim == 0:
                raise TypeError('len() of unsized object')
            axis = _normalize_axis(axis, ndim)
            _sampling.shuffle_array(lambda n: _bounded.shuffled_range(bits, n), x, axis)
            return
        try:
            n = len(x)
        except TypeError:
            raise TypeError("object of type '%s' has no len()" % type(x).__name__)
        if axis != 0:
            raise NotImplementedError('Axis argument is only supported on ndarray objects')
        for i in range(n - 1, 0, -1):
            j = _bounded.random_interval(bits, i)
            x[i], x[j] = x[j], x[i]

    def permutation(self, x, axis=0):
        """Return a shuffled arange(x) for an int x, or a shuffled copy of an array along an axis.

        >>> default_rng(0).permutation(5).tolist()
        [2, 4, 3, 0, 1]
        """
        if not isinstance(x, _ndarray) and not isinstance(x, float):
            n = _sampling.index_or_none(x)
            if n is not None:
                values = _bounded.shuffled_range(self._bits, n)
                return _sampling.build(values, (len(values),), _dtypes.INT64)
        values, shape, dtype = _sampling.array_values(x)
        axis = _normalize_axis(axis, len(shape))
        order = _bounded.shuffled_range(self._bits, shape[axis])
        return _sampling.build(_sampling.permuted_values(values, shape, axis, order), shape, dtype)

    def permuted(self, x, *, axis=None, out=None):
        """Return x with its entries shuffled: each 1-d slice along axis on its own, or all of them for axis None.

        Each slice gets its own Fisher-Yates shuffle (from the end, j = random_interval(i)),
        slice after slice in C order of the other indices. With axis None the array is
        shuffled as one flat run in memory order: row-major, or column-major when the
        array is Fortran-contiguous (as NumPy's ravel('A') reads it). The result is a copy
        of x (laid out as x is), or out, which x is copied into first (casting='safe').

        >>> rng = default_rng(0)
        >>> rng.permuted([[0, 1, 2], [3, 4, 5]], axis=1).tolist()
        [[2, 0, 1], [5, 4, 3]]
        >>> default_rng(0).permuted([0, 1, 2, 3, 4]).tolist()
        [2, 4, 3, 0, 1]
        """
        from tinynet.core.ndarray import array as _array

        x = _array(x)
        if out is None:
            out = _array(x, copy=True)
        else:
            if not isinstance(out, _ndarray):
                raise TypeError('out must be a numpy array')
            if not out._writeable:
                raise ValueError('out is read-only')
            if tuple(out.shape) != tuple(x.shape):
                raise ValueError('out must have the same shape as x')
            from tinynet.lib.selection import copyto

            copyto(out, x, casting='safe')
        ndim = len(out.shape)
        if axis is None:
            if ndim == 0:
                raise TypeError('len() of unsized object')
            # the memory order of out: column-major for a Fortran-contiguous array, else row-major
            column_major = ndim > 1 and out.flags['F_CONTIGUOUS'] and not out.flags['C_CONTIGUOUS']
            target = out.transpose() if column_major else out
            values = list(target._values())
            _bounded.shuffle_list(self._bits, values)
            target._assign(values)
            return out
        if isinstance(axis, float):
            raise TypeError('integer argument expected, got float')
        axis = _normalize_axis(axis, ndim)
        values = list(out._values())
        _shuffle_slices(self._bits, values, out.shape, axis)
        out._assign(values)
        return out

    # -- sampling ------------------------------------------------------------

    def choice(self, a, size=None, replace=True, p=None, axis=0, shuffle=True):
        """Return a random sample from an array along an axis, or from arange(a) for an int a.

        With p, a value is picked by u = random() and the first index i with
        cdf[i] > u, cdf = cumsum(p) / sum(p). Without replacement and without
        p, indices come from Floyd's algorithm (or a partial shuffle when the
        sample is a large part of a population over 10000) and are then
        shuffled unless shuffle=False.

        >>> rng = default_rng(0)
        >>> rng.choice(5), rng.choice(5, size=3, replace=False).tolist()
        (4, [2, 4, 1])
        >>> rng.choice(3, p=[0.5, 0.6, 0.1])
        Traceback (most recent call last):
            ...
        ValueError: Probabilities do not sum to 1. See Notes section of docstring for more information.
        """
        # the population: an int n (sample from arange(n)) or an array along an axis
        population = None
        if isinstance(a, _ndarray) and len(a.shape) == 0:
            a = a.tolist()
        is_array = isinstance(a, (_ndarray, list, tuple, range)) or len(getattr(a, 'shape', ())) > 0
        if not is_array:
            pop_size = _sampling.index_or_none(_sampling.scalar_value(a)) if not isinstance(a, float) else None
            if pop_size is None:
                raise ValueError('a must be a sequence or an integer, not %s' % (type(a),))
            if pop_size <= 0 and not _is_empty_size(size):
                raise ValueError('a must be a positive integer unless no samples are taken')
        else:
            values, a_shape, a_dtype = _sampling.array_values(a)
            if len(a_shape) == 0:
                raise ValueError('a must be 1-dimensional or an integer')
            axis = _normalize_axis(axis, len(a_shape))
            population = (values, a_shape, a_dtype)
            pop_size = a_shape[axis]
            if pop_size == 0 and not _is_empty_size(size):
                raise ValueError('a cannot be empty unless no samples are taken')
        # the probabilities, checked as NumPy checks them
        weights = None
        if p is not None:
            weights = _weighted.checked_probabilities(p, pop_size)
        is_scalar = size is None
        shape = () if is_scalar else _sampling.shape_of_size(size)
        count = _nested.size_of(shape)
        # the indices
        if replace:
            if weights is not None:
                indices = _weighted.weighted_indices(self._bits, weights, count)
            else:
                indices = _bounded.bounded_fill(self._bits, pop_size - 1, count)
        else:
            if count > pop_size:
                raise ValueError('Cannot take a larger sample than population when replace is False')
            if weights is not None:
                indices = _weighted.unique_weighted_indices(self._bits, weights, count)
            else:
                indices = self._sample_without_replacement(pop_size, count, shuffle)
        # the result
        if population is None:
            if is_scalar:
                return indices[0]
            return _sampling.build(indices, shape, _dtypes.INT64)
        values, a_shape, a_dtype = population
        if len(a_shape) == 1:
            picked = [values[i] for i in indices]
            if is_scalar:
                return _dtypes.scalar(picked[0], a_dtype)
            return _sampling.build(picked, shape, a_dtype)
        n_rows, n_cols = a_shape
        rows = [values[r * n_cols:(r + 1) * n_cols] for r in range(n_rows)]
        if is_scalar:
            if axis == 0:
                return _sampling.build(list(rows[indices[0]]), (n_cols,), a_dtype)
            return _sampling.build([row[indices[0]] for row in rows], (n_rows,), a_dtype)
        if len(shape) != 1:
            raise ValueError('tinynet arrays have at most 2 dimensions; shape %s has %d'
                             % (format_shape(_taken_shape(a_shape, shape, axis)), len(shape) + 1))
        if axis == 0:
            return _ndarray._wrap([list(rows[i]) for i in indices], (count, n_cols), a_dtype)
        return _ndarray._wrap([[row[i] for i in indices] for row in rows], (n_rows, count), a_dtype)

    def _sample_without_replacement(self, pop_size, count, shuffle):
        """Return count distinct ints in [0, pop_size): a partial shuffle or Floyd's algorithm, as NumPy picks."""
        bits = self._bits
        cutoff = 50 if shuffle else 20
        if pop_size > 10000 and count > pop_size // cutoff:
            # shuffle the last count places of arange(pop_size) and keep them
            indices = list(range(pop_size))
            first = pop_size - count if pop_size - count > 1 else 1
            _bounded.shuffle_tail(bits, indices, first)
            return indices[pop_size - count:]
        # Floyd: for j from n - k to n - 1, take a uniform t in [0, j], or j itself if t is taken
        taken = set()
        indices = []
        for j in range(pop_size - count, pop_size):
            t = _bounded.bounded(bits, j)
            if t in taken:
                t = j
            taken.add(t)
            indices.append(t)
        if shuffle:
            _bounded.shuffle_tail(bits, indices, 1)
        return indices


def _shuffle_slices(bits, values, shape, axis):
    """Shuffle, in place, each 1-d slice along axis of the C-order values of an array of shape.

    With shape = (A, n, B) around the axis, slice (a, b) holds the places a n B + i B + b,
    i < n; the slices are taken in C order of (a, b), each shuffled by Fisher-Yates from the end.
    """
    n = shape[axis]
    if n < 2:
        return
    inner = _nested.size_of(shape[axis + 1:])
    outer = _nested.size_of(shape[:axis])
    for a in range(outer):
        for b in range(inner):
            base = a * n * inner + b
            for i in range(n - 1, 0, -1):
                j = _bounded.random_interval(bits, i)
                p, q = base + i * inner, base + j * inner
                values[p], values[q] = values[q], values[p]


def _is_empty_size(size):
    """Return True if size asks for no samples (NumPy's np.prod(size) == 0; None is one sample)."""
    if size is None:
        return False
    shape = size if isinstance(size, (tuple, list)) else (size,)
    total = 1
    for dim in shape:
        total *= dim
    return total == 0


def _taken_shape(a_shape, shape, axis):
    """Return the shape of a.take(indices of shape, axis): shape replaces a_shape[axis]."""
    return tuple(a_shape[:axis]) + tuple(shape) + tuple(a_shape[axis + 1:])


def default_rng(seed=None):
    """Return a Generator on PCG64 seeded from seed (an int, a sequence of ints, a SeedSequence or None).

    A Generator is returned as it is, and a PCG64 is wrapped, as in NumPy.

    >>> rng = default_rng(42)
    >>> rng.random(), rng.normal(), rng.integers(0, 100)
    (0.7739560485559633, -1.0399841062404955, np.int64(43))
    >>> default_rng(-1)
    Traceback (most recent call last):
        ...
    ValueError: expected non-negative integer
    """
    if isinstance(seed, Generator):
        return seed
    if isinstance(seed, BitGenerator):
        return Generator(seed)
    return Generator(PCG64(seed))

