"""Pictures of a training run as standalone SVG, in pure Python: the loss curve and the decision boundary.

An SVG picture is XML text; this module builds it from plain lists of numbers and writes it atomically.
For a network with two inputs the picture has two panels: on the left, the decision boundary (a grid of
cells shaded by the network's prediction at each cell's centre, with the data points on top in their class
colours), and on the right, the loss after each epoch.  With any other number of inputs only the loss curve
is drawn.

    >>> text = render([0.7, 0.3, 0.1], title="three epochs")
    >>> text.startswith('<svg xmlns="http://www.w3.org/2000/svg"')
    True
    >>> import xml.etree.ElementTree as ET
    >>> root = ET.fromstring(text)
    >>> [e.tag.split('}')[1] for e in root if e.tag.endswith('title')]
    ['title']

Pixel coordinates grow rightward and downward; every panel maps data coordinates into its box with
``_Scale``, which flips the vertical axis so that larger values sit higher.
"""

import math

from tinynet.nn import modelfile

# One colour per class, from the widely used "category10" palette; classes beyond ten reuse them.
CLASS_COLORS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
                "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf")

WIDTH = 900
HEIGHT = 470
GRID_CELLS = 80  # cells per side of the decision grid
MAX_POINTS = 2000  # data points drawn at most; larger data sets are thinned evenly
SHADES = 12  # levels of shading, so neighbouring cells of one level merge into one rectangle


# ---------------------------------------------------------------------------------------------------------
# ticks and scales


def nice_ticks(low, high, count=5):
    """Return round tick values covering [low, high]: steps of 1, 2 or 5 times a power of ten.

    >>> nice_ticks(0.0, 1.0)
    [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]
    >>> nice_ticks(-1.3, 2.4)
    [-1.0, 0.0, 1.0, 2.0]
    """
    if not high > low:
        return [low]
    raw = (high - low) / max(count, 1)
    power = 10.0 ** math.floor(math.log10(raw))
    step = power
    for multiple in (1.0, 2.0, 5.0, 10.0):
        step = multiple * power
        if step >= raw:
            break
    first = math.ceil(low / step - 1e-9)
    last = math.floor(high / step + 1e-9)
    return [_tidy(k * step) for k in range(int(first), int(last) + 1)]


