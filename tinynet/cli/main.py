"""The command line: ``python3 -m tinynet`` and its commands train, predict and trace.

    python3 -m tinynet                                   the tutorial's network learns AND, step by step
    python3 -m tinynet train moons --plot moons.svg      train a network on a data set, draw the result
    python3 -m tinynet train data.csv --save model.json  train on a CSV file and keep the model
    python3 -m tinynet predict model.json data.csv       one predicted class per row of a CSV file
    python3 -m tinynet trace                             every matrix of one step of backpropagation

DATA is a built-in data set (and, or, xor, moons, circles, spiral, blobs) or a CSV file of numbers with one
sample per row and a whole-number class label in the last column.  The labels are classes, as in
scikit-learn: labels 0, 1 and 100000 are three classes, and predict answers with the labels themselves.
A first line with no numbers is a header; blank lines and lines starting with # are skipped.  For predict
the label column is optional: a file with as many columns as the model has inputs holds features only,
one with a column more holds labels too, and then the accuracy is reported on stderr.

Every problem with the input (a missing file, a malformed CSV line, a bad option value, a model that does
not fit the data, inputs too large to standardize, training that diverges) prints one line
``tinynet: error: ...`` on stderr and exits with status 2; nothing is saved then.
"""

import argparse
import csv
import math
import os
import stat
import sys
import time

import tinynet
from tinynet.nn import activations as _activations
from tinynet.nn import datasets
from tinynet.nn import losses as _losses
from tinynet.nn.inputs import _to_lists
from tinynet import nn
from tinynet.cli import check as check_command

BUILT_IN = ("and", "or", "xor", "moons", "circles", "spiral", "blobs")

# Training settings that learn every built-in data set within a few seconds on the pure-Python backend.
DEFAULTS = {"hidden": [16, 16], "activation": "tanh", "epochs": 200, "lr": 0.5, "momentum": 0.9,
            "batch_size": None, "seed": 0}

# Sample count, noise and classes of each generated data set, unless the options say otherwise.
DATA_DEFAULTS = {
    "moons": {"samples": 200, "noise": 0.1},
    "circles": {"samples": 200, "noise": 0.05},
    "spiral": {"samples": 300, "noise": 0.2, "classes": 3},
    "blobs": {"samples": 200, "noise": 1.0, "classes": 3},
}


# Limits that keep one mistyped number from asking for hours of work or all the memory: the number of
# weights and biases of a network, the points of a generated data set and the seed's range (NumPy's).
MAX_PARAMETERS = 10 ** 7
MAX_SAMPLES = 10 ** 6
MAX_CLASSES = 1000
MAX_SEED = 2 ** 32 - 1


class CommandError(Exception):
    """A problem with the user's input, reported as one line on stderr with exit status 2."""


# ---------------------------------------------------------------------------------------------------------
# option values


def _whole(text, low, high=None):
    """Return text as an int of at least low (and at most high), or raise argparse.ArgumentTypeError."""
    try:
        value = int(text) if len(text) <= 100 else None
    except ValueError:
        value = None
    if value is None or value < low or (high is not None and value > high):
        kind = {0: "a non-negative whole number", 1: "a positive whole number"}.get(
            low, "a whole number of at least %d" % low)
        if high is not None:
            kind = "a whole number from %d to %d" % (low, high)
        raise argparse.ArgumentTypeError("must be %s, got %s" % (kind, _quoted(text)))
    return value


def _quoted(text, limit=40):
    """Return repr(text), cut to about limit characters."""
    shown = repr(text)
    return shown if len(shown) <= limit else shown[:limit - 4] + "...'"


