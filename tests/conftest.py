"""Shared helpers: build a spec from text, render it, read the PDF back with a real reader."""

from __future__ import annotations

import os
import re
import tempfile
import textwrap
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from handprint.layout import page as layout
from handprint.pdf import render as pdf
from tests import spec_api as spec

# The drawing cache of this test run only (subprocesses inherit it): never the user's.
os.environ.setdefault("HANDPRINT_CACHE", tempfile.mkdtemp(prefix="handprint-cache-"))

ROOT = Path(__file__).resolve().parents[1]
HANDOUTS = sorted(p for p in (ROOT / "handouts").rglob("*.yaml")
                  if p.name != "brand.yaml" and not p.name.endswith(".vars.yaml"))
FAILURES = ROOT / "tests" / "failures"


def write_spec(folder: Path, text: str, name: str = "s.yaml") -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def build(path: Path, **kw) -> tuple[layout.Document, bytes]:
    doc = layout.layout(spec.load(path), **kw)
    return doc, pdf.render(doc)


def words(text: str) -> list[str]:
    """The words a reader should find: markup stripped, split on white space."""
    text = text.replace("**", "").replace("\\*", "*")
    text = re.sub(r"(?<!\*)\*(?!\*)", "", text)
    return text.split()


def pdf_text(data: bytes) -> str:
    """The text as a reader copies it: a word hyphenated at a line's end (a soft hyphen,
    which pdfium joins and marks U+FFFE) is one word again."""
    doc = pdfium.PdfDocument(data)
    return "\n".join(doc[i].get_textpage().get_text_range()
                     for i in range(len(doc))).replace("\ufffe", "")


def save_failure(image, name: str) -> Path:
    """Keep the picture of a failed pixel check so a person can look at it."""
    FAILURES.mkdir(exist_ok=True)
    out = FAILURES / f"{name}.png"
    image.save(out)
    return out


@pytest.fixture
def tmp_spec(tmp_path):
    def make(text: str, name: str = "s.yaml") -> Path:
        return write_spec(tmp_path, text, name)
    return make
