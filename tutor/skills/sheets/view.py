"""The spreadsheet room: the task list, the instructions, the grid with its formula bar
and tool bar, sheet tabs, a chart, and "Check my work". The widgets show the workbook of
``engine.py`` and forward input to it; grading is ``tasks.py``."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QPen, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
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
    QStyledItemDelegate,
    QTabBar,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tutor.errors import TutorError
from tutor.i18n import is_right_to_left
from tutor.i18n.qt import translate_error, translated
from tutor.profiles import lesson_language
from tutor.skills.sheets import formulas as fx
from tutor.skills.sheets.engine import (
    GENERAL,
    Chart,
    Workbook,
    currency_format,
    format_decimals,
    format_kind,
    with_decimals,
)
from tutor.skills.sheets.tasks import SheetsExercise, cue, grade_workbook, start_workbook
from tutor.store.attempts import record_attempt
from tutor.ui.instruction import InstructionBar, with_formulas_left_to_right
from tutor.ui.retranslate import Retranslating
from tutor.ui.style import set_role

log = logging.getLogger(__name__)

ROWS, COLS = 100, 26
PIXELS_PER_CHAR = 9


def make_room(host):  # type: ignore[no-untyped-def]
    return SheetsRoom(host)


class SheetModel(QAbstractTableModel):
    """One sheet of the workbook as a Qt table."""

    edited = Signal()

    def __init__(self, book: Workbook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.sheet = book.sheets[0].name

    def set_book(self, book: Workbook, sheet: str | None = None) -> None:
        self.beginResetModel()
        self.book = book
        self.sheet = sheet or book.sheets[0].name
        self.endResetModel()

    def set_sheet(self, sheet: str) -> None:
        self.beginResetModel()
        self.sheet = sheet
        self.endResetModel()

    def refresh(self) -> None:
        self.dataChanged.emit(self.index(0, 0), self.index(ROWS - 1, COLS - 1))

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else max(ROWS, self.book.sheet(self.sheet).used_rows() + 20)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLS

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            text = self.book.display(self.sheet, row, col)
            value = self.book.value(self.sheet, row, col)
            if self.book.decimal_comma and isinstance(value, float):
                text = french_number(text)
            return text
        if role == Qt.ItemDataRole.EditRole:
            return content_text(self.book.content(self.sheet, row, col), self.book.decimal_comma)
        if role == Qt.ItemDataRole.FontRole:
            if self.book.cell(self.sheet, row, col).bold:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            value = self.book.value(self.sheet, row, col)
            number = isinstance(value, float | int) and not isinstance(value, bool)
            horizontal = Qt.AlignmentFlag.AlignRight if number else Qt.AlignmentFlag.AlignLeft
            if isinstance(value, bool | fx.ErrorValue):
                horizontal = Qt.AlignmentFlag.AlignHCenter
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute)
        if role == Qt.ItemDataRole.ForegroundRole:
            if isinstance(self.book.value(self.sheet, row, col), fx.ErrorValue):
                return QColor("#b91c1c")
        return None

    def setData(self, index: QModelIndex, value: object,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        text = "" if value is None else str(value)
        if text == content_text(self.book.content(self.sheet, index.row(), index.column()),
                                self.book.decimal_comma):
            return False
        self.book.set_input(self.sheet, index.row(), index.column(), text)
        self.refresh()
        self.edited.emit()
        return True

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return fx.column_letters(section)
        return str(section + 1)


def content_text(content: object, decimal_comma: bool = False) -> str:
    """A cell's content as the formula bar shows it (formulas always as in Excel in
    English: 2.5 and commas between arguments)."""
    if content is None:
        return ""
    if isinstance(content, bool):
        return "TRUE" if content else "FALSE"
    if isinstance(content, float):
        text = fx.number_text(content)
        return text.replace(".", ",") if decimal_comma else text
    return str(content)


def french_number(text: str) -> str:
    """1,234.5 -> 1 234,5 (a narrow space between thousands, a decimal comma)."""
    return text.translate({ord(","): "\u202f", ord("."): ","})


class CellDelegate(QStyledItemDelegate):
    """The editor of a cell: left to right whatever the language (formulas and cell
    references read left to right), and what is typed shows in the formula bar too."""

    text_edited = Signal(str)

    def createEditor(self, parent, option, index):  # type: ignore[no-untyped-def]  # noqa: N802
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setObjectName("sheetsCellEditor")
            editor.setAccessibleName(QCoreApplication.translate("SheetsRoom", "Cell"))
            editor.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            editor.textEdited.connect(self.text_edited)
        return editor


class SheetGrid(QTableView):
    """The grid, with the keys of Calc and Excel: arrows, Enter goes down, Tab goes
    right, F2 edits, typing replaces, Delete clears, Shift extends the selection."""

    command = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheetsGrid")
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # A1 top left, always
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(True)
        self.horizontalHeader().setObjectName("sheetsColumnHeader")
        self.verticalHeader().setObjectName("sheetsRowHeader")
        self.horizontalHeader().setDefaultSectionSize(96)
        self.verticalHeader().setDefaultSectionSize(28)
        self.setStyleSheet(
            # The grid stays black on white in the high-contrast theme too, like paper.
            "QTableView { background: #ffffff; color: #111827; gridline-color: #cbd5e1; "
            "selection-background-color: #bfdbfe; selection-color: #111827; }"
            "QHeaderView::section { background: #e2e8f0; color: #111827; "
            "border: 1px solid #94a3b8; padding: 2px; }"
        )

    def move(self, rows: int, cols: int) -> None:
        current = self.currentIndex()
        row = min(max(current.row() + rows, 0), self.model().rowCount() - 1)
        col = min(max(current.column() + cols, 0), self.model().columnCount() - 1)
        self.setCurrentIndex(self.model().index(row, col))

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        key = event.key()
        if self.state() != QAbstractItemView.State.EditingState:
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and (
                    event.modifiers() & Qt.KeyboardModifier.ControlModifier):
                # Tab moves between cells, so Ctrl+Tab (Ctrl+Shift+Tab) leaves the grid.
                forward = key == Qt.Key.Key_Tab and not (
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                QWidget.focusNextPrevChild(self, forward)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.move(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1, 0)
                return
            if key == Qt.Key.Key_Tab:
                self.move(0, 1)
                return
            if key == Qt.Key.Key_Backtab:
                self.move(0, -1)
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.command.emit("clear")
                return
        super().keyPressEvent(event)

    def closeEditor(self, editor, hint) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        end = QAbstractItemDelegate.EndEditHint
        if hint == end.SubmitModelCache:
            super().closeEditor(editor, end.NoHint)
            self.move(1, 0)
        elif hint == end.EditNextItem:
            super().closeEditor(editor, end.NoHint)
            self.move(0, 1)
        elif hint == end.EditPreviousItem:
            super().closeEditor(editor, end.NoHint)
            self.move(0, -1)
        else:
            super().closeEditor(editor, hint)

    def selected_rect(self) -> tuple[int, int, int, int]:
        ranges = self.selectionModel().selection()
        if ranges.isEmpty():
            current = self.currentIndex()
            row, col = max(current.row(), 0), max(current.column(), 0)
            return row, col, row, col
        first = ranges[0]
        return first.top(), first.left(), first.bottom(), first.right()

    def select_rect(self, rect: tuple[int, int, int, int]) -> None:
        top, left, bottom, right = rect
        model = self.model()
        self.setCurrentIndex(model.index(top, left))
        from PySide6.QtCore import QItemSelection

        selection = QItemSelection(model.index(top, left), model.index(bottom, right))
        self.selectionModel().select(selection,
                                     QItemSelectionModel.SelectionFlag.ClearAndSelect)


class ChartView(QWidget):
    """A simple bar or line chart of a range: the first column names the bars, the
    other columns are the series; a first row of text gives their names."""

    COLOURS = ("#0f766e", "#1d4ed8", "#b45309", "#7c3aed", "#be123c")
    visibility_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheetsChart")
        self.setMinimumSize(QSize(260, 200))
        self.book: Workbook | None = None
        self.sheet = ""
        self.chart: Chart | None = None

    def show_chart(self, book: Workbook, sheet: str, chart: Chart | None) -> None:
        self.book, self.sheet, self.chart = book, sheet, chart
        self.setVisible(chart is not None)
        self.update()
        self.visibility_changed.emit()

    def series(self) -> tuple[list[str], list[tuple[str, list[float]]]]:
        assert self.book is not None and self.chart is not None
        top, left, bottom, right = self.chart.rect
        book, sheet = self.book, self.sheet

        def number(value: object) -> float | None:
            return float(value) if isinstance(value, float | int) and not isinstance(
                value, bool) else None

        header = any(isinstance(book.value(sheet, top, c), str) for c in range(left, right + 1))
        first_data = top + 1 if header and bottom > top else top
        label_col = left if right > left and any(
            number(book.value(sheet, r, left)) is None for r in range(first_data, bottom + 1)
        ) else None
        labels = [book.display(sheet, r, label_col) if label_col is not None else str(r + 1)
                  for r in range(first_data, bottom + 1)]
        out = []
        for col in range(left, right + 1):
            if col == label_col:
                continue
            name = book.display(sheet, top, col) if header else fx.column_letters(col)
            values = [number(book.value(sheet, r, col)) or 0.0
                      for r in range(first_data, bottom + 1)]
            out.append((name, values))
        return labels, out

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if self.book is None or self.chart is None:
            painter.end()
            return
        labels, series = self.series()
        area = QRectF(self.rect()).adjusted(48, 30, -12, -40)
        painter.setPen(QPen(QColor("#94a3b8"), 1))
        painter.drawRect(QRectF(self.rect()).adjusted(0, 0, -1, -1))
        values = [v for _, vs in series for v in vs] or [0.0]
        high, low = max(max(values), 0.0), min(min(values), 0.0)
        span = (high - low) or 1.0

        def y(value: float) -> float:
            return area.bottom() - (value - low) / span * area.height()

        painter.setPen(QPen(QColor("#475569"), 1))
        painter.drawLine(QPointF(area.left(), y(0)), QPointF(area.right(), y(0)))
        painter.drawLine(area.bottomLeft(), area.topLeft())
        painter.drawText(QRectF(0, area.top() - 8, 44, 16), Qt.AlignmentFlag.AlignRight,
                         fx.number_text(round(high, 2)))
        count = max(len(labels), 1)
        slot = area.width() / count
        for s, (name, points) in enumerate(series):
            colour = QColor(self.COLOURS[s % len(self.COLOURS)])
            if self.chart.kind == "line":
                painter.setPen(QPen(colour, 3))
                pts = [QPointF(area.left() + slot * (i + 0.5), y(v)) for i, v in enumerate(points)]
                for a, b in zip(pts, pts[1:], strict=False):
                    painter.drawLine(a, b)
                painter.setBrush(colour)
                for p in pts:
                    painter.drawEllipse(p, 4, 4)
            else:
                width = slot * 0.7 / max(len(series), 1)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                for i, v in enumerate(points):
                    x = area.left() + slot * i + slot * 0.15 + width * s
                    painter.drawRect(QRectF(x, min(y(v), y(0)), width, abs(y(v) - y(0))))
            painter.setPen(colour)
            painter.drawText(QRectF(area.left() + 110 * s, 4, 108, 20),
                             Qt.AlignmentFlag.AlignLeft, name)
        painter.setPen(QColor("#111827"))
        metrics = painter.fontMetrics()
        for i, label in enumerate(labels):
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(slot) - 2)
            painter.drawText(QRectF(area.left() + slot * i, area.bottom() + 4, slot, 30),
                             Qt.AlignmentFlag.AlignHCenter, text)
        painter.end()


class SheetsRoom(Retranslating, QWidget):
    """The spreadsheet skill's room."""

    def __init__(self, host, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("sheetsRoom")
        self.host = host
        self.pack = None
        self.exercise: SheetsExercise | None = None
        self.started = datetime.now(UTC)
        self.book = Workbook()
        self._clip = None
        self._clip_text = ""

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

        self.setStyleSheet(
            'QToolButton[role="bar"] { padding: 4px 10px; min-height: 0px; }'
            "QListWidget#sheetsResult { background: #ffffff; }")
        self.setFocusProxy(self.tasks)  # the keyboard starts in the tasks: Enter opens one
        self.retranslate()
        self._fill_tasks()

    def _tool(self, name: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(f"sheetsTool:{name}")
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        set_role(button, "bar")
        button.clicked.connect(lambda _=False, n=name: self.run(n))
        self.buttons[name] = button
        return button

    # -- tasks --------------------------------------------------------------------------
    def _packs(self) -> list:  # type: ignore[type-arg]
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
            for number, exercise in enumerate(pack.exercises, start=1):
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

    def _task_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:  # type: ignore[no-untyped-def]
        ref = item.data(Qt.ItemDataRole.UserRole) if item else None
        if not ref:
            return
        pack = self.host.catalogue.packs[ref[0]]
        self.pack, self.exercise = pack, pack.exercise(ref[1])
        self.restart()

    def _task_activated(self, item: QListWidgetItem) -> None:
        if item.data(Qt.ItemDataRole.UserRole):
            self.grid.setFocus()  # Enter on a task: straight to the grid

    def restart(self) -> None:
        if self.exercise is None:
            return
        self.set_book(start_workbook(self.exercise))
        self.started = datetime.now(UTC)
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
        book.decimal_comma = self.host.learner.ui_language == "fr"
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
            code = cell.number_format
            places = format_decimals(code) if format_kind(code) not in ("general", "date") else (
                0 if name == "more_decimals" else 1)
            places += 1 if name == "more_decimals" else -1
            book.set_format(sheet, rect, with_decimals(code if code != GENERAL else "0", places))
        elif name == "fill_down":
            book.fill_down(sheet, rect)
        elif name == "fill_right":
            book.fill_right(sheet, rect)
        elif name == "insert_row":
            book.insert_rows(sheet, rect[0], rect[2] - rect[0] + 1)
        elif name == "delete_row":
            book.delete_rows(sheet, rect[0], rect[2] - rect[0] + 1)
        elif name in ("sort_up", "sort_down"):
            column = self.grid.currentIndex().column()
            if not rect[1] <= column <= rect[3]:
                column = rect[1]
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
            self._clip_text = self._clip.text()
            QApplication.clipboard().setText(self._clip_text)
            if name == "cut":
                book.clear(sheet, rect)
        elif name == "paste":
            text = QApplication.clipboard().text()
            if self._clip is not None and text == self._clip_text:
                pasted = book.paste(sheet, rect[0], rect[1], self._clip)
            elif text:
                pasted = book.paste_text(sheet, rect[0], rect[1], text)
            else:
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
        circular = [k for k in self.book.circular if k[0] == sheet.name]
        if circular:
            self.status.setText(self.tr("{cell} uses its own cell: a circular reference. "
                                        "Change its formula.").format(
                cell=fx.cell_name(*min(circular)[1:])))

    def _update_side(self) -> None:
        self.side.setVisible(self.result.count() > 0 or self.chart_view.chart is not None)

    def _current_changed(self, current: QModelIndex, _previous=None) -> None:  # type: ignore[no-untyped-def]
        if not current.isValid():
            return
        self.cell_name.setText(fx.cell_name(current.row(), current.column()))
        self.formula_bar.setText(content_text(
            self.book.content(self.sheet, current.row(), current.column()),
            self.book.decimal_comma))

    def _formula_entered(self) -> None:
        current = self.grid.currentIndex()
        if not current.isValid():
            return
        self.model.setData(current, self.formula_bar.text())
        self.grid.setFocus()
        self.grid.move(1, 0)

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
        if self.exercise is None or self.pack is None:
            return
        if self.grid.state() == QAbstractItemView.State.EditingState:
            self.grid.setFocus()  # commit what is being typed
            self.grid.closePersistentEditor(self.grid.currentIndex())
        verdict = grade_workbook(self.exercise, self.book)
        finished = datetime.now(UTC)
        self.result.clear()
        for feedback in verdict.feedback:
            mark = "✓" if feedback.passed else "✗"
            item = QListWidgetItem(
                f"{mark} {translated(feedback.context, feedback.message, feedback.params)}")
            item.setForeground(QColor("#166534" if feedback.passed else "#991b1b"))
            self.result.addItem(item)
        self.result.show()
        self._update_side()
        failed = [f.criterion for f in verdict.feedback if not f.passed]
        try:
            record_attempt(
                self.host.db, self.host.learner.id, "sheets", self.exercise.id, self.pack.id,
                self.pack.version, self.started, finished, verdict.score, verdict.passed,
                metrics={"checks": len(verdict.feedback), "failed": len(failed),
                         "formulas": sum(1 for _ in self.book.formula_cells())},
                details={"failed": failed},
            )
        except TutorError as exc:
            self.status.setText(translate_error(exc))
            return
        if verdict.passed:
            self.status.setText(self.tr("Well done! Everything is right. Saved."))
        else:
            self.status.setText(self.tr("Not yet: {score}% right. Saved. Read the list, "
                                        "correct, and check again.").format(
                score=round(verdict.score * 100)))
        self.host.progress_changed()

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
