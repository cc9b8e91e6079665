"""The assessment through the real window: a trainer starts it for a learner, the learner
takes it once (keys, pastes, focus losses recorded), the trainer confirms it with the
trainer password, and one attempt is saved; it is no tile on the learner's home."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QMessageBox

from tests.ui.accessibility import unnamed
from tests.ui.test_fits import outside
from tutor import trainer
from tutor.credentials import evidence
from tutor.grading import Feedback, Verdict
from tutor.skills.assessment.definitions import DATA_ENTRY_ROWS
from tutor.skills.assessment.engine import PENDING
from tutor.skills.assessment.view import AssessmentRoom
from tutor.store.attempts import attempts_of
from tutor.store.learners import create_learner, get_learner, set_skill_settings, skill_settings

PASSWORD = "kakuma-2026"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def open_test(window, runtime, which, language="en"):
    trainer.set_password(runtime.db, PASSWORD)
    learner = create_learner(runtime.db, "Amina Yusuf", "sun", language)
    set_skill_settings(runtime.db, learner.id, "assessment", {PENDING: {
        "id": which, "supervisor": "Grace Banda", "present": True}})
    window.open_for_learner(str(learner.id), "assessment")
    room = window.room
    assert isinstance(room, AssessmentRoom)
    room.clock = clock = Clock()
    return room, clock, learner


def keys(text):
    for char in text:
        QTest.keyClicks(QApplication.focusWidget(), char)


def test_a_trainer_starts_an_assessment_and_the_learner_takes_it_once(
        qtbot, window, runtime, trainer_screen, on_modal):
    screen, _told = trainer_screen
    amina = create_learner(runtime.db, "Amina Yusuf", "sun")
    screen.refresh()
    screen.table.selectRow(0)
    seen = {}

    def start(dialog):
        seen["unnamed"] = unnamed(dialog)
        seen["enabled"] = [dialog.start_button.isEnabled()]
        dialog.choices.setCurrentRow(0)
        dialog.supervisor.setText("Grace Banda")
        seen["enabled"].append(dialog.start_button.isEnabled())  # not ticked yet
        dialog.present.setChecked(True)
        seen["enabled"].append(dialog.start_button.isEnabled())
        dialog.start_button.click()

    on_modal(start)
    screen.buttons["settings:assessment"].click()
    qtbot.waitUntil(lambda: isinstance(window.room, AssessmentRoom))
    assert seen == {"unnamed": [], "enabled": [False, False, True]}
    pending = skill_settings(get_learner(runtime.db, amina.id), "assessment")[PENDING]
    assert pending["id"] == "typing-5min" and pending["supervisor"] == "Grace Banda"
    room = window.room
    assert "Grace Banda" in room.intro_rules.text() and unnamed(room) == []
    room.clock = Clock()
    room.start_button.click()
    # Started: it cannot be started again by coming back.
    assert skill_settings(get_learner(runtime.db, amina.id), "assessment")[PENDING] is None


def test_the_typing_test_records_keys_refuses_pastes_and_is_confirmed(qtbot, window, runtime):
    room, clock, learner = open_test(window, runtime, "typing-5min")
    room.start_button.click()
    assert QApplication.focusWidget() is room.test.line
    assert room.time_left.text() == "Time left: 5:00"
    QGuiApplication.clipboard().setText("pasted words")
    for word in ("Thank ", "you ", "for ", "yuor"):
        clock.now += 2
        keys(word)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backspace)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Insert, Qt.KeyboardModifier.ShiftModifier)
    window.home_button.setFocus()  # a click on the top bar
    keys("r")  # the key is the text's, and the keyboard is back on the line
    assert QApplication.focusWidget() is room.test.line and window.room is room
    keys(" ")
    assert room.test.line.toPlainText() == "Thank you for yuor "  # the pastes added nothing
    events = room.run.events
    assert [e[1:] for e in events[-5:]] == [["key", "\b"], ["paste", 12], ["paste", 12],
                                            ["key", "r"], ["key", " "]]
    assert "Pasting is not allowed" in room.notice.text()
    room.application_state(Qt.ApplicationState.ApplicationInactive)
    clock.now += 20
    room.application_state(Qt.ApplicationState.ApplicationActive)
    clock.now += 100
    room.tick()
    assert room.time_left.text() == "Time left: 2:52"  # 300 - 8 - 20 - 100 s
    clock.now += 200
    room.tick()
    assert room.run.ended == "time" and room.pages.currentIndex() == 2
    assert QApplication.focusWidget() is room.password
    flags = [room.flags.item(i).text() for i in range(room.flags.count())]
    assert any(f.startswith("Pastes: 2") for f in flags)
    assert any(f.startswith("Tutor's window was left for 10 s or more: 1") for f in flags)
    room.password.setText("guess")
    room.confirm_button.click()
    assert "not the trainer password" in room.end_message.text() and not room.saved
    room.password.setText(PASSWORD)
    room.confirm_button.click()
    assert room.saved and room.end_message.text().startswith("Saved.")
    (attempt,) = attempts_of(runtime.db, learner.id, "assessment")
    assert attempt.details["confirmed"] is True
    assert attempt.details["supervisor"] == "Grace Banda"
    log = attempt.details["evidence"]
    assert evidence.replay(log)["characters"] == len("Thank you for yuor ")
    # 19 characters / 5 / 5 minutes = 0.76 gross; "yuor" 1 error: net 0.76 - 0.2 = 0.56
    assert attempt.metrics["gross_wpm"] == 0.76 and attempt.metrics["net_wpm"] == 0.56
    assert attempt.metrics["errors"] == 1 and not attempt.passed
    room.done_button.click()
    assert window.stack.currentWidget() is window.home


def test_leaving_ends_the_test_and_the_trainers_step_comes_first(
        qtbot, window, runtime, on_modal):
    room, clock, learner = open_test(window, runtime, "typing-5min")
    room.start_button.click()
    keys("Thank ")
    on_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window.show_home()
    assert window.room is room and room.run.ended == "left" and room.pages.currentIndex() == 2
    count = len(room.run.events)
    room.record("key", "x")  # the test is over: nothing more goes into the log
    assert len(room.run.events) == count and room.run.events[-1][1] == "end"
    window.show_home()  # leaving the trainer's step: saved, not confirmed
    assert window.stack.currentWidget() is window.home
    (attempt,) = attempts_of(runtime.db, learner.id, "assessment")
    assert attempt.details["confirmed"] is False and attempt.details["ended"] == "left"


def test_closing_the_window_during_the_test_records_it_unconfirmed(qtbot, window, runtime):
    room, clock, learner = open_test(window, runtime, "typing-5min")
    room.start_button.click()
    keys("Thank you ")
    window.close()
    (attempt,) = attempts_of(runtime.db, learner.id, "assessment")
    assert attempt.details["confirmed"] is False and attempt.metrics["keystrokes"] == 10


def test_the_data_entry_test_through_its_form(qtbot, window, runtime):
    room, clock, learner = open_test(window, runtime, "data-entry-5min")
    room.start_button.click()
    for row in DATA_ENTRY_ROWS[:2]:
        for index, value in enumerate(row):
            clock.now += 1
            keys(value)
            if index < len(row) - 1:
                QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert room.test.status.text() == "Row 3 of 40"
    events = room.run.events
    submits = [e[2] for e in events if e[1] == "submit"]
    assert submits == [list(row) for row in DATA_ENTRY_ROWS[:2]]
    assert [e[2] for e in events if e[1] == "field"][:3] == ["Invoice", "Date", "Customer"]
    assert isinstance(QApplication.focusWidget(), QLineEdit)
    # "End the test" and "Next row" take no focus: the keys stay in the form
    assert room.stop_button.focusPolicy() == room.test.next_button.focusPolicy() \
        == Qt.FocusPolicy.NoFocus
    room.end_now("left")
    room.save(False)
    (attempt,) = attempts_of(runtime.db, learner.id, "assessment")
    keystrokes = sum(len("".join(row)) + 6 for row in DATA_ENTRY_ROWS[:2])  # 5 Tabs, Enter
    assert attempt.metrics["keystrokes"] == keystrokes
    assert attempt.metrics["kph"] == round(keystrokes / 5 * 60)
    assert attempt.metrics["field_accuracy"] == 100.0 and attempt.metrics["rows"] == 2


def test_a_paste_from_a_fields_own_menu_is_recorded(qtbot, window, runtime):
    room, clock, learner = open_test(window, runtime, "data-entry-5min")
    room.start_button.click()
    QGuiApplication.clipboard().setText("INV-2041")
    field = room.test.fields[0]
    menu = field.createStandardContextMenu()
    room.filter.watch_menu(menu)
    paste = next(a for a in menu.actions() if a.objectName() == "edit-paste")
    paste.trigger()
    menu.deleteLater()
    assert field.text() == "INV-2041" and room.run.events[-1][1:] == ["paste", 8]


def test_a_task_is_its_skills_item_and_ends_with_its_verdict(qtbot, window, runtime):
    room, clock, learner = open_test(window, runtime, "email-task")
    room.start_button.click()
    assert type(room.test).__name__ == "EmailPlacementItem"
    clock.now += 300
    room.test.answered.emit(Verdict.from_feedback([Feedback("a", True, "ok")]))
    assert room.run.ended == "answered" and "Score: 100 %" in room.figures.text()
    room.password.setText(PASSWORD)
    room.confirm()
    (attempt,) = attempts_of(runtime.db, learner.id, "assessment")
    assert attempt.passed and attempt.details["confirmed"] is True
    assert attempt.details["definition"]["exercise"]["pack"] == "email-en-looking-for-work"


def test_without_an_assessment_waiting_the_room_says_so(qtbot, window, runtime):
    learner = create_learner(runtime.db, "Amina Yusuf", "sun")
    window.open_for_learner(str(learner.id), "assessment")
    room = window.room
    assert room.intro_title.text() == "No assessment is waiting"
    assert not room.start_button.isVisibleTo(room) and unnamed(room) == []
    room.home_button.click()
    assert window.stack.currentWidget() is window.home


def test_the_assessment_is_no_tile_on_the_home_screen(qtbot, window, runtime):
    learner = create_learner(runtime.db, "Amina Yusuf", "sun")
    window.open_learner(learner.id)
    tiles = [t.objectName() for t in window.findChildren(QAbstractButton)
             if t.objectName().startswith("skillTile:")]
    assert "skillTile:assessment" not in tiles
    assert sorted(tiles) == sorted(f"skillTile:{s.id}" for s in runtime.skills.values()
                                   if s.home) and len(tiles) == len(runtime.skills) - 1
    assert not runtime.skills["assessment"].home and not runtime.skills["assessment"].course


@pytest.mark.parametrize("which", ["typing-5min", "data-entry-5min", "email-task",
                                   "spreadsheet-task", "program-task"])
@pytest.mark.parametrize("language", ["en", "ar"])
def test_every_page_fits_a_lab_pc(qtbot, runtime, translations, which, language):
    from tutor.ui.main_window import MainWindow

    translations.use(language)
    window = MainWindow(runtime, translations)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    room, clock, learner = open_test(window, runtime, which, language)
    pages = []
    for step in ("intro", "running", "end"):
        if step == "running":
            room.start_button.click()
        if step == "end":
            room.end_now("left")
        qtbot.wait(20)
        assert (window.width(), window.height()) == (1024, 600), step
        pages.append((step, outside(window)))
    assert pages == [("intro", []), ("running", []), ("end", [])]
    # (a task's own widget is its skill's, checked with that skill)
    theirs = set(unnamed(room.test)) if which.endswith("-task") else set()
    assert [w for w in unnamed(room) if w not in theirs] == []
    room.save(False)


@pytest.mark.parametrize(("key", "modifiers", "text", "repeat", "expected"), [
    (Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a", False, ("key", "a")),
    (Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier, "A", False, ("key", "A")),
    (Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier, "\b", True, ("repeat", "\b")),
    (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r", False, ("key", "\n")),
    (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier, "\t", False, ("key", "\t")),
    (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier, "\x7f", False, ("press", "Del")),
    (Qt.Key.Key_Left, Qt.KeyboardModifier.NoModifier, "", False, ("press", "Left")),
    (Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier, "\x03", False, ("press", "Ctrl+C")),
    (Qt.Key.Key_At, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
     "@", False, ("key", "@")),  # AltGr on Windows
    (Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier, "", False, None),
])
def test_a_key_press_as_the_log_writes_it(qapp, key, modifiers, text, repeat, expected):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    from tutor.skills.assessment.view import key_event

    event = QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text, repeat)
    assert key_event(event) == expected
