"""The folder tree shows the pipeline: each stage imports only earlier stages, and no module
imports itself round a cycle (imports inside functions count too)."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "handprint"
# The package's own __init__ (ASSETS) comes first; commands last.
STAGES = ["handprint", "errors", "text", "draw", "spec", "layout", "blocks", "pdf",
          "pipeline", "tools", "studio", "cli"]


def modules() -> dict[str, Path]:
    out = {}
    for path in SRC.rglob("*.py"):
        if "assets" in path.parts:  # scripts that made the assets, not part of the program
            continue
        parts = path.relative_to(SRC.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


def imports(name: str, path: Path, known: set[str]) -> set[str]:
    """Every handprint module this one imports, wherever the import statement is."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(up + ([base] if base else []))
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base
                       for a in node.names]
        else:
            continue
        for t in targets:
            while t and t not in known:
                t = t.rpartition(".")[0]
            if t and t != name:
                found.add(t)
    return found


def graph() -> dict[str, set[str]]:
    mods = modules()
    return {name: imports(name, path, set(mods)) for name, path in mods.items()}


def stage(module: str) -> int:
    parts = module.split(".")
    return STAGES.index(parts[1] if len(parts) > 1 else parts[0])


def test_every_module_belongs_to_a_stage():
    for name in modules():
        assert stage(name) >= 0, name


def test_top_of_the_package_stays_small():
    top = [p for p in SRC.glob("*.py")]
    assert len(top) <= 8, sorted(p.name for p in top)


def test_each_stage_imports_only_earlier_stages():
    wrong = [f"{a} imports {b}" for a, deps in graph().items() for b in deps
             if b != "handprint" and stage(b) > stage(a)]
    assert not wrong, "\n".join(sorted(wrong))


def test_no_import_cycles():
    g = graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in g[v] - {"handprint"}:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            part = []
            while True:
                w = stack.pop()
                part.append(w)
                if w == v:
                    break
            if len(part) > 1:
                cycles.append(sorted(part))

    for v in g:
        if v not in index:
            visit(v)
    assert not cycles, cycles


def test_the_checker_sees_a_wrong_import(tmp_path, monkeypatch):
    """The check itself can fail: a text module importing layout is caught."""
    bad = {"handprint.text.x": {"handprint.layout.page"}}
    wrong = [a for a, deps in bad.items() for b in deps if stage(b) > stage(a)]
    assert wrong == ["handprint.text.x"]
