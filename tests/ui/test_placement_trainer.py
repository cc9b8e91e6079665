"""The trainer's side of the placement through the real widgets: one learner's levels,
path and the trainer's order; the class grouped by level; a placement started by the
trainer for a learner."""

from datetime import UTC, datetime, timedelta

import pytest

from tests.ui.accessibility import unnamed
from tests.ui.test_trainer import trainer_screen  # noqa: F401 (a fixture)
from tutor.attempt import FinishedAttempt
from tutor.skills.placement.next_step import next_step
from tutor.store.attempts import save_attempt
from tutor.store.learners import create_learner, get_learner, skill_settings

WHEN = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
SKILLS = ["basics", "typing", "email", "sheets", "coding"]


def placement(levels, work=None):
    return FinishedAttempt(
        "placement", "placement", "1", "placement", WHEN, WHEN + timedelta(minutes=16), 1.0,
        True, metrics={"levels": dict(zip(SKILLS, levels, strict=True)),
                       "asked": dict.fromkeys(SKILLS, 2), "stopped_early": False},
        details={"skills": SKILLS, "top_levels": dict.fromkeys(SKILLS, 4), "work": work,
                 "items": []})


def select(screen, name):
    for row in range(screen.table.rowCount()):
        if screen.table.item(row, 0).text() == name:
            screen.table.selectRow(row)
            return
    raise AssertionError(name)


def test_a_learners_levels_and_path_and_the_trainers_order(
        qtbot, runtime, trainer_screen, on_modal):  # noqa: F811
    screen, told = trainer_screen
    ana = create_learner(runtime.db, "Ana", "sun")
    save_attempt(runtime.db, ana.id, placement((3, 1, 2, 0, 0), "data-entry"))
    screen.refresh()
    select(screen, "Ana")
    seen = {}

    def look_and_change(dialog):
        seen["summary"] = dialog.summary.text()
        seen["levels"] = [[dialog.levels.item(r, c).text() for c in range(3)]
                          for r in range(dialog.levels.rowCount())]
        seen["next"] = [dialog.next_list.item(i).text() for i in range(dialog.next_list.count())]
        seen["unnamed"] = unnamed(dialog)
        # The trainer puts an email exercise first, then the second one before it.
        for text in ("Email · level 1", "Spreadsheets · level 1"):
            index = next(i for i in range(dialog.choices.count())
                         if dialog.choices.itemText(i).startswith(text))
            dialog.choices.setCurrentIndex(index)
            dialog.add_button.click()
        seen["order"] = [dialog.order_list.item(i).text()
                         for i in range(dialog.order_list.count())]
        dialog.up_button.click()
        seen["first_after_up"] = dialog.next_list.item(0).text()
        dialog.accept()

    on_modal(look_and_change)
    screen.buttons["settings:placement"].click()
    assert seen["unnamed"] == []
    assert seen["summary"].startswith("Placement of ") and "Data entry and online tasks" \
        in seen["summary"]
    assert seen["levels"][:3] == [["Computer basics", "3 of 4", "3 of 4"],
                                  ["Typing", "1 of 4", "1 of 4"],
                                  ["Email", "2 of 4", "2 of 4"]]
    assert seen["levels"][3][1] == "below level 1"
    assert len(seen["next"]) == 10 and not seen["next"][0].endswith("(your order)")
    assert seen["order"][0].startswith("Email · ") and seen["order"][1].startswith(
        "Spreadsheets · ")
    assert seen["first_after_up"].startswith("Spreadsheets · ") and \
        seen["first_after_up"].endswith("(your order)")
    # Kept in the learner's settings; the home's Next step is the trainer's first.
    learner = get_learner(runtime.db, ana.id)
    order = skill_settings(learner, "placement")["path"]
    assert [runtime.catalogue.packs[p].skill for p, _ in order] == ["sheets", "email"]
    step = next_step(runtime.db, learner, runtime.catalogue)
    assert (step.pack_id, step.exercise_id) == tuple(order[0])

    # Cleared: back to the path as computed.
    def clear(dialog):
        dialog.clear_button.click()
        dialog.accept()

    on_modal(clear)
    screen.buttons["settings:placement"].click()
    assert skill_settings(get_learner(runtime.db, ana.id), "placement")["path"] == []
    step = next_step(runtime.db, get_learner(runtime.db, ana.id), runtime.catalogue)
    assert runtime.catalogue.packs[step.pack_id].skill == "typing"  # data entry: typing first


def test_the_class_grouped_by_level(qtbot, runtime, trainer_screen, on_modal):  # noqa: F811
    screen, _ = trainer_screen
    for name, levels in (("Ana", (2, 1, 1, 0, 0)), ("Ben", (2, 3, 1, 0, 0)),
                         ("Chen", (1, 1, 0, 0, 0))):
        learner = create_learner(runtime.db, name, "sun")
        save_attempt(runtime.db, learner.id, placement(levels, "office"))
    create_learner(runtime.db, "Dawit", "moon")
    seen = {}

    def look(dialog):
        tree = dialog.tree

        def groups():
            return [(tree.topLevelItem(i).text(0),
                     [tree.topLevelItem(i).child(j).text(0)
                      for j in range(tree.topLevelItem(i).childCount())])
                    for i in range(tree.topLevelItemCount())]

        seen["basics"] = groups()
        seen["row"] = [tree.topLevelItem(0).child(0).text(c) for c in range(tree.columnCount())]
        dialog.group_by.setCurrentIndex(1)  # typing
        seen["typing"] = groups()
        seen["unnamed"] = unnamed(dialog)
        dialog.accept()

    on_modal(look)
    screen.buttons["class:placement"].click()
    assert seen["basics"] == [("Level 1 of 4 (1)", ["Chen"]),
                              ("Level 2 of 4 (2)", ["Ana", "Ben"]),
                              ("No placement yet (1)", ["Dawit"])]
    assert seen["row"][0] == "Chen" and seen["row"][1] == "1 of 4"
    assert seen["row"][-2] == "Office work"
    assert [g for g, _ in seen["typing"]] == ["Level 1 of 4 (2)",
                                              "Level 3 of 4 (1)",
                                              "No placement yet (1)"]
    assert seen["unnamed"] == []


@pytest.mark.qt_log_ignore("Couldn't (load|resolve)", "PulseAudioService", "QSoundEffect")
def test_the_trainer_starts_a_placement_for_a_learner(qtbot, window, runtime, trainer_screen,  # noqa: F811
                                                     on_modal):
    screen, _ = trainer_screen
    create_learner(runtime.db, "Ana", "sun", pin="1234")
    screen.refresh()
    select(screen, "Ana")

    def start(dialog):
        assert dialog.summary.text().startswith("No placement yet.")
        dialog.start_button.click()

    on_modal(start)
    screen.buttons["settings:placement"].click()
    # Ana's own session (the trainer's password stood for her PIN), in the placement.
    assert window.learner is not None and window.learner.display_name == "Ana"
    assert window.stack.currentWidget() is window.room
    assert window.room.objectName() == "placementRoom"
