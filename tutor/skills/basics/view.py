"""The computer-basics room: the learner's lessons, an exercise (a picture, a few words
said aloud, the practice area), the answer to each action in picture and sound, and the
result at the end.

The practice area of an exercise is a *page*: ``view_pointer.PointerPage`` for the
pointer kinds (this room's own), and for the step kinds the page class named in
``PAGES`` (``KeysPage``, ``ControlsPage``, ``WindowPage``, ``ExplorerPage``, each
``Page(exercise, work, clock, parent)`` with a ``progressed`` signal and
``show_step()``). A page that does not load is logged, and the room says the exercise
is not ready instead of failing.

Above the page, the current step's picture (``assets/icons/basics/<kind>.svg`` for a
pointer exercise, ``<kind>-<do>.svg`` for a step) and its ``say``, read aloud when it
opens if the learner keeps "Read each step aloud" on (the default: many learners read
little). Each action is answered with a short sound (``view_sounds.py``) and a picture
(a tick, or "try again" with a few words).
"""

from __future__ import annotations

import importlib
import logging
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QIcon, QTransform
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tutor.attempt import FinishedAttempt
from tutor.content import LessonPack
from tutor.errors import TutorError
from tutor.i18n.qt import translate_error, translated, ui_language
from tutor.profiles import lesson_language
from tutor.skills.basics.engine import (
    SKILL,
    PointerWork,
    StepsWork,
    last_double_click_ms,
)
from tutor.skills.basics.model import POINTER_KINDS, BasicsExercise
from tutor.skills.basics.view_pointer import PointerPage
from tutor.skills.basics.view_sounds import Sounds
from tutor.store.attempts import attempts_of
from tutor.store.learners import set_skill_settings, skill_settings
from tutor.store.models import Attempt
from tutor.ui.fitting import CurrentPageStack, FlowLayout
from tutor.ui.instruction import InstructionBar
from tutor.ui.retranslate import Retranslating
from tutor.ui.rooms import RoomHost
from tutor.ui.speech import speaker
from tutor.ui.style import set_role, ui_icon

log = logging.getLogger(__name__)

PAGES = {
    "keys": "tutor.skills.basics.view_keys:KeysPage",
    "controls": "tutor.skills.basics.view_controls:ControlsPage",
    "window": "tutor.skills.basics.view_window:WindowPage",
    "files": "tutor.skills.basics.view_explorer:ExplorerPage",
}
PICTURE = 88  # px, before the learner's text size: the picture says what to do
# Pictures that point a way or show a hand: turned round right to left. (A mouse's
# left button stays its left button: the click pictures do not turn.)
# Whole kinds ("window": the title bar's buttons are on the left in Arabic Windows) and
# single pictures (Tab's arrow, a file going into a folder or onto the stick).
MIRRORED = frozenset({"hold", "drag", "window", "keys-tab", "files-move", "files-to-usb"})


def mirrored(picture: str) -> bool:
    """Whether ``picture`` is turned round in a right-to-left room."""
    return picture in MIRRORED or picture.split("-")[0] in MIRRORED
# Learner settings of the skill: read each step aloud, play sounds.
SPEAK = "speak"
SOUND = "sound"


def make_room(host: RoomHost) -> QWidget:
    room = BasicsRoom(host)
    if host.start_at is not None:  # the home's "Next step"
        pack = host.catalogue.packs.get(host.start_at[0])
        exercise = pack.exercise(host.start_at[1]) if pack is not None else None
        if pack is not None and isinstance(exercise, BasicsExercise):
            room.start(pack, exercise)
    return room


def picture_path(name: str) -> Path:
    from tutor.paths import resource

    return Path(resource("assets", "icons", "basics", f"{name}.svg"))


def picture_name(exercise: BasicsExercise, work: StepsWork | PointerWork | None) -> str:
    """The picture of what to do now: the pointer kind, or ``<kind>-<do>`` of the step."""
    if exercise.kind in POINTER_KINDS or not isinstance(work, StepsWork):
        return exercise.kind
    step = work.step or exercise.steps[-1]
    return f"{exercise.kind}-{step.do}"


def load_page(kind: str) -> Any | None:
    """The page class of a step kind, or None if it does not load."""
    path = PAGES.get(kind)
    if path is None:
        return None
    module_name, _, attribute = path.partition(":")
    try:
        return getattr(importlib.import_module(module_name), attribute)
    except (ImportError, AttributeError):
        log.exception("the %s page (%s) did not load", kind, path)
        return None


