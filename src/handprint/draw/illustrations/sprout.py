"""sprout: a seedling with two leaves coming up from a small mound of earth."""

from __future__ import annotations

import math

from ..sketch import Drawing, between, closed_shape, rng, wave
from ._parts import finish, line
from .base import Option, stroke_width

NAME = "sprout"
ALIASES = ("seedling", "growth")
MEANING = ("A sprout: growth starts small and slow; with care and time, something new "
           "comes up.")
ALT = "A small seedling with two leaves growing out of a mound of earth."
OPTIONS = {
    "leaves": Option(2, "how many leaves (2: the first pair; 3 or 4: a little taller)", 2, 4),
    "shade": Option(True, "a light wash inside the leaves"),
}
BOX = (700.0, 800.0)
BW = 12.0


def leaf(base: tuple[float, float], angle: float, length: float, fat: float,
         w: float) -> tuple[list, list]:
    """Upper and lower edges of a leaf, each from the base to the tip."""
    ca, sa = math.cos(angle), math.sin(angle)
    edges = []
    for side in (1, -1):
        pts = []
        for i in range(9):
            t = i / 8
            along = length * t
            across = side * fat * length * math.sin(math.pi * t ** 0.75) * (1 - 0.2 * t)
            pts.append((base[0] + along * ca - across * sa, base[1] + along * sa + across * ca))
        tip = pts[-1]
        pts.append((tip[0] + 0.5 * w * ca, tip[1] + 0.5 * w * sa))  # they cross at the tip
        edges.append(pts)
    return edges[0], edges[1]


def draw(seed: int, weight: float = 1.0, leaves: int = 2, shade: bool = True) -> Drawing:
    w = stroke_width(weight, BW)
    r = rng(NAME, "layout", seed)
    cx = 350 + between(r, -10, 10)
    ground = 160 + between(r, -5, 5)
    hump = between(r, 45, 60)
    items: list = []
    # the mound: a low hump on a short stretch of ground
    wv = wave(rng(NAME, "ground", seed), (1.0, 2.0))
    x0, x1 = cx - between(r, 270, 300), cx + between(r, 270, 300)
    mound = []
    for i in range(31):
        x = x0 + (x1 - x0) * i / 30
        k = (x - cx) / between(r, 150, 165)
        mound.append((x, ground + hump * math.exp(-k * k * 1.5) + 0.25 * w * wv(i / 30)))
    items.append(line(mound, w, rng(NAME, "pen:mound", seed), kind="ground", taper=(3.5, 3.5)))
    # the stem: up from the top of the mound, with a gentle bend
    tall = between(r, 260, 300) + 80 * (leaves - 2)
    bend = between(r, 20, 35) * (1 if r.random() < 0.5 else -1)
    foot = (cx + between(r, -8, 8), ground + hump - 0.3 * w)
    stem = [(foot[0] + bend * math.sin(math.pi * t) * 0.6 + bend * 0.4 * t, foot[1] + tall * t)
            for t in (i / 12 for i in range(13))]
    items.append(line(stem, w, rng(NAME, "pen:stem", seed), kind="stem", taper=(1.0, 1.0),
                      tip=(0.8, 0.75)))
    top = stem[-1]
    specs = [(top, math.radians(between(r, 142, 152)), between(r, 195, 215)),
             (top, math.radians(between(r, 28, 38)), between(r, 195, 215))]
    for i in range(2, leaves):  # younger leaves lower down, alternating sides
        at = stem[int(12 * (0.5 - 0.15 * (i - 2)))]
        ang = math.radians(between(r, 25, 40) if i % 2 else between(r, 140, 155))
        specs.append((at, ang, between(r, 110, 130)))
    for k, (base, ang, length) in enumerate(specs):
        upper, lower = leaf(base, ang, length, between(r, 0.25, 0.3), w)
        if shade:
            items.append((closed_shape(upper[:-1] + lower[-2:0:-1], "tint"), None))
        for j, edge in enumerate((upper, lower)):
            items.append(line(edge, 0.9 * w, rng(NAME, f"leaf:{k}:{j}", seed), kind="leaf",
                              unit=w, taper=(1.0, 2.0), tip=(0.7, 0.4)))
    for k, (base, ang, length) in enumerate(specs):  # ink pools where the leaf's two edges
        reach = length + 0.1 * w  # the two edges cross just past the tip
        tip = (base[0] + reach * math.cos(ang), base[1] + reach * math.sin(ang))  # meet
        for m, (at, size) in enumerate(((base, 0.8 * w), (tip, 0.75 * w))):
            rr = rng(NAME, f"pool:{k}:{m}", seed)
            blob = [(at[0] + size * (1 + 0.1 * rr.random()) * math.cos(a * math.pi / 6),
                     at[1] + size * (1 + 0.1 * rr.random()) * math.sin(a * math.pi / 6))
                    for a in range(12)]
            items.append((closed_shape(blob, "ink"), None))
    return finish(items, BOX, w, {"leaves": leaves})
