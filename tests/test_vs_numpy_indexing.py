"""Differential tests: reading and writing through indices agrees with NumPy.

An index is drawn as a description (ints, slices, lists, ranges, None, tuples, and ArrayCase objects for
int and bool index arrays) that strategies.build() turns into the same index for each library.  Reads
compare the result; writes compare the whole array afterwards.  Written fancy indices never repeat a
position, because NumPy leaves the winner of repeated assignments unspecified.
"""
import pytest
from hypothesis import assume, given, strategies as st

import numpy

from strategies import (INT31, PROPERTY, ArrayCase, Scalar, agree, array_cases, build, dtypes, elements,
                        nested_lists, shapes, shapes_broadcastable_to)

# -- index descriptions ---------------------------------------------------------------------------------


def int_indices(n):
    """A valid int index into an axis of length n (n > 0), negative ones included."""
    return st.integers(-n, n - 1)


def slices(n):
    """A slice over an axis of length n: any start/stop (out-of-range ones are clipped), steps +-1..3."""
    bound = st.one_of(st.none(), st.integers(-n - 2, n + 2))
    step = st.one_of(st.none(), st.sampled_from([1, 2, 3, -1, -2, -3]))
    return st.builds(slice, bound, bound, step)


def ranges(n):
    """A range whose values are valid indices of an axis of length n (forwards or backwards)."""
    forwards = st.builds(range, st.integers(0, n), st.integers(0, n), st.sampled_from([1, 2, 3]))
    if n == 0:
        return forwards
    backwards = st.builds(range, st.integers(0, n - 1), st.integers(-1, n - 1), st.sampled_from([-1, -2]))
    return st.one_of(forwards, backwards)


@st.composite
def positions(draw, n, size=None, unique=False):
    """A list of valid indices into an axis of length n, each written as i or i - n at random."""
    if n == 0:
        assume(not size)
        return []
    size_strategy = st.integers(0, 6) if size is None else st.just(size)
    k = draw(size_strategy)
    if unique:
        assume(k <= n)
        plain = draw(st.lists(st.integers(0, n - 1), min_size=k, max_size=k, unique=True))
    else:
        plain = draw(st.lists(st.integers(0, n - 1), min_size=k, max_size=k))
    return [i - n if draw(st.booleans()) else i for i in plain]


@st.composite
def fancy_indices(draw, n, size=None, unique=False, kinds=("list", "intarray", "range")):
    """An integer fancy index for an axis of length n: a list, an int64 array or a range."""
    kind = draw(st.sampled_from(list(kinds)))
    if kind == "range" and size is None:
        return draw(ranges(n))
    values = draw(positions(n, size, unique))
    if kind == "intarray":
        return ArrayCase(values, (len(values),), "int64")
    return values


def masks(shape, as_list=False):
    """A bool mask of the given shape, as a bool array or as a nested list of bools."""
    nested = nested_lists(shape, st.booleans())
    if as_list:
        return nested
    return nested.map(lambda values: ArrayCase(values, shape, "bool"))


def _fancy_length(index):
    if isinstance(index, ArrayCase):
        return index.shape[0]
    return len(index)


@st.composite
def indices_1d(draw, n, for_write=False):
    """An index for a 1-d array of length n."""
    kinds = ["slice", "list", "intarray", "range", "mask", "masklist"]
    if n > 0:
        kinds += ["int", "int", "negint", "tuple_int", "scalar_int"]
    if not for_write:
        kinds += ["intarray2d", "none", "none_after", "none_before"]
    kind = draw(st.sampled_from(kinds))
    if kind in ("int", "negint"):
        i = draw(int_indices(n))
        return -abs(i) - 1 if kind == "negint" and abs(i) < n else i
    if kind == "tuple_int":
        return (draw(int_indices(n)),)
    if kind == "scalar_int":
        return Scalar(draw(st.integers(0, n - 1)), "int64")
    if kind == "slice":
        return draw(slices(n))
    if kind in ("list", "intarray", "range"):
        return draw(fancy_indices(n, unique=for_write, kinds=(kind,)))
    if kind == "intarray2d":
        rows, cols = draw(st.integers(0, 3)), draw(st.integers(0, 3))
        values = draw(nested_lists((rows, cols), int_indices(n))) if n else [[]] * rows
        assume(n > 0 or cols == 0)
        return ArrayCase(values, (rows, cols), "int64") if rows else ArrayCase([], (0,), "int64")
    if kind == "mask":
        return draw(masks((n,)))
    if kind == "masklist":
        assume(n > 0)  # an empty list is an int index, not a mask
        return draw(masks((n,), as_list=True))
    if kind == "none":
        return None
    if kind == "none_after":
        return (slice(None), None)
    return (None, slice(None))


