"""loadtxt, savetxt and genfromtxt against NumPy: the same text written, the same arrays read, the same errors."""
import io
import os
import warnings

import numpy
import pytest
from hypothesis import given, settings, strategies as st

from strategies import ALL_DTYPES, INT_DTYPES, _builtin_bases, assert_same_nd, nd_cases, nd_shapes, to_numpy

SETTINGS = settings(max_examples=int(os.environ.get("TINYNET_IO_EXAMPLES", "80")), deadline=None)
TABLE_SHAPES = nd_shapes(min_dims=1, max_dims=2, max_side=4)


def _outcome(fn, lib):
    """('ok', result, warning classes) or ('raised', exception)."""
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = fn(lib)
        return "ok", result, sorted(w.category.__name__ for w in caught)
    except Exception as error:  # noqa: BLE001 - compared with NumPy's below
        return "raised", error, None


def _agree(tn, fn):
    expected = _outcome(fn, numpy)
    got = _outcome(fn, tn)
    if expected[0] == "raised":
        assert got[0] == "raised", "NumPy raised %r, the library returned %r" % (expected[1], got[1])
        assert isinstance(got[1], _builtin_bases(type(expected[1]))), (got[1], expected[1])
        assert str(got[1]) == str(expected[1])
        return
    assert got[0] == "ok", "NumPy returned %r, the library raised %r" % (expected[1], got[1])
    assert got[2] == expected[2], "warnings %s != %s" % (got[2], expected[2])
    assert_same_nd(got[1], expected[1])


def _written(lib, a, **kwargs):
    buf = io.StringIO()
    lib.savetxt(buf, a, **kwargs)
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------------------
# savetxt
# ---------------------------------------------------------------------------------------------------------


@SETTINGS
@given(nd_cases(shape=TABLE_SHAPES), st.sampled_from(["%.18e", "%s", "%g", "%10.3f", "%d", "list"]),
       st.sampled_from([" ", ",", "\t"]), st.sampled_from(["", "a header\nline 2"]), st.sampled_from(["", "end"]),
       st.sampled_from(["# ", "% "]), st.sampled_from(["\n", "\r\n", ";"]))
def test_savetxt_writes_numpys_text(tn, case, fmt, delimiter, header, footer, comments, newline):
    ncols = case.shape[1] if len(case.shape) == 2 else 1
    if fmt == "list":
        fmt = ["%.3e", "%s"] * ncols
        fmt = fmt[:ncols]
    if case.dtype in ("complex64", "complex128") and fmt in ("%d", "%s"):
        fmt = "%.4f"

    def fn(xp):
        return _written(xp, case.build(xp), fmt=fmt, delimiter=delimiter, header=header, footer=footer,
                        comments=comments, newline=newline)

    expected = _outcome(fn, numpy)
    got = _outcome(fn, tn)
    if expected[0] == "raised":
        assert got[0] == "raised" and isinstance(got[1], _builtin_bases(type(expected[1])))
    else:
        assert got[:2] == expected[:2]


def test_savetxt_bad_input(tn):
    for fn in (lambda xp: _written(xp, xp.array(1.0)),
               lambda xp: _written(xp, xp.ones((1, 1, 1))),
               lambda xp: _written(xp, xp.array([[1, 2]]), fmt="%d %d %d"),
               lambda xp: _written(xp, xp.array([[1, 2]]), fmt="abc"),
               lambda xp: _written(xp, xp.array([[1, 2]]), fmt=5),
               lambda xp: _written(xp, xp.array([[1, 2]]), fmt=["%d"])):
        _agree(tn, fn)


def test_savetxt_to_a_path_is_atomic_and_gzip_works(tn, tmp_path):
    path = str(tmp_path / "t.txt")
    tn.savetxt(path, tn.array([[1, 2], [3, 4]]), fmt="%d")
    tn.savetxt(path, tn.array([[5, 6]]), fmt="%d")
    assert open(path).read() == "5 6\n" and os.listdir(str(tmp_path)) == ["t.txt"]
    tn.savetxt(str(tmp_path / "t.gz"), tn.array([1.5, 2.5]))
    assert numpy.loadtxt(str(tmp_path / "t.gz")).tolist() == [1.5, 2.5]


