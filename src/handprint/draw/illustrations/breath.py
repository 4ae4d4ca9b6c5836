"""breath: one breath as a loop with arrows (in, out), or the four sides of box breathing."""

from __future__ import annotations

import math

from ..sketch import Drawing, arc_lengths, between, point_at, rng, spline
from ._parts import arrowhead, finish, loop
from .base import Option, direction, stroke_width

NAME = "breath"
ALIASES = ("breathing", "box-breathing")
MEANING = ("Breathing as a loop you can follow: breathe in, (hold,) breathe out, round again; "
           "the box is four equal counts.")
ALT = "A smooth loop with arrows going round it: breathe in, breathe out."
OPTIONS = {
    "shape": Option("loop", "a smooth loop (in and out) or a box (in, hold, out, hold)",
                    choices=("loop", "box")),
    "turn": Option("clockwise", "which way the arrows go round",
                   choices=("clockwise", "anticlockwise")),
}
BOX = (800.0, 800.0)
BW = 13.0  # nominal width in this box (W/62)


def guide(seed: int, shape: str) -> list[tuple[float, float]]:
    """Clockwise guide points, starting at the bottom left."""
    r = rng(NAME, "shape", seed)
    cx, cy = 400 + between(r, -10, 10), 400 + between(r, -10, 10)
    if shape == "box":
        half = between(r, 270, 300)
        pts = []
        corners = [(-1, -1), (-1, 1), (1, 1), (1, -1)]
        for i, (sx, sy) in enumerate(corners):
            nx, ny = corners[(i + 1) % 4]
            c = (cx + sx * half + between(r, -12, 12), cy + sy * half + between(r, -12, 12))
            e = (cx + nx * half, cy + ny * half)
            k = between(r, 0.1, 0.14)
            pts += [(c[0] + (e[0] - c[0]) * k, c[1] + (e[1] - c[1]) * k),
                    (c[0] + (e[0] - c[0]) * 0.5 + between(r, -5, 5),
                     c[1] + (e[1] - c[1]) * 0.5 + between(r, -5, 5)),
                    (c[0] + (e[0] - c[0]) * (1 - k), c[1] + (e[1] - c[1]) * (1 - k))]
        return pts
    rx, ry = between(r, 290, 320), between(r, 230, 260)  # a loop a little wider than tall
    lean = between(r, -0.12, 0.12)
    out = []
    for i in range(10):
        a = math.pi + 0.6 - math.tau * i / 10 + between(r, -0.08, 0.08)
        k = 1 + between(r, -0.04, 0.04)
        x, y = rx * k * math.cos(a), ry * k * math.sin(a)
        out.append((cx + x + lean * y, cy + y))
    return out


def draw(seed: int, weight: float = 1.0, shape: str = "loop", turn: str = "clockwise") -> Drawing:
    w = stroke_width(weight, BW)
    pts = guide(seed, shape)
    if turn == "anticlockwise":
        pts = pts[::-1]
    items = [loop(pts, w, rng(NAME, "pen", seed))]
    path = spline(pts, 0.4 * w, closed=True)
    cum = arc_lengths(path)
    ra = rng(NAME, "arrows", seed)
    if shape == "box":  # one arrow halfway along each side
        where = [(cum[-1] * (i + 0.5) / 4) for i in range(4)]
        where = [s + between(ra, 0.02, 0.06) * cum[-1] for s in where]
    else:  # up one side (in), down the other (out)
        left = min(range(len(path)), key=lambda i: path[i][0])
        right = max(range(len(path)), key=lambda i: path[i][0])
        where = [cum[left] + between(ra, 0.0, 0.04) * cum[-1],
                 cum[right] + between(ra, 0.0, 0.04) * cum[-1]]
    for s in where:
        tip = point_at(path, cum, s)
        d = direction(path, cum, s, 2 * w)
        items += (arrowhead(tip, math.atan2(d[1], d[0]), between(ra, 5.5, 6.5) * w, w, ra))
    return finish(items, BOX, w, {"arrows": len(where), "shape": shape})
