"""Draw the benchmark ratios as a horizontal bar chart in SVG, on a log scale centred on 1x.

Each bar runs from 1x to tinynet's ratio against one other side: to the left when tinynet is faster, to
the right when it is slower.  A black tick marks the target; a bar is green when it meets its target,
red when it misses, grey when it has none.

    >>> class Row: case, label, ratio, target = "add", "floor", 0.9, 1.3
    >>> svg = bar_chart([Row()], "a machine")
    >>> svg.startswith("<svg") and "add" in svg and svg.endswith("</svg>\\n")
    True
"""

import math

WIDTH = 1000
LABEL_WIDTH = 480
BAR_HEIGHT = 16
GAP = 6
TOP = 46
BOTTOM = 34


def _escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def bar_chart(rows, caption):
    """Return an SVG document with one bar per row (each with case, label, ratio and target)."""
    logs = [math.log10(row.ratio) for row in rows]
    logs += [math.log10(row.target) for row in rows if row.target is not None]
    low = math.floor(min(logs + [-0.5]))
    high = math.ceil(max(logs + [0.5]))
    plot_left, plot_right = LABEL_WIDTH + 10, WIDTH - 20

    def x_of(log_value):
        return plot_left + (log_value - low) / float(high - low) * (plot_right - plot_left)

    height = TOP + len(rows) * (BAR_HEIGHT + GAP) + BOTTOM
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" '
           'font-size="12">' % (WIDTH, height),
           '<rect width="100%" height="100%" fill="white"/>',
           '<text x="10" y="18" font-size="14" font-weight="bold">tinynet time ÷ the other side\'s '
           '(log scale; left of 1x is faster)</text>',
           '<text x="10" y="34" fill="#555">%s</text>' % _escape(caption)]
    # grid lines at each power of ten
    for p in range(low, high + 1):
        x = x_of(p)
        out.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="%s"/>'
                   % (x, TOP - 4, x, height - BOTTOM + 4, "#000" if p == 0 else "#ddd"))
        out.append('<text x="%.1f" y="%d" text-anchor="middle" fill="#555">%gx</text>'
                   % (x, height - BOTTOM + 18, 10.0 ** p))
    for i, row in enumerate(rows):
        y = TOP + i * (BAR_HEIGHT + GAP)
        label = "%s vs %s" % (row.case, row.label)
        out.append('<text x="%d" y="%d" text-anchor="end">%s</text>'
                   % (LABEL_WIDTH, y + BAR_HEIGHT - 4, _escape(label)))
        x0, x1 = x_of(0), x_of(math.log10(row.ratio))
        if row.target is None:
            colour = "#999"
        else:
            colour = "#2a9d4b" if row.ratio <= row.target else "#d1495b"
        out.append('<rect x="%.1f" y="%d" width="%.1f" height="%d" fill="%s"/>'
                   % (min(x0, x1), y, max(abs(x1 - x0), 1.0), BAR_HEIGHT, colour))
        out.append('<text x="%.1f" y="%d" fill="#333" font-size="10" text-anchor="%s">%.3gx</text>'
                   % (x1 + (4 if x1 >= x0 else -4), y + BAR_HEIGHT - 4,
                      "start" if x1 >= x0 else "end", row.ratio))
        if row.target is not None:
            xt = x_of(math.log10(row.target))
            out.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#000" stroke-width="2"/>'
                       % (xt, y - 2, xt, y + BAR_HEIGHT + 2))
    out.append("</svg>")
    return "\n".join(out) + "\n"
