"""Spelling in `check`: unknown words with suggestions, per language, offline; placeholders,
numbers and addresses skipped; the clinic's words.txt; a warning, an error with --strict."""

import subprocess
import sys

from handprint.layout import legibility, spelling
from handprint.layout import page as layout
from tests import spec_api as spec
from tests.conftest import ROOT


def found(path) -> list[str]:
    s = spec.load(path)
    return [f"{f.line}: {f.message}" for f in legibility.findings(s, layout.layout(s))]


def test_a_misspelt_word_is_found_with_a_suggestion(tmp_spec):
    out = found(tmp_spec("title: T\nkind: handout\nblocks:\n  - heading: Notes\n"
                         "  - text: Talk to your therpay team.\n"))
    assert "5: 'therpay' is not in the en dictionary (did you mean 'therapy'?); if it is "\
           "right, add it to words.txt (beside the spec or in the folder above)" in out


def test_spanish_uses_the_spanish_dictionary(tmp_spec):
    out = found(tmp_spec("title: T\nkind: handout\nlang: es\nblocks:\n"
                         "  - text: ¿Qué puede hacer la terpaia por las personas?\n"))
    assert [f for f in out if "dictionary" in f] == [
        "5: 'terpaia' is not in the es dictionary (did you mean 'terapia'?); if it is right, "
        "add it to words.txt (beside the spec or in the folder above)"]


def test_placeholders_numbers_and_addresses_are_skipped(tmp_spec):
    out = found(tmp_spec("title: T\nkind: worksheet\nblocks:\n"
                         "  - fill_in: 'My name is {nmae}, I slept 8hrs.'\n"
                         "  - text: Visit https://riversidz.example/bookng or mail ab@xyzq.org"
                         " at 10am, CBT.\n"))
    assert not [f for f in out if "dictionary" in f], out


def test_clinic_words_beside_the_spec_or_above(tmp_path):
    (tmp_path / "es").mkdir()
    path = tmp_path / "es" / "s.yaml"
    path.write_text("title: T\nkind: handout\nblocks:\n  - text: Ask Dr Okonkwo about EMDRx.\n")
    assert len([f for f in found(path) if "dictionary" in f]) == 2
    (tmp_path / "words.txt").write_text("# our words\nOkonkwo\n")
    (tmp_path / "es" / "words.txt").write_text("emdrx\n")
    assert not [f for f in found(path) if "dictionary" in f]


def test_a_language_without_a_dictionary_says_so(tmp_spec):
    out = found(tmp_spec("title: T\nkind: handout\nlang: sv\nblocks:\n  - text: Hej hej.\n"))
    assert "0: spelling not checked for sv: there is no dictionary for it" in out


def test_findings_api(tmp_spec):
    s = spec.load(tmp_spec("title: T\nblocks:\n  - text: a\n"))
    assert spelling.findings(s, {7: ["A recieve and {clinc} 2024"], 9: ["fine words"]}) == [
        (7, "'recieve' is not in the en dictionary (did you mean 'receive'?); if it is right, "
            "add it to words.txt (beside the spec or in the folder above)")]


def test_strict_makes_spelling_an_error(tmp_spec):
    path = tmp_spec("title: T\nkind: handout\nblocks:\n  - text: Talk to your therpay team.\n")
    args = [sys.executable, str(ROOT / "render.py"), "check", str(path)]
    soft = subprocess.run(args, capture_output=True, text=True)
    hard = subprocess.run(args + ["--strict"], capture_output=True, text=True)
    assert soft.returncode == 0 and ":4: warning: 'therpay'" in soft.stderr
    assert hard.returncode == 1 and ":4: error: 'therpay'" in hard.stderr


def test_shipped_handouts_have_no_spelling_findings():
    paths = sorted((ROOT / "handouts").glob("*.yaml")) + sorted(
        (ROOT / "handouts" / "es").glob("*.yaml"))
    r = subprocess.run([sys.executable, str(ROOT / "render.py"), "check", *map(str, paths)],
                       capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0 and "dictionary" not in r.stderr, r.stderr
