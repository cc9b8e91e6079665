"""The placement room, "Find my level", driven through its widgets: a whole placement with
fake item widgets answered right and wrong by clicks, the work choice, the attempt
recorded with the levels, the skill map and "Start my path"; resuming after the room
was closed half-way; a skill without an item (or whose item fails) skipped and said so;
the mouse gate ending the placement early; "I can't do this"; the shipped lessons with
the real computer-basics item; every control named and inside the room at 1024x600."""

from __future__ import annotations

import dataclasses
import random
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton, QVBoxLayout, QWidget

from tests.skills.placement.ladders_for_tests import TOPS, ladders
from tests.ui.accessibility import unnamed
from tests.ui.basics_pages import Clock
from tutor.errors import TutorError
from tutor.grading import Feedback, Verdict
from tutor.skills import installed_skills
from tutor.skills.placement import SKILL
from tutor.skills.placement import view as placement_view
from tutor.skills.placement.engine import MAX_ITEMS_PER_SKILL
from tutor.skills.placement.model import PLACED_SKILLS
from tutor.skills.placement.view import ITEM_SECONDS, PlacementRoom
from tutor.store.attempts import attempts_of
from tutor.store.learners import create_learner, get_learner, skill_settings
from tutor.ui.rooms import RoomHost
from tutor.ui.style import apply_text_size

pytestmark = pytest.mark.qt_log_ignore("pipewire")
LEFT = Qt.MouseButton.LeftButton
T0 = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
FAKE_HOOK = "tests.ui.test_placement_room:FakeItem"
BROKEN_HOOK = "tests.ui.test_placement_room:broken"