def _real(text, low, high=None, low_open=False):
    """Return text as a finite float in [low, high) (or (low, high) if low_open), or raise ArgumentTypeError."""
    try:
        value = float(text)
    except ValueError:
        value = None
    ok = value is not None and value - value == 0.0 and (value > low if low_open else value >= low)
    if ok and high is not None:
        ok = value < high
    if not ok:
        if high is not None:
            where = "in [%g, %g)" % (low, high)
        else:
            where = "greater than %g" % low if low_open else "at least %g" % low
        raise argparse.ArgumentTypeError("must be a number %s, got %s" % (where, _quoted(text)))
    return value


def _hidden(text):
    """Return the hidden layer sizes in '16,16' as [16, 16]; '' or 'none' means no hidden layer."""
    if text.strip().lower() in ("", "none", "0"):
        return []
    try:
        sizes = [int(part) if len(part) <= 20 else 0 for part in text.split(",")]
    except ValueError:
        sizes = []
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError("takes layer sizes such as 16,16 (or 'none'), got %s" % _quoted(text))
    return sizes


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line on stderr and exit status 2 (through CommandError)."""

    def error(self, message):
        raise CommandError("%s (see: %s --help)" % (message, self.prog))


def _add_training_options(parser):
    """Add the options of the network and its training to parser."""
    parser.add_argument("--hidden", type=_hidden, default=DEFAULTS["hidden"], metavar="SIZES",
                        help="hidden layer sizes, comma-separated, or 'none' (default 16,16)")
    parser.add_argument("--activation", choices=sorted(_activations.ACTIVATIONS), default=DEFAULTS["activation"],
                        help="activation of the hidden layers (default tanh)")
    parser.add_argument("--loss", choices=sorted(_losses.LOSSES), default=None,
                        help="bce for two classes and cce for more, unless given")
    parser.add_argument("--epochs", type=lambda s: _whole(s, 0), default=DEFAULTS["epochs"],
                        metavar="N", help="passes over the data (default 200)")
    parser.add_argument("--lr", type=lambda s: _real(s, 0.0, low_open=True), default=DEFAULTS["lr"],
                        metavar="F", help="learning rate (default 0.5)")
    parser.add_argument("--momentum", type=lambda s: _real(s, 0.0, 1.0),
                        default=DEFAULTS["momentum"], metavar="F", help="momentum in [0, 1) (default 0.9)")
    parser.add_argument("--l2", type=lambda s: _real(s, 0.0), default=0.0, metavar="F",
                        help="L2 penalty on the weights (default 0)")
    parser.add_argument("--batch-size", type=lambda s: _whole(s, 1), default=None, metavar="N",
                        help="samples per step (default: all of them, one step per epoch)")
    parser.add_argument("--seed", type=lambda s: _whole(s, 0, MAX_SEED), default=DEFAULTS["seed"], metavar="N",
                        help="seeds the initial weights, the shuffle and generated data (default 0)")


def _add_data_options(parser):
    """Add the options of the generated data sets to parser."""
    parser.add_argument("--samples", type=lambda s: _whole(s, 2, MAX_SAMPLES), default=None, metavar="N",
                        help="points of a generated data set (moons, circles: 200, spiral: 300, blobs: 200)")
    parser.add_argument("--noise", type=lambda s: _real(s, 0.0), default=None, metavar="F",
                        help="noise of a generated data set (moons 0.1, circles 0.05, spiral 0.2; for blobs, "
                             "the spread of each blob, 1.0)")
    parser.add_argument("--classes", type=lambda s: _whole(s, 2, MAX_CLASSES), default=None, metavar="K",
                        help="classes of spiral or blobs (default 3)")


_EXAMPLES = """examples:
  python3 -m tinynet                                   the tutorial's network learns AND
  python3 -m tinynet train moons --plot moons.svg      train on a data set and draw the result
  python3 -m tinynet train data.csv --save model.json  train on a CSV file and keep the model
  python3 -m tinynet predict model.json data.csv       one predicted class per row
  python3 -m tinynet trace                             every matrix of one backprop step
