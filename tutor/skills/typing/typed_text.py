"""The text on the typing screen as data: its lines, and runs of characters done, wrong,
current and still to type; what a screen reader is told of a wrong key; what a
keyboard's input sends, counted as letters."""

from __future__ import annotations

import unicodedata
from typing import Literal

from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.skills.typing.engine import TypingSession

CONTEXT = "TypingScreen"
# Characters a screen reader would not read out: named instead.
KEY_NAMES = {
    " ": QT_TRANSLATE_NOOP("TypingScreen", "space"),
    "\n": QT_TRANSLATE_NOOP("TypingScreen", "Enter"),
}
WRONG_KEY = QT_TRANSLATE_NOOP("TypingScreen", "Wrong key: {typed}. Type {expected}.")

Kind = Literal["done", "wrong", "current", "todo"]


def wrap_positions(text: str, width: int) -> list[tuple[int, int]]:
    """Split ``text`` into lines of about ``width`` characters at spaces: (start, end)."""
    lines = []
    start = 0
    while start < len(text):
        end = min(len(text), start + width)
        newline = text.find("\n", start, end)
        if newline >= 0:
            end = newline + 1
        elif end < len(text):
            space = text.rfind(" ", start, end + 1)
            if space > start:
                end = space + 1
        lines.append((start, end))
        start = end
    return lines or [(0, 0)]


def line_of(lines: list[tuple[int, int]], position: int) -> int:
    """The line that holds ``position`` (the last line once the text is done)."""
    return next((i for i, (a, b) in enumerate(lines) if a <= position < b), len(lines) - 1)


def runs(session: TypingSession, start: int, end: int) -> list[tuple[Kind, str]]:
    """The characters from ``start`` to ``end``, grouped by kind: what was typed before
    the cursor (right or wrong), the wrong key typed where the lesson stopped (shown
    where it was typed, before the character due), the character due, and the text
    still to type."""
    out: list[tuple[Kind, str]] = []
    position = session.position

    def add(kind: Kind, char: str) -> None:
        if out and out[-1][0] == kind:
            out[-1] = (kind, out[-1][1] + char)
        else:
            out.append((kind, char))

    for i in range(start, end):
        if i < position:
            add("wrong" if session.is_wrong_at(i) else "done", session.typed[i])
        elif i == position:
            if session.pending:
                add("wrong", session.pending)
            add("current", session.text[i])
        else:
            add("todo", session.text[i])
    return out


def wrong_key_note(session: TypingSession) -> tuple[str, dict[str, str]] | None:
    """What a screen reader is told while a wrong key is shown where the lesson stopped:
    the English source (context ``TypingScreen``) and its parameters, the keys as
    characters or as the names in :data:`KEY_NAMES` (to translate too); None when no
    wrong key is shown."""
    if not session.pending or session.finished:
        return None
    return WRONG_KEY, {"typed": session.pending, "expected": session.expected}


def unfold_presentation_forms(text: str) -> str:
    """Arabic keyboards type some letter pairs as one "presentation form" (the key B
    types ﻻ, U+FEFB): count them as the letters they stand for (ل then ا)."""
    if not any("\ufb50" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufeff" for c in text):
        return text
    return "".join(
        unicodedata.normalize("NFKC", c) if "\ufb50" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufeff"
        else c
        for c in text
    )
