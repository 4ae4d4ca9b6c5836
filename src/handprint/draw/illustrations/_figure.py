"""Parts of a doodled person (Open Peeps style): one anchor system, interchangeable parts.

A figure is drawn in its own frame, facing +x, feet (the crop) at y = 0, centred on x = 0;
`Figure.P` mirrors and moves a point into the drawing. Parts are added to layers, painted
in order: back (hair behind the head), body, head, front (hair, arms in front of the body);
arms that reach onto a neighbour go to the drawing's "over" layer, painted last.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from ..sketch import Path, Point, Stroke, arc_lengths, between, closed_shape, pen, rng, spline

NAME = "people"

# Monk Skin Tone scale (CC BY 4.0), eight of the ten. The three darkest sit too close to the
# #1E1E1E ink for a line to show, so they get a rim: a lighter band kept inside every ink line
# that bounds skin. On the two darkest, ink marks would vanish, so the face is drawn with a
# lighter brown pen (and the eyes get whites).
SKINS: dict[str, tuple[str, str | None]] = {
    "very-light": ("#F3E7DB", None),
    "light": ("#EADABA", None),
    "light-medium": ("#D7BD96", None),
    "medium": ("#A07E56", None),
    "medium-dark": ("#825C43", None),
    "dark": ("#604134", "#8C6B56"),
    "very-dark": ("#3A312A", "#8E7564"),
    "deepest": ("#292420", "#85705F"),
}
FACE_PEN = {"very-dark": "#B39680", "deepest": "#AD917C"}
HAIR_COLOURS = {"dark": "#2B2420", "brown": "#6E4A30", "blond": "#D9B566", "red": "#B3582E",
                "grey": "#BDB8B0"}
CLOTHES = {"plain": "paper", "tint": "tint", "gold": "accent", "blue": "#6E8FB5",
           "green": "#7FA37A", "rose": "#CF8C86"}
HAIRS = ("short", "long", "curly", "coily", "bun", "covered", "bald")
EXPRESSIONS = ("warm", "happy", "calm", "sad", "worried", "frustrated", "angry", "neutral")
POSES = ("standing", "reaching", "turned-away", "sitting", "talking", "hugging")


@dataclass
class Figure:
    """One person: the spec's choices, where it stands, and the parts drawn so far."""

    index: int
    seed: int
    w: float
    x0: float
    skin: str = "medium"
    hair: str = "short"
    hair_colour: str = "dark"
    expression: str = "neutral"
    pose: str = "standing"
    facing: str = "right"
    clothes: str = "blue"
    neighbour: Figure | None = None  # the one it faces, for reaching and hugging
    layers: dict[str, list] = field(default_factory=lambda: {
        "back": [], "body": [], "head": [], "front": [], "over": []})
    shoulder: float = 310.0  # height of the shoulder line
    tilt: float = 0.0  # head tilt, radians, + = chin up toward the facing side
    look: float = 0.25  # how far the face turns to the side: 0 front .. 1 profile
    detail: float = 1.0  # sampling step factor: a row of four is drawn smaller, so sparser

    @property
    def s(self) -> float:
        return 1.0 if self.facing == "right" else -1.0

    @property
    def head_c(self) -> Point:
        return (6.0 + 20 * (self.look - 0.25), self.shoulder + 178)

    def r(self, element: str):
        return rng(NAME, f"{self.index}:{element}", self.seed)

    def P(self, p: Point) -> Point:
        return (self.x0 + self.s * p[0], p[1])

    def H(self, p: Point) -> Point:
        """A head-frame point (relative to the head centre, tilted) in the drawing."""
        c, t = self.head_c, self.tilt
        ca, sa = math.cos(t), math.sin(t)
        return self.P((c[0] + p[0] * ca - p[1] * sa, c[1] + p[0] * sa + p[1] * ca))

    def local(self, p: Point) -> Point:
        """A drawing point back in this figure's frame."""
        return ((p[0] - self.x0) * self.s, p[1])

    # -- drawing helpers -------------------------------------------------------------

    def jitter(self, pts: list[Point], amount: float, element: str) -> list[Point]:
        r = self.r(f"jit:{element}")
        return [(x + between(r, -amount, amount), y + between(r, -amount, amount))
                for x, y in pts]

    def line(self, layer: str, pts: list[Point], element: str, k: float = 1.0,
             taper: tuple[float, float] = (1.6, 1.6), role: str = "ink",
             closed: bool = False, jit: float = 2.0, step: float | None = None,
             kind: str = "line") -> None:
        """A marker stroke through drawing points (wobbled a little, sampled smooth)."""
        pts = self.jitter(pts, jit, element)
        if closed:
            loop = spline(pts, 0.8 * self.w, closed=True)
            over = max(2, len(loop) // 40)
            poly = loop + loop[1:over]
        else:
            poly = spline(pts, 0.8 * self.w)
        width = k * self.w
        if closed:  # round ends that overlap: tapered ones leave a sliver where they meet
            taper = (0.0, 0.0)
        elif self.detail > 1:  # a row of three or four: pen down blunt, flicked off at the end
            taper = (0.0, taper[1] / self.detail)
        if step is None:  # long strokes sampled sparser: the outline's cubics stay smooth
            step = (4.2 if arc_lengths(poly)[-1] > 25 * self.w else 2.6) * self.detail
        path, stroke = pen(poly, width, self.r(f"pen:{element}"), kind=kind, unit=self.w,
                           taper=taper, tip=(0.35, 0.35), ratio=(1.2, 1.5), step=step,
                           role=role)
        self.layers[layer].append((path, stroke))

    def blob(self, layer: str, pts: list[Point], role: str, element: str, k: float = 1.0,
             jit: float = 1.5, rim: str | None = None, band: float = 0.95,
             pen_role: str = "ink", fill: bool = True, every: int = 5) -> list[Point]:
        """A closed outline and its fill along the very same curve (no paper between them).

        Returns the fill's guide points (for holes, e.g. a headscarf's face opening)."""
        pts = self.jitter(pts, jit, element)
        loop = spline(pts, 0.8 * self.w, closed=True)
        if self.detail > 1 and every >= 5:
            every += 2  # a row of three or four: broad curves need fewer points
        guide = loop[:-1:every]  # tight curves (a nose, a thumb) need every 3rd point
        if fill:
            if rim:
                self.layers[layer].append((closed_shape(guide, rim), None))
                self.layers[layer].append((closed_shape(inset(guide, band * self.w), role),
                                           None))
            else:
                self.layers[layer].append((closed_shape(guide, role), None))
        over = max(2, len(loop) // 40)
        step = (4.2 if arc_lengths(loop)[-1] > 25 * self.w else 2.6) * self.detail
        path, stroke = pen(loop + loop[1:over], k * self.w, self.r(f"pen:{element}"),
                           kind="outline", unit=self.w, taper=(0.0, 0.0), tip=(0.35, 0.35),
                           ratio=(1.2, 1.5), step=step, role=pen_role)
        self.layers[layer].append((path, stroke))
        return guide

    def fill(self, layer: str, pts: list[Point], role: str, element: str,
             rim: str | None = None, band: float = 0.95) -> None:
        pts = self.jitter(pts, 1.5, element)
        if rim:  # the shape in the rim colour, the skin inset inside it (band x w)
            self.layers[layer].append((closed_shape(pts, rim), None))
            pts = inset(pts, band * self.w)
        self.layers[layer].append((closed_shape(pts, role), None))

    def skin_fill(self, layer: str, pts: list[Point], element: str, rim: float = 0.95) -> None:
        fill, colour = SKINS[self.skin]
        self.fill(layer, pts, fill, element, colour, rim)

    @property
    def rim(self) -> str | None:
        return SKINS[self.skin][1]

    @property
    def face_pen(self) -> str:
        """The colour of the face's marks: ink, or a light brown on the darkest skin."""
        return FACE_PEN.get(self.skin, "ink")

    @property
    def cloth(self) -> str:
        return CLOTHES[self.clothes]


def inset(pts: list[Point], d: float) -> list[Point]:
    """A closed polygon moved inward by about d (guide points along their inward normal)."""
    n = len(pts)
    area = sum(pts[i][0] * pts[(i + 1) % n][1] - pts[(i + 1) % n][0] * pts[i][1]
               for i in range(n))
    sign = 1.0 if area > 0 else -1.0  # counter-clockwise: inward is to the left
    out = []
    for i in range(n):
        (ax, ay), (bx, by) = pts[i - 1], pts[(i + 1) % n]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy) or 1.0
        out.append((pts[i][0] - sign * dy / length * d, pts[i][1] + sign * dx / length * d))
    return out


def arc(c: Point, rx: float, ry: float, a0: float, a1: float, n: int) -> list[Point]:
    """Points on an ellipse from angle a0 to a1 (degrees)."""
    return [(c[0] + rx * math.cos(math.radians(a0 + (a1 - a0) * i / n)),
             c[1] + ry * math.sin(math.radians(a0 + (a1 - a0) * i / n))) for i in range(n + 1)]


def ink_paths(items: list) -> tuple[list[Path], list[Stroke]]:
    return [p for p, _ in items if p is not None], [s for _, s in items if s is not None]
