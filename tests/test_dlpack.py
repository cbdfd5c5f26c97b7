"""DLPack: tinynet arrays into NumPy (numpy.from_dlpack), NumPy arrays into tinynet (from_dlpack), and back.

Each round trip is checked against NumPy doing the same with its own arrays: same shape, dtype and
values bit for bit (nan, signed zeros), same flags, same capsule names, same errors.  Arrays are drawn
over every dtype, 0-d to 4-d, size 0 included, and as views: transposed, reversed (negative strides),
stepped, broadcast (stride 0) and the float views ``.real``/``.imag`` of complex arrays.

Run with ``--array-lib=numpy`` these tests compare NumPy with itself; tests of what only tinynet does
(it always copies, so ``copy=False`` is refused) then skip.
"""
import ctypes
import gc
import subprocess
import sys
import tracemalloc

import numpy
import pytest
from hypothesis import assume, given, settings, strategies as st

from strategies import ALL_DTYPES, assert_same_nd, nd_cases, nd_shapes

SETTINGS = settings(max_examples=60, deadline=None)


def _cases():
    return nd_cases(shape=nd_shapes(0, 4, max_side=4, max_size=48))


# Views every array has (any number of axes), and the ones that need an axis.
VIEWS = {
    "itself": lambda xp, a: a,
    "transposed": lambda xp, a: a.T,
    "broadcast": lambda xp, a: xp.broadcast_to(a, (2,) + a.shape),
}
VIEWS_OF_AXES = {
    "reversed": lambda xp, a: a[::-1],
    "last axis stepped back": lambda xp, a: a[..., ::-2],
    "stepped and cut": lambda xp, a: a[1::2],
}


@st.composite
def views(draw):
    """Draw (case, view name): an array description and a view of it that NumPy and tinynet both take."""
    case = draw(_cases())
    names = sorted(VIEWS) + (sorted(VIEWS_OF_AXES) if len(case.shape) else [])
    if case.dtype.startswith("complex"):
        names += ["real", "imag"]
    return case, draw(st.sampled_from(names))


def _view(xp, a, name):
    if name in ("real", "imag"):
        return getattr(a, name)
    return VIEWS.get(name, VIEWS_OF_AXES.get(name))(xp, a)


class Producer:
    """Any library's array, as far as from_dlpack can tell: it has __dlpack__ and __dlpack_device__."""

    def __init__(self, array):
        self.array = array

    def __dlpack__(self, **options):
        return self.array.__dlpack__(**options)

    def __dlpack_device__(self):
        return self.array.__dlpack_device__()


class LegacyProducer(Producer):
    """A producer older than the 2023.12 standard: __dlpack__ takes only stream."""

    def __dlpack__(self, stream=None):
        return self.array.__dlpack__(stream=stream)


# ---------------------------------------------------------------- round trips

@SETTINGS
@given(views())
def test_numpy_reads_arrays_of_the_library(tn, drawn):
    case, name = drawn
    ours = _view(tn, case.build(tn), name)
    expected = _view(numpy, case.build(numpy), name)
    got = numpy.from_dlpack(ours)
    assert_same_nd(got, expected, context="numpy.from_dlpack(%s of %r)" % (name, case))
    if expected.size:  # (a size-0 tensor has no data pointer, as dlpack.h asks; NumPy then ignores read-only)
        assert got.flags.writeable == numpy.from_dlpack(expected).flags.writeable  # broadcasts are read-only


@SETTINGS
@given(views())
def test_from_dlpack_reads_numpy_arrays(tn, drawn):
    case, name = drawn
    source = _view(numpy, case.build(numpy), name)
    got = tn.from_dlpack(source)
    expected = numpy.from_dlpack(source)
    assert_same_nd(got, expected, context="from_dlpack(%s of %r)" % (name, case))
    assert got.flags.writeable == expected.flags.writeable


