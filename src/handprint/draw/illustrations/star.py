"""star: a hand-drawn five-point star, one closed marker stroke, filled or not."""

from __future__ import annotations

import math

from ..sketch import Drawing, Point, between
from ._kit import Sheet, dense
from .base import Option, stroke_width

NAME = "star"
MEANING = "A hand-drawn star: something done well, a strength, a moment to be proud of."
ALT = "A hand-drawn five-point star."
OPTIONS = {"fill": Option("accent", "what fills the star", choices=("accent", "tint", "none"))}
BOX = (1000.0, 1000.0)
SW = 70.0  # heavy: it must still read as an icon 12-16 pt tall beside text


def draw(seed: int, weight: float = 1.0, fill: str = "accent") -> Drawing:
    w = stroke_width(weight, SW)
    sheet = Sheet(NAME, seed, w, BOX)
    corners = outline((500, 480), 460, sheet.rng("shape"))
    if fill != "none":
        sheet.fill(dense(corners + corners[:1], 0.5 * w)[:-1], fill)
    k = 2 * int(5 * sheet.rng("start").random())  # the pen starts at one of the tips
    sheet.corners(corners[k:] + corners[:k], "outline", kind="outline", closed=True,
                  bow=(0.01, 0.04), taper=(2.0, 2.0), tip=(0.5, 0.5), ratio=(1.25, 1.5))
    c = (sum(x for x, _ in corners) / 10, sum(y for _, y in corners) / 10)
    radii = [math.dist(c, p) for p in corners]
    return sheet.done({"fill": fill, "tips": radii[0::2], "inner": radii[1::2]})


def outline(c: Point, radius: float, r) -> list[Point]:
    """The ten corners of the star, counter-clockwise from the top tip."""
    turn = math.radians(90 + between(r, -6, 6))
    inner = between(r, 0.42, 0.48)
    corners = []
    for i in range(10):
        a = turn + math.tau * i / 10 + math.radians(between(r, -3, 3))
        k = (1 + between(r, -0.06, 0.05)) if i % 2 == 0 else inner * (1 + between(r, -0.06, 0.06))
        corners.append((c[0] + radius * k * math.cos(a), c[1] + radius * k * math.sin(a)))
    return corners
