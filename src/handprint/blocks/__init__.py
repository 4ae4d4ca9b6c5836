"""Every block type: one module each, registered here (one line per block, in the order the
reference lists them).

A block module makes `TYPE = BlockType(...)` (handprint.spec.registry): its YAML key and
keys (with docs and JSON Schema), its model, reader and placer, the texts it prints and the
form fields it makes. Importing this package fills the registry with keys and module names;
a block's module is imported when a spec first uses the block.
"""

from handprint.spec.registry import register_lazy

register_lazy("heading", "handprint.blocks.heading")
register_lazy("text", "handprint.blocks.text")
register_lazy("list", "handprint.blocks.lists")
register_lazy("quote", "handprint.blocks.quote")
register_lazy("banner", "handprint.blocks.banner")
register_lazy("illustration", "handprint.blocks.illustration")
register_lazy("image", "handprint.blocks.image")
register_lazy("row", "handprint.blocks.row")
register_lazy("spacer", "handprint.blocks.spacer")
register_lazy("footer", "handprint.blocks.footer")
register_lazy("qa", "handprint.blocks.qa")
register_lazy("page_break", "handprint.blocks.page_break")
register_lazy("fill_in", "handprint.blocks.fill_in")
register_lazy("lines", "handprint.blocks.lines")
register_lazy("checklist", "handprint.blocks.checklist")
register_lazy("table", "handprint.blocks.table")
register_lazy("callout", "handprint.blocks.callout")
register_lazy("columns", "handprint.blocks.columns")
