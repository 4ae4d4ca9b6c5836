"""`- table: {header, rows, widths}`: rows of cells between hand-drawn rules; cells wrap (and
hyphenate when narrow), may be empty, and `{blank}` makes a cell to write in (a text field on
a worksheet). A page may cut between rows; the header repeats on the next page."""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from handprint.blocks.common import CAPTION, HAND, TEXT, caption
from handprint.draw import ornaments
from handprint.draw.sketch import Drawing, Path
from handprint.layout.boxes import Box, Ctx, TooNarrow, lines_box, mix, shift, tint
from handprint.layout.display import ARTIFACT, Art, Field, Item, Run, edit, tagged
from handprint.layout.flow import cut
from handprint.spec.fields import block_text, number
from handprint.spec.model import Block
from handprint.spec.registry import BlockType, Key
from handprint.text import fonts
from handprint.text.hyphens import wrap_narrow
from handprint.text.textflow import TooWide

BLANK = "{blank}"
MAX_COLUMNS = 6


@dataclass(frozen=True)
class Table(Block):
    rows: tuple[tuple[str, ...], ...]  # "" an empty cell, BLANK one to write in
    header: tuple[str, ...] = ()
    widths: tuple[float, ...] = ()  # relative; empty: equal
    caption: str = ""

    @property
    def names(self) -> list[tuple[int, int, str]]:
        """(row, column, field name) of each blank cell."""
        return [(r, k, f"table-{self.line}-r{r + 1}c{k + 1}") for r, row in enumerate(self.rows)
                for k, cell in enumerate(row) if cell == BLANK]


def _cell(r, node: yaml.Node, what: str) -> str | None:
    if isinstance(node, yaml.ScalarNode) and (node.value.strip() == "" or (
            node.tag.endswith("null") and not node.style)):
        return ""
    if isinstance(node, yaml.ScalarNode) and node.value.strip() == BLANK:
        return BLANK
    return block_text(r, node, what)


def read(r, f: dict, line: int, folder, depth: int) -> Table | None:
    parts = dict(r.mapping(f["table"], "table", ["header", "rows", "widths"], depth + 1))
    if "rows" not in parts:
        if isinstance(f["table"], yaml.MappingNode):
            r.problem(f["table"], "table needs 'rows': a list of rows like [Angry, Jaw, Walk]")
        return None
    header = tuple(_cell(r, n, "a header cell") for n in r.items(parts["header"], "header",
                                                                  depth + 2)) \
        if "header" in parts else ()
    rows = []
    for node in r.items(parts["rows"], "rows", depth + 2):
        rows.append((node, tuple(_cell(r, n, "a cell") for n in r.items(node, "each row",
                                                                        depth + 3))))
    if not rows:
        r.problem(parts["rows"], "table has no rows")
        return None
    cols = len(header) or len(rows[0][1])
    ok = True
    if not 1 <= cols <= MAX_COLUMNS:
        r.problem(parts["rows"], f"a table has 1 to {MAX_COLUMNS} columns, not {cols}")
        ok = False
    for n, (node, row) in enumerate(rows, 1):
        if ok and len(row) != cols:
            r.problem(node, f"row {n} has {len(row)} cells; the table has {cols} columns "
                            "(write \"\" for an empty cell)")
            ok = False
    if BLANK in header:
        r.problem(parts["header"], "a header cell cannot be {blank}")
        ok = False
    widths: tuple = ()
    if "widths" in parts:
        nodes = r.items(parts["widths"], "widths", depth + 2)
        widths = tuple(number(r, n, "each of widths", 0.2, 10) for n in nodes)
        if len(nodes) != cols and ok:
            r.problem(parts["widths"], f"widths has {len(nodes)} numbers for {cols} columns")
            ok = False
    words = caption(r, f)
    cells = [c for _, row in rows for c in row] + list(header)
    if not ok or None in cells or None in widths:
        return None
    return Table(line, tuple(row for _, row in rows), header, widths,  # type: ignore[arg-type,misc]
                 words)


