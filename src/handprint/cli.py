"""Command line: build, check. Exit 0 success, 1 a problem in a spec, 2 wrong usage."""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from pathlib import Path

from .errors import SpecError
from .pages import describe, parse_size
from .units import UnitError, parse_length

HANDOUTS = Path("handouts")
OUT = Path("out")


class Usage(Exception):
    pass


def _size(text: str) -> tuple[float, float]:
    try:
        return parse_size(text)
    except UnitError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def _length(text: str) -> float:
    try:
        return parse_length(text)
    except UnitError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="handprint", description="YAML specs to print-ready PDFs. "
                                "With no command, builds every handouts/**/*.yaml into out/.")
    sub = p.add_subparsers(dest="command")
    b = sub.add_parser("build", help="build specs into PDFs")
    b.add_argument("specs", nargs="+", type=Path, metavar="SPEC")
    b.add_argument("-o", "--out", type=Path, help="output folder, or a .pdf file for one spec")
    c = sub.add_parser("check", help="validate and lay out without writing")
    c.add_argument("specs", nargs="+", type=Path, metavar="SPEC")
    for s in (b, c):
        s.add_argument("--size", type=_size, help="letter, legal, tabloid, a4..a1 or WxH, "
                       "like 18x24in or 420x594mm")
    b.add_argument("--bleed", type=_length, help="bleed, like 0.125in or 3mm")
    b.add_argument("--crop-marks", action="store_true", default=None, help="add crop marks")
    b.add_argument("--flat", action="store_true",
                   help="no fillable form fields (for printing or fax)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        if args.command is None:
            specs = sorted(HANDOUTS.rglob("*.yaml")) if HANDOUTS.is_dir() else []
            if not specs:
                raise Usage(f"no specs found: expected {HANDOUTS}/**/*.yaml here")
            return build(specs, None, None, None, None)
        if args.command == "build":
            return build(args.specs, args.out, args.size, args.bleed, args.crop_marks,
                         args.flat)
        return check(args.specs, args.size)
    except Usage as e:
        print(f"handprint: {e}", file=sys.stderr)
        return 2


def target(spec_path: Path, out: Path | None, single: bool) -> Path:
    if out is not None and out.suffix.lower() == ".pdf":
        if not single:
            raise Usage("-o ending in .pdf takes one spec; give a folder for several")
        return out
    folder = out or OUT
    try:
        rel = spec_path.resolve().relative_to(HANDOUTS.resolve())
    except ValueError:
        rel = Path(spec_path.name)
    return folder / rel.with_suffix(".pdf")


def build(specs: list[Path], out: Path | None, size, bleed, crop_marks,
          flat: bool = False) -> int:
    from . import layout, pdf, spec  # the heavy imports, after argument checks

    targets = [target(p, out, len(specs) == 1) for p in specs]
    failed = 0
    for path, dest in zip(specs, targets, strict=True):
        start = time.perf_counter()
        try:
            doc = layout.layout(spec.load(path), size, bleed, crop_marks, flat)
            size_bytes = pdf.write(doc, dest)
            for warning in doc.warnings:
                print(f"{path}: warning: {warning}", file=sys.stderr)
        except SpecError as e:
            failed += 1
            print(e, file=sys.stderr)
            continue
        except Exception:
            failed += 1
            _bug(path)
            continue
        pages = len(doc.pages)
        print(f"{dest}  {pages} page{'s' if pages != 1 else ''}  "
              f"{describe((doc.width, doc.height))}  {size_bytes / 1024:.0f} KB  "
              f"{time.perf_counter() - start:.2f} s")
    if failed:
        print(f"{failed} of {len(specs)} failed", file=sys.stderr)
    return 1 if failed else 0


def check(specs: list[Path], size) -> int:
    from . import layout, spec

    failed = 0
    for path in specs:
        try:
            doc = layout.layout(spec.load(path), size)
        except SpecError as e:
            failed += 1
            print(e, file=sys.stderr)
            continue
        except Exception:
            failed += 1
            _bug(path)
            continue
        print(f"{path}: ok, {describe((doc.width, doc.height))}, type at "
              f"{doc.scale * 100:.0f}% of its design size")
    return 1 if failed else 0


def _bug(path: Path) -> None:
    print(f"{path}: internal error in handprint (a bug, not a problem in your spec); "
          "please report it with this spec:", file=sys.stderr)
    traceback.print_exc(limit=-3, file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
