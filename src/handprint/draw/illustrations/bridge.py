"""bridge: an arched bridge across a gap between two banks: connecting across a divide."""

from __future__ import annotations

import math

from ..sketch import Drawing, between, spline, spread
from ._kit import Sheet, dense, dot, line
from .base import Option, stroke_width

NAME = "bridge"
MEANING = "A bridge across a gap: reaching across a divide, two sides joined, a way through."
ALT = "A hand-drawn arched bridge spanning the gap between two banks, water below."
OPTIONS = {
    "water": Option(True, "a few waves in the gap below"),
    "posts": Option(3, "upright posts between the arch and the road", 0, 5),
}
BOX = (1000.0, 500.0)
BRW = 14.0


def draw(seed: int, weight: float = 1.0, water: bool = True, posts: int = 3) -> Drawing:
    w = stroke_width(weight, BRW)
    sheet = Sheet(NAME, seed, w, BOX)
    r = sheet.rng("shape")
    road = 380 + between(r, -10, 10)
    xl, xr = 300 + between(r, -15, 15), 700 + between(r, -15, 15)
    sag = between(r, -0.3, 0.6) * w
    # the road runs right across, banks and bridge alike
    rr = sheet.rng("road")
    pts = []
    for i in range(25):
        x = 40 + 920 * i / 24
        u = min(max((x - xl) / (xr - xl), 0.0), 1.0)
        pts.append((x, road - sag * math.sin(math.pi * u) + between(rr, -0.06, 0.06) * w))
    sheet.stroke(spline(pts[::3] + [pts[-1]], 0.6 * w), "road", kind="road", taper=(3.0, 3.0))
    # the banks drop away under each end, a little rough
    spring = road - between(r, 170, 190)
    ends = []
    for k, (x, d) in enumerate(((xl, -1), (xr, 1))):
        cliff = spline([(x, road - 0.1 * w), (x + d * between(r, 0, 14), road - 140),
                        (x - d * between(r, 0, 14), road - 230), (x + d * between(r, 10, 30), 50)],
                       0.6 * w)
        sheet.stroke(cliff, f"bank:{k}", kind="bank", taper=(1.2, 2.5), tip=(0.45, 0.35))
        edge = 40 if d < 0 else 960
        land = cliff[::2] + [cliff[-1], (edge, 50), (edge, road)]
        sheet.under(dense(land + land[:1], 0.6 * w)[:-1], "tint")  # solid ground
        foot = min(cliff, key=lambda p: abs(p[1] - spring))
        ends.append((foot[0] - d * 0.3 * w, spring))
    # the arch springs from the banks and rises close under the road
    apex = road - between(r, 2.8, 3.3) * w - sag
    arch = [ends[0]]
    for i in range(1, 12):
        u = i / 12
        x = ends[0][0] + (ends[1][0] - ends[0][0]) * u
        arch.append((x, spring + (apex - spring) * math.sin(math.pi * u) ** 0.8))
    arch.append(ends[1])
    sheet.stroke(spline(arch, 0.6 * w), "arch", kind="arch", width=0.95, taper=(1.5, 1.5),
                 tip=(0.45, 0.45))
    # posts between arch and road, in the two haunches where there is room for them (the
    # arch rises close under the road in the middle)
    rp = sheet.rng("posts")
    for i, v in enumerate(sorted(spread(rp, posts, 0.0, 1.0)) if posts else []):
        u = 0.06 + 0.36 * v if v < 0.5 else 0.76 + 0.36 * (v - 0.5)
        x = xl + (xr - xl) * u
        y_arch = spring + (apex - spring) * math.sin(math.pi * u) ** 0.8
        y_road = road - sag * math.sin(math.pi * u)
        if y_road - y_arch < 3 * w:
            continue
        a = (x + between(rp, -3, 3), y_arch)
        b = (x + between(rp, -3, 3), y_road)
        sheet.stroke(line(a, b, sheet.rng(f"post:{i}"), (0.01, 0.03)), f"post:{i}",
                     kind="post", width=0.75, taper=(0.6, 0.6), tip=(0.75, 0.75))
        dot(sheet, (a[0], a[1] + 0.4 * w), 0.8 * w, f"post:{i}:foot")  # ink pools at its foot
    if water:
        rw = sheet.rng("water")
        for i in range(3):
            cx = xl + (xr - xl) * (0.24 + 0.26 * i) + between(rw, -12, 12)
            cy = between(rw, 70, 85) + (65 if i == 1 else 0)
            half = between(rw, 45, 55)
            wave_pts = [(cx - half + 2 * half * j / 10,
                         cy + 1.1 * w * math.sin(math.tau * j / 10 + 0.3)) for j in range(11)]
            sheet.stroke(spline(wave_pts, 0.4 * w), f"wave:{i}", kind="wave", width=0.75,
                         taper=(1.0, 1.2), tip=(0.5, 0.4))
    return sheet.done({"span": (xl, xr), "gap": xr - xl})
