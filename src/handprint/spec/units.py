"""Lengths: parse '0.125in', '3mm', '2.5cm', '12pt' into points."""

from __future__ import annotations

import re

from handprint.errors import shown

PER_UNIT = {"pt": 1.0, "in": 72.0, "mm": 72.0 / 25.4, "cm": 72.0 / 2.54, "ft": 864.0,
            "m": 72.0 / 0.0254}
_LENGTH = re.compile(r"^\s*(-?)\s*(\d+(?:\.\d+)?|\.\d+)\s*(pt|in|mm|cm|ft|m)\s*$")


class UnitError(ValueError):
    """A length or size the user wrote that we cannot read."""


def parse_length(text: str) -> float:
    """'0.125in' -> 9.0 (points). A unit is required."""
    if str(text).strip() in ("0", "0.0"):
        return 0.0
    m = _LENGTH.match(str(text).lower())
    if not m:
        raise UnitError(
            f"'{shown(str(text))}' is not a length: write a number with a unit, like 0.125in "
            "or 3mm"
        )
    if m.group(1):
        raise UnitError(f"'{shown(str(text))}' is negative: a length is 0 or more")
    return float(m.group(2)) * PER_UNIT[m.group(3)]
