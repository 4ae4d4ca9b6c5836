"""ladder: a hand-drawn ladder, rung by rung up to a little flag: small steps up."""

from __future__ import annotations

from ..sketch import Drawing, between, spread
from ._kit import Sheet, line
from .base import Option, stroke_width

NAME = "ladder"
MEANING = "A ladder climbed one rung at a time: small steps that add up to a goal."
ALT = "A hand-drawn ladder with five rungs and a small flag at the top."
OPTIONS = {
    "rungs": Option(5, "how many rungs (steps)", 3, 8),
    "flag": Option(True, "a small flag at the top: the goal"),
}
BOX = (700.0, 1000.0)
LW = 15.0


def draw(seed: int, weight: float = 1.0, rungs: int = 5, flag: bool = True) -> Drawing:
    w = stroke_width(weight, LW)
    sheet = Sheet(NAME, seed, w, BOX)
    r = sheet.rng("shape")
    lean = between(r, -40, 40)
    bottom, top = 60.0, 900.0 if flag else 960.0
    half_b, half_t = between(r, 140, 155), between(r, 118, 130)  # narrower at the top
    cx = 330.0
    rails = []
    for k, side in enumerate((-1, 1)):
        a = (cx + side * half_b, bottom + between(r, 0, 12))
        b = (cx + lean + side * half_t, top + between(r, -12, 0))
        rails.append((a, b))
        sheet.stroke(line(a, b, sheet.rng(f"rail:{k}"), (0.008, 0.02)), f"rail:{k}",
                     kind="rail", taper=(2.5, 2.5))
    # rungs: about evenly spaced, each a little tilted, reaching just past the rails
    rr = sheet.rng("rungs")
    steps = spread(rr, rungs, 0.9, 1.1)
    span = top - bottom
    ys = []
    acc = 0.0
    for i in range(rungs):
        acc += steps[i]
        ys.append(bottom + span * (acc - 0.5 * steps[i]) / sum(steps) * 0.94 + 0.03 * span)
    for i, y in enumerate(ys):
        t = (y - bottom) / span
        xl = rails[0][0][0] + (rails[0][1][0] - rails[0][0][0]) * t
        xr = rails[1][0][0] + (rails[1][1][0] - rails[1][0][0]) * t
        tilt = between(rr, -0.5, 0.5) * w
        a = (xl - between(rr, 0.0, 0.5) * w, y - tilt)
        b = (xr + between(rr, 0.0, 0.5) * w, y + tilt)
        sheet.stroke(line(a, b, sheet.rng(f"rung:{i}"), (0.01, 0.03)), f"rung:{i}",
                     kind="rung", width=0.9, taper=(1.2, 1.6), tip=(0.38, 0.34))
    if flag:
        pole_a = rails[1][1]
        pole_b = (pole_a[0] + between(r, -8, 8), pole_a[1] + between(r, 150, 175))
        sheet.stroke(line(pole_a, pole_b, sheet.rng("pole"), (0.02, 0.04)), "pole",
                     kind="pole", width=0.85, taper=(0.6, 1.2), tip=(0.6, 0.5))
        h = pole_b[1] - pole_a[1]
        tip = (pole_b[0] + between(r, 120, 140), pole_b[1] - h * between(r, 0.25, 0.32))
        low = (pole_b[0], pole_b[1] - h * between(r, 0.52, 0.58))
        flag_pts = [pole_b, tip, low]
        sheet.fill(flag_pts, "accent")
        sheet.corners(flag_pts, "flag", kind="flag", width=0.8, taper=(0.8, 0.8),
                      tip=(0.5, 0.5))
    return sheet.done({"rungs": rungs, "rung_y": ys})
