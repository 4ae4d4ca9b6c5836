"""User-facing problems, kept apart from bugs: a SpecError is never a traceback."""

from __future__ import annotations

from typing import NamedTuple


class Problem(NamedTuple):
    file: str
    line: int  # 1-based; 0 when the problem has no line
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return printable(f"{where}: {self.message}")


def printable(text: str) -> str:
    """Control, invisible and broken characters as \\uXXXX, so a message quoting a user's
    text cannot move the terminal's cursor or fail to print."""
    return "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}"
                   for ch in text)


def shown(value: str, most: int = 40) -> str:
    """A user's value to quote back in a message: shortened when long."""
    return value if len(value) <= most else value[: most - 1] + "…"


class SpecError(Exception):
    """One or more problems in a spec or its content, all found at once."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(dict.fromkeys(problems), key=lambda p: (p.file, p.line))
        super().__init__("\n".join(str(p) for p in self.problems))
