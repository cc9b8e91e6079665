"""The practice window driven with real mouse events: dragged by its title bar, resized
by its grip, minimised to the taskbar and back, maximised, restored, closed and opened
again, through StepsWork; the slips; right to left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from tests.ui.basics_pages import Clock, step_exercise
from tutor.skills.basics.engine import StepsWork
from tutor.skills.basics.model import BasicsExercise
from tutor.skills.basics.view_window import WindowPage
from tutor.skills.basics.windows import Rect

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


def exercise(*steps: dict) -> BasicsExercise:
    return step_exercise("window", "window", "A window", "Use the window.", *steps)


@pytest.fixture
def open_page(qtbot, translations):
    def make(ex: BasicsExercise, rtl: bool = False) -> tuple[WindowPage, StepsWork]:
        clock = Clock()
        work = StepsWork("basics-test", "1", ex, clock.now)
        page = WindowPage(ex, work, clock)
        if rtl:
            page.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        page.pause_ms = 0
        qtbot.addWidget(page)
        page.resize(900, 520)
        page.show()
        qtbot.waitExposed(page)
        return page, work
    return make


def next_step(qtbot, page: WindowPage, work: StepsWork) -> None:
    qtbot.waitUntil(lambda: work.finished or page.shown_index == work.index)


def drag(widget, start: QPoint, dx: int, dy: int) -> None:
    """Press at ``start``, move by (dx, dy) in two moves, release. The widget moves with
    the drag (a title bar, a grip): each event is given where the pointer is then, in the
    widget as it is then."""
    origin = widget.mapToGlobal(start)
    QTest.mousePress(widget, LEFT, NONE, start)
    for fraction in (0.5, 1.0):
        target = origin + QPoint(round(dx * fraction), round(dy * fraction))
        QTest.mouseMove(widget, widget.mapFromGlobal(target))
    QTest.mouseRelease(widget, LEFT, NONE, widget.mapFromGlobal(origin + QPoint(dx, dy)))


def test_a_whole_window_exercise(qtbot, open_page):
    page, work = open_page(exercise(
        {"do": "move"}, {"do": "resize"}, {"do": "minimise"}, {"do": "restore"},
        {"do": "maximise"}, {"do": "restore"}, {"do": "close"}, {"do": "open"},
    ))
    win = page.practice_window
    start = page.window_state.rect
    assert win.geometry().topLeft() == QPoint(start.x, start.y) and win.isVisible()

    drag(win.title_bar, QPoint(120, 15), 30, 0)  # 30 pixels: enough
    moved = page.window_state.rect
    assert (moved.x, moved.y) == (start.x + 30, start.y)
    assert win.geometry().topLeft() == QPoint(moved.x, moved.y)
    assert work.index == 1
    next_step(qtbot, page, work)

    grip = win.grip
    drag(grip, QPoint(10, 10), 60, 40)
    assert page.window_state.rect == Rect(moved.x, moved.y, moved.w + 60, moved.h + 40)
    assert win.width() == moved.w + 60
    assert work.index == 2
    next_step(qtbot, page, work)

    QTest.mouseClick(win.minimise, LEFT)
    assert not win.isVisible() and not page.task_button.isChecked()
    next_step(qtbot, page, work)
    QTest.mouseClick(page.task_button, LEFT)  # back from the taskbar
    assert win.isVisible() and work.index == 4
    next_step(qtbot, page, work)

    QTest.mouseClick(win.maximise, LEFT)
    assert win.geometry() == page.desktop.rect()
    assert win.maximise.kind == "restore" and not win.grip.isVisible()
    next_step(qtbot, page, work)
    QTest.mouseClick(win.maximise, LEFT)  # now the restore button
    assert page.window_state.state == "normal" and win.width() == moved.w + 60
    next_step(qtbot, page, work)

    QTest.mouseClick(win.close_button, LEFT)
    assert not win.isVisible()
    next_step(qtbot, page, work)
    QTest.mouseDClick(page.icon, LEFT)  # a double click on the desktop icon opens it
    assert win.isVisible()
    assert work.finished and work.slips == 0
    attempt = work.finish(300.0)
    assert attempt.passed and attempt.metrics["done"] == 8


def test_a_short_move_is_not_enough_and_moves_add_up(qtbot, open_page):
    page, work = open_page(exercise({"do": "move"}))
    title = page.practice_window.title_bar
    drag(title, QPoint(120, 15), 20, 0)
    assert work.index == 0 and work.slips == 0
    drag(title, QPoint(120, 15), 0, 12)  # 20 across and 12 down: 23 px from the start
    assert work.index == 0
    drag(title, QPoint(120, 15), 10, 8)  # 30 across, 20 down: 36 px
    assert work.finished and work.slips == 0


def test_the_wrong_button_is_a_slip_and_the_window_comes_back(qtbot, open_page):
    page, work = open_page(exercise({"do": "minimise"}))
    win = page.practice_window
    QTest.mouseClick(win.close_button, LEFT)
    assert work.slips == 1 and work.records[0].slips == ["did close"]
    assert win.isVisible() and page.window_state.state == "normal"  # put back
    QTest.mouseDClick(win.title_bar, LEFT, NONE, QPoint(120, 15))  # maximises: not asked
    assert work.slips == 2 and page.window_state.state == "normal"
    QTest.mouseClick(page.task_button, LEFT)  # the taskbar button minimises a shown window
    assert work.finished and not win.isVisible()


def test_a_step_finds_the_window_ready(qtbot, open_page):
    page, work = open_page(exercise({"do": "open"}, {"do": "restore"}))
    assert not page.practice_window.isVisible()  # to open it, it starts closed
    QTest.mouseClick(page.task_button, LEFT)  # the taskbar button opens it too
    next_step(qtbot, page, work)
    assert page.window_state.state == "maximised"  # to restore it, it starts maximised
    QTest.mouseDClick(page.practice_window.title_bar, LEFT, NONE, QPoint(120, 15))
    assert work.finished


def test_right_to_left_the_buttons_and_the_grip_are_on_the_left(qtbot, open_page):
    page, work = open_page(exercise({"do": "resize"}), rtl=True)
    win = page.practice_window
    close = win.close_button.mapTo(win, QPoint(0, 0)).x()
    minimise = win.minimise.mapTo(win, QPoint(0, 0)).x()
    title = win.title.mapTo(win, QPoint(0, 0)).x()
    assert close < minimise < title  # X first from the left, as Windows in Arabic
    assert win.grip.x() < win.width() // 2
    right_edge = page.window_state.rect.x + page.window_state.rect.w
    drag(win.grip, QPoint(10, 10), -50, 0)  # to the left: wider
    rect = page.window_state.rect
    assert rect.w == page.start_state.rect.w + 50 and rect.x + rect.w == right_edge
    assert work.finished
    assert page.icon.x() > page.desktop.width() // 2  # the desktop icon on the right


def test_every_control_has_a_name(qtbot, open_page):
    page, _ = open_page(exercise({"do": "close"}))
    win = page.practice_window
    for widget in (win.minimise, win.maximise, win.close_button, win.grip, win.title_bar,
                   page.icon, page.task_button):
        assert widget.objectName() and widget.accessibleName(), widget