"""


def build_parser():
    """Return the argument parser of the whole command line."""
    parser = _Parser(prog="tinynet", description="NumPy-style arrays and a backprop trainer in pure Python. "
                     "With no command, run the tutorial's network learning AND, step by step.",
                     epilog=_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version="tinynet %s" % tinynet.__version__)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    commands.add_parser("demo", help="the tutorial's network learns AND, step by step (the default)")

    train = commands.add_parser("train", help="train a network on a data set or a CSV file")
    train.add_argument("data", metavar="DATA", help="one of %s, or a CSV file" % ", ".join(BUILT_IN))
    _add_training_options(train)
    _add_data_options(train)
    train.add_argument("--backend", choices=("tinynet", "numpy"), default="tinynet",
                       help="array library that does the arithmetic (default tinynet)")
    train.add_argument("--save", metavar="MODEL.json", help="write the trained model to this file")
    train.add_argument("--plot", metavar="FILE.svg", help="draw the loss curve and decision boundary")
    train.add_argument("--no-standardize", dest="standardize", action="store_false",
                       help="train on the raw inputs (by default each input column is scaled to mean 0 and "
                            "standard deviation 1 for training, and the scaling is folded into the saved "
                            "first layer)")
    train.add_argument("--quiet", action="store_true", help="no progress bar or progress lines")

    predict = commands.add_parser("predict", help="predict the class of each row of a CSV file")
    predict.add_argument("model", metavar="MODEL.json", help="a model saved by train --save")
    predict.add_argument("data", metavar="DATA.csv", help="features, one row per sample, maybe with labels")
    predict.add_argument("--proba", action="store_true", help="print the output units' values instead")
    predict.add_argument("--backend", choices=("tinynet", "numpy", "lists"), default="tinynet",
                         help="array library that does the arithmetic (default tinynet; lists: plain nested "
                              "lists, as a board predicts)")

    trace = commands.add_parser("trace", help="print every matrix of one step of backpropagation")
    trace.add_argument("data", metavar="DATA", nargs="?", default="xor",
                       help="a built-in data set (default xor); generated ones get --samples points")
    trace.add_argument("--hidden", type=_hidden, default=[3], metavar="SIZES",
                       help="hidden layer sizes (default 3)")
    trace.add_argument("--activation", choices=("identity", "relu", "sigmoid", "tanh"), default="tanh",
                       help="activation of the hidden layers (default tanh)")
    trace.add_argument("--lr", type=lambda s: _real(s, 0.0, low_open=True), default=0.5, metavar="F",
                       help="learning rate of the step (default 0.5)")
    trace.add_argument("--seed", type=lambda s: _whole(s, 0, MAX_SEED), default=0, metavar="N",
                       help="seeds the initial weights and generated data (default 0)")
    trace.add_argument("--samples", type=lambda s: _whole(s, 2, 1000), default=6, metavar="N",
                       help="points of a generated data set (default 6)")
    check_command.add_parser(commands)
    return parser


# ---------------------------------------------------------------------------------------------------------
# reading data


def read_csv(path):
    """Return the rows of numbers in the CSV file at path, as (rows, line numbers).

    A first line with no numbers is a header and is skipped, as are blank lines and lines starting with #.
    Raises CommandError naming the file and line of the first malformed row.

    >>> import os, tempfile
    >>> path = os.path.join(tempfile.mkdtemp(), "points.csv")
    >>> with open(path, "w") as f:
    ...     _ = f.write("x1,x2\\n# a comment\\n0.5,1\\n\\n2,-3\\n")
    >>> read_csv(path)
    ([[0.5, 1.0], [2.0, -3.0]], [3, 5])
    >>> with open(path, "w") as f:
    ...     _ = f.write("1,2\\n3,four\\n")
    >>> try:
    ...     read_csv(path)
    ... except CommandError as error:
    ...     print(str(error).replace(path, "points.csv"))
    points.csv, line 2: 'four' is not a finite number
    """
    try:
        if not stat.S_ISDIR(os.stat(path).st_mode) and not stat.S_ISREG(os.stat(path).st_mode):
            raise CommandError("%s is not a regular file" % path)  # a FIFO would block the read
        f = open(path, newline="", encoding="utf-8-sig")
    except FileNotFoundError:
        raise CommandError("no such file: %s" % path)
    except OSError as error:
        raise CommandError("cannot read %s: %s" % (path, error.strerror or error))
    rows = []
    numbers = []
    width = None
    with f:
        reader = csv.reader(f)
        try:
            for fields in reader:
                number = reader.line_num
                fields = [field.strip() for field in fields]
                if not any(fields) or fields[0].startswith("#"):
                    continue
                values = [_finite(field) for field in fields]
                if width is None and not rows and all(value is None for value in values):
                    width = len(fields)  # a header line
                    continue
                if width is None:
                    width = len(fields)
                if len(fields) != width:
                    raise CommandError("%s, line %d: expected %d fields, got %d"
                                       % (path, number, width, len(fields)))
                for field, value in zip(fields, values):
                    if value is None:
                        raise CommandError("%s, line %d: %r is not a finite number" % (path, number, field))
                rows.append(values)
                numbers.append(number)
        except csv.Error as error:
            raise CommandError("%s, line %d: %s" % (path, reader.line_num, error))
        except UnicodeDecodeError:
            raise CommandError("%s is not a text file" % path)
    if not rows:
        raise CommandError("%s: no data rows" % path)
    return rows, numbers


def _finite(field):
    """Return field as a finite float, or None."""
    try:
        value = float(field)
    except ValueError:
        return None
    return value if value - value == 0.0 else None


def _labels(values, numbers, path, classes=None):
    """Return a label column as class labels, or raise CommandError naming the first bad line.

    Without classes (train) a label is a whole number, returned as an int.  With classes (a model's,
    for predict) it must equal one of them, and that class is returned.
    """
    numeric_classes = {}
    for c in classes or ():
        if not isinstance(c, str):
            numeric_classes[c] = c  # 1.0 finds the class 1
    labels = []
    for value, number in zip(values, numbers):
        if classes is not None:
            if value not in numeric_classes:
                raise CommandError("%s, line %d: the label in the last column, %s, is not one of the model's "
                                   "classes %s" % (path, number, _short(value), _class_list(classes)))
            labels.append(numeric_classes[value])
            continue
        if value != int(value):
            raise CommandError("%s, line %d: the label in the last column, %s, is not a class label (a whole "
                               "number)" % (path, number, _short(value)))
        labels.append(int(value))
    return labels


def _class_list(classes, limit=10):
    """Return classes as short text: 0, 1, 100000 (the first few of many, then ...)."""
    shown = ", ".join([_label_text(c) for c in classes[:limit]])
    return shown + (", ..." if len(classes) > limit else "")


def _label_text(label):
    """Return a class label as predict prints it: 100000, 2.5 or cat."""
    if isinstance(label, float):
        return _short(label)
    return str(label)


def _short(x):
    """Return a float as short text: 2 for 2.0, 1.5 for 1.5, 1e+300 for 1e300."""
    return "%d" % x if x == int(x) and abs(x) < 1e16 else repr(x)


def load_data(args):
    """Return (X, y, description) for train: X as rows of floats, y as int labels, from DATA and options."""
    name = args.data
    generated_options = [option for option, value in (("--samples", args.samples), ("--noise", args.noise),
                                                      ("--classes", args.classes)) if value is not None]
    if name in ("and", "or", "xor"):
        if generated_options:
            raise CommandError("%s is a fixed truth table; %s applies to moons, circles, spiral and blobs"
                               % (name, generated_options[0]))
        X, y = {"and": datasets.and_gate, "or": datasets.or_gate, "xor": datasets.xor_gate}[name]()
        return X.tolist(), y.tolist(), "%s (its truth table)" % name.upper()
    if name in DATA_DEFAULTS:
        settings = dict(DATA_DEFAULTS[name])
        for key in ("samples", "noise", "classes"):
            if getattr(args, key) is not None:
                if key not in settings:
                    raise CommandError("--classes applies to spiral and blobs, not %s" % name)
                settings[key] = getattr(args, key)
        n, noise = settings["samples"], settings["noise"]
        try:
            if name == "moons":
                X, y = datasets.moons(n, noise=noise, seed=args.seed)
            elif name == "circles":
                X, y = datasets.circles(n, noise=noise, factor=0.5, seed=args.seed)
            elif name == "spiral":
                X, y = datasets.spiral(n, n_classes=settings["classes"], noise=noise, seed=args.seed)
            else:
                X, y = datasets.blobs(n, centers=settings["classes"], cluster_std=noise, seed=args.seed)
        except ValueError as error:
            raise CommandError(str(error))
        return X.tolist(), y.tolist(), "%s (%d samples, noise %g)" % (name, n, noise)
    if not os.path.exists(name) and os.sep not in name and "." not in name:
        raise CommandError("unknown data set %r: expected one of %s, or a CSV file" % (name, ", ".join(BUILT_IN)))
    rows, numbers = read_csv(name)
    if len(rows[0]) < 2:
        raise CommandError("%s: need at least one feature column and a label column, got 1 column" % name)
    labels = _labels([row[-1] for row in rows], numbers, name)
    return [row[:-1] for row in rows], labels, "%s (%d samples)" % (name, len(rows))


# ---------------------------------------------------------------------------------------------------------
# commands


def run_demo(args):
    """Tell the tutorial's story."""
    from tinynet.cli import demo

    demo.tell()
    return 0


