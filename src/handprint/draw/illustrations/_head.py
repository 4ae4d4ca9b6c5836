"""A doodled person's head: skull, ear, face (eyes, brows, mouth carry the expression), hair.

Head-frame points are relative to the head centre, facing +x; Figure.H places them.
"""

from __future__ import annotations

import math

from ..sketch import Path, Point, between, closed_shape
from ._figure import HAIR_COLOURS, SKINS, Figure, arc

RX, RY = 86.0, 102.0  # head radii

# brows: (inner end raised, arch); eyes; mouth: (shape, width, depth)
FACES: dict[str, tuple[tuple[float, float], str, tuple[str, float, float]]] = {
    "warm": ((5, 5), "smile", ("smile", 38, 12)),
    "happy": ((7, 6), "smile", ("open-smile", 44, 20)),
    "calm": ((0, 3), "closed", ("smile", 26, 6)),
    "sad": ((11, -1), "dot", ("frown", 32, 10)),
    "worried": ((15, 1), "dot", ("wavy", 34, 5)),
    "frustrated": ((-10, 0), "narrow", ("tight", 34, 9)),
    "angry": ((-17, 0), "dot", ("open-frown", 36, 15)),
    "neutral": ((0, 2), "dot", ("flat", 26, 0)),
}
SCARVES = {"dark": "#3F4E6B", "brown": "#8A5A44", "blond": "accent", "red": "#B3582E",
           "grey": "#8F9AA3"}


def profile(f: Figure) -> bool:
    return f.look >= 0.6


def skull(f: Figure) -> list[Point]:
    """Head outline guide (head frame), counter-clockwise from the front."""
    pts = []
    for i in range(12):
        a = math.radians(i * 30)
        x, y = RX * math.cos(a), RY * math.sin(a)
        if y < 0:  # the jaw narrows toward the chin, which sits a little forward
            x = x * (0.9 - 0.08 * math.sin(-a)) + 10 * f.look * math.sin(-a)
        pts.append((x, y))
    if profile(f):  # a nose on the front edge
        pts[-1:] = [(RX - 4, -40), (RX + 12, -16), (RX + 2, 6)]
        pts[0] = (RX - 2, 22)
    return pts


def draw_head(f: Figure) -> None:
    ear(f)
    pts = [f.H(p) for p in skull(f)]
    f.blob("head", pts, SKINS[f.skin][0], "head", rim=f.rim, every=3 if profile(f) else 5)
    face(f)


def ear(f: Figure) -> None:
    if f.hair == "covered" or f.detail > 1:  # hidden, or too small to matter in a row
        return
    if profile(f):
        c = (-12.0, -4.0)
        pts = [(c[0] + 10, c[1] + 18), (c[0] - 8, c[1] + 20), (c[0] - 14, c[1]),
               (c[0] - 4, c[1] - 18), (c[0] + 8, c[1] - 16)]
        f.line("head", [f.H(p) for p in pts], "ear", k=0.75, role=f.face_pen)
        return
    x = -RX + 6
    shape = [(x + 14, 22), (x - 12, 24), (x - 26, 0), (x - 12, -24), (x + 14, -24)]
    f.skin_fill("head", [f.H(p) for p in shape], "ear")
    f.line("head", [f.H(p) for p in shape[:-1] + [(x + 6, -22)]], "ear", k=0.9)


def face(f: Figure) -> None:
    (raise_, arch), eyes, (mouth, mw, md) = FACES[f.expression]
    r = f.r("face")
    fx = 46 * f.look + r.random() * 4
    ey = 6.0 + r.random() * 4
    gap = 30 * (1 - 0.35 * f.look)
    sides = (1,) if profile(f) else (-1, 1)
    for side in sides:
        ex = 46.0 if profile(f) else fx + side * gap
        eye(f, eyes, (ex, ey), side)
        # brow: from the outer end to the inner end, the inner end raised by raise_
        by = ey + (24 if raise_ < -12 else 30) + r.random() * 3
        outer, inner = (ex + side * 16, by + 0.3 * arch), (ex - side * 12, by + raise_)
        if profile(f):  # seen from the side: the brow's inner end is toward the nose
            outer, inner = (ex - 14, by + 0.3 * arch), (ex + 14, by + raise_)
        mid = ((outer[0] + inner[0]) / 2, (outer[1] + inner[1]) / 2 + arch)
        f.line("head", [f.H(p) for p in (outer, mid, inner)], f"brow:{side}", k=0.8,
               taper=(1.2, 0.8), jit=1.0, role=f.face_pen)
    if not profile(f) and f.detail == 1:
        nose = [(fx + 8, -4), (fx + 15, -20), (fx + 4, -26)]
        f.line("head", [f.H(p) for p in nose], "nose", k=0.7, taper=(1.0, 1.0), jit=1.0,
               role=f.face_pen)
    if f.pose == "talking":
        mouth = {"smile": "open-smile", "open-smile": "open-smile", "frown": "open-frown",
                 "tight": "open-frown", "open-frown": "open-frown"}.get(mouth, "o")
    mx = 56.0 if profile(f) else fx + 4
    if profile(f):
        mw *= 0.55
    if f.expression in ("frustrated", "angry"):
        steam(f)
    draw_mouth(f, mouth, (mx, -48.0), mw, md)


