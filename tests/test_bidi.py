"""Mixed directions on a line: python-bidi (Unicode's algorithm) decides; every line is laid
out as python-bidi displays it, and its pieces come in reading order."""

import pytest
from bidi import get_display

from handprint.text import shaping, textflow

HEB = "שלום"
CASES = [
    # python-bidi's own reference cases (tests/test_rust_bidi.py, issue 10)
    "1 2 3 \u05E0\u05D9\u05E1\u05D9\u05D5\u05DF",
    "1 2 3 123 \u05E0\u05D9\u05E1\u05D9\u05D5\u05DF",
    f"{HEB} 12",
    # and lines like the handouts'
    "אבג (abc) 12 34",
    "abc אבג def",
    "אבג abc דהו",
    "שלום, hello 12.5% טוב",
    "اتصل بنا على 0612 345 أو Hello world اليوم",
    "خذ 10 دقائق للتهدئة، ثم تحدث.",
    "the word مرحبا inside English",
    "العدد 1234 والعدد 56 (تقريبا)",
]


def visual(piece: textflow.Piece) -> str:
    """A piece as it shows on the page, left to right (HarfBuzz turns right-to-left letters
    round and mirrors brackets when it draws them)."""
    if shaping.has_rtl(piece.text):
        return piece.text[::-1].translate(shaping.MIRROR)
    return piece.text


# python-bidi's display order leaves brackets unmirrored (rule L4 is the renderer's): compare
# with brackets folded, and check mirroring on its own
FOLD = str.maketrans("()[]", "||||")


def shown(line: textflow.Line) -> str:
    return "".join(visual(p) for p in sorted(line.pieces, key=lambda p: p.dx))


@pytest.mark.parametrize("text", CASES)
def test_line_shows_as_python_bidi_displays_it(text):
    line, = textflow.wrap(text, "Comic Neue", 12, 2000)
    assert shown(line).translate(FOLD) == get_display(text).translate(FOLD)


def test_brackets_in_right_to_left_text_are_mirrored():
    line, = textflow.wrap("אבג (abc) 12 34", "Comic Neue", 12, 2000)
    assert shown(line) == "12 34 (abc) גבא"
    line, = textflow.wrap("العدد 56 (تقريبا)", "Comic Neue", 12, 2000)
    assert shown(line) == "(ابيرقت) 56 ددعلا"


@pytest.mark.parametrize("text", CASES)
def test_pieces_come_in_reading_order(text):
    line, = textflow.wrap(text, "Comic Neue", 12, 2000)
    read = "".join(p.text for p in line.pieces)
    # (a bracket drawn from a Latin font in right-to-left text is mirrored in its piece)
    assert read.translate(FOLD) == text.translate(FOLD)
    assert line.rtl == shaping.reads_rtl(text)


def test_pieces_sit_side_by_side():
    line, = textflow.wrap("اتصل بنا على 0612 345 أو Hello world اليوم", "Comic Neue", 12, 2000)
    edges = sorted((p.dx, p.dx + textflow.fonts.width(p.text, p.font, 12)) for p in line.pieces)
    for (_, right), (left, _) in zip(edges, edges[1:], strict=False):
        assert left == pytest.approx(right, abs=0.01)
    assert edges[-1][1] == pytest.approx(line.width, abs=0.01)


def test_levels_from_python_bidi():
    assert shaping.levels("abc אבג 123", False) == (0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2)
    assert shaping.levels(f"{HEB}:", True) == (1,) * 5
    assert shaping.levels("a\U0001d7f6b", False) == (0, 0, 0)  # a four-byte character


def test_a_number_inside_a_right_to_left_word_is_its_own_piece():
    line, = textflow.wrap("בשנת2024 טוב", "Comic Neue", 12, 2000)
    assert [p.text for p in line.pieces] == ["בשנת", "2024", " ", "טוב"]
    x = {p.text: p.dx for p in line.pieces}
    assert x["טוב"] < x["2024"] < x["בשנת"]
