"""tinynet as an Array API namespace (standard version 2024.12), compared with NumPy 2's main namespace.

The standard's own suite (data-apis/array-api-tests) cannot run in CI, so each behaviour it checks that
tinynet once got wrong is reproduced here directly: namespace inspection, devices, ``copy=`` and
``device=`` keywords, and the function forms ``astype``, ``real``, ``imag`` and ``pow``.
"""
import numpy
import pytest
from hypothesis import assume, given, settings, strategies as st

from strategies import ALL_DTYPES, REAL_DTYPES, agree_nd, nd_cases, undefined_in_c

SETTINGS = settings(max_examples=40, deadline=None)
KINDS = ("bool", "signed integer", "unsigned integer", "integral", "real floating", "complex floating", "numeric")


def _np_dtype(d):
    """NumPy's dtype for a dtype of either library (NumPy lists bool as the class numpy.bool)."""
    return numpy.dtype(d) if isinstance(d, (type, numpy.dtype)) else numpy.dtype(str(d))


def _names(mapping):
    return {key: str(value) for key, value in mapping.items()}


def test_namespace_version_and_info(tn):
    assert tn.__array_api_version__ == numpy.__array_api_version__ == "2024.12"
    info, np_info = tn.__array_namespace_info__(), numpy.__array_namespace_info__()
    assert info.capabilities() == np_info.capabilities()
    assert info.default_device() == np_info.default_device() == "cpu"
    assert info.devices() == np_info.devices()
    assert _names(info.default_dtypes()) == _names(np_info.default_dtypes())
    assert _names(info.default_dtypes(device="cpu")) == _names(np_info.default_dtypes(device="cpu"))


@pytest.mark.parametrize("kind", (None,) + KINDS + (("bool", "real floating"), ("integral", "complex floating")))
def test_info_dtypes_by_kind(tn, kind):
    got = tn.__array_namespace_info__().dtypes(kind=kind)
    want = numpy.__array_namespace_info__().dtypes(kind=kind)
    assert list(got) == list(want)
    assert [_np_dtype(d) for d in got.values()] == [numpy.dtype(d) for d in want.values()]


@pytest.mark.parametrize("call", [
    lambda info: info.dtypes(kind="float"),
    lambda info: info.dtypes(kind=("bool", "text")),
    lambda info: info.dtypes(device="gpu"),
    lambda info: info.default_dtypes(device="gpu"),
])
def test_info_rejects_bad_kind_and_device(tn, call):
    with pytest.raises(ValueError):
        call(numpy.__array_namespace_info__())
    with pytest.raises(ValueError):
        call(tn.__array_namespace_info__())


@pytest.mark.parametrize("version", [None, "2021.12", "2022.12", "2023.12", "2024.12"])
def test_array_namespace_versions(tn, version):
    assert tn.asarray([1, 2]).__array_namespace__(api_version=version) is tn


@pytest.mark.parametrize("version", ["2019.12", "2025.12", "latest"])
def test_array_namespace_unknown_version(tn, version):
    with pytest.raises(ValueError, match=version):
        tn.asarray([1]).__array_namespace__(api_version=version)


def test_device_and_to_device(tn):
    a = tn.asarray([[1.0, 2.0]])
    assert a.device == "cpu"
    assert a.to_device("cpu") is a
    with pytest.raises(ValueError, match="gpu"):
        a.to_device("gpu")
    with pytest.raises(TypeError, match="None"):
        a.to_device(None)
    with pytest.raises(ValueError, match="stream"):
        a.to_device("cpu", stream=1)


CREATORS = {
    "zeros": lambda xp, device: xp.zeros((2, 3), device=device),
    "ones": lambda xp, device: xp.ones(2, dtype="int8", device=device),
    "empty": lambda xp, device: xp.empty(0, device=device).shape,
    "full": lambda xp, device: xp.full((1, 2), 5, device=device),
    "zeros_like": lambda xp, device: xp.zeros_like(xp.asarray([1, 2]), device=device),
    "ones_like": lambda xp, device: xp.ones_like(xp.asarray([1.5]), dtype="float32", device=device),
    "full_like": lambda xp, device: xp.full_like(xp.asarray([[1]]), 7, device=device),
    "empty_like": lambda xp, device: xp.empty_like(xp.asarray([True]), device=device).shape,
    "eye": lambda xp, device: xp.eye(3, 4, k=-1, device=device),
    "arange": lambda xp, device: xp.arange(1, 7, 2, device=device),
    "linspace": lambda xp, device: xp.linspace(0, 1, 5, device=device),
    "asarray": lambda xp, device: xp.asarray([1, 2], device=device),
}


@pytest.mark.parametrize("name", sorted(CREATORS))
def test_creation_device_keyword(tn, name):
    make = CREATORS[name]
    for device in (None, "cpu"):
        got, want = make(tn, device), make(numpy, device)
        if isinstance(want, tuple):
            assert got == want
        else:
            assert str(got.dtype) == str(want.dtype) and got.tolist() == want.tolist()
    with pytest.raises(ValueError, match="gpu"):
        make(numpy, "gpu")
    with pytest.raises(ValueError, match="gpu"):
        make(tn, "gpu")


def test_asarray_copy_false_never_copies(tn):
    a = tn.asarray([1, 2, 3])
    assert tn.asarray(a, copy=False) is a
    assert tn.asarray(a, dtype="int64", copy=False) is a
    for make in (lambda xp: xp.asarray(xp.asarray([1, 2]), dtype="float64", copy=False),
                 lambda xp: xp.asarray([1, 2], copy=False)):
        with pytest.raises(ValueError):
            make(numpy)
        with pytest.raises(ValueError):
            make(tn)
    b = tn.asarray(a, copy=True)
    b[0] = 9
    assert a.tolist() == [1, 2, 3]