def steam(f: Figure) -> None:
    """Three short strokes flaring off the top of the head: the sketchnote sign for a temper."""
    r = f.r("steam")
    for i, a in enumerate((58.0, 78.0, 98.0)):
        a = math.radians(a + between(r, -6, 6))
        r0, r1 = RY + 36, RY + 72 + between(r, -6, 6)
        pts = [(r0 * math.cos(a) * 1.05, r0 * math.sin(a)),
               (r1 * math.cos(a) * 1.05 + 3, r1 * math.sin(a))]
        f.line("front", [f.H(p) for p in pts], f"steam:{i}", k=0.9, taper=(0.8, 1.4),
               jit=1.0)


def eye(f: Figure, kind: str, c: Point, side: int) -> None:
    x, y = c
    if kind == "dot":
        pts = [(x, y - 7), (x + 1, y + 7)]
        f.line("head", [f.H(p) for p in pts], f"eye:{side}", k=1.6, taper=(0.4, 0.4),
               jit=0.8, step=1.0, role=f.face_pen)
        return
    if kind == "smile":  # happy eyes: a small arch
        pts = [(x - 11, y - 3), (x, y + 6), (x + 11, y - 3)]
    elif kind == "closed":  # at rest: a lid curving down
        pts = [(x - 11, y + 3), (x, y - 5), (x + 11, y + 3)]
    else:  # narrowed: a short flat dash, tipped down at the inner end
        pts = [(x + side * 11, y + 2), (x, y), (x - side * 10, y - 3)]
    f.line("head", [f.H(p) for p in pts], f"eye:{side}", k=0.85, taper=(0.8, 0.8), jit=0.8,
           role=f.face_pen)


def draw_mouth(f: Figure, kind: str, c: Point, mw: float, md: float) -> None:
    x, y = c
    h = mw / 2
    if kind in ("open-smile", "open-frown", "o"):
        if kind == "o":
            pts = arc((x, y), 9, 12, 0, 330, 11)
        elif kind == "open-smile":
            pts = [(x - h, y + 4), (x, y + 6), (x + h, y + 4), (x + 0.5 * h, y - md * 0.8),
                   (x - 0.1 * h, y - md), (x - 0.6 * h, y - md * 0.7)]
        else:
            pts = [(x - h * 0.9, y - 6), (x - 0.5 * h, y + md * 0.6), (x, y + md * 0.8),
                   (x + 0.5 * h, y + md * 0.6), (x + h * 0.9, y - 6), (x, y - 4)]
        hpts = [f.H(p) for p in pts]
        f.blob("head", hpts, "ink", "mouth", k=0.6, jit=0.6, pen_role=f.face_pen)
        return
    t = [i / 6 for i in range(7)]
    if kind == "smile":
        pts = [(x - h + mw * u, y + md * 0.25 - md * math.sin(math.pi * u)) for u in t]
    elif kind == "frown":
        pts = [(x - h + mw * u, y - md * 0.6 + md * math.sin(math.pi * u)) for u in t]
    elif kind == "wavy":
        pts = [(x - h + mw * u, y + md * math.sin(3 * math.pi * u)) for u in t]
    elif kind == "tight":  # pressed flat, one corner pulled down
        pts = [(x - h + mw * u, y + 2 - md * max(0.0, u - 0.55) ** 2 * 5) for u in t]
        pts = [(x - h - 4, y - 3), *pts]
    else:
        pts = [(x - h + mw * u, y + 1.5 * math.sin(math.pi * u)) for u in t]
    f.line("head", [f.H(p) for p in pts], "mouth", k=0.85, taper=(1.0, 1.0), jit=0.8,
           role=f.face_pen)


# -- hair ---------------------------------------------------------------------------------


def bumpy(c: Point, rx: float, ry: float, a0: float, a1: float, bumps: int, depth: float,
          phase: float) -> list[Point]:
    """Points along an elliptic arc, scalloped into `bumps` curls."""
    out = []
    n = bumps * 2
    for i in range(n + 1):
        a = math.radians(a0 + (a1 - a0) * i / n)
        k = 1 + (depth if i % 2 else 0) + 0.02 * math.sin(3 * a + phase)
        out.append((c[0] + rx * k * math.cos(a), c[1] + ry * k * math.sin(a)))
    return out


