"""Lighthouse, puzzle and untangle: the hand-drawn quality bar, and the metaphor each carries."""

import math
import statistics

import pytest

from handprint.draw import illustrations as ill
from handprint.draw.sketch import arc_lengths, clearance, count_cubics, crossings, op_points
from tests.conftest import save_failure
from tests.test_art_pixels import enclosed_regions
from tests.test_drawings_b import render

NAMES = ("lighthouse", "puzzle", "untangle")
NAMES = tuple(n for n in NAMES if n in ill.NAMES)  # while they are being added
VARIANTS = [("lighthouse", {"rays": False}), ("lighthouse", {"waves": False}),
            ("puzzle", {"pieces": 2}), ("puzzle", {"gap": False}),
            ("puzzle", {"pieces": 2, "gap": False}),
            ("untangle", {"loops": 3}), ("untangle", {"loops": 6})]
ALL = [(n, {}) for n in NAMES] + [(n, o) for n, o in VARIANTS if n in NAMES]
SOLID = ("dot",)


@pytest.mark.parametrize("name,opts", ALL)
@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_budget_box_and_nothing_ruler_straight(name, opts, seed):
    d = ill.draw(name, seed=seed, **opts)
    assert count_cubics(d) <= 1500
    for p in d.paths:
        prev = None
        for op in p.ops:
            if op[0] == "L":
                assert math.dist(op[1:], prev) <= 2 * d.w, (name, p.role)
            if len(op) > 1:
                prev = op[-2:]
        for x, y in op_points(p.ops):
            assert 0 <= x <= d.width and 0 <= y <= d.height


@pytest.mark.parametrize("name,opts", ALL)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_tapered_marker_strokes(name, opts, seed):
    """Width varies along each stroke, ends taper and stay printable, long ones bow."""
    d = ill.draw(name, seed=seed, **opts)
    w = d.w
    for s in d.strokes:
        if s.kind in SOLID:
            continue
        wd, cum = s.widths, arc_lengths(s.centre)
        if cum[-1] >= 14 * w:
            body = [x for x, c in zip(wd, cum, strict=True) if 4.5 * w <= c <= cum[-1] - 4.5 * w]
            assert 1.15 <= max(body) / min(body) <= 1.8, (s.kind, max(body) / min(body))
            mid = statistics.median(body)
            assert wd[-1] <= 0.6 * mid and wd[0] <= 0.6 * mid, s.kind
        else:
            assert wd[-1] < max(wd) and wd[0] < max(wd), s.kind
        assert min(wd) >= 0.1 * w, s.kind
        if cum[-1] > 20 * w:
            (x0, y0), (x1, y1) = s.centre[0], s.centre[-1]
            chord = math.dist((x0, y0), (x1, y1)) or 1.0
            dev = max(abs((x1 - x0) * (y0 - y) - (x0 - x) * (y1 - y0)) / chord
                      for x, y in s.centre)
            assert dev >= 0.004 * cum[-1], (s.kind, dev / cum[-1])


@pytest.mark.parametrize("name,opts", ALL)
@pytest.mark.parametrize("seed", [1, 2])
def test_no_pinholes_with_a_heavy_pen(name, opts, seed):
    d = ill.draw(name, seed=seed, weight=2.5, **opts)
    image = render(d, 10)
    holes = [s for s in enclosed_regions(image) if s < 10 * 10]
    if holes:
        raise AssertionError(f"{name} {opts} seed {seed}: pinholes of {holes} px: "
                             f"see {save_failure(image, f'{name}-{seed}-heavy')}")


# --- metaphors ---------------------------------------------------------------


def test_lighthouse_striped_tower_shines_from_the_top():
    for seed in range(1, 7):
        d = ill.draw("lighthouse", seed=seed)
        kinds = [s.kind for s in d.strokes]
        assert d.meta["bands"] >= 4 and kinds.count("stripe") == d.meta["bands"] - 1
        half_b, half_t = d.meta["half"]
        assert half_t < 0.8 * half_b  # a tower, narrowing as it rises
        lamp = [p for s in d.strokes if s.kind == "lamp" for p in s.centre]
        lamp_x = statistics.mean(x for x, _ in lamp)
        low, high = min(y for _, y in lamp), max(y for _, y in lamp)
        tower_top = max(y for s in d.strokes if s.kind == "tower" for _, y in s.centre)
        rays = [s for s in d.strokes if s.kind == "ray"]
        assert len(rays) == 4
        for ray in rays:  # beams start beside the lamp, above the tower, and spread outward
            (x0, y0), (x1, _) = ray.centre[0], ray.centre[-1]
            assert tower_top < low <= y0 <= high
            assert abs(x1 - lamp_x) > 3 * abs(x0 - lamp_x)
        assert d.meta["crests"] >= 8  # rough water
    plain = ill.draw("lighthouse", seed=1, rays=False, waves=False)
    kinds = {s.kind for s in plain.strokes}
    assert "ray" not in kinds and "wave" not in kinds and "tower" in kinds


@pytest.mark.parametrize("pieces", [2, 3])
def test_puzzle_last_piece_is_just_apart(pieces):
    for seed in range(1, 7):
        d = ill.draw("puzzle", seed=seed, pieces=pieces)
        kinds = [s.kind for s in d.strokes]
        assert kinds.count("seam") == pieces - 2 and 2 <= kinds.count("motion") <= 3
        group, loose = (s for s in d.strokes if s.kind == "piece")
        gap = clearance(group, loose)
        assert 1.5 * d.w <= gap <= 6 * d.w  # apart, but close enough to fit in one move
        assert min(x for x, _ in loose.centre) > min(x for x, _ in group.centre)
        together = ill.draw("puzzle", seed=seed, pieces=pieces, gap=False)
        kinds = [s.kind for s in together.strokes]
        assert kinds.count("piece") == 1 and kinds.count("seam") == pieces - 1
        assert "motion" not in kinds


@pytest.mark.parametrize("loops", [3, 4, 6])
def test_untangle_knot_on_the_left_calm_on_the_right(loops):
    for seed in range(1, 5):
        d = ill.draw("untangle", seed=seed, loops=loops)
        (line,) = d.strokes
        hits = crossings(list(line.centre))
        assert len(hits) >= loops  # a real tangle: the line crosses itself again and again
        assert max(x for x, *_ in hits) < 0.55 * d.width  # all of it on the left
        knot = [y for x, y in line.centre if x < max(x for x, *_ in hits)]
        calm = [y for x, y in line.centre if x > 0.65 * d.width]
        assert calm and max(calm) - min(calm) <= 0.35 * (max(knot) - min(knot))
        assert max(x for x, _ in line.centre) > 0.9 * d.width  # it runs out clear
