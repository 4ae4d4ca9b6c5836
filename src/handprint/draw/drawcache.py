"""Drawings kept on disk between runs: an illustration's geometry takes 10-100 ms to draw,
and the same one (name, seed, weight, options) is asked for at every build of a spec.

Kept in $HANDPRINT_CACHE, else $XDG_CACHE_HOME/handprint, else ~/.cache/handprint;
HANDPRINT_CACHE=off keeps nothing. Each entry is keyed by the drawing's arguments and by the
source of the drawing code (sketch.py and illustrations/*.py), so changed code draws anew.
Entries are marshal data (plain tuples and floats, read back exactly): a drawing read back
is equal to the one drawn, so a build from the cache writes the same bytes. A file that
cannot be read or written is ignored: the drawing is drawn.
"""

from __future__ import annotations

import hashlib
import marshal
import os
from collections.abc import Callable
from functools import cache
from pathlib import Path

from handprint.draw.sketch import Drawing, Stroke
from handprint.draw.sketch import Path as Outline

HERE = Path(__file__).resolve().parent
FORMAT = 1


def folder() -> Path | None:
    chosen = os.environ.get("HANDPRINT_CACHE", "")
    if chosen.lower() in ("off", "0", "no", "false"):
        return None
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "handprint"


@cache
def _code() -> str:
    """A digest of the drawing code: entries made by other code are never read."""
    h = hashlib.sha256(f"{FORMAT}".encode())
    for path in [HERE / "sketch.py", *sorted((HERE / "illustrations").glob("*.py"))]:
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]


def _plain(d: Drawing) -> tuple:
    return (d.width, d.height, d.w, tuple((p.ops, p.role) for p in d.paths),
            tuple((s.kind, s.centre, s.widths) for s in d.strokes), d.meta)


def _drawing(data: tuple) -> Drawing:
    width, height, w, paths, strokes, meta = data
    return Drawing(width, height, w, tuple(Outline(ops, role) for ops, role in paths),
                   tuple(Stroke(kind, centre, widths) for kind, centre, widths in strokes), meta)


def kept(key: tuple, draw: Callable[[], Drawing]) -> Drawing:
    """The drawing for key (plain values: name, seed, weight, options) from disk, else
    draw() it and keep it."""
    where = folder()
    if where is None:
        return draw()
    name = hashlib.sha256(repr((_code(), key)).encode()).hexdigest()[:32]
    path = where / f"{name}.drawing"
    try:
        return _drawing(marshal.loads(path.read_bytes()))
    except (OSError, EOFError, ValueError, TypeError):
        pass
    d = draw()
    try:
        data = marshal.dumps(_plain(d))
        if _drawing(marshal.loads(data)) == d:  # only what reads back the same is kept
            where.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            tmp.write_bytes(data)
            os.replace(tmp, path)
    except (OSError, ValueError):
        pass
    return d