def _vrule(height: float, w: float, key: str) -> Drawing:
    """A hand-drawn rule standing up: the writing rule turned a quarter."""
    flat = ornaments.rule(height, w, key)
    paths = tuple(Path(tuple((op[0], *[v for k in range(1, len(op), 2)
                                       for v in (op[k + 1], height - op[k])]) for op in p.ops),
                       p.role) for p in flat.paths)
    return Drawing(flat.height, height, w, paths)


def _wash(width: float, height: float, key: str) -> Drawing:
    pts = ornaments.wobbly_rect(0, 0, width, height, 0.6, ornaments.rng(key), height * 0.12)
    return Drawing(width, height, 0.6, (Path(tuple(ornaments.smooth(pts)), "tint"),))


def _column(b: Table, k: int) -> str:
    name = b.header[k] if b.header and b.header[k] else ""
    return f"column '{name}'" if name else f"column {k + 1}"


def place(b: Table, width: float, c: Ctx) -> Box:
    size = c.kind.body * c.unit
    padx, pady = size * 0.45, size * 0.35
    shares = b.widths or (1.0,) * len(b.rows[0])
    cols = [width * s / sum(shares) for s in shares]
    xs = [sum(cols[:k]) for k in range(len(cols))]
    family, ink = c.style.body_font, c.style.ink
    rows = ([(b.header, True)] if b.header else []) + [(row, False) for row in b.rows]
    names = {(r, k): n for r, k, n in b.names}
    items: list[Item] = []
    ys = [0.0]
    for r, (row, head) in enumerate(rows):
        body_r = r - (1 if b.header else 0)
        top = ys[-1]
        boxes = []
        for k, cell in enumerate(row):
            inner = cols[k] - 2 * padx
            text = "" if cell == BLANK else cell
            try:
                lines = wrap_narrow(text, family, size, inner, c.lang, bold=head)
            except TooWide as e:
                raise TooNarrow(e.word, f"the word '{e.word[:40]}' is too wide for the "
                                f"{_column(b, k)} of this table: give that column more of "
                                "the width (widths: [...]) or use a shorter word") from None
            boxes.append(lines_box(lines, size, 1.25, fonts.face(family, bold=head), inner,
                                   "left", ink))
        h = max([bx.height for bx in boxes] + [HAND * 0.9 if BLANK in row else size]) + 2 * pady
        cell_tag = f"Table/{r:03d}.TR/{{k}}.{'TH' if head else 'TD'}"
        if head:
            items.append(Art(0, top, width, h, _wash(width, h, f"{c.key}:table:{b.line}"),
                             (("tint", tint(c.style)),), tag=ARTIFACT))
        for k, bx in enumerate(boxes):
            path = cell_tag.format(k=k)
            if (body_r, k) in names:
                items.append(Field(xs[k] + padx * 0.5, top + pady * 0.5, cols[k] - padx,
                                   h - pady, names[(body_r, k)],
                                   _tip(b, body_r, k), "text", size, f"{path}/0.Form"))
            elif not bx.items:  # an empty cell is still a cell to a screen reader
                items.append(Run(xs[k] + padx, top + pady + size, " ", fonts.face(family),
                                 size, ink, path))
            items += tagged(shift(bx.items, xs[k] + padx, top + pady), path)
        ys.append(top + h)
    items += _rules(b, width, xs, ys, c)
    height = ys[-1]
    first_cut = 2 if b.header else 1
    breaks = tuple(ys[first_cut:-1])
    box = Box(height, tuple(items), breaks)
    head_h = ys[1] if b.header else 0.0
    repeat: tuple[Item, ...] = tuple(edit(i, tag=ARTIFACT) for i in items
                                         if i.y < head_h - 1e-6) if b.header else ()
    box = _splitting(box, repeat, head_h)
    return _captioned(box, b.caption, width, c)


