"""Page sizes: named sizes and 'WxH' with a unit, in points (portrait first)."""

from __future__ import annotations

import re

from handprint.errors import shown
from handprint.spec.units import PER_UNIT, UnitError

NAMED: dict[str, tuple[float, float]] = {
    "letter": (612.0, 792.0),
    "legal": (612.0, 1008.0),
    "tabloid": (792.0, 1224.0),
    "a4": (595.276, 841.89),
    "a3": (841.89, 1190.551),
    "a2": (1190.551, 1683.78),
    "a1": (1683.78, 2383.937),
}
SMALLEST = 72.0  # 1 in
LARGEST = 200 * 72.0  # 200 in: ReportLab and most RIPs balk beyond this
_NUM = r"(-?\s*(?:\d+(?:\.\d+)?|\.\d+))"
_WXH = re.compile(rf"^\s*{_NUM}\s*[x×]\s*{_NUM}\s*(pt|in|mm|cm|ft|m)\s*$")


def parse_size(text: str) -> tuple[float, float]:
    """'letter' or '18x24in' -> (width, height) in points, as written."""
    key = str(text).strip().lower()
    if key in NAMED:
        return NAMED[key]
    m = _WXH.match(key)
    if not m:
        import difflib

        hint = difflib.get_close_matches(key, NAMED, n=1)
        more = f" (did you mean '{hint[0]}'?)" if hint else ""
        raise UnitError(
            f"unknown size '{shown(str(text))}'{more}: use {', '.join(NAMED)} or WxH with a "
            "unit, like 18x24in"
        )
    w, h = (float(m.group(i).replace(" ", "")) * PER_UNIT[m.group(3)] for i in (1, 2))
    for side in (w, h):
        if not SMALLEST <= side <= LARGEST:
            raise UnitError(f"size '{shown(str(text))}': each side must be between 1in and "
                            "200in")
    return (w, h)


def orient(size: tuple[float, float], orientation: str) -> tuple[float, float]:
    """Turn a size to portrait or landscape."""
    w, h = size
    short, long_ = min(w, h), max(w, h)
    return (long_, short) if orientation == "landscape" else (short, long_)


def describe(size: tuple[float, float]) -> str:
    """(1296, 1728) -> '18x24in'; named sizes by name, '+ landscape' when wide."""
    turn = " landscape" if size[0] > size[1] else ""
    key = sorted(round(v) for v in size)
    for name, named in NAMED.items():
        if key == sorted(round(v) for v in named):
            return name + turn
    w, h = (v / 72 for v in size)
    if abs(w * 8 - round(w * 8)) < 1e-6 and abs(h * 8 - round(h * 8)) < 1e-6:
        return f"{w:g}x{h:g}in"
    mm = PER_UNIT["mm"]
    return f"{size[0] / mm:.0f}x{size[1] / mm:.0f}mm"
