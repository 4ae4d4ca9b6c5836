"""support: a circle of support, one person in the middle joined to the people around."""

from __future__ import annotations

import math

from ..sketch import Drawing, Point, between, spread
from ._kit import Sheet, arc, ellipse, line
from .base import Option, stroke_width

NAME = "support"
MEANING = "A circle of support: you in the middle, linked to the people who are there for you."
ALT = "A small figure in the middle, joined by lines to six figures in a ring around it."
OPTIONS = {
    "people": Option(6, "how many people in the ring", 3, 8),
    "links": Option(True, "lines joining the middle to each person"),
}
BOX = (1000.0, 1000.0)
SPW = 14.0


def draw(seed: int, weight: float = 1.0, people: int = 6, links: bool = True) -> Drawing:
    w = stroke_width(weight, SPW)
    sheet = Sheet(NAME, seed, w, BOX)
    r = sheet.rng("layout")
    k = max(1.0, w / SPW) ** 0.6  # heavy pens: more room between the marks
    c = (500.0, 500.0)
    rc = 56 * k
    figure(sheet, c, rc, "you", "accent")
    ring = between(r, 370, 390) * k
    turn = between(r, 0, math.tau)
    jitter = spread(r, people, -9, 9)
    spots = []
    for i in range(people):
        a = turn + math.tau * i / people + math.radians(jitter[i])
        d = ring * between(r, 0.93, 1.05)
        p = (c[0] + d * math.cos(a), c[1] + d * math.sin(a))
        spots.append(p)
        rh = between(r, 40, 46) * k
        figure(sheet, p, rh, f"p{i}", "paper")
        if links:
            a0 = (c[0] + 2.2 * rc * math.cos(a), c[1] + 2.2 * rc * math.sin(a))
            a1 = (p[0] - 2.3 * rh * math.cos(a), p[1] - 2.3 * rh * math.sin(a))
            sheet.stroke(line(a0, a1, sheet.rng(f"link:{i}"), (0.015, 0.04)), f"link:{i}",
                         kind="link", width=0.8, taper=(1.0, 1.0), tip=(0.45, 0.45))
    return sheet.done({"people": people, "spots": spots})


def figure(sheet: Sheet, p: Point, rh: float, key: str, role: str) -> None:
    """A head and a curve of shoulders (the simplest person), centred on p."""
    r = sheet.rng(key)
    head = ellipse((p[0], p[1] + 0.9 * rh), rh, rh * between(r, 1.0, 1.08), r, 28, 0.03)
    sheet.fill(head[:-1], role)
    sheet.loop(head, f"{key}:head", kind="head", width=0.9)
    sc = (p[0] + between(r, -3, 3), p[1] - 1.05 * rh)
    shoulders = arc(sc, 1.45 * rh, 0.85 * rh, math.radians(between(r, 8, 16)),
                    math.radians(between(r, 164, 172)), 14)
    sheet.stroke(shoulders, f"{key}:body", kind="body", width=0.9, taper=(1.0, 1.0),
                 tip=(0.45, 0.45))
