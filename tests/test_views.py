"""Differential tests of views: arrays that share memory with their base, exactly as in NumPy.

For every kind of basic index (ints, slices of any step, ``...``, ``None`` and their combinations) and every
view-returning function (``.T``, ``transpose``, ``swapaxes``, ``moveaxis``, ``diagonal``, ``reshape`` and
``ravel`` where NumPy gives a view, ``squeeze``, ``expand_dims``, ``flip``, the pieces of ``split``,
``broadcast_to``, ``.real``/``.imag``) each property makes the view, writes through it (item and slice
assignment, in-place operators, ``out=``, ``fill``, overlapping writes) or through the base, and compares
both arrays with the same sequence run on NumPy.  ``.base``, ``shares_memory``, ``may_share_memory`` and
``.flags`` are compared too, and so are the errors for writing to read-only arrays.

Every property runs with the library under test parametrized over tinynet and NumPy (``xp``).
"""
import importlib
import os

import numpy
import pytest
from hypothesis import HealthCheck, assume, given, settings, strategies as st

from strategies import ALL_DTYPES, NdCase, agree_nd, known_bug, nd_cases, nd_elements, nd_shapes

VIEWS = settings(max_examples=int(os.environ.get("TINYNET_EXAMPLES", "50")), deadline=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                        HealthCheck.filter_too_much])
FEW = settings(VIEWS, max_examples=max(1, VIEWS.max_examples // 3))


@pytest.fixture(scope="module", params=["tinynet", "numpy"])
def xp(request):
    """The library under test: tinynet, and NumPy itself (which checks the tests)."""
    return importlib.import_module(request.param)


# ---------------------------------------------------------------------------------------------------------
# strategies: basic indices, view makers, writes
# ---------------------------------------------------------------------------------------------------------

@st.composite
def basic_indices(draw, shape, allow_scalar=False):
    """Draw a valid basic index for shape: ints, slices (any step), None and at most one Ellipsis.

    Unless allow_scalar, the index leaves at least one array dimension or uses None/..., so the result is
    an array (a view), not a scalar.
    """
    ndim = len(shape)
    parts = []
    used = 0
    ellipsis = False
    for _ in range(draw(st.integers(0, ndim + 2))):
        kind = draw(st.sampled_from(["int", "slice", "slice", "none", "ellipsis"]))
        if kind in ("int", "slice") and used >= ndim:
            kind = "none"
        if kind == "ellipsis" and ellipsis:
            kind = "none"
        if kind in ("int", "slice"):
            used += 1
        ellipsis = ellipsis or kind == "ellipsis"
        parts.append(kind)
    # give the parts after an ellipsis the last axes
    key = []
    front = [k for k in parts[:parts.index("ellipsis")]] if ellipsis else parts
    back = parts[parts.index("ellipsis") + 1:] if ellipsis else []
    n_back = sum(1 for k in back if k in ("int", "slice"))
    axis = 0
    for kind in front:
        key.append(_index_part(draw, kind, shape[axis] if axis < ndim else 1))
        axis += kind in ("int", "slice")
    if ellipsis:
        key.append(Ellipsis)
        axis = ndim - n_back
        for kind in back:
            key.append(_index_part(draw, kind, shape[axis] if axis < ndim else 1))
            axis += kind in ("int", "slice")
    key = tuple(key)
    if not allow_scalar:
        ints = sum(1 for k in key if isinstance(k, int))
        assume(ints < ndim or any(k is None or k is Ellipsis for k in key))
    if len(key) == 1 and draw(st.booleans()):
        return key[0]
    return key


def _index_part(draw, kind, side):
    if kind == "int":
        assume(side > 0)
        return draw(st.integers(-side, side - 1))
    if kind == "slice":
        bound = st.one_of(st.none(), st.integers(-side - 2, side + 2))
        step = st.one_of(st.none(), st.integers(-3, 3).filter(lambda s: s != 0))
        return slice(draw(bound), draw(bound), draw(step))
    return None


@st.composite
def view_makers(draw, shape):
    """Draw (name, fn) where fn(np, x) returns one of NumPy's views of x (or, for reshape/ravel of some
    layouts, the copy NumPy makes: the writes show which)."""
    ndim = len(shape)
    size = 1
    for d in shape:
        size *= d
    # .real of a real array and a squeeze with nothing to squeeze return x itself in NumPy: see
    # test_real_of_real_array_is_itself and test_squeeze_with_nothing_to_squeeze_is_itself
    choices = ["index", "T", "transpose", "flip", "expand_dims", "reshape", "ravel", "broadcast_to", "view"]
    if 1 in shape:
        choices.append("squeeze")
    if ndim >= 1:
        choices += ["swapaxes", "moveaxis", "split", "array_split", "flipaxis"]
    if ndim >= 2:
        choices += ["diagonal"]
    name = draw(st.sampled_from(choices))
    if name == "index":
        key = draw(basic_indices(shape))
        return "x[%r]" % (key,), lambda np, x: x[key]
    if name == "T":
        return "x.T", lambda np, x: x.T
    if name == "transpose":
        perm = tuple(draw(st.permutations(range(ndim))))
        return "x.transpose(%r)" % (perm,), lambda np, x: x.transpose(perm)
    if name == "flip":
        return "np.flip(x)", lambda np, x: np.flip(x)
    if name == "flipaxis":
        axis = draw(st.integers(-ndim, ndim - 1))
        return "np.flip(x, %d)" % axis, lambda np, x: np.flip(x, axis)
    if name == "expand_dims":
        axis = draw(st.integers(-ndim - 1, ndim))
        return "np.expand_dims(x, %d)" % axis, lambda np, x: np.expand_dims(x, axis)
    if name == "squeeze":
        return "x.squeeze()", lambda np, x: x.squeeze()
    if name == "reshape":
        order = draw(st.sampled_from(["C", "F", "A"]))
        new = draw(_shape_with_size(size))
        return "x.reshape(%r, order=%r)" % (new, order), lambda np, x: x.reshape(new, order=order)
    if name == "ravel":
        order = draw(st.sampled_from(["C", "F", "A"]))  # "K": see test_ravel_order_k
        return "x.ravel(%r)" % order, lambda np, x: x.ravel(order)
    if name == "broadcast_to":
        extra = draw(nd_shapes(0, 2, max_side=3, max_size=6))
        target = extra + tuple(d for d in shape)
        return "np.broadcast_to(x, %r)" % (target,), lambda np, x: np.broadcast_to(x, target)
    if name == "view":
        return "x.view()", lambda np, x: x.view()
    if name == "swapaxes":
        i, j = draw(st.integers(-ndim, ndim - 1)), draw(st.integers(-ndim, ndim - 1))
        return "x.swapaxes(%d, %d)" % (i, j), lambda np, x: x.swapaxes(i, j)
    if name == "moveaxis":
        i, j = draw(st.integers(-ndim, ndim - 1)), draw(st.integers(-ndim, ndim - 1))
        return "np.moveaxis(x, %d, %d)" % (i, j), lambda np, x: np.moveaxis(x, i, j)
    if name in ("split", "array_split"):
        axis = draw(st.integers(-ndim, ndim - 1))
        n = shape[axis]
        sections = draw(st.sampled_from([k for k in range(1, 5) if n % k == 0] if name == "split" else [1, 2, 3]))
        piece = draw(st.integers(0, sections - 1))
        return ("np.%s(x, %d, axis=%d)[%d]" % (name, sections, axis, piece),
                lambda np, x: getattr(np, name)(x, sections, axis=axis)[piece])
    # diagonal
    axis1, axis2 = draw(st.lists(st.integers(0, ndim - 1), min_size=2, max_size=2, unique=True))
    offset = draw(st.integers(-2, 2))
    return ("x.diagonal(%d, %d, %d)" % (offset, axis1, axis2),
            lambda np, x: x.diagonal(offset, axis1, axis2))


@st.composite
def _shape_with_size(draw, size):
    if size == 0:
        return draw(st.sampled_from([(0,), (0, 2), (2, 0, 1), (-1,)]))
    out = []
    rest = size
    for _ in range(draw(st.integers(0, 3))):
        k = draw(st.sampled_from([f for f in range(1, rest + 1) if rest % f == 0]))
        out.append(k)
        rest //= k
    out.append(rest)
    out = list(draw(st.permutations(out)))
    if draw(st.booleans()):
        out[draw(st.integers(0, len(out) - 1))] = -1
    return tuple(out)


@st.composite
def prepared(draw, max_dims=4):
    """Draw (case, name, prepare): an array and a way to make the starting array from it (itself, a
    transpose, a strided slice, a reshape of a 1-d owner) so views of views are exercised."""
    case = draw(nd_cases(nd_shapes(0, max_dims, max_size=36), st.sampled_from(ALL_DTYPES)))
    kind = draw(st.sampled_from(["same", "same", "T", "step", "reversed", "reshaped"]))
    if kind == "T":
        return case, "x.T", lambda np, x: x.T
    if kind == "step" and case.ndim:
        return case, "x[..., ::2]", lambda np, x: x[..., ::2]
    if kind == "reversed" and case.ndim:
        return case, "x[::-1]", lambda np, x: x[::-1]
    if kind == "reshaped":
        shape = case.shape
        return case, "x.ravel().reshape(shape)", lambda np, x: x.ravel().reshape(shape)
    return case, "x", lambda np, x: x


def _one(np, dtype, value):
    """A 0-d array of dtype holding value (the value a write stores)."""
    return np.array(value, dtype=dtype)


@st.composite
def writes(draw, shape, dtype):
    """Draw (name, fn) where fn(np, v) writes into v in place."""
    ndim = len(shape)
    value = draw(nd_elements(dtype))
    kinds = ["setitem_all", "setitem_key", "fill", "iop", "out", "array_value"]
    if ndim >= 1:
        kinds += ["overlap_assign", "overlap_iop"]
    kind = draw(st.sampled_from(kinds))
    if kind == "setitem_all":
        return "v[...] = %r" % (value,), lambda np, v: v.__setitem__(Ellipsis, _one(np, dtype, value))
    if kind == "setitem_key":
        key = draw(basic_indices(shape, allow_scalar=True))
        return "v[%r] = %r" % (key, value), lambda np, v: v.__setitem__(key, _one(np, dtype, value))
    if kind == "fill":
        return "v.fill(%r)" % (value,), lambda np, v: v.fill(value)
    if kind == "array_value":
        start = draw(st.integers(0, ndim))
        vshape = tuple(1 if draw(st.integers(0, 2)) == 0 else d for d in shape[start:])
        case = draw(nd_cases(vshape, dtype))
        return "v[...] = %r" % (case,), lambda np, v: v.__setitem__(Ellipsis, case.build(np))
    if kind == "iop":
        if dtype == "bool":
            op = draw(st.sampled_from(["|=", "&=", "^="]))
        else:
            op = draw(st.sampled_from(["+=", "-=", "*="]))
        amount = True if dtype == "bool" else draw(st.integers(0, 3))

        def apply(np, v):
            if op == "|=":
                v |= amount
            elif op == "&=":
                v &= amount
            elif op == "^=":
                v ^= amount
            elif op == "+=":
                v += amount
            elif op == "-=":
                v -= amount
            else:
                v *= amount
        return "v %s %r" % (op, amount), apply
    if kind == "out":
        if dtype == "bool":
            return "np.logical_not(v, out=v)", lambda np, v: np.logical_not(v, out=v)
        return "np.multiply(v, 3, out=v)", lambda np, v: np.multiply(v, 3, out=v)
    if kind == "overlap_assign":
        return "v[...] = v[::-1]", lambda np, v: v.__setitem__(Ellipsis, v[::-1])
    # overlap_iop
    if dtype == "bool":
        return "v ^= v[::-1]", lambda np, v: v.__ixor__(v[::-1])
    return "v += v[::-1]", lambda np, v: v.__iadd__(v[::-1])


def _ravel_copy(name, v):
    """Whether NumPy's answer is a copy made by ravel (see test_ravel_of_strided_vector_copies)."""
    return "ravel" in name and v.flags.owndata


def _ownership(np, name, v, a, x):
    """OWNDATA and .base of a view, or "copy" for the copy a reshape or ravel had to make: NumPy's copy
    is sometimes a view of a hidden array and sometimes not (see test_f_order_copy_owns_its_memory)."""
    if ("reshape" in name or "ravel" in name) and not np.shares_memory(v, a) and v.size and a.size:
        return "copy"
    return (v.flags["OWNDATA"],) + _relation(v, a, x)


def _relation(v, a, x):
    """How v relates to the arrays it came from: (base is None, base is a, base is x, base is a's base)."""
    base = v.base
    return (base is None, base is a, base is x, a.base is not None and base is a.base)


# ---------------------------------------------------------------------------------------------------------
# writes through views and through the base
# ---------------------------------------------------------------------------------------------------------

@given(start=prepared(), data=st.data())
@VIEWS
def test_write_through_basic_index_view(xp, start, data):
    case, _, prepare = start
    shape = numpy.shape(prepare(numpy, case.numpy()))
    key = data.draw(basic_indices(shape))
    view_shape = numpy.shape(prepare(numpy, case.numpy())[key])
    _, write = data.draw(writes(view_shape, case.dtype))

    def run(np, x):
        a = prepare(np, x)
        v = a[key]
        write(np, v)
        return [a, v, _relation(v, a, x), np.shares_memory(v, a)]
    agree_nd(run, xp, case)


@given(start=prepared(), data=st.data())
@VIEWS
def test_write_through_base_is_seen_by_basic_index_view(xp, start, data):
    case, _, prepare = start
    shape = numpy.shape(prepare(numpy, case.numpy()))
    key = data.draw(basic_indices(shape))
    _, write = data.draw(writes(shape, case.dtype))

    def run(np, x):
        a = prepare(np, x)
        v = a[key]
        write(np, a)
        return [a, v]
    agree_nd(run, xp, case)


@given(start=prepared(), data=st.data())
@VIEWS
def test_write_through_view_function(xp, start, data):
    case, _, prepare = start
    a0 = prepare(numpy, case.numpy())
    name, make = data.draw(view_makers(a0.shape))
    try:
        v0 = make(numpy, a0)
    except (ValueError, IndexError):
        assume(False)
    if not isinstance(v0, numpy.ndarray):
        assume(False)
    assume(not _ravel_copy(name, v0))
    _, write = data.draw(writes(v0.shape, case.dtype))

    def run(np, x):
        a = prepare(np, x)
        v = make(np, a)
        before = [v.flags["WRITEABLE"], v.flags["C_CONTIGUOUS"], v.flags["F_CONTIGUOUS"],
                  _ownership(np, name, v, a, x), np.shares_memory(v, a), np.may_share_memory(v, a)]
        write(np, v)   # raises ValueError for read-only views (diagonal, broadcast_to)
        return [a, v, before]
    agree_nd(run, xp, case, message=True)


@given(start=prepared(), data=st.data())
@VIEWS
def test_write_through_base_is_seen_by_view_function(xp, start, data):
    case, _, prepare = start
    a0 = prepare(numpy, case.numpy())
    name, make = data.draw(view_makers(a0.shape))
    try:
        v0 = make(numpy, a0)
    except (ValueError, IndexError):
        assume(False)
    assume(isinstance(v0, numpy.ndarray))
    assume(not _ravel_copy(name, v0))
    _, write = data.draw(writes(a0.shape, case.dtype))

    def run(np, x):
        a = prepare(np, x)
        v = make(np, a)
        write(np, a)
        return [a, v]
    agree_nd(run, xp, case)


VIEW_EXAMPLES = [
    ("a[:2, 1:3]", lambda np, a: a[:2, 1:3]),
    ("a[:, 1]", lambda np, a: a[:, 1]),
    ("a[1]", lambda np, a: a[1]),
    ("a[::-1, ::2]", lambda np, a: a[::-1, ::2]),
    ("a[..., None, 1:]", lambda np, a: a[..., None, 1:]),
    ("a.T", lambda np, a: a.T),
    ("a.transpose()", lambda np, a: a.transpose()),
    ("a.swapaxes(0, 1)", lambda np, a: a.swapaxes(0, 1)),
    ("np.moveaxis(a, 0, -1)", lambda np, a: np.moveaxis(a, 0, -1)),
    ("a.reshape(4, 3)", lambda np, a: a.reshape(4, 3)),
    ("a.reshape(-1)", lambda np, a: a.reshape(-1)),
    ("a.ravel()", lambda np, a: a.ravel()),
    ("a.T.ravel('F')", lambda np, a: a.T.ravel("F")),
    ("a[None].squeeze()", lambda np, a: a[None].squeeze()),
    ("np.expand_dims(a, 1)", lambda np, a: np.expand_dims(a, 1)),
    ("np.flip(a)", lambda np, a: np.flip(a)),
    ("np.split(a, 2, axis=1)[1]", lambda np, a: np.split(a, 2, axis=1)[1]),
    ("np.array_split(a, 2)[1]", lambda np, a: np.array_split(a, 2)[1]),
    ("a.view()", lambda np, a: a.view()),
]


@pytest.mark.parametrize("name,make", VIEW_EXAMPLES, ids=[n for n, _ in VIEW_EXAMPLES])
@pytest.mark.parametrize("dtype", ["int64", "float32", "bool", "uint8"])
def test_named_views_share_memory(xp, name, make, dtype):
    case = NdCase((numpy.arange(12).reshape(3, 4) % 5).astype(dtype).tolist(), (3, 4), dtype)

    def run(np, a):
        v = make(np, a)
        first = tuple(0 for _ in v.shape)
        v[first] = _one(np, dtype, 1)
        a[-1, -1] = _one(np, dtype, 0)
        if dtype != "bool":
            v += _one(np, dtype, 2)
        return [a, v, v.base is a, np.shares_memory(a, v), v.flags["OWNDATA"], v.flags["C_CONTIGUOUS"]]
    agree_nd(run, xp, case)


def test_issue_example_slice_is_a_view(xp):
    a = xp.array([[1, 2, 3, 4], [5, 6, 7, 8]])
    b = a[:2, 1:3]
    b[0, 0] = 77
    assert int(a[0, 1]) == 77
    c = a[:, 2]
    c[1] = -1
    assert a.tolist() == [[1, 77, 3, 4], [5, 6, -1, 8]]
    a.T[3, 0] = 9
    assert a[0, 3] == 9


@given(data=st.data())
@VIEWS
def test_views_of_views_chain(xp, data):
    case = data.draw(nd_cases(nd_shapes(2, 4, min_side=1, max_size=36), st.sampled_from(ALL_DTYPES)))
    shape = case.shape
    key1 = data.draw(basic_indices(shape))
    shape1 = numpy.shape(case.numpy()[key1])
    key2 = data.draw(basic_indices(shape1))
    shape2 = numpy.shape(case.numpy()[key1][key2])
    _, write = data.draw(writes(shape2, case.dtype))

    def run(np, x):
        v1 = x[key1]
        v2 = v1[key2]
        write(np, v2)
        return [x, v1, v2, v2.base is x, v1.base is x, np.shares_memory(v2, x)]
    agree_nd(run, xp, case)


@pytest.mark.parametrize("dtype", ["int16", "float64"])
def test_ufunc_out_writes_through_a_view(xp, dtype):
    case = NdCase([[1, 2, 3], [4, 5, 6]], (2, 3), dtype)

    def run(np, a):
        v = a[:, ::-2]
        r1 = np.multiply(v, 3, out=v)
        r2 = np.add(a[0], a[1], out=a[1])
        np.negative(a.T[1], out=a.T[1])
        np.logical_not(a[0] > 2, out=np.zeros(3, dtype=bool))
        return [a, v, r1 is v, r2.base is a]
    agree_nd(run, xp, case)


def test_squeeze_with_nothing_to_squeeze_is_itself(xp):
    agree_nd(lambda np, x: [x.squeeze() is x, np.squeeze(x) is x], xp, NdCase([1, 2], (2,), "int64"))


# ---------------------------------------------------------------------------------------------------------
# complex .real / .imag, and .imag of real arrays
# ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("part", ["real", "imag"])
def test_real_and_imag_of_complex_are_views(xp, part):
    case = NdCase([[1 + 2j, 3 - 4j], [0j, -1j]], (2, 2), "complex64")

    def run(np, z):
        v = getattr(z, part)
        v[0, 1] = _one(np, "float32", 7)
        v += _one(np, "float32", 1)
        return [z, v, v.base is z, np.shares_memory(v, z), v.dtype.name]
    agree_nd(run, xp, case)


@given(case=nd_cases(nd_shapes(0, 6), st.sampled_from(["complex64", "complex128"])), data=st.data())
@VIEWS
def test_real_and_imag_views_write_through_every_layout(xp, case, data):
    """z.real / z.imag of N-d complex arrays and their views: writes, in-place operators, layout, memory."""
    part = data.draw(st.sampled_from(["real", "imag"]))
    axes = data.draw(st.permutations(range(case.ndim)))
    steps = data.draw(st.lists(st.sampled_from([1, 2, -1]), min_size=case.ndim, max_size=case.ndim))
    value = data.draw(st.sampled_from([0, 1.5, -2]))

    def run(np, z):
        w = z.transpose(axes)[tuple(slice(None, None, s) for s in steps) + (Ellipsis,)]
        v = getattr(w, part)
        out = [v.copy(), _layout(v), v.base is z,
               np.shares_memory(v, z), np.shares_memory(z.real, z.imag), np.may_share_memory(v, w)]
        v[...] = value
        v += 1
        if v.ndim:
            v[(0,) * (v.ndim - 1) + (slice(None, None, -1),)] = v[(0,) * (v.ndim - 1)].copy() * 2
        out += [v.reshape(-1).copy(), v.sum(), v.T.copy(), z.real.copy(), z.imag.copy()]
        return out + [z]
    agree_nd(run, xp, case)


@pytest.mark.parametrize("dtype", ["int8", "float64", "bool"])
def test_real_and_imag_of_real_arrays(xp, dtype):
    case = NdCase([1, 0, 1], (3,), dtype)

    def run(np, x):
        r = x.real
        i = x.imag
        r[0] = _one(np, dtype, 0)
        return [x, r, i.flags["WRITEABLE"], i, np.shares_memory(i, x), np.shares_memory(r, x)]
    agree_nd(run, xp, case)
    # writing to .imag of a real array: NumPy refuses (read-only)
    agree_nd(lambda np, x: x.imag.__setitem__(0, _one(np, dtype, 1)), xp, case, message=True)


@pytest.mark.parametrize("prep", ["x", "x.T", "x[:, ::-1]", "x.T[::2]"])
def test_ravel_order_k(xp, prep):
    case = NdCase([[1, 2, 3], [4, 5, 6]], (2, 3), "int8")

    def run(np, x):
        a = eval(prep, {"x": x})
        v = a.ravel("K")
        v[0] = 9
        return [x, v, np.ravel(a, order="K"), a.flatten("K"), np.shares_memory(v, x)]
    agree_nd(run, xp, case)


def test_f_order_copy_owns_its_memory(xp):
    def run(np, x):
        out = []
        for v in (x.ravel("F"), x.reshape((4, 4), order="F"), x.copy(order="F"), np.array(x, order="F"),
                  x.flatten("F")):
            out.append((v.flags["OWNDATA"], v.base is None, v.flags["C_CONTIGUOUS"], v.flags["F_CONTIGUOUS"]))
        return out
    agree_nd(run, xp, NdCase([[[1, 2, 3, 4]], [[5, 6, 7, 8]], [[9, 10, 11, 12]], [[13, 14, 15, 16]]],
                             (4, 1, 4), "uint64"))


def _layout(v):
    """What a copy's memory looks like: owner or view, contiguity, and the strides of its long axes."""
    return (v.flags["OWNDATA"], v.base is None, v.flags["C_CONTIGUOUS"], v.flags["F_CONTIGUOUS"],
            tuple(s for s, n in zip(v.strides, v.shape) if n > 1) if v.size else "empty")


@given(case=nd_cases(nd_shapes(0, 5, min_side=1), st.sampled_from(ALL_DTYPES)), data=st.data())
@VIEWS
def test_copies_in_every_order_lay_out_memory_as_numpy(xp, case, data):
    """copy, np.array, np.copy, ravel, flatten and reshape in orders C, F, A, K: layout, values, ownership."""
    axes = data.draw(st.permutations(range(case.ndim)))
    steps = data.draw(st.lists(st.sampled_from([1, 2, -1]), min_size=case.ndim, max_size=case.ndim))
    order = data.draw(st.sampled_from(["C", "F", "A", "K"]))

    def run(np, x):
        v = x.transpose(axes)[tuple(slice(None, None, s) for s in steps)]
        copies = [v.copy(order=order), np.array(v, order=order), np.copy(v, order=order),
                  v.flatten(order), v.ravel(order).copy(), v.reshape(-1, order=order if order != "K" else "C")]
        out = [[c, _layout(c)] for c in copies]
        copies[0][...] = 0  # a copy shares nothing with its source
        return out + [x]
    agree_nd(run, xp, case)


def test_ravel_of_strided_vector_copies(xp):
    def run(np, x):
        v = x[::2].ravel()
        v[0] = 7
        w = x.reshape(4, 1)[::-1].ravel("F")
        w[0] = 9
        return [x, v, v.flags["C_CONTIGUOUS"], np.shares_memory(v, x), w, np.shares_memory(w, x)]
    agree_nd(run, xp, NdCase([0, 1, 2, 3], (4,), "int32"))


def test_real_of_real_array_is_itself(xp):
    agree_nd(lambda np, x: [x.real is x, x.real.base is None], xp, NdCase([1.5, 2.5], (2,), "float64"))


# ---------------------------------------------------------------------------------------------------------
# copies: fancy and boolean indexing, copy(), flatten, astype
# ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name,make", [
    ("a[[0, 2]]", lambda np, a: a[[0, 2]]),
    ("a[:, [1, 0]]", lambda np, a: a[:, [1, 0]]),
    ("a[a > 2]", lambda np, a: a[a > 2]),
    ("a[[True, False, True]]", lambda np, a: a[[True, False, True]]),
    ("a[np.array([0, 1]), 1:]", lambda np, a: a[np.array([0, 1]), 1:]),
    ("a.copy()", lambda np, a: a.copy()),
    ("a.flatten()", lambda np, a: a.flatten()),
    ("a.astype(a.dtype)", lambda np, a: a.astype(a.dtype)),
    ("np.array(a)", lambda np, a: np.array(a)),
    ("a.T.reshape(-1)", lambda np, a: a.T.reshape(-1)),
    ("a.T.ravel()", lambda np, a: a.T.ravel()),
    ("np.ascontiguousarray(a.T)", lambda np, a: np.ascontiguousarray(a.T)),
])
def test_fancy_and_boolean_indexing_and_copies_do_not_share(xp, name, make):
    case = NdCase([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]], (3, 4), "int32")

    def run(np, a):
        v = make(np, a)
        v[...] = 99
        return [a, v, np.shares_memory(a, v), np.may_share_memory(a, v), v.flags["OWNDATA"] or v.base is not a]
    agree_nd(run, xp, case)


