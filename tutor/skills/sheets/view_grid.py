"""The grid of the spreadsheet room: one sheet of the workbook as a Qt table model, the
table view with the keys of Calc and Excel, and the cell editor. It shows what
``engine.py`` and ``cell_text.py`` say a cell holds and shows; typing goes to the
workbook."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from tutor.skills.sheets.cell_text import content_text
from tutor.skills.sheets.engine import Rect, Workbook
from tutor.skills.sheets.references import column_letters
from tutor.skills.sheets.values import ErrorValue
from tutor.ui.style import NORMAL, set_style_sheet

ROWS, COLS = 100, 26
Index = QModelIndex | QPersistentModelIndex  # what Qt's model methods are given

# The grid is paper: black on white in the high-contrast theme too, as a printed sheet
# and as Calc and Excel show it, so its colours are the normal theme's, on purpose.
PAPER = NORMAL


def grid_style_sheet() -> str:
    return (
        f"QTableView {{ background: {PAPER.surface}; color: {PAPER.surface_text}; "
        f"gridline-color: {PAPER.border}; selection-background-color: {PAPER.selection}; "
        f"selection-color: {PAPER.selection_text}; }}"
        f"QHeaderView::section {{ background: {PAPER.header}; color: {PAPER.surface_text}; "
        f"border: 1px solid {PAPER.border_strong}; padding: 2px; }}"
    )


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

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else max(ROWS, self.book.sheet(self.sheet).used_rows() + 20)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.book.shown(self.sheet, row, col)
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
            if isinstance(value, bool | ErrorValue):
                horizontal = Qt.AlignmentFlag.AlignHCenter
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute)
        if role == Qt.ItemDataRole.ForegroundRole:
            if isinstance(self.book.value(self.sheet, row, col), ErrorValue):
                return QColor(PAPER.bad)
        return None

    def setData(self, index: Index, value: object,
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

    def flags(self, index: Index) -> Qt.ItemFlag:
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_letters(section)
        return str(section + 1)


class CellDelegate(QStyledItemDelegate):
    """The editor of a cell: left to right whatever the language (formulas and cell
    references read left to right), and what is typed shows in the formula bar too."""

    text_edited = Signal(str)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
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
        set_style_sheet(self, grid_style_sheet())

    def move_current(self, rows: int, cols: int) -> None:
        """Make the cell ``rows`` down and ``cols`` right of the current one current."""
        current = self.currentIndex()
        row = min(max(current.row() + rows, 0), self.model().rowCount() - 1)
        col = min(max(current.column() + cols, 0), self.model().columnCount() - 1)
        self.setCurrentIndex(self.model().index(row, col))

    def keyPressEvent(self, event: QKeyEvent) -> None:
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
                self.move_current(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1, 0)
                return
            if key == Qt.Key.Key_Tab:
                self.move_current(0, 1)
                return
            if key == Qt.Key.Key_Backtab:
                self.move_current(0, -1)
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.command.emit("clear")
                return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget,
                    hint: QAbstractItemDelegate.EndEditHint) -> None:
        end = QAbstractItemDelegate.EndEditHint
        if hint == end.SubmitModelCache:
            super().closeEditor(editor, end.NoHint)
            self.move_current(1, 0)
        elif hint == end.EditNextItem:
            super().closeEditor(editor, end.NoHint)
            self.move_current(0, 1)
        elif hint == end.EditPreviousItem:
            super().closeEditor(editor, end.NoHint)
            self.move_current(0, -1)
        else:
            super().closeEditor(editor, hint)

    def selected_rect(self) -> Rect:
        ranges = self.selectionModel().selection()
        if ranges.isEmpty():
            current = self.currentIndex()
            row, col = max(current.row(), 0), max(current.column(), 0)
            return row, col, row, col
        first = ranges.first()
        return first.top(), first.left(), first.bottom(), first.right()

    def select_rect(self, rect: Rect) -> None:
        top, left, bottom, right = rect
        model = self.model()
        self.setCurrentIndex(model.index(top, left))
        selection = QItemSelection(model.index(top, left), model.index(bottom, right))
        self.selectionModel().select(selection,
                                     QItemSelectionModel.SelectionFlag.ClearAndSelect)
