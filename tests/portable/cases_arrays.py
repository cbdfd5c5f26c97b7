"""Array cases run twice: by make_fixtures.py with NumPy, and by the portable tests with tinynet.

Each case is ``(name, function)``; the function takes the array namespace ``np`` and returns an
array, a scalar, a string or a tuple of them, or raises. The code is NumPy code, so it must run
unchanged on both libraries and, for tinynet, on MicroPython too (plain lambdas, no f-strings with
``=``).
"""


def _grid(rows, columns, a=37, b=101, modulus=97):
    """Return a rows x columns nested list of floats in [-0.5, 0.5) with no obvious pattern."""
    return [[((i * a + j * b + 13) % modulus) / float(modulus) - 0.5 for j in range(columns)]
            for i in range(rows)]


def _int_grid(rows, columns):
    """Return a rows x columns nested list of small ints, some negative."""
    return [[(i * 7 + j * 5) % 11 - 5 for j in range(columns)] for i in range(rows)]


# ---------------------------------------------------------------- creation

CREATION = [
    ("array_ints", lambda np: np.array([1, 2, 3])),
    ("array_floats", lambda np: np.array([1.5, -2.0, 0.25])),
    ("array_mixed_int_float", lambda np: np.array([1, 2.5, 3])),
    ("array_bools", lambda np: np.array([True, False, True])),
    ("array_nested", lambda np: np.array([[1, 2, 3], [4, 5, 6]])),
    ("array_nested_floats", lambda np: np.array(_grid(3, 4))),
    ("array_scalar", lambda np: np.array(7)),
    ("array_empty", lambda np: np.array([])),
    ("array_dtype_float", lambda np: np.array([1, 2, 3], dtype="float64")),
    ("array_dtype_int_from_floats", lambda np: np.array([1.7, -2.7, 0.5], dtype="int64")),
    ("array_dtype_int_from_bools", lambda np: np.array([[True, False], [False, True]], dtype="int64")),
    ("array_dtype_uint8", lambda np: np.array([0, 7, 255], dtype="uint8")),
    ("array_dtype_attribute", lambda np: np.array([0, 1, 2], dtype=np.float64)),
    ("array_dtype_bool_", lambda np: np.array([0, 1, 2], dtype=np.bool_)),
    ("array_from_array", lambda np: np.array(np.array([[1, 2], [3, 4]]), dtype="float64")),
    ("asarray", lambda np: np.asarray([[1.0, 2.0]])),
    ("zeros_1d", lambda np: np.zeros(4)),
    ("zeros_2d", lambda np: np.zeros((2, 3))),
    ("zeros_int", lambda np: np.zeros((2, 2), dtype="int64")),
    ("ones_2d", lambda np: np.ones((3, 2))),
    ("ones_int", lambda np: np.ones(3, dtype=int)),
    ("full", lambda np: np.full((2, 3), 2.5)),
    ("full_int", lambda np: np.full(3, 7)),
    ("zeros_like", lambda np: np.zeros_like(np.array([[1, 2], [3, 4]]))),
    ("ones_like_float", lambda np: np.ones_like(np.array([1.5, 2.5]))),
    ("eye", lambda np: np.eye(3)),
    ("arange_stop", lambda np: np.arange(5)),
    ("arange_start_stop_step", lambda np: np.arange(2, 11, 3)),
    ("arange_float_step", lambda np: np.arange(0.0, 1.0, 0.25)),
    ("arange_negative_step", lambda np: np.arange(5, 0, -2)),
    ("linspace", lambda np: np.linspace(0, 1, 5)),
    ("linspace_negative", lambda np: np.linspace(-1.5, 2.0, 8)),
    ("reshape_minus_one", lambda np: np.arange(12).reshape(3, -1)),
    ("reshape_function", lambda np: np.reshape(np.arange(6), (2, 3))),
    ("ravel", lambda np: np.array([[1, 2], [3, 4]]).ravel()),
    ("flatten", lambda np: np.array([[1.0, 2.0], [3.0, 4.0]]).T.flatten()),
    ("transpose", lambda np: np.array(_grid(2, 3)).T),
    ("transpose_function", lambda np: np.transpose(np.array([[1, 2, 3]]))),
    ("astype_int", lambda np: np.array([0.9, -0.9, 2.5]).astype("int64")),
    ("astype_bool", lambda np: np.array([0.0, 0.5, -1.0]).astype(bool)),
    ("tolist", lambda np: str(np.array([[1, 2], [3, 4]]).tolist())),
    ("shape_size_ndim", lambda np: (np.zeros((2, 5)).shape, np.zeros((2, 5)).size, np.zeros((2, 5)).ndim)),
    ("concatenate", lambda np: np.concatenate([np.array([1, 2]), np.array([3.5])])),
    ("concatenate_axis0", lambda np: np.concatenate([np.ones((1, 2)), np.zeros((2, 2))], axis=0)),
    ("concatenate_axis1", lambda np: np.concatenate([np.ones((2, 1)), np.zeros((2, 2))], axis=1)),
    ("vstack", lambda np: np.vstack([np.array([1, 2]), np.array([3, 4])])),
    ("hstack", lambda np: np.hstack([np.array([1, 2]), np.array([3, 4, 5])])),
    ("column_stack", lambda np: np.column_stack([np.array([1, 2]), np.array([3.0, 4.0])])),
    ("ragged_rejected", lambda np: np.array([[1, 2], [3]], dtype="float64")),
]


