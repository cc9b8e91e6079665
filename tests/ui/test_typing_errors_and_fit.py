"""The typing room through real key events: a wrong key seen and undone, the keyboard a
learner's keys type like, practice of the letters taught, the course after a restart,
and a room that fits 1024x600 in English and Arabic, normal and extra-large text
(issue #16)."""

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from tests.ui import test_typing
from tests.ui.test_typing import PACKS, Clock, press
from tutor import startup
from tutor.store.attempts import attempts_of
from tutor.store.learners import create_learner, set_skill_settings, update_learner
from tutor.ui.main_window import MainWindow
from tutor.ui.style import NORMAL

LARGEST_ROOM = QSize(1000, 520)
typing_room = test_typing.typing_room  # the fixture, found here by pytest


@pytest.fixture
def open_typing(request):
    """The room opened on a test course: ``open_typing(language, layout)``."""
    return request.getfixturevalue("typing_room")


def test_a_wrong_key_is_shown_pointed_at_told_and_undone(qtbot, open_typing):
    window, room, runtime, ana = open_typing("en", "us")
    assert room.stop_on_error.isChecked()
    qtbot.mouseClick(room.start_button, Qt.MouseButton.LeftButton)
    screen = room.typing
    qtbot.keyClicks(screen, "fj")
    qtbot.keyClick(screen, Qt.Key.Key_X)  # "f" is due
    html = screen.text.text()
    # the x is shown where it was typed, in the error's colour, underlined
    assert (f'<span style="color:{NORMAL.bad}; text-decoration:underline; '
            f'background:{NORMAL.bad_background};">x</span>') in html
    assert screen.keyboard.wrong == "x"
    assert screen.keyboard.next_strokes[0].key.base == "f"  # the key due, pointed at
    assert screen.text.accessibleDescription() == "Wrong key: x. Type f."
    qtbot.keyClick(screen, Qt.Key.Key_Backspace)
    assert screen.session.pending == "" and screen.session.position == 2
    assert ">x<" not in screen.text.text()
    assert screen.keyboard.wrong == ""
    assert screen.text.accessibleDescription() == ""
    qtbot.keyClick(screen, Qt.Key.Key_Backspace)  # never erases the right "j"
    qtbot.keyClick(screen, Qt.Key.Key_Backspace)
    assert screen.session.typed == ["f", "j"]
    qtbot.keyClick(screen, Qt.Key.Key_Space)  # wrong: a space is named
    assert screen.text.accessibleDescription() == "Wrong key: space. Type f."
    qtbot.keyClicks(screen, "f jjf")
    [attempt] = attempts_of(runtime.db, ana.id, "typing")
    # f j x f ␣ j j f... and the space: 9 keystrokes, 7 right
    assert attempt.metrics["keystrokes"] == 9 and attempt.metrics["correct"] == 7
    assert attempt.metrics["corrections"] == 1
    assert attempt.metrics["error_positions"] == 1


def test_mark_and_go_on_backspace_stops_at_the_first_error(qtbot, open_typing):
    window, room, runtime, ana = open_typing("en", "us")
    room.stop_on_error.setChecked(False)
    qtbot.mouseClick(room.start_button, Qt.MouseButton.LeftButton)
    screen = room.typing
    qtbot.keyClicks(screen, "fjxj")  # x wrong at 2, then j wrong at 3 (space due)
    for _ in range(4):
        qtbot.keyClick(screen, Qt.Key.Key_Backspace)
    assert screen.session.typed == ["f", "j"]  # the right letters stay


def test_an_arabic_course_on_a_us_keyboard_names_qwerty(qtbot, open_typing):
    window, room, runtime, ana = open_typing("ar", "ar")
    qtbot.mouseClick(room.start_button, Qt.MouseButton.LeftButton)
    screen = room.typing
    screen.session.text = "شسيب"
    screen.text.set_text_to_type("شسيب", True)
    press(screen, "a")  # the keys of ش س ي... on a US keyboard
    press(screen, "aa")
    assert screen.warning.isVisible()
    assert "QWERTY (US)" in screen.warning.text() and "AZERTY" not in screen.warning.text()
    assert screen.offer.property("layout") == "us"


