"""A learner's work on one coding exercise, the attempt it ends in, and what the room
keeps in the learner's coding settings (pure logic, no screen; time is an input)."""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tutor.attempt import FinishedAttempt
from tutor.content.packs import LessonPack
from tutor.errors import TutorError
from tutor.grading import Feedback, Verdict
from tutor.skills.coding import engine
from tutor.skills.coding.engine import ExerciseWork
from tutor.skills.coding.grading import Grading, grade
from tutor.skills.coding.model import CodingExercise
from tutor.skills.coding.sandbox import Outcome

OPENED = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


def exercise(**fields):
    base = {"id": "x", "title": "X", "explanation": "e", "task": "t",
            "solution": 'print("Hello")', "time_limit": 1.0}
    return CodingExercise.model_validate({**base, **fields})


def graded(passed, score, status="ok"):
    feedback = [Feedback("runs", True, "ran"), Feedback("output", passed, "output")]
    verdict = Verdict.from_feedback(feedback)
    assert verdict.passed is passed and verdict.score == score
    return Grading(verdict, Outcome(status), None)


def pack(pack_id, *exercise_ids):
    return LessonPack(pack_id, "1.0", "en", "coding", pack_id, "", tuple(
        exercise(id=e) for e in exercise_ids), Path(f"{pack_id}.toml"))


# -- tries, hints and the solution ---------------------------------------------------------


def test_hints_one_at_a_time_and_the_solution_after_a_few_tries():
    ex = exercise(hints=["one", "two"], reveal_after=2)
    work = ExerciseWork(ex, OPENED, "pack", "1.0")
    assert work.next_hint() == "one" and work.shown_hints() == ["one"]
    assert work.next_hint() == "two" and work.next_hint() is None
    assert not work.can_reveal
    with pytest.raises(TutorError):
        work.reveal()
    failing = grade(ex, "print('no')", seed=0)
    work.graded(failing)
    work.graded(failing)
    assert work.can_reveal and work.reveal() == 'print("Hello")'
    work.graded(grade(ex, 'print("Hello")', seed=0))
    attempt = work.attempt('print("Hello")', OPENED + timedelta(seconds=42.25))
    assert isinstance(attempt, FinishedAttempt)
    assert attempt.passed and attempt.score == 0.5
    assert attempt.details["revealed_solution"] is True
    assert attempt.metrics == {**attempt.metrics, "tries": 3, "hints": 2, "revealed": True}


def test_the_buttons_rules_hints_left_and_the_solution_once_after_enough_tries():
    work = ExerciseWork(exercise(hints=["one"], reveal_after=2), OPENED, "pack", "1.0")
    assert work.has_more_hints and not work.may_show_solution
    assert work.tries_before_solution == 2
    work.next_hint()
    assert not work.has_more_hints
    work.graded(graded(False, 0.5))
    assert work.tries_before_solution == 1 and not work.may_show_solution
    work.graded(graded(False, 0.5))
    work.graded(graded(False, 0.5))
    assert work.tries_before_solution == 0 and work.may_show_solution
    work.reveal()
    assert not work.may_show_solution  # shown once, it stays shown


def test_a_solution_can_be_seen_at_once_when_the_exercise_says_so():
    work = ExerciseWork(exercise(reveal_after=0), OPENED, "pack", "1.0")
    assert work.may_show_solution and work.tries_before_solution == 0


def test_only_a_run_of_the_learners_own_program_that_was_not_stopped_is_a_try():
    assert engine.counts_as_try(Outcome("ok"), example=False)
    assert engine.counts_as_try(Outcome("error"), example=False)
    assert engine.counts_as_try(Outcome("timeout"), example=False)
    assert not engine.counts_as_try(Outcome("stopped"), example=False)
    assert not engine.counts_as_try(Outcome("ok"), example=True)


# -- the attempt -----------------------------------------------------------------------------


def test_nothing_is_recorded_before_a_try():
    work = ExerciseWork(exercise(), OPENED, "pack", "1.0")
    assert not work.worth_recording
    work.graded(graded(False, 0.5))
    assert work.worth_recording


