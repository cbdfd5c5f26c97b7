"""Functions beyond issue 2's list that tutorials reach for: median, flip, split, array_split, diagflat,
meshgrid, argsort, sort and unique. Each runs in both libraries and must agree exactly."""
from hypothesis import given, strategies as st

from strategies import PROPERTY, agree, array_cases, axes_for, shapes


@PROPERTY
@given(data=st.data())
def test_median(tn, data):
    a = data.draw(array_cases(shape=shapes(min_dims=1, min_side=1), dtype=st.sampled_from(["int64", "float64"]),
                              nonfinite=False), label="a")
    axis = data.draw(axes_for(len(a.shape)), label="axis")
    # which of 0.0 and -0.0 NumPy's partition leaves in the middle is its own choice
    agree(lambda xp, x: xp.median(x, axis=axis), tn, a, signed_zeros=False)


@PROPERTY
@given(data=st.data())
def test_flip(tn, data):
    a = data.draw(array_cases(shape=shapes(min_dims=1)), label="a")
    axis = data.draw(axes_for(len(a.shape)), label="axis")
    agree(lambda xp, x: xp.flip(x, axis=axis), tn, a)


@PROPERTY
@given(data=st.data())
def test_array_split_and_split(tn, data):
    a = data.draw(array_cases(shape=shapes(min_dims=1, min_side=1)), label="a")
    axis = data.draw(st.integers(0, len(a.shape) - 1), label="axis")
    sections = data.draw(st.integers(1, 4), label="sections")
    agree(lambda xp, x: tuple(xp.array_split(x, sections, axis=axis)), tn, a)
    agree(lambda xp, x: tuple(xp.split(x, sections, axis=axis)), tn, a)
    cuts = data.draw(st.lists(st.integers(0, a.shape[axis]), max_size=3).map(sorted), label="cuts")
    agree(lambda xp, x: tuple(xp.array_split(x, cuts, axis=axis)), tn, a)


@PROPERTY
@given(a=array_cases(shape=shapes(min_dims=1, max_dims=2, max_side=4)), k=st.integers(-2, 2))
def test_diag_and_diagflat(tn, a, k):
    agree(lambda xp, x: xp.diagflat(x, k), tn, a)
    agree(lambda xp, x: xp.diag(x, k), tn, a)


@PROPERTY
@given(data=st.data())
def test_sort_argsort_unique(tn, data):
    a = data.draw(array_cases(shape=shapes(min_dims=1), dtype=st.sampled_from(["int64", "float64", "bool"])),
                  label="a")
    axis = data.draw(st.integers(-len(a.shape), len(a.shape) - 1), label="axis")
    # NumPy's sort is not stable, so which of 0.0 and -0.0 comes first (or survives unique) is its own choice
    agree(lambda xp, x: xp.sort(x, axis=axis), tn, a, signed_zeros=False)
    agree(lambda xp, x: xp.unique(x), tn, a, signed_zeros=False)
    if len(a.shape) == 1:
        # NumPy's default sort is not stable, so compare the values argsort orders, not tie order
        agree(lambda xp, x: x[xp.argsort(x)], tn, a, signed_zeros=False)


@PROPERTY
@given(x=array_cases(shape=shapes(min_dims=1, max_dims=1)), y=array_cases(shape=shapes(min_dims=1, max_dims=1)))
def test_meshgrid(tn, x, y):
    agree(lambda xp, u, v: tuple(xp.meshgrid(u, v)), tn, x, y)
    agree(lambda xp, u, v: tuple(xp.meshgrid(u, v, indexing="ij")), tn, x, y)


def test_float64_scalar_powers_of_special_values_follow_c_pow(tn):
    """np.float64 ** x uses C's pow (so (-inf) ** 0.5 is inf), unlike arrays, where ** 0.5 is sqrt."""
    import numpy

    inf = float("inf")
    cases = [(-inf, 0.5), (-1.0, 0.5), (0.0, -1.0), (-0.0, -1.0), (-0.0, -2.0), (10.0, 400.0), (-2.0, 3.0),
             (-8.0, 1 / 3), (inf, -1.0), (0.5, inf), (-1.0, inf), (1.0, float("nan"))]
    with numpy.errstate(all="ignore"):
        for base, exponent in cases:
            assert repr(tn.float64(base) ** exponent) == repr(numpy.float64(base) ** exponent), (base, exponent)
            assert repr(exponent ** tn.float64(base)) == repr(exponent ** numpy.float64(base)), (exponent, base)
