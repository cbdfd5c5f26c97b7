"""Small classification data sets, generated in pure Python from a seed, and a CSV reader.

Every function returns ``(X, y)`` as tinynet arrays: ``X`` is float64 of shape (n_samples, n_features),
one row per sample as in scikit-learn, and ``y`` is int64 of shape (n_samples,), the class labels
0, 1, ...  For example ``xor_gate()`` gives ``X = [[0., 0.], [0., 1.], [1., 0.], [1., 1.]]`` and
``y = [0, 1, 1, 0]``.  ``X.tolist()`` gives plain lists; ``numpy.asarray(X.tolist())`` a NumPy array.

The generators follow scikit-learn's, argument for argument, with ``seed`` in place of ``random_state``:

==========================================  ====================================================
tinynet.datasets                            scikit-learn
==========================================  ====================================================
``moons(n_samples, shuffle, noise, seed)``  ``make_moons(n_samples, shuffle, noise, random_state)``
``circles(n_samples, shuffle, noise,        ``make_circles(n_samples, shuffle, noise, random_state,
seed, factor)``                             factor)``
``blobs(n_samples, n_features, centers,     ``make_blobs(n_samples, n_features, centers,
cluster_std, center_box, shuffle, seed)``   cluster_std, center_box, shuffle, random_state)``
``spiral(n_samples, n_classes, noise,       (none: the spiral of Stanford's CS231n notes)
shuffle, seed)``
==========================================  ====================================================

They draw from ``tinynet.random.RandomState(seed)``, which reproduces NumPy's legacy generator, in the same
order as scikit-learn, so ``moons(200, noise=0.1, seed=0)`` is ``make_moons(200, noise=0.1,
random_state=0)`` up to the last bit of ``sin`` and ``cos``, and the same on every runtime.

    >>> X, y = xor_gate()
    >>> X
    array([[0., 0.],
           [0., 1.],
           [1., 0.],
           [1., 1.]])
    >>> y
    array([0, 1, 1, 0])
    >>> X, y = moons(100, noise=0.1, seed=0)
    >>> X.shape, y.shape, int(y.sum())
    ((100, 2), (100,), 50)
"""

import math


def _arrays(rows, labels):
    """Return (X, y): rows as a float64 tinynet array and labels as an int64 one."""
    import tinynet

    return tinynet.asarray(rows, dtype=tinynet.float64), tinynet.asarray(labels, dtype=tinynet.int64)


def _random_state(seed):
    """Return tinynet's NumPy-compatible generator seeded with seed."""
    from tinynet.random.legacy import RandomState

    return RandomState(seed)


def _linspace(start, stop, num, endpoint=True):
    """Return num evenly spaced floats from start to stop, computed as numpy.linspace computes them.

    Value i is start + i * step with step = (stop - start) / (num - 1), or / num without the endpoint;
    with the endpoint, the last value is stop itself.
    """
    if num <= 0:
        return []
    div = (num - 1) if endpoint else num
    if div == 0:
        return [float(start)]
    step = (stop - start) / div
    values = [i * step + start for i in range(num)]
    if endpoint:
        values[-1] = float(stop)
    return values


def _shuffle(rng, rows, labels):
    """Return rows and labels in the order of one permutation drawn from rng (scikit-learn's shuffle)."""
    order = rng.permutation(len(rows)).tolist()
    return [rows[i] for i in order], [labels[i] for i in order]


def _add_noise(rng, rows, noise):
    """Return rows plus N(0, noise^2) noise, drawn row by row as numpy's normal(scale=noise, size) is."""
    draws = rng.standard_normal((len(rows), len(rows[0]))).tolist()
    return [[x + noise * g for x, g in zip(row, draw)] for row, draw in zip(rows, draws)]


def _check_count(n, name):
    """Raise ValueError unless n is a positive int."""
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError("%s must be a positive int, got %r" % (name, n))


# ---------------------------------------------------------------------------------------------------------
# logic gates


def _gate(outputs):
    """Return the four inputs of a two-input gate in truth-table order and the given outputs."""
    return _arrays([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]], outputs)


def and_gate():
    """Return the truth table of AND: y = x1 and x2.

    >>> X, y = and_gate()
    >>> y
    array([0, 0, 0, 1])
    """
    return _gate([0, 0, 0, 1])


def or_gate():
    """Return the truth table of OR: y = x1 or x2.

    >>> X, y = or_gate()
    >>> y
    array([0, 1, 1, 1])
    """
    return _gate([0, 1, 1, 1])


def xor_gate():
    """Return the truth table of XOR: y = x1 xor x2, which no single linear unit can learn.

    >>> X, y = xor_gate()
    >>> y
    array([0, 1, 1, 0])
    """
    return _gate([0, 1, 1, 0])


