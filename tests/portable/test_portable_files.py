"""Files on every runtime: .npy bytes as NumPy writes them, text tables, bits and digit strings.

The expected bytes and values below were written by NumPy 2.4; a board can save an array that NumPy
loads, and load what NumPy saved (.npz needs zipfile, which MicroPython lacks, so it is not here).
"""
import io

import tinynet as np

# (array description, the header dict NumPy writes, the total file size, the data bytes NumPy writes)
NPY_CASES = [
    (([[1, 2], [3, 4]], "int16", False), "{'descr': '<i2', 'fortran_order': False, 'shape': (2, 2), }", 136,
     b"\x01\x00\x02\x00\x03\x00\x04\x00"),
    (([True, False], "bool", False), "{'descr': '|b1', 'fortran_order': False, 'shape': (2,), }", 130,
     b"\x01\x00"),
    (([1.5, -2.0], "float16", False), "{'descr': '<f2', 'fortran_order': False, 'shape': (2,), }", 132,
     b"\x00>\x00\xc0"),
    (([1 + 2j], "complex64", False), "{'descr': '<c8', 'fortran_order': False, 'shape': (1,), }", 136,
     b"\x00\x00\x80?\x00\x00\x00@"),
    (([[1.0, 2.0], [3.0, 4.0]], "float64", True), "{'descr': '<f8', 'fortran_order': True, 'shape': (2, 2), }",
     160, b"\x00\x00\x00\x00\x00\x00\xf0?\x00\x00\x00\x00\x00\x00\x00@"
          b"\x00\x00\x00\x00\x00\x00\x08@\x00\x00\x00\x00\x00\x00\x10@"),
]


def _build(description):
    values, dtype, transposed = description
    a = np.array(values, dtype=dtype)
    return a.T if transposed else a


def test_save_writes_numpys_bytes():
    for description, header, size, data in NPY_CASES:
        buf = io.BytesIO()
        np.save(buf, _build(description))
        written = buf.getvalue()
        assert written[:8] == b"\x93NUMPY\x01\x00", description
        assert written[10:10 + len(header)] == header.encode(), (description, written[:80])
        assert len(written) == size and written[-len(data):] == data, description
        assert written[size - len(data) - 1:size - len(data)] == b"\n"


def test_load_reads_numpys_bytes():
    for description, header, size, data in NPY_CASES:
        text = header + " " * (size - len(data) - 11 - len(header)) + "\n"
        raw = b"\x93NUMPY\x01\x00" + bytes([len(text) % 256, len(text) // 256]) + text.encode() + data
        loaded = np.load(io.BytesIO(raw))
        expected = _build(description)
        assert loaded.dtype == expected.dtype and loaded.shape == expected.shape, description
        assert loaded.tolist() == expected.tolist(), description


def test_every_dtype_round_trips_through_npy_and_tobytes():
    for name in ("bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64",
                 "float16", "float32", "float64", "complex64", "complex128"):
        a = np.array([[1, 0, 2], [3, 1, 0]], dtype=name)
        buf = io.BytesIO()
        np.save(buf, a)
        buf.seek(0)
        assert np.load(buf).tolist() == a.tolist(), name
        assert np.frombuffer(a.tobytes(), dtype=name).tolist() == a.ravel().tolist(), name


def test_text_tables():
    buf = io.StringIO()
    np.savetxt(buf, np.array([[1.5, 2.0], [3.0, 4.0]]))
    assert buf.getvalue() == ("1.500000000000000000e+00 2.000000000000000000e+00\n"
                              "3.000000000000000000e+00 4.000000000000000000e+00\n")
    assert np.loadtxt(["1 2 # c", "3 4"], dtype=int).tolist() == [[1, 2], [3, 4]]
    filled = np.genfromtxt(["1,,3"], delimiter=",").tolist()
    assert filled[0] == 1.0 and filled[1] != filled[1] and filled[2] == 3.0
    assert np.fromstring("1, 2, 3", dtype="int32", sep=",").tolist() == [1, 2, 3]


def test_bits_and_digit_strings():
    assert np.packbits(np.array([1, 0, 1, 1, 0, 0, 0, 0, 1])).tolist() == [176, 128]
    assert np.unpackbits(np.array([5], dtype="uint8"), bitorder="little").tolist() == [1, 0, 1, 0, 0, 0, 0, 0]
    assert np.binary_repr(-5, 8) == "11111011" and np.base_repr(255, 16) == "FF"
