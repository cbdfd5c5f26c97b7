"""Differential tests: bad input raises the exception NumPy raises, with NumPy's message where it matters.

Shape errors are ValueErrors whose messages name the shapes, worded as NumPy words them (broadcasting,
matmul, dot, reshape).  Ragged nested lists raise ValueError, out-of-range indices IndexError.  Two
contracts belong to tinynet alone and are checked on tinynet only: non-numeric data (strings, None,
arbitrary objects) raises TypeError where NumPy would build an object or string array, and arrays of more
than two dimensions raise ValueError naming the shape.
"""
import operator

import pytest
from hypothesis import given, strategies as st

from strategies import (PROPERTY, ArrayCase, agree, array_cases, dtypes, misaligned_matmul_shapes,
                        nonbroadcastable_shapes, run_quietly, shapes)

BROADCASTING = {
    "+": lambda xp, a, b: a + b, "-": lambda xp, a, b: a - b, "*": lambda xp, a, b: a * b,
    "/": lambda xp, a, b: a / b, "==": lambda xp, a, b: a == b, "<": lambda xp, a, b: a < b,
    "maximum": lambda xp, a, b: xp.maximum(a, b),
}


@pytest.mark.parametrize("op", sorted(BROADCASTING))
@PROPERTY
@given(pair=nonbroadcastable_shapes(), dtype_a=dtypes(["int64", "float64"]), dtype_b=dtypes(["int64", "float64"]))
def test_broadcast_error_message(tn, op, pair, dtype_a, dtype_b):
    """(2,3) + (4,) raises ValueError('operands could not be broadcast together with shapes (2,3) (4,) ')."""
    a = ArrayCase(_zeros_nested(pair[0], dtype_a), pair[0], dtype_a)
    b = ArrayCase(_zeros_nested(pair[1], dtype_b), pair[1], dtype_b)
    agree(BROADCASTING[op], tn, a, b, message=True)


@PROPERTY
@given(pair=nonbroadcastable_shapes())
def test_where_broadcast_error(tn, pair):
    """np.where with shapes that do not broadcast raises ValueError."""
    a = ArrayCase(_zeros_nested(pair[0], "bool"), pair[0], "bool")
    b = ArrayCase(_zeros_nested(pair[1], "float64"), pair[1], "float64")
    agree(lambda xp, c, x: xp.where(c, x, 0.0), tn, a, b)


@pytest.mark.parametrize("op", ["+=", "-=", "*=", "/="])
@pytest.mark.parametrize("target, other", [((3,), (2, 3)), ((1,), (4,)), ((), (2,)), ((2, 1), (2, 3)),
                                           ((3,), (4,)), ((2, 3), (3, 2))])
def test_inplace_broadcast_error(tn, op, target, other):
    """a += b raises ValueError when the broadcast shape is not a's shape (NumPy's message is compared)."""
    a = ArrayCase(_zeros_nested(target, "float64"), target, "float64")
    b = ArrayCase(_zeros_nested(other, "float64"), other, "float64")
    update = {"+=": operator.iadd, "-=": operator.isub, "*=": operator.imul, "/=": operator.itruediv}[op]
    agree(lambda xp, x, y: update(x, y), tn, a, b, message=True)


def _zeros_nested(shape, dtype):
    zero = {"bool": False, "uint8": 0, "int64": 0, "float64": 0.0}[dtype]
    if len(shape) == 0:
        return zero
    if len(shape) == 1:
        return [zero] * shape[0]
    return [[zero] * shape[1] for _ in range(shape[0])]


