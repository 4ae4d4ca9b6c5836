"""thermometer: a hand-drawn thermometer filled to a level: how intense a feeling is."""

from __future__ import annotations

import math

from ..sketch import Drawing, between, closed_shape, spline
from ._kit import Sheet, arc, dense
from .base import Option, stroke_width

NAME = "thermometer"
MEANING = "A thermometer filled to a level: how strong a feeling is right now, calm to boiling."
ALT = "A hand-drawn thermometer filled a little over half way."
OPTIONS = {
    "level": Option(0.6, "how far up the tube the fill reaches (0 = only the bulb, 1 = the top)",
                    0.0, 1.0),
    "color": Option("red", "the colour of the fill", choices=("red", "accent")),
    "ticks": Option(True, "tick marks beside the tube"),
}
BOX = (500.0, 1000.0)
TW = 16.0
RED = "#D2452F"  # a warm red that holds in CMYK


def draw(seed: int, weight: float = 1.0, level: float = 0.6, color: str = "red",
         ticks: bool = True) -> Drawing:
    w = stroke_width(weight, TW)
    sheet = Sheet(NAME, seed, w, BOX)
    r = sheet.rng("shape")
    cx = 230 + between(r, -8, 8)
    half = between(r, 3.3, 3.8) * w  # the tube's half width: room for the fill
    rb = half * between(r, 1.85, 2.05)  # the bulb's radius
    by = 90 + rb
    top = between(r, 880, 900)
    lean = between(r, -0.02, 0.02)
    # the fill: the bulb and a column up to the level, inside the glass
    inner = half - 1.15 * w
    base = by + math.sqrt(rb * rb - half * half)
    low, high = base + 0.5 * w, top - 1.6 * w
    fill_top = low + (high - low) * level
    role = RED if color == "red" else "accent"
    sheet.fill(arc((cx, by), rb - 1.05 * w, rb - 1.05 * w, 0, math.tau, 24)[:-1], role)
    column = [(cx - inner, by), (cx + inner, by), (cx + inner + lean * fill_top, fill_top),
              (cx - inner + lean * fill_top, fill_top)]
    sheet.add(closed_shape(dense(column + column[:1], 0.5 * w)[:-1], role))
    # the glass: one stroke down the left side, round the bulb, up and over the top
    a = math.asin(half / rb)
    bend = [between(r, -0.35, 0.35) * w for _ in range(2)]  # each side bows a little
    left = [(cx - half + lean * y, y) for y in (top - half, (top + base) / 2, base)]
    left[1] = (left[1][0] + bend[0], left[1][1])
    bulb = arc((cx, by), rb, rb, math.pi / 2 + a, 2.5 * math.pi - a, 28)
    right = [(cx + half + lean * y, y) for y in (base, (top + base) / 2, top - half)]
    right[1] = (right[1][0] + bend[1], right[1][1])
    cap = arc((cx + lean * (top - half), top - half), half, half * between(r, 0.9, 1.1), 0,
              math.pi, 10)
    # the pen starts half way down the left side; only the bulb's two joins are corners
    side = spline(left, 0.4 * w)
    half_way = len(side) // 2
    over = spline(right + cap[1:], 0.4 * w)
    poly = side[half_way:] + spline(bulb, 0.4 * w)[1:]
    marks = [0, len(side) - half_way - 1, len(poly) - 1]
    poly += over[1:] + side[1:half_way + len(side) // 6]  # and runs on past its start
    marks.append(len(poly) - 1)
    sheet.joined(poly, marks, "glass", kind="glass", taper=(2.5, 2.5))
    if ticks:
        rt = sheet.rng("ticks")
        n = 5
        for i in range(n):
            y = low + (high - low) * (i + 0.5) / n + between(rt, -0.3, 0.3) * w
            x = cx + half + lean * y + 1.6 * w
            long = 3.4 if i % 2 == 0 else 2.4
            pts = [(x, y), (x + long * w * 0.5, y + between(rt, -0.15, 0.15) * w),
                   (x + long * w, y + between(rt, -0.3, 0.3) * w)]
            sheet.stroke(spline(pts, 0.3 * w), f"tick:{i}", kind="tick", width=0.8,
                         taper=(0.6, 0.9), tip=(0.7, 0.5), ratio=(1.1, 1.25))
    return sheet.done({"level": level, "fill_top": fill_top, "fill_low": low,
                       "fill_high": high})
