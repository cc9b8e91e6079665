"""Computer basics as a placement item (``view_placement.make_item``), answered with real
mouse events: a click exercise cut to four targets, its verdict emitted once and nothing
recorded; a miss too many fails it; a step exercise through a page of the step contract;
a step kind whose page does not load refuses to make an item."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from tests.ui.accessibility import unnamed
from tests.ui.basics_pages import Clock
from tests.ui.test_basics_room import PACK, StepPage
from tutor.content.packs import load_catalogue
from tutor.skills import load_hook
from tutor.skills.basics import SKILL, view_placement
from tutor.skills.basics.view_pointer import FEEDBACK_MS
from tutor.skills.placement.grading import item_right
from tutor.store.attempts import attempts_of
from tutor.store.learners import create_learner

pytestmark = pytest.mark.qt_log_ignore("pipewire")
LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier
CLICK_SIX = PACK.replace("targets = 2\nstart_size", "targets = 6\nstart_size")


@pytest.fixture
def pack(tmp_path):
    folder = tmp_path / "lessons"
    folder.mkdir()
    (folder / "1-mouse.toml").write_text(
        CLICK_SIX.format(language="en", title="The mouse"), encoding="utf-8")
    catalogue = load_catalogue([folder], {"basics": SKILL})
    assert not catalogue.problems, catalogue.problems
    return catalogue.packs["basics-test-mouse"]


@pytest.fixture
def make(qtbot, monkeypatch, translations):
    monkeypatch.setenv("TUTOR_SOUND", "none")

    def build(pack, exercise_id):
        clock = Clock(now=50.0, step=0)
        item = load_hook(SKILL.placement_item)(pack, pack.exercise(exercise_id), clock, None)
        qtbot.addWidget(item)
        item.resize(1000, 400)
        answers = []
        item.answered.connect(answers.append)
        item.show()
        qtbot.waitExposed(item)
        return item, clock, answers

    return build


def click(qtbot, item, clock, dx=0, seconds=1.0):
    canvas = item.page.canvas
    qtbot.waitUntil(lambda: not canvas.waiting and canvas.has_target,
                    timeout=FEEDBACK_MS * 6)
    clock.now += seconds
    centre = canvas.centre
    QTest.mouseClick(canvas, LEFT, NONE, QPoint(round(centre.x() + dx), round(centre.y())))


def test_a_click_item_of_four_targets_answered_right_with_the_mouse(qtbot, make, pack, db):
    item, clock, answers = make(pack, "click")
    assert pack.exercise("click").targets == 6 and item.work.targets == 4  # cut short
    assert item.bar.say_label.text() == "Click each circle."
    assert item.progress.text() == "○○○○"
    assert unnamed(item) == []
    for _ in range(4):
        click(qtbot, item, clock, dx=5)
        assert item.outcome == "hit"
    assert item.answer.text() == "Good!" and item.progress.text() == "●●●●"
    [verdict] = answers
    assert verdict.passed and item_right(verdict)
    assert item.page.canvas.ticker.isActive() is False  # stopped once answered
    learner = create_learner(db, "Amina", "sun", "en")
    assert attempts_of(db, learner.id, "basics") == []  # nothing recorded, by anyone


def test_missing_the_targets_makes_a_wrong_answer(qtbot, make, pack):
    item, clock, answers = make(pack, "click")
    for _ in range(4):
        click(qtbot, item, clock, dx=300)  # beside the circle first
        assert item.outcome == "miss" and item.answer.text() == "Not on it. Try again."
        click(qtbot, item, clock, dx=0)
    [verdict] = answers
    assert not verdict.passed and not item_right(verdict)
    figures = {f.criterion: f.params for f in verdict.feedback}
    assert figures["all-targets"] == {"done": 4, "targets": 4}


def test_a_step_exercise_as_an_item_answers_after_its_last_step(qtbot, make, pack,
                                                                monkeypatch):
    monkeypatch.setattr(view_placement, "load_page", lambda kind: StepPage)
    item, clock, answers = make(pack, "press-keys")
    assert item.bar.say_label.text() == "Use the big keys. Press Space."
    assert item.page.shown == 1
    qtbot.mouseClick(item.page.wrong, LEFT)
    assert item.outcome == "slip" and answers == []
    qtbot.mouseClick(item.page.do_it, LEFT)
    assert item.bar.say_label.text() == "Press Enter." and item.page.shown == 2
    qtbot.mouseClick(item.page.do_it, LEFT)
    [verdict] = answers
    assert verdict.passed  # two steps, one slip: allowed


def test_a_step_kind_without_a_page_makes_no_item(qtbot, pack, monkeypatch):
    monkeypatch.setattr(view_placement, "load_page", lambda kind: None)
    with pytest.raises(LookupError):
        view_placement.make_item(pack, pack.exercise("press-keys"), Clock(), None)
