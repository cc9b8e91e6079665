"""A spreadsheet task as a placement item: one task of the spreadsheet skill, done in
the room's own grid (with its formula bar and tools) from the task's starting cells,
graded by the room's ``grade_workbook``, never recorded (the placement's attempt is the
one recorded) and never kept as a draft.

"Check my work" ends it: ``answered`` carries the skill's ``Verdict`` and the widget takes
no more input. The rules are the workbook's (``engine.py``), the grading ``grading.py``'s.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tutor.content import LessonPack
from tutor.grading import Verdict
from tutor.i18n import is_right_to_left
from tutor.i18n.qt import ui_language
from tutor.skills.sheets.cell_text import uses_decimal_comma, uses_month_first
from tutor.skills.sheets.engine import Clip, TaskWork
from tutor.skills.sheets.grading import grade_workbook
from tutor.skills.sheets.model import SheetsExercise, cue
from tutor.skills.sheets.view_chart import ChartView
from tutor.skills.sheets.view_editing import WorkbookEditing
from tutor.skills.sheets.view_tools import ToolStrip
from tutor.ui.instruction import InstructionBar, with_formulas_left_to_right
from tutor.ui.retranslate import Retranslating
from tutor.ui.style import set_role, set_style_sheet

TOOLS = ("undo", "redo", "bold", "money", "percent", "date", "more_decimals",
         "fewer_decimals", "chart", "fill_down", "fill_right", "insert_row", "delete_row",
         "sort_up", "sort_down")
LARGE_TEXT = 15  # points: a large text size, as the room counts it
TALL = 480  # pixels: from this height the instructions show 4 lines, not 2


def make_item(pack: LessonPack, exercise: SheetsExercise, clock: Callable[[], datetime | float],
              parent: QWidget | None = None) -> SheetsPlacementItem:
    """The placement item of ``exercise`` (the registry's ``placement_item`` hook)."""
    return SheetsPlacementItem(pack, exercise, clock, parent)


def moment(clock: Callable[[], datetime | float]) -> datetime:
    """The time now for the skill's engine. The placement's clock gives seconds (it times
    its items with ``time.monotonic``); a clock that gives a ``datetime`` (tests) is used
    as it is. The moment only dates the engine's attempt, which is never recorded."""
    now = clock()
    return now if isinstance(now, datetime) else datetime.now(UTC)


def _room(text: str) -> str:
    """The room's own words for the same tools (translated there already)."""
    return QCoreApplication.translate("SheetsRoom", text)


class ItemLayout(QVBoxLayout):
    """The layout of what the item's scroll area holds: it takes the height the
    placement gives (texts and lists scroll inside) rather than the height its wrapped
    words would like, so the buttons stay in view; below its minimum, it scrolls."""

    def hasHeightForWidth(self) -> bool:
        return False


class SheetsPlacementItem(WorkbookEditing, Retranslating, QWidget):
    """One spreadsheet task as a placement item; ``answered`` carries its ``Verdict``."""

    answered = Signal(object)  # tutor.grading.Verdict

    def __init__(self, pack: LessonPack, exercise: SheetsExercise,
                 clock: Callable[[], datetime | float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheetsPlacementItem")
        self.exercise = exercise
        self.clock = clock
        self.verdict: Verdict | None = None
        self.work = TaskWork(pack.id, pack.version, exercise, moment(clock))
        self.book = self.work.book
        language = ui_language()
        self.book.decimal_comma = uses_decimal_comma(language)
        self.book.month_first = uses_month_first(language)
        self._clip: Clip | None = None

        # The task
        self.instructions = QLabel()
        self.instructions.setObjectName("sheetsPlacementInstructions")
        self.instructions.setWordWrap(True)
        self.instructions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rtl = is_right_to_left(pack.language)
        self.instructions.setText(with_formulas_left_to_right(exercise.instructions) if rtl
                                  else exercise.instructions.strip())
        self.instruction_bar = InstructionBar("sheetsPlacement", self.instructions)
        self._lines = 2
        self.instruction_bar.limit_lines(self._lines)  # more when there is room (resizeEvent)
        self.instruction_bar.show_cue(cue(exercise), pack.language)
        self.hint_button = QToolButton()
        set_role(self.hint_button, "bar")
        self.hint_button.setObjectName("sheetsPlacementHint")
        self.hint_button.clicked.connect(self._show_hint)
        self.hint = set_role(QLabel(), "hint")
        self.hint.setObjectName("sheetsPlacementHintText")
        self.hint.setWordWrap(True)
        self.hint.setText(with_formulas_left_to_right(exercise.hint) if rtl else exercise.hint)
        self.hint.hide()

        # The room's tools, in one row; what does not fit is in "More"
        self.buttons: dict[str, QToolButton] = {}
        more = QToolButton()
        more.setObjectName("sheetsTool:more")
        set_role(more, "bar")
        self.tool_strip = ToolStrip(more)
        self.tool_strip.setObjectName("sheetsPlacementTools")
        self.tool_strip.add(self.hint_button)  # first, as in the room
        self.tool_strip.set_wanted(self.hint_button, bool(exercise.hint))
        for name in TOOLS:
            button = QToolButton()
            button.setObjectName(f"sheetsTool:{name}")
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            set_role(button, "bar")
            button.clicked.connect(lambda _=False, n=name: self.run(n))
            self.buttons[name] = button
            self.tool_strip.add(button)
        self.tool_strip.set_max_rows(1)
        chart_menu = QMenu(self.buttons["chart"])
        chart_menu.setObjectName("sheetsChartMenu")
        self.chart_bars = chart_menu.addAction("")
        self.chart_bars.triggered.connect(lambda: self.make_chart("bar"))
        self.chart_line = chart_menu.addAction("")
        self.chart_line.triggered.connect(lambda: self.make_chart("line"))
        self.buttons["chart"].setMenu(chart_menu)
        self.buttons["chart"].setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        # The formula bar
        formula_row = self._make_editor()  # the formula bar, the grid, the sheet tabs
        for sheet in self.book.sheets:
            self.tabs.addTab(sheet.name)
        self.tabs.setVisible(len(self.book.sheets) > 1)
        self.tabs.currentChanged.connect(self._sheet_chosen)
        self.chart_view = ChartView()
        self.chart_view.setMinimumSize(QSize(160, 56))
        self.chart_view.hide()
        self.splitter = QSplitter()
        self.splitter.setObjectName("sheetsPlacementSplitter")
        self.splitter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.grid)
        self.splitter.addWidget(self.chart_view)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        # Check
        self.check_button = set_role(QPushButton(), "primary")
        self.check_button.setObjectName("sheetsPlacementCheck")
        self.check_button.clicked.connect(self.check)
        self.status = QLabel()
        self.status.setObjectName("sheetsPlacementStatus")
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status.hide()  # shown with something to say
        # "Check my work" under "Read aloud", beside the task (as the email client's "I
        # have checked every message"): the grid keeps the height of a row of buttons.
        self.instruction_bar.add_action(self.check_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.tabs)
        bottom.addWidget(self.status, 1)

        # Everything scrolls inside when the placement gives the item less than it needs.
        self.content = QWidget()
        self.content.setObjectName("sheetsPlacementContent")
        layout = ItemLayout(self.content)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(5)
        layout.addWidget(self.instruction_bar)
        layout.addWidget(self.hint)
        layout.addWidget(self.tool_strip)
        layout.addLayout(formula_row)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("sheetsPlacementScroll")
        self.scroll_area.setWidget(self.content)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.viewport().setAutoFillBackground(False)
        self.content.setAutoFillBackground(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

        for keys, name in (("Ctrl+Z", "undo"), ("Ctrl+Y", "redo"), ("Ctrl+Shift+Z", "redo"),
                           ("Ctrl+B", "bold"), ("Ctrl+D", "fill_down"), ("Ctrl+R", "fill_right"),
                           ("Ctrl+C", "copy"), ("Ctrl+V", "paste"), ("Ctrl+X", "cut")):
            shortcut = QShortcut(QKeySequence(keys), self.grid)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda n=name: self.run(n))

        set_style_sheet(self, 'QToolButton[role="bar"] { padding: 2px 8px; min-height: 0px; }'
                        "QLineEdit#sheetsFormulaBar { padding: 2px 6px; }"
                        "QPushButton#sheetsPlacementCheck { padding: 4px 14px; }")
        self.setFocusProxy(self.grid)  # the keyboard starts in the grid, at A1
        self._apply_widths()
        self.grid.go(0, 0)
        self.retranslate()
        self._after_edit()

    # -- editing, as in the room ------------------------------------------------------------
    def run(self, name: str) -> None:
        """A tool button or a shortcut (nothing once answered)."""
        if self.verdict is None:
            super().run(name)

    def make_chart(self, kind: str) -> None:
        if self.verdict is None:
            super().make_chart(kind)

    def _after_edit(self, changed: bool = True) -> None:
        self.model.refresh()
        self._current_changed(self.grid.currentIndex())
        sheet = self.book.sheet(self.sheet)
        self.chart_view.show_chart(self.book, sheet.name, sheet.charts[-1] if sheet.charts
                                   else None)
        self.buttons["undo"].setEnabled(self.book.can_undo())
        self.buttons["redo"].setEnabled(self.book.can_redo())
        circular = self.book.first_circular(sheet.name)
        self._say(_room("{cell} uses its own cell: a circular reference. "
                        "Change its formula.").format(cell=circular) if circular else "")

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _show_hint(self) -> None:
        self.hint.setVisible(not self.hint.isVisible())

    def commit_typing(self) -> None:
        """End what is being typed in a cell (its entry is kept, as a click elsewhere)."""
        if self.grid.state() == QAbstractItemView.State.EditingState and \
                self.grid.editor is not None:
            editor = self.grid.editor
            self.grid.commitData(editor)
            self.grid.closeEditor(editor, self.delegate.EndEditHint.NoHint)

    # -- finishing: the skill grades, the placement gets the verdict ----------------------
    def check(self) -> None:
        if self.verdict is not None:
            return
        self.commit_typing()
        if self.formula_bar.isModified():  # typed in the bar, Enter not pressed
            self._bar_entry_ended()
        self.verdict = grade_workbook(self.exercise, self.book)
        for part in (self.grid, self.formula_bar, self.tool_strip, self.tabs,
                     self.check_button):
            part.setEnabled(False)
        self.answered.emit(self.verdict)

    # -- words --------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        """The instructions are the task: as many lines as the height allows (4 from
        480 pixels, else 2, one fewer in large text; longer ones scroll)."""
        super().resizeEvent(event)
        lines = 4 if self.height() >= TALL else 2
        if self.font().pointSizeF() >= LARGE_TEXT:  # (large text: one line fewer)
            lines -= 1
        if lines != self._lines:
            self._lines = lines
            self.instruction_bar.limit_lines(lines)

    def retranslate(self) -> None:
        texts = {
            "undo": (_room("Undo"), _room("Undo the last change (Ctrl+Z)")),
            "redo": (_room("Redo"), _room("Redo (Ctrl+Y)")),
            "bold": (_room("Bold"), _room("Bold text (Ctrl+B)")),
            "money": (_room("Money"), _room("Show as money, with 2 decimals")),
            "percent": (_room("%"), _room("Show as a percentage")),
            "date": (_room("Date"), _room("Show as a date")),
            "more_decimals": (_room(".0+"), _room("One more decimal place")),
            "fewer_decimals": (_room(".0-"), _room("One decimal place less")),
            "fill_down": (_room("Fill down"), _room(
                "Copy the top cell into the selected cells below (Ctrl+D)")),
            "fill_right": (_room("Fill right"), _room(
                "Copy the left cell into the selected cells on the right (Ctrl+R)")),
            "insert_row": (_room("Insert row"), _room("Insert a row above the selection")),
            "delete_row": (_room("Delete row"), _room("Delete the selected rows")),
            "sort_up": (_room("Sort A to Z"), _room(
                "Sort the selected rows by the current column, smallest first")),
            "sort_down": (_room("Sort Z to A"), _room(
                "Sort the selected rows by the current column, largest first")),
            "chart": (_room("Chart"), _room("Make a chart of the selected cells")),
        }
        for name, (text, tip) in texts.items():
            self.buttons[name].setText(text)
            self.buttons[name].setToolTip(tip)
            self.buttons[name].setAccessibleName(tip)
        more = self.tool_strip.more
        more.setText(_room("More"))
        more.setToolTip(_room("More tools: the buttons that do not fit here"))
        more.setAccessibleName(_room("More tools"))
        self.tool_strip.retranslated()
        self.chart_bars.setText(_room("Bars"))
        self.chart_line.setText(_room("Line"))
        self.grid.setAccessibleName(_room("Spreadsheet grid"))
        self.grid.setAccessibleDescription(_room(
            "Arrows, Enter and Tab move between cells. To leave the grid, press Ctrl+Tab "
            "(or Ctrl+Shift+Tab to go back)."))
        self.grid.horizontalHeader().setAccessibleName(_room("Column letters"))
        self.grid.verticalHeader().setAccessibleName(_room("Row numbers"))
        self.formula_bar.setAccessibleName(_room("Formula bar: the content of the cell"))
        self.formula_bar.setPlaceholderText(_room("Type a value or a formula like =A1+B1"))
        self.cell_name.setAccessibleName(_room("Current cell"))
        self.tabs.setAccessibleName(_room("Sheets"))
        self.chart_view.setAccessibleName(_room("Chart"))
        self.hint_button.setText(_room("Show a hint"))
        self.hint_button.setAccessibleName(_room("Show a hint"))
        self.check_button.setText(_room("Check my work"))
        self.check_button.setAccessibleName(_room("Check my work"))
        self.setAccessibleName(self.tr("A spreadsheet task"))
        self.scroll_area.setAccessibleName(self.accessibleName())
