"""mended-heart: a heart with a crack mended in gold, and a few stitches (kintsugi)."""

from __future__ import annotations

import math

from ..sketch import Drawing, arc_lengths, between, closed_shape, pen, point_at, rng, spline
from ._parts import finish, line, mark
from .base import Option, direction, stroke_width

NAME = "mended-heart"
ALIASES = ("heart",)
MEANING = ("A heart mended with a gold seam: hurt that has been repaired, and is no less "
           "precious for the scar.")
ALT = "A heart with a crack down the middle, mended with a gold seam and a few stitches."
OPTIONS = {
    "stitches": Option(3, "stitches across the gold seam", 0, 6),
    "shade": Option(False, "a light wash inside the heart"),
}
BOX = (800.0, 760.0)
BW = 12.0


def halves(seed: int) -> tuple[list, list]:
    """Left and right halves of the heart, each from the top notch to the bottom tip."""
    r = rng(NAME, "shape", seed)
    s = between(r, 20, 22)
    cx, cy = 400 + between(r, -8, 8), 420
    lean = between(r, -0.05, 0.05)
    fat = (between(r, 0.96, 1.06), between(r, 0.96, 1.06))
    out = []
    for k, sign in enumerate((-1, 1)):
        pts = []
        for i in range(19):
            t = sign * math.pi * (0.02 + 0.98 * i / 18)
            x = 16 * math.sin(t) ** 3 * fat[k]
            y = 13 * math.cos(t) - 5 * math.cos(2 * t) - 2 * math.cos(3 * t) - math.cos(4 * t)
            pts.append((cx + s * (x + lean * y), cy + s * y))
        out.append(pts)
    return out[0], out[1]


def draw(seed: int, weight: float = 1.0, stitches: int = 3, shade: bool = False) -> Drawing:
    w = stroke_width(weight, BW)
    left, right = halves(seed)
    items: list = [(closed_shape(left + right[::-1][1:-1], "tint" if shade else "paper"), None)]
    for k, half in enumerate((left, right)):
        pts = list(half)
        a, b = pts[-2], pts[-1]  # cross a little at the tip, like a drawn heart
        pts.append((b[0] + 0.15 * (b[0] - a[0]), b[1] + 0.15 * (b[1] - a[1])))
        items.append(line(pts, w, rng(NAME, f"pen:{k}", seed), kind="edge",
                          taper=(1.2, 1.8), tip=(0.5, 0.4)))
    # the crack: from the notch, zigzagging down to the tip
    r = rng(NAME, "crack", seed)
    top, tip = left[0], left[-1]
    n = 5 if r.random() < 0.5 else 6
    guide = [(top[0], top[1] - 0.2 * w)]
    sign = 1 if r.random() < 0.5 else -1
    for i in range(1, n):
        t = i / n
        guide.append((top[0] + (tip[0] - top[0]) * t + sign * between(r, 30, 48),
                      top[1] + (tip[1] - top[1]) * t + between(r, -10, 10)))
        sign = -sign
    guide.append((tip[0], tip[1] + 0.3 * w))
    seam = spline(guide, 0.4 * w)
    items.append(pen(seam, 1.9 * w, rng(NAME, "seam", seed), kind="seam", role="accent",
                     unit=w, taper=(1.5, 1.0), tip=(0.5, 0.6), ratio=(1.2, 1.45), step=1.4))
    cum = arc_lengths(seam)
    rs = rng(NAME, "stitches", seed)
    for i in range(stitches):
        at = cum[-1] * (0.12 + 0.76 * (i + between(rs, 0.3, 0.7)) / stitches)
        c = point_at(seam, cum, at)
        d = direction(seam, cum, at, 1.5 * w)
        a = math.atan2(d[1], d[0]) + math.pi / 2 + math.radians(between(rs, -14, 14))
        reach = between(rs, 1.8, 2.3) * w
        ends = [(c[0] - reach * math.cos(a), c[1] - reach * math.sin(a)),
                (c[0] + reach * math.cos(a), c[1] + reach * math.sin(a))]
        mid = ((ends[0][0] + ends[1][0]) / 2 + between(rs, -0.2, 0.2) * w,
               (ends[0][1] + ends[1][1]) / 2 + between(rs, -0.2, 0.2) * w)
        items.append(mark([ends[0], mid, ends[1]], 0.75 * w, rng(NAME, f"stitch:{i}", seed),
                          kind="stitch"))
    return finish(items, BOX, w, {"stitches": stitches})
