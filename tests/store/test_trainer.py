import csv
import io
from datetime import UTC, datetime, timedelta

import pytest

from tutor import trainer
from tutor.store.attempts import record_attempt
from tutor.store.learners import create_learner, set_archived

T0 = datetime(2026, 6, 1, 9, tzinfo=UTC)


def attempt(db, learner, skill, exercise, passed, minute, wpm=None, accuracy=None):
    metrics = {} if wpm is None else {"wpm": wpm, "accuracy": accuracy}
    t = T0 + timedelta(minutes=minute)
    record_attempt(db, learner.id, skill, exercise, f"{skill}-en", "1", t, t, 1.0 if passed else 0.2,
                   passed, metrics=metrics)


def test_password_is_hashed_and_checked(db):
    assert not trainer.has_password(db)
    with pytest.raises(trainer.TrainerError):
        trainer.set_password(db, "short")
    trainer.set_password(db, "kakuma-2026")
    assert trainer.has_password(db)
    assert trainer.check_password(db, "kakuma-2026")
    assert not trainer.check_password(db, "kakuma-2025")


def test_overview_figures_and_needs_help(db):
    ana = create_learner(db, "Ana", "sun")
    ben = create_learner(db, "Ben", "moon")
    attempt(db, ana, "typing", "fj", True, 1, wpm=14.0, accuracy=95.0)
    attempt(db, ana, "typing", "dk", True, 2, wpm=18.5, accuracy=93.0)
    attempt(db, ana, "typing", "dk", True, 3, wpm=16.0, accuracy=99.0)
    attempt(db, ana, "email", "reply", False, 4)
    for minute in (5, 6, 7):
        attempt(db, ben, "sheets", "budget", False, minute)
    attempt(db, ben, "sheets", "table", False, 8)
    attempt(db, ben, "sheets", "table", True, 9)
    rows = {r.name: r for r in trainer.class_overview(db)}
    assert rows["Ana"].skills["typing"].passed == 2 and rows["Ana"].skills["typing"].attempts == 3
    assert rows["Ana"].skills["email"].passed == 0
    assert (rows["Ana"].best_wpm, rows["Ana"].best_accuracy) == (18.5, 93.0)
    assert rows["Ana"].last_activity == T0 + timedelta(minutes=4)
    assert not rows["Ana"].needs_help
    assert rows["Ben"].stuck_on == ["sheets/budget"]
    assert rows["Ben"].skills["sheets"].passed == 1
    text = trainer.overview_csv(list(rows.values()), ["typing", "sheets"])
    assert text.startswith("\ufeff")
    lines = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert len(lines) == 4
    ana_typing = next(line for line in lines if line["learner"] == "Ana" and line["skill"] == "typing")
    assert ana_typing["exercises_passed"] == "2" and ana_typing["best_typing_wpm"] == "18.5"
    assert next(line for line in lines if line["learner"] == "Ben")["needs_help"] == "yes"


def test_archived_learners_leave_the_overview(db):
    ana = create_learner(db, "Ana", "sun")
    set_archived(db, ana.id)
    assert trainer.class_overview(db) == []
    assert len(trainer.class_overview(db, include_archived=True)) == 1


def test_wrong_trainer_passwords_pause_the_door_even_after_a_restart(db):
    trainer.set_password(db, "kakuma-2026")
    for _ in range(2):
        assert trainer.try_password(db, "guess-one").tries_left > 0
    third = trainer.try_password(db, "guess-two")
    assert third.paused and not third.ok
    # A new gate (the app reopened) reads the same pause from the database.
    assert trainer.try_password(db, "kakuma-2026").paused


def test_one_damaged_row_never_closes_the_class_view(tmp_path):
    """A NaN written into the database (by an older Tutor, or by hand) makes SQLite's
    JSON functions fail on the whole query: the class view still opens, the damaged row
    is counted for its learner alone, and the others' figures are right. (PostgreSQL
    refuses such a value when it is written.)"""
    from sqlalchemy import text

    from tutor.store.db import open_database

    db = open_database(f"sqlite:///{tmp_path / 'tutor.sqlite3'}")

    ana = create_learner(db, "Ana", "sun")
    ben = create_learner(db, "Ben", "moon")
    attempt(db, ana, "typing", "fj", True, 1, wpm=14.0, accuracy=95.0)
    attempt(db, ben, "typing", "fj", True, 2, wpm=30.0, accuracy=90.0)
    with db.writing() as session:
        session.execute(text("UPDATE attempts SET metrics = '{\"wpm\": NaN}' "
                             "WHERE learner_id = :id"), {"id": ben.id.hex})
    rows = {row.name: row for row in trainer.class_overview(db)}
    assert rows["Ana"].best_wpm == 14.0 and rows["Ana"].unreadable == 0
    assert rows["Ben"].best_wpm is None and rows["Ben"].unreadable == 1
    assert rows["Ben"].skills["typing"].attempts == 1
    db.dispose()


def test_a_nan_figure_is_never_recorded(db):
    ana = create_learner(db, "Ana", "sun")
    with pytest.raises(ValueError):
        attempt(db, ana, "typing", "fj", True, 1, wpm=float("nan"), accuracy=95.0)
