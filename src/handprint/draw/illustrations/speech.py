"""speech: two speech bubbles facing each other, a conversation."""

from __future__ import annotations

import math

from ..sketch import Drawing, Path, between, closed_shape, rng
from ._parts import finish, line
from ._parts import words as scribble
from .base import Option, stroke_width

NAME = "speech"
ALIASES = ("conversation", "speech-bubbles")
MEANING = ("Two speech bubbles facing each other: a conversation, each person speaking "
           "and being heard in turn.")
ALT = "Two speech bubbles facing each other, as in a conversation."
OPTIONS = {
    "words": Option(True, "a few scribbled lines inside each bubble, like words"),
    "shade": Option(False, "a light wash inside the bubbles (otherwise paper white)"),
}
BOX = (1000.0, 640.0)
BW = 12.0


def bubble(seed: int, k: int, c: tuple[float, float], rx: float, ry: float,
           side: int) -> list[tuple[float, float]]:
    """Guide points from the tail's tip, round the bubble, back to the tip."""
    r = rng(NAME, f"bubble:{k}", seed)
    base = math.radians(270 + side * between(r, 28, 40))  # where the tail leaves the bubble
    width = math.radians(between(r, 14, 17))
    reach = between(r, 1.5, 1.65)
    tip_a = base + side * math.radians(between(r, 6, 12))  # and it points outward

    def at(a: float, k: float = 1.0) -> tuple[float, float]:
        return (c[0] + rx * k * math.cos(a), c[1] + ry * k * math.sin(a))

    tip = at(tip_a, reach)
    pts = [tip]
    a0 = base + width
    first = at(a0)
    pts.append(((tip[0] + first[0]) / 2, (tip[1] + first[1]) / 2 + 0.04 * ry))
    for i in range(14):
        a = a0 + (math.tau - 2 * width) * i / 13
        pts.append(at(a, 1 + between(r, -0.025, 0.025)))
    last = pts[-1]
    pts.append(((tip[0] + last[0]) / 2, (tip[1] + last[1]) / 2 + 0.04 * ry))
    pts.append(tip)
    return pts


def draw(seed: int, weight: float = 1.0, words: bool = True, shade: bool = False) -> Drawing:
    w = stroke_width(weight, BW)
    r = rng(NAME, "layout", seed)
    items: list = []
    places = [((290 + between(r, -10, 10), 440 + between(r, -10, 10)), -1),
              ((710 + between(r, -10, 10), 250 + between(r, -10, 10)), 1)]
    for k, (c, side) in enumerate(places):
        rx, ry = between(r, 200, 220), between(r, 115, 130)
        guide = bubble(seed, k, c, rx, ry, side)
        items.append((closed_shape(guide[:-1], "tint" if shade else "paper"), None))
        items.append(line(guide, w, rng(NAME, f"pen:{k}", seed), kind="bubble",
                          taper=(0.8, 1.0), tip=(0.6, 0.55)))
        # ink pools in the tail's narrow tip (no speck of paper trapped in it)
        tip, a, b = guide[0], guide[1], guide[-2]
        dart = [tip, (tip[0] + 0.7 * (a[0] - tip[0]), tip[1] + 0.7 * (a[1] - tip[1])),
                (tip[0] + 0.7 * (b[0] - tip[0]), tip[1] + 0.7 * (b[1] - tip[1]))]
        items.append((Path((("M", *dart[0]), *(("C", *p, *q, *q) for p, q in
                                              zip(dart, dart[1:] + dart[:1], strict=True)),
                            ("Z",)), "ink"), None))
        if words:
            lines = 3 if r.random() < 0.6 else 2
            top = c[1] + ry * (0.32 if lines == 3 else 0.18)
            items += scribble(c[0] - 0.6 * rx, c[0] + 0.58 * rx, top, w,
                              rng(NAME, f"words:{k}", seed), lines=lines, gap=0.34 * ry)
    return finish(items, BOX, w, {"bubbles": 2})
