"""Computer basics as an item of the placement (``tutor.skills.placement``): one exercise
done with the room's own practice areas, in a compact widget, answered with its verdict.

``make_item(pack, exercise, clock, parent)`` is the skill's ``placement_item`` hook (see
``tutor.skills``). The widget shows what the room shows above an exercise (the picture
of what to do, its words, Read aloud: ``view.PictureBar``), a row with the answer to
each action (a picture, a few words, a sound) and the targets or steps done, and the
practice area:

- a pointer exercise (hold, point, click, double-click, right-click, drag, scroll,
  hover): ``view_pointer.PointerPage`` on a ``PointerWork``, with at most
  ``PLACEMENT_TARGETS`` targets (a placement item is short: four clicks tell whether a
  learner can click, and the placement asks a few of them);
- a step exercise (keys, controls, window, files): its page of ``view.PAGES`` on a
  ``StepsWork``, all its steps.

When the last target or step is done, the widget emits ``answered`` with the verdict of
``grading.py`` (``grade_pointer`` / ``grade_steps``, through the work's ``finish``) and
stops; it never records an attempt (the placement records its own). A step page that
does not load (a bug of the app, logged) raises ``LookupError`` from ``make_item``: the
placement then skips the skill rather than count it as the learner's failure.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from tutor.content import LessonPack
from tutor.grading import Verdict
from tutor.skills.basics.engine import PointerWork, StepsWork
from tutor.skills.basics.model import POINTER_KINDS, BasicsExercise
from tutor.skills.basics.view import PictureBar, load_page, picture_name, picture_path
from tutor.skills.basics.view_pointer import PointerPage
from tutor.skills.basics.view_sounds import Sounds
from tutor.ui.retranslate import Retranslating
from tutor.ui.style import set_role

PLACEMENT_TARGETS = 4  # at most, for a pointer exercise asked as a placement item
ROOM = "BasicsRoom"  # the room's words, already translated, are reused here


def _room_words(text: str) -> str:
    return QCoreApplication.translate(ROOM, text)


def make_item(pack: LessonPack, exercise: BasicsExercise, clock: Callable[[], float],
              parent: QWidget | None = None) -> QWidget:
    return BasicsPlacementItem(pack, exercise, clock, parent)


def shortened(exercise: BasicsExercise) -> BasicsExercise:
    """A pointer exercise with at most ``PLACEMENT_TARGETS`` targets (a step exercise as
    it is)."""
    if exercise.kind in POINTER_KINDS and exercise.targets > PLACEMENT_TARGETS:
        return exercise.model_copy(update={"targets": PLACEMENT_TARGETS})
    return exercise


class BasicsPlacementItem(Retranslating, QWidget):
    """One computer-basics exercise as a placement item; see the module."""

    answered = Signal(object)  # the Verdict, once, when the exercise is done

    def __init__(self, pack: LessonPack, exercise: BasicsExercise,
                 clock: Callable[[], float], parent: QWidget | None = None,
                 rng: random.Random | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("basicsPlacementItem")
        self.pack = pack
        self.exercise = shortened(exercise)
        self.clock = clock
        self.verdict: Verdict | None = None
        self.outcome = ""  # the last thing that happened (for the tests)
        self.sounds = Sounds(self)
        self._counts = (0, 0)  # a step exercise's (index, slips) before a page's signal

        self.bar = PictureBar()
        self.answer_picture = QLabel()
        self.answer_picture.setObjectName("basicsItemAnswerPicture")
        self.answer_picture.setFixedSize(QSize(36, 36))
        self.answer = set_role(QLabel(), "cue")
        self.answer.setObjectName("basicsItemAnswer")
        self.answer.setWordWrap(True)
        self.progress = set_role(QLabel(), "subtitle")
        self.progress.setObjectName("basicsItemProgress")
        answer_row = QHBoxLayout()
        answer_row.setContentsMargins(0, 0, 0, 0)
        answer_row.addWidget(self.answer_picture)
        answer_row.addWidget(self.answer, 1)
        answer_row.addWidget(self.progress)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.bar)
        layout.addLayout(answer_row)

        self.work: PointerWork | StepsWork
        self.page: Any = None
        now = clock()
        if self.exercise.kind in POINTER_KINDS:
            system = QGuiApplication.styleHints().mouseDoubleClickInterval()
            self.work = PointerWork(pack.id, pack.version, self.exercise, now,
                                    system_double_click_ms=system)
            page = PointerPage(self.exercise, self.work, clock, None, rng)
            page.progressed.connect(self._pointer_progressed)
            page.tip_shown.connect(self._tip_shown)
            self.page = page
        else:
            self.work = StepsWork(pack.id, pack.version, self.exercise, now)
            page_class = load_page(self.exercise.kind)
            if page_class is None:
                raise LookupError(f"no page for {self.exercise.kind} exercises")
            self.page = page_class(self.exercise, self.work, clock, None)
            self.page.progressed.connect(self._step_progressed)
        layout.addWidget(self.page, 1)
        self.setFocusProxy(self.page)
        self._show_progress()
        self._show_bar()
        self._started = False
        self.retranslate()

    # -- the start --------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            self.sounds.preload()
            self.page.show_step()

    def stop(self) -> None:
        """The placement leaves the item: timers and the voice stop."""
        stop = getattr(self.page, "stop", None)
        if callable(stop):
            stop()

    # -- what the learner does --------------------------------------------------------------
    def _show_bar(self, first: bool = True) -> None:
        """The picture and words of what to do: the exercise's words and its first
        step's, then each step's own (as in the room)."""
        say = self.exercise.say
        if isinstance(self.work, StepsWork) and self.work.step is not None:
            step = self.work.step.say
            say = f"{self.exercise.say} {step}" if first else step
        self.bar.show_step(picture_name(self.exercise, self.work), say, self.pack.language)

    def _show_progress(self) -> None:
        work = self.work
        if isinstance(work, PointerWork):
            done, total = work.index, work.targets
        else:
            done, total = work.index, len(work.records)
        self.progress.setText("●" * done + "○" * (total - done))
        self.progress.setAccessibleName(_room_words("{done} of {total} done").format(
            done=done, total=total))

    def _show_answer(self, picture: str, words: str) -> None:
        if picture:
            side = self.answer_picture.width()
            self.answer_picture.setPixmap(
                QIcon(str(picture_path(picture))).pixmap(QSize(side, side)))
        else:
            self.answer_picture.clear()
        self.answer_picture.setAccessibleName(words)
        self.answer.setText(words)

    def _pointer_progressed(self, outcome: str) -> None:
        self.outcome = outcome
        if outcome == "hit":
            self.sounds.play("right")
            self._show_answer("right", _room_words("Good!"))
        else:
            if outcome not in ("single", "use-bar", "use-wheel", "hold-button"):
                self.sounds.play("wrong")
            self._show_answer("again", self._advice(outcome))
        self._show_progress()
        if self.work.finished:
            self._finish()

    def _advice(self, outcome: str) -> str:
        """What to do better, in the room's few words."""
        kind = self.exercise.kind
        words = {
            "slow": "Two clicks, not a double-click. Click faster.",
            "apart": "Keep the mouse still between the two clicks.",
            "single": "Press two times, fast.",
            "lost": "Keep the arrow on the circle. Again.",
            "use-bar": "Use the bar at the side.",
            "hold-button": "Hold the button down while you move.",
        }
        if outcome == "wrong-button":
            return _room_words("Use the right button." if kind == "right-click"
                               else "Use the left button.")
        if outcome == "wrong-item":
            return _room_words("Not that one. Find: {item}").format(item=self.exercise.choose)
        if outcome in words:
            return _room_words(words[outcome])
        if kind == "drag":
            return _room_words("Let go when it is on its place.")
        return _room_words("Not on it. Try again.")

    def _tip_shown(self, text: str) -> None:
        self.outcome = "tip"

    def _step_progressed(self) -> None:
        work = self.work
        if not isinstance(work, StepsWork):
            return
        index, slips = self._counts
        self._counts = (work.index, work.slips)
        if work.index > index:
            self.outcome = "done"
            self.sounds.play("right")
            self._show_answer("right", _room_words("Good!"))
            self._show_progress()
            if work.finished:
                self._finish()
                return
            self._show_bar(first=False)
            self.page.show_step()
        elif work.slips > slips:
            self.outcome = "slip"
            self.sounds.play("wrong")
            self._show_answer("again", _room_words("Not quite. Try again."))

    def _finish(self) -> None:
        if self.verdict is not None:
            return
        self.work.finish(self.clock())  # (the attempt is not recorded: the verdict is)
        verdict = self.work.verdict
        assert verdict is not None
        self.stop()
        self.verdict = verdict
        self.answered.emit(verdict)

    # -- words ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setAccessibleName(self.exercise.title)
