"""Tagged PDF: the structure tree screen readers follow, written with ReportLab's own PDF
objects while pdf.py draws (no second pass over the file, and no PDF library to import).

Reading order is the spec's block order; headings are H1-H3, paragraphs P, lists L/LI/Lbl/
LBody, quotes BlockQuote, Q&A and rows Div, drawings and images Figure with their alt text,
form fields Form; decoration is marked as artifacts by pdf.py. Inside one element, its own
text and its child elements (a fill-in blank's Form inside its sentence's P) come in the
order layout listed them, which is reading order even where pdf.py draws in another order (a
right-to-left line is drawn left to right).
"""

from __future__ import annotations

import unicodedata
from typing import NamedTuple

from reportlab.pdfbase.pdfdoc import (
    XMP,
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFObject,
    PDFObjectReference,
    PDFPage,
    PDFString,
)
from reportlab.pdfgen.canvas import Canvas

# Page entries ReportLab does not write on its own.
PAGE_KEYS = [*PDFPage.__NoDefault__, "StructParents", "Tabs"]


def role(step: str) -> str:
    return step.split(".", 1)[-1]


class _Kid(NamedTuple):
    seq: tuple[int, int]  # (page, place in layout's list): reading order
    page: int
    mcid: int = -1  # marked content; or a widget:
    widget: PDFObjectReference | None = None


class Tree:
    """Collects what pdf.py draws (each marked-content sequence and each form field, by
    structure path) and writes the structure tree when the document is finished."""

    def __init__(self, canvas: Canvas):
        self.canvas = canvas
        self.content: dict[str, list[_Kid]] = {}  # path -> its own kids
        self.alts: dict[str, str] = {}  # figure path -> alt text
        self.mcids: list[list[str]] = [[]]  # per page: path by MCID

    def mark(self, path: str, order: int, alt: str = "") -> int:
        """Content about to be drawn on the current page under `path`, `order`th in reading
        order on its page: its MCID."""
        page = self.mcids[-1]
        page.append(path)
        self._add(path, _Kid((len(self.mcids), order), len(self.mcids) - 1, len(page) - 1))
        if alt:
            self.alts[path] = alt
        return len(page) - 1

    def field(self, path: str, order: int) -> None:
        """The form field just added with canvas.acroForm belongs to `path`."""
        ref = self.canvas.acroForm.fields[-1]
        self._add(path, _Kid((len(self.mcids), order), len(self.mcids) - 1, widget=ref))

    def end_page(self) -> None:
        """Call after canvas.showPage()."""
        self.mcids.append([])

    def _add(self, path: str, kid: _Kid) -> None:
        self.content.setdefault(path, []).append(kid)

    def finish(self, title: str) -> None:
        """Write the tree, MarkInfo and PDF/UA metadata; call before canvas.save()."""
        doc = self.canvas._doc
        pages = list(doc.Pages.pages)
        page_refs = [doc.Reference(p) for p in pages]
        root = PDFDictionary({"Type": PDFName("StructTreeRoot")})
        root_ref = doc.Reference(root)
        elems: dict[str, PDFDictionary] = {}
        refs: dict[str, PDFObjectReference] = {}
        children: dict[str, list[str]] = {}

        def elem(path: str) -> PDFObjectReference:
            if path not in refs:
                parent_path, _, step = path.rpartition("/")
                parent = elem(parent_path) if path else root_ref
                d = PDFDictionary({"Type": PDFName("StructElem"),
                                   "S": PDFName(role(step) if path else "Document"),
                                   "P": parent})
                if path in self.alts:
                    d["Alt"] = PDFString(self.alts[path])
                if path and role(step) == "TH":  # a table's header heads its column
                    d["A"] = PDFDictionary({"O": PDFName("Table"), "Scope": PDFName("Column")})
                elems[path], refs[path] = d, doc.Reference(d)
                if path:
                    children.setdefault(parent_path, []).append(path)
            return refs[path]

        elem("")
        for path in self.content:
            elem(path)
        by_page: list[list[PDFObjectReference]] = [
            [refs[p] for p in paths] for paths in self.mcids[:len(pages)]]
        nums: list[object] = []
        for n, found in enumerate(by_page):
            nums += [n, doc.Reference(PDFArray(found))]
        key = len(pages)
        first = self._first(children)
        for path, d in elems.items():
            d["K"] = PDFArray(self._kids(path, children, first, refs, page_refs, key))
            for kid in self.content.get(path, []):
                if kid.widget is not None:
                    widget = doc.idToObject[kid.widget.name]
                    widget.dict["StructParent"] = key
                    nums += [key, refs[path]]
                    key += 1
        for n, page in enumerate(pages):
            page.__NoDefault__ = PAGE_KEYS
            page.StructParents = n
            if page.Annots:
                page.Tabs = PDFName("S")
        root["K"] = PDFArray([refs[""]])
        root["ParentTree"] = doc.Reference(PDFDictionary({"Nums": PDFArray(nums)}))
        root["ParentTreeNextKey"] = key
        catalog = doc.Catalog
        catalog.StructTreeRoot = root
        catalog.MarkInfo = PDFDictionary({"Marked": "true"})
        catalog.Metadata = XMP(creator=lambda _doc: xmp(title).encode("utf-8"))

    def _first(self, children: dict[str, list[str]]) -> dict[str, tuple[int, int]]:
        """Each element: where the first thing in it comes in reading order."""
        first: dict[str, tuple[int, int]] = {}

        def visit(path: str) -> tuple[int, int]:
            seqs = [k.seq for k in self.content.get(path, [])]
            seqs += [visit(c) for c in children.get(path, [])]
            first[path] = min(seqs, default=(1 << 30, 0))
            return first[path]

        visit("")
        return first

    def _kids(self, path: str, children: dict[str, list[str]],
              first: dict[str, tuple[int, int]],
              refs: dict[str, PDFObjectReference], page_refs: list[PDFObjectReference],
              key: int) -> list[object]:
        """Child elements in step order (reading order), the element's own content slotted
        in between them in reading order."""
        own = sorted(self.content.get(path, []), key=lambda k: k.seq)
        out: list[object] = []
        for child in sorted(children.get(path, []), key=lambda p: p.rpartition("/")[2]):
            while own and own[0].seq < first[child]:
                out.append(_ref(own.pop(0), page_refs))
            out.append(refs[child])
        return out + [_ref(k, page_refs) for k in own]


