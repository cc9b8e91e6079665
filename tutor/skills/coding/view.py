"""The coding room: the lesson, the editor, the output with its input box, hints and
feedback. Thin: the runner (``sandbox``), the checks (``grading``, ``explanations``)
and the learner's work on an exercise (``engine``) do the work; colours come from the
theme (``tutor.ui.style``).

Learner code runs in a child process; this widget polls it from a timer, so the window
never freezes. Checking (which may start more children) runs in a worker thread whose
result the same timer picks up; no widget is touched outside the GUI thread.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QHideEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tutor import cues
from tutor.content.packs import LessonPack
from tutor.errors import TutorError
from tutor.grading import Feedback
from tutor.i18n.qt import translate_error, translated
from tutor.profiles import lesson_language
from tutor.skills.coding import engine
from tutor.skills.coding.engine import SKILL, ExerciseWork
from tutor.skills.coding.explanations import CONTEXT, Explanation, explain
from tutor.skills.coding.grading import Grading, grade, limits_for, shown_feedback
from tutor.skills.coding.model import CodingExercise
from tutor.skills.coding.sandbox import Outcome, Run
from tutor.skills.coding.view_editor import CodeEditor
from tutor.store.attempts import attempts_of
from tutor.store.learners import get_learner, set_skill_settings, skill_settings
from tutor.ui.fitting import ElidedLabel
from tutor.ui.instruction import InstructionBar
from tutor.ui.retranslate import Retranslating
from tutor.ui.rooms import RoomHost
from tutor.ui.style import Themed, colour, palette, set_role, set_style_sheet

log = logging.getLogger(__name__)

POLL_MS = 10
CHOOSER_WIDTH = (180, 260)  # the steps' list: its width on a small and a large screen
SAVE_DELAY_MS = 800


def feedback_text(item: Feedback) -> str:
    """A feedback message in the learner's language (a pack's hint stays as written)."""
    params = dict(item.params)
    message = item.message
    extra = ""
    if message.endswith("\n{hint}"):
        message, extra = message[: -len("\n{hint}")], "\n" + str(params.get("hint", ""))
    return translated(item.context, message, params) + extra


def explanation_text(explanation: Explanation) -> str:
    return translated(CONTEXT, explanation.source, explanation.params)


def four_lines_high(points: float) -> int:
    """The height of a code box (editor, output) that shows four lines of code."""
    font = QFont("monospace")
    font.setPointSizeF(points)
    return QFontMetrics(font).lineSpacing() * 4 + 16


def make_room(host: RoomHost) -> CodingRoom:
    room = CodingRoom(host)
    if host.start_at is not None:  # the home's "Next step"
        room.open_exercise(*host.start_at)
    return room


class StepTitle(ElidedLabel):
    """The step's title on one line, cut with "…" where it does not fit, at the start
    side of its row in both directions (``AlignLeft`` is the leading side for
    ``drawItemText``, which mirrors it right to left)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                              self.contentsRect().width())
        alignment = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        self.style().drawItemText(painter, self.contentsRect(), int(alignment), self.palette(),
                                  self.isEnabled(), shown, self.foregroundRole())
        painter.end()


