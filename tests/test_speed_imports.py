"""A single build imports only what it needs, and registers only the fonts it draws with."""

from __future__ import annotations

import json
import subprocess
import sys

from handprint.text import fonts

from .conftest import ROOT

PROBE = """
import json, runpy, sys
sys.argv = ["render.py", "build", {spec!r}, "-o", {out!r}]
try:
    runpy.run_path({render!r}, run_name="__main__")
except SystemExit:
    pass
from reportlab.pdfbase import pdfmetrics
print(json.dumps({{"modules": sorted(sys.modules), "fonts": pdfmetrics.getRegisteredFontNames()}}))
"""


def probe(tmp_path) -> dict:
    code = PROBE.format(spec=str(ROOT / "handouts" / "ruptures-poster.yaml"),
                        out=str(tmp_path / "p.pdf"), render=str(ROOT / "render.py"))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    return json.loads(done.stdout.splitlines()[-1])


def test_one_build_imports_no_pool_server_or_preview_code(tmp_path):
    found = probe(tmp_path)
    assert (tmp_path / "p.pdf").exists()
    unused = {"multiprocessing", "concurrent.futures", "segno", "watchfiles", "pypdfium2",
              "numpy"}
    assert unused.isdisjoint(found["modules"])
    # a Latin poster is drawn in its theme's faces: Noto Sans is asked, never loaded
    assert not [f for f in found["fonts"] if f.startswith("Noto")]


def test_cmap_reader_agrees_with_reportlab_on_every_bundled_font():
    for path in sorted(fonts.FONT_DIR.glob("*.ttf")):
        assert fonts.cmap_chars(path.read_bytes()) == fonts._register(path.stem), path.name