def _button(name: str, icon: str = "") -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    if icon:
        button.setIcon(ui_icon(icon))
    return button


class PictureBar(InstructionBar):
    """The instruction bar with the step's own large picture, its ``say`` in large words,
    and Read aloud."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.say_label = set_role(QLabel(), "cue")
        self.say_label.setObjectName("basicsSay")
        self.say_label.setWordWrap(True)
        self.picture = ""
        self.say = ""
        super().__init__("basics", self.say_label, parent)
        self.text_for_voice = lambda: self.say
        self.icon.setFixedSize(QSize(PICTURE + 12, PICTURE + 12))

    def show_step(self, picture: str, say: str, language: str) -> None:
        if self._reading:
            speaker().stop()
        self.picture, self.say, self.language = picture, say, language
        self.say_label.setText(say)
        self.problem.hide()
        self.retranslate()

    def speak(self, text: str | None = None, language: str | None = None) -> str | None:
        """Say the step (or ``text``) now, without waiting for Read aloud (what was
        being read stops). Returns what went wrong, if anything, for the room to say
        once (Read aloud, pressed, says it in the bar as always)."""
        self.problem.hide()
        return speaker().say(text or self.voice_text(), language or self.language, self)

    def retranslate(self) -> None:
        super().retranslate()
        side = self.icon.width() - 12
        path = picture_path(self.picture) if self.picture else None
        if path is not None and path.is_file():
            pixmap = QIcon(str(path)).pixmap(QSize(side, side))
            if mirrored(self.picture) and self.isRightToLeft():
                pixmap = pixmap.transformed(QTransform().scale(-1, 1))
            self.icon.setPixmap(pixmap)
        else:
            self.icon.clear()
        self.icon.setAccessibleName(self.say)


class BasicsRoom(Retranslating, QWidget):
    attempt_saved = Signal(object)  # the FinishedAttempt, once recorded

    def __init__(self, host: RoomHost, parent: QWidget | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 rng: random.Random | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("basicsRoom")
        self.host = host
        self.clock = clock
        self.rng = rng or random.Random()
        self.settings = skill_settings(host.learner, SKILL)
        self.sounds = Sounds(self)
        self.sounds.enabled = bool(self.settings.get(SOUND, True))
        self.pack: LessonPack | None = None
        self.exercise: BasicsExercise | None = None
        self.work: StepsWork | PointerWork | None = None
        self.page: QWidget | None = None
        self.outcome = ""  # the last thing that happened (for the tests)
        self._counts = (0, 0)  # a step exercise's (index, slips) before a page's signal
        self._told: set[str] = set()  # problems of the voice already said in the room

        self.pages = CurrentPageStack()
        self.pages.setObjectName("basicsPages")
        self.lessons_page = self._build_lessons_page()
        self.exercise_page = self._build_exercise_page()
        self.result_page = self._build_result_page()
        for page in (self.lessons_page, self.exercise_page, self.result_page):
            self.pages.addWidget(page)
        self.title = set_role(QLabel(), "title")
        self.title.setObjectName("basicsTitle")
        self.back = _button("basicsBack", "back")
        self.back.clicked.connect(self.show_lessons)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addStretch(0)  # (the title is hidden during an exercise)
        top.addWidget(self.back)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self.retranslate()
        self.show_lessons()

    def hasHeightForWidth(self) -> bool:
        """No (as the typing room): the room fits the height it is given."""
        return False

    # -- pages ---------------------------------------------------------------------------
    def _build_lessons_page(self) -> QWidget:
        page = QWidget()
        self.intro = set_role(QLabel(), "subtitle")
        self.intro.setObjectName("basicsIntro")
        self.intro.setWordWrap(True)
        self.lesson_list = QListWidget()
        self.lesson_list.setObjectName("basicsLessons")
        self.lesson_list.setIconSize(QSize(40, 40))
        self.lesson_list.setMinimumHeight(90)
        self.lesson_list.itemActivated.connect(lambda _item: self.start_selected())
        self.start_button = set_role(_button("basicsStart", "check"), "primary")
        self.start_button.clicked.connect(self.start_selected)
        self.speak_box = QCheckBox()
        self.speak_box.setObjectName("basicsSpeak")
        self.speak_box.setChecked(bool(self.settings.get(SPEAK, True)))
        self.sound_box = QCheckBox()
        self.sound_box.setObjectName("basicsSound")
        self.sound_box.setChecked(self.sounds.enabled)
        for box in (self.speak_box, self.sound_box):
            box.toggled.connect(self._save_options)
        self.empty = set_role(QLabel(), "hint")
        self.empty.setObjectName("basicsNoLessons")
        self.empty.setWordWrap(True)
        row = FlowLayout()
        row.addWidget(self.start_button)
        row.addWidget(self.speak_box)
        row.addWidget(self.sound_box)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.lesson_list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        return page

    def _build_exercise_page(self) -> QWidget:
        page = QWidget()
        self.bar = PictureBar()
        self.bar.read_aloud.clicked.connect(self._asked_again)
        # Back to the lessons under Read aloud: the practice area keeps the room's
        # title row on a small screen.
        self.leave = _button("basicsLeave", "back")
        self.leave.clicked.connect(self.show_lessons)
        self.bar.add_action(self.leave)
        self.answer_picture = QLabel()
        self.answer_picture.setObjectName("basicsAnswerPicture")
        self.answer_picture.setFixedSize(QSize(40, 40))
        self.answer = set_role(QLabel(), "cue")
        self.answer.setObjectName("basicsAnswer")
        self.answer.setWordWrap(True)
        self.progress = set_role(QLabel(), "subtitle")
        self.progress.setObjectName("basicsProgress")
        self.work_area = QVBoxLayout()
        self.work_area.setContentsMargins(0, 0, 0, 0)
        self.not_ready = set_role(QLabel(), "error")
        self.not_ready.setObjectName("basicsNotReady")
        self.not_ready.setWordWrap(True)
        self.not_ready.hide()
        answer_row = QHBoxLayout()
        answer_row.setContentsMargins(0, 0, 0, 0)
        answer_row.addWidget(self.answer_picture)
        answer_row.addWidget(self.answer, 1)
        answer_row.addWidget(self.progress)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.bar)
        layout.addLayout(answer_row)
        layout.addWidget(self.not_ready)
        layout.addLayout(self.work_area, 1)
        return page

    def _build_result_page(self) -> QWidget:
        page = QWidget()
        self.result_picture = QLabel()
        self.result_picture.setObjectName("basicsResultPicture")
        self.result_picture.setFixedSize(QSize(72, 72))
        self.result_title = set_role(QLabel(), "title")
        self.result_title.setObjectName("basicsResultTitle")
        self.result_title.setWordWrap(True)
        self.result_figures = set_role(QLabel(), "subtitle")
        self.result_figures.setObjectName("basicsResultFigures")
        self.result_figures.setWordWrap(True)
        self.saved = set_role(QLabel(), "hint")
        self.saved.setObjectName("basicsSaved")
        self.saved.setWordWrap(True)
        self.again = _button("basicsAgain", "back")
        self.again.clicked.connect(self.start_again)
        self.next_button = set_role(_button("basicsNext", "check"), "primary")
        self.next_button.clicked.connect(self.start_next)
        heading = QHBoxLayout()
        heading.addWidget(self.result_picture, 0, Qt.AlignmentFlag.AlignTop)
        heading.addWidget(self.result_title, 1)
        details = QWidget()
        details.setObjectName("basicsResultDetails")
        inside = QVBoxLayout(details)
        inside.setContentsMargins(0, 0, 0, 0)
        inside.addWidget(self.result_figures)
        inside.addWidget(self.saved)
        inside.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("basicsResultScroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(details)
        scroll.setMinimumHeight(60)
        scroll.viewport().setAutoFillBackground(False)
        details.setAutoFillBackground(False)
        buttons = FlowLayout()
        buttons.addWidget(self.again)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        return page

    # -- lessons ---------------------------------------------------------------------------
    def packs(self) -> list[LessonPack]:
        """The learner's lessons: the skill's packs in their lesson language (English
        when there is none), in the order of their files (1-mouse, 2-keyboard...)."""
        packs = self.host.catalogue.packs_in(SKILL, lesson_language(self.host.learner))
        return sorted(packs, key=lambda p: (p.path.name, p.id))

    def _attempts(self) -> list[Attempt]:
        return attempts_of(self.host.db, self.host.learner.id, SKILL)

    def refresh_lessons(self) -> None:
        self.lesson_list.clear()
        passed = {(a.pack_id, a.exercise_id) for a in self._attempts() if a.passed}
        current = -1
        for pack in self.packs():
            header = QListWidgetItem(pack.title)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.lesson_list.addItem(header)
            for exercise in pack.exercises:
                if not isinstance(exercise, BasicsExercise):
                    continue
                done = (pack.id, exercise.id) in passed
                item = QListWidgetItem(("✓ " if done else "") + exercise.title)
                item.setData(Qt.ItemDataRole.UserRole, (pack.id, exercise.id))
                path = picture_path(picture_name(exercise, None) if exercise.kind in
                                    POINTER_KINDS else f"{exercise.kind}-{exercise.steps[0].do}")
                item.setIcon(QIcon(str(path)) if path.is_file() else QIcon())
                self.lesson_list.addItem(item)
                if not done and current < 0:
                    current = self.lesson_list.count() - 1
        if current < 0 and self.lesson_list.count() > 1:
            current = 1
        self.lesson_list.setCurrentRow(current)
        has_lessons = self.lesson_list.count() > 0
        self.empty.setVisible(not has_lessons)
        self.start_button.setEnabled(has_lessons)

    def show_lessons(self) -> None:
        self._close_page()
        self.refresh_lessons()
        self.pages.setCurrentWidget(self.lessons_page)
        self.back.setVisible(False)
        self.title.setVisible(True)
        self.setFocusProxy(self.lesson_list)
        self.lesson_list.setFocus()

    def _save_options(self) -> None:
        values = {SPEAK: self.speak_box.isChecked(), SOUND: self.sound_box.isChecked()}
        set_skill_settings(self.host.db, self.host.learner.id, SKILL, values)
        self.settings.update(values)
        self.sounds.enabled = values[SOUND]

    # -- an exercise -------------------------------------------------------------------------
    def start_selected(self) -> None:
        item = self.lesson_list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        pack_id, exercise_id = item.data(Qt.ItemDataRole.UserRole)
        pack = self.host.catalogue.packs.get(pack_id)
        exercise = pack.exercise(exercise_id) if pack is not None else None
        if pack is not None and isinstance(exercise, BasicsExercise):
            self.start(pack, exercise)

    def start(self, pack: LessonPack, exercise: BasicsExercise) -> None:
        self._close_page()
        self.pack, self.exercise = pack, exercise
        now = self.clock()
        self.sounds.preload()
        self._show_answer("", "")
        self.not_ready.hide()
        page: Any = None
        if exercise.kind in POINTER_KINDS:
            system = QGuiApplication.styleHints().mouseDoubleClickInterval()
            start_ms = (last_double_click_ms(a.metrics for a in self._attempts())
                        if exercise.kind == "double-click" else None)
            work = PointerWork(pack.id, pack.version, exercise, now,
                               system_double_click_ms=system,
                               double_click_start_ms=start_ms)
            self.work = work
            pointer_page = PointerPage(exercise, work, self.clock, None, self.rng)
            pointer_page.progressed.connect(self._pointer_progressed)
            pointer_page.tip_shown.connect(self._tip_shown)
            page = pointer_page
        else:
            steps = StepsWork(pack.id, pack.version, exercise, now)
            self.work = steps
            self._counts = (steps.index, steps.slips)
            page_class = load_page(exercise.kind)
            if page_class is not None:
                try:
                    page = page_class(exercise, steps, self.clock, None)
                    layout_id = self.host.learner.keyboard_layout
                    if layout_id and hasattr(page, "set_keyboard_layout"):
                        page.set_keyboard_layout(layout_id)  # the learner's own keyboard
                except Exception:  # a page that fails must not take the room down
                    log.exception("the %s page failed to open", exercise.kind)
                    page = None
            if page is not None:
                page.progressed.connect(self._step_progressed)
        self.pages.setCurrentWidget(self.exercise_page)
        self.back.setVisible(False)  # (the bar has its own, under Read aloud)
        self.title.setVisible(False)  # the practice area takes the title row's room
        self._show_progress()
        say = exercise.say
        if isinstance(self.work, StepsWork) and self.work.step is not None:
            say = f"{exercise.say} {self.work.step.say}"
        self.bar.show_step(picture_name(exercise, self.work), say, pack.language)
        if page is None:
            self.not_ready.setText(self.tr("This exercise is not ready yet. Choose another "
                                           "one in the list."))
            self.not_ready.show()
            return
        self.page = page
        self.work_area.addWidget(page)
        page.show()
        self.setFocusProxy(page)
        page.setFocus()
        page.show_step()
        if self.speak_box.isChecked():
            self._say()

    def _close_page(self) -> None:
        page, self.page = self.page, None
        if page is not None:
            stop = getattr(page, "stop", None)
            if callable(stop):
                stop()
            page.hide()
            self.work_area.removeWidget(page)
            page.deleteLater()

    def _say(self, text: str | None = None, language: str | None = None) -> None:
        """Read the step (or ``text``) aloud as it opens. When the computer has no voice,
        the room says so once, in the answer's row (not at every step)."""
        problem = self.bar.speak(text, language)
        if problem is not None and problem not in self._told:
            self._told.add(problem)
            shown = self.answer.text()
            self.answer.setText(f"{shown}\n{problem}" if shown else problem)

    def _show_progress(self) -> None:
        work = self.work
        if isinstance(work, PointerWork):
            done, total = work.index, work.targets
        elif isinstance(work, StepsWork):
            done, total = work.index, len(work.records)
        else:
            return
        self.progress.setText("●" * done + "○" * (total - done))
        self.progress.setAccessibleName(self.tr("{done} of {total} done").format(
            done=done, total=total))

    def _show_answer(self, picture: str, words: str) -> None:
        """``picture``: "right", "again" or "" (nothing)."""
        if picture:
            path = picture_path(picture)
            side = self.answer_picture.width()
            self.answer_picture.setPixmap(QIcon(str(path)).pixmap(QSize(side, side)))
        else:
            self.answer_picture.clear()
        self.answer_picture.setAccessibleName(words)
        self.answer.setText(words)

    def _pointer_progressed(self, outcome: str) -> None:
        exercise = self.exercise
        if exercise is None:
            return
        self.outcome = outcome
        if outcome == "hit":
            self.sounds.play("right")
            self._show_answer("right", self.tr("Good!"))
        else:
            words = self._advice(outcome, exercise)
            counted = outcome not in ("single", "use-bar", "use-wheel", "hold-button")
            if counted:
                self.sounds.play("wrong")
            self._show_answer("again", words)
            if self.speak_box.isChecked():
                self._say(words, ui_language())
        self._show_progress()
        if self.work is not None and self.work.finished:
            self._finish()

    def _advice(self, outcome: str, exercise: BasicsExercise) -> str:
        """What to do better, in a few words."""
        if outcome == "slow":
            return self.tr("Two clicks, not a double-click. Click faster.")
        if outcome == "apart":
            return self.tr("Keep the mouse still between the two clicks.")
        if outcome == "single":
            return self.tr("Press two times, fast.")
        if outcome == "wrong-button":
            if exercise.kind == "right-click":
                return self.tr("Use the right button.")
            return self.tr("Use the left button.")
        if outcome == "wrong-item":
            return self.tr("Not that one. Find: {item}").format(item=exercise.choose)
        if outcome == "lost":
            return self.tr("Keep the arrow on the circle. Again.")
        if outcome == "use-bar":
            return self.tr("Use the bar at the side.")
        if outcome == "hold-button":
            return self.tr("Hold the button down while you move.")
        if exercise.kind == "drag":
            return self.tr("Let go when it is on its place.")
        return self.tr("Not on it. Try again.")

    def _tip_shown(self, text: str) -> None:
        if self.speak_box.isChecked() and self.pack is not None:
            self._say(text, self.pack.language)

    def _asked_again(self) -> None:
        if isinstance(self.work, StepsWork):
            self.work.helped(self.clock())

    def _step_progressed(self) -> None:
        work, exercise = self.work, self.exercise
        if not isinstance(work, StepsWork) or exercise is None or self.pack is None:
            return
        index, slips = self._counts
        self._counts = (work.index, work.slips)
        if work.index > index:
            self.outcome = "done"
            self.sounds.play("right")
            self._show_answer("right", self.tr("Good!"))
            self._show_progress()
            if work.finished:
                self._finish()
                return
            step = work.step
            assert step is not None
            self.bar.show_step(picture_name(exercise, work), step.say, self.pack.language)
            if self.page is not None:
                self.page.show_step()  # type: ignore[attr-defined]
            if self.speak_box.isChecked():
                self._say()
        elif work.slips > slips:
            self.outcome = "slip"
            self.sounds.play("wrong")
            self._show_answer("again", self.tr("Not quite. Try again."))
            if self.speak_box.isChecked():
                self._say()

    # -- the end ---------------------------------------------------------------------------
    def _finish(self) -> None:
        work = self.work
        if work is None:
            return
        attempt = work.finish(self.clock())
        problem = ""
        try:
            self.host.finish(attempt)
        except TutorError as exc:
            problem = translate_error(exc)
        if self.page is not None:
            stop = getattr(self.page, "stop", None)
            if callable(stop):
                stop()
        self._show_result(attempt, problem)
        if not problem:
            self.attempt_saved.emit(attempt)

    def _show_result(self, attempt: FinishedAttempt, problem: str) -> None:
        if attempt.passed:
            self.sounds.play("done")
        path = picture_path("right" if attempt.passed else "again")
        self.result_picture.setPixmap(QIcon(str(path)).pixmap(QSize(64, 64)))
        title = (self.tr("Well done!") if attempt.passed
                 else self.tr("Not yet. Try it again."))
        self.result_title.setText(title)
        self.result_picture.setAccessibleName(title)
        self.result_figures.setText("\n".join(self.figures(attempt)))
        self.saved.setText(problem or self.tr("Saved."))
        set_role(self.saved, "error" if problem else "hint")
        self.saved.style().polish(self.saved)
        self.next_button.setVisible(self._following() is not None)
        set_role(self.next_button, "primary" if attempt.passed else "")
        set_role(self.again, "" if attempt.passed else "primary")
        for button in (self.next_button, self.again):
            button.style().polish(button)
        self.pages.setCurrentWidget(self.result_page)
        self.title.setVisible(True)
        self.back.setVisible(True)
        (self.next_button if attempt.passed and self.next_button.isVisible()
         else self.again).setFocus()
        if self.speak_box.isChecked():
            self._say(title, ui_language())

    def figures(self, attempt: FinishedAttempt) -> list[str]:
        """The result in plain words, one line each."""
        verdict = self.work.verdict if self.work is not None else None
        lines = [translated(f.context, f.message, f.params)
                 for f in (verdict.feedback if verdict is not None else ())]
        metrics = attempt.metrics
        per_target = metrics.get("per_target")
        if isinstance(per_target, int | float):
            lines.append(self.tr("Time for each one: {seconds} seconds.").format(
                seconds=_number(per_target)))
        if "double_click_ms" in metrics:
            lines.append(self.tr(
                "Your double-click time: {ms} thousandths of a second (this computer's: "
                "{system}).").format(ms=metrics["double_click_ms"],
                                     system=metrics["system_double_click_ms"]))
        if "helps" in metrics and metrics["helps"]:
            lines.append(self.tr("You listened again {count} times.").format(
                count=metrics["helps"]))
        lines.append(self.tr("Time: {seconds} seconds.").format(
            seconds=_number(float(metrics.get("seconds", 0)))))
        return lines

    def _following(self) -> tuple[LessonPack, BasicsExercise] | None:
        """The exercise after the current one: in its pack, then the next pack's first."""
        if self.pack is None or self.exercise is None:
            return None
        order = [(pack, e) for pack in self.packs() for e in pack.exercises
                 if isinstance(e, BasicsExercise)]
        keys = [(pack.id, e.id) for pack, e in order]
        here = (self.pack.id, self.exercise.id)
        if here not in keys:
            return None
        index = keys.index(here) + 1
        return order[index] if index < len(order) else None

    def start_next(self) -> None:
        following = self._following()
        if following is None:
            self.show_lessons()
        else:
            self.start(*following)

    def start_again(self) -> None:
        if self.pack is not None and self.exercise is not None:
            self.start(self.pack, self.exercise)

    # -- words -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(translated("skills", "Computer basics"))
        pairs = [
            (self.back, self.tr("Lessons")),
            (self.leave, self.tr("Lessons")),
            (self.start_button, self.tr("Start")),
            (self.speak_box, self.tr("Read each step aloud")),
            (self.sound_box, self.tr("Sounds")),
            (self.again, self.tr("Try again")),
            (self.next_button, self.tr("Next")),
        ]
        for widget, text in pairs:
            widget.setText(text)
            widget.setAccessibleName(text)
        self.intro.setText(self.tr("Choose a lesson, then press Start. Each step shows a "
                                   "picture and says what to do."))
        self.empty.setText(self.tr("There are no lessons here yet. Ask your trainer."))
        self.lesson_list.setAccessibleName(self.tr("Lessons"))
        self.progress.setAccessibleName(self.progress.accessibleName() or self.tr("Progress"))
        self.setAccessibleName(translated("skills", "Computer basics"))


def _number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".") if value % 1 else f"{value:.0f}"
