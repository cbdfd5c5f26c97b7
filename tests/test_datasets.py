"""tinynet.datasets against NumPy versions of scikit-learn's generators, and the CSV reader.

The reference generators below are scikit-learn's algorithms written with NumPy's legacy RandomState (the
generator scikit-learn uses for an int random_state): the same draws in the same order.  tinynet's values
must agree to rounding (NumPy's sin and cos are not always correctly rounded), its labels exactly.
"""
import math

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

import tinynet
from tinynet.nn import datasets


def _shuffled(rng, X, y):
    """scikit-learn's shuffle: permute the rows of X and y with one shuffle of arange(n)."""
    indices = np.arange(X.shape[0])
    rng.shuffle(indices)
    return X[indices], y[indices]


def reference_moons(n_samples, shuffle, noise, seed):
    rng = np.random.RandomState(seed)
    n_out = n_samples // 2
    n_in = n_samples - n_out
    X = np.vstack([np.append(np.cos(np.linspace(0, np.pi, n_out)), 1 - np.cos(np.linspace(0, np.pi, n_in))),
                   np.append(np.sin(np.linspace(0, np.pi, n_out)), 1 - np.sin(np.linspace(0, np.pi, n_in)) - 0.5)]).T
    y = np.hstack([np.zeros(n_out, dtype=np.intp), np.ones(n_in, dtype=np.intp)])
    if shuffle:
        X, y = _shuffled(rng, X, y)
    if noise is not None:
        X = X + rng.normal(scale=noise, size=X.shape)
    return X, y


def reference_circles(n_samples, shuffle, noise, seed, factor):
    rng = np.random.RandomState(seed)
    n_out = n_samples // 2
    n_in = n_samples - n_out
    t_out = np.linspace(0, 2 * np.pi, n_out, endpoint=False)
    t_in = np.linspace(0, 2 * np.pi, n_in, endpoint=False)
    X = np.vstack([np.append(np.cos(t_out), np.cos(t_in) * factor),
                   np.append(np.sin(t_out), np.sin(t_in) * factor)]).T
    y = np.hstack([np.zeros(n_out, dtype=np.intp), np.ones(n_in, dtype=np.intp)])
    if shuffle:
        X, y = _shuffled(rng, X, y)
    if noise is not None:
        X = X + rng.normal(scale=noise, size=X.shape)
    return X, y


