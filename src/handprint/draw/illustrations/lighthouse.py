"""lighthouse: a striped lighthouse on a rock, its light shining out over rough water."""

from __future__ import annotations

import math

from ..sketch import Drawing, Point, between, wave
from ._kit import Sheet, dense, dot, line
from .base import Option, stroke_width

NAME = "lighthouse"
MEANING = ("A lighthouse in a storm: a steady guide that keeps shining, so you can find "
           "your way through rough water.")
ALT = "A striped lighthouse on a rock, its light shining out over stormy waves."
OPTIONS = {
    "rays": Option(True, "beams of light shining out from the lamp"),
    "waves": Option(True, "rough waves breaking round the rock"),
}
BOX = (1000.0, 1000.0)
LW = 14.0


def draw(seed: int, weight: float = 1.0, rays: bool = True, waves: bool = True) -> Drawing:
    w = stroke_width(weight, LW)
    sheet = Sheet(NAME, seed, w, BOX)
    r = sheet.rng("shape")
    cx = 500 + between(r, -10, 10)
    foot, top = 210 + between(r, -6, 6), 640 + between(r, -10, 10)
    half_b, half_t = between(r, 100, 112), between(r, 66, 74)  # narrower at the top

    def side(k: int, y: float) -> float:  # x of the tower's left (-1) or right (+1) side
        t = (y - foot) / (top - foot)
        return cx + k * (half_b + (half_t - half_b) * t)

    lamp_top = top + between(r, 100, 115)
    lamp_half = half_t - between(r, 14, 20)
    lamp_mid = (top + lamp_top) / 2
    beams = []
    if rays:  # wedges of light first, under everything
        for k in (-1, 1):
            rr = sheet.rng(f"beam:{k}")
            x0 = cx + k * (lamp_half + 1.6 * w)
            reach = between(rr, 250, 290)
            up, down = math.radians(between(rr, 6, 11)), math.radians(between(rr, 8, 13))
            a = (x0, lamp_mid + 0.3 * (lamp_top - top))
            b = (x0, lamp_mid - 0.3 * (lamp_top - top))
            ea = (x0 + k * reach * math.cos(up), a[1] + reach * math.sin(up))
            eb = (x0 + k * reach * math.cos(down), b[1] - reach * math.sin(down))
            sheet.fill(dense([a, ea, eb, b, a], 0.6 * w)[:-1], "tint")
            beams.append((a, ea, b, eb))
    # the rock: a lumpy mound the tower stands in
    rr = sheet.rng("rock")
    bump = wave(rr, (1.0, 1.8))
    rx0, rx1 = cx - between(rr, 230, 260), cx + between(rr, 230, 260)
    rock = []
    for i in range(25):
        t = i / 24
        x = rx0 + (rx1 - rx0) * t
        hump = math.sin(math.pi * t) ** 0.45  # steep sides, a broad top for the tower
        rock.append((x, 115 + (foot - 115) * hump + 16 * bump(t) * hump))
    # the stripes: washed bands between gently sagging lines (the tower is round)
    bands = 5 if r.random() < 0.5 else 4
    cuts = [foot + (top - foot) * (i + between(r, -0.12, 0.12)) / bands
            for i in range(1, bands)]
    levels = [foot - 40.0, *cuts, top]
    sag = [between(r, 6, 11) for _ in levels[:-1]] + [0.0]  # flat under the gallery
    for i in range(0, bands, 2):  # the bottom band and every other one
        y0, y1 = levels[i], levels[i + 1]
        lower = (_sagged(side(-1, y0), side(1, y0), y0, sag[i]) if i else
                 [(x, _height(rock, x) - 0.3 * w) for x in
                  (side(-1, foot) + (side(1, foot) - side(-1, foot)) * j / 8 for j in range(9))])
        upper = _sagged(side(-1, y1), side(1, y1), y1 + (0.3 * w if y1 == top else 0),
                        sag[i + 1])
        sheet.fill(dense(lower + upper[::-1] + lower[:1], 0.6 * w)[:-1], "accent")
    # the lamp's glow
    low = top - 0.3 * w
    glow = [(cx - lamp_half, low), (cx - lamp_half, lamp_top), (cx + lamp_half, lamp_top),
            (cx + lamp_half, low), (cx - lamp_half, low)]
    sheet.fill(dense(glow, 0.6 * w)[:-1], "accent")
    # the tower, which the rock hides at its foot
    for k in (-1, 1):
        y_low = _height(rock, side(k, foot)) - 0.2 * w
        a, b = (side(k, y_low), y_low), (side(k, top), top)
        sheet.stroke(line(a, b, sheet.rng(f"side:{k}"), (0.006, 0.015)), f"side:{k}",
                     kind="tower", taper=(1.2, 0.8), tip=(0.4, 0.4))
    sheet.stroke(rock, "rock", kind="rock", taper=(2.5, 2.5))
    for k in (-1, 1):  # a ledge on the rock's face each side, so it reads as stone
        x = cx + k * between(rr, 150, 180)
        run = between(rr, 3.5, 4.5) * w
        y = min(_height(rock, x + d * run) for d in (-0.6, 0, 0.6)) - between(rr, 2.2, 2.6) * w
        pts = [(x + k * run * (t / 4 - 0.5), y - k * 0.12 * run * t / 4 + 0.2 * w * (t % 2))
               for t in range(5)]
        sheet.stroke(pts, f"ledge:{k}", kind="ledge", width=0.8, taper=(0.6, 1.2),
                     tip=(0.6, 0.4))
    door_h, door_half = between(r, 70, 80), between(r, 20, 24)  # a small dark door
    y0 = _height(rock, cx) + 0.3 * w
    door = ([(cx - door_half, y0)]
            + [(cx - door_half * math.cos(math.pi * i / 8), y0 + door_h - door_half
                + door_half * math.sin(math.pi * i / 8)) for i in range(9)]
            + [(cx + door_half, y0)])
    sheet.fill(dense(door, 0.5 * w), "ink")
    for i, y in enumerate(cuts):
        pts = _sagged(side(-1, y), side(1, y), y, sag[i + 1])
        sheet.stroke(pts, f"stripe:{i}", kind="stripe", width=0.8, taper=(0.8, 0.8),
                     tip=(0.45, 0.45))
    # the gallery, the lamp room and its roof with a knob on top
    over = between(r, 1.6, 2.2) * w
    gallery = line((side(-1, top) - over, top), (side(1, top) + over, top + between(r, -3, 3)),
                   sheet.rng("gallery"), (0.01, 0.02))
    sheet.stroke(gallery, "gallery", kind="gallery", width=1.1, taper=(1.0, 1.0), tip=(0.45, 0.45))
    for k in (-1, 1):
        a, b = (cx + k * lamp_half, top + 0.3 * w), (cx + k * lamp_half, lamp_top)
        sheet.stroke(line(a, b, sheet.rng(f"lamp:{k}"), (0.01, 0.03)), f"lamp:{k}",
                     kind="lamp", width=0.9, taper=(0.8, 0.4), tip=(0.6, 0.7))
    eave = lamp_half + between(r, 1.8, 2.4) * w
    apex = (cx + between(r, -6, 6), lamp_top + between(r, 70, 85))
    roof = [(cx - eave, lamp_top), apex, (cx + eave, lamp_top)]
    sheet.fill(dense(roof + roof[:1], 0.6 * w)[:-1], "ink")
    sheet.corners(roof, "roof", kind="roof", closed=True, taper=(0.8, 0.8), tip=(0.45, 0.45))
    dot(sheet, (apex[0], apex[1] + 1.3 * w), 0.9 * w, "knob")
    for k, (a, ea, b, eb) in enumerate(beams):
        for j, (p, q) in enumerate(((a, ea), (b, eb))):
            key = f"ray:{k}:{j}"
            sheet.stroke(line(p, q, sheet.rng(key), (0.01, 0.025)), key, kind="ray",
                         width=0.8, taper=(0.8, 2.5), tip=(0.4, 0.3))
    crests = _waves(sheet, rock, w) if waves else 0
    return sheet.done({"bands": bands, "beams": len(beams), "crests": crests,
                       "lamp": (cx, lamp_mid), "half": (half_b, half_t)})


