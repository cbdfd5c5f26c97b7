"""pad: widen an array by filling new elements before and after each axis.

Axes are padded one at a time, first axis first.  Padding axis k works on each 1-d line along k of the
array padded so far (so the corners of a 2-d pad come from padding the rows that axis 0 added).  A line
of n values x[0..n-1] gets b values before it and a after it; the mode says what they are:

    constant      c (constant_values)            edge        x[0] ... | ... x[n-1]
    linear_ramp   from end_values to the edge    wrap        x[i mod n]
    maximum, minimum, mean, median               the statistic of the first / last stat_length values
    reflect       x[1], x[2], ... mirrored about the edge (the edge itself not repeated); period 2(n-1)
    symmetric     x[0], x[1], ... mirrored with the edge repeated; period 2n
    empty         unspecified values (zeros here)
    a function    f(line, (b, a), axis, kwargs) fills each padded line in place

With reflect_type='odd', a mirrored value x becomes 2 * edge - x, so the pad continues the trend.

    >>> from tinynet import pad
    >>> pad([1, 2, 3], (2, 1), mode="constant", constant_values=9).tolist()
    [9, 9, 1, 2, 3, 9]
    >>> pad([1, 2, 3], 2, mode="reflect").tolist(), pad([1, 2, 3], 2, mode="symmetric").tolist()
    ([3, 2, 1, 2, 3, 2, 1], [2, 1, 1, 2, 3, 3, 2])
"""

from tinynet.core import dtypes
from tinynet.core import memory
from tinynet.core.ndarray import asarray, ndarray, normalize_axis
from tinynet.lib.shaping import moveaxis

_MODE_KEYWORDS = {
    "constant": ("constant_values",),
    "edge": (),
    "wrap": (),
    "linear_ramp": ("end_values",),
    "maximum": ("stat_length",),
    "mean": ("stat_length",),
    "median": ("stat_length",),
    "minimum": ("stat_length",),
    "reflect": ("reflect_type",),
    "symmetric": ("reflect_type",),
    "empty": (),
}

# --------------------------------------------------------------------------
# Arguments
# --------------------------------------------------------------------------


def _pairs(value, ndim, integral=False, name="pad_width"):
    """value as ndim (before, after) pairs: an int, a pair, one pair per axis, or a dict {axis: width}."""
    if isinstance(value, dict):
        rows = [(0, 0)] * ndim
        for axis, width in value.items():
            pair = _pairs(width, 1, integral, name)[0]
            rows[normalize_axis(axis, ndim)] = pair
        return rows
    a = asarray(value)
    if integral and a._dtype.kind != "i":
        raise TypeError("`%s` must be of integral type." % name)
    shape = a._shape
    if len(shape) > 2 or (len(shape) >= 1 and shape[-1] not in (1, 2)) or (len(shape) == 2 and shape[0] not in (1, ndim)):
        raise ValueError("operands could not be broadcast together with remapped shapes [original->remapped]: "
                         "%s  and requested shape (%d,2)" % (_compact(shape), ndim))
    values = a._values()
    if len(shape) == 0:
        rows = [(values[0], values[0])] * ndim
    elif len(shape) == 1:
        pair = (values[0], values[-1])
        rows = [pair] * ndim
    elif shape[0] == 1:
        rows = [(values[0], values[-1])] * ndim
    else:
        step = shape[1]
        rows = [(values[i * step], values[i * step + step - 1]) for i in range(ndim)]
    if integral:
        for before, after in rows:
            if before < 0 or after < 0:
                raise ValueError("index can't contain negative values")
    return rows


def _compact(shape):
    return "(" + ",".join(str(n) for n in shape) + ("," if len(shape) == 1 else "") + ")"


# --------------------------------------------------------------------------
# One line of values
# --------------------------------------------------------------------------


