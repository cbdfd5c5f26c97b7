"""Each defect reported against tinynet's array core, as one expression run in NumPy and in tinynet.

The outcome must match: the same shape, dtype and values, or an exception of NumPy's type (with NumPy's
message where the test asks for it).  Every case also runs with NumPy on both sides (--array-lib=numpy).
"""
import pytest

from strategies import agree_nd

SAME_RESULT = [
    "np.sort(np.array([[3, 1], [2, 0]]), axis=None)",
    "np.eye(0)",
    "np.tile(np.array([1, 2]), (1, 2, 2))",
    "np.meshgrid(np.arange(2), np.arange(3), np.arange(4))[2]",
    "np.array(4.0)[None, None, None]",
    "np.mean(np.array([1, 2]), dtype=np.float32)",
    "np.var(np.array([1.0, 2.0, 4.0]), dtype=np.float32)",
    "np.std(np.array([1, 2, 4]), dtype=np.float32)",
    "np.around(np.array([1.5, 0.0]), 400)",
    "np.around(np.array([1.5e10]), -400)",
    "np.array([3]) ** 2**62",
    "np.zeros((10**12, 0)).shape",
    "np.array([[1.0, 2.0], [3.0, 4.0]]).T.sum()",
    # found by tests/test_fuzz_numpy.py
    "np.var(np.array([5, 10, 6, 5, 1, 1, 5, 0, 5, 1, 0, 0, 2, 10, 9, 3], dtype='uint32'), dtype='uint16')",
    "np.std(np.array(3, dtype='int32'), dtype='bool')",
    "np.std(np.array([1, 2, 4]), dtype=np.int64)",
    "np.std(np.zeros((0, 2), dtype='float16'), dtype='int8')",
    "np.cumsum(np.array([1, 0, 2], dtype='uint8'), dtype='bool')",
    "np.round(np.array([True, False]))",
    "np.round(np.array(False))",
    "np.mean(np.array([[-8.5, 1.5, 6.5], [0.0, -10.0, 2.0]], dtype='float32'), keepdims=True, dtype='int')",
    "np.mean(np.array([1, 2, 4]), dtype='int8')",
    "np.count_nonzero(np.array(False))",
    # found by non-derandomized runs of the Hypothesis tests
    "np.var(np.array([1+2j, 3-1j, 0.1+7j], dtype='complex64'), dtype='float16')",
    "np.std(np.array([[1+2j, 3-1j], [0.1+7j, 1e3j]]), dtype='float32', axis=0, ddof=1, keepdims=True)",
    "np.var(np.zeros((0, 2), dtype='complex64'), dtype='float64', axis=0)",
    "np.abs(np.array([0.42-1.1j, 1.14-0.33j], dtype='complex64'))",  # the scaled formula, not hypot
    "np.abs(np.array([-0.01+0.63j, -0.62-0.78j, 0j, complex('nan+infj')]))",
    "abs(np.complex64(0.42-1.1j))",  # a scalar's abs is C's hypot
    "abs(np.complex128(-0.1-1.87j))",
    "np.tile(np.ones(2), np.int8(2))",
    "np.clip(np.array([1, 3], dtype='uint64'), None, None)",
    "5 >> np.int64(-1)",
    "np.bool(False) << -4",
    "np.argsort(np.array(1, dtype='uint8'), axis=-1)",
    "np.full(3, -1.704148981241182e+217, dtype='int16')",
    "'a' != np.array(False)",
    "np.array([1, 2]) == 'a'",
    "np.array([[1.5]]) != None",
    "np.full(2, 1.5, dtype='int8')",
    "np.tile(np.zeros((0, 4)), (-1, 2))",
    "np.around(np.array([5 - 10j, 1j], dtype='complex64'), 400)",
    "np.arange(2, dtype='bool')",
    "np.arange(0, 1, np.inf)",
    "np.linspace(-4, 0.3729584563057813, dtype='int64')",
    "np.linspace(1, -4, num=5, dtype='uint16')",
    "np.around(np.array([0.0, 1.5], dtype='float16'), 5)",
    "np.around(np.array([1.5, 2.25], dtype='float32'), 39)",
    "np.repeat(np.array(5), 2, axis=0)",
    "np.var(np.array(False), dtype='c8')",
    "np.std(np.array([[1, 2], [3, 5]]), axis=0, dtype='complex64')",
    "np.squeeze(np.array(False), axis=0)",
    # found by tests/test_fuzz_complex.py
    "np.isinf(np.array([complex(1, float('inf')), complex(float('nan'), float('-inf')), 1j]))",
    "np.isfinite(np.array([complex(1, float('inf')), complex(float('nan'), 1), 1j]))",
    "np.isclose(np.array([1e-9 + 2j, 1 + 0j, complex(1, float('inf'))]), "
    "np.array([complex(float('inf'), 2), complex(0, float('-inf')), complex(1, float('inf'))]))",
    "np.arcsin(np.array([complex('inf+nanj'), complex('-inf+nanj'), 5e-324j]))",
    "np.arccos(np.array([complex('inf+nanj'), complex('-inf+nanj')]))",
    "np.arccosh(np.array([complex('nanj'), complex('-0+nanj')]))",
    "np.arctan(np.array([complex('inf+nanj'), 5e-324j]))",
    "np.arcsinh(np.array([5e-324 + 0j, 1e-310j]))",
    "np.exp(np.array([complex('-inf-infj'), complex(-745, float('-inf'))]))",
    "np.isfinite(np.exp(np.array([complex(710, 1.0), complex(1000, 5e-324)])))",
    "np.exp2(np.array([complex('inf+0j'), complex('inf+1j'), complex('-inf-infj')]))",
    "np.power(np.array([1j, -1j, complex('infj')]), np.array([complex('inf+infj'), -1, complex('-inf+0j')]))",
    # the sign of a zero sum: matmul and its gufuncs add from +0.0; dot (and inner, tensordot) hand float32/64
    # and complex operands of at most 2 axes to BLAS, which returns a lone product as it is
    "np.vecdot(np.array([[0.0]]), np.array([[-0.5]]))",
    "np.vecdot(np.array([-0.0], dtype='float16'), np.array([0.5], dtype='float16'))",
    "np.matmul(np.array([[complex(-0.0, -0.0)]]), np.array([[0.5 + 0j]]))",
    "np.matmul(np.full((2, 1, 1), -0.0, dtype='float32'), np.full((1, 1), 0.5, dtype='float32'))",
    "np.matvec(np.array([[0.0]]), np.array([-0.5]))",
    "np.vecmat(np.array([0.0]), np.array([[-0.5]]))",
    "np.einsum('i,i', np.array([0.0]), np.array([-0.5]))",
    "np.einsum('i,j', np.array([-0.0]), np.array([0.5]))",
    "np.einsum('i->', np.array([-0.0]))",
    "np.einsum('ii', np.array([[complex(-0.0, -0.0)]]))",
    "np.einsum('ii->i', np.array([[-0.0]]))",
    "np.array([[0.0]]) @ np.array([[-0.5]])",
    "np.dot(np.array([0.0]), np.array([-0.5]))",
    "np.dot(np.array([[0.0]]), np.array([-0.5]))",
    "np.dot(np.array(-0.0), np.array([0.5, 0.5]))",
    "np.dot(np.array(-0.0), np.full((1, 1, 2), 0.5))",
    "np.dot(np.array(-0.0, dtype='float16'), np.array([0.5, 0.5], dtype='float16'))",
    "np.inner(np.array([0.0]), np.array([-0.5]))",
    "np.inner(np.array(-0.0), np.array([[0.5, 0.5]]))",
    "np.tensordot(np.array([0.0]), np.array([-0.5]), 1)",
    "np.tensordot(np.array([-0.0, -0.0]), np.array([0.5]), 0)",
    "np.tensordot(np.array([-0.0]), np.array([0.5], dtype='float32'), 0)",
]

