"""battery: a hand-drawn battery showing how much energy is left, 0 to 4 bars."""

from __future__ import annotations

from ..sketch import Drawing, between
from ._kit import Sheet, dense, jitter
from .base import Option, stroke_width

NAME = "battery"
MEANING = "A battery with 0 to 4 bars: how much energy is left; low means rest and recharge."
ALT = "A hand-drawn battery, three of its four bars full."
OPTIONS = {
    "level": Option(3, "how many of the four bars are full (0 = empty, 4 = fully charged)", 0, 4),
    "fill": Option("accent", "the colour of the full bars", choices=("accent", "ink")),
}
BOX = (1000.0, 520.0)
BW = 18.0


def draw(seed: int, weight: float = 1.0, level: int = 3, fill: str = "accent") -> Drawing:
    w = stroke_width(weight, BW)
    sheet = Sheet(NAME, seed, w, BOX)
    r = sheet.rng("shape")
    x0, x1 = 110 + between(r, -10, 10), 800 + between(r, -10, 10)
    y0, y1 = 90 + between(r, -8, 8), 430 + between(r, -8, 8)
    # the bars first, so the outline is drawn over their edges
    pad = 1.7 * w
    gap = between(r, 1.3, 1.7) * w
    span = (x1 - x0 - 2 * pad - 3 * gap) / 4
    rb = sheet.rng("bars")
    for i in range(level):
        bx = x0 + pad + i * (span + gap)
        k = 0.25 * w
        box = [jitter(p, rb, k) for p in ((bx, y0 + pad), (bx + span, y0 + pad),
                                         (bx + span, y1 - pad), (bx, y1 - pad))]
        sheet.fill(dense(box + box[:1], 0.5 * w)[:-1], fill)
    corners = [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
    k = int(4 * r.random())
    sheet.corners(corners[k:] + corners[:k], "body", kind="body", closed=True,
                  taper=(2.0, 2.0), tip=(0.5, 0.5))
    # the terminal nub on the right
    ym, h = (y0 + y1) / 2 + between(r, -6, 6), (y1 - y0) * between(r, 0.17, 0.21)
    tx = x1 + between(r, 55, 70)
    sheet.corners([(x1, ym - h), (tx, ym - h), (tx, ym + h), (x1, ym + h)], "nub",
                  kind="nub", taper=(1.0, 1.0), tip=(0.5, 0.5))
    return sheet.done({"level": level, "bar_width": span})