def _network(sizes, args, classes):
    """Return a new network for the options, or raise CommandError for a bad combination."""
    n_parameters = sum([sizes[l] * sizes[l + 1] + sizes[l + 1] for l in range(len(sizes) - 1)])
    if n_parameters > MAX_PARAMETERS:
        raise CommandError("a %s network has %d weights and biases; the command line trains at most %d "
                           "(fewer --hidden units?)" % (_sizes_text(sizes), n_parameters, MAX_PARAMETERS))
    output = "sigmoid" if sizes[-1] == 1 else "softmax"
    try:
        return nn.Network(sizes, hidden=args.activation, output=output, loss=args.loss, seed=args.seed,
                          backend=args.backend, classes=classes)
    except ImportError:
        raise CommandError("--backend numpy needs NumPy installed (python3 -m pip install numpy)")
    except ValueError as error:
        raise CommandError("--loss %s: %s" % (args.loss, error) if args.loss else str(error))


def _sizes_text(sizes):
    """Return layer sizes as 2-16-16-1."""
    return "-".join([str(n) for n in sizes])


def run_train(args):
    """Train a network on DATA, report its loss and accuracy, and save or draw it if asked.

    The classes are the distinct labels, sorted: two give one sigmoid output unit, more a softmax unit
    per class.  Training that diverges (a loss or weight that becomes nan or infinite) is an error, and
    then nothing is saved or drawn.
    """
    from tinynet.cli.progress import Progress

    X, y, description = load_data(args)
    if not all([x - x == 0.0 for row in X for x in row]):  # a generated set with an enormous --noise
        raise CommandError("%s holds numbers too large to compute with (a smaller --noise?)" % description)
    classes = sorted(set(y))
    if len(classes) < 2:
        raise CommandError("%s: every label is %s; training needs at least two classes"
                           % (description, _label_text(y[0])))
    if len(classes) > MAX_CLASSES:
        raise CommandError("%s has %d classes; the command line trains at most %d"
                           % (description, len(classes), MAX_CLASSES))
    n_classes = len(classes)
    sizes = [len(X[0])] + args.hidden + [1 if n_classes == 2 else n_classes]
    net = _network(sizes, args, classes)
    if args.standardize:
        mean, scale, inputs = standardize(X)
    else:
        mean, scale, inputs = None, None, X
    for path, option in ((args.save, "--save"), (args.plot, "--plot")):
        if path is not None:
            _check_writable(path, option)
    if not args.quiet:
        sys.stderr.write("training a %s network (%s hidden, %s output, %s loss) on %s\n"
                         % (_sizes_text(sizes), args.activation, net.output, net.loss_name, description))
    progress = None if args.quiet else Progress(args.epochs, sys.stderr)

    def report(epoch, loss):
        """Pass an epoch's loss to the progress bar, with the accuracy computed only if it is shown."""
        progress.update(epoch, loss, lambda: net.score(inputs, y))

    start = time.monotonic()
    try:
        # A diverging run is reported below in one line; the overflow warnings on its way there would
        # only add lines before it.
        with tinynet.errstate(all="ignore"):
            history = net.fit(inputs, y, epochs=args.epochs, lr=args.lr, batch_size=args.batch_size,
                              momentum=args.momentum, l2=args.l2,
                              callback=None if progress is None else report)
    except nn.TrainingDivergedError as error:
        raise CommandError("training diverged at epoch %d of %d: %s; nothing was saved (try a smaller --lr "
                           "than %g)" % (error.epoch, args.epochs, _what_diverged(error), args.lr))
    except ValueError as error:
        raise CommandError(str(error))
    finally:
        if progress is not None:
            progress.close()
    seconds = time.monotonic() - start
    if args.standardize:
        folded = fold_standardization(net, mean, scale)
        _check_folded(net, inputs, folded, X)
        net = folded
    try:
        loss = history[-1] if history else net.loss(X, y)
        accuracy = net.score(X, y)
    except ValueError as error:
        raise CommandError(str(error))
    correct = int(round(accuracy * len(y)))
    print("loss %s  accuracy %.1f%% (%d of %d)  time %.2f s" % (format_loss(loss), 100.0 * accuracy, correct,
                                                                  len(y), seconds))
    if history and not (history[-1] <= 10.0 * history[0]):
        sys.stderr.write("tinynet: warning: the loss grew from %s to %s: the training diverged; try a smaller "
                         "--lr\n" % (format_loss(history[0]), format_loss(history[-1])))
    if args.save is not None:
        _write_or_fail(args.save, net.save)
        print("saved the model to %s" % args.save)
    if args.plot is not None:
        from tinynet.cli import svg

        name = os.path.basename(args.data)
        title = "%s: a %s network, %s, %d epochs: accuracy %.1f%%, loss %.4g" % (
            name, _sizes_text(sizes), args.activation, len(history), 100.0 * accuracy, loss)
        indices = [classes.index(label) for label in y]
        text = svg.render(history, title, predict_proba=net.predict_proba, X=X, y=indices, n_classes=n_classes)
        _write_or_fail(args.plot, lambda path: svg.write(path, text))
        print("drew the %s to %s" % ("loss curve and decision boundary" if len(X[0]) == 2 else "loss curve",
                                     args.plot))
    return 0