@given(case=nd_cases(nd_shapes(1, 4, min_side=1, max_size=36)), data=st.data())
@VIEWS
def test_fancy_index_write_does_not_reach_base_but_setitem_does(xp, case, data):
    axis_len = case.shape[0]
    rows = data.draw(st.lists(st.integers(-axis_len, axis_len - 1), min_size=1, max_size=4))
    value = data.draw(nd_elements(case.dtype))

    def run(np, a):
        copy = a[rows]
        copy[...] = _one(np, case.dtype, value)
        after_copy = a.copy()
        a[rows] = _one(np, case.dtype, value)
        return [after_copy, a, copy]
    agree_nd(run, xp, case)


# ---------------------------------------------------------------------------------------------------------
# .base, shares_memory, may_share_memory, flags
# ---------------------------------------------------------------------------------------------------------

@given(case=nd_cases(nd_shapes(0, 4, max_size=36)), data=st.data())
@VIEWS
def test_shares_memory_of_two_views(xp, case, data):
    k1 = data.draw(basic_indices(case.shape))
    k2 = data.draw(basic_indices(case.shape))
    transposed = data.draw(st.booleans())

    def run(np, x):
        v1 = x[k1]
        v2 = (x.T if transposed else x)[k2]
        return [np.shares_memory(v1, v2), np.may_share_memory(v1, v2), np.shares_memory(v1, x),
                np.may_share_memory(v2, x), np.shares_memory(x, x.copy()), np.may_share_memory(x, x.copy())]
    agree_nd(run, xp, case)


