"""The grid of the spreadsheet room: one sheet of the workbook as a Qt table model, the
table view with the keys and mouse of Calc and Excel, and the cell editor. It shows what
``engine.py`` and ``cell_text.py`` say a cell holds and shows; typing goes to the
workbook. The rules it follows are pure: ``navigation.py`` (Ctrl+arrows, Tab then
Enter, the active cell of a selection) and ``entry.py`` (point mode)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from tutor.skills.sheets.cell_text import content_text
from tutor.skills.sheets.engine import Rect, Workbook
from tutor.skills.sheets.entry import Pointer, can_point, point_at, stepped
from tutor.skills.sheets.navigation import EntryRow, data_edge, selection_rect, used_corner
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


def editor_style_sheet() -> str:
    """The cell editor: as tall as the row, its text not cut (no padding of a form's box)."""
    return (f"QLineEdit {{ background: {PAPER.surface}; color: {PAPER.surface_text}; "
            f"border: 2px solid {PAPER.focus}; border-radius: 0px; padding: 0px 2px; "
            "margin: 0px; min-height: 0px; }")


ARROWS = {Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0), Qt.Key.Key_Left: (0, -1),
          Qt.Key.Key_Right: (0, 1)}


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

    def filled(self, row: int, col: int) -> bool:
        """Whether a cell holds something (what Ctrl+arrows stop at)."""
        cell = self.book.sheet(self.sheet).cells.get((row, col))
        return cell is not None and cell.content not in (None, "")

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


class ReferenceEdit(QLineEdit):
    """A line where a formula is typed (the cell editor, the formula bar): it keeps the
    reference being pointed at (point mode) and its mode, as in Calc and Excel: "enter"
    when typing replaced the cell (arrows end the entry, or point at cells after an
    operator), "edit" after F2 or a double click (arrows move in the text)."""

    changed = Signal(str)  # the text, after typing or pointing

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = "enter"
        self.pointer: Pointer | None = None
        self.arrow_handler: SheetGrid | None = None
        self.textEdited.connect(self._typed)

    def _typed(self, text: str) -> None:
        self.pointer = None  # typing ends the reference being pointed at
        self.changed.emit(text)

    def pointing(self) -> bool:
        """Whether the reference pointed at ends at the cursor (an arrow moves it)."""
        return self.pointer is not None and self.pointer.end == self.cursorPosition()

    def can_take_reference(self) -> bool:
        return self.pointing() or can_point(self.text(), self.cursorPosition())

    def point(self, cell: tuple[int, int], extend: bool) -> bool:
        """Put the reference of ``cell`` at the cursor (or move the one pointed at)."""
        result = point_at(self.text(), self.cursorPosition(),
                          self.pointer if self.pointing() else None, cell, extend)
        if result is None:
            return False
        text, self.pointer = result
        self.setText(text)
        self.setCursorPosition(self.pointer.end)
        self.changed.emit(text)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key == Qt.Key.Key_F2 and self.objectName() == "sheetsCellEditor":
            self.mode = "edit" if self.mode == "enter" else "enter"  # Excel's F2 toggle
            self.pointer = None
            return
        if key in ARROWS and self.arrow_handler is not None and not modifiers & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            if self.arrow_handler.editor_arrow(self, key, bool(
                    modifiers & Qt.KeyboardModifier.ShiftModifier)):
                return
        super().keyPressEvent(event)


class CellDelegate(QStyledItemDelegate):
    """The editor of a cell: left to right whatever the language (formulas and cell
    references read left to right), as tall as the row, and what is typed shows in the
    formula bar too. While a formula takes a reference, a click on the grid does not end
    the entry: the grid puts the cell's reference in (point mode)."""

    text_edited = Signal(str)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        editor = ReferenceEdit(parent)
        editor.setObjectName("sheetsCellEditor")
        editor.setAccessibleName(QCoreApplication.translate("SheetsRoom", "Cell"))
        editor.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        editor.setFrame(False)
        editor.setStyleSheet(editor_style_sheet())
        editor.changed.connect(self.text_edited)
        grid = self.parent()
        if isinstance(grid, SheetGrid):
            editor.arrow_handler = grid
            grid.editor = editor
        return editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, ReferenceEdit):
            grid = self.parent()
            if isinstance(grid, SheetGrid) and grid.may_point(watched):
                # Perhaps a click on a cell while the formula takes a reference: the
                # grid decides once the click has arrived (the entry goes on, or ends
                # as Qt ends it).
                QTimer.singleShot(0, lambda: grid.focus_left(watched))
                return False
        return super().eventFilter(watched, event)


