"""Press output: a PDF/X-4-style file for print shops.

pdf.render draws it in CMYK (through color.py's profile); this module adds what ReportLab
cannot write, with pikepdf: the OutputIntent with the embedded CMYK profile, XMP metadata naming
the standard, and PDF 1.6.
"""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
from pikepdf import Dictionary, Name

from handprint.layout.display import Document
from handprint.pdf import color
from handprint.pdf import render as pdf
from handprint.spec.units import PER_UNIT

BLEED = 9.0  # 0.125 in, the default press bleed
MIN_BLEED = 3 * PER_UNIT["mm"]  # print shops want at least 3 mm
STANDARD = "PDF/X-4"


def settings(spec_bleed: float, bleed: float | None,
             crop_marks: bool | None) -> tuple[float, bool]:
    """Bleed and crop marks for press output: the ones asked for, else the spec's bleed when it
    is large enough, else 0.125 in; crop marks unless asked otherwise."""
    if bleed is None:
        bleed = spec_bleed if spec_bleed >= MIN_BLEED - 1e-6 else BLEED
    return bleed, True if crop_marks is None else crop_marks


def render(doc: Document) -> bytes:
    data = pdf.render(doc, color=color.press_color,
                      image=lambda path: color.press_image(path, doc.paper))
    return finish(data)


def write(doc: Document, path: Path) -> int:
    return pdf.save(render(doc), path)


def finish(data: bytes) -> bytes:
    """Add the OutputIntent and PDF/X XMP to a CMYK PDF; deterministic output."""
    with pikepdf.open(io.BytesIO(data)) as doc:
        profile = doc.make_stream(color.profile_bytes())
        profile.N = 4
        doc.Root.OutputIntents = pikepdf.Array([Dictionary(
            Type=Name.OutputIntent, S=Name.GTS_PDFX,
            OutputConditionIdentifier=color.CONDITION,
            OutputCondition="Offset printing, coated paper (ISO 12647-2:2004/Amd 1, FOGRA39)",
            RegistryName="http://www.color.org",
            Info="handprint FOGRA39, built with ArgyllCMS from FOGRA39L.ti3",
            DestOutputProfile=profile)])
        info = doc.docinfo
        info.GTS_PDFXVersion = STANDARD
        info.Trapped = Name("/False")
        created = _xmp_date(str(info.get("/CreationDate", "D:20000101000000+00'00'")))
        with doc.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as xmp:
            xmp["pdfxid:GTS_PDFXVersion"] = STANDARD
            xmp["pdfx:GTS_PDFXVersion"] = STANDARD
            xmp["dc:title"] = str(info.get("/Title", ""))
            xmp["dc:creator"] = [str(info.get("/Author", ""))]
            xmp["dc:description"] = str(info.get("/Subject", ""))
            xmp["xmp:CreatorTool"] = str(info.get("/Creator", "handprint"))
            xmp["pdf:Producer"] = str(info.get("/Producer", ""))
            xmp["pdf:Trapped"] = "False"
            xmp["xmp:CreateDate"] = created
            xmp["xmp:ModifyDate"] = created
            xmp["xmp:MetadataDate"] = created
            xmp["xmpMM:DocumentID"] = "uuid:" + _uuid(data)
            xmp["xmpMM:VersionID"] = "1"
            xmp["xmpMM:RenditionClass"] = "default"
        out = io.BytesIO()
        doc.save(out, min_version="1.6", deterministic_id=True)
    return out.getvalue()


def _xmp_date(pdf_date: str) -> str:
    """D:20000101000000+00'00' -> 2000-01-01T00:00:00+00:00"""
    d = pdf_date.removeprefix("D:")
    stamp = f"{d[0:4]}-{d[4:6]}-{d[6:8]}T{d[8:10]}:{d[10:12]}:{d[12:14]}"
    zone = d[14:].replace("'", "")
    if zone in ("", "Z"):
        return stamp + "Z"
    return f"{stamp}{zone[0]}{zone[1:3]}:{zone[3:5] or '00'}"


def _uuid(data: bytes) -> str:
    import hashlib
    import uuid

    return str(uuid.UUID(bytes=hashlib.sha256(data).digest()[:16], version=4))
