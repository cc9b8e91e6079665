"""The spreadsheet room, driven through the real grid: typing, formulas, fill down,
sort, copy and paste, undo, a chart, and a graded task saved as an attempt."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QListWidget

from tests.ui.accessibility import unnamed
from tutor.skills.sheets.references import parse_cell
from tutor.skills.sheets.view import SheetsRoom
from tutor.store.attempts import attempts_of
from tutor.store.learners import create_learner

pytestmark = pytest.mark.gui


@pytest.fixture
def room(qtbot, window, runtime):
    learner = create_learner(runtime.db, "Ana", "sun")
    window.open_learner(learner.id)
    qtbot.mouseClick(window.findChild(QAbstractButton, "skillTile:sheets"),
                     Qt.MouseButton.LeftButton)
    room = window.findChild(SheetsRoom, "sheetsRoom")
    assert window.stack.currentWidget() is room
    window.activateWindow()
    room.grid.setFocus()
    room.learner = learner
    return room


def go(room, row, col):
    room.grid.setCurrentIndex(room.model.index(row, col))
    room.grid.setFocus()


def type_cell(qtbot, room, text, key=Qt.Key.Key_Return):
    """Type into the current cell as a learner does: the first key opens the editor."""
    qtbot.keyClick(room.grid, text[0])
    editor = QApplication.focusWidget()
    assert editor is not room.grid, "typing did not open the cell editor"
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, key)
    QApplication.processEvents()  # Qt closes the editor after Enter in a queued call


def shown(room, ref):
    row, col = parse_cell(ref)
    return room.model.index(row, col).data()


def test_every_control_has_a_name_for_screen_readers(room):
    assert unnamed(room) == []


def test_typing_a_table_with_enter_tab_and_a_formula(qtbot, room):
    room.open_task("sheets-en-first-steps", "shopping-list")
    go(room, 0, 0)
    type_cell(qtbot, room, "Item", Qt.Key.Key_Tab)
    type_cell(qtbot, room, "Price")
    # Tab, Enter: back to the column the row started in, as in Calc and Excel
    assert room.grid.currentIndex().row() == 1 and room.grid.currentIndex().column() == 0
    for name, price in (("Rice", "2.5"), ("Beans", "1.2"), ("Oil", "3")):
        type_cell(qtbot, room, name, Qt.Key.Key_Tab)
        type_cell(qtbot, room, price)
    assert (room.grid.currentIndex().row(), room.grid.currentIndex().column()) == (4, 0)
    go(room, 4, 1)
    type_cell(qtbot, room, "=SUM(B2:B4)")
    assert shown(room, "B5") == "6.7"
    assert room.grid.currentIndex().row() == 5  # Enter went down
    go(room, 4, 1)
    assert room.formula_bar.text() == "=SUM(B2:B4)"
    assert room.cell_name.text() == "B5"
    # F2 edits the cell instead of replacing it
    qtbot.keyClick(room.grid, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_End)
    qtbot.keyClicks(editor, "*2")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert shown(room, "B5") == "13.4"
    qtbot.keyClick(room.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown(room, "B5") == "6.7"
    qtbot.keyClick(room.grid, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert shown(room, "B5") == "13.4"


def test_fill_down_and_sort_through_the_tool_bar(qtbot, room):
    room.open_task("sheets-en-at-work", "fill-down")
    go(room, 1, 3)
    type_cell(qtbot, room, "=B2*C2")
    room.grid.select_rect((1, 3, 5, 3))
    qtbot.mouseClick(room.buttons["fill_down"], Qt.MouseButton.LeftButton)
    assert [shown(room, f"D{r}") for r in range(2, 7)] == ["12", "12.5", "8", "6", "18"]
    assert room.book.content("Sheet1", 5, 3) == "=B6*C6"
    # sort the table by the amounts, largest first
    room.grid.select_rect((1, 0, 5, 3))
    room.grid.selectionModel().setCurrentIndex(
        room.model.index(1, 3), room.grid.selectionModel().SelectionFlag.NoUpdate)
    qtbot.mouseClick(room.buttons["sort_down"], Qt.MouseButton.LeftButton)
    assert [shown(room, f"A{r}") for r in range(2, 7)] == [
        "Bag", "Pen", "Notebook", "Ruler", "Eraser"]
    assert [shown(room, f"D{r}") for r in range(2, 7)] == ["18", "12.5", "12", "8", "6"]
    qtbot.mouseClick(room.buttons["undo"], Qt.MouseButton.LeftButton)
    assert shown(room, "A2") == "Notebook"


def test_copy_paste_insert_row_bold_and_money(qtbot, room):
    room.open_task("sheets-en-first-steps", "money-format")
    go(room, 1, 2)
    type_cell(qtbot, room, "=B2*2")
    go(room, 1, 2)
    qtbot.keyClick(room.grid, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    go(room, 3, 2)
    qtbot.keyClick(room.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert room.book.content("Sheet1", 3, 2) == "=B4*2" and shown(room, "C4") == "4.5"
    room.grid.select_rect((1, 1, 4, 1))
    qtbot.mouseClick(room.buttons["money"], Qt.MouseButton.LeftButton)
    assert shown(room, "B2") == "$1.50"
    room.grid.select_rect((0, 0, 0, 1))
    room.grid.setFocus()
    qtbot.keyClick(room.grid, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert room.model.index(0, 1).data(Qt.ItemDataRole.FontRole).bold()
    go(room, 1, 0)
    qtbot.mouseClick(room.buttons["insert_row"], Qt.MouseButton.LeftButton)
    assert shown(room, "A3") == "Bread"
    assert room.book.content("Sheet1", 4, 2) == "=B5*2"


def test_a_chart_and_a_second_sheet(qtbot, room):
    room.open_task("sheets-en-at-work", "sales-chart")
    room.grid.select_rect((0, 0, 6, 1))
    room.chart_line.trigger()
    assert room.chart_view.isVisible()
    chart = room.chart_view.contents()
    assert chart.labels[0] == "January" and chart.series[0].name == "Sales" and \
        chart.series[0].values[4] == 450
    assert room.chart_view.grab().width() > 0
    qtbot.mouseClick(room.buttons["add_sheet"], Qt.MouseButton.LeftButton)
    assert room.tabs.count() == 2 and room.sheet == "Sheet2"
    go(room, 0, 0)
    type_cell(qtbot, room, "=Sheet1!B2+1")
    assert shown(room, "A1") == "321"


def test_a_graded_task_through_the_grid_is_saved_as_an_attempt(qtbot, room, runtime):
    room.open_task("sheets-en-first-steps", "small-budget")
    go(room, 8, 1)
    type_cell(qtbot, room, "=SUM(B4:B8)")
    type_cell(qtbot, room, "55")  # the right answer, but typed
    qtbot.mouseClick(room.check_button, Qt.MouseButton.LeftButton)
    result = room.findChild(QListWidget, "sheetsResult")
    texts = [result.item(i).text() for i in range(result.count())]
    assert texts[0] == "✓ B9 is right."
    assert texts[1].startswith("✗ B10 has a typed number. Type a formula instead")
    assert "Not yet: 50% right. Saved." in room.status.text()
    go(room, 9, 1)
    type_cell(qtbot, room, "=B2-B9")
    qtbot.mouseClick(room.check_button, Qt.MouseButton.LeftButton)
    assert room.status.text() == "Well done! Everything is right. Saved."
    attempts = attempts_of(runtime.db, room.learner.id, "sheets")
    assert [(a.exercise_id, a.passed, a.score) for a in attempts] == [
        ("small-budget", False, 0.5), ("small-budget", True, 1.0)]
    assert attempts[0].details == {"failed": ["B10"]}
    assert attempts[1].pack_id == "sheets-en-first-steps"
    assert attempts[1].started_at <= attempts[1].finished_at


def test_french_learner_gets_french_tasks_and_types_decimal_commas(
    qtbot, window, runtime, translations
):
    learner = create_learner(runtime.db, "Léa", "moon", ui_language="fr")
    window.open_learner(learner.id)
    window.open_skill("sheets")
    room = window.findChild(SheetsRoom, "sheetsRoom")
    assert room.pack.id == "sheets-fr-premiers-pas"
    go(room, 1, 1)
    type_cell(qtbot, room, "2,5")
    assert room.book.value("Feuille1", 1, 1) == 2.5
    assert shown(room, "B2") == "2,5"
    go(room, 1, 1)
    assert room.formula_bar.text() == "2,5"
    go(room, 2, 1)
    type_cell(qtbot, room, "=B2/4")
    assert shown(room, "B3") == "0,625"


def test_in_arabic_the_room_mirrors_but_the_grid_and_formulas_stay_left_to_right(
    qtbot, window, runtime, translations
):
    learner = create_learner(runtime.db, "Omar", "star", ui_language="ar")
    window.open_learner(learner.id)
    window.open_skill("sheets")
    room = window.findChild(SheetsRoom, "sheetsRoom")
    assert room.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert room.grid.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert room.formula_bar.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert room.grid.horizontalHeader().sectionViewportPosition(0) < \
        room.grid.horizontalHeader().sectionViewportPosition(1)
    room.grid.setCurrentIndex(room.model.index(0, 2))
    room.grid.setFocus()
    qtbot.keyClick(room.grid, "=")
    editor = QApplication.focusWidget()
    assert editor.objectName() == "sheetsCellEditor"
    assert editor.layoutDirection() == Qt.LayoutDirection.LeftToRight
    qtbot.keyClicks(editor, "A1")
    assert room.formula_bar.text() == "=A1"  # the formula bar follows the typing
    assert unnamed(room) == []
    qtbot.keyClick(editor, Qt.Key.Key_Escape)


def test_delete_key_circular_reference_column_width_and_files(qtbot, room, tmp_path):
    room.open_task("sheets-en-first-steps", "first-formula")
    go(room, 2, 1)
    type_cell(qtbot, room, "=B3+1")
    assert shown(room, "B3") == "#CIRC!"
    assert room.status.text().startswith("B3 uses its own cell: a circular reference.")
    go(room, 2, 1)
    qtbot.keyClick(room.grid, Qt.Key.Key_Delete)
    assert shown(room, "B3") == ""
    type_cell(qtbot, room, "=B1+B2")
    room.grid.horizontalHeader().resizeSection(0, 225)
    assert room.book.sheet("Sheet1").widths[0] == 25
    path = tmp_path / "mine.xlsx"
    room.save_file(path)
    assert room.status.text() == f"Saved in {path}"
    room.restart()
    assert shown(room, "B3") == ""
    room.open_file(path)
    assert shown(room, "B3") == "42"
    assert room.grid.horizontalHeader().sectionSize(0) == 225
    (tmp_path / "broken.xlsx").write_text("not a spreadsheet")
    room.open_file(tmp_path / "broken.xlsx")
    assert "is not a spreadsheet Tutor can open" in room.status.text()
