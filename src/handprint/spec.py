"""YAML spec -> validated, frozen model. Unknown keys are rejected; every error has its line."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from .errors import Problem, SpecError
from .overrides import apply_sets, fill
from .pages import parse_size
from .units import UnitError, parse_length
from .yamlnodes import Reader, compose, curly, decode, expected, shown, suggest

if TYPE_CHECKING:
    from .brand import Brand

KINDS = ["poster", "handout", "worksheet"]
ALIGNS = ["left", "center", "right"]
FONTS = ["Cabin Sketch", "Comic Neue", "Noto Sans"]
MAX_FILE_BYTES = 1_000_000
MAX_TEXT = 5_000  # characters in one block
MAX_TOTAL_TEXT = 300_000  # characters of printed text in a spec, counting alias repeats
MAX_BLOCKS = 300
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
_LANG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


@dataclass(frozen=True)
class Theme:
    paper: str = "#FFFFFF"
    ink: str = "#1E1E1E"
    accent: str = "#D4A017"
    heading_font: str = "Cabin Sketch"
    body_font: str = "Comic Neue"


@dataclass(frozen=True)
class Print:
    bleed: float = 0.0  # points
    crop_marks: bool = False


@dataclass(frozen=True)
class Block:
    line: int


@dataclass(frozen=True)
class Heading(Block):
    text: str
    level: int = 1
    align: str | None = None


@dataclass(frozen=True)
class Text(Block):
    text: str
    align: str | None = None
    lettered: bool = False  # set in the hand-lettered heading face


@dataclass(frozen=True)
class ListBlock(Block):
    items: tuple[str, ...]
    numbered: bool = False


@dataclass(frozen=True)
class Quote(Block):
    text: str
    by: str | None = None


@dataclass(frozen=True)
class Banner(Block):
    text: str


@dataclass(frozen=True)
class Illustration(Block):
    name: str
    alt: str
    seed: int = 1
    ink: str | None = None
    weight: float = 1.0
    width: float = 1.0  # share of the column
    options: tuple[tuple[str, object], ...] = ()


@dataclass(frozen=True)
class Image(Block):
    path: Path
    alt: str
    width: float = 1.0


@dataclass(frozen=True)
class Row(Block):
    blocks: tuple[Block, ...]
    widths: tuple[float, ...] = ()  # relative column widths; empty: equal


@dataclass(frozen=True)
class Spacer(Block):
    size: float = 1.0  # in gaps


@dataclass(frozen=True)
class Footer(Block):
    text: str


@dataclass(frozen=True)
class QA(Block):
    pairs: tuple[tuple[str, str], ...]  # (question, answer)


@dataclass(frozen=True)
class PageBreak(Block):
    pass


@dataclass(frozen=True)
class FillIn(Block):
    text: str  # with {name} blanks
    blanks: tuple[tuple[str, float], ...] = ()  # name -> width in points, when set


@dataclass(frozen=True)
class Lines(Block):
    count: int
    name: str
    label: str
    fillable: bool = True


@dataclass(frozen=True)
class Checklist(Block):
    items: tuple[str, ...]
    name: str
    fillable: bool = True


@dataclass(frozen=True)
class Spec:
    path: Path
    title: str
    kind: str = "poster"
    size: tuple[float, float] | None = None  # None: the kind's default
    orientation: str | None = None  # None: named sizes upright, WxH as written
    lang: str = "en"
    author: str = "handprint"
    subject: str = ""
    title_line: int = 0
    theme: Theme = field(default_factory=Theme)
    print: Print = field(default_factory=Print)
    viewing_distance: float | None = None  # points; posters: how far away people read it
    blocks: tuple[Block, ...] = ()
    brand: Brand | None = None


@dataclass(frozen=True)
class Options:
    """What the command line adds to a spec: --set overrides, --vars values, a brand kit."""

    sets: tuple[tuple[str, str], ...] = ()
    values: tuple[tuple[str, str], ...] = ()
    brand: Brand | None = None


def load(path: str | Path, options: Options | None = None) -> Spec:
    """Read and validate a spec file; raise SpecError listing every problem."""
    path = Path(path)
    name = str(path)
    try:
        if path.is_dir():
            raise SpecError([Problem(name, 0, "is a folder, not a spec file")])
        if path.exists() and not path.is_file():
            raise SpecError([Problem(name, 0, "is not a regular file (a device or pipe?)")])
        with path.open("rb") as f:  # never more than the limit in memory, whatever the size
            raw = f.read(MAX_FILE_BYTES + 1)
            big = len(raw) > MAX_FILE_BYTES
            size = os.fstat(f.fileno()).st_size if big else len(raw)
    except (OSError, ValueError) as e:
        why = getattr(e, "strerror", None) or str(e)
        raise SpecError([Problem(name, 0, f"cannot read: {why}")]) from None
    if big:
        raise SpecError([Problem(name, 0, f"is {size:,} bytes; a spec may be at most "
                                          f"{MAX_FILE_BYTES:,} bytes")])
    try:
        text = decode(raw)  # UTF-8, or UTF-16 with its BOM (Notepad's "Unicode")
    except UnicodeDecodeError as e:
        if b"\0" in raw:
            raise SpecError([Problem(name, 0, "is a binary file, not a YAML spec")]) from None
        line = raw[: e.start].count(b"\n") + 1
        raise SpecError([Problem(name, line, "is not UTF-8 text (save it as UTF-8)")]) from None
    if "\0" in text:
        raise SpecError([Problem(name, 0, "is a binary file, not a YAML spec")])
    return parse(text, path, options)


def parse(text: str, path: Path, options: Options | None = None) -> Spec:
    from .specblocks import read_blocks  # blocks live in their own module

    options = options or Options()
    r = Reader(str(path))
    root = compose(text, str(path))
    if isinstance(root, Problem):
        raise SpecError([root])
    if root is None:
        raise SpecError([Problem(str(path), 0, "is empty: a spec needs a title and blocks")])
    r.problems += apply_sets(root, list(options.sets), str(path))
    r.values = {**(options.brand.values() if options.brand else {}), **dict(options.values)}
    top = ["title", "kind", "size", "orientation", "lang", "author", "subject", "theme",
           "print", "viewing_distance", "blocks"]
    values: dict[str, object] = {}
    for key, node in r.mapping(root, "the spec", top, 1):
        if key in ("title", "author", "subject"):
            values[key] = block_text(r, node, key, printed=key == "title")
            if key == "title":
                values["title_line"] = node.start_mark.line + 1
        elif key in ("kind", "orientation"):
            choices = KINDS if key == "kind" else ["portrait", "landscape"]
            values[key] = choice(r, node, key, choices)
        elif key == "size":
            values[key] = size(r, node)
        elif key == "lang":
            lang = r.text(node, "lang")
            if lang is not None and not _LANG.match(lang):
                r.problem(node, f"lang '{shown(lang)}' is not a language code like en, es or "
                                "pt-BR")
            values[key] = lang
        elif key == "theme":
            values[key] = theme(r, node)
        elif key == "viewing_distance":
            values[key] = length(r, node, key, 100 * 864.0)
            if values[key] == 0:
                r.problem(node, "viewing_distance must be more than 0, like 6ft or 2m")
        elif key == "print":
            values[key] = print_options(r, node)
        elif key == "blocks":
            values[key] = read_blocks(r, node, path.parent)
    if isinstance(root, yaml.MappingNode):
        for need in ("title", "blocks"):
            if need not in values:
                r.problem(root, f"missing '{need}'")
    fields = [(n, b.line) for b in values.get("blocks") or () for n in field_names(b)]
    first: dict[str, int] = {}
    for name, line in fields:
        if name in first:
            r.problems.append(Problem(str(path), line, f"field name '{name}' is already used "
                                                       f"on line {first[name]}"))
        first.setdefault(name, line)
    if r.problems:
        raise SpecError(r.problems)
    values = {k: v for k, v in values.items() if v is not None}
    if options.brand:  # the clinic's colours and fonts win over the spec's theme
        b = options.brand
        values["theme"] = replace(values.get("theme") or Theme(), **dict(b.colors + b.fonts))
        values["brand"] = b
    return Spec(path=path, **values)  # type: ignore[arg-type]


def block_text(r: Reader, node: yaml.Node, what: str, printed: bool = True,
               blanks: bool = False) -> str | None:
    """Text: not longer than MAX_TEXT, and with something to see once markup is taken out.
    Printed text also counts towards MAX_TOTAL_TEXT. Lengths are checked first, before any
    work on the characters."""
    from .textflow import visible

    size = len(node.value) if isinstance(node, yaml.ScalarNode) else 0
    if size > MAX_TEXT:
        r.problem(node, f"{what} is {size:,} characters long; one text may have at most "
                        f"{MAX_TEXT:,}")
        return None
    if printed:
        r.chars += size
        if r.chars > MAX_TOTAL_TEXT:  # said once; no more work on text after that
            if r.chars - size <= MAX_TOTAL_TEXT:
                r.problem(node, f"the spec has more than {MAX_TOTAL_TEXT:,} characters of "
                                "text (counting repeats made with YAML aliases); split it "
                                "into several specs")
            return None
    value = r.text(node, what)
    if value is not None:  # {placeholders} from --vars and the brand kit
        value, unknown = fill(value, getattr(r, "values", {}), blanks)
        for name in dict.fromkeys(unknown):
            r.problem(node, f"unknown placeholder '{{{name}}}' in {what}"
                            f"{suggest(name, placeholders(r))}: give it a value with --vars, "
                            "or write {{ and }} for braces")
    if value is not None and not visible(value):
        r.problem(node, f"{what} is empty" + (" (it holds only markup or invisible characters)"
                                              if value.strip() else ""))
        return None
    return value


def placeholders(r: Reader) -> list[str]:
    """The {names} a spec can use: the brand kit's (given or not) and --vars'."""
    from .brand import TEXT_KEYS

    return sorted({*TEXT_KEYS, *getattr(r, "values", {})})


def field_names(b: Block) -> list[str]:
    """The form field names a block makes (to keep them unique in a document)."""
    if isinstance(b, FillIn):
        from .specforms import BLANK

        return BLANK.findall(b.text)
    if isinstance(b, Lines):
        return [b.name]
    if isinstance(b, Checklist):
        return [f"{b.name}-{n}" for n in range(1, len(b.items) + 1)]
    if isinstance(b, Row):
        return [n for child in b.blocks for n in field_names(child)]
    return []


def choice(r: Reader, node: yaml.Node, what: str, choices: list[str]) -> str | None:
    value = r.text(node, what)
    if value is not None and value not in choices:
        r.problem(node, f"{what} '{shown(value)}' is not one of {expected(choices)}"
                        f"{curly(value) or suggest(value, choices)}")
        return None
    return value


def size(r: Reader, node: yaml.Node) -> tuple[float, float] | None:
    value = r.text(node, "size")
    try:
        return parse_size(value) if value is not None else None
    except UnitError as e:
        r.problem(node, f"{e}{curly(value or '')}")
        return None


def color(r: Reader, node: yaml.Node, what: str) -> str | None:
    if isinstance(node, yaml.ScalarNode) and node.tag.endswith("null") and not node.style:
        r.problem(node, f"{what} is empty: put colours in quotes, like \"#1E1E1E\" (without "
                        "them, # starts a comment)")
        return None
    value = r.text(node, what)
    if value is not None and curly(value):
        r.problem(node, f"{what} '{shown(value)}' is not a colour: {curly(value)[2:-1]}, like "
                        f"\"{shown(value[1:-1])}\"")
        return None
    if value is not None and not _HEX.match(value):
        r.problem(node, f"{what} '{shown(value)}' is not a colour: write it as \"#RRGGBB\" "
                        "in quotes, like \"#1E1E1E\"")
        return None
    return value.upper() if value else None


def theme(r: Reader, node: yaml.Node) -> Theme | None:
    keys = ["paper", "ink", "accent", "heading_font", "body_font"]
    values = {}
    for key, child in r.mapping(node, "theme", keys, 2):
        if key.endswith("_font"):
            values[key] = choice(r, child, key, FONTS)
        else:
            values[key] = color(r, child, key)
    return Theme(**{k: v for k, v in values.items() if v is not None})


def flag(r: Reader, node: yaml.Node, what: str) -> bool | None:
    value = r.value(node)
    if not isinstance(value, bool):
        r.problem(node, f"{what} must be true or false")
        return None
    return value


def length(r: Reader, node: yaml.Node, what: str, largest: float) -> float | None:
    value = r.text(node, what)
    if value is None:
        return None
    try:
        points = parse_length(value)
    except UnitError as e:
        r.problem(node, f"{what}: {e}")
        return None
    if points > largest:
        r.problem(node, f"{what} {shown(value)} is too large (at most {largest / 72:g}in)")
        return None
    return points


def print_options(r: Reader, node: yaml.Node) -> Print | None:
    values: dict[str, object] = {}
    for key, child in r.mapping(node, "print", ["bleed", "crop_marks"], 2):
        values[key] = length(r, child, key, 36.0) if key == "bleed" else flag(r, child, key)
    return Print(**{k: v for k, v in values.items() if v is not None})  # type: ignore[arg-type]


def number(r: Reader, node: yaml.Node, what: str, low: float, high: float,
           whole: bool = False) -> float | None:
    value = r.value(node)
    ok = isinstance(value, int | float) and not isinstance(value, bool)
    if ok and whole and not float(value).is_integer():
        ok = False
    if not ok or not low <= value <= high:  # type: ignore[operator]
        kind = "a whole number" if whole else "a number"
        r.problem(node, f"{what} must be {kind} from {_num(low)} to {_num(high)}")
        return None
    return int(value) if whole else float(value)  # type: ignore[arg-type]


def _num(x: float) -> str:
    return f"{int(x):,}" if float(x).is_integer() else f"{x:g}"


__all__ = ["load", "parse", "Spec", "SpecError"]
