"""misunderstanding: two looping lines that meet, tangle and part again.

Over/under is drawn the way a person with a marker draws it: the top line runs
through, the line underneath is lifted just before the crossing and set down again
after it. Which line is on top alternates along the first line. Layouts whose
crossings sit too close together, cross too flat or nearly touch are rejected
(deterministically) so that no piece becomes a sliver.
"""

from __future__ import annotations

import bisect
import math

from ..sketch import (
    Drawing,
    Path,
    Point,
    arc_lengths,
    between,
    crossings,
    fit,
    pen,
    point_at,
    rng,
    slice_stroke,
    spline,
    spread,
    sub_outline,
    wave,
)
from .base import MARGIN, W1, WIDE, Option, U, stroke_width

NAME = "misunderstanding"
MEANING = "Two squiggly lines that loop and cross each other: people talking past each other."
ALT = "Two squiggly lines loop around and cross each other again and again."
OPTIONS = {"loops": Option(3, "loops in each line", 2, 4)}
ATTEMPTS = 16
MIN_ANGLE = 32.0  # degrees between the lines at a crossing
MIN_PIECE = 2.6  # shortest piece of line between two lifts, in w
MAX_LIFT = 6.5  # longest lift of the pen (two crossings close together), in w
CLEAR = 0.55  # paper left each side of the top line at a crossing, in w
# a candidate layout: (badness, guide points per line, loop radii, loops, clearance)
Layout = tuple[float, list[list[Point]], list[list[float]], tuple[int, ...], float]


def twist(seed: int, height: float, g: float, attempt: int) -> dict:
    """Shared layout: where the tangle is and how the two lines swap sides three times."""
    r = rng(NAME, f"twist:{attempt}", seed)
    width = between(r, 370, 440) * min(g, 1.5)
    xa = 500 + between(r, -35, 35) - width / 2
    steps = spread(r, 3, 0.75, 1.25)  # uneven: the crossings are not evenly spaced
    knots = [0.0, steps[0], steps[0] + steps[1], sum(steps)]
    return {
        "xa": xa, "xb": xa + width, "knots": [v / knots[-1] for v in knots],
        "S": between(r, 2.5, 3.1) * U * g,  # half separation in the tangle
        "ends": (between(r, 4.6, 6.0) * U * g, between(r, 4.6, 6.0) * U * g),
        "shared": wave(rng(NAME, f"shared:{attempt}", seed), (0.5, 0.9)),
        "y0": height / 2 + between(r, -0.5, 0.5) * U,
    }


def phase(t: dict, x: float) -> float:
    """0 before the tangle, pi and 2 pi at the knots, 3 pi after: cos() swaps the sides."""
    u = (x - t["xa"]) / (t["xb"] - t["xa"])
    if u <= 0:
        return 0.0
    if u >= 1:
        return 3 * math.pi
    kn = t["knots"]
    seg = 0 if u < kn[1] else (1 if u < kn[2] else 2)
    return math.pi * (seg + (u - kn[seg]) / (kn[seg + 1] - kn[seg]))


def at_phase(t: dict, ph: float) -> float:
    """x where the twist reaches phase ph (0..3 pi)."""
    seg = min(int(ph / math.pi), 2)
    kn = t["knots"]
    u = kn[seg] + (ph / math.pi - seg) * (kn[seg + 1] - kn[seg])
    return t["xa"] + (t["xb"] - t["xa"]) * u