class FakeItem(QWidget):
    """A skill's item as the hook makes it: a Right and a Wrong button, each answering
    with a verdict."""

    answered = Signal(object)
    made: list[tuple[str, str]] = []  # the exercises shown, in order

    def __init__(self, pack, exercise, clock, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("fakeItem")
        self.key = (pack.id, exercise.id)
        FakeItem.made.append(self.key)
        self.right = QPushButton("Right", self)
        self.right.setObjectName("fakeRight")
        self.right.setAccessibleName("Right")
        self.wrong = QPushButton("Wrong", self)
        self.wrong.setObjectName("fakeWrong")
        self.wrong.setAccessibleName("Wrong")
        layout = QVBoxLayout(self)
        layout.addWidget(self.right)
        layout.addWidget(self.wrong)
        self.right.clicked.connect(lambda: self.answered.emit(self._verdict(True)))
        self.wrong.clicked.connect(lambda: self.answered.emit(self._verdict(False)))

    @staticmethod
    def _verdict(passed: bool) -> Verdict:
        return Verdict.from_feedback([Feedback("done", passed, "Done.", {}, "test",
                                               essential=True)])


def broken(pack, exercise, clock, parent=None):
    raise RuntimeError("this item does not open")


class FakePack:
    def __init__(self, pack_id: str) -> None:
        self.id = pack_id

    def exercise(self, exercise_id: str):
        return dataclasses.make_dataclass("Exercise", ["id"])(exercise_id)


class FakeCatalogue:
    """The packs of ``ladders_for_tests``: one per skill, every exercise there."""

    packs = {f"{skill}-pack": FakePack(f"{skill}-pack") for skill in PLACED_SKILLS}


@pytest.fixture
def room_for(qtbot, db, monkeypatch, translations):
    FakeItem.made = []

    def make(hooks=None, learner=None, language="en", seed=5, go_home=None, finish=None):
        hooks = hooks if hooks is not None else {skill: FAKE_HOOK for skill in PLACED_SKILLS}
        skills = {**installed_skills()}
        for skill in PLACED_SKILLS:
            skills[skill] = dataclasses.replace(skills[skill],
                                                placement_item=hooks.get(skill, ""))
        monkeypatch.setattr(placement_view, "installed_skills", lambda: skills)
        monkeypatch.setattr(placement_view, "ladders_from",
                            lambda catalogue, language, keep=None: ladders(TOPS))
        if learner is None:
            learner = create_learner(db, "Amina", "sun", language)
        learner = get_learner(db, learner.id)
        host = RoomHost(SKILL, learner, db, FakeCatalogue(),  # type: ignore[arg-type]
                        go_home=go_home or (lambda: None), progress_changed=lambda: None)
        if finish is not None:
            host.finish = finish  # type: ignore[method-assign]
        clock = Clock(now=500.0, step=0)
        times = iter(T0 + timedelta(minutes=n) for n in range(100))
        room = PlacementRoom(host, clock=clock, now=lambda: next(times), seed=seed)
        if language != "en":
            translations.use(language)
        qtbot.addWidget(room)
        room.resize(1000, 520)
        room.show()
        qtbot.waitExposed(room)
        return room, learner, clock

    return make


def answer_items(qtbot, room, clock, right_if, limit=60):
    """Click Right or Wrong on each item shown (``right_if(item)``); returns the items."""
    shown = []
    while room.pages.currentWidget() is room.item_page and len(shown) < limit:
        item, widget = room.item, room.item_widget
        shown.append(item)
        clock.advance(7.5)
        qtbot.mouseClick(widget.right if right_if(item) else widget.wrong, LEFT)
    return shown


def test_a_whole_placement_from_the_intro_to_the_skill_map(qtbot, room_for, db):
    went_home = []
    room, learner, clock = room_for(go_home=lambda: went_home.append(True))
    assert room.pages.currentWidget() is room.intro_page
    assert room.start_button.text() == "Start" and not room.restart_button.isVisible()
    assert not room.last_map_button.isVisible()  # no placement before
    assert "short tasks" in room.intro_bar.say_label.text()
    assert not room.intro_bar.icon.pixmap().isNull()
    assert [p.accessibleName() for p in room.intro_pictures] == [
        "Computer basics", "Typing", "Email", "Spreadsheets", "Basic coding"]
    assert unnamed(room) == []
    qtbot.mouseClick(room.start_button, LEFT)
    assert room.pages.currentWidget() is room.item_page
    assert room.item.skill == "basics" and room.item.level == 2  # the easy middle
    assert room.item_skill.text() == "Computer basics" and room.item_count.text() == "Task 1"
    assert unnamed(room) == []
    shown = answer_items(qtbot, room, clock, lambda item: item.level <= 2)
    assert [item.skill for item in shown] == sorted(
        (item.skill for item in shown), key=PLACED_SKILLS.index)  # one skill after another
    assert {item.skill for item in shown} == set(PLACED_SKILLS)
    assert all(sum(item.skill == s for item in shown) <= MAX_ITEMS_PER_SKILL
               for s in PLACED_SKILLS)
    assert FakeItem.made == [item.key for item in shown]
    # The work choice: four pictures, no words on them; their names are their own.
    assert room.pages.currentWidget() is room.work_page
    tiles = room.work_tiles
    assert list(tiles) == ["office", "data-entry", "customer-service", "code"]
    assert all(tile.text() == "" and not tile.icon().isNull() for tile in tiles.values())
    assert tiles["data-entry"].accessibleName() == "Data entry and online tasks"
    assert "Office work." in room.work_bar.voice_text()
    assert attempts_of(db, learner.id, "placement") == []  # not before the choice
    with qtbot.waitSignal(room.attempt_saved) as saved:
        qtbot.mouseClick(tiles["data-entry"], LEFT)
    [stored] = attempts_of(db, learner.id, "placement")
    attempt = saved.args[0]
    assert stored.id == attempt.id and stored.passed
    assert stored.metrics["levels"] == {skill: 2 for skill in PLACED_SKILLS}
    assert stored.metrics["items"] == len(shown) and not stored.metrics["stopped_early"]
    assert stored.details["work"] == "data-entry"
    assert stored.details["items"][0]["seconds"] == 7.5
    assert stored.started_at.replace(tzinfo=UTC) == T0
    # The skill map: a row per skill with its level in circles, the work, Saved.
    assert room.pages.currentWidget() is room.map_page
    assert room.title.text() == "My skill map" and room.saved.text() == "Saved."
    rows = [room.map_rows.findChild(QWidget, f"placementMapRow:{s}") for s in PLACED_SKILLS]
    assert all(row is not None for row in rows)
    assert rows[0].accessibleName() == "Computer basics: Level 2 of 4"
    assert rows[4].accessibleName() == "Basic coding: Level 2 of 5"
    dots = rows[0].findChild(QWidget, "placementLevelDots")
    assert (dots.level, dots.top) == (2, 4)
    work = room.map_rows.findChild(QWidget, "placementMapWork")
    assert work.accessibleName() == "The work you want: Data entry and online tasks"
    assert skill_settings(get_learner(db, learner.id), "placement")["state"] is None
    qtbot.mouseClick(room.path_button, LEFT)
    assert went_home == [True]


def test_closing_the_room_half_way_and_going_on_where_it_was(qtbot, room_for, db):
    room, learner, clock = room_for(seed=11)
    qtbot.mouseClick(room.start_button, LEFT)
    first = answer_items(qtbot, room, clock, lambda item: True, limit=3)
    waiting = room.item  # shown, not answered
    assert len(first) == 3 and waiting is not None
    saved = skill_settings(get_learner(db, learner.id), "placement")
    assert len(saved["state"]["answers"]) == 3 and saved["seed"] == 11
    room.close()
    room.deleteLater()

    again, _, clock = room_for(learner=learner, seed=99)
    assert again.pages.currentWidget() is again.intro_page
    assert again.start_button.text() == "Go on" and again.restart_button.isVisible()
    qtbot.mouseClick(again.start_button, LEFT)
    assert again.item == waiting  # the same item again
    assert again.item_count.text() == "Task 4"
    assert [a.right for a in again.placement.answers] == [True, True, True]
    rest = answer_items(qtbot, again, clock, lambda item: item.level <= 3)
    qtbot.mouseClick(again.not_sure, LEFT)  # no work chosen
    [stored] = attempts_of(db, learner.id, "placement")
    assert stored.metrics["items"] == 3 + len(rest)
    assert stored.details["work"] is None
    assert stored.details["items"][0]["right"] is True
    assert again.map_rows.findChild(QWidget, "placementMapWork") is None


def test_start_again_drops_the_placement_left_half_way(qtbot, room_for, db):
    room, learner, clock = room_for()
    qtbot.mouseClick(room.start_button, LEFT)
    answer_items(qtbot, room, clock, lambda item: False, limit=1)
    room.close()
    again, _, _ = room_for(learner=learner)
    qtbot.mouseClick(again.restart_button, LEFT)
    assert again.placement.answers == [] and again.item_count.text() == "Task 1"


def test_a_skill_without_an_item_and_one_whose_item_fails_are_not_assessed(qtbot, room_for,
                                                                            db):
    hooks = {"basics": FAKE_HOOK, "typing": FAKE_HOOK, "email": "", "sheets": BROKEN_HOOK,
             "coding": FAKE_HOOK}
    room, learner, clock = room_for(hooks=hooks)
    qtbot.mouseClick(room.start_button, LEFT)
    shown = answer_items(qtbot, room, clock, lambda item: item.level <= 1)
    assert {item.skill for item in shown} == {"basics", "typing", "coding"}
    assert room.pages.currentWidget() is room.work_page
    qtbot.mouseClick(room.work_tiles["office"], LEFT)
    [stored] = attempts_of(db, learner.id, "placement")
    assert stored.metrics["levels"] == {"basics": 1, "typing": 1, "email": 0, "sheets": 0,
                                        "coding": 1}
    assert stored.details["top_levels"]["email"] == 0
    assert stored.details["top_levels"]["sheets"] == 0
    email = room.map_rows.findChild(QWidget, "placementMapRow:email")
    assert email.accessibleName().endswith(": Not checked yet")
    assert email.findChild(QWidget, "placementLevelDots") is None  # no failure shown


def test_a_learner_who_cannot_use_the_mouse_is_asked_nothing_else(qtbot, room_for, db):
    room, learner, clock = room_for()
    qtbot.mouseClick(room.start_button, LEFT)
    shown = answer_items(qtbot, room, clock, lambda item: False)
    assert {item.skill for item in shown} == {"basics"}
    assert {key[0] for key in FakeItem.made} == {"basics-pack"}  # no other item made
    assert room.pages.currentWidget() is room.work_page
    qtbot.mouseClick(room.work_tiles["customer-service"], LEFT)
    [stored] = attempts_of(db, learner.id, "placement")
    assert stored.metrics["stopped_early"] is True
    assert set(stored.metrics["levels"].values()) == {0}
    typing = room.map_rows.findChild(QWidget, "placementMapRow:typing")
    assert typing.accessibleName().endswith(": After the mouse")
    basics = room.map_rows.findChild(QWidget, "placementMapRow:basics")
    assert basics.accessibleName().endswith(": Start at the beginning")


def test_i_cannot_do_this_answers_the_item_wrong(qtbot, room_for):
    room, learner, clock = room_for()
    qtbot.mouseClick(room.start_button, LEFT)
    first = room.item
    assert room.item_timer.isActive() and room.item_timer.interval() == ITEM_SECONDS * 1000
    clock.advance(40)
    qtbot.mouseClick(room.cannot_button, LEFT)
    [answer] = room.placement.answers
    assert (answer.key, answer.right, answer.seconds) == (first.key, False, 40.0)
    assert room.item.level == 1  # down after a wrong answer
    room.item_timer.timeout.emit()  # no answer for four minutes: the same
    assert [a.right for a in room.placement.answers] == [False, False]


def test_a_placement_not_recorded_says_why_and_waits_for_the_choice_again(qtbot, room_for,
                                                                          db):
    def full_disk(attempt):
        raise TutorError("The disk is full. Nothing was saved.")

    room, learner, clock = room_for(finish=full_disk)
    qtbot.mouseClick(room.start_button, LEFT)
    answer_items(qtbot, room, clock, lambda item: item.level <= 1)
    qtbot.mouseClick(room.work_tiles["office"], LEFT)
    assert room.pages.currentWidget() is room.map_page
    assert room.saved.text() == "The disk is full. Nothing was saved."
    assert room.saved.property("role") == "error"
    assert attempts_of(db, learner.id, "placement") == []
    room.close()
    again, _, _ = room_for(learner=learner)  # (recording works again)
    assert again.start_button.text() == "Go on"
    qtbot.mouseClick(again.start_button, LEFT)
    assert again.pages.currentWidget() is again.work_page  # the items are not asked again
    qtbot.mouseClick(again.work_tiles["code"], LEFT)
    [stored] = attempts_of(db, learner.id, "placement")
    assert stored.details["work"] == "code" and again.saved.text() == "Saved."


def test_the_last_skill_map_from_the_intro(qtbot, room_for, db):
    room, learner, clock = room_for()
    qtbot.mouseClick(room.start_button, LEFT)
    answer_items(qtbot, room, clock, lambda item: item.level <= 3)
    qtbot.mouseClick(room.work_tiles["code"], LEFT)
    room.close()
    again, _, _ = room_for(learner=learner)
    assert again.start_button.text() == "Start" and again.last_map_button.isVisible()
    qtbot.mouseClick(again.last_map_button, LEFT)
    assert again.pages.currentWidget() is again.map_page and not again.saved.isVisible()
    row = again.map_rows.findChild(QWidget, "placementMapRow:basics")
    assert row.accessibleName() == "Computer basics: Level 3 of 4"


def test_the_shipped_lessons_start_with_the_real_computer_basics_item(qtbot, db, runtime,
                                                                      translations,
                                                                      monkeypatch):
    monkeypatch.setenv("TUTOR_SOUND", "none")
    learner = create_learner(db, "Amina", "sun", "en")
    host = RoomHost(SKILL, learner, db, runtime.catalogue, go_home=lambda: None,
                    progress_changed=lambda: None)
    room = PlacementRoom(host, clock=Clock(step=0), seed=3)
    qtbot.addWidget(room)
    room.resize(1000, 560)
    room.show()
    qtbot.mouseClick(room.start_button, LEFT)
    assert room.item.skill == "basics" and room.item.level == 2
    assert type(room.item_widget).__name__ == "BasicsPlacementItem"
    qtbot.mouseClick(room.cannot_button, LEFT)
    pack_id, exercise_id = room.item.key
    exercise = runtime.catalogue.packs[pack_id].exercise(exercise_id)
    assert room.item.level == 1 and exercise.kind in ("hold", "point", "click")  # the mouse
    assert unnamed(room) == []


def inside(room: QWidget) -> list[str]:
    """The visible controls not wholly inside the room (a scroll area's inside is
    reached by scrolling it)."""
    QApplication.processEvents()
    bounds = QRect(0, 0, room.width(), room.height())
    found = []
    for control in room.findChildren(QAbstractButton):
        if not control.isVisible() or control.parentWidget().objectName() in (
                "placementMapRows", "placementWorkTiles"):
            continue
        rect = QRect(control.mapTo(room, control.rect().topLeft()), control.size())
        if not bounds.contains(rect):
            found.append(f"{control.objectName()} {rect}")
    return found


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("text_size", ["normal", "xlarge"])
def test_every_page_fits_1024_by_600(qtbot, room_for, qapp, language, text_size):
    room, learner, clock = room_for(language=language)
    apply_text_size(qapp, text_size)
    room.resize(1000, 470)  # 1024x600 less the window's bar and margins
    assert room.isRightToLeft() == (language == "ar")
    assert inside(room) == []
    qtbot.mouseClick(room.start_button, LEFT)
    assert inside(room) == []
    answer_items(qtbot, room, clock, lambda item: random.Random(item.key[1]).random() < 0.5)
    assert inside(room) == []
    qtbot.mouseClick(room.work_tiles["office"], LEFT)
    assert inside(room) == []
    assert unnamed(room) == []


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)], ids=["1024x600", "1366x768"])
@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("text_size", ["normal", "xlarge"])
def test_the_room_fits_the_window_with_the_real_mouse_item(qtbot, runtime, translations,
                                                           monkeypatch, size, language,
                                                           text_size):
    """In the real window: the intro, a computer-basics mouse item, the work choice and
    the skill map keep every control inside the window (the other skills' items are
    their own rooms' to fit: left out here)."""
    from tests.ui.test_fits import outside
    from tutor.store.learners import update_learner
    from tutor.ui.main_window import MainWindow

    monkeypatch.setenv("TUTOR_SOUND", "none")
    translations.use(language)
    window = MainWindow(runtime, translations)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    learner = create_learner(runtime.db, "Amina Diallo-Nguema", "sun", language)
    update_learner(runtime.db, learner.id, text_size=text_size)
    window.open_learner(learner.id)
    window.open_skill("placement")
    room = window.room
    room.hooks = {"basics": room.hooks["basics"]}  # the others: not assessed here
    qtbot.wait(50)
    assert outside(window) == []
    qtbot.mouseClick(room.start_button, LEFT)
    room.cannot_do()  # down to the mouse
    qtbot.wait(50)
    assert room.item.level == 1 and outside(window) == []
    while room.item is not None:
        room.cannot_do()
    qtbot.wait(50)
    assert room.pages.currentWidget() is room.work_page and outside(window) == []
    qtbot.mouseClick(room.work_tiles["code"], LEFT)
    qtbot.wait(50)
    assert room.pages.currentWidget() is room.map_page and outside(window) == []
    assert (window.width(), window.height()) == size
    assert unnamed(window) == []
