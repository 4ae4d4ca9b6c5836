"""Everything the studio knows about block types and their keys, in one place.

Which blocks exist and which keys each takes come from the block registry
(handprint.spec.registry); the tables here say how each is edited (a text area, a list, a
menu...). A block type the tables do not name is edited from its keys' JSON Schema.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import handprint.blocks  # noqa: F401  (fills the block registry)
from handprint.draw import illustrations
from handprint.spec import model as spec
from handprint.spec.registry import BLOCKS, COMMON, Key


@dataclass(frozen=True)
class Field:
    key: str
    kind: str  # line, text, number, bool, choice, color, list, qa, drawing, row, fixed, yaml
    label: str
    choices: tuple[str, ...] = ()
    low: float | None = None
    high: float | None = None
    step: float | None = None
    default: Any = None  # what the spec means when the key is absent
    required: bool = False
    extra: dict = field(default_factory=dict)


# How the block's own key (its type) is edited, and what a new block of the type holds.
MAIN: dict[str, tuple[str, str]] = {
    "heading": ("line", "Heading"),
    "text": ("text", "Text"),
    "list": ("list", "Items"),
    "quote": ("text", "Quote"),
    "banner": ("line", "Banner"),
    "illustration": ("drawing", "Drawing"),
    "image": ("line", "Image file (in this folder)"),
    "row": ("row", "Blocks side by side"),
    "spacer": ("number", "Space (in lines)"),
    "footer": ("line", "Footer"),
    "qa": ("qa", "Questions and answers"),
    "page_break": ("fixed", "New page here"),
    "fill_in": ("text", "Sentence with {blanks}"),
    "lines": ("number", "Number of writing lines"),
    "checklist": ("list", "Things to tick"),
}
NUMBERS = {"spacer": (0, 20, 0.5), "lines": (1, 40, 1)}
STARTERS: dict[str, Any] = {
    "heading": "New heading",
    "text": "New text.",
    "list": ["First item"],
    "quote": "Words worth repeating.",
    "banner": "A short line to stand out",
    "spacer": 1,
    "footer": "Footer text",
    "qa": [{"q": "A question?", "a": "Its answer."}],
    "page_break": True,
    "fill_in": "Today I feel {feeling}.",
    "lines": 3,
    "checklist": ["First thing to tick"],
}
KEYS: dict[str, Field] = {f.key: f for f in (
    Field("level", "choice", "Level (1 is biggest)", ("1", "2", "3"), default="1"),
    Field("align", "choice", "Alignment", ("", *spec.ALIGNS), default=""),
    Field("lettered", "bool", "Hand-lettered", default=False),
    Field("numbered", "bool", "Numbered", default=False),
    Field("by", "line", "Said by"),
    Field("alt", "text", "Describe the picture for people who cannot see it", required=True),
    Field("seed", "number", "Sketch number", (), 0, 10**9, 1, default=1),
    Field("ink", "color", "Line colour"),
    Field("weight", "number", "Line thickness", (), 0.5, 3.0, 0.1, default=1.0),
    Field("width", "number", "Share of the column (0.1 to 1)", (), 0.1, 1.0, 0.05, default=1.0),
    Field("name", "line", "Field name (for PDF forms)"),
    Field("label", "line", "Spoken label (screen readers)"),
    Field("fillable", "bool", "Fillable in a PDF viewer", default=True),
    Field("id", "line", "Block id (for --set)"),
    Field("icon", "choice", "Icon (a small drawing)", ("", *sorted(
        {illustrations.module(n).NAME for n in illustrations.NAMES})), default=""),
    Field("caption", "line", "Caption (printed under it)"),
)}
MORE = ("id", "name", "label", "fillable", "weight", "width", "ink", "align")  # folded away
TOP: list[Field] = [
    Field("title", "line", "Title", required=True),
    Field("kind", "choice", "Kind", tuple(spec.KINDS), default="poster"),
    Field("size", "line", "Paper size", ("letter", "legal", "tabloid", "a4", "a3", "a2", "a1",
                                         "18x24in", "24x36in"), default=""),
    Field("orientation", "choice", "Orientation", ("", "portrait", "landscape"), default=""),
    Field("lang", "line", "Language code", ("en", "es", "fr", "pt", "de", "ar", "zh"),
          default="en"),
    Field("theme.paper", "color", "Paper colour", default=spec.Theme.paper),
    Field("theme.ink", "color", "Ink colour", default=spec.Theme.ink),
    Field("theme.accent", "color", "Accent colour", default=spec.Theme.accent),
    Field("band", "choice", "Brand band (clinic name, contact, QR code)",
          ("", "all", "first", "last", "none"), default=""),
]
KINDS = list(spec.KINDS)


def types() -> list[str]:
    return list(BLOCKS)


def addable() -> list[str]:
    """Block types the form can add (the rest: the YAML tab)."""
    return [t for t in types() if t in STARTERS or t == "illustration"]


def block_type(block: Any) -> str | None:
    if not isinstance(block, dict):
        return None
    found = [k for k in block if k in BLOCKS]
    return found[0] if len(found) == 1 else None


def main_field(kind: str) -> Field:
    how, label = MAIN.get(kind) or (_from_key(BLOCKS[kind].keys[0]).kind, kind.replace(
        "_", " ").capitalize()) if kind in BLOCKS else ("yaml", kind)
    low, high, step = NUMBERS.get(kind, (None, None, None))
    return Field(kind, how, label, (), low, high, step)


def fields(kind: str, block: dict) -> list[Field]:
    """The block's fields in form order: its own key, then its other keys."""
    out = [main_field(kind)]
    own = BLOCKS[kind].keys[1:] if kind in BLOCKS else ()
    for k in (*own, *COMMON):
        out.append(KEYS.get(k.name) or _from_key(k))
    if kind == "illustration":
        out += drawing_options(str(block.get("illustration", "")))
    return out