@SETTINGS
@given(views(), st.sampled_from([Producer, LegacyProducer]))
def test_from_dlpack_reads_capsules_of_the_library(tn, drawn, producer):
    case, name = drawn
    assume(not (producer is LegacyProducer and name == "broadcast"))  # read-only: NumPy will not export it so
    ours = _view(tn, case.build(tn), name)
    got = tn.from_dlpack(producer(ours))
    assert_same_nd(got, _view(numpy, case.build(numpy), name), context="%s(%s of %r)" % (producer.__name__,
                                                                                       name, case))


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(ALL_DTYPES), st.integers(1, 300), st.integers(-3, 3), st.data())
def test_from_dlpack_reads_sparse_numpy_views(tn, dtype, step, shift, data):
    """Elements far apart (a long step, or a column of a wide matrix) are read one by one."""
    base = numpy.arange(2000).astype(dtype)
    source = base[::step] if shift == 0 else base.reshape(40, 50)[::shift, data.draw(st.integers(0, 49))]
    assert_same_nd(tn.from_dlpack(source), source.copy())


@pytest.mark.parametrize("dtype", ALL_DTYPES)
def test_zero_d_and_empty_arrays_both_ways(tn, dtype):
    for shape in [(), (0,), (3, 0, 2)]:
        ours = tn.ones(shape, dtype=dtype)
        theirs = numpy.ones(shape, dtype=dtype)
        assert_same_nd(numpy.from_dlpack(ours), theirs)
        assert_same_nd(tn.from_dlpack(theirs), theirs)


def test_extreme_values_survive_the_round_trip(tn):
    for dtype in ("int64", "uint64", "float16", "float32", "float64", "complex64"):
        values = numpy.array([0, 1, -1, 7], dtype=dtype) if dtype[0] != "u" else numpy.array([0, 1, 7], dtype=dtype)
        info = numpy.iinfo(dtype) if dtype[0] in "iu" else numpy.finfo(dtype)
        special = [info.min, info.max] + ([info.tiny, -0.0, numpy.inf, -numpy.inf, numpy.nan] if dtype[0] in "fc"
                                          else [])
        theirs = numpy.concatenate([values, numpy.array(special, dtype=dtype)])
        ours = tn.from_dlpack(theirs)
        assert_same_nd(ours, theirs)
        assert_same_nd(numpy.from_dlpack(ours), theirs)


# ---------------------------------------------------------------- the protocol

@pytest.mark.parametrize("max_version, name", [(None, "dltensor"), ((0, 8), "dltensor"),
                                               ((1, 0), "dltensor_versioned"), ((2, 0), "dltensor_versioned")])
def test_capsule_name_follows_max_version(tn, max_version, name):
    assert ('capsule object "%s"' % name) in repr(tn.arange(3.0).__dlpack__(max_version=max_version))
    assert ('capsule object "%s"' % name) in repr(numpy.arange(3.0).__dlpack__(max_version=max_version))


def test_dlpack_device_is_the_cpu(tn):
    device = tn.zeros(2).__dlpack_device__()
    assert device == numpy.zeros(2).__dlpack_device__() == (1, 0)
    assert type(device) is tuple and [type(part) for part in device] == [int, int]


def test_keywords_the_standard_allows(tn):
    a = tn.arange(3.0)
    for options in [dict(stream=None), dict(dl_device=(1, 0)), dict(copy=None), dict(copy=True),
                    dict(max_version=(1, 0), dl_device=(1, 0), copy=True)]:
        assert_same_nd(numpy.from_dlpack(_Adding(a, options)), numpy.arange(3.0))


class _Adding(Producer):
    """A producer that adds keywords of its own to those the consumer passes to __dlpack__."""

    def __init__(self, array, options):
        super().__init__(array)
        self.options = options

    def __dlpack__(self, **options):
        options.update(self.options)
        return self.array.__dlpack__(**options)


def test_from_dlpack_of_an_array_of_the_library_shares_memory_unless_copy_is_true(tn):
    for copy, shared in [(None, True), (False, True), (True, False)]:
        a = tn.arange(6.0).reshape(2, 3)[:, ::-1]
        b = tn.from_dlpack(a, copy=copy)
        assert b.shape == a.shape and tn.shares_memory(a, b) == shared
        b[0, 0] = 100.0
        assert (a[0, 0] == 100.0) == shared


def test_read_only_flag_travels_with_versioned_capsules(tn):
    theirs = numpy.arange(3.0)
    theirs.flags.writeable = False
    assert not tn.from_dlpack(theirs).flags.writeable
    assert tn.from_dlpack(theirs, copy=True).flags.writeable
    ours = tn.arange(3.0)
    ours.flags.writeable = False
    assert not numpy.from_dlpack(ours).flags.writeable
    assert not tn.from_dlpack(ours).flags.writeable


