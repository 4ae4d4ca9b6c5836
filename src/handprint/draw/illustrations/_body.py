"""A doodled person's body: neck, torso in clothes, and the arms of each pose.

Local points (figure frame, facing +x, crop at y = 0); Figure.P places them.
"""

from __future__ import annotations

import math

from ..sketch import Point, closed_shape
from ._figure import SKINS, Figure


def draw_body(f: Figure) -> None:
    sh = f.shoulder
    P = f.P
    away = f.pose == "turned-away"
    neck = [(-24, sh + 96), (-26, sh + 20), (0, sh - 6), (26, sh + 20), (24, sh + 96)]
    if away:
        neck = [(-34, sh + 96), (-38, sh + 10), (26, sh + 10), (24, sh + 96)]
    f.skin_fill("body", [P(p) for p in neck], "neck")
    hip = HIP if f.pose == "sitting" else 0.0

    def y(frac: float) -> float:  # a height on the torso: 0 at the crop/hip, 1 at the shoulder
        return hip + (sh - hip) * frac

    if away:  # seen from behind: the back rounds toward the other side, shoulders up
        left = [(-30, sh + 40), (-104, sh + 26), (-158, y(0.95)), (-180, y(0.65)),
                (-176, y(0.25)), (-172, hip - 2)]
        right = [(36, sh + 30), (100, y(0.98)), (140, y(0.8)), (152, y(0.45)), (150, hip - 2)]
    else:
        left = [(-37, sh + 32), (-98, sh + 12), (-150, y(0.93)), (-170, y(0.7)),
                (-176, y(0.35)), (-180, hip - 2)]
        right = [(38, sh + 31), (98, sh + 12), (150, y(0.93)), (168, y(0.7)),
                 (174, y(0.35)), (178, hip - 2)]
    if f.pose == "sitting":
        chair(f)
    xl, xr = left[-1][0] + 0.5, right[-1][0] - 0.5  # the crop: a flat edge, lines to lines
    cut = [(xl, hip), (xl * 0.5 + xr * 0.5, hip - 1.0), (xr, hip)]
    f.fill("body", [P(p) for p in [*left[:-1], (xl, hip + 30), *cut, (xr, hip + 30),
                                    *right[-2::-1]]], f.cloth, "torso")
    f.line("body", [P(p) for p in left], "side:0", taper=(1.5, 0.0))  # cut off by the crop
    f.line("body", [P(p) for p in right], "side:1", taper=(1.5, 0.0))
    if away:
        f.line("body", [P(p) for p in [(-38, sh + 90), (-38, sh + 36)]], "neck:0", k=0.9)
        f.line("body", [P(p) for p in [(-60, sh - 70), (-40, sh - 130), (-46, sh - 200)]],
               "back", k=0.7, taper=(2.0, 2.0))
    else:
        for k, side in enumerate((-1, 1)):
            f.line("body", [P((side * 28, sh + 90)), P((side * 30, sh + 24))], f"neck:{k}",
                   k=0.9, taper=(1.5, 0.0), jit=1.0)
        f.line("body", [P(p) for p in [(-37, sh + 32), (-16, sh - 2), (18, sh - 4),
                                        (38, sh + 31)]], "collar", k=0.9, taper=(0.0, 0.0),
               jit=0.5)
    arms(f)