def log_ticks(low, high, most=8):
    """Return tick values for a logarithmic axis over [low, high], both positive: powers of ten, plus 2 and 5
    times them when the range spans at most three decades, and only every k-th power of ten when there
    would be more than most of them.

    >>> log_ticks(0.002, 0.7)
    [0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5]
    >>> log_ticks(1.0, 1e20)
    [1.0, 1000.0, 1000000.0, 1000000000.0, 1000000000000.0, 1000000000000000.0, 1e+18]
    """
    first = int(math.floor(math.log10(low)))
    last = int(math.ceil(math.log10(high)))
    multiples = (1.0,) if last - first > 3 else (1.0, 2.0, 5.0)
    stride = max(1, -(-(last - first) // most))  # ceil((last - first) / most)
    first -= first % stride  # keep the ticks on multiples of the stride: 10^0, 10^3, 10^6, ...
    ticks = []
    for exponent in range(first, last + 1, stride):
        for multiple in multiples:
            value = _tidy(multiple * 10.0 ** exponent)
            if low * (1 - 1e-9) <= value <= high * (1 + 1e-9):
                ticks.append(value)
    return ticks


def _tidy(x):
    """Return x rounded to 12 significant digits, so 3 * 0.1 prints as 0.3."""
    return float("%.12g" % x) + 0.0


def format_tick(x):
    """Return a short label for a tick value: no trailing zeros, exponents for tiny or huge values.

    >>> [format_tick(x) for x in (0.0, 0.5, 2.0, 1e-05, 250.0)]
    ['0', '0.5', '2', '1e-05', '250']
    """
    text = "%g" % x
    return "0" if text == "-0" else text


class _Scale:
    """Map data coordinates in [low, high] to pixels in [start, end] (end < start flips the axis)."""

    def __init__(self, low, high, start, end, log=False):
        self.log = log
        if log:
            low, high = math.log10(low), math.log10(high)
        if not high > low:
            low, high = low - 0.5, high + 0.5
        self.low, self.high, self.start, self.end = low, high, start, end

    def __call__(self, value):
        if self.log:
            value = math.log10(value)
        return self.start + (value - self.low) * (self.end - self.start) / (self.high - self.low)


# ---------------------------------------------------------------------------------------------------------
# colours


def _rgb(color):
    """Return '#rrggbb' as a tuple of three ints."""
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


def _mix(color_a, color_b, t):
    """Return the colour a fraction t of the way from color_a to color_b, as '#rrggbb'."""
    a, b = _rgb(color_a), _rgb(color_b)
    return "#%02x%02x%02x" % tuple(int(round(x + (y - x) * t)) for x, y in zip(a, b))


def class_color(k):
    """Return the colour of class k.

    >>> class_color(0), class_color(11)
    ('#1f77b4', '#ff7f0e')
    """
    return CLASS_COLORS[k % len(CLASS_COLORS)]


def shade(probabilities):
    """Return the background colour of a grid cell from the network's output row there.

    One output (the probability p of class 1): the colour of class 1 if p >= 0.5, else of class 0, mixed
    with white in proportion to the certainty |2p - 1| / 2, so that the cells fade to white where p nears
    0.5 and the boundary shows as a pale band.  Several outputs: the colour of the likeliest class k, with
    certainty (p_k - 1/n) / (1 - 1/n) for n classes.  The certainty is rounded to one of SHADES levels.

    >>> shade([0.5]), shade([1.0]), shade([0.0, 0.0, 1.0])   # white, half orange, half green
    ('#ffffff', '#ffbf86', '#96d096')
    """
    if len(probabilities) == 1:
        p = probabilities[0]
        certainty = abs(2.0 * p - 1.0)
        base = class_color(1) if p >= 0.5 else class_color(0)
    else:
        k = max(range(len(probabilities)), key=lambda j: probabilities[j])
        n = len(probabilities)
        certainty = (probabilities[k] - 1.0 / n) / (1.0 - 1.0 / n)
        base = class_color(k)
    if certainty != certainty:  # nan, from a network that diverged: no colour
        certainty = 0.0
    level = int(round(min(max(certainty, 0.0), 1.0) * SHADES)) / SHADES
    return _mix("#ffffff", base, 0.5 * level)


# ---------------------------------------------------------------------------------------------------------
# SVG elements


def _number(x):
    """Return a pixel coordinate with at most two decimals."""
    text = "%.2f" % x
    text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _escape(text):
    """Return text safe inside an XML element or attribute."""
    return (str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _text(x, y, content, size=12, anchor="middle", extra=""):
    """Return an SVG text element at (x, y)."""
    return '<text x="%s" y="%s" font-size="%d" text-anchor="%s"%s>%s</text>' % (
        _number(x), _number(y), size, anchor, extra, _escape(content))


def _line(x1, y1, x2, y2, stroke="#333333", width=1.0):
    """Return an SVG line element."""
    return '<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="%s"/>' % (
        _number(x1), _number(y1), _number(x2), _number(y2), stroke, _number(width))


def _axes(box, x_scale, y_scale, x_ticks, y_ticks, x_label, y_label, grid_lines=False):
    """Return the elements of a panel's frame, ticks, tick labels and axis labels."""
    left, top, right, bottom = box
    parts = ['<rect x="%s" y="%s" width="%s" height="%s" fill="none" stroke="#333333"/>' % (
        _number(left), _number(top), _number(right - left), _number(bottom - top))]
    for value in x_ticks:
        x = x_scale(value)
        if grid_lines:
            parts.append(_line(x, top, x, bottom, "#e5e5e5"))
        parts.append(_line(x, bottom, x, bottom + 5))
        parts.append(_text(x, bottom + 18, format_tick(value), 11))
    for value in y_ticks:
        y = y_scale(value)
        if grid_lines:
            parts.append(_line(left, y, right, y, "#e5e5e5"))
        parts.append(_line(left - 5, y, left, y))
        parts.append(_text(left - 8, y + 4, format_tick(value), 11, "end"))
    parts.append(_text((left + right) / 2.0, bottom + 36, x_label, 12))
    parts.append(_text(left - 42, (top + bottom) / 2.0, y_label, 12, "middle",
                       ' transform="rotate(-90 %s %s)"' % (_number(left - 42), _number((top + bottom) / 2.0))))
    return parts


# ---------------------------------------------------------------------------------------------------------
# panels


def loss_panel(history, box):
    """Return the elements of a loss-curve panel in box = (left, top, right, bottom): a path of the loss
    after each epoch, on a logarithmic axis when the loss falls by more than a factor of 20."""
    left, top, right, bottom = box
    finite = [v for v in history if v == v and abs(v) != float("inf")]
    parts = ['<g class="loss">']
    if not finite:
        parts.append(_text((left + right) / 2.0, (top + bottom) / 2.0, "no loss recorded", 12))
        parts.append("</g>")
        return parts
    low, high = min(finite), max(finite)
    log = low > 0 and high / low > 20.0
    if log:
        y_scale = _Scale(low, high, bottom - 8, top + 8, log=True)
        y_ticks = log_ticks(low, high)
        y_label = "loss (log scale)"
    else:
        low = min(low, 0.0)
        y_ticks = nice_ticks(low, high)
        y_scale = _Scale(min(low, y_ticks[0]), max(high, y_ticks[-1]), bottom - 8, top + 8)
        y_label = "loss"
    epochs = len(history)
    x_scale = _Scale(1, max(epochs, 2), left + 8, right - 8)
    x_ticks = [t for t in nice_ticks(1, max(epochs, 2)) if t >= 1]
    parts += _axes(box, x_scale, y_scale, [t for t in x_ticks if t == int(t)], y_ticks, "epoch", y_label,
                   grid_lines=True)
    stride = max(1, epochs // 1000)  # at most about 1000 vertices
    points = []
    for i in list(range(0, epochs, stride)) + ([epochs - 1] if (epochs - 1) % stride else []):
        value = history[i]
        if value == value and abs(value) != float("inf"):
            points.append("%s %s" % (_number(x_scale(i + 1)), _number(y_scale(value))))
    if points:
        parts.append('<path d="M %s" fill="none" stroke="%s" stroke-width="2" stroke-linejoin="round"/>'
                     % (" L ".join(points), class_color(0)))
    parts.append("</g>")
    return parts


def decision_panel(predict_proba, X, y, n_classes, box):
    """Return the elements of a decision-boundary panel in box = (left, top, right, bottom).

    predict_proba maps a list of [x1, x2] rows to one output row each (a list of lists, or anything with
    tolist()).  X is the data as [x1, x2] rows and y its integer labels.
    """
    left, top, right, bottom = box
    xs = [row[0] for row in X]
    ys = [row[1] for row in X]
    x_low, x_high = _padded(min(xs), max(xs))
    y_low, y_high = _padded(min(ys), max(ys))
    x_low, x_high, y_low, y_high = _same_scale(x_low, x_high, y_low, y_high)
    x_scale = _Scale(x_low, x_high, left, right)
    y_scale = _Scale(y_low, y_high, bottom, top)
    n = GRID_CELLS
    centers_x = [x_low + (i + 0.5) * (x_high - x_low) / n for i in range(n)]
    centers_y = [y_low + (j + 0.5) * (y_high - y_low) / n for j in range(n)]
    grid = [[cx, cy] for cy in centers_y for cx in centers_x]
    outputs = predict_proba(grid)
    outputs = outputs.tolist() if hasattr(outputs, "tolist") else outputs
    cell_w = (right - left) / float(n)
    cell_h = (bottom - top) / float(n)
    parts = ['<g class="grid" shape-rendering="crispEdges">']
    for j in range(n):
        row_top = bottom - (j + 1) * cell_h
        i = 0
        while i < n:
            color = shade(outputs[j * n + i])
            run = 1
            while i + run < n and shade(outputs[j * n + i + run]) == color:
                run += 1
            # each rectangle overlaps its neighbours by a hair so no seams show between them
            parts.append('<rect x="%s" y="%s" width="%s" height="%s" fill="%s"/>' % (
                _number(left + i * cell_w), _number(row_top), _number(run * cell_w + 0.5),
                _number(cell_h + 0.5), color))
            i += run
    parts.append("</g>")
    parts += _axes(box, x_scale, y_scale, nice_ticks(x_low, x_high), nice_ticks(y_low, y_high), "x1", "x2")
    parts.append('<g class="points" stroke="#ffffff" stroke-width="0.8">')
    step = max(1, -(-len(X) // MAX_POINTS))
    for index in range(0, len(X), step):
        parts.append('<circle cx="%s" cy="%s" r="3.5" fill="%s"/>' % (
            _number(x_scale(xs[index])), _number(y_scale(ys[index])), class_color(int(y[index]))))
    parts.append("</g>")
    # the legend: a swatch and a name per class, in a row under the panel
    x = left
    legend_y = bottom + 58
    for k in range(n_classes):
        parts.append('<circle cx="%s" cy="%s" r="5" fill="%s"/>' % (_number(x + 5), _number(legend_y - 4),
                                                                   class_color(k)))
        parts.append(_text(x + 14, legend_y, "class %d" % k, 12, "start"))
        x += 75
    if step > 1:
        parts.append(_text(right, legend_y, "(every %dth point shown)" % step, 11, "end"))
    return parts


def _same_scale(x_low, x_high, y_low, y_high, most=3.0):
    """Return the ranges widened so both axes have the same scale in a square panel (circles look round),
    unless one range is more than most times the other, when each axis keeps its own scale."""
    x_width, y_width = x_high - x_low, y_high - y_low
    if x_width > y_width and x_width <= most * y_width:
        middle = (y_low + y_high) / 2.0
        y_low, y_high = middle - x_width / 2.0, middle + x_width / 2.0
    elif y_width > x_width and y_width <= most * x_width:
        middle = (x_low + x_high) / 2.0
        x_low, x_high = middle - y_width / 2.0, middle + y_width / 2.0
    return x_low, x_high, y_low, y_high


def _padded(low, high):
    """Return the range [low, high] widened by a tenth of its width on each side (or by 1 if it is empty)."""
    margin = (high - low) * 0.1 if high > low else 1.0
    return low - margin, high + margin


# ---------------------------------------------------------------------------------------------------------
# the whole picture


def render(history, title="", predict_proba=None, X=None, y=None, n_classes=2):
    """Return the SVG text of a training run: the loss curve, and the decision boundary if X has 2 columns.

    history is the loss after each epoch; predict_proba, X, y and n_classes are as in decision_panel.
    """
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" '
             'font-family="Helvetica, Arial, sans-serif">' % (WIDTH, HEIGHT, WIDTH, HEIGHT),
             "<title>%s</title>" % _escape(title or "tinynet training run"),
             '<rect width="100%" height="100%" fill="#ffffff"/>',
             _text(WIDTH / 2.0, 26, title, 15, "middle", ' font-weight="bold"')]
    two_d = X is not None and predict_proba is not None and len(X) > 0 and len(X[0]) == 2
    if two_d:
        parts += decision_panel(predict_proba, X, y, n_classes, (70, 50, 410, 390))
        parts.append(_text(240, 44, "decision boundary", 12, "middle", ' fill="#555555"'))
        loss_box = (540, 50, 870, 390)
    else:
        loss_box = (90, 50, 870, 390)
    parts += loss_panel(history, loss_box)
    parts.append(_text((loss_box[0] + loss_box[2]) / 2.0, 44, "training loss", 12, "middle",
                       ' fill="#555555"'))
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def write(path, text):
    """Write the SVG text to path atomically (see modelfile.write_atomically)."""
    modelfile.write_atomically(path, text)
