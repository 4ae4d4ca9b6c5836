"""Command line: build, check. Exit 0 success, 1 a problem in a spec, 2 wrong usage."""

from __future__ import annotations

import argparse
import signal
import sys
import time
import traceback
from pathlib import Path

from .errors import SpecError
from .library import language, specs_under
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
    p.add_argument("--lang", help="with no command: build only this language's handouts "
                   "(handouts/es/ for es; the top-level ones for en)")
    sub = p.add_subparsers(dest="command")
    yours = argparse.ArgumentParser(add_help=False)
    yours.add_argument("--brand", type=Path, help="the clinic's brand file (default: "
                       "brand.yaml beside the spec or in the folder above)")
    yours.add_argument("--vars", type=Path, dest="values", help="a YAML file of values for "
                       "{placeholders}, like clinic: Riverside Clinic")
    yours.add_argument("--set", action="append", type=_set, default=[], dest="sets",
                       metavar="PATH=TEXT", help="change one value without editing the spec, "
                       "like blocks.2.text=\"New words\" (blocks count from 1, or use an id)")
    p.add_argument("--brand", type=Path, help=argparse.SUPPRESS)
    p.add_argument("--vars", type=Path, dest="values", help=argparse.SUPPRESS)
    p.add_argument("--set", action="append", type=_set, default=[], dest="sets",
                   help=argparse.SUPPRESS)
    b = sub.add_parser("build", help="build specs into PDFs", parents=[yours])
    b.add_argument("specs", nargs="+", type=Path, metavar="SPEC")
    b.add_argument("-o", "--out", type=Path, help="output folder, or a .pdf file for one spec")
    c = sub.add_parser("check", help="validate and lay out without writing", parents=[yours])
    c.add_argument("specs", nargs="+", type=Path, metavar="SPEC")
    for s in (b, c):
        s.add_argument("--size", type=_size, help="letter, legal, tabloid, a4..a1 or WxH, "
                       "like 18x24in or 420x594mm")
        s.add_argument("--large-print", action="store_true",
                       help="large-print rules: 18 pt body or more, sans-serif, more room")
    c.add_argument("--strict", action="store_true",
                   help="treat legibility findings as errors (exit 1)")
    b.add_argument("--bleed", type=_length, help="bleed, like 0.125in or 3mm")
    b.add_argument("--crop-marks", action="store_true", default=None, help="add crop marks")
    b.add_argument("--flat", action="store_true",
                   help="no fillable form fields (for printing or fax)")
    b.add_argument("--press", action="store_true", help="print-shop PDF (PDF/X-4 style): CMYK, "
                   "output intent, 0.125in bleed and crop marks unless given, no fields")
    f = sub.add_parser("preflight", help="check PDFs for what print shops reject")
    f.add_argument("pdfs", nargs="+", type=Path, metavar="PDF")
    t = sub.add_parser("tile", help="split a poster over letter or A4 sheets to tape together")
    t.add_argument("source", type=Path, metavar="SPEC_OR_PDF")
    t.add_argument("--sheet", choices=("letter", "a4"), default="letter")
    t.add_argument("--size", type=_size, help="poster size, for a spec")
    t.add_argument("--overlap", type=_length, default=_length("10mm"), help="default 10mm")
    t.add_argument("--margin", type=_length, default=_length("6mm"),
                   help="where the printer cannot print, default 6mm")
    t.add_argument("-o", "--out", type=Path, help="the .pdf to write")
    v = sub.add_parser("preview", help="build specs and write PNG pages next to the PDFs")
    v.add_argument("specs", nargs="+", type=Path, metavar="SPEC")
    v.add_argument("--dpi", type=int, default=100, choices=range(10, 601), metavar="N")
    v.add_argument("-o", "--out", type=Path, help="output folder")
    sub.add_parser("sheet", help=f"one PNG of every handout: {OUT}/contact-sheet.png")
    w = sub.add_parser("watch", help="rebuild PDFs and page-1 previews whenever a spec or a "
                       "file it uses changes")
    w.add_argument("source", type=Path, nargs="?", default=HANDOUTS, metavar="SPEC_OR_DIR",
                   help=f"a spec, or a folder of them (default {HANDOUTS}/)")
    w.add_argument("-o", "--out", type=Path, default=OUT, help=f"output folder (default {OUT})")
    w.add_argument("--size", type=_size, help="build at this size instead of the specs' own")
    w.add_argument("--dpi", type=int, default=100, choices=range(10, 601), metavar="N",
                   help="preview resolution (default 100)")
    st = sub.add_parser("studio", help="edit handouts in the browser (a local web app)")
    st.add_argument("folder", type=Path, nargs="?", default=HANDOUTS, metavar="FOLDER")
    st.add_argument("--port", type=int, default=8642)
    st.add_argument("--host", default="127.0.0.1", help="default 127.0.0.1 (this computer)")
    st.add_argument("--no-browser", action="store_false", dest="browser")
    return p


