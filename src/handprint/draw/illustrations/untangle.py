"""untangle: a knotted line on the left that comes out as a calm, gently wavy line.

The knot is one line drawn round and round while it drifts right, its loops of uneven
size and lean. Where it crosses itself the pen is lifted for the pass underneath, over
and under taking turns along the line, as a knot is drawn by hand. Layouts whose
crossings sit too close together, cross too flat or nearly touch are rejected
(deterministically) so that no piece becomes a sliver and no paper speck is trapped.
"""

from __future__ import annotations

import math

from ..sketch import (
    Drawing,
    Path,
    Point,
    Stroke,
    arc_lengths,
    between,
    clearance,
    crossings,
    fit,
    pen,
    point_at,
    pools,
    rng,
    slice_stroke,
    spline,
    sub_outline,
    wave,
)
from .base import MARGIN, Option, U, room, stroke_width
from .misunderstanding import lifted, pieces

NAME = "untangle"
ALIASES = ("tangle", "clarity")
MEANING = ("A tangled knot of line that comes out smooth and calm: things getting clearer, "
           "one loop at a time.")
ALT = "A tangled scribble of line on the left that straightens into a calm, wavy line."
OPTIONS = {"loops": Option(4, "how many loops in the knot (3 to 6)", 3, 6)}
BOX = (1000.0, 400.0)
ATTEMPTS = 24
MIN_ANGLE = 35.0  # degrees between the passes at a crossing
MIN_PIECE = 2.6  # shortest piece of line between two lifts, in w
SPACE = 3.2  # least room between two crossings, in w
CLEAR = 0.6  # paper left each side of the top pass at a crossing, in w


def guide(seed: int, loops: int, g: float, attempt: int) -> list[Point]:
    """The line's guide: a short lead-in, the knot, then the calm line out to the right."""
    r = rng(NAME, f"knot:{attempt}", seed)
    mid = 200 + between(r, -10, 10)
    ball = between(r, 90, 105) * g * min(1.0, (4 / loops) ** 0.4)  # more loops, tighter
    # each loop its own size, squash and tilt (eased from one to the next); the first and
    # last lie flat, so the line comes in and goes out heading right
    radius = [ball * (between(r, 1.0, 1.25) if k % 2 else between(r, 0.6, 0.8))
              for k in range(loops + 1)]  # big and small by turns: steeper crossings
    squash = [between(r, 0.6, 0.95) for _ in range(loops + 1)]
    tilt = [0.0] + [between(r, -0.5, 0.5) for _ in range(loops - 1)] + [0.0]
    left = 170 + between(r, -15, 15) * g
    span = (40 * loops + 50 + between(r, 0, 30)) * g
    wx, wy = wave(r, (0.8, 1.6)), wave(r, (0.8, 1.6))
    x_in = between(r, 20, 40)
    pts: list[Point] = [(x_in, mid - between(r, 10, 40)),
                        ((x_in + left) / 2, mid - radius[0] * 0.8)]
    n = 16 * loops
    for i in range(n + 1):
        u = i / n
        k = min(int(u * loops), loops - 1)
        f = u * loops - k
        e = f * f * (3 - 2 * f)
        rad, sq, tl = ((v[k] + (v[k + 1] - v[k]) * e) for v in (radius, squash, tilt))
        th = -math.pi / 2 + math.tau * loops * u
        damp = math.sin(math.pi * u)  # the centre wanders most mid-knot
        cx = left + span * u + 0.4 * ball * wx(u) * damp
        cy = mid + 0.45 * ball * wy(u) * damp
        dx, dy = rad * math.cos(th), rad * sq * math.sin(th)
        ct, st = math.cos(tl), math.sin(tl)
        pts.append((cx + dx * ct - dy * st, cy + dx * st + dy * ct))
    # out of the bottom of the last loop, rising into a calm wave that settles
    x0, y0 = pts[-1]
    calm = wave(rng(NAME, f"calm:{attempt}", seed), (1.6, 2.2), terms=1)
    x1 = 975 - between(r, 0, 15)
    m = 16
    for i in range(1, m + 1):
        u = i / m
        x = x0 + (x1 - x0) * u
        rise = min(1.0, u / 0.35)
        rise = rise * rise * (3 - 2 * rise)
        amp = 2.2 * U * g * (1 - 0.5 * u) * rise
        pts.append((x, y0 + (mid - y0) * rise + amp * calm(u)))
    return pts


