"""Comparing two arrays element by element, and NumPy's report when they differ.

``compare_arrays(comparison, actual, desired, ...)`` is what ``assert_array_equal``,
``assert_allclose``, ``assert_array_almost_equal`` and ``assert_array_less`` share (NumPy's
``assert_array_compare``).  Its steps, in NumPy's order:

1. **shapes**: the shapes must be equal, or one side 0-d (a scalar is checked against every
   element); ``strict=True`` also wants equal dtypes and no 0-d stretching.
2. **nan**: nan must sit in the same places on both sides; those places are then left out.
3. **inf**: so must inf and -inf, with equal values; those places are left out too.
4. **values**: ``comparison`` runs on what is left.  If it fails anywhere, the message counts the
   mismatches, shows the first five positions, and the largest absolute and relative differences
   among them (computed in the arrays' own dtypes, so uint8 differences wrap as in NumPy).

The arrays are handled as flat lists in C order with a shape and a dtype; a 0-d side is stretched
to the other's length.

    >>> from tinynet.testing.values import equal
    >>> def same(xs, dx, ys, dy, scalars):
    ...     return equal(xs, dx, ys, dy)
    >>> compare_arrays(same, [1, 2, 3], [1, 2, 3])
    >>> compare_arrays(same, [1.0, float("nan")], [1.0, float("nan")])
    >>> compare_arrays(same, [1, 2], [1, 5], header="Arrays are not equal")
    Traceback (most recent call last):
      ...
    AssertionError: 
    Arrays are not equal
    <BLANKLINE>
    Mismatched elements: 1 / 2 (50%)
    Mismatch at index:
     [1]: 2 (ACTUAL), 5 (DESIRED)
    Max absolute difference among violations: 3
    Max relative difference among violations: 0.6
     ACTUAL: array([1, 2])
     DESIRED: array([1, 5])
"""

from tinynet.core import printing
from tinynet.core.dtypes import BOOL, FLOAT64
from tinynet.core.ndarray import asarray, ndarray
from tinynet.testing import values as vals

# --------------------------------------------------------------------------
# Messages
# --------------------------------------------------------------------------


def _text_of(a, precision):
    """repr of one side of a report: array_repr for arrays (at this precision), else repr."""
    try:
        if isinstance(a, ndarray):
            return printing.array_repr(a._values(), a._shape, a._dtype.name, True, None, precision)
        return repr(a)
    except Exception as error:  # a report must not fail because one side cannot be printed
        return "[repr failed for <%s>: %s]" % (type(a).__name__, error)


def build_err_msg(arrays, err_msg, header="Items are not equal:", verbose=True,
                  names=("ACTUAL", "DESIRED"), precision=8):
    """Return NumPy's failure text: a blank line, the header (err_msg on the same line if short), the sides.

    Each side is written as ``array_repr`` (arrays) or ``repr``, cut to its first three lines.

    >>> print(build_err_msg([1.0, 1.1], "", header="Items are not equal:"))
    <BLANKLINE>
    Items are not equal:
     ACTUAL: 1.0
     DESIRED: 1.1
    """
    lines = ["\n" + header]
    err_msg = str(err_msg)
    if err_msg:
        if "\n" not in err_msg and len(err_msg) < 79 - len(header):
            lines = [lines[0] + " " + err_msg]
        else:
            lines.append(err_msg)
    if verbose:
        for name, a in zip(names, arrays):
            text = _text_of(a, precision)
            if text.count("\n") > 3:
                text = "\n".join(text.split("\n")[:3]) + "..."
            lines.append(" %s: %s" % (name, text))
    return "\n".join(lines)


def _array(values, shape, d):
    return ndarray._make(list(values), shape, d)


def _unravel(flat, shape):
    """The index tuple, as a list, of position flat of an array of this shape in C order."""
    index = []
    for length in reversed(shape):
        index.append(flat % length)
        flat //= length
    index.reverse()
    return index


# --------------------------------------------------------------------------
# The comparison
# --------------------------------------------------------------------------


