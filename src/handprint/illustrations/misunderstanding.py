"""misunderstanding: two looping lines that meet, tangle and part again."""

from __future__ import annotations

import math

from ..sketch import (
    Drawing,
    Path,
    Stroke,
    arc_lengths,
    between,
    crossings,
    fit,
    pen,
    rng,
    slice_stroke,
    spline,
    spread,
    sub_outline,
    wave,
)
from .base import MARGIN, WIDE, U

NAME = "misunderstanding"
OPTIONS = {"loops": 3}
RANGES = {"loops": (2, 4)}


def guide(seed: int, k: int, height: float) -> list[tuple[float, float, float, float]]:
    """Guide points (x, y, tangent x, tangent y): apart at the ends, crossing twice mid-way."""
    r = rng(NAME, f"guide:{k}", seed)
    shared = wave(rng(NAME, "shared", seed), (0.5, 0.9))
    own = wave(r, (0.7, 1.4))
    sign = 1 if k == 0 else -1
    ends = between(r, 4.5, 6.0) * U  # half separation at the ends
    mid = -between(r, 2.6, 3.2) * U  # swapped sides in the middle
    xc = 500 + between(r, -40, 40)
    span = between(r, 280, 340)
    x0, x1 = between(r, 25, 50), between(r, 950, 975)
    out = []
    n = 40
    for i in range(n + 1):
        x = x0 + (x1 - x0) * i / n
        q = min(abs(x - xc) / span, 1.0)
        half = mid + (ends - mid) * q * q * (3 - 2 * q)
        y = height / 2 + 2 * U * shared(x / 1000) + sign * half + 0.8 * U * own(x / 1000)
        out.append((x, y))
    return [(x, y, *_tan(out, i)) for i, (x, y) in enumerate(out)]


def _tan(pts: list, i: int) -> tuple[float, float]:
    a, b = pts[max(i - 1, 0)], pts[min(i + 1, len(pts) - 1)]
    d = math.dist(a, b) or 1.0
    return ((b[0] - a[0]) / d, (b[1] - a[1]) / d)


def looped(seed: int, k: int, n_loops: int, height: float) -> tuple[list, list[float]]:
    """Guide with n loops spliced in (prolate-cycloid turns, varied size and lean)."""
    g = guide(seed, k, height)
    r = rng(NAME, f"loops:{k}", seed)
    side = 1 if k == 0 else -1  # opposite winding per line
    # first loop in the tangle (reaching over the other line), the rest as curls outside
    places = (0.44, 0.19, 0.8, 0.6) if k == 0 else (0.56, 0.81, 0.2, 0.4)
    slots = sorted(f + between(r, -0.035, 0.035) for f in places[:n_loops])
    radii = [v * U for v in spread(r, n_loops, 2.2, 4.4)]
    pts: list[tuple[float, float]] = []
    taken = 0
    for j, f in enumerate(slots):
        i = int(f * (len(g) - 1))
        pts += [(x, y) for x, y, _, _ in g[taken:i]]
        x, y, tx, ty = g[i]
        nx, ny = -ty * side, tx * side
        big = radii[j] * (1.3 if abs(f - 0.5) < 0.12 else 1.0)  # tangle loops reach over
        adv = big * between(r, 0.9, 1.5)
        lean = between(r, -0.35, 0.35)
        squash = between(r, 0.85, 1.1)
        for m in range(1, 8):
            th = math.tau * m / 8
            a = adv * th / math.tau + big * math.sin(th) + lean * big * (1 - math.cos(th))
            b = big * squash * (1 - math.cos(th))
            pts.append((x + tx * a + nx * b, y + ty * a + ny * b))
        # skip guide points the loop advanced over
        taken = i + 1
        while taken < len(g) and (g[taken][0] - x) < adv + 0.5 * U:
            taken += 1
    pts += [(x, y) for x, y, _, _ in g[taken:]]
    return pts, radii


def draw(seed: int, weight: float = 1.0, loops: int = 3) -> Drawing:
    width, height = WIDE
    w = U * weight
    items: list[tuple[Path, Stroke]] = []
    polys, radii = [], []
    for k in (0, 1):
        pts, rad = looped(seed, k, loops, height)
        poly = spline(pts, 0.4 * U)
        polys.append(poly)
        radii.append(rad)
        items.append(pen(poly, w, rng(NAME, f"line:{k}", seed), kind="loop", taper=(3.0, 3.0)))
    # over/under at crossings: a paper halo along the top line, then the top line again
    # wherever it passes near the crossing (so the halo never nicks it)
    a, b = items[0][1], items[1][1]
    hits = crossings(list(a.centre), list(b.centre), cell=4 * U)
    tops = clusters([(x, y) for x, y, _, _ in hits], 7 * w)
    for (x, y, sa, sb), top in zip(hits, tops, strict=True):
        st, s = (a, sa) if top == 0 else (b, sb)
        c, wd = slice_stroke(st, s - 1.5 * w, s + 1.5 * w)
        cum = arc_lengths(c)
        halo = [max(0.8 * wi, 2.4 * w * min(1.0, 0.4 + 0.6 * min(t, cum[-1] - t) / (0.7 * w)))
                for wi, t in zip(wd, cum, strict=True)]
        items.append((sub_outline(c, halo, "paper"), None))
        for s0, s1 in near_runs(st, (x, y), 3.0 * w):
            c2, wd2 = slice_stroke(st, s0 - 1.5 * w, s1 + 1.5 * w)
            items.append((sub_outline(c2, wd2, "ink"), None))
    strokes = [s for _, s in items if s is not None]
    paths, strokes, scale = fit([p for p, _ in items], strokes, width, height, MARGIN)
    meta = {
        "loops": tuple(len(crossings(list(s.centre), cell=4 * U)) for s in strokes),
        "loop_radii": tuple(tuple(v * scale for v in rr) for rr in radii),
        "crossings": len(crossings(list(strokes[0].centre), list(strokes[1].centre), 4 * U)),
    }
    return Drawing(width, height, w, paths, strokes, meta)


def near_runs(st: Stroke, p: tuple[float, float], radius: float) -> list[tuple[float, float]]:
    """Arc-length spans of a stroke whose centre passes within radius of p."""
    cum = arc_lengths(st.centre)
    runs: list[tuple[float, float]] = []
    start = None
    for s, q in zip(cum, st.centre, strict=True):
        if math.dist(p, q) < radius:
            start = s if start is None else start
            end = s
        elif start is not None:
            runs.append((start, end))
            start = None
    if start is not None:
        runs.append((start, end))
    return runs


def clusters(points: list[tuple[float, float]], reach: float) -> list[int]:
    """Which line is on top at each crossing: alternates between clusters of nearby crossings."""
    label = [-1] * len(points)
    n = 0
    for i in range(len(points)):
        if label[i] >= 0:
            continue
        label[i], todo = n, [i]
        while todo:
            j = todo.pop()
            for k in range(len(points)):
                if label[k] < 0 and math.dist(points[j], points[k]) < reach:
                    label[k] = n
                    todo.append(k)
        n += 1
    return [v % 2 for v in label]
