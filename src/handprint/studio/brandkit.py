"""The brand kit page: FOLDER/brand.yaml (clinic name, contact, colours, band) and the logo
upload, checked with Pillow before it is kept."""

from __future__ import annotations

import io
from pathlib import Path

from flask import Flask, render_template, request
from PIL import Image
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from handprint.errors import SpecError
from handprint.spec import brand
from handprint.spec.library import BRAND_FILE

from . import store, yamldoc

MAX_LOGO_BYTES = 10_000_000
MAX_LOGO_PIXELS = 40_000_000
TEXTS = ["clinic", "address", "phone", "website", "booking"]
COLORS = ["paper", "ink", "accent"]


def load(folder: Path) -> CommentedMap:
    path = folder / BRAND_FILE
    if path.is_file():
        try:
            return yamldoc.load(store.read(folder, BRAND_FILE))
        except yamldoc.YamlProblem:
            pass
    return CommentedMap()


def logo(data: bytes) -> tuple[bytes, str]:
    """The upload if it is a PNG or JPEG within the limits: (bytes, extension)."""
    if len(data) > MAX_LOGO_BYTES:
        raise store.Refused("the logo is larger than 10 MB")
    try:
        with Image.open(io.BytesIO(data), formats=["PNG", "JPEG"]) as im:
            if im.width * im.height > MAX_LOGO_PIXELS:
                raise store.Refused("the logo has more than 40 million pixels")
            kind = im.format
            im.verify()
    except store.Refused:
        raise
    except Exception:
        raise store.Refused("the logo must be a PNG or JPEG picture") from None
    return data, "png" if kind == "PNG" else "jpg"


def save(folder: Path, form: dict[str, str], upload: bytes | None) -> list[str]:
    """Write brand.yaml from the form (and the logo); the problems brand.load finds."""
    data = load(folder)
    for key in TEXTS:
        value = form.get(key, "").strip()
        yamldoc.put(data, key, value or None)
    colors = data.get("colors") if isinstance(data.get("colors"), dict) else CommentedMap()
    for key in COLORS:
        value = form.get(f"color_{key}", "")
        if form.get(f"use_{key}") == "on" and value:
            if str(colors.get(key, "")).upper() != value.upper():
                colors[key] = DoubleQuotedScalarString(value.upper())
        else:
            colors.pop(key, None)
    yamldoc.put(data, "colors", colors or None)
    yamldoc.put(data, "band", form.get("band") == "on")
    if upload:
        content, ext = logo(upload)
        store.write(store.inside(folder, f"logo.{ext}"), content)
        yamldoc.put(data, "logo", f"logo.{ext}")
    path = folder / BRAND_FILE
    if path.is_file():
        store.keep(folder, BRAND_FILE, path.read_text("utf-8"))
    store.write(path, yamldoc.dump(data).encode())
    try:
        brand.load(path)
    except SpecError as e:
        return [f"{BRAND_FILE}:{p.line}: {p.message}" if p.line else p.message
                for p in e.problems]
    return []


def routes(app: Flask, folder: Path) -> None:
    @app.get("/brand")
    def brand_page():
        return render_template("brand.html", kit=load(folder), saved=None, problems=[],
                               folder=folder.name)

    @app.post("/brand")
    def brand_save():
        upload = request.files.get("logo")
        content = upload.read(MAX_LOGO_BYTES + 1) if upload and upload.filename else None
        try:
            problems = save(folder, dict(request.form), content)
        except store.Refused as e:
            problems = [str(e)]
            return render_template("brand.html", kit=load(folder), saved=False,
                                   problems=problems, folder=folder.name), 400
        return render_template("brand.html", kit=load(folder), saved=True,
                               problems=problems, folder=folder.name)
