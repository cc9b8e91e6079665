"""The pointer exercises' practice area, driven with real mouse events (press, move,
release, the wheel) and a fake clock: where a click lands, double-click timing, the
right-click menu, dragging a file and the pieces of a picture, scrolling, hovering for a
tip, following the moving circle."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from tests.ui.basics_pages import Clock
from tutor.skills.basics.engine import PointerWork
from tutor.skills.basics.model import BasicsExercise
from tutor.skills.basics.view_pointer import FEEDBACK_MS, PointerPage

LEFT, RIGHT = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton
NONE = Qt.KeyboardModifier.NoModifier


def exercise(kind: str, **fields) -> BasicsExercise:
    data = {"id": kind, "title": kind.title(), "kind": kind, "say": "Do it.", "targets": 3,
            "start_size": 100, "min_size": 40, **fields}
    return BasicsExercise.model_validate(data)


@pytest.fixture
def make_page(qtbot):
    def make(kind: str, size=(800, 500), rtl=False, **fields):
        clock = Clock(step=0)
        ex = exercise(kind, **fields)
        work = PointerWork("test-pack", "1", ex, clock(), system_double_click_ms=500)
        page = PointerPage(ex, work, clock, rng=random.Random(7))
        if rtl:
            page.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        qtbot.addWidget(page)
        page.resize(*size)
        page.show()
        qtbot.waitExposed(page)
        page.show_step()
        outcomes: list[str] = []
        page.progressed.connect(outcomes.append)
        return page, work, clock, outcomes

    return make


def at(point: QPointF, dx: float = 0, dy: float = 0) -> QPoint:
    return QPoint(round(point.x() + dx), round(point.y() + dy))


def next_target(qtbot, page) -> None:
    """The right mark shows, then the next target comes."""
    qtbot.waitUntil(lambda: not page.canvas.waiting, timeout=FEEDBACK_MS * 6)


def test_a_click_10_px_off_a_target_is_a_hit_and_a_click_beside_it_a_miss(qtbot, make_page):
    page, work, clock, outcomes = make_page("click")
    canvas = page.canvas
    assert canvas.diameter() == 100
    centre = canvas.centre
    clock.advance(2.0)
    QTest.mouseClick(canvas, LEFT, NONE, at(centre, 80))  # 80 px: beside it
    assert outcomes == ["miss"] and work.records[0].misses == 1
    assert work.size == 100  # grew back (it was already the largest)
    clock.advance(1.0)
    QTest.mouseClick(canvas, LEFT, NONE, at(centre, 10))
    assert outcomes == ["miss", "hit"]
    record = work.records[0]
    assert record.distance == pytest.approx(10, abs=0.6) and record.seconds == 3.0
    assert record.relative == pytest.approx(0.2, abs=0.02)
    next_target(qtbot, page)
    assert canvas.centre != centre
    assert canvas.diameter() == round(100 - 60 * 0.2)  # accurate: smaller (88)
    QTest.mouseClick(canvas, RIGHT, NONE, at(canvas.centre))
    assert outcomes[-1] == "wrong-button" and work.records[1].slip_count == 1


def test_a_double_click_slower_than_the_limit_is_two_clicks(qtbot, make_page):
    page, work, clock, outcomes = make_page("double-click", targets=2)
    canvas = page.canvas
    centre = canvas.centre
    QTest.mousePress(canvas, LEFT, NONE, at(centre))
    QTest.mouseRelease(canvas, LEFT, NONE, at(centre))
    clock.advance(1.1)  # 1100 ms: slower than 900
    QTest.mousePress(canvas, LEFT, NONE, at(centre, 1))
    QTest.mouseRelease(canvas, LEFT, NONE, at(centre, 1))
    assert outcomes == ["slow"] and work.index == 0
    assert work.double_click_ms == 1200
    clock.advance(1.0)
    QTest.mousePress(canvas, LEFT, NONE, at(centre, 3, 2))
    QTest.mouseRelease(canvas, LEFT, NONE, at(centre, 3, 2))
    clock.advance(0.35)
    QTest.mousePress(canvas, LEFT, NONE, at(centre, 4, 3))  # 350 ms, 1.4 px: a double
    QTest.mouseRelease(canvas, LEFT, NONE, at(centre, 4, 3))
    assert outcomes == ["slow", "hit"] and work.index == 1
    assert work.records[0].gap_ms == pytest.approx(350)
    assert work.double_click_ms == 1100


def test_qts_own_double_click_event_counts_as_the_second_press(qtbot, make_page):
    page, work, clock, outcomes = make_page("double-click", targets=2)
    canvas = page.canvas
    QTest.mousePress(canvas, LEFT, NONE, at(canvas.centre))
    QTest.mouseRelease(canvas, LEFT, NONE, at(canvas.centre))
    clock.advance(0.2)
    QTest.mouseDClick(canvas, LEFT, NONE, at(canvas.centre))  # a DblClick event alone
    assert outcomes == ["hit"] and work.doubles_in_time == 1


def test_a_lone_click_is_told_to_click_twice(qtbot, make_page):
    page, work, clock, outcomes = make_page("double-click")
    QTest.mouseClick(page.canvas, LEFT, NONE, at(page.canvas.centre))
    page.tick()
    assert outcomes == []
    clock.advance(1.0)  # past the 900 ms limit, no second press
    page.tick()
    page.tick()
    assert outcomes == ["single"]  # said once, counted nothing
    assert work.records[0].slip_count == 0 and work.records[0].misses == 0


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
def test_right_click_opens_the_menu_and_the_right_item_is_chosen(qtbot, make_page):
    page, work, clock, outcomes = make_page("right-click", menu=["Open", "Print", "Delete"],
                                            choose="Print")
    canvas = page.canvas
    QTest.mouseClick(canvas, LEFT, NONE, at(canvas.centre))
    assert outcomes == ["wrong-button"]
    QTest.mouseClick(canvas, RIGHT, NONE, at(canvas.centre, 5, 5))
    menu = canvas.findChild(QMenu, "basicsMenu")
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    assert [a.text() for a in menu.actions()] == ["Open", "Print", "Delete"]
    wrong = menu.actions()[0]
    QTest.mouseClick(menu, LEFT, NONE, menu.actionGeometry(wrong).center())
    assert outcomes[-1] == "wrong-item" and work.records[0].slip_count == 2
    QTest.mouseClick(canvas, RIGHT, NONE, at(canvas.centre, 6, 8))
    menu = next(m for m in canvas.findChildren(QMenu, "basicsMenu") if m.isVisible())
    print_item = menu.actions()[1]
    QTest.mouseClick(menu, LEFT, NONE, menu.actionGeometry(print_item).center())
    assert outcomes[-1] == "hit" and work.index == 1
    assert work.records[0].distance == pytest.approx(10, abs=0.6)


def test_a_file_dragged_onto_the_folder(qtbot, make_page):
    page, work, clock, outcomes = make_page("drag", drag="file-to-folder")
    canvas = page.canvas
    start, folder = QPointF(canvas.item), QPointF(canvas.slot)
    assert start.x() < canvas.width() / 2 < folder.x()  # from the left, to the right
    QTest.mousePress(canvas, LEFT, NONE, at(start))
    QTest.mouseRelease(canvas, LEFT, NONE, at(start))  # no move: hold the button
    assert outcomes == ["hold-button"]
    # dropped beside the folder: back where it was, a miss
    QTest.mousePress(canvas, LEFT, NONE, at(start))
    QTest.mouseMove(canvas, at(start, 30, 0))
    QTest.mouseMove(canvas, at(folder, 0, 150))
    QTest.mouseRelease(canvas, LEFT, NONE, at(folder, 0, 150))
    assert outcomes[-1] == "miss" and canvas.item == start
    # grabbed 5 px right of its centre, dropped with its centre 12 px from the folder's
    QTest.mousePress(canvas, LEFT, NONE, at(start, 5, 0))
    QTest.mouseMove(canvas, at(start, 40, 10))
    assert canvas.dragging and canvas.item == QPointF(start.x() + 35, start.y() + 10)
    QTest.mouseMove(canvas, at(folder, 5 + 12, 0))
    QTest.mouseRelease(canvas, LEFT, NONE, at(folder, 5 + 12, 0))
    assert outcomes[-1] == "hit"
    assert work.records[0].distance == pytest.approx(12, abs=0.6)
    assert work.records[0].misses == 1


def test_a_file_goes_from_the_right_to_the_left_in_arabic(qtbot, make_page):
    page, *_ = make_page("drag", drag="file-to-folder", rtl=True)
    assert page.canvas.item.x() > page.canvas.width() / 2 > page.canvas.slot.x()


def test_the_pieces_of_a_picture_go_into_their_slots(qtbot, make_page):
    page, work, clock, outcomes = make_page("drag", drag="picture", targets=4,
                                            start_size=120, min_size=60)
    canvas = page.canvas
    assert len(canvas.pieces) == 4
    piece = canvas.pieces[0]
    other_slot = canvas.slot_centre(3)
    QTest.mousePress(canvas, LEFT, NONE, at(piece.at))
    QTest.mouseMove(canvas, at(piece.at, 20, 0))
    QTest.mouseMove(canvas, at(other_slot))
    QTest.mouseRelease(canvas, LEFT, NONE, at(other_slot))  # the wrong place
    assert outcomes == ["miss"] and not piece.placed
    for n, piece in enumerate(canvas.pieces):
        slot = canvas.slot_centre(piece.index)
        QTest.mousePress(canvas, LEFT, NONE, at(piece.at))
        QTest.mouseMove(canvas, at(piece.at, 20, 0))
        QTest.mouseMove(canvas, at(slot, 6, -8))
        QTest.mouseRelease(canvas, LEFT, NONE, at(slot, 6, -8))
        assert piece.placed and piece.at == slot
        assert work.records[n].distance == pytest.approx(10, abs=0.8)
        next_target(qtbot, page)
    assert outcomes == ["miss", "hit", "hit", "hit", "hit"] and work.finished


def turn_wheel(widget, pos: QPoint, steps: int) -> None:
    """``steps`` notches of the wheel (negative: toward the learner, the page goes down)."""
    event = QWheelEvent(QPointF(pos), QPointF(widget.mapToGlobal(pos)), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton, NONE,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_finds_the_circle_down_the_page(qtbot, make_page):
    page, work, clock, outcomes = make_page("scroll", scroll_with="wheel", size=(700, 400))
    canvas, area = page.canvas, page.scroll_area
    assert area is not None
    assert area.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    qtbot.waitUntil(lambda: canvas.height() >= area.viewport().height() * 3)
    bar = area.verticalScrollBar()
    assert bar.value() == 0
    assert canvas.centre.y() > area.viewport().height()  # out of sight, below
    for _ in range(40):
        if canvas.visibleRegion().boundingRect().contains(at(canvas.centre)):
            break
        turn_wheel(canvas, QPoint(100, 100), -1)
    assert bar.value() > 0
    assert canvas.visibleRegion().boundingRect().contains(at(canvas.centre))
    QTest.mouseClick(canvas, LEFT, NONE, at(canvas.centre, 0, 4))
    assert outcomes == ["hit"]
    assert work.records[0].wheel > 0 and work.records[0].bar == 0


def test_the_bar_only_when_the_bar_is_asked_for(qtbot, make_page):
    page, work, clock, outcomes = make_page("scroll", scroll_with="bar", size=(700, 400))
    canvas, area = page.canvas, page.scroll_area
    assert area is not None
    qtbot.waitUntil(lambda: canvas.height() >= area.viewport().height() * 3)
    bar = area.verticalScrollBar()
    assert bar.isVisible() and bar.width() >= 30  # a wide bar
    turn_wheel(canvas, QPoint(100, 100), -3)
    assert bar.value() == 0 and outcomes == ["use-bar"]
    # drag the bar's handle down with the mouse
    handle_y = 30
    QTest.mousePress(bar, LEFT, NONE, QPoint(bar.width() // 2, handle_y))
    for y in range(handle_y, bar.height() - 20, 20):
        QTest.mouseMove(bar, QPoint(bar.width() // 2, y))
        if canvas.visibleRegion().boundingRect().contains(at(canvas.centre)):
            break
    QTest.mouseRelease(bar, LEFT, NONE, QPoint(bar.width() // 2, y))
    assert bar.value() > 0 and work.records[0].bar > 0
    QTest.mouseClick(canvas, LEFT, NONE, at(canvas.centre))
    assert outcomes == ["use-bar", "hit"]


def test_rest_on_a_circle_to_point_at_it(qtbot, make_page):
    page, work, clock, outcomes = make_page("point", targets=1)
    canvas = page.canvas
    QTest.mouseMove(canvas, at(canvas.centre, 300, 0))
    clock.advance(1.0)
    page.tick()
    assert outcomes == []
    QTest.mouseMove(canvas, at(canvas.centre, 8, 6))
    clock.advance(0.3)
    page.tick()
    assert outcomes == []
    clock.advance(0.25)
    page.tick()
    assert outcomes == ["hit"] and work.finished
    assert work.records[0].distance == pytest.approx(10, abs=0.8)


def test_hover_to_find_the_tip_and_click_that_button(qtbot, make_page):
    page, work, clock, outcomes = make_page("hover", targets=1,
                                            tips=["Save", "Print", "Help", "Close"],
                                            choose="Help")
    canvas = page.canvas
    tips: list[str] = []
    page.tip_shown.connect(tips.append)
    assert sorted(t for _c, t in canvas.buttons) == ["Close", "Help", "Print", "Save"]
    wrong = next(c for c, t in canvas.buttons if t != "Help")
    help_button = next(c for c, t in canvas.buttons if t == "Help")
    QTest.mouseMove(canvas, at(wrong))
    clock.advance(0.9)
    page.tick()
    assert len(tips) == 1 and tips[0] != "Help" and canvas.tip is not None
    QTest.mouseClick(canvas, LEFT, NONE, at(wrong))
    assert outcomes == ["wrong-item"]
    QTest.mouseMove(canvas, at(help_button, 5, 0))
    assert canvas.tip is None  # another button: its own tip, after a wait
    clock.advance(0.9)
    page.tick()
    assert tips[-1] == "Help"
    QTest.mouseClick(canvas, LEFT, NONE, at(help_button, 5, 0))
    assert outcomes == ["wrong-item", "hit"] and work.finished


def test_follow_the_moving_circle(qtbot, make_page):
    page, work, clock, outcomes = make_page("hold", targets=1, start_size=120, min_size=80)
    canvas = page.canvas
    assert canvas.leg_started is None  # it waits for the pointer
    QTest.mouseMove(canvas, at(canvas.centre, 10, 0))
    page.tick()
    assert canvas.leg_started == clock.now
    # the learner loses it: far behind all the way
    while not outcomes:
        clock.advance(0.1)
        page.tick()
    assert outcomes == ["lost"] and canvas.leg_started is None and work.records[0].misses == 1
    # again, following it closely
    QTest.mouseMove(canvas, at(canvas.centre, 5, 5))
    page.tick()
    while len(outcomes) < 2:
        clock.advance(0.1)
        QTest.mouseMove(canvas, at(canvas.hold_centre(clock.now), 8, -6))
        page.tick()
    assert outcomes == ["lost", "hit"] and work.finished
    assert work.records[0].followed == pytest.approx(1.0, abs=0.1)
