"""Hand-drawn frames for text: the quote callout box and the banner ribbon (pure geometry).

Built in points, y up, like the illustrations, so the same backend draws them.
"""

from __future__ import annotations

import hashlib
import math
import random
from functools import lru_cache

from handprint.draw.sketch import Drawing, Path, Point


def rng(key: str) -> random.Random:
    return random.Random(int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big"))


def smooth(points: list[Point], closed: bool = True) -> list[tuple]:
    """Catmull-Rom through points -> path ops (M, C..., Z)."""
    n = len(points)
    ops: list[tuple] = [("M", *points[0])]
    last = n if closed else n - 1
    for i in range(last):
        p0 = points[(i - 1) % n] if closed or i > 0 else points[0]
        p1, p2 = points[i], points[(i + 1) % n]
        p3 = points[(i + 2) % n] if closed or i + 2 < n else points[-1]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        ops.append(("C", *c1, *c2, *p2))
    if closed:
        ops.append(("Z",))
    return ops


def outline(points: list[Point], w: float, r: random.Random) -> list[tuple]:
    """A closed marker line along a closed loop: outer and inner edge, opposite windings,
    so a non-zero fill paints a ring whose width swells and thins."""
    n = len(points)
    phase, phase2 = r.random() * 6.28, r.random() * 6.28
    outer, inner = [], []
    for i, (x, y) in enumerate(points):
        ax, ay = points[(i - 1) % n]
        bx, by = points[(i + 1) % n]
        dx, dy = bx - ax, by - ay
        d = math.hypot(dx, dy) or 1.0
        nx, ny = dy / d, -dx / d
        t = i / n * 2 * math.pi
        half = w / 2 * (1 + 0.22 * math.sin(2 * t + phase) + 0.1 * math.sin(5 * t + phase2))
        outer.append((x + nx * half, y + ny * half))
        inner.append((x - nx * half, y - ny * half))
    return smooth(outer) + smooth(inner[::-1])


def wobbly_rect(x0: float, y0: float, x1: float, y1: float, w: float,
                r: random.Random, corner: float) -> list[Point]:
    """Points round a rounded rectangle, each side bowed a little, as a hand would."""
    pts: list[Point] = []
    corners = [(x1, y0, 0.0), (x1, y1, 90.0), (x0, y1, 180.0), (x0, y0, 270.0)]
    cx = [(x1 - corner, y0 + corner), (x1 - corner, y1 - corner),
          (x0 + corner, y1 - corner), (x0 + corner, y0 + corner)]
    for k in range(4):
        # the arc at this corner, then the side to the next corner with a gentle bow
        ox, oy = cx[k]
        start = corners[k][2] - 90
        for a in range(0, 91, 30):
            t = math.radians(start + a)
            pts.append((ox + corner * math.cos(t), oy + corner * math.sin(t)))
        nx0, ny0 = pts[-1]
        ex, ey = cx[(k + 1) % 4]
        t2 = math.radians(start + 90)
        ex, ey = ex + corner * math.cos(t2), ey + corner * math.sin(t2)
        bow = (r.random() - 0.5) * 2 * w * 1.2
        length = math.hypot(ex - nx0, ey - ny0)
        steps = max(2, int(length / (w * 14)))
        for s in range(1, steps):
            f = s / steps
            px, py = nx0 + (ex - nx0) * f, ny0 + (ey - ny0) * f
            sag = bow * math.sin(math.pi * f) + (r.random() - 0.5) * w * 0.15
            dx, dy = (ex - nx0) / (length or 1), (ey - ny0) / (length or 1)
            pts.append((px + dy * sag, py - dx * sag))
    return pts


@lru_cache(maxsize=256)
def frame(width: float, height: float, w: float, key: str) -> Drawing:
    """A callout box: a tinted wash and a hand-drawn outline just inside the given size."""
    r = rng(key)
    m = w * 1.5
    corner = min(width, height) * 0.08
    wash = wobbly_rect(m, m, width - m, height - m, w, r, corner)
    line = wobbly_rect(m, m, width - m, height - m, w, r, corner)
    paths = (Path(tuple(smooth(wash)), "tint"), Path(tuple(outline(line, w, r)), "ink"))
    return Drawing(width, height, w, paths)


def ribbon_size(band_w: float, band_h: float, tail: float) -> tuple[float, float]:
    """A ribbon's width and height (its fold hangs a third of the band below it)."""
    return band_w + 2 * tail, band_h + band_h * 0.32


@lru_cache(maxsize=256)  # pure: the type-fitting search and the next build ask again
def ribbon(band_w: float, band_h: float, tail: float, w: float, key: str) -> Drawing:
    """A banner: a gold band, with swallow-tailed ends folded behind it."""
    r = rng(key)
    drop = band_h * 0.32
    width, height = ribbon_size(band_w, band_h, tail)
    top = height - w * 1.5
    paths: list[Path] = []
    for side in (-1, 1):  # tails first: they sit behind the band
        inner = tail + (band_w - tail * 0.9 if side > 0 else tail * 0.9)
        outer_x = width - w * 1.5 if side > 0 else w * 1.5
        y_top, y_bot = top - drop, w * 1.5
        notch = outer_x - side * tail * 0.45
        pts = [(inner, y_top), (outer_x, y_top - r.random() * w),
               (notch, (y_top + y_bot) / 2), (outer_x, y_bot + r.random() * w),
               (inner, y_bot)]
        pts = _densify(pts, w * 10)
        paths.append(Path(tuple(smooth(pts)), "accent"))
        paths.append(Path(tuple(outline(pts, w * 0.9, r)), "ink"))
        fold = [(inner, y_bot + drop * 0.05), (tail if side < 0 else tail + band_w, y_bot + drop),
                (tail if side < 0 else tail + band_w, y_bot + drop * 0.4)]
        paths.append(Path(tuple(smooth(_densify(fold, w * 6))), "shade"))
    band = wobbly_rect(tail, drop, tail + band_w, top, w, r, band_h * 0.06)
    paths.append(Path(tuple(smooth(band)), "accent"))
    paths.append(Path(tuple(outline(band, w, r)), "ink"))
    return Drawing(width, height, w, tuple(paths))


def _densify(points: list[Point], step: float) -> list[Point]:
    """Extra points along straight edges so the smoothing keeps the shape's corners."""
    out: list[Point] = []
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True):
        n = max(1, int(math.hypot(x1 - x0, y1 - y0) / step))
        out += [(x0 + (x1 - x0) * k / n, y0 + (y1 - y0) * k / n) for k in range(n)]
    return out


def rule(width: float, w: float, key: str) -> Drawing:
    """A ruled writing line: long, thin, nearly level, with a slight hand wobble."""
    r = rng(key)
    n = max(3, int(width / (w * 60)))
    lift = (r.random() - 0.5) * w * 0.6
    pts = [(width * k / n, w * 1.5 + lift * k / n + (r.random() - 0.5) * w * 0.3)
           for k in range(n + 1)]
    top = [(x, y + w / 2) for x, y in pts]
    bottom = [(x, y - w / 2) for x, y in reversed(pts)]
    return Drawing(width, w * 3, w, (Path(tuple(smooth(top + bottom)), "rule"),))


def square(side: float, w: float, key: str) -> Drawing:
    """A hand-drawn tick box."""
    r = rng(key)
    pts = wobbly_rect(w * 1.5, w * 1.5, side - w * 1.5, side - w * 1.5, w * 0.5, r, side * 0.12)
    return Drawing(side, side, w, (Path(tuple(outline(pts, w, r)), "ink"),))
