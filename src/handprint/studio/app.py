"""The studio's web app (Flask): the library, the editor and its JSON calls."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from flask import Flask, Response, abort, jsonify, render_template, request

from . import builds, catalog, files, forms, store, yamldoc
from .guard import TOKEN_HEADER, Guard

MAX_REQUEST = 12_000_000  # bytes: a spec is at most 1 MB, a logo at most 10 MB


def create(folder: Path, guard: Guard) -> Flask:
    here = resources.files(__package__)
    app = Flask(__name__, template_folder=str(here / "templates"),
                static_folder=str(here / "static"), static_url_path="/static")
    app.config["MAX_CONTENT_LENGTH"] = MAX_REQUEST
    app.config["FOLDER"] = folder
    app.jinja_env.globals.update(token=guard.token, catalog=catalog)

    @app.before_request
    def _guard() -> None:
        token = request.headers.get(TOKEN_HEADER) or request.form.get("token") \
            if request.method not in ("GET", "HEAD") else None
        why = guard.refuse(request.method, request.host, request.headers.get("Origin"), token)
        if why:
            abort(Response(why + "\n", 403, mimetype="text/plain"))

    @app.after_request
    def _headers(resp: Response) -> Response:
        resp.headers["Content-Security-Policy"] = (
            "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; "
            "script-src 'self'; frame-ancestors 'none'; form-action 'self'")
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers["Referrer-Policy"] = "no-referrer"
        resp.headers.setdefault("Cache-Control", "no-store")
        return resp

    @app.errorhandler(store.Refused)
    def _refused(e: store.Refused):
        return jsonify(error=str(e)), 400

    @app.get("/favicon.ico")
    def favicon():
        return app.send_static_file("favicon.ico")

    @app.get("/")
    def library():
        return render_template("library.html", entries=files.library(folder),
                               folder=folder.name, kinds=catalog.KINDS)

    @app.get("/thumb/<path:rel>")
    def thumb(rel: str):
        png = files.thumbnail(folder, rel)
        return Response(png, mimetype="image/png") if png else abort(404)

    @app.get("/drawing/<name>/<int:seed>.png")
    def drawing(name: str, seed: int):
        if name not in dict(catalog.drawings()) or not 0 <= seed <= 10**9:
            abort(404)
        return Response(builds.drawing(name, seed, folder), mimetype="image/png",
                        headers={"Cache-Control": "max-age=3600"})

    @app.get("/edit/<path:rel>")
    def edit(rel: str):
        text = store.read(folder, rel)
        return render_template("editor.html", rel=rel, text=text, base=store.digest(text),
                               folder=folder.name, form=_form(text),
                               drawings=catalog.drawings())

    @app.post("/api/update")
    def update():
        body = request.get_json(force=True, silent=True) or {}
        rel, text = str(body.get("path", "")), str(body.get("yaml", ""))
        path = store.inside(folder, rel)
        focus, rebuild = None, bool(body.get("form"))
        if body.get("fields") or body.get("op"):
            try:
                data = yamldoc.load(text)
            except yamldoc.YamlProblem:
                data = None
            if data is not None:
                changed = forms.apply(data, {str(k): str(v) for k, v in
                                             (body.get("fields") or {}).items()})
                if body.get("op"):
                    focus, rebuild = forms.operate(data, body["op"]), True
                if changed or body.get("op"):
                    text = yamldoc.dump(data)
        result = builds.check(folder, path, text)
        out = {"yaml": text, "problems": result.problems, "ok": result.ok,
               "focus": forms.focus_ids(focus) if body.get("op") else [],
               "pages": [builds.data_url(p) for p in result.pages], "count": result.count}
        if rebuild:
            out["form"] = _form(text)
        return jsonify(out)

    @app.post("/api/save")
    def save():
        body = request.get_json(force=True, silent=True) or {}
        rel, text = str(body.get("path", "")), str(body.get("yaml", ""))
        try:
            base = store.save(folder, rel, text, body.get("base"))
        except store.Changed as e:
            return jsonify(conflict=True, disk=e.disk, base=store.digest(e.disk)), 409
        return jsonify(saved=True, base=base)

    files.routes(app, folder)
    return app


def _form(text: str) -> str:
    try:
        data = yamldoc.load(text)
    except yamldoc.YamlProblem as e:
        return render_template("form_broken.html", why=str(e))
    return render_template("form.html", top=forms.top_view(data),
                           blocks=forms.blocks_view(data), drawings=catalog.drawings())
