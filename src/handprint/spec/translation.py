"""Translations: which spec a translation translates, and where its blocks no longer follow
the original's (a block added, removed, moved or changed to another type or drawing).

A translation names its original with `translates: ../ruptures-poster.yaml`; without the key,
a spec in a folder named by its language (es/ for lang: es) translates the spec of the same
file name one folder up, when there is one.
"""

from __future__ import annotations

import os
from pathlib import Path

import yaml

from handprint.errors import shown
from handprint.spec import registry
from handprint.spec.library import is_spec
from handprint.spec.model import Block, Spec
from handprint.spec.yamlnodes import Reader

MAX_SHOWN = 10  # differences listed; past this the translation is likely of another spec


def named(r: Reader, node: yaml.Node, spec_path: Path) -> Path | None:
    """`translates:`: a spec file, relative to this one's folder. A missing one is no
    problem here (a translation copied alone still builds): check warns about it."""
    rel = r.text(node, "translates")
    if rel is None:
        return None
    path = Path(os.path.normpath(spec_path.parent / rel))
    if not is_spec(path):
        r.problem(node, f"translates: '{shown(rel)}' is not a spec (a .yaml file like "
                        "../ruptures-poster.yaml)")
    elif path.resolve() == spec_path.resolve():
        r.problem(node, "translates: names this spec itself; give the original it translates")
    else:
        return path
    return None


def default(spec_path: Path, lang: object) -> Path | None:
    """The same file name one folder up, for a spec in a folder named by its language."""
    code = str(lang or "en").lower()
    if spec_path.parent.name.lower() not in (code, code.split("-")[0]):
        return None
    path = spec_path.parent.parent / spec_path.name
    return path if path.is_file() else None


def _what(b: Block) -> str:
    kind = registry.of(b).key
    name = getattr(b, "name", None) if kind == "illustration" else None
    return f"{kind} '{name}'" if name else kind


def _a(what: str) -> str:
    return f"{'an' if what[0] in 'aeiou' else 'a'} {what}"


def differences(translation: Spec, original: Spec) -> list[tuple[int, str]]:
    """(line in the translation, what does not follow the original, with its line)."""
    import difflib  # here: only a translation is compared

    mine, theirs = registry.every(translation.blocks), registry.every(original.blocks)
    a, b = [_what(x) for x in mine], [_what(x) for x in theirs]
    where = original.path
    extra: list[int] = []  # indexes in the translation, not in the original
    missing: list[tuple[int, int]] = []  # (index in the original, translation index there)
    out: list[tuple[int, str]] = []
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    for op, i1, i2, j1, j2 in ops:
        if op == "replace":
            for i, j in zip(range(i1, i2), range(j1, j2), strict=False):
                out.append((mine[i].line, f"this {a[i]} block is {_a(b[j])} block in the "
                                          f"original ({where}:{theirs[j].line})"))
            n = min(i2 - i1, j2 - j1)
            extra += range(i1 + n, i2)
            missing += [(j, i2) for j in range(j1 + n, j2)]
        elif op == "delete":
            extra += range(i1, i2)
        elif op == "insert":
            missing += [(j, i1) for j in range(j1, j2)]
    for i in extra:
        moved = next((m for m in missing if b[m[0]] == a[i]), None)
        if moved:
            missing.remove(moved)
            out.append((mine[i].line, f"this {a[i]} block is at another place in the "
                                      f"original ({where}:{theirs[moved[0]].line}): the "
                                      "original moved it"))
        else:
            out.append((mine[i].line, f"this {a[i]} block is not in the original ({where}): "
                                      "the original removed it, or it was added here"))
    for j, i in missing:
        line = mine[min(i, len(mine) - 1)].line if mine else translation.title_line
        place = "here" if i < len(mine) else "after this block"
        out.append((line, f"the original has {_a(b[j])} block {place} ({where}:"
                          f"{theirs[j].line}) that this translation does not: translate it"))
    out.sort()
    if len(out) > MAX_SHOWN:
        more = len(out) - MAX_SHOWN + 1
        out = out[: MAX_SHOWN - 1] + [(out[MAX_SHOWN - 1][0], f"and {more} more differences "
                                       f"from the original ({where}): is it the spec this "
                                       "one translates?")]
    return out
