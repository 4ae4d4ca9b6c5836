"""A real studio server on a copy of the handouts, for the studio tests."""

from __future__ import annotations

import http.client
import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from handprint import studio

ROOT = Path(__file__).resolve().parents[1]
COMMENT = "# Keep this comment: the studio must not drop it.\n"


@dataclass
class Running:
    url: str
    folder: Path
    token: str

    @property
    def netloc(self) -> str:
        return urlsplit(self.url).netloc

    def request(self, method: str, path: str, body: bytes | str | dict | None = None,
                headers: dict | None = None, token: bool = True) -> tuple[int, bytes]:
        """One HTTP request with the studio's own Host and Origin unless given."""
        h = {"Host": self.netloc, "Origin": self.url.rstrip("/")}
        if token and method != "GET":
            h["X-Studio-Token"] = self.token
        if isinstance(body, dict):
            body = json.dumps(body)
            h["Content-Type"] = "application/json"
        h.update(headers or {})
        h = {k: v for k, v in h.items() if v is not None}
        parts = urlsplit(self.url)
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        try:
            conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
            data = body.encode() if isinstance(body, str) else body
            for k, v in h.items():
                conn.putheader(k, v)
            if data is not None:
                conn.putheader("Content-Length", str(len(data)))
            conn.endheaders(data)
            resp = conn.getresponse()
            return resp.status, resp.read()
        finally:
            conn.close()


LIBRARY = ["bringing-it-up.yaml", "ruptures-poster.yaml", "good-conflict.yaml", "words.txt",
           "es/bringing-it-up.yaml", "es/ruptures-poster.yaml"]


@pytest.fixture
def running(tmp_path):
    folder = tmp_path / "handouts"
    (folder / "es").mkdir(parents=True)
    for name in LIBRARY:  # a small library, so the first page of thumbnails comes quickly
        shutil.copy(ROOT / "handouts" / name, folder / name)
    spec = folder / "bringing-it-up.yaml"
    spec.write_text(COMMENT + spec.read_text("utf-8"), "utf-8")
    server, url, guard = studio.serve(folder)
    try:
        yield Running(url, folder, guard.token)
    finally:
        server.shutdown()
        server.server_close()
