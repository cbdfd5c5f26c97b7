"""Tests of tinynet.svg: tick placement, colours, the picture's structure, and atomic writing."""

import math
import os
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tinynet.cli import svg

SVG = "{http://www.w3.org/2000/svg}"

finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


# ---------------------------------------------------------------------------------------------------------
# ticks


@settings(max_examples=100, deadline=None)
@given(finite, st.floats(min_value=1e-3, max_value=1e6))
def test_nice_ticks_are_round_evenly_spaced_and_inside_the_range(low, width):
    high = low + width
    ticks = svg.nice_ticks(low, high)
    assert 2 <= len(ticks) <= 11
    assert all(low - 1e-9 * width <= t <= high + 1e-9 * width for t in ticks)
    steps = [b - a for a, b in zip(ticks, ticks[1:])]
    step = float("%.1g" % steps[0])  # the differences carry rounding error; the step itself has one digit
    assert all(math.isclose(s, step, rel_tol=1e-6) for s in steps)
    mantissa = step / 10.0 ** math.floor(math.log10(step) + 1e-12)
    assert min(abs(mantissa - m) for m in (1.0, 2.0, 5.0, 10.0)) < 1e-9
    assert len(ticks) >= (high - low) / step - 1  # the ticks cover the range
    # every tick is a whole multiple of the step
    assert all(abs(t / step - round(t / step)) <= 1e-9 * (1 + abs(t / step)) for t in ticks)


def test_nice_ticks_of_an_empty_range_is_one_tick():
    assert svg.nice_ticks(3.0, 3.0) == [3.0]


@settings(max_examples=100, deadline=None)
@given(st.floats(min_value=1e-8, max_value=1e3), st.floats(min_value=1.5, max_value=1e150))
def test_log_ticks_are_1_2_5_times_powers_of_ten_inside_the_range(low, ratio):
    high = low * ratio
    ticks = svg.log_ticks(low, high)
    assert ticks == sorted(ticks) and len(ticks) <= 12
    for t in ticks:
        assert low * (1 - 1e-9) <= t <= high * (1 + 1e-9)
        mantissa = t / 10.0 ** math.floor(math.log10(t) + 1e-12)
        assert min(abs(mantissa - m) for m in (1.0, 2.0, 5.0)) < 1e-9
    if ratio >= 10.0:
        assert any(abs(math.log10(t) - round(math.log10(t))) < 1e-9 for t in ticks)  # a power of ten


def test_format_tick_is_short():
    assert [svg.format_tick(x) for x in (0.30000000000000004, -0.0, 1500.0, 2e-7)] == ["0.3", "0", "1500", "2e-07"]


# ---------------------------------------------------------------------------------------------------------
# colours


def test_shade_is_white_at_even_odds_and_leans_to_the_likelier_class():
    def rgb(color):
        return tuple(int(color[i:i + 2], 16) for i in (1, 3, 5))

    assert svg.shade([0.5]) == "#ffffff"
    blue, orange = rgb(svg.shade([0.0])), rgb(svg.shade([1.0]))
    assert blue[2] > blue[0] and orange[0] > orange[2]  # class 0 blue, class 1 orange
    # more certainty, more colour: the distance from white grows as p moves away from 0.5
    distances = [sum(255 - c for c in rgb(svg.shade([p]))) for p in (0.5, 0.6, 0.8, 1.0)]
    assert distances == sorted(distances) and distances[0] < distances[-1]
    green = rgb(svg.shade([0.1, 0.1, 0.8]))
    assert green[1] > green[0] and green[1] > green[2]
    assert svg.shade([1 / 3.0, 1 / 3.0, 1 / 3.0]) == "#ffffff"


def test_shade_of_nan_outputs_is_white():
    nan = float("nan")
    assert svg.shade([nan]) == svg.shade([nan, nan, nan]) == "#ffffff"


# ---------------------------------------------------------------------------------------------------------
# the picture


def _right_half_is_class_1(rows):
    """A stand-in for a network: probability 1 of class 1 where x1 > 0, else 0."""
    return [[1.0 if x1 > 0 else 0.0] for x1, _ in rows]


def _picture(**kwargs):
    X = [[-1.0, -1.0], [-0.5, 1.0], [0.5, -1.0], [1.0, 1.0]]
    y = [0, 0, 1, 1]
    text = svg.render([0.9, 0.5, 0.2, 0.05], "a test", predict_proba=_right_half_is_class_1, X=X, y=y,
                      n_classes=2, **kwargs)
    return ET.fromstring(text)


def _groups(root):
    return {g.get("class"): g for g in root.iter(SVG + "g")}


