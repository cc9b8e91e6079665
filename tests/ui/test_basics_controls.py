"""The controls page driven with real mouse and key events: a whole form through
StepsWork (text box, drop-down list, radio buttons, check box, button, menu bar, dialog,
pointer shapes), and the slips."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from tests.ui.basics_pages import Clock, step_exercise
from tutor.skills.basics.engine import StepsWork
from tutor.skills.basics.model import BasicsExercise
from tutor.skills.basics.view_controls import CURSORS, ControlsPage

LEFT = Qt.MouseButton.LeftButton
# Menus and the list's popup are windows of their own, which the offscreen platform
# cannot raise nor give the keyboard.
POPUPS = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def exercise(*steps: dict) -> BasicsExercise:
    return step_exercise("controls", "form", "A form", "Fill the form.", *steps)


FORM = exercise(
    {"do": "text", "target": "Name", "text": "Amina"},
    {"do": "list", "choices": ["Kenya", "Uganda", "Rwanda"], "value": "Rwanda"},
    {"do": "radio", "choices": ["Morning", "Evening"], "value": "Evening"},
    {"do": "check", "target": "I agree", "value": "on"},
    {"do": "button", "target": "Send", "choices": ["Help"]},
    {"do": "menu", "target": "File/Save", "choices": ["Open", "Print"]},
    {"do": "dialog", "value": "OK"},
    {"do": "pointer", "target": "hand"},
    {"do": "check", "target": "I agree", "value": "off"},
)


@pytest.fixture
def open_page(qtbot, translations):
    def make(ex: BasicsExercise) -> tuple[ControlsPage, StepsWork]:
        clock = Clock()
        work = StepsWork("basics-test", "1", ex, clock.now)
        page = ControlsPage(ex, work, clock)
        page.pause_ms = 0
        qtbot.addWidget(page)
        page.resize(1000, 520)
        page.show()
        qtbot.waitExposed(page)
        return page, work
    return make


def next_step(qtbot, page: ControlsPage, work: StepsWork) -> None:
    qtbot.waitUntil(lambda: work.finished or page.shown_index == work.index)


def choose_from_menu(qtbot, page: ControlsPage, menu_name: str, item: str) -> None:
    bar = page.menu_bar
    menu_action = next(a for a in bar.actions() if a.text() == menu_name)
    QTest.mouseClick(bar, LEFT, pos=bar.actionGeometry(menu_action).center())
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    action = next(a for a in menu.actions() if a.text() == item)
    QTest.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())


@POPUPS
def test_a_whole_form(qtbot, open_page):
    page, work = open_page(FORM)
    progress = []
    page.progressed.connect(lambda: progress.append(work.index))
    name = page.text_boxes["Name"]
    QTest.mouseClick(name, LEFT)
    QTest.keyClicks(name, "Amina")
    assert work.index == 1 and progress == [1]
    next_step(qtbot, page, work)

    combo = page.lists["Kenya|Uganda|Rwanda"]
    assert combo.currentText() == ""  # the list starts on its empty line
    combo.showPopup()
    view = combo.view()
    index = combo.model().index(3, 0)
    QTest.mouseClick(view.viewport(), LEFT, pos=view.visualRect(index).center())
    assert combo.currentText() == "Rwanda" and work.index == 2
    next_step(qtbot, page, work)

    evening = page.radio_groups["Morning|Evening"].button(1)
    QTest.mouseClick(evening, LEFT, pos=QPoint(8, evening.height() // 2))
    assert work.index == 3
    next_step(qtbot, page, work)

    agree = page.check_boxes["I agree"]
    QTest.mouseClick(agree, LEFT, pos=QPoint(8, agree.height() // 2))
    assert agree.isChecked() and work.index == 4
    next_step(qtbot, page, work)

    QTest.mouseClick(page.buttons["Send"], LEFT)
    assert work.index == 5
    next_step(qtbot, page, work)

    choose_from_menu(qtbot, page, "File", "Save")
    assert work.index == 6
    next_step(qtbot, page, work)

    assert page.dialog.isVisible() and not page.form_widget.isEnabled()
    QTest.mouseClick(page.dialog.ok, LEFT)
    assert work.index == 7 and not page.dialog.isVisible()
    next_step(qtbot, page, work)

    assert page.stack.currentWidget() is page.pointer_panel
    shapes = {area.shape: area for area in page.areas}
    assert shapes["hand"].cursor().shape() == CURSORS["hand"]
    assert shapes["text"].cursor().shape() == Qt.CursorShape.IBeamCursor
    assert shapes["busy"].cursor().shape() == Qt.CursorShape.WaitCursor
    QTest.mouseClick(shapes["hand"], LEFT)
    assert work.index == 8
    next_step(qtbot, page, work)

    assert page.stack.currentWidget() is page.form_area
    QTest.mouseClick(agree, LEFT, pos=QPoint(8, agree.height() // 2))
    assert not agree.isChecked()
    assert work.finished and work.slips == 0
    attempt = work.finish(300.0)
    assert attempt.passed and attempt.metrics["steps"] == 9


@POPUPS
def test_wrong_controls_and_choices_are_slips(qtbot, open_page):
    page, work = open_page(exercise(
        {"do": "button", "target": "Send", "choices": ["Help"]},
        {"do": "radio", "choices": ["Morning", "Evening"], "value": "Evening"},
        {"do": "menu", "target": "File/Save", "choices": ["Open"]},
        {"do": "dialog", "value": "Cancel"},
        {"do": "pointer", "target": "text"},
    ))
    QTest.mouseClick(page.buttons["Help"], LEFT)
    assert work.slips == 1 and work.index == 0
    QTest.mouseClick(page.buttons["Send"], LEFT)
    next_step(qtbot, page, work)
    morning = page.radio_groups["Morning|Evening"].button(0)
    QTest.mouseClick(morning, LEFT, pos=QPoint(8, morning.height() // 2))
    assert work.slips == 2
    QTest.mouseClick(page.buttons["Send"], LEFT)  # another control
    assert work.slips == 3
    evening = page.radio_groups["Morning|Evening"].button(1)
    QTest.mouseClick(evening, LEFT, pos=QPoint(8, evening.height() // 2))
    next_step(qtbot, page, work)
    choose_from_menu(qtbot, page, "File", "Open")
    assert work.slips == 4 and work.index == 2
    choose_from_menu(qtbot, page, "File", "Save")
    next_step(qtbot, page, work)
    QTest.keyClick(page.dialog.ok, Qt.Key.Key_Return)  # Enter answers OK: not asked
    assert work.slips == 5 and page.dialog.isVisible()
    QTest.keyClick(page.dialog.ok, Qt.Key.Key_Escape)  # Escape cancels
    assert work.index == 4
    next_step(qtbot, page, work)
    shapes = {area.shape: area for area in page.areas}
    QTest.mouseClick(shapes["busy"], LEFT)
    assert work.slips == 6
    QTest.mouseClick(shapes["text"], LEFT)
    assert work.finished
    assert work.records[0].slips == ["clicked Help"]


def test_a_text_box_is_judged_when_the_learner_leaves_it(qtbot, open_page):
    page, work = open_page(exercise(
        {"do": "text", "target": "Name", "text": "Amina"},
        {"do": "button", "target": "Send"},
    ))
    name = page.text_boxes["Name"]
    QTest.keyClicks(name, "Amna")
    assert work.slips == 0  # still typing
    QTest.keyClick(name, Qt.Key.Key_Return)  # left with the wrong text
    assert work.slips == 1
    QTest.keyClick(name, Qt.Key.Key_Return)  # the same text again: judged once
    assert work.slips == 1
    name.setCursorPosition(2)
    QTest.keyClick(name, "i")
    assert work.index == 1
    next_step(qtbot, page, work)
    QTest.mouseClick(page.buttons["Send"], LEFT)  # the Name box loses the keyboard
    assert work.finished and work.slips == 1


def test_a_check_box_step_always_asks_for_a_change(qtbot, open_page):
    page, work = open_page(exercise({"do": "check", "target": "Tick", "value": "off"}))
    box = page.check_boxes["Tick"]
    assert box.isChecked()  # to untick it, it starts ticked
    QTest.keyClick(box, Qt.Key.Key_Space)
    assert work.finished


def test_the_pointer_areas_move_round_between_steps(qtbot, open_page):
    page, work = open_page(exercise({"do": "pointer", "target": "hand"},
                                    {"do": "pointer", "target": "hand"}))
    first = [area.shape for area in page.areas]
    QTest.mouseClick(next(a for a in page.areas if a.shape == "hand"), LEFT)
    next_step(qtbot, page, work)
    assert [area.shape for area in page.areas] != first
    assert not any(area.hasFocus() for area in page.areas)
    hand = next(a for a in page.areas if a.shape == "hand")
    hand.setFocus()
    QTest.keyClick(hand, Qt.Key.Key_Space)  # the keyboard answers too
    assert work.finished


def test_every_control_has_a_name(qtbot, open_page):
    page, _ = open_page(FORM)
    widgets = [*page.text_boxes.values(), *page.lists.values(), *page.check_boxes.values(),
               *page.buttons.values(), page.dialog.ok, page.dialog.cancel, *page.areas,
               page.menu_bar]
    for group in page.radio_groups.values():
        widgets += group.buttons()
    for widget in widgets:
        assert widget.objectName() and widget.accessibleName(), widget
