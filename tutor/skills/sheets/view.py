"""The spreadsheet room: the task list (a ✓ on the passed tasks), the instructions, the
grid with its formula bar and tool bar, sheet tabs, a chart, and "Check my work". The
widgets show the workbook of ``engine.py`` and forward input to it; the grid is
``view_grid.py``, the chart ``view_chart.py``, the grading ``grading.py``. The learner's
sheet is kept as it changes (``drafts.py``) and comes back when the task opens again; the
room reopens at the task the learner was on, and asks before replacing their work."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tutor.content.packs import LessonPack
from tutor.errors import TutorError
from tutor.i18n import is_right_to_left
from tutor.i18n.qt import translate_error, translated
from tutor.profiles import lesson_language
from tutor.skills.sheets import drafts
from tutor.skills.sheets.cell_text import uses_decimal_comma, uses_month_first
from tutor.skills.sheets.engine import Clip, TaskWork, Workbook
from tutor.skills.sheets.grading import grade_workbook
from tutor.skills.sheets.model import SheetsExercise, cue
from tutor.skills.sheets.view_chart import ChartView
from tutor.skills.sheets.view_editing import PIXELS_PER_CHAR, WorkbookEditing
from tutor.skills.sheets.view_tools import ToolStrip
from tutor.store.attempts import attempts_of
from tutor.store.learners import get_learner, set_skill_settings, skill_settings
from tutor.ui.fitting import ElidedLabel
from tutor.ui.instruction import InstructionBar, with_formulas_left_to_right
from tutor.ui.retranslate import Retranslating
from tutor.ui.rooms import RoomHost
from tutor.ui.style import Themed, colour, palette, set_role, set_style_sheet

log = logging.getLogger(__name__)

PASSED = Qt.ItemDataRole.UserRole + 1  # a result item: whether its check passed
SKILL = "sheets"
SAVE_DELAY_MS = 400  # the draft is saved this long after the last change
COMPACT_HEIGHT = 520  # the most the room asks for (see SheetsRoom.minimumSizeHint)


def make_room(host: RoomHost) -> SheetsRoom:
    room = SheetsRoom(host)
    if host.start_at is not None:  # the home's "Next step"
        room.open_task(*host.start_at)
    return room


class SheetsRoom(WorkbookEditing, Themed, Retranslating, QWidget):
    """The spreadsheet skill's room."""

    def __init__(self, host: RoomHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheetsRoom")
        self.host = host
        self.pack: LessonPack | None = None
        self.exercise: SheetsExercise | None = None
        self.work: TaskWork | None = None  # the task being done
        self.book = Workbook()
        self._clip: Clip | None = None  # what was copied in the grid
        try:  # fresh settings: the drafts and the task the learner was on
            self.settings: dict[str, Any] = skill_settings(
                get_learner(host.db, host.learner.id), SKILL)
            self.passed = drafts.passed_tasks(attempts_of(host.db, host.learner.id, SKILL))
        except TutorError as exc:
            log.error("could not read the sheets settings: %s", exc)
            self.settings, self.passed = {}, set()
        self._start: dict[str, Any] = {}  # the task's start, as a draft (for comparing)
        self._dirty = False  # the sheet changed since the draft was saved
        self._kept = True  # the draft holds the sheet (False: too large to keep)
        self._task_row = -1  # the task list's row of the task open
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.save_draft)

        # Tasks
        self.tasks = QListWidget()
        self.tasks.setObjectName("sheetsTaskList")
        self.tasks.setMinimumWidth(150)
        self.tasks.setMaximumWidth(280)
        self.tasks.setWordWrap(True)
        self.tasks.setResizeMode(QListView.ResizeMode.Adjust)  # wrapped again when it narrows
        self.tasks.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.tasks.currentItemChanged.connect(self._task_chosen)
        self.tasks.itemActivated.connect(self._task_activated)

        # Instructions
        self.task_title = set_role(ElidedLabel(), "subtitle")
        self.task_title.setObjectName("sheetsTaskTitle")
        self.instructions = QLabel()
        self.instructions.setObjectName("sheetsInstructions")
        self.instructions.setWordWrap(True)
        self.instructions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.instruction_bar = InstructionBar("sheets", self.instructions)
        self.hint_button = QToolButton()
        set_role(self.hint_button, "bar")
        self.hint_button.setObjectName("sheetsHint")
        self.hint_button.clicked.connect(self._show_hint)
        self.hint = set_role(QLabel(), "hint")
        self.hint.setObjectName("sheetsHintText")
        self.hint.setWordWrap(True)
        self.hint.hide()

        # Tool bar: rows that wrap, the buttons that do not fit in a "More" menu
        self.buttons: dict[str, QToolButton] = {}
        more = QToolButton()
        more.setObjectName("sheetsTool:more")
        set_role(more, "bar")
        self.tool_strip = ToolStrip(more)
        self.tool_strip.setObjectName("sheetsToolBar")
        self.tool_strip.add(self.hint_button)  # first: what a beginner looks for first
        for name in ("undo", "redo", "bold", "money", "percent", "date", "more_decimals",
                     "fewer_decimals", "chart", "fill_down", "fill_right", "insert_row",
                     "delete_row", "sort_up", "sort_down", "open", "save"):
            self.tool_strip.add(self._tool(name))
        self._tool("add_sheet")
        chart_menu = QMenu(self.buttons["chart"])
        chart_menu.setObjectName("sheetsChartMenu")
        self.chart_bars = chart_menu.addAction("")
        self.chart_bars.triggered.connect(lambda: self.make_chart("bar"))
        self.chart_line = chart_menu.addAction("")
        self.chart_line.triggered.connect(lambda: self.make_chart("line"))
        self.buttons["chart"].setMenu(chart_menu)
        self.buttons["chart"].setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        # Formula bar
        formula_row = self._make_editor()  # the formula bar, the grid, the sheet tabs
        self.grid.horizontalHeader().sectionResized.connect(self._column_resized)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.currentChanged.connect(self._sheet_chosen)
        self.result = QListWidget()
        self.result.setObjectName("sheetsResult")
        self.result.setWordWrap(True)
        self.result.setMinimumHeight(36)  # it scrolls: the grid keeps the room's height
        self.result.hide()
        self.chart_view = ChartView()
        self.chart_view.setMinimumSize(QSize(160, 56))
        self.chart_view.hide()
        splitter = QSplitter()
        splitter.setObjectName("sheetsSplitter")
        splitter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        splitter.setChildrenCollapsible(False)
        side = QWidget()
        side.setObjectName("sheetsSide")
        side.setMinimumWidth(180)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(4)
        side_layout.addWidget(self.result, 1)
        side_layout.addWidget(self.chart_view, 1)
        splitter.addWidget(self.grid)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.side = side
        side.hide()
        self.chart_view.visibility_changed.connect(self._update_side)

        # Check
        self.check_button = set_role(QPushButton(), "primary")
        self.check_button.setObjectName("sheetsCheck")
        self.check_button.clicked.connect(self.check)
        self.restart_button = QPushButton()
        self.restart_button.setObjectName("sheetsRestart")
        self.restart_button.clicked.connect(self.start_again)
        self.status = QLabel()
        self.status.setObjectName("sheetsStatus")
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        top = QVBoxLayout()
        top.setSpacing(5)
        top.setContentsMargins(0, 0, 0, 0)
        # The task's title is the list's selected row; the instructions start with
        # what to do in a few words: the grid keeps the height a title would take.
        self.task_title.hide()
        top.addWidget(self.instruction_bar)
        self._instruction_lines = 3
        self.instruction_bar.limit_lines(self._instruction_lines)
        top.addWidget(self.hint)
        top.addWidget(self.tool_strip)
        top.addLayout(formula_row)
        top.addWidget(splitter, 1)
        # One row under the grid: the sheets and the task's buttons (the grid keeps the
        # height on a small screen); what happened below it, when something did.
        bottom = QHBoxLayout()
        bottom.addWidget(self.tabs, 1)
        bottom.addWidget(self.buttons["add_sheet"])
        bottom.addStretch()
        bottom.addWidget(self.restart_button)
        bottom.addWidget(self.check_button)
        top.addLayout(bottom)
        top.addWidget(self.status)
        self.status.hide()
        work = QWidget()
        work.setLayout(top)
        card = set_role(QFrame(), "card")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(6, 6, 6, 6)
        card_layout.addWidget(self.tasks)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(card)
        layout.addWidget(work, 1)

        for keys, name in (("Ctrl+Z", "undo"), ("Ctrl+Y", "redo"), ("Ctrl+Shift+Z", "redo"),
                           ("Ctrl+B", "bold"), ("Ctrl+D", "fill_down"), ("Ctrl+R", "fill_right"),
                           ("Ctrl+C", "copy"), ("Ctrl+V", "paste"), ("Ctrl+X", "cut")):
            shortcut = QShortcut(QKeySequence(keys), self.grid)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda n=name: self.run(n))

        self.apply_theme()
        self.setFocusProxy(self.tasks)  # the keyboard starts in the tasks: Enter opens one
        self.retranslate()
        self._fill_tasks()

    def minimumSizeHint(self) -> QSize:
        # In a window of 700 pixels or more the room shows two rows of tools and more
        # lines of instructions; in a smaller one it switches to one row and fewer lines
        # (see resizeEvent), whose minimum is within 520 pixels in every language and
        # text size (tests/ui/test_sheets_habits.py). So it never asks for more.
        hint = super().minimumSizeHint()
        return QSize(hint.width(), min(hint.height(), COMPACT_HEIGHT))

    def hasHeightForWidth(self) -> bool:
        # The scroll area around the room would give it its preferred height for the
        # width (its words wrapped): the room takes the window's height instead, and the
        # grid the rest of it.
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # On a small screen the instructions scroll after fewer lines: the grid keeps rows.
        # (the window's height: the room's own is at least its minimum)
        high = self.window().height() >= 700
        self.tool_strip.set_max_rows(2 if high else 1)
        large = self.font().pointSizeF() >= 15  # (large text: fewer lines of it)
        lines = (3 if high else 2) - (1 if large else 0)
        if lines != self._instruction_lines:
            self._instruction_lines = lines
            self.instruction_bar.limit_lines(lines)

    def apply_theme(self) -> None:
        set_style_sheet(self, 'QToolButton[role="bar"] { padding: 2px 8px; min-height: 0px; }'
                        "QLineEdit#sheetsFormulaBar { padding: 2px 6px; }"
                        "QPushButton#sheetsCheck, QPushButton#sheetsRestart "
                        "{ padding: 4px 14px; min-height: 0px; }"
                        f"QListWidget#sheetsResult {{ background: {palette().surface}; }}")
        for row in range(self.result.count()):
            item = self.result.item(row)
            item.setForeground(colour("good" if item.data(PASSED) else "bad"))

    def _tool(self, name: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(f"sheetsTool:{name}")
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        set_role(button, "bar")
        button.clicked.connect(lambda _=False, n=name: self.run(n))
        self.buttons[name] = button
        return button

    # -- tasks --------------------------------------------------------------------------
    def _packs(self) -> list[LessonPack]:
        packs = self.host.catalogue.packs_in("sheets", lesson_language(self.host.learner))
        return sorted(packs, key=lambda p: (str(p.path), p.id))

    def _fill_tasks(self) -> None:
        self.tasks.blockSignals(True)
        self.tasks.clear()
        for pack in self._packs():
            header = QListWidgetItem(f"\u2068{pack.title}\u2069")
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.tasks.addItem(header)
            exercises = [e for e in pack.exercises if isinstance(e, SheetsExercise)]
            for number, exercise in enumerate(exercises, start=1):
                item = QListWidgetItem()
                item.setData(Qt.ItemDataRole.UserRole, (pack.id, exercise.id))
                self._label_task(item, number, exercise.title)
                self.tasks.addItem(item)
        self.tasks.blockSignals(False)
        rows = self._task_rows()
        index = drafts.where_to_open([ref for _, ref in rows], self.settings.get(drafts.LAST))
        if rows:
            self.tasks.setCurrentRow(rows[index][0])

    def _task_rows(self) -> list[tuple[int, tuple[str, str]]]:
        """The rows of the task list that are tasks, with their (pack, exercise)."""
        found = []
        for row in range(self.tasks.count()):
            ref = self.tasks.item(row).data(Qt.ItemDataRole.UserRole)
            if ref:
                found.append((row, (str(ref[0]), str(ref[1]))))
        return found

    def _label_task(self, item: QListWidgetItem, number: int, title: str) -> None:
        ref = item.data(Qt.ItemDataRole.UserRole)
        done = ref is not None and (ref[0], ref[1]) in self.passed
        # isolated, so "1. Title" reads the same in a right-to-left screen
        item.setText(f"{'✓ ' if done else ''}\u2068{number}. {title}\u2069")
        item.setData(Qt.ItemDataRole.AccessibleTextRole,
                     self.tr("{task} (passed)").format(task=f"{number}. {title}") if done
                     else f"{number}. {title}")
        item.setData(Qt.ItemDataRole.UserRole + 2, (number, title))

    def _mark_passed(self) -> None:
        if self.pack is None or self.exercise is None:
            return
        self.passed.add((self.pack.id, self.exercise.id))
        item = self.tasks.item(self._task_row)
        shown = item.data(Qt.ItemDataRole.UserRole + 2) if item is not None else None
        if item is not None and shown:
            self._label_task(item, int(shown[0]), str(shown[1]))

    def open_task(self, pack_id: str, exercise_id: str) -> None:
        for row in range(self.tasks.count()):
            if self.tasks.item(row).data(Qt.ItemDataRole.UserRole) == (pack_id, exercise_id):
                self.tasks.setCurrentRow(row)
                return

    def _task_chosen(self, item: QListWidgetItem | None,
                     _previous: QListWidgetItem | None = None) -> None:
        ref = item.data(Qt.ItemDataRole.UserRole) if item else None
        if not ref or item is None:
            return
        row = self.tasks.row(item)
        if row == self._task_row:
            return
        if not self.leave_task():
            self.tasks.blockSignals(True)  # the learner keeps this task's work
            self.tasks.setCurrentRow(self._task_row)
            self.tasks.blockSignals(False)
            return
        pack = self.host.catalogue.packs[ref[0]]
        exercise = pack.exercise(ref[1])
        if not isinstance(exercise, SheetsExercise):
            return
        self.pack, self.exercise, self._task_row = pack, exercise, row
        self._remember(drafts.LAST, drafts.place(pack.id, exercise.id))
        self._open_work(drafts.task_workbook(self.settings, pack.id, exercise))

    def _task_activated(self, item: QListWidgetItem) -> None:
        if item.data(Qt.ItemDataRole.UserRole):
            self.grid.setFocus()  # Enter on a task: straight to the grid

    def restart(self) -> None:
        """The task again from its start (no question: see :meth:`start_again`)."""
        if self.exercise is None or self.pack is None:
            return
        self._open_work(None)
        self._dirty = True
        self.save_draft()

    def start_again(self) -> None:
        """The "Start again" button: asks first when the learner's work would be lost."""
        if self.exercise is None:
            return
        if drafts.is_changed(self.book, self._start) and not self.ask(
                self.tr("Start again?"),
                self.tr("Your work on this sheet will be replaced by the task's start. "
                        "This cannot be undone."),
                self.tr("Start again"), self.tr("Keep my work")):
            return
        self.restart()

    def _open_work(self, book: Workbook | None) -> None:
        """Show the task chosen, with ``book`` (a draft) or its start."""
        assert self.exercise is not None and self.pack is not None
        self.save_timer.stop()
        self.work = TaskWork(self.pack.id, self.pack.version, self.exercise, datetime.now(UTC))
        self._start = drafts.to_draft(self.work.book)
        self._dirty, self._kept = False, True
        self.set_book(book if book is not None else self.work.book)
        self.task_title.setText(self.exercise.title)
        rtl = is_right_to_left(self.pack.language if self.pack else "en")
        self.instructions.setText(with_formulas_left_to_right(self.exercise.instructions)
                                  if rtl else self.exercise.instructions.strip())
        self.instruction_bar.show_cue(cue(self.exercise),
                                      self.pack.language if self.pack else "en")
        self.hint.setText(with_formulas_left_to_right(self.exercise.hint) if rtl
                          else self.exercise.hint)
        self.hint.hide()
        self.tool_strip.set_wanted(self.hint_button, bool(self.exercise.hint))
        self.result.clear()
        self.result.hide()
        self._update_side()
        self._say("")

    def set_book(self, book: Workbook) -> None:
        self.book = book
        if self.work is not None:
            self.work.book = book  # a file opened during a task is the work checked
        language = self.host.learner.ui_language
        book.decimal_comma = uses_decimal_comma(language)
        book.month_first = uses_month_first(language)
        self.model.set_book(book)
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        for sheet in book.sheets:
            self.tabs.addTab(sheet.name)
        self.tabs.setCurrentIndex(0)
        self.tabs.blockSignals(False)
        self._apply_widths()
        self.grid.go(0, 0)
        self._after_edit(changed=False)

    # -- the learner's work, kept -------------------------------------------------------
    def ask(self, title: str, text: str, yes: str, no: str) -> bool:
        """A question with two clear buttons; True for ``yes`` (replaced in tests)."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("sheetsQuestion")
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        yes_button.setObjectName("sheetsQuestionYes")
        no_button.setObjectName("sheetsQuestionNo")
        box.setDefaultButton(no_button)
        box.setEscapeButton(no_button)
        box.exec()
        return box.clickedButton() is yes_button

    def _remember(self, key: str, value: object) -> bool:
        """Keep a value in the learner's sheets settings; False if it could not be."""
        if self.settings.get(key) == value:
            return True
        try:
            set_skill_settings(self.host.db, self.host.learner.id, SKILL, {key: value})
        except TutorError as exc:
            log.error("could not save the sheets settings: %s", exc)
            return False
        self.settings[key] = value
        return True

    def save_draft(self) -> None:
        """Keep the sheet as it is now, for when the task opens again."""
        self.save_timer.stop()
        if not self._dirty or self.pack is None or self.exercise is None:
            return
        try:
            value = drafts.draft_value(self.book, self._start)
        except ValueError:
            self._kept = False  # too large: the room asks before the work could go
            self._dirty = False
            return
        self._kept = self._remember(drafts.draft_key(self.pack.id, self.exercise.id), value)
        self._dirty = False

    def leave_task(self) -> bool:
        """Before another task or another file: the draft saved; False when the learner
        chose to stay because this sheet could not be kept."""
        self.commit_typing()
        self.save_draft()
        if self._kept or self.exercise is None or not drafts.is_changed(self.book, self._start):
            return True
        return self.ask(
            self.tr("Leave this sheet?"),
            self.tr("This sheet is too large to be kept: if you leave it, your work on it "
                    "is lost. Save it as a file first to keep it."),
            self.tr("Leave it"), self.tr("Stay"))

    def may_leave(self) -> bool:
        """Before the window closes the room (Home, another learner): what is typed is
        kept; False when the learner chose to stay with a sheet too large to keep."""
        return self.leave_task()

    def commit_typing(self) -> None:
        """End what is being typed in a cell (its entry is kept, as a click elsewhere)."""
        if self.grid.state() == QAbstractItemView.State.EditingState and \
                self.grid.editor is not None:
            editor = self.grid.editor
            self.grid.commitData(editor)
            self.grid.closeEditor(editor, self.delegate.EndEditHint.NoHint)

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the room (Home, another learner, closing): the sheet is kept."""
        if not event.spontaneous():  # (not a window minimised)
            self.commit_typing()
        self._dirty = self._dirty or self.save_timer.isActive()
        self.save_draft()
        super().hideEvent(event)

    def _show_hint(self) -> None:
        self.hint.setVisible(not self.hint.isVisible())

    # -- editing ------------------------------------------------------------------------
    def run(self, name: str) -> None:
        """A tool bar button or a shortcut (the room's own: sheets, files; the rest as
        WorkbookEditing does it)."""
        if name == "add_sheet":
            self.book.add_sheet()
            self.tabs.addTab(self.book.sheets[-1].name)
            self.tabs.setCurrentIndex(self.tabs.count() - 1)
            self._after_edit()
        elif name == "open":
            self.open_dialog()
        elif name == "save":
            self.save_dialog()
        else:
            super().run(name)

    def _after_edit(self, changed: bool = True) -> None:
        self.model.refresh()
        self._current_changed(self.grid.currentIndex())
        sheet = self.book.sheet(self.sheet)
        self.chart_view.show_chart(self.book, sheet.name, sheet.charts[-1] if sheet.charts
                                   else None)
        self.buttons["undo"].setEnabled(self.book.can_undo())
        self.buttons["redo"].setEnabled(self.book.can_redo())
        circular = self.book.first_circular(sheet.name)
        if circular:
            self._say(self.tr("{cell} uses its own cell: a circular reference. "
                                        "Change its formula.").format(cell=circular))
        if changed:
            self._changed()

    def _changed(self) -> None:
        """The sheet changed: its draft is saved a moment later."""
        self._dirty = True
        self.save_timer.start()

    def _say(self, text: str) -> None:
        """What happened (saved, a circular reference, a file's problem), under the grid."""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _update_side(self) -> None:
        self.side.setVisible(self.result.count() > 0 or self.chart_view.chart is not None)

    def _column_resized(self, col: int, _old: int, new: int) -> None:
        # not an undo step: a drag of the column edge resizes many times
        self.book.set_width(self.sheet, col, new / PIXELS_PER_CHAR, undoable=False)
        self._changed()

    # -- files --------------------------------------------------------------------------
    def open_dialog(self) -> None:
        if self.exercise is not None and drafts.is_changed(self.book, self._start) and \
                not self.ask(self.tr("Open a file instead?"),
                             self.tr("The file you open will replace your work on this sheet. "
                                     "To keep your work, save it first."),
                             self.tr("Open a file"), self.tr("Keep my work")):
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a spreadsheet"), "",
                                              self.tr("Spreadsheets (*.xlsx)"))
        if path:
            self.open_file(Path(path))

    def save_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the spreadsheet"),
                                              "work.xlsx", self.tr("Spreadsheets (*.xlsx)"))
        if path:
            self.save_file(Path(path if path.endswith(".xlsx") else path + ".xlsx"))

    def open_file(self, path: Path) -> None:
        from tutor.skills.sheets.xlsx import load_workbook

        try:
            book = load_workbook(path)
        except TutorError as exc:
            self._say(translate_error(exc))
            return
        self.set_book(book)
        self._changed()

    def save_file(self, path: Path) -> None:
        from tutor.skills.sheets.xlsx import save_workbook

        try:
            save_workbook(self.book, path)
        except TutorError as exc:
            self._say(translate_error(exc))
            return
        self._say(self.tr("Saved in {file}").format(file=str(path)))

    # -- grading ------------------------------------------------------------------------
    def check(self) -> None:
        if self.work is None:
            return
        self.commit_typing()
        verdict = grade_workbook(self.work.exercise, self.work.book)
        finished = datetime.now(UTC)
        self.result.clear()
        for feedback in verdict.feedback:
            mark = "✓" if feedback.passed else "✗"
            item = QListWidgetItem(
                f"{mark} {translated(feedback.context, feedback.message, feedback.params)}")
            item.setData(PASSED, feedback.passed)
            item.setForeground(colour("good" if feedback.passed else "bad"))
            self.result.addItem(item)
        self.result.show()
        self._update_side()
        try:
            self.host.finish(self.work.attempt(verdict, finished))
        except TutorError as exc:
            self._say(translate_error(exc))
            return
        if verdict.passed:
            self._mark_passed()
            self._say(self.tr("Well done! Everything is right. Saved."))
        else:
            self._say(self.tr("Not yet: {score}% right. Saved. Read the list, "
                                        "correct, and check again.").format(
                score=round(verdict.score * 100)))

    # -- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        texts = {
            "undo": (self.tr("Undo"), self.tr("Undo the last change (Ctrl+Z)")),
            "redo": (self.tr("Redo"), self.tr("Redo (Ctrl+Y)")),
            "bold": (self.tr("Bold"), self.tr("Bold text (Ctrl+B)")),
            "money": (self.tr("Money"), self.tr("Show as money, with 2 decimals")),
            "percent": (self.tr("%"), self.tr("Show as a percentage")),
            "date": (self.tr("Date"), self.tr("Show as a date")),
            "more_decimals": (self.tr(".0+"), self.tr("One more decimal place")),
            "fewer_decimals": (self.tr(".0-"), self.tr("One decimal place less")),
            "fill_down": (self.tr("Fill down"), self.tr(
                "Copy the top cell into the selected cells below (Ctrl+D)")),
            "fill_right": (self.tr("Fill right"), self.tr(
                "Copy the left cell into the selected cells on the right (Ctrl+R)")),
            "insert_row": (self.tr("Insert row"), self.tr("Insert a row above the selection")),
            "delete_row": (self.tr("Delete row"), self.tr("Delete the selected rows")),
            "sort_up": (self.tr("Sort A to Z"), self.tr(
                "Sort the selected rows by the current column, smallest first")),
            "sort_down": (self.tr("Sort Z to A"), self.tr(
                "Sort the selected rows by the current column, largest first")),
            "chart": (self.tr("Chart"), self.tr("Make a chart of the selected cells")),
            "add_sheet": (self.tr("New sheet"), self.tr("Add a sheet to the workbook")),
            "open": (self.tr("Open…"), self.tr("Open an .xlsx file")),
            "save": (self.tr("Save…"), self.tr("Save as an .xlsx file for LibreOffice or Excel")),
        }
        for name, (text, tip) in texts.items():
            self.buttons[name].setText(text)
            self.buttons[name].setToolTip(tip)
            self.buttons[name].setAccessibleName(tip)
        more = self.tool_strip.more
        more.setText(self.tr("More"))
        more.setToolTip(self.tr("More tools: the buttons that do not fit here"))
        more.setAccessibleName(self.tr("More tools"))
        self.tool_strip.retranslated()
        self.chart_bars.setText(self.tr("Bars"))
        self.chart_line.setText(self.tr("Line"))
        self.tasks.setAccessibleName(self.tr("Tasks"))
        self.grid.setAccessibleName(self.tr("Spreadsheet grid"))
        self.grid.setAccessibleDescription(self.tr(
            "Arrows, Enter and Tab move between cells. To leave the grid, press Ctrl+Tab "
            "(or Ctrl+Shift+Tab to go back)."))
        self.grid.horizontalHeader().setAccessibleName(self.tr("Column letters"))
        self.grid.verticalHeader().setAccessibleName(self.tr("Row numbers"))
        self.formula_bar.setAccessibleName(self.tr("Formula bar: the content of the cell"))
        self.formula_bar.setPlaceholderText(self.tr("Type a value or a formula like =A1+B1"))
        self.cell_name.setAccessibleName(self.tr("Current cell"))
        self.tabs.setAccessibleName(self.tr("Sheets"))
        self.chart_view.setAccessibleName(self.tr("Chart"))
        self.hint_button.setText(self.tr("Show a hint"))
        self.hint_button.setAccessibleName(self.tr("Show a hint"))
        self.check_button.setText(self.tr("Check my work"))
        self.check_button.setAccessibleName(self.tr("Check my work"))
        self.restart_button.setText(self.tr("Start again"))
        self.restart_button.setAccessibleName(self.tr("Start the task again"))
        self.result.setAccessibleName(self.tr("What is right and what to correct"))