def arms(f: Figure) -> None:
    sh = f.shoulder
    P = f.P
    pose = f.pose
    n = f.neighbour
    if f.detail > 1 and pose != "standing":
        pass  # a row of three or four: the hanging arm's line is left out
    elif pose in ("standing", "talking", "reaching") or (pose == "hugging" and n):
        # the far arm hangs at the side: one line for its inner edge
        f.line("body", [P(p) for p in [(-132, sh - 78), (-140, sh - 200), (-146, 8)]],
               "arm:back", k=0.85, taper=(2.0, 3.0))
    if pose == "standing":
        f.line("body", [P(p) for p in [(130, sh - 80), (140, sh - 200), (146, 8)]],
               "arm:front", k=0.85, taper=(2.0, 3.0))
    elif pose == "talking":  # forearm up, open hand raised beside the face
        sleeve(f, "body", [(150, sh - 150), (196, sh - 120), (226, sh - 40)], 30, 24)
        hand(f, "body", (228, sh - 36), math.radians(84), "open")
    elif pose == "reaching":
        if n:  # the hand rests on the neighbour's near shoulder
            tx = n.x0 + (f.x0 - n.x0) / abs(f.x0 - n.x0 or 1) * 108
            target = f.local((tx, n.shoulder + 14))
            start = (112, sh - 40)
            ang = math.atan2(target[1] - start[1], target[0] - start[0])
            wrist = (target[0] - 30 * math.cos(ang), target[1] - 30 * math.sin(ang))
            mid = ((start[0] + wrist[0]) / 2, (start[1] + wrist[1]) / 2 + 10)
            sleeve(f, "over", [start, mid, wrist], 31, 25)
            hand(f, "over", wrist, ang, "rest")
        else:  # offered: arm out, palm up
            sleeve(f, "front", [(132, sh - 36), (230, sh - 56), (300, sh - 60)], 31, 25)
            hand(f, "front", (300, sh - 60), 0.0, "open-up")
    elif pose == "hugging":
        if n and n.pose == "hugging" and n.neighbour is f and n.index < f.index:
            pass  # the other's arm is round these shoulders; this one is behind them
        elif n:  # an arm round the neighbour's shoulders, hand on the far one
            far = n.x0 + (n.x0 - f.x0) / abs(n.x0 - f.x0 or 1) * 104
            target = f.local((far, n.shoulder + 8))
            start = (112, sh - 40)
            wrist = (target[0] - 26, target[1] + 4)
            mid = ((start[0] + wrist[0]) / 2, max(start[1], wrist[1]) + 26)
            sleeve(f, "over", [start, mid, wrist], 31, 25)
            hand(f, "over", wrist, math.radians(-15), "rest")
        else:  # holding oneself: forearms crossed, hands on the upper arms
            sleeve(f, "front", [(-150, sh - 190), (-40, sh - 160), (96, sh - 96)], 30, 24)
            hand(f, "front", (100, sh - 92), math.radians(40), "rest")
            sleeve(f, "front", [(152, sh - 200), (30, sh - 180), (-92, sh - 110)], 30, 24)
            hand(f, "front", (-96, sh - 104), math.radians(150), "rest")
    elif pose == "turned-away":  # arms folded in front: the near elbow juts out
        f.line("body", [P(p) for p in [(-136, sh - 96), (-148, sh - 210), (-150, 8)]],
               "arm:back", k=0.85, taper=(2.0, 3.0))
        f.line("body", [P(p) for p in [(112, sh - 90), (124, sh - 180), (128, 8)]],
               "arm:front", k=0.85, taper=(2.0, 3.0))
    elif pose == "sitting":  # on a chair: thigh forward, hand resting on the knee
        f.line("body", [P(p) for p in [(-132, sh - 70), (-140, y_at(f, 0.4)), (-146, HIP + 14)]],
               "arm:back", k=0.85, taper=(2.0, 3.0))
        lap(f)
        sleeve(f, "front", [(132, sh - 36), (156, HIP + 70), (236, HIP + 84)], 30, 24)
        hand(f, "front", (240, HIP + 82), math.radians(-6), "rest")


HIP = 110.0  # the seat, for a sitting figure
TROUSERS = "#5E6472"


def y_at(f: Figure, frac: float) -> float:
    return HIP + (f.shoulder - HIP) * frac


