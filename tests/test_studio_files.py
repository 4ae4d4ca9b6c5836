"""Editing through the studio's HTTP calls: the form's changes land in the YAML with its
comments, key order and quoting; saves keep history and never overwrite a newer file."""

from __future__ import annotations

import hashlib
import json

import pypdfium2 as pdfium

from tests.studio_server import COMMENT, running  # noqa: F401  (the fixture)

SPEC = "bringing-it-up.yaml"


def _update(running, yaml_text: str, **extra) -> dict:  # noqa: F811
    status, body = running.request("POST", "/api/update", {"path": SPEC, "yaml": yaml_text,
                                                           **extra})
    assert status == 200, body
    return json.loads(body)


def test_a_form_edit_keeps_comments_order_and_quoting(running):  # noqa: F811
    original = (running.folder / SPEC).read_text()
    out = _update(running, original, fields={"blocks.0:heading": "Saying the hard thing",
                                             "blocks.7:blanks": "ignored"})
    text = out["yaml"]
    assert text.startswith(COMMENT)
    assert "  - heading: Saying the hard thing\n" in text
    assert 'theme: {paper: "#FFFFFF", ink: "#1E1E1E", accent: "#D4A017"}' in text
    changed = [a for a, b in zip(original.splitlines(), text.splitlines(), strict=True)
               if a != b]
    assert changed == ["  - heading: Bringing up something hard with your therapist"]
    assert out["ok"] and out["pages"][0].startswith("data:image/png;base64,")


def test_unchanged_form_values_change_nothing(running):  # noqa: F811
    original = (running.folder / SPEC).read_text()
    fields = {":title": "Bringing up something hard with your therapist", ":kind": "worksheet",
              ":theme.ink": "#1e1e1e", ":orientation": "", "blocks.2:level": "2",
              "blocks.2:align": "", "blocks.1:lettered": "false"}
    assert _update(running, original, fields=fields)["yaml"] == original


def test_problems_sit_beside_their_block(running):  # noqa: F811
    original = (running.folder / SPEC).read_text()
    out = _update(running, original, fields={"blocks.8:lines": "99"})
    assert not out["ok"]
    [p] = out["problems"]
    assert p["anchor"] == "blocks.8"
    assert p["text"].startswith("handouts/bringing-it-up.yaml:") and "lines" in p["text"]


def test_blocks_and_items_are_added_moved_and_removed(running):  # noqa: F811
    text = (running.folder / SPEC).read_text()
    text = _update(running, text, op={"op": "move", "path": "blocks.1", "by": "up"})["yaml"]
    assert text.index("- text: >-") < text.index("- heading: Bringing up")
    out = _update(running, text, op={"op": "add-item", "path": "blocks.10.checklist"})
    assert out["focus"][0] == "f-blocks.10:checklist.4" and "form" in out
    text = _update(running, out["yaml"], fields={"blocks.10:checklist.4": "I slept well."}
                   )["yaml"]
    assert "      - I slept well.\n" in text
    text = _update(running, text, op={"op": "remove", "path": "blocks.10.checklist.0"})["yaml"]
    assert "I know roughly what I want to say." not in text
    out = _update(running, text, op={"op": "add-block", "path": "blocks", "kind": "qa"})
    assert "  - qa:\n      - q: A question?\n        a: Its answer.\n" in out["yaml"]
    out = _update(running, out["yaml"], op={"op": "add-block", "kind": "illustration"})
    assert not out["ok"] and out["problems"][0]["anchor"] == "blocks.13"  # alt is required


def test_save_keeps_the_previous_version_and_refuses_to_clobber(running):  # noqa: F811
    path = running.folder / SPEC
    opened = path.read_text()
    base = hashlib.sha256(opened.encode()).hexdigest()
    mine = opened.replace("kind: worksheet", "kind: handout")
    status, body = running.request("POST", "/api/save", {"path": SPEC, "yaml": mine,
                                                         "base": base})
    assert status == 200 and path.read_text() == mine
    [kept] = (running.folder / ".history").glob("bringing-it-up.*.yaml")
    assert kept.read_text() == opened
    path.write_text(opened + "# someone else\n")  # another program changes the file
    other = mine.replace("size: letter", "size: a4")
    status, body = running.request("POST", "/api/save", {"path": SPEC, "yaml": other,
                                                         "base": json.loads(body)["base"]})
    assert status == 409 and json.loads(body)["disk"].endswith("# someone else\n")
    assert path.read_text().endswith("# someone else\n")
    forced = json.loads(body)["base"]  # the user saw both and chose theirs
    status, _ = running.request("POST", "/api/save", {"path": SPEC, "yaml": other,
                                                      "base": forced})
    assert status == 200 and path.read_text() == other
    assert not list(running.folder.glob(".*.tmp"))


def test_new_copy_and_translation(running):  # noqa: F811
    status, body = running.request("POST", "/api/new", {"kind": "worksheet", "name": "Mood"})
    assert status == 200 and json.loads(body)["url"] == "/edit/mood.yaml"
    assert "kind: worksheet" in (running.folder / "mood.yaml").read_text()
    status, _ = running.request("POST", "/api/new", {"kind": "worksheet", "name": "Mood"})
    assert status == 400  # never over an existing file
    status, body = running.request("POST", "/api/copy", {"path": SPEC, "lang": "fr"})
    assert status == 200
    text = (running.folder / "fr" / SPEC).read_text()
    assert text.startswith(COMMENT) and "\nlang: fr\n" in text and "lang: en" not in text
    status, body = running.request("POST", "/api/copy", {"path": SPEC, "name": "again"})
    assert (running.folder / "again.yaml").read_text() == (running.folder / SPEC).read_text()
    status, body = running.request("GET", "/")
    assert b"Language: fr" in body and b"again.yaml" in body


def test_downloads(running):  # noqa: F811
    text = (running.folder / "ruptures-poster.yaml").read_text()
    for what, pages in (("pdf", 1), ("press", 1), ("tile-letter", 2)):
        boundary = "b0undary"
        parts = [("path", "ruptures-poster.yaml"), ("what", what), ("yaml", text)]
        body = "".join(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n"
                       f"{v}\r\n" for k, v in parts) + f"--{boundary}--\r\n"
        status, data = running.request("POST", "/download", body, headers={
            "Content-Type": f"multipart/form-data; boundary={boundary}"})
        assert status == 200 and data.startswith(b"%PDF"), what
        count = len(pdfium.PdfDocument(data))
        assert count == pages if what != "tile-letter" else count > pages, what


def test_kept_versions_are_not_specs(running):  # noqa: F811
    from handprint.spec.library import specs_under

    text = (running.folder / SPEC).read_text()
    base = hashlib.sha256(text.encode()).hexdigest()
    assert running.request("POST", "/api/save", {"path": SPEC, "yaml": text + "\n",
                                                 "base": base})[0] == 200
    assert list((running.folder / ".history").iterdir())
    assert not [p for p in specs_under(running.folder) if ".history" in p.parts]
    assert b".history" not in running.request("GET", "/")[1]