def test_read_only_array_exports_to_a_legacy_consumer_as_a_writeable_copy(tinynet_only):
    ours = tinynet_only.arange(3.0)
    ours.flags.writeable = False
    assert 'capsule object "dltensor"' in repr(ours.__dlpack__())  # NumPy: BufferError, it would share memory


def _capsule_fields(capsule):
    """(version, flags) of a "dltensor_versioned" capsule, read with ctypes."""
    get_pointer = ctypes.pythonapi.PyCapsule_GetPointer
    get_pointer.argtypes, get_pointer.restype = (ctypes.py_object, ctypes.c_char_p), ctypes.c_void_p
    address = get_pointer(capsule, b"dltensor_versioned")
    return tuple((ctypes.c_uint32 * 2).from_address(address)), ctypes.c_uint64.from_address(address + 24).value


def test_exports_are_flagged_as_copies(tinynet_only):
    a = tinynet_only.arange(3.0)
    assert _capsule_fields(a.__dlpack__(max_version=(1, 0))) == ((1, 0), 2)  # DLPACK_FLAG_BITMASK_IS_COPIED
    a.flags.writeable = False
    assert _capsule_fields(a.__dlpack__(max_version=(1, 0))) == ((1, 0), 3)  # ... and READ_ONLY


# ---------------------------------------------------------------- errors

def _raised(fn):
    try:
        fn()
    except Exception as error:  # noqa: BLE001 - the test compares whatever is raised
        return type(error), str(error)
    return None


@pytest.mark.parametrize("call", [
    lambda xp: xp.from_dlpack([1, 2]),
    lambda xp: xp.from_dlpack(xp.arange(2.0), device="gpu"),
    lambda xp: xp.from_dlpack(xp.arange(2.0), copy="yes"),
    lambda xp: xp.arange(2.0).__dlpack__(stream=1),
    lambda xp: xp.arange(2.0).__dlpack__(max_version=5),
    lambda xp: xp.arange(2.0).__dlpack__(max_version=(1,)),
    lambda xp: xp.arange(2.0).__dlpack__(max_version=("1", 0)),
    lambda xp: xp.arange(2.0).__dlpack__(dl_device=(2, 0)),
    lambda xp: xp.arange(2.0).__dlpack__(dl_device=(1, 1)),
    lambda xp: xp.arange(2.0).__dlpack__(dl_device=[1, 0]),
    lambda xp: xp.arange(2.0).__dlpack__(copy="no"),
    lambda xp: xp.from_dlpack(Producer(numpy.arange(2.0)), device=0),
])
def test_bad_arguments_raise_as_in_numpy(tn, call):
    expected = _raised(lambda: call(numpy))
    assert expected is not None
    assert _raised(lambda: call(tn)) == expected


class _Crafted:
    """A producer whose capsule has fields no library exports: the errors must be NumPy's."""

    def __init__(self, **fields):
        self.fields = fields

    def __dlpack__(self, max_version=None, **options):
        from tinynet.core import dlpack_capsule as capsules

        versioned = max_version is not None
        capsule = capsules.export(numpy.arange(6, dtype="float32").tobytes(), (2, 3), 2, 32, versioned)
        address = capsules._capsule_get_pointer(capsule, capsules.NAMES[versioned].encode())
        managed = (capsules.DLManagedTensorVersioned if versioned else capsules.DLManagedTensor).from_address(address)
        tensor = managed.dl_tensor
        for field, value in self.fields.items():
            if field == "major":
                managed.version.major = value
            elif field == "device_type":
                tensor.device.device_type = value
            else:
                setattr(tensor.dtype, field, value)
        return capsule

    def __dlpack_device__(self):
        return (1, 0)


@pytest.mark.parametrize("fields", [dict(code=4, bits=16), dict(code=2, bits=8), dict(code=0, bits=4),
                                    dict(code=5, bits=32), dict(lanes=4), dict(device_type=2),
                                    dict(major=2), dict(code=6, bits=8), dict(device_type=3)])
