"""The display list: what a page holds, placed in points (y down from the trim's top-left).

Layout writes it; pdf.py (and any later backend: previews, tiles) only reads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .sketch import Drawing


@dataclass(frozen=True)
class Run:
    x: float
    y: float  # baseline
    text: str
    font: str
    size: float
    color: str


@dataclass(frozen=True)
class Art:
    x: float
    y: float  # top
    width: float
    height: float
    drawing: Drawing
    colors: tuple[tuple[str, str], ...]  # role -> "#RRGGBB"
    alt: str = ""  # empty: decorative


@dataclass(frozen=True)
class Picture:
    x: float
    y: float  # top
    width: float
    height: float
    path: Path
    alt: str = ""


@dataclass(frozen=True)
class Field:
    """A fillable form field; the printed blank (rule, box) is drawn separately as Art."""

    x: float
    y: float  # top
    width: float
    height: float
    name: str
    tooltip: str
    kind: str  # "text" | "multiline" | "check"
    size: float  # type size for what is typed


Item = Run | Art | Picture | Field


@dataclass(frozen=True)
class Page:
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Document:
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
