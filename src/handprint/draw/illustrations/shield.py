"""shield: a boundary, as a shield, or as a wobbly circle drawn round a dot (you)."""

from __future__ import annotations

from ..sketch import Drawing, Path, between, closed_shape, rng, wave
from ._parts import finish, line, loop, wobble_circle
from .base import Option, stroke_width

NAME = "shield"
ALIASES = ("boundary",)
MEANING = ("A boundary: a shield that protects what matters, or a line drawn round you "
           "that says where you end and others begin.")
ALT = "A simple shield shape with a border inside it."
OPTIONS = {
    "style": Option("shield", "a shield, or a wobbly circle boundary round a dot",
                    choices=("shield", "circle")),
    "border": Option(True, "a second line just inside the shield (shield only)"),
    "shade": Option(False, "a light wash inside"),
}
BOX = (760.0, 800.0)
BW = 12.0


def outline(seed: int, inset: float = 0.0) -> tuple[list, list]:
    """The shield's left and right halves, each from the top middle down to the point."""
    r = rng(NAME, "outline", seed)
    cx = 380 + between(r, -8, 8)
    top, bottom = between(r, 700, 720), between(r, 70, 90)
    half = between(r, 280, 300)
    dip = between(r, 18, 30)  # the top edge sags a little in the middle
    shoulder = between(r, 0.3, 0.4)
    halves = []
    for side in (-1, 1):
        pts = [(cx + side * half * t, top - dip * (1 - t) ** 2) for t in (0.0, 0.3, 0.6, 0.9)]
        # the corner, down the side and round to the point
        for i in range(13):
            t = i / 12
            y = top - (top - bottom) * t
            x = cx + side * half * (1 - max(0.0, (t - shoulder) / (1 - shoulder)) ** 1.7)
            pts.append((x, y))
        # inset toward the middle (for the border)
        if inset:
            pts = [(cx + (x - cx) * (1 - inset / half), bottom + (y - bottom) * (1 - inset / 330))
                   for x, y in pts]
            pts = [(x, y + inset * 0.7) for x, y in pts]
        halves.append(pts)
    return halves[0], halves[1]


def draw(seed: int, weight: float = 1.0, style: str = "shield", border: bool = True,
         shade: bool = False) -> Drawing:
    w = stroke_width(weight, BW)
    items: list = []
    if style == "circle":
        r = rng(NAME, "circle", seed)
        ring = wobble_circle((380, 400), between(r, 270, 300), r, 14, 0.07)
        if shade:
            items.append((closed_shape(ring, "tint"), None))
        items.append(loop(ring, w, rng(NAME, "pen:circle", seed), kind="boundary"))
        dot = wobble_circle((380 + between(r, -15, 15), 400 + between(r, -15, 15)),
                            between(r, 30, 38) + 0.5 * w, r, 8, 0.08)
        items.append((closed_shape(dot, "ink"), None))
        return finish(items, BOX, w, {"style": style})
    left, right = outline(seed)
    if shade:
        items.append((closed_shape(left[:-1] + right[::-1][1:-1], "tint"), None))
    r = rng(NAME, "pen", seed)
    over = between(r, 0.02, 0.05)
    for k, half in enumerate((left, right)):
        pts = list(half)
        # the halves overlap at the top and cross a little at the point, like a drawn shape
        a, b = pts[-2], pts[-1]
        pts[-1] = (b[0] + over * 3 * (b[0] - a[0]), b[1] + over * 3 * (b[1] - a[1]))
        if k == 1:
            pts[0] = (pts[0][0] - 0.8 * w, pts[0][1])
        items.append(line(pts, w, rng(NAME, f"pen:{k}", seed), kind="edge",
                          taper=(1.5, 2.0), tip=(0.45, 0.4)))
    if border:
        inner = outline(seed, inset=between(r, 2.6, 3.2) * w + 30)
        wv = wave(r)
        ring = inner[0][::-1] + inner[1][1:-1]
        ring = [(x + 0.15 * w * wv(i / len(ring)), y) for i, (x, y) in enumerate(ring)]
        items.append(line(ring + [ring[0]], 0.75 * w, rng(NAME, "pen:border", seed),
                          kind="border", unit=w, taper=(2.0, 2.0)))
    return finish(items, BOX, w, {"style": style, "paths": len([p for p in items
                                                               if isinstance(p[0], Path)])})