@pytest.mark.filterwarnings("ignore:loadtxt. input contained no data")
@SETTINGS
@given(nd_cases(shape=TABLE_SHAPES, dtype=st.sampled_from(ALL_DTYPES)))
def test_text_round_trips_both_ways(tn, case):
    fmt = "%d" if case.dtype in INT_DTYPES + ("bool",) else "%.18e"
    loaded_by_numpy = numpy.loadtxt(io.StringIO(_written(tn, case.build(tn), fmt=fmt)), dtype=case.dtype,
                                    ndmin=len(case.shape))
    assert_same_nd(to_numpy(case.build(tn)), loaded_by_numpy.reshape(case.shape))
    loaded_by_tn = tn.loadtxt(io.StringIO(_written(numpy, case.build(numpy), fmt=fmt)), dtype=case.dtype,
                              ndmin=len(case.shape))
    assert_same_nd(loaded_by_tn.reshape(case.shape), case.build(numpy))


# ---------------------------------------------------------------------------------------------------------
# loadtxt
# ---------------------------------------------------------------------------------------------------------

TOKENS = st.sampled_from(["1", "-2", "0", "300", "1.5", "-0.25", "nan", "inf", "1e5", "+3", "x", "", "1_0",
                          "(1+2j)", "7"])


@st.composite
def tables(draw, delimiter):
    rows = draw(st.integers(0, 4))
    ncols = draw(st.integers(1, 4))
    lines = []
    for _ in range(rows):
        width = ncols if draw(st.integers(0, 9)) else draw(st.integers(1, 5))
        fields = [draw(TOKENS) for _ in range(width)]
        if delimiter is None:
            fields = [f or "0" for f in fields]
        line = (delimiter or " ").join(fields)
        extra = draw(st.sampled_from(["", "", " # note", "\n", "\n# comment"]))
        lines.append(line + extra)
    return "\n".join(lines) + draw(st.sampled_from(["", "\n"]))


@SETTINGS
@given(st.data(), st.sampled_from([None, ","]), st.sampled_from(["float64", "int64", "uint8", "float32",
                                                                  "bool", "complex128", "int8"]),
       st.integers(0, 2), st.one_of(st.none(), st.integers(0, 3)), st.integers(0, 2), st.booleans(),
       st.one_of(st.none(), st.sampled_from([0, -1, (0, 1), [1, 1]])))
def test_loadtxt_matches_numpy(tn, data, delimiter, dtype, skiprows, max_rows, ndmin, unpack, usecols):
    text = data.draw(tables(delimiter))
    _agree(tn, lambda xp: xp.loadtxt(io.StringIO(text), delimiter=delimiter, dtype=dtype, skiprows=skiprows,
                                     max_rows=max_rows, ndmin=ndmin, unpack=unpack, usecols=usecols))


def test_loadtxt_options(tn, tmp_path):
    path = str(tmp_path / "data.txt")
    with open(path, "w") as fh:
        fh.write("a b\n1;2//3\n4;5//6\n")
    for fn in (lambda xp: xp.loadtxt(path, delimiter=";", comments=["//", "!"], skiprows=1),
               lambda xp: xp.loadtxt(["1 2", "3 4"], converters={0: lambda s: float(s) * 10}),
               lambda xp: xp.loadtxt(["1 2", "3 4"], converters=lambda s: float(s) + 1),
               lambda xp: xp.loadtxt([b"1 2", b"3 4"], dtype=int),
               lambda xp: xp.loadtxt(iter(["1 2", "3 4"]), dtype="float32"),
               lambda xp: xp.loadtxt(['"1","2,5"'], quotechar='"', delimiter=","),
               lambda xp: xp.loadtxt(["1 2"], dtype=int, converters={0: lambda s: 2.7}),
               lambda xp: xp.loadtxt(["1 2"], delimiter="ab"),
               lambda xp: xp.loadtxt(["1 2"], delimiter="#"),
               lambda xp: xp.loadtxt(["1 2"], usecols=1.5),
               lambda xp: xp.loadtxt(["1 2"], skiprows=-1),
               lambda xp: xp.loadtxt(["1 2"], ndmin=3),
               lambda xp: xp.loadtxt(["1 2", "", "3 4", "5 6"], max_rows=2),
               lambda xp: xp.loadtxt(["9223372036854775808"], dtype=int),
               lambda xp: xp.loadtxt(["18446744073709551615"], dtype="uint64")):
        _agree(tn, fn)


