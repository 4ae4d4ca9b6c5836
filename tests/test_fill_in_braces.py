"""The one `{name}` syntax in a fill-in sentence: {name} is a blank, {{ and }} print braces."""

import subprocess

import pytest

from handprint import pipeline
from tests.conftest import pdf_text
from tests.pdfforms import read_fields

SHEET = """\
title: Braces
kind: worksheet
blocks:
  - fill_in: "Write {{braces}} and {name}"
"""


@pytest.fixture
def sheet(tmp_spec):
    built = pipeline.build(tmp_spec(SHEET))
    assert built.pdf is not None and not built.warnings
    return built.pdf


def test_one_field_named_name(sheet):
    fields = read_fields(sheet)
    assert [f.name for f in fields] == ["name"]
    assert fields[0].kind == "text" and fields[0].tooltip == "name: Write {braces} and ___"


def test_the_braces_print_once_and_the_blank_prints_no_name(sheet, tmp_path):
    assert pdf_text(sheet).splitlines()[0].strip() == "Write {braces} and"
    out = tmp_path / "s.pdf"
    out.write_bytes(sheet)
    try:
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                              check=True).stdout
    except FileNotFoundError:
        pytest.skip("poppler-utils not installed")
    assert text.splitlines()[0].strip() == "Write {braces} and"