# ---------------------------------------------------------------------------------------------------------
# scikit-learn's generators


def moons(n_samples=100, shuffle=True, noise=None, seed=None):
    """Return two interleaving half circles (scikit-learn's make_moons).

    Class 0 is the upper half circle (cos t, sin t) and class 1 the lower one (1 - cos t, 1/2 - sin t),
    t evenly spaced in [0, pi]; n_samples // 2 points go to class 0, the rest to class 1.  Gaussian noise
    of standard deviation noise is added after the shuffle.

    >>> X, y = moons(4, shuffle=False)
    >>> X.round(6)
    array([[ 1. ,  0. ],
           [-1. ,  0. ],
           [ 0. ,  0.5],
           [ 2. ,  0.5]])
    >>> y
    array([0, 0, 1, 1])
    """
    _check_count(n_samples, "n_samples")
    rng = _random_state(seed)
    n_out = n_samples // 2
    n_in = n_samples - n_out
    rows = [[math.cos(t), math.sin(t)] for t in _linspace(0.0, math.pi, n_out)]
    rows += [[1.0 - math.cos(t), 1.0 - math.sin(t) - 0.5] for t in _linspace(0.0, math.pi, n_in)]
    return _two_classes(rng, rows, n_out, shuffle, noise)


def _two_classes(rng, rows, n_first, shuffle, noise):
    """Label the first n_first rows class 0 and the rest class 1, then shuffle and add noise if asked."""
    labels = [0] * n_first + [1] * (len(rows) - n_first)
    if shuffle:
        rows, labels = _shuffle(rng, rows, labels)
    if noise is not None:
        rows = _add_noise(rng, rows, noise)
    return _arrays(rows, labels)


def circles(n_samples=100, shuffle=True, noise=None, seed=None, factor=0.8):
    """Return a large circle holding a smaller one (scikit-learn's make_circles).

    Class 0 is the unit circle (cos t, sin t) and class 1 the circle of radius factor, t evenly spaced
    in [0, 2 pi) without the endpoint; n_samples // 2 points go to class 0, the rest to class 1.

    >>> X, y = circles(4, shuffle=False, factor=0.5)
    >>> X.round(6)
    array([[ 1. ,  0. ],
           [-1. ,  0. ],
           [ 0.5,  0. ],
           [-0.5,  0. ]])
    """
    _check_count(n_samples, "n_samples")
    if not 0 <= factor < 1:
        raise ValueError("factor has to be between 0 and 1, got %r" % (factor,))
    rng = _random_state(seed)
    n_out = n_samples // 2
    n_in = n_samples - n_out
    rows = [[math.cos(t), math.sin(t)] for t in _linspace(0.0, 2 * math.pi, n_out, endpoint=False)]
    rows += [[math.cos(t) * factor, math.sin(t) * factor]
             for t in _linspace(0.0, 2 * math.pi, n_in, endpoint=False)]
    return _two_classes(rng, rows, n_out, shuffle, noise)


