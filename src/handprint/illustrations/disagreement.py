"""disagreement: two lines start close, come a little closer, then bend apart."""

from __future__ import annotations

import math

from ..sketch import Drawing, Stroke, arc_lengths, between, fit, pen, point_at, rng, wave
from .base import MARGIN, WIDE, U

NAME = "disagreement"
OPTIONS: dict = {}
RANGES: dict = {}


def _smooth(x: float) -> float:
    x = min(max(x, 0.0), 1.0)
    return x * x * (3 - 2 * x)


def draw(seed: int, weight: float = 1.0) -> Drawing:
    width, height = WIDE
    w = U * weight
    r = rng(NAME, "layout", seed)
    shared = wave(rng(NAME, "shared", seed), (0.6, 1.1))
    amp = between(r, 1.0, 1.8) * U
    sep0 = between(r, 2.3, 2.7) * w  # start: close together
    sep_min = between(r, 1.6, 1.9) * w  # they come a little closer...
    close_at = between(r, 0.2, 0.28)
    part_at = close_at + between(r, 0.06, 0.1)  # ...then bend away
    y0 = height / 2 + between(r, -1.0, 1.0) * U
    limits = (height - MARGIN - 0.9 * w - y0, y0 - MARGIN - 0.9 * w)  # room up / down
    ends = (between(r, 945, 975), between(r, 790, 850))
    x0 = between(r, 28, 42)
    starts = (x0 + between(r, -7, 7), x0 + between(r, -7, 7))
    shapes = (between(r, 1.3, 1.8), between(r, 1.9, 2.5))  # A rises and levels, B dives
    items = []
    for k, sign in enumerate((1, -1)):
        own = wave(rng(NAME, f"own:{k}", seed), (1.0, 1.8))
        pts = []
        n = 90
        for i in range(n + 1):
            u = i / n
            x = starts[k] + (ends[k] - starts[k]) * u
            v = (x - 30) / 940  # common position so the pair lines up
            sep = sep0 + (sep_min - sep0) * _smooth(v / close_at)
            g = min(max((v - part_at) / (ends[k] / 940 - part_at), 0.0), 1.0)
            if k == 0:
                lift = _smooth(g) * 0.6 + g ** shapes[0] * 0.4
            else:
                lift = g ** shapes[1]
            off = sep / 2 + lift * (limits[k] - sep / 2)
            y = y0 + amp * shared(v) * (1 - g) + sign * off + 0.3 * U * own(u) * (1 - g) * v
            pts.append((x, y))
        items.append(pen(pts, w, rng(NAME, f"line:{k}", seed), taper=(3.0, 3.5)))
    paths, strokes, _ = fit([p for p, _ in items], [s for _, s in items], width, height, MARGIN)
    return Drawing(width, height, w, paths, strokes, measure(strokes))


def separation(a: Stroke, b: Stroke, n: int = 50) -> list[float]:
    """Distance between the two lines at matching fractions of their length."""
    ca, cb = arc_lengths(a.centre), arc_lengths(b.centre)
    pa, pb = list(a.centre), list(b.centre)
    return [
        math.dist(point_at(pa, ca, ca[-1] * i / n), point_at(pb, cb, cb[-1] * i / n))
        for i in range(n + 1)
    ]


def measure(strokes: tuple[Stroke, ...]) -> dict:
    sep = separation(strokes[0], strokes[1])
    return {"start_separation": sep[0], "end_separation": sep[-1], "min_separation": min(sep)}