SAME_ERROR = [
    "np.eye(-1)",
    # found by non-derandomized runs of tests/test_selection.py::test_copyto: under 'equiv' the Python value
    # is refused as the dtype it would take (complex64 here) before the cast to float16 is looked at
    "np.copyto(np.zeros(2, dtype='float16'), 1j, casting='equiv')",
    "np.copyto(np.zeros((), dtype='float32'), 1j, casting='equiv')",
    "np.copyto(np.zeros(2, dtype='float64'), 1j, casting='equiv')",
    "np.trace(np.array([1, 2]))",
    "np.array([300], dtype='uint8')",
    "np.zeros(2, dtype=np.uint8).fill(-1)",
    "np.zeros(2**63)",
    "np.tile(np.ones((2, 2)), ())",
    "np.linalg.solve(np.eye(2), np.array(1.0))",
    "np.eye(10**20)",
    "np.random.rand(1, 10**20)",
    "np.arange(1e12)",
    "np.ones((10**5, 1)) @ np.ones((1, 10**5))",
    "np.ones((10**5, 1)) + np.ones((1, 10**5))",
    # a list nested 500 and 5,000 deep (eval of the brackets would be Python's own SyntaxError)
    "np.array(__import__('functools').reduce(lambda x, _: [x], range(500), 1))",
    "np.array(__import__('functools').reduce(lambda x, _: [x], range(5000), 1))",
    # found by tests/test_fuzz_numpy.py
    "np.std(np.array([[1, 2], [3, 5]]), axis=1, dtype=np.int16)",
    "np.var(np.array([[True, True]]), dtype='bool')",
    "np.cumsum(np.array(2 + 4j), axis=(1, -1))",
    "np.sum(np.ones(2), axis=2**63)",
    "np.swapaxes(np.ones((2, 2)), -2**63 - 1, 0)",
    "np.ones(2)[2**63]",
    "np.ones(2)[-2**63 - 1]",
    "np.around(np.ones(2), 2**63)",
    "np.around(np.ones(2, dtype='float16'), 2**31)",
    "np.around(np.ones(2), -2**31 - 1)",
    "np.around(np.ones(2), 1.5)",
    "np.arange(1e300, np.inf, 1e300)",
    "np.arange(np.inf, 1, -4)",
    "np.tile(np.zeros((0, 4)), (2.5, 3))",
    "np.tile(np.ones(2), 2**63)",
    "np.tile(np.zeros((0, 4)), (10**20, 2**62, 2))",
    "np.transpose(np.ones(3), ())",
    "np.random.rand(2, True)",
    "np.clip(np.array([True]), None, None)",
    "np.argsort(np.array(1, dtype='uint8'), axis=(0, 0))",
    "np.argsort(np.array(1, dtype='uint8'), axis=-5)",
    "np.sort(np.array(5), axis=-2**63 - 1)",
    "np.ones(2)[2**64]",
    "np.linspace(0, 1, '3')",
    "np.zeros((1, 4, 0, 3)).fill(1j)",
    "np.zeros(2).fill([1, 2])",
    "np.zeros(2, dtype=np.int8).fill((1, 2))",
    "np.arange(3, dtype='bool')",
    "np.can_cast('bool', None)",
    "np.arange(1e300, 0)",
    "np.zeros((0, 10**11, 10**11))",
    "np.random.rand(0, 10**11, 10**11)",
    "np.repeat(np.zeros(0, dtype=bool), 2**63)",
    "np.repeat(np.array(5), 2, axis=1)",
    # lengths past the index range beside a 0: NumPy checks size * itemsize, zeros skipped, for every array
    "np.tile(np.zeros(1), (10**11, 0, 10**11))",
    "np.tile(np.zeros(1), (2**62, 0, 2))",
    "np.tile(np.zeros(0), (2**62, 0, 2))",
    "np.zeros((2**60, 0, 1))",
    "np.full((2**63 - 1, 0), 1, dtype='int16')",
    "np.zeros(0).reshape(10**11, 0, 10**11)",
    "np.zeros((0, 3), dtype='int8').reshape((2**62, 0, 2))",
    "np.zeros(0).reshape(2**61, 4, 0)",
    "np.zeros(0).reshape(10**11, -1, 10**11)",
    "np.broadcast_to(np.zeros(1), (2**61, 3, 0))",
    "np.broadcast_to(np.zeros(1, dtype='int8'), (2**61, 4, 0))",
    "np.broadcast_to(np.zeros(1), (2**61,))",
    "np.broadcast_to(np.zeros(1), (0, 2**62, 2))",
    "np.indices((10**11, 0, 10**11))",
    "np.indices((2**58, 0, 1), sparse=True)",
    "np.empty((2**60, 0, 1), dtype='int8').astype('float64')",
    "np.empty((7, 0, 2**59), dtype='int8') + 1.5",
    "np.stack([np.empty((7, 0, 2**59), dtype='int8')] * 9)",
    "np.empty((2**60, 0, 1), dtype='int8').cumsum(axis=0)",
    "np.empty((2**58, 0), dtype='int8').sum(axis=-1)",
    "np.empty((7, 0, 2**59), dtype='bool').sum(axis=1)",
    "np.empty((2**40, 0)).max(axis=1)",
    "np.any(np.empty((2**58, 0)), axis=1)",
    "np.mean(np.empty((0, 2**61, 3), dtype='int8'), axis=0)",
    "np.var(np.empty((2**40, 0), dtype='complex64'), axis=1)",
    "np.median(np.empty((2**58, 0), dtype='int8'), axis=-1)",
    "np.median(np.empty((7, 0, 2**59), dtype='float32'), axis=1)",
    "np.broadcast_to(np.zeros(1), (2**58, 0)).sum(axis=1)",
    # two faults in one call: NumPy's first error (found by tests/test_fuzz_numpy.py)
    "np.swapaxes(np.zeros(2), 2**63, None)",
    "np.swapaxes(np.zeros((0, 0)), -2**63 - 1, 1.0)",
    "np.array_split(np.zeros(3), 4, axis=-2**63 - 1)",
    "np.array_split(np.zeros(3), 2, axis=5)",
    "np.array_split(np.zeros(3), 2, axis=1.5)",
    "np.zeros((1, 4, 2, 1))['0', '0', 2**63]",
    "np.zeros((3, 2))[1.5, 2**63]",
    # found by running published NumPy teaching code (docs/reliability.md, "Published NumPy code")
    "float(np.array([1.5]))",
    "int(np.ones((1, 1), dtype=np.int8))",
    "complex(np.array([[2j]]))",
    "np.zeros((2, 2), order='K')",
    "np.ones(3, order=3)",
    "np.clip(np.array([1, 9]), 0, 5.5, out=np.zeros(2, dtype=np.int64))",
    "np.clip(np.array([1, 9], dtype=np.uint8), 3, -1)",
]

