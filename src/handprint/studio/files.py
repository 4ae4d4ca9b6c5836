"""The library (every spec, with page 1, kind, size, pages and problems), new specs,
copies and translations, and the downloads."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from flask import Flask, Response, jsonify, request, url_for

from handprint.errors import SpecError
from handprint.tools import tile

from . import brandkit, builds, store, yamldoc


@dataclass
class Entry:
    rel: str
    lang: str
    title: str
    kind: str
    size: str
    pages: int
    problems: list[dict]
    ok: bool
    version: str


_cache: dict[tuple[str, int, int], tuple[Entry, bytes | None]] = {}


def _entry(folder: Path, rel: str) -> tuple[Entry, bytes | None]:
    path = store.inside(folder, rel)
    st = path.stat()
    key = (str(path), st.st_mtime_ns, st.st_size)
    if key not in _cache:
        text = store.read(folder, rel)
        result = builds.check(folder, path, text, builds.THUMB * 2, 1)
        try:
            title = str(yamldoc.load(text).get("title", rel))
        except yamldoc.YamlProblem:
            title = rel
        entry = Entry(rel, store.lang_of(rel), title, result.kind, result.size, result.count,
                      result.problems, result.ok, f"{st.st_mtime_ns:x}")
        _cache[key] = (entry, result.pages[0] if result.pages else None)
    return _cache[key]


def library(folder: Path) -> dict[str, list[Entry]]:
    """Entries by language: English (the top of the folder) first."""
    groups: dict[str, list[Entry]] = {}
    for rel in store.specs(folder):
        entry, _ = _entry(folder, rel)
        groups.setdefault(entry.lang, []).append(entry)
    return dict(sorted(groups.items(), key=lambda kv: (kv[0] != "en", kv[0])))


def thumbnail(folder: Path, rel: str) -> bytes | None:
    return _entry(folder, rel)[1]


def routes(app: Flask, folder: Path) -> None:
    @app.post("/api/new")
    def new():
        body = request.get_json(force=True, silent=True) or {}
        kind = str(body.get("kind", ""))
        rel = store.file_name(str(body.get("name", "")))
        lang = str(body.get("lang") or "en")
        if lang != "en":
            rel = store.translation_path(rel, lang)
        text = store.starter(kind)
        if lang != "en":
            text = _with_lang(text, lang)
        store.create(folder, rel, text)
        return jsonify(url=url_for("edit", rel=rel))

    @app.post("/api/copy")
    def copy():
        body = request.get_json(force=True, silent=True) or {}
        src = str(body.get("path", ""))
        text = store.read(folder, src)
        lang = str(body.get("lang") or "")
        if lang:
            rel = store.translation_path(src, lang)
            text = _with_lang(text, lang)
        else:
            name = store.file_name(str(body.get("name", "")))
            rel = str(Path(src).parent / name) if "/" in src else name
        store.create(folder, rel, text)
        return jsonify(url=url_for("edit", rel=rel))

    @app.post("/download")
    def download():
        rel, what = request.form.get("path", ""), request.form.get("what", "pdf")
        text = request.form.get("yaml", "")
        path = store.inside(folder, rel)
        stem = path.stem
        try:
            if what == "press":
                data, name = builds.build(folder, path, text, press=True).pdf, f"{stem}-press"
            elif what in ("tile-letter", "tile-a4"):
                sheet = what.removeprefix("tile-")
                built = builds.build(folder, path, text, bleed=0.0, crop_marks=False, flat=True)
                assert built.pdf is not None
                data, _ = tile.tile(built.pdf, tile.safe_title(built.doc.title), sheet)
                name = f"{stem}-tiled-{sheet}"
            else:
                data, name = builds.build(folder, path, text).pdf, stem
        except SpecError as e:
            return Response("Fix these first:\n" + str(e), 400, mimetype="text/plain")
        except tile.TileError as e:
            return Response(str(e), 400, mimetype="text/plain")
        return Response(data, mimetype="application/pdf", headers={
            "Content-Disposition": f'attachment; filename="{name}.pdf"'})

    brandkit.routes(app, folder)


def _with_lang(text: str, lang: str) -> str:
    try:
        data = yamldoc.load(text)
    except yamldoc.YamlProblem:
        return text
    if "lang" in data:
        data["lang"] = lang
    else:
        keys = list(data)
        at = keys.index("title") + 1 if "title" in keys else 0
        data.insert(at, "lang", lang)
    return yamldoc.dump(data)
