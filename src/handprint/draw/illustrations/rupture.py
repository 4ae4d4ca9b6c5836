"""rupture: one line broken in the middle, frayed ends, a star burst at the break."""

from __future__ import annotations

import math

from ..sketch import (
    Drawing,
    Path,
    Stroke,
    arc_lengths,
    between,
    fit,
    pen,
    point_at,
    pools,
    rng,
    spread,
    wave,
)
from .base import MARGIN, WIDE, Option, U, bowed, direction, heading_poly, room, stroke_width

NAME = "rupture"
MEANING = "One line broken in two with frayed ends: a rupture in the relationship."
ALT = "One line broken in the middle; each end is frayed, with a star burst at the break."
OPTIONS = {
    "strands": Option(4,
    "frayed strands at each broken end", 3, 6),
    "burst": Option(True,
    "a star burst at the break"),
}


def main_line(name: str, seed: int, height: float, k: float = 1.0) -> list[tuple[float, float]]:
    """The shared wobbly centre line, left to right (also used by repair).

    k > 1 lays it out longer (for heavy pens); fit() brings it back into the box.
    """
    r = rng(name, "line", seed)
    wv = wave(r, (0.4, 0.9))
    amp = between(r, 1.4, 2.4) * U * k
    tilt = between(r, -1.5, 1.5) * U * k
    y0 = height / 2 + between(r, -0.8, 0.8) * U
    bow = between(r, 0.6, 1.2) * U * k * (1 if r.random() < 0.5 else -1)  # each half bends
    pts = []
    for i in range(121):
        u = i / 120
        x = 500 + (960 * u - 480) * k
        pts.append((x, y0 + amp * wv(u) + tilt * (u - 0.5) + bow * math.sin(math.tau * u)))
    return pts


def bow_halves(pts: list[tuple[float, float]], x0: float, x1: float) -> list[tuple[float, float]]:
    """Make sure the parts left of x0 and right of x1 each bend (>= 0.6% of their length)."""
    out = list(pts)
    for lo, hi in ((out[0][0], x0), (x1, out[-1][0])):
        part = [p for p in out if lo <= p[0] <= hi]
        (ax, ay), (bx, by) = part[0], part[-1]
        chord = math.dist((ax, ay), (bx, by))
        dev = max(abs((bx - ax) * (ay - y) - (ax - x) * (by - ay)) / chord for x, y in part)
        need = 0.009 * chord - dev
        if need > 0:
            sign = 1 if sum(y for _, y in part) / len(part) > (ay + by) / 2 else -1
            out = [(x, y + sign * need * math.sin(math.pi * (x - lo) / (hi - lo)))
                   if lo <= x <= hi else (x, y) for x, y in out]
    return out


def split(pts: list[tuple[float, float]], x0: float, x1: float) -> tuple[list, list]:
    """The line left of x0 and right of x1 (cut exactly at x0/x1)."""

    def y_at(x: float) -> float:
        for a, b in zip(pts, pts[1:], strict=False):
            if a[0] <= x <= b[0]:
                return a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0])
        return pts[-1][1]

    left = [p for p in pts if p[0] < x0] + [(x0, y_at(x0))]
    right = [(x1, y_at(x1))] + [p for p in pts if p[0] > x1]
    return left, right


def draw(seed: int, weight: float = 1.0, strands: int = 4, burst: bool = True) -> Drawing:
    width, height = WIDE
    w = stroke_width(weight)
    k = room(w)
    r = rng(NAME, "break", seed)
    pts = main_line(NAME, seed, height, k)
    # strands and star first, in their own frames, so the gap fits what they need
    frays = [fray(seed, side, w, strands) for side in (0, 1)]
    rays = star(seed, w) if burst else []
    reach = [max(x for poly in f for x, _ in poly) for f in frays]
    star_r = max((max(abs(x) for x, _ in poly) for poly in rays), default=1.5 * w)
    gap = max(reach[0] + reach[1] + 2 * star_r + 2.6 * w, between(r, 17, 20) * U * k, 9 * w)
    xb = 500 + between(r, -40, 40) * k
    pts = bow_halves(pts, xb - gap / 2, xb + gap / 2)
    left, right = split(pts, xb - gap / 2, xb + gap / 2)
    items: list[tuple[Path, Stroke]] = [
        pen(left, w, rng(NAME, "half:0", seed), taper=(3.5, 1.8), tip=(0.3, 0.45)),
        pen(right, w, rng(NAME, "half:1", seed), taper=(1.8, 3.5), tip=(0.45, 0.3)),
    ]
    # frayed strands at both broken ends, fanning into the gap
    for side, half in enumerate((left, right)):
        cum = arc_lengths(half)
        d = direction(half, cum, cum[-1] if side == 0 else 0.0, 0.5 * U)
        if side == 1:
            d = (-d[0], -d[1])
        end = half[-1] if side == 0 else half[0]
        for i, poly in enumerate(frays[side]):
            items.append(
                pen(place(poly, end, d), 0.5 * w, rng(NAME, f"strand:{side}:{i}", seed),
                    kind="strand", unit=w, taper=(0.0, 2.4), tip=(1.0, 0.3),
                    ratio=(1.15, 1.35), step=1.2)
            )
    if burst:
        mid = split(pts, xb, xb)[0][-1]
        # the burst sits in the clear space between the two fans
        cx = mid[0] + (reach[0] - reach[1]) / 2
        for i, poly in enumerate(rays):
            items.append(
                pen(place(poly, (cx, mid[1]), (1.0, 0.0)), 0.85 * w, rng(NAME, f"ray:{i}", seed),
                    kind="ray", unit=w, taper=(0.6, 0.9), tip=(0.85, 0.7), ratio=(1.05, 1.12),
                    step=1.2)
            )
    # ink pools where the strands part and where the rays cross: no hairline crotches
    marks = [s for _, s in items]
    joints = []
    for side in (0, 1):
        fan = marks[2 + side * strands: 2 + (side + 1) * strands]
        for a, b in zip(fan, fan[1:], strict=False):
            joints += pools(a, b, 0.25 * w)
    rays_st = marks[2 + 2 * strands:]
    for i, a in enumerate(rays_st):
        for b in rays_st[i + 1:]:
            joints += pools(a, b, 0.2 * w, near=3 * w, sharp=70)
    paths, strokes, scale = fit([p for p, _ in items] + joints, marks, width, height, MARGIN)
    return Drawing(width, height, w * scale, paths, strokes, measure(strokes, strands))


