"""Differential tests: shape manipulation agrees with NumPy.

reshape (with -1), ravel, flatten, copy, astype, tolist, T, transpose, len, iteration, concatenate (axis 0,
1, -1, None), vstack, hstack, column_stack and c_.  All of these move values without arithmetic, so results
must be exact, dtypes included (concatenating int64 with float64 gives float64, and so on).
"""
import pytest
from hypothesis import assume, given, strategies as st

from strategies import (INT31, PROPERTY, ArrayCase, agree, array_cases, dtypes, elements, nested_lists,
                        shapes, sides)

# -- reshape --------------------------------------------------------------------------------------------


@st.composite
def reshape_targets(draw, size):
    """A shape of 0, 1 or 2 axes holding size elements, with one length replaced by -1 now and then."""
    options = [(size,)]
    if size == 1:
        options.append(())
    if size == 0:
        k = draw(st.integers(0, 4))
        options += [(0, k), (k, 0)]
    else:
        options += [(d, size // d) for d in range(1, size + 1) if size % d == 0]
    target = draw(st.sampled_from(options))
    if target and draw(st.booleans()):
        position = draw(st.integers(0, len(target) - 1))
        other = [d for i, d in enumerate(target) if i != position]
        if all(other):  # -1 next to a 0 length is ambiguous, NumPy raises
            target = tuple(-1 if i == position else d for i, d in enumerate(target))
    return target


@st.composite
def reshape_cases(draw):
    a = draw(array_cases(int_bound=INT31))
    return a, draw(reshape_targets(a.size))


@PROPERTY
@given(case=reshape_cases(), form=st.sampled_from(["tuple", "args", "function", "list"]))
def test_reshape(tn, case, form):
    """a.reshape((r, c)), a.reshape(r, c), np.reshape(a, (r, c)) and a.reshape([r, c]), with -1 allowed."""
    a, target = case
    calls = {
        "tuple": lambda xp, x: x.reshape(target),
        "args": lambda xp, x: x.reshape(*target),
        "function": lambda xp, x: xp.reshape(x, target),
        "list": lambda xp, x: x.reshape(list(target)),
    }
    if form == "args" and len(target) == 0:
        form = "tuple"
    agree(calls[form], tn, a)


@PROPERTY
@given(a=array_cases(int_bound=INT31))
def test_reshape_common_idioms(tn, a):
    """a.reshape(-1), a.reshape(-1, 1), a.reshape(1, -1), a.reshape(len(a), -1) and an int shape."""
    agree(lambda xp, x: x.reshape(-1), tn, a)
    agree(lambda xp, x: x.reshape(x.size), tn, a)
    if a.size:
        agree(lambda xp, x: x.reshape(-1, 1), tn, a)
        agree(lambda xp, x: x.reshape(1, -1), tn, a)
    if a.ndim and a.shape[0] and a.size:
        agree(lambda xp, x: x.reshape(len(x), -1), tn, a)


@PROPERTY
@given(a=array_cases(int_bound=INT31), target=st.tuples(st.integers(0, 7), st.integers(0, 7)))
def test_reshape_to_wrong_size_raises(tn, a, target):
    """Reshaping to a different number of elements raises ValueError (NumPy's message is compared too)."""
    assume(target[0] * target[1] != a.size)
    agree(lambda xp, x: x.reshape(target), tn, a, message=True)


# -- ravel, flatten, copy, T, transpose, tolist, len, iter ----------------------------------------------


@pytest.mark.parametrize("name", ["ravel", "flatten", "copy", "tolist", "T", "transpose()", "np.transpose",
                                  "np.ravel", "np.copy", "attributes"])
@PROPERTY
@given(a=array_cases(int_bound=INT31))
def test_simple_methods(tn, name, a):
    """a.ravel(), a.flatten(), a.copy(), a.tolist(), a.T, a.transpose(), np.* functions, shape/ndim/size."""
    calls = {
        "ravel": lambda xp, x: x.ravel(),
        "flatten": lambda xp, x: x.flatten(),
        "copy": lambda xp, x: x.copy(),
        "tolist": lambda xp, x: x.tolist(),
        "T": lambda xp, x: x.T,
        "transpose()": lambda xp, x: x.transpose(),
        "np.transpose": lambda xp, x: xp.transpose(x),
        "np.ravel": lambda xp, x: xp.ravel(x),
        "np.copy": lambda xp, x: xp.copy(x),
        "attributes": lambda xp, x: (x.shape, x.ndim, x.size, len(x.shape), x.shape[0] if x.ndim else None),
    }
    agree(calls[name], tn, a)


@PROPERTY
@given(a=array_cases(shape=shapes(min_dims=2, max_dims=2), int_bound=INT31))
def test_transpose_with_axes(tn, a):
    """a.transpose(1, 0), a.transpose((1, 0)), np.transpose(a, (1, 0)) and the identity order (0, 1)."""
    agree(lambda xp, x: x.transpose(1, 0), tn, a)
    agree(lambda xp, x: x.transpose((1, 0)), tn, a)
    agree(lambda xp, x: xp.transpose(x, (1, 0)), tn, a)
    agree(lambda xp, x: x.transpose(0, 1), tn, a)
    agree(lambda xp, x: x.transpose(-1, 0), tn, a)


@PROPERTY
@given(a=array_cases(shape=shapes(min_dims=1, min_side=1), int_bound=1000))
def test_copies_are_independent(tn, a):
    """Writing into a.copy(), a.flatten() or np.array(a) leaves a unchanged."""
    for make in (lambda xp, x: x.copy(), lambda xp, x: x.flatten(), lambda xp, x: xp.array(x),
                 lambda xp, x: xp.copy(x)):
        def write_into_copy(xp, x, make=make):
            c = make(xp, x)
            c[0] = 7
            return x, c
        agree(write_into_copy, tn, a)


@PROPERTY
@given(a=array_cases(int_bound=INT31))
def test_len_and_iteration(tn, a):
    """len(a) is the first length; iterating gives rows (arrays) or scalars; 0-d arrays raise TypeError."""
    agree(lambda xp, x: len(x), tn, a)
    agree(lambda xp, x: list(iter(x)), tn, a)
    agree(lambda xp, x: [row for row in x], tn, a)


@PROPERTY
@given(a=array_cases(shape=shapes(min_dims=2, max_dims=2), int_bound=INT31))
def test_iterating_rows_and_unpacking(tn, a):
    """for i, row in enumerate(a) and zip(a, a) give the rows; a, b = two_row_array unpacks."""
    agree(lambda xp, x: [(i, row) for i, row in enumerate(x)], tn, a)
    agree(lambda xp, x: [(r, s) for r, s in zip(x, x.T.T)], tn, a)
    if a.shape[0] == 2:
        def unpack(xp, x):
            first, second = x
            return first, second
        agree(unpack, tn, a)


# -- astype ---------------------------------------------------------------------------------------------


def _source_elements(source, target):
    """Values of dtype source whose conversion to target NumPy defines (float -> int must fit)."""
    if source == "float64" and target == "int64":
        return elements(source, min_value=-2.0 ** 62, max_value=2.0 ** 62)
    if source == "float64" and target == "uint8":
        return elements(source, min_value=0.0, max_value=255.99)
    return elements(source, int_bound=2 ** 62)


@pytest.mark.parametrize("target", ["bool", "uint8", "int64", "float64"])
@PROPERTY
@given(data=st.data())
def test_astype(tn, target, data):
    """a.astype(t) for every pair of dtypes: floats truncate toward zero, int64 -> uint8 wraps, nan -> True."""
    source = data.draw(dtypes(), label="source dtype")
    shape = data.draw(shapes(), label="shape")
    a = ArrayCase(data.draw(nested_lists(shape, _source_elements(source, target)), label="values"), shape,
                  source)
    spelling = data.draw(st.sampled_from(["string", "attribute", "python"]), label="dtype spelling")
    python = {"bool": bool, "uint8": None, "int64": int, "float64": float}[target]
    if spelling == "python" and python is None:
        spelling = "string"

    def convert(xp, x):
        if spelling == "string":
            return x.astype(target)
        if spelling == "attribute":
            return x.astype(getattr(xp, "bool_" if target == "bool" else target))
        return x.astype(python)

    agree(convert, tn, a)


# -- joining --------------------------------------------------------------------------------------------


@st.composite
def concatenate_cases(draw):
    """1..4 arrays and an axis such that np.concatenate(arrays, axis) is defined."""
    axis = draw(st.sampled_from([0, 0, 1, -1, None]))
    count = draw(st.integers(1, 4))
    dtype_names = draw(st.sampled_from([["float64"], ["int64"], ["bool", "int64", "uint8", "float64"]]))
    arrays = []
    if axis is None:
        for _ in range(count):
            arrays.append(draw(array_cases(shape=shapes(), dtype=dtypes(dtype_names), int_bound=INT31)))
        return arrays, axis
    ndim = 2 if axis == 1 else draw(st.sampled_from([1, 2]))
    fixed = draw(sides())
    for _ in range(count):
        free = draw(sides())
        if ndim == 1:
            shape = (free,)
        elif axis == 0:
            shape = (free, fixed)
        else:
            shape = (fixed, free)
        arrays.append(draw(array_cases(shape=shape, dtype=dtypes(dtype_names), int_bound=INT31)))
    return arrays, axis


@PROPERTY
@given(case=concatenate_cases(), as_tuple=st.booleans())
def test_concatenate(tn, case, as_tuple):
    """np.concatenate(list_or_tuple, axis=0/1/-1/None) promotes dtypes and joins along the axis."""
    arrays, axis = case
    seq = tuple(arrays) if as_tuple else arrays
    agree(lambda xp, parts: xp.concatenate(parts, axis=axis), tn, seq)
    if axis == 0:
        agree(lambda xp, parts: xp.concatenate(parts), tn, seq)


@st.composite
def stack_cases(draw, kind):
    """Arrays that the stacking function `kind` accepts: shared length n, 1-d or 2-d pieces."""
    n = draw(sides())
    count = draw(st.integers(1, 4))
    dtype_names = draw(st.sampled_from([["float64"], ["int64"], ["bool", "int64", "uint8", "float64"]]))
    arrays = []
    ndims = draw(st.sampled_from([[1], [2], [1, 2]])) if kind != "hstack" else draw(
        st.sampled_from([[1], [2]]))
    for _ in range(count):
        ndim = draw(st.sampled_from(ndims))
        k = draw(sides())
        if ndim == 1:
            shape = (k,) if kind == "hstack" else (n,)
        elif kind == "vstack":
            shape = (k, n)
        else:
            shape = (n, k)
        arrays.append(draw(array_cases(shape=shape, dtype=dtypes(dtype_names), int_bound=INT31)))
    return arrays


@pytest.mark.parametrize("kind", ["vstack", "hstack", "column_stack"])
@PROPERTY
@given(data=st.data())
def test_stacks(tn, kind, data):
    """vstack makes 1-d pieces rows, hstack joins along the last axis, column_stack makes 1-d pieces columns."""
    arrays = data.draw(stack_cases(kind), label="arrays")
    agree(lambda xp, parts: getattr(xp, kind)(parts), tn, arrays)
    agree(lambda xp, parts: getattr(xp, kind)(tuple(parts)), tn, arrays)


@PROPERTY
@given(arrays=stack_cases("column_stack"))
def test_c_(tn, arrays):
    """np.c_[a, b] joins 1-d pieces as columns and 2-d pieces along axis 1 (np.c_[X, np.ones(n)])."""
    agree(lambda xp, parts: xp.c_[tuple(parts)], tn, arrays)
    if len(arrays) == 2:
        agree(lambda xp, parts: xp.c_[parts[0], parts[1]], tn, arrays)


@PROPERTY
@given(x=array_cases(shape=st.tuples(sides(), sides()), dtype="float64"))
def test_bias_column_idioms(tn, x):
    """np.c_[np.ones(n), X] and np.hstack([X, np.ones((n, 1))]) add a bias column."""
    n = x.shape[0]
    agree(lambda xp, a: xp.c_[xp.ones(n), a], tn, x)
    agree(lambda xp, a: xp.hstack([a, xp.ones((n, 1))]), tn, x)
    agree(lambda xp, a: xp.column_stack((xp.ones(n), a)), tn, x)
