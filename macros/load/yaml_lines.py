"""YAML loading that remembers where each value came from.

PyYAML's C parser keeps validation of 1,000 files well under a second; ruamel's
round-trip loader is several times slower and we need only line numbers, not
comments. Mappings become :class:`LineDict` and sequences :class:`LineList`,
each carrying the 1-based line of the node and of every key or item.
"""

from __future__ import annotations

import re

import yaml

try:  # the C loader is an order of magnitude faster; fall back where libyaml is missing
    _Base = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Base = yaml.SafeLoader


class LineDict(dict):
    line: int = 0
    key_lines: dict
    block_keys: frozenset = frozenset()  # keys whose value is a literal or folded block scalar ('|' or '>')

    def line_of(self, key) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list):
    line: int = 0
    item_lines: list

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if 0 <= index < len(self.item_lines) else self.line


class _LineLoader(_Base):
    pass


_STR_TAG = "tag:yaml.org,2002:str"


def _construct(loader: _LineLoader, node: yaml.Node):
    # Most values are plain text. PyYAML's generic dispatch for each of them was a fifth of the load time
    # of 1,000 practices; for a str-tagged scalar it returns node.value, so do that directly.
    if node.tag == _STR_TAG and type(node) is yaml.ScalarNode:
        return node.value
    return loader.construct_object(node, deep=True)


def _mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = _construct(loader, key_node)
        if isinstance(key, (dict, list)):  # `[{{ x }}]` reads as a mapping whose key is a mapping: unhashable
            raise yaml.constructor.ConstructorError(
                None,
                None,
                "a mapping or a list used as a key - put text with '{' or '[' in quotes",
                key_node.start_mark,
            )
        if key in result:
            # PyYAML silently keeps the last duplicate key; a contributor would lose data without noticing.
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key '{key}' (each key may appear once in a mapping)", key_node.start_mark
            )
        result[key] = _construct(loader, value_node)
        result.key_lines[key] = key_node.start_mark.line + 1
        if getattr(value_node, "style", None) in ("|", ">"):
            result.block_keys = result.block_keys | {key}
    return result


def _sequence(loader: _LineLoader, node: yaml.SequenceNode) -> LineList:
    result = LineList(_construct(loader, child) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


def _date_as_text(loader: _LineLoader, node: yaml.ScalarNode) -> str:
    # Dates stay strings so JSON Schema's "format: date" and the widget's JSON see one type.
    return loader.construct_scalar(node)


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _sequence)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _date_as_text)


# Data files nest four or five levels deep. The bound keeps every recursive step after loading (the constructor,
# jsonschema, the rules' walk) far below Python's recursion limit, and libyaml's own recursive composer from
# overflowing the C stack (a million '[' crash it).
MAX_DEPTH = 40
# How deep a text can nest, from its characters alone. Flow collections open with '[' or '{' (or are the one
# implicit pair inside a '['). A block collection nested in another starts further right, or at the same
# column only as a sequence under a mapping key; and it starts at a line's beginning, after its indentation
# and any '- ', '? ' or ': ' before it. So the widest such prefix bounds the block depth.
_PREFIX = re.compile(r"^[ \t?:-]*", re.M)
_START = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_END = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