def guide(seed: int, k: int, t: dict, g: float, attempt: int) -> list[tuple]:
    """Guide points (x, y, tangent x, tangent y): apart, twisted, then apart and swapped."""
    r = rng(NAME, f"guide:{k}:{attempt}", seed)
    own = wave(r, (0.7, 1.4))
    sign = 1 if k == 0 else -1
    x0, x1 = between(r, 25, 50), between(r, 950, 975)
    xa, xb = t["xa"], t["xb"]
    ramp = 0.55 * (xb - xa)
    out = []
    n = 64
    for i in range(n + 1):
        x = x0 + (x1 - x0) * i / n
        q = min(max(xa - x, x - xb, 0.0) / ramp, 1.0)  # how far outside the tangle
        end = t["ends"][0] if x < xa else t["ends"][1]
        amp = t["S"] + (end - t["S"]) * q * q * (3 - 2 * q)
        y = (t["y0"] + 2 * U * g * t["shared"](x / 1000) + sign * amp * math.cos(phase(t, x))
             + 0.7 * U * g * own(x / 1000))
        out.append((x, y))
    return [(x, y, *_tan(out, i)) for i, (x, y) in enumerate(out)]


def _tan(pts: list, i: int) -> tuple[float, float]:
    a, b = pts[max(i - 1, 0)], pts[min(i + 1, len(pts) - 1)]
    d = math.dist(a, b) or 1.0
    return ((b[0] - a[0]) / d, (b[1] - a[1]) / d)


def places(t: dict, k: int, n: int) -> list[tuple[float, int]]:
    """Where the loops go (x, side): the line's own bulge in the tangle, then curls outside.

    side +1 puts the loop above the line, -1 below: always away from the other line.
    """
    sign = 1 if k == 0 else -1
    bulges = [(at_phase(t, math.pi), -sign), (at_phase(t, 2 * math.pi), sign)]
    left = (25 + 0.42 * (t["xa"] - 25), sign)
    right = (t["xb"] + 0.58 * (975 - t["xb"]), -sign)
    own, other = (bulges[0], bulges[1]) if k == 0 else (bulges[1], bulges[0])
    outer = [left, right] if k == 0 else [right, left]
    return [own, *outer, other][:n]


def looped(seed: int, k: int, n_loops: int, t: dict, g: float, attempt: int):
    """Guide with n loops spliced in (prolate-cycloid turns, varied size and lean)."""
    gd = guide(seed, k, t, g, attempt)
    r = rng(NAME, f"loops:{k}:{attempt}", seed)
    spots = sorted((x + between(r, -0.6, 0.6) * U * g, side)
                   for x, side in places(t, k, n_loops))
    radii = [v * U * g for v in spread(r, n_loops, 2.1, 3.6)]
    pts: list[tuple[float, float]] = []
    taken = 0
    for j, (xs, side) in enumerate(spots):
        rad = radii[j]
        adv = rad * between(r, 0.8, 1.3)
        i = max(taken, min(range(len(gd)), key=lambda m: abs(gd[m][0] - (xs - adv / 2))))
        pts += [(x, y) for x, y, _, _ in gd[taken:i]]
        x, y, tx, ty = gd[i]
        nx, ny = -ty * side, tx * side
        lean = between(r, -0.3, 0.3)
        squash = between(r, 0.85, 1.1)
        for m in range(1, 8):
            th = math.tau * m / 8
            a = adv * th / math.tau + rad * math.sin(th) + lean * rad * (1 - math.cos(th))
            b = rad * squash * (1 - math.cos(th))
            pts.append((x + tx * a + nx * b, y + ty * a + ny * b))
        taken = i + 1  # skip guide points the loop advanced over
        while taken < len(gd) and (gd[taken][0] - x) < adv + 0.4 * U * g:
            taken += 1
    pts += [(x, y) for x, y, _, _ in gd[taken:]]
    return pts, radii


