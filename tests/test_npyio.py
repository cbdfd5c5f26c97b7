""".npy/.npz files, tobytes/tofile, frombuffer/fromfile/fromstring against NumPy, byte for byte.

Every dtype and N-d shapes (0-d and size 0 included): what the library under test writes must be the very
bytes NumPy writes for a .npy file, NumPy must read it back, and the library must read what NumPy writes
(C and Fortran order, little- and big-endian).
"""
import io
import os

import numpy
import pytest
from hypothesis import given, settings, strategies as st

from strategies import ALL_DTYPES, assert_same_nd, nd_cases, nd_shapes, to_numpy

SETTINGS = settings(max_examples=int(os.environ.get("TINYNET_IO_EXAMPLES", "60")), deadline=None)
TWO_AXES_OR_MORE = nd_shapes(min_dims=2, max_dims=4, max_side=3)


def _npy_bytes(lib, a):
    buf = io.BytesIO()
    lib.save(buf, a)
    return buf.getvalue()


@SETTINGS
@given(nd_cases())
def test_save_writes_numpys_bytes(tn, case):
    assert _npy_bytes(tn, case.build(tn)) == _npy_bytes(numpy, case.build(numpy))


@SETTINGS
@given(nd_cases(shape=TWO_AXES_OR_MORE))
def test_save_of_fortran_ordered_and_strided_views(tn, case):
    for view in (lambda a: a.T, lambda a: a[..., ::-1], lambda a: a[::2]):
        assert _npy_bytes(tn, view(case.build(tn))) == _npy_bytes(numpy, view(case.build(numpy)))


@SETTINGS
@given(nd_cases(), st.booleans())
def test_load_reads_what_numpy_writes(tn, case, fortran):
    a = case.build(numpy)
    if fortran:
        a = numpy.asfortranarray(a)
    loaded = tn.load(io.BytesIO(_npy_bytes(numpy, a)))
    assert_same_nd(loaded, a)


@SETTINGS
@given(nd_cases(dtype=st.sampled_from(ALL_DTYPES[1:])))
def test_load_reads_big_endian_files(tn, case):
    a = case.build(numpy)
    loaded = tn.load(io.BytesIO(_npy_bytes(numpy, a.astype(a.dtype.newbyteorder(">")))))
    assert loaded.dtype.name == case.dtype
    assert_same_nd(tn.asarray(loaded, dtype=case.dtype), a)  # NumPy keeps '>' in its dtype; compare natively


@SETTINGS
@given(nd_cases())
def test_numpy_reads_what_save_writes(tn, case):
    back = numpy.load(io.BytesIO(_npy_bytes(tn, case.build(tn))))
    assert_same_nd(back, case.build(numpy))


@SETTINGS
@given(st.lists(nd_cases(shape=nd_shapes(max_dims=3)),
                min_size=1, max_size=3), st.booleans())
def test_npz_round_trips_both_ways(tn, cases, compressed):
    named = {"a%d" % i: c for i, c in enumerate(cases)}
    for writer, reader in ((tn, numpy), (numpy, tn)):
        buf = io.BytesIO()
        (writer.savez_compressed if compressed else writer.savez)(
            buf, **{k: c.build(writer) for k, c in named.items()})
        buf.seek(0)
        with reader.load(buf) as npz:
            assert sorted(npz.files) == sorted(named)
            for k, c in named.items():
                assert_same_nd(to_numpy(npz[k]) if reader is tn else npz[k], c.build(numpy))


def test_save_to_a_path_adds_the_suffix_and_replaces_atomically(tn, tmp_path):
    path = str(tmp_path / "w")
    tn.save(path, tn.arange(3))
    tn.save(path, tn.arange(4))  # over the old file
    assert sorted(os.listdir(str(tmp_path))) == ["w.npy"]
    assert numpy.load(path + ".npy").tolist() == [0, 1, 2, 3]
    tn.savez(tmp_path / "z", x=tn.ones(2))
    assert numpy.load(str(tmp_path / "z.npz"))["x"].tolist() == [1.0, 1.0]


