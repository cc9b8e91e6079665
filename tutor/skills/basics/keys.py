"""Keyboard basics: when a ``keys`` step is done or slipped, which key comes next, and
where that key is on the learner's own keyboard.

A step (``model.ACTIONS["keys"]``) is one of:

- ``press``: press ``key`` (Enter, Space, Backspace, Delete, Shift, Caps Lock, Tab, the
  arrows, Escape). Done when that key goes down; another key is a slip, except a
  modifier (Shift, Ctrl, Alt, AltGr, the Windows key) held on its own.
- ``type``: type ``text`` in the box (capitals, the number row, ``@ . _ -``). Done when
  the box holds exactly ``text``.
- ``correct``: the box starts with ``start``; make it ``text`` with Backspace, Delete, the
  arrows and the letters. Done when the box holds ``text``.
- ``tab``: the first of two boxes has the keyboard; press Tab to go to the second and
  type ``text`` there. Done when the second box holds ``text``.

Every step may give ``start``, the text the (first) box starts with.

A **slip** is a key that took the box further from what is wanted, counted by the
characters to take away and to add (so a wrong letter typed is a slip, taking it away
again is not, and Backspace at the start of a box, which changes nothing, is nothing).

The view hands each key over as a :class:`Press`: the key's name (:data:`KEY_NAMES`, or
``""`` for a key that only types), what it typed, and the box before and after. Nothing
here knows Qt.

Where a character is on the learner's keyboard comes from the typing skill's layout files
(``assets/keyboards/<id>.toml``, read by :mod:`tutor.skills.typing.layouts`);
:func:`keyboard` adds the keys those files leave out (Backspace, Tab, Caps Lock, Enter,
Ctrl, Alt, AltGr, the arrows, Escape, Delete) to draw a whole keyboard.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Literal

from tutor.skills.basics.model import KEYS, Step
from tutor.skills.typing.layouts import (
    SHIFT_LEFT,
    SHIFT_RIGHT,
    Key,
    Layout,
    LayoutError,
    Stroke,
    keycap,
    load_layout,
)

# Keys that change what another key does; held on their own they are never a slip.
MODIFIERS = ("Shift", "Control", "Alt", "AltGr", "Meta")
KEY_NAMES = KEYS + MODIFIERS

Outcome = Literal["done", "slip", ""]
DONE: Outcome = "done"
SLIP: Outcome = "slip"
NOTHING: Outcome = ""

# A box longer than this is not compared letter by letter (a key held down): it is far.
LONGEST = 400


@dataclass(frozen=True)
class Box:
    """A text box's text and where its cursor is (the characters before it)."""

    text: str = ""
    cursor: int = 0


@dataclass(frozen=True)
class Press:
    """One key the learner pressed and what it did to the box that had the keyboard."""

    key: str  # one of KEY_NAMES, or "" for a key that only types
    typed: str = ""  # what it typed ("" for an arrow, Shift...)
    before: Box = Box()
    after: Box = Box()
    box: int = 0  # which box had the keyboard: 0 the first, 1 the second (tab steps)


def distance(text: str, wanted: str) -> int:
    """The characters to take away from ``text`` and to add to make ``wanted`` (a wrong
    letter counts two: one away, one added; a capital for a small letter too)."""
    if len(text) > LONGEST or len(wanted) > LONGEST:
        return len(text) + len(wanted)
    previous = [0] * (len(wanted) + 1)
    for a in text:  # the longest common subsequence, row by row
        row = [0]
        for j, b in enumerate(wanted):
            row.append(previous[j] + 1 if a == b else max(previous[j + 1], row[j]))
        previous = row
    return len(text) + len(wanted) - 2 * previous[-1]


def first_text(step: Step) -> str:
    """What the (first) box holds when the step begins."""
    return step.start


def first_cursor(step: Step) -> int:
    """Where the cursor starts: at the start for Delete (it takes the letter after the
    cursor), at the end otherwise."""
    return 0 if step.do == "press" and step.key == "Delete" else len(step.start)