def draw(seed: int, weight: float = 1.0, loops: int = 3) -> Drawing:
    width, height = WIDE
    w = stroke_width(weight)
    g = max(1.0, w / W1)  # heavy pens get bigger loops and more room
    best: Layout | None = None
    for attempt in range(ATTEMPTS):
        cand = layout(seed, w, g, loops, height, attempt)
        if best is None or cand[0] < best[0]:
            best = cand
        if cand[0] == 0:
            break
    assert best is not None  # ATTEMPTS > 0
    bad, polys, radii, n_loops, near = best
    polys = [spline(pts, 0.6 * U) for pts in polys]
    strokes = [
        pen(poly, w, rng(NAME, f"line:{k}", seed), kind="loop", taper=(3.0, 3.0),
            step=max(0.9, 11 / w), shape=False)[1]
        for k, poly in enumerate(polys)
    ]
    # over/under with the real widths (never wider than the layout allowed for)
    hits, tops, cuts = weave(strokes[0].centre, strokes[1].centre, seed, w,
                             [st.widths for st in strokes])
    outlines: list[Path] = []
    for k, st in enumerate(strokes):
        for s0, s1, e0, e1 in pieces(arc_lengths(st.centre)[-1], cuts[k], MIN_PIECE * w):
            c, wd = slice_stroke(st, s0, s1)
            outlines.append(sub_outline(c, lifted(c, wd, e0, e1, w), "ink", 0.0))
    paths, fitted, scale = fit(outlines, strokes, width, height, MARGIN)
    a, b = fitted
    meta = {
        "loops": n_loops,  # self-crossings of each line
        "loop_radii": tuple(tuple(v * scale for v in rr) for rr in radii),
        "crossings": len(hits),
        "on_top": tuple(tops),
        "min_angle": min((h[4] for h in hits), default=0.0),
        "min_piece": scale * min(s1 - s0 for k in (0, 1) for s0, s1, e0, e1
                                 in pieces(arc_lengths(fitted[k].centre)[-1] / scale, cuts[k],
                                           MIN_PIECE * w)
                                 if e0 or e1),
        "min_clearance": near * scale,  # closest approach away from the crossings
        "badness": bad,
    }
    return Drawing(width, height, w * scale, tuple(paths), tuple(fitted), meta)


def layout(seed: int, w: float, g: float, loops: int, height: float, attempt: int) -> Layout:
    """One candidate pair of lines, scored: (badness, guide points, loop radii)."""
    guides, polys, radii = [], [], []
    t = twist(seed, height, g, attempt)
    for k in (0, 1):
        pts, rad = looped(seed, k, loops, t, g, attempt)
        guides.append(pts)
        polys.append(spline(pts, 1.1 * U))  # coarse: enough to judge the layout
        radii.append(rad)
    hits, _, cuts = weave(polys[0], polys[1], seed, w, None)
    bad = sum(max(0.0, MIN_ANGLE - h[4]) for h in hits) + 50 * max(0, 2 - len(hits))
    for k in (0, 1):
        for c0, c1 in lifts(cuts[k], (MIN_PIECE + 0.6) * w):
            bad += 10 * max(0.0, c1 - c0 - MAX_LIFT * w) / w
    near = 0.0
    n_loops: tuple[int, ...] = (0, 0)
    if bad == 0:  # the dearer checks last
        near = clearance(polys[0], polys[1], [(h[2], h[3]) for h in hits], 3 * w)
        bad += 10 * max(0.0, 1.9 * w - near) / w
        n_loops = tuple(len(crossings(poly)) for poly in polys)
        bad += 20 * sum(max(0, 2 - n) for n in n_loops)
    return bad, guides, radii, n_loops, near