@pytest.mark.parametrize("name", ["@", "matmul", "dot", "method dot"])
@PROPERTY
@given(pair=misaligned_matmul_shapes())
def test_matmul_and_dot_error_messages(tn, name, pair):
    """Misaligned products raise ValueError with NumPy's message:

    dot: 'shapes (2,3) and (4,5) not aligned: 3 (dim 1) != 4 (dim 0)';
    matmul/@: 'matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature
    (n?,k),(k,m?)->(n?,m?) (size 4 is different from 3)'.
    """
    a = ArrayCase(_zeros_nested(pair[0], "float64"), pair[0], "float64")
    b = ArrayCase(_zeros_nested(pair[1], "float64"), pair[1], "float64")
    call = {"@": lambda xp, x, y: x @ y, "matmul": lambda xp, x, y: xp.matmul(x, y),
            "dot": lambda xp, x, y: xp.dot(x, y), "method dot": lambda xp, x, y: x.dot(y)}[name]
    agree(call, tn, a, b, message=True)


@pytest.mark.parametrize("left", [True, False])
@PROPERTY
@given(a=array_cases(shape=shapes(min_dims=1), dtype="float64"))
def test_matmul_with_0d_operand_raises(tn, left, a):
    """matmul refuses 0-d operands ('does not have enough dimensions'); use * or np.dot for scalars."""
    s = ArrayCase(2.0, (), "float64")
    if left:
        agree(lambda xp, x, y: y @ x, tn, a, s, message=True)
    else:
        agree(lambda xp, x, y: x @ y, tn, a, s, message=True)


RAGGED = [
    [[1, 2], [3]],
    [[1], [2, 3]],
    [1, [2]],
    [[1, 2], 3],
    [[1.0, 2.0], [3.0, 4.0], [5.0]],
    [[], [1]],
    [[True], []],
]


@pytest.mark.parametrize("nested", RAGGED, ids=repr)
@pytest.mark.parametrize("how", ["array", "asarray", "array float64"])
def test_ragged_lists_raise_value_error(tn, nested, how):
    """np.array([[1, 2], [3]]) raises ValueError (an inhomogeneous shape) in NumPy 1.24 and later."""
    call = {"array": lambda xp: xp.array(nested), "asarray": lambda xp: xp.asarray(nested),
            "array float64": lambda xp: xp.array(nested, dtype="float64")}[how]
    agree(call, tn)


NON_NUMERIC = [["a"], "abc", [1, "x"], [[1.0, None]], None, [None], [object()], object(), {"a": 1},
               [[1, 2], ["3", 4]], b"bytes"]


@pytest.mark.parametrize("data", NON_NUMERIC, ids=repr)
@pytest.mark.parametrize("how", ["array", "asarray", "array float64"])
def test_non_numeric_data_raises_type_error(tinynet_only, data, how):
    """tinynet has numeric arrays only: strings, None and other objects raise TypeError.

    With a numeric dtype given, a string is parsed as NumPy parses it (float("3")), and a bad literal
    raises NumPy's ValueError."""
    tn = tinynet_only
    if how == "array float64" and _strings_only(data):
        agree(lambda xp: xp.array(data, dtype="float64"), tn)
        return
    call = {"array": lambda: tn.array(data), "asarray": lambda: tn.asarray(data),
            "array float64": lambda: tn.array(data, dtype="float64")}[how]
    status, error = run_quietly(call)
    assert status == "raised" and isinstance(error, TypeError), (data, how, status, error)


def _strings_only(data):
    """Whether data is a string or nested lists of numbers and strings (what NumPy parses into numbers)."""
    if isinstance(data, str):
        return True
    if isinstance(data, list):
        return all(_strings_only(x) or type(x) in (int, float) for x in data)
    return False


@pytest.mark.parametrize("make", [
    lambda tn: tn.array([[[1, 2]]]),
    lambda tn: tn.zeros((2, 2, 2)),
    lambda tn: tn.ones((1, 2, 3)),
    lambda tn: tn.arange(8).reshape(2, 2, 2),
    lambda tn: tn.arange(8).reshape((2, 2, 2)),
    lambda tn: tn.full((2, 1, 2), 0.5),
    lambda tn: tn.ones((2, 3))[:, :, None],
    lambda tn: tn.ones((2, 3))[None],
], ids=["array", "zeros", "ones", "reshape args", "reshape tuple", "full", "newaxis 3-d", "None 3-d"])
def test_arrays_of_three_dimensions_are_made_as_numpy_makes_them(tn, make):
    """Arrays of any number of axes: each of these gives NumPy's 3-d array."""
    agree(lambda xp: make(xp), tn)


