"""Read and fill a PDF's form fields through pdfium, as a PDF viewer would."""

from __future__ import annotations

import ctypes
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as raw


@dataclass
class FormField:
    page: int
    name: str
    tooltip: str
    kind: str  # "text" | "check"
    rect: tuple[float, float, float, float]  # left, bottom, right, top (PDF points)
    value: str
    multiline: bool


def _get(fn, form, annot) -> str:
    n = fn(form, annot, None, 0)
    buf = (ctypes.c_ushort * (n // 2 + 1))()
    fn(form, annot, buf, n)
    return bytes(buf)[: max(0, n - 2)].decode("utf-16-le")


def read_fields(data: bytes, fill: dict[str, str] | None = None,
                click: set[str] = frozenset()) -> list[FormField]:
    """Every widget; optionally type text into fields by name and click check boxes."""
    doc = pdfium.PdfDocument(data)
    if not doc.init_forms():
        return []
    form = doc.formenv.raw
    out = []
    for i in range(len(doc)):
        page = doc[i]
        raw.FORM_OnAfterLoadPage(page.raw, form)
        for k in range(raw.FPDFPage_GetAnnotCount(page.raw)):
            a = raw.FPDFPage_GetAnnot(page.raw, k)
            if raw.FPDFAnnot_GetSubtype(a) != raw.FPDF_ANNOT_WIDGET:
                raw.FPDFPage_CloseAnnot(a)
                continue
            name = _get(raw.FPDFAnnot_GetFormFieldName, form, a)
            rect = raw.FS_RECTF()
            raw.FPDFAnnot_GetRect(a, rect)
            box = (rect.left, rect.bottom, rect.right, rect.top)
            ftype = raw.FPDFAnnot_GetFormFieldType(form, a)
            if fill and name in fill:
                raw.FORM_SetFocusedAnnot(form, a)
                text = ctypes.create_string_buffer((fill[name] + "\0").encode("utf-16-le"))
                raw.FORM_ReplaceSelection(form, page.raw, ctypes.cast(text, raw.FPDF_WIDESTRING))
                raw.FORM_ForceToKillFocus(form)
            if name in click:
                x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
                raw.FORM_OnLButtonDown(form, page.raw, 0, x, y)
                raw.FORM_OnLButtonUp(form, page.raw, 0, x, y)
            flags = raw.FPDFAnnot_GetFormFieldFlags(form, a)
            out.append(FormField(
                i, name, _get(raw.FPDFAnnot_GetFormFieldAlternateName, form, a),
                {raw.FPDF_FORMFIELD_TEXTFIELD: "text",
                 raw.FPDF_FORMFIELD_CHECKBOX: "check"}.get(ftype, str(ftype)),
                box, _get(raw.FPDFAnnot_GetFormFieldValue, form, a),
                bool(flags & raw.FPDF_FORMFLAG_TEXT_MULTILINE)))
            raw.FPDFPage_CloseAnnot(a)
    return out