def _tip(b: Table, r: int, k: int) -> str:
    col = b.header[k] if b.header and b.header[k] else f"column {k + 1}"
    first = b.rows[r][0] if k and b.rows[r][0] not in ("", BLANK) else f"row {r + 1}"
    return f"{col}: {first}"[:120]


def _rules(b: Table, width: float, xs: list[float], ys: list[float], c: Ctx) -> list[Item]:
    """Rules above and below the table, a heavier one under the header, light ones between
    rows and between columns."""
    light = max(0.5, 0.45 * c.unit)
    color = mix(c.style.ink, c.style.paper, 0.25)
    out: list[Item] = []
    for n, y in enumerate(ys):
        heavy = n in (0, len(ys) - 1) or (n == 1 and bool(b.header))
        w = light * (1.8 if heavy else 1.0)
        d = ornaments.rule(width, w, f"{c.key}:table:{b.line}:h{n}")
        out.append(Art(0, y - d.height / 2, width, d.height, d, (("rule", color),),
                       tag=ARTIFACT))
    for n in range(len(ys) - 1):
        for k, x in enumerate(xs[1:], 1):
            h = ys[n + 1] - ys[n]
            d = _vrule(h, light, f"{c.key}:table:{b.line}:v{n}:{k}")
            out.append(Art(x - d.width / 2, ys[n], d.width, h, d, (("rule", color),),
                           tag=ARTIFACT))
    return out


def _splitting(box: Box, head: tuple[Item, ...], head_h: float) -> Box:
    """The box cut between rows, the header repeated (as decoration: it was read once) at
    the top of what goes over."""

    def split(room: float) -> tuple[Box, Box] | None:
        parts = cut(Box(box.height, box.items, box.breaks), room)
        if parts is None:
            return None
        rest = parts[1]
        more = Box(rest.height + head_h, head + shift(rest.items, 0, head_h),
                   tuple(y + head_h for y in rest.breaks))
        return parts[0], _splitting(more, head, head_h)

    return Box(box.height, box.items, box.breaks, split)


def _captioned(box: Box, words: str, width: float, c: Ctx) -> Box:
    """The caption under the table, part of it (its last element)."""
    if not words:
        return box
    size = c.kind.body * c.unit  # body size: small print would fail the legibility check
    family = c.style.body_font
    lines = wrap_narrow(f"*{words}*", family, size, width, c.lang)
    under = lines_box(lines, size, 1.25, fonts.face(family), width, "center", c.style.ink)
    gap = size * 0.6
    below = tagged(shift(under.items, 0, box.height + gap), "Table/999.Caption")
    inner = box.split

    def split(room: float) -> tuple[Box, Box] | None:
        parts = inner(room) if inner else None
        if parts is None:
            return None
        return parts[0], _captioned(parts[1], words, width, c)

    return Box(box.height + gap + under.height, box.items + below, box.breaks, split)


TYPE = BlockType(
    "table", "rows and columns between hand-drawn rules; a page may break between rows, "
    "and the header repeats", Table, read, place,
    (Key("table", "header (optional), rows (lists of cells; \"\" an empty cell, {blank} a "
         "cell to write in) and widths (optional, relative)",
         {"type": "object", "required": ["rows"], "additionalProperties": False,
          "properties": {"header": {"type": "array", "items": TEXT},
                         "rows": {"type": "array", "items": {"type": "array",
                                                             "items": TEXT}},
                         "widths": {"type": "array", "items": {"type": "number"}}}}),
     CAPTION),
    example="- table:\n    header: [Feeling, Where I feel it, What helps]\n    rows:\n"
            "      - [Angry, Jaw and fists, Walk it off]\n      - [Sad, Chest, \"{blank}\"]\n"
            "    widths: [1, 1, 2]\n  caption: What my feelings tell me",
    texts=lambda b: [c for c in (*b.header, *[x for row in b.rows for x in row], b.caption)
                     if c and c != BLANK],
    fields=lambda b: [n for _, _, n in b.names])