def weave(poly: list[Point], seed: int, w: float, widths=None):
    """Self-crossings (x, y, s first pass, s second pass, angle) and the lifts of the pen.

    Over and under take turns along the line. widths: the stroke's widths, or None to
    assume the widest a pen gets.
    """
    cum = arc_lengths(poly)
    hits = []
    for x, y, sa, sb in crossings(poly):
        sin = 1.0  # the angle where they cross, and as they come together (lift longer)
        for h in (0.5 * w, 2.5 * w):
            ta, tb = _dir(poly, cum, sa, h), _dir(poly, cum, sb, h)
            sin = min(sin, abs(ta[0] * tb[1] - ta[1] * tb[0]))
        hits.append((x, y, sa, sb, math.degrees(math.asin(sin))))
    events = sorted((s, k, j) for k, h in enumerate(hits) for j, s in enumerate(h[2:4]))
    under: dict[int, int] = {}  # crossing -> which pass (0 first, 1 second) goes under
    over = rng(NAME, "over", seed).random() < 0.5
    for _, k, j in events:
        if k in under:
            over = under[k] != j
        else:
            over = not over
            under[k] = 1 - j if over else j
    cuts = []
    for k, (_, _, sa, sb, ang) in enumerate(hits):
        s_under, s_over = (sa, sb) if under[k] == 0 else (sb, sa)
        wu = wo = 1.3 * w
        if widths is not None:
            wu, wo = _width(cum, widths, s_under), _width(cum, widths, s_over)
        half = (wo / 2 + wu / 2 + CLEAR * w) / math.sin(math.radians(max(ang, 14.0)))
        cuts.append((s_under - half, s_under + half))
    return hits, cuts


def score(poly: list[Point], seed: int, w: float, loops: int) -> float:
    """How bad a layout is (0 is good): flat or crowded crossings, near misses, too few."""
    hits, cuts = weave(poly, seed, w)
    bad = sum(max(0.0, MIN_ANGLE - h[4]) for h in hits)
    bad += 20 * max(0, loops + 1 - len(hits))
    for i, a in enumerate(hits):
        for b in hits[i + 1:]:
            bad += 10 * max(0.0, SPACE * w - math.dist(a[:2], b[:2])) / w
    s_cuts = sorted(cuts)
    for (_, a1), (b0, _) in zip(s_cuts, s_cuts[1:], strict=False):
        bad += 5 * max(0.0, MIN_PIECE * w - (b0 - a1)) / w if b0 > a1 else 0.0
    near = near_miss(poly, [h[2] for h in hits] + [h[3] for h in hits], 3 * w)
    bad += 40 * max(0.0, 1.9 * w - near) / w  # near misses print as slivers: the worst
    return bad


