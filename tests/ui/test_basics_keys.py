"""The keys page driven with real key events: a whole small exercise through StepsWork,
slips, Caps Lock's light, and the keys of an email address on an AZERTY keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtTest import QTest

from tests.ui.basics_pages import Clock, step_exercise
from tutor.skills.basics.engine import StepsWork
from tutor.skills.basics.keys import Keys
from tutor.skills.basics.model import BasicsExercise
from tutor.skills.basics.view_keys import KeysPage

SHIFT = Qt.KeyboardModifier.ShiftModifier


def exercise(*steps: dict) -> BasicsExercise:
    return step_exercise("keys", "keys", "Keys", "Use the keys.", *steps)


@pytest.fixture
def open_page(qtbot, translations):
    def make(ex: BasicsExercise, layout: str = "us") -> tuple[KeysPage, StepsWork]:
        clock = Clock()
        work = StepsWork("basics-test", "1", ex, clock.now)
        page = KeysPage(ex, work, clock, keyboard_layout=layout)
        page.pause_ms = 0
        qtbot.addWidget(page)
        page.resize(1000, 520)
        page.show()
        qtbot.waitExposed(page)
        return page, work
    return make


def next_step(qtbot, page: KeysPage, work: StepsWork) -> None:
    qtbot.waitUntil(lambda: work.finished or page.shown_index == work.index)


def type_text(box, text: str) -> None:
    for char in text:
        QTest.keyClick(box, char, SHIFT if char.isupper() else Qt.KeyboardModifier.NoModifier)


def test_a_whole_keys_exercise(qtbot, open_page):
    page, work = open_page(exercise(
        {"do": "press", "key": "Enter"},
        {"do": "press", "key": "Backspace", "start": "abc"},
        {"do": "type", "text": "Ali"},
        {"do": "correct", "start": "helo", "text": "hello"},
        {"do": "tab", "start": "Amina", "text": "Kigali"},
    ))
    done = []
    page.progressed.connect(lambda: done.append(work.index))
    box = page.boxes[0]
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert work.index == 1 and done == [1]
    assert box.toPlainText() == "\n"  # the new line stays while the step is shown
    next_step(qtbot, page, work)
    assert box.toPlainText() == "abc" and box.textCursor().position() == 3
    QTest.keyClick(box, Qt.Key.Key_Backspace)
    next_step(qtbot, page, work)
    shown = QTextDocumentFragment.fromHtml(page.wanted.text()).toPlainText()
    assert shown == "Ali" and page.next_words.text().endswith("A")
    type_text(box, "A")
    assert ">A</span>" in page.wanted.text() and "underline\">l</span>i" in page.wanted.text()
    type_text(box, "li")
    next_step(qtbot, page, work)
    assert box.toPlainText() == "helo"
    QTest.keyClick(box, Qt.Key.Key_Left)
    QTest.keyClick(box, "l")
    next_step(qtbot, page, work)
    assert page.boxes[1].isVisible() and page.box_marks[0].isVisible()
    assert page.keyboard.lit == Keys(("Tab",))
    QTest.keyClick(box, Qt.Key.Key_Tab)
    assert page.focus == 1 and box.toPlainText() == "Amina"  # Tab went on, typed nothing
    type_text(page.boxes[1], "Kigali")
    assert work.finished and work.slips == 0
    attempt = work.finish(200.0)
    assert attempt.passed and attempt.metrics["done"] == 5


def test_a_wrong_key_is_a_slip_and_backspace_at_the_start_is_not(qtbot, open_page):
    page, work = open_page(exercise(
        {"do": "press", "key": "Enter"},
        {"do": "correct", "start": "catt", "text": "cat"},
    ))
    box = page.boxes[0]
    QTest.keyClick(box, Qt.Key.Key_Space)
    assert work.slips == 1 and work.index == 0
    QTest.keyClick(box, Qt.Key.Key_Shift)  # a modifier alone: nothing
    assert work.slips == 1
    QTest.keyClick(box, Qt.Key.Key_Return)
    next_step(qtbot, page, work)
    QTest.keyClick(box, Qt.Key.Key_Home)
    QTest.keyClick(box, Qt.Key.Key_Backspace)  # at the start: nothing happens
    assert work.slips == 1 and box.toPlainText() == "catt"
    QTest.keyClick(box, Qt.Key.Key_End)
    assert page.keyboard.lit == Keys(("Backspace",))
    QTest.keyClick(box, Qt.Key.Key_Backspace)
    assert work.finished and work.slips == 1
    assert work.records[0].slips == ["pressed Space"]


def test_typing_in_the_first_box_of_a_tab_step_is_a_slip(qtbot, open_page):
    page, work = open_page(exercise({"do": "tab", "text": "ok"}))
    QTest.keyClick(page.boxes[0], "o")
    assert work.slips == 1 and page.focus == 0


def test_caps_lock_light_and_capitals(qtbot, open_page):
    page, work = open_page(exercise(
        {"do": "press", "key": "CapsLock"},
        {"do": "type", "text": "OK"},
        {"do": "press", "key": "CapsLock"},
        {"do": "type", "text": "ok"},
    ))
    box = page.boxes[0]
    assert not page.caps_light.on and page.caps_light.letter.text() == "a"
    QTest.keyClick(box, Qt.Key.Key_CapsLock)
    next_step(qtbot, page, work)
    assert page.caps_light.on and page.caps_light.letter.text() == "A"
    assert page.caps_light.words.text() == "Caps Lock on"
    assert page.keyboard.caps_on
    # With Caps Lock on, a capital is its key alone: no Shift lit.
    assert page.keyboard.lit == Keys(("AD09",), ())
    QTest.keyClick(box, "O")  # what the key makes with Caps Lock on, no Shift
    QTest.keyClick(box, "K")
    next_step(qtbot, page, work)
    assert page.caps_light.on
    QTest.keyClick(box, Qt.Key.Key_CapsLock)
    next_step(qtbot, page, work)
    assert not page.caps_light.on
    type_text(box, "ok")
    assert work.finished and work.slips == 0


def test_a_small_letter_with_caps_lock_on_lights_caps_lock(qtbot, open_page):
    page, work = open_page(exercise({"do": "type", "text": "ok"}))
    box = page.boxes[0]
    QTest.keyClick(box, "O")  # a capital without Shift: Caps Lock was on
    assert page.caps_light.on and work.slips == 1
    QTest.keyClick(box, Qt.Key.Key_Backspace)
    assert page.keyboard.lit == Keys(("CapsLock",))
    assert page.next_words.text() == "Caps Lock"


def test_an_email_address_on_an_azerty_keyboard(qtbot, open_page):
    page, work = open_page(exercise({"do": "type", "text": "a@b.fr"}), layout="fr")
    box = page.boxes[0]
    QTest.keyClick(box, "a")
    assert page.keyboard.lit == Keys(("AE10",), ("AltGr",))
    assert page.next_words.text() == "\u200eAlt Gr + à = @"
    QTest.keyClick(box, "@")
    QTest.keyClick(box, "b")
    assert page.keyboard.lit == Keys(("AB08",), ("LFSH",))  # Shift and ";" make "."
    QTest.keyClick(box, ".")
    QTest.keyClick(box, "f")
    QTest.keyClick(box, "r")
    assert work.finished and work.slips == 0


def test_azerty_digits_light_shift(qtbot, open_page):
    page, work = open_page(exercise({"do": "type", "text": "2026"}), layout="fr")
    assert page.keyboard.lit == Keys(("AE02",), ("RTSH",))
    assert page.next_words.text() == "\u200eShift + é = 2"


def test_a_key_pressed_during_the_pause_after_a_step_is_not_counted(qtbot, open_page):
    page, work = open_page(exercise({"do": "press", "key": "Enter"},
                                    {"do": "press", "key": "Space"}))
    page.pause_ms = 10_000
    QTest.keyClick(page.boxes[0], Qt.Key.Key_Return)
    QTest.keyClick(page.boxes[0], Qt.Key.Key_Return)  # still the first step's screen
    assert work.index == 1 and work.slips == 0
    page.show_step()  # the room may set the next step up at once
    QTest.keyClick(page.boxes[0], Qt.Key.Key_Space)
    assert work.finished


def test_every_control_has_a_name(qtbot, open_page):
    page, _ = open_page(exercise({"do": "tab", "text": "x"}))
    for widget in (*page.boxes, page.keyboard, page.caps_light):
        assert widget.objectName() and widget.accessibleName()


def test_the_page_finds_the_learners_layout_in_the_room(qtbot, translations):
    """The room makes the page with (exercise, work, clock, parent): the page finds the
    learner's keyboard through the room's host once it is in it."""
    from types import SimpleNamespace

    from PySide6.QtWidgets import QVBoxLayout, QWidget

    room = QWidget()
    room.host = SimpleNamespace(learner=SimpleNamespace(keyboard_layout="fr"))
    qtbot.addWidget(room)
    ex = exercise({"do": "type", "text": "@"})
    clock = Clock()
    work = StepsWork("basics-test", "1", ex, clock.now)
    page = KeysPage(ex, work, clock, None)
    assert page.layout_.id == "us"
    QVBoxLayout(room).addWidget(page)
    room.show()
    page.setFocus()  # as the room does: the box takes the keyboard
    page.show_step()
    assert page.layout_.id == "fr"
    assert page.keyboard.lit == Keys(("AE10",), ("AltGr",))
    assert page.focusProxy() is page.boxes[0]


def test_arabic_text_starts_on_the_right_of_its_box(qtbot, open_page):
    page, work = open_page(exercise({"do": "type", "text": "سلام"}, {"do": "type", "text": "ok"}),
                           layout="ar")
    box = page.boxes[0]
    half = box.viewport().width() // 2
    assert box.cursorRect().x() > half  # the empty box's cursor is on the right
    send_text(box, "س")  # (QTest types Latin-1 only)
    assert box.toPlainText() == "س" and box.cursorRect().x() > half
    for char in "لام":
        send_text(box, char)
    assert work.index == 1
    next_step(qtbot, page, work)
    assert box.cursorRect().x() < half  # a Latin text starts on the left


def send_text(widget, text: str) -> None:
    """A key that types ``text``, pressed and released, as an Arabic keyboard sends it."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, text))


def test_an_input_method_commit_counts_like_keys(qtbot, open_page):
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    page, work = open_page(exercise({"do": "type", "text": "ê"}), layout="fr")
    event = QInputMethodEvent()
    event.setCommitString("e")  # a wrong letter through the input method: a slip
    QApplication.sendEvent(page.boxes[0], event)
    assert work.slips == 1
    QTest.keyClick(page.boxes[0], Qt.Key.Key_Backspace)
    event = QInputMethodEvent()
    event.setCommitString("ê")  # AZERTY's ^ then e, composed
    QApplication.sendEvent(page.boxes[0], event)
    assert work.finished and work.slips == 1