def blobs(n_samples=100, n_features=2, centers=None, cluster_std=1.0, center_box=(-10.0, 10.0),
          shuffle=True, seed=None):
    """Return isotropic Gaussian blobs, one class per blob (scikit-learn's make_blobs).

    centers is a number of blobs (3 if None), whose centers are drawn uniformly from center_box, or a
    list of center coordinates.  The samples are shared out evenly, the first blobs taking one more when
    they do not divide; blob i's samples are center_i + cluster_std_i * N(0, 1).

    >>> X, y = blobs(n_samples=10, centers=3, n_features=2, seed=0)
    >>> X.shape
    (10, 2)
    >>> y
    array([0, 0, 1, 0, 2, 2, 2, 1, 1, 0])
    """
    _check_count(n_samples, "n_samples")
    rng = _random_state(seed)
    if centers is None:
        centers = 3
    if isinstance(centers, int) and not isinstance(centers, bool):
        _check_count(centers, "centers")
        _check_count(n_features, "n_features")
        center_rows = rng.uniform(center_box[0], center_box[1], (centers, n_features)).tolist()
    else:
        center_rows = [[float(x) for x in center] for center in centers]
        if not center_rows or any(len(center) != len(center_rows[0]) for center in center_rows):
            raise ValueError("centers must be a number or a non-empty list of points of equal length")
        n_features = len(center_rows[0])
    n_centers = len(center_rows)
    if isinstance(cluster_std, (int, float)):
        stds = [float(cluster_std)] * n_centers
    else:
        stds = [float(s) for s in cluster_std]
        if len(stds) != n_centers:
            raise ValueError("Length of `clusters_std` not consistent with number of centers. Got centers = %r "
                             "and cluster_std = %r" % (center_rows, cluster_std))
    counts = [n_samples // n_centers] * n_centers
    for i in range(n_samples % n_centers):
        counts[i] += 1
    rows = []
    labels = []
    for i in range(n_centers):
        draws = rng.standard_normal((counts[i], n_features)).tolist() if counts[i] else []
        rows += [[c + stds[i] * g for c, g in zip(center_rows[i], draw)] for draw in draws]
        labels += [i] * counts[i]
    if shuffle:
        rows, labels = _shuffle(rng, rows, labels)
    return _arrays(rows, labels)


# ---------------------------------------------------------------------------------------------------------
# the spiral


def spiral(n_samples=300, n_classes=3, noise=0.2, shuffle=True, seed=None):
    """Return n_classes interleaved spiral arms, a standard test of a network's non-linearity.

    Arm k's points have radius r evenly spaced in [0, 1] and angle t evenly spaced in [4k, 4(k + 1)]
    plus N(0, noise^2), and sit at (r sin t, r cos t), as in Stanford's CS231n notes.  The samples are
    shared out as in blobs.

    >>> X, y = spiral(6, n_classes=2, noise=0.0, shuffle=False)
    >>> y
    array([0, 0, 0, 1, 1, 1])
    >>> X[2].round(6)
    array([-0.756802, -0.653644])
    """
    _check_count(n_samples, "n_samples")
    _check_count(n_classes, "n_classes")
    rng = _random_state(seed)
    counts = [n_samples // n_classes] * n_classes
    for k in range(n_samples % n_classes):
        counts[k] += 1
    rows = []
    labels = []
    for k in range(n_classes):
        n = counts[k]
        radii = _linspace(0.0, 1.0, n)
        angles = _linspace(4.0 * k, 4.0 * (k + 1), n)
        draws = rng.standard_normal((n,)).tolist() if n else []
        for r, t, g in zip(radii, angles, draws):
            t = t + g * noise
            rows.append([r * math.sin(t), r * math.cos(t)])
        labels += [k] * n
    if shuffle:
        rows, labels = _shuffle(rng, rows, labels)
    return _arrays(rows, labels)


# ---------------------------------------------------------------------------------------------------------
# CSV files


def load_csv(path, delimiter=","):
    """Return (X, y) from a CSV file of numbers whose last column is the integer class label.

    A first line in which no field is a number is taken as a header and skipped; blank lines and lines that
    start with # are skipped too.  Fields may be wrapped in double quotes.  A row with the wrong number of
    fields, a field that is not a finite number, or a label that is not a whole number raises ValueError
    naming the file and the line.

    >>> import os, tempfile
    >>> path = os.path.join(tempfile.mkdtemp(), "and.csv")
    >>> with open(path, "w") as f:
    ...     _ = f.write("x1,x2,label\\n0,0,0\\n0,1,0\\n1,0,0\\n1,1,1\\n")
    >>> X, y = load_csv(path)
    >>> X.shape, y
    ((4, 2), array([0, 0, 0, 1]))
    """
    with open(path) as f:
        lines = f.read().split("\n")
    rows = []
    labels = []
    n_fields = None
    seen_first = False
    for number, line in enumerate(lines, 1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        fields = [_unquote(field.strip()) for field in text.split(delimiter)]
        values = _parse_numbers(fields)
        if not seen_first:
            seen_first = True
            if all(_parse_number(field) is None for field in fields):  # a header line
                n_fields = len(fields)
                continue
        if n_fields is None:
            n_fields = len(fields)
            if n_fields < 2:
                raise ValueError("%s, line %d: need at least one feature column and a label column, got %d "
                                 "field" % (path, number, n_fields))
        if len(fields) != n_fields:
            raise ValueError("%s, line %d: expected %d fields, got %d" % (path, number, n_fields, len(fields)))
        if values is None:
            bad = [field for field in fields if _parse_number(field) is None][0]
            raise ValueError("%s, line %d: %r is not a finite number" % (path, number, bad))
        label = values[-1]
        if label != int(label):
            raise ValueError("%s, line %d: label %r is not a whole number" % (path, number, fields[-1]))
        rows.append(values[:-1])
        labels.append(int(label))
    if not rows:
        raise ValueError("%s: no data rows" % (path,))
    return _arrays(rows, labels)


def _unquote(field):
    """Return field without one pair of surrounding double quotes."""
    if len(field) >= 2 and field[0] == '"' and field[-1] == '"':
        return field[1:-1].strip()
    return field


def _parse_number(field):
    """Return field as a finite float, or None if it is not one."""
    try:
        x = float(field)
    except ValueError:
        return None
    if x - x != 0.0:  # inf and nan
        return None
    return x


def _parse_numbers(fields):
    """Return the fields as finite floats, or None if any field is not one."""
    values = []
    for field in fields:
        x = _parse_number(field)
        if x is None:
            return None
        values.append(x)
    return values