class HeadingLabel(QLabel):
    """A column's title as tall as the row of buttons heading the column beside it
    (``like``), so the two boxes under them start at the same height."""

    like: QWidget | None = None

    def _taller(self, size: QSize) -> QSize:
        if self.like is not None and not self.like.isHidden():
            size.setHeight(max(size.height(), self.like.sizeHint().height()))
        return size

    def sizeHint(self) -> QSize:
        return self._taller(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._taller(super().minimumSizeHint())


class OutputPanel(Themed, Retranslating, QWidget):
    """What the program prints, and a box to answer its ``input()``."""

    answered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codingOutputPanel")
        self.points = 13.0
        self.title = set_role(HeadingLabel(), "subtitle")
        self.text = QPlainTextEdit()
        self.text.setObjectName("codingOutput")
        self.text.setReadOnly(True)
        self.text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.status = QLabel()
        self.status.setObjectName("codingRunStatus")
        self.status.setWordWrap(True)
        self.waiting = QLabel()
        self.waiting.setObjectName("codingInputPrompt")
        self.waiting.setWordWrap(True)
        self.input = QLineEdit()
        self.input.setObjectName("codingInputBox")
        self.input.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.send = set_role(QPushButton(), "primary")
        self.send.setObjectName("codingSendInput")
        self.input.returnPressed.connect(self._send)
        self.send.clicked.connect(self._send)
        row = QHBoxLayout()
        row.addWidget(self.input, 1)
        row.addWidget(self.send)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        heading = QHBoxLayout()  # "Output", and how the run went beside it
        heading.addWidget(self.title)
        heading.addWidget(self.status, 1)
        layout.addLayout(heading)
        layout.addWidget(self.text, 1)
        self._fit_lines()
        layout.addWidget(self.waiting)
        layout.addLayout(row)
        self.set_points(13.0)
        self.show_input(False)
        self.retranslate()

    def set_points(self, points: float) -> None:
        self.points = points
        self.apply_theme()
        self._fit_lines()

    def _fit_lines(self) -> None:
        """At least four lines of output show, more as the window grows."""
        self.text.setMinimumHeight(four_lines_high(self.points))

    def apply_theme(self) -> None:
        p = palette()
        set_style_sheet(self.text, (
            f"QPlainTextEdit {{ font-family: monospace; font-size: {self.points:.1f}pt;"
            f" background: {p.console}; color: {p.console_text}; border-radius: 8px;"
            " padding: 6px; }"))

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def clear(self) -> None:
        self.text.clear()
        self.set_status("")

    def append(self, text: str, kind: str = "out") -> None:
        cursor = self.text.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        fmt = QTextCharFormat()
        fmt.setForeground(colour({"err": "console_error", "answer": "console_answer"}
                                 .get(kind, "console_text")))
        cursor.insertText(text, fmt)
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()

    def show_start(self) -> None:
        """The run is over: show its output from line 1 (while it ran, the end)."""
        self.text.moveCursor(QTextCursor.MoveOperation.Start)
        self.text.verticalScrollBar().setValue(0)
        self.text.horizontalScrollBar().setValue(0)

    def show_input(self, shown: bool) -> None:
        for widget in (self.waiting, self.input, self.send):
            widget.setVisible(shown)
        if shown:
            self.input.clear()
            self.input.setFocus()

    def _send(self) -> None:
        if self.input.isVisible():
            text = self.input.text()
            self.show_input(False)
            self.answered.emit(text)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Output"))
        self.text.setAccessibleName(self.tr("What your program shows"))
        self.waiting.setText(self.tr("Your program is waiting for an answer. Type it here "
                                     "and press Enter."))
        self.input.setAccessibleName(self.tr("Answer for your program"))
        self.input.setPlaceholderText(self.tr("Type your answer"))
        self.send.setText(self.tr("Send"))
        self.send.setAccessibleName(self.tr("Send the answer"))


class CodingRoom(Themed, Retranslating, QWidget):
    """Basic coding: choose a step, read, try the example, write, run, get feedback."""

    run_finished = Signal(object)  # the Outcome of the last run
    graded = Signal(object)  # the Grading of the last check
    attempt_saved = Signal(object)  # the recorded Attempt

    def __init__(self, host: RoomHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codingRoom")
        self.host = host
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.learner = get_learner(host.db, host.learner.id)  # fresh settings
        self.settings = skill_settings(self.learner, SKILL)
        self.packs = self._packs()
        self.pack: LessonPack | None = None
        self.exercise: CodingExercise | None = None
        self.work: ExerciseWork | None = None
        self.run: Run | None = None
        self.run_is_example = False
        self.grading: Future[Grading] | None = None
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="coding-check")
        self.passed = engine.passed_steps(attempts_of(host.db, self.learner.id, SKILL))
        self._loading = False
        self._dirty = False
        self._theme = palette().name
        self._lesson_html = ""
        self._verdict_shown: Grading | None = None  # its text is coloured by the theme
        self._card_passed: bool | None = None  # the feedback card's colour (None: none)

        # Left: the packs and their steps.
        self.pack_combo = QComboBox()
        self.pack_combo.setObjectName("codingPackChoice")
        self.pack_combo.view().setObjectName("codingPackList")
        self.steps = QListWidget()
        self.steps.setObjectName("codingSteps")
        chooser: QWidget
        for chooser in (self.steps, self.pack_combo):  # narrower on a small screen
            chooser.setMinimumWidth(CHOOSER_WIDTH[0])
            chooser.setMaximumWidth(CHOOSER_WIDTH[1])
            chooser.setSizePolicy(QSizePolicy.Policy.Ignored,
                                  chooser.sizePolicy().verticalPolicy())
        self.steps.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.pack_combo)
        left.addWidget(self.steps, 1)

        # The lesson.
        # One line, cut with "…" if long (the whole title is in the list and the tooltip):
        # a title on three lines would push the editor off a small screen.
        self.step_title = set_role(StepTitle(), "subtitle")
        self.step_title.setObjectName("codingStepTitle")
        self.lesson = QTextBrowser()
        self.lesson.setObjectName("codingLesson")
        self.lesson.setOpenLinks(False)
        self.lesson.setMinimumHeight(64)  # it scrolls: the editor and output keep room
        self.run_example = QPushButton()
        self.run_example.setObjectName("codingRunExample")
        self.task = QLabel()
        self.task.setObjectName("codingTask")
        self.task.setWordWrap(True)
        self.task.setTextFormat(Qt.TextFormat.RichText)
        self.task_bar = InstructionBar("coding", self.task)
        self.task_bar.limit_lines(2)  # a long task scrolls: the editor and output keep room
        # "Run the example" under "Read aloud", right under the lesson: the lesson gets
        # the whole width and the bar's height, which its two lines take anyway.
        self.task_bar.add_action(self.run_example)
        # The voice reads the explanation and the task, not the example's code.
        self.task_bar.text_for_voice = lambda: " ".join(
            f"{self.exercise.explanation} {self.exercise.task}".split()) if self.exercise else ""

        # The editor and its buttons.
        self.editor = CodeEditor()
        self.run_button = set_role(QPushButton(), "primary")
        self.run_button.setObjectName("codingRun")
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("codingStop")
        self.hint_button = QPushButton()
        self.hint_button.setObjectName("codingHint")
        self.solution_button = QPushButton()
        self.solution_button.setObjectName("codingShowSolution")
        self.smaller = QPushButton("A−\u200e")  # the mark keeps "A−" in this order in Arabic
        self.smaller.setObjectName("codingZoomOut")
        self.larger = QPushButton("A+\u200e")
        self.larger.setObjectName("codingZoomIn")
        self.next_button = QPushButton()
        self.next_button.setObjectName("codingNextStep")
        self.saved = set_role(QLabel(), "hint")
        self.saved.setObjectName("codingSaved")
        self.saved.setWordWrap(True)
        self.saved.setMaximumWidth(260)
        # Under the steps: "Saved." where the step's ✓ appears, then the next step.
        left.addWidget(self.saved)
        self.saved.hide()
        left.addWidget(self.next_button)
        # Help for the step beside its title; Run, Stop and the text size head the
        # editor: no row of buttons under the work takes its height on a small screen.
        title_row = QHBoxLayout()
        title_row.addWidget(self.step_title, 1)
        for button in (self.hint_button, self.solution_button):
            title_row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

        # Output, feedback, hints.
        self.output = OutputPanel()
        self.feedback = QLabel()
        self.feedback.setObjectName("codingFeedback")
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.RichText)
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.feedback_card = QFrame()
        self.feedback_card.setObjectName("codingFeedbackCard")
        card_layout = QVBoxLayout(self.feedback_card)
        card_layout.setContentsMargins(6, 6, 6, 6)
        card_layout.addWidget(self.feedback)
        self.hints = QLabel()
        self.hints.setObjectName("codingHints")
        self.hints.setWordWrap(True)
        self.solution = CodeEditor(read_only=True)
        self.solution.setObjectName("codingSolution")
        self.solution.setMaximumHeight(180)
        self.solution.setMinimumHeight(60)
        # The verdict, the hints and the solution scroll together under the output, in
        # at least two lines: the output keeps its lines and the room its height.
        help_page = QWidget()
        help_layout = QVBoxLayout(help_page)
        help_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.feedback_card, self.hints, self.solution):
            help_layout.addWidget(widget)
            widget.installEventFilter(self)  # shown or hidden: the area follows
        help_layout.addStretch(1)
        self.feedback_area = QScrollArea()
        self.feedback_area.setObjectName("codingFeedbackArea")
        self.feedback_area.setWidget(help_page)
        self.feedback_area.setWidgetResizable(True)
        self.feedback_area.setFrameShape(QFrame.Shape.NoFrame)
        self.feedback_area.setMinimumHeight(self.feedback.fontMetrics().lineSpacing() * 2 + 16)
        self.feedback_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.feedback_area.viewport().setAutoFillBackground(False)
        help_page.setAutoFillBackground(False)
        self.feedback.setAutoFillBackground(False)

        editor_side = QWidget()
        editor_layout = QVBoxLayout(editor_side)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.setSpacing(4)
        run_row = QHBoxLayout()
        run_row.addWidget(self.run_button)
        run_row.addWidget(self.stop_button)
        run_row.addStretch(1)
        run_row.addWidget(self.smaller)
        run_row.addWidget(self.larger)
        editor_layout.addLayout(run_row)
        self.output.title.like = self.run_button
        editor_layout.addWidget(self.editor, 1)
        output_side = QWidget()
        output_layout = QVBoxLayout(output_side)
        output_layout.setContentsMargins(0, 0, 0, 0)
        output_layout.addWidget(self.output, 3)
        output_layout.addWidget(self.feedback_area, 2)
        self.feedback_area.hide()
        work_area = QSplitter(Qt.Orientation.Horizontal)
        work_area.setObjectName("codingWorkArea")
        work_area.setChildrenCollapsible(False)
        work_area.addWidget(editor_side)
        work_area.addWidget(output_side)
        work_area.setStretchFactor(0, 1)
        work_area.setStretchFactor(1, 1)
        work_area.setSizes([520, 460])
        # The editor stays on the left whatever the language: code reads left to right.
        work_area.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        for side in (editor_side, output_side):
            side.setLayoutDirection(self.layoutDirection())

        main = QVBoxLayout()
        main.setSpacing(4)
        main.addLayout(title_row)
        main.addWidget(self.lesson, 2)
        main.addWidget(self.task_bar)
        main.addWidget(work_area, 5)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.addLayout(left)
        layout.addLayout(main, 1)

        # Wiring.
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.save_code)
        self.pack_combo.currentIndexChanged.connect(self._pack_chosen)
        self.steps.currentRowChanged.connect(self._step_chosen)
        self.run_button.clicked.connect(self.run_code)
        self.stop_button.clicked.connect(self.stop)
        self.hint_button.clicked.connect(self.show_hint)
        self.solution_button.clicked.connect(self.show_solution)
        self.smaller.clicked.connect(lambda: self.editor.zoom(-1))
        self.larger.clicked.connect(lambda: self.editor.zoom(1))
        self.editor.zoom_changed.connect(self._zoomed)
        self.next_button.clicked.connect(self.next_step)
        self.run_example.clicked.connect(self.run_the_example)
        self.editor.textChanged.connect(self._code_changed)
        self.output.answered.connect(self._answer)
        QShortcut(QKeySequence("F5"), self, self.run_code)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.run_code)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.run_code)  # keypad Enter
        self.steps.itemActivated.connect(lambda _item: self.editor.setFocus())
        self.setFocusProxy(self.steps)  # the keyboard starts in the steps: Enter opens one
        # Tab goes from the program to what it shows, then to Run (which sits above the
        # editor): write, look, run again.
        chain: list[QWidget] = [
            self.lesson, self.run_example, self.task_bar.read_aloud, self.editor,
            self.output.text, self.output.input, self.output.send, self.run_button,
            self.stop_button, self.smaller, self.larger, self.solution]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

        self.apply_theme()
        self.retranslate()
        self.editor.set_points(engine.editor_points(self.settings))
        self.pack_combo.blockSignals(True)  # open where the learner was, not at step 1
        for pack in self.packs:
            self.pack_combo.addItem(pack.title, pack.id)
        self.pack_combo.blockSignals(False)
        self._open_last()
        self._update_buttons()

    # -- packs and steps ----------------------------------------------------------------
    def _packs(self) -> list[LessonPack]:
        catalogue = self.host.catalogue
        packs = catalogue.packs_in(SKILL, lesson_language(self.learner))
        return sorted(packs, key=lambda p: (str(p.path.name), p.id))

    def _open_last(self) -> None:
        if not self.packs:
            message = self.tr("There are no coding lessons yet. Ask your trainer to "
                              "install them.")
            self.step_title.setText(message)
            self.step_title.setToolTip(message)
            self.lesson.setPlainText(message)  # in full (the title may be cut)
            return
        index, row = engine.where_to_open(self.packs, str(self.settings.get(engine.LAST, "")))
        self.pack_combo.blockSignals(True)
        self.pack_combo.setCurrentIndex(index)
        self.pack_combo.blockSignals(False)
        self._pack_chosen(index, row)

    def open_exercise(self, pack_id: str, exercise_id: str) -> None:
        """Open a step of a pack (nothing changes if the room has no such step)."""
        index = next((i for i, p in enumerate(self.packs) if p.id == pack_id), None)
        if index is None:
            return
        row = next((r for r, e in enumerate(self.packs[index].exercises)
                    if getattr(e, "id", None) == exercise_id), None)
        if row is None:
            return
        self.pack_combo.blockSignals(True)
        self.pack_combo.setCurrentIndex(index)
        self.pack_combo.blockSignals(False)
        if self.pack is self.packs[index]:
            self.steps.setCurrentRow(row)
        else:
            self._pack_chosen(index, row)

    def _pack_chosen(self, index: int, row: int = 0) -> None:
        if not 0 <= index < len(self.packs):
            return
        if self.pack is self.packs[index]:
            return
        self.pack = self.packs[index]
        self.steps.blockSignals(True)
        self.steps.clear()
        for number, exercise in enumerate(self.pack.exercises, start=1):
            item = QListWidgetItem()
            self.steps.addItem(item)
            self._label_step(item, number, exercise)
        self.steps.blockSignals(False)
        self.steps.setCurrentRow(row)

    def _label_step(self, item: QListWidgetItem, number: int, exercise: Any) -> None:
        done = self.pack is not None and (self.pack.id, exercise.id) in self.passed
        mark = "✓ " if done else ""
        item.setText(f"{mark}{number}. {exercise.title}")
        done_text = self.tr("done")
        item.setData(Qt.ItemDataRole.AccessibleTextRole,
                     f"{number}. {exercise.title}" + (f", {done_text}" if done else ""))

    def _step_chosen(self, row: int) -> None:
        if self.pack is None or not 0 <= row < len(self.pack.exercises):
            return
        self.leave_exercise()
        exercise = self.pack.exercises[row]
        assert isinstance(exercise, CodingExercise)
        self.exercise = exercise
        self.work = ExerciseWork(exercise, self.clock(), self.pack.id, self.pack.version)
        self._loading = True
        self.editor.setPlainText(engine.draft(self.settings, self.pack.id, exercise))
        self._loading = False
        self.editor.moveCursor(QTextCursor.MoveOperation.End)  # go on where it ends
        self._dirty = False
        self.editor.mark_error_line(None)
        self.output.clear()
        self.feedback.clear()
        self._verdict_shown = None
        self.feedback_card.setVisible(False)
        self.hints.clear()
        self.hints.setVisible(False)
        self.solution.setVisible(False)
        self._say_saved("")
        self._show_lesson()
        self._remember(engine.LAST, engine.place(self.pack.id, self.exercise.id))
        self._update_buttons()

    def _show_lesson(self) -> None:
        exercise = self.exercise
        if exercise is None:
            return
        self.step_title.setText(exercise.title)
        self.step_title.setToolTip(exercise.title)

        def paragraphs(text: str) -> str:
            return "".join(f"<p>{html.escape(p.strip()).replace(chr(10), ' ')}</p>"
                           for p in text.strip().split("\n\n") if p.strip())

        parts = [paragraphs(exercise.explanation)]
        example_title = html.escape(self.tr("Example"))  # (lupdate cannot read inside f-strings)
        task_title = html.escape(self.tr("Your task:"))
        if exercise.example.strip():
            parts.append(f"<p><b>{example_title}</b></p>"
                         f"<pre dir='ltr' style='background:{palette().surface_alt};"
                         f" padding:6px'>{html.escape(exercise.example.strip())}</pre>")
        lesson = "".join(parts)
        if lesson != self._lesson_html:  # (setting it again would scroll back to the top)
            self._lesson_html = lesson
            self.lesson.setHtml(lesson)
        task = html.escape(exercise.task.strip()).replace("\n", "<br>")
        self.task.setText(f"<b>{task_title}</b> {task}")
        self.task_bar.show_cue(cues.WRITE_CODE, self.pack.language if self.pack else "en")
        self.run_example.setVisible(bool(exercise.example.strip()))

    def next_step(self) -> None:
        row = self.steps.currentRow()
        if row + 1 < self.steps.count():
            self.steps.setCurrentRow(row + 1)
        elif self.pack_combo.currentIndex() + 1 < self.pack_combo.count():
            self.pack_combo.setCurrentIndex(self.pack_combo.currentIndex() + 1)

    # -- running ------------------------------------------------------------------------
    def run_code(self) -> None:
        if self.exercise is None or self.busy:
            return
        self.save_code()
        self._start(self.editor.toPlainText(), example=False)

    def run_the_example(self) -> None:
        if self.exercise is None or self.busy:
            return
        self._start(self.exercise.example.strip("\n"), example=True)

    @property
    def busy(self) -> bool:
        return self.run is not None or self.grading is not None

    def _start(self, code: str, example: bool) -> None:
        assert self.exercise is not None
        self.output.clear()
        self.editor.mark_error_line(None)
        self.feedback_card.setVisible(False)
        self.run_is_example = example
        self.output.set_status(self.tr("Running…"))
        self.run = Run(code, limits_for(self.exercise, self._time_limit()))
        self.run.start()
        self.timer.start()
        self._update_buttons()

    def _time_limit(self) -> float | None:
        return engine.trainer_time_limit(self.settings)

    def stop(self) -> None:
        if self.run is not None:
            self.run.stop()

    def _answer(self, text: str) -> None:
        if self.run is not None:
            self.output.append(text + "\n", "answer")
            self.run.answer(text)

    def _poll(self) -> None:
        if self.run is not None:
            for kind, value in self.run.poll():
                if kind in ("out", "err"):
                    self.output.append(value, kind)
                elif kind == "input":
                    self.output.append(value)
                    self.output.show_input(True)
                elif kind == "end":
                    self._run_ended(value)
                    break
        if self.grading is not None and self.grading.done():
            future, self.grading = self.grading, None
            try:
                self._show_grading(future.result())
            except TutorError as exc:
                self._show_message(translate_error(exc), ok=False)
            except Exception:  # a checking bug must not stop the room
                log.exception("checking a coding exercise failed")
                self._show_message(self.tr("Your program could not be checked. Tell your "
                                           "trainer."), ok=False)
        if self.run is None and self.grading is None:
            self.timer.stop()
        self._update_buttons()

    def _run_ended(self, outcome: Outcome) -> None:
        self.run = None
        self.output.show_start()
        had_focus = self.output.input.hasFocus()
        self.output.show_input(False)
        if had_focus:  # the answer box goes away: back to the program
            self.editor.setFocus()
        limits = limits_for(self.exercise, self._time_limit())
        code = self.editor.toPlainText()
        explanation = explain(outcome, code if not self.run_is_example else "", limits)
        if explanation is None:
            self.output.set_status(self.tr("The program ended."))
        elif self.run_is_example:
            self.output.set_status(explanation_text(explanation))
        else:
            self.output.set_status(self.tr("The program did not end well: read why "
                                               "below."))
        self.run_finished.emit(outcome)
        if not engine.counts_as_try(outcome, self.run_is_example) or self.exercise is None:
            if explanation is not None and not self.run_is_example:
                self._show_message(explanation_text(explanation), ok=False,
                                   line=explanation.line)
            return
        self.feedback.setText(html.escape(self.tr("Checking…")))
        self._verdict_shown = None
        self.feedback_card.setVisible(True)
        exercise, time_limit = self.exercise, self._time_limit()
        self.grading = self.pool.submit(grade, exercise, code, outcome, None, time_limit)
        self.timer.start()

    def _show_grading(self, grading: Grading) -> None:
        assert self.work is not None and self.exercise is not None
        self.work.graded(grading)
        verdict = grading.verdict
        self._show_verdict(grading)
        self.feedback_card.setVisible(True)
        line = grading.explanation.line if grading.explanation else None
        self.editor.mark_error_line(line)
        self.graded.emit(grading)
        if verdict.passed:
            self._record(passed_now=True)
        self._update_buttons()

    def _show_verdict(self, grading: Grading) -> None:
        """The verdict in the feedback card, coloured by the theme in use."""
        assert self.exercise is not None
        verdict = grading.verdict
        self._verdict_shown = grading
        lines = []
        if verdict.passed:
            title = self.tr("Well done! This step is passed.")
            lines.append(f"<p style='color:{palette().good}'><b>{html.escape(title)}</b></p>")
        else:
            title = self.tr("Not yet. Read this and try again:")
            lines.append(f"<p style='color:{palette().bad}'><b>{html.escape(title)}</b></p>")
        for item in shown_feedback(verdict):
            mark = "✓" if item.passed else "✗"
            text = html.escape(feedback_text(item)).replace("  ", "&nbsp; ").replace("\n", "<br>")
            lines.append(f"<p>{mark} {text}</p>")
        runs_failed = any(f.criterion == "runs" and not f.passed for f in verdict.feedback)
        if self.exercise.inputs and runs_failed:  # the other failures name their answers
            answers = ", ".join(self.exercise.inputs)
            lines.append("<p><i>" + html.escape(self.tr("Checked with these answers: "
                                                        "{answers}").format(answers=answers))
                         + "</i></p>")
        self.feedback.setText("".join(lines))
        self._colour_card(verdict.passed)

    def _show_message(self, text: str, ok: bool, line: int | None = None) -> None:
        self.feedback.setText("<p>" + html.escape(text).replace("\n", "<br>") + "</p>")
        self._verdict_shown = None
        self._colour_card(ok)
        self.feedback_card.setVisible(True)
        self.editor.mark_error_line(line)

    def _colour_card(self, passed: bool | None) -> None:
        """The feedback card's background: good, bad, or none yet (None)."""
        self._card_passed = passed
        if passed is None:
            sheet = ""
        else:
            background = palette().good_background if passed else palette().bad_background
            sheet = (f"QFrame#codingFeedbackCard {{ background: {background};"
                     " border-radius: 10px; }")
        set_style_sheet(self.feedback_card, sheet)

    def apply_theme(self) -> None:
        """The room's own style sheets and coloured texts, from the theme in use."""
        p = palette()
        # A button that cannot be pressed now must look so (Stop while nothing runs).
        set_style_sheet(self, f"QPushButton:disabled {{ color: {p.disabled};"
                              f" background: {p.disabled_background}; border-color: {p.border}; }}")
        set_style_sheet(self.task, f"QLabel#codingTask {{ background: {p.note};"
                                   f" color: {p.note_text}; border-radius: 8px; padding: 8px; }}")
        self._colour_card(self._card_passed)
        if p.name != self._theme:  # texts coloured by the previous theme
            self._theme = p.name
            self._show_lesson()
            if self._verdict_shown is not None:
                self._show_verdict(self._verdict_shown)

    # -- hints and the solution ------------------------------------------------------------
    def show_hint(self) -> None:
        if self.work is None:
            return
        self.work.next_hint()
        hints = self.work.shown_hints()
        text = "".join(
            "<p><b>" + html.escape(self.tr("Hint {number}:").format(number=n)) + "</b> "
            + html.escape(h) + "</p>" for n, h in enumerate(hints, start=1))
        self.hints.setText(text)
        self.hints.setVisible(bool(hints))
        if hints:
            QTimer.singleShot(0, lambda: self.feedback_area.ensureWidgetVisible(self.hints))
        self._update_buttons()

    def show_solution(self) -> None:
        if self.work is None or not self.work.can_reveal:
            return
        self.solution.setPlainText(self.work.reveal().strip("\n"))
        self.solution.setVisible(True)
        QTimer.singleShot(0, lambda: self.feedback_area.ensureWidgetVisible(self.solution))
        self._update_buttons()

    # -- saving -----------------------------------------------------------------------------
    def _code_changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self.editor.mark_error_line(None)
        self.save_timer.start()

    def save_code(self) -> None:
        """Keep the learner's draft of this step (in their coding settings)."""
        self.save_timer.stop()
        if not self._dirty or self.pack is None or self.exercise is None:
            return
        self._remember(engine.code_key(self.pack.id, self.exercise.id), self.editor.toPlainText())
        self._dirty = False

    def _remember(self, key: str, value: Any) -> None:
        if self.settings.get(key) == value:
            return
        self.settings[key] = value
        try:
            set_skill_settings(self.host.db, self.learner.id, SKILL, {key: value})
        except TutorError as exc:
            log.error("could not save coding settings: %s", exc)

    def _say_saved(self, text: str) -> None:
        self.saved.setText(text)
        self.saved.setVisible(bool(text))

    def _zoomed(self, points: float) -> None:
        self.editor.setMinimumHeight(four_lines_high(points))
        self.output.set_points(points)
        self.solution.set_points(points)
        if hasattr(self, "settings"):
            self._remember(engine.POINTS, points)

    def _record(self, passed_now: bool) -> None:
        """One attempt per finished exercise: when it is passed, or when the learner
        leaves it after trying."""
        work, pack, exercise = self.work, self.pack, self.exercise
        if work is None or pack is None or exercise is None or not work.worth_recording:
            return
        finished = work.attempt(self.editor.toPlainText(), self.clock())
        try:
            attempt = self.host.finish(finished)
        except TutorError as exc:
            self._say_saved(translate_error(exc))
            return
        self._say_saved(self.tr("Saved."))
        self.work = ExerciseWork(exercise, self.clock(), pack.id, pack.version)
        if passed_now and finished.passed:
            self.passed.add((pack.id, exercise.id))
            row = self.steps.currentRow()
            item = self.steps.item(row)
            if item is not None:
                self._label_step(item, row + 1, exercise)
        self.attempt_saved.emit(attempt)

    def leave_exercise(self) -> None:
        """Before another step, or leaving the room: save the draft, stop the program,
        and record an unfinished try as a not-passed attempt."""
        if self.run is not None:
            self.run.stop()
            self.run.poll(timeout=0.5)
            self.run = None
            self.output.show_input(False)
        self.save_code()
        if self.work is not None and self.work.worth_recording:
            self._record(passed_now=False)

    # -- state of the buttons, languages -----------------------------------------------------
    def _update_buttons(self) -> None:
        has = self.exercise is not None
        running = self.run is not None
        self.run_button.setEnabled(has and not self.busy)
        self.run_example.setEnabled(has and not self.busy)
        self.stop_button.setEnabled(running)
        self.hint_button.setEnabled(self.work is not None and self.work.has_more_hints)
        self.solution_button.setEnabled(self.work is not None and self.work.may_show_solution)
        if self.work is not None and not self.work.can_reveal:
            left = self.work.tries_before_solution
            self.solution_button.setToolTip(
                self.tr("You can see the solution after {count} more tries.").format(count=left))
        else:
            self.solution_button.setToolTip("")

    def retranslate(self) -> None:
        self.pack_combo.setAccessibleName(self.tr("Lesson"))
        self.pack_combo.view().setAccessibleName(self.tr("Lessons"))
        self.steps.setAccessibleName(self.tr("Steps of the lesson"))
        self.lesson.setAccessibleName(self.tr("The lesson"))
        self.editor.setAccessibleName(self.tr("Your program"))
        self.editor.setAccessibleDescription(self.tr(
            "Tab adds four spaces. To leave the editor, press Ctrl+Tab (or Ctrl+Shift+Tab "
            "to go back). F5 or Ctrl+Enter runs your program."))
        self.solution.setAccessibleName(self.tr("The solution"))
        self.feedback.setAccessibleName(self.tr("What Tutor says about your program"))
        self.hints.setAccessibleName(self.tr("Hints"))
        for button, text in (
            (self.run_button, self.tr("Run")),
            (self.stop_button, self.tr("Stop")),
            (self.hint_button, self.tr("Hint")),
            (self.solution_button, self.tr("Show the solution")),
            (self.next_button, self.tr("Next step")),
            (self.run_example, self.tr("Run the example")),
        ):
            button.setText(text)
            button.setAccessibleName(text)
        self.run_button.setToolTip(self.tr("Run your program (F5 or Ctrl+Enter)"))
        self.smaller.setAccessibleName(self.tr("Smaller text"))
        self.smaller.setToolTip(self.tr("Smaller text"))
        self.larger.setAccessibleName(self.tr("Larger text"))
        self.larger.setToolTip(self.tr("Larger text"))
        self._show_lesson()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The steps' list grows with the width: narrow on a 1024-pixel screen (the
        task's words keep one line), wide enough for most titles on one line at 1366."""
        super().resizeEvent(event)
        low, high = CHOOSER_WIDTH
        width = max(low, min(high, low + (event.size().width() - 1040) // 4))
        for chooser in (self.steps, self.pack_combo):
            if chooser.minimumWidth() != width:
                chooser.setMinimumWidth(width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent) and hasattr(
                self, "feedback_area"):
            self.feedback_area.setVisible(any(
                not widget.isHidden() for widget in (self.feedback_card, self.hints,
                                                     self.solution)))
        return super().eventFilter(watched, event)

    def hasHeightForWidth(self) -> bool:
        """The room takes the height the window gives it (texts scroll inside): a scroll
        area around it must not make it as tall as its wrapped labels would like."""
        return False

    def hideEvent(self, event: QHideEvent) -> None:
        stack = self.parentWidget()
        current = getattr(stack, "currentWidget", None)
        if current is not None and current() is not self:  # the learner left the room
            self.leave_exercise()
            self.timer.stop()
        super().hideEvent(event)

    def close_room(self) -> None:
        self.leave_exercise()
        self.timer.stop()
        self.pool.shutdown(wait=False, cancel_futures=True)
