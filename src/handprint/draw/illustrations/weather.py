"""weather: a sun partly behind a cloud (or sun, cloud, rain): feelings pass like weather."""

from __future__ import annotations

import math

from ..sketch import Drawing, Point, between, spline
from ._kit import Sheet
from ._parts import wobble_circle
from .base import Option, stroke_width

NAME = "weather"
ALIASES = ("sun-and-cloud",)
MEANING = ("A sun partly behind a cloud: feelings change like the weather, and clouds pass.")
ALT = "A sun partly hidden behind a cloud."
SKIES = ("sun-and-cloud", "sun", "cloud", "rain")
OPTIONS = {
    "sky": Option("sun-and-cloud", "sun-and-cloud: a sun partly behind a cloud; sun: sun only; "
                  "cloud: a cloud only; rain: a cloud with rain falling", choices=SKIES),
}
BOX = (900.0, 700.0)
WW = 14.0


def cloud_shape(c: Point, half: float, r, n: int = 72) -> list[Point]:
    """A cloud: a flat-bottomed base and four puffs, their union rounded off."""
    tall = half * 0.42
    puffs = [(c[0] - 0.68 * half, c[1] - 0.2 * tall, 0.3 * half),
             (c[0] - 0.3 * half, c[1] + 0.35 * tall, 0.4 * half),
             (c[0] + 0.18 * half, c[1] + 0.6 * tall, 0.42 * half),
             (c[0] + 0.62 * half, c[1] + 0.0 * tall, 0.34 * half)]
    puffs = [(x + between(r, -0.05, 0.05) * half, y + between(r, -0.05, 0.05) * half,
              k * between(r, 0.92, 1.08)) for x, y, k in puffs]
    base = (c[0], c[1] - 0.4 * tall, half * 0.96, tall * 0.6)  # a wide flat ellipse
    o = (c[0], c[1])
    pts = []
    for i in range(n):
        a = math.tau * i / n
        dx, dy = math.cos(a), math.sin(a)
        reach = [_exit(o, (dx, dy), (x, y), k, k) for x, y, k in puffs]
        reach.append(_exit(o, (dx, dy), base[:2], base[2], base[3]))
        d = sum(x ** 16 for x in reach) ** (1 / 16)  # a soft maximum: rounded joins
        pts.append((o[0] + d * dx, o[1] + d * dy))
    return pts


def _exit(o: Point, u: Point, c: Point, rx: float, ry: float) -> float:
    """How far a ray from o along u runs before leaving the ellipse (0 if it misses)."""
    px, py = (o[0] - c[0]) / rx, (o[1] - c[1]) / ry
    ux, uy = u[0] / rx, u[1] / ry
    a, b, cc = ux * ux + uy * uy, 2 * (px * ux + py * uy), px * px + py * py - 1
    disc = b * b - 4 * a * cc
    return max(0.0, (-b + math.sqrt(disc)) / (2 * a)) if disc > 0 else 0.0


def _inside(p: Point, shape: list[Point]) -> bool:
    inside = False
    for (x0, y0), (x1, y1) in zip(shape, shape[1:] + shape[:1], strict=True):
        if (y0 > p[1]) != (y1 > p[1]) and p[0] < x0 + (p[1] - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def _near(p: Point, shape: list[Point], gap: float) -> bool:
    return _inside(p, shape) or min(math.dist(p, q) for q in shape) < gap


def draw(seed: int, weight: float = 1.0, sky: str = "sun-and-cloud") -> Drawing:
    w = stroke_width(weight, WW)
    sheet = Sheet(NAME, seed, w, BOX)
    r = sheet.rng("layout")
    sun_c: Point | None = None
    cloud: list[Point] = []
    meta: dict = {"sky": sky}
    if sky == "sun":
        sun_c, sun_r = (450 + between(r, -10, 10), 350 + between(r, -10, 10)), 150.0
    elif sky == "sun-and-cloud":
        sun_c, sun_r = (330 + between(r, -15, 15), 430 + between(r, -15, 15)), 135.0
    if sky != "sun":
        at = {"sun-and-cloud": (515, 315), "cloud": (450, 330), "rain": (450, 430)}[sky]
        c = (at[0] + between(r, -15, 15), at[1] + between(r, -10, 10))
        cloud = cloud_shape(c, between(r, 250, 275), sheet.rng("cloud"))
    if sun_c is not None:
        sun_r *= between(r, 0.95, 1.05)
        ring = wobble_circle(sun_c, sun_r, sheet.rng("sun"), 12, 0.04)
        sheet.fill(spline(ring, 6.0, closed=True), "accent")
        rays = _rays(sheet, sun_c, sun_r, cloud)
        meta.update(sun=sun_c, sun_r=sun_r, rays=rays)
        sheet.loop(spline(ring, 3.0, closed=True), "sun", kind="sun")
    if cloud:
        sheet.fill(cloud, "paper")
        sheet.loop(cloud + cloud[:1], "cloud", kind="cloud", taper=(2.5, 2.5))
        meta["cloud"] = cloud
        if sun_c is not None:
            hidden = sum(_inside((sun_c[0] + sun_r * x / 10, sun_c[1] + sun_r * y / 10), cloud)
                         for x in range(-10, 11) for y in range(-10, 11) if x * x + y * y <= 100)
            meta["hidden"] = hidden / sum(1 for x in range(-10, 11) for y in range(-10, 11)
                                          if x * x + y * y <= 100)
    if sky == "rain":
        meta["drops"] = _rain(sheet, cloud)
    return sheet.done(meta)


def _rays(sheet: Sheet, c: Point, radius: float, cloud: list[Point]) -> int:
    """Short rays round the sun, unevenly spaced, none running into the cloud."""
    r = sheet.rng("rays")
    w = sheet.w
    n = 9
    a0 = math.tau * r.random()
    drawn = 0
    for k in range(n):
        a = a0 + math.tau * (k + between(r, -0.12, 0.12)) / n
        start = radius + between(r, 1.3, 1.7) * w
        length = between(r, 3.2, 4.6) * w
        pts = [(c[0] + (start + length * t) * math.cos(a + 0.04 * t * t),
                c[1] + (start + length * t) * math.sin(a + 0.04 * t * t))
               for t in (i / 4 for i in range(5))]
        if cloud and any(_near(p, cloud, 2.2 * w) for p in pts):
            continue
        sheet.stroke(pts, f"ray:{k}", kind="ray", width=0.9, taper=(0.5, 1.0), tip=(0.6, 0.5))
        drawn += 1
    return drawn


def _rain(sheet: Sheet, cloud: list[Point]) -> int:
    """Slanted drops in two staggered rows under the cloud."""
    r = sheet.rng("rain")
    w = sheet.w
    low = min(y for _, y in cloud)
    x0, x1 = min(x for x, _ in cloud), max(x for x, _ in cloud)
    n = 0
    for row in range(2):
        count = 4 - row
        for k in range(count):
            x = x0 + (x1 - x0) * (k + 0.75 + 0.5 * row + between(r, -0.1, 0.1)) / (count + 1.3)
            y = low - (2.0 + 6.5 * row) * w - between(r, 0, 1.5) * w
            length = between(r, 4.2, 5.4) * w
            slant = between(r, 0.28, 0.38)
            pts = [(x - slant * length * t, y - length * t) for t in (i / 4 for i in range(5))]
            sheet.stroke(pts, f"drop:{row}:{k}", kind="drop", width=0.95, taper=(0.5, 1.2),
                         tip=(0.5, 0.6))
            n += 1
    return n
