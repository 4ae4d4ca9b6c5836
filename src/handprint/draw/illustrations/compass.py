"""compass: a hand-drawn compass, needle pointing the way: values, finding direction."""

from __future__ import annotations

import math

from ..sketch import Drawing, between
from ._kit import Sheet, dense, dot, ellipse, line
from .base import Option, stroke_width

NAME = "compass"
MEANING = "A compass: your values as a direction to walk in, even when the goal is out of sight."
ALT = "A hand-drawn compass, its needle pointing up and to the right, N at the top."
OPTIONS = {
    "heading": Option(35.0, "where the needle points, in degrees clockwise from north", 0, 360),
    "letter": Option(True, "an N at the top of the dial"),
}
BOX = (1000.0, 1000.0)
CPW = 16.0


def draw(seed: int, weight: float = 1.0, heading: float = 35.0, letter: bool = True) -> Drawing:
    w = stroke_width(weight, CPW)
    sheet = Sheet(NAME, seed, w, BOX)
    r = sheet.rng("layout")
    k = max(1.0, w / CPW) ** 0.5
    c = (500.0, 500.0)
    rad = 400.0 * k
    dial = ellipse(c, rad, rad * between(r, 0.97, 1.02), sheet.rng("dial"), 48, 0.02)
    sheet.loop(dial, "dial", kind="dial", taper=(3.0, 3.0))
    # ticks at east, south and west; the N stands at north
    for i, a in enumerate((0.0, -math.pi / 2, math.pi)):
        a += math.radians(between(r, -2, 2))
        p0 = (c[0] + (rad - 1.0 * w) * math.cos(a), c[1] + (rad - 1.0 * w) * math.sin(a))
        p1 = (c[0] + (rad - 4.6 * w) * math.cos(a), c[1] + (rad - 4.6 * w) * math.sin(a))
        sheet.stroke(line(p0, p1, sheet.rng(f"tick:{i}"), (0.02, 0.05)), f"tick:{i}",
                     kind="tick", width=0.85, taper=(0.6, 0.8), tip=(0.7, 0.5))
    if letter:
        ny = c[1] + rad - 4.5 * w - 36 * k
        hw, hh = 24 * k, 36 * k
        pts = [(c[0] - hw, ny - hh), (c[0] - hw + between(r, -3, 3), ny + hh),
               (c[0] + hw, ny - hh), (c[0] + hw + between(r, -3, 3), ny + hh)]
        sheet.corners(pts, "letter", kind="letter", width=0.85, bow=(0.01, 0.03),
                      taper=(0.8, 0.8), tip=(0.4, 0.4))
    # the needle: a long diamond, north half in the accent, south half solid ink
    h = math.radians(90 - heading + between(r, -1.5, 1.5))
    d, n = (math.cos(h), math.sin(h)), (-math.sin(h), math.cos(h))
    long, half = (rad - 5.5 * w - 90 * k) * between(r, 0.95, 1.0), between(r, 50, 58) * k
    tip_n = (c[0] + d[0] * long, c[1] + d[1] * long)
    tip_s = (c[0] - d[0] * long * 0.95, c[1] - d[1] * long * 0.95)
    left = (c[0] + n[0] * half, c[1] + n[1] * half)
    right = (c[0] - n[0] * half, c[1] - n[1] * half)
    for tri, role in (([tip_n, left, right], "accent"), ([tip_s, right, left], "ink")):
        sheet.fill(dense(tri + tri[:1], 0.5 * w)[:-1], role)
    sheet.corners([tip_n, left, tip_s, right], "needle", kind="needle", closed=True,
                  width=0.85, taper=(1.2, 1.2), tip=(0.4, 0.4))
    dot(sheet, c, 0.9 * w, "pin")
    return sheet.done({"heading": heading, "needle": (tip_s, tip_n)})