def test_strings_in_arithmetic_raise_type_error(tn):
    """a + 'x' raises TypeError in NumPy (no loop for int64 and str)."""
    a = ArrayCase([1, 2], (2,), "int64")
    agree(lambda xp, x: x + "x", tn, a)
    agree(lambda xp, x: "x" * x, tn, a)


# -- indexing -------------------------------------------------------------------------------------------


@st.composite
def out_of_range_indices(draw):
    """An array and an index with one integer out of range (too big or too negative)."""
    a = draw(array_cases(shape=shapes(min_dims=1), dtype="int64", int_bound=100))
    axis = draw(st.integers(0, a.ndim - 1))
    n = a.shape[axis]
    bad = draw(st.one_of(st.integers(n, n + 5), st.integers(-n - 5, -n - 1)))
    form = draw(st.sampled_from(["int", "list", "intarray"]))
    if form == "list":
        bad = [0, bad] if n else [bad]
    elif form == "intarray":
        bad = ArrayCase([bad], (1,), "int64")
    if a.ndim == 1:
        return a, bad
    return a, (bad, slice(None)) if axis == 0 else (slice(None), bad)


@PROPERTY
@given(case=out_of_range_indices())
def test_out_of_range_index_raises_index_error(tn, case):
    """a[5] on 3 elements, a[:, 5], a[[0, 5]] raise IndexError, for reading and for writing."""
    a, index = case
    agree(lambda xp, x, i: x[i], tn, a, index)

    def write(xp, x, i):
        x[i] = 1
        return x

    agree(write, tn, a, index)


@PROPERTY
@given(a=array_cases(shape=shapes(min_dims=1), dtype="int64", int_bound=100), extra=st.integers(0, 4))
def test_out_of_range_int_message(tn, a, extra):
    """a[n] raises IndexError('index n is out of bounds for axis 0 with size n')."""
    n = a.shape[0]
    agree(lambda xp, x: x[n + extra], tn, a, message=True)
    agree(lambda xp, x: x[-n - 1 - extra], tn, a, message=True)
    if a.ndim == 2:
        m = a.shape[1]
        agree(lambda xp, x: x[0, m + extra] if n else x[n], tn, a, message=True)


@pytest.mark.parametrize("index", [
    (0, 0), 1.0, 0.5, "a", [True, False], (slice(None), 0, 0),
], ids=repr)
def test_invalid_indices_raise_index_error(tn, index):
    """Too many indices, float indices and wrong-length masks raise IndexError (strings too)."""
    a = ArrayCase([1, 2, 3], (3,), "int64")
    agree(lambda xp, x: x[index], tn, a)


def test_wrong_length_mask_array_raises_index_error(tn):
    """a[mask] with a mask of the wrong length raises IndexError."""
    a = ArrayCase([[1, 2, 3], [4, 5, 6]], (2, 3), "int64")
    for mask in ([True, False, True], [True], [[True, False], [False, True]]):
        m = ArrayCase(mask, (len(mask),) if not isinstance(mask[0], list) else (2, 2), "bool")
        agree(lambda xp, x, i: x[i], tn, a, m)


# -- other shape and value errors -----------------------------------------------------------------------