def outcome(step: Step, press: Press) -> Outcome:
    """Whether ``press`` finished the step, was a slip, or neither (see the module)."""
    if step.do == "press":
        if press.key == step.key:
            return DONE
        return NOTHING if press.key in MODIFIERS else SLIP
    if step.do == "tab" and press.box == 0:
        # In the first box only Tab is right; typing there is a slip.
        if press.key in ("Tab", *MODIFIERS, "CapsLock"):
            return NOTHING
        return SLIP if press.after.text != press.before.text else NOTHING
    if press.after.text == step.text:
        return DONE
    if press.key in (*MODIFIERS, "CapsLock"):
        return NOTHING
    if distance(press.after.text, step.text) > distance(press.before.text, step.text):
        return SLIP
    return NOTHING


def is_right_to_left(text: str) -> bool:
    """Whether ``text`` is laid out right to left (its first strong letter is)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


@dataclass(frozen=True)
class Hint:
    """The next key to press: a key's name (``key``, one of :data:`KEY_NAMES`) or a
    character to type (``char``)."""

    key: str = ""
    char: str = ""


def next_key(step: Step, box: Box, focus: int = 0, caps: bool = False) -> Hint | None:
    """The key that brings the box one step nearer to what the step wants (``box`` is
    the box that has the keyboard, ``focus`` which one it is); None when it is there.

    Taking away comes before adding: a wrong letter is taken away first (Backspace just
    after it, Delete just before it), then the missing letter typed; the arrows bring the
    cursor where the change is (Left and Right as they look: in a right-to-left text the
    next letter is on the left). A small letter while Caps Lock is on asks for Caps Lock
    first."""
    if step.do == "press":
        return Hint(key=step.key)
    if step.do == "tab" and focus == 0:
        return Hint(key="Tab")
    text, wanted, cursor = box.text, step.text, max(0, min(box.cursor, len(box.text)))
    if text == wanted:
        return None
    same_start = 0
    while same_start < min(len(text), len(wanted)) and text[same_start] == wanted[same_start]:
        same_start += 1
    same_end = 0
    while (same_end < min(len(text), len(wanted)) - same_start
           and text[-1 - same_end] == wanted[-1 - same_end]):
        same_end += 1
    wrong_end = len(text) - same_end  # text[same_start:wrong_end] is to take away
    forward, backward = ("Left", "Right") if is_right_to_left(wanted or text) else ("Right", "Left")
    if wrong_end > same_start:
        if cursor == same_start:
            return Hint(key="Delete")
        if same_start < cursor <= wrong_end:
            return Hint(key="Backspace")
        return Hint(key=forward if cursor < same_start else backward)
    if cursor != same_start:
        return Hint(key=forward if cursor < same_start else backward)
    char = wanted[same_start]
    if caps and char.islower() and char.upper() != char:
        return Hint(key="CapsLock")
    if char == "\n":
        return Hint(key="Enter")
    if char == " ":
        return Hint(key="Space")
    if char == "\t":
        return Hint(key="Tab")
    return Hint(char=char)


def caps_lock_after(caps: bool, key: str, typed: str, shift: bool) -> bool:
    """Whether Caps Lock is on after a key: Caps Lock turns it round; a letter tells
    (a capital without Shift, or a small letter with Shift, means it is on)."""
    if key == "CapsLock":
        return not caps
    if len(typed) == 1 and typed.lower() != typed.upper():
        return typed.isupper() != shift
    return caps


# --- the learner's keyboard ------------------------------------------------------------

FALLBACK_LAYOUT = "us"  # where the Latin letters are on a keyboard whose layout has none
# Where to look, in this order, for a character the learner's layout cannot type: the
# second language a keyboard is switched to (Latin letters, then Arabic ones).
OTHER_LAYOUTS = (FALLBACK_LAYOUT, "ar", "fr")
EMAIL_SYMBOLS = "@._-"
DIGITS = "1234567890"


@dataclass(frozen=True)
class Keys:
    """The keys to press together for a character or a named key: ``keys`` (layout
    positions such as ``"AE10"`` or key names such as ``"Enter"``) and the modifiers held
    with them (``"LFSH"``/``"RTSH"`` for Shift, ``"AltGr"``). ``other_layout`` names the
    layout whose keys these are when the learner's own cannot type the character (an
    Arabic keyboard's Latin letters are the US layout's; Arabic letters on a QWERTY
    keyboard are the Arabic layout's): the learner switches the keyboard's language."""

    keys: tuple[str, ...] = ()
    modifiers: tuple[str, ...] = ()
    other_layout: str = ""

    @property
    def all(self) -> frozenset[str]:
        return frozenset(self.keys) | frozenset(self.modifiers)


def _from_strokes(strokes: tuple[Stroke, ...], other: str) -> Keys:
    keys: list[str] = []
    modifiers: list[str] = []
    for stroke in strokes:
        keys.append(stroke.key.pos)
        if stroke.shift:
            modifiers.append(stroke.shift_key)
        if stroke.altgr:
            modifiers.append("AltGr")
    return Keys(tuple(dict.fromkeys(keys)), tuple(dict.fromkeys(modifiers)), other)


def keys_for(layout: Layout, hint: Hint | None, caps: bool = False) -> Keys:
    """Where the hinted key is on ``layout``: what to highlight on its picture. With Caps
    Lock on, a capital letter is its key alone (Shift would make it small)."""
    if hint is None:
        return Keys()
    if hint.key:
        if hint.key == "Shift":
            return Keys((SHIFT_LEFT, SHIFT_RIGHT))
        if hint.key == "Space":
            return Keys(("SPCE",))
        return Keys((hint.key,))
    strokes, other = layout.strokes_for(hint.char), ""
    for other_id in OTHER_LAYOUTS:
        if strokes:
            break
        if other_id != layout.id:
            strokes, other = learner_layout(other_id).strokes_for(hint.char), other_id
    if not strokes:
        return Keys()
    found = _from_strokes(strokes, other)
    char = hint.char
    if caps and char.isupper() and char.lower() != char:
        return Keys(found.keys, tuple(m for m in found.modifiers
                                      if m not in (SHIFT_LEFT, SHIFT_RIGHT)), other)
    return found


def keys_for_char(layout: Layout, char: str, caps: bool = False) -> Keys:
    """:func:`keys_for` a character: ``keys_for_char(fr, "@")`` is AltGr and the "à 0"
    key (AE10); ``keys_for_char(fr, "1")`` is Shift and the "& 1" key (AE01)."""
    return keys_for(layout, Hint(char=char), caps)


def symbol_table(layout: Layout, chars: str = DIGITS + EMAIL_SYMBOLS) -> dict[str, Keys]:
    """For each character of an email address and of the number row: its keys on the
    learner's layout."""
    return {char: keys_for_char(layout, char) for char in chars}


