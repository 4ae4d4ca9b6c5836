"""Shared sizes and helpers for the illustrations."""

from __future__ import annotations

import math
import random
from typing import NamedTuple

from ..sketch import Point, between, point_at


class Option(NamedTuple):
    """One option of a drawing, as a spec writes it: `strands: 5` under the illustration.

    The type is the default's (bool, int, float or str). Numbers may have a range; text
    has its choices. `doc` says what it changes, for the reference.
    """

    default: bool | int | float | str | tuple[dict[str, str], ...]
    doc: str
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()
    each: tuple[tuple[str, Option], ...] = ()  # a list of mappings (figures: [{...}, ...])

WIDE = (1000.0, 250.0)  # canonical box of the wide line drawings (4:1)
U = 11.0  # layout unit: wobble amplitudes, offsets and sizes that do not follow the pen
W1 = 14.0  # nominal stroke width at weight 1 (W/71): a marker, read from across a room
MARGIN = 6.0


def stroke_width(weight: float, base: float = W1) -> float:
    """Nominal pen width for a weight: linear up to 1.4, then softened.

    A 4:1 box cannot hold a 3x marker cleanly (loops fill in, frays merge), so past 1.4
    the width grows at 60% of the rate: 0.5 -> 0.5, 1 -> 1, 2 -> 1.76, 3 -> 2.36 (x base).
    Geometry that has to stay open is laid out in units of this width, so heavy weights
    also get more room (and fit() shrinks the whole drawing back into the box).
    """
    eff = weight if weight <= 1.4 else 1.4 + 0.6 * (weight - 1.4)
    return base * eff


def heading_poly(
    start: Point, angle: float, length: float, bend: float, n: int = 10
) -> list[Point]:
    """A short curved mark: heading turns by `bend` radians over its length."""
    x, y = start
    pts = [start]
    ds = length / n
    for i in range(n):
        a = angle + bend * ((i + 0.5) / n) ** 1.4
        x += ds * math.cos(a)
        y += ds * math.sin(a)
        pts.append((x, y))
    return pts


def bowed(
    a: Point, b: Point, r: random.Random, bow: tuple[float, float], n: int = 8
) -> list[Point]:
    """A slightly bowed segment a-b (bow as a fraction of its length, signed at random)."""
    sign = 1 if r.random() < 0.5 else -1
    k = sign * between(r, *bow)
    nx, ny = -(b[1] - a[1]), b[0] - a[0]
    skew = between(r, -0.15, 0.15)
    pts = []
    for i in range(n + 1):
        t = i / n
        off = 4 * t * (1 - t) * k * (1 + skew * (t - 0.5) * 4)
        pts.append((a[0] + (b[0] - a[0]) * t + nx * off, a[1] + (b[1] - a[1]) * t + ny * off))
    return pts


def direction(poly: list[Point], cum: list[float], s: float, h: float) -> Point:
    a = point_at(poly, cum, s - h)
    b = point_at(poly, cum, s + h)
    d = math.hypot(b[0] - a[0], b[1] - a[1]) or 1.0
    return ((b[0] - a[0]) / d, (b[1] - a[1]) / d)


def room(w: float) -> float:
    """How much longer to lay a drawing out for a heavy pen (fit() shrinks it back).

    Marks sized in w (strands, stitches, bursts) then keep their proportions to the
    line, while the line still gets visibly heavier with the weight.
    """
    return max(1.0, w / W1) ** 0.35