def test_picture_has_a_loss_path_a_grid_and_the_points():
    root = _picture()
    assert root.get("viewBox") == "0 0 %d %d" % (svg.WIDTH, svg.HEIGHT)
    groups = _groups(root)
    path = list(groups["loss"].iter(SVG + "path"))
    assert len(path) == 1 and path[0].get("d").count(" L ") == 3
    circles = list(groups["points"].iter(SVG + "circle"))
    assert len(circles) == 4
    assert [c.get("fill") for c in circles] == [svg.class_color(k) for k in (0, 0, 1, 1)]
    assert root.find(SVG + "title").text == "a test"


def test_grid_is_shaded_by_the_prediction_at_each_cell():
    groups = _groups(_picture())
    rects = list(groups["grid"].iter(SVG + "rect"))
    # equal neighbours merge: each row is one rectangle per side of x1 = 0
    assert len(rects) == 2 * svg.GRID_CELLS
    middle = (70 + 410) / 2.0  # the decision panel spans x = 70 .. 410 and x1 = 0 sits in its middle
    for rect in rects:
        x = float(rect.get("x"))
        expected = svg.shade([0.0]) if x < middle - 1 else svg.shade([1.0])
        assert rect.get("fill") == expected


def test_grid_rows_cover_the_panel_without_gaps():
    rects = list(_groups(_picture())["grid"].iter(SVG + "rect"))
    by_row = {}
    for rect in rects:
        by_row.setdefault(rect.get("y"), []).append((float(rect.get("x")), float(rect.get("width"))))
    assert len(by_row) == svg.GRID_CELLS
    for cells in by_row.values():
        cells.sort()
        assert cells[0][0] == 70.0
        for (x, width), (next_x, _) in zip(cells, cells[1:]):
            assert x + width >= next_x  # touching or overlapping, never a seam
        assert cells[-1][0] + cells[-1][1] >= 410.0


def test_points_are_placed_by_their_coordinates():
    circles = list(_groups(_picture())["points"].iter(SVG + "circle"))
    xs = [float(c.get("cx")) for c in circles]
    ys = [float(c.get("cy")) for c in circles]
    assert xs[0] < xs[1] < xs[2] < xs[3]  # x1 = -1, -0.5, 0.5, 1
    assert ys[0] > ys[1] and ys[2] > ys[3]  # x2 = -1 is lower on the page (larger y) than x2 = 1


def test_without_two_inputs_only_the_loss_curve_is_drawn():
    text = svg.render([1.0, 0.5], "loss only", predict_proba=lambda rows: [[0.5]] * len(rows),
                      X=[[1.0, 2.0, 3.0]], y=[0])
    assert list(_groups(ET.fromstring(text))) == ["loss"]


def test_loss_axis_is_logarithmic_when_the_loss_falls_far():
    def label(history):
        root = ET.fromstring(svg.render(history))
        return [t.text for t in root.iter(SVG + "text") if t.text and t.text.startswith("loss")]

    assert label([0.7, 0.3, 0.01]) == ["loss (log scale)"]
    assert label([0.7, 0.5, 0.4]) == ["loss"]


def test_nan_losses_are_left_out_of_the_curve():
    root = ET.fromstring(svg.render([0.5, float("nan"), 0.25]))
    path = list(_groups(root)["loss"].iter(SVG + "path"))[0]
    assert path.get("d").count(" L ") == 1
    assert "nan" not in ET.tostring(root).decode()


def test_many_points_are_thinned():
    X = [[i / 5000.0, (i % 7) / 7.0] for i in range(5000)]
    y = [i % 2 for i in range(5000)]
    root = ET.fromstring(svg.render([1.0], predict_proba=lambda rows: [[0.5]] * len(rows), X=X, y=y))
    circles = list(_groups(root)["points"].iter(SVG + "circle"))
    assert len(circles) <= svg.MAX_POINTS


def test_text_is_escaped():
    root = ET.fromstring(svg.render([1.0], title='a < b & "c"'))
    assert root.find(SVG + "title").text == 'a < b & "c"'


# ---------------------------------------------------------------------------------------------------------
# writing


def test_write_replaces_the_file_and_leaves_no_temporary(tmp_path):
    path = tmp_path / "picture.svg"
    path.write_text("old")
    svg.write(str(path), "<svg/>\n")
    assert path.read_text() == "<svg/>\n"
    assert os.listdir(tmp_path) == ["picture.svg"]


def test_write_into_a_missing_folder_fails_and_leaves_nothing(tmp_path):
    with pytest.raises(OSError):
        svg.write(str(tmp_path / "missing" / "picture.svg"), "<svg/>")
    assert os.listdir(tmp_path) == []