def as_array(obj):
    """obj as a tinynet array: a NumPy array keeps its shape even when it is empty, like (0, 1)."""
    a = asarray(obj)
    shape = getattr(obj, "shape", None)
    if not isinstance(obj, ndarray) and isinstance(shape, tuple) and shape != a._shape and a.size == 0:
        a = a.reshape(shape)
    return a


class _Side:
    """One operand: its array, its values in C order, shape and dtype."""

    def __init__(self, obj):
        self.array = as_array(obj)
        self.values = list(self.array._values())
        self.shape = self.array._shape
        self.dtype = self.array._dtype


def _stretch(flags, n):
    """A 0-d side's list of one value repeated to n, or the list itself."""
    return flags * n if len(flags) == 1 and n != 1 else flags


def compare_arrays(comparison, actual, desired, err_msg="", verbose=True, header="", precision=6,
                   equal_nan=True, equal_inf=True, strict=False, names=("ACTUAL", "DESIRED")):
    """Raise AssertionError unless comparison(x values, x dtype, y values, y dtype, scalars) holds.

    scalars is True when both sides are 0-d.  See the module docstring for the steps and the report.
    """
    x, y = _Side(actual), _Side(desired)

    def fail(left, right, text):
        return AssertionError(build_err_msg([left, right], text, verbose=verbose, header=header,
                                            names=names, precision=precision))

    # 1. shapes (and dtypes, if strict)
    if strict:
        same = x.shape == y.shape and x.dtype is y.dtype
    else:
        same = x.shape == () or y.shape == () or x.shape == y.shape
    if not same:
        if x.shape != y.shape:
            reason = "\n(shapes %s, %s mismatch)" % (str(x.shape), str(y.shape))
        else:
            reason = "\n(dtypes %s, %s mismatch)" % (x.dtype.name, y.dtype.name)
        raise fail(x.array, y.array, err_msg + reason)  # (a non-str err_msg is a TypeError, as in NumPy)
    # 2, 3. nan and inf in the same places; those places are then settled
    n = len(x.values) if x.shape else len(y.values)  # the length both sides are compared at
    flagged = _settled_places(x, y, n, equal_nan, equal_inf, fail, err_msg)
    # 4. the values left
    xs, ys = _stretch(x.values, n), _stretch(y.values, n)
    kept = None
    if isinstance(flagged, list):
        kept = [i for i in range(len(flagged)) if not flagged[i]]
        if not kept:
            return
        xs = [xs[i] for i in kept]
        ys = [ys[i] for i in kept]
    elif flagged:
        return
    scalars = not x.shape and not y.shape  # NumPy then computes on scalars, not arrays
    ok = comparison(xs, x.dtype, ys, y.dtype, scalars)
    if all(ok):
        return
    bad = [i for i in range(len(ok)) if not ok[i]]
    n_elements = len(flagged) if kept is not None else len(ok)
    remarks = ["Mismatched elements: %d / %d (%s%%)" % (len(bad), n_elements,
                                                         format(100 * len(bad) / n_elements, ".3g"))]
    if x.shape or y.shape:
        remarks.append(_positions(x, y, bad, kept, names))
    # NumPy leaves the differences out where it cannot compute them: bool - bool is a TypeError, and
    # so is its minimum(..., out=) on the scalar that unsigned 0-d operands give
    if not (x.dtype is BOOL and y.dtype is BOOL) and not (x.dtype.kind == "u" and scalars):
        remarks.extend(_differences(xs, x.dtype, ys, y.dtype, bad, scalars))
    raise fail(x.array, y.array, str(err_msg) + "\n" + "\n".join(remarks))