def _what_diverged(error):
    """Return the part of a TrainingDivergedError's message that says what became non-finite."""
    text = str(error)
    start = text.find(": ") + 2
    end = text.find(";", start)
    return text[start:end] if start >= 2 and end > start else "the loss became nan or infinite"


def standardize(X):
    """Return (mean, scale, rows): the columns' means and standard deviations, and X with each column
    standardized, x' = (x - mean) / scale.  A constant column keeps scale 1.

    Each column is first divided by M, the power of two just below its largest magnitude, so no sum or
    square overflows even for inputs near the largest float: mean = M * mean(x / M), scale = M * std(x / M)
    and x' = (x / M - mean / M) / (scale / M).  Dividing by a power of two is exact, so these are the
    textbook formulas' results to the last bit wherever those do not overflow.

    >>> standardize([[1.0, 5.0], [3.0, 5.0]])
    ([2.0, 5.0], [1.0, 1.0], [[-1.0, 0.0], [1.0, 0.0]])
    >>> standardize([[1e200, 2.0], [-1e200, 3.0]])[2]
    [[1.0, -1.0], [-1.0, 1.0]]
    """
    m = len(X)
    columns = list(zip(*X))
    mean = []
    scale = []
    unit_columns = []
    for column in columns:
        biggest = max([abs(x) for x in column])
        if biggest == 0.0:
            mean.append(0.0)
            scale.append(1.0)
            unit_columns.append([0.0] * m)
            continue
        largest = math.ldexp(1.0, math.frexp(biggest)[1] - 1)  # M = 2**e <= max |x| < 2 M
        unit = [x / largest for x in column]  # in (-2, 2), exactly x / M
        mu = sum(unit) / m
        sigma = (sum([(u - mu) ** 2 for u in unit]) / m) ** 0.5
        if not sigma > 0.0:
            mean.append(mu * largest)
            scale.append(1.0)
            unit_columns.append([(u - mu) * largest for u in unit])  # all 0, or rounding noise
            continue
        mean.append(mu * largest)
        scale.append(sigma * largest)
        unit_columns.append([(u - mu) / sigma for u in unit])
    rows = [list(row) for row in zip(*unit_columns)] if columns else [[] for _ in X]
    return mean, scale, rows


