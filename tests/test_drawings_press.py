"""Every drawing prints at a print shop: a handout holding all of them, built with --press,
passes preflight (CMYK only, total ink under 300%, black on K alone)."""

from __future__ import annotations

from handprint import cli
from handprint.draw import illustrations
from handprint.tools import preflight


def test_every_drawing_in_a_press_file_passes_preflight(tmp_path):
    names = sorted({illustrations.module(n).NAME for n in illustrations.NAMES})
    blocks = "".join(f"  - illustration: {n}\n    width: 0.5\n    alt: The {n} drawing.\n"
                     for n in names)
    spec = tmp_path / "all.yaml"
    spec.write_text(f"title: Every drawing\nkind: handout\nblocks:\n{blocks}", "utf-8")
    dest = tmp_path / "all.pdf"
    assert cli.main(["build", str(spec), "--press", "-o", str(dest)]) == 0
    assert preflight.check_file(dest) == []