@dataclass(frozen=True)
class Cap:
    """One key of the picture: ``name`` is a layout position ("AE10") or a key's name
    ("Enter"); its place and size in key widths (``y`` from the top of the picture);
    what is printed on it (``label`` in the middle, ``corner`` the Shift character,
    ``altgr`` the AltGr character printed on real keyboards); ``second`` is the other
    rectangle of an L-shaped Enter (ISO keyboards)."""

    name: str
    x: float
    y: float
    w: float
    h: float = 1.0
    label: str = ""
    corner: str = ""
    altgr: str = ""
    second: tuple[float, float, float, float] | None = None


WIDTH = 15.0  # the main block, in key widths
FUNCTION_ROW = 0.6  # height of the Escape / F1... / Delete row
TOP = FUNCTION_ROW + 0.15  # where the number row starts


def _printed_altgr(key: Key) -> str:
    """The AltGr character printed on a real key: the symbols of the number row and the
    punctuation keys (AZERTY's ``@ # { [``) and € on its letter, not the dozens of
    letters a layout file also lists (nor the ``@`` XKB puts on AZERTY's Q)."""
    char = key.altgr
    if char == "€":
        return char
    letter_key = key.base.isalpha() and key.shift == key.base.upper()
    if len(char) == 1 and char.isascii() and not char.isalnum() and char != " " \
            and not letter_key:
        return char
    return ""