# ---------------------------------------------------------------- matrix products

MATMUL = [
    ("matmul_2x3_3x2", lambda np: np.array([[1, 2, 3], [4, 5, 6]]) @ np.array([[7, 8], [9, 10], [11, 12]])),
    ("matmul_floats", lambda np: np.array(_grid(7, 5)) @ np.array(_grid(5, 3, 11, 29))),
    ("matmul_large", lambda np: np.array(_grid(24, 17)) @ np.array(_grid(17, 20, 19, 53, 89))),
    ("matmul_square_64", lambda np: np.array(_grid(64, 64, 31, 7, 101)) @ np.array(_grid(64, 64, 3, 17, 103))),
    ("matmul_matrix_vector", lambda np: np.array(_grid(4, 3)) @ np.array([1.0, -2.0, 0.5])),
    ("matmul_vector_matrix", lambda np: np.array([1.0, -2.0, 0.5]) @ np.array(_grid(3, 4))),
    ("matmul_vector_vector", lambda np: np.array([1.0, 2.0, 3.0]) @ np.array([0.5, -1.0, 2.0])),
    ("matmul_int_float", lambda np: np.array(_int_grid(3, 4)) @ np.array(_grid(4, 2))),
    ("matmul_ints", lambda np: np.array(_int_grid(5, 3)) @ np.array(_int_grid(3, 6))),
    ("matmul_bool_int", lambda np: np.array([[True, False], [True, True]]) @ np.array([[2, 3], [4, 5]])),
    ("dot_2d", lambda np: np.dot(np.array(_grid(3, 2)), np.array(_grid(2, 4)))),
    ("dot_scalar", lambda np: np.dot(2.5, np.array([1, 2]))),
    ("dot_method", lambda np: np.array(_grid(2, 2)).dot(np.array([[1.0], [2.0]]))),
    ("matmul_function", lambda np: np.matmul(np.eye(2), np.array([[1, 2], [3, 4]]))),
    ("matmul_transposed", lambda np: np.array(_grid(5, 3)).T @ np.array(_grid(5, 2))),
    ("outer", lambda np: np.outer(np.array([1, 2, 3]), np.array([0.5, -1.0]))),
    ("dot_not_aligned", lambda np: np.dot(np.zeros((2, 3)), np.zeros((4, 5)))),
    ("matmul_not_aligned", lambda np: np.zeros((2, 3)) @ np.zeros((4, 5))),
]


