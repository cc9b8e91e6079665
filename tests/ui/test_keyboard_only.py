"""The whole app with the keyboard alone, as a learner who cannot use a mouse: a first
visit, then a task in each skill room and back home. Only key presses, sent to the
widget that has the keyboard focus; where the focus is gets checked at every step."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from tutor.store.attempts import attempts_of
from tutor.store.learners import create_learner, list_learners

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def press(qtbot, key, times=1, modifier=Qt.KeyboardModifier.NoModifier):
    for _ in range(times):
        widget = QApplication.focusWidget()
        assert widget is not None, "the keyboard focus is lost"
        qtbot.keyClick(widget, key, modifier)
        QApplication.processEvents()  # what the key set going (a window taking focus...)


def focused_name():
    widget = QApplication.focusWidget()
    return widget.objectName() if widget else ""


def tab_to(qtbot, name, limit=60, key=Qt.Key.Key_Tab):
    for _ in range(limit):
        if focused_name() == name:
            return
        press(qtbot, key)
    raise AssertionError(f"Tab never reached {name}; stuck on {focused_name()}")


def arrow_to(qtbot, current_row, row, limit=80):
    """Up and Down in a list until ``current_row()`` is ``row``."""
    for _ in range(limit):
        here = current_row()
        if here == row:
            return
        press(qtbot, Qt.Key.Key_Down if here < row else Qt.Key.Key_Up)
    raise AssertionError(f"the arrows never reached row {row}; on {current_row()}")


def type_keys(qtbot, text):
    """Type into the focused widget as the learner does: each line, then Enter."""
    for index, line in enumerate(text.split("\n")):
        if index:
            press(qtbot, Qt.Key.Key_Return)
        if line:
            qtbot.keyClicks(QApplication.focusWidget(), line)


def open_home(qtbot, window, runtime, name="Amina Diallo"):
    learner = create_learner(runtime.db, name, "sun")
    window.open_learner(learner.id)
    window.activateWindow()
    # Before a placement, the next step is the placement: where the keyboard starts.
    qtbot.waitUntil(lambda: focused_name() == "nextStepTile")
    return learner


def open_room(qtbot, window, skill):
    tab_to(qtbot, f"skillTile:{skill}")
    press(qtbot, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is window.room
    return window.room


def go_home(qtbot, window):
    """The Home button of the top bar is on the Tab path of every room."""
    tab_to(qtbot, "homeButton")
    press(qtbot, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is window.home
    assert focused_name() == "nextStepTile"  # the keyboard starts again on the next step


def test_a_new_learner_and_a_lesson_with_the_keyboard_alone(qtbot, window, runtime):
    window.activateWindow()
    qtbot.waitUntil(lambda: focused_name() == "newLearnerTile")  # where the keyboard starts
    press(qtbot, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is window.new_learner
    assert focused_name() == "nameEdit"
    qtbot.keyClicks(QApplication.focusWidget(), "Omar")
    press(qtbot, Qt.Key.Key_Return)  # next step: pictures
    assert focused_name() == "picture:ball"  # the first picture
    lion = window.new_learner.findChild(object, "picture:lion")
    for _ in range(30):  # arrow keys move among the pictures, in the grid's directions
        here = QApplication.focusWidget()
        if here is lion:
            break
        if lion.y() > here.y():
            press(qtbot, Qt.Key.Key_Down)
        elif lion.y() < here.y():
            press(qtbot, Qt.Key.Key_Up)
        else:
            press(qtbot, Qt.Key.Key_Right if lion.x() > here.x() else Qt.Key.Key_Left)
    assert focused_name() == "picture:lion"
    press(qtbot, Qt.Key.Key_Space)
    for _ in range(4):  # picture, language, keyboard, PIN (none): Finish
        tab_to(qtbot, "newLearnerNext")
        press(qtbot, Qt.Key.Key_Space)
    # The first visit opens the placement, its Start button waiting for Space.
    assert window.stack.currentWidget() is window.room
    assert window.room.objectName() == "placementRoom"
    assert focused_name() == "placementStart"
    [omar] = list_learners(runtime.db)
    assert (omar.display_name, omar.picture) == ("Omar", "lion")
    go_home(qtbot, window)  # not today: home
    tab_to(qtbot, "skillTile:typing")  # (the mouse lessons need a mouse)
    press(qtbot, Qt.Key.Key_Space)
    room = window.room
    assert focused_name() == "typingLessons"
    press(qtbot, Qt.Key.Key_Return)  # the first lesson
    assert room.pages.currentWidget() is room.typing
    assert focused_name() == "typingScreen"


def test_tab_and_the_arrows_go_from_the_next_step_through_every_skill(qtbot, window, runtime):
    open_home(qtbot, window, runtime)
    tiles = window.home.grid.tiles()
    seen = [focused_name()]
    for _ in tiles:
        press(qtbot, Qt.Key.Key_Tab)
        seen.append(focused_name())
    assert seen == ["nextStepTile", *(tile.objectName() for tile in tiles)]
    tab_to(qtbot, tiles[0].objectName(), key=Qt.Key.Key_Backtab)
    for tile in tiles[1:]:
        press(qtbot, Qt.Key.Key_Right)
        assert QApplication.focusWidget() is tile


def task_row(tasks, exercise_id):
    return next(row for row in range(tasks.count())
                if (tasks.item(row).data(Qt.ItemDataRole.UserRole) or ("", ""))[1] == exercise_id)


def arrow_to_message(qtbot, client, subject):
    tree = client.message_list
    row = next(i for i in range(tree.topLevelItemCount())
               if tree.topLevelItem(i).text(1) == subject)
    arrow_to(qtbot, lambda: tree.indexOfTopLevelItem(tree.currentItem())
             if tree.currentItem() else -1, row)
    assert client.read_subject.text() == subject  # the arrows open the message


def test_an_email_reply_with_the_keyboard_alone(qtbot, window, runtime):
    learner = open_home(qtbot, window, runtime)
    press(qtbot, Qt.Key.Key_Tab)  # from the next step to the skills
    assert focused_name() == "skillTile:placement"
    press(qtbot, Qt.Key.Key_Right)  # arrows move among the skills too
    assert focused_name() == "skillTile:basics"
    press(qtbot, Qt.Key.Key_Right)
    assert focused_name() == "skillTile:typing"
    press(qtbot, Qt.Key.Key_Right)
    assert focused_name() == "skillTile:email"
    press(qtbot, Qt.Key.Key_Space)
    room = window.room
    assert room.objectName() == "emailRoom"
    assert focused_name() == "emailTaskList"
    tasks = room.tasks.list
    arrow_to(qtbot, tasks.currentRow, task_row(tasks, "reply-to-trainer"))
    press(qtbot, Qt.Key.Key_Return)  # Enter starts the task
    client = room.client
    assert room.stack.currentWidget() is client
    assert focused_name() == "emailMessageList"
    arrow_to_message(qtbot, client, "CV workshop on Thursday")
    tab_to(qtbot, "emailReply")
    press(qtbot, Qt.Key.Key_Space)
    composer = client.composer
    assert client.pane.currentWidget() is composer
    assert focused_name() == "emailBody"  # To and Subject are filled: straight to the text
    assert composer.subject_edit.text() == "Re: CV workshop on Thursday"
    type_keys(qtbot, "Dear Maria,\n\nThank you. Yes, I will come to the workshop on Thursday "
                     "at 10:00.\n\nKind regards,\nAmina")
    press(qtbot, Qt.Key.Key_Tab)  # Tab leaves the text, as in web mail
    assert focused_name() == "emailSignature"
    assert "\t" not in composer.body.toPlainText()
    tab_to(qtbot, "emailSend")
    with qtbot.waitSignal(room.attempt_saved):
        press(qtbot, Qt.Key.Key_Space)
    assert room.stack.currentWidget() is room.result
    assert room.result.headline.text() == "Well done!"
    assert focused_name() == "emailNextTask"  # passed: the keyboard waits on the next task
    [attempt] = attempts_of(runtime.db, learner.id, "email")
    assert attempt.passed and attempt.exercise_id == "reply-to-trainer"
    assert attempt.details["email"]["subject"] == "Re: CV workshop on Thursday"
    go_home(qtbot, window)


# Typing an address opens the completer's popup (see test_email.py).
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
def test_ctrl_enter_sends_an_email(qtbot, window, runtime):
    learner = open_home(qtbot, window, runtime)
    room = open_room(qtbot, window, "email")
    tasks = room.tasks.list
    arrow_to(qtbot, tasks.currentRow, task_row(tasks, "absence"))
    tab_to(qtbot, "emailStartTask")
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, "emailWrite", key=Qt.Key.Key_Backtab)
    press(qtbot, Qt.Key.Key_Space)
    assert focused_name() == "emailTo"  # a new email starts with who it is for
    qtbot.keyClicks(QApplication.focusWidget(), "maria.lopez@centre.example")
    tab_to(qtbot, "emailSubject")
    qtbot.keyClicks(QApplication.focusWidget(), "Absence on Monday")
    tab_to(qtbot, "emailBody")
    type_keys(qtbot, "Dear Maria,\n\nI am sorry, but I cannot come to class on Monday 14 April "
                     "because I have a doctor's appointment.\n\nKind regards,\nAmina")
    assert "Ctrl+Enter" in room.client.composer.send_button.toolTip()
    with qtbot.waitSignal(room.attempt_saved):
        press(qtbot, Qt.Key.Key_Return, modifier=CTRL)
    [attempt] = attempts_of(runtime.db, learner.id, "email")
    assert attempt.passed and attempt.exercise_id == "absence"
    assert focused_name() == "emailNextTask"


def test_reporting_phishing_with_the_keyboard_alone(qtbot, window, runtime):
    learner = open_home(qtbot, window, runtime)
    room = open_room(qtbot, window, "email")
    assert focused_name() == "emailTaskList"
    tasks = room.tasks.list
    arrow_to(qtbot, tasks.currentRow, task_row(tasks, "phishing-bank-and-parcel"))
    tab_to(qtbot, "emailStartTask")
    press(qtbot, Qt.Key.Key_Space)
    client = room.client
    assert focused_name() == "emailMessageList"
    first = True
    for subject, reason in (("URGENT: your account is blocked", "link"),
                            ("Your parcel could not be delivered", "attachment")):
        arrow_to_message(qtbot, client, subject)
        if reason == "link":  # Tab onto the link shows where it really goes, unopened
            tab_to(qtbot, "emailReaderBody")
            press(qtbot, Qt.Key.Key_Tab)
            assert focused_name() == "emailReaderBody"
            assert "account-check.example" in client.link_target.text()
            assert client.box.links_clicked == []
        tab_to(qtbot, "emailReportPhishing", key=Qt.Key.Key_Backtab)
        press(qtbot, Qt.Key.Key_Space)
        assert client.pane.currentWidget() is client.reporter
        assert focused_name() == "emailReason:sender"  # the first reason
        if first:  # no reason ticked yet
            tab_to(qtbot, "emailConfirmReport")
            press(qtbot, Qt.Key.Key_Space)
            assert client.report_status.text() == "Tick at least one reason."
            assert focused_name() == "emailConfirmReport"
            first = False
        tab_to(qtbot, f"emailReason:{reason}", key=Qt.Key.Key_Backtab)
        press(qtbot, Qt.Key.Key_Space)
        assert client.reason_boxes[reason].isChecked()
        tab_to(qtbot, "emailConfirmReport")
        press(qtbot, Qt.Key.Key_Space)
        assert client.pane.currentWidget() is client.reader
        assert focused_name() == "emailMessageList"  # on to the next message
    assert [client.message_list.topLevelItem(i).text(1)
            for i in range(client.message_list.topLevelItemCount())] == [
        "Photos of the job fair", "Your appointment on Monday"]
    tab_to(qtbot, "emailFinishPhishing", key=Qt.Key.Key_Backtab)
    with qtbot.waitSignal(room.attempt_saved):
        press(qtbot, Qt.Key.Key_Space)
    [attempt] = attempts_of(runtime.db, learner.id, "email")
    assert attempt.passed and attempt.score == 1.0
    assert attempt.details["reports"] == {"bank": ["link"], "parcel": ["attachment"]}
    assert focused_name() == "emailNextTask"
    go_home(qtbot, window)


def test_a_spreadsheet_task_with_the_keyboard_alone(qtbot, window, runtime):
    learner = open_home(qtbot, window, runtime)
    room = open_room(qtbot, window, "sheets")
    assert focused_name() == "sheetsTaskList"
    arrow_to(qtbot, room.tasks.currentRow, task_row(room.tasks, "small-budget"))
    assert room.exercise.id == "small-budget"
    press(qtbot, Qt.Key.Key_Return)  # Enter on a task: to the grid
    assert focused_name() == "sheetsGrid"
    assert room.cell_name.text() == "A1"
    press(qtbot, Qt.Key.Key_Down, 8)
    press(qtbot, Qt.Key.Key_Right)
    assert room.cell_name.text() == "B9"

    def type_cell(text):
        press(qtbot, text[0])  # the first key opens the cell's editor
        assert focused_name() == "sheetsCellEditor"
        qtbot.keyClicks(QApplication.focusWidget(), text[1:])
        press(qtbot, Qt.Key.Key_Return)
        assert focused_name() == "sheetsGrid"

    type_cell("=SUM(B4:B8)")
    type_cell("55")  # the right number, but typed instead of calculated
    assert room.cell_name.text() == "B11"
    press(qtbot, Qt.Key.Key_Tab, modifier=CTRL)  # Tab moves between cells: Ctrl+Tab leaves
    assert focused_name() == "sheetsTabs"
    tab_to(qtbot, "sheetsCheck")
    press(qtbot, Qt.Key.Key_Space)
    assert "Not yet: 50% right. Saved." in room.status.text()
    tab_to(qtbot, "sheetsGrid", key=Qt.Key.Key_Backtab)  # back to the grid to correct
    press(qtbot, Qt.Key.Key_Up)
    assert room.cell_name.text() == "B10"
    type_cell("=B2-B9")
    press(qtbot, Qt.Key.Key_Tab, modifier=CTRL | SHIFT)  # out the other way: the formula bar
    assert focused_name() == "sheetsFormulaBar"
    press(qtbot, Qt.Key.Key_Tab)
    assert focused_name() == "sheetsGrid"
    press(qtbot, Qt.Key.Key_Tab, modifier=CTRL)
    tab_to(qtbot, "sheetsCheck")
    press(qtbot, Qt.Key.Key_Space)
    assert room.status.text() == "Well done! Everything is right. Saved."
    attempts = attempts_of(runtime.db, learner.id, "sheets")
    assert [(a.exercise_id, a.passed) for a in attempts] == [
        ("small-budget", False), ("small-budget", True)]
    go_home(qtbot, window)


def test_a_coding_step_with_the_keyboard_alone(qtbot, window, runtime):
    learner = open_home(qtbot, window, runtime)
    room = open_room(qtbot, window, "coding")
    assert focused_name() == "codingSteps"
    assert room.exercise.id == "print-hello"
    tab_to(qtbot, "codeEditor")
    qtbot.keyClicks(QApplication.focusWidget(), 'print("Hello, world!")')
    assert "F5" in room.run_button.toolTip()
    with qtbot.waitSignal(room.attempt_saved, timeout=5000):
        press(qtbot, Qt.Key.Key_F5)  # runs from the editor
    assert room.output.text.toPlainText() == "Hello, world!\n"
    assert "Well done! This step is passed." in room.feedback.text()
    assert focused_name() == "codeEditor"
    press(qtbot, Qt.Key.Key_Tab, modifier=CTRL)  # Tab indents: Ctrl+Tab leaves the editor
    assert focused_name() == "codingOutput"
    assert room.editor.toPlainText() == 'print("Hello, world!")'
    tab_to(qtbot, "codingNextStep")
    press(qtbot, Qt.Key.Key_Space)
    assert room.exercise.id == "print-lines"
    assert focused_name() == "codingNextStep"

    tab_to(qtbot, "codeEditor")  # on round, through the top bar and the lesson
    type_keys(qtbot, '\nprint("Open from 8 to 17")')  # after the line already there
    press(qtbot, Qt.Key.Key_Tab, modifier=CTRL | SHIFT)  # out, backwards
    assert focused_name() == "codingReadAloud"
    press(qtbot, Qt.Key.Key_Tab)
    assert focused_name() == "codeEditor"
    press(qtbot, Qt.Key.Key_Tab, modifier=CTRL)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused_name() == "codingRun"
    with qtbot.waitSignal(room.attempt_saved, timeout=5000):
        press(qtbot, Qt.Key.Key_Space)
    assert room.output.text.toPlainText() == "Welcome to the shop\nOpen from 8 to 17\n"
    attempts = attempts_of(runtime.db, learner.id, "coding")
    assert [(a.exercise_id, a.passed) for a in attempts] == [
        ("print-hello", True), ("print-lines", True)]
    go_home(qtbot, window)
    assert "2 of" in window.findChild(QAbstractButton, "skillTile:coding").accessibleName()


FOCUS_FRAMES = {  # objectName: kind of control, in the three rooms
    "emailTaskList": "list", "emailStartTask": "primary",
    "emailMessageList": "list", "emailFolders": "list", "emailReaderBody": "text",
    "emailReportPhishing": "button", "emailFinishPhishing": "primary",
    "emailTaskReadAloud": "tool", "emailReason:sender": "tick",
    "emailTo": "line", "emailBody": "text", "emailAttach": "tool", "emailSignature": "tick",
    "sheetsTaskList": "list", "sheetsGrid": "list", "sheetsTool:bold": "tool",
    "sheetsFormulaBar": "line", "sheetsCheck": "primary", "sheetsTabs": "tab",
    "codingPackChoice": "combo", "codingSteps": "list", "codingLesson": "text",
    "codeEditor": "editor", "codingOutput": "text", "codingRun": "primary",
    "homeButton": "tool",
}


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
def test_the_keyboard_focus_shows_on_every_control_of_the_rooms(
        qtbot, window, runtime, high_contrast):
    from PySide6.QtWidgets import QWidget

    from tutor.store.learners import set_skill_settings

    learner = create_learner(runtime.db, "Ana", "sun")
    set_skill_settings(runtime.db, learner.id, "ui", {"high_contrast": high_contrast})
    window.open_learner(learner.id)
    window.activateWindow()
    qtbot.waitUntil(lambda: focused_name() == "nextStepTile")
    seen = {}

    def frame(name):
        """The colour of the top edge of the control, with the keyboard on it (and
        checks that it is another colour without)."""
        widget = window.findChild(QWidget, name)
        x, y = widget.width() // 2, 1
        if name == "sheetsTabs":  # the current tab, not the whole bar
            rect = widget.tabRect(widget.currentIndex())
            x, y = rect.center().x(), rect.top() + 1
        window.about_button.setFocus()  # the keyboard elsewhere
        QApplication.processEvents()
        before = widget.grab().toImage().pixelColor(x, y).name()
        widget.setFocus()
        QApplication.processEvents()
        assert focused_name() == name
        seen[name] = widget.grab().toImage().pixelColor(x, y).name()
        assert seen[name] != before, name

    window.open_skill("email")
    room = window.room
    for name in ("emailTaskList", "emailStartTask", "homeButton"):
        frame(name)
    room.open_task("email-en-stay-safe", "phishing-bank-and-parcel")
    room.client.open_message("bank")
    for name in ("emailMessageList", "emailFolders", "emailReaderBody", "emailReportPhishing",
                 "emailFinishPhishing", "emailTaskReadAloud"):
        frame(name)
    room.client.start_report()
    frame("emailReason:sender")
    room.client.write_new()
    for name in ("emailTo", "emailBody", "emailAttach", "emailSignature"):
        frame(name)
    window.open_skill("sheets")
    for name in ("sheetsTaskList", "sheetsGrid", "sheetsTool:bold", "sheetsFormulaBar",
                 "sheetsCheck", "sheetsTabs"):
        frame(name)
    window.open_skill("coding")
    for name in ("codingPackChoice", "codingSteps", "codingLesson", "codeEditor",
                 "codingOutput", "codingRun"):
        frame(name)
    focus, primary = ("#ffd400", "#ffffff") if high_contrast else ("#1d4ed8", "#1d4ed8")
    # The code editor follows the theme too: yellow in high contrast, like every control.
    expected = {name: primary if kind == "primary" else focus
                for name, kind in FOCUS_FRAMES.items()}
    assert seen == expected