def keyboard(layout: Layout) -> tuple[Cap, ...]:
    """A whole keyboard, laptop-like: the layout's keys as its file places them, and
    round them the keys a file leaves out, so every key a step names can be shown."""
    caps: list[Cap] = [Cap("Escape", 0, 0, 1.25, FUNCTION_ROW)]
    for number in range(12):
        caps.append(Cap(f"F{number + 1}", 1.5 + number * 0.95 + (number // 4) * 0.1, 0, 0.9,
                        FUNCTION_ROW, label=f"F{number + 1}"))
    caps.append(Cap("Delete", WIDTH - 1.25, 0, 1.25, FUNCTION_ROW))
    rows = list(layout.rows())
    ends: list[float] = []
    starts: list[float] = []
    for row_index, row in enumerate(rows):
        y = TOP + row_index
        for key in row:
            label, corner = keycap(key)
            if key.pos in (SHIFT_LEFT, SHIFT_RIGHT):
                label, corner = "", ""
            caps.append(Cap(key.pos, key.column, y, key.width, 1.0, label, corner,
                            _printed_altgr(key)))
        main = [k for k in row if k.pos != "SPCE"]
        ends.append(max((k.column + k.width for k in main), default=0.0))
        starts.append(min((k.column for k in main), default=0.0))
    present = {k.pos for k in layout.keys}
    if len(rows) >= 1 and ends[0] < WIDTH:
        caps.append(Cap("Backspace", ends[0], TOP, WIDTH - ends[0]))
    if len(rows) >= 2 and starts[1] > 0:
        caps.append(Cap("Tab", 0, TOP + 1, starts[1]))
    if len(rows) >= 3:
        if starts[2] > 0:
            caps.append(Cap("CapsLock", 0, TOP + 2, starts[2]))
        if ends[1] < WIDTH - 0.01:  # ISO: Enter takes the ends of two rows
            caps.append(Cap("Enter", ends[1], TOP + 1, WIDTH - ends[1],
                            second=(ends[2], TOP + 2, WIDTH - ends[2], 1.0)))
        elif ends[2] < WIDTH:
            caps.append(Cap("Enter", ends[2], TOP + 2, WIDTH - ends[2]))
    if len(rows) >= 4:
        bottom = TOP + 3
        if SHIFT_LEFT not in present and starts[3] > 0:
            caps.append(Cap(SHIFT_LEFT, 0, bottom, starts[3]))
        if SHIFT_RIGHT not in present and ends[3] < WIDTH:
            caps.append(Cap(SHIFT_RIGHT, ends[3], bottom, WIDTH - ends[3]))
    space_row = TOP + len(rows) - 1 if "SPCE" in present else TOP + len(rows)
    if "SPCE" not in present:
        caps.append(Cap("SPCE", 3.75, space_row, 6.25))
    for name, x, w in (("Control", 0, 1.25), ("Meta", 1.25, 1.25), ("Alt", 2.5, 1.25),
                       ("AltGr", 10.0, 1.25), ("Control", 11.25, 1.25)):
        caps.append(Cap(name, x, space_row, w))
    arrow = (WIDTH - 12.5) / 3
    caps.append(Cap("Left", 12.5, space_row + 0.5, arrow, 0.5))
    caps.append(Cap("Up", 12.5 + arrow, space_row, arrow, 0.5))
    caps.append(Cap("Down", 12.5 + arrow, space_row + 0.5, arrow, 0.5))
    caps.append(Cap("Right", 12.5 + 2 * arrow, space_row + 0.5, arrow, 0.5))
    return tuple(caps)


def keyboard_size(caps: tuple[Cap, ...]) -> tuple[float, float]:
    """The picture's width and height in key widths."""
    return (max(c.x + c.w for c in caps),
            max(max(c.y + c.h, (c.second[1] + c.second[3]) if c.second else 0) for c in caps))


def learner_layout(layout_id: str) -> Layout:
    """The learner's layout, or the US one when theirs has no file (never an error on
    the screen of a learner who cannot fix it)."""
    try:
        return load_layout(layout_id)
    except LayoutError:
        return load_layout(FALLBACK_LAYOUT)
