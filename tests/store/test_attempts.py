import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy.exc import IntegrityError

from tutor.store.attempts import activity_by_skill, attempts_of, recent_attempts, record_attempt
from tutor.store.learners import create_learner

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def add(db, learner, exercise="e1", skill="typing", passed=True, minutes=0, **kw):
    return record_attempt(
        db, learner.id, skill, exercise, "pack", "1.0",
        T0 + timedelta(minutes=minutes), T0 + timedelta(minutes=minutes + 1),
        score=kw.pop("score", 0.9), passed=passed, **kw,
    )


def test_attempt_round_trip(db):
    ana = create_learner(db, "Ana", "sun")
    made = add(db, ana, metrics={"wpm": 21.5}, details={"keys": [["a", 0.0, True]]})
    [got] = attempts_of(db, ana.id)
    assert got.id == made.id
    assert got.metrics == {"wpm": 21.5}
    assert got.details == {"keys": [["a", 0.0, True]]}
    assert got.finished_at == T0 + timedelta(minutes=1)
    assert got.finished_at.tzinfo is not None


def test_times_from_another_time_zone_are_stored_in_utc(db):
    ana = create_learner(db, "Ana", "sun")
    nairobi = timezone(timedelta(hours=3))
    record_attempt(db, ana.id, "typing", "e", "p", "1", datetime(2026, 3, 1, 12, tzinfo=nairobi),
                   datetime(2026, 3, 1, 12, 5, tzinfo=nairobi), 1.0, True)
    [got] = attempts_of(db, ana.id)
    assert got.started_at == datetime(2026, 3, 1, 9, tzinfo=UTC)


def test_naive_times_are_refused(db):
    ana = create_learner(db, "Ana", "sun")
    with pytest.raises(Exception, match="aware"):
        record_attempt(db, ana.id, "typing", "e", "p", "1", datetime(2026, 1, 1),
                       datetime(2026, 1, 1), 1.0, True)


def test_score_is_a_fraction(db):
    ana = create_learner(db, "Ana", "sun")
    with pytest.raises(ValueError):
        add(db, ana, score=87)


def test_attempt_needs_a_real_learner(db):
    with pytest.raises(IntegrityError):
        record_attempt(db, uuid.uuid4(), "typing", "e", "p", "1", T0, T0, 1.0, True)


def test_same_uuid_twice_is_refused(db):
    ana = create_learner(db, "Ana", "sun")
    made = add(db, ana)
    with pytest.raises(IntegrityError):
        add(db, ana, attempt_id=made.id)
    assert len(attempts_of(db, ana.id)) == 1


def test_each_learner_sees_only_their_own(db):
    ana = create_learner(db, "Ana", "sun")
    ben = create_learner(db, "Ben", "moon")
    add(db, ana, "e1")
    add(db, ben, "e2")
    assert [a.exercise_id for a in attempts_of(db, ana.id)] == ["e1"]
    assert [a.exercise_id for a in recent_attempts(db, ben.id)] == ["e2"]


def test_activity_by_skill(db):
    ana = create_learner(db, "Ana", "sun")
    add(db, ana, "e1", passed=False, minutes=0)
    add(db, ana, "e1", passed=True, minutes=2)
    add(db, ana, "e1", passed=True, minutes=4)
    add(db, ana, "e2", passed=True, minutes=6)
    add(db, ana, "e3", passed=False, minutes=8)
    add(db, ana, "s1", skill="sheets", passed=False, minutes=10)
    activity = activity_by_skill(db, ana.id)
    assert activity["typing"].attempts == 5
    assert activity["typing"].passed_exercises == 2
    assert activity["typing"].last == T0 + timedelta(minutes=9)
    assert activity["sheets"].passed_exercises == 0
    assert recent_attempts(db, ana.id, 1)[0].exercise_id == "s1"


def test_counted_attempts_leave_out_what_could_not_be_checked(db):
    """What a report counts (issue #21): this PC's attempts and those a trusted centre
    vouched for, never one that could not be checked."""
    from tutor.store.models import Attempt

    learner = create_learner(db, "Halima", "sun")
    now = datetime.now(UTC)
    kinds = {"here": None, "vouched": {"verified": True, "centre": "urn:uuid:k"},
             "edited": {"verified": False, "why": "edited"}}
    for name in kinds:
        record_attempt(db, learner.id, "placement", name, "p", "1", now, now, 1.0, True)
    with db.writing() as session:
        for row in session.query(Attempt).all():
            row.provenance = kinds[row.exercise_id]
    assert {a.exercise_id for a in attempts_of(db, learner.id)} == set(kinds)
    assert {a.exercise_id for a in attempts_of(db, learner.id, counted_only=True)} == {"here", "vouched"}
