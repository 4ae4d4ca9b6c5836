"""Tagged PDF: the structure tree screen readers follow, built with pikepdf after ReportLab
has drawn the marked content (ReportLab writes no structure tree itself).

Reading order is the spec's block order; headings are H1-H3, paragraphs P, lists L/LI/Lbl/
LBody, quotes BlockQuote, Q&A and rows Div, drawings and images Figure with their alt text,
form fields Form; decoration is marked as artifacts by pdf.py.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import pikepdf
from pikepdf import Array, Dictionary, Name


@dataclass
class Marks:
    """What pdf.py drew: each marked-content sequence and each field, by structure path."""

    content: list[tuple[str, int, int]] = field(default_factory=list)  # (path, page, MCID)
    fields: dict[str, str] = field(default_factory=dict)  # field name -> path
    alts: dict[str, str] = field(default_factory=dict)  # figure path -> alt text


def role(step: str) -> str:
    return step.split(".", 1)[-1]


def finish(data: bytes, marks: Marks, title: str) -> bytes:
    pdf = pikepdf.open(io.BytesIO(data))
    root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot, K=Array()))
    top = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name.Document, P=root, K=Array()))
    root.K.append(top)
    elems: dict[str, Dictionary] = {"": top}
    kids: dict[str, list[tuple[str, object]]] = {}  # path -> [(sort key, kid)]

    def elem(path: str) -> Dictionary:
        if path not in elems:
            parent_path, _, step = path.rpartition("/")
            parent = elem(parent_path)
            e = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name("/" + role(step)),
                                             P=parent, K=Array()))
            if path in marks.alts:
                e.Alt = pikepdf.String(marks.alts[path])
            elems[path] = e
            kids.setdefault(parent_path, []).append((step, e))
        return elems[path]

    pages = pdf.pages
    parents: dict[int, dict[int, Dictionary]] = {}
    for n, (path, page, mcid) in enumerate(marks.content):
        e = elem(path)
        mcr = Dictionary(Type=Name.MCR, Pg=pages[page].obj, MCID=mcid)
        kids.setdefault(path, []).append((f" {n:06d}", mcr))  # own content before children
        parents.setdefault(page, {})[mcid] = e
    nums = Array()
    for page in range(len(pages)):
        pages[page].obj.StructParents = page
        found = parents.get(page, {})
        nums.extend([page, pdf.make_indirect(Array([found[k] for k in sorted(found)]))])
    key = len(pages)
    for page in range(len(pages)):
        for annot in pages[page].obj.get("/Annots", []):
            name = str(annot.get("/T", ""))
            if annot.get("/Subtype") != Name.Widget or name not in marks.fields:
                continue
            path = marks.fields[name]
            e = elem(path)
            kids.setdefault(path, []).append(
                (" ", Dictionary(Type=Name.OBJR, Obj=annot, Pg=pages[page].obj)))
            annot.StructParent = key
            nums.extend([key, e])
            key += 1
        if "/Annots" in pages[page].obj:
            pages[page].obj.Tabs = Name.S
    for path, items in kids.items():
        elems[path].K = Array([kid for _, kid in sorted(items, key=lambda t: t[0])])
    root.ParentTree = pdf.make_indirect(Dictionary(Nums=nums))
    root.ParentTreeNextKey = key
    pdf.Root.StructTreeRoot = root
    pdf.Root.MarkInfo = Dictionary(Marked=True)
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
        meta["dc:title"] = title
        meta["pdfuaid:part"] = "1"
    out = io.BytesIO()
    # ReportLab has compressed every stream already: copy them as they are (recompressing
    # them took most of this pass); the new XMP stream stays plain text, as is usual.
    pdf.save(out, deterministic_id=True, object_stream_mode=pikepdf.ObjectStreamMode.disable,
             compress_streams=False, stream_decode_level=pikepdf.StreamDecodeLevel.none)
    return out.getvalue()
