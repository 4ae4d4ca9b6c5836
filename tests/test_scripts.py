"""Other scripts: Vietnamese, Russian, Arabic and Chinese samples render with the right glyphs.

Arabic is shaped by HarfBuzz and laid out right to left; Chinese wraps between characters.
Chinese comes from a 12 KB subset of Droid Sans Fallback in tests/fonts (see its README), so
these tests do not depend on what the machine has installed; one test uses fontconfig's own
CJK font where there is one.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr

from handprint.errors import SpecError
from handprint.layout.display import Run
from handprint.text import fonts, textflow
from tests.conftest import build, pdf_text

TEST_FONTS = Path(__file__).parent / "fonts"
ZH = ("关系中的裂痕是难免的。修复需要努力，也需要时间。我们可以一起谈谈发生了什么，「慢慢来」，"
      "不必着急。每次练习10分钟就够了（也可以更短）。")
AR = ("القطيعة أمر لا مفر منه في أي علاقة، والإصلاح يحتاج إلى جهد. خذ 10 دقائق للتهدئة، "
      "ثم تحدث عن ما حدث بهدوء.")
SAMPLES = {
    "vi": ("Rạn nứt và hàn gắn", "Rạn nứt là điều không tránh khỏi. Hàn gắn cần nỗ lực và thời "
           "gian. Hãy nói về điều đã xảy ra."),
    "ru": ("Разрыв и восстановление", "Разрывы неизбежны. Восстановление требует усилий и "
           "времени. Поговорите о том, что произошло."),
    "ar": ("القطيعة والإصلاح", AR),
    "zh": ("裂痕与修复", ZH),
}
# Which font each sample's own letters must come from.
SCRIPT_FONT = {"vi": "NotoSans-", "ru": "NotoSans-", "ar": "NotoNaskhArabic-",
               "zh": "DroidSansFallback-subset-"}


@pytest.fixture(autouse=True)
def test_fonts(monkeypatch):
    """Script fonts from tests/fonts only: the same on every machine."""
    monkeypatch.setattr(fonts, "FONT_DIRS", [TEST_FONTS])
    monkeypatch.setattr(fonts, "SYSTEM_FONTS", False)


def render(tmp_spec, lang: str, kind: str = "handout", text: str = ""):
    title, body = SAMPLES[lang]
    return build(tmp_spec(f"title: {json.dumps(title)}\nkind: {kind}\nlang: {lang}\nblocks:\n"
                          f"  - heading: {json.dumps(title)}\n"
                          f"  - text: {json.dumps(text or body)}\n"))


def runs(doc) -> list[Run]:
    return [i for p in doc.pages for i in p.items if isinstance(i, Run) and i.text.strip()]


def own_letters(lang: str, text: str) -> str:
    """The letters the bundled theme fonts lack, which the script font must draw."""
    return "".join(ch for ch in text if ch.isalpha() and not fonts.covers("ComicNeue-Regular", ch))


@pytest.mark.parametrize("lang", SAMPLES)
def test_every_glyph_is_in_its_font(tmp_spec, lang):
    doc, data = render(tmp_spec, lang)
    for run in runs(doc):
        face = pdfmetrics.getFont(run.font).face
        drawn = fonts.drawn(run.text, run.font)
        assert all(face.charToGlyph.get(ord(ch), 0) != 0 for ch in drawn), run  # no .notdef
        letters = own_letters(lang, run.text)
        if letters and lang != "vi":  # Vietnamese mixes Comic Neue and Noto Sans by letter
            assert run.font.startswith(SCRIPT_FONT[lang]), run
    fonts_used = {r.font for r in runs(doc) if own_letters(lang, r.text)}
    assert any(f.startswith(SCRIPT_FONT[lang]) for f in fonts_used)


@pytest.mark.parametrize("lang", ["vi", "ru"])
def test_words_are_in_the_extracted_text(tmp_spec, lang):
    _, data = render(tmp_spec, lang)
    found = pdf_text(data).split()
    for word in SAMPLES[lang][1].split():
        assert word in found


def test_chinese_text_is_extracted_whole(tmp_spec):
    _, data = render(tmp_spec, "zh")
    assert ZH in pdf_text(data).replace("\r\n", "").replace("\n", "")


def test_chinese_wraps_between_characters():
    size, width = 12.0, 12.0 * 9.5  # about nine characters a line
    lines = textflow.wrap(ZH, "Comic Neue", size, width)
    assert len(lines) >= 8
    texts = ["".join(p.text for p in line.pieces) for line in lines]
    assert "".join(texts) == ZH  # nothing lost, no space added
    for line, text in zip(lines, texts, strict=True):
        assert line.width <= width + 1e-6
        assert sum(fonts.width(p.text, p.font, size) for p in line.pieces) <= width + 1e-6
        assert text[0] not in textflow.NO_START and text[-1] not in textflow.NO_END
    # a line that could take one more character but for the punctuation that must follow it
    assert any(t[-1] in textflow.NO_START for t in texts)
    assert textflow.line_count(ZH, "Comic Neue", size, width) == len(lines)


def test_chinese_fills_the_column_and_no_further(tmp_spec):
    doc, _ = render(tmp_spec, "zh", text=ZH * 3)
    body = [r for r in runs(doc) if r.font.startswith("DroidSansFallback") and r.size < 20]
    left = min(r.x for r in body)
    right = max(r.x + fonts.width(r.text, r.font, r.size) for r in body)
    lines = {r.y for r in body}
    assert len(lines) >= 4
    assert right - left <= 30 * 12.5 + 1  # the handout column: about 30 ems of body type


def test_arabic_is_shaped_by_harfbuzz(tmp_spec):
    doc, _ = render(tmp_spec, "ar")
    arabic = [r for r in runs(doc) if r.font.startswith("NotoNaskhArabic")]
    assert arabic
    for run in arabic:
        drawn = fonts.drawn(run.text, run.font)
        assert isinstance(drawn, ShapedStr)
        face = pdfmetrics.getFont(run.font).face
        blob = hb.Blob.from_file_path(str(fonts.FONT_DIR / f"{run.font}.ttf"))
        buf = hb.Buffer()
        buf.add_str(run.text)
        buf.guess_segment_properties()
        hb.shape(hb.Font(hb.Face(blob)), buf, {"kern": True, "liga": True})
        assert [face.charToGlyph[ord(ch)] for ch in drawn] == [
            g.codepoint for g in buf.glyph_infos]
    # joined forms are narrower than the letters set apart
    word = "بالتهدئة"
    assert fonts.width(word, "NotoNaskhArabic-Regular", 20) < 0.9 * pdfmetrics.stringWidth(
        word, "NotoNaskhArabic-Regular", 20)


def test_arabic_reads_right_to_left(tmp_spec):
    doc, data = render(tmp_spec, "ar")
    body = [r for r in runs(doc) if r.size < 20 and r.tag != "Artifact"]  # not the page count
    first_line = [r for r in body if r.y == body[0].y]
    right_most = max(first_line, key=lambda r: r.x)
    assert right_most.text == "القطيعة"  # the first word, at the right
    # every line ends flush right
    edges = {round(max(r.x + fonts.width(r.text, r.font, r.size) for r in body if r.y == y), 2)
             for y in {r.y for r in body}}
    assert len(edges) == 1
    # "خذ 10 دقائق": right to left, so the number sits between them, digits in order
    x = {r.text: r.x for r in body}
    assert x["دقائق"] < x["10"] < x["خذ"]
    # what a reader extracts: the letters (joined forms map back to them) in reading order
    found = pdf_text(data).split()
    for word in ["القطيعة", "أمر", "منه", "يحتاج", "جهد.", "خذ", "10", "دقائق", "بهدوء."]:
        assert word in found


def test_numbers_and_latin_keep_their_order_in_right_to_left_text():
    line, = textflow.wrap("اتصل بنا على 0612 345 أو Hello world اليوم", "Comic Neue", 12, 1000)
    assert line.rtl
    x = {p.text: p.dx for p in line.pieces if p.text.strip()}
    assert x["Hello"] < x["world"] < x["أو"] < x["345"] < x["0612"] < x["على"]
    assert x["اليوم"] < x["Hello"]


def test_an_arabic_word_in_english_stays_in_place():
    line, = textflow.wrap("the word مرحبا inside English", "Comic Neue", 12, 1000)
    assert not line.rtl
    assert [p.text.strip() for p in line.pieces if p.text.strip()] == [
        "the", "word", "مرحبا", "inside", "English"]


def test_missing_script_font_names_the_language_and_characters(tmp_spec, monkeypatch):
    monkeypatch.setattr(fonts, "FONT_DIRS", [])
    with pytest.raises(SpecError) as info:
        render(tmp_spec, "zh")
    message = str(info.value.problems[0])
    assert ":5: no font for Chinese text (U+88C2 '裂', U+75D5 '痕', U+4E0E '与', U+4FEE '修', " \
           "U+590D '复') in this heading: install the package fonts-wqy-microhei or " \
           "fonts-droid-fallback, or any TrueType font for Chinese that fontconfig can find" \
           in message
    assert "and 47 more) in this text" in str(info.value.problems[1])  # 52 in all


def test_a_character_the_script_font_lacks_is_named(tmp_spec):
    with pytest.raises(SpecError) as info:
        render(tmp_spec, "zh", text="修复龍")  # 龍 is not in the test subset
    assert [p.message.split(" in this")[0] for p in info.value.problems] == [
        "no font for Chinese text (U+9F8D '龍')"]


def system_cjk_fonts() -> list[str]:
    try:
        out = subprocess.run(["fc-list", "--format", "%{fontformat}\n", ":lang=zh-cn"],
                             capture_output=True, text=True, timeout=20).stdout
    except OSError:
        return []
    return [f for f in out.split() if f == "TrueType"]


@pytest.mark.skipif(not system_cjk_fonts(), reason="no TrueType CJK font for fontconfig")
def test_system_cjk_font_through_fontconfig(tmp_spec, monkeypatch):
    monkeypatch.setattr(fonts, "FONT_DIRS", [])
    monkeypatch.setattr(fonts, "SYSTEM_FONTS", True)
    doc, data = render(tmp_spec, "zh")
    used = {r.font for r in runs(doc) if own_letters("zh", r.text)}
    assert used and not any(f.startswith("DroidSansFallback-subset") for f in used)
    assert ZH in pdf_text(data).replace("\r\n", "").replace("\n", "")


def test_samples_render_to_pixels(tmp_spec):
    """Each sample draws ink (no empty page from a font that failed silently)."""
    for lang in SAMPLES:
        _, data = render(tmp_spec, lang)
        image = pdfium.PdfDocument(data)[0].render(scale=0.5).to_pil().convert("L")
        assert image.getextrema()[0] < 100, lang