@pytest.mark.parametrize("call", [
    lambda xp: xp.ones(6).reshape(-1, -1),
    lambda xp: xp.ones(6).reshape(4, -1),
    lambda xp: xp.zeros(-1),
    lambda xp: xp.zeros((2, -3)),
    lambda xp: xp.linspace(0, 1, -1),
    lambda xp: xp.arange(0, 5, 0),
    lambda xp: xp.concatenate([xp.array(1), xp.array(2)]),
    lambda xp: xp.concatenate([xp.ones(2), xp.ones((2, 2))]),
    lambda xp: xp.concatenate([xp.ones((2, 2)), xp.ones((3, 3))]),
    lambda xp: xp.concatenate([xp.ones((2, 2)), xp.ones((2, 3))], axis=0),
    lambda xp: xp.concatenate([xp.ones(2), xp.ones(2)], axis=1),
    lambda xp: xp.vstack([xp.ones(2), xp.ones(3)]),
    lambda xp: xp.hstack([xp.ones((2, 1)), xp.ones((3, 1))]),
    lambda xp: xp.column_stack([xp.ones(2), xp.ones(3)]),
    lambda xp: xp.array([1, 2]) ** -1,
    lambda xp: xp.array([1, 2]) ** xp.array([-1, 2]),
    lambda xp: xp.ones((2, 3)).sum(axis=2),
    lambda xp: xp.ones((2, 3)).max(axis=-3),
    lambda xp: xp.ones(3).argmax(axis=1),
    lambda xp: xp.ones((2, 3)).transpose(0, 0),
    lambda xp: xp.zeros(0).max(),
    lambda xp: xp.zeros((0, 3)).argmin(axis=0),
    lambda xp: len(xp.array(5)),
    lambda xp: iter(xp.array(5)),
    lambda xp: float(xp.ones(3)),
    lambda xp: int(xp.ones((2, 2))),
    lambda xp: bool(xp.ones(2)),
    lambda xp: xp.array([1, 2], dtype="uint8") + 300,
    lambda xp: xp.array([1, 2], dtype="uint8") - (-1),
    lambda xp: xp.array([True]) - xp.array([True]),
    lambda xp: -xp.array([True]),
    lambda xp: xp.eye(2) @ xp.ones(3),
    lambda xp: xp.dot(xp.ones((2, 3)), xp.ones(2)),
], ids=["two -1", "reshape size", "zeros -1", "zeros (2,-3)", "linspace -1", "arange step 0",
        "concatenate 0-d", "concatenate 1-d 2-d", "concatenate axis 0 mismatch", "concatenate cols",
        "concatenate axis 1 of 1-d", "vstack", "hstack", "column_stack", "int ** -1", "int ** array -1",
        "sum axis 2", "max axis -3", "argmax axis 1 of 1-d", "transpose repeated axis", "max of empty",
        "argmin of empty axis", "len 0-d", "iter 0-d", "float of 3", "int of 2x2", "bool of 2",
        "uint8 + 300", "uint8 - -1", "bool - bool", "-bool", "eye @ misaligned", "dot misaligned"])
def test_errors_match_numpy(tn, call):
    """Each call raises in NumPy; the library under test must raise an exception of the same builtin class."""
    agree(call, tn)


@pytest.mark.parametrize("call", [
    lambda xp: xp.ones(6).reshape(-1, -1),
    lambda xp: xp.ones(6).reshape(4, -1),
    lambda xp: xp.ones(6).reshape((4, 2)),
    lambda xp: xp.zeros(-1),
    lambda xp: xp.concatenate([xp.array(1), xp.array(2)]),
    lambda xp: xp.array([1, 2]) ** -1,
    lambda xp: xp.ones((2, 3)).sum(axis=2),
    lambda xp: len(xp.array(5)),
    lambda xp: iter(xp.array(5)),
    lambda xp: bool(xp.ones(2)),
    lambda xp: xp.array([1, 2], dtype="uint8") + 300,
    lambda xp: xp.dot(xp.ones((2, 3)), xp.ones(2)),
], ids=["two -1", "reshape -1 size", "reshape size", "zeros -1", "concatenate 0-d", "int ** -1", "sum axis 2",
        "len 0-d", "iter 0-d", "bool of 2", "uint8 + 300", "dot misaligned"])
def test_error_messages_match_numpy(tn, call):
    """The common errors carry NumPy's exact message (tutorial readers search for these)."""
    agree(call, tn, message=True)
