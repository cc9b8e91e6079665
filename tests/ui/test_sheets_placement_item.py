"""The spreadsheet skill's placement item through its real widgets: formulas typed into
the grid, the room's tools clicked, "Check my work"; the verdict it emits is the
skill's; nothing is recorded; it fits a small screen in Arabic."""

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from tests.ui.accessibility import INTERACTIVE, unnamed
from tutor.content.packs import load_catalogue
from tutor.grading import Verdict
from tutor.paths import resource
from tutor.skills import load_hook
from tutor.skills.placement.grading import item_right
from tutor.skills.sheets import SKILL
from tutor.skills.sheets.references import parse_cell
from tutor.store.attempts import attempts_of
from tutor.store.learners import create_learner

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
SECONDS = 100.0  # the placement's clock: time.monotonic's seconds


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue([resource("lessons", "sheets")], {"sheets": SKILL})


@pytest.fixture
def open_item(qtbot, translations, catalogue, no_recording):
    """The item of one task, through the registry's hook, in a 1024x600 window."""
    windows = []  # (qtbot keeps only a weak reference)

    def open_(exercise_id, language="en", size=(1024, 600)):
        if language != "en":
            translations.use(language)
        pack, exercise = next((p, e) for p in catalogue.packs_in("sheets", language)
                              for e in p.exercises if e.id == exercise_id)
        window = QWidget()
        window.resize(*size)
        layout = QVBoxLayout(window)
        layout.setContentsMargins(0, 0, 0, 0)
        item = load_hook(SKILL.placement_item)(pack, exercise, lambda: SECONDS, window)
        layout.addWidget(item)
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        window.activateWindow()
        item.setFocus()  # as the placement does when it shows an item
        qtbot.waitUntil(lambda: QApplication.focusWidget() is item.grid)
        return item
    yield open_
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def click_cell(qtbot, item, ref):
    row, col = parse_cell(ref)
    rect = item.grid.visualRect(item.model.index(row, col))
    qtbot.mouseClick(item.grid.viewport(), LEFT, pos=rect.center())
    assert item.cell_name.text() == ref


def type_cell(qtbot, item, text):
    """Type into the current cell as a learner does: the first key opens the editor."""
    qtbot.keyClick(item.grid, text[0])
    editor = QApplication.focusWidget()
    assert editor is not item.grid, "typing did not open the cell editor"
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # Qt closes the editor after Enter in a queued call


def shown(item, ref):
    row, col = parse_cell(ref)
    return item.model.index(row, col).data()


def check(qtbot, item):
    with qtbot.waitSignal(item.answered, timeout=5000) as signal:
        qtbot.mouseClick(item.check_button, LEFT)
    verdict = signal.args[0]
    assert isinstance(verdict, Verdict)
    return verdict


def test_the_first_formula_typed_in_the_grid_passes(qtbot, open_item):
    item = open_item("first-formula")
    assert shown(item, "B1") == "12" and shown(item, "A3") == "Total"  # the task's start
    click_cell(qtbot, item, "B3")
    type_cell(qtbot, item, "=B1+B2")
    assert shown(item, "B3") == "42"
    click_cell(qtbot, item, "B1")
    type_cell(qtbot, item, "20")
    assert shown(item, "B3") == "50"
    verdict = check(qtbot, item)
    assert verdict.passed and verdict.score == 1.0 and item_right(verdict)
    assert not item.grid.isEnabled() and not item.check_button.isEnabled()  # answered once


def test_a_typed_number_instead_of_a_formula_fails(qtbot, open_item):
    item = open_item("first-formula")
    click_cell(qtbot, item, "B3")
    type_cell(qtbot, item, "42")  # the right number, but no formula
    verdict = check(qtbot, item)
    assert not verdict.passed and not item_right(verdict)
    assert "B3" in {f.params.get("cell") for f in verdict.missing_essentials}


def fill_tax(qtbot, item, formula):
    click_cell(qtbot, item, "D4")
    type_cell(qtbot, item, formula)
    item.grid.select_rect((3, 3, 6, 3))  # D4:D7, as a drag selects it
    qtbot.mouseClick(item.buttons["fill_down"], LEFT)


