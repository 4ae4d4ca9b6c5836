"""puzzle: jigsaw pieces fitting together, the last one just apart, about to slot in."""

from __future__ import annotations

import math

from ..sketch import Drawing, Point, between, spline
from ._kit import Sheet
from .base import Option, stroke_width

NAME = "puzzle"
ALIASES = ("jigsaw",)
MEANING = ("Jigsaw pieces fitting together: different parts that belong together, "
           "and the piece that makes things click.")
ALT = "Three jigsaw pieces: two fitted together and a third about to slot in."
OPTIONS = {
    "pieces": Option(3, "how many pieces (2 or 3)", 2, 3),
    "gap": Option(True, "the last piece just apart, about to fit (false: all fitted)"),
}
BOX = (1000.0, 460.0)
PW = 14.0
S = 250.0  # side of a piece
# the knob, along the edge (t) and out from it (h), both in sides: a neck, then a round head
KNOB = [(0.36, 0.0), (0.42, 0.07), (0.37, 0.16), (0.41, 0.26), (0.5, 0.3), (0.59, 0.26),
        (0.63, 0.16), (0.58, 0.07), (0.64, 0.0)]


def edge(sheet: Sheet, a: Point, b: Point, sign: int, key: str) -> list[Point]:
    """A piece's edge a -> b; sign +1 puts the knob on the left of the way, -1 right."""
    r = sheet.rng(f"edge:{key}")
    length = math.dist(a, b)
    ux, uy = (b[0] - a[0]) / length, (b[1] - a[1]) / length
    shift, size = between(r, -0.04, 0.04), between(r, 0.9, 1.08)
    lean = between(r, -0.04, 0.04)
    guide = [(0.0, 0.0), (0.2, between(r, -0.012, 0.012))]
    guide += [(0.5 + shift + (t - 0.5) * size + lean * h, h * size) for t, h in KNOB]
    guide += [(0.8, between(r, -0.012, 0.012)), (1.0, 0.0)]
    if not sign:
        guide = [guide[0], guide[1], (0.5, between(r, -0.012, 0.012)), guide[-2], guide[-1]]
    pts = [(a[0] + length * (t * ux - sign * h * uy), a[1] + length * (t * uy + sign * h * ux))
           for t, h in guide]
    return spline(pts, 1.1 * max(sheet.w, PW))  # a light pen keeps the detail


def draw(seed: int, weight: float = 1.0, pieces: int = 3, gap: bool = True) -> Drawing:
    w = stroke_width(weight, PW)
    sheet = Sheet(NAME, seed, w, BOX)
    r = sheet.rng("shape")
    fitted = pieces - 1 if gap else pieces
    x0, y0 = 60.0, 150.0

    def sign() -> int:
        return 1 if r.random() < 0.5 else -1

    tops, bottoms = [sign() for _ in range(pieces)], [sign() for _ in range(pieces)]
    seams = [sign() for _ in range(pieces - 1)]
    if gap:
        seams[-1] = 1  # the loose piece's knob points back into the fitted ones
    left_sign, right_sign = sign(), sign()
    corner = [(x0 + i * S, y0 + between(r, -4, 4)) for i in range(pieces + 1)]
    upper = [(x0 + i * S, y0 + S + between(r, -4, 4)) for i in range(pieces + 1)]

    def outline(i: int) -> list[list[Point]]:
        """Piece i's four edges, anticlockwise from its bottom-left corner."""
        bottom = edge(sheet, corner[i], corner[i + 1], bottoms[i], f"bottom:{i}")
        if i < pieces - 1:
            right = edge(sheet, corner[i + 1], upper[i + 1], seams[i], f"seam:{i}")
        else:
            right = edge(sheet, corner[i + 1], upper[i + 1], -right_sign, "right")
        top = edge(sheet, upper[i], upper[i + 1], tops[i], f"top:{i}")
        if i:
            left = edge(sheet, corner[i], upper[i], seams[i - 1], f"seam:{i - 1}")
        else:
            left = edge(sheet, corner[0], upper[0], left_sign, "left")
        return [bottom, right, top[::-1], left[::-1]]

    roles = ["tint", "paper", "tint"]
    edges = [outline(i) for i in range(pieces)]
    if gap:  # the loose piece: nudged away, up and turned a little
        dx, dy = S * 0.33 + between(r, 2.8, 3.4) * w, between(r, 0.05, 0.09) * S
        turn = math.radians(between(r, -7, -4))
        c = (x0 + (pieces - 0.5) * S, y0 + S / 2)
        edges[-1] = [[_moved(p, c, dx, dy, turn) for p in e] for e in edges[-1]]
        roles[pieces - 1] = "accent"
    for i, sides in enumerate(edges):
        ring = [p for e in sides for p in e[:-1]]
        sheet.fill(ring[::max(1, round(len(ring) / 70))], roles[i])
    # the fitted group's outline: one stroke round the outside, corners as pen ends
    outside = ([edges[i][0] for i in range(fitted)] + [edges[fitted - 1][1]]
               + [edges[i][2] for i in reversed(range(fitted))] + [edges[0][3]])
    corners_at = {0, fitted, fitted + 1, 2 * fitted + 1}
    _ring(sheet, outside, corners_at, "group")
    for i in range(fitted - 1):
        sheet.stroke(edges[i][1], f"seam:{i}", kind="seam", width=0.9, taper=(0.6, 0.6),
                     tip=(0.45, 0.45), step=1.4)
    if gap:
        _ring(sheet, edges[-1], {0, 1, 2, 3}, "loose")
        _motion(sheet, edges[-1], w)
    return sheet.done({"pieces": pieces, "gap": gap, "fitted": fitted})


def _moved(p: Point, c: Point, dx: float, dy: float, turn: float) -> Point:
    x, y = p[0] - c[0], p[1] - c[1]
    ct, st = math.cos(turn), math.sin(turn)
    return (c[0] + dx + x * ct - y * st, c[1] + dy + x * st + y * ct)


def _ring(sheet: Sheet, parts: list[list[Point]], corners: set[int], key: str) -> None:
    """One closed stroke through the edges; at `corners` (edge indices) the pen turns sharply,
    so the stroke is outlined piece by piece there. It runs on over its start a little."""
    poly: list[Point] = [parts[0][0]]
    marks = [0]
    for k, part in enumerate(parts):
        if k in corners and k:
            marks.append(len(poly) - 1)
        poly += part[1:]
    poly += parts[0][1:max(2, len(parts[0]) // 8)]
    marks.append(len(poly) - 1)
    sheet.joined(poly, marks, key, kind="piece", taper=(0.6, 0.6), tip=(0.4, 0.4), step=1.2)


def _motion(sheet: Sheet, sides: list[list[Point]], w: float) -> None:
    """Two or three short lines behind the loose piece: it is moving in."""
    r = sheet.rng("motion")
    right = sides[1]
    x = max(p[0] for p in right) + between(r, 2.0, 2.6) * w
    ys = [p[1] for p in right]
    lo, hi = min(ys), max(ys)
    n = 3 if r.random() < 0.6 else 2
    for k in range(n):
        y = lo + (hi - lo) * (k + 1) / (n + 1) + between(r, -0.6, 0.6) * w
        length = between(r, 4.0, 6.5) * w
        start = x + between(r, 0.0, 1.5) * w
        pts = [(start + length * t / 6, y + 0.25 * w * math.sin(math.pi * t / 6 + k))
               for t in range(7)]
        sheet.stroke(pts, f"motion:{k}", kind="motion", width=0.8, taper=(1.0, 1.6),
                     tip=(0.5, 0.35))
