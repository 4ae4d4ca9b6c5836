"""The registry of hand-drawn illustrations: every module in this folder is one drawing.

A drawing module provides (written once, here):
    NAME: str                      # what a spec writes: `illustration: NAME`
    MEANING: str                   # the metaphor, one plain sentence, for the reference
    ALT: str                       # a sample alt text (check suggests it; never filled in)
    OPTIONS: dict[str, Option]     # its own options, with types, defaults, ranges, choices
    draw(seed: int, weight: float, **options) -> sketch.Drawing   # pure geometry

Adding a drawing is adding a module; nothing else is edited. Modules whose name starts
with "_" and base.py are helpers, not drawings.

A drawing's module is imported when it is first asked for: `name` from its file name
(feelings_scale.py is feelings-scale). Aliases, unknown names, NAMES and OPTIONS import
every drawing.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from types import ModuleType

from .. import drawcache
from ..sketch import Drawing
from .base import Option

WEIGHT_RANGE = (0.5, 3.0)
HELPERS = {"base"}
NAMES: tuple[str, ...]  # every name and alias, by module name (see __getattr__)
OPTIONS: dict[str, dict[str, Option]]  # each name's own options


def _files() -> dict[str, str]:
    """Drawing name -> module name, from the folder's file names (imports nothing)."""
    return {info.name.replace("_", "-"): info.name
            for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name)
            if info.name not in HELPERS and not info.name.startswith("_")}


_FILES = _files()
_LOADED: dict[str, ModuleType] = {}


def _imported(file: str) -> ModuleType:
    module = importlib.import_module(f"{__name__}.{file}")
    for attr in ("NAME", "MEANING", "ALT", "OPTIONS", "draw"):
        if not hasattr(module, attr):
            raise RuntimeError(f"drawing module {file} has no {attr}")
    return module


@cache
def _discover() -> dict[str, ModuleType]:
    """Every drawing by name and alias, every module imported."""
    found: dict[str, ModuleType] = {}
    for file in _FILES.values():
        module = _imported(file)
        names = [module.NAME, *getattr(module, "ALIASES", ())]
        for name in names:
            if name in found:
                raise RuntimeError(f"two drawings are called {name!r}")
            found[name] = module
    _LOADED.update(found)
    return found


def load_all() -> None:
    """Import every drawing (before forking workers, so they share them)."""
    _discover()


def __getattr__(attr: str) -> object:
    """NAMES and OPTIONS, made (importing every drawing) when first read."""
    if attr == "NAMES":
        globals()[attr] = tuple(_discover())
    elif attr == "OPTIONS":
        globals()[attr] = {n: dict(m.OPTIONS) for n, m in _discover().items()}
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {attr!r}")
    return globals()[attr]


def find(name: str) -> ModuleType | None:
    """The module that draws `name`, or None: only its module is imported when the name is
    a drawing's own (not an alias)."""
    if name in _LOADED:
        return _LOADED[name]
    file = _FILES.get(name)
    if file is not None:
        module = _imported(file)
        if module.NAME == name:
            _LOADED[name] = module
            return module
    return _discover().get(name)


def known(name: str) -> bool:
    return find(name) is not None


def module(name: str) -> ModuleType:
    found = find(name)
    if found is None:
        raise KeyError(name)
    return found


def options(name: str) -> dict[str, Option]:
    """The drawing's own options (none for an unknown name)."""
    found = find(name)
    return dict(found.OPTIONS) if found is not None else {}


def check_option(name: str, key: str, value: object) -> str | None:
    """A plain error message for a bad option value, or None if it is fine."""
    if not known(name):
        return f"unknown illustration {name!r} (known: {', '.join(_discover())})"
    if key == "weight":
        return _number(key, value, float, *WEIGHT_RANGE)
    if key == "seed":
        return None if isinstance(value, int) and not isinstance(value, bool) else (
            "seed must be a whole number")
    own = options(name)
    if key not in own:
        opts = ", ".join(sorted(own)) or "none"
        return f"{name} has no option {key!r} (options: {opts})"
    return check_value(key, own[key], value)


def check_value(key: str, option: Option, value: object) -> str | None:
    default = option.default
    if option.each:  # a list of mappings, each checked key by key
        if not isinstance(value, list | tuple) or not value:
            return f"{key} must be a list, like - {{{next(iter(dict(option.each)))}: ...}}"
        if option.high is not None and len(value) > option.high:
            return f"{key} holds at most {option.high:g}"
        each = dict(option.each)
        for entry in value:
            if not isinstance(entry, dict | tuple):
                return f"each of {key} must be a mapping like {{{', '.join(each)}}}"
            for k, v in dict(entry).items():
                if k not in each:
                    from difflib import get_close_matches

                    near = get_close_matches(str(k), list(each), 1)
                    hint = f" (did you mean '{near[0]}'?)" if near else ""
                    return f"unknown key '{k}' in {key}{hint}: use {', '.join(each)}"
                message = check_value(k, each[k], v)
                if message:
                    return message
        return None
    if isinstance(default, bool):
        return None if isinstance(value, bool) else f"{key} must be true or false"
    if isinstance(default, str):
        if not isinstance(value, str) or (option.choices and value not in option.choices):
            from difflib import get_close_matches

            near = get_close_matches(str(value), list(option.choices), 1)
            hint = f" (did you mean '{near[0]}'?)" if near else ""
            return f"{key} must be one of {', '.join(option.choices)}{hint}"
        return None
    return _number(key, value, type(default), option.low, option.high)


def _number(key: str, value: object, kind: type, low: float | None,
            high: float | None) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return f"{key} must be a number"
    if kind is int and not float(value).is_integer():
        return f"{key} must be a whole number"
    if low is not None and high is not None and not low <= value <= high:
        return f"{key} must be between {low:g} and {high:g}"
    return None


def frozen(value: object) -> object:
    """An option value made hashable (lists -> tuples, mappings -> sorted pairs)."""
    if isinstance(value, dict):
        return tuple(sorted((k, frozen(v)) for k, v in value.items()))
    if isinstance(value, list | tuple):
        return tuple(frozen(v) for v in value)
    return value


def _thawed(option: Option, value: object) -> object:
    if option.each and isinstance(value, tuple):
        return [dict(v) if isinstance(v, tuple) else v for v in value]
    return value


def draw(name: str, *, seed: int, weight: float = 1.0, **options: object) -> Drawing:
    """Draw illustration `name`; raises ValueError on a bad name or option."""
    for key, value in [("seed", seed), ("weight", weight), *options.items()]:
        error = check_option(name, key, value)
        if error:
            raise ValueError(error)
    own = module(name).OPTIONS
    given = {k: _thawed(own[k], v) for k, v in options.items()}
    cache_key = (name, seed, float(weight), repr(sorted(options.items())))
    return drawcache.kept(cache_key, lambda: module(name).draw(seed, float(weight), **given))
