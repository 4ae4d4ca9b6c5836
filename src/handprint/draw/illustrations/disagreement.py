"""disagreement: two lines start close, come a little closer, then bend apart."""

from __future__ import annotations

import math

from ..sketch import Drawing, Stroke, arc_lengths, between, fit, pen, point_at, rng, wave
from .base import MARGIN, WIDE, Option, U, room, stroke_width

NAME = "disagreement"
MEANING = "Two lines start together and then bend apart: two people who see a thing differently."
ALT = "Two lines start side by side, then bend away from each other."
OPTIONS: dict[str, Option] = {}


def _smooth(x: float) -> float:
    x = min(max(x, 0.0), 1.0)
    return x * x * (3 - 2 * x)


def draw(seed: int, weight: float = 1.0) -> Drawing:
    width, height = WIDE
    w = stroke_width(weight)
    k = room(w)  # heavy pens get a bigger layout, fit() shrinks it back
    tall = height * k
    x_lo, x_hi = 500 - 470 * k, 500 + 470 * k
    r = rng(NAME, "layout", seed)
    shared = wave(rng(NAME, "shared", seed), (0.6, 1.1))
    amp = between(r, 1.0, 1.8) * U * k
    sep0 = between(r, 2.1, 2.6) * w  # start: close together
    sep_min = between(r, 1.6, 1.9) * w  # they come a little closer...
    close_at = between(r, 0.2, 0.28)
    part_at = close_at + between(r, 0.06, 0.1)  # ...then bend away
    y0 = tall / 2 + between(r, -1.0, 1.0) * U
    limits = (tall - MARGIN - 0.9 * w - y0, y0 - MARGIN - 0.9 * w)  # room up / down
    # one line runs on, the other gives up sooner: far enough apart to read as parting
    need = 21.5 * w
    dx = math.sqrt(max(need ** 2 - (limits[0] + limits[1] - 0.5 * w) ** 2, 0.0))
    end_a = x_hi - between(r, 5, 35)
    end_b = min(end_a - dx - between(r, 10, 40), end_a - between(r, 110, 170) * k)
    ends = (end_a, end_b)
    x0 = x_lo + between(r, -2, 12)
    # one starts a little later (the pair still starts under 3w apart)
    lead = between(r, 0.45, 1.0) * math.sqrt(max(2.65 ** 2 - (sep0 / w) ** 2, 0.0)) * w
    lead *= 1 if r.random() < 0.5 else -1
    starts = (x0 + max(lead, 0.0), x0 + max(-lead, 0.0))
    shapes = (between(r, 1.3, 1.8), between(r, 1.9, 2.5))  # A rises and levels, B dives
    curl = between(r, 0.5, 1.1) * w  # A's end lifts a little as it turns away
    tapers = ((between(r, 2.0, 3.2), between(r, 4.0, 6.0)),
              (between(r, 3.0, 4.5), between(r, 2.2, 3.2)))
    items = []
    for j, sign in enumerate((1, -1)):
        own = wave(rng(NAME, f"own:{j}", seed), (1.0, 1.8))
        pts = []
        n = 90
        for i in range(n + 1):
            u = i / n
            x = starts[j] + (ends[j] - starts[j]) * u
            v = (x - x_lo) / (x_hi - x_lo)  # common position so the pair lines up
            sep = sep0 + (sep_min - sep0) * _smooth(v / close_at)
            full = (ends[j] - x_lo) / (x_hi - x_lo)
            g = min(max((v - part_at) / (full - part_at), 0.0), 1.0)
            if j == 0:
                lift = _smooth(g) * 0.6 + g ** shapes[0] * 0.4
            else:
                lift = g ** shapes[1]
            off = sep / 2 + lift * (limits[j] - sep / 2 - (curl if j == 0 else 0.0))
            if j == 0:
                off += curl * g ** 6
            # each line's own gentle wander: small while they run together, more as they part
            wander = (0.12 * w * (1 - g) + 0.45 * U * k * 4 * g * (1 - g)) * own(u)
            y = y0 + amp * shared(v) * (1 - g) + sign * off + wander
            pts.append((x, y))
        items.append(pen(pts, w, rng(NAME, f"line:{j}", seed), taper=tapers[j],
                         tip=(between(r, 0.25, 0.4), between(r, 0.25, 0.35))))
    paths, strokes, scale = fit([p for p, _ in items], [s for _, s in items], width, height,
                                MARGIN)
    return Drawing(width, height, w * scale, paths, strokes, measure(strokes))


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
