"""The handout drawings (window, wave, breath, anchor, path, sprout, weather, mended-heart,
holding-hands, speech, thought, shield): the drawings' quality bar, and their metaphors."""

import math
import statistics

import pytest

from handprint.draw import illustrations as ill
from handprint.draw.sketch import arc_lengths, count_cubics, op_points
from tests.conftest import save_failure
from tests.test_art_pixels import enclosed_regions

NAMES = ("window", "wave", "breath", "anchor", "path", "sprout", "weather", "mended-heart",
         "holding-hands", "speech", "thought", "shield")
NAMES = tuple(n for n in NAMES if n in ill.NAMES)
# every choice and switch a therapist might set, one variant each
VARIANTS = [
    ("window", {"leave": "above"}), ("window", {"leave": "both", "shade": False}),
    ("wave", {"curl": False, "size": 0.5}), ("breath", {"shape": "box"}),
    ("breath", {"turn": "anticlockwise"}), ("anchor", {"water": True}),
    ("sprout", {"leaves": 4, "shade": False}), ("mended-heart", {"stitches": 6}),
    ("speech", {"words": False, "shade": True}), ("thought", {"words": True, "circles": 4}),
    ("thought", {"trail": "right"}), ("shield", {"style": "circle"}),
    ("shield", {"border": False, "shade": True}),
    ("weather", {"sky": "sun"}), ("weather", {"sky": "cloud"}), ("weather", {"sky": "rain"}),
    ("path", {"style": "road"}), ("path", {"steps": 7}),
]
VARIANTS = [(n, o) for n, o in VARIANTS if n in ill.NAMES]
ALL = [(n, {}) for n in NAMES] + VARIANTS


def length(stroke):
    return arc_lengths(stroke.centre)[-1]


@pytest.mark.parametrize("name,opts", ALL)
@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_inside_box_budget_and_nothing_ruler_straight(name, opts, seed):
    d = ill.draw(name, seed=seed, **opts)
    assert d.width / 100 <= d.w <= d.width / 45
    assert count_cubics(d) <= 1500
    for p in d.paths:
        assert p.role in ("ink", "accent", "paper", "tint")
        prev = None
        for op in p.ops:
            if op[0] == "L":
                assert math.dist(op[1:], prev) <= 2 * d.w
            if len(op) > 1:
                prev = op[-2:]
        for x, y in op_points(p.ops):
            assert 0 <= x <= d.width and 0 <= y <= d.height
    for s in d.strokes:  # long strokes bow away from their chord
        n = length(s)
        (x0, y0), (x1, y1) = s.centre[0], s.centre[-1]
        if n > 20 * d.w and math.dist((x0, y0), (x1, y1)) > 0.3 * n:  # (loops are not straight)
            chord = math.dist((x0, y0), (x1, y1)) or 1.0
            dev = max(abs((x1 - x0) * (y0 - y) - (x0 - x) * (y1 - y0)) / chord
                      for x, y in s.centre)
            assert dev >= 0.004 * n, (s.kind, dev / n)


@pytest.mark.parametrize("name,opts", ALL)
@pytest.mark.parametrize("seed", [1, 5])
def test_marker_strokes_taper(name, opts, seed):
    d = ill.draw(name, seed=seed, **opts)
    w = d.w
    for s in d.strokes:
        wd = s.widths
        if length(s) >= 14 * w:
            cum = arc_lengths(s.centre)
            body = [x for x, c in zip(wd, cum, strict=True) if 4.5 * w <= c <= cum[-1] - 4.5 * w]
            assert 1.15 <= max(body) / min(body) <= 1.8, (s.kind, max(body) / min(body))
            mid = statistics.median(body)
            if s.kind != "stem":  # a stem is blunt where it meets the earth and the leaves
                assert min(wd[0], wd[-1]) <= 0.6 * mid, s.kind  # at least one end tapers
                assert max(wd[0], wd[-1]) < mid, s.kind
        else:
            assert wd[-1] < max(wd) and wd[0] < max(wd), s.kind
        cum = arc_lengths(s.centre)
        thin = sum(b - a for a, b, x in zip(cum, cum[1:], wd[1:], strict=False) if x < 0.25 * w)
        assert thin <= 3 * w and min(wd) >= 0.1 * w


def render(name, seed, opts, weight=1.0):
    import pypdfium2 as pdfium

    from handprint.layout.display import Art, Document, Page
    from handprint.pdf import render as pdf

    d = ill.draw(name, seed=seed, weight=weight, **opts)
    k = 1000 / d.width  # about 1000 px wide, like tests/test_art_pixels.py
    w, h = d.width * k, d.height * k
    colors = (("ink", "#000000"), ("accent", "#000000"), ("paper", "#FFFFFF"),
              ("tint", "#FFFFFF"))
    doc = Document(w + 20, h + 20, 0, False, "#FFFFFF", name, "en", "t", "t",
                   (Page((Art(10, 10, w, h, d, colors, "x", "Figure"),)),))
    page = pdfium.PdfDocument(pdf.render(doc))[0]
    return page.render(scale=1).to_pil().convert("L"), d.w * k