def weave(ca, cb, seed: int, w: float, widths):
    """Crossings (x, y, s on A, s on B, angle), who is on top, and the lifts per line.

    widths: the two strokes' width lists, or None to assume the widest a pen gets.
    """
    ca, cb = list(ca), list(cb)
    cum = (arc_lengths(ca), arc_lengths(cb))
    hits = []
    for x, y, sa, sb in crossings(ca, cb):
        ta = _dir(ca, cum[0], sa, 0.5 * w)
        tb = _dir(cb, cum[1], sb, 0.5 * w)
        sin = abs(ta[0] * tb[1] - ta[1] * tb[0])
        hits.append((x, y, sa, sb, math.degrees(math.asin(min(sin, 1.0)))))
    first = 0 if rng(NAME, "top", seed).random() < 0.5 else 1
    tops = [(first + i) % 2 for i in range(len(hits))]  # alternate along line A
    cuts: list[list[tuple[float, float]]] = [[], []]
    for (_, _, sa, sb, ang), top in zip(hits, tops, strict=True):
        s = (sa, sb)
        if widths is None:
            wo = wu = 1.3 * w
        else:
            wo = _interp_width(cum[top], widths[top], s[top])
            wu = _interp_width(cum[1 - top], widths[1 - top], s[1 - top])
        half = (wo / 2 + wu / 2 + CLEAR * w) / math.sin(math.radians(max(ang, 30.0)))
        cuts[1 - top].append((s[1 - top] - half, s[1 - top] + half))
    return hits, tops, cuts


def _interp_width(cum: list[float], widths, s: float) -> float:
    i = min(max(bisect.bisect_right(cum, s) - 1, 0), len(cum) - 1)
    return widths[i]


def pieces(total: float, cuts: list[tuple[float, float]], least: float) -> list[tuple]:
    """Spans of a line left after lifting the pen over cuts: (s0, s1, cut at s0, at s1).

    Lifts closer together than `least` merge into one, so no piece is a sliver.
    """
    out = []
    s = 0.0
    cut_before = False
    for c0, c1 in lifts(cuts, least):
        if c0 > s + least:
            out.append((s, min(c0, total), cut_before, True))
        s, cut_before = max(s, c1), True
    if s < total - least:
        out.append((s, total, cut_before, False))
    return out


def lifts(cuts: list[tuple[float, float]], least: float) -> list[tuple[float, float]]:
    """The lifts of the pen: cuts closer together than `least` merged into one."""
    merged: list[list[float]] = []
    for c0, c1 in sorted(cuts):
        if merged and c0 - merged[-1][1] < least:
            merged[-1][1] = max(merged[-1][1], c1)
        else:
            merged.append([c0, c1])
    return [(c0, c1) for c0, c1 in merged]


def lifted(c: list, wd: list[float], e0: bool, e1: bool, w: float) -> list[float]:
    """Widths of a piece, easing off a little where the pen lifts for a crossing."""
    cum = arc_lengths(c)
    out = []
    for s, x in zip(cum, wd, strict=True):
        f = 1.0
        if e0:
            f = min(f, 0.78 + 0.22 * min(1.0, s / (1.2 * w)))
        if e1:
            f = min(f, 0.78 + 0.22 * min(1.0, (cum[-1] - s) / (1.2 * w)))
        out.append(x * f)
    return out


def clearance(ca, cb, at: list[tuple[float, float]], skip: float) -> float:
    """Closest approach of the two centre lines away from their crossings."""
    ca, cb = list(ca), list(cb)
    sa, sb = arc_lengths(ca), arc_lengths(cb)
    cell = 2 * skip
    grid: dict[tuple[int, int], list[int]] = {}
    for j, (x, y) in enumerate(cb):
        if all(abs(sb[j] - hb) > skip for _, hb in at):
            grid.setdefault((int(x // cell), int(y // cell)), []).append(j)
    best = math.inf
    for i, (x, y) in enumerate(ca):
        if any(abs(sa[i] - ha) <= skip for ha, _ in at):
            continue
        gx, gy = int(x // cell), int(y // cell)
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for j in grid.get((gx + dx, gy + dy), ()):
                    best = min(best, math.dist((x, y), cb[j]))
    return best


def _dir(poly: list, cum: list[float], s: float, h: float) -> tuple[float, float]:
    p, q = point_at(poly, cum, s - h), point_at(poly, cum, s + h)
    d = math.dist(p, q) or 1.0
    return ((q[0] - p[0]) / d, (q[1] - p[1]) / d)
