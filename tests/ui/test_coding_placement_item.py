"""Coding's placement item: say what a short program prints, run in the sandbox."""

import gc
import random

import pytest
from PySide6.QtCore import Qt

from tutor.content import check_pack
from tutor.paths import resource
from tutor.skills import installed_skills, load_hook
from tutor.skills.coding.model import CodingExercise
from tutor.skills.coding.view_placement import (
    choices_for,
    normalised,
    programs,
    wrong_outputs,
)
from tutor.skills.placement.grading import item_right

pytestmark = pytest.mark.process  # runs programs in the sandbox


@pytest.fixture(autouse=True)
def collected():
    """This test's widgets are freed at its end, at a safe moment: left to Python's cycle
    collector, one could go in the middle of a later test's language change (a crash)."""
    yield
    gc.collect()


@pytest.fixture
def first_steps():
    pack, problems = check_pack(
        resource("lessons") / "coding" / "en" / "1-first-steps.toml", installed_skills())
    assert pack is not None, problems
    return pack


def make(qtbot, pack, exercise_id):
    make_item = load_hook(installed_skills()["coding"].placement_item)
    item = make_item(pack, pack.exercise(exercise_id), lambda: 0.0, None)
    qtbot.addWidget(item)
    item.resize(1000, 400)
    item.show()
    qtbot.waitExposed(item)
    answers = []
    item.answered.connect(answers.append)
    qtbot.waitUntil(lambda: item.ready, timeout=15000)
    return item, answers


def test_wrong_outputs_are_small_changes():
    # print(7 / 2), print(7 // 2), print(7 % 2)
    assert wrong_outputs("3.5\n3\n1\n") == ["4.5\n3\n1", "1\n3\n3.5"]
    assert wrong_outputs("Adult  \nDone\n") == ["Done\nAdult", '"Adult"\nDone']
    assert wrong_outputs("Hello") == ['"Hello"', "Hello\nHello"]
    assert normalised("a  \nb \n\n") == "a\nb"
    choices = choices_for("Adult\nDone\n", random.Random("p/e"))
    assert sorted(choices) == sorted(["Adult\nDone", "Done\nAdult", '"Adult"\nDone'])
    assert choices == choices_for("Adult\nDone\n", random.Random("p/e"))  # the same order


def test_the_program_is_short_and_asks_nothing_when_it_can():
    exercise = CodingExercise(
        id="e", title="e", explanation="x", task="x",
        example="name = input('Name? ')\nprint(name)",
        solution="age = 20\nif age >= 18:\n    print('Adult')\nprint('Done')")
    assert programs(exercise) == [(exercise.solution, []),
                                  (exercise.example, [])]
    # 7 lines: after a short one that asks; 11 lines: never
    long = exercise.model_copy(update={"solution": "print(1)\n" * 7, "inputs": ["Ana"]})
    assert programs(long) == [(long.example, ["Ana"]), ("print(1)\n" * 6 + "print(1)", [])]
    longer = exercise.model_copy(update={"solution": "print(1)\n" * 11})
    assert programs(longer) == [(longer.example, [])]


def test_choosing_the_real_output_is_right(qtbot, first_steps):
    item, answers = make(qtbot, first_steps, "numbers-divide")
    assert item.code.text() == "print(7 / 2)\nprint(7 // 2)\nprint(7 % 2)"  # the example
    assert item.output == "3.5\n3\n1"
    texts = [button.text() for button in item.buttons]
    assert sorted(texts) == sorted(["3.5\n3\n1", "4.5\n3\n1", "1\n3\n3.5"])
    right = texts.index("3.5\n3\n1")
    # by the keyboard: Tab to the right one, then Space
    assert item.buttons[0].hasFocus()
    for _ in range(right):
        qtbot.keyClick(item.focusWidget(), Qt.Key.Key_Tab)
    assert item.buttons[right].hasFocus()
    qtbot.keyClick(item.buttons[right], Qt.Key.Key_Space)
    [verdict] = answers
    assert verdict.passed and item_right(verdict)
    qtbot.mouseClick(item.buttons[(right + 1) % 3], Qt.MouseButton.LeftButton)
    assert len(answers) == 1  # one answer only


def test_choosing_another_is_wrong(qtbot, first_steps):
    item, answers = make(qtbot, first_steps, "numbers-divide")
    wrong = next(i for i, b in enumerate(item.buttons) if b.text() != item.output)
    qtbot.mouseClick(item.buttons[wrong], Qt.MouseButton.LeftButton)
    [verdict] = answers
    assert not verdict.passed and not item_right(verdict)


def test_a_program_that_asks_is_given_its_answers(qtbot, first_steps):
    # input-name: both programs ask; the example is run with the exercise's answer
    item, answers = make(qtbot, first_steps, "input-name")
    assert item.code.text().startswith('city = input("Where do you live? ")')
    assert item.given.isVisibleTo(item) and "Joseph" in item.given.text()
    assert item.output == "Where do you live? Joseph\nYou live in Joseph"


def test_nothing_is_recorded(qtbot, first_steps, runtime):
    from tutor.store.attempts import recent_attempts
    from tutor.store.learners import create_learner

    ana = create_learner(runtime.db, "Ana", "sun", "en")
    item, answers = make(qtbot, first_steps, "print-lines")
    qtbot.mouseClick(item.buttons[0], Qt.MouseButton.LeftButton)
    assert answers and recent_attempts(runtime.db, ana.id, 10) == []
    assert item.objectName() == "codingPlacementItem" and item.accessibleName()
    assert all(b.accessibleName() for b in item.buttons)