# ---------------------------------------------------------------- broadcasting and elementwise

BROADCASTING = [
    ("add_row", lambda np: np.array(_grid(3, 4)) + np.array([1.0, 2.0, 3.0, 4.0])),
    ("add_column", lambda np: np.array(_grid(3, 4)) + np.array([[1.0], [2.0], [3.0]])),
    ("add_outer", lambda np: np.array([[1], [2], [3]]) + np.array([10, 20])),
    ("add_scalar", lambda np: np.array([[1, 2], [3, 4]]) + 1),
    ("radd_float", lambda np: 0.5 + np.array([1, 2, 3])),
    ("sub", lambda np: np.array([5, 3, 1]) - np.array([[1], [2]])),
    ("rsub", lambda np: 1 - np.array([0.25, 0.5])),
    ("mul_broadcast", lambda np: np.array(_grid(2, 3)) * np.array([[2.0], [-1.0]])),
    ("rmul", lambda np: 2 * np.array([[1, 2], [3, 4]])),
    ("truediv_ints", lambda np: np.array([1, 2, 3]) / np.array([2, 2, 2])),
    ("rtruediv", lambda np: 1 / np.array([1.0, 2.0, 4.0])),
    ("truediv_zero", lambda np: np.array([1.0, -1.0, 0.0]) / 0.0),
    ("floordiv", lambda np: np.array([7, -7, 7]) // np.array([2, 2, -2])),
    ("floordiv_float", lambda np: np.array([7.5, -7.5]) // 2),
    ("mod", lambda np: np.array([7, -7, 7]) % np.array([3, 3, -3])),
    ("mod_float", lambda np: np.array([7.5, -7.5]) % 2.0),
    ("pow", lambda np: np.array([1.0, 2.0, 3.0]) ** 2),
    ("pow_ints", lambda np: np.array([1, 2, 3]) ** np.array([3, 2, 1])),
    ("rpow", lambda np: 2.0 ** np.array([0.5, 1.0, -1.0])),
    ("neg", lambda np: -np.array([[1, -2], [0, 3]])),
    ("abs_builtin", lambda np: abs(np.array([-1.5, 0.0, 2.0]))),
    ("compare_lt", lambda np: np.array([1, 2, 3]) < np.array([[2], [3]])),
    ("compare_ge_scalar", lambda np: np.array(_grid(2, 3)) >= 0),
    ("compare_eq", lambda np: np.array([1.0, 2.0, 3.0]) == np.array([1, 0, 3])),
    ("compare_ne", lambda np: np.array([1, 2]) != 2),
    ("bool_plus_int", lambda np: np.array([True, False]) + np.array([1, 2])),
    ("bool_times_float", lambda np: np.array([True, False]) * 1.5),
    ("int_plus_float", lambda np: np.array([1, 2]) + np.array([0.5, 0.25])),
    ("iadd_broadcast", lambda np: _iadd(np.zeros((2, 3)), np.array([1.0, 2.0, 3.0]))),
    ("imul_scalar", lambda np: _imul(np.ones((2, 2)), 3.0)),
    ("exp", lambda np: np.exp(np.array([[0.0, 1.0], [-1.0, 2.5]]))),
    ("exp_overflow", lambda np: np.exp(np.array([1000.0, -1000.0]))),
    ("log", lambda np: np.log(np.array([1.0, 2.0, 0.5]))),
    ("log_zero", lambda np: np.log(np.array([0.0, 1.0]))),
    ("sqrt", lambda np: np.sqrt(np.array([4.0, 2.0, 0.0]))),
    ("tanh", lambda np: np.tanh(np.array(_grid(2, 4)) * 10)),
    ("sin_cos", lambda np: (np.sin(np.array([0.0, 1.0, -2.0])), np.cos(np.array([0.0, 1.0, -2.0])))),
    ("square", lambda np: np.square(np.array([[1, -2], [3, 4]]))),
    ("sign", lambda np: np.sign(np.array([-2.5, 0.0, 3.0]))),
    ("abs_function", lambda np: np.abs(np.array([-3, 0, 2]))),
    ("maximum", lambda np: np.maximum(0, np.array(_grid(3, 3)))),
    ("minimum_broadcast", lambda np: np.minimum(np.array([[0.1], [0.2]]), np.array([0.0, 0.15, 0.3]))),
    ("clip", lambda np: np.clip(np.array(_grid(2, 5)), -0.2, 0.3)),
    ("where", lambda np: np.where(np.array([True, False, True]), np.array([1, 2, 3]), -1.0)),
    ("where_broadcast", lambda np: np.where(np.array(_grid(3, 2)) > 0, 1, 0)),
    ("round", lambda np: np.round(np.array([0.5, 1.5, 2.5, -0.5, 1.2345]), 2)),
    ("round_halves", lambda np: np.round(np.array([0.5, 1.5, 2.5, -0.5, -1.5]))),
    ("allclose", lambda np: (np.allclose(np.array([1.0, 2.0]), np.array([1.0, 2.0 + 1e-9])),
                              np.allclose(np.array([1.0]), np.array([1.1])))),
    ("isclose", lambda np: np.isclose(np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.1, 3.0 + 1e-10]))),
    ("array_equal", lambda np: (np.array_equal(np.array([1, 2]), np.array([1.0, 2.0])),
                                 np.array_equal(np.array([1, 2]), np.array([1, 3])))),
    ("sigmoid", lambda np: 1 / (1 + np.exp(-np.array(_grid(3, 3)) * 8))),
    ("not_broadcastable", lambda np: np.zeros((2, 3)) + np.zeros(4)),
    ("not_broadcastable_2d", lambda np: np.zeros((2, 3)) * np.zeros((3, 2))),
]


