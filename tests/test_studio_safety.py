"""The studio refuses what it must, over real HTTP: other hosts (DNS rebinding), other
sites, changes without the token, paths out of its folder, bad uploads, unsafe YAML."""

from __future__ import annotations

import io
import json
import os

from PIL import Image

from tests.studio_server import running  # noqa: F401  (the fixture)

GOOD = {"path": "bringing-it-up.yaml", "yaml": "title: x\nblocks:\n  - heading: Hi\n"}


def test_binds_to_this_computer_only(running):  # noqa: F811
    assert running.url.startswith("http://127.0.0.1:")


def test_the_library_and_favicon_are_served(running):  # noqa: F811
    assert running.request("GET", "/")[0] == 200
    status, body = running.request("GET", "/favicon.ico")
    assert status == 200 and body[:4] == b"\0\0\1\0"


def test_another_host_name_is_refused(running):  # noqa: F811
    port = running.netloc.split(":")[1]
    for host in (f"evil.example:{port}", "127.0.0.1:1", f"127.0.0.1.nip.io:{port}"):
        status, body = running.request("GET", "/", headers={"Host": host})
        assert status == 403, host
        assert b"not the studio's" in body


def test_other_sites_pages_are_refused(running):  # noqa: F811
    for origin in ("http://evil.example", "null", f"https://{running.netloc}"):
        status, _ = running.request("POST", "/api/save", GOOD, headers={"Origin": origin})
        assert status == 403, origin
    assert "title: x" not in (running.folder / "bringing-it-up.yaml").read_text()


def test_changes_need_the_token(running):  # noqa: F811
    assert running.request("POST", "/api/save", GOOD, token=False)[0] == 403
    bad = {"X-Studio-Token": "guess"}
    assert running.request("POST", "/api/save", GOOD, headers=bad)[0] == 403
    assert running.request("POST", "/api/update", GOOD, token=False)[0] == 403
    assert running.request("POST", "/api/update", GOOD)[0] == 200


def test_no_path_leads_out_of_the_folder(running, tmp_path):  # noqa: F811
    outside = tmp_path / "secret.yaml"
    outside.write_text("title: SECRET-WORDS\nblocks:\n  - heading: SECRET-WORDS\n")
    (running.folder / "link.yaml").symlink_to(outside)
    (running.folder / "linkdir").symlink_to(tmp_path, target_is_directory=True)
    for rel in ("../secret.yaml", str(outside), "link.yaml", "linkdir/secret.yaml",
                "es/../../secret.yaml", ".history/x.yaml"):
        status, body = running.request("POST", "/api/save", {**GOOD, "path": rel})
        assert status == 400, rel
        status, body = running.request("GET", f"/edit/{rel}")
        assert status != 200, rel
        assert b"SECRET-WORDS" not in body
        for what in ("copy", "new"):
            running.request("POST", f"/api/{what}", {"path": rel, "name": "../../x",
                                                     "kind": "poster", "lang": "../.."})
    assert outside.read_text().startswith("title: SECRET-WORDS")
    assert not (tmp_path / "x.yaml").exists()
    status, body = running.request("GET", "/")
    assert b"link.yaml" not in body and b"SECRET-WORDS" not in body


def _upload(running, name: str, data: bytes):  # noqa: F811
    boundary = "studio-test-boundary"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"clinic\"\r\n\r\n"
            "Riverside\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"logo\"; "
            f"filename=\"{name}\"\r\nContent-Type: image/png\r\n\r\n").encode()
    body += data + f"\r\n--{boundary}--\r\n".encode()
    return running.request("POST", "/brand", body, headers={
        "Content-Type": f"multipart/form-data; boundary={boundary}"})


def test_uploads_are_checked(running):  # noqa: F811
    status, body = _upload(running, "logo.png", b"<script>not a picture</script>")
    assert status == 400 and b"must be a PNG or JPEG" in body
    status, body = _upload(running, "huge.png", b"\x89PNG" + os.urandom(13_000_000))
    assert status in (400, 413)
    gif = io.BytesIO()
    Image.new("RGB", (20, 20)).save(gif, "GIF")
    assert _upload(running, "a.png", gif.getvalue())[0] == 400
    assert not list(running.folder.glob("logo.*"))
    png = io.BytesIO()
    Image.new("RGB", (600, 200), "#336699").save(png, "PNG")
    status, body = _upload(running, "../../../evil.png", png.getvalue())
    assert status == 200, body
    assert (running.folder / "logo.png").read_bytes() == png.getvalue()
    assert "logo: logo.png" in (running.folder / "brand.yaml").read_text()


def test_yaml_is_loaded_safely(running, tmp_path):  # noqa: F811
    marker = tmp_path / "pwned"
    evil = (f"title: !!python/object/apply:os.system ['touch {marker}']\n"
            "blocks:\n  - heading: Hi\n")
    for extra in ({"form": True}, {"fields": {":title": "x"}}, {"op": {"op": "reseed"}}):
        status, body = running.request("POST", "/api/update", {
            "path": "bringing-it-up.yaml", "yaml": evil, **extra})
        assert status == 200
        assert not marker.exists()
    status, body = running.request("POST", "/api/update", {
        "path": "bringing-it-up.yaml", "yaml": evil, "form": True})
    assert json.loads(body)["problems"], "the tag is reported, not obeyed"
