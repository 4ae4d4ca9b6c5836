"""Readability: languages without a formula say so; long sentences and long words are
flagged even in short texts."""

from handprint.layout import legibility
from handprint.layout import page as layout
from tests import spec_api as spec


def found(path) -> list[str]:
    s = spec.load(path)
    return [f"{f.line}: {f.message}" for f in legibility.findings(s, layout.layout(s))]


def test_a_language_without_a_formula_is_not_silently_passed(tmp_spec):
    out = found(tmp_spec("title: Т\nkind: handout\nlang: ru\nblocks:\n"
                         "  - text: Привет, как дела?\n"))
    assert any(f.startswith("0: reading level not checked for ru") for f in out), out


def test_english_and_spanish_have_formulas(tmp_spec):
    for lang in ("en", "es", "en-GB"):
        out = found(tmp_spec(f"title: T\nkind: handout\nlang: {lang}\nblocks:\n  - text: a\n"))
        assert not [f for f in out if "not checked" in f], out


def test_a_long_sentence_in_a_short_text(tmp_spec):
    sentence = " ".join(["word"] * 26) + "."
    out = found(tmp_spec(f"title: T\nkind: handout\nblocks:\n  - text: {sentence}\n"
                         f"  - text: {' '.join(['word'] * 25)}.\n"))
    assert [f for f in out if "sentence" in f] == [
        '4: a sentence of 26 words ("word word word word word word word word word word...'
        '"): split it; aim for 25 or fewer']


def test_long_words_in_a_short_text(tmp_spec):
    out = found(tmp_spec("title: T\nkind: handout\nblocks:\n"
                         "  - text: Psychotherapeutically speaking, the characterization "
                         "matters; relationships too.\n"))
    (long,) = [f for f in out if "long words" in f]
    assert long.startswith("4: long words: 'Psychotherapeutically' (")
    assert "'characterization' (6 syllables)" in long and "relationships" not in long


def test_spanish_long_words_count_spanish_syllables(tmp_spec):
    out = found(tmp_spec("title: T\nkind: handout\nlang: es\nblocks:\n"
                         "  - text: La interdisciplinariedad importa.\n"))
    assert any("'interdisciplinariedad'" in f for f in out), out
