"""The one way through: YAML -> spec -> layout -> PDF. Every command calls build().

    built = build(Path("handouts/x.yaml"), size=..., brand=..., sets=...)
    built.pdf        # the bytes (None with render=False)
    built.doc        # the display list (pages of placed items)
    built.warnings   # what a user should hear, in plain words

Problems in the spec raise SpecError (every problem, each with FILE:LINE).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from handprint.layout.display import Document
    from handprint.spec.read import Spec


class Built(NamedTuple):
    spec: Spec
    doc: Document
    pdf: bytes | None
    warnings: tuple[str, ...]


def load(path: Path, *, text: str | None = None, brand: Path | None = None,
         values: Path | None = None, sets: tuple[tuple[str, str], ...] = ()) -> Spec:
    """Read a spec (from `text` when given, else the file) with its brand kit (given, or
    brand.yaml found beside it), --vars values and --set overrides."""
    import handprint.blocks  # noqa: F401  (fills the block registry)
    from handprint.spec import read

    options = read.options_for(path, brand, values, sets)
    return read.parse(text, path, options) if text is not None else read.load(path, options)


def build(path: Path, *, text: str | None = None, size: tuple[float, float] | None = None,
          bleed: float | None = None, crop_marks: bool | None = None, flat: bool = False,
          large: bool = False, press: bool = False, brand: Path | None = None,
          values: Path | None = None, sets: tuple[tuple[str, str], ...] = (),
          render: bool = True) -> Built:
    """Load, lay out and (unless render=False) render one spec."""
    from handprint.layout import page as layout

    s = load(path, text=text, brand=brand, values=values, sets=sets)
    if press:  # CMYK with an output intent; fields need an unembedded font: none
        from handprint.pdf import press as pressfile

        b, marks = pressfile.settings(s.print.bleed, bleed, crop_marks)
        doc = layout.layout(s, size, b, marks, True, large)
    else:
        doc = layout.layout(s, size, bleed, crop_marks, flat, large)
    data = None
    if render:
        if press:
            data = pressfile.render(doc)
        else:
            from handprint.pdf import render as pdf

            data = pdf.render(doc)
    return Built(s, doc, data, doc.warnings)


def said(built: Built) -> list[tuple[Path, str]]:
    """Each warning with the file to change: the brand kit for its logo's (every spec that
    uses the kit has it: commands say it once), else the spec."""
    brand = built.spec.brand
    logo = f"{brand.logo.name} would print at " if brand and brand.logo else None
    return [(brand.path if brand and logo and w.startswith(logo) else built.spec.path, w)
            for w in built.warnings]


def write(built: Built, dest: Path) -> int:
    """Write the PDF atomically; returns its size in bytes."""
    from handprint.pdf import render as pdf

    assert built.pdf is not None, "build(render=True) first"
    return pdf.save(built.pdf, dest)
