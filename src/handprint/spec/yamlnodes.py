"""Read YAML into nodes that remember their line, with limits against hostile input."""

from __future__ import annotations

import re
from collections.abc import Iterator

import yaml

from handprint.errors import Problem, shown

MAX_NODES = 20_000  # after aliases are expanded: stops "billion laughs"
MAX_DEPTH = 32
_TEXT_TAGS = {"str", "int", "float", "bool", "null", "timestamp"}
_constructor = yaml.SafeLoader("")
_FAST = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml, when PyYAML was built with it
# Never text: control characters (but line breaks and tabs), UTF-16 halves, non-characters.
_BAD = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# A value that opens with a curly quote (pasted from a word processor): YAML reads it as text.
OPEN_QUOTES = "\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u201a"  # “ ” „ « » ‘ ’ ‚
_CURLY = re.compile(f"(?:^\\s*-|^[^#]*?:|[,\\[{{]])\\s+[{OPEN_QUOTES}]")
CURLY_HINT = ("\u201c \u201d are curly quotes, which YAML does not read as quotes: use straight "
              "quotes \" (or ')")
# `-heading: x`: a list item with no space after its dash
_NO_SPACE = re.compile(r"^\s*-[A-Za-z_]")


def compose(text: str, file: str) -> yaml.Node | Problem | None:
    """YAML text -> root node, or a Problem with the line. A first pass over the parser's
    events (in C when libyaml is there) stops a document with too many values, or nested
    too deep, before any node is built. Syntax errors are worded by the pure-Python parser,
    which says more; it reads no further than the first pass did."""
    try:
        return _measure(text, file) or yaml.compose(text, Loader=_FAST)
    except yaml.MarkedYAMLError as e:
        if "nesting depth" in str(e.problem):  # newer libyaml stops deep nesting itself
            mark = e.problem_mark or e.context_mark
            return Problem(file, mark.line + 1 if mark else 0,
                           f"nested more than {MAX_DEPTH} levels deep")
    except yaml.YAMLError:
        pass
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.reader.ReaderError as e:  # a character YAML does not allow, e.g. U+0001
        line = text[: e.position].count("\n") + 1
        return Problem(file, line, f"YAML syntax: the character U+{e.character:04X} is not "
                                   "allowed in a YAML file (delete it or retype the line)"
                       if isinstance(e.character, int) else f"YAML syntax: {e.reason}")
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else 0
        what = e.problem or "not valid YAML"
        if e.context and e.context.startswith("expected"):  # "expected a single document"
            what = f"{e.context}, {what}"
        if "\\t" in what or "\t" in what or "tab" in what.lower():
            what += " (YAML indents with spaces, not tabs)"
        if ("end of stream" in what or "<stream end>" in what) and e.context_mark:
            # point at where the quote or bracket was opened
            line = e.context_mark.line + 1
        lines = text.splitlines()
        what = plain(what, lines[line - 1] if 0 < line <= len(lines) else "")
        dash = next((n for n, t in enumerate(lines[:line], 1) if _NO_SPACE.match(t)), 0)
        if dash:
            item = lines[dash - 1].strip()
            return Problem(file, dash, f"YAML syntax: put a space after '-' to start a list "
                                       f"item, like '- {shown(item[1:])[:40]}'")
        curly = next((n for n in (line, line - 1) if 0 < n <= len(lines) and
                      _CURLY.search(lines[n - 1])), 0)
        if curly:
            fixed = re.sub(f"[{OPEN_QUOTES}]", lambda m: "'" if m.group() in "‘’‚" else '"',
                           lines[curly - 1].strip())
            return Problem(file, curly, f"YAML syntax: {CURLY_HINT}, like {shown(fixed)[:60]}")
        hashed = _unquoted_colour(text, line)
        if hashed:  # `{ink: #1E1E1E}`: the # started a comment and cut the line short
            return Problem(file, hashed, "YAML syntax: a colour must be in quotes, like "
                                         "\"#1E1E1E\" (without them, # starts a comment)")
        return Problem(file, line, f"YAML syntax: {what}")
    except yaml.YAMLError as e:
        return Problem(file, 0, f"YAML syntax: {e}")
    except RecursionError:
        return Problem(file, 0, f"nested more than {MAX_DEPTH} levels deep")