@st.composite
def indices_2d(draw, shape, for_write=False):
    """An index for a 2-d array: one axis (rows) or a pair, mixing ints, slices, fancy indices and masks."""
    n, m = shape
    kind = draw(st.sampled_from(["rows", "pair", "pair", "pair", "mask2d", "probs"]))
    if kind == "mask2d":
        return draw(masks(shape))
    if kind == "probs":  # probs[range(n), y], the softmax loss idiom
        assume(m > 0)
        y = draw(nested_lists((n,), st.integers(0, m - 1)))
        return (range(n), ArrayCase(y, (n,), "int64"))
    if kind == "rows":
        return draw(_axis_index(n, for_write, allow_mask=True))
    first = draw(_axis_index(n, for_write, allow_mask=True))
    first_is_fancy = not isinstance(first, (int, slice, Scalar))
    if first_is_fancy:
        # a second fancy index is broadcast against the first: give it the same length
        length = _mask_count(first) if _is_mask(first) else _fancy_length(first)
        second = draw(st.one_of(
            st.integers(-m, m - 1) if m else st.nothing(),
            slices(m),
            fancy_indices(m, size=length, unique=False, kinds=("list", "intarray")) if (m or not length)
            else st.nothing()))
    else:
        second = draw(_axis_index(m, for_write, allow_mask=True))
    return (first, second)


@st.composite
def _axis_index(draw, n, for_write, allow_mask):
    kinds = ["slice", "slice", "list", "intarray", "range"]
    if n > 0:
        kinds += ["int", "int", "scalar_int"]
    if allow_mask:
        kinds += ["mask"]
    kind = draw(st.sampled_from(kinds))
    if kind == "int":
        return draw(int_indices(n))
    if kind == "scalar_int":
        return Scalar(draw(int_indices(n)), "int64")
    if kind == "slice":
        return draw(slices(n))
    if kind == "mask":
        return draw(masks((n,)))
    return draw(fancy_indices(n, unique=for_write, kinds=(kind,)))


def _is_mask(index):
    return isinstance(index, ArrayCase) and index.dtype == "bool"


def _mask_count(index):
    return sum(1 for v in index.flat() if v)


@st.composite
def indexed_arrays(draw, for_write=False, dtype=None):
    """Draw (array, index) with an index that is valid for reading (or, if for_write, writing)."""
    a = draw(array_cases(shape=shapes(), dtype=dtype if dtype is not None else dtypes(), int_bound=INT31))
    if a.ndim == 0:
        index = draw(st.sampled_from([()] if for_write else [(), None]))
    elif a.ndim == 1:
        index = draw(indices_1d(a.shape[0], for_write))
    else:
        index = draw(indices_2d(a.shape, for_write))
    return a, index


def _target_shape(a, index):
    """The shape NumPy gives a[index] (computed on zeros of a's shape)."""
    return numpy.zeros(a.shape)[build(index, numpy)].shape


# -- reading --------------------------------------------------------------------------------------------


@PROPERTY
@given(case=indexed_arrays())
def test_read(tn, case):
    """a[index] for ints, slices with steps, tuples, lists, ranges, int arrays, masks and None."""
    a, index = case
    agree(lambda xp, x, i: x[i], tn, a, index)


@PROPERTY
@given(a=array_cases(shape=shapes(min_dims=2, max_dims=2, min_side=1)), data=st.data())
def test_read_element_and_column(tn, a, data):
    """a[i, j] is a NumPy-like scalar, a[:, j] a column (1-d), a[i] a row, a[i][j] the same as a[i, j]."""
    n, m = a.shape
    i = data.draw(int_indices(n), label="i")
    j = data.draw(int_indices(m), label="j")
    agree(lambda xp, x: x[i, j], tn, a)
    agree(lambda xp, x: x[:, j], tn, a)
    agree(lambda xp, x: x[i], tn, a)
    agree(lambda xp, x: x[i][j], tn, a)
    agree(lambda xp, x: x[i][:, None], tn, a)


