"""door: a door left ajar, light coming through the gap: an opening, a new start."""

from __future__ import annotations

from ..sketch import Drawing, between
from ._kit import Sheet, dense, dot, line
from .base import Option, stroke_width

NAME = "door"
MEANING = "A door left ajar with light coming through: an opening, a chance, a new start."
ALT = "A hand-drawn door standing a little open, light shining through the gap."
OPTIONS = {
    "open": Option(0.35, "how far the door stands open (0.1 = barely, 0.8 = wide)", 0.1, 0.8),
    "light": Option(True, "light through the gap and spilling onto the floor"),
}
BOX = (800.0, 1000.0)
DW = 14.0


def draw(seed: int, weight: float = 1.0, open: float = 0.35, light: bool = True) -> Drawing:
    w = stroke_width(weight, DW)
    sheet = Sheet(NAME, seed, w, BOX)
    r = sheet.rng("shape")
    x0, x1 = 230 + between(r, -10, 10), 570 + between(r, -10, 10)
    yb, yt = 150.0, 900 + between(r, -10, 10)
    # the panel swings in on hinges at the left: its free edge recedes (shorter, nearer)
    xe = x0 + (x1 - x0) * (1 - 0.85 * open)
    s = (yt - yb) * (0.03 + 0.08 * open)
    lo, hi = (xe, yb + 0.6 * s + 2.0 * w), (xe, yt - s)
    if light:
        # the glow runs under the panel's edge: a wobbly stroke must not leave a hairline
        glow = [(xe - 0.45 * w, lo[1]), (x1, yb), (x1, yt), (xe - 0.45 * w, hi[1])]
        sheet.fill(dense(glow + glow[:1], 0.5 * w)[:-1], "accent")
        spread = between(r, 1.25, 1.45)
        spill = [(xe, yb), (x1, yb), (x1 + (x1 - xe) * (spread - 1) + 60, 40),
                 (xe - 60, 40)]
        sheet.fill(dense(spill + spill[:1], 0.5 * w)[:-1], "tint")
    sheet.stroke(line((60, yb + between(r, -5, 5)), (740, yb + between(r, -5, 5)),
                      sheet.rng("floor"), (0.006, 0.015)), "floor", kind="floor")
    frame = [(x0, yb), (x0 + between(r, -4, 4), yt), (x1 + between(r, -4, 4), yt), (x1, yb)]
    sheet.corners(frame, "frame", kind="frame", taper=(1.2, 1.2), tip=(0.5, 0.5))
    panel = [(x0 + 0.2 * w, yb + 2.0 * w), lo, hi, (x0 + 0.2 * w, yt - 2.4 * w)]
    sheet.corners(panel, "panel", kind="panel", width=0.9, taper=(1.0, 1.0), tip=(0.5, 0.5))
    knob = (xe - between(r, 1.8, 2.2) * w, (lo[1] + hi[1]) / 2 - between(r, 0, 30))
    dot(sheet, knob, 1.2 * w, "knob")
    return sheet.done({"open": open, "gap": x1 - xe})
