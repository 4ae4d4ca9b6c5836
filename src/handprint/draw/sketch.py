"""Hand-drawn stroke geometry: pure maths, no ReportLab.

A drawing is a list of filled outlines (paths) in its own box, y up, origin
bottom-left. Backends (pdf.py, previews) only translate the ops.
"""

from __future__ import annotations

import bisect
import hashlib
import math
import random
from dataclasses import dataclass, field
from typing import Literal, NamedTuple, overload

Point = tuple[float, float]
# Path ops: ("M", x, y) | ("L", x, y) | ("C", x1, y1, x2, y2, x, y) | ("Z",)
Op = tuple


class Path(NamedTuple):
    """One filled outline, painted with the non-zero winding rule."""

    ops: tuple[Op, ...]
    role: str = "ink"  # "ink" | "accent" | "paper" (a halo in the paper colour)


class Stroke(NamedTuple):
    """What one pen stroke was, kept for checks: centre line and width along it."""

    kind: str  # e.g. "line", "strand", "ray", "stitch", "loop", "seam"
    centre: tuple[Point, ...]
    widths: tuple[float, ...]


@dataclass(frozen=True)
class Drawing:
    width: float
    height: float
    w: float  # nominal stroke width
    paths: tuple[Path, ...]  # in paint order
    strokes: tuple[Stroke, ...] = ()
    meta: dict = field(default_factory=dict)  # metaphor measures (gap, fan angles...)


# ---------------------------------------------------------------------------
# Randomness: one RNG per element, seeded from sha256, only .random() is used.


