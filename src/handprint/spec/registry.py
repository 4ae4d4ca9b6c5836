"""The one registry of block types. A block is one module in handprint/blocks/ that makes a
BlockType, plus one line in handprint/blocks/__init__.py that registers it by key and module
name. A block's module is imported the first time its type is asked for (a spec uses it), so
a build imports only the blocks it uses; BLOCKS.values() (the reference, the schema, the
studio) imports them all.

The spec reader, the layout, the glyph, spelling and legibility checks, the form-field check,
the reference in docs/spec.md and the JSON Schema all read this registry.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from typing import Any, NamedTuple

from handprint.spec.model import Block


class Key(NamedTuple):
    """One key a block takes, for the reader, the reference and the JSON Schema."""

    name: str
    doc: str
    shape: dict | Callable[[], dict] | None = None  # JSON Schema of its value, or a function
    # making it (when making it imports much: every drawing's name); None: any value
    default: str = ""  # as the reference shows it; empty: required (the block's own key)

    @property
    def schema(self) -> dict:
        if self.shape is None:
            return {}
        return self.shape() if callable(self.shape) else self.shape


class BlockType(NamedTuple):
    key: str  # the YAML key that names the block: `- heading: ...`
    doc: str  # one line for the reference
    model: type  # the frozen dataclass it reads into (a Block)
    read: Callable[..., Block | None]  # (reader, fields, line, folder, depth) -> Block
    place: Callable[..., Any]  # (block, width, ctx) -> layout Box
    keys: tuple[Key, ...]  # the block's own key first
    example: str = ""  # YAML for the reference
    texts: Callable[[Any], list[str]] = lambda b: [b.text] if isinstance(
        getattr(b, "text", None), str) else []  # every printed string
    fields: Callable[[Any], list[str]] = lambda b: []  # form field names it makes
    children: Callable[[Any], tuple] = lambda b: ()  # blocks inside it (a row's)
    in_row: bool = True  # may sit in a row
    role: str = "flow"  # "flow" | "foot" (a page's foot) | "break" (starts a new page)
    keep_with_next: bool = False  # never ends a page (a heading)
    cut: bool = True  # a page may cut it between lines, where its box says it can
    gap_before: float = 1.0  # space before it, in the kind's gaps (when the block above
    gap_after: float | None = None  # has no gap_after of its own)
    extra_keys: Callable[[Any], list[str]] = lambda node: []  # keys known from its value
    kinds: tuple[str, ...] = ("poster", "handout", "worksheet")  # where it makes sense
    pure: Callable[[Any], bool] = lambda b: True  # its layout follows from the block alone
    # (not an image, whose file may change while the studio or watch runs)


class _Types(Mapping[str, BlockType]):
    """Block types by key, in the order registered. Keys and `in` import nothing; asking for
    a type imports its module (once)."""

    def __init__(self) -> None:
        self.entries: dict[str, BlockType | str] = {}  # a type, or the module that makes it

    def __getitem__(self, key: str) -> BlockType:
        t = self.entries[key]
        return t if isinstance(t, BlockType) else _load(key, t)

    def __iter__(self) -> Iterator[str]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, key: object) -> bool:
        return key in self.entries


BLOCKS = _Types()
_BY_MODEL: dict[type, BlockType] = {}
COMMON = (Key("id", "a name for --set: `blocks.NAME.text=...`", {"type": "string"}, "none"),)


def register(*types: BlockType) -> None:
    for t in types:
        if BLOCKS.entries.get(t.key, t) is not t:
            raise RuntimeError(f"two block types are called {t.key!r}")
        BLOCKS.entries[t.key] = t
        _BY_MODEL[t.model] = t


def register_lazy(key: str, module: str) -> None:
    """Block type `key` is `TYPE` in `module`, imported when the type is first asked for."""
    if key in BLOCKS.entries:
        raise RuntimeError(f"two block types are called {key!r}")
    BLOCKS.entries[key] = module


def _load(key: str, module: str) -> BlockType:
    t = importlib.import_module(module).TYPE
    if t.key != key:
        raise RuntimeError(f"{module} makes block type {t.key!r}, registered as {key!r}")
    BLOCKS.entries[key] = t
    _BY_MODEL[t.model] = t
    return t


def of(block: Block) -> BlockType:
    """The type of a block read from a spec."""
    t = _BY_MODEL.get(type(block))
    if t is None:  # made by code that imported the block's module itself
        load_all()
        t = _BY_MODEL[type(block)]
    return t


def load_all() -> list[BlockType]:
    """Every block type, each module imported (for what lists them all, and before forking)."""
    return list(BLOCKS.values())


def every(blocks: tuple[Block, ...] | list[Block]) -> list[Block]:
    """The blocks and, after each, the blocks inside it (a row's), depth first."""
    out: list[Block] = []
    for b in blocks:
        out.append(b)
        out += every(of(b).children(b))
    return out


def texts(b: Block) -> list[str]:
    return of(b).texts(b)


def every_text(b: Block) -> list[str]:
    """The printed words of a block and of the blocks inside it."""
    return [t for x in every([b]) for t in texts(x)]


def field_names(b: Block) -> list[str]:
    return of(b).fields(b)
