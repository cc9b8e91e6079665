"""The spreadsheet room keeps a Calc or Excel user's habits and never loses their work,
driven through the real grid: arrows that end an entry, F2 and Escape, point mode by
click and by arrow keys, Shift and Ctrl with the arrows, sort by the active cell's
column, values typed with money signs, the cell editor's size, the tool bar after a
chart; the sheet kept between tasks and visits, the task reopened, a ✓ on passed tasks,
questions before "Start again" and "Open…"."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from tutor.skills.sheets import drafts
from tutor.skills.sheets.references import parse_cell
from tutor.skills.sheets.view import SheetsRoom
from tutor.store.learners import create_learner, get_learner, skill_settings, update_learner

pytestmark = pytest.mark.gui


def open_room(qtbot, window, learner):
    window.open_learner(learner.id)
    qtbot.mouseClick(window.findChild(QAbstractButton, "skillTile:sheets"),
                     Qt.MouseButton.LeftButton)
    room = window.room
    assert isinstance(room, SheetsRoom) and window.stack.currentWidget() is room
    window.activateWindow()
    room.grid.setFocus()
    room.learner = learner
    room.questions = []

    def ask(title, text, yes, no):
        room.questions.append((title, yes, no))
        return room.answer

    room.answer = False
    room.ask = ask
    return room


@pytest.fixture
def room(qtbot, window, runtime):
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return open_room(qtbot, window, create_learner(runtime.db, "Ana", "sun"))


def go(room, ref):
    room.grid.go(*parse_cell(ref))
    room.grid.setFocus()


def here(room):
    index = room.grid.currentIndex()
    return index.row(), index.column()


def content(room, ref):
    return room.book.content(room.sheet, *parse_cell(ref))


def shown(room, ref):
    return room.model.index(*parse_cell(ref)).data()


def editor():
    widget = QApplication.focusWidget()
    assert widget is not None and widget.objectName() == "sheetsCellEditor", widget
    return widget


def start_typing(qtbot, room, text):
    qtbot.keyClick(room.grid, text[0])
    qtbot.keyClicks(editor(), text[1:])


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    QApplication.processEvents()  # Qt closes the editor after Enter in a queued call


def click_cell(qtbot, room, ref, modifier=Qt.KeyboardModifier.NoModifier):
    rect = room.grid.visualRect(room.model.index(*parse_cell(ref)))
    qtbot.mouseClick(room.grid.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    QApplication.processEvents()


def test_arrows_end_an_entry_and_move_as_in_calc(qtbot, room):
    room.open_task("sheets-en-first-steps", "shopping-list")
    go(room, "A1")
    start_typing(qtbot, room, "Item")
    press(qtbot, Qt.Key.Key_Right)
    start_typing(qtbot, room, "Price")
    press(qtbot, Qt.Key.Key_Down)
    assert (content(room, "A1"), content(room, "B1")) == ("Item", "Price")  # not ItemPrice
    assert here(room) == parse_cell("B2")
    start_typing(qtbot, room, "2.5")
    press(qtbot, Qt.Key.Key_Left)
    start_typing(qtbot, room, "Rice")
    press(qtbot, Qt.Key.Key_Up)
    assert (content(room, "A2"), content(room, "B2")) == ("Rice", 2.5)
    assert here(room) == parse_cell("A1")


def test_tab_tab_enter_makes_a_table_not_a_staircase(qtbot, room):
    room.open_task("sheets-en-first-steps", "shopping-list")
    go(room, "B3")
    for text, key in (("a", Qt.Key.Key_Tab), ("b", Qt.Key.Key_Tab), ("c", Qt.Key.Key_Return)):
        start_typing(qtbot, room, text)
        press(qtbot, key)
    assert here(room) == parse_cell("B4")
    # without typing too, and an arrow forgets where the row started
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Return)
    assert here(room) == parse_cell("B5")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Return)
    assert here(room) == parse_cell("D6")


def test_f2_edits_at_the_end_and_escape_restores_the_formula_bar(qtbot, room):
    room.open_task("sheets-en-first-steps", "first-formula")
    go(room, "B3")
    start_typing(qtbot, room, "=B1+B2")
    press(qtbot, Qt.Key.Key_Return)
    go(room, "B3")
    press(qtbot, Qt.Key.Key_F2)
    assert editor().selectedText() == "" and editor().cursorPosition() == len("=B1+B2")
    qtbot.keyClicks(editor(), "*2")  # appended: F2 does not select the formula
    assert room.formula_bar.text() == "=B1+B2*2"
    press(qtbot, Qt.Key.Key_Escape)
    assert content(room, "B3") == "=B1+B2"
    assert room.formula_bar.text() == "=B1+B2"  # not the cancelled "=B1+B2*2"
    # in edit mode the arrows move in the text
    press(qtbot, Qt.Key.Key_F2)
    press(qtbot, Qt.Key.Key_Left)
    press(qtbot, Qt.Key.Key_Left)
    qtbot.keyClicks(editor(), "(")
    press(qtbot, Qt.Key.Key_Return)
    assert content(room, "B3") == "=B1+(B2)"  # and the parenthesis closed on Enter


def test_point_mode_by_click_drag_and_arrow_keys(qtbot, room):
    room.open_task("sheets-en-first-steps", "small-budget")
    go(room, "B9")
    start_typing(qtbot, room, "=sum(")
    click_cell(qtbot, room, "B4")
    assert editor().text() == "=sum(B4"  # the click put the reference in
    click_cell(qtbot, room, "B8", Qt.KeyboardModifier.ShiftModifier)
    assert editor().text() == "=sum(B4:B8"
    assert room.formula_bar.text() == "=sum(B4:B8"
    press(qtbot, Qt.Key.Key_Return)
    assert content(room, "B9") == "=SUM(B4:B8)"  # completed and in capitals
    assert room.book.value("Sheet1", 8, 1) == room.book.evaluate("=B4+B5+B6+B7+B8", "Sheet1")
    go(room, "C2")
    start_typing(qtbot, room, "=")
    press(qtbot, Qt.Key.Key_Left)
    assert editor().text() == "=B2"
    qtbot.keyClicks(editor(), "-")
    press(qtbot, Qt.Key.Key_Down)
    for _ in range(7):
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Left)
    assert editor().text() == "=B2-B10"
    press(qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert editor().text() == "=B2-B9:B10"
    press(qtbot, Qt.Key.Key_Return)
    assert content(room, "C2") == "=B2-B9:B10"
    # after a reference, a click ends the entry and goes to the cell, as in Calc
    go(room, "D2")
    start_typing(qtbot, room, "=B2")
    click_cell(qtbot, room, "E5")
    assert content(room, "D2") == "=B2" and here(room) == parse_cell("E5")


def test_point_mode_from_the_formula_bar(qtbot, room):
    room.open_task("sheets-en-first-steps", "small-budget")
    go(room, "B9")
    room.formula_bar.setFocus()
    qtbot.keyClicks(room.formula_bar, "=B2-")
    click_cell(qtbot, room, "B4")
    assert room.formula_bar.text() == "=B2-B4"
    assert here(room) == parse_cell("B9")
    qtbot.keyClick(room.formula_bar, Qt.Key.Key_Return)
    assert content(room, "B9") == "=B2-B4"
    # typed in the bar, then a click elsewhere: the entry is kept, not dropped
    go(room, "C3")
    room.formula_bar.setFocus()
    qtbot.keyClicks(room.formula_bar, "note")
    click_cell(qtbot, room, "E6")
    assert content(room, "C3") == "note" and here(room) == parse_cell("E6")


def test_shift_and_ctrl_arrows_and_sort_by_the_active_cells_column(qtbot, room):
    room.open_task("sheets-en-at-work", "fill-down")
    go(room, "A1")
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert here(room) == parse_cell("A6")  # the end of the data, not one cell
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert here(room) == (room.model.rowCount() - 1, 0)
    press(qtbot, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert here(room) == (0, 0)
    go(room, "D2")
    start_typing(qtbot, room, "=B2*C2")
    press(qtbot, Qt.Key.Key_Return)
    room.grid.select_rect((1, 3, 5, 3))
    room.run("fill_down")
    # the table selected from D2 (the active cell) to A6 with Shift+click
    go(room, "D2")
    click_cell(qtbot, room, "A6", Qt.KeyboardModifier.ShiftModifier)
    assert room.grid.selected_rect() == (1, 0, 5, 3)
    assert here(room) == parse_cell("D2")  # the active cell stays
    qtbot.mouseClick(room.buttons["sort_down"], Qt.MouseButton.LeftButton)
    assert [shown(room, f"D{r}") for r in range(2, 7)] == ["18", "12.5", "12", "8", "6"]
    # Shift+arrows stretch from the active cell; Ctrl+Shift to the data's edge
    go(room, "A2")
    press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier
          | Qt.KeyboardModifier.ControlModifier)
    assert room.grid.selected_rect() == (1, 0, 5, 1)
    assert here(room) == parse_cell("A2")
    qtbot.mouseClick(room.buttons["sort_up"], Qt.MouseButton.LeftButton)
    assert [shown(room, f"A{r}") for r in range(2, 7)] == [
        "Bag", "Eraser", "Notebook", "Pen", "Ruler"]


def test_money_dates_and_dates_from_formulas(qtbot, room):
    room.open_task("sheets-en-first-steps", "shopping-list")
    for ref, text in (("D1", "$5"), ("D2", "12%"), ("D3", "12/25/2026"),
                      ("D4", "=DATE(2026,12,25)")):
        go(room, ref)
        start_typing(qtbot, room, text)
        press(qtbot, Qt.Key.Key_Return)
    assert [shown(room, f"D{r}") for r in range(1, 5)] == [
        "$5.00", "12%", "12/25/2026", "12/25/2026"]
    assert room.book.value("Sheet1", 0, 3) == 5


def test_the_cell_editor_is_as_tall_as_its_row_and_its_text_fits(qtbot, window, runtime):
    for size in ("normal", "xlarge"):
        learner = create_learner(runtime.db, f"Ana {size}", "sun")
        update_learner(runtime.db, learner.id, text_size=size)
        window.show()
        room = open_room(qtbot, window, get_learner(runtime.db, learner.id))
        go(room, "A1")
        start_typing(qtbot, room, "Quantity")
        line = editor()
        row = room.grid.rowHeight(0)
        assert line.height() >= row - 2
        assert line.fontMetrics().height() <= line.contentsRect().height()
        press(qtbot, Qt.Key.Key_Escape)
        window.show_home()


def test_the_tool_bar_keeps_its_buttons_after_a_chart_and_a_check(qtbot, room):
    room.open_task("sheets-en-at-work", "sales-chart")
    room.grid.select_rect((0, 0, 6, 1))
    room.chart_bars.trigger()
    qtbot.mouseClick(room.check_button, Qt.MouseButton.LeftButton)
    assert room.chart_view.isVisible() and room.result.isVisible()
    for name, button in room.buttons.items():
        if button.isVisible():
            assert button.width() >= button.sizeHint().width(), name  # never empty boxes
    hidden = [b.text() for b in room.tool_strip.hidden]
    room.tool_strip._fill_menu()
    assert [a.text() for a in room.tool_strip.menu.actions()] == hidden
    assert room.tool_strip.more.isVisible() == bool(hidden)


def test_at_1024x600_the_buttons_that_do_not_fit_are_in_the_more_menu(qtbot, window, runtime):
    learner = create_learner(runtime.db, "Ana", "sun")
    update_learner(runtime.db, learner.id, text_size="xlarge")
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    room = open_room(qtbot, window, get_learner(runtime.db, learner.id))
    qtbot.wait(50)
    strip = room.tool_strip
    assert strip.hidden and strip.more.isVisible()
    strip._fill_menu()
    texts = [a.text() for a in strip.menu.actions()]
    assert texts == [b.text() for b in strip.hidden]
    save = next(a for a in strip.menu.actions() if a.text() == room.buttons["save"].text()) \
        if room.buttons["save"] in strip.hidden else None
    assert save is None or save.isEnabled()
    assert room.grid.height() > 3 * room.grid.rowHeight(0)


def test_the_sheet_is_kept_between_tasks_and_visits(qtbot, window, runtime, room):
    room.open_task("sheets-en-first-steps", "small-budget")
    go(room, "B9")
    start_typing(qtbot, room, "=SUM(B4:B8)")
    press(qtbot, Qt.Key.Key_Return)
    room.open_task("sheets-en-first-steps", "first-formula")  # no question: it is kept
    assert room.questions == []
    assert content(room, "B9") is None
    room.open_task("sheets-en-first-steps", "small-budget")
    assert content(room, "B9") == "=SUM(B4:B8)"
    # typing not yet entered is kept too when the learner goes home
    go(room, "B10")
    start_typing(qtbot, room, "=B2-B9")
    window.show_home()
    settings = skill_settings(get_learner(runtime.db, room.learner.id), "sheets")
    assert settings[drafts.LAST] == "sheets-en-first-steps/small-budget"
    again = open_room(qtbot, window, room.learner)
    assert again.exercise.id == "small-budget"  # reopened at the learner's task
    assert content(again, "B9") == "=SUM(B4:B8)" and content(again, "B10") == "=B2-B9"


def test_start_again_and_open_ask_first_and_passed_tasks_get_a_tick(qtbot, room, tmp_path):
    room.open_task("sheets-en-first-steps", "small-budget")
    qtbot.mouseClick(room.restart_button, Qt.MouseButton.LeftButton)
    assert room.questions == []  # nothing to lose: no question
    go(room, "B9")
    start_typing(qtbot, room, "=SUM(B4:B8)")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.mouseClick(room.restart_button, Qt.MouseButton.LeftButton)
    assert room.questions[-1] == ("Start again?", "Start again", "Keep my work")
    assert content(room, "B9") == "=SUM(B4:B8)"  # "Keep my work"
    room.open_dialog()
    assert room.questions[-1] == ("Open a file instead?", "Open a file", "Keep my work")
    assert content(room, "B9") == "=SUM(B4:B8)"
    go(room, "B10")
    start_typing(qtbot, room, "=B2-B9")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.mouseClick(room.check_button, Qt.MouseButton.LeftButton)
    item = room.tasks.currentItem()
    assert item.text().startswith("✓ ")
    assert "passed" in item.data(Qt.ItemDataRole.AccessibleTextRole)
    room.answer = True
    qtbot.mouseClick(room.restart_button, Qt.MouseButton.LeftButton)
    assert content(room, "B9") is None  # started again, and the draft with it
    settings = skill_settings(get_learner(room.host.db, room.learner.id), "sheets")
    assert settings.get(drafts.draft_key("sheets-en-first-steps", "small-budget")) is None


def test_a_sheet_too_large_to_keep_asks_before_another_task(qtbot, room, monkeypatch):
    monkeypatch.setattr(drafts, "MAX_DRAFT_CHARS", 400)
    room.open_task("sheets-en-first-steps", "small-budget")
    go(room, "D1")
    start_typing(qtbot, room, "a long note " * 40)
    press(qtbot, Qt.Key.Key_Return)
    room.open_task("sheets-en-first-steps", "first-formula")
    assert room.questions[-1] == ("Leave this sheet?", "Leave it", "Stay")
    assert room.exercise.id == "small-budget" and content(room, "D1").startswith("a long")
    assert room.tasks.currentItem().data(Qt.ItemDataRole.UserRole)[1] == "small-budget"
    room.answer = True
    room.open_task("sheets-en-first-steps", "first-formula")
    assert room.exercise.id == "first-formula"


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("text_size", ["normal", "xlarge"])
@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_the_room_fits_with_a_chart_and_the_checks_shown(
        qtbot, window, runtime, translations, language, text_size, size):
    from tests.ui.test_fits import outside

    translations.use(language)
    learner = create_learner(runtime.db, "Amina Diallo-Nguema", "sun", language)
    update_learner(runtime.db, learner.id, text_size=text_size)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    room = open_room(qtbot, window, get_learner(runtime.db, learner.id))
    pack = room._packs()[1]
    room.open_task(pack.id, pack.exercises[-1].id)  # the chart of the sales
    room.grid.select_rect((0, 0, 6, 1))
    room.chart_bars.trigger()
    room.check()
    go(room, "C10")
    start_typing(qtbot, room, "=SUM(B2:B7)")
    qtbot.wait(50)
    hint = room.minimumSizeHint()
    assert hint.width() <= 1000 and hint.height() <= 520
    assert (window.width(), window.height()) == size
    assert outside(window) == []
    assert room.chart_view.isVisible() and room.result.isVisible()
    rows = room.grid.viewport().height() // room.grid.rowHeight(0)
    if size == (1366, 768) and text_size == "normal":
        assert rows >= 7  # beside the checks and the chart, with the status line


def test_twelve_rows_show_at_1366x768(qtbot, room):
    room.open_task("sheets-en-first-steps", "shopping-list")
    qtbot.wait(50)
    assert room.grid.viewport().height() >= 12 * room.grid.rowHeight(0) - 2
