"""connection: two calm lines side by side, sharing the same gentle wobble."""

from __future__ import annotations

import math

from ..sketch import Drawing, between, fit, pen, rng, wave
from .base import MARGIN, WIDE, Option, U, stroke_width

NAME = "connection"
MEANING = (
    "Two lines running side by side, close but never merged: a working alliance, two "
    "people in step."
)
ALT = "Two wavy lines run side by side across the page, close together, never touching."
OPTIONS: dict[str, Option] = {}


def draw(seed: int, weight: float = 1.0) -> Drawing:
    width, height = WIDE
    w = stroke_width(weight)
    r = rng(NAME, "layout", seed)
    shared = wave(rng(NAME, "shared", seed), (0.6, 1.2))
    amp = between(r, 2.0, 3.2) * U
    arc = between(r, -2.0, 2.0) * U  # a gentle overall sag or hump
    gap = between(r, 2.8, 3.3) * w
    y0 = height / 2 + between(r, -0.5, 0.5) * U
    items = []
    for k, sign in enumerate((1, -1)):
        own = wave(rng(NAME, f"own:{k}", seed), (0.8, 1.6))
        x0, x1 = between(r, 25, 60), between(r, 940, 975)
        pts = []
        for i in range(91):
            u = i / 90
            x = x0 + (x1 - x0) * u
            v = x / 1000
            y = (y0 + amp * shared(v) + arc * math.sin(math.pi * v)
                 + sign * gap / 2 + 0.22 * U * own(u))
            pts.append((x, y))
        items.append(pen(pts, w, rng(NAME, f"line:{k}", seed), taper=(3.0, 3.0)))
    paths, strokes, scale = fit([p for p, _ in items], [s for _, s in items], width, height, MARGIN)
    a, b = strokes[0].centre, strokes[1].centre
    n = len(a)
    gaps = sorted(min(_to_segment(p, b[i], b[i + 1]) for i in range(len(b) - 1))
                  for p in a[n // 10: n - n // 10])
    return Drawing(width, height, w * scale, paths, strokes, {"gap": gaps[len(gaps) // 2]})


def _to_segment(p, a, b) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy or 1.0)
    t = min(max(t, 0.0), 1.0)
    return math.dist(p, (a[0] + t * dx, a[1] + t * dy))