def _iadd(a, b):
    a += b
    return a


def _imul(a, b):
    a *= b
    return a


# ---------------------------------------------------------------- reductions

def _reduce(np, name, data, **keywords):
    return getattr(np, name)(np.array(data), **keywords)


REDUCTIONS = []
for _name in ("sum", "mean", "max", "min", "argmax", "argmin", "std", "var"):
    REDUCTIONS.append(("%s_all" % _name, lambda np, n=_name: _reduce(np, n, _grid(4, 5))))
    REDUCTIONS.append(("%s_axis0" % _name, lambda np, n=_name: _reduce(np, n, _grid(4, 5), axis=0)))
    REDUCTIONS.append(("%s_axis1" % _name, lambda np, n=_name: _reduce(np, n, _grid(4, 5), axis=1)))
    REDUCTIONS.append(("%s_axis_minus1" % _name, lambda np, n=_name: _reduce(np, n, _grid(3, 2), axis=-1)))
    REDUCTIONS.append(("%s_ints" % _name, lambda np, n=_name: _reduce(np, n, _int_grid(3, 4))))
    REDUCTIONS.append(("%s_ints_axis0" % _name, lambda np, n=_name: _reduce(np, n, _int_grid(3, 4), axis=0)))
    REDUCTIONS.append(("%s_1d" % _name, lambda np, n=_name: _reduce(np, n, [3.5, -1.0, 2.25, 7.0])))
for _name in ("sum", "mean", "max", "min", "std", "var"):
    REDUCTIONS.append(("%s_keepdims0" % _name,
                       lambda np, n=_name: _reduce(np, n, _grid(3, 4), axis=0, keepdims=True)))
    REDUCTIONS.append(("%s_keepdims1" % _name,
                       lambda np, n=_name: _reduce(np, n, _grid(3, 4), axis=1, keepdims=True)))
del _name