def curly(value: str) -> str:
    """A hint for a value wrapped in curly quotes, else ''."""
    return f" ({CURLY_HINT})" if value[:1] and value[0] in OPEN_QUOTES else ""


def decode(raw: bytes) -> str:
    """File bytes -> text: UTF-8 (with or without a BOM), or UTF-16/UTF-32 with their BOM
    (Notepad's "Unicode"). Raises UnicodeDecodeError."""
    import codecs

    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(codec)
            except UnicodeDecodeError:
                continue  # FF FE 00 00 may be UTF-16 text that starts with U+0000
    return raw.decode("utf-8-sig")


def plain(problem: str, line: str) -> str:
    """The parser's words, with what they usually mean for a hand-written spec."""
    if "found '<scalar>'" in problem and (line.count('"') > 2 or line.count("'") > 2):
        return (f"{problem} (a quote mark inside quoted text ends it early: put text that "
                "holds \" inside '...', text that holds ' inside \"...\")")
    if "expected <block end>" in problem:
        return (f"{problem} (this line does not line up with the ones above it: check the "
                "spaces at its start)")
    if "mapping values are not allowed" in problem:
        return (f"{problem} (text holding ': ' must be in quotes, like "
                "text: \"Note: this works\")")
    if "could not find expected ':'" in problem:
        return f"{problem} (a key is missing its ':', here or on the line before)"
    if "end of stream" in problem or "<stream end>" in problem:
        return f"{problem} (a quote or bracket is opened and never closed)"
    return problem


_HASHED = re.compile(r"[:,{\[]\s*#[0-9A-Fa-f]{3,8}\b")


def _unquoted_colour(text: str, upto: int) -> int:
    """The line (1-based) of an unquoted #colour at or before line `upto`, else 0."""
    for n, line in enumerate(text.splitlines()[:upto], 1):
        if _HASHED.search(line):
            return n
    return 0


def _measure(text: str, file: str) -> Problem | None:
    """A Problem if the document, as written, has more than MAX_NODES values or more than
    MAX_DEPTH levels; raises yaml.YAMLError at a syntax error."""
    nodes = depth = 0
    for event in yaml.parse(text, Loader=_FAST):
        if isinstance(event, yaml.NodeEvent):
            nodes += 1
            if nodes > MAX_NODES:
                return Problem(file, _line(event), f"the spec is too large (more "
                                                   f"than {MAX_NODES:,} values)")
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                return Problem(file, _line(event),
                               f"nested more than {MAX_DEPTH} levels deep")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return None


def _line(event: yaml.Event) -> int:
    mark = event.start_mark
    return mark.line + 1 if mark else 0


def read_file(path, what: str, limit: int = 1_000_000) -> yaml.Node | None:
    """A small YAML side file (brand kit, --vars) as a node tree; SpecError if unreadable."""
    from handprint.errors import SpecError

    name = str(path)
    try:
        with open(path, "rb") as f:
            raw = f.read(limit + 1)
        if len(raw) > limit:
            raise SpecError([Problem(name, 0, f"{what} is over {limit:,} bytes")])
        text = decode(raw)
    except (OSError, UnicodeDecodeError) as e:
        raise SpecError([Problem(name, 0, f"cannot read {what}: {e}")]) from None
    root = compose(text, name)
    if isinstance(root, Problem):
        raise SpecError([root])
    return root


