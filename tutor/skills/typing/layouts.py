"""Keyboard layouts, read from description files in ``assets/keyboards/<id>.toml``.

A layout file describes the keys a touch-typing course uses, row by row from the number
row down, each key with what it types and the finger that presses it::

    id = "us"
    title = "QWERTY (US)"
    home = "asdfjkl;"                 # the home-row keys, left to right ("bumps" on f, j)
    bumps = "fj"

    [[rows]]                         # rows: number row, top, home, bottom (+ space)
    offset = 0.0                     # where the row starts, in key widths
    keys = [
      { pos = "AE01", base = "1", shift = "!", finger = "lp" },
      ...
    ]

``pos`` is the XKB position name (AE01 = the "1" key), ``base``/``shift``/``altgr``
what the key types (one character, or ``dead_circumflex`` style names for dead keys),
``finger`` one of lp lr lm li th ri rm rr rp (left/right pinky, ring, middle, index,
and thumb). ``[dead]`` tables give what a dead key followed by a letter makes::

    [dead.dead_circumflex]
    e = "ê"
    a = "â"

From this the engine knows, for every character of a lesson, which keys make it
(``strokes``), which finger, and which Shift (the opposite hand's).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from tutor.errors import TutorError
from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.paths import resource

FINGERS = ("lp", "lr", "lm", "li", "th", "ri", "rm", "rr", "rp")
FINGER_NAMES = {
    "lp": QT_TRANSLATE_NOOP("typing", "left little finger"),
    "lr": QT_TRANSLATE_NOOP("typing", "left ring finger"),
    "lm": QT_TRANSLATE_NOOP("typing", "left middle finger"),
    "li": QT_TRANSLATE_NOOP("typing", "left index finger"),
    "th": QT_TRANSLATE_NOOP("typing", "thumb"),
    "ri": QT_TRANSLATE_NOOP("typing", "right index finger"),
    "rm": QT_TRANSLATE_NOOP("typing", "right middle finger"),
    "rr": QT_TRANSLATE_NOOP("typing", "right ring finger"),
    "rp": QT_TRANSLATE_NOOP("typing", "right little finger"),
}
LEFT_HAND = frozenset({"lp", "lr", "lm", "li"})
SHIFT_LEFT, SHIFT_RIGHT, SPACE = "LFSH", "RTSH", "SPCE"


@dataclass(frozen=True)
class Key:
    pos: str
    base: str
    shift: str
    finger: str
    row: int
    column: float  # left edge, in key widths
    width: float = 1.0
    altgr: str = ""

    @property
    def is_dead_base(self) -> bool:
        return self.base.startswith("dead_")


@dataclass(frozen=True)
class Stroke:
    """One key press, with or without a modifier, that makes (part of) a character."""

    key: Key
    shift: bool = False
    altgr: bool = False

    @property
    def shift_key(self) -> str:
        """Which Shift to use: the one on the other hand from the key's finger."""
        return SHIFT_RIGHT if self.key.finger in LEFT_HAND else SHIFT_LEFT


@dataclass(frozen=True)
class Layout:
    id: str
    title: str
    direction: str
    home: str
    bumps: str
    keys: tuple[Key, ...]
    dead: dict[str, dict[str, str]] = field(default_factory=dict, hash=False, compare=False)

    def rows(self) -> Iterator[tuple[Key, ...]]:
        for row in sorted({k.row for k in self.keys}):
            yield tuple(k for k in self.keys if k.row == row)

    def key(self, pos: str) -> Key | None:
        return next((k for k in self.keys if k.pos == pos), None)

    @property
    def strokes(self) -> dict[str, tuple[Stroke, ...]]:
        return _strokes(self)

    def strokes_for(self, char: str) -> tuple[Stroke, ...]:
        """The key presses that type ``char`` (two for a dead-key letter), or ()."""
        return self.strokes.get(char, ())

    def can_type(self, char: str) -> bool:
        return char in self.strokes

    def finger_for(self, char: str) -> str | None:
        strokes = self.strokes_for(char)
        return strokes[-1].key.finger if strokes else None


@cache
def _strokes(layout: Layout) -> dict[str, tuple[Stroke, ...]]:
    direct: dict[str, Stroke] = {}
    dead_strokes: dict[str, Stroke] = {}
    for key in layout.keys:
        for symbol, stroke in (
            (key.base, Stroke(key)),
            (key.shift, Stroke(key, shift=True)),
            (key.altgr, Stroke(key, altgr=True)),
        ):
            if not symbol:
                continue
            if symbol.startswith("dead_"):
                dead_strokes.setdefault(symbol, stroke)
            else:
                direct.setdefault(symbol, stroke)
    result: dict[str, tuple[Stroke, ...]] = {c: (s,) for c, s in direct.items()}
    for dead_name, table in layout.dead.items():
        first = dead_strokes.get(dead_name)
        if first is None:
            continue
        for letter, composed in table.items():
            if composed not in result and letter in direct:
                result[composed] = (first, direct[letter])
    return result


DEAD_LABELS = {"dead_circumflex": "^", "dead_diaeresis": "¨", "dead_grave": "`",
               "dead_acute": "´", "dead_tilde": "~"}


def keycap(key: Key) -> tuple[str, str]:
    """What is printed on a key: its main character, and the Shift one in the corner
    when it is not simply the capital (AZERTY's "1" above "&")."""
    if key.pos == "SPCE":
        return "", ""
    if key.base == "\n":
        return "↵", ""
    if key.pos == "NMLK":
        return "Num", ""
    if key.pos in (SHIFT_LEFT, SHIFT_RIGHT):
        return "⇧ Shift", ""
    base = DEAD_LABELS.get(key.base, key.base)
    shift = DEAD_LABELS.get(key.shift, key.shift)
    if len(base) == 1 and base.isascii() and base.isalpha():
        return base.upper(), ""  # a letter key shows its capital, as keycaps do
    if shift and shift != base.upper():
        return base, shift
    return base, ""


class LayoutError(TutorError):
    pass


def parse_layout(text: str, name: str = "layout") -> Layout:
    data = tomllib.loads(text)
    keys = []
    for row_index, row in enumerate(data["rows"]):
        column = float(row.get("offset", 0.0))
        for spec in row["keys"]:
            finger = spec["finger"]
            if finger not in FINGERS:
                raise LayoutError(
                    QT_TRANSLATE_NOOP("errors", "Keyboard {name}: unknown finger {finger}."),
                    name=name, finger=finger,
                )
            width = float(spec.get("width", 1.0))
            keys.append(Key(spec["pos"], spec.get("base", ""), spec.get("shift", ""), finger,
                            row_index, column, width, spec.get("altgr", "")))
            column += width
    return Layout(
        id=data["id"],
        title=data["title"],
        direction=data.get("direction", "ltr"),
        home=data["home"],
        bumps=data.get("bumps", ""),
        keys=tuple(keys),
        dead={k: dict(v) for k, v in data.get("dead", {}).items()},
    )


@cache
def load_layout(layout_id: str) -> Layout:
    path = resource("assets", "keyboards", f"{layout_id}.toml")
    try:
        return parse_layout(path.read_text(encoding="utf-8"), layout_id)
    except (OSError, KeyError, tomllib.TOMLDecodeError) as exc:
        raise LayoutError(
            QT_TRANSLATE_NOOP("errors", "The keyboard description {name} cannot be read."),
            name=layout_id,
        ) from exc


def available_layouts() -> list[str]:
    return sorted(p.stem for p in resource("assets", "keyboards").glob("*.toml"))
