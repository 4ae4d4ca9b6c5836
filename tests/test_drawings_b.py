"""The everyday drawings (bridge, door, ladder, ...): contract, hand-drawn quality bar,
no pinholes, and the metaphor each one carries."""

import math
import statistics

import pypdfium2 as pdfium
import pytest

from handprint.draw import illustrations as ill
from handprint.draw.sketch import arc_lengths, count_cubics, op_points
from handprint.layout.display import Art, Document, Page
from handprint.pdf import render as pdf
from tests.conftest import save_failure
from tests.test_art_pixels import enclosed_regions

NAMES = ("bridge", "door", "ladder", "compass", "lighthouse", "battery", "thermometer",
         "feelings-scale", "puzzle", "support", "untangle", "check", "star")
NAMES = tuple(n for n in NAMES if n in ill.NAMES)  # while they are being added
ROLES = ("ink", "accent", "paper", "tint")
SOLID = ("dot", "eye")  # marks meant to be solid blobs, not tapered lines


def length(stroke):
    return arc_lengths(stroke.centre)[-1]


def render(d, px_w: float = 10.0, colors=None):
    """The drawing as printed, in grey, at px_w pixels to the pen's width."""
    k = px_w / d.w
    w, h = d.width * k, d.height * k
    colors = colors or (("ink", "#000000"), ("accent", "#000000"), ("paper", "#FFFFFF"),
                        ("tint", "#FFFFFF"))
    doc = Document(w + 20, h + 20, 0, False, "#FFFFFF", "t", "en", "t", "t",
                   (Page((Art(10, 10, w, h, d, colors, "x", "Figure"),)),))
    page = pdfium.PdfDocument(pdf.render(doc))[0]
    return page.render(scale=1).to_pil().convert("L")


def ink_pixels(image) -> int:
    return sum(1 for v in image.tobytes() if v < 128)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("seed", [1, 2, 3, 11, 12345])
def test_box_budget_and_no_ruler_lines(name, seed):
    d = ill.draw(name, seed=seed)
    assert count_cubics(d) <= 1500
    for p in d.paths:
        assert p.role in ROLES or (p.role.startswith("#") and len(p.role) == 7)
        for x, y in op_points(p.ops):
            assert 0 <= x <= d.width and 0 <= y <= d.height
        prev = None
        for op in p.ops:
            assert op[0] != "L" or math.dist(op[1:], prev) <= 2 * d.w
            if len(op) > 1:
                prev = op[-2:]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_marker_strokes(name, seed):
    """Width varies along each stroke, ends taper and stay printable, long ones bow."""
    d = ill.draw(name, seed=seed)
    w = d.w
    assert d.strokes
    for s in d.strokes:
        wd, cum = s.widths, arc_lengths(s.centre)
        if s.kind in SOLID:
            continue
        if cum[-1] >= 14 * w:
            body = [x for x, c in zip(wd, cum, strict=True) if 4.5 * w <= c <= cum[-1] - 4.5 * w]
            assert 1.15 <= max(body) / min(body) <= 1.8, (s.kind, max(body) / min(body))
            mid = statistics.median(body)
            assert wd[-1] <= 0.6 * mid and wd[0] <= 0.6 * mid, s.kind
        else:
            assert wd[-1] < max(wd) and wd[0] < max(wd), s.kind
        thin = sum(b - a for a, b, x in zip(cum, cum[1:], wd[1:], strict=False) if x < 0.25 * w)
        assert thin <= 3 * w and min(wd) >= 0.1 * w, s.kind
        if cum[-1] > 20 * w:
            (x0, y0), (x1, y1) = s.centre[0], s.centre[-1]
            chord = math.dist((x0, y0), (x1, y1)) or 1.0
            dev = max(abs((x1 - x0) * (y0 - y) - (x0 - x) * (y1 - y0)) / chord
                      for x, y in s.centre)
            assert dev >= 0.004 * cum[-1], (s.kind, dev / cum[-1])


@pytest.mark.parametrize("name", NAMES)
def test_weight(name):
    ws = [ill.draw(name, seed=3, weight=x).w for x in (0.5, 1.0, 2.0, 3.0)]
    assert all(a < b for a, b in zip(ws, ws[1:], strict=False))


@pytest.mark.parametrize("weight", [1.0, 2.5])
@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("name", NAMES)
def test_no_pinholes(name, seed, weight):
    d = ill.draw(name, seed=seed, weight=weight)
    image = render(d, 10)
    holes = [s for s in enclosed_regions(image) if s < 10 * 10]
    if holes:
        raise AssertionError(f"{name} seed {seed}: pinholes of {holes} px (w = 10 px): "
                             f"see {save_failure(image, f'{name}-{seed}')}")


# --- metaphors ---------------------------------------------------------------


@pytest.mark.parametrize("name", ["check", "star"])
def test_icons_read_at_text_size(name):
    """At 14 pt tall the pen is still over 0.6 pt, and it is one or two strokes."""
    for seed in (1, 2, 3):
        d = ill.draw(name, seed=seed)
        assert d.w * 14 / d.height >= 0.6
        assert len(d.strokes) <= 2
    boxed = ill.draw("check", seed=1, box=True)
    assert len(boxed.strokes) == 2 and boxed.w * 14 / boxed.height >= 0.6