def test_a_formula_with_a_fixed_reference_filled_down_passes(qtbot, open_item):
    item = open_item("invoice-tax")
    fill_tax(qtbot, item, "=C4*$B$1")
    assert [shown(item, f"D{r}") for r in range(4, 8)] == ["6.4", "13.6", "1.92", "1.28"]
    verdict = check(qtbot, item)
    assert verdict.passed and item_right(verdict)


def test_a_reference_that_moves_when_filled_down_fails(qtbot, open_item):
    item = open_item("invoice-tax")
    fill_tax(qtbot, item, "=C4*B1")  # B1 becomes B2, B3...: wrong below D4
    assert shown(item, "D4") == "6.4" and shown(item, "D5") != "13.6"
    verdict = check(qtbot, item)
    assert not verdict.passed


def test_an_entry_still_being_typed_is_checked_too(qtbot, open_item):
    item = open_item("first-formula")
    click_cell(qtbot, item, "B1")
    type_cell(qtbot, item, "20")
    click_cell(qtbot, item, "B3")
    qtbot.keyClick(item.grid, "=")
    qtbot.keyClicks(QApplication.focusWidget(), "B1+B2")  # no Enter: Check ends it
    verdict = check(qtbot, item)
    assert verdict.passed


def test_nothing_is_recorded_in_the_database(qtbot, open_item, db):
    learner = create_learner(db, "Ana", "sun")
    item = open_item("first-formula")
    click_cell(qtbot, item, "B3")
    type_cell(qtbot, item, "=B1+B2")
    check(qtbot, item)
    assert attempts_of(db, learner.id) == []


def visible_controls_outside(window: QWidget) -> list[str]:
    QApplication.processEvents()
    bounds = QRect(0, 0, window.width(), window.height())
    return [f"{w.objectName()} {QRect(w.mapTo(window, QPoint(0, 0)), w.size())}"
            for w in window.findChildren(QWidget)
            if isinstance(w, INTERACTIVE) and w.isVisible()
            if not bounds.contains(QRect(w.mapTo(window, QPoint(0, 0)), w.size()))]


@pytest.mark.parametrize("exercise_id", ["first-formula", "invoice-tax", "sales-chart"])
def test_it_fits_a_small_screen_in_arabic_with_every_control_named(qtbot, open_item,
                                                                   exercise_id):
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    item = open_item(exercise_id, "ar")
    assert item.isRightToLeft()
    assert item.grid.layoutDirection() == Qt.LayoutDirection.LeftToRight  # A1 top left
    assert not item.scroll_area.verticalScrollBar().isVisible()  # no need to scroll at 600
    assert not item.scroll_area.horizontalScrollBar().isVisible()
    assert visible_controls_outside(item.window()) == []
    assert unnamed(item) == []
    assert item.check_button.text() == "تحقق من عملي"


def test_its_check_button_and_the_tasks_rows_are_in_view_in_1000x400(qtbot, open_item):
    item = open_item("invoice-tax", size=(1000, 400))
    window = item.window()
    QApplication.processEvents()
    check_rect = QRect(item.check_button.mapTo(window, QPoint(0, 0)), item.check_button.size())
    assert QRect(0, 0, 1000, 400).contains(check_rect)
    row, col = parse_cell("D5")  # the table (A3:D7) starts in view
    cell = item.grid.visualRect(item.model.index(row, col))
    assert item.grid.viewport().rect().contains(cell)


def test_a_chart_of_a_selection_made_with_the_mouse(qtbot, open_item):
    item = open_item("sales-chart")
    grid = item.grid
    start = grid.visualRect(item.model.index(0, 0)).center()
    end = grid.visualRect(item.model.index(6, 1)).center()
    qtbot.mousePress(grid.viewport(), LEFT, pos=start)
    qtbot.mouseMove(grid.viewport(), end)
    qtbot.mouseRelease(grid.viewport(), LEFT, pos=end)
    assert grid.selected_rect() == (0, 0, 6, 1)  # A1:B7
    item.chart_bars.trigger()  # "Bars" in the Chart button's menu
    assert item.chart_view.isVisible()
    assert check(qtbot, item).passed