@PROPERTY
@given(a=array_cases(shape=shapes(min_dims=1, max_dims=1)))
def test_newaxis(tn, a):
    """a[:, None] is a column, a[None, :] and a[None] a row; np.newaxis is None."""
    agree(lambda xp, x: x[:, None], tn, a)
    agree(lambda xp, x: x[None, :], tn, a)
    agree(lambda xp, x: x[None], tn, a)
    agree(lambda xp, x: x[:, xp.newaxis], tn, a)
    agree(lambda xp, x: xp.newaxis is None, tn, a)


@PROPERTY
@given(a=array_cases(dtype=dtypes(["int64", "float64"]), shape=shapes(min_dims=1), int_bound=1000))
def test_mask_from_comparison(tn, a):
    """a[a > 0] selects with a mask made by a comparison; a[a > 0] = 0 sets through it."""
    agree(lambda xp, x: x[x > 0], tn, a)

    def relu_backward(xp, x):
        x[x <= 0] = 0
        return x

    agree(relu_backward, tn, a)


@PROPERTY
@given(a=array_cases(int_bound=1000), value=st.integers(-5, 5))
def test_ellipsis(tn, a, value):
    """a[...] is the whole array (a 0-d array stays an array); a[...] = v fills it; a[..., None] adds an axis."""
    agree(lambda xp, x: x[...], tn, a)
    if a.ndim < 2:
        agree(lambda xp, x: x[..., None], tn, a)

    def fill(xp, x):
        x[...] = abs(value) if a.dtype == "uint8" else value
        return x

    agree(fill, tn, a)


# -- writing --------------------------------------------------------------------------------------------


def _value_elements(target, source):
    """Elements of dtype source that NumPy casts to dtype target without undefined behaviour."""
    if target == "uint8" and source in ("int64", "float64"):
        return elements(source, min_value=0, max_value=255 if source == "int64" else 255.75)
    if target == "int64" and source == "float64":
        return elements(source, min_value=-2.0 ** 31, max_value=2.0 ** 31)
    return elements(source, int_bound=INT31)


@st.composite
def written_values(draw, a, index):
    """A value for a[index] = value: a scalar or an array that broadcasts to the selected shape."""
    target = _target_shape(a, index)
    source = draw(st.sampled_from([a.dtype] * 4 + ["bool", "uint8", "int64", "float64"]))
    form = draw(st.sampled_from(["python", "scalar", "array", "array"]))
    value_elements = _value_elements(a.dtype, source)
    if form == "array":
        shape = draw(shapes_broadcastable_to(target))
        return ArrayCase(draw(nested_lists(shape, value_elements)), shape, source)
    value = draw(value_elements)
    if form == "python":
        return {"bool": bool, "uint8": int, "int64": int, "float64": float}[source](value)
    return Scalar(value, source)


@PROPERTY
@given(case=indexed_arrays(for_write=True), data=st.data())
def test_write(tn, case, data):
    """a[index] = value broadcasts scalars and rows and casts the value to a's dtype (floats truncate)."""
    a, index = case
    value = data.draw(written_values(a, index), label="value")

    def assign(xp, x, i, v):
        x[i] = v
        return x

    agree(assign, tn, a, index, value)


@PROPERTY
@given(a=array_cases(shape=shapes(min_dims=2, max_dims=2, min_side=1), dtype="float64"), data=st.data())
def test_write_rows_and_columns(tn, a, data):
    """W[0] = 0.4, W[0], W[1] = 0.4, 0.2, a[:, j] = column, a[i, :] = row, a[i, j] = v, a[i][j] = v."""
    n, m = a.shape
    i = data.draw(int_indices(n), label="i")
    j = data.draw(int_indices(m), label="j")
    v = data.draw(elements("float64"), label="v")
    column = data.draw(array_cases((n,), "float64"), label="column")
    row = data.draw(array_cases((m,), data.draw(dtypes(["int64", "float64"]))), label="row")

    def set_row(xp, x):
        x[i] = v
        return x

    def set_two_rows(xp, x):
        x[0], x[-1] = 0.4, 0.2
        return x

    def set_column(xp, x, c):
        x[:, j] = c
        return x

    def set_row_array(xp, x, r):
        x[i, :] = r
        return x

    def set_element(xp, x):
        x[i, j] = v
        return x

    def set_chained(xp, x):
        x[i][j] = v
        return x

    agree(set_row, tn, a)
    agree(set_two_rows, tn, a)
    agree(set_column, tn, a, column)
    agree(set_row_array, tn, a, row)
    agree(set_element, tn, a)
    agree(set_chained, tn, a)


