"""Class labels of a Network: from labels to targets, the classes a first fit sets, and the accuracy.

Labels are classes, as in scikit-learn's classifiers: any label values (numbers or strings) map to the
output units through ``classes_``.  Loaded on first use: a loaded network that only predicts never needs it.
"""

from tinynet.nn.inputs import _format_shape, _is_finite, _is_int, _to_lists, class_indices


def targets(net, y, m, fitting=False):
    """Return y as float64 targets of shape (m, n_L): labels become a column (one output) or one-hot rows.

    Labels are looked up in classes_; when fitting a network whose classes are not fixed yet, the
    labels set classes_ first (see fit).
    """
    n_out = net.sizes[-1]
    classes = net.classes_
    if isinstance(y, net._array_type) and len(y.shape) == 2:
        targets = net._checked_float_array(y, "y")
    else:
        values = _to_lists(y)
        if not isinstance(values, list):
            raise ValueError("y must be a 1-d array of labels or a 2-d array of targets, got %s" % _short(y))
        if values and isinstance(values[0], list):
            targets = net._checked_float_array(values, "y")
        else:
            _check_labels(values)
            if fitting and not net._classes_fixed:
                classes = _classes_for_labels(values, n_out)
            indices = _class_indices_of(values, classes)
            if n_out == 1:
                targets = net._float_array([[float(k)] for k in indices])
            else:
                targets = net._float_array(_one_hot(indices, n_out))
    shape = tuple(targets.shape)
    if len(shape) == 0 or shape[0] != m:
        raise ValueError("X has %d samples but y has %s" % (m, shape[0] if len(shape) else "none"))
    if len(shape) != 2 or shape[1] != n_out:
        raise ValueError("y has shape %s, but the network has %d outputs: expected (%d,) labels or (%d, %d)"
                         " targets" % (_format_shape(shape), n_out, m, m, n_out))
    if fitting:  # the classes are the network's from now on
        net.classes_ = classes
        net._classes_fixed = True
    return targets


def score(net, X, y):
    """Return the accuracy of predict(X) against the labels y (or the classes of 2-d targets y), a float.

    A label that is not one of classes_ counts as a wrong prediction.

    >>> from tinynet.nn.network import Network
    >>> net = Network([2, 1], seed=0)
    >>> net.score([[0.0, 0.0], [-1.0, -1.0]], [1, 1])
    0.5
    """
    predicted = [net.classes_[k] for k in class_indices(net.predict_proba(X))]
    expected = _to_lists(y)
    if not isinstance(expected, list) or len(expected) != len(predicted):
        raise ValueError("X has %d samples but y has %s" % (
            len(predicted), len(expected) if isinstance(expected, list) else "none"))
    if expected and isinstance(expected[0], list):
        expected = [net.classes_[k] for k in class_indices(expected)]
    correct = 0
    for p, e in zip(predicted, expected):
        if p == e:
            correct += 1
    return correct / len(predicted) if predicted else 0.0


def _check_labels(labels):
    """Raise ValueError unless every label is a finite number or a string (scikit-learn's wording for nan)."""
    for label in labels:
        if isinstance(label, str) or _is_int(label) or isinstance(label, bool):
            continue
        if not isinstance(label, float):
            raise ValueError("y holds a label of type %s; labels must be numbers or strings (or pass 2-d "
                             "targets)" % type(label).__name__)
        if label != label:
            raise ValueError("Input y contains NaN.")
        if not _is_finite(label):
            raise ValueError("Input y contains infinity or a value too large for dtype('float64').")


def _classes_for_labels(labels, n_outputs):
    """Return the classes a first fit on labels gives a network with n_outputs output units.

    The unit numbers 0..k-1 (k = 2 for one unit) when every label is one of them, else the sorted
    distinct labels, which must number k.

    >>> _classes_for_labels([1, 0, 1], 1), _classes_for_labels([2, 0], 3)
    ([0, 1], [0, 1, 2])
    >>> _classes_for_labels(["b", "a", "b"], 1)
    ['a', 'b']
    >>> _classes_for_labels([0, 1, 100000], 1)
    Traceback (most recent call last):
        ...
    ValueError: y has 3 classes [0, 1, 100000], but a network with 1 output unit separates 2 classes
    """
    n_classes = max(n_outputs, 2)
    if all([not isinstance(label, str) and label == int(label) and 0 <= label < n_classes for label in labels]):
        return list(range(n_classes))
    return _classes_of(labels, n_outputs, "y")


def _classes_of(labels, n_outputs, name):
    """Return the sorted distinct labels, which must be n_outputs (or 2 for one unit), or raise ValueError.

    Float labels with a fraction are refused as scikit-learn refuses them: a classifier takes classes.
    """
    if not isinstance(labels, list):
        raise ValueError("%s must be a list of class labels, got %s" % (name, _short(labels)))
    _check_labels(labels)
    strings = [label for label in labels if isinstance(label, str)]
    if strings and len(strings) != len(labels):
        raise ValueError("Mix of label input types (string and number)")
    if not strings:
        for label in labels:
            if label != int(label):
                raise ValueError("Unknown label type: continuous. Maybe you are trying to fit a classifier, which "
                                 "expects discrete classes on a regression target with continuous values. "
                                 "(For real-valued targets, pass y as a 2-d array of shape (m, outputs).)")
        labels = [int(label) if isinstance(label, bool) else label for label in labels]
    distinct = []
    seen = set()
    for label in labels:
        if label not in seen:
            seen.add(label)
            distinct.append(label)
    classes = _sorted(distinct)
    n_classes = max(n_outputs, 2)
    if len(classes) != n_classes:
        raise ValueError("%s has %d class%s %s, but a network with %d output unit%s separates %d classes"
                         % (name, len(classes), "" if len(classes) == 1 else "es", _short(classes, 80),
                            n_outputs, "" if n_outputs == 1 else "s", n_classes))
    return classes


def _sorted(values):
    """Return values sorted ascending (distinct values, so the sort's stability does not matter)."""
    return sorted(values)


def _class_indices_of(labels, classes):
    """Return the index in classes of each label, or raise ValueError naming the labels not in classes."""
    position = {}
    for k in range(len(classes)):
        position[classes[k]] = k
    indices = []
    unseen = []
    for label in labels:
        k = position.get(label)
        if k is None or isinstance(label, str) != isinstance(classes[k], str):
            unseen.append(label)
        else:
            indices.append(k)
    if unseen:
        shown = []
        for label in unseen:
            if label not in shown:
                shown.append(label)
        raise ValueError("y contains previously unseen labels: %s (the network's classes are %s)"
                         % (_short(shown, 80), _short(classes, 80)))
    return indices


def _one_hot(indices, n_classes):
    """Return one-hot rows for class indices in 0..n_classes-1: 2 of 3 becomes [0.0, 0.0, 1.0]."""
    rows = []
    for k in indices:
        row = [0.0] * n_classes
        row[k] = 1.0
        rows.append(row)
    return rows


def _short(value, limit=60):
    """Return repr(value), cut to about limit characters."""
    try:
        text = repr(value)
    except (RuntimeError, ValueError):
        text = "<%s>" % type(value).__name__
    return text if len(text) <= limit else text[:limit - 3] + "..."
