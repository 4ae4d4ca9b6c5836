"""Pages that come out right: no near-empty last page, fit: {pages: N}, overflow with how much
to cut, brand band pages, page labels in the spec's language, heading levels, balanced
breaks after a sentence."""

import pytest

from handprint.errors import SpecError
from handprint.layout.boxes import balanced
from handprint.layout.display import Run
from handprint.layout.headings import mapped
from tests import spec_api as spec
from tests.conftest import ROOT, build, pdf_text
from tests.test_tagging import outline, tree

PARA = ("Notice what you feel and where you feel it in your body, then take a slow breath "
        "and let the feeling be there for a moment before you choose what to do next.")


def handout(paras: int, extra: str = "") -> str:
    body = "\n".join(f"  - text: {k}. {PARA}" for k in range(paras))
    return f"title: Pages\nkind: handout\n{extra}blocks:\n  - heading: Pages\n{body}\n"


def test_a_near_empty_last_page_is_pulled_back(tmp_spec, monkeypatch):
    from handprint.layout import fitting
    from handprint.layout import page as layout

    pulled = []
    for n in range(14, 30):
        s = spec.load(tmp_spec(handout(n), f"p{n}.yaml"))
        ruled = layout.layout(s)
        monkeypatch.setattr(fitting, "LAST_PAGE_MIN", 0.0)
        natural = layout.layout(s)
        monkeypatch.setattr(fitting, "LAST_PAGE_MIN", 1 / 3)
        assert len(ruled.pages) <= len(natural.pages)
        assert ruled.scale >= 12 / 12.5 - 1e-6  # never under 12 pt unasked
        if len(ruled.pages) < len(natural.pages):
            last = [i for i in natural.pages[-1].items if isinstance(i, Run)
                    and i.tag != "Artifact"]
            assert max(i.y for i in last) < natural.height * 0.45  # it was near-empty
            pulled.append(n)
    assert pulled


def test_fit_pages_is_met_or_names_how_much_to_cut(tmp_spec):
    doc, _ = build(tmp_spec(handout(16, "fit: {pages: 1}\n"), "ok.yaml"))
    assert len(doc.pages) == 1
    path = tmp_spec(handout(60, "fit: {pages: 1}\n"), "long.yaml")
    with pytest.raises(SpecError) as info:
        build(path)
    (problem,) = info.value.problems
    assert problem.line > 5  # the block where page 1 runs out
    assert "page 1 runs out at this block" in problem.message
    assert "words too many" in problem.message and "smallest size (10pt)" in problem.message


def test_fit_pages_more_than_the_content_fills(tmp_spec):
    path = tmp_spec(handout(2, "fit: {pages: 2}\n"))
    with pytest.raises(SpecError) as info:
        build(path)
    assert str(info.value.problems[0]) == (f"{path}:3: fit asks for 2 pages, but the content "
                                           "fills 1: add to it, or ask for 1")


def test_poster_overflow_says_how_many_words(tmp_spec):
    body = "\n".join(f"  - text: {PARA}" for _ in range(40))
    path = tmp_spec(f"title: P\nkind: poster\nsize: letter\nblocks:\n{body}\n")
    with pytest.raises(SpecError) as info:
        build(path)
    (problem,) = info.value.problems
    assert "the page runs out at this block" in problem.message
    assert "words too many" in problem.message


@pytest.mark.parametrize("lang,label", [("es", "Página 1 de 2"), ("fr", "Page 1 sur 2"),
                                        ("de", "Seite 1 von 2"), ("pt", "Página 1 de 2"),
                                        ("it", "Pagina 1 di 2")])
def test_page_labels_in_the_spec_language(tmp_spec, lang, label):
    doc, data = build(tmp_spec(handout(2, f"lang: {lang}\n").replace(
        "  - text: 1.", "  - page_break: true\n  - text: 1.")))
    assert len(doc.pages) == 2
    assert label in pdf_text(data)


def test_labels_override(tmp_spec):
    text = handout(1, 'lang: nl\nlabels: {page: "Pagina {n} van {total}"}\n')
    _, data = build(tmp_spec(text))
    assert "Pagina 1 van 1" in pdf_text(data)
    bad = tmp_spec(handout(1, 'labels: {page: "Seite"}\n'), "bad.yaml")
    with pytest.raises(SpecError) as info:
        build(bad)
    assert str(info.value.problems[0]).startswith(f"{bad}:3: the page label needs {{n}}")


@pytest.mark.parametrize("band,shows", [("all", [1, 2]), ("first", [1]), ("last", [2]),
                                        ("none", []), ("true", [1, 2]), ("false", [])])
def test_brand_band_pages(tmp_path, band, shows):
    kit = (ROOT / "docs" / "examples" / "brand.yaml").read_text()
    (tmp_path / "logo.png").write_bytes((ROOT / "docs" / "examples" / "logo.png").read_bytes())
    (tmp_path / "brand.yaml").write_text(kit + f"band: {band}\n")
    path = tmp_path / "s.yaml"
    path.write_text(handout(2).replace("  - text: 1.", "  - page_break: true\n  - text: 1."))
    doc = __import__("handprint.layout.page", fromlist=["layout"]).layout(
        spec.load(path, spec.options_for(path)))
    found = [n for n, p in enumerate(doc.pages, 1)
             if any(isinstance(i, Run) and "Riverside" in i.text for i in p.items)]
    assert found == shows


def test_shipped_handouts_with_the_brand_kit_fit_as_before():
    kit = ROOT / "docs" / "examples" / "brand.yaml"
    counts = {}
    for name in ("bringing-it-up", "conflict-in-therapy", "feelings-check-in",
                 "window-of-tolerance"):
        path = ROOT / "handouts" / f"{name}.yaml"
        doc = __import__("handprint.layout.page", fromlist=["layout"]).layout(
            spec.load(path, spec.options_for(path, kit)))
        counts[name] = len(doc.pages)
    assert counts == {"bringing-it-up": 2, "conflict-in-therapy": 2, "feelings-check-in": 1,
                      "window-of-tolerance": 1}


def test_heading_levels_start_at_one_and_never_skip(tmp_spec):
    assert mapped([2, 3, 3, 2]) == [1, 2, 2, 1]
    assert mapped([1, 3, 2, 3, 1]) == [1, 2, 2, 3, 1]
    path = tmp_spec("title: T\nkind: poster\nsize: letter\nblocks:\n  - heading: Big words\n"
                    "    level: 2\n  - heading: Smaller\n    level: 3\n")
    _, data = build(path)
    _, root = tree(data)
    assert [r for _, r, _ in outline(root.K[0])][1:] == ["H1", "H2"]


def test_balanced_lines_break_after_a_sentence():
    lines = balanced("Las rupturas pasan. La reparación toma trabajo.", "Cabin Sketch", 48,
                     700, bold=True)
    assert ["".join(p.text for p in ln.pieces).strip() for ln in lines] == [
        "Las rupturas pasan.", "La reparación toma trabajo."]