def rng(name: str, element: str, seed: int) -> random.Random:
    """A private RNG for one element of one drawing."""
    digest = hashlib.sha256(f"{name}:{element}:{seed}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def between(r: random.Random, lo: float, hi: float) -> float:
    return lo + (hi - lo) * r.random()


def shuffled(r: random.Random, items: list) -> list:
    """Fisher-Yates with .random() only (stable across Python versions)."""
    items = list(items)
    for i in range(len(items) - 1, 0, -1):
        j = int(r.random() * (i + 1))
        items[i], items[j] = items[j], items[i]
    return items


def spread(r: random.Random, n: int, lo: float, hi: float) -> list[float]:
    """n values across [lo, hi], one per stratum, shuffled: never all alike."""
    k = (hi - lo) / n
    return shuffled(r, [lo + k * (i + 0.2 + 0.6 * r.random()) for i in range(n)])


class Wave(NamedTuple):
    """Low-frequency noise on [0, 1]: a few random-phase sines, about -1..1."""

    terms: tuple[tuple[float, float, float], ...]  # (amplitude, cycles, phase)

    def __call__(self, u: float) -> float:
        return sum(a * math.sin(math.tau * c * u + p) for a, c, p in self.terms)


def wave(r: random.Random, cycles: tuple[float, float] = (0.5, 1.5), terms: int = 2) -> Wave:
    amps = [1.0 / (i + 1) for i in range(terms)]
    total = sum(amps)
    out = []
    for i, a in enumerate(amps):
        c = between(r, *cycles) * (1 + 0.8 * i)
        out.append((a / total, c, math.tau * r.random()))
    return Wave(tuple(out))


# ---------------------------------------------------------------------------
# Polylines


def dist(a: Point, b: Point) -> float:
    return math.hypot(b[0] - a[0], b[1] - a[1])


def spline(points: list[Point], step: float, closed: bool = False) -> list[Point]:
    """Dense polyline through points: centripetal Catmull-Rom (alpha 0.5)."""
    pts = list(points)
    if closed:
        ext = [pts[-1], *pts, pts[0], pts[1]]
    else:
        a, b = pts[0], pts[1]
        y, z = pts[-2], pts[-1]
        ext = [(2 * a[0] - b[0], 2 * a[1] - b[1]), *pts, (2 * z[0] - y[0], 2 * z[1] - y[1])]
    out = [pts[0]]
    for i in range(1, len(ext) - 2):
        p0, p1, p2, p3 = ext[i - 1], ext[i], ext[i + 1], ext[i + 2]
        t1 = max(dist(p0, p1), 1e-6) ** 0.5
        t2 = t1 + max(dist(p1, p2), 1e-6) ** 0.5
        t3 = t2 + max(dist(p2, p3), 1e-6) ** 0.5
        n = max(2, math.ceil(dist(p1, p2) / step))
        for k in range(1, n + 1):
            t = t1 + (t2 - t1) * k / n
            a1 = _lerp(p0, p1, t / t1)
            a2 = _lerp(p1, p2, (t - t1) / (t2 - t1))
            a3 = _lerp(p2, p3, (t - t2) / (t3 - t2))
            b1 = _lerp(a1, a2, t / t2)
            b2 = _lerp(a2, a3, (t - t1) / (t3 - t1))
            out.append(_lerp(b1, b2, (t - t1) / (t2 - t1)))
    return out


def _lerp(a: Point, b: Point, t: float) -> Point:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def arc_lengths(poly: list[Point] | tuple[Point, ...]) -> list[float]:
    cum = [0.0]
    for a, b in zip(poly, poly[1:], strict=False):
        cum.append(cum[-1] + dist(a, b))
    return cum


def point_at(poly: list[Point], cum: list[float], s: float) -> Point:
    s = min(max(s, 0.0), cum[-1])
    i = min(max(bisect.bisect_right(cum, s) - 1, 0), len(poly) - 2)
    seg = cum[i + 1] - cum[i]
    return _lerp(poly[i], poly[i + 1], (s - cum[i]) / seg if seg > 0 else 0.0)


def _unit(x: float, y: float) -> Point:
    d = math.hypot(x, y) or 1.0
    return (x / d, y / d)


# ---------------------------------------------------------------------------
# Pen strokes: a centre line with a width profile, outlined as cubics.


# pen() has an outline unless shape=False: the overloads tell the type checker so.
@overload
def pen(
    poly: list[Point],
    w: float,
    r: random.Random,
    *,
    kind: str = "line",
    taper: tuple[float, float] = (2.5, 2.5),
    tip: tuple[float, float] = (0.3, 0.3),
    ratio: tuple[float, float] = (1.25, 1.55),
    step: float = 2.2,
    role: str = "ink",
    unit: float | None = None,
    shape: Literal[True] = True,
) -> tuple[Path, Stroke]: ...


@overload
def pen(
    poly: list[Point],
    w: float,
    r: random.Random,
    *,
    kind: str = "line",
    taper: tuple[float, float] = (2.5, 2.5),
    tip: tuple[float, float] = (0.3, 0.3),
    ratio: tuple[float, float] = (1.25, 1.55),
    step: float = 2.2,
    role: str = "ink",
    unit: float | None = None,
    shape: Literal[False],
) -> tuple[None, Stroke]: ...


@overload
def pen(
    poly: list[Point],
    w: float,
    r: random.Random,
    *,
    kind: str = "line",
    taper: tuple[float, float] = (2.5, 2.5),
    tip: tuple[float, float] = (0.3, 0.3),
    ratio: tuple[float, float] = (1.25, 1.55),
    step: float = 2.2,
    role: str = "ink",
    unit: float | None = None,
    shape: bool,
) -> tuple[Path | None, Stroke]: ...


def pen(
    poly: list[Point],
    w: float,
    r: random.Random,
    *,
    kind: str = "line",
    taper: tuple[float, float] = (2.5, 2.5),
    tip: tuple[float, float] = (0.3, 0.3),
    ratio: tuple[float, float] = (1.25, 1.55),
    step: float = 2.2,
    role: str = "ink",
    unit: float | None = None,
    shape: bool = True,
) -> tuple[Path | None, Stroke]:
    """Outline a marker stroke along poly.

    taper: taper lengths at start/end in units of w (0 = blunt round end);
    tip: width at each end as a fraction of the body width;
    ratio: range of thickest/thinnest body width; step: body sampling in w;
    unit: the drawing's nominal width, for the body ends (defaults to w);
    shape=False skips the outline (for callers that cut the stroke into pieces).
    """
    unit = unit or w
    cum = arc_lengths(poly)
    length = cum[-1]
    ta, tb = taper[0] * w, taper[1] * w
    if ta + tb > 0.8 * length:
        k = 0.8 * length / (ta + tb)
        ta, tb = ta * k, tb * k
    pos = [0.0]
    pos += [ta * f for f in _taper_steps(ta, w)]
    n = max(1, math.ceil((length - ta - tb) / (step * w)))
    pos += [ta + (length - ta - tb) * i / n for i in range(1, n)]
    pos += [length - tb * f for f in reversed(_taper_steps(tb, w))]
    pos.append(length)
    pos = sorted(set(pos))

    # body width: geometric spread so thickest/thinnest == target ratio
    wv = wave(r, (max(0.5, length / (w * 40)), max(0.8, length / (w * 22))))
    if length < 14 * unit:  # short mark: pressure falls off along it, plus a little wobble
        vals = [1 - s / length + 0.3 * wv(s / length) for s in pos]
    else:
        vals = [wv(s / length) for s in pos]
    # the body (where the width spread is enforced) skips the tapers, and 4.5w at each end
    # of long strokes so that checks can find it without knowing the taper lengths
    a, b = (max(ta, 4.5 * unit), max(tb, 4.5 * unit)) if length >= 14 * unit else (ta, tb)
    body = [v for s, v in zip(pos, vals, strict=True) if a - 1e-9 <= s <= length - b + 1e-9]
    lo, hi = min(body or vals), max(body or vals)
    target = between(r, *ratio)
    widths = []
    for s, v in zip(pos, vals, strict=True):
        f = min(max((v - lo) / (hi - lo), 0.0), 1.0) if hi > lo else 0.5
        width = w * target ** (f - 0.5)
        if s < ta:
            width *= tip[0] + (1 - tip[0]) * _ease(s / ta)
        if s > length - tb:
            width *= tip[1] + (1 - tip[1]) * _ease((length - s) / tb)
        widths.append(width)

    centre = [point_at(poly, cum, s) for s in pos]
    if not shape:
        return None, Stroke(kind, tuple(centre), tuple(widths))
    h = 0.35 * w
    tangents = [
        _unit(*_sub(point_at(poly, cum, s + h), point_at(poly, cum, s - h))) for s in pos
    ]
    ops = outline(centre, widths, tangents)
    return Path(ops, role), Stroke(kind, tuple(centre), tuple(widths))


def _taper_steps(t: float, w: float) -> list[float]:
    if t <= 0:
        return []
    n = min(5, max(2, math.ceil(t / (0.6 * w))))
    return [((i + 1) / n) ** 1.3 for i in range(n)]


def _ease(x: float) -> float:
    x = min(max(x, 0.0), 1.0)
    return x * (2 - x)


def _sub(a: Point, b: Point) -> Point:
    return (a[0] - b[0], a[1] - b[1])


def outline(centre: list[Point], widths: list[float], tangents: list[Point]) -> tuple[Op, ...]:
    """Closed outline: left side, round end cap, right side back, round start cap."""
    left, right = [], []
    for (x, y), wd, (tx, ty) in zip(centre, widths, tangents, strict=True):
        hw = wd / 2
        left.append((x - ty * hw, y + tx * hw))
        right.append((x + ty * hw, y - tx * hw))
    right.reverse()
    lops, ldirs = _side(left)
    rops, rdirs = _side(right)
    ops: list[Op] = [("M", *left[0]), *lops]
    ops.append(_cap(left[-1], ldirs[-1], right[0], rdirs[0], widths[-1] / 2))
    ops += rops
    ops.append(_cap(right[-1], rdirs[-1], left[0], ldirs[0], widths[0] / 2))
    ops.append(("Z",))
    return tuple(ops)


def _side(pts: list[Point]) -> tuple[list[Op], list[Point]]:
    """Smooth cubics through one side's points, and the direction at each point."""
    n = len(pts)
    dirs = [_unit(*_sub(pts[min(i + 1, n - 1)], pts[max(i - 1, 0)])) for i in range(n)]
    ops: list[Op] = []
    for i in range(n - 1):
        a, b = pts[i], pts[i + 1]
        k = dist(a, b) / 3
        ops.append(
            ("C", a[0] + dirs[i][0] * k, a[1] + dirs[i][1] * k,
             b[0] - dirs[i + 1][0] * k, b[1] - dirs[i + 1][1] * k, b[0], b[1])
        )
    return ops, dirs


def _cap(a: Point, da: Point, b: Point, db: Point, hw: float) -> Op:
    """Round end from a (heading da) to b (arriving with heading db)."""
    k = 4 / 3 * hw
    return ("C", a[0] + da[0] * k, a[1] + da[1] * k, b[0] - db[0] * k, b[1] - db[1] * k, b[0], b[1])


def closed_shape(points: list[Point], role: str = "paper") -> Path:
    """A smooth closed filled shape through points (e.g. a paper fill under an outline)."""
    n = len(points)
    ops: list[Op] = [("M", *points[0])]
    for i in range(n):
        p0, p1, p2, p3 = (points[(i + k) % n] for k in (-1, 0, 1, 2))
        ops.append(
            ("C", p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6,
             p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6, p2[0], p2[1])
        )
    ops.append(("Z",))
    return Path(tuple(ops), role)


def slice_stroke(stroke: Stroke, s0: float, s1: float) -> tuple[list[Point], list[float]]:
    """Centre points and widths of a stroke between arc lengths s0 and s1."""
    pts = list(stroke.centre)
    cum = arc_lengths(pts)
    s0, s1 = max(s0, 0.0), min(s1, cum[-1])
    inner = [i for i, s in enumerate(cum) if s0 < s < s1]
    pos = [s0] + [cum[i] for i in inner] + [s1]
    centre = [point_at(pts, cum, s) for s in pos]
    widths = [_interp(cum, stroke.widths, s) for s in pos]
    return centre, widths


def _interp(xs: list[float], ys: tuple[float, ...], x: float) -> float:
    i = min(max(bisect.bisect_right(xs, x) - 1, 0), len(xs) - 2)
    span = xs[i + 1] - xs[i]
    t = (x - xs[i]) / span if span > 0 else 0.0
    return ys[i] + (ys[i + 1] - ys[i]) * t


def sub_outline(
    centre: list[Point], widths: list[float], role: str, h: float | None = None
) -> Path:
    """Outline of given centre/widths (pieces of a stroke, halos, redraws).

    h: half-span for the tangent estimate (default 5% of the length); 0 uses the
    neighbouring points instead (best for long pieces with tight loops).
    """
    cum = arc_lengths(centre)
    h = 1e-3 + 0.05 * cum[-1] if h is None else h
    if h > 0:
        tangents = [
            _unit(*_sub(point_at(centre, cum, s + h), point_at(centre, cum, s - h)))
            for s in cum
        ]
    else:
        n = len(centre)
        tangents = [_unit(*_sub(centre[min(i + 1, n - 1)], centre[max(i - 1, 0)]))
                    for i in range(n)]
    return Path(outline(centre, widths, tangents), role)


# ---------------------------------------------------------------------------
# Joints: where two strokes part at a sharp angle, a marker's ink pools in the crotch.


def pools(a: Stroke, b: Stroke, reach: float, near: float | None = None,
          sharp: float = 90.0, role: str = "ink") -> list[Path]:
    """Ink pooled in the crotches between strokes a and b.

    Where two strokes part at a small angle, the paper between them starts as a sliver
    finer than the pen, which prints as specks and pinholes. A marker floods it: each
    crotch is filled out to where the two outlines are `reach` apart and closed by a
    curve that leaves both edges tangentially, so the paper beyond ends in a rounded
    notch instead of a hairline tip. Strokes that cross meet as four arms leaving the
    crossing; strokes that do not (strands off one root) part once. near: look only
    this far along each arm (the crotch is close to the root or crossing); sharp: pool
    only crotches narrower than this many degrees (wider ones print cleanly).
    """
    hits = crossings(list(a.centre), list(b.centre))
    if not hits:
        fill = _fork(a, b, reach, near, sharp, role)
        return [fill] if fill else []
    out = []
    for _, _, sa, sb in hits:
        for arm_a in _arms(a, sa):
            for arm_b in _arms(b, sb):
                fill = _fork(arm_a, arm_b, reach, near, sharp, role)
                if fill:
                    out.append(fill)
    return out


def clearance(a: Stroke, b: Stroke) -> float:
    """The narrowest paper between two strokes (negative where their ink overlaps)."""
    step = 0.25 * min(min(a.widths), min(b.widths))
    return min(_gap(p, wd, b)[0] for _, p, wd, _ in _samples(a, step, None))


def _arms(stroke: Stroke, s: float) -> list[Stroke]:
    """The two parts of a stroke leaving the point at arc length s (each starting there)."""
    length = arc_lengths(stroke.centre)[-1]
    out = []
    for lo, hi, flip in ((s, length, False), (0.0, s, True)):
        if hi - lo > 1e-6:
            centre, widths = slice_stroke(stroke, lo, hi)
            if flip:
                centre, widths = centre[::-1], widths[::-1]
            out.append(Stroke(stroke.kind, tuple(centre), tuple(widths)))
    return out


def _samples(stroke: Stroke, step: float, near: float | None):
    """(s, point, width, unit tangent) every `step` along the first `near` of a stroke."""
    pts = list(stroke.centre)
    cum = arc_lengths(pts)
    end = cum[-1] if near is None else min(near, cum[-1])
    n = max(2, math.ceil(end / step))
    for i in range(n + 1):
        s = end * i / n
        t = _unit(*_sub(point_at(pts, cum, s + step), point_at(pts, cum, s - step)))
        yield s, point_at(pts, cum, s), _interp(cum, stroke.widths, s), t


def _gap(p: Point, wp: float, other: Stroke) -> tuple[float, Point]:
    """Paper between a disc of width wp at p and the stroke other, and other's nearest point."""
    best, foot = math.inf, p
    c, ws = other.centre, other.widths
    for i in range(len(c) - 1):
        (ax, ay), (bx, by) = c[i], c[i + 1]
        dx, dy = bx - ax, by - ay
        den = dx * dx + dy * dy
        t = min(max(((p[0] - ax) * dx + (p[1] - ay) * dy) / den, 0.0), 1.0) if den else 0.0
        q = (ax + dx * t, ay + dy * t)
        g = dist(p, q) - wp / 2 - (ws[i] + (ws[i + 1] - ws[i]) * t) / 2
        if g < best:
            best, foot = g, q
    return best, foot


def _fork(a: Stroke, b: Stroke, reach: float, near: float | None, sharp: float,
          role: str) -> Path | None:
    """The pool in the crotch where a and b part (None if they never overlap there)."""
    ends = []
    for one, other in ((a, b), (b, a)):
        smp, gaps, ic = [], [], None
        for sample in _samples(one, reach / 2, near):  # from the overlap out to reach apart
            smp.append(sample)
            gaps.append(_gap(sample[1], sample[2], other))
            if gaps[-1][0] <= 0:
                ic = len(gaps) - 1
            elif gaps[-1][0] >= reach and ic is not None:
                break
        else:
            return None
        i1 = len(smp) - 1
        i0 = ic  # back into the overlap, a little, so the fill is rooted in ink
        while i0 > 0 and gaps[i0 - 1][0] <= 0 and smp[ic][0] - smp[i0 - 1][0] <= smp[ic][2]:
            i0 -= 1
        s1, p1, w1, t1 = smp[i1]
        q = gaps[i1][1]
        side = 1 if t1[0] * (q[1] - p1[1]) - t1[1] * (q[0] - p1[0]) > 0 else -1
        edge = (p1[0] - side * t1[1] * w1 / 2, p1[1] + side * t1[0] * w1 / 2)
        spine = [smp[i][1] for i in range(i0, i1, 3)] + [p1]  # inside the ink: sparse
        ends.append((spine, edge, t1, s1 - smp[ic][0]))
    (spine_a, ea, ta, da), (spine_b, eb, tb, db) = ends
    if ta[0] * tb[0] + ta[1] * tb[1] < math.cos(math.radians(sharp)):
        return None
    k = min(2 / 3 * reach, da, db)  # a round end, about reach across
    ops: list[Op] = [("M", *spine_a[0])]
    ops += [("L", *p) for p in spine_a[1:]]
    ops.append(("L", *ea))
    ops.append(("C", ea[0] - ta[0] * k, ea[1] - ta[1] * k, eb[0] - tb[0] * k, eb[1] - tb[1] * k,
                *eb))
    ops += [("L", *p) for p in reversed(spine_b)]
    ops.append(("Z",))
    return Path(tuple(ops), role)


# ---------------------------------------------------------------------------
# Geometry checks shared by drawings and tests


def segments_cross(a: Point, b: Point, c: Point, d: Point) -> tuple[float, float] | None:
    """Parameters (t, u) where segment ab meets segment cd, or None."""
    rx, ry = b[0] - a[0], b[1] - a[1]
    sx, sy = d[0] - c[0], d[1] - c[1]
    den = rx * sy - ry * sx
    if abs(den) < 1e-12:
        return None
    qx, qy = c[0] - a[0], c[1] - a[1]
    t = (qx * sy - qy * sx) / den
    u = (qx * ry - qy * rx) / den
    if 0 <= t < 1 and 0 <= u < 1:
        return t, u
    return None


def crossings(
    p: list[Point], q: list[Point] | None = None, cell: float | None = None
) -> list[tuple]:
    """Crossings of polyline p with q (or with itself, skipping neighbours).

    Returns (x, y, s_on_p, s_on_q), sorted by s_on_p. cell: grid size for the search
    (any size gives the same answer; the default, about 3 segments, is fast).
    """
    same = q is None
    q = p if q is None else q
    cp, cq = arc_lengths(p), arc_lengths(q)
    if cell is None:
        seg = max(cp[-1] / max(len(p) - 1, 1), cq[-1] / max(len(q) - 1, 1))
        cell = max(3.0 * seg, 1e-6)
    grid: dict[tuple[int, int], list[int]] = {}
    for j in range(len(q) - 1):
        for key in _cells(q[j], q[j + 1], cell):
            grid.setdefault(key, []).append(j)
    found = []
    seen = set()
    for i in range(len(p) - 1):
        for key in _cells(p[i], p[i + 1], cell):
            for j in grid.get(key, ()):
                if (i, j) in seen or (same and j <= i + 1):
                    continue
                seen.add((i, j))
                hit = segments_cross(p[i], p[i + 1], q[j], q[j + 1])
                if hit:
                    t, u = hit
                    x, y = _lerp(p[i], p[i + 1], t)
                    found.append((x, y, cp[i] + t * (cp[i + 1] - cp[i]),
                                  cq[j] + u * (cq[j + 1] - cq[j])))
    found.sort(key=lambda f: f[2])
    return found


def _cells(a: Point, b: Point, cell: float) -> list[tuple[int, int]]:
    i0, i1 = int(min(a[0], b[0]) // cell), int(max(a[0], b[0]) // cell)
    j0, j1 = int(min(a[1], b[1]) // cell), int(max(a[1], b[1]) // cell)
    if i0 == i1 and j0 == j1:
        return [(i0, j0)]
    return [(i, j) for i in range(i0, i1 + 1) for j in range(j0, j1 + 1)]


def op_points(ops: tuple[Op, ...]) -> list[Point]:
    pts = []
    for op in ops:
        vals = op[1:]
        pts += [(vals[i], vals[i + 1]) for i in range(0, len(vals), 2)]
    return pts


def count_cubics(drawing: Drawing) -> int:
    return sum(1 for p in drawing.paths for op in p.ops if op[0] == "C")


def fit(
    paths: list[Path], strokes: list[Stroke], width: float, height: float, margin: float
) -> tuple[tuple[Path, ...], tuple[Stroke, ...], float]:
    """Centre everything in the box, shrinking (never growing) to keep a margin.

    Control points bound their cubic, so the result stays inside the box.
    """
    pts = [pt for p in paths for pt in op_points(p.ops)]
    x0, x1 = min(x for x, _ in pts), max(x for x, _ in pts)
    y0, y1 = min(y for _, y in pts), max(y for _, y in pts)
    s = min(1.0, (width - 2 * margin) / (x1 - x0), (height - 2 * margin) / (y1 - y0))
    dx = width / 2 - s * (x0 + x1) / 2
    dy = height / 2 - s * (y0 + y1) / 2

    def move(vals: tuple) -> tuple:
        return tuple(v * s + (dx if i % 2 == 0 else dy) for i, v in enumerate(vals))

    new_paths = tuple(
        Path(tuple((op[0], *move(op[1:])) for op in p.ops), p.role) for p in paths
    )
    new_strokes = tuple(
        Stroke(st.kind, tuple(move(c) for c in st.centre), tuple(v * s for v in st.widths))
        for st in strokes
    )
    return new_paths, new_strokes, s
