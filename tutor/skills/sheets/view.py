"""The spreadsheet room: the task list, the instructions, the grid with its formula bar
and tool bar, sheet tabs, a chart, and "Check my work". The widgets show the workbook of
``engine.py`` and forward input to it; the grid is ``view_grid.py``, the chart
``view_chart.py``, the grading ``grading.py``."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tutor.content.packs import LessonPack
from tutor.errors import TutorError
from tutor.i18n import is_right_to_left
from tutor.i18n.qt import translate_error, translated
from tutor.profiles import lesson_language
from tutor.skills.sheets.cell_text import content_text, uses_decimal_comma
from tutor.skills.sheets.engine import Clip, TaskWork, Workbook, sort_column
from tutor.skills.sheets.grading import grade_workbook
from tutor.skills.sheets.model import SheetsExercise, cue
from tutor.skills.sheets.number_formats import currency_format, stepped_decimals
from tutor.skills.sheets.references import cell_name
from tutor.skills.sheets.view_chart import ChartView
from tutor.skills.sheets.view_grid import COLS, CellDelegate, SheetGrid, SheetModel
from tutor.ui.instruction import InstructionBar, with_formulas_left_to_right
from tutor.ui.retranslate import Retranslating
from tutor.ui.rooms import RoomHost
from tutor.ui.style import Themed, colour, palette, set_role, set_style_sheet

log = logging.getLogger(__name__)

PIXELS_PER_CHAR = 9
PASSED = Qt.ItemDataRole.UserRole + 1  # a result item: whether its check passed


def make_room(host: RoomHost) -> SheetsRoom:
    return SheetsRoom(host)


class SheetsRoom(Themed, Retranslating, QWidget):
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

        # Tasks
        self.tasks = QListWidget()
        self.tasks.setObjectName("sheetsTaskList")
        self.tasks.setMinimumWidth(220)
        self.tasks.setMaximumWidth(300)
        self.tasks.setWordWrap(True)
        self.tasks.currentItemChanged.connect(self._task_chosen)
        self.tasks.itemActivated.connect(self._task_activated)

        # Instructions
        self.task_title = set_role(QLabel(), "title")
        self.task_title.setObjectName("sheetsTaskTitle")
        self.instructions = QLabel()
        self.instructions.setObjectName("sheetsInstructions")
        self.instructions.setWordWrap(True)
        self.instructions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.instruction_bar = InstructionBar("sheets", self.instructions)
        self.hint_button = QPushButton()
        self.hint_button.setObjectName("sheetsHint")
        self.hint_button.clicked.connect(self._show_hint)
        self.hint_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.hint = set_role(QLabel(), "hint")
        self.hint.setObjectName("sheetsHintText")
        self.hint.setWordWrap(True)
        self.hint.hide()

        # Tool bar
        self.buttons: dict[str, QToolButton] = {}
        rows = (("undo", "redo", "|", "bold", "money", "percent", "date", "more_decimals",
                 "fewer_decimals", "|", "chart"),
                ("fill_down", "fill_right", "|", "insert_row", "delete_row", "|", "sort_up",
                 "sort_down", "|", "open", "save"))
        bar = QVBoxLayout()
        bar.setSpacing(4)
        for names in rows:
            line = QHBoxLayout()
            line.setSpacing(4)
            for name in names:
                if name == "|":
                    line.addSpacing(12)
                    continue
                line.addWidget(self._tool(name))
            line.addStretch()
            bar.addLayout(line)
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
        self.cell_name = QLabel("A1")
        self.cell_name.setObjectName("sheetsCellName")
        self.cell_name.setMinimumWidth(60)
        self.cell_name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.formula_bar = QLineEdit()
        self.formula_bar.setObjectName("sheetsFormulaBar")
        self.formula_bar.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.formula_bar.returnPressed.connect(self._formula_entered)
        formula_row = QHBoxLayout()
        formula_row.addWidget(self.cell_name)
        formula_row.addWidget(self.formula_bar, 1)

        # Grid, tabs, chart
        self.model = SheetModel(self.book, self)
        self.model.edited.connect(self._after_edit)
        self.grid = SheetGrid()
        self.grid.setModel(self.model)
        self.delegate = CellDelegate(self.grid)
        self.delegate.text_edited.connect(self.formula_bar.setText)
        self.grid.setItemDelegate(self.delegate)
        self.grid.selectionModel().currentChanged.connect(self._current_changed)
        self.grid.command.connect(self.run)
        self.grid.horizontalHeader().sectionResized.connect(self._column_resized)
        self.tabs = QTabBar()
        self.tabs.setObjectName("sheetsTabs")
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        self.tabs.currentChanged.connect(self._sheet_chosen)
        self.result = QListWidget()
        self.result.setObjectName("sheetsResult")
        self.result.setWordWrap(True)
        self.result.hide()
        self.chart_view = ChartView()
        self.chart_view.hide()
        splitter = QSplitter()
        splitter.setObjectName("sheetsSplitter")
        splitter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        side = QWidget()
        side.setObjectName("sheetsSide")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
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
        self.restart_button.clicked.connect(self.restart)
        self.status = QLabel()
        self.status.setObjectName("sheetsStatus")
        self.status.setWordWrap(True)

        top = QVBoxLayout()
        top.addWidget(self.task_title)
        top.addWidget(self.instruction_bar)
        self.instruction_bar.add_action(self.hint_button)
        self.instruction_bar.limit_lines(6)
        top.addWidget(self.hint)
        top.addLayout(bar)
        top.addLayout(formula_row)
        top.addWidget(splitter, 1)
        # One row under the grid: the sheets, what happened, and the task's buttons (the
        # grid keeps the height on a small screen).
        bottom = QHBoxLayout()
        bottom.addWidget(self.tabs)
        bottom.addWidget(self.buttons["add_sheet"])
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.restart_button)
        bottom.addWidget(self.check_button)
        top.addLayout(bottom)
        work = QWidget()
        work.setLayout(top)
        card = set_role(QFrame(), "card")
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(self.tasks)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
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

    def apply_theme(self) -> None:
        set_style_sheet(self, 'QToolButton[role="bar"] { padding: 4px 10px; min-height: 0px; }'
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
                # isolated, so "1. Title" reads the same in a right-to-left screen
                item = QListWidgetItem(f"\u2068{number}. {exercise.title}\u2069")
                item.setData(Qt.ItemDataRole.UserRole, (pack.id, exercise.id))
                self.tasks.addItem(item)
        for row in range(self.tasks.count()):
            if self.tasks.item(row).data(Qt.ItemDataRole.UserRole):
                self.tasks.setCurrentRow(row)
                break

    def open_task(self, pack_id: str, exercise_id: str) -> None:
        for row in range(self.tasks.count()):
            if self.tasks.item(row).data(Qt.ItemDataRole.UserRole) == (pack_id, exercise_id):
                self.tasks.setCurrentRow(row)
                return

    def _task_chosen(self, item: QListWidgetItem | None,
                     _previous: QListWidgetItem | None = None) -> None:
        ref = item.data(Qt.ItemDataRole.UserRole) if item else None
        if not ref:
            return
        pack = self.host.catalogue.packs[ref[0]]
        exercise = pack.exercise(ref[1])
        if not isinstance(exercise, SheetsExercise):
            return
        self.pack, self.exercise = pack, exercise
        self.restart()

    def _task_activated(self, item: QListWidgetItem) -> None:
        if item.data(Qt.ItemDataRole.UserRole):
            self.grid.setFocus()  # Enter on a task: straight to the grid

    def restart(self) -> None:
        if self.exercise is None or self.pack is None:
            return
        self.work = TaskWork(self.pack.id, self.pack.version, self.exercise, datetime.now(UTC))
        self.set_book(self.work.book)
        self.task_title.setText(self.exercise.title)
        rtl = is_right_to_left(self.pack.language if self.pack else "en")
        self.instructions.setText(with_formulas_left_to_right(self.exercise.instructions)
                                  if rtl else self.exercise.instructions.strip())
        self.instruction_bar.show_cue(cue(self.exercise),
                                      self.pack.language if self.pack else "en")
        self.hint.setText(with_formulas_left_to_right(self.exercise.hint) if rtl
                          else self.exercise.hint)
        self.hint.hide()
        self.hint_button.setVisible(bool(self.exercise.hint))
        self.result.clear()
        self.result.hide()
        self._update_side()
        self.status.setText("")

    def set_book(self, book: Workbook) -> None:
        self.book = book
        if self.work is not None:
            self.work.book = book  # a file opened during a task is the work checked
        book.decimal_comma = uses_decimal_comma(self.host.learner.ui_language)
        self.model.set_book(book)
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        for sheet in book.sheets:
            self.tabs.addTab(sheet.name)
        self.tabs.setCurrentIndex(0)
        self.tabs.blockSignals(False)
        self._apply_widths()
        self.grid.setCurrentIndex(self.model.index(0, 0))
        self._after_edit()

    def _show_hint(self) -> None:
        self.hint.setVisible(not self.hint.isVisible())

    # -- editing ------------------------------------------------------------------------
    @property
    def sheet(self) -> str:
        return self.model.sheet

    def run(self, name: str) -> None:
        """A tool bar button or a shortcut."""
        rect = self.grid.selected_rect()
        book, sheet = self.book, self.sheet
        cell = book.cell(sheet, rect[0], rect[1])
        if name == "undo":
            book.undo()
        elif name == "redo":
            book.redo()
        elif name == "bold":
            book.set_bold(sheet, rect, not cell.bold)
        elif name == "money":
            book.set_format(sheet, rect, currency_format(
                self.exercise.currency if self.exercise else "$"))
        elif name == "percent":
            book.set_format(sheet, rect, "0%")
        elif name == "date":
            book.set_format(sheet, rect, "dd/mm/yyyy")
        elif name in ("more_decimals", "fewer_decimals"):
            book.set_format(sheet, rect, stepped_decimals(cell.number_format,
                                                          more=name == "more_decimals"))
        elif name == "fill_down":
            book.fill_down(sheet, rect)
        elif name == "fill_right":
            book.fill_right(sheet, rect)
        elif name == "insert_row":
            book.insert_rows(sheet, rect[0], rect[2] - rect[0] + 1)
        elif name == "delete_row":
            book.delete_rows(sheet, rect[0], rect[2] - rect[0] + 1)
        elif name in ("sort_up", "sort_down"):
            column = sort_column(rect, self.grid.currentIndex().column())
            book.sort(sheet, rect, column, descending=name == "sort_down")
        elif name == "chart":
            self.make_chart("bar")
            return
        elif name == "add_sheet":
            book.add_sheet()
            self.tabs.addTab(book.sheets[-1].name)
            self.tabs.setCurrentIndex(self.tabs.count() - 1)
        elif name == "clear":
            book.clear(sheet, rect)
        elif name in ("copy", "cut"):
            self._clip = book.copy(sheet, rect)
            QApplication.clipboard().setText(self._clip.text())
            if name == "cut":
                book.clear(sheet, rect)
        elif name == "paste":
            pasted = book.paste_clipboard(sheet, rect[0], rect[1],
                                          QApplication.clipboard().text(), self._clip)
            if pasted is None:
                return
            self.grid.select_rect(pasted)
        elif name == "open":
            self.open_dialog()
            return
        elif name == "save":
            self.save_dialog()
            return
        self._after_edit()

    def make_chart(self, kind: str) -> None:
        self.book.add_chart(self.sheet, self.grid.selected_rect(), kind)
        self._after_edit()

    def _after_edit(self) -> None:
        self.model.refresh()
        self._current_changed(self.grid.currentIndex())
        sheet = self.book.sheet(self.sheet)
        self.chart_view.show_chart(self.book, sheet.name, sheet.charts[-1] if sheet.charts
                                   else None)
        self.buttons["undo"].setEnabled(self.book.can_undo())
        self.buttons["redo"].setEnabled(self.book.can_redo())
        circular = self.book.first_circular(sheet.name)
        if circular:
            self.status.setText(self.tr("{cell} uses its own cell: a circular reference. "
                                        "Change its formula.").format(cell=circular))

    def _update_side(self) -> None:
        self.side.setVisible(self.result.count() > 0 or self.chart_view.chart is not None)

    def _current_changed(self, current: QModelIndex,
                         _previous: QModelIndex | None = None) -> None:
        if not current.isValid():
            return
        self.cell_name.setText(cell_name(current.row(), current.column()))
        self.formula_bar.setText(content_text(
            self.book.content(self.sheet, current.row(), current.column()),
            self.book.decimal_comma))

    def _formula_entered(self) -> None:
        current = self.grid.currentIndex()
        if not current.isValid():
            return
        self.model.setData(current, self.formula_bar.text())
        self.grid.setFocus()
        self.grid.move_current(1, 0)

    def _sheet_chosen(self, index: int) -> None:
        if 0 <= index < len(self.book.sheets):
            self.model.set_sheet(self.book.sheets[index].name)
            self._apply_widths()
            self.grid.setCurrentIndex(self.model.index(0, 0))
            self._after_edit()

    def _apply_widths(self) -> None:
        header = self.grid.horizontalHeader()
        header.blockSignals(True)
        widths = self.book.sheet(self.sheet).widths
        for col in range(COLS):
            header.resizeSection(col, round(widths[col] * PIXELS_PER_CHAR)
                                 if col in widths else header.defaultSectionSize())
        header.blockSignals(False)

    def _column_resized(self, col: int, _old: int, new: int) -> None:
        # not an undo step: a drag of the column edge resizes many times
        self.book.set_width(self.sheet, col, new / PIXELS_PER_CHAR, undoable=False)

    # -- files --------------------------------------------------------------------------
    def open_dialog(self) -> None:
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
            self.set_book(load_workbook(path))
        except TutorError as exc:
            self.status.setText(translate_error(exc))

    def save_file(self, path: Path) -> None:
        from tutor.skills.sheets.xlsx import save_workbook

        try:
            save_workbook(self.book, path)
        except TutorError as exc:
            self.status.setText(translate_error(exc))
            return
        self.status.setText(self.tr("Saved in {file}").format(file=str(path)))

    # -- grading ------------------------------------------------------------------------
    def check(self) -> None:
        if self.work is None:
            return
        if self.grid.state() == QAbstractItemView.State.EditingState:
            self.grid.setFocus()  # commit what is being typed
            self.grid.closePersistentEditor(self.grid.currentIndex())
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
            self.status.setText(translate_error(exc))
            return
        if verdict.passed:
            self.status.setText(self.tr("Well done! Everything is right. Saved."))
        else:
            self.status.setText(self.tr("Not yet: {score}% right. Saved. Read the list, "
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
