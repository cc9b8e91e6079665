"""Which keyboard the learner's keys type like, from the wrong keys of a lesson.

A wrong key is a clue when, on another layout, the key of the character due types the
character that came (AZERTY's A key types "q" on a QWERTY keyboard). Several layouts
may explain the same key (on an Arabic course, the key of "ب" types "f" on QWERTY and on
AZERTY alike), so each layout counts the keys it explains, and one is named only when
it explains at least :data:`CLUES` wrong keys *and* more than any other. When the
clues cannot tell Latin layouts apart on a right-to-left course, what is sure is said:
the keyboard types Latin letters.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from tutor.skills.typing.layouts import Layout

CLUES = 3  # wrong keys a layout must explain before it is named


@dataclass(frozen=True)
class Guess:
    """``layout``: the layout the keys type like; None with ``latin``: a right-to-left
    course typed with Latin letters, of a layout not yet told apart."""

    layout: Layout | None = None
    latin: bool = False


@dataclass
class LayoutGuess:
    course: Layout  # the lesson's keyboard
    others: Sequence[Layout]  # the layouts the keys may come from instead
    explained: Counter[str] = field(default_factory=Counter)  # layout id -> wrong keys
    latin: int = 0  # Latin letters typed on a right-to-left course

    def wrong_key(self, expected: str, typed: str) -> None:
        """A wrong key: ``typed`` came where ``expected`` was due."""
        if self.course.direction == "rtl" and typed.isascii() and typed.isalpha():
            self.latin += 1
        strokes = self.course.strokes_for(expected)
        if not strokes:
            return
        stroke = strokes[-1]
        for other in self.others:
            key = other.key(stroke.key.pos)
            if key is not None and typed == (key.shift if stroke.shift else key.base):
                self.explained[other.id] += 1

    @property
    def guess(self) -> Guess | None:
        """What the keys type like, once it is known; None until then."""
        ranked = self.explained.most_common()
        if ranked and ranked[0][1] >= CLUES and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
            return Guess(next(o for o in self.others if o.id == ranked[0][0]))
        if self.latin >= CLUES:
            return Guess(latin=True)
        return None