def fold_standardization(net, mean, scale):
    """Return a network on raw inputs that computes what net computes on standardized ones.

    The first layer sees z = ((x - mean) / scale) @ W + b = x @ W' + b' with W'[i] = W[i] / scale[i]
    and b' = b - sum_i (mean[i] / scale[i]) W[i], so the saved model needs no separate scaler.  Raises
    CommandError if a folded weight overflows (inputs whose mean is enormous next to their spread).

    >>> net = nn.Network([1, 1], output="identity", seed=0)
    >>> net.weights = [tinynet.asarray([[2.0]])]
    >>> folded = fold_standardization(net, mean=[10.0], scale=[4.0])   # z = (x - 10) / 4 * 2
    >>> folded.weights, folded.biases
    ([array([[0.5]])], [array([-5.])])
    """
    model = net.to_dict()
    W, b = model["weights"][0], model["biases"][0]
    model["weights"][0] = [[w / sigma for w in row] for row, sigma in zip(W, scale)]
    model["biases"][0] = [b_j - sum([mu / sigma * row[j] for row, mu, sigma in zip(W, mean, scale)])
                          for j, b_j in enumerate(b)]
    values = [w for row in model["weights"][0] for w in row] + model["biases"][0]
    total = sum([abs(v) for v in values])
    if not total - total == 0.0:
        raise CommandError("the inputs' scale cannot be folded into the model's first layer: a weight "
                           "overflows (inputs with a huge mean and a tiny spread?); try --no-standardize or "
                           "rescale the data")
    return nn.Network.from_dict(model, backend=net.backend)


