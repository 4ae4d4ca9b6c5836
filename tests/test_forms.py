"""Worksheets: printed blanks that are also fillable fields, in the same place."""

import pypdfium2 as pdfium
import pytest

from handprint.errors import SpecError
from handprint.layout import page as layout
from handprint.pdf import render as pdf
from tests import spec_api as spec
from tests.conftest import build, save_failure
from tests.pdfforms import read_fields

SHEET = """\
title: Sheet
kind: worksheet
lang: LANG
blocks:
  - heading: A worksheet
  - fill_in: "In {day}'s session, I want to talk about {topic}. Can you help me get there?"
    blanks: {topic: 3in}
  - lines: 4
    name: notes
    label: Notes for my therapist
  - checklist: [First thing, Second thing]
    name: ready
"""


@pytest.fixture
def sheet(tmp_spec):
    return build(tmp_spec(SHEET.replace("LANG", "en")))


def test_every_blank_is_a_named_field_with_a_tooltip(sheet):
    _, data = sheet
    fields = {f.name: f for f in read_fields(data)}
    assert set(fields) == {"day", "topic", "notes", "ready-1", "ready-2"}
    assert fields["day"].kind == fields["topic"].kind == "text"
    assert fields["notes"].multiline and not fields["day"].multiline
    assert fields["ready-1"].kind == "check"
    assert fields["notes"].tooltip == "Notes for my therapist"
    assert fields["ready-2"].tooltip == "Second thing"
    assert "___'s session" in fields["day"].tooltip
    assert fields["topic"].rect[2] - fields["topic"].rect[0] == pytest.approx(216, abs=0.5)


def test_fields_can_be_filled_in_a_viewer(sheet):
    _, data = sheet
    typed = {"day": "Tuesday", "topic": "Tiếng Việt, Ελληνικά", "notes": "one\ntwo"}
    fields = {f.name: f for f in read_fields(data, typed, click={"ready-2"})}
    assert fields["day"].value == "Tuesday"
    assert fields["topic"].value == "Tiếng Việt, Ελληνικά"
    assert fields["ready-1"].value == "Off" and fields["ready-2"].value != "Off"


def _ink_rows(image, left, right, top, bottom, scale):
    """Pixel rows (in PDF points from the page top) between top and bottom that are mostly ink
    across left..right."""
    rows = []
    for py in range(int(top * scale), int(bottom * scale) + 1):
        dark = sum(1 for px in range(int(left * scale) + 2, int(right * scale) - 2, 2)
                   if sum(image.getpixel((px, py))[:3]) < 600)
        if dark > (right - left) * scale / 2 * 0.8:
            rows.append(py / scale)
    return rows


def test_printed_blanks_sit_where_the_fields_are(sheet):
    _, data = sheet
    scale = 3
    page = pdfium.PdfDocument(data)[0]
    image = page.render(scale=scale, may_draw_forms=False).to_pil().convert("RGB")
    height = page.get_height()
    for f in read_fields(data):
        left, bottom, right, top = f.rect
        if f.kind == "check":  # the drawn box frames the field
            edge = _ink_rows(image, left - 1, right + 1, height - top - 3, height - top + 1, scale)
            assert edge, f"no box over {f.name}: {save_failure(image, 'check')}"
            continue
        # a rule runs along the field's foot (one per line for a multi-line field)
        rules = _ink_rows(image, left, right, height - top, height - bottom + 6, scale)
        lines = {round(y / 8) for y in rules}
        want = 4 if f.multiline else 1
        assert len(lines) >= want, f"{f.name}: {rules} ({save_failure(image, f.name)})"
        assert max(rules) >= height - bottom - 4


def test_flat_has_no_fields_and_prints_the_same(tmp_spec):
    path = tmp_spec(SHEET.replace("LANG", "en"))
    doc = layout.layout(spec.load(path), flat=True)
    flat = pdf.render(doc)
    assert read_fields(flat) == []
    full = build(path)[1]
    pictures = [pdfium.PdfDocument(d)[0].render(scale=1, may_draw_forms=False).to_pil()
                for d in (flat, full)]
    assert pictures[0].tobytes() == pictures[1].tobytes()


def test_languages_beyond_latin1_warn_but_render(tmp_spec):
    doc = layout.layout(spec.load(tmp_spec(SHEET.replace("LANG", "vi"))))
    assert doc.warnings and "'vi'" in doc.warnings[0] and "--flat" in doc.warnings[0]
    assert read_fields(pdf.render(doc))
    assert not layout.layout(spec.load(tmp_spec(SHEET.replace("LANG", "es")))).warnings
    assert not layout.layout(spec.load(tmp_spec(SHEET.replace("LANG", "vi"))),
                             flat=True).warnings


@pytest.mark.parametrize("text,message", [
    ("  - fill_in: no blanks here\n", "fill_in has no blanks"),
    ("  - fill_in: 'a {b c} d'\n", "blank '{b c}' needs a simple name"),
    ("  - fill_in: 'a {x}'\n  - fill_in: 'b {x}'\n", "field name 'x' is already used on line 3"),
    ("  - lines: 0\n", "lines must be a whole number from 1 to 40"),
    ("  - checklist: []\n", "checklist is empty"),
    ("  - fill_in: 'a {x}'\n    blanks: {y: 1in}\n", "unknown key 'y' in blanks"),
])
def test_worksheet_spec_errors(tmp_spec, text, message):
    with pytest.raises(SpecError, match=message):
        spec.load(tmp_spec("title: T\nblocks:\n" + text))