def hair_back(f: Figure) -> None:
    colour = HAIR_COLOURS[f.hair_colour]
    r = f.r("hair")
    pts: list[Point] = []
    if f.hair == "long" and f.pose != "turned-away":
        pts = [*arc((0, 8), RX + 14, RY + 12, 20, 160, 6), (-RX - 30, -90),
               (-RX - 40, -200 + 10 * r.random()), (-40, -215), (60, -212), (RX + 28, -190),
               (RX + 16, -80)]
    elif f.hair == "curly":
        pts = bumpy((0, 4), RX + 24, RY + 16, 10, 200, 6, 0.1, r.random() * 6)
        pts += [(-RX - 10, -50), (-RX + 20, -70), (RX - 10, -40)]
    elif f.hair == "coily":
        pts = bumpy((-8, 30), RX * 1.5, RY * 1.25, -40, 220, 9, 0.07, r.random() * 6)
    elif f.hair == "bun":
        pts = arc((-36, RY + 14), 38, 34, 0, 330, 10)
    if pts:
        hpts = [f.H(p) for p in pts]
        f.blob("back", hpts, colour, "hair-back", jit=2.5)


def hair_front(f: Figure) -> None:
    colour = HAIR_COLOURS[f.hair_colour]
    r = f.r("hair-front")
    turn = 30 * f.look  # the parting and hairline move toward the facing side
    if f.hair == "bald":
        f.line("front", [f.H(p) for p in [(-30, RY - 18), (-10, RY - 10)]], "shine", k=0.6,
               role="paper", taper=(1.0, 1.0), jit=0.5)
        return
    if f.hair == "covered":
        scarf(f)
        return
    if f.hair == "coily":
        top = bumpy((0, 6), RX + 6, RY + 6, 25, 165, 5, 0.05, r.random() * 6)
        line = [(-RX + 8, 40), (-40 + turn, 62), (10 + turn, 66), (RX - 14, 46)]
        pts = top + line
    elif f.hair == "curly":
        top = bumpy((0, 6), RX + 22, RY + 16, 12, 195, 6, 0.1, r.random() * 6)
        line = [(-RX - 6, -10), (-RX + 20, 20), (-30 + turn, 50), (10 + turn, 38),
                (40 + turn, 58), (RX - 8, 24)]
        pts = top + [(float(x), float(y)) for x, y in line]
    else:
        vol = 10 if f.hair in ("short", "bun") else 16
        top = arc((0, 6), RX + vol, RY + vol, 30, 200, 8)
        fringe = [(-RX + 4, -26), (-RX + 22, 36), (-30 + turn, 62 + 6 * r.random()),
                  (20 + turn, 58), (RX * 0.86 + 2, 56)]
        if f.hair == "long" and f.pose == "turned-away":  # falling down the back
            top = arc((0, 6), RX + 16, RY + 14, 30, 210, 8)
            fringe = [(-RX - 40, -150), (-RX - 52, -290), (-46, -300), (-34, -160),
                      (-26, -40), (-8, 34), (20, 64), (RX - 12, 58)]
        elif f.hair == "long":  # framing the face on the far side too
            fringe = [(-RX - 18, -110), (-RX + 10, -96), (-RX + 18, 20),
                      (-30 + turn, 62), (20 + turn, 58), (RX - 8, 48)]
        pts = top + fringe
    hpts = [f.H(p) for p in pts]
    f.blob("front", hpts, colour, "hair")


def scarf(f: Figure) -> None:
    """A headscarf: it covers the head and falls over the shoulders, leaving the face."""
    colour = SCARVES[f.hair_colour]
    fx = 46 * f.look
    outer = [*arc((0, 10), RX + 20, RY + 18, -10, 190, 8), (-RX - 36, -90), (-RX - 70, -190),
             (-RX - 60, -240), (0, -262), (RX + 40, -238), (RX + 44, -150), (RX + 20, -80)]
    hole = [(0.3 * fx + 0.8 * x, -6 + 0.84 * y) for x, y in skull(f)][::-1]
    layer = f.layers["front"]
    at = len(layer)
    po = f.blob("front", [f.H(p) for p in outer], colour, "scarf", jit=2.0, fill=False)
    ph = f.blob("front", [f.H(p) for p in hole], colour, "scarf-face", k=0.85, jit=1.0,
                fill=False)
    ring = closed_shape(po, colour).ops + closed_shape(ph, colour).ops
    layer.insert(at, (Path(ring, colour), None))  # the cloth under both outlines
