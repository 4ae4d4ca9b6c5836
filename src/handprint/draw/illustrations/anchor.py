"""anchor: an anchor, for staying steady while feelings and events move around you."""

from __future__ import annotations

import math

from ..sketch import Drawing, between, rng, wave
from ._parts import arrowhead, finish, line, loop, wobble_circle
from .base import Option, stroke_width

NAME = "anchor"
MEANING = ("An anchor: what keeps you steady (values, people, routines, the breath) "
           "while the water moves.")
ALT = "A simple anchor: a ring at the top, a crossbar, and two curved arms at the bottom."
OPTIONS = {
    "water": Option(False, "two wavy water lines across the top"),
}
BOX = (760.0, 860.0)
BW = 13.0


def draw(seed: int, weight: float = 1.0, water: bool = False) -> Drawing:
    w = stroke_width(weight, BW)
    r = rng(NAME, "layout", seed)
    cx = 380 + between(r, -8, 8)
    ring_r = between(r, 42, 50) + 0.6 * w
    ring_c = (cx + between(r, -4, 4), 700 + between(r, -6, 6))
    items: list = [loop(wobble_circle(ring_c, ring_r, r, 8, 0.05), w,
                        rng(NAME, "pen:ring", seed), kind="ring", taper=2.5)]
    # the shank: from just inside the ring down to the crown, a slight bow
    top = ring_c[1] - ring_r + 0.2 * w
    crown = 150 + between(r, -6, 6)
    bow = between(r, 5, 10) * (1 if r.random() < 0.5 else -1)
    shank = [(cx + bow * math.sin(math.pi * t), top - (top - crown) * t)
             for t in (i / 10 for i in range(11))]
    items.append(line(shank, 1.1 * w, rng(NAME, "pen:shank", seed), kind="shank", unit=w,
                      taper=(0.8, 1.5), tip=(0.8, 0.6)))
    # the stock: a crossbar a little below the ring
    y_bar = top - between(r, 60, 80)
    half = between(r, 120, 140)
    tilt = between(r, -0.05, 0.05)
    bar = [(cx - half + 2 * half * t, y_bar + tilt * half * (2 * t - 1) + 5 * math.sin(math.pi * t))
           for t in (i / 8 for i in range(9))]
    items.append(line(bar, w, rng(NAME, "pen:bar", seed), kind="bar", taper=(1.5, 1.5),
                      tip=(0.6, 0.6)))
    # the arms: one curve through the crown, rising to a barb at each end
    span = between(r, 235, 260)
    rise = between(r, 190, 220)
    lift = between(r, -10, 10)
    arms = []
    for i in range(21):
        t = -1 + 2 * i / 20
        a = t * math.radians(between(r, 68, 72) if i == 0 else 70)
        arms.append((cx + span * math.sin(a), crown + rise * (1 - math.cos(a)) * 1.6
                     + lift * t))
    items.append(line(arms, 1.1 * w, rng(NAME, "pen:arms", seed), kind="arms", unit=w,
                      taper=(2.0, 2.0), tip=(0.5, 0.5)))
    for k, (end, prev) in enumerate(((arms[0], arms[2]), (arms[-1], arms[-3]))):
        heading = math.atan2(end[1] - prev[1], end[0] - prev[0])
        items += (arrowhead(end, heading, between(r, 4.0, 4.8) * w, w,
                               rng(NAME, f"barb:{k}", seed)))
    if water:
        for k in range(2):
            wv = wave(rng(NAME, f"water:{k}", seed), (2.5, 3.5))
            y = ring_c[1] + ring_r + 50 + 45 * k
            x0, x1 = cx - between(r, 260, 300), cx + between(r, 260, 300)
            pts = [(x0 + (x1 - x0) * i / 24, y + 12 * wv(i / 24)) for i in range(25)]
            items.append(line(pts, 0.85 * w, rng(NAME, f"pen:water:{k}", seed), kind="water",
                              unit=w))
    return finish(items, BOX, w, {"water": water})