REDUCTIONS += [
    ("sum_bools", lambda np: np.sum(np.array([True, False, True]))),
    ("sum_bools_axis", lambda np: np.array([[True, False], [True, True]]).sum(axis=0)),
    ("sum_long", lambda np: np.sum(np.array([0.1] * 1000))),
    ("sum_pairwise", lambda np: np.array([[((i * 7919) % 1009) / 1009.0 for i in range(300)]]).sum(axis=1)),
    ("mean_method", lambda np: np.array(_grid(2, 3)).mean()),
    ("max_method_axis", lambda np: np.array(_int_grid(3, 3)).max(axis=1)),
    ("argmax_ties", lambda np: np.argmax(np.array([1, 3, 3, 2]))),
    ("argmin_ties_axis0", lambda np: np.argmin(np.array([[1, 0], [1, 0]]), axis=0)),
    ("sum_negative_axis_keepdims", lambda np: np.sum(np.array(_grid(2, 3)), axis=-1, keepdims=True)),
    ("sum_empty", lambda np: np.sum(np.zeros((0, 3)), axis=0)),
    ("mean_of_ints_is_float", lambda np: np.mean(np.array([1, 2, 4]))),
    ("max_empty_rejected", lambda np: np.max(np.array([]))),
    ("axis_out_of_range", lambda np: np.sum(np.zeros((2, 3)), axis=2)),
]


# ---------------------------------------------------------------- indexing

class _Keys:
    """``_KEY[1:3, ::2]`` returns the key itself: MicroPython cannot call slice(...)."""

    def __getitem__(self, key):
        return key


_KEY = _Keys()


def _setitem(np, data, key, value):
    a = np.array(data)
    a[key] = value
    return a


INDEXING = [
    ("int", lambda np: np.array([10, 20, 30])[1]),
    ("negative_int", lambda np: np.array([10, 20, 30])[-1]),
    ("row", lambda np: np.array(_grid(3, 4))[1]),
    ("row_negative", lambda np: np.array(_grid(3, 4))[-2]),
    ("element", lambda np: np.array(_grid(3, 4))[2, 1]),
    ("element_chained", lambda np: np.array(_grid(3, 4))[2][3]),
    ("column", lambda np: np.array(_grid(3, 4))[:, 1]),
    ("column_negative", lambda np: np.array(_grid(3, 4))[:, -1]),
    ("slice_rows", lambda np: np.array(_grid(5, 2))[1:4]),
    ("slice_step", lambda np: np.arange(10)[1:8:3]),
    ("slice_reverse", lambda np: np.arange(6)[::-1]),
    ("slice_negative_step_bounds", lambda np: np.arange(10)[8:2:-2]),
    ("slice_out_of_bounds", lambda np: np.arange(5)[3:100]),
    ("slice_2d", lambda np: np.array(_grid(5, 6))[1:4, ::2]),
    ("slice_2d_reverse_columns", lambda np: np.array(_int_grid(3, 4))[:, ::-1]),
    ("row_and_slice", lambda np: np.array(_int_grid(3, 4))[1, 1:3]),
    ("int_list", lambda np: np.array([10, 20, 30, 40])[[3, 0, 0]]),
    ("int_list_rows", lambda np: np.array(_int_grid(4, 2))[[2, 0]]),
    ("int_array_rows", lambda np: np.array(_int_grid(4, 2))[np.array([1, 3])]),
    ("range_and_labels", lambda np: np.array(_grid(4, 3))[range(4), np.array([0, 2, 1, 2])]),
    ("bool_mask_1d", lambda np: np.array([1.5, -2.0, 3.0, -0.5])[np.array([1.5, -2.0, 3.0, -0.5]) > 0]),
    ("bool_mask_2d", lambda np: np.array(_grid(3, 3))[np.array(_grid(3, 3)) < 0]),
    ("bool_mask_rows", lambda np: np.array(_int_grid(3, 2))[np.array([True, False, True])]),
    ("iterate_rows", lambda np: [row for row in np.array([[1, 2], [3, 4]])][1]),
    ("len", lambda np: len(np.zeros((5, 2)))),
    ("set_row_scalar", lambda np: _setitem(np, [[0.0, 0.0], [0.0, 0.0]], 0, 0.4)),
    ("set_element", lambda np: _setitem(np, [[1, 2], [3, 4]], (1, 0), 9)),
    ("set_column", lambda np: _setitem(np, _grid(3, 3), _KEY[:, 1], 0.0)),
    ("set_mask", lambda np: _setitem(np, _grid(3, 4), np.array(_grid(3, 4)) <= 0, 0)),
    ("set_row_broadcast", lambda np: _setitem(np, [[1, 2, 3], [4, 5, 6]], 1, np.array([7, 8, 9]))),
    ("set_slice", lambda np: _setitem(np, [1.0, 2.0, 3.0, 4.0], _KEY[1:3], -1.0)),
    ("set_float_into_int", lambda np: _setitem(np, [1, 2, 3], 0, 2.9)),
    ("set_fancy", lambda np: _setitem(np, [0, 0, 0, 0], [1, 3], 5)),
    ("row_view_is_live", lambda np: _row_view(np)),
    ("index_out_of_range", lambda np: np.array([1, 2, 3])[3]),
    ("index_out_of_range_2d", lambda np: np.zeros((2, 3))[0, 3]),
]


