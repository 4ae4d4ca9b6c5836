"""A clinic's day, translations: a translation says which spec it translates, and `check` warns,
with lines on both sides, when the original's blocks changed and the translation did not."""

from __future__ import annotations

import pytest

from handprint import cli
from handprint.errors import SpecError
from handprint.spec import translation
from tests import spec_api as spec
from tests.conftest import ROOT

ORIGINAL = """\
title: Ruptures
kind: handout
blocks:
  - heading: Ruptures
  - illustration: rupture
    alt: A broken line.
  - text: They happen.
  - illustration: repair
    alt: Two lines joined.
"""

SPANISH = """\
title: Rupturas
kind: handout
lang: es
blocks:
  - heading: Rupturas
  - illustration: rupture
    alt: Una línea rota.
  - text: Pasan.
  - illustration: repair
    alt: Dos líneas unidas.
"""


@pytest.fixture
def library(tmp_path, monkeypatch):
    (tmp_path / "handouts" / "es").mkdir(parents=True)
    (tmp_path / "handouts" / "r.yaml").write_text(ORIGINAL)
    (tmp_path / "handouts" / "es" / "r.yaml").write_text(SPANISH)
    monkeypatch.chdir(tmp_path)
    return tmp_path / "handouts"


def check(capsys, *paths: str) -> tuple[int, list[str]]:
    code = cli.main(["check", *paths])
    io = capsys.readouterr()
    assert "Traceback" not in io.err
    return code, [line for line in io.err.splitlines() if "original" in line]


def test_a_translation_that_follows_its_original_has_no_warning(library, capsys):
    assert check(capsys, "handouts/es/r.yaml") == (0, [])


def test_the_original_adds_a_block(library, capsys):
    (library / "r.yaml").write_text(ORIGINAL.replace(
        "  - text: They happen.\n", "  - text: They happen.\n  - banner: Repair takes work.\n"))
    code, found = check(capsys, "handouts/es/r.yaml")
    assert code == 0
    assert found == ["handouts/es/r.yaml:9: warning: the original has a banner block here "
                     "(handouts/r.yaml:8) that this translation does not: translate it"]


def test_the_original_removes_a_block(library, capsys):
    (library / "r.yaml").write_text(ORIGINAL.replace("  - text: They happen.\n", ""))
    _, found = check(capsys, "handouts/es/r.yaml")
    assert found == ["handouts/es/r.yaml:8: warning: this text block is not in the original "
                     "(handouts/r.yaml): the original removed it, or it was added here"]


def test_the_original_moves_a_drawing(library, capsys):
    lines = ORIGINAL.splitlines(keepends=True)
    moved = lines[:4] + lines[6:7] + lines[4:6] + lines[7:]  # the text before the rupture
    (library / "r.yaml").write_text("".join(moved))
    _, found = check(capsys, "handouts/es/r.yaml")
    assert len(found) == 1
    assert found[0].startswith("handouts/es/r.yaml:")
    assert "block is at another place in the original (handouts/r.yaml:" in found[0]


def test_the_original_changes_a_drawing(library, capsys):
    (library / "r.yaml").write_text(ORIGINAL.replace("illustration: repair",
                                                     "illustration: bridge"))
    _, found = check(capsys, "handouts/es/r.yaml")
    assert found == ["handouts/es/r.yaml:9: warning: this illustration 'repair' block is an "
                     "illustration 'bridge' block in the original (handouts/r.yaml:8)"]


def test_translates_names_the_original_anywhere(library, capsys):
    (library / "other").mkdir()
    moved = library / "other" / "rupturas.yaml"
    moved.write_text(SPANISH.replace("lang: es\n", "lang: es\ntranslates: ../r.yaml\n"))
    (library / "r.yaml").write_text(ORIGINAL.replace("  - text: They happen.\n", ""))
    _, found = check(capsys, "handouts/other/rupturas.yaml")
    assert found and found[0].startswith("handouts/other/rupturas.yaml:9: warning: this text")
    assert spec.load(moved).translates == library / "r.yaml"


def test_a_missing_original_is_a_warning_and_the_translation_still_builds(library, capsys):
    (library / "es" / "r.yaml").write_text(SPANISH.replace(
        "lang: es\n", "lang: es\ntranslates: ../ruptura.yaml\n"))
    assert cli.main(["check", "handouts/es/r.yaml"]) == 0
    err = capsys.readouterr().err
    assert ("handouts/es/r.yaml: warning: translates: handouts/ruptura.yaml not found, so "
            "this translation cannot be compared with its original") in err
    assert cli.main(["build", "handouts/es/r.yaml"]) == 0


def test_translates_names_a_spec_not_itself(library):
    path = library / "es" / "r.yaml"
    for value, message in (("../r.pdf", "is not a spec"), ("r.yaml", "names this spec itself")):
        path.write_text(SPANISH.replace("lang: es\n", f"lang: es\ntranslates: {value}\n"))
        with pytest.raises(SpecError) as e:
            spec.load(path)
        (problem,) = e.value.problems
        assert problem.line == 4 and problem.message.startswith("translates: ")
        assert message in problem.message


def test_a_folder_not_named_by_the_language_is_not_a_translation(library):
    (library / "new").mkdir()
    (library / "new" / "r.yaml").write_text(SPANISH.replace("  - text: Pasan.\n", ""))
    assert spec.load(library / "new" / "r.yaml").translates is None
    assert spec.load(library / "es" / "r.yaml").translates == library / "r.yaml"


@pytest.mark.parametrize("lang", ["es", "ar", "he"])
def test_shipped_translations_name_their_original_and_follow_it(lang):
    specs = sorted((ROOT / "handouts" / lang).glob("*.yaml"))
    assert specs
    for path in specs:
        assert "\ntranslates: ../" in path.read_text(encoding="utf-8")
        s = spec.load(path)
        assert s.translates is not None and s.translates.resolve() == (
            ROOT / "handouts" / path.name)
        assert translation.differences(s, spec.load(s.translates)) == []
