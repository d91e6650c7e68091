"""YAML loading that remembers where each value came from.

PyYAML's C parser keeps validation of 1,000 files well under a second; ruamel's
round-trip loader is several times slower and we need only line numbers, not
comments. Mappings become :class:`LineDict` and sequences :class:`LineList`,
each carrying the 1-based line of the node and of every key or item.
"""

from __future__ import annotations

import yaml

try:  # the C loader is an order of magnitude faster; fall back where libyaml is missing
    _Base = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Base = yaml.SafeLoader


class LineDict(dict):
    line: int = 0
    key_lines: dict

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
        if key in result:
            # PyYAML silently keeps the last duplicate key; a contributor would lose data without noticing.
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key '{key}' (each key may appear once in a mapping)", key_node.start_mark
            )
        result[key] = _construct(loader, value_node)
        result.key_lines[key] = key_node.start_mark.line + 1
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


def load_text(text: str):
    """Parse one YAML document; raises ``yaml.YAMLError`` with a mark on bad syntax."""
    return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass


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