@given(start=prepared(max_dims=5), data=st.data())
@VIEWS
def test_flags_and_base(xp, start, data):
    case, _, prepare = start
    a0 = prepare(numpy, case.numpy())
    name, make = data.draw(view_makers(a0.shape))
    try:
        v0 = make(numpy, a0)
    except (ValueError, IndexError):
        assume(False)
    assume(isinstance(v0, numpy.ndarray))
    assume(not _ravel_copy(name, v0))

    def run(np, x):
        a = prepare(np, x)
        v = make(np, a)
        out = []
        for arr in (a, v):
            f = arr.flags
            out.append((f["C_CONTIGUOUS"], f["F_CONTIGUOUS"], f["WRITEABLE"],
                        f.c_contiguous, f.f_contiguous, f.writeable, f["C"], f["F"]))
            # the older names and the combined flags (NumPy's farray: any array not in C order)
            out.append((f.contiguous, f.fortran, f.aligned, f.writebackifcopy, f.behaved, f.carray, f.farray,
                        f.fnc, f.forc, f["A"], f["X"], f["BEHAVED"], f["CA"], f["FA"], f["FNC"], f["FORC"]))
        out.append((a.flags["OWNDATA"], a.flags.owndata, a.flags.num))
        out.append(_ownership(np, name, v, a, x))
        out.append(v.shape)
        return out
    agree_nd(run, xp, case)


