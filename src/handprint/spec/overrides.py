"""Changing a spec's words without editing it: `--set PATH=TEXT` and `{placeholders}` filled
from `--vars FILE.yaml` (and the clinic's brand file).

--set works on the YAML before it is checked, so an override is checked like the spec itself
and its problems carry the line of what it replaced.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from handprint.errors import Problem, SpecError
from handprint.spec.yamlnodes import Reader, read_file
from handprint.text.placeholders import fill  # noqa: F401  (the one {name} syntax)


def parse_set(text: str) -> tuple[str, str]:
    """'blocks.2.text=Hello' -> ('blocks.2.text', 'Hello')."""
    path, sep, value = text.partition("=")
    if not sep or not path.strip():
        raise ValueError(f"--set {text!r}: write PATH=TEXT, like blocks.2.text=\"New words\"")
    return path.strip(), value


def apply_sets(root: yaml.Node, sets: list[tuple[str, str]], file: str) -> list[Problem]:
    """Replace (or add) the values the paths name. Blocks are counted from 1, or named by
    their `id`. Returns a problem for each path that leads nowhere."""
    problems = []
    for path, value in sets:
        where = _find(root, path.split("."))
        if isinstance(where, str):
            problems.append(Problem(file, 0, f"--set {path}: {where}"))
            continue
        parent, key = where
        new = yaml.ScalarNode("tag:yaml.org,2002:str", value, style='"')
        for n, (k, v) in enumerate(parent.value):
            if k.value == key:
                new.start_mark = new.end_mark = v.start_mark
                parent.value[n] = (k, new)
                break
        else:
            new.start_mark = new.end_mark = parent.start_mark
            parent.value.append((yaml.ScalarNode("tag:yaml.org,2002:str", key), new))
    return problems


def _find(node: yaml.Node, steps: list[str]) -> tuple[yaml.MappingNode, str] | str:
    """The mapping that holds the last step, or why there is none."""
    walked: list[str] = []
    for n, step in enumerate(steps):
        last = n == len(steps) - 1
        if isinstance(node, yaml.SequenceNode):
            found = _item(node, step)
            if isinstance(found, str):
                return f"{'.'.join(walked) or 'the spec'} {found}"
            node = found
        elif isinstance(node, yaml.MappingNode):
            if last:
                return node, step
            values = {k.value: v for k, v in node.value if isinstance(k, yaml.ScalarNode)}
            if step not in values:  # a new section, like theme: the spec's check judges it
                if step not in ("theme", "print") or walked:
                    return f"there is no '{step}' in {'.'.join(walked) or 'the spec'}"
                values[step] = yaml.MappingNode("tag:yaml.org,2002:map", [],
                                                node.start_mark, node.start_mark)
                node.value.append((yaml.ScalarNode("tag:yaml.org,2002:str", step),
                                   values[step]))
            node = values[step]
        else:
            return f"{'.'.join(walked)} is text, so it has no '{step}'"
        walked.append(step)
    return "the path must end at a key, like blocks.2.text"


def _item(node: yaml.SequenceNode, step: str) -> yaml.Node | str:
    if step.isdigit():
        k = int(step)
        if not 1 <= k <= len(node.value):
            return f"has no item {k} (it has {len(node.value)}, counted from 1)"
        return node.value[k - 1]
    for item in node.value:
        if isinstance(item, yaml.MappingNode):
            for key, value in item.value:
                if key.value == "id" and getattr(value, "value", None) == step:
                    return item
    return f"has no block with id '{step}'"


def load_values(path: Path) -> dict[str, str]:
    """A --vars file: 'name: text' lines; every value is text as written."""
    root = read_file(path, "the --vars file")
    r = Reader(str(path))
    values: dict[str, str] = {}
    if root is None:
        return values
    if isinstance(root, yaml.MappingNode):
        keys = [k.value for k, _ in root.value if isinstance(k, yaml.ScalarNode)]
        for key, node in r.mapping(root, "the --vars file", keys, 1):
            if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]*", key):
                r.problem(node, f"'{key}' is not a placeholder name: letters, digits, - or _")
            text = r.text(node, key)
            if text is not None:
                values[key] = text
    else:
        r.problem(root, "the --vars file must be 'name: text' lines")
    if r.problems:
        raise SpecError(r.problems)
    return values
