"""The display list: what a page holds, placed in points (y down from the trim's top-left).

Layout writes it; pdf.py (and any later backend: previews, tiles) only reads it.

Each item carries `tag`, its place in the document's logical structure, as a path of
"order.Role" steps ("0003.L/002.LI/1.LBody"): the PDF's structure tree for screen
readers is built from these paths. "Artifact" (or empty) marks decoration.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple, TypeVar

from handprint.draw.sketch import Drawing


class Run(NamedTuple):
    x: float
    y: float  # baseline
    text: str
    font: str
    size: float
    color: str
    tag: str = ""


class Art(NamedTuple):
    x: float
    y: float  # top
    width: float
    height: float
    drawing: Drawing
    colors: tuple[tuple[str, str], ...]  # role -> "#RRGGBB"
    alt: str = ""  # empty: decorative
    tag: str = ""


class Picture(NamedTuple):
    x: float
    y: float  # top
    width: float
    height: float
    path: Path
    alt: str = ""
    tag: str = ""


class Field(NamedTuple):
    """A fillable form field; the printed blank (rule, box) is drawn separately as Art."""

    x: float
    y: float  # top
    width: float
    height: float
    name: str
    tooltip: str
    kind: str  # "text" | "multiline" | "check"
    size: float  # type size for what is typed
    tag: str = ""


Item = Run | Art | Picture | Field
ARTIFACT = "Artifact"
T = TypeVar("T", bound=Item)


def edit(item: T, **changes: object) -> T:
    """The item with some fields changed (layout moves and retags every item)."""
    return item._replace(**changes)  # type: ignore[arg-type, return-value]


def tagged(items: tuple[Item, ...] | list[Item], path: str) -> tuple[Item, ...]:
    """Give untagged items the structure path `path`."""
    return tuple(i if i.tag else edit(i, tag=path) for i in items)


def nested(items: tuple[Item, ...] | list[Item], step: str) -> tuple[Item, ...]:
    """Put tagged items under a parent step: 'P' -> '0003.P' (step '0003.'), or under
    'Div/' (step ends with '/')."""
    return tuple(i if i.tag in ("", ARTIFACT) else edit(i, tag=step + i.tag) for i in items)


def tagged_as(items: tuple[Item, ...] | list[Item], tag: str) -> tuple[Item, ...]:
    """Every item under `tag` (a repeat of the brand band is an artifact)."""
    return tuple(edit(i, tag=tag) for i in items)


class Page(NamedTuple):
    items: tuple[Item, ...]


class Document(NamedTuple):
    width: float  # trim
    height: float
    bleed: float
    crop_marks: bool
    paper: str
    title: str
    lang: str
    author: str
    subject: str
    pages: tuple[Page, ...]
    scale: float = 1.0  # the type scale the fit settled on (1 = the kind's design size)
    flat: bool = False  # no form fields, just the printed blanks
    warnings: tuple[str, ...] = ()
