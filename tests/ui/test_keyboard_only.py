"""The whole first visit with the keyboard alone: no mouse."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tutor.store.learners import list_learners


def press(qtbot, key, times=1):
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), key)


def focused_name():
    widget = QApplication.focusWidget()
    return widget.objectName() if widget else ""


def tab_to(qtbot, name, limit=60):
    for _ in range(limit):
        if focused_name() == name:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name}; stuck on {focused_name()}")


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
    assert window.stack.currentWidget() is window.home
    [omar] = list_learners(runtime.db)
    assert (omar.display_name, omar.picture) == ("Omar", "lion")
    assert focused_name() == "skillTile:typing"  # the first skill waits for Space
    press(qtbot, Qt.Key.Key_Space)
    room = window.room
    assert focused_name() == "typingLessons"
    press(qtbot, Qt.Key.Key_Return)  # the first lesson
    assert room.pages.currentWidget() is room.typing
    assert focused_name() == "typingScreen"
