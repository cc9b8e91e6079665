"""Typing as a placement item: copy a line.

The learner types one line (about 60 characters) of a lesson's text on the typing room's
own screen (:class:`~tutor.skills.typing.view_widgets.TypingScreen`, its
:class:`~tutor.skills.typing.engine.TypingSession`); when the line is done the item emits
``answered`` with the lesson's verdict (:mod:`tutor.skills.typing.grading`): it passes
when the speed and the accuracy reach the lesson's own thresholds, never a trainer's
lowered ones (a placement says where the learner is). Nothing is recorded here: the
placement records its own attempt.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from tutor import cues
from tutor.content import LessonPack
from tutor.i18n.qt import ui_language
from tutor.skills.typing.engine import TypingSession
from tutor.skills.typing.grading import LessonGrade, thresholds
from tutor.skills.typing.layouts import available_layouts, load_layout
from tutor.skills.typing.lessons import cue, layout_id, lesson_text
from tutor.skills.typing.model import TypingExercise
from tutor.skills.typing.view_widgets import TypingScreen

LINE_LENGTH = 60  # characters: about a line, a minute at 10 words per minute


def line_of(text: str, length: int = LINE_LENGTH) -> str:
    """About ``length`` characters of ``text``, cut between words (never in one unless a
    word is longer than half the line), without spaces at either end."""
    text = text.strip()
    if len(text) <= length:
        return text
    cut = max(text.rfind(" ", 0, length + 1), text.rfind("\n", 0, length + 1))
    if cut < length // 2:
        cut = length
    return text[:cut].rstrip()


def placement_line(exercise: TypingExercise, language: str, rng: random.Random) -> str:
    """The line to copy: the start of one try's text of the lesson (a data-entry drill:
    its first values, one after another)."""
    if exercise.kind == "data-entry":
        return line_of(" ".join(value for row in exercise.rows for value in row))
    return line_of(lesson_text(exercise, language, rng))


def _seconds(clock: Callable[[], object]) -> Callable[[], float]:
    """The item's clock in seconds (a clock of datetimes is read as timestamps)."""

    def now() -> float:
        value = clock()
        return value.timestamp() if isinstance(value, datetime) else float(value)  # type: ignore[arg-type]

    return now


class TypingPlacementItem(QWidget):
    """Copy one line of a lesson; ``answered`` gives its verdict once, at the line's end."""

    answered = Signal(object)  # tutor.grading.Verdict

    def __init__(self, pack: LessonPack, exercise: TypingExercise,
                 clock: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("typingPlacementItem")
        self.exercise = exercise
        self.min_wpm, self.min_accuracy = thresholds(exercise, {})  # the level's own
        rng = random.Random(f"{pack.id}/{exercise.id}")  # the same line for everyone
        self.session = TypingSession(placement_line(exercise, pack.language, rng),
                                     stop_on_error=True, allow_backspace=True)
        self.verdict: object | None = None
        self.typing = TypingScreen()
        self.typing.clock = _seconds(clock)
        self.typing.finished.connect(self._finished)
        # (no course to open here: the warning about the keyboard is enough)
        self.typing.layout_mismatch.connect(lambda _layout: self.typing.offer.hide())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.typing)
        self.setFocusProxy(self.typing)

        name = layout_id(exercise, pack.language)
        keyboard = load_layout(name)
        others = [load_layout(other) for other in available_layouts() if other != name]
        lesson_cue = cue(exercise)
        if lesson_cue == cues.COPY_INTO_FORM:
            lesson_cue = cues.TYPE_TEXT
        self.typing.start(self.session, keyboard, self.instructions(), True, others,
                          lesson_cue, ui_language())
        self.setAccessibleName(self.tr("Copy a line"))

    def instructions(self) -> str:
        return self.tr("Copy this line. Type it as it is, as quickly and as correctly as "
                       "you can.")

    def _finished(self) -> None:
        if self.verdict is not None:
            return
        metrics = self.session.metrics()
        self.verdict = LessonGrade(metrics.wpm, metrics.accuracy, self.min_wpm,
                                   self.min_accuracy).verdict()
        self.answered.emit(self.verdict)


def make_item(pack: LessonPack, exercise: TypingExercise, clock: Callable[[], object],
              parent: QWidget | None = None) -> QWidget:
    """The typing skill's placement item (``SKILL.placement_item``)."""
    return TypingPlacementItem(pack, exercise, clock, parent)