def _settled_places(x, y, n, equal_nan, equal_inf, fail, err_msg):
    """Steps 2 and 3: check that nan and inf sit in the same places on both sides, and return those
    places: a bool when a side is 0-d (then they are everywhere or nowhere), else a list of bools."""
    def same_places(x_flags, y_flags, what):
        if _stretch(x_flags, n) != _stretch(y_flags, n):
            raise fail(x.array, y.array, err_msg + "\n%s location mismatch:" % what)
        if not x.shape:
            return x_flags[0]
        if not y.shape:
            return y_flags[0]
        return y_flags

    flagged = False
    if equal_nan:
        flagged = same_places(vals.isnan(x.values, x.dtype), vals.isnan(y.values, y.dtype), "nan")
    if not equal_inf:
        return flagged

    def infinite(side):  # inf, but not where a nan was already found (inf + nan j)
        inf = vals.isinf(side.values, side.dtype)
        if flagged is True:
            return [False] * len(inf)
        if flagged is False:
            return inf
        return [a and not b for a, b in zip(inf, flagged)]

    infs = same_places(infinite(x), infinite(y), "inf")
    _check_inf_values(x, y, infs, n, fail, err_msg)
    if isinstance(infs, list):
        if flagged is False:
            return infs
        return [a or b for a, b in zip(flagged, infs)]
    if infs:
        return [True] * len(flagged) if isinstance(flagged, list) else True
    return flagged


def _check_inf_values(x, y, infs, n, fail, err_msg):
    """Where both sides are infinite, the signs (and, for complex, the values) must agree."""
    if infs is False or (isinstance(infs, list) and not any(infs)):
        return
    if x.shape and y.shape:
        places = [i for i in range(n) if infs[i]]
        xs = [x.values[i] for i in places]
        ys = [y.values[i] for i in places]
        left, right = _array(xs, (len(xs),), x.dtype), _array(ys, (len(ys),), y.dtype)
    else:
        xs, ys = _stretch(x.values, n), _stretch(y.values, n)
        left, right = x.array, y.array
    if not all(vals.equal(xs, x.dtype, ys, y.dtype)):
        raise fail(left, right, err_msg + "\ninf values mismatch:")


def _element_text(side, flat):
    """An element as NumPy's report writes it: format(scalar, ''), which for float16, float32 and
    complex64 is the text of the Python float or complex (all digits of the widened value)."""
    value = side.values[flat] if side.shape else side.values[0]
    name = side.dtype.name
    if name in ("float16", "float32", "complex64"):
        return str(value)
    return printing.scalar_str(value, name)


def _positions(x, y, bad, kept, names):
    """The 'Mismatch at index' lines: the first five failing positions and both values there."""
    shape = x.shape if x.shape else y.shape
    flats = [kept[i] for i in bad] if kept is not None else bad
    lines = []
    for flat in flats[:5]:
        lines.append(" %s: %s (%s), %s (%s)" % (str(_unravel(flat, shape)), _element_text(x, flat), names[0],
                                                _element_text(y, flat), names[1]))
    if len(flats) == 1:
        title = "Mismatch at index:"
    elif len(flats) <= 5:
        title = "Mismatch at indices:"
    else:
        title = "First 5 mismatches are at indices:"
    return title + "\n" + "\n".join(lines)


def _number_text(value, d):
    return printing.array2string([value], (), d.name)


def _differences(xs, dx, ys, dy, bad, scalars):
    """The largest |x - y| and |x - y| / |y| over the failing places, in the arrays' dtypes."""
    diff, d_diff = vals.subtract(xs, dx, ys, dy)
    error, d_error = vals.absolute(diff, d_diff, vector=not scalars)
    if dx.kind == "u":  # x - y wrapped around: take the smaller of |x - y| and |y - x|
        back, d_back = vals.subtract(ys, dy, xs, dx)
        error = vals.minimum(error, vals.absolute(back, d_back)[0], d_error)
    largest = vals.max_value([error[i] for i in bad], d_error)
    lines = ["Max absolute difference among violations: " + _number_text(largest, d_error)]
    nonzero = [not z for z in vals.is_zero(ys, dy)]
    places = [i for i in bad if nonzero[i]]
    if not places:
        relative, d_relative = float("inf"), FLOAT64
    else:
        size, d_size = vals.absolute([ys[i] for i in places], dy)
        ratios, d_relative = vals.true_divide([error[i] for i in places], d_error, size, d_size)
        relative = vals.max_value(ratios, d_relative)
    lines.append("Max relative difference among violations: " + _number_text(relative, d_relative))
    return lines
