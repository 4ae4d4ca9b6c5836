"""holding-hands: two arms reaching down and in, their hands clasped: together, supported."""

from __future__ import annotations

import math

from ..sketch import Drawing, Point, between, spline
from ._kit import Sheet, jitter
from .base import Option, stroke_width

NAME = "holding-hands"
ALIASES = ("hands", "clasped-hands")
MEANING = ("Two hands holding each other: you are not alone; support and connection help "
           "us through.")
ALT = "Two hands from the left and the right, clasped together."
OPTIONS = {
    "sleeves": Option(True, "sleeves on the two arms (false: bare forearms)"),
}
BOX = (900.0, 820.0)
HW = 14.0


def limb(guide: list[Point], halves: list[float], step: float,
         bulge: float = 1.0) -> tuple[list[Point], Point]:
    """The outline of an arm and its hand as one U: down one side, round the fingertips,
    back up the other. halves: the half width at each guide point."""
    centre = spline(guide, step)
    marks = [0.0]
    for a, b in zip(centre, centre[1:], strict=False):
        marks.append(marks[-1] + math.dist(a, b))
    gmarks = [0.0]
    for a, b in zip(guide, guide[1:], strict=False):
        gmarks.append(gmarks[-1] + math.dist(a, b))
    scale = marks[-1] / gmarks[-1]
    left, right = [], []
    for i, p in enumerate(centre):
        q, o = centre[min(i + 1, len(centre) - 1)], centre[max(i - 1, 0)]
        d = math.dist(o, q) or 1.0
        nx, ny = -(q[1] - o[1]) / d, (q[0] - o[0]) / d
        s = marks[i] / scale
        k = next((j for j in range(1, len(gmarks)) if gmarks[j] >= s), len(gmarks) - 1)
        t = (s - gmarks[k - 1]) / ((gmarks[k] - gmarks[k - 1]) or 1.0)
        h = halves[k - 1] + (halves[k] - halves[k - 1]) * (0.5 - 0.5 * math.cos(math.pi * t))
        left.append((p[0] + nx * h, p[1] + ny * h))
        right.append((p[0] - nx * h, p[1] - ny * h))
    tip, prev = centre[-1], centre[-2]
    heading = math.atan2(tip[1] - prev[1], tip[0] - prev[0])
    h = halves[-1]
    ca, sa = math.cos(heading), math.sin(heading)
    cap = []
    for i in range(1, 8):
        turn = math.pi / 2 - math.pi * i / 8
        along, across = h * bulge * math.cos(turn), h * math.sin(turn)
        cap.append((tip[0] + along * ca - across * sa, tip[1] + along * sa + across * ca))
    return left + cap + right[::-1], tip


def draw(seed: int, weight: float = 1.0, sleeves: bool = True) -> Drawing:
    w = stroke_width(weight, HW)
    sheet = Sheet(NAME, seed, w, BOX)
    r = sheet.rng("pose")
    g = max(1.0, w / HW) ** 0.8  # a heavy pen gets a bigger layout (fit() shrinks it back)
    j = 10.0 * g
    # the hand behind (from the right): its fingertips peek out below the front hand
    back = [jitter((x * g, y * g), r, j) for x, y in
            ((720, 700), (630, 570), (540, 440), (470, 340), (405, 250))]
    back_h = [h * g for h in (62, 56, 48, 60, 56)]
    front = [jitter((x * g, y * g), r, j) for x, y in
             ((190, 700), (280, 565), (375, 430), (445, 320), (520, 225))]
    front_h = [h * g for h in (62, 56, 48, 64, 60)]
    meta: dict = {}
    for k, (guide, halves) in enumerate(((back, back_h), (front, front_h))):
        u, tip = limb(guide, halves, 6.0)
        sheet.fill(u, "paper")
        sheet.stroke(u, f"hand:{k}", kind="hand", taper=(2.5, 2.5))
        if sleeves:
            _sleeve(sheet, guide, halves, k)
        meta[f"tip:{k}"] = tip
        _fingers(sheet, guide, halves[-1], k, 2 if k == 0 else 3)
    meta["thumb"] = _thumb(sheet, front, front_h[3])
    return sheet.done(dict(meta, sleeves=sleeves))