class Refused(Exception):
    """YAML that parses but that data files may not use (anchors, aliases, deep nesting), with its line."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line, self.message = line, message


def _depth_bound(text: str) -> int:
    widest = max(map(len, _PREFIX.findall(text)), default=0)
    return 2 * text.count("[") + text.count("{") + 2 * (widest + 1)


def _needs_scan(text: str) -> bool:
    # Anchors need '&' and aliases '*'. Most files have neither and nest a few levels: they skip the event scan,
    # which costs about as much as loading them.
    return "&" in text or "*" in text or _depth_bound(text) > MAX_DEPTH


def _refuse_event(event, depth: int) -> Refused | None:
    line = event.start_mark.line + 1
    if isinstance(event, yaml.AliasEvent):
        return Refused(
            line,
            f"YAML alias '*{event.anchor}' - data files may not use anchors and aliases: "
            "write the value out in full here instead",
        )
    if getattr(event, "anchor", None) is not None:
        return Refused(
            line,
            f"YAML anchor '&{event.anchor}' - data files may not use anchors and aliases: "
            "delete the anchor and write its value out in full wherever it is needed",
        )
    if depth > MAX_DEPTH:
        return Refused(
            line,
            f"YAML nested more than {MAX_DEPTH} levels deep - data files need a few levels only: "
            "close the brackets ('[', '{') or flatten the structure",
        )
    return None


def _scan(text: str) -> None:
    """Refuse anchors, aliases and deep nesting from the parser's events, before anything is composed.

    Composing and constructing come later: an alias would share one node where it is used, and a few lines
    of nested aliases (a "billion laughs") expand to hundreds of millions of values in every walk after that.
    """
    depth = 0
    for event in yaml.parse(text, Loader=_Base):
        depth += isinstance(event, _START) - isinstance(event, _END)
        if refused := _refuse_event(event, depth):
            raise refused


def load_text(text: str):
    """Parse one YAML document; raises ``yaml.YAMLError`` with a mark on bad syntax, and :class:`Refused`
    for anchors, aliases and nesting deeper than :data:`MAX_DEPTH`."""
    if _needs_scan(text):
        _scan(text)
    return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass


class _TextLoader(_LineLoader):
    """Every plain scalar read as text: a translation's ``source`` hash 01234567 stays that text, not an octal
    number, and a text "yes" or "1.0" stays as written. Resolving nothing is also a tenth faster."""

    yaml_implicit_resolvers: dict = {}


def _text_mapping(loader: _TextLoader, node: yaml.MappingNode) -> LineDict:
    """:func:`_mapping` for text-only files: no merge keys, no block styles to remember, scalars taken as they are
    (an eighth less time to read a language's overlays)."""
    result = LineDict()
    result.line = node.start_mark.line + 1
    result.key_lines = lines = {}
    for key_node, value_node in node.value:
        if type(key_node) is not yaml.ScalarNode:  # `[{{ x }}]` reads as a mapping whose key is a mapping
            raise yaml.constructor.ConstructorError(
                None,
                None,
                "a mapping or a list used as a key - put text with '{' or '[' in quotes",
                key_node.start_mark,
            )
        key = key_node.value
        if key in result:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key '{key}' (each key may appear once in a mapping)", key_node.start_mark
            )
        result[key] = value_node.value if type(value_node) is yaml.ScalarNode else loader.construct_object(value_node)
        lines[key] = key_node.start_mark.line + 1
    return result


def _text_sequence(loader: _TextLoader, node: yaml.SequenceNode) -> LineList:
    result = LineList(c.value if type(c) is yaml.ScalarNode else loader.construct_object(c) for c in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


_TextLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _text_mapping)
_TextLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _text_sequence)


def load_texts(text: str):
    """:func:`load_text` for files that hold only text (the translations' overlays): no value is read as a number,
    a boolean, a date or null."""
    if _needs_scan(text):
        _scan(text)
    return yaml.load(text, Loader=_TextLoader)  # noqa: S506 - a SafeLoader subclass


def walk(node, line: int | None = None, name: str = "", owner: str = ""):
    """Every text value below ``node``, as (dotted name such as ``tools[0].name``, text, line, owner).

    ``owner`` is the ``id`` of the nearest record around the value ("" outside any), for messages.
    """
    line = getattr(node, "line", 1) if line is None else line
    if isinstance(node, str):
        yield name, node, line, owner
    elif isinstance(node, dict):
        owner = node["id"] if isinstance(node.get("id"), str) else owner
        for k, v in node.items():
            at = node.line_of(k) if hasattr(node, "line_of") else line
            yield from walk(v, at, f"{name}.{k}" if name else str(k), owner)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk(v, node.line_of(i) if hasattr(node, "line_of") else line, f"{name}[{i}]", owner)


def field_of(name: str) -> str:
    """The key a dotted name ends in: ``steps[2]`` -> ``steps``, ``tools[0].name`` -> ``name``."""
    return name.rsplit(".", 1)[-1].split("[", 1)[0]
