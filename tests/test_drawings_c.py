"""path, weather and holding-hands: the drawings' quality bar, and the metaphor each carries."""

import math
import statistics

import pytest

from handprint.draw import illustrations as ill
from handprint.draw.sketch import arc_lengths, count_cubics

NAMES = ("path", "weather", "holding-hands")
VARIANTS = [("path", {}), ("path", {"steps": 3}), ("path", {"steps": 7}),
            ("path", {"style": "footprints"}), ("path", {"style": "road"}),
            ("weather", {}), ("weather", {"sky": "sun"}), ("weather", {"sky": "cloud"}),
            ("weather", {"sky": "rain"}), ("holding-hands", {}),
            ("holding-hands", {"sleeves": False})]


def length(stroke) -> float:
    return arc_lengths(stroke.centre)[-1]


def test_option_messages():
    assert "did you mean 'rain'" in ill.check_option("weather", "sky", "rian")
    assert ill.check_option("path", "steps", 8) == "steps must be between 3 and 7"


@pytest.mark.parametrize("name,opts", VARIANTS)
@pytest.mark.parametrize("seed", [1, 2, 5])
def test_budget_and_nothing_ruler_straight(name, opts, seed):
    d = ill.draw(name, seed=seed, **opts)
    assert count_cubics(d) <= 1500
    for p in d.paths:
        prev = None
        for op in p.ops:
            assert op[0] != "L" or math.dist(op[1:], prev) <= 2 * d.w
            if len(op) > 1:
                prev = op[-2:]
    for s in d.strokes:
        n = length(s)
        (x0, y0), (x1, y1) = s.centre[0], s.centre[-1]
        if n > 20 * d.w and math.dist((x0, y0), (x1, y1)) > 0.3 * n:
            chord = math.dist((x0, y0), (x1, y1))
            dev = max(abs((x1 - x0) * (y0 - y) - (x0 - x) * (y1 - y0)) / chord
                      for x, y in s.centre)
            assert dev >= 0.004 * n, (s.kind, dev / n)


@pytest.mark.parametrize("name,opts", VARIANTS)
def test_tapered_marker_strokes(name, opts):
    d = ill.draw(name, seed=6, **opts)
    for s in d.strokes:
        wd, cum = s.widths, arc_lengths(s.centre)
        if cum[-1] >= 14 * d.w:
            body = [x for x, c in zip(wd, cum, strict=True)
                    if 4.5 * d.w <= c <= cum[-1] - 4.5 * d.w]
            assert 1.15 <= max(body) / min(body) <= 1.8, s.kind
            assert min(wd[0], wd[-1]) <= 0.6 * statistics.median(body), s.kind
        else:
            assert wd[0] < max(wd) and wd[-1] < max(wd), s.kind


@pytest.mark.parametrize("seed", range(1, 7))
@pytest.mark.parametrize("steps", [3, 5, 7])
def test_path_steps_shrink_into_the_distance(seed, steps):
    for style in ("stones", "footprints"):
        d = ill.draw("path", seed=seed, steps=steps, style=style)
        places, sizes = d.meta["steps"], d.meta["sizes"]
        assert len(places) == steps
        assert all(b[1] > a[1] for a, b in zip(places, places[1:], strict=False))  # away
        assert sizes[-1] <= 0.7 * sizes[0]  # and smaller
        assert d.meta["horizon"] > places[-1][1]  # the hills lie beyond the last step
    stones = ill.draw("path", seed=seed, steps=steps)
    assert [s.kind for s in stones.strokes].count("stone") == steps
    xs = [x for x, _ in stones.meta["steps"]]
    turns = sum(1 for a, b, c in zip(xs, xs[1:], xs[2:], strict=False) if (b - a) * (c - b) < 0)
    assert steps == 3 or turns >= 1  # it winds


def test_path_road_has_two_edges_and_a_dash_per_step():
    kinds = [s.kind for s in ill.draw("path", seed=2, style="road", steps=6).strokes]
    assert kinds.count("edge") == 2 and kinds.count("dash") == 6


@pytest.mark.parametrize("seed", range(1, 9))
def test_weather_sun_partly_behind_the_cloud(seed):
    d = ill.draw("weather", seed=seed)
    assert 0.2 <= d.meta["hidden"] <= 0.5  # partly: both still read
    assert d.meta["rays"] >= 4
    kinds = {s.kind for s in d.strokes}
    assert {"sun", "cloud", "ray"} <= kinds and "drop" not in kinds
    roles = [p.role for p in d.paths]
    assert roles.index("accent") < roles.index("paper")  # the cloud is painted over the sun


@pytest.mark.parametrize("sky,parts", [("sun", {"sun", "ray"}), ("cloud", {"cloud"}),
                                       ("rain", {"cloud", "drop"})])
def test_weather_skies(sky, parts):
    d = ill.draw("weather", seed=1, sky=sky)
    assert {s.kind for s in d.strokes} == parts
    if sky == "rain":
        low = min(y for _, y in d.meta["cloud"])
        drops = [s for s in d.strokes if s.kind == "drop"]
        assert len(drops) >= 5 and all(max(y for _, y in s.centre) < low for s in drops)


@pytest.mark.parametrize("seed", range(1, 7))
def test_holding_hands_meet_in_the_middle(seed):
    d = ill.draw("holding-hands", seed=seed)
    kinds = [s.kind for s in d.strokes]
    assert kinds.count("hand") == 2 and kinds.count("thumb") == 1
    assert kinds.count("finger") == 5 and kinds.count("sleeve") == 2
    back, front = (s for s in d.strokes if s.kind == "hand")
    # one arm from each side, reaching in: their hands overlap, clasped
    assert back.centre[0][0] > 0.6 * d.width and front.centre[0][0] < 0.4 * d.width
    bx = [x for x, _ in back.centre]
    fx = [x for x, _ in front.centre]
    assert min(bx) < max(fx)
    tb, tf = d.meta["tip:0"], d.meta["tip:1"]
    assert math.dist(tb, tf) < 0.25 * d.width
    bare = ill.draw("holding-hands", seed=seed, sleeves=False)
    assert "sleeve" not in [s.kind for s in bare.strokes]
    assert "accent" not in [p.role for p in bare.paths]
