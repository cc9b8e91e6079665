"""The typing room: the course's lessons, the typing screen, results and progress."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from tutor import cues
from tutor.attempt import FinishedAttempt
from tutor.content import LessonPack
from tutor.errors import TutorError
from tutor.i18n.qt import translate_error, translated, ui_language
from tutor.profiles import lesson_language
from tutor.skills.typing import adaptive, course
from tutor.skills.typing.engine import SKILL, Lesson, TypingSession
from tutor.skills.typing.layouts import LayoutError, available_layouts, load_layout
from tutor.skills.typing.lessons import cue, layout_id, lesson_text
from tutor.skills.typing.model import TypingExercise
from tutor.skills.typing.results import (
    CONTEXT,
    Line,
    Results,
    data_entry_results,
    lesson_results,
)
from tutor.skills.typing.view_data_entry import DataEntryPage
from tutor.skills.typing.view_widgets import KeyboardWidget, TypingScreen
from tutor.store.attempts import attempts_of
from tutor.store.learners import set_skill_settings, skill_settings
from tutor.store.models import Attempt
from tutor.ui.charts import LineChart, Series
from tutor.ui.fitting import CurrentPageStack, FlowLayout
from tutor.ui.retranslate import Retranslating
from tutor.ui.rooms import RoomHost
from tutor.ui.style import set_role, ui_icon


def make_room(host: RoomHost) -> QWidget:
    room = TypingRoom(host)
    if host.start_at is not None:  # the home's "Next step"
        room.open_exercise(*host.start_at)
    return room


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
        self.lesson: Lesson | None = None  # the try under way: its record and thresholds
        self.started: datetime | None = None
        self.rng = random.Random()

        self.pages = CurrentPageStack()
        self.pages.setObjectName("typingPages")
        self.lessons = self._build_lessons_page()
        self.typing = TypingScreen()
        self.typing.finished.connect(self._finished)
        self.typing.offer.clicked.connect(self._open_course_for_keyboard)
        self.results = self._build_results_page()
        self.progress = ProgressChart()
        self.progress_page = self._build_progress_page()
        self.entry_page = DataEntryPage(lambda: self.typing.clock())
        self.entry_page.finished.connect(self._finish_data_entry)
        for page in (self.lessons, self.typing, self.results, self.progress_page,
                     self.entry_page):
            self.pages.addWidget(page)
        self.back = _button("typingBack", "back")
        self.back.clicked.connect(self.show_lessons)
        top = QHBoxLayout()
        self.title = set_role(QLabel(), "title")
        self.title.setObjectName("typingTitle")
        top.addWidget(self.title, 1)
        top.addStretch(0)  # (the title may be hidden)
        top.addWidget(self.back)
        # In a lesson, the text and the keyboard take the room of the room's title.
        self.pages.currentChanged.connect(
            lambda _index: self.title.setHidden(self.pages.currentWidget() is self.typing))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self.retranslate()
        self._choose_default_course()
        self.show_lessons()

    def hasHeightForWidth(self) -> bool:
        """No: the room fits the height it is given (its minimum is small). Saying yes
        (wrapped labels inside say it) makes a scroll area around the room give it its
        preferred height for the width, taller than a small screen."""
        return False

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
        # A long course name shortens in the box (the list shows it whole).
        self.course.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.course.setMinimumContentsLength(12)
        self.lesson_list.setMinimumHeight(90)
        # Options and buttons wrap onto a second line when the window is narrow.
        options = FlowLayout()
        for box in (self.stop_on_error, self.allow_backspace, self.show_keyboard):
            options.addWidget(box)
        buttons = FlowLayout()
        for button in (self.start_button, self.adaptive_button, self.progress_button):
            buttons.addWidget(button)
        row = QHBoxLayout()
        row.addWidget(self.course_label)
        row.addWidget(self.course, 1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
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
        self.result_title.setWordWrap(True)
        self.heat_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry)
        buttons.addStretch()
        buttons.addWidget(self.next_lesson)
        heading = QHBoxLayout()
        heading.addWidget(self.result_title, 1)
        heading.addWidget(self.result_stars)
        # The figures and the keys with errors scroll inside on a small screen; the
        # title and the buttons always stay on it.
        details = QWidget()
        details.setObjectName("typingResultDetails")
        inside = QVBoxLayout(details)
        inside.setContentsMargins(0, 0, 0, 0)
        inside.addWidget(self.result_figures)
        inside.addWidget(self.heat_label)
        inside.addLayout(self.heat_box, 1)
        scroll = QScrollArea()
        scroll.setObjectName("typingResultScroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(details)
        scroll.setMinimumHeight(60)
        scroll.viewport().setAutoFillBackground(False)
        details.setAutoFillBackground(False)
        self.result_scroll = scroll
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        return page

    def _build_progress_page(self) -> QWidget:
        page = QWidget()
        self.progress_label = set_role(QLabel(), "subtitle")
        layout = QVBoxLayout(page)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress, 1)
        return page

    # -- courses and lessons --------------------------------------------------------------
    def packs(self) -> list[LessonPack]:
        return course.sorted_courses(self.host.catalogue.for_skill(SKILL))

    def _choose_default_course(self) -> None:
        learner = self.host.learner
        self.course.blockSignals(True)
        self.course.clear()
        packs = self.packs()
        for pack in packs:
            self.course.addItem(course.course_label(pack), pack.id)
        attempts = self._attempts()
        chosen = course.default_course(packs, self.settings.get("course"),
                                       lesson_language(learner), learner.keyboard_layout,
                                       attempts[-1].pack_id if attempts else None)
        if chosen is not None:
            self.course.setCurrentIndex(self.course.findData(chosen.id))
            self.pack = chosen
        self.course.blockSignals(False)

    def _course_changed(self, index: int) -> None:
        pack_id = self.course.itemData(index)
        self.pack = self.host.catalogue.packs.get(pack_id)
        set_skill_settings(self.host.db, self.host.learner.id, SKILL, {"course": pack_id})
        self.refresh_lessons()

    def open_exercise(self, pack_id: str, exercise_id: str) -> None:
        """Start a lesson of a course straight away (nothing changes if the room has no
        such lesson)."""
        index = self.course.findData(pack_id)
        pack = self.host.catalogue.packs.get(pack_id)
        exercise = pack.exercise(exercise_id) if pack is not None else None
        if index < 0 or not isinstance(exercise, TypingExercise):
            return
        self.course.setCurrentIndex(index)  # (the course is kept as the learner's)
        self.pack = pack
        self.start(exercise)

    def _open_course_for_keyboard(self) -> None:
        """The keys fit another layout: open a course for that keyboard."""
        chosen = course.course_for_keyboard(self.packs(), self.typing.offer.property("layout"),
                                            self.pack.language if self.pack else "")
        if chosen is None:
            return
        self.course.setCurrentIndex(self.course.findData(chosen.id))
        self.show_lessons()

    def _attempts(self) -> list[Attempt]:
        return attempts_of(self.host.db, self.host.learner.id, SKILL)

    def refresh_lessons(self) -> None:
        self.lesson_list.clear()
        pack = self.pack
        if pack is None:
            return
        progress = course.course_progress(pack.id, course.exercises_of(pack), self._attempts())
        for lesson in progress.lessons:
            item = QListWidgetItem(lesson.label)
            item.setData(Qt.ItemDataRole.UserRole, lesson.exercise_id)
            item.setIcon(ui_icon("lock") if lesson.locked
                         else ui_icon("check") if lesson.stars else QIcon())
            if lesson.locked:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setToolTip(self.tr("Pass the lesson before to open this one."))
            self.lesson_list.addItem(item)
        self.lesson_list.setCurrentRow(progress.current)
        # Practice of weak keys opens once a lesson has taught some letters.
        can_practise = self.adaptive_plan() is not None
        self.adaptive_button.setEnabled(can_practise)
        self.adaptive_button.setToolTip(
            "" if can_practise else self.tr("Pass the first lesson: then you can practise "
                                            "the letters it taught you."))

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
        if isinstance(exercise, TypingExercise):
            self.start(exercise)

    def start(self, exercise: TypingExercise) -> None:
        pack = self.pack
        assert pack is not None
        self.exercise = exercise
        self.lesson = Lesson.of(exercise, pack.id, pack.version, pack.language, self.settings)
        self.started = datetime.now(UTC)
        self.back.setVisible(True)
        if exercise.kind == "data-entry":
            self.entry_page.start(exercise, pack.language)
            self.pages.setCurrentWidget(self.entry_page)
            self.entry_page.focus_first()
            return
        text = lesson_text(exercise, pack.language, self.rng)
        self._start_typing(text, layout_id(exercise, pack.language), exercise.instructions,
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
        plan = self.adaptive_plan()
        if self.pack is None or plan is None:
            return
        language = self.pack.language
        layout = load_layout(course.course_layout(self.pack))
        self.exercise = None
        self.lesson = adaptive.lesson(language)
        self.started = datetime.now(UTC)
        self.back.setVisible(True)
        text = adaptive.adaptive_text(language, plan, 150, self.rng)
        instructions = self.tr(
            "Practice of the letters your lessons have taught you: {letters}. Your "
            "weakest one comes most often: {key}."
        ).format(letters=" ".join(plan.unlocked), key=plan.focus)
        # These instructions are in the screens' language, not the lesson's.
        self._start_typing(text, layout.id, instructions, cues.TYPE_TEXT,
                           ui_language())

    def adaptive_plan(self) -> adaptive.AdaptivePlan | None:
        """Practice of the letters the course's lessons passed so far have taught; None
        before the first is passed (or in a course without letters to practise)."""
        pack = self.pack
        if pack is None or not course.course_layout(pack):
            return None
        try:
            layout = load_layout(course.course_layout(pack))
        except LayoutError:
            return None
        target = float(self.settings.get("target_wpm", adaptive.TARGET_WPM))
        attempts = self._attempts()
        taught = course.taught_keys(pack.id, course.exercises_of(pack), attempts)
        return adaptive.plan_for(pack.language, layout, (a.details for a in attempts), target,
                                 taught=taught)

    def retry_lesson(self) -> None:
        if self.exercise is not None:
            self.start(self.exercise)
        else:
            self.start_adaptive()

    def start_next(self) -> None:
        if self.pack is None or self.exercise is None:
            self.show_lessons()
            return
        following = course.next_exercise(course.exercises_of(self.pack), self.exercise.id)
        if following is not None:
            self.start(following)
        else:
            self.show_lessons()

    def _previous(self, lesson: Lesson) -> Attempt | None:
        return course.last_try(self._attempts(), lesson.pack_id, lesson.exercise_id)

    def _record(self, attempt: FinishedAttempt) -> str:
        """Record a finished try: the results' title, "saved" or why it was not."""
        try:
            self.host.finish(attempt)
        except TutorError as exc:
            return translate_error(exc)
        return ""

    def _finished(self) -> None:
        session, lesson, started = self.typing.session, self.lesson, self.started
        assert session is not None and lesson is not None and started is not None
        previous = self._previous(lesson)
        layout = self.typing.layout_
        problem = self._record(session.attempt(lesson, layout.id if layout else "", started,
                                               datetime.now(UTC)))
        results = lesson_results(session.grade(lesson), session.metrics().summary()["error_keys"],
                                 previous.metrics if previous else None,
                                 in_course=self.exercise is not None)
        self._show_results(results, problem)
        self.next_lesson.setFocus() if results.stars else self.retry.setFocus()

    def _finish_data_entry(self) -> None:
        session, lesson = self.entry_page.session, self.lesson
        assert session is not None and lesson is not None
        previous = self._previous(lesson)
        now = datetime.now(UTC)
        problem = self._record(session.attempt(lesson, self.started or now, now))
        self._show_results(
            data_entry_results(session.grade(lesson), previous.metrics if previous else None),
            problem)

    def _show_results(self, results: Results, problem: str = "") -> None:
        """``problem``: why the try could not be saved, shown instead of "Saved."."""

        def text(line: Line) -> str:
            return translated(CONTEXT, line.source, line.params)

        self.result_title.setText(problem or text(results.title))
        self.result_stars.setText(results.marks)
        self.result_stars.setAccessibleName(text(results.stars_name))
        self.result_figures.setText("\n".join(text(line) for line in results.figures))
        while self.heat_box.count():
            item = self.heat_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        errors = results.errors
        if errors is None:
            self.heat_label.clear()
        else:
            if self.typing.layout_ is not None:
                heat = KeyboardWidget(self.typing.layout_)
                heat.setObjectName("typingHeatMap")
                heat.setAccessibleName(self.tr("Keys with errors"))
                heat.show_heat(dict(results.error_keys or {}))
                self.heat_box.addWidget(heat)
            self.heat_label.setText(text(errors))
        self.next_lesson.setVisible(results.next_offered)
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
        ]
        for widget, text in pairs:
            widget.setText(text)
            widget.setAccessibleName(text)
        self.course_label.setText(self.tr("Course:"))
        self.course.setAccessibleName(self.tr("Course"))
        self.course.view().setObjectName("typingCourseList")
        self.course.view().setAccessibleName(self.tr("Course"))
        self.lesson_list.setAccessibleName(self.tr("Lessons"))


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


