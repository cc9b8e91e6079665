"""The typing room: the course's lessons, the typing screen, results and progress."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tutor import cues
from tutor.content import LessonPack
from tutor.i18n import LANGUAGES
from tutor.i18n.qt import translated, ui_language
from tutor.profiles import lesson_language
from tutor.skills.typing import adaptive
from tutor.skills.typing.engine import TypingSession, log_from_lists, stars
from tutor.skills.typing.exercise import TypingExercise
from tutor.skills.typing.layouts import available_layouts, load_layout
from tutor.skills.typing.lessons import (
    DataEntrySession,
    cue,
    layout_id,
    lesson_text,
    thresholds,
)
from tutor.skills.typing.view_widgets import KeyboardWidget, TypingScreen
from tutor.store.attempts import attempts_of, record_attempt
from tutor.store.learners import set_skill_settings, skill_settings
from tutor.store.models import Attempt
from tutor.ui.charts import LineChart, Series
from tutor.ui.instruction import InstructionBar
from tutor.ui.retranslate import Retranslating
from tutor.ui.rooms import RoomHost
from tutor.ui.style import set_role, ui_icon

SKILL = "typing"
ADAPTIVE = "adaptive"


def make_room(host: RoomHost) -> QWidget:
    return TypingRoom(host)


def _button(name: str, icon: str = "") -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    if icon:
        button.setIcon(ui_icon(icon))
    return button


class TypingRoom(Retranslating, QWidget):
    def __init__(self, host: RoomHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("typingRoom")
        self.host = host
        self.settings = skill_settings(host.learner, SKILL)
        self.pack: LessonPack | None = None
        self.exercise: TypingExercise | None = None
        self.started: datetime | None = None
        self.rng = random.Random()
        self.data_entry: DataEntrySession | None = None

        self.pages = QStackedWidget()
        self.pages.setObjectName("typingPages")
        self.lessons = self._build_lessons_page()
        self.typing = TypingScreen()
        self.typing.finished.connect(self._finished)
        self.typing.offer.clicked.connect(self._open_course_for_keyboard)
        self.results = self._build_results_page()
        self.progress = ProgressChart()
        self.progress_page = self._build_progress_page()
        self.entry_page = self._build_entry_page()
        for page in (self.lessons, self.typing, self.results, self.progress_page,
                     self.entry_page):
            self.pages.addWidget(page)
        self.back = _button("typingBack", "back")
        self.back.clicked.connect(self.show_lessons)
        top = QHBoxLayout()
        self.title = set_role(QLabel(), "title")
        self.title.setObjectName("typingTitle")
        top.addWidget(self.title, 1)
        top.addWidget(self.back)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self.retranslate()
        self._choose_default_course()
        self.show_lessons()

    # -- pages ------------------------------------------------------------------------
    def _build_lessons_page(self) -> QWidget:
        page = QWidget()
        self.course = QComboBox()
        self.course.setObjectName("typingCourse")
        self.course.currentIndexChanged.connect(self._course_changed)
        self.lesson_list = QListWidget()
        self.lesson_list.setObjectName("typingLessons")
        self.lesson_list.itemActivated.connect(lambda _item: self.start_selected())
        self.start_button = set_role(_button("typingStart", "check"), "primary")
        self.start_button.clicked.connect(self.start_selected)
        self.adaptive_button = _button("typingAdaptive", "settings")
        self.adaptive_button.clicked.connect(self.start_adaptive)
        self.progress_button = _button("typingProgress", "info")
        self.progress_button.clicked.connect(self.show_progress)
        self.stop_on_error = QCheckBox()
        self.stop_on_error.setObjectName("typingStopOnError")
        self.stop_on_error.setChecked(self.settings.get("stop_on_error", True))
        self.allow_backspace = QCheckBox()
        self.allow_backspace.setObjectName("typingAllowBackspace")
        self.allow_backspace.setChecked(self.settings.get("allow_backspace", True))
        self.show_keyboard = QCheckBox()
        self.show_keyboard.setObjectName("typingShowKeyboard")
        self.show_keyboard.setChecked(self.settings.get("show_keyboard", True))
        for box in (self.stop_on_error, self.allow_backspace, self.show_keyboard):
            box.toggled.connect(self._save_options)
        self.course_label = QLabel()
        options = QHBoxLayout()
        for box in (self.stop_on_error, self.allow_backspace, self.show_keyboard):
            options.addWidget(box)
        options.addStretch()
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.adaptive_button)
        buttons.addStretch()
        buttons.addWidget(self.progress_button)
        row = QHBoxLayout()
        row.addWidget(self.course_label)
        row.addWidget(self.course, 1)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.lesson_list, 1)
        layout.addLayout(options)
        layout.addLayout(buttons)
        return page

    def _build_results_page(self) -> QWidget:
        page = QWidget()
        self.result_title = set_role(QLabel(), "title")
        self.result_title.setObjectName("typingResultTitle")
        self.result_stars = set_role(QLabel(), "title")
        self.result_stars.setObjectName("typingResultStars")
        self.result_figures = set_role(QLabel(), "subtitle")
        self.result_figures.setObjectName("typingResultFigures")
        self.result_figures.setWordWrap(True)
        self.heat_label = QLabel()
        self.heat_box = QVBoxLayout()
        self.retry = _button("typingRetry", "back")
        self.retry.clicked.connect(self.retry_lesson)
        self.next_lesson = set_role(_button("typingNext", "check"), "primary")
        self.next_lesson.clicked.connect(self.start_next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry)
        buttons.addStretch()
        buttons.addWidget(self.next_lesson)
        layout = QVBoxLayout(page)
        layout.addWidget(self.result_title)
        layout.addWidget(self.result_stars)
        layout.addWidget(self.result_figures)
        layout.addWidget(self.heat_label)
        layout.addLayout(self.heat_box, 1)
        layout.addLayout(buttons)
        return page

    def _build_progress_page(self) -> QWidget:
        page = QWidget()
        self.progress_label = set_role(QLabel(), "subtitle")
        layout = QVBoxLayout(page)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress, 1)
        return page

    def _build_entry_page(self) -> QWidget:
        page = QWidget()
        self.entry_instructions = set_role(QLabel(), "subtitle")
        self.entry_instructions.setWordWrap(True)
        self.entry_bar = InstructionBar("dataEntry", self.entry_instructions)
        self.entry_table = QTableWidget()
        self.entry_table.setObjectName("dataEntryTable")
        self.entry_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.entry_form = QFormLayout()
        self.entry_fields: list[QLineEdit] = []
        self.entry_submit = set_role(_button("dataEntrySubmit", "check"), "primary")
        self.entry_submit.clicked.connect(self._submit_row)
        self.entry_status = set_role(QLabel(), "hint")
        self.entry_status.setObjectName("dataEntryStatus")
        layout = QVBoxLayout(page)
        layout.addWidget(self.entry_bar)
        layout.addWidget(self.entry_table, 1)
        layout.addLayout(self.entry_form)
        layout.addWidget(self.entry_submit, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.entry_status)
        return page

    # -- courses and lessons --------------------------------------------------------------
    def packs(self) -> list[LessonPack]:
        return sorted(self.host.catalogue.for_skill(SKILL), key=lambda p: (p.language, p.id))

    def _choose_default_course(self) -> None:
        learner = self.host.learner
        self.course.blockSignals(True)
        self.course.clear()
        packs = self.packs()
        for pack in packs:
            self.course.addItem(f"{pack.title} · {LANGUAGES.get(pack.language, pack.language)}",
                                pack.id)
        best = self.settings.get("course")

        def rank(pack: LessonPack) -> tuple:
            first = pack.exercises[0] if pack.exercises else None
            layout = layout_id(first, pack.language) if first else ""  # type: ignore[arg-type]
            return (pack.id != best, pack.language != lesson_language(learner),
                    layout != learner.keyboard_layout, "data" in pack.id, pack.id)

        if packs:
            chosen = min(packs, key=rank)
            self.course.setCurrentIndex(self.course.findData(chosen.id))
            self.pack = chosen
        self.course.blockSignals(False)

    def _course_changed(self, index: int) -> None:
        pack_id = self.course.itemData(index)
        self.pack = self.host.catalogue.packs.get(pack_id)
        set_skill_settings(self.host.db, self.host.learner.id, SKILL, {"course": pack_id})
        self.refresh_lessons()

    def _open_course_for_keyboard(self) -> None:
        """The keys fit another layout: open a course for that keyboard."""
        wanted = self.typing.offer.property("layout")
        language = self.pack.language if self.pack else ""
        fitting = [p for p in self.packs() if p.exercises
                   and layout_id(p.exercises[0], p.language) == wanted]  # type: ignore[arg-type]
        if not fitting:
            return
        chosen = min(fitting, key=lambda p: (p.language != language, "data" in p.id, p.id))
        self.course.setCurrentIndex(self.course.findData(chosen.id))
        self.show_lessons()

    def _attempts(self) -> list[Attempt]:
        return attempts_of(self.host.db, self.host.learner.id, SKILL)

    def refresh_lessons(self) -> None:
        self.lesson_list.clear()
        pack = self.pack
        if pack is None:
            return
        best: dict[str, int] = {}
        for attempt in self._attempts():
            if attempt.pack_id == pack.id:
                best[attempt.exercise_id] = max(best.get(attempt.exercise_id, 0),
                                                int(attempt.metrics.get("stars", 0)))
        open_until = 0
        for index, exercise in enumerate(pack.exercises):
            if best.get(exercise.id, 0) > 0:
                open_until = index + 1
        for index, exercise in enumerate(pack.exercises):
            locked = index > open_until
            earned = best.get(exercise.id, 0)
            marks = "★" * earned + "☆" * (3 - earned)
            item = QListWidgetItem(f"{index + 1}. {exercise.title}   {marks}")
            item.setData(Qt.ItemDataRole.UserRole, exercise.id)
            item.setIcon(ui_icon("lock") if locked else ui_icon("check") if earned else QIcon())
            if locked:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setToolTip(self.tr("Pass the lesson before to open this one."))
            self.lesson_list.addItem(item)
        self.lesson_list.setCurrentRow(min(open_until, len(pack.exercises) - 1))

    def show_lessons(self) -> None:
        self.refresh_lessons()
        self.pages.setCurrentWidget(self.lessons)
        self.back.setVisible(False)
        self.setFocusProxy(self.lesson_list)  # Enter starts the lesson chosen
        self.lesson_list.setFocus()

    def _save_options(self) -> None:
        values = {
            "stop_on_error": self.stop_on_error.isChecked(),
            "allow_backspace": self.allow_backspace.isChecked(),
            "show_keyboard": self.show_keyboard.isChecked(),
        }
        set_skill_settings(self.host.db, self.host.learner.id, SKILL, values)
        self.settings.update(values)

    # -- running a lesson --------------------------------------------------------------
    def start_selected(self) -> None:
        item = self.lesson_list.currentItem()
        if self.pack is None or item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        exercise = self.pack.exercise(item.data(Qt.ItemDataRole.UserRole))
        self.start(exercise)  # type: ignore[arg-type]

    def start(self, exercise: TypingExercise) -> None:
        assert self.pack is not None
        self.exercise = exercise
        self.started = datetime.now(UTC)
        self.back.setVisible(True)
        if exercise.kind == "data-entry":
            self._start_data_entry(exercise)
            return
        text = lesson_text(exercise, self.pack.language, self.rng)
        self._start_typing(text, layout_id(exercise, self.pack.language), exercise.instructions,
                           cue(exercise))

    def _start_typing(self, text: str, layout_name: str, instructions: str,
                      lesson_cue: cues.Cue = cues.TYPE_TEXT,
                      instructions_language: str | None = None) -> None:
        layout = load_layout(layout_name)
        others = [load_layout(name) for name in available_layouts() if name != layout_name]
        session = TypingSession(
            text,
            stop_on_error=self.stop_on_error.isChecked(),
            allow_backspace=self.allow_backspace.isChecked(),
        )
        self.typing.start(session, layout, instructions, self.show_keyboard.isChecked(), others,
                          lesson_cue, instructions_language
                          or (self.pack.language if self.pack else "en"))
        self.pages.setCurrentWidget(self.typing)
        self.setFocusProxy(self.typing)
        self.typing.setFocus()

    def start_adaptive(self) -> None:
        if self.pack is None:
            return
        language = self.pack.language
        layout = load_layout(layout_id(self.pack.exercises[0], language))  # type: ignore[arg-type]
        plan = self.adaptive_plan()
        self.exercise = None
        self.started = datetime.now(UTC)
        self.back.setVisible(True)
        text = adaptive.adaptive_text(language, plan, 150, self.rng)
        instructions = self.tr(
            "Practice of your weakest key: {key}. New letters open when every letter is "
            "fast and accurate enough."
        ).format(key=plan.focus)
        # These instructions are in the screens' language, not the lesson's.
        self._start_typing(text, layout.id, instructions, cues.TYPE_TEXT,
                           ui_language())

    def adaptive_plan(self) -> adaptive.AdaptivePlan:
        assert self.pack is not None
        language = self.pack.language
        layout = load_layout(layout_id(self.pack.exercises[0], language))  # type: ignore[arg-type]
        order, home = adaptive.letter_order(language, layout)
        logs = [
            log_from_lists(a.details.get("keys", []))
            for a in self._attempts()
            if a.details.get("layout") == layout.id
        ]
        progress = adaptive.key_progress(logs)
        target = float(self.settings.get("target_wpm", adaptive.TARGET_WPM))
        return adaptive.plan(progress, order, home, target_wpm=target)

    def retry_lesson(self) -> None:
        if self.exercise is not None:
            self.start(self.exercise)
        else:
            self.start_adaptive()

    def start_next(self) -> None:
        if self.pack is None or self.exercise is None:
            self.show_lessons()
            return
        ids = [e.id for e in self.pack.exercises]  # type: ignore[attr-defined]
        index = ids.index(self.exercise.id) + 1
        if index < len(ids):
            self.start(self.pack.exercises[index])  # type: ignore[arg-type]
        else:
            self.show_lessons()

    def _finished(self) -> None:
        session = self.typing.session
        assert session is not None and self.pack is not None and self.started is not None
        metrics = session.metrics()
        if self.exercise is not None:
            min_wpm, min_accuracy = thresholds(self.exercise, self.settings)
            exercise_id, pack_id, version = self.exercise.id, self.pack.id, self.pack.version
        else:
            min_wpm, min_accuracy = adaptive.TARGET_WPM, adaptive.TARGET_ACCURACY
            exercise_id = ADAPTIVE
            pack_id, version = f"typing-adaptive-{self.pack.language}", "1"
        earned = stars(metrics.wpm, metrics.accuracy, min_wpm, min_accuracy)
        previous = self._previous(pack_id, exercise_id)
        layout = self.typing.layout_
        record_attempt(
            self.host.db, self.host.learner.id, SKILL, exercise_id, pack_id, version,
            self.started, datetime.now(UTC), earned / 3, earned > 0,
            metrics={**metrics.summary(), "stars": earned, "min_wpm": min_wpm,
                     "min_accuracy": min_accuracy},
            details={"keys": session.log_as_lists(), "text": session.text,
                     "layout": layout.id if layout else "", "language": self.pack.language,
                     "stop_on_error": session.stop_on_error},
        )
        self.host.progress_changed()
        self._show_results(metrics.wpm, metrics.accuracy, earned, min_wpm, min_accuracy,
                           previous, metrics.summary()["error_keys"])

    def _previous(self, pack_id: str, exercise_id: str) -> Attempt | None:
        earlier = [a for a in self._attempts()
                   if a.pack_id == pack_id and a.exercise_id == exercise_id]
        return earlier[-1] if earlier else None

    def _show_results(self, wpm: float, accuracy: float, earned: int, min_wpm: float,
                      min_accuracy: float, previous: Attempt | None,
                      error_keys: dict[str, int]) -> None:
        self.result_title.setText(
            self.tr("Well done! Saved.") if earned else self.tr("Not yet. Saved. Try again!")
        )
        self.result_stars.setText("★" * earned + "☆" * (3 - earned))
        self.result_stars.setAccessibleName(self.tr("{count} stars of 3").format(count=earned))
        lines = [
            self.tr("Speed: {wpm} words per minute ({cpm} characters), asked: {min}.")
            .format(wpm=round(wpm, 1), cpm=round(wpm * 5), min=round(min_wpm, 1)),
            self.tr("Accuracy: {accuracy}%, asked: {min}%.")
            .format(accuracy=round(accuracy, 1), min=round(min_accuracy, 1)),
        ]
        if previous is not None:
            lines.append(self.tr("Last time: {wpm} words per minute, {accuracy}%.").format(
                wpm=round(previous.metrics.get("wpm", 0), 1),
                accuracy=round(previous.metrics.get("accuracy", 0), 1)))
        self.result_figures.setText("\n".join(lines))
        while self.heat_box.count():
            widget = self.heat_box.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        if self.typing.layout_ is not None:
            heat = KeyboardWidget(self.typing.layout_)
            heat.setObjectName("typingHeatMap")
            heat.setAccessibleName(self.tr("Keys with errors"))
            heat.show_heat(error_keys)
            self.heat_box.addWidget(heat)
        self.heat_label.setText(
            self.tr("Keys that caused errors: {keys}").format(
                keys="  ".join(f"{k if k.strip() else '␣'} ×{n}" for k, n in error_keys.items())
                or "—")
        )
        self.next_lesson.setVisible(earned > 0 and self.exercise is not None)
        self.pages.setCurrentWidget(self.results)
        self.next_lesson.setFocus() if earned else self.retry.setFocus()

    # -- data entry -----------------------------------------------------------------------
    def _start_data_entry(self, exercise: TypingExercise) -> None:
        self.data_entry = DataEntrySession(list(exercise.columns), [list(r) for r in exercise.rows])
        self.entry_instructions.setText(exercise.instructions)
        self.entry_bar.show_cue(cue(exercise), self.pack.language if self.pack else "en")
        table = self.entry_table
        table.clear()
        table.setColumnCount(len(exercise.columns))
        table.setRowCount(len(exercise.rows))
        table.setHorizontalHeaderLabels(exercise.columns)
        for r, row in enumerate(exercise.rows):
            for c, value in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(value))
        table.resizeColumnsToContents()  # every value readable in full
        table.horizontalHeader().setStretchLastSection(True)
        while self.entry_form.rowCount():
            self.entry_form.removeRow(0)
        self.entry_fields = []
        for index, column in enumerate(exercise.columns):
            field = QLineEdit()
            field.setObjectName(f"dataEntryField{index}")
            field.setAccessibleName(column)
            field.installEventFilter(self)
            field.returnPressed.connect(self._submit_row)
            self.entry_form.addRow(column, field)
            self.entry_fields.append(field)
        self._select_entry_row()
        self.pages.setCurrentWidget(self.entry_page)
        self.entry_fields[0].setFocus()

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        if (event.type() == QEvent.Type.KeyPress and self.data_entry is not None
                and watched in self.entry_fields):
            self.data_entry.key(self._now())
        return False

    def _now(self) -> float:
        return self.typing.clock()

    def _select_entry_row(self) -> None:
        session = self.data_entry
        assert session is not None
        if not session.finished:
            self.entry_table.selectRow(session.row)
        self.entry_status.setText(self.tr("Row {row} of {count}").format(
            row=min(session.row + 1, len(session.rows)), count=len(session.rows)))

    def _submit_row(self) -> None:
        session = self.data_entry
        if session is None or session.finished:
            return
        right = session.submit([f.text() for f in self.entry_fields])
        for field, ok in zip(self.entry_fields, right, strict=True):
            field.clear()
        self._select_entry_row()
        if not session.finished:
            self.entry_fields[0].setFocus()
            return
        self._finish_data_entry()

    def _finish_data_entry(self) -> None:
        session, exercise, pack = self.data_entry, self.exercise, self.pack
        assert session is not None and exercise is not None and pack is not None
        min_kph = exercise.min_kph
        _, min_accuracy = thresholds(exercise, self.settings)
        passed = session.kph >= min_kph and session.accuracy >= min_accuracy
        earned = 0
        if passed:
            earned = 3 if session.kph >= min_kph * 1.5 and session.accuracy >= 98 else \
                2 if session.kph >= min_kph * 1.25 else 1
        previous = self._previous(pack.id, exercise.id)
        record_attempt(
            self.host.db, self.host.learner.id, SKILL, exercise.id, pack.id, pack.version,
            self.started or datetime.now(UTC), datetime.now(UTC), earned / 3, passed,
            metrics={"kph": round(session.kph), "accuracy": round(session.accuracy, 2),
                     "keystrokes": session.keystrokes, "stars": earned, "min_kph": min_kph},
            details={"answers": session.answers},
        )
        self.host.progress_changed()
        self.result_title.setText(
            self.tr("Well done! Saved.") if passed else self.tr("Not yet. Saved. Try again!"))
        self.result_stars.setText("★" * earned + "☆" * (3 - earned))
        lines = [
            self.tr("Speed: {kph} keystrokes per hour, asked: {min}.").format(
                kph=round(session.kph), min=min_kph),
            self.tr("Fields right: {accuracy}%, asked: {min}%.").format(
                accuracy=round(session.accuracy, 1), min=round(min_accuracy, 1)),
        ]
        if previous is not None:
            lines.append(self.tr("Last time: {kph} keystrokes per hour.").format(
                kph=previous.metrics.get("kph", 0)))
        self.result_figures.setText("\n".join(lines))
        self.heat_label.clear()
        self.next_lesson.setVisible(passed)
        self.pages.setCurrentWidget(self.results)

    # -- progress ---------------------------------------------------------------------------
    def show_progress(self) -> None:
        points = [(a.finished_at, a.metrics.get("wpm", 0.0), a.metrics.get("accuracy", 0.0))
                  for a in self._attempts() if "wpm" in a.metrics]
        self.progress.set_points(points)
        self.progress_label.setText(
            self.tr("Your speed (blue, words per minute) and accuracy (green, %) over time.")
            if points else self.tr("No typing yet: your progress will show here.")
        )
        self.back.setVisible(True)
        self.pages.setCurrentWidget(self.progress_page)

    # -- text -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(translated("skills", "Typing"))
        pairs = [
            (self.back, self.tr("Lessons")),
            (self.start_button, self.tr("Start")),
            (self.adaptive_button, self.tr("Practise my weak keys")),
            (self.progress_button, self.tr("My progress")),
            (self.stop_on_error, self.tr("Stop on errors")),
            (self.allow_backspace, self.tr("Allow Backspace")),
            (self.show_keyboard, self.tr("Show the keyboard")),
            (self.retry, self.tr("Try again")),
            (self.next_lesson, self.tr("Next lesson")),
            (self.entry_submit, self.tr("Next row")),
        ]
        for widget, text in pairs:
            widget.setText(text)
            widget.setAccessibleName(text)
        self.course_label.setText(self.tr("Course:"))
        self.course.setAccessibleName(self.tr("Course"))
        self.course.view().setObjectName("typingCourseList")
        self.course.view().setAccessibleName(self.tr("Course"))
        self.lesson_list.setAccessibleName(self.tr("Lessons"))
        self.entry_table.setAccessibleName(self.tr("Table to copy"))
        for header, name in ((self.entry_table.horizontalHeader(), "dataEntryColumns"),
                             (self.entry_table.verticalHeader(), "dataEntryRows")):
            header.setObjectName(name)
            header.setAccessibleName(self.tr("Table to copy"))


class ProgressChart(LineChart):
    """Speed (blue, solid) and accuracy (green, dashed) over a learner's tries."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("typingChart", parent)
        self.setMinimumHeight(240)
        self.points: list[tuple[datetime, float, float]] = []

    def set_points(self, points: list[tuple[datetime, float, float]]) -> None:
        self.points = points
        self.setAccessibleName(self.tr("Progress chart: {count} tries").format(count=len(points)))
        top = max([40.0] + [p[1] * 1.1 for p in points])
        self.set_series([
            Series(f"{top:.0f}", "chart_speed", [p[1] for p in points], top),
            Series("100%", "chart_score", [p[2] for p in points], 100.0, dashed=True),
        ])