def _linspace_part(start, stop, count, d):
    """count values from start towards stop, stop left out: start + i * (stop - start) / count.

    Integers are floored, as NumPy 2's linspace does for an integer dtype.
    """
    if count == 0:
        return []
    step = (stop - start) / count
    values = [start + i * step for i in range(count)]
    if d.kind in "iu":
        values = [int(v // 1) for v in values]
    return values


def _statistic(mode, chunk, d):
    if mode == "maximum":
        return _nan_aware(max, chunk)
    if mode == "minimum":
        return _nan_aware(min, chunk)
    if not chunk:
        return float("nan")
    if mode == "mean":
        total = 0
        for x in chunk:
            total += x
        value = total / len(chunk)
    else:
        ordered = sorted(chunk, key=_order_key)
        n = len(ordered)
        if any(x != x for x in ordered):
            return float("nan")
        value = ordered[n // 2] if n % 2 else (ordered[n // 2 - 1] + ordered[n // 2]) / 2
    if d.kind in "iu":
        value = round(value)  # NumPy rounds half to even before storing into an integer dtype (not bool)
    return value


def _order_key(x):
    return (x.real, x.imag) if isinstance(x, complex) else x


def _nan_aware(pick, chunk):
    if not chunk:
        raise ValueError("stat_length of 0 yields no value for padding")
    for x in chunk:
        if x != x:
            return x
    if isinstance(chunk[0], complex):
        return pick(chunk, key=_order_key)
    return pick(chunk)


def _mirrored(line, index, symmetric, odd):
    """The value at (possibly outside) index of the infinite mirror image of line.

    reflect repeats with period p = 2(n - 1), symmetric with p = 2n; 'odd' adds 2 * (x[n-1] - x[0]) per
    period, which is what mirroring 2 * edge - x about each edge in turn gives.
    """
    n = len(line)
    p = 2 * n if symmetric else 2 * (n - 1)
    q, r = divmod(index, p)
    if r < n:
        value = line[r]
        mirrored = False
    else:
        value = line[p - 1 - r] if symmetric else line[p - r]
        mirrored = True
    if not odd:
        return value
    if mirrored:
        value = 2 * line[-1] - value
    return value + q * 2 * (line[-1] - line[0]) if q else value


def _pad_line(line, before, after, mode, options, d):
    n = len(line)
    if mode == "constant":
        low, high = options["constant"]
        return [low] * before + line + [high] * after
    if mode == "empty":
        zero = dtypes.converter(d)(0)
        return [zero] * before + line + [zero] * after
    if mode == "edge":
        return [line[0]] * before + line + [line[-1]] * after
    if mode == "wrap":
        return [line[i % n] for i in range(-before, 0)] + line + [line[i % n] for i in range(n, n + after)]
    if mode == "linear_ramp":
        low, high = options["end"]
        left = _linspace_part(low, line[0], before, d)
        right = _linspace_part(high, line[-1], after, d)[::-1]
        return left + line + right
    if mode in ("maximum", "minimum", "mean", "median"):
        take_before, take_after = options["stat"]
        first = line[:n if take_before is None else max(min(take_before, n), 0)]
        last = line[n - (n if take_after is None else max(min(take_after, n), 0)):]
        left = [_statistic(mode, first, d)] * before if before else []
        right = [_statistic(mode, last, d)] * after if after else []
        return left + line + right
    # reflect and symmetric
    if n == 1 and mode == "reflect":
        return [line[0]] * before + line + [line[0]] * after
    symmetric = mode == "symmetric"
    odd = options["odd"]
    left = [_mirrored(line, i, symmetric, odd) for i in range(-before, 0)]
    right = [_mirrored(line, i, symmetric, odd) for i in range(n, n + after)]
    return left + line + right


# --------------------------------------------------------------------------
# pad
# --------------------------------------------------------------------------


def _axis_options(mode, kwargs, ndim, d):
    """Per axis, the settings its lines need (constants cast to the array's dtype)."""
    def in_dtype(pairs):
        flat = [x for pair in pairs for x in pair]
        source = asarray(flat) if flat else None
        if source is None:
            return pairs
        cast = dtypes.cast(source._values(), source._dtype, d)
        return [(cast[2 * i], cast[2 * i + 1]) for i in range(len(pairs))]

    if mode == "constant":
        constants = in_dtype(_pairs(kwargs.get("constant_values", 0), ndim))
        return [{"constant": c} for c in constants]
    if mode == "linear_ramp":
        ends = _pairs(kwargs.get("end_values", 0), ndim)
        return [{"end": e} for e in ends]
    if mode in ("maximum", "minimum", "mean", "median"):
        stat = kwargs.get("stat_length")
        lengths = [(None, None)] * ndim if stat is None else _pairs(stat, ndim, integral=True, name="stat_length")
        return [{"stat": s} for s in lengths]
    if mode in ("reflect", "symmetric"):
        return [{"odd": kwargs.get("reflect_type", "even") == "odd"}] * ndim
    return [{}] * ndim


def pad(array, pad_width, mode="constant", **kwargs):
    """Return array padded by pad_width[k] = (before, after) elements on each axis k, filled by mode.

    pad_width: an int (every side), (n,), (before, after), one pair per axis, or a dict {axis: width}.
    constant_values, end_values and stat_length take the same forms.

    >>> pad([[1, 2], [3, 4]], 1, mode="edge").tolist()
    [[1, 1, 2, 2], [1, 1, 2, 2], [3, 3, 4, 4], [3, 3, 4, 4]]
    >>> pad([1, 2, 3], (2, 2), mode="reflect", reflect_type="odd").tolist()
    [-1, 0, 1, 2, 3, 4, 5]
    >>> pad([1, 5], 2, mode="linear_ramp", end_values=(9, 0)).tolist()
    [9, 5, 1, 5, 2, 0]
    """
    a = asarray(array)
    widths = _pairs(pad_width, a.ndim, integral=True)
    if callable(mode):
        return _pad_with_function(a, widths, mode, kwargs)
    if mode not in _MODE_KEYWORDS:
        raise ValueError("mode %r is not supported" % (mode,))
    unsupported = sorted(set(kwargs) - set(_MODE_KEYWORDS[mode]))
    if unsupported:
        raise ValueError("unsupported keyword arguments for mode %r: {%s}"
                         % (mode, ", ".join(repr(k) for k in unsupported)))
    if mode not in ("constant", "empty"):
        for axis, (before, after) in enumerate(widths):
            if a._shape[axis] == 0 and (before or after):
                raise ValueError("can't extend empty axis %d using modes other than 'constant' or 'empty'" % axis)
    final = tuple(n + b + e for n, (b, e) in zip(a._shape, widths))
    memory.check_size(final, a._dtype)
    options = _axis_options(mode, kwargs, a.ndim, a._dtype)
    sources = [_sources(n, b, e, mode, o, a._dtype) for n, (b, e), o in zip(a._shape, widths, options)]
    if a.ndim and None not in sources:
        return _pad_by_copying(a, widths, sources)
    result = a
    for axis, (before, after) in enumerate(widths):
        if before or after:
            result = _pad_lines(result, axis, before, after, mode, options[axis])
    if result is a:
        return a.copy()
    return result


# --------------------------------------------------------------------------
# Modes that copy elements or fill a constant: constant, empty, edge, wrap, reflect, symmetric
# --------------------------------------------------------------------------


def _sources(n, before, after, mode, options, d):
    """Where each position of an axis padded to n + before + after takes its elements from: an index
    of the axis, or (value,) for a fill.  None for the modes that compute values.

    They come from padding the list of indices itself:

    >>> _sources(4, 2, 1, "reflect", {"odd": False}, None), _sources(2, 1, 1, "constant", {"constant": (7, 9)}, None)
    ([2, 1, 0, 1, 2, 3, 2], [(7,), 0, 1, (9,)])
    """
    if not before and not after:  # an axis left as it is (in any mode)
        return list(range(n))
    if mode == "constant":
        low, high = options["constant"]
        return [(low,)] * before + list(range(n)) + [(high,)] * after
    if mode == "empty":
        zero = (dtypes.converter(d)(0),)
        return [zero] * before + list(range(n)) + [zero] * after
    if mode in ("edge", "wrap") or (mode in ("reflect", "symmetric") and not options["odd"]):
        return _pad_line(list(range(n)), before, after, mode, options, d)
    return None


def _runs(sources):
    """Group _sources's list into runs (first, count, step): count indices from first, stepping by 1,
    -1 (never down to index 0, so that a reversed slice can stop before it) or 0 (the same index
    again); step None is count fills of the value first.

    >>> _runs([2, 1, 0, 1, 2, 2, 2, (9,), (9,), 0, 0])
    [(2, 2, -1), (0, 3, 1), (2, 2, 0), (9, 2, None), (0, 2, 0)]
    """
    runs = []
    previous = None
    for source in sources:
        if type(source) is tuple:  # a fill: one more of the same, or a new run
            if source is previous:
                runs[-1] = (source[0], runs[-1][1] + 1, None)
            else:
                runs.append((source[0], 1, None))
        else:
            step = source - previous if type(previous) is int else None
            first, count, last_step = runs[-1] if runs else (None, 0, None)
            if step in (-1, 0, 1) and (count == 1 or step == last_step) and not (step == -1 and source == 0):
                runs[-1] = (first, count + 1, step)
            else:
                runs.append((source, 1, 1))
        previous = source
    return runs


def _pad_by_copying(a, widths, sources):
    """Pad every axis at once: out[i0, ..., ik] = a[s0(i0), ..., sk(ik)], s the _sources of each axis.

    Each line of the result (along the last axis) is a line of a, or a line of a fill, padded by a
    few slices: a run of the last axis's sources is one slice of the line (reversed for step -1),
    one value repeated (step 0) or a fill.  Where an axis fills (constant, empty), NumPy pads axis
    after axis, so the fill of the last axis that fills a line wins.
    """
    *leading, n = a._shape
    lines = [0]  # for each line of the result: the number of the line of a it copies, or (fill,)
    for length, axis_sources in zip(leading, sources):
        lines = [
            s if type(s) is tuple else line if type(line) is tuple else line * length + s
            for line in lines
            for s in axis_sources
        ]
    # the padded line as pieces of a line: (lo, hi, step, count), positions from the line's start
    before, n_after = widths[-1][0], widths[-1][0] + n
    pieces = []
    for first, count, step in _runs(sources[-1][:before]) + [(0, n, 1)] + _runs(sources[-1][n_after:]):
        if step is None:
            pieces.append((first, 0, 0, count))  # count fills of the value first
        elif step == 0:
            pieces.append((first, 0, 1, count))  # the value at first, count times
        else:
            pieces.append((first, first + count * step, step, 0))  # a slice
    values = a._values()
    out = []
    for line in lines:
        row, base = ([line[0]] * n, 0) if type(line) is tuple else (values, line * n)
        for lo, hi, step, count in pieces:
            if not count:
                out += row[base + lo : base + hi : step]
            elif step:
                out += [row[base + lo]] * count
            else:
                out += [lo] * count
    return ndarray._make(out, tuple(len(axis_sources) for axis_sources in sources), a._dtype)


# --------------------------------------------------------------------------
# Modes that compute values: line by line
# --------------------------------------------------------------------------


def _pad_lines(a, axis, before, after, mode, options):
    """Pad one axis: move it last, pad each line, move it back (a new array)."""
    moved = moveaxis(a, axis, -1)
    n = moved._shape[-1]
    values = moved._values()
    d = a._dtype
    out = []
    count = len(values) // n if n else _size(moved._shape[:-1])
    for i in range(count):
        out.extend(_pad_line(list(values[i * n:(i + 1) * n]), before, after, mode, options, d))
    if mode in ("mean", "median", "linear_ramp") or (mode in ("reflect", "symmetric") and options["odd"]):
        convert = dtypes.converter(d)  # computed values: bring them into the dtype (ints wrap)
        out = dtypes.fix([convert(x) for x in out], d)
    shape = moved._shape[:-1] + (n + before + after,)
    return moveaxis(ndarray._make(out, shape, d), -1, axis).copy()


def _size(shape):
    n = 1
    for length in shape:
        n *= length
    return n


def _pad_with_function(a, widths, function, kwargs):
    """NumPy's callable mode: zeros around a copy of a, then function(line, (b, a), axis, kwargs) on
    every 1-d line along each axis in turn, writing through a view."""
    zero = dtypes.converter(a._dtype)(0)
    final = tuple(n + b + e for n, (b, e) in zip(a._shape, widths))
    memory.check_size(final, a._dtype)
    padded = ndarray._make([zero] * _size(final), final, a._dtype)
    inner = tuple(slice(b, b + n) for n, (b, _) in zip(a._shape, widths))
    padded[inner] = a
    for axis in range(a.ndim):
        view = moveaxis(padded, axis, -1)
        for index in _ndindex(view._shape[:-1]):
            function(view[index], widths[axis], axis, kwargs)
    return padded


def _ndindex(shape):
    if not shape:
        yield ()
        return
    for i in range(shape[0]):
        for rest in _ndindex(shape[1:]):
            yield (i,) + rest
