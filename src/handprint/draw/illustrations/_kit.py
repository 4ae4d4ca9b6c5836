"""Shared pieces for the everyday drawings (bridge, door, ladder, ...): a sheet that
collects marker strokes and fills, and the few shapes they are built from."""

from __future__ import annotations

import bisect
import math
import random

from ..sketch import (
    Drawing,
    Path,
    Point,
    Stroke,
    arc_lengths,
    between,
    closed_shape,
    fit,
    pen,
    rng,
    sub_outline,
)
from .base import MARGIN, bowed


class Sheet:
    """A drawing in progress: fills and strokes in paint order, then fit() into the box."""

    def __init__(self, name: str, seed: int, w: float, box: tuple[float, float]) -> None:
        self.name, self.seed, self.w, self.box = name, seed, w, box
        self.items: list[tuple[Path, Stroke | None]] = []

    def rng(self, element: str) -> random.Random:
        return rng(self.name, element, self.seed)

    def stroke(self, poly: list[Point], key: str, kind: str = "line", width: float = 1.0,
               **kw) -> Stroke:
        """One marker stroke `width` times the pen wide (kw as for sketch.pen)."""
        kw.setdefault("step", 1.2 if width * self.w * 14 > _length(poly) else 2.2)
        path, st = pen(poly, width * self.w, self.rng(key), kind=kind, unit=self.w, **kw)
        self.items.append((path, st))
        return st

    def loop(self, poly: list[Point], key: str, kind: str = "loop", width: float = 1.0,
             over: float = 0.04, **kw) -> Stroke:
        """A closed stroke that runs on over its start a little, like a pen closing a shape."""
        n = max(2, int(len(poly) * over))
        kw.setdefault("taper", (3.0, 3.0))
        kw.setdefault("step", 1.0)  # round shapes need their outline sampled finely
        return self.stroke(poly + poly[1:n], key, kind, width, **kw)

    def corners(self, corners: list[Point], key: str, kind: str = "line", width: float = 1.0,
                closed: bool = False, bow: tuple[float, float] = (0.01, 0.03), **kw) -> Stroke:
        """One stroke through sharp corners: each edge is outlined on its own, so the
        corners are the pen's round end (an outline bent that sharply folds on itself)."""
        r = self.rng(key + ":edges")
        pts = list(corners) + ([corners[0]] if closed else [])
        poly: list[Point] = [pts[0]]
        marks = [0]
        for a, b in zip(pts, pts[1:], strict=False):
            poly += line(a, b, r, bow)[1:]
            marks.append(len(poly) - 1)
        if closed:  # run on over the first edge a little
            poly += poly[1:max(2, marks[1] // 4)]
            marks.append(len(poly) - 1)
        return self.joined(poly, marks, key, kind, width, **kw)

    def joined(self, poly: list[Point], marks: list[int], key: str, kind: str = "line",
               width: float = 1.0, **kw) -> Stroke:
        """One stroke along poly, outlined piece by piece between the points at indices
        marks (its corners), so each corner is a round pen end, never a fold."""
        kw.setdefault("step", 0.8)
        _, st = pen(poly, width * self.w, self.rng(key), kind=kind, unit=self.w, shape=False, **kw)
        cum, at = arc_lengths(poly), arc_lengths(st.centre)
        widths = [_interp(at, st.widths, s * at[-1] / cum[-1]) for s in cum]
        for i0, i1 in zip(marks, marks[1:], strict=False):
            self.items.append((sub_outline(poly[i0:i1 + 1], widths[i0:i1 + 1],
                                           kw.get("role", "ink"), 0), None))
        st = Stroke(kind, tuple(poly), tuple(widths))
        self.items[-1] = (self.items[-1][0], st)
        return st

    def fill(self, points: list[Point], role: str) -> None:
        self.items.append((closed_shape(points, role), None))

    def under(self, points: list[Point], role: str) -> None:
        """A fill painted beneath everything drawn so far."""
        self.items.insert(0, (closed_shape(points, role), None))

    def add(self, path: Path) -> None:
        self.items.append((path, None))

    def done(self, meta: dict | None = None) -> Drawing:
        width, height = self.box
        paths, strokes, scale = fit([p for p, _ in self.items],
                                    [s for _, s in self.items if s], width, height, MARGIN)
        return Drawing(width, height, self.w * scale, paths, strokes, meta or {})


def _length(poly: list[Point]) -> float:
    return sum(math.dist(a, b) for a, b in zip(poly, poly[1:], strict=False))


def line(a: Point, b: Point, r: random.Random, bow: tuple[float, float] = (0.008, 0.025),
         over: tuple[float, float] = (0.0, 0.0)) -> list[Point]:
    """A hand-ruled line a-b: slightly bowed, starting and ending a little off the mark.

    over: how far (in drawing units, up to) it may overshoot past each end.
    """
    d = math.dist(a, b) or 1.0
    ux, uy = (b[0] - a[0]) / d, (b[1] - a[1]) / d
    a = (a[0] - ux * between(r, 0, over[0]), a[1] - uy * between(r, 0, over[0]))
    b = (b[0] + ux * between(r, 0, over[1]), b[1] + uy * between(r, 0, over[1]))
    n = max(4, min(16, int(d / 20)))
    return bowed(a, b, r, bow, n)


def ellipse(c: Point, rx: float, ry: float, r: random.Random, n: int = 40,
            wobble: float = 0.04, tilt: float = 0.0) -> list[Point]:
    """A hand-drawn closed ellipse, starting at a random angle (last point = first).

    The wobble is two or three whole waves round the loop, so it closes smoothly.
    """
    a0 = math.tau * r.random()
    terms = [(between(r, 0.5, 1.0) / (k - 1), k, math.tau * r.random()) for k in (2, 3)]
    ct, sn = math.cos(tilt), math.sin(tilt)
    pts = []
    for i in range(n + 1):
        a = a0 + math.tau * i / n
        k = 1 + wobble * sum(amp * math.sin(f * a + ph) for amp, f, ph in terms)
        x, y = rx * k * math.cos(a), ry * k * math.sin(a)
        pts.append((c[0] + x * ct - y * sn, c[1] + x * sn + y * ct))
    return pts


def dot(sheet: Sheet, c: Point, radius: float, key: str) -> None:
    """A solid round mark (an eye, a door knob), slightly uneven."""
    r = sheet.rng(key)
    sheet.fill(ellipse(c, radius * between(r, 0.9, 1.0), radius * between(r, 1.0, 1.15), r,
                       12, 0.06)[:-1], "ink")


def arc(c: Point, rx: float, ry: float, a0: float, a1: float, n: int = 12) -> list[Point]:
    """Points on an elliptical arc from angle a0 to a1 (radians)."""
    return [(c[0] + rx * math.cos(a0 + (a1 - a0) * i / n),
             c[1] + ry * math.sin(a0 + (a1 - a0) * i / n)) for i in range(n + 1)]


def jitter(p: Point, r: random.Random, k: float) -> Point:
    return (p[0] + between(r, -k, k), p[1] + between(r, -k, k))


def dense(points: list[Point], step: float) -> list[Point]:
    """A polyline with points no further apart than step (for fills that keep corners)."""
    out = [points[0]]
    for a, b in zip(points, points[1:], strict=False):
        n = max(1, math.ceil(math.dist(a, b) / step))
        out += [(a[0] + (b[0] - a[0]) * i / n, a[1] + (b[1] - a[1]) * i / n)
                for i in range(1, n + 1)]
    return out


def _interp(xs: list[float], ys: tuple[float, ...], x: float) -> float:
    i = min(max(bisect.bisect_right(xs, x) - 1, 0), len(xs) - 2)
    span = xs[i + 1] - xs[i]
    return ys[i] + (ys[i + 1] - ys[i]) * ((x - xs[i]) / span if span > 0 else 0.0)