def lap(f: Figure) -> None:
    """Thighs forward along the seat, shins down to the crop."""
    top = [(40, HIP + 62), (200, HIP + 62), (300, HIP + 58), (344, HIP + 34), (346, HIP - 6),
           (340, -2)]
    under = [(280, -2), (282, HIP - 40), (266, HIP - 6), (40, HIP - 8)]
    shape = [*top[:-1], (336, 0), (286, 0), *under[1:]]
    f.fill("body", [f.P(p) for p in shape], TROUSERS, "lap")
    f.line("body", [f.P(p) for p in top], "lap", taper=(1.0, 2.5))
    f.line("body", [f.P(p) for p in under], "shin", k=0.9, taper=(2.5, 1.5))


def chair(f: Figure) -> None:
    """A plain chair: back rest behind the person, seat, two legs to the crop."""
    P = f.P
    f.line("body", [P(p) for p in [(-206, -2), (-202, HIP + 40), (-212, f.shoulder - 40),
                                    (-184, f.shoulder - 20)]], "chair:back", k=0.9,
           taper=(1.5, 1.0))
    f.line("body", [P(p) for p in [(-214, HIP - 14), (40, HIP - 18), (268, HIP - 22)]],
           "chair:seat", k=0.9, taper=(1.5, 1.5))
    if f.detail == 1:  # in a row of three or four the front leg is left out
        f.line("body", [P(p) for p in [(250, HIP - 24), (256, -2)]], "chair:leg", k=0.9,
               taper=(1.0, 1.5))


def sleeve(f: Figure, layer: str, centre: list[Point], w0: float, w1: float) -> None:
    """An arm in its sleeve along a centre line: a filled tube and its two edges."""
    from ..sketch import spline

    line = spline(centre, 8.0)
    n = len(line)
    left, right = [], []
    for i, (x, y) in enumerate(line):
        a, b = line[max(i - 1, 0)], line[min(i + 1, n - 1)]
        d = math.hypot(b[0] - a[0], b[1] - a[1]) or 1.0
        nx, ny = -(b[1] - a[1]) / d, (b[0] - a[0]) / d
        half = w0 + (w1 - w0) * i / (n - 1)
        left.append((x + nx * half, y + ny * half))
        right.append((x - nx * half, y - ny * half))
    keep = max(2, n // 6)
    shape = left[::keep] + [left[-1]] + right[::-1][::keep] + [right[0]]
    f.fill(layer, [f.P(p) for p in shape], f.cloth, f"sleeve:{layer}")
    f.line(layer, [f.P(p) for p in left[::keep] + [left[-1]]], f"sleeve:{layer}:0",
           taper=(0.0, 0.0))  # round ends: the shoulder and the hand cover them
    f.line(layer, [f.P(p) for p in right[::keep] + [right[-1]]], f"sleeve:{layer}:1",
           taper=(0.0, 0.0))
    for end in (left[-1], right[-1]):  # ink pools where a cuff meets the hand's outline
        c = f.P(end)
        disc = [(c[0] + 0.8 * f.w * math.cos(a * math.pi / 5),
                 c[1] + 0.8 * f.w * math.sin(a * math.pi / 5)) for a in range(10)]
        f.layers[layer].append((closed_shape(disc, "ink"), None))


def hand(f: Figure, layer: str, wrist: Point, ang: float, kind: str) -> None:
    """A mitten hand at the wrist, pointing along ang (radians, local frame)."""
    if kind == "rest":  # fingers draped down over a shoulder
        shape = [(-10, 22), (26, 26), (50, 16), (60, -6), (52, -26), (34, -22), (18, -20),
                 (-10, -22)]
    else:  # open: palm out, fingers together, thumb apart (up toward the face, or up)
        shape = [(-10, -26), (30, -25), (58, -20), (70, -6), (68, 10), (56, 20), (42, 30),
                 (32, 42), (18, 38), (6, 26), (-10, 20)]
    ca, sa = math.cos(ang), math.sin(ang)
    pts = [f.P((wrist[0] + u * ca - v * sa, wrist[1] + u * sa + v * ca)) for u, v in shape]
    f.blob(layer, pts, SKINS[f.skin][0], f"hand:{layer}", k=0.85, jit=1.0, rim=f.rim,
           band=0.75, every=3)