def _from_key(k: Key) -> Field:
    """How to edit a key the tables above do not name, from its JSON Schema."""
    kind = k.schema.get("type")
    label = k.doc[:1].upper() + k.doc[1:]
    if "enum" in k.schema:
        return Field(k.name, "choice", label, ("", *map(str, k.schema["enum"])))
    if kind == "boolean":
        return Field(k.name, "bool", label, default=k.default == "true")
    if kind in ("number", "integer"):
        return Field(k.name, "number", label, (), k.schema.get("minimum"),
                     k.schema.get("maximum"), 1 if kind == "integer" else 0.1)
    if kind == "string":
        return Field(k.name, "text" if len(k.doc) > 40 else "line", label)
    return Field(k.name, "yaml", k.name)


def drawing_options(name: str) -> list[Field]:
    out = []
    for key, option in illustrations.OPTIONS.get(name, {}).items():
        d = option.default
        if option.each:
            out.append(Field(key, "yaml", key))
        elif isinstance(d, bool):
            out.append(Field(key, "choice", option.doc, ("", "true", "false"), default=d))
        elif isinstance(d, str):
            out.append(Field(key, "choice", option.doc, ("", *option.choices), default=d))
        elif isinstance(d, int) and option.low is not None and option.high is not None:
            span = tuple(str(n) for n in range(int(option.low), int(option.high) + 1))
            out.append(Field(key, "choice", option.doc, ("", *span), default=d))
        else:
            out.append(Field(key, "number", option.doc, (), option.low, option.high, 0.1,
                             default=d))
    return out


def drawings() -> list[tuple[str, str]]:
    """(name, what it shows) of every drawing."""
    return [(n, illustrations.module(n).MEANING) for n in illustrations.NAMES]


def sample_alt(name: str) -> str:
    return illustrations.module(name).ALT if name in illustrations.NAMES else ""


def starter(kind: str) -> dict:
    if kind == "illustration":
        return {"illustration": illustrations.NAMES[0], "alt": "", "seed": 1}
    return {kind: STARTERS.get(kind, "")}


def convert(f: Field, raw: str) -> Any:
    """A form value as the YAML value it stands for; None removes the key."""
    raw = raw.replace("\r\n", "\n")
    if f.kind == "bool":
        value = raw == "true"
        return None if value == f.default else value
    if f.kind == "number":
        if raw.strip() == "":
            return None
        try:
            n = float(raw)
        except ValueError:
            return raw  # the spec's check says what is wrong, at its line
        return int(n) if n.is_integer() and (f.step or 1) >= 1 else n
    if f.kind == "choice":
        if raw == "":
            return None
        if raw in ("true", "false"):
            return raw == "true"
        return int(raw) if raw.isdigit() else raw
    if f.kind == "color":
        return raw.upper() if raw else None
    if f.kind in ("line", "text"):
        return raw if raw.strip() or f.key in MAIN else None
    return raw
