"""Tables: real PDFs read back: rows in order, Table/TR/TH/TD tags, header repeated on the
next page, blank cells as text fields, and a too-narrow column named in the error."""

import pypdfium2 as pdfium
import pytest

from handprint.errors import SpecError
from tests.conftest import build, pdf_text
from tests.pdfforms import read_fields
from tests.test_tagging import element_text, mcid_texts, outline, tree

TABLE = """\
title: Feelings
kind: worksheet
blocks:
  - heading: Feelings
  - table:
      header: [Feeling, Where I feel it, What helps]
      rows:
        - [Angry, Jaw and fists, Walk it off]
        - [Sad, "", Call a friend]
        - [Scared, "{blank}", "{blank}"]
      widths: [1, 1, 2]
    caption: What my feelings tell me
"""


def test_table_reads_row_by_row_and_is_tagged(tmp_spec):
    _, data = build(tmp_spec(TABLE))
    text = " ".join(pdf_text(data).split())
    assert "Feeling Where I feel it What helps Angry Jaw and fists Walk it off" in text
    pdf, root = tree(data)
    roles = [(d, r) for d, r, _ in outline(root.K[0])]
    assert (1, "Table") in roles
    table = next(k for k in root.K[0].K if str(k.S) == "/Table")
    rows = [k for k in table.K if str(k.S) == "/TR"]
    assert len(rows) == 4  # header and three rows, the empty cell still a TD
    assert [str(c.S) for c in rows[0].K] == ["/TH"] * 3
    assert all(str(c.A.Scope) == "/Column" for c in rows[0].K)
    assert [str(c.S) for c in rows[2].K] == ["/TD"] * 3
    pages = [p.obj for p in pdf.pages]
    texts = mcid_texts(data)
    assert element_text(rows[1], pages, texts) == "Angry Jaw and fists Walk it off"
    caption = [k for k in table.K if str(k.S) == "/Caption"]
    assert element_text(caption[0], pages, texts) == "What my feelings tell me"


def test_blank_cells_are_text_fields(tmp_spec):
    _, data = build(tmp_spec(TABLE))
    fields = read_fields(data, fill={"table-5-r3c2": "Stomach"})
    assert sorted(f.name for f in fields) == ["table-5-r3c2", "table-5-r3c3"]
    assert all(f.kind == "text" for f in fields)
    tips = {f.name: f.tooltip for f in fields}
    assert tips["table-5-r3c2"] == "Where I feel it: Scared"
    assert {f.name: f.value for f in fields}["table-5-r3c2"] == "Stomach"


def test_long_table_repeats_its_header_on_the_next_page(tmp_spec):
    rows = "\n".join(f"        - [Row {n}, Some words here, A longer cell that wraps onto "
                     f"a second line {n}]" for n in range(45))
    path = tmp_spec(f"title: Long\nkind: handout\nblocks:\n  - table:\n"
                    f"      header: [Name, Where, What helps]\n      rows:\n{rows}\n")
    doc, data = build(path)
    assert len(doc.pages) >= 2
    doc_pdf = pdfium.PdfDocument(data)
    pages = [doc_pdf[n].get_textpage().get_text_range() for n in range(len(doc_pdf))]
    for text in pages:  # the header on top of every page's part of the table
        body = " ".join(text.split())
        assert "Name Where What helps Row" in body
    everything = " ".join(" ".join(pages).split())
    assert [n for n in range(45) if f"Row {n} " in everything] == list(range(45))
    _, root = tree(data)
    table = next(k for k in root.K[0].K if str(k.S) == "/Table")
    assert len([k for k in table.K if str(k.S) == "/TR"]) == 46  # the header read once


def test_a_word_too_wide_for_its_column_is_named(tmp_spec):
    path = tmp_spec("title: T\nkind: handout\nblocks:\n  - table:\n"
                    "      header: [Site, Much longer header]\n"
                    "      rows:\n        - [www.feelings.example.org, text]\n"
                    "      widths: [1, 4]\n")
    with pytest.raises(SpecError) as info:
        build(path)
    (problem,) = info.value.problems
    assert problem.line == 4
    assert "'www.feelings.example.org'" in problem.message and "column 'Site'" in problem.message


def test_narrow_cells_hyphenate_in_the_spec_language(tmp_spec):
    path = tmp_spec("title: T\nkind: handout\nlang: es\nblocks:\n  - table:\n"
                    "      rows:\n        - [Incomprensiblemente, a, b, c, d, e]\n")
    doc, _ = build(path)
    runs = [i.text.strip() for i in doc.pages[0].items if hasattr(i, "text")]
    assert "Incom\u00ad" in runs and "blemente" in runs  # a soft hyphen, drawn as a hyphen


def test_rows_must_have_every_cell(tmp_spec):
    path = tmp_spec("title: T\nkind: handout\nblocks:\n  - table:\n"
                    "      header: [A, B]\n      rows:\n        - [one]\n")
    with pytest.raises(SpecError) as info:
        build(path)
    assert str(info.value.problems[0]).endswith(
        ":7: row 1 has 1 cells; the table has 2 columns (write \"\" for an empty cell)")
