"""Find the line of a key in a TOML text, so errors can say ``file:line:``.

``tomllib`` gives values without positions. This scanner reads the same text and maps
each key path (``("exercises", 2, "title")``) to the line where it is written. It only
needs to understand table headers, array-of-tables headers, ``key =`` lines and
multi-line strings; the values themselves were parsed by ``tomllib``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_KEY_PART = r'(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|\'[^\']*\')'
_DOTTED = rf"{_KEY_PART}(?:\s*\.\s*{_KEY_PART})*"
_ARRAY_TABLE = re.compile(rf"^\[\[\s*({_DOTTED})\s*\]\]")
_TABLE = re.compile(rf"^\[\s*({_DOTTED})\s*\]")
_KEY = re.compile(rf"^({_DOTTED})\s*=")
_PART = re.compile(_KEY_PART)

Path_ = tuple[str | int, ...]


def _split(dotted: str) -> list[str]:
    parts = []
    for match in _PART.finditer(dotted):
        part = match.group(0)
        if part[0] in "\"'":
            part = part[1:-1]
        parts.append(part)
    return parts


def key_lines(text: str) -> dict[Path_, int]:
    """Map every key path written in ``text`` to its 1-based line number."""
    lines: dict[Path_, int] = {}
    counts: dict[Path_, int] = {}  # array-of-tables path -> index of its last element
    current: Path_ = ()
    in_string: str | None = None

    def resolve(keys: Sequence[str]) -> Path_:
        path: Path_ = ()
        for key in keys:
            path += (key,)
            if path in counts:
                path += (counts[path],)
        return path

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if in_string:
            if line.count(in_string) % 2 == 1:
                in_string = None
            continue
        if not line or line.startswith("#"):
            continue
        if match := _ARRAY_TABLE.match(line):
            keys = _split(match.group(1))
            array = resolve(keys[:-1]) + (keys[-1],)
            counts[array] = counts.get(array, -1) + 1
            current = array + (counts[array],)
            lines.setdefault(array, number)
            lines[current] = number
            continue
        if match := _TABLE.match(line):
            current = resolve(_split(match.group(1)))
            lines.setdefault(current, number)
            continue
        if match := _KEY.match(line):
            lines.setdefault(current + tuple(_split(match.group(1))), number)
            rest = line[match.end():]
            for quote in ('"""', "'''"):
                if rest.count(quote) % 2 == 1:
                    in_string = quote
    return lines


def locate(lines: dict[Path_, int], path: Sequence[str | int]) -> int:
    """The line of ``path``, or of its nearest written parent; 1 if none is written."""
    path = tuple(path)
    while path:
        if path in lines:
            return lines[path]
        path = path[:-1]
    return 1
