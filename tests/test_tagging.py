"""Tagged PDF: the structure tree a screen reader follows, read back and checked against the
spec; every mark on the page is either tagged content or an artifact."""

import ctypes

import pdfua
import pikepdf
import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pytest

from tests.conftest import HANDOUTS, build

SPEC = """\
title: Tagged
kind: handout
lang: es
blocks:
  - heading: Title here
  - text: A first paragraph.
  - illustration: rupture
    alt: A broken line with frayed ends.
  - heading: A section
    level: 2
  - list: [one, two]
  - quote: Quoted words.
    by: Someone
  - qa:
      - q: A question?
        a: An answer.
  - checklist: [Tick me]
    name: ticks
  - banner: On a ribbon.
"""


def tree(data: bytes):
    pdf = pikepdf.open(__import__("io").BytesIO(data))
    return pdf, pdf.Root.StructTreeRoot


def outline(elem, depth=0):
    """[(depth, role, alt)] in reading order."""
    out = [(depth, str(elem.S)[1:], str(elem.get("/Alt", "")))]
    for kid in elem.get("/K", []):
        if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == pikepdf.Name.StructElem:
            out += outline(kid, depth + 1)
    return out


def mcid_texts(data: bytes) -> dict[tuple[int, int], str]:
    """(page, MCID) -> the text pdfium finds inside it."""
    doc = pdfium.PdfDocument(data)
    found: dict[tuple[int, int], str] = {}
    for n in range(len(doc)):
        page = doc[n]
        textpage = page.get_textpage()
        for k in range(raw.FPDFPage_CountObjects(page.raw)):
            obj = raw.FPDFPage_GetObject(page.raw, k)
            mcid = raw.FPDFPageObj_GetMarkedContentID(obj)
            if mcid < 0 or raw.FPDFPageObj_GetType(obj) != raw.FPDF_PAGEOBJ_TEXT:
                continue
            size = raw.FPDFTextObj_GetText(obj, textpage.raw, None, 0)
            buf = (ctypes.c_ushort * (size // 2 + 1))()
            raw.FPDFTextObj_GetText(obj, textpage.raw, buf, size)
            text = bytes(buf)[: max(0, size - 2)].decode("utf-16-le")
            found[(n, mcid)] = found.get((n, mcid), "") + text
    return found


def element_text(elem, pages, texts) -> str:
    parts = []
    for kid in elem.get("/K", []):
        if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == pikepdf.Name.MCR:
            page = next(i for i, p in enumerate(pages) if p.objgen == kid.Pg.objgen)
            parts.append(texts.get((page, int(kid.MCID)), ""))
        elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == pikepdf.Name.StructElem:
            parts.append(element_text(kid, pages, texts))
    return " ".join(p.strip() for p in parts if p.strip())


def test_structure_follows_the_spec(tmp_spec):
    _, data = build(tmp_spec(SPEC))
    pdf, root = tree(data)
    roles = [(d, r, a) for d, r, a in outline(root.K[0])]
    assert [(d, r) for d, r, _ in roles] == [
        (0, "Document"),
        (1, "H1"), (1, "P"), (1, "Figure"), (1, "H2"),
        (1, "L"), (2, "LI"), (3, "Lbl"), (3, "LBody"), (2, "LI"), (3, "Lbl"), (3, "LBody"),
        (1, "BlockQuote"), (2, "P"), (2, "P"),
        (1, "Div"), (2, "Div"), (3, "P"), (3, "P"),
        (1, "L"), (2, "LI"), (3, "Lbl"), (4, "Form"), (3, "LBody"),
        (1, "P"),
    ]
    assert ("Figure", "A broken line with frayed ends.") in [(r, a) for _, r, a in roles]
    texts = mcid_texts(data)
    pages = [p.obj for p in pdf.pages]
    kids = [k for k in root.K[0].K]
    assert element_text(kids[0], pages, texts) == "Title here"
    assert element_text(kids[4], pages, texts) == "• one • two"
    assert element_text(kids[5], pages, texts) == "Quoted words. — Someone"
    assert element_text(kids[6], pages, texts) == "A question? An answer."
    assert element_text(kids[8], pages, texts) == "On a ribbon."


def test_catalog_and_metadata(tmp_spec):
    _, data = build(tmp_spec(SPEC))
    pdf, root = tree(data)
    assert pdf.Root.MarkInfo.Marked is True
    assert str(pdf.Root.Lang) == "es"
    assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
    meta = pdf.open_metadata()
    assert meta["pdfuaid:part"] == "1" and meta["dc:title"] == "Tagged"


def test_fields_are_in_the_tree_with_tooltips(tmp_spec):
    _, data = build(tmp_spec(SPEC))
    pdf, root = tree(data)
    widgets = [a for p in pdf.pages for a in p.obj.get("/Annots", [])]
    assert widgets and all("/StructParent" in a and str(a.TU) for a in widgets)
    assert all(p.obj.get("/Tabs") == pikepdf.Name.S for p in pdf.pages if "/Annots" in p.obj)
    nums = list(root.ParentTree.Nums)
    for a in widgets:
        elem = nums[nums.index(int(a.StructParent)) + 1]
        assert str(elem.S) == "/Form" and elem.K[0].Obj.objgen == a.objgen


def test_every_mark_is_tagged_or_an_artifact(tmp_spec):
    _, data = build(tmp_spec(SPEC))
    doc = pdfium.PdfDocument(data)
    for n in range(len(doc)):
        page = doc[n]
        for k in range(raw.FPDFPage_CountObjects(page.raw)):
            obj = raw.FPDFPage_GetObject(page.raw, k)
            if raw.FPDFPageObj_GetMarkedContentID(obj) >= 0:
                continue
            names = []
            for m in range(raw.FPDFPageObj_CountMarks(obj)):
                mark = raw.FPDFPageObj_GetMark(obj, m)
                buf = (ctypes.c_ushort * 64)()
                length = ctypes.c_ulong()
                raw.FPDFPageObjMark_GetName(mark, buf, 128, ctypes.byref(length))
                names.append(bytes(buf)[: max(0, length.value - 2)].decode("utf-16-le"))
            assert "Artifact" in names, (n, k, names)


@pytest.mark.parametrize("path", HANDOUTS, ids=lambda p: p.stem)
def test_pdfua_checker_finds_nothing(path, tmp_path):
    """The `pdfua` package checks 16 of PDF/UA-1's 106 machine-checkable rules."""
    _, data = build(path)
    (tmp_path / "x.pdf").write_bytes(data)
    report = pdfua.validate(str(tmp_path / "x.pdf"))
    assert report.exit_code == 0, [(f.rule_id, f.message) for f in report.findings]
    assert not report.findings