@SETTINGS
@given(case=nd_cases(dtype=st.sampled_from(ALL_DTYPES)), to=st.sampled_from(ALL_DTYPES), copy=st.booleans())
def test_astype_function(tn, case, to, copy):
    # nan, inf or a float out of an integer dtype's range casts to whatever the C compiler leaves: not compared
    assume(not undefined_in_c(case, to))
    agree_nd(lambda xp, a: xp.astype(a, to, copy=copy), tn, case)
    a = case.build(tn)
    assert (tn.astype(a, a.dtype, copy=False) is a) and (tn.astype(a, a.dtype) is not a)


def test_astype_needs_an_array(tn):
    for xp in (numpy, tn):
        with pytest.raises(TypeError, match="list"):
            xp.astype([1, 2], "float32")
        with pytest.raises(ValueError, match="gpu"):
            xp.astype(xp.asarray([1]), "float32", device="gpu")


@SETTINGS
@given(case=nd_cases(dtype=st.sampled_from(ALL_DTYPES)))
def test_real_imag_functions(tn, case):
    agree_nd(lambda xp, a: xp.real(a), tn, case)
    agree_nd(lambda xp, a: xp.imag(a), tn, case)


def test_real_imag_of_lists_and_scalars(tn):
    assert tn.real([1 + 2j, 3]).tolist() == numpy.real([1 + 2j, 3]).tolist()
    assert tn.imag([1, 2]).tolist() == numpy.imag([1, 2]).tolist()
    assert tn.real(3) == numpy.real(3) == 3


@SETTINGS
@given(a=nd_cases(dtype=st.sampled_from(REAL_DTYPES[1:])), b=st.integers(0, 3))
def test_pow_is_power(tn, a, b):
    assert tn.pow is tn.power
    agree_nd(lambda xp, x: xp.pow(x, b), tn, a)


# sort and argsort take the Array API's descending= (NumPy has no such keyword): the reference is
# Python's stable sorted() on the negated keys, so equal values keep their original order.

@SETTINGS
@given(rows=st.lists(st.lists(st.integers(-3, 3), min_size=0, max_size=6), min_size=1, max_size=4),
       dtype=st.sampled_from(("int8", "int64", "uint8", "float32", "float64")))
def test_sort_descending_is_stable(tinynet_only, rows, dtype):
    tn = tinynet_only
    width = min(len(r) for r in rows)
    rows = [[abs(v) if dtype == "uint8" else v for v in r[:width]] for r in rows]
    a = tn.asarray(rows, dtype=dtype)
    want = [sorted(range(width), key=lambda i, r=r: -r[i]) for r in rows]
    assert tn.argsort(a, descending=True).tolist() == want
    assert tn.argsort(a, axis=-1, stable=True, descending=True).tolist() == want
    assert tn.sort(a, descending=True).tolist() == [[float(r[i]) if "float" in dtype else r[i] for i in w]
                                                    for r, w in zip(rows, want)]
    columns = [list(c) for c in zip(*rows)]
    by_column = [sorted(range(len(rows)), key=lambda i, c=c: -c[i]) for c in columns]
    assert tn.argsort(a, axis=0, descending=True).T.tolist() == by_column
    flat = [v for r in rows for v in r]
    assert tn.argsort(a, axis=None, descending=True).tolist() == sorted(range(len(flat)), key=lambda i: -flat[i])
    assert tn.sort(a, descending=False).tolist() == numpy.sort(numpy.asarray(rows, dtype=dtype)).tolist()


def test_sort_descending_puts_nan_first(tinynet_only):
    a = tinynet_only.asarray([1.0, float("nan"), 3.0, -0.0, 0.0])
    got = tinynet_only.sort(a, descending=True).tolist()
    assert numpy.isnan(got[0]) and got[1:] == [3.0, 1.0, -0.0, 0.0]
    assert str(got[3]) == "-0.0"


@pytest.mark.parametrize("call", [
    lambda xp, a: xp.clip(a, 1, 3),
    lambda xp, a: xp.clip(a, min=1, max=3),
    lambda xp, a: xp.clip(a, max=2),
    lambda xp, a: xp.clip(a, min=xp.asarray([0, 2, 4, 0, 0])),
    lambda xp, a: xp.clip(a, a_min=1, a_max=2),
    lambda xp, a: xp.clip(a, None, 3),
])
def test_clip_min_max_keywords(tn, call):
    got, want = call(tn, tn.asarray([0, 1, 2, 3, 4])), call(numpy, numpy.asarray([0, 1, 2, 3, 4]))
    assert str(got.dtype) == str(want.dtype) and got.tolist() == want.tolist()


SCALAR_KEYS = ((), Ellipsis, None, (None, None), (Ellipsis, None))


@pytest.mark.parametrize("dtype", ALL_DTYPES)
def test_scalar_indexing(tn, dtype):
    """x[()] of a scalar is the scalar (the suite indexes 0-d arrays and scalars alike); x[...] a 0-d array."""
    for key in SCALAR_KEYS:
        agree_nd(lambda xp, a: a[()][key], tn, _zero_d(dtype))
    for key in (0, slice(None), (0,)):
        for xp in (numpy, tn):
            with pytest.raises(IndexError, match="scalar"):
                xp.asarray(1, dtype=dtype)[()][key]


def _zero_d(dtype):
    from strategies import NdCase

    return NdCase(1, (), dtype)