def test_a_failed_save_leaves_the_old_file_and_no_temporary(tinynet_only, tmp_path, monkeypatch):
    from tinynet.lib import format as npy_format

    path = str(tmp_path / "keep.npy")
    numpy.save(path, numpy.arange(5))
    before = open(path, "rb").read()

    def broken(fh, a):
        fh.write(b"half an array")
        raise OSError("disk full")

    monkeypatch.setattr(npy_format, "write_array", broken)
    with pytest.raises(OSError, match="disk full"):
        tinynet_only.save(path, tinynet_only.arange(3))
    assert open(path, "rb").read() == before
    assert os.listdir(str(tmp_path)) == ["keep.npy"]


def test_npzfile_is_a_lazy_mapping(tn, tmp_path):
    path = str(tmp_path / "m.npz")
    numpy.savez(path, numpy.arange(2), y=numpy.eye(2))
    with tn.load(path) as f:
        assert f.files == ["y", "arr_0"]
        assert "y" in f and "q" not in f and len(f) == 2 and list(f) == ["y", "arr_0"]
        assert f.f.y.tolist() == [[1.0, 0.0], [0.0, 1.0]]
        assert f["arr_0.npy"].tolist() == [0, 1]
        with pytest.raises(KeyError, match="q is not a file in the archive"):
            f["q"]


# ---------------------------------------------------------------------------------------------------------
# bad input
# ---------------------------------------------------------------------------------------------------------


def _raises_like_numpy(tn, fn):
    with pytest.raises(Exception) as expected:
        fn(numpy)
    with pytest.raises(type(expected.value)) as got:
        fn(tn)
    assert str(got.value) == str(expected.value)


def test_object_arrays_and_pickles_are_refused(tn):
    buf = io.BytesIO()
    numpy.save(buf, numpy.array([1, None], dtype=object))
    _raises_like_numpy(tn, lambda xp: xp.load(io.BytesIO(buf.getvalue())))
    _raises_like_numpy(tn, lambda xp: xp.load(io.BytesIO(b"certainly not an array")))
    _raises_like_numpy(tn, lambda xp: xp.load(io.BytesIO(b"")))


def test_truncated_files(tn):
    data = _npy_bytes(numpy, numpy.arange(10.0))
    _raises_like_numpy(tn, lambda xp: xp.load(io.BytesIO(data[:-8])))
    _raises_like_numpy(tn, lambda xp: xp.load(io.BytesIO(data[:20])))


def test_savez_name_clash(tn):
    _raises_like_numpy(tn, lambda xp: xp.savez(io.BytesIO(), xp.arange(3), arr_0=xp.arange(2)))


def test_mmap_mode_is_refused_clearly(tinynet_only, tmp_path):
    path = str(tmp_path / "a.npy")
    numpy.save(path, numpy.arange(3))
    with pytest.raises(ValueError, match="memmap"):
        tinynet_only.load(path, mmap_mode="r")


def test_out_of_scope_dtypes_are_refused_clearly(tinynet_only):
    for a in (numpy.array(["ab"]), numpy.zeros(2, dtype="i4,f8"), numpy.array(["2020-01-01"], dtype="M8[D]")):
        with pytest.raises(ValueError, match="out of scope"):
            tinynet_only.load(io.BytesIO(_npy_bytes(numpy, a)))


# ---------------------------------------------------------------------------------------------------------
# tobytes, tofile, frombuffer, fromfile, fromstring
# ---------------------------------------------------------------------------------------------------------


@SETTINGS
@given(nd_cases(), st.sampled_from("CFAK"), st.booleans())
def test_tobytes_matches_numpy(tn, case, order, transpose):
    a, b = case.build(tn), case.build(numpy)
    if transpose:
        a, b = a.T, b.T
    assert a.tobytes(order) == b.tobytes(order)


@SETTINGS
@given(nd_cases(shape=nd_shapes(max_dims=1)), st.integers(0, 3), st.integers(-1, 3))
def test_frombuffer_matches_numpy(tn, case, offset, count):
    data = b"\x07\x01\x02" * 2 + case.build(numpy).tobytes()
    fn = lambda xp: xp.frombuffer(data, dtype=case.dtype, count=count, offset=offset)  # noqa: E731
    try:
        expected = fn(numpy)
    except ValueError as error:
        with pytest.raises(ValueError) as got:
            fn(tn)
        assert str(got.value) == str(error)
        return
    got = fn(tn)
    assert_same_nd(got, expected)
    assert got.flags.writeable == expected.flags.writeable


