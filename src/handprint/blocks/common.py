"""What several blocks share: small readers (align, width, alt), field names, ruled blanks."""

from __future__ import annotations

import re
from functools import cache

import yaml

from handprint.draw import illustrations, ornaments
from handprint.draw.sketch import Drawing
from handprint.layout.boxes import Ctx, mix
from handprint.layout.display import ARTIFACT, Art
from handprint.spec.fields import block_text, choice, number
from handprint.spec.model import ALIGNS
from handprint.spec.registry import Key
from handprint.spec.yamlnodes import Reader

NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,39}$")
HAND = 9 * 72 / 25.4  # handwriting line spacing: 9 mm
TEXT = {"type": "string"}
FLAG = {"type": "boolean"}
ALIGN = Key("align", "left, center or right", {"enum": ALIGNS}, "the kind's")
WIDTH = Key("width", "share of the column, 0.1 to 1", {"type": "number", "minimum": 0.1,
                                                        "maximum": 1}, "1")
ALT = Key("alt", "what it shows, for people who use screen readers (required)", TEXT)
CAPTION = Key("caption", "a short caption printed under it", TEXT, "none")


def align(r: Reader, f: dict) -> str | None:
    return choice(r, f["align"], "align", ALIGNS) if "align" in f else None


def width(r: Reader, f: dict) -> float | None:
    return number(r, f["width"], "width", 0.1, 1.0) if "width" in f else 1.0


def alt(r: Reader, f: dict, node: yaml.Node, kind: str, sample: str = "") -> str | None:
    """The alt text, required. For a missing or empty one, suggest words (a drawing's sample),
    never fill them in: only the author knows what the picture means here."""
    hint = f", like '{sample}'" if sample else ""
    if "alt" not in f:
        r.problem(node, f"this {kind} needs 'alt': a sentence saying what it shows{hint}, "
                        "for people who use screen readers")
        return None
    value = f["alt"]
    if isinstance(value, yaml.ScalarNode) and not str(value.value).strip():
        r.problem(value, f"alt is empty: write what it shows{hint}, for people who use "
                         "screen readers")
        return None
    return block_text(r, value, "alt")


def caption(r: Reader, f: dict) -> str:
    return (block_text(r, f["caption"], "caption") or "") if "caption" in f else ""


ICON = Key("icon", "a drawing's name, drawn small as an icon (see Drawings)", {"type": "string"},
           "none")


def icon_name(r: Reader, f: dict) -> str | None:
    """`icon: anchor`: '' when absent, None (with a problem) for a name no drawing has."""
    name = r.text(f["icon"], "icon") if "icon" in f else ""
    if name and not illustrations.known(name):
        r.problem(f["icon"], unknown_drawing(name, "drawing"))
        return None
    return name


def unknown_drawing(name: str, what: str) -> str:
    """For a drawing name no drawing has: the nearest, and where to see them all."""
    from handprint.spec.yamlnodes import suggest

    names = list(illustrations.NAMES)
    return (f"unknown {what} '{name}'{suggest(name, names)}: `python render.py gallery` "
            "draws them all, and docs/spec.md lists them")


@cache
def icon_drawing(name: str) -> Drawing:
    """A drawing as an icon: a heavier pen, so it does not fade at the size of type."""
    return illustrations.draw(name, seed=1, weight=1.6)


def icon_art(name: str, x: float, y: float, height: float, c: Ctx,
             widest: float = 2.5) -> Art:
    """An icon `height` tall (a wide drawing: at most `widest` x height wide, and shorter),
    its top-left at x, y; decorative, so an artifact."""
    d = icon_drawing(name)
    w = min(height * d.width / d.height, height * widest)
    h = w * d.height / d.width
    colors = (("ink", c.style.ink), ("accent", c.style.accent), ("paper", c.style.paper),
              ("tint", mix(c.style.paper, c.style.accent, 0.18)))
    return Art(x, y + (height - h) / 2, w, h, d, colors, tag=ARTIFACT)


def field_name(r: Reader, f: dict, kind: str, line: int) -> str | None:
    if "name" not in f:
        return f"{kind}-{line}"
    name = r.text(f["name"], "name")
    if name is not None and not NAME.match(name):
        r.problem(f["name"], "name must be letters, digits, - or _, starting with a letter")
        return None
    return name


def rule(x: float, y: float, width: float, c: Ctx, key: str) -> Art:
    """A hand-drawn writing rule, centred on y."""
    w = max(0.6, 0.5 * c.unit)
    d = ornaments.rule(width, w, key)
    color = mix(c.style.ink, c.style.paper, 0.35)
    return Art(x, y - d.height / 2, width, d.height, d, (("rule", color),), tag=ARTIFACT)
