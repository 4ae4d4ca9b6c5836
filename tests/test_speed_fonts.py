"""Embedded fonts hold the glyphs the page uses, not the whole printable ASCII range."""

from __future__ import annotations

import io
import struct
import subprocess

import pikepdf
import pytest

from handprint.layout.display import Run

from .conftest import HANDOUTS, build, pdf_text, words

POSTER = next(p for p in HANDOUTS if p.name == "ruptures-poster.yaml" and p.parent.name != "es")


def num_glyphs(font: bytes) -> int:
    """numGlyphs from a TrueType file's maxp table."""
    count = struct.unpack(">H", font[4:6])[0]
    for n in range(count):
        tag, _, offset, _ = struct.unpack(">4sIII", font[12 + 16 * n:28 + 16 * n])
        if tag == b"maxp":
            return struct.unpack(">H", font[offset + 4:offset + 6])[0]
    raise AssertionError("no maxp table")


def embedded(data: bytes) -> dict[str, int]:
    """Base font name (without the subset tag) -> glyphs in its embedded file."""
    out = {}
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/FontDescriptor":
                name = str(obj.FontName).split("+", 1)[-1]
                out[name] = num_glyphs(obj.FontFile2.read_bytes())
    return out


@pytest.fixture(scope="module")
def poster():
    return build(POSTER)


def test_each_font_holds_only_the_glyphs_drawn(poster):
    doc, data = poster
    used: dict[str, set[str]] = {}
    for item in doc.pages[0].items:
        if isinstance(item, Run):
            used.setdefault(item.font, set()).update(item.text)
    glyphs = embedded(data)
    assert set(glyphs) == set(used)
    for font, chars in used.items():
        # the characters drawn, .notdef and the space ReportLab keeps at code 32
        assert glyphs[font] <= len(chars | {" "}) + 1, font
        assert glyphs[font] < 60, font  # not the 95 printable ASCII glyphs and more


def test_poster_is_small(poster):
    assert len(poster[1]) <= 100_000


def test_readers_still_find_every_word(poster, tmp_path):
    doc, data = poster
    expected = words(" ".join(i.text for i in doc.pages[0].items if isinstance(i, Run)))
    assert pdf_text(data).split() == expected
    out = tmp_path / "p.pdf"
    out.write_bytes(data)
    try:
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True)
        fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True)
    except FileNotFoundError:
        pytest.skip("poppler-utils not installed")
    assert text.stdout.split() == expected
    rows = [line.split() for line in fonts.stdout.splitlines()[2:]]
    assert rows and all(r[0].split("+")[0].isalpha() and "yes" in r for r in rows)


def test_subset_fonts_same_bytes_each_build(poster):
    assert build(POSTER)[1] == poster[1]
