"""Differential tests of the index helpers and triangles (tinynet/lib/index_tricks.py, lib/twodim.py).

unravel_index, ravel_multi_index, indices, ix_, mgrid, ogrid, s_, index_exp, diag_indices(_from),
fill_diagonal, tri, tril, triu, tril_indices, triu_indices, *_from and mask_indices, against NumPy.
"""
import numpy
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from strategies import ALL_DTYPES, NdCase, agree_nd, nd_cases, nd_shapes

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
MODES = st.sampled_from(["raise", "wrap", "clip"])
ORDERS = st.sampled_from(["C", "F"])


@given(shape=nd_shapes(0, 4, max_side=5), data=st.data(), order=ORDERS)
@SETTINGS
def test_unravel_and_ravel(tn, shape, data, order):
    size = int(numpy.prod(shape))
    index_shape = data.draw(nd_shapes(0, 2, max_side=3))
    n = int(numpy.prod(index_shape))
    flat = data.draw(st.lists(st.integers(-1, size + 1), min_size=n, max_size=n))
    idx = numpy.array(flat, dtype=numpy.int64).reshape(index_shape)
    agree_nd(lambda np: np.unravel_index(np.asarray(idx.tolist(), dtype=np.int64), shape, order=order), tn,
             message=True)
    coords = [data.draw(st.integers(-2, max(shape[k], 1) + 1)) if not index_shape else
              numpy.array(data.draw(st.lists(st.integers(-2, shape[k] + 1), min_size=n, max_size=n)),
                          dtype=numpy.int64).reshape(index_shape).tolist() for k in range(len(shape))]
    mode = data.draw(st.one_of(MODES, st.lists(MODES, min_size=len(shape), max_size=len(shape)).map(tuple)))
    # int64 arrays, not lists: NumPy 2.4 fails with a SystemError on empty lists for an empty shape
    agree_nd(lambda np: np.ravel_multi_index([np.asarray(c, dtype=np.int64) for c in coords], shape, mode=mode,
                                             order=order), tn, message=True)


def test_unravel_and_ravel_errors(tn):
    agree_nd(lambda np: np.unravel_index(10, (2, 3)), tn, message=True)
    agree_nd(lambda np: np.unravel_index([1.0], (2, 3)), tn, message=True)
    agree_nd(lambda np: np.unravel_index([], (2, 3)), tn, message=True)
    agree_nd(lambda np: np.unravel_index(0, ()), tn)
    agree_nd(lambda np: np.ravel_multi_index((1,), (2, 3)), tn, message=True)
    agree_nd(lambda np: np.ravel_multi_index((1.0, 2), (2, 3)), tn, message=True)
    agree_nd(lambda np: np.ravel_multi_index(([1], [5]), (2, 3)), tn, message=True)


@given(dims=nd_shapes(0, 4, max_side=4), sparse=st.booleans(),
       dtype=st.sampled_from(["int64", "int8", "float64", "uint16"]))
@SETTINGS
def test_indices(tn, dims, sparse, dtype):
    agree_nd(lambda np: np.indices(dims, dtype=dtype, sparse=sparse), tn)


@given(data=st.data())
@SETTINGS
def test_ix_(tn, data):
    seqs = []
    for _ in range(data.draw(st.integers(0, 4))):
        if data.draw(st.booleans()):
            seqs.append(data.draw(st.lists(st.booleans(), max_size=4)) or [False])
        else:
            seqs.append(data.draw(st.lists(st.integers(-3, 5), max_size=4)))
    agree_nd(lambda np: np.ix_(*seqs), tn)
    agree_nd(lambda np: np.ix_([[1]]), tn, message=True)


SLICES = st.one_of(
    st.tuples(st.integers(-3, 3), st.integers(-3, 6), st.sampled_from([None, 1, 2, -1, 3])),
    st.tuples(st.sampled_from([0.0, 0.5, -1.5]), st.sampled_from([2.0, 3.25, -0.5]), st.sampled_from([0.5, 1.0])),
    st.tuples(st.integers(-2, 2), st.integers(-2, 5), st.integers(0, 5).map(lambda n: complex(0, n))))


@given(parts=st.lists(SLICES, min_size=1, max_size=3), single=st.booleans())
@SETTINGS
def test_mgrid_ogrid(tn, parts, single):
    slices = tuple(slice(a, b, c) for a, b, c in parts)
    key = slices[0] if single else slices
    agree_nd(lambda np: np.mgrid[key], tn)
    agree_nd(lambda np: np.ogrid[key], tn)


def test_s_and_index_exp(tn):
    assert tn.s_[1:2, None, ...] == numpy.s_[1:2, None, ...]
    assert tn.s_[3] == numpy.s_[3]
    assert tn.index_exp[3] == numpy.index_exp[3]
    assert tn.index_exp[::2, 1] == numpy.index_exp[::2, 1]


@given(n=st.integers(0, 5), ndim=st.integers(1, 4))
@SETTINGS
def test_diag_indices(tn, n, ndim):
    agree_nd(lambda np: np.diag_indices(n, ndim), tn)
    agree_nd(lambda np: np.diag_indices_from(np.zeros((n,) * ndim)), tn, message=True)
    agree_nd(lambda np: np.diag_indices_from(np.zeros((n, n + 1))), tn, message=True)


@given(a=nd_cases(shape=nd_shapes(1, 4, max_side=5)), data=st.data(), wrap=st.booleans())
@SETTINGS
def test_fill_diagonal(tn, a, data, wrap):
    val = data.draw(nd_cases(shape=nd_shapes(0, 1, max_side=3), dtype=st.sampled_from(ALL_DTYPES), small=True))
    agree_nd(lambda np, x, v: np.fill_diagonal(x, v, wrap=wrap), tn, a, val, message=True)


@given(n=st.integers(0, 5), m=st.one_of(st.none(), st.integers(0, 5)), k=st.integers(-6, 6),
       dtype=st.sampled_from(ALL_DTYPES))
@SETTINGS
def test_tri_and_indices(tn, n, m, k, dtype):
    agree_nd(lambda np: np.tri(n, m, k, dtype=dtype), tn)
    agree_nd(lambda np: np.tril_indices(n, k, m), tn)
    agree_nd(lambda np: np.triu_indices(n, k, m), tn)
    agree_nd(lambda np: np.tril_indices_from(np.zeros((n, n if m is None else m)), k), tn)
    agree_nd(lambda np: np.triu_indices_from(np.zeros((n, n if m is None else m)), k), tn)
    agree_nd(lambda np: np.mask_indices(n, np.triu, k), tn)
    agree_nd(lambda np: np.mask_indices(n, np.tril, k), tn)


@given(a=nd_cases(shape=nd_shapes(0, 4, max_side=4)), k=st.integers(-5, 5))
@SETTINGS
def test_tril_triu(tn, a, k):
    agree_nd(lambda np, x: np.tril(x, k), tn, a)
    agree_nd(lambda np, x: np.triu(x, k), tn, a)


def test_triangle_errors(tn):
    agree_nd(lambda np: np.tril_indices_from(np.ones(3)), tn, message=True)
    agree_nd(lambda np: np.fill_diagonal(np.ones(3), 1), tn, message=True)
