"""feelings-scale: five faces in a row, very upset to very happy; one may be circled."""

from __future__ import annotations

import math

from ..sketch import Drawing, between, spline
from ._kit import Sheet, arc, dot, ellipse
from .base import Option, stroke_width

NAME = "feelings-scale"
MEANING = "Five faces from very upset to very happy: point to how you feel right now."
ALT = "A row of five hand-drawn faces, from very upset on the left to very happy on the right."
OPTIONS = {
    "mark": Option(0, "which face is circled, 1 (very upset) to 5 (very happy); 0 = none", 0, 5),
}
BOX = (1000.0, 250.0)
FW = 11.0
MOODS = (-2, -1, 0, 1, 2)


def draw(seed: int, weight: float = 1.0, mark: int = 0) -> Drawing:
    w = stroke_width(weight, FW)
    sheet = Sheet(NAME, seed, w, BOX)
    r = sheet.rng("layout")
    radius = 6.2 * w  # features keep their room on a heavy pen
    step = 2 * radius + 4.2 * w + between(r, 5, 15)
    x0 = 500 - 2 * step
    bends = []
    for i, mood in enumerate(MOODS):
        rf = sheet.rng(f"face:{i}")
        c = (x0 + i * step + between(rf, -4, 4), 125 + between(rf, -5, 5))
        rad = radius * between(rf, 0.96, 1.04)
        sheet.loop(ellipse(c, rad, rad * between(rf, 0.94, 1.02), rf, 36, 0.025),
                   f"head:{i}", kind="head", width=0.9)
        bends.append(face(sheet, i, c, rad, mood))
    if mark:
        rm = sheet.rng("mark")
        i = mark - 1
        c = (x0 + i * step, 125)
        ring = ellipse(c, radius + 2.6 * w, radius + 2.4 * w, rm, 40, 0.05)
        sheet.loop(ring, "mark", kind="mark", width=0.9, over=0.12, role="accent")
    return sheet.done({"mouth_bend": bends, "mark": mark})


def face(sheet: Sheet, i: int, c, rad: float, mood: int) -> float:
    """Eyes and mouth (and brows when very upset); returns the mouth's bend (+ = smile)."""
    r = sheet.rng(f"features:{i}")
    w = sheet.w
    ey = c[1] + rad * between(r, 0.2, 0.3)
    gap = rad * between(r, 0.32, 0.4)
    for k, side in enumerate((-1, 1)):
        e = (c[0] + side * gap, ey + between(r, -2, 2))
        dot(sheet, e, 1.05 * w, f"eye:{i}:{k}")
        if mood == -2:  # brows tilted up in the middle: distress
            b0 = (e[0] - side * 0.55 * gap, ey + 0.42 * rad)  # inner end, raised
            b1 = (e[0] + side * 0.6 * gap, ey + 0.24 * rad)
            sheet.stroke(spline([b1, ((b0[0] + b1[0]) / 2, (b0[1] + b1[1]) / 2 + 0.2 * w), b0],
                                0.3 * w), f"brow:{i}:{k}", kind="brow", width=0.8,
                         taper=(0.6, 0.8), tip=(0.6, 0.5))
    half = rad * (0.42 + 0.08 * abs(mood)) * between(r, 0.95, 1.05)
    my = c[1] - rad * (0.38 if mood > 0 else 0.45) + (0.1 * rad if mood >= 1 else 0)
    bend = mood * rad * 0.13 * between(r, 0.9, 1.1)
    tilt = between(r, -0.04, 0.04) * rad
    if mood == 0:
        bend = between(r, 0.02, 0.05) * rad * (1 if r.random() < 0.5 else -1)
    pts = [(c[0] - half + 2 * half * j / 8,
            my + tilt * (j / 4 - 1) - bend * math.sin(math.pi * j / 8) + (
                bend * 0.25 if mood < 0 else 0)) for j in range(9)]
    if mood == 2:  # a wide open smile
        pts = arc((c[0], my + 0.25 * rad), half, 0.62 * rad, math.pi * 1.08, math.pi * 1.92, 10)
        bend = 0.62 * rad
    if mood == -2:  # a deep frown
        pts = arc((c[0], my - 0.25 * rad), half, 0.4 * rad, math.pi * 0.12, math.pi * 0.88, 10)
        bend = -0.4 * rad
    sheet.stroke(spline(pts, 0.3 * w), f"mouth:{i}", kind="mouth", width=1.0,
                 taper=(0.9, 0.9), tip=(0.55, 0.55), ratio=(1.15, 1.35))
    return bend