@pytest.mark.parametrize("name,opts", ALL)
@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_no_pinholes(name, opts, seed):
    image, w = render(name, seed, opts)
    holes = [s for s in enclosed_regions(image) if s < w * w]
    if holes:
        raise AssertionError(f"{name} {opts} seed {seed}: pinholes of {holes} px "
                             f"(w = {w:.0f} px): see {save_failure(image, f'{name}-{seed}')}")


HEAVY_SPECKS = {"anchor", "mended-heart"}  # at weight 3 these still trap a speck: to do


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=pytest.mark.xfail(strict=True, reason="speck at weight 3"))
    if n in HEAVY_SPECKS else n for n in NAMES])
def test_no_pinholes_heavy_pen(name):
    image, w = render(name, 1, {}, weight=3.0)
    assert not [s for s in enclosed_regions(image) if s < w * w]


# --- metaphors ---------------------------------------------------------------


@pytest.mark.parametrize("seed", range(1, 9))
def test_window_line_stays_inside_unless_it_leaves(seed):
    d = ill.draw("window", seed=seed)
    top, bottom = d.meta["limits"]  # lowest point of the upper limit, highest of the lower
    assert bottom + d.w <= d.meta["bottom"] and d.meta["top"] <= top - d.w
    assert d.meta["top"] - d.meta["bottom"] >= 0.4 * (top - bottom)  # it moves, calmly
    d = ill.draw("window", seed=seed, leave="above")
    assert d.meta["top"] >= d.meta["limits"][0] + 3 * d.w
    assert d.meta["bottom"] >= d.meta["limits"][1] + d.w
    d = ill.draw("window", seed=seed, leave="both")
    assert d.meta["top"] >= d.meta["limits"][0] + 3 * d.w
    assert d.meta["bottom"] <= d.meta["limits"][1] - 3 * d.w


@pytest.mark.parametrize("seed", range(1, 9))
@pytest.mark.parametrize("curl", [True, False])
def test_wave_rises_peaks_and_settles(seed, curl):
    d = ill.draw("wave", seed=seed, curl=curl)
    calm = max(d.meta["start"], d.meta["end"])
    assert d.meta["peak"] - calm >= 0.4 * d.height  # a big swell...
    assert abs(d.meta["start"] - d.meta["end"]) <= 3 * d.w  # ...and back to the same calm
    assert 0.3 * d.width <= d.meta["peak_at"] <= 0.65 * d.width
    small = ill.draw("wave", seed=seed, curl=curl, size=0.5)
    assert small.meta["peak"] - small.meta["start"] < d.meta["peak"] - d.meta["start"]


@pytest.mark.parametrize("shape,arrows", [("loop", 2), ("box", 4)])
def test_breath_has_arrows_round_one_closed_loop(shape, arrows):
    d = ill.draw("breath", seed=3, shape=shape)
    kinds = [s.kind for s in d.strokes]
    assert kinds.count("outline") == 1 and kinds.count("arrow") == arrows
    loop = d.strokes[0]
    assert math.dist(loop.centre[0], loop.centre[-1]) <= 0.1 * length(loop)  # it closes


def test_counted_parts():
    kinds = [s.kind for s in ill.draw("thought", seed=2, circles=4).strokes]
    assert kinds.count("circle") == 4 and kinds.count("outline") == 1
    kinds = [s.kind for s in ill.draw("mended-heart", seed=2, stitches=5).strokes]
    assert kinds.count("seam") == 1 and kinds.count("stitch") == 5
    kinds = [s.kind for s in ill.draw("sprout", seed=2, leaves=3).strokes]
    assert kinds.count("leaf") == 6 and kinds.count("stem") == 1
    kinds = [s.kind for s in ill.draw("speech", seed=2).strokes]
    assert kinds.count("bubble") == 2 and kinds.count("word") >= 4
    assert "word" not in [s.kind for s in ill.draw("speech", seed=2, words=False).strokes]
    kinds = [s.kind for s in ill.draw("anchor", seed=2).strokes]
    assert kinds.count("arrow") == 2 and "ring" in kinds and "water" not in kinds


@pytest.mark.parametrize("seed", range(1, 6))
def test_thought_circles_trail_away_getting_smaller(seed):
    d = ill.draw("thought", seed=seed, circles=3)
    rings = [s for s in d.strokes if s.kind == "circle"]
    sizes = [max(x for x, _ in s.centre) - min(x for x, _ in s.centre) for s in rings]
    assert all(b < a for a, b in zip(sizes, sizes[1:], strict=False))
    lows = [min(y for _, y in s.centre) for s in rings]
    assert all(b < a for a, b in zip(lows, lows[1:], strict=False))


@pytest.mark.parametrize("seed", range(1, 6))
def test_speech_bubbles_do_not_touch(seed):
    from handprint.draw.sketch import clearance

    d = ill.draw("speech", seed=seed)
    a, b = [s for s in d.strokes if s.kind == "bubble"]
    assert clearance(a, b) >= 2 * d.w


@pytest.mark.parametrize("seed", range(1, 6))
def test_heart_seam_runs_from_notch_to_tip(seed):
    d = ill.draw("mended-heart", seed=seed)
    seam = next(s for s in d.strokes if s.kind == "seam")
    ys = [y for s in d.strokes if s.kind == "edge" for _, y in s.centre]
    assert seam.centre[0][1] - seam.centre[-1][1] >= 0.6 * (max(ys) - min(ys))
