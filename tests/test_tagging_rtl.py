"""Arabic and Hebrew handouts: a screen reader walking the structure tree hears the words in
reading order, with every letter (lam-alef included)."""

import io
import unicodedata

import pikepdf
import pytest

from tests import spec_api as spec
from tests.conftest import ROOT, build, pdf_text, words
from tests.test_tagging import mcid_texts

SAMPLES = [ROOT / "handouts" / "ar" / "good-conflict.yaml",
           ROOT / "handouts" / "he" / "good-conflict.yaml"]


def actual_texts(pdf: pikepdf.Pdf) -> dict[tuple[int, int], str]:
    """(page, MCID) -> its /ActualText, where it has one."""
    found = {}
    for n, page in enumerate(pdf.pages):
        for operands, op in pikepdf.parse_content_stream(page):
            if op == pikepdf.Operator("BDC") and isinstance(operands[1], pikepdf.Dictionary):
                props = operands[1]
                if "/ActualText" in props:
                    found[(n, int(props.MCID))] = str(props.ActualText)
    return found


def spoken(data: bytes) -> list[str]:
    """Each top-level element's text as a screen reader gets it: kids in tree order, each
    run's ActualText or else its text as pdfium reads that one text object (in reading
    order within it). pdfium's spacing per object is erratic, so white space is left out:
    the letters' order (which word comes first) is what is checked."""
    pdf = pikepdf.open(io.BytesIO(data))
    texts, actual = mcid_texts(data), actual_texts(pdf)
    pages = [p.obj.objgen for p in pdf.pages]

    def text(elem) -> str:
        out = ""
        for kid in elem.get("/K", []):
            if kid.get("/Type") == pikepdf.Name.MCR:
                key = (pages.index(kid.Pg.objgen), int(kid.MCID))
                run = texts.get(key, "")
                out += unicodedata.normalize("NFKC", actual.get(key, run))
            elif kid.get("/Type") == pikepdf.Name.StructElem:
                out += " " + text(kid) + " "
        return out

    return ["".join(text(e).split()) for e in pdf.Root.StructTreeRoot.K[0].K]


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.parent.name)
def test_screen_reader_hears_the_words_in_order(path):
    s = spec.load(path)
    _, data = build(path)
    heard = spoken(data)
    assert heard[0] == "".join(words(s.blocks[0].text))  # the heading
    assert heard[1] == "".join(words(s.blocks[1].text))
    first, _, third = s.blocks[2].blocks  # text, figure (no text of its own), text
    assert heard[2] == "".join(words(first.text) + words(third.text))
    assert heard[3] == "".join(words(s.blocks[3].text))
    assert heard[4] == "".join(words(s.blocks[4].text))  # the banner


def test_lam_alef_reads_back_as_its_letters():
    _, data = build(SAMPLES[0])
    heard = "".join(spoken(data))
    for word in ["الخلاف", "والإحباط", "بالابتعاد", "والازدراء"]:
        assert word in heard
    assert not any(0xE000 <= ord(ch) <= 0xF8FF for ch in heard)
    # and in the page's text as pdfium extracts it (what copy and search get)
    found = pdf_text(data).split()
    assert "الخلاف" in found and "بالابتعاد." in found