def test_out_of_scope_text_dtypes_raise_clearly(tinynet_only):
    for fn in (lambda: tinynet_only.loadtxt(["1 2"], dtype="i4,f8"),
               lambda: tinynet_only.loadtxt(["1 2"], dtype="U3"),
               lambda: tinynet_only.genfromtxt(["a b", "1 2"], names=True),
               lambda: tinynet_only.genfromtxt(["1 2"], usemask=True),
               lambda: tinynet_only.genfromtxt(["1 2.5"], dtype=None),
               lambda: tinynet_only.genfromtxt(["a b"], dtype=None)):
        with pytest.raises(ValueError, match="out of scope"):
            fn()


# ---------------------------------------------------------------------------------------------------------
# genfromtxt
# ---------------------------------------------------------------------------------------------------------


@SETTINGS
@given(st.data(), st.sampled_from([None, ","]), st.sampled_from(["float64", "int64", "float32", "complex128"]),
       st.integers(0, 1), st.integers(0, 1), st.one_of(st.none(), st.integers(1, 3)), st.booleans(),
       st.one_of(st.none(), st.just(0), st.just([7, 8, 9, 10])), st.booleans())
def test_genfromtxt_matches_numpy(tn, data, delimiter, dtype, skip_header, skip_footer, max_rows, invalid_raise,
                                  filling_values, unpack):
    text = data.draw(tables(delimiter))
    _agree(tn, lambda xp: xp.genfromtxt(io.StringIO(text), delimiter=delimiter, dtype=dtype,
                                        skip_header=skip_header, skip_footer=skip_footer, max_rows=max_rows,
                                        invalid_raise=invalid_raise, filling_values=filling_values,
                                        unpack=unpack))


def test_genfromtxt_options(tn):
    for fn in (lambda xp: xp.genfromtxt(io.StringIO("1,N/A,3\n4,,6\n"), delimiter=",", missing_values="N/A"),
               lambda xp: xp.genfromtxt(io.StringIO("1,2,3\n4,,6\n"), delimiter=",", filling_values={1: -5}),
               lambda xp: xp.genfromtxt(io.StringIO("123456"), delimiter=[2, 3, 1]),
               lambda xp: xp.genfromtxt(io.StringIO("123456"), delimiter=2),
               lambda xp: xp.genfromtxt(io.StringIO("1 2 3\n4 5 6"), dtype=None),
               lambda xp: xp.genfromtxt(io.StringIO(""), dtype=float),
               lambda xp: xp.genfromtxt(io.StringIO("1,2\n,4"), delimiter=",", dtype="uint8"),
               lambda xp: xp.genfromtxt(io.StringIO("1,TRUE\n3,false\n"), delimiter=",", dtype=bool),
               lambda xp: xp.genfromtxt(io.StringIO("1,2\nx,4"), delimiter=",", loose=False),
               lambda xp: xp.genfromtxt(io.StringIO("1,2\n3,4\n"), delimiter=",", usecols=(-1,), filling_values=[5]),
               lambda xp: xp.genfromtxt(io.StringIO(" 1 , 2 \n"), delimiter=",", autostrip=True),
               lambda xp: xp.genfromtxt(io.StringIO("1 2\n"), ndmin=2),
               lambda xp: xp.genfromtxt(io.StringIO("1,2\n3,4"), delimiter=",",
                                        converters={0: lambda s: float(s or 0) * 2})):
        _agree(tn, fn)


@SETTINGS
@given(st.lists(st.lists(st.floats(allow_nan=False, width=64), min_size=3, max_size=3), min_size=1, max_size=5),
       st.sampled_from(["%.18e", "%r", "%g"]))
def test_loadtxt_fast_float_path_agrees_with_the_plain_one(tinynet_only, rows, fmt):
    """float64 tables without converters or usecols are read row by row with float(); the same text
    read field by field (usecols forces that) gives the same array."""
    text = "\n".join(" ".join(fmt % x for x in row) for row in rows)
    fast = tinynet_only.loadtxt(io.StringIO(text), ndmin=2)
    plain = tinynet_only.loadtxt(io.StringIO(text), ndmin=2, usecols=(0, 1, 2))
    assert fast.tolist() == plain.tolist()
    assert fast.tolist() == numpy.loadtxt(io.StringIO(text), ndmin=2).tolist()