class SheetGrid(QTableView):
    """The grid, with the keys and mouse of Calc and Excel: arrows (which also end an
    entry being typed), Enter goes down (back to the column a row typed with Tab started
    in), Tab goes right, Ctrl+arrows jump to the edge of the data, Shift stretches the
    selection from the active cell, F2 edits the cell with the cursor at the end, typing
    replaces, Escape cancels, Delete clears; while a formula is typed, clicks and arrows
    point at cells."""

    command = Signal(str)
    editing_finished = Signal()  # an entry ended (typed in, or cancelled with Escape)
    bar_entry_ended = Signal()  # a click on a cell ends what was typed in the formula bar

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
        self.editor: ReferenceEdit | None = None  # the cell editor while one is open
        self.formula_bar: ReferenceEdit | None = None  # the room's, for point mode
        self.entry_row = EntryRow()
        self._corner: tuple[int, int] | None = None  # the selection's far corner
        self._entry_move = False  # a move by Tab or Enter (keeps the row's start column)
        self._pointing_with: ReferenceEdit | None = None  # a drag pointing at cells
        self._drag_from: tuple[int, int] | None = None
        set_style_sheet(self, grid_style_sheet())
        self.fit_rows_to_font()

    # -- sizes ---------------------------------------------------------------------------
    def fit_rows_to_font(self) -> None:
        """Rows as tall as the text and the editor need in the learner's text size (in
        Arabic, with room for the Arabic font's taller letters)."""
        font = self.font()
        height = QFontMetrics(font).height()
        if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            for family in font.families()[1:]:
                one = QFont(font)
                one.setFamilies([family])
                height = max(height, round(QFontMetrics(one).height() * 0.8))
        height = max(24, height + 6)
        if self.verticalHeader().defaultSectionSize() != height:
            self.verticalHeader().setMinimumSectionSize(min(height, 20))
            self.verticalHeader().setDefaultSectionSize(height)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_rows_to_font()

    # -- moving ----------------------------------------------------------------------------
    def here(self) -> tuple[int, int]:
        current = self.currentIndex()
        return max(current.row(), 0), max(current.column(), 0)

    def go(self, row: int, col: int) -> None:
        """Make (row, col) the active cell, alone selected."""
        row = min(max(row, 0), self.model().rowCount() - 1)
        col = min(max(col, 0), self.model().columnCount() - 1)
        self._corner = None
        self.setCurrentIndex(self.model().index(row, col))

    def move_current(self, rows: int, cols: int) -> None:
        """Make the cell ``rows`` down and ``cols`` right of the current one current."""
        row, col = self.here()
        self.go(row + rows, col + cols)

    def enter_move(self, down: int = 1) -> None:
        """Where Enter goes: down, back to the column a row typed with Tab started in."""
        row, col = self.entry_row.enter(*self.here(), down=down)
        self._entry_move = True
        try:
            self.go(row, col)
        finally:
            self._entry_move = False

    def tab_move(self, right: int) -> None:
        self.entry_row.tab(self.here()[1])
        self._entry_move = True
        try:
            self.move_current(0, right)
        finally:
            self._entry_move = False

    def currentChanged(self, current: Index, previous: Index) -> None:
        super().currentChanged(current, previous)
        if not self._entry_move:
            self.entry_row.moved()

    def _filled(self, row: int, col: int) -> bool:
        model = self.model()
        return isinstance(model, SheetModel) and model.filled(row, col)

    def _edge(self, start: tuple[int, int], down: int, right: int) -> tuple[int, int]:
        return data_edge(self._filled, start[0], start[1], down, right,
                         self.model().rowCount(), self.model().columnCount())

    def _stretch(self, corner: tuple[int, int]) -> None:
        """Select from the active cell to ``corner`` (the active cell stays)."""
        rows, cols = self.model().rowCount(), self.model().columnCount()
        corner = (min(max(corner[0], 0), rows - 1), min(max(corner[1], 0), cols - 1))
        self._corner = corner
        top, left, bottom, right = selection_rect(self.here(), corner)
        model = self.model()
        self.selectionModel().select(
            QItemSelection(model.index(top, left), model.index(bottom, right)),
            QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(model.index(*corner))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        if self.state() != QAbstractItemView.State.EditingState:
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and ctrl:
                # Tab moves between cells, so Ctrl+Tab (Ctrl+Shift+Tab) leaves the grid.
                forward = key == Qt.Key.Key_Tab and not shift
                QWidget.focusNextPrevChild(self, forward)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.enter_move(-1 if shift else 1)
                return
            if key == Qt.Key.Key_Tab:
                self.tab_move(1)
                return
            if key == Qt.Key.Key_Backtab:
                self.tab_move(-1)
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.command.emit("clear")
                return
            if key in ARROWS and not modifiers & Qt.KeyboardModifier.AltModifier:
                down, right = ARROWS[Qt.Key(key)]
                if shift:
                    corner = self._corner or self.here()
                    self._stretch(self._edge(corner, down, right) if ctrl
                                  else (corner[0] + down, corner[1] + right))
                elif ctrl:
                    self.go(*self._edge(self.here(), down, right))
                else:
                    self.move_current(down, right)
                return
            if ctrl and key == Qt.Key.Key_Home:
                self.go(0, 0)
                return
            if ctrl and key == Qt.Key.Key_End:
                model = self.model()
                cells = model.book.sheet(model.sheet).cells if isinstance(
                    model, SheetModel) else {}
                self.go(*used_corner(cells))
                return
        super().keyPressEvent(event)

    # -- the cell editor -------------------------------------------------------------------
    def edit(self, index: QModelIndex | QPersistentModelIndex,  # type: ignore[override]
             trigger: QAbstractItemView.EditTrigger | None = None,
             event: QEvent | None = None) -> bool:
        if trigger is None:
            super().edit(index)
            return self.state() == QAbstractItemView.State.EditingState
        opened = super().edit(index, trigger, event)  # type: ignore[arg-type]
        editor = self.editor
        if opened and editor is not None and trigger != \
                QAbstractItemView.EditTrigger.AnyKeyPressed:
            # F2 or a double click: edit what is there, the cursor at its end (Qt
            # selects it all, and the next key would replace the formula)
            editor.mode = "edit"
            editor.deselect()
            editor.end(False)
        return opened

    def editor_arrow(self, target: ReferenceEdit, key: int, extend: bool) -> bool:
        """An arrow key in the cell editor: point at a cell (after an operator), or end
        the entry and move (Calc's and Excel's enter mode; Up and Down always). False:
        the editor moves its cursor (edit mode)."""
        down, right = ARROWS[Qt.Key(key)]
        pointing = target.pointing()
        if pointing or (target.mode == "enter" and can_point(target.text(),
                                                             target.cursorPosition())):
            cell = stepped(target.pointer if pointing else None, self.here(),
                           self.model().rowCount(), self.model().columnCount(), down, right)
            target.point(cell, extend)
            self.scrollTo(self.model().index(*cell))
            self.viewport().update()
            return True
        if target is self.editor and (target.mode == "enter" or down):
            self.commitData(target)
            self.closeEditor(target, QAbstractItemDelegate.EndEditHint.NoHint)
            self.move_current(down, right)
            return True
        return False

    def closeEditor(self, editor: QWidget,
                    hint: QAbstractItemDelegate.EndEditHint) -> None:
        end = QAbstractItemDelegate.EndEditHint
        if editor is self.editor:
            self.editor = None
            self.viewport().update()
        if hint == end.SubmitModelCache:
            super().closeEditor(editor, end.NoHint)
            self.enter_move()
        elif hint == end.EditNextItem:
            super().closeEditor(editor, end.NoHint)
            self.tab_move(1)
        elif hint == end.EditPreviousItem:
            super().closeEditor(editor, end.NoHint)
            self.tab_move(-1)
        else:
            super().closeEditor(editor, hint)
        self.editing_finished.emit()

    # -- point mode by mouse ---------------------------------------------------------------
    def _typing_target(self) -> ReferenceEdit | None:
        """The line a formula is being typed in: the cell editor, or the formula bar
        after the learner typed in it."""
        if self.editor is not None and self.state() == QAbstractItemView.State.EditingState:
            return self.editor
        bar = self.formula_bar
        if bar is not None and bar.isModified():
            return bar
        return None

    def may_point(self, editor: ReferenceEdit) -> bool:
        """Whether the cell editor, losing the focus to the grid, may be pointing: a click
        on a cell then puts the cell's reference into it (see :meth:`focus_left`)."""
        return QApplication.focusWidget() is self and editor.can_take_reference()

    def focus_left(self, editor: ReferenceEdit) -> None:
        """After the focus left the cell editor for the grid: unless a click pointed at a
        cell (and gave the editor its focus back), the entry ends as Qt ends it."""
        if editor is self.editor and not editor.hasFocus() and \
                self.state() == QAbstractItemView.State.EditingState:
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        target = self._typing_target()
        left = event.button() == Qt.MouseButton.LeftButton
        if target is not None and left and index.isValid() and target.can_take_reference():
            extend = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            target.point((index.row(), index.column()), extend)
            target.setFocus()
            self._pointing_with = target
            self.viewport().update()
            return
        if target is not None and target is self.formula_bar:
            self.bar_entry_ended.emit()  # Calc: a click elsewhere ends the entry
        if left and index.isValid() and event.modifiers() & Qt.KeyboardModifier.ShiftModifier \
                and self.state() != QAbstractItemView.State.EditingState:
            self._stretch((index.row(), index.column()))
            self._drag_from = self.here()
            return
        super().mousePressEvent(event)
        self._corner = None
        self._drag_from = self.here() if left and index.isValid() else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if self._pointing_with is not None:
            if index.isValid() and event.buttons() & Qt.MouseButton.LeftButton:
                self._pointing_with.point((index.row(), index.column()), True)
                self.viewport().update()
            return
        if self._drag_from is not None and event.buttons() & Qt.MouseButton.LeftButton \
                and self.state() != QAbstractItemView.State.EditingState:
            if index.isValid():
                self._stretch((index.row(), index.column()))  # the active cell stays
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pointing_with is not None:
            self._pointing_with = None
            return
        self._drag_from = None
        super().mouseReleaseEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        target = self._typing_target()
        pointer = target.pointer if target is not None else None
        if pointer is None:
            return
        top, left, bottom, right = pointer.rect()
        model = self.model()
        area = self.visualRect(model.index(top, left)).united(
            self.visualRect(model.index(bottom, right)))
        painter = QPainter(self.viewport())
        pen = QPen(QColor(PAPER.focus), 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRect(QRect(area.adjusted(1, 1, -2, -2)))
        painter.end()

    # -- the selection ---------------------------------------------------------------------
    def selected_rect(self) -> Rect:
        ranges = self.selectionModel().selection()
        if ranges.isEmpty():
            row, col = self.here()
            return row, col, row, col
        first = ranges.first()
        return first.top(), first.left(), first.bottom(), first.right()

    def select_rect(self, rect: Rect) -> None:
        top, left, bottom, right = rect
        model = self.model()
        self.setCurrentIndex(model.index(top, left))
        self._corner = (bottom, right)
        selection = QItemSelection(model.index(top, left), model.index(bottom, right))
        self.selectionModel().select(selection,
                                     QItemSelectionModel.SelectionFlag.ClearAndSelect)
