"""ghost: a simple friendly ghost with a wavy hem, eyes, a smile and a little wave."""

from __future__ import annotations

import math

from ..sketch import Drawing, Path, Stroke, between, closed_shape, fit, pen, rng, spline, spread
from .base import MARGIN, Option, bowed, stroke_width

NAME = "ghost"
MEANING = (
    "A friendly ghost: a client who stops coming without a word (ghosting), or a "
    "feeling left unsaid."
)
ALT = "A small friendly ghost with a wavy hem, waving."
OPTIONS = {"wave": Option(True, "the ghost waves one arm")}
BOX = (800.0, 1000.0)
GW = 10.5  # nominal stroke width (W/76)


def body(seed: int, wave_arm: bool) -> list[tuple[float, float]]:
    """Outline guide points, counter-clockwise from the right shoulder."""
    r = rng(NAME, "body", seed)
    cx = 400 + between(r, -15, 15)
    lean = between(r, -0.08, 0.08)
    top, hem = between(r, 900, 930), between(r, 150, 175)
    half = between(r, 215, 245)
    flare = between(r, 1.05, 1.18)

    def at(y: float, side: float, grow: float) -> tuple[float, float]:
        return (cx + side * half * grow + lean * (y - 500), y)

    pts = [at(700, 1, 1.0)]
    pts += [at(820, 0.82, 1.0), at(top - 20, 0.45, 1.0), (cx - 10 + lean * (top - 500), top),
            at(top - 25, -0.5, 1.0), at(820, -0.85, 1.0), at(650, -1, 1.0)]
    pts += [at(420, -1, (1 + flare) / 2), at(hem + 70, -1, flare)]
    # wavy hem: scallops of uneven width and depth, right to left reversed later
    n = 3 if r.random() < 0.5 else 4
    x_left, x_right = pts[-1][0], cx + half * flare + lean * (hem + 70 - 500)
    widths = spread(r, n, 0.8, 1.2)
    total = sum(widths)
    x = x_left
    for i in range(n):
        step = (x_right - x_left) * widths[i] / total
        low = hem - between(r, 0, 25)
        pts += [(x + step * 0.3, low + 8), (x + step * 0.7, low + between(r, 0, 12))]
        x += step
        if i < n - 1:
            pts.append((x, hem + between(r, 45, 70)))
    pts.append((x_right, hem + 70))
    pts.append(at(420, 1, (1 + flare) / 2))
    if wave_arm:  # a little raised arm on the right side: a rounded mitten, waving
        pts += arm(r, at, cx, half)
    return pts


def arm(r, at, cx: float, half: float) -> list[tuple[float, float]]:
    """Outline points of a short raised arm: lower edge out, round mitten hand, upper
    edge back into a soft armpit. It points up and out, waving, not sideways."""
    theta = math.radians(between(r, 55, 66))
    d = (math.cos(theta), math.sin(theta))
    n = (-d[1], d[0])  # the upper side of the arm
    length = between(r, 112, 130)
    hw0, hw1 = between(r, 40, 46), between(r, 32, 37)  # half widths at the body, the hand
    c = at(560, 1.0, 1.0)

    def p(t: float, side: float, bulge: float = 0.0) -> tuple[float, float]:
        hw = hw0 + (hw1 - hw0) * t
        return (c[0] + d[0] * (length * t + bulge) + n[0] * side * hw,
                c[1] + d[1] * (length * t + bulge) + n[1] * side * hw)

    # where the upper edge meets the body's side
    t = 0.0
    while t < 0.9 and p(t, 1.0)[0] < at(p(t, 1.0)[1], 1.0, 1.0)[0] - 2:
        t += 0.02
    armpit = p(t, 1.0)
    return [
        at(c[1] - hw0 * 1.15, 1.0, 1.0),
        p(0.45, -1.0),
        p(0.85, -1.0),
        p(1.0, -0.62, 0.72 * hw1),  # round mitten
        p(1.0, 0.05, 1.0 * hw1),
        p(1.0, 0.7, 0.62 * hw1),
        p(max(0.82, t + 0.3), 1.0),
        armpit,
        at(armpit[1] + 1.3 * hw0, 0.99, 1.0),  # and on up the side
    ]


def draw(seed: int, weight: float = 1.0, wave: bool = True) -> Drawing:
    width, height = BOX
    w = stroke_width(weight, GW)
    guide = body(seed, wave)
    r = rng(NAME, "pen", seed)
    loop = spline(guide, 0.4 * GW, closed=True)
    fill = closed_shape(guide, "paper")
    # the outline starts and ends with a small overlap, like a real closed stroke
    over = int(len(loop) * between(r, 0.01, 0.025))
    items: list[tuple[Path, Stroke | None]] = [(fill, None)]
    items.append(pen(loop + loop[1:over], w,
                     rng(NAME, "outline", seed), kind="outline", taper=(4.0, 4.0)))
    items += face(seed, w, guide)
    if wave:
        items += motion(seed, w, guide)
    paths, strokes, scale = fit([p for p, _ in items], [s for _, s in items if s], width, height,
                            MARGIN)
    return Drawing(width, height, w * scale, paths, strokes, {"eyes": 2, "wave": wave})


def face(seed: int, w: float, guide: list) -> list[tuple[Path, Stroke]]:
    r = rng(NAME, "face", seed)
    cx = (guide[2][0] + guide[4][0]) / 2
    ey = between(r, 640, 690)
    gap = between(r, 70, 95)
    out = []
    for k, side in enumerate((-1, 1)):
        x = cx + side * gap + between(r, -8, 8)
        y = ey + between(r, -10, 10)
        h = between(r, 22, 34)
        eye = bowed((x, y - h / 2), (x + between(r, -4, 4), y + h / 2), r, (0.02, 0.06), 6)
        out.append(pen(eye, 2.0 * w, rng(NAME, f"eye:{k}", seed), kind="dot", unit=w,
                       taper=(0.6, 0.6), tip=(0.75, 0.75), ratio=(1.1, 1.2), step=1.0))
    sy = ey - between(r, 75, 95)
    sw = between(r, 40, 60)
    tilt = between(r, -0.1, 0.1)
    depth = between(r, 18, 26)
    smile = [(cx - sw + i * sw / 5, sy + tilt * (i - 5) * 8 - math.sin(math.pi * i / 10) * depth)
             for i in range(11)]
    out.append(pen(smile, 0.9 * w, rng(NAME, "smile", seed), kind="smile", unit=w,
                   taper=(1.2, 1.5), tip=(0.45, 0.45), ratio=(1.15, 1.35), step=1.2))
    return out


def motion(seed: int, w: float, guide: list) -> list[tuple[Path, Stroke]]:
    """Two short curved marks beside the waving hand."""
    r = rng(NAME, "motion", seed)
    hand = max(guide, key=lambda p: p[0])
    out = []
    for i, rad in enumerate(spread(r, 2, 45, 80)):
        c = (hand[0] - 20, hand[1] - 10)
        a0 = math.radians(between(r, -20, 0))
        a1 = math.radians(between(r, 50, 75))
        pts = [(c[0] + (rad + 35 * i) * math.cos(a0 + (a1 - a0) * t / 8),
                c[1] + (rad + 35 * i) * math.sin(a0 + (a1 - a0) * t / 8)) for t in range(9)]
        out.append(pen(pts, 0.75 * w, rng(NAME, f"motion:{i}", seed), kind="tick", unit=w,
                       taper=(1.2, 1.2), tip=(0.42, 0.4), ratio=(1.15, 1.3), step=1.2))
    return out