def place(poly: list, origin, d) -> list[tuple[float, float]]:
    """Local (along, across) points into the drawing: x along d from origin."""
    nx, ny = -d[1], d[0]
    return [(origin[0] + d[0] * x + nx * y, origin[1] + d[1] * x + ny * y) for x, y in poly]


def fray(seed: int, side: int, w: float, n: int) -> list[list[tuple[float, float]]]:
    """Strands of one torn end, in the end's frame (the line runs along +x into the gap).

    Roots spread across the line and staggered back into it; the strands fan out and
    their tips curl further outward, like the ends of a torn rope.
    """
    r = rng(NAME, f"fray:{side}", seed)
    lo, hi = between(r, 26, 40), between(r, 26, 40)
    gaps = spread(r, n - 1, 0.4, 1.6)  # uneven steps: never an even comb
    angles = [-lo]
    for g in gaps:
        angles.append(angles[-1] + (lo + hi) * g / sum(gaps))
    offsets = sorted(spread(r, n, -0.42 * w, 0.42 * w))
    lengths = spread(r, n, 4.5 * w, 8.5 * w)  # visible length
    curl = between(r, 1.25, 1.5)  # how far tips splay past their start, per end
    out = []
    for i in range(n):
        back = between(r, 0.3, 1.4) * w  # hidden in the line's blunt end
        a = math.radians(angles[i])
        start = a * between(r, 0.15, 0.35)
        bend = a * curl - start + math.radians(between(r, -3, 3))
        out.append(heading_poly((-back, offsets[i]), start, lengths[i] + back, bend))
    # neighbours must part well before the shorter one ends (a hairline slit between two
    # strands prints as specks): turn the outer strand of a close pair further out
    for _ in range(16):
        close = [i for i in range(n - 1) if apart(out[i], out[i + 1]) < 1.05 * w]
        if not close:
            break
        i = close[0]
        if abs(angles[i + 1]) >= abs(angles[i]):
            turn, which = math.radians(3), range(i + 1, n)
        else:
            turn, which = -math.radians(3), range(i + 1)
        for j in which:
            out[j] = rotate(out[j], turn)
            angles[j] += math.degrees(turn)
    return out


def apart(p: list[tuple[float, float]], q: list[tuple[float, float]]) -> float:
    """How far apart two strands' centre lines are near the shorter one's tip."""
    if arc_lengths(p)[-1] > arc_lengths(q)[-1]:
        p, q = q, p
    cum = arc_lengths(p)
    tips = [point_at(p, cum, f * cum[-1]) for f in (0.75, 1.0)]
    return min(seg_dist(t, a, b) for t in tips for a, b in zip(q, q[1:], strict=False))


def seg_dist(p, a, b) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    den = dx * dx + dy * dy
    t = min(max(((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / den, 0.0), 1.0) if den else 0.0
    return math.dist(p, (a[0] + dx * t, a[1] + dy * t))


def rotate(poly: list[tuple[float, float]], turn: float) -> list[tuple[float, float]]:
    """A strand turned about its root."""
    (x0, y0), c, s = poly[0], math.cos(turn), math.sin(turn)
    return [(x0 + (x - x0) * c - (y - y0) * s, y0 + (x - x0) * s + (y - y0) * c) for x, y in poly]


def star(seed: int, w: float) -> list[list[tuple[float, float]]]:
    """3-4 crossing marker strokes about the origin, a little off even spacing."""
    r = rng(NAME, "star", seed)
    k = 3 if r.random() < 0.5 else 4
    base = between(r, 0, 180)
    jitter = spread(r, k, -10, 10)
    out = []
    for i in range(k):
        a = math.radians(base + i * 180 / k + jitter[i])
        l1, l2 = between(r, 2.7, 3.6) * w, between(r, 2.7, 3.6) * w
        ca, sa = math.cos(a), math.sin(a)
        out.append(bowed((-ca * l1, -sa * l1), (ca * l2, sa * l2), r, (0.02, 0.05)))
    return out


def measure(strokes: tuple[Stroke, ...], n: int) -> dict:
    left, right = strokes[0], strokes[1]
    gap = math.dist(left.centre[-1], right.centre[0])
    fans, tips = [], []
    for side in (0, 1):
        st = strokes[2 + side * n: 2 + (side + 1) * n]
        angs = [tip_angle(s) for s in st]
        if side == 1:
            angs = [(a % 360) - 180 for a in angs]
        fans.append(max(angs) - min(angs))
        tips.append([s.centre[-1][0] for s in st])
    return {
        "gap": gap,
        "clear": min(tips[1]) - max(tips[0]),
        "strands": (n, n),
        "fan": tuple(fans),
        "rays": sum(1 for s in strokes if s.kind == "ray"),
    }


def tip_angle(s: Stroke) -> float:
    """Direction of a strand's tip (its last 30%), in degrees."""
    c = s.centre
    a = c[int(len(c) * 0.7)]
    return math.degrees(math.atan2(c[-1][1] - a[1], c[-1][0] - a[0]))
