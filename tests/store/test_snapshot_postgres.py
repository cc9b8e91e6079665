"""The class overview reads one snapshot on a centre's PostgreSQL server while lab PCs
write (issue #22, point 4).

Two writers in other threads, each with its own connection pool, commit while the
overview is computed 200 times. Every transaction they commit keeps invariants a
snapshot must show whole:
- a new learner comes with exactly their 5 attempts (3 typing, passed, at 10, 20 and
  30 wpm; 2 failed tries of "sheets/budget"... and a third, so they need help);
- a learner already there gets, in their k-th transaction (k = 0, 1...), a typing try at
  100 + k wpm, passed, and three failed tries of a new email exercise "e{k}", so with K
  such transactions: 3 + K typing attempts, all passed, the best at 100 + K - 1 wpm;
  3 K email attempts, none passed, and K email exercises where they need help.
These figures come from different queries (counts, best speed, needs help). Under READ
COMMITTED each query saw a newer state than the one before, and the overview crashed
with KeyError (a skill counted as passed that the counts had not seen) or mixed moments.
Here: no exception, and each of the 200 results holds every invariant.
"""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import insert

from tutor.store.db import open_database
from tutor.store.models import Attempt, Learner
from tutor.store.overview import BestMetric, class_overview, class_page

T0 = datetime(2026, 6, 1, 9, tzinfo=UTC)
SPEED = BestMetric("typing", "wpm", "accuracy")


def attempt(learner_id, skill, exercise, passed, minute, metrics=None):
    when = T0 + timedelta(minutes=minute)
    return dict(id=uuid.uuid4(), learner_id=learner_id, skill=skill, exercise_id=exercise,
                pack_id=f"{skill}-en", pack_version="1", started_at=when, finished_at=when,
                score=1.0 if passed else 0.2, passed=passed, metrics=metrics or {}, details={},
                provenance=None)


def new_learner(name):
    learner_id = uuid.uuid4()
    learner = dict(id=learner_id, display_name=name, picture="sun", ui_language="en",
                   keyboard_layout="us", text_size="normal", settings={}, pin_hash=None,
                   created_at=T0, updated_at=T0, last_used_at=T0, archived=False)
    attempts = [attempt(learner_id, "typing", f"t{n}", True, n, {"wpm": wpm, "accuracy": 90.0 + n})
                for n, wpm in enumerate((10.0, 30.0, 20.0))]
    attempts += [attempt(learner_id, "sheets", "budget", False, 10 + n) for n in range(3)]
    return learner, attempts


def check(rows, seeded):
    """The invariants each committed transaction keeps, in one overview's rows."""
    for row in rows:
        if row.id in seeded:
            email = row.skills.get("email")
            k = email.attempts // 3 if email else 0
            assert email is None or (email.attempts % 3, email.passed) == (0, 0), row
            typing = row.skills["typing"]
            assert (typing.attempts, typing.passed) == (3 + k, 3 + k), row
            assert row.best_wpm == (100.0 + k - 1 if k else 30.0), row
            assert sorted(row.stuck_on) == sorted(
                ["sheets/budget"] + [f"email/e{n}" for n in range(k)]), row
            continue
        typing, sheets = row.skills["typing"], row.skills["sheets"]
        assert (typing.attempts, typing.passed, sheets.attempts, sheets.passed) == (3, 3, 3, 0), row
        assert (row.best_wpm, row.best_accuracy) == (30.0, 91.0), row
        assert row.stuck_on == ["sheets/budget"], row
        assert row.last_activity == T0 + timedelta(minutes=12), row


@pytest.mark.slow
def test_the_overview_reads_one_snapshot_while_others_write(postgres):
    url = postgres.fresh_database("snapshot")
    db = open_database(url)
    seeded = []
    with db.writing() as session:
        for n in range(20):
            learner, attempts = new_learner(f"Seed {n:02d}")
            session.execute(insert(Learner), [learner])
            session.execute(insert(Attempt), attempts)
            seeded.append(learner["id"])
    stop = threading.Event()
    written = {"learners": 0, "pairs": 0}
    failures: list[BaseException] = []

    def add_learners() -> None:
        own = open_database(url)
        try:
            n = 0
            while not stop.is_set():
                learner, attempts = new_learner(f"New {n:05d}")
                with own.writing() as session:
                    session.execute(insert(Learner), [learner])
                    session.execute(insert(Attempt), attempts)
                n += 1
                written["learners"] = n
                stop.wait(0.01)  # a busy lab, not a flood: the class grows as it is read
        except BaseException as exc:  # reported by the test
            failures.append(exc)
        finally:
            own.dispose()

    def add_pairs() -> None:
        own = open_database(url)
        try:
            n = 0
            while not stop.is_set():
                learner_id, k = seeded[n % len(seeded)], n // len(seeded)
                with own.writing() as session:
                    session.execute(insert(Attempt), [
                        attempt(learner_id, "typing", f"s{k}", True, 100 + k,
                                {"wpm": 100.0 + k, "accuracy": 50.0}),
                        *(attempt(learner_id, "email", f"e{k}", False, 100 + k) for _ in range(3))])
                n += 1
                written["pairs"] = n
        except BaseException as exc:
            failures.append(exc)
        finally:
            own.dispose()

    writers = [threading.Thread(target=add_learners), threading.Thread(target=add_pairs)]
    for writer in writers:
        writer.start()
    seen = set()
    try:
        for n in range(200):
            if n % 4 == 3:  # the trainer's table: one page
                page = class_page(db, SPEED, limit=15, offset=n % 30)
                rows = page.rows
                assert len(rows) == min(15, page.total - page.offset)
            else:
                rows = class_overview(db, SPEED, verified_only=n % 2 == 0)
            check(rows, set(seeded))
            seen.add(len(rows))
    finally:
        stop.set()
        for writer in writers:
            writer.join(timeout=60)
        db.dispose()
    assert failures == []
    # The writers did write while the overview was read: it saw the class grow.
    assert written["learners"] > 20 and written["pairs"] > 20, written
    assert len(seen) > 10, seen
