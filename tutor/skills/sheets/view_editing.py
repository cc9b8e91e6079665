"""What the spreadsheet room and its placement item share: editing a workbook through
the grid, the formula bar and the sheet tabs, as in Calc (the tools, the entry typed in
the bar, the columns' widths). Widgets only; the rules are in the engine."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QTabBar, QWidget

from tutor.skills.sheets.cell_text import content_text
from tutor.skills.sheets.engine import Clip, Workbook, sort_column
from tutor.skills.sheets.model import SheetsExercise
from tutor.skills.sheets.number_formats import currency_format, stepped_decimals
from tutor.skills.sheets.references import cell_name
from tutor.skills.sheets.view_grid import COLS, CellDelegate, ReferenceEdit, SheetGrid, SheetModel

PIXELS_PER_CHAR = 9  # pixels for one character of a column's width (as Calc and Excel count widths)


class WorkbookEditing:
    """Mixed into a QWidget that has ``book``, ``model``, ``grid``, ``formula_bar``,
    ``cell_name``, ``_clip`` and (or None) ``exercise``, and defines ``_after_edit``."""

    book: Workbook
    model: SheetModel
    grid: SheetGrid
    formula_bar: ReferenceEdit
    cell_name: QLabel
    delegate: CellDelegate
    tabs: QTabBar
    _clip: Clip | None

    def _after_edit(self, changed: bool = True) -> None:
        raise NotImplementedError

    def _make_editor(self) -> QHBoxLayout:
        """The cell's name and the formula bar (returned as a row to place), the grid
        on the workbook and the sheet tabs, wired together as in Calc."""
        self.cell_name = QLabel("A1")
        self.cell_name.setObjectName("sheetsCellName")
        self.cell_name.setMinimumWidth(48)
        self.cell_name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.formula_bar = ReferenceEdit()
        self.formula_bar.setObjectName("sheetsFormulaBar")
        self.formula_bar.mode = "edit"  # arrows move in the text (or a pointed reference)
        self.formula_bar.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.formula_bar.returnPressed.connect(self._formula_entered)
        formula_row = QHBoxLayout()
        formula_row.addWidget(self.cell_name)
        formula_row.addWidget(self.formula_bar, 1)
        self.model = SheetModel(self.book, cast(QWidget, self))
        self.model.edited.connect(self._after_edit)
        self.grid = SheetGrid()
        self.grid.setModel(self.model)
        self.grid.formula_bar = self.formula_bar
        self.formula_bar.arrow_handler = self.grid
        self.grid.setMinimumHeight(96)
        self.delegate = CellDelegate(self.grid)
        self.delegate.text_edited.connect(self.formula_bar.setText)
        self.grid.setItemDelegate(self.delegate)
        self.grid.selectionModel().currentChanged.connect(self._current_changed)
        self.grid.command.connect(self.run)
        self.grid.editing_finished.connect(self._editing_finished)
        self.grid.bar_entry_ended.connect(self._bar_entry_ended)
        self.tabs = QTabBar()
        self.tabs.setObjectName("sheetsTabs")
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        return formula_row

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
            exercise: SheetsExercise | None = getattr(self, "exercise", None)
            book.set_format(sheet, rect, currency_format(exercise.currency if exercise else "$"))
        elif name == "percent":
            book.set_format(sheet, rect, "0%")
        elif name == "date":
            book.set_format(sheet, rect, book.date_format())
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
        self._after_edit()

    def make_chart(self, kind: str) -> None:
        self.book.add_chart(self.sheet, self.grid.selected_rect(), kind)
        self._after_edit()

    def _current_changed(self, current: QModelIndex,
                         _previous: QModelIndex | None = None) -> None:
        if not current.isValid():
            return
        self.cell_name.setText(cell_name(current.row(), current.column()))
        self.formula_bar.setText(content_text(
            self.book.content(self.sheet, current.row(), current.column()),
            self.book.decimal_comma))
        self.formula_bar.pointer = None

    def _editing_finished(self) -> None:
        """An entry ended or was cancelled (Escape): the formula bar shows the cell again."""
        self._current_changed(self.grid.currentIndex())

    def _bar_entry_ended(self) -> None:
        """A click on a cell after typing in the formula bar: the entry goes into the
        cell it was typed for (as in Calc), before the click moves."""
        current = self.grid.currentIndex()
        if current.isValid():
            self.model.setData(current, self.formula_bar.text())
        self.formula_bar.setModified(False)

    def _formula_entered(self) -> None:
        current = self.grid.currentIndex()
        if not current.isValid():
            return
        self.model.setData(current, self.formula_bar.text())
        self.formula_bar.setModified(False)
        self.grid.setFocus()
        self.grid.enter_move()

    def _sheet_chosen(self, index: int) -> None:
        if 0 <= index < len(self.book.sheets):
            self.model.set_sheet(self.book.sheets[index].name)
            self._apply_widths()
            self.grid.setCurrentIndex(self.model.index(0, 0))
            self._after_edit()

    def _apply_widths(self) -> None:
        header = self.grid.horizontalHeader()
        header.blockSignals(True)  # (the room saves widths the learner drags)
        widths = self.book.sheet(self.sheet).widths
        for col in range(COLS):
            header.resizeSection(col, round(widths[col] * PIXELS_PER_CHAR)
                                 if col in widths else header.defaultSectionSize())
        header.blockSignals(False)