def _row_view(np):
    """Index a row, write through it, and return the parent: NumPy's row is a view."""
    a = np.zeros((2, 3))
    row = a[1]
    row[0] = 5.0
    row += 1.0
    return a


# ---------------------------------------------------------------- printing

PRINTING = [
    ("str_ints", lambda np: str(np.array([1, 2, 3]))),
    ("repr_ints", lambda np: repr(np.array([1, 2, 3]))),
    ("str_floats", lambda np: str(np.array([0.5, 1.0, -2.25]))),
    ("repr_floats", lambda np: repr(np.array([0.5, 1.0, -2.25]))),
    ("str_grid", lambda np: str(np.array(_grid(3, 4)))),
    ("repr_grid", lambda np: repr(np.array(_grid(3, 4)))),
    ("str_int_grid", lambda np: str(np.array(_int_grid(4, 5)) * 100)),
    ("repr_int_grid", lambda np: repr(np.array(_int_grid(3, 3)))),
    ("str_bools", lambda np: str(np.array([[True, False], [False, True]]))),
    ("repr_bools", lambda np: repr(np.array([True, False]))),
    ("str_zeros", lambda np: str(np.zeros((2, 3)))),
    ("repr_zeros", lambda np: repr(np.zeros(3))),
    ("str_whole_floats", lambda np: str(np.array([1.0, 20.0, -300.0]))),
    ("str_small_and_large", lambda np: str(np.array([1e-5, 1.0, 1e5]))),
    ("str_scientific", lambda np: str(np.array([1e-10, 2.5, 1e10]))),
    ("repr_scientific", lambda np: repr(np.array([[1e-10, 2.5], [3.0, 1e10]]))),
    ("str_tiny", lambda np: str(np.array([1e-20, 1e-21]))),
    ("str_precision", lambda np: str(np.array([1 / 3.0, 2 / 3.0, 1e-3]))),
    ("str_inf_nan", lambda np: str(np.array([1.0, float("inf"), -float("inf"), float("nan")]))),
    ("str_uint8", lambda np: str(np.array([0, 128, 255], dtype="uint8"))),
    ("repr_uint8", lambda np: repr(np.array([0, 128, 255], dtype="uint8"))),
    ("repr_empty", lambda np: repr(np.array([]))),
    ("repr_empty_2d", lambda np: repr(np.zeros((0, 3)))),
    ("str_0d", lambda np: str(np.array(2.5))),
    ("repr_0d", lambda np: repr(np.array(3))),
    ("str_long_row", lambda np: str(np.arange(40) * 1.5)),
    ("repr_long_row", lambda np: repr(np.arange(30))),
    ("str_wide_matrix", lambda np: str(np.array(_grid(3, 12)))),
    ("str_sigmoid_column", lambda np: str(1 / (1 + np.exp(-np.array([[-3.0], [0.0], [2.0]]))))),
    ("str_large_ints", lambda np: str(np.array([1, -1000000, 42]))),
    ("str_float_scalar", lambda np: str(np.array([0.1, 0.2]).sum())),
    ("str_int_scalar", lambda np: str(np.array([1, 2]).sum())),
    ("format_scalar", lambda np: "{:.6f}".format(np.mean(np.array(_grid(3, 3))))),
]


