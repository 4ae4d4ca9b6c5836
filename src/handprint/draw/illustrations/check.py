"""check: a hand-drawn check mark, one confident flick; optionally in a checkbox."""

from __future__ import annotations

from ..sketch import Drawing, Point, between
from ._kit import Sheet, jitter
from .base import Option, stroke_width

NAME = "check"
MEANING = "A hand-drawn check mark: done, achieved, yes; a small win worth noticing."
ALT = "A hand-drawn check mark."
OPTIONS = {"box": Option(False, "the check sits in a hand-drawn box, like a ticked list item")}
BOX = (1000.0, 1000.0)
CW = 80.0  # heavy: it must still read as an icon 12-16 pt tall beside text


def draw(seed: int, weight: float = 1.0, box: bool = False) -> Drawing:
    w = stroke_width(weight, CW)
    sheet = Sheet(NAME, seed, w, BOX)
    r = sheet.rng("shape")
    if box:
        c = (430 + between(r, -10, 10), 430 + between(r, -10, 10))
        side = between(r, 520, 560)
        sheet.corners(square(c, side, sheet.rng("box"), w), "box", kind="box", width=0.6,
                      closed=True, taper=(1.5, 1.5), tip=(0.6, 0.6))
        corner = jitter((c[0] - 0.05 * side, c[1] - 0.28 * side), r, 12)
        start = jitter((c[0] - 0.32 * side, c[1] + 0.02 * side), r, 15)
        end = jitter((c[0] + 0.8 * side, c[1] + 0.85 * side), r, 20)
    else:
        corner = jitter((400, 220), r, 25)
        start = jitter((180, 520), r, 30)
        end = jitter((830, 850), r, 35)
    bottom = (corner[0] + between(r, -0.1, 0.1) * w, corner[1])
    sheet.corners([start, bottom, end], "check", kind="check", bow=(0.03, 0.07),
                  taper=(1.2, 4.5), tip=(0.35, 0.22), ratio=(1.3, 1.6))
    return sheet.done({"box": box, "corner_ends": (start, bottom, end)})


def square(c: Point, side: float, r, w: float) -> list[Point]:
    """Corners of a hand-drawn square, counter-clockwise from a random one."""
    h = side / 2
    pts = [(c[0] + x * h + between(r, -0.25, 0.25) * w, c[1] + y * h + between(r, -0.25, 0.25) * w)
           for x, y in ((1, 1), (-1, 1), (-1, -1), (1, -1))]
    k = int(4 * r.random())
    return pts[k:] + pts[:k]