def test_practice_of_weak_keys_opens_with_the_first_lesson_passed(qtbot, open_typing):
    window, room, runtime, ana = open_typing("en", "us")
    room.course.setCurrentIndex(room.course.findData("typing-en"))
    assert not room.adaptive_button.isEnabled()
    assert "first lesson" in room.adaptive_button.toolTip()
    room.start(room.pack.exercises[0])
    for char in room.typing.session.text:
        QApplication.sendEvent(room.typing, QKeyEvent(
            QKeyEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char))
    assert attempts_of(runtime.db, ana.id, "typing")[-1].passed
    room.show_lessons()
    assert room.adaptive_button.isEnabled()
    qtbot.mouseClick(room.adaptive_button, Qt.MouseButton.LeftButton)
    assert set(room.typing.session.text) <= set("fj ")
    assert "f j" in room.typing.instructions.text()


def test_after_a_restart_the_room_opens_the_learners_own_course(qtbot, data_dir,
                                                                 translations):
    lessons = data_dir / "lessons"
    lessons.mkdir()
    (lessons / "a.toml").write_text(PACKS["en"].replace("test-typing-en", "a-trainer-pack"),
                                    encoding="utf-8")
    runtime = startup.start(data_dir)
    learner = create_learner(runtime.db, "Ana", "sun", "en", keyboard_layout="us")
    window = MainWindow(runtime, translations)
    qtbot.addWidget(window)
    window.open_learner(learner.id)
    window.findChild(QAbstractButton, "skillTile:typing").click()
    room = window.findChild(QWidget, "typingRoom")
    assert room.pack.id == "typing-en"
    # ... unless the learner chose the trainer's pack
    set_skill_settings(runtime.db, learner.id, "typing", {"course": "a-trainer-pack"})
    window.show_home()
    window.close()
    window = MainWindow(runtime, translations)
    qtbot.addWidget(window)
    window.open_learner(learner.id)
    window.findChild(QAbstractButton, "skillTile:typing").click()
    assert window.findChild(QWidget, "typingRoom").pack.id == "a-trainer-pack"


def open_room(qtbot, data_dir, translations, language, text_size):
    layout = {"en": "us", "ar": "ar"}[language]
    runtime = startup.start(data_dir)
    window = MainWindow(runtime, translations)
    qtbot.addWidget(window)
    window.show()
    learner = create_learner(runtime.db, "Ana", "sun", language, keyboard_layout=layout)
    update_learner(runtime.db, learner.id, text_size=text_size)
    window.open_learner(learner.id)
    window.findChild(QAbstractButton, "skillTile:typing").click()
    room = window.findChild(QWidget, "typingRoom")
    room.typing.clock = Clock()
    return window, room


def visible_controls_inside(window, room):
    """The room's visible controls that lie (partly) outside the window."""
    outside = []
    for widget in room.findChildren(QWidget):
        if not widget.isVisible() or not widget.objectName().startswith("typing"):
            continue
        scroll = room.findChild(QWidget, "typingResultScroll")
        if scroll is not None and scroll.isAncestorOf(widget):
            continue  # inside the results' own scroll area
        top_left = widget.mapTo(window, widget.rect().topLeft())
        bottom_right = widget.mapTo(window, widget.rect().bottomRight())
        if not window.rect().contains(top_left) or not window.rect().contains(bottom_right):
            outside.append(widget.objectName())
    return outside


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("text_size", ["normal", "xlarge"])
def test_the_room_fits_a_small_screen(qtbot, data_dir, translations, language, text_size):
    window, room = open_room(qtbot, data_dir, translations, language, text_size)
    window.resize(1024, 600)

    def check(page):
        QApplication.processEvents()
        hint = room.minimumSizeHint()
        assert hint.width() <= LARGEST_ROOM.width() and hint.height() <= LARGEST_ROOM.height(), \
            (page, hint)
        assert visible_controls_inside(window, room) == [], page

    check("lessons")
    room.start(room.pack.exercises[0])
    text = room.typing.session.text
    press(room.typing, text[:3])
    press(room.typing, "x")  # a wrong key, shown
    check("typing")
    press(room.typing, text[3:])
    assert room.pages.currentWidget() is room.results
    check("results")
    assert room.next_lesson.isVisible()


def keyboard_unit(qtbot, data_dir, translations, language):
    window, room = open_room(qtbot, data_dir / language, translations, language, "normal")
    window.resize(1366, 768)
    room.start(room.pack.exercises[0])
    QApplication.processEvents()
    unit = room.typing.keyboard.unit()
    window.close()
    return unit


def test_the_arabic_keyboard_is_drawn_at_the_latin_ones_size(qtbot, data_dir, translations):
    (data_dir / "en").mkdir()
    (data_dir / "ar").mkdir()
    latin = keyboard_unit(qtbot, data_dir, translations, "en")
    arabic = keyboard_unit(qtbot, data_dir, translations, "ar")
    assert latin > 30
    assert arabic == pytest.approx(latin, abs=0.5)
