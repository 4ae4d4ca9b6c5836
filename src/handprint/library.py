"""Which files in a folder of handouts are specs (cheap: no heavy imports)."""

from __future__ import annotations

from pathlib import Path

BRAND_FILE = "brand.yaml"


def specs_under(folder: Path) -> list[Path]:
    """Every *.yaml in a folder tree but brand files, --vars files (NAME.vars.yaml), which
    sit beside the specs, and hidden folders (the studio's .history/)."""
    return sorted(p for p in folder.rglob("*.yaml")
                  if p.name != BRAND_FILE and not p.name.endswith(".vars.yaml")
                  and not any(d.startswith(".") for d in p.relative_to(folder).parts))


def language(folder: Path, lang: str | None) -> list[Path]:
    """The specs of one language: translations live in a folder named by their language
    code (handouts/es/...); the top-level specs are English. All of them for None."""
    if not folder.is_dir():
        return []
    specs = specs_under(folder)
    if lang is None:
        return specs
    if lang.lower() == "en":
        return [p for p in specs if p.parent == folder]
    return [p for p in specs if folder / lang in p.parents]