def _ref(kid: _Kid, page_refs: list[PDFObjectReference]) -> PDFObject:
    if kid.widget is not None:
        return _KidRef(b"Obj", kid.widget, page_refs[kid.page], b"OBJR")
    return _KidRef(b"MCID", kid.mcid, page_refs[kid.page], b"MCR")


class _KidRef(PDFObject):
    """A marked-content or object reference, written as ReportLab writes the same dictionary
    (keys in order) at a fraction of the cost: a page of text holds a hundred of them."""

    def __init__(self, key: bytes, value: int | PDFObjectReference, page: PDFObjectReference,
                 kind: bytes):
        self.key, self.value, self.page, self.kind = key, value, page, kind

    def format(self, document: object) -> bytes:
        value = (self.value.format(document) if isinstance(self.value, PDFObjectReference)
                 else b"%d" % self.value)
        return b"<<\n/%s %s /Pg %s /Type /%s\n>>" % (self.key, value,
                                                       self.page.format(document), self.kind)


def xmp(title: str) -> str:
    """XMP metadata: the title and the PDF/UA-1 claim."""
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"\n'
        '    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">\n'
        '   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">'
        f'{_escape(title)}</rdf:li></rdf:Alt></dc:title>\n'
        '   <pdfuaid:part>1</pdfuaid:part>\n'
        '  </rdf:Description>\n'
        ' </rdf:RDF>\n'
        '</x:xmpmeta>\n'
        '<?xpacket end="w"?>')


def actual_text(text: str, glyphs: str, rtl: bool) -> str:
    """The marked-content entry giving a shaped run's real letters, where its glyphs do not
    map back to them in reading order (an Arabic lam-alef ligature, a vowel sign moved):
    copy, search and screen readers then get `text`. Empty where the glyphs read right
    (`glyphs`: what the ToUnicode map gives, in drawing order; joined Arabic letters map
    to presentation forms, which readers fold back to letters; a right-to-left run is drawn
    in visual order, which readers turn round). pdfium reads ActualText as if in drawing
    order, turning the word round: so it is given only where it is needed."""
    glyphs = unicodedata.normalize("NFKC", glyphs[::-1] if rtl else glyphs)
    if glyphs == unicodedata.normalize("NFKC", text):
        return ""
    return " /ActualText <FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def _escape(text: str) -> str:
    """XML text (xml.sax.saxutils would import urllib and http: 20 ms of every build)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
