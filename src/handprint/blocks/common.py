"""What several blocks share: small readers (align, width, alt), field names, ruled blanks."""

from __future__ import annotations

import re

import yaml

from handprint.draw import ornaments
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


def alt(r: Reader, f: dict, node: yaml.Node, kind: str) -> str | None:
    if "alt" not in f:
        r.problem(node, f"this {kind} needs 'alt': a sentence saying what it shows, "
                        "for people who use screen readers")
        return None
    return block_text(r, f["alt"], "alt")


def caption(r: Reader, f: dict) -> str:
    return (block_text(r, f["caption"], "caption") or "") if "caption" in f else ""


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