@SETTINGS
@given(nd_cases(), st.sampled_from(["", ",", " ", "\n", " ; "]))
def test_tofile_then_fromfile_matches_numpy(tn, tmp_path_factory, case, sep):
    folder = tmp_path_factory.mktemp("tofile")
    if sep and case.dtype in ("complex64", "complex128"):
        sep = ""  # text files of complex values cannot be read back by NumPy either
    for lib in (tn, numpy):
        case.build(lib).tofile(str(folder / lib.__name__), sep=sep)
    assert (folder / tn.__name__).read_bytes() == (folder / "numpy").read_bytes()
    fn = lambda xp: xp.fromfile(str(folder / "numpy"), dtype=case.dtype, sep=sep)  # noqa: E731
    try:
        expected = fn(numpy)
    except ValueError as error:
        with pytest.raises(ValueError, match="unmatched data"):
            fn(tn)
        assert "unmatched data" in str(error)
        return
    assert_same_nd(fn(tn), expected)


@SETTINGS
@given(st.sampled_from(ALL_DTYPES[:12]), st.lists(st.sampled_from(
    ["1", "-2", "0", "300", "1.5", "nan", "-inf", "1e400", "x", "", "99999999999999999999999", "+7"]),
    max_size=5), st.sampled_from([",", " ", " , "]), st.integers(-1, 4))
def test_fromstring_matches_numpy(tn, dtype, tokens, sep, count):
    text = sep.join(tokens)
    if "" in tokens and " " in text:
        return  # NumPy reads an empty field next to whitespace as -1.0 (or 0, True): not a value to copy
    if count > len([t for t in tokens if t]):  # NumPy may read past the data into uninitialised memory
        if tn is numpy:
            return
        with pytest.raises(ValueError):
            tn.fromstring(text, dtype=dtype, sep=sep, count=count)
        return
    fn = lambda xp: xp.fromstring(text, dtype=dtype, sep=sep, count=count)  # noqa: E731
    try:
        with numpy.errstate(all="ignore"):
            expected = fn(numpy)
    except ValueError:
        with pytest.raises(ValueError):
            fn(tn)
        return
    assert_same_nd(fn(tn), expected)


def test_fromstring_binary_mode_is_removed(tn):
    _raises_like_numpy(tn, lambda xp: xp.fromstring(b"\x00\x01", dtype="uint8"))


def test_buffer_errors(tn):
    _raises_like_numpy(tn, lambda xp: xp.frombuffer(b"abc", dtype="float64"))
    _raises_like_numpy(tn, lambda xp: xp.frombuffer(b"abcdefgh", dtype="float64", count=2))
    _raises_like_numpy(tn, lambda xp: xp.frombuffer(b"abcdefgh", offset=9))
    _raises_like_numpy(tn, lambda xp: xp.arange(3).tobytes("X"))


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 0xFFFF))
def test_float16_layout_by_hand_agrees_with_struct(tinynet_only, bits):
    """Where struct lacks the 'e' code (some MicroPython ports) float16 is packed by hand: same bytes."""
    import math
    import struct

    from tinynet.core import binary

    value = binary._half_value(bits)
    (expected,) = struct.unpack("<e", struct.pack("<H", bits))
    assert value == expected or (math.isnan(value) and math.isnan(expected))
    if not math.isnan(value):
        assert binary._half_bits(value) == bits
        assert struct.pack("<H", binary._half_bits(value)) == struct.pack("<e", value)


@pytest.mark.parametrize("version", [(1, 0), (2, 0), (3, 0)])
def test_load_reads_every_format_version(tn, version):
    import warnings as _warnings

    from numpy.lib import format as numpy_format

    a = numpy.arange(6, dtype="int32").reshape(2, 3)
    buf = io.BytesIO()
    with _warnings.catch_warnings():
        _warnings.simplefilter("ignore")
        numpy_format.write_array(buf, a, version=version)
    buf.seek(0)
    assert_same_nd(tn.load(buf), a)


def test_several_arrays_in_one_file_object(tn):
    buf = io.BytesIO()
    for k in range(3):
        tn.save(buf, tn.arange(k + 1))
    buf.seek(0)
    assert [tn.load(buf).tolist() for _ in range(3)] == [[0], [0, 1], [0, 1, 2]]