def _terminate(signum, frame) -> None:
    raise KeyboardInterrupt  # so a kill, like Ctrl-C, removes the temporary file it was writing


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    signal.signal(signal.SIGTERM, _terminate)
    if hasattr(signal, "SIGPIPE"):  # `handprint | head` ends quietly, as other tools do
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    try:
        if args.command is None:
            specs = language(HANDOUTS, args.lang)
            if not specs:
                where = f"{HANDOUTS}/{args.lang}/" if args.lang else f"{HANDOUTS}/"
                raise Usage(f"no specs found: expected *.yaml files in {where}")
            return build(specs, None, None, None, None, personal=personal(args))
        if args.command == "preflight":
            return preflight(args.pdfs)
        if args.command == "tile":
            return tile(args.source, args.sheet, args.size, args.overlap, args.margin, args.out)
        if args.command == "preview":
            return preview(args.specs, args.out, args.dpi)
        if args.command == "watch":
            if not args.source.exists():
                raise Usage(f"{args.source}: no such file or folder")
            from . import watch

            return watch.main(args.source, args.out, args.size, args.dpi)
        if args.command == "studio":
            from . import studio

            return studio.main(args.folder, args.port, args.host, args.browser)
        if args.command == "sheet":
            return sheet()
        if args.command == "build":
            if args.press and args.bleed is not None and args.bleed < _length("3mm") - 1e-6:
                raise Usage("--press needs a bleed of at least 3mm (the default is 0.125in)")
            return build(args.specs, args.out, args.size, args.bleed, args.crop_marks,
                         args.flat, args.large_print, args.press, personal(args))
        return check(args.specs, args.size, args.strict, args.large_print, personal(args))
    except Usage as e:
        print(f"handprint: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("handprint: interrupted; the PDFs already listed are complete, nothing "
              "half-written is left", file=sys.stderr)
        return 130


def _set(text: str) -> tuple[str, str]:
    from .overrides import parse_set

    try:
        return parse_set(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def personal(args: argparse.Namespace) -> dict:
    """--brand, --vars and --set, checked for existence here (exit 2 if a file is missing)."""
    for flag, path in (("--brand", args.brand), ("--vars", args.values)):
        if path is not None and not path.is_file():
            raise Usage(f"{flag} {path}: no such file")
    return {"brand": args.brand, "values": args.values, "sets": tuple(args.sets)}


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
          flat: bool = False, large: bool = False, press: bool = False,
          personal: dict | None = None) -> int:
    from . import batch  # the heavy imports, after argument checks

    jobs = [batch.Job(p, target(p, out, len(specs) == 1), size, bleed, crop_marks, flat, large,
                      press, **(personal or {})) for p in specs]
    failed = [o.path for o in batch.build(jobs) if not o.ok]  # a process per core, in order
    if failed:
        print(f"{len(failed)} of {len(specs)} failed: {', '.join(map(str, failed))}",
              file=sys.stderr)
    return 1 if failed else 0


