"""A clinic's day, emoji: `text: "Hi 😀"` is a message saying what to do, exit 1, never a
traceback, from check and from build."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT


@pytest.mark.parametrize("command", ["check", "build"])
def test_an_emoji_says_to_remove_it_or_draw_an_icon(tmp_path, command):
    (tmp_path / "handouts").mkdir()
    (tmp_path / "handouts" / "hi.yaml").write_text(
        'title: T\nkind: handout\nblocks:\n  - heading: Welcome\n  - text: "Hi 😀"\n',
        encoding="utf-8")
    r = subprocess.run([sys.executable, str(ROOT / "render.py"), command, "handouts/hi.yaml"],
                       cwd=tmp_path, capture_output=True, text=True, encoding="utf-8",
                       timeout=120)
    assert r.returncode == 1
    assert "Traceback" not in r.stderr and "internal error" not in r.stderr
    first = r.stderr.splitlines()[0]
    assert first.startswith("handouts/hi.yaml:5: emoji cannot be printed (U+1F600 '😀')")
    assert "remove it, or use a drawing as an icon (an illustration block)" in first
    assert not (tmp_path / "out" / "hi.pdf").exists()