@pytest.mark.parametrize("shape", [(), (0,), (1,), (3,), (2, 3), (1, 3), (3, 1), (0, 4), (2, 1, 3), (1, 1)])
def test_flags_of_fresh_and_transposed_arrays(xp, shape):
    case = NdCase(numpy.zeros(shape).tolist() if numpy.prod(shape) else [], shape, "float64")

    def run(np, x):
        out = []
        for arr in (x, x.T, x[..., ::2], x[None], np.ascontiguousarray(x.T), np.asfortranarray(x)):
            out.append((arr.flags["C_CONTIGUOUS"], arr.flags["F_CONTIGUOUS"], arr.flags["OWNDATA"]))
        out.append(np.ascontiguousarray(x) is x)
        out.append(np.ascontiguousarray(x).shape)
        return out
    agree_nd(run, xp, case)


@given(start=prepared(max_dims=4))
@VIEWS
def test_ascontiguousarray(xp, start):
    case, _, prepare = start

    def run(np, x):
        a = prepare(np, x)
        c = np.ascontiguousarray(a)
        f = np.asfortranarray(a)
        return [c, f, c.flags["C_CONTIGUOUS"], f.flags["F_CONTIGUOUS"], c is a, f is a, np.shares_memory(c, a),
                c.flags["OWNDATA"]]
    agree_nd(run, xp, case)


