"""The validated spec: immutable plain data (named tuples; blocks, which share a base, are
frozen dataclasses). Block models live with their blocks (handprint.blocks); this module
holds what every spec has."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

BRAND_TEXT = ["clinic", "address", "phone", "website", "booking"]  # {placeholders}
KINDS = ["poster", "handout", "worksheet"]
BANDS = ["all", "first", "last", "none"]
ALIGNS = ["left", "center", "right"]
FONTS = ["Cabin Sketch", "Comic Neue", "Noto Sans"]
MAX_FILE_BYTES = 1_000_000
MAX_TEXT = 5_000  # characters in one block
MAX_TOTAL_TEXT = 300_000  # characters of printed text in a spec, counting alias repeats
MAX_BLOCKS = 300
HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
LANG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


class Brand(NamedTuple):
    path: Path
    clinic: str
    address: str = ""
    phone: str = ""
    website: str = ""
    booking: str = ""  # the QR code's target; the website when not given
    logo: Path | None = None
    colors: tuple[tuple[str, str], ...] = ()  # theme key -> colour
    fonts: tuple[tuple[str, str], ...] = ()  # theme key -> family
    band: str = "all"  # which pages show the brand band: all, first, last or none

    @property
    def link(self) -> str:
        return self.booking or self.website

    def values(self) -> dict[str, str]:
        """What {placeholders} in a spec can use."""
        return {k: getattr(self, k) for k in BRAND_TEXT if getattr(self, k)}


class Theme(NamedTuple):
    paper: str = "#FFFFFF"
    ink: str = "#1E1E1E"
    accent: str = "#D4A017"
    heading_font: str = "Cabin Sketch"
    body_font: str = "Comic Neue"


class Print(NamedTuple):
    bleed: float = 0.0  # points
    crop_marks: bool = False


@dataclass(frozen=True)
class Block:
    line: int


class Spec(NamedTuple):
    path: Path
    title: str
    kind: str = "poster"
    size: tuple[float, float] | None = None  # None: the kind's default
    orientation: str | None = None  # None: named sizes upright, WxH as written
    lang: str = "en"
    author: str = "handprint"
    subject: str = ""
    title_line: int = 0
    theme: Theme = Theme()
    print: Print = Print()
    viewing_distance: float | None = None  # points; posters: how far away people read it
    blocks: tuple[Block, ...] = ()
    brand: Brand | None = None
    translates: Path | None = None  # the original this spec translates (handprint.translation)
    fit_pages: int | None = None  # `fit: {pages: N}`: exactly N pages, or an error
    fit_line: int = 0
    labels: tuple[tuple[str, str], ...] = ()  # running labels: ("page", "Seite {n} von {total}")


class Options(NamedTuple):
    """What the command line adds to a spec: --set overrides, --vars values, a brand kit."""

    sets: tuple[tuple[str, str], ...] = ()
    values: tuple[tuple[str, str], ...] = ()
    brand: Brand | None = None
