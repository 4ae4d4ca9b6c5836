"""A clinic's brand kit: name, contact, logo, colours and fonts, in one brand.yaml that every
handout can use (passed with --brand, or found next to the specs)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TypedDict

from handprint.errors import SpecError
from handprint.spec.fields import block_text, choice, color
from handprint.spec.images import check_image
from handprint.spec.library import BRAND_FILE as FILE_NAME
from handprint.spec.model import BANDS, BRAND_TEXT, FONTS, Brand
from handprint.spec.yamlnodes import Reader, read_file

TEXT_KEYS = BRAND_TEXT
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)


def find(spec_path: Path) -> Path | None:
    """brand.yaml in the spec's folder or the one above it (so translations share it)."""
    for folder in (spec_path.parent, spec_path.parent.parent):
        if (folder / FILE_NAME).is_file():
            return folder / FILE_NAME
    return None


class _Kit(TypedDict, total=False):
    """What the brand file gives besides its text, as Brand takes it."""

    logo: Path
    colors: tuple[tuple[str, str], ...]
    fonts: tuple[tuple[str, str], ...]
    band: str


def load(path: Path) -> Brand:
    root = read_file(path, "the brand file")
    r = Reader(str(path))
    keys = [*TEXT_KEYS, "logo", "colors", "fonts", "band"]
    text: dict[str, str | None] = {}
    kit: _Kit = {}
    for key, node in r.mapping(root, "the brand file", keys, 1) if root else ():
        if key in TEXT_KEYS:
            value = text[key] = block_text(r, node, key)
            if key in ("website", "booking") and value and not _URL.match(value):
                r.problem(node, f"{key} must be a web address starting with https://")
        elif key == "logo":
            rel = r.text(node, "logo")
            logo = check_image(r, node, path.parent, rel) if rel else None
            if logo is not None:
                kit["logo"] = logo
        elif key == "colors":
            colors = {k: color(r, v, k) for k, v in
                      r.mapping(node, "colors", ["paper", "ink", "accent"], 2)}
            kit["colors"] = tuple((k, v) for k, v in colors.items() if v)
        elif key == "fonts":
            fonts = {k: choice(r, v, f"{k} font", FONTS) for k, v in
                     r.mapping(node, "fonts", ["heading", "body"], 2)}
            kit["fonts"] = tuple((f"{k}_font", v) for k, v in fonts.items() if v)
        elif key == "band":  # true and false (older kits) are all and none
            on = r.value(node)
            band = ({True: "all", False: "none"}[on] if isinstance(on, bool)
                    else choice(r, node, "band", BANDS))
            if band is not None:
                kit["band"] = band
    if root is None or "clinic" not in text:
        r.problem(root, "the brand file needs at least 'clinic': the clinic's name")
    if r.problems:
        raise SpecError(r.problems)
    given = {k: v for k, v in text.items() if v is not None}
    return Brand(path=path, **given, **kit)
