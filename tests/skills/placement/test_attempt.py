"""A placement's attempt is stored like any other and travels in progress files."""

import random
from datetime import UTC, datetime, timedelta

from tests.skills.placement.ladders_for_tests import ladders
from tutor.skills.placement.engine import Placement
from tutor.skills.placement.model import PLACED_SKILLS
from tutor.skills.placement.path import PlacementResult, latest_placement, next_exercises
from tutor.store.attempts import attempts_of, save_attempt
from tutor.store.db import open_database
from tutor.store.learners import create_learner
from tutor.store.progress_file import export_learner, import_progress, read_progress_file

T0 = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


def new_db(tmp_path, name):
    folder = tmp_path / name
    folder.mkdir()
    return open_database(f"sqlite:///{folder / 'tutor.sqlite3'}")


def a_placement():
    placement = Placement(ladders(), T0, skills=PLACED_SKILLS)
    placement.choose_work("data-entry")
    rng = random.Random(3)
    while (item := placement.next_item(rng)) is not None:
        placement.answer(item.level <= (3 if item.skill == "typing" else 1), 14.0)
    return placement.finish(T0 + timedelta(minutes=16))


def test_a_placement_attempt_round_trips_through_a_progress_file(tmp_path):
    finished = a_placement()
    assert finished.metrics["levels"] == {"basics": 1, "typing": 3, "email": 1,
                                          "sheets": 1, "coding": 1}
    pc_a, pc_b = new_db(tmp_path, "pc-a"), new_db(tmp_path, "pc-b")
    try:
        amina = create_learner(pc_a, "Amina", "sun", "ar")
        save_attempt(pc_a, amina.id, finished)
        file = tmp_path / "amina.tutorprogress"
        assert export_learner(pc_a, amina.id, file).attempts == 1
        summary = import_progress(pc_b, read_progress_file(file))
        assert summary.added == 1
        again = import_progress(pc_b, read_progress_file(file))
        assert again.added == 0 and again.already == 1  # merging twice changes nothing
        [stored] = attempts_of(pc_b, amina.id)
        assert stored.id == finished.id
        assert (stored.skill, stored.pack_id, stored.exercise_id, stored.passed) == (
            "placement", "placement", "placement", True)
        assert stored.metrics == dict(finished.metrics)
        assert stored.details == dict(finished.details)
        assert stored.score == finished.score
        # And the path reads it as it was made.
        assert latest_placement([stored]) is stored
        result = PlacementResult.from_attempt(stored)
        assert result.levels == finished.metrics["levels"] and result.work == "data-entry"
        assert next_exercises(result, [], ladders())[0][0] == "typing-pack"
    finally:
        pc_a.dispose()
        pc_b.dispose()
