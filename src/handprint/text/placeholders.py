"""The one `{name}` syntax: placeholders filled from --vars and the brand kit, and a fill-in
sentence's blanks. `{{` and `}}` are literal braces everywhere."""

from __future__ import annotations

import re

TOKEN = re.compile(r"\{\{|\}\}|\{([A-Za-z][A-Za-z0-9_-]*)\}")
SPLIT = re.compile(r"(\{\{|\}\}|\{[A-Za-z][A-Za-z0-9_-]*\})")  # keeps the tokens


def names(text: str) -> list[str]:
    """The {name}s in a text, in order; {{ and }} are not names."""
    return [m.group(1) for m in TOKEN.finditer(text) if m.group(1)]


def blank_name(part: str) -> str | None:
    """'{name}' -> 'name'; anything else (text, '{{', '}}') -> None."""
    m = TOKEN.fullmatch(part)
    return m.group(1) if m else None


def literal(text: str) -> str:
    """Text with {{ and }} printed as braces (after any {name} has been dealt with)."""
    return TOKEN.sub(lambda m: m.group(0)[0] if not m.group(1) else m.group(0), text)


def fill(text: str, values: dict[str, str], blanks: bool = False) -> tuple[str, list[str]]:
    """Put values in for {name}; {{ and }} are literal braces. Returns the text and the
    unknown names (left as they are when `blanks`: a fill-in sentence's blanks, whose {{ and
    }} are kept for the fill-in's own reading)."""
    unknown: list[str] = []

    def swap(m: re.Match) -> str:
        if not m.group(1):
            return m.group(0) if blanks else m.group(0)[0]
        name = m.group(1)
        if name in values:
            return values[name]
        if not blanks:
            unknown.append(name)
        return m.group(0)

    return TOKEN.sub(swap, text), unknown
