"""Which files in a folder of handouts are specs, and where each one's output goes (cheap: no
heavy imports). Every command uses these, so the same spec lands at the same path."""

from __future__ import annotations

import os
import re
from pathlib import Path

LANG = re.compile(r"[a-z]{2,3}(-[a-z0-9]{2,8})*", re.IGNORECASE)  # a language folder's name
BRAND_FILE = "brand.yaml"
WORDS_FILE = "words.txt"
HANDOUTS = Path("handouts")
OUT = Path("out")


def is_spec(path: Path) -> bool:
    """A spec, not a side file: brand kits and --vars files (NAME.vars.yaml) sit beside the
    specs and are never built."""
    return (path.suffix in (".yaml", ".yml") and path.name != BRAND_FILE
            and not path.name.endswith((".vars.yaml", ".vars.yml")))


def specs_under(folder: Path) -> list[Path]:
    """Every spec in a folder tree (hidden folders, like the studio's history, left out)."""
    return sorted(p for p in folder.rglob("*.y*ml") if is_spec(p)
                  and not any(part.startswith(".") for part in p.relative_to(folder).parts))


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


def language_of(spec: Path, folder: Path | None = None) -> str:
    """A translation sits in a folder named by its language code (below the folder it was
    found in, or below its library folder); the others are English."""
    rel = _below(spec, folder or root(spec.parent))
    return rel.parts[0].lower() if rel is not None and len(rel.parts) > 1 else "en"


def expand(paths: list[Path]) -> list[tuple[Path, Path | None]]:
    """Specs and folders of specs as given on a command line -> (spec, the folder it was found
    in, or None when named directly). Side files named directly are left out."""
    out: list[tuple[Path, Path | None]] = []
    for p in paths:
        if p.is_dir():
            out += [(s, p) for s in specs_under(p)]
        elif is_spec(p) or not p.exists() or p.suffix not in (".yaml", ".yml"):
            out.append((p, None))
    return out


def root(folder: Path) -> Path:
    """The library a spec in `folder` belongs to: the nearest folder, from `folder` up, that
    is named handouts or holds the brand kit (which is looked for beside the spec and one
    folder up, as the brand kit is); else `folder` itself (resolved)."""
    here = Path(os.path.abspath(folder))  # by the names the user sees (a linked handouts/)
    for n, f in enumerate((here, *here.parents)):
        if f.name == HANDOUTS.name or (n < 2 and (f / BRAND_FILE).is_file()
                                       and not _translations(f)):
            return f.resolve()
    return here.resolve()


def _translations(folder: Path) -> bool:
    """A language folder (es/, pt-br/) of a library: its brand kit, in its language, does not
    make it a library of its own (its PDFs go to out/es/, its pictures may be one folder up)."""
    up = folder.parent
    return bool(LANG.fullmatch(folder.name)) and (up.name == HANDOUTS.name
                                                  or (up / BRAND_FILE).is_file())


def target(spec: Path, folder: Path | None = None, out: Path | None = None,
           suffix: str = ".pdf") -> Path:
    """Where a spec's output goes. Without -o: out/ mirrors the spec's library (its handouts/
    folder, or the folder of its brand kit): handouts/es/x.yaml -> out/es/x.pdf from
    whichever command and folder, or, when a folder given on the command line holds the
    library, that folder. With -o DIR: a spec found in a folder given on the command line
    keeps its place below that folder; a spec named directly goes to DIR/NAME.pdf."""
    if out is not None:
        rel = _below(spec, folder) if folder is not None else None
        return out / _named(rel or Path(spec.name), suffix)
    base = root(spec.parent)
    if folder is not None and folder.resolve() in base.parents:
        base = folder
    return OUT / _named(_below(spec, base) or Path(spec.name), suffix)


def _named(rel: Path, suffix: str) -> Path:
    return rel.with_name(rel.stem + suffix)


def _below(path: Path, folder: Path) -> Path | None:
    try:
        return path.resolve().relative_to(folder.resolve())
    except ValueError:
        return None
