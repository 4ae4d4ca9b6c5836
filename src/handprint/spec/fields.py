"""Readers for single values (text, choices, colours, lengths, numbers): each checks its node
and records a problem with its line, returning None when the value cannot be used."""

from __future__ import annotations

from typing import TypedDict

import yaml

from handprint.errors import shown
from handprint.spec.model import BRAND_TEXT, FONTS, HEX, MAX_TEXT, MAX_TOTAL_TEXT, Print, Theme
from handprint.spec.pages import parse_size
from handprint.spec.units import UnitError, parse_length
from handprint.spec.yamlnodes import Reader, curly, expected, suggest
from handprint.text.placeholders import fill
from handprint.text.textflow import visible


def block_text(r: Reader, node: yaml.Node, what: str, printed: bool = True,
               blanks: bool = False) -> str | None:
    """Text: not longer than MAX_TEXT, and with something to see once markup is taken out.
    Printed text also counts towards MAX_TOTAL_TEXT. Lengths are checked first, before any
    work on the characters."""
    size = len(node.value) if isinstance(node, yaml.ScalarNode) else 0
    if size > MAX_TEXT:
        r.problem(node, f"{what} is {size:,} characters long; one text may have at most "
                        f"{MAX_TEXT:,}")
        return None
    if printed:
        r.chars += size
        if r.chars > MAX_TOTAL_TEXT:  # said once; no more work on text after that
            if r.chars - size <= MAX_TOTAL_TEXT:
                r.problem(node, f"the spec has more than {MAX_TOTAL_TEXT:,} characters of "
                                "text (counting repeats made with YAML aliases); split it "
                                "into several specs")
            return None
    value = r.text(node, what)
    if value is not None:  # {placeholders} from --vars and the brand kit
        value, unknown = fill(value, r.values, blanks)
        for name in dict.fromkeys(unknown):
            r.problem(node, f"unknown placeholder '{{{name}}}' in {what}"
                            f"{suggest(name, placeholders(r))}: give it a value with --vars, "
                            "or write {{ and }} for braces")
    if value is not None and not visible(value):
        r.problem(node, f"{what} is empty" + (" (it holds only markup or invisible characters)"
                                              if value.strip() else ""))
        return None
    return value


def placeholders(r: Reader) -> list[str]:
    """The {names} a spec can use: the brand kit's (given or not) and --vars'."""
    return sorted({*BRAND_TEXT, *r.values})


def choice(r: Reader, node: yaml.Node, what: str, choices: list[str]) -> str | None:
    value = r.text(node, what)
    if value is not None and value not in choices:
        r.problem(node, f"{what} '{shown(value)}' is not one of {expected(choices)}"
                        f"{curly(value) or suggest(value, choices)}")
        return None
    return value


def size(r: Reader, node: yaml.Node) -> tuple[float, float] | None:
    value = r.text(node, "size")
    try:
        return parse_size(value) if value is not None else None
    except UnitError as e:
        r.problem(node, f"{e}{curly(value or '')}")
        return None


def color(r: Reader, node: yaml.Node, what: str) -> str | None:
    if isinstance(node, yaml.ScalarNode) and node.tag.endswith("null") and not node.style:
        r.problem(node, f"{what} is empty: put colours in quotes, like \"#1E1E1E\" (without "
                        "them, # starts a comment)")
        return None
    value = r.text(node, what)
    if value is not None and curly(value):
        r.problem(node, f"{what} '{shown(value)}' is not a colour: {curly(value)[2:-1]}, like "
                        f"\"{shown(value[1:-1])}\"")
        return None
    if value is not None and not HEX.match(value):
        r.problem(node, f"{what} '{shown(value)}' is not a colour: write it as \"#RRGGBB\" "
                        "in quotes, like \"#1E1E1E\"")
        return None
    return value.upper() if value else None


def theme(r: Reader, node: yaml.Node) -> Theme | None:
    keys = ["paper", "ink", "accent", "heading_font", "body_font"]
    values = {}
    for key, child in r.mapping(node, "theme", keys, 2):
        if key.endswith("_font"):
            values[key] = choice(r, child, key, FONTS)
        else:
            values[key] = color(r, child, key)
    return Theme(**{k: v for k, v in values.items() if v is not None})


def flag(r: Reader, node: yaml.Node, what: str) -> bool | None:
    value = r.value(node)
    if not isinstance(value, bool):
        r.problem(node, f"{what} must be true or false")
        return None
    return value


def length(r: Reader, node: yaml.Node, what: str, largest: float) -> float | None:
    value = r.text(node, what)
    if value is None:
        return None
    try:
        points = parse_length(value)
    except UnitError as e:
        r.problem(node, f"{what}: {e}")
        return None
    if points > largest:
        r.problem(node, f"{what} {shown(value)} is too large (at most {largest / 72:g}in)")
        return None
    return points


class _PrintGiven(TypedDict, total=False):
    bleed: float
    crop_marks: bool


def print_options(r: Reader, node: yaml.Node) -> Print | None:
    values: _PrintGiven = {}
    for key, child in r.mapping(node, "print", ["bleed", "crop_marks"], 2):
        if key == "bleed":
            if (bleed := length(r, child, key, 36.0)) is not None:
                values["bleed"] = bleed
        elif (crop_marks := flag(r, child, key)) is not None:
            values["crop_marks"] = crop_marks
    return Print(**values)


def number(r: Reader, node: yaml.Node, what: str, low: float, high: float,
           whole: bool = False) -> float | None:
    value = r.value(node)
    if (not isinstance(value, int | float) or isinstance(value, bool)
            or (whole and not float(value).is_integer()) or not low <= value <= high):
        kind = "a whole number" if whole else "a number"
        r.problem(node, f"{what} must be {kind} from {_num(low)} to {_num(high)}")
        return None
    return int(value) if whole else float(value)


def _num(x: float) -> str:
    return f"{int(x):,}" if float(x).is_integer() else f"{x:g}"