def test_the_attempt_keeps_todays_fields_and_values():
    work = ExerciseWork(exercise(id="print-hello", hints=["h"]), OPENED, "coding-en-1", "1.2")
    work.next_hint()
    work.graded(graded(False, 0.5, status="error"))
    work.graded(graded(True, 1.0))
    finished = OPENED + timedelta(seconds=83.46)
    attempt = work.attempt('print("Hello")', finished)
    assert (attempt.skill, attempt.pack_id, attempt.pack_version, attempt.exercise_id) == (
        "coding", "coding-en-1", "1.2", "print-hello")
    assert (attempt.started_at, attempt.finished_at) == (OPENED, finished)
    assert attempt.score == 1.0 and attempt.passed is True
    assert attempt.metrics == {"tries": 2, "hints": 1, "revealed": False, "seconds": 83.5}
    assert attempt.details == {
        "code": 'print("Hello")', "revealed_solution": False,
        "feedback": [{"criterion": "runs", "passed": True, "message": "ran"},
                     {"criterion": "output", "passed": True, "message": "output"}],
        "status": "ok"}


def test_the_attempt_reports_the_last_try_and_halves_a_score_with_the_solution_seen():
    work = ExerciseWork(exercise(reveal_after=1), OPENED, "pack", "1.0")
    work.graded(graded(True, 1.0))
    work.graded(graded(False, 0.5, status="timeout"))
    work.reveal()
    attempt = work.attempt("x" * 30_000, OPENED + timedelta(minutes=5))
    assert not attempt.passed and attempt.score == 0.25
    assert attempt.details["status"] == "timeout" and attempt.details["revealed_solution"]
    assert len(attempt.details["code"]) == 20_000  # a pasted novel is not kept whole


def test_an_attempt_without_a_try_scores_nothing():
    attempt = ExerciseWork(exercise(), OPENED, "pack", "1.0").attempt("", OPENED)
    assert (attempt.score, attempt.passed, attempt.details["status"]) == (0.0, False, None)
    assert attempt.metrics["tries"] == 0 and attempt.details["feedback"] == []


@dataclass
class Row:
    pack_id: str
    exercise_id: str
    passed: bool


def test_passed_steps_come_from_the_passed_attempts():
    rows = [Row("p", "a", False), Row("p", "a", True), Row("p", "b", False),
            Row("q", "a", True)]
    assert engine.passed_steps(rows) == {("p", "a"), ("q", "a")}
    assert engine.passed_steps([]) == set()


# -- the learner's coding settings -------------------------------------------------------------


def test_a_draft_is_kept_per_exercise_and_the_starter_comes_first():
    ex = exercise(id="loop", starter="\nfor n in range(3):\n    pass\n\n")
    assert engine.code_key("pack", "loop") == "code:pack/loop"
    assert engine.draft({}, "pack", ex) == "for n in range(3):\n    pass"
    assert engine.draft({"code:pack/loop": "print(1)"}, "pack", ex) == "print(1)"
    assert engine.draft({"code:other/loop": "print(1)"}, "pack", ex).startswith("for")
    assert engine.draft({"code:pack/loop": ""}, "pack", ex) == ""  # an emptied editor stays


def test_the_room_opens_where_the_learner_was():
    packs = [pack("one", "a", "b"), pack("two", "c", "d", "e")]
    assert engine.place("two", "d") == "two/d"
    assert engine.where_to_open(packs, engine.place("two", "d")) == (1, 1)
    assert engine.where_to_open(packs, "two/gone") == (1, 0)
    assert engine.where_to_open(packs, "gone/d") == (0, 0)
    assert engine.where_to_open(packs, "") == (0, 0)


def test_the_editors_text_size_and_the_trainers_time_limit_from_the_settings():
    assert engine.editor_points({}) == 13.0
    assert engine.editor_points({engine.POINTS: 17}) == 17.0
    assert engine.trainer_time_limit({}) is None
    assert engine.trainer_time_limit({engine.TIME_LIMIT: 2}) == 2.0
    assert engine.trainer_time_limit({engine.TIME_LIMIT: 0.5}) == 0.5
    for wrong in (0, -1, "3", None):
        assert engine.trainer_time_limit({engine.TIME_LIMIT: wrong}) is None


def test_a_digest_is_short_and_stable():
    assert engine.digest("print(1)") == engine.digest("print(1)") != engine.digest("print(2)")
    assert len(engine.digest("")) == 16
