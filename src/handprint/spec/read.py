"""YAML spec -> validated, frozen model. Unknown keys are rejected; every error has its line.

Blocks are read through the registry (handprint.spec.registry); handprint.blocks fills it,
so read specs through handprint.pipeline.load (which imports the blocks first).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TypedDict

import yaml

from handprint.errors import Problem, SpecError
from handprint.spec import brand as brands
from handprint.spec import registry, translation
from handprint.spec.fields import (
    block_text,
    choice,
    length,
    number,
    print_options,
    size,
    theme,
)
from handprint.spec.model import (
    BANDS,
    KINDS,
    LANG,
    MAX_BLOCKS,
    MAX_FILE_BYTES,
    Block,
    Brand,
    Options,
    Print,
    Spec,
    Theme,
)
from handprint.spec.overrides import apply_sets, load_values
from handprint.spec.registry import BLOCKS, COMMON, Key
from handprint.spec.yamlnodes import Reader, compose, decode, expected, shown, suggest

_S = {"type": "string"}
TOP = (
    Key("title", "the title: printed on a handout's pages and in the PDF's metadata", _S),
    Key("kind", "what it is", {"enum": KINDS}, "poster"),
    Key("size", "letter, legal, tabloid, a4, a3, a2, a1 or WxH with a unit (18x24in)", _S,
        "18x24in for posters, else letter"),
    Key("orientation", "portrait or landscape", {"enum": ["portrait", "landscape"]},
        "as the size is written"),
    Key("lang", "language code (en, es, pt-BR): hyphenation, labels, checks", _S, "en"),
    Key("author", "the PDF's author", _S, "handprint"),
    Key("subject", "the PDF's subject", _S, "the title"),
    Key("theme", "colours (paper, ink, accent as \"#RRGGBB\") and fonts (heading_font, "
        "body_font)", {"type": "object"}, "white paper, near-black ink, gold accent"),
    Key("print", "bleed (a length) and crop_marks (true/false)", {"type": "object"},
        "no bleed"),
    Key("viewing_distance", "posters: how far away people read it (6ft, 2m)", _S,
        "from the size"),
    Key("fit", "handouts: `{pages: N}` asks for exactly N pages (space and type tighten "
        "to fit, else an error says how much to cut)",
        {"type": "object", "properties": {"pages": {"type": "integer", "minimum": 1}},
         "additionalProperties": False}, "as many pages as it needs"),
    Key("labels", "running labels in another wording, like {page: \"Seite {n} von {total}\"}",
        {"type": "object", "properties": {"page": _S}, "additionalProperties": False},
        "in the spec's language"),
    Key("band", "the brand band on this spec's pages: all, first, last or none (true or "
        "false: all or none)", {"enum": ["all", "first", "last", "none", True, False]},
        "the brand kit's"),
    Key("blocks", "the content, top to bottom: a list of blocks (below)", {"type": "array"}),
    Key("translates", "a translation: the spec it translates, like ../ruptures-poster.yaml; "
        "check warns when their blocks no longer match", _S,
        "the same file name one folder up, for a spec in a folder named by its lang"),
)


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


class _Given(TypedDict, total=False):
    """The valid top-level values of a spec, as Spec takes them."""

    title: str
    title_line: int
    kind: str
    size: tuple[float, float]
    orientation: str
    lang: str
    author: str
    subject: str
    theme: Theme
    print: Print
    viewing_distance: float
    blocks: tuple[Block, ...]
    translates: Path
    fit_pages: int
    fit_line: int
    labels: tuple[tuple[str, str], ...]
    brand: Brand


def parse(text: str, path: Path, options: Options | None = None) -> Spec:
    options = options or Options()
    r = Reader(str(path))
    root = compose(text, str(path))
    if isinstance(root, Problem):
        raise SpecError([root])
    if root is None:
        raise SpecError([Problem(str(path), 0, "is empty: a spec needs a title and blocks")])
    r.problems += apply_sets(root, list(options.sets), str(path))
    r.values = {**(options.brand.values() if options.brand else {}), **dict(options.values)}
    top = [k.name for k in TOP]
    present: set[str] = set()  # keys given, valid or not
    band: str | None = None
    values: _Given = {}  # the valid ones (a TypedDict takes one literal key at a time)
    for key, node in r.mapping(root, "the spec", top, 1):
        present.add(key)
        if key == "title":
            values["title_line"] = node.start_mark.line + 1
            if (title := block_text(r, node, key)) is not None:
                values["title"] = title
        elif key == "author":
            if (author := block_text(r, node, key, printed=False)) is not None:
                values["author"] = author
        elif key == "subject":
            if (subject := block_text(r, node, key, printed=False)) is not None:
                values["subject"] = subject
        elif key == "kind":
            if (kind := choice(r, node, key, KINDS)) is not None:
                values["kind"] = kind
        elif key == "orientation":
            if (orientation := choice(r, node, key, ["portrait", "landscape"])) is not None:
                values["orientation"] = orientation
        elif key == "size":
            if (page := size(r, node)) is not None:
                values["size"] = page
        elif key == "lang":
            lang = r.text(node, "lang")
            if lang is not None and not LANG.match(lang):
                r.problem(node, f"lang '{shown(lang)}' is not a language code like en, es or "
                                "pt-BR")
            if lang is not None:
                values["lang"] = lang
        elif key == "theme":
            if (colours := theme(r, node)) is not None:
                values["theme"] = colours
        elif key == "viewing_distance":
            distance = length(r, node, key, 100 * 864.0)
            if distance == 0:
                r.problem(node, "viewing_distance must be more than 0, like 6ft or 2m")
            if distance is not None:
                values["viewing_distance"] = distance
        elif key == "print":
            if (printing := print_options(r, node)) is not None:
                values["print"] = printing
        elif key == "blocks":
            if (found := read_blocks(r, node, path.parent)) is not None:
                values["blocks"] = found
        elif key == "translates":
            if (original := translation.named(r, node, path)) is not None:
                values["translates"] = original
        elif key == "fit":
            for _key, v in r.mapping(node, "fit", ["pages"], 2):
                if (pages := number(r, v, "pages", 1, 99, whole=True)) is not None:
                    values["fit_pages"] = int(pages)
                values["fit_line"] = v.start_mark.line + 1
        elif key == "labels":
            if (labels := read_labels(r, node)) is not None:
                values["labels"] = labels
        elif key == "band":  # this spec's pages, whatever the brand kit says
            on = r.value(node)
            band = ({True: "all", False: "none"}[on] if isinstance(on, bool)
                    else choice(r, node, "band", BANDS))
    if isinstance(root, yaml.MappingNode):
        for need in ("title", "blocks"):
            if need not in present:
                r.problem(root, f"missing '{need}'")
    blocks = registry.every(values.get("blocks") or ())
    fields = [(n, b.line) for b in blocks for n in registry.field_names(b)]
    first: dict[str, int] = {}
    for name, line in fields:
        if name in first:
            r.problems.append(Problem(str(path), line, f"field name '{name}' is already used "
                                                       f"on line {first[name]}"))
        first.setdefault(name, line)
    if r.problems:
        raise SpecError(r.problems)
    if "translates" not in values:
        default = translation.default(path, values.get("lang"))
        if default is not None:
            values["translates"] = default
    if options.brand:  # the clinic's colours and fonts win over the spec's theme
        b = options.brand if band is None else options.brand._replace(band=band)
        values["theme"] = (values.get("theme") or Theme())._replace(**dict(b.colors + b.fonts))
        values["brand"] = b
    return Spec(path=path, **values)


def read_labels(r: Reader, node: yaml.Node) -> tuple[tuple[str, str], ...]:
    out = []
    for k, v in r.mapping(node, "labels", ["page"], 2):
        text = r.text(v, k)
        if text is not None and not ("{n}" in text and "{total}" in text):
            r.problem(v, f"the {k} label needs {{n}} and {{total}}, like \"Seite {{n}} von "
                         "{total}\"")
        elif text is not None:
            out.append((k, text))
    return tuple(out)


def read_blocks(r: Reader, node: yaml.Node, folder: Path, depth: int = 2) -> tuple | None:
    children = r.items(node, "blocks", depth)
    if len(children) > MAX_BLOCKS:
        r.problem(node, f"{len(children)} blocks; a spec may have at most {MAX_BLOCKS}")
        return None
    if not children and isinstance(node, yaml.SequenceNode):
        r.problem(node, "blocks is empty: add at least one block")
    blocks = [read_block(r, child, folder, depth + 1) for child in children]
    return tuple(b for b in blocks if b is not None)


def read_block(r: Reader, node: yaml.Node, folder: Path, depth: int) -> Block | None:
    """One block: its type from its one known key, then the type's own reader."""
    types = list(BLOCKS)
    if not isinstance(node, yaml.MappingNode):
        r.problem(node, f"a block must start with its type, like '- text: ...' "
                        f"(one of {expected(types)})")
        return None
    keys = [k.value for k, _ in node.value if isinstance(k, yaml.ScalarNode)]
    kinds = [k for k in keys if k in BLOCKS]
    if len(kinds) != 1:
        if kinds:
            r.problem(node, f"a block has one type; this one has {expected(kinds)}")
        else:
            first = str(keys[0]) if keys else ""
            guess = suggest(first, types) if keys else ""
            what = f"'{shown(first)}' is not a block type" if keys else "block has no type"
            r.problem(node, f"{what}{guess}: start it with one of {expected(types)}")
        return None
    t = BLOCKS[kinds[0]]
    allowed = [k.name for k in t.keys] + [k.name for k in COMMON] + t.extra_keys(node)
    fields = dict(r.mapping(node, f"this {t.key} block", allowed, depth))
    if t.key not in fields:
        return None
    return t.read(r, fields, node.start_mark.line + 1, folder, depth)


def options_for(spec_path: Path, brand_file: Path | None = None,
                values_file: Path | None = None,
                sets: tuple[tuple[str, str], ...] = ()) -> Options:
    """The command line's additions for one spec: its brand kit (given, or brand.yaml found
    beside it), --vars values and --set overrides."""
    found = brand_file or brands.find(spec_path)
    kit = brands.load(found) if found else None
    values = tuple(load_values(values_file).items()) if values_file else ()
    return Options(sets=tuple(sets), values=values, brand=kit)
