"""Typing lessons through real key and input-method events."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication

from tests.ui.accessibility import unnamed
from tutor import startup
from tutor.store.attempts import attempts_of
from tutor.store.learners import create_learner
from tutor.ui.main_window import MainWindow

PACKS = {
    "en": '''id = "test-typing-en"
version = "1.0"
language = "en"
skill = "typing"
title = "Test course"

[[exercises]]
id = "fj"
title = "f and j"
kind = "text"
text = "fjf jjf"
min_wpm = 5

[[exercises]]
id = "dk"
title = "d and k"
kind = "text"
text = "dkd kkd"
''',
    "fr": '''id = "test-typing-fr"
version = "1.0"
language = "fr"
skill = "typing"
title = "Cours de test"

[[exercises]]
id = "accents"
title = "Les accents"
kind = "text"
text = "fête bête"
min_wpm = 5
''',
    "ar": '''id = "test-typing-ar"
version = "1.0"
language = "ar"
skill = "typing"
title = "درس تجريبي"

[[exercises]]
id = "home"
title = "الصف الأوسط"
kind = "text"
text = "سلام كتاب"
min_wpm = 5
''',
}


class Clock:
    def __init__(self, step=0.3):
        self.now, self.step = 100.0, step

    def __call__(self):
        self.now += self.step
        return self.now


@pytest.fixture
def typing_room(qtbot, data_dir, translations):
    def open_room(language, layout):
        lessons = data_dir / "lessons"
        lessons.mkdir(exist_ok=True)
        (lessons / f"test-{language}.toml").write_text(PACKS[language], encoding="utf-8")
        runtime = startup.start(data_dir)
        window = MainWindow(runtime, translations)
        qtbot.addWidget(window)
        window.show()
        learner = create_learner(runtime.db, "Ana", "sun", language, keyboard_layout=layout)
        window.open_learner(learner.id)
        qtbot.mouseClick(window.findChild(QAbstractButton, "skillTile:typing"),
                         Qt.MouseButton.LeftButton)
        room = window.findChild(object, "typingRoom")
        room.course.setCurrentIndex(room.course.findData(f"test-typing-{language}"))
        room.typing.clock = Clock()
        return window, room, runtime, learner

    yield open_room


def test_a_lesson_with_an_error_and_the_next_lesson_opens(qtbot, typing_room):
    window, room, runtime, ana = typing_room("en", "us")
    assert room.lesson_list.item(1).flags() == Qt.ItemFlag.NoItemFlags  # locked
    qtbot.mouseClick(room.start_button, Qt.MouseButton.LeftButton)
    screen = room.typing
    assert room.pages.currentWidget() is screen
    qtbot.keyClicks(screen, "fj")
    qtbot.keyClick(screen, Qt.Key.Key_X)  # wrong: stops, waits for "f"
    qtbot.keyClick(screen, Qt.Key.Key_Tab)  # a slip of the hand changes nothing
    qtbot.keyClicks(screen, "f jjf")
    assert room.pages.currentWidget() is room.results
    [attempt] = attempts_of(runtime.db, ana.id, "typing")
    assert attempt.exercise_id == "fj" and attempt.pack_id == "test-typing-en"
    assert attempt.metrics["keystrokes"] == 8 and attempt.metrics["correct"] == 7
    assert attempt.metrics["accuracy"] == 87.5
    assert attempt.metrics["error_keys"] == {"f": 1}
    # one keystroke every 0.3 s: 6 characters advanced in 7 gaps of 0.3 s
    assert attempt.metrics["cpm"] == pytest.approx(6 / 2.1 * 60, rel=0.01)
    assert not attempt.passed  # 87.5% is under the 92% asked
    assert "Not yet" in room.result_title.text()
    assert not room.next_lesson.isVisible()
    qtbot.mouseClick(room.retry, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen, "fjf jjf")
    assert room.next_lesson.isVisible()
    assert attempts_of(runtime.db, ana.id, "typing")[-1].metrics["stars"] == 3
    qtbot.mouseClick(room.back, Qt.MouseButton.LeftButton)
    assert room.lesson_list.item(1).flags() & Qt.ItemFlag.ItemIsEnabled


def test_mark_and_continue_with_backspace(qtbot, typing_room):
    window, room, runtime, ana = typing_room("en", "us")
    room.stop_on_error.setChecked(False)
    qtbot.mouseClick(room.start_button, Qt.MouseButton.LeftButton)
    screen = room.typing
    qtbot.keyClicks(screen, "fjx")  # x where "f" is due: written and marked
    assert screen.session.is_wrong_at(2)
    qtbot.keyClick(screen, Qt.Key.Key_Backspace)
    qtbot.keyClicks(screen, "f jjf")
    [attempt] = attempts_of(runtime.db, ana.id, "typing")
    assert attempt.metrics["corrections"] == 1
    assert attempt.metrics["error_positions"] == 1
    assert attempt.details["keys"][2][:2] == ["f", "x"]


def press(widget, text):
    """Key presses that carry their text, as an Arabic keyboard layout sends them
    (QTest's keyClicks only knows Latin-1)."""
    for char in text:
        QApplication.sendEvent(widget, QKeyEvent(QKeyEvent.Type.KeyPress, 0,
                                                 Qt.KeyboardModifier.NoModifier, char))


def commit(widget, text):
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_french_dead_keys_through_input_method_events(qtbot, typing_room):
    window, room, runtime, ana = typing_room("fr", "fr")
    qtbot.mouseClick(room.start_button, Qt.MouseButton.LeftButton)
    screen = room.typing
    assert screen.layout_.id == "fr"
    qtbot.keyClicks(screen, "f")
    # The dead key ^ alone produces no text...
    QApplication.sendEvent(screen, QKeyEvent(QKeyEvent.Type.KeyPress,
                                             Qt.Key.Key_Dead_Circumflex,
                                             Qt.KeyboardModifier.NoModifier, ""))
    assert screen.session.position == 1
    assert "accent" in screen.finger.text()
    commit(screen, "ê")  # ...then the input method commits ê
    qtbot.keyClicks(screen, "te b")
    commit(screen, "ê")
    qtbot.keyClicks(screen, "te")
    [attempt] = attempts_of(runtime.db, ana.id, "typing")
    assert attempt.metrics["accuracy"] == 100 and attempt.metrics["keystrokes"] == 9
    assert attempt.details["layout"] == "fr"


def test_arabic_lesson_right_to_left(qtbot, typing_room, translations):
    window, room, runtime, ana = typing_room("ar", "ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.mouseClick(room.start_button, Qt.MouseButton.LeftButton)
    screen = room.typing
    assert screen.layout_.direction == "rtl"
    assert 'dir="rtl"' in screen.text.text()
    assert screen.keyboard.layoutDirection() == Qt.LayoutDirection.LeftToRight
    press(screen, "سلام")
    commit(screen, " كتاب")  # an input method may commit several letters
    [attempt] = attempts_of(runtime.db, ana.id, "typing")
    assert attempt.metrics["accuracy"] == 100 and attempt.passed


def test_a_qwerty_keyboard_on_an_azerty_course_is_noticed(qtbot, typing_room):
    window, room, runtime, ana = typing_room("fr", "fr")
    qtbot.mouseClick(room.start_button, Qt.MouseButton.LeftButton)
    screen = room.typing
    # "fête": f is at the same place; on QWERTY the AZERTY ^-key types "[", the "e" key
    # types "e"... use letters that differ: AZERTY "a" is QWERTY "q".
    screen.session.text = "aaaa"
    screen.text.set_text_to_type("aaaa", False)
    qtbot.keyClicks(screen, "qqq")
    assert screen.warning.isVisible()
    assert "QWERTY" in screen.warning.text()
    assert screen.offer.isVisible()
    qtbot.mouseClick(screen.offer, Qt.MouseButton.LeftButton)
    assert room.pages.currentWidget() is room.lessons
    assert room.pack.exercises[0].layout in ("", "us") and room.pack.language in ("en", "sw")


def test_typing_room_widgets_are_named(qtbot, typing_room):
    window, room, runtime, ana = typing_room("en", "us")
    assert unnamed(room) == []


def test_the_arabic_lam_alef_key_counts_as_two_letters():
    from tutor.skills.typing.typed_text import unfold_presentation_forms

    assert unfold_presentation_forms("\ufefb") == "لا"
    assert unfold_presentation_forms("سلام²") == "سلام²"  # nothing else is touched


def test_a_data_entry_lesson_in_keystrokes_per_hour(qtbot, typing_room):
    window, room, runtime, ana = typing_room("en", "us")
    room.course.setCurrentIndex(room.course.findData("typing-en-data"))
    pack = room.pack
    lesson = next(e for e in pack.exercises if e.kind == "data-entry")
    room.start(lesson)
    assert room.pages.currentWidget() is room.entry_page
    for index, row in enumerate(lesson.rows):
        for column, (field, value) in enumerate(zip(room.entry_page.fields, row, strict=True)):
            field.setFocus()
            typed = value if (index, column) != (0, 2) else value + "9"  # one wrong field
            qtbot.keyClicks(field, typed)
        qtbot.keyClick(room.entry_page.fields[-1], Qt.Key.Key_Return)
    assert room.pages.currentWidget() is room.results
    [attempt] = attempts_of(runtime.db, ana.id, "typing")
    fields = len(lesson.rows) * len(lesson.columns)
    assert attempt.metrics["accuracy"] == round(100 * (fields - 1) / fields, 2)
    assert attempt.metrics["keystrokes"] == sum(len(v) for r in lesson.rows for v in r) + 1 + len(lesson.rows)
    assert attempt.metrics["kph"] > 0


def test_a_numeric_keypad_drill_with_enter(qtbot, typing_room):
    window, room, runtime, ana = typing_room("en", "us")
    room.course.setCurrentIndex(room.course.findData("typing-en-data"))
    lesson = room.pack.exercise("keypad")
    room.start(lesson)
    screen = room.typing
    assert screen.layout_.id == "keypad"
    assert screen.keyboard.next_strokes[0].key.pos == "KP4"
    assert "right index finger" in screen.finger.text()
    for number in screen.session.text.split("\n")[:-1]:
        qtbot.keyClicks(screen, number)
        assert screen.keyboard.next_strokes[0].key.pos == "KPEN"
        qtbot.keyClick(screen, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    [attempt] = attempts_of(runtime.db, ana.id, "typing")
    assert attempt.exercise_id == "keypad" and attempt.metrics["accuracy"] == 100
    assert attempt.details["layout"] == "keypad"


def test_a_try_that_cannot_be_saved_says_so_and_never_saved(qtbot, typing_room, monkeypatch):
    from tutor.errors import StorageError

    window, room, runtime, ana = typing_room("en", "us")

    def full_disk(attempt):
        raise StorageError("The disk is full.")

    monkeypatch.setattr(room.host, "finish", full_disk)
    qtbot.mouseClick(room.start_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(room.typing, "fjf jjf")
    assert room.pages.currentWidget() is room.results
    assert room.result_title.text() == "The disk is full."
    assert "Saved" not in room.result_title.text()
    assert room.result_stars.text() == "★★★"
    assert attempts_of(runtime.db, ana.id, "typing") == []


def test_data_entry_results_after_a_lesson_show_no_keyboard_of_errors(qtbot, typing_room):
    window, room, runtime, ana = typing_room("en", "us")
    qtbot.mouseClick(room.start_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(room.typing, "fjx")
    qtbot.keyClicks(room.typing, "f jjf")
    assert room.findChild(object, "typingHeatMap") is not None
    assert "f ×1" in room.heat_label.text()
    room.course.setCurrentIndex(room.course.findData("typing-en-data"))
    lesson = next(e for e in room.pack.exercises if e.kind == "data-entry")
    room.start(lesson)
    for row in lesson.rows:
        for field, value in zip(room.entry_page.fields, row, strict=True):
            qtbot.keyClicks(field, value)
        qtbot.keyClick(room.entry_page.fields[-1], Qt.Key.Key_Return)
    assert room.pages.currentWidget() is room.results
    assert room.heat_label.text() == ""
    assert room.heat_box.count() == 0
    assert room.result_stars.accessibleName().endswith("stars of 3")


def test_the_text_takes_its_colours_from_the_theme_in_use(qtbot, typing_room):
    from tutor.ui.style import HIGH_CONTRAST_PALETTE, NORMAL, apply_text_size

    window, room, runtime, ana = typing_room("en", "us")
    room.stop_on_error.setChecked(False)
    qtbot.mouseClick(room.start_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(room.typing, "fjx")
    html = room.typing.text.text()
    assert f"color:{NORMAL.good};" in html and f"background:{NORMAL.bad_background};" in html
    app = QApplication.instance()
    try:
        apply_text_size(app, "normal", high_contrast=True)  # the learner switches, mid-lesson
        html = room.typing.text.text()
        assert f"color:{HIGH_CONTRAST_PALETTE.good};" in html
        assert f"background:{HIGH_CONTRAST_PALETTE.focus};" in html
        assert HIGH_CONTRAST_PALETTE.surface in room.typing.text.styleSheet()
    finally:
        apply_text_size(app, "normal")
    assert f"color:{NORMAL.good};" in room.typing.text.text()
