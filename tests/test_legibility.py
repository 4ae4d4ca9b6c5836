"""Legibility findings: contrast, size for distance, reading level, line length, caps, italics;
and large print."""

import subprocess
import sys

import pytest

from handprint.layout import legibility
from handprint.layout import page as layout
from handprint.layout.display import Run
from tests import spec_api as spec
from tests.conftest import HANDOUTS, ROOT


def found(path) -> list[str]:
    s = spec.load(path)
    return [f"{f.line}: {f.message}" for f in legibility.findings(s, layout.layout(s))]


def test_contrast_ratio():
    assert legibility.contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert legibility.contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


def test_low_contrast_text_is_found(tmp_spec):
    out = found(tmp_spec("title: T\nkind: handout\ntheme: {ink: '#AAAAAA'}\n"
                         "blocks:\n  - text: Pale words.\n"))
    assert any(f.startswith("5: text contrast is 2.3:1") for f in out), out


def test_text_on_the_gold_banner_is_checked_against_gold(tmp_spec):
    out = found(tmp_spec("title: T\nsize: letter\nviewing_distance: 1ft\n"
                         "theme: {ink: '#7A6010', accent: '#D4A017'}\n"
                         "blocks:\n  - banner: Gold on gold.\n"))
    assert any("contrast" in f for f in out), out


def test_small_letters_for_the_viewing_distance(tmp_spec):
    text = "title: T\nsize: 18x24in\n{}blocks:\n  - text: Small words here.\n  - spacer: 1\n"
    near = found(tmp_spec(text.format("viewing_distance: 3ft\n")))
    far = found(tmp_spec(text.format("viewing_distance: 20ft\n")))
    default = found(tmp_spec(text.format("")))
    assert not near
    assert any("read from 20 ft they should be at least 2.00 in" in f for f in far), far
    assert legibility.viewing_distance_ft(spec.load(tmp_spec(text.format(""))),
                                          layout.layout(spec.load(tmp_spec(text.format(""))),
                                                        size=(24 * 72, 36 * 72))) == 10
    assert any("read from 6 ft they should be at least 0.60 in" in f for f in default), default


def test_reading_level_names_long_sentences_and_hard_words(tmp_spec):
    hard = ("Notwithstanding considerable methodological heterogeneity, contemporary "
            "psychotherapeutic investigations consistently demonstrate therapeutic "
            "relationship characteristics predicting treatment effectiveness. ") * 7
    out = found(tmp_spec(f"title: T\nkind: handout\nblocks:\n  - text: {hard}\n"))
    (level,) = [f for f in out if "reading level" in f]
    assert level.startswith("0: reading level is grade")
    assert "psychotherapeutic" in level and "Longest sentences" in level


def test_caps_italics_small_type_and_long_lines(tmp_spec):
    long_italic = "*" + "these words lean over " * 4 + "*"
    out = found(tmp_spec(
        "title: T\nkind: handout\nsize: a3\norientation: landscape\nblocks:\n"
        "  - text: PLEASE READ THIS WHOLE NOTICE NOW\n"
        f"  - text: '{long_italic}'\n"
        "  - text: " + "word " * 60 + "\n"))
    assert any("'PLEASE READ THIS WHOLE NOTICE NOW' is in capitals" in f for f in out), out
    assert any(f.startswith("7: a long passage is in italics") for f in out), out
    s = spec.load(tmp_spec("title: T\nkind: handout\nblocks:\n  - text: " + "word " * 60 + "\n"))
    doc = layout.layout(s)
    assert not [f for f in legibility.findings(s, doc) if "characters" in f.message]


@pytest.mark.parametrize("path", HANDOUTS, ids=lambda p: p.stem)
def test_shipped_handouts_pass_strict(path):
    r = subprocess.run([sys.executable, str(ROOT / "render.py"), "check", "--strict", str(path)],
                       capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    assert ": ok," in r.stdout


def test_strict_turns_findings_into_errors(tmp_spec):
    path = tmp_spec("title: T\nkind: handout\ntheme: {ink: '#BBBBBB'}\nblocks:\n  - text: Pale.\n")
    args = [sys.executable, str(ROOT / "render.py"), "check", str(path)]
    soft = subprocess.run(args, capture_output=True, text=True)
    hard = subprocess.run(args + ["--strict"], capture_output=True, text=True)
    assert soft.returncode == 0 and ": warning: text contrast" in soft.stderr
    assert hard.returncode == 1 and ": error: text contrast" in hard.stderr


def test_large_print(tmp_spec):
    s = spec.load(tmp_spec("title: T\nkind: handout\nblocks:\n  - heading: Big\n"
                           "  - text: " + "Some words to read. " * 120 + "\n"))
    normal, large = layout.layout(s), layout.layout(s, large=True)
    body = [r for p in large.pages for r in p.items
            if isinstance(r, Run) and r.tag.endswith(".P")]
    assert min(r.size for r in body) >= 18
    assert {r.font for r in body} == {"NotoSans-Regular"}
    assert len(large.pages) > len(normal.pages)


def test_reading_level_needs_enough_words(tmp_spec):
    out = found(tmp_spec("title: T\nkind: handout\nblocks:\n  - text: Notwithstanding "
                         "methodological heterogeneity.\n"))
    assert not [f for f in out if "reading" in f]


def test_spanish_reading_ease(tmp_spec):
    hard = ("La interdisciplinariedad metodológica contemporánea evidencia "
            "características relacionales determinantes. ") * 15
    out = found(tmp_spec(f"title: T\nkind: handout\nlang: es\nblocks:\n  - text: {hard}\n"))
    assert any("Fernández-Huerta" in f for f in out), out
