"""`watch`: a real watcher process on a temporary folder, driven by editing files."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from handprint.tools import watch
from tests.conftest import ROOT

GOOD = "title: T\nkind: handout\nblocks:\n  - heading: Hello\n  - text: {words}\n"
WAIT = 60.0  # seconds: generous bounds, never a speed check


def until(check: Callable[[], object], what: str, proc: subprocess.Popen, log: Path) -> None:
    end = time.monotonic() + WAIT
    while time.monotonic() < end:
        if check():
            return
        if proc.poll() is not None:
            break
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}; log:\n{log.read_text()}")


@pytest.fixture
def watcher(tmp_path):
    specs = tmp_path / "specs"
    specs.mkdir()
    (specs / "a.yaml").write_text(GOOD.format(words="first words"))
    log = tmp_path / "log.txt"
    with log.open("w") as out:
        proc = subprocess.Popen([sys.executable, str(ROOT / "render.py"), "watch", "specs",
                                 "-o", "out", "--dpi", "20"], cwd=tmp_path, stdout=out,
                                stderr=subprocess.STDOUT, text=True)
    try:
        yield tmp_path, proc, log
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)


def test_watch_rebuilds_on_edit_keeps_last_good_pdf_and_stops_on_ctrl_c(watcher):
    tmp, proc, log = watcher
    pdf, png = tmp / "out" / "a.pdf", tmp / "out" / "a-1.png"
    until(lambda: png.is_file() and "a-1.png" in log.read_text(), "the first build", proc, log)
    first = pdf.read_bytes()
    assert "out/a.pdf  1 page  letter" in log.read_text()

    (tmp / "specs" / "a.yaml").write_text(GOOD.format(words="second words, a little longer"))
    until(lambda: pdf.read_bytes() != first, "the rebuilt PDF", proc, log)
    good = pdf.read_bytes()

    (tmp / "specs" / "a.yaml").write_text(GOOD.format(words="x").replace("heading:", "headin:"))
    until(lambda: "not built" in log.read_text(), "the error", proc, log)
    text = log.read_text()
    assert "specs/a.yaml:4: " in text and "kept the last good out/a.pdf" in text
    assert "Traceback" not in text
    assert pdf.read_bytes() == good

    (tmp / "specs" / "b.yaml").write_text(GOOD.format(words="a new spec"))
    until(lambda: (tmp / "out" / "b.pdf").is_file(), "a new spec's PDF", proc, log)

    proc.send_signal(signal.SIGINT)
    assert proc.wait(WAIT) == 0
    assert "watch stopped" in log.read_text()
    assert not [p for p in os.listdir(tmp / "out") if p.endswith(".tmp")]


def test_dependencies_are_the_spec_and_its_images(tmp_path):
    from PIL import Image

    Image.new("RGB", (20, 10), "red").save(tmp_path / "pic.png")
    spec = tmp_path / "s.yaml"
    spec.write_text("title: T\nblocks:\n  - image: pic.png\n    alt: red\n")
    assert watch.dependencies(spec) == {spec.resolve(), (tmp_path / "pic.png").resolve()}
    spec.write_text("title: T\nblocks:\n  - nothing: here\n")
    assert watch.dependencies(spec) is None


def test_affected_specs(tmp_path):
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    for p in (a, b):
        p.write_text(GOOD.format(words="w"))
    w = watch.Watcher(tmp_path, tmp_path / "out")
    w.deps = {a: {a.resolve(), tmp_path / "pic.png"}, b: {b.resolve()}}
    assert w.affected({tmp_path / "pic.png"}) == [a]
    assert w.affected({b.resolve()}) == [b]
    w.failed = {b}
    assert w.affected({tmp_path / "other.txt"}) == [b]  # a failed spec is tried again
    assert w.affected({watch.FONT_DIR / "X.ttf"}) == [a, b]  # fonts: everything
    b.unlink()
    assert w.affected({a.resolve()}) == [a] and b not in w.deps