def test_check_shape():
    for seed in range(1, 9):
        d = ill.draw("check", seed=seed)
        (sx, sy), (cx, cy), (ex, ey) = d.meta["corner_ends"]
        assert sx < cx < ex and cy < sy < ey  # down to the corner, then up further right
        assert math.dist((cx, cy), (ex, ey)) >= 1.6 * math.dist((sx, sy), (cx, cy))


def test_star_has_five_points():
    for seed in range(1, 6):
        d = ill.draw("star", seed=seed)
        tips, inner = d.meta["tips"], d.meta["inner"]
        assert len(tips) == 5 and len(inner) == 5
        assert min(tips) >= 1.8 * max(inner)
    assert [p.role for p in ill.draw("star", seed=1, fill="none").paths].count("accent") == 0


def test_battery_ink_grows_with_level():
    colors = (("ink", "#FFFFFF"), ("accent", "#000000"), ("paper", "#FFFFFF"),
              ("tint", "#FFFFFF"))
    areas = [ink_pixels(render(ill.draw("battery", seed=5, level=n), 6, colors))
             for n in range(5)]
    assert areas[0] == 0
    assert all(b > a * 1.2 for a, b in zip(areas[1:], areas[2:], strict=False))
    assert areas[1] < 0.35 * areas[4]  # low battery reads as low


def test_thermometer_fill_follows_level():
    tops = [ill.draw("thermometer", seed=4, level=x).meta["fill_top"]
            for x in (0.0, 0.25, 0.5, 0.75, 1.0)]
    assert all(a < b for a, b in zip(tops, tops[1:], strict=False))


def test_ladder_rungs():
    for n in (3, 5, 8):
        d = ill.draw("ladder", seed=n, rungs=n)
        ys = d.meta["rung_y"]
        assert [s.kind for s in d.strokes].count("rung") == n == len(ys)
        steps = [b - a for a, b in zip(ys, ys[1:], strict=False)]
        assert min(steps) > 0 and max(steps) / min(steps) < 1.6  # about even, never alike
    assert "flag" not in [s.kind for s in ill.draw("ladder", seed=1, flag=False).strokes]


def test_door_gap_grows_with_open():
    gaps = [ill.draw("door", seed=2, open=x).meta["gap"] for x in (0.1, 0.35, 0.8)]
    assert gaps[0] < gaps[1] < gaps[2]
    roles = [p.role for p in ill.draw("door", seed=2).paths]
    assert "accent" in roles  # light through the gap
    assert "accent" not in [p.role for p in ill.draw("door", seed=2, light=False).paths]


def test_bridge_spans_the_gap():
    d = ill.draw("bridge", seed=3)
    road = next(s for s in d.strokes if s.kind == "road")
    banks = [s for s in d.strokes if s.kind == "bank"]
    xs = sorted(s.centre[0][0] for s in banks)
    assert road.centre[0][0] < xs[0] and road.centre[-1][0] > xs[1]  # over both banks
    assert xs[1] - xs[0] >= 20 * d.w  # a real gap below it
    assert [s.kind for s in d.strokes].count("arch") == 1


def test_feelings_scale_runs_from_upset_to_happy():
    for seed in (1, 2, 3):
        d = ill.draw("feelings-scale", seed=seed)
        bends = d.meta["mouth_bend"]
        assert all(a < b for a, b in zip(bends, bends[1:], strict=False))
        assert bends[0] < 0 < bends[-1]
        assert [s.kind for s in d.strokes].count("head") == 5
        assert "accent" not in [p.role for p in d.paths]
    marked = ill.draw("feelings-scale", seed=1, mark=2)
    ring = next(s for s in marked.strokes if s.kind == "mark")
    heads = [s for s in marked.strokes if s.kind == "head"]
    cx = statistics.mean(x for x, _ in ring.centre)
    nearest = min(heads, key=lambda h: abs(statistics.mean(x for x, _ in h.centre) - cx))
    assert nearest is heads[1]


def test_support_ring():
    for n in (3, 6, 8):
        d = ill.draw("support", seed=n, people=n)
        kinds = [s.kind for s in d.strokes]
        assert kinds.count("head") == n + 1 and kinds.count("link") == n
        assert [p.role for p in d.paths].count("accent") == 1  # the one in the middle
    assert "link" not in [s.kind for s in ill.draw("support", seed=1, links=False).strokes]


@pytest.mark.parametrize("heading", [0.0, 35.0, 120.0, 270.0])
def test_compass_needle_points_the_heading(heading):
    d = ill.draw("compass", seed=2, heading=heading)
    (sx, sy), (nx, ny) = d.meta["needle"]
    angle = math.degrees(math.atan2(nx - sx, ny - sy)) % 360  # clockwise from north
    assert min(abs(angle - heading), 360 - abs(angle - heading)) <= 3
