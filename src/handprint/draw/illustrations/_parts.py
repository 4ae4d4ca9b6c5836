"""Parts shared by the handout drawings (window, wave, breath, anchor...): closed loops,
arrowheads, scribbled words, circles, and the final fit into the drawing's box."""

from __future__ import annotations

import math
import random

from ..sketch import Drawing, Path, Point, Stroke, between, fit, pen, spline, wave
from .base import MARGIN

Item = tuple[Path, Stroke | None]


def loop(guide: list[Point], w: float, r: random.Random, kind: str = "outline",
         taper: float = 4.0) -> Item:
    """One closed marker stroke through guide points, its ends overlapping a little."""
    pts = spline(guide, 0.4 * w, closed=True)
    over = max(2, int(len(pts) * between(r, 0.012, 0.03)))
    return pen(pts + pts[1:over], w, r, kind=kind, taper=(taper, taper))


def line(guide: list[Point], w: float, r: random.Random, kind: str = "line",
         taper: tuple[float, float] = (3.0, 3.0), **kw) -> Item:
    """An open marker stroke through guide points."""
    return pen(spline(guide, 0.4 * w), w, r, kind=kind, taper=taper, **kw)


def mark(pts: list[Point], w: float, r: random.Random, kind: str = "tick") -> Item:
    """A short round-capped mark (ticks, rain, stitches): lighter at the ends."""
    return pen(spline(pts, 0.3 * w) if len(pts) > 2 else pts, w, r, kind=kind,
               taper=(0.6, 1.0), tip=(0.7, 0.5), ratio=(1.1, 1.25), step=1.2)


def wobble_circle(c: Point, radius: float, r: random.Random, n: int = 12,
                  amount: float = 0.05, squash: float = 1.0) -> list[Point]:
    """Guide points round a slightly uneven circle (never compass-round)."""
    wv = wave(r, (1.0, 2.0))
    a0 = math.tau * r.random()
    out = []
    for i in range(n):
        a = a0 + math.tau * i / n
        k = radius * (1 + amount * wv(i / n))
        out.append((c[0] + k * math.cos(a), c[1] + k * squash * math.sin(a)))
    return out


def arrowhead(tip: Point, heading: float, size: float, w: float,
              r: random.Random) -> list[Item]:
    """An arrowhead: one stroke (arm in, a rounded turn at the tip, arm out) over a
    filled dart between the arms, so no sliver of paper is trapped against the line."""
    spread_ = math.radians(between(r, 26, 34))
    bend = math.radians(between(r, -5, 5))
    back = heading + math.pi + bend
    rad = 0.75 * w  # the turn at the tip stays rounder than the pen (no folded outline)
    a1, a2 = back + spread_, back - spread_
    # centre of the turn: inside the V, on the bisector
    d = rad / math.sin(spread_)
    cx, cy = tip[0] + d * math.cos(back), tip[1] + d * math.sin(back)
    pts: list[Point] = []
    k1 = size * between(r, 0.9, 1.1)
    pts.append((tip[0] + k1 * math.cos(a1), tip[1] + k1 * math.sin(a1)))
    pts.append((tip[0] + 0.5 * k1 * math.cos(a1), tip[1] + 0.5 * k1 * math.sin(a1)))
    t0, t1 = a1 + math.pi / 2 - math.tau, a2 - math.pi / 2  # round the tip
    for i in range(7):
        t = t0 + (t1 - t0) * i / 6
        pts.append((cx + rad * math.cos(t), cy + rad * math.sin(t)))
    k2 = size * between(r, 0.9, 1.1)
    pts.append((tip[0] + 0.5 * k2 * math.cos(a2), tip[1] + 0.5 * k2 * math.sin(a2)))
    pts.append((tip[0] + k2 * math.cos(a2), tip[1] + k2 * math.sin(a2)))
    dart = [tip, (tip[0] + 0.6 * k1 * math.cos(a1), tip[1] + 0.6 * k1 * math.sin(a1)),
            (tip[0] + 0.45 * k1 * math.cos(back), tip[1] + 0.45 * k1 * math.sin(back)),
            (tip[0] + 0.6 * k2 * math.cos(a2), tip[1] + 0.6 * k2 * math.sin(a2))]
    fill = Path(tuple([("M", *dart[0]), *(("C", *a, *b, *b) for a, b in
                                           zip(dart, dart[1:] + dart[:1], strict=True)),
                       ("Z",)]), "ink")
    return [(fill, None), pen(spline(pts, 0.25 * w), w, r, kind="arrow", taper=(1.0, 1.0),
                              tip=(0.6, 0.6), ratio=(1.1, 1.3), step=1.0)]


def words(x0: float, x1: float, y: float, w: float, r: random.Random,
          lines: int = 3, gap: float | None = None) -> list[Item]:
    """Scribbled 'words': short wavy lines of uneven length, left aligned."""
    gap = gap or 3.2 * w
    out: list[tuple[Path, Stroke | None]] = []
    for i in range(lines):
        end = x1 - (x1 - x0) * (between(r, 0.0, 0.15) if i < lines - 1 else between(r, 0.3, 0.5))
        yy = y - i * gap
        cut = x0 + (end - x0) * between(r, 0.35, 0.6) if end - x0 > 14 * w else None
        spans = [(x0, cut - 0.9 * w), (cut + 0.9 * w, end)] if cut else [(x0, end)]
        for a, b in spans:
            wv = wave(r, (1.5, 3.0))
            n = max(4, int((b - a) / (1.2 * w)))
            pts = [(a + (b - a) * j / n, yy + 0.35 * w * wv(j / n)) for j in range(n + 1)]
            out.append(pen(spline(pts, 0.4 * w), 0.8 * w, r, kind="word", unit=w,
                           taper=(1.0, 1.4), tip=(0.55, 0.45), ratio=(1.2, 1.4), step=1.4))
    return out


def finish(items: list[Item], box: tuple[float, float], w: float, meta: dict | None = None,
           margin: float = MARGIN) -> Drawing:
    """Fit everything into the box and make the Drawing (strokes keep their order)."""
    width, height = box
    paths, strokes, scale = fit([p for p, _ in items if p], [s for _, s in items if s],
                                width, height, margin)
    return Drawing(width, height, w * scale, paths, strokes, dict(meta or {}, scale=scale))
