"""Heading levels as a screen reader gets them: the first heading is H1 and levels never
skip (PDF/UA), whatever levels the spec used; the printed sizes stay as written."""

from __future__ import annotations

import re

from handprint.layout.display import Item, edit

_H = re.compile(r"^(.*\.)H([1-6])$")


def mapped(levels: list[int]) -> list[int]:
    """Spec levels in reading order -> tagged levels: starting at 1, one deeper at most."""
    out: list[int] = []
    stack: list[tuple[int, int]] = []  # (spec level, tagged level) of open sections
    for level in levels:
        while stack and stack[-1][0] > level:
            stack.pop()
        if stack and stack[-1][0] == level:
            out.append(stack.pop()[1])
        else:
            out.append(stack[-1][1] + 1 if stack else 1)
        stack.append((level, out[-1]))
    return out


def retag(pages: list[list[Item]]) -> list[list[Item]]:
    """Heading tags ('0003.H2') renumbered in reading order."""
    order: list[str] = []
    for items in pages:
        for i in items:
            m = _H.match(i.tag)
            if m and i.tag not in order:
                order.append(i.tag)
    if not order:
        return pages
    levels = mapped([int(_H.match(t).group(2)) for t in order])  # type: ignore[union-attr]
    new = {t: f"{_H.match(t).group(1)}H{n}"  # type: ignore[union-attr]
           for t, n in zip(order, levels, strict=True)}
    return [[edit(i, tag=new[i.tag]) if i.tag in new else i for i in items]
            for items in pages]