def check(specs: list[Path], size, strict: bool = False, large: bool = False,
          personal: dict | None = None) -> int:
    from . import layout, legibility, spec
    from .overrides import options_for

    p = personal or {}
    failed = 0
    for path in specs:
        try:
            s = spec.load(path, options_for(path, p.get("brand"), p.get("values"),
                                            p.get("sets", ())))
            doc = layout.layout(s, size, large=large)
            found = legibility.findings(s, doc)
        except SpecError as e:
            failed += 1
            print(e, file=sys.stderr)
            continue
        except Exception:
            failed += 1
            _bug(path)
            continue
        word = "error" if strict else "warning"
        for f in found:
            where = f"{path}:{f.line}" if f.line else f"{path}"
            print(f"{where}: {word}: {f.message}", file=sys.stderr)
        failed += bool(found and strict)
        state = "ok" if not found else f"{len(found)} finding{'s' * (len(found) != 1)}"
        print(f"{path}: {state}, {describe((doc.width, doc.height))}, {len(doc.pages)} "
              f"page{'s' * (len(doc.pages) != 1)}, type at {doc.scale * 100:.0f}% of its "
              "design size")
    return 1 if failed else 0


def preflight(pdfs: list[Path]) -> int:
    from . import preflight as pf

    bad = 0
    for path in pdfs:
        try:
            found = pf.check_file(path)
        except FileNotFoundError:
            raise Usage(f"{path}: no such file") from None
        except Exception as e:  # a damaged or non-PDF file: a finding, not a traceback
            found = [pf.Finding(0, "read", f"cannot read as PDF ({type(e).__name__}: {e})")]
        for f in found:
            print(f"{path}: {f}")
        print(f"{path}: {'ok' if not found else f'{len(found)} problem(s)'}")
        bad += bool(found)
    return 1 if bad else 0


def tile(source: Path, sheet: str, size, overlap: float, margin: float,
         out: Path | None) -> int:
    from . import pdf
    from . import tile as tiling

    if not source.is_file():
        raise Usage(f"{source}: no such file")
    dest = out or OUT / f"{source.stem}-tiled-{sheet}.pdf"
    start = time.perf_counter()
    try:
        poster, title = tiling.source(source, size)
        data, plan = tiling.tile(poster, tiling.safe_title(title), sheet, overlap, margin)
        size_bytes = pdf.save(data, dest)
    except tiling.TileError as e:
        raise Usage(str(e)) from None
    except SpecError as e:
        print(e, file=sys.stderr)
        return 1
    except Exception:
        _bug(source)
        return 1
    print(f"{dest}  map + {plan.cols * plan.rows} {sheet} sheets ({plan.cols} x {plan.rows})  "
          f"{size_bytes / 1024:.0f} KB  {time.perf_counter() - start:.2f} s")
    return 0


def preview(specs: list[Path], out: Path | None, dpi: int) -> int:
    from . import preview as pv

    code = build(specs, out, None, None, None)
    for path in specs:
        dest = target(path, out, False)
        if dest.is_file():
            for png in pv.pages(dest, dpi):
                print(png)
    return code


def sheet() -> int:
    from . import layout, pdf, spec
    from . import preview as pv
    from .overrides import options_for

    specs = specs_under(HANDOUTS) if HANDOUTS.is_dir() else []
    if not specs:
        raise Usage(f"no specs found: expected {HANDOUTS}/**/*.yaml here")
    items, failed = [], 0
    for path in specs:
        try:
            s = spec.load(path, options_for(path))
            items.append((path.stem, pdf.render(layout.layout(s))))
        except SpecError as e:
            failed += 1
            print(e, file=sys.stderr)
    dest = OUT / "contact-sheet.png"
    dest.parent.mkdir(parents=True, exist_ok=True)
    pv.contact_sheet(items).save(dest, optimize=True)
    print(f"{dest}  {len(items)} handouts")
    return 1 if failed else 0


def _bug(path: Path) -> None:
    print(f"{path}: internal error in handprint (a bug, not a problem in your spec); "
          "please report it with this spec:", file=sys.stderr)
    traceback.print_exc(limit=-3, file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
