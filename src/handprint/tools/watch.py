"""`handprint watch`: rebuild a spec's PDF and page-1 preview whenever it or a file it uses
changes.

Changes are reported by watchfiles (the operating system's file events, through the Rust
`notify` crate): a save shows up in tens of milliseconds and an idle watcher costs nothing,
where a polling loop would have to trade one against the other. Folders are watched rather
than files, so editors that save by writing a new file and renaming it are seen too.

A spec depends on itself, on every file it names (images, and whatever else the spec model
holds as a path) and on the bundled fonts. A spec that failed to build is tried again on any
change, since the file it was missing may just have appeared. A failed build leaves the last
good PDF in place (PDFs are written atomically).
"""

from __future__ import annotations

import dataclasses
import sys
import time
from collections.abc import Iterable
from pathlib import Path

from handprint.spec.library import OUT, language_of, specs_under, target
from handprint.text import fonts
from handprint.tools import batch

FONT_DIR = fonts.FONT_DIR


def specs_in(root: Path, lang: str | None = None) -> list[Path]:
    """The specs to watch: the file itself, or every spec under a folder (of one language
    with --lang)."""
    if not root.is_dir():
        return [root]
    return [p for p in specs_under(root) if lang is None or language_of(p, root) == lang]


def paths_in(value: object) -> set[Path]:
    """Every Path held anywhere in a spec model (dataclasses, named tuples, tuples)."""
    if isinstance(value, Path):
        return {value}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return set().union(*(paths_in(getattr(value, f.name))
                             for f in dataclasses.fields(value)))
    if isinstance(value, tuple | list):
        return set().union(*(paths_in(v) for v in value))
    return set()


def dependencies(spec_path: Path, personal: dict | None = None) -> set[Path] | None:
    """The files a spec uses (itself included, and its brand kit), resolved; None if it
    cannot be read now."""
    from handprint import pipeline
    from handprint.errors import SpecError

    try:
        s = pipeline.load(spec_path, **(personal or {}))
    except SpecError:
        return None
    return {p.resolve() for p in paths_in(s) | {spec_path}}


class Watcher:
    def __init__(self, root: Path, out: Path | None = None,
                 size: tuple[float, float] | None = None, dpi: int = 100,
                 personal: dict | None = None, lang: str | None = None):
        self.root, self.out, self.size, self.dpi, self.lang = root, out, size, dpi, lang
        self.personal = personal or {}  # brand, values, sets: as every command takes them
        self.deps: dict[Path, set[Path]] = {}  # spec -> files it uses (resolved)
        self.failed: set[Path] = set()
        self.said: set[str] = set()  # warnings written: the brand kit's once, not per spec

    def dest(self, spec_path: Path) -> Path:
        """The same path the build command gives the same spec."""
        return target(spec_path, self.root if self.root.is_dir() else None, self.out)

    def folders(self) -> set[Path]:
        """What to watch: the root (or the spec's folder), the fonts, and every folder
        holding a file some spec uses."""
        root = self.root.resolve()
        base = root if root.is_dir() else root.parent
        found = {base, FONT_DIR}
        for deps in self.deps.values():
            found |= {p.parent for p in deps if p.parent.is_dir()}
        # a folder inside another watched one is covered by it (watching is recursive)
        return {f for f in found if not any(o != f and o in f.parents for o in found)}

    def build(self, specs: Iterable[Path], processes: int | None = 1) -> None:
        jobs = [batch.Job(p, self.dest(p), self.size, **self.personal) for p in specs]
        for outcome in batch.results(jobs, processes):
            self.report(outcome, self.dest(outcome.path))

    def report(self, outcome: batch.Outcome, dest: Path) -> None:
        from handprint.tools import preview

        stamp = time.strftime("%H:%M:%S")
        path = outcome.path
        deps = dependencies(path, self.personal) if outcome.ok else None
        self.deps[path] = deps or self.deps.get(path, set()) | {path.resolve()}
        if outcome.ok:
            self.failed.discard(path)
            png = preview.pages(dest, self.dpi, count=1)
            line = outcome.out.rstrip("\n")
            print(f"{stamp} {line}  preview {png[0] if png else '-'}", flush=True)
            sys.stderr.write(batch.unsaid(outcome.err, self.said))
        else:
            self.failed.add(path)
            kept = f"kept the last good {dest}" if dest.exists() else f"no {dest} yet"
            sys.stderr.write(outcome.err)
            print(f"{stamp} {path}: not built ({kept})", file=sys.stderr, flush=True)

    def affected(self, changed: set[Path]) -> list[Path]:
        """Specs to rebuild for these changed files (resolved paths)."""
        current = specs_in(self.root, self.lang)
        for gone in set(self.deps) - set(current):
            del self.deps[gone]
            self.failed.discard(gone)
        if any(FONT_DIR in p.parents for p in changed):
            forget_fonts()
            return current
        return [p for p in current
                if p not in self.deps or p in self.failed or self.deps[p] & changed]

    def run(self) -> int:
        import watchfiles

        specs = specs_in(self.root, self.lang)
        print(f"watching {len(specs)} spec{'s' * (len(specs) != 1)} in {self.root} "
              f"(Ctrl-C to stop)", flush=True)
        first = True
        while True:
            folders = self.folders()
            changes = watchfiles.watch(*folders, raise_interrupt=False, debounce=400, step=50,
                                       yield_on_timeout=True, rust_timeout=50)
            if next(changes, None) is None:  # the watcher is running: nothing saved is missed
                return 0
            if first:  # build only now, so an edit saved during this build is seen
                self.build(specs, processes=None)
                first = False
            for events in changes:
                if not events:
                    continue
                out = (self.out or OUT).resolve()
                changed = {p for _, name in events
                           if out not in (p := Path(name).resolve()).parents}  # not our own
                todo = self.affected(changed) if changed else []
                if todo:
                    self.build(todo)
                if self.folders() != folders:
                    break  # a spec now uses a file elsewhere: watch that folder too
            else:
                return 0  # the watch ended: Ctrl-C


def forget_fonts() -> None:
    """A font file changed: drop every cached font, measure and split."""
    from handprint.layout import boxes, page
    from handprint.text import textflow

    for value in [*vars(fonts).values(), *vars(textflow).values(), *vars(boxes).values(),
                  *vars(page).values()]:
        if hasattr(value, "cache_clear"):
            value.cache_clear()


def main(root: Path, out: Path | None, size: tuple[float, float] | None, dpi: int,
         personal: dict | None = None, lang: str | None = None) -> int:
    try:
        return Watcher(root, out, size, dpi, personal, lang).run()
    except KeyboardInterrupt:
        return 0
    finally:
        print("watch stopped", file=sys.stderr, flush=True)
