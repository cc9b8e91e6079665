"""Typing's placement item: copy a line of a lesson, through real key events."""

import gc
import random

import pytest
from PySide6.QtCore import Qt

from tutor.content import check_pack
from tutor.paths import resource
from tutor.skills import installed_skills, load_hook
from tutor.skills.placement.grading import item_right
from tutor.skills.typing.model import TypingExercise
from tutor.skills.typing.view_placement import line_of, placement_line


@pytest.fixture(autouse=True)
def collected():
    """This test's widgets are freed at its end, at a safe moment: left to Python's cycle
    collector, one could go in the middle of a later test's language change (a crash)."""
    yield
    gc.collect()


class Clock:
    """Seconds, a step further at every reading (a key press reads it once)."""

    def __init__(self, step):
        self.now, self.step = 100.0, step

    def __call__(self):
        self.now += self.step
        return self.now


@pytest.fixture
def course():
    pack, problems = check_pack(resource("lessons") / "typing" / "en" / "course.toml",
                                installed_skills())
    assert pack is not None, problems
    return pack


def make(qtbot, course, exercise_id, clock):
    make_item = load_hook(installed_skills()["typing"].placement_item)
    item = make_item(course, course.exercise(exercise_id), clock, None)
    qtbot.addWidget(item)
    item.resize(1000, 400)
    item.show()
    qtbot.waitExposed(item)
    answers = []
    item.answered.connect(answers.append)
    return item, answers


def test_a_line_is_cut_between_words():
    text = "fff jjj fff jjj fjf jfj ffj jjf fj jf fjjf jffj fff jjj jf fj ffjj jjff"
    assert len(text) == 71
    assert line_of(text) == "fff jjj fff jjj fjf jfj ffj jjf fj jf fjjf jffj fff jjj jf"  # 58
    assert line_of("short") == "short"
    assert line_of("x" * 80) == "x" * 60  # one long word: cut in it
    data = TypingExercise(id="d", title="d", kind="data-entry", columns=["a", "b"],
                          rows=[["Ana", "12"], ["Bo", "7"]])
    assert placement_line(data, "en", random.Random(1)) == "Ana 12 Bo 7"


def test_the_line_typed_right_and_fast_enough_is_right(qtbot, course):
    # "fj": at least 10 words per minute and 92% of the keys right.
    item, answers = make(qtbot, course, "fj", Clock(0.3))  # 40 words per minute
    line = item.session.text
    assert line == "fff jjj fff jjj fjf jfj ffj jjf fj jf fjjf jffj fff jjj jf"
    assert item.typing.keyboard is not None and item.typing.keyboard.isVisible()
    qtbot.keyClicks(item.typing, line[:-1])
    assert answers == []  # not before the line's end
    qtbot.keyClicks(item.typing, line[-1])
    [verdict] = answers
    assert verdict.passed and item_right(verdict)
    speed = next(f for f in verdict.feedback if f.criterion == "speed")
    assert speed.params["wpm"] == 40.0 and speed.params["min"] == 10
    qtbot.keyClicks(item.typing, "f")  # after the end: nothing more
    assert len(answers) == 1


def test_too_many_wrong_keys_is_wrong(qtbot, course):
    item, answers = make(qtbot, course, "fj", Clock(0.3))
    line = item.session.text
    for char in line:  # a wrong key before each of the first 10: 10 of 68 keys wrong
        if item.session.position < 10:
            qtbot.keyClick(item.typing, Qt.Key.Key_X)
        qtbot.keyClicks(item.typing, char)
    [verdict] = answers
    accuracy = next(f for f in verdict.feedback if f.criterion == "accuracy")
    assert accuracy.params["accuracy"] == pytest.approx(100 * 58 / 68, abs=0.1)
    assert not accuracy.passed and not verdict.passed and not item_right(verdict)


def test_too_slow_is_wrong(qtbot, course):
    item, answers = make(qtbot, course, "fj", Clock(2.0))  # 6 words per minute
    qtbot.keyClicks(item.typing, item.session.text)
    [verdict] = answers
    speed = next(f for f in verdict.feedback if f.criterion == "speed")
    assert speed.params["wpm"] == 6.0 and not speed.passed and not item_right(verdict)


def test_nothing_is_recorded(qtbot, course, runtime):
    from tutor.store.attempts import recent_attempts
    from tutor.store.learners import create_learner

    ana = create_learner(runtime.db, "Ana", "sun", "en")
    item, answers = make(qtbot, course, "fj", Clock(0.3))
    qtbot.keyClicks(item.typing, item.session.text)
    assert answers and recent_attempts(runtime.db, ana.id, 10) == []
    assert item.objectName() == "typingPlacementItem" and item.accessibleName()


def test_an_arabic_line_right_to_left(qtbot, translations):
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    translations.use("ar")
    pack, problems = check_pack(resource("lessons") / "typing" / "ar" / "course.toml",
                                installed_skills())
    assert pack is not None, problems
    item, answers = make(qtbot, pack, "b-t", Clock(0.3))
    line = item.session.text
    assert line == "ببب تتت ببب تتت بتب تبت ببت تتب بت تب بتت تبب بت تب ببتت"  # 56 of 61
    assert item.typing.layout_.direction == "rtl" and 'dir="rtl"' in item.typing.text.text()
    for char in line:  # keys carrying their text, as an Arabic layout sends them
        QApplication.sendEvent(item.typing, QKeyEvent(QKeyEvent.Type.KeyPress, 0,
                                                      Qt.KeyboardModifier.NoModifier, char))
    [verdict] = answers
    assert verdict.passed and item_right(verdict)
