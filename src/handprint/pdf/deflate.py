"""Flate compression for PDF streams that remembers what it compressed.

A stream is cut into pieces after a fill (`f`) or the end of a marked-content sequence
(`EMC`), each at least MIN_PIECE bytes, and each piece is deflated on its own, ending on a
byte boundary (Z_FULL_FLUSH: no back-references into the piece before). The pieces, an empty
final block and the Adler-32 of the whole make one ordinary zlib stream (as pigz does).

The compressed bytes are a function of the stream alone, so a piece compressed once (a
drawing's outlines, a font subset) is reused by the next build after an edit, and a warm
build writes the same bytes as a cold one.
"""

from __future__ import annotations

import re
import struct
import zlib
from functools import lru_cache

MIN_PIECE = 2048
_END = re.compile(rb"\n(?:f|EMC)\n")
_HEADER = b"\x78\x9c"  # deflate, 32 KB window, default level
_LAST = b"\x03\x00"  # an empty final block


def pieces(data: bytes) -> list[bytes]:
    """Cut after a fill or an EMC line, once a piece holds MIN_PIECE bytes."""
    out = []
    start = 0
    for m in _END.finditer(data):
        if m.end() - start >= MIN_PIECE:
            out.append(data[start:m.end()])
            start = m.end()
    if start < len(data):
        out.append(data[start:])
    return out


@lru_cache(maxsize=4096)
def _deflated(piece: bytes) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    return packer.compress(piece) + packer.flush(zlib.Z_FULL_FLUSH)


def compress(data: bytes | str) -> bytes:
    """A zlib stream of data, made of separately deflated (and remembered) pieces."""
    if isinstance(data, str):
        data = data.encode("utf8")
    body = b"".join(map(_deflated, pieces(data)))
    return _HEADER + body + _LAST + struct.pack(">I", zlib.adler32(data))


class Flate:
    """A ReportLab stream filter (as pdfdoc.PDFZCompress) that compresses with compress()."""

    pdfname = "FlateDecode"

    def encode(self, data: bytes | str) -> bytes:
        return compress(data)

    def decode(self, data: bytes) -> bytes:
        return zlib.decompress(data)


FLATE = Flate()
