"""path: stepping stones (or footprints, or a road) winding away into the distance."""

from __future__ import annotations

import math

from ..sketch import Drawing, Point, between, spline, wave
from ._kit import Sheet, ellipse
from .base import Option, stroke_width

NAME = "path"
ALIASES = ("stepping-stones",)
MEANING = ("A path of stepping stones into the distance: one step at a time, you do not "
           "need to see the whole way.")
ALT = "Stepping stones winding away from the viewer towards low hills on the horizon."
OPTIONS = {
    "steps": Option(5, "how many stones or footprints (the steps)", 3, 7),
    "style": Option("stones", "stones: stepping stones; footprints: a trail of footprints; "
                    "road: a winding road", choices=("stones", "footprints", "road")),
}
BOX = (800.0, 900.0)
PW = 14.0


def draw(seed: int, weight: float = 1.0, steps: int = 5, style: str = "stones") -> Drawing:
    w = stroke_width(weight, PW)
    sheet = Sheet(NAME, seed, w, BOX)
    r = sheet.rng("layout")
    vx = 400 + between(r, -40, 40)  # where the path meets the horizon
    bend = wave(sheet.rng("bend"), (0.5, 0.8))
    swing = between(r, 200, 240) * (1 if r.random() < 0.5 else -1)
    far = 0.42 - 0.02 * steps  # the last step's size, of the first one's
    q = far ** (1 / (steps - 1))
    size0 = between(r, 125, 135)  # half width of the nearest stone

    def at(y: float, scale: float, side: float = 0.0) -> Point:
        """A point on the ground: the path's winding shrinks with the distance."""
        u = (y - 60) / 800
        return (vx + scale * (swing * bend(u) + side), y)

    # the steps, near to far: each smaller, each a little further up than the last
    places: list[tuple[Point, float]] = []
    y = 60.0
    for i in range(steps):
        scale = q ** i
        pw = w * max(0.65, scale ** 0.4)  # far stones: a finer line
        rx = max(size0 * scale * between(r, 0.92, 1.05), 2.8 * pw)
        ry = max(rx * (0.46 - 0.08 * i / max(1, steps - 1)), 1.25 * pw)
        if i:
            y += places[-1][1] * 0.5 + ry + between(r, 0.75, 0.95) * size0 * scale
        else:
            y += ry
        side = (0.35 if i % 2 else -0.35) * size0 * between(r, 0.7, 1.0)
        places.append((at(y, scale, side if style != "road" else 0.0), 2 * ry))
    horizon = y + places[-1][1] * between(r, 1.6, 2.0) + 2 * w
    end = at(horizon, q ** (steps + 0.5))
    _hills(sheet, end, horizon)
    if style == "stones":
        for i, ((c, h), scale) in enumerate(zip(places, (q ** i for i in range(steps)),
                                                strict=True)):
            rr = sheet.rng(f"stone:{i}")
            pw = max(0.65, scale ** 0.4)
            rx = max(size0 * scale * between(rr, 0.92, 1.05), 2.8 * pw * w)
            pts = ellipse(c, rx, h / 2, rr, 32, 0.07, between(rr, -0.08, 0.08))
            sheet.fill(pts[:-1], "tint")
            sheet.loop(pts, f"stone:{i}", kind="stone", width=pw)
    elif style == "footprints":
        for i, (c, h) in enumerate(places):
            nxt = places[i + 1][0] if i + 1 < steps else end
            _foot(sheet, c, math.atan2(nxt[1] - c[1], nxt[0] - c[0]), 2.7 * h, i)
    else:
        _road(sheet, at, places, end, size0, q, steps)
    return sheet.done({"steps": [c for c, _ in places], "sizes": [h for _, h in places],
                       "horizon": horizon, "style": style})


def _hills(sheet: Sheet, end: Point, horizon: float) -> None:
    """The horizon: two low hills with the path's end in the dip between them."""
    r = sheet.rng("hills")
    left = [(end[0] - between(r, 320, 360), horizon + between(r, 20, 50)),
            (end[0] - between(r, 200, 240), horizon + between(r, 70, 100)),
            (end[0] - between(r, 30, 50), horizon + between(r, 5, 15))]
    right = [(end[0] + between(r, 30, 50), horizon + between(r, 5, 15)),
             (end[0] + between(r, 170, 220), horizon + between(r, 50, 80)),
             (end[0] + between(r, 320, 360), horizon + between(r, 10, 35))]
    dip = (end[0] + between(r, -8, 8), horizon)
    sheet.stroke(spline([*left, dip, *right], 4.0), "hills", kind="hills",
                 taper=(3.0, 3.0))


def _foot(sheet: Sheet, c: Point, heading: float, length: float, i: int) -> None:
    """A footprint as a solid mark: a sole, narrow at the heel, and four toes."""
    r = sheet.rng(f"foot:{i}")
    side = -1 if i % 2 else 1  # left, right, left...
    ca, sa = math.cos(heading), math.sin(heading)
    squash = 0.62  # the ground recedes: lengths along it look shorter

    def put(a: float, b: float) -> Point:  # a: along the foot, b: across (to the right)
        a *= squash
        return (c[0] + a * ca + b * sa, c[1] + a * sa - b * ca)

    half = 0.5 * length
    sole = []
    for k in range(16):
        t = math.tau * k / 16
        along = half * 0.75 * math.cos(t) - 0.05 * half
        wide = 0.27 + 0.1 * (along / half)  # wider at the ball than at the heel
        sole.append(put(along, side * 0.04 * length + half * wide * math.sin(t)
                        * between(r, 0.95, 1.05)))
    sheet.fill(sole, "ink")
    toes = [(0.5, 0.15, 0.075), (0.55, 0.04, 0.06), (0.52, -0.06, 0.05), (0.46, -0.14, 0.045)]
    for k, (a, b, rad) in enumerate(toes):
        tc = put(a * length, side * b * length + side * 0.04 * length)
        rr = max(rad * length * between(r, 0.9, 1.1), 0.4 * sheet.w)
        pts = ellipse(tc, rr, rr * squash * 1.3, sheet.rng(f"toe:{i}:{k}"), 10, 0.05)
        sheet.fill(pts[:-1], "ink")


def _road(sheet: Sheet, at, places, end: Point, size0: float, q: float, steps: int) -> None:
    """Two edges narrowing to the dip in the hills, dashes down the middle."""
    r = sheet.rng("road")
    top = end[1] - 2.0 * sheet.w
    ys = [40 + (top - 40) * (i / 16) ** 0.8 for i in range(17)]

    def scale(y: float) -> float:
        return max(q ** ((y - 60) / max(1.0, top - 60) * (steps + 0.4)), 1.5 * sheet.w / size0)

    edges = [[at(y, scale(y), side * 1.15 * size0) for y in ys] for side in (-1, 1)]
    sheet.fill(edges[0] + edges[1][::-1], "tint")
    for k, edge in enumerate(edges):
        sheet.stroke(spline(edge, 4.0), f"edge:{k}", kind="edge", taper=(1.5, 3.5),
                     tip=(0.5, 0.35))
    for i, (c, h) in enumerate(places):
        s = scale(c[1])
        half = max(0.35 * h, 1.2 * sheet.w)
        dash = [at(c[1] - half, s), at(c[1], s), at(c[1] + half, s)]
        dash = [(x + between(r, -0.1, 0.1) * sheet.w, y) for x, y in dash]
        sheet.stroke(spline(dash, 2.0), f"dash:{i}", kind="dash",
                     width=max(0.6, 1.0 - 0.07 * i), taper=(0.6, 0.6), tip=(0.6, 0.5))

