"""Every block type: one module each, registered here (one line per block).

A block module makes `TYPE = BlockType(...)` (handprint.spec.registry): its YAML key and
keys (with docs and JSON Schema), its model, reader and placer, the texts it prints and the
form fields it makes. Importing this package fills the registry.
"""

from handprint.blocks import (
    banner,
    callout,
    checklist,
    columns,
    fill_in,
    footer,
    heading,
    illustration,
    image,
    lines,
    lists,
    page_break,
    qa,
    quote,
    row,
    spacer,
    table,
    text,
)
from handprint.spec.registry import register

register(heading.TYPE)
register(text.TYPE)
register(lists.TYPE)
register(quote.TYPE)
register(banner.TYPE)
register(illustration.TYPE)
register(image.TYPE)
register(row.TYPE)
register(spacer.TYPE)
register(footer.TYPE)
register(qa.TYPE)
register(page_break.TYPE)
register(fill_in.TYPE)
register(lines.TYPE)
register(checklist.TYPE)
register(table.TYPE)
register(callout.TYPE)
register(columns.TYPE)
