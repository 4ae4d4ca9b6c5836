"""Readers for handout and worksheet blocks: qa, page_break, fill_in, lines, checklist."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from . import spec
from .yamlnodes import Reader

BLANK = re.compile(r"\{([^{}]*)\}")
NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,39}$")
MAX_LINES = 40
KEYS: dict[str, list[str]] = {
    "qa": [],
    "page_break": [],
    "fill_in": ["blanks"],
    "lines": ["name", "label", "fillable"],
    "checklist": ["name", "fillable"],
}


def qa(r: Reader, f: dict, line: int, folder: Path, depth: int):
    pairs = []
    for node in r.items(f["qa"], "qa", depth):
        got = dict(r.mapping(node, "a question and answer", ["q", "a"], depth + 1))
        if isinstance(node, yaml.MappingNode) and not {"q", "a"} <= set(got):
            r.problem(node, "each entry of qa needs 'q' (the question) and 'a' (the answer)")
            continue
        q, a = (spec.block_text(r, got[k], k) for k in ("q", "a")) if got else (None, None)
        pairs.append((q, a))
    if not pairs and isinstance(f["qa"], yaml.SequenceNode):
        r.problem(f["qa"], "qa is empty")
    if not pairs or any(None in p for p in pairs):
        return None
    return spec.QA(line, tuple(pairs))  # type: ignore[arg-type]


def page_break(r: Reader, f: dict, line: int, folder: Path, depth: int):
    if r.value(f["page_break"]) is not True:
        r.problem(f["page_break"], "write page_break: true")
        return None
    return spec.PageBreak(line)


def fill_in(r: Reader, f: dict, line: int, folder: Path, depth: int):
    text = spec.block_text(r, f["fill_in"], "fill_in", blanks=True)
    if text is None:
        return None
    names = BLANK.findall(text)
    if not names:
        r.problem(f["fill_in"], "fill_in has no blanks: mark each one with braces, like {topic}")
        return None
    for name in names:
        if not NAME.match(name):
            r.problem(f["fill_in"], f"blank '{{{name}}}' needs a simple name: letters, digits, "
                                    "- or _, starting with a letter")
    widths: list[tuple[str, float]] = []
    for key, node in (r.mapping(f["blanks"], "blanks", names, depth + 1)
                      if "blanks" in f else ()):
        width = spec.length(r, node, f"blank {key}", 7 * 72.0)
        if width is not None:
            widths.append((key, width))
    return spec.FillIn(line, text, tuple(widths))


def _name(r: Reader, f: dict, kind: str, line: int) -> str | None:
    if "name" not in f:
        return f"{kind}-{line}"
    name = r.text(f["name"], "name")
    if name is not None and not NAME.match(name):
        r.problem(f["name"], "name must be letters, digits, - or _, starting with a letter")
        return None
    return name


def lines(r: Reader, f: dict, line: int, folder: Path, depth: int):
    count = spec.number(r, f["lines"], "lines", 1, MAX_LINES, whole=True)
    label = spec.block_text(r, f["label"], "label") if "label" in f else "Write here"
    fillable = spec.flag(r, f["fillable"], "fillable") if "fillable" in f else True
    name = _name(r, f, "lines", line)
    if None in (count, label, fillable, name):
        return None
    return spec.Lines(line, int(count), name, label, fillable)  # type: ignore[arg-type]


def checklist(r: Reader, f: dict, line: int, folder: Path, depth: int):
    nodes = r.items(f["checklist"], "checklist", depth)
    items = [spec.block_text(r, n, "a checklist item") for n in nodes]
    fillable = spec.flag(r, f["fillable"], "fillable") if "fillable" in f else True
    name = _name(r, f, "check", line)
    if not items and isinstance(f["checklist"], yaml.SequenceNode):
        r.problem(f["checklist"], "checklist is empty")
    if not items or None in items or fillable is None or name is None:
        return None
    return spec.Checklist(line, tuple(items), name, fillable)  # type: ignore[arg-type]


READERS = {"qa": qa, "page_break": page_break, "fill_in": fill_in, "lines": lines,
           "checklist": checklist}
