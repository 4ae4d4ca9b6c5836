"""The spec as a form and back. A field's name is BLOCK:KEY, like 'blocks.3:list.0' or
':theme.ink' (top level); applying a form changes only the values that differ."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from . import catalog, yamldoc
from .catalog import Field


@dataclass
class Shown:
    """A field with its current value, for the template."""

    f: Field
    name: str
    value: Any
    hint: str = ""  # a sample, shown as the placeholder


@dataclass
class BlockView:
    path: str
    kind: str
    number: str  # "3", or "3.2" in a row
    fields: list[Shown]
    children: list[BlockView] = field(default_factory=list)
    yaml_only: list[str] = field(default_factory=list)
    first: bool = False
    last: bool = False


def top_view(data: CommentedMap) -> list[Shown]:
    out = []
    for f in catalog.TOP:
        value = yamldoc.get(data, f.key)
        out.append(Shown(f, f":{f.key}", f.default if value is None else value))
    return out


def blocks_view(data: CommentedMap, path: str = "blocks", prefix: str = "") -> list[BlockView]:
    seq = yamldoc.get(data, path)
    if not isinstance(seq, list):
        return []
    views = []
    for i, block in enumerate(seq):
        bpath = f"{path}.{i}"
        kind = catalog.block_type(block) or "unknown"
        shown, rest = [], []
        if kind != "unknown":
            for f in catalog.fields(kind, block):
                value = block.get(f.key)
                if f.kind == "yaml":
                    if value is not None:
                        rest.append(f.key)
                    continue
                hint = catalog.sample_alt(str(block.get(kind))) if f.key == "alt" else ""
                shown.append(Shown(f, f"{bpath}:{f.key}", f.default if value is None else value,
                                   hint))
        known = {s.f.key for s in shown}
        rest += [k for k in block if k not in known and k not in rest] if isinstance(
            block, dict) else []
        view = BlockView(bpath, kind, f"{prefix}{i + 1}", shown, yaml_only=rest,
                         first=i == 0, last=i == len(seq) - 1)
        if kind == "row":
            view.children = blocks_view(data, f"{bpath}.row", f"{prefix}{i + 1}.")
        views.append(view)
    return views


def _field(block: Any, key: str) -> Field | None:
    if block is None:
        return next((f for f in catalog.TOP if f.key == key), None)
    kind = catalog.block_type(block)
    if kind is None:
        return None
    return next((f for f in catalog.fields(kind, block) if f.key == key), None)


def apply(data: CommentedMap, values: dict[str, str]) -> bool:
    """Write the form's values into the spec; True when anything changed."""
    changed = False
    for name, raw in values.items():
        bpath, _, key = name.partition(":")
        block = yamldoc.get(data, bpath) if bpath else None
        if bpath and not isinstance(block, dict):
            continue
        first = key.split(".")[0] if bpath else key
        f = _field(block, first)
        if f is None or f.kind in ("yaml", "row", "fixed", "drawing"):
            continue
        target = block if isinstance(block, dict) else data  # a block when bpath
        if f.kind in ("list", "qa"):  # one item: text
            if yamldoc.get(target, key) is not None:
                changed |= yamldoc.put(target, key, raw.replace("\r\n", "\n"))
            continue
        value = catalog.convert(f, raw)
        current = yamldoc.get(target, key)
        if current is None and (value is None or _same(value, f.default)):
            continue
        if f.kind == "color" and value is not None and current is None:
            value = DoubleQuotedScalarString(value)
        if isinstance(current, str) and isinstance(value, str) and f.kind == "color" \
                and current.upper() == value.upper():
            continue
        changed |= yamldoc.put(target, key, value)
    return changed


def _same(a: Any, b: Any) -> bool:
    return str(a).lower() == str(b).lower()


def operate(data: CommentedMap, op: dict) -> str | None:
    """A change of structure from a button; returns the path to focus afterwards."""
    what, path = op.get("op"), str(op.get("path", ""))
    if what == "remove":
        yamldoc.remove(data, path)
        return path.rsplit(".", 1)[0]
    if what == "move":
        return yamldoc.move(data, path, -1 if op.get("by") == "up" else 1)
    if what == "add-block":
        kind = str(op.get("kind"))
        if kind not in catalog.addable():
            return None
        at = int(op.get("at", 10**6))
        return yamldoc.insert(data, path or "blocks", at, CommentedMap(catalog.starter(kind)))
    if what == "add-item":
        seq = yamldoc.get(data, path)
        if isinstance(seq, list):
            empty = CommentedMap(q="", a="") if path.endswith(".qa") else ""
            return yamldoc.insert(data, path, len(seq), empty)
    if what == "drawing":
        return _drawing(data, path, str(op.get("name", "")))
    if what == "reseed":
        block = yamldoc.get(data, path)
        if isinstance(block, dict):
            block["seed"] = random.randint(2, 9999)
        return path
    return None


_BLOCK = re.compile(r"^(blocks\.\d+(?:\.row\.\d+)*)(?:\.(.+))?$")


def focus_ids(path: str | None) -> list[str]:
    """Element ids to focus after a change at `path`, best first."""
    m = _BLOCK.match(path or "")
    if not m:
        return ["blocks-h"]
    block, rest = m.groups()
    ids = [f"f-{block}:{rest}", f"f-{block}:{rest}.q"] if rest else []
    return [*ids, f"b-{block}", "blocks-h"]


def _drawing(data: CommentedMap, path: str, name: str) -> str | None:
    block = yamldoc.get(data, path)
    if not isinstance(block, dict) or name not in dict(catalog.drawings()):
        return None
    old = {f.key for f in catalog.drawing_options(str(block.get("illustration")))}
    for key in old:
        block.pop(key, None)
    block["illustration"] = name
    return path
