"""Worksheet fields: a fill-in blank is read where it stands in its sentence, and a text
field takes as many characters as the person writes."""

import io

import pikepdf

from tests.conftest import ROOT, build
from tests.test_tagging import mcid_texts

FILL_IN = """\
title: Fields
kind: worksheet
blocks:
  - fill_in: In {day}'s session I want to talk about {topic}, please.
    blanks: {day: 1.2in, topic: 2in}
  - lines: 2
    label: Notes
"""


def sentence(data: bytes) -> list[str]:
    """The fill-in paragraph's kids in reading order: its words and its fields' names."""
    pdf = pikepdf.open(io.BytesIO(data))
    texts = mcid_texts(data)
    pages = [p.obj.objgen for p in pdf.pages]
    para = next(k for k in pdf.Root.StructTreeRoot.K[0].K if k.S == pikepdf.Name.P)
    out = []
    for kid in para.K:
        if kid.get("/Type") == pikepdf.Name.MCR:
            out.append(texts[(pages.index(kid.Pg.objgen), int(kid.MCID))].strip())
        else:
            assert kid.S == pikepdf.Name.Form
            out.append("[" + str(kid.K[0].Obj.T) + "]")
    return out


def test_blank_is_read_where_it_stands(tmp_spec):
    _, data = build(tmp_spec(FILL_IN))
    assert sentence(data) == ["In", "[day]", "'s session I want to talk about", "[topic]",
                              ", please."]


def test_text_fields_have_no_length_limit(tmp_spec):
    for path in (tmp_spec(FILL_IN), ROOT / "handouts" / "bringing-it-up.yaml"):
        _, data = build(path)
        pdf = pikepdf.open(io.BytesIO(data))
        fields = [a for p in pdf.pages for a in p.obj.get("/Annots", [])
                  if a.get("/FT") == pikepdf.Name.Tx]
        assert fields and not [str(a.T) for a in fields if "/MaxLen" in a]