# ---------------------------------------------------------------------------------------------------------
# read-only arrays
# ---------------------------------------------------------------------------------------------------------

@given(start=prepared(), data=st.data())
@settings(VIEWS, max_examples=max(1, VIEWS.max_examples // 2))
def test_setflags_write_false_then_writing_raises(xp, start, data):
    case, _, prepare = start
    shape = numpy.shape(prepare(numpy, case.numpy()))
    name, write = data.draw(writes(shape, case.dtype))
    key = data.draw(basic_indices(shape))

    def run(np, x):
        a = prepare(np, x)
        a.setflags(write=False)
        return write(np, a)

    def run_view(np, x):
        a = prepare(np, x)
        a.setflags(write=False)
        v = a[key]
        assert not v.flags.writeable
        return write(np, v)
    agree_nd(run, xp, case, message=True)
    agree_nd(run_view, xp, case, message=True)


READ_ONLY_WRITES = ["v[0] = 1", "v[...] = 1", "v.fill(0)", "v[:] = v[::-1]", "v[[0]] = 1", "v[v > 0] = 1",
                    "v[1:, 0] = [7, 8][:len(v[1:, 0])]", "v += 1", "v *= 2", "np.add(v, 1, out=v)"]
# through a ufunc's output (+=, out=) NumPy says "output array is read-only"
READ_ONLY_UFUNC_WRITES = ["v += 1", "v *= 2", "np.add(v, 1, out=v)"]


@pytest.mark.parametrize("write", READ_ONLY_WRITES)
@pytest.mark.parametrize("how", ["setflags", "diagonal", "broadcast_to", "view of read-only",
                                 "flags['WRITEABLE']", "flags.writeable"])
def test_read_only_arrays_raise_and_stay_unchanged(xp, write, how):
    case = NdCase([[1, 2, 3], [4, 5, 6], [7, 8, 9]], (3, 3), "int64")

    def run(np, a):
        if how == "setflags":
            v = a
            v.setflags(write=False)
        elif how == "diagonal":
            v = a.diagonal()
        elif how == "broadcast_to":
            v = np.broadcast_to(a[0], (2, 3))
        elif how == "view of read-only":
            a.setflags(write=False)
            v = a[1:, ::-1]
        elif how == "flags['WRITEABLE']":
            v = a[1:]
            v.flags["WRITEABLE"] = False
        else:
            v = a[1:]
            v.flags.writeable = False
        exec(write, {"np": np, "v": v})
    agree_nd(run, xp, case, message=True)


@pytest.mark.parametrize("write", READ_ONLY_UFUNC_WRITES)
def test_read_only_ufunc_output_message(xp, write):
    def run(np, a):
        v = a[::2]
        v.setflags(write=False)
        exec(write, {"np": np, "v": v})
    agree_nd(run, xp, NdCase([1, 2, 3], (3,), "int64"), message=True)


def test_read_only_message_and_type(xp):
    a = xp.arange(6).reshape(2, 3)
    a.setflags(write=False)
    with pytest.raises(ValueError, match="^assignment destination is read-only$"):
        a[0, 0] = 5
    with pytest.raises(ValueError, match="^output array is read-only$"):  # a ufunc's output
        a += 1
    assert a.tolist() == [[0, 1, 2], [3, 4, 5]]


def test_cannot_make_a_view_of_read_only_writeable(xp):
    def run(np, x):
        x.setflags(write=False)
        v = x[1:]
        v.setflags(write=True)
    agree_nd(run, xp, NdCase([1, 2, 3], (3,), "int8"), message=True)

    def run_broadcast(np, x):
        np.broadcast_to(x, (2, 3)).setflags(write=True)
    agree_nd(run_broadcast, xp, NdCase([1, 2, 3], (3,), "int8"), message=True)

    def run_owner(np, x):  # the owner can be made writeable again
        x.setflags(write=False)
        x.setflags(write=True)
        x[0] = 9
        return x
    agree_nd(run_owner, xp, NdCase([1, 2, 3], (3,), "int8"))


# ---------------------------------------------------------------------------------------------------------
# reshape: a view exactly where NumPy's reshape can avoid copying; shape assignment
# ---------------------------------------------------------------------------------------------------------

@given(start=prepared(max_dims=4), data=st.data())
@VIEWS
def test_reshape_view_or_copy_like_numpy(xp, start, data):
    case, _, prepare = start
    a0 = prepare(numpy, case.numpy())
    key = data.draw(basic_indices(a0.shape)) if a0.ndim else ()
    sub = a0[key]
    new = data.draw(_shape_with_size(int(sub.size)))
    order = data.draw(st.sampled_from(["C", "F"]))

    def run(np, x):
        v = prepare(np, x)[key].reshape(new, order=order)
        v[...] = _one(np, case.dtype, 0)
        return [x, v, np.shares_memory(v, x), v.flags["C_CONTIGUOUS"], v.flags["F_CONTIGUOUS"]]
    agree_nd(run, xp, case)

    def assign_shape(np, x):
        v = prepare(np, x)[key]
        v.shape = new
        return [v, np.shares_memory(v, x)]
    if isinstance(sub, numpy.ndarray):
        agree_nd(assign_shape, xp, case, message=True)