def _check_folded(net, inputs, folded, X):
    """Raise CommandError unless folded computes on X what net computes on the standardized inputs.

    Folding is exact in real numbers, but not in floats when a column's mean is huge next to its spread
    (1e300 + x): x @ W' and b' then cancel and leave rounding noise.  The outputs are probabilities, so
    they must agree to 1e-6.
    """
    try:
        expected = net.predict_proba(inputs).tolist()
        actual = folded.predict_proba(X).tolist()
    except ValueError:
        actual = None
    if actual is not None:
        worst = 0.0
        for row_a, row_e in zip(actual, expected):
            for a, e in zip(row_a, row_e):
                worst = max(worst, abs(a - e))
        if worst <= 1e-6:
            return
    raise CommandError("the inputs' scale cannot be folded into the model's first layer without losing "
                       "precision (a column with a huge mean next to its spread?); try --no-standardize or "
                       "center the data")


def format_loss(loss):
    """Return a loss with six decimals, or in exponent notation if it is too large for that.

    >>> format_loss(0.00123456789), format_loss(6.9e145), format_loss(float("nan"))
    ('0.001235', '6.9e+145', 'nan')
    """
    return "%.6f" % loss if abs(loss) < 1e6 else "%.6g" % loss


def _check_writable(path, option):
    """Raise CommandError now, before training, if path's directory does not exist."""
    directory = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(directory):
        raise CommandError("%s %s: no such directory: %s" % (option, path, directory))


