"""The YAML deploy/compose.yaml is written in, read without PyYAML (not in the venv); anything else is refused."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

# Block mappings and sequences, plain, quoted and flow-list scalars, anchors (&name) and aliases (*name); no merge
# keys, multi-line scalars, flow mappings or documents. Scalars stay strings: the tests compare text.
_KEY = re.compile(r"([A-Za-z0-9_.-]+):(?: +(.*))?$")


class Unsupported(ValueError):
    """A line this reader does not understand: it refuses rather than guess."""


def _strip_comment(line: str) -> str:
    quote = ""
    for index, char in enumerate(line):
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char == "#" and (index == 0 or line[index - 1] == " "):
            return line[:index].rstrip()
    return line.rstrip()


class _Reader:
    def __init__(self, text: str) -> None:
        self.lines: list[tuple[int, str]] = []
        for raw in text.splitlines():
            content = _strip_comment(raw)
            if content.strip():
                self.lines.append((len(content) - len(content.lstrip(" ")), content.strip()))
        self.anchors: dict[str, Any] = {}

    def block(self, at: int, indent: int) -> tuple[Any, int]:
        if self.lines[at][1] == "-" or self.lines[at][1].startswith("- "):
            return self.sequence(at, indent)
        return self.mapping(at, indent)

    def mapping(self, at: int, indent: int) -> tuple[dict[str, Any], int]:
        found: dict[str, Any] = {}
        while at < len(self.lines) and self.lines[at][0] == indent:
            match = _KEY.match(self.lines[at][1])
            if match is None or match.group(1) in found:
                raise Unsupported(self.lines[at][1])
            found[match.group(1)], at = self.value(match.group(2) or "", at + 1, indent)
        if at < len(self.lines) and self.lines[at][0] > indent:
            raise Unsupported(self.lines[at][1])
        return found, at

    def sequence(self, at: int, indent: int) -> tuple[list[Any], int]:
        items: list[Any] = []
        while at < len(self.lines) and self.lines[at][0] == indent and self.lines[at][1].startswith("- "):
            rest = self.lines[at][1][2:].strip()
            if _KEY.match(rest):  # "- key: value": a mapping that goes on at the item's indent
                self.lines[at] = (indent + 2, rest)
                item, at = self.mapping(at, indent + 2)
            else:
                item, at = self.value(rest, at + 1, indent)
            items.append(item)
        return items, at

    def value(self, text: str, after: int, indent: int) -> tuple[Any, int]:
        anchor = None
        if text.startswith("&"):
            anchor, _, text = text[1:].partition(" ")
        if text:
            found, at = self.scalar(text), after
        elif after < len(self.lines) and self.lines[after][0] > indent:
            found, at = self.block(after, self.lines[after][0])
        else:
            found, at = None, after
        if anchor:
            self.anchors[anchor] = found
        return found, at

    def scalar(self, text: str) -> Any:
        if text.startswith("*"):
            return self.anchors[text[1:]]
        if text.startswith(('"', "[")):
            try:
                return json.loads(text)  # a double-quoted string, or a flow list of them, is JSON
            except json.JSONDecodeError as exc:
                raise Unsupported(text) from exc
        if text.startswith("'") and text.endswith("'"):
            return text[1:-1].replace("''", "'")
        if text[0] in "{|>!%@`":
            raise Unsupported(text)
        return text


def read(path: Path) -> Any:
    reader = _Reader(path.read_text(encoding="utf-8"))
    found, at = reader.block(0, 0)
    if at != len(reader.lines):
        raise Unsupported(reader.lines[at][1])
    return found