def reference_blobs(n_samples, n_features, centers, cluster_std, shuffle, seed):
    rng = np.random.RandomState(seed)
    centers = rng.uniform(-10.0, 10.0, size=(centers, n_features))
    counts = [n_samples // len(centers)] * len(centers)
    for i in range(n_samples % len(centers)):
        counts[i] += 1
    X = np.vstack([rng.normal(loc=centers[i], scale=cluster_std, size=(n, n_features)) for i, n in enumerate(counts)])
    y = np.hstack([np.full(n, i) for i, n in enumerate(counts)])
    if shuffle:
        X, y = _shuffled(rng, X, y)
    return X, y


def reference_spiral(n_samples, n_classes, noise, shuffle, seed):
    """Stanford CS231n's spiral, with the samples shared out as blobs shares them."""
    rng = np.random.RandomState(seed)
    counts = [n_samples // n_classes] * n_classes
    for k in range(n_samples % n_classes):
        counts[k] += 1
    parts, labels = [], []
    for k, n in enumerate(counts):
        r = np.linspace(0.0, 1, n)
        t = np.linspace(k * 4, (k + 1) * 4, n) + rng.randn(n) * noise
        parts.append(np.c_[r * np.sin(t), r * np.cos(t)])
        labels.append(np.full(n, k))
    X, y = np.vstack(parts), np.hstack(labels)
    if shuffle:
        X, y = _shuffled(rng, X, y)
    return X, y


def _assert_same(got, expected):
    X, y = got
    X_ref, y_ref = expected
    assert X.dtype == tinynet.float64 and y.dtype == tinynet.int64
    assert X.shape == X_ref.shape and y.shape == y_ref.shape
    assert y.tolist() == y_ref.tolist()
    np.testing.assert_allclose(np.asarray(X.tolist()).reshape(X_ref.shape), X_ref, rtol=1e-13, atol=1e-15)


sample_counts = st.integers(1, 60)
seeds = st.integers(0, 2 ** 32 - 1)
noises = st.sampled_from([None, 0.0, 0.05, 0.3])


@settings(max_examples=60, deadline=None)
@given(n=sample_counts, shuffle=st.booleans(), noise=noises, seed=seeds)
def test_moons_follow_scikit_learns_make_moons(n, shuffle, noise, seed):
    _assert_same(datasets.moons(n, shuffle=shuffle, noise=noise, seed=seed), reference_moons(n, shuffle, noise, seed))


@settings(max_examples=60, deadline=None)
@given(n=sample_counts, shuffle=st.booleans(), noise=noises, seed=seeds, factor=st.sampled_from([0.0, 0.3, 0.8]))
def test_circles_follow_scikit_learns_make_circles(n, shuffle, noise, seed, factor):
    _assert_same(datasets.circles(n, shuffle=shuffle, noise=noise, seed=seed, factor=factor),
                 reference_circles(n, shuffle, noise, seed, factor))


@settings(max_examples=60, deadline=None)
@given(n=sample_counts, n_features=st.integers(1, 4), centers=st.integers(1, 5), std=st.sampled_from([0.5, 1.0, 2.5]),
       shuffle=st.booleans(), seed=seeds)
def test_blobs_follow_scikit_learns_make_blobs(n, n_features, centers, std, shuffle, seed):
    _assert_same(datasets.blobs(n, n_features=n_features, centers=centers, cluster_std=std, shuffle=shuffle, seed=seed),
                 reference_blobs(n, n_features, centers, std, shuffle, seed))


def test_blobs_match_scikit_learns_documented_example():
    # make_blobs(n_samples=10, centers=3, n_features=2, random_state=0) in scikit-learn's docstring
    X, y = datasets.blobs(n_samples=10, centers=3, n_features=2, seed=0)
    assert y.tolist() == [0, 0, 1, 0, 2, 2, 2, 1, 1, 0]


def test_blobs_with_given_centers_and_stds():
    X, y = datasets.blobs(n_samples=6, centers=[[0.0, 0.0], [10.0, 10.0]], cluster_std=[0.0, 0.0], shuffle=False,
                          seed=0)
    assert X.tolist() == [[0.0, 0.0]] * 3 + [[10.0, 10.0]] * 3
    assert y.tolist() == [0, 0, 0, 1, 1, 1]
    with pytest.raises(ValueError, match="clusters_std"):
        datasets.blobs(centers=[[0.0], [1.0]], cluster_std=[1.0, 2.0, 3.0])


@settings(max_examples=60, deadline=None)
@given(n=sample_counts, n_classes=st.integers(1, 5), noise=st.sampled_from([0.0, 0.2]), shuffle=st.booleans(),
       seed=seeds)
def test_spiral_follows_the_cs231n_construction(n, n_classes, noise, shuffle, seed):
    _assert_same(datasets.spiral(n, n_classes=n_classes, noise=noise, shuffle=shuffle, seed=seed),
                 reference_spiral(n, n_classes, noise, shuffle, seed))


def test_gates_are_their_truth_tables():
    for gate, truth in ((datasets.and_gate, lambda a, b: a and b), (datasets.or_gate, lambda a, b: a or b),
                        (datasets.xor_gate, lambda a, b: a != b)):
        X, y = gate()
        assert X.dtype == tinynet.float64 and y.dtype == tinynet.int64
        assert X.tolist() == [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]
        assert y.tolist() == [int(bool(truth(a, b))) for a, b in ((0, 0), (0, 1), (1, 0), (1, 1))]


def test_same_seed_same_data_and_bad_arguments():
    assert datasets.moons(30, noise=0.1, seed=5)[0].tolist() == datasets.moons(30, noise=0.1, seed=5)[0].tolist()
    assert datasets.moons(30, noise=0.1, seed=5)[0].tolist() != datasets.moons(30, noise=0.1, seed=6)[0].tolist()
    for bad in (0, -3, 2.5, True):
        with pytest.raises(ValueError, match="n_samples must be a positive int"):
            datasets.moons(bad)
    with pytest.raises(ValueError, match="factor"):
        datasets.circles(10, factor=1.0)


# ---------------------------------------------------------------------------------------------------------
# load_csv


def _write(tmp_path, text, name="data.csv"):
    path = tmp_path / name
    path.write_text(text)
    return str(path)


def test_load_csv_with_and_without_a_header(tmp_path):
    body = "0.5,1,0\n-2,3.25,1\n4e-1,0,2\n"
    for text in ("x1,x2,label\n" + body, body, "# a comment\n\n" + body + "\n\n", '"a","b","c"\n' + body):
        X, y = datasets.load_csv(_write(tmp_path, text))
        assert X.tolist() == [[0.5, 1.0], [-2.0, 3.25], [0.4, 0.0]]
        assert y.tolist() == [0, 1, 2]
        assert X.dtype == tinynet.float64 and y.dtype == tinynet.int64


def test_load_csv_other_delimiters_quotes_and_crlf(tmp_path):
    X, y = datasets.load_csv(_write(tmp_path, 'a;b;y\r\n"1";"2";"1"\r\n3 ; 4 ; 0\r\n'), delimiter=";")
    assert X.tolist() == [[1.0, 2.0], [3.0, 4.0]] and y.tolist() == [1, 0]
    X, y = datasets.load_csv(_write(tmp_path, "1\t2\t1.0\n"), delimiter="\t")
    assert X.tolist() == [[1.0, 2.0]] and y.tolist() == [1]


@pytest.mark.parametrize("text, message", [
    ("x1,x2,label\n0,0,0\n1,abc,1\n", r"line 3: 'abc' is not a finite number"),
    ("0,0,0\n1,1\n", r"line 2: expected 3 fields, got 2"),
    ("x1,x2,label\n0,0,0\n0,0,0,0\n", r"line 3: expected 3 fields, got 4"),
    ("0,0,0\n1,1,0.5\n", r"line 2: label '0.5' is not a whole number"),
    ("0,0,0\n1,nan,1\n", r"line 2: 'nan' is not a finite number"),
    ("0,0,0\n\n1,inf,1\n", r"line 3: 'inf' is not a finite number"),
    ("x1,x2,label\n", r"no data rows"),
    ("", r"no data rows"),
    ("1\n2\n", r"line 1: need at least one feature column"),
])
def test_load_csv_reports_bad_rows_with_their_line_number(tmp_path, text, message):
    path = _write(tmp_path, text)
    with pytest.raises(ValueError, match=message) as caught:
        datasets.load_csv(path)
    assert path in str(caught.value)


def test_load_csv_round_trips_a_generated_data_set(tmp_path):
    X, y = datasets.moons(25, noise=0.2, seed=3)
    lines = ["f1,f2,class"] + ["%r,%r,%d" % (a, b, c) for (a, b), c in zip(X.tolist(), y.tolist())]
    X2, y2 = datasets.load_csv(_write(tmp_path, "\n".join(lines)))
    assert X2.tolist() == X.tolist() and y2.tolist() == y.tolist()


def test_load_csv_missing_file_raises_oserror(tmp_path):
    with pytest.raises(OSError):
        datasets.load_csv(str(tmp_path / "missing.csv"))