# beside the errors above: the same huge lengths where NumPy's result fits (a reduction never makes its
# input in the wider dtype it adds in)
HUGE_BUT_EMPTY = [
    "np.zeros((2**59, 0, 1)).shape",
    "np.zeros((2**63 - 1, 0), dtype='int8').shape",
    "np.zeros(0, dtype='int8').reshape(2**63 - 1, 0, 1).shape",
    "np.broadcast_to(np.zeros(1), (2**62, 0)).shape",
    "np.empty((2**60, 0, 1), dtype='int8').sum(axis=0)",
    "np.empty((2**60, 0, 1), dtype='bool').mean(axis=0)",
    "np.empty((7, 0, 2**59), dtype='int8').cumsum()",
    "np.var(np.empty((2**60, 0, 1), dtype='float32'), axis=0)",
]

IN_PLACE = [
    ("a @= np.ones((2, 3))", "np.ones((2, 2))"),
    ("a @= np.zeros(0, dtype='float32')", "np.zeros(0, dtype='float32')"),
    ("a @= np.complex128(1j)", "np.array([6, 626, 4, 2438], dtype='uint64')"),
    ("a @= np.zeros((2, 0))", "np.array(-5, dtype='int16')"),
    ("a += 0.5", "np.ones((2, 2), dtype=np.int64)"),
    ("a += np.zeros((3, 3))", "np.zeros(3, dtype=np.int64)"),
    ("del a[1:3]", "np.arange(5)"),
    ("del a[0]", "np.ones((2, 2))"),
    # an index array past the bounds and a bad value: NumPy converts and broadcasts the value first
    ("a[[2]] = 'a'", "np.zeros((1, 4, 0, 4))"),
    ("a[[2, 2, 5]] = np.zeros(0, dtype='int16')", "np.zeros(0, dtype='int32')"),
    ("a[[5], 0] = 'a'", "np.zeros((3, 2))"),
    ("a[:, [5]] = 'a'", "np.zeros((3, 2))"),
]


@pytest.mark.parametrize("expression", SAME_RESULT)
def test_same_result(tn, expression):
    agree_nd(lambda np: eval(expression), tn)


@pytest.mark.parametrize("expression", SAME_ERROR)
def test_same_error(tn, expression):
    agree_nd(lambda np: eval(expression), tn, message=True)


@pytest.mark.parametrize("expression", HUGE_BUT_EMPTY)
def test_huge_lengths_beside_a_zero(tn, expression):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # the mean of nothing
        agree_nd(lambda np: eval(expression), tn)


@pytest.mark.parametrize("statement, start", IN_PLACE)
def test_in_place_errors_leave_the_array_alone(tn, statement, start):
    def run(np):
        a = eval(start)
        try:
            exec(statement, {"np": np, "a": a})
        except (TypeError, ValueError) as error:
            return type(error).__name__, str(error), a
        return "no error", "", a

    agree_nd(run, tn)


def test_median_of_nothing_is_nan_with_a_warning(tn):
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        value = tn.median(tn.array([]))
    assert value != value
    assert any(issubclass(w.category, RuntimeWarning) for w in caught)