@pytest.mark.parametrize("op", ["+=", "-=", "*=", "/="])
@PROPERTY
@given(case=indexed_arrays(for_write=True, dtype="float64"), value=elements("float64"))
def test_augmented_write(tn, op, case, value):
    """a[index] += v reads, operates and writes back: W[0] -= lr * g, d[h <= 0] *= 0."""
    a, index = case

    def update(xp, x, i):
        if op == "+=":
            x[i] += value
        elif op == "-=":
            x[i] -= value
        elif op == "*=":
            x[i] *= value
        else:
            x[i] /= value
        return x

    agree(update, tn, a, index)


# -- views and copies -----------------------------------------------------------------------------------


@PROPERTY
@given(a=array_cases(shape=shapes(min_dims=2, max_dims=2, min_side=1), dtype="int64", int_bound=1000),
       data=st.data())
def test_row_is_a_view(tn, a, data):
    """row = a[i]; row[j] = v changes a (NumPy's basic indexing returns a view)."""
    i = data.draw(int_indices(a.shape[0]), label="i")
    j = data.draw(int_indices(a.shape[1]), label="j")

    def write_through_row(xp, x):
        row = x[i]
        row[j] = 12345
        return x

    agree(write_through_row, tn, a)


@PROPERTY
@given(a=array_cases(shape=shapes(min_dims=2, max_dims=2, min_side=2), dtype="int64", int_bound=1000),
       data=st.data())
def test_row_slice_is_a_view(tn, a, data):
    """b = a[1:]; b[0, j] = v and b[0] += 1 change a: NumPy's row slices are views of the same rows."""
    j = data.draw(int_indices(a.shape[1]), label="j")

    def write_through_slice(xp, x):
        part = x[1:]
        part[0, j] = 12345
        part[-1] += 1
        return x

    agree(write_through_slice, tn, a)


@PROPERTY
@given(a=array_cases(shape=shapes(min_dims=1, max_dims=2, min_side=2), dtype="int64", int_bound=1000))
def test_vector_and_column_slices_are_views(tn, a):
    """A slice of a vector (v[1:]) or of columns (m[:, 1:]) is a view, as in NumPy: writing into it writes into x."""

    def write_through_slice(xp, x):
        part = x[1:] if x.ndim == 1 else x[:, 1:]
        part[0] = 12345
        return x

    agree(write_through_slice, tn, a)


@PROPERTY
@given(case=indexed_arrays(dtype="int64"))
def test_fancy_and_mask_reads_are_copies(tn, case):
    """a[list], a[int_array] and a[mask] return copies: writing into them leaves a alone."""
    a, index = case
    assume(isinstance(index, (list, range, ArrayCase)))

    def write_into_copy(xp, x, i):
        part = x[i]
        if len(part):
            part[0] = 777
        return x

    agree(write_into_copy, tn, a, index)


@pytest.mark.parametrize("write", ["row", "element", "column", "mask", "inplace", "fancy rows", "all"])
@PROPERTY
@given(a=array_cases(shape=shapes(min_dims=2, max_dims=2, min_side=1), dtype="float64", nonfinite=False),
       data=st.data())
def test_row_view_stays_live(tn, write, a, data):
    """row = a[i] keeps showing a's data after any later write into a (row, element, column, mask, +=)."""
    n, m = a.shape
    i = data.draw(int_indices(n), label="i")
    j = data.draw(int_indices(m), label="j")

    def later_write(xp, x):
        row = x[i]
        if write == "row":
            x[i] = 0.5
        elif write == "element":
            x[i, j] = 0.25
        elif write == "column":
            x[:, j] = 0.75
        elif write == "mask":
            x[x > 0] = 0
        elif write == "inplace":
            x += 1.5
        elif write == "fancy rows":
            x[[i]] = -2.0
        else:
            x[:] = 3.0
        return row, x

    agree(later_write, tn, a)


@PROPERTY
@given(a=array_cases(shape=shapes(min_dims=1, max_dims=2, min_side=2), dtype="int64", int_bound=1000))
def test_overlapping_assignment(tn, a):
    """a[1:] = a[:-1] and a[::-1] = a copy the source first, as NumPy does for overlapping memory."""

    def shift(xp, x):
        x[1:] = x[:-1]
        return x

    def reverse(xp, x):
        x[::-1] = x
        return x

    def add_own_transpose(xp, x):
        if x.ndim == 2 and x.shape[0] == x.shape[1]:
            x += x.T
        else:
            x -= x[0]
        return x

    agree(shift, tn, a)
    agree(reverse, tn, a)
    agree(add_own_transpose, tn, a)