def near_miss(poly: list[Point], at: list[float], skip: float) -> float:
    """Closest approach of two parts of the line that do not cross there."""
    cum = arc_lengths(poly)
    keep = [i for i in range(len(poly)) if all(abs(cum[i] - s) > skip for s in at)]
    cell = 2 * skip
    grid: dict[tuple[int, int], list[int]] = {}
    for i in keep:
        grid.setdefault((int(poly[i][0] // cell), int(poly[i][1] // cell)), []).append(i)
    best = math.inf
    for i in keep:
        x, y = poly[i]
        gx, gy = int(x // cell), int(y // cell)
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for j in grid.get((gx + dx, gy + dy), ()):
                    if abs(cum[j] - cum[i]) > 2.2 * skip:
                        best = min(best, math.dist((x, y), poly[j]))
    return best


def draw(seed: int, weight: float = 1.0, loops: int = 4) -> Drawing:
    width, height = BOX
    w = stroke_width(weight)
    g = room(w)  # heavy pens get bigger loops and more room
    best: tuple[float, list[Point]] | None = None
    for attempt in range(ATTEMPTS):
        poly = spline(guide(seed, loops, g, attempt), 1.1 * U)
        bad = score(poly, seed, w, loops)
        if best is None or bad < best[0]:
            best = (bad, poly)
        if bad == 0:
            break
    assert best is not None
    bad, poly = best
    poly = spline(poly, 0.6 * U)
    _, st = pen(poly, w, rng(NAME, "line", seed), kind="line", taper=(3.0, 3.5),
                step=max(0.9, 11 / w), shape=False)
    hits, cuts = weave(list(st.centre), seed, w, st.widths)
    outlines: list[Path] = []
    bits: list[Stroke] = []
    for s0, s1, e0, e1 in _trimmed(st, pieces(arc_lengths(st.centre)[-1], cuts,
                                              MIN_PIECE * w), w):
        c, wd = slice_stroke(st, s0, s1)
        wd = lifted(c, wd, e0, e1, w)
        outlines.append(sub_outline(c, wd, "ink", 0.0))
        bits.append(Stroke("piece", tuple(c), tuple(wd)))
    outlines += _pooled(bits, w)
    paths, strokes, scale = fit(outlines, [st], width, height, MARGIN)
    return Drawing(width, height, w * scale, paths, strokes,
                   {"loops": loops, "crossings": len(hits), "badness": bad,
                    "min_angle": min((h[4] for h in hits), default=0.0)})


def _pooled(bits: list[Stroke], w: float) -> list[Path]:
    """Ink pooled where two passes of the line touch at a shallow angle (a lifted end
    running into a neighbour, or a loop grazing itself): the sliver of paper between
    them would print as specks. Pieces are looked at a few pens at a time."""
    chunks: list[tuple[int, int, Stroke]] = []
    for k, bit in enumerate(bits):
        total = arc_lengths(bit.centre)[-1]
        n = max(1, round(total / (8 * w)))
        for i in range(n):
            c, wd = slice_stroke(bit, total * i / n, total * (i + 1) / n)
            chunks.append((k, i, Stroke("piece", tuple(c), tuple(wd))))
    boxes = [(min(x for x, _ in c.centre), min(y for _, y in c.centre),
              max(x for x, _ in c.centre), max(y for _, y in c.centre)) for _, _, c in chunks]
    out: list[Path] = []
    for i, (ka, ia, a) in enumerate(chunks):
        for j in range(i + 1, len(chunks)):
            kb, ib, b = chunks[j]
            ba, bb = boxes[i], boxes[j]
            if (ka == kb and abs(ia - ib) <= 1) or (
                    ba[0] > bb[2] + 2 * w or bb[0] > ba[2] + 2 * w or ba[1] > bb[3] + 2 * w
                    or bb[1] > ba[3] + 2 * w):
                continue
            gap = clearance(a, b)
            if gap < 0.6 * w:  # all but touching: ink floods the hairline between them
                if gap > 0:
                    a, b = _fat(a, gap + 0.3 * w), _fat(b, gap + 0.3 * w)
                # every way: passes that touch have two crotches, and may run either way
                for pa, pb in ((a, b), (_back(a), _back(b)), (a, _back(b)), (_back(a), b)):
                    out += pools(pa, pb, 1.2 * w, sharp=60.0)
                a = chunks[i][2]
    return out


def _trimmed(st: Stroke, spans: list[tuple], w: float) -> list[tuple]:
    """Pieces whose lifted ends are pulled back until they clear every other piece by
    half a pen: an end that grazes another pass leaves a speck of paper in the crotch."""
    cum = arc_lengths(st.centre)
    out = [list(p) for p in spans]
    for _ in range(4):
        moved = False
        for k, (s0, s1, e0, e1) in enumerate(out):
            for end, lifted_ in ((0, e0), (1, e1)):
                if not lifted_ or s1 - s0 < (MIN_PIECE + 0.7) * w:
                    continue
                at = point_at(list(st.centre), cum, s0 if end == 0 else s1)
                others = [i for i, q in enumerate(cum) if any(
                    o[0] <= q <= o[1] for j, o in enumerate(out) if j != k)]
                if any(math.dist(at, st.centre[i]) < 0.5 * st.widths[i] + 0.9 * w
                       for i in others):
                    out[k][end] += 0.7 * w if end == 0 else -0.7 * w
                    moved = True
        if not moved:
            break
    return [tuple(p) for p in out]


def _fat(s: Stroke, d: float) -> Stroke:
    return Stroke(s.kind, s.centre, tuple(x + d for x in s.widths))


def _back(s: Stroke) -> Stroke:
    return Stroke(s.kind, s.centre[::-1], s.widths[::-1])


def _width(cum: list[float], widths, s: float) -> float:
    i = min(range(len(cum)), key=lambda k: abs(cum[k] - s))
    return widths[i]


def _dir(poly: list[Point], cum: list[float], s: float, h: float) -> tuple[float, float]:
    p, q = point_at(poly, cum, s - h), point_at(poly, cum, s + h)
    d = math.dist(p, q) or 1.0
    return ((q[0] - p[0]) / d, (q[1] - p[1]) / d)