def test_tensors_from_odd_producers_give_numpys_answer(tn, fields):
    expected = _raised(lambda: numpy.from_dlpack(_Crafted(**fields)))
    assert _raised(lambda: tn.from_dlpack(_Crafted(**fields))) == expected
    if expected is None:
        assert_same_nd(tn.from_dlpack(_Crafted(**fields)), numpy.from_dlpack(_Crafted(**fields)))


def test_producer_that_returns_no_capsule_is_a_value_error(tn):
    with pytest.raises(ValueError):
        tn.from_dlpack(_Returns(42))


def test_a_legacy_capsule_is_read_even_when_version_1_was_asked_for(tinynet_only):
    # The standard: a producer may answer max_version with another version, so the consumer checks
    # (NumPy insists on "dltensor_versioned" once it has asked for it).
    capsule = numpy.arange(2.0).__dlpack__()
    assert tinynet_only.from_dlpack(_Returns(capsule)).tolist() == [0.0, 1.0]


def test_a_capsule_is_consumed_once(tinynet_only):
    capsule = numpy.arange(2.0).__dlpack__(max_version=(1, 0))
    assert tinynet_only.from_dlpack(_Returns(capsule)).tolist() == [0.0, 1.0]
    assert 'capsule object "used_dltensor_versioned"' in repr(capsule)
    with pytest.raises(ValueError, match="still unused"):
        tinynet_only.from_dlpack(_Returns(capsule))


class _Returns(Producer):
    def __init__(self, value):
        super().__init__(None)
        self.value = value

    def __dlpack__(self, **options):
        return self.value


def test_copy_false_cannot_be_met_by_a_library_that_copies(tinynet_only):
    a = tinynet_only.arange(3.0)
    with pytest.raises(BufferError, match="always copies"):
        a.__dlpack__(copy=False)
    with pytest.raises(BufferError, match="always copies"):
        numpy.from_dlpack(a, copy=False)  # NumPy passes copy=False on to the producer
    with pytest.raises(ValueError, match="Unable to avoid copy"):
        tinynet_only.from_dlpack(numpy.arange(3.0), copy=False)


def test_without_ctypes_dlpack_is_a_buffer_error(tinynet_only, monkeypatch):
    import tinynet.core

    monkeypatch.delattr(tinynet.core, "dlpack_capsule", raising=False)
    monkeypatch.setitem(sys.modules, "tinynet.core.dlpack_capsule", None)  # import fails, as on a board
    with pytest.raises(BufferError, match="need ctypes"):
        tinynet_only.arange(2.0).__dlpack__()
    with pytest.raises(BufferError, match="need ctypes"):
        tinynet_only.from_dlpack(numpy.arange(2.0))
    assert tinynet_only.from_dlpack(tinynet_only.arange(2.0)).tolist() == [0.0, 1.0]  # no capsule needed


# ---------------------------------------------------------------- memory

def test_import_tinynet_loads_neither_dlpack_nor_ctypes():
    code = ("import sys, tinynet\n"
            "print(sorted(m for m in sys.modules if m == 'ctypes' or 'dlpack' in m))\n"
            "tinynet.arange(2).__dlpack_device__()\n"
            "print(sorted(m for m in sys.modules if m == 'ctypes' or 'dlpack' in m))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[:2] == ["[]", "[]"]


def test_exception_on_its_way_out_survives_a_dropped_capsule(tn):
    """C code drops references while an exception propagates; freeing a capsule then must not replace it."""
    a = tn.arange(100.0)

    def exports():
        yield a.__dlpack__()
        yield numpy.from_dlpack(a)
        raise IndexError("raised after two exports")

    with pytest.raises(IndexError, match="after two exports"):
        list(exports())


def test_ten_thousand_exports_leak_nothing(tn):
    a = tn.arange(64.0).reshape(8, 8)
    theirs = numpy.arange(64.0)

    def exchange():  # three exports and an import
        a.__dlpack__()  # dropped unused
        a.__dlpack__(max_version=(1, 0))
        numpy.from_dlpack(a)  # taken by NumPy, freed by its deleter
        tn.from_dlpack(theirs)

    for _ in range(200):
        exchange()
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for _ in range(3334):
            exchange()
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert grown < 64 * 1024, "%d bytes still held after 10,002 exports" % grown