def _sagged(x0: float, x1: float, y: float, sag: float, n: int = 8) -> list[Point]:
    """A line across the tower that dips in the middle, as a band round a drum does."""
    return [(x0 + (x1 - x0) * i / n, y - sag * math.sin(math.pi * i / n)) for i in range(n + 1)]


def _height(poly: list[Point], x: float) -> float:
    """y of a left-to-right polyline at x."""
    for (xa, ya), (xb, yb) in zip(poly, poly[1:], strict=False):
        if xa <= x <= xb:
            return ya + (yb - ya) * (x - xa) / (xb - xa)
    return poly[0][1] if x < poly[0][0] else poly[-1][1]


def _waves(sheet: Sheet, rock: list[Point], w: float) -> int:
    """Choppy water: a row either side of the rock and one long row in front. Crests
    come to a point like a trochoid's, which is what makes water look rough."""
    r = sheet.rng("waves")
    crests = 0
    rows = [(40.0, rock[0][0] - 1.0 * w, 135.0), (rock[-1][0] + 1.0 * w, 960.0, 135.0),
            (60.0, 940.0, 50.0)]
    for k, (x0, x1, y) in enumerate(rows):
        length = x1 - x0
        n_crests = max(2, round(length / between(r, 130, 160)))
        amp = between(r, 20, 25)
        drift = wave(sheet.rng(f"drift:{k}"), (0.8, 1.4))
        pts = []
        m = 14 * n_crests
        for i in range(m + 1):
            t = math.tau * n_crests * i / m
            u = (t - 0.6 * math.sin(t)) / (math.tau * n_crests)  # sharp crests, wide troughs
            lean = 0.35 * amp * math.sin(t)  # crests lean forward, about to break
            pts.append((x0 + length * u + lean, y + amp * math.cos(t) + 0.4 * w * drift(i / m)))
        crests += n_crests
        sheet.stroke(pts, f"wave:{k}", kind="wave", width=0.9, taper=(2.0, 2.0))
    return crests
