"""Command line. Exit 0 success, 1 a problem in a spec, 2 wrong usage.

Every command that reads specs takes the same options (--brand, --vars, --set, --size,
--lang), takes folders as well as files, skips brand and --vars files, and puts each spec's
output at the same path (handprint.spec.library.target); all of them go through
handprint.pipeline.build().
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time
from pathlib import Path

from handprint.errors import SpecError
from handprint.spec.library import HANDOUTS, OUT, expand, language, language_of, target
from handprint.spec.pages import describe, parse_size
from handprint.spec.units import UnitError, parse_length


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


def _tac(text: str) -> float:
    from handprint.tools.preflight import tac_arg

    return tac_arg(text)


def _set(text: str) -> tuple[str, str]:
    from handprint.spec.overrides import parse_set

    try:
        return parse_set(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def _common() -> argparse.ArgumentParser:
    """What every spec-reading command takes, the same way."""
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("--brand", type=Path, help="the clinic's brand file (default: brand.yaml "
                   "beside the spec or in the folder above)")
    p.add_argument("--vars", type=Path, dest="values", help="a YAML file of values for "
                   "{placeholders}, like clinic: Riverside Clinic")
    p.add_argument("--set", action="append", type=_set, default=[], dest="sets",
                   metavar="PATH=TEXT", help="change one value without editing the spec, "
                   "like blocks.2.text=\"New words\" (blocks count from 1, or use an id)")
    p.add_argument("--size", type=_size, help="letter, legal, tabloid, a4..a1 or WxH, like "
                   "18x24in or 420x594mm")
    p.add_argument("--lang", help="only this language's specs (those in a folder named es/ "
                   "for es; the others for en)")
    return p


def _add_specs(p: argparse.ArgumentParser) -> None:
    """The SPEC_OR_FOLDER arguments of build, check and preview."""
    p.add_argument("specs", nargs="+", type=Path, metavar="SPEC_OR_FOLDER")


def parser() -> argparse.ArgumentParser:
    common = _common()
    p = argparse.ArgumentParser(prog="handprint", parents=[common],
                                description="YAML specs to print-ready PDFs. With no command, "
                                "builds every handouts/**/*.yaml into out/.")
    sub = p.add_subparsers(dest="command")
    b = sub.add_parser("build", help="build specs into PDFs", parents=[common])
    _add_specs(b)
    b.add_argument("-o", "--out", type=Path, help="output folder, or a .pdf file for one spec")
    c = sub.add_parser("check", help="validate and lay out without writing", parents=[common])
    _add_specs(c)
    for s in (b, c):
        s.add_argument("--large-print", action="store_true",
                       help="large-print rules: 18 pt body or more, sans-serif, more room")
    c.add_argument("--strict", action="store_true",
                   help="treat legibility and spelling findings as errors (exit 1)")
    b.add_argument("--bleed", type=_length, help="bleed, like 0.125in or 3mm")
    b.add_argument("--crop-marks", action="store_true", default=None, help="add crop marks")
    b.add_argument("--flat", action="store_true",
                   help="no fillable form fields (for printing or fax)")
    b.add_argument("--press", action="store_true", help="print-shop PDF (PDF/X-4 style): CMYK, "
                   "output intent, 0.125in bleed and crop marks unless given, no fields")
    f = sub.add_parser("preflight", help="check PDFs for what print shops reject")
    f.add_argument("pdfs", nargs="+", type=Path, metavar="PDF")
    f.add_argument("--tac", type=_tac, default=3.0, metavar="PERCENT",
                   help="total ink limit for press files, default 300%%")
    t = sub.add_parser("tile", help="split a poster over letter or A4 sheets to tape together",
                       parents=[common])
    t.add_argument("source", type=Path, metavar="SPEC_OR_PDF")
    t.add_argument("--sheet", choices=("letter", "a4"), default="letter")
    t.add_argument("--overlap", type=_length, default=_length("10mm"), help="default 10mm")
    t.add_argument("--margin", type=_length, default=_length("6mm"),
                   help="where the printer cannot print, default 6mm")
    t.add_argument("-o", "--out", type=Path, help="the .pdf to write")
    v = sub.add_parser("preview", help="build specs and write PNG pages next to the PDFs",
                       parents=[common])
    _add_specs(v)
    v.add_argument("--dpi", type=int, default=100, choices=range(10, 601), metavar="N")
    v.add_argument("-o", "--out", type=Path, help="output folder")
    h = sub.add_parser("sheet", help=f"one PNG of every handout: {OUT}/contact-sheet.png",
                       parents=[common])
    h.add_argument("folder", type=Path, nargs="?", default=HANDOUTS)
    w = sub.add_parser("watch", help="rebuild PDFs and page-1 previews whenever a spec or a "
                       "file it uses changes", parents=[common])
    w.add_argument("source", type=Path, nargs="?", default=HANDOUTS, metavar="SPEC_OR_DIR",
                   help=f"a spec, or a folder of them (default {HANDOUTS}/)")
    w.add_argument("-o", "--out", type=Path, help=f"output folder (default {OUT})")
    w.add_argument("--dpi", type=int, default=100, choices=range(10, 601), metavar="N",
                   help="preview resolution (default 100)")
    g = sub.add_parser("gallery", help="a contact sheet of every drawing with its options")
    g.add_argument("-o", "--out", type=Path, default=OUT / "gallery.pdf")
    sub.add_parser("schema", help="print the JSON Schema of the spec format (for editors)")
    sub.add_parser("reference", help="print the generated block and drawing reference")
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
        return run(args)
    except Usage as e:
        print(f"handprint: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("handprint: interrupted; the PDFs already listed are complete, nothing "
              "half-written is left", file=sys.stderr)
        return 130


def run(args: argparse.Namespace) -> int:
    command = args.command
    if command == "preflight":
        return preflight(args.pdfs, args.tac)
    if command == "schema":
        from handprint.tools import reference

        print(reference.schema_text())
        return 0
    if command == "reference":
        from handprint.tools import reference

        print(reference.markdown(), end="")
        return 0
    if command == "studio":
        from handprint import studio

        return studio.main(args.folder, args.port, args.host, args.browser)
    if command == "gallery":
        from handprint.tools import gallery

        return gallery.main(args.out)
    mine = personal(args)
    if command is None:
        handouts = language(HANDOUTS, args.lang)
        if not handouts:
            where = f"{HANDOUTS}/{args.lang}/" if args.lang else f"{HANDOUTS}/"
            raise Usage(f"no specs found: expected *.yaml files in {where}")
        return build([(p, HANDOUTS) for p in handouts], None, **mine)
    if command == "tile":
        return tile(args, mine)
    if command == "watch":
        if not args.source.exists():
            raise Usage(f"{args.source}: no such file or folder")
        from handprint.tools import watch

        return watch.main(args.source, args.out, mine.pop("size"), args.dpi, mine, args.lang)
    if command == "sheet":
        return sheet(args.folder, args.lang, mine)
    found = specs_of(args.specs, args.lang)
    if command == "build":
        if args.press and args.bleed is not None and args.bleed < _length("3mm") - 1e-6:
            raise Usage("--press needs a bleed of at least 3mm (the default is 0.125in)")
        return build(found, args.out, bleed=args.bleed, crop_marks=args.crop_marks,
                     flat=args.flat, large=args.large_print, press=args.press, **mine)
    if command == "preview":
        return preview(found, args.out, args.dpi, mine)
    return check(found, args.strict, args.large_print, mine)


def personal(args: argparse.Namespace) -> dict:
    """--brand, --vars, --set and --size, checked here (exit 2 if a file is missing)."""
    for flag, path in (("--brand", args.brand), ("--vars", args.values)):
        if path is not None and not path.is_file():
            raise Usage(f"{flag} {path}: no such file")
    return {"brand": args.brand, "values": args.values, "sets": tuple(args.sets),
            "size": args.size}


def specs_of(paths: list[Path], lang: str | None) -> list[tuple[Path, Path | None]]:
    """Files and folders -> (spec, folder it was found in); --lang keeps one language."""
    found = expand(paths)
    if not found:
        raise Usage("no specs found in " + ", ".join(map(str, paths)))
    named = [p for p, f in found if f is None]
    if len(named) > 1:  # several named: they keep their places below their common folder
        common = Path(os.path.commonpath([p.resolve().parent for p in named]))
        found = [(p, f if f is not None else common) for p, f in found]
    if lang is None:
        return found
    kept = [(p, f) for p, f in found if language_of(p, f) == lang.lower()]
    if not kept:
        there = sorted({language_of(p, f) for p, f in found})
        raise Usage(f"no specs in language '{lang}' in {', '.join(map(str, paths))} "
                    f"(languages there: {', '.join(there)})")
    return kept


def _dest(spec: Path, folder: Path | None, out: Path | None, single: bool) -> Path:
    if out is not None and out.suffix.lower() == ".pdf":
        if not single:
            raise Usage("-o ending in .pdf takes one spec; give a folder for several")
        return out
    return target(spec, folder, out)


def build(specs: list[tuple[Path, Path | None]], out: Path | None, **settings) -> int:
    from handprint.tools import batch  # the heavy imports, after argument checks

    jobs = [batch.Job(p, _dest(p, f, out, len(specs) == 1), **settings) for p, f in specs]
    failed = [o.path for o in batch.build(jobs) if not o.ok]  # a process per core, in order
    if failed:
        print(f"{len(failed)} of {len(specs)} failed: {', '.join(map(str, failed))}",
              file=sys.stderr)
    return 1 if failed else 0


def check(specs: list[tuple[Path, Path | None]], strict: bool, large: bool,
          mine: dict) -> int:
    from handprint import pipeline
    from handprint.layout import legibility

    failed = 0
    said: set[tuple[Path, str]] = set()  # the brand kit's warnings: once, not once per spec
    for path, _ in specs:
        try:
            built = pipeline.build(path, large=large, render=False, **mine)
            doc = built.doc
            found = legibility.findings(built.spec, doc)
        except SpecError as e:
            failed += 1
            print(e, file=sys.stderr)
            continue
        except Exception:
            failed += 1
            _bug(path)
            continue
        for about, warning in pipeline.said(built):
            if (about, warning) not in said:
                said.add((about, warning))
                print(f"{about}: warning: {warning}", file=sys.stderr)
        for line, warning in _translation(built.spec, mine):
            print(f"{path}{f':{line}' * bool(line)}: warning: {warning}", file=sys.stderr)
        word = "error" if strict else "warning"
        for f in found:
            where = f"{path}:{f.line}" if f.line else f"{path}"
            print(f"{where}: {'note' if f.note else word}: {f.message}", file=sys.stderr)
        real = [f for f in found if not f.note]
        failed += bool(real and strict)
        state = "ok" if not real else f"{len(real)} finding{'s' * (len(real) != 1)}"
        print(f"{path}: {state}, {describe((doc.width, doc.height))}, {len(doc.pages)} "
              f"page{'s' * (len(doc.pages) != 1)}, type at {doc.scale * 100:.0f}% of its "
              "design size")
    return 1 if failed else 0


def _translation(spec, mine: dict) -> list[tuple[int, str]]:
    """Where a translation's blocks no longer follow its original's."""
    from handprint import pipeline
    from handprint.spec import translation

    if spec.translates is None:
        return []
    if not spec.translates.is_file():
        return [(0, f"translates: {spec.translates} not found, so this translation cannot be "
                    "compared with its original: give the original's file name from this "
                    "spec's folder, like ../ruptures-poster.yaml")]
    try:
        original = pipeline.load(spec.translates, brand=mine["brand"], values=mine["values"])
    except SpecError:
        return [(0, f"cannot compare with the original {spec.translates}: it has problems "
                    "(check it first)")]
    return translation.differences(spec, original)


def preflight(pdfs: list[Path], tac: float = 3.0) -> int:
    from handprint.tools import preflight as pf

    bad = 0
    for path in pdfs:
        try:
            found = pf.check_file(path, tac)
        except FileNotFoundError:
            raise Usage(f"{path}: no such file") from None
        except Exception as e:  # a damaged or non-PDF file: a finding, not a traceback
            found = [pf.Finding(0, "read", f"cannot read as PDF ({type(e).__name__}: {e})")]
        for f in found:
            print(f"{path}: {f}")
        print(f"{path}: {'ok' if not found else f'{len(found)} problem(s)'}")
        bad += bool(found)
    return 1 if bad else 0


def tile(args: argparse.Namespace, mine: dict) -> int:
    from handprint.pdf import render as pdf
    from handprint.tools import tile as tiling

    source: Path = args.source
    if not source.is_file():
        raise Usage(f"{source}: no such file")
    size = mine.pop("size")
    start = time.perf_counter()
    try:
        poster, title = tiling.source(source, size, **mine)
        data, plan = tiling.tile(poster, tiling.safe_title(title), args.sheet, args.overlap,
                                 args.margin)
        # the poster's size in the name: tiles of another --size never overwrite these
        named = describe(plan.poster).replace(" ", "-")
        dest = args.out or target(source, None, None, f"-{named}-tiled-{args.sheet}.pdf")
        size_bytes = pdf.save(data, dest)
    except tiling.TileError as e:
        raise Usage(str(e)) from None
    except SpecError as e:
        print(e, file=sys.stderr)
        return 1
    except Exception:
        _bug(source)
        return 1
    print(f"{dest}  map + {plan.cols * plan.rows} {args.sheet} sheets ({plan.cols} x "
          f"{plan.rows})  {size_bytes / 1024:.0f} KB  {time.perf_counter() - start:.2f} s")
    return 0


def preview(specs: list[tuple[Path, Path | None]], out: Path | None, dpi: int,
            mine: dict) -> int:
    from handprint.tools import preview as pv

    code = build(specs, out, **mine)
    for path, folder in specs:
        dest = _dest(path, folder, out, len(specs) == 1)
        if dest.is_file():
            for png in pv.pages(dest, dpi):
                print(png)
    return code


def sheet(folder: Path, lang: str | None, mine: dict) -> int:
    from handprint import pipeline
    from handprint.tools import preview as pv

    specs = language(folder, lang) if folder.is_dir() else []
    if not specs:
        raise Usage(f"no specs found: expected {folder}/**/*.yaml here")
    items, failed = [], 0
    for path in specs:
        try:
            built = pipeline.build(path, **mine)
            assert built.pdf is not None
            items.append((path.stem, built.pdf))
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
    import traceback  # here: only a bug needs it

    traceback.print_exc(limit=-3, file=sys.stderr)


def command() -> int:
    """The command line's entry (`handprint`, `python render.py`): main(), with Python's
    garbage collector set for a short process. A build makes objects that live until it
    ends (caches, fonts, the page): collecting the young ones every 700 allocations only
    re-reads them (about 12 ms of a poster's build), and the last collection at exit walks
    everything just before the process drops it all (about 25 ms). So: collect every 50,000
    allocations (cycles are still collected; a long `watch` or `studio` session too), and
    freeze what is there at the end."""
    import gc

    gc.set_threshold(50_000, 20, 100)
    try:
        return main()
    finally:
        gc.freeze()


if __name__ == "__main__":
    sys.exit(command())
