"""Round-trip YAML (ruamel.yaml): change a spec's values and structure, keep its comments,
key order and quoting. Paths are dotted: 'title', 'theme.ink', 'blocks.3.list.0'."""

from __future__ import annotations

import io
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import LiteralScalarString, PlainScalarString, ScalarString

Doc = CommentedMap


class YamlProblem(ValueError):
    """The text is not a YAML mapping the form can show."""


def _yaml() -> YAML:
    y = YAML(typ="rt")  # round trip: builds plain maps, lists and strings only (no objects)
    y.indent(mapping=2, sequence=4, offset=2)
    y.preserve_quotes = True
    y.width = 88
    return y


def load(text: str) -> Doc:
    try:
        data = _yaml().load(text)
    except YAMLError as e:
        raise YamlProblem(str(e).splitlines()[0]) from None
    except Exception as e:  # ruamel raises a few of its own kinds on odd input
        raise YamlProblem(type(e).__name__) from None
    if not isinstance(data, CommentedMap):
        raise YamlProblem("the spec must be a mapping of keys (title:, blocks:...)")
    return data


def dump(data: Doc) -> str:
    out = io.StringIO()
    _yaml().dump(data, out)
    return out.getvalue()


def steps(path: str) -> list[str | int]:
    return [int(s) if s.isdigit() else s for s in path.split(".") if s != ""]


def get(data: Any, path: str, default: Any = None) -> Any:
    node = data
    for step in steps(path):
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            return default
    return node


def parent(data: dict[str, Any], path: str, create: bool = False) -> tuple[Any, str | int]:
    """The container holding `path` and the last step; mappings made on the way if asked."""
    *head, last = steps(path)
    node: Any = data
    for step in head:
        if isinstance(node, dict) and step not in node and create:
            node[step] = CommentedMap()
        node = node[step]
    return node, last


def styled(old: Any, new: str) -> Any:
    """The new text in the old one's style (folded, literal, quoted); literal if it now has
    line breaks and was plain."""
    if isinstance(old, ScalarString) and str(old):  # an empty one was quoted only to be empty
        return type(old)(new)
    if "\n" in new:
        return LiteralScalarString(new)
    return PlainScalarString(new) if isinstance(old, ScalarString) else new


def put(data: dict[str, Any], path: str, value: Any) -> bool:
    """Set a value (None deletes the key) in the spec or one of its blocks; True when
    something changed."""
    try:
        node, last = parent(data, path, create=value is not None)
    except (KeyError, IndexError, TypeError):
        return False
    if value is None:
        if isinstance(node, dict) and last in node:
            del node[last]
            return True
        return False
    old = node.get(last) if isinstance(node, dict) else node[last]
    same = (isinstance(old, str) and str(old) == value if isinstance(value, str)
            else type(old) is type(value) and old == value)
    if same:
        return False
    node[last] = styled(old, value) if isinstance(value, str) else value
    return True


def remove(data: Doc, path: str) -> None:
    node, last = parent(data, path)
    if isinstance(node, list) and isinstance(last, int) and 0 <= last < len(node):
        if len(node) > 1 or not path.startswith("blocks."):
            del node[last]


def move(data: Doc, path: str, by: int) -> str:
    """Move a list entry up (-1) or down (+1); returns its new path."""
    node, last = parent(data, path)
    if not (isinstance(node, list) and isinstance(last, int)):
        return path
    to = last + by
    if 0 <= last < len(node) and 0 <= to < len(node):
        node.insert(to, node.pop(last))
        return path.rsplit(".", 1)[0] + f".{to}"
    return path


def insert(data: Doc, seq_path: str, at: int, value: Any) -> str:
    seq = get(data, seq_path)
    if not isinstance(seq, list):
        seq = CommentedSeq()
        put(data, seq_path, seq)
    at = max(0, min(at, len(seq)))
    seq.insert(at, value)
    return f"{seq_path}.{at}"


def block_lines(data: Doc) -> list[tuple[int, str]]:
    """(first line, path) of every top-level key and every block (rows' blocks too), in
    order; 1-based lines as in the spec's problems."""
    marks: list[tuple[int, str]] = []
    for key in data:
        marks.append((data.lc.key(key)[0] + 1, f"top.{key}"))
    _blocks(data.get("blocks"), "blocks", marks)
    return sorted(marks)


def _blocks(seq: Any, path: str, marks: list[tuple[int, str]]) -> None:
    if not isinstance(seq, CommentedSeq):
        return
    for i, block in enumerate(seq):
        line = seq.lc.item(i)[0] + 1
        marks.append((line, f"{path}.{i}"))
        if isinstance(block, CommentedMap) and "row" in block:
            _blocks(block["row"], f"{path}.{i}.row", marks)


def owner(marks: list[tuple[int, str]], line: int) -> str:
    """The path of the block or top-level key that a problem's line falls in."""
    found = "top"
    for start, path in marks:
        if start > line:
            break
        found = path
    return found