class Reader:
    """Walks nodes, collecting every problem instead of stopping at the first."""

    def __init__(self, file: str):
        self.file = file
        self.problems: list[Problem] = []
        self.nodes = 0
        self.chars = 0  # characters of printed text so far, counting alias repeats
        self.values: dict[str, str] = {}  # what {placeholders} can use (--vars, brand kit)

    def problem(self, node: yaml.Node | None, message: str) -> None:
        line = node.start_mark.line + 1 if node is not None else 0
        self.problems.append(Problem(self.file, line, message))

    def count(self, node: yaml.Node, depth: int) -> bool:
        """False (with a problem) once the document is too big or too deep."""
        self.nodes += 1
        if self.nodes == MAX_NODES + 1:
            self.problem(node, f"the spec is too large (more than {MAX_NODES:,} values, "
                               "counting repeats made with YAML aliases)")
        if depth > MAX_DEPTH:
            self.problem(node, f"nested more than {MAX_DEPTH} levels deep")
        return self.nodes <= MAX_NODES and depth <= MAX_DEPTH

    def mapping(self, node: yaml.Node, what: str, allowed: list[str],
                depth: int) -> Iterator[tuple[str, yaml.Node]]:
        """Yield (key, value node) for known keys; report unknown and repeated ones."""
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"{what} must be a set of 'key: value' lines")
            return
        seen: set[str] = set()
        for key_node, value in node.value:
            if not self.count(value, depth):
                return
            key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else "?"
            if key == "<<":
                self.problem(key_node, "YAML merge keys ('<<') are not supported here")
            elif key not in allowed and _NO_SPACE.match(key):
                self.problem(key_node, f"put a space after '-' to start a list item, like "
                                       f"'- {shown(key[1:])}: ...'")
            elif key not in allowed:
                self.problem(key_node, f"unknown key '{shown(key)}' in {what}"
                                       f"{suggest(key, allowed)}")
            elif key in seen:
                self.problem(key_node, f"'{key}' is given twice in {what}")
            else:
                seen.add(key)
                yield key, value

    def text(self, node: yaml.Node, what: str) -> str | None:
        """A scalar exactly as written (so 'no' stays 'no'), or None with a problem."""
        if isinstance(node, yaml.ScalarNode) and node.tag.rsplit(":", 1)[-1] in _TEXT_TAGS:
            if node.tag.endswith("null") and not node.style:
                self.problem(node, f"{what} is empty")
                return None
            bad = _BAD.search(node.value)
            if bad:
                code = ord(bad.group())
                self.problem(node, f"{what} holds U+{code:04X}, " + (
                    "half of a character written as two \\u escapes: write the character "
                    "itself" if 0xD800 <= code <= 0xDFFF else
                    "a control character that cannot be printed: delete it"))
                return None
            return node.value
        self.problem(node, f"{what} must be text{colon_hint(node)}")
        return None

    def value(self, node: yaml.Node) -> object:
        """A scalar as YAML types it (int, float, bool, str), or None for a non-scalar.
        A scalar YAML cannot type (an unknown !tag, an integer of 5,000 digits) stays text."""
        if isinstance(node, yaml.ScalarNode):
            try:
                return _constructor.construct_object(node)
            except (yaml.YAMLError, ValueError):
                return str(node.value)
        return None

    def plain(self, node: yaml.Node, depth: int = 0) -> object:
        """A small value as plain data: scalars, and lists and mappings of them (two
        levels at most), for drawing options like figures: [{skin: dark}]."""
        if isinstance(node, yaml.SequenceNode) and depth < 2:
            return [self.plain(n, depth + 1) for n in node.value]
        if isinstance(node, yaml.MappingNode) and depth < 2:
            return {str(getattr(k, "value", "")): self.plain(v, depth + 1) for k, v in node.value}
        return self.value(node)

    def items(self, node: yaml.Node, what: str, depth: int) -> list[yaml.Node]:
        if not isinstance(node, yaml.SequenceNode):
            first = node.value[0][0] if isinstance(node, yaml.MappingNode) and node.value \
                else None
            if first is not None and _NO_SPACE.match(str(first.value)):
                self.problem(first, f"put a space after '-' to start a list item, like "
                                    f"'- {shown(str(first.value)[1:])}: ...'")
                return []
            self.problem(node, f"{what} must be a list (lines starting with '- ')")
            return []
        out = []
        for child in node.value:
            if not self.count(child, depth):
                break
            out.append(child)
        return out


def colon_hint(node: yaml.Node) -> str:
    """For text YAML read as 'key: value' (a list item holding ': '): say to quote it."""
    if not isinstance(node, yaml.MappingNode) or len(node.value) != 1 or node.flow_style:
        return ""
    key, value = node.value[0]
    if not (isinstance(key, yaml.ScalarNode) and isinstance(value, yaml.ScalarNode)):
        return ""
    if key.start_mark.line != value.start_mark.line:
        return ""
    words = shown(f"{key.value}: {value.value}")
    return (f": text holding ': ' must be in quotes, like - \"{words[:50]}\"")


def suggest(word: str, choices: list[str]) -> str:
    import difflib  # here: only a mistake needs it

    hint = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f" (did you mean '{hint[0]}'?)" if hint else ""


def expected(choices: list[str]) -> str:
    return ", ".join(choices[:-1]) + " or " + choices[-1] if len(choices) > 1 else choices[0]
