"""people: one to four doodled people, each with a skin tone, hair, a face and a pose."""

from __future__ import annotations

from typing import Any

from ..sketch import Drawing, between, fit, rng
from ._body import draw_body
from ._figure import CLOTHES, EXPRESSIONS, HAIR_COLOURS, HAIRS, POSES, SKINS, Figure, ink_paths
from ._head import draw_head, hair_back, hair_front
from .base import MARGIN, Option, stroke_width

NAME = "people"
ALIASES = ("pair",)
MEANING = ("Simple doodled people whose faces and bodies show a moment between them: "
           "reaching out, turning away, talking, holding on.")
ALT = ("Two people drawn as simple doodles, facing each other. On the left, a person with short "
       "dark hair smiles warmly and talks, one hand raised; on the right, a person with long "
       "brown hair listens calmly, eyes closed, with a small smile.")

EACH = (
    ("skin", Option("medium", "skin tone, light to dark (Monk scale)", choices=tuple(SKINS))),
    ("hair", Option("short", "hair style; covered is a headscarf", choices=HAIRS)),
    ("hair_colour", Option("dark", "hair colour (and headscarf colour)",
                           choices=tuple(HAIR_COLOURS))),
    ("expression", Option("neutral", "what the face shows", choices=EXPRESSIONS)),
    ("pose", Option("standing", "what the body does; reaching and hugging reach for the "
                    "person faced", choices=POSES)),
    ("facing", Option("right", "which way the person looks (default: toward the middle)",
                      choices=("left", "right"))),
    ("clothes", Option("blue", "colour of the top (gold is the theme accent, tint its wash)",
                       choices=tuple(CLOTHES))),
)
DEFAULT = (
    {"skin": "medium-dark", "hair": "short", "expression": "warm", "pose": "talking",
     "facing": "right", "clothes": "blue"},
    {"skin": "light-medium", "hair": "long", "hair_colour": "brown", "expression": "calm",
     "pose": "standing", "facing": "left", "clothes": "gold"},
)
OPTIONS = {"figures": Option(DEFAULT, "the people, left to right: each a mapping of skin, hair, "
                             "hair_colour, expression, pose, facing, clothes", low=1, high=4,
                             each=EACH)}
PW = 10.5  # nominal stroke width (W/100 of a pair)
HEIGHT = 720.0
TILT = {"sad": -0.08, "worried": -0.04, "frustrated": 0.04, "angry": 0.02, "happy": 0.04}
PALETTE = ("blue", "gold", "green", "rose")


def draw(seed: int, weight: float = 1.0, figures: list | tuple = DEFAULT) -> Drawing:
    w = stroke_width(weight, PW)
    people = place(seed, w, [dict(f) for f in figures])
    for f in people:
        hair_back(f)
        draw_body(f)
        draw_head(f)
        hair_front(f)
    items = [item for f in people for layer in ("back", "body", "head", "front")
             for item in f.layers[layer]]
    items += [item for f in people for item in f.layers["over"]]
    paths, strokes = ink_paths(items)
    width = people[-1].x0 + 300.0  # the row, with room on each side for arms and hair
    paths_t, strokes_t, scale = fit(paths, strokes, width, HEIGHT, MARGIN)
    meta = {"figures": len(people), "poses": [f.pose for f in people]}
    return Drawing(width, HEIGHT, w * scale, paths_t, strokes_t, meta)


def place(seed: int, w: float, specs: list[dict]) -> list[Figure]:
    """Figures left to right with their defaults filled in, spaced for their poses."""
    n = len(specs)
    people: list[Figure] = []
    for i, spec in enumerate(specs):
        full: dict[str, Any] = {k: o.default for k, o in EACH}
        full["facing"] = "right" if i < n / 2 or n == 1 else "left"
        full["clothes"] = PALETTE[i % len(PALETTE)]
        full.update(spec)
        people.append(Figure(i, seed, w, 0.0, detail=max(1.0, n / 2), **full))
    for i, f in enumerate(people):
        j = i + (1 if f.facing == "right" else -1)
        f.neighbour = people[j] if 0 <= j < n else None
        r = rng(NAME, f"{i}:layout", seed)
        f.shoulder = (290.0 if f.pose == "sitting" else 310.0) + between(r, -10, 10)
        f.tilt = TILT.get(f.expression, 0.0) + between(r, -0.05, 0.05)
        if f.pose == "hugging" and f.neighbour:  # leaning in
            f.tilt -= 0.12
        f.look = 0.8 if f.pose == "turned-away" else 0.25
        if f.pose == "turned-away":  # the face turns away from the side it is turned from
            f.tilt += 0.06
    x = 300.0
    for i, f in enumerate(people):
        if i:
            prev = people[i - 1]
            gap = 470.0
            if _hugs(prev, f) or _hugs(f, prev):
                gap = 350.0
            elif (prev.pose == "sitting" and prev.facing == "right") or (
                    f.pose == "sitting" and f.facing == "left"):
                gap = 560.0
            x += gap + between(rng(NAME, f"{i}:gap", seed), -12, 12)
        f.x0 = x
    return people


def _hugs(a: Figure, b: Figure) -> bool:
    return a.pose == "hugging" and a.neighbour is b