def _write_or_fail(path, write):
    """Call write(path), turning an OSError into CommandError."""
    try:
        write(path)
    except OSError as error:
        raise CommandError("cannot write %s: %s" % (path, error.strerror or error))


def run_predict(args):
    """Print the predicted class (or output values) of each row of DATA.csv, one line per row."""
    if not os.path.exists(args.model):
        raise CommandError("no such file: %s" % args.model)
    try:
        net = nn.load(args.model, backend=args.backend)
    except ImportError:
        raise CommandError("--backend numpy needs NumPy installed (python3 -m pip install numpy)")
    except (ValueError, UnicodeDecodeError) as error:
        raise CommandError(str(error))
    except OSError as error:
        raise CommandError("cannot read %s: %s" % (args.model, error.strerror or error))
    rows, numbers = read_csv(args.data)
    n_inputs = net.sizes[0]
    columns = len(rows[0])
    if columns == n_inputs:
        features, labels = rows, None
    elif columns == n_inputs + 1:
        features = [row[:-1] for row in rows]
        labels = _labels([row[-1] for row in rows], numbers, args.data, net.classes_)
    else:
        raise CommandError("%s has %d inputs, but %s has %d columns: expected %d (features) or %d (features "
                           "and a label)" % (args.model, n_inputs, args.data, columns, n_inputs, n_inputs + 1))
    try:
        if args.proba:
            lines = [",".join(["%.6f" % value for value in row]) for row in _to_lists(net.predict_proba(features))]
        else:
            lines = [_label_text(label) for label in _to_lists(net.predict(features))]
        accuracy = None if labels is None else net.score(features, labels)
    except ValueError as error:
        raise CommandError("%s: %s" % (args.data, error))
    for line in lines:
        print(line)
    if accuracy is not None:
        sys.stderr.write("accuracy %.1f%% (%d of %d rows)\n"
                         % (100.0 * accuracy, int(round(accuracy * len(labels))), len(labels)))
    return 0


def run_trace(args):
    """Print one step of backpropagation, matrix by matrix."""
    from tinynet.cli import tracing

    if args.data not in BUILT_IN:
        raise CommandError("trace runs on a built-in data set (%s), not %r" % (", ".join(BUILT_IN), args.data))
    if not args.hidden:
        raise CommandError("trace needs at least one hidden layer")
    try:
        tracing.trace(args.data, hidden=args.hidden, activation=args.activation, lr=args.lr, seed=args.seed,
                    samples=args.samples)
    except ValueError as error:
        raise CommandError(str(error))
    return 0


COMMANDS = {None: run_demo, "demo": run_demo, "train": run_train, "predict": run_predict, "trace": run_trace,
            "check": check_command.run_check}


def main(argv=None):
    """Run the command line with argv (sys.argv[1:] if None) and return the exit status."""
    try:
        args = build_parser().parse_args(argv)
        return COMMANDS[args.command](args)
    except CommandError as error:
        sys.stdout.flush()
        sys.stderr.write("tinynet: error: %s\n" % error)
        return 2
    except MemoryError:
        sys.stdout.flush()
        sys.stderr.write("tinynet: error: out of memory (a smaller data set or network?)\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write("\ntinynet: interrupted\n")
        return 130
    except BrokenPipeError:
        # the reader of our output went away (as `| head` does): stop quietly, and point stdout at
        # /dev/null so that the interpreter's final flush does not fail again
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