# ---------------------------------------------------------------- N-d arrays, views, more dtypes


def _write_through(np, make_view, value):
    """Make a view of a 3-d array, write into the view, and return the base (which must see the write)."""
    base = np.arange(24).reshape(2, 3, 4)
    view = make_view(base)
    view[...] = value
    return base


ND_VIEWS = [
    ("nd_arange_3d", lambda np: np.arange(24).reshape(2, 3, 4)),
    ("nd_sum_axes", lambda np: np.arange(24).reshape(2, 3, 4).sum(axis=(0, 2))),
    ("nd_mean_keepdims", lambda np: np.array(_grid(6, 4)).reshape(2, 3, 4).mean(axis=-1, keepdims=True)),
    ("nd_broadcast_3d", lambda np: np.arange(24).reshape(2, 3, 4) * np.array([1, 10, 100, 1000])),
    ("nd_transpose_axes", lambda np: np.arange(24).reshape(2, 3, 4).transpose(2, 0, 1)),
    ("nd_moveaxis", lambda np: np.moveaxis(np.arange(6).reshape(1, 2, 3), 0, -1)),
    ("nd_batched_matmul", lambda np: np.arange(12.0).reshape(2, 2, 3) @ np.arange(12.0).reshape(2, 3, 2)),
    ("nd_einsum", lambda np: np.einsum("bij,bjk->bik", np.ones((2, 2, 3)), np.arange(12.0).reshape(2, 3, 2))),
    ("nd_reshape_image", lambda np: np.arange(18).reshape(3, 3, 2).reshape(-1, 1)),
    ("nd_concatenate_last", lambda np: np.concatenate([np.zeros((2, 2, 1)), np.ones((2, 2, 2))], axis=-1)),
    ("nd_stack", lambda np: np.stack([np.arange(3), np.arange(3, 6)], axis=1)),
    ("nd_repr_3d", lambda np: repr(np.arange(12).reshape(2, 3, 2))),
    ("view_column", lambda np: _write_through(np, lambda a: a[:, 1], 7)),
    ("view_step", lambda np: _write_through(np, lambda a: a[..., ::2], -1)),
    ("view_transpose", lambda np: _write_through(np, lambda a: a.T[0], 9)),
    ("view_reshape", lambda np: _write_through(np, lambda a: a.reshape(6, 4)[1:3], 5)),
    ("view_base_write_seen", lambda np: (lambda a: (a.__setitem__((0, 1), 99), a[:, 1:3])[1])(np.zeros((2, 4)))),
    ("fancy_is_copy", lambda np: (lambda a: (a[[0, 1]].__setitem__(0, 5), a)[1])(np.zeros((2, 2)))),
    ("int8_wraps", lambda np: np.array([100, -100], dtype="int8") * 2),
    ("int32_sum", lambda np: np.array([2 ** 30, 2 ** 30], dtype="int32") + np.array([2 ** 30, 1], dtype="int32")),
    ("uint16_subtract", lambda np: np.array([1, 2], dtype="uint16") - 3),
    ("int64_wraps", lambda np: np.array([2 ** 62], dtype="int64") * 4),
    ("float32_rounds", lambda np: np.array([0.1, 0.2], dtype="float32") * 3),
    ("float32_repr", lambda np: repr(np.array([0.1, 1 / 3.0], dtype="float32"))),
    ("promote_int8_float32", lambda np: (np.array([1], dtype="int8") + np.array([0.5], dtype="float32")).dtype.name),
]
