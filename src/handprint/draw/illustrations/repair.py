"""repair: the broken line mended with a gold seam and a few stitches (kintsugi)."""

from __future__ import annotations

import math

from ..sketch import (
    Drawing,
    Path,
    Stroke,
    arc_lengths,
    between,
    clearance,
    fit,
    pen,
    point_at,
    rng,
    spread,
)
from .base import MARGIN, WIDE, Option, U, bowed, direction, room, stroke_width
from .rupture import bow_halves, main_line, split

NAME = "repair"
MEANING = (
    "A broken line joined with a gold seam and stitches: repair that shows, and makes "
    "the bond stronger."
)
ALT = "A line that was broken, joined again with a gold seam and a few stitches."
OPTIONS = {"stitches": Option(4, "stitches across the mended break", 0, 6)}


def draw(seed: int, weight: float = 1.0, stitches: int = 4) -> Drawing:
    width, height = WIDE
    w = stroke_width(weight)
    k = room(w)
    r = rng(NAME, "break", seed)
    pts = main_line(NAME, seed, height, k)
    xb = 500 + between(r, -40, 40) * k
    gap = between(r, 5.0, 7.0) * w  # the crack the gold fills
    pts = bow_halves(pts, xb - gap / 2, xb + gap / 2)
    left, right = split(pts, xb - gap / 2, xb + gap / 2)
    items = [
        pen(left, w, rng(NAME, "half:0", seed), taper=(3.5, 1.2), tip=(0.3, 0.7)),
        pen(right, w, rng(NAME, "half:1", seed), taper=(1.2, 3.5), tip=(0.7, 0.3)),
    ]
    # the gold runs along the line well into both halves, over the black
    over = (between(r, 5.5, 8.0) * w, between(r, 5.5, 8.0) * w)
    seam_pts, _ = split(pts, xb + gap / 2 + over[1], 0)
    # ...and wanders a little where the crack was, like a mended break
    kink = between(r, 0.7, 1.1) * w * (1 if r.random() < 0.5 else -1)
    x_lo = xb - gap / 2 - 0.5 * w
    span = gap + w
    seam = [
        (x, y + (kink * math.sin(math.pi * (x - x_lo) / span) ** 2
                 if 0 <= x - x_lo <= span else 0))
        for x, y in seam_pts
        if x > xb - gap / 2 - over[0]
    ]
    items.append(pen(seam, 1.75 * w, rng(NAME, "seam", seed), kind="seam", role="accent",
                     unit=w, taper=(3.0, 3.0), tip=(0.35, 0.35), ratio=(1.2, 1.45), step=1.2))
    # stitches across the seam: uneven spacing, angled off the perpendicular
    cum = arc_lengths(seam)
    rs = rng(NAME, "stitches", seed)
    if stitches:
        inner = spread(rs, stitches - 1, 0.4, 1.6) if stitches > 1 else []
        gaps = [between(rs, 0.6, 1.0), *inner, between(rs, 0.6, 1.0)]
        lo, hi = 0.1 * cum[-1], 0.9 * cum[-1]
        tilts = spread(rs, stitches, -14, 14)
        lengths = spread(rs, stitches, 3.6 * w, 5.0 * w)
        run = 0.0
        done: list = []  # (angle, stroke) of the stitches drawn so far
        for i in range(stitches):
            run += gaps[i]
            at = lo + (hi - lo) * run / sum(gaps)
            half = lengths[i] / 2
            off = between(rs, -0.35, 0.35) * w
            state = rs.getstate()
            best: tuple[float, float, tuple[Path, Stroke]] | None = None
            # stitches never touch (two leaning together close a speck of paper against
            # the seam): straighten a stitch toward its neighbour, then move it along
            for shift in (0.0, 0.3, 0.6, 0.9, 1.2, 1.5, 1.8, 2.1):
                s_at = min(at + shift * w, cum[-1] - 2.0 * w)
                c = point_at(seam, cum, s_at)
                d = direction(seam, cum, s_at, 0.5 * U)
                a0 = math.atan2(d[1], d[0]) + math.pi / 2 + math.radians(tilts[i])
                for f in (1.0, 0.5, 0.0) if done else (1.0,):
                    a = done[-1][0] + (a0 - done[-1][0]) * f if done else a0
                    rs.setstate(state)
                    p0 = (c[0] - math.cos(a) * (half - off), c[1] - math.sin(a) * (half - off))
                    p1 = (c[0] + math.cos(a) * (half + off), c[1] + math.sin(a) * (half + off))
                    mark = pen(bowed(p0, p1, rs, (0.03, 0.07)), 0.75 * w,
                               rng(NAME, f"stitch:{i}", seed), kind="stitch", unit=w,
                               taper=(0.5, 0.9), tip=(0.8, 0.55), ratio=(1.08, 1.2), step=1.2)
                    space = min((clearance(mark[1], st) for _, st in done), default=w)
                    if best is None or space > best[0]:
                        best = (space, a, mark)
                    if space >= 0.6 * w:
                        break
                if best and best[0] >= 0.6 * w:
                    break
            assert best is not None  # the loops above run at least once
            done.append((best[1], best[2][1]))
            items.append(best[2])
    paths, strokes, scale = fit([p for p, _ in items], [s for _, s in items], width, height,
                                MARGIN)
    x_left_end = strokes[0].centre[-1][0]
    x_right_start = strokes[1].centre[0][0]
    seam_st = strokes[2]
    meta = {
        "gap": math.dist(strokes[0].centre[-1], strokes[1].centre[0]),
        "overlap": (x_left_end - seam_st.centre[0][0], seam_st.centre[-1][0] - x_right_start),
        "stitches": stitches,
    }
    return Drawing(width, height, w * scale, paths, strokes, meta)
