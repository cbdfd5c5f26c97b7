"""Differential tests of einsum_path (tinynet/lib/einsum_path.py) against NumPy: the path and the report, exactly.

Expressions of one to five operands over up to six letters, sizes 1 to 5 (a size of 1 broadcasts), explicit,
implicit and sublist forms, repeated letters, every optimize= form (greedy, optimal, True, False, a memory
limit, an explicit path, a bad one) and bad subscripts.  NumPy names the axes '...' stands for with letters
it takes from a set, whose order changes from run to run, so with '...' the path and the cost lines are
compared, not the letters.
"""
import numpy
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from strategies import agree_nd

SETTINGS = settings(max_examples=80, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
LETTERS = "abcdeA"


@st.composite
def _expressions(draw, max_operands=5):
    """(input terms, output term or None, shapes)."""
    sizes = {c: draw(st.integers(1, 5)) for c in LETTERS}
    n = draw(st.integers(1, max_operands))
    terms = [draw(st.text(alphabet=LETTERS, min_size=0, max_size=3)) for _ in range(n)]
    shapes = [tuple(1 if draw(st.integers(0, 9)) == 0 else sizes[c] for c in term) for term in terms]
    seen = sorted(set("".join(terms)))
    output = None
    if draw(st.booleans()):
        output = "".join(draw(st.permutations(seen))[:draw(st.integers(0, len(seen)))])
    return terms, output, shapes


OPTIMIZE = st.sampled_from(["greedy", "optimal", True, False, None, ("greedy", 4), ("optimal", 30.0)])


def _subscripts(terms, output):
    return ",".join(terms) + ("" if output is None else "->" + output)


@given(expression=_expressions(), optimize=OPTIMIZE)
@SETTINGS
def test_paths_and_reports(tn, expression, optimize):
    terms, output, shapes = expression
    text = _subscripts(terms, output)
    agree_nd(lambda xp: xp.einsum_path(text, *[xp.ones(s) for s in shapes], optimize=optimize), tn, message=True)


@given(expression=_expressions(max_operands=4))
@SETTINGS
def test_sublist_form(tn, expression):
    terms, output, shapes = expression
    labels = {c: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".index(c) for c in LETTERS}

    def run(xp):
        args = []
        for term, shape in zip(terms, shapes):
            args += [xp.ones(shape), [labels[c] for c in term]]
        if output is not None:
            args.append([labels[c] for c in output])
        return xp.einsum_path(*args)

    agree_nd(run, tn, message=True)


@given(expression=_expressions(max_operands=4), data=st.data())
@SETTINGS
def test_explicit_paths(tn, expression, data):
    terms, output, shapes = expression
    n = len(terms)
    path = ["einsum_path"]
    left = n
    while left > 1 and data.draw(st.integers(0, 9)):  # now and then an unfinished path, which NumPy refuses
        pair = data.draw(st.lists(st.integers(0, left - 1), min_size=2, max_size=min(left, 3), unique=True))
        path.append(tuple(pair))
        left -= len(pair) - 1
    text = _subscripts(terms, output)
    agree_nd(lambda xp: xp.einsum_path(text, *[xp.ones(s) for s in shapes], optimize=path), tn, message=True)


@given(data=st.data())
@SETTINGS
def test_ellipses(tn, data):
    ndim = data.draw(st.integers(0, 3))
    batch = tuple(data.draw(st.integers(1, 3)) for _ in range(ndim))
    extra = data.draw(st.integers(1, 3))
    text = data.draw(st.sampled_from(["...ij,...jk", "...ij,...jk->...ik", "ij...,jk...->ik...", "...i,...i",
                                      "...,...ij,jk", "i...j,j...k,k->...", "..."]))
    nterms = len(text.split("->")[0].split(","))
    shapes = []
    for term in text.split("->")[0].split(","):
        letters = term.replace("...", "")
        shapes.append(batch[len(batch) - data.draw(st.integers(0, ndim)):] + (extra,) * len(letters)
                      if term.startswith("...") else (extra,) * len(letters) if "..." not in term
                      else (extra,) * term.index("...") + batch + (extra,) * (len(letters) - term.index("...")))
    optimize = data.draw(OPTIMIZE)

    def run(xp):
        path, report = xp.einsum_path(text, *[xp.ones(s) for s in shapes[:nterms]], optimize=optimize)
        return path, report.splitlines()[1:7]   # the letters for '...' are NumPy's arbitrary choice

    agree_nd(run, tn, message=True)


BAD = ["ij,jk->ik->", "ij,j$", "ij,jk->ii", "ij,jk->ix", "ij,jk,kl", "i.j,jk", "ij,jkl", "ij-jk", "ij,jk>",
       "....,jk", "ijk...,jk"]


@pytest.mark.parametrize("text", BAD)
def test_bad_subscripts(tn, text):
    agree_nd(lambda xp: xp.einsum_path(text, xp.ones((2, 2)), xp.ones((2, 2))), tn, message=True)


def test_bad_sizes_and_paths(tn):
    agree_nd(lambda xp: xp.einsum_path("ij,jk", xp.ones((2, 3)), xp.ones((2, 2))), tn, message=True)
    three = lambda xp: [xp.ones((2, 2))] * 3  # noqa: E731
    agree_nd(lambda xp: xp.einsum_path("ij,jk,kl", *three(xp), optimize=["einsum_path", (1, 2)]), tn, message=True)
    agree_nd(lambda xp: xp.einsum_path("ij,jk,kl", *three(xp), optimize="bogus"), tn)
    agree_nd(lambda xp: xp.einsum_path("ij,jk,kl", *three(xp), optimize=3), tn)
    agree_nd(lambda xp: xp.einsum_path("", xp.float64(3)), tn)
    agree_nd(lambda xp: xp.einsum_path(xp.ones(2), ["a"]), tn)
    with pytest.raises(ValueError):
        tn.einsum_path()


def test_a_path_einsum_takes(tn):
    """The path einsum_path finds is one einsum(optimize=path) accepts, with the same answer."""
    a, b, c = numpy.arange(6.0).reshape(2, 3), numpy.arange(12.0).reshape(3, 4), numpy.arange(20.0).reshape(4, 5)
    path = tn.einsum_path("ij,jk,kl->il", tn.asarray(a), tn.asarray(b), tn.asarray(c), optimize="optimal")[0]
    result = tn.einsum("ij,jk,kl->il", tn.asarray(a), tn.asarray(b), tn.asarray(c), optimize=path)
    assert numpy.asarray(result).tolist() == numpy.einsum("ij,jk,kl->il", a, b, c).tolist()
