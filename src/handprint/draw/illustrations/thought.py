"""thought: a thought cloud with little circles trailing away from it."""

from __future__ import annotations

import math

from ..sketch import Drawing, between, closed_shape, rng, spread
from ._parts import finish, loop, wobble_circle, words
from .base import Option, stroke_width

NAME = "thought"
ALIASES = ("thought-bubble",)
MEANING = ("A thought cloud: thoughts are passing events in the mind, not facts; "
           "notice the thought, then let it float by.")
ALT = "A bumpy thought cloud with three small circles trailing down from it."
OPTIONS = {
    "trail": Option("left", "which side the little circles trail down to",
                    choices=("left", "right")),
    "circles": Option(3, "how many little circles trail from the cloud", 2, 4),
    "words": Option(False, "a few scribbled lines inside the cloud, like words"),
    "shade": Option(False, "a light wash inside the cloud"),
}
BOX = (800.0, 700.0)
BW = 11.0


def cloud(seed: int, cx: float, cy: float, rx: float, ry: float,
          w: float) -> list[tuple[float, float]]:
    """Guide points of a cloud: round bumps of uneven size, soft-cornered valleys."""
    r = rng(NAME, "cloud", seed)
    n = 7 if r.random() < 0.5 else 8
    sizes = spread(r, n, 0.75, 1.3)
    total = sum(sizes)
    a = math.tau * r.random()
    valleys = []
    for i in range(n):
        valleys.append((cx + rx * math.cos(a), cy + ry * math.sin(a)))
        a += math.tau * sizes[i] / total
    pts = []
    for i in range(n):
        p, q = valleys[i], valleys[(i + 1) % n]
        mid = ((p[0] + q[0]) / 2, (p[1] + q[1]) / 2)
        half = math.dist(p, q) / 2
        out = math.atan2(q[1] - p[1], q[0] - p[0]) - math.pi / 2
        if math.cos(out) * (mid[0] - cx) + math.sin(out) * (mid[1] - cy) < 0:
            out += math.pi  # away from the centre
        bulge = half * between(r, 0.75, 0.95)  # how far the bump stands out
        # an arc from p over the bump to q, leaving a fillet of about w at each valley
        skip = min(0.5, 1.1 * w / max(half, 1e-6))
        for k in range(7):
            theta = skip + (math.pi - 2 * skip) * k / 6
            along, lift = -math.cos(theta), math.sin(theta)
            pts.append((mid[0] + along * half * math.cos(out + math.pi / 2) + lift * bulge
                        * math.cos(out),
                        mid[1] + along * half * math.sin(out + math.pi / 2) + lift * bulge
                        * math.sin(out)))
    return pts


def draw(seed: int, weight: float = 1.0, trail: str = "left", circles: int = 3,
         words: bool = False, shade: bool = False) -> Drawing:
    w = stroke_width(weight, BW)
    r = rng(NAME, "layout", seed)
    side = -1 if trail == "left" else 1
    cx, cy = 420 - side * 40 + between(r, -10, 10), 440 + between(r, -10, 10)
    rx, ry = between(r, 250, 280), between(r, 160, 180)
    guide = cloud(seed, cx, cy, rx * 0.85, ry * 0.8, w)
    items: list = [(closed_shape(guide, "tint" if shade else "paper"), None),
                   loop(guide, w, rng(NAME, "pen:cloud", seed))]
    if words:
        items += _words(cx, cy, rx, ry, w, rng(NAME, "words", seed))
    # the trail: circles getting smaller, down and away from the cloud
    x, y = cx + side * rx * 0.55, cy - ry * 1.05
    rad = between(r, 34, 42) + 0.8 * w
    for i in range(circles):
        gap = rad + 1.6 * w
        x += side * between(r, 0.9, 1.3) * gap
        y -= between(r, 1.0, 1.3) * gap + rad
        ring = wobble_circle((x, y), rad, rng(NAME, f"circle:{i}", seed), 8, 0.06, 0.9)
        items.append(loop(ring, 0.9 * w, rng(NAME, f"pen:circle:{i}", seed), kind="circle",
                          taper=2.5))
        y -= rad * 0.2
        rad *= between(r, 0.62, 0.72)
    return finish(items, BOX, w, {"circles": circles})


def _words(cx, cy, rx, ry, w, r):
    return words(cx - 0.55 * rx, cx + 0.5 * rx, cy + 0.35 * ry, w, r, lines=3, gap=0.34 * ry)