def _fingers(sheet: Sheet, guide: list[Point], half: float, k: int, n: int) -> None:
    """Short lines from the fingertips back over the fingers."""
    r = sheet.rng(f"fingers:{k}")
    tip, prev = guide[-1], guide[-2]
    d = math.dist(tip, prev)
    ux, uy = (tip[0] - prev[0]) / d, (tip[1] - prev[1]) / d
    nx, ny = -uy, ux
    for i in range(n):
        across = half * ((i + 1) / (n + 1) * 2 - 1) * 0.9
        reach = math.sqrt(max(half * half - across * across, 0.0))
        start = (tip[0] + ux * reach * 0.97 + nx * across, tip[1] + uy * reach * 0.97 + ny * across)
        long = between(r, 1.0, 1.3) * half * (0.75 if k == 0 else 1.0)
        pts = [(start[0] - ux * long * t + nx * 0.1 * long * t * t,
                start[1] - uy * long * t + ny * 0.1 * long * t * t) for t in (i / 4 for i in
                                                                              range(5))]
        sheet.stroke(pts, f"finger:{k}:{i}", kind="finger", width=0.75, taper=(0.2, 1.2),
                     tip=(0.8, 0.35))


def _thumb(sheet: Sheet, front: list[Point], half: float) -> Point:
    """The back hand's thumb, lying across the back of the front hand at its knuckles:
    an open U growing out of the back hand, over the front hand's edge."""
    r = sheet.rng("thumb")
    at, nxt = front[3], front[4]
    d = math.dist(at, nxt)
    ux, uy = (nxt[0] - at[0]) / d, (nxt[1] - at[1]) / d
    side = (uy, -ux)  # the front hand's right side
    out = half * between(r, 0.28, 0.4)
    base = (at[0] + side[0] * (half + out) - ux * 0.16 * half,
            at[1] + side[1] * (half + out) - uy * 0.16 * half)
    long = between(r, 1.5, 1.7) * half
    tx, ty = -side[0], -side[1]  # across the hand
    tx, ty = tx * 0.94 + ux * 0.34, ty * 0.94 + uy * 0.34
    thick = between(r, 0.37, 0.41) * half
    pts = []
    for i in range(15):
        a = math.pi * i / 14
        along = long * math.sin(a) ** 0.5
        across = thick * math.cos(a)
        pts.append((base[0] + tx * along - ty * across, base[1] + ty * along + tx * across))
    sheet.fill(pts, "paper")
    sheet.stroke(spline(pts, 4.0), "thumb", kind="thumb", width=0.9, taper=(1.5, 2.0),
                 tip=(0.5, 0.4))
    return pts[len(pts) // 2]


def _sleeve(sheet: Sheet, guide: list[Point], halves: list[float], k: int) -> None:
    """A sleeve over the upper arm, ending in a cuff line across it."""
    r = sheet.rng(f"sleeve:{k}")
    top = guide[0]
    cut = 0.5 + between(r, -0.05, 0.05)
    end = (top[0] + (guide[2][0] - top[0]) * cut, top[1] + (guide[2][1] - top[1]) * cut)
    mid = ((top[0] + end[0]) / 2 + between(r, -0.1, 0.1) * halves[0], (top[1] + end[1]) / 2)
    grow = [h * 1.22 for h in halves[:2]]
    u, _ = limb([top, mid, end], [grow[0], grow[1], grow[1] * 1.04], 6.0, 0.3)
    sheet.fill(u, "accent" if k else "tint")
    sheet.stroke(u, f"sleeve:{k}", kind="sleeve", taper=(2.5, 2.5))
